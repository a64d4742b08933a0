"""The calendar's words, for rules that must tell a day or a month from a name, a service or a
place: "miss Friday's handover", "Monday ref 2231", "from Monday"."""

from __future__ import annotations

from ..wordlists import word_list, word_set

# In order: a month's number is its place in the list, plus one.
MONTHS = word_list(
    "january february march april may june july august september october november december"
)
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
