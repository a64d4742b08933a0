"""Words that say whether an address, a postcode or a phone number is a public place's or an
office's, or a person's home. Data for the identifiers pack (``core.packs.identifiers``): a venue's
address and postcode in a post about an event, or an office's number, identify nobody.

Lower-case words, looked for among the words of the sentence around the address or number.
"""

from __future__ import annotations

# Public places and workplaces, and the words of events held there, read in the address's
# sentence and the one before it. Places that care talk names about a person's own care are in
# SERVICE_WORDS instead.
VENUE_WORDS = frozenset(
    str.split(
        """cafe café cafes centre center centres hub church chapel methodist baptist parish
    cathedral mosque temple gurdwara synagogue hall halls library museum theatre cinema school
    college university club shed pub hotel venue venues gates bandstand pavilion headquarters hq
    business industrial shop store supermarket leisure gym stadium meet meets meeting meetings
    event events fair fete opens drop-in session sessions workshop workshops cohort tickets
    fundraiser fundraising sponsored raffle coffee cake quiz bingo concert choir parking held
    holding hosting hosted registered charity trustees trustee company ltd limited hiring
    recruiting vacancy vacancies donations drop-off stall stalls interviews applications
    branch training course courses conference trip trips outing outings gallery exhibition
    guildhall festival ceremony congress awards foodbank picnic picnics admission entry satnav
    society collecting funeral funerals memorial crematorium cemetery summit mandir masjid
    vihara recruitment"""
    )
) | frozenset(
    # The same in Welsh, with the mutated forms that follow "yn", "i" and "o" (caffi, gaffi;
    # canolfan, ganolfan; neuadd; eglwys; capel, gapel; llyfrgell, lyfrgell; ysgol; clwb, glwb;
    # tafarn, dafarn; cyfarfod, gyfarfod; digwyddiad, ddigwyddiad; sesiwn; croeso).
    str.split(
        """caffi gaffi nghaffi canolfan ganolfan nghanolfan neuadd eglwys capel gapel llyfrgell
    lyfrgell ysgol clwb glwb tafarn dafarn cyfarfod gyfarfod digwyddiad ddigwyddiad sesiwn
    croeso"""
    )
)

# Places that care talk names about a person's own care: "The GP surgery is at 3 Market Place",
# "our head office at 200 Aldersgate" ("open" and "closed" are not among them: a home's door is
# open or closed as often as a shop is). They make an address a
# venue's only when they stand shortly before it in its own sentence, with no "to" or "from"
# between: elsewhere they are as likely beside a home address ("The pharmacy forgot her meds.
# Can someone take them from the pharmacy to 12 Mill Lane?"). The
# community nurse and the hospice are left out: they come to a person's home.
SERVICE_WORDS = frozenset(
    str.split(
        """office offices surgery surgeries practice pharmacy chemist clinic service services
    branch premises hospital infirmary dentist dentists dental optician opticians outpatients
    outpatient physio physiotherapy gp gps swyddfa meddygfa feddygfa fferyllfa ysbyty"""
    )
)

# Words of an event or a public place, read only beside an address, a postcode or a phone number
# (the names rule reads VENUE_WORDS alone): an invitation ("all welcome", "join us"), a show, the
# parts of a venue ("a community room", "the foyer"), a place's kind ("an extra care scheme").
EVENT_WORDS = frozenset(
    str.split(
        """welcome join screening matinee performance gig dance disco barbecue bbq luncheon
    brunch market sale fayre carnival parade ramble open-day community foyer suite scheme
    classes class forum sermon mass worship langar congregation tearoom tearooms restaurant bar
    inn nursery lounge reception lunch lunches dinner tours party parties hut scouts met
    floor meal meals car"""
    )
)

# Words that make an address in the same sentence someone's home, whatever else is said.
HOME_WORDS = frozenset(
    str.split(
        """lives live living lived home house flat bungalow keysafe key client clients
    referral resident tenant tenancy safeguarding her his their mr mrs ms miss"""
    )
)

