"""The offensive pack sees through disguises, reports exactly what was typed, and leaves innocent
words, neutral mentions of groups, negations and complaints about things alone."""

from __future__ import annotations

import pytest

from core import check
from core.learned.scorer import rules_alone
from core.model import Severity
from core.obfuscation import GlueWords, reveal
from tests.test_regex_linear import MAX_GROWTH, growth


def found(text: str) -> list[tuple[str, str]]:
    """(rule, matched text) for each offensive finding."""
    return [(f.rule, f.match) for f in check(text, packs=["offensive"])]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("f u c k this", "f u c k"),
        ("f.u.c.k this", "f.u.c.k"),
        ("f-u-c-k this", "f-u-c-k"),
        ("sh1t happens", "sh1t"),
        ("$hit happens", "$hit"),
        ("what a b@stard", "b@stard"),
        ("what the f*ck", "f*ck"),
        ("what the f**k", "f**k"),
        ("what the fuuuuck", "fuuuuck"),
        ("oh shiiiit", "shiiiit"),
        ("a fcuk up", "fcuk"),
        ("a fuk up", "fuk"),
        ("oh shti", "shti"),
        ("ｆｕｃｋ this", "ｆｕｃｋ"),
        ("fu\u200bck this", "fu\u200bck"),
        ("ѕhit happens", "ѕhit"),
        ("you fuckingidiot", "fucking"),
        ("FUCK this", "FUCK"),
        # The first letter and a star for each other letter.
        ("F*** this job", "F***"),
        ("s*** happens", "s***"),
    ],
)
def test_disguised_profanity_is_found_with_its_exact_span(text: str, match: str) -> None:
    assert ("offensive.profanity", match) in found(text)


def test_spans_are_utf16_offsets_into_the_original() -> None:
    text = "😀 f u c k"
    # (The learned scorer may read the whole sentence, the emoji too, as an insult beside it.)
    (finding,) = [f for f in check(text, packs=["offensive"]) if f.rule == "offensive.profanity"]
    assert (finding.start, finding.end) == (3, 10)
    assert finding.match == "f u c k"


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        ("You are nothing but a b i t c h.", "offensive.slur", "b i t c h"),
        ("Typical bitchbehaviour.", "offensive.slur", "bitch"),
        ("They are just a bunch of n1ggers.", "offensive.slur", "n1ggers"),
        ("I h a t e women.", "offensive.derogatory_group", "I h a t e women"),
        ("Ihate women", "offensive.derogatory_group", "Ihate women"),
        ("Women are s c u m.", "offensive.dehumanising", "Women are s c u m"),
        ("W0men are the absolute worst.", "offensive.derogatory_group",
         "W0men are the absolute worst"),
        ("Womn are scum.", "offensive.dehumanising", "Womn are scum"),
        ("I haet gay people.", "offensive.derogatory_group", "I haet gay people"),
        ("D3ath to all immigrants.", "offensive.threat", "D3ath to all immigrants"),
        ("I am going to shoot the next w o m a n I see.", "offensive.threat",
         "I am going to shoot the next w o m a n"),
        ("I m m i g r a n t s are disgusting.", "offensive.derogatory_group",
         "I m m i g r a n t s are disgusting"),
    ],
)  # fmt: skip
def test_disguised_hate_is_found_with_its_exact_span(text: str, rule: str, match: str) -> None:
    assert (rule, match) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe and Penistone are on the route.",
        "We had a cocktail after the shift.",
        "Dick Whittington is the panto this year.",
        "The analysis will assess each class in Sussex.",
        "We walked along a dyke by the beach.",
        "What a hell of a day.",
        "She needs a finger prick test twice a day.",
        "Pass the assessment by the 3rd; I'm 45 and fine.",
        "I'm a gay man.",
        "We support Muslim families.",
        "Black people deserve better care.",
        "I don't hate gay people.",
        "I hate this stupid printer.",
        "I really am just going to murder that beat.",
        "Disabled residents deserve a say in their care plan.",
        "The trans support group meets on Tuesdays.",
        "Her death last week hit the whole team hard.",
        "It was the worst shift I've had; the staff were brilliant though.",
        "Transport to the day centre is late again.",
        "We are killing it with the new rota!",
        "Shoot me an email when you are free.",
    ],
)
def test_innocent_text_stays_clean(text: str) -> None:
    assert found(text) == []


def test_abuse_of_objects_is_not_an_insult_but_swearing_still_is() -> None:
    assert found("Fuck all overpriced designer brands.") == [("offensive.profanity", "Fuck")]


def test_reveal_maps_every_disguise_back_to_the_source() -> None:
    glue = GlueWords(heads={"women"}, tails={"hate"}, words={"i", "disgust"})
    text = "I h a t e it, sh1t, fuuuck, womendisgust"
    view = reveal(text, glue)
    assert view.text == "i hate it, shit, fuck, women disgust"
    for word, typed in [("hate", "h a t e"), ("shit", "sh1t"), ("fuck", "fuuuck")]:
        start = view.text.index(word)
        s, e = view.to_source(start, start + len(word))
        assert text[s:e] == typed
    start = view.text.index("disgust")
    s, e = view.to_source(start, start + len("disgust"))
    assert text[s:e] == "disgust"


def test_reveal_leaves_plain_text_alone() -> None:
    view = reveal("Nothing to see here, 10:30 on the 3rd!")
    assert view.text == "nothing to see here, 10:30 on the 3rd!"
    assert view.origin is None


