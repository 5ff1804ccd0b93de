"""The socket guard refuses every way Python offers to reach the network; network namespaces isolate workers.

No test here sends a packet anywhere but the loopback interface: the refusals run in a network
namespace of their own when the system allows it (`unshare -n`), and otherwise rely on the guard
refusing before the call, to TEST-NET-2 addresses (198.51.100.0/24) and reserved names only. The
C-level bypasses are tried only from inside a namespace the test has checked it is in.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import newsbench
from newsbench.corpus.pages import Page, read_corpus
from newsbench.extractors.base import Adapter, Prediction
from newsbench.extractors.registry import describe
from newsbench.run.pool import Limits, run_tasks
from newsbench.run.sandbox import isolate_workers, isolation_problem
from newsbench.store.predictions import Store

SRC = str(Path(newsbench.__file__).parents[1])
ISOLATION = isolation_problem()
needs_isolation = pytest.mark.skipif(ISOLATION is not None, reason=f"no network namespaces here: {ISOLATION}")


def _unshare_prefix() -> list[str]:
    """`unshare -n` (as root) or `unshare -rn`, when one of them works here; [] otherwise."""
    if shutil.which("unshare") is None:
        return []
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return []


def _python(code: str, prefix: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": SRC})


ATTEMPTS = """
import _socket, json, socket
from newsbench.run.sandbox import NetworkRefused, install_network_guard, take_attempts
install_network_guard()
far, name = ("198.51.100.7", 80), "newsbench-guard-test.invalid"
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
tries = {
    "getaddrinfo": lambda: socket.getaddrinfo(name, 443),
    "_socket.getaddrinfo": lambda: _socket.getaddrinfo(name, 443),
    "gethostbyname": lambda: socket.gethostbyname(name),
    "gethostbyname_ex": lambda: socket.gethostbyname_ex(name),
    "_socket.gethostbyname": lambda: _socket.gethostbyname(name),
    "gethostbyaddr": lambda: socket.gethostbyaddr(far[0]),
    "getnameinfo": lambda: socket.getnameinfo(far, 0),
    "connect": lambda: socket.socket().connect(far),
    "connect_ex": lambda: socket.socket().connect_ex(far),
    "create_connection": lambda: socket.create_connection(far, timeout=1),
    "sendto": lambda: udp.sendto(b"x", far),
    "sendto with flags": lambda: udp.sendto(b"x", 0, far),
    "sendmsg": lambda: udp.sendmsg([b"x"], [], 0, far),
    "_socket.socket().connect": lambda: _socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(far),
    "_socket.socket.connect(sock)": lambda: _socket.socket.connect(socket.socket(), far),
    "_socket.socket().sendmsg": lambda: _socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendmsg([b"x"], [], 0, far),
}
outcome = {}
for label, attempt in tries.items():
    try:
        attempt()
        outcome[label] = "went through"
    except NetworkRefused:
        outcome[label] = "refused"
    except OSError as exc:
        outcome[label] = f"not refused by the guard: {exc}"
