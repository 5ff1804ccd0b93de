"""The exception types of each layer; every message names the file and the field at fault."""

from __future__ import annotations


class NewsbenchError(Exception):
    """Base class. `file` and `field` (a JSON path or column name) locate the fault."""

    def __init__(self, reason: str, *, file: str | None = None, field: str | None = None) -> None:
        self.reason = reason
        self.file = file
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ": ".join(p for p in (self.file, self.field) if p)
        return f"{where}: {self.reason}" if where else self.reason


class DecodeError(NewsbenchError):
    """A page's bytes cannot be decoded as declared or detected."""


class GoldError(NewsbenchError):
    """A gold file is malformed, breaks the schema or disagrees with its page."""


class DatasetIntegrityError(NewsbenchError):
    """A built dataset (Parquet or card) is missing, corrupt or does not match its sources."""
