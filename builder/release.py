"""`python build.py release`: on top of the plain build, everything a release needs, in
dist/release/:

    chrome-web-store/        the Chrome Web Store zip, and its listing (listing/<locale>/)
    addons.mozilla.org/      the AMO zip, the source archive for AMO's review, and its listing
    organisations/           deployment without a store: Chrome's CRX and update.xml (only with
                             --crx-key), the policy files of both browsers, and INSTALL.md
    PUBLISHER.md             what is left for the publisher to do by hand
    screenshots.json         what the extension showed in each screenshot (for the tests)
    release.json             the version, the extension IDs and each file's SHA-256

The version is the core's (core.__version__), the one place it is kept; the manifests take it
from there too (builder/manifests.py). The listing texts come from store/, the extension's name
and summary from its own messages (extension/_locales/), and the permissions from the manifests.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from core import __version__
from core.sites import HOSTS

from .assemble import build
from .crx3 import make_crx3
from .flavours import RELEASE
from .manifests import BROWSERS, GECKO_ID, manifest
from .paths import DIST, EXT, ROOT, VENV_PY
from .shell import log, run

STORE = ROOT / "store"
NAME = "think-before-you-post"
STORES = {"chrome": "chrome-web-store", "firefox": "addons.mozilla.org"}
ORGANISATIONS = "organisations"
# Where an organisation hosts the CRX, update.xml and the signed XPI, when --host-url is not
# given: a reserved name (RFC 2606) that can never resolve, so nothing made with it works by
# accident; PUBLISHER.md and INSTALL.md say to give the real one.
EXAMPLE_HOST_URL = "https://extensions.example.org/think-before-you-post/"
CHROME_WEB_STORE_UPDATE_URL = "https://clients2.google.com/service/update2/crx"
# The stores' limits on the texts they take (characters).
LIMITS = {
    "chrome": {"name": 75, "summary": 132, "description": 16_000, "single_purpose": 1_000,
               "justification": 1_000},
    "firefox": {"name": 50, "summary": 250, "description": 15_000, "single_purpose": 1_000,
                "justification": 1_000},
}  # fmt: skip
PERMISSIONS_NOT_ASKED_FOR = ("host_permissions",)  # justified per site instead
SCREENSHOTS = ("screenshot-1-underline.png", "screenshot-2-panel.png")
PROMO_TILE = "promo-tile-440x280.png"
ICON = "icon-128.png"


class ReleaseError(Exception):
    """Something a release must not be made with."""


@dataclass(frozen=True)
class ReleaseOptions:
    crx_key: Path | None = None  # the organisation's RSA private key (PEM), kept outside the repo
    host_url: str = EXAMPLE_HOST_URL  # where the organisation serves the CRX, update.xml and XPI


def file_name(browser: str, version: str = __version__) -> str:
    return f"{NAME}-{version}-{browser}.zip"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_version(version: str) -> None:
    """Chrome and Firefox both take one to four dot-separated integers, none with a leading zero."""
    if not re.fullmatch(r"(0|[1-9][0-9]{0,8})(\.(0|[1-9][0-9]{0,8})){0,3}", version):
        raise ReleaseError(f"version {version!r} is not one to four dot-separated integers")


# --- the listings ---------------------------------------------------------------------------


def locales() -> list[str]:
    """The languages the extension speaks, and so the languages of its listings."""
    return sorted(p.name for p in (EXT / "_locales").iterdir() if (p / "messages.json").exists())


def extension_messages(locale: str) -> dict[str, str]:
    messages = json.loads((EXT / "_locales" / locale / "messages.json").read_text("utf-8"))
    return {key: value["message"] for key, value in messages.items()}


def store_texts(locale: str) -> tuple[dict[str, object], dict[str, object]]:
    """store/<locale>/listing.json and permissions.json."""
    folder = STORE / locale
    if not (folder / "listing.json").exists():
        raise ReleaseError(
            f"the extension speaks {locale} but store/{locale}/ has no listing texts: write "
            f"listing.json, permissions.json and privacy-policy.html there (see store/README.md)"
        )
    listing = json.loads((folder / "listing.json").read_text("utf-8"))
    permissions = json.loads((folder / "permissions.json").read_text("utf-8"))
    return listing, permissions


def permission_justifications(browser: str, permissions: dict[str, object]) -> dict[str, str]:
    """A justification for each permission the browser's manifest asks for, and for each site's
    pages (the host permissions): a missing one, or one kept for a permission no manifest asks
    for, is an error."""
    named = permissions["permissions"]
    sites = permissions["sites"]
    assert isinstance(named, dict) and isinstance(sites, dict)
    every_asked = {p for b in BROWSERS for p in manifest(b)["permissions"]}  # type: ignore[attr-defined]
    if stale := set(named) - every_asked:
        raise ReleaseError(f"store permissions.json justifies what no manifest asks for: {stale}")
    if stale_sites := set(sites) - set(HOSTS):
        raise ReleaseError(f"store permissions.json justifies unknown sites: {stale_sites}")
    asked = manifest(browser)["permissions"]
    assert isinstance(asked, list)
    out: dict[str, str] = {}
    for permission in asked:
        if permission not in named:
            raise ReleaseError(f"store permissions.json has no justification for {permission!r}")
        out[permission] = str(named[permission])
    for site in HOSTS:
        if site not in sites:
            raise ReleaseError(f"store permissions.json has no justification for {site}'s pages")
        hosts = ", ".join(f"https://{host}/*" for host in HOSTS[site])
        out[hosts] = str(sites[site])
    return out


def listing(browser: str, locale: str) -> dict[str, object]:
    """What one store is told in one language, checked against the store's limits."""
    messages = extension_messages(locale)
    texts, permissions = store_texts(locale)
    description = texts["description"]
    assert isinstance(description, list)
    store_key = "chrome_web_store" if browser == "chrome" else "amo"
    data: dict[str, object] = {
        "name": messages["extName"],
        "summary": messages["extDescription"],
        "description": "\n".join(description),
        "single_purpose": texts["single_purpose"],
        **texts[store_key],  # type: ignore[dict-item]
        "permission_justifications": permission_justifications(browser, permissions),
        "remote_code": permissions["remote_code"],
        "version": __version__,
    }
    check_lengths(browser, data)
    return data


