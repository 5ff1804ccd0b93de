import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""The Northgate Ledger (northgate-ledger): an invented US large-publisher site built with
React/Next.js. Server-rendered markup with hashed CSS-module class names and a large
`__NEXT_DATA__` hydration payload that holds the whole article. Some story types are rendered
client-side only (the server sends an app shell with a skeleton loader), one template ships a
<noscript> fallback, and feature stories are fully server-rendered. Times are US Eastern."""

import base64 as _b64
import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

SITE = "northgate-ledger"
HOST = "https://www.northgateledger.example"
STATIC = "https://static.northgateledger.example"
NAME = "The Northgate Ledger"
EDT = _dt.timezone(_dt.timedelta(hours=-4))
EST = _dt.timezone(_dt.timedelta(hours=-5))
BUILD_ID = "nXq8v2LrT0aYk3Wm9sDfE"

AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def rx(s):
    """Text escaped the way React's server renderer escapes text content."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def ap_time(dt):
    h = dt.hour % 12 or 12
    ampm = "a.m." if dt.hour < 12 else "p.m."
    t = f"{h}:{dt.minute:02d} {ampm}" if dt.minute else f"{h} {ampm}"
    return f"{AP_MONTHS[dt.month - 1]} {dt.day}, {dt.year}, {t} ET"


def cx(component, local):
    """A CSS-module class name: Component_local__hash5."""
    h = _b64.urlsafe_b64encode(_zlib.crc32(f"{component}.{local}".encode()).to_bytes(4, "big")).decode()[:5]
    return f"{component}_{local}__{h.replace('-', 'x').replace('_', 'Q')}"


def next_json(obj):
    """JSON as Next.js embeds it in __NEXT_DATA__ (html-escaped characters)."""
    s = _json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def slugify(s):
    return _re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def plain(fragment):
    return _html.unescape(_re.sub(r"<[^>]+>", "", fragment))


# ---------------------------------------------------------------- page weight: markup without visible text
# Deterministic (seeded) generators for what makes real pages heavy: a consent manager's vendor
# list, an SVG icon sprite, atomic utility CSS and header-bidding configuration.
import random as _random

_SYL = ["ad", "bel", "cor", "dex", "ev", "fin", "gra", "hal", "io", "jun", "kor", "lum", "mar", "nex", "or",
        "pix", "quo", "ral", "sen", "tri", "ul", "vor", "wex", "yal", "zen", "tav", "ope", "rin", "sol", "bri"]
_VSUF = ["Media", "Ads", "Data", "Analytics", "Labs", "Digital", "Exchange", "Metrics", "Audience", "Signal",
         "Reach", "Cloud", "Bidder", "Tag", "Insights", "Commerce"]


def _vendors(seed, n):
    rnd = _random.Random(seed)
    out, used = [], set()
    while len(out) < n:
        name = (rnd.choice(_SYL) + rnd.choice(_SYL) + rnd.choice(["", "a", "o", "ix"])).capitalize() + " " + rnd.choice(_VSUF)
        if name in used:
            continue
        used.add(name)
        host = name.lower().replace(" ", "-")
        out.append({"id": 7 + len(out) * 3 + rnd.randint(0, 2), "name": name,
                    "purposes": sorted(rnd.sample(range(1, 12), rnd.randint(1, 7))),
                    "legIntPurposes": sorted(rnd.sample(range(2, 11), rnd.randint(0, 3))),
                    "flexiblePurposes": sorted(rnd.sample(range(2, 11), rnd.randint(0, 2))),
                    "specialPurposes": [1, 2][:rnd.randint(0, 2)], "features": sorted(rnd.sample(range(1, 4), rnd.randint(0, 3))),
                    "specialFeatures": [1, 2][:rnd.randint(0, 1)], "usesCookies": rnd.random() < 0.9,
                    "cookieMaxAgeSeconds": rnd.choice([86400, 604800, 2592000, 15552000, 31536000, 63072000]),
                    "cookieRefresh": rnd.random() < 0.4, "usesNonCookieAccess": rnd.random() < 0.5,
                    "policyUrl": f"https://{host}.example/privacy-policy",
                    "deviceStorageDisclosureUrl": f"https://cdn.{host}.example/tcf/device-storage.json"})
    return out


_UI_ICONS = ["weather-sun", "weather-cloud", "weather-rain", "weather-snow", "weather-storm", "arrow-left", "arrow-right",
             "arrow-up", "arrow-down", "plus", "minus", "check", "info", "warning", "star", "heart", "print", "download",
             "calendar", "location", "phone", "mail-open", "gallery", "headphones", "podcast", "newsletter", "lock", "key"]


def _sprite(seed, prefix, names):
    rnd = _random.Random(seed)
    syms = []
    names = list(names) + [n for n in _UI_ICONS if n not in names]
    for name in names:
        paths = []
        for _ in range(rnd.randint(3, 7)):
            x, y = rnd.uniform(2, 22), rnd.uniform(2, 22)
            d = [f"M{x:.2f} {y:.2f}"]
            for _ in range(rnd.randint(3, 6)):
                c = rnd.choice("LCcls")
                if c in "Ll":
                    d.append(f"{c}{rnd.uniform(-9, 22):.1f} {rnd.uniform(-9, 22):.1f}")
                elif c in "Cc":
                    d.append(c + " ".join(f"{rnd.uniform(-9, 22):.1f}" for _ in range(6)))
                else:
                    d.append(c + " ".join(f"{rnd.uniform(-9, 22):.1f}" for _ in range(4)))
            paths.append(f'<path fill-rule="evenodd" d="{"".join(d)}z"/>')
        syms.append(f'<symbol id="{prefix}-{name}" viewBox="0 0 24 24"><g fill="currentColor">{"".join(paths)}</g></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true" focusable="false"><defs>'
            + "".join(syms) + "</defs></svg>")


def _atomic_css(prefix, breakpoints=((640, "sm"), (1024, "lg"))):
    props = [("m", "margin"), ("mt", "margin-top"), ("mb", "margin-bottom"), ("ml", "margin-left"), ("mr", "margin-right"),
             ("p", "padding"), ("pt", "padding-top"), ("pb", "padding-bottom"), ("pl", "padding-left"), ("pr", "padding-right"),
             ("gap", "gap"), ("w", "width"), ("h", "height")]
    scale = [0, 2, 4, 8, 12, 16, 20, 24, 32, 40, 48, 64]
    rules = [f".{prefix}{k}-{i}{{{p}:{v}px}}" for k, p in props for i, v in enumerate(scale)]
    rules += [f".{prefix}fs-{v}{{font-size:{v}px;line-height:{round(v * 1.35)}px}}" for v in (11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 40)]
    rules += [f".{prefix}{n}{{display:{n}}}" for n in ("block", "inline", "inline-block", "flex", "grid", "none", "contents")]
    rules += [f".{prefix}col-{i}{{grid-column:span {i}/span {i}}}" for i in range(1, 13)]
    out = "\n".join(rules)
    for bp, tag in breakpoints:
        out += f"\n@media (min-width:{bp}px){{" + "".join(f".{tag}\\:{prefix}{k}-{i}{{{p}:{v}px}}" for k, p in props[:8] for i, v in enumerate(scale)) + \
            "".join(f".{tag}\\:{prefix}col-{i}{{grid-column:span {i}/span {i}}}" for i in range(1, 13)) + "}"
    return out


def _prebid(seed, slots, bidders=("appnexus", "rubicon", "ix", "openx", "pubmatic", "criteo", "triplelift", "sovrn")):
    rnd = _random.Random(seed)
    units = []
    for code, sizes in slots:
        bids = []
        for b in bidders:
            if rnd.random() < 0.75:
                bids.append({"bidder": b, "params": {"placementId": str(rnd.randint(10000000, 99999999)), "siteId": str(rnd.randint(100000, 999999)),
                                                     "zoneId": str(rnd.randint(1000, 9999))}})
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}}, "bids": bids})
    return units


# ---------------------------------------------------------------- boilerplate pools

SECTIONS = [
    ("U.S.", "us", ["Politics", "Education", "Immigration", "Courts", "Climate"]),
    ("World", "world", ["Americas", "Europe", "Asia", "Middle East", "Africa"]),
    ("Business", "business", ["Economy", "Markets", "Retail", "Tech", "Personal Finance", "Real Estate"]),
    ("Science", "science", ["Space", "Oceans", "Health", "Environment"]),
    ("Opinion", "opinion", ["Editorials", "Columnists", "Letters", "Guest Essays"]),
    ("Sports", "sports", ["NFL", "MLB", "NBA", "College", "Soccer"]),
    ("Arts", "arts", ["Books", "Movies", "Music", "Television", "Theater"]),
    ("Food", "food", ["Recipes", "Restaurants", "Wine"]),
    ("Travel", "travel", []),
    ("Well", "well", ["Fitness", "Mind", "Eat"]),
    ("Magazine", "magazine", []),
    ("Investigations", "investigations", []),
    ("Podcasts", "podcasts", []),
    ("Video", "video", []),
]

MOST_POPULAR = [
    ("The Best Cheap Cars You Can Still Buy New", "business/autos"),
    ("How to Actually Sleep Better, According to 12 Sleep Researchers", "well/mind"),
    ("A Small-Town Diner's Pie Recipe That Took the Internet by Storm", "food"),
    ("What the New Retirement Rules Mean for Your 401(k)", "business/personal-finance"),
    ("Why Your Tomatoes Are Splitting, and What to Do About It", "food"),
    ("The Quiet Comeback of the Night Train", "travel"),
    ("Inside the Race to Save a Dying Coral Reef", "science/oceans"),
    ("23 Books We Can't Wait to Read This Season", "arts/books"),
]

MORE_HEADLINES = [
    "A Town Pool Closes, and a Summer Tradition Goes With It",
    "Lobster Prices Fall as Catches Climb to a Record",
    "The Fight Over a 200-Year-Old Lighthouse",
    "Rural Hospitals Are Closing Maternity Wards. Here's Where Women Go Instead.",
    "A Library on Wheels Reaches Towns Without One",
    "How a Snowstorm Changed One County's Election",
    "The Volunteer Firefighters Keeping Small Towns Safe",
    "In the Mountains, a Boom in Tiny Schools",
    "Why Grocery Prices Differ So Much From Town to Town",
    "Scientists Track a Shark Across 5,000 Miles of Ocean",
]