# Words of a person or a care round that make an address in its sentence someone's home unless a
# venue's word stands nearer before it: "Dad's at 12 Mill Lane", "the gent at 4 Fern Close", but
# "the mobility shop on Fore Street, PL17 7AJ, fixed Dad's scooter", "the side door by the
# barber's" of an office's address.
PERSONAL_PLACE_WORDS = frozenset(
    str.split(
        """nan nan's mum mum's dad dad's mam gran grandad auntie aunty aunt uncle neighbour
    neighbours visit visits call calls pop popped door gent gentleman lady she she's shes he
    he's hes"""
    )
) | frozenset(
    # Welsh: lives (byw), home (cartref, gartref), house (tŷ, dŷ), flat (fflat), moves (symud),
    # address (cyfeiriad, gyfeiriad), mum, dad and grandparents (mam, fam, tad, dad, nain, taid,
    # mamgu, tadcu), Mr and Mrs (Mr, Mrs are the same).
    str.split(
        """byw cartref gartref tŷ dŷ fflat symud cyfeiriad gyfeiriad mam fam tad nain taid mamgu
    tadcu"""
    )
)

# Words that make an address someone's home only where its own sentence names no venue or event:
# a person moves house, and so does a meeting ("Board meeting moved to 1 Abbey Walk").
WEAK_HOME_WORDS = frozenset(
    ("moved", "moving", "move", "moves", "relocated", "relocating", "relocate", "address")
)

# Shops and chains that care talk names by their brand alone ("the Boots on Fore Street ... their
# number is", "The Boots on the High Street LL57 1NP does flu jabs"): the shop's line or address.
# Beside an address they count as a venue's word, and a home's or a person's word still decides
# first ("Mum's at 12 Mill Lane, near the Tesco", "lives by the Aldi").
SHOP_BRANDS = frozenset(
    str.split(
        """boots lloyds superdrug tesco asda sainsbury's sainsburys morrisons aldi lidl waitrose
    co-op iceland argos specsavers halfords wilko greggs costa starbucks wetherspoons primark
    dunelm ikea"""
    )
)

# Words that make a phone number an office's or a service's line, not a person's.
WORK_PHONE_WORDS = (
    frozenset(
        str.split(
            """office offices line lines switchboard reception team recruitment recruiting jobs job
    careers vacancies apply on-call oncall duty desk helpline enquiries enquiry bookings booking
    main coordinator agency branch company service services hr payroll surgery practice
    pharmacy chemist clinic council ward hospital charity advice freephone open opening hours
    weekdays book places questions course event manager lead volunteer volunteering depot
    access trust helpdesk dial-in dial ooh option driver teams zoom drop-in walk-in
    appointments dentist dentists dental optician opticians hospice barber barbers salon
    hairdresser hairdressers hairdressing supplier suppliers firm garage taxis cab cabs work
    secretary secretaries consultant consultants website websites"""
        )
    )
    | SHOP_BRANDS
    | frozenset(
        # Welsh: office (swyddfa), line (llinell, linell), helpline (llinell gymorth), reception
        # (derbynfa, dderbynfa), team (tîm, dîm), service (gwasanaeth, wasanaeth), switchboard
        # (switsfwrdd), jobs (swyddi).
        str.split(
            """swyddfa llinell linell gymorth derbynfa dderbynfa tîm dîm gwasanaeth wasanaeth
    switsfwrdd swyddi"""
        )
    )
)

# A worker named by their trade, their role or unpaid role: a pronoun after one of them in a phone
# number's sentence is that worker's, and the number theirs ("Volunteer driver for Thursday is
# Graham, his mobile is ...", "... is the plumber the office uses, he's doing the boiler", "our
# new coordinator, Michelle. Her number is ...", "Fatima is in charge, her mobile is ...").
WORKER_WORDS = frozenset(
    str.split(
        """driver drivers plumber electrician handyman joiner builder locksmith engineer
    technician gardener courier volunteer taxi decorator roofer coordinator co-ordinator
    supervisor charge landlady landlord caretaker warden receptionist organiser vicar priest
    hairdresser hairdressing barber chiropodist podiatrist cleaner trainer trainers tutor
    assessor instructor facilitator chaplain reverend rev imam rabbi pastor"""
    )
)

# Words that make a person in a phone number's sentence a colleague, not a person supported or a
# relative: a worker's place on the team ("New starter Kacper's mobile for the group: ...",
# "Fraser's new number ..., he said text him the rota", "Gwen's new number ..., please update the
# staff list"), a shift covered or the on-call phone held ("Saoirse is covering on call tonight,
# her mobile is ...") and a worker from an agency ("the lady from the agency, Priya, she's on
# ..."). Read as WORKER_WORDS are, and as WORK_PHONE_WORDS where no pronoun or family word stands
# in the number's sentence; a family word there still makes the number a person's.
COLLEAGUE_WORDS = frozenset(
    str.split(
        """starter starters colleague colleagues coworker coworkers co-worker co-workers rota
    rotas staff shadowing induction covering on-call oncall agency"""
    )
)

