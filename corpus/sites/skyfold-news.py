import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, relative_visible_date, Article, Block, emit, with_more_section

"""Skyfold News (skyfold-news): an invented English-language news aggregator and partner portal.
It republishes wire stories (Meridian Press Agency, Halyard News Agency) and stories from partner
outlets (Brackwater Tribune, Northfen Observer, Pinecrest Business Journal) inside its own React
front end: a "Top stories" strip of cards, the republished story with a "From <partner>" badge and
an "Originally published ..." line, the body split by in-article ads and "Related coverage" cards,
"More from <partner>" and "Trending" rails, a short footer and a consent manager. Every card in the
strips and rails is an <article>. Times are shown in US Eastern time.

Metadata personality: JSON-LD datePublished is the portal's ingest time, a few hours after the
original publication shown on the page (the next day for late-evening stories); article:published_time
comes from the partner feed (the original time) or is missing; JSON-LD author is the agency or the
partner outlet as an Organization, or the reporters when the feed supplied them; partner feeds from
the Northfen Observer arrive as <div> paragraphs. <title> is the bare headline, or the headline with
the portal suffix, or the partner's SEO wording; og:title is sometimes a shorter social headline.
Gold follows the page: the visible headline, the "Originally published" time, the byline's names
(an agency byline gives the agency)."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re
from zoneinfo import ZoneInfo

SITE = "skyfold-news"
HOST = "https://www.skyfoldnews.example"
CDN = "https://img.skyfoldnews.example"
NAME = "Skyfold News"
ET = ZoneInfo("America/New_York")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

json_dumps = lambda o: _json.dumps(o, ensure_ascii=False, separators=(",", ":"))  # noqa: E731


def esc(s):
    return _html.escape(s, quote=True)


def strip(s):
    return _re.sub(r"\s+", " ", _html.unescape(_re.sub(r"<[^>]+>", "", s))).strip()


def slug(s):
    s = s.lower().replace("’", "").replace("'", "")
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:80]


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=ET)


def clock(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def zone(d):
    return "EDT" if d.utcoffset() == _dt.timedelta(hours=-4) else "EST"


def long_date(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def stamp(d):
    return f"{long_date(d)}, {clock(d)} {zone(d)}"


# ---------------------------------------------------------------- page weight without visible text

_VA = ["Adkin", "Bramble", "Cobalt", "Dunmore", "Everly", "Fathom", "Glint", "Harrow", "Inkwell", "Juniper", "Kestrel",
       "Lattice", "Marlow", "Nimbus", "Orchard", "Pillar", "Quarry", "Rowan", "Sable", "Thistle", "Umber", "Vantor",
       "Willow", "Yarrow", "Zephyr", "Alder", "Birch", "Cinder", "Drift", "Ember"]
_VB = ["metrics", "reach", "signal", "bid", "pixel", "lens", "cast", "flow", "grid", "sense", "scope", "tap", "loop",
       "audience", "path", "ledger", "beacon", "relay", "insight", "xchange"]
_VS = ["Ltd", "Inc.", "GmbH", "SAS", "B.V.", "LLC", "AB", "S.L.", "Oy", "ApS"]


def vendor_list(seed, n=110):
    r = _random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        a, b = r.choice(_VA), r.choice(_VB)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        sl = f"{a}{b}".lower()
        purposes = sorted(r.sample(range(1, 12), r.randint(2, 7)))
        out.append({"id": 10 + len(out) * 3 + r.randint(0, 2), "name": f"{a}{b} {r.choice(_VS)}", "purposes": purposes,
                    "legIntPurposes": sorted(set(r.sample(range(2, 11), r.randint(0, 3))) - set(purposes)),
                    "specialPurposes": sorted(r.sample([1, 2, 3], r.randint(0, 2))), "features": sorted(r.sample([1, 2, 3], r.randint(0, 3))),
                    "policyUrl": f"https://www.{sl}.example/privacy", "cookieMaxAgeSeconds": r.choice([86400, 2592000, 31536000]),
                    "usesNonCookieAccess": r.random() < .3, "dataRetention": {"stdRetention": r.choice([30, 90, 180, 365])}})
    return json_dumps(out)


def icon_sprite(seed, names):
    r = _random.Random(seed)
    sym = []
    for nm in names:
        d = [f"M{r.randint(1, 23)} {r.randint(1, 23)}"]
        for _ in range(r.randint(8, 20)):
            c = r.choice("LCQ")
            n = {"L": 2, "C": 6, "Q": 4}[c]
            d.append(c + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(n)))
        sym.append(f'<symbol id="sk-i-{nm}" viewBox="0 0 24 24"><path d="{"".join(d)}Z"/></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
            + "".join(sym) + "</svg>")


def utility_css():
    out = []
    for bp, width in (("", 0), ("sm", 576), ("md", 768), ("lg", 1024), ("xl", 1280)):
        rules, sfx = [], (f"-{bp}" if bp else "")
        for i in range(1, 13):
            rules.append(f".sk-col{sfx}-{i}{{flex:0 0 {i / 12 * 100:.4f}%;max-width:{i / 12 * 100:.4f}%}}")
        for k, v in enumerate((0, 4, 8, 12, 16, 24, 32, 48)):
            for prop, ab in (("margin-top", "mt"), ("margin-bottom", "mb"), ("padding-top", "pt"), ("padding-bottom", "pb"), ("gap", "gap")):
                rules.append(f".sk-{ab}{sfx}-{k}{{{prop}:{v}px!important}}")
        for disp in ("none", "block", "flex", "grid", "inline-flex"):
            rules.append(f".sk-d{sfx}-{disp}{{display:{disp}!important}}")
        body = "\n".join(rules)
        out.append(f"@media (min-width:{width}px){{\n{body}\n}}" if width else body)
    return "\n".join(out)


def ad_config(seed):
    r = _random.Random(seed)
    bidders = [f"{r.choice(_VA).lower()}{r.choice(_VB)}" for _ in range(7)]
    slots = [("sk-ad-top", [[970, 250], [728, 90]]), ("sk-ad-rail-1", [[300, 250]]), ("sk-ad-rail-2", [[300, 600], [300, 250]]),
             ("sk-ad-in-1", [[300, 250], [336, 280]]), ("sk-ad-in-2", [[300, 250], [336, 280]]), ("sk-ad-bottom", [[728, 90], [970, 90]])]
    units = [{"code": c, "mediaTypes": {"banner": {"sizes": sz}},
              "bids": [{"bidder": b, "params": {"placementId": str(r.randint(10000000, 99999999)), "zone": f"{c}-{r.randint(1, 9)}"}}
                       for b in r.sample(bidders, 4)]} for c, sz in slots]
    return json_dumps({"timeout": 1400, "priceGranularity": "dense", "adUnits": units,
                       "userSync": {"syncsPerBidder": 3, "syncDelay": 3000}, "consentManagement": {"gdpr": {"cmpApi": "iab", "timeout": 8000}}})


CSS = """
:root{--sk-ink:#101828;--sk-sub:#475467;--sk-line:#e4e7ec;--sk-brand:#3b2dd6;--sk-brand-2:#1d1a7a;--sk-bg:#f7f8fa;--sk-card:#fff;--sk-font:"Inter",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;--sk-serif:"Source Serif 4",Georgia,serif}
*,*:before,*:after{box-sizing:border-box}body{margin:0;background:var(--sk-bg);color:var(--sk-ink);font:16px/1.5 var(--sk-font)}
a{color:inherit}img{max-width:100%;height:auto;display:block}
.sk-header{background:#fff;border-bottom:1px solid var(--sk-line);position:sticky;top:0;z-index:40}
.sk-header__row{max-width:1280px;margin:0 auto;padding:10px 20px;display:flex;align-items:center;gap:24px}
.sk-logo{font-weight:800;font-size:22px;letter-spacing:-.02em;text-decoration:none;color:var(--sk-brand-2)}.sk-logo b{color:var(--sk-brand)}
.sk-nav{display:flex;gap:18px;font-size:14px;font-weight:600;overflow-x:auto}.sk-nav a{text-decoration:none;color:var(--sk-sub)}.sk-nav a.is-active{color:var(--sk-brand)}
.sk-header__tools{margin-left:auto;display:flex;gap:10px;font-size:14px}
.sk-topstrip{max-width:1280px;margin:12px auto 0;padding:0 20px;display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
.sk-card{background:var(--sk-card);border:1px solid var(--sk-line);border-radius:10px;padding:10px;display:flex;flex-direction:column;gap:6px}
.sk-card h3{font-size:14px;line-height:1.3;margin:0}.sk-card a{text-decoration:none}
.sk-card__src{font-size:11px;font-weight:700;text-transform:uppercase;color:var(--sk-brand)}
.sk-card time,.sk-card .sk-card__age{font-size:12px;color:var(--sk-sub)}
.sk-layout{max-width:1280px;margin:0 auto;padding:20px}
.sk-grid{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px}@media (max-width:1023px){.sk-grid{grid-template-columns:1fr}.sk-rail{display:none}}
.sk-story{background:#fff;border:1px solid var(--sk-line);border-radius:14px;padding:28px 32px}
.sk-story__source{display:flex;align-items:center;gap:8px;font-size:13px;color:var(--sk-sub);margin-bottom:10px}
.sk-story__source img{width:28px;height:28px;border-radius:50%}
.sk-story__title{font:700 34px/1.15 var(--sk-serif);margin:0 0 12px;letter-spacing:-.01em}
.sk-kicker{display:inline-block;font:700 12px/1 var(--sk-font);text-transform:uppercase;letter-spacing:.08em;color:#fff;background:var(--sk-brand);border-radius:4px;padding:4px 6px;margin-right:8px;vertical-align:middle}
.sk-story__dek{font-size:19px;line-height:1.45;color:var(--sk-sub);margin:0 0 14px}
.sk-byline{font-size:14px;font-weight:600}.sk-dates{font-size:13px;color:var(--sk-sub);margin:2px 0 14px}
.sk-share{display:flex;gap:8px;margin:0 0 18px}.sk-share button,.sk-share a{width:34px;height:34px;border-radius:50%;border:1px solid var(--sk-line);background:#fff;display:inline-flex;align-items:center;justify-content:center}
.sk-share svg{width:16px;height:16px}
.sk-figure{margin:0 0 18px}.sk-figure figcaption{font-size:13px;color:var(--sk-sub);padding-top:6px}.sk-figure .sk-credit{text-transform:uppercase;font-size:11px;margin-left:4px}
.sk-body{font:18px/1.7 var(--sk-serif)}.sk-body p,.sk-body .sk-para{margin:0 0 18px}.sk-body h2{font:700 22px/1.3 var(--sk-font);margin:28px 0 12px}
.sk-body blockquote{margin:0 0 18px;padding-left:16px;border-left:3px solid var(--sk-brand);font-style:italic}
.sk-body ul{margin:0 0 18px;padding-left:22px}
.sk-ad{background:#f2f4f7;border-radius:8px;text-align:center;min-height:280px;margin:8px 0 24px;position:relative}
.sk-ad__label{display:block;font-size:10px;letter-spacing:.1em;text-transform:uppercase;color:#98a2b3;padding:6px 0}
.sk-inline-rel{border-top:2px solid var(--sk-ink);border-bottom:1px solid var(--sk-line);margin:6px 0 26px;padding:10px 0}
.sk-inline-rel h4{margin:0 0 8px;font-size:13px;text-transform:uppercase;letter-spacing:.06em}
.sk-inline-rel__list{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.sk-partner-note{font-size:14px;color:var(--sk-sub);border-top:1px solid var(--sk-line);padding-top:12px;margin-top:24px}
.sk-more{margin-top:28px}.sk-more h2,.sk-rail h2{font-size:15px;text-transform:uppercase;letter-spacing:.06em;margin:0 0 12px}
.sk-more__list{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.sk-rail__list{display:flex;flex-direction:column;gap:10px}
.sk-footer{margin-top:40px;background:#0c0a3e;color:#cfd3ff;font-size:13px}.sk-footer__row{max-width:1280px;margin:0 auto;padding:24px 20px;display:flex;flex-wrap:wrap;gap:14px 24px}
.sk-footer a{color:#cfd3ff;text-decoration:none}
.sk-cmp{position:fixed;left:16px;right:16px;bottom:16px;background:#fff;border-radius:12px;box-shadow:0 12px 40px rgba(16,24,40,.25);padding:18px 20px;z-index:100;display:none;max-width:760px;margin:0 auto}
.sk-cmp.is-open{display:block}.sk-cmp p{font-size:14px;margin:0 0 10px}.sk-cmp button{border-radius:8px;padding:8px 14px;font-weight:700;border:1px solid var(--sk-brand);background:#fff;color:var(--sk-brand)}
.sk-cmp button.is-primary{background:var(--sk-brand);color:#fff}
"""

NAV = [("us", "U.S."), ("world", "World"), ("business", "Business"), ("markets", "Markets"), ("tech", "Tech"), ("science", "Science"),
       ("climate", "Climate"), ("health", "Health"), ("local", "Local"), ("opinion", "Opinion")]

PARTNERS = {
    "mpa": ("Meridian Press Agency", "https://www.meridianpress.example", "agency"),
    "hna": ("Halyard News Agency", "https://www.halyardnews.example", "agency"),
    "bt": ("Brackwater Tribune", "https://www.brackwatertribune.example", "outlet"),
    "no": ("Northfen Observer", "https://www.northfenobserver.example", "outlet"),
    "pbj": ("Pinecrest Business Journal", "https://www.pinecrestbj.example", "outlet"),
}

CARDS = [
    ("mpa", "Grain shipments resume after week-long canal closure"),
    ("hna", "Regional carriers add winter routes as demand holds"),
    ("bt", "County fair returns with a bigger livestock barn"),
    ("pbj", "Family-owned grocer opens its fifth store"),
    ("no", "Fen footpath reopens after flood repairs"),
    ("mpa", "Coffee exporters brace for a smaller harvest"),
    ("hna", "Rail freight volumes climb for a third month"),
    ("bt", "Harbor dredging project gets final permit"),
    ("pbj", "Credit union members approve merger"),
    ("no", "Village school celebrates 150 years"),
    ("mpa", "Textile workers win pay deal after two-day stoppage"),
    ("hna", "Storm knocks out power to coastal towns"),
    ("pbj", "Warehouse developer buys 40 acres near the airport"),
    ("bt", "Lighthouse keeper's cottage to become a museum"),
    ("no", "Market town votes to keep Wednesday market"),
    ("mpa", "Copper prices slip as inventories grow"),
]


def card(i, base, tag, with_time, kind="sk-card"):
    key, title = CARDS[i % len(CARDS)]
    src = PARTNERS[key][0]
    d = (base - _dt.timedelta(hours=3 + i * 5)).astimezone(ET)
    cid = 5200000 + (base.toordinal() % 9000) * 7 + i * 13
    when = (f'<time datetime="{d.isoformat()}">{long_date(d)}</time>' if with_time
            else f'<span class="sk-card__age">{long_date(d)}</span>')
    return (f'<{tag} class="{kind}" data-card-id="{cid}"><span class="sk-card__src">{esc(src)}</span>'
            f'<a href="{HOST}/news/{slug(title)}-{cid}"><picture><source type="image/webp" srcset="{CDN}/c/{cid}/320x180.webp 1x, {CDN}/c/{cid}/640x360.webp 2x">'
            f'<img src="{CDN}/c/{cid}/320x180.jpg" alt="" width="320" height="180" loading="lazy"></picture><h3>{esc(title)}</h3></a>{when}</{tag}>')


def render_parts(parts, a, blocks):
    out = []
    div = a.get("div_paras")
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f'<div class="sk-para">{p[1]}</div>' if div else f"<p>{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "h":
            out.append(f"<h2>{esc(p[1])}</h2>")
            blocks.append(Block("heading", p[1]))
        elif k == "q":
            out.append(f"<blockquote><p>{esc(p[1])}</p></blockquote>")
            blocks.append(Block("quote", p[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in p[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in p[1]]
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="sk-figure"><picture><source type="image/webp" srcset="{CDN}/s/{img}/800.webp 800w, {CDN}/s/{img}/1200.webp 1200w" sizes="(max-width: 800px) 100vw, 760px">'
                       f'<img src="{CDN}/s/{img}/800.jpg" alt="{esc(cap)}" width="800" height="450" loading="lazy"></picture>'
                       f'<figcaption>{esc(cap)} <span class="sk-credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
    return "\n".join(out)


def page(a, cards_tag="article"):
    pub, ingest, upd = a["pub"], a["ingest"], a.get("upd")
    partner, purl, ptype = PARTNERS[a["partner"]]
    url = a["url"] + a.get("query", "")
    canon = a["url"]
    blocks = []
    if a.get("dek"):
        blocks.append(Block("paragraph", a["dek"], optional=True))
    lead = ""
    if a.get("lead"):
        img, cap, credit = a["lead"]
        lead = render_parts([("fig", img, cap, credit)], a, blocks)
    # body: split into parts by in-article ads and "Related coverage" cards
    chunks = a["parts"]
    cuts = a.get("cuts", [])
    pieces, prev = [], 0
    for c in cuts + [len(chunks)]:
        pieces.append(chunks[prev:c])
        prev = c
    body = []
    for n, piece in enumerate(pieces):
        body.append(f'<div class="sk-body" data-part="{n + 1}">\n' + render_parts(piece, a, blocks) + "\n</div>")
        if n < len(pieces) - 1:
            body.append(f'<div class="sk-ad sk-ad--in" id="sk-ad-in-{n + 1}" data-slot="in{n + 1}"><span class="sk-ad__label">Advertisement</span></div>')
            if n == 0 and a.get("inline_rel", True):
                body.append('<aside class="sk-inline-rel" aria-label="Related coverage"><h4>Related coverage</h4><div class="sk-inline-rel__list">'
                            + card(a["seed"] + 2, pub, cards_tag, False, "sk-card sk-card--inline")
                            + card(a["seed"] + 5, pub, cards_tag, False, "sk-card sk-card--inline") + "</div></aside>")
    if not cuts:
        body.append('<div class="sk-ad sk-ad--in" id="sk-ad-in-1" data-slot="in1"><span class="sk-ad__label">Advertisement</span></div>')
    names = a["byline"]
    title = a["title"]
    og = a.get("og", a["headline"])

    h = ["<!DOCTYPE html>", '<html lang="en-US">', "<head>", '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{esc(title)}</title>",
         f'<meta name="description" content="{esc(a["desc"])}">',
         '<meta name="robots" content="index, follow, max-image-preview:large">',
         f'<link rel="canonical" href="{canon}">',
         f'<link rel="original-source" href="{purl}/{a["orig_path"]}">',
         '<meta property="og:site_name" content="Skyfold News">', '<meta property="og:type" content="article">',
         f'<meta property="og:title" content="{esc(og)}">', f'<meta property="og:description" content="{esc(a["desc"])}">',
         f'<meta property="og:url" content="{canon}">', f'<meta property="og:image" content="{CDN}/s/{a["img"]}/1200.jpg">',
         '<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@skyfoldnews">',
         f'<meta name="twitter:title" content="{esc(og)}">']
    if a.get("meta_pub", True):
        h.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if upd:
            h.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    h.append(f'<meta property="article:section" content="{dict(NAV)[a["section"]]}">')
    h.append(f'<meta name="syndication-source" content="{esc(partner)}">')
    if a.get("meta_author"):
        h.append(f'<meta name="author" content="{esc(a["meta_author"])}">')
    h.append('<link rel="preconnect" href="https://img.skyfoldnews.example"><link rel="dns-prefetch" href="https://ads.skyfoldnews.example">')
    if a.get("jsonld", True):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": canon},
              "headline": a.get("ld_headline", a["headline"]), "description": a["desc"],
              "image": [f"{CDN}/s/{a['img']}/1200.jpg"], "datePublished": ingest.isoformat(),
              "dateModified": (upd or ingest).isoformat(),
              "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{CDN}/brand/skyfold-600x60.png"}},
              "isBasedOn": f"{purl}/{a['orig_path']}", "sourceOrganization": {"@type": "NewsMediaOrganization", "name": partner, "url": purl},
              "isAccessibleForFree": True, "inLanguage": "en-US"}
        la = a.get("ld_author", "partner")
        if la == "partner":
            ld["author"] = {"@type": "Organization", "name": partner, "url": purl}
        elif la == "people":
            ld["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
        h.append('<script type="application/ld+json">' + json_dumps(ld) + "</script>")
    h.append("<style>" + CSS + "</style>")
    h.append('<style id="sk-utilities">' + utility_css() + "</style>")
    h.append("<script>window.__skConsent={\"cmpId\":412,\"cmpVersion\":\"3.2.1\",\"gdprApplies\":false,\"vendors\":" + vendor_list(a["seed"] * 31 + 7, 140 + a["seed"] * 4) + "};</script>")
    h.append("<script>window.skBids=" + ad_config(a["seed"] * 17) + ";</script>")
    h.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push(' + json_dumps({
        "pageType": "article", "contentId": a["cid"], "partner": a["partner"], "partnerType": ptype, "section": a["section"],
        "ingestedAt": ingest.isoformat(), "wordCount": sum(len(b.text.split()) for b in blocks if not b.optional)}) + ');'
             "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],"
             "j=d.createElement(s);j.async=true;j.src='https://tags.skyfoldnews.example/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-SKF42QX');</script>")
    h.append("</head>")
    h.append('<body class="sk sk--article">')
    h.append(icon_sprite(a["seed"], ["search", "menu", "close", "share", "facebook", "x", "linkedin", "mail", "link", "bookmark", "chevron",
                                     "play", "clock", "user", "bell", "sun", "moon", "arrow-up"]))
    h.append('<div id="__skyfold"><div class="sk-app" data-theme="light">')
    h.append('<header class="sk-header"><div class="sk-header__row"><a class="sk-logo" href="/">Sky<b>fold</b></a><nav class="sk-nav" aria-label="Sections">'
             + "".join(f'<a href="/{k}/"' + (' class="is-active"' if k == a["section"] else "") + f">{esc(v)}</a>" for k, v in NAV)
             + '</nav><div class="sk-header__tools"><a href="/search/">Search</a><a href="/account/signin/">Sign in</a></div></div></header>')
    if a.get("topstrip"):
        h.append('<section class="sk-topstrip" aria-label="Top stories">' + "".join(card(a["seed"] + i, ingest, cards_tag, True) for i in range(5)) + "</section>")
    h.append('<main class="sk-layout" id="main"><div class="sk-grid"><div class="sk-col-main">')
    h.append(f'<article class="sk-story" data-content-id="{a["cid"]}" data-partner="{a["partner"]}"><div class="sk-story__inner">')
    h.append(f'<div class="sk-story__source"><img src="{CDN}/partners/{a["partner"]}-64.png" alt="" width="28" height="28">'
             f'<span>From <a href="/partners/{slug(partner)}/">{esc(partner)}</a></span></div>')
    if a.get("hl_div"):
        h.append(f'<div class="sk-story__title" role="heading" aria-level="1">{esc(a["headline"])}</div>')
    elif a.get("kicker"):
        h.append(f'<h1 class="sk-story__title"><span class="sk-kicker">{esc(a["kicker"])}</span> {esc(a["headline"])}</h1>')
    else:
        h.append(f'<h1 class="sk-story__title">{esc(a["headline"])}</h1>')
    if a.get("dek"):
        h.append(f'<p class="sk-story__dek">{esc(a["dek"])}</p>')
    h.append(f'<div class="sk-byline">By {names}</div>')
    if a.get("story_time"):
        dates = f'Originally published <time datetime="{pub.isoformat()}">{stamp(pub)}</time>'
        if upd:
            dates += f' · Updated <time datetime="{upd.isoformat()}">{stamp(upd)}</time>'
    else:
        dates = f"Originally published {stamp(pub)}" + (f" · Updated {stamp(upd)}" if upd else "")
    h.append(f'<div class="sk-dates">{dates}</div>')
    h.append('<div class="sk-share" role="group" aria-label="Share">' + "".join(
        f'<button type="button" data-share="{n}" aria-label="Share via {n}"><svg><use href="#sk-i-{n}"></use></svg></button>'
        for n in ("facebook", "x", "linkedin", "mail", "link")) + "</div>")
    h.append(lead)
    h.append("\n".join(body))
    h.append(f'<p class="sk-partner-note">This story was originally published by {esc(partner)} and is republished on Skyfold News under a content partnership. '
             f'<a href="{purl}/{a["orig_path"]}" rel="nofollow">Read the original</a>.</p>')
    h.append("</div></article>")
    h.append(f'<section class="sk-more" aria-label="More from {esc(partner)}"><h2>More from {esc(partner)}</h2><div class="sk-more__list">'
             + "".join(card(a["seed"] + 7 + i, pub, cards_tag, False) for i in range(3)) + "</div></section>")
    h.append('<div class="sk-ad" id="sk-ad-bottom"><span class="sk-ad__label">Advertisement</span></div>')
    h.append("</div>")
    h.append('<aside class="sk-rail" aria-label="Trending"><div class="sk-ad" id="sk-ad-rail-1"><span class="sk-ad__label">Advertisement</span></div>'
             '<h2>Trending</h2><div class="sk-rail__list">' + "".join(card(a["seed"] + 11 + i, ingest, cards_tag, False) for i in range(4))
             + '</div><div class="sk-ad" id="sk-ad-rail-2"><span class="sk-ad__label">Advertisement</span></div></aside>')
    h.append("</div></main>")
    h.append('<footer class="sk-footer"><div class="sk-footer__row"><span>&copy; ' + str(ingest.year) + ' Skyfold Media Inc.</span>'
             '<a href="/about/">About</a><a href="/partners/">Our partners</a><a href="/corrections/">Corrections</a><a href="/privacy/">Privacy</a>'
             '<a href="/terms/">Terms</a><a href="/cookies/">Cookie settings</a><a href="/advertise/">Advertise</a></div></footer>')
    h.append('</div></div>')
    h.append('<div class="sk-cmp" id="sk-cmp" role="dialog" aria-label="Privacy choices"><p>We and our partners use cookies to personalise content and ads '
             'and to measure how Skyfold News is used. You can accept all cookies or choose which ones we may use.</p>'
             '<button class="is-primary" type="button" data-cmp="accept">Accept all</button> <button type="button" data-cmp="reject">Reject non-essential</button> '
             '<button type="button" data-cmp="manage">Manage choices</button></div>')
    state = {"props": {"page": {"type": "article", "id": a["cid"], "section": a["section"], "partner": {"id": a["partner"], "name": partner, "url": purl},
                                "ingestedAt": ingest.isoformat(), "ads": {"inArticle": len(cuts) or 1, "lazy": True},
                                "rails": {"trending": [CARDS[(a["seed"] + 11 + i) % len(CARDS)][1] for i in range(10)],
                                          "more": [CARDS[(a["seed"] + 7 + i) % len(CARDS)][1] for i in range(8)]},
                                "experiments": {"stickyShare": "b", "railDensity": "compact", "newsletterModal": "off"}},
                       "nav": [{"key": k, "label": v, "href": f"/{k}/"} for k, v in NAV],
                       "feed": [{"id": 5300000 + a["seed"] * 977 + i * 11, "title": CARDS[(a["seed"] + i) % len(CARDS)][1],
                                 "source": PARTNERS[CARDS[(a["seed"] + i) % len(CARDS)][0]][0], "section": NAV[i % len(NAV)][0],
                                 "image": {"src": f"{CDN}/c/{5300000 + a['seed'] * 977 + i * 11}/640x360.jpg", "w": 640, "h": 360,
                                           "srcset": [f"{CDN}/c/{5300000 + a['seed'] * 977 + i * 11}/{w}x{w * 9 // 16}.webp {w}w" for w in (320, 640, 960, 1280)]},
                                 "ingestedAt": (ingest - _dt.timedelta(minutes=37 * i + 5)).isoformat(), "readTime": 2 + i % 7,
                                 "tracking": {"pos": i, "algo": "rank-v7", "bucket": f"b{(a['seed'] * 7 + i) % 23}"}} for i in range(48)],
                       "partners": [{"id": k, "name": v[0], "url": v[1], "type": v[2]} for k, v in PARTNERS.items()]},
             "buildId": "sk-2b91f0c", "runtimeConfig": {"cdn": CDN, "api": "https://api.skyfoldnews.example/v3", "region": "us-east-1"}}
    h.append('<script id="__SK_STATE__" type="application/json">' + json_dumps(state) + "</script>")
    h.append('<script>(function(d,w){var c=d.getElementById("sk-cmp");if(c&&d.cookie.indexOf("sk_cmp=")<0){c.className+=" is-open";}'
             'd.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-cmp]");if(!b)return;d.cookie="sk_cmp="+b.getAttribute("data-cmp")+";path=/;max-age=31536000";c.className="sk-cmp";});})(document,window);</script>')
    h.append('<script src="https://static.skyfoldnews.example/_app/chunks/main-2b91f0c.js" defer></script>')
    h.append('<script src="https://static.skyfoldnews.example/_app/chunks/article-8d1e44a.js" defer></script>')
    h.append("</body></html>")
    return "\n".join(h), blocks


COMMON = ["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "most-read", "ad-slots", "decoy-date",
          "localized-date", "local-time-zone"]


def mpa_dl(city, text):
    return ("p", f"{city} (MPA) — {text}")


ARTICLES = []

# ---------------------------------------------------------------- 01: MPA wire, agency byline, top strip (another story's <time> first)
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, cid="skf-1903-0714", partner="mpa", section="world", topstrip=True,
    url=f"{HOST}/news/rotterdam-dockworkers-extend-strike-second-week-1903714",
    orig_path="world/europe/2019/03/07/rotterdam-dockworkers-strike", img="rotterdam-cranes-0307",
    pub=dt(2019, 3, 7, 6, 40), ingest=dt(2019, 3, 7, 9, 55),
    byline="Meridian Press Agency", authors=["Meridian Press Agency"],
    headline="Rotterdam dockworkers extend strike into a second week as ships queue offshore",
    title="Rotterdam dockworkers extend strike into a second week as ships queue offshore",
    desc="Dockworkers at three Rotterdam container terminals voted to extend their strike over automation and shift patterns.",
    cuts=[4, 9],
    parts=[
        ("p", "ROTTERDAM, Netherlands (MPA) — Dockworkers at three of Rotterdam’s largest container terminals voted on Wednesday night to extend "
              "their strike into a second week, deepening a dispute over automation and shift patterns that has already left dozens of ships "
              "waiting at anchor off the Dutch coast."),
        ("p", "About 2,300 members of the Port Workers’ Federation backed the extension by a margin of roughly four to one, the union said, after "
              "talks with terminal operator Kade Noord Terminals broke down for the second time in four days. The walkout began on Feb. 28."),
        ("p", "“Nobody on the quay wants to be out here another week,” said Jeroen Vink, the federation’s chief negotiator, speaking outside the "
              "union’s offices near the Waalhaven. “But we were offered a promise on paper that the new cranes will not cost jobs, and that "
              "promise runs out in two years. Our members have mortgages that run for thirty.”"),
        ("p", "At the center of the dispute is Kade Noord’s plan to bring remotely operated cranes to two of its terminals by 2021. The company "
              "says the cranes are needed to handle a new generation of larger ships and that no permanent employee will be laid off. The union "
              "wants that guarantee extended to 2026 and written into the collective agreement, along with limits on night shifts."),
        ("h", "Ships diverted, cargo piling up"),
        ("p", "By Thursday morning, 37 container ships were waiting at anchor or had slowed their approach, according to Lowlands Freight "
              "Analytics, which tracks vessel movements in the North Sea. At least nine had been diverted to Antwerp or Hamburg, where terminal "
              "operators said they were extending working hours to cope."),
        ("p", "Pieter Haverkamp, an analyst at the firm, said the backlog would take at least two weeks to clear even if the strike ended "
              "immediately. “Every day of stoppage adds roughly a day and a half of recovery,” he said. “Refrigerated cargo is the first problem. "
              "Fruit and flowers do not wait.”"),
        ("p", "Importers of consumer goods said they had begun moving shipments to trucks and rail from other ports, at higher cost. A spokesman "
              "for an association of Dutch retailers said some stores could see gaps on shelves for electronics and household goods within ten "
              "days if the dispute dragged on."),
        ("p", "Kade Noord spokeswoman Anouk Verbeek said the company had improved its offer twice. The latest proposal, she said, included a "
              "3.1 percent pay rise this year, a one-time payment of 1,200 euros per worker and a retraining fund for employees whose jobs change "
              "when the new cranes arrive."),
        ("q", "“We have made a serious offer and we remain at the table day and night,” Verbeek said in a written statement. “Automation in "
              "this port is not a choice between people and machines. It is the only way Rotterdam stays competitive with the ports around it.”"),
        ("h", "A test for the port"),
        ("p", "The strike is the longest at the port in more than two decades and comes as European ports compete for the business of shipping "
              "lines that have consolidated into a handful of alliances. Rotterdam handled about 14.5 million standard containers last year, the "
              "most of any port in Europe."),
        ("p", "Labor experts said the outcome could shape similar negotiations elsewhere. Several ports in northern Europe are testing automated "
              "equipment, and unions in Antwerp and Hamburg have said they are following the talks closely."),
        ("p", "“What happens in Rotterdam will be copied,” said Marloes de Ridder, who studies labor relations in logistics at a university in "
              "Delft. “If the union wins a long guarantee here, it becomes the floor everywhere else. If it loses, the companies will move faster.”"),
        ("p", "The city’s port authority, which owns the land but does not employ the dockworkers, urged both sides to accept mediation. A "
              "government-appointed mediator has offered to meet them on Friday. The union said it would attend; Kade Noord said it was "
              "studying the invitation."),
        ("p", "Picket lines remained peaceful on Thursday. Workers gathered around braziers at the terminal gates, and local businesses sent "
              "coffee and soup. A second vote is scheduled for next Wednesday if no agreement is reached."),
    ],
    entities=[("Rotterdam", "LOC"), ("ROTTERDAM", "LOC"), ("Netherlands", "LOC"), ("MPA", "ORG"), ("Dutch", "MISC"),
              ("Port Workers’ Federation", "ORG"), ("Kade Noord Terminals", "ORG"), ("Kade Noord", "ORG"), ("Jeroen Vink", "PER"),
              ("Waalhaven", "LOC"), ("Lowlands Freight Analytics", "ORG"), ("North Sea", "LOC"), ("Antwerp", "LOC"), ("Hamburg", "LOC"),
              ("Pieter Haverkamp", "PER"), ("Anouk Verbeek", "PER"), ("Verbeek", "PER"), ("European", "MISC"), ("Europe", "LOC"),
              ("Marloes de Ridder", "PER"), ("Delft", "LOC")],
    extra=["dateline", "agency-byline", "subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="The page shows 'Originally published March 7, 2019, 6:40 a.m. EST' (the wire time, gold); JSON-LD datePublished is the portal's ingest at 9:55 a.m. the same day. The first <time> in the page belongs to a card in the 'Top stories' strip.",
))

# ---------------------------------------------------------------- 02: partner outlet, Organization author (base of the minimal pair)
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, cid="skf-1806-2231", partner="bt", section="local",
    url=f"{HOST}/news/coos-bay-approves-water-rate-increase-century-old-pipes-1806223",
    orig_path="news/coos-bay-council-water-rates", img="coos-bay-water-main",
    pub=dt(2018, 6, 19, 20, 30), ingest=dt(2018, 6, 19, 23, 10),
    byline="Jonah Reyes, Brackwater Tribune", authors=["Jonah Reyes"],
    headline="Coos Bay approves 14% water rate increase to replace century-old pipes",
    title="Coos Bay approves 14% water rate increase to replace century-old pipes | Skyfold News",
    ld_headline="Council OKs water rate hike: what it means for your bill",
    desc="The Coos Bay City Council voted 5-2 to raise water rates 14% to pay for replacing aging cast-iron mains.",
    dek="The average household bill will rise about $7.80 a month starting in September.",
    lead=("coos-bay-water-main", "Crews repair a broken cast-iron water main on Elrod Avenue in March.", "Brackwater Tribune"),
    cuts=[5, 10],
    parts=[
        ("p", "The Coos Bay City Council voted 5-2 on Tuesday night to raise water rates by 14 percent, the largest increase in more than a decade, "
              "to help pay for replacing miles of cast-iron pipe that in some neighborhoods dates to the 1910s."),
        ("p", "For a typical household using about 5,000 gallons a month, the increase will add roughly $7.80 to the monthly bill, bringing it to "
              "about $63.50, according to figures presented by the city’s public works department. The new rates take effect Sept. 1."),
        ("p", "The vote followed nearly two hours of public comment, much of it from residents on fixed incomes who asked the council to phase the "
              "increase in over several years."),
        ("p", "“I understand the pipes are old. So am I,” said Dolores Whitcombe, a retired cannery worker who lives in the Bunker Hill neighborhood. "
              "“But every bill in my mailbox has gone up this year, and my Social Security has not.”"),
        ("p", "Public works director Alan Purcell told the council that the city had recorded 41 main breaks in the past 12 months, up from 23 two "
              "years earlier, and that some of the oldest lines were losing as much as a fifth of the water they carry before it reaches a tap."),
        ("h", "Where the money goes"),
        ("p", "The increase is expected to raise about $1.4 million a year. Purcell said that would allow the city to borrow roughly $18 million "
              "through a state infrastructure loan program and replace about 11 miles of pipe over the next eight years, starting with the "
              "neighborhoods that have had the most breaks."),
        ("ul", ["Bunker Hill and Empire: 3.2 miles, starting in spring 2019",
                "Downtown and the waterfront: 2.6 miles, 2020 to 2021",
                "Eastside: 2.9 miles, 2022 to 2024",
                "Remaining mains on the north end: 2.3 miles, by 2026"]),
        ("p", "Councilor Rebecca Lindqvist, who voted for the increase, said delaying the work would only make it more expensive. “Every year we "
              "wait, we pay for emergency repairs at night and on weekends, at overtime rates, and we still end up replacing the pipe,” she said."),
        ("p", "Councilors Mark Delahunt and Sofia Arriaga voted no. Delahunt said he supported the project but wanted the increase spread over three "
              "years; Arriaga said the city should first seek more state and federal grants."),
        ("h", "Help for low-income customers"),
        ("p", "As part of the package, the council expanded a discount program for low-income customers. Households earning less than 60 percent of "
              "the area median income will be able to apply for a 30 percent reduction on the base charge, up from 20 percent. The city estimates "
              "about 900 households qualify, though fewer than 300 are enrolled now."),
        ("p", "City staff said they would mail information about the program with the next two bills and hold sign-up sessions at the public "
              "library in August."),
        ("p", "Some residents questioned why the city had not set aside more money for pipe replacement in earlier years. Finance director Celia Moriarty said the water fund had been used to cover rising treatment costs after new state requirements took effect in 2014, leaving little for capital projects."),
        ("p", "Construction crews will notify residents at least a week before work begins on their street, Purcell said, and most households should lose water for no more than a few hours at a time while new service lines are connected."),
        ("p", "Coos Bay’s rates will still be lower than those in several Oregon coastal cities of similar size, according to a comparison "
              "prepared for the council, though higher than in neighboring North Bend, which raised its rates in 2016."),
        ("p", "The council will review the rates again in two years, when it expects an update on the cost of the pipe replacement work."),
    ],
    entities=[("Coos Bay", "LOC"), ("Coos Bay City Council", "ORG"), ("Dolores Whitcombe", "PER"), ("Bunker Hill", "LOC"),
              ("Social Security", "MISC"), ("Alan Purcell", "PER"), ("Purcell", "PER"), ("Empire", "LOC"), ("Eastside", "LOC"),
              ("Rebecca Lindqvist", "PER"), ("Mark Delahunt", "PER"), ("Delahunt", "PER"), ("Sofia Arriaga", "PER"), ("Arriaga", "PER"),
              ("Oregon", "LOC"), ("North Bend", "LOC"), ("Elrod Avenue", "LOC"), ("Celia Moriarty", "PER")],
    extra=["standfirst", "photo-caption", "subheadings", "list-in-body", "split-body", "teasers-in-article", "inline-related",
           "article-per-teaser"],
    notes="JSON-LD names the partner outlet (an Organization) as author and carries the partner's own headline; the byline's reporter is gold. "
          "The 'Originally published' time (June 19, 2018, 8:30 p.m. EDT) is gold; JSON-LD datePublished is the ingest time (11:10 p.m.).",
))

# ---------------------------------------------------------------- 03: reporter + agency, kicker inside the <h1>, no article:published_time
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, cid="skf-2402-0481", partner="mpa", section="markets", kicker="Analysis", meta_pub=False,
    url=f"{HOST}/news/cocoa-prices-squeeze-chocolate-makers-2402048",
    orig_path="business/commodities/2024/02/15/cocoa-chocolate-makers", img="cocoa-pods-drying",
    pub=dt(2024, 2, 15, 10, 5), ingest=dt(2024, 2, 15, 13, 20),
    byline="Tessa Morrow, Meridian Press Agency", authors=["Tessa Morrow", "Meridian Press Agency"],
    headline="Record cocoa prices force chocolate makers to shrink bars and raise prices",
    title="Why your chocolate bar is getting smaller: cocoa hits record high",
    desc="Cocoa futures have more than doubled in a year, squeezing chocolate makers and cocoa farmers alike.",
    dek="Smaller bars, fewer promotions and more filling: how the industry is coping with the most expensive cocoa on record.",
    cuts=[5, 11],
    parts=[
        ("p", "LONDON (MPA) — The price of cocoa has more than doubled in a year, reaching levels never seen before, and chocolate makers from "
              "Brussels to Pennsylvania are responding the way they usually do when an ingredient gets expensive: quietly making their bars smaller."),
        ("p", "Cocoa futures for May delivery traded above $5,800 a metric ton in London on Thursday, up from about $2,600 a year ago, after a second "
              "poor harvest in West Africa, which grows roughly 70 percent of the world’s cocoa. Heavy rains followed by a dry spell spread a plant "
              "disease through farms in Ghana and Ivory Coast, and many trees are old and yielding less."),
        ("p", "“This is not a spike that comes and goes in a month,” said Hendrik Aalbers, head of soft commodities research at Gantry Markets, a "
              "brokerage. “It takes three to five years for a new tree to bear fruit. The market is pricing in a shortage that lasts.”"),
        ("p", "Chocolate makers usually buy cocoa months in advance, so the full effect of the price surge is only now reaching store shelves. "
              "Several said this week that they had raised wholesale prices for the second time in six months."),
        ("p", "Valcourt Confections, a Belgian maker of premium pralines and bars, said its 100-gram bars would shrink to 90 grams in April while "
              "the price stayed the same. “We prefer to be honest about it,” said chief executive Lieve Desmet. “The alternative was to change "
              "the recipe, and we will not do that.”"),
        ("h", "Fewer promotions, more filling"),
        ("p", "Other companies are changing what goes into their products. Industry consultants said several mass-market brands had increased the "
              "share of nuts, wafer, caramel and other fillings in their bars, which lowers the amount of cocoa per bar without a visible change "
              "in size."),
        ("p", "Retailers are also seeing fewer discounts. Marguerite Oyelaran, who tracks grocery prices for the consumer research firm Basket "
              "Signals, said the share of chocolate sold on promotion in U.S. supermarkets fell to 28 percent in January from 41 percent a year "
              "earlier. “The two-for-one deals around Valentine’s Day were noticeably thinner this year,” she said."),
        ("p", "Sales volumes have started to slip. Basket Signals’ data show chocolate volumes in U.S. stores down 4 percent in the last quarter "
              "of 2023 from a year earlier, even as dollar sales rose because of higher prices."),
        ("h", "Farmers see little of the windfall"),
        ("p", "Higher world prices do not automatically mean higher incomes for the roughly 2 million families who grow cocoa in Ghana and Ivory "
              "Coast. In both countries, governments set a fixed farm-gate price at the start of the season, and much of this season’s crop was "
              "sold forward months ago at lower prices."),
        ("p", "Kwabena Asante, who manages the Sanderling Cocoa Cooperative near Kumasi, said its 1,400 members had harvested about a third less "
              "than usual. “The price on the news is very high, but we are paid the price that was fixed in October,” he said by phone. “And we "
              "have less to sell. For many farmers this is a bad year, not a good one.”"),
        ("p", "Some smuggling of beans across borders to where prices are higher has been reported, and several traders said they had struggled to "
              "fill contracts with exporters because farmers were holding back part of their crops in the hope of better terms next season."),
        ("h", "What comes next"),
        ("p", "Analysts expect prices to stay high at least until the next main harvest begins in October, and possibly beyond. Much depends on "
              "the weather over the coming months and on whether farmers can afford fertilizer and replacement seedlings."),
        ("p", "For shoppers, that probably means more of the same. “Easter is already priced,” said Aalbers. “The real question is Christmas. If "
              "the next crop disappoints too, the industry will have to go beyond shrinking bars.”"),
        ("p", "Desmet, of Valcourt, said her company was considering smaller gift boxes for the holidays and had begun working directly with a "
              "group of farmers in Ecuador to secure supply for the next three years. “We used to think about cocoa in quarters,” she said. “Now "
              "we think in years.”"),
    ],
    entities=[("LONDON", "LOC"), ("London", "LOC"), ("MPA", "ORG"), ("Brussels", "LOC"), ("Pennsylvania", "LOC"), ("West Africa", "LOC"),
              ("Ghana", "LOC"), ("Ivory Coast", "LOC"), ("Hendrik Aalbers", "PER"), ("Aalbers", "PER"), ("Gantry Markets", "ORG"),
              ("Valcourt Confections", "ORG"), ("Valcourt", "ORG"), ("Belgian", "MISC"), ("Lieve Desmet", "PER"), ("Desmet", "PER"),
              ("Marguerite Oyelaran", "PER"), ("Basket Signals", "ORG"), ("U.S.", "LOC"), ("Valentine’s Day", "MISC"),
              ("Kwabena Asante", "PER"), ("Sanderling Cocoa Cooperative", "ORG"), ("Kumasi", "LOC"), ("Easter", "MISC"),
              ("Christmas", "MISC"), ("Ecuador", "LOC")],
    extra=["dateline", "agency-byline", "multiple-authors", "kicker", "standfirst", "subheadings", "split-body", "teasers-in-article",
           "inline-related", "article-per-teaser", "title-differs-from-headline"],
    notes="The 'Analysis' label inside the <h1> is a kicker. The byline 'Tessa Morrow, Meridian Press Agency' gives the reporter and the agency (GUIDELINES 5); "
          "JSON-LD names only the agency. The page has no article:published_time; the visible 'Originally published' time is gold, JSON-LD gives the ingest time.",
))

# ---------------------------------------------------------------- 04: Northfen Observer feed (<div> paragraphs), no <h1>, <time> in the story
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, cid="skf-2009-0330", partner="no", section="local", div_paras=True, hl_div=True, story_time=True,
    ld_author="people",
    url=f"{HOST}/news/foot-ferry-across-the-yare-returns-after-eight-years-2009033",
    orig_path="news/2020/09/yare-foot-ferry-returns", img="yare-foot-ferry",
    pub=dt(2020, 9, 3, 6, 20), ingest=dt(2020, 9, 3, 8, 45),
    byline="Imogen Hale, Northfen Observer", authors=["Imogen Hale"],
    headline="Foot ferry across the River Yare returns after eight years, run by volunteers",
    title="Foot ferry across the River Yare returns after eight years, run by volunteers",
    desc="A volunteer-run foot ferry has restarted between Hollowmere Staithe and the Wherry Marshes path.",
    cuts=[4, 9],
    parts=[
        ("p", "A foot ferry across the River Yare that last carried passengers in 2012 returned to service this week, run entirely by volunteers "
              "who spent two years restoring a boat, training as skippers and raising money for insurance."),
        ("p", "The ferry links Hollowmere Staithe with the Wherry Marshes footpath on the opposite bank, saving walkers and cyclists a detour of "
              "almost nine miles by road. It will run on weekends and bank holidays from April to October, weather permitting."),
        ("p", "“People in the village have been asking for it back ever since it stopped,” said Margaret Oakes, chair of the Hollowmere Ferry "
              "Trust, the charity set up to run the service. “Most of us thought it would never happen. It turns out you just need enough stubborn "
              "people in one place.”"),
        ("p", "The previous ferry, run by a local boatyard, closed when its owner retired and no buyer could be found. The landing stages on both "
              "banks fell into disrepair, and the path on the far side became overgrown."),
        ("h", "A 1960s boat and 19 skippers"),
        ("p", "The trust bought a 1960s wooden launch for £4,500 from a collector near Beccles and spent eighteen months replacing planks and "
              "fitting an electric outboard motor. It carries up to eight passengers and two bicycles."),
        ("p", "Nineteen volunteers have passed a boat-handling course run by Broadland Water Links, a training provider that also inspected the "
              "vessel. Each crossing takes about four minutes; the fare is £2 for adults, £1 for children and free for dogs."),
        ("p", "The trust raised just over £31,000, most of it from a village crowdfunding campaign, with the rest from a parish council grant and "
              "donations from two local pubs that expect more walkers to pass their doors."),
        ("p", "Insurance proved the hardest part. Oakes said three insurers declined to quote before the trust found one willing to cover a "
              "volunteer-run passenger service, at a premium of about £2,800 a year."),
        ("p", "The parish council also had to agree a new lease for the landing stage on the village side, which it owns, and the trust negotiated access across a strip of grazing marsh on the far bank with the farmer who rents it. “He was very patient with us,” Oakes said. “We walked that bank with him three times before he was happy about the gates.”"),
        ("p", "Safety rules are strict. Every skipper must carry a radio and wear a lifejacket, passengers are briefed before each crossing, and the ferry does not run when the wind is above force five or when the river is in flood."),
        ("h", "Opening weekend"),
        ("p", "On Saturday, its first day, the ferry made 46 crossings and carried 212 people, according to the trust’s logbook. A queue formed on "
              "the staithe before the first departure at 10 a.m."),
        ("p", "Among the first passengers were Keith Barnard and his wife Pauline, who remembered the old ferry from their courtship in the 1970s. “We used "
              "to cross over to walk the marsh on Sunday afternoons,” Pauline Barnard said. “It was the only way to get there without a car.”"),
        ("p", "Local businesses hope the ferry will bring visitors back to the south bank, where a tearoom and a small campsite have struggled since "
              "the path became harder to reach. The owner of the campsite said bookings for the weekend were already up on last year."),
        ("p", "The trust plans to add weekday crossings during the school summer holidays next year if it can recruit more skippers, and is "
              "asking anyone with boating experience to get in touch."),
        ("p", "For the volunteers, the reward has been as much social as practical. “I have met more people in three days on this boat than in ten years of living here,” said David Lomax, 68, a retired engineer who skippered the first crossing. “Everybody has a story about the old ferry.”"),
    ],
    entities=[("River Yare", "LOC"), ("Hollowmere Staithe", "LOC"), ("Wherry Marshes", "LOC"), ("Margaret Oakes", "PER"), ("Oakes", "PER"),
              ("Hollowmere Ferry Trust", "ORG"), ("Beccles", "LOC"), ("Broadland Water Links", "ORG"), ("Keith Barnard", "PER"), ("Pauline", "PER"),
              ("Pauline Barnard", "PER"), ("David Lomax", "PER")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="The Northfen Observer feed arrives as <div> paragraphs and the template prints the headline in a <div role=heading>, so the page has no <h1>.",
))

# ---------------------------------------------------------------- 05: business partner, top strip, social og:title, reporter in JSON-LD
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, cid="skf-2111-0922", partner="pbj", section="business", topstrip=True, ld_author="people",
    url=f"{HOST}/news/cindervolt-raises-48-million-battery-recycling-reno-2111092",
    orig_path="2021/11/09/cindervolt-series-b", img="cindervolt-line",
    pub=dt(2021, 11, 9, 15, 45), ingest=dt(2021, 11, 9, 18, 30),
    byline="Marisol Vance, Pinecrest Business Journal", authors=["Marisol Vance"],
    headline="Cindervolt raises $48 million to triple battery recycling capacity near Reno",
    title="Cindervolt raises $48 million to triple battery recycling capacity near Reno | Skyfold News",
    og="Battery recycler Cindervolt lands $48M",
    desc="Battery recycling startup Cindervolt raised $48 million to expand its plant east of Reno and hire 140 workers.",
    cuts=[4, 8],
    parts=[
        ("p", "Cindervolt, a four-year-old company that recovers metals from used lithium-ion batteries, has raised $48 million to triple the "
              "capacity of its plant east of Reno and add about 140 jobs by the end of 2022, the company said Tuesday."),
        ("p", "The Series B round was led by Tallgrass Peak Ventures, with participation from two existing investors and a strategic investment "
              "from an electric-bike maker that plans to send its used batteries to the plant. Cindervolt has now raised $71 million in total."),
        ("p", "The company shreds spent batteries and uses a low-temperature chemical process to separate lithium, nickel, cobalt and copper, which "
              "it sells back to battery material suppliers. Its plant in the Tahoe-Reno Industrial Center can process about 6,000 metric tons of "
              "batteries a year; the expansion would take that to roughly 20,000."),
        ("p", "“Two years ago we had to go looking for batteries,” said chief executive Oren Vasquez. “Now the batteries come looking for us. "
              "Every scooter, laptop and power tool sold in the last decade is going to need somewhere to go.”"),
        ("h", "Hiring in a tight labor market"),
        ("p", "Most of the new positions will be for machine operators, maintenance technicians and chemists. Vasquez said starting pay for "
              "operators would be about $24 an hour, and that the company would train workers without prior manufacturing experience."),
        ("p", "Recruiting has not been easy. Several large manufacturers have expanded in the area in recent years, and unemployment in the Reno "
              "region stood at 4.2 percent in September. Cindervolt is working with Truckee Meadows Community College on a 10-week training course "
              "that it hopes will supply about a third of its new hires."),
        ("p", "Nadia Feld, who runs the college’s workforce programs, said the first group of 18 students would start in January. “These are "
              "good jobs, and they are jobs people can get into without a four-year degree,” she said."),
        ("h", "Competition and policy tailwinds"),
        ("p", "Cindervolt is one of several companies racing to build recycling capacity ahead of a wave of electric-vehicle batteries expected to "
              "reach the end of their lives later this decade. Larger rivals have announced plants in Nevada, Georgia and South Carolina."),
        ("p", "Investors have been drawn in part by federal and state incentives for domestic battery materials, and by automakers’ interest in "
              "securing supplies of recycled metals. Eliza Strand, a partner at Tallgrass Peak Ventures who will join Cindervolt’s board, said the "
              "company’s process used less energy than high-temperature smelting and recovered more lithium."),
        ("p", "“Recycling is going to be a volume business,” Strand said. “The winners will be the ones who can run a plant at high uptime, with "
              "good safety and good yields. That is what we saw here.”"),
        ("p", "The company’s safety record will come under scrutiny as it grows. Battery recycling plants handle large quantities of flammable material, and a fire at a rival’s facility in another state last year burned for two days. Vasquez said Cindervolt stored incoming batteries in fire-rated bunkers, discharged them before shredding and employed its own fire-safety team."),
        ("p", "Local officials welcomed the expansion, saying the new jobs would pay above the county’s median wage. The company said it had agreed to give priority to applicants from nearby communities and would pay for a shuttle from Reno during the first year."),
        ("p", "Cindervolt said it expected to reach positive operating cash flow in 2023. It declined to disclose revenue but said it had contracts "
              "to take batteries from more than 30 collection partners in the western United States."),
        ("p", "Construction of the expanded plant is expected to begin in December, with the first new production line running by next summer."),
    ],
    entities=[("Cindervolt", "ORG"), ("Reno", "LOC"), ("Tallgrass Peak Ventures", "ORG"), ("Tahoe-Reno Industrial Center", "LOC"),
              ("Oren Vasquez", "PER"), ("Vasquez", "PER"), ("Truckee Meadows Community College", "ORG"), ("Nadia Feld", "PER"),
              ("Nevada", "LOC"), ("Georgia", "LOC"), ("South Carolina", "LOC"), ("Eliza Strand", "PER"), ("Strand", "PER"),
              ("United States", "LOC")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="og:title is a shorter social headline; the visible <h1> is gold. The first <time> in the page belongs to a 'Top stories' card.",
))

# ---------------------------------------------------------------- 06: MPA wire ingested after midnight (JSON-LD on the next day), one container
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, cid="skf-2310-2517", partner="mpa", section="climate", inline_rel=False,
    url=f"{HOST}/news/drought-cuts-andalusian-olive-harvest-2310251",
    orig_path="world/europe/2023/10/24/andalusia-olive-harvest-drought", img="olive-grove-jaen",
    pub=dt(2023, 10, 24, 21, 40), ingest=dt(2023, 10, 25, 1, 15),
    byline="Meridian Press Agency", authors=["Meridian Press Agency"],
    headline="Drought cuts Andalusian olive harvest for a second year, pushing oil prices higher",
    title="Drought cuts Andalusian olive harvest for a second year, pushing oil prices higher",
    desc="Olive growers in southern Spain expect another harvest far below normal after a second year of drought.",
    cuts=[],
    parts=[
        ("p", "JAÉN, Spain (MPA) — Olive growers in southern Spain began the harvest this week expecting a second year of yields far below normal, "
              "as a drought that has lasted more than two years leaves trees stressed and reservoirs at a fraction of their capacity."),
        ("p", "Cooperatives in the province of Jaén, the heart of the world’s largest olive-growing region, said they expected to press about half "
              "of a normal year’s crop. Across Andalusia, growers’ groups put the likely harvest between 40 and 55 percent below the average of "
              "the past five years."),
        ("p", "“The trees flowered well in spring, and then there was no rain when the fruit needed it,” said Rafael Cuenca, manager of the Olivar "
              "del Genil cooperative, which presses olives from about 2,100 members. “Many olives are small and dry. Some trees have simply dropped "
              "their fruit.”"),
        ("p", "Spain produces close to half of the world’s olive oil, and two poor harvests in a row have sent prices to record highs. Wholesale "
              "extra virgin oil was trading at around 8.5 euros a kilogram in Jaén this month, roughly triple its level of two years ago."),
        ("p", "Shoppers have noticed. Supermarkets in several European countries have put oil bottles behind counters or fitted them with "
              "security tags after a rise in thefts, and sales volumes have fallen as consumers switch to cheaper sunflower oil."),
        ("h", "Irrigation limits"),
        ("p", "Irrigated groves have fared better than traditional dry-farmed ones, but even they are under strain. The regional water authority "
              "cut irrigation allowances this year to a fraction of the usual amount as reservoirs in the Guadalquivir basin fell below 20 percent "
              "of capacity."),
        ("p", "Carmen Olmedo, who farms 60 hectares near Úbeda, said she had given her trees a third of the water they normally receive. “We kept "
              "them alive. That was the goal this year,” she said. “Next year depends on the winter.”"),
        ("p", "Agronomists warn that repeated drought years can weaken trees for several seasons, even after rain returns, because stressed trees "
              "produce fewer flower buds. Some growers have begun pruning more heavily to help trees recover."),
        ("p", "Some growers are turning to crop insurance and new varieties. Younger farmers in particular have planted denser hedgerow groves of drought-tolerant varieties that can be harvested by machine, though these require irrigation that is now in short supply."),
        ("p", "In the village of Arjonilla, the cooperative mill that normally runs day and night from December to February expects to close in mid-January this season. “We will finish before the almond trees flower,” said its miller, Antonio Barea. “I have never seen that.”"),
        ("h", "Jobs and towns"),
        ("p", "The harvest is a major source of seasonal work in Andalusia, employing tens of thousands of people from November to February. Labor "
              "unions said fewer workers would be hired this year and for shorter periods, a blow to towns that depend on harvest wages through the "
              "winter."),
        ("p", "Cooperatives are also worried about their own finances. With less oil to sell, fixed costs such as mill maintenance and staff "
              "salaries are spread over smaller volumes. Cuenca said Olivar del Genil had postponed the purchase of a new decanter for its mill."),
        ("p", "Despite the high prices, many growers say they are not better off. “A high price for half a harvest is not a good year,” Cuenca said. "
              "“It is a year you survive.”"),
        ("p", "Forecasters at the national weather service have said there is no clear sign yet of a wetter than normal winter. The next update of "
              "the regional harvest estimate is due in December."),
    ],
    entities=[("JAÉN", "LOC"), ("Jaén", "LOC"), ("Spain", "LOC"), ("MPA", "ORG"), ("Andalusian", "MISC"), ("Andalusia", "LOC"),
              ("Rafael Cuenca", "PER"), ("Cuenca", "PER"), ("Olivar del Genil", "ORG"), ("European", "MISC"), ("Guadalquivir", "LOC"),
              ("Carmen Olmedo", "PER"), ("Úbeda", "LOC"), ("Arjonilla", "LOC"), ("Antonio Barea", "PER")],
    extra=["dateline", "agency-byline", "subheadings", "article-per-teaser"],
    notes="The wire story was published at 9:40 p.m. EDT on Oct. 24 (visible 'Originally published' line and article:published_time); "
          "the portal ingested it at 1:15 a.m. on Oct. 25, which is the JSON-LD datePublished. The visible original time is gold (GUIDELINES 10.1).",
))

# ---------------------------------------------------------------- 07: second agency, update time, <time> in the story
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, cid="skf-2212-2766", partner="hna", section="business", story_time=True,
    url=f"{HOST}/news/bluefinch-air-grounds-flights-crew-scheduling-failure-2212276",
    orig_path="wire/2022-12-27/bluefinch-air-grounds-flights", img="denver-airport-queue",
    pub=dt(2022, 12, 27, 7, 15), ingest=dt(2022, 12, 27, 9, 30), upd=dt(2022, 12, 27, 13, 40),
    byline="Halyard News Agency", authors=["Halyard News Agency"],
    headline="Bluefinch Air cancels hundreds of flights after crew-scheduling system fails",
    title="Bluefinch Air cancels hundreds of flights after crew-scheduling system fails",
    desc="A failure of Bluefinch Air's crew-scheduling software led to more than 600 cancellations during the holiday rush.",
    cuts=[4, 8],
    parts=[
        ("p", "DENVER (HNA) — Bluefinch Air canceled more than 600 flights on Tuesday, about 40 percent of its schedule, after the software it uses "
              "to assign pilots and flight attendants to trips failed during a holiday travel rush already strained by winter storms."),
        ("p", "The low-cost carrier, which is based in Denver and flies mainly in the Mountain West and Midwest, said the system went down shortly "
              "after midnight and that crews had been reassigned by phone through the night. By morning, thousands of travelers were stranded at "
              "airports in Denver, Salt Lake City, Omaha and Minneapolis."),
        ("p", "“We know this is the worst possible week for this to happen, and we are deeply sorry,” the airline’s chief operating officer, Dana "
              "Whitfield, said in a video posted to customers. “Our teams are working around the clock to rebuild tomorrow’s schedule.”"),
        ("p", "Lines at Bluefinch’s ticket counters in Denver stretched past security checkpoints by 7 a.m. Some passengers said they had been "
              "rebooked on flights three days later; others said they could not reach the airline’s call center at all."),
        ("p", "Among them was Lucia Ferreira, who had been trying to reach her daughter’s family in Omaha for Christmas since Friday. “We have been rebooked twice and canceled twice,” she said, holding her sleeping grandson. “At this point we will just drive.”"),
        ("p", "Rental car companies reported a surge in one-way bookings out of Denver, and some travelers said they had paid several hundred dollars for the last available cars."),
        ("h", "Storms, then software"),
        ("p", "The disruption began last week, when a winter storm closed runways across the Plains and left many aircraft and crews out of "
              "position. The airline said its scheduling system, which it had used since 2015, could not keep up with the volume of changes "
              "required to put crews back where they were needed."),
        ("p", "Roberto Almonte, president of the union that represents Bluefinch flight attendants, said members had warned management repeatedly "
              "that the system was outdated. “Our people spent hours on hold with crew scheduling, some of them sleeping in airports, just to "
              "find out where they were supposed to be,” he said."),
        ("p", "The airline said it would reimburse reasonable hotel, meal and ground transportation costs for travelers whose flights were canceled, "
              "and that customers could request a full refund instead of rebooking."),
        ("h", "Regulators ask for answers"),
        ("p", "The federal transportation department said it was “closely monitoring” the cancellations and would review whether the airline was "
              "meeting its obligations to passengers. Several members of Congress from Colorado and Utah called for an investigation."),
        ("p", "Aviation analyst Corinne Babbage said the episode showed how dependent airlines had become on a handful of aging computer systems. "
              "“When the weather is good, nobody notices,” she said. “When everything goes wrong at once, the software is the bottleneck.”"),
        ("p", "Bluefinch, which carried about 14 million passengers last year, has grown quickly since 2017 by adding routes to smaller cities that larger carriers had abandoned. Analysts said that growth had outpaced investment in back-office systems such as crew scheduling and maintenance planning."),
        ("p", "By Tuesday afternoon, Bluefinch said it had restored the scheduling system and planned to operate about 70 percent of its flights on "
              "Wednesday, returning to a full schedule by the weekend."),
    ],
    entities=[("DENVER", "LOC"), ("Denver", "LOC"), ("HNA", "ORG"), ("Bluefinch Air", "ORG"), ("Bluefinch", "ORG"), ("Mountain West", "LOC"),
              ("Midwest", "LOC"), ("Salt Lake City", "LOC"), ("Omaha", "LOC"), ("Minneapolis", "LOC"), ("Dana Whitfield", "PER"),
              ("Plains", "LOC"), ("Roberto Almonte", "PER"), ("Congress", "ORG"), ("Colorado", "LOC"), ("Utah", "LOC"),
              ("Corinne Babbage", "PER"), ("Lucia Ferreira", "PER"), ("Christmas", "MISC")],
    extra=["dateline", "agency-byline", "updated-date", "subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="The visible 'Updated' time (1:40 p.m. EST) is the modified value; JSON-LD datePublished is the ingest time (9:30 a.m.).",
))

# ---------------------------------------------------------------- 08: partner feature, partner's headline in JSON-LD, reporter in JSON-LD
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, cid="skf-2504-1470", partner="bt", section="local", story_time=True, ld_author="people",
    url=f"{HOST}/news/reedsport-robotics-team-heads-to-world-championship-2504147",
    orig_path="news/reedsport-robotics-worlds", img="reedsport-robotics-shop",
    pub=dt(2025, 4, 14, 18, 5), ingest=dt(2025, 4, 14, 21, 0),
    byline="Priya Natal, Brackwater Tribune", authors=["Priya Natal"],
    headline="From a converted bus barn to the world stage: Reedsport’s robotics team heads to Houston",
    title="From a converted bus barn to the world stage: Reedsport’s robotics team heads to Houston | Skyfold News",
    ld_headline="Reedsport High robotics team qualifies for world championship",
    desc="Reedsport High School's robotics team, which builds in a former bus barn, qualified for the world championship in Houston.",
    dek="Fourteen students, two teachers and a robot named Sandpiper are raising money for the trip.",
    lead=("reedsport-robotics-shop", "Team members test their robot in the former district bus barn that serves as their workshop.", "Brackwater Tribune"),
    cuts=[6, 12],
    parts=[
        ("p", "The workshop of the Reedsport High School robotics team is a former school-district bus barn, heated by a wood stove that the "
              "students take turns feeding. On a Tuesday afternoon in April, it smelled of sawdust, solder and the pizza that one parent drops off "
              "every build night."),
        ("p", "In the middle of the concrete floor sat Sandpiper, a 120-pound robot with a telescoping arm, built to pick up foam rings and hang "
              "them on pegs. Two weeks ago, Sandpiper and its 14 human teammates won the regional championship in Portland. Next week, they fly to "
              "Houston for the world championship, the first team from the south coast to qualify in the competition’s history."),
        ("p", "“When we started four years ago, we had six kids, a borrowed drill and a lot of online videos,” said Gabe Lindahl, the physics teacher "
              "who founded the team. “I honestly did not know if we would finish a robot.”"),
        ("p", "The team did finish, and it finished last at its first competition. It has improved every season since, with students teaching "
              "younger students what they learned and building up a stock of parts, many of them salvaged from a closed sawmill."),
        ("h", "Students who had never held a wrench"),
        ("p", "Most of the current team joined with no engineering experience. Junior Amaya Colton, the team’s lead programmer, said she signed up "
              "because a friend needed someone to help with the team’s social media. Within a month she was writing code for the robot’s sensors."),
        ("p", "“The first time the arm moved because of something I wrote, I screamed,” Colton said. “Now I want to study computer engineering. "
              "I did not know that was a thing people from here did.”"),
        ("p", "Senior Tomás Reyna, the drive captain, works weekends at his family’s fishing supply store and runs practice drills with the robot "
              "on weeknights. He said the team had taught him to stay calm under pressure. “In the finals, the arm jammed with ten seconds left,” "
              "he said. “You just have to keep driving.”"),
        ("p", "Lindahl and a second teacher, Renata Oyelowo, supervise build nights three evenings a week and on Saturdays. Both are volunteers; "
              "the district pays a stipend of $1,200 a year for the club advisor position, which they split."),
        ("h", "Raising $38,000 in three weeks"),
        ("p", "Qualifying for the world championship came with a bill. Registration, flights, hotel rooms and shipping the robot to Texas will cost "
              "about $38,000, the team estimates. As of Monday, it had raised a little over $22,000."),
        ("p", "Donations have come from the Lions Club, a credit union, a marine engine repair shop and dozens of individuals. Students have sold "
              "smoked salmon, washed cars and held a pancake breakfast in the school cafeteria that drew more than 300 people."),
        ("p", "“This town shows up,” said Oyelowo. “People who have never seen a robotics competition are writing checks because they know these "
              "kids.”"),
        ("p", "The team is also in talks with a regional utility about sponsoring its shipping costs. Superintendent Kevin Marsh said the district "
              "would cover the cost of substitute teachers so that both advisors can travel."),
        ("h", "More than a trophy"),
        ("p", "Reedsport, a town of about 4,300 people on the Umpqua River, has lost several of its largest employers over the past three decades, "
              "and many young people leave after high school. Lindahl said the program was partly about showing students that technical careers "
              "were within their reach, wherever they decided to live."),
        ("p", "Four graduates of the team are now studying engineering at universities in Oregon and Washington, and one works as a technician at "
              "a shipyard in Coos Bay."),
        ("p", "At the world championship, Sandpiper will compete against more than 600 teams from around the world. Lindahl said the team’s goal "
              "was to reach the elimination rounds. The students, he admitted, have bigger plans."),
        ("p", "“We are going to Houston to win,” said Reyna. “Why else would we go?”"),
        ("p", "Donations can be made through the high school’s booster club. The team plans to stream its matches and will post results on its "
              "website each evening."),
    ],
    entities=[("Reedsport High School", "ORG"), ("Reedsport", "LOC"), ("Sandpiper", "MISC"), ("Portland", "LOC"), ("Houston", "LOC"),
              ("Gabe Lindahl", "PER"), ("Lindahl", "PER"), ("Amaya Colton", "PER"), ("Colton", "PER"),
              ("Tomás Reyna", "PER"), ("Reyna", "PER"), ("Renata Oyelowo", "PER"), ("Oyelowo", "PER"), ("Texas", "LOC"),
              ("Lions Club", "ORG"), ("Kevin Marsh", "PER"), ("Umpqua River", "LOC"), ("Oregon", "LOC"), ("Washington", "LOC"),
              ("Coos Bay", "LOC")],
    extra=["standfirst", "photo-caption", "subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="JSON-LD carries the partner's original headline, which differs from the visible one; the visible <h1> is gold.",
))

# ---------------------------------------------------------------- 09: long wire feature, two reporters plus agency, SEO title, social og:title
ARTICLES.append(dict(
    id=f"{SITE}-09", seed=9, cid="skf-2601-2093", partner="mpa", section="science", topstrip=True,
    url=f"{HOST}/news/race-to-map-pacific-seabed-deep-sea-mining-2601209",
    orig_path="science/2026/01/20/seabed-mapping-deep-sea-mining", img="survey-ship-pacific",
    pub=dt(2026, 1, 20, 5, 0), ingest=dt(2026, 1, 20, 8, 10),
    byline="Tessa Morrow and Rafael Ibarra, Meridian Press Agency", authors=["Tessa Morrow", "Rafael Ibarra", "Meridian Press Agency"],
    headline="Scientists race to map the Pacific seabed before the first deep-sea mining permits are decided",
    title="Deep-sea mining: the race to map the ocean floor before the permits",
    og="The race to map the deep sea before mining begins", ld_headline="Deep-sea mining: the race to map the ocean floor before the permits",
    desc="Survey crews are mapping the abyssal plains of the eastern Pacific, where companies hope to mine metal-rich nodules.",
    dek="Less than a third of the ocean floor where companies want to mine has been surveyed in detail. A small fleet is trying to change that.",
    lead=("survey-ship-pacific", "The survey ship Tern Halloway launches a remotely operated vehicle in the eastern Pacific in November.", "MPA"),
    cuts=[7, 15],
    parts=[
        ("p", "ABOARD THE TERN HALLOWAY, Pacific Ocean (MPA) — Four thousand meters below the stern of this research ship, a robot the size of a "
              "small car is gliding over a plain of mud scattered with black lumps the size of potatoes. Each lump, called a polymetallic nodule, "
              "grew a few millimeters every million years, and each contains manganese, nickel, copper and cobalt."),
        ("p", "Those metals are why several companies want to mine this stretch of the eastern Pacific, between Hawaii and Mexico. And they are "
              "why the scientists on this ship are working in shifts around the clock: they are trying to find out what lives here before anyone "
              "decides whether it can be dug up."),
        ("p", "“We are mapping a landscape that most people will never see, and that we barely understand,” said Ingrid Solvang, the expedition’s "
              "chief scientist and a deep-sea ecologist with the Pacific Seafloor Mapping Consortium, a group of 11 universities and research "
              "institutes. “Every dive, we find animals we cannot name.”"),
        ("p", "The consortium’s survey, now in its third year, has mapped about 180,000 square kilometers of seabed in high resolution. That sounds "
              "like a lot. It is less than a third of the area where exploration contracts have been granted, and a tiny fraction of the deep "
              "ocean floor."),
        ("h", "A deadline set by regulators"),
        ("p", "The urgency comes from the calendar. An international regulator that oversees mining in waters beyond national borders has been "
              "negotiating rules for commercial extraction for more than a decade, and several member governments have pushed for a decision on "
              "the first applications within the next two years."),
        ("p", "At least two companies have said they are ready to apply. One of them, Abyssal Minerals Corp., has tested a collector vehicle that "
              "crawls along the seabed and sucks up nodules, sending them through a pipe to a ship on the surface."),
        ("p", "Abyssal Minerals’ chief executive, Grant Holloway-Pike, said in an interview that the company supported scientific surveys and "
              "had shared its own environmental data with researchers. “Nobody is proposing to mine the whole ocean,” he said. “We are talking "
              "about specific sites, studied for years, with areas set aside where nothing happens. The metals for batteries have to come from "
              "somewhere, and land mines have their own costs.”"),
        ("p", "Critics say the science is too thin for any site to be judged safe. “You cannot set aside the right areas if you do not know what "
              "is there,” said Solvang. “Right now, for most of this region, we do not.”"),
        ("h", "Life on the nodules"),
        ("p", "What the surveys have found so far has surprised even experienced researchers. The nodules themselves are habitat: sponges, "
              "anemones and soft corals attach to them, because they are the only hard surface on a plain of ooze. Remove the nodules, and those "
              "animals have nowhere to live."),
        ("p", "On the last expedition, biologists collected about 4,000 specimens, and preliminary genetic work suggests that more than 80 percent "
              "belong to species that have not been formally described. Many are known from a single individual."),
        ("p", "“If we take a sample and find one of something, we do not know if it is rare, or if we simply looked in the wrong place,” said "
              "Tomasz Wierzbicki, a taxonomist from a museum in Gdańsk who is on board to sort the catch. “That uncertainty matters when you are "
              "deciding whether a species could be wiped out.”"),
        ("p", "The surveys also track what happens after disturbance. In 2024, the consortium revisited a small area where an experimental sled had "
              "plowed the seabed in the 1990s. The tracks were still clearly visible, and the number of animals living in them remained far lower "
              "than in undisturbed mud nearby."),
        ("q", "“Thirty years on, it looks like it happened last week. Recovery here is measured in centuries, if it happens at all.”"),
        ("h", "How the mapping works"),
        ("p", "Each survey begins with a sweep by the ship’s multibeam sonar, which builds a map of the seabed’s shape from sound echoes. Autonomous "
              "underwater vehicles then fly lower, at about 50 meters above the bottom, photographing the nodules and measuring the chemistry of "
              "the water. Finally, the remotely operated vehicle collects samples in places the scientists choose."),
        ("p", "A single dive can last 14 hours. The robot’s pilots sit in a darkened control room, watching a dozen screens, while biologists call "
              "out what they see. When something new appears, the room goes quiet."),
        ("p", "On the night a reporter joined the watch, the camera found a translucent sea cucumber, pink and nearly the length of a forearm, "
              "walking across the mud on dozens of tiny legs. Nobody in the room had seen one like it. The pilot held the robot still for "
              "twenty minutes while the team filmed it from every side."),
        ("p", "Data from each cruise is published in an open database within six months, Solvang said, so that regulators, companies and other "
              "scientists can use it. Abyssal Minerals and at least one other contractor have contributed their own survey data."),
        ("h", "Money and time"),
        ("p", "Running a ship like the Tern Halloway costs about $60,000 a day, and expeditions last five to six weeks. The consortium’s funding "
              "comes from research councils in several countries and from two private foundations, and it is secured only through next year."),
        ("p", "Rafael Mendieta, an ocean policy researcher in Mexico City who advises several Pacific island governments, said the imbalance was "
              "striking. “The companies have raised hundreds of millions of dollars,” he said. “The science that is supposed to tell us whether "
              "they can proceed runs on grants that have to be renewed every two years.”"),
        ("p", "Some governments have called for a pause on commercial mining until more is known; others argue that rules, once adopted, can be "
              "tightened as evidence accumulates. The regulator’s next council meeting is scheduled for July."),
        ("p", "On the ship, the debate feels both distant and close. Satellite internet lets the scientists follow the negotiations, but their days "
              "are measured in dives, samples and hours of sleep."),
        ("p", "“I am not here to tell anyone what to decide,” said Solvang, as the robot rose slowly back toward the surface at the end of a "
              "dive. “I am here so that whoever decides knows what they are deciding about.”"),
    ],
    entities=[("TERN HALLOWAY", "MISC"), ("Tern Halloway", "MISC"), ("Pacific Ocean", "LOC"), ("Pacific", "LOC"), ("MPA", "ORG"),
              ("Hawaii", "LOC"), ("Mexico", "LOC"), ("Ingrid Solvang", "PER"), ("Solvang", "PER"),
              ("Pacific Seafloor Mapping Consortium", "ORG"), ("Abyssal Minerals Corp.", "ORG"), ("Abyssal Minerals", "ORG"),
              ("Grant Holloway-Pike", "PER"), ("Tomasz Wierzbicki", "PER"), ("Gdańsk", "LOC"), ("Rafael Mendieta", "PER"),
              ("Mexico City", "LOC")],
    extra=["dateline", "agency-byline", "multiple-authors", "standfirst", "photo-caption", "subheadings", "split-body", "teasers-in-article",
           "inline-related", "article-per-teaser", "title-differs-from-headline"],
    notes="The byline names two reporters and the agency (GUIDELINES 5); JSON-LD names the agency only. The pull-quote-like block quote is a quotation from the "
          "researchers, kept as a required quote because it does not repeat the text. The first <time> in the page belongs to a 'Top stories' card.",
))

# ---------------------------------------------------------------- 10: old partner story, no JSON-LD, no article:published_time, <div> paragraphs
ARTICLES.append(dict(
    id=f"{SITE}-10", seed=10, cid="skf-1602-1012", partner="no", section="local", div_paras=True, jsonld=False, meta_pub=False,
    meta_author="Imogen Hale", inline_rel=False,
    url=f"{HOST}/news/fenmarsh-libraries-cut-hours-volunteers-1602101",
    orig_path="news/2016/02/fenmarsh-libraries-hours", img="fenmarsh-library-shelves",
    pub=dt(2016, 2, 10, 9, 0), ingest=dt(2016, 2, 10, 11, 25),
    byline="Imogen Hale, Northfen Observer", authors=["Imogen Hale"],
    headline="Fenmarsh libraries to cut opening hours as volunteers step in to keep doors open",
    title="Fenmarsh libraries to cut opening hours as volunteers step in to keep doors open",
    desc="Seven libraries in the Fenmarsh district will open fewer hours from April as the council makes savings.",
    cuts=[],
    parts=[
        ("p", "Seven libraries across the Fenmarsh district will open for fewer hours from April, the district council confirmed on Tuesday, as it "
              "looks to save £340,000 from its library budget over the next two years."),
        ("p", "Under the plans, the three largest libraries, in Holbeach Marsh, Crowland End and Sutterby, will close on Mondays and one "
              "afternoon a week. Four smaller village libraries will open on three days a week instead of five, and rely on volunteers for part "
              "of that time."),
        ("p", "No library will close altogether, a decision council leader Graham Pettifer described as “the thing we were determined to protect”. "
              "An earlier proposal, published in October, would have shut two of the village branches."),
        ("p", "“We listened,” Pettifer said. “More than 2,000 people responded to the consultation, and the message was clear: cut hours if you "
              "must, but keep the buildings open.”"),
        ("h", "Volunteers fill the gaps"),
        ("p", "About 60 residents have signed up to help run the village libraries, checking books in and out, running children’s story sessions "
              "and helping older visitors use the computers. The council will train them and keep at least one paid member of staff on duty for "
              "part of each day."),
        ("p", "Josephine Amery, a retired teacher who will volunteer at the Sutterby branch, said she had used the library every week for forty "
              "years. “It is where I learned to use the internet, at seventy-one,” she said. “The least I can do is give something back.”"),
        ("p", "The union representing library staff said it was concerned that volunteers were being used to replace paid jobs. Eleven posts will "
              "be cut, although the council said most would go through retirements and vacancies that will not be filled."),
        ("p", "“Volunteers are wonderful, but they are not librarians,” said branch secretary Ruth Cawley. “Running a library well is a skilled "
              "job, and the people who need it most, children and people looking for work, will notice the difference.”"),
        ("p", "Library use in the district has changed over the past decade. Book loans have fallen by about a third since 2006, council figures show, but visits to use computers and printers have risen, as have attendances at children’s events and job clubs."),
        ("p", "At the Holbeach Marsh library on Tuesday afternoon, a dozen people were using the computers, several of them filling in online benefit forms. “Where else would they go?” asked one member of staff, who did not want to be named. “Everything is online now, and not everyone has a computer at home.”"),
        ("p", "The council said the libraries’ free computer sessions would be protected in the new timetable and that volunteers would be trained to help people with online forms."),
        ("h", "Longer evenings in one town"),
        ("p", "Not every change is a reduction. The Crowland End library, which shares a building with the district’s customer service centre, will "
              "stay open until 7 p.m. on Thursdays after users asked for evening hours to fit around work."),
        ("p", "The council also plans to extend its mobile library service to three hamlets that have no branch of their own, using a van bought "
              "with a grant from a charitable trust."),
        ("p", "The new opening hours will be posted in each library next month. The council said it would review them after a year, once it has "
              "figures on visits and loans under the new arrangements."),
    ],
    entities=[("Fenmarsh", "LOC"), ("Holbeach Marsh", "LOC"), ("Crowland End", "LOC"), ("Sutterby", "LOC"), ("Graham Pettifer", "PER"),
              ("Pettifer", "PER"), ("Josephine Amery", "PER"), ("Ruth Cawley", "PER")],
    extra=["subheadings", "article-per-teaser"],
    notes="This older partner item has no JSON-LD and no article:published_time; the visible 'Originally published' time is the only date statement and is gold. "
          "The Northfen Observer feed arrives as <div> paragraphs.",
))

# ---------------------------------------------------------------- 11: business partner, late ingest (JSON-LD on the next day), two reporters
ARTICLES.append(dict(
    id=f"{SITE}-11", seed=11, cid="skf-1708-2288", partner="pbj", section="business", ld_author="people",
    url=f"{HOST}/news/phoenix-office-vacancy-rises-as-tenants-shrink-1708228",
    orig_path="2017/08/22/phoenix-office-vacancy-second-quarter", img="phoenix-office-towers",
    pub=dt(2017, 8, 22, 20, 50), ingest=dt(2017, 8, 23, 0, 40),
    byline="Marisol Vance and Dev Okafor, Pinecrest Business Journal", authors=["Marisol Vance", "Dev Okafor"],
    headline="Phoenix office vacancy climbs to 19% as tenants sign smaller leases",
    title="Phoenix office vacancy climbs to 19% as tenants sign smaller leases | Skyfold News",
    og="Phoenix office vacancy hits 19%",
    desc="Office vacancy in metro Phoenix rose to 19.1% in the second quarter as tenants renewed for less space.",
    cuts=[5, 9],
    parts=[
        ("p", "Office vacancy in metro Phoenix rose to 19.1 percent in the second quarter, its highest level in four years, as companies renewing "
              "their leases took less space and several large blocks came back on the market, according to a report released Tuesday by the "
              "brokerage Saguaro Commercial Advisors."),
        ("p", "The vacancy rate was up from 17.6 percent a year earlier. Tenants gave back a net 410,000 square feet of space in the quarter, the "
              "report said, with the largest losses in older buildings in the Camelback Corridor and downtown Phoenix."),
        ("p", "“Companies are still signing leases, but they are signing for 20 or 30 percent less space than they had,” said Lorena Quintanilla, "
              "a managing director at Saguaro. “They want better buildings, with more light and better amenities, and they are willing to pay more "
              "per foot to get it. What they do not want is more feet.”"),
        ("p", "Newer buildings in Tempe and Chandler fared better. Vacancy in buildings completed since 2010 was 11.4 percent, compared with more "
              "than 22 percent in buildings more than 25 years old."),
        ("p", "Asking rents held roughly steady at an average of $26.15 a square foot a year, although brokers said landlords were offering "
              "larger concessions, including months of free rent and bigger allowances for tenant improvements."),
        ("p", "Smaller tenants have been the most active. Leases under 5,000 square feet made up more than 70 percent of deals signed in the quarter, many of them from medical practices, engineering firms and insurance agencies."),
        ("p", "Coworking operators have also taken space, though more cautiously than two years ago. One operator signed a lease for a full floor in a renovated building in Scottsdale, while another closed a location downtown."),
        ("h", "Owners of older buildings under pressure"),
        ("p", "The gap between new and old buildings is putting pressure on owners of older towers, some of which face loans coming due in the next "
              "two years. At least three downtown buildings have been put up for sale since January."),
        ("p", "Harlan Whitaker, whose firm owns two 1980s office buildings near Central Avenue, said he was weighing whether to renovate one of them "
              "or convert part of it to apartments. “The market is telling us that a plain box with a parking garage is not enough anymore,” he "
              "said. “The question is how much money it takes to make it enough.”"),
        ("p", "Conversions are difficult in many office buildings because of deep floor plates that leave interior space far from windows, "
              "architects said, and few have been completed in the region so far."),
        ("h", "Outlook"),
        ("p", "Saguaro expects vacancy to rise slightly through the end of the year before leveling off in 2018, as little new office construction "
              "is under way. About 1.1 million square feet is being built across the metro area, most of it already partly leased."),
        ("p", "Economists noted that employment in office-using industries in the region continued to grow, by about 2.3 percent over the past "
              "year, which suggests the rise in vacancy reflects how companies use space rather than a weakening economy."),
        ("p", "“We are not seeing companies leave,” Quintanilla said. “We are seeing them rethink what an office is for.”"),
    ],
    entities=[("Phoenix", "LOC"), ("Saguaro Commercial Advisors", "ORG"), ("Saguaro", "ORG"), ("Camelback Corridor", "LOC"),
              ("Lorena Quintanilla", "PER"), ("Quintanilla", "PER"), ("Tempe", "LOC"), ("Chandler", "LOC"), ("Harlan Whitaker", "PER"),
              ("Central Avenue", "LOC"), ("Scottsdale", "LOC")],
    extra=["multiple-authors", "subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="The partner published at 8:50 p.m. EDT on Aug. 22 (visible 'Originally published' line and article:published_time, gold); JSON-LD datePublished "
          "is the portal's ingest at 12:40 a.m. on Aug. 23. og:title is a shorter social headline.",
))

# ---------------------------------------------------------------- 12: reporter + agency, <time> in the story
ARTICLES.append(dict(
    id=f"{SITE}-12", seed=12, cid="skf-1512-0417", partner="mpa", section="science", story_time=True, ld_author="people", meta_pub=False,
    url=f"{HOST}/news/icebreaker-sets-out-to-study-melting-ice-shelf-1512041",
    orig_path="science/2015/12/04/icebreaker-ice-shelf-expedition", img="icebreaker-hobart",
    pub=dt(2015, 12, 4, 11, 30), ingest=dt(2015, 12, 4, 14, 45),
    byline="Rafael Ibarra, Meridian Press Agency", authors=["Rafael Ibarra", "Meridian Press Agency"],
    headline="Icebreaker sets out on a three-month voyage to measure how fast an Antarctic ice shelf is melting",
    title="Icebreaker sets out on a three-month voyage to measure how fast an Antarctic ice shelf is melting",
    desc="An icebreaker with 48 scientists left Hobart for a three-month expedition to study the melting of an Antarctic ice shelf from below.",
    cuts=[4],
    parts=[
        ("p", "HOBART, Australia (MPA) — An icebreaker carrying 48 scientists left Hobart on Friday for a three-month voyage to one of the "
              "fastest-changing places in Antarctica, where researchers hope to measure how quickly warm ocean water is melting a floating ice "
              "shelf from below."),
        ("p", "The ship, the Nordkap Explorer, is operated by the Nordhavn Polar Institute and will spend about six weeks working along the front "
              "of the Halvard Ice Shelf, a slab of floating ice roughly the size of Belgium that holds back glaciers flowing off the continent."),
        ("p", "“The ice shelf is like a cork in a bottle,” said Helga Rasmussen, the expedition leader and an oceanographer at the institute. “If it "
              "thins, the glaciers behind it speed up, and that ice adds directly to sea level.”"),
        ("p", "Satellite measurements show the shelf has thinned by about 18 meters since 2003 in places, Rasmussen said, but the cause lies out of "
              "view, in a layer of relatively warm water that flows beneath the ice along the seabed."),
        ("p", "The Halvard Ice Shelf is one of several floating shelves along this stretch of coast that scientists have been watching with concern. Warm water from the deep ocean has been reaching the continental shelf more often in recent years, researchers believe, because of changes in the winds that circle Antarctica."),
        ("p", "“We have good measurements of what the ice is doing from space,” Rasmussen said. “What we lack are measurements of the ocean right where it touches the ice. That is the missing piece in our models.”"),
        ("h", "Robots under the ice"),
        ("p", "To reach it, the team will send two autonomous underwater vehicles beneath the shelf, each designed to travel up to 40 kilometers "
              "under the ice and return to the ship. The vehicles will measure water temperature, salt content and currents, and map the underside "
              "of the ice with sonar."),
        ("p", "It is risky work. A similar vehicle was lost under an ice shelf on another expedition two years ago. “We accept that we might not "
              "get one of them back,” said engineer Sung-min Park, who built the vehicles’ navigation systems. “That is why we have two.”"),
        ("p", "Park said the hardest part was waiting. “Once the vehicle is under the ice, there is no contact for hours,” he said. “You sit and drink coffee and watch the clock until it comes home.”"),
        ("p", "The scientists will also drill through sea ice near the shelf to install instruments that will keep recording for two years after "
              "the ship leaves, sending data home by satellite."),
        ("p", "Weather permitting, the expedition will also recover moorings left on the seabed three years ago, which hold a continuous record of "
              "ocean temperatures over that period."),
        ("p", "Besides the oceanographers and engineers, the expedition includes biologists who will study the animals living on the seabed near the ice front, and geologists who will take sediment cores to learn how the shelf behaved during warm periods thousands of years ago."),
        ("p", "Life on board will be cramped and busy. Scientists work in 12-hour shifts, and the ship will operate around the clock while it is on station. A cook, a doctor and a crew of 32 will support the team."),
        ("p", "The voyage, which cost about 14 million dollars, is funded by research agencies in five countries. The ship is due back in Hobart in "
              "early March."),
    ],
    entities=[("HOBART", "LOC"), ("Hobart", "LOC"), ("Australia", "LOC"), ("MPA", "ORG"), ("Antarctica", "LOC"), ("Antarctic", "MISC"),
              ("Nordkap Explorer", "MISC"), ("Nordhavn Polar Institute", "ORG"), ("Halvard Ice Shelf", "LOC"), ("Belgium", "LOC"),
              ("Helga Rasmussen", "PER"), ("Rasmussen", "PER"), ("Sung-min Park", "PER"), ("Park", "PER")],
    extra=["dateline", "agency-byline", "multiple-authors", "subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="The byline 'Rafael Ibarra, Meridian Press Agency' gives the reporter and the agency (GUIDELINES 5), as does JSON-LD; the page has no article:published_time.",
))

# ---------------------------------------------------------------- 13: minimal pair of 02 with <div> cards instead of <article> cards
VARIANT = dict(ARTICLES[1], id=f"{SITE}-13", query="?cards=div", variant_of=f"{SITE}-02", cards_tag="div",
               extra=[t for t in ARTICLES[1]["extra"] if t != "article-per-teaser"],
               notes="Minimal pair of skyfold-news-02: differs only in article-per-teaser (the strip, inline, 'More from' and 'Trending' cards are "
                     "<div> elements instead of <article> elements; the story itself stays one <article>).")


# Stories syndicated in from the sister site's feed render through a stripped article template: no
# date meta, no JSON-LD dates, and a byline <time> without datetime (the variant 13 follows 02).
NO_DATE_META = {f"{SITE}-0{n}" for n in (1, 2, 4, 5, 6)}

# Stories still in the homepage river when saved show their age in the byline; metadata stays.
RELATIVE = {f"{SITE}-08": "3 hours ago", f"{SITE}-12": "52 minutes ago"}

# Longer stories (issue 11: visible text short of the real pages' median). Each listed story gets one more reported
# section (heading and paragraphs) after its last paragraph; new people, places and organisations join its entities.
# The minimal pair 02/13 is not lengthened (neither page is listed).
MORE = {
    f"{SITE}-01": ([
        ("h", "Growers and shippers count the cost"),
        ("p", "The disruption is being felt well beyond the docks. Growers in the Westland greenhouse district, who ship tomatoes "
              "and peppers to Britain and Scandinavia through the port, said some refrigerated containers had been sitting on trucks "
              "for days waiting for a slot at terminals that are still working."),
        ("p", "“We have product that is ready today and a buyer in Leeds who needed it yesterday,” said Henk Boersma, who runs a "
              "vegetable cooperative with 40 member farms. He said the cooperative had shifted part of its exports to ferries "
              "leaving from smaller ports, at roughly twice the usual freight cost."),
        ("p", "Customs officials said they had added staff at the ports of Vlissingen and Moerdijk to process cargo rerouted there, "
              "and the national rail freight operator said it was running extra trains to Germany. Neither measure, officials said, "
              "could absorb more than a fraction of Rotterdam’s normal volume."),
        ("p", "Economists at a Dutch bank estimated that each week of the strike cost the economy between 80 million and 120 million "
              "euros in lost output and extra transport costs, although they cautioned that part of the delayed trade would be made "
              "up once the terminals reopened."),
        ("p", "At the Waalhaven gates on Thursday evening, the mood among strikers was determined but tired. “My wife asks me every "
              "night when it ends,” said Ahmed el Amrani, a crane driver with 19 years at the port. “I tell her: when they sign the paper.”"),
    ], [("Westland", "LOC"), ("Britain", "LOC"), ("Scandinavia", "LOC"), ("Leeds", "LOC"), ("Henk Boersma", "PER"),
        ("Vlissingen", "LOC"), ("Moerdijk", "LOC"), ("Germany", "LOC"), ("Rotterdam", "LOC"), ("Dutch", "MISC"),
        ("Waalhaven", "LOC"), ("Ahmed el Amrani", "PER")]),
    f"{SITE}-05": ([
        ("h", "Neighbors want a say on traffic and water"),
        ("p", "Not everyone near the plant is enthusiastic. At a county planning hearing last month, several residents of the nearby "
              "Lockwood area raised concerns about truck traffic on the frontage road and about the plant’s use of water in one of "
              "the driest parts of the state."),
        ("p", "“We are not against recycling, and we are not against jobs,” said Dolores Ketchum, who has lived in the area for 26 "
              "years and chairs a neighborhood association. “We just want to know how many trucks, at what hours, and what happens "
              "if there is a fire.”"),
        ("p", "Cindervolt said the expanded plant would receive about 35 truckloads of batteries a week, most of them during daytime "
              "hours, and that its process recycled more than 80 percent of the water it used. The company has agreed to fund a "
              "traffic study and to hold quarterly public meetings once the new lines are running."),
        ("p", "County commissioner Walt Brennan said the expansion still needed a revised air-quality permit from the state, which "
              "he expected to be decided in the first quarter of next year. “They have been a good neighbor so far,” Brennan said. "
              "“Tripling in size is a different thing, and we will hold them to what they are promising.”"),
        ("p", "Analysts said the funding round reflected continued investor appetite for battery recycling despite a broader "
              "slowdown in climate-technology deals this year. Kendra Ulloa, who follows the sector for an independent research firm "
              "in San Francisco, said the industry’s biggest challenge over the next five years would be securing enough used "
              "batteries, not raising capital. “The plants are being built faster than the old batteries are arriving,” she said. "
              "“Companies with long-term supply contracts will be in the best position.”"),
        ("p", "Vasquez said Cindervolt would publish an annual sustainability report starting next year, with figures on recovery "
              "rates, water use and workplace injuries."),
    ], [("Lockwood", "LOC"), ("Dolores Ketchum", "PER"), ("Cindervolt", "ORG"), ("Walt Brennan", "PER"), ("Brennan", "PER"),
        ("Kendra Ulloa", "PER"), ("San Francisco", "LOC"), ("Vasquez", "PER")]),
    f"{SITE}-08": ([
        ("h", "Final adjustments before Houston"),
        ("p", "With a week to go, the team is still making changes. After the regional final, the students decided to rebuild the "
              "robot’s gripper, which had dropped rings twice in the championship match. Sophomore Wren Halvorsen, who leads the "
              "mechanical group, said the new version used softer wheels cut from an old skateboard and could grab a ring in less "
              "than half a second."),
        ("p", "“We tested it about 400 times last weekend,” Halvorsen said. “It failed eleven times. We know exactly why for nine of them.”"),
        ("p", "The team will pack Sandpiper into a wooden crate built in the shop and ship it ahead on Thursday. Lindahl said the "
              "students had practiced taking the robot apart and putting it back together in under an hour, in case anything is "
              "damaged in transit. A spare parts kit, including two extra motors donated by the marine engine repair shop, will "
              "travel in the students’ checked luggage."),
        ("p", "For many of the students, the trip will also be a first flight. Reyna said his grandmother had asked him to call her "
              "from the airplane, and that he had not had the heart to explain that he could not. Oyelowo has put together a packing "
              "list and a schedule that begins with a 4 a.m. bus ride to the airport in Eugene."),
        ("p", "Back in Reedsport, the school plans to show the team’s matches on a screen in the gym, and the Lions Club has offered "
              "to provide popcorn. “Whatever happens, we will be proud of them,” Superintendent Marsh said."),
    ], [("Wren Halvorsen", "PER"), ("Halvorsen", "PER"), ("Sandpiper", "MISC"), ("Lindahl", "PER"), ("Reyna", "PER"),
        ("Oyelowo", "PER"), ("Eugene", "LOC"), ("Reedsport", "LOC"), ("Lions Club", "ORG"), ("Marsh", "PER")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    return with_more_section(a, MORE)


def build(a):
    a = lengthened(a)
    html_text, blocks = page(a, a.get("cards_tag", "article"))
    phen = set(COMMON) | set(a.get("extra", []))
    if a.get("jsonld", True):
        phen.add("json-ld")
    if a.get("upd"):
        phen.add("updated-date")
    art = Article(id=a["id"], site=SITE, url=a["url"] + a.get("query", ""), language="en", headline=a["headline"],
                  published=a["pub"].isoformat(), modified=a["upd"].isoformat() if a.get("upd") else None,
                  authors=a["authors"], summary=a.get("dek", ""), blocks=blocks, entities=a["entities"],
                  phenomena=sorted(phen), notes=a.get("notes", ""), variant_of=a.get("variant_of"))
    if (a.get("variant_of") or a["id"]) in NO_DATE_META:
        art, html_text = drop_date_metadata(art, html_text)
    if (a.get("variant_of") or a["id"]) in RELATIVE:
        art, html_text = relative_visible_date(art, html_text, RELATIVE[a.get("variant_of") or a["id"]])
    p = emit(art, html_text, "utf-8")
    raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
    print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    for a in ARTICLES + [VARIANT]:
        build(a)
