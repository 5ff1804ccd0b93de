"""Authoring helpers for our own corpus: an article plus its rendered page -> raw_html/ and gold/.

A site script under corpus/sites/ writes its template by hand, fills it with articles and calls
`emit` for each. `emit` encodes the page in the encoding it is served in, locates every mention
of the entities the author listed, checks that the gold text occurs in the page, and writes
raw_html/<id>.html and gold/<id>.json. The raw_html/ and gold/ files are the source of truth;
these scripts record how they were produced.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def emit(article: Article, page: str, encoding: str = "utf-8", *, chrome: bool = True) -> Path:
    """Encode `page` as served (strictly: a character the encoding lacks is an error) and write both files.

    With `chrome` (the default), the site's invisible template chrome (`add_template_chrome`) is added first.
    """
    if chrome:
        from urllib.parse import urlsplit
        parts = urlsplit(article.url)
        page = add_template_chrome(page, article.site, f"{parts.scheme}://{parts.netloc}")
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


# --- Invisible template weight (realism wave, element_count) ----------------------------------------------
# Real CMS pages carry hundreds of elements that show no text: an inline SVG icon sprite, preload and
# alternate <link>s, app/verification <meta>s, a responsive <picture> in the off-canvas drawer, the drawer's
# icon-only links, empty ad and consent mounts with data-* attributes. `emit` adds this chrome to every page
# (ASCII only, no text nodes, no <h1>/<article>/date/author markup, so no gold, tag or visible text changes).
# It depends on the site alone (a template constant), so a minimal pair keeps its single difference.

_ICONS = ("search", "menu", "close", "user", "bell", "share", "facebook", "x", "mail", "print", "link",
          "whatsapp", "telegram", "rss", "play", "pause", "camera", "gallery", "clock", "comment", "bookmark",
          "arrow-left", "arrow-right", "arrow-up", "chevron-down", "chevron-right", "external", "weather-sun",
          "weather-cloud", "weather-rain", "location", "phone", "lock", "star", "plus", "minus", "info",
          "warning", "home", "settings", "download", "headphones", "video", "live", "newsletter")
_PREFIXES = ("icon", "i", "ico", "svg", "sprite", "ic", "glyph", "symbol")
_DRAWERS = (("offcanvas", "offcanvas__nav", "offcanvas__item"), ("drawer", "drawer-menu", "drawer-menu__link"),
            ("mega-menu", "mega-menu__col", "mega-menu__entry"), ("nav-overlay", "nav-overlay__list", "nav-overlay__a"),
            ("side-panel", "side-panel__menu", "side-panel__item"), ("burger-nav", "burger-nav__group", "burger-nav__link"))


def _site_random(site: str) -> random.Random:
    return random.Random(int(hashlib.sha256(site.encode("utf-8")).hexdigest()[:16], 16))


def _svg_path(rnd: random.Random) -> str:
    points = " ".join(f"{rnd.choice('LQ')}{rnd.randint(1, 23)} {rnd.randint(1, 23)}" for _ in range(rnd.randint(3, 7)))
    return f'<path d="M{rnd.randint(1, 23)} {rnd.randint(1, 23)} {points}z"/>'


def template_chrome(site: str, host: str) -> tuple[str, str, str]:
    """The (head, body-start, body-end) markup of a site's invisible chrome; the same for every page of `site`."""
    rnd = _site_random(site)
    prefix = rnd.choice(_PREFIXES)
    sep = rnd.choice("-_")
    icons = rnd.sample(_ICONS, rnd.randint(20, 40))
    symbols = []
    for name in icons:
        paths = "".join(_svg_path(rnd) for _ in range(rnd.randint(1, 4)))
        inner = f"<g>{paths}</g>" if rnd.random() < 0.3 else paths
        symbols.append(f'<symbol id="{prefix}{sep}{name}" viewBox="0 0 24 24">{inner}</symbol>')
    sprite = ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true" '
              f'data-sprite="{site}-{rnd.randint(100, 999)}"><defs>' + "".join(symbols) + "</defs></svg>\n")
    version = f"{rnd.randint(1, 9)}.{rnd.randint(0, 40)}.{rnd.randint(0, 9)}"
    links = [f'<link rel="preconnect" href="https://cdn.{site}.example" crossorigin>',
             f'<link rel="dns-prefetch" href="https://img.{site}.example">',
             f'<link rel="preload" href="{host}/assets/fonts/{rnd.choice(["sans", "serif", "text", "display"])}-regular.woff2" as="font" type="font/woff2" crossorigin>',
             f'<link rel="preload" href="{host}/assets/fonts/{rnd.choice(["sans", "serif", "text", "display"])}-bold.woff2" as="font" type="font/woff2" crossorigin>',
             f'<link rel="manifest" href="{host}/manifest.json">',
             f'<link rel="apple-touch-icon" sizes="180x180" href="{host}/assets/icons/apple-touch-icon.png">',
             f'<link rel="icon" type="image/png" sizes="32x32" href="{host}/assets/icons/favicon-32.png">',
             f'<link rel="icon" type="image/png" sizes="16x16" href="{host}/assets/icons/favicon-16.png">',
             f'<link rel="mask-icon" href="{host}/assets/icons/safari-pinned.svg" color="#{rnd.randint(0, 0xFFFFFF):06x}">',
             f'<link rel="alternate" type="application/rss+xml" href="{host}/feed/rss.xml">',
             f'<link rel="preload" href="{host}/assets/js/main.{rnd.randint(10**7, 10**8):x}.js" as="script">',
             f'<link rel="modulepreload" href="{host}/assets/js/vendor.{rnd.randint(10**7, 10**8):x}.js">',
             f'<link rel="search" type="application/opensearchdescription+xml" href="{host}/opensearch.xml">']
    metas = [f'<meta name="theme-color" content="#{rnd.randint(0, 0xFFFFFF):06x}">',
             f'<meta name="msapplication-TileColor" content="#{rnd.randint(0, 0xFFFFFF):06x}">',
             '<meta name="format-detection" content="telephone=no">',
             f'<meta name="referrer" content="{rnd.choice(["strict-origin-when-cross-origin", "no-referrer-when-downgrade", "origin"])}">',
             f'<meta name="apple-mobile-web-app-title" content="{site}">',
             '<meta name="apple-mobile-web-app-capable" content="yes">',
             f'<meta name="google-site-verification" content="{rnd.randint(10**15, 10**16):x}">',
             f'<meta name="msvalidate.01" content="{rnd.randint(10**15, 10**16):X}">',
             f'<meta name="build" content="{version}">',
             f'<meta property="fb:app_id" content="{rnd.randint(10**14, 10**15)}">',
             '<meta name="twitter:card" content="summary_large_image">',
             f'<meta name="robots" content="{rnd.choice(["index, follow, max-image-preview:large", "index,follow", "max-snippet:-1, max-image-preview:large"])}">']
    head = "\n".join(rnd.sample(links, rnd.randint(8, len(links))) + rnd.sample(metas, rnd.randint(6, len(metas)))) + "\n"
    drawer, group, item = rnd.choice(_DRAWERS)
    groups = []
    for g in range(rnd.randint(4, 7)):
        entries = "".join(f'<li class="{item}" data-track="menu-{g}-{n}"><a href="{host}/{rnd.choice(["r", "s", "t", "c"])}/{rnd.randint(100, 9999)}" '
                          f'aria-label="{rnd.choice(icons)}"><svg class="{prefix}" aria-hidden="true"><use href="#{prefix}{sep}{rnd.choice(icons)}"/></svg></a></li>'
                          for n in range(rnd.randint(4, 8)))
        groups.append(f'<div class="{group}" data-col="{g}"><ul role="menu">{entries}</ul></div>')
    width = rnd.choice([320, 360, 400])
    sources = "".join(f'<source media="(min-width: {w}px)" type="image/{fmt}" srcset="{host}/img/promo/{site}-{w}.{fmt} 1x, {host}/img/promo/{site}-{w}@2x.{fmt} 2x">'
                      for w in rnd.sample([480, 768, 1024, 1280, 1600], rnd.randint(3, 5)) for fmt in rnd.sample(["avif", "webp"], rnd.randint(1, 2)))
    picture = (f'<picture data-lazy="true">{sources}<img src="{host}/img/promo/{site}-{width}.jpg" width="{width}" '
               f'height="{width * 9 // 16}" alt="" loading="lazy" decoding="async"></picture>')
    slots = "".join(f'<div class="{rnd.choice(["ad-slot", "adunit", "ad-container", "gpt-slot"])}" id="{rnd.choice(["div-gpt", "ad", "slot"])}-{n}" '
                    f'data-slot="/{rnd.randint(10**7, 10**8)}/{site}/{name}" data-sizes="{sizes}" data-lazy="{rnd.choice(["true", "false"])}"></div>'
                    for n, (name, sizes) in enumerate(rnd.sample([("sticky", "320x50"), ("interstitial", "1x1"), ("skin", "1x1"),
                                                                  ("outstream", "640x360"), ("anchor", "728x90")], rnd.randint(2, 5))))
    end = (f'<div class="{drawer}" id="{drawer}" hidden aria-hidden="true" data-state="closed"><div class="{drawer}__inner">'
           f'<div class="{drawer}__promo">{picture}</div><nav class="{drawer}__nav" aria-label="menu">{"".join(groups)}</nav></div></div>\n'
           f'<div class="{rnd.choice(["consent-root", "cmp-mount", "privacy-layer"])}" data-cmp-version="{version}" aria-hidden="true"></div>\n'
           f'<div class="{rnd.choice(["ad-overlays", "ads-late", "slot-stack"])}" aria-hidden="true">{slots}</div>\n')
    return head, sprite, end


