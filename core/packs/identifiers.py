"""Identifiers: never post a unique identifier of a person you support."""

from __future__ import annotations

import re

from ..matchers import ContextWords, Pattern
from ..model import Rule, Severity, Tip
from ..validators import is_valid_nhs_number

_TIP = Tip.IDENTIFIERS

# Ten digits, either run together or in the 3-3-4 layout the NHS prints, with one kind of separator.
_NHS_LAYOUT = r"(?<![\w+/.-])(?P<id>\d{3}(?P<sep>[ \-]?)\d{3}(?P=sep)\d{4})(?![\w/]|[.-]\d)"


def _written_as_nhs_number(m: re.Match[str]) -> bool:
    # The 3-3-4 layout is how NHS numbers are printed; a bare run of ten digits could be anything
    # (an order number, a phone number) and needs the words around it to say it is an NHS number.
    return m.group("sep") != ""


NHS_NUMBER = Rule(
    id="identifiers.nhs_number",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like an NHS number.",
    why=(
        "An NHS number points to one person's health record, and the guide's tip "
        "'Do not post unique identifiers' asks that none reach a group, however private."
    ),
    suggestion="Take the number out, or describe the situation without it.",
    replacement="[NHS number]",
    matcher=Pattern(
        _NHS_LAYOUT,
        validator=lambda m: is_valid_nhs_number(m.group("id")),
        context=ContextWords(("NHS", "NHS no", "NHS number", "patient number", "number"), before=40),
        context_optional=_written_as_nhs_number,
    ),
    flags=(
        "Can anyone help? Her NHS number is [[943 476 5919]] and the GP has no record.",
        "nhs no: [[9434765919]]",
        "Resident's number is [[943-476-5919]], admitted Tuesday.",
        "Ref [[401 023 2137]] for the discharge letter",
        "NHS [[４０１ ０２３ ２１３７]] (typed on a phone keyboard)",
    ),
    passes=(
        "Her NHS number is 943 476 5918 (a digit is wrong, so it fails the check).",
        "Order 9434765919 arrives on Friday.",
        "Call 0800 123 4567 for the helpline.",
        "The dummy number 111 111 1111 is used in training.",
        "Ring 020 7946 0958 if you are stuck.",
        "Invoice 943 476 59190 was paid.",
        "Training ran from 09:00 to 17:00 for 120 staff.",
    ),
)

RULES = (NHS_NUMBER,)
