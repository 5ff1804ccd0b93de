"""Authoring helpers for our own corpus: an article plus its rendered page -> raw_html/ and gold/.

A site script under corpus/sites/ writes its template by hand, fills it with articles and calls
`emit` for each. `emit` encodes the page in the encoding it is served in, locates every mention
of the entities the author listed, checks that the gold text occurs in the page, and writes
raw_html/<id>.html and gold/<id>.json. The raw_html/ and gold/ files are the source of truth;
these scripts record how they were produced.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsbench.text.normalize import searchable_text, squash  # noqa: E402

# Scripts written without spaces or with attached clitics: mentions are matched without
# word-boundary checks.
_NO_BOUNDARY = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "ARABIC", "HEBREW")


@dataclass
class Block:
    """One body block of the gold: kind, text and whether its membership is debatable."""

    kind: str
    text: str
    optional: bool = False


@dataclass
class Article:
    """Everything the gold says about one page; `entities` lists (surface form, type) pairs."""

    id: str
    site: str
    url: str
    language: str
    headline: str
    published: str | None
    modified: str | None
    authors: list[str]
    summary: str
    blocks: list[Block]
    entities: list[tuple[str, str]]
    phenomena: list[str]
    notes: str = ""
    license: str = "CC-BY-4.0"
    encoding: str | None = None
    variant_of: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _needs_boundary(surface: str) -> bool:
    return not any(
        any(s in unicodedata.name(c, "") for s in _NO_BOUNDARY) for c in surface if c.isalpha()
    )


def _occurrences(text: str, surface: str) -> list[int]:
    starts, i = [], text.find(surface)
    bounded = _needs_boundary(surface)
    while i >= 0:
        end = i + len(surface)
        if not bounded or (
            (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        ):
            starts.append(i)
        i = text.find(surface, i + 1)
    return starts


def locate_entities(article: Article) -> list[dict[str, object]]:
    """Every mention of every listed entity in the headline and body, longest surface first."""
    regions: list[tuple[object, str]] = [("headline", article.headline)]
    regions += [(i, b.text) for i, b in enumerate(article.blocks)]
    taken: dict[object, list[tuple[int, int]]] = {key: [] for key, _ in regions}
    found: list[tuple[int, int, dict[str, object]]] = []
    for surface, etype in sorted(set(article.entities), key=lambda e: (-len(e[0]), e)):
        hits = 0
        for order, (key, text) in enumerate(regions):
            for start in _occurrences(text, surface):
                end = start + len(surface)
                if any(s < end and start < e for s, e in taken[key]):
                    continue
                taken[key].append((start, end))
                found.append((order, start, {"text": surface, "type": etype, "block": key,
                                             "start": start, "end": end}))
                hits += 1
        if not hits:
            raise ValueError(f"{article.id}: entity {surface!r} ({etype}) occurs nowhere in headline or body")
    return [m for _, _, m in sorted(found, key=lambda f: (f[0], f[1]))]


def gold_of(article: Article) -> dict[str, object]:
    """The gold JSON object of an article, in the schema's field order."""
    gold: dict[str, object] = {
        "id": article.id, "url": article.url, "language": article.language, "site": article.site,
        "headline": article.headline, "published": article.published, "modified": article.modified,
        "authors": article.authors, "summary": article.summary,
        "body": [{"kind": b.kind, "text": b.text, "optional": b.optional} for b in article.blocks],
        "entities": locate_entities(article), "phenomena": sorted(set(article.phenomena)),
        "license": article.license, "notes": article.notes,
    }
    if article.encoding:
        gold["encoding"] = article.encoding
    if article.variant_of:
        gold["variant_of"] = article.variant_of
    return gold


def _check_text(article: Article, page: str) -> None:
    haystack = searchable_text(page)
    texts = [("headline", article.headline)]
    texts += [(f"summary line {n}", line) for n, line in enumerate(article.summary.split("\n")) if line]
    for i, b in enumerate(article.blocks):
        parts = b.text.replace("\t", "\n").split("\n") if b.kind == "table" else [b.text]
        texts += [(f"body[{i}]", p) for p in parts if p.strip()]
    missing = [name for name, text in texts if squash(text) not in haystack]
    if missing:
        raise ValueError(f"{article.id}: not found in the page: {', '.join(missing)}")


def mechanical_tags(gold: dict[str, object], page: str, raw: bytes) -> list[str]:
    """The gold's phenomena with the mechanical tags (GUIDELINES section 10) computed from the page, not typed."""
    from newsbench.corpus.profile import MECHANICAL_TAGS, implied_tags, page_features

    blocks = gold["body"]
    features = page_features(page, str(gold["url"]), {
        "headline": gold["headline"], "published": gold["published"], "modified": gold["modified"],
        "authors": gold["authors"], "blocks": blocks,
        "body": "\n\n".join(b["text"] for b in blocks)}, raw=raw)  # type: ignore[union-attr,index]
    typed = {t for t in gold["phenomena"] if t not in MECHANICAL_TAGS}  # type: ignore[union-attr]
    return sorted(typed | implied_tags(features))


