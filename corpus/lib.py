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
