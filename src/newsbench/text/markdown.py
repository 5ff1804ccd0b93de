"""Markdown an extractor returns, parsed (markdown-it-py, CommonMark with tables) into typed blocks and plain text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Block kinds a Markdown document can express (gold kinds caption and note have no Markdown form).
HEADING, PARAGRAPH, LIST_ITEM, QUOTE, TABLE = "heading", "paragraph", "list_item", "quote", "table"


def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _inline_text(children: Sequence[Any]) -> str:
    """The visible text of an inline token's children: text, code, image alt text; breaks as spaces."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return " ".join("".join(parts).split())


def _html_text(fragment: str) -> str:
    import lxml.html

    if not fragment.strip():
        return ""
    try:
        return " ".join(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content().split())
    except Exception:  # noqa: BLE001 - raw HTML in Markdown that lxml cannot parse is kept as written
        return " ".join(fragment.split())


def markdown_blocks(markdown: str) -> tuple[tuple[str, str], ...]:
    """The (kind, text) blocks of a Markdown document, in order.

    Kinds: a heading (ATX or setext) is "heading"; the text of a list item is "list_item" (one
    block per paragraph of the item); a paragraph inside a blockquote is "quote"; a table is
    one "table" block whose rows are separated by newlines and cells by tabs (the gold's
    convention); every other paragraph, code block or raw HTML block is "paragraph". The
    innermost container decides (a list inside a quote gives list items). Text is the visible
    inline text: emphasis, links and inline HTML tags removed, images as their alt text,
    whitespace collapsed; blocks without text are dropped. Rules (``---``) are not blocks. As in
    any CommonMark renderer, lines not separated by a blank line are one paragraph (trafilatura's
    output for a page too small for its extraction is such lines, and scores as one block).

    >>> markdown_blocks("# Title\\n\\nSome *text* and a [link](http://x).\\n\\n- one\\n- two\\n\\n> Said.\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |")
    (('heading', 'Title'), ('paragraph', 'Some text and a link.'), ('list_item', 'one'), ('list_item', 'two'), ('quote', 'Said.'), ('table', 'a\\tb\\n1\\t2'))
    """
    blocks: list[tuple[str, str]] = []
    stack: list[str] = []
    rows: list[list[str]] = []
    for token in _parser().parse(markdown):
        if token.nesting == 1:
            stack.append(token.type)
            if token.type == "tr_open":
                rows.append([])
        elif token.nesting == -1:
            stack.pop()
            if token.type == "table_close":
                text = "\n".join("\t".join(cells) for cells in rows if any(cells))
                if text.strip():
                    blocks.append((TABLE, text))
                rows = []
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if "table_open" in stack:
                if rows:
                    rows[-1].append(text)
            elif text:
                blocks.append((_kind(stack), text))
        elif token.type in ("fence", "code_block"):
            text = " ".join(token.content.split())
            if text:
                blocks.append((_kind(stack, PARAGRAPH), text))
        elif token.type == "html_block":
            if text := _html_text(token.content):
                blocks.append((_kind(stack), text))
    return tuple(blocks)


def _kind(stack: Sequence[str], leaf: str | None = None) -> str:
    """The kind of a text block from its open containers, innermost first."""
    for opened in reversed(stack):
        if opened == "heading_open":
            return HEADING
        if opened == "list_item_open":
            return LIST_ITEM
        if opened == "blockquote_open":
            return QUOTE
    return leaf or PARAGRAPH


def markdown_text(markdown: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The body text (blocks joined by blank lines), the block texts and their kinds, from Markdown.

    >>> markdown_text("## Sub\\n\\nText.")
    ('Sub\\n\\nText.', ('Sub', 'Text.'), ('heading', 'paragraph'))
    """
    blocks = markdown_blocks(markdown)
    texts = tuple(text for _, text in blocks)
    return "\n\n".join(texts), texts, tuple(kind for kind, _ in blocks)
