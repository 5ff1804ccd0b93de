"""readability-lxml: the Python port of Arc90 Readability."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction
from newsbench.text.htmlblocks import html_to_blocks, join_blocks


class ReadabilityLxml(Adapter):
    """`Document(html, url=...)`: headline from `short_title()`, body from `summary(html_partial=True)`.

    The summary is HTML; it is turned into blocks at block-level elements (htmlblocks).
    """

    name = "readability-lxml"
    distribution = "readability-lxml"
    requires = ("readability",)
    produces = frozenset({"headline", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run readability-lxml on the decoded page."""
        from readability import Document

        doc = Document(page.html, url=page.url)
        blocks = html_to_blocks(doc.summary(html_partial=True))
        return Prediction(headline=doc.short_title(), body=join_blocks(blocks), blocks=blocks)