@pytest.mark.parametrize(
    ("unit", "tail"),
    [
        ("a ", ""),
        ("a", ""),
        ("x1", ""),
        ("I hate ", ""),
        ("women are ", "scum"),
        ("f.u.", ""),
    ],
    ids=["spaced letters", "one long word", "long leet token", "repeated trigger", "long clause",
         "dotted letters"],
)  # fmt: skip
def test_odd_long_input_is_checked_in_linear_time(unit: str, tail: str) -> None:
    """Judged by growth, as tests/test_regex_linear.py judges every rule: the pack's time at four
    times the length is about four times as long (a quadratic reading would be sixteen)."""

    def run(length: int) -> None:
        check(unit * (length // len(unit)) + tail, packs=["offensive"])

    assert growth(run, 10_000) <= MAX_GROWTH


def _texts_for_shape_gates() -> list[str]:
    """Every draft at hand with offensive statements in it: the rules' examples, the hostile
    corpus, the tuning batch of fresh drafts and the HateCheck development cases."""
    import csv
    import json
    from pathlib import Path

    from core.packs.offensive import RULES
    from tests.examples import unmark

    root = Path(__file__).resolve().parents[1]
    texts = [unmark(example)[0] for rule in RULES for example in (*rule.flags, *rule.passes)]
    for path in (root / "tests/corpus/hostile.jsonl", root / "bench/fresh/batch1.jsonl"):
        if path.exists():  # the benches are not copied into Pyodide
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines()]
    cases = root.parent / "shared" / "data" / "hatecheck" / "dev_cases.csv"
    if cases.exists():
        with cases.open(newline="", encoding="utf-8") as f:
            texts += [row["test_case"] for row in csv.DictReader(f)]
    return texts


def test_a_shape_skipped_for_lacking_a_gate_word_could_not_have_matched() -> None:
    """Shape.also lets the reader skip a shape when a sentence lacks a word every match holds:
    on every sentence at hand, a shape that matches has its gate words."""
    from core.draft import Draft
    from core.packs.offensive.forms import GLUE, is_people_noun, known
    from core.packs.offensive.grammar import SHAPES
    from core.packs.offensive.reader import (
        LETTER_RUN,
        SENTENCE,
        _contempt_line,
        _marked_line,
        read_words,
    )

    gated_matches = 0
    for text in _texts_for_shape_gates():
        view = Draft(text).revealed(GLUE, known)
        for m in SENTENCE.finditer(view.text):
            forms = read_words(view, *m.span()).forms
            tagged = [f + "_p" if is_people_noun(f) else f for f in forms]
            line = " ".join(tagged)
            # The lines the reader scans: with group words marked, and contempt words too.
            marked = _marked_line(forms, tagged, line)
            lines = {(False, False): line, (True, False): marked}
            lines[(True, True)] = lines[(False, True)] = _contempt_line(forms, marked)
            letter_runs = set(LETTER_RUN.findall(" ".join(forms)))
            for index, shape in enumerate(SHAPES):
                read = lines[(shape.marked, shape.contempt)]
                if shape.also and shape.regex.search(read):
                    gated_matches += 1
                    assert shape.may_match(letter_runs), (index, line)
    assert gated_matches > 100  # the gates were tried on real matches


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        ("Our Brenda on reception is a proper midget.", "offensive.slur", "midget"),
        ("You are a fag.", "offensive.slur", "fag"),
        ("Too many chinks in this town.", "offensive.slur", "chinks"),
        ("She's a right slapper.", "offensive.slur", "slapper"),
        ("Get that shirt lifter off my shift.", "offensive.slur", "shirt lifter"),
        (
            "The indian lads on nights all smell, every one of them.",
            "offensive.derogatory_group",
            "indian lads on nights all smell",
        ),
        ("Them Filipinos gabble all shift.", "offensive.derogatory_group", "Filipinos gabble"),
        ("Gay men are predators.", "offensive.derogatory_group", "Gay men are predators"),
        ("I think carers are lazy.", "offensive.insult", "I think carers are lazy"),
    ],
)
def test_slurs_and_group_charges_of_new_kinds_are_found(text: str, rule: str, match: str) -> None:
    assert (rule, match) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Homonyms: a cat, a charity's old name, someone's own cigarettes, gaps, a verb, sweets,
        # and "the morn" (tomorrow in the North East), a slip of no insult.
        "Dad's Maine Coon has moved into the home with him.",
        "She volunteered for the Spastics Society in the 70s.",
        "Had me fag and now I'm back on the floor.",
        "He asked to borrow money for his fags till pension day.",
        "The chinks in the window frame in bay 3 let the draught in.",
        "I'm not going to slag off my employer on here.",
        "Bingo prizes: midget gems and a tin of Quality Street.",
        "Midges everywhere at the loch today.",
        "He was a sapper in the Royal Engineers.",
        "Gan canny on the roads the morn.",
        # Statements denied or condemned before they are made.
        "Nobody here is saying carers are lazy.",
        "Nobody here thinks our residents are a burden.",
        "Ah'm no sayin she's lazy, she's been on her own since six.",
        "It is wrong to say disabled people are a burden.",
        # Reported in quotation marks: the words are someone else's.
        'A carer told my mum "you\'re a burden on the system, love". I have written it down.',
        'I said to the nurse, "My husband is not a bed blocker, he is a retired fireman." '
        "She apologised.",
        # A charge that is no charge: a lazy agency, not the Polish lads. The scorer retrained in
        # the eighteenth round reads it as contempt for a group, a reminder that "lazy" beside a
        # group word seconds into a warning (the rules alone leave it clean). Known, and strict:
        # it fails once it passes.
        pytest.param(
            "The Polish lads covered for the lazy agency again.",
            marks=pytest.mark.xfail(strict=True, reason="the retrained scorer's false alarm"),
        ),
    ],
)
def test_homonyms_denials_and_reports_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        # A group said to be all alike, to take, or not to be trusted, with no listed slur.
        (
            "The Latvian lads on days are all the same, you can't rely on them.",
            "offensive.derogatory_group",
            "Latvian lads on days are all the same",
        ),
        (
            "International nurses can't be trusted with the controlled drugs.",
            "offensive.derogatory_group",
            "International nurses can't be trusted",
        ),
        (
            "Carers from abroad do not share our values.",
            "offensive.derogatory_group",
            "Carers from abroad do not share our values",
        ),
        ("Travellers just take and take.", "offensive.derogatory_group", "Travellers just take"),
        # People said to have stopped being people.
        (
            "The druggies at the shelter aren't human any more.",
            "offensive.dehumanising",
            "druggies at the shelter aren't human any more",
        ),
        # A visit to someone's door left for the reader to picture.
        ("Tell her she'll be getting a little visit.", "offensive.threat", "she'll be getting"),
        # A group said to be all alike, whoever the group; a group shut out by the writer's rule.
        (
            "The bank night nurses are all the same, asleep by two.",
            "offensive.derogatory_group",
            "nurses are all the same",
        ),
        ("Never employ a Geordie on nights.", "offensive.derogatory_group", "employ a Geordie"),
        (
            "Romanian carers will work for nothing, so nobody gets a rise.",
            "offensive.derogatory_group",
            "will work for nothing",
        ),
        # People as things, with a word for people as the subject; a place of husks.
        (
            "The men in the end lounge are basically ornaments now.",
            "offensive.dehumanising",
            "basically ornaments",
        ),
        ("That unit is a warehouse of husks.", "offensive.dehumanising", "warehouse of husks"),
        # Advice in the target's shoes.
        (
            "If I was the deputy I'd keep an eye on my car.",
            "offensive.threat",
            "keep an eye on my car",
        ),
        # An exclamation that names someone.
        ("Absolute rota goblin, that one.", "offensive.insult", "Absolute rota goblin"),
    ],
)
def test_contempt_and_threats_without_a_listed_word_are_found(
    text: str, rule: str, match: str
) -> None:
    assert any(r == rule and match in m for r, m in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Alike in a kind way, or alike in a plain fact.
        "The Latvian lads on days are all the same, brilliant with the residents.",
        # (The scorer retrained in the twenty-eighth round, which reads a short sentence with the
        # one before it, warns contempt for a group on the plain fact of an age, where the rules
        # alone find nothing. Known, and strict: it fails once it passes.)
        pytest.param(
            "The residents on that floor are all the same age, near enough.",
            marks=pytest.mark.xfail(strict=True, reason="the retrained scorer's false alarm"),
        ),
        # A visit that is a visit; people treated as numbers by someone else. (The scorer
        # retrained after the twenty-second round's second pass read the visit as a veiled
        # threat; the one retrained in the twenty-third leaves it clean again.)
        "She'll be getting a visit from the district nurse on Tuesday.",
        "They aren't people any more to the council, just numbers on a spreadsheet.",
        "Dad is no longer a person who can live alone, sadly.",
        "Our international recruits have lifted our standard of care.",
        # Sameness that is no charge; a hiring rule about a role, not a group; working for
        # nothing as a wrong done to people; a room of things; a name hidden with stars; a grade.
        # (The scorer retrained in the twenty-first round warned an insult on the sameness one,
        # the one retrained in the twenty-second contempt for a group on the hiring rule; the
        # one retrained in the twenty-third leaves both clean, as the rules alone do; the one
        # retrained in the twenty-fourth warns the hiring rule again, and the one retrained in
        # the twenty-fifth contempt for a group on the sameness one too, and the one retrained in
        # the twenty-sixth contempt for a group on working for nothing, where the rules alone
        # find nothing. Known, and strict: each fails once it passes.)
        pytest.param(
            "Our carers are all the same to me, and I'd defend any of them.",
            marks=pytest.mark.xfail(strict=True, reason="the retrained scorer's false alarm"),
        ),
        pytest.param(
            "We never hire a manager without two references.",
            marks=pytest.mark.xfail(strict=True, reason="the retrained scorer's false alarm"),
        ),
        "Polish carers work for nothing because the agency keeps their pay, it's exploitation.",
        "The spare room is full of furniture from the sale.",
        "Mrs T*** in room 4 asked for her glasses.",
        "She got an A** in maths.",
        "If I were you I'd check your car insurance.",
    ],
)
def test_near_misses_of_group_contempt_and_visits_stay_clean(text: str) -> None:
    # No rule finds them. The learned scorer may leave a reminder on one (info: a word underlined
    # while typing, never a pause at Send), but nothing stops the post.
    with rules_alone():
        assert found(text) == []
    assert [f.rule for f in check(text, packs=["offensive"]) if f.severity != Severity.INFO] == []


