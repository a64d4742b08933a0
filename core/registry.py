"""The packs, listed by hand, and the metadata the options page and the docs are generated from."""

from __future__ import annotations

from collections.abc import Iterable

from .matchers.sentences import lexicons_built
from .model import Pack, Rule, Tip
from .packs import audience, custom, identifiers, offensive, peer_support, professional, regulators

PACKS: tuple[Pack, ...] = (
    Pack(
        id="identifiers",
        title="Identifiers",
        description=(
            "Spots details that could identify a person you support, such as NHS numbers, "
            "so they never reach a group."
        ),
        tip=Tip.IDENTIFIERS,
        rules=identifiers.RULES,
        reads_english=False,
    ),
    Pack(
        id="offensive",
        title="Offensive material",
        description=(
            "Spots swearing, slurs, insults, threats and hateful statements about groups, "
            "including when letters are disguised."
        ),
        tip=Tip.OFFENSIVE,
        rules=offensive.RULES,
    ),
    Pack(
        id="professional",
        title="Professional standards",
        description=(
            "Notices a tone that reads as chat between friends, shouting, speaking for an "
            "organisation, confidences and medication advice, so posts stay within the role."
        ),
        tip=Tip.PROFESSIONAL,
        rules=professional.RULES,
    ),
    Pack(
        id="peer_support",
        title="Peer support",
        description=(
            "Notices chasing the group for answers, replies that only say you can't help, and "
            "replies that may brush off someone's distress."
        ),
        tip=Tip.THINK,
        rules=peer_support.RULES,
    ),
    Pack(
        id="audience",
        title="Audience",
        description=(
            "Reminds you who may read a post about work on Facebook or LinkedIn, and offers the "
            "'me' test before you reply to someone."
        ),
        tip=Tip.AUDIENCE,
        rules=audience.RULES,
    ),
    Pack(
        id="regulators",
        title="Regulators' advice",
        description=(
            "For registered staff: notices concerns raised in public, friendship with the people "
            "you support or their families, complaints about colleagues, photos of the people "
            "you support and your workplace named beside a case, as the NMC, HCPC, Social Work "
            "England, SSSC and BASW advise."
        ),
        tip=Tip.PROFESSIONAL,
        rules=regulators.RULES,
        default_on=False,
    ),
    Pack(
        id="custom",
        title="Your own names and phrases",
        description=(
            "Spots the names of people you support and the phrases you added yourself; the lists "
            "stay on your device."
        ),
        tip=Tip.IDENTIFIERS,
        rules=custom.RULES,
        reads_english=False,
    ),
)

PACK_IDS: tuple[str, ...] = tuple(p.id for p in PACKS)
_BY_ID = {p.id: p for p in PACKS}
ALL_RULES: tuple[Rule, ...] = tuple(r for p in PACKS for r in p.rules)
RULES_BY_ID = {r.id: r for r in ALL_RULES}
lexicons_built()  # every pack's lexicons are built once their modules are imported, above


class UnknownPack(ValueError):
    """Raised for a pack id that does not exist."""


def default_packs() -> tuple[str, ...]:
    return tuple(p.id for p in PACKS if p.default_on)


def packs_for(packs: Iterable[str] | None) -> tuple[Pack, ...]:
    """The given packs, in registry order; None means the default packs."""
    wanted = set(default_packs() if packs is None else packs)
    unknown = wanted - set(PACK_IDS)
    if unknown:
        raise UnknownPack(f"unknown pack: {', '.join(sorted(unknown))}")
    return tuple(p for p in PACKS if p.id in wanted)


def rules_for(packs: Iterable[str] | None) -> tuple[Rule, ...]:
    """The rules of the given packs, in registry order; None means the default packs."""
    return tuple(r for p in packs_for(packs) for r in p.rules)


def describe(lang: str = "en") -> list[dict[str, object]]:
    """Packs and their rules as plain data, for the options page, the README and `packs`; the
    titles and the rules' words in `lang` (core.i18n), English by default."""
    from .i18n import ENGLISH, PackText, RuleText, languages

    packs: dict[str, PackText] = {}
    rules: dict[str, RuleText] = {}
    if lang != ENGLISH:
        packs = dict(languages()[lang].packs)
        rules = dict(languages()[lang].rules)
    out: list[dict[str, object]] = []
    for p in PACKS:
        pack_text = packs.get(p.id, PackText(p.title, p.description))
        out.append(
            {
                "id": p.id,
                "title": pack_text.title,
                "description": pack_text.description,
                "tip": p.tip.value,
                "default_on": p.default_on,
                "reads_english": p.reads_english,
                "rules": [
                    {
                        "id": r.id,
                        "severity": r.severity.value,
                        "message": rules[r.id].message if r.id in rules else r.message,
                        "why": rules[r.id].why if r.id in rules else r.why,
                        "tip": r.tip.value,
                    }
                    for r in p.rules
                ],
            }
        )
    return out
