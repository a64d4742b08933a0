"""Words around a name that say who it belongs to: someone supported, or a colleague, the writer or
a public figure. Data for the identifiers pack's reading of bare names (``core.packs.identifiers``).

Each list is lower-case words or phrases of words; a phrase is matched word by word.
"""

from __future__ import annotations

from ..wordlists import word_list


def _words(phrase: str) -> list[str]:
    """The words of ``phrase`` as a list, interned by ``word_list``: the phrases below share
    their words ("has", "a", "been"), and each word is then one string, not one for each phrase
    it is in."""
    return list(word_list(phrase))


# Words put before a name that make it a person cared for or family: kinship words, and the
# honorifics of the languages care workers often speak (Polish pan/pani, Portuguese dona/senhor,
# Romanian domnul/doamna, Spanish señor, Filipino lola/lolo, Italian nonna/nonno, Swahili bibi,
# Greek yiayia/pappou, Vietnamese bà/ông, Irish mamó/daideo, Gujarati bapuji, Igbo mazi, Swahili
# mzee, Twi opanyin, Yiddish bubbe/zayde, Kikuyu cucu, Luganda jjajja, Somali hooyo, Arabic
# khala/hajja/teta/jiddo/haj, Scottish Gaelic seanair/seanmhair, Italian signora, Swedish
# mamma/pappa, Caribbean tanty/tantie, Igbo nne/nna, Kikuyu guka, Vietnamese chú/cụ/bác,
# Lithuanian senelis/senelė/močiutė, South Welsh mam-gu/tad-cu, and "pops").
KIN_AND_HONORIFICS = frozenset(
    str.split(
        """nan nana nanna nannan nanny gran granny grandma grandmother grandad grandpa grandfather
    auntie aunty aunt uncle pan pani dona dom senhor senhora sr sra srta señor señora domnul
    doamna lola lolo nonna nonno babcia dziadek tita tito mama papa brother madam madame
    mister baba tatay nanay inay itay kuya nani dadi granda grandda nain taid tanti tante
    tia tio tía tío abuela abuelo avó avô vovó oma opa bunica bunicu mamaie tataie babushka
    dedushka gogo ambuya sekuru maame agya alhaji alhaja hajia manang manong chacha chachi
    mummy daddy mbuya tete amai buni ouma oupa tata nanaji naniji dadaji dadiji bibi yiayia
    yaya pappou bà ông mamó daideo bapuji mazi mzee opanyin opanin bubbe zayde cucu jjajja
    hooyo khala khalti hajja hajji teta jiddo seanair seanmhair signora signor mamma pappa
    tanty pops tantie nne nna guka chú cụ bác haj senelis senelė močiutė mam-gu tad-cu
    adey ayeeyo awoowe achchi aachchi ammachi thatha mataji dadu hajurama halmeoni harabeoji
    halabeoji obaachan ojiichan koro kui dyado babusia kyria mallam egya nannu daye saba savta
    dada dida nanu nea babu"""
    )
)

# The kinship words and honorifics that the family carers of the group use of their own parents
# and grandparents ("Mum", "my nan"): not a name alone, unlike "Gogo", "Mbuya", "Sekuru" or
# "Babcia" said by a care worker of the person they support.
OWN_FAMILY_WORDS = frozenset(
    str.split(
        """mum mummy mam dad daddy nan nana nanna nannan nanny gran granny grandma grandmother
    grandad grandpa grandfather granda grandda auntie aunty aunt uncle brother mama papa mister
    madam madame pan pani sr sra dom dona senhor senhora señor señora domnul doamna mamma pappa
    pops tanty"""
    )
)

# Words before a first name that say the name is meant fondly of someone known to the group
# ("our Maureen", "wee Jessie", "big Jim", "old Albert", "lil Bobby"): a name only when the next
# word is a listed given name.
FOND_PREFIXES = frozenset(
    (
        "our",
        "wee",
        "big",
        "old",
        "little",
        "lil",
        "lovely",
        "poor",
        "dear",
        "owd",
        "auld",
        "oor",
        "wor",
    )
)
# The fond prefixes of dialect and phone typing ("big Tam", "wee Jessie", "owd Albert", "oor
# Senga", "lil Precious"): before a given name they make a nickname even when the name is an
# ordinary word too ("big Frank").
NICKNAME_PREFIXES = frozenset(("wee", "big", "owd", "auld", "oor", "wor", "lil"))

