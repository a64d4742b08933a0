"""The fresh batches (bench/fresh/) are what their marked-up sources say, with sound labels, and the
scorer reads findings' UTF-16 offsets in Python offsets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench import accuracy_fresh
from bench.fresh import make_fresh

FRESH = Path(__file__).resolve().parent.parent / "bench" / "fresh"
if not (FRESH / "src" / "batch1.txt").is_file():  # the Pyodide runner copies modules, not data
    pytest.skip("the fresh batches are not on this file system", allow_module_level=True)

KINDS = {
    "identifiers": set(accuracy_fresh.KIND_RULE),
    "offensive": {"swearing", "slur", "insult", "dehumanising", "threat", "derogatory_group"},
}


@pytest.mark.parametrize("name", list(make_fresh.BATCHES))
def test_batch_is_built_from_its_source(name: str) -> None:
    written = (FRESH / f"{name}.jsonl").read_text(encoding="utf-8")
    assert written == make_fresh.render(make_fresh.build(name))


@pytest.mark.parametrize("name", list(make_fresh.BATCHES))
def test_labels_are_sound(name: str) -> None:
    drafts = [json.loads(line) for line in (FRESH / f"{name}.jsonl").read_text().splitlines()]
    # The shared batches are large; a pack's own batch (``<pack>_own1``) is smaller.
    shared = (
        "batch1",
        "heldout1",
        "batch2",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "trainL",
        "trainM",
        "trainN",
        "trainO",
        "trainP",
        "trainQ",
        "trainR",
        "trainS",
        "trainT",
        "trainU",
    )
    assert len(drafts) >= (200 if name in shared else 40)
    assert len({d["id"] for d in drafts}) == len(drafts)
    clean = sum(1 for d in drafts if not d["labels"])
    # cleanA and cleanB are the batches for false alarms: three in four drafts are clean, and
    # identifiers_own70 and identifiers_own71, names of people who are not supported beside
    # names of people supported, about two in three;
    # identifiers_own12 is weighted to the clean drafts the identifiers pack warned,
    # identifiers_own18 and identifiers_own19 to names and their clean near-misses,
    # identifiers_own20, identifiers_own21, identifiers_own24, identifiers_own25,
    # identifiers_own28 and identifiers_own29 to venues' and offices' contacts, identifiers_own22,
    # identifiers_own23, identifiers_own26, identifiers_own27, identifiers_own30,
    # identifiers_own31, identifiers_own34, identifiers_own35, identifiers_own38 and
    # identifiers_own39 to names again, identifiers_own32, identifiers_own33, identifiers_own36,
    # identifiers_own37, identifiers_own40, identifiers_own41, identifiers_own44, identifiers_own45,
    # identifiers_own48, identifiers_own49, identifiers_own52, identifiers_own53, identifiers_own56
    # and identifiers_own57 to venues', offices' and the writer's own contacts and references again,
    # identifiers_own42, identifiers_own43, identifiers_own46, identifiers_own47, identifiers_own50,
    # identifiers_own51, identifiers_own54 and identifiers_own55 to names of people who are not
    # supported, identifiers_own58 and identifiers_own59 to names of people supported beside
    # ordinary words, identifiers_own60 and identifiers_own61 to names opening a sentence before a
    # verb beside colleagues, family, peers and pets doing the same, identifiers_own62 and
    # identifiers_own63 to names of people who are not supported (colleagues, managers, family,
    # peers, public figures, pets, places) beside names of people supported in the same
    # registers, identifiers_own64, identifiers_own65, identifiers_own68 and identifiers_own69 to
    # contacts of people supported in odd layouts beside venues', services' and colleagues' ones,
    # identifiers_own66 and identifiers_own67 to names of people who are not supported (on a rota,
    # public figures, pets, places) beside supported ones, identifiers_own72 and
    # identifiers_own74 to names of people supported as carers write them beside colleagues,
    # family and names used as words, identifiers_own76 and identifiers_own78 to names of people
    # who are not supported (colleagues beside care words, the writer's family, peers, public
    # figures, pets, places) beside names of people supported in the same registers,
    # identifiers_own80 and identifiers_own81 to colleagues beside rooms, wards and "on with" and
    # pairs of colleagues beside people supported in the same places and pairs,
    # identifiers_own73, identifiers_own75, identifiers_own77, identifiers_own79,
    # identifiers_own82 and identifiers_own83 to contacts of people supported as carers write them
    # beside venues', services', shops' and the writer's own ones, trainL to
    # names and conduct kinds beside their near-misses, trainM, trainO and trainQ to names and
    # contacts beside theirs, offensive_own3 to offensive_own10, conduct_own24, conduct_own25 and
    # conduct_own28 to conduct_own31 to offensive kinds beside their clean twins, conduct_own26,
    # conduct_own27, conduct_own32 and conduct_own33 to peer-support kinds beside their
    # near-misses,
    # conduct_own34 and conduct_own35 to both beside their clean twins, conduct_own36 to
    # conduct_own51 to peer-support kinds beside theirs, professional_own31 and professional_own32
    # to text speak beside its clean twins, professional_own41, professional_own43 and
    # professional_own44 to the professional kinds that escape most beside their clean twins,
    # trainT to conduct kinds beside their clean near-misses: about half.
    low, high = (0.3, 0.45)
    if name in ("cleanA", "cleanB", "identifiers_own70", "identifiers_own71"):
        low, high = (0.65, 0.85)
    elif name in (
        "identifiers_own12",
        "identifiers_own18",
        "identifiers_own19",
        "identifiers_own20",
        "identifiers_own21",
        "identifiers_own22",
        "identifiers_own23",
        "trainL",
        "trainM",
        "trainO",
        "trainQ",
        "identifiers_own24",
        "identifiers_own25",
        "identifiers_own28",
        "identifiers_own29",
        "identifiers_own26",
        "identifiers_own27",
        "identifiers_own30",
        "identifiers_own31",
        "identifiers_own32",
        "identifiers_own33",
        "identifiers_own34",
        "identifiers_own35",
        "identifiers_own36",
        "identifiers_own37",
        "identifiers_own38",
        "identifiers_own39",
        "conduct_own24",
        "conduct_own25",
        "identifiers_own40",
        "identifiers_own41",
        "identifiers_own42",
        "identifiers_own43",
        "identifiers_own44",
        "identifiers_own45",
        "identifiers_own46",
        "identifiers_own47",
        "identifiers_own48",
        "identifiers_own49",
        "identifiers_own50",
        "identifiers_own51",
        "identifiers_own52",
        "identifiers_own53",
        "identifiers_own54",
        "identifiers_own55",
        "identifiers_own56",
        "identifiers_own57",
        "identifiers_own58",
        "identifiers_own59",
        "identifiers_own60",
        "identifiers_own61",
        "identifiers_own62",
        "identifiers_own63",
        "identifiers_own64",
        "identifiers_own65",
        "identifiers_own66",
        "identifiers_own67",
        "identifiers_own68",
        "identifiers_own69",
        "identifiers_own72",
        "identifiers_own73",
        "identifiers_own74",
        "identifiers_own75",
        "identifiers_own76",
        "identifiers_own77",
        "identifiers_own78",
        "identifiers_own79",
        "identifiers_own80",
        "identifiers_own81",
        "identifiers_own82",
        "identifiers_own83",
        "offensive_own3",
        "offensive_own4",
        "offensive_own5",
        "offensive_own6",
        "offensive_own7",
        "offensive_own8",
        "offensive_own9",
        "offensive_own10",
        "conduct_own26",
        "conduct_own27",
        "conduct_own28",
        "conduct_own29",
        "conduct_own30",
        "conduct_own31",
        "conduct_own32",
        "conduct_own33",
        "conduct_own34",
        "conduct_own35",
        "conduct_own36",
        "conduct_own37",
        "conduct_own38",
        "conduct_own39",
        "conduct_own40",
        "conduct_own41",
        "conduct_own42",
        "conduct_own43",
        "conduct_own44",
        "conduct_own45",
        "conduct_own46",
        "conduct_own47",
        "conduct_own48",
        "conduct_own49",
        "conduct_own50",
        "conduct_own51",
        "professional_own31",
        "professional_own32",
        "professional_own41",
        "professional_own43",
        "professional_own44",
        "trainT",
    ):
        low, high = (0.45, 0.6)
    assert low <= clean / len(drafts) <= high
    for draft in drafts:
        assert draft["site"] in ("facebook", "linkedin", "whatsapp", None)
        for label in draft["labels"]:
            span = draft["text"][label["start"] : label["end"]]
            assert span and span == span.strip(), (draft["id"], label)
            assert label["kind"] in KINDS.get(label["pack"], {label["kind"]}), (draft["id"], label)
            if label["kind"] in ("nhs_number", "chi_number", "hc_number"):
                assert make_fresh.valid_mod11(span), (draft["id"], span)


README_ROW = re.compile(r"^\| `(\w+)\.jsonl` \| (\d+) \| (\d+) \| (\d+) \|", re.M)


def test_readme_table_counts_drafts_clean_drafts_and_labels() -> None:
    """Each batch in the README's table is registered, and its row's drafts, clean drafts and
    labels are those of its ``.jsonl``."""
    rows = README_ROW.findall((FRESH / "README.md").read_text(encoding="utf-8"))
    assert len(rows) > 200
    wrong = []
    for name, drafts, clean, labels in rows:
        assert name in make_fresh.BATCHES, name
        lines = (FRESH / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        written = [json.loads(line) for line in lines]
        counted = (len(written), sum(not d["labels"] for d in written))
        counted += (sum(len(d["labels"]) for d in written),)
        if counted != (int(drafts), int(clean), int(labels)):
            wrong.append((name, (drafts, clean, labels), counted))
    assert not wrong


def test_fake_numbers_pass_and_fail_the_check_digit() -> None:
    assert make_fresh.valid_mod11("943 476 5919")
    assert not make_fresh.valid_mod11("943 476 5918")
    rng = make_fresh.random.Random(1)
    for style in ("334", "433", "424", "plain", "dash", "dots", "55"):
        assert make_fresh.valid_mod11(make_fresh.nhs(rng, style))


def test_marks_nest_and_give_python_offsets() -> None:
    text, labels = make_fresh.parse_marks(
        "😀 [[Ask [[Mrs Ellis|identifiers.name]] now|professional.x]]!", "t"
    )
    assert text == "😀 Ask Mrs Ellis now!"
    spans = {(lab["pack"], text[lab["start"] : lab["end"]]) for lab in labels}
    assert spans == {("identifiers", "Mrs Ellis"), ("professional", "Ask Mrs Ellis now")}


def test_scorer_reads_utf16_offsets() -> None:
    text = "😀😀 ok 🎉 NHS no 943 476 5919"
    table = accuracy_fresh.utf16_to_python(text)
    assert len(table) == len(text.encode("utf-16-le")) // 2 + 1
    start = text.index("943")
    draft = accuracy_fresh.Draft(
        "t",
        "whatsapp",
        text,
        "test",
        (accuracy_fresh.Label("identifiers", "nhs_number", start, start + 12),),
    )
    result = accuracy_fresh.score([draft])
    assert result.kinds[("identifiers", "nhs_number")].same_rule == 1
    assert result.packs["identifiers"].hits == result.packs["identifiers"].findings == 1


@pytest.mark.parametrize("name", sorted(accuracy_fresh.HELD_OUT & set(accuracy_fresh.BATCHES)))
def test_misses_are_never_listed_for_a_held_out_batch(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert accuracy_fresh.main(["--batch", name, "--misses"]) == 0
    out = capsys.readouterr().out
    assert f"{name} is held out" in out
    assert "missed labels" not in out and "no label of their pack" not in out
    prefix = make_fresh.BATCHES[name]
    assert f"{prefix}-0" not in out and f"{prefix}-1" not in out
