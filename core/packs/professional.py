"""Professional: write in a group of peers as the role, not as a friend, and keep its boundaries."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..draft import Draft
from ..learned import with_scorer
from ..learned.scorer import learned
from ..matchers import (
    Cued,
    Custom,
    Pattern,
    asks_in_general,
    clause_before,
    is_question,
    not_after,
    previous_word,
    word_set,
)
from ..matchers.clauses import SENTENCE_BREAK
from ..matchers.sentences import (
    QUESTION_OPENERS,
    Either,
    InSentence,
    Sentence,
    UnlessSaid,
    sentence_bounds,
    sentence_span,
)
from ..model import Context, Reminder, Rule, Severity, Span, Tip
from .offensive.reader import analyse as offensive_reading
from .professional_lexicon import DROPPED_VOWELS, LEXICON, READING, TEXT_SPEAK_READING
from .professional_people import (
    CLOSE_KIN,
    FIGURES,
    likens_someone,
    named_by_name_in,
    one_supported_named_in,
    said_of_he_or_she_alone,
    speaks_of_employer,
    speaks_of_supported,
)

_TIP = Tip.PROFESSIONAL


# --- over-familiar address and kisses ---------------------------------------------------------

# Anonymised placeholders ("Mrs XX", "resident XX") are written in capitals after a title or a
# noun; kisses are not.
_PLACEHOLDER_AFTER = word_set(
    "mr mrs ms miss mx dr room resident client patient user ref size bay bed ward person service"
)


# Words that are pet names only when they address someone: they close a clause ("No idea pet,
# sorry", "Cheer up, love.", "my dear") or open one before a comma ("Pet, don't worry"), and do
# not follow a word that makes them a thing or a feeling ("the pet", "lots of love", "rubber
# duck", "that's lovely", "oh dear"). Never "I love the new rota" or "the pet therapy dog".
_ADDRESS_NAMES = """love lovely hen pet darling darlin doll chick duck flower treacle dear honey
    sugar bach lovey poppet chuck darlings lover angel sweetness quine jaan mahal"""
_ADDRESS_WORDS = word_set(_ADDRESS_NAMES)
# Pet names wherever they stand ("Thanks hun", "babe"), in any case: with the address words, what
# the over-familiar rule looks for; "hon" only as written.
_PET_NAMES = """hun hunny hunni babe babes bab sweetie sweetheart petal querida querido cariad
    lovelies hinny habibti habibi sweetcheeks"""
_ALL_PET_NAMES = (*_PET_NAMES.split(), *_ADDRESS_NAMES.split())
_BEFORE_ADDRESS = word_set(
    """hi hiya hey hello morning evening night thanks thank ta cheers aw aww awww oh worry grip
    sorry bless ok okay you there yes no congrats congratulations done my"""
)
# Words before which an address word is a thing, a feeling or a description, not a person
# addressed: articles, possessives, prepositions, the verb "to be" and words of degree.
_NOT_ADDRESS_BEFORE = word_set(
    """the a an these those its her his their your our of with in on at for to from by and or
    but as than like is was are were be been being am it's that's they're you're we're he's
    she's there's who's so very too such really quite rather how what any some much more most
    all each every own i we they he she"""
)
# Greetings and sighs before which an address word is a person addressed whatever follows:
# "Aww duck don't worry", "Ah chick that's amazing".
_GREETING = word_set("hi hiya hey hello aw aww awww ah och oh aye thanks cheers ta naw nah ack ach")
_THANK_YOU = re.compile(r"(?i:thank\s+you|thanks\s+so\s+much|thank\s+u)\W*$")
# Words after which "love" is the verb: "Ah love him", "Aww love that".
_LOVED = word_set("him her it them you that this these those my your his their our the ya")
# What makes each word a thing or a feeling before it ("sending love", "rubber duck").
_NOT_ADDRESS_AFTER = {
    "love": word_set(
        """sending send sends sent need needs feel felt show shows give gives spread found find
        fell falling fall true first lots loads big tough puppy self unconditional peace"""
    ),
    "lovely": word_set(
        """looks look looked sounds sound sounded smells smell feels felt seems seemed just
        absolutely soo sooo proper dead always ever"""
    ),
    "dear": word_set("oh ooh dear hold held holds paid pay cost costs old"),
    "pet": word_set("family house teacher's therapy new old beloved favourite first"),
    "hen": word_set("mother old broody battery"),
    "duck": word_set("rubber roast sitting lame dead crispy peking plastic wild ugly this that"),
    "doll": word_set(
        "baby rag therapy dementia china porcelain real barbie reborn empathy this that"
    ),
    "chick": word_set("baby this that"),
    "flower": word_set("wild spring wall pressed sun cut favourite this that"),
    "honey": word_set("manuka local runny raw clear set"),
    "sugar": word_set("blood low high brown white icing cane no free less extra"),
    "darling": word_set("mr mrs ms alistair grace"),
    "angel": word_set("little guardian real absolute proper such snow christmas fallen an"),
    "lover": word_set("dog cat music book animal nature food football"),
    "sweetness": word_set("bitter"),
    "mahal": word_set("taj"),
}
# "my love", "my dear" address someone; "all my love", "with my love" sign off.
_SIGN_OFF_BEFORE_MY = word_set("all with of sending send and")
# Pet names a possessive "my" makes a thing: "my pet", "my duck" (a toy, a bird), "my grandma is
# my angel".
_THINGS_AFTER_MY = word_set("pet hen duck doll chick flower honey sugar treacle chuck angel")
# What follows a word that addresses someone: the end, a stop, a kiss, a dash between clauses
# ("Lovely speaking today poppet - let's book it") or an emoji ("Big up yourself sweetness 🙌").
_AFTER_ADDRESS = re.compile(
    r"\s*(?:$|[,.!?)…]|x\b|xx|[-–—]\s|[\U0001F300-\U0001FAFF\u2600-\u27BF])"
)
_QUOTE_MARKS = "\"“”‘'’"
# The word told as what someone is called, not said to anyone: "my nan called me petal", "she
# calls all the staff darling", "don't call me hun".
_CALLED_BEFORE = re.compile(
    r"(?i:\b(?:call|calls|called|calling)\s+(?:(?:me|you|him|her|us|them|everyone|everybody|"
    r"anyone|all|the|staff|carers|girls|lads|residents|people|folk|each|other)\s+){1,3})$"
)
_SENTENCE_OPENS = re.compile(r"[.!?\n…][^\w]*$")
# Words told as said to someone in the story, not to the reader: "I said no love, not allowed",
# "I told her it's 10am pet" (the words after "said" in the same sentence).
_SAID_TO_THEM_BEFORE = re.compile(
    r"(?i:\b(?:i|we|she|he)\s+(?:said|says|told\s+(?:him|her|them)|replied)\b[^.!?\n\"“]{0,30})$"
)


def _is_endearment(m: re.Match[str]) -> bool:
    word, text = m.group().lower(), m.string
    start, end = m.span()
    if any(c and c in _QUOTE_MARKS for c in (text[start - 1 : start], text[end : end + 1])):
        return False  # "no talking down, no 'sweetheart'": reported, not said
    if _CALLED_BEFORE.search(text, max(0, start - 40), start):
        return False  # "she calls everyone duck": reported, not said
    if _SAID_TO_THEM_BEFORE.search(text, max(0, start - 48), start):
        return False  # "I said no love, not allowed": said to someone in the story
    before = previous_word(m)
    if before in ("the", "a", "an"):
        return False  # "Attila the Hun"
    if word not in _ADDRESS_WORDS:
        return True
    if _SENTENCE_OPENS.search(text, max(0, start - 40), start):
        before = ""  # the first word of its sentence
    if before == "" and word in ("love", "lovely", "dear"):
        return False  # "Love, Mum", "Lovely, thanks", "Dear all"
    if before in _NOT_ADDRESS_AFTER.get("darling" if word == "darlin" else word, ()):
        return False
    if word == "love":
        after = re.match(r"[ \t]+([\w'’]+)", text[end : end + 12])
        if after is not None and after.group(1).lower() in _LOVED:
            return False
    if before in _GREETING or _THANK_YOU.search(text, max(0, start - 20), start):
        return True
    if _AFTER_ADDRESS.match(text, end) is None:
        # Opening its sentence before a comma: "Pet, don't worry" (not "Love, Mum").
        return before == "" and text.startswith(",", end)
    if before == "my":
        before_my = re.search(r"([\w'’]+)\W+my\W*$", text[max(0, start - 40) : start])
        return word not in _THINGS_AFTER_MY and (
            before_my is None or before_my.group(1).lower() not in _SIGN_OFF_BEFORE_MY
        )
    if before in _BEFORE_ADDRESS or re.search(r",\s*$", text[max(0, start - 4) : start]):
        return True  # "Thanks love", "Cheer up, love"
    return before not in _NOT_ADDRESS_BEFORE


OVER_FAMILIAR = Rule(
    id="professional.over_familiar",
    severity=Severity.WARNING,
    # A WhatsApp team chat is where "Ta pet" is everyday; a group's page or a feed is not.
    severity_by_site={"whatsapp": Severity.INFO},
    tip=_TIP,
    message="Pet names may read as a chat between friends rather than between peers.",
    why=(
        "A group of peers is a working space, so the tip 'Maintain appropriate professional "
        "standards of communication' asks us to write as the role, not as a friend or relative."
    ),
    suggestion="Consider addressing people by name.",
    matcher=Cued(
        Pattern(
            r"(?<![\w@#'’])(?:(?i:" + "|".join(_ALL_PET_NAMES) + r")|hon)(?![\w'’-])",
            validator=_is_endearment,
            flags=re.MULTILINE,
        ),
        cues=" ".join((*_ALL_PET_NAMES, "hon")),
        reach=12,
    ),
    flags=(
        "Thanks [[hun]], that's really helpful",
        "Don't worry [[babe]] we've all been there",
        "Morning [[Hun]]! Any news on the rota?",
        "Hi [[lovely]], it's a really common feeling.",
        "Dinnae worry [[hen]], you'll get there.",
        "Get a grip [[love]], it's only a job.",
        "No idea [[pet]], sorry like.",
        "Aww [[duck]] don't worry about it, we've all been there.",
        "Stop crying my [[dear]], it will pass.",
        "Not from here either, my [[love]]. It gets easier.",
        "Cheers [[bab]], you've made my day.",
        "[[Pet]], dinnae worry aboot it.",
        "It's only a bit of back pain [[love]], we all get it.",
        "Diolch [[cariad]], I'll ring them tomorrow.",
        "Aye [[hen]] that's right, phone them.",
        "Thank you [[dear]] for your reply.",
        "Morning my [[lovelies]]! Who's at the conference?",
    ),
    passes=(
        "Attila the Hun came up in the quiz at the day centre.",
        "The Hon. Secretary will send the minutes.",
        "I love the new rota, thank you.",
        "Do you love your job as much as I do?",
        "The pet therapy dog visits on Fridays.",
        "We had a lovely afternoon in the garden.",
        "Dear all, the minutes are attached.",
        "Oh dear, the rota is out late again.",
        "Sending love to you all x",
        "She's not a sweet old dear, she's a retired magistrate who is scared.",
        "The staff on the ward were lovely.",
        'Dad calls his carer "sweetheart" and she calls him "sir".',
        "The therapy doll has helped Mum settle, she holds it all day.",
        "Great day. Love, Mum",
        "We bought Dad a rubber duck.",
    ),
)


def _is_kiss(m: re.Match[str]) -> bool:
    return not m.group().startswith("X") or previous_word(m) not in _PLACEHOLDER_AFTER


# A single "x" closing a line: a kiss on LinkedIn when the draft speaks to someone ("v well
# deserved x" to a new colleague, "drop me a DM x"); a sign-off to nobody ("Small wins x"), and any
# single "x" elsewhere, is everyday.
_LONE_X = re.compile(r"(?<![\w@#'’*×/.-])x(?=[ \t]*$)", re.MULTILINE)
_ADDRESSED = word_set(
    """you your you're youre yours u ur me hi hello hey dear thanks thank thx congrats
    congratulations welcome deserved"""
)


def find_lone_kisses(draft: Draft, context: Context) -> Iterator[Span]:
    if context.site != "linkedin" or "x" not in draft.words or _ADDRESSED.isdisjoint(draft.words):
        return
    for m in _LONE_X.finditer(draft.folded):
        if previous_word(m) not in _PLACEHOLDER_AFTER and not previous_word(m).isdigit():
            yield Span(*draft.to_original(*m.span()))


# Kisses sign off many a message between carers on Facebook and WhatsApp: a reminder there, and
# a warning only on LinkedIn, where they read as out of place.
KISSES = Rule(
    id="professional.kisses",
    severity=Severity.INFO,
    severity_by_site={"linkedin": Severity.WARNING},
    example_site="linkedin",
    tip=_TIP,
    message="Kisses may read as a chat between friends rather than between peers.",
    why=(
        "A professional network is a working space, so the tip 'Maintain appropriate "
        "professional standards of communication' asks us to sign off as the role."
    ),
    suggestion="Consider signing off without kisses.",
    matcher=Either(
        (
            Cued(
                Pattern(
                    r"(?<![\w@#'’])(?:x{2,}|X{2,}(?=\s*(?:$|[^\w\s])))(?![\w'’-])",
                    validator=_is_kiss,
                    flags=re.MULTILINE,
                ),
                cues="xx xxx xxxx xxxxx xxxxxx",
                reach=12,
            ),
            Custom(find_lone_kisses),
        )
    ),
    flags=(
        "See you all at the forum on Tuesday [[xx]]",
        "Lovely to meet you [[XXX]]!",
        "Thank you, you're a star [[xx]]",
    ),
    passes=(
        "We ordered the XXL aprons from the usual supplier.",
        "Resident XX was reviewed by the GP on Monday.",
        "Mrs XX. has agreed to the new care plan.",
        "Size x large gloves are back in stock.",
        # A single "x" is an everyday sign-off for many writers; two or more read as kisses.
        "Mum's first week at the day centre went well. Small wins x",
        "2 x 500mg tablets as prescribed.",
    ),
)

# --- text speak and runs of emoji ------------------------------------------------------------

# On LinkedIn any text speak but a lone "u" reads as casual; in a Facebook group or a WhatsApp
# chat a "u" or a "lol" is everyday, and only a draft written in it (three words or more) is.
_TEXT_SPEAK_ELSEWHERE = 3
_TEXT_SPEAK = (
    "text_speak",
    "text_speak_light",
    "text_speak_letter",
    "text_speak_very",
    "text_speak_digit",
    "text_speak_digit_after",
    "text_speak_know",
    "text_speak_lower",
)
_TEXT_SPEAK_GROUPS = tuple(TEXT_SPEAK_READING.needs((c,)) for c in _TEXT_SPEAK)

# A digit for a syllable inside a word ("gr8", "2nite", "sum1"): letters and a 2, 4 or 8 (or a
# closing 1) in one word. Units, times and ordinals ("4pm", "2nd", "8hrs") have other shapes or
# are listed; a word in capitals ("NE1", "A4") is a code, not text speak.
_SYLLABLE_DIGIT = re.compile(r"\A(?:[a-z]{2,}[248][a-z]*|[248][a-z]{3,}|[a-z]{2,}1)\Z")
# What a number counts, so that the digit before it is a number, not "for" or "to".
_COUNTED = word_set(
    """day days week weeks hour hours hrs min mins minute minutes year years yrs month months
    time times people staff carers residents clients shifts calls visits more or and to of x
    weeks' days' tablets doses places spaces beds rooms"""
)
_UNITS = word_set(
    """hrs hours mins days wks weeks yrs years mths months secs kgs mgs mls mcgs ish xmas mp ps
    win ios"""
)


def _syllable_digits(draft: Draft) -> Iterator[tuple[int, int]]:
    """(start, end) in the folded text of each word with a digit for a syllable ("gr8")."""
    if b"0" not in draft.shape:
        return
    for word in draft.words:
        if word.isalpha() or word.isdigit() or not _SYLLABLE_DIGIT.fullmatch(word):
            continue
        if word.strip("0123456789") in _UNITS:
            continue
        for start in draft.starts(word):
            if not draft.text[start : start + len(word)].isupper():
                yield start, start + len(word)


def _dropped_vowels(draft: Draft) -> Iterator[tuple[int, int]]:
    """(start, end) in the folded text of each everyday word written without its vowels ("tdy",
    "trng", "thnk"), in lower case or with a capital first letter ("Rly"), not in capitals ("NMBR"
    is a code). Two letters ("hw", "nt") only in lower case, where initials are not."""
    for word in draft.words & DROPPED_VOWELS:
        for start in draft.starts(word):
            written = draft.text[start : start + len(word)]
            if written.islower() or (len(word) > 2 and written[1:].islower()):
                yield start, start + len(word)


# A word stretched by a letter said three times or more ("sooo", "yaaay"), as a voice drawls it in
# chat; not kisses ("xxx"), an address ("www"), sleep ("zzz") or a Roman numeral ("viii").
_STRETCHED = re.compile(r"([a-hj-uy])\1\1")


def _stretched(draft: Draft) -> Iterator[tuple[int, int]]:
    """(start, end) in the folded text of each stretched word, in lower case or with a capital
    first letter ("Sooo proud"), not in capitals (shouting is its own rule)."""
    if _STRETCHED.search(draft.folded) is None:
        return
    for word in draft.words:
        if word.isalpha() and _STRETCHED.search(word):
            for start in draft.starts(word):
                if draft.text[start + 1 : start + len(word)].islower():
                    yield start, start + len(word)


def _spelt_out(tokens: list[str], at: int, runs: list[set[int]]) -> bool:
    """Whether the letter at ``at`` is one of a word's letters spelt out ("f u c k"): in a run of
    three single letters or more ("a" and "i" are words, digits are numbers). ``runs`` holds the
    sentence's runs read so far, so that a long run is read once."""
    if not _single_letter(tokens, at - 1) and not _single_letter(tokens, at + 1):
        return False
    if not runs:
        runs += (set(), set())  # the tokens in runs of three or more, and those read
    inside, read = runs
    if at not in read and _single_letter(tokens, at):
        # The run of single letters holding ``at``, read out from it, not the sentence's every
        # token: each token is read once however many of a run's letters ask.
        lo, hi = at, at + 1
        while _single_letter(tokens, lo - 1):
            lo -= 1
        while _single_letter(tokens, hi):
            hi += 1
        read.update(range(lo, hi))
        if hi - lo >= 3:
            inside.update(range(lo, hi))
    return at in inside


