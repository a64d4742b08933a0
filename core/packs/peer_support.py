"""Peer support: don't chase peers for answers, be useful in big groups, and reply to others as you
would want to be replied to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..draft import Draft
from ..learned import with_scorer
from ..lexicons.names import is_common_word, is_short_form
from ..matchers import Cued, Custom, Pattern, clause_before, word_set
from ..matchers.sentences import WORD, Either, InSentence, UnlessSaid, sentence_bounds
from ..model import Context, Matcher, Rule, Severity, Span, Tip
from .peer_support_lexicon import READING, SECONDING, SECONDING_PAIRS, UNSECONDING

# --- chasing peers for answers ------------------------------------------------------------------

_NOBODY = r"(?:nobody|no\s*one|no-one|noone)"
_SOMEONE = r"(?:any\s?one|anybody|someone|somebody)"
_REPLY_NOUN = r"(?:answer|reply|replies|response|responses|help)"
_REPLY_VERB = (
    r"(?:replying|replied|answering|answered|responding|responded|helping|helped|reply|answer|"
    r"respond|help|get\s+back|got\s+back|getting\s+back|bothered|bothering)"
)
# Chasing a service ("still waiting for a reply from the council") is not chasing the group.
_FROM_ELSEWHERE = re.compile(
    # Bounded spaces: searched across a long run of spaces, "\s+from" would be quadratic.
    r"\s{1,4}from\s{1,4}(?!(?:any\s?one|anybody|you|here|this\s+group|the\s+group|"
    r"any\s+of\s+you)\b)",
    re.IGNORECASE,
)


# Not a service's line or door left unanswered, named with a word before it ("why does nobody
# ever answer the on-call phone", "why is nobody answering the office phone"): a complaint about
# a service, not chasing the group.
_NOT_A_SERVICE = (
    r"(?![ \t]{1,4}(?:the|his|her|their|my|our|its|your)[ \t]{1,4}(?:[\w-]{1,12}[ \t]{1,4}){1,2}"
    r"(?:phones?|line|buzzers?|bells?|door|doorbell|emails?)\b)"
)


def _chases_the_group(m: re.Match[str]) -> bool:
    if not m.group().lower().startswith("still"):
        return True  # "bumping my question from yesterday" still chases
    return _FROM_ELSEWHERE.match(m.string, m.end()) is None


_ASKING_AGAIN = Cued(
    Pattern(
        r"(?<![\w@])(?:"
        r"still\s+waitin[g'’]?\s+(?:for|on)\s+(?:a\s+|an\s+|any\s+|some\s+)?(?:"
        + _REPLY_NOUN
        + r"|"
        + _SOMEONE
        + r")"
        + r"|still\s+(?:no|not\s+(?:had|got)\s+(?:a|an|any))\s+"
        + _REPLY_NOUN
        + r"|why\s+(?:is|has|does|do|will|won['’]?t|doesn['’]?t|isn['’]?t|hasn['’]?t|"
        + r"can['’]?t)\s+"
        r"(?:"
        + _NOBODY
        + r"|"
        + _SOMEONE
        + r"|people|any\s+of\s+you)\s+(?:\w+\s+)?"
        + _REPLY_VERB
        + _NOT_A_SERVICE
        + r"|"
        + _NOBODY
        # "nobody has answered", "no one's replied", "nobody even bothered" (not "nobody's
        # bothered", which says nobody minds).
        + r"(?:['’]s\s+(?:even\s+)?(?!bothered)|\s+(?:has\s+|have\s+|is\s+|even\s+)?"
        r"(?:even\s+)?)"
        r"(?:replied|answered|responded|got\s+back|replying|answering|responding|bothered)"
        # Not a phone or a bell left ringing ("nobody answering phones at the council", "nobody
        # answered his buzzer"): a service, not the group.
        r"(?![ \t]{1,4}(?:(?:the|his|her|their|my|our|its)[ \t]{1,4})?(?:phones?|buzzers?|bells?|"
        r"door|doorbell|call[ \t]{1,4}bells?)\b)"
        + _NOT_A_SERVICE
        + r"|(?:does|do)\s+"
        + _NOBODY
        + r"\s+(?:\w+\s+){0,3}?know\b"
        # Not a bump for someone else: "bumping this one for Siân", "bumping this for you".
        r"|bump(?:ing)?\s+(?:this|my\s+(?:post|question|thread))(?:\s+(?:up|again))?"
        r"(?!\s+(?:one\s+)?for\s+(?!the\b|a\b|an\b|my\b|me\b)\w)"
        r"|(?<![^\n])bump(?:ing)?(?:\s+(?:again|up))?(?=[ \t.!]*(?:$|\n))"
        r"|(?:" + _SOMEONE + r"|hel+o+|please)\s*\?{2,}"
        r"|(?<![^\n])(?:" + _SOMEONE + r"|hel+o+)\s*\?(?=\s*(?:$|\n))"
        r"|(?:is\s+)?(?:any\s?one|anybody)\s+(?:there|out\s+there|alive|awake|"
        r"(?:even\s+|actually\s+)?reading\s+this)"
        r"\s*\?"
        r"|(?:can|could|will)\s+" + _SOMEONE + r"\s+(?:please\s+)?just\s+(?:answer|reply|respond)"
        r"|(?:asking|posting|asked|posted)\s+(?:this\s+)?(?:again|for\s+the\s+(?:second|third|"
        r"fourth|fifth|\d+(?:st|nd|rd|th))\s+time)"
        r"|(?:second|third|fourth)\s+time\s+(?:of\s+asking|i['’]?ve\s+asked|asking)"
        r"|(?:i['’]?ve|i\s+have|i)\s+(?:now\s+|already\s+)?(?:asked|posted)\s+(?:this\s+|it\s+)?"
        r"(?:twice|(?:two|three|four|five|several|\d+)\s+times)"
        # The count first: "Twice now I've asked who runs the drop-in".
        r"|(?:twice|(?:three|four|five|several)\s+times)\s+now,?\s+(?:i['’]?ve|i\s+have)\s+"
        r"(?:asked|posted)"
        r"|for\s+the\s+(?:second|third|fourth|fifth|\d+(?:nd|rd|th))\s+time"
        r"(?=\s*[,:!-]|\s+(?:of\s+asking|asking|now)\b)"
        r")(?!\w)",
        validator=_chases_the_group,
        flags=re.IGNORECASE | re.MULTILINE,
    ),
    cues=(
        "waiting still why nobody noone no_one no-one bump bumping ?? one? body? one_? body_? "
        "o? alive awake there? there_? this? this_? just_answer just_reply just_respond again "
        "second third fourth fifth nd_time rd_time th_time asked posted"
    ),
    reach=45,
    lowered=True,
)


@dataclass(frozen=True)
class FollowOn:
    """The spans of ``matcher`` and, in a draft where it found any, each short sentence made only
    of ``words``: "Nobody?", "Bump again.", "Wow." read as part of the chasing or the reproach
    around them, and as nothing on their own."""

    matcher: Matcher
    words: frozenset[str]
    longest: int = 4  # words
    # A sentence of question marks alone ("??") read the same way, when set: a chase's ping.
    marks_alone: bool = False

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        found = list(self.matcher.find(draft, context))
        yield from found
        if not found:
            return
        folded = draft.folded
        for start, end in sentence_bounds(draft):
            if end - start > self.longest * 12:
                continue  # too long to be a few short words: skipped without reading it
            tokens = WORD.findall(folded, start, end)
            if not tokens:
                if not (
                    self.marks_alone
                    and folded[start:end].strip(" \t?") == ""
                    and "?" in folded[start:end]
                ):
                    continue
            elif len(tokens) > self.longest or not self.words.issuperset(tokens):
                continue
            text = folded[start:end]
            lead = len(text) - len(text.lstrip())
            span = Span(*draft.to_original(start + lead, start + len(text.rstrip())))
            if not any(span.start < f.end and f.start < span.end for f in found):
                yield span


# Pings that chase beside other chasing: "Nobody?", "Anyone at all?", "Still nothing."
_PINGS = word_set(
    """nobody somebody anybody anyone onybody naebody noone any1 anyone's hello helo hellooo
    helloooo heloooo hellooooo hiya hi really still nothing at all bump bumping again up please
    time first second third fourth fifth sixth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th
    pls plz awake there alive guys girls everyone ladies team come on seriously"""
)
# Reproach beside other reproach: "Wow.", "Fine.", "Very disappointing.", "Clearly not."
_HUFFS = word_set(
    """wow fine unbelievable very really so disappointing disappointed sad clearly not typical
    charming lovely noted right ok okay then pure raging gutted thanks cheers shocking shameful
    just wow won't wont will not never forget forgetting it i i'll ill remember noted bear that this
    in mind dat mi nuh"""
)


# Short questions that press beside other pressing: "Which ward?", "Who?", "Is secret?"
_PRESSES = word_set(
    """which ward hospital home agency company manager who what where why is it secret really
    exactly then come on go own up was a resident nurse carer"""
)


# A roll call: three people or more asked by name, one question mark each ("Marcin? Tola? Bev?
# Priya? Anyone done the level 3?"), which asks each of them in front of the group to answer.
# Read from the question marks, which are few; each name must be a given name, or a short form of
# one, and not also an ordinary word ("Tea? Coffee? Biscuits?" is an offer).
_NAME_ASKED = re.compile(r"(?<![\w@'’-])[A-Z][a-z'’]{1,19}(?:-[A-Z]?[a-z'’]{1,19})?\Z")
_ROLL_CALL = 3


def _asked_name(text: str, at: int) -> int:
    """Where the name asked by the question mark at ``at`` starts, or -1."""
    m = _NAME_ASKED.search(text, max(0, at - 41), at)
    if m is None:
        return -1
    word = m.group()
    return m.start() if is_short_form(word) and not is_common_word(word) else -1


def find_marks_alone(draft: Draft, context: Context) -> Iterator[Span]:
    """A message of question marks alone ("??", "?????"): a ping for an answer."""
    text = draft.text
    if len(text) < 40 and text.count("?") >= 2 and not text.strip(" \t\n?"):
        start = len(text) - len(text.lstrip())
        yield Span(*draft.to_original(start, len(text.rstrip())))


def find_roll_call(draft: Draft, context: Context) -> Iterator[Span]:
    text = draft.text
    at = text.find("?")
    run_start, run_end, names = -1, -1, 0
    while at >= 0:
        start = _asked_name(text, at)
        if start >= 0 and names and not text[run_end:start].strip(" \t,"):
            names += 1
        else:
            if names >= _ROLL_CALL:
                yield Span(*draft.to_original(run_start, run_end))
            run_start, names = start, int(start >= 0)
        run_end = at + 1
        at = text.find("?", at + 1)
    if names >= _ROLL_CALL:
        yield Span(*draft.to_original(run_start, run_end))


CHASING = Rule(
    id="peer_support.chasing",
    severity=Severity.WARNING,
    tip=Tip.OFFENSIVE,
    message="This may read as chasing the group for an answer.",
    why=(
        "Peers answer in their own time, and under the tip 'Do not post offensive or "
        "inappropriate material' the guide asks us not to press people for responses."
    ),
    suggestion=(
        "Consider trying another source, another platform or an offline contact if you need an "
        "answer soon."
    ),
    matcher=FollowOn(
        Either(
            (
                UnlessSaid(
                    Either(
                        (
                            _ASKING_AGAIN,
                            # "I asked three times", "asking again": unless the writer lets
                            # people off.
                            # Not a service chased ("I've rung the ward four times today").
                            InSentence(
                                READING,
                                combos=("counting_asks",),
                                unless=("services", "others_asking"),
                                questions=True,
                            ),
                            # The group tagged by what its members did ("tagging everyone who
                            # was online an hour ago: @..."), or tagged beside nobody answering:
                            # a ping to each of them, unless the writer lets them off or thanks
                            # them.
                            InSentence(
                                READING,
                                combos=("tag_who", "tag_all+nobody_helps"),
                                unless=("grateful", "fond"),
                                questions=True,
                            ),
                        )
                    ),
                    READING,
                    ("letting_off", "no_obligation", "going_elsewhere"),
                ),
                Custom(find_roll_call),
                Custom(find_marks_alone),
                # "Answer me", "each of you separately": chasing however politely it ends; so is
                # the clock held up ("tick tock") where the writer says they are still waiting.
                InSentence(
                    READING,
                    combos=(
                        "demand_reply",
                        "one_by_one",
                        "clock_ticking+^waiting_still",
                        # The whole group tagged beside a demand to answer.
                        "tag_all+^demand_reply",
                    ),
                    questions=True,
                ),
                # "I know you're online", "seen by 40": chasing, unless the writer lets the group
                # off or turns to another source ("seen by loads and I know it's a niche one...
                # I'll ask at supervision").
                UnlessSaid(
                    InSentence(READING, combos=("seen_online",), questions=True),
                    READING,
                    ("letting_off", "no_obligation", "going_elsewhere"),
                ),
                # Getting in touch twice over with nobody answering, or with each person in
                # turn.
                InSentence(
                    READING,
                    combos=(
                        "contact_twice+nobody",
                        "contact_twice+one_by_one",
                        "contact_twice+group_ref",
                        # The hours counted since the question, beside "still nothing" (not a
                        # letter to the council).
                        "time_since_asking+^waiting_still",
                        "time_since_asking+^nobody_helps",
                    ),
                    unless=("letting_off", "services"),
                    questions=True,
                ),
            )
        ),
        _PINGS,
        marks_alone=True,
    ),
    flags=(
        "[[Still waiting for an answer]] on this one.",
        "[[Why is nobody replying]]? It's urgent.",
        "[[Bumping this again]] as I still need to know.",
        "[[Anyone???]]",
        "Posted this yesterday and [[no one has replied]].",
        "[[Bump]]",
        "[[Bumping my question]] from yesterday",
        "[[Does nobody here know]]? Third day of asking.",
        "[[Hello??]] Does anyone know or not?",
        "Second post: [[asking again]] about the Blue Badge form.",
        "[[I've posted this twice]] now, does no one use Access?",
        "[[For the 4th time]], where do I send the timesheets?",
        "[[I know you're all online, I can see the ticks]]",
        "[[Sister Joy, I am waiting your reply.]]",
        "[[I've now messaged each of you separately about Sunday.]]",
        "[[Why nobody answer me?]]",
        "[[I've rung Kerry, I've rung Dom, and nobody has picked up.]]",
        "[[Asked this three times now.]] [[Nobody?]]",
        "[[This is my 4th message about the rota.]]",
        "[[I can see 40 of you have read it.]]",
        "[[Bumping again.]] [[6th time.]]",
        "[[Just chasing my question from this morning about sleep-ins.]]",
        "[[Seen by 40 people and not one reply.]]",
        "[[Dami? Kerry-Ann? Yusuf?]] Has anyone got the code for the key safe?",
        "[[Still no reply]] about the minibus keys.\n[[??]]",
        "[[???]]",
        "[[asked bout the rota like 5 times now]]",
    ),
    passes=(
        "We're still waiting for a reply from the council about his direct payment.",
        "He had a bump on his head so we rang 111.",
        "Does anyone know if the Blue Badge form changed?",
        "Is anyone there on Saturday to cover the late shift?",
        "Still waiting for the OT assessment, 12 weeks now.",
        "Nobody has to reply straight away, have a think.",
        "Nobody knows what the new rules will be yet.",
        "For the second time this year the boiler has broken.",
        "She was asked three times by the nurse and said no each time.",
        "Bumping this in case anyone missed it, no worries if nobody knows!",
        "Sorry to ask again, has anyone got the number? Not urgent, tomorrow is fine.",
        "I know you're busy, so have a read when you can.",
        "He fell twice in the night, so the family want to call 111.",
        "Ring the bell twice, he's a bit deaf.",
        "Mum has refused personal care three times now and I don't know what to do.",
        "She's asked for her daughter five times today, bless her.",
        "I called the GP and texted my sister about Mum's tablets.",
        "I've emailed the surgery twice and rung three times today about Dad's results.",
        "I ask again about the rota, but only when you have time, no stress.",
        "I'm chasing the council about Dad's blue badge.",
        "Just bumping this in case anyone knows a befriending scheme. Totally understand if not.",
        "The radiator's broken again, maintenance have been called twice.",
        "I've emailed four times, rung twice, and I've now written to my councillor.",
        "Tea? Coffee? Biscuits? Help yourselves in the training room.",
        "Who's in on Sunday? Dami? Then I'll ask Kerry-Ann.",
        "Mum has asked for Dad four times now, bless her.",
    ),
)


def _asks_for_reply(m: re.Match[str]) -> bool:
    tail = m.string[m.end() : m.end() + 80]
    return (
        "?" in tail
        or re.search(
            r"\b(?:reply|replies|answer|respond|get\s+back|waiting|update|news|thoughts|ideas)\b",
            tail,
            re.IGNORECASE,
        )
        is not None
    )


_MENTION = r"@[\w.'’-]+(?:[ \t][A-Z][\w'’-]*)?"

MENTION_CHASE = Rule(
    id="peer_support.mention_chase",
    severity=Severity.WARNING,
    tip=Tip.OFFENSIVE,
    message="Tagging a string of people for a reply may feel like being chased.",
    why=(
        "Each tag sends a notification, and under the tip 'Do not post offensive or inappropriate "
        "material' the guide asks us not to use the group to press people for answers."
    ),
    suggestion="Consider asking the group once, or messaging the one person most likely to know.",
    matcher=Cued(
        Pattern(
            _MENTION + r"(?:[ \t,]+(?:and[ \t]+)?" + _MENTION + r"){2,}",
            validator=_asks_for_reply,
            flags=0,
        ),
        cues="@",
    ),
    flags=(
        "[[@Sam @Priya @Lee]] any update on this??",
        "[[@Jo Brown, @Mike and @Aisha Khan]] can you reply today please",
    ),
    passes=(
        "Thanks @Jo @Sam @Priya for covering the weekend!",
        "@Sam any update on this?",
        "Email rotas to office@oakfield.example or to deputy@oakfield.example",
    ),
)

# --- low-value replies that notify a whole group ------------------------------------------------

_FILLER = (
    r"(?:no|nope|sorry|soz|sadly|unfortunately|afraid\s+not|i['’]?m\s+afraid|oh|ah|hi|hiya|hey|"
    r"honestly|tbh|lol|haha|"
    # A courtesy before it ("Good question. Watching this space."): still nothing to add.
    r"(?:good|great|interesting|excellent)\s+(?:question|one))"
)
_NOTHING_TO_ADD = (
    r"(?:can['’]?t\s+help(?:\s+(?:you|there|with\s+(?:this|that)|on\s+this|on\s+that))?|"
    r"cannot\s+help|no\s+idea|not\s+a\s+clue|no\s+clue|"
    r"(?:i\s+)?haven['’]?t\s+(?:a\s+clue|got\s+a\s+clue|any\s+idea)|"
    r"(?:i\s+)?(?:don['’]?t|do\s+not|dont)\s+know|(?:i['’]?m\s+)?not\s+sure|"
    r"never\s+heard\s+of\s+(?:it|them|that)|same(?:\s+(?:here|question(?:\s+here)?))?|me\s+too|"
    r"not\s+me|\+1|ditto|"
    r"this|following(?:\s+(?:this|for\s+answers|with\s+interest))?|"
    r"watching(?:\s+this(?:\s+space)?)?|(?:also\s+)?interested|"
    r"(?:i['’]?m\s+)?in\s+the\s+same\s+boat|"
    r"not\s+my\s+(?:area|field|department|specialism|speciality|specialty|thing))"
)
_VOCATIVE = r"(?:(?-i:[A-Z][a-z]+)|hun|hon|mate|love|lovely|babe|all|guys|everyone)"
_TRAILER = (
    r"(?:sorry|soz|x+|hun|mate|either|too|here|as\s+well|i['’]?m\s+afraid|"
    r"never\s+had\s+(?:that|it|this)|"
    # A sentence-final particle of many Englishes, which adds nothing: "me too o", "same la".
    r"o+|po|la+h?|na|sha|ji|eh|sia|wai|"
    # A laugh after it ("+1 lol", "same haha") adds nothing either.
    r"lol|haha|lmao)"
)
# Every repeat is bounded: the pattern only ever sees a short draft (fullmatch), but bounded
# repeats keep it linear even when searched across a long run of separators.
_SEP = r"[\s,.!-]{1,4}"
_LOW_VALUE = re.compile(
    # A pointer at the message above ("^ this", "👆 same") points and adds nothing.
    # The pointer may be doubled ("^^ this").
    r"(?P<id>(?:(?:[\^↑\u261d\U0001f446][\ufe0f\U0001f3fb-\U0001f3ff]{0,2}){1,3}[ \t]{0,3})?(?:"
    + _FILLER
    + r"(?:"
    + _SEP
    + _VOCATIVE
    + r")?"
    + _SEP
    + r"){0,4}"
    + _NOTHING_TO_ADD
    # A second way of saying it: "following for answers, no idea sorry".
    + r"(?:"
    + _SEP
    + r"(?:"
    + _FILLER
    + _SEP
    + r"){0,2}"
    + _NOTHING_TO_ADD
    + r")?"
    + r"(?:"
    + _SEP
    + _TRAILER
    + r"){0,3})"
    + r"[\s,.!?…\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\U0001f3fb-\U0001f3ff]{0,12}",
    re.IGNORECASE,
)
# A reply made only of a reaction's emoji (a thumbs-up, eyes, a shrug, a raised hand, an OK hand or
# a thinking face, with skin tones and joiners): a reaction sent as a message, which notifies the
# whole group.
_REACTION_ONLY = re.compile(
    r"(?:[\U0001f44d\U0001f440\U0001f937\U0001f64b\U0001f44c\U0001f914\u270b]"
    r"[\U0001f3fb-\U0001f3ff\u200d\u2640\u2642\ufe0f]{0,5}[ \t]{0,3}){1,6}"
)
# Longer than this, a reply says something more than "can't help".
_LOW_VALUE_MAX = 60


# A short reply made only of these words says nothing but "I can't help": fillers, forms of
# address, and the words of not knowing ("Dunno la, sorry", "Not a clue love, sorry", "Sorry my
# sister, I don't have idea about this one"), in any order and any voice.
_REPLY_WORDS = word_set(
    """no nope nah sorry soz sozz sry sadly unfortunately afraid i i'm im i've ive me my a an the
    it this that these those one bit about of on there with you ya u ur your what you're youre
    do does don't dont do not doesn't have haven't havent got any idea clue clues know knew
    known dunno idk sure help can't cant cannot can never heard come across that's thats
    wish good luck though either too as well here hun hon pet love lovely mate la lad bab babe
    chick hen dear sister brother po oh ah aw aww awww hi hiya hey x xx xxx like tbh honestly
    nee ay ain't scooby baldy same lol haha afraid didn't didnt cannae canna worked there so say
    also am i'm knowing used had situation information apologies occasion nae naw dinna ken
    experience aware o oo ji mi nuh sori dim syniad dispiace
    to ye anything something nothing done please hmm hope someone somebody knows question q
    wouldn't wouldnt area field babes pal butt sis bro colleague ansum notion clem myself
    dealt want wanna foggiest faintest inkling else hehe hihi divvent divn't knaa knaw i'd id
    also yet still just only new but for following watching interested interesting wondering
    bump bumping find out let if commenting comment cmnt see answers answer ans thread updates
    update waiting would wanna couldn't couldnt couldnae tell"""
)
# Words of watching or bumping without adding anything: "Interested to know this too",
# "Bumping for you", "Wondering the same", "Commenting so I see the answers", "Also waiting
# answer".
_WATCHING = word_set(
    "following watching interested interesting wondering bump bumping same commenting cmnt waiting"
)
# Words that point somewhere ("try the council", "ring them"): a reply that holds one says more
# than "can't help", however short.
_SIGNPOSTS = word_set(
    """try ask ring call phone email contact google website link check look search council gp
    citizens advice helpline line office manager"""
)
# A reply of not knowing, five to ten words long, may hold two words of its own ("I don't know
# this, sorry, I am only new", "No idea ji, sorry, I am in different company").
_OTHER_WORDS_IN_LONGER = 2
# Not knowing said in words, in such a longer reply (not "I do exactly the same").
_KNOWING_SAID = word_set("know knew sure help")
# The words that make it a reply of not knowing, rather than a bare "sorry" or "no".
_NOT_KNOWING = word_set(
    "idea clue clues dunno idk scooby baldy syniad notion clem foggiest faintest inkling"
)
# A bare refusal in slang, alone ("nope", "nah"): said to a question in a group, it answers
# nothing (a plain "No" may be a true answer to a yes-or-no question, and is left alone).
_BARE_REFUSALS = word_set("nope nah naw")
# A reply of not knowing may hold one word of its own, a form of address in any language ("Sorry
# walaal, I don't know", "Sorry chechi, I don't know about this").
_OTHER_WORDS_ALLOWED = 1
_APOLOGIES = word_set("sorry soz sry sozz apologies no nope nah naw sori dispiace")
# Words after which a word of the reply's own is a form of address: "sorry walaal", "no idea
# pal", "not sure sis".
_ADDRESSED_AFTER = _APOLOGIES | word_set("idea clue notion know sure")
_KNOWING = word_set(
    """know knew known sure help heard across do experience aware ken information area field knaa
    knaw tell"""
)
_DENYING = word_set(
    """no nope nah not don't dont doesn't haven't havent can't cant cannot never wish ain't ay
    didn't didnt cannae canna dinna nuh wouldn't wouldnt divvent divn't couldn't couldnt
    couldnae"""
)
_DENYING_BUT_NEVER = _DENYING - {"never"}
_SPEAKER = word_set("i i've ive i'd id i'm im have had")
# Wanting to know too, and nothing else: "+1 would also like to know", "me too wanna know", "I'd
# like to know too, let me know if you find out". The asker is none the wiser.
_WANTING = word_set("like wanna want wondering")
_TOO = word_set("too also same either")
# Someone else pointed at, no one in particular, at the reply's end: "Sorry, I don't know.
# Somebody else maybe", "not sure po, maybe ask someone else hehe". It points nowhere, so it is
# taken out before the words are read ("ask" alone would count as a pointer); not where a word or
# two more say who ("ask someone else on days, Priya knows").
_SOMEONE_ELSE = re.compile(
    r"(?<![\w'’])(?:maybe[ \t]{1,3})?(?:ask[ \t]{1,3})?(?:some|any)(?:one|body)[ \t]{1,3}else"
    r"(?:[ \t]{1,3}(?:maybe|might[ \t]{1,3}know|will[ \t]{1,3}know|may[ \t]{1,3}know))?(?![\w'’])"
    r"(?=[^\w\n]{0,12}(?:[\w']{1,12}[^\w\n]{0,12})?$)"
)
# How many words after "never" may give the reason a writer can't help ("never used that system").
_INEXPERIENCE_REACH = 3
_REPLY_WORD = re.compile(r"[a-z']+")


