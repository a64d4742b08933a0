"""The professional pack's tenth round (issue 14): what a draft tells about one person supported
when no word of confidence is said; a live matter told by its details; the employer's plans
passed on with a request of the writer's own to keep them quiet; and their near-misses. Kept here,
beside the rules' own examples, until the scorer is next retrained (its inputs hash the rules'
examples)."""

from __future__ import annotations

import pytest

import core
from core.learned.scorer import rules_alone
from core.model import Severity
from tests.examples import professional_found, unmark

# A private matter of one person supported: the law, a grave diagnosis, a secret of the family,
# how a death came, each beside who it is about.
_PRIVATE = (
    "[[The gent on the ground floor was arrested at the shops on Saturday.]] Such a shame.",
    "[[My Thursday lady's grandson has been sectioned again, the ambulance was there for hours.]]",
    "[[One of my clients has got cancer and the family don't know yet.]]",
    "[[A woman in her nineties on our unit told me she had a baby adopted in 1950.]]",
    "[[The fella in flat 9 did six years for burglary, his nephew let it slip.]]",
    "[[Ma client's sons are fighting over the house already and she's not even gone.]]",
    "[[A gentleman on my caseload was found dead in his chair on Monday.]] Heartbroken.",
)
_NOT_PRIVATE = (
    # Told of the writer's own family, or of anyone in general, or with the person's consent.
    "My mum was diagnosed with cancer on Friday and I'm all over the place.",
    "If a resident tells you about their past, listen and don't pass it on.",
    "With her permission: the lady I support told me about adopting her son in 1961.",
    # A description, not news; a grief post that tells nothing of the person.
    "My gentleman with MND typed me a thank-you note on his eye-gaze today.",
    "Lost one of my favourite ladies this week, she always saved me a biscuit.",
    # Fondness for the residents all together.
    "Twelve years here and the residents are my second family.",
)


@pytest.mark.parametrize("example", _PRIVATE)
def test_a_private_matter_of_a_person_supported_is_a_confidence(example: str) -> None:
    # The rule's own reading, and with the scorer a warning at least on the same words: where
    # the scorer reads the same sentence as a live safeguarding matter (the twentieth round's
    # weights do so of the sons fighting over the house), the engine keeps the more severe of
    # two findings that cover exactly the same text.
    text, marked = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == marked
    warned = [
        (f.start, f.end)
        for f in core.check(text, packs=["professional"], site="facebook")
        if f.severity.rank >= Severity.WARNING.rank
    ]
    assert all(span in warned for span in marked), warned


@pytest.mark.parametrize("example", _NOT_PRIVATE)
def test_family_general_consented_and_fond_talk_is_not(example: str) -> None:
    assert professional_found("professional.confidential", example) == []


# A private matter warns in a WhatsApp chat as anywhere (the seventeenth round): a handover does
# not need it, and the fresh batches label it there too. The rule itself warns on both sites; with
# the learned scorer the arrest reads as a safeguarding matter instead, which is more serious.
def test_a_private_matter_in_a_whatsapp_chat_warns_as_elsewhere() -> None:
    text = "The lady in flat 9 was arrested for shoplifting last week."
    for site in ("whatsapp", "facebook"):
        with rules_alone():
            found = [
                f.severity
                for f in core.check(text, packs=["professional"], site=site)
                if f.rule == "professional.confidential"
            ]
        assert found == [Severity.WARNING]
        with_scorer = core.check(text, packs=["professional"], site=site)
        assert any(f.severity.rank >= Severity.WARNING.rank for f in with_scorer)


def test_a_confidence_taken_in_general_is_not_one_shared() -> None:
    text = "When someone tells you something in confidence, it goes to your manager, not here."
    assert professional_found("professional.confidential", text) == []


# The employer's plans, with a request of the writer's own to keep them in the group.
_PLANS_HUSHED = (
    "[[Don't go spreading this, but the day unit is being sold in the spring.]]",
    "[[Lips sealed please, the agency are losing the council contract in June.]]",
    "[[Say nowt yet but they're cutting everyone's hours after Christmas.]]",
    "[[The respite unit will not reopen, and families will be told after the new year.]]",
)
_PLANS_OPEN = (
    "The day unit was sold in the spring and the new owners have kept all the staff.",
    "Our union says the council contract ends in June, there's a meeting on Tuesday.",
    "Don't forget the rota changes after Christmas, it's on the board.",
)


