"""Turning the HTML fragment some extractors return into text blocks (one per paragraph-like element)."""

from __future__ import annotations

import lxml.html

BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "table", "ul", "ol", "dl",
    "figure", "figcaption", "br", "hr", "td", "th",
})
_SKIP = frozenset({"script", "style", "noscript", "template"})


def html_to_blocks(fragment: str) -> tuple[str, ...]:
    """Text of an HTML fragment split at block-level elements; whitespace squashed, empty blocks dropped.

    Table cells are separated by spaces within a row. Used for tools whose output is HTML
    (readability-lxml, Readability.js' `content`), so that paragraph boundaries survive and
    words from adjacent blocks are not glued together.
    """
    if not fragment or not fragment.strip():
        return ()
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            blocks.append(text)
        current.clear()

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            if el.tail:
                current.append(el.tail)
            return
        is_block = tag in BLOCK_TAGS
        if is_block and tag not in ("td", "th"):
            flush()
        if tag in ("td", "th"):
            current.append(" ")
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
        if is_block and tag not in ("td", "th"):
            flush()
        if el.tail:
            current.append(el.tail)

    walk(root)
    flush()
    return tuple(blocks)


def join_blocks(blocks: tuple[str, ...]) -> str:
    """Blocks joined by blank lines, the body string every adapter returns."""
    return "\n\n".join(blocks)
