"""The offensive pack's words, as data: each list says what it holds and why it is there.

Every list is written as one spaced string and read with ``word_list`` (in order) or ``word_set``.
The lists contain slurs because the pack has to recognise them; they live here and nowhere else.
A new swear word, slur or homonym exception is a word added here, with no change to the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...matchers import word_list, word_set

# --- words that are offensive in themselves -----------------------------------------------------
# By rule, then by family: a family is a word with its forms and common disguises. Each form is
# also recognised with a letter doubled ("fuuck"), and a form of six letters or more with one
# spelling slip (see forms.slips). The order counts: a variant that two forms share belongs to
# the first.

PROFANITY = {
    "fuck": "fuck fucks fucked fucker fuckers fucking fuckin fuckface fuckwit fuckwits fuckhead "
    "fuckheads fuckall fuk fuks fuking fukin fuked fcuk fcuking fck fcking fcked fking fkn fukc "
    "fukced fukcing fuq phuck phucking phuk fk eff effing effin motherfucker motherfuckers "
    "motherfucking mofo clusterfuck fucktard fuckery fuckoff",
    "shit": "shit shits shite shitty shittier shithead shitheads shitting shitted shitter shithole "
    "shitholes shitshow shitstorm bullshit bullshitting horseshit dipshit dipshits apeshit sht "
    "shti shyt shyte",
    "piss": "piss pissed pissing pisses pisstake pisshead",
    "ass": "asshole assholes arsehole arseholes ashole a-hole ass arse arsed dumbass dumbasses "
    "jackass jackasses smartass badass asshat asswipe arsewipe",
    "bastard": "bastard bastards bastid bastids",
    "bollocks": "bollocks bollox bellend bellends",
    "twat": "twat twats twatting",
    "wanker": "wanker wankers wank wanking tosser tossers",
    "dickhead": "dickhead dickheads knobhead knobheads cockhead dickwad douchebag douchebags "
    "douche cocksucker cocksuckers",
    "scumbag": "scumbag scumbags",
    "prick": "prick pricks",
    "dick": "dick dicks",
    "feck": "feck feckin fecking fecked",
    "wtf": "wtf wtaf ffs stfu gtfo omfg tf fml",
    "fud": "fud fuds",
    "bugger": "bugger buggers buggered buggering",
    "crap": "crap crappy craps",
    "frig": "frigging friggin frigged",
    # "Bloody" as the sworn word it is in British speech ("bloody agency", "bl**dy printer"),
    # blood itself told apart by ``HOMONYMS``.
    "bloody": "bloody",
    # Other languages' swearing, as carers from abroad write it in English posts.
    "foreign": "kurwa kurwy merda porra caralho raasclaat bumbaclaat blyat",
}

SLURS = {
    "bitch": "bitch bitches bitchy biatch btch bicth bitchass",
    "slut": "slut sluts slutty skank skanks skanky slag slags slapper slappers",
    "whore": "whore whores whorebag hoe hoes",
    "cunt": "cunt cunts cunty kunt",
    "tranny": "tranny trannies trannie trany shemale shemales",
    "faggot": "faggot faggots fagot fagots faggit fag fags",
    "dyke": "dyke dykes lesbo lesbos lezza lezzas lezzer lezzers",
    "queer": "queer queers",
    "poof": "poof poofs poofter poofters pooftah pooftahs battyboy battyboys bumboy bumboys "
    "shirtlifter shirtlifters",
    "nigger": "nigger niggers nigga niggas niggaz",
    "coon": "coon coons darkie darkies jigaboo jigaboos golliwog golliwogs sambo",
    "wog": "wog wogs paki pakis chink chinks chinky gook gooks spic spics kike kikes wetback "
    "wetbacks polack polacks polak polaks dago dagos eyetie eyeties kraut krauts yid yids gypo "
    "gypos gippo gippos half-caste "
    "beaner beaners raghead ragheads towelhead towelheads gyppo gyppos pikey pikeys nignog "
    "nignogs wop wops kaffir kaffirs taig taigs bogtrotter bogtrotters halfbreed halfbreeds "
    "mulatto mulattos",
    "retard": "retard retards retarded tard tards",
    "cripple": "cripple cripples",
    "midget": "midget midgets",
    "mong": "mong mongs mongoloid mongoloids spaz spazzes spastic spastics spacker spackers "
    "spakka schizo schizos mongy spazzy spazz",
    "muzzie": "muzzie muzzies muzzy jihadi jihadis rapefugee rapefugees camelfucker camelfuckers",
    "homo": "homo homos",
}

# Two-word slurs, matched as a pair of words in a row, with the rule they fall under.
PAIRS = {
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
    ("batty", "boy"): "slur",
    ("batty", "boys"): "slur",
    ("jungle", "bunny"): "slur",
    ("jungle", "bunnies"): "slur",
    ("rug", "muncher"): "slur",
    ("rug", "munchers"): "slur",
    ("half", "caste"): "slur",
    ("half", "breed"): "slur",
    ("half", "breeds"): "slur",
    ("nig", "nog"): "slur",
    ("nig", "nogs"): "slur",
    ("shirt", "lifter"): "slur",
    ("shirt", "lifters"): "slur",
    ("fudge", "packer"): "slur",
    ("fudge", "packers"): "slur",
    ("bog", "trotter"): "slur",
    ("bog", "trotters"): "slur",
    ("bloody", "hell"): "profanity",
}

# Real words one spelling slip away from a listed one, which must not be read as it: found by
# checking every slip against a large English vocabulary; add any new one found in use.
NOT_SLIPS = word_set(
    "tans back backs strange disable loath hated tash sick lack blac bake rash ration fith "
    "hoes suffe scrum ruin rated dead died dies rape raped raps rats hang hung stab kill "
    "shot bled shoo sufer dumb gays gals trams tarns muslin muslins garage wore slit slot "
    "africa asia india pakistan romania beats best coke county lies live lose loses money "
    "moon plane plant pole refuge remove reset reuse shan snake tick tied tire tried treat "
    "violet word batch chin cons cuts pick picks site sits sitting waking niger jihad dyks "
    "grace trace bleak slack stack black down sitter pikes waning tosses waker wakers jihads "
    "tatting sacker sackers pooters basted baster basters basti midge midges morn sapper"
)


# --- homonyms: when a listed word is innocent ---------------------------------------------------


@dataclass(frozen=True)
class Homonym:
    """When forms of a lexicon family mean something innocent, told by the words around them.

    ``forms``: the forms this applies to, spaced ("fag fags"; "faggot*" is every form starting
    "faggot"; "" is every form of the family). The word is innocent when the sentence holds any
    of ``near``, the word before it is one of ``before``, the word after it one of ``after``, or
    ``only_after`` is given and the word before it is none of those.
    """

    family: str
    note: str
    forms: str = ""
    near: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    only_after: frozenset[str] = frozenset()


# Words before "dick" that make it an insult rather than a name ("a dick", "such a dick").
INSULT_LEAD = word_set(
    "a an you ya such what total complete absolute utter fucking bloody massive big little "
    "right proper stupid being"
)
DETERMINERS = word_set("the a an our their his her its this that these those your my")

HOMONYMS = (
    Homonym(
        "bitch",
        "a female dog",
        near=word_set(
            "dog dogs puppy puppies pup pups labrador spaniel terrier retriever greyhound "
            "whippet collie breed breeder breeders litter whelp whelped whelping kennel kennels "
            "canine vet pedigree show sporting lurcher dog's season heat spayed"
        ),
    ),
    Homonym(
        "dyke",
        "an embankment or a ditch",
        near=word_set(
            "beach sea flood floods flooding embankment embankments wall walls council built "
            "build building river rivers dam water ditch drain marsh dutch offa's coast farmland "
            "fen fens fenland drainage path footpath towpath field fields"
        ),
    ),
    Homonym(
        "dyke",
        "a field wall or bank in the countryside: 'the drystone dyke on the moor'",
        near=word_set(
            "drystone stone stones moor moors moorland hill hills hillside glen burn sheep lambs "
            "ewes cattle cows storm storms gale frost frosty fallen"
        ),
    ),
    Homonym("dyke", "a place name: 'Devil's Dyke'", before=word_set("devil's offa's")),
    Homonym(
        "tranny",
        "a transistor radio, or a vehicle's transmission",
        forms="tranny trannies",
        near=word_set(
            "radio radios transistor gearbox gearboxes garage mechanic minibus engine clutch "
            "cricket"
        ),
    ),
    Homonym(
        "wog",
        "the food and the music: 'the kraut needs a week', 'kraut rock'",
        forms="kraut krauts",
        near=word_set("sauerkraut cabbage ferment fermented fermenting jar jars pickle"),
        after=word_set("rock"),
    ),
    Homonym(
        "slut",
        "the waste of smelting and mining: 'the slag heap'",
        forms="slag slags",
        near=word_set(
            "heap heaps pit pits steel steelworks furnace furnaces iron mine mines mining coal "
            "colliery foundry smelting"
        ),
    ),
    Homonym(
        "twat",
        "Twatt, a village in Orkney and one in Shetland: 'a trip to Twatt'",
        forms="twatt",
        before=word_set("to in at from near via of past"),
    ),
    Homonym(
        "dyke",
        "a place name: 'Dyke Road', 'Dyke Lane'",
        after=word_set("road rd street st lane avenue house farm end walk way"),
    ),
    Homonym(
        "faggot",
        "a bundle of sticks, or a meatball",
        near=word_set(
            "sticks stick bundle bundles fuel wood firewood butcher butchers gravy pork meat "
            "meatballs peas onion recipe dinner oven liver"
        ),
    ),
    Homonym(
        "faggot",
        "'a cigarette' in British English",
        forms="fag fags",
        near=word_set(
            "smoke smoked smoking smokes cigarette cigarettes ciggie ciggies packet packets "
            "lighter ash ashtray break end uk roll tobacco light smoker smokers vape nip nipping "
            "nipped popping outside paper papers rizla rizlas baccy lottery newsagent newsagents "
            "shop garage milk shift shifts fare brew cuppa coffee tenner fiver quid"
        ),
    ),
    Homonym(
        "faggot",
        "'a cigarette', someone's own: 'had me fag', 'money for his fags'",
        forms="fag fags",
        before=word_set("me my his her their your our"),
    ),
    Homonym("faggot", "talking about the word itself", forms="faggot*", near=word_set("word")),
    Homonym("slut", "the verb: 'slag off my employer'", forms="slag slags", after=word_set("off")),
    Homonym(
        "slut",
        "the verb with its object before 'off': 'she slags you off in supervision'",
        forms="slag slags",
        after=word_set("you me him her us them everyone everybody people staff"),
    ),
    Homonym(
        "midget",
        "a small thing: 'midget gems', 'a midget submarine'",
        after=word_set("gem gems submarine submarines racing car cars tomato tomatoes"),
    ),
    Homonym(
        "whore",
        "'hoe', the garden tool",
        near=word_set(
            "garden gardening tool tools weeds weeding weed shovel spade rake soil dig digging "
            "allotment"
        ),
    ),
    Homonym("coon", "a cheese; a coonhound", near=word_set("cheese hound hounds coonhound")),
    Homonym("coon", "the cat: 'a Maine Coon'", before=word_set("maine")),
    Homonym(
        "wog",
        "'a chink in the armour', 'a chink of light', the chinks in a window frame",
        forms="chink chinks",
        near=word_set(
            "armour armor light curtain curtains window windows frame frames door doors wall "
            "walls fence draught draughts draft drafts gap gaps mortar brickwork blind blinds"
        ),
    ),
    Homonym(
        "cripple",
        "the verb: 'a strike could cripple'",
        near=word_set("strike strikes economy costs debt"),
    ),
    Homonym(
        "cripple",
        "the verb: 'strikes could cripple the railway'",
        before=word_set("to will could"),
        after=DETERMINERS,
    ),
    Homonym("homo", "the genus", near=word_set("sapiens erectus habilis neanderthalensis")),
    Homonym("mong", "the Hmong people", near=word_set("hmong")),
    Homonym(
        "mong",
        "the charity's old name: 'the Spastics Society'",
        forms="spastics",
        after=word_set("society"),
    ),
    Homonym(
        "mong",
        "the clinical sense: 'spastic paraplegia', 'spastic cerebral palsy'",
        forms="spastic",
        after=word_set(
            "paraplegia diplegia quadriplegia hemiplegia tetraplegia paresis cerebral colon "
            "muscle muscles gait dysphonia dysarthria bladder type"
        ),
    ),
    Homonym("retard", "to slow: 'fire retardant'", near=word_set("fire flame growth")),
    Homonym(
        "retard",
        "an engine's timing set late: 'retarded ignition'",
        forms="retarded",
        after=word_set("timing ignition spark valve valves cam"),
    ),
    Homonym(
        "retard",
        "the verb: 'may retard the progress'",
        forms="retard retards retarded",
        before=word_set("to will could may might can would does do"),
        after=DETERMINERS,
    ),
    Homonym(
        "queer",
        "the word people use of themselves and their field",
        forms="queer",
        after=word_set(
            "people person folk folks culture rights studies community communities theory "
            "liberation pride identity identities youth history art film cinema space spaces "
            "women men couples couple family families friends and or as kids person's movement "
            "activist activists scholars scholarship politics joy love representation eye"
        ),
    ),
    Homonym(
        "queer",
        "the word people use of themselves at work and take back: 'as a queer carer', 'taking "
        "the word back'",
        forms="queer",
        after=word_set("carer carers nurse nurses worker workers staff colleague colleagues"),
        near=word_set("word reclaim reclaimed reclaiming"),
    ),
    Homonym(
        "queer",
        "'odd' or 'unwell': 'feeling rather queer'",
        forms="queer",
        before=word_set(
            "feel feeling felt feels seemed seem seems looked looks look bit rather very quite "
            "most little somewhat am i'm we're being proud as street"
        ),
    ),
    Homonym(
        "prick",
        "a small hole: 'a finger-prick test'",
        before=word_set(
            "finger heel pin needle needles thorn thorns skin test tests testing blood lancet"
        ),
        after=word_set(
            "finger heel pin needle needles thorn thorns skin test tests testing blood lancet"
        ),
    ),
    Homonym("dick", "a name: 'Dick Whittington'", only_after=INSULT_LEAD),
    Homonym(
        "ass",
        "the animal (and 'a pain in the arse' is left to judgment)",
        forms="ass arse",
        before=word_set("the an his her"),
    ),
    Homonym(
        "bloody",
        "with blood in it, as a care note says: 'bloody stools', 'a bloody nose', 'Bloody Mary'",
        near=word_set(
            "stool stools poo poos faeces urine wee pee nose noses discharge vomit vomited sick "
            "sputum mucus phlegm diarrhoea diarrhea cough coughed coughing tissue tissues wound "
            "wounds dressing dressings bandage plaster gums lip lips pad pads catheter bleed "
            "bleeding bled blood nosebleed haematuria injury graze cut cuts"
        ),
        after=word_set("mary marys sunday"),
    ),
)


# --- the words of statements about people -------------------------------------------------------

# Peoples by nationality, region of origin and faith, by region, as the plural noun and the
# adjective ("the Estonians on days", "Moldovan night staff are all..."): a statement's group may
# be any of them, and one missing from the list is a group the pack cannot see. They cost a set
# entry each: the group shapes match a mark the reader gives group words, not the lists. Left
# out: words that are mostly something else in a care setting ("swedes", "danes", "kiwis",
# "turkey", "yanks", "dutch", "swiss", "danish", "georgian"), or whose misspellings are common
# words ("thais" of "this").
NATIONS_BY_REGION = {
    "western europe": (
        "germans belgians austrians norwegians finns greeks cypriots italians spaniards maltese",
        "german belgian austrian norwegian finnish greek cypriot french maltese",
    ),
    "central and eastern europe": (
        "estonians moldovans belarusians slovakians slovenians croatians serbians serbs bosnians "
        "macedonians kosovans kosovars armenians chechens uzbeks kazakhs czechs slovenes",
        "estonian moldovan belarusian slovakian slovenian slovene croatian serbian serb bosnian "
        "macedonian kosovan kosovar armenian chechen uzbek kazakh",
    ),
    "africa": (
        "ethiopians eritreans cameroonians gambians zambians malawians ugandans tanzanians "
        "rwandans egyptians moroccans algerians tunisians libyans angolans liberians "
        "sierra-leoneans congolese sudanese senegalese",
        "ethiopian cameroonian gambian zambian malawian ugandan tanzanian rwandan egyptian "
        "moroccan algerian tunisian libyan angolan liberian sierra-leonean congolese sudanese "
        "senegalese",
    ),
    "middle east and asia": (
        "lebanese jordanians palestinians israelis saudis yemenis vietnamese koreans japanese "
        "malaysians indonesians burmese tamils punjabis gujaratis bengalis iranians iraqis "
        "pashtuns filipinas",
        "lebanese jordanian palestinian israeli saudi yemeni vietnamese korean japanese "
        "malaysian indonesian burmese tamil punjabi gujarati bengali pashtun filipina",
    ),
    "the americas and oceania": (
        "americans canadians australians aussies colombians venezuelans peruvians chileans "
        "argentinians bolivians ecuadorians cubans haitians trinidadians bajans latinos latinas "
        "hispanics",
        "american canadian australian aussie colombian venezuelan peruvian chilean argentinian "
        "bolivian ecuadorian cuban haitian trinidadian bajan latino latina hispanic",
    ),
    "faiths": (
        "buddhists mormons pentecostals evangelicals protestants baptists methodists quakers "
        "rastafarians rastas atheists pagans",
        "buddhist mormon pentecostal evangelical protestant baptist methodist quaker rastafarian "
        "pagan",
    ),
}
# Groups named by something other than a nation or a faith, by the kind of naming (plural nouns,
# adjectives): where in these islands people are from, a city's or a region's nickname included;
# their generation (an age written in digits, "over 60s", "80-year-olds", is read as the
# generation word ``AGE_IN_DIGITS`` by ``reader._name_generations``; "gen z" as "gen-z"); a
# disability or a condition they are named by, or an aid they use ("wheelchair users"); their
# class. Contempt names them as often as it names a nation ("Weegies can't be trusted with the
# drugs trolley", "over 60s shouldn't be on the bank list").
AGE_IN_DIGITS = "year-olds"
GROUPS_BY_KIND = {
    "place": (
        "northerners southerners westerners easterners londoners mancs mancunians weegies "
        "glaswegians liverpudlians cockneys yorkshiremen woollybacks emmets grockles incomers "
        "townies islanders",
        "northern southern yorkshire cornish mancunian glaswegian cockney",
    ),
    "generation": (
        "boomers baby-boomers zoomers millennials gen-z genz gen-x gen-y gen-alpha gen-xers "
        "year-olds somethings twentysomethings",
        "millennial boomer",
    ),
    "disability": (
        "amputees dyslexics diabetics epileptics schizophrenics paraplegics quadriplegics "
        "wheelchair-users",
        "wheelchair dyslexic diabetic epileptic paraplegic",
    ),
    "class": ("toffs plebs", "posh working-class middle-class upper-class council-estate"),
}
_NATION_NOUNS = word_list(" ".join(nouns for nouns, _ in NATIONS_BY_REGION.values()))
_NATION_ADJECTIVES = word_list(" ".join(adjs for _, adjs in NATIONS_BY_REGION.values()))
_KIND_NOUNS = word_list(" ".join(nouns for nouns, _ in GROUPS_BY_KIND.values()))
_KIND_ADJECTIVES = word_list(" ".join(adjs for _, adjs in GROUPS_BY_KIND.values()))
# Read as written, without the misspellings the other group words are read with (``forms.CANON``):
# those would cost some twenty table entries a word, and some are real words ("mancs", "macs").
NATION_WORDS = frozenset(_NATION_NOUNS + _NATION_ADJECTIVES + _KIND_NOUNS + _KIND_ADJECTIVES)

# Identity groups (the protected characteristics the pack watches for), as plural nouns, singular
# nouns and adjectives before "people", "person", "lives", "throats"...
GROUP_NOUNS = word_list(
    "women woman girls ladies females men blacks gays lesbians lesbian bisexuals homosexuals "
    "transsexuals transgenders muslims muslim moslems islamists immigrants immigrant "
    "migrants migrant refugees refugee asylum-seekers foreigners foreigner jews jew "
    "christians hindus sikhs asians arabs africans mexicans gypsies travellers roma "
    "pakistanis poles romanians disabled filipinos nigerians ghanaians zimbabweans kenyans "
    "somalis bangladeshis lithuanians latvians bulgarians hungarians slovaks albanians "
    "ukrainians russians indians chinese english scots welsh irish europeans "
    "eastern-europeans turks kurds syrians afghans jamaicans catholics pensioners oaps "
    "nepalis nepalese brazilians portuguese scousers geordies brummies scouser brummie "
    "elderly addicts junkies druggies alcoholics"
) + tuple(dict.fromkeys(_NATION_NOUNS + _KIND_NOUNS))
GROUP_ADJECTIVES = word_list(
    "female male trans transgender gay lesbian bisexual queer black brown asian muslim "
    "jewish immigrant migrant refugee disabled autistic deaf blind african arab mexican "
    "indian pakistani polish romanian chinese foreign gypsy filipino nigerian ghanaian "
    "zimbabwean kenyan somali eritrean bangladeshi sri-lankan lithuanian latvian bulgarian "
    "hungarian slovak czech albanian ukrainian russian portuguese spanish italian english "
    "scottish welsh irish british european eastern turkish kurdish syrian afghan iraqi "
    "iranian jamaican caribbean hindu sikh christian catholic old elderly older young homeless "
    "nepali nepalese brazilian scouse geordie "
    "asylum traveller roma overseas international abroad"
)
GROUP_ADJECTIVES += tuple(
    w for w in dict.fromkeys(_NATION_ADJECTIVES + _KIND_ADJECTIVES) if w not in GROUP_ADJECTIVES
)
# What a group adjective describes: "black people", "gay men", "trans lives".
GROUP_HEADS = word_list(
    "people person persons folk folks lives life kids children men women man woman ones lot "
    "girls lads users types"
)
# The pronouns a statement may be aimed at ("I hate you", "she should be killed").
TARGET_PRONOUNS = word_list("you u ya yall y'all him her he she yourself yourselves")
# Words for people, which make a target of the words before them ("traffic wardens").
PEOPLE_NOUNS = word_list(
    "people person persons folk folks guy guys man men lad lads bloke blokes boy boys kid "
    "kids idiots morons everyone anybody individual individuals politicians politician "
    "wardens warden consultants consultant bankers banker footballers deniers butchers "
    "butcher liberals liberal moderates centrists members artists fans lawyers lawyer "
    "scientists economists lobbyists cyclist cyclists pilot pilots brokers capitalists "
    "managers manager gardeners thieves thief rapists rapist nazis nazi executives dealers "
    "agents agent opponent opponents colleague colleagues boss bosses staff nurse nurses "
    "doctor doctors carer carers residents resident patients patient clients client parents "
    "parent neighbours neighbour teachers teacher students student landlords landlord "
    "tenants tenant police cops coppers judge judges tourists locals vegans boomers "
    "millennials tories conservatives socialists communists fascists leftists lefties "
    "feminists journalists criminals criminal paedophiles paedophile terrorists terrorist "
    "kids teenagers teens officials official councillors councillor ministers minister mps "
    "governors workers worker employees employee employers employer drivers driver cleaners "
    "cleaner chavs soldiers priests vicars cousin cousins brother brothers sister sisters "
    "mother father mum dad husband wife son daughter friend friends family relatives deputy "
    "woman lady "
    "deputies senior seniors supervisor supervisors coordinator coordinators director "
    "directors leader leaders lass lasses lassie girl girls gp gps assessor assessors "
    "commissioner commissioners junkies addicts druggies alcoholics scroungers spongers "
    "freeloaders seekers flyers team adult adults elders youngsters matron matrons chairman "
    "chairwoman chairperson receptionist receptionists owner owners cook cooks chef chefs "
    "housekeeper porter porters paramedic paramedics therapist physio physios pharmacist "
    "midwife midwives registrar surgeon surgeons dentist inspector inspectors auditor "
    "auditors recruiter applicant applicants candidate candidates volunteer volunteers "
    "trustee trustees visitor visitors punters families youths gentleman gentlemen "
    # Kin, roles of a care team and the everyday words for a man, as carers name the people a
    # charge is laid on ("my brother-in-law is a spineless leech", "our chief executive has the
    # brains of a goldfish", "the new apprentice is a waste of space").
    "uncle uncles aunt aunts auntie aunty grandma grandmother grandfather grandad granddad "
    "grandson granddaughter grandchildren nana nan stepson stepdaughter stepdad stepmum "
    "stepfather stepmother brother-in-law sister-in-law son-in-law daughter-in-law "
    "mother-in-law father-in-law sibling siblings niece nieces nephew nephews coworker "
    "coworkers co-worker co-workers workmate workmates executive administrator administrators "
    "counsellor counsellors officer officers assistant assistants trainee trainees apprentice "
    "apprentices advocate advocates hca hcas rgn rgns chap chaps fella fellas "
    "mam mams mammy mom moms mommy mummy daddy gran granny grandpa nanna hubby missus bairn "
    "bairns wean weans"
)
# Animals and things a name may be said of in fun or in plain description, not a person: "my
# dog's a greedy pig", "the new wheelchair is a beast", "the hoist is a dinosaur".
NAMED_THINGS = word_set(
    "dog dogs cat cats puppy pup kitten budgie parrot horse pony rabbit hamster tortoise "
    "goldfish hen hens chicken chickens wheelchair chair car van bus hoist printer charger "
    "machine laptop computer phone kettle boiler scooter bike mower hoover telly tv app system "
    "rota form website microwave fridge freezer dishwasher lift sling mattress bed"
)
# Words in -er, -ist, -ian that are things, not people (forms.PEOPLE_SUFFIX would take them).
NOT_PEOPLE = word_set(
    "beer beers computer computers printer printers paper papers water weather number numbers "
    "letter letters order orders corner corners dinner dinners summer winter power tower flower "
    "flowers cauliflower burger burgers border borders shower showers river rivers butter cover "
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
    # Care equipment spelt like a word for people: "the new hoists are a liability".
    " hoist hoists catheter catheters inhaler inhalers nebuliser nebulisers plaster plasters "
    "blister blisters thermometer thermometers stretcher stretchers locker lockers slipper "
    "slippers zimmer zimmers"
)
# Whose lives: "your lives are worth nothing".
POSSESSIVES = word_set("your his her their my our")

# Feeling words: "I hate <people>".
HATE_VERBS = word_list("hate despise loathe detest abhor resent")
# Derogatory adjectives and nouns ("<people> are ..."). Dehumanising ones are listed apart.
DEROGATORY = word_list(
    "disgusting despicable revolting dishonest pathetic violent cruel filthy stupid "
    "stupidest dumb dumbest repulsive repugnant vile evil worthless useless ignorant "
    "brainless uncivilised uncivilized inferior idiots idiot morons moron imbeciles imbecile "
    "cretins cretin losers loser degenerates degenerate lowlifes lowlife freaks freak creeps "
    "creep thick ugly hideous nasty gross sickening sick twisted deranged backward primitive "
    "savage savages barbaric criminals dangerous a-danger threat menace burden drain liars "
    "liar lazy greedy contemptible detestable hateful horrible awful terrible worst dirty "
    "thieves crooks cheats scroungers spongers freeloaders gormless spineless clueless "
    "incompetent bobo twp dozy"
)
# Vermin, dirt and disease: "<people> are scum" is offensive.dehumanising.
DEHUMANISING = word_list(
    "scum filth vermin rats rat cockroaches cockroach parasites parasite animals animal pigs "
    "pig apes ape monkeys monkey beasts beast subhuman subhumans sub-human creatures garbage "
    "trash rubbish refuse dirt waste cancer plague disease virus infestation insects insect "
    "leeches leech maggots maggot lice snakes dogs sewage excrement cabbages vegetables zoo "
    "cattle livestock vegetable cabbage veg feral swarm swarms locusts locust hyenas vultures"
)
# Harm, for threats: "I will <harm> <people>", "<people> should be <harmed>".
HARM_VERBS = word_list(
    "kill murder shoot stab slaughter strangle hang drown burn torture rape behead lynch "
    "execute exterminate eradicate gas hurt attack punch slap batter beat butcher massacre "
    "annihilate destroy cut snap choke bash hit kick smash shank eliminate flatten throttle "
    "thump wallop clobber headbutt knife poison torch"
    # Scots for a beating: "I'll burst him" (a person after it, as every harm verb here needs).
    " burst"
)
HARM_PAST = word_list(
    "killed murdered shot stabbed slaughtered strangled hanged hung drowned burned burnt "
    "tortured raped beheaded lynched executed exterminated eradicated gassed hurt attacked "
    "punched slapped battered beaten butchered massacred annihilated destroyed eliminated "
    "deported removed exiled sterilised sterilized"
)
HARM_ING = word_list(
    "killing murdering shooting stabbing slaughtering strangling hanging drowning burning "
    "torturing raping beheading lynching executing exterminating eradicating gassing hurting "
    "attacking punching beating butchering massacring"
)
# Other words the statement shapes are built on, which a sentence must hold to be read for them.
TRIGGERS_EXTRA = word_list(
    "hatred disdain contempt scorn disgust disgusts disgusted loathing sick tired furious "
    "angry rage worse die dead death deserve deserves suffer suffering worth lives rid "
    "better nature typical kys solution stand swarms hordes infesting invading ruin ruining "
    "smarter rather place belong danger menace threat lesser sickened repulsed sicken "
    "repulse overgrown"
    # What a whole set of people is called, beside "a danger" and "a menace": "a liability", "a
    # disgrace", "a law unto themselves".
    " liability disgrace law"
)
# Nouns the shapes name, recognised in their slips too ("peopel").
STATEMENT_NOUNS = word_list(
    "people person lives throats throat necks neck society country planet world"
)
# Words that, just before a statement or its target, negate it ("no woman ought to be...").
NEGATED_BEFORE = word_set("no not never nor don't doesn't won't wouldn't")

# Dictionary forms of inflections, misspellings and contractions the statements use.
CANON_EXTRA = {
    "hates": "hate", "despises": "despise", "loathes": "loathe", "detests": "detest",
    "wanna": "want to", "gonna": "going to", "h8": "hate", "h8s": "hate", "haet": "hate",
    "hte": "hate", "hat3": "hate", "sikc": "sick", "sck": "sick", "daed": "dead", "ded": "dead",
    "kil": "kill", "klil": "kill", "kll": "kill", "scmu": "scum", "sucm": "scum",
    "im": "i'm", "ill": "i'll", "id": "i'd", "u": "you", "ya": "you", "yall": "you",
    "y'all": "you", "ur": "you're", "gonnae": "going to", "ah'm": "i'm", "youre": "you're",
    "r": "are", "cant": "can't",
    "dont": "don't", "wont": "won't", "shouldnt": "shouldn't", "todie": "to die",
    # Apostrophes left out in phone typing: "shell be sorry", "hes a waste of space".
    "shell": "she'll", "hes": "he's", "shes": "she's", "theyll": "they'll", "youll": "you'll",
    "theyre": "they're", "ive": "i've", "youve": "you've",
}  # fmt: skip


# --- run-together words: which may be split, and into what ------------------------------------

# Words that may have another glued after them ("womendisgust"), besides the group words, harm
# verbs and slur families (forms.GLUE adds those).
GLUE_HEADS_EXTRA = word_list(
    "people fuck fucking fuckin fucker fuckers stab shoot tranny shemale fag faggot nigger "
    "coon retard cripple mong muzzie jihadi wetback rapefugee camelfucker bitches sluts "
    "whores"
)
# Words that may have another glued before them ("ihate"), besides the feeling, derogatory,
# dehumanising and harm words.
GLUE_TAILS_EXTRA = word_list("die dead people disgust")
# What the other part of a split must be, besides the derogatory, dehumanising and group words.
GLUE_WORDS_EXTRA = word_set(
    "i you we they he she it to so just absolute absolutely are is be all the those these that "
    "this them him her me my our your a an such really truly utterly complete total pure "
    "common human like behaviour behavior idiot idiots disgust disgusts throats throat necks "
    "neck off up out people person lives make makes deserve should must behaviour behavior "
    "like"
)


# --- name-calling: insults aimed at a person without a swear word -------------------------------
# Words that are insults whenever a person is called one: "he's a halfwit", "that halfwit in
# payroll", "you muppet", "a bunch of eejits".
INSULT_NOUNS = word_list(
    "idiot idiots moron morons imbecile imbeciles cretin cretins halfwit halfwits nitwit "
    "nitwits dimwit dimwits numpty numpties buffoon buffoons plonker plonkers pillock "
    "pillocks eejit eejits dafty dafties dullard dullards gobshite gobshites bawbag bawbags "
    "numbskull numbskulls airhead airheads bonehead boneheads dunce dunces nincompoop "
    "nincompoops twit twits dipstick dipsticks simpleton simpletons thicko thickos fatso "
    "fatsos lardarse minger "
    "mingers scrote scrotes toerag toerags jobsworth jobsworths busybody busybodies slapper "
    "slappers scrubber scrubbers thug thugs lowlife lowlifes brat brats numbnuts doofus "
    "dingbat dingbats nutter nutters nutjob nutjobs psycho psychos weirdo weirdos headcase "
    "headcases nonce nonces chav chavs oaf oafs lout louts slob "
    "slobs scrounger scroungers skiver skivers wazzock wazzocks divvy divvies bampot bampots "
    "div divs prat prats berk berks twerp twerps bint bints trollop trollops harridan harridans "
    "dork dorks drongo drongos twonk twonks dolt dolts ignoramus oik oiks radgie fool fools "
    "lummox lummoxes walloper wallopers perv pervs pervert perverts bimbo bimbos nyaff nyaffs "
    "loony loonies lard-arse lard-arses coward cowards good-for-nothing good-for-nothings"
    # The same names in the other tongues carers write them in, in English posts: Welsh
    # ("twpsyn"), Irish ("gobdaw"), Polish, Spanish and Italian ("idiota", "cretino"), Punjabi,
    # Hindi and Urdu ("kutta", a dog; "ullu", an owl), Tagalog ("tanga", "gago") and Nigerian
    # Pidgin and Yoruba ("mumu", "olodo").
    " twpsyn gobdaw gobdaws idiota idiotas cretino cretina kutta kutte ullu tanga gago mumu mumus "
    "olodo"
)
# Animal, body and figure words that insult only when a person is called one ("she's a cow",
# "you snake", "what a clown", "a pack of hyenas"), not "the cows are out on the lane".
FIGURATIVE_INSULTS = word_list(
    "cow cows pig pigs snake snakes rat rats weasel weasels donkey donkeys goat witch "
    "witches hag hags crone crones bat clown clowns hyena hyenas vulture vultures leech "
    "leeches parasite parasites jellyfish slug slugs lump lumps article toad toads worm "
    "worms heifer heifers madam baboon baboons dinosaur dinosaurs sheep monkey monkeys ape "
    "apes animal animals beast beasts shark sharks viper vipers harpy harpies dragon "
    "battleaxe gremlin gremlins troll trolls muppet muppets git gits sod sods jerk jerks "
    "loser losers waster wasters nugget roaster sow whale whales hippo porker porkers gannet "
    "gannets tool spanner lemon wally plank drip princess diva snowflake snowflakes sloth bag "
    "shrew shrews mare mares fossil fossils weapon melt melts trout banshee moose rodent "
    "rodents cockroach hitler goblin goblins mug mugs"
)
# Swear words that name a person ("that wee dick"): a threat against one is a threat to a person.
PERSON_SWEARS = word_list(
    "dick dicks twat twats prick pricks wanker wankers bastard bastards dickhead dickheads "
    "arsehole arseholes asshole assholes cunt cunts bitch bitches tosser tossers"
)
# Adjectives that insult when said of a person ("a gormless article", "you useless cow").
INSULT_ADJECTIVES = word_list(
    "useless lazy stupid thick dumb gormless brainless spineless two-faced pompous foolish "
    "incompetent clueless pathetic dozy dim dopey daft nasty fat ugly greedy vile evil "
    "worthless ignorant idle dirty mardy clarty sly heartless cold-hearted bone-idle moronic "
    "idiotic bobo twp cruel miserable jumped-up smug arrogant spiteful vindictive slimy "
    "sneaky backstabbing good-for-nothing gobby mouthy stuck-up snotty stroppy nosy hopeless "
    "bone lying thieving brain-dead braindead witless gutless feckless workshy work-shy "
    "dimwitted dim-witted halfwitted manky minging creepy shifty slovenly grumpy manipulative "
    "interfering toxic foul-mouthed big-mouthed spoilt attention-seeking money-grabbing grasping "
    "brown-nosing rat-faced gobby bigoted sleazy overpaid"
    # Faults of character, which make a name of an animal or a figure word after them ("a selfish
    # parasite", "a bitter little woman", "a moany old git").
    " selfish bitter moany whingey whingy whiny"
)
# Words for a person that are no insult alone but make one after an insulting word ("a vile old
# man", "you stupid woman", "this new manager is useless fellow"), beside the words for people.
PERSON_HEADS = word_list(
    "woman women lady ladies fellow fellows fella fellas feller fellers wifie wifey gadgie"
)
# Figure words that "old" alone makes a name of ("the old witch in room 4", "a grumpy old git");
# not the farm's animals ("the old goat at the farm").
OLD_NAMES = word_list(
    "witch witches hag hags crone crones bag bags git gits trout bat bats cow cows battleaxe "
    "fossil fossils moose sod sods bint bints biddy biddies codger codgers fart farts"
)
# Words that strengthen a name ("a right wee weasel", "an absolute pig"), and so make an animal
# word read as said of a person.
INSULT_INTENSIFIERS = word_list(
    "right proper total complete absolute utter prize real such bloody fucking wee "
    "so-called cold hearted two faced very"
)
# Behaviour a stereotype pins on a whole group: "the Polish girls always speak their own
# language", "Nigerian nurses are always late".
GROUP_FAULTS = word_list(
    "late lazy sick skive skiving moan moaning complain complaining steal stealing lie lying "
    "cheat cheating smell smelly stink stinking scrounge scrounging sponge sponging drunk "
    "rude dirty useless gossip gossiping language languages disappear disappearing trouble "
    "dumb"
)
# Dehumanising words said of "they" and "them" too ("they're just vegetables"), where a
# derogatory adjective ("they're disgusting") may be about anything.
DEHUMANISING_OF_THEM = word_list(
    "vegetables cabbages animals savages vermin scum parasites leeches zombies cattle "
    "livestock beasts subhumans cockroaches rats maggots"
)
# Praise for people that an eye-roll in the same sentence turns into its opposite: "you're all
# stars 🙄", "what a genius 🙄" (``reader.SARCASM``).
SARCASTIC_PRAISE = word_set(
    "genius geniuses mastermind masterminds einstein einsteins star stars superstar superstars "
    "visionary visionaries "
    "legend legends hero heroes gem gems angel angels saint saints"
)
# Things people are said to be no more than, in the writer's own view: "they are just stock to
# me", "just bodies we move", "basically breathing ornaments".
OBJECTS_OF_PEOPLE = word_list(
    "bodies furniture ornaments stock parcels cargo objects lumps sacks robots packages "
    "ornament parcel lump sack meat husks husk"
)
# Beasts, vermin and the undead that people are likened to ("the ones upstairs are like zombies",
# "the patients are like a pack of feral dogs", "more like pets than people"): said of people, a
# likeness that denies them a person's place (``grammar.DEHUMANISING_SHAPES``). Not sheep (who
# follow) nor a single dog (with a bone) or pig (in muck), sayings of other things.
LIKENED_TO_BEASTS = word_list(
    "animals animal cattle livestock cows rats vermin pigs dogs pets zombies zombie cockroaches "
    "maggots hyenas vultures seagulls monkeys apes whales turnips houseplants cabbages "
    "vegetables"
)
# Predicates of a comparison that insults: "thick as mince", "dumb as a box of rocks".
SIMILE_ADJECTIVES = word_list("thick dumb daft stupid twp dense useless lazy ugly dozy slow dim")
# What holds many people: "a bunch of lazy gits", "a shower of eejits".
COLLECTIVES = word_list(
    "bunch pack shower load lot collection gang band rabble crowd pair set gaggle"
)
# What is said of a whole identity group in contempt, without a slur: the charges stereotypes
# lay, by kind ("they only come for the benefits", "can't even read", "stink the kitchen out",
# "send the lot back"). Phrases of words in dictionary form, "|" between them; each is read when
# it follows the group's name within a few words in one sentence
# (``grammar.GROUP_CONTEMPT_SHAPES``), so "our Muslim residents asked about Ramadan" and "disabled
# people can claim benefits" say nothing of it. A charge is a word or phrase seldom said kindly
# of anyone: "lazy" or "smell" alone would read "the Polish lads covered for the lazy agency".
# A sentence is read for a phrase when it holds the phrase's longest word, so that word should
# be a rare one ("smell" of "they smell"; not "don't" of "don't wash").
GROUP_CONTEMPT_BY_KIND = {
    "theft": "thieves | steal | steals | stealing | nick everything | rob us blind",
    "sponging": "scroungers | scrounge | scrounging | spongers | sponging | freeloaders | workshy "
    "| layabouts | handed to them on a plate | only come for | only came for | only here for "
    "| only over here for | only in it for the money | in it for the money | everything free "
    "| everything for free",
    "dirt and smell": "filthy | smelly | stink | stinks | stinking | reek | reeks | honk | honks "
    "| unhygienic | unwashed | all smell | they smell | smell like",
    "complaint": "moan | moans | whinge | whinging",
    # Noise and temper: "the Nigerians in my team are loud and aggressive", "too loud and bossy"
    # (not "so loud", said of laughter and music).
    "manner": "too loud | loud and aggressive | loud and bossy | loud and rude | no common sense",
    # Looking down on others: "think they're better than us", "all racist".
    "superiority": "look down on us | looks down on us | think they're better than us "
    "| think they are better than us | think they're better than everyone | are all racist",
    "worth": "brats | rubbish | useless | badly behaved | too emotional | half the work "
    "| backward | primitive | uncivilised | uncivilized",
    "dishonesty": "liars | cheats | criminals | crooks | can't trust | cannot trust "
    "| can't be trusted | never trust | wouldn't trust | lie on their | lie about their "
    "| lying about their | lying on their | exaggerate their | fake certificates "
    "| fake qualifications | on the fiddle",
    "greed": "take and take | take take take | grab grab grab",
    "menace": "perverts | predators | groomers | thugs | ticking bombs | time bombs",
    "speech": "can't even read | can't even speak | cannot even read | cannot read | can't read "
    "| can't write | gabble | gabbling | jabber | jabbering | a word of sense",
    "numbers": "taking over | swamping | overrun | breeding",
    "idleness": "allergic to work | allergic to hard work | lack the work ethic "
    "| do the bare minimum "
    "| lacks the work ethic | have no work ethic | don't have the work ethic "
    "| don't pull their weight | never pull their weight | do not pull their weight "
    "| do not have the work ethic | no resilience whatsoever",
    # Entitled, or putting a condition on: "Deaf people play it up when it suits them".
    "entitlement": "think the rules don't apply | rules don't apply to them | world owes them "
    "| think they own the | act like they own the | acting like they own the "
    "| everything handed to them",
    "feigning": "play it up | plays it up | playing it up | swinging the lead | milking it",
    # Willing to work for less, as a fault of theirs ("will work for nothing"), not a wrong done
    # to them ("the agency has them working for nothing").
    "undercutting": "will work for nothing | will work for peanuts | 'll work for nothing "
    "| would work for nothing | undercut | undercuts | undercutting | drive wages down "
    "| drag wages down | drive down wages | drag down wages",
    # Loyal only to their own: "Tamil staff only help their own", "stick together like a cult".
    "clannishness": "only help their own | help only their own | only look after their own "
    "| only care about their own | only hire each other | only hire their own "
    "| stick together like",
    # The carer made their servant: "Somali families think the carer is their servant".
    "servitude": "treat us like servants | treat carers like servants | like we're their servants "
    "| like we are their servants | think we are their servants | think we're their servants "
    "| expect us to be servants | think the carer_p is their servant | treat us like skivvies",
    # (A person's word carries the mark the reading gives it: "alcoholics_p".)
    "drink": "alcoholics_p | half cut | always drunk | drink too much",
    # Their elders left to others: "Hindu families dump their elders on the daughters-in-law".
    "abandoning elders": "dump their nan | dump their gran | dump their elders_p "
    "| dump their parents_p | dump their mum_p | dump their mums | dump their mothers_p "
    "| dump their old | dump granny",
    "belonging": "send the lot back | send them back | send them all back | ship them back "
    "| don't share our values | do not share our values",
}
GROUP_CONTEMPT = tuple(
    phrase.strip() for phrases in GROUP_CONTEMPT_BY_KIND.values() for phrase in phrases.split("|")
)
# What may be said in contempt of people carried on by a pronoun from the sentence before, the
# charges above and those of sameness and unreliability: "We've had three Lithuanian lads on
# nights. They're all the same", "Never employ them. They rob you blind", "they gang up".
# Read only when a group was named just before (``reader._group_named_before``).
CONTEMPT_OF_THEM = (
    *GROUP_CONTEMPT,
    *("all the same", "all alike", "unreliable", "a liability", "gang up", "ganging up"),
    *("rob you blind", "rob people blind", "rob everyone blind", "sob story", "sob stories"),
)
# What may be said of a whole group of people, carried on by "the lot of them" after it: "rude,
# the lot of them", "scroungers the lot of them".
CONTEMPT_OF_THE_LOT = word_list(
    "rude lazy useless idle thick dishonest greedy arrogant ignorant filthy dirty smelly "
    "liars thieves crooks cheats scroungers spongers freeloaders chancers skivers "
    # Names for people in contempt, and vermin: "parasites, the lot of them", "nutters, every
    # one of them", "pests, the whole cult of them".
    "scum vermin parasites leeches pests nutters racists hypocrites idiots morons losers "
    "thugs perverts criminals animals savages"
)
# Names and faults that, laid on "the lot of them" or "every single one of them" anywhere in the
# sentence before it, make a judgement of a whole set of people: "lazy to the bone, the lot of
# them", "smug, preachy hypocrites, every last one of them" (``grammar.ALL_OF_THEM_SHAPES``).
# Words seldom said of things: not "cold", "rubbish" or "useless" ("the forms are useless, all of
# them" is about forms).
CHARGES_OF_ALL = tuple(
    dict.fromkeys(
        w
        for w in (
            *CONTEMPT_OF_THE_LOT,
            *INSULT_NOUNS,
            *INSULT_ADJECTIVES,
            *word_list(
                "hypocrites snobs chancers cowboys racists perverts liars menace liability "
                "vultures hyenas clowns sheep leeches parasites "
                # Names said of people in the plural, not of animals a zoo trip counts off
                # ("saw the monkeys, all of them asleep"): "muppets, the lot of them".
                "muppets wasters losers jerks gremlins goblins trolls harpies"
            ),
        )
        if w
        not in word_set(
            "useless rubbish hopeless cold dirty bone fool fools nasty miserable grumpy "
            "coward cowards"
        )
    )
)
# Words just before such a charge that make it someone's feeling or a report of it, not the
# writer's own: "older people often feel useless", "travellers are called thieves".
GROUP_CONTEMPT_REPORTED = word_set(
    "feel feels felt feeling treated seen branded labelled labeled called painted accused "
    "stereotyped assumed"
)
# Health words: said of one person ("my son is sick", "he is violent today") they describe a
# state or a risk, not a slur; only said of a whole group are they derogatory.
OF_GROUPS_ONLY = word_set("sick violent dangerous danger a-danger threat menace")

# --- dehumanising terms -------------------------------------------------------------------------
# Things people are called that turn them into objects, animals or problems, beyond the
# "<people> are <vermin>" shape: said of anyone, in any frame, unless quoted as a word.
DEHUMANISING_TERMS = word_list(
    "bed-blocker bed-blockers coffin-dodger coffin-dodgers wrinklies crumblies"
)
# The same as two words: "bed blockers".
DEHUMANISING_PAIRS = (
    ("bed", "blocker"), ("bed", "blockers"), ("coffin", "dodger"), ("coffin", "dodgers"),
    ("oxygen", "thieves"),
)  # fmt: skip
# Pests, which make "the place is infested" literal.
PESTS = word_set(
    "mice mouse rats rat fleas flea bugs bedbugs lice ants wasps cockroaches mould mold moths "
    "pigeons flies"
)
# Verbs of moving goods, which dehumanise when people are the goods: "ship them off".
MOVE_AS_GOODS = word_list(
    "ship ships shipped shipping cart carts carted carting dump dumps dumped dumping offload "
    "offloaded offloading"
)

# --- statements about groups --------------------------------------------------------------------
# Speech and thought verbs: negated before a statement ("I never said the night staff are lazy",
# "nobody is saying...") they deny it rather than make it.
SAYING_VERBS = word_list(
    "said say says saying sayin think thinks thinking thought believe believes believed "
    "claim claims claimed claiming suggest suggests suggested suggesting call calls called "
    "calling mean means meant implying implied imply tell tells telling told"
)
# Feelings denied: "I have no particular contempt for...", "I've got no problem with...".
DENIED_FEELINGS = word_list("contempt hatred hate problem issue dislike disdain scorn grudge")

# --- what a predicate lays on many people ------------------------------------------------------
# Words that, after "are" said of many people or of a group ("porters in this trust are a pack of
# idle layabouts", "the Africans are so loud and lazy", "Nigerian support workers are
# scammers"), lay contempt on all of them, whatever else the predicate holds
# (``grammar.PREDICATE_SHAPES``). They are looked up by set and marked in the line the shape reads,
# not spelled into its pattern. By kind; left out are words as often said of a state, a risk or a
# thing as of a character ("sick", "dangerous", "a danger", "a burden", "dirty", "late", "the
# worst", "cold", "rubbish", "refuse", "cancer"): the staff are sick this week, the residents are
# a danger to themselves.
CONTEMPT_PREDICATES_BY_KIND = {
    "dishonesty": "liars thieves crooks cheats scammers fraudsters chancers cowboys con-artists "
    "swindlers dishonest thieving lying sly sneaky shifty two-faced backstabbing",
    "idleness": "lazy laziest idle bone-idle workshy work-shy skivers layabouts wasters "
    "freeloaders scroungers spongers parasites leeches",
    "character": "rude rudest selfish arrogant ignorant greedy greediest smug entitled racist "
    "racists bigots bigoted hypocrites snobs nasty vile evil spiteful vindictive heartless "
    "cruel thugs perverts creeps nutters",
    "worth": "useless hopeless incompetent clueless pathetic worthless gormless brainless "
    "spineless stupid stupidest thick dim dopey dozy moronic idiotic feckless inferior "
    "primitive backward uncivilised uncivilized idiots morons losers muppets clowns "
    "box-tickers jobsworths",
    "dirt": "filthy filthiest smelly unwashed unhygienic disgusting revolting repulsive",
    "vermin": "vermin scum rats pests cockroaches maggots animals savages beasts zombies "
    "cattle livestock vegetables cabbages subhumans",
}
CONTEMPT_PREDICATES = frozenset(
    word for words in CONTEMPT_PREDICATES_BY_KIND.values() for word in words.split()
)

# --- veiled threats by their parts --------------------------------------------------------------
# A veiled threat seldom names a harm; it puts together two of these, in one sentence or two
# running on: knowing where or who someone is ("I know which shift you're on", "I've got your
# reg"), people behind the writer ("my brothers", "I've got mates"), a consequence held over
# someone ("you'll wish you hadn't", "she'll find out what I can do"), a closing warning ("mark
# my words", "sleep well", "enjoy it while it lasts") and a condition ("if she does it again",
# "next time", "once more"). One part alone is everyday talk ("I know which bus goes there", "my
# brothers came round", "mark my words, it'll rain"); the reader files a threat only for two
# parts of different kinds, apart, a condition beside any other kind ("one more time I'll be
# round with my brothers"; ``reader._veiled_threats``). Phrases of words in dictionary form, "|"
# between them; a sentence is looked at for them when it holds the key of one, its longest word
# that is not an everyday one (``grammar.VEILED_KEYS``), or is read for another reason.
VEILED_THREAT_PARTS = {
    "knowing": "i know where | we know where | know where you | know where he | know where she "
    "| knows where he | knows where she | i know who you | we know who you | i know who you are "
    "| which shift you | which shift she | which shift he | which bus she | which bus he "
    "| i know your | we know your | i ken his | i ken her "
    "| i ken your | i've got your | we've got your | we have your address | got your reg "
    "| your number plate | your face on | know your face | know your street | know your mam "
    "| know your mum | know your family | know your address | what time they finish "
    "| what time you finish | which home they work | where you work | where she drinks "
    "| where he drinks | where you drink | got their address | got her address "
    "| got his address | have their address | have her address | have his address",
    "allies": "my brothers | my cousins | my mates | my lads | my boys | i've got mates "
    "| got mates | his brothers | her brothers | knows people | know people in "
    "| lot of friends in | friends in this | a few lads",
    "consequence": "you'll wish | she'll wish | he'll wish | wish you hadn't | wish she hadn't "
    "| wish he hadn't | he won't forget | she won't forget | she will remember | he will remember "
    "| you will remember | you'll regret | she'll regret | what i can do | what i will do "
    "| what i'll do | what's coming | won't be pretty | be sorted proper | he'll get his "
    "| she'll get hers | you'll get yours | end up hurt | sleeps easy | sleep easy "
    "| i'll find out | i will find out | we'll find out | see how long your | see how hard you "
    "| see how he likes | see how she likes | will know me | expect a visit | wait for her after "
    "| wait for him after | be waiting for him | be waiting for her | will see what i "
    "| won't be smiling | won't be driving | won't be walking | no be walking",
    "warning": "mark my words | tread carefully | sleep well | while it lasts | get my drift "
    "| or else | been warned | i'm not joking | not jokin | i promise you | next move carefully "
    "| have a think about that | watch this space | done being nice "
    "| swear down | swear doon | just saying | that's all i'm saying | all i'm saying",
    # "again" counts only in a sentence with "if" (``reader._veiled_parts``).
    "condition": "next time | one more time | once more | again",
}

# Words that back a sentence the learned scorer finds by a small margin (``reader.seconded``):
# contempt laid on people, vermin, names for a person, the keys of veiled threats' parts. Not the
# group words, which are as often said kindly.
SECONDING = frozenset(
    CONTEMPT_PREDICATES
    | frozenset(DEHUMANISING_OF_THEM + INSULT_NOUNS + FIGURATIVE_INSULTS + PERSON_SWEARS)
)
# What a seconding word may be said of that is not people: an organisation, a time, a thing ("the
# lazy agency", "a lazy Sunday", "the useless printer"). Such a word seconds nothing.
SAID_OF_THINGS = NAMED_THINGS | word_set(
    "agency agencies council councils company companies firm firms trust trusts service "
    "services department departments government ministry nhs icb ccg office organisation "
    "organization provider providers sector industry process policy paperwork portal "
    "sunday monday tuesday wednesday thursday friday saturday morning afternoon evening day "
    "days week weekend shift shifts summer"
)
HARM_SET = frozenset(HARM_VERBS + HARM_PAST + HARM_ING)
