"""Runners: how documents get from readers through extraction into the store (local processes today)."""

from entente.runners.local import IngestReport, ingest

__all__ = ["IngestReport", "ingest"]
