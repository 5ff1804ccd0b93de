"""Per-page features of how a page is built and how honest its metadata is (`newsbench profile`; `corpus.realism` compares corpora).

A page is read once with lxml.html. The *visible tree* is the document with every `script`,
`style`, `noscript`, `template` and `head` element removed (their tails kept); *visible text*
is the visible tree's text nodes joined by one space; *tokens* are `metrics.tokenize.tokens`
(NFKC, case-folded words; one token per Han/kana/Thai character). A *block key* is
`normalize.squash(tokenize.fold(text))` (quotes and dashes folded, case-folded, all whitespace removed).
Headlines are compared by `metrics.headline.headline_exact` (the scoring's exact match), author
names by `metrics.authors.normalise_name`, days by `metrics.dates.same_day` (an instant moved
onto the gold's clock) and, for values that hold no ISO 8601 date, `dates.page_mentions_day`.
A feature that needs a gold field is None when that field is None (imported corpora lack some).

Structure (no gold):
- `page_bytes`: size of the raw page (the UTF-8 size of the decoded text when no raw bytes).
- `element_count`: elements in the whole document (comments excluded); `max_depth`: the
  largest number of elements on a path from `<html>` (depth 1) to a leaf.
- `script_count`: `<script>` elements; `jsonld_present`: some `application/ld+json` script
  parses to a JSON object; `jsonld_article`: one of its objects (`@graph` flattened) has an
  article `@type` (`_ARTICLE_TYPES`).
- `h1_count`, `article_count`: `<h1>` and `<article>` elements in the visible tree; `no_h1`,
  `several_h1` (2 or more), `several_articles` (2 or more): the shares a median hides.
- `visible_tokens`: tokens of the visible text. `article_share_of_visible`: tokens in the
  outermost `<article>` elements / visible tokens (None without visible tokens).
- `og_title_present`: a non-empty `og:title` meta.

Headline (gold headline):
- `headline_is_first_h1`: gold headline equals the first visible `<h1>`'s text (False when
  the page has no `<h1>`: that strategy fails there).
- `title_is_headline`, `og_title_is_headline`, `jsonld_headline_is_headline`: the `<title>`,
  `og:title`, or JSON-LD article object's `headline` equals the gold; each None when absent.
  The JSON-LD *article object* is the first object with an article `@type`, else the first
  object with a `headline` or `datePublished` key.

Body (gold body, tokens; intersections are multiset intersections, as in `metrics.prf`):
- `body_tokens`: tokens of the gold body (all blocks, optional ones included).
- `body_share_of_visible`: gold body tokens / visible tokens, capped at 1.
- `body_in_article_share`: |gold ∩ article tokens| / gold tokens (0 when no `<article>`).
- `article_non_body_share`: 1 - |gold ∩ article tokens| / article tokens (None: no article text).
- `body_mostly_outside_article`: `body_in_article_share` < 0.5.

Paragraph markup (gold blocks): only required blocks of kind `paragraph` are placed. A block
is *located* when its key occurs in the key of `<body>`; its *container* is the deepest element
whose key contains the block's key. Walking up from the container, the first `<p>` makes it
"p", the first heading, `li`, `dt`, `dd`, `blockquote`, `figcaption`, `caption`, `pre`, `th` or
`address` makes it "other"; otherwise it is "div" (text in `div`, `td`, `span`, ... or `<br>`
runs). `blocks_located_share` = located / placed blocks; `blocks_in_p_share` and
`blocks_in_div_share` = "p" and "div" blocks / located blocks; `body_mostly_div`: that share > 0.5.

Published date (gold published; None when it is None or does not parse). Three sources, each
classified `absent` / `published` (the gold day) / `modified` (not the gold day, but the gold
modified day) / `wrong`, as `<source>_date` with one boolean `<source>_date_<class>` per class:
- `jsonld`: the article object's `datePublished`;
- `meta`: the `content` of the first of `_DATE_KEYS` present (in that order) as a `<meta>`
  `property`, `name` or `itemprop` (case-insensitive);
- `time`: the `datetime` of the first visible `<time datetime>`.
A value holding an ISO 8601 date, or a Unix time of 10 (seconds) or 13 digits (milliseconds), is
compared by `same_day`; any other by `page_mentions_day` after clock times (`19:20:36`) are removed.
`<source>_date_modified` is None on a page whose gold has no modified date (the class cannot be
observed there): the imported corpora have no modified gold, so the feature is compared only
where it can be measured instead of as a 0 by construction; a modified day counts as `wrong` there.
`metadata_date_is_published`: JSON-LD, else meta (the `metadata` baseline's order) is `published`.
`date_in_text`, `date_in_url`: `page_mentions_day` of the gold day on the visible text, the URL.
`gold_has_published`: the gold gives a published date (None when `gold` has no `published` key).

Authors (gold authors; None when the list is None or empty, `gold_has_authors` says which):
`author_meta` takes the JSON-LD article object's `author` names (strings, or `name` of objects)
or else every value of the first of `_AUTHOR_KEYS` present as meta. Both sides are sets of
`normalise_name` forms, taken as given and after `split_byline` (one string holding several
names). The class is `equal` (a gold set equals a metadata set), `partial` (a gold name equals a
metadata name, or one of 4+ characters contains the other: "Jane Doe (jd)"), `organisation` (a
JSON-LD author has an organisation `@type`, or every name looks like an organisation or desk:
`_DESK` words, the site's host label, or a 2-6 letter all-caps name; never a URL or an e-mail
address), `missing` (no author metadata) or `wrong`; one boolean `author_meta_<class>` per class.
`author_meta_address`: some author metadata value is a URL, a path or an e-mail address.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import pandas as pd

from newsbench.corpus.folder import data_files
from newsbench.corpus.pages import PageGold, read_corpus
from newsbench.metrics.authors import normalise_name, split_byline
from newsbench.metrics.dates import Stamp, parse_iso, same_day
from newsbench.metrics.headline import headline_exact
from newsbench.metrics.prf import multiset_counts
from newsbench.metrics.tokenize import fold, tokens
from newsbench.text.days import page_mentions_day
from newsbench.text.normalize import squash

Value = float | bool | str | None
Row = dict[str, Any]

GOLD_FIELDS = ("headline", "published", "modified", "authors", "blocks", "body")
ID_COLUMNS = ("corpus", "page_id", "language")
DATE_SOURCES = ("jsonld", "meta", "time")
DATE_CLASSES = ("absent", "published", "modified", "wrong")
AUTHOR_CLASSES = ("equal", "partial", "organisation", "missing", "wrong")
FEATURES: tuple[str, ...] = (
    "page_bytes", "element_count", "max_depth", "script_count", "jsonld_present", "jsonld_article",
    "og_title_present", "h1_count", "no_h1", "several_h1", "article_count", "several_articles", "visible_tokens",
    "body_tokens",
    "article_share_of_visible",
    "headline_is_first_h1", "title_is_headline", "og_title_is_headline", "jsonld_headline_is_headline",
    "body_share_of_visible", "body_in_article_share", "article_non_body_share", "body_mostly_outside_article",
    "blocks_located_share", "blocks_in_p_share", "blocks_in_div_share", "body_mostly_div",
    "gold_has_published", "metadata_date_is_published", "date_in_text", "date_in_url",
    *(f"{s}_date{c}" for s in DATE_SOURCES for c in ("", *(f"_{k}" for k in DATE_CLASSES))),
    "gold_has_authors", "author_meta", *(f"author_meta_{c}" for c in AUTHOR_CLASSES), "author_meta_address",
)

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                  "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting",
                  "liveblogposting", "socialmediaposting", "report", "techarticle"}
_ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "governmentorganization", "ngo"}
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
              "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                "byl")
_DESK = re.compile(r"\b(?:staff|desk|team|newsroom|editors?|editorial|redaktion|rédaction|redacción|redazione|"
                   r"redactie|redação|agency|agencies|wire|bureau|correspondents?|news|press|media|online|times|"
                   r"post|journal|herald|tribune|daily|reuters|afp|ap|dpa|pti|ani|ians|efe|ansa|xinhua|bloomberg)\b")
_OTHER_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption", "caption", "pre",
                 "th", "address"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ISO_IN = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
_ADDRESS = re.compile(r"^(?:https?:|/)|^[^\s@]+@[^\s@]+$")
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")


def _parse(markup: str) -> Any:
    text = _CONTROL.sub("", markup)
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "replace"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError):  # nothing but whitespace or comments
        return lxml.html.document_fromstring("<html><body></body></html>")


def _text(value: Any) -> str | None:
    """A JSON-LD value as one string (a string or number, a list's first item), entities resolved; else None."""
    if isinstance(value, list):
        return _text(value[0]) if value else None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return html.unescape(str(value)).strip() or None
    return None


def _types(obj: dict[str, Any]) -> set[str]:
    found = obj.get("@type")
    return {str(t).rsplit("/", 1)[-1].lower() for t in (found if isinstance(found, list) else [found]) if t}


def _jsonld_objects(root: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def collect(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            found.append(value)
            collect(value.get("@graph", []))

    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            try:
                collect(json.loads(_WRAPPER.sub("", script.text or ""), strict=False))
            except ValueError:
                continue
    return found


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    typed = (o for o in objects if _types(o) & _ARTICLE_TYPES)
    keyed = (o for o in objects if "headline" in o or "datePublished" in o)
    return next(typed, None) or next(keyed, None) or {}


def _metas(root: Any) -> dict[str, list[str]]:
    """Every non-empty meta `content` by its lower-cased `property`, `name` or `itemprop`, in document order."""
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        content = (meta.get("content") or "").strip()
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if content and key:
                found.setdefault(key, []).append(content)
    return found


def _first(metas: dict[str, list[str]], keys: Iterable[str]) -> list[str]:
    return next((metas[k] for k in keys if k in metas), [])


def _structure(root: Any, objects: list[dict[str, Any]], article: dict[str, Any]) -> dict[str, Value]:
    elements = list(root.iter(lxml.etree.Element))
    return {
        "element_count": len(elements),
        "max_depth": max((sum(1 for _ in e.iterancestors()) + 1 for e in elements), default=0),
        "script_count": sum(1 for _ in root.iter("script")),
        "jsonld_present": bool(objects), "jsonld_article": bool(_types(article) & _ARTICLE_TYPES),
    }


def _headline(gold: str | None, h1: str | None, title: str | None, og: str | None,
              ld: str | None) -> dict[str, Value]:
    def equal(value: str | None) -> bool | None:
        return None if gold is None or value is None else headline_exact(gold, value)

    return {"headline_is_first_h1": None if gold is None else bool(equal(h1)), "title_is_headline": equal(title),
            "og_title_is_headline": equal(og), "jsonld_headline_is_headline": equal(ld)}


def _body(visible: list[str], article: list[str], body: str | None) -> dict[str, Value]:
    gold = tokens(body) if body else []
    shared = multiset_counts(gold, article).tp
    return {
        "visible_tokens": len(visible),
        "body_tokens": len(gold) if gold else None,
        "article_share_of_visible": len(article) / len(visible) if visible else None,
        "body_share_of_visible": min(1.0, len(gold) / len(visible)) if gold and visible else None,
        "body_in_article_share": shared / len(gold) if gold else None,
        "article_non_body_share": 1 - shared / len(article) if gold and article else None,
        "body_mostly_outside_article": shared / len(gold) < 0.5 if gold else None,
    }


def _key(text: str) -> str:
    return squash(fold(text))


def _place(body: Any, target: str, key: Callable[[Any], str]) -> str | None:
    """"p", "other" or "div" for the deepest element whose key contains `target`; None when nowhere."""
    if target not in key(body):
        return None
    node = body
    while (child := next((c for c in node.iterchildren(lxml.etree.Element) if target in key(c)), None)) is not None:
        node = child
    for element in (node, *node.iterancestors()):
        if element.tag == "p":
            return "p"
        if element.tag in _OTHER_BLOCKS:
            return "other"
    return "div"


def _blocks(visible_root: Any, blocks: list[dict[str, Any]] | None) -> dict[str, Value]:
    targets = [k for b in blocks or () if b["kind"] == "paragraph" and not b["optional"] and (k := _key(b["text"]))]
    if not targets:
        return dict.fromkeys(("blocks_located_share", "blocks_in_p_share", "blocks_in_div_share", "body_mostly_div"))
    keys: dict[Any, str] = {}

    def key(element: Any) -> str:
        if element not in keys:
            keys[element] = _key("".join(element.itertext()))
        return keys[element]

    body = visible_root.find("body")
    places = [p for t in targets if (p := _place(visible_root if body is None else body, t, key)) is not None]
    return {"blocks_located_share": len(places) / len(targets),
            "blocks_in_p_share": places.count("p") / len(places) if places else None,
            "blocks_in_div_share": places.count("div") / len(places) if places else None,
            "body_mostly_div": places.count("div") / len(places) > 0.5 if places else None}


def _stamp(value: str | None) -> Stamp | None:
    """The first ISO 8601 date(-time) in `value`, or a Unix time in seconds (10 digits) or milliseconds (13)."""
    value = (value or "").strip()
    if _EPOCH.fullmatch(value):
        instant = datetime.fromtimestamp(int(value[:10]), timezone.utc)
        return Stamp(instant.date(), instant.time(), timedelta(0))
    found = _ISO_IN.search(value)
    try:
        return parse_iso(found.group()) if found else None
    except ValueError:
        return None


def _on_day(gold: Stamp, value: str) -> bool:
    stamp = _stamp(value)
    return same_day(gold, stamp) if stamp is not None else page_mentions_day(_CLOCK.sub(" ", value), gold.day)


def _date_class(value: str | None, published: Stamp, modified: Stamp | None) -> str:
    if not value:
        return "absent"
    if _on_day(published, value):
        return "published"
    return "modified" if modified is not None and _on_day(modified, value) else "wrong"


def _dates(sources: dict[str, str | None], gold: dict[str, Any], visible: str, url: str) -> dict[str, Value]:
    published, modified = _stamp(gold["published"]), _stamp(gold["modified"])
    out: dict[str, Value] = {}
    for source in DATE_SOURCES:
        kind = None if published is None else _date_class(sources[source], published, modified)
        out[f"{source}_date"] = kind
        out.update({f"{source}_date_{c}": None if kind is None else kind == c for c in DATE_CLASSES})
        if modified is None:  # the class cannot be observed without a gold modified date
            out[f"{source}_date_modified"] = None
    if published is None:
        return out | dict.fromkeys(("metadata_date_is_published", "date_in_text", "date_in_url"))
    first = sources["jsonld"] or sources["meta"]
    return out | {"metadata_date_is_published": _date_class(first, published, modified) == "published",
                  "date_in_text": page_mentions_day(visible, published.day),
                  "date_in_url": page_mentions_day(url, published.day)}


def _ld_authors(value: Any) -> tuple[list[str], bool]:
    """Names of a JSON-LD `author` value, and whether one of them is typed as an organisation."""
    if isinstance(value, list):
        parts = [_ld_authors(v) for v in value]
        return [n for names, _ in parts for n in names], any(org for _, org in parts)
    if isinstance(value, dict):
        name = _text(value.get("name"))
        return ([name] if name else []), bool(_types(value) & _ORG_TYPES)
    name = _text(value)
    return ([name] if name else []), False


def _looks_like_org(name: str, url: str) -> bool:
    if _ADDRESS.search(name.strip()):
        return False
    folded = fold(name)
    labels = [p for p in (urlsplit(url).hostname or "").split(".") if p not in ("www", "m", "amp", "")]
    site = labels[0] if len(labels) > 1 else ""
    return bool(_DESK.search(folded) or (site and site in folded.replace(" ", ""))
                or re.fullmatch(r"[A-Z]{2,6}", name.strip()))


def _name_sets(names: list[str]) -> list[set[str]]:
    """The normalised names as given, and after `split_byline` (one-string bylines of several names)."""
    return [{n for n in map(normalise_name, names) if n},
            {n for name in names for n in map(normalise_name, split_byline(name)) if n}]


def _overlap(gold: set[str], given: set[str]) -> bool:
    """Some gold name is a given one, or (4 characters or more) occurs inside one, or contains one."""
    return any(g == n or (min(len(g), len(n)) >= 4 and (g in n or n in g)) for g in gold for n in given)


def _author_class(names: list[str], organisation: bool, gold: list[str], url: str) -> str:
    if not names:
        return "missing"
    wanted, given = _name_sets(gold), _name_sets(names)
    if any(w == g for w in wanted for g in given):
        return "equal"
    if any(_overlap(w, g) for w in wanted for g in given):
        return "partial"
    return "organisation" if organisation or all(_looks_like_org(n, url) for n in names) else "wrong"


def _authors(article: dict[str, Any], metas: dict[str, list[str]], gold: list[str] | None,
             url: str) -> dict[str, Value]:
    names, organisation = _ld_authors(article.get("author"))
    if not names:
        names, organisation = _first(metas, _AUTHOR_KEYS), False
    kind = _author_class(names, organisation, gold, url) if gold else None
    return {"gold_has_authors": None if gold is None else bool(gold), "author_meta": kind,
            **{f"author_meta_{c}": None if kind is None else kind == c for c in AUTHOR_CLASSES},
            "author_meta_address": None if kind is None else any(_ADDRESS.search(n.strip()) for n in names)}


def page_features(html: str, url: str, gold: dict[str, Any], *, raw: bytes | None = None) -> dict[str, Value]:
    """The features of one page (defined in the module docstring), keyed as `FEATURES`.

    `gold` holds the gold columns `GOLD_FIELDS`; a missing key counts as None, except that
    `gold_has_published` is None only when `published` is missing (the corpus has no date gold)
    and False when it is None (the page states no date). `raw`, when given, is the page as
    served and sets `page_bytes`. Pure: reads nothing but its arguments.

    >>> page = ('<html><head><title>Ferry resumes | Gazette</title></head><body><h1>Ferry resumes</h1>'
    ...         '<article><p>Boats sail again.</p></article><footer>Contact</footer></body></html>')
    >>> f = page_features(page, "https://gazette.example/2021/05/14/ferry", {
    ...     "headline": "Ferry resumes", "published": "2021-05-14", "authors": [], "body": "Boats sail again.",
    ...     "blocks": [{"kind": "paragraph", "text": "Boats sail again.", "optional": False}]})
    >>> f["h1_count"], f["headline_is_first_h1"], f["title_is_headline"], f["og_title_is_headline"]
    (1, True, False, None)
    >>> f["date_in_url"], f["meta_date"], f["blocks_in_p_share"], f["body_share_of_visible"]
    (True, 'absent', 1.0, 0.5)
    """
    has_published = None if "published" not in gold else gold["published"] is not None
    gold = {f: gold.get(f) for f in GOLD_FIELDS}
    root = _parse(html)
    objects = _jsonld_objects(root)
    article = _article_object(objects)
    metas = _metas(root)
    titles = [" ".join(t.text_content().split()) for t in root.iter("title")]
    out: dict[str, Value] = {"page_bytes": len(raw) if raw is not None else len(html.encode("utf-8", "replace")),
                             **_structure(root, objects, article), "og_title_present": "og:title" in metas}
    for element in root.xpath("//script|//style|//noscript|//template|//head"):
        element.drop_tree()
    h1s = list(root.iter("h1"))
    articles = [a for a in root.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    article_count = sum(1 for _ in root.iter("article"))
    out.update(h1_count=len(h1s), no_h1=not h1s, several_h1=len(h1s) > 1, article_count=article_count,
               several_articles=article_count > 1)
    out.update(_headline(gold["headline"], h1s[0].text_content() if h1s else None, titles[0] if titles else None,
                         next(iter(metas.get("og:title", [])), None), _text(article.get("headline"))))
    visible = " ".join(root.itertext())
    article_tokens = [t for a in articles for t in tokens(" ".join(a.itertext()))]
    out.update(_body(tokens(visible), article_tokens, gold["body"]))
    out.update(_blocks(root, gold["blocks"]))
    times = root.xpath("//time[@datetime]")
    sources = {"jsonld": _text(article.get("datePublished")), "meta": next(iter(_first(metas, _DATE_KEYS)), None),
               "time": (times[0].get("datetime").strip() or None) if times else None}
    out.update(_dates(sources, gold, visible, url), gold_has_published=has_published)
    out.update(_authors(article, metas, gold["authors"], url))
    return {name: out[name] for name in FEATURES}


# The phenomenon tags that are functions of the features (gold/GUIDELINES.md, section 10).
MECHANICAL_TAGS = ("several-h1", "headline-not-first-h1", "headline-metadata-differs", "metadata-date-mismatch",
                   "author-metadata-missing", "author-metadata-mismatch", "body-outside-article", "div-paragraphs")


def implied_tags(features: dict[str, Value]) -> set[str]:
    """The mechanical tags (`MECHANICAL_TAGS`) that a page's features imply.

    >>> sorted(implied_tags({"several_h1": True, "headline_is_first_h1": False, "og_title_is_headline": True,
    ...                      "jsonld_headline_is_headline": None, "jsonld_date": "modified", "meta_date": "absent",
    ...                      "author_meta": "equal", "author_meta_address": False,
    ...                      "body_mostly_outside_article": False, "body_mostly_div": False}))
    ['headline-not-first-h1', 'metadata-date-mismatch', 'several-h1']
    """
    tags = set()
    if features.get("several_h1"):
        tags.add("several-h1")
    if features.get("headline_is_first_h1") is False:
        tags.add("headline-not-first-h1")
    if False in (features.get("og_title_is_headline"), features.get("jsonld_headline_is_headline")):
        tags.add("headline-metadata-differs")
    if {features.get("jsonld_date"), features.get("meta_date")} & {"modified", "wrong"}:
        tags.add("metadata-date-mismatch")
    if features.get("author_meta") == "missing":
        tags.add("author-metadata-missing")
    if features.get("author_meta") in ("organisation", "partial", "wrong") or features.get("author_meta_address"):
        tags.add("author-metadata-mismatch")
    if features.get("body_mostly_outside_article"):
        tags.add("body-outside-article")
    if features.get("body_mostly_div"):
        tags.add("div-paragraphs")
    return tags


def in_split(*splits: str) -> Callable[[Row], bool]:
    """A `profile_corpus` filter keeping the pages of the given splits.

    >>> in_split("test")({"split": "test"}), in_split("test")({"split": "dev"})
    (True, False)
    """
    return lambda row: row["split"] in splits


def of_page_type(*types: str) -> Callable[[Row], bool]:
    """A `profile_corpus` filter keeping pages whose notes say ``page type: <type>`` (WCXB's importer).

    >>> of_page_type("article")({"notes": "page type: article; metadata.json labels this page 'test'"})
    True
    """
    def keep(row: Row) -> bool:
        found = re.search(r"page type:\s*([\w-]+)", row.get("notes") or "")
        return found is not None and found.group(1) in types

    return keep


def _gold(gold: PageGold, fields: frozenset[str] | None) -> dict[str, Any]:
    """The gold columns `page_features` takes; fields the corpus does not annotate are withheld."""
    data: dict[str, Any] = {
        "headline": gold.headline, "published": gold.published, "modified": gold.modified,
        "authors": None if gold.authors is None else list(gold.authors),
        "blocks": None if gold.blocks is None else [{"kind": b.kind, "text": b.text, "optional": b.optional}
                                                    for b in gold.blocks],
        "body": gold.body}
    allowed = set(GOLD_FIELDS) if fields is None else {f for f in GOLD_FIELDS if f in fields or
                                                       (f in ("blocks", "body") and "body" in fields)}
    return {k: v for k, v in data.items() if k in allowed}


def _notes(folder: Path) -> dict[str, str]:
    import pyarrow.parquet as pq

    return {r["id"]: r["notes"] or "" for p in data_files(folder)
            for r in pq.read_table(p, columns=["id", "notes"]).to_pylist()}


def profile_corpus(folder: Path, name: str | None = None, *,
                   filter: Callable[[Row], bool] | None = None) -> pd.DataFrame:
    """One row per page of the dataset folder: `ID_COLUMNS`, then `FEATURES`.

    `filter` receives each page's id, split, site, language and notes and keeps the page when it
    returns True. Gold fields an imported corpus does not annotate (its MANIFEST `source.fields`)
    are withheld, so the features needing them are None.
    """
    corpus = read_corpus(Path(folder), name)
    notes = _notes(Path(folder))
    records = []
    for page in corpus.pages:
        row = {"id": page.id, "split": page.split, "site": page.site, "language": page.language,
               "notes": notes.get(page.id, "")}
        if filter is not None and not filter(row):
            continue
        records.append({"corpus": corpus.name, "page_id": page.id, "language": page.language,
                        **page_features(page.html, page.url, _gold(corpus.gold[page.id], corpus.gold_fields),
                                        raw=page.raw)})
    return pd.DataFrame.from_records(records, columns=[*ID_COLUMNS, *FEATURES])


def of_site(*sites: str) -> Callable[[Row], bool]:
    """A `profile_corpus` filter keeping the pages of the given site templates.

    >>> of_site("kaveri-ledger")({"site": "kaveri-ledger"}), of_site("a")({"site": "b"})
    (True, False)
    """
    return lambda row: row["site"] in sites
