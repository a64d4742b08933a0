"""The peer support pack's kinds said in words its phrases did not hold before the nineteenth round
(the hours counted since a question, "seen by many", the clock held up, thanks ended by an
eye-roll, "so few" of a network, a peer told to quit the work, a body "just being dramatic", a
reaction's emoji sent as a reply), each beside a near-miss that must stay clean. Read with the
rules alone: a rule's own gain must not lean on the learned scorer."""

from __future__ import annotations

import pytest

import core
from core.learned.scorer import rules_alone
from core.model import Severity


def _rules(text: str, site: str | None) -> dict[str, Severity]:
    return {f.rule: f.severity for f in core.check(text, packs=["peer_support"], site=site)}


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # Chasing: the hours counted since the question, the readers counted, the clock.
        ("Three days since I asked about the minibus insurance and still nothing.",
         "peer_support.chasing", "whatsapp"),
        ("I can tell from the read receipts that everyone has opened it.",
         "peer_support.chasing", "whatsapp"),
        ("Viewed by most of the group by now, I'd imagine.", "peer_support.chasing", "facebook"),
        ("Still no reply about Friday. Tick tock, people.", "peer_support.chasing", "whatsapp"),
        ("Kindly revert ASAP regarding the shift swap.", "peer_support.chasing", "whatsapp"),
        # Ordinals in words, a vow to keep posting, reminders and views counted.
        ("Posting for the fifth time: who has the fob for the side gate?",
         "peer_support.chasing", "whatsapp"),
        ("I'll keep bumping this every morning until someone answers.",
         "peer_support.chasing", "whatsapp"),
        ("Reminder number 4 about the fire training list.", "peer_support.chasing", "whatsapp"),
        ("52 views and no replies.", "peer_support.chasing", "facebook"),
        # Guilt: thanks ended by an eye-roll, "so few" of a network, help given "again".
        ("Cheers for all the replies everyone 🙄", "peer_support.guilt_trip", "whatsapp"),
        ("Disappointing that so few of you could spare a minute for a colleague.",
         "peer_support.guilt_trip", "linkedin"),
        ("Fine, I'll just do it myself again.", "peer_support.guilt_trip", "whatsapp"),
        # Pressing: an employer to be named, the truth to be told straight.
        ("You should name your employer publicly, or why would anyone believe you?",
         "peer_support.pressing_to_disclose", "facebook"),
        ("Just tell us what it was, it's not a big secret.",
         "peer_support.pressing_to_disclose", "whatsapp"),
        # A peer told to quit the work, and a worry waved off as the body being dramatic.
        ("Honestly, nursing isn't for you if one bad night does this.",
         "peer_support.dismissive", "facebook"),
        ("If you can't stand the heat, just hand your notice in.",
         "peer_support.dismissive", "whatsapp"),
        ("It's just your nerves, you're overthinking it.", "peer_support.minimising", "facebook"),
        ("It's only a bruise, stop making such a fuss.", "peer_support.minimising", "whatsapp"),
        ("It is nothing, you will be fine by Monday.", "peer_support.minimising", "whatsapp"),
        # The trouble made ordinary beside a worry brushed off.
        ("Stop worrying, everyone gets sworn at on nights, it's part of the job.",
         "peer_support.minimising", "facebook"),
        # A reaction's emoji or a bare "nope" sent as the whole reply; not knowing in idiom.
        ("👍", "peer_support.low_value_reply", "whatsapp"),
        ("👀👀", "peer_support.low_value_reply", "whatsapp"),
        ("nah", "peer_support.low_value_reply", "whatsapp"),
        ("Not the foggiest, sorry", "peer_support.low_value_reply", "whatsapp"),
    ],
)  # fmt: skip
def test_the_nineteenth_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert rule in _rules(text, site)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # Waiting told plainly, a service chased, a clock that is only a clock.
        ("Three days since I posted the form to the council and still nothing.", "whatsapp"),
        ("Still waiting for the GP to ring back, will update.", "whatsapp"),
        ("The clock in the lounge goes tick tock all night, can maintenance look?", "whatsapp"),
        ("Kindly revert when you get a chance regarding the shift swap.", "whatsapp"),
        ("Nobody answered the phone at the surgery all morning.", "facebook"),
        ("Please reply to me or to Joy in the office by Friday.", "whatsapp"),
        ("Third time this month the rota app has crashed.", "whatsapp"),
        ("Mum keeps asking for the hairdresser again, can we book Friday?", "whatsapp"),
        ("Keep the door shut until the fire officer comes.", "whatsapp"),
        ("How many times a day should I ask Mum to drink?", "facebook"),
        # The trouble made ordinary beside kindness.
        ("We've all been there, you'll be fine at the panel, you know your stuff.", "facebook"),
        # Thanks meant, and a network thanked.
        ("Cheers for all the replies everyone, the tip about the portal worked 🙏", "whatsapp"),
        ("Thank you to the few of you who shared examples, I've collated them below.", "linkedin"),
        # A name asked for kindly left unsaid; a secret kept about a party.
        ("Please don't name your employer in here, just message the admins.", "facebook"),
        ("The Secret Santa list is on the staffroom door.", "whatsapp"),
        # The work's hardness owned, a notice handed in by the writer, a body cared for.
        ("Nursing isn't easy, and one bad night doesn't mean it isn't for you.", "facebook"),
        ("I handed my notice in today after nine years, feeling all sorts.", "facebook"),
        ("Chin up is easy to say, I know. I'm struggling too.", "whatsapp"),
        ("Mum says it's just her nerves before the scan, is that normal?", "facebook"),
        ("The staff made such a fuss of Dad on his birthday, thank you all.", "facebook"),
        # A thumbs-up with something said, and a plain "No".
        ("👍 done, I've swapped with Precious", "whatsapp"),
        ("No", "whatsapp"),
    ],
)
def test_the_nineteenth_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # The trouble called too small to count, beside a one-off or a harder lot held up.
        ("Respectfully, one missed break isn't a wellbeing crisis.", "linkedin"),
        ("A single complaint is hardly worth a post, most of us have had dozens.", "linkedin"),
        ("Small small thing like this? Some of us are carrying twelve calls a day.", "whatsapp"),
        # The reader's feeling put in question beside the trouble called small or one-off.
        ("Why you are crying for this small thing? In my country we work seven days.", "whatsapp"),
        ("One bad review and you're crying? It's nothing.", "facebook"),
        ("Why are you so upset, it was only one shift.", "whatsapp"),
    ],
)
def test_the_twentieth_rounds_minimising_is_found(text: str, site: str) -> None:
    with rules_alone():
        assert "peer_support.minimising" in _rules(text, site)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # A real question about a feeling, a one-off allowed to hurt, a service's "crisis", a
        # small request, the writer's own trouble weighed.
        ("Why are you crying, hun? What happened at work?", "whatsapp"),
        ("One bad review isn't a catastrophe, and you're allowed to be gutted about it.",
         "facebook"),
        ("The council says one missed visit isn't a crisis. It is for my dad.", "facebook"),
        ("A small thing, but could someone bring spare gloves tomorrow?", "whatsapp"),
        ("I know others have it worse, it's not a crisis, but I'm exhausted.", "facebook"),
    ],
)  # fmt: skip
def test_the_twentieth_rounds_minimising_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


