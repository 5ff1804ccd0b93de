"""news-please: title, dates, authors and main text (newspaper-based), images never fetched."""

from __future__ import annotations

from datetime import datetime

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction
from newsbench.extractors.punkt import bundled_nltk_data


def _iso(value: datetime | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, datetime) else str(value)


class NewsPlease(Adapter):
    """`NewsPlease.from_html(html, url=..., fetch_images=False)`.

    news-please drops the time zone of the dates it finds; they are stored as it gives them.

    news-please runs newspaper4k, which on Korean pages tokenises with `nltk.word_tokenize` and so
    needs NLTK's English `punkt_tab` model; offline and without it, every Korean page failed with
    LookupError. The model ships with newsbench (`extractors/nltk_data`, provenance in its README)
    and NLTK is pointed at it for the duration of the call: nothing is downloaded.
    """

    name = "news-please"
    distribution = "news-please"
    revision = 2  # 2: NLTK finds newsbench's punkt_tab, so Korean pages are extracted instead of failing
    requires = ("newsplease",)
    produces = frozenset({"headline", "published", "modified", "authors", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run news-please on the decoded page."""
        from newsplease import NewsPlease as Tool

        with bundled_nltk_data():
            article = Tool.from_html(page.html, url=page.url or None, fetch_images=False)
        blocks = tuple(p.strip() for p in (article.maintext or "").split("\n") if p.strip())
        return Prediction(
            headline=article.title, published=_iso(article.date_publish), modified=_iso(article.date_modify),
            authors=tuple(article.authors or ()), body="\n\n".join(blocks), blocks=blocks,
        )
