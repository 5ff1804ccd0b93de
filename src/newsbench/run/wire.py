"""The messages between the runner and its workers: length-prefixed frames over two pipes, and a spool file.

Parent to worker: batches of pages for one extractor (the parent is trusted by its workers). A
batch is written into the worker's spool (`Spool`: a memory file the worker inherits, its space
reused as the worker reads) and the pipe carries only where it is and what it holds; a batch
through the pipe itself cost the parent 2-5 times as much CPU (the kernel's copy and the
wake-ups of a reader taking a megabyte at a time). Pages streamed from a corpus (`PageRow`)
go as the Arrow rows they were read as (an IPC stream: a copy of the buffers, no encoding), so
the parent never makes Python strings of them; the worker makes the Pages (`unpack_pages`).
Pages given as Page objects (the Python API) are pickled. Worker to parent: one frame per
finished page, the task's number then the page's journal line (`store.journal.encode_line`: the
whole store row, checked by the worker and written in the canonical form its checksum is taken
of), so that the parent checks the line's checksum (one hash; the row is not encoded again),
writes the line to its journal as it came and parses its row once, for the shard. Never pickle:
bytes an extractor writes into its worker's pipe can at worst be a malformed message, which the
parent reports as that task's failure; they can never run code in the parent or crash it. A
frame longer than MAX_FRAME is malformed too. The parent reads without blocking and keeps partial
frames, so a worker that stops mid-frame is caught by the task's time limit.
"""

from __future__ import annotations

import json
import math
import mmap
import os
import pickle
import struct
import tempfile
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import groupby
from typing import Any

import pyarrow as pa

from newsbench.corpus.pages import Page, pages_of
from newsbench.store.journal import row_text
from newsbench.store.rows import COLUMNS

MAX_FRAME = 512 * 1024 * 1024
_HEADER = struct.Struct(">I")
_SEQ = struct.Struct(">Q")
_COLUMNS = set(COLUMNS)


class MalformedMessage(ValueError):
    """A frame from a worker that is not a well-formed result."""


@dataclass(frozen=True, slots=True, eq=False)
class PageRow:
    """A page as a run streams it from a corpus: its id and sha256, and where its columns are (row `row` of
    `batch`, as `Corpus.record_batches` reads it). The worker makes the Page."""

    id: str
    sha256: str
    batch: pa.RecordBatch
    row: int


Layout = tuple[tuple[str, int], ...]  # ("arrow" | "pickle", size) of each piece of a batch


@dataclass(frozen=True, slots=True)
class Piece:
    """One part of a batch in a spool: pickled bytes, or rows of an Arrow batch written as an IPC stream."""

    kind: str  # "pickle" or "arrow"
    size: int  # bytes it takes in the spool
    data: Any  # the bytes, or the pa.RecordBatch

    @classmethod
    def pickled(cls, value: Any) -> Piece:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        return cls("pickle", len(data), data)

    @classmethod
    def arrow(cls, batch: pa.RecordBatch) -> Piece:
        measure = pa.MockOutputStream()
        _write_stream(measure, batch)
        return cls("arrow", measure.size(), batch)

    def write(self, view: memoryview) -> None:
        """Write the piece into `view` (exactly `size` bytes): an IPC stream straight from the batch's buffers."""
        if self.kind == "arrow":
            sink = pa.FixedSizeBufferWriter(pa.py_buffer(view))
            _write_stream(sink, self.data)
            sink.close()
        else:
            view[:] = self.data


def _write_stream(sink: Any, batch: pa.RecordBatch) -> None:
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)


def pack_pages(pages: Sequence[Page | PageRow]) -> list[Piece]:
    """A batch of pages as pieces for a spool: each run of rows of one Arrow batch as those rows (a slice where
    they follow each other, else a copy), each run of Page objects pickled."""
    pieces: list[Piece] = []
    for _, run in groupby(pages, key=lambda page: id(page.batch) if isinstance(page, PageRow) else None):
        group = list(run)
        if not isinstance(group[0], PageRow):
            pieces.append(Piece.pickled(group))
            continue
        batch, rows = group[0].batch, [page.row for page in group if isinstance(page, PageRow)]
        contiguous = rows == list(range(rows[0], rows[0] + len(rows)))
        pieces.append(Piece.arrow(batch.slice(rows[0], len(rows)) if contiguous
                                  else batch.take(pa.array(rows, pa.int64()))))
    return pieces