@pytest.mark.parametrize(
    "text",
    [
        # The group's eagerness for something else held against its silence to the writer.
        "Funny how quick this group is to like a photo of a cake but when I'm grieving you all "
        "disappear.",
        "Memes get 200 comments in here, ask for help with a grievance and you get nothing.",
        "When it's your problem we all jump, when it's mine everyone's busy.",
        "Everyone's so quick to share their holiday snaps but nobody's got a minute for me.",
    ],
)
def test_the_twentieth_rounds_guilt_trips_are_found(text: str) -> None:
    with rules_alone():
        assert "peer_support.guilt_trip" in _rules(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        # Eagerness praised, a post's likes counted, a quiet week let off.
        "Everyone's so quick to reply when I need help, love this lot.",
        "Our Facebook page has 300 likes and nobody has complained yet, result!",
        "Shared a video of the garden and got zero views, ha, I'll try again tomorrow.",
        "The group went quiet over Christmas, which is fine, everyone's busy.",
    ],
)
def test_the_twentieth_rounds_guilt_trip_near_misses_stay_clean(text: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, "facebook").items() if sev is not Severity.INFO}
        assert found == set()


def test_a_group_or_calling_not_for_the_reader_tells_them_to_leave() -> None:
    with rules_alone():
        # The group's door shown for moaning: read as telling to leave since the twenty-fifth
        # round (it was the dismissive rule's, a peer told the work is not for them).
        assert "peer_support.telling_to_leave" in _rules(
            "Maybe this group isn't for you if you're going to moan every day.", "facebook"
        )
        assert "peer_support.dismissive" in _rules(
            "If one bad day has you in bits, maybe care homes aren't your calling.", "facebook"
        )
        # What the group is for, told plainly; the writer's own calling.
        assert _rules("The group isn't for you to swap shifts, use the rota app.", "whatsapp") == {}
        assert _rules("Nights aren't my calling, I'm going back to days.", "whatsapp") == {}


