"""The sites the extension works on: the one list, kept here and nowhere else.

Each site has an id (what a check's ``site`` and a rule's ``severity_by_site`` name, and the name
of its adapter, ``extension/content/sites/<id>.js``) and the host names of its pages. The build
generates every other place from this table: the manifests' content scripts and host permissions,
and the extension's own list (``shared/sites.js``: the settings' defaults, the options page, the
popup and each adapter's hosts). Adding a host is one line here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

HOSTS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        # Messenger also has its own address, www.messenger.com.
        "facebook": ("www.facebook.com", "web.facebook.com", "www.messenger.com"),
        "linkedin": ("www.linkedin.com",),
        "whatsapp": ("web.whatsapp.com",),
    }
)
SITES: Final[tuple[str, ...]] = tuple(HOSTS)
