"""Check a headline claim ("the Russia–North Korea relationship is the strongest since the Cold War") against
the store: the latest period's net cooperation, the last period that was as high, and whether that lies before
the claimed reference, with the events and sentences behind each figure.

Actors come from entente's actor lexicon ("Moscow" is Russia), the reference from ``find_dates`` (eras from
data/patterns/eras.tsv, years, decades, "N years ago"). Predecessor states count as the actor (the Soviet Union
for Russia), since such claims compare with them. The verdict is gap-aware: periods in between that the store
does not cover, or in which neither actor appears, are reported, and with none the answer is "not enough data".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from entente.analysis.series import (
    AnalysisError,
    check_options,
    covered_periods,
    event_evidence,
    latest_active,
    lineage_codes,
    net_cooperation,
    period_end,
    period_index,
    period_label,
    period_start,
    relations,
    top_events,
)
from entente.store.filters import EventFilter

if TYPE_CHECKING:
    from entente.store import Store

_HIGH = r"strongest|highest|closest|warmest|best|deepest|most cooperative|friendliest|tightest"
_LOW = r"weakest|lowest|worst|coldest|most hostile|tensest|most strained|frostiest|most conflictual"
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "a": 1, "one": 1, "a few": 3, "several": 3}


@dataclass(frozen=True)
class ClaimSpec:
    """A claim already taken apart: two actors, a reference, and whether it says high or low."""

    a: str
    b: str
    reference_end: dt.date | None = None  # the claim says: nothing as high after this date
    reference: str = ""
    years_back: int | None = None  # "in 24 years": reference counted back from the latest period
    high: bool = True
    text: str = ""
    measure: str = "cooperation"  # "cooperation" (net Goldstein) or "visits" (CAMEO 042/043)


@dataclass
class ClaimCheck:
    claim: str
    a: str
    b: str
    names: tuple[str, str]
    reference: str
    reference_end: dt.date | None
    by: str
    verdict: str  # supported | contradicted | not enough data
    summary: str
    measure: str = "cooperation"
    latest_period: str | None = None
    latest_value: float | None = None
    last_as_high: str | None = None
    last_as_high_value: float | None = None
    contradicting: list[str] = field(default_factory=list)
    periods_between: int = 0
    covered_between: int = 0
    actor_periods_between: int = 0
    unplaced: int = 0
    evidence: list[dict[str, object]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _actor_pattern() -> re.Pattern[str]:
    from entente.coding.actors import lexicon

    surfaces = sorted((s for s in lexicon().surfaces if len(s) > 1), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(s) for s in surfaces) + r")(?!\w)")


def find_actors(text: str) -> list[str]:
    """Country codes named in the text, in order (ISO3 codes written out count too)."""
    from entente.coding.actors import lexicon, pick_entry

    lex = lexicon()
    found: list[tuple[int, str]] = []
    for m in _actor_pattern().finditer(text):
        entry = pick_entry(lex.surfaces[m.group(1)], dt.date.today())
        if entry is not None:
            found.append((m.start(), entry.country))
    for m in re.finditer(r"\b[A-Z]{3}\b", text):
        if m.group(0) in lex.country_names and not any(start == m.start() for start, _ in found):
            found.append((m.start(), m.group(0)))
    codes: list[str] = []
    for _, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return codes


def parse_claim(text: str) -> ClaimSpec:
    """Two actors, the reference ("since the Cold War", "since 1991", "in 24 years") and its direction."""
    from entente.coding.dates import find_dates

    codes = find_actors(text)
    if len(codes) < 2:
        raise AnalysisError(f"the claim must name two states (found {', '.join(codes) or 'none'}); "
                            "write e.g. \"Russia and North Korea ... since 1991\"")
    high = not re.search(rf"\b(?:{_LOW})\b", text, re.IGNORECASE)
    measure = "visits" if re.search(r"\bvisit", text, re.IGNORECASE) and re.search(
        r"\bfirst\b", text, re.IGNORECASE) else "cooperation"
    back = re.search(r"\bin\s+(?:over\s+|more than\s+|almost\s+|nearly\s+)?(\d+|a few|several|[a-z]+)\s+"
                     r"(years?|decades?)\b", text, re.IGNORECASE)
    if back and (back.group(1).isdigit() or back.group(1).lower() in _NUMBERS):
        n = int(back.group(1)) if back.group(1).isdigit() else _NUMBERS[back.group(1).lower()]
        years = n * (10 if back.group(2).lower().startswith("decade") else 1)
        return ClaimSpec(codes[0], codes[1], None, back.group(0), years, high, text, measure)
    since = re.search(r"\bsince\s+(.+)$", text, re.IGNORECASE)
    if since is None:
        raise AnalysisError("the claim gives no reference to check against; say \"since the Cold War\", "
                            "\"since 1991\" or \"in 24 years\"")
    tail = since.group(1).strip().rstrip(".!?\"”")
    for attempt in (tail, f"during {tail}", f"during the {tail}"):
        dates = find_dates(attempt, 0, dt.date.today())
        if dates:
            end = dt.date.fromisoformat(dates[0].date.end)
            return ClaimSpec(codes[0], codes[1], end, f"since {tail}", None, high, text, measure)
    raise AnalysisError(f"cannot read a date or era in \"since {tail}\"; use a year (\"since 1991\") or an era "
                        "entente knows (data/patterns/eras.tsv)")


def claim(store: Store, text_or_spec: str | ClaimSpec, by: str = "year", count: str = "clusters",
          lineage: bool = True) -> ClaimCheck:
    """What the data say about a "strongest since ..." or "first visit in N years" claim, with the events
    behind the answer. Net cooperation is both directions' net Goldstein per period; visits are CAMEO 042/043."""
    from entente.analysis.shifts import visit_series
    from entente.coding.actors import lexicon

    check_options(by, count)
    spec = parse_claim(text_or_spec) if isinstance(text_or_spec, str) else text_or_spec
    a, b = spec.a.upper(), spec.b.upper()
    names = (lexicon().country_names.get(a, a), lexicon().country_names.get(b, b))
    frame = relations(store, a, b, by, count=count, lineage=lineage)
    visits = spec.measure == "visits"
    series = visit_series(store, frame, lineage) if visits else net_cooperation(frame)
    what = "visit" if visits else "event"
    check = ClaimCheck(spec.text or f"{a}-{b} {spec.reference}", a, b, names, spec.reference, spec.reference_end,
                       by, "not enough data", "", measure=spec.measure,
                       unplaced=int(frame.attrs.get("unplaced", 0)))
    found = latest_active(series)
    if found is None:
        check.summary = (f"the store has no {names[0]}–{names[1]} {what}s dated within a single {by}"
                         + (f" ({check.unplaced} events are dated too coarsely to place)" if check.unplaced else ""))
        return check
    latest, value = found
    check.latest_period, check.latest_value = period_label(latest, by), value
    ref_end = spec.reference_end or dt.date(latest.year - (spec.years_back or 0), 12, 31)
    check.reference_end = ref_end
    if spec.years_back is not None:
        check.reference = f"{spec.reference} (since {ref_end.year})"
    check.evidence = _evidence(store, a, b, latest, by, "latest", spec, lineage)
    if period_start(ref_end, by) >= latest:
        check.summary = f"the reference ({check.reference}) is not before the latest period {check.latest_period}"
        return check
    if visits:
        beats, word, verb = series >= 1, "a visit", "has"
        head = f"the latest {names[0]}–{names[1]} visit on record is in {check.latest_period}"
    else:
        beats, verb = (series >= value) if spec.high else (series <= value), "is"
        word = "as high" if spec.high else "as low"
        head = f"{names[0]}–{names[1]} net cooperation in {check.latest_period} is {value:+.1f}"
    earlier = series[(series.index < latest) & beats]
    if not earlier.empty:
        check.last_as_high, check.last_as_high_value = period_label(earlier.index[-1], by), float(earlier.iloc[-1])
    after_ref = earlier[[p > ref_end for p in earlier.index]]
    check.contradicting = [period_label(p, by) for p in after_ref.index]
    between = [p for p in period_index(period_start(ref_end, by), latest, by) if ref_end < p < latest]
    _count_between(check, store, a, b, by, between, lineage)
    if check.contradicting:
        check.verdict = "contradicted"
        check.summary = (f"{head}; {check.contradicting[-1]} {verb} {word} ({float(after_ref.iloc[-1]):+.1f}), "
                         f"after the claimed reference ({check.reference})")
        check.evidence += _evidence(store, a, b, after_ref.index[-1], by, "contradicting", spec, lineage)
        return check
    span = (f"{period_label(between[0], by)}–{period_label(between[-1], by)}" if between
            else f"after {ref_end.year}")
    if check.covered_between == 0 or check.actor_periods_between == 0:
        missing = "no coverage" if check.covered_between == 0 else f"no dated events involving {a} or {b}"
        check.summary = f"{head}, but the store has {missing} in {span}, between the reference and then"
        return check
    check.verdict = "supported"
    before = (f"; the last earlier {by} that {verb} {word} is {check.last_as_high}" if check.last_as_high
              else f"; no earlier {by} on record {verb} {word}")
    check.summary = (f"{head}: no {by} in {span} {verb} {word}{before}. Caveat: of those {check.periods_between} "
                     f"{by}s the store covers {check.covered_between}, and {a} or {b} appear in "
                     f"{check.actor_periods_between}")
    if check.last_as_high:
        check.evidence += _evidence(store, a, b, earlier.index[-1], by, "last as high", spec, lineage)
    return check