def _single_letter(tokens: list[str], i: int) -> bool:
    if not 0 <= i < len(tokens):
        return False
    t = tokens[i]
    return len(t) == 1 and t.isalpha() and t not in "ai"


def _stands_for_a_word(draft: Draft, sentence: Sentence, at: int, runs: list[set[int]]) -> bool:
    """A letter for a word ("me n Dee") sits between words of its clause, in lower case
    ("Vitamin B and C" names letters)."""
    tokens, start = sentence.tokens, sentence.starts[at]
    return (
        0 < at < len(tokens) - 1
        and draft.folded[start - 1 : start + 2 : 2] == "  "  # a word of its own: not "b*locks"
        and sentence.clause(at - 1) == sentence.clause(at) == sentence.clause(at + 1)
        and tokens[at - 1].isalpha()
        and tokens[at + 1].isalpha()
        and draft.text[start].islower()
        and not _spelt_out(tokens, at, runs)
    )


def _stands_for_very(draft: Draft, sentence: Sentence, at: int) -> bool:
    """A "v" for "very" goes before a word in lower case ("v well deserved"); between two names or
    numbers it is "versus" ("England v Wales", "R v Smith", "5 v 5")."""
    tokens, starts = sentence.tokens, sentence.starts
    if at + 1 >= len(tokens) or sentence.clause(at) != sentence.clause(at + 1):
        return False
    after = draft.text[starts[at + 1]]
    if not (tokens[at + 1].isalpha() and after.islower() and draft.text[starts[at]] == "v"):
        return False
    if at == 0 or sentence.clause(at - 1) != sentence.clause(at):
        return True
    return tokens[at - 1].isalpha() and (at == 1 or draft.text[starts[at - 1]].islower())


def _text_speak_words(draft: Draft, sentence: Sentence) -> Iterator[tuple[int, bool]]:
    """(token, whether it is a lone "u" or "lol") for each word of text speak in the sentence."""
    for first, end in sentence.hits.get("text_speak", ()):
        for at in range(first, end):  # "c u": each word of the phrase
            yield at, sentence.tokens[at] in ("u", "lol")
    for first, _ in sentence.hits.get("text_speak_digit", ()):
        yield first, False
    for first, _ in sentence.hits.get("text_speak_very", ()):
        if _stands_for_very(draft, sentence, first):
            yield first, False
    for _, end in sentence.hits.get("text_speak_digit_after", ()):
        # "looking 4 a job": the digit, after the word that asks for it, unless it counts
        # what follows ("looking 4 days ahead").
        if end == len(sentence.tokens) or sentence.tokens[end] not in _COUNTED:
            yield end - 1, False
    for _, end in sentence.hits.get("text_speak_know", ()):
        yield end - 2, False  # "any1 no wen": the "no" that stands for "know"
    for first, _ in sentence.hits.get("text_speak_lower", ()):
        start = sentence.starts[first]
        word = draft.text[start : start + len(sentence.tokens[first])]
        if word.islower() or (first == 0 and word[1:].islower()):
            yield first, False  # "asap" or "Gd luck", not "ASAP"
    light, letters = (
        sentence.hits.get("text_speak_light", ()),
        sentence.hits.get("text_speak_letter", ()),
    )
    if not light and not letters:
        return
    runs: list[set[int]] = []
    for first, _ in light:
        if not _spelt_out(sentence.tokens, first, runs):
            yield first, True
    for first, _ in letters:
        if _stands_for_a_word(draft, sentence, first, runs):
            yield first, False


def find_text_speak(draft: Draft, context: Context) -> Iterator[Span]:
    """Words of text speak, when there are enough of them for the site to read as casual."""
    found: dict[int, tuple[int, bool]] = {}  # start in the folded text: (end, light)
    for sentence in TEXT_SPEAK_READING.sentences(draft, _TEXT_SPEAK_GROUPS):
        for at, light in _text_speak_words(draft, sentence):
            start = sentence.starts[at]
            light = light and found.get(start, (0, True))[1]  # a word is light only if always
            found[start] = (start + len(sentence.tokens[at]), light)
    for start, end in _syllable_digits(draft):
        found[start] = (end, False)
    for start, end in _dropped_vowels(draft):
        found[start] = (end, False)
    if context.site == "linkedin":
        # A drawn-out word is a tone of voice in a chat; on LinkedIn it reads as casual.
        for start, end in _stretched(draft):
            found[start] = (end, False)
    if context.site == "linkedin":
        enough = len(found) >= 2 or any(
            not light or draft.folded[start:end] != "u" for start, (end, light) in found.items()
        )
    else:
        enough = len(found) >= _TEXT_SPEAK_ELSEWHERE
    if not enough:
        return
    for start in sorted(found):
        yield Span(*draft.to_original(start, found[start][0]))


TEXT_SPEAK = Rule(
    id="professional.text_speak",
    severity=Severity.WARNING,
    tip=_TIP,
    example_site="linkedin",
    message="Text speak may come across as casual in a group of peers.",
    why=(
        "Shorthand like 'gr8' or 'thx' reads as chat between friends, and the tip 'Maintain "
        "appropriate professional standards of communication' asks for the style of the role."
    ),
    suggestion="Consider writing the words out in full.",
    matcher=Custom(find_text_speak),
    flags=(
        "[[lol]] that's exactly what happened to us",
        "[[OMG]] the inspection went well!",
        "[[Gr8]] day at the conference, [[thx]] [[2]] [[every1]] who came!",
        "Can [[u]] send [[ur]] template?",
        "[[Soz]] I missed the meeting",
        "Cant [[w8]] [[2b]] part of the team",
        "Is it just me [[n]] Dee on [[2mrw]]?",
        "[[Any1]] [[no]] [[wen]] the new rates start?",
        "Well [[dun]] [[every1]], [[c]] [[u]] [[2moz]]",
        "Looking [[4]] [[sum1]] to cover, [[msg]] me [[asap]]",
        "So [[gr8ful]] for the team [[rn]]",
        "Looking [[4]] a senior role, any leads welcome.",
        "Training went well, [[thru]] to the next stage!",
    ),
    passes=(
        "LOLA the therapy dog visited on Friday.",
        "We did a U-turn on the rota after feedback.",
        "Our Vitamin D leaflet is in the U drive.",
        "Lolly sticks for the craft session please.",
        # A lone "u" is everyday even on LinkedIn.
        "Thank u all for the warm welcome to the team.",
        "We have 2 vacancies for Senior Carers and 4 for Care Assistants.",
        "Vitamin B and C levels were normal.",
        "Please reply ASAP: the RN on nights covers wards 2 and 4 until 8pm on the 2nd.",
        "Our office is in NE1 and the forms are printed on A4.",
        "Shifts are 8hrs, 4 days a week, 2 weeks on.",
        "No, nobody knows when the new rates start.",
    ),
)

_EMOJI = (
    "[\u2600-\u2604\u2607-\u27bf\u2b50\u2b55\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff"
    "\U0001f900-\U0001f9ff\U0001fa70-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]*"
)

# Where a run may start: a character from U+2600 on (every emoji and every mark after one is)
# followed by another or by a space or tab. One range, looked for in a scan that takes a third of
# the time of the run's own scan, which tries its many ranges at every character of a draft; the
# character found is then read against the emoji's own ranges by a look-behind, in C (a draft in
# Chinese or Japanese has a start at nearly every character otherwise, each a step of Python).
_EMOJI_RUN_START = re.compile(
    "[\u2600-\U0010ffff](?<=" + _EMOJI.partition("]")[0] + "])(?=[\u2600-\U0010ffff \t])"
)


def _emoji_run_starts(draft: Draft) -> Iterator[int]:
    return (m.start() for m in _EMOJI_RUN_START.finditer(draft.text))


_EMOJI_RUN = Pattern(_EMOJI + r"(?:[ \t]?" + _EMOJI + "){2,}", flags=0, starts=_emoji_run_starts)


def find_emoji_runs(draft: Draft, context: Context) -> Iterable[Span]:
    """Runs of three or more emoji; a draft in plain ASCII has none, and most drafts are. (A
    draft with other characters is scanned: ``max`` of its characters took longer than the scan.)
    """
    if draft.text.isascii():
        return ()
    return _EMOJI_RUN.find(draft, context)


# A single burst of hearts under good news is warm and normal in peer groups, so this stays a
# reminder (info) rather than a warning.
EMOJI_RUN = Rule(
    id="professional.emoji_run",
    severity=Severity.INFO,
    tip=_TIP,
    message="A long run of emoji may read as casual in a group of peers.",
    why=(
        "Strings of emoji suit a chat with friends; the tip 'Maintain appropriate professional "
        "standards of communication' asks us to match the tone of the role."
    ),
    suggestion="Consider whether one emoji, or a few words, says it better.",
    matcher=Custom(find_emoji_runs),
    flags=(
        "Well done everyone [[🎉🎉🎉]]",
        "Brilliant news [[😂 😂 😂 😂]]",
        "[[👍🏽👍🏽👍🏽]] thanks all",
    ),
    passes=(
        "Thanks for the advice 👍",
        "Great result 🎉 see you all Tuesday 😊",
        "The ★★★ hotel rating is not an emoji run.",
    ),
)

# --- shouting ---------------------------------------------------------------------------------

# Shouted sentences contain ordinary words; lists of acronyms (CQC, DBS, PPE) do not.
_PLAIN_WORDS = word_set(
    """I A AN THE AND OR BUT TO OF IN ON AT FOR FROM WITH IS ARE WAS WERE BE BEEN AM IT IT'S
    THIS THAT THESE YOU YOUR YOU'RE WE OUR THEY THEIR HE SHE HIM HER ME MY NO NOT DON'T CAN'T
    WON'T DO DOES DID HAVE HAS HAD WHY WHAT HOW WHO WHEN WHERE JUST SO ALL ANY ANYONE NOBODY
    EVERYONE PLEASE WILL CAN SHOULD NEED I'M I'VE GET GOT STOP EVER AGAIN STILL NEVER ONE"""
)


