#!/usr/bin/env python3
"""Build, test and demonstrate Think Before You Post.

    python build.py          build dist/chrome, dist/firefox and a zip of each
    python build.py demo     set everything up, build, and try the extension in Chromium
    python build.py test     everything CI runs
    python build.py bench    the speed and size benchmark
    python build.py accuracy the accuracy benchmarks of the rule packs

Set-up is part of every command: pinned npm packages into node_modules/, pinned Python packages
into .venv/, and Debian's chromium and firefox-esr when they are missing (as root; otherwise the
command to run is printed). Only the standard library is used here, so any Python 3.11+ runs it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
EXT = ROOT / "extension"
VENV = ROOT / ".venv"
VENV_PY = VENV / "bin" / "python"
NODE_MODULES = ROOT / "node_modules"
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",  # trimmed by pyodide_runtime() to what the engine imports
    "pyodide-lock.json",  # trimmed to no packages: the engine loads none from Pyodide's CDN
)
# Standard-library files kept whatever the trace finds: Pyodide's own packages, and the codecs
# a text-handling core may reach for lazily (str.encode looks codecs up at run time).
STDLIB_ALWAYS = (
    "pyodide/",
    "_pyodide/",
    "encodings/__init__.py",
    "encodings/aliases.py",
    "encodings/ascii.py",
    "encodings/latin_1.py",
    "encodings/utf_8.py",
    "encodings/utf_8_sig.py",
    "encodings/utf_16.py",
    "encodings/utf_16_le.py",
    "encodings/utf_16_be.py",
    "encodings/utf_32.py",
    "encodings/utf_32_le.py",
    "encodings/utf_32_be.py",
    "encodings/unicode_escape.py",
    "encodings/raw_unicode_escape.py",
)
BROWSERS = ("chrome", "firefox")
GECKO_ID = "think-before-you-post@peer-support.invalid"
SITES = {
    "facebook": [
        "https://www.facebook.com/*",
        "https://web.facebook.com/*",
        "https://www.messenger.com/*",
    ],
    "linkedin": ["https://www.linkedin.com/*"],
    "whatsapp": ["https://web.whatsapp.com/*"],
}
# Content scripts, in load order; the site's adapter goes where {site} stands.
CONTENT_SCRIPTS = (
    "shared/constants.js",
    "shared/registry.js",
    "shared/settings.js",
    "content/ui_root.js",
    "content/ui_css.js",
    "content/draft.js",
    "content/overlay.js",
    "content/tips.js",
    "content/panel.js",
    "content/card.js",
    "content/shadow_roots.js",
    "content/send_controls.js",
    "content/sites/site_adapter.js",
    "content/sites/{site}.js",
    "content/sessions.js",
    "content/send_guard.js",
    "content/main.js",
)
EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
DEBIAN_PACKAGES = {"chromium": "chromium", "firefox-esr": "firefox-esr"}


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(*cmd: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    printable = " ".join(str(c) for c in cmd)
    log(f"$ {printable}")
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env)
    if result.returncode != 0:
        sys.exit(f"[build] failed ({result.returncode}): {printable}")


def file_hash(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------- set-up


def ensure_debian_packages() -> None:
    missing = [pkg for binary, pkg in DEBIAN_PACKAGES.items() if not shutil.which(binary)]
    if not missing:
        return
    command = f"apt-get update && apt-get install -y {' '.join(missing)}"
    if os.geteuid() != 0:
        sys.exit(f"[build] Chromium and Firefox ESR are needed. Please run as root:\n  {command}")
    log(f"installing {', '.join(missing)} from Debian")
    run("sh", "-c", f"DEBIAN_FRONTEND=noninteractive {command} -q")


def ensure_node_modules() -> None:
    if not shutil.which("npm"):
        sys.exit("[build] Node.js 20 and npm are needed: apt-get install -y nodejs npm")
    stamp = NODE_MODULES / ".tbyp-lock-hash"
    wanted = file_hash(ROOT / "package-lock.json")
    if stamp.exists() and stamp.read_text() == wanted:
        return
    run("npm", "ci", "--no-audit", "--no-fund")
    stamp.write_text(wanted)


def ensure_venv(requirements: str = "requirements-dev.lock") -> None:
    """Install pinned Python packages into .venv, once per version of the requirements file."""
    lock = ROOT / requirements
    stamp = VENV / f".tbyp-{lock.stem}-hash"
    wanted = file_hash(lock)
    if VENV_PY.exists() and stamp.exists() and stamp.read_text() == wanted:
        return
    if not VENV_PY.exists():
        run(sys.executable, "-m", "venv", VENV)
    run(VENV_PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", lock)
    stamp.write_text(wanted)


def set_up() -> None:
    ensure_debian_packages()
    ensure_node_modules()
    ensure_venv()


# ----------------------------------------------------------------------------------------- build


def manifest(browser: str) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from core import __version__

    content_scripts = [
        {
            "matches": patterns,
            "js": [script.format(site=site) for script in CONTENT_SCRIPTS],
            "run_at": "document_start",
        }
        for site, patterns in SITES.items()
    ]
    data: dict[str, object] = {
        "manifest_version": 3,
        "name": "__MSG_extName__",
        "description": "__MSG_extDescription__",
        "version": __version__,
        "default_locale": "en_GB",
        "icons": {
            "16": "icons/icon-16.png",
            "32": "icons/icon-32.png",
            "48": "icons/icon-48.png",
            "128": "icons/icon-128.png",
        },
        "permissions": ["storage"],
        "host_permissions": [p for patterns in SITES.values() for p in patterns],
        "content_security_policy": {"extension_pages": EXTENSION_PAGES_CSP},
        "options_ui": {"page": "options/options.html", "open_in_tab": True},
        "action": {"default_popup": "popup/popup.html", "default_title": "__MSG_extName__"},
        "content_scripts": content_scripts,
    }
    if browser == "chrome":
        data["permissions"] = ["storage", "offscreen"]
        data["background"] = {"service_worker": "background/background.js"}
        data["minimum_chrome_version"] = "116"
    else:
        data["background"] = {
            "scripts": [
                "shared/constants.js",
                "engine/engine_host.js",
                "background/background.js",
                "background/onboarding.js",
            ]
        }
        data["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                "strict_min_version": "142.0",
                "data_collection_permissions": {"required": ["none"]},
            }
        }
    return data


def registry_js() -> str:
    sys.path.insert(0, str(ROOT))
    from core.registry import describe

    data = json.dumps({"packs": describe()}, ensure_ascii=False, indent=1)
    return (
        "/* Generated by build.py from core/registry.py: do not edit. */\n"
        f"globalThis.TBYP.REGISTRY = Object.freeze({data});\n"
    )


def deterministic_zip(source: Path, target: Path, arcroot: Path | None = None) -> None:
    """A zip whose bytes depend only on the files' contents (sorted, fixed timestamps)."""
    arcroot = arcroot or source
    files = sorted(p for p in source.rglob("*") if p.is_file())
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(arcroot).as_posix(), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=9)


