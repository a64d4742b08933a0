"""The professional pack's words, in categories: what its sentence rules look for together.

Each category is data (see ``core.matchers.sentences`` for the phrase syntax: ``a/b`` offers
alternatives, ``x?`` is optional, ``...`` skips up to three words, ``<num>``, ``<money>`` and
``<dose>`` are shapes; a line starting with ``|`` lists one-word phrases). A new medicine, a new
word for the people supported or a new way to run down an employer is one more word here.
"""

from __future__ import annotations

from ..matchers.sentences import Lexicon, Reading, phrases
from ..wordlists import word_list, word_set

_PRONOUN = "her/his/their/them/him/your/the/mum's/dad's/nan's/my/our/a"

CATEGORIES = {
    # --- medicines and what is done with them ---
    "med": phrases(
        """
        | meds medication medications medicine medicines tablet tablets tabs pills pill dose doses
        | dosage capsules capsule patch patches liquid syrup drops inhaler <dose>
        | paracetamol codamol codeine tramadol morphine oramorph oxycodone oxynorm
        | fentanyl lorazepam diazepam temazepam zopiclone zolpidem promethazine haloperidol
        | risperidone quetiapine olanzapine melatonin sertraline citalopram mirtazapine trazodone
        | amitriptyline donepezil memantine rivastigmine warfarin apixaban rivaroxaban insulin
        | metformin amlodipine ramipril furosemide bisoprolol statins statin antibiotics antibiotic
        | amoxicillin laxatives laxative lactulose senna movicol painkillers antidepressants
        | antipsychotics sedatives sedative piriton nytol calpol ibuprofen naproxen gabapentin
        | pregabalin levetiracetam sodium valproate buccal midazolam
        | sleepers prn units antipsychotic antidepressant sachets sachet gtn aspirin metoclopramide
        | omeprazole lansoprazole laxido laxatives oramorph zopiclone nitrazepam clonazepam
        | antihistamine antihistamines sleeping spray sprays puffs blister tablet's meds'
        | cyclizine prochlorperazine buscopan loperamide imodium careldopa madopar sinemet
        | digoxin levothyroxine prednisolone steroids steroid diuretic diuretics
        | phenergan kalms sominex valium xanax ativan seroquel haldol zimovane benadryl nurofen
        | solpadeine fybogel dulcolax lasix
        night/sleeping/water/blood/pain/heart tablet/tablets/pills/pill
        night nurse
        liquid morphine
        chemical cosh
        """
    ),
    # A change to a dose: only advice when said as advice (see "advice").
    "dose_change": phrases(
        f"""
        | halve halving halved half increase increasing reduce reducing lower skip skipping stop
        | stopping upped extra another more early earlier anyway less ditch instead
        give/gie/giving him/her/them/em/am two/2/three/3/four/4/both/all/double
        give/gie two/2/three/3/four/4/both
        a couple
        couple of
        the lot
        instead of
        one more
        two/2/three/3/four/4 more/extra/instead
        bit early/earlier/later/extra/more
        double/doubling/doubled up/her/his/their/the/a/it/them/dose/doses
        two/2/three/3 of
        up/cut/split {_PRONOUN} dose/doses/dosage/meds/medication/tablets/tablet
        come/coming off {_PRONOUN}
        put/stick/apply/use/pop two/2/three/3/both
        leave/leaving/miss/missing/left out
        to/tae two/three/four/2/3/4 sachets/tablets/tabs/pills/puffs/doses/capsules
        """
    ),
    # Said to a peer as the way to do it.
    "advice": phrases(
        """
        | just jist please tip try
        you can/could/should/may/might/need/must
        u can/could/should
        i'd
        i would
        i/we always/usually/just
        always did/do
        we do/did this/that
        i do/did this/that
        i done/did it
        i've done it
        is/are/it's fine/ok/okay/alright/safe
        no need to
        no harm
        won't hurt
        works/worked every? time?
        best/better/fine/ok/okay/safe to
        give/gie/giving him/her/them/em/am
        saves the/a? paperwork/hassle/battle/fight/time
        works a treat
        works wonders
        try it
        you can do same/that/this
        do the same
        top tip
        my advice
        in my experience
        can simply
        no problem
        i do always
        i do it/this always/often/all
        we always do/did
        we do it/this/that
        is very safe
        she/he/they can/could have
        she'll/he'll/they'll/shell/hell be fine/grand/ok/okay/alright
        she/he/they will be fine/grand/ok/okay/alright
        and it/she/he was fine/grand/ok/okay/alright
        ask/tell/get the home/carers/carer/nurses/staff/agency/care to
        | tip
        """
    ),
    # Going round the prescriber: said as advice even where a doctor is named ("no need to ask
    # the doctor").
    "bypass": phrases(
        """
        no need to ask/call/ring/wait/bother/tell/phone
        without asking/telling/calling/ringing
        won't/wont/never check/notice
        will not check/notice
        nobody/noone will/would know/notice/check
        no one will/would know/notice/check
        nobody/noone checks/notices/knows/counts
        no one checks/notices/knows/counts
        doesn't/doesnt matter
        does not matter
        don't/dont bother with/asking/ringing/calling
        doctors/gps/doctor/gp don't/dont/won't/wont know/listen
        no harm in
        save/saves/saving waiting/ringing/calling/bothering
        """
    ),
    # Medicine that is not the person's own: "one of your own sleeping tablets", "borrow some".
    "not_theirs": phrases(
        """
        your/my own
        her/his friend's/husband's/wife's/sister's/brother's
        from her/his sister/brother/friend/husband/wife box/supply/cupboard/stash
        borrow/borrowed some
        rest of my/her/his
        off/on the internet
        for the next day
        couple/few/some/one/two/any of my/your nan's/gran's/mum's/mam's/dad's/husband's/wife's/
            sister's/brother's/friend's/neighbour's/own
        """
    ),
    # Verbs that, opening a clause, tell a peer what to do with a medicine ("Double his
    # laxative tonight", "Ditch the omeprazole"): read with ``professional.imperative_advice``.
    "med_verb": phrases(
        """
        | gie giv pop ditch skip hide crush mash dissolve double halve increase stick mix grind
        | swap sprinkle slip cut split use
        """
    ),
    # Of those, the ones said of medicine even without naming it: "Just halve them".
    "med_verb_rare": phrases("| ditch skip crush mash dissolve double halve grind sprinkle"),
    # Putting medicine where the person won't see it.
    "covert": phrases(
        """
        | crush crushed crushing crushes grind grinding ground hide hid hidden hiding mix mixed
        | mixing slip slipped disguise disguised sneak sneaked snuck stir stirred put putting pop
        | popped give gie giving add added dissolve dissolved administering administer mash
        | mashed sprinkle sprinkled
        """
    ),
    # Ground up, which only medicine is: "crush 'em up in a bit o' jam".
    "crush": phrases("| crush crushed crushing grind grinding"),
    "into_food": phrases(
        """
        in/into/inside/on ... yoghurt/yogurt/jam/tea/porridge/juice/food/drink/custard/jelly/
            pudding
        in/into/inside/on ... milk/coffee/honey/cereal/dinner/mash/soup/squash/smoothie/
            breakfast/cocoa/brew/sandwich/sarnie/cream/icecream/spoonful
        in/into/inside/on ... chocolate/dessert/yoghurts/drinks/meal/meals/cuppa/tea/supper/
            horlicks/ovaltine/gravy
        with/wi ... yoghurt/yogurt/jam/porridge/custard/jelly/pudding/honey/mash/cocoa/chocolate/
            dessert/yoghurts/icecream/cream/sandwich/sarnie/smoothie/squash/supper/horlicks/
            ovaltine
        """
    ),
    "unseen": phrases(
        """
        | discreetly covertly secretly covert
        never/won't/wont/not/doesn't/doesnt know/notice/notices/noticed/taste/knew/checks
        will not even? taste/know/notice
        without her/him/them knowing
        don't/dont mention
        """
    ),
    "unseen_strong": phrases(
        """
        | discreetly covertly secretly covert
        """
    ),
    "sedation": phrases(
        """
        | sedate sedated sedating sedation zonked
        knock/knocks/knocked/knocking him/her/them/em out
        settle/settles/settled him/her/them/em down?
        sleep/sleeps like a? baby/log/logs
        keep/keeps him/her/them quiet
        make/makes/made her/him/them/em sleep/sleepy/drowsy
        settle/settles/settled ... down
        keep/keeps/kept ... calm/quiet/settled
        shut/shuts her/him/them/em up
        """
    ),
    # Both doses at once, with the medicine named in the sentence before: "Missed her morning
    # metformin? Just give both at teatime".
    "dose_together": phrases(
        """
        give/gie/giving/gi him/her/them/em? both/double at/in/with/together/tonight/later/now
        """
    ),
    # A measure of a sedating medicine, to go in a drink or food ("a bit of Phenergan in his
    # cocoa", "a spoon o Night Nurse wi his supper", "half a zopiclone in her cocoa").
    "sedative_dash": phrases(
        """
        a bit/drop/drops/splash/spoon/spoonful/dash/touch/glug/capful/wee/little of/o the/his/
            her/their/some? phenergan/promethazine/nytol/piriton/oramorph/diazepam/lorazepam/
            zopiclone/melatonin/benadryl/kalms/sominex/valium/night nurse/temazepam/
            antihistamine/sleeping
        half/a/an/one/two a/an? phenergan/promethazine/nytol/nytols/piriton/diazepam/lorazepam/
            zopiclone/zopiclones/melatonin/benadryl/kalms/sominex/valium/temazepam/
            antihistamine
        """
    ),
    # The prescriber said so, or the writer sends them to one: not advice of the writer's own.
    "prescriber": phrases(
        """
        gp/gps/doctor/doctors/dr/consultant/pharmacist/pharmacy/prescriber/psychiatrist/
            specialist/hospital/nurse/111 ... said/says/told/tells/advised/prescribed/changed/
            agreed/recommended/suggested/okayed/approved/confirmed/doubled/increased/reduced/
            stopped/upped/lowered/written/wrote/checked
        ask/asking/check/checking/speak/speaking/talk/talking/consult ... gp/pharmacist/doctor/
            prescriber/pharmacy/consultant
        as prescribed
        prescribed by
        | prescription
        best interests
        mental capacity
        covert medication policy/plan/training/guidance/protocol
        agreed/approved/signed/checked ... with/by the? gp/gps/doctor/pharmacist/prescriber/
            pharmacy/consultant/nurse

        | training course refresher trainer trainers
        label/leaflet says/said
        as the label/leaflet
        """
    ),
    # What someone else does or said, told by the writer: "told me they hide tablets in porridge".
    "reported": phrases(
        """
        told me/us they/she/he/that
        they/she/he said we/i/you should
        """
    ),
    # --- safeguarding and the employer's plans ---
    "sg_process": phrases(
        """
        | safeguarding s42 lado
        section 42
        strategy meeting
        | investigation investigating investigated allegation allegations suspended
        """
    ),
    "police": phrases(
        """
        | police
        """
    ),
    # Harm done to someone, told by what was done: blows and bruises, money, cards and tablets
    # taken or robbed, blank cheques signed, neglect, locking in, grooming, a marriage forced.
    "harm": phrases(
        f"""
        | bruise bruises bruising bruised hitting slapped slapping abuse abused abusing abusive
        | stealing stole neglect neglected assault assaulted grooming groomed exploited
        | exploitation punched kicked pushed shoved
        taking/took/takes/taken/had {_PRONOUN} pension/money/benefits/bank/card
        hit/hits him/her/them
        | shoves shoved shoving slaps dragging dragged touching touched groping scratches
        self harm/harming
        fingertip/unexplained bruises/bruising/marks
        cut/cuts/cutting herself/himself/themselves
        locked the fridge
        moving/took/taking/stole/stealing ... money/cash/savings/pension/cigarettes/purse
        out of her/his/their account
        sent/given/gave/send/sending ... <money> to
        living off her/his/their money/pension
        shout/shouts/shouted/shouting/scream/screams/screamed/screaming/swears/swore at her/him
        shout/shouts/shouted/shouting/swears/swore at the/that? lady/man/gent/gentleman/woman/
            resident/residents/client/patient/patients
        scream/screams/screamed/screaming at the/that? lady/man/gent/gentleman/woman/resident/
            residents/client/patient/patients
        leave/leaves/left/leaving her/him/them wet/soiled/dirty/unwashed/hungry/without
        hand/hands/handed/handing over {_PRONOUN} pension/money/benefits/card/cash/savings
        got/get/gets/made/make/makes her/him/them to sign
        sign/signs/signed/signing over {_PRONOUN}? house/bungalow/flat/home/savings/money
        grabs/grabbed/grabbing/grab him/her/them
        black eye/eyes
        | drags drag
        burn/burns on her/his
        cigarette burn/burns
        card and/n pin
        her/his/their pin number?
        savings/account/account's/accounts/bank ... empty/emptied/drained/gone/cleared
        emptied/drained/cleared/cleaned her/his/their ... account/accounts/savings/bank
        give/gave/given/giving/gives ... her/his/their savings/pension
        comes/came/come/coming back with nothing/no money
        every pension day
        does/do/doing/did her/his/their banking
        lock/locks/locked/locking him/her/them in
        locked in her/his/their/the bedroom/room/flat
        won't/wont/doesn't/doesnt let me/us see/in
        will/does not let me/us see/in
        grade 3/4/three/four sore/sores/ulcer/ulcers/pressure
        the only key
        taking/took/takes/stealing/steals/stole/selling/sells his/her/their medicine/meds/
            tablets/painkillers/tramadol/morphine/oramorph/prescription
        calls/called/calling her/him a? stupid/useless/fat/thick/dirty/filthy/disgusting
        older men/man/blokes/lads
        comes/came/come back with ...+ cash/money/phone/trainers
        | cuckooing cuckooed
        take/takes/took/taken/taking/taks/collect/collects/collected/collecting/keep/keeps/
            keeping/kept/pocket/pockets/pocketed/pocketing/sell/sells/selling/sold/use/uses/
            using/used/spend/spends/spending/spent ... her/his/their/the ... pension/money/card/
            cards/benefits/savings/furniture/car/things/food/cheques/cheque/jewellery/rings/
            purse/wallet/giro/fags/hearing/glasses/teeth/phone
        pockets/pocketing/pocketed all/aw/aa the? money
        getting/get/gets/got money off/aff/out of him/her/them
        sending/sends/sent/send him/her/them <money>
        sign/signs/signed/signing ... over
        sign/signs/signed/signing cheques/papers/for a/for the
        let/lets/letting himself/herself/themselves in
        into her/his/their room/bedroom at night
        in when she's/he's/shes/hes/she/he/they're asleep/out
        one meal a day
        lost so much weight
        bread only
        only bread
        no money for
        taking/taken/takes/took away her/his/their ...? hearing/glasses/frame/phone/stick/teeth/
            wheelchair/aids
        | padlock padlocked
        pinch/pinches/pinched/pinching her/his/them
        mark/marks on her/his/their
        little/red/purple marks
        left her/him/them ... overnight/all night/since
        same clothes/pad/nightie since
        in and out all day/night
        never sees the money
        has/had/got nowt/nothing left/by
        has/had/having/got/holds/keeps her/his/their bank card/cards
        has/had/having/got/holds/keeps her/his/their pension/benefits/savings/pin/chequebook
        had/has/got/taken/takes/took/having <money> off/aff/from her/him/them
        had/has/got/taken/takes/took/having <money> out of her/him/them
        touches her/him/them
        | fleeced fleecing
        burns/burned/burnt/burning her/him/them with
        forces/forced/forcing himself/herself on
        does/did/doing things to her/him
        comes/came/come/coming/been/goes/went/going in/into/to her/his/their room/bedroom/flat/
            bed at night
        deal/deals/dealing/dealin from/oot/in her/his/their/the flat/house/room/kitchen/front
        deal/deals/dealing/dealin out of her/his/their/the flat/house/room/kitchen/front
        in her/his/their own urine/faeces/mess
        fridge/cupboards is/was/are/were/always empty
        no food in the house/flat/fridge
        won't/wont/doesn't/doesnt/hasn't/hasnt/didn't/didnt let her/him/them eat/out/go/see/
            leave/have/sleep
        door locked
        marks/welts/bruises from his/her/their ... belt/hand/hands/fist/stick
        sold/sells/selling her/his/their ... bed/scooter/telly/tv/car/house/flat/furniture/
            jewellery/rings
        push/pushes/pushing/slap/slaps/pinch him/her/them
        robbing/robs/robbed/nicking/nicks/nicked ... her/his/their ... pension/money/card/cards/
            benefits/savings/pip/cash/purse/wallet/tablets/meds
        sign/signs/signed/signing blank cheques/cheque/forms/papers
        finger/fingertip/fingertips mark/marks
        marks like fingers/fingertips/fingermarks
        cuts/slashes/scratches/scars on her/his/their arms/legs/wrists/face/back/thighs
        giving/gave/given/gives/give ... her/his/their pip/benefits to
        made/making/makes to sleep/eat/stay/sit/work
        | raped molested
        married off
        marry/marrying/married a/her/his/their cousin
        forced marriage/marriages
        forced to marry
        send/sending/sent/take/taking/taken/took her/him/them ... to marry/be/get married
        """
    ),
    "someone_particular": phrases(
        """
        one of our/my/the ladies/lads/residents/gents/clients/men/women/tenants/patients
        the lady/man/gentleman/gent/lad/woman/girl/boy/fella/bloke at/in/on/from/who
        new lad/girl/carer/starter
        at number <num>
        flat/room/bed/number <num>
        her/his son/daughter/husband/wife/grandson/granddaughter/nephew/niece/partner/carer/
            boyfriend/girlfriend/brother/sister/neighbour/lodger/stepdad/stepmum/stepfather/
            stepmother/stepson/stepdaughter/sons/daughters/grandsons/granddaughters/nephews/
            grandchildren/son's/daughter's/grandson's/nephew's
        the son/daughter/nephew/niece/grandson/granddaughter/husband/wife/partner/boyfriend/
            girlfriend/brother/sister/neighbour/neighbours/lodger/landlord/stepdad/stepmum/
            stepfather/stepmother/stepson/grandkids/grandchildren
        a/the lady/man/woman/gent/lad/girl/boy i/we support/visit/care/look/work
        one of my/our clients/residents/tenants/young/service/ladies/gents/lads/patients
        one of our young people
        | residents
        | resident client tenant yesterday tonight tomorrow tmrw mr mrs ms miss
        last night/week
        at the moment
        | residents
        """
    ),
    # Details kept off the group: "I won't say more on here", or reported with a crime number.
    "withheld": phrases(
        """
        won't/wont/can't/cant/cannot say/put/post ... on here
        will not say/put/post ... on here
        not putting/posting/sharing details/it/anything/them/names on/in here
        crime ref/reference/number
        body map/maps/mapped
        incident form/report
        | datix
        through/via/using the proper/right/correct/usual/appropriate channels
        through/via/using proper/official/appropriate channels
        in the right hands
        """
    ),
    # The writer's own family: a relative telling of harm to their own, not a worker's case.
    "own_family": phrases(
        """
        my mum/dad/mam/nan/gran/grandad/grandma/husband/wife/mother/father/nana/brother/sister/
            son/daughter
        my husband's/wife's/mother's/father's/brother's/sister's/son's/daughter's/grandad's/
            grandma's/nana's
        | mum's dad's mam's nan's gran's
        """
    ),
    # Said of anyone, not of one person: "if a resident discloses", and harm to workers "from a
    # resident" or "by a resident", any resident ("a punch from a resident is still an assault").
    "general": phrases(
        """
        if a/an patient/resident/client/person/service/someone/child/adult discloses/disclosed/tells
        if/when a/an patient/resident/client/person/service/child/adult is/has/was/gets
        if you're/you/youre/someone/anyone
        from/by a/an resident/client/patient/service/tenant
        safeguarding lead/training/course/refresher/policy/module/level/team/board/adults/
            session/sessions/workshop/talk/webinar/conference/slides
        | training refresher elearning
        e learning
        """
    ),
    # A private matter of one person's life, told: the law, a grave diagnosis given, a secret of
    # their family or past, how a death came, a pregnancy lost or ended, a stoma, a blood-borne
    # virus or a heroin substitute, violence at home, debts and bailiffs, a crime served for, a
    # brothel kept, an asylum claim, a hidden second family, a marriage ending or an affair
    # ("his wife left him", "moved his girlfriend in", "a double life"). Beside a person supported
    # (``supported``), it is theirs to tell, not the worker's: "my lady's granddaughter's been
    # sectioned again".
    "private_matter": phrases(
        """
        | arrested sectioned convicted custody prison jail jailed probation affair adoption
        | divorce divorcing
        | overdose overdosed suicidal terminally cuckooed
        | diagnosed diagnosis pregnant relapse dialysis heroin addict
        out of rehab
        drug/drugs/drink/alcohol rehab
        rehab for drink/drugs/alcohol/gambling
        rehab for the drink
        her/his/their cancer/cancer's
        cancer's back/spread
        cancer is/has/came back/spread
        passed away
        lost her/his/their wife/husband/son/daughter/partner/baby/brother/sister/mum/dad
        back in hospital/a&e
        back in the hospital/infirmary/royal
        on a section
        benefits/pip/money stopped
        foster care
        police came/took/arrested/were/was/called/round/attended/took
        court case/hearing/date
        letter from/fae/frae/off the court
        up in/before court
        did/done/served <num> year/years/months
        did/done/served time
        did/done/served a stretch
        armed robbery
        criminal record
        sex offender/offenders
        results back
        results came back
        it's/its/has spread
        spread to her/his/the liver/lungs/bones/brain
        months/weeks/days to live
        has/had/got/have/it's/its/diagnosed ... cancer/hiv/tumour/leukaemia/parkinson's/
            parkinsons/mnd/huntington's/aids/hepatitis/syphilis
        hiv positive
        motor neurone
        terminal cancer/diagnosis/illness
        not/wasn't/isn't/never the father
        real/biological father/dad/mum/mother
        got/has/had/have a second family
        carrying/carryin on with
        cheating on
        fighting/fightin/arguing/rowing/squabbling over the/his/her/their will/house/money/
            inheritance/estate/flat
        changed the locks
        out of the/her/his will
        up for adoption
        baby/son/daughter/child/boy/girl/bairn/wean ... adopted
        adopted out
        found dead
        lay/lying/laid/lain there for
        died alone
        took his/her/their own life
        tried to kill/hang/end himself/herself/themselves/it
        engine running
        lost custody
        on drugs/heroin/crack
        in/into/from rehab
        drinking again
        owes/owed ... thousands
        won ...+ lottery
        lottery win
        | miscarriage miscarriages miscarried stillbirth stillborn abortion mastectomy
        lost her/their baby/pregnancy
        had her/his breast/breasts/leg/foot off
        lifted/nicked by the polis/police/cops
        had/has/having a/an/her termination/abortion
        | ileostomy colostomy urostomy stoma methadone terminations abortions
        hiv/hep/hepatitis b/c?
        done/nicked/charged/arrested for drink/drunk/drug/dangerous? driving/assault/theft/
            shoplifting/fraud/dealing/burglary
        drink/drunk driving
        | imprisonment imprisoned
        violent/violence to/towards/against her/him/them
        domestic violence/abuse
        gambling debt/debts/problem/addiction
        gambled/gambles/gambling/gamble ...+ away
        left him/her for
        relapsed/relapse/relapsing on/back/again/at/in/last/since
        | relapsed
        off the? heroin/crack/drugs/methadone/booze/drink
        wants/want/wanted/considering/booked/getting/get a/an termination/abortion
        sleeping rough
        bankrupt
        positive hiv/hepatitis/hep/syphilis/chlamydia/gonorrhoea/pregnancy
        | bailiffs bailiff brothel brothels prostitute prostitution cirrhosis alcoholic suing
        debt collectors
        for fraud/theft/assault/shoplifting/burglary/robbery/manslaughter/murder/dealing
        hidden/secret second family
        asylum claim/decision/seeker/appeal
        broke/broken/fractured/snapped her/his/their hip/hips/pelvis/femur/neck/leg/legs/arm/wrist
        had/has/having her/his/their leg/legs/foot/feet/toes/arm off
        | amputated amputation
        tried/trying/tries/attempted to end it/things/her/his/their
        tried/trying/tries/attempted to take her/his/their own? life
        clean/sober from/off heroin/crack/drugs/booze/drink/spice/coke/cocaine/methadone
        rushed/bluelighted to/into hospital/resus/intensive/icu
        blue lighted/lit to/into hospital/resus/intensive/icu
        | deported deportation overstayer overstayed
        | evicted eviction
        leaving/leaves/leave him/her for
        her/his/their wife/husband/partner/missus/hubby/girlfriend/boyfriend left/leaving/
            dumped/dumping him/her/them
        her/his/their wife/husband/partner/missus/hubby/girlfriend/boyfriend walked/walking out
        moved/moving/moves her/his/their girlfriend/boyfriend/lover/mistress/fancy in/into
        sleeping/slept with her/his/their husband's/wife's/sister's/brother's/daughter's/son's/
            best
        double life
        ran/run/running off with
        the big c
        on the drink/gear/booze
        doing/serving <num> year/years/months
        out on licence/license/parole/bail
        struck off
        win/wins/winning/won ...+ lottery
        asylum ... refused/rejected/denied
        refused asylum
        babies/baby/kids/children/child/bairns/weans taken off/away/into
        won't/wont/doesn't/doesnt let her/his/their son/daughter/family/wife/husband/kids/
            children know
        she's/he's/shes/hes been seeing ...+ her/his husband/wife/missus/partner/man
        behind her/his/their husband's/wife's/partner's/family's/son's/daughter's back
        isn't/isnt/wasn't/wasnt/not really? her/his husband's/father's/dad's/wife's/partner's
        what her/his/their husband/wife/son/daughter/dad/mum/da/mam/father/mother/brother/
            sister/uncle/stepdad/stepfather/missus/man/fella/family did/done to her/him/them
        why her/his/their husband/wife/missus/man/fella/partner/son/daughter left/walked
        """
    ),
    # A secret the person keeps, which the writer now tells: "and the family don't know".
    "secret": phrases(
        """
        made me promise
        asked/begged/told me not to tell/say
        promised not to tell
        hasn't/hasnt/haven't/havent/not/never told her/his/their/the wife/husband/partner/
            family/kids/children/daughter/son/daughters/sons/anyone/anybody/gp/doctor/brothers/
            sisters/grandkids/grandchildren/parents
        has/have not/never told her/his/their/the wife/husband/partner/family/kids/
            children/daughter/son/daughters/sons/anyone/anybody/gp/doctor/brothers/sisters/
            grandkids/grandchildren/parents
        never/not mentioned/told/said it? to the? rest of the/his/her/their family
        doesn't/doesnt/don't/dont know yet
        does/do not know yet
        nobody/noone else knows/know
        no one else knows/know
        nobody/noone in the? family/house knows/know
        no one in the? family/house knows/know
        family/wife/husband/partner/kids/children/daughter/son don't/dont/doesn't/doesnt know
        let it slip
        let slip
        kept it/this secret
        wants/wanted it kept
        hides/hid/hiding/hidden/keeps/kept ...+ from her/his/their wife/husband/partner/family/
            kids/children/daughter/son/sister/brother
        sister/brother/mum/dad/wife/husband doesn't/doesnt/don't/dont know
        mother/mum/mam/dad/father/family/wife/husband/partner/sister/brother/kids/children/
            daughter/son/parents has/have/had no idea
        says/said/begged/asked don't/dont tell
        mother/mum/mam/dad/father/family/wife/husband/partner/sister/brother/kids/children/
            daughter/son/parents still/even don't/dont/doesn't/doesnt/didn't/didnt know
        don't/dont/doesn't/doesnt want it getting/going out
        don't/dont/doesn't/doesnt want it to get out
        do/does not want it getting/going out
        do/does not want it to get out
        family/wife/husband/partner/kids/children/daughter/son/daughters/sons/mum/mam/mother/
            dad/father/parents/sister/brother/sisters/brothers/grandkids/grandchildren/missus/
            hubby/girlfriend/boyfriend never/didn't/didnt/don't/dont/doesn't/doesnt/disnae/
            dinnae/not knew/know/ken
        family/wife/husband/partner/kids/children/daughter/son/daughters/sons/mum/mam/mother/
            dad/father/parents/sister/brother/sisters/brothers/grandkids/grandchildren/missus/
            hubby/girlfriend/boyfriend does/do/did not know
        family/wife/husband/partner/kids/children/daughter/son/daughters/sons/mum/mam/mother/
            dad/father/parents/sister/brother/grandkids/grandchildren/missus/hubby/girlfriend/
            boyfriend has/have/had no clue
        family/wife/husband/partner/kids/children/daughter/son/daughters/sons/mum/mam/mother/
            dad/father/parents/sister/brother/grandkids/grandchildren/missus/hubby/girlfriend/
            boyfriend hasn't/hasnt/haven't/havent/hasnae/hasna/havenae got? a clue
        family/wife/husband/partner/kids/children/daughter/son/daughters/sons/mum/mam/mother/
            dad/father/parents/sister/brother/grandkids/grandchildren/missus/hubby/girlfriend/
            boyfriend doesn't/doesnt/don't/dont/didn't/didnt/disnae/dinnae have/got a clue
        family/wife/husband/partner/kids/children/daughter/son/daughters/sons/mum/mam/mother/
            dad/father/parents/sister/brother/grandkids/grandchildren/missus/hubby/girlfriend/
            boyfriend knew/know/knows nothing
        family/wife/husband/partner/kids/children/daughter/son/daughters/sons/mum/mam/mother/
            dad/father/parents/sister/brother/grandkids/grandchildren/missus/hubby/girlfriend/
            boyfriend is/are/was/were unaware
        whole family still think/thinks/thought
        """
    ),
    # A gossip's teaser: "guess who ...", "you'll never guess which ...", the reader invited to
    # work out who the news is about. Not "guess what" (any news) nor "let's not guess".
    "teaser": phrases(
        """
        guess who/who's/whos/which
        never guess who/who's/whos/which
        """
    ),
    # Someone come into the writer's care, the news a teaser leads to: "guess who we've got on
    # our ward", "guess who came in for her methadone", "guess which footballer's mam is in room
    # 12", "guess who's back on the ward again".
    "in_our_care": phrases(
        """
        on/onto/in/into our/my/the/me/wor ward/unit/floor/wing/books/caseload/list
        came/come/comes/coming/brought/admitted in/into/onto/to
        admitted/moved/moving in/into/onto/to/with
        | admitted
        in room/bed/bay/flat <num>
        back on/in the/our ward/unit
        came/come into crisis
        """
    ),
    # The person agreed to the story being told, or it is told so that nobody can be known.
    "consented": phrases(
        """
        with her/his/their permission/consent/blessing
        shared/told/posted with permission/consent
        names/details changed
        | anonymised anonymized
        """
    ),
    # Fondness for the people supported all together, not a boundary with one of them: "the
    # residents are my second family".
    "fond_many": phrases(
        """
        residents/clients/ladies/gents/lads/tenants/patients/they/everyone/all/colleagues/
            team ... are/were/feel/became/become like? my/our/a second? family/home
        """
    ),
    "plans": phrases(
        """
        | closing closure closed shutting shut sell selling sold redundant redundancies
        | redundancy restructure restructuring merger merging takeover cuts cutting
        close/closes the unit/home/service/office/branch
        taken/taking over
        lose/losing/lost the contract
        inspection/inspectors is/are/was/were booked/due/coming/planned/scheduled for/on/next
        pay cut/cuts/freeze
        job losses
        going bust/under
        into administration
        | sacked sacking bankrupt bankruptcy tupe tuped tupe'd rebranded privatised privatized
        up for sale
        being sold
        lose/loses/losing/lost ... contract/contracts
        stop/stopping/stops taking/paying/funding/sponsoring
        cut/cuts/cutting ... hours/pay/visits/breaks/shifts/jobs/posts/beds/staff/sick
        not reopen
        12/twelve hour shifts
        self employed
        zero hours
        turned into flats
        replace/replacing/replaced ... with
        special measures
        warning notice
        rated inadequate
        service/unit/contract/centre/home/branch is/will finishing/finish/ending/end/closing/
            shutting
        put/putting/puts/putting/raise/raising/increase/increasing prices/fees/rates/charges
        prices/fees/rates/charges up/going/rising/will
        won/win/winning/awarded the/a/our/their ... contract/tender/contracts/tenders
        make/making/made ... roles/posts/staff/jobs/people redundant
        not be renewing/extending
        not renew/extend
        """
    ),
    # The writer speaking as an organisation or for all of it: "as a company we", "speaking for
    # all the carers at", "on behalf of the whole group", "our trust's position is that".
    "org_voice": phrases(
        """
        as a/an/the company/provider/trust/charity/organisation/organization/business/hospice/
            agency/council/board/group we/we're/we've/we'll/weve/were
        speaking/speakin/speak for all/everyone/every/hale
        speaking/speakin/speak for the whole/hale
        speaking/speakin as the? owner/voice/director/manager/head
        speaking on behalf of
        on behalf of the? whole/entire/every/everyone/all
        our/company's/trust's/council's/board's/home's/group's/organisation's/hospice's/
            branch's/care's/homecare's/healthcare's/union's position/stance/view is that/clear
        """
    ),
    # The writer's role at the head of an organisation, said as the standing they speak from:
    # "as Chief Executive of Harbour Lights Care, I", "as HR manager for Greenacres I'm telling
    # you".
    "org_role": phrases(
        """
        as the? ceo/director/owner/manager/chair/chairman/chairwoman/secretary/trustee/
            spokesperson of/at/for
        as the? chief/general/registered/hr/branch/care/nursing/managing/deputy/area/
            regional executive/manager/director/secretary of/at/for
        as the? head of ... at/of/for
        """
    ),
    # The voice of an announcement, said for an organisation: "we are sorry to announce",
    # "delighted to confirm", "big news".
    "announcing": phrases(
        """
        pleased/delighted/proud/sorry/sad/saddened/excited/thrilled/happy/regret/able/honoured/
            honored to announce/confirm/inform/report/share/let
        we/i can/could/must/have/would confirm/announce
        we're/we'd/we've confirm/announce
        can now confirm/announce
        big/exciting/great/sad/important news
        official announcement
        formally announce/confirm
        following a/our review/consultation
        with regret
        in due course
        """
    ),
    # Asked to keep it inside the group, in words of the writer's own: "whisper it", "don't go
    # spreading it", "say nothing til ...", "not for sharing yet".
    "hush": phrases(
        """
        don't/dont/do/dinna/dinnae/day/didn't/didnt/never/nae ... tell/say/share/
            repeat/spread/spreading/forward/screenshot/breathe/mention/telling/saying/sharing/
            repeating ... anyone/anybody/nobody/noone/naebody/naeb'dy/this/it/owt/nothing/
            nothin/soul/sowl/word/any1/on/yet
        say nothing/nothin/nowt/owt
        let on
        whisper it
        mum's the word
        on the qt
        keep/keeping this/it schtum/shtum/quiet/secret/between
        keep/keeping this/it to yourself/yourselves/ourselves/us
        | schtum shtum
        hush hush
        lips are? sealed
        goes/go/going no further
        not meant/supposed to say/know/tell/be
        shouldn't/shouldnt be saying/telling/sharing
        should not be saying/telling/sharing
        four walls
        entre nous
        didn't/didnt hear it from me
        did not hear it from me
        didn't/didnt hear it here
        not from me
        little bird/birdie/birdy told/tells/says/said
        only for you/us
        for us in the group
        stays/stay in the/this group
        in this group only
        not/never leave this/the group
        not for sharing
        in secret
        told me secret
        | secretly
        what nobody will tell you
        they have not told the? staff/families/residents/clients
        they haven't/havent told the? staff/families/residents/clients
        only telling you/yous/yis
        can't/cant/cannot say too much
        don't/dont say i told/said
        keep/keeping this/it to yerselves/yersel/yourselfs
        """
    ),
    "unannounced": phrases(
        """
        nobody's/nobody/noone/noone's been told
        no one/one's been told
        nobody/noone knows/knew
        nobody/noone has been told
        no one has been told
        no one knows/knew
        not/hasn't/haven't/isn't been? told/announced/public/official
        not yet announced/public/official
        before it's/its announced/official/public
        before it is announced/official/public
        haven't/hasn't/havent/hasnt told
        not been told yet
        don't/dont know yet
        not supposed to know/say
        | overheard leaked grapevine rumour rumours
        not/no/isn't/hasn't/haven't/won't/wont/nae/hinna/havenae/hinnae be/been? public/
            announced/official/published/telt/told/heard
        no public yet
        only know/knew/found because/cos/coz/through
        will/gonna/going/they'll/they'd ... tell/told/announce/announced/inform/informed/hear/
            say ... after/later/once/when/until/till/til/next
        after/until/till/til/before/once it's/its/it/they/is/it/the ... announced/announce/
            completes/published/official/public
        families/staff/residents/clients/doctors/manager/everyone/nobody ... don't/dont/doesn't/
            doesnt/not/haven't/hasn't/hinna/even know/knows/told/heard/telt
        nobody/noone know/knows yet
        no one know/knows yet
        won't/wont/don't/dont find out until/till/til
        will not find out until/till/til
        staff/families/residents/clients/everyone/they/nobody have/has no idea
        only told the/us
        told only the
        none of the ...? know yet
        doesn't/doesnt/don't/dont start until/till
        """
    ),
    # --- the people supported, and the writer ---
    "supported": phrases(
        """
        | client clients resident residents patient patients tenant tenants
        service user/users
        people/person/lady/ladies/man/men/gentleman/gentlemen/gent/gents/lad/lads/woman/women/
            girl/guy/fella/bloke/chap/lass/lasses/lassie/laddie/boy/wifie i/we/i've/we've/
            ive support/visit/befriend/care/look/work/see/supported/visited/looked/cared/mentor/
            mentored
        some/two/three/few/couple/half/most/all of the/my/our/me ... ladies/gents/lads/
            residents/clients/patients/tenants/men/women/gentlemen
        lads/ladies/residents/young/people/kids/gents from/on the unit/ward/home/house/floor/
            project
        lad/lady/man/woman/girl/boy/fella/gent/bloke/lass/guy from/at/in our supported/
            sheltered/extra living/housing/care/unit/house/home/project/service/scheme/flats/
            hostel
        one of the/my/our lads/ladies/residents/clients/gents/service/patients/tenants
        my/our/ar/ma/mi lady/gentleman/gent/fella/client/clients/resident/residents/service
        | mr mrs ms miss lola lolo dona senhora
        who/whom i/we support/care/look/visit
        one of the/my/our/me/wor ... gents/ladies/lads/residents/clients/client's/men/women/
            patients/tenants/gentlemen
        | client's clients' resident's residents' patient's patients' tenant's
        service user's/users'
        person/lady/ladies/man/men/gentleman/gent/gents/
            lad/lads/woman/women/fella/bloke/couple/wifie/gadgie/mzee/lolo/lola/gogo/guy/geezer/
            nan/gran/grandad i/we do/help/
            cover/sit/am/go/visit/support/care
        lady/man/gent/gentleman/woman/fella/lad/bloke/chap/wifie/gadgie/couple/guy/boy/
            girl on/in/at/from the top/first/ground/second/third/middle/bottom floor/corridor/
            landing/unit/wing/floor's/corridor's/landing's/unit's/wing's
        a/an/one gentleman/gent/lady/man/woman/patient/resident/client/fella in her/his/
            their <num>
        a/an/one gentleman/gent/lady/man/woman/patient/resident/client/fella in her/his/
            their eighties/seventies/nineties/sixties/fifties/forties/thirties/twenties/teens
        one of me/wor lads/ladies/residents/clients/clients'/gents/service/patients/tenants
        families/family i/we work/support/care
        me/wor/mi client/clients/resident/residents
        families/family/dad/dads/mum/mums/son/daughter/gent/lady/fella i/we visit/visited/
            befriend/supported/look
        one of my/me families/dads/mums/ladies/gents/old
        on my/me round/run/calls/list/rounds
        my/me tuesday/monday/wednesday/thursday/friday/saturday/sunday/morning/lunch/lunchtime/
            teatime/evening/night/bedtime/7am/8am/9am/10am/am/pm call/calls/visit
        from my/me/the tuesday/monday/wednesday/thursday/friday/morning/lunch/tea/evening/
            supported calls/call/flats/flat/visits/run/round/list
        whose dad/mum/husband/wife i/we supported/support/cared/care/looked/look
        my/our/ar/me/mi/ma client's/clients'/resident's/patient's/lady's/gent's/fella's/
            gentleman's
        on my/our/ma caseload/books
        from/on my/me/our calls/caseload/books/round/rounds/run
        my/me/ma/our monday/tuesday/wednesday/thursday/friday/saturday/sunday/morning/evening/
            night/lunch/teatime/bedtime lady/gent/gentleman/fella/man/woman/client/lady's/gent's/
            gentleman's/fella's/man's/woman's/client's
        one of my/our young people
        room/bed/bay <num>
        support/supports/supported/visit/visits a/an/this/one lady/man/gentleman/gent/woman/fella/
            lad/girl/boy/client/resident
        wife/husband/son/daughter/family/relatives of bed/room/bay/flat
        the woman/man/lady/gent/fella/one upstairs/downstairs at/in/on
        her/him/himself/herself upstairs/downstairs at/in/on
        which of the/my/our/me/wor ... gents/ladies/lads/residents/clients/patients/tenants/men/
            women/gentlemen
        old dear/dears/soul/boy/girl/fella/lady/gent i/we support/visit/care/look/see
        woman/man/lady/girl/boy/lad in my/our/ma ward/unit/home/house/flat
        the client's/resident's/patient's
        | dona senhora pani domnul doamna lola lolo tita
        lady/man/gent/gentleman/woman/fella/lad/bloke/chap/wifie/gadgie/couple/guy in/at/
            from number/room/flat/bed <num>
        young people/person i/we
        i/we keywork
        in my/our/me care
        looking/look/looks/looked after grown men/women/adults
        i/we key work
        room/flat/bed/bay <num> son/daughter/family/wife/husband/grandson/granddaughter
        one/two/three/some/most/all/half of ours
        new admission/admissions/resident/residents/client/clients/patient/patients/tenant/tenants
        we/we've/we'd/weve have/had/got ... one/two/three lady/ladies/gentleman/gentlemen/gent/
            gents/man/men/woman/women/fella/fellas/lad/lads who/that/with
        her/him/madam/himself/herself at/in/from number? <num>
        yer man at/in/from number? <num>
        on/from my/me monday/tuesday/wednesday/thursday/friday/saturday/sunday/morning/evening/
            lunch/teatime/night/last/first run/round/calls/call/list/visit
        support/supports/supported/visit/visits/visited a/an/this/one young/old/elderly/older lady/
            man/gentleman/gent/woman/fella/lad/girl/boy/chap
        had a/an/this gent/gentleman/lady/fella/chap/patient/client today/tonight/yesterday
        uncle/auntie/aunty/aunt/mama/papa/baba/grandpa/grandma/tatay/nanay in/at/from room/flat/
            bed/house/number <num>
        uncle/auntie/aunty/aunt/uncles/aunties/mama/papa/baba i/we visit/visited/support/
            supported/care/cared/look/looked/do/help
        i/we care/cared/caring/look/looked/looking for/after a/an/this young/old/elderly/
            older? lady/man/gentleman/gent/woman/fella/lad/girl/boy/chap
        lady/man/gent/gentleman/woman/fella/lad/bloke/chap/wifie/guy in/at/from the/our/my/me end/
            front/back/corner/side room/bedroom/bungalow/flat
        lady/gent/gentleman/fella/lad/chap who comes/came/attends on/every
        """
    ),
    "first_person": phrases(
        """
        | i i'm im i've ive i'd i'll me my we we're we've us mine myself ah mi
        """
    ),
    "online_contact": phrases(
        """
        on facebook/fb/insta/instagram/snapchat/tiktok now
        facebook/fb friends
        personal whatsapp/facebook/instagram/account
        add/added/adding/adds ...+ on/to facebook/fb/insta/instagram/snapchat/snap/tiktok/
            whatsapp/twitter
        friends/friend on facebook/fb/insta/instagram/snapchat/tiktok
        friend request/requests
        | friended
        follow/follows/following ... on insta/instagram/tiktok/twitter
        personal mobile/number/phone/email
        gave/give/given/giving/got ... my mobile/number/phone
        we chat/message/text/talk every
        chat/message/text/talk every evening/night/day/weekend
        my/me snapchat/snap/insta/instagram/tiktok/whatsapp/facebook
        my/me own mobile/phone/number
        personal whatsapp/snapchat/number
        my/me number/mobile/address
        to my family/own whatsapp
        texting/texted/messaging/messaged/snapchatting him/her/them/each
        keep/keeps/kept/keeping in touch/contact
        whatsapp group with my/me
        accepted ...+ friend request
        messaging/messaged/texting/texted/dming ... on insta/instagram/snapchat/snap/facebook/
            fb/whatsapp/tiktok/my
        ring/rings/call/calls/text/texts/message/messages me anytime
        ring/rings/call/calls/text/texts/message/messages me any time
        facebook/fb/insta/instagram friends
        """
    ),
    "socialising": phrases(
        """
        pint/pints/drink/drinks/party with
        for a pint/drink/drinks/pints
        night/nights out
        on my day/days off
        day off
        at/to my house/place/flat
        round to mine/my
        come/came/coming round mine/to/for
        stay/stayed/staying/stays/stopping/stopped/stops/sleeping/slept/sleeps over
        meet/meeting/met up
        basically/practically/proper/best mates/friends
        her/his ...+ birthday/60th/70th/80th/90th
        meet/meeting/met/meets for lunch/coffee/drinks/dinner
        close/good friends
        stay/stayed/staying for dinner/tea/lunch
        dinner/lunch/tea/sunday at his/her/their house/place/flat
        invited/invite/invites me
        like my own gran/nan/mum/mam/dad/grandad/son/daughter/sister/brother
        popping/pop/popped/nipping round
        for a cuppa/brew/bevvy/gossip
        at the pub
        plus one
        stay/stayed/sleep/slept at mine
        on my sofa
        to my church
        babysat/babysit/babysitting for
        game/gaming together
        in my own car
        my/me own ticket/tickets/bat
        as a? friend/friends
        not for work
        my/me tenant/lodger/landlord/landlady
        son/daughter/grandson/granddaughter/brother/sister/nephew/niece is/was now? my/
            me boyfriend/girlfriend/partner/fiance/fiancee/fiancé/husband/wife
        and i/me are/were getting married/engaged
        the wedding/christening/party/birthday of a/my/our/one
        stayed/stay/kept/keep close
        shared/share a taxi/cab/uber/lift
        for my/me/ma/mi bairn/bairns/baby/kids/children/son/daughter/grandson/granddaughter
        liking/like/likes/liked their/his/her stuff/posts/photos/pics
        on facebook/fb/insta/instagram/snapchat/tiktok with
        seeing/dating ... son/daughter/grandson/granddaughter/brother/sister
        on my/me day/days/nights/night/weekend/weekends off
        after my/me shift/shifts/work/calls
        at/to mine
        to my/me mum's/mam's/nan's/brother's/sister's/church/house/flat
        with my/me/mi kids/family/husband/wife/partner/children/bairns/mum/mam
        to my/me/mi church/yard/house/flat/home
        my/me best/close/good mate/mates/friend/friends
        best mate/mates/friends
        close mate/mates/friend
        plus one
        to/at her/his/their/my/me ...+ wedding/christening/21st/party/barbecue/bbq/do
        godparent/godmother/godfather/executor/guarantor/attorney
        witness/witnessed/witnessing on/for/to/of ... will/wills/lpa/attorney/signature
        witness/witnessed/witnessing her/his/their ...? will/wills/lpa/signature
        power of attorney
        joins/joined/join/joining me/us ... for christmas/sunday/dinner/lunch/tea/the
        me and my/me family/kids/husband/wife/partner
        emergency contact
        next of kin
        go/goes/went/going/gone to her/his/their house/flat/home/place
        church/mass/bingo/shopping/pub together
        house sit/sitting/sat/sits
        | housesit housesitting
        pub quiz
        | bingo bookies takeaway fifa slimming mass holiday holidays
        spare room
        move/moved/moving in with
        had/having/have/grabbed/grab/grabbing coffee/lunch/brunch/drinks/dinner/breakfast with
        had/having/have/grabbed/grab/grabbing a coffee/drink/pint/brew/bite/meal with
        lives/living/live/lived/stays/staying/stopping with me/us
        live in privately
        stay/staying/stayed/sleep/sleeping/slept at/in her/his/their/my client's/the
        like my/me own? nan/gran/mum/mam/dad/grandad/son/daughter/sister/brother/family
        one of us/the family
        honorary granddaughter/grandson/daughter/son/niece/nephew
        second mum/mam/nan/gran/dad/son/daughter/family/home
        asking/asked/asks/ask me out
        afternoon tea
        school run
        in my/me car
        lift/lifts in my/me
        round/over for tea/dinner/sunday/a/curry/takeaway
        go/goes/went/going/gannin/gan round/over to her/his/their
        poppin/popping/pop/popped/nip/nipping/nipped round
        having a brew/cuppa
        for sunday dinner/lunch
        gave/give/giving/given/gives ...+ a lift/lifts
        a lift/lifts up/to/home/round/into
        drive/drives/drove/driving ...+ to the pub/shops/bingo/club/match
        home with me
        """
    ),
    "money": phrases(
        """
        | lent lend lending loan loaned loaning borrow borrowed borrowing
        gave/give/given/giving him/her/them/em <money>
        take/took/taking/accept/accepted/keep/kept/wear ...+ because/cos/coz/as she/he/they insist/
            insists/insisted/insisting/cry/cries/cried
        refusing/refuse/refused is/was rude
        rude to refuse/say
        gave/given me/us ... ring/money/cash/necklace/watch/jewellery/bracelet/gift/car/coat/
            phone/tenner/fiver/quid
        gave/given me/us ... <money>
        as a gift/present
        accepted/accept/kept ... gift/money/ring/cash/present/necklace/watch/tip/car
        i accept/accepted
        give/gives/gave me his/her/their old? car/ring/necklace/watch/jewellery
        something in her/his will
        my own money/car
        cash in hand
        for a bit of cash
        tenner/fiver/quid every week
        left me ... in her/his will
        left/leaving/leave/leaves me their/her/his ...+ caravan/car/house/ring/money/savings/
            flat/bungalow/jewellery/watch/necklace/estate/cottage
        | lendin lending lent borrowin scratchcards
        gives/give/gave/gie/gies/pressed/pays/paid/pay me ... tenner/fiver/score/twenty/cash/
            money/tip/car/coat/telly/ring/passwords/card
        gives/gave/gie/gies/pressed/pays/paid me ... <money>
        slipping/slips/slipped/slip/sneaks/sneaking/sneaked/bungs/bunged/hands/handed/handing/
            pressing/presses me ... tenner/fiver/score/twenty/cash/money/tip/note
        slipping/slips/slipped/slip/sneaks/sneaking/sneaked/bungs/bunged/hands/handed/handing/
            pressing/presses me ... <money>
        tenner/fiver/twenty/note/cash/money into my/me hand/pocket/palm/bag
        <money> into my/me hand/pocket/palm/bag
        give/gave/gives/given me her/his/their ... car/coat/telly/ring/watch/necklace/programmes/
            scratchcards/card/passwords/pin/sofa/furniture
        her/his/their bank card/cards/pin/passwords/password
        | passwords
        sold/sell/selling ... to her/his/their/the/my/one/some/two/a/our
        sold two/some/my/one
        bought ...+ off/from
        gave/give/given/giving/lent/lend him/her/them <num> quid/pounds/pound/grand
        i will buy
        will/put me in it/her/his
        in her/his/their will
        pay/paid/pays me cash/extra/petrol
        petrol money
        paying/pays/paid/pay for my/me/mi ... lessons/flight/flights/holiday/rent/car/course/
            wedding/ticket/tickets
        from my/me own? savings
        out of my/me own pocket
        ask/asks/asked/asking me for <num> pound/pounds/quid
        charged/charge/charges/charging him/her/them
        share/shared/split the winnings/winning
        splits/split/shares/shared it/them/everything with me
        sending/sends/sent/send me money/cash/treats/presents
        sending/sends/sent/send me <money>
        as a thank you
        as a thankyou
        gift/gifts/present/presents of her/his/their
        gift/gifts/present/presents from one/her/him/my/the
        for free
        cash for
        a score
        for myself
        i take/took/kept it
        """
    ),
    # The boundary kept: the writer said no, or took it to the employer.
    "declined": phrases(
        """
        said/say/saying no
        i said/told/explained/say i/we can't/cannot/couldn't/can/wasn't/won't/shouldn't
        | declined decline declining refused explained
        politely/kindly/gently said/declined/explained/refused/no
        haven't/havent/not/didn't/didnt/never accepted/accept/added/add/replied
        told/asked/rang/informed my/the manager/office/supervisor/boss/coordinator/senior/team
        let ... manager/office/supervisor know
        not appropriate
        turned it/him/her/them down
        office number only
        give/gave/giving/gives them/him/her the office ...+ instead
        the office number/line
        i can't/cannot/couldn't/won't
        not allowed
        said thank you but
        should stay in the family
        thank/thanks you? but no
        told/tell her/him/them no
        i/i've/we/we've asked ...+ if/whether it's/its ok/okay/alright/allowed/appropriate
        i/we have asked ...+ if/whether it's/its ok/okay/alright/allowed/appropriate
        showed/shown/told/reported/declared ... manager/office/supervisor
        told her/him/them i/we can't/cannot/couldn't/won't/can/cant/wont
        i/we gave/handed the/it/them ... back
        i/we returned the/it/them
        gifts/gift log/register/book/policy
        logged/recorded/declared it/them
        as per policy
        it's/its a/an no
        i'd/i'll/we'll check first
        stays/stay/kept/keep personal/private
        will check first/with
        check/checking with my/the manager/office/supervisor/policy
        """
    ),
    # The boundary crossed all the same, after a "no" was weighed: "it would've upset him if I
    # said no so I kept it".
    "went_ahead": phrases(
        """
        i/so kept/took/accepted it/them/the
        kept/took/accepted it/them anyway
        went/did it anyway
        went ahead
        could not/never say no
        couldn't/couldnt/cudnt say no
        she/he/they insisted/insist/insists
        won't/wont/doesn't/doesnt take no for
        pretend/pretended/pretending to say no
        know/knew/aware it's/its not allowed
        had to accept/take it/them
        """
    ),
    # The person supported or their family asking or offering: "asked me to his wedding", "keeps
    # asking for my number". Told alone, the boundary is not crossed (see "accepted").
    "invited": phrases(
        """
        asked/asks/asking/invited/invites/inviting/offered/offers/offering me/us
        asked/asks/asking/invited/invites/inviting/offered/offers/offering ... me/us to/for/out/
            round/over
        keep/keeps/kept asking/offering/inviting
        added me on
        wanted/wants to give/pay/take/treat me/us
        """
    ),
    # Saying yes to it: "so I have", "I said yes", "I'm going".
    "accepted": phrases(
        """
        said/say yes
        so i have/did/went/do/am/will
        i accepted/went/go/agreed/added/gave/lent/took/kept
        i'm/im going
        i am going
        i'll/ill go
        i will go
        going on my
        what's/whats/where's/wheres the harm
        """
    ),
    # An outing or a visit that is the work itself, planned and staffed by the service: "with
    # two staff on the rota", "booked through the service", "part of her care plan".
    "as_the_work": phrases(
        """
        on the rota
        with/and two/three/four/2/3/4 staff/carers/workers
        with staff
        with help from ... of us
        booked/arranged/planned/organised through/by the service/agency/office/home/company/team
        as part of his/her/their/my/the support/care/plan/job/shift/work
        in his/her/their support/care plan
        support/paid/care hours
        on the clock
        risk assessed/assessment
        """
    ),
    # Kept from the employer: "don't tell the office", "off the books".
    "kept_quiet": phrases(
        """
        don't/dont/didn't/didnt tell the office/manager/boss/company/agency
        off the books
        office/manager/boss would go mad
        not on the rota
        """
    ),
    # Warning others off an employer: "Do not apply to ...".
    "warn_off": phrases(
        """
        do not/never apply to/for/at
        don't/dont apply to/for/at
        avoid working for/at
        """
    ),
    # Sarcasm that needs nothing else to read as running down: "nothing says we value you like
    # a webinar", "don't spend it all at once".
    "sarcasm": phrases(
        """
        nothing says ...+ like
        don't/dont spend it all at once
        thanks/cheers for nothing
        | thanksfornothing cheersfornothing geniuses
        outdone/outdid themselves/herself/himself/itself
        finally discovered
        only took her/him/them/it/management
        colour/color me shocked/surprised
        shock horror
        slow clap
        what a surprise/shock/shocker
        surprise surprise
        visionary leadership/thinking/planning
        genius planning/idea/move/decision
        can't/cant/cannot wait to see what ...+ next
        can't/cant/cannot wait for the next
        feeling the love
        must be all that/the hard work
        exactly how not to
        is one word for it/that
        taught/teaches/showed/shown me ...+ how not to
        amazing/funny/interesting/strange how ...+ always/never/manage/manages/managed
        """
    ),
    # "Love how ...": said of the employer beside a grievance or a "but never" it is sarcasm
    # ("love how our manager finds time for her nails but never for supervisions"); beside neither
    # it may be earnest ("love how our manager remembers everyone's birthday").
    "love_how": phrases("love/loving/luv/lovin how"),
    # The turn that makes praise a dig: "but never", "yet not", "the one day we're all off".
    "but_never": phrases(
        """
        but/yet/while never/not/no/nothing
        but/yet can't/cant/cannot/won't/wont/doesn't/doesnt/don't/dont/didn't/didnt
        the one/only day/week/time/weekend
        """
    ),
    # Praise that reads as ironic beside a grievance ("huge congratulations to our area manager
    # on her new car" where travel time goes unpaid); said in earnest without one.
    "irony": phrases(
        """
        huge/massive/big thanks/congratulations/congrats/shout
        great job/work/stuff
        thrilled to
        so/how/very/really generous
        truly/clearly/obviously/definitely the most/best
        love/loving how
        gotta love
        got to love
        don't/dont you just love
        i'm/im welling up
        i'll/ill frame it
        i will frame it
        lovely to see where
        | wonderful
        what a treat
        spoilt/spoiled us
        spoil/spoils us
        celebrating/celebrate/celebrated/thanking/thank/thanked us with
        treat/treats/treating/treated us to
        real/pure/absolute/strategic/evil/tactical genius/geniuses
        """
    ),
    # What the irony is about: pay, hours, travel, notice.
    "grievance": phrases(
        """
        cut/cuts/cutting/slashed/slashing our/my/the ... mileage/pay/hours/breaks/travel/wages/
            staffing/rates
        cut/cuts/cutting/slashed/slashing mileage/pay/hours/breaks/travel/wages/staffing/rates
        | pizza
        | unpaid 1p 2p 3p 5p 10p mileage
        pay rise/increase
        minimum wage
        gave/give/given/giving us a/one pen/mug/badge/lanyard/biscuit/keyring/voucher/
            certificate
        15/fifteen minutes/mins
        travel time
        paid/unpaid breaks
        save/saving/saved money
        at 10pm/11pm/midnight/5am/6am
        last minute
        no notice
        working/worked/work christmas/xmas/easter/boxing/new/bank/your/my
        on my/our/your/the one? day/days off
        expect/expects/expected us/me
        """
    ),
    # Criticism taken where it can be heard: a councillor or MP written to, a petition, a
    # consultation answered, a grievance, the union: "I've written to my councillor".
    "proper_route": phrases(
        """
        written/wrote/write/writing/emailed/email/emailing to? my/our/the/your/a? local? mp/mps/
            councillor/councillors/ombudsman
        signed/sign/signing the/a/our petition
        responded/respond/responding/replied/reply to the consultation
        put/putting/raised/raise/raising/lodged/lodge/submitted in? a/my/our? grievance/complaint
        put/putting/raised/raise/raising/lodged/lodge/submitted in? a/my/our? formal complaint
        grievance in
        through/with/to/at the union
        union rep/meeting/branch
        raised/raise/raising/brought/bring/took/take it/this/them in/at/to supervision
        staff survey
        """
    ),
    # A dig said politely: "shall we say", "I'll leave it there", "perhaps that explains".
    "veiled_dig": phrases(
        """
        shall we say
        let's/lets just say
        i'll/ill leave it there
        i will leave it there
        naming no names
        no names mentioned
        you know who you are
        perhaps/maybe that/this explains
        speaks volumes
        """
    ),
    # Incompetence or blame dodged, in the idioms' shapes rather than their words: "wouldn't know
    # a hoist from a hat stand", "a PhD in passing the buck", "never their fault", "never shows
    # her face". Said of the employer or a colleague (``professional_people``), it runs them down.
    "incompetent": phrases(
        """
        wouldn't/wouldnt/couldn't/couldnt/doesn't/doesnt/don't/dont/didn't/didnt/can't/cant/
            cannot/never know/tell a/an/the ... from a/an/the
        phd/phds/masterclass/doctorate/diploma/degree/masters in passing/looking/blaming/dodging/
            avoiding/ducking/hiding/shifting/covering/talking/disappearing/doing/sitting/
            looking
        black/gold belt/medal in passing/looking/blaming/dodging/avoiding/ducking/hiding/
            shifting/covering/talking/disappearing/doing/sitting
        never/nothing/nowt ... their/her/his fault
        never shows/show/showed her/his/their face/faces
        if her/his/their life/lives depended on it
        don't/dont/didn't/didnt have a clue
        couldn't/couldnt/can't/cant/cannot/wouldn't/wouldnt organise/organize/plan/run/write/
            spell/manage/find/answer/arrange/sort/read/count/fill/keep/staff/book ...+ to save/
            saving her/his/their life/lives
        can't/cant/cannot/couldn't/couldnt even read/spell/write/count/boil/follow/fill/use/answer/
            work a/an/the/her/his/their/our/my/your/out/in/up
        can/could not even read/spell/write/count/boil/follow/fill/use/answer/work a/an/the/her/
            his/their/our/my/your/out/in/up
        can't/cant/cannot/couldn't/couldnt even make/do a/an/cuppa/brew
        can/could not even make/do a/an/cuppa/brew
        """
    ),
    # Words of running down, or of the employer, in an ordinary sense: "worst case, ring the
    # office", "the council website is useless" (the council as a landlord or a web page).
    "ordinary_sense": phrases(
        """
        worst case/scenario
        if the worst
        at worst
        council website/tax/house/houses/flat/flats/estate/estates/housing/bins/offices/meeting
        | printer printers photocopier wifi laptop laptops kettle roadworks
        parking/traffic/queues/queue at/in/on/near/around/outside
        | portal software app website
        process/processes/rules/system/systems/forms/paperwork/procedures is/are/was/were
        """
    ),
    # Words said and then denied: "I never said agency workers were lazy".
    "denied": phrases(
        """
        never/didn't/didnt/not/no/nobody/nobody's/noone said/saying/sayin/say/claimed/call/
            called/calling
        no one/one's said/saying/sayin/say/claimed
        nobody/noone is/was saying
        nobody/noone ... is/was/are saying
        no one ... is/was/are saying
        asked/asking/ask whether/if i/we think/thought
        used to think/believe
        nobody/noone/none ... think/thinks/thought/reckons/believes
        no one ... thinks/think/thought/reckons/believes
        """
    ),
    # --- the employer, and words that run it down ---
    # Colleagues too by the role they lead, the shift they work or their charge: "the clinical
    # lead", "the charge nurse on nights", "yer one on the early shift", "the fella in charge",
    # "the day nurses", "the new girls", "the nurses on that ward".
    "employer": phrases(
        """
        | company employer employers management manager managers boss bosses ceo director upstairs
        | directors owner owners hr agency organisation organization provider providers colleague
        | colleagues
        | leadership coordinator coordinators deputy matron gaffer board trust supervisor
        | supervisors senior seniors office manager's coordinator's company's gaffer's deputy's
        | boss's office's agency's senior's leader's supervisor's director's ceo's owner's
        | commissioners commissioning brokerage scheduler schedulers
        head office
        night/day/agency/bank/office/nursing/senior/management staff
        night/day/nights/days/weekend/office team
        office girls/lot
        girls/nurses/carers/seniors/staff on my/our/the? nights/days/shift/team/unit/floor/ward
        lot on days/nights/shift/earlies/lates
        ppl/people/some/others/folk on my/our/me shift/shifts/team/unit/floor/ward
        | ceos
        chief executives
        on our/my team
        new girl/starter/manager/deputy/senior
        powers that be
        higher ups
        top brass
        pay/pays/paid us
        chief exec/executive
        team leader/leaders
        nurse in charge
        rota lady/man/team

        senior management/leadership/team/managers
        this/my/our place/home
        working/worked for/at
        work/works for/at this/that
        mate/mates/pal/pals/workmate/workmates at/from work
        | workmate workmates
        discharge/reablement/community/commissioning/nursing/district/rota/hr/finance/payroll/
            quality/clinical/care/leadership/safeguarding/admissions/intake/duty/assessment/
            brokerage/training/recruitment/compliance/governance/complex/crisis/rapid team/teams
        social workers
        district nurses
        | committee trustees payroll
        clinical/team/ward/shift/unit/practice/night/day lead/leads
        | guvnor guv'nor firm
        fella/man/woman/one/girl/lad/bloke/lass/guy in charge
        nurse/carer/senior/girl/lot/one/ones/lad/lads/hca/hcas/sister on nights/days/lates/earlies/
            reception
        nurse/carer/senior/girl/one/ones/lad/lads/hca/hcas/sister/nurses/carers/seniors/girls/
            staff/lot on the early/late/night/day/morning shift/shifts
        day/night/agency/bank nurses/carers/girls/hcas/seniors
        day/night lot
        new girls/starters/seniors
        girls/nurses/carers/seniors/staff on that/this ward/unit/floor
        pen pushers
        """
    ),
    "disparage": phrases(
        """
        | worst liars lying incompetent useless clueless hopeless shambles shambolic disgrace
        | disgraceful pathetic greedy toxic bullies bullying cowboys rubbish crap shite
        is/are/was/were/being/it's/its/r a/an absolute/complete/total/bloody/utter/right? joke/
            shambles/disgrace/nightmare
        absolute/complete/total/utter/bloody joke/shambles/disgrace
        such a joke/shambles/disgrace
        lie/lied/lies to
        cut/cuts/cutting corners
        treat/treats/treated us/staff/carers/everyone/workers like dirt/rubbish/crap/shit/
            slaves/muck/animals/robots
        couldn't/couldnt organise
        could not organise
        piss up
        profit/money over people/residents/care
        more about profit/money
        only care/cares about money/profit
        only care/cares/cared/caring about/for the? money/profit/occupancy/budget/numbers/
            figures/targets/press/ratings/bonus/image/fees
        least compassionate/caring/supportive/professional/organised/competent/honest
        makes/make up for no
        thinking of working for/at ...+ don't/dont
        a wicked/cruel/nasty/horrible/greedy/evil man/woman/person/lot/bunch
        steal/steals/stealing/stole from ...? wages/pay/staff/us/workers
        idle sods/gits/lot/buggers/cows
        spending our wages/money
        only turns/shows up for the? photos/photo/pictures/cameras
        feel/feeling the love
        wouldn't/wouldnt/couldn't/couldnt recognise/recognize/spot good/a/an
        would/could not recognise/recognize/spot good/a/an
        bottom of a/their/your shoe
        so called manager/nurse/leader/leaders/management/manager's/boss/director
        | racist racists sexist homophobic
        start a fire in a/an
        all/aa mouth/mooth and/an no/nae trousers/troosers
        don't/doesn't/dont/doesnt give a
        don't/doesn't/dont/doesnt care about us/staff/carers/residents
        hasn't/hasnt/never/haven't set foot
        taking the piss
        is/are/was/were/so/very/really/dead/proper/bone/plain/and lazy/rude/arrogant/dishonest/
            stupid/
            heartless/cruel/wicked/idle/unfair/useless/clueless
        | crooks crook liar thief thieves snake coward clowns jobsworths clique rotten
        two faced
        | scam scammers
        out of touch
        waste of space/oxygen/time/skin
        hasn't/hasnt/ay/ain't/haven't/havent got a clue
        hasn't/hasnt/doesn't/doesnt have a clue
        hasn't/hasnt a clue
        manager's/coordinator's/company's/gaffer's/deputy's/boss's/office's/agency's/
            senior's a/an absolute/complete/total/bloody/utter/right/proper? joke/shambles/
            disgrace/nightmare/liability/waste/bully/liar/snake/coward
        couldn't/couldnt run/count/organise/manage a/an/the/this/their/to
        could not run/count/organise/manage a/an/the/this/their/to
        start a fire in a swimming pool
        treat/treats/treated us/staff/carers/everyone/workers/its/their ...+ like/appallingly
        treat/treats/treated volunteers/nurses/colleagues/people/them like dirt/rubbish/crap/
            shit/slaves/muck/animals/robots
        covered/cover/covers up complaints/abuse/mistakes/it/everything
        could/couldn't/couldnt not? care less
        only care/cares/cared about her/his/their bonus/money/profit/targets
        laughed/laughing/laugh in our faces
        laughing/laughed at us
        lost all credibility
        should be ashamed
        do not/don't/dont apply to/for/there
        never wiped/run a
        never done a shift/night/call/day/double/wash/shower
        run by clowns/idiots/cowboys/crooks
        | shameless parasites muppets numpties dingbat dingbats chancers vipers jobsworth
        wants/needs sacking/firing/sacked/fired/sorting
        good for nothings/nothing
        no brain/brains
        she/he/they/management/manager/managers/boss/bosses/office/company/she's/he's/they've/
            they're/shes/hes/theyve/theyre ... no clue/idea
        no common sense
        wouldn't/wouldnt last five/two/ten/a minutes/minute/day/shift/week
        would not last five/two/ten/a minutes/minute/day/shift/week
        lazy cows/sods/gits/lot/buggers/parasites/gets/mares
        bunch/load/shower/pack/nest of lazy/useless/idiots/clowns/muppets/parasites/cowboys/
            crooks/liars/amateurs/jokers/numpties/wasters/snakes/vipers/chancers/thieves
        wouldn't/wouldnt/couldn't/couldnt know a/an/the? ...+ if it/one/they/she/he hit/bit/
            slapped/smacked/jumped/came/walked/punched
        would not know a/an/the ...+ if it/one/they/she/he hit/bit/slapped/smacked/jumped/came
        allergic to work/hard/graft/effort/working
        actually/actualy/acshully/even/ever do/did some/any work/graft
        hiding/hides/hid/hide/sat/sitting/sit in the staff room/staffroom/office/sluice/toilets/
            car ...+ phone/phones/fone/fones
        warm bodies
        might as well have sent/hired/employed/put
        walking brain cell
        brain cell
        no shame at all
        have/has no shame
        na wahala
        cash cow/cows
        money grabbing/grabbers
        treat/treats/treated/treating ...+ as disposable/expendable/numbers/slaves/robots/dirt/
            machines/cattle/skivvies
        don't/dont/doesn't/doesnt care nothing/anything/a/one
        do not care nothing/anything/a/one
        care nothing about/for
        rob/robs/robbing/robbed ...+ blind
        can't/cant/cannot/couldn't/couldnt even pay/spell/answer/organise/run/manage/send/sort/
            bother/cover/be
        sell their own
        lie/lied/lies about
        a shower
        as much use as
        about as useful as
        chocolate teapot/fireguard/kettle
        lights are/were/is on but/and
        lights on but/and
        handbrake on a canoe
        brains of a/an
        skills/charm/personality/warmth/empathy/compassion/backbone of a/an
        beds/numbers/figures/pounds not/over/before people/residents/staff/carers/care
        hides/hiding/hid in her/his/their office
        find their/her/his own backside/backsides/arse/arses/bum/bums/behind
        brain of a goldfish/gnat/rocking/boiled/peanut/plank/flea
        | gormless
        comedy act/show/club
        | spineless sharks
        black hole
        walk/walks/walked all over us
        could learn a lot from a
        with both hands
        sandwich/sandwiches short
        two short planks
        is/are/was/were/it's/its a circus/farce/pantomime/madhouse/sweatshop/dump/clown show?
        wouldnae/widnae/couldnae know a/an/the ...+ if
        couldnae/cannae/can't/cant organise/run/manage a/an/the/this/their/to
        can't/cant/cannot/couldn't/couldnt spell
        thinks/thinking/think she's/he's/they're the? queen/god/royalty/king/untouchable
        thinks/thinking/think she/he is the? queen/god/royalty/king/untouchable
        thinks/thinking/think they are the? queen/god/royalty/king/untouchable
        on her/his/their throne/thrones
        down the toilet/drain/pan
        takes/take/taking/took all the money/profit/profits
        this/that dump/hellhole/sweatshop/madhouse/shithole
        doing/do/does/did absolutely/sweet/bugger/sod/jack nothing/nowt/all
        couldn't/couldnt/couldnae/cannae ... a/an ... in/at/on a/an
        could not ... a/an ... in/at/on a/an
        more backbone/sense/spine/brains/personality/charm/warmth/empathy/compassion/leadership/
            clue in a/an
        manner of a/an
        perfected the art of
        | incapable
        god's gift
        lift a finger
        a bad/terrible/awful/shocking/crap manager/boss/employer/company/agency/management
        need/want a laugh ... watch
        | misleading misled deceiving deceived
        turn/turns/turned/turning/look/looks/looked/looking a/the blind/other eye/way
        only turns/shows/comes/rolls up/in when/for
        ashamed to have worked/work/been
        running/run/ran/runs it/the/this/that ...? into the ground
        """
    ),
    "demeaning_label": phrases(
        """
        bed blockers/blocker
        | bedblockers bedblocker feeders wrinklies crumblies gomers gomer
        coffin dodgers/dodger
        overgrown toddlers/babies/kids/children
        frequent flyers/flier/fliers/flyer
        | dribblers droolers
        drool/dribble/dribbling/nappy/incontinent/pad/zimmer/wheelchair brigade/squad/club/factory
        the smelly one
        cabbage patch
        god's waiting room
        land of the living dead
        captain catheter
        smelly queen
        lady muck
        grumpy knickers
        duracell bunny
        not people/human anymore/any
        just bodies we/in/to
        warehousing the old/elderly
        <num> bodies to get/turn/feed/dress/hoist/toilet/sort/shift
        <num> bodies to wash/bath/bathe/change/clean/do/move/lift/wake/shower
        <num> bodies washed/fed/turned/changed/dressed/done/bathed/toileted/hoisted/showered
        bodies to be managed/moved/fed/turned/stored/processed/shifted
        keeping/keep/keeps bodies warm/alive/ticking
        glorified babysitter/babysitters for
        furniture/parcels/cabbages/vegetables/wardrobes/packages/sacks/patch ...+ asleep/awake/
            toileted
        creche/crèche/nursery for the/grown
        feeding time at the zoo
        little houdini
        | dribblers droolers mongs
        """
    ),
    # Belittling words; and distress or a need told as a show put on ("doing her theatre again",
    # "an Oscar-winning performance"); and a person weighed as what they cost the service ("a
    # poor use of a bed", "a low return on the staffing", "a waste of two staff"), which said of
    # the work or the funding has no word for the people supported beside it.
    "belittling": phrases(
        """
        doing/done/does her/his/their theatre/drama/performance/dramatics/pantomime/panto
        oscar/bafta/award winning performance/act/display
        oscar/bafta performance
        amateur dramatics
        | diva divas babysitting babysit doolally gaga nutter nutters loony loonies
        drama queen/queens
        like animals/cattle/zombies/sheep
        hosing/hose/hosed him/her/them/em? down
        feeding time
        drool squad/brigade
        attention seeker/seekers/seeking
        a right wee/little/proper/old? one/handful/madam/nightmare/pain/diva
        pain in the arse/backside/bum/neck
        away with the fairies
        lost the plot
        like/as a? bunch/load/pile? of? little/big/naughty/spoilt/overgrown? kids/children/
            toddlers/babies/bairns/schoolkids/teenagers/goldfish/pigs/brats/cabbages/vegetables/
            furniture
        like trying to keep cats
        herding/herdin/herd/herded ... sheep/cats/cattle/goats/cows
        furniture/parcels/cabbages/vegetables/wardrobes/packages/sacks/patch ...+ asleep/awake/
            washed/toileted/hoisted/dressed/turning/breakfast
        <num> pieces/bits of furniture
        <num> old? parcels/packages/cabbages/vegetables/wardrobes
        old/just/only bodies
        production line
        | wrangle wrangling wrangled
        stacked/stacking/stack them/em all?
        to its bed/chair
        park/parked/parking them/em/him/her in front
        basically/just/literally furniture/vegetables/cabbages/zombies
        filthy pigs/animals
        like talking to a brick wall
        five year olds
        like a/an? spoilt/spoiled/naughty/little/big? <num> year olds/old
        like spoilt/spoiled/naughty/little/big <num> year olds/old
        the cheek of her/him/them
        how the mighty
        one of those ...+ types
        spoilt brats/kids
        big kids
        bunch/load/pile of moaners/brats/toddlers/leeches/cabbages/kids/bairns/teenagers/nutters/
            babies/moaning/spoilt
        moaning minnies/myrtle
        thick as
        so dim/thick/stupid/useless/childish
        slow and useless
        hopeless cases/case
        | vegetables cabbages dribblers droolers creche leeches moaners whinging
        | childish snobs
        moan moan moan
        greetin faced
        simple soul
        smelly one
        too demanding
        special ones
        can't/cant even tell you what day
        nappies and tantrums
        the screamer/screamers/stripper/crier/criers/whinger/whingers/moaner/moaners/drooler/
            dribbler/hoarder/hoarders/biter/biters/grabber/grabbers/shouter/shouters/spitter/
            spitters/wanderer/wanderers/wetter/wetters/runner
        moaning minnie/myrtle
        mr grumpy
        little houdini
        victor meldrew
        | moany whingers whinger fruitcakes fruitloops feral slob
        fruit loops
        old bag/git/goat/bat/trout/codger/biddy/moo/crusty
        dirty old man/men
        right bunch/load/pile of
        a right pest/pain/madam/one/handful
        such a drama queen
        is/are/was/were a/an? proper/real/total/complete/absolute? pest/slob/whale/nightmare/
            pain/diva/divas/madam
        proper whale
        burden on/to
        just/nowt/nothing/such a? burden
        but a burden
        drain on
        waiting for god/death
        waiting for the end
        are/is/just/all/bunch/load/pile dead wood
        just/the dead weight
        the vegetable/vegetables/cabbage in/on/at
        muck/mucking/mucked out the
        like working in a/an
        pig farm
        | parasite parasites
        like a row of
        take/takes/taking/tek/tekkin/taking up space
        like feeding/feedin a/an wean/baby/toddler/bairn/child
        just/such a big baby/kid/child
        a problem/burden for everybody/everyone/society/the
        waste/wasting the? money/space/resources
        waste of money/space/resources
        waste of a/an/the/two/three bed/beds/visit/visits/call/calls/hour/hours/staff/carers/
            package/funding/placement/nurse/nurses
        waste of a/the care/support package/packages/plan/hours
        poor/bad/terrible/lousy/wasteful use of a/the/our/scarce? bed/beds/staff/staffing/
            resources/hours/funding
        low/poor/no/zero/little return/returns
        contribute/contributes/contributing little/nothing
        stopped/stop/stops contributing
        depreciating asset/assets/one/ones
        bag/bags of bones
        smell/smells/smelt like a/an animal/pig/tramp
        fed and? watered
        they're/theyre just? numbers
        are just? numbers
        wetters/wetter club/brigade/squad
        line/lines on a spreadsheet
        proper/right/great/big/lazy/total/absolute lump/lumps
        just/only bed and board
        warehouse/warehouses before/for the? crem/crematorium/grave/cemetery/morgue
        waiting to die
        had their/her/his innings
        empty shells/husks
        just/only shells/husks/boxes/pallets/parcels/deadweight
        like heavy boxes/pallets/parcels/sacks/logs
        jobs on legs
        proper/right/total/absolute creature/creatures/beasts/beast
        old crusties
        | crusties
        nobody/noone home
        no one home
        not all there
        that far gone
        away with it
        not people/human anymore
        not people/human any more
        just bodies
        dumping ground
        warehousing the old/elderly
        stack them/em up
        living dead
        personal slaves/servants/maids
        their slaves/servants/maids
        milk it
        putting it on
        glorified babysitter/babysitters
        naughty step
        naughty boy/girl/boys/girls
        my little ones/soldier
        baby voice
        sweet little thing
        mental age of
        face like a wet weekend
        like a/an kicked? puppy/toddler/toddlers/weans/kiddies/bairns/doll/teddies/teddy/
            babies/zoo/creche/crèche/nursery
        like a class/cage/sack/sacks/load/bunch/pack of
        like a school trip/nursery/car wash/conveyor belt/bear
        like little kiddies/kids/children
        like small children/kids
        like sacks/sack of potatoes
        a/the zoo
        feeding time
        a conveyor belt
        the laziest
        so/too/very/that daft/smelly/wicked/stubborn/ungrateful/lazy/spoilt/spoiled/demanding/
            childish/dim
        are/is/were/was ungrateful/wicked/spoilt/spoiled/daft
        spoilt/spoiled like
        think/thinks they/we own
        who does she/he think
        | ungrateful gormless doolally gaga
        more trouble than they're/she's/he's/theyre/shes/hes worth
        more trouble than they/she/he are/is worth
        only a? burden
        a burden for
        mucking out
        like ... childrens
        full of zombies/cabbages/vegetables/nutters/loonies/crumblies/wrinklies/feeders
        old bastard/sod/cow/witch/bugger/fart/hag/crone/battleaxe/boot
        nap/nappy time
        | naptime
        good girls/boys/girl/boy if/for/and
        naughty chair/corner
        my/our/all little? babies
        in their bibs
        like a/an spoilt/spoiled/naughty/big/little/overgrown? brat/toddler/kid/child/teenager/
            bairn/wean
        like a/an spoilt/spoiled/naughty/big/overgrown baby
        like our/my/their own? babies/kids/children/toddlers/bairns/weans
        like being/running a/an? nursery/creche/crèche/kindergarten/playgroup/daycare/zoo/farm/
            circus/farmyard
        like goats/cows/pigs/chickens/hens/dogs/pets/livestock/sheep/cattle/animals
        to the trough
        basically/just/literally pets/animals/livestock/goats/cattle/babies/toddlers/kids/
            children
        little escapees/darlings/angels/monkeys/terrors/cherubs/munchkins
        sweet little darlings/angels/things
        little old dears
        bless their/his/her cotton socks
        needy/stroppy/moody/miserable/grumpy/awkward/nosy/lazy cow/mare/git/sod/bag/moo/witch/
            madam
        such a needy/stroppy/moody/miserable/grumpy/awkward one
        """
    ),
    # Treating a grown person as a child, told by the one who did it: "so I just treated her like
    # a toddler".
    "infantilising": phrases(
        """
        treat/treated/treating/treats/handle/handled/talk/talked/talking/spoke/speaking to? her/
            him/them/em like/as a/an? toddler/child/baby/kid/toddlers/children/babies/kids/bairn/
            wean/five/two/three/little/naughty
        good girl/boy for me/now
        """
    ),
    # A grown person said to be like a thing, an animal or a small child: "are like wind up
    # toys", "she's like a little dog", "acting like weans", "crying like small pikin", "moving
    # him was like moving a beached whale"; not what they care for like a baby. Said without
    # "like" only where the word cannot be the plain fact: "basically a toddler", "a big baby",
    # "the mind of a two-year-old". And the things of a nursery used on grown people: "the
    # naughty step", "a gold star and a sticker", "juice cups and Peppa Pig". The work itself
    # likened to tending animals, toddlers or things ("like herding wet cats"), and a person
    # likened to one with no verb before it ("sweet little thing, like a doll"). Grown people
    # herded, mocked as royalty ("holding court again", "your audience with Her Majesty") or
    # their complaints made a trade ("a professional victim").
    "likened": phrases(
        """
        is/are/was/were/be/being/act/acts/acted/acting/behave/behaves/behaving/she's/he's/
            they're/shes/hes/theyre/basically/just/all/doing/crying/cries/cried/sulking/sulks/
            sulked/whinging/eating/eats/feeding/feedin/moving/shifting/lifting/herding/minding/
            looks/sits/sitting/lying like ... toys/toy/robots/robot/dolls/doll/puppets/puppet/
            puppy/puppies/dog/dogs/labrador/goat/goats/sheep/cow/cows/cattle/pig/pigs/whale/
            animal/animals/zombie/zombies/pickney/pikin/pikins/wean/weans/bairn/bairns/toddler/
            toddlers/baby/babies/infant/infants/kindergarten/nursery/creche/crèche/playgroup/
            spuds/potatoes/sack/sacks/meat/furniture/statue/statues/ornaments/pet/pets/parcel/
            parcels/lump/lumps/turnips/vegetable/vegetables/cabbage/cabbages
        like herding/babysitting/minding/wrangling/feeding/dressing/washing/watering/running/
            managing/working/looking/shovelling/wiping ... toys/toy/robots/robot/dolls/doll/
            puppets/puppy/puppies/dog/dogs/goat/goats/sheep/cow/cows/cattle/pig/pigs/whale/
            animal/animals/zombie/zombies/toddler/toddlers/baby/babies/infant/infants/
            kindergarten/nursery/creche/crèche/playgroup/zoo/cat/cats/kittens/monkey/monkeys/
            chickens/hens/ferrets/hamster/hamsters/foghorn/siren/sack/sacks/spuds/turnips/
            cabbages/vegetables/furniture/statues/parcels/luggage/cattle/herd/flock
        like a/an big/little/wet/old/wee/broken/stray/spoilt/overgrown/grumpy/mad/wild/
            rag/porcelain? toys/toy/robot/doll/puppet/puppy/dog/goat/sheep/cow/pig/whale/animal/
            zombie/toddler/baby/infant/cat/kitten/monkey/chicken/hen/hamster/foghorn/siren/
            windmill/sack/statue/parcel/ornament/vegetable/cabbage/turnip/walrus/seal/ferret
        basically/literally/practically/essentially a/an big/little/overgrown/grown? toddler/
            toddlers/baby/babies/bairn/bairns/wean/weans/infant/infants/pikin/pickney
        a/the big/overgrown/grown/giant baby/babies/toddler/toddlers/bairn/bairns/wean/weans
        mind/minds/brain/brains/mentality/attention span/spans of a/an ... toddler/toddlers/
            child/baby/goldfish/old/olds
        mental age of a/an? ... toddler/toddlers/child/baby/goldfish/old/olds
        mental age of a/an? <num>
        naughty step/corner/chair
        gold star/stars ... sticker/stickers
        sticker/stickers ... for the big
        sippy/juice cup/cups
        peppa pig
        high chair/chairs
        put/putting/puts ... down for a/her/his/their nap
        never left the creche/nursery/playgroup/kindergarten
        bigger nappies
        like ... soft play
        soft play for
        like a/an ... jigsaw/circus/zoo/farmyard/menagerie
        herding/herded/herd/wrangling/wrangled pensioners/oldies/residents/clients/patients/old/
            elderly/gents/ladies/lads
        herding/herded/herd the/that lot
        your majesty/ladyship/lordship/highness
        her/his/their ladyship/lordship
        audience with her/his majesty
        holding/holds/held court
        queen/king of sheba
        thinks/thinking she's/he's/they're the? queen/king/royalty
        decided/decides/deciding she's/he's/they're the? queen/king/royalty/princess/prince
        for her/his majesty's/ladyship's/lordship's/highness's
        professional moaner/moaners/victim/victims/complainer/complainers/whinger/whingers
        if moaning/whinging/complaining was/were an olympic sport
        """
    ),
    # Personal care the writer tells of giving to "him", "her" or "them": in a draft that names
    # nobody, it says who "he" or "she" is ("He's like a big baby, you have to spoon feed him").
    "personal_care": phrases(
        """
        feed/fed/feeding/feedin/spoonfeed/spoonfeeding him/her/them/em
        spoon feed/feeding/fed him/her/them/em
        wipe/wiped/wiping/wipin his/her/their face/bum/bottom/mouth/chin/arse/backside
        wipe/wiped/wiping/wipin him/her/them/em
        change/changed/changing/changin his/her/their pad/pads/nappy/nappies/sheets/bed
        change/changed/changing/changin him/her/them/em
        take/took/taking/takin him/her/them/em to the toilet/loo/commode/bathroom
        toilet/toileted/toileting/hoist/hoisted/hoisting/turn/turned/turning/wash/washed/
            washing/dress/dressed/dressing/shower/showered/showering/bath/bathed/bathing him/
            her/them/em
        put/putting/puttin him/her/them/em to bed
        put/putting/puttin him/her/them/em in the chair/bed
        """
    ),
    # A label pinned on someone with a word that only sharpens it: "a proper jobsworth", "a right
    # muppet", "a total fraud"; not praise ("a proper star").
    "judged_as": phrases(
        """
        is/are/was/were/she's/he's/shes/hes a/an proper/right/real/total/complete/absolute/utter/
            pure
        leader's/manager's/deputy's/supervisor's/senior's/boss's/coordinator's/director's/
            owner's/ceo's/agency's/company's/office's/nurse's a/an proper/right/real/total/
            complete/absolute/utter/pure
        """
    ),
    # A person called by a label for what they do or are, and placed: "the nutter in 12", "the
    # 3 vegetables in bay B", "the screamer again", "the burdens in the lounge".
    "label_person": phrases(
        """
        the/that/this/our/my/me/wor <num>? screamer/screamers/crier/criers/shouter/shouters/
            biter/biters/grabber/grabbers/spitter/spitters/wanderer/wanderers/wetter/wetters/
            drooler/droolers/dribbler/dribblers/nutter/nutters/loony/loonies/vegetable/
            vegetables/cabbage/cabbages/burden/burdens/moaner/moaners/whinger/whingers/hoarder/
            hoarders/stinker/stinkers/lump/lumps/fallers/sinkers/wrinklies/oldies/crumblies
        the/that/this fat/smelly/ugly/mad/daft/stinky/thick one/ones
        the/that/this slurring/dribbling/drooling/shuffling/wobbling/wobbly/screaming/shouting/
            biting/spitting/moaning/whinging/farting/stinking/limping/dribbly/doddery/droolly/
            grunting/howling/wailing/sniffing/groping one/ones
        the/that/this weepy/moany/needy/whiny/whingy/whingey/clingy/shouty/stroppy/grumpy/
            miserable/screamy/bitey/handsy/dozy/dopey/gobby/mardy/narky/crabby/cranky one/ones
        """
    ),
    "placed": phrases(
        """
        in/on/at/from room/bed/bay/flat/number? <num>
        in/on/at/from room/bed/bay <num>? a/b/c/d/e
        in/on/at the/our/my lounge/unit/floor/corridor/ward/wing/bay/dayroom/dining
        in/on/at the end/front/back/corner/top/bottom/middle/side room/bedroom/bed/bay/flat
        | again
        """
    ),
    # Placed by a room, bed, bay or floor alone, not by a time ("at 11") or by "again": where a
    # person at work lives ("the livestock in bay C", "Moaning Minnie in 7").
    "in_a_room": phrases(
        """
        in/on/at/from room/bed/bay/flat/number <num>
        in/from <num>
        in/on/at/from room/bed/bay <num>? a/b/c/d/e
        in/on/at the/our/my lounge/unit/floor/corridor/ward/wing/bay/dayroom/dining
        in/on/at the end/front/back/corner/top/bottom/middle/side room/bedroom/bed/bay/flat
        """
    ),
    # Someone said to be an animal or a fool: "the day manager is a big goat", "my coordinator
    # is a donkey", "she's a snake", "our new team leader is a walking disaster", "a headless
    # chicken".
    "scorned_as": phrases(
        """
        is/are/was/were/she's/he's/shes/hes/leader's/manager's/deputy's/supervisor's/senior's/
            boss's/coordinator's/director's/owner's/ceo's/agency's/company's/office's/nurse's/
            like a/an ... donkey/goat/snake/weasel/
            hyena/toad/slug/baboon/jackass/vulture/rat/worm/viper/leech/clown/muppet/plank/
            numpty/dunce/fool/idiot/moron/eejit/dafty/wally/prat/dictator/tyrant/fraud/witch/
            dragon/cow/mare/pig/sheep/headless/sloth/ostrich/parrot/peacock/pillock/plonker/
            nincompoop/buffoon/twit/dimwit/halfwit/bully/liar/hypocrite/coward/lettuce/
            dishcloth/screensaver/calabash/clipboard/doorstop/passenger/teapot/fireguard/
            tumbleweed/ornament
        walking disaster/disasters/liability/liabilities/catastrophe/shambles/accident/nightmare/
            hazard/hazards/calamity/joke
        headless chicken/chickens
        """
    ),
    # Words said to the reader: "you lot are a bunch of sheep" is said to the group, not of the
    # employer.
    "to_the_reader": phrases("| you you're youre ye yous yez"),
    "praise": phrases(
        """
        a/an proper/right/real/total/complete/absolute/utter/pure star/gem/legend/diamond/saint/
            angel/godsend/sweetheart/darling/pro/professional/asset/credit/rock/hero/heroine/
            inspiration/treasure/natural/grafter/trooper/belter/character/hoot/cracker/gent/
            gentleman/lady/sweetie/babe/good/great/lovely/nice/brilliant/amazing/kind/caring/fab/
            fabulous/superstar/champion/laugh/love/lifesaver/doll/team/breath/pleasure/joy/help/
            blessing/leader/expert/stickler/perfectionist
        """
    ),
    # The writer alone, as the one who did it (not "we", which may be a family complaining).
    "writer_alone": phrases("| i i'm im i've ive i'd ah"),
    # A nickname given: "we call him the Incredible Sulk on our floor".
    "nickname": phrases(
        """
        we/they/staff/everyone/i all? call/calls/called him/her
        call/calls/called the/that/our lady/man/gent/gentleman/fella/woman/one/old
        """
    ),
    # Respect for the people supported, or a thing that shares a word with a label: "without
    # making them feel like children", "the bird feeders".
    "respectful": phrases(
        """
        without making them/her/him feel
        make/making/made them/her/him feel like
        treat/treats/treated it/them/her/him with respect
        treat/treats/treated them/her/him as adults
        bird feeder/feeders/table
        to/round/from the zoo/farm
        at the farm
        zoo/farm trip/visit/day/trips/visits
        grew/grow/growing/grown/planted/picked ...? vegetables/veg
        own vegetables/veg
        therapy dog/dogs/cat/cats/pony/ponies/animals/pets
        the vet/vets
        cares/care/cared/caring for/about ...? like a/an
        by her/his/their first? name
        sleep/sleeps/slept/sleeping like a baby/babies/log
        likes/prefers/wants/asked to be called
        asked us to call
        by the/her/his/their name
        babysit/babysitting/babysat ...? their/her/his/the grandchildren/grandkids/kids/children/
            baby/son/daughter
        """
    ),
    # Laughing at the people supported: a joke told at their expense.
    "mockery": phrases(
        """
        | hilarious hysterics sweepstake funniest pmsl
        had a right laugh
        we all laughed/laugh/do
        laughing at her/him/them
        the impression
        cracked/cracking up
        crying laughing
        """
    ),
    # What a joke at their expense is made of: their bodies, confusion and losses.
    "vulnerable": phrases(
        """
        | wet wetting teeth nightie dementia stroke confused doll pad pads nappy nappies died
        | incontinent dribbling wee pee
        thinks she's/he's/she/he
        """
    ),
    # A person supported said to be a thing to be stored, moved or sold: stock, cargo, furniture,
    # a revenue line, a cash cow ("the residents are just stock", "every client is a revenue
    # unit", "that lot in the dementia unit are just breathing furniture"). Read by the verb "to
    # be" before the thing, with the people supported in the sentence (``DEMEANING``): what
    # someone else is said to treat them as ("the council sees residents as cash cows") takes
    # "as", and is criticism of the treatment, not the writer's own label. And the place they
    # live said to be a zoo or a crèche ("the day centre lot are basically a petting zoo"), the
    # work with them babysitting grown adults. And said to be more a thing or an animal than a
    # person ("she's mair ornament than person noo", "more like a lump of meat than a person").
    "reduced_to": phrases(
        """
        is/are/was/were/be/being/become/becomes/became/she's/he's/they're/shes/hes/theyre/
            basically/merely just/basically/literally/practically/essentially/merely/only/
            simply/all/now/frankly/mostly/nothing? but? a/an/the/our/my/me/your/some? big/old/
            fresh/dead/breathing/walking/living/human/total/proper/right/ultimate/glorified/
            bedbound? stock/inventory/cargo/freight/pallets/parcels/furniture/lumps/lump/
            ornament/ornaments/bodies/product/products/meat/sediment/livestock/luggage/
            commodities/commodity/merchandise/liabilities/assets
        is/are/was/were/be/being/she's/he's/they're/shes/hes/theyre just/basically/merely/
            only/simply/all/now/frankly/nothing? but? a/an/the/our/my/your? cost/revenue/
            cash/profit/raw/dead line/lines/centre/centres/unit/units/stream/streams/cow/cows/
            material/materials/weight/margin/margins
        storage unit/facility/units/facilities for bodies/them/people
        is/are/was/were/it's/its/basically/literally/just basically/literally/just/proper/
            now/like? a/an/the? petting? zoo/creche/menagerie/farmyard
        babysitting/babysitter/babysitters/babysit grown/adult/adults/men/women/pensioners/oldies
        just/only/merely/simply a? body/bodies/shell now/anymore/nowadays
        <num> bums/bottoms/arses wiped/washed/done/before
        mouths to feed and bums/bottoms/arses
        more/mair/mare like? a/an/the? lump/lumps/dug/dog/dogs/animal/animals/ornament/ornaments/
            furniture/vegetable/vegetables/veg/plant/plants/object/objects/thing/things/robot/
            robots/zombie/zombies/corpse/corpses/body/bodies/meat/shell/shells/statue/statues/
            cabbage/cabbages/potato/potatoes/houseplant/houseplants ... than a/an? person/human/
            people/humans/man/woman
        """
    ),
    # The care of a small child (a crèche, babysitting, nappies, a nursery) and grown people
    # (``grown``) in one sentence: the work told as minding infants ("babysitting grown adults",
    # "changing nappies on grown men", "a crèche for pensioners", "like kindergarten but the
    # children are ninety"). The grown people tell who is meant, so no word for the people
    # supported is needed; not the writer's own children or grandchildren, who have no such
    # word beside them. The reader splits "crèche" at its accent, so it is read as "cr che".
    "childcare": phrases(
        """
        | babysitting babysittin babysit babysits babysat babysitter babysitters nursemaid
        | nursemaids kindergarten playgroup creche nursery nappy nappies childminder childminding
        cr che
        """
    ),
    "grown": phrases(
        """
        grown/adult/elderly men/women/man/woman/adults/adult/lads/people/blokes/pensioners
        | pensioners oldies geriatrics
        over 60s/65s/70s/75s/80s/85s/90s
        children/kids/toddlers/babies/bairns/weans are/were fifty/sixty/seventy/eighty/ninety/
            eighties/nineties/grown
        fifty/sixty/seventy/eighty/ninety year/years olds/old
        """
    ),
    "cared_for_here": phrases(
        """
        | residents resident clients client patients tenants
        service user/users
        room/bed/bay <num>
        on/in/of my/our/the/that/this ... floor/unit/ward/corridor/wing
        the/our/my/these/those/them/wor ladies/lads/gents/oldies/ones/dears/boys/yins/uns/lot
        old ones/boys/dears/yins/uns/girls/dear
        our/my/wor/the lot
        dementia/ld/learning/disability lot/ones/unit/residents/lads/wing
        people/those/ones with dementia/learning/ld/autism/disabilities
        adults/men/women/lads/ladies/gents with dementia/learning/ld/autism/disabilities
        my/me/the last/first/next/lunch/tea/morning/evening/bedtime call/visit
        my/me/the 5am/6am/7am/8am/9am/10am/11am/12pm/1pm/2pm/3pm/4pm/5pm/6pm/7pm/8pm/9pm/10pm/
            11pm call/calls/visit/run
        the people/ones i/we support/care/look
        service users
        our/my/the clients/service/patients/residents
        | pensioners elderly
        fella/lady/man/woman in room/bed/flat
        day centre
        flat/ward/corridor <num>
        old people/patients/folk/dears/boys/fella/man/woman/lady/geezer/boy/uns/yins
        the/these/our elderly
        elderly patients/people/residents
        on my/me/our run/round/calls/list
        some/half/most/all/few/couple of my/me/our calls/visits
        my/me/the <num> call/visit/calls
        my/me tuesday/monday/wednesday/thursday/friday/morning/lunch/lunchtime/teatime/bedtime/
            evening/night/7am/8am/9am/10am call/calls/run/round
        the lady/gent/fella/lad/man/woman/geezer/wumman/wifie/one on/in/at my/me/room/bed/
            flat/bay/number
        lady/gent/fella/lad/man/woman/geezer/wumman/boy/girl in <num>
        down's syndrome
        learning disability/disabilities unit/services/service/ward/lot
        mental health ward/unit
        nursing floor/unit
        top floor/corridor
        dementia floor/unit/residents/ones/lot/wing/patients
        my/our/me/wor <num> oldies/ladies/gents/lads/clients/residents
        in our/my place/home
        auld/old boy/man/wifie/fella/men/women
        half/most/all/some/rest of them/em
        people i/we support/supported/look/care
        | lola lolo lolas
        cleint cleints
        our/my/the service users/user
        supported living
        | lounge ward unit wards units
        the/this/our home
        dining/day room
        residential care
        care home/homes
        older people/folk
        the old
        over 80s/85s/90s
        half/most/all/some/rest of the? floor/unit/ward/lounge/residents/home
        on shift
        at work
        """
    ),
}

