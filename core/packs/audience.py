"""Audience: think about who will see a post before it goes out."""

from __future__ import annotations

from collections.abc import Iterator

from ..draft import Draft
from ..lexicons import dates
from ..matchers import Cued, Custom, Pattern
from ..matchers.sentences import Sentence
from ..model import Context, Rule, Severity, Span, Tip
from ..wordlists import word_set
from .professional_lexicon import READING as PEOPLE

# Who a draft speaks about, read as the professional pack reads it (one reading of a draft,
# shared when both packs are on): a person the writer supports ("the lad I support", "Mrs Abbott",
# "one of my ladies", "our fella on the third floor").
_SUPPORTED = PEOPLE.needs(("supported",))
# Words of that category with an everyday sense when they stand alone: "be patient", "I miss
# her", "my MS". "Mr" and "Mrs" count before any word ("mrs ellis"), "Ms" and "Miss" before a
# capitalised one; "patient" after a word that points at one person.
_TITLES = frozenset(("mr", "mrs"))
_CAPITALISED_TITLES = frozenset(("ms", "miss"))
_ANY_TITLE = _TITLES | _CAPITALISED_TITLES
# "Miss" as a verb before a capitalised word: "I'll miss Friday's handover", "still miss Mum".
_NOT_A_NAME = (
    dates.WEEKDAYS | frozenset(dates.MONTHS) | word_set("christmas easter mum dad mam nan gran")
)
_POINTING = word_set("a the my our this that each every one another her his their your me")

# Facebook groups and the LinkedIn feed can travel well beyond the group (screenshots, shares,
# members' own networks); a WhatsApp group is a closed list of numbers.
_WIDE_SITES = frozenset({"facebook", "linkedin"})

# Words for the writer's work: the people they support, colleagues, employing someone, the
# organisation. Family carers' own words ("the nurses", "Mum's home") are left out where they
# would make the reminder fire on every post about a relative.
WORK_TALK = Cued(
    Pattern(
        r"(?<![\w'’])(?:"
        r"residents?|clients?|service\s+users?|patients|(?:a|my|our)\s+patient|tenants|"
        r"people\s+(?:i|we)\s+(?:support|care\s+for|look\s+after)|"
        r"colleagues?|co-?workers?|staff|(?:my|our|the|your)\s+team|managers?|deputy|"
        r"care\s+workers?|(?:my|our)\s+(?:nurses|carers)|apprentices?|volunteer(?:s|ing)?|"
        r"employers?|employees?|employ|(?:my|our|your|their|his|her|a|the|new|own)\s+pas?|"
        r"recruit(?:ing|ment)?|payroll|"
        r"(?:my|our|the)\s+(?:job|company|agency|service|organisation|organization|contract)|"
        r"organisation|organization|providers?|care\s+homes?|nursing\s+homes?|"
        r"(?:our|your|their)\s+homes|inspection|inspector|"
        r"at\s+work|(?:night|day|long|early|late|double)\s+shifts?|shifts|on\s+nights|"
        r"rota|handovers?|supervision|induction|new\s+starters|i\s+work\s+(?:at|for|in|as)|"
        r"work(?:ing)?\s+in\s+(?:social\s+)?care|social\s+care|workforce|management|policies|"
        r"(?:my|our|the)\s+office|spokes(?:person|woman|man)|"
        r"official\s+(?:position|stance|view|line|statement|response)"
        r")(?![\w])"
    ),
    cues=(
        "resident residents client clients user users patient patients tenants people colleague "
        "colleagues worker workers coworker coworkers staff team manager managers deputy nurses "
        "carers apprentice apprentices volunteer volunteers volunteering employ employer employers "
        "employee employees pa pas recruit recruiting recruitment payroll job company agency "
        "service organisation organization contract provider providers home homes inspection "
        "inspector work working shift shifts nights rota handover handovers supervision induction "
        "starters social workforce management policies office spokesperson spokeswoman spokesman "
        "official"
    ),
    reach=32,  # the longest phrase here, "work in social care", is far shorter
    lowered=True,
)


def _first_person_supported(draft: Draft) -> Span | None:
    """Where the draft first speaks of someone the writer supports, outside quotation marks."""
    for sentence in PEOPLE.sentences(draft, (_SUPPORTED,)):
        # The phrase that ends first, its shortest form: "residents" of "one of our residents".
        for first, end in sorted(sentence.hits.get("supported", ()), key=_tightest):
            if end - first == 1:
                if not _a_person(draft, sentence, first):
                    continue
                if sentence.tokens[first] in _ANY_TITLE:
                    end += 1  # the title with the name after it: "Mrs Abbott's"
            start = sentence.starts[first]
            stop = sentence.starts[end - 1] + len(sentence.tokens[end - 1])
            return Span(*draft.to_original(start, stop))
    return None


