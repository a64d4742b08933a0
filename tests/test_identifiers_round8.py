"""Kinds of identifier of the eighth round, each beside a near-miss that must stay clean: a phone
given after "she's on", the writer's own number after "I'm on", a numbered row of cottages, an
H&C number with no cue in a draft about care."""

from __future__ import annotations

import core


def _found(text: str, rule: str, site: str | None = "whatsapp") -> list[str]:
    return [f.match for f in core.check(text, packs=["identifiers"], site=site) if f.rule == rule]


def test_a_mobile_after_she_is_on_is_hers_even_beside_the_office() -> None:
    text = "ring her back she rang the office upset, shes on 07700 900 579"
    assert _found(text, "identifiers.phone") == ["07700 900 579"]
    # An office's landline, with the person who runs the session named after it.
    office = (
        "Any problems ring the office on 0117 496 0860 and ask for Marguerite, she's running it."
    )
    assert _found(office, "identifiers.phone") == []


def test_the_writers_own_number_after_i_am_on_to_swap_a_shift() -> None:
    text = "If anyone wants to swap Sunday I'm on 07700 900 561, text don't ring"
    assert _found(text, "identifiers.phone") == []
    relative = "Anyone swap Sunday? His son is on 07700 900 561"
    assert _found(relative, "identifiers.phone") == ["07700 900 561"]


def test_a_numbered_row_of_cottages_is_a_home() -> None:
    assert _found(
        "new address for her is 3 Moorside Cottages, Oxenhope", "identifiers.address"
    ) == ["3 Moorside Cottages"]
    assert _found("He lives at 2 Tan y Bryn Cottages now", "identifiers.address") == [
        "2 Tan y Bryn Cottages"
    ]
    # A centre on a road with no house number is a venue's.
    venue = "Coffee morning at Moorside Community Centre, Moorside Road, all welcome"
    assert _found(venue, "identifiers.address") == []


def test_an_hc_number_with_no_cue_in_a_draft_about_care() -> None:
    text = "Please note Mr Quist (35229 14171) is back today, new meds in the blister pack"
    assert _found(text, "identifiers.hc_number") == ["35229 14171"]
    order = "Supplier invoice 35229 14171 for the gloves is still unpaid"
    assert _found(order, "identifiers.hc_number") == []