@pytest.mark.parametrize(
    "text",
    [
        # The writer naming themselves after the word. (The scorers retrained in the eighteenth
        # and nineteenth rounds read the second as an insult, the one retrained in the
        # twenty-first the first; the twentieth's and the twenty-second's leave both clean, and
        # so do the rules alone; the twenty-fourth's reads the second as an insult again, the
        # twenty-fifth's the first and not the second; the twenty-eighth's leaves both clean.)
        "What an idiot I am, I parked in the ambulance bay.",
        "What a clown, me, forgot my own badge again.",
        # A place's name, capitalised, after a word of going or before a street word.
        "We had a trip to Twatt in Orkney on the ferry.",
        "The minibus goes past Cock Lane on the way to the garden centre.",
    ],
)
def test_self_talk_and_place_names_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("What an idiot that new deputy is.", "What an idiot"),
        ("Shut up you Twat.", "Twat"),
        ("Listen to this twat going on about rotas.", "twat"),
    ],
)
def test_the_same_words_aimed_at_someone_are_still_found(text: str, match: str) -> None:
    assert any(m == match for _, m in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        # People as things, in the writer's own view.
        (
            "By ten at night they are just parcels to me, wash, pad, bed, next.",
            "offensive.dehumanising",
            "they are just parcels",
        ),
        (
            "Most of them on the unit are basically furniture now.",
            "offensive.dehumanising",
            "Most of them on the unit are basically furniture",
        ),
        ("They're only lumps we turn every two hours.", "offensive.dehumanising", "only lumps"),
        # A person's mind or manner likened to a thing, and any adjective before an insult noun.
        (
            "Our new coordinator has the common sense of a teaspoon.",
            "offensive.insult",
            "coordinator has the common sense of a",
        ),
        ("Honestly he's got a head like a colander.", "offensive.insult", "got a head like a"),
        ("The new trustee is a jumped-up little oaf.", "offensive.insult", "oaf"),
        # Who is spoken about: care roles and adults are people.
        ("The matron on nights is a weasel.", "offensive.insult", "is a weasel"),
        (
            "Autistic adults are overgrown babies.",
            "offensive.derogatory_group",
            "Autistic adults are overgrown babies",
        ),
        # Warnings of what will happen, in new frames.
        (
            "Report me once more and you'll be drinking your tea through a straw.",
            "offensive.threat",
            "drinking your tea through a straw",
        ),
        ("Be a shame if anything happened to her garden.", "offensive.threat", "shame if anything"),
        ("Carry on like that and I'll slap him into next week.", "offensive.threat", "next week"),
        (
            "Whoever moved my locker needs to watch their back.",
            "offensive.threat",
            "watch their back",
        ),
        ("I'll run a key down his car if he parks there again.", "offensive.threat", "a key down"),
    ],
)
def test_objects_comparisons_and_warnings_of_new_kinds_are_found(
    text: str, rule: str, match: str
) -> None:
    with rules_alone():
        assert any(r == rule and match in m for r, m in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Things that are things, staff counted as bodies, the writer's own tiredness.
        "We're low on stock, they are just stock photos for the leaflet anyway.",
        "Two bodies short on nights again, can anyone help?",
        "I'm basically furniture myself by Friday 😂",
        # How someone else treats people, condemned; the same words denied or told against.
        "They are just parcels to the agency, and that is why I left.",
        "Don't tell yourself they're only bodies, they are people with names.",
        # The writer's own memory; the patience of a saint; a building's personality.
        "I've got a head like a sieve this week.",
        "She has the patience of a saint with him.",
        "The new unit has the personality of a car park.",
        # Quoted threats reported; care given at a time; the watch your back of moving and handling.
        'His son said I would be "drinking through a straw" and I have reported it.',
        "I'll wait for her at the station and drive her home.",
        "You need to watch your back when you turn him, use the slide sheet.",
        # The people in a sentence who are not its subject.
        "That comment from the visitor was disgusting, well done for writing it up.",
    ],
)
def test_near_misses_of_objects_comparisons_and_warnings_stay_clean(text: str) -> None:
    with rules_alone():
        assert found(text) == [], found(text)


