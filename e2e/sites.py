"""The three sites the extension works on, served from local replicas at their real addresses.

One table (`SITES`) holds, for each site, the real page addresses the replica stands in for, where
the replica's bundle is served from, and the Content-Security-Policy header the real site sends.
Tests reach the replicas two ways, both built on `respond()`:

- Chromium (Playwright): `route_sites(context, build_dir)` answers requests for the real addresses.
- Firefox (Selenium): `https_sites.HttpsSites` serves them over HTTPS on 127.0.0.1.

The CSP headers come from public reports of the live headers (quoted in browser errors in public
issue threads, 2018-2025), trimmed to the directives that matter to scripts, styles and connections.
They are adapted only so the replica's own same-origin bundle may load, and in each case that needed
no change to script-src: Facebook and WhatsApp allow 'self', and LinkedIn allows the path
https://www.linkedin.com/sc/, where the replica's bundle is served. Reporting directives are left
out so that no violation report is ever sent anywhere. None of the three allows an inline script
without its nonce or hash, and LinkedIn's allows no 'wasm-unsafe-eval': Pyodide cannot start in a
site's page, which is why the engine runs in the extension's own pages, under their own policy.
"""

from __future__ import annotations

import mimetypes
import re
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

E2E_DIR = Path(__file__).resolve().parent
REPO_DIR = E2E_DIR.parent
DEFAULT_BUILD_DIR = E2E_DIR / "replicas" / "build"
BUNDLE_SCRIPT = REPO_DIR / "scripts" / "bundle_editors.mjs"


@dataclass(frozen=True)
class Site:
    name: str
    host: str
    pages: tuple[str, ...]  # paths of the real pages this replica stands in for
    asset_prefix: str  # path the replica's bundle and styles are served under
    csp: str  # the site's Content-Security-Policy; "{nonce}" is replaced per response
    extra_headers: tuple[tuple[str, str], ...] = ()
    folder: str = ""  # the replica's folder in the build directory, if not `name`

    @property
    def build_folder(self) -> str:
        return self.folder or self.name

    @property
    def site_id(self) -> str:
        """The site (core/sites.py) whose host this replica stands in for: Messenger's own address
        is a host of Facebook's, served by the Facebook replica."""
        return self.build_folder

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(f"https://{self.host}{path}" for path in self.pages)


def _policy(*directives: str) -> str:
    return "; ".join(directives)


FACEBOOK = Site(
    name="facebook",
    host="www.facebook.com",
    pages=("/groups/carers/", "/messages/t/1"),
    asset_prefix="/rsrc.php/replica/",
    # Live header as quoted in public reports (2024-2025). script-src allows 'self' and a nonce,
    # never 'unsafe-inline'.
    csp=_policy(
        "default-src blob: 'self' https://*.fbsbx.com *.facebook.com *.fbcdn.net",
        "script-src *.facebook.com *.fbcdn.net *.facebook.net 127.0.0.1:* 'nonce-{nonce}' "
        "blob: data: 'self' connect.facebook.net 'wasm-unsafe-eval' "
        "https://*.google-analytics.com *.google.com",
        "style-src *.fbcdn.net data: *.facebook.com 'unsafe-inline' https://fonts.googleapis.com",
        "connect-src *.facebook.com facebook.com *.fbcdn.net *.facebook.net wss://*.facebook.com:* "
        "wss://*.whatsapp.com:* wss://*.fbcdn.net attachment.fbsbx.com blob: 'self'",
        "font-src data: *.facebook.com *.fbcdn.net *.fbsbx.com https://fonts.gstatic.com",
        "img-src *.fbcdn.net *.facebook.com data: https://*.fbsbx.com facebook.com blob:",
        "media-src *.cdninstagram.com blob: *.fbcdn.net *.fbsbx.com www.facebook.com "
        "*.facebook.com data:",
        "child-src data: blob: 'self' https://*.fbsbx.com *.facebook.com *.fbcdn.net",
        "frame-ancestors 'self'",
        "block-all-mixed-content",
        "upgrade-insecure-requests",
    ),
)

LINKEDIN = Site(
    name="linkedin",
    host="www.linkedin.com",
    pages=("/feed/", "/messaging/"),
    # LinkedIn's script-src has no 'self' but allows this path (its own static files live under
    # /sc/).
    asset_prefix="/sc/h/replica/",
    # Live header as quoted in public reports (2018-2024). script-src allows inline script only by
    # hash (the hash is LinkedIn's own, so nothing here matches it) and has no 'wasm-unsafe-eval',
    # no 'unsafe-eval' and no 'self'.
    csp=_policy(
        "default-src *",
        "connect-src 'self' www.linkedin.com static.licdn.com media.licdn.com "
        "static-exp1.licdn.com static-exp2.licdn.com wss://*.linkedin.com dms.licdn.com",
        "img-src data: blob: *",
        "font-src data: *",
        "style-src 'unsafe-inline' s.c.lnkd.licdn.com static-fstl.licdn.com "
        "static-src.linkedin.com https://www.linkedin.com/sc/ https://www.linkedin.com/scds/ "
        "static.licdn.com static-exp1.licdn.com static-exp2.licdn.com static-exp3.licdn.com",
        "script-src 'report-sample' 'sha256-6gLjSWp3GRKZCUFvRX5aGHtECD1wVRgJOJp7r0ZQjV0=' "
        "static.licdn.com static-exp1.licdn.com static-exp2.licdn.com static-exp3.licdn.com "
        "https://www.linkedin.com/sc/ https://www.linkedin.com/scds/ "
        "https://www.linkedin.com/voyager/abp-detection.js platform.linkedin.com/js/analytics.js",
        "object-src 'none'",
        "media-src blob: *",
        "child-src blob: *",
        "frame-ancestors 'self' https://*.linkedin.com",
        "manifest-src 'self'",
    ),
)

