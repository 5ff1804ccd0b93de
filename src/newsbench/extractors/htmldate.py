"""htmldate: the publication date only."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


class HtmlDate(Adapter):
    """`find_date(html, original_date=True, url=...)` (a day, YYYY-MM-DD).

    Without `original_date=True` htmldate tends to return the modified date.
    """

    name = "htmldate"
    distribution = "htmldate"
    requires = ("htmldate",)
    produces = frozenset({"published"})

    def __init__(self, **config: object) -> None:
        super().__init__(**{"original_date": True, **config})

    def extract(self, page: Page) -> Prediction:
        """Run htmldate on the decoded page."""
        from htmldate import find_date

        return Prediction(published=find_date(page.html, url=page.url or None, **self.config) or "")
