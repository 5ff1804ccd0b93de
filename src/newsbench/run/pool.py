"""The runner: (page, extractors) tasks in isolated worker processes, every result appended to the store.

Pages arrive as a stream (`run.plan`): at most a window of them is held, and each is sent to a
worker in a batch of pages for one extractor (written into the worker's spool, `wire.Spool`), so
that a task costs one result message, not a round trip. Workers keep to the extractor they have
loaded, taking the oldest pages first.
The parent enforces the per-page time limit: a page's clock starts when its worker finishes
the page before it. A worker that overruns is killed with its whole process group (any process
an extractor started dies with it) and replaced; one that dies (segfault, os._exit, out of
memory) or sends a malformed message is replaced; the page gets a failed prediction with the
reason and the rest of its batch goes to the next worker. Nothing is scored here.
"""

from __future__ import annotations

import fcntl
import multiprocessing as mp
import os
import select
import signal
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty, Queue
from typing import Any

from newsbench.corpus.pages import Page
from newsbench.extractors.base import config_json
from newsbench.extractors.registry import ExtractorRecord
from newsbench.run.wire import (
    FrameReader,
    MalformedMessage,
    PageRow,
    Spool,
    layout_of,
    pack_pages,
    parse_result,
    task_frame,
)
from newsbench.run.worker import Factory, Stamp, extract_one, failure, store_row, worker_main
from newsbench.store.predictions import Writer

__all__ = ["Limits", "RunInterrupted", "RunSummary", "Task", "extract_one", "run_tasks"]

WINDOW = 128  # pages held at most (besides those in flight); bounds the parent's memory
MAX_BATCH = 16  # pages per message to a worker
PIPE_BYTES = 1 << 20  # the pipes' buffer (Linux allows up to /proc/sys/fs/pipe-max-size, 1 MiB by default)
BATCH_SECONDS = 0.05  # a batch holds about this much work, by the extractor's measured time per page
# Seconds the parent waits before it looks for results (well under BATCH_SECONDS, so a worker with its next batch
# queued never idles): with two workers on two cores, one wake-up per page cost html-text ~3% of the wall time.
LINGER = 0.02

Task = tuple[Page | PageRow, tuple[str, ...]]  # a page (or a corpus row) and the extractors to run on it


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


@dataclass(eq=False)
class _Entry:
    """A page waiting for `left` more extractors; `order` is its arrival number."""

    page: Page | PageRow
    order: int
    left: int


class _Queue:
    """Pending tasks per extractor, refilled from the stream; a worker keeps its extractor while that extractor has
    pages among the oldest pending, otherwise it takes the extractor whose oldest page is the oldest."""

    def __init__(self, feed: Iterator[Task]) -> None:
        self.feed: Iterator[Task] | None = feed
        self.pending: dict[str, deque[_Entry]] = {}
        self.held = 0  # pages with tasks left
        self.arrived = 0

    def refill(self) -> None:
        while self.feed is not None and self.held < WINDOW:
            try:
                page, names = next(self.feed)
            except StopIteration:
                self.feed = None
                return
            if not names:
                continue
            entry = _Entry(page, self.arrived, len(names))
            self.arrived += 1
            self.held += 1
            for name in names:
                self.pending.setdefault(name, deque()).append(entry)

    def empty(self) -> bool:
        self.refill()
        return not any(self.pending.values())

    def take(self, last: str | None, busy: set[str], size: Callable[[str], int]) -> tuple[str, list[_Entry]] | None:
        self.refill()
        heads = {n: q[0].order for n, q in self.pending.items() if q}
        if not heads:
            return None
        oldest = min(heads.values())
        if last in heads and heads[last] < oldest + WINDOW:
            name = last
        else:
            name = min(heads, key=lambda n: (heads[n], n in busy, -len(self.pending[n])))
        queue = self.pending[name]
        return name, [queue.popleft() for _ in range(min(size(name), len(queue)))]

    def requeue(self, name: str, entries: Sequence[_Entry]) -> None:
        self.pending.setdefault(name, deque()).extendleft(reversed(entries))

    def finished(self, entry: _Entry) -> None:
        entry.left -= 1
        if entry.left == 0:
            self.held -= 1


@dataclass(eq=False)
class _Slot:
    process: Any
    tasks: int  # the parent's end of the task pipe (non-blocking)
    results: int  # the parent's end of the result pipe (non-blocking)
    spool: Spool  # the batches of pages, written where the task pipe's messages say
    reader: FrameReader = field(default_factory=FrameReader)
    outbox: bytearray = field(default_factory=bytearray)
    inflight: deque[tuple[str, _Entry, int]] = field(default_factory=deque)
    started: float = 0.0  # when the page at the head of `inflight` started
    last: str | None = None


