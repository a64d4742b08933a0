"""The peer support pack's words, in categories: what its sentence rules look for together.

Phrase syntax: see ``core.matchers.sentences`` (``a/b`` alternatives, ``x?`` optional, ``...``
up to three words, ``...+`` up to six, ``<num>`` a number; ``|`` starts a list of one-word
phrases; a line ending in ``/`` goes on over the next).
"""

from __future__ import annotations

from ..matchers import word_set
from ..matchers.sentences import Lexicon, Reading, phrases

_NOBODY = "nobody/nobody's/noone/no-one/nobodys"
_REPLY = (
    "reply/replies/replied/replying/answer/answers/answered/answering/respond/responded/help/"
    "helps/helped/helping/care/cares/bothered/around/comment/commented/remember/remembers/spare/"
    "respect/respects/pick/picked/picks/covered"
)

CATEGORIES = {
    # --- guilt-tripping the group ---
    "sarcastic_thanks": phrases(
        """
        thanks/cheers for the overwhelming
        to those of you who/that actually? bothered
        to the few who/that actually? bothered
        really felt/feeling/feel/feelin the love
        """
    ),
    # Thanks taken back in the same breath, for nothing or with "oh wait": a guilt trip however
    # warmly it opens ("thank you so much for nothing"), which thanks meant cannot switch off.
    "thanks_undone": phrases(
        """
        thanks/thank/cheers/ta for nothing
        thanks/thank/cheers/ta for absolutely/precisely/literally/exactly nothing/nowt/nada
        thanks/cheers a lot for nothing
        thanks for all the help ... not
        thanks/cheers/ta for nowt/nout/nuthin/nothin/nada
        thanks/thank/cheers/ta you? very/so much/lot for nothing/nowt/nout/nada/nuthin/nothin
        thanks/thank/cheers/ta ...+ oh wait
        """
    ),
    # Thanks aimed at some of the group ("thank you so much to the eleven people who..."), and
    # what they did not do ("...and didn't say a word"): thanks to those who did nothing.
    "thanks_to_those": phrases(
        """
        thanks/thank/cheers/ta ...+ to/for everyone/everybody/all/those/the ... who/that
        """
    ),
    "did_nothing": phrases(
        """
        didn't/didnt/never say/said a/one word
        did not say a/one word
        didn't/didnt/never lift/lifted a finger
        did not lift a finger
        didn't/didnt/never bother/bothered to
        did not bother to
        and said/did nothing/nowt
        scrolled/scrolling past
        left me on read
        """
    ),
    "group_failing": phrases(
        """
        some support group/network/community this is
        call this a support/supportive group
        call yourselves/yourself a support group/network
        so much for a/the? support/supportive group/network/carers/community
        so much for support
        not/none one? of you/u could/can/would/even be? bothered
        funny how quick/fast/keen you/everyone
        funny how everyone's/everybody's/everyones/everybodys quick/fast/keen
        not like anyone/anybody/anyone's/anybody's ... cares/care/bothered/gives
        post/posted/posting/ask/asked/asking/need/needed ... tumbleweed/crickets
        so much for carers/people supporting/helping
        what a supportive/helpful group/lot
        some friends you/yous/ye are
        lovely/great/brilliant/fab/fantastic/wonderful/some/nice/helpful group/bunch this/that
        what's/whats the point of this/the group
        what's/whats the point of being in a/this/the group
        this group's/groups a joke
        this group is a joke
        shame on this/the group/chat
        shame on the/all/everyone/everybody/those ... who
        read/seen/saw this/it and said/did nothing
        read/seen/saw my post/question and said/did nothing
        never felt so let down
        let down by this/the group/chat/team/you
        don't/dont know why i bother
        so much for peer support
        sick of this group
        don't/dont all rush
        oh wait there weren't/wasn't/werent/wasnt any
        disappointed/disappointing in you/u/yous/ye/this/everyone/everybody/the/all
        ask/asked/asking for help/advice/support ...+ got/get/getting ignored/tumbleweed/crickets
        and got/get ignored
        it's/its/is tumbleweed
        you/yous/ye/u/lot can't/cant/couldn't/couldnt/cannae even? be bothered
        how selfish
        selfish/ungrateful people/folk/lot ... in here
        i'd/i/would have thought a/this/the ...+ group/network/chat would
        i/i'd thought this/the group/network/chat/team was/were meant/supposed
        thought this was a support/supportive group/network/community
        wouldn't/wouldnt piss on me
        waste of space/time this group/chat
        this group/chat is a waste
        ask/asking/talk/talking/tell/telling a/to/the? brick wall
        far/too busy to help/reply/answer/respond ... fellow/me
        """
    ),
    "keeping_score": phrases(
        """
        i'll/ill remember this/that
        i will remember this/that
        remember this/that when you/u/yous/ye/una/unu lot? need/needs/want/wants/ask/asks
        remember this/that when you're/youre/ur/yer stuck/short/desperate/asking/needing
        remember this/that when you/u are stuck/short/desperate/asking/needing
        after all i've/ive done for
        after everything i've/ive done
        when i need it/help/something nobody/nobody's/noone/no-one
        i'll/ill remember every/each/all ...+ who
        i will remember every/each/all ...+ who
        i'll/ill remember who
        i will remember who
        noted who
        noting/noted it/this/that for when/next
        seen who read/saw/looked
        don't/dont bother asking me
        next time you're/youre/ur/you stuck/need
        never there when i need/needed
        quick/fast/keen enough to ask
        remember this/that next time
        guess i'll/ill just? cope/manage/do/sort/figure/work
        guess i will just? cope/manage/do/sort/figure/work
        i'm/im not important
        i am not important
        won't/wont bother asking/posting ... again
        after everything/all i have done
        good to know who you/i/we can rely/count on
        this is how you/u repay
        this is how you/u people repay
        will not bother asking/posting ... again
        i'll/ill just do it all? myself
        i'll/ill just? do/dae/dee it all? myself/masel/meself/mysel/mysen again
        i will just? do it all? myself again
        when i finally? need/needed/ask/asked ... silence/tumbleweed/crickets
        i'm/im invisible
        not interesting/important enough for you/u/yous
        nice/good/great/glad to know who your/my/me friends/mates are
        nice/good/great/glad to know who your/my/me friends/mates ... are
        guess/suppose i'll/ill just? sit/muddle
        won't/wont make that mistake again
        when your/ur/yours own? problem/problems/turn/time come/comes
        i'll/ill also? keep quiet
        i will also? keep quiet
        struggle/soldier/plod on like always/usual/normal
        i'll/ill just struggle/soldier/plod on
        i will just struggle/soldier/plod on
        """
    ),
    # What the writer will remember, or who sees it, said where the group's silence is too: "I
    # won't forget this", "God is watching" (not "I won't forget your kindness").
    "vow": phrases(
        """
        won't/wont/nah/never forget it/this/that/dis
        will not forget it/that
        shall not forget it/this/that
        remember who helped/could/couldn't/didn't/did/answered/ignored
        remember that/this when you/yous/ye/u/allyuh/unu need
        i'll/ill bear/keep that/this in mind when
        i'll/ill mind that/this
        god is/sees watching/everything/all
        god's/gods watching
        on all of you/yous/ye who
        hope you/yous/ye all? sleep well
        you/yous/ye lot will be the first to
        you'll/youll need help/us/me ... one/some day/days
        you will need help/us/me ... one/some day/days
        """
    ),
    # The writer's own vow to remember, in the first person ("I won't forget this", "I'll
    # remember who", "keeping a careful note of which colleagues"), or the reader told to remember
    # who helped them: not "remember this when you need the tablets crushed", said as advice.
    "own_vow": phrases(
        """
        i/i'll/ill/will/shall/won't/wont/nah/never/not forget/forgetting
        i'll/ill/i'm/im/will/shall/gonna/to remember/mind/note
        i will/shall/'ll/ll be keeping/noting
        remember/remembering/note/noting/noted who/which
        keep/keeping/kept a? careful/mental/close/full? note/notes/track/tally/list/record of who/
            which
        """
    ),
    # The reader's own need to come, held up beside a vow: "next time one of you needs a favour",
    # "when una need help", "when you're stuck for a Christmas cover".
    "your_turn_later": phrases(
        """
        next time you/u/yous/ye/una/unu/allyuh/one ... need/needs/needing/want/wants/ask/asks/
            asking/post/posts/are/'re/re/stuck
        when/whenever you/u/yous/ye/yer/una/unu/allyuh/one ... need/needs/needing/want/wants/
            ask/asks/asking/come/comes/stuck
        when/whenever you're/youre/yer're/ur stuck/desperate/short/asking/needing
        when you are stuck/desperate/short/asking/needing
        """
    ),
    # The writer's help withheld in return: "I will also be busy", "don't ask me", "won't be
    # covering for any of you again", "I certainly will" (remember).
    "tit_for_tat": phrases(
        """
        i/i'll/ill/will/me/mi also/too? be busy/quiet/unavailable/deaf/blind
        i/me/mi will also/too be
        don't/dont ask/call/message/ring me
        do not ask/call/message/ring me
        won't/wont be covering/helping/answering/swapping/doing
        will not be covering/helping/answering/swapping/doing
        not covering/helping/swapping for any/none
        i certainly/definitely will
        """
    ),
    # The other side of a vow to remember: "and who wasn't", "and which chose silence".
    "who_not": phrases(
        """
        and who/which wasn't/weren't/didn't/wasnt/werent/didnt/couldn't/couldnt/never/ignored
        and who/which was/were/did/could not
        who/which chose/choose/chooses silence
        who/which chose/decided not to
        and who/which did/said nothing/nowt
        """
    ),
    # A day the writer can be helped no more: "now I need, and silence".
    "now_nothing": phrases(
        """
        now i/mi need ... silence/nothing/nobody
        the one time i/mi need/needed/ask/asked
        today i/mi ask/need
        everyone/everybody is/was/'s quiet
        everyone/everybody is/was/'s busy
        everyone's/everybody's busy
        gone/went/all quiet
        and silence
        helped/answered by nobody/noone
        helped/answered by no one
        scrolled/scrolling/scroll past
        just scrolling
        """
    ),
    "nobody_helps": phrases(
        f"""
        {_NOBODY} ... {_REPLY}
        no one ... {_REPLY}
        not one reply/response/answer/comment/person/word/member
        not a single reply/response/answer/comment/person/word/member
        not one of you
        no replies/response/answers/help
        nobody/noone help/reply/answer/care
        receive/receives/received/receiving/meets/met/gets/got silence
        get/gets/got/getting zero/no thanks/thank/help/replies
        """
    ),
    "nobody": phrases(
        """
        | nobody nobody's noone no-one nobodys
        no one
        not one/a
        none of you/u
        so/very few
        hardly/barely anyone/anybody/any
        """
    ),
    "disappointment": phrases(
        """
        | disappointed disappointing disappointment shameful typical
        shame on you/u/this
        funny how
        quick to ask
        manage/cope on my own
        do it on my own
        do it myself
        like i always do
        i always help/reply/answer
        <num> views/people/seen
        read/seen/saw my question/post/message
        many/loads/lots of people read/seen/saw/viewed
        says/tells it all
        not impressed
        less than impressed
        would/i'd/id/we'd have expected/hoped/thought
        i/we had hoped
        """
    ),
    # The writer's own help to the group, set against its silence now.
    "i_helped": phrases(
        """
        i/i've/ive/ah have? helped/covered/prayed/supported/answered/replied ...+ you/yous/everyone/
            everybody/all/many/so/every
        i/i've/ive/ah have? mentored/championed/coached/trained/backed/carried/guided/drove/
            driven/listened ...+ you/yous/everyone/everybody/all/many/so/every/half/several
        all the help/support/time/shifts/cover/advice i/i've/ive/mi give/gave/given/offer/offered/
            do/did/done/put
        after all the times i/i've/ive
        i always say yes
        i always help/helped/reply/replied/cover/covered/answer/answered
        always the first to help
        when you all/yous needed
        when you/yous/unu/ye/u lot? need/needed ...+ i/mi am/was/always/deh
        i have given ...+ this group/team/chat
        i've/ive given ...+ this group/team/chat
        i/i've/ive have? helped/supported ... this/the group/network/team/chat
        i gave my weekend/weekends/time/day/days
        some of us give/gave/giving up our
        i give/gave/giving my/up my time/sundays/weekends/evenings/nights/hours
        i give and give
        i've/ive given hours/years/time
        i have given hours/years/time
        i/mi come/came always
        i'm/im the one who brought/covered/helped/drove/answered/cooked
        i am the one who brought/covered/helped/drove/answered/cooked
        i help/helped everybody/everyone/all ... when
        """
    ),
    # The writer's one ask, now, after all they gave: "now I ask for one small thing", "when I
    # finally ask for a simple recommendation", "first time I ask".
    "ask_now": phrases(
        """
        now/today/finally/first/one i/mi ask/asked/need/needed
        time i/mi ask/asked
        i/mi ask/asked/need/needed one/a/for small/simple/little/tiny/one
        i/mi asked/ask one question/thing/favour
        """
    ),
    # What came back from the group: "nobody is there", "you are all too busy", "I get silence",
    # "nothing back".
    "nothing_back": phrases(
        """
        nobody/noone/no-one is/was/were there/around
        nobody/noone/no-one sees/saw/came/come/talk/talks
        no one is/was there/around
        get/got/getting/i nothing/silence/nowt
        you/yous/una/ye are/'re all? too/so busy
        you're/youre/ur all? too/so busy
        everybody/everyone sleeping
        leave/left me alone/hanging
        nothing/nowt back
        """
    ),
    # The writer waving away their own need in sarcasm: "don't mind me", "don't worry about me",
    # "it's not like I have a life". A guilt trip beside the writer left alone
    # again, "as always", or sarcasm ("apparently").
    "mind_me": phrases(
        """
        don't/dont/never mind me
        do not mind me
        don't/dont worry/fret about me
        do not worry/fret about me
        nobody/noone/no-one should/needs/will worry/worries/care/cares about me
        not like i/i've have/got a/any life/kids/family/weekend
        """
    ),
    # The writer left alone with it again: "I'll just sit here on my own then", "I'll do it on my
    # own like always", "guess I'm on my own".
    "alone_again": phrases(
        """
        on my/me/mi own again/then/like/as/again
        i'm/im on my/me own
        i am on my/me own
        by myself/mysel/meself again/then
        myself again/then
        alone again/then/like
        """
    ),
    "sarcasm_marker": phrases(
        """
        | apparently clearly obviously shock shocker
        surprise surprise
        """
    ),
    # Self-pity that leaves the group to feel it: "it's ok, I understand", "I'll do it alone".
    "self_pity": phrases(
        """
        i understand
        it is well
        it's/its/is ok/okay/fine
        like always/usual
        as usual/always
        | anyway
        on my own
        do it alone
        alone again
        myself like always/usual
        not important to/for
        """
    ),
    # The writer taking it on alone, and "as always" beside it: "I'll just sort it on my own like
    # always" leaves the group to feel it; "I'll sort it myself tomorrow" alone does not.
    "doing_alone": phrases(
        """
        i'll/ill just? sort/manage/cope/deal/struggle/muddle/sit/soldier/plod/crack/work
        i will just? sort/manage/cope/deal/struggle/muddle/sit/soldier/plod/crack/work
        """
    ),
    "as_always": phrases(
        """
        like always/usual/normal
        like/as i always do/does/have/did
        i always do
        same as always/usual/ever
        as usual/always
        """
    ),
    # Envy said in sarcasm: "must be nice having time to scroll", "alright for some".
    "envy": phrases(
        """
        must be nice/lovely
        must be nice/lovely to/having/being
        alright/nice/lovely/ok for some
        all right for some
        """
    ),
    # The writer's own load set against the reader's: "some of us are holding this team
    # together", "wouldn't know", "not all of us".
    "some_of_us": phrases(
        """
        some of us are/were still? working/holding/doing/stuck/covering/running/left/trying/
            carrying/juggling/grafting/drowning/sinking/struggling/dying/breaking/rushed/run
        some of us have/'ve/ve/had got? to work
        some of us have/'ve/ve/had been/done/covered/worked/carried
        some of us haven't/havent slept/had/seen/been
        some of us have not slept/had/seen/been
        some of us actually/still/do work/graft/cover/care
        wouldn't/wouldnt know
        would not know
        not all of us
        """
    ),
    # A sacrifice announced in resignation: "I'll just miss my daughter's nativity then".
    "resigned": phrases(
        """
        i'll/ill just ...+ then
        i will just ...+ then
        guess i'll/ill just/have
        """
    ),
    # The group as the one that failed: "in here", "this network", "any of you".
    "group_ref": phrases(
        """
        in here
        this group/network/chat/team/page/forum
        our group/network/chat/page/forum
        of you/u/yous
        <num> members/people/followers/connections and
        """
    ),
    # "Nobody has to reply": no blame.
    "no_obligation": phrases(
        """
        nobody/noone/no-one has/needs/need/have to
        no one has/needs/need/have to
        no need to reply/answer/respond
        don't/dont have to reply/answer/respond
        sorry nobody/nobody's/noone/nobodys
        sorry no one/one's
        which is fine
        nothing wrong with
        bump away
        """
    ),
    # The group's eagerness for something else: "a meme gets 200 comments", "everyone's so quick to
    # like a photo", "you'd all reply if it was the admins asking". Kind on its own; a guilt trip
    # beside the group's silence, or the writer's need met by it.
    # The group said to answer others at once, or to have plenty to say for someone else: "you all
    # answered Karen in five minutes", "you all had plenty to say when Sharon needed help", "you'd
    # all be falling over yourselves". A reproach to the group for its silence now.
    "others_favoured": phrases(
        """
        had plenty/lots/loads/heaps to say when/for
        falling/fall/fell over yourselves/yerselves/yersels/themselves
        all answered/replied/responded/helped/jumped ...+ in <num> minutes/mins/seconds/secs
        all answered/replied/responded/helped ...+ in one/two/five/ten/a/few minutes/mins/seconds
        """
    ),
    "eager_elsewhere": phrases(
        """
        quick/fast/keen to like/post/comment/share/react/jump/ask/moan
        how quick/fast/keen
        so quick/fast/keen/chatty when/to
        get/gets/got/getting <num> comments/likes/reactions
        plenty of/loads of/lots of likes/comments/reactions
        likes on the
        you/yous/ye/u/una would/'d all reply/answer/jump/be/come/respond
        you'd/youd all reply/answer/jump/be/come/respond
        all be falling over
        when it's/its your/ur problem/turn
        when they want/need cover/something/help/a
        you all answered/replied/responded
        """
    ),
    # The writer's own need, or someone's, met by the group: "when I need help", "until someone
    # actually needs something", "the moment I ask", "when it's mine".
    "my_turn": phrases(
        """
        when i/someone/somebody actually? need/needs/needed/ask/asks/asked
        when it's/its my turn/mine
        when it is my turn
        until you/someone/somebody actually? need/needs/ask/asks
        the moment i ask/need/asked/needed
        when i'm/im the one
        ask/asking for help/a/something/advice
        """
    ),
    # The group fallen silent: "it's tumbleweed", "you all disappear", "zero replies".
    "gone_quiet": phrases(
        """
        | tumbleweed crickets disappear disappears vanish vanishes
        zero replies/comments/answers/responses
        goes/go/went/gone/becomes/become quiet
        everyone/everybody is/'s busy
        everyone's/everybody's busy
        get/gets/got/getting nothing/nowt/zero
        nobody's/nobodys/nobody/noone got/has/have ... minute/minutes/time/second/seconds
        me nobody
        """
    ),
    # Thanks meant: "what a lovely group this is, thank you all".
    "grateful": phrases(
        """
        thank you/u all/so/everyone/everybody/guys/lovely/ladies
        thanks so/everyone/everybody/guys/ladies/all
        so grateful
        means/meant a lot
        the best one/group/thing
        want/wanted/wanna to? say what a
        just to say what a
        owe you/u/yer/ya/ye/yous one/a
        well done
        expect/expected nothing less
        """
    ),
    # A memory kept fondly: "I'll remember this Christmas forever", "I'll always remember her
    # birthday" (not a Christmas Day or a birthday spent alone, which a guilt trip may hold up).
    "fond": phrases(
        """
        | fondly forever
        remember/remembering/remembered this/that/her/his/their/mum's/dad's/nan's christmas/
            birthday/birthdays
        """
    ),
    # Services, not the group: "nobody from the council has helped" is a fair complaint.
    "services": phrases(
        """
        | council gp surgery hospital dwp nhs agency pharmacy ot ward payroll hr school
        | council's councils councillor councillors mp ombudsman cqc
        | payslip bank maintenance acas tribunal solicitor union employer
        | printer printers laptop computer wifi kettle boiler
        | order delivery courier parcel supplier suppliers amazon
        social services/worker/workers
        care home/company/agency
        """
    ),
    # --- chasing, in the writer's own words ---
    "counting_asks": phrases(
        """
        i/i've/ive/we/we've/i'm/im/have ... asked/ask/asking/askin/messaged/message/posted/post/
            written/write/wrote/called/call/rang/texted/tagged/sent/emailed/chased/
            mentioned ...+ <num> times
        asked/asking/posted/posting/messaged/bumped/bumping/shared/put this/it/that ... <num> times
        my second/third/fourth/fifth/sixth/seventh/umpteenth/nth/2nd/3rd/4th/5th/6th/7th/8th/9th/
            10th message/bump/reminder/attempt/chase
        <num> bump/bumps
        <num> voice/voicemails/reminders/bumps note? now/already
        <num> time posting/asking/askin/bumping/messaging/chasing
        bumping/bump again
        following up/chasing for the <num> time
        following up ... for the <num> time
        rang/rung/called/texted/messaged you/u/ye ... <num> times
        bumping/asking/askin/posting/messaging for the <num> time
        bumping/asking/posting/messaging/sending/trying for the second/third/fourth/fifth time
        following/chasing up ... for the second/third/fourth/fifth time
        bumping/asking/posting/messaging/sending/trying for the sixth/seventh/eighth time
        following/chasing up ... for the sixth/seventh/eighth time
        bumping/asking/posting/messaging/sending/trying for the ninth/tenth/umpteenth/nth time
        following/chasing up ... for the ninth/tenth/umpteenth/nth time
        keep/keeping posting/sending/asking/bumping/typing/tagging/messaging/texting ...+ until/
            till/til
        not going/goin away till/until/til
        how many times ...+ ask/asking/post/posting this/it/again/that
        reminder number <num>
        i send/sent/post/posted/ask/asked/message/messaged ...+ <num> time/times now
        is/my <num> time i post/posted/ask/asked/message/messaged/send/sent
        been/i/i've/ive/am asking/askin/chasing since/all
        keep/keeping bumping/asking/posting/tagging until/till/til
        day <num> of/and no/still/nothing
        tagging/tag everyone/you/all again
        write/writing/messaging/posting here/in/this since/all
        messaging/asking/writing/posting/texting/calling again and again
        second/third/fourth/fifth/2nd/3rd/4th/5th/sixth/6th time askin/asking/of/i've/ive/now
        i ask/asked ...+ again
        asked/posted/messaged ...+ it's/its now
        asked/posted/messaged in here every/each day/morning/night/shift
        asking/askin again
        chasing/chasin that/my/this question/post/message
        posted/asked/messaged/put it yesterday and the day before
        i/i've/ive/we/we've/have ... asked/ask/asking/messaged/posted/post/texted/tagged/emailed/
            chased/called/rang ...+ twice
        asked/asking/askin/posted/posting/messaged/bumped/tagged ...+ <num> times now
        <num> messages/texts/posts/reminders/bumps/pings now
        second/third/fourth/fifth/2nd/3rd/4th/5th/sixth/6th time i'm/im/i/i've/ive asking/askin/
            asked/posted/posting
        asked/ask/asking/posted/post/messaged/message/following/bumped ...+ yesterday/monday/
            tuesday/wednesday/thursday/friday/saturday/sunday/morning/night ... and this/today/
            now/tonight
        ask/asked/post/posted/message/messaged ... yesterday and the day before
        """
    ),
    # Someone else doing the asking ("Mum's asked for Dad four times now", "he keeps asking"): a
    # count of a person's asking reported, not the writer chasing the group.
    "others_asking": phrases(
        """
        he/she/they/mum/dad/mam/nan/gran/grandad/resident/patient/husband/wife/son/daughter/he's/
            she's/hes/shes/they've/theyve/mum's/mums/dad's/dads/residents/patients/families/
            relatives ... asked/asking/ask/asks/rang/called/messaged/posted
        """
    ),
    "seen_online": phrases(
        """
        i know you're/youre/ur/u're/ye're/yer/yous're/youse online/there/reading/seeing
        i know you/u are/r online/there/reading
        i know you're/youre/ur all online/there/reading
        i know you/u all/have/ve seen/read
        i know you've/youve all? seen/read
        i can see you're/youre/you/u online/read/seen/are
        i can see the ticks
        blue ticks
        seen/read it and not/never/didn't/didnt/haven't/havent/no
        you've/youve all/both seen/read it
        you have all/both seen/read it
        i can see you've/youve all? liked/posted/read/been
        i can see you have all? liked/posted/read/been
        seen/see you/u online
        <num> of you/u have/'ve/ve looked/read/seen/viewed
        you've/youve read/seen it
        you/u have read/seen it
        you're/youre all online
        you are all online
        seen by <num>
        <num> views/reads and <num>
        <num> views/reads and no/zero/nothing/not
        you've/youve/you all? been online
        everyone's/everybody's/everyones/your/ur/yer last seen
        i/we see everyone/everybody/yous/unu/you/u ... read/online/seen/reading
        i can see everyone/everybody/yous/unu ... read/online/seen/reading
        seen/viewed/read by many/most/loads/lots/everyone/everybody/all
        <num> of you/u saw/read/viewed/seen/looked/opened
        read receipts
        i know you're/youre/ur/you/u/ye/yous all/both on/here/active/awake/about/around/up
        you/u/ye/yous were/was all? posting/liking/commenting/online/active/sharing ...+ ago
        you've/youve been liking/posting/commenting/sharing ...+ all day/evening/night/morning
        """
    ),
    "demand_reply": phrases(
        """
        answer/reply/respond/reply/answr/rply me
        please/pls/plz reply/answer/respond me
        waiting your/ur reply/answer/response
        waiting for your/ur reply/answer/response
        why/y nobody/noone/no-one/nobody's/nobodys answer/reply/respond/tell/help/care/
            answering/replying
        why no one answer/reply/respond/tell/help/care/answering/replying
        why you/u not answer/reply/respond/answering/replying
        not answering/answered my calls/messages/texts/phone
        the decency to answer/reply/respond
        ignoring me
        ignoring this/my post/question/message
        left/leaving/leave me on read
        need/want an answer/reply/response today/tonight/now/asap/urgently
        please/pls/plz/kindly somebody/someone/anybody/anyone/onybody answer/reply/respond/rply
        somebody/someone/anybody/onybody answer/reply/respond/rply/answr fur/for/me/now/please/pls
        kindly all? please? reply/answer/respond
        answer/pick up your/ur/yer phone
        i am begging ... reply/answer
        just tell/need/want me? a? yes or no
        revert asap/urgently/immediately/today/now
        waiting since ...+ for/your/ur reply/answer/response/revert
        """
    ),
    "one_by_one": phrases(
        """
        each/every/all/half of you separately/personally/individually/privately
        messaged/texted/called/asked ... each of you
        messaged/texted/called/rang/rung/asked/sent/write/wrote/message ...+ one by/at one/a time
        messaged/texted/called/rang/rung/asked/write/wrote/message ...+ every/each one? o/of yous/
            ye/you
        messaged/texted/called/rang/rung/asked/emailed ... all three/two/four of you
        pinged/tagged/dm'd/dmd/inboxed/messaged/texted ...+ every/each single? one of/o you/ya/
            yous/ye
        messaged/texted/pinged/tagged/dm'd/dmd/inboxed several/many/some/half/all/three/four/
            ten of you directly/privately/separately/individually
        """
    ),
    # The whole group tagged ("tagging everyone who's commented"): chasing beside a demand to
    # answer.
    "tag_all": phrases(
        """
        tagging/tagged/tag everyone/everybody/all/every
        i tagged
        """
    ),
    # The group tagged for being online, for reading or commenting, or for not answering
    # ("tagging everyone who was online an hour ago", "everyone who hasn't answered my poll"):
    # picked out to be made to answer, not tagged in a photo or for news.
    "tag_who": phrases(
        """
        tagging/tagged/tag everyone/everybody/all who/that was/were/is/are online/on/active/around
        tagging/tagged/tag everyone/everybody/all who's/whos online/on/active/around
        tagging/tagged/tag everyone/everybody/all who/that hasn't/haven't/didn't/hasnt/havent/didnt
        tagging/tagged/tag everyone/everybody/all who/that has/have/did not
        tagging/tagged everyone/everybody/all who/that/who's/whos ... commented/replied/seen/read
        """
    ),
    # The clock held up to the group ("tick tock"), said where the writer is still waiting.
    "clock_ticking": phrases(
        """
        tick/tik tock/tok
        clock is/'s ticking
        clock's/clocks ticking
        """
    ),
    # The hours or days counted since the question: "14 hours since I posted".
    "time_since_asking": phrases(
        """
        <num> hours/hrs/days/weeks since i/i've/ive/we posted/asked/messaged/put/sent
        <num> hours/hrs/days and counting
        """
    ),
    "waiting_still": phrases(
        """
        still waiting/nothing
        still no reply/replies/answer/answers/word/response
        waiting since
        """
    ),
    # Getting in touch, said twice in a sentence: "I've called Tunde, I've called Grace", "I've
    # texted you, WhatsApped you and left a voicemail".
    "contact_twice": phrases(
        """
        called/rang/rung/texted/messaged/message/emailed/whatsapped/phoned/tagged/write/wrote/
            voice-noted ...+ called/rang/rung/texted/messaged/message/emailed/whatsapped/phoned/
            tagged/write/wrote/voice-noted/voicemail/voicemails
        """
    ),
    # Letting people off: "no worries if nobody knows".
    "letting_off": phrases(
        """
        no worries/worry/pressure/rush/problem/bother
        not urgent
        tomorrow is/tmrw/tomorrows fine
        when/whenever you get/have a chance/minute/moment
        in your own time
        if anyone/anybody/someone knows
        if nobody/noone knows/has/has/'s
        if nobody's/nobodys been/got/had
        sorry to bump/ask
        that's/thats/totally/completely fine
        no stress
        when/if you have/get time
        in case anyone/anybody/someone/somebody
        understand if not
        in case it/you/u missed/was/got
        sorry for/to repeat/repeating
        sorry for the repeat
        if nobody/noone know/knw
        no wahala
        if no/not it's/its/is ok/okay/fine
        found it/them/out now/already
        sorted now
        you/u can come back any/anytime/whenever
        you/u can always come back
        """
    ),
    # The writer turning to another source, as the guide advises: "I'll ask the council",
    # "I will ask my manager tomorrow", "I'll try the library".
    "going_elsewhere": phrases(
        """
        i'll/ill/will/gonna/i'd/id ask/try/ring/call/phone/email/contact/check the/my/in/at/our/
            with/her/his/their/at
        i will/shall ask/try/ring/call/phone/email/contact/check the/my/in/at/our/with/her/his/
            their
        going to ask/try/ring/call/phone/email/contact the/my/in/at/our/with
        """
    ),
    # --- pressing peers to disclose, and telling them to leave ---
    "pressing_to_disclose": phrases(
        """
        need/have/ought/got/should/must to? share/tell/post/say/open/spill ...+ here/us/group/
            story/everyone
        why won't/wont/can't/cant you/u say/tell/share/post/open
        come/go on tell/share/spill/say
        come on then
        go on spill
        name and shame
        you can tell us/me
        say/tell us who/which it was
        which home/carer/agency/company/manager was it
        | spill
        not got the guts
        be specific
        what are you/u hiding
        no secrets here/in
        tell us/me ...+ diagnosis/happened/really/actually/exactly/which/who/name/names
        don't/dont be shy
        spit it out
        names and all
        name the home/agency/manager/nurse/carer/hospital/company/ward/school/provider/service/
            resident/patient/setting/organisation/place
        dm/pm/inbox/message me the/their/his/her name/names
        leave us hanging
        till/until you/u tell
        only fair you/u tell/share/say
        owe/owes us/me/everyone an update/explanation
        just say it/so
        just say/tell/spill us? what/who/which it is/was
        if you/u won't/wont/don't/dont tell/say/share/post us/me/the/everyone
        how are/can we supposed/meant to help if you/u
        name their/your/his/her employer/employers/home/agency/manager/company/trust/workplace/
            hospital/ward/boss
        share/tell to/with us ... so
        more help if you/u say/tell/share
        tell us in/on the? group/chat
        you can't/cant/cannae just say
        share/post/show/screenshot the/your actual? letter/email/report/assessment/notes/message/
            text ... so we/i can
        """
    ),
    # The reader reproached for holding back, in the writer's own words: "you can't post half a
    # story and not tell us", "ye cannae just say he's no weel and leave it", "you keep hinting",
    # "if you won't say where you work".
    "withholding_reproach": phrases(
        """
        can't/cant/cannae/cannit/cannot/canna ...+ and not/no/nae/then? tell/say/share us/me/wor/
            what/whit/anything/owt/everything
        can't/cant/cannae/cannit/cannot/canna ...+ and then? go/goes quiet
        can't/cant/cannae/cannit/cannot/canna just? say/post/write ...+ and leave it/that
        keep/keeps/keeping hinting/hintin
        you/u/ye hinted
        if you/u/ye won't/wont say/tell/share/name/post
        if you/u/ye will not say/tell/share/name/post
        if you/u/ye refuse to say/tell/share/name/post
        can't/cant/cannot expect help/advice/answers/sympathy/support/replies
        otherwise how we/can/will
        or we can't/cant/cannot/cannae help/advise
        the details or we
        """
    ),
    # An assurance offered to get the reader to tell ("we won't say anything", "we're all friends
    # here", "we are your family"): pressing beside a demand to tell or a question for details.
    "trust_appeal": phrases(
        """
        we/we'll/well won't/wont/never say/tell/repeat/breathe anything/owt/a/anyone/nobody/it
        we will not say/tell/repeat/breathe anything/owt/a/anyone/nobody/it
        we're/were all friends/family/mates/sisters here/in
        we are all friends/family/mates/sisters here/in
        we're/were/are your/ur family/team/friends/sisters/people
        you/u can trust us/me/everyone
        it'll/itll/will/it stays/stay in/between the/this/us group/chat/here/ourselves
        """
    ),
    # A demand to tell what, why or who: "tell us what's wrong", "just say why".
    "tell_what": phrases(
        """
        tell/say/spill us/me/wor/everyone/everybody ... what/why/who/which/where/whit/wetin/
            what's/whats/wot
        tell/say/spill what/why/who/which/whit/wetin/what's/whats
        """
    ),
    # A question for what the reader keeps private: a diagnosis, what went wrong, why they were
    # sacked, which resident or ward. Pressing beside egging on in the same breath ("go on, what's
    # his diagnosis then?").
    "private_question": phrases(
        """
        what's/whats/wots your/his/her/yer/ur/ya ...+ diagnosis/wrong/problem/illness
        what is your/his/her/yer/ur ...+ diagnosis/wrong/problem/illness
        what's/whats wrong with
        what meds/medication/medicine/medicines/tablets
        why did/were/was they/you/u/ye ... sack/sacked/suspend/suspended/arrested/dismissed
        sacked/suspended/arrested/dismissed/reported for
        which resident/ward/hospital/home/provider/staff/nurse/patient/client/manager
        which of your/ur staff/residents/patients/clients/colleagues
        """
    ),
    # Egging the reader on: "go on then", "come on", "c'mon", "spill".
    "egging_on": phrases(
        """
        go on then
        | c'mon cmon spill howay
        come on/oan
        """
    ),
    # A guess at what the reader keeps private, asked: "is it cancer?", "is he drinking again?".
    "guess_question": phrases(
        """
        is/was it/he/she cancer/mental/pregnancy/drink/drugs/depression/dementia/him/her/money/
            debt/drinking/pregnant/terminal
        is he/she drinking/using/cheating/hitting
        """
    ),
    # The group's sharing held up as the reader's due: "everyone else has told their diagnosis,
    # so it's only fair you do too", "we all shared our stories, now you share yours".
    "others_shared": phrases(
        """
        everyone/everybody/we/all else? has/have/'ve? told/shared/share/posted
        we all told/shared/posted
        """
    ),
    "fair_turn": phrases(
        """
        only fair you/u/that
        your/ur turn
        share yours
        no skipping
        """
    ),
    # Help made to wait on telling: "if you want our advice you need to tell us", "easier to
    # help if you just tell us"; pressing beside a demand to tell ("tell us", "say what").
    "help_if_told": phrases(
        """
        if you/u/ye/yer want/wan/need our/proper/real/any/better help/advice/sympathy/support/
            answers
        if you/u/ye/yer want/wan/need sympathy
        easier/better/more to/able? help/advise if you/u
        """
    ),
    "tell_us": phrases(
        """
        tell/say/share/post/show/spill us/me/wor/everyone/everybody/everything
        tell/say/share/post what/which/who/where
        need/have/must/got to say/tell/share
        """
    ),
    # Words about holding back or telling all, which press only when said to someone ("are you
    # hiding things?") and not about the writer's own life ("Mum hides things", "do I write it
    # word for word?", "families deserve to know").
    "disclosure_words": phrases(
        """
        hide/hiding things/stuff/everything/it
        keep/keeping it vague
        dying to know
        word for/fi word
        deserves/deserve to know
        we all want/wanna to? know
        | secretive cagey
        so/very/being secret
        keep/keeping/kept things/stuff/it back
        post/share/list the whole/full list/thing/story/details
        """
    ),
    # Who a sentence speaks to: the reader ("you", "us", "come on"), as against the writer's own
    # life or a third person.
    "addressed": phrases(
        """
        | you u ye yous ya yer your ur yours yourself yourselves us you're youre you've youve
        | yuh unu wi
        come/go on
        why/don't/dont be
        please/pls/plz share/tell/say/spill
        or we can't/cant/cannot help
        we/we're/were all
        group/network/members/everyone deserves/deserve
        """
    ),
    # "Tell us how you got on, if you want to": an invitation, not pressure.
    "no_pressure": phrases(
        """
        if you want/like/feel/wish/fancy/prefer/are
        if you're/youre happy/comfortable
        if you're/youre not ready
        if you are not ready
        only if
        no pressure
        nae/nay pressure
        no rule/law/requirement/obligation
        nobody/noone/no-one/naebody has/have/needs/need to/tae share/tell/say/post/talk/explain/
            speak
        dinnae/dinna/divvent/don't/dont have/need/hafta tae/to
        don't/dont feel/need/have
        no need to
        never have/need to
        won't/wont/never name
        who to avoid/ask/contact/call/ring/use/try
        will not name
        """
    ),
    # Questions for details that press only beside another pressing sentence in the draft.
    "detail_question": phrases(
        """
        which ward/hospital/home/agency/company/manager/nurse/carer/care/one
        what did ... do/say/happen
        what happened
        what's/whats your/yer/ur ...+ diagnosis/wrong/name/problem
        what is your/yer/ur ...+ diagnosis/wrong/name/problem
        who was it/the
        | who
        """
    ),
    # An order to go, and (where the draft speaks of not contributing too) members removed or
    # shown the door: "anyone who hasn't said a word will be shown the door", "time to thin the
    # herd", "I'll be trimming accordingly", "there's a leave button".
    "leave_order": phrases(
        """
        might/may as well just? leave/go/exit
        should/shud/shd/can/could/need/must/better/will just? leave/go/get/bolt
        please/pls/kindly/so/just leave/go/exit/bolt
        gan/go elsewhere
        favour/favor/kindness/service and leave/go/exit
        jist/juist leave/go/bolt/exit
        favour/favor and unjoin/unfollow
        shown/show/showing ... the door
        removing/remove/kicking/booting/trimming/culling anyone/anybody/everyone/whoever/
            everybody
        thin/thinning/trim/trimming/cull/culling/prune/pruning the? herd/list/numbers/members/
            accordingly
        leave/exit button's/buttons
        whether/if it is really? the right place/group/network
        whether/if it's/its really? the right place/group/network
        leave/leaving/make/making room/space for
        step/stepping away
        off you/yer/ye/yous/u go
        dinnae/don't/dont bother staying/stayin/stopping
        or go/leave
        get out of it/here
        or get out
        you're/youre out
        you are out
        your notice
        please remove me
        get/take yourself/yersel/yerself/yourselves away/off
        don't/dont bother joining/staying
        step aside
        remove/take yourselves/themselves/yourself/himself/herself out?/off?
        taking/take you/them off
        better you/u leave/go
        """
    ),
    # The group's door: an order to leave the group itself, or a place in it taken away ("there's
    # the door", "this group isn't for you", "you'll be removed"), stronger than "please go".
    "group_exit": phrases(
        """
        jog on
        do one
        exit/quit the/this group/chat
        remove/take yourself/yourselves out?
        go out from
        the door's/doors/exit's/exits that way
        show yourself/yourselves/themselves/yerselves out
        free up the/a/your space/spot/place
        really for you/u/them
        decent thing and leave/go
        remove/kick/boot/delete the? silent/quiet/inactive ones/members/people
        there's/theres the door/exit
        exit's/exits/door's/doors top right
        exit/door is top right
        don't/dont let the door hit
        why are/r you/u/yous/ye even? still in/here/on
        getting/get kicked/booted/removed
        removing/kicking/booting lurkers/members/people/them/you/the
        not welcome
        group/chat/network/page/forum/community/place/here/this/it isn't/isnt for you/u/them
        group/chat/network/page/forum/community/place/here/this/it is not for you/u/them
        group's/groups/chat's/chats/place's/this's not for you/u/them
        give/giving your spot/place/space
        taking up a/the? space/spot/place
        get out this/the group
        why are/r you/u/yous/ye/yer even? in/here/on
        why do you/u all? even? join/stay
        what are/r you/yer/ye/yous/u even? doing here/in
        what's/whats the point of you/u/yous
        do everyone/us a favour/favor and leave/go
        do us all a favour/favor and leave/go
        leave the group
        get out of the group
        be removed/kicked/booted
        remove/kick/boot them/you/people/lurkers
        no business in/here/being
        isn't/isnt the group/place/chat for you/u
        is not the group/place/chat for you/u
        can leave this/the chat/group
        get/gan oot/out of? the/this group/chat
        sling their/your/yer hook
        unfollow
        away ye/you/yous go
        gerrout
        should exit
        exit honourably/quietly
        leave/exit button
        find another one/group/chat
        go and? find/join one/another/a group
        wrong group/chat/network/place
        door's/doors right there/open
        off you/ye/yer pop
        time to go
        still here/in it
        comot for/from
        leave the sector/profession/network
        say goodbye
        eviction notice
        doing/do a clear-out/purge/cull
        other groups for that/them/spectators
        i'll/will/i/ill remove/delete you/them
        i remove/delete
        remove you
        boot/kick the ones
        feel free to leave/disconnect/go/unfollow
        welcome to leave/go/exit/unfollow
        plenty of other groups
        whether/if this/the group/network/chat is really? the right place/group/network
        isn't/isnt really? the right place/group/network for
        is not really? the right place/group/network for
        not the appropriate/right/best space/place/forum/group/network for you/u/ye
        a/another/different group/chat/page/forum/place for that/this/them
        decency to leave/go/exit/move
        leave/exit/quit the/this/our? chat/grp/page
        leave/exit/quit group/chat/grp
        go/get out ... chat/grp
        """
    ),
    # Leaving the group put to the reader as a thought to weigh: "have you considered... leaving
    # the group?", "maybe step back from the group for good", "time you found somewhere else to
    # post". Telling to leave where said to the reader (not "I'm stepping back from the group for a
    # bit").
    "go_suggested": phrases(
        """
        considered/consider/considering/thought/think leaving/quitting/exiting the/this/our group/
            chat/network/forum/page
        considered/consider/considering/thought/think about leaving/quitting/exiting the/this/
            our group/chat/network/forum/page
        step/stepping back from the/this/our group/chat/network/forum/page for good
        somewhere/someplace/somewhere else to post
        """
    ),
    # The reader's place in the group questioned, in any voice: "why are you still here?", "whit
    # are ye still daein here?", "why you are still here?", "what am yow here for?". A question
    # about being somewhere; telling to leave where it is put to members picked out by what they
    # do, or beside their not contributing ("why are you still here? go home" is about a shift).
    "presence_question": phrases(
        """
        why/whit/what/wot/wit are/r/is/am you/u/ye/yow/yous/yer/ya even? still here/in/on
        why you/u/ye/yow/yous are/r/is/am even? still? here/in/on
        why you're/youre/ye're/yer/ur/your even? still? here/in/on
        what/whit/wot/wit are/r/am you/u/ye/yow/yous/yer/ya even? still? doing/daein/doin here/in
        what/whit/wot/wit you/u/ye/yow/yous/yer even? still? doing/daein/doin/dain here/in/on
        what/whit/wot/wit are/r/am you/u/ye/yow/yous/yer/ya here/in/on for
        what/whit/wot/wit are/r/am you/u/ye/yow/yous/yer/ya in/on this/the group/chat/network for
        """
    ),
    # An ultimatum whose other side is leaving: "speak up or ship out", "say summat or hoy
    # yersels oot", "contribute or get oot" (the side before "or" is read as not contributing).
    "or_leave": phrases(
        """
        or ship/get/clear/jog/hoy/gan/bugger/sod/buzz/clear out/off/oot/on
        or hoy/get/take yersel/yersels/yerself/yourself/yourselves/yoursel/themselves out/oot/off
        or leave/exit/quit/go
        """
    ),
    # An admin's fair reminder: removal for breaking the group's rules, or by mistake, is not
    # telling readers they don't belong.
    "fair_rules": phrases(
        """
        group/chat/our/the rules
        rules say/are
        break/breaks/breaking/broke/breach/breaches/breaching the/our/their rules/terms
        be kind
        by mistake/accident
        left the company/service/team/organisation
        if you/you've/youve/ye've have? moved/retired
        """
    ),
    # Who is addressed: members as a class, picked out by what they do ("if you're just
    # reading", "those who only watch", "anyone who hasn't posted", "the quiet ones").
    "members_class": phrases(
        """
        if you/u/ye/yer/yow/yous/ur/ya/you're/youre/you've/youve/yer're
        those who/of/wey/that
        anyone/anybody/whoever/somebody who/that/wey
        people/members/folk/folks/colleagues/connections/sisters/ones/lurkers/readers/
            spectators/anybody who/that/wey
        some of you/u/yous/ye
        some people/folk/folks
        who is/isn't/isnt/doesn't/doesnt/has/hasn't/hasnt not?
        the quiet/silent/inactive ones
        half this/the group/chat
        """
    ),
    "not_contributing": phrases(
        """
        | lurk lurking lurkers lurker lurks
        never post/posts/posted/contribute/contributes/contributed/comment/comments/commented/
            help/helps/helped/reply/replies/replied/say/said
        stop/quit reading/lurking
        just read/reads/reading/watch/watching
        not helping/contributing/posting/replying/answering
        not going/gonna to? help/post/reply/contribute/answer/share
        aren't/arent going/gonna to? help/post/reply/contribute/answer/share
        don't/dont/doesn't/doesnt contribute/help
        doesn't/doesnt post
        never replying/answering/sharing/contributing/engaging
        nothing useful/helpful/much to add/say/contribute
        | silent nosying spectators inactive
        quiet ones/lot
        only/just here to read/lurk/nose/watch
        only read/reads/reading/lurk/lurking/watching/look
        never helping/answer/answers/sayin/saying/say/said/contribute/comment
        nothing to add/say
        never says/posts/writes
        nothing/nowt/nuthin/nothin/nowt tae/to say/add
        no/nae/nay gonnae/gonna/going say/post/write
        without giving/contributing/adding/offering anything/owt
        haven't/hasn't/havent/hasnt posted/said
        say/said nothing
        readin/reading everythin/everything
        here to nosy/scroll/moan/take
        come on here to moan/nosy/take
        say something
        never engage/give
        scroll past
        chip in
        not going/gonna to? pick/chip/engage/give/cover
        spectator/spectators sport?
        never postin/posting/commenting/helping
        not saying/sayin anything/owt/nothing/nowt
        ask one question/thing and vanish/disappear/leave
        | passive participate
        only ever read/reads/like/likes/lurk/watch/scroll
        all you/u do is scroll/read/watch/lurk/like
        never share/shares/shared/sharing/write/writing
        nothing to contribute/offer/share
        contribute/contributes/contributing/add/adds/offer/offers nothing
        can't/cant be bothered to answer/reply/help/respond
        haven't/hasn't/havent/hasnt said a word
        post/share/write something
        speak up
        say summat/summit/sumthin/sumfin/somethin/owt/anything
        say/said/sayin/saying nowt/owt/a word
        | contribute participate engage
        no/nae/nay/ay gonnae/gonna/going help/post/reply/contribute/answer/pitch/chip
        pitch in
        just/only ... read/reads/reading/watch/watches/watching/lurk/lurks/nose/nosing/nosy
        read/reads/reading/watch/watching/scroll/scrolling/lurk/lurking and not/never/don't/dont/
            doesn't/doesnt/no ... reply/replies/post/posts/comment/comments/say/says/help/helps/
            answer/answers/add/adds/contribute/contributes/share/shares
        never/not/don't/dont/doesn't/doesnt add/adds/added/adding a/one/the? thing/word/anything/
            owt/nothing
        """
    ),
    # What a member is held to do instead of taking part: complain, argue, bring drama or
    # sadness ("if all you do is moan about your mam", "you always argue", "you only put sad
    # things"). Telling to leave beside an order to go said to the reader.
    "complaining": phrases(
        """
        | moan moans moaning moaner moaners moanin complain complains complaining complainer
        | whinge whinges whinging whinger whingers whingeing argue argues arguing fight fights
        | fighting drama negative negativity vent venting greetin essays
        all you/u/ye/yow do is
        only cry/complain/moan/argue/fight/make/put/post
        attention seeking
        just/only want/wants/wanna to? cry/moan/vent/rant/complain/whinge
        slag/slagging/talk/talking down
        """
    ),
    # The reader told nobody keeps them or wants them: "nobody's forcing you to stay", "naebody'll
    # miss ye", "no one wants u here". Telling to leave beside an order to go or the group's door,
    # or beside their complaining or disagreeing.
    "free_to_go": phrases(
        """
        nobody/noone/no-one/naebody/nobody's/noones/naebody's/nobodys forcing/forces/force/
            making/mekin/makin/keeping/asked you/u/ye/yow/yous to? stay/stop/be/here
        no one/one's forcing/forces/force/making/keeping/asked you/u/ye/yous to? stay/stop/be/here
        nobody/noone/naebody/nobody'll/naebody'll/noone'll/no1 will? miss you/u/ye/yous/ur/your
        nobody/noone/naebody wants/want you/u/ye/yous here/in
        no one wants/want you/u/ye/yous here/in
        """
    ),
    # Members told to go for disagreeing: "if you don't like it, leave".
    "disagreeing": phrases(
        """
        if you/u/ye/yer/yous don't/dont like/agree
        anyone/anybody judging
        can't/cant/cannae/cannot handle
        can't/cant/cannae/cannot take a joke/laugh
        can't/cant/cannae/cannot take a bit of banter/stick/fun
        sit there and judge
        people like you/u/yourself
        """
    ),
    # --- brushing off and minimising ---
    "brush_off": phrases(
        """
        chin up
        just/gotta/must/should/need stay/think/be positive
        don't/dont be sad/upset
        just/should/must/gotta/need/sad/upset/and be grateful/thankful
        look on the bright side
        smile it might/may never happen
        pray and smile
        just pray and move on
        smile and pray
        can't/cant be grieving/sad/upset forever
        can't/cant grieve forever
        no room for negativity
        positive/good vibes/thoughts/energy/energies only
        everything/it all happens for a reason
        things/everything/it always work/works/turn/turns out ... end
        it'll/itll all work/turn out
        it will all work/turn out
        count your/ur blessings
        keep smiling
        keep your/ur pecker/chin up
        every cloud has a silver lining
        turn that frown upside down
        think happy thoughts
        just/always think positive/positively
        no point/use crying/dwelling/moping/sulking
        don't/dont dwell on it
        shake it off
        put a smile on/back
        tomorrow is/'s a new day
        tomorrow's a new day
        stop being so? negative/miserable/glum/mopey/mardy/dramatic/soft
        give over mithering/moaning/whinging/fretting/worrying/sulking
        things/everything will look better/brighter
        just/so be happy
        god/he doesn't/does/dont/don't/never give/gives us/you/u more than
        """
    ),
    # An order to feel better, in the imperative: "smile more", "be happy", "focus on the
    # positives", "no long faces", "choose joy". A cheer-up where the draft speaks of the reader's
    # sadness (``sadness``); on its own it may be a team's Friday ("smile for the photo").
    "mood_order": phrases(
        """
        just/so/always/please/must/you/u/gies/give/big smile/smiling
        smile more/please/small/for/and/through
        be/stay/keep/think happy/positive/cheerful/positively
        just/try/always/please/must/should/you/u focus/concentrate on the? positives/positive/good/
            bright
        just/try/always/please/must/should/you/u look at/for the positives/positive/good/bright/sun
        choose joy/happiness/happy
        joy/happiness is a choice
        put/get your/ur/yer happy/brave face/faces
        no/nae more? sad/long/serious/grumpy/glum faces/face/posts/tears
        laugh/dance it off/away
        forget the bad
        forget all? about it
        stop being so? sad
        stop all this sadness
        buck up
        don't/dont cry
        stop/quit crying/greetin/greeting
        don't/dont let it/this/that/them get you/u/ya/yer/ye down
        gies/give/gimme us/me? a smile
        stop being a mardy/mard/misery/moaner/grump/grumpy
        put a brave/happy face on
        rejoice always
        """
    ),
    # The reader's sadness spoken of: what a cheer-up order answers.
    "sadness": phrases(
        """
        | sad sadness crying cry cries tears upset miserable mope moping moper mopey glum grief
        | grieving depressed down low negative negatives negativity dwell dwelling frown sulking
        | misery mardy moaner struggling gutted heartbroken
        | greetin greeting mard
        long/sad/grumpy face/faces
        bad day/week/night/shift
        """
    ),
    # Sadness allowed: "it's ok to be sad", "long faces are allowed in here".
    "feeling_allowed": phrases(
        """
        ok/okay/alright/allowed/fine/normal/natural to feel/be/cry/not/grieve/have
        are/is allowed
        no need to smile/pretend/be positive/put
        don't/dont have to smile/pretend/be positive
        """
    ),
    # A struggling peer told to quit the work itself: "maybe care isn't for you", "just hand your
    # notice in", "if you can't take the heat", "plenty of people want your job".
    "quit_job": phrases(
        """
        care/caring/nursing/job/work/sector/profession/career isn't/isnt/ain't/aint for you/u/yuh
        care/caring/nursing/job/work/sector/profession/career is not for you/u
        group/chat/network isn't/isnt/ain't/aint for you/u/yuh
        groups/homes aren't/arent/ain't/aint for you/u/yuh
        isn't/isnt/aren't/arent/ain't/aint/not your/ur/yuh calling
        you're/youre/ur not cut/built out? for
        you/u are not cut/built out? for
        you/u aren't/arent cut/built out? for
        just/then/simply/maybe hand/give your/ur/yuh notice
        just/then/simply/maybe hand/give in your/ur/yuh notice
        can't/cant/cannot/cyaan/cannae tek/take/stand the heat
        career change would/might/may
        consider/considering ...+ career change
        plenty/loads/lots of? people/folk/others want/waan/wanting/queuing your/ur/yuh job
        queue ...+ for your/ur/yuh job
        just/should/go/maybe find/get another job/career
        there's/theres always aldi/tesco/asda/lidl/mcdonalds/maccies/sainsburys/primark/retail
        """
    ),
    # A smile told of, someone else's or given to the writer, not ordered: "old lady give me big
    # smile", "so sad, she always smile". Switches off ``mood_order`` in the same sentence.
    "smile_told": phrases(
        """
        she/he/they/who/lady/man/resident/residents/mum/mam/dad always/still smile/smiles/smiled/
            smiling
        gave/gives/giving me/us a? big? smile
        she/he/they/lady/man/resident/residents/mum/mam/dad ... give/gave/gives me/us a? big? smile
        """
    ),
    # Cheering up withheld, said to oneself or remembered: "I'm not going to tell you to look on
    # the bright side", "chin up, I keep telling myself", "keep your pecker up is what my grandad
    # used to say".
    # Crying told of, not ordered away: "she couldn't stop crying when her son visited", "he
    # never stops crying at night", "I don't cry easily". Switches off ``mood_order``'s "stop
    # crying" and "don't cry" in the same sentence.
    "crying_told": phrases(
        """
        couldn't/couldnt/can't/cant/cannot/won't/wont/wouldn't/wouldnt/didn't/didnt stop crying/
            greetin/greeting
        could/can/would/did/will not stop crying/greetin/greeting
        never stop/stops/stopped crying/greetin/greeting
        i/we/she/he/they/mum/mam/dad don't/dont/doesn't/doesnt/didn't/didnt cry
        """
    ),
    "not_advising": phrases(
        """
        not going/gonna to? tell/say
        won't/wont tell/say
        will not tell/say
        not telling you/u
        telling/tell myself/meself/masel
        what ... used to say/tell
        what ... always said/says/told
        easy/easier to say
        easy for me to say
        easier said than done
        no shame
        isn't/isnt/aren't/arent for you/u to
        is/are not for you/u to
        """
    ),
    "worse_off": phrases(
        """
        always someone/somebody worse off
        someone/somebody always worse off
        people/others have it worse
        people/others ... worse off than you/u
        everyone/everybody has/gets/feels/goes ... like that
        wouldn't/wouldnt/don't/dont make a fuss
        other/others carers/people/folk ...+ worse
        other carers/people manage
        there's/theres folk/people ... wi/with nae/no
        there is/are folk/people ... wi/with nae/no
        many/most/some/all of us have/'ve/ve faced/had/got/weathered/survived/seen/been ... worse
        you think that's/thats bad
        you/u/ye/yous try looking/having/doing/working
        try looking/having/doing/working ...+ then you/u
        try looking/having/doing/working ...+ before you/u
        before you/u call yourself/urself/it
        hardly/not/isn't/isnt worth a post/posting/moaning/crying
        you've/youve got/get it easy
        you have got/get it easy
        got it easy
        compared with/to some of us
        everyone's/everybody's/everyones/everybodys tired/knackered/exhausted/stressed
        everyone/everybody has/gets them/those
        like the rest of us
        you're/youre/ur not special
        don't/dont complain
        making/makin a mountain/drama/fuss
        nowt/nothing to get worked up
        get on with/wi it
        no need to post about/over/on it/this/that
        it's/its/is not/no so/that/as bad
        nowt's/nowts/nothing's/nothings/nothin's that/so bad
        warrants/deserves/needs a whole/separate/full post
        not so bad
        no as/that bad
        ay it that bad
        hardly a setback/problem/crisis/tragedy
        hardly the hardest/worst/toughest
        let's/lets keep/get some? perspective
        is/it's/its normal everybody/everyone have/has/get/gets this/that/it
        be grateful/thankful she's/he's/they're/shes/hes/theyre/you're/youre still
        nothing compared to/with
        hardly/isn't/isnt/not/ain't the end of the world
        first world problems/problem
        in my day we
        isn't/isnt/not a real thing
        is not a real thing
        didn't/didnt/never moan/moaned/complain/complained/whinge/whinged as/so much
        had/has a good/great/long/full innings/life/run though
        be thankful/grateful it's/its/it only
        toughen up
        it's/its just part of life
        all old people do
        everyone/everybody gets/feels stressed/tired/down/low
        make/makes/making such a big deal/fuss
        small/little/tiny problem/thing/issue like this/that
        wait till/until you've/youve done/had/been
        wait till/until you have done/had/been
        some/most/many of us have/'ve lost
        try having/being a/an/one/two
        had his/her/their time
        not that deep
        i've/ive had far/much/way worse
        some of us are/have/get/got/do/did/work/had ...+ worse/harder
        stop making/mek/mekin it big
        don't/dont make it a/an thing/issue/drama
        don't/dont make it a big thing/issue
        """
    ),
    # Someone else's harder lot, set against the reader's: "some of us", "in my country we",
    # "my dad had it", "with no help at all".
    # The reader's trouble put in question in disbelief: "you think a double is bad?", "you think
    # you're struggling?". Minimising beside a harder lot held up in the reply.
    "challenge_question": phrases(
        """
        you/u/ye/tha think that's/thats/this/that/it's/its ... bad/hard/tough/rough/tiring/stressful
        you/u/ye/tha think you're/youre/your/ur/you/u ... struggling/tired/stressed/busy/knackered/
            exhausted/hard
        you/u/ye/tha think ...+ is/was/are/were bad/hard/tough/rough/tiring/stressful
        """
    ),
    # A question asked in earnest: "do you think that's bad for her skin?".
    "earnest_question": phrases(
        """
        do/does/did/don't/dont/d'you/dyou you/u/ye think
        d'you/dyou think
        """
    ),
    # A harder lot the reader is told to try: "try doing it with shingles", "try 6 in a row",
    # "tha wants to try doin it wi no car". Advice on its own ("try doing it with the slide sheet");
    # minimising beside a challenge to the reader's trouble, or "then come and moan".
    "try_harder": phrases(
        """
        try/tryin/trying doing/doin/looking/lookin/having/working/being/caring/juggling/nursing
        try <num> years/months/weeks/nights/days/shifts/kids/in
        want/wants to try doing/doin/it/that/looking/lookin
        wait till/until she's/he's/they're/shes/hes/theyre
        """
    ),
    # What the reader may say once they have tried it: "then come and moan", "then we'll talk",
    # "then you'll know what tired is".
    "then_talk": phrases(
        """
        then come and/an/n moan/complain/talk/whinge
        then we'll/well talk
        then we can talk
        then talk to me
        then you'll/youll/you'd/youd/tha'd/thad/ye'd/ye'll/u'll know what
        then you will/would know what
        """
    ),
    "comparison": phrases(
        """
        in my country/time/village
        had it far/much/way/a lot worse
        in nigeria/india/ghana/zimbabwe/poland/romania/kerala/manila/africa we/our/people
        back home we/our/people
        our mothers/parents/grandparents/nans
        no help at all
        with no/nae/nee help/car/pay/allowance/breaks
        far/way/much/miles worse
        called/had/seen/done worse
        """
    ),
    # The reader told their lot is good: "you are lucky", "be grateful", "just thank God".
    "lucky_you": phrases(
        """
        so you/u/ye are/r lucky
        so you're/youre/ur/yer lucky
        you/u/ye are/r lucky your/ur/you/u/you've/youve
        you're/youre/ur/yer lucky your/ur/you/u/you've/youve
        count yourself/yerself lucky
        just thank god
        thank god it's/its/is only
        you're/youre/ur/yer lucky it/that/he/she/they
        you/u are/r lucky it/that/he/she/they
        don't/dont/divvent/dinnae/doesn't/doesnt know/knaa/ken how lucky you/u/ye are/r
        do not know how lucky you/u/ye are/r
        don't/dont/divvent/dinnae know/knaa/ken you're/youre/ur/yer born
        do not know you are born
        """
    ),
    # "at least" opening a weighing: with the reaction brushed off it minimises.
    "at_least": phrases(
        """
        at least/atleast
        | atleast
        """
    ),
    # A newcomer let take their time ("no need to post straight away, get a feel for the group
    # first"): a welcome, not a worry brushed off.
    # A harder lot held up beside the reader's, the writer's own or others': "some of us would
    # give anything for that", "mine forgot me for a year", "try doing it with three kids".
    "others_worse": phrases(
        """
        some of us would/'d give/kill
        some of us already? lost/buried
        some of us have/'ve/had lost/dads/mums/parents/kids/no
        some of us get/got punched/hit/shouted/abused/let/sacked
        some of us are/were in/caring/stuck/grieving
        plenty of us do/did/manage/managed/cope/coped
        people with real problems
        other/some people get/have/dey/lose/lost
        try doing/looking/being/twenty/thirty/working/caring
        mine forgot/doesn't/cannot/can't/never
        mine has/'s forgotten
        we've/weve/we all worked/had/done/been with? worse
        i've/ive had/been called? worse/three/four/five/loads
        far worse by
        in my day
        """
    ),
    # The reader's trouble called "only" what it is, in the second person: "your mum's only had a
    # fall", "your husband only has diabetes", "yuh only do two week", "you've only lost your
    # job". Minimising beside a harder lot of the writer's own ("mine's had three strokes", "my
    # dad broke his hip", "some of us are caring for cancer"), not on its own ("you only need one
    # form").
    "yours_only": phrases(
        """
        your/ur/yer/yuh/yor ... 's/s/has/had/have/is/was only
        your/ur/yer/yuh/yor ... only has/had/have/got/broke/lost/did/does/do
        your/ur/yer/yuh/yor ... mum's/mums/dad's/dads/husband's/husbands/wife's/wifes/son's/sons/
            daughter's/daughters/nan's/nans/mam's/mams/gran's/grans only
        you/u/yuh/ye/yu only do/did/done/had/have/lost/broke/been/work/worked
        you've/youve/you're/youre only had/lost/been/done/broke/worked
        """
    ),
    # A harder lot the writer holds up as their own: "mine's had three strokes", "my dad broke
    # his hip", "wait till you reach ten years".
    "mine_worse": phrases(
        """
        mine's/mines/mine has/had/is/was/got
        mine's/mines had/got/been
        my dad/mum/mam/husband/wife/son/daughter/nan/gran/mother/father ... broke/had/has/lost/got
        my sister/brother/ma/da ... broke/had/has/lost/got/died/needs/needed
        my dad/mum/mam/husband/wife/son/daughter/nan/gran/mother/father ... died/needs/needed
        wait till/til/until you/u/yuh/ye reach/hit/do/get/have/done/work/reach
        some of us are/were/have caring/nursing/dealing/living
        """
    ),
    "own_pace": phrases(
        """
        straight away
        | straightaway
        until/till/til you're/youre/ur ready
        until/till/til you are ready
        get/getting a feel for
        in your own time
        """
    ),
    # The writer's own worry, measured: "it's not as bad as I thought", "I know others have it
    # worse, but...".
    "own_view": phrases(
        """
        as/than i/we thought/expected/feared/feared/imagined
        i know/knew/realise/realize/appreciate/understand others/other/people/there
        """
    ),
    # The reader's own feeling put in question: "why are you crying for this", "and you're upset
    # over one review?". A real question on its own ("why are you crying, hun? what happened?");
    # minimising beside the trouble called small or a harder lot held up.
    "feeling_questioned": phrases(
        """
        why you are/r/dey crying/upset/sad/stressing/stressed/worrying/moaning/taking
        why are/r you/u ... crying/upset/sad/stressing/stressed/worrying/moaning/taking
        why you're/youre/ur ... crying/upset/sad/stressing/stressed/worrying/moaning
        you are/r crying/upset/stressing/moaning for/over/about
        you're/youre/ur/u crying/upset/stressing/moaning for/over/about
        and you're/youre/ur crying/upset
        and you are/r crying/upset
        is it really grief/that/trauma/burnout/stress
        """
    ),
    # The reader's trouble called too small to count: "hardly a crisis", "small thing", "isn't a
    # breakdown". Said of a worry, beside a one-off, a feeling questioned or a harder lot.
    "small_trouble": phrases(
        """
        small/little/likkle thing/matter/problem/issue/wahala/stress
        hardly a/an/the? ... crisis/breakdown/trauma/tragedy/catastrophe/disaster/emergency
        hardly worth a/the? post/posting/fuss/mention
        hardly trauma/abuse/bullying/grief
        isn't/isnt/wasn't/wasnt a/an ... crisis/breakdown/trauma/tragedy/catastrophe/disaster
        is/was not a/an ... crisis/breakdown/trauma/tragedy/catastrophe/disaster
        not a broken leg/arm/hip
        not a death sentence
        """
    ),
    # A trouble counted as a single instance: "one complaint", "a single bad review".
    "one_off": phrases(
        """
        one/single/1 bad? complaint/complaints/shift/review/warning/night/remark/comment/break/
            inspection/incident/day/week/mistake/visit
        one missed break/visit/shift
        only one/1 complaint/shift/review/warning/night/remark/comment/incident/day
        """
    ),
    # A trouble said to be nothing, whatever it is: "a few sleepless nights is nothin", "six hours
    # in A&E is nothing", "a bad fortnight is nothing". Minimising beside a harder lot held up, a
    # worry brushed off, or the writer's own load.
    "nothing_pred": phrases(
        """
        is/are/was/were/be nothing/nothin/nuthin/nowt/nout
        that's/thats/that nothing/nothin/nuthin/nowt/nout
        is/are/was/were not/no/nae/nothing big/serious/important
        not big thing/deal/problem
        """
    ),
    # "Nothing" that says something else: "there is nothing you could have done", "it is nothing
    # you did", "this is nothing to do with you", "Mum is nothing like she was".
    "nothing_else": phrases(
        """
        there is/was nothing/nowt
        nothing/nowt/nothin you/u/ye/we/i/they/anyone/anybody/she/he could/can/did/do/done/said/
            say/should/would/need/have/had
        nothing/nowt/nothin more/else/wrong/like/left
        nothing/nowt/nothin to do with
        """
    ),
    # "It's only a ...": a minimising frame when it goes with brushing the worry off.
    "only_this": phrases(
        """
        that's/thats/it's/its just/only old? age/life/how/normal/dementia/a phase
        it's/its/is/was just/only
        it is/was just/only
        that's/thats/this/that/it's/its nothing
        that/this/it is nothing
        just your/ur body/mind/head/brain/hormones/nerves/imagination
        only a wee/little/small/tiny
        not like he/she/they properly/really/actually
        you've/youve/she's/shes/he's/hes only
        part and parcel
        """
    ),
    # The reader's trouble made ordinary: "we've all been there", "everyone gets shouted at", "it
    # comes with the job". Kind on its own; minimising beside a worry brushed off or called small.
    # Feelings met and strength told in the same breath ("it's horrible", "you know your stuff",
    # "ring me after"): a reassurance, not a worry waved off.
    "validating": phrases(
        """
        you know your/ur stuff
        you've/youve/you/u got this
        be kind/gentle to yourself/urself
        ring/call/message/text/dm me
        here for/if you/u
        proud of you/u
        it's/its/that's/thats horrible/awful/rough/hard/horrid/grim
        it is horrible/awful/rough/hard
        sorry you/u
        you're/youre/ur allowed to
        you are/r allowed to
        """
    ),
    "normalising": phrases(
        """
        we've/weve/we all been there
        we have all been there
        everyone's/everyones/everybody's/everybodys had one/them/that/it
        everyone/everybody has had one/them/that/it
        we all have/had/get/got them/one/those
        we've/weve/we aw/all had them/one/those
        everyone/everybody gets/get shouted/hit/punched/sworn/called/slapped/bitten/scratched
        loads/lots/plenty of carers/people/us/staff/nurses get/gets/got shouted/hit/punched/sworn/
            called/slapped
        part of the job
        everyone/everybody is/are tired/knackered/exhausted/stressed
        it/this/that happens/happened to everyone/everybody/all/us
        comes with the territory/job
        that's/thats the job
        a normal tuesday/monday/day/shift
        all/most/every teenagers/teens/kids/children/toddlers/babies/old/elderly/residents/men/
            mums/dads/parents ... do/does/say/says/forget/forgets/have/has/cry/cries/talk/talks
        """
    ),
    # The worry brushed off, and (last) the reader's worry called too much or bigger than the
    # trouble: "you worry too much", "don't be so worry", "you're making it bigger than it is".
    "dismissing": phrases(
        """
        crack on
        get over it
        stop moaning/moanin/complaining/whinging
        don't/dont stress
        overreacting
        making/makin a mountain/drama
        you'll/ye'll/youll/u'll live
        stop worrying
        you'll/youll/ye'll/u'll be grand/fine/alright/right/okay/ok
        you will be grand/fine/alright/right/okay/ok
        she'll/shell/he'll/they'll/theyll be grand/fine/alright/right/okay/ok
        stop losing/lose sleep
        losing/lose sleep over it/this/that
        so dramatic
        a bit dramatic
        bit much
        dinnae/don't/dont/divvn't/divvent/divvnt/dinna/doan be so? soft
        complain/complaining/moan/moaning too much
        make/makes/making/mek/mekin/makin a meal of/o
        small small problem/thing/issue
        this/that/it is small problem/thing/matter
        know what hard/tired/stress/busy is
        then talk to me about
        you/u/ye are fine/ok/okay/alright
        you're/youre/ur fine
        get a grip
        man/woman up
        overthinking/overthink
        no need to be/get upset/worried/stressed/sad/in
        don't/dont take it so/too serious/seriously/hard
        such/so a? big thing/deal
        drama out of
        fuss over/ower/about nowt/nothing
        it means/meant nothing
        nothing serious
        nothing to worry/fret yourself/about/over
        don't/dont make a mountain/drama/fuss
        don't/dont make a big thing/deal/fuss/drama/issue
        make/making/makin it into a big? drama/deal/fuss/thing
        stop making/makin a/such/so much? fuss
        make/making/mek big problem/deal/thing
        making/makin such a fuss
        being dramatic
        you/u/ye/yuh/ya/you're/youre/ur/yer worry/worrying/stress/stressing/fret/fretting/fuss/
            fussing too/so much
        don't/dont/dinnae/stop worry/worrying/stress/stressing/fret/fretting/fuss/
            fussing too/so much
        be so/too worry/worried
        worry/worrying/cry/crying for nothing/nothin/nowt
        stop/quit cry/mithering/mitherin/panicking/panicin/panicing/fussing/whining
        stop your/yer/ur mithering/mitherin/moaning/whinging/crying/fussing
        making/make/mak/mek/makin it bigger/worse than
        blowing/blown/blow it up/out
        no big deal/thing
        not a big deal/thing/drama
        not big thing/deal/problem
        a big thing/deal/drama of/o/out
        too/so soft
        thicker skin
        making/makin/make/mek drama
        nothing/nowt/nothin to cry/greet/worry/moan about/aboot/over
        know/knaa/knaw you're/youre/ur/yer born
        stop acting like/as if
        see what the fuss
        what the fuss is/was
                """
    ),
    # Someone who bore it, or worse, without a word: "she never complained once", "never said
    # owt", "in my village we do it without complaining", "nobody make this big fuss". A memory on
    # its own ("Dad never complained through all his chemo"); minimising beside a harder lot held
    # up, the reader's trouble called small or "only" what it is, or the reader's worry brushed off
    # or questioned.
    "bore_it_quietly": phrases(
        """
        never/nvr once? complained/complain/complains/grumbled/grumble/moaned/moan/whinged/whinge/
            mithered/fussed
        never/nvr once? made/make/makes a fuss/scene/song
        never/nvr once? said/say/says owt/nowt/anything
        never/nvr once? said/say/says a/one word/peep/dicky
        not said/saying a/one peep/word/dicky
        without complaining/complaint/complaints/moaning/grumbling/whinging/fuss/murmur/grumble
        without a complaint/fuss/murmur/grumble/word/moan/peep
        nobody/noone make/made/makes/making this/such/a big? fuss/song/drama
        """
    ),
    # The reader praised for bearing it: "you never once complained", "you've never made a fuss".
    "you_bore_it": phrases(
        """
        you/u/ye/yuh/yous/you've/youve/youse never/nvr
        """
    ),
    # The writer's own giving to the group, as a habit or a record: "I always comment on your
    # children's photos", "I lent half of you my car seat", "I've answered everyone's questions in
    # here for two years", "when your babies were sick I was first there with food". Kind on its
    # own; a guilt trip beside a scant or absent response now.
    "my_giving": phrases(
        """
        i/mi always reply/replied/comment/commented/answer/answered/sign/signed/post/posted/make/
            made/send/sent/bring/brought/come/came/turn/turned/offer/offered/show/showed ...+ you/
            your/yours/everyone/everybody/everyone's/everybody's/all/every
        i/i've/ive/mi lent/sent/brought/cooked/organised/organized/drove/fed/visited/
            ferried ...+ half/every/each/all/everyone/everybody/everyone's/everybody's
        i/i've/ive/ah have? answered/helped/covered everyone's/everybody's/every/each
        i've/ive been answering/helping/replying/covering/supporting ...+ group/here/chat/everyone/
            everybody/years/all
        i have been answering/helping/replying/covering/supporting ...+ group/here/chat/everyone/
            everybody/years/all
        i was/wis/woz there for/fur/fir ... ye/yous/youse/unu/aa/everyone/everybody
        when your/yer/ur/yuh ... were/was/got sick/ill/diagnosed/born/poorly/bad/struggling
        """
    ),
    # What came back, counted: "got two likes", "only two of yous". A plain count on its own ("got
    # three likes, so I know it's been seen"); a reproach beside the writer's own giving and a word
    # of hurt ("says it all").
    "scant_few": phrases(
        """
        got/get/gets/getting/had <num> likes/reacts/reactions/comments/replies/thumbs/hearts
        only <num> of yous/ye/youse/unu
        """
    ),
    # The hurt said at the end: "says it all", "nice to know where I stand", "lesson learned",
    # "shan't bother again".
    "hurt_close": phrases(
        """
        says it all
        says a lot
        nice/good/lovely to know where i stand
        learn/learned/learnt/learning my/a lesson
        lesson learned/learnt
        shan't/shant/won't/wont bother again/next
        will not bother again/next
        """
    ),
    # Nothing back, or next to nothing: "nobody wrote", "not one of yous has come", "not even a
    # like", "silence", "it doesn't go both ways".
    "scant_back": phrases(
        """
        not even a/one like/reply/comment/thanks/thumbs/heart/word/message
        nobody/noone comment/commented/wrote/came/come/said/asked/noticed
        not one of you/yous/ye/youse came/wrote/bothered/turned/showed
        not one of yous/ye/youse has/have come/been/written/asked
        doesn't/doesnt go/work both ways
        does not go/work both ways
        | silence
        """
    ),
    # A story left half told, as a reproach: "you can't post half a story", "you can't leave us
    # hanging like that".
    "half_told": phrases(
        """
        half a/the story/tale/post
        leave/left/leaving us/me/everyone hanging
        """
    ),
    # Everything owed to the group: "we need all details", "we must know to understand you", "you
    # must say everything if you want help here", "tell us what medicines, full list".
    "need_all": phrases(
        """
        we/i need/must know/see/hear everything
        we/i need/must know/see/hear the full/whole story/details/list
        we/i must know/hear
        need all/the details
        need all the details
        must say/tell/share/post everything/all
        full list
        """
    ),
    # A harder lot counted: "ten times worse", "twice as bad".
    # A death weighed against a long life ("she had a good innings", "94 is a great age").
    "long_life": phrases(
        """
        good/great/long/full innings
        a good/great/grand age
        """
    ),
    # An age given: "she was 94", "89 is a great age".
    "age_given": phrases(
        """
        was/is/turned/reached <num>
        she's/he's/shes/hes <num>
        <num> is a/an
        """
    ),
    # A working life, a career or a club, not a life: "a great innings at the club", "retired
    # after a good innings".
    "working_life": phrases(
        """
        | retire retired retiring retirement career service club job jobs team post role
        """
    ),
    # The writer's own people, whose long life the writer may weigh as they like ("Mum had a good
    # innings", "our nan was a great age").
    "own_kin": phrases(
        """
        | my our mum mam mom mother dad father nan nana nanna gran granny grandma grandad grandpa
        | grandmother grandfather
        """
    ),
    # A trouble said to be survivable, the proverb that shrinks it: "a missed tablet won't kill
    # her", "a bit of washing and dressing never killed anybody". Minimising beside the trouble
    # called "only" what it is, a small dose said to the reader, or a worry brushed off or a harder
    # lot held up anywhere in the reply; on its own it may be a joke about the weather.
    "wont_kill": phrases(
        """
        won't/wont/wouldn't/wouldnt/winnae/willnae kill you/u/ye/yer/her/him/them/anyone/anybody
        will/would not kill you/u/ye/her/him/them/anyone/anybody
        never/nivver killed/kill anyone/anybody/nobody/noone/naebody/ya/you/u/ye
        never hurt/harmed anyone/anybody/nobody/noone/naebody
        """
    ),
    # The reader told to put up with it and go on: "you'll get used to it", "he'll have to learn to
    # stand up for himself", "get bloods done n move on". Advice on its own ("you'll get used to
    # the new app"); minimising beside the trouble called nothing or too small to count.
    "just_accept": phrases(
        """
        you'll/youll/ye'll/u'll/yull get used to it
        you/u/ye will get used to it
        you/u/ye just have/got/need to take/accept it
        you/u/ye just have/got/need to live/deal with it
        have/has/got to learn to stand/cope/toughen/deal/live
        and/n/an move on
        just move on
        """
    ),
    # A small dose of a trouble: "a little tiredness", "a bit of caring", "a wee scratch".
    "small_dose": phrases(
        """
        a little/wee/tiny/lil/likkle
        a bit of/o
        a wee/tiny bit
        """
    ),
    # A state of mind or of health named: burnout, stress, compassion fatigue, depression.
    "state_named": phrases(
        """
        | burnout burn-out burnt-out stress anxiety depression trauma ptsd breakdown overwhelm
        compassion fatigue
        mental health
        """
    ),
    # The name of such a state called a mere word or a fashion, or never heard of in the writer's
    # day: "burnout is a word people use far too readily", "a fashionable label for what used to be
    # called a bad week", "we didn't have burnout in my day". Minimising beside the state named;
    # on its own it may be about a word ("the word people use for carers matters").
    "named_lightly": phrases(
        """
        word/label/term/name people/folk/everyone/everybody/we use/uses/throw/throws/bandy
        fashionable/trendy/modern/posh/fancy label/word/name/term
        | buzzword buzzwords
        used to be called
        just/simply call/called it
        didn't/didnt have ... in my day
        did not have ... in my day
        no such thing ... in my day
        """
    ),
    "times_worse": phrases(
        """
        <num> times worse/harder
        twice/thrice as bad/hard/much
        """
    ),
}

