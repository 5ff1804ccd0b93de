"""Baselines that are ordinary extractors: fulltext, title-tag, metadata, oracle, and named pipelines."""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Extractor, Prediction
from newsbench.text.htmlblocks import html_to_blocks, join_blocks

_INVISIBLE = ("script", "style", "noscript", "template", "head")


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _tree(html: str) -> lxml.html.HtmlElement:
    """The page parsed by lxml; characters XML forbids are dropped, an empty page is an empty document."""
    html = _CONTROL.sub("", html)
    if not html.strip():
        html = "<html><body></body></html>"
    return lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))


class FullText(Adapter):
    """All visible text of the page (script, style, noscript, template and head removed), as blocks.

    The upper bound on body recall and the lower bound on precision.
    """

    name = "fulltext"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        """All visible text of the page."""
        root = _tree(page.html)
        for el in root.xpath("//script|//style|//noscript|//template|//head"):
            el.drop_tree()
        body = root.find("body")
        fragment = lxml.html.tostring(body if body is not None else root, encoding="unicode")
        blocks = html_to_blocks(fragment)
        return Prediction(body=join_blocks(blocks), blocks=blocks)


class TitleTag(Adapter):
    """The text of the <title> element, whitespace squashed, as the headline."""

    name = "title-tag"
    produces = frozenset({"headline"})

    def extract(self, page: Page) -> Prediction:
        """The page's <title>."""
        titles = _tree(page.html).xpath("//title")
        return Prediction(headline=" ".join(titles[0].text_content().split()) if titles else "")


