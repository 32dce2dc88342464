"""When did it happen? Date expressions in a sentence, resolved to ``EventDate`` records.

Explicit dates ("June of 2024", "19 June 2024", "between 1950 and 1953", "the 1990s"), named eras ("during the
Cold War", data/patterns/eras.tsv), dates relative to the publication date ("last month", "in recent
months", "on Tuesday", "in April last year") and dates relative to the event the narrative last dated ("the
same night", "two days earlier", "the next day", "hours later"). dateparser reads "the 1990s" as seconds before
the base date and returns nothing for "in recent months", so the grammar of dates news uses is written out here;
dateparser handles the rest of the absolute forms the model tags as DATE.

Offsets that tie one event to another ("two days after Tehran withdrew ...", "on the eve of the raid") are
found by ``find_links``: which side of the link is dated by which needs the parse, so the extractor resolves
them with ``shift``.
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
_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                 "thirty": 30, "a few": 3, "several": 3, "few": 3, "a couple of": 2}
_COUNT = r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|" \
         r"a\s+few|several|a\s+couple\s+of)"
# "two days", "a week", or a bare plural ("hours", "days"): a bare singular ("the day after") is no amount
_AMOUNT = r"(?:" + _COUNT + r"\s+(minute|hour|day|week|month|year)s?|(minutes|hours|days|weeks|months|years))"
# a vague count ("days later", "a few weeks earlier") moves the date by about this many units
_VAGUE = {"minute": 0, "hour": 0, "day": 3, "week": 2, "month": 3, "year": 2}


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the document
    end: int
    date: EventDate
    ahead: EventDate | None = None  # the reading when the event still lies ahead ("will meet on 23 May")
    since: bool = False  # "since 2015": the start of a state that lasts, not the date of an event


@dataclass(frozen=True)
class DateLink:
    """ "two days after", "on the eve of", "hours before": the event on one side happened ``amount`` units
    (signed: after is positive) from the event on the other."""
    start: int  # character offsets in the document
    end: int
    amount: int
    unit: str  # minute, hour, day, week, month or year
    vague: bool = False  # "days after": about that long


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


def _on_day(d: dt.date, text: str | None, basis: str) -> EventDate:
    return EventDate(_iso(d), "day", _iso(d), _iso(d), text, basis)  # type: ignore[arg-type]


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _count(word: str | None, unit: str) -> tuple[int, bool]:
    """How many units a count word names, and whether it is vague ("days", "a few days")."""
    if word is None:
        return _VAGUE[unit], unit not in ("minute", "hour")
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word), False
    if word in ("a few", "several", "few", "a couple of"):
        return _NUMBER_WORDS[word], True
    return _NUMBER_WORDS.get(word, 1), False


def shift(date: EventDate, amount: int, unit: str, text: str | None, vague: bool = False,
          basis: str = "inferred") -> EventDate | None:
    """``date`` moved by ``amount`` units (negative: earlier), at no finer a precision than the two allow:
    "two days after" a day is a day, "a year after" October 2023 is October 2022's month, anything after a month
    stays a month. Hours and minutes keep the day. A vague amount ("days later") costs one step of precision."""
    if date.precision not in ("day", "month", "year"):
        return None
    first = dt.date.fromisoformat(date.start)
    unit = _unit(unit)
    if unit in ("minute", "hour"):
        amount, unit = 0, "day"
    if unit == "week":
        amount, unit = 7 * amount, "day"
    precision: str = date.precision
    if precision == "day":
        moved = first + dt.timedelta(days=amount) if unit == "day" else \
            _shift_months(first, amount * (12 if unit == "year" else 1))
        if unit != "day":
            precision = "month"
    elif precision == "month":
        middle = first.replace(day=15)
        moved = middle + dt.timedelta(days=amount) if unit == "day" else \
            _shift_months(middle, amount * (12 if unit == "year" else 1))
    else:
        middle = dt.date(first.year, 7, 1)
        moved = middle + dt.timedelta(days=amount) if unit == "day" else \
            _shift_months(middle, amount * (12 if unit == "year" else 1))
    if vague:
        precision = {"day": "month", "month": "year"}.get(precision, precision)
    if precision == "day":
        return _on_day(moved, text, basis)
    if precision == "month":
        return month(moved.year, moved.month, text, basis)
    return year(moved.year, text, basis)


def _restate(date: EventDate, text: str | None, precision: str | None = None) -> EventDate:
    """The reference date itself, said again ("the same night"), at most as fine as ``precision``."""
    first = dt.date.fromisoformat(date.start)
    if precision == "month" and date.precision == "day":
        return month(first.year, first.month, text, "inferred")
    if precision == "week" and date.precision == "day":
        monday = first - dt.timedelta(days=first.weekday())
        return span(monday, monday + dt.timedelta(days=6), text, "inferred")
    return EventDate(date.value, date.precision, date.start, date.end, text, "inferred")


def _week_base(published: dt.date | None, reference: EventDate | None) -> dt.date | None:
    """What "on Wednesday" counts from: the publication date, unless the narrative is telling of a stated
    day more than a week before it ("On 3 March 2019 ... On Wednesday ..."): then that day's week."""
    if reference is not None and reference.precision == "day" and reference.basis == "explicit":
        told = dt.date.fromisoformat(reference.start)
        if published is None or (published - told).days > 7:
            return told
    return published


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
_LOOSE_YEAR = re.compile(rf"\b{_YEAR}\b(?![,.]\d)")

