"""Extractors that misbehave on purpose, importable by name (registry targets, Ray tasks): the runner must contain them.

Each writes what it did to files under the folder named by NEWSBENCH_TEST_DIR, so that a test
can check from outside (a process id to look for, a marker that a step ran).
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import socket
import subprocess
import time
from pathlib import Path

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


def _dir() -> Path:
    return Path(os.environ["NEWSBENCH_TEST_DIR"])


class Body(Adapter):
    """A well-behaved extractor: the first 20 characters of the page as its body."""

    name = "test-body"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        return Prediction(body=page.html[:20])


class SaysIfGold(Adapter):
    """A well-behaved extractor that does not use the gold: its body says whether it was given the page's gold."""

    name = "test-says-if-gold"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        return Prediction(body="given the gold" if page.gold is not None else "no gold")


class SpawnsAndHangs(Adapter):
    """Starts a long `sleep` (its pid written to spawned.pid), then hangs past any time limit."""

    name = "test-spawns-and-hangs"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        child = subprocess.Popen(["sleep", "600"])
        (_dir() / "spawned.pid").write_text(str(child.pid))
        (_dir() / "worker.pid").write_text(str(os.getpid()))
        time.sleep(600)
        return Prediction(body="never")


class Sleepy(Adapter):
    """Takes NEWSBENCH_TEST_SLEEP seconds a page: a timeout with a short limit, a result with a long one."""

    name = "test-sleepy"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        time.sleep(float(os.environ.get("NEWSBENCH_TEST_SLEEP", "2")))
        return Prediction(body="slept")


class Scribbler(Adapter):
    """Writes NEWSBENCH_TEST_GARBAGE (hex) into every pipe this process may write to, then returns normally."""

    name = "test-scribbler"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        garbage = bytes.fromhex(os.environ["NEWSBENCH_TEST_GARBAGE"])
        for name in os.listdir("/proc/self/fd"):
            fd = int(name)
            try:
                if os.readlink(f"/proc/self/fd/{fd}").startswith("pipe:") and \
                        fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY and fd > 2:
                    os.write(fd, garbage)
            except OSError:
                pass
        return Prediction(body="scribbled")


class ConnectsWhenBuilt(Adapter):
    """Tries to reach a documentation address (TEST-NET-2) in its constructor."""

    name = "test-connects-when-built"
    produces = frozenset({"body"})

    def __init__(self) -> None:
        super().__init__()
        (_dir() / "constructed.pid").write_text(str(os.getpid()))
        socket.create_connection(("198.51.100.7", 80), timeout=2)

    def extract(self, page: Page) -> Prediction:
        return Prediction(body="x")


class CrashesWhenDescribed(Adapter):
    """Segfaults in `version()`."""

    name = "test-crashes-when-described"
    produces = frozenset({"body"})

    def version(self) -> str:
        ctypes.string_at(0)
        return "1"

    def extract(self, page: Page) -> Prediction:
        return Prediction(body="x")


class Segfaults(Adapter):
    """Segfaults on the page whose id ends in "-02"; fine elsewhere."""

    name = "test-segfaults"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        if page.id.endswith("-02"):
            ctypes.string_at(0)
        return Prediction(body=page.html[:20])


class KillsItsHostOnce(Adapter):
    """On the page whose id ends in "-02", the first time only (marker file), kills the process that runs the pool
    (its parent: a Ray worker) with SIGKILL, as a node failure or the out-of-memory killer would."""

    name = "test-kills-its-host-once"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        marker = _dir() / "killed-host"
        if page.id.endswith("-02") and not marker.exists():
            marker.write_text(str(os.getppid()))
            os.kill(os.getppid(), 9)
            time.sleep(60)
        return Prediction(body=page.html[:20])
