"""Dataset rows in id order with bounded memory: sorted runs spilled to temporary Parquet files, then merged.

An importer reads its source in whatever order the source keeps; the rows of an imported corpus
are written in id order. Rows are collected until they hold about `budget` bytes, sorted and
written to a temporary file (a run); the runs are then read back a few rows at a time and merged.
A source that fits in the budget is sorted in memory and never spilled.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.corpus.columns import SCHEMA

BUDGET = 128 * 1024 * 1024  # bytes of page text and bytes held before a run is spilled
_READ_ROWS = 8  # rows read at a time from each run while merging


def _size(row: dict[str, Any]) -> int:
    return len(row["raw_html"]) + 2 * len(row["html"]) + 4096


def _key(row: dict[str, Any]) -> str:
    return str(row["id"])


def _spill(rows: list[dict[str, Any]], path: Path) -> Path:
    pq.write_table(pa.Table.from_pylist(sorted(rows, key=_key), schema=SCHEMA), path, compression="zstd",
                   row_group_size=_READ_ROWS)  # a merge holds one row group of each run
    return path


def _read(path: Path) -> Iterator[dict[str, Any]]:
    for batch in pq.ParquetFile(path, pre_buffer=False).iter_batches(batch_size=_READ_ROWS):
        yield from batch.to_pylist()


def sorted_by_id(rows: Iterable[dict[str, Any]], spill: Path, budget: int = BUDGET) -> Iterator[dict[str, Any]]:
    """`rows` (dataset-schema dicts) in id order, holding about `budget` bytes at most; runs go under `spill`."""
    held: list[dict[str, Any]] = []
    size = 0
    runs: list[Path] = []
    for row in rows:
        held.append(row)
        size += _size(row)
        if size >= budget:
            runs.append(_spill(held, spill / f"run-{len(runs):05d}.parquet"))
            held, size = [], 0
    if not runs:
        yield from sorted(held, key=_key)
        return
    if held:
        runs.append(_spill(held, spill / f"run-{len(runs):05d}.parquet"))
    del held
    yield from heapq.merge(*(_read(path) for path in runs), key=_key)