# Words that make a phone number a person's, whatever else is said.
PERSONAL_PHONE_WORDS = frozenset(
    str.split(
        """her his their she he she's he's shes hes daughter daughter's son son's wife husband mum
    dad mam nan brother sister niece nephew family client resident mr mrs ms miss landline
    grandad grandma gran granny granddaughter grandson aunt auntie aunty uncle cousin
    neighbour"""
    )
) | frozenset(
    # Welsh: her, his (ei), daughter (merch, ferch), son (mab, fab), wife (gwraig, wraig),
    # husband (gŵr, ŵr), mum, dad, brother (brawd, frawd), sister (chwaer), family (teulu,
    # deulu), client (cleient).
    str.split(
        """ei merch ferch mab fab gwraig wraig gŵr ŵr mam fam tad dad brawd frawd chwaer teulu
    deulu cleient"""
    )
)

# Welsh words for a street, which come before the street's name ("Heol y Wern", "Lôn Las",
# "Ffordd Glyndŵr", "Maes yr Haf"), each with the forms it takes in a sentence: without its accent
# ("Lon"), in dialect ("Hewl"), and after the soft mutation a preposition brings ("i Deras
# Glyndŵr", "o Gilgant y Dderwen", "yn Faes y Coed" for Teras, Cilgant, Maes). Nasal mutation
# ("yng Nghilgant") is left out: it follows "yn" only, and an address after a house number never
# takes it. Lower-case.
WELSH_STREET_WORDS = frozenset(
    str.split(
        """heol hewl ffordd stryd lôn lon rhodfa rodfa cilgant gilgant teras deras maes faes
    clos glos cwrt gwrt llwyn lwyn sgwâr sgwar rhes res parc barc gerddi cae gae ffos allt
    rallt"""
    )
)

# Welsh words that open a house's name ("Tŷ Gwyn", "Bryn Awel", "Gwêl y Môr") and English words
# that close one ("Beech House", "Rose Cottage", "Kirkstall Mill"): a named home, when a street
# or a flat number goes with it. Lower-case.
WELSH_HOUSE_WORDS = frozenset(
    str.split("""tŷ ty tyn bryn bod plas hafod hafan llys gwêl gwel bron glan tyddyn bwthyn pen""")
)
# The parts of a Welsh street or house name written as one word after a house number ("6
# Tynewydd", "27a brynhyfryd", "3 Penlan", "9 Maesglas"): a first part (a house, hill, head,
# wood, field, hollow, stream, bank, meadow) and a second (new, pleasant, high, green, white, red,
# big, little, fair, lowest, highest, holly, oak, alder, ash, cairn, church, wood, moor, spring,
# river, bridge, birch, gorse, willow, slope, mountain, gardens, sun, breeze, heather, town). A
# first part alone, or a second part alone, is no street: only the two joined. Lower-case.
WELSH_COMPOUND_FIRST = frozenset(
    str.split(
        """ty tyn bryn pen coed maes pant nant glan bron llwyn hafod cae dol erw cefn rhos tal
    tre pwll gelli ffynnon bod"""
    )
)
WELSH_COMPOUND_SECOND = frozenset(
    str.split(
        """newydd hyfryd lan las glas gwyn wen coch goch du ddu mawr fawr bach fach teg deg isaf
    uchaf celyn derw dderw deri wern onn garn llan coed gelli rhos ffynnon afon bont pont bedw
    fedw eithin helyg rhiw mynydd fynydd gerddi haul heulog awel grug dre hir"""
    )
)

# The Welsh house word that names halls and mansions ("Plas Menai"), which are care
# homes and venues as often as homes: a named home alone, with no street, does not start with
# it (as the English one alone does not end with "Hall"). ("Llys", a court, is a home as often.)
WELSH_BLOCK_WORDS = frozenset(("plas",))
HOUSE_WORDS = frozenset(
    str.split(
        """house cottage cottages lodge farm farmhouse mill villa manor barn bungalow grange
    mansions heights tower towers buildings court hall forge smithy rectory vicarage manse
    schoolhouse stables granary bothy steading croft"""
    )
)

# The house words of HOUSE_WORDS that name private homes: a named home with no street after it
# ("Mrs Ackroyd at Highfield Cottage") is read only with one of these, as "House", "Court",
# "Lodge", "Hall" and "Manor" name care homes, blocks and venues as often.
PRIVATE_HOUSE_WORDS = frozenset(
    str.split(
        """cottage cottages farm farmhouse barn bungalow forge smithy rectory vicarage manse
    schoolhouse stables granary bothy steading croft villa"""
    )
)