@pytest.mark.parametrize("example", _PLANS_HUSHED)
def test_plans_passed_on_with_a_request_to_keep_them_quiet(example: str) -> None:
    text, marked = unmark(example)
    assert professional_found("professional.confidential", text) == marked


@pytest.mark.parametrize("example", _PLANS_OPEN)
def test_plans_already_announced_or_reminders_are_not(example: str) -> None:
    assert professional_found("professional.confidential", example) == []


# A live safeguarding matter told by its details, without the word.
_LIVE_MATTER = (
    "[[The lady I sit with, her lodger collects her pension and she has nothing left by Monday.]]",
    "[[My client's stepson locks him in his room when he goes out.]]",
    "[[The gent I visit on Fridays, his nephew got him to sign the bungalow over.]]",
    "[[The man I support has older men round every night and his bank account is emptied.]]",
)
_NOT_LIVE_MATTER = (
    "If you ever see marks you can't explain, body map them and tell your senior the same day.",
    "I reported a worry about a client to the duty team today, no details on here obviously.",
    "I took my lady to the bank to get her pension out, then we had a coffee.",
)


@pytest.mark.parametrize("example", _LIVE_MATTER)
def test_a_live_matter_told_by_its_details(example: str) -> None:
    text, marked = unmark(example)
    assert professional_found("professional.safeguarding_matter", text) == marked


@pytest.mark.parametrize("example", _NOT_LIVE_MATTER)
def test_advice_in_general_and_an_ordinary_errand_are_not(example: str) -> None:
    assert professional_found("professional.safeguarding_matter", example) == []


def test_the_residents_as_a_second_family_is_not_a_boundary() -> None:
    assert (
        professional_found(
            "professional.boundaries", "Honestly the residents are my second family."
        )
        == []
    )
    # One person, and the worker's home: still a boundary.
    text = "Lovely Sunday, my client came round to my house for dinner with my family."
    assert professional_found("professional.boundaries", text) == [(0, len(text))]


# Boundaries, belittling and running down said in the writer's own words, beside near-misses.
_ROUND_10 = {
    "professional.boundaries": (
        (
            "[[A gift of her gold watch from one of my ladies, I couldn't say no.]]",
            "[[One of the lads I've supported for years is now my lodger.]]",
            "[[The family of a gent I visit paid for my driving lessons as a thank you.]]",
        ),
        (
            "A gift of her gold watch from one of my ladies. I said no and told the office.",
            "The residents on my floor are my second family, honestly.",
            "My client's family asked me to babysit their grandchildren. I said I can't.",
        ),
    ),
    "professional.demeaning": (
        (
            "[[Right, off to muck out the residents on the top floor.]]",
            "[[Honestly half our lot are dead wood, they just sit and wait for tea.]]",
            "[[Got my four oldies fed and watered and parked by the telly.]]",
        ),
        (
            "The residents planted a new tree where the dead wood was cleared.",
            "Our ladies baked scones and fed the ducks at the park.",
        ),
    ),
    "professional.running_down": (
        (
            "[[Our regional manager has the charm of a traffic warden.]]",
            "[[Our directors only care about occupancy and the press.]]",
        ),
        (
            "Our regional manager asked us about occupancy in supervision, fair enough.",
            "The charm of a seaside town in winter, lovely trip with the residents.",
        ),
    ),
}


@pytest.mark.parametrize(
    ("rule", "example"), [(rule, e) for rule, (found, _) in _ROUND_10.items() for e in found]
)
def test_the_tenth_rounds_kinds_are_found_exactly(rule: str, example: str) -> None:
    text, marked = unmark(example)
    assert professional_found(rule, text) == marked


@pytest.mark.parametrize(
    ("rule", "example"), [(rule, e) for rule, (_, clean) in _ROUND_10.items() for e in clean]
)
def test_the_tenth_rounds_near_misses_stay_clean(rule: str, example: str) -> None:
    assert professional_found(rule, example) == []


