"""The prediction store: one Parquet file plus an append-only journal, keyed by extractor and page.

A key is (extractor, version, config_hash, page_sha256). During a run every finished
prediction is appended to `journal.jsonl` at once (one line each, flushed), so that a run
killed at any moment loses nothing it finished; `compact()` folds the journal into
`predictions.parquet` (written to a temporary name and renamed) and removes the journal.
Reading takes the union of both, first occurrence of a key wins, so a kill between the rename
and the journal's removal duplicates nothing. A journal whose last line was cut mid-write is
repaired: the partial line is dropped with a warning and the file truncated to its last
complete line.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.errors import NewsbenchError

SCHEMA_VERSION = 1
KEY = ("extractor", "version", "config_hash", "page_sha256")

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
])


class StoreError(NewsbenchError):
    """A prediction store that cannot be read or was written by an incompatible version."""


class StoreWarning(UserWarning):
    """Something in a store was repaired (a cut journal line) or set aside (rows of other versions)."""


def key_of(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The store key of a row."""
    return (row["extractor"], row["version"], row["config_hash"], row["page_sha256"])


class Store:
    """The predictions of one run folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.parquet = self.folder / "predictions.parquet"
        self.journal = self.folder / "journal.jsonl"
        self.header = self.folder / "store.json"
        self._handle: Any = None

    def open(self) -> Store:
        """Create the folder and header if new; refuse a store of another schema version."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.header.is_file():
            try:
                version = json.loads(self.header.read_text(encoding="utf-8"))["schema_version"]
            except (ValueError, KeyError) as exc:
                raise StoreError(f"unreadable store header: {exc}", file=str(self.header)) from exc
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"store schema version {version}, this newsbench writes {SCHEMA_VERSION}; use a new --output folder",
                    file=str(self.header), field="schema_version",
                )
        else:
            self.header.write_text(json.dumps({"schema_version": SCHEMA_VERSION}) + "\n", encoding="utf-8")
        return self

    def _journal_rows(self) -> list[dict[str, Any]]:
        if not self.journal.is_file():
            return []
        data = self.journal.read_bytes()
        good_end = data.rfind(b"\n") + 1
        rows = []
        for number, line in enumerate(data[:good_end].splitlines(), start=1):
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise StoreError(f"line {number} is not JSON: {exc}", file=str(self.journal)) from exc
        if good_end < len(data):
            warnings.warn(
                f"{self.journal}: dropped a truncated last line ({len(data) - good_end} bytes) written when a run "
                "was interrupted; that prediction will be recomputed",
                StoreWarning, stacklevel=2,
            )
            with self.journal.open("r+b") as fh:
                fh.truncate(good_end)
        return rows

    def _parquet_rows(self, columns: list[str] | None = None) -> list[dict[str, Any]]:
        if not self.parquet.is_file():
            return []
        try:
            table = pq.read_table(self.parquet, columns=columns)
        except (OSError, pa.ArrowException) as exc:
            raise StoreError(f"unreadable predictions file: {exc}; remove it to recompute", file=str(self.parquet)) from exc
        if table.schema.names != (columns or SCHEMA.names):
            raise StoreError(f"columns {table.schema.names} differ from the store schema", file=str(self.parquet))
        return table.to_pylist()

    def rows(self, columns: list[str] | None = None) -> list[dict[str, Any]]:
        """Every stored prediction, one per key (first occurrence wins); `columns` (with the key) reads only those."""
        wanted = None if columns is None else list(dict.fromkeys([*KEY, *columns]))
        seen: set[tuple[str, str, str, str]] = set()
        out = []
        journal = self._journal_rows()
        if wanted is not None:
            journal = [{k: r[k] for k in wanted} for r in journal]
        for row in self._parquet_rows(wanted) + journal:
            key = key_of(row)
            if key not in seen:
                seen.add(key)
                out.append(row)
        return out

    def keys(self) -> set[tuple[str, str, str, str]]:
        """The keys of every stored prediction (reads the key columns only)."""
        return {key_of(r) for r in self.rows(columns=list(KEY))}

    def append(self, row: dict[str, Any]) -> None:
        """Append one prediction to the journal and flush it to the operating system."""
        if self._handle is None:
            self._journal_rows()  # repair a cut tail before appending after it
            self._handle = self.journal.open("a", encoding="utf-8")
        self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        """Close the journal (it stays until compact())."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def table(self, columns: list[str] | None = None) -> pa.Table:
        """Every stored prediction as an Arrow table in key order; `columns` (with the key) reads only those."""
        rows = self.rows(columns)
        rows.sort(key=lambda r: (r["extractor"], r["version"], r["config_hash"], r["page_sha256"]))
        schema = SCHEMA if columns is None else pa.schema([SCHEMA.field(n) for n in dict.fromkeys([*KEY, *columns])])
        return pa.Table.from_pylist(rows, schema=schema)

    def compact(self) -> int:
        """Fold the journal into predictions.parquet atomically; returns the number of rows."""
        self.close()
        if not self.journal.exists() and self.parquet.is_file():
            return int(pq.read_metadata(self.parquet).num_rows)
        table = self.table()
        tmp = self.parquet.with_suffix(".parquet.tmp")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, self.parquet)
        if self.journal.exists():
            self.journal.unlink()
        return table.num_rows
