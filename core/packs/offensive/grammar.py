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
from dataclasses import dataclass, replace
from sys import intern

from ...matchers import alternation, word_set
from ...matchers.trie import compile_factored
from . import lexicon as lx
from .forms import CANON, GROUP_MARKS, LEX, TRIGGER_WORDS

# The group slots. The reader marks the words of the lexicon's group lists by a set lookup
# before the group shapes run (``forms.GROUP_MARKS``): a group noun with its first letter in
# capitals, a group adjective with its last ("Women_p", "polisH", "MusliM" for both), so that a
# pattern matches the mark, not the lists spelled out (a list of 150 words inside 46 patterns
# kept the compiled patterns at the engine's memory budget). Only those shapes read the marked
# line: ``_shape`` lets their other words take capitals (``_cased``).
_GROUP_ADJ = r"[a-zA-Z-]{0,39}[A-Z]"
# The same where a space follows it: a word of letters and hyphens ending in a capital, read
# whole at once (possessive, then its last letter checked) instead of given back a letter at a
# time in search of a capital before the space, at every word of a long line. Only one end is
# possible (the word's, before its space), so the matches are the same.
_GROUP_ADJ_WORD = r"[a-zA-Z-]{1,40}+(?<=[A-Z])"
_GROUP_NOUN = r"[A-Z][a-zA-Z-]{0,39}"
# The contempt slot: a word of ``lexicon.CONTEMPT_PREDICATES``, which the reader marks, for the
# shapes holding this slot only, with its second letter in capitals ("lAzy", "sCammers").
_CONTEMPT_WORD = r"[a-z][A-Z][a-zA-Z'-]{0,38}"
_DEROGATORY = alternation(lx.DEROGATORY)
_DEHUMANISING = alternation(lx.DEHUMANISING)
_DEROGATORY_OR_DEHUMANISING = alternation(lx.DEROGATORY + lx.DEHUMANISING)

_ADVW = (
    r"(?:really|truly|absolutely|utterly|completely|totally|simply|just|so|such|all|only|"
    r"always|still|even|honestly|seriously|literally|genuinely|definitely|certainly|clearly|"
    r"frankly|actually|downright|practically|essentially|virtually|"
    r"obviously|probably|basically|pretty|very|most|more|the|a|an|one|of|complete|total|"
    r"absolute|utter|pure|common|human|lesser|massive|big|dirty|disgusting|bloody|fucking|"
    r"nothing but|nowt but|naught but|nothing more than|no better than|without a doubt|"
    r"without exception|by nature|kind of|sort of|"
    r"type of|bunch of|lot of|load of|waste of|a danger to|as|that|too|damn|bunch|"
    r"worst kind of|really are|are all|all just|are just|are so|like)"
)
# Runs of modifiers, determiners and adjectives are bounded, not "*": unbounded, a long run of
# them ("the the the ...") would make every shape quadratic in the sentence's length.
_ADVS = r"(?:" + _ADVW + r" ){0,6}"
# "<people>", with up to two words before a people noun ("traffic wardens", "the next cyclist").
_GROUP = (
    r"(?:(?:" + _GROUP_ADJ_WORD + r") ){1,4}" + alternation(lx.GROUP_HEADS) + r"(?:_p)?"
    + r"|" + _GROUP_NOUN + r"(?:'s|')?(?:_p)?"
)  # fmt: skip
# Up to three words, the last a word for people ("the agency nurse_p"): "(?:<word> ){0,2}<word>_p"
# written so that each word is read once. Its words hold no "_" and those before the last are
# followed by a space, so only one count of words can match at a place (that of the first word
# tagged "_p" in reach): trying one count after another, the pattern read the same words up to
# three times over at every word of a line. The first two may not be a negation ("no", "not",
# "never", "nor" and a space: a tagged word cannot be one, so it is asked of each word read).
_TAGGED = r"[a-z'-]{1,40}+(?:_p| [a-z'-]{1,40}+(?:_p| [a-z'-]{1,40}+_p))"
_TAGGED_TRIED = r"(?:[a-z'-]{1,40} ){0,2}[a-z'-]{1,40}_p"  # as shapes write it (``_shape``)
_NOT_NEGATION = r"(?!(?:no|not|never|nor) )"
_TAGGED_UNDENIED = (
    _NOT_NEGATION + r"[a-z'-]{1,40}+(?:_p| " + _NOT_NEGATION + r"[a-z'-]{1,40}+(?:_p| "
    r"[a-z'-]{1,40}+_p))"
)
_PEOPLE_BARE = (
    # Words for people are tagged "_p" before the shapes run (see _read_sentence), which keeps
    # these patterns small and quick.
    # Words are at most 40 letters: unbounded, one long run of letters and apostrophes would make
    # the scan quadratic.
    _GROUP + r"|" + _TAGGED_UNDENIED + r"|" + alternation(lx.TARGET_PRONOUNS)
)  # fmt: skip
_PEOPLE = r"(?P<tgt>" + _PEOPLE_BARE + r")"
# A word between the writer and a harm that is not a negation: "I want to hurt him", not "I
# don't want to hurt him" or "we would never hurt them".
_UNDENIED = (
    r"(?: (?!(?:not|never|no|don't|didn't|doesn't|won't|wouldn't|can't|couldn't|shouldn't|"
    r"mustn't|cannot)\b)[a-z']+)"
)
# For a threat by the writer, "them" too: "I'll kill them all" is a threat whoever they are.
THREAT_THEM = ("them", "them all", "em")
_PEOPLE_OR_THEM = r"(?P<tgt>" + _PEOPLE_BARE + r"|them(?: all)?\b|em\b)"
# A target that is the subject of a statement: pronouns "they"/"them" are left out (what they
# refer to is unknown: "vegan dishes... most of them are disgusting").
_DET = (
    r"(?:(?:all|every|any|those|these|the|that|this|some|a|an|of|kinds|kind|sorts|next|such|"
    r"single|other|more|many|most|your|their|his|her|our|common|last|one|each) ){0,6}"
)
_LIKE_YOU = r"(?: like (?:you|that|them|this|us))?"
_COPULA = (
    r"(?:are|is|am|was|were|be|being|been|i'm|you're|they're|he's|she's|'re|'s|r|"
    r"can be|can't help (?:themselves|yourself|yourselves|himself|herself) but be|"
    r"can't stop (?:themselves|yourself|yourselves|himself|herself) from being|will always be|"
    r"act like|behave like|look like|seem|seems|become|that is|who is|who are|that are|"
    r"'s nature to be|' nature to be|nature to be|can all be|will never be anything but) "
)
_NEG = (
    r"(?:" + _GROUP_ADJ_WORD + r" |(?:stray|wild|rabid|caged|starving|mangy|hungry|filthy) )?"
    r"(?P<neg>" + _DEROGATORY_OR_DEHUMANISING
    + r"|lesser beings|lesser humans|lower life forms|second class citizens|"
    r"overgrown (?:toddlers|babies|children|kids)|"
    r"a danger|a threat|a menace|a liability|a disgrace|a law unto themselves)(?:_p)?"
    r"(?: (?:and|&) " + _DEROGATORY + r")?"
)  # fmt: skip
_HARM = alternation(lx.HARM_VERBS)
_HARMED = alternation(lx.HARM_PAST)
_HARMING = alternation(lx.HARM_ING)
_HATE = alternation(lx.HATE_VERBS)
# After a derogatory adjective only these may follow: it must describe the target, not a thing.
_NEG_END = (
    r"(?= (?:people_p|person_p|people|person|ones|one|creatures|beings|human|humans|on|in|of|"
    r"to|and|or|like|"
    r"as|for|but|at|than|because|who|that|with|without|everywhere|by|full|sat|sitting|lying|"
    r"stuck|parked|left|round|around|anyway|really|honestly|from|waiting|when|after|every|,)\b"
    r"| ?$| ?,)"
)


# What may follow the people a statement is about: "the residents on the dementia unit are...".
# (a place or a group: "on the dementia unit"; a clause: "we look after", "who come in"; what
# they do: "clogging up a&e").
_POSTMOD = (
    r"(?: (?:(?:with|in|from|on|at|down|up|over|of|who|that|we|i|you|outside|near|round|around|"
    r"by|behind|beside|opposite|across|along|past|off|under)"
    r" [a-z'_-]+|[a-z]+ing)"
    r"(?: [a-z'_-]+){0,4})?"
)


@dataclass(frozen=True)
class Shape:
    """A statement shape: a pattern over a sentence's words in dictionary form, one space apart."""

    kind: str  # "threat", "dehumanising", "feeling" or "statement"
    regex: re.Pattern[str]
    # Whether the pattern reads the line with group words marked (a group slot in it).
    marked: bool
    needs: frozenset[str]  # the shape is tried only on sentences holding one of these words
    # And only on sentences holding a word of each of these sets, as runs of letters of its line
    # ("you'll" holds "you" and "ll"): words every match of the pattern has, so that a sentence
    # with an everyday word of ``needs`` ("should", "lives", "sorry") costs no scan.
    also: tuple[frozenset[str], ...] = ()
    # Whether the pattern reads the line with contempt words marked too (``_CONTEMPT_WORD``).
    contempt: bool = False

    def may_match(self, letter_runs: frozenset[str] | set[str]) -> bool:
        """Whether a line whose runs of letters are ``letter_runs`` can hold a match."""
        return all(not letter_runs.isdisjoint(words) for words in self.also)


_LETTER_RUNS = re.compile(r"[a-z]+")
# A word of a pattern ("[a-z'-]{1,40}") that a space or "_p" follows: neither is in its class, so
# giving back letters cannot let the match go on, and the word is read possessive ("{1,40}+"):
# on a long line, a word tried at every position is then read once, not once per letter.
_WHOLE_WORD = re.compile(r"\[a-z'-\]\{1,40\}(?=[ _])")


def _shape(
    kind: str, pattern: str, needs: tuple[str, ...] = (), also: tuple[str, ...] = ()
) -> Shape:
    """A shape, tried on sentences holding one of ``needs``; by default the words of the pattern
    that are trigger words (the words of its target, people and groups, do not count).

    ``also``: spaced sets of words, each of which a match must hold one of (see ``Shape.also``);
    each word must stand in the pattern as a word of its own.
    """
    if not needs:
        bare = pattern.replace(_PEOPLE_BARE, " ").replace("\\b", " ")
        needs = tuple(frozenset(map(intern, re.findall(r"[a-z][a-z'-]*", bare))) & TRIGGER_WORDS)
    gates = tuple(map(word_set, also))
    # Checked on the pattern's runs of letters ("throats?" holds "throats", so "throat" too):
    # one scan, no pattern compiled per word.
    runs = set(_LETTER_RUNS.findall(pattern.replace("\\b", " ")))
    for word in sorted(frozenset().union(*gates)):
        if word not in runs and word + "s" not in runs:
            raise ValueError(f"{word!r} gates a shape whose pattern does not hold it")
    needed = _shared(frozenset(needs))
    pattern = _WHOLE_WORD.sub(r"\g<0>+", pattern.replace(_TAGGED_TRIED, _TAGGED))
    marked = "[A-Z]" in pattern
    contempt = _CONTEMPT_WORD in pattern
    if marked:
        pattern = _cased(pattern)
    return Shape(
        kind, compile_factored(pattern), marked, needed, tuple(map(_shared, gates)), contempt
    )


# A pattern's classes of letters ("[a-z'-]", "[^a-z]"), which take a marked group word's capitals
# too, and its words that are group words ("speak english", "from abroad", the heads "men",
# "women"), which must match one whatever the case of its mark.
_LOWER_CLASS = re.compile(r"\[(\^?)a-z(?!A-Z)")
_GROUP_LITERAL = re.compile(
    r"(?:(?<=\\b)|(?<![a-zA-Z\\-]))(?:"
    + "|".join(sorted(frozenset(lx.GROUP_NOUNS + lx.GROUP_ADJECTIVES), key=lambda w: (-len(w), w)))
    + r")(?![a-zA-Z]|\\-|-)"
)


def _cased(pattern: str) -> str:
    pattern = _LOWER_CLASS.sub(r"[\1a-zA-Z", pattern)
    return _GROUP_LITERAL.sub(lambda m: "(?i:" + m.group(0) + ")", pattern)


# One frozenset for every shape whose needs (or gate) are the same words: several shapes need all
# the derogatory words, which need not be held once per shape.
_SETS: dict[frozenset[str], frozenset[str]] = {}


def _shared(words: frozenset[str]) -> frozenset[str]:
    return _SETS.setdefault(words, words)