# Relatives of the person cared for, before their name ("her son Graham", "his wife Rose"): a
# name even when it is an ordinary word too, as a capitalised word after these is.
RELATIVES = (
    "mum",
    "dad",
    "mother",
    "father",
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "grandson",
    "granddaughter",
    "nephew",
    "niece",
    "partner",
    "mam",
    "old man",
    "old dear",
    "appa",
    "amma",
    "ammi",
    "abbu",
    "in law",
    "godmother",
    "godfather",
    "mother in law",
    "father in law",
    "son in law",
    "daughter in law",
    # As one word of the draft when typed with hyphens ("my mother-in-law Jean").
    "mother-in-law",
    "father-in-law",
    "son-in-law",
    "daughter-in-law",
    "brother-in-law",
    "sister-in-law",
)
_RELATIVE_PHRASES = tuple(_words(phrase) for phrase in RELATIVES)

# Phrases just before a name that make it someone being cared for ("pop in on", "we lost").
CARE_BEFORE = (
    tuple(
        _words(phrase)
        for phrase in (
            "in on",
            "check on",
            "checked on",
            "checking on",
            "look in on",
            "sat with",
            "sit with",
            "sitting with",
            # Time spent with someone supported: "Loved my visit with Gwenllian today", "had a
            # lovely chat with Rahima about her garden", "Spent an hour with Thaddeus".
            "visit with",
            "hour with",
            *(f"{kind} chat with" for kind in ("lovely", "best", "great", "nice", "long")),
            "lost",
            "visit",
            "visited",
            "visiting",
            "hoisted",
            "hoist",
            "showered",
            "washed",
            "dressed",
            "fed",
            "supporting",
            "support",
            "caring for",
            "care for",
            "looking after",
            "look after",
            "looked after",
            "settled",
            "turned",
            "put",
            "took",
            "get",
            "got",
            "goodbye to",
            "rip",
            "funeral of",
            "passing of",
            "going to",
            "go to",
            "gone to",
            "went to",
            "been to",
            "taking",
            "take",
            "takes",
            "bring",
            "bringing",
            "brought",
            "collect",
            "collecting",
            "pick up",
            "picked up",
            "drop off",
            "dropped off",
            # What carers do for a person, in their words.
            "helped",
            "helping",
            "assisted",
            "assisting",
            "bathed",
            "bathing",
            "changed",
            "changing",
            "toileted",
            "repositioned",
            "escorted",
            "accompanied",
            "supported",
            "gave",
            "giving",
            "prompted",
            "prompting",
            "reminded",
            "showering",
            "washing",
            "feeding",
            "hoisting",
            "transferred",
            "calling on",
            "called on",
            "on with",
            "late to",
            "late for",
            "l8 to",
            "l8 for",
            # A call finished or left: "jst done gerry", "just left Aunty Pam".
            "done",
            "finished",
            "finished with",
            "just left",
            "in with",
            "been in to",
            "popped in to",
            "pop in to",
            "popped round to",
            "cooked for",
            "cooking for",
            "shopping for",
            "walked",
            "wheeled",
            "woke",
            "weighed",
            "bathe",
            # A person's calls covered: "who is covering Tobenna this evening".
            "covering",
            # A person named for the readers: "her name is Valerie", "his full name is ...".
            *(
                f"{whose} {kind}{verb}"
                for whose in ("her", "his", "their")
                for kind in ("", "full ", "real ", "proper ")
                for verb in ("name is", "name was", "name's")
            ),
        )
    )
    + _RELATIVE_PHRASES
)

# Who the writer supports, said just after the name: "Kieran who I support", "Lee (the lad I
# support)", "Lourdes who I care for", "Marcus, who we've supported for three years", "Priya, a
# young woman I support". Said after a name, these outweigh the praise or the welcome before it
# ("Congratulations to Marcus, who we've supported ...").
_SUPPORTERS = ("i", "we", "i've", "we've", "i have", "we have", "i'd", "we'd")
_SUPPORTING = ("support", "supported", "care for", "cared for", "look after", "looked after")
SUPPORTED_AFTER_SAID = tuple(
    f"{who} {we} {verb}"
    for who in ("who", "whom")
    for we in _SUPPORTERS
    for verb in (*_SUPPORTING, "visit")
)
SUPPORTED_AFTER = tuple(_words(phrase) for phrase in SUPPORTED_AFTER_SAID)
# The same said of a person by a word for them: "the lad I support", "a young woman we care
# for", "the lovely gent I look after". Read by its parts (``identifiers._supported_person_after``),
# not spelt out: the phrases every part makes with every other are six thousand, which as lists
# of words held 5 MiB of the engine's memory.
SUPPORTED_PERSON_ARTICLES = frozenset(("the", "a"))
SUPPORTED_PERSON_DESCRIBED = frozenset(("young", "lovely", "little", "older", "elderly", "old"))
SUPPORTED_PERSONS = frozenset(
    ("lad", "man", "lady", "woman", "gent", "girl", "boy", "fella", "client")
)
SUPPORTED_PERSON_SUPPORTERS = tuple(tuple(said.split()) for said in _SUPPORTERS)
SUPPORTED_PERSON_SUPPORTING = tuple(tuple(said.split()) for said in _SUPPORTING)

