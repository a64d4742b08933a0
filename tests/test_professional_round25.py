"""The professional pack's twenty-fifth round (issue 14): a person supported said to be a thing to
be stored, moved or sold ("residents are just stock", "every client is a revenue unit"), the
employer's incompetence said by the idiom "can't plan a rota to save their lives", and a gossip's
teaser about someone in the writer's care ("guess who got admitted onto our ward last night?");
beside their near-misses. Kept here, beside the rules' own examples, until the scorer is next
retrained (its inputs hash the rules' examples)."""

from __future__ import annotations

import pytest

from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

_REDUCED = (
    "[[Frail residents are just stock to be moved through the beds faster.]]",
    "[[Every client is a revenue unit with a pulse.]]",
    "[[Honestly the lot on the dementia unit are just breathing furniture.]]",
    "[[Our nursing floor is basically a storage unit for bodies.]]",
    "[[Honestly the day centre lot are basically a petting zoo.]]",
    "[[Another shift babysitting grown adults on the dementia unit.]]",
)
# The same things said of things, of the writer, or of what someone else treats them as.
_NOT_REDUCED = (
    "The residents' shop is out of stock of birthday cards again.",
    "The council sees residents as cash cows, and we should say so to our MP.",
    "Our residents are the best part of the job.",
    "Moving the lounge furniture round gave the residents more room for the wheelchairs.",
    "The new sling is just a cost we have to carry this year.",
    "Took the residents to the petting zoo today, they loved the goats.",
)


@pytest.mark.parametrize("example", _REDUCED)
def test_people_supported_said_to_be_things(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_REDUCED)
def test_things_said_of_things_are_not_demeaning(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


_INCOMPETENCE = (
    "[[Management at my place can't plan a rota to save their lives.]]",
    "[[Our new deputy couldn't fill in a MAR chart to save her life.]]",
)
# The writer's own failing, and the words in their plain sense.
_NOT_INCOMPETENCE = (
    "I can't draw to save my life, so the residents did the poster.",
    "The paramedics couldn't do anything to save his life, and our manager stayed with us.",
    "Our manager couldn't get there in time to save his life, and she is heartbroken.",
)


@pytest.mark.parametrize("example", _INCOMPETENCE)
def test_incompetence_said_by_an_idiom(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.running_down", text) == spans


@pytest.mark.parametrize("example", _NOT_INCOMPETENCE)
def test_the_idiom_in_its_plain_sense_is_not_running_down(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.running_down", example) == []


# A gossip's teaser: the reader asked to guess who, and a private matter or someone come into the
# writer's care told in its sentence or the next.
_TEASERS = (
    "[[Guess who got admitted onto our ward last night?]] A newsreader off the local telly.",
    "[[You'll never guess who came in for her methadone today, only the lollipop lady.]]",
    "[[Guess which singer's dad is in room 8 now?]] Can't say, but he's got dementia.",
    "[[Guess who tried to end it again last night.]] Same lad, same bridge.",
)
# News of anyone else, the writer as the answer, their own family, a teaser denied.
_NOT_TEASERS = (
    "Guess which footballer opened our new garden today? The residents were made up.",
    "Guess who's on the late shift all week again? Me. At least the unit has a new sensory room.",
    "Guess who's retiring? Gerry from the pub, after 30 years. All the ward are going.",
    "Guess who's pregnant again? My sister! Auntie duties incoming.",
    "Let's not guess which home is under investigation, it's not fair to anyone.",
)


@pytest.mark.parametrize("example", _TEASERS)
def test_gossip_teasers_about_someone_in_care(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _NOT_TEASERS)
def test_teasers_about_other_news_are_not_confidential(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []


# A secret kept from the family of a person supported, "still" or "even" between ("her husband
# still doesn't know"); not what someone does not know how to do.
_KEPT_FROM_FAMILY = (
    "[[The lady I support had two terminations before she married and her husband still "
    "doesn't know.]]",
    "[[One of my gents has been gambling his pension and his son still doesn't know.]]",
)
_NOT_KEPT = (
    "The lady I support says her husband still doesn't know how to work the remote.",
    "My mum had two abortions before she met Dad, and my brother still doesn't know.",
)


@pytest.mark.parametrize("example", _KEPT_FROM_FAMILY)
def test_secret_kept_still_from_the_family(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _NOT_KEPT)
def test_what_someone_cannot_do_is_not_a_secret(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []
