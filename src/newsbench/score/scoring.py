"""Scoring a run folder: stored predictions streamed in chunks through `page_scores`, in parallel, cached.

Per corpus of the run, in manifest order: the corpus must still have the fingerprint the run
recorded (a changed dataset is never scored silently); the store's key columns select the
predictions of the manifest's extractors on the corpus's pages (a missing one is an error).
The work is cut into units of consecutive row groups of one data file, about CHUNK predictions
each; a unit's gold columns (never page HTML) and its pages' predictions are read, scored by
`page_scores.add_rows` in `jobs` forked processes (one for `jobs` 1), and written to
scores.parquet in unit order, a field at a time (row groups of one field), so the file is the
same whatever `jobs` is.
Memory holds the key columns, the pages' ids and hashes, and one unit's gold and predictions
per process: never the corpus's gold or every prediction.

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
import pyarrow.compute as pc
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
    """What the scoring processes share (inherited through fork): one corpus and the store's index."""

    corpus: Corpus
    index: Index
    produces: dict[str, frozenset[str]]
    extended: bool
    imported: bool
    snippets: Path | None  # the folder of a snippet corpus, whose pages' gold adds their snippets


@dataclass(frozen=True)
class _Unit:
    """A unit of scoring: consecutive row groups of one data file and the store positions of their pages'
    predictions (in store order)."""

    path: Path
    groups: tuple[int, ...]
    positions: np.ndarray


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


def _golds(work: _Work, unit: _Unit) -> dict[str, list[PageGold]]:
    """The gold of a unit's pages by page sha256 (pages of identical bytes: several, in row order)."""
    out: dict[str, list[PageGold]] = {}
    for record in work.corpus.gold_rows(unit.path, unit.groups).to_pylist():
        page = PageGold.from_row(record, record["split"])
        if work.snippets is not None:
            page = replace(page, snippets=snippets_of(record, work.snippets))
        out.setdefault(record["html_sha256"], []).append(page)
    return out


def _metric_caches() -> list[Any]:
    """The memoised functions of the metrics and of `page_scores` (`functools.lru_cache`), emptied after every
    chunk."""
    import importlib
    import pkgutil

    found = []
    names = [f"newsbench.metrics.{info.name}" for info in pkgutil.iter_modules(newsbench.metrics.__path__)]
    for name in [*names, "newsbench.score.page_scores"]:
        module = importlib.import_module(name)
        found += [f for f in vars(module).values() if callable(getattr(f, "cache_clear", None))]
    return found


def _score_unit(unit: _Unit) -> pa.Table:
    """The score rows of a unit: each of its predictions against the gold of its page (in the forked process, or here).

    The metrics memoise tokens and alignments of the texts they see (bounded by count, not by
    size: a few thousand long bodies hold gigabytes); a chunk's pages rarely come back in a later
    chunk, so the memos are emptied after each chunk to keep memory flat.
    """
    work = _WORK
    assert work is not None
    columns: dict[str, list[Any]] = {name: [] for name in SCORE_SCHEMA.names}
    golds = _golds(work, unit)
    for table in work.index.read(unit.positions, PREDICTION_COLUMNS):
        for prediction in table.to_pylist():
            for page in golds[prediction["page_sha256"]]:
                add_rows(columns, page, prediction, work.produces[prediction["extractor"]], work.corpus.name,
                         work.extended, work.imported)
    for memoised in _metric_caches():
        memoised.cache_clear()
    return pa.table(columns, schema=SCORE_SCHEMA)


def _scored_units(work: _Work, units: list[_Unit], jobs: int) -> Iterator[pa.Table]:
    """The units' score rows, in order, from `jobs` forked processes; one unit is scored here. With `jobs` 1 and
    several units, one forked process does them all: the memory it grows to (the metrics' memos, the heap of a
    million scored pairs) goes back when it ends, instead of staying with the process that computes the figures
    next (400 MB at 100,000 pages)."""
    global _WORK
    _WORK = work
    try:
        if len(units) <= 1:
            yield from map(_score_unit, units)
            return
        with mp.get_context("fork").Pool(min(max(1, jobs), len(units))) as pool:
            yield from pool.imap(_score_unit, units)
    finally:
        _WORK = None


