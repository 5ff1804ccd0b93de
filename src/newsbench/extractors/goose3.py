"""goose3: title, publish date (with offset), authors and cleaned text; no image fetching."""

from __future__ import annotations

from typing import Any

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


class Goose3(Adapter):
    """`Goose({"enable_image_fetching": False}).extract(raw_html=html)`.

    Published from `publish_date` (the string the page gives, as goose3 found it; the first when
    goose3 returns several); authors flattened when goose3 nests them.
    """

    name = "goose3"
    distribution = "goose3"
    revision = 2  # 2: a list of dates or nested author lists are normalised instead of failing the contract
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
            headline=article.title, published=_first(article.publish_date),
            authors=tuple(_flatten(article.authors)), body="\n\n".join(blocks), blocks=blocks,
        )


def _first(value: Any) -> str:
    # goose3 returns a list when a page states several publication dates: its first is its answer.
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value) if value else ""


def _flatten(value: Any) -> list[str]:
    # goose3's authors may nest lists (one per metadata source); keep the names, in order, once.
    names: list[str] = []
    for item in value or ():
        for name in (item if isinstance(item, list) else [item]):
            if isinstance(name, str) and name.strip() and name.strip() not in names:
                names.append(name.strip())
    return names