# Three words in capitals in Normalised.shape's terms (capitals are "A", "'" is "x", "’" "0"): most
# drafts have none, and the shape is searched far faster than the text, which stops at capitals.
# It starts at the last letter of the first word, so that a search never reads one word again
# from each of its letters (which would make a pasted block of capitals quadratic): only the second
# word is read whole, and only from the end of the word before it.
_SHOUTED_SHAPE = re.compile(rb"[Ax0][ \t,]++A[Ax0]*+[ \t,]++A")


def _is_shouted_sentence(m: re.Match[str]) -> bool:
    words = [w.replace("’", "'") for w in re.findall(r"[A-Z'’]+", m.group())]
    letters = sum(len(w) for w in words)
    return len(words) >= 3 and letters >= 12 and any(w in _PLAIN_WORDS for w in words)


SHOUTING = Rule(
    id="professional.shouting",
    severity=Severity.WARNING,
    tip=_TIP,
    message="Whole sentences in capitals may read as shouting.",
    why=(
        "Capitals read as a raised voice, and the tip 'Maintain appropriate professional "
        "standards of communication' asks us to keep the tone we would use in person at work."
    ),
    suggestion="Consider writing it in ordinary case; bold or a clear first line can show urgency.",
    matcher=Pattern(
        # The lookbehind follows the first capital so that re can skip ahead to capitals.
        not_after(r"[A-Z]", r"[\w'’]") + r"[A-Z'’]*(?:[ \t,]+[A-Z][A-Z'’]*){2,}(?![\w'’])",
        validator=_is_shouted_sentence,
        flags=0,
        shape=_SHOUTED_SHAPE,
    ),
    flags=(
        "[[I AM SICK OF CHASING THE COUNCIL]] for an answer.",
        "Honestly [[WHY DOES NOBODY READ THE ROTA]]",
        "[[PLEASE DO NOT PARK IN THE AMBULANCE BAY]]",
    ),
    passes=(
        "We need CQC, DBS, PPE and GDPR training booked for April.",
        "The NHS and CQC guidance changed in March.",
        "FREE TRAINING EVENT: moving and handling, 3 May.",
        "I asked the NHS 111 service and they said to wait.",
        "Updated COSHH, RIDDOR, MCA DOLS guidance attached.",
    ),
)

EXCLAMATIONS = Rule(
    id="professional.exclamations",
    severity=Severity.INFO,
    tip=_TIP,
    message="Several exclamation marks in a row may read as shouting.",
    why=(
        "A row of exclamation marks raises the volume, and the tip 'Maintain appropriate "
        "professional standards of communication' asks for a calm, even tone."
    ),
    suggestion="Consider one exclamation mark, or none.",
    matcher=Cued(
        Pattern(r"[!?]{3,}", validator=lambda m: m.group().count("!") >= 3, flags=0),
        cues="!! !?!",
        reach=8,
    ),
    flags=(
        "Nobody told me about the change[[!!!]]",
        "Seriously[[?!!!]] Again?",
    ),
    passes=(
        "Well done Sarah!! Thoroughly deserved.",
        "Anyone know??",
        "Great news! Really pleased for you!",
    ),
)

# --- speaking for an organisation ---------------------------------------------------------------

_ORG_WORDS = (
    r"(?i:company|organisation|organization|employer|trust|council|charity|board|service"
    r"|care\s+home|home|agency|practice|surgery|provider|association|federation|forum|network"
    r"|partnership|management|directors|committee)"
)
_ORG_SUFFIX = word_set(
    """care ltd limited trust council homes home services group association foundation hospital
    partnership healthcare charity society network agency hospice practice surgery academy carers
    forum alliance cic plc uk federation institute centre center solutions support living lodge
    house court manor nhs homecare"""
)
_NOT_AN_ORG = word_set(
    """mum mom mam dad nan nana gran granny grandad grandma grandpa mother father auntie aunt uncle
    sister brother son daughter husband wife partner him her them everyone christmas easter xmas
    monday tuesday wednesday thursday friday saturday sunday weekends night times first last"""
)


def _names_an_org(name: str) -> bool:
    words = re.findall(r"[\w&]+", name)
    if not words or words[0].lower() in _NOT_AN_ORG:
        return False
    if any(len(w) >= 2 and w.isupper() for w in words):
        return True
    return any(w.lower() in _ORG_SUFFIX for w in words)


