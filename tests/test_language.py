"""Drafts in other languages get the identifiers pack and the user's own lists only, and say so;
English drafts, with a few Welsh or foreign words in them or not, get every pack."""

from __future__ import annotations

import json

import pytest

from core import check
from core.bridge import handle
from core.draft import Draft
from core.engine import check_draft
from core.language import reads_as_english
from core.registry import PACKS, default_packs

# Care messages as they are written in each language, each with something the conduct packs would
# otherwise read (a word that is English slang or a pet name, a medicine and a dose) and some
# with an identifier, which must still be found.
OTHER_LANGUAGE = {
    "welsh": (
        "Bore da pawb, dw i'n gweithio shifft hwyr heddiw ond mae'r car wedi torri. Oes rhywun yn "
        "gallu rhoi lifft i mi i'r cartref? Diolch yn fawr iawn",
        "Mae Mrs Jones yn yr ysbyty ers ddoe, rhif GIG 943 476 5919, mae ei merch wedi ffonio.",
        "Helo pawb, oes unrhyw un yn gwybod pryd mae'r hyfforddiant codi a chario nesaf? Dw i "
        "angen ei wneud cyn diwedd y mis.",
    ),
    "polish": (
        "Dziewczyny, czy ktoś może jutro wziąć moją zmianę rano? Mój syn jest chory i nie mogę "
        "przyjść. Bardzo dziękuję!",
        "Pani z pokoju 4 nie chce brać tabletek, może dać jej 2 tabletki wieczorem? Jej numer NHS "
        "943 476 5919.",
        "Jestem już u pana Kowalskiego, wszystko jest dobrze, tylko nie ma mleka w lodówce.",
    ),
    "romanian": (
        "Bună ziua fetelor, cine poate să lucreze pentru mine sâmbătă? Am o problemă cu copilul "
        "și nu pot să vin. Mulțumesc mult!",
        "Doamna de la camera 6 nu vrea să mănânce, ce pot să fac? Am sunat la fiica ei dar nu "
        "răspunde, numărul este 07700 900425.",
    ),
    "spanish": (
        "Hola chicas, alguien puede cambiar el turno del sábado conmigo? Tengo una cita con el "
        "médico por la mañana. Muchas gracias!",
        "La señora de la habitación 3 está muy triste hoy, no quiere comer y pregunta por su hija "
        "todo el tiempo. Qué puedo hacer?",
    ),
}

# English with a greeting, a thank-you or a phrase of another language in it.
ENGLISH_WITH_OTHER_WORDS = (
    "Bore da pawb! Can anyone cover my late shift on Saturday? Diolch x",
    "Diolch yn fawr to everyone who came to the fundraiser, we raised £340 for the hospice.",
    "Mrs Evans only speaks Welsh now, so we learnt 'cwtch' and 'paned' and she loves it.",
    "Dziękuję girls for the flowers, you are the best team. See you on Monday.",
    "My lady say 'mulțumesc' to me every morning, it makes my day. She is so sweet.",
    "Gracias amigos, the training was really helpful and I will use it on my shift tonight.",
    "Hi all, just a reminder que the rota changed, please check before your shift.",
)

SHORT = ("Diolch!", "Dziękuję bardzo", "Hola", "Ok thanks")


@pytest.mark.parametrize(
    "text", [t for texts in OTHER_LANGUAGE.values() for t in texts], ids=lambda t: t[:24]
)
def test_drafts_in_other_languages_are_not_read_as_english(text: str) -> None:
    draft = Draft(text)
    assert not reads_as_english(draft.words, draft.folded)


@pytest.mark.parametrize("text", ENGLISH_WITH_OTHER_WORDS + SHORT, ids=lambda t: t[:24])
def test_english_with_a_few_other_words_is_english(text: str) -> None:
    assert Draft(text).in_english


def test_another_script_is_another_language() -> None:
    assert not Draft("براہ کرم کل صبح کی شفٹ کون لے سکتا ہے؟ میرا بیٹا بیمار ہے").in_english
    assert not Draft("আমি আজ রাতে কাজ করতে পারব না, কেউ কি আমার শিফট নিতে পারবে").in_english


def test_another_language_gets_identifiers_and_custom_only_and_says_so() -> None:
    text = OTHER_LANGUAGE["welsh"][1]
    result = check_draft(text, phrases=["ysbyty"])
    assert {f.pack for f in result.findings} == {"identifiers", "custom"}
    reading = {p.id for p in PACKS if p.reads_english and p.id in default_packs()}
    assert set(result.skipped) == reading
    assert "identifiers" not in result.skipped and "custom" not in result.skipped


def test_conduct_packs_stay_quiet_on_another_language() -> None:
    # "Pani" and "dać jej 2 tabletki" would otherwise be read by English patterns at most by
    # chance; the point is that no pack that reads English runs at all.
    text = OTHER_LANGUAGE["polish"][1]
    findings = check(text)
    assert findings and all(f.pack == "identifiers" for f in findings)


def test_english_drafts_get_every_pack() -> None:
    text = "Bore da pawb! Honestly my manager is useless with rotas. NHS 943 476 5919"
    result = check_draft(text, site="facebook")
    assert result.skipped == ()
    assert {"identifiers", "professional"} <= {f.pack for f in result.findings}


def test_only_the_packs_asked_for_are_said_to_be_skipped() -> None:
    result = check_draft(OTHER_LANGUAGE["spanish"][0], packs=["identifiers", "offensive"])
    assert result.skipped == ("offensive",)
    assert check_draft(OTHER_LANGUAGE["spanish"][0], packs=["identifiers"]).skipped == ()


def test_the_bridge_says_which_packs_were_skipped_and_why() -> None:
    request = {"type": "check", "text": OTHER_LANGUAGE["romanian"][1], "site": "whatsapp"}
    reply = json.loads(handle(json.dumps(request)))
    assert reply["ok"]
    assert reply["skipped"]["reason"] == "language"
    assert "professional" in reply["skipped"]["packs"]
    assert [f["rule"] for f in reply["findings"]] == ["identifiers.phone"]
    english = json.loads(handle(json.dumps({**request, "text": "Can anyone swap Saturday?"})))
    assert "skipped" not in english