# Words just after a name that make it someone being cared for: what happens to a person
# supported, in the words carers write it ("has fallen", "kicked off", "in room 9").
CARE_AFTER = tuple(
    _words(phrase)
    for phrase in (
        "has fallen",
        "fell",
        "had a fall",
        "has had a fall",
        "has passed",
        "passed away",
        "passed",
        "died",
        "has died",
        "kicked off",
        "was up",
        "is up",
        "was kicking",
        "was shouting",
        "was wandering",
        "is wandering",
        "refused",
        "refuses",
        "is refusing",
        "was refusing",
        "won't",
        "wont",
        "wouldn't",
        "wouldnt",
        "is asking",
        "was asking",
        "keeps",
        "kept",
        "wants her",
        "wants his",
        "has gone",
        "went into",
        "is in hospital",
        "in hospital",
        "is asleep",
        "was asleep",
        "is sleeping",
        "in room",
        "in bed",
        "on ward",
        "on the unit",
        "at",
        "smashed",
        "threw",
        "hit",
        "bit",
        "scratched",
        "ate",
        "eat",
        "has dementia",
        "has been",
        "is 8",
        "is 9",
        "turned",
        "aged",
        "needs",
        "has had",
        "got discharged",
        "was discharged",
        "has been discharged",
        "is on end of life",
        "is end of life",
        "mum",
        "dad",
        "in the home",
        # How a person supported is, or what they did, in carers' words.
        "is poorly",
        "was poorly",
        "is unwell",
        "was unwell",
        "is not well",
        "is confused",
        "was confused",
        "is agitated",
        "was agitated",
        "got agitated",
        "was aggressive",
        "lashed out",
        "spat",
        "grabbed",
        "punched",
        "kicked",
        "swung",
        "pulled",
        "wandered",
        "went missing",
        "is missing",
        "has gone missing",
        "is dying",
        "is palliative",
        "is bedbound",
        "is bed bound",
        "is nil by mouth",
        "soiled",
        "wet the bed",
        "choked",
        "is choking",
        "came home",
        "is home",
        "is back",
        "was found",
        "has a uti",
        "has covid",
        "lives",
        "lives now",
        "from flat",
        "from room",
        "from bed",
        "from number",
        "from apartment",
        "from my",
        "from our home",
        "from the home",
        "from our supported",
        "from supported living",
        "from our service",
        # How a person supported was on a call, in carers' words.
        "was sick",
        "has been sick",
        "vomited",
        "is crying",
        "was crying",
        "cried",
        "screamed",
        "is screaming",
        "was screaming",
        "is shouting",
        "is upset",
        "was upset",
        "got upset",
        "is distressed",
        "was distressed",
        "is low",
        "was low",
        "is in good spirits",
        "was in good spirits",
        "had her",
        "had his",
        "took her",
        "took his",
        "enjoyed her",
        "enjoyed his",
        "had a bad",
        "had a good",
        "had a rough",
        "slept",
        "didn't sleep",
        "is eating",
        "is drinking",
        "wasn't eating",
        "won't eat",
        # A relative said after their name: "Emrys her son will ring at 6".
        *(
            f"{whose} {kin}"
            for whose in ("her", "his")
            for kin in ("son", "daughter", "husband", "wife", "grandson", "granddaughter", "niece")
        ),
        "had a seizure",
        "has had a seizure",
        "had a fit",
        "is nil by mouth",
        "from the supported",
        # Who the writer supports, said after the name (``SUPPORTED_AFTER``; said of a word for
        # a person, ``SUPPORTED_PERSONS``, read by its parts).
        *SUPPORTED_AFTER_SAID,
    )
)

# A possessive name followed by one of these is someone supported ("Agnes's care plan").
CARE_POSSESSIONS = frozenset(
    str.split(
        """care plan plans meds medication medications tablets room flat house home bungalow door
    key keys keysafe daughter son daughters sons family husband wife niece nephew grandson
    granddaughter carer carers package call calls visit visits dinner tea breakfast lunch
    catheter pad pads bed hoist wheelchair frame stick notes file record records assessment
    review referral ot gp social worker blister dossette nhs chi bloods dressing dressings
    legs leg skin mobility falls fall funeral cpn keyworker case mosaic rio emis hospital
    appointment mar pension benefits form forms pip lad lass kids grandkids grandchildren
    shopping washing laundry hair nails teeth glasses hearing pendant money bank card cards
    letter letters commode mum dad mam mother father parents dob syringe obs shave bath shower
    nightie slippers dentures zimmer rollator walker"""
    )
)

