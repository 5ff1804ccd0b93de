"""goose3: title, publish date (with offset), authors and cleaned text; no image fetching."""

from __future__ import annotations

from typing import Any

from newsbench.extractors.base import Adapter, Prediction
from newsbench.pages import Page


class Goose3(Adapter):
    """`Goose({"enable_image_fetching": False}).extract(raw_html=html)`.

    Published from `publish_date` (the string the page gives, as goose3 found it).
    """

    name = "goose3"
    distribution = "goose3"
    requires = ("goose3",)
    produces = frozenset({"headline", "published", "authors", "body"})

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        self._goose: Any = None

    def extract(self, page: Page) -> Prediction:
        """Run goose3 on the decoded page."""
        if self._goose is None:
            from goose3 import Goose

            self._goose = Goose({"enable_image_fetching": False, **self.config})
        article = self._goose.extract(raw_html=page.html)
        blocks = tuple(p.strip() for p in (article.cleaned_text or "").split("\n") if p.strip())
        return Prediction(
            headline=article.title, published=article.publish_date or "",
            authors=tuple(article.authors or ()), body="\n\n".join(blocks), blocks=blocks,
        )
