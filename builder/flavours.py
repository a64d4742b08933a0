"""The kinds of build. Each is threaded from the command line to where the manifests, the
content scripts and the generated files are made, so a kind of build is one more entry here and a
branch where it differs. Today there is one: the release users install."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Flavour:
    name: str


RELEASE = Flavour("release")
FLAVOURS = {flavour.name: flavour for flavour in (RELEASE,)}