CSS = """
:root{--ink:#121212;--ink-2:#363636;--ink-3:#727272;--rule:#dfdfdf;--paper:#fff;--accent:#0b5394;--alert:#d0021b;--serif:'Ledger Serif',Georgia,'Times New Roman',serif;--sans:'Ledger Sans',Helvetica,Arial,sans-serif}
html{-webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility}body{margin:0;background:var(--paper);color:var(--ink);font-family:var(--serif)}
*,:after,:before{box-sizing:border-box}a{color:inherit}button{font:inherit}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.%(Layout_root)s{min-height:100vh;display:flex;flex-direction:column}
.%(Masthead_root)s{border-bottom:1px solid var(--rule);background:#fff}
.%(Masthead_bar)s{display:flex;align-items:center;justify-content:space-between;max-width:1280px;margin:0 auto;padding:8px 20px;font-family:var(--sans);font-size:12px}
.%(Masthead_logo)s{display:block;text-align:center;padding:10px 0 14px}.%(Masthead_logo)s svg{height:34px;width:auto}
.%(Masthead_subscribe)s{background:var(--accent);color:#fff;border:0;border-radius:3px;padding:8px 12px;font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.04em;text-decoration:none}
.%(Masthead_login)s{margin-left:12px;font-weight:700;text-decoration:none;text-transform:uppercase;font-size:11px}
.%(Nav_root)s{border-top:1px solid var(--rule);border-bottom:2px solid var(--ink);font-family:var(--sans)}
.%(Nav_list)s{display:flex;justify-content:center;flex-wrap:wrap;list-style:none;margin:0;padding:0}
.%(Nav_item)s{position:relative}.%(Nav_link)s{display:block;padding:10px 11px;font-size:13px;font-weight:600;text-decoration:none}
.%(Nav_flyout)s{display:none;position:absolute;left:0;top:100%%;min-width:190px;background:#fff;border:1px solid var(--rule);box-shadow:0 6px 18px rgba(0,0,0,.1);z-index:20;padding:8px 0;list-style:none;margin:0}
.%(Nav_item)s:hover .%(Nav_flyout)s{display:block}.%(Nav_flyout)s a{display:block;padding:6px 14px;font-size:13px;text-decoration:none}
.%(Page_grid)s{max-width:1280px;margin:0 auto;padding:24px 20px;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:48px;width:100%%}
@media (max-width:1023px){.%(Page_grid)s{grid-template-columns:1fr}.%(Rail_root)s{display:none}}
.%(Story_header)s{max-width:720px;margin:0 auto 20px}
.%(Story_kicker)s{font-family:var(--sans);font-size:13px;font-weight:700;text-transform:uppercase;letter-spacing:.06em;color:var(--accent);margin:0 0 10px}
.%(Story_headline)s{font-size:44px;line-height:1.1;font-weight:700;margin:0 0 14px;letter-spacing:-.01em}
@media (max-width:767px){.%(Story_headline)s{font-size:30px}}
.%(Story_dek)s{font-size:21px;line-height:1.4;color:var(--ink-2);margin:0 0 18px}
.%(Byline_root)s{font-family:var(--sans);font-size:14px;display:flex;flex-wrap:wrap;gap:4px 14px;align-items:baseline}
.%(Byline_name)s{font-weight:700;text-decoration:none}.%(Byline_time)s{color:var(--ink-3);font-size:13px}
.%(Share_root)s{display:flex;gap:8px;margin:16px 0;font-family:var(--sans)}
.%(Share_button)s{display:inline-flex;align-items:center;justify-content:center;width:36px;height:36px;border:1px solid var(--rule);border-radius:50%%;background:#fff;cursor:pointer}
.%(Share_gift)s{border-radius:18px;width:auto;padding:0 14px;font-size:13px;font-weight:700}
.%(Media_figure)s{margin:0 0 28px}.%(Media_figure)s img{width:100%%;height:auto;display:block}
.%(Media_caption)s{font-family:var(--sans);font-size:13px;color:var(--ink-2);margin-top:8px;max-width:720px}
.%(Media_credit)s{color:var(--ink-3);font-size:12px;margin-left:4px;text-transform:uppercase}
.%(StoryBody_root)s{max-width:640px;margin:0 auto}
.%(StoryBody_paragraph)s{font-size:20px;line-height:1.6;margin:0 0 1.1em}
.%(StoryBody_heading)s{font-family:var(--sans);font-size:24px;font-weight:800;margin:1.8em 0 .6em}
.%(StoryBody_list)s{font-size:19px;line-height:1.55;margin:0 0 1.2em;padding-left:1.2em}
.%(StoryBody_note)s{font-family:var(--sans);font-size:15px;font-style:italic;border-top:1px solid var(--rule);padding-top:12px;color:var(--ink-2)}
.%(AdSlot_root)s{display:flex;flex-direction:column;align-items:center;justify-content:center;background:#f7f7f7;min-height:280px;margin:28px -20px}
.%(AdSlot_label)s{font-family:var(--sans);font-size:10px;letter-spacing:.12em;text-transform:uppercase;color:var(--ink-3);margin-bottom:6px}
.%(AdSlot_top)s{min-height:90px;margin:0;border-bottom:1px solid var(--rule)}
.%(Skeleton_root)s{max-width:720px;margin:0 auto}
.%(Skeleton_line)s{height:18px;border-radius:4px;margin:0 0 14px;background:linear-gradient(90deg,#eee 25%%,#f6f6f6 37%%,#eee 63%%);background-size:400%% 100%%;animation:%(Skeleton_shimmer)s 1.4s ease infinite}
.%(Skeleton_headline)s{height:44px;width:92%%}.%(Skeleton_headline2)s{height:44px;width:64%%;margin-bottom:28px}
.%(Skeleton_media)s{height:380px;margin:12px 0 28px}.%(Skeleton_short)s{width:58%%}
@keyframes %(Skeleton_shimmer)s{0%%{background-position:100%% 50%%}to{background-position:0 50%%}}
.%(Topics_root)s{max-width:640px;margin:28px auto;font-family:var(--sans);font-size:13px}
.%(Topics_list)s{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:8px 0 0;padding:0}
.%(Topics_tag)s{border:1px solid var(--rule);border-radius:14px;padding:4px 12px;text-decoration:none}
.%(AuthorBio_root)s{max-width:640px;margin:28px auto;font-family:var(--sans);font-size:14px;color:var(--ink-2);border-top:1px solid var(--rule);padding-top:14px}
.%(Rail_root)s{font-family:var(--sans)}.%(Rail_heading)s{font-size:13px;font-weight:800;text-transform:uppercase;letter-spacing:.06em;border-top:3px solid var(--ink);padding-top:8px;margin:0 0 12px}
.%(Rail_list)s{list-style:none;margin:0 0 28px;padding:0;counter-reset:pop}
.%(Rail_item)s{counter-increment:pop;display:grid;grid-template-columns:28px 1fr;gap:6px;padding:10px 0;border-bottom:1px solid var(--rule);font-family:var(--serif);font-size:16px;font-weight:700;line-height:1.25}
.%(Rail_item)s:before{content:counter(pop);font-family:var(--sans);color:var(--accent);font-size:18px}
.%(Rail_item)s a{text-decoration:none}
.%(Newsletter_root)s{border:1px solid var(--rule);padding:18px;margin:0 0 28px;background:#f7f9fc}
.%(Newsletter_title)s{font-size:18px;font-weight:800;margin:0 0 6px}.%(Newsletter_copy)s{font-size:14px;color:var(--ink-2);margin:0 0 12px;font-family:var(--serif)}
.%(Newsletter_form)s{display:flex;flex-direction:column;gap:8px}.%(Newsletter_input)s{padding:10px;border:1px solid #bbb;border-radius:3px}
.%(Newsletter_button)s{background:var(--ink);color:#fff;border:0;padding:10px;font-weight:700;border-radius:3px;cursor:pointer}
.%(More_root)s{max-width:1280px;margin:20px auto;padding:0 20px;font-family:var(--sans)}
.%(More_grid)s{display:grid;grid-template-columns:repeat(4,1fr);gap:20px;list-style:none;padding:0;margin:0}
.%(More_card)s img{width:100%%;aspect-ratio:3/2;object-fit:cover}.%(More_title)s{font-family:var(--serif);font-weight:700;font-size:17px;line-height:1.25;margin:8px 0 4px;display:block;text-decoration:none}
.%(More_date)s{font-size:12px;color:var(--ink-3)}
.%(Footer_root)s{margin-top:auto;border-top:2px solid var(--ink);padding:28px 20px;font-family:var(--sans);font-size:13px;background:#fafafa}
.%(Footer_cols)s{max-width:1280px;margin:0 auto;display:grid;grid-template-columns:repeat(6,1fr);gap:20px}
.%(Footer_heading)s{font-weight:800;text-transform:uppercase;font-size:12px;letter-spacing:.06em;margin:0 0 8px}
.%(Footer_list)s{list-style:none;margin:0;padding:0}.%(Footer_list)s li{padding:3px 0}.%(Footer_list)s a{text-decoration:none;color:var(--ink-2)}
.%(Footer_legal)s{max-width:1280px;margin:22px auto 0;border-top:1px solid var(--rule);padding-top:14px;display:flex;flex-wrap:wrap;gap:6px 16px;color:var(--ink-3)}
.%(Consent_root)s{position:fixed;z-index:1000;left:0;right:0;bottom:0;background:#fff;border-top:1px solid var(--rule);box-shadow:0 -6px 20px rgba(0,0,0,.12);font-family:var(--sans);font-size:14px}
.%(Consent_inner)s{max-width:1080px;margin:0 auto;padding:18px 20px;display:flex;gap:20px;align-items:center}
.%(Consent_actions)s{display:flex;gap:10px;flex-shrink:0}.%(Consent_accept)s{background:var(--ink);color:#fff;border:0;padding:10px 16px;font-weight:700;border-radius:3px}
.%(Consent_manage)s{background:#fff;border:1px solid var(--ink);padding:10px 16px;font-weight:700;border-radius:3px}
.%(Noscript_root)s{max-width:720px;margin:0 auto}
"""

CLASSNAMES = {}


def C(key):
    comp, local = key.split("_", 1)
    if key not in CLASSNAMES:
        CLASSNAMES[key] = cx(comp, local)
    return CLASSNAMES[key]


def css():
    keys = set(_re.findall(r"%\((\w+)\)s", CSS))
    return CSS % {k: C(k) for k in keys}


LOGO_SVG = ('<svg viewBox="0 0 420 48" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="The Northgate Ledger">'
            '<title>The Northgate Ledger</title><path d="M4 8h22v5h-8v27h-6V13H4zM30 8h6v13h10V8h6v32h-6V26H36v14h-6zM58 8h18v5H64v8h10v5H64v9h12v5H58z"/>'
            '<path d="M96 8h6l14 22V8h6v32h-6L102 18v22h-6zM130 24c0-10 6-17 15-17s15 7 15 17-6 17-15 17-15-7-15-17zm6 0c0 7 4 12 9 12s9-5 9-12-4-12-9-12-9 5-9 12z"/>'
            '<path d="M168 8h11c7 0 11 3 11 9 0 4-2 7-6 8l7 15h-7l-6-14h-4v14h-6zm6 5v9h5c3 0 5-2 5-4.5S182 13 179 13z"/></svg>')


def nav_html(active):
    items = []
    for name, slug, subs in SECTIONS:
        fly = f'<button type="button" class="{C("Nav_expand")}" aria-expanded="false" aria-label="{rx(name)} sections"><svg width="10" height="10"><use href="#ngl-chevron"></use></svg></button>' if subs else ""
        cur = ' aria-current="page"' if slug == active else ""
        items.append(f'<li class="{C("Nav_item")}"><a class="{C("Nav_link")}" href="{HOST}/{slug}"{cur}>{rx(name)}</a>{fly}</li>')
    return (f'<nav class="{C("Nav_root")}" aria-label="Sections"><div class="{C("Nav_inner")}"><div class="{C("Nav_scroller")}"><ul class="{C("Nav_list")}">'
            + "".join(items) + "</ul></div></div></nav>")


