"""Helpers of the report tests: a results document (dict, any schema version) as the typed Results."""

from __future__ import annotations

from typing import Any

from newsbench.score.results import Results


def typed(document: dict[str, Any]) -> Results:
    """The document migrated and validated, as the report stage receives it."""
    return Results.from_dict(document)