def check_lengths(browser: str, data: dict[str, object]) -> None:
    limits = LIMITS[browser]
    fields = {key: data[key] for key in ("name", "summary", "description", "single_purpose")}
    justifications = data["permission_justifications"]
    assert isinstance(justifications, dict)
    fields.update({f"justification of {k}": v for k, v in justifications.items()})
    for field, text in fields.items():
        limit = limits["justification" if field.startswith("justification") else field]
        if not isinstance(text, str) or not text.strip():
            raise ReleaseError(f"{STORES[browser]} listing: {field} is empty")
        if len(text) > limit:
            raise ReleaseError(
                f"{STORES[browser]} listing: {field} has {len(text)} characters (at most {limit})"
            )


def privacy_policy(locale: str) -> str:
    page = (STORE / locale / "privacy-policy.html").read_text("utf-8")
    slot = re.compile(r'(<span data-release="version">)[^<]*(</span>)')
    if not slot.search(page):
        raise ReleaseError(f"store/{locale}/privacy-policy.html has no version slot")
    return slot.sub(lambda m: m[1] + html.escape(__version__) + m[2], page)


def privacy_practices(browser: str) -> object:
    answers = json.loads((STORE / "privacy-practices.json").read_text("utf-8"))
    return answers["chrome_web_store" if browser == "chrome" else "amo"]


def write_listing(browser: str, out: Path, images: Path) -> None:
    for locale in locales():
        folder = out / "listing" / locale
        folder.mkdir(parents=True)
        data = listing(browser, locale)
        write_json(folder / "listing.json", data)
        (folder / "description.txt").write_text(str(data["description"]) + "\n", "utf-8")
        write_json(folder / "privacy-practices.json", privacy_practices(browser))
        (folder / "privacy-policy.html").write_text(privacy_policy(locale), "utf-8")
        for picture in (*SCREENSHOTS, PROMO_TILE):
            shutil.copy2(images / picture, folder / picture)
        shutil.copy2(EXT / "icons" / ICON, folder / ICON)


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --- the source archive for AMO's review ----------------------------------------------------


