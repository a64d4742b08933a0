"""Who a sentence of a draft speaks of, for the professional pack's rules: a person supported,
named by the pack's words (``supported``, ``cared_for_here``), by the work the writer does for them
("the quiet chap I do teas for", "the lady from the lunch club"), or by "he" or "she" in a
sentence after one that names them; the employer or a colleague, named or "she" or "they" after;
and a person likened to an animal, a small child or a thing
("she's like a parrot", "he's more of a houseplant than a patient", "the old dragon in number 4").

What is said decides the kind, who it is said of decides whether it is the worker's to say: a
private matter of a person supported is a confidence, a likening of them belittles them, an
idiom of incompetence said of the employer runs it down. The
rules read this once per sentence asked about, from words looked up in sets, never by a scan of
the whole draft.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ..draft import Draft
from ..lexicons import people
from ..matchers.sentences import Sentence, sentence_span
from ..model import Span
from ..wordlists import word_set
from .identifiers import names_found
from .professional_lexicon import READING

# People by the words a worker calls them, before "I ..." or "from the ...".
_PERSON = word_set(
    """lady ladies man men gentleman gentlemen gent gents woman women lad lads lass lasses fella
    fellas bloke blokes chap chaps guy guys girl girls boy boys couple wifie gadgie geezer"""
)
_WRITER = word_set("i we ive weve i've we've")
# What the writer does for someone: "the gent I do mornings for", "the lady I sit with".
_SERVES = word_set(
    """support supported visit visited care cared look looked see help helped sit sat keywork
    befriend befriended cover covered shower showered dress dressed feed fed drive drove shop
    cook cooked"""
)
_FOR = word_set("for after")
# Where people supported are met: "the lady from the lunch club", "the lad at the hostel".
_SERVICE_PLACE = word_set("club centre center hostel project scheme unit ward drop-in dropin")
_FROM = word_set("from at")
# "He" or "she" said of someone named before.
_PRONOUNS = word_set(
    """he she him her his hers he's she's hes shes himself herself they them their they're
    theyre themselves"""
)
# Someone else named in the sentence, whom "he" or "she" may be: the employer, the writer's
# family, a colleague.
_SOMEONE_ELSE = ("employer", "own_family")
# The writer's or someone's closest family, by the words the pack's rules read as kin.
CLOSE_KIN = word_set(
    "mum mam mom dad nan nana gran grandad grandma granny husband wife son daughter"
)
_KIN = CLOSE_KIN | word_set("boyfriend girlfriend partner hubby missus fiance fiancé")
# Words for the people supported that also name a place or a time at work ("on shift",
# "at work", "care home"): they tell where the writer is, not whom they speak of.
_ONLY_WHERE = frozenset(
    {("on", "shift"), ("at", "work"), ("care", "home"), ("care", "homes"), ("residential", "care")}
)
# How far back "he" or "she" may reach for the person it stands for.
_REACH = 2


# The writer's list of visits a person is on: "the lady on my Tuesday run", "the old man in my
# morning call", "the lad on the 7am call".
_ON = word_set("on in from")
_MY_LIST = word_set("my me the our")
_VISITS = word_set("run round rounds call calls list rota patch")
# The visits a person is had on, said with a plain verb: "the fella I do on a Friday", "the one
# I get on Thursdays".
_HAS = word_set("do get have had got")
_WHEN = word_set(
    """on at every mornings teas lunches nights mondays tuesdays wednesdays thursdays fridays
    saturdays sundays"""
)


def _on_the_writers_visits(tokens: list[str], at: int) -> bool:
    """Whether the person word at ``at`` is placed on the writer's visits: "on my Tuesday run",
    "I do on a Friday", "I get on Thursdays"."""
    after = tokens[at + 1 : at + 6]
    if len(after) >= 3 and after[0] in _ON and after[1] in _MY_LIST:
        return not _VISITS.isdisjoint(after[2:5])
    return len(after) >= 3 and after[0] in _WRITER and after[1] in _HAS and after[2] in _WHEN


def _serves_someone(tokens: list[str]) -> bool:
    """Whether the sentence names a person by the work the writer does for them: a person word,
    then "I" or "we" and a verb of the work or "for" within a few words, or "from" or "at" a
    place where services are given, or placed on the writer's visits ("the lady on my Tuesday
    run", "the one I get on Thursdays")."""
    for at, token in enumerate(tokens):
        if token not in _PERSON and token != "one":
            continue
        after = tokens[at + 1 : at + 6]
        if _on_the_writers_visits(tokens, at):
            return True
        if token == "one":
            continue
        if after and after[0] in _WRITER:
            rest = after[1:]
            if not _SERVES.isdisjoint(rest[:2]) or not _FOR.isdisjoint(rest[1:]):
                return True
        elif after and after[0] in _FROM and not _SERVICE_PLACE.isdisjoint(after[1:4]):
            return True
    return False


