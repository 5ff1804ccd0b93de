"""`newsbench inspect --serve`: the inspection pages answered from 127.0.0.1, each rendered when asked for.

Useful for a large run, where writing every page first would take minutes: the index is rendered
once, a page when it is requested. Only the loopback address is ever bound; only GET is answered.
"""

from __future__ import annotations

import http.server
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from newsbench.files import serve_loopback
from newsbench.report.htmlpage import CSP
from newsbench.report.inspection import Inspection
from newsbench.report.inspectpage import index_html, page_file, page_html


def handler(inspection: Inspection) -> type[http.server.BaseHTTPRequestHandler]:
    """A request handler class serving `inspection`: /index.html, /<corpus>/<page>.html, /report.html."""
    pages = {"/" + page_file(key): key for key in inspection.keys}
    cache: dict[str, str] = {}

    def render(path: str) -> str | None:
        if path in ("/", "/index.html"):
            if "index" not in cache:
                cache["index"] = index_html(inspection)
            return cache["index"]
        if path in pages:
            return page_html(inspection, pages[path])
        report = inspection.folder.report_path / "report.html"
        if path == "/report.html" and report.is_file():
            return report.read_text(encoding="utf-8")
        return None

    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "newsbench-inspect"

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            text = render(unquote(urlsplit(self.path).path))
            body = (text or "not found").encode("utf-8")
            self.send_response(200 if text is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8" if text is not None else "text/plain")
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            pass

    return Handler


def serve(inspection: Inspection, port: int = 0, ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted on 127.0.0.1:`port` (0: any free port); `ready` gets the URL once listening."""
    serve_loopback(handler(inspection), port, ready)