def npm_version(package: str) -> str:
    lock = json.loads((ROOT / "package-lock.json").read_text("utf-8"))
    return str(lock["packages"][f"node_modules/{package}"]["version"])


def source_files() -> list[Path]:
    """The repository's files as a fresh clone has them (and any new file not yet committed),
    without what git ignores."""
    result = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
    )
    if result.returncode != 0:
        raise ReleaseError("the source archive is made from a git checkout of the project")
    names = sorted({n for n in result.stdout.decode().split("\0") if n})
    return [ROOT / n for n in names if (ROOT / n).is_file()]


def source_build_notes() -> str:
    pyodide = npm_version("pyodide")
    return f"""# Building Think Before You Post {__version__} from this source

This archive is the project's repository as of this release. The add-on submitted with it is
`{file_name("firefox")}`, which is `dist/{NAME}-firefox.zip` of this build.

## Requirements
- Debian 12 (bookworm) or a similar Linux, on x86-64
- Python 3.11 or newer (only its standard library is needed to run the build script)
- Node.js 20 and npm
- Internet access for the first run: npm and pip install the pinned packages below

## Steps
    python3 build.py

That one command installs the npm packages pinned in `package-lock.json` (`npm ci`) into
`node_modules/` and the Python packages pinned in `requirements-dev.lock` into `.venv/`, then
builds `dist/firefox/` and `dist/{NAME}-firefox.zip`. The build script's jobs are in `builder/`
(`builder/assemble.py` is the outline). The zip is deterministic (sorted entries, fixed
timestamps). As root the build also installs Debian's chromium and firefox-esr, which only the
tests use; as another user it prints the apt-get command instead, and `--testing` is not used
for the add-on.

## Third-party code in the add-on, and where to compare it
- `pyodide/pyodide.mjs`, `pyodide/pyodide.asm.mjs`: copied from the npm package
  **`pyodide`, version {pyodide}** (`node_modules/pyodide/`, also
  https://www.npmjs.com/package/pyodide/v/{pyodide}). They are Pyodide's own minified build of
  CPython for WebAssembly; compare `pyodide.mjs` byte for byte with the package's file.
  `pyodide.asm.mjs` differs from the package's in two ways (`builder/pyodide_trim.py`,
  `patched_pyodide_script`): `updateGOT(origExports)` is given only the exports the Wasm imports
  through its global offset table, so Pyodide does not make a table entry for each of the Wasm's
  exports for modules the checker never links (GOT_CALL becomes GOT_PATCH); and in
  `assignWasmExports` the statements `_X=Module["_X"]=wasmExports["X"]` whose names `_X` and `X`
  appear nowhere else in the file, in `pyodide.mjs` or in the add-on's `engine/` scripts are left
  out, with `_X` from the `var` statement just before the function (unused_exports_dropped). Both
  changes only remove or narrow code; in the source tree, `patched_pyodide_script` run on the
  package's file gives the shipped one byte for byte.
- `pyodide/pyodide.asm.wasm` and `pyodide/pyodide.asm.data`: the package's `pyodide.asm.wasm`
  with its data section (the initial contents of its memory) moved into `pyodide.asm.data`,
  its segments less than 4 KiB apart merged, which the engine writes into that memory itself
  (`builder/wasm_data.py`), so the browser does not keep it with the compiled code; the Wasm
  exports only the functions whose names Pyodide's shipped JavaScript or the add-on's `engine/`
  scripts write, or that its global offset table imports (`used_function_exports` in
  `builder/pyodide_trim.py`; its own code calls the others directly), so the browser does not
  make and keep a JavaScript function for each of the other 7,000. `python -m
  builder.wasm_data verify node_modules/pyodide/pyodide.asm.wasm pyodide/pyodide.asm.wasm
  pyodide/pyodide.asm.data` checks both against the package's file: the Wasm byte for byte but
  for the sections taken out and the function exports left out, the data by the memory it
  makes.
- `pyodide/python_stdlib.zip`: the package's `python_stdlib.zip` trimmed to the modules the
  checker imports and compiled to bytecode by Pyodide's own Python (`builder/pyodide_trim.py`,
  `builder/bytecode.py`), where Pyodide's `pyodide/_package_loader.py` and `pyodide/common.py`
  import shutil, tempfile and zipfile inside the functions that use them rather than at their top
  (LAZY_IMPORTS: the same code, imported on first use), where `pyodide/__init__.py` sets its
  event loop up when asyncio is first used rather than at its import, and where
  `asyncio/__init__.py` is a small module that runs the package's original one (shipped as
  `asyncio/_eager.py`) when one of the package's names is first read (LAZY_ASYNCIO);
  `pyodide/python_stdlib_rest.zip`: the
  part of that zip a start from the engine's memory snapshot may still import, with the list of
  entries left out
  (`builder/pyodide_trim.py`, `stdlib_rest`); `pyodide/pyodide-lock.json`: the package's lock
  file with its list of packages emptied (nothing is loaded from Pyodide's CDN).
- `core.zip` and `boot_cache.marshal`: the project's own Python checker (`core/` in this archive),
  with its bytecode and a boot cache recorded by `builder/compile_python.mjs`; the `.py` sources
  are in `core.zip` beside the bytecode.
- `practice/practice.js`: the practice page's editors, bundled by esbuild
  {npm_version("esbuild")} (`scripts/bundle_editors.mjs`) from the npm packages `lexical`
  {npm_version("lexical")} and `quill` {npm_version("quill")}.

AMO's validator reports warnings (DANGEROUS_EVAL, UNSAFE_VAR_ASSIGNMENT) in `pyodide/` and
`practice/practice.js` only: those are the third-party files above. Their eval paths cannot run:
the extension pages' Content-Security-Policy allows `'wasm-unsafe-eval'` and nothing else
(`builder/manifests.py`). The build lints everything else with `web-ext lint
--warnings-as-errors`.

Every other file is the project's own, unminified, from `extension/` (and the files the build
generates from `core/`: `shared/registry.js`, `shared/sites.js`, `shared/build_flavour.js`,
`engine/build_info.mjs`, `manifest.json`).
"""


