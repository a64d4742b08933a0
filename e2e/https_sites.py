"""The replica sites over HTTPS on 127.0.0.1:443, for Firefox (which Playwright cannot drive here).

    with HttpsSites(build_dir) as sites:
        driver = launch_firefox(firefox_options(), addon_path=...)
        driver.get("https://www.linkedin.com/feed/")

HttpsSites answers with sites.respond() in a background thread, using a self-signed certificate for
the three host names made with the `openssl` command in a temporary folder. firefox_options() makes
Firefox resolve those names to 127.0.0.1 (network.dns.localDomains), accept that certificate
(acceptInsecureCerts) and stay offline (browsers.OFFLINE_FIREFOX_PREFS). The real addresses, with
their default port, are used so that the extension's production `matches` apply.

Port 443 needs root (the tests and CI run as root); otherwise HttpsSites raises a clear error.

Two runs on one machine would both want 127.0.0.1:443. TBYP_E2E_LOOPBACK (another loopback address,
such as 127.0.0.7) moves one run there: HttpsSites listens on it and firefox_options() makes Firefox
resolve every name to it (network.dns.forceResolve) instead of to 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from e2e.browsers import firefox_options as base_firefox_options
from e2e.sites import DEFAULT_BUILD_DIR, HOSTS, respond


def loopback_address() -> str:
    """The loopback address the replicas are served on: 127.0.0.1 unless TBYP_E2E_LOOPBACK says."""
    address = os.environ.get("TBYP_E2E_LOOPBACK", "").strip() or "127.0.0.1"
    if not address.startswith("127."):
        raise RuntimeError(f"TBYP_E2E_LOOPBACK must be a 127.x.x.x address, not {address!r}")
    return address


def make_certificate(directory: Path, hosts: tuple[str, ...] = HOSTS) -> tuple[Path, Path]:
    """A self-signed certificate (valid for two days) naming every host; returns (cert, key)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError(
            "the openssl command is needed to make the test certificate and is not on PATH"
        )
    cert, key = directory / "sites.crt", directory / "sites.key"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-sha256",
            "-days",
            "2",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=Think Before You Post test sites",
            "-addext",
            "subjectAltName=" + ",".join(f"DNS:{host}" for host in hosts),
            "-addext",
            "basicConstraints=critical,CA:FALSE",
            "-addext",
            "extendedKeyUsage=serverAuth",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _TlsServer

    def _answer(self, with_body: bool) -> None:
        host = (self.headers.get("Host") or "").split(":")[0]
        url = f"https://{host}{self.path}"
        answer = respond(url, self.server.build_dir)
        if answer is None:
            known = ", ".join(HOSTS)
            body = f"404: {host or 'no host'} is not one of the replica sites ({known})\n".encode()
            answer = (404, {"Content-Type": "text/plain; charset=utf-8"}, body)
        status, headers, body = answer
        self.server.requests.append((self.command, url, status))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are kept in server.requests instead


class _TlsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], tls: ssl.SSLContext, build_dir: Path) -> None:
        self.tls = tls
        self.build_dir = build_dir
        self.requests: list[tuple[str, str, int]] = []
        super().__init__(address, _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The TLS handshake happens here, in the request's own thread, so a client that stalls or
        # rejects the certificate cannot hold up the accepting loop.
        try:
            request = self.tls.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return
        super().finish_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a browser closing a kept-alive connection is not an error worth printing


class HttpsSites:
    """Serve the built replicas as https://www.facebook.com, www.linkedin.com and web.whatsapp.com.

    A context manager: entering makes the certificate and starts the server thread, leaving stops it
    and deletes the temporary folder. `requests` lists (method, url, status) of every request
    served.
    """

    def __init__(
        self, build_dir: Path | str = DEFAULT_BUILD_DIR, *, host: str | None = None, port: int = 443
    ):
        self.build_dir = Path(build_dir)
        self.host = host or loopback_address()
        self.port = port
        self.cert_path: Path | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._server: _TlsServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        return self._server.requests if self._server else []

    def __enter__(self) -> HttpsSites:
        self._tmp = tempfile.TemporaryDirectory(prefix="tbyp-https-sites-")
        try:
            cert, key = make_certificate(Path(self._tmp.name))
            tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            tls.load_cert_chain(cert, key)
            try:
                self._server = _TlsServer((self.host, self.port), tls, self.build_dir)
            except PermissionError as error:
                raise RuntimeError(
                    f"cannot listen on {self.host}:{self.port}: a port below 1024 needs root "
                    "(the Firefox tests serve the real sites' addresses on the default HTTPS port, "
                    "so run them as root, as CI does)"
                ) from error
            except OSError as error:
                raise RuntimeError(f"cannot listen on {self.host}:{self.port}: {error}") from error
            self.cert_path = cert
            self._thread = threading.Thread(
                target=self._server.serve_forever, name="https-sites", daemon=True
            )
            self._thread.start()
        except BaseException:
            self._tmp.cleanup()
            raise
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._tmp is not None:
            self._tmp.cleanup()
        self._server = self._thread = self._tmp = None


def firefox_options(*, headless: bool = True, prefs: dict[str, Any] | None = None) -> Any:
    """FirefoxOptions for visiting the replicas served by HttpsSites at the sites' real addresses.

    - network.dns.localDomains: Firefox resolves the three host names to the loopback address
      itself, without asking the system resolver (no /etc/hosts edit, no DNS traffic).
    - network.dns.disableIPv6: the names then resolve to 127.0.0.1 only, where HttpsSites listens.
    - acceptInsecureCerts: the WebDriver capability that makes Firefox accept the self-signed
      certificate, even for names on the HSTS preload list; security.cert_pinning.enforcement_level
      0 keeps Firefox's built-in key pins (it pins some large sites) from refusing it.
    Everything in browsers.OFFLINE_FIREFOX_PREFS applies as well; `prefs` are applied last.
    """
    address = loopback_address()
    resolve: dict[str, Any] = (
        {"network.dns.localDomains": ",".join(HOSTS)}
        if address == "127.0.0.1"
        else {"network.dns.forceResolve": address}
    )
    options = base_firefox_options(
        headless=headless,
        prefs={
            **resolve,
            "network.dns.disableIPv6": True,
            "security.cert_pinning.enforcement_level": 0,
            "network.stricttransportsecurity.preloadlist": False,
            **(prefs or {}),
        },
    )
    options.accept_insecure_certs = True
    return options


def port_is_free(host: str | None = None, port: int = 443) -> bool:
    """Whether HttpsSites could listen there now (for a clear skip or error in fixtures)."""
    host = host or loopback_address()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True
