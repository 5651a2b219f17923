"""Dates as letters write them: 19 May 2026, May 19, 2026, 2026-05-19, May 2026."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# Month names as written in letters: capitalised ("may 2020" is more likely a verb).
_MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name: number for number, name in enumerate(calendar.month_abbr) if name}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b"),
]


@dataclass(frozen=True)
class TextDate:
    start: int
    end: int
    low: dt.date  # the first day the text can mean
    high: dt.date  # the last day it can mean ("May 2026" spans the month)
    text: str

    @property
    def exact(self) -> bool:
        return self.low == self.high


def find_dates(text: str) -> list[TextDate]:
    """Every date in `text`, in order; a span is claimed by the most precise pattern."""
    found: list[TextDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            date = _to_dates(match)
            if date is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(TextDate(match.start(), match.end(), *date, match.group()))
    return sorted(found, key=lambda d: d.start)


def _to_dates(match: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
    year = int(match.group("year"))
    day = match.groupdict().get("day")
    try:
        if day:
            exact = dt.date(year, month, int(day))
            return exact, exact
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last)
    except ValueError:
        return None  # 31 February is not a date; leave it to the spelling checks