# The twenty-first round: the reader's place in the group questioned and an ultimatum to leave; a
# vow tied to the reader's own need to come, or beside "and who didn't"; the reader reproached for
# holding back, or help made to wait on telling; the reader's trouble called "only" beside the
# writer's own harder lot; a pointer, a courtesy or a particle around a reply that adds nothing.
@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        (
            "See the folk that lurk in here, whit are ye still daein here?",
            "peer_support.telling_to_leave",
            "whatsapp",
        ),
        (
            "If yow ay gonna pitch in, what am yow here for?",
            "peer_support.telling_to_leave",
            "facebook",
        ),
        ("Quiet ones, speak up or ship out.", "peer_support.telling_to_leave", "whatsapp"),
        ("Either say summat or hoy yersels oot.", "peer_support.telling_to_leave", "facebook"),
        (
            "I won't forget this next time one of you needs a favour.",
            "peer_support.guilt_trip",
            "facebook",
        ),
        (
            "You all ignored my question. When you need me I will also be busy.",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        (
            "I'll remember who was there for me when Dad was in hospital. And who wasn't.",
            "peer_support.guilt_trip",
            "facebook",
        ),
        (
            "I am keeping a note of which colleagues replied and which chose silence.",
            "peer_support.guilt_trip",
            "linkedin",
        ),
        (
            "You can't post half a story and not tell us.",
            "peer_support.pressing_to_disclose",
            "facebook",
        ),
        (
            "Ye cannae just say he's no weel and leave it at that.",
            "peer_support.pressing_to_disclose",
            "facebook",
        ),
        (
            "If you won't say where you work, you're probably making it up.",
            "peer_support.pressing_to_disclose",
            "facebook",
        ),
        (
            "If you want our advice you need to tell us what she's on.",
            "peer_support.pressing_to_disclose",
            "facebook",
        ),
        (
            "Your mum's only had a fall, mine's had three strokes.",
            "peer_support.minimising",
            "whatsapp",
        ),
        (
            "Yuh only do two week. Wait till yuh reach ten year.",
            "peer_support.minimising",
            "whatsapp",
        ),
        ("Me too o", "peer_support.low_value_reply", "whatsapp"),
        ("^ this", "peer_support.low_value_reply", "facebook"),
        ("Good question. Watching this space.", "peer_support.low_value_reply", "linkedin"),
    ],
)
def test_the_twenty_first_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert rule in _rules(text, site)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # A shift, not the group; readers welcomed; an ultimatum with no leaving in it.
        ("Why are you still in the office at 9pm? Go home and rest!", "whatsapp"),
        ("See the folk that just read in here, that's fine by us.", "whatsapp"),
        ("Speak up or we'll never know what you need, we're all ears.", "whatsapp"),
        # Thanks meant and a vow to remember kindness; a favour owed.
        (
            "I'll always remember who was there for me when Mum was in hospital. Pat and Gwen, "
            "thank you so much.",
            "facebook",
        ),
        ("I won't forget it, Mel. You took my Boxing Day shift so I could see my lad.", "facebook"),
        ("When you need a hand with the hoist, ask Dave, he's the trainer.", "whatsapp"),
        # Telling left to the reader, the nurse told, help offered.
        (
            "You don't have to tell us anything, but if you want help, the Admiral line is good.",
            "facebook",
        ),
        ("You can't give her the tablets and not tell the nurse.", "whatsapp"),
        ("If you want help with the form, tell me which bit and I'll look.", "facebook"),
        ("Mum keeps hiding her tablets in the sofa.", "facebook"),
        # A fall met with what helped; a real answer after "me too" or a pointer.
        ("A fall is scary. My mum had a few and the falls team were brilliant.", "whatsapp"),
        (
            "Me too o. I went to the HR office and they gave me the form by hand, go there.",
            "whatsapp",
        ),
        ("^ this, and also ask for the discharge letter before they leave the ward.", "facebook"),
        ("Good question, ring the council.", "facebook"),
    ],
)
def test_the_twenty_first_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # A doubled pointer and a laugh after it add nothing; a count before the asking still
        # chases, as does asking whether anybody is actually reading.
        ("^^ this", "peer_support.low_value_reply", "facebook"),
        ("+1 lol", "peer_support.low_value_reply", "whatsapp"),
        ("Same haha", "peer_support.low_value_reply", "whatsapp"),
        (
            "Twice now I've asked who runs the drop-in and still nothing.",
            "peer_support.chasing",
            "facebook",
        ),
        ("Is anybody actually reading this?", "peer_support.chasing", "facebook"),
        # Thanks only to those who "bothered", reliance noted, a repayment demanded, and the
        # writer's covering set against nobody covering theirs.
        (
            "Cheers to those of you who actually bothered to turn up on Saturday.",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        ("Good to know who you can rely on in this team.", "peer_support.guilt_trip", "whatsapp"),
        (
            "After everything I have done for this group, this is how you repay me?",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        (
            "I've covered everyone else's shifts this year and nobody's ever once covered mine.",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        # The reader's place in the group put in question, or a decency to leave asked of them.
        (
            "Members who never contribute should consider whether this network is really the "
            "right place for them.",
            "peer_support.telling_to_leave",
            "linkedin",
        ),
        (
            "The silent ones should have the decency to move on.",
            "peer_support.telling_to_leave",
            "facebook",
        ),
    ],
)
def test_the_twenty_second_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert rule in _rules(text, site)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # A real answer after the pointer or the laugh; a count that is not of asking.
        ("^^ this, and remember when you ring the council to ask for the assessment.", "facebook"),
        ("+1 lol, I can drive two people from the Hollybank end on Friday.", "whatsapp"),
        ("Twice now I've been to the drop-in and it was lovely, do come along.", "facebook"),
        # Thanks that mean thanks, a shift nobody covered logged, what the group has done.
        ("Thank you so much to Gemma and Raj for covering on Saturday, drinks on me.", "whatsapp"),
        ("Nobody covered the late so the office sent an agency worker, all fine.", "whatsapp"),
        ("This group has done so much for me, I don't know how to repay you.", "whatsapp"),
        # A welcome that says the group is the right place, whoever posts or not.
        (
            "Whether you post or just read, this network is the right place for you.",
            "linkedin",
        ),
    ],
)
def test_the_twenty_second_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # A bare order to go, where the draft says what the reader does not do.
        (
            "Some of you just read and never say a word. Honestly? Leave.",
            "peer_support.telling_to_leave",
            "facebook",
        ),
        (
            "If all you do is watch and not reply, please go now.",
            "peer_support.telling_to_leave",
            "whatsapp",
        ),
        (
            "Folk who only lurk and never add a thing, so exit.",
            "peer_support.telling_to_leave",
            "whatsapp",
        ),
        # The writer's past help in any verb, beside silence or an expectation let down.
        (
            "I have coached so many of you through your Care Certificate. I had hoped for a reply.",
            "peer_support.guilt_trip",
            "linkedin",
        ),
        (
            "All the cover I gave this team in January, and nobody can spare one Sunday.",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        # A birthday or Christmas spent alone is not a fond memory.
        (
            "I'll just eat my birthday cake alone then, since nobody could be bothered.",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        # A demand to tell, or a question for details, beside an assurance the group keeps it.
        (
            "Go on, tell us why you left that job, we won't breathe a word.",
            "peer_support.pressing_to_disclose",
            "whatsapp",
        ),
        (
            "What did the consultant say about his scan? We're all friends here.",
            "peer_support.pressing_to_disclose",
            "facebook",
        ),
        # An order to feel better where the draft speaks of sadness.
        (
            "You're too sad lately, hun. Choose joy and smile more!",
            "peer_support.dismissive",
            "facebook",
        ),
        (
            "No more long faces in here please, just focus on the positives.",
            "peer_support.dismissive",
            "whatsapp",
        ),
        # The trouble made ordinary by a whole class of people, beside "it's only".
        (
            "All toddlers have tantrums, it's only a phase, don't read into it.",
            "peer_support.minimising",
            "facebook",
        ),
        # Thanks for nothing with the thanks spelt out, and thanks taken back by "oh wait".
        (
            "Thank you very much for nothing, the lot of you.",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        (
            "Cheers for all the replies guys, oh wait.",
            "peer_support.guilt_trip",
            "whatsapp",
        ),
        # Asks counted with "now", the writer's "I" left out as chat leaves it.
        (
            "asked bout the rota like 5 times now, hello??",
            "peer_support.chasing",
            "whatsapp",
        ),
        ("Fourth time I'm asking now: who has the van keys?", "peer_support.chasing", "whatsapp"),
    ],
)
def test_the_twenty_third_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert _rules(text, site).get(rule, Severity.INFO) is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # Advice that says "remember this when you..."; privacy advice; a post scrolled past.
        ("Remember this when you next fill in the form: keep a copy of everything.", "facebook"),
        ("Happy to help by message. There's no need to post any details here.", "linkedin"),
        ("If a thread isn't for you, just scroll past it, no harm done.", "facebook"),
        # Readers welcomed, and a writer who has to go.
        (
            "I mostly just read and never post, but I love this group. Got to go, tea's ready!",
            "facebook",
        ),
        ("People come and go in here and that's fine, nobody has to post.", "whatsapp"),
        # Help given, praised; a Christmas remembered fondly; the people the writer supports.
        ("I have mentored many of you and expected nothing less, well done all.", "linkedin"),
        ("I'll always remember this Christmas, thank you all for the visits.", "facebook"),
        (
            "The lady I support needs two people for every transfer, typical of the winter.",
            "whatsapp",
        ),
        # An assurance beside an invitation, or beside a request that is not for details.
        ("We're all friends here, so tell us your wins this week!", "facebook"),
        ("Tell us how the move went if you like, we won't mind either way.", "whatsapp"),
        # Sadness allowed, a smile reported, a care plan's positives, a flu jab.
        ("It's ok to be sad about this, you don't have to smile for anyone.", "facebook"),
        ("Mum was low all morning but the music therapist got her to smile.", "whatsapp"),
        ("He's been down so we focus on the positives in his care plan.", "whatsapp"),
        ("All carers get a free flu jab, it's only a five minute wait.", "facebook"),
        # Thanks beside "nothing" said of something else; "oh wait" in a sentence of its own.
        ("Thank you, the scan was for nothing serious in the end.", "whatsapp"),
        ("Thanks for the lift! Oh wait, I left my bag in your car.", "whatsapp"),
        # Someone else's asking counted.
        ("Mum has asked for Dad four times now, bless her.", "whatsapp"),
        ("The resident in room 4 asked about her daughter five times now.", "whatsapp"),
    ],
)
def test_the_twenty_third_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