def test_praise_with_an_eye_roll_is_an_insult_unless_the_writer_means_themselves() -> None:
    with rules_alone():
        assert found("Thanks day shift, proper heroes 🙄") == [("offensive.insult", "heroes")]
        assert found("Oh I'm a real genius today 🙄 forgot my lanyard") == []
        assert found("Night shift, you are heroes, thank you for everything ❤️") == []
        assert found("Another rota change, lovely 🙄") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A charge laid on them all, a group named before it: contempt for the group.
        ("The Welsh lot on the bank. Gormless to a man, the lot of them.", "derogatory_group"),
        ("Hungarian drivers are so slow and mouthy, every single one.", "derogatory_group"),
        # No group named: an insult at a set of people.
        ("Payroll again. Jobsworths, every last one of them.", "insult"),
        # A person's judgement or manner likened to a thing.
        ("Our director has the empathy of a traffic cone.", "insult"),
    ],
)
def test_a_charge_laid_on_them_all_is_found(text: str, rule: str) -> None:
    with rules_alone():
        assert any(r == f"offensive.{rule}" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Denied, praise, things counted, and "every one" read by the writer.
        "None of them are lazy, every one of them grafts.",
        "Brilliant with the residents, the lot of them.",
        "The old hoists are clunky, all of them.",
        "I read every one of your replies, thank you.",
        "She has the vision of a hawk, spots every fall risk.",
    ],
)
def test_them_all_without_a_charge_laid_stays_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A charge denied by a whole team, or asked about rather than laid.
        "Nobody on our team thinks agency staff are lazy.",
        "I was asked whether I think overseas nurses are lazy, and the answer is no.",
    ],
)
def test_a_charge_denied_from_afar_or_asked_about_stays_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


def test_a_charge_laid_by_the_writer_is_still_found() -> None:
    with rules_alone():
        assert any(r.startswith("offensive.") for r, _ in found("I think agency staff are lazy."))


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # A condition beside people behind the writer or knowing where someone is: a threat, as
        # much as beside a consequence.
        ("If he comes round again drunk, I call my brothers.", True),
        ("One more time and I'll be round with my brothers.", True),
        ("If she does it again, I know where she drinks.", True),
        ("Next time you'll regret it.", True),
        # One part alone is everyday talk.
        ("My brothers came round again for Sunday dinner.", False),
        ("Next time the minibus is free, we'll do the coast.", False),
    ],
)
def test_a_condition_makes_a_veiled_threat_beside_any_other_part(text: str, threat: bool) -> None:
    with rules_alone():
        assert any(r == "offensive.threat" for r, _ in found(text)) is threat, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Groups named by where they are from, a generation, an age in digits, a condition.
        "Weegies can't be trusted with the drugs trolley.",
        "Dyslexics shouldn't be allowed near care plans.",
        "The over 60s can't be trusted with the new app.",
        "The 18 year olds on the bank can't be trusted with keys.",
        "Gen Z carers are useless.",
        "Schizophrenics are dangerous.",
        # New charges: no work ethic, entitlement, feigning.
        "Northerners simply lack the work ethic for management.",
        "Deaf people play it up when it suits them.",
        "Hindus on the ward think the rules don't apply to them.",
    ],
)
def test_groups_named_by_place_generation_age_or_condition_are_groups(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.derogatory_group" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # The same groups praised; a decade, not an age.
        "Weegies are the friendliest folk on the rota.",
        "The over 60s walking group meets on Tuesdays.",
        "Tapes from the 60s can't be trusted in the new player.",
        "Our Gen Z apprentices set up video calls for every resident.",
        "Our Gen Z apprentices have a brilliant work ethic.",
        "The rules don't apply to them, the council says, since they are under 18.",
    ],
)
def test_groups_named_by_place_generation_or_age_said_kindly_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


