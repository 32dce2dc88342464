"""Amounts attached to an event: "around 10,000 soldiers", "eight million artillery shells", "$1.2 billion".

The model never tags QUANTITY and tags "around 10,000" CARDINAL, so the counted noun comes from the parse:
the number is a ``nummod`` of the noun it counts; "around", "about", "nearly" make it approximate.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from entente.record import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Token

WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
         "a": 1, "an": 1, "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "mn": 1_000_000}
APPROXIMATE = {"around", "about", "approximately", "roughly", "nearly", "almost", "some", "over", "more",
               "less", "fewer", "up", "estimated", "least", "most", "than", "under", "circa", "~", "several",
               "dozens", "hundreds", "thousands"}
CURRENCIES = {"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
              "euros": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "¥": "JPY", "yen": "JPY",
              "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
              "roubles": "RUB", "rupee": "INR", "rupees": "INR", "hryvnia": "UAH", "riyal": "SAR"}
FRACTIONS = {"half", "a", "an"}  # "half a million"
NOT_COUNTED = {"percent", "%", "year", "month", "week", "day", "time", "point", "century", "decade", "per"}


def number(tokens: list[Token]) -> float | None:
    """The value of number words and digits: "10,000", "eight million", "1.2 billion", "3.1"."""
    total = 0.0
    current: float | None = None
    halved = False
    for token in tokens:
        text = token.lower_.replace(",", "")
        if text == "half":  # "half a million"; "one and a half million"
            current = (current - 0.5) if current and token.i > 0 and token.doc[token.i - 1].lower_ in ("a", "an") \
                else (current or 1) * 0.5
            halved = True
        elif halved and text in ("a", "an"):
            continue
        elif re.fullmatch(r"\d+(\.\d+)?", text):
            current = (current or 0) + float(text)
        elif re.fullmatch(r"\d+(\.\d+)?(k|m|bn|mn)", text):
            digits = re.match(r"\d+(\.\d+)?", text)
            assert digits is not None
            current = float(digits.group(0)) * SCALES[text[digits.end():]]
        elif text in SCALES and text != "m":
            current = (current or 1) * SCALES[text]
            if SCALES[text] >= 1000:
                total += current
                current = None
        elif text in WORDS:
            current = (current or 0) + WORDS[text]
        elif text in ("-", "and") or token.tag_ == "$":
            continue
        else:
            return None
    value = total + (current or 0)
    return value if value > 0 else None


def _number_tokens(num: Token) -> list[Token]:
    """The tokens of a number phrase headed by ``num``: "eight million", "1.2 billion"."""
    parts = [num] + [c for c in num.children if c.dep_ in ("compound", "nummod", "quantmod") and
                     (c.like_num or c.lower_ in SCALES or c.lower_ in FRACTIONS)]
    return sorted(parts, key=lambda t: t.i)


def quantity_of(noun: Token) -> Quantity | None:
    """The amount counted by the noun ``noun`` (its ``nummod`` child), if any."""
    if noun.lemma_.lower() in NOT_COUNTED:
        return None
    for child in noun.children:
        if child.dep_ != "nummod" or not (child.like_num or child.lower_ in WORDS):
            continue
        if child.ent_type_ in ("DATE", "ORDINAL", "PERCENT", "TIME"):
            continue
        tokens = _number_tokens(child)
        value = number(tokens)
        if value is None:
            continue
        first = min(tokens, key=lambda t: t.i)
        approx = any(q.dep_ in ("quantmod", "advmod") and q.lower_ in APPROXIMATE
                     for t in tokens for q in t.children)
        start_token = first
        for t in tokens:
            for q in t.children:
                if q.dep_ in ("quantmod", "advmod") and q.i < start_token.i:
                    start_token = q
        # the unit is what is counted, without whose it is: "400 Kenyan police officers" counts police officers
        unit_start = min([c for c in noun.children if c.dep_ in ("compound", "amod") and c.i > child.i
                          and not (c.pos_ in ("ADJ", "PROPN") and c.is_title)] + [noun], key=lambda t: t.i)
        unit = noun.doc[unit_start.i:noun.i + 1].text
        currency = CURRENCIES.get(noun.lower_) or next(
            (CURRENCIES[c.lower_] for c in noun.children if c.lower_ in CURRENCIES), None)
        if currency:
            unit = currency
        text = noun.doc[start_token.i:noun.i + 1].text
        return Quantity(value, unit, text, approx)
    for compound in [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]:
        # "three million mortar rounds": the parser hangs the number on the first noun of the compound
        if any(g.dep_ == "nummod" for g in compound.children):
            found = quantity_of(compound)
            if found is not None:
                start = noun.doc.text.find(found.text, compound.idx - len(found.text) - 1)
                counted = noun.doc[compound.i:noun.i + 1].text if found.unit == compound.text else found.unit
                text = noun.doc[noun.doc[compound.i].left_edge.i:noun.i + 1].text if start < 0 else \
                    found.text + noun.doc.text[compound.idx + len(compound.text):noun.idx + len(noun.text)]
                return Quantity(found.value, counted, text, found.approximate)
    if noun.lower_ in CURRENCIES or noun.tag_ == "$":
        return _money(noun)
    if noun.like_num or noun.lower_ in SCALES:
        return _bare_number(noun)
    return None


def _bare_number(head: Token) -> Quantity | None:
    """A number heading its phrase: "$1.2 billion" (the currency sign is a quantmod), "2,000 of its troops"."""
    if head.ent_type_ in ("DATE", "ORDINAL", "PERCENT", "TIME") or head.dep_ in ("nummod", "compound", "quantmod"):
        return None
    tokens = _number_tokens(head)
    value = number([t for t in tokens if t.tag_ != "$"])
    if value is None:
        return None
    currency = next((CURRENCIES[c.lower_] for c in head.children if c.lower_ in CURRENCIES), None)
    approx = any(c.lower_ in APPROXIMATE for t in tokens for c in t.children if c.dep_ in ("quantmod", "advmod"))
    first = min([head] + tokens + [c for c in head.children if c.tag_ == "$" or c.lower_ in APPROXIMATE],
                key=lambda t: t.i)
    unit: str | None = currency
    last = head
    if currency is None:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        unit, last = pobj.text, pobj
    return Quantity(value, unit, head.doc[first.i:last.i + 1].text, approx)


def _money(token: Token) -> Quantity | None:
    """"$1.2 billion": the currency symbol heads the number in the parse."""
    currency = CURRENCIES.get(token.lower_)
    if currency is None:
        return None
    nums = [c for c in token.children if c.dep_ in ("nummod", "quantmod", "compound") and c.like_num]
    if not nums:
        return None
    tokens = sorted({t for n in nums for t in _number_tokens(n)}, key=lambda t: t.i)
    value = number(tokens)
    if value is None:
        return None
    approx = any(c.lower_ in APPROXIMATE for c in token.children if c.dep_ in ("quantmod", "advmod"))
    first = min([token] + tokens, key=lambda t: t.i)
    last = max([token] + tokens, key=lambda t: t.i)
    return Quantity(value, currency, token.doc[first.i:last.i + 1].text, approx)


def find_quantity(tokens: list[Token]) -> Quantity | None:
    """The first amount counted by one of ``tokens`` (the event's object phrase, in order of preference)."""
    for token in tokens:
        found = quantity_of(token)
        if found is not None:
            return found
    return None