WHATSAPP = Site(
    name="whatsapp",
    host="web.whatsapp.com",
    pages=("/",),
    asset_prefix="/replica/",
    # script-src exactly as quoted in a public report (2025) without the extension origin a browser
    # had added to it; the other directives are reconstructed from what the page is known to load
    # (*.whatsapp.net media, wss chat) and are less certain.
    csp=_policy(
        "default-src 'self' data: blob:",
        "script-src 'self' 'wasm-unsafe-eval' 'inline-speculation-rules'",
        "style-src 'self' 'unsafe-inline' data:",
        "img-src 'self' data: blob: https://*.whatsapp.net",
        "media-src 'self' data: blob: https://*.whatsapp.net",
        "connect-src 'self' data: blob: https://*.whatsapp.net wss://*.web.whatsapp.com",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "upgrade-insecure-requests",
    ),
    extra_headers=(("X-Frame-Options", "DENY"),),
)

# Messenger's own address serves the Facebook replica, which shows only its Messenger chat there
# (Briskine/briskine src/content/plugins/facebook.js, 2026, runs on both www.facebook.com and
# www.messenger.com). messenger.com's own header was not found in public reports: Facebook's is
# used, whose script-src allows 'self' as the replica's bundle needs.
MESSENGER = Site(
    name="messenger",
    host="www.messenger.com",
    pages=("/t/1/",),
    asset_prefix=FACEBOOK.asset_prefix,
    csp=FACEBOOK.csp,
    folder=FACEBOOK.name,
)

SITES: tuple[Site, ...] = (FACEBOOK, LINKEDIN, WHATSAPP, MESSENGER)
SITES_BY_HOST = {site.host: site for site in SITES}
HOSTS: tuple[str, ...] = tuple(SITES_BY_HOST)

Response = tuple[int, dict[str, str], bytes]


def csp_header(site: Site) -> str:
    """The site's CSP with a fresh nonce, as the real site sends one per response."""
    return site.csp.replace("{nonce}", secrets.token_urlsafe(6))


def _not_found(url: str, why: str) -> Response:
    body = f"404: no replica page at {url}\n{why}\n".encode()
    return 404, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}, body


def respond(url: str, build_dir: Path | str = DEFAULT_BUILD_DIR) -> Response | None:
    """Answer a request for one of the sites from the built replicas.

    Returns (status, headers, body), or None when the URL is not on one of the three sites (the
    caller decides what to do with other hosts). Unknown paths on the sites get a 404 that says what
    is served. Every response carries the site's CSP header.
    """
    parts = urlsplit(url)
    site = SITES_BY_HOST.get((parts.hostname or "").lower())
    if site is None or parts.scheme not in ("https", "http"):
        return None
    build_dir = Path(build_dir)
    path = parts.path or "/"
    file: Path | None = None
    if path in site.pages or (path.rstrip("/") + "/") in site.pages:
        file = build_dir / site.build_folder / "index.html"
    elif path.startswith(site.asset_prefix):
        name = path[len(site.asset_prefix) :]
        if re.fullmatch(r"[A-Za-z0-9_-]+\.(js|css)", name):
            file = build_dir / site.build_folder / name
    if file is None:
        served = ", ".join(site.urls)
        return _not_found(
            url, f"The {site.name} replica serves {served} and files under {site.asset_prefix}."
        )
    if not file.is_file():
        return _not_found(
            url, f"{file.name} is missing from the {site.name} replica build: run build_replicas()."
        )
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type.endswith("javascript"):
        content_type += "; charset=utf-8"
    headers = {
        "Content-Type": content_type,
        "Content-Security-Policy": csp_header(site),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        **dict(site.extra_headers),
    }
    return 200, headers, file.read_bytes()


_SITE_URL = re.compile(
    r"^https?://(" + "|".join(re.escape(host) for host in HOSTS) + r")(:\d+)?/", re.I
)


def route_sites(
    context, build_dir: Path | str = DEFAULT_BUILD_DIR, *, block_other_hosts: bool = True
) -> None:
    """Serve the replicas at the real sites' addresses in a Playwright (sync API) BrowserContext.

    With block_other_hosts, any other http(s) request from a page is aborted, so a test never
    depends on, or reaches, the network. Extension pages (chrome-extension://) are not affected.
    """
    build_dir = Path(build_dir)

    if block_other_hosts:

        def abort_other(route) -> None:
            if route.request.url.startswith(("http://", "https://")):
                route.abort("blockedbyclient")
            else:
                route.fallback()

        context.route("**/*", abort_other)

    def fulfil(route) -> None:
        answer = respond(route.request.url, build_dir)
        if answer is None:
            route.fallback()
            return
        status, headers, body = answer
        route.fulfill(status=status, headers=headers, body=body)

    # Routes registered later are tried first, so the sites take precedence over the catch-all.
    context.route(_SITE_URL, fulfil)


def build_replicas(out_dir: Path | str = DEFAULT_BUILD_DIR) -> Path:
    """Bundle the replica pages into out_dir with scripts/bundle_editors.mjs; returns out_dir."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is needed to bundle the replica pages and is not on PATH")
    out_dir = Path(out_dir)
    subprocess.run([node, str(BUNDLE_SCRIPT), "--replicas", str(out_dir)], cwd=REPO_DIR, check=True)
    return out_dir