SHAPES: tuple[Shape, ...] = (
    # --- feelings about people --------------------------------------------------------------
    _shape(
        "feeling",
        r"\b(?:i|we) " + _ADVS + r"(?:" + _HATE + r"|can't stand|cannot stand|"
        r"can not stand|have no time for|am sick of|'m sick of|am tired of) " + _DET + _PEOPLE,
        also=("i we", "hate despise loathe detest abhor resent stand time sick tired"),
    ),
    _shape(
        "feeling",
        r"\b(?:hatred|disdain|contempt|scorn|disgust|loathing|hate) (?:i feel |i have )?"
        r"(?:for|towards|toward) " + _DET + _PEOPLE, also=("for towards toward",),
    ),
    _shape(
        "feeling",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: [a-z']+){0,6}? (?:disgust|disgusts|"
        r"sicken|sickens|repulse|repulses) me\b", also=("me",),
    ),
    _shape(
        "feeling",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: [a-z']+){0,6}? (?:make|makes|fill|fills) "
        r"me (?:so |really |feel |with |so much |such )*(?:sick|furious|angry|mad|ill|rage|"
        r"hatred|disgust|disgusted|vomit|puke)\b", also=("me",),
    ),
    _shape(
        "feeling",
        r"\b(?:sick|tired) of (?:being around |seeing |hearing |all )?" + _DET + _PEOPLE,
        also=("of",),
    ),
    _shape(
        "feeling",
        r"\b(?:disgusted|sickened|repulsed) by " + _DET + _PEOPLE, also=("by",),
    ),
    _shape(
        "feeling",
        r"\bnothing (?:in the world )?(?:is )?(?:worse|more disgusting|more pathetic|lower) "
        r"than " + _DET + _PEOPLE, also=("nothing", "than"),
    ),
    # --- statements about people ------------------------------------------------------------
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + _POSTMOD + r" "
        + _ADVS + _COPULA + _ADVS + _NEG
        + _NEG_END,
        also=("are is am was were be being been m re s like seem seems become",),
    ),
    _shape(
        "statement",
        r"\b(?:only|typical of) " + _DET + _PEOPLE + r" (?:can |could |would |are |is )?"
        r"(?:be |to be )?(?:so |that |such |as )?" + _ADVS + r"" + _NEG + _NEG_END,
        also=("only typical",),
    ),
    _shape(
        "statement",
        r"\b(?:as|so) (?P<neg2>" + _DEROGATORY + r") as " + _DET + _PEOPLE, also=("as",),
    ),
    _shape(
        "statement",
        r"\b(?P<tgt>you|he|she)(?:'re|'s) " + _ADVS + _NEG + _NEG_END,
        also=("re s",),
    ),
    # "they're just vegetables", "half of them on nights are cabbages".
    _shape(
        "dehumanising",
        r"\b(?:they're|(?:they|them|half of them|most of them|some of them|all of them|them lot|"
        r"that lot|the lot of them|the ones|those ones|these ones)(?: (?:on|in|at|down|up|from) "
        r"[a-z'_-]+(?: [a-z'_-]+){0,2})? "
        r"(?:are|were|r)) " + _ADVS + r"(?P<neg>" + alternation(lx.DEHUMANISING_OF_THEM) + r")\b",
        lx.DEHUMANISING_OF_THEM,
        also=("they them lot", "are were r re"),
    ),
    _shape(
        "dehumanising",
        r"\b(?:as far as i'm concerned |in my opinion |i think |i believe )?"
        r"(?P<tgt>(?:" + _GROUP_ADJ + r"|your|his|her|their|my|our) "
        r"(?:lives|life)|[a-z]+s' lives) (?:are|is|aren't|isn't) (?:worth )?(?:absolutely |"
        r"literally |just |completely )?(?P<neg>nothing|worthless|shit|not worth anything|"
        r"worth nothing|dirt)\b",
        also=("lives life", "are is aren isn", "nothing worthless shit anything dirt"),
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:are|is) (?:ruining|destroying|infesting|invading|"
        r"polluting|poisoning|taking over) ", also=("are is",),
    ),
    _shape(
        "statement",
        r"\b(?:swarms|hordes|plague|infestation) of " + _PEOPLE + r" (?:are )?", also=("of",),
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,3}? (?:will|would|is going to|are going to) "
        r"(?:ruin|destroy|poison|wreck) (?:our|this|the) ", also=("our this the",),
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:have|has) no place (?:in|on|among) ",
        also=("no", "in on among"),
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:don't|do not|doesn't|does not) belong (?:in|on|here|among) ",
        also=("in on here among",),
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,4}? (?:is|are|will be|would be) (?:a |an )?"
        r"(?:real |serious |huge |massive )?(?P<neg>danger|threat|menace|disaster|curse|blight|"
        r"burden|drain|stain) (?:to|for|on) ", also=("to for on",),
    ),
    _shape(
        "statement",
        r"\b(?:my|a|the|our) (?:dog|cat|pet|hamster|goldfish|rabbit|parrot) (?:is|are) "
        r"(?:smarter|cleverer|more intelligent|worth more|more useful) than " + _DET + _PEOPLE,
        also=("than",),
    ),
    _shape(
        "statement",
        r"\brather (?:have|get|catch|eat|die of|be dead than|die)(?: [a-z']+){0,3}? than "
        r"(?:be |being |go |live |sit )?(?:anywhere )?(?:near|around|with|next to) " + _DET
        + _PEOPLE, also=("rather", "than"),
    ),
    _shape(
        "statement",
        r"\b(?:" + _GROUP_ADJ + r" )?(?P<neg>" + _DEHUMANISING
        + r") like (?P<tgt>you|him|her|them|" + _GROUP_NOUN + r")\b", also=("like",),
    ),
    # --- threats and wishes of harm ---------------------------------------------------------
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll|i'm|we're|i'd|we'd)" + _UNDENIED + r"{0,5}? (?:will|shall|"
        r"am going to|are going to|going to|'ll|want to|wanna|would love to|'d love to|have to|"
        r"need to|intend to|plan to|about to|should|must|gonna|will keep|keep|to) (?:just |really |"
        r"finally |all |happily |gladly |personally )*(?:"
        + _HARM + r"|" + _HARMING + r"|get rid of|wipe out|cut|slit|snap) "
        + _DET + _PEOPLE_OR_THEM, also=("i we",),
    ),
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll)" + _UNDENIED + r"{0,4}? " + _HARM + r" " + _DET + _PEOPLE_OR_THEM,
        also=("i we",),
    ),
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll|i'm|we're)" + _UNDENIED + r"{0,5}? make " + _DET + _PEOPLE
        + r" (?:suffer|bleed|die|pay in blood)\b", also=("i we", "make"),
    ),
    _shape(
        "threat",
        r"\b(?:cut|slit|snap|break|wring|crush) (?:the )?(?:throats?|necks?|heads?) of "
        + _DET + _PEOPLE + r"|\b(?:cut|slit|snap|break|wring|crush) (?:your|his|her|their|those|"
        r"these|that|the|its)(?: " + _GROUP_ADJ + r")? (?:throats?|necks?|skulls?)",
        ("throat", "throats", "neck", "necks", "head", "heads", "skull", "skulls"),
        also=("throat throats neck necks head heads skull skulls",),
    ),
    _shape(
        "threat",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r" (?:should|must|ought to|need to|needs to|"
        r"deserve to|deserves to|have to|has to|would|will|can|could)(?: all| just| really)* "
        r"(?:be |get |all be )?(?:(?:rounded|lined|locked) up and )?"
        r"(?:" + _HARMED + r"|dead|die|suffer|rot|burn|hang|wiped out|"
        r"put down|gassed|shot)\b",
        also=("should must ought need needs deserve deserves have has would will can could",),
    ),
    _shape(
        "threat",
        r"\b(?:love|like|want|wish|hope|glad|happy) to see " + _DET + _PEOPLE + r" "
        r"(?:suffer|die|burn|hang|rot|dead|killed|beaten|raped|shot|hurt)\b", also=("see", "to"),
    ),
    _shape(
        "threat",
        r"\b(?:i|we) hope (?:he|she|they|" + _PEOPLE_BARE + r") "
        r"(?:die|dies|rot|rots|burn|burns|get|gets|got)(?: (?:raped|killed|shot|cancer|hit|run "
        r"over|stabbed|beaten))?\b", also=("hope",),
    ),
    _shape(
        "threat",
        r"\b(?:better off|be better|safer) (?:if|without) " + _DET + _PEOPLE
        + r"(?:(?: [a-z']+){0,3} (?:were|was|are|got|get) (?:all )?(?:" + _HARMED
        + r"|dead|gone|wiped out))?", also=("if without",),
    ),
    _shape(
        "threat",
        r"\b(?:someone|somebody|anyone|everyone|people|they|you|we) (?:should|could|would|must|"
        r"ought to|needs to|need to)(?: just| really| finally)* (?:" + _HARM + r") (?:the (?:necks|"
        r"throats|heads) of )?" + _DET + _PEOPLE,
        also=("should could would must ought needs need",),
    ),
    _shape(
        "threat",
        r"\b(?:best|better|good idea|interest|only way|time) to (?:just )?(?:" + _HARM
        + r"|get rid of|wipe out) " + _DET + _PEOPLE, also=("to",),
    ),
    _shape(
        "threat",
        r"\b(?:" + _HARMING + r") " + _DET + _PEOPLE + _LIKE_YOU + r" (?:should|must|would) "
        r"(?:not be (?:a crime|illegal|punished)|be (?:legal|allowed|decriminalised|"
        r"decriminalized|encouraged|fine|ok|okay))", also=("should must would", "be"),
    ),
    _shape(
        "threat",
        r"\b(?:death|execution|extermination|genocide|the gas chamber|a bullet) (?:to|for|is the "
        r"(?:only |best |final )?(?:solution|answer) (?:for|to)) " + _DET + _PEOPLE,
        also=("death execution extermination genocide chamber bullet",),
    ),
    _shape("threat", r"\b(?:let's|lets|let us) (?:just )?(?:get rid of|" + _HARM + r") "
           + _DET + _PEOPLE, also=("let lets",)),
    _shape("threat", r"\b(?:in a just world|ideally),? " + _DET + _PEOPLE
           + r"(?: [a-z']+){0,3}? (?:would|should) (?:all )?(?:be )?(?:dead|" + _HARMED + r")\b",
           also=("world ideally",)),
    _shape("threat", r"\b(?:kill|hang|shoot) (?:yourself|yourselves|urself)\b|\bkys\b|"
           r"\bgo (?:and )?die\b|\bdrop dead\b", also=("yourself yourselves urself kys go drop",)),
)  # fmt: skip

# --- name-calling, threats without harm words, dehumanising terms, group stereotypes ------------
# (the issue-14 kinds: insults with no swear word, veiled threats, people as blockers or goods)

_P = r"(?:_p)?"
_INS_ADJ = alternation(lx.INSULT_ADJECTIVES)
_INS_ADJ_ONLY_WORDS = tuple(w for w in lx.INSULT_ADJECTIVES if w not in lx.DEROGATORY)
_INS_ADJ_ONLY = alternation(_INS_ADJ_ONLY_WORDS)
_INS_MOD = alternation(lx.INSULT_ADJECTIVES + lx.INSULT_INTENSIFIERS)
_INS_NOUN = alternation(lx.INSULT_NOUNS)
_FIG = alternation(lx.FIGURATIVE_INSULTS)
# A name: an insult noun, with any modifiers; an animal or figure word only with one at least
# ("a dirty cow", "a right wee weasel"), since "the cows" alone are cows.
# "Little" and "old" may stand before the noun of a name ("a greedy little weasel", "a grumpy old
# git"), but do not make an animal word a name by themselves ("the old goat at the farm").
_SOFT = r"(?:(?:little|old|wee|auld) )?"
# A person called by an insulting word: "a vile old man", "you stupid old woman", "useless fellow".
_PERSON = r"(?:[a-z'-]{1,40}_p|" + alternation(lx.PERSON_HEADS) + r")"
_NAME = (
    # An insult noun is one whatever adjective comes before it: "an ill-mannered oaf".
    r"(?:(?:" + _INS_MOD + r") (?:, )?){0,4}(?:[a-z-]{1,40} )?" + _SOFT + _INS_NOUN + _P
    + r"|(?:(?:" + _INS_MOD + r") (?:, )?){1,4}" + _SOFT + r"(?:" + _FIG + r"|get)" + _P
    + r"|(?:(?:" + _INS_MOD + r") (?:, )?){0,2}(?:" + _INS_ADJ + r") (?:, )?" + _SOFT
    + _PERSON
    + r"|(?:(?:" + _INS_MOD + r") (?:, )?){0,2}(?:old|auld) " + alternation(lx.OLD_NAMES) + _P
)  # fmt: skip
# A name ends its phrase: "what a clown our manager is", not "what a donkey sanctuary".
_NAME_END = (
    r"(?= (?:our|your|his|her|their|that|this|the|he|she|you|they|is|was|are|in|on|at|of|"
    r"from|who|whoever|and|down|up|with|for|i|if|when|man|mate|pal|honestly|again|always|lol|"
    r"so|but|cos|because|today|tonight|fae|frae|wi|over|off|round|there|here|honest|tbh|though|"
    r"anyway|now|too|by|sometimes|lately|these|those|don't|never|haha|ffs|innit|,)(?:_p)?\b"
    r"| ?$| ?,)"
)
_BE = r"(?:\b(?:is|are|was|were|be|being)|'s|'re)(?:_p)? "
_NAME_NEEDS = lx.INSULT_NOUNS + lx.INSULT_ADJECTIVES
_FIG_NEEDS = lx.FIGURATIVE_INSULTS