# what follows "before"/"after" when it ends the phrase ("a week before, ...") rather than opens a clause
_STANDALONE = r"(?=\s*(?:[,.;:)]|$|and\b|but\b|when\b|as\b))"
# dates said relative to the event the narrative last dated
_ANAPHORA: list[tuple[str, re.Pattern[str]]] = [
    ("same", re.compile(r"\b(?:(?:earlier|later)\s+)?(?:(?:on|in|at|during|by|for)\s+)?(?:the\s+(?:very\s+)?same|"
                        r"that(?:\s+same)?)\s+(day|night|evening|morning|afternoon|hour|moment|week|month)\b(?![-'’])",
                        re.IGNORECASE)),
    # "in the next month" looks ahead from publication: not the month after the story's
    ("next", re.compile(r"\b(?:(?:on|in|by|during)\s+)?the\s+(next|following|previous|preceding)\s+"
                        r"(day|morning|afternoon|evening|night|week|month)\b(?<!in\sthe\snext\sweek)"
                        r"(?<!in\sthe\snext\smonth)", re.IGNORECASE)),
    ("day_after", re.compile(r"\b(?:on\s+)?the\s+(day|night|morning|evening|week|month)\s+(before|after)\b"
                             + _STANDALONE, re.IGNORECASE)),
    ("offset", re.compile(r"\b(?:(?:only|just|barely|nearly|almost|about|around|some|roughly|more\s+than|"
                          r"less\s+than)\s+)?" + _AMOUNT + r"\s+"
                          r"(?:(later|earlier|afterwards?|previously)\b(?!\s+than\b)|(before|after)\b"
                          + _STANDALONE + ")", re.IGNORECASE)),
]
_LINKS = [
    ("offset", re.compile(r"\b(?:(?:only|just|barely|nearly|almost|about|around|some|roughly|more\s+than|"
                          r"less\s+than)\s+)?" + _AMOUNT + r"\s+"
                          r"(after|before|prior\s+to)\b(?!\s*(?:[,.;:)]|$))", re.IGNORECASE)),
    ("day_after", re.compile(r"\b(?:on\s+)?the\s+(day|night|morning|evening|week|month|year)\s+(before|after)\b"
                             r"(?!\s*(?:[,.;:)]|$))", re.IGNORECASE)),
    ("eve", re.compile(r"\b(?:on\s+)?the\s+eve\s+of\b", re.IGNORECASE)),
    ("shortly", re.compile(r"\b(?:shortly|immediately|just|right|moments|minutes|hours)\s+(after|before)\b"
                           r"(?!\s*(?:[,.;:)]|$))", re.IGNORECASE)),
]

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "February 21–28, 1972", "21-28 February 1972"
    ("mdy_range", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})\s?[–—-]\s?(\d{{1,2}}),?\s+{_YEAR}\b")),
    ("dmy_range", re.compile(rf"\b(\d{{1,2}})\s?[–—-]\s?(\d{{1,2}})\s+{_MONTH},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("between", re.compile(rf"\b(?:between|from)\s+{_YEAR}\s+(?:and|to|until|till|through)\s+{_YEAR}\b")),
    ("dash", re.compile(rf"\b{_YEAR}\s?[–—-]\s?(\d{{2,4}})\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(1[0-9]\d0|20\d0)s\b")),
    ("century", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b",
                           re.IGNORECASE)),
    ("year", re.compile(rf"\b{_YEAR}\b")),
    # "in April last year", "June of last year", "in May this year"
    ("month_rel_year", re.compile(rf"\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?(?:(?:early|mid|late)-?\s*)?{_MONTH}"
                                  rf"\s+(?:of\s+)?(last|this|next)\s+year\b")),
    ("rel_this", re.compile(rf"\b(earlier|later)\s+(?:this|in\s+the)\s+{_UNIT}\b", re.IGNORECASE)),
    ("rel_unit", re.compile(rf"\b(last|this|next|past|previous|coming)\s+{_UNIT}\b", re.IGNORECASE)),
    ("rel_recent", re.compile(rf"\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few)\s+{_UNIT}s\b",
                              re.IGNORECASE)),
    ("rel_past", re.compile(rf"\b(?:the\s+)?(?:past|last)\s+{_COUNT}\s+{_UNIT}s\b", re.IGNORECASE)),
    ("rel_ago", re.compile(rf"\b{_COUNT}\s+{_UNIT}s?\s+ago\b", re.IGNORECASE)),
    ("rel_word", re.compile(rf"\b(yesterday|today|tomorrow|(?:on|overnight\s+(?:into|to)|late\s+on|early\s+on|by|"
                            rf"since|last|next)\s+{_WEEKDAY})\b", re.IGNORECASE)),
    ("rel_dm", re.compile(rf"\b(?:[Oo]n\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b(?!\s*,?\s*(?:of\s+)?\d)")),
    ("rel_md", re.compile(rf"\b(?:[Oo]n\s+)?{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)")),
    ("rel_month", re.compile(rf"\b(?:[Ii]n|[Ll]ast|[Oo]n|[Ss]ince|[Bb]y|[Tt]his|[Nn]ext)\s+(?:(?:early|mid|late)-?\s*)?"
                             rf"{_MONTH}\b(?!\s*,?\s*(?:of\s+)?\d)")),
]


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _relative(kind: str, m: re.Match[str], base: dt.date, week_base: dt.date) -> EventDate | None:
    text = m.group(0)
    if kind == "month_rel_year":
        step = {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
        return month(base.year + step, _month_number(m.group(1)), text, "relative")
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
    if kind == "rel_past":
        n, _ = _count(m.group(1), "day")
        unit = m.group(2).lower()
        first = base - dt.timedelta(days=n) if unit == "day" else base - dt.timedelta(weeks=n) if unit == "week" \
            else _shift_months(base, -n * {"month": 1, "year": 12, "decade": 120}[unit])
        return span(first, base, text, "relative")
    if kind == "rel_ago":
        n, _ = _count(m.group(1), "day")
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
        if unit == "week":  # "earlier this week" counts from publication, "earlier in the week" from the story
            return _in_week(m.group(1), base if " this " in f" {text.lower()} " else week_base, text, "relative")
        return None
    if kind == "rel_word":
        word = m.group(1).lower()
        if word in ("yesterday", "today", "tomorrow"):
            offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
            return day(*(base + dt.timedelta(days=offset)).timetuple()[:3], text, "relative")
        weekday = WEEKDAYS[word.split()[-1]]
        if word.startswith("next"):
            return _on_day(week_base + dt.timedelta(days=(weekday - week_base.weekday() - 1) % 7 + 1), text,
                           "relative")
        days_back = (week_base.weekday() - weekday) % 7
        if word.startswith("last") and days_back == 0:
            days_back = 7
        if week_base != base:  # a week told of in the narrative: the first such day from the day it told
            return _on_day(week_base + dt.timedelta(days=(weekday - week_base.weekday()) % 7), text, "relative")
        return _on_day(week_base - dt.timedelta(days=days_back), text, "relative")
    if kind in ("rel_dm", "rel_md"):
        day_text, name = (m.group(1), m.group(2)) if kind == "rel_dm" else (m.group(2), m.group(1))
        number, day_number = _month_number(name), int(day_text)
        y = base.year if (number, day_number) <= (base.month, base.day) else base.year - 1
        return day(y, number, day_number, text.strip(), "relative")
    if kind == "rel_month":
        number = _month_number(m.group(1))
        if text.lower().startswith("next"):
            return month(base.year if number > base.month else base.year + 1, number, m.group(1), "relative")
        if text.lower().startswith("last"):  # "last January", said in January: a year ago
            return month(base.year if number < base.month else base.year - 1, number, m.group(1), "relative")
        y = base.year if number <= base.month else base.year - 1
        return month(y, number, m.group(1), "relative")
    return None


def _in_week(which: str, base: dt.date, text: str, basis: str) -> EventDate:
    """ "earlier this week": from Monday to the day before ``base``; "later this week": the rest of it."""
    monday = base - dt.timedelta(days=base.weekday())
    if which.lower() == "earlier":
        return span(monday, max(monday, base - dt.timedelta(days=1)), text, basis)
    return span(min(base + dt.timedelta(days=1), monday + dt.timedelta(days=6)), monday + dt.timedelta(days=6),
                text, basis)


def _ahead(kind: str, m: re.Match[str], base: dt.date) -> EventDate | None:
    """The reading of a day, weekday or month name without a year when the event is still to come: the first
    such day or month on or after ``base`` (a weekday: after it)."""
    text = m.group(0)
    if kind == "rel_word":
        word = m.group(1).lower()
        if not word.startswith(("on ", "by ")):
            return None
        weekday = WEEKDAYS[word.split()[-1]]
        return _on_day(base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1), text, "relative")
    if kind in ("rel_dm", "rel_md"):
        day_text, name = (m.group(1), m.group(2)) if kind == "rel_dm" else (m.group(2), m.group(1))
        number, day_number = _month_number(name), int(day_text)
        y = base.year if (number, day_number) >= (base.month, base.day) else base.year + 1
        return day(y, number, day_number, text.strip(), "relative")
    if kind == "rel_month" and text.lower().startswith(("in", "by", "on")):
        number = _month_number(m.group(1))
        return month(base.year if number >= base.month else base.year + 1, number, m.group(1), "relative")
    return None


