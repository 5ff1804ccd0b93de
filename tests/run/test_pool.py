"""The runner under faults: hangs, crashes, memory leaks, wrong types, network use, bad pages."""

from __future__ import annotations

import ctypes
import hashlib
import os
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from newsbench.corpus.pages import Page, read_corpus
from newsbench.errors import DatasetIntegrityError
from newsbench.extractors.base import Adapter, Prediction
from newsbench.extractors.registry import describe
from newsbench.run.pool import Limits, run_tasks
from newsbench.store.predictions import Store


class Good(Adapter):
    name = "good"
    produces = frozenset({"headline", "body"})

    def extract(self, page: Page) -> Prediction:
        return Prediction(headline=page.id, body=page.html[:20])


class Faulty(Adapter):
    """Fails on the page whose id is `victim`, in the way `mode` says; succeeds elsewhere."""

    produces = frozenset({"body"})

    def __init__(self, mode: str, victim: str = "tiny-02") -> None:
        super().__init__(mode=mode)
        self.name = f"faulty-{mode}"
        self.mode, self.victim = mode, victim

    def extract(self, page: Page) -> Any:
        if page.id != self.victim:
            return Prediction(body="fine")
        if self.mode == "hang":
            time.sleep(600)
        if self.mode == "segfault":
            ctypes.string_at(0)
        if self.mode == "exit":
            os._exit(3)
        if self.mode == "leak":
            hoard = []
            while True:
                hoard.append(bytearray(64 * 1024 * 1024))
        if self.mode == "wrong-type":
            return "just a string"
        if self.mode == "raise":
            raise ValueError("bad markup near line 3")
        if self.mode == "network-swallowed":
            try:
                socket.create_connection(("198.51.100.7", 80), timeout=2)
            except OSError:
                pass
            return Prediction(body="fed from nowhere")
        raise AssertionError(self.mode)


def _pages(folder: Path) -> list[Page]:
    return list(read_corpus(folder).pages)


def _run(pages: list[Page], extractors: list[Adapter], folder: Path, **kw: Any) -> tuple[Any, list[dict[str, Any]]]:
    """Every extractor on every page through the real pool and store (the instances reach the workers by fork)."""
    store = Store(folder).open()
    by_name = {e.name: e for e in extractors}
    kw.setdefault("log", folder / "workers.log")
    factories = {n: (lambda e=e: e) for n, e in by_name.items()}
    with store.writer("test") as writer:
        summary = run_tasks([(page, tuple(by_name)) for page in pages], factories,
                            {n: describe(e) for n, e in by_name.items()}, writer, **kw)
    return summary, store.rows()


def _row(rows: list[dict[str, Any]], extractor: str, page: str) -> dict[str, Any]:
    (row,) = [r for r in rows if r["extractor"] == extractor and r["page_id"] == page]
    return row


@pytest.mark.parametrize(("mode", "kind", "message"), [
    ("hang", "timeout", "timed out after 2 s"),
    ("segfault", "crash", "killed by signal SIGSEGV"),
    ("exit", "crash", "exited with status 3"),
    ("leak", "memory", "MemoryError"),
    ("wrong-type", "contract", "returned str, not a Prediction"),
    ("raise", "exception", "ValueError: bad markup near line 3"),
    ("network-swallowed", "network", "198.51.100.7:80"),
])
def test_a_failure_is_a_recorded_row_and_the_run_goes_on(tiny_dataset: Path, tmp_path: Path, mode: str, kind: str,
                                                         message: str) -> None:
    pages = _pages(tiny_dataset)
    # Only the hang needs a short limit; the others get a generous one so that a loaded machine
    # (the leak allocates 256 MiB before it fails) does not turn them into timeouts.
    timeout = 2 if mode == "hang" else 60
    summary, rows = _run(pages, [Faulty(mode), Good()], tmp_path / "store", limits=Limits(timeout=timeout, memory_mb=256))
    failed = _row(rows, f"faulty-{mode}", "tiny-02")
    assert failed["error_kind"] == kind
    assert message in failed["error"]
    assert failed["body"] is None
    # every other task finished, including those after the failure
    assert len(rows) == 6 and summary.computed == 6
    assert summary.failures == {f"faulty-{mode}": 1}
    assert _row(rows, f"faulty-{mode}", "tiny-03")["body"] == "fine"
    assert _row(rows, "good", "tiny-03")["headline"] == "tiny-03"


def test_two_workers_give_the_same_predictions_as_one(tiny_dataset: Path, tmp_path: Path) -> None:
    pages = _pages(tiny_dataset)
    _, one = _run(pages, [Good(), Faulty("raise")], tmp_path / "one", jobs=1)
    _, two = _run(pages, [Good(), Faulty("raise")], tmp_path / "two", jobs=2)
    strip = [{k: v for k, v in r.items() if k != "seconds"} for r in one]
    assert strip == [{k: v for k, v in r.items() if k != "seconds"} for r in two]


def test_pages_read_ahead_each_get_one_row_and_a_read_error_is_raised_in_the_run(tiny_dataset: Path,
                                                                                tmp_path: Path) -> None:
    # The tasks are read by a prefetch thread: every page still gets one row per extractor, a crashed worker is replaced (forked) while that thread reads, and an error of the reading (a corpus
    # file found corrupt part-way) comes out of run_tasks as itself, with no reader thread left behind.
    pages = _pages(tiny_dataset) * 40
    pages = [Page(**{**{f: getattr(p, f) for f in Page.__dataclass_fields__}, "id": f"{p.id}-{k:03d}",
                     "sha256": hashlib.sha256(f"{p.sha256}{k}".encode()).hexdigest()})  # distinct store keys
             for k, p in enumerate(pages)]
    _, rows = _run(pages, [Good(), Faulty("exit", victim=pages[7].id)], tmp_path / "ahead", jobs=1)
    for name in ("good", "faulty-exit"):
        assert sorted(r["page_id"] for r in rows if r["extractor"] == name) == sorted(p.id for p in pages)
    assert _row(rows, "faulty-exit", pages[7].id)["error_kind"] == "crash"
    assert sum(r["error"] is None for r in rows) == 2 * len(pages) - 1

    def broken() -> Any:
        yield from ((page, ("good",)) for page in pages[:5])
        raise DatasetIntegrityError("page p: raw bytes do not match html_sha256", file="x.parquet", field="raw_html")

    before = threading.active_count()
    store = Store(tmp_path / "broken").open()
    with store.writer("test") as writer, pytest.raises(DatasetIntegrityError, match="raw bytes do not match"):
        run_tasks(broken(), {"good": Good}, {"good": describe(Good())}, writer, log=tmp_path / "log")
    assert threading.active_count() == before


def test_seconds_are_measured_inside_the_worker(tiny_dataset: Path, tmp_path: Path) -> None:
    class Slow(Adapter):
        name = "slow"
        produces = frozenset({"body"})

        def extract(self, page: Page) -> Prediction:
            time.sleep(0.2)
            return Prediction(body="x")

    _, rows = _run(_pages(tiny_dataset), [Slow()], tmp_path / "s")
    assert all(0.2 <= r["seconds"] < 2 for r in rows)


def test_local_connections_are_allowed(tiny_dataset: Path, tmp_path: Path) -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    threading.Thread(target=lambda: [server.accept() for _ in range(3)], daemon=True).start()

    class Local(Adapter):
        name = "local"
        produces = frozenset({"body"})

        def extract(self, page: Page) -> Prediction:
            with socket.create_connection(("127.0.0.1", port), timeout=5):
                return Prediction(body="talked to localhost")

    _, rows = _run(_pages(tiny_dataset), [Local()], tmp_path / "l")
    assert [r["error"] for r in rows] == [None, None, None]
    server.close()


def test_produced_fields_found_empty_are_empty_and_others_none(tiny_dataset: Path, tmp_path: Path) -> None:
    class Nothing(Adapter):
        name = "nothing"
        produces = frozenset({"headline", "authors"})

        def extract(self, page: Page) -> Prediction:
            return Prediction(body="not declared, dropped")

    _, rows = _run(_pages(tiny_dataset), [Nothing()], tmp_path / "n")
    assert {(r["headline"], tuple(r["authors"]), r["body"], r["published"]) for r in rows} == {("", (), None, None)}


def _odd_pages() -> list[Page]:
    garbage = bytes(range(256)) * 40
    return [Page("garbage", "", "en", "x", "test", garbage, garbage.decode("latin-1"), "windows-1252", "0" * 64),
            Page("empty", "", "en", "x", "test", b"", "", "utf-8", "1" * 64)]


@pytest.mark.parametrize("name", ["fulltext", "metadata", "title-tag", "trafilatura", "readability-lxml", "justext"])
def test_real_extractors_on_garbage_and_empty_pages_give_rows(tmp_path: Path, name: str) -> None:
    from newsbench.extractors.registry import create

    extractor = create(name)
    if extractor.unavailable():
        pytest.skip(f"{name}: {extractor.unavailable()}")
    _, rows = _run(_odd_pages(), [extractor], tmp_path / "o", limits=Limits(timeout=30))
    assert sorted(r["page_id"] for r in rows) == ["empty", "garbage"]
    for row in rows:  # a result or a recorded failure, never a vanished row
        assert (row["error"] is None) == (row["error_kind"] is None)
        if name in ("fulltext", "metadata", "title-tag"):  # our baselines handle any page
            assert row["error"] is None, row["error"]


def test_the_memory_limit_is_relative_to_what_a_worker_inherits(tiny_dataset: Path, tmp_path: Path) -> None:
    # A parent holding a big corpus: the forked worker starts with that address space and must
    # still be able to import and run a real extractor under a 512 MiB cap.
    ballast = bytearray(1024 * 1024 * 1024)  # 1 GiB in this (parent) process
    from newsbench.extractors.registry import create

    extractor = create("trafilatura")
    if extractor.unavailable():
        pytest.skip(f"trafilatura: {extractor.unavailable()}")
    _, rows = _run(_pages(tiny_dataset), [extractor], tmp_path / "m", limits=Limits(timeout=60, memory_mb=512))
    assert [r["error"] for r in rows] == [None, None, None]
    del ballast


def test_what_a_tool_prints_goes_to_the_workers_log(tiny_dataset: Path, tmp_path: Path,
                                                    capfd: pytest.CaptureFixture[str]) -> None:
    class Chatty(Adapter):
        name = "chatty"
        produces = frozenset({"body"})

        def extract(self, page: Page) -> Prediction:
            import sys

            print(f"parsing {page.id}")
            print("warning: odd markup", file=sys.stderr)
            return Prediction(body="x")

    _run(_pages(tiny_dataset), [Chatty()], tmp_path / "c")
    log = (tmp_path / "c" / "workers.log").read_text()
    assert "parsing tiny-01" in log and "warning: odd markup" in log
    out, err = capfd.readouterr()
    assert "parsing" not in out and "odd markup" not in err


@pytest.mark.parametrize("count", [0, 1, 16, 37])
def test_read_ahead_hands_over_every_task_in_order_then_the_end_or_the_error(count: int) -> None:
    """Tasks cross from the reading thread in chunks of 16: a last, partial chunk is handed over before the end
    (or before the error that cut the reading short), and the end stays the end."""
    from newsbench.run.pool import _Prefetch

    def tasks(fail: bool) -> Any:
        yield from ((f"page-{i}", ("x",)) for i in range(count))
        if fail:
            raise DatasetIntegrityError("unreadable Parquet file: cut short", file="x.parquet")

    for fail in (False, True):
        ahead = _Prefetch(tasks(fail), depth=32, chunk=16)  # type: ignore[arg-type]
        try:
            assert [next(ahead) for _ in range(count)] == [(f"page-{i}", ("x",)) for i in range(count)]
            if fail:
                with pytest.raises(DatasetIntegrityError, match="cut short"):
                    next(ahead)
            else:
                assert list(ahead) == [] and list(ahead) == []
        finally:
            ahead.close()
