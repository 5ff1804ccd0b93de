"""File helpers every stage uses: a file's sha256, and serving a local app on the loopback interface only."""

from __future__ import annotations

import hashlib
import http.server
from collections.abc import Callable
from pathlib import Path

HOST = "127.0.0.1"
BLOCK = 1 << 20


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while block := fh.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def serve_loopback(handler: type[http.server.BaseHTTPRequestHandler], port: int = 0,
                   ready: Callable[[str], None] | None = None) -> None:
    """Serve `handler` on 127.0.0.1:`port` (0: any free port) until interrupted; `ready` gets the URL once listening."""
    with http.server.ThreadingHTTPServer((HOST, port), handler) as server:
        if ready is not None:
            ready(f"http://{HOST}:{server.server_address[1]}/")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