def _speaks_for_org(m: re.Match[str]) -> bool:
    before = clause_before(m, 40)
    if re.search(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", before):
        return False  # "I'm not posting on behalf of my employer" is the disclaimer we want
    name = m.group("name") or m.group("org_name")
    if name is not None:
        return _names_an_org(name)
    if m.group("we") is not None:
        return m.group("at").split()[0].lower() not in _NOT_AN_ORG
    return True


_CAPITALISED = r"(?-i:[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|for|and)){0,4})"


def _org_speaks(m: re.Match[str]) -> bool:
    """A named organisation's own words, not news of them ("I read that ... apologises")."""
    return _names_an_org(m.group("org_name")) and not is_question(m)


# An organisation's plans told in its own voice on a public site: "We are sorry to announce that
# Brookfield Care will be making 30 roles redundant", or a named organisation's plan beside "we"
# or "our" ("Following a review of our portfolio, Parkway Living will be closing two homes").
_ANNOUNCED = READING.needs(("plans",))
_WE = word_set("we we're we'll we've weve our us")
_WE_SAY = word_set("we we're we'll we've weve")
_WILL = word_set("will we'll shall decided deciding going")
_TOLD = word_set(
    """told telt informed heard letter email emailed apparently rumour rumours announced
    announcement news"""
)
_ORG_NAME = re.compile(r"(?:[A-Z][\w&'’-]*[ \t]+){0,3}[A-Z][\w&'’-]*")


def _names_an_org_in(draft: Draft, sentence: Sentence, least: int = 1) -> bool:
    """A capitalised name ending in an organisation's word ("Parkway Living", "Cedars Care"),
    not an acronym alone ("TUPE", "CQC"), which may name a law or a regulator; of ``least``
    words at least."""
    for m in _ORG_NAME.finditer(draft.text, sentence.start, sentence.end):
        words = m.group().split()
        if (
            len(words) >= least
            and words[0].lower() not in _NOT_AN_ORG
            and words[-1].lower() in _ORG_SUFFIX
        ):
            return True
    return False


def find_announced_plans(draft: Draft, context: Context) -> Iterator[Span]:
    if context.site == "whatsapp":
        return  # a manager relaying a decision to the team speaks for it by role
    for sentence in READING.sentences(draft, (_ANNOUNCED,)):
        if sentence.question or not sentence.has("plans") or sentence.has("denied"):
            continue
        tokens = sentence.tokens
        if not _TOLD.isdisjoint(tokens):
            continue  # told as news heard: "we were told today that Oakfield Care will close"
        said = sentence.has("announcing") and not _WE_SAY.isdisjoint(tokens)
        if said or (
            not _WE.isdisjoint(tokens)
            and not _WILL.isdisjoint(tokens)
            and _names_an_org_in(draft, sentence)
        ):
            yield sentence_span(draft, sentence)


SPEAKING_FOR_ORGANISATION = Rule(
    id="professional.speaking_for_organisation",
    severity=Severity.WARNING,
    # A manager relaying a decision in a team's WhatsApp group speaks for the employer by role;
    # a reminder there, a warning where the post is public.
    severity_by_site={"whatsapp": Severity.INFO},
    tip=_TIP,
    message="This may be read as an official view of an organisation.",
    why=(
        "Posts that speak for an employer can be quoted as its position, so the tip 'Maintain "
        "appropriate professional standards of communication' asks whether you are representing "
        "yourself or your organisation."
    ),
    suggestion="Consider whether you have agreement to speak for them, or say it is your own view.",
    matcher=Either(
        (
            Cued(
                Pattern(
                    r"(?i:(?<!\w)(?P<id>"
                    r"on\s+behalf\s+of(?=\s+(?:(?:the|our|my|all\s+(?:of\s+us\s+)?at|everyone\s+at)\s+)?"
                    r"(?:" + _ORG_WORDS + r"\b|(?P<name>" + _CAPITALISED + r")))"
                    r"|(?P<we>we\s+(?:here\s+)?at)(?=\s+(?P<at>(?-i:[A-Z])\w*|the\s+"
                    + _ORG_WORDS
                    + r"\b))"
                    r"|(?:our|the\s+(?:company|organisation|organization|trust|council|charity|board)"
                    r"['’]?s?)\s+official\s+(?:position|stance|view|line|response|statement|policy)"
                    r"|(?:(?:as|i\s+am|i['’]m)\s+)?(?:the\s+|a\s+)?(?:official\s+)?"
                    r"spokes(?:person|woman|man)\s+for"
                    r"|speak(?:ing)?\s+(?:officially\s+)?(?:for|as\s+a\s+representative\s+of)\s+"
                    r"(?:(?:the\s+whole\s+of|all\s+of|everyone\s+at|all\s+(?:of\s+us\s+)?at)\s+)?"
                    r"(?:(?:the|my|our)\s+"
                    + _ORG_WORDS
                    + r"\b|(?P<org_name>"
                    + _CAPITALISED
                    + r"))))",
                    validator=_speaks_for_org,
                    flags=0,
                ),
                cues=(
                    "behalf official spokesperson spokeswoman spokesman speaking speak we_at "
                    "we_here_at"
                ),
            ),
            Custom(find_announced_plans),
            # Speaking as the organisation or for all of it, in so many words.
            InSentence(READING, combos=("org_voice", "org_role+writer_alone"), unless=("denied",)),
            # A named organisation as the one who speaks: "Hollybrook Care is proud to announce",
            # "Oakfield Healthcare apologises for the delay", "Care Direct guarantees ...".
            Cued(
                Pattern(
                    r"(?<![\w'’])(?P<org_name>" + _CAPITALISED + r")[ \t]+(?i:"
                    r"(?:is|are)[ \t]+(?:(?:very|so|really)[ \t]+)?(?:proud|pleased|delighted|"
                    r"sorry|thrilled|happy|excited|sad|saddened)[ \t]+to[ \t]+(?:announce|confirm)"
                    r"|apologises|apologizes|guarantees|regrets"
                    r"|(?:wants|would[ \t]+like|wishes)[ \t]+to[ \t]+(?:apologise|apologize))"
                    r"(?![\w'’])",
                    validator=_org_speaks,
                    flags=0,
                ),
                cues=(
                    "announce confirm apologises apologizes guarantees regrets apologise apologize"
                ),
            ),
        )
    ),
    flags=(
        "I'm posting this [[on behalf of]] Oakfield Care Ltd.",
        "[[We at]] Brightwater Homes believe every resident deserves better.",
        "[[On behalf of]] the company, I'd like to apologise to the family.",
        "To be clear, [[our official position]] is that agency staff won't be used.",
        "[[Speaking for my organisation]], we will not be signing up to the scheme.",
        "Thank you [[on behalf of]] NHS Fife for all your help.",
        "[[As the spokesperson for]] Elm Court, I can say the home is staying open.",
        "Views my own, but I can [[speak for the whole of Aldergrove Healthcare]] on this.",
        "[[We are sorry to announce that Brookfield Care will be making 30 roles redundant.]]",
        "[[Following a review of our homes, Parkway Living will be closing two in Kent.]]",
        "[[Meadowbank Care Group apologises]] for the missed calls this weekend.",
        "[[Linden House is delighted to announce]] its new dementia garden.",
    ),
    passes=(
        "I manage Dad's direct payment on behalf of my brother and me.",
        "I'm posting on behalf of Mum, who isn't on Facebook.",
        "Not posting on behalf of my employer, these are my own views.",
        "We at least tried to get an answer from the council.",
        "We at Christmas always do a buffet for the residents' families.",
        "What's the official position on lateral flow tests now?",
        "She signs on behalf of Sarah, who has lasting power of attorney.",
        "I can only speak for myself, but the rota works for me.",
        "Sad news: our local library is closing in March.",
        "Staff were told face to face today and we've had a letter about TUPE.",
        "Mum is delighted to announce she has her first great-grandchild!",
        "Has Ashgrove Care apologised to you yet?",
    ),
)

# --- confidential and safeguarding matters -----------------------------------------------------

_SERVICE_NOUNS = (
    r"helpline|service|services|support|advice|line|listening|counselling|counseling|chat|waste|"
    r"shredding|information|record|records|space|email|reporting|hotline|text|webchat|drop-in"
)


# "How do you keep notes confidential?", "free confidential advice": describing, not disclosing.
_KEPT_CONFIDENTIAL = re.compile(
    r"\b(?:keep|keeps|kept|keeping|remain|remains|stay|stays|treat|treated|free)\b"
)


# "Good people to talk to in confidence": where to take a confidence, not one shared.
_TALK_TO = re.compile(r"\b(?:talk|speak|talking|speaking|chat|confide)\b")
# "When someone tells you something in confidence, ...": what to do with any confidence.
_ANY_CONFIDENCE = re.compile(r"\b(?:if|when|whenever)\s+(?:someone|somebody|anyone|a|an|you)\b")


def _shares_a_confidence(m: re.Match[str]) -> bool:
    if m.group("conf") is not None:
        before = clause_before(m, 60)
        if _KEPT_CONFIDENTIAL.search(before):
            return False
        return not is_question(m)
    if m.group().startswith("in"):
        before = clause_before(m, 60)
        if _TALK_TO.search(before) or _ANY_CONFIDENCE.search(before):
            return False
    if m.group("btw") is not None:
        # "Between us, ..." opening a clause, not "split between us" or "the gap between us".
        return clause_before(m) in ("", "but", "and", "so", "honestly", "ok", "now")
    return True


# A private matter of one person supported, told without any word of confidence: the police at
# her door, his diagnosis, a secret of the family, how a death came. The worker holds it by their
# role, so telling it is sharing a confidence however it is worded. Who it is about is read by
# ``professional_people``: the sentence names a person supported, or says "he" or "she" after one
# that does ("Did you hear about the gentleman on the top floor? He did ten years for fraud"), or
# says "he" or "she" near the start of a short post that names no one else ("Sat with him while
# he cried over the divorce papers"). Not
# said of anyone in general, of the writer's own family, or told with the person's consent or
# anonymised. A warning on WhatsApp too: a private matter is not what a handover needs, and the
# group may not be only the team (the fresh batches label it there as anywhere, and no clean
# draft of theirs is warned by it).
_PRIVATE_GROUPS = (
    READING.needs(("private_matter",)),
    READING.needs(("secret", "supported")),
)
# Whose family: "his mum's not coping" is the family of the person supported, not the writer's.
_THEIR = word_set("his her their hers client's lady's gent's resident's man's woman's")


# Words that put "my sister" in the mouth of the person supported: "he says don't tell my sister".
_REPORTED = word_set("says said tell told")


def _writers_family(sentence: Sentence) -> bool:
    return any(
        at == 0
        or (
            sentence.tokens[at - 1] not in _THEIR
            and _REPORTED.isdisjoint(sentence.tokens[max(0, at - 3) : at])
        )
        for at, _ in sentence.hits.get("own_family", ())
    )


# "Her husband still doesn't know how to work the remote": what someone cannot do, not what is
# kept from them.
def _knows_how(sentence: Sentence, end: int) -> bool:
    after = sentence.tokens[end : end + 2]
    if after[:1] and after[0] in _WHO_WHAT and sentence.tokens[end - 1] == "clue":
        return True  # "her family have no clue who anyone on Strictly is"
    return len(after) == 2 and after[1] == "to" and after[0] in _HOW


# "Her family haven't a clue what to do": what they cannot do, as "how to"; and "no clue who
# anyone is", what they do not know of the world, not a secret kept from them.
_HOW = word_set("how what where which when")
_WHO_WHAT = word_set("how what where which when who why whether if")


# "If you ..." said of anyone: "If you're caring for someone who's been sectioned, ...".
_IF = word_set("if when whenever")
_ANYONE = word_set("you you're youre someone anyone")


def _said_in_general(sentence: Sentence) -> bool:
    """Whether the sentence speaks of anyone in general. "If you" ("If you ever wondered why I'm
    tired, the old boy I support told me ...") does so only for the clause it opens: a private
    matter told in another clause of a long sentence is still one person's."""
    hits = sentence.hits.get("general")
    if not hits:
        return False
    told = [at for act in ("private_matter", "secret") for at, _ in sentence.hits.get(act, ())]
    for first, _ in hits:
        tokens = sentence.tokens[first : first + 2]
        if len(tokens) < 2 or tokens[0] not in _IF or tokens[1] not in _ANYONE or not told:
            return True
        if any(sentence.clause(at) == sentence.clause(first) for at in told):
            return True
    return False


def _find_private_matters(draft: Draft, context: Context) -> Iterator[Span]:
    for sentence in READING.sentences(draft, _PRIVATE_GROUPS):
        if sentence.question or _said_in_general(sentence):
            continue
        if not (speaks_of_supported(draft, sentence) or said_of_he_or_she_alone(draft, sentence)):
            continue
        if _writers_family(sentence):
            continue
        for act in ("private_matter", "secret"):
            acts = sentence.hits.get(act)
            if act == "secret" and acts:
                acts = [(first, end) for first, end in acts if not _knows_how(sentence, end)]
            if acts and not all(sentence.negated(first) for first, _ in acts):
                yield sentence_span(draft, sentence)
                break


_PRIVATE_MATTER = UnlessSaid(Custom(_find_private_matters), READING, ("withheld", "consented"))


# A gossip's teaser ("Guess who got admitted onto our ward last night? The weather girl off local
# telly. Sectioned.", "You'll never guess who came into crisis last night, the guy who reads the
# news"): the reader is asked to work out who is meant, so the person is known whatever the
# words, and what follows is a private matter or someone come into the writer's care. Read in
# the teaser's sentence and the one after it, where the answer stands; not where the answer is
# the writer ("guess who's on the late shift again? me") or their own family, nor news of anyone
# else ("guess which footballer opened our garden").
_TEASERS = (READING.needs(("teaser",)),)
_TEASED = ("private_matter", "secret", "in_our_care")
_THE_WRITER = word_set("me i i'm im moi")


def find_gossip_teasers(draft: Draft, context: Context) -> Iterator[Span]:
    for sentence in READING.sentences(draft, _TEASERS):
        hits = sentence.hits.get("teaser", ())
        if not hits or all(sentence.quoted(at) or sentence.negated(at) for at, _ in hits):
            continue
        told = [sentence]
        after = READING.sentence_after(draft, sentence)
        if after is not None:
            told.append(after)
        if any(s.has("own_family") for s in told) or (
            after is not None and after.tokens[:1] and after.tokens[0] in _THE_WRITER
        ):
            continue
        if sentence.tokens[-1:] and sentence.tokens[-1] in _THE_WRITER:
            continue
        if any(s.has(c) for s in told for c in _TEASED):
            yield sentence_span(draft, sentence)


CONFIDENTIAL = Rule(
    id="professional.confidential",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This may share something told or held in confidence.",
    why=(
        "A group is never truly private, and the tip 'Maintain appropriate professional "
        "standards of communication' asks us to keep confidences and professional boundaries."
    ),
    suggestion="Consider leaving the confidential part out, or taking it to your manager offline.",
    matcher=Either(
        (
            Cued(
                Pattern(
                    r"(?<!\w)(?:"
                    r"(?P<conf>confidential(?!\s+(?:" + _SERVICE_NOUNS + r")\b)|confidentially)"
                    r"|(?:just|strictly|purely|(?:this|it)\s+(?:is|stays|['’]s|must\s+stay|has\s+to\s+stay)"
                    r"|keep\s+(?:this|it))\s+between\s+(?:us|ourselves|you\s+and\s+me)"
                    r"|between\s+you\s+and\s+me"
                    r"|(?P<btw>between\s+(?:us|ourselves))(?=\s*(?:,|…|\.\.\.|-|–))"
                    r"|off\s+the\s+record"
                    r"|in\s+(?:strict(?:est)?\s+|complete\s+|total\s+)?confidence"
                    r"|(?:do\s+not|don['’]?t|dont)\s+(?:tell|repeat)\s+(?:this|that|it|anyone|anybody|a\s+soul)"
                    r"(?:\s+(?:to|with)\s+(?:anyone|anybody))?"
                    r"|not\s+supposed\s+to\s+(?:say|tell|share|know|mention|be\s+telling)"
                    r"|keep\s+(?:this|it)\s+(?:quiet|to\s+yourselves|to\s+yourself|hush(?:\s+hush)?)"
                    r")(?!\w)",
                    validator=_shares_a_confidence,
                ),
                cues=(
                    "confidential confidentially confidence between record tell repeat "
                    "supposed keep"
                ),
                reach=50,
                lowered=True,
            ),
            # The employer's plans before they are announced.
            InSentence(
                READING,
                combos=(
                    "plans+unannounced",
                    # In the sentence or anywhere in the draft: "Little bird tells me we lose
                    # the contract at Easter. Not from me."
                    "plans+^hush",
                    "hush+employer",
                    "hush+private_matter",
                ),
            ),
            _PRIVATE_MATTER,
            UnlessSaid(Custom(find_gossip_teasers), READING, ("consented",)),
        )
    ),
    flags=(
        "[[Little bird tells me we lose the council contract at Easter.]] Not from me.",
        "[[Between you and me]], the deputy is leaving.",
        "This is [[confidential]] but our home failed its inspection.",
        "[[Don't tell anyone]] but we lost two night staff.",
        "[[Between us]], the owner wants to sell.",
        "She told me [[in confidence]] that her son takes her pension.",
        "Please [[keep this quiet]] until it's announced.",
        "I'm [[not supposed to say]] yet but the unit is closing.",
        "[[They're closing the Elm unit in March and nobody's been told yet.]]",
        "[[The company plans to make night staff redundant before it is announced.]]",
        "[[The lady in room 7 had a miscarriage at forty and her husband never knew.]]",
        "[[One of my clients is on methadone and hides it from his daughter.]]",
        "[[The lad from our supported living has relapsed and his mum has no idea.]]",
        "[[The gentleman I support gambled his whole PIP away again.]]",
        "[[Keep this schtum, but the agency is replacing the night staff with sensors.]]",
        "[[Please don't share this but our deputy was arrested last night.]]",
        "[[A person I support told me she'd spent two years in Holloway for fraud.]]",
        "[[Her upstairs in number 6 has bailiffs round twice this month.]]",
        "[[Guess which of our gents has a positive HIV test and a very angry wife.]]",
        "The gentleman I visit on Fridays is lovely. [[He spent two years in prison for fraud.]]",
    ),
    passes=(
        "The Samaritans run a free confidential helpline on 116 123.",
        "How do you keep supervision notes confidential?",
        "We split the extra shifts between us, which worked well.",
        "Is the staff survey confidential?",
        "Confidentiality training is due next month.",
        "Our confidential waste goes in the locked bin.",
        "There's a confidential support line for carers.",
        "Our company announced today that we're opening a new service in Rotherham.",
        "The day centre closing was announced in the paper last week.",
        "If it's weighing on you, your union rep is a good person to talk to in confidence.",
        "Our miscarriage support group meets at the library on Thursdays.",
        "The senior carer post is on the council website, please share with anyone looking.",
        "Let's keep it to the office please.",
        "Please don't share the rota outside the team, the manager asked.",
        "If a client is waiting for an asylum decision, where can they get free advice?",
        "Our residents loved the talk from the local police about fraud and scams.",
        "My husband is lovely. He spent two years in prison in the eighties and turned it round.",
    ),
)

_SAFEGUARDING_CASE = (
    r"(?:investigation|enquiry|inquiry|concern|alert|referral|case|allegation|strategy\s+meeting)s?"
)

SAFEGUARDING_MATTER = Rule(
    id="professional.safeguarding_matter",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This may share details of a live safeguarding matter.",
    why=(
        "Safeguarding work depends on discretion, and the tip 'Maintain appropriate professional "
        "standards of communication' asks us to keep such matters to the proper channels."
    ),
    suggestion="Consider asking in general terms, and take the details to your safeguarding lead.",
    matcher=Either(
        (
            # Not where the writer keeps the details off the group ("not putting details on
            # here").
            UnlessSaid(
                Cued(
                    Pattern(
                        r"(?<!\w)(?P<id>safeguarding\s+"
                        + _SAFEGUARDING_CASE
                        + r"(?=\s+(?:into|about|"
                        r"against|regarding|re|involving|over)\b)"
                        r"|(?:under|subject\s+(?:of|to)|facing)\s+(?:a\s+|an\s+)?safeguarding\s+"
                        r"(?:investigation|enquiry|inquiry))(?!\w)",
                        validator=lambda m: not asks_in_general(m),
                    ),
                    cues="safeguarding",
                    reach=60,
                    lowered=True,
                ),
                READING,
                ("withheld",),
            ),
            # A safeguarding process or the police, with the harm or the person it is about;
            # harm to a particular person. Not where the writer keeps the details off the group.
            UnlessSaid(
                InSentence(
                    READING,
                    combos=(
                        "sg_process+harm",
                        "sg_process+someone_particular",
                        "police+harm",
                        "harm+someone_particular",
                        "harm+supported",
                    ),
                    unless=("general", "own_family"),
                ),
                READING,
                ("withheld",),
            ),
        )
    ),
    flags=(
        "There's a [[safeguarding investigation]] into one of our night carers.",
        "[[The police were called to Flat 4 again because her son's been taking her pension.]]",
        "[[safeguarding raised on the lady at number 12 her bruises r from the husband]]",
        "We raised a [[safeguarding concern]] about a resident's son yesterday.",
        "One of our seniors is [[under a safeguarding investigation]] and has been suspended.",
        "There's a [[safeguarding enquiry]] about our night nurse, how long do they usually last?",
        "[[Her grandson has been taking her pension every Thursday, she told me he shoves her.]]",
        "[[One of my clients cut herself again last night with a razor she hid in her shoe.]]",
    ),
    passes=(
        "How do I raise a safeguarding concern about a neighbour?",
        "Our safeguarding training is booked for next week.",
        "Who is the safeguarding lead for the county?",
        "Does anyone have a template for a safeguarding referral?",
        "If you're worried someone is being abused, ring the council's safeguarding line.",
        "Completed my Level 3 Safeguarding Adults refresher today.",
        "Thank you to everyone who came to my safeguarding session in Hull yesterday.",
        "I've got a safeguarding worry about one of my tenants. Won't put it on here.",
        "The son who's been taking Dad's pension can expect a visit from the police.",
        "The spotted dick at lunch was a big hit, one of the gents had seconds.",
    ),
)

# --- clinical and medication advice ------------------------------------------------------------

_MED_WORDS = r"meds|medication|medicine|medicines|tablets|pills|tabs|dose|doses|dosage"
_MEDS = r"(?:" + _MED_WORDS + r")"
_WHOSE = r"(?:her|his|their|your|the|them|mum['’]?s|dad['’]?s)"

# Advice is an imperative ("Just crush the tablets") or follows words that give it ("I'd", "you
# could", "tell him to"); reports of what a prescriber said, and questions, are not advice.
# An opening quotation mark with no closing one after it: the match is inside a quotation.
_QUOTED_BEFORE = re.compile(r"(?:^|\s)[\"“][^\"”]*$")
_ADVICE_LEAD = re.compile(
    r"(?:^|\b(?:just|simply|i['’]?d|i\s+would|you\s+(?:can|could|should|might|may|need\s+to|"
    r"have\s+to|must)|tell\s+\w+\s+to|get\s+\w+\s+to|let\s+\w+|why\s+not|why\s+don['’]?t\s+you|"
    r"i\s+always|we\s+always|i\s+just|we\s+just|try\s+(?:and|to)|best\s+to|better\s+to|fine\s+to|"
    r"ok(?:ay)?\s+to|safe\s+to|and|so|then|or|maybe|honestly|personally|hun|tbh))$"
)


def _gives_advice(m: re.Match[str]) -> bool:
    if is_question(m) or _QUOTED_BEFORE.search(clause_before(m, 80, SENTENCE_BREAK)):
        return False  # asked, or a quotation ('she told me I should "just double her dose"')
    if m.group().lower().startswith("just"):
        return True  # "we just hide his meds in his porridge": practice offered as the way
    before = clause_before(m)
    return _ADVICE_LEAD.search(before) is not None


# An order to a peer: a verb that acts on a medicine opening its clause, after at most a few
# softening words ("Just halve them", "Honestly, give her an extra one"), with a change to the
# dose, sedation, going round the prescriber, someone else's medicine or hiding it. A trainer's
# tip ("Give tablets with a full glass of water", "Stop and check the MAR") changes nothing.
_IMPERATIVE = (READING.needs(("med_verb", "med")), READING.needs(("med_verb_rare",), ("med",)))
_SOFTENERS = word_set("just jist please then so simply honestly and or but maybe tbh man sure")
_NOT_AN_OBJECT = word_set("and to at by for on in with if when before after checking giving")
_PRONOUN_OBJECTS = word_set("them em it one ones two half")
_CHANGES = ("dose_change", "sedation", "bypass", "not_theirs", "unseen")
_HIDING = word_set("crush hide mash dissolve mix slip sprinkle grind pop put stir")


def _opens_clause(sentence: Sentence, at: int) -> bool:
    clause, i = sentence.clause(at), at - 1
    while i >= 0 and sentence.clause(i) == clause and sentence.tokens[i] in _SOFTENERS:
        i -= 1
    return i < 0 or sentence.clause(i) != clause


def find_imperative_advice(draft: Draft, context: Context) -> Iterator[Span]:
    """Sentences that tell a peer to change, hide or go round someone's medicine."""
    for sentence in READING.sentences(draft, _IMPERATIVE):
        if sentence.question or sentence.has("reported"):
            continue
        if sentence.has("prescriber") and not sentence.has("bypass"):
            continue
        tokens = sentence.tokens
        for at, _ in sentence.hits.get("med_verb", ()):
            after = tokens[at + 1] if at + 1 < len(tokens) else ""
            if after in _NOT_AN_OBJECT or not _opens_clause(sentence, at):
                continue
            if sentence.negated(at):
                continue
            if not (
                sentence.has("med")
                or (
                    after in _PRONOUN_OBJECTS
                    and sentence.has("med_verb_rare")
                    and READING.anywhere(draft, "med")
                )
            ):
                continue
            hiding = tokens[at] in _HIDING and sentence.has("into_food")
            if hiding or any(sentence.has(c) for c in _CHANGES):
                yield sentence_span(draft, sentence)
                break


# The acts of medication advice: asked about in the last clause, which opens as a question after
# a lead-in ("Please who can tell me, I give him 2 paracetamol at 8, can I give him another
# 2 at 10?", "Question for any pharmacists: are there rules on which tablets can be halved?"),
# they are a question, though the sentence does not open as one.
_MED_ACTS = ("dose_change", "not_theirs", "covert", "crush", "unseen", "sedation", "dose_together")


def _asked_in_its_clause(sentence: Sentence, draft: Draft) -> bool:
    if sentence.question or not sentence.tokens:
        return False
    if not draft.folded[sentence.start : sentence.end].rstrip().endswith("?"):
        return False
    # The last clause, asking ("can I give him another 2 at 10 ...?"), holds an act: not a
    # statement ended by a question of its own ("Just crush them, why bother the GP?").
    tokens, last = sentence.tokens, sentence.clause(len(sentence.tokens) - 1)
    first = len(tokens) - 1
    while first > 0 and sentence.clause(first - 1) == last:
        first -= 1
    return tokens[first] in QUESTION_OPENERS and any(
        at >= first for act in _MED_ACTS for at, _ in sentence.hits.get(act, ())
    )


def _unless_asked_in_its_clause(matcher: InSentence) -> Custom:
    def find(draft: Draft, context: Context) -> Iterator[Span]:
        spans = list(matcher.find(draft, context))
        for span, sentence in zip(spans, _sentences_of_spans(draft, spans), strict=True):
            if sentence is None or not _asked_in_its_clause(sentence, draft):
                yield span

    return Custom(find)


CLINICAL_ADVICE = Rule(
    id="professional.clinical_advice",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This reads as advice to change someone's medication.",
    why=(
        "Medication changes belong to the prescriber, and the tip 'Maintain appropriate "
        "professional standards of communication' asks us to stay within our role when advising."
    ),
    suggestion="Consider suggesting they ask the GP or pharmacist instead.",
    matcher=Either(
        (
            Cued(
                Pattern(
                    r"(?<!\w)(?:(?:just\s+)?(?:"
                    + r"(?:double|halve|half|up|increase|reduce|lower|cut)\s+"
                    + _WHOSE
                    + r"\s+(?:dose|doses|dosage|meds|medication)"
                    + r"|(?:stop|stopping)\s+(?:taking|giving)"
                    + r"|come\s+off\s+"
                    + _WHOSE
                    + r"\s+(?:"
                    + _MED_WORDS
                    + r"|antidepressants)"
                    + r"|(?:skip|miss\s+out)\s+(?:a|the|her|his|their|your|a\s+few)\s+"
                    + r"(?:dose|doses|tablets|meds)"
                    + r"|crush\s+(?:up\s+)?"
                    + _WHOSE
                    + r"\s+"
                    + _MEDS
                    + r"|(?:hide|mix|slip)\s+"
                    + _WHOSE
                    + r"\s+"
                    + _MEDS
                    + r"\s+in(?:to)?"
                    + r"|give\s+(?:her|him|them)\s+(?:an?\s+)?(?:extra|another|double|two)\s+"
                    + r"(?:dose|tablets?|pills?|paracetamol|co-codamol|lorazepam|diazepam)"
                    + r"))(?!\w)",
                    validator=_gives_advice,
                ),
                cues=(
                    "dose doses dosage meds medication medicine medicines tablet tablets tabs "
                    "pill pills taking giving antidepressants "
                    "paracetamol codamol lorazepam diazepam"
                ),
                reach=60,
                lowered=True,
            ),
            # A change to a dose said as advice; medicine put out of sight in food; sedating.
            _unless_asked_in_its_clause(
                InSentence(
                    READING,
                    combos=(
                        "dose_change+med+advice",
                        "not_theirs+med+advice",
                        "covert+into_food+^med",
                        "covert+unseen+^med",
                        "crush+into_food+unseen",
                        "unseen_strong+med",
                        "sedation+med",
                        "dose_together+advice+^med",
                        "sedative_dash+into_food",
                    ),
                    unless=("prescriber", "reported"),
                )
            ),
            # Going round the prescriber, even where one is named ("no need to ask doctor").
            InSentence(
                READING,
                combos=(
                    "bypass+dose_change+med",
                    "bypass+covert+^med",
                    "bypass+sedation+med",
                    "bypass+not_theirs+med",
                ),
                unless=("reported",),
            ),
            Custom(find_imperative_advice),
        )
    ),
    flags=(
        "If she's still agitated I'd [[double her dose]] tonight.",
        "Tell him to [[stop taking]] the statins, they did nothing for my dad.",
        "[[Just crush the tablets]] into yoghurt, she won't notice.",
        "Honestly, [[give her an extra dose]] at bedtime.",
        "You could [[skip a dose]] if he's drowsy.",
        "[[if she wont take her meds crush em up in her yoghurt she never notices]]",
        "[[You can double up on the paracetamol if the pain's bad.]]",
        "[[A bit of extra promethazine settles them down, we always did that.]]",
        "She hates tablets. [[Grind them and mix them into jam, she'll never know.]]",
        "[[Double his laxative tonight, he's not been for days.]]",
        "[[Ditch the omeprazole, it's rubbish for old people.]]",
        "[[For constipation just give double dose of the lactulose, no need to ask doctor.]]",
        "[[Honestly, just give her one of your own sleeping tablets, I did with mine.]]",
        "[[If he won't swallow the capsule, open it and sprinkle it on his yoghurt.]]",
        "[[A drop of brandy with her evening tablets settles my nan right down, try it.]]",
        "Missed her morning metformin? [[Just give both at teatime, no harm done.]]",
        "[[A bit of Phenergan in his cocoa and he sleeps right through.]]",
        "[[If she won't settle, a spoon o Night Nurse wi her supper.]]",
        "[[Ask the home to leave out his water tablet when you go out, it was fine.]]",
    ),
    passes=(
        "The GP told him to stop taking the statins.",
        "Is it safe to crush the tablets?",
        "Never crush tablets without asking the pharmacist.",
        "She refused to stop taking them, so we rang 111.",
        "The consultant doubled her dose last week.",
        "The GP has agreed she can skip the evening dose while she's poorly.",
        "Her prescriber said to leave out the morning tablet on clinic days.",
        "Should I double her dose or wait for the GP?",
        "Please don't double up if you miss a dose, ring 111 or the pharmacy.",
        "Dad's pharmacist said his tablets are fine to crush and put in yoghurt.",
        "Please double check the MAR chart before signing for the tablets.",
        "Has anyone used a crushing device for tablets?",
        "Give her the tablets with food, as the label says.",
        "Stop and check the MAR before giving any meds.",
        "Never give extra paracetamol without checking the MAR.",
        "Put the tablets back in the blister if she refuses, and tell the senior.",
        "From our trainer: give eye drops before the tablets, and wait five minutes.",
        "One of the staff told me they hide tablets in Mum's porridge without asking us.",
        "My colleague told me I should \"just double her dose if she won't settle\". I didn't.",
        "Our GP has written to say Mum's tablets can be crushed and given in yoghurt.",
        "Since the GP changed her tablets, she has her cocoa at ten and sleeps right through.",
        "Mum has a spoonful of yoghurt with her tablets, it helps them go down.",
        "Got his tablets sorted. Just give them both a hug from me tonight.",
    ),
)

# --- running down a colleague or employer -----------------------------------------------------

_INSULT = (
    r"(?i:(?:(?:so|absolutely|completely|totally|utterly|bloody|just|really|literally|beyond|"
    r"frankly|honestly|absolute|complete|total|utter)\s+){0,2}"
    r"(?:useless|hopeless|incompetent|clueless|pathetic|shambolic|spineless|lazy|toxic|"
    r"rubbish|idiots|morons|clowns|cowboys|crooks|liars|parasites|the\s+worst|"
    r"an?\s+(?:(?:absolute|complete|total|utter|bloody|right)\s+)?"
    r"(?:joke|disgrace|shambles|nightmare|idiot|embarrassment|liability|bully|waste\s+of\s+space|"
    r"(?:bunch|shower)\s+of\s+(?:idiots|clowns|cowboys|amateurs|muppets|crooks|liars|parasites"
    r"|chancers|numpties|thieves))))"
)
_WORKPLACE = (
    r"(?i:(?:my|our|the)\s+(?:(?:line|registered|care|deputy|new|area|home|ward|practice)\s+)?"
    r"(?:manager|managers|boss|bosses|employer|company|director|directors|supervisor|team\s+leader|"
    r"colleague|colleagues|co-?workers?|management|agency|trust|social\s+worker|"
    r"care\s+coordinator|commissioners|hr|office|provider|owners?)"
    r"(?:\s+at\s+(?:my|our|the)\s+(?:(?:last|old|new|current|previous)\s+)?"
    r"(?:job|place|work|workplace|home|company|agency))?)"
)
# Capitalised words that open a sentence without being the subject of the complaint.
_NOT_A_LEAD = (
    r"(?!(?:And|But|So|Honestly|Then|Also|Plus|Well|Oh|Yes|No|Now|Because|If|When|Tbh|Frankly|"
    r"Sadly|Apparently|Still|Anyway|Seriously|Basically|Literally|Hi|Hello|Morning)\b)"
)
# Words that open "<X> is rubbish" without naming a workplace: pronouns, life, family.
_NOT_AN_EMPLOYER = word_set(
    """it this that he she they i we you there which what everything nothing life today work sleep
    mum mom mam dad nan gran grandad grandma mother father husband wife son daughter"""
)
# Public systems everyone deals with, not anyone's employer: "Universal Credit is a shambles",
# "the DWP are a joke", "NHS waiting lists are a disgrace" is venting at a system, which the tip
# does not warn of. (The council alone is the same: only its teams, "the council's brokerage
# team", are colleagues of a sort.)
_PUBLIC_SYSTEM = word_set(
    """universal credit dwp pip esa hmrc jobcentre government govt parliament ministers
    benefits benefit system nhs"""
)


def _runs_down(m: re.Match[str]) -> bool:
    org = m.group("org")
    if org is None:
        return True
    words = org.split()
    if words[0].lower() in _NOT_AN_EMPLOYER or not _PUBLIC_SYSTEM.isdisjoint(
        w.lower() for w in words
    ):
        return False
    if len(words) >= 2 or _names_an_org(org) or clause_before(m) != "":
        return True
    # A single capitalised word opening a sentence could be any noun ("Life is rubbish"); the
    # plural verb British English uses for organisations ("Serco are a joke") says it is one.
    return m.group("verb").strip().lower() in ("are", "were") and not words[0].lower().endswith("s")


# The "#" first and the look-behind after it, so that re skips ahead to the "#"s.
_HASHTAG = re.compile(r"#(?<![\w#]#)([A-Za-z][A-Za-z0-9]{2,40})(?![\w#])")
_HASHTAG_PART = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
# Words that run down only in a hashtag: "#CouncilFail", "#EpicFail".
_HASHTAG_ONLY = word_set("fail fails epicfail")
_RUNS_DOWN = frozenset({"disparage", "sarcasm"})


def find_disparaging_hashtags(draft: Draft, context: Context) -> Iterator[Span]:
    """Hashtags that run down the employer, read word by word from their capitals
    ("#WorstAgencyEver" is "worst agency ever") through the pack's lexicon: one that says it of
    the employer, or one made only of such words ("#clueless", "#ThanksForNothing") in a draft
    that names the employer."""
    if "#" not in draft.text:
        return
    for m in _HASHTAG.finditer(draft.text):
        tag = m.group(1)
        parts = [p.lower() for p in _HASHTAG_PART.findall(tag)] if not tag.islower() else []
        readings = [parts, [tag.lower()]] if parts and len(parts) > 1 else [[tag.lower()]]
        for words in readings:
            found = {c for c, _, _ in LEXICON.find(words)}
            runs_down = bool(found & _RUNS_DOWN) or not _HASHTAG_ONLY.isdisjoint(words)
            if not runs_down:
                continue
            covered: set[int] = set()
            for c, first, end in LEXICON.find(words):
                if c in _RUNS_DOWN or c == "employer":
                    covered.update(range(first, end))
            covered.update(i for i, w in enumerate(words) if w in _HASHTAG_ONLY)
            if "employer" in found or (
                len(covered) == len(words) and READING.anywhere(draft, "employer")
            ):
                yield Span(*draft.to_original(*m.span()))
                break


# Running down said of "they" or "she" in the sentence after the one that names the employer or
# colleagues: "Some colleagues think documentation is creative writing. Shame they can't spell."
_DISPARAGE_ALONE = READING.needs(("disparage",))
_THEM = word_set("they them their they're theyre she he she's shes he's hes")
_OTHERS = ("supported", "cared_for_here", "own_family")
_SOMEONE_ELSE = ("employer", *_OTHERS, "denied", "ordinary_sense")
_KIN = CLOSE_KIN


def _after_the_employer(draft: Draft, sentence: Sentence) -> bool:
    """Whether the sentence before names the employer or colleagues and nobody else "they" or
    "she" could be."""
    before = READING.sentence_before(draft, sentence)
    return (
        before is not None
        and before.has("employer")
        and not any(before.has(c) for c in _OTHERS)
        and _KIN.isdisjoint(before.tokens)
    )


def find_running_down_said_of_them(draft: Draft, context: Context) -> Iterator[Span]:
    sentences = READING.sentences(draft, (_DISPARAGE_ALONE,))
    if not sentences or not READING.anywhere(draft, "employer"):
        return
    for sentence in sentences:
        acts = sentence.hits.get("disparage")
        if not acts or sentence.question or any(sentence.has(c) for c in _SOMEONE_ELSE):
            continue
        said = [at for at, _ in acts if not sentence.negated(at)]
        if not said or _THEM.isdisjoint(sentence.tokens[: min(said) + 1]):
            continue
        if _after_the_employer(draft, sentence):
            yield sentence_span(draft, sentence)


# A word or two of the employer's put in quotation marks to doubt them: "another "wellbeing"
# email from head office", "the agency has "reviewed" our pay", or of an organisation named in
# the sentence ("Thanks Fairway Care for the "flexible" contract"). Not a word named ("the
# "buddy" system"), nor words quoted as said ("she said "fine"").
_SCARE_QUOTE = re.compile(r"[\"“]([a-z][a-z'’-]*(?: [a-z][a-z'’-]*)?)[\"”]")
_NAMING = word_set("the a an as like word words term name named")
_SAID = word_set(
    """said says say saying called calls call calling write wrote writes written told tells asked
    replied answered shouted put mark marked record recorded"""
)
_CLAUSE_SO_FAR = re.compile(r"[^,.;:!?\n]*$")


def find_scare_quotes(draft: Draft, context: Context) -> Iterator[Span]:
    if '"' not in draft.folded and "“" not in draft.folded:
        return
    for m in _SCARE_QUOTE.finditer(draft.folded):
        words = draft.text[slice(*draft.to_original(*m.span(1)))]
        if not words.islower() or words.split()[0] in _NAMING or previous_word(m) in _NAMING:
            continue
        lead = _CLAUSE_SO_FAR.search(draft.folded, max(0, m.start() - 60), m.start())
        if lead and not _SAID.isdisjoint(lead.group().split()):
            continue
        sentence = READING.sentence_at(draft, m.start())
        if (
            (sentence.has("employer") or _names_an_org_in(draft, sentence, 2))
            and not sentence.question
            and not any(sentence.has(c) for c in _OTHERS)
            and _KIN.isdisjoint(sentence.tokens)
        ):
            yield sentence_span(draft, sentence)


# Words that run down said of an organisation named ("Never work for Carewise Care, they're
# cowboys"): a capitalised name of two words or more ending in an organisation's word, in the
# sentence or the one before it. Not in a team's WhatsApp chat.
_HOLDS_WORDS = re.compile(r"[a-z0-9]")


def _org_named_near(draft: Draft, bounds: list[tuple[int, int]], i: int) -> bool:
    """Whether sentence ``i`` or the sentence with words before it names an organisation, read
    from the text alone: most sentences that run something down name none, and are not read."""
    if _long_capitalised_name(draft, *bounds[i]):
        return True
    j = i - 1
    while j >= 0 and not _HOLDS_WORDS.search(draft.folded, *bounds[j]):
        j -= 1
    return j >= 0 and _long_capitalised_name(draft, *bounds[j])


def _long_capitalised_name(draft: Draft, lo: int, hi: int) -> bool:
    """A capitalised name of two words or more (``_ORG_NAME``) between ``lo`` and ``hi``."""
    return any(len(m.group().split()) >= 2 for m in _ORG_NAME.finditer(draft.text, lo, hi))


def find_running_down_of_a_named_org(draft: Draft, context: Context) -> Iterator[Span]:
    if context.site == "whatsapp" or _ORG_SUFFIX.isdisjoint(draft.words):
        return
    bounds = sentence_bounds(draft)
    for i in READING.may_hold(draft, (_DISPARAGE_ALONE,)):
        if not _org_named_near(draft, bounds, i):
            continue
        sentence = READING.sentence_at(draft, bounds[i][0])
        # Not a word of a name ("Crook Lane"): a capital inside the sentence.
        acts = [
            (at, end)
            for at, end in sentence.hits.get("disparage", ())
            if at == 0 or not draft.text[sentence.starts[at]].isupper()
        ]
        if (
            not acts
            or sentence.question
            or sentence.has("employer")  # the lexicon's own combinations read those
            or any(sentence.has(c) for c in _SOMEONE_ELSE)
            or not _PUBLIC_SYSTEM.isdisjoint(sentence.tokens)
            or not _KIN.isdisjoint(sentence.tokens)
            or all(sentence.negated(at) for at, _ in acts)
        ):
            continue
        before = READING.sentence_before(draft, sentence)
        if _names_an_org_in(draft, sentence, 2) or (
            before is not None
            and not any(before.has(c) for c in _OTHERS)
            and _names_an_org_in(draft, before, 2)
        ):
            yield sentence_span(draft, sentence)


# An eye-roll, a facepalm, a clown or an upside-down face put after words about the employer or
# colleagues: the sentence is meant the other way ("Truly an organisation that puts its people
# first 🙄"). Not in a team's WhatsApp chat, nor a question ("anyone else's rota late again? 🙄").
_EYE_ROLLS = "\U0001f644\U0001f926\U0001f921\U0001f643\U0001f612"
_EYE_ROLL = re.compile("[" + _EYE_ROLLS + "]")


def find_eye_rolls_at_the_employer(draft: Draft, context: Context) -> Iterator[Span]:
    if context.site == "whatsapp" or draft.folded.isascii():
        return  # most drafts are plain ASCII, and hold no emoji
    if not any(emoji in draft.folded for emoji in _EYE_ROLLS):
        return  # a look for each of five characters takes far less than the scan for any
    seen: set[int] = set()
    for m in _EYE_ROLL.finditer(draft.folded):
        sentence = READING.sentence_at(draft, m.start())
        if not sentence.tokens or sentence.starts[0] > m.start():
            sentence = READING.sentence_before(draft, sentence) or sentence
        if sentence.start in seen or sentence.question:
            continue
        seen.add(sentence.start)
        said_of: Sentence | None = sentence
        # The sentence names them, or, where the draft praises them ironically ("Big thanks to
        # the agency for the voucher. Really feel the love 🤡"), one of the two before it does.
        reach = 3 if READING.anywhere(draft, "irony") or READING.anywhere(draft, "sarcasm") else 1
        for _ in range(reach):
            if said_of is None or said_of.has("own_family") or not _KIN.isdisjoint(said_of.tokens):
                break
            if _of_the_employer(said_of) or _names_an_org_in(draft, said_of, 2):
                yield sentence_span(draft, sentence)
                break
            said_of = READING.sentence_before(draft, said_of)


def _of_the_employer(sentence: Sentence) -> bool:
    return (
        sentence.has("employer")
        and not any(sentence.has(c) for c in ("supported", "own_family", "denied"))
        and _KIN.isdisjoint(sentence.tokens)
    )


# Contempt the offensive pack reads (an insult, dehumanising words), aimed at
# whoever the sentence speaks of: at the employer or colleagues it is running them down in public,
# at the people supported it belittles them. One reading of the draft serves both packs.
# Not contempt for a group by who they are (the offensive pack's own finding), nor words
# said to the reader ("you useless cow").
_CONTEMPT = ("insult", "dehumanising")
_TO_THE_READER = word_set("you you're youre ye ye're ya yer u")
# The families of the people supported are not the people supported ("the family are vultures").
_RELATIVES = word_set("family families family's relatives relative parents visitors")


# The learned scorer's sentences given to the offensive pack's insults and dehumanising talk
# (``core.learned``) are contempt as well: an insult in words no list holds ("a fire alarm with no
# fire", "stock that must be rotated"). Only those it is sure of (not its reminders), and none
# when the scorer is switched off.
_SCORED_CONTEMPT = tuple(learned(rule) for rule in ("offensive.insult", "offensive.dehumanising"))


# The scorer reads a sentence whole, not whom its words are aimed at: said of the people
# supported only where the sentence names one the writer supports, or says "he" or "she" after
# one that does (not only where they are: "outside the home", "the lot on that estate"), and not
# where it reports what someone called the writer ("told me I was a thick cow").
_CALLED = word_set("told tells said says called calls call")
_AT_THE_WRITER = word_set("me i")


def _called_the_writer(sentence: Sentence) -> bool:
    tokens = sentence.tokens
    return any(
        token in _CALLED and not _AT_THE_WRITER.isdisjoint(tokens[at + 1 : at + 3])
        for at, token in enumerate(tokens)
    )


def _contempt_sentences(draft: Draft, context: Context) -> Iterator[tuple[Sentence, bool]]:
    """Each sentence holding contempt, once, and whether only the scorer found it there."""
    found = draft.analysis(offensive_reading)
    starts = sorted(start for name in _CONTEMPT for start, _ in found.get(name, ()))
    sentences = [(READING.sentence_at(draft, start), False) for start in starts]
    scored = [
        span
        for matcher in _SCORED_CONTEMPT
        for span in matcher.find(draft, context)
        if type(span) is not Reminder
    ]
    if scored:
        sentences += [(s, True) for s in _sentences_of_spans(draft, scored) if s is not None]
    seen: set[int] = set()
    for sentence, by_scorer in sentences:
        if sentence.start in seen or sentence.question:
            continue
        seen.add(sentence.start)
        if _TO_THE_READER.isdisjoint(sentence.tokens):
            yield sentence, by_scorer


def find_contempt_for_the_employer(draft: Draft, context: Context) -> Iterator[Span]:
    if context.site == "whatsapp":
        return  # a team's chat is not the public the tip warns of
    for sentence, _ in _contempt_sentences(draft, context):
        if _of_the_employer(sentence):
            yield sentence_span(draft, sentence)


def find_contempt_for_the_supported(draft: Draft, context: Context) -> Iterator[Span]:
    for sentence, by_scorer in _contempt_sentences(draft, context):
        if (
            any(sentence.has(c) for c in ("employer", "own_family", "denied", "respectful"))
            or not _KIN.isdisjoint(sentence.tokens)
            or not _RELATIVES.isdisjoint(sentence.tokens)
            or (by_scorer and _called_the_writer(sentence))
        ):
            continue
        # The rules' contempt, where the sentence names people supported; the scorer's, where
        # it names one the writer supports or says "he" or "she" after the sentence that does.
        if by_scorer:
            named = one_supported_named_in(draft, sentence) is not None
        else:
            named = sentence.has("supported") or sentence.has("cared_for_here")
        if named:
            yield sentence_span(draft, sentence)


# A person supported likened to an animal, a small child or a thing, in the sentence that names
# them or one that says "he" or "she" after it (``professional_people``): "the lady I care is
# like a parrot", "he's more of a houseplant than a patient", "the old dragon in number 4".
_NOT_LIKENED = ("denied", "respectful", "praise", "employer", "own_family")


# The reader likened ("you're like a big baby"): a "you" before the figure in its clause. A "you"
# in another clause is the everyday "you" of how the work goes ("he's like a child, you tell him
# everything twice"), not the one likened.
def _likens_the_reader(sentence: Sentence) -> bool:
    readers = {first for first, _ in sentence.hits.get("to_the_reader", ())}
    if not readers:
        return False
    tokens = sentence.tokens
    clause = -1  # the clause of the last "you" so far: one pass, however long the sentence
    for at in range(min(readers), len(tokens)):
        if at in readers:
            clause = sentence.clause(at)
        elif tokens[at] in FIGURES and sentence.clause(at) == clause:
            return True
    return False


def find_people_likened(draft: Draft, context: Context) -> Iterator[Span]:
    words = draft.words
    if FIGURES.isdisjoint(words):
        return
    seen: set[int] = set()
    for at in sorted(at for word in FIGURES & words for at in draft.starts(word)):
        sentence = READING.sentence_at(draft, at)
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        if sentence.question or any(sentence.has(c) for c in _NOT_LIKENED):
            continue
        if not _RELATIVES.isdisjoint(sentence.tokens) or _likens_the_reader(sentence):
            continue
        if likens_someone(sentence) and (
            speaks_of_supported(draft, sentence)
            or said_of_he_or_she_alone(draft, sentence)
            or named_by_name_in(draft, sentence)
        ):
            yield sentence_span(draft, sentence)


# Incompetence or blame dodged, in an idiom's shape ("wouldn't know a hoist from a hat stand",
# "a PhD in passing the buck", "nothing is ever their fault"), said of the employer or a
# colleague in the sentence or by "she" or "they" after one that names them; not in a team's
# WhatsApp chat, which is not the public the tip warns of.
_INCOMPETENT = READING.needs(("incompetent",))
_NOT_RUN_DOWN = ("denied", "ordinary_sense", "own_family", "praise")
_OF_THE_WRITER = word_set("i we i'd we'd me myself")


def find_incompetence_said_of_the_employer(draft: Draft, context: Context) -> Iterator[Span]:
    if context.site == "whatsapp":
        return
    for sentence in READING.sentences(draft, (_INCOMPETENT,)):
        if sentence.question or any(sentence.has(c) for c in _NOT_RUN_DOWN):
            continue
        # Said of the writer ("I wouldn't know a Merlot from a Rioja"), not of anyone else.
        said = [
            at
            for at, _ in sentence.hits.get("incompetent", ())
            if _OF_THE_WRITER.isdisjoint(sentence.tokens[max(0, at - 1) : at])
        ]
        if said and speaks_of_employer(draft, sentence):
            yield sentence_span(draft, sentence)


# Belittling said of "he" or "she" after the sentence naming a person the writer supports ("Did
# my Tuesday lady. Honestly she's thick as mince."), or near the start of a short post that names
# no one else (``said_of_he_or_she_alone``).
_BELITTLING = READING.needs(("belittling",))


def find_belittling_said_of_them(draft: Draft, context: Context) -> Iterator[Span]:
    for sentence in READING.sentences(draft, (_BELITTLING,)):
        if sentence.question or any(sentence.has(c) for c in _NOT_LIKENED):
            continue
        if sentence.has("supported") or sentence.has("cared_for_here"):
            continue  # the combos' to read
        acts = sentence.hits.get("belittling", ())
        if all(sentence.negated(first) for first, _ in acts):
            continue
        # Not after a question, nor after words of respect or a day out that the words may be
        # about ("Farm visit with residents today! They fed the cows").
        named = one_supported_named_in(draft, sentence)
        if named is None:
            # Or "he" or "she" in a worker's short post that names no one else: the person at
            # work ("She's a right wee madam, thinks we're her servants"), or by their name
            # alone ("Our Tony, bless him, thick as two short planks").
            if said_of_he_or_she_alone(draft, sentence) or named_by_name_in(draft, sentence):
                yield sentence_span(draft, sentence)
        elif not named.question and not named.has("respectful"):
            yield sentence_span(draft, sentence)


# A label sharpened by "proper", "right", "total" and pinned on the employer or a colleague
# ("our new team leader's a proper jobsworth"), unless it is praise ("a proper star"), or the
# employer or a colleague said to be an animal or a fool ("my coordinator is a donkey"); not in a
# team's WhatsApp chat, which is not the public the tip warns of.
_LABEL_PINNED = InSentence(
    READING,
    combos=("judged_as+employer", "scorned_as+employer"),
    unless=("praise", "denied", "ordinary_sense", "own_family", "supported", "to_the_reader"),
)


def find_labels_pinned_on_the_employer(draft: Draft, context: Context) -> Iterator[Span]:
    if context.site != "whatsapp":
        yield from _LABEL_PINNED.find(draft, context)


def _sentences_of_spans(draft: Draft, spans: list[Span]) -> Iterator[Sentence | None]:
    """For each span in the original text, the sentence, read, that it starts in: found by
    bisection over the sentences' starts, so that many spans in a long draft stay linear. A
    sentence's place in the original text is worked out only where the bisection looks (a long
    draft has thousands of sentences, and the spans asked about are few)."""
    bounds = sentence_bounds(draft)
    ranges: dict[int, tuple[int, int]] = {}

    def original(i: int) -> tuple[int, int]:
        found = ranges.get(i)
        if found is None:
            found = ranges[i] = draft.to_original(*bounds[i])
        return found

    def first_of(i: int) -> int:
        return original(i)[0]

    indices = range(len(bounds))
    for span in spans:
        found = None
        i = bisect_right(indices, span.start, key=first_of) - 1
        while i >= 0:
            first, last = original(i)
            if first <= span.start < last:
                found = READING.sentence_at(draft, bounds[i][0])
                break
            # Sentences do not overlap: only one of the same start (an empty one before it)
            # may still hold the span.
            if i == 0 or first_of(i - 1) != first:
                break
            i -= 1
        yield found


# "<the employer> is a joke", "I can't stand my boss": said by a family carer of their own
# relative's service ("My husband's carers are lovely but the agency is a shambles"), it is a
# complaint about a service, not running down their employer.
_SAID_OF_THE_EMPLOYER = Cued(
    Pattern(
        r"(?<![\w'’])(?:" + _WORKPLACE + r"|(?P<org>" + _NOT_A_LEAD + r"(?:[A-Z][\w&-]*[ \t]+){0,3}"
        r"[A-Z][\w&-]*))(?P<verb>(?i:\s+(?:is|are|was|were)|['’](?:s|re)))\s+"
        + _INSULT
        + r"(?![\w'’])"
        r"|(?i:(?:i|we)\s+(?:hate|can['’]?t\s+stand|despise)\s+" + _WORKPLACE + r")(?!\w)",
        validator=_runs_down,
        flags=0,
    ),
    cues=(
        "useless hopeless incompetent clueless pathetic shambolic shambles spineless "
        "lazy toxic rubbish idiot idiots morons clowns cowboys crooks liars parasites "
        "worst joke disgrace "
        "nightmare embarrassment liability bully waste bunch shower hate stand despise"
    ),
)


# A thing named in the same clause before the place ("Parking at the Queen Elizabeth is a
# nightmare"): the complaint is of the thing, in its ordinary sense, not of an employer.
_THING_REACH = 80
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n]|\b(?i:but|and|while|whereas|though|although)\b")


