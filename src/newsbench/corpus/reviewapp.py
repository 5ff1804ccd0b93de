"""`newsbench review`: a small web app on 127.0.0.1 where a person checks the gold of our corpus page by page.

The page is shown as a browser renders it (`corpus.pageview`: sandboxed, no script, no network,
gold body blocks outlined) beside its gold: headline, dates, authors, body blocks (optional ones
dashed) with the entity mentions coloured by type, and the phenomenon tags. For each field the
reviewer marks it correct, or gives the correction, and may add a note; the review is saved as a
new JSON file under gold/reviews/ (`corpus.review`). Nothing but the loopback address is bound. A
form carries a token made when the app starts, and a request must name the app's own host, so a
web page open in the same browser cannot post reviews.
"""

from __future__ import annotations

import html
import http.server
import json
import secrets
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from newsbench.corpus import review
from newsbench.corpus.pageview import sandboxed_frame
from newsbench.corpus.schema import Gold
from newsbench.errors import NewsbenchError
from newsbench.files import HOST, serve_loopback
from newsbench.text.decode import decode

MAX_FORM = 2 * 2**20  # bytes of a posted form
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; padding: 0.8rem 1.2rem; color: #222; }
div.columns { display: flex; gap: 1rem; align-items: flex-start; } div.columns > * { flex: 1 1 50%; min-width: 0; }
iframe.page { width: 100%; height: 88vh; border: 1px solid #999; position: sticky; top: 0.5rem; background: #fff; }
fieldset { border: 1px solid #ccc; border-radius: 4px; margin: 0.5rem 0; padding: 0.4rem 0.8rem; }
legend { font-weight: 600; } label.row { display: block; margin-top: 0.3rem; } div.verdict { margin: 0.3rem 0; }
textarea { width: 100%; min-height: 2.5rem; } input[type=text] { width: 100%; }
div.gold { background: #fafafa; border-left: 3px solid #bbb; padding: 0.3rem 0.6rem; margin: 0.3rem 0; white-space: pre-wrap; }
div.block { margin: 0.3rem 0; padding: 0.1rem 0.4rem; border-left: 3px solid #e8a200; white-space: pre-wrap; }
div.block.optional { border-left: 3px dashed #888; color: #444; }
span.kind { color: #777; font-size: 0.75rem; margin-right: 0.4rem; }
mark { border-radius: 2px; padding: 0 1px; } mark.PER { background: #ffd8b0; } mark.ORG { background: #c8e0ff; }
mark.LOC { background: #c9efc9; } mark.MISC { background: #e6d0ff; }
span.tag { display: inline-block; background: #eef; border-radius: 3px; padding: 0 0.3rem; margin: 0.1rem; font-size: 0.85rem; }
p.saved { background: #e6f4ea; padding: 0.4rem; } p.error { background: #fde2e2; padding: 0.4rem; }
table { border-collapse: collapse; } th, td { padding: 0.15rem 0.5rem; border-bottom: 1px solid #ddd; text-align: left; }
"""


def _document(title: str, body: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
            f'content="{CSP}"><title>{html.escape(title)}</title><style>{STYLE}</style></head><body>{body}'
            "</body></html>").encode()


class Corpus:
    """The gold files and pages of a corpus root (gold/<id>.json, raw_html/<id>.html)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.ids = sorted(p.stem for p in (self.root / "gold").glob("*.json"))
        if not self.ids:
            raise NewsbenchError("no gold files", file=str(self.root / "gold"))

    def gold(self, page: str) -> Gold:
        path = self.root / "gold" / f"{page}.json"
        try:
            return Gold.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise NewsbenchError(f"unreadable gold: {exc}", file=str(path)) from exc

    def page_html(self, gold: Gold) -> str:
        raw = (self.root / "raw_html" / f"{gold.id}.html").read_bytes()
        return decode(raw, gold.encoding, strict=False).text


def _marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` with the entity spans wrapped in <mark class=TYPE>; an overlapping span is left unmarked."""
    out, position = [], 0
    for start, end, kind in sorted(spans):
        if start < position or end > len(text):
            continue
        out += [html.escape(text[position:start]),
                f'<mark class="{html.escape(kind)}" title="{html.escape(kind)}">{html.escape(text[start:end])}</mark>']
        position = end
    return "".join(out) + html.escape(text[position:])


def _gold_views(gold: Gold) -> dict[str, str]:
    spans: dict[object, list[tuple[int, int, str]]] = {}
    for e in gold.entities:
        spans.setdefault(e.block, []).append((e.start, e.end, e.type))
    blocks = "".join(f'<div class="block{" optional" if b.optional else ""}"><span class="kind">{html.escape(b.kind)}'
                     f'{", optional" if b.optional else ""}</span>{_marked(b.text, spans.get(n, []))}</div>'
                     for n, b in enumerate(gold.body))
    counts = Counter(e.type for e in gold.entities)
    return {
        "headline": _marked(gold.headline, spans.get("headline", [])),
        "published": html.escape(gold.published or "(none)"), "modified": html.escape(gold.modified or "(none)"),
        "authors": html.escape("; ".join(gold.authors) or "(none)"),
        "body": blocks or "(no body)",
        "entities": ", ".join(f'<mark class="{k}">{k}</mark> {n}' for k, n in sorted(counts.items()))
                    + " (coloured in the headline and body)" if counts else "(none)",
        "phenomena": "".join(f'<span class="tag">{html.escape(t)}</span>' for t in gold.phenomena) or "(none)",
    }


def _form(gold: Gold, token: str, reviewer: str) -> str:
    views = _gold_views(gold)
    parts = [f'<form method="post" action="/page/{quote(gold.id)}">',
             f'<input type="hidden" name="token" value="{token}">',
             f'<p><label>Reviewer <input type="text" name="reviewer" required value="{html.escape(reviewer)}">'
             "</label></p>"]
    for f in review.FIELDS:
        radios = "".join(f'<label><input type="radio" name="{f}-verdict" value="{v}"'
                         f'{" checked" if v == "not reviewed" else ""}> {v}</label> ' for v in review.VERDICTS)
        parts.append(f'<fieldset id="field-{f}"><legend>{f}</legend><div class="gold">{views[f]}</div>'
                     f'<div class="verdict">{radios}</div>'
                     f'<label class="row">correction (what it should be)<textarea name="{f}-correction"></textarea>'
                     f'</label><label class="row">note<input type="text" name="{f}-note"></label></fieldset>')
    parts += ['<p><label>note on the page<textarea name="note"></textarea></label></p>',
              '<p><button type="submit">Save review</button></p></form>']
    return "".join(parts)


class App:
    """The review app's pages and the saving of a review, apart from HTTP."""

    def __init__(self, root: Path, reviewer: str = "") -> None:
        self.corpus = Corpus(root)
        self.reviewer = reviewer
        self.token = secrets.token_urlsafe(24)

    def index(self) -> bytes:
        counts = Counter(data["page"] for _, data in review.read_all(self.corpus.root))
        rows = []
        for page in self.corpus.ids:
            gold = self.corpus.gold(page)
            rows.append(f'<tr><td><a href="/page/{quote(page)}">{html.escape(page)}</a></td><td>{html.escape(gold.site)}'
                        f"</td><td>{html.escape(gold.language)}</td><td>{counts.get(page, 0)}</td></tr>")
        return _document("newsbench review", "<h1>Review the gold</h1><p>Pick a page; mark each field correct or "
                         "give its correction. Reviews are saved under gold/reviews/.</p><table><thead><tr><th>page"
                         "</th><th>site</th><th>language</th><th>reviews</th></tr></thead>" + "".join(rows) + "</table>")

    def page(self, page: str, message: str = "") -> bytes | None:
        if page not in self.corpus.ids:
            return None
        gold = self.corpus.gold(page)
        frame, view = sandboxed_frame(self.corpus.page_html(gold), gold.body, title=f"page {page}")
        body = (f'<p><a href="/">All pages</a></p><h1>{html.escape(page)}</h1>{message}<div class="columns"><div>'
                f"<p>The page, sandboxed (no script, no network); {view.located} of {view.blocks} gold body blocks "
                f"outlined (dashed: optional).</p>{frame}</div><div>{_form(gold, self.token, self.reviewer)}</div></div>")
        return _document(f"review {page}", body)

    def save(self, page: str, form: dict[str, list[str]]) -> Path:
        """Save a posted form as a review; NewsbenchError (a bad form) or PermissionError (a wrong token)."""
        if not secrets.compare_digest(form.get("token", [""])[0], self.token):
            raise PermissionError("the form's token is not this app's: reload the page")
        if page not in self.corpus.ids:
            raise NewsbenchError(f"no page {page!r}")

        def one(name: str) -> str:
            return form.get(name, [""])[0].replace("\r\n", "\n")

        fields = {f: {"verdict": one(f"{f}-verdict") or "not reviewed", "correction": one(f"{f}-correction") or None,
                      "note": one(f"{f}-note")} for f in review.FIELDS}
        document = review.make(self.corpus.root, page, one("reviewer"), fields, one("note"))
        return review.write(self.corpus.root, document)


def handler(app: App) -> type[http.server.BaseHTTPRequestHandler]:
    """The HTTP face of `app`: GET / and /page/<id>, POST /page/<id>."""

    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "newsbench-review"

        def _send(self, status: int, body: bytes, location: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Security-Policy", CSP)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _host_ok(self) -> bool:  # refuses requests made through another name (DNS rebinding)
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            return host in (HOST, "localhost")

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            if not self._host_ok():
                return self._send(403, b"forbidden")
            url = urlsplit(self.path)
            if url.path in ("/", "/index.html"):
                return self._send(200, app.index())
            saved = parse_qs(url.query).get("saved", [""])[0]
            note = f'<p class="saved">Saved as {html.escape(saved)}.</p>' if saved else ""
            body = app.page(unquote(url.path.removeprefix("/page/")), note) if url.path.startswith("/page/") else None
            self._send(200, body) if body is not None else self._send(404, b"not found")

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            if not self._host_ok() or not urlsplit(self.path).path.startswith("/page/") or length > MAX_FORM:
                return self._send(403, b"forbidden")
            page = unquote(urlsplit(self.path).path.removeprefix("/page/"))
            form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"), keep_blank_values=True)
            try:
                path = app.save(page, form)
            except PermissionError as exc:
                return self._send(403, _document("forbidden", f'<p class="error">{html.escape(str(exc))}</p>'))
            except NewsbenchError as exc:
                back = f'<p><a href="/page/{quote(page)}">Back to the page</a></p>'
                return self._send(400, _document("not saved", f'<p class="error">Not saved: {html.escape(str(exc))}'
                                                 f"</p>{back}"))
            where = quote(str(path.relative_to(app.corpus.root)))
            self._send(303, b"", location=f"/page/{quote(page)}?saved={where}")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            pass

    return Handler


def serve(root: Path, port: int = 0, reviewer: str = "", ready: Callable[[str], None] | None = None) -> None:
    """Serve the review app for the corpus ROOT on 127.0.0.1:`port` until interrupted."""
    serve_loopback(handler(App(root, reviewer)), port, ready)
