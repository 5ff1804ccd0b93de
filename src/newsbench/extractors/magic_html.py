"""magic-html: main-content HTML and title; the package declares Python >= 3.12."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction
from newsbench.text.htmlblocks import html_to_blocks, join_blocks


class MagicHtml(Adapter):
    """`GeneralExtractor().extract(html, base_url=url)`: headline from `title`, body from `html`.

    Reported as skipped on interpreters older than 3.12.
    """

    name = "magic-html"
    distribution = "magic-html"
    requires = ("magic_html",)
    min_python = (3, 12)
    produces = frozenset({"headline", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run magic-html's general extractor on the decoded page."""
        from magic_html import GeneralExtractor

        data = GeneralExtractor().extract(page.html, base_url=page.url or "")
        blocks = html_to_blocks(data.get("html") or "")
        return Prediction(headline=data.get("title") or "", body=join_blocks(blocks), blocks=blocks)