def test_a_generation_named_by_gen_and_a_letter_is_flagged_from_gen() -> None:
    with rules_alone():
        assert ("offensive.derogatory_group", "Gen Z are useless") in found(
            "Gen Z are useless, every one of them."
        )
        assert ("offensive.derogatory_group", "gen x are so lazy") in found(
            "Honestly gen x are so lazy"
        )


def test_an_age_in_digits_is_flagged_from_its_digits() -> None:
    with rules_alone():
        assert ("offensive.derogatory_group", "Over 60s are thieves") in found(
            "Over 60s are thieves."
        )


@pytest.mark.parametrize(
    "text",
    [
        # Charges of the twentieth round: loyal only to their own, the carer made a servant,
        # drink, elders dumped, lying about their papers, the bare minimum.
        "Tamil staff only help their own on the shift.",
        "Polish staff stick together like a cult.",
        "Londoners down on holiday treat us like servants.",
        "Irish relatives are all alcoholics.",
        "Hindu families dump their elders on the daughters-in-law.",
        "Nigerians lie on their CVs, every one of them.",
        "Nepali staff do the bare minimum the second you turn round.",
    ],
)
def test_the_twentieth_rounds_charges_on_a_group_are_found(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.derogatory_group" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Polish carers stick together and look after each other, lovely to see.",
        "The families on our ward look after their own, bless them.",
        "Our volunteers are recovering alcoholics and proud of it.",
        "Polish families never dump their parents in homes.",
        "We never dump their post in the bin, it goes to reception.",
    ],
)
def test_the_twentieth_rounds_charges_said_otherwise_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


def test_a_joke_about_a_trade_answered_as_we_is_the_writers_own() -> None:
    def flagged(text: str) -> bool:
        return any(r == "offensive.derogatory_group" for r, _ in found(text))

    with rules_alone():
        assert not flagged(
            "How many carers does it take to change a lightbulb? None, we'll just document "
            "that it needs changing and ring maintenance."
        )
        assert flagged(
            "How many agency nurses does it take to change a bed? None, they just sit on their "
            "phones while we do it."
        )
        assert flagged("How many agency nurses does it take to change a bed?")


def test_slagging_someone_off_is_the_verb_not_the_slur() -> None:
    assert [r for r, _ in found("She slags you off in supervision, every time.")] == []
    assert [r for r, _ in found("She slags everyone off behind their backs.")] == []
    assert ("offensive.slur", "slags") in found("The slags from the agency were late again.")


def test_a_contempt_word_said_of_an_organisation_or_a_thing_seconds_nothing() -> None:
    from core.draft import Draft
    from core.model import Span
    from core.packs.offensive.reader import seconded

    def seconds(text: str) -> bool:
        return seconded(Draft(text), Span(0, len(text)))

    assert not seconds("The Polish lads covered for the lazy agency again.")
    assert not seconds("Nothing like a lazy Sunday after nights.")
    assert seconds("The Polish lads are lazy.")
    assert seconds("The lazy carers on nights again.")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # The people a statement is about, with a longer place or clause after them, or "r".
        ("The junkies under the bridge by the surgery are like cockroaches.", "dehumanising"),
        ("Asylum seekers in the hotel down the road are an infestation.", "dehumanising"),
        ("the homeless lot by the station r just vermin now", "dehumanising"),
        # A fault of character makes a name of an animal or figure word after it.
        ("My brother is a selfish parasite.", "insult"),
        ("Had the moany old git on my run again.", "insult"),
        # Harm to a part of someone's body, said by the writer.
        ("If she swaps my weekend again I swear I'll break her legs.", "threat"),
        ("if your son come near my daughter again, I break his legs", "threat"),
        # A whole set of people called a liability or a law unto themselves.
        ("Autistic adults are a law unto themselves.", "derogatory_group"),
        ("Agency nurses are a disgrace.", "insult"),
    ],
)
def test_the_twenty_fifth_rounds_statements_are_found(text: str, rule: str) -> None:
    with rules_alone():
        assert any(r == "offensive." + rule for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # The people are what a comment is about, not who it is said of.
        'The comment someone left about "foreigners" under your post was vile.',
        "The bridge by the surgery is like a wind tunnel.",
        "Is it selfish to want a break?",
        "She fell and I think she may break her hip.",
        "Please don't let him break his arm on the bed rails again.",
        "The new hoists are a liability.",
        "Our carers are a credit to the home.",
        # A name said of an animal or a thing the sentence opens on, a place between.
        "The dog at 14 Hawthorn Close is an absolute beast, growled at me the whole visit.",
        "My washing machine is as much use as a chocolate teapot, third repair this year.",
        "The new hoist slings are thick as anything, you need the bigger size.",
        "I feel so selfish for wanting a day off.",
        # A dyke in the countryside, an engine's timing.
        "There's a fallen dyke on the Durness road and the sheep are all over it.",
        "Walked up by the old dyke on the moor this morning, first frost.",
        "Car failed its MOT, retarded timing and a knackered exhaust.",
        # "Queer" taken back by the people it names, at work.
        "As a queer carer I've been called worse than queer, and I'm taking the word back.",
        "Our queer staff network meets on Tuesdays.",
    ],
)
def test_the_twenty_fifth_rounds_near_misses_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


