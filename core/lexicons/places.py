"""Words that say whether an address, a postcode or a phone number is a public place's or an
office's, or a person's home. Data for the identifiers pack (``core.packs.identifiers``): a venue's
address and postcode in a post about an event, or an office's number, identify nobody.

Lower-case words, looked for among the words of the sentence around the address or number.
"""

from __future__ import annotations

# Public places and workplaces, and the words of events held there. Places that care talk names
# about a person's own care ("the office", "the GP surgery", "the community nurse", "the hospice")
# are left out: they are as likely beside a home address as beside a venue's.
VENUE_WORDS = frozenset(
    str.split(
        """cafe café cafes centre center centres hub church chapel methodist baptist parish
    cathedral mosque temple gurdwara synagogue hall halls library museum theatre cinema school
    college university club shed pub hotel venue venues gates bandstand pavilion headquarters hq
    business industrial shop store supermarket leisure gym stadium meet meets meeting meetings
    event events fair fete opens drop-in session sessions workshop workshops cohort tickets
    fundraiser fundraising sponsored raffle coffee cake quiz bingo concert choir parking held
    holding hosting hosted"""
    )
)

# Words that make an address in the same sentence someone's home, whatever else is said.
HOME_WORDS = frozenset(
    str.split(
        """lives live living lived moved moving home house flat bungalow keysafe key client clients
    referral resident tenant tenancy safeguarding address her his their nan nan's mum mum's dad
    dad's mam gran grandad auntie uncle neighbour neighbours visit visits call calls pop popped
    door mr mrs ms miss"""
    )
)

# Words that make a phone number an office's or a service's line, not a person's.
WORK_PHONE_WORDS = frozenset(
    str.split(
        """office offices line lines switchboard reception team recruitment recruiting jobs job
    careers vacancies apply on-call oncall duty desk helpline enquiries enquiry bookings booking
    main coordinator agency branch company service services hr payroll"""
    )
)

# Words that make a phone number a person's, whatever else is said.
PERSONAL_PHONE_WORDS = frozenset(
    str.split(
        """her his their daughter daughter's son son's wife husband mum dad mam nan brother sister
    niece nephew family client resident"""
    )
)
