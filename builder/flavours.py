"""The kinds of build. Each is threaded from the command line to where the manifests, the
content scripts and the generated files are made, so a kind of build is one more entry here and a
branch where it differs. There are two, and they differ in one generated file,
shared/build_flavour.js (see builder/generated.py): the release users install (`python build.py`),
whose elements in the site's page are unreadable to the site's scripts, and the testing build
(`python build.py --testing`, which `python build.py test` makes) that keeps the page contract the
browser tests read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Flavour:
    name: str
    testing: bool  # an open shadow root on <tbyp-root data-tbyp>, and data-rule on underlines


RELEASE = Flavour("release", testing=False)
TESTING = Flavour("testing", testing=True)
FLAVOURS = {flavour.name: flavour for flavour in (RELEASE, TESTING)}
