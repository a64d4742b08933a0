"""Each browser's manifest.json, from one description: the sites come from core/sites.py, the
version from the core."""

from __future__ import annotations

from core import __version__
from core.registry import PACKS
from core.sites import HOSTS

from .flavours import RELEASE, Flavour

BROWSERS = ("chrome", "firefox")
GECKO_ID = "think-before-you-post@peer-support.invalid"
# The browser enforces "nothing leaves the browser" for the extension's own pages: they load and
# fetch only the extension's files. 'wasm-unsafe-eval' is what Pyodide needs to compile its Wasm.
EXTENSION_PAGES_CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; "
    "object-src 'none'"
)
# Content scripts, in load order; every site's adapter, in turn, goes where {site} stands.
CONTENT_SCRIPTS = (
    "shared/constants.js",
    "shared/build_flavour.js",
    "shared/registry.js",
    "shared/sites.js",
    "shared/settings.js",
    "shared/locales.js",
    "shared/i18n.js",
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
    "content/finding_text.js",
    "content/sessions.js",
    "content/send_guard.js",
    "content/main.js",
)
# Firefox's background is an event page that hosts the engine itself.
FIREFOX_BACKGROUND = (
    "shared/constants.js",
    "shared/build_flavour.js",
    "shared/registry.js",
    "shared/sites.js",
    "shared/settings.js",
    "shared/policy.js",
    "background/private_checks.js",
    "background/check_queue.js",
    "engine/engine_host.js",
    "background/background.js",
    "background/onboarding.js",
)


# The keyboard shortcut that opens the panel for the draft being written (content/main.js). Not
# one of the browsers' own: Chrome's Alt+Shift+T focuses its toolbar, so not that one. People can
# change it in chrome://extensions/shortcuts or Firefox's add-ons page.
OPEN_PANEL_COMMAND = "open-panel"
OPEN_PANEL_KEY = "Alt+Shift+K"
MANAGED_SCHEMA = "managed_schema.json"
# How "Post anyway" may work when something serious was found (shared/policy.js, POST_ANYWAY).
POST_ANYWAY_MODES = ("direct", "tick", "reason")


def managed_schema() -> dict[str, object]:
    """The schema of the managed settings an organisation can set (Chrome checks a policy against
    it and drops what does not fit; shared/policy.js checks again, value by value, in both
    browsers). e2e/test_managed.py holds the two to the same keys."""

    def switches(ids: list[str], what: str) -> dict[str, object]:
        return {
            "type": "object",
            "description": f"Each {what} listed is switched on (true) or off (false) and locked.",
            "properties": {name: {"type": "boolean"} for name in ids},
        }

    def text_list(what: str) -> dict[str, object]:
        return {"type": "array", "description": what, "items": {"type": "string"}}

    return {
        "type": "object",
        "properties": {
            "packs": switches([pack.id for pack in PACKS], "pack"),
            "sites": switches(list(HOSTS), "site"),
            "showInfo": {"type": "boolean", "description": "Gentle reminders on or off, locked."},
            "quietMode": {"type": "boolean", "description": "Quiet mode on or off, locked."},
            "organisationPhrases": text_list(
                "Phrases watched for everyone (such as ward or home names, or a record number's "
                "prefix ending in a symbol, like RC-); staff cannot remove them."
            ),
            "organisationNames": text_list(
                "Names watched for everyone; staff cannot remove them. They stay on the device."
            ),
            "postAnyway": {
                "type": "string",
                "enum": list(POST_ANYWAY_MODES),
                "description": "How Post anyway works when something serious was found: direct "
                "(as usual), tick (after ticking I have checked this) or reason (after typing a "
                "short reason, kept on the device).",
            },
            "hidePause": {"type": "boolean", "description": "Hide Pause for an hour."},
        },
    }


def match_patterns(site: str) -> list[str]:
    """The pages of one site, as manifest match patterns."""
    return [f"https://{host}/*" for host in HOSTS[site]]


def content_scripts(flavour: Flavour = RELEASE) -> list[str]:
    """The content scripts in load order, with every site's adapter in turn: main.js picks the
    one whose hosts the page is on (TBYP.sites.forHost). One list for all the sites' pages, not
    one per site: Chromium keeps the text of every script of every entry in the browser process
    as long as it runs (measured, bench.engine_cost's idle row: three entries of the same 190 KB
    of scripts cost 0.3-0.4 MiB more written pages there than one). The adapters are 1-2 KB each."""
    scripts: list[str] = []
    for script in CONTENT_SCRIPTS:
        sites = HOSTS if "{site}" in script else ("",)
        scripts += [script.format(site=site) for site in sites]
    return scripts


def practice_page_scripts(flavour: Flavour = RELEASE) -> list[str]:
    """The content scripts as the practice page loads them: the same list, each adapter limited
    to its own practice composer (content/main.js)."""
    return content_scripts(flavour)


def manifest(browser: str, flavour: Flavour = RELEASE) -> dict[str, object]:
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
        "host_permissions": [pattern for site in HOSTS for pattern in match_patterns(site)],
        "content_security_policy": {"extension_pages": EXTENSION_PAGES_CSP},
        "options_ui": {"page": "options/options.html", "open_in_tab": True},
        "action": {"default_popup": "popup/popup.html", "default_title": "__MSG_extName__"},
        "commands": {
            OPEN_PANEL_COMMAND: {
                "suggested_key": {"default": OPEN_PANEL_KEY},
                "description": "__MSG_commandOpenPanel__",
            }
        },
        "content_scripts": [
            {
                "matches": [pattern for site in HOSTS for pattern in match_patterns(site)],
                "js": content_scripts(flavour),
                "run_at": "document_start",
            }
        ],
    }
    if browser == "chrome":
        data["permissions"] = ["storage", "offscreen"]
        data["storage"] = {"managed_schema": MANAGED_SCHEMA}
        data["background"] = {"service_worker": "background/background.js"}
        data["minimum_chrome_version"] = "116"
    else:
        data["background"] = {"scripts": list(FIREFOX_BACKGROUND)}
        data["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                "strict_min_version": "142.0",
                "data_collection_permissions": {"required": ["none"]},
            }
        }
    return data