def _says_only_no(body: str) -> bool:
    """Whether a short reply is made only of the words of not knowing or not helping."""
    lowered = body.lower().replace("’", "'").lstrip()
    if "else" in lowered:
        lowered = _SOMEONE_ELSE.sub(" ", lowered)
    # "+1" opening it agrees and adds nothing (its digit is not a number given).
    plus_one = lowered.startswith("+1")
    if plus_one:
        lowered = lowered[2:]
    words = _REPLY_WORD.findall(lowered)
    present = set(words)
    if "never" in present and (
        present & _NOT_KNOWING or (present & _KNOWING and present & _DENYING_BUT_NEVER)
    ):
        at = words.index("never") + 1
    else:
        at = 0
    if at and (at == 1 or words[at - 2] not in _SPEAKER):
        # Not knowing said outright, and why, in a clause of a few words with no "I" ("Can't help,
        # never used that system", "no idea, never worked nights"): those words say only why the
        # writer can't help. ("I don't know, I've never used that app" tells of the writer.)
        reason = words[at : at + _INEXPERIENCE_REACH]
        words = words[:at] + [w for w in reason if w in _REPLY_WORDS] + words[at + len(reason) :]
    others = sum(w not in _REPLY_WORDS for w in words)
    if not words or present & _SIGNPOSTS or any(c.isdigit() for c in lowered):
        return False
    if (
        _OTHER_WORDS_ALLOWED < others <= _OTHER_WORDS_IN_LONGER
        and 5 <= len(words) <= 10
        and (present & _NOT_KNOWING or (present & _KNOWING_SAID and present & _DENYING))
    ):
        return True
    if others > _OTHER_WORDS_ALLOWED:
        return False
    if others and not any(
        w not in _REPLY_WORDS and (not i or words[i - 1] in _ADDRESSED_AFTER)
        for i, w in enumerate(words)
    ):
        # The word of its own is not an exclamation before it all ("Duw, no idea sorry") nor a
        # form of address after an apology or after not knowing ("No idea pal, soz").
        return False
    if present & _NOT_KNOWING or (present & _KNOWING and present & _DENYING):
        # Not knowing said outright; a word of its own only in a reply of four to seven words
        # (longer, the word is likely to say something: "I've never used that app").
        return not others or 4 <= len(words) <= 7
    if not others and present & _WATCHING:
        return True
    if not others and "know" in present and present & _WANTING and (present & _TOO or plus_one):
        return True
    if len(words) == 1 and present <= _BARE_REFUSALS:
        return True
    # "no sorry", "Sorry, no.", "Can't sorry", "lol" or "lol same" on its own (not "sorry
    # can't, dentist": a reason given).
    return not others and "sorry" in present and bool(present & _DENYING)


