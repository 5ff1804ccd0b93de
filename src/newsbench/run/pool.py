"""The runner: each (extractor, page) in isolated worker processes, every result appended to the store.

Workers are forked processes with a memory cap and no network beyond the local machine. The
parent hands out one task at a time and enforces the per-page time limit: a worker that
overruns is killed and replaced, one that dies (segfault, os._exit, out of memory) is replaced,
and either way the page gets a failed prediction with the reason. Nothing is scored here.
"""

from __future__ import annotations

import faulthandler
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from newsbench.corpus.pages import Corpus, Page, PageGold
from newsbench.extractors.base import ContractError, Extractor, Prediction, config_json
from newsbench.extractors.memory import limit_memory
from newsbench.extractors.registry import ExtractorRecord, create, describe, targets
from newsbench.run.sandbox import NetworkRefused, install_network_guard, take_attempts
from newsbench.store.predictions import Store

MAX_ERROR = 2000


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-task limits: wall seconds for one extraction and the worker's address space in MiB."""

    timeout: float = 60.0
    memory_mb: int | None = 4096


@dataclass
class RunSummary:
    """Counts of one run: tasks planned, computed now, found in the store, failures per extractor."""

    planned: int = 0
    computed: int = 0
    reused: int = 0
    failures: dict[str, int] = field(default_factory=dict)


class RunInterrupted(Exception):
    """The run was interrupted (Ctrl-C); finished predictions are kept and a rerun resumes."""


def _short(text: str) -> str:
    return text if len(text) <= MAX_ERROR else text[: MAX_ERROR - 3] + "..."


def extract_one(extractor: Extractor, page: Page) -> dict[str, Any]:
    """Run one extraction and return the prediction's fields plus error, error_kind and seconds.

    Exceptions, a wrong return type and network attempts (even when the extractor swallowed
    the refusal) become a failed result with the reason; they never propagate.
    """
    take_attempts()
    error: str | None = None
    kind: str | None = None
    prediction = Prediction()
    start = time.perf_counter()
    try:
        result = extractor.extract(page)
        seconds = time.perf_counter() - start
        if not isinstance(result, Prediction):
            raise ContractError(f"extract() returned {type(result).__name__}, not a Prediction")
        prediction = result.settled(extractor.produces)
    except MemoryError:
        seconds, kind, error = time.perf_counter() - start, "memory", "MemoryError: over the worker's memory limit"
    except NetworkRefused as exc:
        seconds, kind, error = time.perf_counter() - start, "network", str(exc)
    except ContractError as exc:
        seconds, kind, error = time.perf_counter() - start, "contract", f"ContractError: {exc}"
    except (Exception, SystemExit) as exc:  # any failure of a third-party tool is data
        seconds, kind, error = time.perf_counter() - start, "exception", f"{type(exc).__name__}: {exc}"
    attempts = take_attempts()
    if attempts:
        kind, error = "network", "tried to reach the network: " + ", ".join(sorted(set(attempts)))
        prediction = Prediction()
    out = prediction.to_dict() if error is None else Prediction().to_dict()
    out.update(error=_short(error) if error else None, error_kind=kind, seconds=seconds)
    return out