# The twenty-fourth round: thanks taken back however warmly they open ("thank you so much for
# nothing"), thanks aimed at those who did nothing, and a gap between words where the lexicon
# meant one ("won't bother asking anything again").
@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        ("Thank you so much for nothing.", "peer_support.guilt_trip", "whatsapp"),
        (
            "Thank you so much to the eleven people who read my post and didn't say a word.",
            "peer_support.guilt_trip",
            "facebook",
        ),
        ("Don't worry, I won't bother asking anything ever again", "peer_support.guilt_trip",
         "facebook"),
        # The reader's trouble challenged in disbelief beside a harder lot; a harder lot to try
        # beside "then come and moan".
        ("You think three nights without sleep is bad? Some of us haven't slept since 2016.",
         "peer_support.minimising", "facebook"),
        ("Honestly you think a double is bad? Try doing it with shingles like I did.",
         "peer_support.minimising", "whatsapp"),
        ("Try three years without a single night off, then come and moan.",
         "peer_support.minimising", "facebook"),
        # Members removed or shown the door, where the draft speaks of their not contributing.
        ("I'm going to start removing anyone who hasn't said a word in six months.",
         "peer_support.telling_to_leave", "whatsapp"),
        ("Half this group never says a dicky bird. Time to thin the herd, admins.",
         "peer_support.telling_to_leave", "facebook"),
        ("if tha's nowt to say there's a leave button, use it", "peer_support.telling_to_leave",
         "whatsapp"),
        # The writer's one ask now met by nothing; nothing back beside their own help.
        ("When you needed cover I come always, now I ask one small thing and everybody sleeping.",
         "peer_support.guilt_trip", "whatsapp"),
        ("I give and give in this group and get nothing back.", "peer_support.guilt_trip",
         "facebook"),
        # The writer's need waved away in sarcasm beside being left alone again.
        ("Don't mind me, I'll just sit here on my own again while you all enjoy yourselves.",
         "peer_support.guilt_trip", "whatsapp"),
        ("I'll do it on my own like always. Don't worry about me.", "peer_support.guilt_trip",
         "whatsapp"),
        # A private question egged on; a guess beside "tell us"; the group's sharing as a due.
        ("Go on then, what meds are you on?", "peer_support.pressing_to_disclose", "facebook"),
        ("Is it cancer? Tell us, we are your colleagues.", "peer_support.pressing_to_disclose",
         "whatsapp"),
        ("We all shared our stories, now you share yours.", "peer_support.pressing_to_disclose",
         "facebook"),
        ("Why has nobody replied to my post about the rota?", "peer_support.chasing",
         "whatsapp"),
        # Orders to feel better that name the sadness they order away.
        ("Don't let it get you down 😊", "peer_support.dismissive", "facebook"),
        ("Gies a smile hen, ye'll be fine, nae point greetin ower it", "peer_support.dismissive",
         "facebook"),
        # The group messaged one by one, or tagged whole beside a demand to answer.
        ("I've also messaged several of you directly. Would really appreciate answers today.",
         "peer_support.chasing", "linkedin"),
        ("Tagging everyone who's commented this week. Please somebody answer me.",
         "peer_support.chasing", "facebook"),
    ],
)  # fmt: skip
def test_the_twenty_fourth_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert _rules(text, site).get(rule, Severity.INFO) is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # Thanks meant, to those who read and to those who only sat with the writer.
        (
            "Thank you so much to everyone who read my post about Dad, and to those who messaged.",
            "facebook",
        ),
        ("Thanks to everyone who came, even those who said nothing but just sat with me.",
         "facebook"),
        # A question asked in earnest, and a way to try that is advice.
        ("Do you think that's bad for her skin? Try doing it with barrier cream first.",
         "whatsapp"),
        ("Try doing it with the slide sheet, it's much easier on your back.", "facebook"),
        # Removal for something other than keeping quiet; a door shown in a garden.
        ("We're removing anyone who hasn't done their manual handling from the rota until they "
         "book it.", "whatsapp"),
        ("Mum never says much, so the nurse showed us the door to the garden.", "facebook"),
        # A service's silence; an ask put to the group; help offered.
        ("I asked one simple question at the council and got nothing back.", "facebook"),
        ("Now I need a lift to the clinic, is anyone around on Thursday?", "whatsapp"),
        ("I help everyone when I can, it's what we do.", "facebook"),
        # "Don't worry about me" meant, the only driver, a weekend alone offered as an outing.
        ("Don't worry about me, I'm fine, enjoy your holiday!", "whatsapp"),
        ("I'm the only one who drives so I'll take Mum to the clinic.", "whatsapp"),
        ("I'm on my own this weekend, anyone fancy a walk?", "whatsapp"),
        ("I've given years to this group and loved every minute.", "facebook"),
        # Egging on to a quiz, a guess beside an invitation, stories shared at a meeting.
        ("Come on, who's up for the quiz on Friday?", "whatsapp"),
        ("Is it cancer? Tell me if you want to talk, no pressure.", "whatsapp"),
        ("We all shared our stories at the meeting and it was lovely.", "facebook"),
        # A service's line left unanswered, named with a word before it.
        ("WHY DOES NOBODY EVER ANSWER THE ON-CALL PHONE AT MY COMPANY", "facebook"),
        ("Why is nobody answering the office phone? This is an emergency.", "whatsapp"),
        ("It's ok to cry, don't let anyone tell you otherwise.", "facebook"),
        # Tagging for a photo; a question for a plumber; an inbox offered privately.
        ("Tagging everyone who came to the party in the photos!", "facebook"),
        ("Someone must know a good plumber in Leeds?", "whatsapp"),
        ("If you want to talk it through privately, my inbox is open.", "facebook"),
    ],
)  # fmt: skip
def test_the_twenty_fourth_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


