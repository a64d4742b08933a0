"""Regulators: what the professional regulators' social media advice adds to the guide.

Off by default, for registered staff and anyone who wants the fuller standard: the guide's tip
'Maintain appropriate professional standards of communication' asks registered professionals to
check their registration body's standards, and these rules say what those standards ask, each
naming the advice it comes from (in the project's own words):

- NMC, *Guidance on using social media responsibly*: no social contact with people in your care
  or their families, no complaints about colleagues, no pictures of patients even when they ask,
  and concerns raised through the proper channels, not on social networking sites.
- HCPC, *Guidance on social media*: keep professional boundaries with service users and carers,
  post nothing that could identify a service user, raise concerns through the employer's
  procedures.
- Social Work England, *Professional standards guidance*: no references to people supported,
  even anonymised ones that others may recognise, and no information about colleagues, managers
  or employers.
- SSSC, *Social media guidance for social service workers*: think before accepting friend
  requests from people who use the service or their families, be mindful of what is said about
  colleagues and the employer, permission before any photo is shared.
- BASW, *Policy: social media*: the same boundaries as in any other communication.

Each rule reads the sentences of a draft (``core.matchers.sentences``) and reports the stretch of a
sentence from the first to the last phrase that makes the point, not the whole sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..draft import Draft
from ..matchers.sentences import Either, Group, Reading, Sentence
from ..model import Context, Rule, Severity, Span, Tip
from .regulators_lexicon import FAILING_READING, LEXICON, READING

_TIP = Tip.PROFESSIONAL


@dataclass(frozen=True)
class Said:
    """A sentence where every category of one of ``combos`` meets, reported from the first to the
    last phrase of those categories in it.

    As ``InSentence``: each combination is categories joined by ``+``, the first the act (not
    counted after a negating word); a category marked ``^`` may be anywhere in the draft; a
    sentence holding a category of ``unless`` is left alone, and so is a question.

    ``only_with``: a category without which the draft is not read at all: it must be anywhere in
    the draft (a cheap look for its words first, then the reading).
    """

    combos: tuple[str, ...]
    unless: tuple[str, ...] = ()
    reading: Reading = READING
    only_with: str | None = None
    _parsed: tuple[tuple[str, tuple[str, ...], tuple[str, ...], Group], ...] = field(
        init=False, repr=False, compare=False
    )
    _groups: tuple[Group, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parsed = []
        known = set(LEXICON.categories)
        for combo in self.combos:
            names = combo.split("+")
            here = tuple(n for n in names[1:] if not n.startswith("^"))
            anywhere = tuple(n[1:] for n in names[1:] if n.startswith("^"))
            unknown = {names[0], *here, *anywhere, *self.unless} - known
            if self.only_with is not None and self.only_with not in known:
                unknown.add(self.only_with)
            if unknown:
                raise ValueError(f"unknown categories {sorted(unknown)}")
            # The reading looks only where every category the combination needs may stand.
            needed = (*anywhere, self.only_with) if self.only_with else anywhere
            group = self.reading.needs((names[0], *here), needed)
            parsed.append((names[0], here, anywhere, group))
        object.__setattr__(self, "_parsed", tuple(parsed))
        object.__setattr__(self, "_groups", tuple(group for *_, group in parsed))

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        sentences = self.reading.sentences(draft, self._groups)
        if not sentences:  # most drafts: no generator set up to find nothing
            return iter(())
        return self._found(draft, sentences)

    def _found(self, draft: Draft, sentences: list[Sentence]) -> Iterator[Span]:
        if self.only_with and not self.reading.anywhere(draft, self.only_with):
            return
        for sentence in sentences:
            if sentence.question or any(sentence.has(c) for c in self.unless):
                continue
            for act, here, anywhere, _ in self._parsed:
                acts = [hit for hit in sentence.hits.get(act, ()) if not sentence.negated(hit[0])]
                if not acts or not all(sentence.has(c) for c in here):
                    continue
                if not all(self.reading.anywhere(draft, c) for c in anywhere):
                    continue
                yield _stretch(
                    draft, sentence, [*acts, *(h for c in here for h in sentence.hits[c])]
                )
                break


def _stretch(draft: Draft, sentence: Sentence, hits: list[tuple[int, int]]) -> Span:
    """The clauses of ``sentence`` from the one holding the first token of ``hits`` to the one
    holding the last, in the original text: "Took a video of Mrs Kaur dancing" of "Took a video
    of Mrs Kaur dancing, she's a star."."""
    first = min(start for start, _ in hits)
    last = max(end for _, end in hits) - 1
    breaks = sentence.breaks
    at = bisect_left(breaks, sentence.starts[first])
    start = breaks[at - 1] + 1 if at and breaks[at - 1] >= sentence.start else sentence.start
    at = bisect_left(breaks, sentence.starts[last] + len(sentence.tokens[last]))
    end = breaks[at] if at < len(breaks) and breaks[at] < sentence.end else sentence.end
    text = draft.folded[start:end]
    lead = len(text) - len(text.lstrip())
    return Span(*draft.to_original(start + lead, start + len(text.rstrip())))


