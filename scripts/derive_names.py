"""Derive the core's name gazetteer (``core/lexicons/name_data.py``) from the shared name lists.

    python scripts/derive_names.py [--source DIR] [--lexicon FILE] [--check]

``--source`` is the folder holding ``given_names.tsv`` and ``surnames.tsv`` (default: the
``shared/data/names`` folder beside the repository; its README gives the sources and licences).
``--lexicon`` is an English part-of-speech lexicon, one ``word TAG`` per line (default: the
``en-lexicon.txt`` that TextBlob ships, MIT licence): a name whose lower-case form is listed there
as an ordinary word ("will", "rose", "marsh") is kept, and also listed as a common word, so the
rules can ask for stronger context before they read it as a name.

What is kept, so that the module stays small (see its size in the module's docstring):
- given names in plain ASCII letters (a hyphen or apostrophe inside allowed) with 30 or more
  births in England and Wales since 1996, or in an ONS top 100 of 1904-1994, or with 3,000 or
  more US births since 1880;
- surnames with 500 or more people in the 2010 US Census.

Names are stored lower-case, grouped by length, each group one sorted string of names of that
length run together, so the module costs about its characters in memory (a set of the same names
would cost ten times as much) and a name is looked up by bisection (``core.lexicons.names``).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "names"
TARGET = REPO / "core" / "lexicons" / "name_data.py"

GIVEN_ONS_MIN = 30
GIVEN_SSA_MIN = 3000
SURNAME_MIN = 500
# Tags of proper nouns in the lexicon: a word listed only with these is no ordinary word.
PROPER_TAGS = {"NNP", "NNPS"}

ATTRIBUTION = (
    "Contains public sector information licensed under the Open Government Licence v3.0.\n"
    "Source: Office for National Statistics, Baby names in England and Wales (1904 to 2024).\n"
    "Also from U.S. Social Security Administration, Baby Names from Social Security Card\n"
    "Applications (National data), and U.S. Census Bureau, Frequently Occurring Surnames from\n"
    "the 2010 Census (both public domain)."
)


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        yield from reader


def _plain(name: str) -> bool:
    core = name.replace("-", "").replace("'", "")
    return core.isascii() and core.isalpha() and name[0].isalpha() and name[-1].isalpha()


def given_names(source: Path) -> set[str]:
    kept = set()
    for name, _count, sources in _rows(source / "given_names.tsv"):
        parts = dict(part.split("=", 1) for part in sources.split(";"))
        ons, ssa = int(parts.get("ons", 0)), int(parts.get("ssa", 0))
        if _plain(name) and (ons >= GIVEN_ONS_MIN or "ons_top100" in parts or ssa >= GIVEN_SSA_MIN):
            kept.add(name.lower())
    return kept


def surnames(source: Path) -> set[str]:
    return {
        name.lower()
        for name, count, _source in _rows(source / "surnames.tsv")
        if int(count) >= SURNAME_MIN and _plain(name)
    }


def default_lexicon() -> Path | None:
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "en" / "en-lexicon.txt"


def ordinary_words(lexicon: Path) -> set[str]:
    """Lower-case words the lexicon lists with a tag other than a proper noun's."""
    words = set()
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].islower() and not set(parts[1:]) <= PROPER_TAGS:
            words.add(parts[0])
    return words


def blocks(names: Iterable[str]) -> dict[int, str]:
    by_length: dict[int, list[str]] = defaultdict(list)
    for name in names:
        by_length[len(name)].append(name)
    return {length: "".join(sorted(group)) for length, group in sorted(by_length.items())}


def _literal(table: dict[int, str], indent: str = "    ") -> str:
    lines = ["{"]
    for length, text in table.items():
        lines.append(f"{indent}{length}: (")
        width = 96 - (96 % length) if length < 90 else length
        for at in range(0, len(text), width):
            lines.append(f'{indent}    "{text[at : at + width]}"')
        lines.append(f"{indent}),")
    lines.append("}")
    return "\n".join(lines)


def render(given: set[str], family: set[str], ordinary: set[str]) -> str:
    common = sorted((given | family) & ordinary)
    common_lines: list[str] = []
    for word in common:
        if common_lines and len(common_lines[-1]) + len(word) < 88:
            common_lines[-1] += " " + word
        else:
            common_lines.append(word)
    common_text = "\n".join(f'    "{line} "' for line in common_lines)
    return (
        '"""Name gazetteer for the identifiers pack: generated by scripts/derive_names.py, do not '
        "edit.\n\n"
        f"{len(given)} given names and {len(family)} surnames, lower-case, grouped by length:\n"
        "each "
        "group is one sorted string of its names run together (``core.lexicons.names``\n"
        f"looks them up). {len(common)} of the names are also ordinary English words\n"
        "(COMMON).\n\n"
        f"{ATTRIBUTION}\n"
        '"""\n\n'
        "# fmt: off\n"
        f"GIVEN: dict[int, str] = {_literal(blocks(given))}\n\n"
        f"SURNAMES: dict[int, str] = {_literal(blocks(family))}\n\n"
        "COMMON: str = (\n"
        f"{common_text}\n"
        ")\n"
        "# fmt: on\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--lexicon", type=Path, default=None)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    lexicon = args.lexicon or default_lexicon()
    if lexicon is None or not lexicon.exists():
        print("no English lexicon found: pass --lexicon", file=sys.stderr)
        return 2
    text = render(given_names(args.source), surnames(args.source), ordinary_words(lexicon))
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        if not same:
            print(f"{TARGET.name} differs from what the lists give", file=sys.stderr)
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.relative_to(REPO)}: {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