def _thing_before(draft: Draft, sentence: Sentence, span: Span) -> bool:
    # The nearest such word before the place, and near it: a farther one has the nearer's
    # clause break between it and the place too, and the bound keeps a long draft linear.
    before = [
        sentence.starts[at]
        for at, _ in sentence.hits.get("ordinary_sense", ())
        if span.start - _THING_REACH <= sentence.starts[at] < span.start
    ]
    return bool(before) and not _CLAUSE_BREAK.search(draft.text, max(before), span.start)


def find_said_of_the_employer(draft: Draft, context: Context) -> Iterator[Span]:
    spans = list(_SAID_OF_THE_EMPLOYER.find(draft, context))
    if not spans:
        return
    for span, sentence in zip(spans, _sentences_of_spans(draft, spans), strict=True):
        if sentence is not None and (
            (sentence.has("own_family") and _writers_family(sentence))
            or _thing_before(draft, sentence, span)
        ):
            continue
        yield span


RUNNING_DOWN = Rule(
    id="professional.running_down",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This may read as running down a colleague or an employer in public.",
    why=(
        "Criticism posted in a group can reach the people named, and the tip 'Maintain "
        "appropriate professional standards of communication' asks us to raise it in the "
        "right place."
    ),
    suggestion="Consider describing the problem you need help with rather than the person or body.",
    matcher=Either(
        (
            Custom(find_said_of_the_employer),
            # The employer, its managers or colleagues, and words that run them down: said
            # outright, as sarcasm, as praise beside a grievance, or as a dig said politely.
            InSentence(
                READING,
                combos=(
                    "disparage+employer",
                    "warn_off",
                    "sarcasm+^employer",
                    # Sarcasm about pay or hours runs down whoever sets them: "nothing says
                    # we value you like a voucher after working Christmas".
                    "sarcasm+^grievance",
                    "irony+employer+^grievance",
                    "love_how+employer+but_never",
                    "love_how+employer+^grievance",
                    "irony+grievance+^employer",
                    "veiled_dig+employer",
                ),
                # A family carer's complaint about a service is not about their employer.
                unless=("denied", "ordinary_sense", "own_family"),
            ),
            Custom(find_labels_pinned_on_the_employer),
            Custom(find_disparaging_hashtags),
            Custom(find_running_down_said_of_them),
            Custom(find_scare_quotes),
            Custom(find_contempt_for_the_employer),
            Custom(find_eye_rolls_at_the_employer),
            Custom(find_running_down_of_a_named_org),
            Custom(find_incompetence_said_of_the_employer),
        )
    ),
    flags=(
        "Honestly [[my manager is useless]] with rotas.",
        "[[Sunrise Homecare are a joke]], they never answer the phone.",
        "Don't bother applying, [[the management are a bunch of cowboys]].",
        "And [[Karen is completely useless]] at handovers.",
        "[[Serco are a joke]].",
        "[[I can't stand my boss]] some days.",
        "[[The managers at my old place were a joke]].",
        "[[Worst company I've ever worked for.]]",
        "[[Management lie to staff and cut corners everywhere.]]",
        "[[Our CEO hasn't set foot on a ward in five years.]]",
        "[[The nurse in charge on nights is very lazy and stupid.]]",
        "[[Head office are a bunch of clowns.]]",
        "[[The gaffer's a waste of time, never there when yer need her.]]",
        "[[Our manager couldn't run a bath, never mind a care home.]]",
        "[[Our registered manager couldn't lead a conga line at a wedding.]]",
        "[[Seen more backbone in a jelly than in our home manager.]]",
        '[[Shout out to Brightpath Care for teaching me what "family" means.]]',
        "[[Do not apply to Heathfield Care.]]",
        "[[my company r a joke they cant even pay us right]]",
        "[[The new senior is a donkey, she cannot follow a care plan.]]",
        "[[This agency is a circus.]] Nobody knows what the rota is.",
        "[[Our rota coordinator's a total fossil, still faxing the pharmacy.]]",
        "[[Honestly our area manager is a headless chicken every Monday.]]",
        "[[Our deputy is a wet lettuce with a lanyard.]]",
        "Seven years and they gave me a pen. [[Truly an organisation that puts people first 🙄]]",
        "Big thanks to Harbour Homecare for the voucher. [[Really feel the love 🤡]]",
        "Applied to Mapleford Care last year. [[Run by cowboys.]]",
        "[[The reablement team are a comedy act.]]",
        "[[Our deputy wouldn't know a care plan from a takeaway menu.]]",
        "The area office moved our calls again. [[Nothing is ever their fault, of course.]]",
        "[[Our new director has a PhD in dodging questions at staff meetings.]]",
    ),
    passes=(
        "The NHS waiting lists round here are a disgrace, my aunt has waited a year.",
        "Life is rubbish at the moment but we keep going.",
        "It is useless trying to ring them before nine.",
        "Dad is hopeless at remembering his tablets.",
        "My manager is brilliant and supported me all through.",
        "I wouldn't know a Merlot from a Rioja, so our manager picked the wine for the party.",
        "Our deputy has a degree in social work and it shows in her supervision.",
        "Our manager said it was nobody's fault and we should learn from it.",
        "My manager is not useless, just overstretched.",
        "Carers are amazing and deserve better pay.",
        "Anyone else's company rubbish at paying mileage on time?",
        "My manager told a joke at the Christmas party.",
        "Proud to work for a provider that listened when we raised concerns.",
        "My manager thinks I'm lazy because I asked for a day off.",
        "I never said agency workers were lazy.",
        "Ah'm no sayin the new manager's bad, ah'm sayin she's never done a night shift.",
        "Sister, the new matron is quite strict but she is fair.",
        "I love my job and the people I support, but this pay is a disgrace.",
        "One lady I support was upset when I couldn't run her to the post office.",
        "Our deputy is a proper star, she covered three nights for us.",
        "Our manager is a qualified nurse and knows her stuff.",
        "The council's booking portal is useless. I've written to my councillor about it.",
        "Our company's mileage rate is a disgrace, so I've put in a grievance.",
        "Rats in the bins behind the home again, pest control coming Monday. Lovely 🙄",
        "Did a 14 hour shift and fell asleep in my uniform. Living the dream 🙃",
        "Anyone else's rota come out late again? 🙄",
        "Worst team in the league and I love them.",
        "Team meeting at Larchfield Resource Centre, Crook Lane, Tuesday 2pm, lunch provided.",
        "Mapleford Care are not cowboys, they paid my mileage the same week.",
        "My husband's carers are lovely but the agency is a shambles, who do I complain to?",
        "The post office on Market Place has a cash machine now, handy for the lunch break.",
        "Universal Credit is an absolute shambles, three hours on hold for my client.",
        "Honestly our council are useless, the bins haven't been emptied in three weeks.",
    ),
)

