"""The given-name candidates are told from the names already found in a logarithmic step each,
not a pass over all of them: a draft of one name repeated has thousands of both."""

from __future__ import annotations


def test_the_overlap_test_of_name_candidates_agrees_with_a_pass_over_every_span() -> None:
    import random

    from core.packs.identifiers import _overlap_test

    rng = random.Random(7)
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 100)
            spans.append((start, start + rng.randint(1, 15)))
        overlaps = _overlap_test(spans)
        for _ in range(20):
            start = rng.randint(0, 110)
            end = start + rng.randint(1, 12)
            assert overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_the_join_of_a_list_of_names_is_no_wider_than_its_reach() -> None:
    # _names_in_lists looks for the end of a name found this far before a candidate.
    import re._parser as parser

    from core.packs.identifiers import _JOIN, _JOIN_WIDTH

    assert parser.parse(_JOIN).getwidth()[1] <= _JOIN_WIDTH
