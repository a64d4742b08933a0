"""Offensive: profanity, slurs, insults, threats and hateful statements about groups.

The guide's tip "Do not post offensive or inappropriate material" covers more than hate speech:
in a professional peer group, swearing at or about anyone is out of place too.

How it works. The draft is first revealed (``core.obfuscation``): digits and symbols read as
letters, spaced-out letters joined, run-together words split, letters repeated three or more
times cut to one. A cheap test of the words decides whether anything here could matter; most drafts
stop there. Otherwise each sentence that holds a word of interest is read as a list of words, each
put in its dictionary form ("womn" -> "women", "haet" -> "hate"), and two things are looked for:

- words that are offensive in themselves (the lexicon below), with the contexts that make a
  homonym innocent ("a dyke by the beach", "my Labrador bitch", "a finger-prick test");
- statement shapes: "<people> are <derogatory word>", "I hate <people>", "<people> should die",
  "I will kill <people>", where <people> must be people (a pronoun, an identity group or a word for
  people), so "I hate this stupid printer" stays clean.

The word lists contain slurs because the pack has to recognise them; they live here and
nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import accumulate

from ..draft import Draft
from ..matchers import Custom
from ..memo import Memo, memoised
from ..model import Context, Rule, Severity, Span, Tip
from ..obfuscation import GlueWords, View
from ..text import Blanker

_TIP = Tip.OFFENSIVE


def _words_of(text: str) -> list[str]:
    """A word list written as one string, for lists too long to read as Python literals."""
    return text.split()


# --------------------------------------------------------------------------------------------
# Spelling slips. A word of five letters or more is also recognised with one inner letter dropped
# or two neighbouring letters swapped ("womn", "haet" is listed by hand, "deaht"); the first letter
# is kept, since that is what a reader keys on. Slips that make another real word are left out.
# --------------------------------------------------------------------------------------------

_NOT_SLIPS = frozenset(
    # Real words one slip away from a listed one, found by checking every slip against a large
    # English vocabulary while developing; add any new one found in use.
    _words_of(
        "tans back backs strange disable loath hated tash sick lack blac bake rash ration fith "
        "hoes suffe scrum ruin rated dead died dies rape raped raps rats hang hung stab kill "
        "shot bled shoo sufer dumb gays gals trams tarns muslin muslins garage wore slit slot "
        "africa asia india pakistan romania beats best coke county lies live lose loses money "
        "moon plane plant pole refuge remove reset reuse shan snake tick tied tire tried treat "
        "violet word batch chin cons cuts pick picks site sits sitting waking niger jihad dyks "
        "grace trace bleak slack stack black"
    )
)


def _slips(word: str) -> set[str]:
    if len(word) < 5 or not word.isalpha():
        return set()
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    out.discard(word)
    return {w for w in out if w not in _NOT_SLIPS}


# --------------------------------------------------------------------------------------------
# The lexicon: words that are offensive in themselves, with their forms and common disguises.
# --------------------------------------------------------------------------------------------

_PROFANITY = {
    "fuck": "fuck fucks fucked fucker fuckers fucking fuckin fuckface fuckwit fuckwits fuckhead "
    "fuckheads fuckall fuk fuks fuking fukin fuked fcuk fcuking fck fcking fcked fking fkn fukc "
    "fukced fukcing fuq phuck phucking phuk motherfucker motherfuckers motherfucking mofo "
    "clusterfuck fucktard fuckery fuckoff",
    "shit": "shit shits shite shitty shittier shithead shitheads shitting shitted shitter shithole "
    "shitholes shitshow shitstorm bullshit bullshitting horseshit dipshit dipshits apeshit sht "
    "shti shyt",
    "piss": "piss pissed pissing pisses pisstake pisshead",
    "ass": "asshole assholes arsehole arseholes ashole a-hole ass arse arsed dumbass dumbasses "
    "jackass jackasses smartass badass asshat asswipe arsewipe",
    "bastard": "bastard bastards",
    "bollocks": "bollocks bollox bellend bellends",
    "twat": "twat twats twatting",
    "wanker": "wanker wankers wank wanking tosser tossers",
    "dickhead": "dickhead dickheads knobhead knobheads cockhead dickwad douchebag douchebags "
    "douche cocksucker cocksuckers",
    "scumbag": "scumbag scumbags",
    "prick": "prick pricks",
    "dick": "dick dicks",
}

_SLURS = {
    "bitch": "bitch bitches bitchy biatch btch bicth bitchass",
    "slut": "slut sluts slutty skank skanks skanky slag slags",
    "whore": "whore whores whorebag hoe hoes",
    "cunt": "cunt cunts cunty kunt",
    "tranny": "tranny trannies trannie trany shemale shemales",
    "faggot": "faggot faggots fagot fagots faggit fag fags",
    "dyke": "dyke dykes lesbo lesbos",
    "queer": "queer queers",
    "poof": "poof poofs poofter poofters",
    "nigger": "nigger niggers nigga niggas niggaz",
    "coon": "coon coons darkie darkies jigaboo jigaboos golliwog golliwogs sambo",
    "wog": "wog wogs paki pakis chink chinks gook gooks spic spics kike kikes wetback wetbacks "
    "beaner beaners raghead ragheads towelhead towelheads gyppo gyppos pikey pikeys",
    "retard": "retard retards retarded tard tards",
    "cripple": "cripple cripples",
    "mong": "mong mongs mongoloid mongoloids spaz spazzes spastic spastics",
    "muzzie": "muzzie muzzies muzzy jihadi jihadis rapefugee rapefugees camelfucker camelfuckers",
    "homo": "homo homos",
}

# Two-word slurs and profanities, matched as word pairs.
_PAIRS = {
    ("camel", "fucker"): "slur",
    ("camel", "fuckers"): "slur",
    ("camel", "jockey"): "slur",
    ("camel", "jockeys"): "slur",
    ("sand", "nigger"): "slur",
    ("sand", "niggers"): "slur",
    ("window", "licker"): "slur",
    ("window", "lickers"): "slur",
    ("she", "male"): "slur",
    ("she", "males"): "slur",
}


def _lexicon() -> dict[str, tuple[str, str]]:
    """Every form -> (rule, family)."""
    out: dict[str, tuple[str, str]] = {}
    for rule, table in (("profanity", _PROFANITY), ("slur", _SLURS)):
        for family, forms in table.items():
            for form in forms.split():
                out[form] = (rule, family)
                # Letters doubled by accident or for emphasis ("fuuck", "shiit").
                for i in range(1, len(form)):
                    if form[i].isalpha() and form[i] != form[i - 1]:
                        out.setdefault(form[:i] + form[i] + form[i:], (rule, family))
                if len(form) >= 6:
                    for slip in _slips(form):
                        out.setdefault(slip, (rule, family))
    return out


_LEX = _lexicon()
_PAIR_FIRSTS = frozenset(first for first, _ in _PAIRS)
_LEX_BY_SHAPE: dict[tuple[int, str, str], list[str]] = {}
for _form in _LEX:
    _LEX_BY_SHAPE.setdefault((len(_form), _form[0], _form[-1]), []).append(_form)

# Homonyms: the family is innocent when any of these words is in the same sentence.
_INNOCENT_NEAR = {
    "bitch": "dog dogs puppy puppies pup pups labrador spaniel terrier retriever greyhound "
    "whippet collie breed breeder breeders litter whelp whelped whelping kennel kennels canine "
    "vet pedigree show sporting lurcher",
    "dyke": "beach sea flood floods flooding embankment embankments wall walls council built "
    "build building river rivers dam water ditch drain marsh dutch offa's coast farmland",
    "faggot": "sticks stick bundle bundles fuel wood firewood butcher butchers gravy pork meat "
    "meatballs peas onion recipe dinner oven liver",
    "whore": "garden gardening tool tools weeds weeding weed shovel spade rake soil dig digging "
    "allotment",
    "coon": "cheese hound hounds coonhound",
    "wog": "armour armor light curtain curtains",
    "cripple": "strike strikes economy costs debt",
    "homo": "sapiens erectus habilis neanderthalensis",
    "mong": "hmong",
    "retard": "fire flame growth",
}
_INNOCENT_NEAR_SETS = {k: frozenset(v.split()) for k, v in _INNOCENT_NEAR.items()}
# "fag" means a cigarette in British English: innocent near smoking words.
_FAG_INNOCENT = frozenset(
    _words_of(
        "smoke smoked smoking smokes cigarette cigarettes ciggie ciggies packet packets lighter "
        "ash "
        "ashtray break end uk roll tobacco light"
    )
)
_QUEER_NEUTRAL_AFTER = frozenset(
    _words_of(
        "people person folk folks culture rights studies community communities theory liberation "
        "pride identity identities youth history art film cinema space spaces women men couples "
        "couple family families friends and or as kids person's movement activist activists "
        "scholars scholarship politics joy love representation"
    )
)
_QUEER_ODD_BEFORE = frozenset(
    _words_of(
        "feel feeling felt feels seemed seem seems looked looks look bit rather very quite most "
        "little somewhat am i'm we're being proud as street"
    )
)
_PRICK_INNOCENT = frozenset(
    _words_of("finger heel pin needle needles thorn thorns skin test tests testing blood lancet")
)
_SELF_WORDS = frozenset(_words_of("i i'm me my myself we we're us our ourselves"))


def _lexicon_rule(
    words: list[str], sentence: frozenset[str], index: int, rule: str, family: str
) -> str | None:
    """The rule for a lexicon word in context, or None when the context makes it innocent.

    ``sentence`` is the set of ``words``, made once per sentence however many lexicon words it has.
    """
    word = words[index]
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if family in _INNOCENT_NEAR_SETS and not sentence.isdisjoint(_INNOCENT_NEAR_SETS[family]):
        return None
    if word in ("fag", "fags") and not sentence.isdisjoint(_FAG_INNOCENT):
        return None
    if family == "faggot" and word.startswith("faggot") and "word" in sentence:
        return None
    if (
        family == "queer"
        and word == "queer"
        and (after in _QUEER_NEUTRAL_AFTER or before in _QUEER_ODD_BEFORE)
    ):
        return None
    if family == "prick" and (before in _PRICK_INNOCENT or after in _PRICK_INNOCENT):
        return None
    if family == "dick" and before not in _INSULT_LEAD:
        return None  # a name (Dick Whittington) unless it follows "a", "you", "such a"...
    if family == "cripple" and (after in _DETERMINERS or before in ("to", "will", "could")):
        return None  # the verb: "strikes could cripple the railway"
    if family == "ass" and word in ("ass", "arse") and before in ("the", "an", "his", "her"):
        return None  # the animal, or "a pain in the arse" is left to judgment
    return rule


_INSULT_LEAD = frozenset(
    _words_of(
        "a an you ya such what total complete absolute utter fucking bloody massive big little "
        "right proper stupid being"
    )
)
_DETERMINERS = frozenset(_words_of("the a an our their his her its this that these those your my"))


# --------------------------------------------------------------------------------------------
# Vocabulary of statements.
# --------------------------------------------------------------------------------------------

# Identity groups (the protected characteristics the pack watches for), as plural nouns, singular
# nouns and adjectives before "people", "person", "lives", "throats"...
_GROUP_NOUNS = _words_of(
    "women woman girls ladies females men blacks gays lesbians lesbian bisexuals homosexuals "
    "transsexuals transgenders muslims muslim moslems islamists immigrants immigrant migrants "
    "migrant refugees refugee asylum-seekers foreigners foreigner jews jew christians hindus "
    "sikhs asians arabs africans mexicans gypsies travellers roma pakistanis poles romanians "
    "disabled"
)
_GROUP_ADJECTIVES = _words_of(
    "female male trans transgender gay lesbian bisexual queer black brown asian muslim jewish "
    "immigrant migrant refugee disabled autistic deaf blind african arab mexican indian "
    "pakistani polish romanian chinese foreign gypsy"
)
_GROUP_HEADS = "people person persons folk folks lives life kids children men women man woman"

_PRONOUNS = "you u ya yall y'all him her he she yourself yourselves"
_PEOPLE_NOUNS = _words_of(
    "people person persons folk folks guy guys man men lad lads bloke blokes boy boys kid kids "
    "idiots morons everyone anybody individual individuals "
    "politicians politician wardens warden consultants consultant bankers banker footballers "
    "deniers butchers butcher liberals liberal moderates centrists members artists fans lawyers "
    "lawyer scientists economists lobbyists cyclist cyclists pilot pilots brokers capitalists "
    "managers manager gardeners thieves thief rapists rapist nazis nazi executives dealers "
    "agents agent opponent opponents colleague colleagues boss bosses staff nurse nurses doctor "
    "doctors carer carers residents resident patients patient clients client parents parent "
    "neighbours neighbour teachers teacher students student landlords landlord tenants tenant "
    "police cops coppers judge judges tourists locals vegans boomers millennials tories "
    "conservatives socialists communists fascists leftists lefties feminists journalists "
    "criminals criminal paedophiles paedophile terrorists terrorist kids teenagers teens "
    "officials official councillors councillor ministers minister mps governors workers worker "
    "employees employee employers employer drivers driver cleaners cleaner chavs soldiers "
    "priests vicars cousin cousins brother brothers sister sisters mother father mum dad "
    "husband wife son daughter friend friends family relatives"
)
# Words in -er, -ist, -ian that are things, not people.
_NOT_PEOPLE = frozenset(
    _words_of(
        "beer beers computer computers printer printers paper papers water weather number numbers "
        "letter letters order orders corner corners dinner dinners summer winter power tower "
        "flower "
        "flowers cauliflower burger burgers border borders shower showers river rivers butter "
        "cover "
        "filter folder poster posters sticker stickers timer counter answer answers matter matters "
        "chapter chapters career careers silver finger fingers thunder banner meter metre ladder "
        "layer laser blender cooker heater freezer container containers marker markers speaker "
        "speakers browser server servers slider header footer cluster pepper cucumber lavender "
        "ginger rubber leather feather anger danger hunger disorder register theatre centre "
        "center charger chargers trainer trainers sneaker sneakers boiler boilers cooler fever "
        "cancer later never ever other rather whether either neither together however sooner "
        "list lists wrist wrists twist twists mist gist fist fists playlist checklist wishlist "
        "median meridian thriller thrillers blockbuster blockbusters spider spiders monster "
        "monsters rooster oyster oysters lobster lobsters hamster hamsters trailer trailers "
        "character characters under over after offer offers mister dollar"
    )
)
# Plural agent nouns ("bakers", "centrists", "politicians") and singular "-ist"/"-ian"; a singular
# "-er" is too often a verb or a comparative ("murder", "better"), so those are listed by hand.
_PEOPLE_SUFFIX = re.compile(r"[a-z]{2,}(?:ers|ists?|ians?)")

# Feeling words: "I hate <people>".
_HATE_VERBS = _words_of("hate despise loathe detest abhor resent")
# Derogatory adjectives and nouns ("<people> are ..."). Dehumanising ones are listed apart.
_DEROGATORY = _words_of(
    "disgusting despicable revolting dishonest pathetic violent cruel filthy stupid stupidest "
    "dumb dumbest repulsive repugnant vile evil worthless useless ignorant brainless uncivilised "
    "uncivilized inferior idiots idiot morons moron imbeciles imbecile cretins cretin losers "
    "loser degenerates degenerate lowlifes lowlife freaks freak creeps creep thick ugly hideous "
    "nasty gross sickening sick twisted deranged backward primitive savage savages barbaric "
    "criminals dangerous a-danger threat menace burden drain liars liar lazy greedy "
    "contemptible detestable hateful horrible awful terrible worst dirty"
)
_DEHUMANISING = _words_of(
    "scum filth vermin rats rat cockroaches cockroach parasites parasite animals animal pigs pig "
    "apes ape monkeys monkey beasts beast subhuman subhumans sub-human creatures garbage trash "
    "rubbish refuse dirt waste cancer plague disease virus infestation insects insect leeches "
    "leech maggots maggot lice snakes dogs sewage excrement"
)
_HARM_VERBS = _words_of(
    "kill murder shoot stab slaughter strangle hang drown burn torture rape behead lynch execute "
    "exterminate eradicate gas hurt attack punch slap batter beat butcher massacre annihilate "
    "destroy cut snap choke bash hit kick smash shank eliminate"
)
_HARM_PAST = _words_of(
    "killed murdered shot stabbed slaughtered strangled hanged hung drowned burned burnt "
    "tortured raped beheaded lynched executed exterminated eradicated gassed hurt attacked "
    "punched slapped battered beaten butchered massacred annihilated destroyed eliminated "
    "deported removed exiled sterilised sterilized"
)
_HARM_ING = _words_of(
    "killing murdering shooting stabbing slaughtering strangling hanging drowning burning "
    "torturing raping beheading lynching executing exterminating eradicating gassing hurting "
    "attacking punching beating butchering massacring"
)

_TRIGGERS_EXTRA = _words_of(
    "hatred disdain contempt scorn disgust disgusts disgusted loathing sick tired furious angry "
    "rage worse die dead death deserve deserves suffer suffering worth lives rid better "
    "nature typical kys solution stand swarms hordes infesting invading ruin ruining smarter "
    "rather place belong danger menace threat lesser sickened repulsed sicken repulse"
)

# Canonical forms of inflections the statements use.
_CANON_EXTRA = {
    "hates": "hate", "despises": "despise", "loathes": "loathe", "detests": "detest",
    "wanna": "want to", "gonna": "going to", "h8": "hate", "h8s": "hate", "haet": "hate",
    "hte": "hate", "hat3": "hate", "sikc": "sick", "sck": "sick", "daed": "dead", "ded": "dead",
    "kil": "kill", "klil": "kill", "kll": "kill", "scmu": "scum", "sucm": "scum",
    "im": "i'm", "ill": "i'll", "id": "i'd", "u": "you", "ya": "you", "yall": "you",
    "y'all": "you", "ur": "you're", "youre": "you're", "r": "are", "cant": "can't",
    "dont": "don't", "wont": "won't", "shouldnt": "shouldn't", "todie": "to die",
}  # fmt: skip


def _canon_table() -> dict[str, str]:
    table: dict[str, str] = {}
    words = (
        _GROUP_NOUNS
        + _GROUP_ADJECTIVES
        + _HATE_VERBS
        + _DEROGATORY
        + _DEHUMANISING
        + _HARM_VERBS
        + _HARM_PAST
        + _HARM_ING
        + _TRIGGERS_EXTRA
        + _words_of("people person lives throats throat necks neck society country planet world")
    )
    for word in words:
        table[word] = word
    for word in words:
        for slip in _slips(word):
            table.setdefault(slip, word)
    table.update(_CANON_EXTRA)
    return table


_CANON = _canon_table()

# Words whose presence makes a sentence worth reading closely.
_SUSPECT_WORDS = frozenset(_LEX) | frozenset(w for pair in _PAIRS for w in pair[1:])


# --------------------------------------------------------------------------------------------
# Run-together words: which may be split, and into what.
# --------------------------------------------------------------------------------------------

_GLUE_HEADS = frozenset(
    _GROUP_NOUNS
    + _GROUP_ADJECTIVES
    + _HARM_VERBS
    + _words_of("people fuck fucking fuckin fucker fuckers stab shoot")
    + [family for family in _SLURS]
    + _words_of(
        "tranny shemale fag faggot nigger coon retard cripple mong muzzie jihadi wetback "
        "rapefugee camelfucker bitches sluts whores"
    )
)
_GLUE_TAILS = frozenset(
    _HATE_VERBS + _DEROGATORY + _DEHUMANISING + _HARM_VERBS + _words_of("die dead people disgust")
)
_GLUE_WORDS = (
    frozenset(
        _words_of(
            "i you we they he she it to so just absolute absolutely are is be all the those these "
            "that "
            "this them him her me my our your a an such really truly utterly complete total pure "
            "common human like behaviour behavior idiot idiots disgust disgusts throats throat "
            "necks "
            "neck off up out people person lives make makes deserve should must behaviour behavior "
            "like"
        )
    )
    | frozenset(_DEROGATORY)
    | frozenset(_DEHUMANISING)
    | frozenset(_GROUP_NOUNS)
)
_GLUE = GlueWords(heads=_GLUE_HEADS, tails=_GLUE_TAILS, words=_GLUE_WORDS)


def _known(word: str) -> bool:
    return word in _CANON or word in _LEX


# --------------------------------------------------------------------------------------------
# Statement shapes, written over the sentence in dictionary forms ("i hate women"), one word
# after another with single spaces.
# --------------------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w))) + ")"


_ADVW = (
    r"(?:really|truly|absolutely|utterly|completely|totally|simply|just|so|such|all|only|"
    r"always|still|even|honestly|seriously|literally|genuinely|definitely|certainly|clearly|"
    r"obviously|probably|basically|pretty|very|most|more|the|a|an|one|of|complete|total|"
    r"absolute|utter|pure|common|human|lesser|massive|big|dirty|disgusting|bloody|fucking|"
    r"nothing but|no better than|without a doubt|without exception|by nature|kind of|sort of|"
    r"type of|bunch of|lot of|load of|waste of|a danger to|as|that|too|damn|bunch|"
    r"worst kind of|really are|are all|all just|are just|are so)"
)
# Runs of modifiers, determiners and adjectives are bounded, not "*": unbounded, a long run of
# them ("the the the ...") made every shape quadratic in the sentence's length (issue 7).
_ADVS = r"(?:" + _ADVW + r" ){0,6}"
# "<people>", with up to two words before a people noun ("traffic wardens", "the next cyclist").
_GROUP = (
    r"(?:(?:" + _alt(_GROUP_ADJECTIVES) + r") ){1,4}" + _alt(_GROUP_HEADS.split()) + r"(?:_p)?"
    + r"|" + _alt(_GROUP_NOUNS) + r"(?:'s|')?(?:_p)?"
)  # fmt: skip
_PEOPLE_BARE = (
    # Words for people are tagged "_p" before the shapes run (see _read_sentence), which keeps
    # these patterns small and quick.
    # Words are at most 40 letters: unbounded, one long run of letters and apostrophes made the
    # scan quadratic (issue 7).
    _GROUP + r"|(?:(?!(?:no|not|never|nor) )[a-z'-]{1,40} ){0,2}[a-z'-]{1,40}_p|"
    + _alt(_PRONOUNS.split())
)  # fmt: skip
_PEOPLE = r"(?P<tgt>" + _PEOPLE_BARE + r")"
# A target that is the subject of a statement: pronouns "they"/"them" are left out (what they
# refer to is unknown: "vegan dishes... most of them are disgusting").
_DET = (
    r"(?:(?:all|every|any|those|these|the|that|this|some|a|an|of|kinds|kind|sorts|next|such|"
    r"single|other|more|many|most|your|their|his|her|our|common) ){0,6}"
)
_LIKE_YOU = r"(?: like (?:you|that|them|this|us))?"
_COPULA = (
    r"(?:are|is|am|was|were|be|being|been|i'm|you're|they're|he's|she's|'re|'s|"
    r"can be|can't help (?:themselves|yourself|yourselves|himself|herself) but be|"
    r"can't stop (?:themselves|yourself|yourselves|himself|herself) from being|will always be|"
    r"act like|behave like|look like|seem|seems|become|that is|who is|who are|that are|"
    r"'s nature to be|' nature to be|nature to be|can all be|will never be anything but) "
)
_NEG = (
    r"(?:" + _alt(_GROUP_ADJECTIVES) + r" )?(?P<neg>" + _alt(_DEROGATORY + _DEHUMANISING)
    + r"|lesser beings|lesser humans|lower life forms|second class citizens|"
    r"a danger|a threat|a menace)(?: (?:and|&) " + _alt(_DEROGATORY) + r")?"
)  # fmt: skip
_HARM = _alt(_HARM_VERBS)
_HARMED = _alt(_HARM_PAST)
_HARMING = _alt(_HARM_ING)
_HATE = _alt(_HATE_VERBS)
# After a derogatory adjective only these may follow: it must describe the target, not a thing.
_NEG_END = (
    r"(?= (?:people_p|person_p|people|person|ones|one|creatures|beings|human|humans|on|in|of|"
    r"to|and|or|like|"
    r"as|for|but|at|than|because|who|that|with|without|everywhere|by|,)\b| ?$| ?,)"
)


@dataclass(frozen=True)
class _Shape:
    kind: str  # "threat", "dehumanising", "feeling" or "statement"
    regex: re.Pattern[str]
    needs: frozenset[str]  # the shape is tried only on sentences holding one of these words


_TRIGGER_WORDS = frozenset(
    _HATE_VERBS + _DEROGATORY + _DEHUMANISING + _HARM_VERBS + _HARM_PAST + _HARM_ING
    + _TRIGGERS_EXTRA
)  # fmt: skip


def _shape(kind: str, pattern: str) -> _Shape:
    # The words of the target (people, groups) do not count: only the words of the statement.
    bare = pattern.replace(_PEOPLE_BARE, " ").replace("\\b", " ")
    words = re.findall(r"[a-z][a-z'-]*", bare)
    needs = frozenset(words) & _TRIGGER_WORDS
    return _Shape(kind, re.compile(pattern), needs)


_SHAPES = (
    # --- feelings about people --------------------------------------------------------------
    _shape(
        "feeling",
        r"\b(?:i|we) " + _ADVS + r"(?:" + _HATE + r"|can't stand|cannot stand|"
        r"can not stand|have no time for|am sick of|'m sick of|am tired of) " + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\b(?:hatred|disdain|contempt|scorn|disgust|loathing|hate) (?:i feel |i have )?"
        r"(?:for|towards|toward) " + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: [a-z']+){0,6}? (?:disgust|disgusts|"
        r"sicken|sickens|repulse|repulses) me\b",
    ),
    _shape(
        "feeling",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: [a-z']+){0,6}? (?:make|makes|fill|fills) "
        r"me (?:so |really |feel |with |so much |such )*(?:sick|furious|angry|mad|ill|rage|"
        r"hatred|disgust|disgusted|vomit|puke)\b",
    ),
    _shape(
        "feeling",
        r"\b(?:sick|tired) of (?:being around |seeing |hearing |all )?" + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\b(?:disgusted|sickened|repulsed) by " + _DET + _PEOPLE,
    ),
    _shape(
        "feeling",
        r"\bnothing (?:in the world )?(?:is )?(?:worse|more disgusting|more pathetic|lower) "
        r"than " + _DET + _PEOPLE,
    ),
    # --- statements about people ------------------------------------------------------------
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r"(?: (?:with|in|from) [a-z]+(?: [a-z]+)?)? "
        + _ADVS + _COPULA + _ADVS + _NEG
        + _NEG_END,
    ),
    _shape(
        "statement",
        r"\b(?:only|typical of) " + _DET + _PEOPLE + r" (?:can |could |would |are |is )?"
        r"(?:be |to be )?(?:so |that |such |as )?" + _ADVS + r"" + _NEG + _NEG_END,
    ),
    _shape(
        "statement",
        r"\b(?:as|so) (?P<neg2>" + _alt(_DEROGATORY) + r") as " + _DET + _PEOPLE,
    ),
    _shape(
        "dehumanising",
        r"\b(?:as far as i'm concerned |in my opinion |i think |i believe )?"
        r"(?P<tgt>(?:" + _alt(_GROUP_ADJECTIVES) + r"|your|his|her|their|my|our) "
        r"(?:lives|life)|[a-z]+s' lives) (?:are|is|aren't|isn't) (?:worth )?(?:absolutely |"
        r"literally |just |completely )?(?P<neg>nothing|worthless|shit|not worth anything|"
        r"worth nothing|dirt)\b",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:are|is) (?:ruining|destroying|infesting|invading|"
        r"polluting|poisoning|taking over) ",
    ),
    _shape(
        "statement",
        r"\b(?:swarms|hordes|plague|infestation) of " + _PEOPLE + r" (?:are )?",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,3}? (?:will|would|is going to|are going to) "
        r"(?:ruin|destroy|poison|wreck) (?:our|this|the) ",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:have|has) no place (?:in|on|among) ",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r" (?:don't|do not|doesn't|does not) belong (?:in|on|here|among) ",
    ),
    _shape(
        "statement",
        r"\b" + _DET + _PEOPLE + r"(?: [a-z']+){0,4}? (?:is|are|will be|would be) (?:a |an )?"
        r"(?:real |serious |huge |massive )?(?P<neg>danger|threat|menace|disaster|curse|blight|"
        r"burden|drain|stain) (?:to|for|on) ",
    ),
    _shape(
        "statement",
        r"\b(?:my|a|the|our) (?:dog|cat|pet|hamster|goldfish|rabbit|parrot) (?:is|are) "
        r"(?:smarter|cleverer|more intelligent|worth more|more useful) than " + _DET + _PEOPLE,
    ),
    _shape(
        "statement",
        r"\brather (?:have|get|catch|eat|die of|be dead than|die)(?: [a-z']+){0,3}? than "
        r"(?:be |being |go |live |sit )?(?:anywhere )?(?:near|around|with|next to) " + _DET
        + _PEOPLE,
    ),
    _shape(
        "statement",
        r"\b(?:" + _alt(_GROUP_ADJECTIVES) + r" )?(?P<neg>" + _alt(_DEHUMANISING)
        + r") like (?P<tgt>you|him|her|them|" + _alt(_GROUP_NOUNS) + r")\b",
    ),
    # --- threats and wishes of harm ---------------------------------------------------------
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll|i'm|we're|i'd|we'd)(?: [a-z']+){0,5}? (?:will|shall|am going to|"
        r"are going to|going to|'ll|want to|wanna|would love to|'d love to|have to|need to|"
        r"intend to|plan to|about to|should|must|gonna|will keep|keep|to) (?:just |really |"
        r"finally |all |happily |gladly |personally )*(?:"
        + _HARM + r"|" + _HARMING + r"|get rid of|wipe out|cut|slit|snap) "
        + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll)(?: [a-z']+){0,4}? " + _HARM + r" " + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:i|we|i'll|we'll|i'm|we're)(?: [a-z']+){0,5}? make " + _DET + _PEOPLE
        + r" (?:suffer|bleed|die|pay in blood)\b",
    ),
    _shape(
        "threat",
        r"\b(?:cut|slit|snap|break|wring|crush) (?:the )?(?:throats?|necks?|heads?) of "
        + _DET + _PEOPLE + r"|\b(?:cut|slit|snap|break|wring|crush) (?:your|his|her|their|those|"
        r"these|that|the|its)(?: " + _alt(_GROUP_ADJECTIVES) + r")? (?:throats?|necks?|skulls?)",
    ),
    _shape(
        "threat",
        r"\b" + _DET + _PEOPLE + _LIKE_YOU + r" (?:should|must|ought to|need to|needs to|"
        r"deserve to|deserves to|have to|has to|would|will|can|could)(?: all| just| really)* "
        r"(?:be |get |all be )?(?:" + _HARMED + r"|dead|die|suffer|rot|burn|hang|wiped out|"
        r"put down|gassed|shot)\b",
    ),
    _shape(
        "threat",
        r"\b(?:love|like|want|wish|hope|glad|happy) to see " + _DET + _PEOPLE + r" "
        r"(?:suffer|die|burn|hang|rot|dead|killed|beaten|raped|shot|hurt)\b",
    ),
    _shape(
        "threat",
        r"\b(?:i|we) hope (?:he|she|they|" + _PEOPLE_BARE + r") "
        r"(?:die|dies|rot|rots|burn|burns|get|gets|got)(?: (?:raped|killed|shot|cancer|hit|run "
        r"over|stabbed|beaten))?\b",
    ),
    _shape(
        "threat",
        r"\b(?:better off|be better|safer) (?:if|without) " + _DET + _PEOPLE
        + r"(?:(?: [a-z']+){0,3} (?:were|was|are|got|get) (?:all )?(?:" + _HARMED
        + r"|dead|gone|wiped out))?",
    ),
    _shape(
        "threat",
        r"\b(?:someone|somebody|anyone|everyone|people|they|you|we) (?:should|could|would|must|"
        r"ought to|needs to|need to)(?: just| really| finally)* (?:" + _HARM + r") (?:the (?:necks|"
        r"throats|heads) of )?" + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:best|better|good idea|interest|only way|time) to (?:just )?(?:" + _HARM
        + r"|get rid of|wipe out) " + _DET + _PEOPLE,
    ),
    _shape(
        "threat",
        r"\b(?:" + _HARMING + r") " + _DET + _PEOPLE + _LIKE_YOU + r" (?:should|must|would) "
        r"(?:not be (?:a crime|illegal|punished)|be (?:legal|allowed|decriminalised|"
        r"decriminalized|encouraged|fine|ok|okay))",
    ),
    _shape(
        "threat",
        r"\b(?:death|execution|extermination|genocide|the gas chamber|a bullet) (?:to|for|is the "
        r"(?:only |best |final )?(?:solution|answer) (?:for|to)) " + _DET + _PEOPLE,
    ),
    _shape("threat", r"\b(?:let's|lets|let us) (?:just )?(?:get rid of|" + _HARM + r") "
           + _DET + _PEOPLE),
    _shape("threat", r"\b(?:in a just world|ideally),? " + _DET + _PEOPLE
           + r"(?: [a-z']+){0,3}? (?:would|should) (?:all )?(?:be )?(?:dead|" + _HARMED + r")\b"),
    _shape("threat", r"\b(?:kill|hang|shoot) (?:yourself|yourselves|urself)\b|\bkys\b|"
           r"\bgo (?:and )?die\b|\bdrop dead\b"),
)  # fmt: skip

_NEEDED = frozenset().union(*(shape.needs for shape in _SHAPES))
# For each word some shape needs, the shapes (their indices) that need it.
_SHAPES_NEEDING = {
    word: [index for index, shape in enumerate(_SHAPES) if word in shape.needs] for word in _NEEDED
}
# Words whose presence makes a sentence worth reading closely: offensive words, and the words
# some statement shape needs, in any spelling that reads as them.
_SUSPECT = _SUSPECT_WORDS | _NEEDED | frozenset(k for k, v in _CANON.items() if v in _NEEDED)

# Shapes whose target was negated ("no woman ought to be executed", "not all women are...").
_NEGATED_BEFORE = frozenset(_words_of("no not never nor don't doesn't won't wouldn't"))
_IDIOMS = re.compile(
    r"\b(?:shoot|kill) the messenger\b|\bshoot (?:you|him|her|them|me) (?:a|an) |\bkill time\b"
    r"|\bkill(?:s|ed)? (?:me|it)\b|\bhang (?:out|on|around|up)\b"
)


# --------------------------------------------------------------------------------------------
# The analysis: once per text, shared by the rules of the pack.
# --------------------------------------------------------------------------------------------

_MARKS = '.,;:!?"()[]{}<>/\\=&%#~^`\n\t\r“”«»…–—'
_split_marks = Blanker(_MARKS)
_SENTENCE = re.compile(r"[^.!?\n;]+")
_TOKEN = re.compile(r"[a-z*]+(?:['-][a-z]+)*'?|,")
_STAR_OK = re.compile(r"[a-z]\*+[a-z]")


class _Words:
    """The words of a sentence: their dictionary forms, the words as written (a word whose form
    is two words, "wanna", is listed twice) and where each is in the view."""

    __slots__ = ("_bounds", "_spans", "forms", "raws")

    def __init__(
        self,
        forms: list[str],
        raws: list[str],
        spans: list[tuple[int, int]] | None,
        bounds: tuple[str, int, int] = ("", 0, 0),
    ) -> None:
        self.forms = forms
        self.raws = raws
        # None: one word per token of the view text between ``bounds``, found when first asked
        # for (most sentences read need the forms only, or the spans of a word or two).
        self._spans = spans
        self._bounds = bounds

    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            text, start, end = self._bounds
            self._spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
        return self._spans

    def span(self, index: int) -> tuple[int, int]:
        return self.spans()[index]


def _lookup_star(token: str) -> str | None:
    """A form of the lexicon that ``token`` spells with ``*`` for some inner letters."""
    for form in _LEX_BY_SHAPE.get((len(token), token[0], token[-1]), ()):
        if all(t == "*" or t == f for t, f in zip(token, form, strict=True)):
            return form
    # "f**k" for "fuck": one star may stand for one letter only; "sh*t" has the same length.
    return None


def _canon_of(raw: str) -> str | None:
    """The dictionary form of a word as written, when it is not the word itself."""
    canon = _CANON.get(raw)
    if canon is None and raw.endswith("'s") and raw[:-2] in _CANON:
        canon = _CANON[raw[:-2]] + "'s"
    return canon or None


# _canon_of for every word it gives a form: those in _CANON and their possessives. A sentence
# without "*" and spaced-out letters has its forms looked up here, with no Python step per word.
_FORMS = {
    raw: canon
    for raw in (*_CANON, *(word + "'s" for word in _CANON))
    if (canon := _canon_of(raw)) is not None
}
_TWO_WORD_FORMS = frozenset(raw for raw, canon in _FORMS.items() if " " in canon)


def _words(view: View, start: int, end: int) -> _Words:
    text = view.text
    if not view.runs and text.find("*", start, end) < 0:
        # Without stars or spaced-out letters, _words_one_by_one only looks up each token's
        # form: done here for all at once, unless one has a form of two words.
        raws = _TOKEN.findall(text, start, end)
        if _TWO_WORD_FORMS.isdisjoint(raws):
            return _Words([_FORMS.get(raw, raw) for raw in raws], raws, None, (text, start, end))
    return _words_one_by_one(view, start, end)


def _words_one_by_one(view: View, start: int, end: int) -> _Words:
    """The words of a sentence, read token by token: a token may hold stars for letters, be
    spaced-out letters with an article in front, or have a form of two words."""
    text = view.text
    forms: list[str] = []
    raws = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        s, e = m.span()
        if "*" in raw:
            form = _lookup_star(raw) if _STAR_OK.search(raw) else None
            raw = form or raw.replace("*", "")
            if not raw:
                continue  # a lone "*" or "**": a footnote, a sum, bold in markdown
        if (
            raw[0] in "ai"
            and raw not in _LEX
            and raw not in _CANON
            and (raw[1:] in _LEX or raw[1:] in _CANON)
            and view.in_run(s)
        ):
            # "a b i t c h" was joined as "abitch": the article belongs to the sentence.
            forms.append(raw[0])
            raws.append(raw[0])
            spans.append((s, s + 1))
            raw = raw[1:]
            s += 1
        canon = _canon_of(raw)
        pieces = canon.split(" ") if canon is not None and " " in canon else [canon or raw]
        for piece in pieces:
            forms.append(piece)
            raws.append(raw)
            spans.append((s, e))
    return _Words(forms, raws, spans)


@memoised("offensive.people_noun", 4096, keyed_by_text=False)
def _is_people_noun(form: str) -> bool:
    word = form[:-2] if form.endswith("'s") else form.rstrip("'")
    if word in _PEOPLE_SET:
        return True
    if word in _NOT_PEOPLE or word in _PRONOUN_SET or word in _TRIGGER_WORDS:
        return False
    return bool(_PEOPLE_SUFFIX.fullmatch(word))


def _group_like(target: str) -> bool:
    words = target.replace("_p", "").replace("'s", "").replace("'", "").split()
    return any(w in _GROUP_NOUN_SET or w in _GROUP_ADJ_SET for w in words)


def _people_like(target: str) -> bool:
    words = target.replace("_p", "").replace("'s", "").replace("'", "").split()
    if not words:
        return False
    head = words[-1]
    if head in ("lives", "life") and len(words) > 1:
        head = words[-2]
        if head in _POSSESSIVES:
            return True
    if head in _NOT_PEOPLE:
        return False
    if head in _PEOPLE_SET or head in _GROUP_NOUN_SET or _group_like(target):
        return True
    if head in _PRONOUN_SET:
        return True
    return bool(_PEOPLE_SUFFIX.fullmatch(head))


_POSSESSIVES = frozenset(_words_of("your his her their my our"))
_GROUP_NOUN_SET = frozenset(_GROUP_NOUNS)
_GROUP_ADJ_SET = frozenset(_GROUP_ADJECTIVES)
_PEOPLE_SET = frozenset(_PEOPLE_NOUNS)
_PRONOUN_SET = frozenset(_PRONOUNS.split())
_DEHUMANISING_SET = frozenset(_DEHUMANISING)


def _read_sentence(
    view: View, start: int, end: int, found: dict[str, list[tuple[int, int]]]
) -> None:
    words = _words(view, start, end)
    forms, raws = words.forms, words.raws
    if not raws:
        return
    # Offensive words.
    if not _LEX.keys().isdisjoint(raws):
        sentence = frozenset(raws)
        for i, raw in enumerate(raws):
            entry = _LEX.get(raw)
            if entry is None:
                continue
            rule = _lexicon_rule(raws, sentence, i, *entry)
            if rule is not None:
                found[rule].append(words.span(i))
    if not _PAIR_FIRSTS.isdisjoint(raws):
        for i in range(len(raws) - 1):
            pair = (raws[i], raws[i + 1])
            if pair in _PAIRS:
                found[_PAIRS[pair]].append((words.span(i)[0], words.span(i + 1)[1]))
    # Statements: run over the words in dictionary form, one space apart, when a shape needs one
    # of them (a sentence that is only suspect for an offensive word needs none of this).
    needed = _NEEDED.intersection(forms)
    if not needed:
        return
    # The shapes that need a word of the sentence, in their order.
    shapes = sorted({index for word in needed for index in _SHAPES_NEEDING[word]})
    tagged = [f + "_p" if _is_people_noun(f) else f for f in forms]
    line = " ".join(tagged)
    line_starts = list(accumulate((len(f) + 1 for f in tagged[:-1]), initial=0))
    for index in shapes:
        shape = _SHAPES[index]
        for m in shape.regex.finditer(line):
            _record_shape(shape, m, line, line_starts, words, found)


# What each sentence read holds, kept from one check to the next: while someone types, only the
# sentence being edited is read again.
_SENTENCES_READ: Memo[tuple[str, tuple[tuple[int, int], ...]], tuple[tuple[str, int, int], ...]] = (
    Memo("offensive.sentences", 512, keyed_by_text=True)
)


def _sentence_spans(
    sentence: str, runs: tuple[tuple[int, int], ...]
) -> tuple[tuple[str, int, int], ...]:
    """What one sentence of the view holds, as (rule, start, end) within it."""

    return _SENTENCES_READ.lookup((sentence, runs), _read_whole_sentence)


def _read_whole_sentence(
    key: tuple[str, tuple[tuple[int, int], ...]],
) -> tuple[tuple[str, int, int], ...]:
    sentence, runs = key
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in _RULE_NAMES}
    _read_sentence(View(sentence, None, runs), 0, len(sentence), found)
    return tuple((name, s, e) for name, spans in found.items() for s, e in spans)


def _word_index(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _record_shape(
    shape: _Shape,
    m: re.Match[str],
    line: str,
    starts: list[int],
    words: _Words,
    found: dict[str, list[tuple[int, int]]],
) -> None:
    groups = m.groupdict()
    target = groups.get("tgt") or ""
    if target and not _people_like(target):
        return
    first = _word_index(starts, m.start())
    last = _word_index(starts, max(m.start(), m.end() - 1))
    if first and words.forms[first - 1] in _NEGATED_BEFORE:
        return
    tgt_start = m.start("tgt") if target else -1
    if tgt_start > 0:
        before = _word_index(starts, tgt_start) - 1
        if before >= 0 and words.forms[before] in _NEGATED_BEFORE:
            return
    if _IDIOMS.search(line, m.start(), m.end() + 4):
        return
    neg = groups.get("neg") or groups.get("neg2") or ""
    if shape.kind == "threat":
        rule = "threat"
    elif shape.kind == "dehumanising" or neg in _DEHUMANISING_SET:
        rule = "dehumanising"
    elif target and _group_like(target) and not _is_pronoun_only(target):
        rule = "derogatory_group"
    else:
        rule = "insult"
    found[rule].append((words.span(first)[0], words.span(last)[1]))


def _is_pronoun_only(target: str) -> bool:
    return target.replace("_p", "") in _PRONOUN_SET


_RULE_NAMES = (
    "slur", "profanity", "insult", "threat", "dehumanising", "derogatory_group",
)  # fmt: skip


def _analyse(draft: Draft) -> Mapping[str, tuple[tuple[int, int], ...]]:
    """Spans (in the draft's normalised text) for each rule of the pack."""
    view = draft.revealed(_GLUE, _known)
    vt = view.text
    present = _SUSPECT.intersection(_split_marks(vt).split())
    if not present and "*" not in vt and not view.runs:
        return {}
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in _RULE_NAMES}
    runs = iter(view.runs)
    run = next(runs, None)
    # Where a suspect word stands: a sentence is read when one stands in it (its words are words
    # of the view, so it needs no splitting of its own to tell).
    hits = iter(_whole_words_at(vt, present))
    hit = next(hits, None)
    for m in _SENTENCE.finditer(vt):
        s, e = m.span()
        while run is not None and run[1] <= s:
            run = next(runs, None)
        in_runs: list[tuple[int, int]] = []
        while run is not None and run[0] < e:
            in_runs.append((run[0] - s, run[1] - s))
            if run[1] > e:
                break
            run = next(runs, None)
        while hit is not None and hit < s:
            hit = next(hits, None)
        if not in_runs and (hit is None or hit >= e) and vt.find("*", s, e) < 0:
            continue
        for name, start, end in _sentence_spans(vt[s:e], tuple(in_runs)):
            found[name].append((s + start, s + end))
    return {name: _outermost(view, spans) for name, spans in found.items() if spans}


