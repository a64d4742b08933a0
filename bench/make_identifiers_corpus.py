"""Write tests/corpus/identifiers.jsonl: synthetic peer-support drafts with labelled identifiers.

Every number is made up here: NHS, CHI and H&C numbers get a correct check digit by computation,
phone numbers come from Ofcom's ranges reserved for drama, emails use example.* domains, and
postcodes are valid shapes. Drafts are hand-written; ``{slot}`` fills vary them and
``[[type:text]]`` marks a hand-labelled span. Run ``python -m bench.make_identifiers_corpus``
(fixed seed).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "identifiers.jsonl"
SEED = 20240611
rng = random.Random(SEED)


def _mod11(nine: str) -> int | None:
    check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
    return 0 if check == 11 else None if check == 10 else check


def _with_check(prefix: str) -> str:
    while True:
        nine = prefix + "".join(rng.choice("0123456789") for _ in range(9 - len(prefix)))
        check = _mod11(nine)
        if check is not None:
            return nine + str(check)


def _bad_check(number: str) -> str:
    return number[:9] + str((int(number[9]) + rng.randint(1, 9)) % 10)


def nhs() -> str:
    n = _with_check(rng.choice(["4", "6", "7", "94"]))
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def nhs_spaced() -> str:
    n = _with_check(rng.choice(["4", "6", "7"]))
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def chi() -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(20, 60)
    n = _with_check(f"{day:02d}{month:02d}{year:02d}")
    return rng.choice([n, f"{n[:6]} {n[6:]}", f"{n[:6]}-{n[6:]}"])


def hc() -> str:
    n = _with_check(str(rng.randint(320, 399)))
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])


_NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni() -> str:
    while True:
        prefix = rng.choice(_NI_FIRST) + rng.choice(_NI_SECOND)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    suffix = rng.choice("ABCD")
    return rng.choice(
        [
            f"{prefix}{digits}{suffix}",
            f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}",
        ]
    )


def mobile() -> str:
    tail = f"{rng.randint(0, 999):03d}"
    return rng.choice(
        [f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900{tail}", f"07700-900-{tail}"]
    )


def landline() -> str:
    tail = f"{rng.randint(0, 999):03d}"
    return rng.choice(
        [
            f"0161 496 0{tail}",
            f"(0113) 496 0{tail}",
            f"020 7946 0{tail}",
            f"01632 960{tail}",
            f"+44 (0)121 496 0{tail}",
            f"0044 131 496 0{tail}",
            f"0117-496-0{tail}",
        ]
    )


FIRST = [
    "Doris",
    "Harold",
    "Edna",
    "Bert",
    "Mabel",
    "Kwame",
    "Priya",
    "Siobhan",
    "Wojciech",
    "Ethel",
    "Albert",
    "Gwen",
    "Fatima",
    "Trevor",
    "Irene",
    "Derek",
    "Nora",
    "Stanley",
]
SURNAMES = [
    "Patel",
    "O'Brien",
    "Smith",
    "Nowak",
    "Mensah",
    "Hughes",
    "McLeod",
    "Khan",
    "Jones",
    "Fitzgerald",
    "Okafor",
    "Williams",
    "Brennan",
    "Campbell",
    "Shah",
    "Evans",
]
TOWNS = ["Otley", "Barnsley", "Keswick", "Wrexham", "Ayr", "Omagh", "Truro", "Bury", "Ilkley"]
STREETS = [
    "Mill Lane",
    "Church Street",
    "Rowan Close",
    "Station Road",
    "Queen's Court",
    "Beech Avenue",
    "Hawthorn Drive",
    "Victoria Terrace",
    "Meadow Way",
    "Orchard Gardens",
    "Park Crescent",
    "Chapel Place",
]
POSTCODES = [
    "LS21 3AB",
    "S70 2TA",
    "CA12 5DJ",
    "LL11 1AY",
    "KA7 1UP",
    "BT78 1AA",
    "TR1 2HE",
    "BL9 0EY",
    "ls29 8hw",
    "M14 5RB",
    "EH6 7NP",
    "CF10 3AT",
    "SW1A 2AA",
    "G42 9XT",
]


def email() -> str:
    first, last = rng.choice(FIRST).lower(), rng.choice(SURNAMES).lower().replace("'", "")
    return rng.choice(
        [
            f"{first}.{last}@example.com",
            f"{first[0]}{last}{rng.randint(1, 99)}@example.co.uk",
            f"{first}_{last}@example.org",
        ]
    )


def dob() -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1925, 1960)
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y % 100:02d}",
            f"{d} {months[m - 1]} {y}",
            f"{months[m - 1]} {d}th {y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


def address() -> str:
    house = rng.randint(1, 120)
    street = rng.choice(STREETS)
    return rng.choice(
        [f"{house} {street}", f"Flat {rng.randint(1, 9)}, {house} {street}", f"{house}a {street}"]
    )


def record() -> str:
    return rng.choice(
        [
            f"K{rng.randint(1000000, 9999999)}",
            f"{rng.randint(10000000, 99999999)}",
            f"RX{rng.randint(100000, 999999)}",
            f"SC/{rng.randint(2019, 2025)}/{rng.randint(1000, 9999)}",
        ]
    )


def titled() -> str:
    title = rng.choice(["Mrs", "Mr", "Ms", "Miss", "Dr", "Mr", "Mrs"])
    initial = rng.choice(["", "", f"{rng.choice('ABDJKMPRT')}. ", f"{rng.choice('ABDJKMPRT')} "])
    return f"{title} {initial}{rng.choice(SURNAMES)}"


SLOTS = {
    "nhs": ("nhs_number", nhs),
    "nhs_spaced": ("nhs_number", nhs_spaced),
    "chi": ("chi_number", chi),
    "hc": ("hc_number", hc),
    "ni": ("ni_number", ni),
    "mobile": ("phone", mobile),
    "landline": ("phone", landline),
    "email": ("email", email),
    "dob": ("date_of_birth", dob),
    "postcode": ("postcode", lambda: rng.choice(POSTCODES)),
    "address": ("address", address),
    "record": ("record_number", record),
    "title_name": ("name", titled),
    "first": ("name", lambda: rng.choice(FIRST)),
}
PLAIN = {
    "town": lambda: rng.choice(TOWNS),
    "any_first": lambda: rng.choice(FIRST),
    "bad_nhs": lambda: (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}")(_bad_check(_with_check("4"))),
    "bad_chi": lambda: _bad_check(_with_check("0304" + str(rng.randint(30, 59)))),
    "order": lambda: str(rng.randint(1000000000, 9999999999)),
    "meeting": lambda: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
    "time": lambda: rng.choice(["10am", "2pm", "9.30", "7pm"]),
}

# Templates: {slot} is labelled when it names an identifier type, plain otherwise.
POSITIVE = [
    "Can anyone help? Her NHS number is {nhs} and the GP surgery says they have no record of her.",
    "Quick one - {title_name} needs a repeat prescription, NHS no {nhs}, pharmacy won't "
    "release it.",
    "Discharge letter came through with the wrong NHS number on it ({nhs_spaced}). Who do I ring?",
    "Anyone in Scotland know how long a CHI correction takes? Client's CHI is {chi}.",
    "CHI number {chi} keeps bringing up someone else's records at the surgery. Nightmare.",
    "Belfast folk: his H&C number is {hc}, the trust says it doesn't match. Any advice?",
    "Our resident's health and care number {hc} was missing off the transfer form again.",
    "PIP form asks for NI number, his is {ni}, can I fill it in for him as appointee?",
    "Her National Insurance number is {ni} but DWP keep saying they can't find her.",
    "NI {ni} - is that enough for the council tax reduction form or do they need more?",
    "If anyone can cover Saturday please text me on {mobile}, thank you!",
    "Her daughter asked me to share her number for anyone who knows the family: {mobile}",
    "Ring the home on {landline} and ask for the deputy, she'll sort it.",
    "My mobile is {mobile} if any carers in {town} want to meet for a coffee.",
    "Son lives abroad, best number for him is +353 87 {plain3} {plain4}.",
    "Email me at {email} and I'll send you the rota template.",
    "Her son wants updates, his email is {email}, is it ok to add him to the WhatsApp?",
    "Could whoever has the minutes send them to {email} please",
    "Anyone know if the blue badge form takes DOB {dob} format or another?",
    "New admission, {title_name}, date of birth {dob}, coming from hospital on Friday.",
    "She was born on {dob} so she'll be 90 next year, the family want a party.",
    "d.o.b. {dob} - and the hospital still sent the letter to the wrong person.",
    "She lives at {address}, {town} and the district nurse can't find the key safe.",
    "Can someone drop the food parcel at {address}? It's the blue door.",
    "He's moved to {address}, {postcode}, so the carers need the new rota.",
    "Postcode is {postcode} if anyone is near and can check on him.",
    "The referral went to the old address, {address} {postcode}, not the new flat.",
    "Hospital number {record}, still waiting for the scan results after six weeks.",
    "MRN {record} - the ward says the notes went to the wrong trust.",
    "Council gave us case ref {record} for the safeguarding, no callback yet.",
    "Case number: {record}. Has anyone had a reply from the CHC team this month?",
    "{title_name} had another fall last night, second this week.",
    "Spoke to {title_name} about the new medication, she's not keen.",
    "Our resident {first} won't eat anything but toast, any ideas?",
    "my lady {first} loves the radio on, but her neighbour complains",
    "The man I support, called {first}, keeps trying to leave at night.",
    "Service user {first} has been discharged without a care package.",
    "A gentleman named {first} moved in last week and hasn't settled.",
    "Client {first} says the new carer doesn't speak to her. How would you handle it?",
    "{title_name} (dob {dob}) is on {mobile} if the OT needs to get in touch.",
    "Please update {title_name}: NHS {nhs_spaced}, new address {address}, {postcode}.",
    "Patient {first}, hosp no {record}, waiting on a bed on the stroke unit.",
]

# Clean drafts that look like they might hold an identifier and do not.
NEGATIVE = [
    "If it's urgent ring 111, or 999 in an emergency. Samaritans are on 116 123 any time.",
    "Carers UK helpline is 0808 808 7777, they were brilliant with my attendance allowance.",
    "The council's adult social care number is 0300 123 4567 - press 2 for carers.",
    "Non-emergency police is 101 if the neighbour keeps shouting at her.",
    "Freephone dementia line 0800 888 6678 is open till 8pm.",
    "Team meeting moved to {meeting} at {time}, same room.",
    "Shift swap anyone? I'm on {meeting}, happy to do a late instead.",
    "Training day is {meeting}, bring your own lunch.",
    "Order {order} from the catalogue still hasn't come, anyone else?",
    "Her NHS number on the letter was {bad_nhs} but that fails the check, so it's a typo "
    "somewhere.",
    "CHI on the form was {bad_chi}, the surgery said it can't be right.",
    "She only wears her Dr Martens, even in summer.",
    "We did a Mr Motivator workout in the lounge, everyone loved it!",
    "Dick Whittington at the Grand was a lovely trip for the residents.",
    "The Mr Men books are a hit with the grandchildren on visiting day.",
    "Doctor Who marathon in the day room this Sunday.",
    "Send referrals to info@example.org and they come back within a day.",
    "Has anyone used the Patient Advice and Liaison Service? PALS sorted it for us.",
    "A record number of 300 people came to the carers' fair!",
    "Case ref to follow once the council reply.",
    "The sample NI number on the form is QQ 12 34 56 C, don't use your real one in training.",
    "We all love a trip down Memory Lane with the old photos.",
    "2 residents walked down Mill Lane with me today, lovely sunshine.",
    "Anyone going to the {town} carers' group on Thursday?",
    "An 87-year-old man with dementia: any tips on mealtimes?",
    "Room 12 has been repainted, looks lovely now.",
    "Working in {town} this week, any good cafes?",
    "Training ran from 09:00 to 17:00 for 120 staff.",
    "Invoice 943 476 59190 was paid last week.",
    "Our new postcode checker says LS1 is covered but not the outskirts.",
    "Birthday party planned for 3 May for all the residents born in May!",
    "The forum is on 7 March 2025 in {town}, tickets free.",
    "Ward 7 is closed to visitors because of norovirus.",
    "Our care home scored 4 out of 5 at the last inspection.",
    "Pay went up by 1.5 per cent, still not enough.",
    "Tesco order number 1234567890 never turned up.",
    "The dummy number 111 111 1111 is used in all our training.",
    "Price list: 2 for £10, 3 for £14.",
    "We meet in the B12 3rd floor room at the community centre.",
    "Bank holiday rota is up, 8 til 8 shifts.",
    "Anyone else's residents obsessed with Coronation Street?",
    "The PM lives at 10 Downing Street, not sure he reads this group.",
    "MS Teams call at {time} for the managers.",
    "Residents: the whole floor enjoyed the singer.",
    "She's in her eighties and still sharp as a tack.",
    "Huge thanks to everyone who donated, we raised £1,240!",
    "Used ref 2023/44 for the expenses claim.",
    "Version 3.12.1 of the rota app broke the login again.",
    "Our charity number is 1089464 if anyone asks about the raffle.",
    "Call Age UK Advice free on 0800 678 1602.",
    "Covering {town} and the villages this month, message me here if you need a hand.",
    "Does anyone have {any_first}'s recipe for the sugar-free flapjacks from the fair?",
    "Next carers' cafe is {meeting} at {time} - {town} library, all welcome.",
    "Rota for w/c {meeting} is on the board, shout if it's wrong.",
    "Parcel tracking {order} says delivered but nothing came.",
    "Someone wrote the NHS number as {bad_nhs} on the MAR chart, it fails the check so we "
    "queried it.",
    "Typo alert: CHI {bad_chi} on the discharge summary doesn't add up.",
    "{any_first} from the {town} group recommended the memory cafe, thanks!",
    "Anyone else doing the 5k for the hospice on {meeting}?",
    "Reminder: supervision forms due by {meeting}, {time} latest.",
    "Sign-up sheet for the {town} walk is in the office, 12 places left.",
    "Call the council on 0300 {plain3} {plain4}, ask for the carers' assessment team.",
    "Premium line 0906 {plain3} {plain4} is a scam, don't ring it.",
    "Freephone 0800 {plain3} {plain4} is the wheelchair service, they're good.",
    "Bus 116 from {town} stops right outside the home.",
    "Our charity number is {order} for the raffle licence.",
    "Batch number {order} of the flu vaccine was recalled, check your stock.",
]

HAND_WRITTEN = [
    "Morning all. Bit of a rant. Went to see [[name:Mrs Edwards]] and the agency had sent a "
    "different carer AGAIN. Third time this week. She gets so confused.",
    "Can anyone advise? [[name:Mr D. Fitzgerald]] has been refused CHC funding and the family "
    "are devastated.",
    "Our lovely resident [[name:Gladys]] turned 100 today, card from the King and everything!",
    "Does anyone know if I can use [[phone:07700 900 321]] as the contact on the form or does it "
    "have to be a landline?",
    "Message from the family: please call [[phone:0113 496 0789]] not the old number.",
    "Hello! New to the group. I'm a carer for my husband and we live near Bristol.",
    "Just a reminder the peer support call is Tuesday at 7pm, link in the group files.",
    "Lost my badge at the training, if anyone finds it please drop it at reception.",
    "She gave me her date of birth as [[date_of_birth:14/02/1938]] but the GP has 1939.",
    "NHS number [[nhs_number:4010232137]], please can someone in the CCG look at this.",
    "His DOB is [[date_of_birth:2 June 1946]] and he's convinced it's 1964, bless him.",
    "Our manager said put the case no [[record_number:CN-448120]] on every email to the council.",
    "We've had so many calls from 0345 numbers, I think it's the DWP.",
    "The man I look after, called [[name:Eric]], thinks I'm his sister.",
    "Shoutout to the night staff, absolute heroes this week.",
    "Flat is [[address:Flat 2, 19 Hawthorn Drive]], the buzzer's broken so knock.",
    "Has anyone got a template for a hospital passport? Ours is out of date.",
    "Family say to email [[email:j.mensah77@example.co.uk]] with any concerns.",
    "Are we allowed to post in here about residents at all? Asking for a friend.",
    "Think the new Dr at the surgery is brilliant, really listens.",
    "Blue badge came for [[name:Mr Okafor]] finally, took 14 weeks!",
    "Does the 2pm slot on 12/09 still work for everyone?",
    "Anyone using the 0800 number for the wheelchair service? It just rings out.",
    "Quick q - is [[postcode:BT9 7AB]] covered by the South Eastern trust or Belfast?",
    "My client [[name:Maureen]] has started refusing her insulin.",
    "We raised £320 for the Alzheimer's Society at the bake sale!!",
    "National Insurance number for the form: [[ni_number:JM 48 21 07 B]]. Thanks in advance.",
    "Please note the new office number is 0300 303 2704 from Monday.",
    "Meeting minutes from 14.03.25 are in the shared drive.",
    "I support a lovely gentleman who was a pilot in the war, the stories he tells!",
    "Dr Martens boots are the only ones that fit her swollen feet tbh",
    "Mr Bean is on repeat in the lounge, the residents love it.",
    "CHI [[chi_number:1803524413]] is on the letter, can someone check it's right before I send?",
    "Tenant [[name:Hamish]] at the supported living scheme is asking about a pet.",
    "Pharmacy says to ring 0161 but they never answer.",
    "Room booking ref 2024-118 for the training suite.",
    "Our residents loved the trip to Whitby, fish and chips all round.",
    "Anyone know a good solicitor for LPA? Needs to be in the LS area.",
    "Text [[phone:+44 7700 900 654]] if you can help with transport.",
    "Record number [[record_number:88123456]] on the wristband doesn't match the notes.",
    "Safeguarding concern raised, will update when I can (no names, don't worry).",
    "H&C no [[hc_number:3456789017]], surgery in Omagh can't find him.",
    "Apologies for the late reply, been on nights.",
    "Happy birthday to our activities lead Sarah!!",
    "Send the cheque to our office, enquiries@example.org has the address.",
    "Lovely visit from the Mayor of Barnsley today.",
    "Any advice on moving someone from 4 Mill Lane type terraces into a bungalow?",
    "Evening all, how do you handle family who want daily updates by text?",
    "Brilliant session from the falls team today, highly recommend.",
    "Does anyone's local authority pay for respite over Christmas?",
    "Who else finds the new care planning software really slow?",
    "Top tip: label the hearing aid case, saves hours of searching.",
    "Any recommendations for large print calendars?",
    "Is it normal for a CQC inspection to take two days?",
    "First week as a manager, any advice gratefully received.",
    "We've had 3 falls on the unit this month, all at night.",
    "Struggling tonight. It's been a long week. Thank you all for being here.",
    "Has anyone tried the Herbert Protocol forms? Our police force wants them for every resident.",
    "Loving the Mrs Hinch cleaning tips the residents keep telling me about.",
    "Little Miss Sunshine mug from one of the families made my day.",
    "Ward 3 at the General is lovely, the staff were so kind.",
    "Remember the 6 Cs: care, compassion, competence, communication, courage, commitment.",
    "Form asks for DOB but our template has it as dd/mm/yyyy, which box?",
    "She was born in 1931 and still does the crossword every day.",
    "Thanks {any_first}, that's really helpful.",
    "Agency rate is £24.50 an hour now, 12 hour shifts.",
    "Re the 0808 line, they said to call back on Monday.",
    "Sister {any_first} on the ward was fab.",
    "My mum's 94 and has Parkinson's, any tips for swallowing?",
    "Can I ask the group's advice about a tricky safeguarding situation? No details here, DM me.",
    "Who's going to the conference on the 12th?",
    "Mr Tumble on CBeebies is the only thing that calms him.",
    "Our Doris from the kitchen made the best cake.",
    "[[name:Mrs Hughes]] in room 4 asked after you all.",
    "Her email is [[email:edna.williams@example.com]], she'd love to hear from old colleagues.",
    "Born [[date_of_birth:1944-06-06]], D-Day baby, she's very proud of it.",
    "Please pass on to [[name:Dr Shah]] that the bloods are back.",
    "Address for cards: [[address:27 Orchard Gardens]], [[postcode:KA7 1UP]].",
    "Contact number for the family is [[phone:01632 960 417]].",
    "Resident [[name:Albert Nowak]] has asked to go to mass on Sunday.",
    "Please call [[phone:+44 20 7946 0112]] to speak to her nephew.",
    "The patient number on the letter is [[nhs_number:401 023 2137]].",
    "NINO [[ni_number:AB458213D]] on the claim form, is that enough?",
]


def _fill(template: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    labels: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in re.finditer(r"\{(\w+)\}|\[\[(\w+):(.*?)\]\]", template):
        out.append(template[pos : m.start()])
        length += m.start() - pos
        if m.group(1):
            slot = m.group(1)
            if slot in SLOTS:
                kind, make = SLOTS[slot]
                value = make()
                labels.append({"type": kind, "start": length, "end": length + len(value)})
            elif slot == "plain3":
                value = f"{rng.randint(100, 999)}"
            elif slot == "plain4":
                value = f"{rng.randint(1000, 9999)}"
            else:
                value = PLAIN[slot]()
        else:
            value = m.group(3)
            labels.append({"type": m.group(2), "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), labels


def _fix_international(text: str, labels: list[dict[str, object]]) -> None:
    # The "+353 87 ..." template writes its number from plain parts: label it as a phone.
    at = text.find("+353")
    if at != -1:
        end = at + len("+353 87 123 4567")
        labels.append({"type": "phone", "start": at, "end": end})


def main() -> None:
    rows = []
    sites = ["facebook", "linkedin", "whatsapp", None]
    drafts = [t for t in POSITIVE for _ in range(6)] + [t for t in NEGATIVE for _ in range(3)]
    drafts += HAND_WRITTEN
    for index, template in enumerate(drafts):
        text, labels = _fill(template)
        _fix_international(text, labels)
        labels.sort(key=lambda label: (label["start"], label["end"]))
        rows.append(
            {"id": f"id-{index:04d}", "text": text, "site": rng.choice(sites), "labels": labels}
        )
    unique: dict[str, dict[str, object]] = {}
    for row in rows:
        unique.setdefault(str(row["text"]), row)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for row in unique.values():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    clean = sum(1 for row in unique.values() if not row["labels"])
    print(f"wrote {len(unique)} drafts ({clean} clean) to {OUT.name}")


if __name__ == "__main__":
    main()
