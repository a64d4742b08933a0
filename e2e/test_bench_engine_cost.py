"""The engine cost bench (`python -m bench.engine_cost`, and its rows in `python build.py bench`)
sees, on either build, what it waits for in the page: the badge once a draft has been checked, and
the panel that holds a send. The release build (`python build.py`, `python build.py release`) draws
them in a closed shadow root that the testing build's page script cannot read: the bench waited
there for the full WAIT_MS and stopped (`--warm` on a release build timed out from session 16).
The browser is launched as the bench launches it (bench.run.chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.engine_cost import (
    BADGE_FINDINGS,
    DIALOG,
    PageUi,
    build_flavour,
    checked_in_composer,
    held_for_review,
)
from bench.run import chromium

BUILDS = {"testing": "dist", "release": "release_dist"}


@pytest.mark.parametrize("flavour", list(BUILDS))
def test_the_bench_sees_the_check_and_the_held_send_on_either_build(
    flavour: str, request: pytest.FixtureRequest, replica_build: Path, tmp_path: Path
) -> None:
    dist = request.getfixturevalue(BUILDS[flavour])
    assert build_flavour(dist) == flavour
    with chromium(tmp_path / "profile", dist, replica_build) as context:
        page = checked_in_composer(context, flavour)  # waits for the badge's findings
        ui = PageUi(page, flavour)
        assert ui.shows(BADGE_FINDINGS)
        # Read as the testing build is read, the release build shows nothing.
        assert PageUi(page, "testing").shows(BADGE_FINDINGS) is (flavour == "testing")
        page.keyboard.press("Enter")
        assert held_for_review(ui)
        assert ui.shows(DIALOG)