NAME_SHAPES = (
    # "the deputy's a gormless article", "her son is a prize idiot" (not "I'm an idiot": the
    # reader drops names said by the writer of themselves).
    _shape("name", _BE + r"(?:just |all |really |such |so |basically |nothing but |an? |the |"
           r"most |biggest |worst |"
           r"some size of )*"
           r"(?:" + _NAME + r")" + _NAME_END, _NAME_NEEDS + _FIG_NEEDS,
           also=("is are was were be being s re",)),
    # "our coordinator is snake", "he's a rat": said of a person, a bare animal word.
    # After "'s" a word must come between ("she's a rat", "he's such a snake"): "the resident's
    # bag" owns a bag.
    _shape("name_of_person", r"(?:\b(?:is|are|was|were|be|being)|'re)(?:_p)? (?:just |all |really |"
           r"such |so |an? )*(?:" + _FIG + r")" + _P + _NAME_END + r"|'s(?:_p)? (?:just |all |"
           r"really |such |so |an? )+(?:" + _FIG + r")" + _P + _NAME_END, _FIG_NEEDS,
           also=("is are was were be being s re",)),
    # "you spineless weasel", "you muppet".
    _shape("name", r"\byou (?:(?:" + _NAME + r")|(?:" + _FIG + r")" + _P + r")" + _NAME_END,
           _NAME_NEEDS + _FIG_NEEDS, also=("you",)),
    # "what a clown our area manager is".
    _shape("name", r"\bwhat (?:a|an) (?:(?:" + _NAME + r")|(?:" + _FIG + r")" + _P + r")"
           + _NAME_END, _NAME_NEEDS + _FIG_NEEDS, also=("what",)),
    # "that halfwit in payroll", "absolute imbecile in the pharmacy".
    _shape("name", r"\b(?:that|this|the|those|these|them|some|our|ar|yon|your|his|her|their|"
           r"absolute|complete|total|utter|proper|right|prize|bloody|fucking)(?: (?:two|three|"
           r"four|both|pair of|couple of|lot of))? (?:(?:" + _INS_MOD + r") ){0,3}" + _SOFT
           + _INS_NOUN + _P + _NAME_END, lx.INSULT_NOUNS),
    # "that cow on reception", "the witch in the office": a figure word for a person placed by
    # where they work (not "the rat in the office", a pest, nor "the cow in the field").
    _shape("name", r"\b(?:that|this|the|them|yon) (?:cow|cows|witch|witches|snake|snakes|weasel|"
           r"clown|clowns|muppet|muppets|hag|mare|toad|trout|dragon|harpy|battleaxe|shrew|viper|"
           r"jobsworth|jobsworths) (?:on|in|from|at|behind) (?:the )?(?:reception|front desk|desk|"
           r"office|offices|payroll|hr|switchboard|phones|admin|rota|rotas|finance|accounts|"
           r"surgery|council|agency|helpdesk|help desk)\b",
           ("reception", "desk", "office", "offices", "payroll", "hr", "switchboard", "phones",
            "admin", "rota", "rotas", "finance", "accounts", "surgery", "council", "agency",
            "helpdesk"),
           also=("cow cows witch witches snake snakes weasel clown clowns muppet muppets hag mare "
                 "toad trout dragon harpy battleaxe shrew viper jobsworth jobsworths",)),
    # An exclamation that names someone: "Absolute clipboard goblin, counted the teaspoons",
    # "total muppet." (a figurative word, with at most one word before it).
    _shape("name", r"^(?:an? )?(?:absolute|complete|total|utter|proper|prize) (?:[a-z'-]{1,40} )?"
           r"(?:" + _FIG + r")" + _P + r"(?= ?$| ?,)", _FIG_NEEDS,
           also=("absolute complete total utter proper prize",)),
    # "waste of oxygen, that one", "a poor excuse for a nurse", "thick as mince": in any frame.
    _shape("name", r"\bwaste of (?:oxygen|skin|a uniform)\b|\b(?:poor|pathetic|"
           r"sorry|useless|piss-poor) excuse for an? (?:(?:[a-z'-]+ )?[a-z'-]+_p|human being|human|"
           r"person)"
           r"|\b(?<!as )(?<!is )(?<!'s )(?<!are )(?<!was )(?<!be )(?:thick|dumb|daft|stupid) as "
           r"(?:mince|shit|pigshit|a brick|bricks|a plank|a post|a brush|a box of rocks|they come|"
           r"two short planks)\b", ("waste", "excuse", "thick", "dumb", "daft", "stupid"),
           also=("oxygen skin uniform excuse as",)),
    # "the old witch in room 4", "that two-faced rat": an animal word with an insulting word.
    _shape("name", r"\b(?:that|this|the|those|these|them|our|ar|yon|your|his|her|their) (?:(?:"
           + _INS_MOD + r") ){1,3}" + _SOFT + r"(?:" + _FIG + r"|get)" + _P + _NAME_END
           + r"|\b(?:that|this|the|those|these|them|our|ar|yon|your|his|her|their) (?:(?:"
           + _INS_MOD + r") ){0,2}(?:old|auld) " + alternation(lx.OLD_NAMES) + _P + _NAME_END,
           _NAME_NEEDS + _FIG_NEEDS),
    # "a bunch of lazy gits", "a shower of useless eejits", "a pack of hyenas".
    _shape("name", r"\b" + alternation(lx.COLLECTIVES) + r" of (?:(?:" + _INS_MOD + r") ){0,3}"
           r"(?:" + _INS_NOUN + r"|" + _FIG + r")" + _P + r"|\b" + alternation(lx.COLLECTIVES)
           + r" of (?:(?:" + _INS_MOD + r") ){0,2}" + _INS_ADJ + r" (?:[a-z'-]+ )?[a-z'-]+_p",
           _NAME_NEEDS + _FIG_NEEDS,
           also=(" ".join(lx.COLLECTIVES), "of")),
    # "half the bank staff are thick as mince", "twp as a brush", "stupid like a goat".
    _shape("name_of_person", _BE + r"(?:so |as |all |just |really |a bit |about )*"
           + alternation(lx.SIMILE_ADJECTIVES) + r" (?:as|like)\b", lx.SIMILE_ADJECTIVES,
           also=("is are was were be being s re", "as like")),
    # "a very foolish woman", "she's a lazy, useless manager", "they're a greedy lot".
    _shape("name", _BE + r"(?:just |really |such |so |basically |an? |one )*(?:(?:" + _INS_MOD
           + r") (?:, )?){0,3}(?:" + _INS_ADJ + r") (?:[a-z'-]+_p|" + _GROUP_NOUN + r"|lot|bunch|"
           r"excuse for an? "
           r"[a-z'-]+)" + _NAME_END, lx.INSULT_ADJECTIVES,
           also=("is are was were be being s re",)),
    # "she's two-faced", "the new deputy is mardy and gobby": said of a person (the derogatory
    # words, "useless", "lazy", are read by the statement shapes, which leave "useless tonight").
    _shape("name_of_person", _BE + r"(?:just |really |so |such |totally |completely |absolutely |"
           r"utterly |bloody |fucking |dead |proper |that |too )*(?:" + _INS_ADJ_ONLY + r")(?: "
           r"(?:and|&|,) (?:" + _INS_ADJ + r"))?" + _NAME_END, _INS_ADJ_ONLY_WORDS,
           also=("is are was were be being s re",)),
    # "are you thick or just lazy?", "r u stupid?": a name put as a question to the reader.
    _shape("name", r"\b(?:are|r) (?:you|u|ye|yous) (?:just |really |actually |that |so |being "
           r"|completely |totally )?(?:" + _INS_ADJ + r")(?= ?$| or\b)", lx.INSULT_ADJECTIVES,
           also=("are r", "you u ye yous")),
    # "she's got one brain cell", "not the sharpest tool in the box", "a nasty piece of work".
    _shape("name", r"\b(?:one|two|a single|no) brain cells?\b|\bnot the (?:sharpest tool in the "
           r"(?:box|shed)|brightest (?:bulb|spark|crayon)(?: in the box)?)\b|\bsandwiches short of "
           r"a picnic\b|\bcouldn't organise a (?:piss-up|piss up|party) in a brewery\b|\bas much "
           r"use as a chocolate (?:teapot|fireguard)\b|\b(?:nasty|nasty little|horrible|vile) "
           r"piece of work\b|\bthick as two short planks\b|\bface like a (?:slapped|smacked) "
           r"(?:arse|ass|backside|bum|bottom|kipper|haddock|fish)\b|\bface like a bulldog "
           r"chewing a wasp\b", ("cell", "cells", "sharpest", "brightest", "sandwiches", "brewery",
           "teapot", "fireguard", "piece", "planks", "slapped", "smacked", "bulldog"),
           also=("brain sharpest brightest sandwiches brewery chocolate piece planks face",)),
    # "you've got the personality of a wet teabag", "he has the brains of a goldfish", "she's got
    # a head like a sieve": a person's mind or manner likened to a thing (not "the patience of a
    # saint", not said by the writer of themselves).
    _shape("name", r"\b(?:you've|you|u|he|she|they|he's|she's|they've|[a-z'-]{1,40}_p)(?: (?:have|"
           r"has|'s|'ve))?(?: got)? (?:all )?(?:the )?(?:(?:strategic|emotional|political|moral) )?"
           r"(?:personality|personalities|charisma|brains|brain|intelligence|iq|people skills|"
           r"social skills|bedside manner|attention span|common sense|work ethic|emotional range|"
           r"vision|empathy|tact|charm|warmth|judgement|judgment|backbone|spine|leadership|"
           r"leadership skills|communication skills|sense of direction|sense of humour|"
           r"sense of humor) of (?:a|an)\b"
           r"(?! (?:saint|genius|lion|angel|hawk|eagle|diplomat|champion|hero|professional)\b)"
           # Whoever has it, a person a few words before ("whoever wrote the rota has the brains
           # of a boiled egg", "a jobsworth with the brain of a goldfish", "you have brain of
           # small chicken"; not "the new unit has the personality of a car park"), or as the
           # sentence's first words ("Personality of a damp tea towel"): the reader drops it when
           # the writer has it ("I've got the brains of a used teabag today").
           r"|(?:\b(?:[a-z'-]{1,40}_p|whoever|who|anyone|one|you|u|he|she|they|management)"
           r"(?: [^ ]{1,40}){0,6}? (?:has|have|had|with|got) |^)"
           r"(?:all )?(?:the )?(?:(?:collective|emotional|"
           r"strategic|political|moral) )?(?:personality|charisma|brains|brain|intelligence|iq|"
           r"people skills|social skills|attention span|common sense|emotional range) of "
           r"(?:a|an|small)\b"
           r"(?! (?:saint|genius|lion|angel|hawk|eagle|diplomat|champion|hero|professional|"
           r"elephant|operation|team)\b)"
           r"|\b(?:you've|you|u|he|she|they|he's|she's|they've|[a-z'-]{1,40}_p)(?: (?:have|has|'s|"
           r"'ve))? got (?:a|the) (?:brain|head|memory) like (?:a|an)\b"
           r"(?! (?:elephant|sponge|computer|encyclopaedia|encyclopedia|steel trap)\b)",
           ("personality", "personalities", "charisma", "brains", "brain", "intelligence", "iq",
            "skills", "manner", "span", "sense", "ethic", "range", "head", "memory", "vision",
            "empathy", "tact", "charm", "warmth", "judgement", "judgment", "backbone", "spine",
            "leadership"),
           also=("of like",)),
    # "the agency girls are a waste of space".
    _shape("name_of_person", _BE + r"(?:just |such |a |an |complete |total |absolute |utter |"
           r"proper |right |real |bloody |massive |big )*waste of (?:space|oxygen|skin|air)\b",
           ("waste",),
           also=("is are was were be being s re", "space oxygen skin air")),
    # A person likened to a useless thing of the writer's own making: "he's as much use as a
    # paper kettle", "she's about as useful as a screen door on a submarine" (said of a person:
    # not "that app is about as useful as ...").
    _shape("name_of_person", r"\b(?:about |just )?as (?:much use|useful|helpful) as (?:a|an) "
           r"(?:[a-z'-]{1,40} )?(?!(?:and|that|but|or|to|in|on|for|with|who)\b)[a-z'-]{1,40}\b",
           ("use", "useful", "helpful"), also=("as",)),
    # Praise that mocks: "finally graced us with her presence", "another genius rota",
    # "congratulations to our director on discovering that care homes have residents".
    _shape("name", r"\b(?:finally|deigned to|decided to) (?:grace|graced|graces) us with "
           r"(?:her|his|their|your) (?:presence|company)\b"
           r"|\banother (?:genius|stroke of genius) (?:idea|plan|rota|decision|move|email|policy|"
           r"memo|initiative)\b"
           r"|\bcongratulations to (?:our|the|my|your) (?:[a-z'_-]{1,40} ){0,3}on (?:discovering|"
           r"noticing|realising|realizing|working out)\b",
           ("grace", "graced", "graces", "genius", "discovering", "noticing", "realising",
            "realizing", "working"),
           also=("finally deigned decided another congratulations",)),
)  # fmt: skip