def _jsonld_objects(root: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def collect(value: Any) -> None:
        if isinstance(value, list):
            for v in value:
                collect(v)
        elif isinstance(value, dict):
            found.append(value)
            collect(value.get("@graph", []))

    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            collect(json.loads(script.text_content()))
        except ValueError:
            continue
    return found


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    return [str(value).strip()] if value else []


def _meta(root: lxml.html.HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            values = root.xpath(f'//meta[@{attr}="{key}"]/@content')
            if values and values[0].strip():
                return str(values[0]).strip()
    return None


_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "LiveBlogPosting", "AnalysisNewsArticle"}


class Metadata(Adapter):
    """Headline, dates and authors from metadata only: JSON-LD first, then OpenGraph and meta tags.

    JSON-LD: the first object whose @type is an article type (`headline`, `datePublished`,
    `dateModified`, `author`). Meta: og:title / twitter:title; article:published_time,
    datePublished (microdata meta); article:modified_time; author. No visible text is read.
    """

    name = "metadata"
    produces = frozenset({"headline", "published", "modified", "authors"})

    def extract(self, page: Page) -> Prediction:
        """Read the page's metadata."""
        root = _tree(page.html)
        article: dict[str, Any] = {}
        for obj in _jsonld_objects(root):
            types = obj.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & _ARTICLE_TYPES:
                article = obj
                break
        authors = _names(article.get("author")) or ([a] if (a := _meta(root, "author", "article:author")) else [])
        return Prediction(
            headline=article.get("headline") or _meta(root, "og:title", "twitter:title", "headline") or "",
            published=article.get("datePublished") or _meta(root, "article:published_time", "datePublished") or "",
            modified=article.get("dateModified") or _meta(root, "article:modified_time", "dateModified") or "",
            authors=tuple(authors),
        )


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


class NaiveArticle(Adapter):
    """The rule a new user writes first: the headline is the first `<h1>`, the body the `<p>` elements
    of the first `<article>`.

    A tripwire: it must not beat the real tools on our pages, as it does not on real pages. No
    `<h1>` gives an empty headline; no `<article>` an empty body. Scripts, styles and templates are
    ignored (a `<p>` inside `<noscript>` counts: a parser without scripting shows it).
    """

    name = "naive-article"
    produces = frozenset({"headline", "body"})

    def extract(self, page: Page) -> Prediction:
        """First <h1>; <p> of the first <article>."""
        root = _tree(page.html)
        for el in root.xpath("//script|//style|//template"):
            el.drop_tree()
        h1 = root.xpath("//h1")
        articles = root.xpath("//article")
        blocks = tuple(text for p in articles[0].iter("p") if (text := _text(p))) if articles else ()
        return Prediction(headline=_text(h1[0]) if h1 else "", body=join_blocks(blocks), blocks=blocks)


class LargestParagraphBlock(Adapter):
    """The body is the `<p>` children of the one element whose `<p>` children hold the most text.

    The classic first heuristic of boilerplate removal (before any learning): the container
    with the most paragraph text is the article. Ties go to the first in document order.
    """

    name = "largest-p-block"
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        """The <p> children of the element with the most direct-<p> text."""
        root = _tree(page.html)
        for el in root.xpath("//script|//style|//noscript|//template|//head"):
            el.drop_tree()
        best: list[str] = []
        best_size = 0
        for parent in {id(p.getparent()): p.getparent() for p in root.iter("p") if p.getparent() is not None}.values():
            texts = [text for child in parent if child.tag == "p" and (text := _text(child))]
            size = sum(len(text) for text in texts)
            if size > best_size:
                best, best_size = texts, size
        blocks = tuple(best)
        return Prediction(body=join_blocks(blocks), blocks=blocks)


class OpenGraphMeta(Adapter):
    """The metadata a new user reads first: `og:title`, `article:published_time` and `<meta name="author">`.

    No JSON-LD, no fallbacks: a tripwire for pages whose meta tags give the answers away.
    """

    name = "og-meta"
    produces = frozenset({"headline", "published", "authors"})

    def extract(self, page: Page) -> Prediction:
        """og:title, article:published_time, meta author."""
        root = _tree(page.html)
        author = _meta(root, "author")
        return Prediction(headline=_meta(root, "og:title") or "", published=_meta(root, "article:published_time") or "",
                          authors=(author,) if author else ())


class Oracle(Adapter):
    """Returns the gold itself: every field must score perfectly. A sanity check of the scoring."""

    name = "oracle"
    produces = frozenset({"headline", "published", "modified", "authors", "body", "entities", "structure"})
    uses_gold = True
    revision = 2  # 2: typed blocks (structure)

    def extract(self, page: Page) -> Prediction:
        """The page's gold as a prediction (required and optional blocks alike)."""
        from newsbench.extractors.base import Mention

        gold = page.gold
        if gold is None:
            raise RuntimeError("the oracle was given no gold")
        mentions = tuple(Mention(e.text, e.type, *(gold.body_span(e) or (None, None))) for e in gold.entities or ())
        # Fields an imported corpus has no gold for are null there: the oracle returns them empty.
        return Prediction(
            headline=gold.headline or "", published=gold.published or "", modified=gold.modified or "",
            authors=gold.authors or (), body=gold.body or "", blocks=tuple(b.text for b in gold.blocks or ()),
            entities=mentions, block_kinds=tuple(b.kind for b in gold.blocks or ()),
        )


class Pipeline(Adapter):
    """A named pipeline: the body from one extractor, headline, dates and authors from another.

    Lets a body-only tool be compared on every field, under its own name, never silently.
    """

    def __init__(self, name: str, body: Extractor, meta: Extractor) -> None:
        super().__init__(body=body.name, meta=meta.name, body_config=dict(body.config), meta_config=dict(meta.config))
        self.name = name
        self.body, self.meta = body, meta
        self.produces = frozenset(body.produces | meta.produces)
        self.distribution = body.distribution
        self.repeats = {name: body.name if name == "body" else meta.name for name in sorted(self.produces)
                        if name in (body.produces if name == "body" else meta.produces)}

    def unavailable(self) -> str | None:
        """Unavailable when either part is."""
        return self.body.unavailable() or self.meta.unavailable()

    def version(self) -> str:
        """Both parts' versions."""
        return f"{self.body.version()}+{self.meta.version()}"

    def extract(self, page: Page) -> Prediction:
        """Body from the first part, everything else from the second."""
        body = self.body.extract(page)
        meta = self.meta.extract(page)
        return Prediction(headline=meta.headline, published=meta.published, modified=meta.modified,
                          authors=meta.authors, body=body.body, blocks=body.blocks)


def justext_metadata() -> Pipeline:
    """jusText's body with the metadata baseline's headline, dates and authors."""
    from newsbench.extractors.justext import JusText

    return Pipeline("justext+metadata", JusText(), Metadata())


def resiliparse_metadata() -> Pipeline:
    """Resiliparse's body with the metadata baseline's headline, dates and authors."""
    from newsbench.extractors.resiliparse import Resiliparse

    return Pipeline("resiliparse+metadata", Resiliparse(), Metadata())
