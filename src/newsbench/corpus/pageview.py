"""A stored page made safe to look at: shown in a sandboxed iframe, no script, no network, gold blocks highlighted.

`sandboxed_frame(html, blocks)` returns an `<iframe sandbox srcdoc=...>` element. The iframe's
`sandbox` attribute grants nothing (no scripts, no forms, no popups, no same-origin), and the
document carries a Content-Security-Policy that allows no request at all (`default-src 'none'`;
inline styles and data-URI images only); a srcdoc document also inherits the policy of the page
that embeds it. Before that, the copy loses what could still reach out or move away: `<link>`,
`<base>`, `<meta http-equiv=refresh>`, link targets and form actions. Scripts stay in the copy,
inert: the sandbox and the policy are what stop them (a test checks it in a real browser). The
inspection, which writes a copy per page, drops them (`keep_scripts=False`): in a frame without
scripts they render as nothing, and on real pages they are half the bytes.

Each gold body block is looked up in the page (the smallest element whose text, folded and
without spaces, contains the block's) and outlined: solid for a required block, dashed for an
optional one. Blocks that are not in the page's markup (a body only in hydration JSON) are
counted as not located.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbench.corpus.schema import Block
from newsbench.metrics.tokenize import fold

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'"
HIGHLIGHT = """
.nb-gold { outline: 3px solid #e8a200 !important; background-color: rgba(255, 214, 0, 0.22) !important; }
.nb-gold-optional { outline: 3px dashed #7a7a7a !important; background-color: rgba(160, 160, 160, 0.18) !important; }
"""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DROP = ("link", "base")
_CONTAINERS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "figcaption", "caption",
               "pre", "dd", "dt", "div", "section", "article", "span", "em", "strong", "aside", "noscript", "main",
               "header", "footer", "figure", "q", "cite", "b", "i", "a", "summary", "details", "time", "address",
               "font", "center", "body"}


@dataclass(frozen=True, slots=True)
class PageView:
    """The safe copy of a page (a whole HTML document) and how many gold blocks were located in it."""

    document: str
    located: int
    blocks: int


def _squeezed(text: str) -> str:
    return fold(text).replace(" ", "")


def _highlight(root: object, blocks: Sequence[Block]) -> int:
    """Mark the smallest element holding each block; the number of blocks located."""
    elements = [(el, _squeezed(el.text_content())) for el in root.iter()  # type: ignore[attr-defined]
                if isinstance(el.tag, str) and el.tag in _CONTAINERS]
    located = 0
    for n, block in enumerate(blocks):
        wanted = _squeezed(block.text)
        if not wanted:
            continue
        found = [(len(text), index) for index, (_, text) in enumerate(elements) if wanted in text]
        if not found:
            continue
        element = elements[min(found)[1]][0]
        css = "nb-gold-optional" if block.optional else "nb-gold"
        element.set("class", (element.get("class", "") + " " + css).strip())
        element.set("data-nb-block", str(n))
        located += 1
    return located


def _defuse(root: object, keep_scripts: bool) -> None:
    """Remove what could load, navigate or submit: <link>, <base>, meta refresh, link targets, form actions."""
    for element in list(root.iter()):  # type: ignore[attr-defined]
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in _DROP or (tag == "meta" and (element.get("http-equiv") or "").lower() in ("refresh", "set-cookie")) \
                or (tag == "script" and not keep_scripts):
            element.drop_tree()
            continue
        for attribute in ("href", "action", "formaction", "ping"):
            element.attrib.pop(attribute, None)


def safe_document(page_html: str, blocks: Sequence[Block] = (), keep_scripts: bool = True) -> PageView:
    """The page as a document that is safe to show in the sandbox, with the gold blocks outlined."""
    import lxml.etree
    import lxml.html

    head = (f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta http-equiv="x-dns-prefetch-control" content="off">'
            f'<meta name="referrer" content="no-referrer"><style>{HIGHLIGHT}</style>')
    try:
        root = lxml.html.document_fromstring(_CONTROL.sub(" ", page_html) or "<html></html>")
    except (ValueError, lxml.etree.ParserError) as exc:
        text = f"<p>the page could not be parsed for display: {html.escape(str(exc))}</p>"
        return PageView(f"<!DOCTYPE html><html><head>{head}</head><body>{text}</body></html>", 0, len(blocks))
    _defuse(root, keep_scripts)
    located = _highlight(root, blocks)
    body = lxml.html.tostring(root, encoding="unicode", method="html")
    # The policy goes first, before anything of the page's own head is parsed.
    document = re.sub(r"<head[^>]*>", lambda m: m.group(0) + head, body, count=1)
    if document == body:
        document = head + body
    return PageView("<!DOCTYPE html>" + document, located, len(blocks))


def sandboxed_frame(page_html: str, blocks: Sequence[Block] = (), title: str = "the page",
                    keep_scripts: bool = True) -> tuple[str, PageView]:
    """An `<iframe>` element showing the safe copy of the page (srcdoc, sandbox granting nothing), and the view."""
    view = safe_document(page_html, blocks, keep_scripts)
    # Inside a double-quoted attribute only & and " need escaping.
    srcdoc = view.document.replace("&", "&amp;").replace('"', "&quot;")
    frame = (f'<iframe class="page" sandbox="" referrerpolicy="no-referrer" title="{html.escape(title)}" '
             f'srcdoc="{srcdoc}"></iframe>')
    return frame, view
