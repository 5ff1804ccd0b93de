"""What a worker process may do: no network beyond the local machine (the memory cap is `extractors.memory`).

Two layers. The socket guard (`install_network_guard`) wraps Python's socket API in every
worker: connections, datagrams and name lookups to anything but the local machine are refused
and recorded. It sees only calls made through Python's `socket` and `_socket` modules: a C
extension that opens its own sockets, or a subprocess the extractor starts (node, curl), is
invisible to it. For plugins that are not trusted, `isolate_workers(True)` (`newsbench run
--isolate-network`) puts every worker forked afterwards into a network namespace of its own
(Linux, unshare(2)): it has no interface but a loopback that is down, so nothing the worker or
its children do, in Python or not, reaches any network.
"""

from __future__ import annotations

import _socket
import ctypes
import ipaddress
import os
import socket
import subprocess
import sys
from typing import Any

from newsbench.errors import NewsbenchError

_attempts: list[str] = []
_installed = False
_isolating_for: int | None = None  # pid of the process whose forked workers enter a network namespace
_isolated = False

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


class NetworkRefused(ConnectionRefusedError):
    """Raised inside a worker when code tries to reach a host other than the local machine."""


class IsolationUnavailable(NewsbenchError):
    """Workers cannot be put into a network namespace of their own on this system."""


def _is_local(host: Any) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host)
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _target(address: Any) -> tuple[Any, Any]:
    if isinstance(address, tuple) and address:
        return address[0], address[1] if len(address) > 1 else None
    return None, None  # AF_UNIX paths are local by nature


def _refuse(host: Any, port: Any) -> None:
    where = f"{host}:{port}" if port is not None else str(host)
    _attempts.append(where)
    raise NetworkRefused(f"newsbench sandbox: network access to {where} refused")


def _check(sock: Any, address: Any) -> None:
    """Refuse `address` when `sock` is an internet socket and the address is not the local machine."""
    host, port = _target(address)
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(host):
        _refuse(host, port)


def _guarded_methods(base: type) -> dict[str, Any]:
    """Guarded connect, connect_ex, sendto and sendmsg calling `base`'s own."""
    connect, connect_ex, sendto, sendmsg = base.connect, base.connect_ex, base.sendto, base.sendmsg  # type: ignore[attr-defined]

    def guarded_connect(self: Any, address: Any) -> Any:
        _check(self, address)
        return connect(self, address)

    def guarded_connect_ex(self: Any, address: Any) -> Any:
        _check(self, address)
        return connect_ex(self, address)

    def guarded_sendto(self: Any, data: Any, *args: Any) -> Any:
        _check(self, args[-1] if args else None)  # sendto(data, address) or sendto(data, flags, address)
        return sendto(self, data, *args)

    def guarded_sendmsg(self: Any, buffers: Any, *args: Any) -> Any:
        _check(self, args[2] if len(args) >= 3 else None)  # sendmsg(buffers, ancdata, flags, address)
        return sendmsg(self, buffers, *args)

    return {"connect": guarded_connect, "connect_ex": guarded_connect_ex, "sendto": guarded_sendto,
            "sendmsg": guarded_sendmsg}


def _guarded_lookup(name: str, lookup: Any) -> Any:
    """The lookup `name` of `_socket` (getaddrinfo, gethostbyname, ...), refused for anything not local."""
    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if name == "getnameinfo":  # getnameinfo((host, port), flags)
            target, port = _target(host)
        else:
            target, port = host, (args[0] if args else kwargs.get("port")) if name == "getaddrinfo" else None
        if not _is_local(target):
            _refuse(target, port)
        return lookup(host, *args, **kwargs)
    return guarded


_LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")


def install_network_guard() -> None:
    """Refuse every connection and name lookup except to the local machine, and record each attempt.

    Wraps connect, connect_ex, sendto and sendmsg of `socket.socket`, replaces `_socket.socket`
    by a guarded subclass (so `_socket.socket.connect(sock, address)` is guarded too; the C type
    itself, still reachable as `socket.SocketType`, cannot be changed), and wraps
    getaddrinfo, gethostbyname, gethostbyname_ex, gethostbyaddr and getnameinfo in both `socket`
    and `_socket`. The attempts are recorded so that an extractor that swallows the error is
    still reported. In a worker forked after `isolate_workers(True)`, the process first enters a
    network namespace of its own (`enter_network_namespace`).
    """
    global _installed
    if _isolating_for is not None and os.getpid() != _isolating_for and not _isolated:
        enter_network_namespace()
    if _installed:
        return
    for name, method in _guarded_methods(socket.socket).items():
        setattr(socket.socket, name, method)
    _socket.socket = type("socket", (_socket.socket,), {  # type: ignore[misc,assignment]
        **_guarded_methods(_socket.socket), "__module__": "_socket", "__slots__": ()})
    for module in (socket, _socket):  # socket.getaddrinfo is a Python wrapper (enums) around _socket's
        for name in _LOOKUPS:
            setattr(module, name, _guarded_lookup(name, getattr(module, name)))
    _installed = True


def take_attempts() -> list[str]:
    """The refused network attempts since the last call (and forget them)."""
    out = list(_attempts)
    _attempts.clear()
    return out


def isolate_workers(enabled: bool) -> None:
    """Whether worker processes forked from this process from now on enter a network namespace of their own.

    The caller (the run pipeline) checks `isolation_problem()` first and turns this off again
    after the run; this process itself is never moved.
    """
    global _isolating_for
    _isolating_for = os.getpid() if enabled else None


def enter_network_namespace() -> None:
    """Move this process (it must have one thread, as a freshly forked worker has) into a new network namespace.

    unshare(CLONE_NEWNET) where the process may (root, or CAP_SYS_ADMIN); otherwise together with
    a new user namespace (unprivileged user namespaces). The namespace has only a loopback
    interface, and it is down: no connection of any kind leaves it. OSError when neither works.
    """
    global _isolated
    libc = ctypes.CDLL(None, use_errno=True)
    for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            _isolated = True
            return
    code = ctypes.get_errno()
    raise OSError(code, f"cannot enter a network namespace: {os.strerror(code)}")


# The probe runs in a fresh interpreter (one thread, as a forked worker has), without newsbench.
_PROBE = f"""import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
if any(libc.unshare(flags) == 0 for flags in ({CLONE_NEWNET}, {CLONE_NEWUSER | CLONE_NEWNET})):
    sys.exit(0)
sys.stderr.write(os.strerror(ctypes.get_errno()))
sys.exit(1)
"""


def isolation_problem() -> str | None:
    """None when a process started here can enter a network namespace of its own, else why not (tried for real)."""
    if not os.path.exists("/proc/self/ns/net"):
        return "network namespaces need Linux"
    try:
        done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"the probe could not run: {exc}"
    if done.returncode != 0:
        return f"unshare(2) refused: {done.stderr.strip() or f'exit status {done.returncode}'}"
    return None