# "I don't know" in the other languages carers write to their groups in, as people type them (with
# and without accents): a reply made of one of these and nothing of its own says what "no idea,
# sorry" says in English. Words of scripts written without spaces are matched inside a word
# ("ไม่รู้ค่ะ", "몰라요"); the rest as whole words. (A draft wholly in another script is left to
# the packs that do not read English; these count where an English word stands beside them, as in
# "不知道 sorry".)
_NOT_KNOWING_ELSEWHERE = (
    # Spanish, Portuguese, Italian, French, German, Dutch, Romanian, Polish, Czech, Hungarian.
    "no sé|no se|ni idea|não sei|nao sei|non lo so|non so|aucune idée|aucune idee|je sais pas|"
    "je ne sais pas|keine ahnung|weiß nicht|weiss nicht|geen idee|weet niet|weet ik niet|nu știu|"
    "nu stiu|habar n-am|nie wiem|nevím|nem tudom|"
    # Turkish, Albanian, and Arabic, Persian and Kurdish written in Latin letters.
    "bilmiyorum|bilmem|nuk e di|s'e di|la adri|ma baarif|ma barif|"
    "mish aarif|nemidunam|nemidanam|nazanim|"
    # Hindi and Urdu, Bengali, Punjabi, Tagalog, Malay, Swahili, Somali, Nigerian Pidgin.
    "pata nahi|pata nahin|nahi pata|nahin pata|maloom nahi|malum nahi|jani na|jani nah|"
    "ewan ko|hindi ko alam|tak tahu|tidak tahu|gak tau|ga tau|sijui|ma aqaan|no sabi|"
    # Chinese, Vietnamese, Thai, Japanese, Korean.
    "不知道|不清楚|không biết|khong biet|ไม่รู้|ไม่ทราบ|わかりません|分かりません|知らない|몰라|모르겠"
)
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NOT_KNOWING_ELSEWHERE_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        re.escape(p) + ("" if _UNSPACED_SCRIPT.search(p) else r"(?![^\W\d_])")
        for p in _NOT_KNOWING_ELSEWHERE.split("|")
    )
    + ")",
    re.IGNORECASE,
)
# The first words of those written with spaces, and the letters of the scripts written without:
# a reply holding neither is not searched with the long pattern above (a search of every short
# reply the pack reads, at every place, cost more than the rest of the rule).
_ELSEWHERE_FIRST_WORDS = frozenset(
    p.split()[0] for p in _NOT_KNOWING_ELSEWHERE.split("|") if not _UNSPACED_SCRIPT.search(p)
)
_ELSEWHERE_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# What may stand beside it: the words of a short reply, one word of its own (a form of address,
# "walaal", "apa"), and at most two words in another script ("ค่ะ", "вибачте", "すみません").
_OTHER_SCRIPT_WORDS_ALLOWED = 2
_OTHER_SCRIPT_WORD = re.compile(r"[^\W\da-z_']+")


