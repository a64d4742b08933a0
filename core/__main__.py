"""Command line: ``python -m core check`` and ``python -m core packs``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from .engine import check
from .i18n import ENGLISH, language_codes, localise
from .model import SITES, Finding
from .registry import PACK_IDS, describe


class UsageError(Exception):
    """Bad usage or unreadable input: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _parse_packs(value: str | None) -> list[str] | None:
    if value is None:
        return None
    packs = [p.strip() for p in value.split(",") if p.strip()]
    unknown = [p for p in packs if p not in PACK_IDS]
    if unknown:
        raise UsageError(f"unknown pack {unknown[0]!r}; known packs: {', '.join(PACK_IDS)}")
    return packs


def _read(source: str) -> str:
    try:
        if source == "-":
            return sys.stdin.read()
        with open(source, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {source}: {error}") from error


def _text_line(f: dict[str, object]) -> str:
    return f"{f['start']}-{f['end']} {f['severity']} {f['rule']}: {f['message']} ({f['match']!r})"


def _findings(draft: str, packs: list[str] | None, site: str | None, lang: str) -> list[object]:
    found: list[Finding] = check(draft, packs=packs, site=site)
    return [localise(f, lang).to_dict() for f in found]


def _check(args: argparse.Namespace, out: TextIO) -> None:
    packs = _parse_packs(args.packs)
    text = _read(args.file)
    if args.format == "jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                draft = item["text"]
                site = item.get("site", args.site)
                if not isinstance(draft, str) or (site is not None and site not in SITES):
                    raise TypeError
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                raise UsageError(
                    f'line {number}: expected {{"id": ..., "text": ..., "site": ...}}'
                ) from error
            findings = _findings(draft, packs, site, args.lang)
            out.write(json.dumps({"id": item.get("id"), "findings": findings}, ensure_ascii=False))
            out.write("\n")
        return
    findings = _findings(text, packs, args.site, args.lang)
    if args.format == "json":
        out.write(json.dumps({"version": 1, "findings": findings}, ensure_ascii=False, indent=2))
        out.write("\n")
    else:
        for f in findings:
            assert isinstance(f, dict)
            out.write(_text_line(f) + "\n")


def _packs(args: argparse.Namespace, out: TextIO) -> None:
    packs = describe(args.lang)
    if args.format == "json":
        out.write(json.dumps({"version": 1, "packs": packs}, ensure_ascii=False, indent=2) + "\n")
        return
    for pack in packs:
        out.write(f"{pack['id']}: {pack['title']} ({pack['tip']})\n")
        for rule in pack["rules"]:  # type: ignore[attr-defined]
            out.write(f"  {rule['id']} [{rule['severity']}] {rule['message']}\n")
    out.write("custom: your own phrases and names, set in the options page\n")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = _Parser(prog="python -m core", description="Think Before You Post checker")
    sub = parser.add_subparsers(dest="command", required=True)
    p_check = sub.add_parser("check", help="check a draft (a file, or - for standard input)")
    p_check.add_argument("--packs", help="comma-separated pack ids (default: the default set)")
    p_check.add_argument("--site", choices=SITES)
    p_check.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    p_check.add_argument(
        "--lang",
        choices=language_codes(),
        default=ENGLISH,
        help="the language of each finding's words (default: en)",
    )
    p_check.add_argument("file", nargs="?", default="-")
    p_packs = sub.add_parser("packs", help="list packs and rules")
    p_packs.add_argument("--format", choices=("text", "json"), default="text")
    p_packs.add_argument("--lang", choices=language_codes(), default=ENGLISH)
    try:
        args = parser.parse_args(argv)
        if args.command == "check":
            _check(args, out)
        else:
            _packs(args, out)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
