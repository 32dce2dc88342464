"""Runners: how documents get from the readers through extraction into the store. They differ only in how
they submit work: ``local`` (this process or worker processes) and ``dask`` (a Dask cluster, optional extra);
``base`` holds what they share, ``work`` what a worker runs."""

from entente.runners.base import IngestReport, RunnerError
from entente.runners.local import ingest

__all__ = ["IngestReport", "RunnerError", "ingest"]
