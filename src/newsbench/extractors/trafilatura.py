"""trafilatura (bare_extraction with metadata): its default call and its precision and recall modes."""

from __future__ import annotations

from typing import Any

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction


class Trafilatura(Adapter):
    """`trafilatura.bare_extraction(html, url=..., with_metadata=True, **config)`.

    Headline from `title`, published from `date` (trafilatura gives a day), authors from
    `author` split at "; ", body from `text` split into blocks at newlines.
    """

    name = "trafilatura"
    distribution = "trafilatura"
    requires = ("trafilatura",)
    produces = frozenset({"headline", "published", "authors", "body"})

    def extract(self, page: Page) -> Prediction:
        """Run trafilatura on the decoded page."""
        import trafilatura

        doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, **self.config)
        if doc is None:
            return Prediction()
        data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = data.get("text") or ""
        blocks = tuple(line.strip() for line in text.split("\n") if line.strip())
        author = data.get("author") or ""
        return Prediction(
            headline=data.get("title"), published=data.get("date"),
            authors=tuple(a.strip() for a in author.split(";") if a.strip()),
            body="\n\n".join(blocks), blocks=blocks,
        )


def precision() -> Trafilatura:
    """trafilatura with `favor_precision=True`."""
    adapter = Trafilatura(favor_precision=True)
    adapter.name = "trafilatura-precision"
    return adapter


def recall() -> Trafilatura:
    """trafilatura with `favor_recall=True`."""
    adapter = Trafilatura(favor_recall=True)
    adapter.name = "trafilatura-recall"
    return adapter
