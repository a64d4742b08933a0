"""Small hand-made word categories for the learned scorer (``core.learned.features``): a word
of a category also carries the category's feature (``k:<name>``), so a word never seen in
training still counts for what kind of word it is ("numpty" as an insult, "ferret" as an
animal). Written from general knowledge of English and of care work, not from any batch; each
list holds word forms as the conduct packs' tokens have them (lower case, straight apostrophe),
and the stems ``features.stem`` gives, so that "threatens" and "threatened" are found too.
"""

from __future__ import annotations

from ..wordlists import word_set

CATEGORIES: dict[str, frozenset[str]] = {
    # Nouns that call a person names, without swearing.
    "insult": word_set(
        """idiot idiots moron morons imbecile imbeciles cretin cretins dimwit dimwits halfwit
        halfwits nitwit nitwits numpty numpties muppet muppets plonker plonkers pillock
        pillocks prat prats twit twits clown clowns buffoon buffoons dunce dunces dope dopes
        dolt dolts oaf oafs lout louts thug thugs scrounger scroungers sponger spongers waster
        wasters wastrel layabout layabouts loser losers dumbo thicko creep creeps weirdo
        weirdos freak freaks nutter nutters nutcase psycho psychos loony loon lunatic lunatics
        maniac witch witches hag hags harpy crone battleaxe shrew nag bully bullies liar liars
        cheat cheats fraud frauds snake snakes rat rats weasel weasels coward cowards
        jobsworth jobsworths busybody busybodies gobshite gossip gossips parasite parasites
        leech leeches scum scumbag scumbags lowlife lowlifes trash dross git gits bellend
        numbskull knobhead airhead bimbo doormat drip wimp wimps sissy snowflake snowflakes
        karen karens chav chavs pleb plebs yob yobs peasant peasants hypocrite hypocrites
        traitor traitors""",
    ),
    # Adjectives that run down people (and things: "a stupid film"), kept apart from the
    # nouns, which are said of people.
    "harsh": word_set(
        """useless clueless brainless gormless spineless thick dense stupid dumb dimwitted
        pathetic worthless hopeless incompetent lazy lazier laziest idle feckless selfish vile
        disgusting nasty horrible horrid fat obese smelly stinking filthy scruffy creepy""",
    ),
    # Animals and body words, used as insults or to speak of people as less than people.
    "beast": word_set(
        """pig pigs swine hog cow cows heifer sow dog dogs mutt cur bitch donkey donkeys ass mule
        goat goats sheep ape apes monkey monkeys baboon gorilla gorillas animal animals beast
        beasts brute brutes vermin rat rats mice mouse cockroach cockroaches roach roaches
        insect insects bug bugs worm worms maggot maggots slug slugs leech leeches louse lice
        flea fleas parasite parasites snake snakes toad toads weasel weasels hyena hyenas
        vulture vultures cattle livestock swarm horde hordes infestation plague disease cancer
        virus tumour germ germs filth dirt waste garbage rubbish trash vegetable vegetables
        cabbage cabbages zombie zombies corpse corpses savage savages creature creatures
        specimen blob lump lumps carcass""",
    ),
    # Words that threaten harm or revenge.
    "threat": word_set(
        """regret regrets payback revenge hurt hurts harm harms kill kills killed smash smashed
        batter battered punch punched slap slapped thump thumped kick kicked hit hits burn
        burned burnt destroy destroyed ruin ruined finish finished dealt teach lesson threaten
        threatens threatened threat threats warn warned consequences sue sued expose exposed
        shame doorstep careful watching followed follow tonight""",
    ),
    # Words about the employer, management and how work is run.
    "workplace": word_set(
        """manager managers management boss bosses director directors owner owners company
        companies employer employers agency agencies provider providers council councils trust
        trusts nhs organisation organisations organization office team supervisor supervisors
        senior seniors rota rotas shift shifts pay wage wages salary contract contracts hr
        policy policies staffing staff understaffed cuts cut redundancy redundancies restructure
        restructuring inspection cqc audit audits meeting meetings announcement announced
        closure closing sell selling sold merger takeover""",
    ),
    # Money, gifts, favours and meeting outside work: the stuff of boundaries.
    "money": word_set(
        """money cash pay paid lend lent loan loaned borrow borrowed owe owed owes debt
        pound pounds quid fiver tenner twenty gift gifts present presents bought buy buying
        treat treats tip tips bonus will inheritance bank card pin account savings wallet
        purse voucher vouchers""",
    ),
    "social": word_set(
        """friend friends friended befriend befriended facebook instagram snapchat tiktok whatsapp
        mobile texted texting messaged dm dms request pub drink drinks drinking coffee lunch
        dinner meal party parties birthday wedding weekend holiday holidays date dating meet
        meeting met outside""",
    ),
    # Medicines and what is done with them.
    "medicine": word_set(
        """tablet tablets pill pills med meds medication medications medicine medicines dose doses
        dosage mg mcg ml mls capsule capsules liquid patch patches inhaler insulin paracetamol
        ibuprofen codeine morphine oramorph diazepam lorazepam zopiclone sertraline citalopram
        quetiapine risperidone haloperidol lithium warfarin metformin antibiotic antibiotics
        sedative sedatives sleeping crush crushed crushing double doubled doubling halve halved
        covert covertly hide hidden hiding yoghurt sedate sedated""",
    ),
    # The people supported, and words that speak of them as a burden.
    "supported": word_set(
        """resident residents client clients patient patients service tenant tenants gentleman lady
        ladies elderly dementia learning disability disabilities wheelchair bed bedbound
        incontinent incontinence pad pads hoist feed feeding toileting""",
    ),
    # The group and its members, as a guilt trip or a chasing message speaks of them.
    "group": word_set(
        """group groups everyone everybody anyone anybody nobody noone members member people
        you all yall lot chat admins admin page forum community support""",
    ),
    # Replies, reading and silence: chasing and guilt trips count them.
    "silence": word_set(
        """reply replies replied respond responded response answer answered answers ignore
        ignored ignoring seen read online bump bumping bumped again still waiting waited
        silence silent quiet nothing hello hellooo anyone tag tagged tagging message messages
        messaged""",
    ),
    # Words that make less of what someone feels or goes through.
    "minimise": word_set(
        """least worse worst lucky luckier grateful overreacting dramatic drama exaggerating fuss
        fussing moaning moan whinge whinging complaining complain""",
    ),
    # Words for people in general: who a sentence speaks of, whatever their group.
    "people": word_set(
        """people person persons folk folks man men woman women lad lads girl girls guy guys
        bloke blokes lady ladies gent gents kid kids child children boy boys lot type types
        sort sorts kind ones someone somebody individual individuals human humans""",
    ),
    # Groups by origin, faith, sexuality, disability or age: what contempt for a group names.
    "identity": word_set(
        """immigrant immigrants migrant migrants refugee refugees asylum seeker seekers foreigner
        foreigners foreign muslim muslims islam islamic jew jews jewish christian christians
        hindu hindus sikh sikhs gay gays lesbian lesbians bisexual queer queers trans
        transgender tranny disabled cripple cripples handicapped autistic black blacks asian
        asians african africans arab arabs polish pole poles romanian romanians eastern
        european europeans traveller travellers gypsy gypsies pikey roma pakistani pakistanis
        indian indians chinese nigerian nigerians filipino filipinos irish scottish welsh
        english british brits northerner northerners southerner southerners pensioner
        pensioners boomer boomers elderly youngsters teenager teenagers feminist feminists
        lefty lefties remainer remainers leaver leavers""",
    ),
    # Speaking of others, not to them: the third person plural and pointing words.
    "others": word_set(
        """they them their theirs themselves those these they're theyre they've they'll
        he him his himself she her hers herself he's she's""",
    ),
    # Telling someone to go.
    "leave": word_set(
        """leave leaving quit unfollow unsubscribe remove removed block blocked kick kicked
        elsewhere belong mute exit""",
    ),
}
