"""The messages between the runner and its workers: length-prefixed frames over two pipes.

Parent to worker: pickled batches of pages for one extractor (the parent is trusted by its
workers). Worker to parent: one JSON object per finished page, never pickle, so that bytes an
extractor writes into its worker's pipe can at worst be a malformed message, which the parent
reports as that task's failure; they can never run code in the parent or crash it. A frame
longer than MAX_FRAME is malformed too. The parent reads without blocking and keeps partial
frames, so a worker that stops mid-frame is caught by the task's time limit.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import struct
from typing import Any

from newsbench.extractors.base import FIELDS

MAX_FRAME = 512 * 1024 * 1024
_HEADER = struct.Struct(">I")
_RESULT_KEYS = {"seq", "prediction", "error", "error_kind", "seconds"}
_PREDICTION_KEYS = {*FIELDS, "blocks", "block_kinds"}


class MalformedMessage(ValueError):
    """A frame from a worker that is not a well-formed result."""


def frame(payload: bytes) -> bytes:
    """`payload` with its length prefix."""
    return _HEADER.pack(len(payload)) + payload


def task_frame(message: Any) -> bytes:
    """A parent-to-worker message, framed."""
    return frame(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


def result_frame(result: dict[str, Any]) -> bytes:
    """A worker-to-parent result, as framed ASCII JSON (lone surrogates travel as escapes)."""
    return frame(json.dumps(result, ensure_ascii=True, allow_nan=False).encode("ascii"))


def read_exact(fd: int, size: int) -> bytes | None:
    """Exactly `size` bytes from a blocking descriptor; None at end of file."""
    parts, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


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


def parse_result(payload: bytes, seq: int) -> dict[str, Any]:
    """A worker's result for the task numbered `seq`, checked for shape; MalformedMessage otherwise."""
    try:
        result = json.loads(payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedMessage(f"not JSON ({exc})") from exc
    if not isinstance(result, dict) or set(result) != _RESULT_KEYS:
        raise MalformedMessage("not a result object")
    if result["seq"] != seq:
        raise MalformedMessage(f"result for task {result['seq']!r}, expected {seq}")
    prediction = result["prediction"]
    if not isinstance(prediction, dict) or set(prediction) != _PREDICTION_KEYS:
        raise MalformedMessage("the prediction has the wrong fields")
    seconds = result["seconds"]
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds):
        raise MalformedMessage("seconds is not a number")
    for key in ("error", "error_kind"):
        if result[key] is not None and not isinstance(result[key], str):
            raise MalformedMessage(f"{key} is not a string")
    return result