# The twenty-fifth round: kinds read across sentences and by the reader's worry called too much.
@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # The trouble called "only" what it is, the worry called too much in the next sentence.
        ("It's only a bit of forgetfulness, my gran was the same. You worry too much.",
         "peer_support.minimising", "facebook"),
        ("Is only grief, everybody lose parents. Stop cry, you are making drama.",
         "peer_support.minimising", "whatsapp"),
        # The writer's past help in one sentence, the silence or a vow now in the next.
        ("I've supported so many of you over the years. When I finally ask for a simple "
         "recommendation, silence. Noted.", "peer_support.guilt_trip", "linkedin"),
        ("I covered for every one of yous last winter. Not one of yous can do my Sunday.",
         "peer_support.guilt_trip", "whatsapp"),
        # The door shown for complaining, arguing or drama rather than for keeping quiet.
        ("If all you do is moan about your mam, maybe this isn't the group for you love.",
         "peer_support.telling_to_leave", "facebook"),
        ("You always write negative. Maybe better you leave the group.",
         "peer_support.telling_to_leave", "whatsapp"),
        ("You keep complaining about this group. Just go.", "peer_support.telling_to_leave",
         "whatsapp"),
        # A comment that only watches the thread for answers.
        ("Commenting so I see the answers", "peer_support.low_value_reply", "facebook"),
        ("me too I am waiting for answer 🙏", "peer_support.low_value_reply", "whatsapp"),
        # A smile ordered where the draft speaks of sadness.
        ("Stop crying now, give us a big smile!", "peer_support.dismissive", "facebook"),
        # Chasing that lists the times asked, or says the group is on.
        ("Following up on my message from Monday, Tuesday and this morning.",
         "peer_support.chasing", "linkedin"),
        ("Mo? Precious? I know you're all on, you were posting memes two minutes ago.",
         "peer_support.chasing", "whatsapp"),
        # The writer left alone beside disappointment, in two sentences.
        ("Nae bother, I'll just sit here on me own then. Some support group this is.",
         "peer_support.guilt_trip", "whatsapp"),
        # A trouble said to be nothing, to the reader or beside a harder lot.
        ("Honestly a bad fortnight is nothing, you young ones don't know you're born.",
         "peer_support.minimising", "facebook"),
        ("Eighteen months is nothing. Some of us are doing life sentences with ours.",
         "peer_support.minimising", "facebook"),
        # An order to go beside "nobody's forcing you to stay"; the quiet ones told to leave.
        ("tbh no one wants u here anymore, just leave the chat", "peer_support.telling_to_leave",
         "whatsapp"),
        ("honestly the quiet ones should just leave, it's not a library",
         "peer_support.telling_to_leave", "facebook"),
        # "Could be worse" said to someone, not of the writer's own trouble.
        ("Could be worse, you've still got your mum.", "peer_support.minimising", "facebook"),
        ("Broke her wrist? Could be worse hun, my dad broke his hip.",
         "peer_support.minimising", "facebook"),
    ],
)  # fmt: skip
def test_the_twenty_fifth_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert _rules(text, site).get(rule, Severity.INFO) is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # "Only" of a walk or a test, and a worry shared rather than called too much.
        ("It's only a short walk from the station. Don't worry if you're late, come anyway.",
         "whatsapp"),
        ("It's only a fire alarm test on Wednesday. I worry so much about Mum on nights too.",
         "facebook"),
        # The writer's past help told with joy, and a quiet week with no one to blame.
        ("I've supported many of you through your Level 3 over the years. It's been a joy, "
         "honestly.", "linkedin"),
        ("I covered for a few of you last winter and you lot covered me in March. Nobody's "
         "free this Sunday, I'll ask the bank.", "whatsapp"),
        # The writer's own leaving after a moan, and a complaint taken elsewhere.
        ("Sorry for all my moaning lately. I'm going to leave the group for a while.",
         "facebook"),
        ("If you want to complain about the agency, you can go to the council's complaints "
         "team.", "whatsapp"),
        # Waiting on a service's answer, and watching a thread that says where to look.
        ("Still waiting for an answer from the council about the ramp.", "facebook"),
        ("Watching this thread, the carers centre answered mine in a week.", "facebook"),
        # A smile told of, given to the writer; a bump that lets people off; a question withdrawn.
        ("Very tired today, my feet crying 😭 but old lady at last call give me big smile, so ok.",
         "whatsapp"),
        ("Sorry for bump again 🙏 still looking for Thai speaking carer near Reading. If no, "
         "it's ok.", "facebook"),
        ("I've asked the same question three times, ignore me, found it now 😂", "whatsapp"),
        # Days named for a meeting; a polite "I know you're all busy".
        ("I posted the rota on Monday and we meet Thursday and this Saturday.", "whatsapp"),
        ("Bumping this in case it got buried, I know you're all busy, no rush.", "whatsapp"),
        # On my own with Mum this weekend, and a service's failing, not the group's.
        ("I'm on my own with Mum again this weekend. The council's letter was disappointing, "
         "I'll ring them Monday.", "facebook"),
        # "Nothing" that says something else, to the reader.
        ("There is nothing you could have done differently, please be kind to yourself.",
         "facebook"),
        ("It is nothing you did, he is like that with everyone at first.", "whatsapp"),
        ("This is nothing to do with you, ask HR about the rota.", "whatsapp"),
        # A job nobody forces the reader to stay in; the quiet ones welcomed.
        ("Nobody's forcing you to stay in a job that makes you ill, please look after yourself.",
         "facebook"),
        ("The quiet ones are very welcome, reading along is fine.", "facebook"),
        # "Could be worse" of the writer's own trouble, in a post about "I" and "my".
        ("Broke my wrist on the ice. Could be worse, it's my left and I can still do the "
         "crossword.", "facebook"),
        ("Boiler's deid an I've the cauld. Could be worse, I tell masel, at least Mam's sleepin.",
         "whatsapp"),
    ],
)  # fmt: skip
def test_the_twenty_fifth_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # "I don't know" in another language, with a "sorry" or a form of address beside it.
        ("não sei, desculpa 🙏", "peer_support.low_value_reply", "whatsapp"),
        ("Keine Ahnung, sorry", "peer_support.low_value_reply", "facebook"),
        ("pata nahi sis", "peer_support.low_value_reply", "whatsapp"),
        ("不知道 sorry", "peer_support.low_value_reply", "facebook"),
        # Thanks for nothing said to the group, beside a group's name that is no organisation.
        ("Thank you so much for nothing, Carers Group. Not one reply.",
         "peer_support.guilt_trip", "facebook"),
        # Someone held up who bore worse without a word, beside a harder lot or a brush-off.
        ("Me mam had it ten times worse an never grumbled once, love.",
         "peer_support.minimising", "whatsapp"),
        ("You worry for nothing, in my country we do this and nobody make this big fuss.",
         "peer_support.minimising", "whatsapp"),
        # The writer's own giving as a habit or a record, and next to nothing back now.
        ("I always comment on your children's photos. Nobody comment on my son birthday.",
         "peer_support.guilt_trip", "facebook"),
        ("I've been answering questions in this group for years. Got two likes on mine. Says "
         "it all.", "peer_support.guilt_trip", "facebook"),
        # A story left half told, reproached; everything said to be owed beside a question.
        ("You can't just post half a story and not say.", "peer_support.pressing_to_disclose",
         "facebook"),
        ("which hospital you went and why? we are worry, you must tell everything",
         "peer_support.pressing_to_disclose", "whatsapp"),
    ],
)  # fmt: skip
def test_the_twenty_sixth_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert _rules(text, site).get(rule, Severity.INFO) is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # Not knowing in another language beside a pointer, or beside words of its own.
        ("Não sei, desculpa, but ring the council's carers line, they sorted ours.", "whatsapp"),
        ("Geen idee! We loved the trip though, thank you for organising it.", "facebook"),
        ("pata nahi kyun but the GP sorted it in 2 days", "whatsapp"),
        # Thanks for nothing said to a named organisation, not to the group.
        ("Thanks for nothing, Eastmoor Trust. Six weeks for a wheelchair assessment.",
         "facebook"),
        ("Cheers for nowt Hallam City Council, the ramp still isn't in.", "whatsapp"),
        # Bearing it without a word told as a memory, or as praise of the reader.
        ("Dad never complained once through all his chemo, he was a hero.", "facebook"),
        ("It's part of the job, I know, and you never once complained. Proud of you.",
         "whatsapp"),
        ("She never said a word about the pain, it was only at the end we found out. Get your "
         "mum checked.", "facebook"),
        # The writer's own giving told beside thanks, or with the group let off.
        ("I always comment on your photos, they make my day. Thank you all for the birthday "
         "wishes!", "facebook"),
        ("I always bring cake for everyone on a Friday. Only two of you got any this week, the "
         "rest went by ten!", "whatsapp"),
        ("I always post the rota for everyone on Sunday. Got three likes, so I know it's been "
         "seen, ta.", "whatsapp"),
        # Half a story told of a service, details needed for a trip, a card or a hope.
        ("Half the story is the council never rang back. Which office did you go to?",
         "facebook"),
        ("We need all the details of the trip by Friday please, which coach firm?", "whatsapp"),
        ("Which hospital is he in? We need to know where to send the card.", "whatsapp"),
        ("Don't leave us hanging, hope the interview went well! Only if you want to share x",
         "facebook"),
        ("I lent half of you my car seat at some point, can whoever has it now let me know? No "
         "rush.", "whatsapp"),
    ],
)  # fmt: skip
def test_the_twenty_sixth_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