def masthead(today_label=None):
    return f"""<header class="{C("Masthead_root")}"><div class="{C("Masthead_bar")}"><div><button type="button" aria-label="Open sections menu" class="{C("Masthead_menu")}"><svg width="18" height="14" viewBox="0 0 18 14"><path d="M0 0h18v2H0zm0 6h18v2H0zm0 6h18v2H0z"/></svg></button><button type="button" aria-label="Search" class="{C("Masthead_search")}"><svg width="16" height="16" viewBox="0 0 16 16"><circle cx="6.5" cy="6.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10.5 10.5L15 15" stroke="currentColor" stroke-width="2"/></svg></button></div><div><a class="{C("Masthead_subscribe")}" href="{HOST}/subscription?campaign=masthead">Subscribe for $1/week</a><a class="{C("Masthead_login")}" href="{HOST}/account/login">Log in</a></div></div>
<a class="{C("Masthead_logo")}" href="{HOST}/" aria-label="The Northgate Ledger home page">{LOGO_SVG}</a></header>"""


def ad_slot(slot, top=False):
    extra = f' {C("AdSlot_top")}' if top else ""
    return (f'<div class="{C("AdSlot_root")}{extra}" data-testid="ad-{slot}"><span class="{C("AdSlot_label")}">Advertisement</span>'
            f'<div id="gpt-{slot}" data-slot="{slot}" data-sizes="{"[[728,90],[970,250]]" if top else "[[300,250],[336,280]]"}"></div></div>')


def rail_html():
    pop = "".join(f'<li class="{C("Rail_item")}"><a href="{HOST}/{p}/{slugify(t)}"><span class="{C("Rail_rank")}"></span><span>{rx(t)}</span></a></li>' for t, p in MOST_POPULAR[:5])
    return f"""<aside class="{C("Rail_root")}" aria-label="More from the Ledger">
{ad_slot("rail-1")}
<section><h2 class="{C("Rail_heading")}">Most Popular</h2><ol class="{C("Rail_list")}">{pop}</ol></section>
<section class="{C("Newsletter_root")}" aria-labelledby="nl-morning"><h2 id="nl-morning" class="{C("Newsletter_title")}">The Morning Ledger</h2>
<p class="{C("Newsletter_copy")}">Get the day&#x27;s essential news and analysis in your inbox every weekday at 6 a.m. ET.</p>
<form class="{C("Newsletter_form")}" action="{HOST}/api/newsletters/subscribe" method="post"><label class="visually-hidden" for="nl-email">Email address</label><input class="{C("Newsletter_input")}" id="nl-email" type="email" name="email" placeholder="Enter your email" autoComplete="email" required=""/><input type="hidden" name="list" value="morning-ledger"/><button class="{C("Newsletter_button")}" type="submit">Sign Up</button></form>
</section>
{ad_slot("rail-2")}
</aside>"""


def share_html(url, title):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    b = C("Share_button")
    return (f'<div class="{C("Share_root")}" role="toolbar" aria-label="Share this article">'
            f'<button type="button" class="{b} {C("Share_gift")}" data-share="gift">Give this article</button>'
            f'<a class="{b}" href="https://facebook.example/sharer/sharer.php?u={u}" aria-label="Share on Facebook" target="_blank" rel="noopener noreferrer"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M9 16V9h2.3l.4-2.7H9V4.6c0-.8.2-1.3 1.4-1.3H12V.9C11.7.8 10.8.7 9.8.7 7.7.7 6.3 2 6.3 4.3v2H4V9h2.3v7z"/></svg></a>'
            f'<a class="{b}" href="https://x.example/intent/post?url={u}&amp;text={t}" aria-label="Share on X" target="_blank" rel="noopener noreferrer"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M12.2 1h2.3L9.5 6.8 15.4 15h-4.6L7.2 10.2 3 15H.7l5.4-6.2L.4 1h4.7l3.3 4.4zm-.8 12.6h1.3L4.6 2.3H3.2z"/></svg></a>'
            f'<a class="{b}" href="https://linkedin.example/shareArticle?mini=true&amp;url={u}" aria-label="Share on LinkedIn" target="_blank" rel="noopener noreferrer"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M3.6 16H.3V5.3h3.3zM2 3.9A1.9 1.9 0 1 1 2 0a1.9 1.9 0 0 1 0 3.9zM16 16h-3.3v-5.2c0-1.2 0-2.8-1.7-2.8s-2 1.3-2 2.7V16H5.7V5.3h3.2v1.5c.4-.8 1.5-1.7 3.1-1.7 3.3 0 4 2.2 4 5z"/></svg></a>'
            f'<a class="{b}" href="mailto:?subject={t}&amp;body={u}" aria-label="Share by email"><svg width="16" height="12" viewBox="0 0 16 12"><path d="M0 0h16v12H0zm1.5 1.5v.3L8 6.3l6.5-4.5v-.3zm13 2.1L8 8.1 1.5 3.6v6.9h13z"/></svg></a>'
            f'<button type="button" class="{b}" data-share="copy" aria-label="Copy link"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M6.9 9.1a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2L8.6 3.2l1 1 1.3-1.3a1.6 1.6 0 0 1 2.2 2.2l-3 3a1.6 1.6 0 0 1-2.2 0z"/></svg></button></div>')


FOOTER_COLS = [
    ("News", ["U.S.", "World", "Business", "Science", "Corrections"]),
    ("Account", ["Subscribe", "Manage My Account", "Newsletters"]),
]


def footer_html():
    cols = "".join(
        f'<div class="{C("Footer_col")}"><h3 class="{C("Footer_heading")}">{rx(h)}</h3><ul class="{C("Footer_list")}">' +
        "".join(f'<li class="{C("Footer_item")}"><a href="{HOST}/{slugify(x)}"><span>{rx(x)}</span></a></li>' for x in xs) + "</ul></div>"
        for h, xs in FOOTER_COLS)
    legal = ["© 2025 Northgate Ledger Media Company", "Privacy Policy", "Terms of Service", "Your Ad Choices"]
    leg = "".join(f'<a href="{HOST}/{slugify(x)}">{rx(x)}</a>' if i else f"<span>{rx(x)}</span>" for i, x in enumerate(legal))
    return (f'<footer class="{C("Footer_root")}" role="contentinfo"><div class="{C("Footer_wrap")}"><div class="{C("Footer_inner")}">'
            f'<a class="{C("Footer_logo")}" href="{HOST}/"><svg width="210" height="24"><use href="#ngl-logo"></use></svg></a>'
            f'<div class="{C("Footer_cols")}">{cols}</div><div class="{C("Footer_legal")}">{leg}</div></div></div></footer>')


def consent_html():
    return (f'<div class="{C("Consent_root")}" role="dialog" aria-modal="false" aria-labelledby="consent-title" data-testid="consent-banner">'
            f'<div class="{C("Consent_inner")}"><div><p id="consent-title"><strong>We value your privacy</strong></p>'
            f'<p>We and our 212 partners use cookies and similar technologies to personalize content and ads, to provide social '
            f'media features and to analyze our traffic. You can accept all cookies or manage your choices. Learn more in our '
            f'<a href="{HOST}/cookie-policy">Cookie Policy</a>.</p></div><div class="{C("Consent_actions")}">'
            f'<button type="button" class="{C("Consent_manage")}">Manage Preferences</button>'
            f'<button type="button" class="{C("Consent_accept")}">Accept All</button></div></div></div>')


def skeleton_html():
    L, S = C("Skeleton_line"), C("Skeleton_short")
    lines = "".join(f'<div class="{L}{" " + S if k % 4 == 3 else ""}"></div>' for k in range(14))
    return (f'<div class="{C("Skeleton_root")}" aria-busy="true" aria-live="polite" data-testid="story-skeleton">'
            f'<span class="visually-hidden">Loading article…</span>'
            f'<div class="{L} {C("Skeleton_headline")}"></div><div class="{L} {C("Skeleton_headline2")}"></div>'
            f'<div class="{L} {S}"></div><div class="{L} {C("Skeleton_media")}"></div>{lines}</div>')


def more_html(items):
    cards = []
    for title, dt, path in items:
        im = f"{STATIC}/images/{dt.year}/{dt.month:02d}/{dt.day:02d}/{slugify(title)[:28]}/{slugify(title)[:28]}"
        cards.append(f'<li class="{C("More_cell")}"><div class="{C("More_card")}"><div class="{C("More_media")}"><a href="{HOST}/{path}" tabindex="-1"><picture>'
                     f'<source type="image/webp" srcSet="{im}-300x200.webp 300w, {im}-600x400.webp 600w" sizes="300px"/>'
                     f'<img alt="" loading="lazy" decoding="async" width="600" height="400" src="{im}-600x400.jpg"/></picture></a></div>'
                     f'<div class="{C("More_text")}"><h3 class="{C("More_title")}"><a href="{HOST}/{path}">{rx(title)}</a></h3>'
                     f'<span class="{C("More_date")}">{AP_MONTHS[dt.month - 1]} {dt.day}, {dt.year}</span></div></div></li>')
    return (f'<section class="{C("More_root")}" aria-labelledby="more-heading"><div class="{C("More_inner")}"><h2 id="more-heading" class="{C("Rail_heading")}">More From the Ledger</h2>'
            f'<ul class="{C("More_grid")}">' + "".join(cards) + "</ul></div></section>")


def head_scripts(section, art_id, authors, tags):
    return f"""<script>window.__LEDGER_CONFIG__={{"env":"production","gtmId":"GTM-N7LDG42","consent":{{"framework":"tcfv2","cmpHost":"https://cmp.northgateledger.example","gdprApplies":false,"ccpaApplies":true}},"ads":{{"network":"/7104223/northgate","lazyMargin":"200%","refreshSeconds":0}}}};</script>
<script>(function(){{var s=document.createElement('script');s.async=true;s.src='https://cmp.northgateledger.example/stub.js?v=3.12.0';document.head.appendChild(s);window.__tcfapi=window.__tcfapi||function(){{(window.__tcfapi.a=window.__tcfapi.a||[]).push(arguments)}};}})();</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"event":"pageDataReady","page":{{"type":"article","section":"{section}","articleId":"{art_id}","authors":{_json.dumps(", ".join(authors))},"keywords":{_json.dumps("|".join(tags))},"subscriberStatus":"anonymous","platform":"web-next"}}}});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://tm.northgateledger.example/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-N7LDG42');</script>
<script async src="https://securepubads.adserver.example/tag/js/gpt.js"></script>"""