_CAREFUL = (
    r"(?:wants|want|needs|need|had better|better|should) (?:to )?(?:be careful|be very careful|"
    r"watch (?:herself|himself|themselves|her back|his back|their back))"
)
_GRIEVANCE = (
    r"(?:grass|grassing|grasses|grassed|reported me|reports me|reporting me|reported us|grassed "
    r"me|grassed on me|grassed us|what (?:she|he|they) said about me)"
)
VEILED_THREATS: tuple[Shape, ...] = (
    # "they'll regret it", "you'll be sorry": not "you won't regret joining", "sorry to miss it".
    # "people who grass end up sorry": the same warning to whoever does a thing.
    _shape("threat", r"\b(?:you|he|she|they|you'll|he'll|she'll|they'll|you're|he's|she's|"
           r"they're|whoever|people(?:_p)?|anyone|anybody|those)(?: (?!(?:not|never|won't|wouldn't|"
           r"don't|doesn't)\b)[a-z']+){0,3}? "
           r"(?:regret (?:it|this|crossing [a-z]+|messing with [a-z]+)|be sorry|end up sorry)"
           r"(?= ?$| ?,| (?:mark|trust|i|just|mate|pal)\b)", ("regret", "sorry"),
           also=("you he she they whoever people anyone anybody those",
                 "it this crossing messing be end")),
    # "she wants to be careful, grassing on people", "the one who reported me wants to be
    # careful": care urged on someone for what they did to the writer (not "she wants to be
    # careful on the ice" or "in the car park", advice).
    _shape("threat", r"\b(?:he|she|they|he'd|she'd|they'd|(?:that|this|the) [a-z'-]+(?:_p)?)"
           r"(?: [a-z'-]+(?:_p)?){0,3}? " + _CAREFUL + r"(?: [^ ]{1,40}){0,10}? " + _GRIEVANCE
           + r"\b|\b" + _GRIEVANCE + r"(?: [a-z'-]+(?:_p)?){0,3}? " + _CAREFUL + r"\b",
           ("careful", "watch")),
    # "I know where she lives", "I know which car is his", "I've got your address".
    _shape("threat", r"\bi (?:know|found out) where (?:you|he|she|they|(?:the|your|his|her|their|"
           r"that) (?:[a-z'-]{1,40} )?(?:[a-z'-]{1,40}_p|mam|mum|mom|ma|dad|da|wife|husband|"
           r"missus|kids|bairns|son|daughter|family|nan|gran))(?: [a-z']+)? (?:live|"
           r"lives|work|works|park|parks|sleep|sleeps|stay|stays)\b(?! ?,? so\b)"
           # Not the place told straight after, a tip to others: "I know where the new deputy
           # parks now, round the back by the bins".
           r"(?! ?,? ?(?:now ?,? ?)?(?:round|around|behind|next to|opposite|near|by) "
           r"(?:the|a|an|our|his|her|their|my|your)\b)"
           r"|\bi know which (?:car|house|door) is (?:his|hers|yours|theirs)\b"
           r"|\bi know which (?:bus|train|car|house|door|street|road|school|gym|pub|shop) "
           r"(?:you|he|she|they) (?:get|gets|take|takes|catch|catches|finish|finishes|leave|"
           r"leaves|go|goes|drive|drives|park|parks)\b"
           r"|\b(?:i've|i have|i) got (?:your|you're|his|her|their) (?:home )?address"
           r"(?= ?$| ?,| (?:remember|now|mate|so|just)\b)", ("where", "which", "address"),
           also=("i", "know found got")),
    # "watch your back." (not "watch your back when you lift"), "sleep with one eye open".
    _shape("threat", r"\b(?:watch|mind) (?:your|you're) back(?= ?$| ?,| (?:mate|pal|hun|love|i|"
           r"from now|then)\b)|\bwatch (?:yourself|yourselves|themselves|himself|herself)(?= ?$| "
           r"?,)|\bsleep with one eye open\b"
           r"|\b(?:better|best) (?:watch out|keep (?:your|you're) (?:mouth|gob|trap) shut)\b",
           ("watch", "mind", "eye", "shut"),
           also=("back yourself yourselves themselves himself herself eye out shut",)),
    # "she won't be smiling for long", "he'll get what's coming to him", "make sure she pays".
    _shape("threat", r"\bwon't be (?:smiling|laughing|so smug|so cocky|so gobby|so mouthy|so "
           r"brave|so lippy)(?: for)? (?:long|much "
           r"longer)\b|\b(?:get|gets|getting) (?:what's|whit's|what is) (?:coming|comin) "
           r"(?:(?:to|tae) (?:him|her|you|them)\b|(?= ?$| ?,| (?:if|when|for)\b))|\bmake sure (?:"
           r"he|she|they|you) "
           r"(?:pays for (?:it|this|that)|suffers|regrets it)\b"
           r"|\b(?:he'll|she'll|they'll|you'll|(?:he|she|they|you) will) "
           r"pay for (?:it|this|that)\b(?! ?,? so\b)|\bif you know what's good for you\b",
           ("smiling", "laughing", "coming", "comin", "pays", "pay", "what's", "smug", "cocky",
            "gobby", "mouthy", "brave", "lippy", "suffers", "regrets")),
    # "next time it won't be words", "you've been warned", "I'd be careful ... if I were you".
    _shape("threat", r"\bnext time it won't be (?:just )?words\b|\bit won't be (?:just )?words "
           r"next time\b|^last warning\b|\byour (?:last|final) warning\b|\byou've been warned\b"
           r"|\bconsider yourself warned\b|\bi'd be careful(?: [a-z']+){0,8}? if i were you\b",
           ("words", "warning", "warned", "careful"), also=("won last final been yourself were",)),
    # "I'll be waiting for her after shift", "I will finish her", "smash his face in".
    _shape("threat", r"\b(?:i'll|i will|going to|i'm going to)(?: be)? (?:waiting|waitin|wait) for "
           r"(?:you|him|her|them)(?= ?$| ?,| (?:after|outside|in the car park|tonight)\b)"
           r"|\b(?:i'll|i will|going to) (?:finish|end) (?:you|him|her|them)(?= ?$| ?,)"
           r"|\b(?:smash|kick|punch|knock|bash|batter|cave|stove) (?:his|her|your|you're|their) "
           r"(?:face|head|teeth|skull) in\b",
           ("waiting", "waitin", "finish", "end", "face", "teeth", "skull"),
           also=("you him her them his your their",)),
    # "you're dead meat", "she needs a good slap", "I'll swing for her", "I'll lamp him"; "I'd
    # swing for that consultant", "ah'll swing fur that big eejit" (someone named, not "swing
    # for the fences").
    _shape("threat", r"\b(?:you're|he's|she's|they're|(?:you|he|she|they) (?:is|are)) (?:a )?"
           r"dead (?:meat|man|woman)\b|\b(?:needs|need|deserves|deserve|wants|could do with) "
           r"(?:a |a good |a proper )?(?:slap|slapping|smack|smacking|kicking|hiding|beating|"
           r"thump|battering|hammering)\b|\bswing (?:for|fur) (?:him|her|you|them|that|this|yon|"
           r"(?:the |her |his )?(?:[a-z'-]{1,40} ){0,2}[a-z'-]{1,40}_p)\b|\b(?:i'll|i will|"
           r"going to|i could) (?:lamp|deck|thump|chin|glass|floor|knock out) (?:him|her|you|"
           r"them)\b|\b(?:knock|punch) (?:his|her|your|you're|their) (?:block off|lights out)\b",
           ("dead", "slap", "slapping", "smack", "smacking", "kicking", "hiding", "beating",
            "thump", "battering", "hammering", "swing", "lamp", "deck", "chin", "glass", "floor",
            "block", "lights")),
    # "wait till I see her", "I'll make her life hell", "she won't know what hit her".
    _shape("threat", r"\bwait (?:till|until|til) i (?:see|get|catch|find) (?:you|him|her|them)\b"
           r"|\bmake (?:his|her|your|you're|their) life (?:hell|a misery|a living hell)\b"
           r"|\bwon't know what(?:'s)? (?:hit|happened to) (?:him|her|you|them|ye)\b"
           r"|\b(?:someone|somebody|someone's|somebody's) (?:is |will |'s )?(?:going to |gonna )?"
           r"get hurt\b|\bshame if (?:something|anything) (?:happened|was to happen|were to "
           r"happen) to\b",
           ("till", "until", "til", "hell", "misery", "hit", "hurt", "happened"),
           also=("wait life know get shame",)),
    # "burn that home down with the managers in it".
    _shape("threat", r"\bburn(?: [a-z']+){1,3} down with (?:the |those |these |all the )?"
           r"(?:[a-z'-]+ )?[a-z'-]+_p (?:in|inside)\b", ("burn",), also=("down",)),
    # "I'll teach her a lesson", "she'd better watch herself", "I'll get her sacked", "I will find
    # you".
    _shape("threat", r"\bteach (?:him|her|you|them) a lesson\b(?! (?:on|in|about|from)\b)"
           r"|\b(?:better|best) (?:watch|mind) (?:herself|himself|yourself|themselves|yourselves|"
           r"(?:his|her|your|their) back)\b(?! (?:on|when|with|near|around|going|lifting)\b)"
           r"|\b(?:wants|want|needs|need) to (?:watch|mind) (?:herself|himself|yourself|themselves|"
           r"yourselves|(?:his|her|your|their) back)(?= ?$)"
           r"|\b(?:i'll|i will|i'm going to|going to|gonna) (?:get|have) (?:him|her|you|them) "
           r"(?:sacked|fired|struck off|kneecapped)\b"
           r"|\bi(?:'ll| will) find (?:you|him|her|them)(?= ?$| ?,| (?:and|mate|i|trust)\b)",
           ("lesson", "herself", "himself", "yourself", "themselves", "yourselves", "sacked",
            "fired", "struck", "kneecapped", "find", "back"),
           also=("him her you them herself himself yourself themselves yourselves back",)),
    # "I'm coming for you." (not "I'm coming for you at 10"), "I know people", "you'll get yours".
    _shape("threat", r"\b(?:i'm|i am|we're|we are) coming (?:for|after) you(?= ?$)"
           r"|\b(?:you'll|she'll|they'll) get (?:yours|hers|theirs)\b"
           r"|\b(?:keep|start|be|always be) look(?:ing)? over (?:your|her|his|their) shoulder\b"
           r"(?! (?:when|while|as|before)\b)",
           ("coming", "yours", "hers", "theirs", "shoulder"),
           also=("you shoulder yours hers theirs",)),
    # Advice in the target's shoes: "if I was the new coordinator I'd keep an eye on my tyres",
    # "if I were her I'd check my windows at night" (not "... my car insurance").
    _shape("threat", r"\bif i (?:was|were|'m|am) (?:you|him|her|them|(?:[a-z'-]{1,40} ){0,2}"
           r"[a-z'-]{1,40}_p)(?: ,)? (?:i'd|i would) (?:keep an eye on (?:my|me|their|her|his|"
           r"your) (?:back|tyres|tyre|car|windows|window|doors|door|house|kids|drink)|(?:watch|"
           r"check|mind|lock) (?:my|me|their|her|his|your) (?:tyres|tyre|windows|window|doors))"
           r"(?= ?$| ?,| (?:from now|at night|after|just|mate|too)\b)",
           ("tyres", "tyre", "windows", "window", "eye", "doors"), also=("if", "were was am")),
    # "it'd be a shame if her tyres got slashed", "a brick through her window".
    _shape("threat", r"\bslash(?:ed)? (?:her|his|your|their) tyres\b|\btyres? (?:got |get |getting "
           r"|could get |might get |will get )?slashed\b|\bbrick through (?:her|his|your|their) "
           r"window\b|\bkey(?:ed)? (?:her|his|your|their) car\b"
           r"|\b(?:take|put|run) a key (?:to|down|along) (?:her|his|your|their) "
           r"(?:car|paintwork|motor)\b|\blet (?:her|his|your|their) tyres down\b",
           ("slash", "slashed", "brick", "key", "keyed", "tyres"),
           also=("tyres tyre window car paintwork motor",)),
    # "you'd better hope I never find out who it was".
    _shape("threat", r"\b(?:better|best) (?:hope|pray) (?:i|we) (?:never|don't|do not) (?:find "
           r"out|catch|see|find)\b", ("hope", "pray"), also=("better best", "never don")),
    # "I'll put her in hospital", "I'll knock him out", "make her pay".
    _shape("threat", r"\b(?:i'll|i will|i'm going to|going to|i could|i'd) put (?:him|her|you|"
           r"them) in (?:hospital|a&e|the ground|a box|a wheelchair)\b",
           ("hospital", "ground", "box", "wheelchair"), also=("him her you them",)),
    _shape("threat", r"\b(?:i'll|i will|i'm going to|going to|i could|i'd) (?:knock|smack|slap|"
           r"punch|thump|kick|belt|boot) (?:him|her|you|them) (?:out|into next week)\b"
           r"|\bmake (?:him|her|them|you) pay\b"
           r"(?! (?:for|back|a|the|them|him|her)\b)",
           ("knock", "pay", "week"), also=("him her you them",)),
    # "your days are numbered", "you don't know who you're messing with", "I'll rip her head off".
    _shape("threat", r"\b(?:your|his|her|their) days (?:are|r) numbered\b|\byou (?:don't|do not) "
           r"know who you're (?:messing|dealing) with\b|\b(?:rip|tear|knock) (?:his|her|your|"
           r"their) (?:head|face) off\b", ("numbered", "messing", "dealing", "rip", "tear"),
           also=("numbered with off",)),
    # "she'll be getting a visit", "he'll get a little visit from me": a call at someone's door
    # left for the reader to picture.
    _shape("threat", r"\b(?:she'll|he'll|they'll|you'll|she will|he will|they will|you will) "
           r"(?:be )?(?:getting|gettin|get|having|havin) a (?:little |wee |friendly |proper )?"
           r"visit(?= ?$| ?,| (?:from me|from us|mate|trust|then|soon|i)\b)", ("visit",),
           also=("getting gettin get having havin",)),
)  # fmt: skip

# Harm the writer says they will do to a part of someone's body: "I swear I'll break her legs",
# "I break his legs" (not "you'll break your neck on those stairs", a warning; nor "I could wring
# his neck", said in exasperation).
VEILED_THREATS += (
    _shape("threat", r"\b(?:i'll|i will|i'm going to|i'm gonna|im gonna|gonna|going to|i|we'll|"
           r"we will) (?:break|snap|smash|bust|crack|wring) (?:his|her|your|ur|their) (?:legs?|"
           r"arms?|neck|jaw|nose|fingers|kneecaps|knees|ribs|skull)\b",
           ("leg", "legs", "arm", "arms", "neck", "jaw", "nose", "fingers", "kneecaps", "knees",
            "ribs", "skull"),
           also=("break snap smash bust crack wring",)),
)  # fmt: skip

# What someone is said to be no longer: "not people any more", "no longer human".
# People said to be no more than things ("just furniture", "basically breathing ornaments").
_AS_OBJECTS = r"(?:just|only|nothing but|basically|no more than|little more than)"
_OBJECTS = r"(?:(?:breathing|living|walking|talking|human) )?" + alternation(lx.OBJECTS_OF_PEOPLE)
_NOT_PEOPLE = r"(?:people|human|humans|a person|a human|human beings?)(?:_p)?"