print(json.dumps({"outcome": outcome, "recorded": sorted(set(take_attempts()))}))
"""


def test_every_python_route_to_the_network_is_refused_and_recorded() -> None:
    prefix = _unshare_prefix()  # a guard that failed would still reach nothing from inside the namespace
    done = _python(ATTEMPTS, prefix)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["outcome"] == dict.fromkeys(report["outcome"], "refused"), report["outcome"]
    assert len(report["outcome"]) == 16
    assert report["recorded"] == ["198.51.100.7", "198.51.100.7:80", "newsbench-guard-test.invalid",
                                  "newsbench-guard-test.invalid:443"]


def test_the_local_machine_stays_reachable_through_every_wrapped_call() -> None:
    done = _python("""
        import _socket, json, socket
        from newsbench.run.sandbox import install_network_guard, take_attempts
        install_network_guard()
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        here = server.getsockname()
        socket.create_connection(here, timeout=5).close()
        raw = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        raw.connect(here)
        raw.close()
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", 0))
        udp.sendmsg([b"x"], [], 0, udp.getsockname())
        print(json.dumps({"localhost": socket.gethostbyname("localhost"), "datagram": udp.recv(4).decode(),
                          "family": repr(socket.getaddrinfo("127.0.0.1", 80)[0][0]), "attempts": take_attempts()}))
    """, [])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"localhost": "127.0.0.1", "datagram": "x",
                                       "family": "<AddressFamily.AF_INET: 2>", "attempts": []}


class NamespaceProbe(Adapter):
    """Reports the network namespace it runs in and, only when that is not the parent's, what a C-level
    connection (the socket type the guard cannot change) and a child process can reach from there."""

    name = "namespace-probe"
    produces = frozenset({"body"})

    def __init__(self, parent_namespace: str) -> None:
        super().__init__()
        self.parent_namespace = parent_namespace

    def extract(self, page: Page) -> Prediction:
        here = os.readlink("/proc/self/ns/net")
        found = {"namespace": here, "interfaces": sorted(name for _, name in socket.if_nameindex())}
        if here != self.parent_namespace:  # isolated: nothing below can leave the machine
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                socket.SocketType.connect(sock, ("198.51.100.7", 80))
                found["c-level"] = "connected"
            except OSError as exc:
                found["c-level"] = os.strerror(exc.errno or 0)
            child = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('198.51.100.7', 80), 5)"],
                                   capture_output=True, text=True, timeout=60)
            found["child"] = child.stderr.strip().splitlines()[-1] if child.returncode else "connected"
        return Prediction(body=json.dumps(found))


@needs_isolation
def test_isolated_workers_have_no_network_even_below_the_guard(tiny_dataset: Path, tmp_path: Path) -> None:
    parent = os.readlink("/proc/self/ns/net")
    probe = NamespaceProbe(parent)
    store = Store(tmp_path / "store").open()
    isolate_workers(True)
    try:
        with store.writer("test") as writer:
            run_tasks([(page, (probe.name,)) for page in read_corpus(tiny_dataset).pages], {probe.name: lambda: probe},
                      {probe.name: describe(probe)}, writer, jobs=2, limits=Limits(timeout=60),
                      log=tmp_path / "workers.log")
    finally:
        isolate_workers(False)
    store.compact()
    rows = store.rows()
    assert len(rows) == 3 and all(r["error"] is None for r in rows), rows
    for row in rows:
        found = json.loads(row["body"])
        assert found["namespace"] != parent
        assert found["interfaces"] == ["lo"]
        assert found["c-level"] == "Network is unreachable"
        assert found["child"] == "OSError: [Errno 101] Network is unreachable"
    assert os.readlink("/proc/self/ns/net") == parent  # the parent itself never moves


@needs_isolation
def test_the_command_runs_isolated_workers_and_records_it(tiny_dataset: Path, tmp_path: Path) -> None:
    from conftest import run_newsbench

    done = run_newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext,trafilatura", "--output",
                         str(tmp_path / "run"), "--isolate-network", "--quiet", "--no-score")
    assert done.returncode == 0, done.stderr
    assert "predictions: 6 computed" in done.stdout
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert manifest["limits"]["isolate_network"] is True
    assert manifest["counts"]["failures"] == {}


def test_without_namespaces_isolation_is_refused_before_anything_runs(tiny_dataset: Path, tmp_path: Path) -> None:
    if ISOLATION is None:
        pytest.skip("network namespaces work here: the refusal cannot be seen")
    from newsbench.api import run_extractors
    from newsbench.run.sandbox import IsolationUnavailable

    with pytest.raises(IsolationUnavailable, match="cannot be isolated from the network here"):
        run_extractors(["fulltext"], tiny_dataset, output=tmp_path / "run", isolate_network=True)
    assert not (tmp_path / "run" / "manifest.json").exists()
