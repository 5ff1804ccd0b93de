"""The Ray engine: the same tasks as a local run, cut into shards of pages, each shard one Ray task on a cluster.

A Ray task takes a shard (`--shard-pages` pages, default 1,000), reads those pages itself from
the corpus folder, runs the isolated worker pool of `run.pool` on them (so the per-page time
limit, the memory cap and the socket guard stay in forked children, never in Ray's own worker
process) and writes its predictions to the run folder's store through its own writer. A task
declares 1 CPU and the memory its worker may take (`--memory`), and Ray retries one that dies
with its node or process. A retry is safe: the task's writer name is fixed by the shard, so the
retry folds its predecessor's journal into a shard, skips what that attempt stored and computes
the rest; keys are content-addressed, so nothing is duplicated or lost. The corpus folders and
the run folder must be on a file system every node sees. The driver shows one progress bar.

Without `--address`, a Ray instance is started here with `--jobs` CPUs, bound to the loopback
interface, usage statistics off. Ray is an optional dependency (`pip install 'newsbench[ray]'`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsbench.corpus.pages import Corpus
from newsbench.errors import NewsbenchError
from newsbench.extractors.base import Extractor
from newsbench.extractors.registry import ExtractorRecord
from newsbench.run.guarded import Prepared
from newsbench.run.plan import Plan, stream_tasks
from newsbench.run.pool import Limits, RunSummary, run_tasks
from newsbench.store.predictions import Store

RETRIES = 3  # attempts Ray makes after a task's process or node died
PROGRESS_SECONDS = 0.5


class RayUnavailable(NewsbenchError):
    """Ray is not installed, or the cluster cannot take the tasks."""


@dataclass(frozen=True)
class ShardTask:
    """What one Ray task needs: where to read and write, which pages, which extractors, the limits."""

    shard: int
    writer: str  # the store writer's name: fixed by the run and the shard, so a retry resumes its predecessor
    store: str
    corpora: tuple[Corpus, ...]
    offsets: tuple[int, ...]
    positions: np.ndarray
    needed: dict[str, np.ndarray]
    factories: dict[str, Callable[[], Extractor]]
    records: dict[str, ExtractorRecord]
    with_gold: bool
    limits: Limits
    log: str | None


def _done_before(store: Store, writer: str) -> set[tuple[str, str]]:
    """(extractor, page sha256) of the rows a previous attempt of this task committed."""
    done: set[tuple[str, str]] = set()
    for shard in store.shards():
        if f"-{writer}-" in shard.name:
            for table in shard.read(["extractor", "page_sha256"]):
                done.update(zip(table.column("extractor").to_pylist(), table.column("page_sha256").to_pylist(),
                                strict=True))
    return done


def run_shard(task: ShardTask, progress: Any = None) -> dict[str, Any]:
    """The body of one Ray task (also callable directly): compute the shard's missing predictions into the store."""
    store = Store(Path(task.store)).open()
    writer = store.writer(task.writer)  # folds the journal of a killed earlier attempt into a shard first
    done = _done_before(store, task.writer)
    tasks = ((page, tuple(n for n in names if (n, page.sha256) not in done))
             for page, names in stream_tasks(task.corpora, task.offsets, task.positions, task.needed,
                                             with_gold=task.with_gold))
    reported = [0, 0, time.monotonic()]

    def report(computed: int, _total: int, failures: int) -> None:
        if progress is not None and time.monotonic() - reported[2] >= PROGRESS_SECONDS:
            progress.add.remote(computed - reported[0], failures - reported[1])
            reported[:] = [computed, failures, time.monotonic()]

    try:
        summary = run_tasks(tasks, task.factories, task.records, writer, jobs=1, limits=task.limits,
                            log=Path(task.log) if task.log else None, progress=report)
    finally:
        writer.close()
    if progress is not None:
        progress.add.remote(summary.computed - reported[0], sum(summary.failures.values()) - reported[1])
    return {"computed": summary.computed, "failures": summary.failures}


def _connect(address: str | None, cpus: int) -> Any:
    """The `ray` module, connected to `address` or to a local instance started here (loopback only)."""
    if address is None:
        # Read by Ray when it is imported: bind every service to 127.0.0.1 and send no usage statistics.
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable("--engine ray needs Ray: pip install 'newsbench[ray]'") from exc
    if not ray.is_initialized():
        if address is None:
            ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(address=address, log_to_driver=False)
    return ray


def _memory(ray: Any, limits: Limits) -> int | None:
    """The memory a task declares (bytes): what its worker may grow by; RayUnavailable if no node offers it."""
    if not limits.memory_mb:
        return None
    wanted = limits.memory_mb * 1024 * 1024
    largest = max((node.get("Resources", {}).get("memory", 0) for node in ray.nodes() if node.get("Alive")), default=0)
    if largest and wanted > largest:
        raise RayUnavailable(f"each task declares --memory {limits.memory_mb} MiB; the largest node offers "
                             f"{largest // 2**20} MiB: lower --memory")
    return wanted


def run_on_ray(plan: Plan, prepared: Prepared, store: Store, *, jobs: int, limits: Limits, log: Path | None,
               progress: Callable[[int, int, int], None] | None, address: str | None,
               shard_pages: int) -> RunSummary:
    """Run the plan's tasks as Ray tasks of `shard_pages` pages; returns the counts of what was computed."""
    summary = RunSummary()
    shards = plan.shards(shard_pages)
    if not shards:
        return summary
    ray = _connect(address, max(1, jobs))
    remote = ray.remote(num_cpus=1, memory=_memory(ray, limits), max_retries=RETRIES, retry_exceptions=False)(run_shard)
    counter = ray.remote(num_cpus=0)(_Progress).remote()
    token = f"ray-{time.time_ns():x}"
    records = {n: r for n, r in prepared.records.items() if n in plan.need}
    factories: Mapping[str, Callable[[], Extractor]] = {n: prepared.factories[n] for n in records}
    pending = [remote.remote(ShardTask(i, f"{token}-{i:05d}", str(store.folder), plan.corpora, plan.offsets, positions,
                                       needed, dict(factories), records, bool(prepared.uses_gold & set(records)),
                                       limits, str(log) if log else None), counter)
               for i, (positions, needed) in enumerate(shards)]
    total = plan.total
    while pending:
        finished, pending = ray.wait(pending, num_returns=len(pending), timeout=PROGRESS_SECONDS)
        for result in ray.get(finished):
            summary.computed += result["computed"]
            for name, count in result["failures"].items():
                summary.failures[name] = summary.failures.get(name, 0) + count
        if progress is not None:
            done, failures = ray.get(counter.totals.remote())
            progress(min(done, total), total, failures)
    return summary


class _Progress:
    """A Ray actor counting the predictions the tasks report, for the driver's one progress bar."""

    def __init__(self) -> None:
        self.done, self.failures = 0, 0

    def add(self, done: int, failures: int) -> None:
        self.done += done
        self.failures += failures

    def totals(self) -> tuple[int, int]:
        return self.done, self.failures

