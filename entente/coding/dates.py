"""When did it happen? Date expressions in a sentence, resolved to ``EventDate`` records.

Explicit dates ("June of 2024", "19 June 2024", "between 1950 and 1953", "the 1990s"), named eras ("during the
Cold War", data/patterns/eras.tsv) and dates relative to the publication date ("last month", "in recent
months", "on Tuesday"). dateparser reads "the 1990s" as seconds before the base date and returns nothing for
"in recent months", so the grammar of dates news uses is written out here; dateparser handles the rest of the
absolute forms the model tags as DATE.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from entente.data import read_tsv
from entente.record import EventDate

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(1[0-9]\d\d|20\d\d)"
_UNIT = r"(day|week|month|year|decade)"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3, "few": 3}


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the document
    end: int
    date: EventDate


def _iso(d: dt.date) -> str:
    return d.isoformat()


def day(y: int, m: int, d: int, text: str | None, basis: str) -> EventDate | None:
    try:
        value = dt.date(y, m, d)
    except ValueError:
        return None
    return EventDate(_iso(value), "day", _iso(value), _iso(value), text, basis)  # type: ignore[arg-type]


def month(y: int, m: int, text: str | None, basis: str) -> EventDate:
    last = calendar.monthrange(y, m)[1]
    return EventDate(f"{y:04d}-{m:02d}", "month", f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}",
                     text, basis)  # type: ignore[arg-type]


def year(y: int, text: str | None, basis: str) -> EventDate:
    return EventDate(f"{y:04d}", "year", f"{y:04d}-01-01", f"{y:04d}-12-31", text, basis)  # type: ignore[arg-type]


def span(first: dt.date, last: dt.date, text: str | None, basis: str, precision: str = "range") -> EventDate:
    if precision == "range":
        value = f"{first.year:04d}/{last.year:04d}" if (first.month, first.day, last.month, last.day) == (
            1, 1, 12, 31) else f"{_iso(first)}/{_iso(last)}"
    elif precision == "decade":
        value = f"{first.year // 10:03d}"
    else:
        value = f"{first.year // 100:02d}"
    return EventDate(value, precision, _iso(first), _iso(last), text, basis)  # type: ignore[arg-type]


def years(y1: int, y2: int, text: str | None, basis: str) -> EventDate:
    if y1 == y2:
        return year(y1, text or str(y1), basis)
    return span(dt.date(y1, 1, 1), dt.date(y2, 12, 31), text, basis)


def _shift_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


@lru_cache(maxsize=1)
def eras() -> list[tuple[str, int, int]]:
    rows = [(r["phrase"], int(r["start"]), int(r["end"])) for r in read_tsv("patterns/eras.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _era_regex() -> re.Pattern[str]:
    names = "|".join(re.escape(phrase) for phrase, _, _ in eras())
    # "since the Cold War" measures a span up to now ("the strongest since the Cold War"): not an event date
    return re.compile(rf"\b(?:during|in|after|before|throughout|at the (?:end|start|height) of|end of)"
                      rf"\s+({names})", re.IGNORECASE)


_ANCHORED = re.compile(rf"\b(?:(?:in|by|on)\s+)?(?:{_MONTH}\s+(?:of\s+)?)?(that|the same|the following|the next|"
                       rf"the previous|the preceding)\s+year\b")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("between", re.compile(rf"\b(?:between|from)\s+{_YEAR}\s+(?:and|to|until|till|through)\s+{_YEAR}\b")),
    ("dash", re.compile(rf"\b{_YEAR}\s?[–—-]\s?(\d{{2,4}})\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(1[0-9]\d0|20\d0)s\b")),
    ("century", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b",
                           re.IGNORECASE)),
    ("year", re.compile(rf"\b{_YEAR}\b")),
    ("rel_unit", re.compile(rf"\b(last|this|next|past|previous|coming)\s+{_UNIT}\b", re.IGNORECASE)),
    ("rel_recent", re.compile(rf"\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few)\s+{_UNIT}s\b",
                              re.IGNORECASE)),
    ("rel_ago", re.compile(rf"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
                           rf"{_UNIT}s?\s+ago\b", re.IGNORECASE)),
    ("rel_this", re.compile(rf"\b(earlier|later)\s+this\s+{_UNIT}\b", re.IGNORECASE)),
    ("rel_word", re.compile(r"\b(yesterday|today|tomorrow|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday))\b", re.IGNORECASE)),
    ("rel_dm", re.compile(rf"\b(?:on\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b(?!\s*,?\s*(?:of\s+)?\d)")),
    ("rel_md", re.compile(rf"\b(?:on\s+)?{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)")),
    ("rel_month", re.compile(rf"\b(?:in|last|on|since|by|this)\s+(?:(?:early|mid|late)-?\s*)?{_MONTH}\b"
                             rf"(?!\s*,?\s*(?:of\s+)?\d)")),
]


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _relative(kind: str, m: re.Match[str], base: dt.date) -> EventDate | None:
    text = m.group(0)
    if kind == "rel_unit":
        which, unit = m.group(1).lower(), m.group(2).lower()
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
        if unit == "month":
            d = _shift_months(base, step)
            return month(d.year, d.month, text, "relative")
        if unit == "year":
            return year(base.year + step, text, "relative")
        if unit == "week":
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
            return span(monday, monday + dt.timedelta(days=6), text, "relative")
        if unit == "day":
            return day(*(base + dt.timedelta(days=step)).timetuple()[:3], text, "relative")
        return span(dt.date(base.year - 10, 1, 1), base, text, "relative")
    if kind == "rel_recent":
        unit = m.group(1).lower()
        back = {"day": dt.timedelta(days=7), "week": dt.timedelta(weeks=6), "month": dt.timedelta(days=182),
                "year": dt.timedelta(days=3 * 365), "decade": dt.timedelta(days=20 * 365)}[unit]
        return span(base - back, base, text, "relative")
    if kind == "rel_ago":
        count = m.group(1).lower()
        n = int(count) if count.isdigit() else _NUMBER_WORDS.get(count, 1)
        unit = m.group(2).lower()
        if unit == "year":
            return year(base.year - n, text, "relative")
        if unit == "month":
            d = _shift_months(base, -n)
            return month(d.year, d.month, text, "relative")
        if unit == "decade":
            return year(base.year - 10 * n, text, "relative")
        delta = dt.timedelta(days=n) if unit == "day" else dt.timedelta(weeks=n)
        return day(*(base - delta).timetuple()[:3], text, "relative")
    if kind == "rel_this":
        unit = m.group(2).lower()
        if unit == "month":
            return month(base.year, base.month, text, "relative")
        if unit == "year":
            return year(base.year, text, "relative")
        return None
    if kind == "rel_word":
        word = m.group(1).lower()
        if word in ("yesterday", "today", "tomorrow"):
            offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
            return day(*(base + dt.timedelta(days=offset)).timetuple()[:3], text, "relative")
        weekday = WEEKDAYS[word.split()[-1]]
        days_back = (base.weekday() - weekday) % 7
        return day(*(base - dt.timedelta(days=days_back)).timetuple()[:3], text, "relative")
    if kind in ("rel_dm", "rel_md"):
        day_text, name = (m.group(1), m.group(2)) if kind == "rel_dm" else (m.group(2), m.group(1))
        number, day_number = _month_number(name), int(day_text)
        y = base.year if (number, day_number) <= (base.month, base.day) else base.year - 1
        return day(y, number, day_number, text.strip(), "relative")
    if kind == "rel_month":
        number = _month_number(m.group(1))
        y = base.year if number <= base.month else base.year - 1
        if text.lower().startswith("next"):
            y = base.year if number > base.month else base.year + 1
        return month(y, number, m.group(1), "relative")
    return None


def find_dates(text: str, offset: int, published: dt.date | None,
               anchor_year: int | None = None) -> list[DateMention]:
    """Date expressions in ``text`` (a sentence starting at ``offset`` in the document). ``anchor_year`` is
    the last year the narrative named: "in January that year", "the following year" resolve against it."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, date: EventDate | None) -> None:
        if date is not None and free(start, end):
            taken.append((start, end))
            found.append(DateMention(offset + start, offset + end, date))

    for m in _era_regex().finditer(text):
        name = m.group(1).lower()
        for phrase, first, last in eras():
            if phrase.lower() == name:
                add(m.start(1), m.end(1), years(first, last, m.group(1), "explicit"))
                break
    if anchor_year is not None:
        for m in _ANCHORED.finditer(text):
            month_name, which = m.group(1), m.group(2).lower()
            y = anchor_year + {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                               "the preceding": -1}[which]
            if month_name:
                add(m.start(), m.end(), month(y, _month_number(month_name), m.group(0), "relative"))
            else:
                add(m.start(), m.end(), year(y, m.group(0), "relative"))
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            g = m.group
            if kind == "dmy":
                add(m.start(), m.end(), day(int(g(3)), _month_number(g(2)), int(g(1)), g(0), "explicit"))
            elif kind == "mdy":
                add(m.start(), m.end(), day(int(g(3)), _month_number(g(1)), int(g(2)), g(0), "explicit"))
            elif kind == "my":
                add(m.start(), m.end(), month(int(g(2)), _month_number(g(1)), g(0), "explicit"))
            elif kind == "between":
                if int(g(1)) <= int(g(2)):
                    add(m.start(), m.end(), years(int(g(1)), int(g(2)), g(0), "explicit"))
            elif kind == "dash":
                first, tail = int(g(1)), g(2)
                end_year = int(tail) if len(tail) == 4 else int(str(first)[: 4 - len(tail)] + tail)
                if first < end_year <= first + 100:
                    add(m.start(), m.end(), years(first, end_year, g(0), "explicit"))
            elif kind == "decade":
                y = int(g(1))
                add(m.start(), m.end(), span(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), g(0), "explicit",
                                             "decade"))
            elif kind == "century":
                c = int(g(1))
                if 1 <= c <= 21:
                    add(m.start(), m.end(), span(dt.date(max(1, (c - 1) * 100), 1, 1),
                                                 dt.date((c - 1) * 100 + 99, 12, 31), g(0), "explicit", "century"))
            elif kind == "year":
                before = text[max(0, m.start() - 1):m.start()]
                after = text[m.end():m.end() + 12]
                if before in ("$", "#", "£", "€") or re.match(r"^[,.]\d", after) or re.match(
                        r"^\s+(?:troops|soldiers|people|men|tons|tonnes|km|miles|kilometres|kilometers)", after):
                    continue
                add(m.start(), m.end(), year(int(g(1)), g(0), "explicit"))
            elif published is not None:
                add(m.start(), m.end(), _relative(kind, m, published))
    found.sort(key=lambda d: d.start)
    return found


def document_date(published: dt.date | None, period: str | None) -> EventDate | None:
    """The fallback when a sentence states no date: the publication date, or a corpus period."""
    if published is not None:
        return EventDate(_iso(published), "day", _iso(published), _iso(published), None, "document")
    if period:
        m = re.match(r"^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$", period)
        if m:
            return years(int(m.group(1)), int(m.group(2)), None, "inferred")
        m = re.match(r"^\s*(\d{4})\s*$", period)
        if m:
            return year(int(m.group(1)), None, "inferred")
    return None
