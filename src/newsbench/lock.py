"""An exclusive lock on an output, so that two newsbench processes never write the same folder at once.

One implementation for every writer: dataset folders (`build`, `import`, `download`: the lock
file `.<name>.lock` beside the folder) and run folders (`run`, `score`, `import-predictions`,
`compact`: `<run folder>/.lock`, held by a Ray run's driver for its tasks). The lock is `flock(2)`,
which the kernel releases when its holder exits however it exits (kill -9 included), so a stale
lock cannot outlive its process; it works on local file systems and NFSv4, and on a file system
without it the lock is refused with the reason. The file holds the holder's pid, command and
start time, for the message a second writer gets; it is removed on release.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsbench.errors import NewsbenchError


class Busy(NewsbenchError):
    """Another process holds the lock: this writer stops instead of interleaving with it."""


def lock_path(target: Path) -> Path:
    """The lock file of a dataset folder `target`: `.<name>.lock` beside it."""
    target = Path(target)
    return target.parent / f".{target.name}.lock"


def _holder(fd: int) -> str:
    """The holder recorded in a lock file, for the message."""
    text = os.pread(fd, 1024, 0).decode("utf-8", "replace").strip()
    try:
        info = json.loads(text)
        return f"pid {info['pid']}, `{info['command']}`, since {info['since']}"
    except (ValueError, KeyError, TypeError):
        return f"pid {text}" if text.isdigit() else "another process"


@contextlib.contextmanager
def exclusive(target: Path, what: str = "folder", *, path: Path | None = None, wait: float = 0.0) -> Iterator[None]:
    """Hold the lock of `target` for the duration of the block; Busy (naming the holder) if it stays taken `wait` s.

    `path` is the lock file (default `lock_path(target)`); its folder must exist. A process that
    locked a file removed meanwhile by its previous holder retries on the new one, so two holders
    never coexist.
    """
    path = Path(path) if path is not None else lock_path(target)
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if time.monotonic() < deadline:
                os.close(fd)
                time.sleep(0.2)
                continue
            holder = _holder(fd)
            os.close(fd)
            raise Busy(f"the {what} is in use by {holder}; wait for it to finish or write elsewhere "
                       f"(lock file {path})", file=str(target)) from None
        except OSError as exc:
            os.close(fd)
            raise Busy(f"cannot lock the {what}: {exc}", file=str(path)) from exc
        try:
            current = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if current:
            break
        os.close(fd)  # locked a lock file its previous holder had just removed: take the new one
    try:
        info = {"pid": os.getpid(), "command": " ".join(["newsbench", *sys.argv[1:]])[:300],
                "since": datetime.now(UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        os.close(fd)
