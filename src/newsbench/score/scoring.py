"""Scoring a run folder: stored predictions streamed in chunks through `page_scores`, in parallel, cached.

Per corpus of the run, in manifest order: the corpus must still have the fingerprint the run
recorded (a changed dataset is never scored silently); its gold columns are read (never page
HTML) and held as Arrow; the store's key columns select the predictions of the manifest's
extractors on the corpus's pages (a missing one is an error); those rows are then read a
chunk at a time, scored by `page_scores.add_rows` in `jobs` forked processes, and written to
scores.parquet in chunk order, so the file is the same whatever `jobs` is. Memory holds the
gold, the key columns and one chunk per process, never every prediction.

Cache: the scores are a function of the store's contents (the checksums of its shards and
journals), the manifest's extractors and fields, the corpora's fingerprints, `extended` and the
scoring code (a digest of the metrics and scoring sources). When none of these changed and
scores.parquet is unchanged since it was written (sha256 in cache.json), it is kept as it is.

A corpus without gold (no gold field at all: a WARC capture) gets no score rows; instead the
agreement between every pair of extractors on its pages goes to agreement.parquet (`score.agreement`).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

import newsbench.metrics
import newsbench.score
from newsbench.corpus.pages import Corpus, PageGold, read_corpus, snippets_of
from newsbench.files import file_sha256
from newsbench.score.agreement import AGREEMENT_SCHEMA, agreement_rows
from newsbench.score.agreement import COLUMNS as AGREEMENT_COLUMNS
from newsbench.score.page_scores import SCORE_SCHEMA, ScoringError, add_rows
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import Manifest
from newsbench.store.predictions import Index

CHUNK = 2048  # stored predictions per unit of work
PREDICTION_COLUMNS = ["extractor", "page_sha256", "headline", "published", "modified", "authors", "body", "entities",
                      "error", "blocks", "block_kinds"]  # blocks and their kinds: the structure field
_SCORING_SOURCES = ("page_scores.py", "scoring.py", "agreement.py")


@dataclass(frozen=True, slots=True)
class Scored:
    """What `score_run` did: rows written (or kept) and whether the stored scores were reused."""

    rows: int
    reused: bool
    inputs: str  # the digest of what the scores were computed from


@dataclass(frozen=True)
class _Work:
    """What the scoring processes share (inherited through fork): one corpus's gold and the store's index."""

    corpus: str
    gold: list[pa.RecordBatch]  # the corpus's gold table as it was read, batch by batch
    rows_of: dict[str, list[int]]  # page sha256 -> gold rows (pages of identical bytes: several)
    index: Index
    produces: dict[str, frozenset[str]]
    extended: bool
    imported: bool
    snippets: Path | None  # the folder of a snippet corpus, whose pages' gold adds their snippets


_WORK: _Work | None = None


def code_digest() -> str:
    """A digest of the scoring code: every metrics module (the compiled kernel's C source too) and the modules that
    turn predictions into score rows."""
    digest = hashlib.sha256()
    metrics = Path(newsbench.metrics.__file__).parent
    paths = sorted([*metrics.glob("*.py"), *metrics.glob("*.c")])
    paths += [Path(newsbench.score.__file__).parent / name for name in _SCORING_SOURCES]
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def inputs_digest(folder: RunFolder, manifest: Manifest, extended: bool) -> str:
    """A digest of everything scores.parquet is computed from (see the module docstring)."""
    store = folder.store()
    sources = []
    for source in store.sources():
        info = getattr(source, "info", None)
        sources.append(info["sha256"] if info else file_sha256(source.path))
    document = {
        "code": code_digest(), "extended": extended, "store": sources,
        "extractors": sorted([e.name, e.version, e.config_hash, sorted(e.produces)] for e in manifest.runnable()),
        "corpora": [[c.name, c.fingerprint, c.gold_fields] for c in manifest.corpora],
    }
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def _golds(work: _Work, shas: list[str]) -> dict[str, list[PageGold]]:
    rows = [r for sha in shas for r in work.rows_of[sha]]
    # Taken batch by batch: `Table.take` on a table of many chunks joins every chunk of its nested
    # columns first (0.1 s a call at 10k pages, growing with the corpus).
    at = np.unique(np.asarray(rows, dtype=np.int64))
    record_of: dict[int, dict[str, Any]] = {}
    offset = 0
    for batch in work.gold:
        lo, hi = np.searchsorted(at, [offset, offset + batch.num_rows])
        if hi > lo:
            record_of.update(zip(at[lo:hi].tolist(), batch.take(pa.array(at[lo:hi] - offset)).to_pylist(), strict=True))
        offset += batch.num_rows
    out: dict[str, list[PageGold]] = {}
    for record in map(record_of.__getitem__, rows):
        page = PageGold.from_row(record, record["split"])
        if work.snippets is not None:
            page = replace(page, snippets=snippets_of(record, work.snippets))
        out.setdefault(record["html_sha256"], []).append(page)
    return out


def _metric_caches() -> list[Any]:
    """The memoised functions of the metrics (`functools.lru_cache`), emptied after every chunk."""
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.iter_modules(newsbench.metrics.__path__):
        module = importlib.import_module(f"newsbench.metrics.{info.name}")
        found += [f for f in vars(module).values() if callable(getattr(f, "cache_clear", None))]
    return found


def _score_chunk(positions: np.ndarray) -> pa.Table:
    """The score rows of the stored predictions at `positions` (in the forked process, or here).

    The metrics memoise tokens and alignments of the texts they see (bounded by count, not by
    size: a few thousand long bodies hold gigabytes); a chunk's pages rarely come back in a later
    chunk, so the memos are emptied after each chunk to keep memory flat.
    """
    work = _WORK
    assert work is not None
    columns: dict[str, list[Any]] = {name: [] for name in SCORE_SCHEMA.names}
    for table in work.index.read(positions, PREDICTION_COLUMNS):
        predictions = table.to_pylist()
        golds = _golds(work, list(dict.fromkeys(p["page_sha256"] for p in predictions)))
        for prediction in predictions:
            for page in golds[prediction["page_sha256"]]:
                add_rows(columns, page, prediction, work.produces[prediction["extractor"]], work.corpus,
                         work.extended, work.imported)
    for memoised in _metric_caches():
        memoised.cache_clear()
    return pa.table(columns, schema=SCORE_SCHEMA)


def _chunks(work: _Work, positions: pa.Array, jobs: int) -> Iterator[pa.Table]:
    global _WORK
    at = positions.to_numpy()
    parts = [at[i:i + CHUNK] for i in range(0, len(at), CHUNK)]
    _WORK = work
    try:
        if jobs <= 1 or len(parts) <= 1:
            yield from map(_score_chunk, parts)
            return
        with mp.get_context("fork").Pool(min(jobs, len(parts))) as pool:
            yield from pool.imap(_score_chunk, parts)
    finally:
        _WORK = None


def _work(folder: RunFolder, manifest: Manifest, corpus: Corpus, extended: bool) -> tuple[_Work, pa.Array]:
    produces = {e.name: frozenset(e.produces) for e in manifest.runnable()}
    if corpus.gold_fields is not None:  # an imported corpus: score only the fields it has gold for
        # a body extractor is scored on snippet gold where the corpus has it (trafilatura's evaluation set)
        produces = {name: (fields | ({"snippets"} if "body" in fields else set())) & corpus.gold_fields
                    for name, fields in produces.items()}
    gold = corpus.gold_table()
    rows_of: dict[str, list[int]] = {}
    for row, sha in enumerate(gold.column("html_sha256").to_pylist()):
        rows_of.setdefault(sha, []).append(row)
    index, positions = folder.selected(manifest, pa.array(list(rows_of), pa.string()))
    return _Work(corpus.name, gold.to_batches(), rows_of, index, produces, extended, corpus.gold_fields is not None,
                 corpus.folder if corpus.snippet_gold else None), positions


def score_run(folder: RunFolder, extended: bool = False, jobs: int = 1) -> Scored:
    """Score every corpus of a run folder into scores.parquet (kept as it is when its inputs did not change).

    Raises ScoringError when a corpus's fingerprint changed since the run, RunFolderError when
    predictions are missing.
    """
    manifest = folder.read_manifest()
    corpora = []
    for record in manifest.corpora:
        corpus = read_corpus(Path(record.folder), record.name)
        if corpus.fingerprint != record.fingerprint:
            raise ScoringError(f"corpus {record.name} has fingerprint {corpus.fingerprint[:16]}, the run recorded "
                               f"{record.fingerprint[:16]}; rerun `newsbench run` on it", file=record.folder)
        corpora.append(corpus)
    inputs = inputs_digest(folder, manifest, extended)
    goldless = [c for c in corpora if c.gold_fields == frozenset()]
    if folder.recalls("scores", inputs, folder.scores_path) and (
            not goldless or folder.recalls("agreement", inputs, folder.agreement_path)):
        return Scored(pq.read_metadata(folder.scores_path).num_rows, True, inputs)
    rows = 0
    with folder.scores_writer(SCORE_SCHEMA) as writer:
        for corpus in corpora:
            work, positions = _work(folder, manifest, corpus, extended)
            for table in _chunks(work, positions, jobs):
                writer.write_table(table)
                rows += table.num_rows
    folder.agreement_path.unlink(missing_ok=True)
    if goldless:
        with folder.parquet_writer(folder.agreement_path, AGREEMENT_SCHEMA) as writer:
            for corpus in goldless:
                for table in _agreement(folder, manifest, corpus):
                    writer.write_table(table)
        folder.remember("agreement", inputs, folder.agreement_path)
    folder.remember("scores", inputs, folder.scores_path)
    return Scored(rows, False, inputs)


def _agreement(folder: RunFolder, manifest: Manifest, corpus: Corpus) -> Iterator[pa.Table]:
    """The per-page agreement rows of a corpus without gold (`score.agreement`)."""
    index = corpus.index()
    page_ids: dict[str, list[str]] = {}
    for page_id, sha in zip(index.column("id").to_pylist(), index.column("html_sha256").to_pylist(), strict=True):
        page_ids.setdefault(sha, []).append(page_id)
    store_index, positions = folder.selected(manifest, pa.array(list(page_ids), pa.string()))
    rows = (row for table in store_index.read(positions, AGREEMENT_COLUMNS) for row in table.to_pylist())
    yield from agreement_rows(corpus.name, rows, len(positions), page_ids)