# A possessive name followed by one of these is a public figure's or an author's ("Wes
# Streeting's announcement", "Jill Manthorpe's research").
PUBLIC_POSSESSIONS = frozenset(
    str.split(
        """announcement announcements speech statement article articles book books research
    report paper papers policy policies review podcast interview tweet tweets bill reforms
    manifesto campaign show programme column blog keynote talk lecture novel novels poem poems
    poetry song songs album albums film films lyrics"""
    )
)

# Full names the whole country knows, of singers and bands' voices, presenters, actors and
# comedians, writers, cooks, sportspeople, politicians and the royal family, figures of history
# and characters of pantomime and books (lower case, one space between the words). Said with
# nothing after them of a person supported's care ("Put some Cilla Black on for Nan", "Went to
# see Tom Jones at the arena"), they are the public figure's, not someone supported's; "Tom
# Jones in room 4 refused his tea" still is.
PUBLIC_FIGURES = frozenset(
    line.strip()
    for line in """
    tom jones; cliff richard; cilla black; dolly parton; elvis presley; frank sinatra;
    vera lynn; shirley bassey; dean martin; johnny cash; elton john; rod stewart; paul mccartney;
    john lennon; ringo starr; george harrison; mick jagger; david bowie; freddie mercury;
    tina turner; whitney houston; michael jackson; kylie minogue;
    engelbert humperdinck; matt monro; nat king cole; bing crosby; perry como; andy williams;
    neil diamond; barry manilow; daniel o'donnell; max bygraves; val doonican; des o'connor;
    ken dodd; bruce forsyth; ronnie barker; ronnie corbett; eric morecambe; ernie wise;
    tommy cooper; les dawson; bob monkhouse; benny hill; norman wisdom; peter kay;
    victoria wood; julie walters; dawn french; jennifer saunders; billy connolly; lenny henry;
    michael mcintyre; john bishop; paul o'grady; lily savage; cilla black; terry wogan;
    david attenborough; michael parkinson; bradley walsh; ant mcpartlin; declan donnelly;
    phillip schofield; holly willoughby; lorraine kelly; alan titchmarsh; monty don;
    richard osman; alexander armstrong; gary lineker; sue barker; esther rantzen;
    noel edmonds; chris tarrant; paul hollywood; mary berry; prue leith; nadiya hussain;
    jamie oliver; gordon ramsay; delia smith; nigella lawson; rick stein; keith floyd;
    judi dench; maggie smith; helen mirren; julie andrews; audrey hepburn; marilyn monroe;
    john wayne; clint eastwood; sean connery; roger moore; michael caine; tom hanks;
    charlie chaplin; stan laurel; oliver hardy; patricia routledge;
    david jason; nicholas lyndhurst; wendy richard; barbara windsor; june brown;
    william roache; ken barlow; hilda ogden; bet lynch; vera duckworth; jack duckworth;
    dot cotton; peggy mitchell; phil mitchell; del boy;
    agatha christie; enid blyton; roald dahl; beatrix potter; charles dickens; jane austen;
    william shakespeare; iris murdoch; terry pratchett; catherine cookson; maeve binchy;
    danielle steel; stephen king; jk rowling; j k rowling; dylan thomas; robert burns;
    rabbie burns; maya angelou; harold fry; harry potter; sherlock holmes; miss marple;
    mr darcy; peter rabbit; paddington bear; winnie the pooh; dick whittington;
    prince charming; widow twankey; mother goose;
    florence nightingale; mary seacole; edith cavell; winston churchill; margaret thatcher;
    harold wilson; clement attlee; tony blair; gordon brown; david cameron; theresa may;
    boris johnson; rishi sunak; keir starmer; jeremy hunt; wes streeting; aneurin bevan;
    nye bevan; queen elizabeth; king charles; prince william; prince harry; princess diana;
    princess anne; prince philip; queen victoria; kate middleton; meghan markle;
    marcus rashford; david beckham; bobby charlton; bobby moore; george best; kenny dalglish;
    alex ferguson; kevin keegan; alan shearer; wayne rooney; harry kane; jack charlton;
    paul gascoigne; stanley matthews; andy murray; emma raducanu; tim henman; fred perry;
    mo farah; jessica ennis; kelly holmes; steve redgrave; lewis hamilton; nigel mansell;
    frankie dettori; lester piggott; red rum; tiger woods; nick faldo; jonny wilkinson;
    gareth edwards; barry john; shane williams; tom daley; torvill dean; jayne torvill;
    christopher dean; henry cooper; frank bruno; muhammad ali; tyson fury; ronnie o'sullivan;
    steve davis; phil taylor; captain tom; tom moore; greta thunberg; martin luther king;
    nelson mandela; mother teresa; albert einstein; isaac newton; charles darwin
    """.replace("\n", " ").split(";")
    if line.strip()
)

