"""The regulators pack's words, in categories: what its sentence rules look for together.

Each category is data (see ``core.matchers.sentences`` for the phrase syntax: ``a/b`` offers
alternatives, ``x?`` is optional, ``...`` skips up to three words and ``...+`` up to six, ``<num>``
is a number; a line starting with ``|`` lists one-word phrases). A new way to say "I'm going
public", a new word for a photo or for a workplace is one more line here.
"""

from __future__ import annotations

from ..matchers.sentences import Lexicon, Reading, phrases

CATEGORIES = {
    # --- telling the world instead of the proper channels ---
    "going_public": phrases(
        """
        going/go/went public
        speak/speaking/spoke publicly/out
        name and shame
        | expose exposing
        blow/blowing the whistle ...+ here/facebook/fb/online
        post/posting/putting/put/share/sharing/say/saying this/it here/on/online/everywhere
        post/posting/putting/put/share/sharing this/it everywhere/online/on/here
        posting/putting this/it/it's on/here
        posting here
        putting it out there
        share/sharing this so
        so everyone/everybody/people knows/know/sees/see
        tell/telling/want/wanted everybody/everyone/you/youse/y'all here/lot
        telling you lot
        world sees/see/knows/know/needs/should
        the public heard/hear/know/knows/needs/should/deserves/deserve
        last resort
        what goes on/in/at
        what is? happen/happens/happened/happening in/at/on/to
        i must/have/need/want to? say/tell here
        nobody/no-one/noone ... listens/listening/listen
        nobody/no-one/noone else will
        can't/cannot/cant/won't/wont stay/keep quiet/silent
        not staying/keeping quiet/silent
        let/letting everyone/everybody/people/you see/know
        tell/telling/tellin to? all/everyone/everybody/yous
        in the public interest
        i must/have/need/want to? highlight/expose/share
        deserve/deserves to know/see/hear
        everyone/everybody should see/know
        behind closed doors
        what really happens/goes/happened
        this is what happens/goes
        sharing/posting this publicly/because
        """
    ),
    # Care going wrong, as people describe it.
    "failing": phrases(
        """
        | neglect neglected unsafe dangerous disgrace disgraceful hungry starving ignored abused
        | mistreated sores
        left in/on/with/without/alone/for/sat/sitting/lying
        sat/sitting/lying in ... wet/soiled/own
        wet pads/pad/beds/bed
        pressure sore/sores/area/areas
        at risk
        not/isn't/aren't/never/nobody being? washed/fed/turned/changed/checked/given/getting/get/
            seen/bathed/showered
        hasn't/haven't/hadn't been washed/fed/turned/changed/checked/seen
        without a? drink/drinks/food/meal/meals/water
        miss/missing/missed/misses meals/calls/call/medication/meds/visits/their/his/her
        late/missed medication/meds/calls
        medication/meds/tablets ... late
        locked in
        on trolleys
        waiting ... <num> hours
        for hours
        short staffed/staffing
        staffing levels
        one carer
        broken for
        by hand
        how they treat/treated
        nobody did/does/do anything
        nobody report/reports/reported it
        won't/wont/don't/dont/doesn't escalate/listen/do
        going/gone/went/go without
        wet/soaked/soaking/dirty/soiled bed/beds/sheets/clothes
        | soaked unwashed dehydrated denied
        death trap
        on the floor
        call bell/bells
        nobody/no-one/noone comes/came/answers/answered
        stuck in bed/bed/chairs/chair/their
        basic care/needs
        personal care
        hasn't/hasnt/haven't/havent had his/her/their
        fell/falls/fallen again
        nobody/no-one/noone listens
        """
    ),
    # Where care is given: a care failing there is a concern about care.
    "setting": phrases(
        """
        | ward unit agency placement scheme hospital
        care/nursing/residential home/homes
        the home
        my/our work/place
        at work
        where i work
        """
    ),
    # The writer's own workplace, or the people they support there: a care failing told of it is a
    # concern about care the writer could raise at work.
    "own_workplace": phrases(
        """
        my/our/me placement/unit/ward/agency/home/place/work/service/scheme/floor/wing/company/
            branch/house
        where i work/worked/am
        at work
        our/my/me residents/resident/tenants/clients/client/patients/lady/ladies/gents/lads/fella/
            fellas/service
        the people/person/ladies/lads/residents we/i support/look/care/visit
        """
    ),
    # --- the people supported (their families are theirs: "Mrs Patel's daughter") ---
    "supported": phrases(
        """
        | client clients resident residents patient patients tenant tenants patient's client's
        | resident's mr mrs ms miss
        service user/users/user's
        people/person/lady/ladies/man/men/gentleman/gent/gents/lad/lads/woman/women/girl/girls/
            guy/fella/bloke/chap i/we support/supported/care/visit/look
        one of my/our/the clients/residents/patients/ladies/lads/gents/service/tenants
        one of me clients/residents/lads/ladies/service
        my/our/me lady/gentleman/gent/fella/client/clients/resident/residents/service/patient/
            patients/fave/favourite
        the lady/man/gentleman/gent at/in/on/from/who
        the lady/man/gent's
        family/families/relatives i/we support/supported/care/cared
        vulnerable adults/people/adult/person/children
        """
    ),
    # Friendship and social contact, online or not.
    "contact": phrases(
        """
        friend request/requests
        | friended befriended
        accept/accepted/accepting/added/add/adding/adds ...+ facebook/fb/insta/instagram/
            snapchat/snap/tiktok/whatsapp/twitter
        add/added/adds me
        follow/follows/following ... on insta/instagram/tiktok/twitter/facebook
        on facebook/fb/insta/instagram/snapchat/snap/tiktok
        me/my snapchat/insta/instagram/facebook/whatsapp
        personal number/mobile/phone/email
        my number/mobile
        messages/message/texts/text/send me every/all
        send/sends/sending me message/messages
        keep/kept/stay/remain/remained in touch
        in touch with
        on my/me day/days off
        in my own time
        my own time
        brew/cuppa/coffee/tea/dinner/drink/drinks/pint/meal round/at/with
        round at/to
        came/come/coming round
        invited me
        went to his/her/their home/house/flat/place
        to his/her/their home/house/flat/place for
        the cinema/pub/match/pictures/bingo with
        got/has/have/had me/my number/mobile
        texts/text/messages/message/rings/ring us/me every
        meet/meeting/met regularly/up
        remain/remained/still friends
        friends with
        meal/lunch/dinner/coffee/pint/drink/drinks with
        to the cinema/pub/match/pictures/bingo
        going/gannin/goin to the match/cinema/pub/pictures
        """
    ),
    # --- criticism of colleagues and the employer ---
    "colleague": phrases(
        """
        | manager managers deputy senior seniors coordinator supervisor matron sister boss bosses
        | management colleague colleagues coworker agency employer leadership director
        | nurse nurses carer carers hr office
        registered manager
        team leader/leaders
        nurse in charge
        care coordinator
        office girls/staff
        former employer
        on nights/days/earlies/lates
        """
    ),
    "criticism": phrases(
        """
        | bully bullies bullying rude lazy idle useless incompetent shocking hopeless nasty
        | humiliated humiliates contempt clueless disgrace shambles
        bone idle
        worst nurse/manager/boss/carer/colleague/employer/company/agency
        two faced
        a nasty piece
        picks/picking/picked on
        moans/moaning/moaned about us
        sick of covering
        never does/do her/his/their
        couldn't/couldnt run/organise
        could not run/organise
        on her/his phone
        do all the work
        shout/shouts/shouted at us
        failed/fails/failing its/their/her/his staff
        cannot/can't/wouldn't recommend working
        should be ashamed
        don't/dont/doesn't/doesnt care
        never pay/paid
        | liar liars lying disorganised disorganized toxic cliquey unprofessional favouritism
        is/are/was/were/being/she's/he's/they're a/an absolute/complete/total/right? nightmare/
            joke/cow/witch/snake/jobsworth/clowns/clown/disaster/liability
        a bunch/load of clowns/idiots/cowboys/muppets
        treat/treats/treated ... like servants/slaves/dirt/rubbish/children/kids/muck/robots/
            animals
        blame/blames/blamed us/me/staff
        warn/warning anyone/everyone
        stay away from
        shouted/shouts/screamed/screams/yelled/yells/snapped at me/us
        gives/gave me all the
        cares/care/cared more about
        never there
        ignored/ignores staff/us/our
        """
    ),
    # --- where the writer works: a check-in, a named home, ward or bay ---
    # A check-in names the place for the whole post.
    "checkin": phrases(
        """
        checked/checking/check in at
        | checkin
        """
    ),
    "place": phrases(
        """
        i work at/in/on
        i'm/im working at/in/on
        working at/in
        on shift at/in
        here at the general/royal/infirmary/hospital
        at ward/bay <num>
        in bay/ward <num>
        ward/bay <num> at
        at ... lodge/house/court/manor/hall/infirmary/hospital/general
        at the general/royal/infirmary/queen/queen's/freeman
        another/a night/day/shift/double/late/early at
        doing/done/did a/another? double/shift/night/nights/late/early at
        just finished/started at
        staff room/car park at
        at st/saint
        on nights/days/lates/earlies at
        at ... care/nursing home
        """
    ),
    # A case: a person supported and what is happening to them.
    "case": phrases(
        """
        | residents resident patient patients clients client
        one of our/the residents/patients/clients
        a man/woman/lady on the ward
        we have a man/woman/lady
        the lady/man next
        man/lady/woman/gent/gentleman in bed/room/bay <num>
        a man/woman/lady on our/my/the ward/unit/floor
        bed/room <num>
        """
    ),
    # What only a photo of a person supported, or of their room, shows.
    "their_body_or_room": phrases(
        """
        | bedroom wound wounds bruise bruises bruising sore sores
        pressure area/areas/sore/sores
        room <num>
        """
    ),
    # --- photos of the people supported ---
    "photo": phrases(
        """
        | photo photos picture pictures pic pics selfie selfies video videos snapped snap
        | pictured photographed
        took/taken/take/make/made a? photo/picture/pic/video
        """
    ),
    # Advice and asking in general: "If you're worried...", "Never share photos of residents".
    "general": phrases(
        """
        if you're/you/youre/your
        your client/clients/resident/residents/patient/patients/service/lady/gentleman/gent/man
        please don't/dont
        please do not
        never share/post/accept/add
        i never
        it's/its best not
        best not
        won't protect
        consent form/policy
        """
    ),
}

LEXICON = Lexicon(CATEGORIES)
READING = Reading(LEXICON)
# A second reading of the same words, whose act is a care failing, for a failing told in another
# sentence than the one going public ("Name and shame time. The home left her with a pressure
# sore."): failings are everyday words in care drafts, so this reading runs only on drafts where
# a word of going public stands (``Said.only_with``).
FAILING_READING = Reading(LEXICON)
