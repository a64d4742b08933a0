"""The hostile corpus: odd and adversarial drafts whose findings must match on every runtime.

    python -m bench.make_hostile_corpus                   # rewrite tests/corpus/hostile.jsonl
    python -m bench.make_hostile_corpus --write-expected  # and the expected findings

``tests/corpus/hostile.jsonl`` holds about 300 drafts made from a fixed seed: identifiers and
offensive words with zero-width, bidirectional and combining characters typed into them,
look-alike and full-width letters, emoji and astral characters next to matches, lone surrogates,
NUL and control characters, long runs of what the patterns accept, and empty or invisible-only
drafts. Each line is ``{"id", "text", "site", "names", "phrases"}``.
``tests/corpus/hostile_expected.jsonl`` holds, for each, the findings CPython gave (rule,
severity, UTF-16 start and end, match), plus one line for a 100,000-character draft from
``bench.drafts.long_draft`` kept as a count and a digest. ``tests/test_hostile_corpus.py`` checks
both runtimes against it. Rewrite the expected file only on purpose, on CPython, after reading
why the findings changed (``git diff`` shows which drafts moved).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "hostile.jsonl"
EXPECTED = CORPUS.with_name("hostile_expected.jsonl")
SEED = 20250107
LONG_DRAFT_ID = "long-draft-100k"
LONG_DRAFT_CHARS = 100_000
LONG_DRAFT_SEED = 7

SITES = (None, "facebook", "linkedin", "whatsapp")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e")
BIDI: tuple[str, ...] = (
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
)
BIDI += ("\u200e", "\u200f", "\u061c")
CONTROLS = ("\x00", "\x01", "\x1b", "\x7f", "\x85", "\t", "\r", "\n", "\u2028", "\u2029", "\x0c")
COMBINING = ("\u0301", "\u0308", "\u0327", "\u20dd", "\u0489", "\u036f", "\u0e49")
ASTRAL = ("😀", "👩\u200d⚕️", "🇬🇧", "\U0001d7d7", "\U0001d41a", "\U0001f100", "𝔣𝔲𝔠𝔨", "\U000e0041")
LONE_SURROGATES = ("\ud83d", "\ude00", "\ud800", "\udfff")
GROWING = ("İ", "ß", "ﬁ", "ﬀ", "ǅ", "Ⅻ", "①", "½", "™", "㎏", "ﷺ", "ŉ", "\u0390", "\u1e9e")
ODD = INVISIBLE + BIDI + CONTROLS + COMBINING + ASTRAL + LONE_SURROGATES + GROWING

IDENTIFIERS = (
    ("Her NHS number is {}, can anyone help?", "943 476 5919"),
    ("NHS no {} on the letter", "9434765919"),
    ("Her son is {}, he wants updates.", "d.patel82@example.co.uk"),
    ("email me at {} please", "jo_smith+care@example.com"),
    ("She lives near {}, can anyone visit?", "LS1 4AP"),
    ("postcode {}", "sw1a1aa"),
    ("Her daughter's mobile is {} if anyone can call.", "07700 900123"),
    ("son: {}", "+44 7700 900 456"),
    ("Her NI number is {} and the DWP still can't find her.", "JG 10 37 29 C"),
    ("DOB {}, lives alone.", "03/04/1941"),
    ("She was born on {} in Leeds.", "7 March 1936"),
    ("CHI {} was on the letter", "030441 1248"),
)
OFFENSIVE = ("fuck", "shit", "bastard", "wanker", "bitch", "prick", "twat", "dickhead", "bollocks")
LEET = {"a": "@", "i": "1", "o": "0", "s": "$", "e": "3", "t": "7"}
LOOKALIKE = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "s": "ѕ"}
FILLER = (
    "Had a long shift today.",
    "Anyone know about blue badges?",
    "Thanks all!!!",
    "I can't help, sorry.",
    "URGENT PLEASE READ",
    "lol",
    "Mrs Smith at number 12 Acacia Avenue",
    "Samaritans 116 123",
    "5 * 3 = 15",
    "** bold ** and __under__",
    "see https://example.org/a?b=1&c=2#d",
    "@sarah @ @@ a@b",
    "...",
    "- - - -",
    "1.2.3.4.5",
)
RUN_UNITS = ("1", "1 ", "9-", "a", "a ", "A", "ab.", ".", "@", "a@", "-", " ", "\n", "0",
             "+4", "(0", "1/", "f u c k ", "sh1t ", "I I ", "LS1 ", "AB12 ", "DOB ", "the ",
             "*", "a*", "!", "aaa", "Mr ", "NHS ", "\u200b", "😀", "\ud83d")  # fmt: skip


def canonical(text: str) -> str:
    """The text as a JavaScript string reaches Python: a high surrogate followed by a low one is
    one astral character (Pyodide and ``json.loads`` both join them)."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _sprinkle(rng: random.Random, text: str, pool: tuple[str, ...], times: int) -> str:
    chars = list(text)
    for _ in range(times):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(pool))
    return "".join(chars)


def _disguise(rng: random.Random, word: str) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return "".join(LEET.get(c, c) if rng.randrange(2) else c for c in word)
    if kind == 1:
        return rng.choice((" ", ".", "-", "_", ". ")).join(word)
    if kind == 2:
        return "".join(LOOKALIKE.get(c, c) for c in word)
    if kind == 3:
        return "".join(chr(ord(c) + 0xFEE0) for c in word)  # full-width
    if kind == 4:
        i = rng.randrange(1, len(word))
        return word[:i] + word[i] * rng.randrange(2, 6) + word[i:]
    if kind == 5:
        return word.upper()
    return word[0] + "*" * rng.randrange(1, 3) + word[3:] if len(word) > 3 else word


