"""Turn the marked-up sources in ``src/`` into the fresh JSONL batches.

    python -m bench.fresh.make_fresh            # writes every batch in src/
    python -m bench.fresh.make_fresh --check    # exits 1 if a written batch differs from its source

Source format (``src/<batch>.txt``): a draft starts with a header line ``@@ <site> <voice>`` (site
``fb``, ``li``, ``wa`` or ``-`` for none) and runs to the next header; its text keeps its own line
breaks. Lines starting with ``#`` before the first header are comments.

- ``[[text|pack.kind]]`` marks a span to be flagged; marks may nest (a name inside an insulting
  sentence). The brackets and the label are removed and the span's Python offsets recorded.
- ``{NHS:334}`` and the like stand for fake identifiers made here with a fixed seed, so that every
  number has the right shape and check digit without being typed by hand (see ``FILLERS``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
BATCHES = {
    "batch1": "b1",
    "heldout1": "h1",
    "offensive_own1": "o1",
    "offensive_own2": "o2",
    "offensive_own3": "o3",
    "offensive_own4": "o4",
    "offensive_own5": "o5",
    "offensive_own6": "o6",
    "offensive_own7": "o7",
    "offensive_own8": "o8",
    "offensive_own9": "o9",
    "offensive_own10": "oA",
    "identifiers_own1": "i1",
    "identifiers_own2": "i2",
    "identifiers_own3": "i3",
    "identifiers_own4": "i4",
    "identifiers_own5": "i5",
    "identifiers_own6": "i6",
    "identifiers_own7": "i7",
    "identifiers_own8": "i8",
    "identifiers_own9": "i9",
    "identifiers_own10": "iA",
    "identifiers_own11": "iB",
    "identifiers_own12": "iC",
    "identifiers_own13": "iD",
    "identifiers_own14": "iE",
    "identifiers_own15": "iF",
    "identifiers_own16": "iG",
    "identifiers_own17": "iH",
    "identifiers_own18": "iI",
    "identifiers_own19": "iJ",
    "identifiers_own20": "iK",
    "identifiers_own21": "iL",
    "identifiers_own22": "iM",
    "identifiers_own23": "iN",
    "identifiers_own24": "iO",
    "identifiers_own25": "iP",
    "identifiers_own28": "iS",
    "identifiers_own29": "iT",
    "identifiers_own26": "iQ",
    "identifiers_own27": "iR",
    "identifiers_own30": "iU",
    "identifiers_own31": "iV",
    "identifiers_own32": "iW",
    "identifiers_own33": "iX",
    "identifiers_own34": "iY",
    "identifiers_own35": "iZ",
    "identifiers_own36": "j1",
    "identifiers_own37": "j2",
    "identifiers_own38": "j3",
    "identifiers_own39": "j4",
    "identifiers_own40": "j5",
    "identifiers_own41": "j6",
    "identifiers_own42": "j7",
    "identifiers_own43": "j8",
    "identifiers_own44": "j9",
    "identifiers_own45": "jA",
    "identifiers_own46": "jB",
    "identifiers_own47": "jC",
    "identifiers_own48": "jD",
    "identifiers_own49": "jE",
    "identifiers_own50": "jF",
    "identifiers_own51": "jG",
    "identifiers_own52": "jH",
    "identifiers_own53": "jI",
    "identifiers_own54": "jJ",
    "identifiers_own55": "jK",
    "identifiers_own56": "jL",
    "identifiers_own57": "jM",
    "identifiers_own58": "jN",
    "identifiers_own59": "jO",
    "identifiers_own60": "jP",
    "identifiers_own61": "jQ",
    "identifiers_own62": "jR",
    "identifiers_own63": "jS",
    "identifiers_own64": "jT",
    "identifiers_own65": "jU",
    "identifiers_own66": "jV",
    "identifiers_own67": "jW",
    "identifiers_own68": "jX",
    "identifiers_own69": "jY",
    "identifiers_own70": "jZ",
    "identifiers_own71": "ja",
    "identifiers_own72": "jb",
    "identifiers_own73": "jc",
    "identifiers_own74": "jd",
    "identifiers_own75": "je",
    "identifiers_own76": "jf",
    "identifiers_own77": "jg",
    "identifiers_own78": "jh",
    "identifiers_own79": "ji",
    "identifiers_own80": "jj",
    "identifiers_own81": "jk",
    "identifiers_own82": "jl",
    "identifiers_own83": "jm",
    "conduct_own1": "c1",
    "conduct_own2": "c2",
    "conduct_own3": "c3",
    "conduct_own4": "c4",
    "conduct_own5": "c5",
    "conduct_own6": "c6",
    "conduct_own7": "c7",
    "conduct_own8": "c8",
    "conduct_own9": "c9",
    "conduct_own10": "cC",
    "conduct_own11": "cD",
    "conduct_own12": "cE",
    "conduct_own13": "cF",
    "conduct_own14": "cG",
    "conduct_own15": "cH",
    "conduct_own16": "cI",
    "conduct_own17": "cJ",
    "conduct_own18": "cK",
    "conduct_own19": "cL",
    "conduct_own20": "cM",
    "conduct_own21": "cN",
    "conduct_own22": "cO",
    "conduct_own23": "cP",
    "conduct_own24": "cQ",
    "conduct_own25": "cR",
    "conduct_own26": "cS",
    "conduct_own27": "cT",
    "conduct_own28": "cU",
    "conduct_own29": "cV",
    "conduct_own30": "cW",
    "conduct_own31": "cX",
    "conduct_own32": "cY",
    "conduct_own33": "cZ",
    "conduct_own34": "d1",
    "conduct_own35": "d2",
    "conduct_own36": "d3",
    "conduct_own37": "d4",
    "conduct_own38": "d5",
    "conduct_own39": "d6",
    "conduct_own40": "d7",
    "conduct_own41": "d8",
    "conduct_own42": "d9",
    "conduct_own43": "dA",
    "conduct_own44": "dB",
    "conduct_own45": "dC",
    "conduct_own46": "dD",
    "conduct_own47": "dE",
    "conduct_own48": "dF",
    "conduct_own49": "dG",
    "conduct_own50": "dH",
    "conduct_own51": "dI",
    "regulators_own1": "r1",
    "regulators_own2": "r2",
    "regulators_own3": "r3",
    "regulators_own4": "r4",
    "regulators_own5": "r5",
    "batch2": "b2",
    "heldout2": "h2",
    "heldout3": "h3",
    "heldout4": "h4",
    "heldout5": "h5",
    "heldout6": "h6",
    "heldout7": "h7",
    "heldout8": "h8",
    "heldout9": "h9",
    "heldout10": "hA",
    "heldout11": "hB",
    "heldout12": "hC",
    "heldout13": "hD",
    "heldout14": "hE",
    "heldout15": "hF",
    "heldout16": "hG",
    "heldout17": "hH",
    "heldout18": "hI",
    "heldout19": "hJ",
    "heldout20": "hK",
    "heldout21": "hL",
    "heldout22": "hM",
    "heldout23": "hN",
    "heldout24": "hO",
    "heldout25": "hP",
    "heldout26": "hQ",
    "heldout27": "hR",
    "heldout28": "hS",
    "heldout29": "hT",
    "trainB": "tb",
    "trainA": "tA",
    "trainC": "tC",
    "trainD": "tD",
    "trainE": "tE",
    "trainF": "tF",
    "cleanA": "cA",
    "trainG": "tG",
    "cleanB": "cB",
    "trainH": "tH",
    "trainH2": "tJ",
    "trainI": "tI",
    "trainI2": "tK",
    "trainJ": "tL",
    "trainJ2": "tM",
    "trainK": "tN",
    "trainK2": "tO",
    "trainL": "tP",
    "trainM": "tQ",
    "trainN": "tR",
    "trainO": "tS",
    "trainP": "tT",
    "trainQ": "tU",
    "trainR": "tV",
    "trainS": "tW",
    "trainT": "tX",
    "trainU": "tY",
    "professional_own1": "p1",
    "professional_own2": "p2",
    "professional_own3": "p3",
    "professional_own4": "p4",
    "professional_own5": "p5",
    "professional_own6": "p6",
    "professional_own7": "p7",
    "professional_own8": "p8",
    "professional_own9": "p9",
    "professional_own10": "pA",
    "professional_own11": "pB",
    "professional_own12": "pC",
    "professional_own13": "pD",
    "professional_own14": "pE",
    "professional_own15": "pF",
    "professional_own16": "pG",
    "professional_own17": "pH",
    "professional_own18": "pI",
    "professional_own19": "pJ",
    "professional_own20": "pK",
    "professional_own21": "pL",
    "professional_own22": "pM",
    "professional_own23": "pN",
    "professional_own24": "pO",
    "professional_own25": "pP",
    "professional_own26": "pQ",
    "professional_own27": "pR",
    "professional_own28": "pS",
    "professional_own29": "pT",
    "professional_own30": "pU",
    "professional_own31": "pV",
    "professional_own32": "pW",
    "professional_own33": "pX",
    "professional_own34": "pY",
    "professional_own35": "pZ",
    "professional_own36": "pa",
    "professional_own37": "pb",
    "professional_own38": "pc",
    "professional_own39": "pd",
    "professional_own40": "pe",
    "professional_own41": "pf",
    "professional_own42": "pg",
    "professional_own43": "ph",
    "professional_own44": "pi",
}
SITES = {"fb": "facebook", "li": "linkedin", "wa": "whatsapp", "-": None}
PACKS = {"identifiers", "offensive", "professional", "peer_support", "audience", "regulators"}


class Label(TypedDict):
    pack: str
    kind: str
    start: int
    end: int


class Draft(TypedDict):
    id: str
    site: str | None
    text: str
    voice: str
    labels: list[Label]


CLOSE = re.compile(r"\|([a-z_]+)\.([a-z_0-9]+)\]\]")
FILL = re.compile(r"\{([A-Z0-9]+)(?::([a-z0-9]+))?\}")


def mod11_check(digits: str) -> int | None:
    """The NHS/CHI/H&C check digit of nine digits, or None when no check digit exists."""
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def valid_mod11(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return len(digits) == 10 and mod11_check(digits[:9]) == int(digits[9])


def ten_digits(rng: random.Random, first: str) -> str:
    while True:
        body = first + "".join(rng.choice("0123456789") for _ in range(9 - len(first)))
        check = mod11_check(body)
        if check is not None:
            return body + str(check)


def layout(number: str, style: str | None) -> str:
    groups = {"334": (3, 3, 4), "433": (4, 3, 3), "424": (4, 2, 4), "55": (5, 5)}
    if style in (None, "334", "433", "424", "55", "dash"):
        sizes = groups.get(style or "334", (3, 3, 4))
        parts, at = [], 0
        for size in sizes:
            parts.append(number[at : at + size])
            at += size
        return ("-" if style == "dash" else " ").join(parts)
    if style == "plain":
        return number
    if style == "dots":
        return f"{number[:3]}.{number[3:6]}.{number[6:]}"
    raise ValueError(f"unknown layout {style}")


def nhs(rng: random.Random, style: str | None) -> str:
    return layout(ten_digits(rng, rng.choice("4567")), style)


def hc(rng: random.Random, style: str | None) -> str:
    return layout(ten_digits(rng, str(rng.randint(320, 399))), style)


def chi(rng: random.Random, style: str | None) -> str:
    while True:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(30, 99)
        serial = "".join(rng.choice("0123456789") for _ in range(3))
        body = f"{day:02d}{month:02d}{year:02d}{serial}"
        check = mod11_check(body)
        if check is not None:
            number = body + str(check)
            return number if style in (None, "plain") else layout(number, style)


def order10(rng: random.Random, style: str | None) -> str:
    """A checksum-valid ten-digit number, for clean drafts that call it an order number."""
    return layout(ten_digits(rng, rng.choice("123789")), style or "plain")


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni(rng: random.Random, style: str | None) -> str:
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in NI_BAD:
            break
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    number = f"{prefix}{digits}{rng.choice('ABCD')}"
    if style == "spaced":
        number = f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {number[-1]}"
    return number.lower() if style == "low" else number


def mobile(rng: random.Random, style: str | None) -> str:
    tail = f"{rng.randint(0, 999):03d}"
    return {
        None: f"07700 900{tail}",
        "plain": f"07700900{tail}",
        "intl": f"+44 7700 900{tail}",
        "split": f"07700 900 {tail}",
        "dash": f"07700-900-{tail}",
    }[style]


LANDLINES = [
    ("0113", "496"),
    ("0114", "496"),
    ("0115", "496"),
    ("0117", "496"),
    ("0121", "496"),
    ("0131", "496"),
    ("0141", "496"),
    ("0151", "496"),
    ("0161", "496"),
    ("0191", "498"),
]


def landline(rng: random.Random, style: str | None) -> str:
    tail = f"0{rng.randint(0, 999):03d}"
    if style == "london":
        return f"020 7946 {tail}"
    if style == "cardiff":
        return f"029 2018 {tail}"
    area, exchange = rng.choice(LANDLINES)
    return f"{area} {exchange}{tail}" if style == "plain" else f"{area} {exchange} {tail}"


FILLERS: dict[str, Callable[[random.Random, str | None], str]] = {
    "NHS": nhs,
    "HC": hc,
    "CHI": chi,
    "ORDER": order10,
    "NI": ni,
    "MOB": mobile,
    "TEL": landline,
}


def parse_marks(raw: str, where: str) -> tuple[str, list[Label]]:
    """Strip ``[[...|pack.kind]]`` marks from ``raw``; return the text and its labels."""
    out: list[str] = []
    length = 0
    stack: list[int] = []
    labels: list[Label] = []
    i = 0
    while i < len(raw):
        if raw.startswith("[[", i):
            stack.append(length)
            i += 2
            continue
        close = CLOSE.match(raw, i) if raw[i] == "|" else None
        if close:
            if not stack:
                raise ValueError(f"{where}: a closing mark with no opening one")
            pack, kind = close.group(1), close.group(2)
            if pack not in PACKS:
                raise ValueError(f"{where}: unknown pack {pack}")
            start = stack.pop()
            labels.append({"pack": pack, "kind": kind, "start": start, "end": length})
            i = close.end()
            continue
        out.append(raw[i])
        length += 1
        i += 1
    if stack:
        raise ValueError(f"{where}: an opening mark is never closed")
    text = "".join(out)
    for label in labels:
        span = text[label["start"] : label["end"]]
        if not span.strip() or span != span.strip():
            raise ValueError(f"{where}: label {label} has empty or padded span {span!r}")
    labels.sort(key=lambda lab: (lab["start"], lab["end"]))
    return text, labels


def build(name: str) -> list[Draft]:
    source = (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8")
    rng = random.Random(f"fresh-{name}")
    prefix = BATCHES[name]
    drafts: list[Draft] = []
    blocks = re.split(r"^@@ ", source, flags=re.M)
    for n, block in enumerate(blocks[1:], start=1):
        header, _, body = block.partition("\n")
        site_code, voice = header.split(maxsplit=1)
        where = f"{name} draft {n} ({voice.strip()})"
        body = body.rstrip("\n")
        body = FILL.sub(lambda m: FILLERS[m.group(1)](rng, m.group(2)), body)
        text, labels = parse_marks(body, where)
        for label in labels:
            span = text[label["start"] : label["end"]]
            if label["kind"] in ("nhs_number", "chi_number", "hc_number") and not valid_mod11(span):
                raise ValueError(f"{where}: {span!r} fails the modulus-11 check")
        drafts.append(
            {
                "id": f"{prefix}-{n:03d}",
                "site": SITES[site_code],
                "text": text,
                "voice": voice.strip(),
                "labels": labels,
            }
        )
    return drafts


def render(drafts: list[Draft]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("names", nargs="*", default=list(BATCHES))
    args = parser.parse_args(argv)
    status = 0
    for name in args.names:
        if not (HERE / "src" / f"{name}.txt").exists():
            continue
        drafts = build(name)
        target = HERE / f"{name}.jsonl"
        text = render(drafts)
        clean = sum(1 for d in drafts if not d["labels"])
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name} differs from src/{name}.txt", file=sys.stderr)
                status = 1
            continue
        target.write_text(text, encoding="utf-8")
        spans = sum(len(d["labels"]) for d in drafts)
        print(f"{target.name}: {len(drafts)} drafts, {clean} clean, {spans} labelled spans")
    return status


if __name__ == "__main__":
    sys.exit(main())
