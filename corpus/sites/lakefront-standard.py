import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""The Lakefront Standard (lakefront-standard): an invented Chicago metro daily on a large
publisher's React/Next.js platform (server-rendered, hydrated from __NEXT_DATA__). Emotion-style
hashed class names, a header with a section nav, an <article> whose body the renderer emits as
"paragraph groups" closed by every ad slot, the "Read more" teaser module (an <article> card) and
the newsletter box; "More from <section>" and "Most Popular" rails made of <article> teaser cards;
a small consent layer and a short footer. The whole story (headline, dek, byline, dates, body
nodes) is also in __NEXT_DATA__, with the rails, nav tree, ad and feature-flag configuration.

Metadata personality: the headless CMS writes article:published_time as UTC with milliseconds
(the page's clock is America/Chicago), <title> is the SEO headline when an editor set one and the
bare headline otherwise (no site suffix), og:title is the social headline when set, and the
JSON-LD headline is the SEO headline. Wire stories carry the newspaper itself as JSON-LD author
(an Organization) while the byline names the agency; the wire-ingest path writes no article:*
date tags and its byline prints the date as text without <time>. Stories re-published from the CMS's
drafts queue keep the draft's creation time as datePublished and article:published_time, while
the page shows the original publication time. Page 13 is page 05 without its JSON-LD."""

import datetime as _dt
import hashlib as _hashlib
import html as _html
import json as _json
import random as _random
from zoneinfo import ZoneInfo

SITE = "lakefront-standard"
HOST = "https://www.lakefrontstandard.example"
IMG = "https://media.lakefrontstandard.example"
NAME = "The Lakefront Standard"
TZ = ZoneInfo("America/Chicago")
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
BUILD = "p8Wq3xLk2vTz0RmNsA1cd"


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def iso(d):
    return d.isoformat(timespec="seconds")


def utc_ms(d):
    return d.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def stamp(d):
    h = d.hour % 12 or 12
    return f"{AP_MON[d.month - 1]} {d.day}, {d.year}, {h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'} CT"


def esc(s):
    return _html.escape(s, quote=True)


def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s.replace("’", "").replace("'", ""))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:80]


def css(name):
    """An emotion-style hashed class name, stable per component name."""
    return "css-" + _hashlib.sha1(name.encode()).hexdigest()[:6] + " " + "e1" + _hashlib.md5(name.encode()).hexdigest()[:5]


# ---------------------------------------------------------------- boilerplate pools

NAV = [("News", "/news"), ("Metro", "/metro"), ("Politics", "/politics"), ("Business", "/business"), ("Sports", "/sports"),
       ("Transportation", "/transportation"), ("Education", "/education"), ("Food", "/food"), ("Opinion", "/opinion"),
       ("Weather", "/weather")]
NAV_TREE = {
    "News": ["Metro", "Suburbs", "Courts", "Crime", "Health", "Environment", "Obituaries"],
    "Politics": ["City Hall", "State", "Elections", "Policy"],
    "Business": ["Real Estate", "Work", "Tech", "Markets", "Small Business"],
    "Sports": ["Baseball", "Football", "Basketball", "Hockey", "Soccer", "High Schools", "Minor Leagues"],
    "Food": ["Restaurants", "Recipes", "Drinks", "Dining Guide"],
    "Arts": ["Music", "Theater", "Movies", "Books", "Museums"],
}
POPULAR = [
    "What the new parking meter rates mean for your block",
    "A 92-year-old lifeguard still patrols the same beach every summer",
    "The best tamales in the city, ranked by our food critic",
    "Why your water bill went up this month",
    "Ice fishing on the lake is back. Here is where it is safe.",
    "How the school board picks which buildings close",
    "A guide to the lakefront bike path detours",
    "The suburban mall that became a farm",
    "Commuters react to the new express bus lanes",
    "Five neighborhood bakeries worth the early alarm",
]
SECTION_MORE = {
    "Metro": ["Alderman proposes later hours for neighborhood libraries", "Block club parties need permits starting next month",
              "Volunteers repaint murals along the river walk", "Neighbors push for a stoplight at a dangerous corner"],
    "Weather": ["Forecasters expect a cooler weekend after the storms", "How to read a heat index chart",
                "Lakefront beaches reopen after water testing", "Storm knocked out power to 30,000 homes"],
    "Business": ["Downtown office vacancies edge lower", "Family bakery sells to longtime employees",
                 "Regional grocer adds delivery in the suburbs", "Freight railroads report busy harvest season"],
    "Transportation": ["Bike lane pilot extended for another year", "Train delays blamed on signal upgrades",
                       "Airport adds overnight shuttle service", "Ride-share pickup zones move downtown"],
    "Education": ["Board approves new start times for high schools", "Teachers in three suburbs ratify contracts",
                  "Community college adds welding program", "Parents rally for more school nurses"],
    "Health": ["Clinic opens in a former bank branch", "Flu shots now available at libraries",
               "Nurses union reaches tentative agreement", "Hospital expands mental health beds"],
    "Sports": ["Minor-league club adds Sunday day games", "High school softball team wins sectional",
               "Rowing club opens boathouse to neighbors", "Marathon organizers change course near the river"],
    "Real Estate": ["Condo prices flat for a third quarter", "Historic bungalow district expands",
                    "Developer plans apartments above a grocery store", "Property tax appeals hit a record"],
    "Environment": ["Lake levels drop after a dry summer", "Volunteers count shorebirds at the harbor",
                    "City adds 4,000 trees to its parkway program", "Dune restoration finishes at the north beach"],
    "Food": ["A pierogi pop-up finds a permanent home", "The taqueria that opens at 5 a.m.",
             "Farmers market adds a winter season", "Chef turns a laundromat into a supper club"],
    "Courts": ["Former alderman's aide pleads guilty", "Judge orders new trial in 2016 arson case",
               "County expands drug court program", "Jury selection begins in bribery trial"],
}

CSS = """
:root{--ls-ink:#121212;--ls-sub:#5b5b5b;--ls-line:#e2e2e2;--ls-accent:#005a8c;--ls-red:#c8102e;--ls-bg:#f7f7f5;--ls-font-serif:"Publico Text",Georgia,"Times New Roman",serif;--ls-font-sans:"Franklin Gothic","Helvetica Neue",Arial,sans-serif}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}*,*::before,*::after{box-sizing:border-box}body{margin:0;color:var(--ls-ink);background:#fff;font-family:var(--ls-font-sans)}
a{color:inherit}img{max-width:100%;height:auto;display:block}button{font:inherit}
.skip-link{position:absolute;left:-999px;top:0}.skip-link:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:1000}
"""


def emotion_css(seed):
    """The server-rendered emotion stylesheet: one rule set per component (hashed names)."""
    rng = _random.Random(seed)
    comps = ["app", "header", "header-inner", "logo", "nav", "nav-item", "nav-link", "subscribe", "signin", "ad-top", "main",
             "grid", "col-main", "article", "article-header", "kicker", "headline", "dek", "byline", "author", "author-img",
             "timestamps", "share", "share-btn", "lead", "lead-img", "caption", "credit", "body", "body-text", "paragraph",
             "subhead", "list", "blockquote", "ad-inline", "readmore", "readmore-label", "teaser", "teaser-img", "teaser-hl",
             "newsletter", "newsletter-form", "article-footer", "tags", "tag", "more", "more-title", "cards", "card", "card-img",
             "card-hl", "card-meta", "rail", "rail-section", "rail-title", "popular", "mini", "footer", "footer-links",
             "footer-legal", "consent", "consent-btn"]
    props = ["display:flex", "display:grid", "display:block", "position:relative", "margin:0", "margin:0 auto", "padding:0 16px",
             "padding:12px 0", "gap:16px", "gap:24px", "font-family:var(--ls-font-serif)", "font-family:var(--ls-font-sans)",
             "font-size:14px", "font-size:15px", "font-size:17px", "font-size:19px", "font-size:40px", "line-height:1.2",
             "line-height:1.55", "line-height:1.7", "color:var(--ls-sub)", "color:var(--ls-accent)", "border-bottom:1px solid var(--ls-line)",
             "border-top:4px solid var(--ls-ink)", "max-width:1280px", "max-width:680px", "width:100%", "align-items:center",
             "justify-content:space-between", "text-decoration:none", "font-weight:700", "font-weight:400", "letter-spacing:.02em",
             "text-transform:uppercase", "background:var(--ls-bg)", "min-height:250px", "grid-template-columns:minmax(0,1fr) 300px",
             "overflow:hidden", "object-fit:cover", "aspect-ratio:16/9", "border-radius:2px"]
    out = []
    comps = comps + [f"{c}-{v}" for c in comps[:40] for v in ("sm", "lg")]
    for c in comps:
        sel = "." + css(c).split()[0]
        rules = ";".join(rng.sample(props, rng.randint(3, 8)))
        out.append(f"{sel}{{{rules}}}")
        if rng.random() < 0.5:
            out.append(f"@media (min-width:{rng.choice([600, 768, 1024, 1280])}px){{{sel}{{{';'.join(rng.sample(props, rng.randint(1, 4)))}}}}}")
        if rng.random() < 0.3:
            out.append(f"{sel}:hover{{{rng.choice(['text-decoration:underline', 'color:var(--ls-accent)', 'opacity:.85'])}}}")
    return "\n".join(out)


SVG_LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 420 40" width="252" height="24" role="img" aria-labelledby="ls-logo-t">'
            '<title id="ls-logo-t">The Lakefront Standard</title>'
            '<path d="M2 6h12v2H9v26H7V8H2zM18 6h2v12h9V6h2v28h-2V20h-9v14h-2zM36 6h12v2H38v11h9v2h-9v11h10v2H36z"/>'
            '<path d="M62 6h2v26h10v2H62zM84 6h3l8 28h-2l-2.3-8h-9.4L79 34h-2zm-.1 18h8.2L88 9.4zM102 6h2v14l11-14h2.5l-9 11.3L118 34h-2.4l-8.4-15.1-3.2 4.1V34h-2z"/>'
            '<path d="M124 6h12v2h-10v11h9v2h-9v11h10v2h-12zM142 6h11v2h-9v12h8v2h-8v12h-2zM160 6h6c4 0 6.5 2.3 6.5 7s-2 6.6-5 7.1L174 34h-2.3l-6.2-13.7H162V34h-2zm2 12.3h4c2.8 0 4.5-1.5 4.5-5.3S168.8 8 166 8h-4z"/>'
            '<path d="M188 5c6 0 8.6 6 8.6 15s-2.6 15-8.6 15-8.6-6-8.6-15S182 5 188 5zm0 2c-4.4 0-6.5 5-6.5 13s2.1 13 6.5 13 6.5-5 6.5-13-2.1-13-6.5-13zM202 6h2.3l11.2 24.5V6h2v28h-2.3L204 9.5V34h-2zM222 6h14v2h-6v26h-2V8h-6z"/>'
            '<path d="M250 28c1.4 3 3.6 5 7 5 3.8 0 5.9-2.2 5.9-5.3 0-7.2-12.6-5.4-12.6-14.4C250.3 8.3 253 5 257.4 5c3.2 0 5.5 1.7 6.8 4.4l-1.7 1c-1-2.1-2.7-3.4-5.1-3.4-3.3 0-5 2.2-5 5.2 0 7.5 12.6 5.4 12.6 14.3 0 4.3-3 7.5-8 7.5-4.2 0-7-2.3-8.6-5.9z"/>'
            '<path d="M268 6h14v2h-6v26h-2V8h-6zM292 6h3l8 28h-2l-2.3-8h-9.4L287 34h-2zm-.1 18h8.2L296 9.4zM308 6h2.3l11.2 24.5V6h2v28h-2.3L310 9.5V34h-2zM330 6h6c6 0 9 5 9 14s-3 14-9 14h-6zm2 2v24h4c4.7 0 7-4 7-12s-2.3-12-7-12z"/>'
            '<path d="M356 6h3l8 28h-2l-2.3-8h-9.4L351 34h-2zm-.1 18h8.2L360 9.4zM372 6h6c4 0 6.5 2.3 6.5 7s-2 6.6-5 7.1L386 34h-2.3l-6.2-13.7H374V34h-2zm2 12.3h4c2.8 0 4.5-1.5 4.5-5.3S380.8 8 378 8h-4zM392 6h6c6 0 9 5 9 14s-3 14-9 14h-6zm2 2v24h4c4.7 0 7-4 7-12s-2.3-12-7-12z"/></svg>')

ICONS = ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><defs>'
         '<symbol id="ls-fb" viewBox="0 0 24 24"><path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4.3V10H7v4h3v8h4v-8h3l1-4h-4V8.6c0-.4.3-.6.6-.6z"/></symbol>'
         '<symbol id="ls-x" viewBox="0 0 24 24"><path d="M17.7 3h3.1l-6.8 7.8L22 21h-6.3l-4.9-6.4L5.2 21H2.1l7.3-8.3L1.8 3h6.4l4.4 5.8L17.7 3z"/></symbol>'
         '<symbol id="ls-mail" viewBox="0 0 24 24"><path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm9 7.2L4.4 7H4v.4l8 5.6 8-5.6V7h-.4z"/></symbol>'
         '<symbol id="ls-link" viewBox="0 0 24 24"><path d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2.1 2.1-1.4-1.4 2.1-2.1a1 1 0 1 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0z"/></symbol>'
         '<symbol id="ls-menu" viewBox="0 0 24 24"><path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"/></symbol>'
         '<symbol id="ls-search" viewBox="0 0 24 24"><path d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"/></symbol>'
         '<symbol id="ls-gift" viewBox="0 0 24 24"><path d="M4 10h16v12H4zM2 6h20v4H2zm9 0v16h2V6zM12 6c-1-3-5-4-5-1s4 1 5 1zm0 0c1-3 5-4 5-1s-4 1-5 1z"/></symbol>'
         '</defs></svg>')


# ---------------------------------------------------------------- rendering

def card(title, section, d, i, kind="card", cid=0, dek=None):
    href = f"{HOST}/{slug(section)}/{cid}/{slug(title)}"
    img = f"{IMG}/resizer/v2/{cid}.jpg"
    return (f'<article class="{css(kind)}" data-testid="{kind}"><a class="{css(kind + "-link")}" href="{href}">'
            f'<picture><source type="image/webp" srcset="{img}?w=320&amp;fm=webp 320w, {img}?w=640&amp;fm=webp 640w">'
            f'<img class="{css(kind + "-img")}" src="{img}?w=320" alt="" loading="lazy" width="320" height="180"></picture>'
            f'<h3 class="{css(kind + "-hl")}">{text(title)}</h3>' + (f'<p class="{css(kind + "-dek")}">{text(dek)}</p>' if dek else "") + '</a>'
            + (f'<span class="{css(kind + "-meta")}">{AP_MON[d.month - 1]} {d.day}, {d.year}</span>' if d else "")
            + "</article>")


def render_body(a):
    """Paragraph groups of the renderer: every ad, 'Read more' module and newsletter box closes one."""
    out, run, blocks, nodes = [], [], [], []
    if a.get("dek"):
        blocks.append(Block("paragraph", a["dek"], optional=True))
    if a.get("lead"):
        blocks.append(Block("caption", a["lead"][0], optional=True))
    n_ad = 0

    def flush():
        if run:
            out.append(f'<div class="{css("body-text")}" data-testid="paragraph-group">' + "".join(run) + "</div>")
            run.clear()

    for part in a["parts"]:
        k = part[0]
        if k == "p":
            run.append(f'<p class="{css("paragraph")}">{text(part[1])}</p>')
            blocks.append(Block("paragraph", part[1]))
            nodes.append({"type": "paragraph", "content": part[1]})
        elif k == "h":
            run.append(f'<h2 class="{css("subhead")}">{text(part[1])}</h2>')
            blocks.append(Block("heading", part[1]))
            nodes.append({"type": "heading", "level": 2, "content": part[1]})
        elif k == "ul":
            run.append(f'<ul class="{css("list")}">' + "".join(f"<li>{text(x)}</li>" for x in part[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in part[1]]
            nodes.append({"type": "list", "ordered": False, "items": part[1]})
        elif k == "quote":
            run.append(f'<blockquote class="{css("blockquote")}"><p>{text(part[1])}</p></blockquote>')
            blocks.append(Block("quote", part[1]))
            nodes.append({"type": "blockquote", "content": part[1]})
        elif k == "fig":
            _, cap, credit, img = part
            flush()
            out.append(f'<figure class="{css("inline-figure")}"><picture><source type="image/webp" srcset="{IMG}/resizer/v2/{img}.jpg?w=640&amp;fm=webp 640w, {IMG}/resizer/v2/{img}.jpg?w=1280&amp;fm=webp 1280w">'
                       f'<img src="{IMG}/resizer/v2/{img}.jpg?w=1280" alt="" loading="lazy" width="1280" height="720"></picture>'
                       f'<figcaption class="{css("caption")}">{text(cap)} <span class="{css("credit")}">{text(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
            nodes.append({"type": "image", "caption": cap, "credit": credit, "src": f"{IMG}/resizer/v2/{img}.jpg"})
        elif k == "ad":
            flush()
            n_ad += 1
            out.append(f'<aside class="{css("ad-inline")}" aria-label="Advertisement"><div id="ad-inline-{n_ad}" data-ad-slot="inline-{n_ad}" '
                       f'data-ad-sizes="300x250,728x90,fluid" class="{css("ad-slot")}"></div></aside>')
            nodes.append({"type": "ad", "slot": f"inline-{n_ad}"})
        elif k == "readmore":
            flush()
            t, sec, back = part[1], part[2], part[3]
            d = a["pub"] - _dt.timedelta(days=back)
            cid = a["cid"] - 377 * (back + 1)
            out.append(f'<aside class="{css("readmore")}" data-testid="read-more"><h2 class="{css("readmore-label")}">Read more</h2>'
                       + card(t, sec, None, 0, "teaser", cid) + "</aside>")
            nodes.append({"type": "readMore", "contentId": str(cid), "headline": t})
        elif k == "nl":
            flush()
            out.append(f'<div class="{css("newsletter")}" data-testid="newsletter-inline"><p class="{css("newsletter-title")}"><strong>The Daily Standard</strong></p>'
                       f'<p class="{css("newsletter-copy")}">The morning’s top Chicago stories, in your inbox by 6 a.m.</p>'
                       f'<form class="{css("newsletter-form")}" action="/api/newsletters/subscribe" method="post"><label for="nl-{a["cid"]}" class="sr-only">Email</label>'
                       f'<input id="nl-{a["cid"]}" type="email" name="email" placeholder="Email address" required><input type="hidden" name="list" value="daily-standard">'
                       f'<button type="submit">Sign up</button></form></div>')
            nodes.append({"type": "newsletter", "list": "daily-standard"})
    flush()
    return "\n".join(out), blocks, nodes


def head(a, nodes):
    pub, mod = a["pub"], a.get("mod")
    created = a.get("created", pub)
    seo = a.get("seo", a["headline"])
    social = a.get("social", a["headline"])
    desc = a.get("desc") or a.get("dek") or a["parts"][0][1][:160]
    url = a["canonical"]
    img = f"{IMG}/resizer/v2/{a['cid']}.jpg?w=1200&h=630"
    h = ['<!DOCTYPE html><html lang="en-US"><head>', '<meta charSet="utf-8"/>',
         '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
         f"<title>{esc(seo)}</title>",
         f'<meta name="description" content="{esc(desc)}"/>',
         f'<link rel="canonical" href="{url}"/>',
         '<meta name="robots" content="index, follow, max-image-preview:large"/>',
         f'<meta property="og:title" content="{esc(social)}"/>', f'<meta property="og:description" content="{esc(desc)}"/>',
         f'<meta property="og:url" content="{url}"/>', f'<meta property="og:image" content="{img}"/>',
         '<meta property="og:type" content="article"/>', f'<meta property="og:site_name" content="{NAME}"/>']
    if not a.get("wire"):  # the wire-ingest pipeline writes no article:* date tags
        h.append(f'<meta property="article:published_time" content="{utc_ms(created)}"/>')
    if mod and not a.get("wire"):
        h.append(f'<meta property="article:modified_time" content="{utc_ms(mod)}"/>')
    h += [f'<meta property="article:section" content="{esc(a["section"])}"/>',
          f'<meta name="author" content="{esc(", ".join(a["authors"]))}"/>',
          '<meta name="twitter:card" content="summary_large_image"/>', '<meta name="twitter:site" content="@lakefrontstd"/>',
          f'<meta name="twitter:title" content="{esc(social)}"/>', f'<meta name="twitter:image" content="{img}"/>',
          '<link rel="icon" href="/favicon.ico"/>', '<link rel="preconnect" href="https://media.lakefrontstandard.example"/>',
          f'<link rel="preload" href="/_next/static/css/{BUILD[:8]}.css" as="style"/>',
          f'<link rel="preload" as="image" href="{IMG}/resizer/v2/{a["cid"]}.jpg?w=1280"/>']
    for chunk in ("webpack-4c1f9d0e7b2a35f8", "framework-e6d1c0b9a8f7e6d5", "main-c4b3a29180f7e6d5", "pages/_app-3a2918f7e6d5c4b3",
                  "pages/[section]/[id]/[slug]-9d0e7b2a35f8e6d1", "2861-c0b9a8f7e6d5c4b3", "7112-a29180f7e6d5c4b3"):
        h.append(f'<link rel="preload" href="/_next/static/chunks/{chunk}.js" as="script"/>')
    if a.get("jsonld", True):
        if a.get("ld_author_org"):
            author = {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/"}
        else:
            author = [{"@type": "Person", "name": n, "url": f"{HOST}/staff/{slug(n)}"} for n in a["authors"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": seo, "description": desc,
              "datePublished": iso(created), "dateModified": iso(mod or created), "author": author,
              "image": [f"{IMG}/resizer/v2/{a['cid']}.jpg?w=1200&h=675", f"{IMG}/resizer/v2/{a['cid']}.jpg?w=1200&h=1200"],
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "articleSection": a["section"],
              "isAccessibleForFree": True, "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/",
                                                          "logo": {"@type": "ImageObject", "url": f"{IMG}/brand/logo-600x60.png", "width": 600, "height": 60}}}
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append(f'<style data-emotion="css" data-s="">{CSS}{emotion_css(a["cid"])}</style>')
    h.append(f'<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({_json.dumps({"event": "page_data", "contentId": str(a["cid"]), "section": a["section"].lower(), "contentType": "article", "wordCount": sum(len(n.get("content", "").split()) for n in nodes), "source": "wire" if a.get("wire") else "staff", "paywall": "metered"})});</script>')
    h.append("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],"
             "j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tags.lakefrontstandard.example/gtm.js?id='+i+dl;"
             "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-LS8Q2WX');</script>")
    h.append("</head>")
    return "\n".join(h)


DEK_BITS = ["What residents need to know", "The decision comes after months of debate", "Officials say more changes are coming",
            "A look at the numbers behind the story", "Neighbors are divided over the plan", "The vote is expected next week",
            "It is the first change in more than a decade", "Here is how it affects your commute", "Critics say the plan goes too far",
            "Supporters say it is long overdue", "The city says the work will take two years", "Our reporters spent a week on the block"]


def recirc_feed(a):
    rng = _random.Random(a["cid"] + 99)
    pool = POPULAR + [x for v in SECTION_MORE.values() for x in v]
    out = []
    for i in range(48):
        t = pool[(a["seed"] * 7 + i * 5) % len(pool)]
        d = a["pub"] - _dt.timedelta(hours=rng.randint(1, 400))
        cid = a["cid"] - 3000 - i * 17
        sec = rng.choice(list(SECTION_MORE))
        out.append({"__typename": "Story", "id": str(cid), "headline": t, "dek": rng.choice(DEK_BITS) + ".",
                    "section": sec, "url": f"{HOST}/{slug(sec)}/{cid}/{slug(t)}", "published": iso(d),
                    "image": {"url": f"{IMG}/resizer/v2/{cid}.jpg", "width": 1280, "height": 720,
                              "renditions": {str(w): f"{IMG}/resizer/v2/{cid}.jpg?w={w}" for w in (160, 320, 640, 960, 1280)}},
                    "byline": rng.choice(["Marisol Ortega", "Theo Grant", "Priya Dhillon", "Caleb Wrobel", "Hannah Osei", "Luis Ferraro",
                                          "Dana Kowalczyk", "Sam Achebe", "Jerome Watts", "Ana Lindqvist"]),
                    "readingTime": rng.randint(2, 11), "isPremium": rng.random() < 0.3})
    return out


def experiments(a):
    rng = _random.Random(a["cid"] + 5)
    return {f"exp_{n}": {"variant": rng.choice(["control", "a", "b"]), "allocation": round(rng.random(), 3), "sticky": rng.random() < 0.5}
            for n in ("headline_test", "rail_order", "nl_placement", "paywall_copy", "recirc_model", "ad_density", "audio_cta",
                      "gift_button", "comments_teaser", "weather_chip", "font_scale", "dark_mode", "byline_photos", "related_layout")}


def next_data(a, nodes, rails):
    rng = _random.Random(a["cid"])
    pub, mod = a["pub"], a.get("mod")
    article = {"id": str(a["cid"]), "type": "story", "canonicalUrl": a["canonical"], "section": {"name": a["section"], "path": f"/{slug(a['section'])}"},
               "headline": a["headline"], "seoHeadline": a.get("seo"), "socialHeadline": a.get("social"), "dek": a.get("dek"),
               "byline": {"label": "By", "authors": [{"name": n, "slug": slug(n), "isStaff": not a.get("wire")} for n in a["authors"]],
                          "source": "Meridian Press Agency" if a.get("wire") else None},
               "displayDate": {"published": iso(pub), "updated": iso(mod) if mod else None, "showUpdated": bool(mod)},
               "cms": {"created": iso(a.get("created", pub)), "firstPublished": iso(pub), "revision": rng.randint(3, 40),
                       "workflow": "republished" if a.get("created") else "published"},
               "leadArt": {"type": "image", "url": f"{IMG}/resizer/v2/{a['cid']}.jpg", "caption": a["lead"][0], "credit": a["lead"][1]} if a.get("lead") else None,
               "body": nodes, "tags": [{"name": t, "slug": slug(t)} for t in a["tags"]],
               "wordCount": sum(len(n.get("content", "").split()) for n in nodes)}
    flags = {f: rng.random() < 0.5 for f in ("newsletterInline", "readMoreModule", "stickyRail", "commentsEnabled", "audioArticle",
                                            "paywallV3", "recircV2", "lazyHydration", "adRefresh", "weatherWidget", "liveScores", "giftLinks")}
    ads = {"network": "/21477109/lakefrontstandard", "targeting": {"section": slug(a["section"]), "cid": str(a["cid"]), "tags": [slug(t) for t in a["tags"]]},
           "slots": [{"id": s, "sizes": z, "lazy": i > 0} for i, (s, z) in enumerate((("top-leaderboard", [[970, 250], [728, 90]]), ("inline-1", [[300, 250], "fluid"]),
                                                                                      ("inline-2", [[300, 250], "fluid"]), ("inline-3", [[300, 250]]),
                                                                                      ("rail-1", [[300, 600], [300, 250]]), ("rail-2", [[300, 250]])))],
           "prebid": {"timeout": 1300, "bidders": [{"bidder": b, "params": {"placement": f"{b[:3]}-{a['cid'] % 9973 + i}"}}
                                                   for i, b in enumerate(("adnexa", "bidloop", "orbwave", "stellio", "kinocast", "moxify", "ferrahub"))]}}
    props = {"props": {"pageProps": {"article": article, "rails": rails, "recirculation": recirc_feed(a), "experiments": experiments(a),
                                     "navigation": {"primary": [{"label": l, "path": p} for l, p in NAV],
                                                    "tree": [{"label": k, "children": [{"label": c, "path": f"/{slug(k)}/{slug(c)}"} for c in v]} for k, v in NAV_TREE.items()]},
                                     "ads": ads, "features": flags,
                                     "consent": {"provider": "ls-cmp", "regulation": "ccpa", "version": 4},
                                     "meter": {"limit": 5, "period": "30d"}},
                       "__N_SSP": True},
             "page": "/[section]/[id]/[slug]", "query": {"section": slug(a["section"]), "id": str(a["cid"]), "slug": a["slug"]},
             "buildId": BUILD, "isFallback": False, "gssp": True, "scriptLoader": []}
    return _json.dumps(props, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def page(a):
    body_html, blocks, nodes = render_body(a)
    pub, mod = a["pub"], a.get("mod")
    url = a["canonical"]
    more_titles = SECTION_MORE[a["more"]]
    rng = _random.Random(a["cid"] + 1)
    more = [(t, a["more"], pub - _dt.timedelta(days=1 + i * 2, hours=rng.randint(0, 9)), a["cid"] - 911 * (i + 1)) for i, t in enumerate(more_titles)]
    pop = [POPULAR[(a["seed"] * 3 + i) % len(POPULAR)] for i in range(5)]
    rails = {"more": [{"headline": t, "section": s, "date": iso(d), "id": str(c)} for t, s, d, c in more],
             "popular": [{"headline": t, "id": str(a["cid"] + 50 + i)} for i, t in enumerate(pop)],
             "recirc": [{"headline": t, "id": str(a["cid"] - 5000 - i), "image": f"{IMG}/resizer/v2/{a['cid'] - 5000 - i}.jpg"}
                        for i, t in enumerate(POPULAR + [x for v in SECTION_MORE.values() for x in v][:14])]}
    names = [f'<a class="{css("author-link")}" href="{HOST}/staff/{slug(n)}">{text(n)}</a>' for n in a["authors"]]
    if a.get("wire"):
        by = f'<span class="{css("author")}">By {names[0] if not a["authors"] else text(a["authors"][0])}</span>'
    else:
        by = f'<span class="{css("author")}">By ' + (" and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]) + "</span>"
    if a.get("wire"):  # the wire byline component prints the feed's stamp as plain text
        times = f'<span class="{css("pubdate")}">Published {stamp(pub)}</span>'
        if mod:
            times += f'<span class="{css("updated")}"> | Updated {stamp(mod)}</span>'
    else:
        times = f'<time class="{css("pubdate")}" dateTime="{iso(pub)}">Published {stamp(pub)}</time>'
        if mod:
            times += f'<span class="{css("updated")}"> | Updated <time dateTime="{iso(mod)}">{stamp(mod)}</time></span>'
    share = (f'<div class="{css("share")}" role="group" aria-label="Share this story">'
             f'<a class="{css("share-btn")}" href="https://social.example/sharer?u={url}" aria-label="Share on Facebook"><svg width="18" height="18"><use href="#ls-fb"></use></svg></a>'
             f'<a class="{css("share-btn")}" href="https://x.example/intent/post?url={url}" aria-label="Share on X"><svg width="18" height="18"><use href="#ls-x"></use></svg></a>'
             f'<a class="{css("share-btn")}" href="mailto:?subject={esc(a["headline"])}&amp;body={url}" aria-label="Email"><svg width="18" height="18"><use href="#ls-mail"></use></svg></a>'
             f'<button class="{css("share-btn")}" type="button" aria-label="Gift this article"><svg width="18" height="18"><use href="#ls-gift"></use></svg></button></div>')
    lead = ""
    if a.get("lead"):
        cap, credit = a["lead"]
        im = f"{IMG}/resizer/v2/{a['cid']}.jpg"
        lead = (f'<figure class="{css("lead")}"><div class="{css("lead-img")}"><picture>'
                f'<source type="image/webp" srcset="{im}?w=640&amp;fm=webp 640w, {im}?w=1024&amp;fm=webp 1024w, {im}?w=1280&amp;fm=webp 1280w" sizes="(min-width: 1024px) 680px, 100vw">'
                f'<img src="{im}?w=1280" srcset="{im}?w=640 640w, {im}?w=1024 1024w, {im}?w=1280 1280w" alt="" width="1280" height="720" fetchpriority="high"></picture></div>'
                f'<figcaption class="{css("caption")}">{text(cap)} <span class="{css("credit")}">({text(credit)})</span></figcaption></figure>')
    nav = "".join(f'<li class="{css("nav-item")}"><a class="{css("nav-link")}" href="{HOST}{p}">{l}</a></li>' for l, p in NAV)
    more_html = "".join(card(t, s, d, i, "card", c, DEK_BITS[(a["seed"] + i * 5) % len(DEK_BITS)] + ".") for i, (t, s, d, c) in enumerate(more))
    trending = ["Snow routes", "School closings", "Property taxes", "Lakefront", "Transit", "Restaurants", "City Council", "High school sports"]
    trend_html = "".join(f'<li><a href="{HOST}/topic/{slug(t)}">{t}</a></li>' for t in trending)
    latest = [x for v in SECTION_MORE.values() for x in v]
    latest_html = "".join(f'<li><a href="{HOST}/news/{a["cid"] + 200 + i}/{slug(t)}">{text(t)}</a></li>'
                          for i, t in enumerate(latest[(a["seed"] * 3) % 20:(a["seed"] * 3) % 20 + 6]))
    foot_cols = "".join(f'<div class="{css("footer-col")}"><h3>{k}</h3><ul>' + "".join(f'<li><a href="{HOST}/{slug(k)}/{slug(c)}">{c}</a></li>' for c in v[:4]) + "</ul></div>"
                        for k, v in list(NAV_TREE.items())[:4])
    pop_html = "".join(f'<li>{card(t, a["section"], None, i, "mini", a["cid"] + 50 + i)}</li>' for i, t in enumerate(pop))
    dek = f'<p class="{css("dek")}">{text(a["dek"])}</p>' if a.get("dek") else ""
    label = f'<a class="{css("kicker")}" href="{HOST}/{slug(a["section"])}">{text(a["section"])}</a>'
    body = f"""<body>{ICONS}
<div id="__next"><div class="{css("app")}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="{css("header")}"><div class="{css("header-inner")}">
<button class="{css("menu-btn")}" type="button" aria-label="Open menu"><svg width="22" height="22"><use href="#ls-menu"></use></svg></button>
<a class="{css("logo")}" href="{HOST}/" aria-label="{NAME} home">{SVG_LOGO}</a>
<nav class="{css("nav")}" aria-label="Sections"><ul class="{css("nav-list")}">{nav}</ul></nav>
<div class="{css("header-actions")}"><a class="{css("subscribe")}" href="{HOST}/subscribe?ref=header">Subscribe</a><a class="{css("signin")}" href="{HOST}/account/login">Sign in</a>
<button class="{css("search-btn")}" type="button" aria-label="Search"><svg width="18" height="18"><use href="#ls-search"></use></svg></button></div>
</div></header>
<nav class="{css("trending")}" aria-label="Trending"><span class="{css("trending-label")}">Trending</span><ul>{trend_html}</ul></nav>
<div class="{css("ad-top")}"><div id="ad-top-leaderboard" data-ad-slot="top-leaderboard" class="{css("ad-slot")}"></div></div>
<main id="main" class="{css("main")}"><div class="{css("grid")}"><div class="{css("col-main")}">
<article class="{css("article")}" data-content-id="{a["cid"]}">
<header class="{css("article-header")}"><div class="{css("article-header-inner")}">
{label}
<h1 class="{css("headline")}">{text(a["headline"])}</h1>
{dek}
<div class="{css("byline")}"><div class="{css("byline-names")}">{by}</div><div class="{css("timestamps")}">{times}</div></div>
{share}
</div></header>
{lead}
<div class="{css("body")}" data-testid="article-body">
{body_html}
</div>
<footer class="{css("article-footer")}"><div class="{css("tags")}">{"".join(f'<a class="{css("tag")}" href="{HOST}/topic/{slug(t)}">{text(t)}</a>' for t in a["tags"])}</div></footer>
</article>
<section class="{css("more")}" aria-labelledby="more-title"><h2 id="more-title" class="{css("more-title")}">More from {text(a["more"])}</h2><div class="{css("cards")}">{more_html}</div></section>
</div>
<aside class="{css("rail")}"><div class="{css("rail-inner")}">
<div id="ad-rail-1" data-ad-slot="rail-1" class="{css("ad-slot")}"></div>
<section class="{css("rail-section")}"><h2 class="{css("rail-title")}">Most Popular</h2><ol class="{css("popular")}">{pop_html}</ol></section>
<div id="ad-rail-2" data-ad-slot="rail-2" class="{css("ad-slot")}"></div>
<section class="{css("rail-section")}"><h2 class="{css("rail-title")}">Latest news</h2><ul class="{css("latest")}">{latest_html}</ul></section>
</div></aside>
</div></main>
<footer class="{css("footer")}"><div class="{css("footer-inner")}"><div class="{css("footer-cols")}">{foot_cols}</div><ul class="{css("footer-links")}">
<li><a href="{HOST}/about">About us</a></li><li><a href="{HOST}/contact">Contact</a></li><li><a href="{HOST}/subscribe">Subscribe</a></li>
<li><a href="{HOST}/newsletters">Newsletters</a></li><li><a href="{HOST}/terms">Terms of service</a></li><li><a href="{HOST}/privacy">Privacy policy</a></li>
<li><a href="{HOST}/privacy#ccpa">Do not sell or share my personal information</a></li></ul>
<p class="{css("footer-legal")}">© {a["year_footer"]} Lakefront Media Company</p></div></footer>
<div class="{css("consent")}" id="consent-banner" role="dialog" aria-label="Privacy"><p>We use cookies and similar technologies to improve your experience and to show you relevant advertising. <a href="{HOST}/privacy">Learn more</a></p>
<button class="{css("consent-btn")}" type="button" data-consent="accept">Accept</button><button class="{css("consent-btn")}" type="button" data-consent="manage">Manage choices</button></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{next_data(a, nodes, rails)}</script>
<script src="/_next/static/chunks/webpack-4c1f9d0e7b2a35f8.js" defer=""></script><script src="/_next/static/chunks/framework-e6d1c0b9a8f7e6d5.js" defer=""></script>
<script src="/_next/static/chunks/main-c4b3a29180f7e6d5.js" defer=""></script><script src="/_next/static/chunks/pages/_app-3a2918f7e6d5c4b3.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bid%5D/%5Bslug%5D-9d0e7b2a35f8e6d1.js" defer=""></script>
<script src="/_next/static/{BUILD}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD}/_ssgManifest.js" defer=""></script>
</body></html>"""
    return head(a, nodes) + "\n" + body, blocks


def tags_of(a, blocks):
    t = {"nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "most-read", "ad-slots",
         "spa-hydration-data", "local-time-zone", "localized-date", "decoy-date", "article-per-teaser", "tag-list",
         "kicker"}  # kicker: the section label above the headline (GUIDELINES 3, adjudicated Dec 2026)
    if a.get("jsonld", True):
        t.add("json-ld")
    kinds = [p[0] for p in a["parts"]]
    if "nl" in kinds:
        t.add("newsletter-box")
    text_at = [i for i, k in enumerate(kinds) if k in ("p", "h", "ul", "quote")]
    between = {k for i, k in enumerate(kinds) if text_at[0] < i < text_at[-1]}
    if between & {"ad", "readmore", "nl", "fig"}:
        t.add("split-body")
    if between & {"ad", "readmore", "nl"}:
        t.add("teasers-in-article")
    if "readmore" in between:
        t.add("inline-related")
    bk = {b.kind for b in blocks}
    if "heading" in bk:
        t.add("subheadings")
    if "list_item" in bk:
        t.add("list-in-body")
    if "quote" in bk:
        pass
    if a.get("dek"):
        t.add("standfirst")
    if a.get("lead") or "caption" in bk:
        t.add("photo-caption")
    if a.get("mod"):
        t.add("updated-date")
    if len(a["authors"]) > 1:
        t.add("multiple-authors")
    if a.get("wire"):
        t.add("agency-byline")
    if a.get("dateline"):
        t.add("dateline")
    if a.get("seo") and a["seo"] != a["headline"]:
        t.add("title-differs-from-headline")
    return sorted(t)


# Longer stories (realism wave: body length). Each adds one section of reporting just before the story's
# closing paragraph; the variant 13 follows its original 05 (same id until build). New people, organisations
# and places join the entity list.
MORE = {
    f"{SITE}-01": ([
        ("h", "Volunteers and a new collection"),
        ("p", "Friends of the Morgan Street Library, a volunteer group founded during the closure, spent the fall sorting about 3,000 "
              "donated books for the new shelves. “People brought boxes in shopping carts,” said its chair, Lourdes Pineda. “Some of them "
              "still had names written inside from the 1970s.” The group plans a used-book sale in the spring to pay for new furniture in the teen room."),
    ], [("Friends of the Morgan Street Library", "ORG"), ("Lourdes Pineda", "PER")]),
    f"{SITE}-02": ([
        ("h", "Churches and neighbors step in"),
        ("p", "Not everyone on the registry answered the door. When nobody responded, teams left a card and called back within two hours, "
              "Brandt said; police were asked to check on 46 addresses by Friday evening. In every case, she said, the resident was found "
              "safe, most of them at a relative’s home or at a cooling center."),
        ("p", "Churches and block clubs filled some of the gaps. In Auburn Gresham, the Greater Hope Fellowship opened its air-conditioned "
              "basement to anyone who needed it and sent members to check on older parishioners. “We know who lives alone on these blocks "
              "better than any list does,” said its pastor, the Rev. Clarence Whitfield. By afternoon about 60 people were sitting at "
              "folding tables there, drinking lemonade and watching the ballgame. The church plans to stay open until 10 p.m. on Saturday and Sunday, and volunteers will drive anyone who needs a ride home."),
    ], [("Auburn Gresham", "LOC"), ("Greater Hope Fellowship", "ORG"), ("Clarence Whitfield", "PER")]),
    f"{SITE}-04": ([
        ("h", "Cyclists and pedestrians"),
        ("p", "The redesign also changes the street for people on foot and on bikes. Crossing distances at the 12 platforms are shorter, "
              "because riders wait on islands in the middle of the road, and the city added countdown signals at 30 intersections. But "
              "there is no room on the corridor for a protected bike lane, and cycling advocates say the narrower curb lanes will push "
              "riders into traffic."),
        ("p", "“We supported faster buses, and we still do,” said Owen Lachance, policy director of the Active Streets Coalition. “But a "
              "five-mile street that a cyclist cannot ride safely is a street we have given up on.” The transportation department said it "
              "would study a parallel bike route on Paulina Street, one block west, and present options at community meetings this fall."),
        ("p", "For the first month, the authority will post staff at the busiest platforms to help riders use the new fare machines, which "
              "accept cards and cash but not transfers bought on paper. Paper transfers will be phased out across the system by the end of the year, the authority said."),
    ], [("Owen Lachance", "PER"), ("Active Streets Coalition", "ORG"), ("Paulina Street", "LOC")]),
    f"{SITE}-05": ([
        ("h", "Preparing for a walkout"),
        ("p", "Both sides have begun planning for the possibility of a strike. The union said it had set up a hardship fund for members "
              "who could not afford to miss paychecks and would ask retirees to help staff picket lines at the district’s 14 schools. "
              "The district said it had sent letters to families explaining where students could pick up breakfast and lunch."),
        ("p", "Child care is a worry for working parents. The Oak Hollow Park District said it would open its three recreation centers as "
              "day camps if classes are canceled, with room for about 450 children at $25 a day. “We would rather not need it,” said its "
              "director, Gail Przybylski. “But parents have asked, and we are not going to leave them with nothing.”"),
        ("p", "High school seniors have their own worries. Jordan Pettis, a senior at Oak Hollow High School who plays in the marching band, "
              "said students were already asking whether college application deadlines and fall concerts would be affected. “We get that "
              "the teachers have a point,” he said. “We just want to know what happens to us.”"),
    ], [("Jordan Pettis", "PER"), ("Oak Hollow High School", "ORG"), ("Oak Hollow Park District", "ORG"), ("Gail Przybylski", "PER")]),
    f"{SITE}-06": ([
        ("h", "Back on the wards"),
        ("p", "The first group of 38 volunteers finished the course last week and began shifts on Monday. Most work four-hour blocks, a "
              "limit the hospital set so that no one is on their feet for a full 12-hour shift after years away. Supervisors pair each "
              "retiree with a staff nurse for the first three shifts."),
        ("p", "Yvonne Achterberg, 68, who retired from the hospital’s maternity unit in 2011, now spends her mornings in a small office "
              "off the intensive care unit, calling relatives who are not allowed to visit. “Some of them cry before I even say anything,” "
              "she said. “I tell them what the nurse told me, how the night went, whether he ate. It is not nursing the way I knew it, but "
              "it is still taking care of people.”"),
        ("p", "Staff nurses say the help is noticed. “Having someone who already knows how a unit works is different from having a new "
              "graduate,” said Tamika Rhodes, a charge nurse in the ICU. “They don’t need to be told twice.” Rhodes said several of her own nurses "
              "had been trained by some of the same volunteers two or three decades ago, and that the reunions on the unit had lifted spirits during a grim month."),
    ], [("Yvonne Achterberg", "PER"), ("Tamika Rhodes", "PER")]),
    f"{SITE}-08": ([
        ("h", "A question for the city"),
        ("p", "The tenants’ group has asked the City Council’s zoning committee to require developers of former industrial buildings to "
              "pay relocation costs for businesses that are displaced. Ald. Patricia Okonjo, whose ward includes the building, said she "
              "supported a study of the idea but did not want to slow down housing that the neighborhood needs."),
        ("p", "“There is a version of this where everyone loses,” Okonjo said. “The building sits empty for five years while we argue, and "
              "the wholesalers leave anyway. I would rather get the condos built and get these businesses real help finding a new home.”"),
        ("p", "Zhao said his group would keep pressing. Moving his freezers alone, he said, would cost about $180,000, and the two months "
              "of free rent Tollgate offered would cover less than a fifth of that. “This is not a small thing for a family business,” he "
              "said. “We have been here 26 years.”"),
        ("p", "Other tenants are further along. A produce wholesaler on the second floor has signed a lease in a building near the Stevenson "
              "Expressway and plans to move in May, its owner said, though the new space has less freezer room and costs about 40% more a "
              "square foot."),
    ], [("Stevenson Expressway", "LOC"), ("City Council", "ORG"), ("Patricia Okonjo", "PER"), ("Okonjo", "PER")]),
    f"{SITE}-10": ([
        ("h", "Busiest weeks of the year"),
        ("p", "The shop’s year peaks in December, when families order tamales by the dozen for Christmas Eve. Last year La Güerita sold "
              "about 14,000 in the last two weeks of the month, Daniel said, and the family hired six extra workers, most of them cousins "
              "and neighbors, to keep up. Orders now open in October and close when the calendar is full."),
        ("p", "Irma Castañón, who has helped in the kitchen every December for a decade, said the work is hard but the mood is not. “We "
              "play music, we argue about football, Rosa tells everyone they are folding wrong,” she said. “Then at the end she feeds us "
              "all, and we come back the next year.”"),
        ("p", "The family has thought about opening a second location, perhaps in a suburb where many former neighbors now live. Javier said "
              "the idea was tempting but that the shop’s hours made it hard to imagine running two kitchens. “My mother did one shop for 31 "
              "years and it almost killed her,” he said. “Maybe a food truck. We are still talking about it.”"),
    ], [("Irma Castañón", "PER")]),
}


def lengthened(a):
    """The story with its MORE section before its closing paragraph (the article unchanged without one)."""
    if a["id"] not in MORE:
        return a
    extra, entities = MORE[a["id"]]
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    return dict(a, parts=a["parts"][:last] + extra + a["parts"][last:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def build(a, id_=None, variant_of=None, notes=None, url=None):
    a = lengthened(a)
    html_page, blocks = page(a)
    art = Article(id=id_ or a["id"], site=SITE, url=url or a["canonical"], language="en", headline=a["headline"],
                  published=iso(a["pub"]), modified=iso(a["mod"]) if a.get("mod") else None, authors=a["authors"],
                  summary=a.get("dek", ""), blocks=blocks, entities=a["entities"], phenomena=tags_of(a, blocks),
                  notes=notes if notes is not None else a.get("notes", ""), variant_of=variant_of)
    p = emit(art, html_page, "utf-8")
    print(f"{art.id}\t{p.parents[1].joinpath('raw_html', art.id + '.html').stat().st_size / 1024:.1f} KB")


# ================================================================ articles

ARTICLES = []

def A(**kw):
    kw.setdefault("slug", slug(kw["headline"])[:70])
    kw["canonical"] = f"{HOST}/{slug(kw['section'])}/{kw['cid']}/{kw['slug']}"
    ARTICLES.append(kw)


# ---------------------------------------------------------------- 01: library branch reopens
A(id=f"{SITE}-01", seed=1, cid=7104412, section="Metro", more="Metro", year_footer=2015,
  pub=dt(2015, 11, 18, 6, 45),
  headline="Flooded Pilsen library branch reopens with a bigger teen room and a basement nobody will use",
  dek="Eleven months after a water main break filled its lower level, the Morgan Street branch is back, and it has moved everything of value upstairs.",
  authors=["Marisol Ortega"],
  lead=("Librarian Graciela Montes shelves returned books in the new teen room at the Morgan Street branch on Tuesday.", "Marisol Ortega / The Lakefront Standard"),
  tags=["Pilsen", "Libraries", "Neighborhoods", "Water main breaks"],
  parts=[
      ("p", "The first person through the door of the Morgan Street library branch on Wednesday morning will not find the children’s picture books where they used to be. They are upstairs now, along with the computers, the tax forms and almost everything else that once lived in the basement that filled with four feet of water last December."),
      ("p", "The Pilsen branch closed on Dec. 14 after a 90-year-old water main under Morgan Street split open during a cold snap. By the time crews shut off the flow, the lower level held roughly 60,000 gallons of water, and about 22,000 books, DVDs and magazines were ruined, according to the Lakeshore Public Library District, which runs the branch."),
      ("p", "“We had people calling every week asking when it would reopen,” said branch manager Graciela Montes, who has worked at Morgan Street for 14 years. “This is where kids come after school, where grandparents print boarding passes, where people apply for jobs. For almost a year they had to take two buses to get to another branch.”"),
      ("ad",),
      ("p", "The repairs cost about $2.3 million, most of it covered by the library district’s insurance and the rest by a capital fund the district’s board approved in March. Contractors replaced the flooring, wiring and heating system in the lower level and added a drain and sump pumps that can move 3,000 gallons an hour."),
      ("p", "But the biggest change is one of design, not plumbing. Instead of restoring the basement as a public floor, the district turned it into storage and a mechanical room, and rebuilt the first floor to hold what used to sit below."),
      ("h", "Everything moved upstairs"),
      ("p", "Architect Leonard Fiske, whose firm drew up the new layout, said the decision came down to a simple question from the library’s staff: what would they regret losing if it flooded again?"),
      ("p", "“The answer was everything that people actually use,” Fiske said. “So the plan became: nothing the public needs lives below the street.”"),
      ("p", "The first floor now has a teen room with eight computers and a recording booth, a children’s area with low shelving and a reading nook shaped like a boat, and a community room that can be booked for free by neighborhood groups. The adult collection shrank by about a fifth to make space, and the district says it will lean more on its inter-branch delivery service for less-requested titles."),
      ("readmore", "Alderman proposes later hours for neighborhood libraries", "Metro", 9),
      ("p", "Some regulars are not thrilled. Eduardo Ruvalcaba, a retired machinist who comes in most mornings to read newspapers, said the periodicals section used to have eight armchairs and now has four. “It’s nicer,” he said during a preview tour on Tuesday. “But I am going to have to get here earlier.”"),
      ("h", "A neighborhood without a branch"),
      ("p", "The closure hit Pilsen harder than officials expected. Circulation at the two nearest branches rose by about 30% over the year, and the library district ran a bookmobile on Saturdays from a church parking lot on 18th Street. Attendance at the branch’s after-school homework help program, which moved temporarily to a nearby community center, fell by half."),
      ("p", "Teresa Alvarado, who runs a parents’ group at a nearby elementary school, said many families simply stopped going. “For a lot of parents, the library is two blocks away or it doesn’t exist,” she said. “Nobody is putting three kids on a bus to go look at books across the highway.”"),
      ("nl",),
      ("p", "The district’s executive director, Raymond Tull, said the experience had prompted a review of flood risks at all 31 of its buildings. Eleven have public spaces below street level, and engineers will assess each one by next summer, he said."),
      ("p", "“We learned that water does not care how much a building is loved,” Tull said. “We can either plan for the next break or pay for it.”"),
      ("p", "The city’s water department said the main that failed was one of about 400 miles of pipe in the city that are more than 80 years old. A spokeswoman said the block of Morgan Street was replaced in September as part of a scheduled upgrade."),
      ("p", "The branch will reopen at 9 a.m. Wednesday with a small ceremony, free hot chocolate and the return of its Saturday storytime in English and Spanish. Fines on materials borrowed from other branches during the closure have been waived, Montes said, “because it wasn’t anybody’s fault but the pipe’s.”"),
  ],
  entities=[("Pilsen", "LOC"), ("Morgan Street", "LOC"), ("Lakeshore Public Library District", "ORG"), ("Graciela Montes", "PER"),
            ("Montes", "PER"), ("Leonard Fiske", "PER"), ("Fiske", "PER"), ("Eduardo Ruvalcaba", "PER"), ("18th Street", "LOC"),
            ("Teresa Alvarado", "PER"), ("Raymond Tull", "PER"), ("Tull", "PER"), ("English", "MISC"), ("Spanish", "MISC")],
  notes="The lead-photo caption is an optional caption block (credit excluded); the 'Read more' module and the newsletter box between paragraph groups are not body.")


# ---------------------------------------------------------------- 02: heat wave
A(id=f"{SITE}-02", seed=2, cid=7219805, section="Weather", more="Weather", year_footer=2016,
  pub=dt(2016, 7, 22, 15, 20), mod=dt(2016, 7, 22, 19, 5),
  headline="Heat index tops 110 as city opens cooling centers and checks on seniors door to door",
  social="It feels like 110 degrees. Here’s where to cool off in Chicago.",
  authors=["Theo Grant"],
  tags=["Heat wave", "Weather", "Public health", "Seniors"],
  parts=[
      ("p", "The heat index in Chicago climbed to 111 degrees on Friday afternoon, the highest reading in four years, as city workers knocked on doors in neighborhoods with many older residents and officials extended the hours of cooling centers through the weekend."),
      ("p", "The official temperature at the lakefront weather station reached 97 degrees shortly after 2 p.m., but the humidity made it feel far hotter, according to forecasters at the Great Lakes Weather Service, a private forecasting company that provides data to several suburban governments. Inland, away from the lake breeze, the heat index hit 114 in parts of the West Side."),
      ("p", "“This is the kind of heat that kills people who live alone, and it does it quietly,” said Dr. Naomi Brandt, who directs emergency preparedness for the city’s health department. “You don’t see it on the street. You find it two days later.”"),
      ("ad",),
      ("h", "Knocking on doors"),
      ("p", "About 300 city employees and volunteers spent Friday visiting addresses on a registry of residents who had asked for wellness checks during extreme weather. The list has about 9,400 names, up from 6,000 two summers ago, Brandt said. Teams carried bottled water, paper fans and a one-page flyer with the addresses of the nearest cooling centers."),
      ("p", "Ernestine Holloway, 84, answered her door in Chatham wearing a damp towel around her neck. Her window air conditioner had stopped working on Wednesday, she said, and her grandson was bringing a new one after work. “I’m fine. I’ve been through worse,” she told the volunteers, before accepting a ride to a senior center that was staying open until 10 p.m."),
      ("p", "The city’s six main cooling centers will stay open around the clock until Sunday night, and 70 library branches and park field houses will extend their hours. Public pools will stay open an extra two hours each evening, and lifeguards will be on duty at beaches until 9 p.m."),
      ("readmore", "How to read a heat index chart", "Weather", 15),
      ("h", "Hospitals and the power grid"),
      ("p", "Emergency rooms reported a rise in heat-related visits. At Harborview Medical Center on the South Side, doctors treated 23 patients for heat exhaustion on Thursday and 31 by midafternoon Friday, a spokeswoman said, compared with a typical summer day’s two or three."),
      ("p", "The regional utility, Prairie Grid Electric, said demand for power was approaching the record it set in 2012, but it did not expect widespread outages. About 4,100 customers lost power Friday afternoon, mostly because of equipment failures in older neighborhoods, and crews restored most of them within two hours, a company spokesman said."),
      ("p", "The utility asked customers to avoid running dishwashers, washing machines and dryers between 2 p.m. and 7 p.m. and to set thermostats a few degrees higher when they are away from home."),
      ("nl",),
      ("p", "Forecasters expect the heat to break on Sunday night, when a cold front is likely to bring thunderstorms and a drop of about 20 degrees. Until then, overnight lows will stay near 80 in the city, which doctors say is especially dangerous because bodies never get a chance to recover."),
      ("p", "Outside a cooling center in a park field house in Humboldt Park, Marcus Bell, 41, said he had brought his two daughters after the fan in their third-floor apartment started blowing hot air. They had been playing cards for three hours. “They think it’s a vacation,” he said. “I think it’s survival.”"),
      ("p", "The heat also strained outdoor workers. Road crews on the Near West Side started their shifts at 5 a.m. to finish before noon, and a landscaping company in Avondale sent its workers home at 1 p.m. with full pay. “You can’t mow a lawn safely in this,” said its owner, Rafael Quintero. “The grass will still be there on Monday.”"),
      ("p", "Animal shelters reported a rise in calls about dogs left in parked cars. The city’s animal care department said officers had responded to 17 such calls by midafternoon and reminded owners that the temperature inside a closed car can top 140 degrees within half an hour."),
      ("p", "Residents can find the nearest cooling center by calling the city’s non-emergency line, and anyone who sees a neighbor in distress should call 911, officials said."),
  ],
  entities=[("Chicago", "LOC"), ("West Side", "LOC"), ("Great Lakes Weather Service", "ORG"), ("Naomi Brandt", "PER"),
            ("Brandt", "PER"), ("Ernestine Holloway", "PER"), ("Chatham", "LOC"), ("Harborview Medical Center", "ORG"),
            ("South Side", "LOC"), ("Prairie Grid Electric", "ORG"), ("Humboldt Park", "LOC"), ("Marcus Bell", "PER"),
            ("Near West Side", "LOC"), ("Avondale", "LOC"), ("Rafael Quintero", "PER")],
  notes="og:title is the social headline; the 'Updated' time shown beside the publication time is the modified value.")


# ---------------------------------------------------------------- 03: wire, grain shipper merger
A(id=f"{SITE}-03", seed=3, cid=7338120, section="Business", more="Business", year_footer=2017, wire=True, ld_author_org=True, dateline=True,
  pub=dt(2017, 2, 22, 11, 5),
  headline="Two Midwest grain shippers agree to merge, creating the region’s largest barge operator",
  seo="Northern Plains Grain and Riverbend Logistics merger: what it means for farmers",
  authors=["Meridian Press Agency"],
  tags=["Agriculture", "Mergers", "Shipping", "Mississippi River"],
  parts=[
      ("p", "MINNEAPOLIS (MPA) — Northern Plains Grain Co. and Riverbend Logistics said Wednesday they had agreed to combine in a stock-and-cash deal valued at about $1.4 billion, creating the largest operator of grain barges on the upper Mississippi and Illinois rivers."),
      ("p", "The combined company will own or lease about 2,300 barges and 38 river terminals from St. Paul, Minnesota, to the Gulf of Mexico, and will handle roughly a fifth of the corn and soybeans shipped by water from the upper Midwest, according to the companies."),
      ("p", "Northern Plains shareholders will own about 58% of the merged company, which will keep the Northern Plains name and its Minneapolis headquarters. Riverbend’s chief executive, Gordon Aldane, will become president and chief operating officer."),
      ("ad",),
      ("p", "“Farmers need a shipper that can move a crop from the field to the export elevator without handing it off three times,” Northern Plains Chief Executive Karen Vos said on a call with analysts. “Together we can run the river like one system instead of a relay race.”"),
      ("h", "Concerns from farm groups"),
      ("p", "Farm groups reacted cautiously. The Heartland Growers Alliance, which represents about 40,000 grain farmers in seven states, said it would ask federal regulators to examine whether the deal would reduce competition at river terminals where the two companies are now the only buyers."),
      ("p", "“In some river towns these two companies are the market,” said Dale Ekstrom, the alliance’s policy director. “If there is one buyer instead of two, the price a farmer gets at harvest is whatever that buyer says it is.”"),
      ("p", "The companies said they operate competing terminals in only four locations and were prepared to sell facilities if regulators required it. They expect the deal to close in the second half of the year."),
      ("readmore", "Freight railroads report busy harvest season", "Business", 24),
      ("p", "Barge operators have struggled with low freight rates over the past two years as a strong dollar made American grain less competitive abroad and record South American harvests cut into U.S. exports. Both companies reported lower profits in 2016. Northern Plains earned $61 million, down 22%, while Riverbend earned $19 million, down 35%."),
      ("p", "Analysts said the merger was likely to lead to cost savings from combining fleets and closing overlapping offices. The companies estimated annual savings of $85 million within three years and said about 300 jobs, or 6% of the combined workforce, could be eliminated, mostly in administrative roles."),
      ("p", "Jonah Pettersen, an analyst at Bluestem Securities, said the deal made sense for both sides. “Riverbend has newer barges and Northern Plains has better terminals,” he said. “Put them together and you have a company that can survive a few more bad years on the river.”"),
      ("p", "Shares of Northern Plains rose 4.6% to $38.12 in morning trading. Riverbend shares jumped 19%."),
      ("p", "The merger comes as river shippers face rising costs to maintain aging locks and dams, many of which were built in the 1930s. A lock closure on the Illinois River for repairs next year is expected to halt traffic for several months, and shippers have been lobbying for more federal money to speed up the work."),
      ("p", "Vos said the combined company would be better placed to handle such disruptions by shifting barges between rivers. “When one route is closed, we will have another,” she said."),
      ("p", "Towns along the rivers are watching for job cuts. In Havana, Illinois, where Riverbend operates a terminal that employs about 70 people, Mayor Lorraine Pruitt said she had asked the company for a meeting. “Those are good jobs in a small town,” she said. “We want to hear from them before we read about it.”"),
      ("p", "The companies said they had no plans to close terminals outside the four overlapping locations, and that the combined fleet would need more deckhands and mechanics, not fewer, if export volumes recover as they expect."),
      ("p", "Northern Plains also said it would keep Riverbend’s repair yard in Cairo, Illinois, open and expand it to service the combined fleet, adding about 40 welding and maintenance jobs over two years."),
  ],
  entities=[("MINNEAPOLIS", "LOC"), ("MPA", "ORG"), ("Northern Plains Grain Co.", "ORG"), ("Riverbend Logistics", "ORG"),
            ("Mississippi", "LOC"), ("Illinois", "LOC"), ("St. Paul", "LOC"), ("Minnesota", "LOC"), ("Gulf of Mexico", "LOC"),
            ("Northern Plains", "ORG"), ("Minneapolis", "LOC"), ("Riverbend", "ORG"), ("Gordon Aldane", "PER"), ("Karen Vos", "PER"),
            ("Heartland Growers Alliance", "ORG"), ("Dale Ekstrom", "PER"), ("American", "MISC"), ("South American", "MISC"),
            ("U.S.", "LOC"), ("Jonah Pettersen", "PER"), ("Bluestem Securities", "ORG"), ("Illinois River", "LOC"), ("Vos", "PER"),
            ("Havana", "LOC"), ("Lorraine Pruitt", "PER"), ("Cairo", "LOC"), ("Midwest", "LOC")],
  notes="Wire copy: the byline is the agency (Meridian Press Agency), the dateline's '(MPA)' stays in the first paragraph; the JSON-LD author is the newspaper itself (an Organization), which does not change the byline. The wire byline component prints the date as plain text (no <time>) and the page has no article:published_time; the visible date agrees with the JSON-LD. Adjudicated with the second annotation (December 2026): the section label above the headline is a kicker (GUIDELINES 3), and 'Midwest' is a region (LOC).")

# ---------------------------------------------------------------- 04: bus rapid transit
A(id=f"{SITE}-04", seed=4, cid=7490337, section="Transportation", more="Transportation", year_footer=2018,
  pub=dt(2018, 5, 14, 5, 30),
  headline="Red lanes, no left turns: Ashland Avenue’s express bus corridor opens Monday",
  dek="The $38 million project promises to cut rush-hour trips by 15 minutes. Merchants along the route are less sure it will help them.",
  authors=["Priya Dhillon"],
  lead=("Crews finish painting a dedicated bus lane on Ashland Avenue near 31st Street on Sunday.", "Priya Dhillon / The Lakefront Standard"),
  tags=["Transit", "Buses", "Ashland Avenue", "Traffic"],
  parts=[
      ("p", "Drivers on Ashland Avenue will notice the paint first. Starting Monday, the center lanes of a 5.4-mile stretch of the busy North-South road are red, reserved for buses, and off-limits to everyone else between 6 a.m. and 8 p.m."),
      ("p", "The express corridor, built by the Metro Lakeshore Transit Authority, runs from Cortland Street to 31st Street and is the first of its kind in the city. Buses will stop only every half-mile at 12 raised platforms in the middle of the street, where riders pay before boarding, and traffic signals along the route have been programmed to give approaching buses a few extra seconds of green."),
      ("p", "Transit officials say the changes should cut a rush-hour trip along the full corridor from about 42 minutes to 27. The authority projects ridership on the route will grow by a third within two years, to about 38,000 rides on a typical weekday."),
      ("p", "“For a lot of people on this corridor, the bus is the car,” said Denise Okonkwo, the authority’s director of planning. “If we can give them back half an hour a day, that is two and a half hours a week they can spend with their kids instead of at a bus stop.”"),
      ("ad",),
      ("h", "What changes for drivers"),
      ("p", "To make room for the bus lanes, the city removed about 280 parking spaces and banned left turns at 19 intersections. Drivers who need to turn left will have to make three right turns around a block or use designated turn signals at the eight intersections where left turns are still allowed."),
      ("p", "The project’s main changes for drivers are:"),
      ("ul", ["Bus-only center lanes from Cortland Street to 31st Street, from 6 a.m. to 8 p.m. every day",
              "No left turns at 19 intersections, marked with new signs and raised curbs",
              "Loading zones on side streets for deliveries, with a 20-minute limit",
              "Camera enforcement of the bus lanes after a 60-day warning period"]),
      ("p", "Fines for driving in the bus lanes will start at $90 once the warning period ends in mid-July, the city’s transportation department said."),
      ("readmore", "Bike lane pilot extended for another year", "Transportation", 20),
      ("h", "Merchants worry about parking"),
      ("p", "Business owners along the route have been skeptical from the start. At a hardware store near Division Street, owner Stanley Mroz said he had already lost customers during the 18 months of construction, when sidewalks were torn up and his block was reduced to one lane."),
      ("p", "“My customers are buying bags of cement and paint. They are not carrying that on a bus,” Mroz said. “They park in front, they load up, they leave. Now where do they park?”"),
      ("p", "The authority says studies of similar corridors in other cities found that sales at businesses along express bus routes held steady or rose after the first year, because more pedestrians passed by. The Ashland Avenue Business Association has asked the city to review the parking changes after six months."),
      ("p", "Crews spent much of the summer repaving the curb lanes, moving bus stops to the far side of intersections and installing signals that give buses a few seconds of green before other traffic. The authority says those changes, more than the red paint, account for most of the time savings it expects."),
      ("p", "Riders waiting at a new platform near Roosevelt Road on Sunday, when buses ran on the corridor in a test, were mostly enthusiastic. Gloria Estrada, a home health aide who takes the route to two clients a day, said her trip from Pilsen to Wicker Park usually takes 55 minutes. “If it is really 35, I can take a third client,” she said. “That is real money.”"),
      ("p", "The authority plans to decide next year whether to extend the corridor south to 95th Street, which would cost an estimated $60 million. Okonkwo said that decision would depend on how the first stretch performs. “We are going to count everything,” she said. “Rides, minutes, crashes, sales. If it doesn’t work, we will know.”"),
  ],
  entities=[("Ashland Avenue", "LOC"), ("Metro Lakeshore Transit Authority", "ORG"), ("Cortland Street", "LOC"), ("31st Street", "LOC"),
            ("Denise Okonkwo", "PER"), ("Okonkwo", "PER"), ("Division Street", "LOC"), ("Stanley Mroz", "PER"), ("Mroz", "PER"),
            ("Ashland Avenue Business Association", "ORG"), ("Roosevelt Road", "LOC"), ("Gloria Estrada", "PER"), ("Pilsen", "LOC"),
            ("Wicker Park", "LOC"), ("95th Street", "LOC")],
  notes="The list lead-in sentence is a paragraph; the lead-photo caption is optional and its credit is excluded.")


# ---------------------------------------------------------------- 05: teachers' strike vote (re-published; variant 13 has no JSON-LD)
A(id=f"{SITE}-05", seed=5, cid=7621590, section="Education", more="Education", year_footer=2019,
  pub=dt(2019, 9, 3, 19, 40), created=dt(2019, 9, 2, 16, 5),
  headline="Oak Hollow teachers vote to authorize strike as talks stall over class sizes",
  dek="Ninety-one percent of the district’s 640 teachers backed a walkout. No date has been set, and both sides say they want to keep negotiating.",
  authors=["Caleb Wrobel"],
  tags=["Education", "Teachers", "Labor", "Suburbs"],
  parts=[
      ("p", "Teachers in the Oak Hollow School District voted overwhelmingly on Tuesday to authorize a strike, raising the possibility that the west suburban district’s 9,800 students could miss class this fall for the first time in more than 30 years."),
      ("p", "Of the 612 members of the Oak Hollow Education Association who cast ballots, 557, or 91%, voted in favor of giving union leaders the power to call a strike, the union said Tuesday evening. The vote does not set a date, and under state law the union must give the district 10 days’ notice before walking out."),
      ("p", "“Nobody in this building wants to strike,” said union president Renee Castellanos, a seventh-grade science teacher, speaking outside the high school where the votes were counted. “But our members have been saying for two years that the classes are too big to teach, and nobody has been listening.”"),
      ("ad",),
      ("h", "Class sizes at the center"),
      ("p", "The two sides have been negotiating since March. Salaries are not the main sticking point: the district has offered raises of 2.5% a year over four years, close to the union’s request of 3%. The dispute is over class sizes and support staff."),
      ("p", "The union wants a cap of 25 students in kindergarten through third grade and 28 in higher grades, written into the contract. Some elementary classes in the district this fall have 31 students, according to the union. It also wants the district to hire eight more social workers and counselors over the life of the contract."),
      ("p", "Superintendent Alan Whitcombe said the district shares the goal of smaller classes but cannot promise caps it may not be able to afford. Enrollment has grown by about 600 students over five years as new subdivisions opened on the district’s western edge, while state funding has not kept pace, he said."),
      ("p", "“A hard cap sounds simple until you have 29 kids in a neighborhood and one classroom,” Whitcombe said in an interview. “Then you are either busing children across the district or hiring a teacher for four students. We want to get there, but we need flexibility.”"),
      ("readmore", "Teachers in three suburbs ratify contracts", "Education", 33),
      ("h", "Parents in the middle"),
      ("p", "Many parents said they sympathized with teachers but worried about the disruption a strike would bring. At an elementary school pickup line on Tuesday afternoon, Michelle Yang said her second-grader’s class had 30 students and one aide. “The teacher is amazing, but she is drowning,” Yang said. “I just hope they figure it out before it comes to that. I work. Where do my kids go?”"),
      ("p", "The district said it would keep school buildings open as meal sites if a strike happens, but classes would be canceled. The board of education has scheduled a special meeting for next Monday."),
      ("nl",),
      ("p", "The last strike in Oak Hollow, in 1987, lasted nine school days. Several veteran teachers recalled it on Tuesday as a painful time for a tight-knit district. “Some of my colleagues did not speak to each other for years afterward,” said Frank Delacroix, who has taught history at the high school since 1984. “I voted yes today, and I hope I never have to walk that line again.”"),
      ("p", "The district’s budget is tight. Oak Hollow ended the last school year with a surplus of about $1.1 million on a budget of $142 million, and its reserves are below the level the state recommends, according to the district’s audited financial statements. Union leaders argue the district has underestimated revenue from new property on its western edge."),
      ("p", "Board president Sharon Okafor said the board was willing to consider lower caps for the youngest grades first. “If we can start with kindergarten and first grade and phase in the rest, there is a path,” she said. “What we can’t do is promise something this year that we can’t pay for next year.”"),
      ("p", "A federal mediator is scheduled to join the talks next week. Castellanos said the union would not set a strike date before that session. “We are going to walk into that room ready to make a deal,” she said."),
  ],
  entities=[("Oak Hollow School District", "ORG"), ("Oak Hollow Education Association", "ORG"), ("Renee Castellanos", "PER"),
            ("Castellanos", "PER"), ("Alan Whitcombe", "PER"), ("Whitcombe", "PER"), ("Michelle Yang", "PER"), ("Yang", "PER"),
            ("Oak Hollow", "LOC"), ("Frank Delacroix", "PER"), ("Sharon Okafor", "PER")],
  notes="JSON-LD datePublished and article:published_time hold the CMS draft's creation (2019-09-02 16:05 CDT, written as UTC in the meta tag); the page shows the publication of Sept. 3, 2019, 7:40 p.m. CT, which is gold.")


# ---------------------------------------------------------------- 06: hospital volunteers in the pandemic spring
A(id=f"{SITE}-06", seed=6, cid=7802146, section="Health", more="Health", year_footer=2020,
  pub=dt(2020, 4, 20, 10, 15),
  headline="Retired nurses answer a hospital’s call, and some have not worked a shift since the 1990s",
  dek="More than 140 former nurses have signed up to help at Lakeview Memorial, where the staff is stretched thin. The hospital is retraining them in a converted parking garage.",
  authors=["Hannah Osei"],
  lead=("Former nurse Doris Kaminski, 71, practices with a new infusion pump during a training session at Lakeview Memorial Hospital.", "Hannah Osei / The Lakefront Standard"),
  tags=["Health", "Hospitals", "Nurses", "Coronavirus"],
  parts=[
      ("p", "Doris Kaminski last worked a hospital shift in 1998, when patient charts were still kept on clipboards. On Friday morning she stood in the bottom level of a parking garage on the North Side, learning to program an infusion pump she had never seen before."),
      ("p", "“The drugs are the same. The machines are all new,” said Kaminski, 71, who spent 27 years as an intensive care nurse before retiring to care for her husband. “I told them, give me two days and a patient, and I’ll remember everything.”"),
      ("p", "Kaminski is one of 143 former nurses who have answered a call from Lakeview Memorial Hospital for help during the coronavirus outbreak, which has filled the hospital’s intensive care unit and sent dozens of its own nurses home sick or in quarantine. The hospital put out the appeal on April 3 and expected a few dozen responses, said its chief nursing officer, Angela Ruiz-Baptiste."),
      ("ad",),
      ("h", "A refresher course in a garage"),
      ("p", "To train the volunteers without bringing them into patient areas, the hospital cleared the bottom floor of its visitor garage and set up six stations with hospital beds, mannequins and donated equipment. Each volunteer goes through a three-day course covering infection control, the electronic records system and the current equipment, followed by supervised shifts."),
      ("p", "Most of the retired nurses are not being assigned to patients with the virus, Ruiz-Baptiste said. Instead they are taking over tasks that free up staff nurses for the sickest patients: monitoring stable patients, answering family phone calls, restocking supply rooms and staffing the hospital’s screening tents."),
      ("p", "“Every hour a retiree spends calling a family with an update is an hour one of my ICU nurses can spend at a bedside,” Ruiz-Baptiste said. “That is the trade.”"),
      ("readmore", "Nurses union reaches tentative agreement", "Health", 12),
      ("h", "Weighing the risks"),
      ("p", "Because older adults are at greater risk from the virus, the hospital requires volunteers over 65 to get a note from their own doctor and keeps them out of units treating infected patients. About a third of the volunteers are over 65, according to the hospital."),
      ("p", "Some families have been uneasy. Kaminski said her daughter, who lives in Denver, called three times the night before her first training session. “She said, ‘Mom, you’re the one who is supposed to be staying home,’” Kaminski recalled. “I said, ‘I know exactly how to stay safe in a hospital. That was my whole job.’”"),
      ("p", "The volunteers are paid at the hospital’s standard hourly rate for their former positions and receive the same protective equipment as staff, which the hospital said is in adequate supply for now. The state has temporarily waived license renewal requirements for nurses whose licenses lapsed within the past five years, and the hospital is helping others apply for emergency permits."),
      ("p", "Marcus Heyward, 66, who retired in January after 40 years as an emergency room nurse, said he had barely unpacked his fishing gear when the call came. “I was going to spend this spring on the river,” he said. “Instead I’m back, and honestly, it feels right. You don’t stop being a nurse because you stopped getting a paycheck.”"),
      ("p", "The hospital plans to keep the training program running at least through June and has begun sharing its course materials with two other hospitals in the region, Ruiz-Baptiste said."),
      ("p", "Other hospitals in the region have made similar appeals. A suburban health system said this week that about 60 retired respiratory therapists and pharmacists had volunteered, and a nursing school on the South Side has offered its simulation labs for training."),
      ("p", "Kaminski said she planned to keep working as long as she is needed. “My husband says I finally have something to talk about at dinner again,” she said."),
  ],
  entities=[("Doris Kaminski", "PER"), ("Kaminski", "PER"), ("North Side", "LOC"), ("Lakeview Memorial Hospital", "ORG"),
            ("Lakeview Memorial", "ORG"), ("Angela Ruiz-Baptiste", "PER"), ("Ruiz-Baptiste", "PER"), ("Denver", "LOC"),
            ("Marcus Heyward", "PER")],
  notes="The lead-photo caption is an optional caption block; the 'Read more' module between paragraph groups is not body.")


# ---------------------------------------------------------------- 07: minor-league stadium opening
A(id=f"{SITE}-07", seed=7, cid=7955318, section="Sports", more="Sports", year_footer=2021,
  pub=dt(2021, 6, 12, 22, 10),
  headline="A walk-off in the rain: Calumet Ironmen christen their new Joliet ballpark with a 5-4 win",
  authors=["Luis Ferraro"],
  lead=("Ironmen catcher Diego Salcedo is mobbed at home plate after his game-winning hit on Saturday night.", "Luis Ferraro / The Lakefront Standard"),
  tags=["Minor League Baseball", "Joliet", "Calumet Ironmen", "Stadiums"],
  parts=[
      ("p", "It rained for most of the ninth inning, and almost nobody left. When catcher Diego Salcedo lined a two-out single into left field to score the winning run, the 7,412 fans who had waited through an 80-minute delay poured their soaked enthusiasm onto the first night at Riverfront Yard, the Calumet Ironmen’s new ballpark in Joliet."),
      ("p", "The Ironmen beat the Fox Valley Kingfishers 5-4 on Saturday night in the first game at the $62 million stadium, ending a two-year homecoming saga that included a pandemic-canceled season, a lawsuit over parking and a last-minute scramble to finish the outfield seats."),
      ("p", "“You couldn’t write it better,” said Salcedo, 24, still dripping at his locker an hour after the game. “First game, rain, bottom of the ninth, and all these people stayed. I’ll remember this one when I’m 80.”"),
      ("ad",),
      ("h", "A long road home"),
      ("p", "The independent-league team played its first 12 seasons at a former high school field in Calumet City, where the bleachers held 2,500 and the outfield fence had a hole the grounds crew patched with plywood every spring. In 2018 the team’s owners, the Delgado family, struck a deal with the city of Joliet to build a new ballpark on a former rail yard along the Des Plaines River."),
      ("p", "The city paid about $40 million, financed by bonds to be repaid from stadium rent, parking revenue and a hotel tax. The team covered the rest and signed a 25-year lease. Construction began in 2019, but the 2020 season was canceled, and work slowed for months while supply delays held up steel and seats."),
      ("p", "A group of neighbors sued the city last year over plans to turn a park into a parking lot for game days. The suit was settled in March, when the city agreed to build a smaller lot and run free shuttles from downtown garages."),
      ("readmore", "Minor-league club adds Sunday day games", "Sports", 40),
      ("h", "The new park"),
      ("p", "Riverfront Yard seats 6,800, with room for about 1,500 more on a grass berm beyond the left-field wall. The concourse wraps all the way around the field, so fans can walk a full lap without losing sight of the game, and the right-field corner has a beer garden built into a restored brick railroad shed."),
      ("p", "Team president Lucia Delgado, whose father founded the club in 2007, said the family wanted a park that felt like part of the city rather than an island in a parking lot. “We wanted people to be able to walk here from downtown, have dinner, watch a game and walk home,” she said. “Tonight they did, in the rain.”"),
      ("p", "Not everything went smoothly. Lines at the concession stands stretched 40 minutes during the rain delay, and the video board went dark twice in the seventh inning. Delgado said staff would add two more food stands before the next homestand."),
      ("p", "The game itself was a slog. The Kingfishers led 4-1 after six innings before the Ironmen scored twice in the seventh on a bases-loaded walk and a sacrifice fly, and tied it in the eighth on a solo home run by shortstop Terrell Mays, the first homer in the park’s history. Mays kept the ball."),
      ("p", "The Ironmen play the Kingfishers again on Sunday afternoon. Forecasters are calling for sunshine."),
      ("p", "Downtown merchants along Chicago Street reported one of their busiest nights since before the pandemic. A taqueria two blocks from the ballpark ran out of tortillas by the sixth inning, and a brewpub near the river said it had served about 600 customers, triple a typical Saturday."),
      ("p", "City officials hope the stadium will anchor new housing and restaurants on the empty lots around it. A developer has proposed 180 apartments across the street, and the city council is expected to vote on the plan next month."),
  ],
  entities=[("Diego Salcedo", "PER"), ("Salcedo", "PER"), ("Riverfront Yard", "LOC"), ("Calumet Ironmen", "ORG"), ("Ironmen", "ORG"),
            ("Joliet", "LOC"), ("Fox Valley Kingfishers", "ORG"), ("Kingfishers", "ORG"), ("Calumet City", "LOC"),
            ("Delgado", "PER"), ("Des Plaines River", "LOC"), ("Lucia Delgado", "PER"), ("Terrell Mays", "PER"), ("Mays", "PER"), ("Chicago Street", "LOC")],
  notes="'the Delgado family' is annotated as a PER mention of the family name; the lead-photo caption is optional. Adjudicated with the second annotation (December 2026): the section label above the headline is a kicker (GUIDELINES 3).")


# ---------------------------------------------------------------- 08: warehouse condos, two authors
A(id=f"{SITE}-08", seed=8, cid=8120447, section="Real Estate", more="Real Estate", year_footer=2022,
  pub=dt(2022, 1, 30, 8, 0),
  headline="The last cold-storage warehouse in the West Loop is becoming condos. Its old tenants are not going quietly.",
  seo="West Loop warehouse condos: Fulton Street cold storage building to become 96 units",
  social="The West Loop’s last cold-storage warehouse is going residential",
  dek="A developer plans 96 condos in the century-old Fulton Street building. Food wholesalers who still use the loading docks say the neighborhood is pushing out the businesses that gave it its name.",
  authors=["Dana Kowalczyk", "Sam Achebe"],
  tags=["Real estate", "West Loop", "Development", "Small business"],
  parts=[
      ("p", "For 104 years, the brick building at the corner of Fulton Street and Morgan Street has kept things cold: sides of beef, crates of lettuce, tubs of ice cream, and lately, pallets of frozen dumplings bound for restaurants across the Midwest. By next spring it will start keeping people warm instead."),
      ("p", "Tollgate Development, a Chicago firm that has converted a dozen industrial buildings into housing, bought the six-story Fulton Cold Storage building in December for $31 million and plans to turn it into 96 condominiums, with a rooftop deck and a ground-floor food hall. The city’s zoning board approved the plan on Thursday."),
      ("p", "The deal marks the end of an era for a neighborhood once known as the city’s meat and produce market. Most of the packing houses and wholesalers that gave the area its character have already moved to industrial parks near the airports, replaced by restaurants, offices and some of the city’s most expensive apartments."),
      ("ad",),
      ("h", "Tenants on a deadline"),
      ("p", "Seven wholesalers still lease space in the building, and their leases expire in June. Several said they had been unable to find comparable cold storage within the city at a price they can afford."),
      ("p", "“I have 40 restaurants that get deliveries from me before 6 in the morning,” said Peter Zhao, whose family business distributes frozen dumplings and noodles from the building’s third floor. “If I move to the suburbs, that is an extra hour on the road every morning, and my customers pay for that.”"),
      ("p", "Zhao and three other tenants have formed a group to ask the city for help finding space, and for relocation payments from the developer. Tollgate said it had offered every tenant two months’ free rent and help with moving costs."),
      ("p", "“We have been transparent from day one about the timeline,” said Tollgate’s managing partner, Evan Marsh. “These are good businesses and we want them to land somewhere good. But this building was designed for a kind of industry that has mostly left the neighborhood.”"),
      ("readmore", "Condo prices flat for a third quarter", "Real Estate", 18),
      ("h", "Preserving the walls"),
      ("p", "Because the building sits in a historic district, Tollgate must keep its exterior mostly intact, including the painted sign reading “FULTON COLD STORAGE CO.” on its west wall. Converting a cold-storage warehouse is more complicated than most industrial buildings: the walls are lined with up to 16 inches of cork insulation, and there are almost no windows."),
      ("p", "The architects plan to cut about 200 new window openings and carve a light well through the center of the building. Condos will range from about 900 to 2,400 square feet, with prices expected to start near $600,000."),
      ("p", "Neighbors are divided. At Thursday’s hearing, some residents welcomed more housing and the food hall. Others said the city was losing the working businesses that made the area interesting. “If every warehouse becomes condos, we’ll have a West Loop with no West Loop in it,” said Marlene Fischer, who has lived in a converted loft a block away since 2003."),
      ("p", "The city’s planning department said it would help the remaining wholesalers look for space in an industrial corridor on the Southwest Side, where several cold-storage operators have expanded in recent years. Zhao said he had toured two buildings there and found the rents manageable but the drive long. “It is not about the rent,” he said. “It is about the hour.”"),
      ("p", "Neighborhood historians say the building has outlived several eras of the market around it. In the 1950s its upper floors stored butter and eggs for downtown hotels, and in the 1980s it became a refuge for small food businesses priced out of other parts of the city."),
      ("p", "Construction is scheduled to begin in July and finish in late 2023. Tollgate said about a third of the units had already been reserved."),
  ],
  entities=[("Fulton Street", "LOC"), ("Morgan Street", "LOC"), ("Midwest", "LOC"), ("Tollgate Development", "ORG"), ("Chicago", "LOC"),
            ("Fulton Cold Storage", "ORG"), ("FULTON COLD STORAGE CO.", "ORG"), ("Peter Zhao", "PER"), ("Zhao", "PER"), ("Tollgate", "ORG"),
            ("Evan Marsh", "PER"), ("West Loop", "LOC"), ("Marlene Fischer", "PER"), ("Southwest Side", "LOC")],
  notes="Two names in the byline; <title> and the JSON-LD headline are the SEO headline, og:title the social headline; the painted sign's wording is annotated as an ORG mention.")

# ---------------------------------------------------------------- 09: wire, shoreline erosion study
A(id=f"{SITE}-09", seed=9, cid=8241093, section="Environment", more="Environment", year_footer=2022, wire=True, ld_author_org=True, dateline=True,
  pub=dt(2022, 10, 7, 13, 25),
  headline="Great Lakes shoreline lost an average of 3 feet a year during high-water period, study finds",
  seo="Great Lakes erosion study: shoreline retreat during 2017-2020 high water",
  authors=["Meridian Press Agency"],
  tags=["Great Lakes", "Environment", "Erosion", "Lake Michigan"],
  parts=[
      ("p", "MILWAUKEE (MPA) — Beaches and bluffs along the Great Lakes retreated by an average of about 3 feet a year during the record high-water period that ended in 2020, and some stretches of Lake Michigan’s western shore lost more than 20 feet in a single season, according to a study released Friday."),
      ("p", "Researchers with the Great Lakes Shoreline Consortium, a group of university and government scientists that tracks coastal change, compared aerial surveys taken every spring and fall from 2017 through 2021 along about 1,900 miles of shoreline in four states."),
      ("p", "The results, published in the consortium’s annual coastal report, show that the retreat was concentrated in places with tall clay bluffs and little natural beach to absorb waves. In parts of southeastern Wisconsin and northern Illinois, homes that had stood 100 feet from a bluff edge in 2017 were less than 40 feet away by 2021."),
      ("ad",),
      ("p", "“High water is what lets the waves reach the toe of the bluff,” said Ingrid Halvorsen, a coastal geologist who led the study. “Once that toe is gone, the whole slope comes down, sometimes all at once, sometimes over several winters.”"),
      ("h", "Water levels have fallen, but the damage remains"),
      ("p", "Lake Michigan reached its highest monthly average level on record in July 2020, about 3.6 feet above its lowest point in 2013. Levels have since fallen by about 2 feet, but researchers warned that the bluffs damaged during the high-water years would keep slumping for years as they settle into a new shape."),
      ("p", "The study estimated that about 1,300 structures, mostly homes, were within 50 feet of an actively eroding bluff in 2021, up from about 400 in 2017. It did not estimate the cost of the damage, but homeowners and towns have spent tens of millions of dollars on seawalls, rock revetments and emergency relocations."),
      ("readmore", "Lake levels drop after a dry summer", "Environment", 28),
      ("p", "Seawalls themselves can make the problem worse for neighbors, Halvorsen said, because they reflect wave energy and starve nearby beaches of sand. The report recommends that towns coordinate shoreline protection along entire stretches of coast rather than lot by lot."),
      ("p", "Officials in several lakeside communities said the findings matched what they had seen. In the village of Pine Harbor, Wisconsin, three homes were moved inland and two were demolished between 2019 and 2021, village administrator Carl Brenneman said. “We had people watching their backyards fall into the lake,” he said. “This report confirms what they lived through.”"),
      ("p", "The researchers said the next high-water period was a question of when, not if. Great Lakes water levels rise and fall over cycles of roughly a decade, driven by precipitation and evaporation, and climate models suggest larger swings in the future."),
      ("p", "Some communities have turned to nature-based approaches instead of walls. Near Racine, a stretch of public shore was rebuilt last year with a sand beach, native dune grasses and a cobble berm designed to absorb waves. Early surveys suggest the bluff behind it has stabilized, Halvorsen said, though she cautioned that one calm year proves little."),
      ("p", "The consortium plans to release detailed maps of bluff retreat for each county next spring, so homeowners and local governments can see how close the edge has come. “People deserve to know where the line is,” Halvorsen said."),
  ],
  entities=[("MILWAUKEE", "LOC"), ("MPA", "ORG"), ("Great Lakes", "LOC"), ("Lake Michigan", "LOC"), ("Great Lakes Shoreline Consortium", "ORG"),
            ("Wisconsin", "LOC"), ("Illinois", "LOC"), ("Ingrid Halvorsen", "PER"), ("Halvorsen", "PER"), ("Pine Harbor", "LOC"), ("Racine", "LOC"),
            ("Carl Brenneman", "PER")],
  notes="Wire copy: the byline is the agency, the JSON-LD author the newspaper (an Organization); <title> and JSON-LD headline are the SEO headline; no article:published_time and no <time> (the wire byline prints the date as text).")


# ---------------------------------------------------------------- 10: tamale shop
A(id=f"{SITE}-10", seed=10, cid=8390122, section="Food", more="Food", year_footer=2023,
  pub=dt(2023, 8, 25, 9, 30),
  headline="At 4 a.m. on 26th Street, the Ibarra family has already made 900 tamales",
  dek="La Güerita has fed Little Village for 31 years. As the family’s second generation takes over, they are adding vegan fillings and keeping the 4 a.m. start.",
  authors=["Marisol Ortega"],
  lead=("Rosa Ibarra spreads masa on corn husks at La Güerita before dawn on Thursday.", "Marisol Ortega / The Lakefront Standard"),
  tags=["Food", "Little Village", "Restaurants", "Family business"],
  parts=[
      ("p", "The steamers at La Güerita start hissing at 3:40 a.m. By the time the first customers knock on the glass door at 5, Rosa Ibarra and her two sons have spread, filled, folded and stacked roughly 900 tamales, and the small storefront on 26th Street smells of corn, chile and wet husk."),
      ("p", "“People think we are crazy,” said Ibarra, 63, who opened the shop in 1992 with her late husband, Ernesto. “But the construction workers need breakfast at 5, and the nurses coming off the night shift need something at 6. If we open at 8, we miss everybody.”"),
      ("p", "For 31 years, the routine has barely changed. Ibarra makes the masa by hand in a steel tub each night; her sons, Daniel and Javier, cook the fillings: pork in red chile, chicken in green salsa, cheese with strips of roasted poblano, and on weekends, sweet tamales with pineapple and raisins. A dozen costs $18, up from $5 when the shop opened."),
      ("ad",),
      ("h", "The second generation"),
      ("p", "This summer, Ibarra began handing the business to her sons. Daniel, 36, a former accountant, handles the books and the catering orders, which now account for almost half of the shop’s revenue. Javier, 33, who trained as a chef, runs the kitchen."),
      ("p", "The brothers have made a few changes their mother approved only after long negotiation. They added two vegan fillings, one with mushrooms and another with black beans and sweet potato, made with masa prepared with vegetable shortening instead of lard. They set up online ordering. And they put a second steamer in the back so they can take holiday orders of 200 dozen without turning away walk-ins."),
      ("p", "“My mom said nobody in Little Village would buy a vegan tamal,” Javier said. “Now the mushroom one sells out every Saturday. She still won’t eat it, though.”"),
      ("readmore", "The taqueria that opens at 5 a.m.", "Food", 45),
      ("h", "A neighborhood institution"),
      ("p", "La Güerita is one of dozens of tamale makers in Little Village, a neighborhood where street vendors with coolers on shopping carts are a morning fixture. What sets the shop apart, regulars say, is consistency. “It tastes the same as when I was a kid,” said Adriana Solís, a 29-year-old teacher who stops in twice a week. “My mom brought me here after Sunday Mass. Now I bring my daughter.”"),
      ("p", "The shop has also become a stop for food tours and was featured last year in a local television segment about the city’s best breakfasts, which brought lines around the block for weeks. The family keeps the old price list, written in marker on a piece of cardboard, taped inside the counter."),
      ("nl",),
      ("p", "The brothers have also started teaching. Once a month, Javier runs a tamale class in the back room for eight students at a time, and the sessions are booked through the end of the year. Most students, he said, are young people whose grandmothers made tamales and who never learned."),
      ("p", "Rising costs have squeezed the business. The price of pork has climbed by about a third in two years, and the family pays more for the corn husks it buys from a supplier in Jalisco. Daniel said they had raised prices twice since 2021 and lost a few customers each time. “Some people just can’t pay more,” he said. “We try to keep the cheese ones cheaper for them.”"),
      ("p", "Rosa Ibarra still comes in every morning, though her sons have told her she doesn’t need to. She sits on a stool by the register, counting change and greeting people by name. “I tell them I’m retired,” she said, laughing. “Retired means I don’t have to make the masa. It doesn’t mean I stay home.”"),
  ],
  entities=[("26th Street", "LOC"), ("Ibarra", "PER"), ("Rosa Ibarra", "PER"), ("La Güerita", "ORG"), ("Ernesto", "PER"), ("Daniel", "PER"),
            ("Javier", "PER"), ("Little Village", "LOC"), ("Adriana Solís", "PER"), ("Mass", "MISC"), ("Jalisco", "LOC")],
  notes="'the Ibarra family' is annotated as a PER mention of the family name; 'Mass' (the church service) is MISC; the lead-photo caption is optional.")


# ---------------------------------------------------------------- 11: contractor fraud verdict (re-published, updated)
A(id=f"{SITE}-11", seed=11, cid=8577060, section="Courts", more="Courts", year_footer=2024,
  pub=dt(2024, 3, 19, 17, 55), mod=dt(2024, 3, 20, 9, 0), created=dt(2024, 3, 18, 21, 10),
  headline="Jury convicts roofing contractor who took deposits from 60 homeowners and never showed up",
  seo="Stonebridge Roofing owner Kevin Dorsey convicted of fraud after taking $480,000 in deposits",
  social="Roofer who took $480K in deposits and never came back is convicted",
  dek="Kevin Dorsey, owner of Stonebridge Roofing and Exteriors, faces up to 20 years in prison. Victims testified they were left with tarps on their roofs through the winter.",
  authors=["Jerome Watts"],
  tags=["Courts", "Fraud", "Consumer protection", "Home repair"],
  parts=[
      ("p", "A Cook County jury on Tuesday convicted the owner of a suburban roofing company of theft and fraud for collecting more than $480,000 in deposits from about 60 homeowners for work he never performed."),
      ("p", "Kevin Dorsey, 47, who ran Stonebridge Roofing and Exteriors from a warehouse in Bridgeview, was found guilty on 14 counts, including theft by deception and operating a continuing financial crimes enterprise, after a nine-day trial. Jurors deliberated for about five hours."),
      ("p", "Dorsey, who testified in his own defense, showed little reaction as the verdict was read. His lawyer, Carla Benedetti, said she would file a motion for a new trial and appeal if necessary."),
      ("ad",),
      ("h", "Deposits, then silence"),
      ("p", "Prosecutors said Dorsey’s company advertised heavily after a 2021 hailstorm damaged thousands of roofs in the southwest suburbs, offering to work with insurance companies and asking homeowners for deposits of 30% to 50% to order materials. In most cases, workers never arrived. Phone calls went unanswered, and the company’s office was cleared out by the spring of 2022."),
      ("p", "Witnesses described months of broken promises. Linda Ferreira, a retired school secretary from Oak Lawn, testified that she paid Stonebridge $11,400 in August 2021 and was told work would start within three weeks. “They kept saying the shingles were on a truck,” she told jurors. “By Christmas I had a blue tarp on my roof and buckets in my bedroom.”"),
      ("p", "Assistant State’s Attorney Michael Osterberg told jurors that bank records showed Dorsey spent the deposits on a boat, a lake house in Wisconsin and payments on older debts. “This was not a business that failed,” Osterberg said in his closing argument. “This was a business that was never meant to do the work.”"),
      ("readmore", "Judge orders new trial in 2016 arson case", "Courts", 55),
      ("h", "The defense"),
      ("p", "Dorsey testified that the company collapsed because of supply shortages and rising material prices, and that he had intended to complete every job. He said he had used some deposits to keep paying workers while waiting for materials. On cross-examination, he acknowledged that Stonebridge had no crews on its payroll after November 2021."),
      ("p", "Benedetti argued that the case belonged in civil court, where homeowners could sue to recover their money, not in a criminal trial. “Bad business is not a crime,” she said."),
      ("p", "Prosecutors called 23 homeowners as witnesses over the nine days of testimony. Several described paying deposits by check and receiving written contracts with start dates that came and went without a word. Two said they had since paid other contractors to do the same work, on top of the money they lost."),
      ("p", "The jury disagreed. Several victims hugged in the hallway after the verdict. “I don’t expect to get my money back,” said Robert Chen, a Palos Hills homeowner who lost $9,800. “I just wanted someone to say out loud that what he did was wrong.”"),
      ("p", "During the two-week trial, prosecutors walked jurors through bank records showing that deposits were moved within days into accounts used to pay personal credit cards, a boat loan and a family vacation. Defense attorneys did not dispute the transfers but argued that the company had simply been mismanaged as it grew too fast."),
      ("p", "Investigators testified that complaints about Stonebridge began reaching the attorney general’s consumer fraud bureau in the fall of 2021, but the company kept advertising for months afterward. One homeowner said she signed her contract the same week that a neighbor two doors down filed a complaint. “If anybody had told us, we would have never paid,” she said."),
      ("p", "Dorsey faces up to 20 years in prison on the most serious count. Judge Patricia Lindqvist set sentencing for May 14 and ordered him held without bond, citing his ties to Wisconsin. A separate civil lawsuit filed by the state attorney general’s office seeking restitution is pending."),
      ("p", "The Better Home Contractors Council, a trade group, urged homeowners never to pay more than 10% upfront for roofing work and to check that contractors are licensed. Illinois requires roofing contractors to hold a state license; Dorsey’s had expired in 2020, according to testimony."),
  ],
  entities=[("Cook County", "LOC"), ("Kevin Dorsey", "PER"), ("Dorsey", "PER"), ("Stonebridge Roofing and Exteriors", "ORG"), ("Stonebridge", "ORG"),
            ("Bridgeview", "LOC"), ("Carla Benedetti", "PER"), ("Benedetti", "PER"), ("Linda Ferreira", "PER"), ("Oak Lawn", "LOC"),
            ("Michael Osterberg", "PER"), ("Osterberg", "PER"), ("Wisconsin", "LOC"), ("Robert Chen", "PER"), ("Palos Hills", "LOC"),
            ("Patricia Lindqvist", "PER"), ("Better Home Contractors Council", "ORG"), ("Illinois", "LOC"), ("Christmas", "MISC")],
  notes="JSON-LD datePublished and article:published_time hold the draft's creation (2024-03-18 21:10 CDT); the page shows the publication of March 19, 2024, 5:55 p.m. CT (gold) and an update the next morning. Adjudicated with the second annotation (December 2026): the section label above the headline is a kicker (GUIDELINES 3).")


# ---------------------------------------------------------------- 12: first lake-effect snow
A(id=f"{SITE}-12", seed=12, cid=8801734, section="Weather", more="Weather", year_footer=2025,
  pub=dt(2025, 12, 2, 6, 20), mod=dt(2025, 12, 2, 11, 45),
  headline="First lake-effect snow of the season snarls the morning commute; 8 inches possible near the lake",
  social="Snow, slush and a slow commute: What to know about today’s lake-effect storm",
  authors=["Theo Grant", "Ana Lindqvist"],
  tags=["Weather", "Snow", "Commute", "Lake Michigan"],
  parts=[
      ("p", "The season’s first band of lake-effect snow moved ashore before dawn on Tuesday, dropping up to 5 inches on the city’s lakefront neighborhoods by 6 a.m. and turning the morning commute into a crawl on expressways and side streets alike."),
      ("p", "Forecasters said the band, fed by cold northerly winds blowing across the still-warm waters of Lake Michigan, could leave 8 inches or more in a narrow strip near the shore by Tuesday evening, while areas 15 miles inland might see barely a dusting."),
      ("p", "“This is the classic setup: very cold air over a lake that is still holding summer’s heat,” said meteorologist Keisha Rowland of the Great Lakes Weather Service. “Where the band parks, it snows hard. Where it doesn’t, you wonder what the fuss is about.”"),
      ("ad",),
      ("h", "Commute and flights"),
      ("p", "Travel times on the main expressways into downtown were more than double their usual length at 7 a.m., according to traffic data, and police reported dozens of minor crashes. The city deployed its full fleet of 300 salt spreaders overnight and said main streets would be its first priority, followed by side streets once the snow eases."),
      ("p", "At the city’s two airports, airlines canceled about 240 flights by midmorning, mostly regional routes, and reported delays of an hour or more for many departures. Travelers were urged to check their flight status before leaving home."),
      ("p", "Commuter trains ran with delays of 10 to 20 minutes because of frozen switches on two lines, the regional rail agency said. Several suburban school districts near the lake canceled classes or delayed start times by two hours; the city’s public schools remained open."),
      ("readmore", "Storm knocked out power to 30,000 homes", "Weather", 300),
      ("h", "Who gets the most snow"),
      ("p", "Lake-effect bands are narrow and hard to predict. On Tuesday, the heaviest snow fell in a strip roughly 5 miles wide along the lakefront from Rogers Park to the Loop, while the western neighborhoods saw flurries. The band was expected to drift south during the afternoon, bringing heavier snow to the South Side and northwest Indiana by evening."),
      ("p", "Snowfall totals by 10 a.m. included:"),
      ("ul", ["Rogers Park: 6.2 inches", "Lincoln Park: 5.5 inches", "Loop: 4.1 inches", "O’Hare area: 0.8 inch", "Naperville: a trace"]),
      ("nl",),
      ("p", "Residents along the lakefront shoveled sidewalks for the first time this season. In Edgewater, Marta Jovanovic, 58, cleared the steps of her building while her neighbor’s children built a lopsided snowman. “Every year I forget how heavy it is,” she said. “And every year the kids are happy anyway.”"),
      ("p", "The city reminded residents that parking is banned on about 500 miles of designated snow routes when 2 inches or more of snow is on the ground, and towing had begun on several routes by 8 a.m. Warming centers were open in all city park field houses."),
      ("p", "Hardware stores reported a run on shovels and rock salt. At a store on Clark Street, manager Tyrone Banks said he had sold out of ice melt by 9 a.m. and was waiting on a delivery. “Same thing every year,” he said. “Nobody buys salt in November.”"),
      ("p", "Forecasters expect the snow to end by Wednesday morning, followed by sunshine and highs in the upper 20s. Another round of lake-effect snow is possible this weekend if winds shift back to the north."),
  ],
  entities=[("Lake Michigan", "LOC"), ("Keisha Rowland", "PER"), ("Great Lakes Weather Service", "ORG"), ("Rogers Park", "LOC"),
            ("Loop", "LOC"), ("South Side", "LOC"), ("Indiana", "LOC"), ("Lincoln Park", "LOC"), ("O’Hare", "LOC"), ("Naperville", "LOC"),
            ("Edgewater", "LOC"), ("Marta Jovanovic", "PER"), ("Clark Street", "LOC"), ("Tyrone Banks", "PER")],
  notes="Two names in the byline; the list lead-in is a paragraph; the 'Updated' time is the modified value; og:title is the social headline.")


def main():
    for a in ARTICLES:
        build(a)
    base = next(x for x in ARTICLES if x["id"] == f"{SITE}-05")
    v = dict(base, jsonld=False)
    build(v, id_=f"{SITE}-13", variant_of=base["id"], url=base["canonical"] + "?outputType=amp-lite",
          notes=f"Minimal pair of {base['id']}: differs only in json-ld (the same page served without its NewsArticle JSON-LD; "
                "article:published_time still holds the draft's creation time, 2019-09-02 16:05 CDT, and the visible Sept. 3 publication is gold).")


if __name__ == "__main__":
    main()
