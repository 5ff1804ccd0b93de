"""What a worker process may do: no network beyond the local machine (the memory cap is `extractors.memory`)."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

_attempts: list[str] = []
_installed = False


class NetworkRefused(ConnectionRefusedError):
    """Raised inside a worker when code tries to reach a host other than the local machine."""


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


def install_network_guard() -> None:
    """Refuse every connection and name lookup except to the local machine, and record each attempt.

    Wraps socket.socket.connect / connect_ex / sendto and socket.getaddrinfo. The attempts
    are recorded so that an extractor that swallows the error is still reported.
    """
    global _installed
    if _installed:
        return
    connect, connect_ex, sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto
    getaddrinfo = socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        host, port = _target(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(host):
            _refuse(host, port)
        return connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> Any:
        host, port = _target(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(host):
            _refuse(host, port)
        return connect_ex(self, address)

    def guarded_sendto(self: socket.socket, data: Any, *args: Any) -> Any:
        host, port = _target(args[-1])
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(host):
            _refuse(host, port)
        return sendto(self, data, *args)

    def guarded_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_local(host):
            _refuse(host, port)
        return getaddrinfo(host, port, *args, **kwargs)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign,assignment]
    socket.socket.sendto = guarded_sendto  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = guarded_getaddrinfo
    _installed = True


def take_attempts() -> list[str]:
    """The refused network attempts since the last call (and forget them)."""
    out = list(_attempts)
    _attempts.clear()
    return out