def _says_not_knowing_elsewhere(body: str) -> bool:
    """Whether a short reply says only "I don't know" in another language, with a "sorry" or a form
    of address beside it ("não sei, desculpa", "pata nahi sis", "Не знаю, вибачте")."""
    lowered = body.lower().replace("’", "'")
    if _ELSEWHERE_FIRST_WORDS.isdisjoint(
        _ELSEWHERE_WORD.findall(lowered)
    ) and not _UNSPACED_SCRIPT.search(lowered):
        return False
    m = _NOT_KNOWING_ELSEWHERE_RE.search(lowered)
    if m is None or any(c.isdigit() for c in body):
        return False
    rest = lowered[: m.start()] + " " + lowered[m.end() :]
    words = _REPLY_WORD.findall(rest)
    if set(words) & _SIGNPOSTS or sum(w not in _REPLY_WORDS for w in words) > _OTHER_WORDS_ALLOWED:
        return False
    return len(_OTHER_SCRIPT_WORD.findall(rest)) <= _OTHER_SCRIPT_WORDS_ALLOWED


# The question a reply quotes before it: lines marked ">", a question in quotation marks, or a
# line of its own ending in a question mark ("Anyone know if the training is still on?" and, on
# the next line, "No idea sorry"). What follows is the reply, read as a reply on its own.
_QUOTED_MAX = 300
_QUOTED_QUESTION = re.compile(
    r"[ \t\n]{0,8}(?:(?:>[^\n]{0,300}\n[ \t\n]{0,8}){1,4}|[\"“][^\"”\n]{1,300}\?[\"”][ \t]{0,8}"
    r"|[^\n]{1,300}\?[ \t]{0,8}\n[ \t\n]{0,8})"
)


def find_low_value_reply(draft: Draft, context: Context) -> Iterator[Span]:
    """The whole draft, when all it says is that the writer can't help (or agrees, or watches),
    or all it says after quoting the question."""
    text = draft.text
    if len(text) > _LOW_VALUE_MAX + 40 + _QUOTED_MAX:
        return
    skip = 0
    if "?" in text or ">" in text:
        quoted = _QUOTED_QUESTION.match(text)
        if quoted is not None and text[quoted.end() :].strip():
            skip = quoted.end()
    if len(text) - skip > _LOW_VALUE_MAX + 40:
        return
    reply = text[skip:]
    body = reply.strip()
    if len(body) > _LOW_VALUE_MAX:
        return
    lead = skip + len(reply) - len(reply.lstrip())
    if body and _REACTION_ONLY.fullmatch(body):
        yield Span(*draft.to_original(lead, lead + len(body)))
        return
    m = _LOW_VALUE.fullmatch(body)
    if m is not None:
        start, end = m.span("id")
        yield Span(*draft.to_original(start + lead, end + lead))
    elif _says_only_no(body) or _says_not_knowing_elsewhere(body):
        end = len(body.rstrip(".!?… \t\n"))
        yield Span(*draft.to_original(lead, lead + max(end, 1)))


LOW_VALUE_REPLY = Rule(
    id="peer_support.low_value_reply",
    # A reminder where the site is unknown; a warning in the groups of all three sites, where a
    # comment notifies the asker and everyone following the thread as a WhatsApp reply does.
    severity=Severity.INFO,
    severity_by_site={
        "whatsapp": Severity.WARNING,
        "facebook": Severity.WARNING,
        "linkedin": Severity.WARNING,
    },
    example_site="whatsapp",
    tip=Tip.WHATSAPP_GROUPS,
    message="A reply that only says you can't help notifies everyone without helping.",
    why=(
        "In a large group every reply pings every member (on Facebook and LinkedIn, the asker and "
        "everyone following the post), and the tip 'WhatsApp: be useful in large groups' asks "
        "whether a 'no, sorry' helps the person who asked."
    ),
    suggestion=(
        "Consider leaving it to those who know, or react to the message instead; the person "
        "asking is hoping for an answer."
    ),
    matcher=Custom(find_low_value_reply),
    flags=(
        "[[No, sorry, can't help]]",
        "[[Sorry no idea]] 🤷",
        "[[+1]]",
        "[[Same]]",
        "[[Sorry Jo, no idea]]!",
        "  [[Following]]  ",
        "[[Not sure sorry x]]",
        "[[Sorry mate, can't help]]",
        "[[Dunno la, sorry]].",
        "[[Not a clue love, sorry]].",
        "[[Sorry my sister, I don't have idea about this one]].",
        "[[Sorry I can't help, good luck though]].",
        "[[nope sorry]]",
        "[[Sorry didnt know that one]]",
        "[[Cannae help sorry]]",
        "[[Sorry never worked there so can't say]]",
        "[[Unfortunately I have no experience of this, apologies]].",
        "[[Dinna ken, sorry]]",
        "[[Sorry, not aware]].",
        "[[Ach, no idea pet, soz]]",
        "[[Haven't a notion, sorry]]",
        "[[Wouldn't know, sorry]]!",
        "[[I don't know this, sorry, I am only new]]",
        "[[Interested to know this too]]",
    ),
    passes=(
        "Sorry, no idea myself, but Carers UK have a helpline on 0808 808 7777 who will know.",
        "+1 year on the waiting list and still nothing.",
        "Same here, we rang the pharmacy directly and it was sorted the same day.",
        "Sorry to hear that, sending strength.",
        "No",
        "Following the new guidance, we changed our visiting times.",
        "Sorry, can't cover Saturday, I'm at a wedding. Try Mandy.",
        "I know!",
        "Ah I wouldn't know, ask Sandra",
        "Not sure sorry but the council website has a page on it, I'll find the link",
        "Sorry to hear that.",
        "I have experience of this, happy to chat.",
        "No worries at all",
        # A reply that says it can't help with one part, inside a helpful one, is not "only that".
        "We had this with Dad. I can't help, sorry. Ask the pharmacist, they know the rules.",
        "Lol I do exactly the same, you're not alone",
        "No idea sorry, try ringing the council, they sorted mine",
    ),
)

# --- dismissive replies to someone in distress -------------------------------------------------

# These read as an order to the person only when they open the clause ("Calm down, it's only
# a form"); "helping him calm down after tea" describes care.
# A phrase written as a name: every word capitalised, as in a song, a book or a café ("Cheer Up
# Charlie is the song we finish with", "Worse Things Happen at Sea is the new café"), not said to
# anyone.
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_TITLE_SMALL = word_set("a an the at of in on to and for by")


def _is_a_title(text: str) -> bool:
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in _TITLE_SMALL]
    return (
        len(words) >= 2
        and all(w[0].isupper() for w in words)
        and any(not w[1:].isupper() for w in words)
    )


@dataclass(frozen=True)
class NotATitle:
    """The spans of ``matcher``, but those written as a title."""

    matcher: Matcher

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        text = draft.text
        for span in self.matcher.find(draft, context):
            if not _is_a_title(text[span.start : span.end]):
                yield span


_ORDER_LEAD = re.compile(
    r"(?:^|\b(?:just|oh|ok|okay|honestly|seriously|hun|babe|mate|please|well|come\s+on|and|so|"
    r"you(?:['’]ll)?\s+(?:need|have|got)\s+to(?:\s+just)?|you\s+just\s+need\s+to|"
    r"you(?:['’]ll|\s+will)(?:\s+soon)?|"
    r"you\s+should(?:\s+just)?|you['’]?ve\s+got\s+to|you\s+must|time\s+to))$"
)


_NEGATED = re.compile(r"(?:n['’]t|\bnot|\bnever|\bno\s+one|\bnobody)(?:\s+\w+){0,2}$")


def _is_an_order(m: re.Match[str]) -> bool:
    before = clause_before(m)
    if m.group("order") is None:
        return _NEGATED.search(before) is None  # "don't feel you're being dramatic"
    return _ORDER_LEAD.search(before) is not None


DISMISSIVE = Rule(
    id="peer_support.dismissive",
    severity=Severity.WARNING,
    tip=Tip.THINK,
    message="This may come across as brushing off how the person feels.",
    why=(
        "Someone posting in distress wants to feel heard; the tip 'Think before you post' asks "
        "how a reply will be received, and whether we'd find it supportive ourselves."
    ),
    suggestion="Consider acknowledging how they feel before offering anything else.",
    matcher=NotATitle(
        Either(
            (
                Cued(
                    Pattern(
                        r"(?<![\w'’])(?:"
                        r"(?P<order>calm\s+down|(?:just\s+)?get\s+over\s+it|cheer\s+up|chill\s+out)"
                        r"|man\s+up|toughen\s+up|pull\s+yourself\s+together|snap\s+out\s+of\s+it|get\s+a\s+grip"
                        r"|stop\s+(?:moaning|whinging|whining|complaining|stressing|crying\s+over\s+it)"
                        r"|don['’]?t\s+be\s+(?:so\s+)?(?:dramatic|sensitive|negative|silly)"
                        r"|(?:you['’]?re|you\s+are)\s+(?:just\s+|being\s+)*(?:over\s*-?\s*reacting|"
                        r"(?:too|so|very)\s+sensitive|dramatic|paranoid)"
                        r")(?![\w'’])",
                        validator=_is_an_order,
                    ),
                    cues=(
                        "calm over cheer chill man toughen yourself snap grip moaning whinging "
                        "whining complaining stressing crying dramatic sensitive negative silly "
                        "overreacting reacting paranoid"
                    ),
                    reach=50,
                    lowered=True,
                ),
                # A struggling peer told the work is not for them ("maybe care isn't for you", "just
                # hand your notice in"): brushed off as surely as told to cheer up.
                InSentence(READING, combos=("brush_off", "quit_job"), unless=("not_advising",)),
                # An order to feel better ("smile more", "be happy", "focus on the positives")
                # where the draft speaks of sadness; not where sadness is allowed.
                InSentence(
                    READING,
                    combos=("mood_order+^sadness",),
                    unless=(
                        "not_advising",
                        "feeling_allowed",
                        "validating",
                        "crying_told",
                        "smile_told",
                    ),
                ),
            )
        )
    ),
    flags=(
        "[[Chin up hun, you'll be fine.]]",
        "[[Don't be sad, be grateful for the time you had!]]",
        "[[Calm down]], it's only a form.",
        "Honestly you need to [[just get over it]], we all have bad days.",
        "Oh [[cheer up]], it might never happen!",
        "[[You're overreacting]], she's fine.",
        "[[Pull yourself together]] and ring them again.",
        "Just [[calm down]] and read the letter properly.",
        "Honestly [[stop crying over it]], it's done now.",
        "[[Can't be grieving forever, love.]]",
        "[[No room for negativity in here!]]",
        "You're too sad lately, hun. [[Choose joy and smile more!]]",
    ),
    passes=(
        "We try to stay positive as a team about the changes, is that naive?",
        "I'm grateful for this group.",
        "Helping him calm down after tea works best with music on.",
        "It took me months to get over it after Mum died.",
        "Any ideas to cheer up the residents on a rainy afternoon?",
        "She needed an hour to calm down after the visit.",
        "Please don't feel you're being dramatic, this is a lot.",
        "The residents just smile when the therapy dog comes in.",
        "She couldn't stop crying when her son visited, so we sat with her.",
        "Cheer Up Charlie is the song we finish the music session with.",
        "It's ok to be sad about this, you don't have to smile for anyone.",
        "He's been down so we focus on the positives in his care plan.",
    ),
)

