"""The release's parts that need no browser (`python build.py release`, builder/release.py): a CRX3
signed with a throwaway key reads back and verifies as Chromium would, its ID is update.xml's
appid; the listings have every text and justification the stores ask for, within their limits;
the policies; one version everywhere; and the `web-ext sign` command line, run offline against a
stand-in for AMO's API (no credentials exist here, so Mozilla's real service is never reached)."""

from __future__ import annotations

import base64
import hashlib
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

if sys.platform == "emscripten":
    pytest.skip(
        "the release tooling runs openssl and node; Pyodide has no processes",
        allow_module_level=True,
    )

from builder import crx3, release
from builder.commands import release_options
from builder.manifests import BROWSERS, GECKO_ID, manifest
from core import __version__
from tests.test_i18n import english_words_in

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def throwaway_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    key = tmp_path_factory.mktemp("key") / "key.pem"
    subprocess.run(
        ["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
        stdout=key.open("wb"),
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return key


def small_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "manifest.json", json.dumps({"manifest_version": 3, "name": "t", "version": "1"})
        )
        archive.writestr("background.js", "// nothing\n")
    return buffer.getvalue()


def openssl_public_der(key: Path) -> bytes:
    return subprocess.run(
        ["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
        capture_output=True,
        check=True,
    ).stdout


def test_a_crx3_signed_with_a_throwaway_key_reads_back_and_verifies(
    throwaway_key: Path, tmp_path: Path
) -> None:
    archive = small_zip()
    data, app_id = crx3.make_crx3(archive, throwaway_key)

    # The frame: magic, version 3, the header's length, then the zip exactly.
    assert data[:4] == b"Cr24"
    assert int.from_bytes(data[4:8], "little") == 3
    header_size = int.from_bytes(data[8:12], "little")
    assert data[12 + header_size :] == archive

    parsed = crx3.read_crx3(data)
    assert parsed.archive == archive
    [(public_key, signature)] = parsed.proofs
    assert public_key == openssl_public_der(throwaway_key)
    # The ID: the first 16 bytes of SHA-256 of the public key's DER, in a-p for 0-f.
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    assert app_id == digest.translate(str.maketrans("0123456789abcdef", "abcdefghijklmnop"))
    assert parsed.crx_id == bytes.fromhex(digest)

    # The signature, checked by openssl alone over the bytes crx3.proto says it covers.
    signed = tmp_path / "signed"
    signed.write_bytes(
        b"CRX3 SignedData\x00"
        + len(parsed.signed_header_data).to_bytes(4, "little")
        + parsed.signed_header_data
        + archive
    )
    (tmp_path / "sig").write_bytes(signature)
    (tmp_path / "pub.der").write_bytes(public_key)
    check = subprocess.run(
        [
            *("openssl", "dgst", "-sha256", "-verify", str(tmp_path / "pub.der")),
            *("-keyform", "DER", "-signature", str(tmp_path / "sig"), str(signed)),
        ],
        capture_output=True,
        text=True,
    )
    assert check.stdout.strip() == "Verified OK", check
    assert crx3.verify_crx3(data) == app_id

    # update.xml names the same extension.
    xml = ET.fromstring(release.update_xml(app_id, "https://example.org/x.crx"))
    ns = {"g": "http://www.google.com/update2/response"}
    app = xml.find("g:app", ns)
    assert app is not None and app.get("appid") == app_id
    check_ = app.find("g:updatecheck", ns)
    assert check_ is not None and check_.get("version") == __version__


def test_a_tampered_crx_does_not_verify(throwaway_key: Path, tmp_path: Path) -> None:
    data, _ = crx3.make_crx3(small_zip(), throwaway_key)
    tampered = bytearray(data)
    tampered[-30] ^= 0x01  # a byte of the zip
    with pytest.raises(crx3.CrxError):
        crx3.verify_crx3(bytes(tampered))
    # A crx_id that is not the signing key's.
    other = tmp_path / "other.pem"
    subprocess.run(
        ["openssl", "genpkey", "-algorithm", "RSA", "-out", str(other)],
        capture_output=True,
        check=True,
    )
    mine = crx3.read_crx3(data)
    theirs = crx3.read_crx3(crx3.make_crx3(small_zip(), other)[0])
    swapped = data.replace(mine.crx_id, theirs.crx_id)
    with pytest.raises(crx3.CrxError):
        crx3.verify_crx3(swapped)


def test_the_signing_key_must_be_outside_the_repository(tmp_path: Path) -> None:
    options = release.ReleaseOptions(crx_key=ROOT / "build.py")
    with pytest.raises(release.ReleaseError, match="outside the repository"):
        release.self_hosted_chrome(options, tmp_path / "unused.zip", tmp_path)
    # Without a key the step is skipped, saying so.
    assert release.self_hosted_chrome(release.ReleaseOptions(), tmp_path / "x", tmp_path) is None


def test_the_release_command_line() -> None:
    options = release_options(["--crx-key", "/keys/org.pem", "--host-url", "https://h.example/x/"])
    assert options.crx_key == Path("/keys/org.pem")
    assert options.host_url == "https://h.example/x/"
    assert release_options([]) == release.ReleaseOptions()
    for wrong in (["--crx-key"], ["--key", "k"], ["--host-url", "http://h/"]):
        with pytest.raises(SystemExit):
            release_options(wrong)


def test_one_version_everywhere() -> None:
    release.check_version(__version__)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__
    assert package["version"] == lock["version"] == __version__
    assert {manifest(b)["version"] for b in BROWSERS} == {__version__}
    for bad in ("1.02", "1.2.3.4.5", "v1", "1..2", ""):
        with pytest.raises(release.ReleaseError):
            release.check_version(bad)


@pytest.mark.parametrize("browser", BROWSERS)
def test_each_store_gets_every_text_it_asks_for_in_every_language(browser: str) -> None:
    assert "en_GB" in release.locales()
    for locale in release.locales():  # a language of the extension with no listing fails here
        data = release.listing(browser, locale)
        justified = data["permission_justifications"]
        assert isinstance(justified, dict)
        asked = manifest(browser)["permissions"]
        assert isinstance(asked, list)
        hosts = manifest(browser)["host_permissions"]
        assert isinstance(hosts, list)
        for permission in asked:
            assert permission in justified
        assert sorted(h for key in justified for h in key.split(", ") if "://" in h) == sorted(
            hosts
        )
        assert data["name"] and data["summary"] and data["single_purpose"] and data["remote_code"]
        page = release.privacy_policy(locale)
        assert f'<span data-release="version">{__version__}</span>' in page


def test_the_welsh_store_texts_are_in_welsh() -> None:
    """store/cy: no everyday English word is left in the listing, the justifications or the
    privacy page, the page says it is Welsh, and the summary fits the Chrome Web Store."""
    listing, permissions = release.store_texts("cy")
    named, sites = permissions["permissions"], permissions["sites"]
    assert isinstance(named, dict) and isinstance(sites, dict)
    description = listing["description"]
    assert isinstance(description, list)
    texts = [*description, listing["single_purpose"], *named.values(), *sites.values()]
    page = release.privacy_policy("cy")
    assert '<html lang="cy">' in page
    body = re.sub(r"<style>[^<]*</style>|<[^>]*>", " ", page)
    for text in [*texts, permissions["remote_code"], body]:
        english = english_words_in(str(text))
        assert not english, (english, text)
    summary = release.extension_messages("cy")["extDescription"]
    assert len(summary) <= release.LIMITS["chrome"]["summary"], len(summary)


def test_a_missing_justification_or_a_text_too_long_stops_the_release(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    listing, permissions = release.store_texts("en_GB")
    without = {**permissions, "permissions": {"storage": "kept"}}
    monkeypatch.setattr(release, "store_texts", lambda locale: (listing, without))
    with pytest.raises(release.ReleaseError, match="offscreen"):
        release.listing("chrome", "en_GB")
    release.listing("firefox", "en_GB")  # Firefox asks for storage alone
    stale = {**permissions, "permissions": {**permissions["permissions"], "tabs": "x"}}
    monkeypatch.setattr(release, "store_texts", lambda locale: (listing, stale))
    with pytest.raises(release.ReleaseError, match="tabs"):
        release.listing("firefox", "en_GB")
    long = {**listing, "single_purpose": "x" * 1001}
    monkeypatch.setattr(release, "store_texts", lambda locale: (long, permissions))
    with pytest.raises(release.ReleaseError, match="single_purpose has 1001"):
        release.listing("chrome", "en_GB")


def test_a_language_without_listing_texts_stops_the_release(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(release, "locales", lambda: ["en_GB", "xx"])
    with pytest.raises(release.ReleaseError, match="store/xx/ has no listing"):
        release.store_texts("xx")


def test_the_policies_force_install_the_extension() -> None:
    firefox = release.firefox_policies("https://h.example/t.xpi")
    settings = firefox["policies"]["ExtensionSettings"]  # type: ignore[index]
    assert settings == {
        GECKO_ID: {"installation_mode": "force_installed", "install_url": "https://h.example/t.xpi"}
    }
    gecko = manifest("firefox")["browser_specific_settings"]["gecko"]  # type: ignore[index]
    assert gecko["id"] == GECKO_ID
    chrome = release.chrome_policy("a" * 32, "https://h.example/update.xml")
    assert chrome == {"ExtensionInstallForcelist": ["a" * 32 + ";https://h.example/update.xml"]}


def test_the_source_archive_names_pyodide_and_holds_what_the_build_needs(tmp_path: Path) -> None:
    target = tmp_path / "source.zip"
    release.source_archive(target)
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        notes = archive.read("SOURCE-BUILD.md").decode()
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert f"`pyodide`, version {package['devDependencies']['pyodide']}" in notes
    for needed in ("build.py", "package-lock.json", "requirements-dev.lock", "core/__init__.py"):
        assert needed in names
    assert "builder/assemble.py" in names and "extension/engine/worker.js" in names
    assert not any(n.startswith((".venv/", "node_modules/", "dist/", ".cache/")) for n in names)


# --- web-ext sign, offline -------------------------------------------------------------------


class StandInAmo(http.server.BaseHTTPRequestHandler):
    """Records each request and refuses it, as AMO does for credentials it does not know."""

    seen: list[dict[str, Any]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append(
            {"path": self.path, "auth": self.headers.get("Authorization", ""), "body": body}
        )
        reply = json.dumps({"detail": "Incorrect authentication credentials."}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_GET = do_PUT = do_PATCH = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def stand_in_amo() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    handler = type("Handler", (StandInAmo,), {"seen": seen})
    address = os.environ.get("TBYP_E2E_LOOPBACK", "").strip() or "127.0.0.1"
    server = http.server.ThreadingHTTPServer((address, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{address}:{server.server_address[1]}/api/v5/", seen
    finally:
        server.shutdown()
        server.server_close()


def test_the_documented_web_ext_sign_command_uploads_to_the_unlisted_channel(
    stand_in_amo: tuple[str, list[dict[str, Any]]], tmp_path: Path
) -> None:
    amo, seen = stand_in_amo
    addon = tmp_path / "addon"
    shutil.copytree(ROOT / "extension" / "_locales", addon / "_locales")
    (addon / "manifest.json").write_text(json.dumps(manifest("firefox")), encoding="utf-8")
    source = tmp_path / "source.zip"
    release.source_archive(source)
    command = release.web_ext_sign_command(addon, tmp_path / "signed", source)
    env = {
        **os.environ,
        "WEB_EXT_API_KEY": "user:12345:67",
        "WEB_EXT_API_SECRET": "not-a-real-secret",
        "NO_UPDATE_NOTIFIER": "1",
    }
    result = subprocess.run(
        [*command, "--amo-base-url", amo, "--timeout", "20000"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode != 0, "the stand-in refuses every request"
    assert seen, f"web-ext never reached the API:\n{result.stdout}\n{result.stderr}"
    upload = seen[0]
    assert upload["path"] == "/api/v5/addons/upload/"
    # A JWT made from the key in the environment, never one written in the command.
    scheme, token = upload["auth"].split(" ", 1)
    assert scheme == "JWT"
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["iss"] == "user:12345:67"
    assert b'name="channel"\r\n\r\nunlisted\r\n' in upload["body"]
    assert b"PK\x03\x04" in upload["body"], "the add-on goes up as a zip"
    assert "not-a-real-secret" not in " ".join(command)