def layout_of(pieces: Sequence[Piece]) -> Layout:
    """What the worker needs to split a batch back into its pieces."""
    return tuple((piece.kind, piece.size) for piece in pieces)


def unpack_pages(data: bytes, layout: Layout, *, with_gold: bool) -> list[Page]:
    """The Pages of a batch packed by `pack_pages` (their gold only `with_gold`: for extractors that use it)."""
    pages: list[Page] = []
    view, at = memoryview(data), 0
    for kind, length in layout:
        piece = view[at:at + length]
        at += length
        if kind == "arrow":
            for batch in pa.ipc.open_stream(pa.py_buffer(piece)):
                pages += pages_of(batch, with_gold=with_gold and "blocks" in batch.schema.names)
        else:
            pages += [page if with_gold or page.gold is None else replace(page, gold=None)
                      for page in pickle.loads(piece)]
    if at != len(data):
        raise ValueError(f"a batch of {len(data)} bytes laid out as {at}")
    return pages


def frame(payload: bytes) -> bytes:
    """`payload` with its length prefix."""
    return _HEADER.pack(len(payload)) + payload


def task_frame(message: Any) -> bytes:
    """A parent-to-worker message, framed."""
    return frame(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


def result_frame(seq: int, line: bytes) -> bytes:
    """A worker-to-parent result: the task's number and the page's journal line (ASCII JSON), framed."""
    return frame(_SEQ.pack(seq) + line)


class Spool:
    """The parent's side of a worker's spool: batches placed where no batch the worker has not read yet lies.

    The worker reads a batch whole before it answers any page of it, so a result for a page
    frees its batch and every earlier one (`consumed`). Space is reused from the start of the
    file; it grows only while more batches are unread than fit, and shrinks back once every
    batch was read. The file is a memfd where the system has them, else an unlinked temporary
    file: either way it goes away with the last process that holds it, killed or not. It is
    closed on exec, so a program an extractor starts does not hold it. The parent writes through
    a mapping of the file (one copy of a batch's bytes); the worker reads with pread.
    """

    SHRINK = 64 << 20  # an idle spool larger than this is cut back to nothing

    def __init__(self) -> None:
        try:
            self.fd = os.memfd_create("newsbench-spool", os.MFD_CLOEXEC)
        except (AttributeError, OSError):
            handle = tempfile.TemporaryFile()  # noqa: SIM115 - the descriptor outlives the object on purpose
            self.fd = os.dup(handle.fileno())
            handle.close()
        self.size = 0  # the file's size: the end of the farthest batch written since it was last cut back
        self.map: mmap.mmap | None = None  # the parent's mapping of the file, `size` bytes
        self.unread: deque[tuple[int, int, int]] = deque()  # (first seq, start, end) of the batches not yet read

    def put(self, pieces: Sequence[Piece], first_seq: int) -> tuple[int, int]:
        """Write `pieces`, one after the other, at a free place (through the parent's mapping of the file: one copy
        of the bytes); return (offset, length)."""
        length = sum(piece.size for piece in pieces)
        offset = at = self._place(length)
        if length:  # an empty file cannot be mapped
            mapped = self._mapped(offset + length)
            for piece in pieces:
                with memoryview(mapped)[at:at + piece.size] as view:
                    piece.write(view)
                at += piece.size
        self.unread.append((first_seq, offset, offset + length))
        return offset, length

    def _mapped(self, end: int) -> mmap.mmap:
        """The mapping, the file grown to at least `end` bytes first."""
        if self.map is None or end > self.size:
            self._unmap()
            self.size = max(self.size, end)
            os.ftruncate(self.fd, self.size)
            self.map = mmap.mmap(self.fd, self.size)
        return self.map

    def _unmap(self) -> None:
        if self.map is not None:
            self.map.close()
            self.map = None

    def _place(self, length: int) -> int:
        """The first of 0 and the unread batches' ends where `length` bytes overlap no unread batch."""
        spans = sorted((start, end) for _, start, end in self.unread)
        for candidate in (0, *(end for _, end in spans)):
            if all(candidate + length <= start or candidate >= end for start, end in spans):
                return candidate
        raise AssertionError("the end of the last unread batch is always free")  # pragma: no cover

    def consumed(self, seq: int) -> None:
        """The worker answered the page numbered `seq`: its batch and every earlier one have been read."""
        while self.unread and self.unread[0][0] <= seq:
            self.unread.popleft()
        if not self.unread and self.size > self.SHRINK:
            self._unmap()
            os.ftruncate(self.fd, 0)
            self.size = 0

    def close(self) -> None:
        self._unmap()
        os.close(self.fd)


def read_spooled(fd: int, offset: int, length: int) -> bytes:
    """The bytes a `Spool` wrote at (offset, length), read by the worker from its inherited descriptor."""
    data = _read_fully(lambda size, done: os.pread(fd, size, offset + done), length)
    if data is None:
        raise EOFError(f"the spool ends short of a batch of {length} bytes at {offset}")
    return data


def read_exact(fd: int, size: int) -> bytes | None:
    """Exactly `size` bytes from a blocking descriptor; None at end of file."""
    return _read_fully(lambda left, _: os.read(fd, min(left, 1 << 20)), size)


def _read_fully(read: Callable[[int, int], bytes], size: int) -> bytes | None:
    """`size` bytes from `read(bytes left, bytes done)`, called until it has them all; None if it returns nothing
    first."""
    parts, done = [], 0
    while done < size:
        chunk = read(size - done, done)
        if not chunk:
            return None
        parts.append(chunk)
        done += len(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_message(fd: int) -> Any:
    """The next parent-to-worker message (blocking); None when the parent closed the pipe."""
    header = read_exact(fd, _HEADER.size)
    if header is None:
        return None
    payload = read_exact(fd, _HEADER.unpack(header)[0])
    return None if payload is None else pickle.loads(payload)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte to a blocking descriptor."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class FrameReader:
    """Collects bytes read from a worker and splits them into frames."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes | MalformedMessage]:
        """Add `data`; return the frames completed, in order, then a MalformedMessage if a frame longer than
        MAX_FRAME follows them (after which the stream cannot be read any further)."""
        self.buffer += data
        out: list[bytes | MalformedMessage] = []
        while len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            if size > MAX_FRAME:
                out.append(MalformedMessage(f"a frame of {size} bytes (more than {MAX_FRAME})"))
                break
            if len(self.buffer) < _HEADER.size + size:
                break
            out.append(bytes(self.buffer[_HEADER.size:_HEADER.size + size]))
            del self.buffer[:_HEADER.size + size]
        return out


def parse_result(payload: bytes, seq: int) -> tuple[dict[str, Any], bytes]:
    """A worker's result for the task numbered `seq`: the stored row and its journal line, checked for shape (a
    journal line whose checksum is its row's, a row with every column, a string or null error, a finite number of
    seconds); MalformedMessage otherwise. The columns' types were checked by the worker (`store.rows.checked`)."""
    if len(payload) < _SEQ.size:
        raise MalformedMessage("a result without its task number")
    (number,) = _SEQ.unpack_from(payload)
    if number != seq:
        raise MalformedMessage(f"result for task {number}, expected {seq}")
    line = payload[_SEQ.size:]
    if not line.endswith(b"\n") or line.count(b"\n") != 1:
        raise MalformedMessage("not one journal line")
    try:
        text = row_text(line)
    except ValueError as exc:
        raise MalformedMessage(str(exc)) from exc
    try:
        row = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedMessage(f"not JSON ({exc})") from exc
    if not isinstance(row, dict):
        raise MalformedMessage("the row is not an object")
    if set(row) != _COLUMNS:
        raise MalformedMessage("the row has the wrong columns")
    seconds = row["seconds"]
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds):
        raise MalformedMessage("seconds is not a number")
    for key in ("error", "error_kind"):
        if row[key] is not None and not isinstance(row[key], str):
            raise MalformedMessage(f"{key} is not a string")
    return row, line