# --- boundaries with the people supported --------------------------------------------------------

_BOUNDARY_COMBOS = (
    "online_contact+supported+first_person",
    "socialising+supported+first_person",
    "money+supported+first_person",
    # Said as a secret from the employer: "Lent Mr Bird £40, don't tell the office".
    "kept_quiet+supported",
    "money+supported+^kept_quiet",
    "socialising+supported+^kept_quiet",
    "socialising+kept_quiet",
    "money+kept_quiet",
)

# The same acts told of a person supported by "he" or "she" after the sentence that names them,
# or named by the work the writer does for them (``professional_people``): "The old lad I do
# lunches for is a gem. He's lent me his caravan for half-term."
_BOUNDARY_ACTS = ("online_contact", "socialising", "money")
_BOUNDARY_GROUPS = tuple(READING.needs((act, "first_person")) for act in _BOUNDARY_ACTS)


def find_boundaries_said_of_them(draft: Draft, context: Context) -> Iterator[Span]:
    for sentence in READING.sentences(draft, _BOUNDARY_GROUPS):
        if sentence.question or sentence.has("fond_many") or sentence.has("supported"):
            continue  # a sentence naming them in the pack's own words is the combos' to read
        if not sentence.has("first_person"):
            continue
        acts = [
            first
            for act in _BOUNDARY_ACTS
            for first, _ in sentence.hits.get(act, ())
            if not sentence.negated(first)
        ]
        if not acts:
            continue
        # Named in a question ("Would it be wrong to go to the funeral of a lady I used to care
        # for? Her family invited me."): the draft asks about the boundary.
        # Named by no one, near the start of a short post: "she" is the person at work.
        named = one_supported_named_in(draft, sentence)
        if named is None:
            if said_of_he_or_she_alone(draft, sentence) or named_by_name_in(draft, sentence):
                yield sentence_span(draft, sentence)
        elif not named.question:
            yield sentence_span(draft, sentence)