_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_AT_LEAST_LEAD = ("", "well", "oh well", "but", "still", "hun", "honestly", "look", "oh", "and")


# The writer weighing their own trouble: "I know others have it worse, but I'm struggling".
_OWN_WEIGHING = re.compile(
    r"\b(?:i|i['’]m|we)\s+(?:\w+\s+)?(?:know|knew|realise|realize|understand|appreciate|aware)"
    r"(?:\s+that)?$"
)


# What may follow "it could be worse" in the same breath: a form of address or a shrug ("could be
# worse love, it's only a hip", "could be worse though"), not what it could be worse for.
_AFTER_WORSE = (
    r"(?:hun|hon|mate|love|pet|hen|babe|bab|sis|dear|chick|lad|you\s+know|though|tbh|honestly|"
    r"really|i\s+suppose|i\s+guess)"
)


# Who "could be worse" is said of: a reply speaks to someone (a "you", a form of address); a
# post that speaks only of "I" and "my" weighs the writer's own trouble ("Broke my wrist on the
# ice. Could be worse, it's my left"), read in a window of the text around it.
_READER = re.compile(
    r"(?<![\w'’])(?:you|your|yours|yourself|you['’](?:re|ve|ll|d)|youre|youve|u|ur|ye|yer|yous|"
    r"youse|ya|yuh|hun|hon|pet|love|mate|babe|bab|hen|sis|dear|chick|lad|lass|bro)(?![\w'’])"
)
_WRITER = re.compile(
    r"(?<![\w'’])(?:i|i['’](?:m|ve|d|ll)|im|ive|me|my|myself|mine|meself|masel|mysel)(?![\w'’])"
)
_WHO_REACH = 300


# "Mine" straight after "could be worse" opening a reply: the writer's own lot held up against the
# reader's ("Could be worse, mine's in a home two hours away"), not the writer's own trouble
# weighed after telling it ("Broke my wrist. Could be worse, mine's only a crack").
_MINE_NEXT = re.compile(r"[\s,.;:…!-]{0,6}mine(?![\w-])")


def _own_trouble_weighed(m: re.Match[str]) -> bool:
    text = m.string
    if _MINE_NEXT.match(text, m.end()) and text[: m.start()].strip(" \t\n,.!") in _AT_LEAST_LEAD:
        return False
    window = text[max(0, m.start() - _WHO_REACH) : m.end() + _WHO_REACH]
    return _READER.search(window) is None and _WRITER.search(window) is not None


def _minimises(m: re.Match[str]) -> bool:
    if m.group("least") is None:
        if "worse" in m.group(0) and _own_trouble_weighed(m):
            return False
        return _OWN_WEIGHING.search(clause_before(m, breaks=_SENTENCE_BREAK)) is None
    # "Ring first, at least you'll know where you stand" is practical; "At least you still have
    # your mum" opening a reply weighs their loss against something else.
    return clause_before(m, breaks=_SENTENCE_BREAK).rstrip(",") in _AT_LEAST_LEAD


MINIMISING = Rule(
    id="peer_support.minimising",
    severity=Severity.WARNING,
    tip=Tip.THINK,
    message="Comparing with worse may make the person feel their worry doesn't count.",
    why=(
        "Weighing someone's trouble against others' can feel like being told it doesn't matter; "
        "the tip 'Think before you post' asks how the reply will land."
    ),
    suggestion="Consider saying how hard it sounds, and what helped you, instead.",
    matcher=NotATitle(
        Either(
            (
                Cued(
                    Pattern(
                        r"(?<![\w'’])(?:"
                        r"(?P<least>at\s*least\s+(?:you(?:['’](?:ve|re))?|your|yours|u|ur|youse|yous"
                        r"|(?:it['’]?s|it\s+(?:is|was))\s+(?:not|only)|it\s+(?:isn['’]?t|wasn['’]?t)"
                        # A loss weighed against a long life: "at least she had a good innings".
                        r"|(?:he|she|they)\s+(?:had|lived|got)\s+(?:a\s+)?(?:good|long|great|full)\s+"
                        r"(?:innings|life|run|age)"
                        # Someone else's loved one, weighed in a reply to "you": "at least he
                        # still knows who you are" (not "at least she's comfortable now").
                        r"|(?:he|she|they|his|her|their)(?=[^.!?\n]{0,80}?\b(?:you|your|u|ur)\b)))"
                        r"(?!['’\w]|\s+(?:and|or|plus|&)\b)"
                        r"|(?:it|things)\s+could\s+(?:always\s+)?be\s+(?:a\s+lot\s+|much\s+|far\s+|so\s+much\s+)?"
                        r"worse(?=\s*(?:$|[.,!;:…\n]|\s+" + _AFTER_WORSE + r"\b))"
                        r"|(?<![\w'’]\s)could\s+be\s+(?:a\s+lot\s+|much\s+|far\s+)?worse"
                        r"(?=\s*(?:$|[.,!;:…\n]|\s+" + _AFTER_WORSE + r"\b))"
                        r"|(?:there\s+are|there['’]s|plenty\s+of|lots\s+of)\s+(?:people|others|folk|carers|families)"
                        r"\s+(?:\w+\s+)?(?:far\s+|much\s+|a\s+lot\s+|way\s+)?worse\s+off"
                        r"|(?:others|other\s+people|some\s+people)\s+have\s+(?:it\s+)?(?:far\s+|much\s+|a\s+lot\s+|"
                        r"way\s+)?worse"
                        r"|worse\s+things\s+happen\s+at\s+sea"
                        r"|everything\s+happens\s+for\s+a\s+reason"
                        r"|(?:it['’]?s|it\s+is)\s+not\s+the\s+end\s+of\s+the\s+world"
                        r"|you\s+think\s+you['’]?(?:ve|\s+have)\s+(?:got\s+)?it\s+(?:bad|hard|tough)"
                        r"|you\s+should\s+(?:just\s+)?be\s+grateful"
                        r"|(?:you['’]re|you\s+are)\s+lucky\s+(?:you|to|that)"
                        r")(?![\w'’])",
                        validator=_minimises,
                    ),
                    cues="least atleast worse reason world think grateful lucky",
                    reach=60,
                    lowered=True,
                ),
                InSentence(
                    READING,
                    combos=(
                        "worse_off",
                        "only_this+dismissing",
                        # Another's harder lot weighed against the reader's, who is told they
                        # are lucky or that their worry is nothing; "at least" with the worry
                        # brushed off.
                        "comparison+lucky_you",
                        # Told they are lucky, or don't know how lucky they are, outright ("You're
                        # lucky he still knows who you are"): a worry set against what it could be.
                        "lucky_you",
                        "comparison+dismissing",
                        "comparison+only_this",
                        "lucky_you+only_this",
                        "at_least+dismissing",
                        # The trouble made ordinary ("we've all been there", "it comes with the
                        # job") beside a worry brushed off or called small.
                        "normalising+dismissing",
                        "normalising+only_this",
                        "comparison+normalising",
                        "at_least+normalising",
                        "normalising+^others_worse",
                        # The reader's trouble called small, or brushed off, beside a harder lot
                        # held up anywhere in the reply.
                        "only_this+^others_worse",
                        "dismissing+^others_worse",
                        "at_least+^others_worse",
                        "others_worse+^only_this",
                        # The reader's trouble called "only" what it is, beside a harder lot of
                        # the writer's own ("your mum's only had a fall, mine's had three
                        # strokes").
                        "yours_only+^mine_worse",
                        "yours_only+^others_worse",
                        # The trouble called "only" what it is, or made ordinary, in one sentence,
                        # and the reader's worry brushed off or called too much in the next ("it's
                        # only a bit of forgetfulness... You're overthinking it").
                        "only_this+^dismissing",
                        "normalising+^dismissing",
                        # A trouble said to be survivable ("a missed tablet won't kill her"), beside
                        # the trouble called "only" what it is or made ordinary, a small dose of it
                        # said to the reader ("a little tiredness won't kill you"), or a worry
                        # brushed off or a harder lot held up anywhere in the reply.
                        "wont_kill+only_this",
                        "wont_kill+normalising",
                        "wont_kill+small_dose+addressed",
                        "wont_kill+^dismissing",
                        "wont_kill+^others_worse",
                        "wont_kill+^comparison",
                        "wont_kill+^mine_worse",
                        # A state of mind called a mere word or a fashion ("burnout is a word
                        # people use far too readily", "we didn't have burnout in my day").
                        "named_lightly+state_named",
                        "named_lightly+^state_named",
                        # The reader told to put up with it and go on ("get bloods done n move
                        # on"), beside the trouble called nothing or too small to count (not beside
                        # "it's only", which kind replies say too: "it's only temporary, you'll get
                        # used to it").
                        "just_accept+^nothing_pred",
                        "just_accept+^small_trouble",
                    ),
                    unless=("own_view", "own_pace", "validating"),
                ),
                # A death weighed against a long life, its years given ("she was 94, she had a
                # good innings"); not of the writer's own people ("Mum had a good innings, 96 last
                # week") nor of a working life ("a great innings at the club, 40 years").
                InSentence(
                    READING,
                    combos=("long_life+^age_given",),
                    unless=("own_view", "own_pace", "validating", "own_kin", "working_life"),
                ),
                # The reader's trouble challenged in disbelief ("you think that's bad?") beside a
                # harder lot held up or the writer's own load, and a harder lot the reader is told
                # to try beside "then come and moan": asked as a question, said to put the trouble
                # down.
                InSentence(
                    READING,
                    combos=(
                        "challenge_question+^others_worse",
                        "challenge_question+^try_harder",
                        "challenge_question+^some_of_us",
                        "challenge_question+^mine_worse",
                        "try_harder+then_talk",
                    ),
                    unless=("own_view", "own_pace", "validating", "earnest_question"),
                    questions=True,
                ),
                # The trouble called too small to count, beside a one-off, a brush-off, the
                # trouble made ordinary or a harder lot held up; and the reader's feeling put in
                # question ("why you are crying for this small thing?") beside the same: a
                # question that minimises, not one that asks what happened. Not a service's
                # failing ("the council says the gap isn't a crisis").
                InSentence(
                    READING,
                    combos=(
                        "small_trouble+one_off",
                        "small_trouble+dismissing",
                        "small_trouble+normalising",
                        "small_trouble+some_of_us",
                        "small_trouble+^others_worse",
                        "small_trouble+^dismissing",
                        # A trouble said to be nothing ("a few sleepless nights is nothin"), said
                        # to the reader or beside a worry brushed off or a harder lot held up.
                        "nothing_pred+addressed",
                        "nothing_pred+^dismissing",
                        "nothing_pred+^mine_worse",
                        "nothing_pred+^others_worse",
                        "nothing_pred+^some_of_us",
                        "nothing_pred+^try_harder",
                        "feeling_questioned+small_trouble",
                        "feeling_questioned+only_this",
                        "feeling_questioned+one_off",
                        "feeling_questioned+normalising",
                        "feeling_questioned+^others_worse",
                        "feeling_questioned+^some_of_us",
                        "small_trouble+^feeling_questioned",
                    ),
                    unless=("own_view", "own_pace", "validating", "services", "nothing_else"),
                    questions=True,
                ),
                # Someone held up who bore it, or worse, without a word ("me mam had it ten times
                # worse an never grumbled once", "in Turkey we do this without complaining"),
                # beside a harder lot, the trouble made ordinary, or the reader's worry brushed
                # off or questioned; not a memory told on its own ("Dad never complained through
                # all his chemo"), nor the reader praised for it ("you never once complained").
                InSentence(
                    READING,
                    combos=(
                        "bore_it_quietly+comparison",
                        "bore_it_quietly+times_worse",
                        "bore_it_quietly+^normalising",
                        "bore_it_quietly+^dismissing",
                        "bore_it_quietly+^feeling_questioned",
                    ),
                    unless=("own_view", "own_pace", "validating", "you_bore_it"),
                    questions=True,
                ),
            )
        )
    ),
    flags=(
        "[[There's always someone worse off.]]",
        "[[It's only a bit of back pain, we all get it, crack on.]]",
        "[[Is not so bad, other carers have much more worse than you.]]",
        "[[At least your]] mum still recognises you.",
        "Well [[at least it's not]] cancer!",
        "[[At least he]] still knows who you are.",
        "[[At least you]] still have your mum.",
        "Oh well, [[at least you've]] got weekends off.",
        "[[It could be worse]], honestly.",
        "[[Things could be a lot worse]] tbh",
        "[[There are people far worse off]] than you.",
        "[[You're lucky to]] have a carer at all.",
        "[[At least he had a good innings]], bless him.",
        "[[Atleast your]] dad still knows you.",
        "[[Everyone gets stressed, no need to make such a big deal of it.]]",
        "[[Wait till you've done twenty years, then talk to me about tired.]]",
        "[[Ah sure it's only a bruise, she'll be grand.]]",
        "[[It's only a sprain, honestly you're overthinking it.]]",
        "[[That's nothing, my mum had it far worse.]]",
        "[[In my country we manage with no help at all, so you are lucky.]]",
        "[[At least it was quick, no need to be upset.]]",
        "[[Could be worse]] pet, it's only a wrist.",
        "[[I've been called far worse, get a grip.]]",
        "[[At least she's not violent, some of us get punched daily.]]",
        "[[It's only a cold, come in, we've all worked with worse.]]",
        "[[All toddlers have tantrums, it's only a phase, don't read into it.]]",
    ),
    passes=(
        "Some people are worse off after the benefit changes, so check your entitlement.",
        "The hoist needs at least you and one other trained carer.",
        "Ring them first, at least you'll know where you stand.",
        "She's eating at least once a day now.",
        "Mum's fall could have been worse, thank goodness.",
        "We're lucky to have such a supportive group.",
        "At least I got some sleep last night, first time in a week.",
        "At least she's comfortable now, the hospice have been wonderful.",
        "Could be worse weather for the garden party, at least it's not raining!",
        "Mum's fall could have been much worse, thank goodness.",
        "Some of us are going to the panto on Friday, you'll be fine to come along.",
        "It's only a ten minute walk from the station, everyone's welcome.",
        "Aye it's not as bad as I thought, the new rota gives us every other weekend.",
        "Mum had a good innings, 96 last week, and went peacefully.",
        "At least she had a good night's sleep, the first in a week.",
        "She had a fall on Monday but she'll be fine, the x-ray was clear.",
        "Croeso to our new members! No need to post straight away, get a feel for the group.",
        "Some of us are going to the panto on Friday, come along!",
        "That's nothing to do with the rota, ask HR.",
        "My mum had the same op, you'll be fine, the nurses are lovely.",
        "In my country we celebrate Diwali with lamps, come along on Friday.",
        "We had tea at Worse Things Happen at Sea, the café by the harbour.",
        "Some of us are meeting for coffee on Friday, it's only a short walk from the station.",
        "All carers get a free flu jab, it's only a five minute wait.",
    ),
)