# Words of broadcasting, the press, the stage and politics: in the sentence of a full name with
# no frame of its own they make it a public figure's, even in a draft about care ("Saw Esther
# Rantzen talking about loneliness on breakfast TV", "Kay Burley interrupting a carer on Sky",
# "Gary Lineker tweets more about carers than our own MP"), authors and what they wrote ("Oliver
# Sacks wrote about music and memory").
MEDIA_WORDS = frozenset(
    str.split(
        """tv telly television news radio bbc itv sky channel broadcast broadcaster
    documentary podcast interview interviewed interviewing tweet tweets tweeted twitter
    presenter presenting newsreader panto pantomime concert gig singer sang album film
    actor actress comedian celebrity famous mp mps minister ministers secretary government
    politician politicians parliament prime chancellor election promised promising tickets
    tour arena musical book books novel novels author wrote poem poet movie movies series
    episode"""
    )
)

# Words before a name that make it a colleague, the writer, someone addressed or a public
# figure, not someone supported ("our manager Priya Shah", "thanks Kerry", "I'm Sharon").
NOT_SUPPORTED_BEFORE = tuple(
    _words(phrase)
    for phrase in (
        "manager",
        "managers",
        "colleague",
        "colleagues",
        "boss",
        "lead",
        "leader",
        "director",
        "ceo",
        "chair",
        "chairman",
        "chairwoman",
        "mp",
        "minister",
        "secretary",
        "councillor",
        "cllr",
        "dr",
        "doctor",
        "nurse",
        "assessor",
        "trainer",
        "mentor",
        "supervisor",
        "coordinator",
        "co-ordinator",
        "deputy",
        "founder",
        "fundraiser",
        "speaker",
        "host",
        "volunteer",
        "worker",
        "physio",
        "thank you",
        "thanks",
        "thank",
        "thanks to",
        # Covering for a colleague: "I am doing the call instead of Sunita".
        "instead of",
        "covering for",
        # A new starter beside a colleague, and shifts swapped: "shadowing Ifeoma on the Tuesday
        # run", "swapped with Folasade".
        # A colleague's send-off: "Leaving drinks for Marlene" (not "said goodbye to", said of
        # a death too).
        "leaving do for",
        "leaving drinks for",
        "leaving party for",
        "leaving card for",
        "leaving collection for",
        "leaving present for",
        "leaving meal for",
        "retirement do for",
        "retirement party for",
        "shadowing",
        "shadow",
        "shadows",
        "shadowed",
        "swap with",
        "swaps with",
        "swapped with",
        "swapping with",
        "thank you to",
        "cheers",
        "congratulations",
        "congrats",
        "well done",
        "shout out",
        "shout out to",
        "welcome",
        "hi",
        "hiya",
        "hello",
        "hey",
        "dear",
        "morning",
        "evening",
        "night",
        "sorry",
        "love",
        "ask",
        "ask for",
        "my name",
        "under my name",
        "i'm",
        "im",
        "i am",
        "name is",
        "name's",
        "called me",
        "hear",
        "heard",
        "speak",
        "by",
        "from",
        "with",
        "and",
        "you and",
        "me and",
        "me n",
        "you",
        "sister",
        "matron",
        "contact",
        # Tastes: "She loves Vera Lynn", "likes Frank Sinatra".
        "loves",
        "likes",
        "listening to",
        "fan of",
        "sir",
        "dame",
        "lord",
        "baroness",
        "saint",
        "st",
    )
)

# A role and "is" or "was" before a name: "the social worker is Mark Tinsley", "our GP link is
# Dr Qureshi", "Trainer was Dave".
_ROLES_BEFORE_IS = str.split(
    """worker manager nurse inspector contact gp doctor trainer assessor officer coordinator
    lead supervisor link physio ot cpn speaker host chair secretary keyworker rep advocate
    facilitator receptionist administrator admin consultant therapist pharmacist"""
)
NOT_SUPPORTED_BEFORE += tuple(
    [role, *verb.split()] for role in _ROLES_BEFORE_IS for verb in ("is", "was", "will be")
)

# Words that, anywhere in the few words before a name in its sentence, make it a colleague's or a
# public figure's: roles, and the praise and welcome of workplace news ("Congratulations to our
# apprentice of the year, Jordan Miles", "Thrilled to welcome Dr Aisha Bello").
NOT_SUPPORTED_NEAR = frozenset(
    str.split(
        """manager managers colleague colleagues boss director ceo chair chairman chairwoman mp
    minister secretary councillor cllr inspector assessor trainer mentor supervisor coordinator
    deputy founder fundraiser apprentice apprentices volunteer volunteers speaker presenter author
    matron congratulations congrats shoutout welcome welcoming thanks thank cheers shout proud
    thrilled delighted pleased honoured honored award awards nominated nominee professor prof
    lecturer researcher article paper podcast interview government announcement announced alongside
    keynote panel panellist conference officer officers reverend rev revd pastor vicar imam
    rabbi chaplain canon bishop training trainee trainees facilitated facilitator regards
    sincerely faithfully co-presenter presenters starters joiners recruits retirement retiring"""
    )
)
NEAR_WINDOW = 6

