"""Resiliparse: main-content extraction of the ChatNoir project (body text only)."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


class Resiliparse(Adapter):
    """`extract_plain_text(HTMLTree.parse(html), main_content=True)`."""

    name = "resiliparse"
    distribution = "Resiliparse"
    requires = ("resiliparse",)
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        """Run Resiliparse's main-content extraction on the decoded page."""
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        text = extract_plain_text(HTMLTree.parse(page.html), main_content=True, **self.config)
        blocks = tuple(" ".join(line.split()) for line in text.split("\n") if line.strip())
        return Prediction(body="\n\n".join(blocks), blocks=blocks)