DEHUMANISING_SHAPES: tuple[Shape, ...] = (
    # "the cabbages in the lounge", "bay 4 are a load of vegetables", "ward 6 is full of zombies",
    # "these people breed like rats": people as vegetables, the undead or vermin.
    _shape("dehumanising", r"\b(?:the|those|these|them|our|my) (?:cabbages|vegetables|zombies) "
           r"(?:in|on|at|into) (?:the )?(?:(?:top|first|second|ground|upper|bottom|dining|sitting|"
           r"tv|quiet) )?(?:lounge|"
           r"day room|dayroom|bay|ward|unit|beds?|chairs|room|corner|wing|corridor|floor)\b"
           r"|\b(?:are|is) (?:a |just a )?"
           r"(?:load|bunch|room|lounge|ward|bay) (?:of|full of) (?:cabbages|vegetables|zombies)\b"
           r"|\b(?:ward|unit|bay|lounge|floor|home|wing) (?:[a-z0-9'-]+ )?(?:is|'s) full of (?:"
           r"cabbages|vegetables|zombies)\b|\b(?:[a-z'-]{1,40}_p|they|them) breed like (?:rats|"
           r"rabbits|flies|animals|vermin)\b",
           ("cabbages", "vegetables", "zombies", "breed")),
    # "the junkies in the hostel aren't people any more", "she's not even human now": people
    # said to have stopped being people.
    _shape("dehumanising", r"\b(?:" + _PEOPLE_BARE + r"|they're|they|he's|she's)" + _POSTMOD
           + r" (?:(?:aren't|are not|isn't|is not|ain't|not) (?:even |really )?" + _NOT_PEOPLE
           + r" any ?more|(?:are |is )?no longer " + _NOT_PEOPLE + r")\b(?! (?:to|for|who|that|"
           r"in|at|with)\b)", ("anymore", "more", "longer"),
           also=("people human humans person",)),
    # "bed blockers", "coffin dodgers", "wrinklies": what people are called, in any frame.
    _shape("dehumanising_term", r"\b(?:bed[- ]blockers?|coffin[- ]dodgers?|wrinklies|crumblies|"
           r"oxygen thieves|dribblers|droolers|useless eaters)" + _P, ("blocker", "blockers",
           "bed-blocker", "bed-blockers", "dodger", "dodgers", "coffin-dodger", "coffin-dodgers",
           "wrinklies", "crumblies", "oxygen", "dribblers", "droolers", "eaters")),
    # "hose them down", "muck her out", "put down like a dog".
    _shape("dehumanising", r"\b(?:hose|hosed|hosing|muck|mucked|mucking) (?:him|her|them) "
           r"(?:down|out)\b|\bput down like (?:a dog|dogs|animals|an animal)\b"
           # "muck out the lounge lot": people mucked out as a stable is.
           r"|\b(?:muck|mucked|mucking) out (?:the|those|these|that|them|all the) "
           r"(?:[a-z'-]+ ){0,2}(?:lot|ones|[a-z'-]+_p)\b",
           ("hose", "hosed", "hosing", "muck", "mucked", "mucking", "dog", "dogs", "animals",
            "animal"), also=("down out",)),
    # "the place is infested" (said of people: the reader drops it when pests are named).
    _shape("infested", r"\b(?:place|ward|unit|home|area|town|street|estate|country|bay|floor|"
           r"wing|hotel|hostel|city) (?:is|'s|are|was|were|has been|is getting) (?:absolutely |"
           r"totally |completely |just )?(?:infested|overrun)\b", ("infested", "overrun")),
    # "ship the difficult ones off", "cart them out": people moved as goods.
    _shape("dehumanising", r"\b" + alternation(lx.MOVE_AS_GOODS) + r" (?:them|(?:the|those|"
           r"these|all|all the|that|our|some) (?:[a-z'-]+ ){0,2}(?:ones|lot|[a-z'-]+_p)) "
           r"(?:off|out)\b", lx.MOVE_AS_GOODS, also=("off out",)),
    # "herding them like cattle", "she's bed blocking", "a waste of a bed".
    _shape("dehumanising", r"\b(?:herd|herds|herded|herding) (?:them|(?:the|those|these|all "
           r"the) (?:[a-z'-]+ ){0,2}[a-z'-]+_p)(?: [a-z'-]+){0,3}? like (?:cattle|sheep|animals|"
           r"pigs|livestock)\b", ("herd", "herds", "herded", "herding"), also=("like",)),
    _shape("dehumanising_of_person", _BE + r"(?:just |only )?(?:bed[- ]blocking|a waste of a "
           r"bed)\b", ("blocking", "bed-blocking", "bed"),
           also=("is are was were be being s re", "blocking waste")),
    # "he's not a person any more".
    _shape("dehumanising", _BE + r"(?:not|no longer) (?:a |even a )?(?:person|human|human being|"
           r"people)" + _P + r" ?(?:any ?more|$)",
           ("person", "human", "people"),
           also=("is are was were be being s re", "not no")),
    # People as objects, in the writer's own view: "just bodies we move", "they are just stock to
    # me", "half of them upstairs are basically breathing ornaments" (not "just numbers to the
    # council", a complaint about how others treat them, nor "three bodies short", staff).
    _shape("dehumanising", r"\b" + _AS_OBJECTS + r" " + _OBJECTS + r" (?:we|you|i|to (?:me|us))\b"
           r"|\b(?:they're|(?:they|them|half of them|most of them|some of them|all of them|them "
           r"lot|that lot|(?:[a-z'-]{1,40} ){0,2}[a-z'-]{1,40}_p)(?: (?:upstairs|downstairs|here|"
           r"there|now|(?:on|in|at|down|up|from) [a-z'_-]+(?: [a-z'_-]+){0,2}))? (?:are|were|r)) "
           + _AS_OBJECTS + r" " + _OBJECTS
           + r"(?= ?$| ?,| (?:to (?:me|us)|now|at|we|you|i|in|on|and|that|who|with|for|really|"
           r"anyway|nowadays|by|these|mate)\b)",
           lx.OBJECTS_OF_PEOPLE,
           also=("just only nothing basically more",)),
    # "like hosing down the cattle", "like feeding time at the zoo": people handled as animals.
    # A place for people filled with what no one calls people: "a warehouse of husks", "a lounge
    # full of zombies" (not "a room full of furniture").
    _shape("dehumanising", r"\b(?:warehouse|lounge|ward|unit|floor|corridor|home|room|building|"
           r"wing)s? (?:full of|of) (?:(?:breathing|living|walking|empty|dribbling) )?(?:husks|"
           r"zombies|cabbages|cattle|livestock)\b", ("husks", "zombies", "cabbages", "cattle",
           "livestock"), also=("of",)),
    _shape("dehumanising", r"\blike (?:herding|hosing down|hosing|feeding|mucking out|rounding up|"
           r"penning|loading) (?:the |a )?(?:cattle|sheep|animals|pigs|livestock|cows)\b|\bfeeding "
           r"time at the zoo\b", ("cattle", "sheep", "animals", "pigs", "livestock", "cows",
           "zoo"), also=("like zoo",)),
)  # fmt: skip

# A place for people named as a store for goods or waste ("a warehouse for the ones nobody
# wants", "a dumping ground for the oldies"), and people as goods handled ("parcels to be wiped
# and stacked"): not "a dumping ground for broken chairs", nor "bodies to be moved" (a mortuary's
# plain word).
DEHUMANISING_SHAPES += (
    _shape(
        "dehumanising",
        r"\b(?:warehouse|holding pen|dumping ground|dumping-ground|scrapheap|scrap heap|landfill|"
        r"depot|storage unit|left luggage|cattle shed) (?:for|of) (?:the |our |all the |old |"
        r"elderly )?(?:ones|people|oldies|elderly|residents|patients|old folk|folk|those nobody|"
        r"ones nobody|wrinklies|service users)\b"
        r"|\b(?:parcels|packages|cargo|sacks|stock|freight) to be (?:wiped|stacked|shifted|"
        r"processed|sorted|loaded|dumped|shipped|cleared|turned|hosed|fed|watered)\b",
        (
            "warehouse",
            "pen",
            "dumping",
            "dumping-ground",
            "scrapheap",
            "heap",
            "landfill",
            "depot",
            "storage",
            "luggage",
            "shed",
            "parcels",
            "packages",
            "cargo",
            "sacks",
            "stock",
            "freight",
        ),
    ),
)

# Someone said to be a vegetable or a husk, whoever they are (a person, "the ones on the top
# floor", "room 7", "he"): "Room 7 is a vegetable now", "the ones upstairs are just empty husks",
# "half of them are like empty shells", "she's a proper cabbage". Not denied ("my dad is not a
# vegetable"), not a shell of who someone was, not what grows ("the vegetable beds are thriving").
_VEGETATING = (
    r"(?:[a-z'-]{1,40}_p|they|he|she|ones|lot|room|bed|bay|them|half of them|some of them|most "
    r"of them|all of them|ppl|lady|gent|gents|man|woman)"
)
# "the cabbage patch" for a floor of people, by what the writer does there (not "plant out the
# cabbage patch in the garden").
_TO_THE_PATCH = (
    r"(?:into|to|on|in|is|'s|tend|tending|water|watering|wrangle|wrangling|feed|feeding|turn|"
    r"turning)"
)
_GROWN = r"(?:in|at|by|of|with|behind|beside|out|is (?:looking|coming|growing|thriving|ready))"
DEHUMANISING_SHAPES += (
    _shape(
        "dehumanising",
        r"\b" + _VEGETATING + r"(?: (?:upstairs|downstairs|here|there|now|(?:on|in|at|down|up|"
        r"from|with) [a-z'_-]+(?: [a-z'_-]+){0,2}))?" + r"(?: (?:is|are|r|were|was)|'s|'re) "
        r"(?:(?:just|basically|only|nothing but|little more than|no more than|like|more like|"
        r"proper|a proper|all|now|mostly|practically|pretty much|literally) ){0,2}"
        r"(?:a |an )?(?:empty |living |breathing )?(?:vegetables?|cabbages?|husks?|shells)\b"
        r"(?! (?:of|grower|growers|soup|beds?|garden|gardens|plot|plots|patch)\b)"
        r"|\b" + _TO_THE_PATCH + r" the (?:vegetable|cabbage|veg) patch\b(?! " + _GROWN + r"\b)",
        ("vegetable", "vegetables", "cabbage", "cabbages", "husk", "husks", "shells", "patch"),
    ),
)

# People likened to beasts, vermin or the undead: "the dementia lot are like zombies", "them on
# the top floor are like a herd o' cattle", "the patients are like a pack of feral dogs", "more
# like pets than people some days". Of people only (a word for them, "they", "them", "the ones"),
# not "the night staff are like zombies after four nights", tiredness, nor a saying ("like
# rats leaving a sinking ship").
DEHUMANISING_SHAPES += (
    _shape(
        "dehumanising",
        r"\b" + _VEGETATING + r"(?: (?:upstairs|downstairs|here|there|now|(?:on|in|at|down|up|"
        r"from|with) [a-z'_-]+(?: [a-z'_-]+){0,2}))?" + r"(?: (?:is|are|r|were|was)|'s|'re) "
        r"(?:(?:just|basically|honestly|literally|all|more|proper|worse than|no better than) ){0,2}"
        r"like (?:an? )?(?:(?:herd|pack|bunch|load|field|flock|swarm|pen|nest) (?:of|o'?) )?"
        r"(?:(?:wild|feral|hungry|rabid|mindless|dead|stampeding|caged) )?"
        + alternation(lx.LIKENED_TO_BEASTS)
        + r"\b(?! (?:after|by|from|coming|leaving|deserting|in (?:muck|clover))\b)",
        lx.LIKENED_TO_BEASTS,
        also=("like",),
    ),
)