BOUNDARIES = Rule(
    id="professional.boundaries",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This may describe stepping outside professional boundaries with someone you support.",
    why=(
        "Friendship, nights out and money blur the line between worker and the person supported, "
        "and the tip 'Maintain appropriate professional standards of communication' asks us to be "
        "mindful of professional boundaries."
    ),
    suggestion=(
        "Consider talking it through with your manager or supervisor rather than in the group."
    ),
    # Told as a boundary kept, the writer having said no or told the employer ("A client's son
    # asked me out for a drink. I said no and told my manager"), it is the practice we want: see
    # ``_unless_kept``, which lets such a draft off whoever found the sentence.
    matcher=Either(
        (
            InSentence(READING, combos=_BOUNDARY_COMBOS, unless=("fond_many",)),
            Custom(find_boundaries_said_of_them),
        )
    ),
    flags=(
        "[[My client keeps slipping me a twenty and won't take no for an answer.]]",
        "[[Mrs Lind pressed a tenner into my hand again, I pretend to say no but I keep it.]]",
        "[[I added one of my service users on Facebook, he's lovely.]]",
        "[[goin for a pint wiv one of my service users on sat]]",
        "[[One of the lads I support asked to borrow £50 and I lent it him.]]",
        "[[I give my personal mobile to the people I support.]]",
        "[[The gentleman I look after gave me £200 for my birthday and I kept it.]]",
        "[[My client ask me to stay for dinner at his house on Sunday, I said yes.]]",
        "[[Borrowed twenty quid off the lady I do the mornings for, I'll give it her back.]]",
        "[[Lent Mr Bird £40 till his pension comes in, don't tell the office.]]",
        "[[Popping round to one of me clients' houses after work for a cuppa.]]",
        "[[I let Cath stay at mine on Christmas day, the office would go mad if they knew.]]",
        "[[Lent the old boy on my round a score for his electric, he's good for it.]]",
        "[[Gave Patricia from my Tuesday call my personal WhatsApp, she's so lonely.]]",
        "[[I've been going to the pub quiz with Mr Yates every Wednesday, we came second!]]",
        "[[One of my families asked me to be executor of their dad's will, I said yes.]]",
        "[[The lass I support asked me to be her power of attorney, and I said yes.]]",
        "[[A gentleman I supported last year now joins me and my family for Christmas dinner.]]",
        "[[My client's son asked me out to dinner and we've been seeing each other since.]]",
        "The old lad I do lunches for is a gem. [[He's lent me his caravan for half-term.]]",
    ),
    passes=(
        "Met my old school friend for coffee at the garden centre today.",
        "Can anyone lend me a phone charger on shift tonight?",
        "Your client may want to add you on Facebook, but it's kinder to say no.",
        "I would never add a client on Facebook.",
        "Is it okay to accept a gift from a resident?",
        "Went out for drinks with my team for my birthday.",
        "Mum's carer brought her a card on her birthday, such a kind thought.",
        "Can someone lend me a fiver for the vending machine, I'll give it you at handover.",
        "Residents' summer barbecue on Saturday, families welcome.",
        "A client's son asked me out for a drink. I said no, and I told my manager.",
        "My lady wanted to give me her fur coat. I said thank you but I cannot.",
        "It's Mr Moorhouse's birthday on Saturday, we'll make him a cake.",
        "I care for my husband who has MS and our direct payments are being cut.",
        "A lady I support asked me to be her friend on Facebook. I said I'm not allowed.",
        "A man I support has invited me to his barbecue. I'll check with my manager first.",
        "My client's son asked me out to dinner.",
        "A lady I support tried to slip me a tenner, I said no and told the office.",
        "A patient's daughter added me on Facebook after discharge to say thank you.",
        "Is it wrong to visit a gent I used to support in hospital? His daughter invited me.",
        "A lady I visit asked me to come to her son's wedding.",
        "Took the lad I support to the match today, with two staff on the rota.",
        "I'm fond of the people I support, but my own number stays private.",
    ),
)