def _quiet(log: Path | None) -> None:
    """Send this process's stdout and stderr (the tools' own logging) to `log` instead of the terminal."""
    if log is None:
        return
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    # Python-level streams too: an inherited sys.stdout may not write to fd 1 (e.g. under a test runner).
    sys.stdout = open(1, "w", encoding="utf-8", errors="replace", buffering=1, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", buffering=1, closefd=False)  # noqa: SIM115


def _worker(conn: Connection, extractors: dict[str, Extractor], pages: Sequence[Page],
            gold: Mapping[str, PageGold], memory_mb: int | None, log: Path | None) -> None:
    _quiet(log)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    faulthandler.disable()  # a crashing tool is reported as a row, not as a traceback dump
    limit_memory(memory_mb)
    install_network_guard()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        name, index = task
        extractor, page = extractors[name], pages[index]
        if extractor.uses_gold:
            page = replace(page, gold=gold.get(page.id))
        result = extract_one(extractor, page)
        sys.stdout.flush()  # the tool's output reaches the log before the next task
        sys.stderr.flush()
        conn.send(result)


def _death(code: int | None) -> str:
    if code is None:
        return "the worker stopped answering"
    if code < 0:
        try:
            return f"the worker was killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"the worker was killed by signal {-code}"
    return f"the worker exited with status {code}"


@dataclass
class _Slot:
    process: Any
    conn: Connection
    task: tuple[str, int] | None = None
    deadline: float = 0.0
    last: str | None = None  # the extractor this worker ran last (its library is imported there)


class _Queue:
    """Pending tasks per extractor, handed out with affinity: a worker keeps to the extractor it has
    loaded, and a free worker takes an extractor no other worker holds, so that each tool's import
    and warm-up cost is paid once per run rather than once per worker."""

    def __init__(self) -> None:
        self.pending: dict[str, deque[int]] = {}

    def add(self, name: str, index: int) -> None:
        self.pending.setdefault(name, deque()).append(index)

    def __len__(self) -> int:
        return sum(len(q) for q in self.pending.values())

    def take(self, slot: _Slot, slots: list[_Slot]) -> tuple[str, int] | None:
        if slot.last and self.pending.get(slot.last):
            return slot.last, self.pending[slot.last].popleft()
        held = {s.last for s in slots if s is not slot and s.task is not None}
        left = [n for n, q in self.pending.items() if q]
        if not left:
            return None
        free = [n for n in left if n not in held] or left
        name = max(free, key=lambda n: len(self.pending[n]))
        slot.last = name
        return name, self.pending[name].popleft()


class _Pool:
    """Worker processes handing back one result per task, replaced when they die or overrun."""

    def __init__(self, jobs: int, extractors: dict[str, Extractor], pages: Sequence[Page],
                 gold: Mapping[str, PageGold], limits: Limits, log: Path | None = None) -> None:
        self.ctx = mp.get_context("fork")
        self.args = (extractors, pages, gold, limits.memory_mb, log)
        self.limits = limits
        self.slots = [self._spawn() for _ in range(jobs)]

    def _spawn(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_worker, args=(child, *self.args), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def _replace(self, slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()
        fresh = self._spawn()
        slot.process, slot.conn, slot.task = fresh.process, fresh.conn, None

    def assign(self, slot: _Slot, task: tuple[str, int]) -> None:
        slot.task, slot.deadline = task, time.monotonic() + self.limits.timeout
        slot.conn.send(task)

    def results(self) -> list[tuple[_Slot, tuple[str, int], dict[str, Any]]]:
        """Wait for the next results, timeouts or deaths among busy workers."""
        busy = [s for s in self.slots if s.task is not None]
        timeout = max(0.0, min(s.deadline for s in busy) - time.monotonic())
        ready = wait([s.conn for s in busy], timeout)
        out = []
        for slot in busy:
            task = slot.task
            assert task is not None
            if slot.conn in ready:
                try:
                    result = slot.conn.recv()
                    slot.task = None
                except (EOFError, OSError):
                    slot.process.join(5)
                    result = _failure("crash", _death(slot.process.exitcode), 0.0)
                    self._replace(slot)
                out.append((slot, task, result))
            elif time.monotonic() >= slot.deadline:
                self._replace(slot)
                out.append((slot, task, _failure("timeout", f"timed out after {self.limits.timeout:g} s",
                                                 self.limits.timeout)))
        return out

    def close(self) -> None:
        for slot in self.slots:
            if slot.task is None and slot.process.is_alive():
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
            slot.process.join(0.5 if slot.task is None else 0)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
            slot.conn.close()


def _failure(kind: str, message: str, seconds: float) -> dict[str, Any]:
    out = Prediction().to_dict()
    out.update(error=message, error_kind=kind, seconds=seconds)
    return out


def run_tasks(corpus: Corpus, extractors: dict[str, Extractor], records: dict[str, ExtractorRecord], store: Store,
              *, jobs: int = 1, limits: Limits | None = None, log: Path | None = None,
              progress: Callable[[int, int, int], None] | None = None) -> RunSummary:
    """Compute every missing (extractor, page) prediction of the runnable extractors into `store`.

    What the tools print goes to `log` (None: the terminal). `progress(done, total, failures)` is
    called after each result. Raises RunInterrupted on Ctrl-C after keeping every finished prediction.
    """
    limits = limits or Limits()
    summary = RunSummary()
    stored = store.keys()
    tasks = _Queue()
    unique: dict[str, int] = {}  # pages with identical bytes are extracted once
    for index, page in enumerate(corpus.pages):
        unique.setdefault(page.sha256, index)
    for name, record in records.items():
        if record.skipped is not None:
            continue
        for sha, index in unique.items():
            summary.planned += 1
            if (name, record.version, record.config_hash, sha) in stored:
                summary.reused += 1
            else:
                tasks.add(name, index)
    total = len(tasks)
    if not total:
        return summary
    pool = _Pool(max(1, min(jobs, total)), extractors, corpus.pages, corpus.gold, limits, log)
    failures = 0
    try:
        for slot in pool.slots:
            if (task := tasks.take(slot, pool.slots)) is not None:
                pool.assign(slot, task)
        while any(s.task is not None for s in pool.slots):
            for slot, (name, index), result in pool.results():
                record, page = records[name], corpus.pages[index]
                store.append({"extractor": name, "version": record.version, "config_hash": record.config_hash,
                              "config": config_json(record.config), "page_id": page.id, "page_sha256": page.sha256,
                              **result, "source": "run"})
                summary.computed += 1
                if result["error"] is not None:
                    failures += 1
                    summary.failures[name] = summary.failures.get(name, 0) + 1
                if progress:
                    progress(summary.computed, total, failures)
                if slot.task is None and (task := tasks.take(slot, pool.slots)) is not None:
                    pool.assign(slot, task)
    except KeyboardInterrupt as exc:
        raise RunInterrupted(f"interrupted after {summary.computed} of {total} predictions; rerun to resume") from exc
    finally:
        pool.close()
        store.close()
    return summary


def prepare(names: Sequence[str]) -> tuple[dict[str, Extractor], dict[str, ExtractorRecord]]:
    """Instantiate the named extractors (registry) and describe them; unknown names raise RegistryError."""
    extractors = {name: create(name) for name in names}
    origins = targets()
    return extractors, {name: describe(ex, origins[name][1]) for name, ex in extractors.items()}
