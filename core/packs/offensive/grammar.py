"""The shapes of offensive statements about people, as patterns over a sentence's words.

The reader (``reader``) writes a sentence as its words in dictionary form, one space apart, with
words for people tagged "_p" ("i hate women_p"); each shape is a pattern over that line:
"<people> are <derogatory word>", "I hate <people>", "<people> should die", "I will kill
<people>", where <people> must be people (a pronoun, an identity group or a word for people), so
"I hate this stupid printer" stays clean. A shape is tried only on sentences holding a word it
needs (``Shape.needs``, derived from its pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...matchers import alternation
from . import lexicon as lx
from .forms import CANON, LEX, TRIGGER_WORDS

# Alternations of the lexicon's lists, the longest word first.
_GROUP_ADJ = alternation(lx.GROUP_ADJECTIVES)
_GROUP_NOUN = alternation(lx.GROUP_NOUNS)
_DEROGATORY = alternation(lx.DEROGATORY)
_DEHUMANISING = alternation(lx.DEHUMANISING)
_DEROGATORY_OR_DEHUMANISING = alternation(lx.DEROGATORY + lx.DEHUMANISING)

_ADVW = (
    r"(?:really|truly|absolutely|utterly|completely|totally|simply|just|so|such|all|only|"
    r"always|still|even|honestly|seriously|literally|genuinely|definitely|certainly|clearly|"
    r"obviously|probably|basically|pretty|very|most|more|the|a|an|one|of|complete|total|"
    r"absolute|utter|pure|common|human|lesser|massive|big|dirty|disgusting|bloody|fucking|"
    r"nothing but|no better than|without a doubt|without exception|by nature|kind of|sort of|"
    r"type of|bunch of|lot of|load of|waste of|a danger to|as|that|too|damn|bunch|"
    r"worst kind of|really are|are all|all just|are just|are so)"
)
# Runs of modifiers, determiners and adjectives are bounded, not "*": unbounded, a long run of
# them ("the the the ...") would make every shape quadratic in the sentence's length.
_ADVS = r"(?:" + _ADVW + r" ){0,6}"
# "<people>", with up to two words before a people noun ("traffic wardens", "the next cyclist").
_GROUP = (
    r"(?:(?:" + _GROUP_ADJ + r") ){1,4}" + alternation(lx.GROUP_HEADS) + r"(?:_p)?"
    + r"|" + _GROUP_NOUN + r"(?:'s|')?(?:_p)?"
)  # fmt: skip
_PEOPLE_BARE = (
    # Words for people are tagged "_p" before the shapes run (see _read_sentence), which keeps
    # these patterns small and quick.
    # Words are at most 40 letters: unbounded, one long run of letters and apostrophes would make
    # the scan quadratic.
    _GROUP + r"|(?:(?!(?:no|not|never|nor) )[a-z'-]{1,40} ){0,2}[a-z'-]{1,40}_p|"
    + alternation(lx.TARGET_PRONOUNS)
)  # fmt: skip
_PEOPLE = r"(?P<tgt>" + _PEOPLE_BARE + r")"
# A target that is the subject of a statement: pronouns "they"/"them" are left out (what they
# refer to is unknown: "vegan dishes... most of them are disgusting").
_DET = (
    r"(?:(?:all|every|any|those|these|the|that|this|some|a|an|of|kinds|kind|sorts|next|such|"
    r"single|other|more|many|most|your|their|his|her|our|common) ){0,6}"
)
_LIKE_YOU = r"(?: like (?:you|that|them|this|us))?"
_COPULA = (
    r"(?:are|is|am|was|were|be|being|been|i'm|you're|they're|he's|she's|'re|'s|"
    r"can be|can't help (?:themselves|yourself|yourselves|himself|herself) but be|"
    r"can't stop (?:themselves|yourself|yourselves|himself|herself) from being|will always be|"
    r"act like|behave like|look like|seem|seems|become|that is|who is|who are|that are|"
    r"'s nature to be|' nature to be|nature to be|can all be|will never be anything but) "
)
_NEG = (
    r"(?:" + _GROUP_ADJ + r" )?(?P<neg>" + _DEROGATORY_OR_DEHUMANISING
    + r"|lesser beings|lesser humans|lower life forms|second class citizens|"
    r"a danger|a threat|a menace)(?: (?:and|&) " + _DEROGATORY + r")?"
)  # fmt: skip
_HARM = alternation(lx.HARM_VERBS)
_HARMED = alternation(lx.HARM_PAST)
_HARMING = alternation(lx.HARM_ING)
_HATE = alternation(lx.HATE_VERBS)
# After a derogatory adjective only these may follow: it must describe the target, not a thing.
_NEG_END = (
    r"(?= (?:people_p|person_p|people|person|ones|one|creatures|beings|human|humans|on|in|of|"
    r"to|and|or|like|"
    r"as|for|but|at|than|because|who|that|with|without|everywhere|by|,)\b| ?$| ?,)"
)


@dataclass(frozen=True)
class Shape:
    """A statement shape: a pattern over a sentence's words in dictionary form, one space apart."""

    kind: str  # "threat", "dehumanising", "feeling" or "statement"
    regex: re.Pattern[str]
    needs: frozenset[str]  # the shape is tried only on sentences holding one of these words


