"""The spool that carries batches of pages to a worker: no batch the worker has not read is overwritten, space is
reused, and the file is not handed to programs an extractor starts; pages packed for it come out as they went in.
A worker's result is the journal line of its checked row, which the parent takes only when well formed."""

from __future__ import annotations

import hashlib
import os
import random
import re
import struct
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Prediction
from newsbench.run.wire import (
    FrameReader,
    MalformedMessage,
    PageRow,
    Piece,
    Spool,
    layout_of,
    pack_pages,
    parse_result,
    read_spooled,
    result_frame,
    unpack_pages,
)
from newsbench.run.worker import journal_line
from newsbench.store.journal import encode_line, read_journal
from newsbench.store.rows import checked


@pytest.fixture
def spool() -> Iterator[Spool]:
    """A fresh spool, closed after the test."""
    opened = Spool()
    yield opened
    opened.close()


def _raw(data: bytes) -> Piece:
    return Piece("pickle", len(data), data)


def test_space_of_read_batches_is_reused_and_unread_batches_stay_intact(spool: Spool) -> None:
    rng = random.Random(7)
    unread: list[tuple[int, tuple[int, int], bytes]] = []  # (first seq, where, message)
    seq, total = 0, 0
    for _ in range(400):
        if unread and rng.random() < 0.45:
            # the worker answers a page of one of the unread batches: it and every earlier one have been read
            answered = rng.randrange(len(unread))
            spool.consumed(unread[answered][0] + rng.randrange(3))
            unread = unread[answered + 1:]
        message = bytes(rng.randrange(256) for _ in range(rng.choice([1, 50, 3000, 20000])))
        where = spool.put([_raw(message)], seq)
        if len(unread) == 0:
            assert where[0] == 0  # nothing unread: the file is written from its start again
        unread.append((seq, where, message))
        total += where[1]
        seq += 3  # three pages a batch
        for _, (offset, length), expected in unread:
            assert read_spooled(spool.fd, offset, length) == expected
    # the space was reused: the file is a small part of what went through it
    assert os.fstat(spool.fd).st_size < total / 10


def test_the_first_free_place_is_taken(spool: Spool) -> None:
    first = spool.put([_raw(b"a" * 1000)], 0)
    second = spool.put([_raw(b"b" * 1000)], 1)
    assert first[0] == 0 and second[0] == first[0] + first[1]
    spool.consumed(0)  # the first batch was read: its place is free again
    third = spool.put([_raw(b"c" * 10)], 2)
    assert third[0] == 0
    fourth = spool.put([_raw(b"d" * 5000)], 3)  # too long for the gap before the second batch
    assert fourth[0] == second[0] + second[1]
    assert read_spooled(spool.fd, *second) == b"b" * 1000


def test_an_idle_spool_past_its_limit_shrinks_to_nothing(monkeypatch: pytest.MonkeyPatch, spool: Spool) -> None:
    monkeypatch.setattr(Spool, "SHRINK", 10_000)
    spool.put([_raw(b"x" * 50_000)], 0)
    spool.put([_raw(b"y" * 10)], 4)
    spool.consumed(0)
    assert os.fstat(spool.fd).st_size > 10_000  # a batch is still unread
    spool.consumed(4)
    assert os.fstat(spool.fd).st_size == 0
    assert read_spooled(spool.fd, *spool.put([_raw(b"z")], 5)) == b"z"


def test_an_empty_batch_takes_no_space(spool: Spool) -> None:
    assert read_spooled(spool.fd, *spool.put([_raw(b"")], 0)) == b""
    assert os.fstat(spool.fd).st_size == 0
    assert read_spooled(spool.fd, *spool.put([_raw(b"abc")], 1)) == b"abc"


def test_a_short_spool_is_an_error_not_a_short_batch(spool: Spool) -> None:
    offset, length = spool.put([_raw(b"abc")], 0)
    with pytest.raises(EOFError, match="short"):
        read_spooled(spool.fd, offset, length + 10)


def test_the_spool_is_closed_on_exec(spool: Spool) -> None:
    assert not os.get_inheritable(spool.fd)


