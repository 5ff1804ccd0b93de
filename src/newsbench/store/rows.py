"""One stored prediction row: its Arrow schema, its key, and the checks and repairs applied before it is stored.

A row is checked for shape (every column present, of its type) wherever it enters or leaves
the store, so that a damaged or hand-edited file is reported naming the file, never read back
as different content. Strings that cannot be stored as UTF-8 (a lone surrogate such as "\\ud800",
which `json.loads` yields for a JSON-LD escape a page carries, or an imported prediction
holds) are repaired: each lone surrogate becomes U+FFFD and the row's `repairs` column says
which columns were changed. The repair is deterministic, so the stored text, and its score,
are the same on every run.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

KEY = ("extractor", "version", "config_hash", "page_sha256")
# Failures that depend on the limits or the machine's load rather than on the page: retried by a rerun.
TRANSIENT = ("timeout", "memory")

MENTION = pa.struct([("text", pa.string()), ("type", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
SCHEMA = pa.schema([
    ("extractor", pa.string()), ("version", pa.string()), ("config_hash", pa.string()), ("config", pa.string()),
    ("page_id", pa.string()), ("page_sha256", pa.string()),
    ("headline", pa.string()), ("published", pa.string()), ("modified", pa.string()),
    ("authors", pa.list_(pa.string())), ("body", pa.string()), ("blocks", pa.list_(pa.string())),
    ("entities", pa.list_(MENTION)),
    ("error", pa.string()),  # null when the extraction succeeded
    ("error_kind", pa.string()),  # exception, timeout, crash, memory, network, contract, missing
    ("seconds", pa.float64()),  # time spent in extract() inside the worker
    ("source", pa.string()),  # "run" or "import:<file name>"
    ("repairs", pa.string()),  # null, or what was repaired before storing (lone surrogates -> U+FFFD)
    ("block_kinds", pa.list_(pa.string())),  # the kind of each of `blocks`, for extractors that produce structure
])
COLUMNS = tuple(SCHEMA.names)
ROW_VERSION = 3  # the store schema version whose rows have every column of SCHEMA
# The store schema version that added each column written since version 1; an older file or
# journal line lacks it, and is read with it null.
ADDED = {"repairs": 2, "block_kinds": 3}
# Columns of a version 1 store (no `repairs`, no `block_kinds`).
COLUMNS_V1 = tuple(n for n in COLUMNS if n not in ADDED)


def columns_of(version: int) -> tuple[str, ...]:
    """The columns a file or row written at store schema `version` has."""
    return tuple(n for n in COLUMNS if ADDED.get(n, 1) <= version)

_STRINGS = ("extractor", "version", "config_hash", "config", "page_id", "page_sha256", "headline", "published",
            "modified", "body", "error", "error_kind", "source", "repairs")
_REQUIRED = ("extractor", "config_hash", "config", "page_id", "page_sha256", "source")


class RowError(ValueError):
    """A row of the wrong shape: the reason names the column."""


def key_of(row: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """The store key of a row."""
    return (row["extractor"], row["version"], row["config_hash"], row["page_sha256"])


def key_mask(table: pa.Table, name: str, version: str | None, config_hash: str) -> pa.ChunkedArray:
    """For each row of a table with the key columns, whether it is a row of this extractor, version (None: stored
    without one) and config hash; never null."""
    same_version = pc.is_null(table["version"]) if version is None else pc.equal(table["version"], version)
    mask = pc.and_(pc.and_(pc.equal(table["extractor"], name), same_version), pc.equal(table["config_hash"], config_hash))
    return pc.fill_null(mask, False)


def _repaired(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (surrogate pairs written as two code points are joined)."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _clean(value: str, column: str, changed: set[str]) -> str:
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        changed.add(column)
        return _repaired(value)


def _string(row: Mapping[str, Any], column: str, changed: set[str]) -> str | None:
    value = row[column]
    if value is None:
        if column in _REQUIRED:
            raise RowError(f"{column}: required, got null")
        return None
    if not isinstance(value, str):
        raise RowError(f"{column}: expected a string, got {type(value).__name__}")
    return _clean(value, column, changed)


def _strings(row: Mapping[str, Any], column: str, changed: set[str]) -> list[str] | None:
    value = row[column]
    if value is None:
        return None
    if not isinstance(value, list | tuple):
        raise RowError(f"{column}: expected a list of strings")
    try:
        joined = "".join(value)  # checks every item's type in one call: a page can have hundreds of blocks
    except TypeError:
        raise RowError(f"{column}: expected a list of strings") from None
    try:
        joined.encode("utf-8")
    except UnicodeEncodeError:  # some item has a lone surrogate: repair item by item
        return [_clean(v, column, changed) for v in value]
    return list(value)


def _mentions(row: Mapping[str, Any], changed: set[str]) -> list[dict[str, Any]] | None:
    value = row["entities"]
    if value is None:
        return None
    if not isinstance(value, list | tuple):
        raise RowError("entities: expected a list of mentions")
    out = []
    for m in value:
        if not isinstance(m, dict) or set(m) != {"text", "type", "start", "end"}:
            raise RowError("entities: a mention must have exactly text, type, start and end")
        if not isinstance(m["text"], str) or not isinstance(m["type"], str):
            raise RowError("entities: text and type must be strings")
        for part in ("start", "end"):
            if m[part] is not None and (not isinstance(m[part], int) or isinstance(m[part], bool)
                                        or not -2**31 <= m[part] < 2**31):
                raise RowError(f"entities: {part} must be a 32-bit integer or null")
        out.append({"text": _clean(m["text"], "entities", changed), "type": _clean(m["type"], "entities", changed),
                    "start": m["start"], "end": m["end"]})
    return out


def checked(row: Mapping[str, Any], *, version: int = ROW_VERSION) -> dict[str, Any]:
    """The row with every column checked against SCHEMA and lone surrogates repaired (noted in `repairs`).

    `version`: the store schema version the row was written at; it has the columns of
    `columns_of(version)` (version 1: no `repairs`; 2: no `block_kinds`), and the others are
    returned null. Raises RowError naming the column for a missing or unknown column or a value
    of the wrong type.
    """
    if not isinstance(row, Mapping):
        raise RowError(f"a row must be an object, got {type(row).__name__}")
    expected = set(columns_of(version))
    if set(row) != expected:
        missing, unknown = sorted(expected - set(row)), sorted(set(row) - expected)
        raise RowError("; ".join(p for p in (missing and f"missing column(s) {', '.join(missing)}",
                                             unknown and f"unknown column(s) {', '.join(unknown)}") if p))
    changed: set[str] = set()
    out: dict[str, Any] = {}
    for column in COLUMNS:
        if column == "repairs":
            continue
        if column not in expected:
            out[column] = None
        elif column in ("authors", "blocks", "block_kinds"):
            out[column] = _strings(row, column, changed)
        elif column == "entities":
            out[column] = _mentions(row, changed)
        elif column == "seconds":
            value = row[column]
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                      or math.isnan(value)):
                raise RowError("seconds: expected a number or null")
            out[column] = None if value is None else float(value)
        else:
            out[column] = _string(row, column, changed)
    earlier = _string(row, "repairs", changed) if "repairs" in expected else None
    note = f"lone surrogates replaced with U+FFFD in: {', '.join(sorted(changed))}" if changed else None
    out["repairs"] = "; ".join(p for p in (earlier, note) if p) or None
    return out
