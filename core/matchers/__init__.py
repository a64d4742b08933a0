"""The closed set of matchers a rule can use, and the toolkit their validators share.

- ``Pattern``: a regular expression, optionally confirmed by a validator (a check digit, a shape)
  and by ``ContextWords`` near the match; optionally gated by ``cues`` (words every match
  contains) or a ``shape`` (a byte pattern over ``Draft.shape`` that every match's shape fits).
- ``Cued``: a ``Pattern`` run only in windows around the words every match of it contains, for
  the long alternations of phrases of the conduct packs.
- ``Custom``: a function of the ``Draft`` and the ``Context``, only where data cannot say it (a
  whole-draft test, a pack's own reading such as the offensive pack's sentence reader).

Every matcher has ``find(draft, context)``, reads the normalised text of a ``core.draft.Draft``
and reports spans in the original text. The toolkit: ``clause_before``, ``is_question``,
``asks_in_general`` and ``previous_word`` (what surrounds a match), ``words_pattern`` and
``alternation`` (the one way to build an alternation of literal words, longest first),
``not_after`` (a pattern's first character with the look-behind that keeps it fast), and
``word_list`` / ``word_set`` (from ``core.wordlists``: the one way to write a list of words).
"""

from ..wordlists import word_list, word_set
from .clauses import asks_in_general, clause_before, is_question, previous_word
from .cued import Cued
from .custom import Custom
from .pattern import MatchCheck, Pattern, not_after
from .terms import ContextWords, alternation, words_pattern

__all__ = [
    "ContextWords",
    "Cued",
    "Custom",
    "MatchCheck",
    "Pattern",
    "alternation",
    "asks_in_general",
    "clause_before",
    "is_question",
    "not_after",
    "previous_word",
    "word_list",
    "word_set",
    "words_pattern",
]