# Where a person is placed by the room or bed they have: "the man in the end room", "the lady
# in bed 4" (a lounge or a corridor holds staff as well).
_ROOMS = word_set("room bedroom bed bay flat number")


def _placed_in_a_room(sentence: Sentence) -> bool:
    """Whether a person word stands right before a room or a bed it is placed in: "the man in
    the end room", "the lady in room 4"."""
    tokens = sentence.tokens
    return any(
        first > 0
        and tokens[first - 1] in _PERSON
        and (not _ROOMS.isdisjoint(tokens[first:end]) or tokens[end - 1].isdigit())
        for first, end in sentence.hits.get("placed", ())
    )


def names_supported(sentence: Sentence) -> bool:
    """Whether the sentence itself names a person supported, or people supported."""
    for category in ("supported", "cared_for_here"):
        for at, end in sentence.hits.get(category, ()):
            if tuple(sentence.tokens[at:end]) not in _ONLY_WHERE:
                return True
    return _serves_someone(sentence.tokens) or _placed_in_a_room(sentence)


def names_someone_else(sentence: Sentence) -> bool:
    """Whether the sentence names the employer, a colleague or the writer's own family."""
    return any(sentence.has(c) for c in _SOMEONE_ELSE) or not _KIN.isdisjoint(sentence.tokens)


def names_employer(sentence: Sentence) -> bool:
    """Whether the sentence names the employer, a manager or colleagues."""
    return sentence.has("employer")


def _names_other_than_employer(sentence: Sentence) -> bool:
    return names_supported(sentence) or sentence.has("own_family")


def _named_in(
    draft: Draft,
    sentence: Sentence,
    names: Callable[[Sentence], bool],
    others: Callable[[Sentence], bool],
) -> Sentence | None:
    """The sentence that names whom ``names`` tells of, for a sentence that speaks of them: the
    sentence itself, or, where it says "he", "she" or "they", the one before it that names them
    (within ``_REACH`` sentences), no one ``others`` tells of named in it or between."""
    if names(sentence):
        return sentence
    if _PRONOUNS.isdisjoint(sentence.tokens) or others(sentence):
        return None
    before: Sentence | None = sentence
    for _ in range(_REACH):
        before = READING.sentence_before(draft, before) if before is not None else None
        if before is None or others(before):
            return None
        if names(before):
            return before
    return None


def names_one_supported(sentence: Sentence) -> bool:
    """Whether the sentence names a person supported as one the writer supports ("the lady I
    visit", "my Tuesday gent"), not only where people supported are ("in the lounge")."""
    return sentence.has("supported") or _serves_someone(sentence.tokens)


def speaks_of_supported(draft: Draft, sentence: Sentence) -> bool:
    """Whether the sentence speaks of a person supported, by name or by "he" or "she"."""
    return _named_in(draft, sentence, names_supported, names_someone_else) is not None


