"""The command line (core/__main__.py): its commands, options, formats and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform == "emscripten", reason="spawns a subprocess; Pyodide has none"
)
ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "core", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        encoding="utf-8",
    )


def test_text_format_has_one_line_per_finding() -> None:
    result = run("check", stdin="NHS 943 476 5919 and 401 023 2137\n")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("4-16 serious identifiers.nhs_number")


def test_json_format_wraps_findings_with_a_version(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("NHS 943 476 5919", encoding="utf-8")
    result = run("check", "--format", "json", str(draft))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert [f["match"] for f in data["findings"]] == ["943 476 5919"]


def test_jsonl_keeps_input_order_and_ids() -> None:
    lines = [
        {"id": "a", "text": "clean"},
        {"id": 2, "text": "NHS 943 476 5919", "site": "whatsapp"},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = run("check", "--format", "jsonl", stdin=stdin)
    assert result.returncode == 0
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 2]
    assert out[0]["findings"] == [] and len(out[1]["findings"]) == 1


def test_clean_and_dirty_drafts_both_exit_zero() -> None:
    assert run("check", stdin="hello").returncode == 0
    assert run("check", stdin="NHS 943 476 5919").returncode == 0


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("check", "--packs", "nope"), ""),
        (("check", "--site", "myspace"), ""),
        (("check", "/no/such/file.txt"), ""),
        (("check", "--format", "jsonl"), "not json\n"),
        (("frobnicate",), ""),
    ],
)
def test_bad_usage_exits_2_with_one_line_on_stderr(args: tuple[str, ...], stdin: str) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_packs_lists_packs_and_rules() -> None:
    result = run("packs")
    assert result.returncode == 0
    assert "identifiers.nhs_number" in result.stdout
    data = json.loads(run("packs", "--format", "json").stdout)
    assert data["packs"][0]["id"] == "identifiers"


def test_lang_cy_gives_the_words_in_welsh_and_the_default_stays_english() -> None:
    english = json.loads(run("check", "--format", "json", stdin="NHS 943 476 5919").stdout)
    welsh = json.loads(
        run("check", "--format", "json", "--lang", "cy", stdin="NHS 943 476 5919").stdout
    )
    [en], [cy] = english["findings"], welsh["findings"]
    assert en["message"] == "This looks like an NHS number."
    assert cy["message"] == "Mae hwn yn edrych fel rhif GIG."
    assert cy["replacement"] == "[rhif GIG]"
    assert {
        k: v for k, v in cy.items() if k not in ("message", "why", "suggestion", "replacement")
    } == {k: v for k, v in en.items() if k not in ("message", "why", "suggestion", "replacement")}
    packs = run("packs", "--lang", "cy")
    assert packs.returncode == 0 and "Dynodwyr" in packs.stdout
    assert run("check", "--lang", "fr", stdin="x").returncode == 2
