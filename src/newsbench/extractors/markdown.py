"""Markdown configurations of the tools that have one: trafilatura's own Markdown, Readability's HTML converted to Markdown.

Each gives the body as Markdown, parsed (`text.markdown`, markdown-it-py) into typed blocks
(headings, list items, quotes, tables, paragraphs: "structure") and into the body text the token
metrics score. They are registered under their own names (`trafilatura-md`, ...), so that the
stored predictions of the text configurations stay valid. HTML is converted with markdownify
(ATX headings), pinned in benchmark/requirements-extractors.txt; the converter's and the
parser's versions are part of the recorded version, so a new one recomputes the predictions.
"""

from __future__ import annotations

import importlib.metadata
from typing import Any

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction
from newsbench.extractors.readability_js import ReadabilityJs
from newsbench.text.markdown import markdown_text

PRODUCES = frozenset({"body", "structure"})


def _markdown_prediction(markdown: str) -> Prediction:
    body, blocks, kinds = markdown_text(markdown)
    return Prediction(body=body, blocks=blocks, block_kinds=kinds)


def _versions(*distributions: str) -> str:
    return "+".join(f"{d}{importlib.metadata.version(d)}" for d in distributions)


def html_to_markdown(fragment: str) -> str:
    """An HTML fragment as Markdown (markdownify, ATX headings, "-" bullets); "" for an empty fragment."""
    if not fragment.strip():
        return ""
    from markdownify import markdownify

    return str(markdownify(fragment, heading_style="ATX", bullets="-"))


class TrafilaturaMarkdown(Adapter):
    """`trafilatura.extract(html, url=..., output_format="markdown")`, trafilatura's defaults otherwise."""

    name = "trafilatura-md"
    distribution = "trafilatura"
    requires = ("trafilatura", "markdown_it")
    produces = PRODUCES

    def __init__(self, **config: Any) -> None:
        super().__init__(output_format="markdown", **config)

    def version(self) -> str:
        """trafilatura's version and the parser's."""
        return f"{importlib.metadata.version('trafilatura')}+{_versions('markdown-it-py')}"

    def extract(self, page: Page) -> Prediction:
        """Run trafilatura with Markdown output on the decoded page."""
        import trafilatura

        return _markdown_prediction(trafilatura.extract(page.html, url=page.url or None, **self.config) or "")


class ReadabilityLxmlMarkdown(Adapter):
    """readability-lxml's `summary(html_partial=True)` converted to Markdown (markdownify)."""

    name = "readability-lxml-md"
    distribution = "readability-lxml"
    requires = ("readability", "markdownify", "markdown_it")
    produces = PRODUCES

    def __init__(self, **config: Any) -> None:
        super().__init__(output="markdown", converter="markdownify", **config)

    def version(self) -> str:
        """readability-lxml's version, the converter's and the parser's."""
        return f"{importlib.metadata.version('readability-lxml')}+{_versions('markdownify', 'markdown-it-py')}"

    def extract(self, page: Page) -> Prediction:
        """Run readability-lxml on the decoded page and convert its summary."""
        from readability import Document

        return _markdown_prediction(html_to_markdown(Document(page.html, url=page.url).summary(html_partial=True)))


class ReadabilityJsMarkdown(ReadabilityJs):
    """Readability.js's `content` (HTML) converted to Markdown (markdownify)."""

    name = "readability-js-md"
    produces = PRODUCES
    requires = ("markdownify", "markdown_it")

    def __init__(self, **config: Any) -> None:
        super().__init__(output="markdown", converter="markdownify", **config)

    def unavailable(self) -> str | None:
        """Why it cannot run here: node or the npm packages, or the converter, missing."""
        return ReadabilityJs.unavailable(self) or Adapter.unavailable(self)

    def version(self) -> str:
        """The @mozilla/readability version, the converter's and the parser's."""
        return f"{super().version()}+{_versions('markdownify', 'markdown-it-py')}"

    def extract(self, page: Page) -> Prediction:
        """Readability.js on the decoded page; its content converted."""
        return _markdown_prediction(html_to_markdown(self.content(page)))