CONCERN_IN_PUBLIC = Rule(
    id="regulators.concern_in_public",
    severity=Severity.WARNING,
    tip=_TIP,
    message=(
        "This may raise a concern about care in public rather than through the proper channels."
    ),
    why=(
        "The NMC's social media guidance says concerns about care are raised through the proper "
        "channels, not on social networking sites, and the HCPC asks for the employer's "
        "procedures first; the tip 'Maintain appropriate professional standards of "
        "communication' asks registered professionals to keep to their regulator's standards."
    ),
    suggestion=(
        "Consider raising it with your manager or your organisation's speaking-up guardian, or "
        "with the care regulator (CQC, Care Inspectorate, Care Inspectorate Wales or RQIA)."
    ),
    matcher=Either(
        (
            Said(combos=("going_public+failing",), unless=("general",)),
            Said(
                combos=("failing+supported", "failing+setting"),
                unless=("general",),
                reading=FAILING_READING,
                only_with="going_public",
            ),
            # A care failing told of the writer's own workplace is a concern posted in public,
            # however it is introduced.
            Said(
                combos=("failing+own_workplace",),
                unless=("general",),
                reading=FAILING_READING,
                only_with="own_workplace",
            ),
        )
    ),
    flags=(
        "[[Going public about this: the residents at my work are left in bed until noon.]]",
        "Sharing so everyone knows. [[Our clients are not being fed properly on the late run.]]",
        "[[I'm posting this here because the tenants on our scheme are at risk every weekend.]]",
    ),
    passes=(
        "If you're worried that residents are left in wet pads, please speak to your manager.",
        "How do I go public with a concern about unsafe staffing?",
        "Our residents were never left alone during the power cut, the team were brilliant.",
        "Sharing this so everyone knows the carers' forum has moved to Thursday.",
    ),
)

CONTACT_WITH_SUPPORTED = Rule(
    id="regulators.contact_with_supported",
    severity=Severity.WARNING,
    tip=_TIP,
    message=(
        "This may describe a friendship or social contact with someone you support or their family."
    ),
    why=(
        "The NMC advises against personal relationships with people in your care, and the SSSC "
        "against friend requests from them or their families when you know them only through "
        "the service; the tip 'Maintain appropriate professional standards of communication' "
        "asks us to be mindful of professional boundaries."
    ),
    suggestion=(
        "Consider keeping contact to your working role, and ask your manager how to decline kindly."
    ),
    matcher=Said(combos=("contact+supported",), unless=("general",)),
    flags=(
        "[[Accepted a friend request from one of my residents last night.]]",
        "[[My client's daughter messages me every night now.]]",
        "[[Took one of the lads I support to the match on Saturday.]]",
    ),
    passes=(
        "I never accept friend requests from residents or their families.",
        "Should I accept a friend request from a client's son?",
        "Got a friend request from my cousin in Swansea.",
        "My daughter added me on Instagram at last!",
        "Lovely that your resident wants to add you on Facebook, but it's kinder to say no.",
    ),
)

