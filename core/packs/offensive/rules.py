"""The offensive pack's rules: what each says, and the examples it must flag and pass.

Each rule reports the spans the pack's reading (``reader.analyse``) files under its name.
"""

from __future__ import annotations

from ...matchers import Custom
from ...model import Rule, Severity, Tip
from .reader import finder

_TIP = Tip.OFFENSIVE

SLUR = Rule(
    id="offensive.slur",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This word is a slur.",
    why=(
        "A slur demeans people for who they are and can be read as hate by anyone in the group; "
        "it is what the tip 'Do not post offensive or inappropriate material' is about."
    ),
    suggestion="Consider taking the word out, or naming the group in neutral terms.",
    matcher=Custom(finder("slur")),
    flags=(
        "That's only natural for a [[tranny]] like you.",
        "They are just a bunch of [[n1ggers]].",
        "You are nothing but a [[b i t c h]].",
        "Typical [[bitch]]behaviour.",
        "[[Wetbacks]] just can't help themselves.",
        "Don't be such a [[fagg0t]].",
        "Look at that [[camel fucker]].",
        "What a [[r3tard]].",
        "A [[queer]] like you should know better.",
    ),
    passes=(
        "They are building a new dyke near the beach.",
        "My Labrador bitch gave birth to three puppies today.",
        "He bought a packet of fags at the corner store.",
        "She bought some faggots at the butcher.",
        "I was feeling rather queer so I sat down to rest.",
        "Great to see my university offer a course in queer studies.",
        "A hoe is a kind of garden tool used to remove weeds.",
        "The fire retardant was applied to the curtains.",
        "Scunthorpe and Penistone are towns in the north of England.",
        "We watched a documentary about Homo sapiens.",
        "A strike could cripple the railway for a week.",
        "Look at the mongoose in the picture.",
        "Snigger quietly at the back.",
        "The hereditary spastic paraplegia group meets on Monday.",
        "Our walk goes along Dyke Road to the park.",
        "Dad, a smoker all his life, keeps asking to go out for a fag.",
    ),
)

PROFANITY = Rule(
    id="offensive.profanity",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This is swearing.",
    why=(
        "Swearing that friends shrug off can read as unprofessional or hostile to peers, and the "
        "tip 'Do not post offensive or inappropriate material' applies to it too."
    ),
    suggestion="Consider a milder word: the point will still come across.",
    matcher=Custom(finder("profanity")),
    flags=(
        "That's a great [[fucking]] idea.",
        "[[f u c k]] this rota.",
        "[[f.u.c.k]] this rota.",
        "[[f_u_c_k]] this rota, and a [[t_w_a_t]] wrote it.",
        "What the [[fuuuuck]] happened?",
        "What the [[f*ck]] happened?",
        "[[Sh1t]], I forgot the keys.",
        "[[$hit]], I forgot the keys.",
        "He is a [[b@stard]].",
        "That was a [[fcuk]] up and a [[fuk]] up.",
        "Oh [[shti]], not again.",
        "You [[fucking]]idiot.",
        "[[Fuck]]all use, this form.",
        "Stop being such a [[prick]].",
        "Don't be a [[dick]] about it.",
        "What a [[dickhead]].",
        "[[ｆｕｃｋ]] that.",
        "[[fu\u200bck]] that.",
        "[[ѕhit]] happens.",
        "[[wtf]] is this rota.",
        "[[Feckin]] eejits lost her referral.",
        "What a load of [[crap]].",
    ),
    passes=(
        "Scunthorpe United won on Saturday.",
        "The train to Penistone was late.",
        "We had a cocktail after the shift.",
        "Dick Whittington is the panto this year.",
        "The analysis will assess each class in Sussex.",
        "What a hell of a day.",
        "She needs a finger prick test twice a day.",
        "Mitsubishi and Yoshitaka sent the shiitake order.",
        "Pass the assessment by the 3rd; I'm 45 and fine.",
        "The embarrassment of the class passed.",
        "Quiz: what is 5 * 3? ** bonus ** see footnote *",
    ),
)

INSULT = Rule(
    id="offensive.insult",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This may be read as an insult aimed at people.",
    why=(
        "Calling a person or a group names turns a discussion into a fight, and the tip 'Do not "
        "post offensive or inappropriate material' asks that peers be spoken of with respect."
    ),
    suggestion="Consider saying what the problem is rather than what the person is.",
    matcher=Custom(finder("insult")),
    flags=(
        "[[You are just pathetic]].",
        "[[You are a complete idiot]].",
        "[[I hate you]].",
        "[[Bakers are the absolute worst]].",
        "[[I detest traffic wardens]].",
        "[[Only you can be so ignorant]].",
        "[[Centrists are without a doubt the stupidest]] people on this planet.",
        "[[You make me sick]].",
        "[[You are justpathetic]].",
        "[[Y0u are p4thetic]].",
        "Her son [[is a prize idiot]].",
        "Tell [[that halfwit]] in payroll.",
        "[[You spineless weasel]], you knew.",
        "[[What a clown]] our area manager is.",
        "Them lot in the office are a [[bunch of lazy gits]].",
        "The [[deputy's a gormless article]].",
        "Honestly she [[is as daft as]] a brush.",
    ),
    passes=(
        "I hate this stupid printer.",
        "Mondays are the absolute worst.",
        "I detest stale bread.",
        "There is nothing worse than a warm beer.",
        "I don't hate you at all.",
        "You are not stupid for asking.",
        "Thank you, the training was awful but useful.",
        "Did you see the stupid printer again?",
        "I don't have anything against vegan dishes but most of them are pretty disgusting.",
        "I felt like a complete idiot when I forgot my badge.",
        "The cows are out on the lane again.",
        "Nobody is saying the night staff are lazy.",
        "I never said the agency nurses were useless.",
        "I can't come in because my son is sick.",
        "Prize for the best witch costume.",
        "I pushed the rota tool to our git repository.",
        "Trip to the donkey sanctuary was a hit.",
    ),
)