_HE_OR_SHE = word_set("he she him her he's she's hes shes")
# A capitalised word inside a sentence: a name, which "he" or "she" may stand for.
# Not "I've", "I'm", "I'll" or "I'd", which are the writer.
_CAPITALISED_WORD = re.compile(r"(?<![\w'’])(?!I['’])[A-Z][a-z'’]+")
_OPENS_BEFORE = '.!?:\n"“('
# Capitalised words that are not people: days, months and feasts.
_CALENDAR = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december christmas easter eid diwali
    boxing new year xmas"""
)


def _names_someone_by_name(text: str) -> bool:
    """Whether the draft holds a capitalised word inside a sentence that is not a day, a month
    or a feast: a name, of someone the draft may be about."""
    for m in _CAPITALISED_WORD.finditer(text):
        if m.group().lower() in _CALENDAR:
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        if before and before[-1] not in _OPENS_BEFORE:
            return True
        if not before and m.start() >= 3 and text[m.start() - 1] in " \t":
            return True  # spaces only before it, three or more: inside a sentence
    return False


def said_of_he_or_she_alone(draft: Draft, sentence: Sentence) -> bool:
    """Whether the sentence speaks of "he" or "she" near the start of a draft that names no one:
    not the employer, a colleague, a pet or anyone's family, in the sentence, in the few before
    it (no more than ``_REACH``, nor a question), anywhere in the draft's words or by a name. In
    a worker's short post, "she" named by nothing is the person at work. Family told as "his"
    or "her" family ("her son took her pension") are theirs, not someone else the post is about."""
    if _HE_OR_SHE.isdisjoint(sentence.tokens) or not draft.analysis(_no_one_else_named):
        return False
    before: Sentence | None = sentence
    for _ in range(_REACH + 1):
        if before is None:
            return not _names_someone_by_name(draft.text)
        if _names_someone_not_theirs(before) or before.has("to_the_reader") or before.question:
            return False
        before = READING.sentence_before(draft, before)
    return before is None and not _names_someone_by_name(draft.text)


def one_supported_named_in(draft: Draft, sentence: Sentence) -> Sentence | None:
    """The sentence naming a person supported whom the sentence speaks of, only one the writer
    supports (``names_one_supported``)."""
    return _named_in(draft, sentence, names_one_supported, names_someone_else)


# Words before a name that make it the writer's own people ("my mum Irene", "wor Dot", "our
# handyman László"), and words that tell of them inside it ("grandmother Losana").
_OWN = word_set("my our wor mi")
_WORD = re.compile(r"[a-z][a-z'’]*")


def _writers_own(before: str, name: str) -> bool:
    """Whether a name is told as the writer's own family, friend or colleague, or a relative's:
    a first-person word or a word for someone other than a person supported in the three words
    before it ("my appa Venkatesh", "mother-in-law Kamla"), or such a word inside it."""
    words = [*_WORD.findall(before.lower())[-3:], *_WORD.findall(name.lower())]
    return any(word in _OWN or word in _ANYONE_ELSE or word == "law" for word in words)


def named_by_name_in(draft: Draft, sentence: Sentence) -> bool:
    """Whether the sentence names, by their name alone, someone the identifiers pack reads as a
    person supported ("Took Maisie back to my mum's for her tea"): that pack has weighed whether
    the name is a colleague's, the writer's family's or a public figure's, so its reading tells
    who the sentence is about where the pack's own words ("the lady I support") are not written.
    Not a sentence said to the reader ("George was asking where you'd got to") or naming the
    writer's family as company ("with my sister", not "to my mum's"), nor a name told as the
    writer's own. Read from the names found once per draft, shared with that pack."""
    kin = sentence.hits.get("own_family", ())
    if sentence.has("to_the_reader") or any(
        not sentence.tokens[end - 1].endswith("'s") for _, end in kin
    ):
        return False  # (a relative's house, "my mum's", is a place, not company)
    starts, names = draft.analysis(_warned_names)
    if not names:
        return False
    span = sentence_span(draft, sentence)
    text = draft.original
    # Only the names that start inside the sentence, found by bisection: a long draft's many
    # sentences do not each read all its names.
    for name in names[bisect_left(starts, span.start) : bisect_left(starts, span.end)]:
        if name.end <= span.end and not _writers_own(
            text[span.start : name.start], text[name.start : name.end]
        ):
            return True
    return False


def _warned_names(draft: Draft) -> tuple[list[int], list[Span]]:
    """The names the identifiers pack warns of (a name it is unsure of is only a reminder,
    ``Reminder``: not enough to say whom), by where they start, and their starts. Read once per
    draft."""
    names = sorted(
        (name for name in draft.analysis(names_found) if type(name) is Span),
        key=lambda name: name.start,
    )
    return [name.start for name in names], names


def speaks_of_employer(draft: Draft, sentence: Sentence) -> bool:
    """Whether the sentence speaks of the employer or a colleague, by name or by "she" or
    "they"."""
    return _named_in(draft, sentence, names_employer, _names_other_than_employer) is not None


# --- a person likened to an animal, a small child or a thing --------------------------------

