"""One benchmark run: corpora and extractors in, a run folder out (prediction store, manifest), nothing scored.

The run folder is locked for the whole run (a second writer stops with a message naming the
holder). The extractors are set up in a guarded child (`run.guarded`), the tasks planned from
the store's keys and the corpora's page hashes (`run.plan`), and the pages streamed to the
workers of one machine (`engine="local"`, `run.pool`) or to the tasks of a Ray cluster
(`engine="ray"`, `run.ray_engine`). Journals left by a killed run are folded into shards first.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from newsbench.corpus.pages import Corpus
from newsbench.extractors.registry import ExtractorRecord
from newsbench.run.guarded import prepare
from newsbench.run.plan import make_plan
from newsbench.run.pool import Limits, RunSummary, run_tasks
from newsbench.run.provenance import environment, now
from newsbench.run.sandbox import IsolationUnavailable, isolate_workers, isolation_problem
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import CorpusRecord, Manifest, ManifestError, RunCounts
from newsbench.store.predictions import StoreWarning

# What the gold of newsbench's own corpus is (imported corpora carry theirs in MANIFEST.json).
OWN_GOLD = ("written with the page by language-model agents; a sample (DATASHEET: 86 pages in release 1.1.0) "
            "second-annotated and adjudicated")
ENGINES = ("local", "ray")


@dataclass(frozen=True, slots=True)
class RunResult:
    """What `run` did: the folder, the manifest written and the counts."""

    folder: RunFolder
    manifest: Manifest
    summary: RunSummary


@dataclass(frozen=True, slots=True)
class Engine:
    """Where the tasks run: "local" (forked workers here) or "ray" (tasks of a Ray cluster at `address`)."""

    name: str = "local"
    address: str | None = None  # Ray: None starts a local instance with `jobs` CPUs
    shard_pages: int = 1000  # Ray: pages per task
    retry_transient: bool = True  # compute stored timeouts and memory failures again


def corpus_record(corpus: Corpus) -> CorpusRecord:
    """What a manifest says of a corpus."""
    source = corpus.source or {}
    return CorpusRecord(corpus.name, str(corpus.folder.resolve()), corpus.fingerprint, corpus.rows,
                        source.get("gold_nature", OWN_GOLD),
                        None if corpus.gold_fields is None else tuple(sorted(corpus.gold_fields)), corpus.version)


def run(corpora: Sequence[Corpus], names: Sequence[str], folder: RunFolder, *, jobs: int = 1,
        limits: Limits | None = None, progress: Callable[[int, int, int], None] | None = None,
        argv: Sequence[str] | None = None, engine: Engine | None = None,
        isolate_network: bool = False) -> RunResult:
    """Run the named extractors over every page of `corpora` into `folder`; write the manifest.

    A rerun into the same folder computes only the predictions the store lacks (and, by default,
    stored transient failures). Stored rows of other versions or configs of the same extractors
    are left in the store, not used, and counted in the manifest (`set_aside`). With
    `isolate_network`, every local worker runs in a network namespace of its own
    (`sandbox.isolate_workers`); IsolationUnavailable, before anything runs, where the system
    does not allow it, and a ValueError with the Ray engine (its workers are Ray's processes).
    """
    limits = limits or Limits()
    engine = engine or Engine()
    if engine.name not in ENGINES:
        raise ValueError(f"unknown engine {engine.name!r}; choose one of {', '.join(ENGINES)}")
    if isolate_network and engine.name != "local":
        raise ValueError("--isolate-network isolates the local engine's forked workers; it cannot be used with "
                         f"--engine {engine.name}")
    if isolate_network and (problem := isolation_problem()) is not None:
        raise IsolationUnavailable(f"workers cannot be isolated from the network here: {problem}; run without "
                                   "--isolate-network, or in a container or VM without network")
    with folder.lock():
        started = now()
        prepared = prepare(names, limits.memory_mb)
        runnable = {n: r for n, r in prepared.records.items() if r.skipped is None}
        store = folder.store()
        store.recover()  # journals of killed runs (another engine's tasks included)
        writer = store.writer("run")
        plan = make_plan(corpora, runnable, store.index(), retry_transient=engine.retry_transient)
        summary = RunSummary(planned=plan.planned, reused=plan.reused)
        status = "complete"
        try:
            isolate_workers(isolate_network)
            if engine.name == "ray":
                from newsbench.run.ray_engine import run_on_ray

                done = run_on_ray(plan, prepared, store, jobs=jobs, limits=limits, log=folder.workers_log,
                                  progress=progress, address=engine.address, shard_pages=engine.shard_pages)
            else:
                done = run_tasks(plan.tasks(with_gold=bool(prepared.uses_gold & set(plan.need))), prepared.factories,
                                 runnable, writer, jobs=jobs, limits=limits, log=folder.workers_log,
                                 total=plan.total, progress=progress)
            summary.computed, summary.failures = done.computed, done.failures
        except BaseException:
            status = "interrupted"
            raise
        finally:
            isolate_workers(False)
            writer.close()
            manifest = _manifest(folder, corpora, prepared.records, summary, status, started, argv, limits, jobs,
                                 engine, isolate_network)
            folder.write_manifest(manifest)
    return RunResult(folder, manifest, summary)


def _manifest(folder: RunFolder, corpora: Sequence[Corpus], records: dict[str, ExtractorRecord], summary: RunSummary,
              status: str, started: str, argv: Sequence[str] | None, limits: Limits, jobs: int,
              engine: Engine, isolate_network: bool) -> Manifest:
    stored = folder.store().index().table  # key columns and error kind only: no bodies read
    limit_record: dict[str, object] = {"timeout_s": limits.timeout, "memory_mb": limits.memory_mb, "jobs": jobs,
                                       "isolate_network": isolate_network}
    if engine.name != "local":
        limit_record["engine"] = engine.name
    return Manifest(
        status=status, started=started, finished=now(), argv=tuple(argv if argv is not None else sys.argv),
        environment=environment(), corpora=tuple(corpus_record(c) for c in corpora),
        extractors=tuple(records.values()), limits=limit_record,
        counts=RunCounts(summary.planned, summary.computed, summary.reused, _failures(stored, records),
                         stored.num_rows, _set_aside(stored, records)),
        history=_previous(folder),
    )


def _previous(folder: RunFolder) -> tuple[dict[str, object], ...]:
    """Earlier runs into the same folder (start, end, computed), oldest first."""
    try:
        old = folder.read_manifest()
    except ManifestError:
        return ()
    return (*old.history, {"started": old.started, "finished": old.finished, "computed": old.counts.computed})


def _current(table: pa.Table, records: dict[str, ExtractorRecord]) -> pa.Array:
    """True for the rows of the runnable extractors' current versions and configs."""
    keys = {(r.name, r.version, r.config_hash) for r in records.values() if r.skipped is None}
    joined = pc.binary_join_element_wise(table["extractor"], pc.fill_null(table["version"], "\0"),
                                         table["config_hash"], "\t")
    wanted = pa.array(["\t".join((n, v if v is not None else "\0", h)) for n, v, h in keys], pa.string())
    return pc.is_in(joined, wanted)


def _failures(table: pa.Table, records: dict[str, ExtractorRecord]) -> dict[str, int]:
    """Failed predictions per extractor among the stored rows of the current versions and configs."""
    if not table.num_rows:
        return {}
    failed = table.filter(pc.and_(_current(table, records), pc.is_valid(table["error_kind"])))
    counts = failed.group_by("extractor").aggregate([("extractor", "count")]).to_pylist()
    return {r["extractor"]: r["extractor_count"] for r in sorted(counts, key=lambda r: r["extractor"])}


def _set_aside(table: pa.Table, records: dict[str, ExtractorRecord]) -> int:
    if not table.num_rows:
        return 0
    mine = pc.is_in(table["extractor"], pa.array(list(records), pa.string()))
    aside = int(pc.sum(pc.and_(mine, pc.invert(_current(table, records)))).as_py() or 0)
    if aside:
        warnings.warn(f"{aside} stored predictions of other versions or configs of these extractors are not used",
                      StoreWarning, stacklevel=3)
    return aside