def _death(code: int | None) -> str:
    if code is None:
        return "the worker stopped answering"
    if code < 0:
        try:
            return f"the worker was killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"the worker was killed by signal {-code}"
    return f"the worker exited with status {code}"


def stamp_of(name: str, record: ExtractorRecord) -> dict[str, Any]:
    """The columns every row an extractor stores in a run shares (and that its worker's rows must hold)."""
    return {"extractor": name, "version": record.version, "config_hash": record.config_hash,
            "config": config_json(record.config), "source": "run"}


# A finished page: its entry, its store row and the journal line the worker made of it; the line is None for a
# failure the parent saw (a timeout, a death, a malformed message), whose row the store's writer checks and encodes.
Result = tuple["_Entry", dict[str, Any], bytes | None]


def _widen(fd: int) -> None:
    """Give a pipe a 1 MiB buffer where the system allows (Linux; with the default 64 KiB a long result takes many
    writes, each waking the other side); elsewhere, or when refused, the pipe stays as it is."""
    try:
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (AttributeError, OSError):
        pass


class _Pool:
    """Worker processes, each fed batches of pages; replaced when they die, overrun or misbehave."""

    def __init__(self, jobs: int, factories: Mapping[str, Factory], stamps: Mapping[str, Stamp], limits: Limits,
                 log: Path | None, fork_lock: threading.Lock) -> None:
        self.ctx = mp.get_context("fork")
        self.factories, self.stamps, self.limits, self.log, self.fork_lock = factories, stamps, limits, log, fork_lock
        self.seq = 0
        self.per_page: dict[str, float] = {}  # measured seconds per page, by extractor (sizes the batches)
        self.slots: list[_Slot] = []
        for _ in range(jobs):
            self.slots.append(self._spawn())

    def _spawn(self, replacing: _Slot | None = None) -> _Slot:
        """A new worker; it closes the inherited pipe ends and spools of the other workers (not those of the one it
        replaces: they are closed already, and their numbers may now be its own)."""
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        for fd in (task_w, result_w):
            _widen(fd)
        spool = Spool()
        others = tuple(fd for s in self.slots if s is not replacing for fd in (s.tasks, s.results, s.spool.fd))
        process = self.ctx.Process(target=worker_main, daemon=True, args=(
            task_r, result_w, spool.fd, os.getpid(), self.factories, self.stamps, self.limits.memory_mb, self.log,
            (task_w, result_r, *others)))
        with self.fork_lock, warnings.catch_warnings():
            # Python 3.12+ warns that forking a process with threads may deadlock the child: the only other
            # thread is the prefetch reader, which never holds a lock of its own work while this one is held.
            warnings.filterwarnings("ignore", message=r".*multi-threaded.*fork", category=DeprecationWarning)
            process.start()
        assert process.pid is not None
        try:
            os.setpgid(process.pid, process.pid)  # also done by the child; whichever runs first wins the race
        except OSError:
            pass
        os.close(task_r)
        os.close(result_w)
        os.set_blocking(task_w, False)
        os.set_blocking(result_r, False)
        return _Slot(process, task_w, result_r, spool)

    def _kill(self, slot: _Slot) -> None:
        """Kill the worker and every process in its group, and forget its pipes."""
        try:
            os.killpg(slot.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if slot.process.is_alive():  # not yet the leader of its own group
            slot.process.kill()
        slot.process.join(5)
        for fd in (slot.tasks, slot.results):
            os.close(fd)
        slot.spool.close()

    def _replace(self, slot: _Slot) -> None:
        self._kill(slot)
        fresh = self._spawn(replacing=slot)
        slot.process, slot.tasks, slot.results, slot.spool = fresh.process, fresh.tasks, fresh.results, fresh.spool
        slot.reader, slot.outbox, slot.inflight, slot.last = FrameReader(), bytearray(), deque(), None

    def batch_size(self, name: str) -> int:
        seconds = self.per_page.get(name)
        return 1 if seconds is None else max(1, min(MAX_BATCH, int(BATCH_SECONDS / max(seconds, 1e-6))))

    def feed(self, queue: _Queue) -> None:
        """Give work to every worker with at most one batch ahead of it."""
        for slot in self.slots:
            while len(slot.inflight) <= self.batch_size(slot.last or ""):
                busy = {s.last for s in self.slots if s is not slot and s.inflight and s.last}
                taken = queue.take(slot.last, busy, self.batch_size)
                if taken is None:
                    break
                name, entries = taken
                if not slot.inflight:
                    slot.started = time.monotonic()
                slot.last = name
                slot.inflight.extend((name, e, self.seq + i) for i, e in enumerate(entries))
                pieces = pack_pages([e.page for e in entries])
                where = slot.spool.put(pieces, self.seq)
                slot.outbox += task_frame(("pages", *where, name, self.seq, layout_of(pieces)))
                self.seq += len(entries)
                self._flush(slot)

    def _flush(self, slot: _Slot) -> None:
        while slot.outbox:
            try:
                written = os.write(slot.tasks, slot.outbox)
            except BlockingIOError:
                return
            except BrokenPipeError:  # the worker is gone: `poll` sees its end of file
                slot.outbox.clear()
                return
            del slot.outbox[:written]

    def busy(self) -> bool:
        return any(s.inflight for s in self.slots)

    def _failed(self, name: str, entry: _Entry, kind: str, message: str, seconds: float) -> Result:
        """A page's failure seen by the parent (a timeout, a death, a malformed message)."""
        return entry, store_row(self.stamps[name], entry.page, failure(kind, message, seconds)), None

    def poll(self, queue: _Queue) -> Iterator[Result]:
        """Wait for results, timeouts or deaths; yield each finished page's entry, store row and journal line."""
        busy = [s for s in self.slots if s.inflight]
        poller = select.poll()
        by_fd = {}
        for slot in busy:
            self._flush(slot)
            poller.register(slot.results, select.POLLIN)
            by_fd[slot.results] = slot
            if slot.outbox:
                poller.register(slot.tasks, select.POLLOUT)
                by_fd[slot.tasks] = slot
        wait = max(0.0, min(s.started for s in busy) + self.limits.timeout - time.monotonic())
        time.sleep(min(LINGER, wait))  # let results gather: fewer wake-ups of a parent that shares the workers' cores
        for fd, _ in poller.poll(wait * 1000 + 1):
            slot = by_fd[fd]
            if fd == slot.tasks:
                self._flush(slot)
            elif fd == slot.results:
                yield from self._read(slot, queue)
        now = time.monotonic()
        for slot in busy:
            if slot.inflight and now >= slot.started + self.limits.timeout:
                name, entry, _ = slot.inflight.popleft()
                yield self._failed(name, entry, "timeout", f"timed out after {self.limits.timeout:g} s",
                                   self.limits.timeout)
                self._abandon(slot, queue)

    def _read(self, slot: _Slot, queue: _Queue) -> Iterator[Result]:
        try:
            data = os.read(slot.results, 1 << 20)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # end of file: the worker died
            slot.process.join(5)
            if slot.inflight:
                name, entry, _ = slot.inflight.popleft()
                yield self._failed(name, entry, "crash", _death(slot.process.exitcode), 0.0)
            self._abandon(slot, queue)
            return
        try:
            for payload in slot.reader.feed(data):
                if isinstance(payload, MalformedMessage):
                    raise payload
                if not slot.inflight:
                    raise MalformedMessage("a result without a task")
                name, entry, seq = slot.inflight[0]
                row, line = parse_result(payload, seq)
                if row["page_sha256"] != entry.page.sha256 or row["page_id"] != entry.page.id \
                        or any(row[column] != value for column, value in self.stamps[name].items()):
                    raise MalformedMessage("a row of another page or extractor")
                slot.spool.consumed(seq)
                slot.inflight.popleft()
                slot.started = time.monotonic()
                spent = float(row["seconds"])
                self.per_page[name] = spent if name not in self.per_page else 0.8 * self.per_page[name] + 0.2 * spent
                yield entry, row, line
        except MalformedMessage as exc:
            if slot.inflight:  # otherwise bytes arrived after the worker's last task: it is replaced all the same
                name, entry, _ = slot.inflight.popleft()
                yield self._failed(name, entry, "crash", f"malformed message from the worker: {exc}", 0.0)
            self._abandon(slot, queue)

    def _abandon(self, slot: _Slot, queue: _Queue) -> None:
        """Replace the worker; the pages it had not started go back to the queue."""
        for name, entry, _ in reversed(slot.inflight):
            queue.requeue(name, [entry])
        slot.inflight.clear()
        self._replace(slot)

    def close(self) -> None:
        for slot in self.slots:
            if not slot.inflight:
                try:
                    os.set_blocking(slot.tasks, True)
                    os.write(slot.tasks, task_frame(("stop",)))
                except OSError:
                    pass
                slot.process.join(2)
            self._kill(slot)


class _Prefetch:
    """The tasks read one window ahead by a thread of the parent, so that pages are read and decompressed while
    the parent serves its workers (pyarrow reads without holding the GIL); the order is kept.

    A worker is forked only while `fork_lock` is held, and the thread reads only while holding it, so
    no fork happens in the middle of a read (a child would inherit locks that the reader held). An
    exception of the reader (an unreadable corpus file) is raised where the task it stopped at would
    have been taken.
    """

    def __init__(self, tasks: Iterator[Task], depth: int = WINDOW, chunk: int = MAX_BATCH) -> None:
        self.fork_lock = threading.Lock()
        self._box: Queue[Any] = Queue(maxsize=max(1, depth // chunk))  # chunks of tasks, then _END or an exception
        self._tasks, self._chunk = tasks, chunk
        self._taken: deque[Task] = deque()
        self._stop = False
        self._thread = threading.Thread(target=self._pull, name="newsbench-prefetch", daemon=True)
        self._thread.start()

    def _pull(self) -> None:
        """Hand the tasks over `chunk` at a time (a hand-over between threads costs as much as reading a page)."""
        while not self._stop:
            chunk: list[Task] = []
            end: Any = None
            with self.fork_lock:
                try:
                    while len(chunk) < self._chunk:
                        chunk.append(next(self._tasks))
                except StopIteration:
                    end = _END
                except BaseException as exc:  # handed to the consumer after the tasks read before it, raised there
                    end = exc
            if chunk:
                self._box.put(chunk)
            if end is not None:
                self._box.put(end)
                return

    def __iter__(self) -> Iterator[Task]:
        return self

    def __next__(self) -> Task:
        if not self._taken:
            item = self._box.get()
            if item is _END:
                self._box.put(_END)  # every later call ends too
                raise StopIteration
            if isinstance(item, BaseException):
                raise item
            self._taken.extend(item)
        return self._taken.popleft()

    def close(self) -> None:
        """Stop reading ahead: the thread ends after its current read (or at once, if it waits for room)."""
        self._stop = True
        while self._thread.is_alive():
            try:
                self._box.get_nowait()
            except Empty:
                self._thread.join(0.05)


_END = object()


def run_tasks(tasks: Iterable[Task], factories: Mapping[str, Factory], records: Mapping[str, ExtractorRecord],
              writer: Writer, *, jobs: int = 1, limits: Limits | None = None, log: Path | None = None,
              total: int | None = None, progress: Callable[[int, int, int], None] | None = None) -> RunSummary:
    """Run every task (a page and the extractors to run on it) and append each result to `writer`.

    `factories` build each extractor inside the workers; `records` give the version and config
    stored with each prediction. What the tools print goes to `log` (None: the terminal).
    `progress(done, total, failures)` is called after each result. Raises RunInterrupted on
    Ctrl-C after keeping every finished prediction (the caller closes the writer).
    """
    limits = limits or Limits()
    ahead = _Prefetch(iter(tasks))
    try:
        return _run(ahead, factories, records, writer, jobs, limits, log, total, progress)
    finally:
        ahead.close()


def _run(ahead: _Prefetch, factories: Mapping[str, Factory], records: Mapping[str, ExtractorRecord], writer: Writer,
         jobs: int, limits: Limits, log: Path | None, total: int | None,
         progress: Callable[[int, int, int], None] | None) -> RunSummary:
    summary = RunSummary()
    queue = _Queue(ahead)
    if queue.empty():
        return summary
    pool = _Pool(max(1, jobs), factories, {name: stamp_of(name, record) for name, record in records.items()}, limits,
                 log, ahead.fork_lock)
    failures = 0
    try:
        while True:
            pool.feed(queue)
            if not pool.busy():
                break
            for entry, row, line in list(pool.poll(queue)):
                queue.finished(entry)
                if line is None:
                    writer.append(row)
                else:
                    writer.append_encoded(row, line)
                summary.computed += 1
                if row["error"] is not None:
                    failures += 1
                    summary.failures[row["extractor"]] = summary.failures.get(row["extractor"], 0) + 1
                if progress:
                    progress(summary.computed, total or summary.computed, failures)
    except KeyboardInterrupt as exc:
        raise RunInterrupted(f"interrupted after {summary.computed} predictions; rerun to resume") from exc
    finally:
        pool.close()
    return summary
