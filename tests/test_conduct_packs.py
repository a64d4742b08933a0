"""Behaviour of the conduct packs that their own examples cannot show: site-dependent severity,
site gating, and that the cheap substring gate in front of a pattern never hides a match."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

import core
from bench.accuracy_conduct import load
from core.draft import Draft
from core.learned.scorer import rules_alone
from core.matchers import Cued
from core.matchers.sentences import Either
from core.model import Context, Severity, Span
from core.packs import audience, peer_support, professional
from tests.examples import unmark

CONDUCT_RULES = professional.RULES + peer_support.RULES + audience.RULES


def _rules(pack_id: str, text: str, site: str | None) -> dict[str, Severity]:
    return {f.rule: f.severity for f in core.check(text, packs=[pack_id], site=site)}


@pytest.mark.parametrize(
    ("site", "severity"),
    [("whatsapp", Severity.WARNING), ("facebook", Severity.WARNING),
     ("linkedin", Severity.WARNING), (None, Severity.INFO)],
)  # fmt: skip
def test_low_value_reply_warns_in_each_sites_groups(site: str | None, severity: Severity) -> None:
    found = _rules("peer_support", "No, sorry, can't help", site)
    assert found == {"peer_support.low_value_reply": severity}


def test_low_value_reply_needs_to_be_the_whole_message() -> None:
    helpful = "Sorry, can't help with the form, but ring Carers Direct on 0300 123 1053."
    assert _rules("peer_support", helpful, "whatsapp") == {}


@pytest.mark.parametrize("site", ["facebook", "linkedin"])
def test_work_reminder_fires_on_sites_with_a_wide_audience(site: str) -> None:
    found = _rules("audience", "Our residents loved the choir today.", site)
    assert found == {"audience.work_on_wide_site": Severity.INFO}


@pytest.mark.parametrize("site", ["whatsapp", None])
def test_work_reminder_stays_quiet_elsewhere(site: str | None) -> None:
    assert _rules("audience", "Our residents loved the choir today.", site) == {}


def test_work_reminder_is_given_once_per_draft() -> None:
    text = "Our residents and staff and colleagues all came to the party."
    findings = core.check(text, packs=["audience"], site="facebook")
    assert [f.match for f in findings] == ["residents"]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # What is said about a person supported comes before the writer's own work.
        ("My manager says Mrs Abbott's son has been taking her pension.", "Mrs Abbott's"),
        ("Rough shift. The lad I support came back from his dad's with bruises.", "lad I support"),
        ("had a lovely chat with mrs ellis today, she's 97", "mrs ellis"),
        ("Our team took one of my ladies to the seaside.", "one of my ladies"),
        # Words of the category in their everyday sense leave the reminder on the work.
        ("Be patient with the new rota, it takes a few weeks.", "rota"),
        ("I will miss Friday's handover, sorry.", "handover"),
        ("My husband has MS and my manager is understanding.", "manager"),
    ],
)
def test_work_reminder_stands_on_the_person_supported_first(text: str, match: str) -> None:
    findings = core.check(text, packs=["audience"], site="facebook")
    assert [f.match for f in findings] == [match]


def test_work_reminder_reads_a_person_supported_without_work_words() -> None:
    text = "Took Mr Kowalski to the seaside on my day off, he loved it."
    findings = core.check(text, packs=["audience"], site="linkedin")
    assert [f.match for f in findings] == ["Mr Kowalski"]


def test_reply_me_test_fires_on_every_site() -> None:
    for site in ("facebook", "linkedin", "whatsapp", None):
        assert _rules("audience", "@Sam try the carers centre", site) == {
            "audience.reply_me_test": Severity.INFO
        }


def test_audience_pack_never_raises_more_than_info() -> None:
    assert {r.severity for r in audience.RULES} == {Severity.INFO}
    assert all(not r.severity_by_site for r in audience.RULES)


CUED = [
    m
    for r in CONDUCT_RULES
    for m in (r.matcher.matchers if isinstance(r.matcher, Either) else (r.matcher,))
    if isinstance(m, Cued)
] + [audience.WORK_TALK]
SAMPLES = [d.text for d in load()] + [
    unmark(e)[0] for r in CONDUCT_RULES for e in (*r.flags, *r.passes)
]


@pytest.mark.parametrize("cued", CUED, ids=lambda c: c.cues.split()[0])
def test_cues_never_hide_a_match(cued: Cued) -> None:
    """The cued pattern finds exactly what the bare pattern finds: the cues only save time."""
    context = Context(site="whatsapp")
    for text in SAMPLES:
        everything = list(cued.pattern.find(Draft(text), context))
        assert list(cued.find(Draft(text), context)) == everything, text
        first = everything[0] if everything else None
        assert cued.find_first(Draft(text), context) == first, text


def test_cues_find_matches_far_into_a_long_draft() -> None:
    filler = "We had a lovely afternoon in the garden with everyone. " * 30
    text = filler + "Honestly, just crush the tablets into jam. " + filler
    (finding,) = core.check(text, packs=["professional"])
    assert finding.match == "just crush the tablets"


NEAR_MISSES = [(rule.id, example) for rule in CONDUCT_RULES for example in rule.passes]


@pytest.mark.parametrize(("rule_id", "example"), NEAR_MISSES)
def test_examples_of_one_pack_do_not_trip_the_others_above_info(rule_id: str, example: str) -> None:
    """A near-miss of one pack should not become a warning in another."""
    loud = [
        f.rule
        for f in core.check(example, packs=["professional", "peer_support"])
        if f.severity is not Severity.INFO
    ]
    assert loud == [], (rule_id, example, loud)


# Kinds of running down, of belittling and of text speak read since the seventh round of the
# professional pack (issue 14). They sit here rather than among the rules' examples, which are
# the learned scorer's training input too: moved beside their rules when it is next retrained.
_RUNNING_DOWN = (
    "[[Carefirst Homecare are a bunch of crooks]] who rob their staff blind.",
    "[[Our manager wouldn't know a care plan if it bit her.]]",
    "[[Nothing says we value you like a webinar from head office.]]",
    "[[Huge thanks to our wonderful management for the 2p pay rise.]]",
    "[[Some of my colleagues are, shall we say, allergic to hard work.]]",
    "[[The night staff on my unit are a bunch of lazy cows.]]",
    "[[Our deputy wants sacking, no common sense at all.]]",
    "Rota changed again. [[#WorstAgencyEver]]",
    "Our commissioners set the rates again. [[#clueless]]",
    # Eighth round: idioms of uselessness, sarcasm after the sentence naming the employer, and
    # running down said of "they" in the sentence after it.
    "[[Our new deputy is about as much use as a chocolate teapot.]]",
    "The agency has reviewed our pay. [[Really feeling the love.]]",
    "Some colleagues think the fluid chart is optional. [[Shame they can't spell, either.]]",
    '[[The agency has "reviewed" our pay again.]] Down 10p.',
)
_NOT_RUNNING_DOWN = (
    "Huge thanks to our manager for covering my calls when my son was ill.",
    "With the greatest respect to my manager, I've asked for the rota to be reviewed.",
    "Love how our manager remembers everyone's birthday.",
    "Best care team ever! #ProudToCare #TeamWork",
    "Worst case, ring the office. #HomeCare",
    "Dad's care plan ends next month and the council website is useless.",
    "Our agency sent a new girl who'd never done a hoist before, so I showed her.",
    "I rang the office about Mum. She has been rubbish all week with her chest.",
    "Surprise surprise, it rained on the garden party again.",
    "Our manager changed the rota. They are not useless, just short of staff.",
    'Our company uses the "buddy" system for new starters.',
    'I wrote "refused" on the MAR and the office rang the GP.',
    "Nobody here thinks the agency nurses are useless.",
    "Lol the office printer is a joke again.",
)
_DEMEANING = (
    "[[We call him Lord Buzzer on our unit, he never stops ringing.]]",
    "[[The lot on the top floor are more trouble than they're worth.]]",
    "[[Time for the old dears' nap time, then a biscuit if they've been good girls.]]",
    "[[Some of our residents are only a burden for the nurses.]]",
    # Likened to children or animals without a care word.
    "[[Room 6 has been ringing all night like a spoilt brat.]]",
    "[[The residents on my floor are like goats, they just eat and sleep.]]",
    "[[We love our little old dears, bless their cotton socks.]]",
)
_NOT_DEMEANING = (
    "We call her by her first name on our unit, as she asked.",
    "My nan calls me her little monkey.",
    "Some of our residents worry they are a burden, and we talk it through with them.",
    "One of our ladies has a doll she cares for like a baby.",
    "Room 4 slept like a baby after the new mattress came.",
    "Some days Mum is like a toddler with the telly remote.",
)


def _spans(rule_id: str, text: str, site: str | None = "facebook") -> list[tuple[int, int]]:
    return [
        (f.start, f.end)
        for f in core.check(text, packs=["professional"], site=site)
        if f.rule == rule_id
    ]


@pytest.mark.parametrize("example", _RUNNING_DOWN)
def test_running_down_said_as_sarcasm_a_dig_or_a_hashtag(example: str) -> None:
    text, marked = unmark(example)
    assert _spans("professional.running_down", text) == marked


@pytest.mark.parametrize("example", _NOT_RUNNING_DOWN)
def test_praise_fair_complaint_and_ordinary_hashtags_are_not_running_down(example: str) -> None:
    assert _spans("professional.running_down", example) == []


@pytest.mark.parametrize("example", _DEMEANING)
def test_nicknames_burdens_and_nursery_talk_belittle_the_people_supported(example: str) -> None:
    text, marked = unmark(example)
    assert _spans("professional.demeaning", text) == marked


@pytest.mark.parametrize("example", _NOT_DEMEANING)
def test_names_people_asked_for_and_family_words_are_not_demeaning(example: str) -> None:
    assert _spans("professional.demeaning", example) == []


def test_love_as_a_verb_after_a_greeting_is_not_a_pet_name() -> None:
    assert _spans("professional.over_familiar", "He's 93 and still dancing. Ah love him.") == []
    assert _spans("professional.over_familiar", "Aww love, that's hard.") != []


def test_a_digit_after_a_word_reads_as_for_only_before_a_word() -> None:
    text, marked = unmark("Looking [[4]] a senior role, [[thx]]")
    assert _spans("professional.text_speak", text, "linkedin") == marked
    assert _spans("professional.text_speak", "Looking 4 days ahead on the rota.", "linkedin") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Oh you'll get over it, you can't get attached in this job.", "peer_support.dismissive"),
        ("Stop crying and count your blessings, God never gives us more than we can carry.",
         "peer_support.dismissive"),
        ("A single complaint? Many of us have weathered much worse in our careers.",
         "peer_support.minimising"),
        ("People like you have no business in a carers' group, go and find one for moaners.",
         "peer_support.telling_to_leave"),
        ("Bumping this for the third time.", "peer_support.chasing"),
        ("Come on then, which home?", "peer_support.pressing_to_disclose"),
        ("Keep smiling hun, tomorrow's a new day!", "peer_support.dismissive"),
        ("It's hardly the end of the world, is it.", "peer_support.minimising"),
        ("I'll keep bumping this until someone answers.", "peer_support.chasing"),
        ("Thanks for leaving me on read.", "peer_support.chasing"),
    ],
)  # fmt: skip
def test_peer_support_kinds_said_in_new_words_are_found(text: str, rule: str) -> None:
    assert rule in _rules("peer_support", text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        # Bumping for someone else, a helper's apology, permission to ask, a shop chased.
        "Bumping this one for Siân, anyone know a podiatrist in Llanelli?",
        "Sorry nobody answered sooner, it's been a busy week. Here's what worked for us.",
        "Nothing wrong with asking again, bump away. Someone will know.",
        "Amazon order for the hoist slings is late again, I've chased them twice.",
        # Agreeing, the writer's own trouble weighed, cheering up withheld or said to oneself.
        "Aye go on then, I'll do it.",
        "I know others have it worse, but I'm really struggling this week.",
        "I'm not going to tell you to look on the bright side, it sounds genuinely hard.",
        "Chin up, me, I keep telling myself. Day 3 of Dad being back in hospital.",
        "Ha, keep your pecker up is what my grandad used to say to everyone.",
        "The chair will look better in the morning light.",
        "Sending happy thoughts to everyone on nights.",
    ],
)
def test_peer_support_near_misses_of_those_kinds_stay_clean(text: str) -> None:
    assert _rules("peer_support", text, "facebook") == {}


def test_v_for_very_is_text_speak_but_not_versus() -> None:
    text, marked = unmark("[[Thx]] [[v]] much to all who came, it was [[v]] well attended")
    assert _spans("professional.text_speak", text, "linkedin") == marked
    assert _spans("professional.text_speak", "England v Wales, then R v Smith.", "linkedin") == []
    assert _spans("professional.text_speak", "Played 5 v 5 at lunch.", "linkedin") == []


def test_a_single_x_to_someone_on_linkedin_is_a_kiss() -> None:
    text, marked = unmark("Congratulations on the new role, very well deserved [[x]]")
    assert _spans("professional.kisses", text, "linkedin") == marked
    no_one = "Mum settled in well this week. Small wins x"
    assert _spans("professional.kisses", no_one, "linkedin") == []
    assert _spans("professional.kisses", "Thanks for covering, see you Friday x", "facebook") == []
    assert _spans("professional.kisses", "Thank you, we need 2 x", "linkedin") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Guilt in the writer's own words: silence after their help, taking it on alone "like
        # always", everyone quick to ask.
        ("I covered for half of you last year and when I asked for one swap, tumbleweed.",
         "peer_support.guilt_trip"),
        ("No bother, I'll just muddle through on my own like always.", "peer_support.guilt_trip"),
        ("Funny how everybody's quick to ask for favours.", "peer_support.guilt_trip"),
        # A worry said not to be real, a death weighed against a long life.
        ("Compassion fatigue isn't a real thing, just get on with it.", "peer_support.minimising"),
        ("He had a long life though, you can't complain.", "peer_support.minimising"),
        ("We never moaned as much when I started, trust me.", "peer_support.minimising"),
    ],
)  # fmt: skip
def test_guilt_and_minimising_in_the_writers_own_words_are_found(text: str, rule: str) -> None:
    assert rule in _rules("peer_support", text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        # Taking a task on without a grievance; a thing, not the group, thanked for nothing.
        # (The scorers retrained in the seventeenth to nineteenth rounds and in the
        # twenty-first read the first as a guilt trip at info, the one in the twentieth left it
        # clean: which way a retrained scorer falls on it is not the rules' doing, so the rules
        # are held to clean and the scorer to no more than a reminder, below.)
        "I'll just sort the rota myself tomorrow, it's only one shift.",
        "Thanks for nothing, this printer. Third jam today.",
        # Sincere thanks; a commissioner dared to do the work; relief, not a brush-off.
        "Wanted to say what a lovely group this is, I've learnt so much.",
        "Whoever commissions fifteen-minute calls should try doing one.",
        "Her bloods came back clear, tell her daughter she can stop worrying.",
        # An employer chased by email, with proper process behind it.
        "Keep ignoring my emails and I'll take it to ACAS.",
    ],
)
def test_near_misses_of_guilt_and_minimising_stay_clean(text: str) -> None:
    with rules_alone():
        assert _rules("peer_support", text, "facebook") == {}
    found = _rules("peer_support", text, "facebook")
    assert all(severity is Severity.INFO for severity in found.values()), found


# Ninth round (issue 14): the people supported as objects, stock or produce; idioms of
# uselessness and sarcasm whose grievance and employer sit in different sentences; boundaries
# told plainly, and kept; medication advice given as a tip; a live safeguarding matter told
# without the word. Kept here, beside their near-misses, until the scorer is next retrained.
_RUNNING_DOWN_9 = (
    "[[The office lot couldn't find their own car with both hands.]]",
    "Head office has a new wellbeing plan. [[Celebrating us with a free biscuit while they cut"
    " our mileage.]]",
    "[[Thanks to my old manager, who showed me exactly how not to run a unit.]]",
    "[[The agency, bless them, wouldnae know a rota if it hit them.]]",
    "[[Our deputy has the brains of a boiled egg.]]",
)
_NOT_RUNNING_DOWN_9 = (
    "Thanks to my manager, who showed me how to run a unit with kindness.",
    "The lights are on in the office, so someone's in if you need the keys.",
    "Our trainer explained how dementia changes the brain of a person over time.",
    "Celebrating our team with a buffet on Friday, all welcome.",
)
_DEMEANING_9 = (
    "[[I've got 14 bodies to get up before the breakfast trolley.]]",
    "[[The lounge looks like a cabbage field, the whole vegetable patch is asleep by 7.]]",
    "[[Day centre hack: park them in front of the snooker and it's a quiet afternoon.]]",
    "[[Me and the seniors call the lady in 6 the Duchess, she thinks she owns the place.]]",
)
_NOT_DEMEANING_9 = (
    "The residents planted the vegetable patch and it's doing brilliantly.",
    "We moved the furniture in the lounge so the ladies can see the garden.",
    "We call the lady in 6 by the name she asked for, Peggy.",
)


_BOUNDARY_9 = (
    "[[Gave the wee lady on my Thursday round a lift to her sister's on my day off.]]",
    "[[I take my client's cat home with me when she's in respite.]]",
    "[[Gave the gent in room 9 my number so he can ring me when he's low.]]",
    # Weighed and crossed all the same: the "no" does not let it off.
    "[[One of my gents gave me £50 in a card.]] It would've hurt him if I said no so I kept it.",
)
_BOUNDARY_KEPT_9 = (
    "One of my clients offered to sell me his car. I said no, it's not allowed.",
    "A lady I support wanted to sell me her sewing machine. I told her I cannot buy from clients.",
    "One of my service users gave me a card with a tenner in it. I gave the tenner back and put"
    " the card in the gifts log.",
)


_MEDICATION_TIP_9 = (
    "[[Missed her morning warfarin so double up at teatime, she'll be grand.]]",
    "[[He can have a couple of my mum's co-codamol, they're the same thing.]]",
    "[[If the patch comes off just stick two on, it's a weak one.]]",
    "[[Just leave out the water tablet on bingo days, she'll be fine.]]",
    "[[Cut the tablets in half if they're too big, honestly nobody checks.]]",
)
_MEDICATION_ASKED_9 = (
    "Missed her morning warfarin, rang 111 and they said not to double up.",
    "Can he have one of his co-codamol early if the pain is bad? I'll ring the pharmacist.",
    "The GP has agreed to leave out the water tablet on days she goes out.",
)


_SAFEGUARDING_9 = (
    "[[The day carer screams at the gentleman in bed 3 and leaves him wet till lunch.]]",
    "[[One of my clients is being made to hand over her pension to her lodger every week.]]",
    "[[The lad I support turned up with a black eye and said his stepdad did it.]]",
)
_NOT_SAFEGUARDING_9 = (
    "The gent in 7 has bruising on his wrists, body map done and the nurse has looked.",
    "Her husband is lovely to the carers, never shouts at them even when we're late.",
    "I had to report something today. It's with the right people now.",
)

# Each kind of the ninth round: what it finds (the marked span exactly), and its near-misses.
_ROUND_9 = {
    "professional.running_down": (_RUNNING_DOWN_9, _NOT_RUNNING_DOWN_9),
    "professional.demeaning": (_DEMEANING_9, _NOT_DEMEANING_9),
    "professional.boundaries": (_BOUNDARY_9, _BOUNDARY_KEPT_9),
    "professional.clinical_advice": (_MEDICATION_TIP_9, _MEDICATION_ASKED_9),
    "professional.safeguarding_matter": (_SAFEGUARDING_9, _NOT_SAFEGUARDING_9),
}


@pytest.mark.parametrize(
    ("rule", "example"), [(rule, e) for rule, (found, _) in _ROUND_9.items() for e in found]
)
def test_the_ninth_rounds_kinds_are_found_exactly(rule: str, example: str) -> None:
    text, marked = unmark(example)
    assert _spans(rule, text) == marked


@pytest.mark.parametrize(
    ("rule", "example"), [(rule, e) for rule, (_, clean) in _ROUND_9.items() for e in clean]
)
def test_the_ninth_rounds_near_misses_stay_clean(rule: str, example: str) -> None:
    # Told as kept (a boundary), asked about (a medicine), recorded through the proper channels
    # (a safeguarding concern), or the word in its ordinary sense.
    assert _spans(rule, example) == []


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # A worry made small, then waved off: "it's only ...", "you'll be fine", "we've all
        # been there".
        ("It's only one missed visit, you'll be fine, we've all been there.",
         "peer_support.minimising", "facebook"),
        ("It's just a supervision, everybody's had one, don't lose sleep over it.",
         "peer_support.minimising", "facebook"),
        ("Nothing's that bad, pet, honestly.", "peer_support.minimising", "facebook"),
        ("Give over fretting and put a smile on.", "peer_support.dismissive", "facebook"),
        # "Don't worry" denies nothing after it; phrases of two words in a slot ("I will").
        ("dont worry ill just manage on my own as i always do", "peer_support.guilt_trip",
         "whatsapp"),
        ("I will remember every one of you who read this and said nothing.",
         "peer_support.guilt_trip", "facebook"),
        ("Fine. I'm not important, clearly.", "peer_support.guilt_trip", "facebook"),
        # Nothing to add, said twice over or as "not my area", in any group.
        ("Not my field, sorry.", "peer_support.low_value_reply", "linkedin"),
        ("following this, no clue sorry", "peer_support.low_value_reply", "whatsapp"),
    ],
)  # fmt: skip
def test_the_tenth_rounds_peer_support_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert rule in _rules("peer_support", text, site)


@pytest.mark.parametrize(
    "text",
    [
        # Reassurance that does not wave the worry off; "don't worry" before a kindness.
        "You'll be fine at the panel, you know your stuff. Ring me after?",
        "We've all been there and it's horrible. Be kind to yourself tonight.",
        "Don't worry about replying, I'll sort the rota myself tomorrow.",
        # "Not my area" inside a helpful reply.
        "Not my area I'm afraid, but the council's sensory team did our assessment in a week.",
        # Remembering who to ask, gratefully.
        "I'll remember who to ask next time, thanks everyone!",
    ],
)
def test_the_tenth_rounds_peer_support_near_misses_stay_clean(text: str) -> None:
    with rules_alone():
        assert _rules("peer_support", text, "facebook") == {}


@pytest.mark.parametrize(
    "text",
    [
        # The writer's past help set against a day nobody helps; a vow or a witness beside silence.
        "When you lot needed cover I was always there. Now I need one swap and everyone is busy. "
        "Very disappointing.",
        "Seen by twenty of you and not one reply. I won't forget it.",
        "Nobody answered me all week. God sees everything.",
        "Shame on this group.",
        "Another weekend alone on the rota, honestly I don't know why I bother.",
    ],
)
def test_guilt_trips_of_the_tenth_round_are_found(text: str) -> None:
    with rules_alone():
        assert "peer_support.guilt_trip" in _rules("peer_support", text, "whatsapp")


@pytest.mark.parametrize(
    "text",
    [
        # The same words of memory and witness, with no silence to blame.
        "I won't forget this group's kindness when Mum died.",
        "Remember who helped you and pay it forward.",
        "God is watching over her now, rest easy.",
        "Hope you all sleep well after that run of nights!",
        "Everyone is busy this week with the audit, so the training moves to Friday.",
    ],
)
def test_near_misses_of_the_tenth_rounds_guilt_trips_stay_clean(text: str) -> None:
    with rules_alone():
        assert _rules("peer_support", text, "whatsapp") == {}


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # Not knowing with a form of address of the writer's own, in any language.
        ("Sorry didi, I don't know", "peer_support.low_value_reply", "whatsapp"),
        ("Apologies, I also have no idea.", "peer_support.low_value_reply", "whatsapp"),
        # Readers told to go in words of their own: make room, step aside, unfollow.
        ("If all you do is scroll, step aside for people who post.",
         "peer_support.telling_to_leave", "facebook"),
        ("Members with nothing to contribute should unfollow.", "peer_support.telling_to_leave",
         "linkedin"),
        # Pressed for the exact words or the whole list.
        ("Tell us word for word what the nurse said.", "peer_support.pressing_to_disclose",
         "facebook"),
        ("Be specific, which ward was it?", "peer_support.pressing_to_disclose", "facebook"),
    ],
)  # fmt: skip
def test_replies_leave_orders_and_pressing_of_the_tenth_round_are_found(
    text: str, rule: str, site: str
) -> None:
    with rules_alone():
        assert rule in _rules("peer_support", text, site)


@pytest.mark.parametrize(
    "text",
    [
        # A reason given, or something said beyond not knowing.
        "sorry can't, dentist",
        "Sorry, I don't know, I've never used that app.",
        # A heron named; naming left to the regulator; stepping aside for a professional.
        "The walking group want to name it Gerald.",
        "Raise it with the CQC rather than name them here.",
        "Step aside and let the OT assess him, she knows the kit.",
    ],
)
def test_near_misses_of_the_tenth_rounds_replies_and_orders_stay_clean(text: str) -> None:
    with rules_alone():
        assert _rules("peer_support", text, "whatsapp") == {}


class _Spans:
    """A matcher that gives the spans it is made with, in their order."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        return iter(self.spans)


