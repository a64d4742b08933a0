"""The commands of build.py: build, release, demo, test, bench, accuracy and readme."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from .assemble import build
from .flavours import RELEASE, TESTING
from .generated import rewrite_readme
from .machine import ensure_venv, set_up
from .paths import DIST, ROOT, VENV_PY
from .release import EXAMPLE_HOST_URL, ReleaseOptions, release
from .shell import run


def usage() -> str:
    """The commands, as build.py's docstring lists them: its second paragraph, so the list people
    read in build.py and the one a wrong command prints are the same text."""
    doc = ast.get_docstring(ast.parse((ROOT / "build.py").read_text("utf-8"))) or ""
    return doc.split("\n\n")[1] + "\n"


# Third-party bundles that web-ext's linter flags for eval and dynamic import. Their eval paths can
# never run here: the extension pages' CSP allows 'wasm-unsafe-eval' only, so eval would throw.
# Our own code is linted in full.
THIRD_PARTY_BUNDLES = ("pyodide/*", "practice/practice.js")
PYTHON_SOURCES = ("core", "tests", "e2e", "bench", "builder", "extension", "build.py")
ACCURACY_BENCHMARKS = (
    "bench.accuracy_identifiers",
    "bench.accuracy_offensive",
    "bench.accuracy_conduct",
    "bench.accuracy_fresh",
)


def lint_firefox(source_dir: Path = DIST / "firefox", *, self_hosted: bool = True) -> None:
    """web-ext lint, as for a self-hosted add-on, or (self_hosted=False) with the checks
    addons.mozilla.org adds for the add-ons it hosts."""
    run(
        "npx",
        "--no-install",
        "web-ext",
        "lint",
        "--source-dir",
        source_dir,
        "--warnings-as-errors",
        *(["--self-hosted"] if self_hosted else []),
        "--ignore-files",
        *THIRD_PARTY_BUNDLES,
    )


def test() -> None:
    py = str(VENV_PY)
    run(py, "-m", "ruff", "check", *PYTHON_SOURCES)
    run(py, "-m", "ruff", "format", "--check", *PYTHON_SOURCES)
    run(py, "-m", "mypy")
    run("npx", "--no-install", "eslint", ".")
    run(py, "-m", "pytest", "-q", "tests")
    run(py, "tests/pyodide/run.py", "-q")
    # The release as users and stores get it (dist/release/, its screenshots made in Chromium),
    # linted here and loaded in both browsers by e2e/test_release_packages.py.
    release(ReleaseOptions())
    lint_firefox(self_hosted=False)  # the build in the AMO zip, as AMO will host it
    # The browser tests read the testing build; e2e/conftest.py makes the release build from it
    # (its one different file) for the tests that must run on what users install.
    build(TESTING)
    lint_firefox()
    run(py, "-m", "pytest", "-q", "e2e")


def demo() -> None:
    build(TESTING)  # the demo and the benchmark find the underlines as the tests do
    run(str(VENV_PY), "e2e/demo.py")


def bench() -> None:
    build(TESTING)
    run(str(VENV_PY), "-m", "bench.run")


def accuracy() -> None:
    ensure_venv("requirements-bench.txt")  # the reference libraries the figures compare with
    for module in ACCURACY_BENCHMARKS:
        run(str(VENV_PY), "-m", module)


COMMANDS = {
    "build": build,
    "demo": demo,
    "test": test,
    "bench": bench,
    "accuracy": accuracy,
    "readme": rewrite_readme,
}


def release_options(args: list[str]) -> ReleaseOptions:
    """--crx-key PATH and --host-url URL, each at most once."""
    values: dict[str, str] = {}
    rest = list(args)
    while rest:
        name = rest.pop(0)
        if name not in ("--crx-key", "--host-url") or name in values or not rest:
            sys.exit(f"usage:\n{usage()}")
        values[name] = rest.pop(0)
    key = values.get("--crx-key")
    host_url = values.get("--host-url", EXAMPLE_HOST_URL)
    if not host_url.startswith("https://"):
        sys.exit("[build] --host-url: the address must start with https://")
    return ReleaseOptions(Path(key).expanduser() if key else None, host_url)


def main(argv: list[str]) -> None:
    testing = "--testing" in argv[1:]
    args = [arg for arg in argv[1:] if arg != "--testing"]
    command = args[0] if args else "build"
    known = command in COMMANDS or command == "release"
    if not known or (len(args) > 1 and command != "release") or (testing and command != "build"):
        sys.exit(f"usage:\n{usage()}")
    options = release_options(args[1:]) if command == "release" else None
    if command != "readme":  # the README needs nothing installed
        set_up()
    if command == "build":
        build(TESTING if testing else RELEASE)
    elif options is not None:
        release(options)
    else:
        COMMANDS[command]()
