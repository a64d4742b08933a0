"""Think Before You Post: the pure-Python checking core.

``check(text, packs=None, site=None)`` returns the findings for a draft (``Finding``; its
``to_dict`` is the format the browser receives). Pure: no I/O, safe to call from many threads.
"""

from .engine import check
from .model import Finding, Rule, Severity
from .registry import PACK_IDS, PACKS, UnknownPack

__all__ = ["PACKS", "PACK_IDS", "Finding", "Rule", "Severity", "UnknownPack", "check"]
__version__ = "0.1.0"