def add_template_chrome(page: str, site: str, host: str) -> str:
    """`page` with the site's invisible chrome: head tags before `</head>`, the sprite after `<body>`, the drawer
    and mounts before `</body>`. A page without those three tags is returned unchanged."""
    import re
    head, start, end = template_chrome(site, host)
    body = re.search(r"<body\b[^>]*>", page, re.I)
    close_head = page.lower().find("</head>")
    close_body = page.lower().rfind("</body>")
    if body is None or close_head < 0 or close_body < 0 or not close_head < body.start() < close_body:
        return page
    return (page[:close_head] + head + page[close_head:body.end()] + "\n" + start + page[body.end():close_body]
            + end + page[close_body:])


def with_more_section(story: dict[str, Any], more: dict[str, tuple[list[Any], list[Any]]]) -> dict[str, Any]:
    """A story of the dict-of-parts site scripts with its extra section after its last paragraph.

    `more` maps a page id to (extra parts, extra entities); a story whose id it lacks is returned
    unchanged. Used by the scripts whose articles were lengthened to real pages' length (issue 11).
    """
    if story["id"] not in more:
        return story
    extra, entities = more[story["id"]]
    last = max(i for i, part in enumerate(story["parts"]) if part[0] == "p")
    return dict(story, parts=story["parts"][:last + 1] + extra + story["parts"][last + 1:],
                entities=list(story["entities"]) + [e for e in entities if e not in story["entities"]])
