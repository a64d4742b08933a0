"""The peer support pack's words, in categories: what its sentence rules look for together.

Phrase syntax: see ``core.matchers.sentences`` (``a/b`` alternatives, ``x?`` optional, ``...``
up to three words, ``...+`` up to six, ``<num>`` a number; ``|`` starts a list of one-word
phrases; a line ending in ``/`` goes on over the next).
"""

from __future__ import annotations

from ..matchers.sentences import Lexicon, Reading, phrases

_NOBODY = "nobody/nobody's/noone/no-one/nobodys"
_REPLY = (
    "reply/replies/replied/replying/answer/answers/answered/answering/respond/responded/help/"
    "helps/helped/helping/care/cares/bothered/around/comment/commented"
)

CATEGORIES = {
    # --- guilt-tripping the group ---
    "sarcastic_thanks": phrases(
        """
        thanks/thank/cheers/ta for nothing
        thanks/cheers a lot for nothing
        thanks for all the help ... not
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
        so much for carers/people supporting/helping
        what a supportive/helpful group/lot
        some friends you are
        """
    ),
    "keeping_score": phrases(
        """
        i'll/ill remember this/that
        i will remember this/that
        i won't/wont forget this/that
        i will not forget this/that
        remember this when you/u
        after all i've/ive done for
        after everything i've/ive done
        when i need it/help/something nobody/nobody's/noone/no-one
        """
    ),
    "nobody_helps": phrases(
        f"""
        {_NOBODY} ... {_REPLY}
        no one ... {_REPLY}
        not one/a single reply/response/answer/comment/person/word
        not one of you
        no replies/response/answers/help
        nobody/noone help/reply/answer/care
        """
    ),
    "nobody": phrases(
        """
        | nobody nobody's noone no-one nobodys
        no one
        not one/a
        none of you/u
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
        """
    ),
    # Services, not the group: "nobody from the council has helped" is a fair complaint.
    "services": phrases(
        """
        | council gp surgery hospital dwp nhs agency pharmacy ot ward
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
        <num> times already/now/today
        second/third/fourth/fifth/2nd/3rd/4th/5th/sixth/6th time askin/asking/of/i've/ive/now
        i ask/asked ...+ again
        asking/askin/ask again
        i/i've/ive/we/we've/have ... asked/ask/asking/messaged/posted/post/texted/tagged/emailed/
            chased/called/rang ...+ twice
        """
    ),
    "seen_online": phrases(
        """
        i know you're/youre/ur/u're online/there/reading/seeing
        i know you/u are/r online/there/reading
        i know you're/youre/ur all online/there/reading
        i know you/u all/have/ve seen/read
        i know you've/youve all? seen/read
        i can see you're/youre/you/u online/read/seen/are
        i can see the ticks
        blue ticks
        seen/read it and not/never/didn't/didnt/haven't/havent/no
        you've/you have all/both seen/read it
        """
    ),
    "demand_reply": phrases(
        """
        answer/reply/respond/reply/answr/rply me
        reply/respond/answer to me
        please/pls/plz reply/answer/respond me
        waiting your/ur reply/answer/response
        waiting for your/ur reply/answer/response
        why/y nobody/noone/no-one/nobody's/nobodys answer/reply/respond/tell/help/care/
            answering/replying
        why no one answer/reply/respond/tell/help/care/answering/replying
        why you/u not answer/reply/respond/answering/replying
        not answering/answered my calls/messages/texts/phone
        the decency to answer/reply/respond
        ignoring me/my
        """
    ),
    "one_by_one": phrases(
        """
        each/every/all/half of you separately/personally/individually/privately
        messaged/texted/called/asked ... each of you
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
        """
    ),
    # --- pressing peers to disclose, and telling them to leave ---
    "pressing_to_disclose": phrases(
        """
        need/have/ought/got/should/must to? share/tell/post/say/open/spill ...+ here/us/group/
            story/everyone
        why won't/wont/can't/cant you/u say/tell/share/post/open
        come/go on tell/share/spill/say/then
        go on spill
        name and shame
        you can tell us/me
        say/tell us who/which it was
        which home/carer/agency/company/manager was it
        | spill
        keep/keeping/kept things/stuff/it back
        not got the guts
        what are you/u hiding
        no secrets here/in
        """
    ),
    "leave_order": phrases(
        """
        might/may as well leave/go
        should/shud/shd/can/could/need/must/better leave/go/get
        do everyone/us a favour/favor and leave/go
        do us all a favour/favor and leave/go
        get out of it/here
        leave the group
        get out of the group
        be removed/kicked/booted
        remove/kick/boot them/you/people/lurkers
        """
    ),
    "not_contributing": phrases(
        """
        | lurk lurking lurkers lurker lurks
        never post/posts/posted/contribute/contributes/contributed/comment/comments/commented/
            help/helps/helped/reply/replies/replied/say/said
        stop/quit reading/lurking
        just read/reads/reading/watch/watching
        not helping/contributing/posting
        don't/dont/doesn't/doesnt contribute/help/post
        """
    ),
    # --- brushing off and minimising ---
    "brush_off": phrases(
        """
        chin up
        just/gotta/must/should/need stay/think/be positive
        don't/dont be sad/upset
        be grateful/thankful
        look on the bright side
        smile it might/may never happen
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
        stop worrying
        """
    ),
}

LEXICON = Lexicon(CATEGORIES)
READING = Reading(LEXICON)
