"""newspaper4k: title, publish date, authors and text, images never fetched."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


class Newspaper4k(Adapter):
    """`Article(url, fetch_images=False)`, `.download(input_html=html)`, `.parse()`.

    `.nlp()` is not called (it needs a punkt download). newspaper4k prefers a date in the URL
    (midnight, no zone) over page metadata; its `publish_date` is stored as ISO 8601 as given.
    """

    name = "newspaper4k"
    distribution = "newspaper4k"
    requires = ("newspaper",)
    produces = frozenset({"headline", "published", "authors", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run newspaper4k on the decoded page."""
        from newspaper import Article

        article = Article(page.url or "", fetch_images=False)
        article.download(input_html=page.html)
        article.parse()
        date = article.publish_date
        blocks = tuple(p.strip() for p in (article.text or "").split("\n") if p.strip())
        return Prediction(
            headline=article.title, published=date.isoformat() if date else "",
            authors=tuple(article.authors or ()), body="\n\n".join(blocks), blocks=blocks,
        )