def next_scripts():
    chunks = ["webpack-3c1b0f4e5a7d9e21", "framework-8a2e57b0cd7c1f3a", "main-6f0d93a1c2b4e8f7", "pages/_app-0b9e4c7f2a13d658",
              "2812-4bd7e90a61f5c3d2", "7431-91ac0e5b7d2f8e46", "pages/[section]/[...slug]-d3a8f61c0e4b927f"]
    pre = "".join(f'<link rel="preload" href="{STATIC}/_next/static/chunks/{c}.js" as="script"/>' for c in chunks)
    scr = "".join(f'<script src="{STATIC}/_next/static/chunks/{c}.js" defer=""></script>' for c in chunks)
    scr += (f'<script src="{STATIC}/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
            f'<script src="{STATIC}/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script>')
    return pre, scr


# ---------------------------------------------------------------- body rendering

def body_html(items):
    """Server-rendered body from the structured blocks (React-escaped)."""
    out, ad_n = [], 0
    for it in items:
        t = it["type"]
        if t == "paragraph":
            out.append(f'<p class="{C("StoryBody_paragraph")}">{rx(it["text"])}</p>')
        elif t == "heading":
            out.append(f'<h2 class="{C("StoryBody_heading")}" id="{slugify(it["text"])}">{rx(it["text"])}</h2>')
        elif t == "list":
            out.append(f'<ul class="{C("StoryBody_list")}">' + "".join(f"<li>{rx(x)}</li>" for x in it["items"]) + "</ul>")
        elif t == "note":
            out.append(f'<p class="{C("StoryBody_note")}">{rx(it["text"])}</p>')
        elif t == "ad":
            ad_n += 1
            out.append("\x00" + ad_slot(it["slot"]) + "\x00")
        elif t == "card":
            out.append("\x00" + card_html(it) + "\x00")
    return "\n".join(out)


def card_html(it):
    return (f'<aside class="{C("InlineRelated_root")}" data-testid="inline-related"><a class="{C("InlineRelated_link")}" href="{HOST}/{it["path"]}">'
            f'<span class="{C("InlineRelated_label")}">Related</span><span class="{C("InlineRelated_title")}">{rx(it["title"])}</span></a></aside>')


def split_sections(html, cls):
    """The story as the app renders it: a new <section> after every ad slot or inline card."""
    parts = [p.strip("\n") for p in html.split("\x00")]
    out = []
    for k, part in enumerate(parts):
        if not part:
            continue
        if k % 2:
            out.append(part)
        else:
            out.append(f'<section class="{cls}" name="articleBody" data-testid="story-body"><div class="{C("StoryBody_inner")}">{part}</div></section>')
    return "".join(out)


def gold_blocks(items):
    blocks = []
    for it in items:
        t = it["type"]
        if t == "paragraph":
            blocks.append(Block("paragraph", it["text"]))
        elif t == "heading":
            blocks.append(Block("heading", it["text"]))
        elif t == "list":
            blocks += [Block("list_item", x) for x in it["items"]]
        elif t == "note":
            blocks.append(Block("note", it["text"], optional=True))
    return blocks


def html_string(it):
    """One body block as the CMS's HTML string (for the html-strings body format)."""
    t = it["type"]
    if t == "paragraph":
        return "<p>" + _html.escape(it["text"], quote=False) + "</p>"
    if t == "heading":
        return "<h2>" + _html.escape(it["text"], quote=False) + "</h2>"
    if t == "list":
        return "<ul>" + "".join(f"<li>{_html.escape(x, quote=False)}</li>" for x in it["items"]) + "</ul>"
    if t == "note":
        return '<p class="correction"><em>' + _html.escape(it["text"], quote=False) + "</em></p>"
    if t == "ad":
        return f'<div data-ad-slot="{it["slot"]}"></div>'
    if t == "card":
        return f'<div data-embed="related" data-href="{HOST}/{it["path"]}"></div>'
    raise ValueError(t)


# ---------------------------------------------------------------- page

def page(a):
    pub, mod = a["published"], a.get("modified")
    url, headline = a["url"], a["headline"]
    seo = a.get("seo_title") or headline
    authors = a["authors"]
    items = a["body"]
    sec_name, sec_slug = a["section"]
    img = a["image"]
    img_url = f"{STATIC}/images/{pub.year}/{pub.month:02d}/{pub.day:02d}/{img['file']}"
    words = sum(len(b.text.split()) for b in gold_blocks(items) if not b.optional)
    mode = a["mode"]  # "ssr" | "shell" | "noscript"

    # ---- hydration data
    if a["body_format"] == "objects":
        body_data = []
        for k, it in enumerate(items):
            d = dict(it)
            d["id"] = f"blk-{_zlib.crc32((a['id'] + str(k)).encode()):08x}"
            body_data.append(d)
        body_field = {"body": body_data}
    elif a["body_format"] == "html-array":
        body_field = {"bodyHtml": [html_string(it) for it in items]}
    else:
        body_field = {"bodyHtml": "".join(html_string(it) for it in items)}

    related = [{"id": f"r{_zlib.crc32(t.encode()) % 10**7}", "headline": t, "url": f"{HOST}/{p}",
                "publishedAt": d.isoformat(), "section": p.split("/")[0],
                "image": {"url": f"{STATIC}/images/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(t)[:28]}/{slugify(t)[:28]}-600x400.jpg", "width": 600, "height": 400}}
               for t, d, p in a["related"]]
    article = {
        "id": a["cms_id"], "type": "story", "template": a["template"], "canonicalUrl": url,
        "headline": headline, "seoHeadline": seo, "socialHeadline": a.get("social", seo),
        "dek": a.get("dek") or None, "kicker": a.get("kicker") or None,
        "section": {"name": sec_name, "slug": sec_slug, "url": f"{HOST}/{sec_slug}"},
        "subsection": a.get("subsection"),
        "bylines": [{"name": n, "slug": slugify(n), "url": f"{HOST}/by/{slugify(n)}", "role": r,
                     "image": f"{STATIC}/bylines/{slugify(n)}-96.jpg"} for n, r in zip(authors, a["roles"])],
        "publishedAt": pub.isoformat(), "firstPublishedAt": pub.isoformat(),
        "updatedAt": mod.isoformat() if mod else None, "displayUpdated": bool(mod),
        "displayTimezone": "America/New_York",
        "leadMedia": {"type": "image", "url": img_url, "width": 2048, "height": 1365, "alt": img["alt"],
                      "caption": img["caption"], "credit": img["credit"],
                      "crops": {"square": img_url.replace(".jpg", "-sq640.jpg"), "wide": img_url.replace(".jpg", "-w1280.jpg")}},
        **body_field,
        "tags": [{"name": t, "slug": slugify(t), "url": f"{HOST}/topic/{slugify(t)}"} for t in a["tags"]],
        "wordCount": words, "readingTimeMinutes": max(2, round(words / 240)),
        "access": {"paywall": "metered", "freeForAll": a.get("free", False)},
        "comments": {"enabled": False}, "syndication": {"allowed": False},
        "corrections": [{"text": it["text"], "date": mod.isoformat()} for it in items if it["type"] == "note"],
        "bio": a.get("bio"),
    }
    nav_data = [{"label": n, "url": f"{HOST}/{s}", "children": [{"label": x, "url": f"{HOST}/{s}/{slugify(x)}"} for x in subs]}
                for n, s, subs in SECTIONS]
    data = {"props": {"pageProps": {
        "article": article, "related": related,
        "mostPopular": [{"headline": t, "url": f"{HOST}/{p}/{slugify(t)}"} for t, p in MOST_POPULAR],
        "navigation": {"primary": nav_data, "footer": [{"heading": h, "links": [{"label": x, "url": f"{HOST}/{slugify(x)}"} for x in xs]} for h, xs in FOOTER_COLS]},
        "adConfig": {"network": "/7104223/northgate", "adUnitPath": f"/7104223/northgate/{sec_slug}/story",
                     "targeting": {"sec": sec_slug, "aid": a["cms_id"], "kw": [slugify(t) for t in a["tags"]], "tpl": a["template"]},
                     "slots": [{"id": "top", "sizes": [[728, 90], [970, 250]]}, {"id": "rail-1", "sizes": [[300, 250], [300, 600]]},
                               {"id": "rail-2", "sizes": [[300, 250]]}] + [{"id": it["slot"], "sizes": [[300, 250], [336, 280]]} for it in items if it["type"] == "ad"]},
        "featureFlags": {"giftArticles": True, "newNav2024": True, "audioPlayer": False, "clientOnlyStory": mode != "ssr",
                         "liveUpdates": False, "commentsV2": False},
        "meter": {"limit": 5, "windowDays": 30},
        "newsletterModule": {"id": "morning-ledger", "title": "The Morning Ledger", "frequency": "weekdays"},
        "__lang": "en", "__namespaces": {"common": {"loading": "Loading article…", "share": "Share", "gift": "Give this article",
                                                    "updated": "Updated", "published": "Published", "by": "By"}},
    }, "__N_SSP": True},
        "page": "/[section]/[...slug]", "query": {"section": sec_slug, "slug": url.split(f"/{sec_slug}/", 1)[1].split("/")},
        "buildId": BUILD_ID, "assetPrefix": STATIC, "runtimeConfig": {"apiBase": "https://api.northgateledger.example/v3", "imageCdn": STATIC},
        "isFallback": False, "gssp": True, "locale": "en-US", "locales": ["en-US"], "defaultLocale": "en-US", "scriptLoader": []}
    next_data = next_json(data)

    # ---- JSON-LD
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "url": url, "headline": headline, "alternativeHeadline": seo if seo != headline else None,
          "description": a.get("dek") or a["description"],
          "image": [{"@type": "ImageObject", "url": img_url, "width": 2048, "height": 1365, "caption": img["caption"]}],
          "datePublished": a.get("ld_published", pub).isoformat(), "dateModified": (mod or pub).isoformat(),
          "author": {"person": [{"@type": "Person", "name": n, "url": f"{HOST}/by/{slugify(n)}"} for n in authors],
                     "desk": [{"@type": "Organization", "name": a.get("desk", "Northgate Ledger Staff"), "url": f"{HOST}/"}],
                     "none": None}[a.get("ld_author", "person")],
          "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "url": f"{HOST}/",
                        "logo": {"@type": "ImageObject", "url": f"{STATIC}/brand/ledger-logo-600x60.png", "width": 600, "height": 60}},
          "articleSection": sec_name, "keywords": a["tags"], "wordCount": words, "inLanguage": "en-US",
          "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"}}
    ld = {k: v for k, v in ld.items() if v is not None}
    ld_json = _json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")

    pre, scr = next_scripts()
    desc = a.get("dek") or a["description"]

    # ---- visible article parts
    byline_names = []
    for i, n in enumerate(authors):
        sep = "" if i == 0 else (" and " if i == len(authors) - 1 else ", ")
        if sep:
            byline_names.append(f"<!-- -->{sep}<!-- -->")
        byline_names.append(f'<a class="{C("Byline_name")}" href="{HOST}/by/{slugify(n)}">{rx(n)}</a>')
    times = f'<time class="{C("Byline_time")}" dateTime="{pub.isoformat()}">{"Published " if mod else ""}<!-- -->{ap_time(pub)}</time>'
    if mod:
        times += f'<time class="{C("Byline_time")}" dateTime="{mod.isoformat()}">Updated <!-- -->{ap_time(mod)}</time>'
    header = (f'<header class="{C("Story_header")}">'
              + (f'<p class="{C("Story_kicker")}">{rx(a["kicker"])}</p>' if a.get("kicker") else "")
              + f'<h1 class="{C("Story_headline")}" data-testid="headline">{rx(headline)}</h1>'
              + (f'<p class="{C("Story_dek")}">{rx(a["dek"])}</p>' if a.get("dek") else "")
              + f'<div class="{C("Byline_root")}"><span>By <!-- -->{"".join(byline_names)}</span>{times}</div>'
              + share_html(url, headline) + "</header>")
    figure = (f'<figure class="{C("Media_figure")}"><img alt="{rx(img["alt"])}" src="{img_url.replace(".jpg", "-w1280.jpg")}" '
              f'srcSet="{img_url.replace(".jpg", "-w640.jpg")} 640w, {img_url.replace(".jpg", "-w1280.jpg")} 1280w, {img_url} 2048w" '
              f'sizes="(max-width: 1023px) 100vw, 860px" width="1280" height="853" decoding="async" fetchpriority="high"/>'
              f'<figcaption class="{C("Media_caption")}">{rx(img["caption"])}<span class="{C("Media_credit")}">{rx(img["credit"])}</span></figcaption></figure>')
    topics = ""
    if a.get("show_topics"):
        topics = (f'<div class="{C("Topics_root")}"><h2 class="{C("Rail_heading")}">Related Topics</h2><ul class="{C("Topics_list")}">'
                  + "".join(f'<li><a class="{C("Topics_tag")}" href="{HOST}/topic/{slugify(t)}">{rx(t)}</a></li>' for t in a["tags"]) + "</ul></div>")
    bio = f'<div class="{C("AuthorBio_root")}"><p>{rx(a["bio"])}</p></div>' if a.get("bio") and mode == "ssr" else ""

    if mode == "ssr":
        main_inner = (f'<article class="{C("Story_root")} meteredContent" id="story">{header}{figure}'
                      f'<div class="{C("StoryBody_wrap")}">{split_sections(body_html(items), C("StoryBody_root"))}</div>'
                      f'{topics}{bio}</article>')
    elif mode == "shell":
        main_inner = f'<div id="story-root" class="{C("Story_root")}" data-story-id="{a["cms_id"]}">{skeleton_html()}</div>'
    else:  # noscript fallback
        fallback = (f'<article class="{C("Noscript_root")}">{header}{figure}'
                    f'<section class="{C("StoryBody_root")}" name="articleBody">{body_html([i for i in items if i["type"] not in ("ad", "card")]).replace(chr(0), "")}</section></article>')
        main_inner = (f'<div id="story-root" class="{C("Story_root")}" data-story-id="{a["cms_id"]}">{skeleton_html()}</div>'
                      f'<noscript>{fallback}</noscript>')

    more = more_html(a["related"]) if a.get("show_more") else ""
    mod_meta = f'<meta property="article:modified_time" content="{(mod or pub).isoformat()}"/>'
    pub_meta = f'<meta property="article:published_time" content="{pub.isoformat()}"/>' if a.get("meta_pub", True) else ""
    tag_meta = "".join(f'<meta property="article:tag" content="{rx(t)}"/>' for t in a["tags"])
    author_meta = "".join(f'<meta property="article:author" content="{HOST}/by/{slugify(n)}"/>' for n in authors) if a.get("meta_author", True) else ""

    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{rx(seo)} - {NAME}</title><meta name="description" content="{rx(desc)}"/><link rel="canonical" href="{url}"/><meta name="robots" content="index, follow, max-image-preview:large"/><meta property="og:type" content="article"/><meta property="og:site_name" content="{NAME}"/><meta property="og:title" content="{rx(a.get("social", a.get("og", seo)))}"/><meta property="og:description" content="{rx(desc)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{img_url.replace(".jpg", "-facebookJumbo.jpg")}"/><meta property="og:image:alt" content="{rx(img["alt"])}"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@northgateledger"/><meta name="twitter:title" content="{rx(a.get("social", seo))}"/><meta name="twitter:description" content="{rx(desc)}"/><meta name="twitter:image" content="{img_url.replace(".jpg", "-videoSixteenByNine3000.jpg")}"/>{pub_meta}{mod_meta}<meta property="article:section" content="{rx(sec_name)}"/>{tag_meta}{author_meta}<meta name="byl" content="By {rx(" and ".join(authors) if len(authors) < 3 else ", ".join(authors[:-1]) + " and " + authors[-1])}"/><meta name="ledger:story-id" content="{a["cms_id"]}"/><meta name="ledger:template" content="{a["template"]}"/><link rel="icon" href="{STATIC}/brand/favicon.ico"/><link rel="apple-touch-icon" href="{STATIC}/brand/apple-touch-icon-180.png"/><link rel="manifest" href="/manifest.webmanifest"/><link rel="preconnect" href="{STATIC}"/><link rel="preconnect" href="https://api.northgateledger.example"/><script type="application/ld+json">{ld_json}</script>{head_scripts(sec_slug, a["cms_id"], authors, a["tags"])}<meta name="next-head-count" content="38"/><link rel="preload" href="{STATIC}/_next/static/media/ledger-serif-700.a83f2c.woff2" as="font" type="font/woff2" crossorigin="anonymous"/><link rel="preload" href="{STATIC}/_next/static/media/ledger-sans-600.71be0d.woff2" as="font" type="font/woff2" crossorigin="anonymous"/><link rel="preload" href="{STATIC}/_next/static/css/4e1f0a9c2d7b8e35.css" as="style"/><link rel="stylesheet" href="{STATIC}/_next/static/css/4e1f0a9c2d7b8e35.css" data-n-g=""/><style data-n-href="/_next/static/css/b27c90d1e4a5f368.css">{css()}</style><style data-n-href="/_next/static/css/0f3a9d7e21c4b586.css">{ATOMS}</style><script>window.__tcfVendorList={_json.dumps({"gvlSpecificationVersion": 3, "vendorListVersion": 87, "vendors": _vendors("northgate", 90)}, ensure_ascii=False)};</script><script>window.pbjs=window.pbjs||{{que:[]}};pbjs.que.push(function(){{pbjs.addAdUnits({_json.dumps(_prebid(a["cms_id"], [("top", [[728, 90], [970, 250]]), ("rail-1", [[300, 250], [300, 600]]), ("rail-2", [[300, 250]]), ("inline-1", [[300, 250], [336, 280]]), ("inline-2", [[300, 250], [336, 280]]), ("inline-3", [[300, 250]])]))});pbjs.setConfig({{"priceGranularity":"dense","bidderTimeout":1200,"userSync":{{"filterSettings":{{"iframe":{{"bidders":"*","filter":"include"}}}}}}}})}});</script><noscript data-n-css=""></noscript><script defer="" nomodule="" src="{STATIC}/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>{pre}</head><body>{SPRITE}<noscript><img src="https://tm.northgateledger.example/px.gif?id=GTM-N7LDG42&amp;aid={a["cms_id"]}" height="1" width="1" style="display:none" alt=""/></noscript><div id="__next"><div class="{C("Layout_root")}"><a class="visually-hidden" href="#site-content">Skip to content</a>{ad_slot("top", top=True)}{masthead()}{nav_html(a["nav_active"])}<div class="{C("Page_wrapper")}"><div class="{C("Page_container")}"><div id="site-content" class="{C("Page_grid")}"><main id="main" class="{C("Page_main")}"><div class="{C("Page_column")}">{main_inner}</div></main>{rail_html()}</div></div></div>{more}{footer_html()}{consent_html()}</div></div><script id="__NEXT_DATA__" type="application/json">{next_data}</script>{scr}</body></html>"""