# What a grown person is likened to, to belittle them. Not "kids" or "children" ("like kids at
# Christmas" is fondness), nor a doll (dolls are given as comfort); one grown person "like a
# child" or "like small pikin" is belittled.
FIGURES = word_set(
    """parrot parrots labrador labradors puppy puppies goat goats sheep cow cows cattle pig pigs
    whale whales walrus seal seals hamster hamsters ferret ferrets monkey monkeys chimp chimps
    gorilla gorillas donkey donkeys dragon dragons livestock herd flock budgie budgies goldfish
    sloth sloths hippo hippos mule mules animal animals beast beasts zombie zombies seagull
    seagulls vulture vultures toddler toddlers baby babies infant infants teenager teenagers brat
    brats bairn bairns wean weans houseplant houseplants vegetable vegetables cabbage cabbages
    turnip turnips spud spuds potato potatoes furniture ornament ornaments statue statues sack
    sacks parcel parcels lump lumps robot robots puppet puppets toy toys crow crows pigeon pigeons
    luggage dinosaur dinosaurs child pikin pickney"""
) | word_set(
    # Plants, lamps and toys a grown person is likened to ("they sit there like potted plants",
    # "he sits there like a lamp", "like tamagotchis, feed em, clean em"), and animals that are
    # not pets ("like watching penguins", "like foxes at night").
    """plant plants lamp lamps kettle tamagotchi tamagotchis teletubbies gremlin gremlins
    furnitures penguin penguins fox foxes"""
)
# Words that name someone other than a person supported anywhere in a draft: the writer's or
# anyone's family and kin (the shared lexicon's kinship words and honorifics, relatives), roles
# of colleagues and others, pets, friends ("the girls" at work or on a night out), and the
# people supported in the pack's words (whom
# "he" or "she" would then be read against, not alone). Read by ``said_of_he_or_she_alone``.
_ANYONE_ELSE = (
    _KIN
    | people.KIN_AND_HONORIFICS
    | (people.PETS - FIGURES)  # a pet, not what a person is likened to
    | people.ROLES
    | frozenset(
        w for phrase in people.RELATIVES for w in phrase.split() if len(phrase.split()) == 1
    )
    | word_set(
        """family families relatives relative parents visitors friend friends mate mates pal pals
        colleague colleagues boss senior nurse carer carers neighbour kids kid child children
        son's daughter's cousin godmother godfather client clients resident residents pet pets
        girls"""
    )
)
# Of those, the family that "his", "her" or "their" makes the family of the person spoken of
# ("her son", "his late wife", "their grandkids"), not someone else the post is about.
_THEIR_KIN = _KIN | word_set(
    """son's daughter's family families relatives relative kids kid child children grandson
    granddaughter grandsons granddaughters grandkids grandchildren brother sister nephew niece
    stepdad stepfather stepmum stepmother sons daughters brothers sisters"""
)
_OF_THEM = re.compile(r"(?<![a-z'])(?:his|her|their)\s+(?:[a-z'-]+\s+)?$")


_THEIRS = word_set("his her their")


def _names_someone_not_theirs(sentence: Sentence) -> bool:
    """``names_someone_else``, but for kin told as "his", "her" or "their" own ("his daughter
    rang me"), who are the family of the person spoken of."""
    if any(sentence.has(c) for c in _SOMEONE_ELSE):
        return True
    tokens = sentence.tokens
    return any(
        token in _KIN and _THEIRS.isdisjoint(tokens[max(0, at - 2) : at])
        for at, token in enumerate(tokens)
    )


def _no_one_else_named(draft: Draft) -> bool:
    """Whether the draft's words name no one but the person "he" or "she" is: none of
    ``_ANYONE_ELSE``'s words, or only family words each told as "his", "her" or "their" own.
    Read once per draft (``Draft.analysis``), each of those words' places once."""
    others = _ANYONE_ELSE & draft.words
    if not others:
        return True
    if not others <= _THEIR_KIN:
        return False
    folded = draft.folded
    return all(
        _OF_THEM.search(folded, max(0, at - 24), at) is not None
        for word in others
        for at in draft.starts(word)
    )


# Of those, the ones a home may really have in a room or lounge ("the budgie in the lounge",
# "the furniture in room 4"): likened only by "like" or "is", never by being placed.
_REAL_IN_A_ROOM = word_set(
    """budgie budgies goldfish puppy puppies furniture ornament ornaments statue statues sack
    sacks parcel parcels toy toys baby babies robot robots sheep cow cows pig pigs goat goats
    animal animals seal seals potato potatoes spud spuds"""
)
# Words that may stand between "like" or "is" and the figure: "like a big daft puppy", "are
# basically overgrown teenagers", "more of a houseplant".
_BETWEEN = word_set(
    """a an some big little small old wee overgrown grown spoilt giant daft mad stubborn grumpy
    naughty stroppy wild fat lazy sulky moody miserable stray wet broken proper right real total
    complete absolute basically just literally practically essentially more bit of kind sort
    glorified bunch pack load nothing but no better than worse actual human living talking
    walking beached useless lumbering noisy screaming whingeing whinging crying heavy potted"""
)
_IS = word_set(
    """is are was were been be being become becomes became turned turning into he's she's they're
    hes shes theyre like"""
)
# "Like" as a verb ("they like the hens") or "is" said of the writer or the reader.
_NOT_LIKENING_AFTER = word_set(
    """i we you ye they would i'd we'd you'd to really don't dont didn't didnt do does did also
    i'm im we're were you're youre myself"""
)
# Stages of life said literally of the past ("she was a baby when the war started").
_STAGES = word_set(
    """toddler toddlers baby babies infant infants teenager teenagers bairn bairns wean weans
    child pikin pickney"""
)
_PAST = word_set("was were been")
_POINTING = word_set("the that this our my wor me")
# What of a person is likened by "of": "the memory of a goldfish", "all the conversation of a
# houseplant", "the manners of a pig".
_FACULTIES = word_set(
    """memory memories brain brains conversation manners personality attention span sense mind
    mentality intelligence iq patience"""
)


