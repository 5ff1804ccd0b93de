"""newspaper4k: title, publish date, authors and text, images never fetched."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction
from newsbench.extractors.punkt import bundled_nltk_data


class Newspaper4k(Adapter):
    """`Article(url, fetch_images=False)`, `.download(input_html=html)`, `.parse()`.

    `.nlp()` is not called (it needs a punkt download). newspaper4k prefers a date in the URL
    (midnight, no zone) over page metadata; its `publish_date` is stored as ISO 8601 as given.

    On Korean pages newspaper4k tokenises with `nltk.word_tokenize`, which loads NLTK's English
    `punkt_tab` model; offline and without it, every Korean page failed with LookupError. The
    model ships with newsbench (`extractors/nltk_data`, provenance in its README) and NLTK is
    pointed at it for the duration of the call: nothing is downloaded.
    """

    name = "newspaper4k"
    distribution = "newspaper4k"
    revision = 2  # 2: NLTK finds newsbench's punkt_tab, so Korean pages are extracted instead of failing
    requires = ("newspaper",)
    produces = frozenset({"headline", "published", "authors", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run newspaper4k on the decoded page."""
        from newspaper import Article

        article = Article(page.url or "", fetch_images=False)
        with bundled_nltk_data():
            article.download(input_html=page.html)
            article.parse()
        date = article.publish_date
        blocks = tuple(p.strip() for p in (article.text or "").split("\n") if p.strip())
        return Prediction(
            headline=article.title, published=date.isoformat() if date else "",
            authors=tuple(article.authors or ()), body="\n\n".join(blocks), blocks=blocks,
        )