def test_either_reports_each_span_that_overlaps_none_reported_before() -> None:
    """``Either`` finds overlaps by bisection: the same spans as testing each one reported."""
    rng = random.Random(17)
    draft, context = Draft("x"), Context()
    for _ in range(3000):
        matchers = []
        for _ in range(rng.randint(1, 4)):
            spans = []
            for _ in range(rng.randint(0, 8)):
                start = rng.randint(0, 30)
                width = rng.choice([0, 0, 1, 2, 3, 5, 8]) if rng.random() > 0.05 else -2
                spans.append(Span(start, start + width))
            matchers.append(_Spans(spans))
        expected: list[Span] = []
        for matcher in matchers:
            for span in matcher.spans:
                if not any(span.start < f.end and f.start < span.end for f in expected):
                    expected.append(span)
        assert list(Either(tuple(matchers)).find(draft, context)) == expected


class _SaysContempt:
    """Stands in for the learned scorer's insults: every sentence holding "fire alarm", as a
    finding it is sure of, or as a reminder only."""

    def __init__(self, reminder: bool = False) -> None:
        self.reminder = reminder

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        from core.matchers.sentences import sentence_bounds
        from core.model import Reminder

        for lo, hi in sentence_bounds(draft):
            if "fire alarm" in draft.folded[lo:hi]:
                start, end = draft.to_original(lo, hi)
                yield Reminder(start, end) if self.reminder else Span(start, end)