# Words after a name that make it a colleague or a public figure ("Ken from maintenance",
# "Jenny who ran the Great North Run", "Priya, our manager").
NOT_SUPPORTED_AFTER = tuple(
    _words(phrase)
    for phrase in (
        "from",
        "who ran",
        "who organised",
        "who organized",
        "who runs",
        "who leads",
        # A new colleague's post: "Percy Lau who joins as Finance Director".
        "who joins",
        "who joined",
        "joins as",
        "joined as",
        "our manager",
        "the manager",
        "my manager",
        "our nurse",
        "the nurse",
        "is on",
        "is off",
        "is covering",
        "will cover",
        "covered",
        "covering",
        "here",
        "mp",
        "shift",
        "and the team",
        "and team",
        "from my team",
        "from my work",
        "from my office",
        "from my old job",
        "and i",
        "and me",
        "speak",
        "spoke",
        "speaking",
        "will speak",
        "talk about",
        "presented",
        "presenting",
        # On air: "Just watched Ravi Shankar-Doyle on the BBC talking about the cap".
        "on the bbc",
        "on bbc",
        "on itv",
        "on the telly",
        "on telly",
        "on tv",
        "on the tv",
        "on the radio",
        "on radio",
        "on the news",
        "on youtube",
        "on sky",
        "on channel",
        # Where staff are: "our Kelly on nights", "wor Lisa on the desk".
        "on nights",
        "on days",
        "on lates",
        "on earlies",
        "on the desk",
        "on reception",
        "in the office",
        "at the office",
        # On call, away or in a back office: "Joao on call", "Deborah on annual leave", "ms
        # bernice in payroll".
        "on call",
        "on-call",
        "on annual leave",
        "on leave",
        "on holiday",
        "off sick",
        "rang in sick",
        "rung in sick",
        "called in sick",
        "in payroll",
        "in hr",
        "in finance",
        "at the council",
        "at the council's",
        # A sign-off with a registration: "Mrs Adjoa Mensah-Boateng, RGN, signing off".
        "rgn",
        "rmn",
        "signing off",
        # Someone spoken to, a member of the group: "Julie did you see my message?"
        "did you",
        "have you",
        "are you",
        "can you",
        "could you",
        "would you",
        "will you",
        "do you",
        "did u",
        "have u",
        "are u",
        "can u",
        "r u",
        "any news",
        "any update",
        # Said to them, asked to answer: "Brother Kofi, please reply", "Uncle Tayo, you said".
        "please reply",
        "please answer",
        "please respond",
        "pls reply",
        "you said",
        "you promised",
        "you told",
        "you know",
        "i am waiting",
        "i am still waiting",
        "i'm waiting",
        "i'm still waiting",
        "im waiting",
        "still waiting",
        "waiting for your",
        "waiting your",
        # A role after the name, perhaps after a comma: "Sarah Lindqvist, Chief Nurse at the
        # trust", "Ruth Sandhu, volunteer lead".
        "chief",
        "head of",
        "director",
        "deputy",
        "ceo",
        "clinical",
        "senior",
        "volunteer",
        "registered manager",
        "practice manager",
    )
)

# Roles that, just before a comma and a name, make the name theirs: "our practice pharmacist, Mrs
# Deepa Rana", "The consultant at St Luke's, Dr Amanda Okafor".
ROLES = frozenset(
    str.split(
        """manager managers pharmacist consultant gp doctor nurse physio physiotherapist ot
    therapist inspector officer lead worker assessor trainer advocate coordinator co-ordinator
    director chair secretary councillor mp minister speaker presenter co-presenter host
    receptionist administrator admin matron sister chaplain vicar
    supervisor mentor registrar surgeon dentist optician podiatrist chiropodist midwife
    paramedic solicitor deputy leader driver hairdresser cleaner cook chef handyman teacher
    pastor imam priest rabbi interpreter electrician plumber farmer caretaker gardener
    landlord landlady barber postman postwoman maintenance executive treasurer trustee
    founder organiser security guard porter warden volunteer tutor instructor coach librarian
    doorman bouncer activities dietitian dietician audiologist optometrist phlebotomist
    radiographer psychologist psychiatrist counsellor translator hygienist commissioner
    lecturer housekeeper"""
    )
)

# Animals, said after a name as a role is ("Wee Morag the office cat", "Boris (my manager's
# dog)"): a pet's name, not a person's.
PETS = frozenset(
    str.split(
        """cat cats dog dogs kitten puppy pup budgie parrot hamster rabbit bunny tortoise pony
    horse goldfish spaniel labrador lab collie terrier poodle greyhound whippet lurcher
    dachshund pug retriever alsatian cockapoo cavapoo moggy"""
    )
)

