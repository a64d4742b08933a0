"""Kinds of identifier of the ninth round, each beside a near-miss that must stay clean: who a
name belongs to when it is "at" a workplace, one name read as one person through a draft, an
uncommon full name described through a pronoun, a service's premises beside its address, and a
home's address after a date with a comma between."""

from __future__ import annotations

import core


def _found(text: str, rule: str, site: str | None = "whatsapp") -> list[str]:
    return [f.match for f in core.check(text, packs=["identifiers"], site=site) if f.rule == rule]


def test_a_doctor_at_a_medical_centre_works_there() -> None:
    thanks = "So grateful to Dr Anand at Highfield Medical Centre. He listened to us about Mum."
    assert _found(thanks, "identifiers.name", "facebook") == []
    # "at" a room or a flat still puts a person supported there.
    assert _found("Dr Hughes at Flat 4 has had a fall.", "identifiers.name") == ["Dr Hughes"]


def test_a_first_name_given_to_a_colleague_elsewhere_in_the_draft_is_theirs() -> None:
    welcome = (
        "Delighted to welcome Ptolemy Vance as our new Registered Manager. Ptolemy brings "
        "fifteen years of experience in dementia care."
    )
    assert _found(welcome, "identifiers.name", "linkedin") == []
    # A relative thanked is not the person: the person named is still read.
    daughter = "Can someone pop in on Doreen later? Thanks to Doreen's daughter for the flowers."
    assert _found(daughter, "identifiers.name") == ["Doreen"]


def test_an_uncommon_full_name_described_after_it() -> None:
    text = "right so I mean Zebedee Fairweather-Mbah, he was sat in the dark again, had his soup"
    assert _found(text, "identifiers.name") == ["Zebedee Fairweather-Mbah"]
    # What someone dances to is a singer, whoever the pronoun after it is.
    music = "Got a video of her dancing to Tom Jones in her nightie, will send it later"
    assert _found(music, "identifiers.name") == []


def test_a_hospitals_address_is_a_services() -> None:
    clinic = "Outpatients moved to St Oswald's Hospital, 4 Beckett Street, Leeds LS9 7TF"
    assert _found(clinic, "identifiers.address") == []
    assert _found(clinic, "identifiers.postcode") == []
    home = "She was discharged from hospital to 12 Mill Lane, LS9 7TF yesterday"
    assert _found(home, "identifiers.address") == ["12 Mill Lane"]
    assert _found(home, "identifiers.postcode") == ["LS9 7TF"]


def test_a_home_after_a_date_of_birth_and_a_comma() -> None:
    text = (
        "Please for the hospital transport: pan Zbigniew, born 22 Aug 1943, lives The Willows, "
        "Station Road, pick up 9.30."
    )
    assert _found(text, "identifiers.address") == ["The Willows, Station Road"]


def test_our_and_a_name_with_news_of_work_is_a_colleague() -> None:
    sick = "Our Kieran's off sick, I'm covering his Wednesday if anyone needs a swap back"
    assert _found(sick, "identifiers.name") == []
    leaving = "our Priya is leaving us after 12 years. Cake in the office at 3"
    assert _found(leaving, "identifiers.name") == []
    # A room or a bungalow after the name says who it is, whatever else the draft says.
    gwen = "Our Gwen in the bungalow beat the whole staff team at bowls today."
    assert _found(gwen, "identifiers.name", "facebook") == ["Our Gwen"]


def test_the_writers_email_in_a_signature_in_a_draft_about_no_one() -> None:
    signature = "Kind regards,\nTamsin Reid\nRegistered Manager\ntamsin.reid@example.co.uk"
    assert _found(signature, "identifiers.email", "linkedin") == []
    # Offered in the body, or beside a person named, an address is still read.
    offered = "Email me at tamsin.reid@example.co.uk and I'll send you the template."
    assert _found(offered, "identifiers.email") == ["tamsin.reid@example.co.uk"]
    named = "Doreen fell again last night.\nKind regards,\nTamsin\ntamsin.reid@example.co.uk"
    assert _found(named, "identifiers.email") == ["tamsin.reid@example.co.uk"]
