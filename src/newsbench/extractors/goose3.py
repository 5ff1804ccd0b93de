"""goose3: title, publish date (with offset), authors and cleaned text; no image fetching."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from newsbench.corpus.pages import Page
from newsbench.errors import DecodeError
from newsbench.extractors.base import Adapter, Prediction
from newsbench.text.decode import lookup


class Goose3(Adapter):
    """`Goose({"enable_image_fetching": False}).extract(raw_html=html)`.

    Published from `publish_date` (the string the page gives, as goose3 found it; the first when
    goose3 returns several); authors flattened when goose3 nests them.

    goose3 re-encodes the decoded page with the charset its meta tag declares and has lxml decode
    it again (`goose3.parsers.Parser.fromstring`), through Python's codec registry. Python lacks
    some WHATWG labels that pages use (`windows-874`, the Thai code page); during the call such a
    label resolves to the codec newsbench decoded the page with (`newsbench.text.decode`), so the round
    trip gives back the same text. Labels Python knows are untouched.
    """

    name = "goose3"
    distribution = "goose3"
    # 2: a list of dates or nested author lists are normalised instead of failing the contract
    # 3: WHATWG charset labels unknown to Python (windows-874) resolve instead of failing
    revision = 3
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
        with _whatwg_labels():
            article = self._goose.extract(raw_html=page.html)
        blocks = tuple(p.strip() for p in (article.cleaned_text or "").split("\n") if p.strip())
        return Prediction(
            headline=article.title, published=_first(article.publish_date),
            authors=tuple(_flatten(article.authors)), body="\n\n".join(blocks), blocks=blocks,
        )


def _whatwg_codec(name: str) -> codecs.CodecInfo | None:
    # Python's own search runs first: this one only sees names Python does not know, given
    # normalised (lower case, "-" as "_").
    for label in (name, name.replace("_", "-")):
        try:
            return codecs.lookup(lookup(label)[1])
        except DecodeError:
            continue
    return None


@contextmanager
def _whatwg_labels() -> Iterator[None]:
    # Registered only around goose3's call: other tools in the same worker keep Python's registry.
    codecs.register(_whatwg_codec)
    try:
        yield
    finally:
        codecs.unregister(_whatwg_codec)


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