def _anaphoric(kind: str, m: re.Match[str], reference: EventDate) -> EventDate | None:
    """A date said relative to the event the narrative last dated."""
    text = m.group(0)
    if kind == "same":
        unit = m.group(1).lower()
        return _restate(reference, text, "month" if unit == "month" else "week" if unit == "week" else None)
    if kind == "next":
        step = 1 if m.group(1).lower() in ("next", "following") else -1
        unit = m.group(2).lower()
        if unit == "month":
            return shift(reference, step, "month", text)
        if unit == "week":
            moved = shift(reference, 7 * step, "day", text)
            return _restate(moved, text, "week") if moved is not None else None
        return shift(reference, step, "day", text)
    if kind == "day_after":
        step = 1 if m.group(2).lower() == "after" else -1
        unit = m.group(1).lower()
        return shift(reference, step, unit if unit in ("week", "month") else "day", text)
    if kind == "offset":
        unit = _unit(m.group(2) or m.group(3))
        amount, vague = _count(m.group(1), unit)
        step = -1 if (m.group(4) or m.group(5)).lower() in ("earlier", "previously", "before") else 1
        return shift(reference, step * amount, unit, text, vague)
    return None


def find_links(text: str, offset: int) -> list[DateLink]:
    """The offsets in ``text`` that tie an event to another one named after them: "two days after Tehran
    withdrew", "hours before the vote", "the day after the coup", "on the eve of the raid"."""
    links: list[DateLink] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _LINKS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "offset":
                unit = _unit(m.group(2) or m.group(3))
                amount, vague = _count(m.group(1), unit)
                word = m.group(4).lower()
            elif kind == "day_after":
                unit, amount, vague, word = m.group(1).lower(), 1, False, m.group(2).lower()
                unit = unit if unit in ("week", "month", "year") else "day"
            elif kind == "eve":
                unit, amount, vague, word = "day", 1, False, "before"
            else:
                unit, amount, vague, word = "hour", 0, False, m.group(1).lower()
            sign = 1 if word == "after" else -1
            taken.append((m.start(), m.end()))
            links.append(DateLink(offset + m.start(), offset + m.end(), sign * amount, unit, vague))
    links.sort(key=lambda link: link.start)
    return links


