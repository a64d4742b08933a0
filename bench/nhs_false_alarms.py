"""False alarms of the NHS number rules on order, invoice, tracking and booking numbers.

    python -m bench.nhs_false_alarms [--n 500]

Checksum-valid ten-digit numbers in the NHS range (the worst case: about one random ten-digit
number in eleven passes the check), written in the layouts shops and couriers use, inside drafts
that say what they are (an order, an invoice, a parcel), with and without care words around, and
inside drafts that say nothing. Prints, per template, the share flagged by
``identifiers.nhs_number`` (serious) and ``identifiers.possible_nhs_number`` (warning).
"""

from __future__ import annotations

import argparse
import random
import sys

from bench.fresh.make_fresh import layout, ten_digits
from core import check

TEMPLATES = {
    "order number": "Ordered mum a riser recliner, order number {n}, still not here.",
    "order no. (care draft)": "Pads for the residents are late again, order no. {n}, ring them?",
    "invoice": "Invoice {n} from the agency is still unpaid, can finance look?",
    "tracking (care draft)": "Tracking for the new hoist slings is {n} if anyone chases DPD.",
    "delivery number (care draft)": "Delivery number for the pads is {n}, should come Tuesday.",
    "booking ref": "Booking ref for the minibus to the seaside trip is {n}.",
    "parcel": "Parcel {n} was left with a neighbour.",
    "no cue, not about care": "Can you read this back to me: {n}? Thanks.",
    "no cue, about care": "For the carers on the second call this morning: {n}, thanks.",
}
LAYOUTS = ("plain", "334", "433", "424", "55", "dash")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="numbers per template")
    args = parser.parse_args(argv)
    rng = random.Random("nhs-false-alarms")
    print(f"{'template':32} {'serious':>8} {'warning':>8}   (share of {args.n} drafts)")
    for name, template in TEMPLATES.items():
        serious = warning = 0
        for _ in range(args.n):
            number = layout(ten_digits(rng, rng.choice("456789")), rng.choice(LAYOUTS))
            rules = {f.rule for f in check(template.format(n=number), packs=("identifiers",))}
            serious += "identifiers.nhs_number" in rules
            warning += "identifiers.possible_nhs_number" in rules
        print(f"{name:32} {serious / args.n:8.3f} {warning / args.n:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