def source_archive(target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        notes = zipfile.ZipInfo("SOURCE-BUILD.md", (1980, 1, 1, 0, 0, 0))
        archive.writestr(notes, source_build_notes(), compress_type=zipfile.ZIP_DEFLATED)
        for path in source_files():
            info = zipfile.ZipInfo(path.relative_to(ROOT).as_posix(), (1980, 1, 1, 0, 0, 0))
            info.external_attr = (0o755 if os.access(path, os.X_OK) else 0o644) << 16
            archive.writestr(info, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED)


# --- deployment without a store -------------------------------------------------------------


def hosted(host_url: str, name: str) -> str:
    return host_url.rstrip("/") + "/" + name


def crx_name(version: str = __version__) -> str:
    return f"{NAME}-{version}.crx"


def xpi_name(version: str = __version__) -> str:
    return f"{NAME}-{version}.xpi"


def update_xml(app_id: str, codebase: str, version: str = __version__) -> str:
    """Chrome's update manifest for a self-hosted extension (the `gupdate` format)."""
    q = html.escape
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n"
        f"  <app appid='{q(app_id)}'>\n"
        f"    <updatecheck codebase='{q(codebase)}' version='{q(version)}' />\n"
        "  </app>\n"
        "</gupdate>\n"
    )


def chrome_policy(app_id: str, update_url: str) -> dict[str, object]:
    """The managed policy that force-installs the extension (ExtensionInstallForcelist)."""
    return {"ExtensionInstallForcelist": [f"{app_id};{update_url}"]}


def windows_registry(app_id: str, update_url: str) -> str:
    return (
        "Windows Registry Editor Version 5.00\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist]\n"
        f'"1"="{app_id};{update_url}"\n'
    )


def firefox_policies(install_url: str) -> dict[str, object]:
    """policies.json for Firefox: force-install the add-on from install_url."""
    return {
        "policies": {
            "ExtensionSettings": {
                GECKO_ID: {"installation_mode": "force_installed", "install_url": install_url}
            }
        }
    }