# Departments and teams of a workplace, said after "from" without an article: "Mr Okonkwo from
# maintenance", "Ottilie from payroll".
DEPARTMENTS = frozenset(
    str.split(
        """maintenance payroll hr finance accounts admin reception housekeeping laundry
    catering estates facilities training recruitment rostering scheduling compliance
    safeguarding commissioning brokerage agency office"""
    )
)

# Honorifics said after a name in South Asian English ("Kamla ben", "Sita aunty", "Patel ji"),
# Hungarian ("Ilonka néni", "Feri bácsi") and Turkish ("Ayten teyze", "Mehmet amca").
HONORIFICS_AFTER = frozenset(
    str.split(
        """ben behen bhai ji jee aunty auntie uncle bibi begum sahib saab baji didi néni bácsi
        teyze amca"""
    )
)

# What a person supported has, needs or does, in the words after their name at a sentence's
# start: "Nerys has a hospital appt", "Ivy ate only half soup", "Dilys has her pendant on". Care
# given by a colleague is told with other words (``STAFF_DOING``).
_CARE_NEEDS_WORDS = frozenset(
    str.split(
        """appt appointment appointments hospital soup breakfast porridge dinner lunch meds
    medication tablets teeth dentures pendant bloods obs seizure seizures fall fell confused
    upset agitated refused refusing hoist pad pads commode catheter wheelchair zimmer telly
    bath shower shave toilet incontinent asleep awake ate eating drank drinking fluids
    thickened nil scope dentist optician chiropodist podiatrist nebuliser inhaler insulin
    dressing dressings oxygen dialysis chemo diagnosis dementia alzheimer alzheimers
    parkinson's stroke respite slept wandering wandered mobility scooter independently
    discharged admitted ambulance paramedics poorly unwell nightie slippers"""
    )
)
# Health states and what the body does, as a handover records them of a person supported and
# rarely of a colleague: symptoms, observations, eating and drinking, continence, skin, sleep and
# distress ("Tilly chesty, temp 37.8", "Ruaridh had a meltdown at the pool", "Clarence shouted",
# "Odile got weighed, down 2kg"). Not "sick", said of colleagues off work. Part of CARE_NEEDS;
# said right after a name that opens a sentence they make the draft about care by themselves.
HEALTH_STATES = frozenset(
    str.split(
        """chesty cough coughing wheezy wheezing breathless temp temperature feverish sats
    clammy drowsy lethargic dizzy vomiting vomited diarrhoea constipated bowels urine
    dehydrated weighed weight appetite swallow swallowing choking thickener pureed stoma
    soiled continence rash swollen swelling bruise bruised bruising sores blister redness
    infection uti antibiotics meltdown meltdowns behaviour distressed distress restless
    pacing hallucinating hallucinations delirium tearful withdrawn unsettled settled
    sundowning epilepsy diabetic sugars hairdresser pain painful sore shouting shouted screaming
    screamed aggressive spitting spat choked"""
    )
)
CARE_NEEDS = _CARE_NEEDS_WORDS | HEALTH_STATES
# Words a care note opens its comment with, right after the name of the person it is about,
# with no verb between ("Patience bowels not open since Sat", "Doreen Pilkington obs stable",
# "Ruby settled well", "ade incontinent of urine x3", "Winston BM 14.2 before tea"): the
# observations, continence, skin, sleep and refusals a handover records, rarely said of a
# colleague straight after their name. "pressure" counts only before "area", "areas" or "sore".
NOTE_WORDS = frozenset(
    str.split(
        """obs bowels bno bm bms bp sats temp pressure incontinent settled unsettled refused
    refusing declined fell catheter pad pads coughing chesty breathless tearful agitated
    vomited vomiting diarrhoea constipated fluids slept seizure insulin bloods"""
    )
)
NOTE_PRESSURE_AFTER = frozenset(("area", "areas", "sore", "sores", "ulcer"))
# Words that make the sentence about a colleague's work, not a person's care: "Kerry is doing
# the meds round", "Sarah has the keysafe code for the shift".
STAFF_DOING = frozenset(
    str.split(
        """round rounds shift shifts rota cover covering covered training trained doing done
    give gave giving keys handover office audit order ordered ordering rang phoned emailed
    collect collected sign signed swap swapped agency holiday annual leave nights days
    lates earlies interview interviews course team"""
    )
)

