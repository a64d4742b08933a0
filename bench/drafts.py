"""Long, realistic drafts for timing and robustness checks: ``long_draft(n_chars, seed)``.

A draft is paragraphs of the kind of sentences people post in peer-support groups, with the odd
identifier, swear word, emoji, look-alike letter and zero-width character among them, so every pack
has work to do, and nearly every sentence is different. The same ``n_chars`` and ``seed`` give
the same draft on every Python (only ``random.Random``'s integer draws, stable across versions).
"""

from __future__ import annotations

import random

SENTENCES = (
    "Had a long shift today and the handover was a mess again.",
    "Does anyone know how to get a blue badge renewed quickly?",
    "Thanks all for the advice last week, it really helped.",
    "The training on safeguarding was useful, especially the part about recording concerns.",
    "Mrs Patel's daughter rang three times asking for an update, what should I say?",
    "Her NHS number is 943 476 5919 if anyone from the surgery can check.",
    "Email me at d.patel82@example.co.uk and I'll send the rota.",
    "She lives near LS1 4AP, is anyone local?",
    "Ring 07700 900123 after six, her son will pick up.",
    "DOB 03/04/1941, lives alone, very independent.",
    "Honestly the agency staff were bloody useless tonight.",
    "What the f*ck is going on with the medication rounds?",
    "Anyone? Anyone at all? Still waiting for an answer!!!",
    "I can't help, sorry.",
    "Just cheer up, it could be worse.",
    "URGENT: NEED SOMEONE TO COVER SATURDAY NIGHT",
    "lol we were in stitches at the quiz 😂😂",
    "Visited Bert at Rose Court, he was in good spirits.",
    "Our manager said we can't post about work but everyone does.",
    "The carers' forum is on 7 March 2025 in Leeds, all welcome.",
    "Samaritans are free on 116 123, any time, day or night.",
    "Room 12 needs a hoist check before the weekend.",
    "Ѕome people here write with look-alike letters; ｗｉｄｅ ones too.",
    "Zero\u200bwidth spaces hide in copied text from other apps.",
    "He is 87 years old and has dementia, lives on Acacia Avenue.",
    "Contact info@example.org for the leaflet.",
    "f u c k this rota honestly.",
    "Great work everyone 👍 see you Tuesday.",
)


def long_draft(n_chars: int, seed: int = 0) -> str:
    """A draft of exactly ``n_chars`` characters (code points), built from ``SENTENCES``."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < n_chars:
        sentence = SENTENCES[rng.randrange(len(SENTENCES))]
        if rng.randrange(4):
            # Nearly every sentence differs, as in a real draft, so that work cached per sentence
            # does not flatter the timing of a first check.
            sentence = f"Day {rng.randrange(1, 10_000)}: {sentence}"
        gap = "\n\n" if rng.randrange(6) == 0 else " "
        parts.append(sentence + gap)
        length += len(sentence) + len(gap)
    return "".join(parts)[:n_chars]


# Drafts that are one long run of a character of each class (capitals, digits, spaces,
# punctuation, emoji, invisible, full-width and look-alike characters), or of a short alternation
# of them: what a pasted code, a block of capitals or a page's own text can be; and names and
# a whole identity line repeated, whose growth is the names rule's passes over the names found;
# and a sentence running the employer down, a date of birth after its cue, a title and name in
# lower case, a lower-case name owning something and a name with its home after it, repeated,
# each of whose findings is placed in its sentence or tested against those found; and a venue's
# contacts beside a home's postcode, each postcode tested against the addresses found.
# The core's time on each must grow linearly with its length (tests/test_regex_linear.py), and
# the benchmark times the slowest of them at 65,536 characters, the longest post any of the three
# sites takes.
WORST_CASE_UNITS = (
    "1", "1 ", "12-", "1.", "+4", "(0", "a", "a ", "A", "A1 ", ".", "@", "a@", "-", " ", "\n ",
    "a'", "*", "!", "a, ", "aaa", "Ａ", "１", "’", "😀", "😀 ", "\u200b", "\ud83d", "é", "İ",
    "\u00a0", "?", "#", "A'", "A.", "A,", "A1", "AB ", "Aa", "Ab ", "aB", "1a", "1A ", "1 A", "a1",
    "a.", "!a", "a-", "A-", "fuck ", "sh1t ", "f u c k ", "LS1 4AP ", "the ", "I AM ", "Mrs Smith ",
    "u ", "lol ", "12 Main Street ", "943 476 5919 ", "my daughter Ann is ill. ",
    "Mrs Smith and Ann ", "Mr Ian Smith, 12 Main Street, LS1 4AP, 07700 900123. ",
    "client ID CL-00417 Ann ", "The agency is useless. ", "dob 12/03/1941 ",
    "mrs ellis ", "ethel's DOB ", "Cyril up at Highfield Cottage. ",
    "my mum's got dementia, my number is 07700 900123 ", "CHI is in her notes, 0101501234 ",
    "The day centre, 12 High Street, LS1 4AP, 0161 496 0000, her flat LS2 7AB. ",
    "I know where she lives and you will regret it ", "the one again ",
)  # fmt: skip


def worst_case_draft(unit: str, n_chars: int) -> str:
    """``unit`` repeated to exactly ``n_chars`` characters."""
    return (unit * (n_chars // len(unit) + 1))[:n_chars]
