"""Second, independent annotation of 16 pages (batch_b), written from the pages and the guidelines.

Texts are pulled from the stored pages with BeautifulSoup; which element is which block (and
whether it is optional), dates, authors, entities and phenomena are decided per page below.
"""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit_second  # noqa: E402

import json  # noqa: E402
import re  # noqa: E402
import traceback  # noqa: E402
import unicodedata  # noqa: E402

from bs4 import BeautifulSoup, Comment, NavigableString, Tag  # noqa: E402

from newsbench.text.decode import decode  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
_INVIS = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c"), None)
_NOSPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u3000-\u303f\uff00-\uffef]")


def page(pid: str, enc: str | None = None) -> BeautifulSoup:
    raw = (REPO / "raw_html" / f"{pid}.html").read_bytes()
    return BeautifulSoup(decode(raw, enc).text, "lxml")


def clean(s: str) -> str:
    """Block text rules (7.8/7.9): invisible characters out, whitespace runs to one space, NFC.

    \x01 marks a <br>: between two characters of a script written without spaces it becomes
    nothing, elsewhere a space.
    """
    s = s.translate(_INVIS)
    parts = re.split(r"([\s\x01]+)", s)
    out = []
    for i, part in enumerate(parts):
        if part and re.fullmatch(r"[\s\x01]+", part):
            prev = parts[i - 1][-1:] if i > 0 else ""
            nxt = parts[i + 1][:1] if i + 1 < len(parts) else ""
            if "\x01" in part and part.replace("\x01", "") == "" and prev and nxt \
                    and _NOSPACE.match(prev) and _NOSPACE.match(nxt):
                out.append("")
            else:
                out.append(" ")
        else:
            out.append(part)
    return unicodedata.normalize("NFC", "".join(out).strip())


_BLOCKS = {"p", "div", "footer", "header", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "figcaption", "figure", "section", "aside", "tr", "td", "th", "table",
           "caption", "cite", "dt", "dd", "article", "nav"}


def T(el, drop: tuple[str, ...] = ()) -> str:
    """Rendered text of an element, one line; `drop` lists CSS selectors of parts to leave out."""
    if isinstance(el, str):
        return clean(el)
    el = BeautifulSoup(str(el), "lxml")
    for sel in drop:
        for x in el.select(sel):
            x.decompose()
    for x in el.find_all(["script", "style", "template"]):
        x.decompose()
    bits = []

    def walk(node):
        for ch in node.children:
            if isinstance(ch, Comment):
                continue
            if isinstance(ch, NavigableString):
                bits.append(str(ch))
            elif ch.name == "br":
                bits.append("\x01")
            else:
                blk = ch.name in _BLOCKS
                if blk:
                    bits.append(" ")
                walk(ch)
                if blk:
                    bits.append(" ")

    walk(el)
    return clean("".join(bits))


def P(t): return Block("paragraph", t)
def H(t): return Block("heading", t)
def LI(t): return Block("list_item", t)
def Q(t, opt=False): return Block("quote", t, opt)
def CAP(t): return Block("caption", t, True)
def NOTE(t): return Block("note", t, True)
def STAND(t): return Block("paragraph", t, True)
def TABLE(el) -> Block:
    rows = []
    for tr in el.find_all("tr"):
        rows.append("\t".join(T(c) for c in tr.find_all(["th", "td"])))
    return Block("table", "\n".join(rows))


def blocks_from(container, mapping) -> list[Block]:
    """Walk the direct children of a body container; `mapping(child)` returns blocks or []."""
    out = []
    for ch in container.children:
        if isinstance(ch, Tag):
            out += mapping(ch)
    return out


PAGES = {}


def register(fn):
    PAGES[fn.__name__.replace("_", "-")] = fn
    return fn


# ---------------------------------------------------------------- weserland-rundfunk (de)

def _wlr_body(s) -> tuple[str, str, list[Block]]:
    art = s.select_one("main article.wlr-article")
    headline = T(art.select_one("h1.wlr-article__headline"))
    teaser = art.select_one("p.wlr-article__teaser")
    stand = T(teaser) if teaser else ""
    blocks = [STAND(stand)] if stand else []

    def m(ch):
        cls = ch.get("class") or []
        if ch.name == "p":
            return [NOTE(T(ch))] if "wlr-correction" in cls else [P(T(ch))]
        if ch.name in ("h2", "h3"):
            return [H(T(ch))]
        if ch.name in ("ul", "ol"):
            return [LI(T(li)) for li in ch.find_all("li", recursive=False)]
        if ch.name == "blockquote" and "wlr-pullquote" in cls:
            return [Q(T(ch), True)]
        if ch.name == "table":
            cap = ch.find("caption")
            return ([CAP(T(cap))] if cap else []) + [TABLE(ch)]
        if "wlr-player" in cls or "wlr-audio" in cls:
            return []  # video/audio teaser, not text
        raise ValueError(f"unhandled element {ch.name} {cls}")

    blocks += blocks_from(art.select_one("div.wlr-article__text"), m)
    return headline, stand, blocks