def emit(article: Article, page: str, encoding: str = "utf-8") -> Path:
    """Encode `page` as served (strictly: a character the encoding lacks is an error) and write both files."""
    _check_text(article, page)
    raw = page.encode(encoding)
    gold = gold_of(article)
    gold["phenomena"] = mechanical_tags(gold, page, raw)
    (REPO / "raw_html").mkdir(exist_ok=True)
    (REPO / "gold").mkdir(exist_ok=True)
    (REPO / "raw_html" / f"{article.id}.html").write_bytes(raw)
    path = REPO / "gold" / f"{article.id}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def emit_second(article: Article) -> Path:
    """Write a second, independent annotation of an existing page to gold/second/<id>.json.

    The page is read from raw_html/ (decoded as the build does); the gold text must occur in it.
    The first gold (gold/<id>.json) is never read here.
    """
    from newsbench.text.decode import decode

    raw = (REPO / "raw_html" / f"{article.id}.html").read_bytes()
    page = decode(raw, article.encoding).text
    _check_text(article, page)
    folder = REPO / "gold" / "second"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article.id}.json"
    gold = gold_of(article)
    gold["phenomena"] = mechanical_tags(gold, page, raw)
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


# --- Date-metadata personalities (realism wave, issue 11) -------------------------------------------------
# Real CMSs without an SEO plugin print the date for the reader only: no date meta, no JSON-LD date, no
# machine-readable <time>. `drop_date_metadata` turns a rendered page into that page and makes its gold
# follow GUIDELINES 4.2/4.3 (the visible statement is all there is).

_DATE_META_KEYS = ("article:published_time", "article:modified_time", "og:published_time", "og:updated_time",
                   "datepublished", "datemodified", "datecreated", "pubdate", "publishdate", "publish-date",
                   "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created", "dc.date.modified",
                   "dcterms.date", "dcterms.issued", "dcterms.created", "dcterms.modified", "sailthru.date",
                   "parsely-pub-date", "last-modified")
_META_TAG = __import__("re").compile(r"<meta\b[^>]*>\s*", __import__("re").I)
_LD_SCRIPT = __import__("re").compile(r'(<script[^>]*type="application/ld\+json"[^>]*>)(.*?)(</script>)',
                                      __import__("re").S | __import__("re").I)
_LD_DATE = r'"date(?:Published|Modified|Created)"\s*:\s*"[^"]*"'
_TIME_TAG = __import__("re").compile(r"<time\b[^>]*>", __import__("re").I)


def _meta_key(tag: str) -> str:
    import re
    found = re.search(r'\b(?:property|name|itemprop)\s*=\s*["\']([^"\']+)["\']', tag, re.I)
    return found.group(1).strip().lower() if found else ""