# --- guilt-tripping the group, pressing to disclose, telling people to leave --------------------

# An organisation named by a capitalised name and the word for its kind ("Eastmoor Trust", "The
# Trust", "Hallam City Council", "Riverside Surgery"): "thanks for nothing" said to it is a
# complaint about a service, not a reproach to the group for its silence.
_NAMED_BODY = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]{0,30}[ \t]{1,3}){1,3}(?:Trust|Council|Board|Authority|"
    r"Association|Hospital|Hospice|Surgery|Practice|Services|Partnership|Ltd|Limited|Centre|"
    r"Foundation|Agency|Pharmacy|Housing)(?![\w'’-])"
)


@dataclass(frozen=True)
class NotToANamedBody:
    """The spans of ``matcher``, but those that name an organisation (``_NAMED_BODY``)."""

    matcher: Matcher

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        text = draft.original
        for span in self.matcher.find(draft, context):
            if _NAMED_BODY.search(text, span.start, span.end) is None:
                yield span


GUILT_TRIP = Rule(
    id="peer_support.guilt_trip",
    severity=Severity.WARNING,
    tip=Tip.OFFENSIVE,
    message="This may read as blaming the group for not answering.",
    why=(
        "Peers give what time they can, and under the tip 'Do not post offensive or "
        "inappropriate material' the guide asks us not to use the group to press people for "
        "responses."
    ),
    suggestion=(
        "Consider asking again plainly, or trying another source; people may simply not know."
    ),
    matcher=FollowOn(
        Either(
            (
                # Thanks taken back at the end of the sentence: "really appreciate the help, not."
                Cued(
                    Pattern(
                        r"(?<![\w'’])(?:appreciate|appreciated|thanks|cheers|helpful|supportive)"
                        r"(?![\w'’])[^.!?\n,]{0,40}[ ,.]{1,3}not[ \t]{0,3}[.!]{0,3}[ \t]{0,3}"
                        r"(?=\n|$)"
                    ),
                    cues="appreciate appreciated thanks cheers helpful supportive",
                    reach=60,
                    lowered=True,
                ),
                # Thanks to the group, or being overwhelmed by its response, ended by an
                # upside-down face or an eye-roll: "Thanks for all the help everyone. Really.
                # Overwhelmed by the response 🙃" (not "Thanks HQ 🙄", said of a head office).
                Cued(
                    Pattern(
                        r"(?<![\w'’])(?:(?:appreciate|appreciated|thanks|cheers)(?![\w'’])"
                        r"[^\n]{0,40}?(?<![\w'’])(?:everyone|everybody|all|guys|folks|lot|team|"
                        r"you|yous|group|ladies|people)(?![\w'’])"
                        r"|overwhelmed[^\n]{0,20}?(?:response|replies|support|help))"
                        r"[^\n]{0,60}?[\U0001f643\U0001f644]"
                        r"[ \t\ufe0f\U0001f643\U0001f644]{0,6}(?=\n|$)"
                    ),
                    cues="appreciate appreciated thanks cheers overwhelmed",
                    reach=80,
                    lowered=True,
                ),
                # Silence regretted ("40 people saw it and nobody knew"), not blamed where the
                # writer lets the group off or turns to another source, as the guide advises
                # ("no wahala, I will ask my manager").
                # Thanks to the group taken back at the draft's end, in a sentence of its own:
                # "ta very much for the help everyone. oh wait", "Thanks to everyone who helped.
                # Oh wait, that was just me and Gwen."
                Cued(
                    Pattern(
                        r"(?<![\w'’])(?:thanks|thank\s+you|cheers|ta)(?![\w'’])[^\n]{0,160}?"
                        r"[.!,…][ \t]{0,3}oh[ \t]{1,3}wait(?![\w'’])"
                        r"(?:[ \t,.…]{1,4}(?:that|it)[ \t]{1,3}was[ \t]{1,3}"
                        r"(?:just[ \t]{1,3}|only[ \t]{1,3})?"
                        r"(?:me|nobody|no[ \t]?one)(?![\w'’])[^\n]{0,40})?"
                        r"[ \t.!…\ufe0f\U0001f643\U0001f644]{0,8}$"
                    ),
                    cues="wait",
                    reach=240,
                    lowered=True,
                ),
                UnlessSaid(
                    InSentence(
                        READING,
                        combos=(
                            "disappointment+nobody",
                            "nobody_helps+self_pity",
                            "nobody_helps+group_ref",
                        ),
                        unless=("services", "no_obligation", "grateful", "fond"),
                        questions=True,
                    ),
                    READING,
                    ("letting_off", "going_elsewhere"),
                ),
                # Thanks taken back, or aimed at those who did nothing: not switched off by the
                # thanks they open with ("thank you so much for nothing"), but by an organisation
                # named in the sentence ("Thanks for nothing, Eastmoor Trust").
                NotToANamedBody(
                    InSentence(
                        READING,
                        combos=("thanks_undone", "thanks_to_those+did_nothing"),
                        unless=("services", "no_obligation", "fond"),
                        questions=True,
                    )
                ),
                InSentence(
                    READING,
                    combos=(
                        "sarcastic_thanks",
                        "group_failing",
                        "keeping_score",
                        # Silence set against the writer's own help, or a vow to remember it.
                        "nobody_helps+i_helped",
                        "nobody_helps+^vow",
                        "nobody_helps+as_always",
                        "doing_alone+as_always",
                        # Sarcastic envy set against the writer's own load ("must be nice having
                        # time to scroll. Some of us are holding this team together"), and a
                        # sacrifice announced because none of the group will help.
                        "envy+^some_of_us",
                        "resigned+nobody",
                        # The writer's past help, and silence or disappointment now, in two
                        # sentences.
                        "i_helped+^nobody_helps",
                        "i_helped+^group_failing",
                        # The writer's past help beside an expectation let down ("I mentored many
                        # of you... I would have expected a reply").
                        "i_helped+^disappointment",
                        # A day the writer needs help and finds none, set against their own help,
                        # disappointment or self-pity.
                        "now_nothing+i_helped",
                        "now_nothing+disappointment",
                        "now_nothing+self_pity",
                        "i_helped+^now_nothing",
                        "vow+^nobody_helps",
                        "vow+^now_nothing",
                        "vow+^group_failing",
                        "vow+^disappointment",
                        "vow+^i_helped",
                        # The writer's own need waved away in sarcasm beside being left alone
                        # with it again, "as always" or "apparently": "don't mind me, I'll just
                        # sit here on my own again", "I'll do it on my own like always. Don't
                        # worry about me", "seeing as I'm the only one who apparently cares".
                        "mind_me+alone_again",
                        "mind_me+as_always",
                        "mind_me+sarcasm_marker",
                        "mind_me+^alone_again",
                        "alone_again+^mind_me",
                        "alone_again+as_always",
                        # The writer announcing they will just cope, sit or sort it alone, beside
                        # being on their own, self-pity, "don't mind me" or a resigned "then":
                        # "I'll just sit in A&E on my own with mum for 9 hours", "Guess I'll just
                        # cope on my own then", "I'll just sit here greetin then".
                        "doing_alone+alone_again",
                        "doing_alone+self_pity",
                        "doing_alone+mind_me",
                        "doing_alone+resigned",
                        # The writer's one ask now met by nothing, or nothing back beside their
                        # own help: "now I ask for one small thing and you are all too busy",
                        # "I give and give in this group and get nothing back".
                        "ask_now+nothing_back",
                        "ask_now+nobody_helps",
                        "ask_now+gone_quiet",
                        "nothing_back+i_helped",
                        "i_helped+^ask_now",
                        # The group's eagerness for something else held against the writer's
                        # need or its silence: "post a cat video and get 200 comments, ask for
                        # help and it's tumbleweed", "quick to like a photo, but when I need
                        # something you all disappear".
                        "eager_elsewhere+gone_quiet",
                        "eager_elsewhere+nobody_helps",
                        "my_turn+gone_quiet+^eager_elsewhere",
                        # The group said to answer others at once ("you all answered Karen in five
                        # minutes"), said to the group.
                        "others_favoured+addressed",
                    ),
                    unless=("services", "no_obligation", "grateful", "fond"),
                    questions=True,
                ),
                # The writer's past help to the group in one sentence, and in another the
                # silence now, the day they need it, a vow or self-pity ("I've supported so many
                # of you over the years. When I finally ask, silence. Noted."); not where the
                # writer lets the group off or turns to another source ("nobody's free, I'll ask
                # the bank").
                UnlessSaid(
                    InSentence(
                        READING,
                        combos=(
                            "i_helped+^nobody",
                            "i_helped+^my_turn",
                            "i_helped+^own_vow",
                            "i_helped+^self_pity",
                            "i_helped+^sarcasm_marker",
                            "gone_quiet+^i_helped",
                            "nobody_helps+^self_pity",
                            # The same silence beside disappointment, or the writer's need met by
                            # it, or the writer left alone beside the group's failing, in two
                            # sentences.
                            "disappointment+^gone_quiet",
                            "my_turn+^nobody_helps",
                            "alone_again+^group_failing",
                        ),
                        unless=("services", "no_obligation", "grateful", "fond"),
                        questions=True,
                    ),
                    READING,
                    ("letting_off", "going_elsewhere"),
                ),
                # A vow, or help withheld in return, tied to the reader's own need to come ("I
                # won't forget this next time one of you needs a favour", "when una need help I
                # will also be busy"), and a vow to remember who helped beside "and who didn't":
                # a threat to the group whatever the sentence is about ("when Mum went into
                # hospital"), unless thanks are meant anywhere in the draft ("I owe yer one").
                UnlessSaid(
                    InSentence(
                        READING,
                        combos=(
                            "own_vow+your_turn_later",
                            "tit_for_tat+your_turn_later",
                            "your_turn_later+^tit_for_tat",
                            "own_vow+^who_not",
                        ),
                        unless=("no_obligation", "fond"),
                        questions=True,
                    ),
                    READING,
                    ("grateful", "letting_off"),
                ),
                # The writer's own giving to the group, as a habit or a record, in one sentence,
                # and nothing back now or a silence, in any ("I always comment on your
                # children's photos. Nobody comment on my son birthday"), or next to nothing
                # counted beside a word of hurt ("got two likes. Says it all"); not where the
                # writer lets the group off or turns elsewhere.
                UnlessSaid(
                    InSentence(
                        READING,
                        combos=(
                            "my_giving+^scant_back",
                            "my_giving+^scant_few+^hurt_close",
                            "my_giving+^nobody_helps",
                            "my_giving+^gone_quiet",
                        ),
                        unless=("services", "no_obligation", "grateful", "fond"),
                        questions=True,
                    ),
                    READING,
                    ("letting_off", "going_elsewhere", "grateful", "no_obligation"),
                ),
            )
        ),
        _HUFFS,
    ),
    flags=(
        "[[Thanks for nothing everyone, 40 views and not one reply.]]",
        "[[Some support group this is.]]",
        "[[nobody ever answers me in here i'll remember this when u lot need something]]",
        "[[Funny how everyone's quick to ask for help but when I need it nobody's around.]]",
        "[[I'm disappointed that nobody from this network took a moment to respond.]]",
        "[[I helped so many of you last winter and now nobody can spare two minutes for me.]]",
        "[[It's ok, I understand, nobody answer me anyway.]]",
        "[[I thought this group was meant to be there for each other.]]",
        "[[Seen who read this and said nothing, noting it for next time.]]",
        "[[Don't worry about me.]] [[I'll just sit here on my own like always.]]",
        "[[Don't bother asking in here, nobody cares.]]",
        "wow [[cheers everyone really appreciate the help NOT]]",
        "[[Lovely group this.]]",
        "[[I will remember every one of you who ignored me tonight.]]",
        "[[Thanks for nowt, the lot of you.]]",
        "[[Really disappointed in you all.]] [[Wow.]]",
        "[[Don't worry, I'll just do it all myself.]]",
        "[[Next time I'll just ask a brick wall.]]",
        "[[When your own problem comes, I will keep quiet too.]]",
        "[[I helped half of you and now nobody can spare a minute for me.]]",
        "[[Good to know who my friends in here really are.]]",
        "[[I suppose I'll just sit here and work it out myself then.]] Again.",
        "[[I have supported this network for years.]] A simple request receives silence.",
        "[[I've answered every question in here for years and the one time I ask, silence.]]",
        "[[Shame on all of you who saw it and said nothing.]]",
        "[[I have coached so many of you through your Care Certificate.]] I had hoped for more.",
    ),
    passes=(
        "Thanks for all your help, I'll remember the tip about the blue badge.",
        "I always say yes when people ask me to swap, it's how we keep the rota going.",
        "I'm disappointed nobody from the council has rung back.",
        "Nobody has to reply straight away, have a think.",
        "Some support groups meet monthly, ours meets weekly.",
        "Nobody in this group has to reply straight away.",
        "Nobody's picked up the Sunday late yet, so I'll ask the bank staff.",
        "Thanks all, not sure yet but I'll let you know.",
        "Cheers for the tips, not tried the cream yet.",
        "I'm sorry nobody's answered yet, evenings are quiet in here.",
        "What a lovely group this is, thank you all.",
        "I'll remember this Christmas forever, Mum sang every carol.",
        "Talking to the council is like talking to a brick wall.",
        "Can anyone spare a minute to look at my CV?",
        "I'll just sit here with Mum until the GP rings back.",
        "I have supported this network for years and I'm glad to.",
        "Forty people have seen my question, so nobody's come across it. I'll ask the council.",
        "Remember this when you next fill in the form: keep a copy of everything.",
        "I have mentored many of you and expected nothing less, well done all.",
        "I'll always remember this Christmas, thank you all for the visits.",
    ),
)