def _seconds(text: str) -> bool:
    from core.draft import Draft
    from core.model import Span
    from core.packs.peer_support import seconded

    return seconded(Draft(text), Span(0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        # The unkind act itself: keeping score, a trouble set beside worse ones, a push to leave.
        "Some of us have been covering for you since Easter while you sat on your hands.",
        "Try being up with twins AND my mother, then you can talk.",
        "That's nothing compared to what our Carol went through.",
        # Leaving and the group, together.
        "If you disagree with the direction of this network, I would suggest you consider "
        "whether it is the right place for you.",
    ],
)
def test_the_packs_own_words_second_a_sentence_the_scorer_half_sees(text: str) -> None:
    assert _seconds(text)


@pytest.mark.parametrize(
    "text",
    [
        # The same acts with the reader let off, thanks, or a group's rule told as a rule.
        "Some of us have been covering nights since Easter, no pressure, but could anyone swap?",
        "I'll remember this group fondly.",
        "Please leave this group if you have left the company.",
        "Thank you all for the support this week.",
        # Words of context alone: the group, sadness, "nobody".
        "Nobody in this group is sad about the new rota.",
        "Nice weather today.",
    ],
)
def test_words_of_context_or_letting_off_second_nothing(text: str) -> None:
    assert not _seconds(text)


def test_a_sentence_is_seconded_by_the_sentence_the_span_starts_in() -> None:
    from core.draft import Draft
    from core.model import Span
    from core.packs.peer_support import seconded

    text = "Lovely weather. Some of us have been covering for you since Easter."
    start = text.index("Some")
    assert seconded(Draft(text), Span(start, len(text)))
    assert not seconded(Draft(text), Span(0, start - 1))


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # Nobody answering, said with "nobody's".
        ("Nobody's answered me in two days.", "peer_support.chasing", "facebook"),
        ("Can't believe no one's replied.", "peer_support.chasing", "whatsapp"),
        # Not knowing in "couldn't tell you", and not knowing with its reason in a few words.
        ("Couldn't tell ya", "peer_support.low_value_reply", "facebook"),
        ("couldnae tell ye", "peer_support.low_value_reply", "whatsapp"),
        ("Can't help, never used that system 🤷‍♀️", "peer_support.low_value_reply", "whatsapp"),
        ("no idea, never worked nights", "peer_support.low_value_reply", "whatsapp"),
    ],
)  # fmt: skip
def test_the_twenty_seventh_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert _rules(text, site).get(rule, Severity.INFO) is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Sorry nobody's answered, it's been a quiet week in here. No worries if you've sorted "
         "it already.", "facebook"),
        ("Nobody's bothered about the new rota.", "whatsapp"),
        ("I couldn't tell you how grateful I am.", "whatsapp"),
        ("Sorry can't tell you, it's confidential.", "whatsapp"),
        # The reason given by the writer of themselves, or followed by a pointer elsewhere.
        ("Sorry, I don't know, I've never used that app.", "whatsapp"),
        ("I've never met her, sorry", "whatsapp"),
        ("Can't help, never used that system, but Priya on days knows it", "whatsapp"),
    ],
)  # fmt: skip
def test_the_twenty_seventh_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