def test_a_dyke_in_the_countryside_leaves_the_slur_itself_found() -> None:
    assert ("offensive.slur", "dyke") in found("Don't be such a dyke walking round like that.")
    assert ("offensive.slur", "retarded") in found("You retarded idiot.")
    assert ("offensive.slur", "queer") in found("That queer on nights keeps looking at me.")


def test_a_name_after_a_thing_is_still_found_when_a_person_opens_the_sentence() -> None:
    with rules_alone():
        for text in (
            "Her son is as much use as a chocolate teapot.",
            "Whoever did the rota is a complete idiot.",
            "Sharon on the rota is a complete idiot.",
        ):
            assert any(r == "offensive.insult" for r, _ in found(text)), (text, found(text))


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # "Bloody" sworn, plain or with its letters hidden.
        ("bl**dy printer has eaten the care plans again", "bl**dy"),
        ("Sh1t day. Bl00dy agency sent nobody.", "Bl00dy"),
        ("Another bloody consultation that nobody will read.", "bloody"),
    ],
)
def test_the_twenty_sixth_rounds_swearing_is_found(text: str, match: str) -> None:
    assert ("offensive.profanity", match) in found(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Someone said to be a vegetable or a husk, whoever names them; a floor of people as a
        # vegetable patch.
        ("Room 7 is a vegetable now, no point talking to him.", "dehumanising"),
        ("The ones on the top floor are just vegetables now.", "dehumanising"),
        ("ppl on the dementia unit r just empty husks waiting for a bed", "dehumanising"),
        ("Residents with dementia are empty shells, there's nobody home.", "dehumanising"),
        ("Off to tend the cabbage patch, seven of them needing turning.", "dehumanising"),
        # A mind likened to a thing, whoever has it.
        ("Whoever wrote that care plan template has the brains of a wet biscuit.", "insult"),
        ("A jobsworth with the brain of a goldfish.", "insult"),
        ("You have brain of small chicken, this is why you are still level one.", "insult"),
        ("Met the new deputy. Personality of a damp tea towel.", "insult"),
        # A set of people named as the type of a fault.
        ("Typical men, the male carers never change a bed properly.", "derogatory_group"),
        ("Typical lazy Scousers, always skiving.", "derogatory_group"),
        ("Typical agency nurses, late again.", "derogatory_group"),
        # "Accidents happen" told to someone, said of people who report, or sealed.
        ("Tell that manager accidents happen on stairs.", "threat"),
        ("Accidents happen on stairs, that's all I'll say about the new senior.", "threat"),
        ("if she complains once more she will have an accident on the stairs, I promise", "threat"),
    ],
)
def test_the_twenty_sixth_rounds_statements_are_found(text: str, rule: str) -> None:
    with rules_alone():
        assert any(r == "offensive." + rule for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Blood itself, as a care note reports it.
        "Patient in bed 4 had bloody stools overnight, doctor informed.",
        "He had a bloody nose after the fall, cleaned up and obs done.",
        "Her pad was bloody this morning, GP informed.",
        "Bloody Mary mocktails at the Christmas do.",
        # A vegetable denied, quoted or grown; a shell of who someone was.
        "My dad is not a vegetable. He still laughs at the same jokes.",
        'Someone wrote that people with dementia are "vegetables". I reported it.',
        "Some days he's just a shell of who he was, and I hate myself for thinking it.",
        "Bay 4 helped plant out the cabbage patch in the garden this afternoon.",
        "The vegetable beds on the top floor balcony are thriving.",
        # The writer's own joke, a caption opening on "me".
        "Me trying to do the meds round after three hours' sleep 😂 thick as two short planks.",
        # The writer's own mind; praise.
        "I've got the brains of a used teabag today lads, bear with us.",
        "She has the patience of a saint with him.",
        # "Typical" of an organisation, a day, or the writer's own trade.
        "Typical NHS, seven hours in A&E with a 94 year old.",
        "Typical Monday, the hoist is broken again.",
        "typical nurse, forgot to eat again 😂",
        # An accident as a safety notice.
        "Please don't park in the dark corner after lates, accidents happen on that ice.",
        "Residents should be careful on the stairs, accidents happen.",
        "Accidents happen on the late shift when we're two down, so I keep asking for cover.",
        # The outcome of an event, not a warning.
        "She'll find out what happens at the funding panel on Tuesday, fingers crossed.",
    ],
)
def test_the_twenty_sixth_rounds_near_misses_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # A run of symbols holding a "#" typed over letters inside a word.
        ("f@#king lift is broken again", "f@#king"),
        ("this rota is sh#t man", "sh#t"),
        ("the new policy is total bulls#it", "bulls#it"),
        ("what a f#!k up", "f#!k"),
        # An "@" over a letter that is no "a".
        ("he's a sh@te driver tbh", "sh@te"),
    ],
)
def test_the_twenty_seventh_rounds_masked_swearing_is_found(text: str, match: str) -> None:
    with rules_alone():
        assert match in [m for r, m in found(text) if r.startswith("offensive.")], found(text)


def test_an_at_sign_over_another_letter_is_read_as_the_word_it_hides() -> None:
    with rules_alone():
        assert [m for _, m in found("that manager is a c@nt")] == ["c@nt"]
        # Read as an "a" where that is a word of the pack already.
        assert ("offensive.profanity", "b@stard") in found("what a b@stard")


@pytest.mark.parametrize(
    "text",
    [
        # A mention and a tag, a "#" opening or closing a word, an address.
        "lift is broken again!! @facilities #maintenance please can someone come",
        "Shout out to the night team #proud #carers",
        "Room #4 needs a new call bell",
        "email the rota to j.smith@nhs.net please",
        # An "@" for an "a" in an everyday word.
        "she is a gr@nd lass",
        "i cant do the sunday sorry",
    ],
)
def test_tags_mentions_and_at_signs_for_an_a_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