GROUP_SHAPES: tuple[Shape, ...] = (
    # "Filipino nurses only care about the money", "disabled people just want handouts".
    _shape("group", r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,2}? (?:only|just|all) (?:care "
           r"about|want|are after|come here for|come for) (?:the |our )?(?:money|handouts|"
           r"benefits|jobs|a free ride|free stuff)\b",
           ("money", "handouts", "benefits", "jobs", "stuff", "ride"),
           also=("only just all", "care want after come")),
    # "Muslims are not suited to frontline care", "women shouldn't be managers".
    _shape("group", r"\b" + _DET + _PEOPLE + r" (?:aren't|isn't|(?:are|is) (?:not|never|just "
           r"not|simply not)) (?:suited|fit|capable|cut out|good enough|clever enough|"
           r"intelligent enough)\b", ("suited", "fit", "capable", "cut"),
           also=("aren isn not never",)),
    _shape("group", r"\b" + _DET + _PEOPLE + r" (?:shouldn't|should not|should "
           r"never|mustn't|must not) be (?:allowed to (?:work|be|vote|live)|allowed|trusted|"
           r"in charge|let (?:anywhere )?near|(?:a |an )?[a-z'-]+_p)",
           ("shouldn't", "mustn't", "should", "must"),
           also=("shouldn not never mustn", "be")),
    # "foreigners ... can't even speak English", "they breed like rabbits".
    _shape("group", r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,2}? (?:(?:can't|cannot|can not|"
           r"don't|do not|can barely|can hardly|barely|hardly) (?:even )?speak "
           r"(?:a word of |proper )?english|"
           r"breed like (?:rabbits|rats|flies)|"
           r"are all the same(?= ?$| ,(?! (?:brilliant|lovely|great|amazing|fab|fabulous|"
           r"fantastic|wonderful|gorgeous|kind|excellent|stars|angels|gems|hard-working)\b))|"
           r"can't be trusted|cannot be trusted|(?:take|steal|are taking) our jobs)\b",
           ("english", "rabbits", "rats", "flies", "trusted", "jobs", "same"),
           also=("speak breed same trusted jobs",)),
)  # fmt: skip

# A whole identity group named, then the charge a stereotype lays on it, a few words on in the
# same sentence: "Gypsies from my country are same here, they only come for the benefits and
# steal", "half these foreign carers can't even read a MAR chart", "Hindus on nights stink the
# kitchen out". Age words ("old", "young") are left to the statement shapes: "the old ones moan
# about the tea" is about the residents in the lounge, not a group.
_CONTEMPT_GROUP_ADJ = r"(?!(?:old|older|young|english|british) )" + _GROUP_ADJ
_CONTEMPT_TARGET = (
    r"(?P<tgt>(?:"
    + _CONTEMPT_GROUP_ADJ
    + r") (?:[a-z'-]{1,40} )?[a-z'-]{1,40}_p|"
    + _GROUP_NOUN
    + r"(?:'s|')?(?:_p)?|[a-z'-]{1,40}_p from (?:abroad|overseas))"
)
_CONTEMPT = alternation(lx.GROUP_CONTEMPT)
# People named by a condition they live with: "people with learning disabilities".
_WITH_CONDITION = (
    r"(?:people|folk|folks|kids|children|adults|those)(?:_p)? with (?:learning |physical |severe |"
    r"mental health )?(?:disabilities|disability|difficulties|autism|adhd|dementia|problems|"
    r"issues|bipolar|schizophrenia|depression|epilepsy|ocd|psychosis|personality disorders?)"
)
# A sentence is read for a charge when it holds the longest word of one (the rarest, as a rule:
# "values" of "don't share our values", not "our"), passing over words common in any draft
# ("lie" of "lie about their", not "about"). A person's word is written with its mark ("dump their
# elders_p"); the word read is the word.
_COMMON_IN_CHARGES = frozenset(
    (
        *("their", "about", "other", "after", "always", "leave", "help"),
        *("together", "parents", "mothers", "elders", "granny"),
    )
)


def _needed_word(phrase: str) -> str:
    words = phrase.replace("_p", "").split()
    return max([w for w in words if w not in _COMMON_IN_CHARGES] or words, key=len)


_CONTEMPT_NEEDS = tuple(sorted({_needed_word(phrase) for phrase in lx.GROUP_CONTEMPT}))
# Every target of ``_CONTEMPT_TARGET`` holds a group word (its mark is the only capital a marked
# line holds) or "from abroad" / "from overseas": a sentence with a charge word and neither is
# not scanned. A sentence holding a group word holds that word's longest run of letters ("lankan"
# of "sri-lankan", "women" of "women's"), which the gate tests (``Shape.also``).
_GROUP_OR_ABROAD = _shared(
    frozenset({max(_LETTER_RUNS.findall(form), key=len) for form in GROUP_MARKS})
    | {"abroad", "overseas"}
)
GROUP_CONTEMPT_SHAPES: tuple[Shape, ...] = (
    replace(
        _shape(
            "group",
            r"\b" + _CONTEMPT_TARGET + r"(?: [^ ]{1,40}){0,10}? (?P<charge>" + _CONTEMPT + r")\b",
            _CONTEMPT_NEEDS,
        ),
        also=(_GROUP_OR_ABROAD,),
    ),
    _shape(
        "group_any",
        r"\b" + _WITH_CONDITION + r"(?: [^ ]{1,40}){0,8}? (?P<charge>" + _CONTEMPT + r"|shouldn't "
        r"be|should not be|should never be)\b",
        (
            "disabilities",
            "disability",
            "difficulties",
            "autism",
            "adhd",
            "dementia",
            "bipolar",
            "schizophrenia",
            "depression",
            "epilepsy",
            "ocd",
            "psychosis",
            "disorder",
            "disorders",
        ),
        also=(
            "with",
            "people folk folks kids children adults those",
            "disabilities disability difficulties autism adhd dementia problems issues bipolar "
            "schizophrenia depression epilepsy ocd psychosis disorder disorders",
        ),
    ),
)

# Contempt for a group carried on by a pronoun: the group named in the sentence before, or
# earlier in this one ("We've had three Lithuanian lads on nights. They're all the same, kip the
# whole shift", "Ghanaians on the rota again. They talk over the residents, rude the lot of
# them"). These shapes file the charge as "group_them"; the reader keeps it, as derogatory_group,
# only when a group was named just before it (``reader._group_named_before``).
_THEM = r"(?:they|they're|they've|they'll|they'd|them lot|that lot|this lot|these lot)"
_OF_THEM = (
    r"(?:the lot of them|the lot of em|all of them|every one of them|every last one of them|"
    r"every single one of them|the whole (?:lot|bunch|cult|gang|tribe|pack|shower) of them)"
)
_THEM_CHARGE = alternation(lx.CONTEMPT_OF_THEM)
GROUP_THEM_SHAPES = (
    _shape(
        "group_them",
        r"\b" + _THEM + r"(?: [^ ]{1,40}){0,8}? (?P<charge>" + _THEM_CHARGE + r")\b",
        tuple(sorted({_needed_word(phrase) for phrase in lx.CONTEMPT_OF_THEM})),
        also=("they lot",),
    ),
    _shape(
        "group_them",
        r"\b(?P<charge>" + alternation(lx.CONTEMPT_OF_THE_LOT) + r")(?: ,)? " + _OF_THEM + r"\b",
        lx.CONTEMPT_OF_THE_LOT,
        also=("lot all one whole", "them em"),
    ),
)

# A name or a fault laid on a whole set of people at once, whoever they are: "lazy to the bone, the
# lot of them", "loud and aggressive, every single one", "smug hypocrites, every last one of
# them". Filed as "all_of_them": the reader keeps it as contempt for a group when one was named
# just before, and as an insult otherwise ("clowns, the lot of them").
_ALL_OF = (
    r"(?:the (?:whole )?lot of (?:them|em)|(?:like )?all of (?:them|em)|every (?:single |last )?one"
    r"(?: of (?:them|em|those|these))?)"
)
_CHARGES_OF_ALL = alternation(lx.CHARGES_OF_ALL)
ALL_OF_THEM_SHAPES = (
    _shape(
        "all_of_them",
        r"\b(?P<charge>"
        + _CHARGES_OF_ALL
        + r"|glorified [a-z'-]{1,40})(?:_p)?(?: [^ ]{1,40}){0,6}? "
        + _ALL_OF
        + r"\b",
        (*lx.CHARGES_OF_ALL, "glorified"),
        also=("lot all one", "them em one"),
    ),
)
# A whole identity group named, then called a pack of something further on in the sentence:
# "Lithuanian drivers wouldn't know a clamp if it bit them, bunch of cowboys", "the Hindu lot on
# nights, shower of skivers". The names are those laid on "the lot of them" above.
GROUP_CONTEMPT_SHAPES += (
    _shape(
        "group",
        r"\b"
        + _CONTEMPT_TARGET
        + r"(?: [^ ]{1,40}){0,16}? (?:a |the |what a |such a )?(?:"
        + alternation(lx.COLLECTIVES)
        + r") of (?:[a-z'-]{1,40} )?(?P<charge>"
        + _CHARGES_OF_ALL
        + r")(?:_p)?\b",
        lx.CHARGES_OF_ALL,
        also=(" ".join(lx.COLLECTIVES),),
    ),
)

GROUP_SHAPES += (
    # "they should go back where they came from".
    _shape(
        "group_any",
        r"\b(?:go |goes |send (?:them|em) |sent )back (?:to (?:their|your) own "
        r"(?:country|countries)|where (?:they|you|he|she) came from)\b",
        ("came", "country", "countries"),
        also=("back",),
    ),
    # Jokes at people's expense: "how many dementia patients does it take to change a lightbulb?"
    _shape(
        "group_any",
        r"\bhow many (?:[a-z'-]+ ){0,2}[a-z'-]+_p (?:does it take|do you need|do we need|would it "
        r"take) to\b|\bwhat do you call (?:a|an) (?:[a-z'-]+ ){0,2}[a-z'-]+_p "
        r"(?:who|with|in|that)\b",
        ("many", "call"),
        also=("how what",),
    ),
    # "the Polish girls always speak their own language", "Nigerian nurses are always late".
    _shape(
        "group",
        r"\b" + _DET + _PEOPLE + _POSTMOD + r"(?: (?:are|is|were|do|will|just))? (?:always|"
        r"constantly|forever)(?: [a-z']+){0,3}? (?:" + alternation(lx.GROUP_FAULTS) + r")\b",
        ("always", "constantly", "forever"),
        also=(" ".join(lx.GROUP_FAULTS),),
    ),
    # "I'm not racist but ...": what follows is about a group.
    _shape(
        "group_any",
        r"\b(?:i'm|i am|im) not (?:being )?(?:racist|sexist|homophobic|transphobic|ageist)"
        r"(?:_p)? but\b"
        r"|\bwe (?:don't|do not) want (?:their|that|your) sort(?: here| round here| in this "
        r"country| over here)\b",
        ("racist", "sexist", "homophobic", "transphobic", "ageist", "sort"),
        also=("but here country",),
    ),
    # "the Romanians on my team have no idea about hygiene".
    _shape(
        "group",
        r"\b" + _DET + _PEOPLE + _POSTMOD + r" (?:have|has|got|have got) no (?:idea|clue|"
        r"concept|sense|understanding) (?:about|of|what)\b",
        ("idea", "clue", "concept", "sense", "understanding"),
        also=("no",),
    ),
)

# "Typical Brummies, thick as pig muck", "typical men, never change a bed properly", "typical
# social workers": a whole set of people named as the type of a fault (not "typical NHS", an
# organisation, nor "typical Monday", nor the writer's own trade).
GROUP_SHAPES += (
    _shape(
        "group_any",
        # Not the writer's own trade, which is how a carer laughs at herself ("typical nurse,
        # forgot to eat again").
        r"\btypical (?!(?:carers?|nurses?|care workers?|support workers?|"
        r"mums?|mothers?)(?:_p)?\b)(?:[a-z'-]{1,40} )?(?P<tgt>(?:[a-z'-]{1,40} )?[a-z'-]{1,40}_p|"
        + _GROUP_NOUN
        + r"|man|woman)(?= ?,| ?$| (?:always|never|all|every|eh|innit|again|for you)\b)",
        ("typical",),
    ),
)

# Contempt for a group said of all its members at once, whoever the group: "those agency night
# nurses are all the same", and a group shut out by the writer's rule: "never hire a Scouser",
# "I wouldn't trust a Romanian with the petty cash". A sameness of things ("the kids are all the
# same age") is not one of people.
_ALL_ALIKE = (
    r"(?: (?:are|were|r)| they're| they are)(?: just| basically| honestly)? all (?:the same|alike|"
    r"as bad as each other)(?! (?:age|size|height|colour|color|price|shape|length|day|time|way|"
    r"thing|grade|band|uniform|training|course|rate|pay|to|in)\b)"
    # Not praise of them all: "the Latvian lads on days are all the same, brilliant with the
    # residents".
    r"(?! ?,? (?:[a-z']+ ){0,2}(?:brilliant|lovely|great|fab|fabulous|fantastic|amazing|wonderful|"
    r"excellent|kind|good|gorgeous|grafters|hardworking|hard-working|gold|golden|stars|diamonds|"
    r"angels|superb|gems|legends|helpful|caring|friendly|ace|smashing|class|top)\b)"
)
_NEVER_TAKE = (
    r"\b(?:never|don't|dont|do not|wouldn't|wouldnt|would not|won't|wont|will not|i'd never|"
    r"avoid) (?:ever )?(?:hire|employ|take on|trust|rent to|hiring|employing|trusting) "
    r"(?:a |an |any |another |one of (?:the|them|those) )?"
)
GROUP_SHAPES += (
    _shape(
        "group_any",
        r"\b(?P<tgt>(?:[a-z'-]{1,40} ){0,2}[a-z'-]{1,40}_p)" + _POSTMOD + _ALL_ALIKE,
        ("same", "alike"),
        also=("same alike", "all"),
    ),
    _shape(
        "group",
        _NEVER_TAKE
        + r"(?P<tgt>(?:(?:"
        + _GROUP_ADJ
        + r") )?(?:"
        + _GROUP_NOUN
        + r"|"
        + _GROUP_ADJ
        + r")(?:_p)?(?: [a-z'-]{1,40}_p)?)",
        ("hire", "employ", "trust", "hiring", "employing", "trusting"),
        also=("never don dont not wouldn wouldnt won wont avoid",),
    ),
)

# What will happen to someone, said as a warning: the consequence frames of a veiled threat
# ("she'll find out what happens when you mess with me", "it won't end well for you", "they'll
# leave in an ambulance"), whatever the grievance before them.
CONSEQUENCE_THREATS: tuple[Shape, ...] = (
    # "let her try me again and see what will happen to her", "karma has a way of finding people,
    # and so do I", "she wants to watch her back, people have had accidents on them stairs": a dare
    # or a warning whose harm is left to the reader.
    _shape(
        "threat",
        r"\b(?:and|just) see what (?:will |is going to |'s going to |is gonna |gonna |would )?"
        r"happens? to "
        r"(?:her|him|them|you|ye|yous)(?= ?$| ?,| (?:then|if|mark|trust|and|i|she|he)\b)"
        r"|\blet (?:her|him|them|you|ye|yous) try me\b"
        r"|\bkarma\b(?: [^ ]{1,40}){0,8}? (?:and )?so (?:do|will|can) i\b"
        r"|\b(?:watch|mind) (?:her|his|their) back\b(?! (?:when|while|lifting|moving|on)\b)"
        r"(?: [^ ]{1,40}){0,8}? (?:accidents?|fall|falls|fell)\b",
        ("happen", "happens", "try", "karma", "accident", "accidents", "fall", "falls", "fell"),
        also=("to me so back",),
    ),
    # "she'll find out what happens", "we will see who is brave". Each shape is tried only on a
    # sentence holding one of its rarer words, so that everyday words ("see", "like", "time")
    # do not send every sentence to be read closely.
    _shape(
        "threat",
        r"\b(?:you'll|he'll|she'll|they'll|(?:you|he|she|they) will) (?:find out|see|"
        r"learn) (?:what|wot) (?:happens|will happen)\b"
        # Not the outcome of an event: "she'll find out what happens at the panel on Tuesday".
        r"(?! (?:at|in|on|over|after|with|about|next|tomorrow|today|tonight)\b)"
        r"|\bsee who(?:'s| is) (?:brave|laughing|tough|the boss)\b",
        ("happens", "happen", "brave", "laughing", "tough", "boss"),
        also=("what wot who",),
    ),
    # "it won't end well for you", "she will have big problem with me", "won't enjoy what
    # happens", "she'll end up like the last one".
    _shape(
        "threat",
        r"\b(?:won't|will not|wont|not going to|isn't going to) end well for "
        r"(?:you|him|her|them)\b|\b(?:'ll|will) have (?:a )?(?:big |serious |real )?problems? "
        r"with me\b|\b(?:won't|will not|wont) enjoy what happens\b|\bend up like the last "
        r"(?:one|person|girl|lad|carer|nurse)\b",
        ("end", "problem", "problems", "enjoy"),
        also=("you him her them me happens last",),
    ),
    # "I'll make her regret", "I will make sure you pay for it", "make there life hell".
    _shape(
        "threat",
        r"\bmake (?:him|her|them|you|u) regret\b|\bmake sure (?:you|he|"
        r"she|they)(?: all)? (?:pay|suffer|regret)\b"
        r"|\bmake (?:there|their|his|her|your|ur) (?:life|lives) (?:hell|a misery|a living hell)\b",
        ("regret", "suffer", "pay", "hell", "misery"),
        also=("make",),
    ),
    # "they'll leave in an ambulance", "you'll be picking your teeth up", "wipe the smirk off his
    # face", "he won't be walking out of here", "he'll get his head kicked in".
    _shape(
        "threat",
        r"\b(?:leave|leaving|go home|going home|come out|carried out) (?:in|on) "
        r"(?:an ambulance|a stretcher|bits|a body bag)\b|\bpicking (?:your|his|her|their) "
        r"teeth up\b|\b(?:wipe|slap|knock|smack) the (?:smirk|smug look|grin) off\b"
        r"|\bwon't be walking (?:out|away|home)\b|\b(?:head|face|teeth) kicked in\b"
        r"|\bthings happen to (?:people|folk|women|men|girls|lads)(?:_p)? like "
        r"(?:you|her|him|them)\b"
        # Eating through a straw as a consequence to come, not as someone does now after an
        # operation ("mum's eating through a straw since the op").
        r"|\b(?<!'s )(?<!\bis )(?<!\bwas )(?<!been )(?<!\bare )(?<!'re )(?<!\bstill )(?<!_p )"
        r"(?:eating|drinking|eat|drink)(?: (?:his|her|your|their) (?:dinner|food|tea|meals))? "
        r"through a straw\b",
        (
            "ambulance",
            "stretcher",
            "bits",
            "teeth",
            "smirk",
            "smug",
            "grin",
            "walking",
            "kicked",
            "straw",
            "happen",
        ),
    ),
    # "I'll put him on the floor", "I know what time she finishes", "five minutes alone with".
    _shape(
        "threat",
        r"\b(?:i'll|i will|i'm going to|going to|i could|i'd) put (?:him|her|you|them) "
        r"(?:on (?:the floor|his arse|her arse|their arse|your arse)|through (?:the|a|that|this) "
        r"(?:wall|window))\b|\bi know (?:what time|when) (?:you|he|she|they) (?:finish|finishes|"
        r"clock off|clocks off)\b|\b(?:five|5|ten|10) minutes alone with\b"
        r"|\bi never forget a face\b",
        (
            "floor",
            "arse",
            "wall",
            "window",
            "finish",
            "finishes",
            "clock",
            "clocks",
            "alone",
            "forget",
        ),
        also=("put know minutes face",),
    ),
    # "someone needs to sort that new deputy out", "one day somebody will deal with him".
    _shape(
        "threat",
        r"\b(?:someone|somebody) (?:needs to|ought to|should|will|is going to|is gonna|"
        r"'s going to|'s gonna|'ll) (?:sort (?:him|her|them|(?:[a-z'-]{1,40} ){0,2}"
        r"[a-z'-]{1,40}_p) out|deal with (?:him|her|them|you)"
        r"|show (?:him|her|them) (?:his|her|their) place)\b",
        ("sort", "deal", "place"),
        also=("someone somebody",),
    ),
    # "wants taking down a peg", "tyres let down", "ur dead", "she'll regret ever ...".
    _shape(
        "threat",
        r"\bwants? (?:bringing|taking) down a peg\b|\btyres? (?:let down|flat)\b"
        r"|\b(?:ur|you're|youre) dead(?= ?$| ?,| (?:mate|pal)\b)"
        r"|\b(?:be sorry (?:she|he|they|you) ever|regret ever)\b",
        ("peg", "tyres", "tyre", "dead", "regret", "sorry"),
        also=("peg tyre tyres ur you youre ever",),
    ),
)

# A warning on a condition: something done to the writer or theirs once more, then an unnamed
# harm ("if Gary reports me one more time he'll be needing more than a first aider", "if she
# speaks to my mother like that again she'll find out", "keep pushing me and see what's waiting
# for you"). The deed must be done to the writer ("me", "my", "us"), which everyday care
# sentences of the same shape are not ("if Dad falls again he will have to go back in"), and
# what follows is a harm left to the reader, not a process ("she will be reported").
_TO_THE_WRITER = (
    r"(?:[a-z'-]{1,40}(?:_p)? ){1,7}?(?:me|my|us|our|mine)\b(?: [a-z'-]{1,40}(?:_p)?){0,5}? "
)
_UNNAMED_HARM = (
    r"(?:be needing more than|need more than|find out (?:what|who|the hard way)|know about it|"
    r"regret it|wish (?:he|she|they|you)|"
    r"get what's coming|be sorry|find (?:his|her|their|your) [a-z'-]{1,40}|"
    r"(?:have|deal with|answer to) me|see what(?:'s| is) (?:waiting|coming))"
)
CONSEQUENCE_THREATS += (
    _shape(
        "threat",
        r"\bif "
        + _TO_THE_WRITER
        + r"(?:again|one more time|once more|ever again)(?: ,)? (?:then )?(?:you'll|he'll|she'll|"
        r"they'll|(?:you|he|she|they) will|(?:you|he|she|they)(?:'re| are| is|'s) going to) "
        r"(?:[a-z'-]{1,40} ){0,2}?" + _UNNAMED_HARM + r"\b"
        r"|\bif (?:you|u|he|she|they) (?:keep|carry on) (?:grassing|reporting|telling tales|"
        r"snitching)(?: [^ ]{1,40}){0,6}? (?:you'll|he'll|she'll|they'll|(?:you|he|she|they) will) "
        r"(?:[a-z'-]{1,40} ){0,2}?" + _UNNAMED_HARM + r"\b"
        r"|\bkeep (?:pushing|testing|winding up|provoking|pushing it with|crossing|reporting) "
        r"(?:me|us)\b(?: [^ ]{1,40}){0,4}? and see what(?:'s| is)? (?:waiting|coming|happens)\b",
        ("again", "more", "keep"),
        also=("if keep",),
    ),
)

# "Accidents happen" aimed at someone: told to them ("tell that manager accidents happen on
# stairs"), said of people who report ("people who snitch tend to have accidents"), or sealed
# ("she will have an accident on the stairs, I promise", "accidents happen, that's all I'll
# say"). Not a safety notice ("accidents happen on that ice, I've reported it").
_AIMED = (
    r"(?:tell (?:him|her|(?:that|this) (?:[a-z'-]{1,40} ){0,2}[a-z'-]{1,40}_p)|"
    r"people(?:_p)? who (?:snitch|grass|grasses|lie|lies|report|reports|tell|complain|talk|"
    r"cross)|just saying|that's all i'll say|that's all i'm saying|that's all i will say|"
    r"i promise|just a thought)"
)
_ACCIDENT = (
    r"(?:accidents? (?:happen|happens|can happen|do happen|will happen)|(?:have|has|having|"
    r"tend to have) (?:an |a nasty |nasty |a little )?accidents?)"
)
CONSEQUENCE_THREATS += (
    _shape(
        "threat",
        r"\b" + _AIMED + r"\b(?: [^ ]{1,40}){0,12}? " + _ACCIDENT + r"\b"
        r"|\b" + _ACCIDENT + r"\b(?: [^ ]{1,40}){0,12}? " + _AIMED + r"\b",
        ("accident", "accidents"),
        also=("tell people saying say promise thought",),
    ),
)

# Who a warning is aimed at, as the subject of what will happen: "she'll", "ye will", "that son
# of hers will", "they're".
_WARNED = (
    r"(?:you'll|he'll|she'll|they'll|ye'll|(?:you|he|she|they|ye|" + _TAGGED + r") "
    r"(?:will|is going to|are going to|is going|are going))"
)
# Whom a deed is done to, after "do": "to her", "to people who...", "to your shop".
_DONE_TO = r"to (?:you|ye|u|him|her|them|your|ur|his|their|anyone|anybody|[a-z'-]{1,40}_p)\b"
# Harm done to a person as a deed rather than a harm verb: "give her a good hiding", "take a bat
# to them", "run him off the road", "push the lot of them down the stairs".
_DEED = (
    r"(?:a (?:good |proper )?(?:hiding|slap|kicking|beating|battering|doing|hammering)|a taste of "
    r"(?:his|her|their|your) own medicine|a (?:baseball )?bat to|off the road|down the stairs|"
    r"(?:in|into) the (?:canal|river|sea)|off (?:a|the) cliff|a brick through|some manners|on a "
    r"boat|(?:something|summat|summit|sommat) to (?:cry|moan|"
    r"whinge|complain) about)"
)

# Warnings of what will happen to someone, in the frames people use whatever the grievance:
# "she'll be sorry she ever met me", "your manager will regret the day", "keep talking and see
# what happens", "there'll be trouble", "somebody ought to give her a good hiding", "I hope he
# chokes", "he wants shooting".
WARNINGS = (
    # "she wants to be careful walking to her car, that's all I'll say", "I won't be responsible
    # for what happens".
    _shape(
        "threat",
        r"\b(?:careful|watch (?:her|his|your|their) back|watch (?:herself|himself|yourself|"
        r"themselves))(?: [a-z'_]+){0,10}? (?:that's all i'll say|that's all i'm saying|is all "
        r"i'm saying|just saying|people round here (?:don't|never) forget|people round here have "
        r"long memories)\b"
        r"|\b(?:won't|will not|can't|cannot) be (?:held )?responsible for (?:what happens|my "
        r"actions|what i do)\b",
        ("careful", "responsible", "herself", "himself", "yourself", "themselves"),
        also=("saying say forget memories responsible",),
    ),
    _shape(
        "threat",
        r"\b" + _WARNED + r" (?:live to )?regret (?:the day|it|this|ever)\b(?! if (?:[a-z']+ ){0,"
        r"2}(?:don't|doesn't|"
        r"didn't|do not|does not|never|misses|miss|skips|skip)\b)"
        r"|\b" + _WARNED + r" (?:see|find out|learn) (?:what|wot) (?:happens|happen|i (?:will|'ll|"
        r"can|am going to|'m going to) do|i'm (?:really )?(?:like|capable of))(?= ?$| ?,| (?:and|"
        r"if|"
        r"when|mark|trust|i|you|she|he|to)\b)"
        r"|\b" + _WARNED + r" (?:see|find out) (?:what i'm|the other side of me)\b"
        r"|\b(?:you'll|he'll|she'll|they'll|ye'll|you will|he will|she will|they will|ye will) be "
        r"sorry(?= ?$| ?,| (?:man|mate|pal|lad|hun|bab|trust|mark|she|he|they|you|ye|i|when (?:i|"
        r"ah|"
        r"we) (?:catch|see|get|find))\b)"
        r"|\b(?:will|'ll) get (?:his|hers|theirs|yours)(?= ?$| ?,)"
        r"|\bsee what (?:(?:a |my )?[a-z'-]{1,40} )?(?:woman|man|women|men|lads|brothers|family|"
        r"boys|cousins) (?:can|will|could) do\b",
        ("regret", "happens", "happen", "capable", "sorry", "hers", "theirs", "yours", "side"),
        also=("you he she they ye ll will going see",),
    ),
    _shape(
        "threat",
        r"\bkeep (?:[a-z']+ing|[a-z']+in)\b(?: [a-z'_]+){0,8}? and (?:you'll |you will |ye'll )?"
        r"see (?:what|wot) (?:happens|happen)\b"
        r"|\b(?:again|one more time|once more) and (?:you'll |you will |ye'll )?see (?:what|wot) "
        r"(?:happens|happen)\b"
        r"|\bthere(?:'ll| will) be (?:(?:serious|big|real|proper) )?(?:trouble|bother|hell to pay"
        r")\b"
        r"(?! (?:with|for) (?:the|this|that|our|my) (?!(?:[a-z'-]{1,40} )?[a-z'-]{1,40}_p))",
        ("happens", "happen", "trouble", "bother", "hell"),
        also=("see there", "what wot trouble bother hell"),
    ),
    _shape(
        "threat",
        r"\b(?:someone|somebody|anyone|anybody|i'd|i'll|i will|i would|we should|they should|"
        r"ah'll|i'm going to|i'm gonna|going to)(?: [a-z'_]+){0,3}? (?:give|gives|take|takes|"
        r"taking|put|puts|run|runs|push|pushes|chuck|chucks|throw|throws|drag|hoy|lob|kick|teach|"
        r"teaches|do|does)(?: [a-z'_]+){0,5}? " + _DEED + r"\b"
        r"|\b(?:someone|somebody) (?:should|needs to|ought to|will|'ll|is going to|wants to) teach "
        r"(?:[a-z'_-]+ ){1,3}a lesson(?! (?:on|in|about|from|at)\b)",
        ("hiding", "slap", "kicking", "beating", "battering", "hammering", "taste", "bat",
         "canal", "cliff", "brick", "manners", "moan", "whinge", "lesson"),
        also=("someone somebody anyone anybody i ah we they going",),
    ),
    _shape(
        "threat",
        r"\b(?:hope|pray|wish)(?: that)? (?:he|she|they|you|someone|somebody|(?:[a-z'-]{1,40} ){0"
        r",2}"
        r"[a-z'-]{1,40}_p)(?: [a-z'_]+){0,6}? (?:chokes|choke|rots|rot|burns|burn|(?:dies|die)(?! "
        r"(?:peacefully|comfortably|quickly|soon|at home|in (?:his|her|their) sleep|without|with))|"
        r"drops dead|gets run over|gets what's coming|does (?:him|her|them) over|torches|falls? d"
        r"own "
        r"the stairs|falls? under a (?:bus|train)|gets? hit by a (?:bus|car|train|lorry))\b"
        r"|\b(?:hope|pray|wish)(?: that)? something (?:bad|terrible|awful|nasty) (?:happens|"
        r"happen) to (?:him|her|them|you|ye)\b",
        ("chokes", "choke", "rots", "rot", "torches", "dies", "burns", "pray", "hope"),
        also=("hope pray wish",),
    ),
    _shape(
        "threat",
        r"\b(?:whoever|he|she|they|him|her|them|[a-z'-]{1,40}_p)(?: [a-z'_]+){0,5}? (?:wants|want|"
        r"needs|need)(?: (?:a|a good))? (?:shooting|stringing up|putting down|a bullet|burning out|"
        r"kneecapping|locking up and the key thrown away|taking out)\b",
        ("shooting", "stringing", "bullet", "burning", "kneecapping", "locking"),
        also=("wants want needs need",),
    ),
    _shape(
        "threat",
        r"\b(?:i'll|i will|ah'll|i'm going to|i'm gonna) (?:sort|deal with) (?:him|her|them|you|ye)"
        r"(?: out)? (?:myself|personally|properly)\b"
        r"|\bmake sure (?:he|she|they|you|ye) (?:never (?:works?|sets? foot|comes? back|gets? "
        r"another)|(?:don't|doesn't|won't) last)\b"
        r"|\b(?:better|best|wants to|want to) (?:hope|pray) (?:she|he|they|you|ye|i|we) (?:never|"
        r"don't|doesn't) (?:meets?|bumps? into|runs? into|sees?|crosses|needs?|comes? across|get "
        r"(?:him|her|them|you) on)\b"
        r"|\b(?:i'll|i will|ah'll|i'm going to|i'm gonna|i'd|ah'd|i could)(?: [a-z']+){0,2}? "
        r"(?:break|snap) (?:his|her|your|their) (?:hands?|legs?|arms?|neck|nose|jaw|fingers?)\b"
        r"|\b(?:don't|doesn't|do not|does not) know who (?:they're|he's|she's|they are|he is|"
        r"she is) (?:messing|dealing) with\b"
        r"|\b(?:i|we) know who (?:you|ye) (?:are|is)(?= ?$| ?,| (?:and|mate|so)\b)"
        r"|\bwatch (?:your|you're|yer) back(?:,)? (?:is all|that's all|just saying)\b"
        r"|\bmake (?:[a-z'-]{1,40} ){0,2}?(?:[a-z'-]{1,40}'s|there|their|his|her|your|ur) (?:life|"
        r"lives) (?:hell|a misery|a living hell)\b",
        ("personally", "properly", "myself", "pray", "hope", "messing", "dealing", "hell",
         "misery", "snap", "watch"),
        also=("myself personally properly never last hope pray messing dealing who back hell "
              "misery hand hands leg legs arm arms neck nose jaw finger fingers",),
    ),
    _shape(
        "threat",
        r"\b" + _WARNED + r"(?: [a-z'_]+){0,6}? (?:a )?(?:sore|black|broken|bust|burst|fat) "
        r"(?:face|eye|nose|lip|jaw|head|mouth)s?\b"
        r"|\b(?:you're|he's|she's|they're|(?:you|he|she|they|ye) (?:is|are)|" + _WARNED + r")"
        r"(?: gonna| going to| gonnae)? (?:getting|gettin|get) (?:decked|battered|lamped|chinned|"
        r"leathered|hammered|a slap(?! on the wrist)|slapped|a smack|smacked|a kicking|a hiding|"
        r"a beating|a good hiding|a battering|a doing|their heads kicked in)\b",
        ("sore", "bust", "burst", "decked", "battered", "lamped",
         "chinned", "leathered", "hammered", "slap", "slapped", "smack", "smacked", "kicking",
         "hiding", "beating", "battering", "kicked"),
    ),
    # Harm to someone's car held over them: "her tyres won't last the week", "enjoy her new car
    # while it still has four tyres", "see how long your tyres stay pumped up", "I'll let the air
    # out of their tyres", "maybe her tyres will be flat one morning". A person's tyres only, not
    # "the minibus tyres won't last the winter", nor "make sure your tyres stay pumped up".
    _shape(
        "threat",
        r"\b(?:her|his|their|your|ur|yer) (?:[a-z'-]{1,40} ){0,2}(?:tyres|tires) (?:won't|will "
        r"not|wont) last\b(?! (?:another|the winter|past|till|until|through)\b)"
        r"|\b(?:her|his|their|your|ur|yer) (?:[a-z'-]{1,40} ){0,2}(?:tyres|tires) (?:will be|"
        r"might be|could be|may be|would be|end up) (?:slashed|let down|flat (?:one|some|"
        r"tomorrow|in the))\b"
        r"|\bhow long (?:her|his|their|your|ur|yer) (?:[a-z'-]{1,40} ){0,2}(?:tyres|tires) "
        r"(?:stay|last)\b"
        r"|\b(?:slash|slashed|slashing|let down|let doon|letting down|let the air out of) (?:her|"
        r"his|their|your|ur|yer) (?:[a-z'-]{1,40} ){0,2}(?:tyres|tires)\b"
        r"|\bwhile (?:it|she|he|they|you) (?:still )?(?:has|have|'s got|got) (?:four|4|all four|"
        r"all its) (?:tyres|tires|wheels)\b",
        ("tyres", "tires", "wheels"),
    ),
    # Someone else told to look out for themselves: "she'd better watch herself", "that cow from
    # the office wants to watch herself walking to her car", "he wants to be careful, that one".
    # Of a third person only (not "you'd better watch yourself on that ice", "I'd better watch
    # myself"), and not watching herself on a video.
    _shape(
        "threat",
        r"\b(?:wants to|want to|had better|(?:she|he|they)'d better|better|needs to|need to) "
        r"watch (?:herself|himself|themselves|her back|his back|their back)\b"
        r"(?! (?:on|in) (?:the |that |this |a )?(?:video|telly|tv|film|recording|photos?|"
        r"camera|screen|mirror|footage)\b)"
        # Nor a hazard ("she'd better watch herself on those stairs"); an accident further on is
        # read by the frame that names it ("watch her back, there have been accidents").
        r"(?! (?:on|going down|down|near|round|with|in) (?:the |those |that |them |these |this "
        r")?(?:stairs|steps|ice|icy|floors?|roads?|hill|kerb|path|hoist|wet)\b)"
        r"(?!(?: [^ ]{1,40}){0,8}? accidents?\b)"
        r"|(?<!\byou )(?<!\bu )(?<!\bi )(?<!\bwe )\b(?:wants to|want to|had better|"
        r"(?:she|he|they)'d better) be (?:very )?careful(?= ?$| ?,| (?:walking|walkin|"
        r"going|grassing|crossing|round|who|what|when|that)\b)",
        ("herself", "himself", "themselves", "careful", "watch"),
        also=("wants want better needs need",),
    ),
    # A threat said by what the writer will do, the harm left unsaid: "she will see what I will
    # do", "you'll find out what I'll do to you", "he'll see what I do to people who mess with my
    # dad", "come back tomorrow and see what we will do to him". Told apart from an offer or a
    # boast ("ring them and see what I can do", "you'll see what I can do: pass my exam") by a
    # deed that will be, or one done to someone. Tried on any sentence with "see", "find" or
    # "learn": no rarer word stands in these, which made the frame above miss them unless some
    # other word had the sentence read.
    _shape(
        "threat",
        r"\b" + _WARNED + r" (?:soon )?(?:see|find out|learn) (?:what|wot) (?:i|we|ah)"
        r"(?:(?:'ll| will| am going to|'m going to| are going to|'re going to|'m gonna| am gonna"
        r"| are gonna) do(?= ?$| ?,| (?:and|if|when|mark|trust|i|you|she|he|they|just|by)\b)"
        r"|(?:'ll| will| am going to|'m going to| are going to|'re going to|'m gonna| am gonna"
        r"| are gonna| can| could)? do " + _DONE_TO + r")"
        r"|\b(?:and|then) see (?:what|wot) (?:i|we|ah)(?:'ll| will| am going to|'m going to"
        r"| are going to|'re going to| can| could)? do " + _DONE_TO,
        ("see", "find", "learn"),
        also=("you he she they ye ll will going and then", "do"),
    ),
    # The same warning by what the writer is like: "she'll find out what I'm really like", "he'll
    # see what I'm like outside work", "he'll find out I'm not as quiet as I look" (not "you'll
    # see what I'm like with a spreadsheet", a boast: a clause ends, or a place or a warning
    # follows).
    _shape(
        "threat",
        r"\b" + _WARNED + r" (?:soon )?(?:see|find out|learn) (?:what|wot) (?:i'm|i am|ah'm|ahm) "
        r"(?:really |actually |truly )?like(?= ?$| ?,| (?:and|if|when|mark|trust|i|you|she|he|"
        r"they|just|outside|out of|away from|off)\b)"
        r"|\b" + _WARNED + r" (?:soon )?(?:see|find out|learn) (?:that )?(?:i'm|i am|ah'm) not "
        r"(?:as|so) (?:quiet|nice|soft|sweet|daft|stupid|friendly|calm|meek|easy-going) as "
        r"(?:i|ah) (?:look|seem)\b",
        ("see", "find", "learn"),
        also=("you he she they ye ll will going", "like look seem"),
    ),
    # What someone will "get" if they do a thing again, the harm unsaid: "if that night senior
    # gets me in trouble again she's gonna get it", "if i catch who keyed my car they're getting
    # it". Of a third person, after an "if" that names a wrong done again or caught, the clause
    # ending there (not "if she asks nicely she'll get it", nor "if the parcel comes she's
    # getting it", nor "she's getting it sorted").
    _shape(
        "threat",
        r"\bif\b(?: [^ ]{1,40}){0,10}? (?:again|agen|one more time|once more|catch|ever|grasses|"
        r"reports me|touches)\b(?: [^ ]{1,40}){0,6}? (?:he's|she's|they're|hes|shes|theyre|(?:he|"
        r"she|they) (?:is|are)) (?:gonna get|going to get|getting) it"
        r"(?= ?$| ?,| (?:i swear|mark|trust|and|i|man|mate|believe|no|honest)\b)",
        ("get", "getting"),
        also=("if", "he she they hes shes theyre", "again agen more once catch ever grasses "
              "reports touches"),
    ),
)  # fmt: skip

# Contempt laid on many people by what "are" says of them, whatever else the predicate holds (a
# stereotype is said in the present: "the agency staff were useless" is one shift's story):
# "porters in this trust are a pack of idle layabouts", "the Africans are so loud and lazy",
# "Nigerian support workers are scammers", "millennial nurses are a generation of snowflakes".
# The words between "are" and the contempt word may not deny it, compare, or report it ("are
# never rude", "are no more lazy than", "are branded scroungers", "are tired, not lazy", "are
# the very opposite of stupid"); the reader keeps it only when the people are many or a group
# (``reader._record_shape``).
_PREDICATE_GAP = (
    r"(?:(?!(?:not|never|no|nor|hardly|rarely|seldom|than|to|by|from|with|about|called|"
    r"branded|labelled|labeled|seen|treated|accused|painted|stereotyped|assumed|feel|felt|"
    r"if|when|because|who|that|which|where|but|opposite|unlike|far|least|less|anything|"
    r"neither|instead|rather)\b)[a-z'_-]{1,40} ){0,4}?"
)
PREDICATE_SHAPES: tuple[Shape, ...] = (
    _shape(
        "predicate",
        r"\b" + _DET + _PEOPLE + _POSTMOD + r" (?:are|r) " + _PREDICATE_GAP
        + r"(?P<neg>" + _CONTEMPT_WORD + r")(?:_p)?\b",
        tuple(lx.CONTEMPT_PREDICATES),
        also=("are r",),
    ),
)  # fmt: skip

SHAPES = (
    SHAPES + NAME_SHAPES + VEILED_THREATS + CONSEQUENCE_THREATS + WARNINGS + DEHUMANISING_SHAPES
    + GROUP_SHAPES + GROUP_CONTEMPT_SHAPES + GROUP_THEM_SHAPES + ALL_OF_THEM_SHAPES
    + PREDICATE_SHAPES
)  # fmt: skip

# Speech, thought and feeling denied, condemned or asked about before a statement: "I never said
# the night staff are lazy", "nobody on our team thinks...", "nobody is saying...", "ah'm no
# sayin...", "it is wrong to say...", "asked whether I think...", "I have no particular contempt
# for...".
DENIED = compile_factored(
    r"(?:\b(?:never|not|nobody|noone|no one|none of us|no1|noi|nol)|n't)(?: [a-z'_]+){0,3}? "
    + alternation(lx.SAYING_VERBS)
    # Asked, not said: "I've been asked whether I think agency staff are lazy".
    + r"\b|\b(?:whether|if) (?:i|we|you|they|people) (?:really )?"
    + alternation(lx.SAYING_VERBS)
    + r"\b|\bno "
    + alternation(lx.SAYING_VERBS)
    + r"\b|\b(?:wrong|unfair|unkind|cruel|offensive|disgusting|hurtful) (?:[a-z']+ ){0,3}?"
    + alternation(lx.SAYING_VERBS)
    + r"\b|\bwho (?:said|says|thinks|reckons)\b|\b(?:have|has|got|feel|i've|we've) no (?:particul"
    r"ar "
    r"|real |great |special |personal )?" + alternation(lx.DENIED_FEELINGS) + r"\b"
)

NEEDED = frozenset().union(*(shape.needs for shape in SHAPES))
# For each word some shape needs, the shapes (their indices) that need it, as a tuple (a list
# keeps room to grow); the words needed by the same shapes share one tuple (a thousand words,
# a quarter as many tuples).
_NEEDING: dict[tuple[int, ...], tuple[int, ...]] = {}
SHAPES_NEEDING: dict[str, tuple[int, ...]] = {}
for _word in NEEDED:
    _indices = tuple(index for index, shape in enumerate(SHAPES) if _word in shape.needs)
    SHAPES_NEEDING[_word] = _NEEDING.setdefault(_indices, _indices)
del _NEEDING, _word, _indices
# The parts of veiled threats (``lexicon.VEILED_THREAT_PARTS``) by their first word, each as its
# words and its kind; and the words that make a sentence worth looking at for them: the longest
# word of each phrase that is not an everyday one (a sentence holding only everyday words of a
# part, "I know where", is looked at when another word makes it worth reading, as a threat
# needs two parts). Everyday words as keys would have every sentence read.
_EVERYDAY = word_set(
    "i i've i'll we we've we'll you you'll she she'll he he'll my your his her know knows got "
    "have where which what what's who will more again once next time people long after being "
    "family friends hard number think walking driving remember forget address street finish "
    "expect likes sleep hurt pretty words else watch sorted see how be won't no with in this "
    "a of on up end it about are can coming do done easy face find get home lot me not one or "
    "they well while work wait drink mum mam i'm for out that"
)
VEILED_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
_keys: set[str] = set()
for _kind, _phrases in lx.VEILED_THREAT_PARTS.items():
    for _phrase in _phrases.split("|"):
        _words = tuple(map(intern, _phrase.split()))
        VEILED_BY_FIRST.setdefault(_words[0], []).append((_words, _kind))
        _rare = [w for w in _words if w not in _EVERYDAY]
        if _rare:
            _keys.add(max(_rare, key=len))
VEILED_KEYS = frozenset(_keys)

# Words whose presence makes a sentence worth reading closely: offensive words, and the words
# some statement shape needs, in any spelling that reads as them.
SUSPECT = (
    frozenset(LEX)
    | frozenset(w for pair in lx.PAIRS for w in pair[1:])
    | NEEDED
    | frozenset(k for k, v in CANON.items() if v in NEEDED)
    | lx.SARCASTIC_PRAISE
    | VEILED_KEYS
)
# Held without the forms of ``LEX``, which the reader looks words up in too (``suspect_in``): a
# set of them all held LEX's four thousand forms a second time, 128 KiB of the engine's heap.
SUSPECT_BEYOND_LEX = SUSPECT.difference(LEX)
del SUSPECT


def suspect_in(words: list[str]) -> set[str]:
    """The suspect words among ``words``: those of ``LEX`` or ``SUSPECT_BEYOND_LEX``, each
    found by one look-up made in C."""
    present = LEX.keys() & words
    present.update(SUSPECT_BEYOND_LEX.intersection(words))
    return present


# Fear or care just before a harm makes it no threat: "I'm scared I will hurt her with the hoist",
# "worried we'll hurt him".
FEARED = compile_factored(
    r"\b(?:scared|afraid|worried|frightened|terrified|nervous|anxious|fear|dread)\b"
)
# Idioms a shape may read as a threat: "don't shoot the messenger", "this heat will kill me".
IDIOMS = compile_factored(
    r"\b(?:shoot|kill) the messenger\b|\bshoot (?:you|him|her|them|me) (?:a|an) |\bkill time\b"
    r"|\bkill(?:s|ed)? (?:me|it)\b|\bhang (?:out|on|around|up)\b"
    r"|\bmurder (?:a |an |some )?(?:chinese|indian|curry|pint|brew|cuppa|tea|coffee|takeaway|"
    r"kebab|pizza|burger|chippy|biscuit|drink|beer|bacon)\b"
)