# ---------------------------------------------------------------- articles

def P(t):
    return {"type": "paragraph", "text": t}


def H(t):
    return {"type": "heading", "level": 2, "text": t}


def AD(n):
    return {"type": "ad", "slot": f"inline-{n}"}


ARTICLES = []

# 01: long feature, server-rendered body + hydration data ----------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-01", cms_id="100000006721934", template="feature", mode="ssr", body_format="objects",
    og="An Island Town Decides Whether to Stay After Its Ferry Stops",
    url=f"{HOST}/us/2019/09/22/carver-island-maine-ferry-ends.html",
    section=("U.S.", "us"), nav_active="us", subsection="Maine",
    kicker="The Long Read",
    headline="When the Ferry Stops: An Island Town Decides Whether to Stay",
    dek=("For 112 years a boat has connected Carver Island to the Maine coast. Next spring the service ends, "
         "and its 340 year-round residents are deciding what a community is worth."),
    authors=["Maren Oakhurst"], roles=["National Correspondent"],
    bio=("Maren Oakhurst is a national correspondent for The Northgate Ledger, covering rural America "
         "and small communities in New England. She has reported from all six New England states since 2012."),
    published=_dt.datetime(2019, 9, 22, 6, 0, tzinfo=EDT), modified=None,
    image=dict(file="carver-island-ferry.jpg", alt="A ferry crossing gray water toward a wooded island at dawn.",
               caption="The Margaret L. leaves the granite pier on Carver Island on the first run of the morning.",
               credit="Eli Brandvold for The Northgate Ledger"),
    tags=["Maine", "Ferries", "Rural America", "Islands", "Transportation"],
    show_topics=True, show_more=True,
    related=[(MORE_HEADLINES[0], _dt.datetime(2019, 8, 30, 5, 0, tzinfo=EDT), "us/2019/08/30/town-pool-closes.html"),
             (MORE_HEADLINES[1], _dt.datetime(2019, 9, 12, 14, 10, tzinfo=EDT), "business/2019/09/12/lobster-prices.html"),
             (MORE_HEADLINES[2], _dt.datetime(2019, 7, 21, 6, 0, tzinfo=EDT), "us/2019/07/21/lighthouse-fight.html"),
             (MORE_HEADLINES[4], _dt.datetime(2019, 9, 3, 9, 30, tzinfo=EDT), "us/2019/09/03/library-on-wheels.html")],
    body=[
        P("At 6:40 on a gray September morning, the Margaret L. eased away from the granite pier on Carver Island with 11 cars, a propane truck, a pallet of school lunches and 23 people on board. Most of them had made the crossing hundreds of times. Few of them looked at the water. They looked back at the island, the way people do when they are trying to memorize something."),
        P("The ferry has run between Carver Island and the mainland town of Port Hallet for 112 years, through two world wars, hard times and a winter in 1934 when the bay froze so hard that islanders walked across. In April, it will stop. Bayline Marine Transit, the private company that has operated the route since 1987, announced in June that it would not renew its contract, citing fuel costs, an aging vessel and a passenger count that has fallen by more than half since 2000."),
        P("No other operator has stepped forward. The Island Passage Authority, the small public board that oversees service to seven inhabited islands in Penobscot Bay, has said it cannot take over the route without new money, and none has been set aside."),
        P("That leaves the island's 340 year-round residents facing a question that mainland towns rarely have to ask out loud: Is this place still possible? Over the past three months, The Ledger spent time with more than 40 of them, fishermen and teachers, retirees and teenagers, a nurse, a minister and the man who runs the island's only store, as they decided whether to stay, go, or try to build something new."),
        P("\"Everybody has a plan,\" said Ruth Anne Dyer, 68, who has lived on the island all her life and runs its post office out of a converted boathouse. \"Nobody has the same plan. That's the problem.\""),
        AD(1),
        H("A schedule written in tides"),
        P("Life on Carver Island has always been organized around the boat. The ferry makes three round trips a day in summer and two in winter, a 55-minute crossing that costs $14 for a walk-on passenger and $46 for a car and driver. Groceries come on the boat. So do the mail, the doctor, the fuel oil, the building inspector and the substitute teacher."),
        P("Islanders keep the schedule taped inside kitchen cabinets and know it the way other people know their children's birthdays. Miss the 3:15 in January and you spend the night in Port Hallet, paying for a motel room you did not plan on. Miss it often enough and you start to wonder why you are doing this at all."),
        P("\"People from away think it's romantic,\" said Tom Haskell, 54, a lobsterman who keeps his boat in the island's harbor and his truck in a rented space on the mainland. \"It is romantic, for about a week. Then it's just logistics. It's logistics every single day.\""),
        P("Haskell, like most of the island's fishermen, could keep working without the ferry. He has his own boat. But his wife, Jenna, commutes to a job at a dental office in Port Hallet, and their two children will start high school on the mainland in the next four years. Without a scheduled ferry, the family would need a second boat, a second mooring and a plan for the days when the wind makes a small-boat crossing dangerous. \"We've done the math three different ways,\" he said. \"It comes out the same every time.\""),
        P("The island's only school, a two-room building that houses 19 students from kindergarten through eighth grade, depends on the boat in less obvious ways. Its two teachers live on the island, but specialists in speech therapy and special education visit once a week from the mainland. So does the school nurse. \"Without the ferry, those services simply stop,\" said Karen Whitlock, the head teacher. \"And then the families with kids who need them will leave. I'd leave, if I were them.\""),
        P("Health care is the other worry. The island has no doctor. A nurse practitioner, Sarah Littlefield, holds clinic hours two days a week in a room above the fire station, and a volunteer ambulance crew of six can stabilize a patient until a boat or, in good weather, a helicopter arrives. Last year the crew answered 41 calls. In 29 of them, the patient left the island on the ferry."),
        H("The money problem"),
        P("On paper, the ferry's problem is simple. The route lost about $610,000 last year, according to figures Bayline provided to the authority, and the company says it would need to replace the 41-year-old Margaret L. within five years at a cost of roughly $9 million. Ticket revenue covers about 45 percent of operating costs. The rest has come from a patchwork of state grants, a county subsidy and, increasingly, the company's profits on busier summer routes."),
        P("\"We carried this route for a long time because it was the right thing to do,\" said Gordon Pell, Bayline's chief executive, in an interview at the company's offices in Port Hallet. \"But we are not a charity, and I have to answer to the people whose jobs depend on the rest of this business. I would love for someone to prove me wrong about the numbers.\""),
        P("Islanders do not dispute the numbers so much as the framing. A road, they point out, is not expected to make a profit. The state plows and paves the road to the smallest inland town without asking whether the drivers who use it cover the cost. \"The ferry is our road,\" said Walter Ames, 77, a retired engineer who chairs the island's board of selectmen. \"Nobody asks a road to break even.\""),
        {"type": "card", "title": "Rural Hospitals Are Closing Maternity Wards. Here's Where Women Go Instead.", "path": "us/2019/08/12/rural-maternity-wards.html"},
        AD(2),
        P("The Island Passage Authority has floated several alternatives: a smaller, cheaper passenger-only boat; a reduced winter schedule; a water taxi on call. Each would save money. Each would also, residents say, make island life harder in ways that are difficult to price. A passenger-only boat means no cars, which means no propane deliveries, no contractors with tools and no way to get an elderly parent to a hospital without a stretcher transfer on a wet dock."),
        P("Leah Brannigan, the authority's executive director, said she understood the frustration but had to work within her budget. \"We have seven islands, and all of them are telling me their service is essential,\" she said. \"They're right. The question is who pays. Right now the answer is nobody, and that's not an answer.\""),
        H("Those who are leaving"),
        P("At least 14 households have told neighbors they intend to move to the mainland before the ferry stops, according to a tally kept informally by the island's church. That would be about one in ten of the year-round homes on the island, and the effect could compound: fewer families means fewer children, which could put the school's future in doubt, which could push out more families."),
        P("Among those leaving are Marcus and Alina Petrov, who moved to Carver Island from Boston six years ago with their daughter, bought a shingled farmhouse and opened a small bakery that sells bread and pastries on the dock in summer. Alina grew up in Bulgaria, in a village she says was not so different: small, close, a long way from anywhere. \"I thought I had found it again,\" she said, standing in the bakery's kitchen, now half-packed into boxes."),
        P("Her husband, a software developer who works remotely, said the decision came down to their daughter, who has asthma. \"Twice last winter the boat didn't run for two days because of weather,\" he said. \"Both times I stood at the window and thought, if something happens tonight, what do we do? I can't keep thinking that.\""),
        P("Others are leaving more reluctantly. Edith Coombs, 84, has lived in the same house on the island's north shore since 1958. Her son, who lives in Bangor, has found her an apartment in an assisted-living home there. She has not yet agreed to go. \"He says it's for my safety,\" she said, \"and he's right, and I'm still angry about it.\""),
        H("Those who are staying"),
        P("For every family packing boxes, there is another insisting that the island will outlast the boat. Some of them are lobstermen with their own vessels who see the end of the ferry as an inconvenience rather than a catastrophe. Others are newer residents who came precisely because the island was hard to reach and do not mind if it gets harder."),
        P("The most organized of them have formed a group called the Carver Island Transit Cooperative, which wants to buy a used vessel and run a scaled-down ferry service owned by the islanders themselves. The group has raised about $380,000 in pledges, most of it from summer residents, and has hired a consultant to draw up a business plan. Its target is $1.2 million by the end of the year."),
        {"type": "card", "title": "A Library on Wheels Reaches Towns Without One", "path": "us/2019/07/29/library-on-wheels.html"},
        AD(3),
        P("\"It's a long shot, and we know it's a long shot,\" said Dana Whitcomb, 39, a former merchant mariner who leads the cooperative. \"But this island was settled by people who rowed here. We can figure out a boat.\""),
        P("The cooperative's plan would rely heavily on volunteers to handle freight and ticketing, and on a licensed captain paid a full-time salary. Whitcomb has spoken with captains in three states; two have expressed interest. The bigger obstacle may be insurance, which the consultant estimates could cost the cooperative more than $150,000 a year."),
        P("Ben Thibodeau, who runs the island's only store, has already started planning for a world without a daily boat. He has bought a second walk-in freezer, arranged for a mainland wholesaler to deliver by barge twice a month and begun taking standing orders from customers, so he knows what to stock. \"If the cooperative works, great,\" he said. \"If it doesn't, people still need to eat. I'd rather be ready than surprised.\""),
        P("Even some supporters are skeptical. \"I've pledged money, and I'll pledge more,\" Ruth Anne Dyer said at the post office. \"But I've been around long enough to see a lot of good ideas die at the dock. I'll believe it when I'm standing on the deck.\""),
        H("What other islands learned"),
        P("Carver Island is not the first island community to face this choice, and the history is mixed. Along the New England coast, at least a dozen year-round island settlements have emptied out over the past century after losing regular boat service, their houses now used only in summer, their schools closed, their cemeteries tended by descendants who visit once a year."),
        P("But a few have found ways to keep going. Researchers at the Coastal Communities Project, an independent research group based in Portland, studied 18 small islands in the Northeast and found that those with some form of community-controlled transport were far more likely to keep a year-round population above 100 people. \"Ownership matters,\" said Helen Oyelaran, the group's director. \"When the boat belongs to the island, decisions about the schedule get made by people who have to live with them.\""),
        P("Oyelaran cautioned that the successful cases usually had something Carver Island lacks: a steady source of outside money, whether from a wealthy summer colony, a tourism business that runs year-round, or a local tax that residents agreed to pay. \"The cooperative model works,\" she said. \"It does not work for free.\""),
        P("One of the islands in the study, a community of about 150 people farther down the coast, bought a retired ferry in 2009 for $310,000 and has run it ever since with a paid crew of four and a roster of volunteers. Its fares are higher than Carver Island's, and its schedule is thinner in winter. But its school is still open, and its population has grown slightly over the past decade."),
        P("The island's summer residents, who own about 160 houses and outnumber the year-round population in July and August, could be that source. Many of them have pledged to the cooperative. But their interest in a winter ferry is limited, and some have privately told island officials they would prefer a cheaper summer-only service."),
        H("A vote in the school gym"),
        P("On the second Tuesday of September, about 200 people crowded into the school's small gymnasium for a special town meeting. The agenda had one substantive item: whether the island should raise its property tax rate by about 30 percent to create a transportation fund that could support the cooperative, or any future operator, for at least five years."),
        P("The debate lasted three and a half hours. A fisherman argued that the tax would fall hardest on the families who could least afford it. A summer resident from Connecticut, who could not vote but was allowed to speak, said she would pay her share gladly. A teenager named Caleb Haskell, Tom's son, stood up, said that he wanted to live on the island when he grew up, and sat down again, red-faced, to the loudest applause of the night."),
        P("When the votes were counted by hand, the measure passed, 118 to 74."),
        P("Nobody pretended it settled anything. The fund will raise perhaps $400,000 a year, not enough on its own to run a ferry. The cooperative still needs a boat, a captain and insurance. Bayline still plans to stop service in April. The Island Passage Authority still has no money. But the vote did something the numbers could not: It told the people leaving, and the people staying, how many of their neighbors were still willing to bet on the place."),
        P("\"I walked out of there thinking we might actually do it,\" Walter Ames said the next morning, standing on the pier as the Margaret L. came around the point. \"And then I thought, well, we'd better.\""),
        P("Behind him, a line of cars was already forming for the 6:40 boat."),
    ],
    entities=[("Carver Island", "LOC"), ("Maine", "LOC"), ("Margaret L.", "MISC"), ("Port Hallet", "LOC"),
              ("Bayline Marine Transit", "ORG"), ("Bayline", "ORG"), ("Island Passage Authority", "ORG"),
              ("Penobscot Bay", "LOC"), ("The Ledger", "ORG"), ("Ruth Anne Dyer", "PER"), ("Tom Haskell", "PER"),
              ("Haskell", "PER"), ("Jenna", "PER"), ("Karen Whitlock", "PER"), ("Gordon Pell", "PER"),
              ("Walter Ames", "PER"), ("Leah Brannigan", "PER"), ("Marcus", "PER"), ("Alina Petrov", "PER"),
              ("Alina", "PER"), ("Boston", "LOC"), ("Bulgaria", "LOC"), ("Edith Coombs", "PER"), ("Bangor", "LOC"),
              ("Carver Island Transit Cooperative", "ORG"), ("Dana Whitcomb", "PER"), ("Whitcomb", "PER"),
              ("New England", "LOC"), ("Coastal Communities Project", "ORG"), ("Portland", "LOC"),
              ("Northeast", "LOC"), ("Helen Oyelaran", "PER"), ("Oyelaran", "PER"), ("Connecticut", "LOC"),
              ("Caleb Haskell", "PER"), ("Tom", "PER"), ("Sarah Littlefield", "PER"), ("Ben Thibodeau", "PER")],
    phenomena=["spa-hydration-data", "json-ld", "long-article", "subheadings", "kicker", "standfirst", "photo-caption",
               "split-body", "teasers-in-article", "inline-related",
               "share-bar", "tag-list", "author-bio", "newsletter-box", "cookie-banner", "nav-menu", "footer-links",
               "most-read", "related-list", "ad-slots", "decoy-date", "date-in-url", "local-time-zone", "html-entities",
               "localized-date"],
    notes="Body is server-rendered (React-escaped apostrophes and quotes) and repeated in __NEXT_DATA__; the 'The Long Read' label is a kicker and the lead-photo caption is optional (credit excluded). The 'Related' cards between the story's sections are inline teasers, not body.",
))