PRESSING_TO_DISCLOSE = Rule(
    id="peer_support.pressing_to_disclose",
    severity=Severity.WARNING,
    tip=Tip.THINK,
    message="This may press someone to share more than they want to.",
    why=(
        "People share at their own pace in a peer group; the tip 'Think before you post' asks "
        "how a reply will be received by the person it is aimed at."
    ),
    suggestion="Consider letting people know they can share as much or as little as they like.",
    matcher=FollowOn(
        Either(
            (
                InSentence(
                    READING,
                    # Words about holding back press only when said to the reader ("stop hiding
                    # things from us"), not about the writer's own family ("Mum hides things").
                    combos=(
                        "pressing_to_disclose",
                        "disclosure_words+addressed",
                        "detail_question+^pressing_to_disclose",
                        "detail_question+addressed+^disclosure_words",
                        # The reader reproached for holding back ("you can't post half a story
                        # and not tell us"), said to the reader.
                        "withholding_reproach+addressed",
                        # A demand to tell, or a question for details, beside an assurance that
                        # the group will keep it ("tell us, we won't say anything", "what did
                        # the doctor say? We're all friends here").
                        "tell_what+^trust_appeal",
                        "detail_question+^trust_appeal",
                        # A question for what the reader keeps private, egged on in the same
                        # breath ("go on, what's his diagnosis then?"); a guess at it beside a
                        # demand to tell ("Is it cancer? Tell us"); the group's own sharing held
                        # up as the reader's due ("we all shared, now you share yours").
                        "private_question+egging_on",
                        "tell_us+^guess_question",
                        "fair_turn+^others_shared",
                        "others_shared+fair_turn",
                        # A question for details egged on in the same breath ("howay, you cannit
                        # say that an leave it, what did the doctor actually say?").
                        "detail_question+egging_on",
                        # A story left half told, reproached, said to the reader ("you can't
                        # post half a story": read from the reader, since the "can't" before it
                        # is the reproach, not a denial); everything said to be owed to the
                        # group beside a question for details or a demand to tell ("which
                        # hospital you went and why? we are worry, you must tell everything").
                        "addressed+half_told",
                        "need_all+^detail_question",
                        "need_all+^tell_what",
                    ),
                    unless=("no_pressure",),
                    questions=True,
                ),
                # Help made to wait on telling: "if you want our advice you need to tell us",
                # "you need to share that if you want proper advice". Its "if you want" is a
                # condition, not the invitation the rule above lets pass; "you don't have to
                # tell us" negates the telling.
                InSentence(
                    READING,
                    combos=("tell_us+help_if_told",),
                    unless=("own_pace", "no_obligation"),
                    questions=True,
                ),
            )
        ),
        _PRESSES,
    ),
    flags=(
        "[[Come on, tell us which home you work at.]]",
        "[[Why won't you say what your husband's diagnosis is?]]",
        "[[You really need to share your own story here.]]",
        "[[We can't help if you keep things back.]]",
        "[[Just tell us what really happened.]]",
        "[[Come on, name the agency.]] [[Which one?]]",
        "[[You owe us an update after all our advice!]]",
        "[[DM me the name of the home, go on.]]",
        "[[Why are you being so cagey about it?]]",
        "[[Come on, tell us what the nurse said, we won't say anything.]]",
    ),
    passes=(
        "Nobody has to share anything they're not comfortable with here.",
        "Feel free to introduce yourself if you'd like to.",
        "You need to tell the GP about the falls.",
        "Tell us how you got on at the assessment if you want to!",
        "What's the official position on lateral flow tests now?",
        "Tell us your wins this week!",
        "You don't need to post more details here, just get it to the people who can act.",
        "No need to give us an update, just look after yourself.",
        "I won't name the company in here, it's going through the proper process.",
        "DM me your email and I'll send you the form.",
        "Please don't share the name of the patient here.",
        "Does anyone else's mum hide things? Mine hid her purse again.",
        "Do I write down what she said word for word?",
        "We're all friends here, so tell us your wins this week!",
    ),
)

