"""Audience: think about who will see a post before it goes out."""

from __future__ import annotations

from collections.abc import Iterator

from ..draft import Draft
from ..matchers import Cued, Custom, Pattern
from ..model import Context, Rule, Severity, Span, Tip

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


def find_work_talk_on_wide_site(draft: Draft, context: Context) -> Iterator[Span]:
    """The first mention of work, clients or an organisation, on a site with a wide audience.

    One reminder per draft is enough: it is a question for the writer, not a list of faults.
    """
    if context.site not in _WIDE_SITES:
        return
    first = WORK_TALK.find_first(draft, context)
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
