"""One benchmark run: corpora and extractors in, a run folder out (prediction store, manifest), nothing scored."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyarrow as pa

from newsbench.corpus.pages import Corpus, Page, PageGold
from newsbench.extractors.registry import ExtractorRecord
from newsbench.run.pool import Limits, RunSummary, prepare, run_tasks
from newsbench.run.provenance import environment, now
from newsbench.run.sandbox import IsolationUnavailable, isolate_workers, isolation_problem
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import CorpusRecord, Manifest, ManifestError, RunCounts
from newsbench.store.predictions import StoreWarning

# What the gold of newsbench's own corpus is (imported corpora carry theirs in MANIFEST.json).
OWN_GOLD = "written with the page by language-model agents; 50 pages second-annotated and adjudicated"


@dataclass(frozen=True, slots=True)
class RunResult:
    """What `run` did: the folder, the manifest written and the counts."""

    folder: RunFolder
    manifest: Manifest
    summary: RunSummary


def corpus_record(corpus: Corpus) -> CorpusRecord:
    """What a manifest says of a corpus."""
    source = corpus.source or {}
    return CorpusRecord(corpus.name, str(corpus.folder.resolve()), corpus.fingerprint, len(corpus.pages),
                        source.get("gold_nature", OWN_GOLD),
                        None if corpus.gold_fields is None else tuple(sorted(corpus.gold_fields)), corpus.version)


def run(corpora: Sequence[Corpus], names: Sequence[str], folder: RunFolder, *, jobs: int = 1,
        limits: Limits | None = None, progress: Callable[[int, int, int], None] | None = None,
        argv: Sequence[str] | None = None, isolate_network: bool = False) -> RunResult:
    """Run the named extractors over every page of `corpora` into `folder`; write the manifest.

    A rerun into the same folder computes only the predictions the store lacks. Stored rows
    of other versions or configs of the same extractors are left in the store, not used, and
    counted in the manifest (`set_aside`). With `isolate_network`, every worker runs in a
    network namespace of its own (`sandbox.isolate_workers`); IsolationUnavailable, before
    anything runs, where the system does not allow it.
    """
    limits = limits or Limits()
    if isolate_network and (problem := isolation_problem()) is not None:
        raise IsolationUnavailable(f"workers cannot be isolated from the network here: {problem}; run without "
                                   "--isolate-network, or in a container or VM without network")
    started = now()
    extractors, records = prepare(names)
    store = folder.store()
    merged = _merge(corpora)
    summary = RunSummary()
    status = "complete"
    try:
        isolate_workers(isolate_network)
        summary = run_tasks(merged, extractors, records, store, jobs=jobs, limits=limits, log=folder.workers_log,
                            progress=progress)
    except BaseException:
        status = "interrupted"
        raise
    finally:
        isolate_workers(False)
        rows = store.compact()
        stored = store.table(columns=["error"])  # key columns and error only: no bodies read
        manifest = Manifest(
            status=status, started=started, finished=now(), argv=tuple(argv if argv is not None else sys.argv),
            environment=environment(), corpora=tuple(corpus_record(c) for c in corpora),
            extractors=tuple(records.values()),
            limits={"timeout_s": limits.timeout, "memory_mb": limits.memory_mb, "jobs": jobs,
                    "isolate_network": isolate_network},
            counts=RunCounts(summary.planned, summary.computed, summary.reused, _failures(stored, records), rows,
                             _set_aside(stored, records)),
            history=_previous(folder),
        )
        folder.write_manifest(manifest)
    return RunResult(folder, manifest, summary)


def _previous(folder: RunFolder) -> tuple[dict[str, object], ...]:
    """Earlier runs into the same folder (start, end, computed), oldest first."""
    try:
        old = folder.read_manifest()
    except ManifestError:
        return ()
    return (*old.history, {"started": old.started, "finished": old.finished, "computed": old.counts.computed})


def _current(records: dict[str, ExtractorRecord]) -> set[tuple[str, str | None, str]]:
    return {(r.name, r.version, r.config_hash) for r in records.values()}


def _failures(table: pa.Table, records: dict[str, ExtractorRecord]) -> dict[str, int]:
    """Failed predictions per extractor among the stored rows of the current versions and configs."""
    current = _current(records)
    out: dict[str, int] = {}
    for row in table.select(["extractor", "version", "config_hash", "error"]).to_pylist():
        if row["error"] is not None and (row["extractor"], row["version"], row["config_hash"]) in current:
            out[row["extractor"]] = out.get(row["extractor"], 0) + 1
    return out


def _set_aside(table: pa.Table, records: dict[str, ExtractorRecord]) -> int:
    current = _current(records)
    rows = table.select(["extractor", "version", "config_hash"]).to_pylist()
    aside = sum(1 for r in rows if r["extractor"] in records and
                (r["extractor"], r["version"], r["config_hash"]) not in current)
    if aside:
        warnings.warn(f"{aside} stored predictions of other versions or configs of these extractors are not used",
                      StoreWarning, stacklevel=3)
    return aside


def _merge(corpora: Sequence[Corpus]) -> Corpus:
    """One task list over several corpora; a page present in two corpora (same bytes) runs once."""
    if len(corpora) == 1:
        return corpora[0]
    seen: dict[str, Page] = {}
    gold: dict[str, PageGold] = {}
    for corpus in corpora:
        for page in corpus.pages:
            seen.setdefault(page.sha256, page)
        gold.update(corpus.gold)
    return Corpus("+".join(c.name for c in corpora), corpora[0].folder, "", tuple(seen.values()), gold)