def core_archive(target: Path) -> None:
    """The Python core as a zip the engine unpacks into Pyodide's file system."""
    staging = DIST / ".core-staging"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(
        ROOT / "core", staging / "core", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    deterministic_zip(staging, target)
    shutil.rmtree(staging)


COMPILER = ROOT / "scripts" / "compile_python.mjs"


def compile_python(mode: str, source: Path, target: Path) -> None:
    """Work done at build time by Pyodide's own Python (scripts/compile_python.mjs). Mode "stdlib"
    turns a zip's sources into sourceless .pyc; "core" adds __pycache__ beside them; "boot-cache"
    records and compiles the patterns and generated code of a plain start."""
    result = subprocess.run(
        ["node", str(COMPILER), mode, str(source), str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.exit(f"[build] compiling the {mode} to bytecode failed:\n{result.stderr}")


def compiled_core(source: Path) -> tuple[Path, Path]:
    """The core archive `source` with its bytecode, and the engine's boot cache for it
    (boot_cache.marshal), cached beside it by the hash of the sources and of the compiler."""
    cache = source.parent
    key = file_hash(source, COMPILER, NODE_MODULES / "pyodide" / "pyodide.asm.wasm")[:16]
    compiled = cache / f"core-{key}.zip"
    boot_cache = cache / f"boot_cache-{key}.marshal"
    if not (compiled.exists() and boot_cache.exists()):
        for old in [*cache.glob("core-????????????????.zip"), *cache.glob("boot_cache-*.marshal")]:
            old.unlink()
        log("compiling the core to bytecode (node scripts/compile_python.mjs core)")
        compile_python("core", source, compiled.with_suffix(".tmp"))
        log("recording the engine's boot cache (node scripts/compile_python.mjs boot-cache)")
        compile_python("boot-cache", source, boot_cache.with_suffix(".tmp"))
        compiled.with_suffix(".tmp").rename(compiled)
        boot_cache.with_suffix(".tmp").rename(boot_cache)
    return compiled, boot_cache


def trimmed_stdlib(core_zip: Path, target: Path) -> None:
    """Pyodide's python_stdlib.zip with only the files the engine imports, found by running it
    under Node (bench/stdlib_trace.mjs), plus STDLIB_ALWAYS, compiled to bytecode. About 1.4 MB
    instead of 2.5 MB."""
    source = NODE_MODULES / "pyodide" / "python_stdlib.zip"
    tracer = ROOT / "bench" / "stdlib_trace.mjs"
    log("tracing the standard-library modules the engine imports (node bench/stdlib_trace.mjs)")
    result = subprocess.run(
        ["node", str(tracer), "trace", str(core_zip)], cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"[build] tracing the engine's imports failed:\n{result.stderr}")
    used = set(json.loads(result.stdout.strip().splitlines()[-1]))
    sources = target.with_suffix(".sources.zip")
    with zipfile.ZipFile(source) as full, zipfile.ZipFile(sources, "w") as out:
        for info in full.infolist():
            name = info.filename
            if name in used or any(name.startswith(k) or name == k for k in STDLIB_ALWAYS):
                out.writestr(info, full.read(info), compress_type=info.compress_type)
    log("compiling the standard library to bytecode (node scripts/compile_python.mjs stdlib)")
    compile_python("stdlib", sources, target)
    sources.unlink()


def pyodide_runtime() -> Path:
    """dist/.pyodide: the Pyodide files the extension ships, with the standard library and the
    package lock trimmed. Cached by the hash of what they are made from: tracing takes a while."""
    source = NODE_MODULES / "pyodide"
    cache = DIST / ".pyodide-cache"
    cache.mkdir(parents=True, exist_ok=True)
    core_zip = cache / "core.zip"
    core_archive(core_zip)
    key = file_hash(
        core_zip,
        source / "python_stdlib.zip",
        ROOT / "bench" / "stdlib_trace.mjs",
        COMPILER,
        Path(__file__),
    )[:16]
    stdlib = cache / f"python_stdlib-{key}.zip"
    if not stdlib.exists():
        for old in cache.glob("python_stdlib-*.zip"):
            old.unlink()
        trimmed_stdlib(core_zip, stdlib.with_suffix(".tmp"))
        stdlib.with_suffix(".tmp").rename(stdlib)
    runtime = DIST / ".pyodide"
    shutil.rmtree(runtime, ignore_errors=True)
    runtime.mkdir()
    for name in PYODIDE_FILES:
        if name == "python_stdlib.zip":
            shutil.copy2(stdlib, runtime / name)
        elif name == "pyodide-lock.json":
            lock = json.loads((source / name).read_text(encoding="utf-8"))
            lock["packages"] = {}
            (runtime / name).write_text(json.dumps(lock, separators=(",", ":")), encoding="utf-8")
        else:
            shutil.copy2(source / name, runtime / name)
    before = sum((source / n).stat().st_size for n in PYODIDE_FILES)
    after = sum((runtime / n).stat().st_size for n in PYODIDE_FILES)
    log(f"Pyodide files: {before:,} bytes in the npm package, {after:,} shipped")
    return runtime


def engine_build_info(out: Path) -> None:
    """engine/build_info.mjs: the Pyodide version and a hash of the core and the Pyodide files,
    which key the engine's memory snapshot (a snapshot made by another build is never loaded)."""
    version = json.loads((NODE_MODULES / "pyodide" / "package.json").read_text())["version"]
    files = [out / "core.zip", out / "boot_cache.marshal"]
    files += [out / "pyodide" / name for name in PYODIDE_FILES]
    (out / "engine" / "build_info.mjs").write_text(
        "/* Generated by build.py: do not edit. Keys the engine's memory snapshot. */\n"
        f"export const PYODIDE_VERSION = {json.dumps(version)};\n"
        f"export const ENGINE_BUILD = {json.dumps(file_hash(*files))};\n",
        encoding="utf-8",
    )


def update_readme() -> None:
    """Regenerate the README's rules section from the registry."""
    sys.path.insert(0, str(ROOT))
    from core.docs import replace_section

    readme = ROOT / "README.md"
    current = readme.read_text(encoding="utf-8")
    fresh = replace_section(current)
    if fresh != current:
        readme.write_text(fresh, encoding="utf-8")
        log("updated the rules section of README.md")


def build() -> None:
    update_readme()
    DIST.mkdir(exist_ok=True)
    runtime = pyodide_runtime()
    # core.zip is written by pyodide_runtime()
    core_zip, boot_cache = compiled_core(DIST / ".pyodide-cache" / "core.zip")
    for browser in BROWSERS:
        out = DIST / browser
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(EXT, out, ignore=shutil.ignore_patterns("practice", ".*"))
        shutil.copy2(core_zip, out / "core.zip")
        shutil.copy2(boot_cache, out / "boot_cache.marshal")
        shutil.copytree(runtime, out / "pyodide")
        engine_build_info(out)
        (out / "shared" / "registry.js").write_text(registry_js(), encoding="utf-8")
        (out / "manifest.json").write_text(
            json.dumps(manifest(browser), indent=2) + "\n", encoding="utf-8"
        )
        bundler = ROOT / "scripts" / "bundle_editors.mjs"
        if (EXT / "practice").is_dir() and bundler.exists():
            run("node", bundler, "--practice", out / "practice")
        archive = DIST / f"think-before-you-post-{browser}.zip"
        archive.unlink(missing_ok=True)
        deterministic_zip(out, archive)
        log(f"built {out.relative_to(ROOT)} and {archive.name} ({archive.stat().st_size:,} bytes)")


# ----------------------------------------------------------------------------------------- tests


# Third-party bundles that web-ext's linter flags for eval and dynamic import. Their eval paths can
# never run here: the extension pages' CSP allows 'wasm-unsafe-eval' only, so eval would throw.
# Our own code is linted in full.
THIRD_PARTY_BUNDLES = ("pyodide/*", "practice/practice.js")


def lint_firefox() -> None:
    run(
        "npx",
        "--no-install",
        "web-ext",
        "lint",
        "--source-dir",
        "dist/firefox",
        "--warnings-as-errors",
        "--self-hosted",
        "--ignore-files",
        *THIRD_PARTY_BUNDLES,
    )


def test() -> None:
    py = str(VENV_PY)
    run(py, "-m", "ruff", "check", "core", "tests", "e2e", "bench", "build.py")
    run(py, "-m", "ruff", "format", "--check", "core", "tests", "e2e", "bench", "build.py")
    run(py, "-m", "mypy")
    run("npx", "--no-install", "eslint", ".")
    run(py, "-m", "pytest", "-q", "tests")
    run(py, "tests/pyodide/run.py", "-q")
    build()
    lint_firefox()
    run(py, "-m", "pytest", "-q", "e2e")


def main(argv: list[str]) -> None:
    command = argv[1] if len(argv) > 1 else "build"
    commands = {"build", "demo", "test", "bench", "accuracy"}
    if command not in commands:
        sys.exit(f"usage: python build.py [{'|'.join(sorted(commands))}]")
    set_up()
    if command == "build":
        build()
    elif command == "test":
        test()
    elif command == "demo":
        build()
        run(str(VENV_PY), "e2e/demo.py")
    elif command == "bench":
        build()
        run(str(VENV_PY), "-m", "bench.run")
    elif command == "accuracy":
        ensure_venv("requirements-bench.txt")  # the reference libraries the figures compare with
        for module in (
            "bench.accuracy_identifiers",
            "bench.accuracy_offensive",
            "bench.accuracy_conduct",
        ):
            run(str(VENV_PY), "-m", module)


if __name__ == "__main__":
    main(sys.argv)