def test_reveal_reads_a_grawlix_with_a_hash_as_stars_and_keeps_tags() -> None:
    view = reveal("f@#king lift #maintenance sh#t")
    assert view.text == "f**king lift #maintenance sh*t"
    start = view.text.index("f**king")
    assert view.to_source(start, start + 7) == (0, 7)


@pytest.mark.parametrize(
    "text",
    [
        "tell shaz if she swaps my shift again she will see what i will do",
        "Let the night nurse try that again. She'll see what I do to people who mess with my dad.",
        "That woman who reported me, she will see what I will do to her.",
        "you will see what I do to your shop if the money is not back by Friday",
        "let him come back tomorrow and see what we will do to him",
        "He'll find out what I'll do, mark my words.",
    ],
)
def test_a_threat_said_by_what_the_writer_will_do_is_found(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.threat" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # An offer, a boast, a job shown, the outcome of an event.
        "I'll ring the office and see what I can do.",
        "She'll find out what I can do: pass my exam on the first go!",
        "Come and shadow me for a day, you'll see what I do.",
        "Give me a chance and you'll see what I can do to help her.",
        "You'll see what we do with the garden next spring.",
        "She will see what I will do with her room, it's a surprise for her birthday.",
    ],
)
def test_what_the_writer_will_do_as_an_offer_or_a_boast_stays_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("the commissioner we met today is an incompetent fool", "is an incompetent fool"),
        ("the agency worker we got last night is a lazy cow", "is a lazy cow"),
        ("The social worker we got is a waste of oxygen.", "is a waste of oxygen"),
    ],
)
def test_a_name_for_someone_the_writer_met_or_had_is_found(text: str, match: str) -> None:
    with rules_alone():
        assert ("offensive.insult", match) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I felt like a complete idiot",
        "at the end of the day I was an idiot",
        "the day we met I was such an idiot",
        "the agency we're with couldn't organise a piss-up in a brewery",
    ],
)
def test_a_name_the_writer_gives_themselves_or_a_thing_stays_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("My brother-in-law is a slug, lies on Mum's sofa all day", "is a slug"),
        ("Our chief executive has the brains of a goldfish", "executive has the brains of a"),
    ],
)
def test_kin_and_roles_of_a_care_team_are_people_a_name_is_said_of(text: str, match: str) -> None:
    with rules_alone():
        assert ("offensive.insult", match) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my nephew is a cheeky little monkey, he climbed the stairgate",
        "my uncle is a pig farmer",
        "my stepdad is a diamond",
        "our apprentice is a quick learner",
    ],
)
def test_kin_and_roles_praised_or_described_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some of us know where she lives. Just saying.",
        "That family that complained about me, I've got their address from the file. Just saying",
        "my brothers know where your mum lives, that's all i'm saying",
    ],
)
def test_knowing_where_someone_is_sealed_by_just_saying_is_a_threat(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.threat" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some of us know where the food bank is now. Just saying, happy to give lifts.",
        "The rota is out on Friday, just saying.",
        "I've got their address from the file so I'll post the card. Thanks all.",
    ],
)
def test_just_saying_or_an_address_alone_stays_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She wants to watch herself walking to her car after lates.",
        "Tell Dean he'd better watch himself on Friday, I'm not forgetting what he said.",
        "Whoever grassed on us wants to watch their back",
        "Tell the deputy she wants to be careful walking to the bus stop of a night",
        "He wants to be careful, that one.",
    ],
)
def test_someone_else_told_to_watch_themselves_is_a_threat(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.threat" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "You'd better watch yourself on that ice, it's lethal by the bins.",
        'He told me I\'d "better watch myself". I reported it to my manager.',
        "Mum wants to watch herself on the video we made of the party.",
        "She wants to be careful with that knee after the op.",
        "I'd better be careful walking home, the path is icy.",
        "He wants to watch himself on that ice by the bins.",
        "She'd better watch herself going down those steps with her new hip.",
    ],
)
def test_care_for_oneself_or_the_reader_stays_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The migrants on the night shift are like a swarm, you can't move for them.",
        "Those agency staff are like locusts, they strip the place bare.",
        "Some of these families are vultures.",
        "his family are like hyenas, waiting for him to die",
    ],
)
def test_people_as_a_swarm_locusts_vultures_or_hyenas_are_dehumanised(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.dehumanising" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A swarm of wasps in the garden, the residents stayed in.",
        "Bees swarm round the lavender every July.",
        "We watched a programme about vultures and hyenas with the residents.",
    ],
)
def test_a_swarm_and_scavengers_as_animals_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her car tyres won't last long if she keeps this up.",
        "Tell that manager to enjoy her new car while it still has four tyres.",
        "Keep grassing to head office Bev and see how long your tyres stay pumped up",
        "If they come back I'll let the air out of their Range Rover tyres.",
        "maybe her car tyres will be flat one morning",
    ],
)
def test_harm_to_someones_car_held_over_them_is_a_threat(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.threat" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the minibus tyres won't last the winter, we need a new set",
        "make sure your tyres stay pumped up in winter",
        "her tyres will be flat by now, the car has sat for months",
        "his tyres won't last another MOT, tell him to get them done",
    ],
)
def test_tyres_worn_or_checked_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        (
            "Me mam's carer is a thick lazy cow, sat on her phone the whole visit.",
            "is a thick lazy cow",
        ),
        ("me nan's neighbour is a proper melt", "is a proper melt"),
    ],
)
def test_me_for_my_before_a_word_for_people_is_someone_elses(text: str, match: str) -> None:
    with rules_alone():
        assert ("offensive.insult", match) in found(text), found(text)