# The nineteenth round: kinds said without the pack's cue words. A private matter told by the
# event (a hip broken, a leg off, an attempt on a life, a year clean from heroin); time together
# over coffee or living with the writer; a label placed ("the weepy one ... again"); a person
# supported crowned ("has decided he's royalty"); idleness said of colleagues; sarcasm about pay or
# hours with no employer named. Beside each, its near-miss.
_ROUND_19 = {
    "professional.confidential": (
        (
            "[[The gent I support broke his hip on Sunday and is in the Royal now.]]",
            "[[The lady on my Tuesday calls had her leg off in March.]]",
            "[[The lad I keywork tried to end it again last night.]]",
            "[[Proud of the lad I mentor, a year clean from heroin this week.]]",
        ),
        (
            "My dad broke his hip on Sunday and is in the Royal now.",
            "One of the fellas at the day centre is six months clean today.",
        ),
    ),
    "professional.boundaries": (
        (
            "[[Had coffee with the lady from my calls on Saturday, she's lovely.]]",
            "[[One of the young people from my caseload now lives with me at weekends.]]",
            "[[Added one of my clients on Facebook, she kept asking, what's the harm.]]",
        ),
        (
            "Had coffee with my sister on Saturday, she's lovely.",
            "A client keeps asking to add me on Facebook, what's the best way to say no?",
        ),
    ),
    "professional.demeaning": (
        (
            "[[Got the weepy one in room 4 again today.]]",
            "[[Bed 9 has decided he's royalty today.]]",
        ),
        (
            "Watched a weepy one on telly last night with the residents.",
            "The residents watched the coronation and decided the King looked tired.",
        ),
    ),
    "professional.running_down": (
        (
            "[[Nothing says we value you like a voucher after working Christmas.]]",
            "[[Love how our manager books training on our day off.]] Genius.",
            "[[wish some ppl on my shift would actually do some work instead of hiding in the staff"
            " room on their phones]]",
        ),
        (
            "Nothing says Christmas like the residents' carol concert.",
            "Our activities lady is a genius, she got every resident dancing.",
            "Some people on my shift have worked here twenty years and still do the work of two.",
        ),
    ),
}


@pytest.mark.parametrize(
    ("rule", "example"), [(rule, e) for rule, (found, _) in _ROUND_19.items() for e in found]
)
def test_the_nineteenth_rounds_kinds_are_found_exactly(rule: str, example: str) -> None:
    text, marked = unmark(example)
    with rules_alone():
        assert professional_found(rule, text) == marked


@pytest.mark.parametrize(
    ("rule", "example"), [(rule, e) for rule, (_, clean) in _ROUND_19.items() for e in clean]
)
def test_the_nineteenth_rounds_near_misses_stay_clean(rule: str, example: str) -> None:
    assert professional_found(rule, example) == []


# Near-misses the nineteenth round let off: a Jehovah's Witness is not a witness to a will; the
# office's number given instead of the writer's own is a boundary kept; a thing in a place
# ("parking at the Queen Elizabeth") is complained of, not the place as an employer.
_ROUND_19_LET_OFF = (
    (
        "professional.boundaries",
        "[[My client asked me to witness his will and I did.]]",
        "We have a Jehovah's Witness resident who's said she won't accept blood.",
    ),
    (
        "professional.boundaries",
        "[[Clients keep asking to come round to my house, so I've had a few over for tea.]]",
        "Clients keep asking for my own mobile number. I always give them the office and the out"
        " of hours one instead.",
    ),
    (
        "professional.running_down",
        "The parking is fine but [[Castlegate Care is a joke]], leave early for training.",
        "Parking at the Queen Elizabeth is a nightmare, leave early for training.",
    ),
)


@pytest.mark.parametrize(("rule", "found", "clean"), _ROUND_19_LET_OFF)
def test_the_nineteenth_rounds_let_off_near_misses(rule: str, found: str, clean: str) -> None:
    text, marked = unmark(found)
    with rules_alone():
        assert professional_found(rule, text) == marked
        assert professional_found(rule, clean) == []