@pytest.mark.parametrize(
    ("text", "rule", "site"),
    [
        # A trouble said to be survivable, beside "only", a small dose said to the reader, or a
        # worry brushed off.
        ("A missed tablet won't kill her, it's part and parcel of a home.",
         "peer_support.minimising", "facebook"),
        ("A little tiredness won't kill you.", "peer_support.minimising", "whatsapp"),
        ("I don't see what the fuss is. A bit of lifting never killed anybody.",
         "peer_support.minimising", "facebook"),
        # A state of mind called a mere word or a fashion.
        ("Stress is a word people use far too readily. We just got on with it.",
         "peer_support.minimising", "facebook"),
        ("Anxiety is a fashionable label for nerves.", "peer_support.minimising", "linkedin"),
        ("We didn't have burnout in my day.", "peer_support.minimising", "facebook"),
        # Tiredness made ordinary beside a worry brushed off; "don't make a big thing".
        ("Everyone is knackered, don't take it so serious.", "peer_support.minimising",
         "whatsapp"),
        ("someone hit you? it's part of the job, don't make a big thing",
         "peer_support.minimising", "whatsapp"),
        # Told to put up with it and go on, beside the trouble called nothing or small; a trouble
        # said to happen to everyone beside "that's nothing".
        ("a fall is not a death sentence, get her checked n move on", "peer_support.minimising",
         "whatsapp"),
        ("That's nothing in this job, it happens to everyone.", "peer_support.minimising",
         "facebook"),
        # The writer's own lot held up straight after "could be worse", opening a reply.
        ("Could be worse, mine's in a care home miles away and I only get Sundays.",
         "peer_support.minimising", "facebook"),
        # An order to go for complaining; the door shown as another place, or said to the
        # reader of "our group".
        ("just leave then no1 will miss ur moaning", "peer_support.telling_to_leave", "whatsapp"),
        ("Perhaps this network is not the appropriate space for you.",
         "peer_support.telling_to_leave", "linkedin"),
        ("if you just want to moan about work, there's another group for that",
         "peer_support.telling_to_leave", "whatsapp"),
        ("Please remove yourself from our group.", "peer_support.telling_to_leave", "whatsapp"),
        # Thanks taken back at the end, in a sentence of its own; the love felt; thanks for
        # "absolutely nothing"; a sarcastic face a little further on.
        ("Thanks to all who came to the quiz night. Oh wait, that was just me.",
         "peer_support.guilt_trip", "facebook"),
        ("cheers for the help everyone. oh wait", "peer_support.guilt_trip", "whatsapp"),
        ("Cheers guys, really feel the love.", "peer_support.guilt_trip", "facebook"),
        ("Thanks for literally nothing, the lot of you.", "peer_support.guilt_trip", "facebook"),
        ("Thanks for all the help with the rota this month everyone, really felt it 🙃",
         "peer_support.guilt_trip", "whatsapp"),
        # Wanting to know too, and nothing else; someone else pointed at, no one in particular.
        ("+1 would like to know too", "peer_support.low_value_reply", "facebook"),
        ("me too wanna know", "peer_support.low_value_reply", "facebook"),
        ("I'd like to know too, let me know if you find out", "peer_support.low_value_reply",
         "whatsapp"),
        ("No idea sorry. Somebody else maybe.", "peer_support.low_value_reply", "whatsapp"),
        ("not sure, maybe ask someone else hehe", "peer_support.low_value_reply", "whatsapp"),
        # Leaving the group put to the reader as a thought to weigh; readers "welcome to leave".
        ("Honestly, have you thought about leaving this group? You never seem happy in it.",
         "peer_support.telling_to_leave", "facebook"),
        ("Maybe step back from the chat for good if it upsets you that much.",
         "peer_support.telling_to_leave", "whatsapp"),
        ("Time you found somewhere else to post, I think.", "peer_support.telling_to_leave",
         "facebook"),
        ("those who only read, you are welcome to leave", "peer_support.telling_to_leave",
         "whatsapp"),
        # The group said to answer others at once.
        ("You all had plenty to say when Dawn needed a lift.", "peer_support.guilt_trip",
         "facebook"),
        ("yous all answered Tomasz in two minutes", "peer_support.guilt_trip", "whatsapp"),
        ("if it was the manager asking you'd all be falling over yourselves",
         "peer_support.guilt_trip", "whatsapp"),
        # Pressing for the story, whoever "has to know".
        ("Come on, tell us what happened, nobody has to know it was you.",
         "peer_support.pressing_to_disclose", "whatsapp"),
        # A bare reply after the question it quotes, on a line of its own or marked.
        ("Anyone know if the hoist training is still on?\nNo idea sorry",
         "peer_support.low_value_reply", "whatsapp"),
        ("> anyone been refused PIP after a reassessment?\nno idea sorry",
         "peer_support.low_value_reply", "whatsapp"),
        ('"Is anyone else stuck?" Same here, no idea sorry', "peer_support.low_value_reply",
         "facebook"),
    ],
)  # fmt: skip
def test_the_twenty_eighth_rounds_kinds_are_found(text: str, rule: str, site: str) -> None:
    with rules_alone():
        assert _rules(text, site).get(rule, Severity.INFO) is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The heat won't kill her but keep her drinking, it's 30 degrees.", "whatsapp"),
        ("A bit of fresh air never hurt anyone, take her out in the chair.", "whatsapp"),
        ("\"Burnout\" is the word I'd use for how the whole team feels, and it's real. Please "
         "talk to your manager.", "facebook"),
        ("Compassion fatigue is a real thing; we used to call it nothing and people just left.",
         "linkedin"),
        ("Could be worse, I suppose. Anyway, off to bed.", "facebook"),
        ("I'm going to leave the group for a bit, too much moaning from me lately.", "whatsapp"),
        ("There's another group for that, the benefits one, shall I add you?", "whatsapp"),
        ("Our group is for carers in Fife, please remove yourself if you've moved, no hard "
         "feelings.", "whatsapp"),
        ("Everyone is tired this week, the rota has been brutal. Big thanks to all of you.",
         "whatsapp"),
        ("Can I ask, is the app slow to sync when you're out in the sticks? Not moaning at the "
         "app folk, it's the signal.", "facebook"),
        # "You'll get used to it" and "move on" beside "it's only": kind replies say them too.
        ("The new system is a pain but you'll get used to it, it's just different.", "whatsapp"),
        ("It's only a form, fill it in and move on, the rest is easier.", "whatsapp"),
        ("It was only a small mistake and you reported it, that's what matters. Learn from it "
         "and move on, you're a good nurse.", "facebook"),
        ("The first month on nights is tough. It's only temporary though, you'll get used to "
         "it.", "whatsapp"),
        # "Oh wait" that goes on to say something; love felt with thanks meant.
        ("Thanks all for the cake! Oh wait, I forgot to say the rota has changed, Sam is on "
         "Friday now.", "whatsapp"),
        ("Thanks everyone for coming. Oh wait, does anyone have my umbrella?", "whatsapp"),
        ("Thank you so much everyone, really feeling the love after all your kind messages ❤️",
         "facebook"),
        # Wanting to know something of one's own; someone else named, or a pointer after.
        ("Would like to know more about the course, can you DM me?", "facebook"),
        ("I'd like to know what time the meeting is", "whatsapp"),
        ("Sorry, I don't know. Ask someone else on days, Priya knows.", "whatsapp"),
        ("+1, we rang the council and they sent the form the same week", "facebook"),
        # A break from the group suggested kindly; the writer's own going; a job, not the group.
        ("If it's too much for you right now, maybe step back from the group for a bit, we'll be "
         "here when you're ready.", "facebook"),
        ("I'm stepping back from the group for good, thanks for everything everyone.", "facebook"),
        ("You're welcome to leave your bags in the office while you visit.", "facebook"),
        ("Have you thought about leaving that job? They treat you terribly.", "facebook"),
        # Quick answers thanked; plenty to say to come; the writer's own quick reply.
        ("Thank you all, you all answered in five minutes, what a group!", "facebook"),
        ("You'll have plenty to say when you meet her, she's lovely.", "whatsapp"),
        ("I replied to you in a few minutes, check your messages x", "whatsapp"),
        # No rule that anyone has to speak: a welcome, not pressure.
        ("Sure there's no rule that ye have to open yer mouth in here. Stay as long as ye like.",
         "whatsapp"),
        # The asker's own words after the question, or a reply after it that helps.
        ("Can anyone cover Sat?\nNo worries if not x", "whatsapp"),
        ("Anyone going to the carers' café tomorrow?\nNot sure I can make it", "whatsapp"),
        ("Does anyone know if the pharmacy is open on Sunday?\nSorry if this has been asked",
         "facebook"),
        ("Does anyone know the number for the district nurses?\nNo idea sorry, try 111 they "
         "will put you through", "whatsapp"),
    ],
)  # fmt: skip
def test_the_twenty_eighth_rounds_near_misses_stay_clean(text: str, site: str) -> None:
    with rules_alone():
        found = {r for r, sev in _rules(text, site).items() if sev is not Severity.INFO}
        assert found == set()