# --- demeaning the people supported ----------------------------------------------------------

DEMEANING = Rule(
    id="professional.demeaning",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This may read as belittling the people you support.",
    why=(
        "Labels and jokes about the people we support can reach them and their families, and "
        "the tip 'Maintain appropriate professional standards of communication' asks us to write "
        "about them with the respect of the role."
    ),
    suggestion="Consider describing what happened without the label or the joke.",
    matcher=Either(
        (
            InSentence(
                READING,
                combos=(
                    "demeaning_label",
                    "belittling+cared_for_here",
                    "belittling+supported",
                    "mockery+cared_for_here+^vulnerable",
                    "mockery+supported+^vulnerable",
                    "nickname+cared_for_here",
                ),
                unless=("denied", "respectful", "own_family"),
            ),
            # A grown person likened to a toy, an animal or a small child ("our lot on the
            # dementia floor are like wind up toys"), said of them or of "he" or "they" alone in
            # a draft about them, or the work with them likened so ("who's on with the lad at 14?
            # it's like herding wet cats"); a person called by a label and placed ("the nutter in
            # 12", "the screamer again").
            InSentence(
                READING,
                combos=(
                    "likened+^supported",
                    "likened+^cared_for_here",
                    # Said of "him" or "her" in a draft that tells of the personal care the
                    # writer gives them and names nobody else.
                    "likened+^personal_care",
                    "belittling+^personal_care",
                    # Said of someone placed by their room, bay or floor: a person at work
                    # ("Moaning Minnie in 7", "the livestock in bay C").
                    "belittling+in_a_room",
                    # A person supported said to be a thing to be stored, moved or sold
                    # ("residents are just stock", "every client is a revenue unit").
                    "reduced_to+supported",
                    "reduced_to+cared_for_here",
                ),
                unless=("denied", "respectful", "praise", "employer", "own_family"),
            ),
            # A label placed is used, not asked about, in a question as well: "who's got the
            # dribbler in 14 this afternoon?"
            InSentence(
                READING,
                combos=("label_person+placed",),
                unless=("denied", "respectful", "praise", "employer", "own_family"),
                questions=True,
            ),
            InSentence(
                READING,
                combos=("infantilising+writer_alone",),
                unless=("denied", "respectful", "own_family"),
            ),
            # The work told as minding infants, said of grown people ("babysitting grown
            # adults", "a crèche for pensioners"): the lexicon's ``childcare`` and ``grown``.
            InSentence(
                READING,
                combos=("childcare+grown",),
                unless=("denied", "respectful", "own_family", "praise"),
            ),
            Custom(find_contempt_for_the_supported),
            Custom(find_people_likened),
            Custom(find_belittling_said_of_them),
        )
    ),
    flags=(
        "[[Had the bed blockers on ward 3 moaning all shift, roll on Friday]]",
        "[[The feeders on the dementia unit take forever.]]",
        "[[Room 9 is being a right diva again.]]",
        "[[The gent in bay 2 is doing his pantomime again for the nurses.]]",
        "[[Had the old crow in room 5 shouting for her tea all morning.]]",
        "[[The residents on my unit are like spoilt kids, ringing all night for nothing.]]",
        "[[Honestly some of the people I support are thick as mince.]]",
        "[[The old ones in the lounge are so slow and useless.]]",
        "[[Our lot are a pile of cabbages, just sat there.]]",
        "[[Another day at the coalface with our dribblers and droolers!]]",
        "[[Just had the screamer in room 9 again, someone swap with me.]]",
        "[[Some of these old dears are just a burden on the system, sat waiting for God.]]",
        "[[The old fella in flat 6 is a miserable old git, I dread his calls.]]",
        "[[Her teeth were in the plant pot again, the residents are hilarious.]]",
        "[[They're not people anymore, just bodies we turn and feed.]]",
        "[[The fella in room 12 is a creepy old perv.]]",
        "[[She was kicking off at breakfast so I just treated her like a toddler.]]",
        "[[Looking after grown men who act like spoilt 5 year olds is not what I signed up for.]]",
        "[[The gents on the top floor are like clockwork toys, wind them up and off they go.]]",
        "[[Back on with the shouter in bay 4 and the biter in bay 6 tonight.]]",
        "[[Room 9 is basically a big toddler, tantrum every time the telly goes off.]]",
        "[[The old men in unit 3 are like dead meat, just lying there.]]",
        "[[Our dementia floor is a nursery, we put on Peppa Pig and give them juice cups.]]",
        "[[One of ours has the mental age of a goldfish.]]",
        "Who's on with the lad at number 14 today? [[Good luck, it's like herding wet cats.]]",
        "[[Her at 22 is a proper drama queen.]]",
        "[[Who's got the dribbler in 14 this afternoon?]] Bring a mop.",
        "Our residents. [[Sorry your majesty, the butler's on his break.]]",
        "[[Some residents are like a jigsaw with half the pieces missing.]]",
        "[[Herding pensioners is not in my job description.]] Roll on Friday at the home.",
        "[[The gent I do Sundays for is basically a walrus in a cardigan.]]",
        "Did my teatime call. [[She's more of an ornament than a person these days.]]",
        "[[Back on with the old goat in room 6, tea at four or else.]]",
        "Did my Tuesday lady this morning. [[Honestly she's thick as mince.]]",
    ),
    passes=(
        "Mum's being a right diva about her new glasses, bless her.",
        "Bed blocking is a symptom of too few care packages, not of patients.",
        "Our residents loved the drama group's performance today.",
        "The lady in room 3 did her party piece for the panto night, a proper performance.",
        "Some of the people we support can be challenging, but there's usually a reason.",
        "The residents like to see the kids from the nursery on Fridays.",
        "We treat our residents as adults, not like children.",
        "Lounge is really lively tonight, they're all singing along.",
        "I used to think people in care homes were just waiting to die. I was wrong.",
        "Our care home has a pest problem in the bin store.",
        "The residents love the bird feeders we put up.",
        "How do you talk about incontinence with residents without making them feel like children?",
        "One of our ladies has a doll she cares for like a baby, and we treat it with respect.",
        "I'd never call anyone a bed blocker, they're people waiting for a service.",
        "The family in room 8 are a bunch of grasping rats.",
        "You useless cow, you left the client without dinner again.",
        "I try never to talk to Mum like a child, even on her worst days.",
        "The hospital treated him like a child and we complained.",
        "We speak to the residents as adults, never like toys to be moved about.",
        "The vegetables in the fridge need using up before the weekend.",
        "Her granddaughter brought the new baby in to meet her today, a lovely visit.",
        "Our lady in room 4 has a doll she cares for like a baby.",
        "Took the residents to the zoo today, they loved the penguins.",
        "Our residents grew their own vegetables this year!",
        "The vet said our therapy dog had a parasite, so no visits this week for the residents.",
        "Our new admission has settled in well, she loves the garden.",
        "Who's on with the lad at number 14 today? He's got the football on at three.",
        "The residents watched the coronation and one lady curtsied to His Majesty on the telly.",
        "Who's got the lady in room 4 this afternoon? She likes her tea at three.",
        "Our residents did a 500-piece jigsaw of York Minster together this week.",
        "The residents loved the hamsters the school brought in.",
        "The residents watched the seals being fed at the aquarium and loved it.",
        "My lady was a baby when the war started, she told us about the evacuees.",
        "They like the goats at the city farm, so we go on Thursdays.",
        "Zoo trip with our residents! They watched a lazy old lion sleep all afternoon.",
    ),
)


_INVITED = READING.needs(("invited",))
# What the writer goes on to tell after an invitation ("asked me out and we've been seeing each
# other"), or before it ("we're friends now and he asked me round"): more than the asking.
_CARRIES_ON = word_set("and so now then but i i've ive i'm im i'll we we're were we've weve me")


def _only_asked(sentence: Sentence) -> bool:
    """A sentence that tells of being asked or offered and nothing more: "My client's son asked
    me out to dinner", not "... asked me to follow him and I did"."""
    asks = sentence.hits.get("invited")
    if not asks:
        return False
    first, end = asks[0]
    # The words that name the person ("a gentleman I support asked me") are not the writer
    # going on to tell more.
    naming = {at for lo, hi in sentence.hits.get("supported", ()) for at in range(lo, hi)}
    tokens = sentence.tokens
    return all(
        tokens[at] not in _CARRIES_ON
        for at in (*range(first), *range(end, len(tokens)))
        if at not in naming
    )


def _unless_kept(rule: Rule) -> Rule:
    """A boundary told as kept lets the draft off, the learned scorer's sentences as well as the
    rule's own: "She offered to sell me her car. I said no" is the practice the tip asks for; not
    where the writer went ahead all the same ("if I said no he'd be upset, so I kept it"). So does
    criticism taken where it can be heard ("I've written to my councillor"): fair feedback, not
    running down in public."""
    if rule.id == RUNNING_DOWN.id:
        return replace(rule, matcher=UnlessSaid(rule.matcher, READING, ("proper_route",)))
    if rule.id != BOUNDARIES.id:
        return rule
    found = rule.matcher

    def find_boundaries_not_kept(draft: Draft, context: Context) -> list[Span]:
        spans = list(found.find(draft, context))
        if spans and READING.anywhere(draft, "declined"):
            return spans if READING.anywhere(draft, "went_ahead") else []
        if (
            spans
            and READING.anywhere(draft, "as_the_work")
            and not any(READING.anywhere(draft, c) for c in ("kept_quiet", "went_ahead"))
        ):
            # The outing is the work, planned and staffed by the service ("with two staff on
            # the rota"): not the worker befriending them in their own time.
            return []
        if spans and READING.anywhere(draft, "invited") and not READING.anywhere(draft, "accepted"):
            # Asked or offered, and nothing more told: the worker has not crossed the line.
            asked = {
                sentence_span(draft, sentence)
                for sentence in READING.sentences(draft, (_INVITED,))
                if _only_asked(sentence)
            }
            return [span for span in spans if span not in asked]
        return spans

    return replace(rule, matcher=Custom(find_boundaries_not_kept))


RULES = tuple(
    _unless_kept(rule)
    for rule in with_scorer(
        (
            OVER_FAMILIAR,
            KISSES,
            TEXT_SPEAK,
            EMOJI_RUN,
            SHOUTING,
            EXCLAMATIONS,
            SPEAKING_FOR_ORGANISATION,
            CONFIDENTIAL,
            SAFEGUARDING_MATTER,
            CLINICAL_ADVICE,
            RUNNING_DOWN,
            BOUNDARIES,
            DEMEANING,
        )
    )
)