LEXICON = Lexicon(CATEGORIES)
READING = Reading(LEXICON)

# Text speak is read word by word, apart from the acts: its own, smaller reading of the same
# sentences.
TEXT_SPEAK_CATEGORIES = {
    # Words that stand for others; "u" and "lol" alone are everyday.
    "text_speak": phrases(
        """
        | any1 every1 some1 sum1 no1 2day 2moro 2morrow 2mrw 2mro 2moz tmrw 2nite 2nyt 2b
        | 2gether gr8 w8 w8ing l8 l8r m8 b4 4eva h8 thx thnx thanx tnx pls plz plzz msg msgs txt
        | tbh imo imho idk btw omg omfg lmao lmfao rofl pmsl brb ppl cud shud wud gud wer wat
        | dat dis wiv luv cu cya coz cuz bcoz bcos ur ya abt bday wen wot sumthin nuthin soz cba
        | ty tyvm fwiw afaik smh ikr nvm obvs prob probs deffo defo wknd
        | nxt wk tbf hmu wuu2 rite wanna gonna gotta omw ngl idc lmk thnks thks wuld cld nite
        | 2moz 2morro 2mora tmoz thru frm wkend
        | dnt knw lyk xtra fone nites amazin
        | tok yall realy sory hapy mayb evrybody evrybdy evry1 luvd luvly lemme gimme dunno tq
        | tqsm bfn wil sed nobdy oppty congrtz congratz chk
        c u/ya/yas
        r u/ne1/any1/ya
        """
    ),
    # Text speak in lower case only: "asap" and "rn", not "ASAP" or an "RN" (a nurse); "hv", not
    # a health visitor; "ne1", not a postcode; "gt", not a car.
    # "yr" and "yrs" for years, "bc" and "cos" for because, and "wtf"; a "BC"
    # date and a "WTF" in capitals (swearing, its own rule) are not.
    "text_speak_lower": phrases("| asap rn fr hv gd dun ne1 gt cu atm tia yr yrs bc cos fyi wtf"),
    # "no" for "know": "any1 no wen the rates start?"
    "text_speak_know": phrases(
        """
        any1/anyone/anybody/some1/sum1/u/ya/dus/every1 no wen/wot/what/when/where/if/how/who/
            whether/the/any/anything/why/which/wat
        """
    ),
    "text_speak_light": phrases("| u lol lols"),
    # Single letters and digits read as words ("me n Dee", "keys r", "thx 2 every1") only
    # between words; "2" and "4" only before the words they stand in front of.
    "text_speak_letter": phrases("| n r b c y k"),
    # "v" for "very" ("thx v much"), not "versus" between names ("England v Wales").
    "text_speak_very": phrases("| v"),
    # A digit for "for" or "to" after a word that asks for one: "looking 4 a job".
    "text_speak_digit_after": phrases(
        """
        looking/searching/asking/thanks/thx/thanx/ready/course/courses/vacancy/grateful/
            recommendations/advice/tips/ideas/apply/applying/applied 4/2
        """
    ),
    "text_speak_digit": phrases(
        """
        2/4 u/you/me/the/all/every1/everyone/us/them/b/be/see/c/go/get/ur/our/my/your/any1/sum1
        2/4 chat/let/know/say/hear/help/ask/meet/cover/ya/him/her/work/do/come
        2/4 swap/info/sort/start/pick/drop/catch/book/check/send/share/join/find/make/take/give/
            anyone/this/that/those/these/go/stay/hear/talk/learn/read/watch/keep/look/tell
        """
    ),
}

