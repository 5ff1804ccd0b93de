"""What a run must compute: every (extractor, page) the store lacks, and the stream of pages that feeds the workers.

Planning reads two short columns of each corpus (page ids and sha256) and the key columns of
the store, never a page: a rerun whose predictions are all stored reads no page at all. A page
whose bytes occur earlier (in the same or another corpus of the run) is extracted once. A stored
transient failure (timeout, memory) is computed again unless `retry_transient` is off, so a
rerun with a larger --timeout retries it. The plan keeps one boolean per page and extractor;
`tasks` then streams only the row groups holding a page that is needed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from newsbench.corpus.pages import Corpus
from newsbench.extractors.registry import ExtractorRecord
from newsbench.run.pool import Task
from newsbench.run.wire import PageRow
from newsbench.store.predictions import Index
from newsbench.store.rows import TRANSIENT, key_mask


@dataclass(frozen=True)
class Plan:
    """For each extractor to run, which pages (positions over the run's corpora, in order) it still needs."""

    corpora: tuple[Corpus, ...]
    offsets: tuple[int, ...]  # position of each corpus's first page
    need: dict[str, np.ndarray]  # extractor -> bool per page
    planned: int
    reused: int

    @property
    def total(self) -> int:
        """The number of (extractor, page) tasks to compute."""
        return int(sum(int(mask.sum()) for mask in self.need.values()))

    def wanted(self) -> np.ndarray:
        """Positions of the pages at least one extractor needs."""
        if not self.need:
            return np.zeros(0, dtype=np.int64)
        return np.flatnonzero(np.logical_or.reduce(list(self.need.values())))

    def tasks(self, *, with_gold: bool = False) -> Iterator[Task]:
        """(page, extractors) for every needed page, streamed in corpus order."""
        wanted = self.wanted()
        yield from stream_tasks(self.corpora, self.offsets, wanted, {n: m[wanted] for n, m in self.need.items()},
                                with_gold=with_gold)

    def shards(self, pages: int) -> list[tuple[np.ndarray, dict[str, np.ndarray]]]:
        """The needed pages cut into runs of about `pages` (positions, and per extractor whether it needs each)."""
        wanted = self.wanted()
        return [(part, {n: m[part] for n, m in self.need.items()})
                for part in (wanted[i:i + pages] for i in range(0, len(wanted), max(1, pages)))]


def stream_tasks(corpora: Sequence[Corpus], offsets: Sequence[int], positions: np.ndarray,
                 needed: Mapping[str, np.ndarray], *, with_gold: bool = False) -> Iterator[Task]:
    """(page, extractors) for the pages at `positions` (sorted, over the corpora in order); `needed[name][i]` says
    whether extractor `name` runs on the page at `positions[i]`. Only row groups holding such a page are read."""
    names = list(needed)
    index = 0
    for corpus, start in zip(corpora, offsets, strict=True):
        lo, hi = np.searchsorted(positions, [start, start + corpus.rows])
        if hi == lo:
            continue
        index = int(lo)
        for batch in corpus.record_batches(positions[lo:hi] - start, with_gold=with_gold):
            ids, shas = batch.column("id").to_pylist(), batch.column("html_sha256").to_pylist()
            for row, (page_id, sha) in enumerate(zip(ids, shas, strict=True)):
                yield PageRow(page_id, sha, batch, row), tuple(n for n in names if needed[n][index])
                index += 1


def _first_occurrences(shas: pa.ChunkedArray) -> np.ndarray:
    """True for the first page of every distinct sha256."""
    positions = pa.array(np.arange(len(shas), dtype=np.int64))
    table = pa.table({"sha": shas, "position": positions})
    first = table.group_by("sha", use_threads=False).aggregate([("position", "min")])
    return np.asarray(pc.is_in(positions, first["position_min"]).to_numpy(zero_copy_only=False), dtype=bool)


def _stored(index: Index, record: ExtractorRecord, retry_transient: bool) -> pa.Array:
    """The page sha256 of the stored rows of this extractor version and config (transient failures left out)."""
    table = index.table
    mask = key_mask(table, record.name, record.version, record.config_hash)
    if retry_transient:
        mask = pc.and_(mask, pc.invert(pc.fill_null(pc.is_in(table["error_kind"], pa.array(TRANSIENT)), False)))
    return table.filter(mask)["page_sha256"].combine_chunks() if table.num_rows else pa.array([], pa.string())


def make_plan(corpora: Sequence[Corpus], records: Mapping[str, ExtractorRecord], index: Index, *,
              retry_transient: bool = True) -> Plan:
    """The tasks of a run: every runnable extractor in `records` on every distinct page the store lacks."""
    shas = pa.chunked_array([c.index()["html_sha256"].combine_chunks() for c in corpora], type=pa.string())
    offsets = tuple(int(x) for x in np.cumsum([0, *(c.rows for c in corpora)])[:-1])
    first = _first_occurrences(shas)
    need, planned, reused = {}, 0, 0
    for name, record in records.items():
        if record.skipped is not None:
            continue
        stored = np.asarray(pc.is_in(shas, value_set=_stored(index, record, retry_transient)).to_numpy(
            zero_copy_only=False), dtype=bool)
        need[name] = first & ~stored
        planned += int(first.sum())
        reused += int((first & stored).sum())
    return Plan(tuple(corpora), offsets, need, planned, reused)