COLLEAGUE_COMPLAINT = Rule(
    id="regulators.colleague_complaint",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This may read as a complaint about a colleague or your employer.",
    why=(
        "Social Work England's guidance asks us not to share information about colleagues, "
        "managers or employers online, and the NMC and the SSSC ask us to mind what we say about "
        "them; the tip 'Maintain appropriate professional standards of communication' asks "
        "registered professionals to keep to their regulator's standards."
    ),
    suggestion=("Consider taking it to supervision, HR or your union rather than the group."),
    matcher=Said(combos=("criticism+colleague",), unless=("general",)),
    flags=(
        "[[Honestly the deputy is so lazy]], she does nothing all shift.",
        "[[Our team leader is a bully and everyone knows it.]]",
        "[[The agency never pay us on time.]]",
    ),
    passes=(
        "My manager has been brilliant since my dad died.",
        "Is it normal for a manager to be this strict about breaks?",
        "Our deputy is never lazy about the checks, she's amazing.",
        "Please don't call anyone useless, we're all tired.",
    ),
)

PHOTO_OF_SUPPORTED = Rule(
    id="regulators.photo_of_supported",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This mentions a photo or video of someone you support.",
    why=(
        "The NMC's guidance says never to post pictures of people in your care, even when they "
        "ask, and the SSSC asks for permission before any is shared; the tip 'Maintain "
        "appropriate professional standards of communication' asks registered professionals to "
        "keep to their regulator's standards."
    ),
    suggestion=(
        "Consider not sharing it: a photo of someone you support needs their consent and your "
        "service's policy, and people are recognised even with faces hidden."
    ),
    matcher=Said(
        combos=("photo+supported", "photo+their_body_or_room"),
        unless=("general",),
    ),
    flags=(
        "[[Here's a photo of our residents at the garden party!]]",
        "[[Took a video of Mrs Kaur dancing]], she's a star.",
        "[[My favourite resident in his new hat, pic below 😍]]",
    ),
    passes=(
        "Here's a photo of the new sensory garden.",
        "Never share photos of residents, even with their faces hidden.",
        "Can we take photos of residents for their care plans?",
        "A photo of my mum on her birthday, she loved it.",
    ),
)

WORKPLACE_WITH_CASE = Rule(
    id="regulators.workplace_with_case",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This names where you work next to a complaint or a case.",
    why=(
        "The HCPC asks us to post nothing that could identify a service user, and Social Work "
        "England warns that even anonymised people can be recognised; a check-in or a named "
        "ward beside a case or a complaint is how, so the tip 'Maintain appropriate professional "
        "standards of communication' asks us to leave the place out."
    ),
    suggestion=(
        "Consider leaving out the home, ward or check-in so no one involved can be recognised."
    ),
    matcher=Said(
        combos=(
            "place+case",
            "place+failing",
            "place+criticism+colleague",
            "checkin+^case",
            "checkin+^failing",
            "checkin+^criticism",
        ),
        unless=("general",),
    ),
    flags=(
        "[[Checked in at Elmwood House.]] Management are useless, nobody cares.",
        "[[On shift at ward 9 and one of the patients keeps pulling his line out.]]",
        "[[I work at Lindens Care Home and the residents are left alone half the night.]]",
    ),
    passes=(
        "Checked in at the Carers Week picnic, lovely to see everyone.",
        "I work at a care home in Leeds and I love it.",
        "Excited to start as a senior at Brook Lodge next week.",
        "If you work at a home, ask your manager for the policy.",
    ),
)

RULES = (
    CONCERN_IN_PUBLIC,
    CONTACT_WITH_SUPPORTED,
    COLLEAGUE_COMPLAINT,
    PHOTO_OF_SUPPORTED,
    WORKPLACE_WITH_CASE,
)