def test_without_memfd_the_spool_is_an_unlinked_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: object) -> int:
        raise OSError("memfd_create is not available here")

    monkeypatch.setattr(os, "memfd_create", refused)
    spool = Spool()
    try:
        assert os.fstat(spool.fd).st_nlink == 0  # no name left behind on disk
        assert not os.get_inheritable(spool.fd)
        first = spool.put([_raw(b"page")] * 3, 0)
        assert read_spooled(spool.fd, *first) == b"page" * 3
    finally:
        spool.close()


def test_packed_pages_come_out_as_the_corpus_pages_in_the_order_sent(tiny_dataset: Path, spool: Spool) -> None:
    """Rows of two Arrow batches (out of order, so some are taken, not sliced) and Page objects between them."""
    from newsbench.corpus.pages import read_corpus

    corpus = read_corpus(tiny_dataset)
    expected = {p.id: p for batch in corpus.batches(with_gold=True) for p in batch}
    first, second = (next(corpus.record_batches(with_gold=True, batch_rows=2)),
                     list(corpus.record_batches(with_gold=True, batch_rows=2))[1])
    rows = [PageRow(b.column("id")[i].as_py(), b.column("html_sha256")[i].as_py(), b, i)
            for b, i in ((first, 1), (first, 0), (second, 0), (first, 0), (first, 1))]
    page = expected[rows[0].id]
    sent: list[Page | PageRow] = [*rows[:2], page, *rows[2:]]
    pieces = pack_pages(sent)
    layout = layout_of(pieces)
    assert [kind for kind, _ in layout] == ["arrow", "pickle", "arrow", "arrow"]
    data = read_spooled(spool.fd, *spool.put(pieces, 0))
    for with_gold in (True, False):
        pages = unpack_pages(data, layout, with_gold=with_gold)
        assert [p.id for p in pages] == [s.id for s in sent]
        for got in pages:
            want = expected[got.id]
            assert got == (want if with_gold else replace(want, gold=None))
    with pytest.raises(ValueError, match="laid out"):
        unpack_pages(data + b"x", layout, with_gold=False)


def test_each_page_is_checked_against_its_sha256_and_the_one_that_fails_is_named(tiny_dataset: Path) -> None:
    """The check hashes each row's bytes in the Arrow buffer: the second of three rows is the one changed."""
    import pyarrow.parquet as pq

    from newsbench.corpus.folder import data_files, write_parquet
    from newsbench.corpus.pages import read_corpus
    from newsbench.errors import DatasetIntegrityError

    corpus = read_corpus(tiny_dataset)
    assert sum(b.num_rows for b in corpus.record_batches()) == corpus.rows == 3  # every row passes as it is
    path = data_files(tiny_dataset)[-1]
    table = pq.read_table(path)
    for changed, reason in ((b"<!-- changed -->", "raw bytes do not match"), (None, "no raw bytes")):
        raw = table.column("raw_html").to_pylist()
        raw[1] = None if changed is None else raw[1] + changed
        write_parquet(table.set_column(table.schema.get_field_index("raw_html"), "raw_html", [raw]).cast(table.schema),
                      path)
        with pytest.raises(DatasetIntegrityError, match=f"page {table['id'][1].as_py()}: {reason}") as caught:
            list(read_corpus(tiny_dataset).record_batches())
        assert (caught.value.file, caught.value.field) == (str(path), "raw_html")


def _page(text: str = "x") -> Page:
    raw = f"<html><body><p>{text}</p></body></html>".encode()
    return Page(id=f"p-{text}", url="https://example.org/a", language="en", site="example.org", split="test", raw=raw,
                html=raw.decode(), encoding="utf-8", sha256=hashlib.sha256(raw).hexdigest())


STAMP = {"extractor": "x", "version": "1.0", "config_hash": "c0", "config": "{}", "source": "run"}


