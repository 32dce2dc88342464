"""Reading: files, HTML, JSON Lines corpora, directories and stdin into ``Document`` records."""

from entente.ingest.readers import Document, ReadProblem, read_paths

__all__ = ["Document", "ReadProblem", "read_paths"]