def _whole_words_at(text: str, words: Iterable[str]) -> list[int]:
    """Where any of ``words`` stands in ``text`` as a word of ``_split_marks(text).split()``
    (between marks, white space or the ends), in order."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or _is_gap(text[at - 1])) and (end == len(text) or _is_gap(text[end])):
                found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def _is_gap(ch: str) -> bool:
    return ch in _MARKS or ch.isspace()


def _outermost(view: View, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Source spans, dropping any that lies inside another (two shapes read the same words)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if kept and kept[-1][0] <= start and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return tuple(view.to_source(s, e) for s, e in kept)


def _finder(name: str) -> Callable[[Draft, Context], Iterator[Span]]:
    def find(draft: Draft, context: Context) -> Iterator[Span]:
        for start, end in draft.analysis(_analyse).get(name, ()):
            s, e = draft.to_original(start, end)
            yield Span(s, e)

    find.__name__ = f"find_{name}"
    return find


# --------------------------------------------------------------------------------------------
# The rules.
# --------------------------------------------------------------------------------------------

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
    matcher=Custom(_finder("slur")),
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
    matcher=Custom(_finder("profanity")),
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
    matcher=Custom(_finder("insult")),
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
    matcher=Custom(_finder("threat")),
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
    matcher=Custom(_finder("dehumanising")),
    flags=(
        "[[Women are scum]].",
        "[[Trans people are nothing but cockroaches]].",
        "[[You are scum]].",
        "[[Football fans are human garbage]].",
        "[[Womn are scum]].",
        "[[Women are s c u m]].",
        "[[Immigrants like you are absolutefilth]].",
        "[[Female lives are worth absolutely nothing]].",
    ),
    passes=(
        "My headphones are scum.",
        "The things in his attic are nothing but refuse.",
        "Microplastics are a plague to society.",
        "We should never support a politician that treats women like human garbage.",
        "Female lives are worth so much.",
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
    matcher=Custom(_finder("derogatory_group")),
    flags=(
        "[[I hate gay people]].",
        "[[Ihate women]].",
        "[[I h a t e women]].",
        "[[I haet Muslims]].",
        "[[Black people are disgusting]].",
        "[[These womendisgust me]] so much.",
        "[[W0men are the absolute worst]].",
        "[[Immigrants are dishonest]].",
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
    ),
)

RULES = (SLUR, PROFANITY, INSULT, THREAT, DEHUMANISING, DEROGATORY_GROUP)
