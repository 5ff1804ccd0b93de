"""The prediction store: shards and journals, resume after kill -9 and Ctrl-C, damage detected, version 1 read."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsbench.corpus.pages import read_corpus
from newsbench.store.journal import encode_line
from newsbench.store.predictions import SCHEMA_VERSION, Store, StoreError, StoreWarning
from newsbench.store.rows import COLUMNS_V1, SCHEMA, checked

REPO = Path(__file__).resolve().parents[2]


def _row(n: int, extractor: str = "x", **changes: object) -> dict[str, object]:
    row = {"extractor": extractor, "version": "1", "config_hash": "c", "config": "{}", "page_id": f"p{n}",
           "page_sha256": f"{n:064d}", "headline": f"h{n}", "published": None, "modified": None, "authors": None,
           "body": "b", "blocks": None, "entities": None, "error": None, "error_kind": None, "seconds": 0.1,
           "source": "run", "repairs": None, "block_kinds": None}
    row.update(changes)
    return row


def _write(folder: Path, rows: list[dict[str, object]], flush_rows: int = 1000) -> Store:
    store = Store(folder).open()
    with store.writer("w", flush_rows=flush_rows) as writer:
        for row in rows:
            writer.append(row)
    return store


def test_rows_go_to_shards_and_a_duplicate_from_a_killed_writer_is_read_once(tmp_path: Path) -> None:
    store = _write(tmp_path, [_row(n) for n in range(5)], flush_rows=2)
    assert len(store.shards()) == 3 and not store.journals()
    # As if a writer was killed after committing a shard but before emptying its journal:
    (store.journals_dir / "killed.jsonl").write_bytes(encode_line(checked(_row(1, headline="duplicate"))))
    assert [r["headline"] for r in store.rows()] == ["h0", "h1", "h2", "h3", "h4"]
    assert store.stored_rows() == 6
    assert store.compact() == 5
    assert store.stored_rows() == 5 and not store.journals() and len(store.shards()) == 1
    assert [r["headline"] for r in store.rows()] == ["h0", "h1", "h2", "h3", "h4"]


def test_a_transient_failure_gives_way_to_a_later_row_of_its_key(tmp_path: Path) -> None:
    store = _write(tmp_path, [_row(0, error="timed out after 2 s", error_kind="timeout", body=None),
                              _row(1, error="ValueError: x", error_kind="exception", body=None)])
    _write(tmp_path, [_row(0, body="retried"), _row(1, body="not used")])
    rows = {r["page_id"]: r for r in store.rows()}
    assert rows["p0"]["body"] == "retried" and rows["p0"]["error"] is None
    assert rows["p1"]["error_kind"] == "exception"  # not transient: the first row stays
    _write(tmp_path, [_row(2, error="timed out after 2 s", error_kind="timeout"),
                      _row(2, error="timed out after 5 s", error_kind="timeout")])
    assert {r["page_id"]: r for r in store.rows()}["p2"]["error"] == "timed out after 5 s"  # the latest


def test_a_cut_last_line_is_dropped_with_a_warning_and_nothing_else_lost(tmp_path: Path) -> None:
    store = Store(tmp_path).open()
    journal = store.journals_dir / "killed.jsonl"
    journal.parent.mkdir(parents=True)
    data = b"".join(encode_line(checked(_row(n))) for n in range(4))
    journal.write_bytes(data[:-25])  # the last line cut mid-write
    with pytest.warns(StoreWarning, match="truncated last line"):
        assert [r["page_id"] for r in Store(tmp_path).open().rows()] == ["p0", "p1", "p2"]
    with pytest.warns(StoreWarning, match="truncated last line"):
        writer = Store(tmp_path).open().writer("killed")  # a writer of that name folds the rest into a shard
    writer.append(_row(3))
    writer.close()
    assert [r["page_id"] for r in Store(tmp_path).open().rows()] == ["p0", "p1", "p2", "p3"]


@pytest.mark.parametrize(("line", "message"), [
    (b"{not json\n", r"killed.jsonl: line 2 is not JSON"),
    (b'{"row": {"extractor": "x"}, "sha256": "0"}\n', r"killed.jsonl: line 2: missing column\(s\) authors, blocks, body"),
    (b'[1, 2]\n', r"killed.jsonl: line 2: a journal line must be an object"),
    (json.dumps({"row": {**_row(1), "seconds": "fast"}, "sha256": "0"}).encode() + b"\n",
     r"killed.jsonl: line 2: seconds: expected a number"),
    (encode_line(checked(_row(1))).replace(b'"h1"', b'"h7"'), r"killed.jsonl: line 2: checksum mismatch"),
])
def test_a_bad_journal_line_is_an_error_naming_the_file_and_line(tmp_path: Path, line: bytes, message: str) -> None:
    store = Store(tmp_path).open()
    store.journals_dir.mkdir()
    (store.journals_dir / "killed.jsonl").write_bytes(encode_line(checked(_row(0))) + line
                                                      + encode_line(checked(_row(2))))
    with pytest.raises(StoreError, match=message):
        store.rows()


def test_a_store_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "store.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}))
    with pytest.raises(StoreError, match="schema_version"):
        Store(tmp_path).open()


def test_a_truncated_shard_is_an_error_naming_it(tmp_path: Path) -> None:
    store = _write(tmp_path, [_row(0)])
    (shard,) = store.shards()
    shard.path.write_bytes(shard.path.read_bytes()[:100])
    with pytest.raises(StoreError, match=rf"{shard.path.name}: damaged shard"):
        Store(tmp_path).open().rows()


def test_random_byte_damage_in_a_shard_never_reads_back_as_other_content(tmp_path: Path) -> None:
    rows = [_row(n, body=f"body of page {n} " * 20, authors=[f"A{n}"]) for n in range(50)]
    store = _write(tmp_path, rows)
    (shard,) = store.shards()
    clean = shard.path.read_bytes()
    expected = Store(tmp_path).open().rows()
    rng = random.Random(20261204)
    for offset in rng.sample(range(len(clean)), 200):
        damaged = bytearray(clean)
        damaged[offset] ^= 1 << rng.randrange(8)
        shard.path.write_bytes(bytes(damaged))
        try:
            got = Store(tmp_path).open().rows()
        except StoreError as exc:
            assert shard.path.name in str(exc)
            continue
        assert got == expected, offset  # damage that goes unnoticed would have to leave the content as it was
    shard.path.write_bytes(clean)
    assert Store(tmp_path).open().rows() == expected


def test_a_damaged_shard_record_is_an_error_naming_it(tmp_path: Path) -> None:
    store = _write(tmp_path, [_row(0)])
    record = store.shards()[0].path.with_suffix(".json")
    record.write_text('{"rows": 1}')
    with pytest.raises(StoreError, match=rf"{record.name}: schema_version: malformed shard record"):
        Store(tmp_path).open().rows()


def _version_1(folder: Path, rows: list[dict[str, object]], journal: list[dict[str, object]]) -> None:
    """A store as newsbench wrote it before shards: predictions.parquet, journal.jsonl, store.json version 1."""
    folder.mkdir(parents=True, exist_ok=True)
    schema = pa.schema([SCHEMA.field(n) for n in COLUMNS_V1])
    pq.write_table(pa.Table.from_pylist([{k: r[k] for k in COLUMNS_V1} for r in rows], schema=schema),
                   folder / "predictions.parquet", compression="zstd")
    (folder / "journal.jsonl").write_text("".join(json.dumps({k: r[k] for k in COLUMNS_V1}) + "\n" for r in journal))
    (folder / "store.json").write_text(json.dumps({"schema_version": 1}) + "\n")


def test_a_version_1_store_is_read_as_it_is_and_migrated_by_the_next_writer(tmp_path: Path) -> None:
    _version_1(tmp_path, [_row(0), _row(1)], [_row(1, headline="journal duplicate"), _row(2)])
    store = Store(tmp_path).open()
    before = store.rows()
    assert [r["headline"] for r in before] == ["h0", "h1", "h2"] and store.version == 1
    with store.writer("next") as writer:
        writer.append(_row(3))
    after = Store(tmp_path).open()
    assert after.version == SCHEMA_VERSION and not (tmp_path / "predictions.parquet").exists()
    assert after.rows() == [*before, checked(_row(3))]


def test_a_lone_surrogate_is_stored_as_a_replacement_character_and_noted(tmp_path: Path) -> None:
    store = _write(tmp_path, [_row(0, body="caf\ud800 open", authors=["Ann \udfff"],
                                    entities=[{"text": "\ud83d\ude00", "type": "MISC", "start": 0, "end": 1}])])
    (row,) = store.rows()
    assert row["body"] == "caf\ufffd open" and row["authors"] == ["Ann \ufffd"]
    assert row["entities"][0]["text"] == "\U0001f600"  # a pair written as two code points is joined, not replaced
    assert row["repairs"] == "lone surrogates replaced with U+FFFD in: authors, body, entities"
    assert store.compact() == 1 and store.rows() == [row]


def _newsbench(*args: str, **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "newsbench", *args], text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO, **kw)  # type: ignore[call-overload]


def _stored(folder: Path) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StoreWarning)  # a line being written may look cut
        try:
            return Store(folder / "predictions").open().stored_rows()
        except StoreError:
            return 0


# Generous limits: these wait on child processes, which a loaded CI machine can slow tenfold; a
# limit here only bounds a hang, it asserts no timing.
WAIT = 600


@pytest.mark.slow
@pytest.mark.parametrize("how", ["kill -9", "ctrl-c"])
def test_an_interrupted_run_resumes_without_losing_or_duplicating(tmp_path: Path, how: str) -> None:
    # The embedded dataset with real extractors: long enough (several seconds) to interrupt mid-run.
    out = tmp_path / "run"
    args = ("run", "--extractors", "trafilatura,goose3,readability-lxml", "--output", str(out), "--quiet")
    total = 3 * read_corpus(REPO / "dataset").rows
    proc = _newsbench(*args, start_new_session=True)
    deadline = time.monotonic() + WAIT
    while _stored(out) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _stored(out) >= 4, proc.stderr.read() if proc.stderr else ""
    if how == "kill -9":
        os.kill(proc.pid, signal.SIGKILL)  # the parent only: its workers must not outlive it
        proc.wait()
    else:
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(WAIT) == 130
        assert "rerun to resume" in (proc.stderr.read() if proc.stderr else "")
    kept = Store(out / "predictions").open().count()
    assert 4 <= kept < total
    done = _newsbench(*args)
    stdout, stderr = done.communicate(timeout=WAIT)
    assert done.returncode == 0, stderr
    assert f"{total - kept} computed, {kept} reused" in stdout
    rows = Store(out / "predictions").open().rows()
    keys = [(r["extractor"], r["page_id"]) for r in rows]
    assert len(keys) == len(set(keys)) == total


def _version_2(folder: Path, rows: list[dict[str, object]], journal: list[dict[str, object]]) -> None:
    """A store as newsbench wrote it before `block_kinds` (store version 2): a shard of the version 2 columns with its
    record, a killed writer's journal of version 2 lines, store.json version 2."""
    from newsbench.files import file_sha256
    from newsbench.store.rows import columns_of

    shards = folder / "shards"
    shards.mkdir(parents=True)
    columns = columns_of(2)
    pq.write_table(pa.Table.from_pylist([{k: r[k] for k in columns} for r in rows],
                                        schema=pa.schema([SCHEMA.field(n) for n in columns])),
                   shards / "00000000000000000001-w.parquet", compression="zstd", write_page_checksum=True)
    path = shards / "00000000000000000001-w.parquet"
    record = {"schema_version": 2, "rows": len(rows), "bytes": path.stat().st_size, "sha256": file_sha256(path),
              "keys": [["x", "1", "c", len(rows)]]}
    path.with_suffix(".json").write_text(json.dumps(record) + "\n")
    (folder / "journals").mkdir()
    (folder / "journals" / "killed.jsonl").write_bytes(b"".join(encode_line({k: r[k] for k in columns})
                                                                for r in journal))
    (folder / "store.json").write_text(json.dumps({"schema_version": 2}) + "\n")


