"""A worker process: what it may do (memory cap, no network, dies with its parent) and its loop over pages.

A worker is forked by the pool. Before it runs any extractor code it becomes the leader of its
own process group (so that the pool can kill it together with any process an extractor
started), asks the kernel to kill it when its parent dies (PR_SET_PDEATHSIG), sends the tools'
output to the workers log, caps its address space and installs the socket guard. It then
reads batches of pages for one extractor, builds that extractor (once, from its factory) and
answers each page with one result message: the page's store row, checked and encoded as the
journal line the parent writes as it comes (`journal_line`). Nothing here raises into the parent.
"""

from __future__ import annotations

import ctypes
import faulthandler
import math
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from newsbench.corpus.pages import Page
from newsbench.extractors.base import ContractError, Extractor, Prediction
from newsbench.extractors.memory import limit_memory
from newsbench.run.sandbox import NetworkRefused, install_network_guard, take_attempts
from newsbench.run.wire import PageRow, read_message, read_spooled, result_frame, unpack_pages, write_all
from newsbench.store.journal import encode_line
from newsbench.store.rows import RowError, checked

MAX_ERROR = 2000
PR_SET_PDEATHSIG = 1

Factory = Callable[[], Extractor]
Stamp = Mapping[str, Any]  # the columns every stored row of one extractor shares (extractor, version, config, ...)


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


def failure(kind: str, message: str, seconds: float) -> dict[str, Any]:
    """A failed result (in `extract_one`'s shape): no prediction, the reason and the seconds spent."""
    return {**Prediction().to_dict(), "error": message, "error_kind": kind, "seconds": seconds}


def store_row(stamp: Stamp, page: Page | PageRow, out: Mapping[str, Any]) -> dict[str, Any]:
    """The store row (before `store.rows.checked`) of a result `out` on `page` by the extractor of `stamp`."""
    return {**stamp, "page_id": page.id, "page_sha256": page.sha256, **out, "repairs": None}


def journal_line(stamp: Stamp, page: Page, out: Mapping[str, Any]) -> bytes:
    """The store row of one result (`extract_one`'s output) on `page`, checked and encoded as the journal line the
    parent writes as it is (`store.journal.encode_line`). A result that cannot be stored is a failed row saying
    why, never an exception."""
    try:
        return encode_line(checked(store_row(stamp, page, out)))
    except RowError as exc:
        seconds = out.get("seconds")
        return encode_line(checked(store_row(stamp, page, failure(
            "contract", _short(f"ContractError: the result cannot be stored: {exc}"),
            seconds if isinstance(seconds, float) and math.isfinite(seconds) else 0.0))))


def die_with_parent(parent: int, sig: int = signal.SIGKILL, *, exit_if_gone: bool = True) -> None:
    """Ask the kernel to send `sig` (default SIGKILL) to this process when its parent dies (Linux); exit now if the
    parent is already gone."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the pipes' end of file still stops an idle worker
        pass
    if exit_if_gone and os.getppid() != parent:
        os._exit(1)


def _start_reaper(close: tuple[int, ...]) -> None:
    """Fork a small process that kills this worker's whole process group as soon as the worker is gone.

    However the worker ends (killed for a timeout, a crash, its parent killed with kill -9 and
    the worker with it), a process an extractor started (it stays in the worker's group) must not
    outlive it. The reaper is told of the worker's death by PR_SET_PDEATHSIG and is in the group itself.
    """
    worker = os.getpid()
    if os.fork() != 0:
        return
    try:
        for fd in close:
            os.close(fd)
        signal.signal(signal.SIGUSR1, lambda *_: os.killpg(0, signal.SIGKILL))
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        die_with_parent(worker, signal.SIGUSR1, exit_if_gone=False)
        if os.getppid() != worker:
            os.killpg(0, signal.SIGKILL)
        while True:
            signal.pause()
    finally:
        os._exit(0)


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


def _build(name: str, factories: Mapping[str, Factory], built: dict[str, Extractor | str]) -> Extractor | str:
    """The extractor `name`, built once in this worker; a constructor that fails gives its reason instead."""
    if name not in built:
        try:
            built[name] = factories[name]()
        except (Exception, SystemExit) as exc:
            built[name] = _short(f"the extractor could not be built: {type(exc).__name__}: {exc}")
    return built[name]


def _close(built: dict[str, Extractor | str]) -> None:
    for extractor in built.values():
        close = getattr(extractor, "close", None)
        if callable(close):
            try:
                close()
            except Exception:  # noqa: S110 - the worker is exiting; a tool failing to clean up changes nothing
                pass


def worker_main(tasks: int, results: int, spool: int, parent: int, factories: Mapping[str, Factory],
                stamps: Mapping[str, Stamp], memory_mb: int | None, log: Path | None,
                close_fds: tuple[int, ...]) -> None:
    """The body of a worker process: `tasks` and `results` are its ends of the two pipes, `spool` the file its
    batches of pages are written to (`wire.Spool`), `stamps` each extractor's shared columns of its rows."""
    os.setpgid(0, 0)
    die_with_parent(parent)
    for fd in close_fds:  # other workers' pipe ends inherited through fork
        try:
            os.close(fd)
        except OSError:
            pass
    _start_reaper((tasks, results, spool))
    _quiet(log)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    faulthandler.disable()  # a crashing tool is reported as a row, not as a traceback dump
    limit_memory(memory_mb)
    install_network_guard()
    built: dict[str, Extractor | str] = {}
    try:
        while (message := read_message(tasks)) is not None and message[0] == "pages":
            _, offset, length, name, first_seq, layout = message
            extractor = _build(name, factories, built)
            with_gold = not isinstance(extractor, str) and extractor.uses_gold
            pages = unpack_pages(read_spooled(spool, offset, length), layout, with_gold=with_gold)
            for number, page in enumerate(pages, start=first_seq):
                if isinstance(extractor, str):
                    out = failure("exception", extractor, 0.0)
                else:
                    out = extract_one(extractor, page)
                sys.stdout.flush()  # the tool's output reaches the log before the next task
                sys.stderr.flush()
                write_all(results, result_frame(number, journal_line(stamps[name], page, out)))
    finally:
        _close(built)
