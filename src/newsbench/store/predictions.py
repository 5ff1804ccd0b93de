"""The prediction store: checksummed Parquet shards plus one write-ahead journal per open writer.

Layout of `predictions/` (store schema version 3; 3 added the `block_kinds` column, read as null
from the shards and journal lines of a version 2 store):

    store.json                 {"schema_version": 3}
    shards/<name>.parquet      committed predictions (`store.shards`), each with its record <name>.json
    journals/<writer>.jsonl    rows an open (or killed) writer finished since its last shard (`store.journal`)

A row's key is (extractor, version, config_hash, page_sha256). A writer appends every finished
prediction to its journal at once and folds the journal into a new shard every `flush_rows`
rows and when it closes, so a run killed at any moment loses nothing it finished; a killed
writer's journal is folded into a shard by the next writer (`recover`). Several writers (the
tasks of a Ray run) may write at once: each has its own journal and its shards have unique names.

Reading takes every shard (in name order, which is time order) and every journal as one
dataset. One row per key is used: the first, except that a transient failure (timeout, memory)
gives way to a later row of the same key, which is how a rerun retries it. Reads that need
only keys read only the key columns. `compact` rewrites the used rows as new shards and swaps
them in by renaming the folder: atomic, and never concurrent with a writer (the run folder is
locked). A version 1 store (predictions.parquet + journal.jsonl) is read as it is and migrated to
shards by the first writer.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from newsbench.store.journal import Journal, StoreError, StoreWarning, encode_line, read_journal
from newsbench.store.rows import COLUMNS, KEY, SCHEMA, TRANSIENT, checked, key_of
from newsbench.store.shards import Shard, ShardWriter, write_shard

__all__ = ["KEY", "SCHEMA", "SCHEMA_VERSION", "Index", "Store", "StoreError", "StoreWarning", "Writer", "key_of"]

SCHEMA_VERSION = 3
READABLE = (1, 2, SCHEMA_VERSION)  # store versions this newsbench reads (1 is migrated by the first writer)
FLUSH_ROWS = 1000  # rows a writer keeps in its journal before folding them into a shard
COMPACT_ROWS = 200_000  # rows per shard written by compaction
_LATE = 1 << 43  # order of a transient failure: after every other row of its key, the latest first


class _JournalSource:
    """A journal read as a source of rows (parsed once)."""

    def __init__(self, path: Path, legacy: bool = False) -> None:
        self.path, self.legacy = path, legacy
        self._table: pa.Table | None = None

    @property
    def name(self) -> str:
        return self.path.stem

    def table(self) -> pa.Table:
        if self._table is None:
            self._table = pa.Table.from_pylist(read_journal(self.path, legacy=self.legacy), schema=SCHEMA)
        return self._table

    def rows(self) -> int:
        return self.table().num_rows

    def read(self, columns: list[str], positions: pa.Array | None = None) -> Iterator[pa.Table]:
        table = self.table().select(columns)
        yield table if positions is None else table.take(positions)


Source = Shard | _JournalSource


@dataclass(frozen=True)
class Index:
    """The used rows of a store (key columns, extras, `position`) and the sources they were read from."""

    table: pa.Table
    sources: tuple[Source, ...]

    def read(self, positions: Iterable[int] | pa.Array | np.ndarray, columns: Sequence[str] | None = None
             ) -> Iterator[pa.Table]:
        """The rows at `positions`, in store order, a row group at a time; `columns` (default all)."""
        wanted = list(columns or COLUMNS)
        at = np.unique(np.asarray(positions, dtype=np.int64))
        offset = 0
        for source in self.sources:
            n = source.rows()
            lo, hi = np.searchsorted(at, [offset, offset + n])
            if hi > lo:
                yield from source.read(wanted, pa.array(at[lo:hi] - offset))
            offset += n


class Store:
    """The predictions of one run folder (`predictions/`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.header = self.folder / "store.json"
        self.shards_dir = self.folder / "shards"
        self.journals_dir = self.folder / "journals"
        self.legacy_parquet = self.folder / "predictions.parquet"  # version 1
        self.legacy_journal = self.folder / "journal.jsonl"  # version 1
        self.version = SCHEMA_VERSION
        self._shards: dict[str, Shard] = {}  # checked shards by name, reused across reads

    # opening and layout

    def open(self) -> Store:
        """Create the folder and header if new; finish an interrupted compaction; refuse an unknown schema version."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.header.is_file():
            try:
                version = json.loads(self.header.read_text(encoding="utf-8"))["schema_version"]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise StoreError(f"unreadable store header: {exc}", file=str(self.header)) from exc
            if version not in READABLE:
                raise StoreError(f"store schema version {version!r}, this newsbench reads "
                                 f"{', '.join(map(str, READABLE))}; use a new --output folder", file=str(self.header),
                                 field="schema_version")
            self.version = version
        else:
            self._write_header()
        staged, old = self.shards_dir.with_name("shards.new"), self.shards_dir.with_name("shards.old")
        if staged.is_dir() and not self.shards_dir.exists():  # killed between the two renames of `compact`
            os.rename(staged, self.shards_dir)
        if old.is_dir() and self.shards_dir.is_dir():
            shutil.rmtree(old)
        return self

    def _write_header(self) -> None:
        tmp = self.header.with_name("store.json.tmp")
        tmp.write_text(json.dumps({"schema_version": SCHEMA_VERSION}) + "\n", encoding="utf-8")
        os.replace(tmp, self.header)
        self.version = SCHEMA_VERSION

    def shards(self) -> list[Shard]:
        """The committed shards in name order (files without a record are not committed and not listed)."""
        out = []
        for record in sorted(self.shards_dir.glob("*.json")) if self.shards_dir.is_dir() else []:
            name = record.stem
            if name not in self._shards:
                self._shards[name] = Shard.load(record)
            out.append(self._shards[name])
        return out

    def journals(self) -> list[Path]:
        """The journals of open or killed writers, in name order."""
        return sorted(self.journals_dir.glob("*.jsonl")) if self.journals_dir.is_dir() else []

    def sources(self) -> list[Source]:
        """Every source of rows in reading order: a version 1 file and journal, the shards, the journals."""
        out: list[Source] = []
        if self.legacy_parquet.is_file():
            out.append(self._shards.setdefault("predictions.parquet", Shard(self.legacy_parquet, None)))
        if self.legacy_journal.is_file():
            out.append(_JournalSource(self.legacy_journal, legacy=True))
        out += self.shards()
        out += [_JournalSource(path) for path in self.journals()]
        return out

    # reading

    def index(self, extra: Sequence[str] = ()) -> Index:
        """The key, error kind (and `extra` columns) of every used row, in store order, with its `position`.

        Reads only those columns. One row per key: the first stored, unless it is a transient
        failure and a later row of the key exists (the latest transient failure if all are).
        The index keeps the list of files it read, so that `Index.read` reads the same ones.
        """
        sources = tuple(self.sources())
        columns = list(dict.fromkeys([*KEY, "error_kind", *extra]))
        parts, offset = [], 0
        for source in sources:
            for table in source.read(columns):
                n = table.num_rows
                parts.append(table.append_column("position", pa.array(np.arange(offset, offset + n, dtype=np.int64))))
                offset += n
        empty = pa.schema([*(SCHEMA.field(c) for c in columns), pa.field("position", pa.int64())]).empty_table()
        table = pa.concat_tables(parts) if parts else empty
        if table.num_rows:
            transient = pc.fill_null(pc.is_in(table["error_kind"], pa.array(TRANSIENT)), False)
            order = pc.if_else(transient, pc.subtract(pa.scalar(_LATE, pa.int64()), table["position"]),
                               table["position"])
            table = table.append_column("order", order)
            first = table.group_by(list(KEY), use_threads=False).aggregate([("order", "min")])
            if first.num_rows < table.num_rows:
                table = table.filter(pc.is_in(table["order"], first["order_min"]))
        return Index(table.select(list(dict.fromkeys([*KEY, "error_kind", *extra, "position"]))), sources)

    def table(self, columns: Sequence[str] | None = None) -> pa.Table:
        """Every used row in key order; `columns` (with the key) reads only those. For small stores and tests."""
        wanted = list(dict.fromkeys([*KEY, *(columns or COLUMNS)]))
        index = self.index()
        parts = list(index.read(index.table["position"], wanted))
        schema = pa.schema([SCHEMA.field(c) for c in wanted])
        table = pa.concat_tables(parts).cast(schema) if parts else schema.empty_table()
        return table.sort_by([(k, "ascending") for k in KEY])

    def rows(self, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """`table` as Python dicts (small stores and tests)."""
        return self.table(columns).to_pylist()

    def keys(self) -> set[tuple[str, str, str, str]]:
        """The keys of every stored prediction (small stores and tests; runs use `index`)."""
        return {key_of(r) for r in self.index().table.to_pylist()}

    def count(self) -> int:
        """The number of used rows (one per key)."""
        return self.index().table.num_rows

    def stored_rows(self) -> int:
        """Every row held, duplicates included (after a compaction: `count()`)."""
        return sum(source.rows() for source in self.sources())

    # writing

    def writer(self, name: str, flush_rows: int = FLUSH_ROWS) -> Writer:
        """A writer with its own journal `journals/<name>.jsonl`; a journal of that name left by a killed writer
        is folded into a shard first. The caller holds the run folder's lock (or is a task of the holder)."""
        if self.version == 1:
            self.migrate()
        if self.version == 2:  # its shards and journal lines stay as they are (read with block_kinds null)
            self._write_header()
        self.recover([name])
        return Writer(self, name, flush_rows)

    def recover(self, names: Sequence[str] | None = None) -> int:
        """Fold the journals of killed writers (all, or those named) into shards; returns the rows recovered."""
        recovered = 0
        for path in self.journals():
            if names is not None and path.stem not in names:
                continue
            table = _JournalSource(path).table()
            if table.num_rows:
                write_shard(self.shards_dir, _shard_name(f"{path.stem}-recovered"), table)
                recovered += table.num_rows
            path.unlink()
        return recovered

    def migrate(self) -> None:
        """Bring a version 1 store to version 2: its Parquet file and journal become shards (nothing else changes)."""
        if self.version != 1:
            return
        if self.legacy_parquet.is_file():
            legacy = Shard(self.legacy_parquet, None)
            writer = ShardWriter(self.shards_dir, f"{0:020d}-v1-predictions")
            for table in legacy.read(list(COLUMNS)):
                writer.write(table)
            writer.commit()
        if self.legacy_journal.is_file():
            write_shard(self.shards_dir, f"{1:020d}-v1-journal", _JournalSource(self.legacy_journal, True).table())
        self._write_header()
        self.legacy_parquet.unlink(missing_ok=True)
        self.legacy_journal.unlink(missing_ok=True)
        self._shards.pop("predictions.parquet", None)

    def compact(self) -> int:
        """Rewrite the used rows as new shards and swap them in atomically; returns the rows kept.

        Journals are folded first; superseded and duplicate rows and uncommitted files are dropped.
        """
        self.migrate()
        self.recover()
        index = self.index()
        staged = self.shards_dir.with_name("shards.new")
        shutil.rmtree(staged, ignore_errors=True)
        writer, rows, part, in_part = None, 0, 0, 0
        for table in index.read(index.table["position"]):
            if writer is None:
                writer, part, in_part = ShardWriter(staged, _shard_name(f"compacted-{part:05d}")), part + 1, 0
            writer.write(table)
            rows, in_part = rows + table.num_rows, in_part + table.num_rows
            if in_part >= COMPACT_ROWS:
                writer.commit()
                writer = None
        if writer is not None:
            writer.commit()
        staged.mkdir(parents=True, exist_ok=True)
        old = self.shards_dir.with_name("shards.old")
        if self.shards_dir.exists():
            os.rename(self.shards_dir, old)
        os.rename(staged, self.shards_dir)
        shutil.rmtree(old, ignore_errors=True)
        self._shards.clear()
        return rows

    def verify(self) -> int:
        """Check every shard's checksum and every journal's lines; returns the rows held."""
        for shard in self.shards():
            shard.verify()
        return self.stored_rows()


def _shard_name(label: str) -> str:
    """A shard name that sorts in time order and is unique across writers and machines."""
    return f"{time.time_ns():020d}-{label}-{os.urandom(4).hex()}"


class Writer:
    """Appends predictions to the store: journal line first (flushed), a shard every `flush_rows` rows and at `close`."""

    def __init__(self, store: Store, name: str, flush_rows: int) -> None:
        self.store, self.name, self.flush_rows = store, name, flush_rows
        self.journal = Journal(store.journals_dir / f"{name}.jsonl")
        self._rows: list[dict[str, Any]] = []
        self.repaired = 0  # rows whose strings had to be repaired

    def append(self, row: dict[str, Any]) -> dict[str, Any]:
        """Check and store one row (lone surrogates repaired and noted); returns the stored row."""
        row = checked(row)
        self.append_encoded(row, encode_line(row))
        return row

    def append_encoded(self, row: dict[str, Any], line: bytes) -> None:
        """Store a row checked and encoded elsewhere: `line` is `journal.encode_line(checked(...))` and `row` what it
        holds (a run's worker makes both, so that the parent writes the line as it came)."""
        if row["repairs"]:
            self.repaired += 1
        self.journal.write(line)
        self._rows.append(row)
        if len(self._rows) >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        """Fold the journal into a new shard."""
        if self._rows:
            write_shard(self.store.shards_dir, _shard_name(self.name), pa.Table.from_pylist(self._rows, schema=SCHEMA))
            self.journal.reset()
            self._rows = []

    def close(self) -> None:
        """Flush and remove the journal."""
        self.flush()
        self.journal.close(remove=True)

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