# --- a bare order to go -------------------------------------------------------------------------

# A verb of going that makes a whole clause on its own ("Leave.", "just go", "please exit now",
# "so gan"): an order to go, said to the reader, whatever precedes the clause. Telling to leave
# where the draft also says what the reader does not do (reads and never posts), disagrees or
# complains.
_GOING = word_set("leave go exit gan unfollow")
# What may stand before the verb in its clause: the words that soften or press an order.
_ORDER_BEFORE = re.compile(
    r"(?:(?:^|[.!?;:,\n(\u2014\u2013-])[ \t]*)"
    r"(?:(?:so|then|just|please|pls|plz|kindly|now|ok|okay|seriously|honestly|simply|and|"
    r"maybe|better)[ \t,]{1,3}){0,3}\Z"
)
# What may follow it before the clause ends: where to, when, and a form of address.
_ORDER_AFTER = re.compile(
    r"(?:[ \t]{1,3}(?:now|please|pls|plz|then|already|away|elsewhere|quietly|mate|hun|babe|"
    r"bye|lol|x+|na|po|la|abeg|oo?))*[ \t]*(?:[.!?,;:\n(\u2014\u2013-]|\Z)"
)
# How far back the clause's start is looked for: a few words of softening at most.
_ORDER_LOOKBACK = 40


def find_bare_leave_order(draft: Draft, context: Context) -> Iterator[Span]:
    verbs = _GOING & draft.words
    if not verbs:
        return
    folded = draft.folded
    bounds: list[tuple[int, int]] | None = None
    reason: bool | None = None
    reported = -1
    for verb in sorted(verbs):
        for at in draft.starts(verb):
            if _ORDER_BEFORE.search(folded, max(0, at - _ORDER_LOOKBACK), at) is None:
                continue
            if _ORDER_AFTER.match(folded, at + len(verb)) is None:
                continue
            if reason is None:
                reason = (
                    READING.anywhere(draft, "not_contributing")
                    or READING.anywhere(draft, "disagreeing")
                    or READING.anywhere(draft, "complaining")
                )
            if not reason:
                return
            if bounds is None:
                bounds = sentence_bounds(draft)
            # The sentence holding the verb, found by bisection: linear however many orders.
            start, end = bounds[max(bisect_right(bounds, (at, len(folded) + 1)) - 1, 0)]
            if start != reported and start <= at < end:
                reported = start
                text = folded[start:end]
                lead = len(text) - len(text.lstrip())
                yield Span(*draft.to_original(start + lead, start + len(text.rstrip())))


TELLING_TO_LEAVE = Rule(
    id="peer_support.telling_to_leave",
    severity=Severity.WARNING,
    tip=Tip.THINK,
    message="This may tell members who only read that they don't belong.",
    why=(
        "Many members read and learn without posting, and the tip 'Think before you post' asks "
        "how peers will react to what we write."
    ),
    suggestion="Consider inviting people to join in rather than asking them to go.",
    # Not where the writer lets people off, or removes members for breaking the group's rules or
    # by mistake (an admin's fair reminder).
    matcher=UnlessSaid(
        Either(
            (
                InSentence(
                    READING,
                    # The order to go, beside not contributing or disagreeing in the same
                    # sentence or anywhere in the draft ("Not saying anything? Then why are you
                    # even still in here."). The group's own door shown to members picked out by
                    # what they do ("those who only watch, there's the door"), said to a class of
                    # members, not to one person.
                    combos=(
                        "leave_order+not_contributing",
                        "leave_order+disagreeing",
                        "leave_order+^not_contributing",
                        "leave_order+^disagreeing",
                        "group_exit+not_contributing",
                        "group_exit+disagreeing",
                        "group_exit+^not_contributing",
                        "group_exit+^disagreeing",
                        "members_class+group_exit",
                        # The reader's place in the group questioned ("whit are ye still daein
                        # here?"), put to members picked out by what they do or beside their not
                        # contributing; and an ultimatum whose other side is leaving ("speak up or
                        # ship out").
                        "presence_question+members_class",
                        "presence_question+^not_contributing",
                        "presence_question+^disagreeing",
                        "or_leave+not_contributing",
                        # The door shown, or an order to go said to the reader, for what they
                        # are held to do instead of taking part: complain, argue, bring drama
                        # ("if all you do is moan about your mam, maybe this isn't the group for
                        # you").
                        "group_exit+addressed+^complaining",
                        # Leaving the group put to the reader as a thought ("have you
                        # considered... leaving the group?").
                        "go_suggested+addressed",
                        "group_exit+addressed+^group_ref",
                        "group_exit+addressed+^members_class",
                        # An order to go or the door, beside "nobody's forcing you to stay" or
                        # "no one wants you here"; and that beside complaining or disagreeing.
                        "leave_order+^free_to_go",
                        "group_exit+^free_to_go",
                        "free_to_go+^complaining",
                        "free_to_go+^disagreeing",
                    ),
                    questions=True,
                ),
                # A bare order to go ("Leave.", "just go"), where the draft says what the reader
                # does not do or disagrees with.
                Custom(find_bare_leave_order),
            )
        ),
        READING,
        ("letting_off", "no_obligation", "fair_rules"),
    ),
    flags=(
        "[[If you're just going to lurk then you might as well leave the group.]]",
        "[[Silent members will be removed at the end of the month.]]",
        "[[If you're not going to help with cover then why are you even in this group?]]",
        "[[Who is only reading and never helping, please remove yourself from the group.]]",
        "[[If you don't like how we do things here, there's the door.]]",
        "[[From Monday, everyone who's just here to scroll past can leave the group.]]",
        "[[people who never post and just read everything shud leave the group tbh]]",
        "[[Everyone lurking and not helping, do everyone a favour and leave.]]",
        "[[Lurkers can get out of the group.]]",
        "[[If you cannae handle a bit of banter, get oot the group.]]",
        "You never post. [[Then why are you even still in this group?]]",
        "[[Lurkers, the exit's top right.]]",
        "[[Readers who never share anything, do the decent thing and leave.]]",
        "[[If you've nothing useful to add, free up the space.]]",
        "[[Those who only watch, there are plenty of other groups for that.]]",
        "[[If you've not posted since joining, this group isn't for you.]]",
        "You never post anything. [[Leave.]]",
        "All you do is read. [[So go.]]",
        "[[If all you do is watch and not reply, please go now.]]",
    ),
    passes=(
        "I'm going to leave the group for a while, I need a break.",
        "Lurkers are welcome here, read as much as you like.",
        "You should go to the GP if it doesn't clear up.",
        "Anyone who's left the company, please leave this chat so the rota list stays right.",
        "If you've moved away you're welcome to stay, or leave whenever suits you.",
        "Lurkers welcome! Plenty of us read for months before posting anything.",
        "Can't handle the heat in the lounge today, the window won't open.",
        "The fire exit's top right of the plan, by the lift.",
        "We can't take any more referrals this week, the door's that way to reception.",
        "Why are you still in the office at 9pm? Go home and rest!",
        "The group rules say be kind. If you can't be, the admins will remove you.",
        "Our door is open if you want to talk.",
        "If you still work here and get removed by mistake, tell me!",
        "Anyone who can't do one this year, no stress, we'll rotate it.",
        "People come and go in here and that's fine.",
        "I mostly just read and never post. Got to go, tea's ready!",
        "If a thread isn't for you, just scroll past it.",
    ),
)


def seconded(draft: Draft, span: Span) -> bool:
    """Whether a sentence the learned scorer gives to a rule of the pack by a small margin holds a
    category of the pack's lexicon that is the unkind act itself (``SECONDING``: keeping score,
    a push to leave, a trouble set beside worse ones, a demand for a reply), or a pair of them that
    is (``SECONDING_PAIRS``: leaving and the group), and none that lets the reader off
    (``UNSECONDING``): the scorer's reading and the pack's words agree, so it warns.
    Read only for such sentences, a few drafts in a hundred."""
    # The sentence the span starts in: the last whose start, in the original text, is not after
    # the span's (by bisection: a long draft has thousands of sentences, and a reminder or two
    # hundred).
    bounds = sentence_bounds(draft)
    at = bisect_right(bounds, span.start, key=lambda bound: draft.to_original(*bound)[0])
    if not at:
        return False
    held = READING.sentence_at(draft, bounds[at - 1][0]).hits.keys()
    return UNSECONDING.isdisjoint(held) and (
        not SECONDING.isdisjoint(held) or any(pair <= held for pair in SECONDING_PAIRS)
    )


RULES = with_scorer(
    (
        CHASING,
        MENTION_CHASE,
        GUILT_TRIP,
        PRESSING_TO_DISCLOSE,
        TELLING_TO_LEAVE,
        LOW_VALUE_REPLY,
        DISMISSIVE,
        MINIMISING,
    ),
    seconded=seconded,
)