# Treatment reported, not a likening of the writer's own: "the council treats our residents
# like parcels".
_TREATED = word_set("treat treats treated treating handle handles handled handling")


def _likened_by_words(tokens: list[str], at: int) -> bool:
    """The figure at ``at`` said of someone by "like" or "is", or of what they have ("the memory
    of a goldfish"): nothing but ``_BETWEEN``'s words between, and the word before that not the
    writer or "like" as a verb, nor treatment reported a few words before."""
    for back in range(1, 6):
        i = at - back
        if i < 0:
            return False
        word = tokens[i]
        if word in _FACULTIES and tokens[i + 1] == "of":
            return i == 0 or tokens[i - 1] not in _NOT_LIKENING_AFTER
        if word in _IS:
            # "She was a baby when the war started" is the past; "like he was a toddler" is not.
            if word in _PAST and tokens[at] in _STAGES and "like" not in tokens[max(0, i - 2) : i]:
                return False
            if not _TREATED.isdisjoint(tokens[max(0, i - 4) : i]):
                return False
            return i == 0 or tokens[i - 1] not in _NOT_LIKENING_AFTER
        if _doing_after_like(tokens, i):
            # "like moving a beached whale", "like feedin a wean": the work likened.
            return i < 2 or tokens[i - 2] not in _NOT_LIKENING_AFTER
        if word in _PARTICLES and _doing_after_like(tokens, i - 1):
            continue  # "like looking after a baby", "like talking to a toddler"
        if word not in _BETWEEN:
            return False
    return False


# A word of doing ("moving", "feedin", "babysitting") right after "like": the work with someone
# likened ("like herding sheep"), where the figure follows it, perhaps after its particle
# ("like looking after a baby").
_PARTICLES = word_set("after to with at for")
_NOT_DOING = word_set("within begin cousin cabin robin basin muffin")


def _doing_after_like(tokens: list[str], i: int) -> bool:
    word = tokens[i]
    return (
        i > 0
        and tokens[i - 1] == "like"
        and len(word) > 5
        and (word.endswith("ing") or word.endswith("in"))
        and word not in _NOT_DOING
    )


def _likened_by_place(tokens: list[str], at: int, placed: list[tuple[int, int]]) -> bool:
    """ "The old dragon in number 4": the figure pointed at and placed in a room or on a floor."""
    if tokens[at] in _REAL_IN_A_ROOM or not any(first == at + 1 for first, _ in placed):
        return False
    for back in range(1, 4):
        i = at - back
        if i < 0 or (tokens[i] not in _BETWEEN and tokens[i] not in _POINTING):
            return False
        if tokens[i] in _POINTING:
            return True
    return False


# A child in fondness idioms: "lights up like a child at Christmas", "like a child in a sweet
# shop", "like a child on her birthday".
_FOND_FIGURES = word_set("child pikin pickney")
_FOND_AFTER = word_set("at in on with opening who whose again")


def _in_fondness(tokens: list[str], at: int) -> bool:
    return tokens[at] in _FOND_FIGURES and at + 1 < len(tokens) and tokens[at + 1] in _FOND_AFTER


def likens_someone(sentence: Sentence) -> bool:
    """Whether the sentence likens someone to an animal, a small child or a thing, in the
    writer's own words: not in quotation marks ("wrote that they are "vegetables""), nor denied
    ("as adults, never like toys")."""
    tokens = sentence.tokens
    placed = sentence.hits.get("placed", [])
    return any(
        token in FIGURES
        and not sentence.quoted(at)
        and not sentence.negated(at)
        and not _in_fondness(tokens, at)
        and (_likened_by_words(tokens, at) or _likened_by_place(tokens, at, placed))
        for at, token in enumerate(tokens)
    )