def _work(folder: RunFolder, manifest: Manifest, corpus: Corpus, extended: bool) -> tuple[_Work, list[_Unit]]:
    produces = {e.name: frozenset(e.produces) for e in manifest.runnable()}
    if corpus.gold_fields is not None:  # an imported corpus: score only the fields it has gold for
        # a body extractor is scored on snippet gold where the corpus has it (trafilatura's evaluation set)
        produces = {name: (fields | ({"snippets"} if "body" in fields else set())) & corpus.gold_fields
                    for name, fields in produces.items()}
    shas = corpus.index()["html_sha256"]
    index, positions = folder.selected(manifest, pc.unique(shas))
    work = _Work(corpus, index, produces, extended, corpus.gold_fields is not None,
                 corpus.folder if corpus.snippet_gold else None)
    return work, _units(corpus, shas, index, positions, max(1, len(manifest.keys())))


def _units(corpus: Corpus, shas: pa.ChunkedArray, index: Index, positions: pa.Array, per_page: int) -> list[_Unit]:
    """The corpus's row groups joined into units of about CHUNK predictions (never across data files), each with the
    store positions of its pages' predictions: a page's predictions go to every unit that holds a row of its bytes."""
    spans: list[tuple[Path, list[int]]] = []
    sizes: list[int] = []
    for path, group, rows in corpus.row_groups():
        if spans and spans[-1][0] == path and sizes[-1] * per_page < CHUNK:
            spans[-1][1].append(group)
            sizes[-1] += rows
        else:
            spans.append((path, [group]))
            sizes.append(rows)
    pages = pa.table({"page_sha256": shas, "unit": np.repeat(np.arange(len(spans), dtype=np.int64), sizes)})
    pages = pages.group_by(["page_sha256", "unit"], use_threads=False).aggregate([])
    chosen = index.table.select(["page_sha256", "position"]).filter(pc.is_in(index.table["position"], positions))
    pairs = chosen.join(pages, "page_sha256", use_threads=False).sort_by([("unit", "ascending"),
                                                                         ("position", "ascending")])
    unit, at = pairs["unit"].to_numpy(), pairs["position"].to_numpy()
    bounds = np.searchsorted(unit, np.arange(len(spans) + 1))
    return [_Unit(path, tuple(groups), at[lo:hi]) for (path, groups), lo, hi
            in zip(spans, bounds[:-1], bounds[1:], strict=True) if hi > lo]


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
            work, units = _work(folder, manifest, corpus, extended)
            for table in _scored_units(work, units, jobs):
                for part in _by_field(table):
                    writer.write_table(part)
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


def _by_field(table: pa.Table) -> Iterator[pa.Table]:
    """A unit's score rows one field at a time (fields sorted): each written as its own row groups, whose statistics
    let a reader of one field skip the others' (the figures read scores.parquet a field at a time)."""
    for field in sorted(pc.unique(table["field"]).to_pylist()):
        yield table.filter(pc.equal(table["field"], field))


def _agreement(folder: RunFolder, manifest: Manifest, corpus: Corpus) -> Iterator[pa.Table]:
    """The per-page agreement rows of a corpus without gold (`score.agreement`)."""
    index = corpus.index()
    page_ids: dict[str, list[str]] = {}
    for page_id, sha in zip(index.column("id").to_pylist(), index.column("html_sha256").to_pylist(), strict=True):
        page_ids.setdefault(sha, []).append(page_id)
    store_index, positions = folder.selected(manifest, pa.array(list(page_ids), pa.string()))
    rows = (row for table in store_index.read(positions, AGREEMENT_COLUMNS) for row in table.to_pylist())
    yield from agreement_rows(corpus.name, rows, len(positions), page_ids)
