"""boilerpy3: the Python port of Boilerpipe's ArticleExtractor."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


class BoilerPy3(Adapter):
    """`extractors.ArticleExtractor().get_doc(html)`: headline from `title` (the <title>, site name included).

    boilerpy3 takes its title from the <title> element, so its headline carries the site name;
    that is what the tool gives and is scored as such.
    """

    name = "boilerpy3"
    distribution = "boilerpy3"
    requires = ("boilerpy3",)
    produces = frozenset({"headline", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run boilerpy3's ArticleExtractor on the decoded page."""
        from boilerpy3 import extractors

        doc = extractors.ArticleExtractor(raise_on_failure=True).get_doc(page.html)
        blocks = tuple(p.strip() for p in (doc.content or "").split("\n") if p.strip())
        return Prediction(headline=doc.title or "", body="\n\n".join(blocks), blocks=blocks)