def _visible_text(page: str) -> str:
    import lxml.html
    root = lxml.html.document_fromstring(page.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    for element in root.xpath("//script|//style|//noscript|//template|//head"):
        element.drop_tree()
    return " ".join(root.itertext())


def _time_visible(text: str, stamp: str) -> bool:
    """Whether the local clock time of ISO `stamp` is written in `text` (14:05, 14.05, 14h05, 2:05 pm ...)."""
    import re
    found = re.search(r"T(\d{2}):(\d{2})", stamp)
    if not found:
        return False
    h, m = int(found.group(1)), int(found.group(2))
    h12 = h % 12 or 12
    forms = [rf"\b0?{h}[:.h]{m:02d}\b", rf"\b{h12}[:.]{m:02d}\s*(?:[ap]\.?\s?m\.?|[AP]M)"]
    return any(re.search(f, text, re.I) for f in forms)


def drop_date_metadata(article: Article, page: str, *, keep_other_times: bool = False) -> tuple[Article, str]:
    """The page without machine-readable dates, and its gold re-read from the visible date alone.

    Removes date `<meta>` tags, the date keys of JSON-LD objects, `itemprop` date attributes and the
    `datetime` of `<time>` elements (with `keep_other_times`, only those on the article's own
    publication or update day, so a related story's `<time datetime>` stays first). The gold keeps
    `published` with its time when that time is visible, else only the day; `modified` survives only
    when its day is visible. Raises ValueError when the publication day is not visible at all.
    """
    import dataclasses
    import re

    from newsbench.text.days import page_mentions_day

    page = _META_TAG.sub(lambda m: "" if _meta_key(m.group()) in _DATE_META_KEYS else m.group(), page)

    def strip_ld(m: re.Match[str]) -> str:
        body = re.sub(r",\s*" + _LD_DATE, "", m.group(2))
        body = re.sub(_LD_DATE + r"\s*,\s*", "", body)
        body = re.sub(_LD_DATE, "", body)
        json.loads(body)  # still valid JSON
        return m.group(1) + body + m.group(3)

    page = _LD_SCRIPT.sub(strip_ld, page)
    page = re.sub(r'\s+itemprop="date(?:Published|Modified|Created)"', "", page)
    own = {s[:10] for s in (article.published, article.modified) if s}

    def strip_time(m: re.Match[str]) -> str:
        value = re.search(r'\sdatetime="([^"]*)"', m.group())
        if value is None or (keep_other_times and value.group(1)[:10] not in own):
            return m.group()
        return m.group().replace(value.group(), "")

    page = _TIME_TAG.sub(strip_time, page)
    text = _visible_text(page)
    published = article.published or ""
    from datetime import date
    if not published or not page_mentions_day(text, date.fromisoformat(published[:10])):
        raise ValueError(f"{article.id}: no visible publication day once date metadata is dropped")
    tags = set(article.phenomena)
    new_published = published if _time_visible(text, published) else published[:10]
    modified = article.modified
    if modified and not page_mentions_day(text, date.fromisoformat(modified[:10])):
        modified = None
        tags.discard("updated-date")
    elif modified and not _time_visible(text, modified):
        modified = modified[:10]
    if modified and modified == new_published:
        modified = None
        tags.discard("updated-date")
    if "T" not in new_published and not (modified and "T" in modified):
        tags.discard("local-time-zone")
    note = ("No date metadata (no date meta tag, no JSON-LD date, no <time datetime> for this article): "
            "published is the visible date" + (" with its visible time, on the site's home-city clock"
                                              if "T" in new_published else " (no time is stated)") + ".")
    notes = " ".join(filter(None, [article.notes, note]))
    return dataclasses.replace(article, published=new_published, modified=modified, phenomena=sorted(tags),
                               notes=notes), page


def relative_visible_date(article: Article, page: str, relative: str, *,
                          drop_other_metadata: bool = False) -> tuple[Article, str]:
    """The page with the text of its publication `<time datetime>` replaced by `relative` ("vor 3 Stunden").

    The first `<time>` whose `datetime` falls on the published day is the byline's; its machine time
    stays, so the gold keeps `published` from it (GUIDELINES 4.4: tags `relative-date` and
    `date-only-in-metadata`). With `drop_other_metadata`, date meta tags and JSON-LD dates go too,
    so the `<time datetime>` is the only statement of the date.
    """
    import dataclasses
    import re

    day = (article.published or "")[:10]
    found = next((m for m in re.finditer(r'(<time\b[^>]*\sdatetime="([^"]*)"[^>]*>)(.*?)(</time>)', page, re.S)
                  if m.group(2)[:10] == day), None)
    if found is None:
        raise ValueError(f"{article.id}: no <time datetime> on the published day to make relative")
    from datetime import datetime
    if datetime.fromisoformat(found.group(2)) != datetime.fromisoformat(article.published or ""):
        raise ValueError(f"{article.id}: the byline <time datetime> {found.group(2)} is not the gold {article.published}")
    page = page[:found.start(3)] + relative + page[found.end(3):]
    if drop_other_metadata:
        page = _META_TAG.sub(lambda m: "" if _meta_key(m.group()) in _DATE_META_KEYS else m.group(), page)

        def strip_ld(m: re.Match[str]) -> str:
            body = re.sub(r",\s*" + _LD_DATE, "", m.group(2))
            body = re.sub(_LD_DATE + r"\s*,\s*", "", body)
            body = re.sub(_LD_DATE, "", body)
            json.loads(body)
            return m.group(1) + body + m.group(3)

        page = _LD_SCRIPT.sub(strip_ld, page)
    tags = set(article.phenomena) | {"relative-date", "date-only-in-metadata"}
    if not article.modified:
        tags.discard("localized-date")
    source = "the byline's <time datetime>, the only date statement left" if drop_other_metadata else \
        "the byline's <time datetime> (and the page's metadata)"
    note = (f"The visible publication date is relative ('{relative}'); published is the exact time from {source} "
            "(GUIDELINES 4.4).")
    return dataclasses.replace(article, phenomena=sorted(tags),
                               notes=" ".join(filter(None, [article.notes, note]))), page


def add_published_meta(article: Article, page: str) -> str:
    """The page with an `article:published_time` meta tag (the gold's instant) added before `</head>`.

    For pages whose JSON-LD already states the publication (an SEO plugin that writes both); the gold
    does not change.
    """
    tag = f'<meta property="article:published_time" content="{article.published}">\n'
    return page.replace("</head>", tag + "</head>", 1)