def test_the_writer_as_me_still_keeps_a_name_their_own() -> None:
    with rules_alone():
        assert (
            found("Me trying to do the meds round after three hours' sleep, thick as mince.") == []
        )
        assert found("give me a lazy cow any day") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Names in the other tongues carers write in.
        ("Manager is idiota, he don't listen nothing what we say.", "offensive.insult"),
        ("that kutta of a son-in-law never visits", "offensive.insult"),
        ("That night manager is a complete mumu, he don't know anything.", "offensive.insult"),
        ("Ye useless bunch of gobdaws in the office", "offensive.insult"),
        ("this coordinator is a total ullu, sending me Leeds to Bradford", "offensive.insult"),
        # A job or staff group named as "the ... lot".
        ("The agency lot are useless, the lot of them.", "offensive.insult"),
        ("the new lot from the agency are vermin", "offensive.dehumanising"),
        # People likened to beasts or the undead.
        ("The dementia lot on the ground floor are like zombies.", "offensive.dehumanising"),
        ("The patients on the acute ward are like a pack of feral dogs.", "offensive.dehumanising"),
        ("Them on the top floor are like a herd o' cattle at dinner", "offensive.dehumanising"),
        ("Some of our service users are frankly subhuman.", "offensive.dehumanising"),
        # A group given a vice.
        ("Eastern European carers are only in it for the money.", "offensive.derogatory_group"),
        ("Muslims on that ward don't pull their weight.", "offensive.derogatory_group"),
        # Threats by what the writer is like, what someone will get, and in Scots.
        ("One more complaint and she'll find out what I'm really like.", "offensive.threat"),
        ("he'll find out I'm not as quiet as I look", "offensive.threat"),
        ("if that senior gets me in trouble agen shes gonna get it i swear", "offensive.threat"),
        ("if i catch who keyed my car theyre getting it", "offensive.threat"),
        ("See if that gaffer pulls my shift again, I'll burst him.", "offensive.threat"),
        # A figure word placed by where someone works; a face likened; phone typing.
        ("that cow on reception at the surgery hung up on me", "offensive.insult"),
        ("She's got a face like a slapped kipper", "offensive.insult"),
        ("shes a right two faced cow dont trust her", "offensive.insult"),
    ],
)
def test_the_twenty_eighth_rounds_names_likenesses_and_threats_are_found(
    text: str, rule: str
) -> None:
    with rules_alone():
        assert any(r == rule for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "That eejit of a kettle broke again, I'm bringing my own one in.",
        "Aye we've got a bampot of a printer in the office again.",
        "I know where the new deputy parks now, round the back by the bins, so the bays are free.",
        "mum's eating through a straw now after the op, any tips for thickened drinks",
        "if she asks nicely she'll get it",
        "if the parcel comes she's getting it",
        "you'll see what I'm like with a spreadsheet",
        "I'll burst into tears if she says that again",
        "there's a rat in the office again, ring pest control",
        "The agency lot were great last night, the lot of them stayed on.",
        "I ate the lot, they were lovely",
        "my dogs are like children to me",
        "The residents are like family to me.",
        "Eastern European carers looked after my nan for three years.",
    ],
)
def test_the_twenty_eighth_rounds_near_misses_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


def test_the_knowing_threat_still_holds_without_a_place_told() -> None:
    with rules_alone():
        parks = found("I know where the new deputy parks.")
        assert any(r == "offensive.threat" for r, _ in parks), parks
        assert any(r == "offensive.threat" for r, _ in found("I know where she lives in Tregaron."))
        assert any(
            r == "offensive.threat"
            for r, _ in found("touch my mum again and you'll be eating through a straw")
        )
        assert ("offensive.insult", "you eejit") in found("you eejit of a man")


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerians in my team are so loud and aggressive, every single one.",
        "Them Africans at work too loud and bossy, always acting like they own the place.",
        "the Eastern Europeans drink too much, always smelling on the morning shift",
        "These overseas nurses all stick together and look down on us",
        "Ukrainians got everything free and now they think they are better than us.",
    ],
)
def test_a_group_given_a_manner_or_an_air_of_superiority_is_found(text: str) -> None:
    with rules_alone():
        assert any(r == "offensive.derogatory_group" for r, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Nigerian residents love loud music, so loud the whole floor dances.",
        "Filipino nurses are always so loud when they laugh, it cheers the ward up.",
        "The Polish girls on nights all stick together, they're a great team.",
        "Polish carers don't look down on us at all.",
        "Romanian families always bring too much food, we love it.",
    ],
)
def test_a_group_praised_for_noise_or_loyalty_stays_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)


def test_swinging_for_someone_is_a_threat_but_not_swinging_by_or_for_the_fences() -> None:
    with rules_alone():
        assert any(
            r == "offensive.threat" for r, _ in found("I'd swing for that consultant, honestly.")
        )
        assert any(
            r == "offensive.threat"
            for r, _ in found("ah'll swing fur that big eejit on the back shift")
        )
        assert found("I'll swing by the office later for the keys.") == []
        assert found("I'd swing for the fences with that bid.") == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("That woman is a witch with a clipboard", "is a witch"),
        ("the lady on reception is a proper snake", "is a proper snake"),
        ("Our team leader's a right mug", "leader's a right mug"),
        ("Proper pair of thick gits on the early shift,", "pair of thick gits"),
        ("The new lot on the board are a gaggle of overpaid clowns.", "gaggle of overpaid clowns"),
    ],
)
def test_a_woman_a_lady_a_mug_and_a_pair_or_gaggle_of_names_are_found(
    text: str, match: str
) -> None:
    with rules_alone():
        assert ("offensive.insult", match) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the lady in room 4 is a lovely woman",
        "Grab a mug from the cupboard, the kettle's on.",
        "I'm a mug for saying yes to another Sunday.",
        "Has anyone seen a set of keys or a pair of gloves in the office?",
    ],
)
def test_a_kind_word_for_a_woman_and_a_mug_or_pair_of_things_stay_clean(text: str) -> None:
    with rules_alone():
        assert [r for r, _ in found(text) if r.startswith("offensive.")] == [], found(text)