def _shape(kind: str, pattern: str) -> Shape:
    # The words of the target (people, groups) do not count: only the words of the statement.
    bare = pattern.replace(_PEOPLE_BARE, " ").replace("\\b", " ")
    words = re.findall(r"[a-z][a-z'-]*", bare)
    needs = frozenset(words) & TRIGGER_WORDS
    return Shape(kind, re.compile(pattern), needs)


SHAPES = (
    # --- feelings about people --------------------------------------------------------------
    _shape(
        "feeling",
        r"\b(?:i|we) " + _ADVS + r"(?:" + _HATE + r"|can't stand|cannot stand|"
        r"can not stand|have no time for|am sick of|'m sick of|am tired of) " + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\b(?:hatred|disdain|contempt|scorn|disgust|loathing|hate) (?:i feel |i have )?"
        r"(?:for|towards|toward) " + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: [a-z']+){0,6}? (?:disgust|disgusts|"
        r"sicken|sickens|repulse|repulses) me\b",
    ),
    _shape(
        "feeling",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: [a-z']+){0,6}? (?:make|makes|fill|fills) "
        r"me (?:so |really |feel |with |so much |such )*(?:sick|furious|angry|mad|ill|rage|"
        r"hatred|disgust|disgusted|vomit|puke)\b",
    ),
    _shape(
        "feeling",
        r"\b(?:sick|tired) of (?:being around |seeing |hearing |all )?" + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\b(?:disgusted|sickened|repulsed) by " + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\bnothing (?:in the world )?(?:is )?(?:worse|more disgusting|more pathetic|lower) "
        r"than " + _DET + _PEOPLE,
    ),
    # --- statements about people ------------------------------------------------------------
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: (?:with|in|from) [a-z]+(?: [a-z]+)?)? "
        + _ADVS + _COPULA + _ADVS + _NEG
        + _NEG_END,
    ),
    _shape(
        "statement",
        r"\b(?:only|typical of) " + _DET + _PEOPLE + r" (?:can |could |would |are |is )?"
        r"(?:be |to be )?(?:so |that |such |as )?" + _ADVS + r"" + _NEG + _NEG_END,
    ),
    _shape(
        "statement",
        r"\b(?:as|so) (?P<neg2>" + _DEROGATORY + r") as " + _DET + _PEOPLE,
    ),
    _shape(
        "dehumanising",
        r"\b(?:as far as i'm concerned |in my opinion |i think |i believe )?"
        r"(?P<tgt>(?:" + _GROUP_ADJ + r"|your|his|her|their|my|our) "
        r"(?:lives|life)|[a-z]+s' lives) (?:are|is|aren't|isn't) (?:worth )?(?:absolutely |"
        r"literally |just |completely )?(?P<neg>nothing|worthless|shit|not worth anything|"
        r"worth nothing|dirt)\b",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:are|is) (?:ruining|destroying|infesting|invading|"
        r"polluting|poisoning|taking over) ",
    ),
    _shape(
        "statement",
        r"\b(?:swarms|hordes|plague|infestation) of " + _PEOPLE + r" (?:are )?",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,3}? (?:will|would|is going to|are going to) "
        r"(?:ruin|destroy|poison|wreck) (?:our|this|the) ",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:have|has) no place (?:in|on|among) ",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:don't|do not|doesn't|does not) belong (?:in|on|here|among) ",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,4}? (?:is|are|will be|would be) (?:a |an )?"
        r"(?:real |serious |huge |massive )?(?P<neg>danger|threat|menace|disaster|curse|blight|"
        r"burden|drain|stain) (?:to|for|on) ",
    ),
    _shape(
        "statement",
        r"\b(?:my|a|the|our) (?:dog|cat|pet|hamster|goldfish|rabbit|parrot) (?:is|are) "
        r"(?:smarter|cleverer|more intelligent|worth more|more useful) than " + _DET + _PEOPLE,
    ),
    _shape(
        "statement",
        r"\brather (?:have|get|catch|eat|die of|be dead than|die)(?: [a-z']+){0,3}? than "
        r"(?:be |being |go |live |sit )?(?:anywhere )?(?:near|around|with|next to) " + _DET
        + _PEOPLE,
    ),
    _shape(
        "statement",
        r"\b(?:" + _GROUP_ADJ + r" )?(?P<neg>" + _DEHUMANISING
        + r") like (?P<tgt>you|him|her|them|" + _GROUP_NOUN + r")\b",
    ),
    # --- threats and wishes of harm ---------------------------------------------------------
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll|i'm|we're|i'd|we'd)(?: [a-z']+){0,5}? (?:will|shall|am going to|"
        r"are going to|going to|'ll|want to|wanna|would love to|'d love to|have to|need to|"
        r"intend to|plan to|about to|should|must|gonna|will keep|keep|to) (?:just |really |"
        r"finally |all |happily |gladly |personally )*(?:"
        + _HARM + r"|" + _HARMING + r"|get rid of|wipe out|cut|slit|snap) "
        + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll)(?: [a-z']+){0,4}? " + _HARM + r" " + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll|i'm|we're)(?: [a-z']+){0,5}? make " + _DET + _PEOPLE
        + r" (?:suffer|bleed|die|pay in blood)\b",
    ),
    _shape(
        "threat",
        r"\b(?:cut|slit|snap|break|wring|crush) (?:the )?(?:throats?|necks?|heads?) of "
        + _DET + _PEOPLE + r"|\b(?:cut|slit|snap|break|wring|crush) (?:your|his|her|their|those|"
        r"these|that|the|its)(?: " + _GROUP_ADJ + r")? (?:throats?|necks?|skulls?)",
    ),
    _shape(
        "threat",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r" (?:should|must|ought to|need to|needs to|"
        r"deserve to|deserves to|have to|has to|would|will|can|could)(?: all| just| really)* "
        r"(?:be |get |all be )?(?:" + _HARMED + r"|dead|die|suffer|rot|burn|hang|wiped out|"
        r"put down|gassed|shot)\b",
    ),
    _shape(
        "threat",
        r"\b(?:love|like|want|wish|hope|glad|happy) to see " + _DET + _PEOPLE + r" "
        r"(?:suffer|die|burn|hang|rot|dead|killed|beaten|raped|shot|hurt)\b",
    ),
    _shape(
        "threat",
        r"\b(?:i|we) hope (?:he|she|they|" + _PEOPLE_BARE + r") "
        r"(?:die|dies|rot|rots|burn|burns|get|gets|got)(?: (?:raped|killed|shot|cancer|hit|run "
        r"over|stabbed|beaten))?\b",
    ),
    _shape(
        "threat",
        r"\b(?:better off|be better|safer) (?:if|without) " + _DET + _PEOPLE
        + r"(?:(?: [a-z']+){0,3} (?:were|was|are|got|get) (?:all )?(?:" + _HARMED
        + r"|dead|gone|wiped out))?",
    ),
    _shape(
        "threat",
        r"\b(?:someone|somebody|anyone|everyone|people|they|you|we) (?:should|could|would|must|"
        r"ought to|needs to|need to)(?: just| really| finally)* (?:" + _HARM + r") (?:the (?:necks|"
        r"throats|heads) of )?" + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:best|better|good idea|interest|only way|time) to (?:just )?(?:" + _HARM
        + r"|get rid of|wipe out) " + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:" + _HARMING + r") " + _DET + _PEOPLE + _LIKE_YOU + r" (?:should|must|would) "
        r"(?:not be (?:a crime|illegal|punished)|be (?:legal|allowed|decriminalised|"
        r"decriminalized|encouraged|fine|ok|okay))",
    ),
    _shape(
        "threat",
        r"\b(?:death|execution|extermination|genocide|the gas chamber|a bullet) (?:to|for|is the "
        r"(?:only |best |final )?(?:solution|answer) (?:for|to)) " + _DET + _PEOPLE,
    ),
    _shape("threat", r"\b(?:let's|lets|let us) (?:just )?(?:get rid of|" + _HARM + r") "
           + _DET + _PEOPLE),
    _shape("threat", r"\b(?:in a just world|ideally),? " + _DET + _PEOPLE
           + r"(?: [a-z']+){0,3}? (?:would|should) (?:all )?(?:be )?(?:dead|" + _HARMED + r")\b"),
    _shape("threat", r"\b(?:kill|hang|shoot) (?:yourself|yourselves|urself)\b|\bkys\b|"
           r"\bgo (?:and )?die\b|\bdrop dead\b"),
)  # fmt: skip

NEEDED = frozenset().union(*(shape.needs for shape in SHAPES))
# For each word some shape needs, the shapes (their indices) that need it.
SHAPES_NEEDING = {
    word: [index for index, shape in enumerate(SHAPES) if word in shape.needs] for word in NEEDED
}
# Words whose presence makes a sentence worth reading closely: offensive words, and the words
# some statement shape needs, in any spelling that reads as them.
SUSPECT = (
    frozenset(LEX)
    | frozenset(w for pair in lx.PAIRS for w in pair[1:])
    | NEEDED
    | frozenset(k for k, v in CANON.items() if v in NEEDED)
)

# Idioms a shape may read as a threat: "don't shoot the messenger", "this heat will kill me".
IDIOMS = re.compile(
    r"\b(?:shoot|kill) the messenger\b|\bshoot (?:you|him|her|them|me) (?:a|an) |\bkill time\b"
    r"|\bkill(?:s|ed)? (?:me|it)\b|\bhang (?:out|on|around|up)\b"
)
