"""One Parquet shard of the prediction store and its record: written atomically, read only after its checksum matches.

A shard `shards/<name>.parquet` counts once its record `shards/<name>.json` exists:
{"schema_version": 3, "rows": n, "bytes": size, "sha256": digest of the file, "keys":
[[extractor, version, config_hash, rows], ...]}. The Parquet file is renamed into place first,
its record second, so a writer killed in between leaves a file without a record, which is
ignored (and removed by the next compaction). The whole file's sha256 is checked before any
of it is read (Parquet's own page checksums are written too): a single changed byte anywhere,
footer and statistics included, is reported naming the file, never read back as other content.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsbench.files import file_sha256
from newsbench.store.journal import StoreError
from newsbench.store.rows import SCHEMA, columns_of

SHARD_VERSION = 3  # 3: the `block_kinds` column; shards of version 2 (without it) are read with it null
READABLE = (2, SHARD_VERSION)
ROW_GROUP = 1024  # rows per row group: a reader of a few rows decompresses at most this many


def _key_counts(table: pa.Table) -> list[list[Any]]:
    if table.num_rows == 0:
        return []
    counts = table.group_by(["extractor", "version", "config_hash"]).aggregate([("page_sha256", "count")])
    rows = counts.to_pylist()
    return sorted([[r["extractor"], r["version"], r["config_hash"], r["page_sha256_count"]] for r in rows],
                  key=lambda r: (r[0], r[1] or "", r[2]))


class ShardWriter:
    """Writes one shard table by table (bounded memory), then commits it: file renamed into place, record after."""

    def __init__(self, folder: Path, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.name = folder, name
        self._tmp = folder / f".{name}.parquet.tmp"
        self._writer = pq.ParquetWriter(self._tmp, SCHEMA, compression="zstd", write_page_checksum=True)
        self._rows = 0
        self._keys: dict[tuple[str, str | None, str], int] = {}

    def write(self, table: pa.Table) -> None:
        """Append rows of SCHEMA."""
        table = table.cast(SCHEMA)
        self._writer.write_table(table, row_group_size=ROW_GROUP)
        self._rows += table.num_rows
        for extractor, version, config_hash, count in _key_counts(table):
            key = (extractor, version, config_hash)
            self._keys[key] = self._keys.get(key, 0) + count

    def commit(self) -> Shard:
        """Close the file and make it a committed shard."""
        self._writer.close()
        info = {"schema_version": SHARD_VERSION, "rows": self._rows, "bytes": self._tmp.stat().st_size,
                "sha256": file_sha256(self._tmp),
                "keys": sorted(([*k, n] for k, n in self._keys.items()), key=lambda r: (r[0], r[1] or "", r[2]))}
        path = self.folder / f"{self.name}.parquet"
        os.replace(self._tmp, path)
        tmp_record = self.folder / f".{self.name}.json.tmp"
        tmp_record.write_text(json.dumps(info, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp_record, self.folder / f"{self.name}.json")
        return Shard(path, info)

    def abort(self) -> None:
        """Drop the unfinished file."""
        self._writer.close()
        self._tmp.unlink(missing_ok=True)


def write_shard(folder: Path, name: str, table: pa.Table) -> Shard:
    """Write `table` (rows of SCHEMA) as the committed shard `name` under `folder`."""
    writer = ShardWriter(folder, name)
    try:
        writer.write(table)
    except BaseException:
        writer.abort()
        raise
    return writer.commit()


@dataclass
class Shard:
    """A committed shard (or, with `info` None, the unchecksummed predictions.parquet of a version 1 store)."""

    path: Path
    info: dict[str, Any] | None
    _checked: bool = False

    @classmethod
    def load(cls, record: Path) -> Shard:
        """The shard a record file describes; StoreError naming the record when it is unreadable or malformed."""
        try:
            info = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"unreadable shard record: {exc}", file=str(record)) from exc
        problems = [k for k, t in (("schema_version", int), ("rows", int), ("bytes", int), ("sha256", str),
                                   ("keys", list)) if not isinstance(info, dict) or not isinstance(info.get(k), t)]
        if problems:
            raise StoreError(f"malformed shard record (field {problems[0]})", file=str(record), field=problems[0])
        if info["schema_version"] not in READABLE:
            raise StoreError(f"shard record version {info['schema_version']}; this newsbench reads "
                             f"{' and '.join(map(str, READABLE))}", file=str(record), field="schema_version")
        return cls(record.with_suffix(".parquet"), info)

    @property
    def name(self) -> str:
        """The shard's name (its file name without .parquet)."""
        return self.path.stem

    @property
    def legacy(self) -> bool:
        """Whether this is a version 1 predictions.parquet (no record, no `repairs` column)."""
        return self.info is None

    @property
    def version(self) -> int:
        """The store schema version the shard was written at (1: a version 1 predictions.parquet)."""
        return 1 if self.info is None else int(self.info["schema_version"])

    def keys(self) -> list[tuple[str, str | None, str, int]]:
        """(extractor, version, config hash, rows) of the shard, from its record (nothing read)."""
        return [tuple(k) for k in (self.info or {}).get("keys", [])]  # type: ignore[misc]

    def verify(self) -> None:
        """Check size and sha256 against the record (once per object); StoreError naming the file on a mismatch."""
        if self._checked or self.info is None:
            return
        try:
            size = self.path.stat().st_size
            if size != self.info["bytes"]:
                raise StoreError(f"damaged shard: {size} bytes, its record says {self.info['bytes']}; remove the "
                                 "shard and its .json record to recompute its predictions", file=str(self.path))
            if file_sha256(self.path) != self.info["sha256"]:
                raise StoreError("damaged shard: sha256 differs from its record; remove the shard and its .json "
                                 "record to recompute its predictions", file=str(self.path))
        except FileNotFoundError as exc:
            raise StoreError("shard missing although its record exists", file=str(self.path)) from exc
        self._checked = True

    def _file(self) -> pq.ParquetFile:
        self.verify()
        try:
            handle = pq.ParquetFile(self.path, page_checksum_verification=True)
        except (OSError, pa.ArrowException) as exc:
            raise StoreError(f"unreadable predictions file: {exc}; remove it to recompute", file=str(self.path)) from exc
        expected = pa.schema([SCHEMA.field(n) for n in columns_of(self.version)])
        if not handle.schema_arrow.equals(expected):
            raise StoreError(f"columns {handle.schema_arrow.names} differ from the store schema", file=str(self.path))
        return handle

    def rows(self) -> int:
        """The number of rows (the record's, or the file's metadata for a version 1 file)."""
        if self.info is not None:
            return int(self.info["rows"])
        return int(self._file().metadata.num_rows)

    def read(self, columns: list[str], positions: pa.Array | None = None) -> Iterator[pa.Table]:
        """The rows at `positions` (sorted row numbers; None: all) of `columns`, row group by row group."""
        handle = self._file()
        present = [c for c in columns if c in columns_of(self.version)]
        start = 0
        try:
            for group in range(handle.num_row_groups):
                count = handle.metadata.row_group(group).num_rows
                table = None
                if positions is None:
                    table = handle.read_row_group(group, columns=present)
                else:
                    lo = pc.greater_equal(positions, start)
                    mine = pc.filter(positions, pc.and_(lo, pc.less(positions, start + count)))
                    if len(mine):
                        table = handle.read_row_group(group, columns=present).take(pc.subtract(mine, start))
                start += count
                if table is not None:
                    yield self._complete(table, columns)
        except (OSError, pa.ArrowException) as exc:
            raise StoreError(f"unreadable predictions file: {exc}; remove it to recompute", file=str(self.path)) from exc

    def _complete(self, table: pa.Table, columns: list[str]) -> pa.Table:
        """`table` with null columns added for those an older file lacks (`rows.ADDED`), in the order of `columns`."""
        for name in columns:
            if name not in table.column_names:
                table = table.append_column(SCHEMA.field(name), pa.nulls(table.num_rows, SCHEMA.field(name).type))
        for name in ("extractor", "config_hash", "page_sha256"):
            if name in table.column_names and table.column(name).null_count:
                raise StoreError(f"a stored row has no {name}", file=str(self.path), field=name)
        return table.select(columns)
