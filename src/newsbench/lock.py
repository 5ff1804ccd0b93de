"""An exclusive lock on an output path, so that two newsbench processes never write the same folder at once."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from newsbench.errors import NewsbenchError


class Busy(NewsbenchError):
    """Another process holds the lock on the path: this writer stops instead of interleaving with it."""


def lock_path(target: Path) -> Path:
    """The lock file of `target`: `.<name>.lock` beside it."""
    target = Path(target)
    return target.parent / f".{target.name}.lock"


@contextlib.contextmanager
def exclusive(target: Path, what: str = "folder") -> Iterator[None]:
    """Hold the lock of `target` for the duration of the block; Busy at once when another process holds it.

    The lock is flock(2) on `lock_path(target)`, which the kernel releases when its holder dies
    (kill -9 leaves no stale lock). The file holds the holder's pid, for the message, and is
    removed on release; a process that locked a file removed meanwhile retries on the new one,
    so two holders never coexist. The parent folder of `target` must exist.
    """
    path = lock_path(target)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise Busy(f"another newsbench process{who} is writing this {what}; wait for it to finish "
                       f"(lock file {path})", file=str(target)) from None
        try:
            current = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if current:
            break
        os.close(fd)  # locked a lock file its previous holder had just removed: take the new one
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        os.close(fd)