def test_a_version_2_store_reads_block_kinds_as_null_and_takes_new_rows_with_them(tmp_path: Path) -> None:
    _version_2(tmp_path, [_row(0), _row(1)], [_row(2)])
    store = Store(tmp_path).open()
    assert store.version == 2
    assert [(r["headline"], r["block_kinds"]) for r in store.rows()] == [("h0", None), ("h1", None), ("h2", None)]
    assert [r["block_kinds"] for r in store.rows(columns=["block_kinds", "body"])] == [None, None, None]
    with store.writer("next") as writer:
        writer.append(_row(3, blocks=["Timetable", "Boats leave at nine."], block_kinds=["heading", "list_item"]))
    after = Store(tmp_path).open()
    assert after.version == SCHEMA_VERSION
    assert [r["block_kinds"] for r in after.rows()] == [None, None, None, ["heading", "list_item"]]
    assert after.compact() == 4 and [r["block_kinds"] for r in after.rows()] == [None, None, None,
                                                                                  ["heading", "list_item"]]
    # a version 2 journal line changed after it was written is still caught by its checksum
    _version_2(tmp_path / "damaged", [_row(0)], [_row(1)])
    journal = tmp_path / "damaged" / "journals" / "killed.jsonl"
    journal.write_bytes(journal.read_bytes().replace(b'"h1"', b'"h7"'))
    with pytest.raises(StoreError, match="checksum mismatch"):
        Store(tmp_path / "damaged").open().rows()
