"""Alternations of literal words rewritten as prefix trees, so that ``re`` tries far fewer of them.

Python's ``re`` tries the alternatives of a group one after another at every position it scans:
a group of 300 words costs 300 steps wherever a match may start, even where no word starts with
the letter there (it skips an alternative on its first letter only when the pattern ignores no
case). Written as a tree of prefixes ("b(?:ritish|ulgarian)|c(?:atholic|hinese)"), the same words
cost a step for each letter that can follow, then only the words that share the letters so far.

``factor`` rewrites every group (and the whole pattern) whose alternatives are all literal text
(characters, escaped characters, ``\\s+`` between words) into such a tree, and leaves everything
else as written. The rewritten pattern matches exactly what the original does, with the same
groups, at the same places:

- two alternatives can both match at one position only when one is a prefix of the other (as
  literal text), and a tree tries them in the same order as the group did: a longer word before
  a shorter one when the group put it first (``(?:...)?``), after it when the group put it after
  (``(?:...)??``); a group that mixes the two orders in one chain of prefixes is left as it is;
- letters that the same character may match ignoring case, and white space that ``\\s+`` takes,
  never sit side by side in one branch of the tree: such a group is left as it is too.

Tests compare the two forms on every pattern of the core (tests/test_trie.py).

Factoring the core's patterns (170,000 characters) is most of what importing the core costs, and
it gives the same strings on every start: the build records them, and the engine's boot cache
hands them over for a plain start in Pyodide (``_BUILT_BY``; extension/engine/boot_cache.py).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

# What a pattern is made of, for this purpose: a literal character, ``\s+``, or anything else
# (an opaque piece of syntax, kept as written).
_SPACES = "\\s+"
# Characters with a meaning of their own outside a class.
_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIER_START = frozenset("*+?{")
# Escapes of a letter or digit: classes, anchors, references and character codes.
_CODE_LENGTH = {"x": 2, "u": 4, "U": 8}
# A group of fewer alternatives is not worth a tree.
_FEWEST = 3


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    # Where in the group's order the alternative ending here stands (None: none ends here).
    rank: int | None = None
    # The first and last places of the alternatives ending at or below this node (``_places``).
    low: int = 0
    high: int = 0


def _places(node: _Node) -> tuple[int, int]:
    """Sets ``low`` and ``high`` on ``node`` and every node below it, once per tree: reading the
    places again at every level made factoring a group quadratic in its depth (most of the
    core's import in Pyodide)."""
    low, high = (node.rank, node.rank) if node.rank is not None else (None, None)
    for child in node.children.values():
        child_low, child_high = _places(child)
        low = child_low if low is None else min(low, child_low)
        high = child_high if high is None else max(high, child_high)
    assert low is not None and high is not None, "every leaf ends an alternative"
    node.low, node.high = low, high
    return low, high


def _class_end(pattern: str, at: int) -> int:
    """The index after the character class starting at ``pattern[at]`` ("[")."""
    i = at + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _escape_end(pattern: str, at: int) -> int:
    """The index after the escape starting at ``pattern[at]`` ("\\")."""
    kind = pattern[at + 1] if at + 1 < len(pattern) else ""
    if kind in _CODE_LENGTH:
        return at + 2 + _CODE_LENGTH[kind]
    if kind == "N" and pattern.startswith("{", at + 2):
        return pattern.index("}", at + 2) + 1
    if kind.isdigit():
        end = at + 2
        while end < len(pattern) and end < at + 4 and pattern[end].isdigit():
            end += 1
        return end
    return at + 2


def _quantifier_end(pattern: str, at: int) -> int:
    """The index after a quantifier at ``pattern[at]``, or ``at`` when there is none."""
    if at >= len(pattern) or pattern[at] not in _QUANTIFIER_START:
        return at
    if pattern[at] == "{":
        close = pattern.find("}", at)
        body = pattern[at + 1 : close] if close > 0 else ""
        if not re.fullmatch(r"\d*,?\d*", body) or body in ("", ","):
            return at  # a literal "{"
        end = close + 1
    else:
        end = at + 1
    if end < len(pattern) and pattern[end] in "?+":
        end += 1
    return end


def _group_end(pattern: str, at: int) -> int:
    """The index after the group opened at ``pattern[at]`` ("(")."""
    depth = 0
    i = at
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i = _escape_end(pattern, i)
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _opening(pattern: str, at: int) -> int:
    """The length of a group's opening at ``pattern[at]``: "(", "(?:", "(?P<name>", ...; 0 for a
    group whose body is not a plain sequence of alternatives (comments, conditionals)."""
    if not pattern.startswith("(?", at):
        return 1
    if pattern.startswith("(?P<", at):
        return pattern.index(">", at) + 1 - at
    if pattern.startswith(("(?:", "(?=", "(?!", "(?>"), at):
        return 3
    if pattern.startswith(("(?<=", "(?<!"), at):
        return 4
    flags = re.match(r"\(\?[aiLmsux]*(?:-[imsx]+)?:", pattern[at:])
    return len(flags.group()) if flags else 0


def _split_alternatives(body: str) -> list[str]:
    """``body`` split at its top-level "|"."""
    parts = []
    depth = 0
    last = 0
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i = _escape_end(body, i)
            continue
        if ch == "[":
            i = _class_end(body, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[last:i])
            last = i + 1
        i += 1
    parts.append(body[last:])
    return parts


def _literal(alternative: str) -> list[str] | None:
    """The alternative as literal characters and ``\\s+``, or None if it holds anything else."""
    units: list[str] = []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            if alternative.startswith(_SPACES, i):
                units.append(_SPACES)
                i += len(_SPACES)
                if _quantifier_end(alternative, i) != i:
                    return None
                continue
            nxt = alternative[i + 1 : i + 2]
            if not nxt or nxt.isalnum() or nxt == "_":
                return None
            units.append(nxt)
            i += 2
        elif ch in _SPECIAL:
            return None
        else:
            units.append(ch)
            i += 1
        if _quantifier_end(alternative, i) != i:
            return None
    # ``\s+`` must be followed by what it cannot take, and must not end the alternative (the
    # rest of the pattern could take back some of its spaces).
    for k, here in enumerate(units):
        after = units[k + 1] if k + 1 < len(units) else None
        if here == _SPACES and (after is None or after == _SPACES or after.isspace()):
            return None
    return units


def _may_share(a: str, b: str) -> bool:
    """Whether units ``a`` and ``b`` may match one and the same character (ignoring case)."""
    if a == _SPACES or b == _SPACES:
        other = b if a == _SPACES else a
        return other == _SPACES or other.isspace() or not other.isascii()
    if not (a.isascii() and b.isascii()):
        return True  # Unicode's case rules are many: such letters are not told apart here
    return a.lower() == b.lower()


def _tree(alternatives: list[list[str]]) -> _Node:
    root = _Node()
    for rank, units in enumerate(alternatives):
        node = root
        for unit in units:
            node = node.children.setdefault(unit, _Node())
        if node.rank is None:
            node.rank = rank  # a repeated alternative: only its first place counts
    _places(root)
    return root


def _is_word(unit: str) -> bool | None:
    """Whether ``\\w`` takes the unit's characters (None: not told here)."""
    if unit == _SPACES:
        return False
    if not unit.isascii():
        return None
    return unit.isalnum() or unit == "_"


# What may follow a group, as far as telling its alternatives apart goes: a literal character, a
# word boundary, or "not a word character next".
_NOT_WORD_NEXT = ("(?!\\w)", "(?![\\w])")


def _exclusive(follow: str | None, last: str | None, child: str) -> bool:
    """Whether an alternative ending on ``last`` (followed by ``follow``) and a longer one going on
    with ``child`` can never both lead to a match at one place: then their order does not count."""
    if follow is None:
        return False
    if follow == "\\b":
        before, after = _is_word(last) if last is not None else None, _is_word(child)
        return before is not None and after is not None and before == after
    if follow in _NOT_WORD_NEXT:
        return _is_word(child) is True
    return not _may_share(child, follow)


def _render(
    node: _Node, follow: str | None, last: str | None = None, *, root: bool = False
) -> str | None:
    """The pattern of a node's subtree, or None if it cannot keep the group's order; the root's
    branches bare, as the alternatives of the group that holds them. ``follow``: what follows the
    group (see ``_exclusive``); ``last``: the unit that leads to the node."""
    units = list(node.children)
    for i, a in enumerate(units):
        for b in units[i + 1 :]:
            if _may_share(a, b):
                return None
    # Children in the group's order (the first place of any alternative below each).
    ordered = sorted(node.children.items(), key=lambda item: item[1].low)
    branches = []
    for unit, child in ordered:
        rest = _render(child, follow, unit)
        if rest is None:
            return None
        branches.append((_SPACES if unit == _SPACES else re.escape(unit)) + rest)
    if not branches:
        return ""
    if root and node.rank is None:
        return "|".join(branches)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if node.rank is None:
        return body
    children = node.children.values()
    if max(child.high for child in children) < node.rank or all(
        _exclusive(follow, last, unit) for unit in node.children
    ):
        return "(?:" + body + ")?"
    if min(child.low for child in children) > node.rank:
        return "(?:" + body + ")??"
    return None


def _factor_alternatives(body: str, follow: str | None) -> str:
    """``body`` (a group's content or a whole pattern), its groups factored and, when all its
    alternatives are literal, itself as a tree. ``follow``: what follows it (``_exclusive``)."""
    parts = _split_alternatives(body)
    if len(parts) >= _FEWEST:
        literal = [_literal(part) for part in parts]
        if all(units is not None for units in literal):
            tree = _tree([units for units in literal if units is not None])
            rendered = _render(tree, follow, root=True)
            if rendered is not None:
                return rendered
    return "|".join(_factor_sequence(part, follow) for part in parts)


def _following(text: str, at: int, outer: str | None) -> str | None:
    """What follows a group ending at ``text[at]``, if it is one ``_exclusive`` reads; ``outer``
    when the group ends the sequence."""
    if at == len(text):
        return outer
    for follow in ("\\b", *_NOT_WORD_NEXT):
        if text.startswith(follow, at):
            return follow
    ch = text[at]
    if ch == "\\":
        nxt = text[at + 1 : at + 2]
        if not nxt or nxt.isalnum() or nxt == "_":
            return None
        end, ch = at + 2, nxt
    elif ch in _SPECIAL:
        return None
    else:
        end = at + 1
    return ch if _quantifier_end(text, end) == end else None


def _factor_sequence(text: str, outer: str | None) -> str:
    """``text`` (one alternative) with each of its groups factored; ``outer``: what follows it."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            end = _escape_end(text, i)
        elif ch == "[":
            end = _class_end(text, i)
        elif ch == "(":
            end = _group_end(text, i)
            opening = _opening(text, i)
            if opening:
                # A group with a quantifier, or a look-around, is followed by nothing known.
                plain = _quantifier_end(text, end) == end and (
                    not text.startswith("(?", i) or text[i + 1 : i + 3] in ("?:", "?P")
                )
                follow = _following(text, end, outer) if plain else None
                inner = _factor_alternatives(text[i + opening : end - 1], follow)
                out.append(text[i : i + opening] + inner + ")")
                i = end
                continue
        else:
            end = i + 1
        out.append(text[i:end])
        i = end
    return "".join(out)


# Modules that may hold a table of factored patterns, {(pattern, flags): factored}: the engine's
# boot cache (the build's table, for a plain start; emptied when the warm-up ends) and, at build
# time, its recorder (an empty dict that factor fills). Neither exists anywhere else.
_BUILT_BY = ("tbyp_boot_cache", "tbyp_boot_recorder")


def _built() -> dict[tuple[str, int], str] | None:
    for name in _BUILT_BY:
        table = getattr(sys.modules.get(name), "factored", None)
        if isinstance(table, dict):
            return table
    return None


def factor(pattern: str, flags: int = 0) -> str:
    """``pattern`` with its alternations of literal words written as prefix trees (see the
    module's docstring); the pattern as it is when it is verbose (white space in it ignored)."""
    if flags & re.VERBOSE or re.search(r"\(\?[aiLmsu]*x", pattern):
        return pattern
    table = _built()
    if table is None:
        return _factor_alternatives(pattern, None)
    known = table.get((pattern, flags))
    if known is not None:
        # A copy: a string of the table kept by a pattern would keep a piece of its pages
        # written in the engine's memory snapshot after the table is let go.
        return known.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    factored = _factor_alternatives(pattern, None)
    table[(pattern, flags)] = factored
    return factored


def compile_factored(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of ``factor(pattern)``."""
    return re.compile(factor(pattern, flags), flags)