def _random_chars(rng: random.Random, n: int) -> str:
    return "".join(chr(rng.randrange(0x110000)) for _ in range(n))


def _texts(rng: random.Random) -> Iterable[tuple[str, str]]:
    for i in range(60):
        template, ident = IDENTIFIERS[i % len(IDENTIFIERS)]
        pool = (INVISIBLE, BIDI, COMBINING, ODD)[i % 4]
        hidden = _sprinkle(rng, ident, pool, rng.randrange(1, 4))
        yield "identifier", template.format(hidden)
    for i in range(60):
        word = _disguise(rng, OFFENSIVE[i % len(OFFENSIVE)])
        if rng.randrange(3) == 0:
            word = _sprinkle(rng, word, INVISIBLE, 1)
        yield "offensive", f"{rng.choice(FILLER)} {word} {rng.choice(FILLER)}"
    for _ in range(80):
        pieces: list[str] = []
        for _ in range(rng.randrange(1, 12)):
            kind = rng.randrange(5)
            if kind == 0:
                pieces.append(rng.choice(IDENTIFIERS)[1])
            elif kind == 1:
                pieces.append(_disguise(rng, rng.choice(OFFENSIVE)))
            elif kind == 2:
                pieces.append(rng.choice(FILLER))
            elif kind == 3:
                pieces.append(_random_chars(rng, rng.randrange(1, 6)))
            else:
                pieces.append(rng.choice(ODD))
        yield "noise", rng.choice(("", " ", "\n")).join(pieces)
    for i in range(40):
        template, ident = IDENTIFIERS[i % len(IDENTIFIERS)]
        left, right = rng.choice(ODD), rng.choice(ODD)
        yield (
            "boundary",
            rng.choice(
                (
                    left + ident + right,
                    template.format(left + ident + right),
                    ident + rng.choice(COMBINING),
                    rng.choice(ASTRAL) * 3 + template.format(ident),
                    "\u2067" + template.format(ident) + "\u2069",
                )
            ),
        )
    for unit in RUN_UNITS:
        yield "run", unit * (rng.randrange(500, 3000) // len(unit))
    for text in ("", " ", "\u200b" * 10, "\ufeff", "\ud83d", "\ude00\ud83d", "*", "**", "\x00",
                 "\n" * 50, "\u202e" + "kcuf", "😀" * 20, "\u0301" * 30, "İ" * 12, "ﬁ" * 12,
                 "\U0001d7d7" * 10, "943 476 5919", "fuck", "a", "A", "1"):  # fmt: skip
        yield "edge", text


def hostile_lines() -> list[dict[str, Any]]:
    """The corpus, made afresh from the seed."""
    rng = random.Random(SEED)
    lines = []
    for number, (kind, text) in enumerate(_texts(rng), 1):
        site = SITES[rng.randrange(len(SITES))]
        names = ["Doris Pemberton", "Bert"] if rng.randrange(8) == 0 else []
        phrases = ["Rose Court", "C++"] if rng.randrange(8) == 0 else []
        line = {"id": f"{kind}-{number:03d}", "text": canonical(text), "site": site}
        lines.append(line | {"names": names, "phrases": phrases})
    return lines


def findings_of(line: dict[str, Any]) -> list[list[object]]:
    """What the core finds in one corpus line, in the expected file's form."""
    from core import PACK_IDS, check

    found = check(
        line["text"], packs=PACK_IDS, site=line["site"], names=line["names"],
        phrases=line["phrases"],
    )  # fmt: skip
    return [[f.rule, f.severity.value, f.start, f.end, f.match] for f in found]


def long_draft_summary() -> dict[str, Any]:
    """The 100,000-character draft's findings as a count and a digest (too many to list)."""
    from bench.drafts import long_draft
    from core import PACK_IDS, check

    text = long_draft(LONG_DRAFT_CHARS, LONG_DRAFT_SEED)
    found = check(text, packs=PACK_IDS, site="facebook")
    rows = [[f.rule, f.severity.value, f.start, f.end, f.match] for f in found]
    digest = hashlib.sha256(json.dumps(rows).encode("ascii")).hexdigest()
    return {"id": LONG_DRAFT_ID, "count": len(rows), "sha256": digest}


def expected_lines(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = [{"id": line["id"], "findings": findings_of(line)} for line in lines]
    return [*rows, long_draft_summary()]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="ascii") as handle:
        return [json.loads(row) for row in handle if row.strip()]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    # ASCII with escapes: lone surrogates and control characters survive any editor and git.
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="ascii")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.make_hostile_corpus")
    parser.add_argument(
        "--write-expected",
        action="store_true",
        help="also rewrite the expected findings from this core (do it on CPython, on purpose)",
    )
    args = parser.parse_args(argv)
    lines = hostile_lines()
    write_jsonl(CORPUS, lines)
    print(f"wrote {len(lines)} drafts to {CORPUS.name}")
    if args.write_expected:
        write_jsonl(EXPECTED, expected_lines(lines))
        print(f"wrote their findings to {EXPECTED.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