def _tightest(hit: tuple[int, int]) -> tuple[int, int]:
    return hit[1], -hit[0]


def _a_person(draft: Draft, sentence: Sentence, at: int) -> bool:
    """Whether a word of the category standing alone names a person: a title before a
    capitalised word, "patient" after a word that points at one."""
    tokens, starts = sentence.tokens, sentence.starts
    word = tokens[at]
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    if word in _TITLES:
        return following[:1].isalpha()
    if word in _CAPITALISED_TITLES:
        return (
            following[:1].isalpha()
            and draft.text[starts[at + 1]].isupper()
            and following.partition("'")[0] not in _NOT_A_NAME
        )
    if word == "patient":
        return at > 0 and tokens[at - 1] in _POINTING
    return True


def find_work_talk_on_wide_site(draft: Draft, context: Context) -> Iterator[Span]:
    """On a site with a wide audience, where the draft first speaks of someone the writer
    supports, or else its first mention of work, colleagues or an organisation.

    One reminder per draft is enough: it is a question for the writer, not a list of faults. It
    stands where the draft is most likely to say more than the writer would tell a stranger: what
    is said about a person supported, before the writer's own work.
    """
    if context.site not in _WIDE_SITES:
        return
    first = _first_person_supported(draft) or WORK_TALK.find_first(draft, context)
    if first is not None:
        yield first


WORK_ON_WIDE_SITE = Rule(
    id="audience.work_on_wide_site",
    severity=Severity.INFO,
    example_site="linkedin",
    tip=Tip.AUDIENCE,
    message="This talks about work or the people you support on a site many people can see.",
    why=(
        "Privacy settings don't stop a post being shared or screenshotted, so the tip 'Think "
        "about who will see your post' asks who beyond the group could end up reading it."
    ),
    suggestion=(
        "Consider who could read this beyond the group: your employer, the people you support, "
        "their families."
    ),
    matcher=Custom(find_work_talk_on_wide_site),
    flags=(
        "One of our [[residents]] turned 100 today!",
        "Proud of [[my team]] for getting through the inspection.",
        "Does anyone else find [[night shifts]] affect their sleep?",
        "Any tips for getting [[colleagues]] to fill in the new MAR charts?",
        "How much holiday do you give [[your PA]] if she works three days?",
    ),
    passes=(
        "Be patient with yourself, it gets easier.",
        "It took me nearly a year to get over it after Mum went into the home.",
        "Thank you all for the birthday wishes!",
        "Mum's respite week starts on Monday.",
        "Dad's carers were brilliant this morning.",
        "Grandpa (we call him Pa) loved the boat trip.",
    ),
)

REPLY_ME_TEST = Rule(
    id="audience.reply_me_test",
    severity=Severity.INFO,
    tip=Tip.THINK,
    message="Before replying, try the 'me' test: would this help you if you had asked?",
    why=(
        "A reply lands on someone who asked for help, so the tip 'Think before you post' suggests "
        "checking it would feel useful and supportive to receive."
    ),
    suggestion="Consider reading it once as the person who asked, then send.",
    matcher=Pattern(
        r"\A\s*(?P<id>@[\w.'’-]+(?:[ \t](?-i:[A-Z])[\w'’-]*)?"
        r"|replying\s+to(?=\s+(?:@|(?-i:[A-Z])|your?\b|the\s+(?:question|post|comment)))"
        r"|(?:in\s+(?:reply|response|answer)\s+to|to\s+answer)(?:\s+(?:your|the)\s+"
        r"(?:question|post|comment|message))?"
        r"|re\s*:)"
    ),
    flags=(
        "[[@Sam Jones]] we had the same problem last year.",
        "[[Replying to]] Priya: yes, the form changed in April.",
        "[[Re:]] the mileage question, we pay 45p.",
        "[[In answer to your question]], it took six weeks.",
        "[[@priya.k]] try the carers centre.",
    ),
    passes=(
        "Replying to emails takes up my whole evening.",
        "Re-admission to hospital is common after a fall.",
        "Email me at office@oakfield.example if easier.",
        "Regarding the rota, can we swap Sunday?",
        "Does anyone have an answer to the parking question?",
    ),
)

RULES = (WORK_ON_WIDE_SITE, REPLY_ME_TEST)