TEXT_SPEAK_READING = Reading(Lexicon(TEXT_SPEAK_CATEGORIES))


def dropped_vowels(word: str) -> str:
    """A word as text speak writes it without its vowels: its first letter, then its consonants,
    a doubled one once ("morning" "mrng", "really" "rly", "about" "abt")."""
    kept = word[0]
    for letter in word[1:]:
        if letter not in "aeiou" and letter != kept[-1]:
            kept += letter
    return kept


# Everyday words that phone typing writes without their vowels. Their shapes without vowels
# ("tdy", "trng", "slp", "thnk") are text speak wherever they stand.
_DROPPED_VOWEL_WORDS = word_list(
    """
    today tonight tomorrow morning evening night nights training sleep really think thinking
    thanks thank please good great people message text weekend week next know cant dont didnt
    doesnt not how what with have just about back before because could would should being later
    love loved lovely help need hope happy sorry every everyone everybody everything much
    something someone nothing going doing coming getting feeling friend family again already
    always never still birthday tired meeting manager minute number phone there where which when
    then than that this them from keep looking make making maybe might month perfect probably
    problem question quick right seriously shift sister brother speak talk tell thing things
    though thought through together trying want wanted waiting whatever while without wish
    wonderful yesterday yourself sorted start sometimes lucky happen anyway anything anyone
    definitely different honestly literally check ever can work
    """
)
# Shapes that are words, titles, units or the trade's own abbreviations in their own right:
# "mr", "hr" (an hour, or human resources), "yrs", "sr" (senior), "pl", "hp", "hm", "sm", "thy",
# "ltr" (a litre), "nd" (no date, or a "2 nd" typed apart).
_NOT_DROPPED_VOWELS = word_set(
    """mr hr hrs yr yrs sr pl hp hm sm thy str sd sn tl wl wr bn hl lt lv mk kp sh ths thr shl
    whl mnt thm thn tht wk gd hv ltr nd"""
)
DROPPED_VOWELS = (
    frozenset(
        shape
        for shape in map(dropped_vowels, _DROPPED_VOWEL_WORDS)
        if len(shape) >= 2 and shape not in _DROPPED_VOWEL_WORDS
    )
    - _NOT_DROPPED_VOWELS
)