def test_a_workers_result_reaches_the_parent_as_the_journal_line_it_stores(tmp_path: Path) -> None:
    # the worker checks and encodes the row (a lone surrogate repaired, a tuple made a list); the parent gets the row
    # and the line, and a journal of that line reads back the same row
    page = _page()
    out = {**Prediction(headline="Ferry \ud800 resumes", body="Rain.", authors=("Mara",)).to_dict(), "error": None,
           "error_kind": None, "seconds": 0.25}
    line = journal_line(STAMP, page, out)
    (payload,) = FrameReader().feed(result_frame(7, line))
    assert isinstance(payload, bytes)
    row, got = parse_result(payload, 7)
    expected = checked({**STAMP, "page_id": page.id, "page_sha256": page.sha256, **out, "repairs": None})
    assert got == line == encode_line(expected) and row == expected
    assert row["headline"] == "Ferry \ufffd resumes" and row["repairs"] == "lone surrogates replaced with U+FFFD in: headline"
    (tmp_path / "j.jsonl").write_bytes(got)
    assert read_journal(tmp_path / "j.jsonl") == [expected]


@pytest.mark.parametrize(("change", "seconds", "reason"), [
    ({"authors": [3]}, 0.5, "authors: expected a list of strings"),
    ({"seconds": float("nan")}, 0.0, "seconds: expected a number or null"),  # the failure's own seconds are 0
])
def test_a_result_that_cannot_be_stored_is_the_pages_failure_made_by_the_worker(change: dict[str, object],
                                                                               seconds: float, reason: str) -> None:
    out = {**Prediction(body="Rain.").to_dict(), "error": None, "error_kind": None, "seconds": 0.5, **change}
    row, _ = parse_result(result_frame(0, journal_line(STAMP, _page(), out))[4:], 0)
    assert row["error_kind"] == "contract" and row["body"] is None and row["seconds"] == seconds
    assert row["error"] == f"ContractError: the result cannot be stored: {reason}"


def _line(**changes: object) -> bytes:
    out = {**Prediction(body="Rain.").to_dict(), "error": None, "error_kind": None, "seconds": 0.5}
    return encode_line({**checked({**STAMP, "page_id": "p", "page_sha256": "s", **out, "repairs": None}), **changes})


def _framed(text: bytes) -> bytes:
    # a line of the journal's form around any row text, with that text's checksum
    return b'{"row":' + text + b',"sha256":"' + hashlib.sha256(text).hexdigest()[:16].encode() + b'"}\n'


@pytest.mark.parametrize(("payload", "reason"), [
    (b"\x00" * 7, "a result without its task number"),
    (struct.pack(">Q", 4) + _line(), "result for task 4, expected 3"),
    (struct.pack(">Q", 3) + _line()[:-1], "not one journal line"),
    (struct.pack(">Q", 3) + _line() + _line(), "not one journal line"),
    (struct.pack(">Q", 3) + b"{not json}\n", "not a journal line"),
    (struct.pack(">Q", 3) + b'{"row":{},"sha256":"0","x":1}\n', "not a journal line"),
    (struct.pack(">Q", 3) + _line()[:-2] + b',"x":1}\n', "not a journal line"),
    (struct.pack(">Q", 3) + _line().replace(b"Rain.", b"Rain!"), "checksum mismatch"),
    (struct.pack(">Q", 3) + _line()[:-4] + (b"1" if _line()[-4:-3] == b"0" else b"0") + b'"}\n', "checksum mismatch"),
    (struct.pack(">Q", 3) + _framed(b"{not json}"), "not JSON"),
    (struct.pack(">Q", 3) + _framed(b"[]"), "the row is not an object"),
    (struct.pack(">Q", 3) + _framed(b'{"extractor":"x"}'), "the row has the wrong columns"),
    (struct.pack(">Q", 3) + _line(seconds="1"), "seconds is not a number"),
    (struct.pack(">Q", 3) + _line(seconds=True), "seconds is not a number"),
    (struct.pack(">Q", 3) + _line(error=5), "error is not a string"),
    (struct.pack(">Q", 3) + _line(error_kind=["crash"]), "error_kind is not a string"),
])
def test_a_malformed_result_is_refused_with_its_reason(payload: bytes, reason: str) -> None:
    with pytest.raises(MalformedMessage, match=re.escape(reason)):
        parse_result(payload, 3)
    parse_result(struct.pack(">Q", 3) + _line(), 3)  # the same line, well formed, is taken
