"""news-please: title, dates, authors and main text (newspaper-based), images never fetched."""

from __future__ import annotations

from datetime import datetime

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


def _iso(value: datetime | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, datetime) else str(value)


class NewsPlease(Adapter):
    """`NewsPlease.from_html(html, url=..., fetch_images=False)`.

    news-please drops the time zone of the dates it finds; they are stored as it gives them.
    """

    name = "news-please"
    distribution = "news-please"
    requires = ("newsplease",)
    produces = frozenset({"headline", "published", "modified", "authors", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run news-please on the decoded page."""
        from newsplease import NewsPlease as Tool

        article = Tool.from_html(page.html, url=page.url or None, fetch_images=False)
        blocks = tuple(p.strip() for p in (article.maintext or "").split("\n") if p.strip())
        return Prediction(
            headline=article.title, published=_iso(article.date_publish), modified=_iso(article.date_modify),
            authors=tuple(article.authors or ()), body="\n\n".join(blocks), blocks=blocks,
        )