# 02: client-only story (app shell + skeleton), SEO title, update, list ------------------------
ARTICLES.append(dict(
    id=f"{SITE}-02", cms_id="100000009938215", template="news", mode="shell", body_format="objects", show_more=True,
    ld_published=_dt.datetime(2025, 1, 13, 16, 20, tzinfo=EST), ld_author="desk", desk="Northgate Ledger Business Desk",
    url=f"{HOST}/business/fairbrook-markets-ohio-store-closures-n1294471",
    section=("Business", "business"), nav_active="business", subsection="Retail",
    headline="Fairbrook Markets to Close 14 Ohio Stores as Grocery Price War Deepens",
    seo_title="Fairbrook Markets Closing 14 Stores in Ohio: See the Full List of Locations",
    social="Ohio grocer Fairbrook Markets is closing 14 stores. Here's where.",
    dek=("The Cincinnati-based chain, which employs about 9,000 people, said the closures would "
         "eliminate roughly 1,100 jobs by the end of March."),
    description="Fairbrook Markets said it would close 14 Ohio grocery stores by the end of March.",
    authors=["Derek Amundsen"], roles=["Retail Reporter"],
    published=_dt.datetime(2025, 1, 14, 17, 42, tzinfo=EST), modified=_dt.datetime(2025, 1, 14, 21, 8, tzinfo=EST),
    image=dict(file="fairbrook-markets-mansfield.jpg", alt="Shoppers outside a supermarket with a green awning.",
               caption="A Fairbrook Markets store in Mansfield, Ohio, one of 14 locations the chain plans to close.",
               credit="Nadia Koenig for The Northgate Ledger"),
    tags=["Fairbrook Markets", "Grocery Stores", "Ohio", "Layoffs", "Retail"],
    related=[("Discount Grocers Are Winning the Midwest. Here's Why.", _dt.datetime(2024, 11, 3, 7, 0, tzinfo=EST), "business/discount-grocers-midwest-n1287730"),
             ("Egg Prices Are Falling Again, but Not Everywhere", _dt.datetime(2025, 1, 9, 11, 25, tzinfo=EST), "business/egg-prices-falling-n1293012"),
             ("The Supermarket Self-Checkout Backlash Has Arrived", _dt.datetime(2024, 12, 18, 6, 0, tzinfo=EST), "business/self-checkout-backlash-n1291457")],
    body=[
        P("Fairbrook Markets, the family-controlled grocery chain that has been a fixture in Ohio for more than seven decades, said on Tuesday that it would close 14 of its 96 stores by the end of March, the latest sign of strain among regional grocers squeezed by national discounters and warehouse clubs."),
        P("The closures will affect about 1,100 employees, the company said in a statement. Workers at the affected stores will be offered positions at other locations \"where possible,\" and those who do not transfer will receive severance based on years of service."),
        P("\"These are painful decisions, and they affect people who have given a great deal to this company,\" Marianne Fairbrook Tully, the chain's chief executive and a granddaughter of its founder, said in the statement. \"But we have to make the company stronger for the 82 stores that will remain.\""),
        AD(1),
        P("The company said the stores being closed had been losing money for at least three years. Most are in smaller cities and suburbs where Fairbrook competes directly with newer discount chains. The stores that will close are:"),
        {"type": "list", "ordered": False, "items": [
            "Ashland, 1120 Claremont Avenue", "Bucyrus, 405 East Mansfield Street", "Chillicothe, 88 North Bridge Street",
            "Defiance, 1501 Clinton Street", "Findlay, 2230 Tiffin Avenue", "Fremont, 717 West State Street",
            "Lima, 1944 Elida Road", "Mansfield, 1260 Park Avenue West", "Marion, 600 Delaware Avenue",
            "Norwalk, 312 Milan Avenue", "Sandusky, 4015 Milan Road", "Tiffin, 150 West Market Street",
            "Wooster, 3280 Cleveland Road", "Zanesville, 2901 Maple Avenue"]},
        P("Analysts said the move was overdue. Fairbrook's share of the Ohio grocery market has slipped from about 14 percent in 2015 to under 9 percent last year, according to estimates from Redline Retail Analytics, a consulting firm in Columbus."),
        P("\"Regional chains are caught in the middle,\" said Omar Saleh, a partner at the firm. \"They can't match the discounters on price, and they can't match the big national players on technology and delivery. The ones that survive are going to be smaller and more focused.\""),
        P("The announcement comes as the grocery business in the Midwest has grown increasingly cutthroat. Several discount chains have opened dozens of stores in the region since 2022, and price competition on staples such as milk, eggs and bread has intensified as shoppers, still wary after years of high inflation, hunt for bargains."),
        AD(2),
        P("In Marion, where one of the chain's two stores will close, the news landed hard. \"That store is the only one I can walk to,\" said Gloria Penn, 71, who was loading groceries into her car outside the store on Tuesday afternoon. \"I don't drive much anymore. I don't know what I'm going to do.\""),
        P("Local officials in several of the affected towns said they had not been told in advance. The union representing about 6,000 Fairbrook workers, Grocery and Retail Workers Local 880, said it was reviewing the company's plans and would seek to negotiate terms for employees who lose their jobs."),
        P("Update, 9:05 p.m.: In a message to employees on Tuesday evening, Ms. Tully said the company would also close its distribution center in Lima in early 2026 and consolidate operations at its main warehouse near Dayton. The company did not say how many additional jobs would be affected."),
        P("Founded in 1951 as a single store in Hamilton, Fairbrook Markets grew through the 1970s and 1980s into one of the largest independent grocers in the state. The company remains privately held; members of the founding family control a majority of its shares."),
    ],
    entities=[("Fairbrook Markets", "ORG"), ("Fairbrook", "ORG"), ("Ohio", "LOC"), ("Cincinnati", "LOC"),
              ("Marianne Fairbrook Tully", "PER"), ("Tully", "PER"), ("Mansfield", "LOC"),
              ("Ashland", "LOC"), ("Bucyrus", "LOC"), ("Chillicothe", "LOC"), ("Defiance", "LOC"), ("Findlay", "LOC"),
              ("Fremont", "LOC"), ("Lima", "LOC"), ("Marion", "LOC"), ("Norwalk", "LOC"), ("Sandusky", "LOC"),
              ("Tiffin", "LOC"), ("Wooster", "LOC"), ("Zanesville", "LOC"),
              ("Redline Retail Analytics", "ORG"), ("Columbus", "LOC"), ("Omar Saleh", "PER"), ("Midwest", "LOC"),
              ("Gloria Penn", "PER"), ("Grocery and Retail Workers Local 880", "ORG"), ("Dayton", "LOC"), ("Hamilton", "LOC"),
              ("Claremont Avenue", "LOC"), ("East Mansfield Street", "LOC"), ("North Bridge Street", "LOC"), ("Clinton Street", "LOC"), ("Tiffin Avenue", "LOC"), ("West State Street", "LOC"), ("Elida Road", "LOC"), ("Park Avenue West", "LOC"), ("Delaware Avenue", "LOC"), ("Milan Avenue", "LOC"), ("Milan Road", "LOC"), ("West Market Street", "LOC"), ("Cleveland Road", "LOC"), ("Maple Avenue", "LOC")],
    phenomena=["spa-hydration-data", "json-ld", "title-differs-from-headline", "updated-date", "list-in-body", "standfirst",
               "photo-caption", "newsletter-box", "cookie-banner", "nav-menu", "footer-links", "most-read", "ad-slots",
               "decoy-date", "local-time-zone", "related-list", "tag-list"],
    notes="The server HTML is an app shell with a skeleton loader: headline, dek, dates, byline, caption and body exist only in __NEXT_DATA__ (and meta/JSON-LD); street names in the store list are tagged LOC as whole names (so 'Tiffin Avenue' is one mention, not the city). Adjudicated with the second annotation: the related stories (pageProps.related) and topic tags (article.tags) are in the hydration data and the app renders them, as on the server-rendered pages of the template, so related-list and tag-list apply (GUIDELINES 10); localized-date is not tagged because no written form of the date is in the page (the app formats the ISO publishedAt), and no share-bar because no share markup is. JSON-LD datePublished 2025-01-13T16:20-05:00 (the CMS creation time) is not used: the byline's publishedAt and article:published_time give 2025-01-14T17:42-05:00.",
))

