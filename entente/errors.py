"""One error hierarchy; every message says what went wrong and what to do next.

    EntenteError
    ├── InputError        a file, line or document that cannot be read (names the file and line)
    ├── ModelError        the spaCy model is missing or does not load
    ├── DataError         a knowledge file in entente/data is malformed
    └── GoldError         a gold file that does not fit shared/contract/GOLD.md

The CLI prints ``str(error)`` on one line and never a traceback.
"""

from __future__ import annotations


class EntenteError(Exception):
    """Base class of every error entente raises on purpose."""


class InputError(EntenteError):
    """An input that cannot be read. ``where`` is ``path`` or ``path:line``."""

    def __init__(self, where: str, problem: str, hint: str = "") -> None:
        self.where = where
        self.problem = problem
        self.hint = hint
        message = f"{where}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class ModelError(EntenteError):
    pass


class DataError(EntenteError):
    pass


class GoldError(EntenteError):
    pass
