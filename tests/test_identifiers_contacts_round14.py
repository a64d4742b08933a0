"""The fourteenth round of contacts: a venue's, an office's and a colleague's contacts, and a role
mailbox, are no one's identifiers; each beside a home's or a relative's contact that must still be
found."""

from __future__ import annotations

import pytest

from core import check
from core.model import Severity


def _found(text: str, rule: str, site: str | None = "whatsapp") -> dict[str, Severity]:
    return {
        text[f.start : f.end]: f.severity
        for f in check(text, packs=["identifiers"], site=site)
        if f.rule == rule
    }


LEFT_ALONE = [
    # Role mailboxes: no given name, a role word in the name.
    ("Repeats go to repeats.thornbury@example.nhs.uk from Monday.", "identifiers.email"),
    ("I emailed partners.oakhill@example.nhs.uk two weeks ago, nothing back.", "identifiers.email"),
    ("Please send anything about reviews to reviews@example.co.uk, thanks", "identifiers.email"),
    # A colleague's or a professional's address at their organisation, given with their role.
    (
        "New OT for the north team is Halina Wrobel, halina.wrobel@example.nhs.uk, she covers "
        "Darwen.",
        "identifiers.email",
    ),
    (
        "Rhys from HR wants a call back, his email is rhys.m@brookcareservices.co.uk",
        "identifiers.email",
    ),
    # A role before a title is not a street ("lead, Dr" is no "Lead Dr").
    (
        "Please contact our partnerships lead, Dr Amir Baig, on 0151 496 0682.",
        "identifiers.phone",
    ),
]


@pytest.mark.parametrize(("text", "rule"), LEFT_ALONE)
def test_venues_offices_and_colleagues_left_alone(text: str, rule: str) -> None:
    assert _found(text, rule) == {}


STILL_WARNED = [
    # A relative's address at a work domain, and webmail beside a role word.
    (
        "Her son works for the trust, his email is d.okoro@example.nhs.uk for the review.",
        "identifiers.email",
        "d.okoro@example.nhs.uk",
    ),
    (
        "The team need her daughter's email for the invoices: kezia.b@gmail.com",
        "identifiers.email",
        "kezia.b@gmail.com",
    ),
    (
        "Client's nephew is the contact, jamal.p@brookcareservices.co.uk, he works there.",
        "identifiers.email",
        "jamal.p@brookcareservices.co.uk",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_homes_and_relatives_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS
