"""Nothing outlives the run, nothing a tool writes crashes the parent, nothing runs unguarded in the parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from hostile_extractors import Body, Scribbler, SpawnsAndHangs

from newsbench.corpus.pages import Page, read_corpus
from newsbench.extractors import registry
from newsbench.extractors.base import Adapter, Prediction
from newsbench.extractors.registry import RegistryError, describe
from newsbench.run.guarded import prepare
from newsbench.run.pool import Limits, run_tasks, stamp_of
from newsbench.run.wire import result_frame
from newsbench.run.worker import journal_line
from newsbench.store.predictions import Store

TESTS = Path(__file__).resolve().parents[1]
WAIT = 60  # bounds a wait for a process to die; asserts no timing


def _gone(pid: int) -> bool:
    """Whether the process has exited (a zombie nobody reaped counts as exited)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def _wait_gone(pid: int) -> bool:
    deadline = time.monotonic() + WAIT
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _gone(pid)


def _run(pages: list[Page], extractors: list[Adapter], folder: Path, **kw: Any) -> list[dict[str, Any]]:
    store = Store(folder).open()
    by_name = {e.name: e for e in extractors}
    with store.writer("test") as writer:
        run_tasks([(p, tuple(by_name)) for p in pages], {n: (lambda e=e: e) for n, e in by_name.items()},
                  {n: describe(e) for n, e in by_name.items()}, writer, log=folder / "workers.log", **kw)
    return store.rows()


@pytest.fixture
def test_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "traces"
    folder.mkdir()
    monkeypatch.setenv("NEWSBENCH_TEST_DIR", str(folder))
    return folder


def test_a_timeout_kills_the_processes_the_extractor_started(tiny_dataset: Path, tmp_path: Path,
                                                            test_dir: Path) -> None:
    pages = list(read_corpus(tiny_dataset).pages)[:1]
    (row,) = _run(pages, [SpawnsAndHangs()], tmp_path / "store", limits=Limits(timeout=2))
    assert row["error_kind"] == "timeout"
    spawned = int((test_dir / "spawned.pid").read_text())
    assert _wait_gone(spawned), "the extractor's child process outlived the timeout"


def test_workers_and_their_children_die_with_a_killed_parent(tiny_dataset: Path, tmp_path: Path,
                                                             test_dir: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(TESTS)!r})
        from hostile_extractors import SpawnsAndHangs
        from newsbench.corpus.pages import read_corpus
        from newsbench.extractors.registry import describe
        from newsbench.run.pool import Limits, run_tasks
        from newsbench.store.predictions import Store
        pages = list(read_corpus({str(tiny_dataset)!r}).pages)
        extractor = SpawnsAndHangs()
        with Store({str(tmp_path / "store")!r}).open().writer("test") as writer:
            run_tasks([(p, (extractor.name,)) for p in pages], {{extractor.name: lambda: extractor}},
                      {{extractor.name: describe(extractor)}}, writer, limits=Limits(timeout=600))
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(TESTS.parent / "src"), os.environ.get("PYTHONPATH", "")])})
    deadline = time.monotonic() + WAIT
    while not (test_dir / "spawned.pid").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    worker, spawned = int((test_dir / "worker.pid").read_text()), int((test_dir / "spawned.pid").read_text())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    assert _wait_gone(worker), "the worker outlived its parent"
    assert _wait_gone(spawned), "the process the extractor started outlived the run"


@pytest.mark.parametrize("garbage", [
    b"\xff" * 64,  # not a frame header anyone expects
    (5).to_bytes(4, "big") + b"hello",  # a frame that is not JSON
    (2**31).to_bytes(4, "big"),  # a frame longer than allowed
    (30).to_bytes(4, "big") + b"cos\nsystem\n(S'touch pwned'\ntR.",  # a pickle that would run a command
    (20).to_bytes(4, "big") + b'{"seq": 0, "x": 1}  ',  # JSON of the wrong shape
])
def test_garbage_on_the_workers_pipe_is_that_tasks_failure(tiny_dataset: Path, tmp_path: Path, test_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch, garbage: bytes) -> None:
    monkeypatch.setenv("NEWSBENCH_TEST_GARBAGE", garbage.hex())
    monkeypatch.chdir(tmp_path)
    pages = list(read_corpus(tiny_dataset).pages)
    rows = _run(pages, [Scribbler(), Body()], tmp_path / "store", limits=Limits(timeout=5))
    scribbled = [r for r in rows if r["extractor"] == "test-scribbler"]
    assert len(rows) == 6 and len(scribbled) == 3  # one row per task, the run went on
    assert all(r["error"] is None for r in rows if r["extractor"] == "test-body"), [(r["extractor"], r["page_id"], r["error"]) for r in rows]
    for row in scribbled:  # a malformed message fails the task; bytes that happen to form none time it out
        assert row["error"] is None or row["error_kind"] in ("crash", "timeout"), row["error"]
    assert any(r["error_kind"] == "crash" and "malformed message" in r["error"] for r in scribbled) \
        or garbage.startswith((2**31).to_bytes(4, "big"))
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("forged", ["page", "extractor"])
def test_a_well_formed_result_for_another_page_or_extractor_is_that_tasks_failure(
        tiny_dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forged: str) -> None:
    # the tool writes, before its worker answers, a well-formed result frame for the task being run (the only one,
    # numbered 0) that holds the row of another page, or of another extractor on this page: the parent refuses it
    page, other = list(read_corpus(tiny_dataset).pages)[:2]
    stamp = stamp_of(Scribbler.name, describe(Scribbler()))
    if forged == "extractor":
        stamp = {**stamp, "extractor": "test-body"}
    out = {**Prediction(body="forged").to_dict(), "error": None, "error_kind": None, "seconds": 0.0}
    monkeypatch.setenv("NEWSBENCH_TEST_GARBAGE",
                       result_frame(0, journal_line(stamp, other if forged == "page" else page, out)).hex())
    monkeypatch.chdir(tmp_path)
    (row,) = _run([page], [Scribbler()], tmp_path / "store", limits=Limits(timeout=5))
    assert (row["page_id"], row["extractor"], row["error_kind"]) == (page.id, "test-scribbler", "crash")
    assert row["error"] == "malformed message from the worker: a row of another page or extractor"


HOSTILE = {"test-body": "Body", "test-connects-when-built": "ConnectsWhenBuilt",
           "test-crashes-when-described": "CrashesWhenDescribed"}


def test_extractors_are_set_up_in_a_guarded_child_not_in_the_parent(test_dir: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for name, attr in HOSTILE.items():
        monkeypatch.setitem(registry.BUILTIN, name, f"hostile_extractors:{attr}")
    records = prepare(["test-body", "test-crashes-when-described"]).records
    assert records["test-body"].skipped is None and records["test-body"].version
    assert "ended the process" in str(records["test-crashes-when-described"].skipped)  # its version() segfaults
    # A built-in whose constructor fails stops the run, as before; here because the guard refused its connection.
    with pytest.raises(RegistryError, match="NetworkRefused: newsbench sandbox: network access to 198.51.100.7:80"):
        prepare(["test-connects-when-built"])
    assert int((test_dir / "constructed.pid").read_text()) != os.getpid()  # built in the guarded child
    with pytest.raises(RegistryError, match="did you mean"):
        prepare(["test-bod"])