def web_ext_sign_command(source_dir: Path, artifacts_dir: Path, source_archive: Path) -> list[str]:
    """The command that gets the Firefox build signed by Mozilla for self-hosting (the unlisted
    channel). The organisation's AMO API credentials go in the environment (WEB_EXT_API_KEY and
    WEB_EXT_API_SECRET), never on the command line or in the repository."""
    return [
        "npx",
        "--no-install",
        "web-ext",
        "sign",
        "--channel",
        "unlisted",
        "--source-dir",
        str(source_dir),
        "--artifacts-dir",
        str(artifacts_dir),
        "--upload-source-code",
        str(source_archive),
        "--no-config-discovery",
    ]


def shell_line(command: list[str]) -> str:
    return " ".join(c if re.fullmatch(r"[\w@%+=:,./-]+", c) else repr(c) for c in command)


def self_hosted_chrome(options: ReleaseOptions, chrome_zip: Path, out: Path) -> str | None:
    """The CRX and update.xml, when the organisation's key is given; the extension's ID."""
    if options.crx_key is None:
        log("no --crx-key given: the CRX and update.xml for self-hosting in Chrome are not made")
        return None
    if not options.crx_key.is_file():
        raise ReleaseError(f"--crx-key: no such file: {options.crx_key}")
    if options.crx_key.resolve().is_relative_to(ROOT):
        raise ReleaseError("--crx-key: keep the signing key outside the repository")
    crx, app_id = make_crx3(chrome_zip.read_bytes(), options.crx_key)
    (out / crx_name()).write_bytes(crx)
    update_url = hosted(options.host_url, "update.xml")
    (out / "update.xml").write_text(
        update_xml(app_id, hosted(options.host_url, crx_name())), "utf-8"
    )
    write_json(out / "policy-linux.json", chrome_policy(app_id, update_url))
    (out / "policy-windows.reg").write_text(windows_registry(app_id, update_url), "utf-8")
    log(f"signed {crx_name()}: extension ID {app_id}")
    return app_id


def write_organisations(options: ReleaseOptions, dist: Path, out: Path, source: Path) -> str | None:
    chrome, firefox = out / "chrome", out / "firefox"
    chrome.mkdir(parents=True)
    firefox.mkdir(parents=True)
    app_id = self_hosted_chrome(options, dist / f"{NAME}-chrome.zip", chrome)
    install_url = hosted(options.host_url, xpi_name())
    write_json(firefox / "policies.json", firefox_policies(install_url))
    sign = web_ext_sign_command(
        Path("dist") / "firefox", Path("dist") / "release" / "organisations" / "firefox",
        Path("dist") / "release" / STORES["firefox"] / source.name,
    )  # fmt: skip
    (out / "INSTALL.md").write_text(install_notes(options, app_id, shell_line(sign)), "utf-8")
    return app_id


def install_notes(options: ReleaseOptions, app_id: str | None, sign: str) -> str:
    crx_state = (
        f"`chrome/{crx_name()}` (extension ID `{app_id}`), `chrome/update.xml`"
        if app_id
        else "not made: run `python build.py release --crx-key PATH --host-url URL`"
    )
    example = " (an example address: give yours with --host-url)" * (
        options.host_url == EXAMPLE_HOST_URL
    )
    return f"""# Installing Think Before You Post {__version__} for your organisation

The README's section "Installing for your organisation" explains each way; this folder holds the
files it names, made for this release and for {options.host_url}{example}.

- Chrome, self-hosted: {crx_state}, and the policy that force-installs it:
  `chrome/policy-linux.json` (copy into `/etc/opt/chrome/policies/managed/`, or
  `/etc/chromium/policies/managed/` for Chromium) and `chrome/policy-windows.reg`.
  Host `{crx_name()}` and `update.xml` at {options.host_url}.
- Firefox, self-hosted: get the add-on signed by Mozilla (unlisted channel) with your own AMO
  API credentials, from the project's folder:

      WEB_EXT_API_KEY=... WEB_EXT_API_SECRET=... {sign}

  rename the signed file to `{xpi_name()}`, host it at {options.host_url}, and install
  `firefox/policies.json` (Linux: `/etc/firefox/policies/`; Windows and macOS: a `distribution`
  folder beside the Firefox program, or the same setting through Group Policy or a profile).
"""