# Words of the workers' own working life, rarely said in a sentence about a person supported
# unless a word of their care is said too: their breaks, leave, jobs, rota, training, cover
# and room ("Philomena fell asleep on the staffroom sofa on her break", "Ottilie starts her
# manual handling training Monday", "maudie is back from maternity leave"). Not the shift, the
# lates or "staff": said of the calls and the people on a rota too ("who has mr o'hare on
# lates", "Night staff please watch Mr Ifeanyi closely").
STAFF_LIFE = frozenset(
    str.split(
        """staffroom break breaks rota rotas annual maternity paternity holiday holidays
    interview nvq training trainee induction shadowing supervision supervisions payslip payslips
    overtime retiring retired retirement promoted promotion apprenticeship colleague colleagues
    uniform"""
    )
)

# Words that say a draft is about care: a full name with no frame of its own ("Kevin Marsh
# kicked off") is read as someone supported only in a draft with one of these.
CARE_WORDS = frozenset(
    str.split(
        """care carer carers caring cared resident residents client clients patient patients
    service user users dementia alzheimers alzheimer hospital hospice ward discharge discharged
    gp nurse nurses meds medication tablets hoist pads continence mar social worker ot chc
    assessment shift shifts nights rota visit visits calls package unit nan nana nanna nanny mum
    dad mam mother father husband wife grandad grandma gran palliative funeral stroke fall fell
    falls frail wheelchair commode catheter nhs chi dob referral council safeguarding domiciliary
    keysafe ambulance paramedics bed room dinner tea breakfast lunch kicked diagnosed diagnosis
    admitted passed died lost lad lass gent gents gentleman fella chap bloods prescription
    prescriptions pharmacy chemist chiropodist podiatrist dosette blister respite"""
    )
) | frozenset(
    # Welsh: care, carer(s), client(s), patient(s), resident, hospital, nurse, doctor, GP,
    # medicine, tablets, visit(s), call(s), home care, dementia, mum, dad, grandparents, and
    # their mutated forms (gofal, ofal; gofalwr, ofalwr; cleient; claf, glaf, cleifion;
    # preswylydd; ysbyty; nyrs; meddyg, feddyg; meddyginiaeth, feddyginiaeth; tabledi; ymweliad;
    # galwad, alwad; dementia; mam, fam; tad, dad; nain; taid; mamgu; tadcu).
    str.split(
        """gofal ofal gofalwr ofalwr gofalwyr ofalwyr cleient cleientiaid claf glaf cleifion
    preswylydd preswylwyr ysbyty nyrs meddyg feddyg meddyginiaeth feddyginiaeth tabledi ymweliad
    ymweliadau galwad alwad galwadau mam fam tad nain taid mamgu tadcu"""
    )
)

# Third-person pronouns that refer back to a person just named ("Gordon was in a mood, he
# wouldn't take his tablets"), as written, with and without an apostrophe.
THIRD_PERSON = frozenset(
    str.split(
        """he she him his her hers himself herself he's she's hes shes he'd she'd he'll she'll"""
    )
)

# What the words after such a pronoun say of someone supported, and rarely of a colleague:
# health, mood, body, daily living, the things they use ("she's 93 and sharp as a tack", "he's
# been coughing since tea", "she hardly touched her soup", "his frame"). Read with CARE_NEEDS.
DESCRIBED = frozenset(
    str.split(
        """mood moody quiet tearful teary crying cried cry smiled smiling laughed chuffed
    confused muddled forgetful anxious frightened scared lonely settled settling unsettled
    coughing cough chest breathing breathless wheezy chesty temperature infection uti sore
    pain painful hurting hurt bruise bruised bruising swollen rash sores skin wet soiled
    frame stick walker recliner toenails feet knees hip hips eyes ears glasses hearing hair
    nightie pyjamas slippers cardigan handbag cuppa tea soup supper drink fluids
    pension bed bedroom chair wheelchair telly radio crossword dementia carers carer
    nowhere nobody alone independently"""
    )
) | frozenset(str(age) for age in range(60, 106))  # an age: "she's 93"

# Verbs of harm or control done to a person, just before their name: who the draft is about in a
# safeguarding concern ("the night staff pushing Gwen", "shouting at Ruby", "dragging Stan").
HARM_BEFORE = tuple(
    _words(phrase)
    for phrase in (
        "pushing",
        "pushed",
        "shoving",
        "shoved",
        "slapping",
        "slapped",
        "smacking",
        "smacked",
        "hitting",
        "dragging",
        "dragged",
        "pinching",
        "pinched",
        "shaking",
        "grabbing",
        "restraining",
        "restrained",
        "manhandling",
        "manhandled",
        "rough with",
        "shouting at",
        "shouted at",
        "screaming at",
        "screamed at",
        "swearing at",
        "swore at",
        "locking",
        "locked",
        "neglecting",
        "neglected",
        "mocking",
        "mocked",
        "taunting",
        "bullying",
        "bullied",
    )
)
CARE_BEFORE += HARM_BEFORE
