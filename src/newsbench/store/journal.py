"""The write-ahead journal of one store writer: one checksummed JSON line per finished prediction, flushed at once.

A line is `{"row":{...},"sha256":"<first 16 hex digits of the sha256 of the row as canonical JSON>"}`, the row
written in that canonical form (sorted keys, no spaces, ASCII),
so that damage which still parses as JSON (a changed digit or letter) is detected, not read back
as a different prediction. A last line cut mid-write (the process was killed) is dropped with a
warning; it is truncated away before the next append. Any other bad line is a StoreError naming
the file and the line. A version 1 journal (`journal.jsonl`, bare rows, no checksum) is read
with shape checks only; a line written by a version 2 store (no `block_kinds`) reads it null.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from pathlib import Path
from typing import Any

from newsbench.errors import NewsbenchError
from newsbench.store.rows import ROW_VERSION, RowError, checked, columns_of


class StoreError(NewsbenchError):
    """A prediction store that cannot be read, is damaged, or was written by an incompatible version."""


class StoreWarning(UserWarning):
    """Something in a store was repaired (a cut journal line) or set aside (rows of other versions)."""


def _canonical(row: dict[str, Any]) -> bytes:
    """A row as canonical JSON: sorted keys, no spaces, ASCII (what its checksum is taken of)."""
    return json.dumps(row, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii")


# A line is _PREFIX, the row's canonical JSON, _MIDDLE, its 16-digit checksum and _END.
_PREFIX, _MIDDLE, _END = b'{"row":', b',"sha256":"', b'"}\n'
_TAIL = len(_MIDDLE) + 16 + len(_END)


def _checksum(text: bytes) -> bytes:
    """The checksum of a row's canonical JSON: the first 16 hex digits of its sha256."""
    return hashlib.sha256(text).hexdigest()[:16].encode("ascii")


def row_digest(row: dict[str, Any]) -> str:
    """The checksum a journal line carries: sha256 of the row as canonical JSON, first 16 hex digits."""
    return _checksum(_canonical(row)).decode("ascii")


def encode_line(row: dict[str, Any]) -> bytes:
    """The journal line of a checked row (ASCII JSON, newline-terminated); the row is written in the canonical form
    its checksum is taken of, so it is serialised once."""
    text = _canonical(row)
    return _PREFIX + text + _MIDDLE + _checksum(text) + _END


def row_text(line: bytes) -> bytes:
    """The row's JSON text in a line made by `encode_line`, checked against the line's checksum: one hash, the row
    not encoded again. ValueError saying what is wrong: not of that form, or a checksum that is not its row's.

    >>> row_text(encode_line({"a": 1}))
    b'{"a":1}'
    """
    if (len(line) < len(_PREFIX) + _TAIL or not line.startswith(_PREFIX) or not line.endswith(_END)
            or line[-_TAIL:-_TAIL + len(_MIDDLE)] != _MIDDLE):
        raise ValueError("not a journal line")
    text = line[len(_PREFIX):-_TAIL]
    if _checksum(text) != line[-16 - len(_END):-len(_END)]:
        raise ValueError("checksum mismatch (the line was changed after it was written)")
    return text


def _complete(data: bytes) -> int:
    """The length of `data` up to and including its last newline."""
    return data.rfind(b"\n") + 1


def read_journal(path: Path, *, legacy: bool = False) -> list[dict[str, Any]]:
    """Every row of a journal, checked; a cut last line is dropped with a StoreWarning (the file is not changed)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(f"unreadable journal: {exc}", file=str(path)) from exc
    end = _complete(data)
    rows = []
    for number, line in enumerate(data[:end].splitlines(), start=1):
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise StoreError(f"line {number} is not JSON: {exc}", file=str(path)) from exc
        try:
            if legacy:
                rows.append(checked(obj, version=1))
                continue
            if not isinstance(obj, dict) or set(obj) != {"row", "sha256"}:
                raise RowError("a journal line must be an object with exactly `row` and `sha256`")
            # a line written before block_kinds existed (store version 2) has every other column
            version = 2 if isinstance(obj["row"], dict) and "block_kinds" not in obj["row"] else ROW_VERSION
            row = checked(obj["row"], version=version)
        except RowError as exc:
            raise StoreError(f"line {number}: {exc}", file=str(path)) from exc
        written = row if version == ROW_VERSION else {k: v for k, v in row.items() if k in columns_of(version)}
        if row_digest(written) != obj["sha256"]:
            raise StoreError(f"line {number}: checksum mismatch (the line was changed after it was written)",
                             file=str(path))
        rows.append(row)
    if end < len(data):
        warnings.warn(f"{path}: dropped a truncated last line ({len(data) - end} bytes) written when a run was "
                      "interrupted; that prediction will be recomputed", StoreWarning, stacklevel=2)
    return rows


class Journal:
    """An open journal: `write` appends one line and hands it to the operating system before returning."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():  # cut a partial last line left by a killed writer before appending after it
            size = _complete(self.path.read_bytes())
            with self.path.open("r+b") as fh:
                fh.truncate(size)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, data: bytes) -> None:
        """Append a line made by `encode_line` (of a checked row)."""
        written = os.write(self._fd, data)
        while written < len(data):  # a short write (signal, full pipe of a FUSE mount): write the rest
            written += os.write(self._fd, data[written:])

    def reset(self) -> None:
        """Empty the journal (its rows are now in a committed shard)."""
        os.ftruncate(self._fd, 0)

    def close(self, *, remove: bool) -> None:
        """Close the file; `remove` deletes it (every row of it is in a committed shard)."""
        os.close(self._fd)
        if remove:
            self.path.unlink(missing_ok=True)
