"""Offensive: profanity, slurs, insults, threats and hateful statements about groups.

The guide's tip "Do not post offensive or inappropriate material" covers more than hate speech:
in a professional peer group, swearing at or about anyone is out of place too.

- ``lexicon``: the words, as data: swear words and slurs by family, two-word slurs, the homonym
  exceptions that make a listed word innocent in context ("a dyke by the beach", "my Labrador
  bitch", "a finger-prick test"), and the words statements about people are made of.
- ``forms``: the dictionary built from them: every way a word may be written (slips, doubled
  letters, stars) and its dictionary form; who counts as people.
- ``grammar``: the statement shapes ("<people> are <derogatory word>", "I hate <people>",
  "<people> should die", "I will kill <people>"), as patterns over a sentence's words.
- ``reader``: the reading of a draft, once per check (``Draft.analysis``), sentence by sentence.
- ``rules``: the six rules, each with its examples.
"""

from .rules import (
    DEHUMANISING,
    DEROGATORY_GROUP,
    INSULT,
    PROFANITY,
    RULES,
    SLUR,
    THREAT,
)

__all__ = ["DEHUMANISING", "DEROGATORY_GROUP", "INSULT", "PROFANITY", "RULES", "SLUR", "THREAT"]