# --- the whole release ----------------------------------------------------------------------


def make_images(extension: Path, out: Path) -> None:
    """The screenshots and the promotional tile, made in Chromium (builder/store_images.py)."""
    run(VENV_PY, "-m", "builder.store_images", extension, out)


def publisher_notes(app_id: str | None) -> str:
    crx = (
        f"the CRX was signed with the key given (ID `{app_id}`)"
        if app_id
        else "make the CRX with the organisation's key: "
        "`python build.py release --crx-key PATH --host-url URL`"
    )
    return f"""# Think Before You Post {__version__}: what is left for the publisher

Everything below needs the publisher's own accounts, keys or decisions, so the build cannot do it.

1. **Chrome Web Store** (developer account, one-off registration fee): upload
   `{STORES["chrome"]}/{file_name("chrome")}`; fill in the store listing from
   `{STORES["chrome"]}/listing/<locale>/` (description.txt, the screenshots, the promotional
   tile, the icon), the Privacy practices tab from `listing.json` (single purpose, permission
   justifications, remote code) and `privacy-practices.json`, and the privacy policy's address.
2. **addons.mozilla.org** (developer account, two-factor authentication): upload
   `{STORES["firefox"]}/{file_name("firefox")}`, and `{file_name("source")}` when AMO asks for
   the source code (Pyodide's files are minified third-party code); fill in the listing from
   `{STORES["firefox"]}/listing/<locale>/`. The add-on's ID is `{GECKO_ID}`: choose the final
   ID before the first upload, as AMO never lets it change.
3. **Privacy policy**: publish `listing/<locale>/privacy-policy.html` on the publisher's web
   site, with the publisher's contact address in place of "the publisher's contact address".
4. **Support**: give each store a support address and a home page.
5. **Self-hosting** (for organisations, see `organisations/INSTALL.md`):
   {crx};
   get the Firefox build signed on the unlisted channel with the organisation's own AMO API
   credentials (`web-ext sign`, the command is in INSTALL.md); host the files at the address
   given with --host-url.
6. **Each later release**: raise `__version__` in `core/__init__.py` (the stores refuse a version
   they have seen), and keep `pyproject.toml` and `package.json` in step (a test checks).
"""


def package(options: ReleaseOptions, dist: Path = DIST) -> Path:
    """dist/release/ from the builds in dist/ (which must be the release flavour)."""
    check_version(__version__)
    out = dist / "release"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for browser in BROWSERS:
        built = json.loads((dist / browser / "manifest.json").read_text("utf-8"))
        if built["version"] != __version__:
            raise ReleaseError(f"dist/{browser} is version {built['version']}, not {__version__}")
        flavour = (dist / browser / "shared" / "build_flavour.js").read_text("utf-8")
        if "testing: false" not in flavour:
            raise ReleaseError(f"dist/{browser} is the testing build, not the one users install")

    images = out / ".images"
    make_images(dist / "chrome", images)
    for browser, store in STORES.items():
        folder = out / store
        folder.mkdir()
        shutil.copy2(dist / f"{NAME}-{browser}.zip", folder / file_name(browser))
        write_listing(browser, folder, images)
    source = out / STORES["firefox"] / file_name("source")
    source_archive(source)
    app_id = write_organisations(options, dist, out / ORGANISATIONS, source)
    shutil.move(images / "screenshots.json", out / "screenshots.json")
    shutil.rmtree(images)
    (out / "PUBLISHER.md").write_text(publisher_notes(app_id), "utf-8")
    files = sorted(p for p in out.rglob("*") if p.is_file())
    write_json(
        out / "release.json",
        {
            "version": __version__,
            "chrome_extension_id": app_id,
            "gecko_id": GECKO_ID,
            "files": {p.relative_to(out).as_posix(): sha256(p) for p in files},
        },
    )
    log(f"release {__version__} written to {out}")
    return out


def release(options: ReleaseOptions, dist: Path = DIST) -> Path:
    build(RELEASE, dist)
    try:
        return package(options, dist)
    except ReleaseError as error:
        sys.exit(f"[build] release: {error}")