def find_dates(text: str, offset: int, published: dt.date | None, anchor_year: int | None = None,
               reference: EventDate | None = None, story_year: int | None = None) -> list[DateMention]:
    """Date expressions in ``text`` (a sentence starting at ``offset`` in the document). ``anchor_year`` is
    the last year the narrative named: "in January that year", "the following year" resolve against it (or
    against a year named earlier in the same sentence). ``reference`` is the date of the event the narrative
    last dated: "the same night", "two days earlier", "the next day" resolve against it. Without a publication
    date, "on November 15" and "in March" are in ``story_year`` (the year the story is telling of), or in a year
    named earlier in the sentence."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, date: EventDate | None, ahead: EventDate | None = None) -> None:
        if date is not None and free(start, end):
            taken.append((start, end))
            since = bool(re.search(r"\bsince\s+(?:the\s+)?$", text[max(0, start - 10):start], re.IGNORECASE)) or \
                text[start:end].lower().startswith("since")
            found.append(DateMention(offset + start, offset + end, date, ahead, since))

    for m in _era_regex().finditer(text):
        name = m.group(1).lower()
        for phrase, first, last in eras():
            if phrase.lower() == name:
                add(m.start(1), m.end(1), years(first, last, m.group(1), "explicit"))
                break
    for m in _ANCHORED.finditer(text):
        month_name, which = m.group(1), m.group(2).lower()
        named = [int(y.group(1)) for y in _LOOSE_YEAR.finditer(text, 0, m.start())]
        base_year = named[-1] if named else anchor_year  # "a deal in 2019, ratified the following year"
        if base_year is None:
            continue
        y = base_year + {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                         "the preceding": -1}[which]
        if month_name:
            add(m.start(), m.end(), month(y, _month_number(month_name), m.group(0), "relative"))
        else:
            add(m.start(), m.end(), year(y, m.group(0), "relative"))
    week_base = _week_base(published, reference)
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            g = m.group
            if kind in ("mdy_range", "dmy_range"):
                name, first_day, last_day = (g(1), g(2), g(3)) if kind == "mdy_range" else (g(3), g(1), g(2))
                first_date = day(int(g(4)), _month_number(name), int(first_day), None, "explicit")
                last_date = day(int(g(4)), _month_number(name), int(last_day), None, "explicit")
                if first_date is not None and last_date is not None and first_date.start < last_date.start:
                    add(m.start(), m.end(), span(dt.date.fromisoformat(first_date.start),
                                                 dt.date.fromisoformat(last_date.start), g(0), "explicit"))
            elif kind == "dmy":
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
            elif kind == "rel_unit" and g(1).lower() in ("next", "previous") and \
                    re.search(r"\bthe\s+$", text[max(0, m.start() - 4):m.start()], re.IGNORECASE):
                continue  # "the next day" is the day after the narrative's, not after publication
            elif published is not None and week_base is not None:
                add(m.start(), m.end(), _relative(kind, m, published, week_base), _ahead(kind, m, published))
            elif kind in ("rel_dm", "rel_md", "rel_month") and published is None:
                # no publication date (a history): "on November 15" is in the year the story is in
                stated = [d for d in found if d.end - offset <= m.start()
                          and d.date.precision in ("day", "month", "year")]
                in_year = int(max(stated, key=lambda d: d.end).date.start[:4]) if stated else story_year
                if in_year is not None:
                    add(m.start(), m.end(), _in_year(kind, m, in_year))
    for kind, pattern in _ANAPHORA:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            # "on 8 September 1951, the same day ...": a date named earlier in the sentence comes first
            earlier = [d for d in found if d.end - offset <= m.start() and not d.since
                       and d.date.precision in ("day", "month", "year")]
            told = max(earlier, key=lambda d: d.end).date if earlier else reference
            if told is not None:
                add(m.start(), m.end(), _anaphoric(kind, m, told))
    found.sort(key=lambda d: d.start)
    return found


def _in_year(kind: str, m: re.Match[str], y: int) -> EventDate | None:
    """A day or month name without a year, in the year the story is telling of."""
    text = m.group(0)
    if kind == "rel_month":
        if text.lower().startswith(("last", "next")):
            return None
        return month(y, _month_number(m.group(1)), m.group(1), "inferred")
    day_text, name = (m.group(1), m.group(2)) if kind == "rel_dm" else (m.group(2), m.group(1))
    return day(y, _month_number(name), int(day_text), text.strip(), "inferred")


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
