"""Readable output: events as a rich table (actor, event, target, date, quantity, modality, evidence)."""

from __future__ import annotations

from typing import IO

from entente.record import Event


def _quantity(event: Event) -> str:
    q = event.quantity
    if q is None:
        return ""
    value = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,}"
    return ("~" if q.approximate else "") + value + (f" {q.unit}" if q.unit else "")


def events_table(events: list[Event], handle: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=handle, width=max(140, Console().width), highlight=False)
    table = Table(title=f"{len(events)} events", show_lines=False, expand=True)
    for name in ("source", "event", "target", "date", "quantity", "modality", "evidence"):
        table.add_column(name, overflow="fold", ratio=4 if name == "evidence" else 1)
    for event in events:
        evidence = Text(event.sentence.text.strip())
        offset = event.sentence.start + (len(event.sentence.text) - len(event.sentence.text.lstrip()))
        evidence.stylize("bold", event.evidence.start - offset, event.evidence.end - offset)
        style = "" if event.modality == "asserted" else "italic dim"
        table.add_row(f"{event.source.code}\n{event.source.text}",
                      f"{event.event}/{event.mode or '-'}\nCAMEO {event.cameo} ({event.goldstein:+.1f})",
                      f"{event.target.code}\n{event.target.text}" if event.target else "-",
                      event.date.value if event.date else "", _quantity(event), event.modality, evidence,
                      style=style)
    console.print(table)