@pytest.mark.parametrize(
    ("text", "site", "employer", "supported"),
    [
        # Contempt only the scorer reads, said of a colleague in public, or of a person supported
        # named or "he" after them.
        ("Our deputy is a fire alarm with no fire.", "facebook", True, False),
        ("Our deputy is a fire alarm with no fire.", "whatsapp", False, False),
        ("The lady I support is a fire alarm with no fire.", "facebook", False, True),
        ("Did the gent I visit on Mondays. Honestly he's a fire alarm.", "facebook", False, True),
        # Not said of them: what someone called the writer, or people only near where they are.
        ("The man in flat 9 told me I was a fire alarm.", "facebook", False, False),
        ("The lot on that estate outside the home are a fire alarm.", "facebook", False, False),
    ],
)
def test_the_scorers_contempt_is_read_for_whom_it_is_said_of(
    monkeypatch: pytest.MonkeyPatch, text: str, site: str, employer: bool, supported: bool
) -> None:
    monkeypatch.setattr(professional, "_SCORED_CONTEMPT", (_SaysContempt(),))
    draft, context = Draft(text), Context(site=site)
    assert bool(list(professional.find_contempt_for_the_employer(draft, context))) is employer
    assert bool(list(professional.find_contempt_for_the_supported(draft, context))) is supported


def test_the_scorers_reminders_are_not_read_as_contempt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(professional, "_SCORED_CONTEMPT", (_SaysContempt(reminder=True),))
    draft, context = Draft("Our deputy is a fire alarm with no fire."), Context(site="facebook")
    assert list(professional.find_contempt_for_the_employer(draft, context)) == []