@register
def weserland_rundfunk_02():
    pid = "weserland-rundfunk-02"
    s = page(pid)
    headline, stand, blocks = _wlr_body(s)
    return Article(
        id=pid, site="weserland-rundfunk",
        url=s.select_one('link[rel="canonical"]')["href"], language="de",
        headline=headline,
        published="2022-03-14T08:31+01:00", modified="2022-03-14T15:10+01:00",
        authors=["Lea Hinrichs"], summary=stand, blocks=blocks,
        entities=[("Holzminden", "LOC"), ("Wärmenetz Oberweser GmbH", "ORG"),
                  ("Wärmenetz Oberweser", "ORG"), ("Frank Wittkopp", "PER"), ("Wittkopp", "PER"),
                  ("WLR", "ORG"), ("Initiative Faires Wohnen", "ORG"), ("Birgit Lohmeyer", "PER"),
                  ("Lohmeyer", "PER"), ("Katrin Seelhorst", "PER"), ("Seelhorst", "PER"),
                  ("Hannover", "LOC"), ("Weser", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
                   "related-list", "most-read", "author-bio", "tag-list", "subheadings",
                   "list-in-body", "pull-quote", "correction-note", "kicker", "standfirst",
                   "decoy-date", "updated-date", "localized-date", "local-time-zone", "json-ld"],
        notes="The pull quote (a repeat of Wittkopp's quote) is optional and keeps its attribution "
              "footer, which sits inside the blockquote; the audio-player label before the text is "
              "not body; visible times (no seconds) are used.",
    )


@register
def weserland_rundfunk_04():
    pid = "weserland-rundfunk-04"
    s = page(pid)
    headline, stand, blocks = _wlr_body(s)
    return Article(
        id=pid, site="weserland-rundfunk",
        url=s.select_one('link[rel="canonical"]')["href"], language="de",
        headline=headline,
        published="2017-08-09T11:20+02:00", modified=None,
        authors=["Henning Ahlers"], summary=stand, blocks=blocks,
        entities=[("Weser", "LOC"), ("Instituts für Gewässerkunde Minden", "ORG"),
                  ("Hann. Münden", "LOC"), ("Bremen", "LOC"), ("Ricarda Vössing", "PER"),
                  ("Vössing", "PER"), ("Hameln", "LOC"), ("Minden", "LOC"), ("Nienburg", "LOC"),
                  ("Bremen-Hemelingen", "LOC"), ("Ulf Brinkmann", "PER"),
                  ("Abwasserbetriebe Weserbogen", "ORG"), ("Aller", "LOC"), ("Leine", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list",
                   "most-read", "tag-list", "next-article-appended", "inline-video-teaser",
                   "subheadings", "table-in-body", "title-differs-from-headline", "kicker",
                   "decoy-date", "localized-date", "local-time-zone", "json-ld"],
        notes="The table's <caption> is an optional caption block placed before the table; the "
              "video player label between paragraphs is a teaser, not body; dateModified equals "
              "datePublished, so modified is null; the appended 'Nächster Artikel' is left out.",
    )


# ---------------------------------------------------------------- zarechye-info (ru, windows-1251)

def _zar_body(s) -> tuple[str, list[Block]]:
    headline = T(s.select_one("h1.title"))
    font = s.select_one("div.text > font")

    def m(ch):
        if ch.name == "p":
            kids = [k for k in ch.contents if not (isinstance(k, NavigableString) and not k.strip())]
            if len(kids) == 1 and getattr(kids[0], "name", None) == "b":
                return [H(T(ch))]  # a paragraph made only of bold text, working as a subheading
            return [P(T(ch))]
        if ch.name == "ul":
            return [LI(T(li)) for li in ch.find_all("li", recursive=False)]
        if ch.name == "blockquote":
            return [Q(T(ch))]
        if ch.name == "table":
            return [TABLE(ch)]
        if ch.name in ("br", "font"):
            return blocks_from(ch, m) if ch.name == "font" else []
        raise ValueError(f"unhandled element {ch.name}")

    return headline, blocks_from(font, m)


@register
def zarechye_info_02():
    pid = "zarechye-info-02"
    s = page(pid)
    headline, blocks = _zar_body(s)
    assert T(s.select_one('div.text > p[align="right"]')) == "Сергей Тихомиров"
    return Article(
        id=pid, site="zarechye-info", url="http://www.zarechye-info.example/society/45530.html",
        language="ru", headline=headline,
        published="2015-09-22T09:15+03:00", modified=None,
        authors=["Сергей Тихомиров"], summary="", blocks=blocks,
        entities=[("Череповца", "LOC"), ("Зашекснинском районе", "LOC"),
                  ("ТеплоЛинияСевер", "ORG"), ("Андрея Рябинина", "PER"), ("Рябинин", "PER"),
                  ("Заречье-Инфо", "ORG"), ("Галина Воробьёва", "PER"),
                  ("Индустриальном районе", "LOC")],
        phenomena=["nav-menu", "footer-links", "share-bar", "comments", "related-list", "ad-slots",
                   "most-read", "list-in-body", "decoy-date", "localized-date", "local-time-zone",
                   "no-metadata", "legacy-encoding", "malformed-html", "table-layout",
                   "html-entities"],
        notes="The page has no canonical or og:url; the URL is the article address given in its "
              "share links; the visible time has no zone, and the footer states that site time is "
              "Moscow time (+03:00 in 2015); the right-aligned signature at the end is the byline; "
              "district names are annotated with 'районе' as LOC.",
    )


@register
def zarechye_info_04():
    pid = "zarechye-info-04"
    s = page(pid, "windows-1251")
    headline, blocks = _zar_body(s)
    assert T(s.select_one('div.text > p[align="right"]')) == "Дмитрий Логинов"
    return Article(
        id=pid, site="zarechye-info", url="http://www.zarechye-info.example/culture/50344.html",
        language="ru", headline=headline,
        published="2016-07-11T18:30+03:00", modified=None,
        authors=["Дмитрий Логинов"], summary="", blocks=blocks,
        entities=[("Сухоны", "LOC"), ("Сухону", "LOC"),
                  ("Северного института археологии и краеведения", "ORG"), ("Тотьмы", "LOC"),
                  ("Тотьме", "LOC"), ("Анна Кречетова", "PER"), ("Кречетовой", "PER"),
                  ("Кречетова", "PER"), ("Русского Севера", "LOC"), ("финно-угорского", "MISC"),
                  ("славянские", "MISC"), ("Северные древности", "ORG"), ("Вологды", "LOC"),
                  ("Ярославля", "LOC"), ("Петрозаводска", "LOC")],
        phenomena=["nav-menu", "footer-links", "share-bar", "related-list", "ad-slots", "most-read",
                   "subheadings", "table-in-body", "title-differs-from-headline", "decoy-date",
                   "localized-date", "local-time-zone", "no-metadata", "legacy-encoding",
                   "malformed-html", "table-layout", "html-entities"],
        encoding="windows-1251",
        notes="The page declares no charset; it reads correctly as windows-1251 (Cyrillic headline "
              "and body). It has no canonical, og:url or share link; the URL is inferred from the "
              "article id 50344 and the section's link pattern (/culture/<id>.html). The time is "
              "Moscow time per the footer (+03:00). The bold line 'Основные находки сезона:' is the "
              "table's heading; the italic blockquote is a required quote; the lowercase ethnic "
              "adjectives 'финно-угорского' and 'славянские' are annotated MISC.",
    )


# ---------------------------------------------------------------- capital-ticker (en, Drupal)

def _ct_body(s) -> tuple[str, str, list[Block]]:
    art = s.select_one("main article")
    headline = T(art.select_one("h1.node__title"))
    dek = art.select_one(".field--name-field-dek")
    stand = T(dek) if dek else ""
    blocks = [STAND(stand)] if stand else []
    for fig in art.select("figure.field--name-field-image"):
        blocks.append(CAP(T(fig.figcaption, drop=(".credit",))))

    def m(ch):
        cls = ch.get("class") or []
        if ch.name == "p":
            return [P(T(ch))]
        if ch.name in ("h2", "h3"):
            return [H(T(ch))]
        if ch.name in ("ul", "ol"):
            return [LI(T(li)) for li in ch.find_all("li", recursive=False)]
        if "ad-inarticle" in cls:
            return []
        raise ValueError(f"unhandled element {ch.name} {cls}")

    blocks += blocks_from(art.select_one(".field--name-body"), m)
    return headline, stand, blocks


@register
def capital_ticker_02():
    pid = "capital-ticker-02"
    s = page(pid)
    headline, stand, blocks = _ct_body(s)
    return Article(
        id=pid, site="capital-ticker", url=s.select_one('link[rel="canonical"]')["href"],
        language="en", headline=headline,
        published="2016-10-04T18:05-04:00", modified=None,
        authors=["Priya Natarajan", "Owen Castellano"], summary=stand, blocks=blocks,
        entities=[("Corvane", "ORG"), ("Corvane Biosciences", "ORG"),
                  ("Sellwood Diagnostics", "ORG"), ("Sellwood", "ORG"), ("Portland", "LOC"),
                  ("Oregon", "LOC"), ("Martin Aldous", "PER"), ("Aldous", "PER"),
                  ("Boston", "LOC"), ("Helen Farrow", "PER"), ("Farrow", "PER"),
                  ("Eastgate Capital Partners", "ORG")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
                   "related-list", "ad-slots", "most-read", "tag-list", "subheadings", "kicker",
                   "standfirst", "decoy-date", "localized-date", "local-time-zone",
                   "multiple-authors", "microdata"],
        notes="'6:05 p.m. ET' on 4 October 2016 is Eastern Daylight Time (-04:00), as the metadata "
              "also states; microdata dateModified equals the publication time, so modified is null.",
    )


@register
def capital_ticker_06():
    pid = "capital-ticker-06"
    s = page(pid)
    headline, stand, blocks = _ct_body(s)
    return Article(
        id=pid, site="capital-ticker", url=s.select_one('link[rel="canonical"]')["href"],
        language="en", headline=headline,
        published="2021-03-09T12:15-05:00", modified=None,
        authors=["Marcus Ebright", "Lena Oyelaran"], summary=stand, blocks=blocks,
        entities=[("Paystream Labs", "ORG"), ("Paystream", "ORG"), ("Atlanta", "LOC"),
                  ("Daniel Achterberg", "PER"), ("Achterberg", "PER"),
                  ("Harborline Ventures", "ORG"), ("Harborline", "ORG"),
                  ("Quarry Hill Capital", "ORG"), ("Canada", "LOC"), ("Decatur", "LOC"),
                  ("Nadia Fairweather", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
                   "related-list", "ad-slots", "most-read", "tag-list", "subheadings",
                   "photo-caption", "standfirst", "decoy-date", "localized-date",
                   "local-time-zone", "multiple-authors", "json-ld"],
        notes="The lead-photo caption is kept without its credit 'Photo: Paystream Labs'; "
              "12:15 p.m. ET on 9 March 2021 is EST (-05:00); JSON-LD dateModified equals "
              "datePublished, so modified is null.",
    )


# ---------------------------------------------------------------- daily-clarion (en, tabloid)

def _dc_body(s) -> tuple[str, list[Block]]:
    art = s.select_one("main article.dc-article")
    headline = T(art.select_one("h1.dc-headline"))
    blocks = []
    lead = art.select_one("figure.dc-lead")
    if lead:
        blocks.append(CAP(T(lead.figcaption, drop=(".dc-credit",))))

    def m(ch):
        cls = ch.get("class") or []
        if ch.name == "p":
            return [P(T(ch))]
        if "dc-text-block" in cls:
            return blocks_from(ch, m)
        if ch.name in ("h2", "h3"):
            return [H(T(ch))]
        if ch.name in ("ul", "ol"):
            return [LI(T(li)) for li in ch.find_all("li", recursive=False)]
        if "dc-gallery" in cls:
            # gallery widget: its title, counter and credits are chrome; slide captions are optional
            return [CAP(T(c)) for c in ch.select(".dc-slide .dc-slide__cap")]
        if "ad-slot" in cls or "dc-vteaser" in cls:
            return []
        raise ValueError(f"unhandled element {ch.name} {cls}")

    blocks += blocks_from(art.select_one("div.dc-body"), m)
    return headline, blocks


@register
def daily_clarion_02():
    pid = "daily-clarion-02"
    s = page(pid)
    headline, blocks = _dc_body(s)
    return Article(
        id=pid, site="daily-clarion", url=s.select_one('link[rel="canonical"]')["href"],
        language="en", headline=headline,
        published="2021-07-02T17:48-04:00", modified="2021-07-02T19:05-04:00",
        authors=["Tom Kessler", "Rina Oduya"], summary="", blocks=blocks,
        entities=[("Jersey Shore", "LOC"), ("Seaside Heights", "LOC"), ("Lavallette", "LOC"),
                  ("Kayla Brennan", "PER"), ("Scranton", "LOC"), ("Gary Lindqvist", "PER"),
                  ("Lindqvist", "PER"), ("Coastal Storm Desk", "ORG"), ("Toms River", "LOC"),
                  ("Ocean Terrace", "LOC"), ("Phil Mancuso", "PER"), ("Fourth of July", "MISC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
                   "comments", "related-list", "inline-video-teaser", "ad-slots", "most-read",
                   "tag-list", "image-gallery", "photo-caption", "kicker", "decoy-date",
                   "updated-date", "date-in-url", "localized-date", "local-time-zone",
                   "multiple-authors", "json-ld", "iframe-embeds"],
        notes="The in-body gallery contributes its eight slide captions (optional, credits and "
              "'n / 8' counters removed) where it stands; its widget title 'IN PICTURES: Hail hits "
              "the Shore' is gallery chrome and left out; the 'Watch' video teaser is left out; the "
              "meta description has no visible counterpart, so there is no standfirst.",
    )


@register
def daily_clarion_06():
    pid = "daily-clarion-06"
    s = page(pid)
    headline, blocks = _dc_body(s)
    return Article(
        id=pid, site="daily-clarion", url=s.select_one('link[rel="canonical"]')["href"],
        language="en", headline=headline,
        published="2016-10-11T07:40-04:00", modified=None,
        authors=["Tom Kessler"], summary="", blocks=blocks,
        entities=[("Bronx", "LOC"), ("Denise Whitfield", "PER"), ("Fordham Road", "LOC"),
                  ("Queens", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list",
                   "ad-slots", "most-read", "tag-list", "short-article", "kicker", "decoy-date",
                   "localized-date", "local-time-zone", "json-ld", "html-entities"],
        notes="The meta description has no visible counterpart, so there is no standfirst; "
              "JSON-LD dateModified equals datePublished, so modified is null.",
    )


# ---------------------------------------------------------------- gangnan-kuaixun (zh-Hant, table layout)

def _gn_body(s) -> tuple[str, list[Block]]:
    h1 = s.select_one("h1.news_title")
    headline = T(h1, drop=(".news_kicker",))
    content = s.select_one("td.news_content")

    def m(ch):
        cls = ch.get("class") or []
        if ch.name == "p":
            if "sub_title" in cls:
                return [H(T(ch))]
            if "src_txt" in cls:
                return [CAP(T(ch))]  # table source line
            return [P(T(ch))]
        if ch.name == "table":
            if ch.select_one(".ad_box"):
                return []
            cap = ch.find("caption")
            return ([CAP(T(cap))] if cap else []) + [TABLE(ch)]
        if ch.name == "br":
            return []
        raise ValueError(f"unhandled element {ch.name} {cls}")

    return headline, blocks_from(content, m)


@register
def gangnan_kuaixun_02():
    pid = "gangnan-kuaixun-02"
    s = page(pid)
    headline, blocks = _gn_body(s)
    return Article(
        id=pid, site="gangnan-kuaixun", url=s.select_one('link[rel="canonical"]')["href"],
        language="zh-Hant", headline=headline,
        published="2016-07-21T15:10+08:00", modified="2016-07-21T18:30+08:00",
        authors=["陳怡婷"], summary="", blocks=blocks,
        entities=[("新竹", "LOC"), ("新竹縣", "LOC"), ("峨眉鄉", "LOC"), ("禾翼科技", "ORG"),
                  ("周柏翰", "PER"), ("台灣", "LOC"), ("劉阿松", "PER"), ("沈立群", "PER"),
                  ("苗栗", "LOC"), ("南投", "LOC")],
        phenomena=["nav-menu", "footer-links", "newsletter-box", "share-bar", "related-list",
                   "ad-slots", "most-read", "tag-list", "subheadings", "decoy-date",
                   "updated-date", "localized-date", "local-time-zone", "table-layout", "cjk"],
        notes="Byline '記者陳怡婷／新竹報導' gives 陳怡婷; times are Taiwan time (+08:00, as the "
              "metadata states), the visible Minguo form 民國105年 is 2016; the ■-prefixed bold "
              "lines are subheadings, kept with their ■ as written; 新竹縣峨眉鄉 is two LOCs.",
    )


@register
def gangnan_kuaixun_06():
    pid = "gangnan-kuaixun-06"
    s = page(pid)
    headline, blocks = _gn_body(s)
    return Article(
        id=pid, site="gangnan-kuaixun", url=s.select_one('link[rel="canonical"]')["href"],
        language="zh-Hant", headline=headline,
        published="2023-05-03T08:50+08:00", modified=None,
        authors=["許文傑"], summary="", blocks=blocks,
        entities=[("高雄", "LOC"), ("南台灣消費研究中心", "ORG"), ("港都夜市", "LOC"),
                  ("愛河夜市", "LOC"), ("鳳林夜市", "LOC"), ("羅啟明", "PER"), ("錢振興", "PER")],
        phenomena=["nav-menu", "footer-links", "newsletter-box", "share-bar", "related-list",
                   "ad-slots", "most-read", "tag-list", "table-in-body", "kicker", "decoy-date",
                   "date-in-url", "localized-date", "local-time-zone", "json-ld", "table-layout",
                   "cjk"],
        notes="The kicker 【財經焦點】 inside the <h1> is left out of the headline; the table's "
              "<caption> and its '資料來源' source line are optional caption blocks around the "
              "table; the named night markets are typed LOC (places/facilities); dateModified "
              "equals datePublished, so modified is null.",
    )


# ---------------------------------------------------------------- gazzetta-del-lario (it, WordPress)

def _gdl_body(s) -> tuple[str, str, list[Block]]:
    art = s.select_one("main article:not(.gdl-infinite-post)")
    headline = T(art.select_one("h1.entry-title"))
    som = art.select_one("p.gdl-sommario")
    stand = T(som) if som else ""
    blocks = [STAND(stand)] if stand else []

    def m(ch):
        cls = ch.get("class") or []
        if ch.name == "p":
            return [P(T(ch))]
        if ch.name in ("h2", "h3"):
            return [H(T(ch))]
        if ch.name in ("ul", "ol"):
            return [LI(T(li)) for li in ch.find_all("li", recursive=False)]
        if ch.name == "blockquote":
            return [Q(T(ch))]
        if "gdl-leggi-anche" in cls or "gdl-adv" in cls:
            return []
        raise ValueError(f"unhandled element {ch.name} {cls}")

    blocks += blocks_from(art.select_one("div.entry-content"), m)
    return headline, stand, blocks


@register
def gazzetta_del_lario_02():
    pid = "gazzetta-del-lario-02"
    s = page(pid)
    headline, stand, blocks = _gdl_body(s)
    return Article(
        id=pid, site="gazzetta-del-lario", url=s.select_one('link[rel="canonical"]')["href"],
        language="it", headline=headline,
        published="2016-02-23T07:55+01:00", modified=None,
        authors=["Paolo Sala"], summary=stand, blocks=blocks,
        entities=[("Acciaierie Rocchi", "ORG"), ("Lecco", "LOC"), ("Castello", "LOC"),
                  ("via Corti", "LOC"), ("Silvia Mauri", "PER"), ("Germania", "LOC"),
                  ("Asia", "LOC"), ("Guido Rocchi", "PER"), ("Unione Artigiani del Lario", "ORG"),
                  ("Walter Crippa", "PER"), ("Andrea Villa", "PER"), ("Regione Lombardia", "ORG")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
                   "related-list", "inline-related", "ad-slots", "most-read", "tag-list",
                   "next-article-appended", "subheadings", "kicker", "standfirst", "decoy-date",
                   "localized-date", "local-time-zone", "json-ld"],
        notes="The company statement set as a blockquote is a required quote block; the 'Leggi "
              "anche' line and the infinite-scroll next article are left out; 'Regione "
              "Lombardia' is typed ORG (the regional government addressed as an institution); "
              "the street 'via Corti' is a LOC including 'via'.",
    )


@register
def gazzetta_del_lario_06():
    pid = "gazzetta-del-lario-06"
    s = page(pid)
    headline, stand, blocks = _gdl_body(s)
    return Article(
        id=pid, site="gazzetta-del-lario", url=s.select_one('link[rel="canonical"]')["href"],
        language="it", headline=headline,
        published="2021-10-19T06:50+02:00", modified=None,
        authors=["Paolo Sala"], summary=stand, blocks=blocks,
        entities=[("Lecco", "LOC"), ("Valmadrera", "LOC"),
                  ("Azienda Sanitaria del Lario", "ORG"), ("Francesco Magni", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list",
                   "ad-slots", "most-read", "tag-list", "next-article-appended", "subheadings",
                   "list-in-body", "kicker", "standfirst", "decoy-date", "date-in-url",
                   "localized-date", "local-time-zone", "json-ld"],
        notes="The infinite-scroll next article ('Continua a leggere') is left out; modified_time "
              "equals the publication time, so modified is null.",
    )


# ---------------------------------------------------------------- hanbit-ilbo (ko, Nuxt)

def _hb_head(s) -> tuple[str, str]:
    art = s.select_one("article.article_view")
    headline = T(art.select_one(".art_head h1"))
    sub = art.select_one(".art_head .sub_title")
    lines = []
    if sub:
        buf = []
        for node in list(sub.children) + [None]:
            if node is None or getattr(node, "name", None) == "br":
                if "".join(buf).strip():
                    lines.append(clean("".join(buf)))
                buf = []
            else:
                buf.append(node.get_text() if isinstance(node, Tag) else str(node))
    return headline, "\n".join(lines)


def _hb_nuxt_content(s) -> str:
    """The article HTML the Nuxt app renders, from the `content` string of window.__NUXT__."""
    for sc in s.find_all("script"):
        txt = sc.string or ""
        if "window.__NUXT__" in txt:
            m = re.search(r'content:"((?:[^"\\]|\\.)*)"', txt)
            return json.loads('"' + m.group(1) + '"')
    raise ValueError("no __NUXT__ content")


@register
def hanbit_ilbo_02():
    pid = "hanbit-ilbo-02"
    s = page(pid)
    headline, stand = _hb_head(s)
    blocks = [STAND(stand.replace("\n", " "))]
    body = BeautifulSoup(_hb_nuxt_content(s), "lxml").body

    def m(ch):
        cls = ch.get("class") or []
        if ch.name == "p":
            return [P(T(ch))]
        if ch.name in ("h2", "h3", "h4"):
            return [H(T(ch))]
        if ch.name == "figure":
            return [CAP(T(ch.figcaption, drop=(".credit",)))]
        if "ad_inarticle" in cls:
            return []
        raise ValueError(f"unhandled element {ch.name} {cls}")

    blocks += blocks_from(body, m)
    return Article(
        id=pid, site="hanbit-ilbo", url=s.select_one('link[rel="canonical"]')["href"],
        language="ko", headline=headline,
        published="2016-05-19T16:40+09:00", modified=None,
        authors=["한지우"], summary=stand, blocks=blocks,
        entities=[("세온바이오", "ORG"), ("오송", "LOC"), ("충북", "LOC"),
                  ("오송생명과학단지", "LOC"), ("청주시", "LOC"), ("인천", "LOC"), ("송도", "LOC"),
                  ("유럽", "LOC"), ("북미", "LOC"), ("한재원", "PER"), ("아시아", "LOC"),
                  ("충북바이오산업협회", "ORG"), ("이정숙", "PER")],
        phenomena=["nav-menu", "footer-links", "newsletter-box", "share-bar", "related-list",
                   "ad-slots", "most-read", "tag-list", "subheadings", "photo-caption",
                   "standfirst", "decoy-date", "localized-date", "local-time-zone", "json-ld",
                   "spa-hydration-data", "cjk"],
        notes="The server-rendered body is an empty loading shell; the body is the `content` HTML "
              "of the article object in window.__NUXT__ (paragraphs, two h3 subheadings, a photo "
              "caption without its '/사진=세온바이오 제공' credit); the two-line sub_title is the "
              "standfirst; byline '한지우 기자' gives 한지우.",
    )


@register
def hanbit_ilbo_06():
    pid = "hanbit-ilbo-06"
    s = page(pid)
    headline, stand = _hb_head(s)
    blocks = [STAND(stand.replace("\n", " "))]
    content = s.select_one("article.article_view div.art_body")
    buf: list[str] = []

    def flush():
        t = clean("".join(buf))
        buf.clear()
        if t:
            blocks.append(P(t))

    # legacy view: paragraphs are runs of text separated by <br /><br />
    for node in content.children:
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            buf.append(str(node))
        elif node.name == "br":
            flush()
        elif node.name == "table":
            flush()
            blocks.append(TABLE(node))
        elif "tbl_source" in (node.get("class") or []):
            flush()
            blocks.append(CAP(T(node)))
        elif "ad_inarticle" in (node.get("class") or []):
            flush()
        else:
            buf.append(node.get_text())
    flush()
    return Article(
        id=pid, site="hanbit-ilbo", url=s.select_one('link[rel="canonical"]')["href"],
        language="ko", headline=headline,
        published="2021-11-16T08:00+09:00", modified="2021-11-16T11:37+09:00",
        authors=["임도현"], summary=stand, blocks=blocks,
        entities=[("수도권", "LOC"), ("서울", "LOC"), ("새길부동산연구소", "ORG"),
                  ("10월 수도권 주택시장 동향", "MISC"), ("경기", "LOC"), ("인천", "LOC"),
                  ("권태민", "PER"), ("노원구", "LOC"), ("정미란", "PER")],
        phenomena=["nav-menu", "footer-links", "newsletter-box", "share-bar", "comments",
                   "related-list", "ad-slots", "most-read", "tag-list", "table-in-body",
                   "title-differs-from-headline", "standfirst", "decoy-date", "updated-date",
                   "date-in-url", "localized-date", "local-time-zone", "json-ld", "cjk",
                   "html-entities"],
        notes="The body is a legacy <br><br>-separated text block, split into paragraphs at the "
              "breaks; the table's '자료:' source line is an optional caption; 수도권 (the Seoul "
              "capital region) is typed LOC; the quoted report title '10월 수도권 주택시장 동향' is "
              "MISC; the article object in __NUXT__ holds no text, so no spa-hydration-data.",
    )


# ---------------------------------------------------------------- kabar-nusantara (id, WordPress)

_KN_CREDIT = re.compile(r"\s*\(Kabar Nusantara/[^)]*\)\s*$")


def _kn_body(s) -> tuple[str, list[Block]]:
    art = s.select_one("main article")
    headline = T(art.select_one("h1.entry-title"))
    blocks = []
    fig = art.select_one(".post-thumbnail figcaption")
    if fig:
        blocks.append(CAP(_KN_CREDIT.sub("", T(fig))))  # photo credit removed

    def m(ch):
        cls = ch.get("class") or []
        if ch.name == "p":
            return [] if "baca" in cls else [P(T(ch))]
        if ch.name in ("h2", "h3"):
            return [H(T(ch))]
        if ch.name in ("ul", "ol"):
            return [LI(T(li)) for li in ch.find_all("li", recursive=False)]
        if "kn-ads" in cls or "page-links" in cls:
            return []
        raise ValueError(f"unhandled element {ch.name} {cls}")

    blocks += blocks_from(art.select_one("div.entry-content"), m)
    return headline, blocks


@register
def kabar_nusantara_02():
    pid = "kabar-nusantara-02"
    s = page(pid)
    headline, blocks = _kn_body(s)
    return Article(
        id=pid, site="kabar-nusantara", url=s.select_one('link[rel="canonical"]')["href"],
        language="id", headline=headline,
        published="2018-01-23T08:40+07:00", modified=None,
        authors=["Friska Simanjuntak"], summary="", blocks=blocks,
        entities=[("Medan", "LOC"), ("MEDAN", "LOC"), ("Kota Medan", "LOC"),
                  ("Pasar Sukaramai", "LOC"), ("Kabar Nusantara", "ORG"),
                  ("Sumatera Utara", "LOC"), ("Rosmawati Br Ginting", "PER"),
                  ("Rosmawati", "PER"), ("Karo", "LOC"),
                  ("Lembaga Kajian Pangan Sumatera", "ORG"), ("Hendra Manurung", "PER"),
                  ("Hendra", "PER"), ("Lina Hutapea", "PER"), ("Kecamatan Medan Johor", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
                   "comments", "related-list", "inline-related", "ad-slots", "most-read",
                   "tag-list", "photo-caption", "dateline", "decoy-date", "relative-date",
                   "date-only-in-metadata", "local-time-zone", "json-ld"],
        notes="The visible date is relative ('2 jam lalu'); published is the <time datetime> "
              "(2018-01-23T08:40+07:00), as JSON-LD also states; the top-bar date and the "
              "'Selasa (23/1/2018)' in caption and text are not publication statements; the lead "
              "caption drops its '(Kabar Nusantara/...)' credit; 'Editor:' is not an author; "
              "'Kota Medan' and 'Kecamatan Medan Johor' are annotated with their capitalised "
              "administrative prefix.",
    )


@register
def kabar_nusantara_06():
    pid = "kabar-nusantara-06"
    s = page(pid)
    headline, blocks = _kn_body(s)
    return Article(
        id=pid, site="kabar-nusantara", url=s.select_one('link[rel="canonical"]')["href"],
        language="id", headline=headline,
        published="2023-02-25T09:30+07:00", modified=None,
        authors=["Desy Kartikasari"], summary="", blocks=blocks,
        entities=[("Kapuas", "LOC"), ("Phang Kian Tjoe", "PER"), ("Phang", "PER"),
                  ("Warkop Sinar Kapuas", "ORG"), ("Pontianak", "LOC"), ("PONTIANAK", "LOC"),
                  ("Kabar Nusantara", "ORG"), ("Sungai Kapuas", "LOC"),
                  ("Syarif Hamdani", "PER"), ("Jakarta", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
                   "comments", "related-list", "ad-slots", "most-read", "tag-list",
                   "photo-caption", "dateline", "paginated", "decoy-date", "date-in-url",
                   "localized-date", "local-time-zone", "json-ld"],
        notes="Page 1 of 3: only this page's text, the 'Halaman 1 2 3 Selanjutnya' links left "
              "out; the coffee shop 'Warkop Sinar Kapuas' is typed ORG (a family business) rather "
              "than LOC; the closed comments area ('Komentar ditutup.') counts as a comment "
              "container.",
    )


def main(argv):
    only = set(argv[1:])
    failed = 0
    for pid, fn in PAGES.items():
        if only and pid not in only:
            continue
        try:
            path = emit_second(fn())
            print("wrote", path.relative_to(REPO))
        except Exception:  # keep going so that partial work is usable
            failed += 1
            print("FAILED", pid)
            traceback.print_exc()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