# 03: client-only story, three authors, SEO title, body as HTML strings --------------------
ARTICLES.append(dict(
    id=f"{SITE}-03", cms_id="100000007204418", template="news", mode="shell", body_format="html-array", show_more=True, meta_pub=False,
    url=f"{HOST}/science/2020/07/08/carolina-methane-seep-field-survey.html",
    section=("Science", "science"), nav_active="science", subsection="Oceans",
    headline="Deep-Sea Survey Finds a Sprawling Methane Seep Field Off the Carolinas",
    seo_title="Scientists Discover Huge Methane Seep Field Off North Carolina Coast",
    dek=("Researchers mapped more than 1,900 seeps along a 40-mile stretch of the continental slope, a finding "
         "that could change estimates of how much methane escapes from the Atlantic seafloor."),
    description="A research expedition mapped more than 1,900 methane seeps off North Carolina.",
    authors=["Priya Ramaswamy", "Tomasz Wierzbicki", "Delia Fontaine"],
    roles=["Science Reporter", "Graphics Editor", "Climate Reporter"],
    published=_dt.datetime(2020, 7, 8, 12, 30, tzinfo=EDT), modified=None,
    image=dict(file="methane-seep-rov.jpg", alt="Bubbles rising from a dark seafloor lit by a spotlight.",
               caption="Bubbles of methane rise from a vent on the seafloor in an image captured by the expedition's remotely operated vehicle.",
               credit="Halvorsen Ocean Institute"),
    tags=["Oceans", "Methane", "Climate Change", "North Carolina", "Marine Biology"],
    related=[("Scientists Track a Shark Across 5,000 Miles of Ocean", _dt.datetime(2020, 6, 23, 10, 0, tzinfo=EDT), "science/2020/06/23/shark-tracking.html"),
             ("The Gulf Stream Is Slowing. What Happens Next?", _dt.datetime(2020, 5, 29, 6, 0, tzinfo=EDT), "science/2020/05/29/gulf-stream-slowing.html"),
             ("A Robot Submarine Spent a Year Under the Ice", _dt.datetime(2020, 7, 1, 15, 45, tzinfo=EDT), "science/2020/07/01/robot-submarine-ice.html")],
    body=[
        P("A team of ocean scientists has mapped a vast field of methane seeps on the seafloor off the coast of North Carolina, finding more than 1,900 separate vents strung along a 40-mile stretch of the continental slope, far more than had been recorded anywhere else along the East Coast of the United States."),
        P("The survey, conducted over 26 days in May and June aboard the research vessel Aldous Gray, used a ship-mounted sonar that can detect columns of gas bubbles rising through the water. The results were released on Wednesday by the Halvorsen Ocean Institute, a private research center in Wilmington that led the expedition."),
        P("\"We knew there were seeps out there. We did not expect to find them everywhere we looked,\" said Dr. Nadia Cortland, the institute's chief scientist and the expedition's leader. \"Some of these plumes rise more than 1,000 feet off the bottom. On the sonar screen they look like a forest.\""),
        P("Methane seeps form where gas, produced by microbes or by heat deep in the sediments, escapes through cracks in the seafloor. Most of the gas dissolves in seawater long before it reaches the surface, where it is consumed by bacteria. But methane is a potent greenhouse gas, and scientists have been trying for years to pin down how much of it leaks from the world's continental margins."),
        AD(1),
        H("Why it matters"),
        P("The new field lies at depths between about 1,300 and 2,600 feet, in a zone where methane can be locked in ice-like structures called hydrates when the water is cold enough. Some researchers have warned that warming ocean currents could destabilize those hydrates and release more gas."),
        P("Dr. Cortland said it was too early to say whether the seeps were a recent phenomenon or had been active for thousands of years. The team collected 64 sediment cores and water samples that will be analyzed over the coming months to determine the age and origin of the gas. \"That is the question everybody is going to ask, and we want to answer it carefully,\" she said."),
        P("Scientists not involved in the expedition said the findings underscored how little is known about the seafloor, even close to shore. \"This is a stretch of ocean that ships cross every day, and we are only now discovering what is happening on the bottom,\" said Dr. Samuel Okafor, a marine geochemist at the Bellweather Marine Laboratory in Maine, who reviewed the preliminary data. \"That should humble all of us.\""),
        P("Dr. Okafor cautioned against assuming that the seeps were contributing significantly to atmospheric methane. \"In most settings like this, very little of the gas makes it to the air,\" he said. \"The more interesting story may be the ecosystems.\""),
        H("Life without sunlight"),
        P("The team's remotely operated vehicle photographed dense mats of bacteria, beds of mussels and clams, and colonies of tube worms clustered around several of the vents, communities that draw their energy from chemicals in the seeping fluids rather than from sunlight. At least two species of snail collected during the survey may be new to science, Dr. Cortland said."),
        P("The expedition was funded by a $2.4 million grant from the Tidewater Foundation, a philanthropy that supports ocean research. The institute plans to return to the site next spring with instruments that can stay on the seafloor for a year, measuring how the flow of gas changes with the seasons."),
        P("\"One survey gives you a snapshot,\" Dr. Cortland said. \"What we need now is the movie.\""),
    ],
    entities=[("Carolinas", "LOC"), ("North Carolina", "LOC"), ("Atlantic", "LOC"), ("East Coast", "LOC"),
              ("United States", "LOC"), ("Aldous Gray", "MISC"), ("Halvorsen Ocean Institute", "ORG"),
              ("Wilmington", "LOC"), ("Nadia Cortland", "PER"), ("Cortland", "PER"), ("Samuel Okafor", "PER"),
              ("Okafor", "PER"), ("Bellweather Marine Laboratory", "ORG"), ("Maine", "LOC"), ("Tidewater Foundation", "ORG")],
    phenomena=["spa-hydration-data", "json-ld", "multiple-authors", "title-differs-from-headline", "subheadings",
               "standfirst", "photo-caption", "date-in-url", "newsletter-box", "cookie-banner", "nav-menu",
               "footer-links", "most-read", "ad-slots", "decoy-date", "local-time-zone",
               "related-list", "tag-list"],
    notes="App-shell page: the article (as an array of HTML strings) is only in __NEXT_DATA__; three bylined authors; the lead-image caption is optional and its institutional credit is excluded. As adjudicated on northgate-ledger-02: the related stories and topic tags in the hydration data are rendered by the app (related-list, tag-list); the date exists only as ISO publishedAt, so no localized-date.",
))