THREAT = Rule(
    id="offensive.threat",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This reads as a threat or a wish that someone is harmed.",
    why=(
        "Words that threaten or wish harm can frighten people and may be a crime, which is why "
        "the tip 'Do not post offensive or inappropriate material' warns against them."
    ),
    suggestion="Consider taking this out; if you are angry, the group may help with the cause.",
    matcher=Custom(finder("threat")),
    flags=(
        "[[I want to kill him]].",
        "I will [[cut his throat]].",
        "[[She should be killed]].",
        "[[Somebody should just stab him]].",
        "[[Death to all capitalists]].",
        "[[D3ath to all women]].",
        "[[I am going to shoot the next w o m a n]] I see.",
        "[[Women like you deserve todie]].",
        "I would [[love to see those managers suffer]].",
        "[[Let's get rid of immigrants]] once and for all.",
        "Honestly, [[go and die]].",
        "Whoever took my lunch, [[you'll be sorry]].",
        "[[I know where she lives]].",
        "Whoever reported me, [[watch your back]].",
        "Keep your mouth shut [[if you know what's good for you]].",
        "He'll [[get what's coming to him]].",
        "I'm going to [[smash his face in]].",
        "[[I want to hurt every last one of those agency nurses]].",
        "She [[needs a good slap]].",
        "[[Wait till I see her]] on Monday.",
        "I'll [[swing for him]] if he does that again.",
    ),
    passes=(
        "I really am just going to murder that beat.",
        "Somebody should just stab those balloons.",
        "We should get rid of that couch once and for all.",
        "No woman ought to be executed.",
        "Don't shoot the messenger.",
        "I'll shoot you an email tomorrow.",
        "This heat will kill me.",
        "Those kinds of plans ought to be executed.",
        "Watch your back when you move him: use the slide sheet.",
        "You won't regret joining the choir.",
        "You'll be sorry to miss the quiz.",
        "I'll be waiting for her at the station to take her home.",
        "I got a good hiding as a kid, and it did me no good.",
        "I'll see you later at the coffee morning.",
        "Thank you for the slap-up dinner.",
    ),
)

DEHUMANISING = Rule(
    id="offensive.dehumanising",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This speaks of people as vermin, dirt or disease.",
    why=(
        "Describing people as animals, dirt or disease denies them their humanity, and the tip "
        "'Do not post offensive or inappropriate material' rules it out in any group."
    ),
    suggestion="Consider describing what people did, not comparing them to things.",
    matcher=Custom(finder("dehumanising")),
    flags=(
        "[[Women are scum]].",
        "[[Trans people are nothing but cockroaches]].",
        "[[You are scum]].",
        "[[Football fans are human garbage]].",
        "[[Womn are scum]].",
        "[[Women are s c u m]].",
        "[[Immigrants like you are absolutefilth]].",
        "[[Female lives are worth absolutely nothing]].",
        "Three more [[bed blockers]] to clear out.",
        "[[The residents are just vegetables]].",
        "[[Them travellers down the lane are rats]].",
        "[[Ship the difficult ones off]] to a home in Wales.",
        "[[She's bed blocking]] on ward 4.",
        "Another 14 of them today, the [[place is infested]].",
    ),
    passes=(
        "My headphones are scum.",
        "The things in his attic are nothing but refuse.",
        "Microplastics are a plague to society.",
        "We should never support a politician that treats women like human garbage.",
        "Female lives are worth so much.",
        'It isn\'t fair to call people "bed blockers".',
        "His beta blockers were changed on Monday.",
        "Vegetable soup at the drop-in on Friday.",
        "Pest control are coming: the bin store is infested with rats.",
    ),
)

DEROGATORY_GROUP = Rule(
    id="offensive.derogatory_group",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This says something derogatory about a group of people.",
    why=(
        "Running down a whole group for who they are can hurt members, colleagues and the "
        "people we support, and the tip 'Do not post offensive or inappropriate material' "
        "covers it."
    ),
    suggestion="Consider whether this is fair to every member of the group; if not, rephrase it.",
    matcher=Custom(finder("derogatory_group")),
    flags=(
        "[[I hate gay people]].",
        "[[Ihate women]].",
        "[[I h a t e women]].",
        "[[I haet Muslims]].",
        "[[Black people are disgusting]].",
        "[[These womendisgust me]] so much.",
        "[[W0men are the absolute worst]].",
        "[[Immigrants are dishonest]].",
        "[[Filipino nurses only care about the money]].",
        "They should [[go back where they came from]].",
        "[[Muslims are not suited]] to frontline care roles.",
    ),
    passes=(
        "I'm a gay man.",
        "We support Muslim families.",
        "Black people deserve better care.",
        "I don't hate gay people.",
        "There is no hatred in my heart for you women.",
        "It's obvious that women are the very opposite of stupid.",
        "Women are beautiful.",
        "Those kinds of immigrants ought to be celebrated.",
        "Transport to the day centre is disgusting.",
        "I have no problem whatsoever with our international recruits.",
        "Our Muslim colleagues are breaking their fast at sunset.",
        "Romanian carers are the backbone of our home.",
        "I can go back home now the shift is done.",
    ),
)

RULES = (SLUR, PROFANITY, INSULT, THREAT, DEHUMANISING, DEROGATORY_GROUP)