LEXICON = Lexicon(CATEGORIES)
READING = Reading(LEXICON)

# The categories that back a sentence the learned scorer gives to one of the pack's rules by a small
# margin (``peer_support.seconded``): each is the unkind act itself (keeping score, telling someone
# to leave, setting their trouble beside worse ones, demanding a reply, pressing for details), and
# each is held far more often by the sentences writers flag than by the sentences of clean drafts.
# Not the words of context (the group, services, sadness, "nobody", "tell us"), which kind replies
# hold as often.
SECONDING = word_set(
    """
    who_not resigned fair_turn help_if_told clock_ticking quit_job need_all presence_question
    free_to_go challenge_question times_worse then_talk lucky_you half_told trust_appeal one_by_one
    withholding_reproach guess_question demand_reply keeping_score worse_off seen_online brush_off
    ask_now try_harder did_nothing group_failing some_of_us i_helped small_trouble thanks_undone
    group_exit dismissing disagreeing yours_only alone_again feeling_questioned sarcastic_thanks
    tag_all hurt_close nothing_pred mind_me counting_asks mood_order bore_it_quietly nobody_helps
    scant_back comparison others_worse only_this
    """
)
# Pairs of categories that back such a sentence together though neither does alone: a word of
# leaving with the group named ("leave", "go" and "this group", "the chat").
SECONDING_PAIRS = (frozenset(("leave_order", "group_ref")),)
# What lets the reader off or takes their side in the same sentence: such a sentence is seconded by
# nothing ("no pressure", "you're allowed to be angry", "thank you", "in your own time"), and
# neither is a group's rule told as a rule ("if you've left the company, please leave the chat").
UNSECONDING = word_set(
    """
    no_pressure letting_off grateful validating own_pace feeling_allowed no_obligation fond
    not_advising own_view fair_rules
    """
)
