"""Whole-page text converters used as baselines: inscriptis and html-text."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


def _blocks(text: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in text.split("\n") if line.strip())


class Inscriptis(Adapter):
    """`inscriptis.get_text(html)`: the whole page rendered as text (layout-aware)."""

    name = "inscriptis"
    distribution = "inscriptis"
    requires = ("inscriptis",)
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        """Render the whole page as text."""
        from inscriptis import get_text

        blocks = _blocks(get_text(page.html))
        return Prediction(body="\n\n".join(blocks), blocks=blocks)


class HtmlText(Adapter):
    """`html_text.extract_text(html)`: the whole page's visible text."""

    name = "html-text"
    distribution = "html-text"
    requires = ("html_text",)
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        """Extract the whole page's visible text."""
        import html_text

        blocks = _blocks(html_text.extract_text(page.html))
        return Prediction(body="\n\n".join(blocks), blocks=blocks)