def _count_between(check: ClaimCheck, store: Store, a: str, b: str, by: str, periods: list[dt.date],
                   lineage: bool) -> None:
    """How much of the time between the reference and the latest period the store can see at all."""
    check.periods_between = len(periods)
    if not periods:
        return
    covered = covered_periods(store, by)
    seen: set[dt.date] = set()
    for code in [*lineage_codes(a, lineage), *lineage_codes(b, lineage)]:
        rows = store.dyad_periods_within(by, EventFilter(actor=code, start=periods[0],
                                                         end=period_end(periods[-1], by)))
        seen.update(p.date() if isinstance(p, dt.datetime) else p for p in rows["period"])
    check.covered_between = sum(p in covered for p in periods)
    check.actor_periods_between = sum(p in seen for p in periods)


def _evidence(store: Store, a: str, b: str, period: dt.date, by: str, role: str, spec: ClaimSpec,
              lineage: bool) -> list[dict[str, object]]:
    """The strongest events of a period (or its visits), each with its sentence and document."""
    if spec.measure != "visits":
        return [{"role": role, **e} for e in top_events(store, a, b, period, by, 3, spec.high, lineage)]
    from entente.analysis.shifts import visit_events

    visits = visit_events(store, a, b, lineage)
    inside = [r for r in visits.to_dict("records") if period <= r["day"] and r["last_day"] <= period_end(period, by)]
    return [{"role": role, **event_evidence(r, by)} for r in inside[:3]]


def actor_code(value: str) -> str:
    """A command-line actor: a code as given ("RUS", "IGOUNO") or a name the lexicon knows ("North Korea")."""
    from entente.coding.actors import lexicon

    text = value.strip()
    if text.upper() in lexicon().country_names or re.fullmatch(r"[A-Z]{3,6}", text):
        return text.upper()
    codes = find_actors(text)
    if len(codes) != 1:
        raise AnalysisError(f"{value!r} names {'no actor entente knows' if not codes else ', '.join(codes)}; "
                            "give one state by name or ISO3 code (e.g. PRK)")
    return codes[0]
