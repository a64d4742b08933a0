"""Care and health record systems, and the labels people put before a person's record number.

Data for the identifiers pack's record-number rule (``core.packs.identifiers``): a number written
after one of these ("RiO number 1048776", "Mosaic ID 7731902", "client ref CL-00417") opens one
person's file. Lower-case; a space inside a name may be left out or doubled in a draft.
"""

from __future__ import annotations

# Names that are also common words (Epic, Swift, PASS) are left out.
# Electronic care and health record systems used in UK health and social care: community and
# mental health (RiO, SystmOne, EMIS, Lorenzo, Cerner, PARIS, Carenotes), council social
# care (Mosaic, Liquidlogic, CareFirst, ContrOCC) and care providers' own
# digital care plans (CareDocs, Nourish, Birdie, Person Centred Software, Care Control and others).
SYSTEMS = (
    "rio",
    "systmone",
    "systm one",
    "system one",
    "emis",
    "emis web",
    "lorenzo",
    "cerner",
    "paris",
    "carenotes",
    "care notes",
    "medway",
    "careflow",
    "mosaic",
    "liquidlogic",
    "liquid logic",
    "carefirst",
    "care first",
    "controcc",
    "azeus",
    "caredocs",
    "care docs",
    "nourish",
    "birdie",
    "care control",
    "log my care",
    "logmycare",
    "carepath",
    "care planner",
    "access care planning",
    "careplanner",
    "oneadvanced",
    "carelink",
    "everylife",
    "trakcare",
    "careplus",
    "wellsky",
    # The Welsh Community Care Information System, Civica's social care record and Adastra,
    # the out-of-hours record.
    "wccis",
    "civica",
    "adastra",
)

# Words for whose record a number is: before a number noun ("client ID", "referral ref").
LABELS = (
    "client",
    "service user",
    "su",
    "resident",
    "patient",
    "person",
    "referral",
    "case",
    "customer",
    "tenant",
    "care record",
    "record",
    "file",
    "hospital",
    "hosp",
    "unit",
    "social care",
    "council",
    "crisis",
    # Systems whose names are also ordinary words or letters: read only before a number noun
    # ("PAS number", "Epic MRN").
    "pas",
    "epic",
)

# The words of the labels, to tell whether a draft holds one at all.
LABEL_WORDS = frozenset(word for label in LABELS for word in label.split())

# Welsh labels, which put their noun first ("rhif cleient" is client number; "rhif achos", case
# number; "rhif claf", patient number; "rhif ysbyty", hospital number; "cyfeirnod", reference;
# "rhif cyfeirio", referral number; "rhif cofnod", record number; "rhif defnyddiwr gwasanaeth",
# service user number), read like a system's name: no noun needs to follow.
WELSH_LABELS = (
    "rhif cleient",
    "rhif achos",
    "rhif claf",
    "rhif ysbyty",
    "rhif cofnod",
    "rhif cyfeirio",
    "rhif atgyfeirio",
    "rhif defnyddiwr gwasanaeth",
    "rhif preswylydd",
    "cyfeirnod achos",
    "cyfeirnod cleient",
    "cyfeirnod",
)

# The nouns that make a label a number's name.
NOUNS = ("id", "ref", "reference", "no", "no.", "num", "number", "#")

# Words before a reference that make it a shop's, a courier's or an account's, not a person's
# record ("order no.", "tracking", "invoice").
# Letters that open a shop's, a supplier's or an employer's reference ("JOB-2291", "SR-55210",
# "INV-20931"): the reference is theirs, not a person's record. Lower-case.
COMMERCIAL_PREFIXES = frozenset(
    str.split("""job po inv ord sr req tkt bk trk wo rma qte quo cs inc emp""")
)

# The same words read before a reference as a whole (``COMMERCIAL``) also make it a staff training
# record's, an event stall's or a fundraiser's ("Training matrix updated, ref TM/2024/118",
# "JustGiving ref for the run").
COMMERCIAL = frozenset(
    str.split(
        """order orders invoice invoices tracking parcel delivery booking bookings ticket tickets
    account po purchase receipt transaction payment reservation confirmation courier shipment
    item product model serial policy membership charity company registration batch lot voucher
    code promo discount job jobs vacancy vacancies quoting apply applying application
    recruiting recruitment role request requests supplier suppliers repair repairs fault
    faults engineer employee employees payroll organisation organization dbs booked
    payslip payslips training matrix module modules course courses stall stalls justgiving
    fundraiser fundraising"""
    )
)