# 04: noscript fallback + hydration data, update with correction -------------------------
ARTICLES.append(dict(
    id=f"{SITE}-04", cms_id="100000004940172", template="news", mode="noscript", body_format="html-string", ld_author="none",
    url=f"{HOST}/us/education/tamarack-valley-four-day-school-week-colorado",
    section=("U.S.", "us"), nav_active="us", subsection="Education",
    headline="A Colorado School District Tried a Four-Day Week. Now Parents Are Split Over Keeping It.",
    description="Eighteen months into a four-day school week, a rural Colorado district weighs whether to keep it.",
    authors=["Rebecca Lindqvist"], roles=["Education Reporter"],
    published=_dt.datetime(2017, 2, 27, 8, 15, tzinfo=EST), modified=_dt.datetime(2017, 2, 28, 9, 40, tzinfo=EST),
    image=dict(file="tamarack-valley-school-bus.jpg", alt="Students boarding a yellow school bus beside snowy fields.",
               caption="Students board a bus after classes on a Friday, the last school day of the week in the Tamarack Valley district.",
               credit="Luis Ortega for The Northgate Ledger"),
    tags=["Education", "Colorado", "Rural America", "Schools"],
    related=[("In the Mountains, a Boom in Tiny Schools", _dt.datetime(2017, 1, 30, 6, 0, tzinfo=EST), "us/education/mountain-tiny-schools"),
             ("Why Teachers Are Leaving Rural Districts", _dt.datetime(2016, 11, 14, 7, 30, tzinfo=EST), "us/education/teachers-leaving-rural-districts"),
             ("How a Snowstorm Changed One County's Election", _dt.datetime(2016, 11, 20, 9, 0, tzinfo=EST), "us/snowstorm-county-election")],
    body=[
        P("When the Tamarack Valley School District switched to a four-day school week in the fall of 2015, administrators pitched it as a way to save money and recruit teachers in a rural corner of Colorado where both were scarce. Eighteen months later, the district is preparing to decide whether to make the schedule permanent, and the community is deeply divided."),
        P("Under the schedule, the district's roughly 2,300 students attend classes Tuesday through Friday, with longer days to make up most of the lost instruction time. Mondays are used for teacher training, tutoring and optional activities, including a child care program the district runs at a reduced fee."),
        P("District officials say the change has saved about $410,000 a year, mostly in transportation and utility costs, and has made it easier to fill vacancies. Applications for teaching jobs rose by nearly 40 percent in the first year, according to the district. \"Teachers tell us the schedule is the reason they came,\" said Superintendent Gail Herrera. \"In a place where we can't compete on salary, that matters.\""),
        AD(1),
        P("But the academic results have been mixed. Reading scores in the elementary grades held steady, while math scores in the middle school dipped slightly, a drop the district attributes in part to a new state test. A study commissioned by the school board and conducted by researchers at the Front Range Education Policy Center found no clear effect on achievement in either direction."),
        P("The sharpest complaints have come from working parents, who say the fifth day has become a weekly scramble for child care. \"It's fine if you have a grandparent nearby or a job that lets you work from home,\" said Marisol Vega, a nurse with two children in the district's elementary school. \"I don't have either. I pay for Monday out of my own pocket, every week.\""),
        P("Others have embraced the change. Jim Turley, who owns a cattle ranch outside the town of Cedar Bluff, said his sons now spend Mondays working alongside him. \"They're learning things a classroom can't teach them,\" he said. \"I'd fight to keep it.\""),
        P("Four-day weeks have spread quickly in rural districts in Colorado and elsewhere in the West, where long bus routes and small budgets make every day of operation expensive. Supporters say the schedule improves attendance and morale; critics say it shortchanges the students who most need time in school."),
        P("The school board is expected to vote on the schedule in April, after a series of public meetings. The first, held last Thursday in the high school cafeteria, drew more than 300 people and ran past 10 p.m. Aaron Whitfield, the board's president, said he had not decided how he would vote. \"I've heard good arguments on both sides,\" he said. \"Whatever we do, some people are going to be unhappy.\""),
        {"type": "note", "text": "Correction: Feb. 28, 2017. An earlier version of this article misstated the number of students in the district. It is about 2,300, not 3,200."},
    ],
    entities=[("Colorado", "LOC"), ("Tamarack Valley School District", "ORG"), ("Tamarack Valley", "ORG"), ("Gail Herrera", "PER"),
              ("Front Range Education Policy Center", "ORG"), ("Marisol Vega", "PER"), ("Jim Turley", "PER"),
              ("Cedar Bluff", "LOC"), ("West", "LOC"), ("Aaron Whitfield", "PER")],
    phenomena=["spa-hydration-data", "noscript-content", "json-ld", "updated-date", "correction-note", "photo-caption",
               "share-bar", "newsletter-box", "cookie-banner", "nav-menu", "footer-links", "most-read", "ad-slots",
               "decoy-date", "local-time-zone", "html-entities", "localized-date", "related-list", "tag-list"],
    notes="The article is given twice: as a React-rendered <noscript> fallback and as one HTML string in __NEXT_DATA__ (the visible shell is a skeleton); the dated correction is an optional note block and explains the update time. Adjudicated with the second annotation: the visible 'Feb. 27, 2017' dates use a month name (localized-date), and the app renders the related stories and topic tags from the hydration data (related-list, tag-list); 'Tamarack Valley' in the caption ('the Tamarack Valley district') is the short name of the Tamarack Valley School District, an organisation, so it stays ORG (GUIDELINES 9.4): the page names no place called Tamarack Valley.",
))


ATOMS = _atomic_css("ngl-")
SPRITE = _sprite("northgate-ledger", "ngl", ["logo", "chevron", "menu", "search", "facebook", "x", "linkedin", "email", "link",
                                            "gift", "play", "close", "bookmark", "arrow", "account", "audio"])


def build(a):
    html_text = page(a)
    blocks = gold_blocks(a["body"])
    lead = 0
    if a.get("dek"):
        blocks.insert(0, Block("paragraph", a["dek"], optional=True))
        lead = 1
    blocks.insert(lead, Block("caption", a["image"]["caption"], optional=True))
    art = Article(
        id=a["id"], site=SITE, url=a["url"], language="en", headline=a["headline"],
        published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
        authors=a["authors"], summary=a.get("dek", ""), blocks=blocks, entities=a["entities"],
        phenomena=a["phenomena"], notes=a.get("notes", ""))
    return art, html_text


if __name__ == "__main__":
    for a in ARTICLES:
        art, html_text = build(a)
        emit(art, html_text, "utf-8")
        print(f"{a['id']}\t{len(html_text.encode('utf-8')) / 1024:.1f} KB")
