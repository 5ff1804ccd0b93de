"""The spool that carries batches of pages to a worker: no batch the worker has not read is overwritten, space is
reused, and the file is not handed to programs an extractor starts."""

from __future__ import annotations

import os
import random

import pytest

from newsbench.run.wire import Spool, read_spooled


def test_space_of_read_batches_is_reused_and_unread_batches_stay_intact() -> None:
    rng = random.Random(7)
    spool = Spool()
    try:
        unread: list[tuple[int, tuple[int, int], bytes]] = []  # (first seq, where, message)
        seq, total = 0, 0
        for _ in range(400):
            if unread and rng.random() < 0.45:
                # the worker answers a page of one of the unread batches: it and every earlier one have been read
                answered = rng.randrange(len(unread))
                spool.consumed(unread[answered][0] + rng.randrange(3))
                unread = unread[answered + 1:]
            message = bytes(rng.randrange(256) for _ in range(rng.choice([1, 50, 3000, 20000])))
            where = spool.put(message, seq)
            if len(unread) == 0:
                assert where[0] == 0  # nothing unread: the file is written from its start again
            unread.append((seq, where, message))
            total += where[1]
            seq += 3  # three pages a batch
            for _, (offset, length), expected in unread:
                assert read_spooled(spool.fd, offset, length) == expected
        # the space was reused: the file is a small part of what went through it
        assert os.fstat(spool.fd).st_size < total / 10
    finally:
        spool.close()


def test_the_first_free_place_is_taken() -> None:
    spool = Spool()
    try:
        first = spool.put(b"a" * 1000, 0)
        second = spool.put(b"b" * 1000, 1)
        assert first[0] == 0 and second[0] == first[0] + first[1]
        spool.consumed(0)  # the first batch was read: its place is free again
        third = spool.put(b"c" * 10, 2)
        assert third[0] == 0
        fourth = spool.put(b"d" * 5000, 3)  # too long for the gap before the second batch
        assert fourth[0] == second[0] + second[1]
        assert read_spooled(spool.fd, *second) == b"b" * 1000
    finally:
        spool.close()


def test_an_idle_spool_past_its_limit_shrinks_to_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Spool, "SHRINK", 10_000)
    spool = Spool()
    try:
        spool.put(b"x" * 50_000, 0)
        spool.put(b"y" * 10, 4)
        spool.consumed(0)
        assert os.fstat(spool.fd).st_size > 10_000  # a batch is still unread
        spool.consumed(4)
        assert os.fstat(spool.fd).st_size == 0
        assert read_spooled(spool.fd, *spool.put(b"z", 5)) == b"z"
    finally:
        spool.close()


def test_a_short_spool_is_an_error_not_a_short_batch() -> None:
    spool = Spool()
    try:
        offset, length = spool.put(b"abc", 0)
        with pytest.raises(EOFError, match="short"):
            read_spooled(spool.fd, offset, length + 10)
    finally:
        spool.close()


def test_the_spool_is_closed_on_exec() -> None:
    spool = Spool()
    try:
        assert not os.get_inheritable(spool.fd)
    finally:
        spool.close()


def test_without_memfd_the_spool_is_an_unlinked_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: object) -> int:
        raise OSError("memfd_create is not available here")

    monkeypatch.setattr(os, "memfd_create", refused)
    spool = Spool()
    try:
        assert os.fstat(spool.fd).st_nlink == 0  # no name left behind on disk
        assert not os.get_inheritable(spool.fd)
        first = spool.put([b"page"] * 3, 0)
        assert read_spooled(spool.fd, *first) == [b"page"] * 3
    finally:
        spool.close()
