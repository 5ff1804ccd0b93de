"""The lock of a run folder: one writer at a time (run, import of predictions, compaction, scoring).

An exclusive `flock` on `<run folder>/.lock`, which the kernel releases when the holder exits
however it exits (kill -9 included), so a stale lock cannot outlive its process. The file holds
the holder's pid, command and start time for the message a second writer gets. A second writer
stops at once with that message (exit 1) unless it was asked to wait. The tasks of a Ray run
write under the lock their driver holds. `flock` works on local file systems and on NFSv4; on a
file system without it, the lock is refused with the reason.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from newsbench.errors import NewsbenchError


class FolderBusy(NewsbenchError):
    """Another newsbench process holds the run folder."""


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return f"pid {info['pid']}, `{info['command']}`, since {info['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


@contextmanager
def locked(folder: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the run folder's lock for the body; FolderBusy (naming the holder) if it stays taken for `wait` seconds."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise FolderBusy(f"the run folder is in use by {_holder(path)}; wait for it to finish or use "
                                     "another --output", file=str(folder)) from None
                time.sleep(0.2)
            except OSError as exc:
                raise FolderBusy(f"cannot lock the run folder: {exc}", file=str(path)) from exc
        info = {"pid": os.getpid(), "command": " ".join(["newsbench", *sys.argv[1:]])[:300],
                "since": datetime.now(UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