@pytest.mark.parametrize(
    "text",
    [
        "You're lucky he still knows who you are.",
        "You don't know how lucky you are.",
        "you young ones don't know you're born",
    ],
)
def test_telling_someone_they_are_lucky_minimises(text: str) -> None:
    with rules_alone():
        assert _rules(text, "facebook").get("peer_support.minimising") is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "We're lucky to have such a supportive group.",
        "You're lucky she's such a star.",
        "I don't know how lucky I am to have this team.",
    ],
)
def test_luck_that_weighs_no_worry_stays_clean(text: str) -> None:
    with rules_alone():
        assert "peer_support.minimising" not in _rules(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Some of you only joined to have a nose. You know who you are. Show yourselves out.",
        "Sorry but you are new and already you tell us we do everything wrong. Maybe this group "
        "is not for you.",
    ],
)
def test_the_door_shown_to_the_reader_beside_the_group_or_a_class_of_members(text: str) -> None:
    with rules_alone():
        assert _rules(text, "facebook").get("peer_support.telling_to_leave") is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "Some of you want to leave the chat for the holidays, you can come back any time.",
        "Training sessions are on the rota, please do one before your next medication round.",
        "Show yourselves round the new unit before Monday.",
    ],
)
def test_leaving_let_off_or_a_task_done_is_no_door_shown(text: str) -> None:
    with rules_alone():
        assert "peer_support.telling_to_leave" not in _rules(text, "whatsapp")


@pytest.mark.parametrize(
    "text",
    [
        "nah it's cool, I'll just sit in A&E on my own with mum for 9 hours",
        "Guess I'll just cope on my own then.",
        "don't worry about me, I'll just muddle on by myself",
    ],
)
def test_coping_alone_announced_with_self_pity_trips_guilt(text: str) -> None:
    with rules_alone():
        assert _rules(text, "whatsapp").get("peer_support.guilt_trip") is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "I'll just sort the rota myself tonight, it's quicker.",
        "I'll sit with Mum on Saturday, can someone do Sunday?",
        "Bump for the Saturday swap, no worries if nobody can, I'll sort something.",
    ],
)
def test_taking_a_job_on_without_reproach_trips_no_guilt(text: str) -> None:
    with rules_alone():
        assert "peer_support.guilt_trip" not in _rules(text, "whatsapp")


def test_a_trouble_called_nothing_with_that_minimises() -> None:
    with rules_alone():
        found = _rules("you got one complaint from one family, that's nothing", "whatsapp")
        assert found.get("peer_support.minimising") is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "That's nothing to do with the rota, ask HR.",
        "Thanks for the lift! Oh that's nothing, any time.",
        "Stop acting like a stranger and come for a brew!",
    ],
)
def test_nothing_said_of_no_trouble_minimises_nothing(text: str) -> None:
    with rules_alone():
        assert "peer_support.minimising" not in _rules(text, "whatsapp")


@pytest.mark.parametrize(
    "text",
    ["She was 94, she had a good innings.", "He had a good innings love, 94 is a great age."],
)
def test_a_death_weighed_against_a_long_life_minimises(text: str) -> None:
    with rules_alone():
        assert _rules(text, "facebook").get("peer_support.minimising") is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "Mum had a good innings, 96 last week, and went peacefully.",
        "Our nan was a great age, 101, and sharp as a tack to the end.",
        "My grandad had a long innings at the cricket club, fifty years as scorer.",
        "Sheila was 30 years at Oakfield, a great innings, enjoy retirement!",
        "She had a great innings at the club, forty years behind the bar.",
    ],
)
def test_the_writers_own_people_or_a_working_life_weighed_as_they_like(text: str) -> None:
    with rules_alone():
        assert "peer_support.minimising" not in _rules(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Tagging everyone who was online an hour ago: @Ifeoma @Dorcas @Senga. Someone must know.",
        "Tagging everyone who hasn't answered my poll about the meeting date: @Sue @Karen @Mo.",
        "Still no response from any of the forty people I tagged.",
    ],
)
def test_the_group_tagged_to_make_it_answer_is_chasing(text: str) -> None:
    with rules_alone():
        assert _rules(text, "facebook").get("peer_support.chasing") is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "Tagging everyone who came to the fundraiser, thank you so much!",
        "Tagging everyone from nights so you see the new rota.",
        "Tagging everyone who's done a PIP appeal in case you missed it, no pressure at all "
        "@Gail @Rosie",
    ],
)
def test_the_group_tagged_with_thanks_news_or_no_pressure_is_not_chased(text: str) -> None:
    with rules_alone():
        assert "peer_support.chasing" not in _rules(text, "facebook")
