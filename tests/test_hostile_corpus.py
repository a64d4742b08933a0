"""The same findings on CPython and in Pyodide for a fixed corpus of hostile drafts.

``tests/corpus/hostile.jsonl`` comes from the seeded script ``bench/make_hostile_corpus.py``;
``tests/corpus/hostile_expected.jsonl`` holds what CPython found in each draft. Both runtimes must
find exactly that. When a rule change moves the findings on purpose, regenerate the expected file
on CPython with ``python -m bench.make_hostile_corpus --write-expected`` and read the diff.
"""

from __future__ import annotations

import json
from typing import Any

from bench.make_hostile_corpus import (
    CORPUS,
    EXPECTED,
    LONG_DRAFT_CHARS,
    LONG_DRAFT_ID,
    findings_of,
    hostile_lines,
    long_draft_summary,
    read_jsonl,
)

REGENERATE = "python -m bench.make_hostile_corpus --write-expected"
LINES = read_jsonl(CORPUS)
EXPECTED_BY_ID = {row["id"]: row for row in read_jsonl(EXPECTED)}


def test_the_corpus_is_what_the_seeded_script_makes() -> None:
    assert hostile_lines() == LINES, (
        f"{CORPUS.name} differs from what bench/make_hostile_corpus.py makes; run "
        "python -m bench.make_hostile_corpus (and read why it changed)"
    )
    assert len(LINES) >= 250
    assert sum(1 for line in LINES if EXPECTED_BY_ID[line["id"]]["findings"]) >= 150


def _describe(line: dict[str, Any], want: list[Any], got: list[Any]) -> str:
    missing = [f for f in want if f not in got]
    extra = [f for f in got if f not in want]
    return (
        f"  {line['id']} (site {line['site']}): {line['text'][:120]!a}\n"
        f"    expected but not found: {missing!a}\n"
        f"    found but not expected: {extra!a}"
    )


def test_every_hostile_draft_gives_the_expected_findings() -> None:
    assert [line["id"] for line in LINES] == [r for r in EXPECTED_BY_ID if r != LONG_DRAFT_ID]
    differences = []
    for line in LINES:
        want = EXPECTED_BY_ID[line["id"]]["findings"]
        got = json.loads(json.dumps(findings_of(line)))
        if got != want:
            differences.append(_describe(line, want, got))
    assert not differences, (
        f"{len(differences)} of {len(LINES)} hostile drafts give other findings than "
        f"{EXPECTED.name} (made on CPython). If a rule changed on purpose, run `{REGENERATE}` "
        "on CPython and review the diff; if only this runtime differs, it is a bug.\n"
        + "\n".join(differences[:8])
    )


def test_a_100k_character_draft_gives_the_expected_findings() -> None:
    want = EXPECTED_BY_ID[LONG_DRAFT_ID]
    got = long_draft_summary()
    assert got == want, (
        f"the {LONG_DRAFT_CHARS:,}-character draft gives {got['count']} findings (digest "
        f"{got['sha256'][:12]}), {EXPECTED.name} says {want['count']} ({want['sha256'][:12]}). "
        f"If a rule changed on purpose, run `{REGENERATE}` on CPython."
    )
