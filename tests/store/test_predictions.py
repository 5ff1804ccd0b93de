"""The prediction store: journal + Parquet, resume after kill -9 and Ctrl-C, a cut journal line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsbench.corpus.pages import read_corpus
from newsbench.store.predictions import SCHEMA_VERSION, Store, StoreError, StoreWarning

REPO = Path(__file__).resolve().parents[2]


def _row(n: int, extractor: str = "x") -> dict[str, object]:
    return {"extractor": extractor, "version": "1", "config_hash": "c", "config": "{}", "page_id": f"p{n}",
            "page_sha256": f"{n:064d}", "headline": f"h{n}", "published": None, "modified": None, "authors": None,
            "body": "b", "blocks": None, "entities": None, "error": None, "error_kind": None, "seconds": 0.1,
            "source": "run"}


def test_rows_survive_compaction_and_first_occurrence_wins(tmp_path: Path) -> None:
    store = Store(tmp_path).open()
    for n in range(3):
        store.append(_row(n))
    assert store.compact() == 3
    store.append({**_row(1), "headline": "duplicate"})  # as if killed between rename and journal removal
    assert [r["headline"] for r in store.rows()] == ["h0", "h1", "h2"]
    assert store.compact() == 3 and not store.journal.exists()


def test_a_cut_last_line_is_dropped_with_a_warning_and_nothing_else_lost(tmp_path: Path) -> None:
    store = Store(tmp_path).open()
    for n in range(4):
        store.append(_row(n))
    store.close()
    data = store.journal.read_bytes()
    store.journal.write_bytes(data[: len(data) - 25])  # the last line cut mid-write
    with pytest.warns(StoreWarning, match="truncated last line"):
        rows = Store(tmp_path).open().rows()
    assert [r["page_id"] for r in rows] == ["p0", "p1", "p2"]
    again = Store(tmp_path).open()
    again.append(_row(3))  # appended after the repaired tail, not glued to it
    assert [r["page_id"] for r in again.rows()] == ["p0", "p1", "p2", "p3"]


def test_a_corrupt_line_in_the_middle_is_an_error_naming_the_file(tmp_path: Path) -> None:
    store = Store(tmp_path).open()
    store.journal.write_text(json.dumps(_row(0)) + "\n{not json\n" + json.dumps(_row(2)) + "\n")
    with pytest.raises(StoreError, match=r"journal.jsonl: line 2 is not JSON"):
        store.rows()


def test_a_store_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "store.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}))
    with pytest.raises(StoreError, match="schema_version"):
        Store(tmp_path).open()


def test_a_truncated_parquet_file_is_an_error_naming_it(tmp_path: Path) -> None:
    store = Store(tmp_path).open()
    store.append(_row(0))
    store.compact()
    store.parquet.write_bytes(store.parquet.read_bytes()[:100])
    with pytest.raises(StoreError, match="predictions.parquet: unreadable"):
        store.rows()


def _newsbench(*args: str, **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "newsbench", *args], text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO, **kw)  # type: ignore[call-overload]


def _journal_lines(folder: Path) -> int:
    journal = folder / "predictions" / "journal.jsonl"
    return journal.read_bytes().count(b"\n") if journal.exists() else 0


# Generous limits: these wait on child processes, which a loaded CI machine can slow tenfold; a
# limit here only bounds a hang, it asserts no timing.
WAIT = 600


@pytest.mark.slow
@pytest.mark.parametrize("how", ["kill -9", "ctrl-c"])
def test_an_interrupted_run_resumes_without_losing_or_duplicating(tmp_path: Path, how: str) -> None:
    # The embedded dataset with real extractors: long enough (several seconds) to interrupt mid-run.
    out = tmp_path / "run"
    args = ("run", "--extractors", "trafilatura,goose3,readability-lxml", "--output", str(out), "--quiet")
    total = 3 * len(read_corpus(REPO / "dataset").pages)
    proc = _newsbench(*args, start_new_session=True)
    deadline = time.monotonic() + WAIT
    while _journal_lines(out) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _journal_lines(out) >= 4, proc.stderr.read() if proc.stderr else ""
    if how == "kill -9":
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    else:
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(WAIT) == 130
        assert "rerun to resume" in (proc.stderr.read() if proc.stderr else "")
    kept = Store(out / "predictions").open().rows()
    assert 4 <= len(kept) < total
    done = _newsbench(*args)
    stdout, stderr = done.communicate(timeout=WAIT)
    assert done.returncode == 0, stderr
    assert f"{total - len(kept)} computed, {len(kept)} reused" in stdout
    rows = Store(out / "predictions").open().rows()
    keys = [(r["extractor"], r["page_id"]) for r in rows]
    assert len(keys) == len(set(keys)) == total
