import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Tidewater Live (tidewater-live): an invented regional news site for Hampton Roads, Virginia,
whose story pages are live blogs rendered by a hosted live-coverage module inside a commercial
news template: a "Key points" box, an optional pinned post, timestamped entries newest first
(with entry authors, share links and ad slots between them), embedded social posts (blockquote
embed code plus the network's widget script), a LiveBlogPosting JSON-LD block, a consent-manager
config, tag-manager and ad-loader snippets, mega menu, most-read and "More live coverage" lists,
long footer. Times are US Eastern. Some blogs show relative times ("12 min ago") only.

Metadata personality (realism wave): the hosted module writes LiveBlogPosting JSON-LD whose author is
the bylined staff, the first reporter only, the "Tidewater Live Staff" desk or nothing; the template
writes article:published_time from the blog's CMS record (the evening before, when a blog was set up
in advance), its update time, or not at all; meta author is the byline, missing, or the staff profile
URLs. The feed is split by inline ads, "Read more" teasers and an alerts box into two containers on
some blogs, and the module's v2 markup uses <div>s for posts and story (no <article>). Menus, the
consent vendor list, ad-auction config and the blog's post state are JSON in scripts."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
from urllib.parse import quote as _quote

SITE = "tidewater-live"
HOST = "https://www.tidewaterlive.example"
CDN = "https://media.tidewaterlive.example"
NAME = "Tidewater Live"
EDT = _dt.timezone(_dt.timedelta(hours=-4))
EST = _dt.timezone(_dt.timedelta(hours=-5))
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def strip(s):
    return _re.sub(r"\s+", " ", _html.unescape(_re.sub(r"<[^>]+>", "", s))).strip()


def slugify(s):
    s = s.lower().replace("’", "").replace("'", "")
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def zone(dt):
    return "EDT" if dt.utcoffset() == _dt.timedelta(hours=-4) else "EST"


def ap_time(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def ap_date(dt):
    return f"{AP_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def full_date(dt):
    return f"{FULL_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def rel(now, t):
    m = int((now - t).total_seconds() // 60)
    if m < 1:
        return "Just now"
    if m < 60:
        return f"{m} min ago"
    h = m // 60
    return f"{h} hr ago" if h == 1 else f"{h} hrs ago"


def d(y, mo, da, hh, mi, tz):
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)




# ---------------------------------------------------------------- page weight without visible text (realism wave)
# Real pages are heavy in markup, not in words: a consent manager's vendor list, an SVG icon sprite, a
# utility stylesheet, ad-auction configuration and widget state. All of it is generated here, seeded
# per page, with invented vendor names on reserved domains.

import random as _random

json_dumps = lambda o: _json.dumps(o, ensure_ascii=False, separators=(",", ":"))

_VA = ["Adkin", "Bramble", "Cobalt", "Dunmore", "Everly", "Fathom", "Glint", "Harrow", "Inkwell", "Juniper", "Kestrel",
       "Lattice", "Marlow", "Nimbus", "Orchard", "Pillar", "Quarry", "Rowan", "Sable", "Thistle", "Umber", "Vantor",
       "Willow", "Yarrow", "Zephyr", "Alder", "Birch", "Cinder", "Drift", "Ember"]
_VB = ["metrics", "reach", "signal", "bid", "pixel", "lens", "cast", "flow", "grid", "sense", "scope", "tap", "loop",
       "audience", "path", "ledger", "beacon", "relay", "insight", "xchange"]
_VS = ["Ltd", "Inc.", "GmbH", "SAS", "B.V.", "LLC", "AB", "S.L.", "Oy", "ApS"]


def vendor_list(seed, n=110):
    """A consent manager's vendor list as JSON (invented ad-tech vendors on .example domains)."""
    r = _random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        a, b = r.choice(_VA), r.choice(_VB)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        name = f"{a}{b} {r.choice(_VS)}"
        slug = f"{a}{b}".lower()
        purposes = sorted(r.sample(range(1, 12), r.randint(2, 7)))
        out.append({"id": 10 + len(out) * 3 + r.randint(0, 2), "name": name, "purposes": purposes,
                    "legIntPurposes": sorted(set(r.sample(range(2, 11), r.randint(0, 3))) - set(purposes)),
                    "flexiblePurposes": purposes[:r.randint(0, 2)], "specialPurposes": sorted(r.sample([1, 2, 3], r.randint(0, 2))),
                    "features": sorted(r.sample([1, 2, 3], r.randint(0, 3))), "specialFeatures": sorted(r.sample([1, 2], r.randint(0, 1))),
                    "policyUrl": f"https://www.{slug}.example/privacy", "cookieMaxAgeSeconds": r.choice([86400, 2592000, 31536000, 34164000]),
                    "usesCookies": True, "cookieRefresh": r.random() < .5, "usesNonCookieAccess": r.random() < .3,
                    "dataRetention": {"stdRetention": r.choice([30, 90, 180, 365, 395])},
                    "urls": [{"langId": "en", "privacy": f"https://www.{slug}.example/privacy", "legIntClaim": f"https://www.{slug}.example/legitimate-interest"}]})
    return json_dumps(out)


def icon_sprite(seed, names):
    """An inline SVG sprite of icons (symbols with path data), hidden, referenced by <use>."""
    r = _random.Random(seed)
    sym = []
    for nm in names:
        d = [f"M{r.randint(1, 23)} {r.randint(1, 23)}"]
        for _ in range(r.randint(8, 22)):
            c = r.choice("LCQAHV")
            if c == "C":
                d.append("C" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(6)))
            elif c == "Q":
                d.append("Q" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(4)))
            elif c == "A":
                d.append(f"A{r.randint(1, 10)} {r.randint(1, 10)} 0 {r.randint(0, 1)} {r.randint(0, 1)} {r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
            elif c in "HV":
                d.append(f"{c}{r.uniform(0, 24):.2f}")
            else:
                d.append(f"L{r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
        sym.append(f'<symbol id="icon-{nm}" viewBox="0 0 24 24"><path d="{"".join(d)}Z"/></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
            + "".join(sym) + "</svg>")


def utility_css(prefix, breakpoints=(("sm", 576), ("md", 768), ("lg", 1024), ("xl", 1280))):
    """A utility/grid stylesheet of the kind design systems inline on every page."""
    out = []
    for bp, width in (("", 0),) + tuple(breakpoints):
        rules = []
        sfx = f"-{bp}" if bp else ""
        for i in range(1, 13):
            rules.append(f".{prefix}-col{sfx}-{i}{{flex:0 0 {i / 12 * 100:.4f}%;max-width:{i / 12 * 100:.4f}%}}")
        for k, v in enumerate((0, 4, 8, 12, 16, 24, 32, 48)):
            for prop, ab in (("margin-top", "mt"), ("margin-bottom", "mb"), ("padding-top", "pt"), ("padding-bottom", "pb"),
                             ("padding-left", "pl"), ("padding-right", "pr")):
                rules.append(f".{prefix}-{ab}{sfx}-{k}{{{prop}:{v}px!important}}")
        for disp in ("none", "block", "flex", "inline-block", "grid"):
            rules.append(f".{prefix}-d{sfx}-{disp}{{display:{disp}!important}}")
        body = "\n".join(rules)
        out.append(f"@media (min-width:{width}px){{\n{body}\n}}" if width else body)
    return "\n".join(out)


def ad_config(seed, site, slots):
    """Header-bidding configuration: ad units with sizes and invented bidders."""
    r = _random.Random(seed)
    bidders = [f"{r.choice(_VA).lower()}{r.choice(_VB)}" for _ in range(7)]
    units = []
    for code, sizes in slots:
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}},
                      "bids": [{"bidder": b, "params": {"placementId": str(r.randint(10000000, 99999999)), "siteId": f"{site}-{r.randint(100, 999)}",
                                                        "zone": f"{code}-{r.randint(1, 9)}"}} for b in r.sample(bidders, 4)]})
    cfg = {"timeout": 1500, "priceGranularity": "dense", "currency": {"adServerCurrency": "USD"},
           "userSync": {"filterSettings": {"iframe": {"bidders": "*", "filter": "include"}}, "syncsPerBidder": 3, "syncDelay": 3000},
           "consentManagement": {"gdpr": {"cmpApi": "iab", "timeout": 8000}, "usp": {"timeout": 100}}}
    return f"window.{site}Bids={json_dumps({'config': cfg, 'adUnits': units})};"


# ---------------------------------------------------------------- navigation and pools

NAV = [
    ("news", "News", "/news/", ["Local", "Norfolk", "Virginia Beach", "Chesapeake", "Portsmouth", "Suffolk",
                                "Hampton and Newport News", "Williamsburg", "Eastern Shore", "Outer Banks", "Virginia", "Nation and World"]),
    ("weather", "Weather", "/weather/", ["Forecast", "Radar", "Tides", "Hurricane Center", "Closings and Delays", "Weather Alerts"]),
    ("traffic", "Traffic", "/traffic/", ["Traffic Map", "Tunnels and Bridges", "Gas Prices", "Ferry Schedules"]),
    ("politics", "Politics", "/politics/", ["Elections", "Richmond", "City Hall", "Voter Guide"]),
    ("business", "Business", "/business/", ["Port and Shipping", "Real Estate", "Jobs", "Small Business", "Military Economy"]),
    ("military", "Military", "/military/", ["Navy", "Veterans", "Base News", "Deployments"]),
    ("education", "Education", "/education/", ["K-12", "Colleges", "School Boards"]),
    ("crime-courts", "Crime and Courts", "/news/crime-courts/", ["Police Blotter", "Trials", "Mugshots"]),
    ("sports", "Sports", "/sports/", ["High Schools", "College", "Pro", "Outdoors", "Fishing Report"]),
    ("things-to-do", "Things To Do", "/things-to-do/", ["Events Calendar", "Restaurants", "Music", "Festivals", "Beaches"]),
    ("opinion", "Opinion", "/opinion/", ["Editorials", "Columns", "Letters to the Editor", "Submit a Letter"]),
    ("obituaries", "Obituaries", "/obituaries/", []),
    ("live", "Live", "/live/", []),
]

MOST_READ = [
    "Beach replenishment at Sandbridge pushed back a year",
    "New brewery taproom opens in a former Portsmouth bank",
    "Toll relief program expands to more commuters",
    "Teen lifeguards rescue three swimmers off the Oceanfront",
    "Planned apartment tower downtown loses key vote",
    "Shipbuilders hiring 600 workers this spring",
    "Crab season opens with higher prices at the dock",
    "Why your water bill is going up in July",
    "Ferry riders face longer waits during dock repairs",
    "Restaurant inspections: 12 violations at seafood spot",
    "Light rail extension study revived after six years",
    "Storm drains clogged with leaves, city warns",
    "High school baseball: Late rally sends Bay Point to regional final",
    "Library card sign-ups jump after fines eliminated",
    "Former mayor’s home listed for $1.9 million",
    "Pet adoption fees waived this weekend at city shelter",
]

FOOTER = [
    ("Sections", ["News", "Weather", "Traffic", "Politics", "Business", "Military", "Education", "Sports", "Things To Do", "Opinion", "Obituaries"]),
    ("Services", ["Newsletters", "Text Alerts", "Mobile Apps", "E-Edition", "Contests", "Archives", "Submit a News Tip", "Send Us Photos"]),
    ("Advertise", ["Advertise With Us", "Place a Classified", "Legal Notices", "Sponsored Content", "Media Kit"]),
    ("Company", ["About Us", "Contact Us", "Careers", "Newsroom Staff", "Ethics Policy", "Corrections", "Accessibility"]),
]

LEGAL = ["Terms of Use", "Privacy Policy", "Cookie Settings", "Do Not Sell or Share My Personal Information",
         "Your Privacy Choices", "Site Map"]

CSS = """
/* tl-web 5.18.2 | liveblog module 3.4 */
:root{--tl-navy:#0d2b45;--tl-teal:#0f7c8c;--tl-sand:#f4efe6;--tl-red:#c8102e;--tl-ink:#1b1f23;--tl-grey:#667085;--tl-line:#dfe3e8;--tl-bg:#fff;--tl-font:"Source Sans Pro","Helvetica Neue",Arial,sans-serif;--tl-serif:"Merriweather",Georgia,"Times New Roman",serif}
*,*:before,*:after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:var(--tl-font);color:var(--tl-ink);background:var(--tl-bg);font-size:16px;line-height:1.5}
a{color:var(--tl-teal)}a:hover{color:var(--tl-navy)}
img{max-width:100%;height:auto}
button{font:inherit;cursor:pointer}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.tl-skip{position:absolute;top:-40px;left:0;background:var(--tl-navy);color:#fff;padding:8px 12px;z-index:9999}.tl-skip:focus{top:0}
.tl-alertbar{background:var(--tl-red);color:#fff;font-weight:700;font-size:14px}
.tl-alertbar__inner{max-width:1240px;margin:0 auto;padding:8px 16px;display:flex;gap:12px;align-items:center}
.tl-alertbar a{color:#fff;text-decoration:underline}
.tl-alertbar__label{background:#fff;color:var(--tl-red);padding:0 6px;border-radius:2px;text-transform:uppercase;font-size:12px}
.tl-masthead{background:var(--tl-navy);color:#fff}
.tl-masthead__inner{max-width:1240px;margin:0 auto;padding:10px 16px;display:flex;align-items:center;gap:18px}
.tl-logo{display:flex;align-items:center;gap:8px;color:#fff;text-decoration:none;font-family:var(--tl-serif);font-size:26px;font-weight:700;letter-spacing:-.01em}
.tl-logo svg{width:34px;height:34px}
.tl-logo em{font-style:normal;color:#7fd3dd}
.tl-masthead__weather{margin-left:auto;font-size:14px;display:flex;gap:6px;align-items:center}
.tl-masthead__weather a{color:#fff;text-decoration:none}
.tl-masthead__actions{display:flex;gap:10px}
.tl-btn{display:inline-block;border-radius:3px;padding:6px 14px;font-weight:700;font-size:14px;text-decoration:none;border:1px solid transparent}
.tl-btn--sub{background:#f2b705;color:var(--tl-navy)}
.tl-btn--ghost{border-color:rgba(255,255,255,.6);color:#fff}
.tl-nav{background:#fff;border-bottom:1px solid var(--tl-line);position:sticky;top:0;z-index:50}
.tl-nav__list{max-width:1240px;margin:0 auto;padding:0 16px;display:flex;flex-wrap:wrap;list-style:none}
.tl-nav__item{position:relative}
.tl-nav__item>a{display:block;padding:12px 11px;color:var(--tl-ink);font-weight:700;font-size:15px;text-decoration:none}
.tl-nav__item--live>a{color:var(--tl-red)}
.tl-nav__item--live>a:before{content:"";display:inline-block;width:8px;height:8px;border-radius:50%;background:var(--tl-red);margin-right:6px;animation:tl-pulse 1.6s infinite}
@keyframes tl-pulse{0%{opacity:1}50%{opacity:.3}100%{opacity:1}}
.tl-nav__sub{display:none;position:absolute;top:100%;left:0;min-width:230px;background:#fff;border:1px solid var(--tl-line);box-shadow:0 8px 24px rgba(13,43,69,.14);list-style:none;margin:0;padding:6px 0;z-index:60}
.tl-nav__item:hover .tl-nav__sub,.tl-nav__item:focus-within .tl-nav__sub{display:block}
.tl-nav__sub a{display:block;padding:6px 16px;color:var(--tl-ink);text-decoration:none;font-size:14px}
.tl-nav__sub a:hover{background:var(--tl-sand)}
.tl-ad{background:#f6f7f9;text-align:center;margin:0 auto 24px;position:relative}
.tl-ad__label{display:block;font-size:10px;letter-spacing:.08em;text-transform:uppercase;color:#98a2b3;padding:4px 0}
.tl-ad--leader{max-width:970px;min-height:118px}
.tl-ad--rect{width:300px;min-height:274px}
.tl-ad--half{width:300px;min-height:624px}
.tl-ad--inline{min-height:274px;margin:8px 0 28px;border-top:1px solid var(--tl-line);border-bottom:1px solid var(--tl-line)}
.tl-wrap{max-width:1240px;margin:0 auto;padding:16px;display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px}
@media (max-width:1023px){.tl-wrap{grid-template-columns:1fr}.tl-rail{display:none}}
.tl-crumbs{font-size:13px;color:var(--tl-grey);margin:0 0 10px}
.tl-crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
.tl-crumbs li+li:before{content:"/";margin-right:4px;color:#b0b8c4}
.tl-crumbs a{color:var(--tl-grey);text-decoration:none}
.tl-kicker{display:flex;align-items:center;gap:8px;margin:0 0 6px;font-size:14px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:var(--tl-teal)}
.tl-kicker__live{background:var(--tl-red);color:#fff;padding:2px 8px;border-radius:2px;display:inline-flex;align-items:center;gap:5px}
.tl-kicker__live:before{content:"";width:7px;height:7px;border-radius:50%;background:#fff;animation:tl-pulse 1.6s infinite}
.tl-kicker__ended{background:var(--tl-grey);color:#fff;padding:2px 8px;border-radius:2px}
.tl-headline{font-family:var(--tl-serif);font-size:38px;line-height:1.15;margin:0 0 12px;letter-spacing:-.01em}
@media (max-width:700px){.tl-headline{font-size:28px}}
.tl-dek{font-size:20px;line-height:1.4;color:#3b4450;margin:0 0 14px}
.tl-byline{font-size:15px;margin:0 0 4px}
.tl-byline a{color:var(--tl-ink);font-weight:700;text-decoration:none}
.tl-timestamps{font-size:14px;color:var(--tl-grey);margin:0 0 14px;display:flex;flex-wrap:wrap;gap:4px 14px}
.tl-timestamps .tl-updated{color:var(--tl-red);font-weight:700}
.tl-share{display:flex;gap:8px;margin:0 0 20px;padding:0;list-style:none}
.tl-share a,.tl-share button{display:inline-flex;align-items:center;justify-content:center;width:36px;height:36px;border-radius:50%;border:1px solid var(--tl-line);background:#fff;color:var(--tl-navy);font-size:12px;text-decoration:none}
.tl-figure{margin:0 0 22px}
.tl-figure img{width:100%;display:block;background:#e8ecf0;aspect-ratio:16/9;object-fit:cover}
.tl-figure figcaption{font-size:14px;color:#4a5462;padding:6px 0;border-bottom:1px solid var(--tl-line)}
.tl-figure .tl-credit{color:#8a94a3;font-size:12px;text-transform:uppercase;margin-left:4px}
.tl-keypoints{background:var(--tl-sand);border-left:4px solid var(--tl-teal);padding:14px 20px;margin:0 0 22px}
.tl-keypoints h2{font-size:18px;margin:0 0 8px;text-transform:uppercase;letter-spacing:.03em}
.tl-keypoints ul{margin:0;padding-left:20px}
.tl-keypoints li{margin:0 0 6px;font-size:16px}
.tl-lb__bar{display:flex;justify-content:space-between;align-items:center;border-top:3px solid var(--tl-navy);padding:10px 0;margin:0 0 14px;font-size:14px}
.tl-lb__toggle{display:flex;gap:6px;align-items:center}
.tl-lb__toggle input{accent-color:var(--tl-teal)}
.tl-lb__new{display:none;background:var(--tl-teal);color:#fff;border:0;border-radius:16px;padding:4px 14px;font-weight:700}
.tl-lb__new.is-visible{display:inline-block}
.tl-post{border-bottom:1px solid var(--tl-line);padding:16px 0 18px;position:relative}
.tl-post__meta{display:flex;gap:10px;align-items:baseline;margin:0 0 6px;font-size:14px}
.tl-post__time{font-weight:700;color:var(--tl-red)}
.tl-post__author{color:var(--tl-grey)}
.tl-post__title{font-family:var(--tl-serif);font-size:22px;line-height:1.25;margin:0 0 8px}
.tl-post__body p{font-family:var(--tl-serif);font-size:17px;line-height:1.65;margin:0 0 14px}
.tl-post__body ul{font-family:var(--tl-serif);font-size:17px;line-height:1.6;margin:0 0 14px;padding-left:22px}
.tl-post__body blockquote.tl-quote{margin:0 0 14px;padding:4px 0 4px 16px;border-left:3px solid var(--tl-teal);font-style:italic}
.tl-post__tools{display:flex;gap:14px;font-size:13px}
.tl-post__tools a{color:var(--tl-grey);text-decoration:none}
.tl-post--pinned{background:#fffbea;border:1px solid #f1d98b;padding:14px 16px 16px;margin:0 0 10px}
.tl-post__pin{display:inline-flex;align-items:center;gap:4px;font-size:12px;font-weight:700;text-transform:uppercase;color:#8a6d00}
.tl-post--key .tl-post__time:after{content:"Key update";margin-left:8px;background:var(--tl-navy);color:#fff;font-size:11px;padding:1px 6px;border-radius:2px;text-transform:uppercase}
.tl-update-note{font-size:15px;background:#eef7f8;padding:8px 12px;border-radius:3px}
.tl-table{width:100%;border-collapse:collapse;margin:0 0 14px;font-size:15px}
.tl-table th,.tl-table td{border-bottom:1px solid var(--tl-line);padding:6px 8px;text-align:left}
.tl-table th{background:var(--tl-sand)}
.tl-table td.num{text-align:right;font-variant-numeric:tabular-nums}
.tl-table-source{font-size:13px;color:var(--tl-grey);margin:-8px 0 14px}
.tl-map{position:relative;padding-top:62%;margin:0 0 8px;background:#e8ecf0}
.tl-map iframe{position:absolute;inset:0;width:100%;height:100%;border:0}
.tl-embed{margin:0 0 16px;max-width:550px}
.tl-embed blockquote{margin:0}
.chirp-post{border:1px solid #cfd9de;border-radius:12px;padding:12px 16px;font-family:-apple-system,"Segoe UI",Roboto,sans-serif;font-size:15px;line-height:1.4}
.chirp-post p{margin:0 0 8px}
.tl-lb__more{display:block;width:100%;margin:18px 0;padding:12px;border:2px solid var(--tl-navy);background:#fff;color:var(--tl-navy);font-weight:700;text-transform:uppercase}
.tl-tags{margin:24px 0;display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}
.tl-tags a{display:inline-block;border:1px solid var(--tl-line);border-radius:14px;padding:3px 12px;font-size:14px;color:var(--tl-ink);text-decoration:none}
.tl-newsletter{background:var(--tl-navy);color:#fff;padding:20px 22px;margin:28px 0;border-radius:4px}
.tl-newsletter h2{margin:0 0 6px;font-family:var(--tl-serif);font-size:22px}
.tl-newsletter form{display:flex;gap:8px;margin-top:10px}
.tl-newsletter input[type=email]{flex:1;padding:9px;border:0;border-radius:3px}
.tl-newsletter button{background:#f2b705;color:var(--tl-navy);border:0;border-radius:3px;padding:9px 16px;font-weight:700}
.tl-related{margin:28px 0}
.tl-related h2,.tl-rail h2{font-size:17px;text-transform:uppercase;letter-spacing:.04em;border-bottom:3px solid var(--tl-navy);padding-bottom:6px;margin:0 0 10px}
.tl-related ul,.tl-rail ol{list-style:none;margin:0;padding:0}
.tl-related li{display:grid;grid-template-columns:120px 1fr;gap:12px;padding:10px 0;border-bottom:1px solid var(--tl-line)}
.tl-related img{width:120px;height:68px;object-fit:cover;background:#e8ecf0}
.tl-related a{color:var(--tl-ink);font-weight:700;text-decoration:none}
.tl-related time{display:block;font-size:13px;color:var(--tl-grey);font-weight:400}
.tl-rail{font-size:15px}
.tl-rail section{margin:0 0 28px}
.tl-rail ol{counter-reset:mr}
.tl-rail ol li{counter-increment:mr;display:flex;gap:10px;padding:8px 0;border-bottom:1px solid var(--tl-line)}
.tl-rail ol li:before{content:counter(mr);font-family:var(--tl-serif);font-weight:700;font-size:22px;color:var(--tl-teal);min-width:22px}
.tl-rail ol a{color:var(--tl-ink);text-decoration:none}
.tl-rail__watch{background:#000;color:#fff;padding:12px;border-radius:4px}
.tl-rail__watch a{color:#7fd3dd}
.tl-footer{background:#0a2034;color:#c9d4df;margin-top:40px;font-size:14px}
.tl-footer__inner{max-width:1240px;margin:0 auto;padding:32px 16px;display:grid;grid-template-columns:1.3fr repeat(4,1fr);gap:24px}
@media (max-width:900px){.tl-footer__inner{grid-template-columns:1fr 1fr}}
.tl-footer h3{color:#fff;font-size:14px;text-transform:uppercase;letter-spacing:.06em;margin:0 0 10px}
.tl-footer ul{list-style:none;margin:0;padding:0}
.tl-footer li{margin:0 0 6px}
.tl-footer a{color:#c9d4df;text-decoration:none}
.tl-footer__legal{border-top:1px solid rgba(255,255,255,.12);max-width:1240px;margin:0 auto;padding:14px 16px 28px;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px}
.tl-footer__social{display:flex;gap:10px;margin-top:12px}
.tl-cmp{position:fixed;inset:auto 0 0 0;background:#fff;box-shadow:0 -6px 28px rgba(0,0,0,.25);z-index:10000;padding:20px 16px;display:none}
.tl-cmp.is-open{display:block}
.tl-cmp__inner{max-width:980px;margin:0 auto;display:grid;grid-template-columns:1fr auto;gap:20px;align-items:center}
.tl-cmp h2{margin:0 0 6px;font-size:19px}
.tl-cmp p{margin:0 0 6px;font-size:14px;color:#3b4450}
.tl-cmp__btns{display:flex;flex-direction:column;gap:8px}
.tl-cmp__btns button{padding:10px 18px;border-radius:3px;font-weight:700;border:1px solid var(--tl-navy);background:#fff;color:var(--tl-navy)}
.tl-cmp__btns .is-primary{background:var(--tl-navy);color:#fff}
.tl-readmore{margin:6px 0 22px;padding:10px 12px;border-left:4px solid var(--tl-teal);background:#f7fafb}
.tl-readmore__label{display:block;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--tl-teal);margin-bottom:4px}
.tl-readmore__link{display:flex;gap:12px;align-items:center;color:var(--tl-ink);text-decoration:none;font-weight:700}
.tl-readmore__link img{width:96px;height:54px;object-fit:cover;background:#e8ecf0}
.tl-card{display:contents}.tl-card__media img{width:120px;height:68px;object-fit:cover}
.tl-card__date{display:block;font-size:13px;color:var(--tl-grey)}
.tl-prev{font-size:14px;margin:0 0 10px;padding:6px 10px;background:var(--tl-sand)}.tl-prev__label{font-weight:700;text-transform:uppercase;font-size:12px;margin-right:6px}
.tl-section-title{font-size:15px;text-transform:uppercase;letter-spacing:.06em;margin:0 0 8px}.tl-section-title a{color:var(--tl-teal);text-decoration:none}
.tl-newsletter--inline{margin:10px 0 24px}
@media print{.tl-nav,.tl-ad,.tl-rail,.tl-footer,.tl-cmp,.tl-share,.tl-newsletter{display:none!important}}
"""

HEAD_JS = """<script>
window.dataLayer=window.dataLayer||[];
window.dataLayer.push({"event":"pageMeta","pageType":"liveblog","contentId":"%(cid)s","section":"%(section)s","subsection":"%(subsection)s","authors":"%(authors)s","publishDate":"%(pub)s","lastUpdate":"%(upd)s","liveStatus":"%(status)s","postCount":%(posts)d,"paywall":"metered-off","platform":"web"});
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tags.tidewaterlive.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-TL7Q2XW');
</script>
<script>
window.__tlCmp={
  "cmpId":318,"cmpVersion":"2.11.4","gdprApplies":false,"uspString":"1YNN","gpcHonored":true,
  "policyUrl":"/privacy-policy/","cookieName":"tl_consent",
  "purposes":[{"id":1,"name":"Store and/or access information on a device"},{"id":2,"name":"Use limited data to select advertising"},
    {"id":3,"name":"Create profiles for personalised advertising"},{"id":7,"name":"Measure advertising performance"},
    {"id":8,"name":"Measure content performance"},{"id":10,"name":"Develop and improve services"}],
  "vendors":["adserver-one","bidhub","audiencegrid","clickmetrics","video-cloud","chirp","pictory"]
};
</script>
<script>
window.tlAds=window.tlAds||{cmd:[]};
tlAds.cmd.push(function(){
  tlAds.setTargeting({site:"tidewaterlive",section:"%(section)s",content:"%(cid)s",template:"liveblog",kw:%(kw)s});
  tlAds.defineSlot("/21877541/tidewaterlive/%(section)s/leader",[[970,90],[728,90],[320,50]],"tl-ad-leader");
  tlAds.defineSlot("/21877541/tidewaterlive/%(section)s/rail1",[[300,250]],"tl-ad-rail1");
  tlAds.defineSlot("/21877541/tidewaterlive/%(section)s/rail2",[[300,600],[300,250]],"tl-ad-rail2");
  tlAds.defineLazySlots(".tl-ad--inline",{path:"/21877541/tidewaterlive/%(section)s/inline",sizes:[[300,250],[336,280]],margin:"200px"});
  tlAds.enableServices({singleRequest:true,refreshOnLiveUpdate:true});
});
</script>
<script async src="https://ads.tidewaterlive.example/tlads.3.js"></script>
"""

FOOT_JS = """<script>
window.tlLive={"id":"%(cid)s","endpoint":"/api/live/v2/%(cid)s/posts","since":"%(upd)s","order":"desc","interval":30000,"status":"%(status)s","relativeTimes":%(relt)s};
(function(d,w){
  var box=d.getElementById("tl-cmp");
  if(box&&d.cookie.indexOf("tl_consent=")<0){box.className+=" is-open";}
  function close(v){d.cookie="tl_consent="+v+";path=/;max-age=33696000;SameSite=Lax";box.className=box.className.replace(" is-open","");w.dataLayer.push({event:"consent",value:v});}
  var a=d.getElementById("tl-cmp-accept"),r=d.getElementById("tl-cmp-reject");
  if(a){a.onclick=function(){close("all");};}if(r){r.onclick=function(){close("essential");};}
  var t=d.getElementById("tl-lb-auto");
  if(t){t.addEventListener("change",function(){w.tlLive.auto=this.checked;});}
  var more=d.querySelector(".tl-lb__more");
  if(more){more.addEventListener("click",function(){this.textContent="Loading\\u2026";w.tlLiveLoadMore&&w.tlLiveLoadMore();});}
  var links=d.querySelectorAll("[data-copy]");
  for(var i=0;i<links.length;i++){links[i].addEventListener("click",function(e){e.preventDefault();navigator.clipboard&&navigator.clipboard.writeText(this.getAttribute("data-copy"));});}
})(document,window);
</script>
<script src="https://static.tidewaterlive.example/js/tl-web.5.18.2.min.js" defer></script>
<script src="https://static.tidewaterlive.example/js/liveblog.3.4.0.min.js" defer></script>
"""

LOGO = ('<svg viewBox="0 0 34 34" aria-hidden="true"><circle cx="17" cy="17" r="16" fill="#0f7c8c"/>'
        '<path d="M3 20c4-4 8-4 12 0s8 4 12 0 5-3 5-3" fill="none" stroke="#fff" stroke-width="2.5"/>'
        '<path d="M3 25c4-4 8-4 12 0s8 4 12 0 5-3 5-3" fill="none" stroke="#7fd3dd" stroke-width="2"/></svg>')


# ---------------------------------------------------------------- embeds

def chirp_embed(e):
    txt = e["text"]
    tags = "".join(f' <a href="https://chirp.example/hashtag/{t}?src=hash">#{t}</a>' for t in e.get("tags", []))
    return ('<figure class="tl-embed tl-embed--chirp" data-embed="chirp">'
            f'<blockquote class="chirp-post" data-dnt="true" data-conversation="none"><p lang="en" dir="ltr">{esc(txt)}{tags}</p>'
            f'&mdash; {esc(e["name"])} (@{e["handle"]}) <a href="https://chirp.example/{e["handle"]}/status/{e["id"]}?ref_src=chirpsrc%5Etfw">{full_date(e["date"])}</a></blockquote>'
            '<script async src="https://platform.chirp.example/widgets.js" charset="utf-8"></script></figure>')


def pictory_embed(e):
    link = f"https://www.pictory.example/p/{e['id']}/?utm_source=pictory_web_copy_link&amp;utm_medium=embed"
    return ('<figure class="tl-embed tl-embed--pictory" data-embed="pictory">'
            f'<blockquote class="pictory-media" data-pictory-captioned data-pictory-permalink="{link}" data-pictory-version="14" '
            'style="background:#FFF;border:0;border-radius:3px;box-shadow:0 0 1px 0 rgba(0,0,0,0.5),0 1px 10px 0 rgba(0,0,0,0.15);margin:1px;max-width:540px;min-width:326px;padding:0;width:calc(100% - 2px);">'
            '<div style="padding:16px;"><a href="' + link + '" style="background:#FFFFFF;line-height:0;padding:0 0;text-align:center;text-decoration:none;width:100%;" target="_blank">'
            '<div style="display:flex;flex-direction:row;align-items:center;"><div style="background-color:#F4F4F4;border-radius:50%;flex-grow:0;height:40px;margin-right:14px;width:40px;"></div>'
            '<div style="display:flex;flex-direction:column;flex-grow:1;justify-content:center;"><div style="background-color:#F4F4F4;border-radius:4px;flex-grow:0;height:14px;margin-bottom:6px;width:100px;"></div>'
            '<div style="background-color:#F4F4F4;border-radius:4px;flex-grow:0;height:14px;width:60px;"></div></div></div>'
            '<div style="padding:19% 0;"></div><div style="display:block;height:50px;margin:0 auto 12px;width:50px;"></div>'
            '<div style="padding-top:8px;"><div style="color:#3897f0;font-family:Arial,sans-serif;font-size:14px;font-style:normal;font-weight:550;line-height:18px;">View this post on Pictory</div></div></a>'
            f'<p style="color:#000;font-family:Arial,sans-serif;font-size:14px;line-height:17px;margin:8px 0 0 0;padding:0 4px;">{esc(e["text"])}</p>'
            f'<p style="color:#c9c8cd;font-family:Arial,sans-serif;font-size:14px;line-height:17px;margin-bottom:0;margin-top:8px;overflow:hidden;padding:8px 0 7px;text-align:center;text-overflow:ellipsis;white-space:nowrap;">'
            f'<a href="{link}" style="color:#c9c8cd;font-family:Arial,sans-serif;font-size:14px;font-style:normal;font-weight:normal;line-height:17px;text-decoration:none;" target="_blank">'
            f'A post shared by {esc(e["name"])} (@{e["handle"]})</a></p></div></blockquote>'
            '<script async src="//www.pictory.example/embed.js"></script></figure>')


# ---------------------------------------------------------------- body rendering

def render_parts(parts, blocks, embeds=True):
    out = []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "quote":
            out.append(f'<blockquote class="tl-quote"><p>{esc(p[1])}</p></blockquote>')
            blocks.append(Block("quote", p[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in p[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in p[1]]
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="tl-figure"><img src="{CDN}/img/{img}/800x450.jpg" '
                       f'srcset="{CDN}/img/{img}/400x225.jpg 400w, {CDN}/img/{img}/800x450.jpg 800w, {CDN}/img/{img}/1200x675.jpg 1200w" '
                       f'sizes="(max-width: 700px) 100vw, 780px" alt="{esc(cap)}" loading="lazy" width="800" height="450">'
                       f'<figcaption>{esc(cap)} <span class="tl-credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "note":
            out.append(f'<p class="tl-update-note"><strong>Update:</strong> {esc(p[1])}</p>')
            blocks.append(Block("note", "Update: " + p[1], optional=True))
        elif k == "table":
            _, rows, source = p
            t = ['<table class="tl-table"><thead><tr>' + "".join(f'<th scope="col">{esc(c)}</th>' for c in rows[0]) + '</tr></thead><tbody>']
            for r in rows[1:]:
                t.append("<tr>" + "".join(f'<td{" class=num" if i >= 2 else ""}>{esc(c)}</td>' for i, c in enumerate(r)) + "</tr>")
            t.append("</tbody></table>")
            out.append("".join(t).replace("class=num", 'class="num"'))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            out.append(f'<p class="tl-table-source">{esc(source)}</p>')
            blocks.append(Block("caption", source, optional=True))
        elif k == "map":
            _, src, cap = p
            out.append(f'<figure class="tl-figure tl-figure--map"><div class="tl-map"><iframe src="{src}" title="{esc(cap)}" '
                       'loading="lazy" allowfullscreen referrerpolicy="no-referrer-when-downgrade"></iframe></div>'
                       f'<figcaption>{esc(cap)}</figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "chirp":
            if embeds:
                out.append(chirp_embed(p[1]))
        elif k == "pictory":
            if embeds:
                out.append(pictory_embed(p[1]))
    return "\n".join(out)


def share_bar(url, title, cls="tl-share"):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    return (f'<ul class="{cls}" aria-label="Share this story">'
            f'<li><a href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="noopener" aria-label="Share on Facebook">f</a></li>'
            f'<li><a href="https://chirp.example/intent/post?url={u}&amp;text={t}" target="_blank" rel="noopener" aria-label="Share on Chirp">c</a></li>'
            f'<li><a href="https://linkedin.example/shareArticle?mini=true&amp;url={u}" target="_blank" rel="noopener" aria-label="Share on LinkedIn">in</a></li>'
            f'<li><a href="mailto:?subject={t}&amp;body={u}" aria-label="Share by email">@</a></li>'
            f'<li><button type="button" data-copy="{esc(url)}" aria-label="Copy link">&#128279;</button></li></ul>')


def post_html(a, e, blocks, embeds, now):
    t = e["t"]
    pid = f'post-{t:%H%M}'
    cls = ["tl-post"]
    if e.get("pinned"):
        cls.append("tl-post--pinned")
    if e.get("key"):
        cls.append("tl-post--key")
    tag = "div" if a.get("divposts") else "article"
    h = [f'<{tag} class="{" ".join(cls)}" id="{pid}" data-post-id="{a["cid"]}-{t:%H%M}" data-ts="{int(t.timestamp())}">']
    if e.get("pinned"):
        h.append('<span class="tl-post__pin">&#128204; Pinned</span>')
    if a.get("relative"):
        stamp = rel(now, t)
    else:
        stamp = f'{ap_time(t)}'
    if a.get("notime"):
        h.append(f'<div class="tl-post__meta"><span class="tl-post__time" data-epoch="{int(t.timestamp())}">{stamp}</span>'
                 f'<span class="tl-post__author">{esc(e["author"])}</span></div>')
    else:
        h.append(f'<div class="tl-post__meta"><time class="tl-post__time" datetime="{t.isoformat()}">{stamp}</time>'
                 f'<span class="tl-post__author">{esc(e["author"])}</span></div>')
    if e.get("title"):
        h.append(f'<h2 class="tl-post__title">{esc(e["title"])}</h2>')
        blocks.append(Block("heading", e["title"]))
    h.append('<div class="tl-post__body">' + render_parts(e["parts"], blocks, embeds) + '</div>')
    h.append(f'<div class="tl-post__tools"><a href="{a["url"]}#{pid}" data-copy="{a["url"]}#{pid}">Copy link</a>'
             f'<a href="https://chirp.example/intent/post?url={_quote(a["url"] + "#" + pid, safe="")}" target="_blank" rel="noopener">Share</a></div>')
    h.append(f'</{tag}>')
    return "".join(h)


def word_count(blocks):
    return sum(len(b.text.split()) for b in blocks if not b.optional)


# ---------------------------------------------------------------- page

def page(a, embeds=True):
    pub, upd = a["pub"], a["upd"]
    url = a["url"] + a.get("query", "")
    canon = a["url"]
    now = a.get("now", upd)
    blocks = []
    if a.get("dek"):
        blocks.append(Block("paragraph", a["dek"], optional=True))
    lead_html = ""
    if a.get("lead"):
        lead_html = render_parts([("fig",) + a["lead"]], blocks)
    kp_html = ""
    if a.get("keypoints"):
        kp_html = ('<aside class="tl-keypoints" aria-labelledby="kp-title"><h2 id="kp-title">Key points</h2><ul>' +
                   "".join(f"<li>{esc(x)}</li>" for x in a["keypoints"]) + "</ul></aside>")
        blocks.append(Block("heading", "Key points", optional=True))
        blocks += [Block("list_item", x, optional=True) for x in a["keypoints"]]
    posts = []
    entries = [e for e in a["entries"] if e.get("pinned")] + [e for e in a["entries"] if not e.get("pinned")]
    for i, e in enumerate(entries):
        posts.append(post_html(a, e, blocks, embeds, now))
        if not e.get("pinned") and i in a.get("ads_after", (2, 6)):
            posts.append(f'<div class="tl-ad tl-ad--inline" id="tl-ad-inline-{i}" data-ad-pos="inline{i}" data-ad-sizes="300x250,336x280">'
                         '<span class="tl-ad__label">Advertisement</span><div class="tl-ad__slot" id="div-gpt-inline-' + str(i) + '"></div></div>')
        if a.get("teaser_after") and i == a["teaser_after"][0]:
            _, ttitle, tdays = a["teaser_after"]
            tdt = pub - _dt.timedelta(days=tdays)
            posts.append(f'<aside class="tl-readmore" data-module="inline-teaser"><span class="tl-readmore__label">Read more</span>'
                         f'<a class="tl-readmore__link" href="/news/{slugify(ttitle)}-{7700000 + tdays * 13}/">'
                         f'<img src="{CDN}/img/rm-{slugify(ttitle)[:24]}/160x90.jpg" alt="" width="160" height="90" loading="lazy">'
                         f'<span class="tl-readmore__title">{esc(ttitle)}</span></a></aside>')
        if a.get("split") is not None and i == a["split"]:
            posts.append('</div>\n<section class="tl-newsletter tl-newsletter--inline" data-module="nl-inline"><h2>Get live alerts</h2>'
                         '<p>We’ll email you when this story has a major update.</p><form action="/newsletters/subscribe/" method="post">'
                         '<label class="sr-only" for="nl-inline-email">Email address</label><input id="nl-inline-email" type="email" name="email" placeholder="Email address" required>'
                         '<input type="hidden" name="list" value="breaking"><button type="submit">Sign up</button></form></section>\n'
                         '<div class="tl-lb__feed tl-lb__feed--more" data-page="2">')
    body_html = "\n".join(posts)
    kw = a["keywords"]
    status = "ended" if a.get("ended") else "live"
    rel_mode = bool(a.get("relative"))
    sec, subsec = a["section"], a["subsection"]
    img = f"{CDN}/img/{a['img']}/1200x675.jpg"

    h = ['<!DOCTYPE html>', '<html lang="en-US" dir="ltr">', '<head>', '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
         f'<title>{esc(a["title"])}</title>',
         f'<meta name="description" content="{esc(a["desc"])}">',
         f'<meta name="keywords" content="{esc(", ".join(kw))}">',
         '<meta name="robots" content="index, follow, max-image-preview:large, max-video-preview:-1">',
         f'<link rel="canonical" href="{canon}">',
         f'<link rel="amphtml" href="{canon}amp/">' if canon.endswith("/") else f'<link rel="amphtml" href="{canon}?outputType=amp">',
         '<meta property="og:site_name" content="Tidewater Live">',
         '<meta property="og:type" content="article">',
         '<meta property="og:locale" content="en_US">',
         f'<meta property="og:title" content="{esc(a["og_title"])}">',
         f'<meta property="og:description" content="{esc(a["desc"])}">',
         f'<meta property="og:url" content="{canon}">',
         f'<meta property="og:image" content="{img}">',
         '<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="675">',
         f'<meta property="article:section" content="{esc(a["section_label"])}">']
    # metadata personality: the live module writes article:published_time from the blog's CMS record
    # (on some blogs the record was created the evening before), or not at all on the legacy template
    mp = a.get("meta_pub", "pub")
    if mp:
        mval = {"pub": pub, "upd": upd, "created": a.get("created")}[mp]
        h.append(f'<meta property="article:published_time" content="{mval.isoformat()}">')
        h.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    ma = a.get("meta_author", "names")
    if ma == "names":
        h.append(f'<meta name="author" content="{esc(", ".join(a["authors"]))}">')
    elif ma == "urls":
        h += [f'<meta property="article:author" content="{HOST}/staff/{slugify(n)}/">' for n in a["authors"]]
    h += [f'<meta property="article:tag" content="{esc(k)}">' for k in kw]
    h += ['<meta property="fb:app_id" content="100000000000042">',
          '<meta name="twitter:card" content="summary_large_image">',
          '<meta name="twitter:site" content="@TidewaterLive">',
          f'<meta name="twitter:title" content="{esc(a["og_title"])}">',
          f'<meta name="twitter:description" content="{esc(a["desc"])}">',
          f'<meta name="twitter:image" content="{img}">',
          '<meta name="theme-color" content="#0d2b45">',
          '<meta name="apple-itunes-app" content="app-id=0000000042">',
          '<link rel="preconnect" href="https://media.tidewaterlive.example">',
          '<link rel="preconnect" href="https://ads.tidewaterlive.example">',
          '<link rel="dns-prefetch" href="https://tags.tidewaterlive.example">',
          '<link rel="icon" href="/favicon.ico" sizes="any">', '<link rel="icon" href="/icon.svg" type="image/svg+xml">',
          '<link rel="apple-touch-icon" href="/apple-touch-icon.png">', '<link rel="manifest" href="/manifest.json">',
          f'<link rel="alternate" type="application/rss+xml" title="Tidewater Live - {esc(a["section_label"])}" href="{HOST}/{sec}/rss/">',
          '<style>' + CSS + '</style>']
    h.append(HEAD_JS % {"cid": a["cid"], "section": sec, "subsection": subsec, "authors": "|".join(a["authors"]),
                        "pub": pub.isoformat(), "upd": upd.isoformat(), "status": status, "posts": len(a["entries"]),
                        "kw": _json.dumps([slugify(k) for k in kw])})
    publisher = {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/",
                 "logo": {"@type": "ImageObject", "url": f"{CDN}/brand/tidewater-live-600x60.png", "width": 600, "height": 60},
                 "sameAs": ["https://chirp.example/TidewaterLive", "https://facebook.example/TidewaterLive"]}
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": canon + "#liveblog", "url": canon,
          "headline": a.get("ld_headline", a["headline"]), "description": a["desc"], "image": [img], "datePublished": pub.isoformat(),
          "dateModified": upd.isoformat(), "coverageStartTime": pub.isoformat(),
          "coverageEndTime": (a["end"] if a.get("end") else upd + _dt.timedelta(hours=6)).isoformat(),
          "publisher": publisher, "isAccessibleForFree": True, "inLanguage": "en-US",
          "about": {"@type": "Event", "name": a["event"], "startDate": pub.isoformat(),
                    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                    "location": {"@type": "Place", "name": a["place"], "address": {"@type": "PostalAddress", "addressRegion": "VA", "addressCountry": "US"}}},
          "liveBlogUpdate": []}
    la = a.get("ld_author", "people")
    if la == "people":
        ld["author"] = [{"@type": "Person", "name": n, "url": f"{HOST}/staff/{slugify(n)}/"} for n in a["authors"]]
    elif la == "first":
        ld["author"] = {"@type": "Person", "name": a["authors"][0], "url": f"{HOST}/staff/{slugify(a['authors'][0])}/"}
    elif la == "org":
        ld["author"] = {"@type": "Organization", "name": "Tidewater Live Staff", "url": HOST + "/newsroom-staff/"}
    for e in a["entries"]:
        item = {"@type": "BlogPosting", "headline": e.get("title") or strip(next(p[1] for p in e["parts"] if p[0] == "p"))[:90],
                "datePublished": e["t"].isoformat(), "url": f'{canon}#post-{e["t"]:%H%M}',
                "author": {"@type": "Person", "name": e["author"]},
                "articleBody": " ".join(strip(p[1]) for p in e["parts"] if p[0] == "p")}
        ld["liveBlogUpdate"].append(item)
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": HOST + p} for i, (n, p) in enumerate(a["crumbs"])]}
    if a.get("ld", True):
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + '</script>')
    h.append('<script type="application/ld+json">' + _json.dumps(crumbs, ensure_ascii=False) + '</script>')
    h.append('<style id="tl-utilities">' + utility_css("tl") + '</style>')
    h.append('<script>window.__tlCmpVendors=' + vendor_list(a["seed"] * 17 + 3, 70 + a["seed"] * 3) + ';</script>')
    h.append('<script>' + ad_config(a["seed"], "tl", [("tl-ad-leader", [[970, 90], [728, 90], [320, 50]]), ("tl-ad-rail1", [[300, 250]]),
                                                       ("tl-ad-rail2", [[300, 600], [300, 250]]), ("tl-ad-inline", [[300, 250], [336, 280]])]) + '</script>')
    h.append('<script>window.tlMenu=' + json_dumps({key: [{"label": s_, "href": f"{path}{slugify(s_)}/"} for s_ in subs] for key, label, path, subs in NAV}) + ';</script>')
    h.append('</head>')

    h.append(f'<body class="tl tl--article tl--liveblog section-{sec}">')
    h.append(icon_sprite(a["seed"], ["facebook", "chirp", "linkedin", "mail", "link", "print", "search", "menu", "close", "pin",
                                     "bolt", "clock", "play", "chevron-down", "chevron-right", "weather-rain", "weather-sun",
                                     "user", "bell", "share", "comment", "camera"]))
    h.append('<div class="tl-page" id="tl-page"><div class="tl-page__inner">')
    h.append('<noscript><iframe src="https://tags.tidewaterlive.example/ns.html?id=GTM-TL7Q2XW" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>')
    h.append('<a class="tl-skip" href="#main">Skip to main content</a>')
    if a.get("alert"):
        h.append(f'<div class="tl-alertbar" role="region" aria-label="Breaking news"><div class="tl-alertbar__inner">'
                 f'<span class="tl-alertbar__label">Live</span><a href="{canon}">{esc(a["alert"])}</a></div></div>')
    h.append('<header class="tl-masthead"><div class="tl-masthead__inner">'
             f'<a class="tl-logo" href="/" aria-label="Tidewater Live home">{LOGO}<span>Tidewater <em>Live</em></span></a>'
             f'<div class="tl-masthead__weather"><a href="/weather/">{esc(a["weather"])}</a></div>'
             '<div class="tl-masthead__actions"><a class="tl-btn tl-btn--sub" href="/subscribe/?ref=masthead">Subscribe</a>'
             '<a class="tl-btn tl-btn--ghost" href="/account/login/">Sign in</a></div></div></header>')
    n = ['<nav class="tl-nav" aria-label="Main"><ul class="tl-nav__list">']
    for key, label, path, subs in NAV:
        cls = "tl-nav__item" + (" tl-nav__item--live" if key == "live" else "")
        n.append(f'<li class="{cls}"><a href="{path}">{esc(label)}</a>')
        if subs:
            n.append(f'<ul class="tl-nav__sub" data-menu="{key}" hidden></ul>')
        n.append('</li>')
    n.append('<li class="tl-nav__item"><a href="/search/" aria-label="Search">Search</a></li></ul></nav>')
    h.append("".join(n))
    h.append('<div class="tl-ad tl-ad--leader" id="tl-ad-leader"><span class="tl-ad__label">Advertisement</span></div>')

    h.append('<div class="tl-wrap"><main id="main"><div class="tl-container"><div class="tl-row"><div class="tl-col tl-col-lg-12">')
    h.append('<nav class="tl-crumbs" aria-label="Breadcrumb"><ol>' +
             "".join(f'<li><a href="{p}">{esc(nm)}</a></li>' for nm, p in a["crumbs"]) + '</ol></nav>')
    if a.get("section_h1"):
        h.append(f'<h1 class="tl-section-title"><a href="/{sec}/">{esc(a["section_label"])}</a></h1>')
    if a.get("other_first"):
        ot, odays = a["other_first"]
        od = (pub - _dt.timedelta(days=odays)).replace(hour=14, minute=10)
        h.append(f'<div class="tl-prev" data-module="previous-coverage"><span class="tl-prev__label">Previously</span> '
                 f'<a href="/live/{slugify(ot)}-{8800000 + odays * 41}/">{esc(ot)}</a> '
                 f'<time datetime="{od.isoformat()}">{ap_date(od)}</time></div>')
    story_tag = "div" if a.get("divposts") else "article"
    h.append(f'<{story_tag} class="tl-story tl-lb" data-content-id="{a["cid"]}" data-live-status="{status}">')
    h.append('<div class="tl-story__wrap"><header class="tl-story__header">')
    badge = '<span class="tl-kicker__ended">Live coverage ended</span>' if a.get("ended") else '<span class="tl-kicker__live">Live</span>'
    if a.get("h1_badge"):
        # the module renders the kicker label inside the headline element on these blogs
        h.append(f'<h1 class="tl-headline"><span class="tl-kicker__live">{esc(a["h1_badge"])}</span> {esc(a["headline"])}</h1>')
    else:
        h.append(f'<p class="tl-kicker">{badge}<a href="/{sec}/{slugify(a["kicker"])}/">{esc(a["kicker"])}</a></p>')
        h.append(f'<h1 class="tl-headline">{esc(a["headline"])}</h1>')
    if a.get("dek"):
        h.append(f'<p class="tl-dek">{esc(a["dek"])}</p>')
    names = [f'<a href="/staff/{slugify(x)}/" rel="author">{esc(x)}</a>' for x in a["authors"]]
    by = names[0] if len(names) == 1 else (", ".join(names[:-1]) + " and " + names[-1])
    h.append(f'<p class="tl-byline">By {by}</p>')
    if a.get("notime"):
        h.append(f'<p class="tl-timestamps"><span>Published {ap_date(pub)} at {ap_time(pub)} {zone(pub)}</span>'
                 f'<span class="tl-updated">Updated {ap_date(upd)} at {ap_time(upd)} {zone(upd)}</span></p>')
    elif rel_mode:
        h.append(f'<p class="tl-timestamps"><span>Started <time class="tl-rel" datetime="{pub.isoformat()}">{rel(now, pub)}</time></span>'
                 f'<span class="tl-updated">Updated <time class="tl-rel" datetime="{upd.isoformat()}">{rel(now, upd)}</time></span></p>')
    else:
        h.append(f'<p class="tl-timestamps"><span>Published <time datetime="{pub.isoformat()}">{ap_date(pub)} at {ap_time(pub)} {zone(pub)}</time></span>'
                 f'<span class="tl-updated">Updated <time datetime="{upd.isoformat()}">{ap_date(upd)} at {ap_time(upd)} {zone(upd)}</time></span></p>')
    h.append('</header>')
    h.append(share_bar(canon, a["headline"]))
    h.append(lead_html)
    h.append(kp_html)
    h.append('<div class="tl-lb__bar"><span class="tl-lb__count">' + f'{len(a["entries"])} updates' + '</span>'
             '<button class="tl-lb__new" type="button">New updates</button>'
             '<label class="tl-lb__toggle"><input type="checkbox" id="tl-lb-auto" checked> Auto-update</label></div>')
    h.append('<div class="tl-lb__feed" aria-live="polite">' + body_html + '</div>')
    if a.get("more_button", True):
        h.append('<button class="tl-lb__more" type="button" data-cursor="' + f'{a["cid"]}-p2' + '">Load earlier updates</button>')
    h.append(f'</div></{story_tag}>')
    h.append('<ul class="tl-tags" aria-label="Topics">' + "".join(f'<li><a href="/topic/{slugify(k)}/">{esc(k)}</a></li>' for k in kw) + '</ul>')
    h.append(share_bar(canon, a["headline"], "tl-share tl-share--bottom"))
    if a.get("newsletter"):
        h.append('<section class="tl-newsletter"><h2>The Morning Tide</h2><p>Hampton Roads news you need before your commute, '
                 'in your inbox every weekday at 6 a.m.</p><form action="/newsletters/subscribe/" method="post">'
                 '<label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" name="email" placeholder="Email address" required>'
                 '<input type="hidden" name="list" value="morning-tide"><button type="submit">Sign up</button></form>'
                 '<p><small>By signing up you agree to our <a href="/terms-of-use/">Terms of Use</a> and <a href="/privacy-policy/">Privacy Policy</a>.</small></p></section>')
    r = ['<section class="tl-related"><h2>More live coverage</h2><ul>']
    card = "article" if a.get("cards") else "div"
    for i, (title, days) in enumerate(a["related"]):
        rd = (pub - _dt.timedelta(days=days)).replace(hour=(7 + 3 * i) % 24, minute=(11 * i + 5) % 60)
        stamp = f'<span class="tl-card__date">{ap_date(rd)}</span>' if a.get("notime") else f'<time datetime="{rd.isoformat()}">{ap_date(rd)}</time>'
        r.append(f'<li><{card} class="tl-card" data-card-id="{8800000 + days * 37 + i}"><picture class="tl-card__media">'
                 f'<source type="image/webp" srcset="{CDN}/img/rel-{slugify(title)[:30]}/240x136.webp 1x, {CDN}/img/rel-{slugify(title)[:30]}/480x272.webp 2x">'
                 f'<img src="{CDN}/img/rel-{slugify(title)[:30]}/240x136.jpg" alt="" loading="lazy" width="120" height="68"></picture>'
                 f'<div class="tl-card__body"><a href="/live/{slugify(title)}-{8800000 + days * 37 + i}/">{esc(title)}</a>'
                 f'{stamp}</div></{card}></li>')
    r.append('</ul></section>')
    h.append("".join(r))
    h.append('</div></div></div></main>')

    rail = ['<aside class="tl-rail" aria-label="Sidebar">',
            '<div class="tl-ad tl-ad--rect" id="tl-ad-rail1"><span class="tl-ad__label">Advertisement</span></div>',
            '<section><h2>Most read</h2><ol>']
    k0 = (a["seed"] * 5) % len(MOST_READ)
    for t in (MOST_READ[k0:] + MOST_READ[:k0])[:5]:
        rail.append(f'<li><a href="/news/{slugify(t)}/">{esc(t)}</a></li>')
    rail.append('</ol></section>')
    rail.append('<section class="tl-rail__watch"><h2>Watch Tidewater Live</h2><p>Our newscasts stream free weekdays at 6 a.m., noon and 6 p.m.</p>'
                '<p><a href="/video/live/">Watch live</a> · <a href="/video/">Latest videos</a></p></section>')
    rail.append('<div class="tl-ad tl-ad--half" id="tl-ad-rail2"><span class="tl-ad__label">Advertisement</span></div>')
    rail.append('<section><h2>Get the app</h2><p>Breaking news alerts, radar and tide charts for Hampton Roads on your phone.</p>'
                '<p><a href="/apps/">Download the Tidewater Live app</a></p></section>')
    rail.append('</aside>')
    h.append("".join(rail))
    h.append('</div>')

    f = ['<footer class="tl-footer"><div class="tl-footer__inner">',
         f'<div><a class="tl-logo" href="/">{LOGO}<span>Tidewater <em>Live</em></span></a>'
         '<p>Local news, weather and live coverage for Norfolk, Virginia Beach, Chesapeake, Portsmouth, Suffolk and the Peninsula.</p>'
         '<p>Newsroom: 757-555-0100<br>News tips: tips@tidewaterlive.example</p>'
         '<div class="tl-footer__social"><a href="https://facebook.example/TidewaterLive">Facebook</a><a href="https://chirp.example/TidewaterLive">Chirp</a>'
         '<a href="https://www.pictory.example/tidewaterlive/">Pictory</a><a href="https://video.example/@tidewaterlive">Video</a></div></div>']
    for title, items in FOOTER[:2] + FOOTER[3:]:
        f.append(f'<div><h3>{esc(title)}</h3><ul>' + "".join(f'<li><a href="/{slugify(i)}/">{esc(i)}</a></li>' for i in items) + '</ul></div>')
    f.append('</div><div class="tl-footer__legal">' + "".join(f'<a href="/{slugify(l)}/">{esc(l)}</a>' for l in LEGAL) +
             f'<span>&copy; {a["copy_year"]} Tidewater Live Media LLC. All rights reserved.</span></div></footer>')
    h.append("".join(f))
    h.append('<div class="tl-cmp" id="tl-cmp" role="dialog" aria-modal="false" aria-labelledby="tl-cmp-title"><div class="tl-cmp__inner"><div>'
             '<h2 id="tl-cmp-title">We value your privacy</h2>'
             '<p>We and our partners use cookies and similar technologies to keep this site running, remember your preferences, '
             'measure how our stories perform and show you advertising that is more relevant to you. Some partners process data '
             'based on legitimate interest, which you can object to in the settings.</p>'
             '<p>You can change your choices at any time under <a href="/cookie-settings/">Cookie Settings</a> at the bottom of every page. '
             'See our <a href="/privacy-policy/">Privacy Policy</a> for details.</p></div>'
             '<div class="tl-cmp__btns"><button class="is-primary" id="tl-cmp-accept" type="button">Accept all</button>'
             '<button id="tl-cmp-reject" type="button">Essential only</button>'
             '<button id="tl-cmp-manage" type="button">Manage settings</button></div></div></div>')
    h.append('</div></div>')
    h.append('<script>window.__TL_LIVE_STATE__=' + json_dumps({
        "blog": {"id": a["cid"], "status": status, "section": sec, "postCount": len(a["entries"]), "pinned": [f'{a["cid"]}-{e["t"]:%H%M}' for e in a["entries"] if e.get("pinned")]},
        "posts": [{"id": f'{a["cid"]}-{e["t"]:%H%M}', "ts": int(e["t"].timestamp()), "author": slugify(e["author"]), "key": bool(e.get("key")),
                   "reactions": {"like": (a["seed"] * 37 + i * 11) % 90, "wow": (a["seed"] * 7 + i * 3) % 25}, "shares": (a["seed"] * 13 + i * 29) % 140,
                   "media": [p_[1] if isinstance(p_[1], str) else p_[0] for p_ in e["parts"] if p_[0] in ("fig", "chirp", "pictory", "map")]}
                  for i, e in enumerate(a["entries"])],
        "poll": {"interval": 30000, "endpoint": f"/api/live/v2/{a['cid']}/posts", "cursor": f"{a['cid']}-p2"},
        "video": {"player": "tlvp-4.2.1", "playlist": f"pl-{sec}-{a['seed'] * 1117}", "autoplay": False, "muted": True, "floating": True,
                  "ads": {"preroll": f"https://ads.tidewaterlive.example/vast?slot=preroll&sec={sec}", "midrollEvery": 300}},
        "weather": {"station": "KORF", "tempF": int(''.join(ch for ch in a["weather"].split()[1] if ch.isdigit()) or 0), "alerts": []}}) + ';</script>')
    h.append(FOOT_JS % {"cid": a["cid"], "upd": upd.isoformat(), "status": status, "relt": "true" if rel_mode else "false"})
    h.append('</body>')
    h.append('</html>')
    return "\n".join(h), blocks


# ---------------------------------------------------------------- articles

def e(t, author, title, parts, pinned=False, key=False):
    return dict(t=t, author=author, title=title, parts=parts, pinned=pinned, key=key)


def t01(hh, mi):
    return d(2015, 10, 2, hh, mi, EDT)


def t02(hh, mi):
    return d(2017, 4, 18, hh, mi, EDT)


def t03(hh, mi):
    return d(2018, 9, 12, hh, mi, EDT)


def t04(hh, mi):
    return d(2019, 11, 5, hh, mi, EST)


def t05(hh, mi):
    return d(2021, 3, 23, hh, mi, EDT)


def t06(hh, mi):
    return d(2022, 6, 18, hh, mi, EDT)


def t07(hh, mi):
    return d(2024, 1, 16, hh, mi, EST)


def t08(hh, mi):
    return d(2025, 5, 8, hh, mi, EDT)


COMMON_PHEN = ["teasers-in-article", "live-blog-entries", "updated-date", "kicker", "json-ld", "nav-menu", "footer-links", "cookie-banner",
               "share-bar", "related-list", "most-read", "ad-slots", "tag-list", "decoy-date", "local-time-zone",
               "subheadings", "list-in-body"]

ARTICLES = [
    # ------------------------------------------------------------ 01: coastal storm (embeds, pinned, absolute dates)
    dict(
        id="tidewater-live-01", seed=1, h1_badge="Live", split=4, teaser_after=(2, "Beach replenishment at Sandbridge pushed back a year", 45), cards=True, ld_headline="LIVE: Coastal storm swamps Norfolk and Virginia Beach as afternoon high tide peaks", cid="tl-live-20151002-storm",
        url=f"{HOST}/news/weather/2015/10/02/live-coastal-storm-flooding-norfolk-virginia-beach/",
        section="weather", subsection="storms", section_label="Weather", kicker="Coastal storm",
        headline="Coastal storm swamps Norfolk and Virginia Beach as afternoon high tide peaks",
        title="Live updates: Coastal flooding, road closures across Hampton Roads | Tidewater Live",
        og_title="Live updates: Coastal flooding closes roads across Hampton Roads",
        desc="Tidal flooding, road closures, power outages and shelter information as a coastal storm lingers off the Virginia coast.",
        keywords=["Weather", "Flooding", "Norfolk", "Virginia Beach", "Power outages"],
        img="storm-ghent-colley-20151002", event="Coastal storm and tidal flooding", place="Hampton Roads, Virginia",
        alert="Coastal flooding: live updates, closures and shelters", weather="Norfolk 61° Rain",
        pub=t01(5, 45), upd=t01(16, 20), end=t01(23, 0), copy_year=2015, newsletter=True,
        authors=["Dana Whitcomb", "Marcus Ibe"],
        crumbs=[("Home", "/"), ("Weather", "/weather/"), ("Storms", "/weather/storms/")],
        dek=("A slow-moving coastal low pushed tides more than three feet above normal on Friday, flooding streets "
             "from Ghent to Sandbridge. Follow our updates below."),
        lead=("storm-ghent-colley-20151002", "Water covers Colley Avenue in Norfolk’s Ghent neighborhood on Friday morning.",
              "Marcus Ibe / Tidewater Live"),
        keypoints=["Tides peaked at 7.1 feet shortly before 1 p.m., among the highest readings in the harbor since 2009",
                   "More than 18,000 customers lost power at the height of the storm",
                   "Norfolk opened an emergency shelter at Westover Recreation Center",
                   "Friday night high school football games have been moved to Saturday"],
        related=[("Live: Tropical rain soaks the Peninsula, closes schools", 12),
                 ("Live: King tide floods downtown streets for third day", 29),
                 ("Live updates: Nor’easter brings wind, beach erosion to the Oceanfront", 310)],
        entries=[
            e(t01(16, 20), "Dana Whitcomb", "Water receding downtown, but another high tide is due after 1 a.m.", [
                ("p", "Floodwater has begun to drain from most streets downtown and in Ghent, city spokeswoman Alana Reyes-Moffit said, "
                      "but crews will keep barricades up overnight. The next high tide, forecast shortly after 1 a.m., is expected to run "
                      "about a foot lower than Friday afternoon’s peak."),
                ("p", "“We are asking people not to move their cars back onto the street tonight,” Reyes-Moffit said. “One more tide "
                      "cycle and we should be through the worst of it.”"),
            ], key=True),
            e(t01(15, 35), "Marcus Ibe", None, [
                ("fig", "storm-mowbray-arch-paddle", "A paddleboarder crosses a flooded stretch of Mowbray Arch in Ghent on Friday afternoon.",
                 "Marcus Ibe / Tidewater Live"),
                ("p", "Not everyone stayed indoors. Police warned that floodwater can hide open storm drains and downed lines, and urged "
                      "residents to stay out of it."),
            ]),
            e(t01(14, 50), "Dana Whitcomb", "Friday football moved to Saturday", [
                ("p", "Norfolk and Virginia Beach public schools have postponed all Friday night football games. Most will be played "
                      "Saturday at noon, athletic directors said; updated schedules are posted on the districts’ websites."),
            ]),
            e(t01(13, 40), "Marcus Ibe", "More than 18,000 without power", [
                ("p", "Outages peaked at about 18,400 customers across Norfolk, Virginia Beach and Chesapeake around 1:30 p.m., according "
                      "to Bayline Electric’s outage map. Company spokesman Derrick Holloway said most were caused by limbs falling from "
                      "trees in saturated soil."),
                ("p", "“The ground is so soft that trees are coming down in winds that normally wouldn’t touch them,” Holloway said. He "
                      "said crews expect to restore most customers by Saturday evening."),
            ], key=True),
            e(t01(12, 15), "Dana Whitcomb", "Tide peaks above 7 feet", [
                ("p", "The tide crested at 7.1 feet above mean lower low water at 12:58 p.m., meteorologist Corinne Vasko reported. "
                      "That puts Friday among the five highest tides recorded in the harbor since 2009, and water is expected to stay "
                      "high for another two hours even as it starts to fall."),
                ("chirp", dict(name="Corinne Vasko", handle="CorinneVaskoWx", id="649912873310022145", date=t01(13, 2),
                               text="Crest is in: 7.1 ft MLLW at 12:58pm. Water stays high for the next 2 hrs even as it starts falling. Please don't drive through it.",
                               tags=["ORFwx"])),
            ]),
            e(t01(11, 5), "Marcus Ibe", "Norfolk opens emergency shelter", [
                ("p", "The city has opened a shelter at Westover Recreation Center for residents whose homes are taking on water. Pets "
                      "are welcome if they are in carriers, said Reyes-Moffit, who added that about 40 people had checked in by 11 a.m."),
            ]),
            e(t01(9, 30), "Dana Whitcomb", "Shore Drive closed in Virginia Beach", [
                ("p", "Virginia Beach police have closed Shore Drive between Great Neck Road and the Lesner Bridge after water covered "
                      "both lanes. Drivers heading to the Oceanfront should use Interstate 264 instead."),
            ]),
            e(t01(7, 50), "Marcus Ibe", None, [
                ("p", "Readers are sending us photos of flooding from across the region. One Ghent resident, Lena Marchetti, moved her "
                      "car into a garage before dawn and found water at the doorsteps along Mowbray Arch by 7:30."),
                ("chirp", dict(name="Lena Marchetti", handle="ghentgardener", id="649863301977554944", date=t01(7, 34),
                               text="Mowbray Arch this morning. Tide isn't even close to high yet. Moved the car to the garage at 6 and very glad I did.")),
            ]),
            e(t01(5, 45), "Dana Whitcomb", "Good morning", [
                ("p", "Good morning. A coastal storm sitting off the Outer Banks is pushing water into the Chesapeake Bay and its rivers, "
                      "and the morning high tide is already flooding low-lying streets. We’ll be updating this page throughout the day "
                      "with closures, outages and forecasts."),
            ]),
            e(t01(6, 0), "Dana Whitcomb", "Road closures and where to get help", [
                ("p", "This post will stay at the top of the page. Call 911 only for emergencies; for non-emergency storm questions, "
                      "Norfolk residents can reach the city’s storm line at 757-555-0142."),
                ("ul", ["Shelter: Westover Recreation Center, 1100 Westover Avenue, Norfolk (pets allowed in carriers)",
                        "Closed: Shore Drive between Great Neck Road and the Lesner Bridge",
                        "Closed: Colley Avenue from 21st Street to Olney Road",
                        "Free parking: city garages downtown are open to residents until 6 p.m. Saturday"]),
            ], pinned=True),
        ],
        entities=[("Norfolk", "LOC"), ("Virginia Beach", "LOC"), ("Ghent", "LOC"), ("Sandbridge", "LOC"), ("Colley Avenue", "LOC"),
                  ("Westover Recreation Center", "LOC"), ("Westover Avenue", "LOC"), ("Shore Drive", "LOC"), ("Great Neck Road", "LOC"),
                  ("Lesner Bridge", "LOC"), ("21st Street", "LOC"), ("Olney Road", "LOC"), ("Alana Reyes-Moffit", "PER"),
                  ("Reyes-Moffit", "PER"), ("Mowbray Arch", "LOC"), ("Chesapeake", "LOC"), ("Bayline Electric", "ORG"),
                  ("Derrick Holloway", "PER"), ("Holloway", "PER"), ("Corinne Vasko", "PER"), ("Oceanfront", "LOC"),
                  ("Interstate 264", "LOC"), ("Lena Marchetti", "PER"), ("Outer Banks", "LOC"), ("Chesapeake Bay", "LOC")],
        phenomena=COMMON_PHEN + ["inline-related", "embedded-post", "standfirst", "multiple-authors", "localized-date", "date-in-url",
                                 "title-differs-from-headline", "photo-caption", "newsletter-box", "split-body", "article-per-teaser"],
        notes="Live-blog entry times and entry authors are left out; the pinned post is read first, as shown; the 'Key points' box is optional; embedded post text is excluded. The 'Live' label inside the <h1> is a kicker and not part of the headline (the JSON-LD headline keeps it glued on).",
    ),
    # ------------------------------------------------------------ 02: school board (relative, pinned)
    dict(
        id="tidewater-live-02", seed=2, meta_pub=None, meta_author=None, ld_author="org", cards=True, cid="tl-live-4471829", relative=True, ended=True,
        url=f"{HOST}/education/school-boards/live-chesapeake-school-board-attendance-zones-vote-4471829/",
        section="education", subsection="school-boards", section_label="Education", kicker="School boards",
        headline="Chesapeake School Board approves new attendance zones after five-hour meeting",
        title="Chesapeake School Board approves new attendance zones after five-hour meeting | Tidewater Live",
        og_title="Chesapeake School Board approves new attendance zones",
        desc="Live updates from the Chesapeake School Board meeting on the attendance-zone plan that moves about 1,350 students.",
        keywords=["Education", "Chesapeake", "School boards", "Redistricting"],
        img="chesapeake-school-board-meeting", event="Chesapeake School Board meeting", place="Chesapeake, Virginia",
        weather="Norfolk 66° Clear",
        pub=t02(17, 30), upd=t02(23, 5), now=t02(23, 19), end=t02(23, 5), copy_year=2017,
        authors=["Lorna Castellanos"],
        crumbs=[("Home", "/"), ("Education", "/education/"), ("School Boards", "/education/school-boards/")],
        keypoints=["The board voted 6-3 to adopt the attendance plan known as Option C",
                   "About 1,350 students will change schools in August 2018",
                   "Rising seniors may finish at their current high school",
                   "More than 80 people signed up to speak"],
        related=[("Live: Virginia Beach School Board budget hearing", 20),
                 ("Live: Norfolk council votes on school construction plan", 44),
                 ("Live updates: Portsmouth superintendent search narrows to two", 95)],
        entries=[
            e(t02(18, 0), "Lorna Castellanos", "What’s on the table", [
                ("p", "Option C moves about 1,350 students to new schools in August 2018 to relieve crowding at Cedar Landing High "
                      "School and Dunmore Ridge High School. It also redraws two elementary school zones and fills the new Pocaty Creek "
                      "Middle School with students drawn from three existing middle schools."),
                ("p", "District staff estimate that the changes would lengthen some bus routes by up to 20 minutes. The full proposal "
                      "and maps are posted on the district’s website."),
            ], pinned=True),
            e(t02(22, 52), "Lorna Castellanos", "Board approves Option C, 6-3", [
                ("p", "After nearly five hours of public comment and debate, the Chesapeake School Board voted 6-3 to adopt Option C. "
                      "Chairman Reginald Soto, who voted yes, called it “the least painful of several painful choices.”"),
                ("p", "Board members Wanda Pruitt, Glen Hostetler and Ayesha Carmody voted no. Pruitt said the board had not done "
                      "enough to explain the changes to families in Western Branch, where most of the reassigned students live."),
            ], key=True),
            e(t02(22, 10), "Lorna Castellanos", "Amendment on rising seniors passes", [
                ("p", "The board unanimously approved an amendment from Hostetler allowing students who will be seniors in 2018-19 to "
                      "finish at their current high school. Families will have to request the exemption by Jan. 15, and the district "
                      "will not provide bus service for those students."),
            ]),
            e(t02(21, 25), "Lorna Castellanos", None, [
                ("p", "Superintendent Miriam Oakes told the board that without new zones, Cedar Landing High School would reach 131 "
                      "percent of its capacity within three years."),
                ("quote", "“We have already converted the library annex into classrooms. We are out of space we can convert.”"),
            ]),
            e(t02(20, 40), "Lorna Castellanos", "Parents split on bus times", [
                ("p", "Several speakers from Deep Creek said the longer bus rides under Option C would put high school students at bus "
                      "stops before 6:30 a.m. “My daughter would be waiting in the dark for half the school year,” said Tamika Redd, "
                      "a mother of three."),
                ("p", "Others backed the plan. “Crowded hallways are not a safety plan either,” said Jerome Falk, whose son attends "
                      "Cedar Landing."),
            ]),
            e(t02(19, 30), "Lorna Castellanos", "Public comment stretches past two hours", [
                ("p", "More than 80 people signed up to speak, each allowed three minutes, and Soto has extended the comment period "
                      "twice. The overflow room, which holds about 150 people, is full, and a few dozen residents are following the "
                      "livestream on their phones in the lobby."),
            ]),
            e(t02(18, 5), "Lorna Castellanos", None, [
                ("p", "The meeting has been called to order. Soto reminded the crowd that the board will not answer questions during "
                      "public comment and asked speakers to address the board rather than the audience."),
            ]),
            e(t02(17, 30), "Lorna Castellanos", "Welcome", [
                ("p", "Good evening from the School Administration Building on Cedar Road, where the Chesapeake School Board is "
                      "expected to vote tonight on new attendance zones for 14 schools. We’ll post updates as the meeting goes on."),
            ]),
        ],
        entities=[("Chesapeake School Board", "ORG"), ("Option C", "MISC"), ("Cedar Landing High School", "ORG"),
                  ("Dunmore Ridge High School", "ORG"), ("Pocaty Creek Middle School", "ORG"), ("Reginald Soto", "PER"),
                  ("Soto", "PER"), ("Wanda Pruitt", "PER"), ("Pruitt", "PER"), ("Glen Hostetler", "PER"), ("Hostetler", "PER"),
                  ("Ayesha Carmody", "PER"), ("Western Branch", "LOC"), ("Miriam Oakes", "PER"), ("Deep Creek", "LOC"),
                  ("Tamika Redd", "PER"), ("Jerome Falk", "PER"), ("Cedar Landing", "ORG"), ("School Administration Building", "LOC"),
                  ("Cedar Road", "LOC")],
        phenomena=COMMON_PHEN + ["relative-date", "date-only-in-metadata", "article-per-teaser"],
        notes="The page shows only relative times ('Started 5 hrs ago', 'Updated 14 min ago'); published and modified come from the time elements' datetime attributes and JSON-LD. The block quote in the 9:25 p.m. entry is the superintendent's words set off in the entry and is required.",
    ),
    # ------------------------------------------------------------ 03: shipyard strike (embeds, pinned) -> variant 09
    dict(
        id="tidewater-live-03", seed=3, meta_pub="created", created=d(2018, 9, 11, 21, 35, EDT), split=3, teaser_after=(5, "Shipbuilders hiring 600 workers this spring", 61), cards=True, cid="tl-live-20180912-strike",
        url=f"{HOST}/business/2018/09/12/live-harrowgate-ship-repair-strike-portsmouth/",
        section="business", subsection="port-and-shipping", section_label="Business", kicker="Shipyard strike",
        headline="Welders walk off the job at Harrowgate Ship Repair as contract talks collapse",
        title="Harrowgate Ship Repair strike: live updates from Portsmouth | Tidewater Live",
        og_title="Harrowgate Ship Repair strike: live updates",
        desc="About 900 workers at Harrowgate Ship Repair in Portsmouth are on strike over wages and mandatory overtime. Live updates.",
        keywords=["Business", "Shipyards", "Portsmouth", "Labor"],
        img="harrowgate-picket-line", event="Strike at Harrowgate Ship Repair", place="Portsmouth, Virginia",
        alert="Shipyard strike in Portsmouth: live updates", weather="Norfolk 84° Partly cloudy",
        pub=t03(6, 40), upd=t03(18, 55), end=t03(23, 59), copy_year=2018,
        authors=["Jared Pettaway", "Simone Ashby"],
        crumbs=[("Home", "/"), ("Business", "/business/"), ("Port and Shipping", "/business/port-and-shipping/")],
        dek=("About 900 welders, pipefitters and electricians at the Portsmouth yard went on strike Wednesday morning over "
             "wages and mandatory overtime."),
        keypoints=["United Shipyard Trades Local 14 says 900 members are on strike",
                   "The union wants raises of 4.5 percent a year; the company offered 2.5 percent",
                   "Work on two commercial tankers in dry dock continues with salaried staff",
                   "No new talks have been scheduled"],
        related=[("Live: Port terminal workers rally for safety rules", 140),
                 ("Live: Shipbuilder unveils hiring plan at job fair", 61),
                 ("Live updates: Container ship runs aground in the channel", 370)],
        entries=[
            e(t03(7, 0), "Jared Pettaway", "What the dispute is about", [
                ("p", "The contract between Harrowgate Ship Repair and United Shipyard Trades Local 14 expired Aug. 31. The union is "
                      "seeking raises of 4.5 percent in each of the next three years and a cap of 10 hours of mandatory overtime a week. "
                      "The company has offered 2.5 percent a year and says overtime limits would make it impossible to meet repair "
                      "deadlines."),
                ("p", "The last strike at the yard, in 2009, lasted 23 days."),
            ], pinned=True),
            e(t03(18, 55), "Jared Pettaway", "No talks scheduled as first day ends", [
                ("p", "Pickets will stay at all three gates overnight, Local 14 president Darnell Whitaker said. Neither side said when "
                      "negotiations would resume. A federal mediator has offered to meet with both sides next week, according to the union."),
            ], key=True),
            e(t03(17, 20), "Simone Ashby", "Company says its offer is fair", [
                ("p", "Harrowgate said in a statement that it was “disappointed” by the walkout and that its offer was “fair and "
                      "competitive with yards across the East Coast.” The company also posted a summary of its offer on social media."),
                ("chirp", dict(name="Harrowgate Ship Repair", handle="HarrowgateYard", id="1040021187724519424", date=t03(17, 4),
                               text="Our offer includes raises every year, no increase in health premiums and a signing bonus. We remain ready to meet. Full statement: harrowgate.example/news")),
            ]),
            e(t03(16, 5), "Simone Ashby", None, [
                ("fig", "harrowgate-picket-line", "Striking workers and supporters walk a picket line outside the main gate on Wednesday.",
                 "Simone Ashby / Tidewater Live"),
                ("p", "The crowd at the main gate grew to several hundred by mid-afternoon as workers from the morning shift were joined "
                      "by family members and retirees. Some carried signs reading “Overtime is not a lifestyle.”"),
            ]),
            e(t03(15, 15), "Jared Pettaway", "What strikers will be paid", [
                ("p", "Striking members will receive $300 a week from the union’s strike fund starting in the second week of the walkout, "
                      "Whitaker said. The fund holds about $2.4 million, enough to pay benefits for roughly nine weeks at the current headcount."),
                ("p", "Health coverage is a bigger worry for many families. Under the expired contract, the company pays premiums through the "
                      "end of the month in which a strike begins, which means coverage would lapse Oct. 1 if the walkout lasts that long. "
                      "“That date is on everybody’s mind,” Whitaker said."),
            ]),
            e(t03(14, 30), "Jared Pettaway", "What it means for the tankers", [
                ("p", "Two commercial tankers are in Harrowgate’s dry docks for scheduled overhauls. Company spokeswoman Kelsey Marchand "
                      "said salaried staff and subcontractors would keep “essential work” going, but she would not say whether the "
                      "ships’ return dates would slip."),
            ]),
            e(t03(13, 10), "Simone Ashby", "Union: strike vote was 712 to 64", [
                ("p", "Whitaker said members voted 712 to 64 on Sunday to authorize the strike. The union has been posting photos from "
                      "the picket lines throughout the day."),
                ("chirp", dict(name="United Shipyard Trades Local 14", handle="USTLocal14", id="1039954410862043136", date=t03(12, 51),
                               text="Day 1. Every gate covered. Thank you to everyone who brought water and food. We want a fair contract, not a fight.",
                               tags=["HarrowgateStrike"])),
            ]),
            e(t03(12, 5), "Simone Ashby", "Local businesses feel it", [
                ("p", "At the Dry Dock Diner across Elm Avenue, owner Paulette Ruiz said the breakfast rush was about half its usual size. "
                      "Most of her regulars are yard workers who stop in before the 6 a.m. shift. “I’m sending coffee out to the line "
                      "anyway,” she said. “These are my customers. They’ll be back.”"),
                ("p", "Two sandwich shops on Harbor Court said they expected a similar drop but had not decided whether to cut hours."),
            ]),
            e(t03(11, 45), "Jared Pettaway", None, [
                ("p", "Traffic on Elm Avenue near the main gate is backed up in both directions. Portsmouth police have closed one lane "
                      "to give pickets room on the sidewalk and are directing cars through the intersection with Harbor Court."),
            ]),
            e(t03(10, 30), "Jared Pettaway", "How big is Harrowgate?", [
                ("p", "Harrowgate is one of the largest private employers in Portsmouth, with about 1,400 workers in total, including "
                      "salaried staff. The yard repairs commercial tankers, ferries and barges and has two dry docks able to take ships up "
                      "to 900 feet long. It reported revenue of about $310 million last year, according to figures it filed with the city "
                      "as part of a tax incentive agreement."),
                ("p", "The city granted the company a $4 million property tax break in 2016 in exchange for a promise to keep at least "
                      "1,200 jobs at the yard through 2022."),
            ]),
            e(t03(9, 20), "Simone Ashby", "Workers explain why they walked out", [
                ("p", "“I worked 62 hours last week and 58 the week before,” said Tyrell Dawkins, a pipefitter with 11 years at the yard. "
                      "“I’m not asking to work less. I’m asking to know when I’m going home.”"),
                ("p", "Another welder, Marisol Ebanks, said she supports the strike even though she cannot afford a long one. “Nobody "
                      "here wants this to go on for a month,” she said."),
            ]),
            e(t03(6, 40), "Jared Pettaway", "Strike begins", [
                ("p", "Picket lines went up at 6 a.m. at Harrowgate Ship Repair in Portsmouth, hours after negotiators for the company "
                      "and the union failed to reach a deal. We’ll have updates from the gates throughout the day."),
            ]),
        ],
        entities=[("Harrowgate Ship Repair", "ORG"), ("Harrowgate", "ORG"), ("Portsmouth", "LOC"),
                  ("United Shipyard Trades Local 14", "ORG"), ("Local 14", "ORG"), ("Darnell Whitaker", "PER"), ("Whitaker", "PER"),
                  ("East Coast", "LOC"), ("Kelsey Marchand", "PER"), ("Elm Avenue", "LOC"), ("Harbor Court", "LOC"),
                  ("Tyrell Dawkins", "PER"), ("Marisol Ebanks", "PER"), ("Dry Dock Diner", "ORG"), ("Paulette Ruiz", "PER")],
        phenomena=COMMON_PHEN + ["inline-related", "embedded-post", "standfirst", "multiple-authors", "localized-date", "date-in-url",
                                 "title-differs-from-headline", "photo-caption", "split-body", "article-per-teaser"],
        notes="Entry times and entry authors are left out; the pinned background post is read first, as shown; the 'Key points' box is optional; the text of the two embedded posts is excluded. article:published_time holds the blog's CMS record created the evening before (Sept. 11, 9:35 p.m.); the visible Published stamp and the JSON-LD give Sept. 12, 6:40 a.m., which is gold (GUIDELINES 10.1).",
    ),
    # ------------------------------------------------------------ 04: election night (relative, table)
    dict(
        id="tidewater-live-04", seed=4, meta_pub=None, meta_author=None, ld_author=None, divposts=True, cid="tl-live-7725510", relative=True, ended=True, ads_after=(1, 4),
        url=f"{HOST}/politics/elections/live-suffolk-transit-bond-referendum-results-7725510/",
        section="politics", subsection="elections", section_label="Politics", kicker="Election 2019",
        headline="Suffolk voters reject $140 million transit bond; incumbents hold council seats",
        title="Suffolk voters reject $140 million transit bond; incumbents hold council seats",
        og_title="Suffolk voters reject $140 million transit bond; incumbents hold council seats",
        desc="Live results and reaction from Suffolk’s transit bond referendum and city council races.",
        keywords=["Politics", "Elections", "Suffolk", "Transit"],
        img="suffolk-election-night-20191105", event="Suffolk general election", place="Suffolk, Virginia",
        weather="Norfolk 52° Clear",
        pub=t04(18, 45), upd=t04(23, 40), now=t04(23, 52), end=t04(23, 59), copy_year=2019, newsletter=True,
        authors=["Keith Ovando", "Priya Ramaswamy", "Tom Greeley"],
        crumbs=[("Home", "/"), ("Politics", "/politics/"), ("Elections", "/politics/elections/")],
        dek="Results from Suffolk’s transit referendum and city council races, updated as precincts report.",
        keypoints=["The bond question failed, with about 54 percent voting no",
                   "Both council incumbents on the ballot won re-election",
                   "Turnout was estimated at 38 percent"],
        related=[("Live: Virginia Beach election results", 365),
                 ("Live: Norfolk primary night", 140),
                 ("Live: Chesapeake council debates the budget", 200)],
        entries=[
            e(t04(23, 40), "Keith Ovando", "Bond backers concede", [
                ("p", "Supporters of the transit bond conceded shortly before 11:30 p.m. with 31 of 32 precincts reporting. “We made "
                      "the case, and voters told us they want a smaller plan,” said Renée Alvarado, who chaired the Move Suffolk Forward "
                      "campaign. She said the group would ask the council to bring back a scaled-down proposal within two years."),
            ], key=True),
            e(t04(23, 5), "Tom Greeley", "Results so far", [
                ("p", "Here are the unofficial results with 31 of 32 precincts reporting:"),
                ("table", [["Race", "Candidate or choice", "Votes", "Share"],
                           ["Transit bond", "Yes", "11,482", "45.8%"],
                           ["Transit bond", "No", "13,589", "54.2%"],
                           ["Council, Whaleyville borough", "Harold Beasley (i)", "2,911", "61.3%"],
                           ["Council, Whaleyville borough", "Ines Carrow", "1,838", "38.7%"],
                           ["Council, Nansemond borough", "Delia Tharpe (i)", "3,407", "57.9%"],
                           ["Council, Nansemond borough", "Wade Kimbrough", "2,476", "42.1%"]],
                 "Source: Suffolk general registrar, unofficial results. (i) denotes incumbent."),
            ]),
            e(t04(22, 45), "Tom Greeley", "Why the bond lost", [
                ("p", "Precinct results suggest the bond lost badly in the rural southern boroughs, where few of the proposed bus routes "
                      "would have run, and narrowly carried the precincts around downtown and Harbour View. In Whaleyville, about 68 "
                      "percent of voters said no."),
                ("p", "“People out here were being asked to pay for something they would never see,” said Lyle Bascombe, a farmer who "
                      "voted at the Whaleyville community center. “Show me a bus on my road and I’ll vote for it.”"),
                ("p", "Supporters had argued that the bus line would bring jobs and housing to the northern part of the city and relieve "
                      "traffic on Route 17. Alvarado said the campaign underestimated how hard it would be to explain a 30-year bond in a "
                      "single ballot sentence."),
            ]),
            e(t04(22, 15), "Priya Ramaswamy", None, [
                ("p", "Council member Delia Tharpe has declared victory in the Nansemond borough. Speaking to supporters at a restaurant "
                      "on Main Street, Tharpe thanked her opponent, Wade Kimbrough, for “a clean race about real issues.”"),
            ]),
            e(t04(21, 55), "Keith Ovando", "Turnout strong in the north", [
                ("p", "Lines were still out the door at two precincts near Harbour View at 7 p.m., and officials said everyone in line by "
                      "closing time was allowed to vote. Faison said the last of those voters finished around 7:40 p.m."),
                ("p", "The registrar’s office will begin counting about 1,100 mailed absentee ballots that arrived on Election Day on "
                      "Wednesday morning. Faison said the count is unlikely to change the outcome of any race."),
            ]),
            e(t04(21, 30), "Priya Ramaswamy", "Opponents gather downtown", [
                ("p", "About 60 people opposed to the bond are gathered at the offices of Suffolk Taxpayers United, watching results on "
                      "a projector. The group’s founder, Carl Odom, said the plan asked too much of homeowners."),
                ("p", "“Nobody is against buses,” Odom said. “We are against a 30-year bill for buses nobody rides yet.”"),
            ]),
            e(t04(20, 20), "Tom Greeley", "Early returns", [
                ("p", "Absentee ballots and the first eight precincts show the bond trailing 52 percent to 48 percent. Precincts in the "
                      "northern part of the city, where the proposed routes would run, have not reported yet."),
            ]),
            e(t04(19, 0), "Keith Ovando", "Polls closed", [
                ("p", "Polls closed at 7 p.m. Election officials reported no major problems, though voters at two precincts in Holland "
                      "waited up to 40 minutes in the afternoon after an electronic poll book malfunctioned. General registrar Monica "
                      "Faison estimated turnout at about 38 percent, high for an off-year city election."),
            ]),
            e(t04(18, 45), "Keith Ovando", "What’s on the ballot", [
                ("p", "Suffolk voters are deciding whether the city may borrow up to $140 million to build a bus rapid transit line "
                      "from downtown to Harbour View and to add four new bus routes. The city estimates the bond would add about $92 a "
                      "year to the tax bill on a $250,000 home. Two council seats are also on the ballot."),
            ]),
        ],
        entities=[("Suffolk", "LOC"), ("Renée Alvarado", "PER"), ("Move Suffolk Forward", "ORG"), ("Whaleyville", "LOC"),
                  ("Harold Beasley", "PER"), ("Ines Carrow", "PER"), ("Nansemond", "LOC"), ("Delia Tharpe", "PER"), ("Tharpe", "PER"),
                  ("Wade Kimbrough", "PER"), ("Main Street", "LOC"), ("Suffolk Taxpayers United", "ORG"), ("Carl Odom", "PER"),
                  ("Odom", "PER"), ("Holland", "LOC"), ("Monica Faison", "PER"), ("Harbour View", "LOC"),
                  ("Lyle Bascombe", "PER"), ("Route 17", "LOC"), ("Alvarado", "PER"), ("Faison", "PER")],
        phenomena=COMMON_PHEN + ["relative-date", "date-only-in-metadata", "standfirst", "multiple-authors", "table-in-body",
                                 "newsletter-box"],
        notes="Only relative times are visible ('Started 5 hrs ago', 'Updated 12 min ago'); dates come from datetime attributes and JSON-LD; the results table's source line is an optional caption.",
    ),
    # ------------------------------------------------------------ 05: barge fire (pinned, map iframe, update note)
    dict(
        id="tidewater-live-05", seed=5, notime=True, meta_author="urls", ld_author=None, h1_badge="Breaking", split=3, cid="tl-live-20210323-barge", ended=True,
        url=f"{HOST}/news/local/live-fuel-barge-fire-elizabeth-river-shelter-in-place-5530127/",
        section="news", subsection="local", section_label="News", kicker="Breaking",
        headline="Fuel barge fire on the Elizabeth River forces shelter-in-place order in Portsmouth and Norfolk",
        title="Fuel barge fire on the Elizabeth River forces shelter-in-place order in Portsmouth and Norfolk | Tidewater Live",
        og_title="Fuel barge fire on the Elizabeth River forces shelter-in-place order in Portsmouth and Norfolk",
        desc="A barge loaded with diesel caught fire near the Berkley waterfront. Live updates on the fire, closures and the shelter-in-place order.",
        keywords=["News", "Fire", "Elizabeth River", "Portsmouth", "Norfolk"],
        img="barge-fire-southern-branch", event="Fuel barge fire", place="Elizabeth River, Norfolk, Virginia",
        weather="Norfolk 58° Hazy",
        pub=t05(7, 15), upd=t05(15, 30), end=t05(15, 30), copy_year=2021,
        authors=["Hallie Brandt", "Marcus Ibe"],
        crumbs=[("Home", "/"), ("News", "/news/"), ("Local", "/news/local/")],
        dek=("A barge carrying diesel caught fire near the Berkley waterfront early Tuesday. Residents within half a mile were "
             "told to stay indoors with windows closed."),
        lead=("barge-fire-southern-branch", "Smoke rises from a burning fuel barge on the Southern Branch of the Elizabeth River on Tuesday morning.",
              "Hallie Brandt / Tidewater Live"),
        keypoints=["The fire started shortly after 6 a.m. and was out by about 12:30 p.m.",
                   "No injuries were reported",
                   "The shelter-in-place order was lifted at 3:20 p.m.",
                   "A one-mile stretch of the river remains closed to vessels"],
        related=[("Live: Chemical smell reported across downtown Norfolk", 400),
                 ("Live: Warehouse fire on the Portsmouth waterfront", 730),
                 ("Live: Water main break closes Brambleton Avenue", 85)],
        entries=[
            e(t05(7, 40), "Hallie Brandt", "Shelter-in-place order: what you need to know", [
                ("note", "The shelter-in-place order was lifted at 3:20 p.m. The guidance below no longer applies."),
                ("p", "The order covers homes and businesses within half a mile of the fire, including most of Berkley in Norfolk and "
                      "the Port Norfolk and Olde Towne neighborhoods of Portsmouth. Residents should stay inside, close windows and "
                      "doors and turn off heating and air-conditioning systems that draw in outside air."),
                ("ul", ["Stay indoors and keep pets inside",
                        "Do not drive into the area; police have closed the Berkley Bridge and the Jordan Bridge",
                        "Call 911 if you have trouble breathing",
                        "Schools inside the zone are keeping students indoors and will dismiss on time"]),
                ("map", "https://maps.tidewaterlive.example/embed/v1/zone?id=shelter-20210323&zoom=14",
                 "Map: The shelter-in-place area around the fire"),
            ], pinned=True),
            e(t05(15, 30), "Hallie Brandt", "Order lifted", [
                ("p", "Portsmouth and Norfolk officials lifted the shelter-in-place order at 3:20 p.m. after air monitors around the "
                      "site showed normal readings for two straight hours. The Berkley Bridge has reopened; the Jordan Bridge will stay "
                      "closed until about 5 p.m. while crews move equipment."),
            ], key=True),
            e(t05(14, 10), "Marcus Ibe", "River closed to vessel traffic", [
                ("p", "The Tidewater Harbor Authority has closed a one-mile stretch of the Southern Branch to all vessel traffic. Harbor "
                      "master Ray Castellano said the closure could last into Wednesday while the barge is inspected and what remains "
                      "of its cargo is pumped off."),
            ]),
            e(t05(13, 30), "Marcus Ibe", "Cleanup crews deploy booms", [
                ("p", "Crews from the state’s environmental quality office and a private cleanup contractor have laid about 2,000 feet of "
                      "floating boom around the barge to keep diesel from spreading toward the Portsmouth shoreline. A light sheen is "
                      "visible on the water downstream, but officials said it had not reached the marinas at Olde Towne."),
                ("p", "“Diesel evaporates and breaks down faster than heavier oils, which helps us,” said Celeste Abernathy, a spill "
                      "response coordinator for the contractor, Tidemark Environmental. “But we will be out here for days, not hours.”"),
            ]),
            e(t05(12, 40), "Hallie Brandt", "Fire is out", [
                ("p", "The fire is out, Portsmouth fire chief Alton Greer said at a briefing on the waterfront. Fireboats from both "
                      "cities poured foam on the barge for nearly five hours. Greer said about 40,000 gallons of diesel were on board; "
                      "it is not yet clear how much burned or leaked into the river."),
                ("p", "“We were fortunate with the wind,” Greer said. “It carried most of the smoke over the river and away from the houses.”"),
            ], key=True),
            e(t05(11, 20), "Marcus Ibe", None, [
                ("p", "No injuries have been reported. The barge’s two-person crew was aboard the tug alongside when the fire started "
                      "and moved away safely, according to Brightwater Towing, which operates the barge."),
            ]),
            e(t05(10, 5), "Hallie Brandt", None, [
                ("fig", "barge-fire-fireboats-foam", "Fireboats spray foam on the barge from the Portsmouth side of the river.",
                 "Hallie Brandt / Tidewater Live"),
                ("p", "Foam and water from at least four boats are now reaching the barge. The column of black smoke visible across the "
                      "region for much of the morning has thinned and turned gray."),
            ]),
            e(t05(8, 30), "Marcus Ibe", "Schools keep students inside", [
                ("p", "Norfolk’s school district says students at two schools inside the shelter-in-place area will stay indoors all "
                      "day. Parents should not try to pick up their children early, a spokeswoman said, because police are limiting "
                      "traffic in the neighborhood."),
            ]),
            e(t05(7, 15), "Hallie Brandt", "What we know", [
                ("p", "A fuel barge moored near the Berkley waterfront caught fire shortly after 6 a.m. Thick black smoke is drifting "
                      "over the Southern Branch of the Elizabeth River. Norfolk and Portsmouth have issued a shelter-in-place order for "
                      "residents within half a mile."),
            ]),
        ],
        entities=[("Elizabeth River", "LOC"), ("Portsmouth", "LOC"), ("Norfolk", "LOC"), ("Berkley", "LOC"),
                  ("Southern Branch", "LOC"), ("Port Norfolk", "LOC"), ("Olde Towne", "LOC"), ("Berkley Bridge", "LOC"),
                  ("Jordan Bridge", "LOC"), ("Tidewater Harbor Authority", "ORG"), ("Ray Castellano", "PER"),
                  ("Alton Greer", "PER"), ("Greer", "PER"), ("Brightwater Towing", "ORG"), ("Celeste Abernathy", "PER"),
                  ("Tidemark Environmental", "ORG")],
        phenomena=COMMON_PHEN + ["standfirst", "multiple-authors", "localized-date", "photo-caption",
                                 "correction-note", "iframe-embeds", "split-body"],
        notes="The update notice at the top of the pinned post is an optional note; the map embed's caption is optional; entry times and authors are left out. The 'Breaking' label inside the <h1> is a kicker; the page has no <time> elements, the visible 'Published March 23, 2021 at 7:15 a.m. EDT' stamp gives the date; author metadata holds only the staff profile URLs, so the byline's names are gold.",
    ),
    # ------------------------------------------------------------ 06: sail festival (relative, Pictory embeds, pinned)
    dict(
        id="tidewater-live-06", seed=6, section_h1=True, meta_pub="upd", cid="tl-live-9903318", relative=True,
        url=f"{HOST}/things-to-do/festivals/live-bayfront-sail-festival-parade-of-ships-norfolk-9903318/",
        section="things-to-do", subsection="festivals", section_label="Things To Do", kicker="Bayfront Sail Festival",
        headline="Tall ships glide into Norfolk as the Bayfront Sail Festival opens",
        title="Bayfront Sail Festival 2022 live: Parade of ships, road closures, fireworks | Tidewater Live",
        og_title="Bayfront Sail Festival live: Parade of ships, closures, fireworks",
        desc="Live coverage of the opening day of the Bayfront Sail Festival in downtown Norfolk.",
        keywords=["Things To Do", "Festivals", "Norfolk", "Tall ships"],
        img="bayfront-sail-parade", event="Bayfront Sail Festival", place="Town Point Park, Norfolk, Virginia",
        alert="Bayfront Sail Festival: parking, closures and live updates", weather="Norfolk 79° Sunny",
        pub=t06(9, 0), upd=t06(21, 48), now=t06(22, 5), end=d(2022, 6, 19, 22, 0, EDT), copy_year=2022, ads_after=(2, 5),
        authors=["Simone Ashby"],
        crumbs=[("Home", "/"), ("Things To Do", "/things-to-do/"), ("Festivals", "/things-to-do/festivals/")],
        keypoints=["Eleven tall ships from six countries sailed into the harbor in the morning parade",
                   "Deck tours run Saturday and Sunday from 10 a.m. to 6 p.m.",
                   "Police estimated Saturday’s crowd at about 85,000"],
        related=[("Live: Fourth of July fireworks across Hampton Roads", 365 + 14),
                 ("Live: Oceanfront air show draws record crowd", 300),
                 ("Live: Restaurant week kicks off downtown", 50)],
        entries=[
            e(t06(9, 10), "Simone Ashby", "Getting there: parking, shuttles and closures", [
                ("p", "Waterside Drive is closed between Boush Street and St. Paul’s Boulevard through Sunday night. The festival runs "
                      "free shuttles every 15 minutes from the Harbor Park lots; the last shuttle leaves Town Point at 11 p.m."),
                ("p", "Bags larger than 12 by 12 inches are not allowed on the piers, and drones are banned over the harbor for the "
                      "whole weekend."),
            ], pinned=True),
            e(t06(21, 48), "Simone Ashby", "Fireworks wrap up the first day", [
                ("p", "The fireworks show over the Elizabeth River ended a little after 9:50 p.m. Police estimated Saturday’s crowd at "
                      "about 85,000 people, organizers said, well above the 60,000 they had planned for."),
                ("p", "Festival director Janelle Obiora said the shuttle lines were “longer than we would like” and that two extra "
                      "buses would run on Sunday."),
            ], key=True),
            e(t06(20, 15), "Simone Ashby", None, [
                ("p", "Visitors on the Portsmouth side of the river may have had the best view of the evening, as the ships switched on "
                      "their deck lights at sunset."),
                ("pictory", dict(name="Anneliese Korver", handle="sailorsdaughter.va", id="CfQ2x8LuR1a",
                                 text="Golden hour on the Elizabeth. Worth the ferry ride over.")),
            ]),
            e(t06(18, 40), "Simone Ashby", "Long lines for deck tours", [
                ("p", "The wait to board the Norwegian ship Solveig Brekke was close to two hours this afternoon. The three-masted "
                      "ship, built in 1927, is the oldest vessel in this year’s fleet, and its crew of 38 includes 14 cadets."),
            ]),
            e(t06(16, 30), "Simone Ashby", None, [
                ("p", "Festival staff have reunited 14 lost children with their families so far today, Obiora said. The family "
                      "reunion tent is at the foot of the pedestrian bridge on Waterside Drive, next to the first-aid station."),
            ]),
            e(t06(14, 5), "Simone Ashby", "Up in the rigging", [
                ("p", "The crew of the Mexican ship Estrella del Golfo climbed into the rigging as it passed the crowds, a salute "
                      "sailors call manning the yards."),
                ("pictory", dict(name="Bayfront Sail Festival", handle="bayfrontsail", id="CfQ0a7mO9Zt",
                                 text="Crew aloft as she rounds the point. What a welcome!")),
            ]),
            e(t06(12, 20), "Simone Ashby", "A sailor’s homecoming", [
                ("p", "For deckhand Tomás Vilches, 24, the stop in Norfolk is a return. He lived in Virginia Beach until he was 10, "
                      "when his family moved back to Chile. “My grandmother is coming tomorrow to see the ship,” he said. “She still "
                      "lives in Kempsville.”"),
            ]),
            e(t06(10, 50), "Simone Ashby", "Parade of ships under way", [
                ("p", "The first ship, the Dutch schooner Wilhelmina Ter Horst, passed the Downtown Tunnel just after 10:30 a.m., "
                      "followed at five-minute intervals by the rest of the fleet. Thousands of spectators lined the seawall at Town "
                      "Point Park."),
            ]),
            e(t06(9, 0), "Simone Ashby", "Welcome", [
                ("p", "Good morning from downtown Norfolk, where 11 tall ships are lining up at the mouth of the harbor for the opening "
                      "parade of the Bayfront Sail Festival. We’ll post photos, schedules and traffic updates all day."),
            ]),
        ],
        entities=[("Norfolk", "LOC"), ("Bayfront Sail Festival", "MISC"), ("Waterside Drive", "LOC"), ("Boush Street", "LOC"),
                  ("St. Paul’s Boulevard", "LOC"), ("Harbor Park", "LOC"), ("Town Point", "LOC"), ("Elizabeth River", "LOC"),
                  ("Janelle Obiora", "PER"), ("Obiora", "PER"), ("Portsmouth", "LOC"), ("Norwegian", "MISC"),
                  ("Solveig Brekke", "MISC"), ("Mexican", "MISC"), ("Estrella del Golfo", "MISC"), ("Tomás Vilches", "PER"),
                  ("Virginia Beach", "LOC"), ("Chile", "LOC"), ("Kempsville", "LOC"), ("Dutch", "MISC"),
                  ("Wilhelmina Ter Horst", "MISC"), ("Downtown Tunnel", "LOC"), ("Town Point Park", "LOC")],
        phenomena=COMMON_PHEN + ["relative-date", "date-only-in-metadata",
                                                                       "embedded-post", "title-differs-from-headline"],
        notes="Only relative times are visible; dates come from datetime attributes and JSON-LD. The embedded Pictory posts' captions are excluded; the pinned post is read first, as shown.",
    ),
    # ------------------------------------------------------------ 07: winter storm (relative, list)
    dict(
        id="tidewater-live-07", seed=7, meta_pub=None, meta_author=None, ld_author="first", split=4, teaser_after=(6, "Storm drains clogged with leaves, city warns", 70), cid="tl-live-8841207", relative=True, ads_after=(1, 4, 6),
        url=f"{HOST}/weather/live-winter-storm-snow-ice-hampton-roads-schools-closed-8841207/",
        section="weather", subsection="closings-and-delays", section_label="Weather", kicker="Winter weather",
        headline="Snow and ice shut schools and snarl the tunnels across Hampton Roads",
        title="Snow and ice shut schools and snarl the tunnels across Hampton Roads",
        og_title="Snow and ice shut schools and snarl the tunnels across Hampton Roads",
        desc="School closings, crashes, tunnel backups and the forecast as snow and freezing drizzle hit Hampton Roads.",
        keywords=["Weather", "Winter storm", "School closings", "Traffic"],
        img="winter-plow-military-highway", event="Winter storm", place="Hampton Roads, Virginia",
        alert="Winter storm: closings, roads and forecast", weather="Norfolk 31° Freezing drizzle",
        pub=t07(5, 10), upd=t07(13, 25), now=t07(13, 47), end=t07(20, 0), copy_year=2024, newsletter=True,
        authors=["Tom Greeley", "Dana Whitcomb"],
        crumbs=[("Home", "/"), ("Weather", "/weather/"), ("Closings and Delays", "/weather/closings-and-delays/")],
        dek=("Three to five inches of snow fell overnight, followed by freezing drizzle. Most school districts closed, and "
             "state troopers responded to more than 200 crashes."),
        lead=("winter-plow-military-highway", "A plow clears Military Highway in Norfolk before sunrise on Tuesday.",
              "Tom Greeley / Tidewater Live"),
        keypoints=["Snow totals ranged from about 3 inches near the water to more than 5 inches in Suffolk",
                   "All public school districts in South Hampton Roads and on the Peninsula are closed",
                   "Black ice is expected on bridges and overpasses for Wednesday morning"],
        related=[("Live: Ice storm knocks out power to 60,000", 380),
                 ("Live: First snow of the season hits the Peninsula", 720),
                 ("Live: Flash freeze warning for Hampton Roads", 29)],
        entries=[
            e(t07(13, 25), "Dana Whitcomb", "Refreeze expected tonight", [
                ("p", "Temperatures will climb just above freezing this afternoon, but anything that melts will refreeze after sunset, "
                      "meteorologist Corinne Vasko says. Lows tonight will be in the low 20s inland and the mid-20s near the water. "
                      "Expect black ice on bridges and overpasses for Wednesday’s morning commute."),
            ], key=True),
            e(t07(12, 30), "Tom Greeley", "Wednesday closures already announced", [
                ("p", "Several districts have already decided about Wednesday:"),
                ("ul", ["Chesapeake: closed Wednesday", "Suffolk: two-hour delay", "Isle of Wight County: closed Wednesday",
                        "Norfolk and Portsmouth: decisions expected by 5 p.m."]),
            ]),
            e(t07(12, 0), "Dana Whitcomb", "Power outages climbing", [
                ("p", "About 9,600 customers were without power across Hampton Roads at noon, most of them in Chesapeake and Suffolk, "
                      "according to Bayline Electric. Freezing drizzle is coating branches and lines with a thin layer of ice, and the "
                      "company warned that outages could rise through the afternoon."),
                ("p", "Spokesman Derrick Holloway said the utility had brought in 180 line workers from other states on Monday night in "
                      "anticipation of the storm. “We expect most people to be restored by tomorrow evening, but ice makes everything "
                      "slower,” he said."),
            ]),
            e(t07(11, 15), "Tom Greeley", "More than 200 crashes", [
                ("p", "State troopers have responded to 214 crashes in the region since midnight, a police spokeswoman said. Most "
                      "involved property damage only; three people were taken to hospitals with injuries that were not "
                      "life-threatening."),
            ]),
            e(t07(10, 0), "Tom Greeley", "Backups at the tunnel", [
                ("p", "Traffic is backed up about four miles on Interstate 64 westbound approaching the Hampton Roads Bridge-Tunnel "
                      "after a tractor-trailer jackknifed on the Hampton side. One lane has reopened. If you can wait, wait."),
            ]),
            e(t07(9, 20), "Tom Greeley", "Warming centers open", [
                ("p", "Norfolk, Portsmouth and Virginia Beach have opened warming centers at recreation centers and libraries for people "
                      "without heat. Norfolk’s center at the Huntersville Recreation Center will stay open overnight, and the city is "
                      "running a van to pick up people who cannot get there on their own."),
                ("p", "Shelter staff said about 30 people spent Monday night at the Norfolk center. Volunteers from Hampton Roads Mutual "
                      "Aid were handing out hats, gloves and hot soup at the entrance Tuesday morning."),
            ]),
            e(t07(8, 40), "Dana Whitcomb", None, [
                ("p", "Trash and recycling collection is canceled today in Norfolk, Virginia Beach and Chesapeake. Pickups will shift "
                      "by one day for the rest of the week."),
            ]),
            e(t07(7, 20), "Dana Whitcomb", "How much snow fell?", [
                ("p", "Preliminary totals from trained spotters and our readers:"),
                ("ul", ["Suffolk (Whaleyville): 5.2 inches", "Chesapeake (Great Bridge): 4.6 inches", "Norfolk airport: 3.9 inches",
                        "Virginia Beach (Kempsville): 3.4 inches", "Hampton: 3.1 inches"]),
            ]),
            e(t07(6, 15), "Tom Greeley", "Schools closed", [
                ("p", "All public school districts in South Hampton Roads and on the Peninsula are closed today. Most colleges in the "
                      "region have moved classes online, and city offices in Norfolk and Portsmouth will open at 10 a.m."),
            ]),
            e(t07(5, 10), "Dana Whitcomb", "Good morning", [
                ("p", "Good morning. If you don’t have to be on the roads this morning, stay home. Snow tapered off around 3 a.m., but "
                      "freezing drizzle since then has glazed everything with a thin layer of ice. We’ll update closures, road "
                      "conditions and the forecast here throughout the day."),
            ]),
        ],
        entities=[("Hampton Roads", "LOC"), ("Military Highway", "LOC"), ("Norfolk", "LOC"), ("Suffolk", "LOC"),
                  ("South Hampton Roads", "LOC"), ("Peninsula", "LOC"), ("Corinne Vasko", "PER"), ("Chesapeake", "LOC"),
                  ("Isle of Wight County", "LOC"), ("Portsmouth", "LOC"), ("Interstate 64", "LOC"),
                  ("Hampton Roads Bridge-Tunnel", "LOC"), ("Hampton", "LOC"), ("Virginia Beach", "LOC"), ("Whaleyville", "LOC"),
                  ("Great Bridge", "LOC"), ("Kempsville", "LOC"), ("Bayline Electric", "ORG"), ("Derrick Holloway", "PER"),
                  ("Huntersville Recreation Center", "LOC"), ("Hampton Roads Mutual Aid", "ORG")],
        phenomena=COMMON_PHEN + ["inline-related", "relative-date", "date-only-in-metadata", "standfirst", "multiple-authors", "photo-caption",
                                 "newsletter-box", "split-body"],
        notes="Only relative times are visible; dates come from datetime attributes and JSON-LD. No pinned post on this blog; entry times and authors are left out. The JSON-LD author names only the first of the two bylined reporters; both byline names are gold.",
    ),
    # ------------------------------------------------------------ 08: verdict watch (embeds, pinned)
    dict(
        id="tidewater-live-08", seed=8, ld=False, other_first=("Live: Closing arguments in the Langford Marine trial", 1), teaser_after=(3, "Live: Former police captain sentenced in overtime scheme", 120), cid="tl-live-20250508-langford", ended=True,
        url=f"{HOST}/news/crime-courts/live-langford-marine-fraud-trial-jury-verdict-10218844/",
        section="news", subsection="crime-courts", section_label="Crime and Courts", kicker="Courts",
        headline="Jury finds Langford Marine owner guilty on 9 of 12 fraud counts",
        title="Verdict watch: Langford Marine fraud trial, day 3 of deliberations | Tidewater Live",
        og_title="Jury finds Langford Marine owner guilty on 9 of 12 fraud counts",
        desc="Live updates from the courthouse as the jury deliberates in the fraud trial of Langford Marine owner Curtis Langford.",
        keywords=["Crime and Courts", "Trials", "Virginia Beach", "Fraud"],
        img="langford-courthouse-steps", event="Langford Marine fraud trial", place="Virginia Beach, Virginia",
        weather="Norfolk 71° Cloudy",
        pub=t08(8, 30), upd=t08(17, 10), end=t08(17, 10), copy_year=2025, ads_after=(2, 5),
        authors=["Priya Ramaswamy"],
        crumbs=[("Home", "/"), ("News", "/news/"), ("Crime and Courts", "/news/crime-courts/")],
        keypoints=["Curtis Langford was found guilty on nine counts and acquitted on three",
                   "Sentencing is set for Aug. 14",
                   "The defense says it will appeal"],
        related=[("Live: Closing arguments in the Langford Marine trial", 1),
                 ("Live: Jury selection begins in Langford fraud case", 16),
                 ("Live: Former police captain sentenced in overtime scheme", 120)],
        entries=[
            e(t08(8, 35), "Priya Ramaswamy", "Background: the case against Curtis Langford", [
                ("p", "Prosecutors say Curtis Langford, 58, billed boat owners and two marinas for parts that were never installed and "
                      "repairs that were never done between 2019 and 2023, collecting about $2.3 million. He pleaded not guilty to 12 "
                      "counts of obtaining money by false pretenses and forgery. The trial began April 22."),
            ], pinned=True),
            e(t08(17, 10), "Priya Ramaswamy", "Sentencing set for August", [
                ("p", "Judge Evelyn Marsh set sentencing for Aug. 14 and allowed Langford to remain free on bond until then, over the "
                      "objection of prosecutors. Each count carries up to 20 years in prison, though state sentencing guidelines call "
                      "for far less."),
            ]),
            e(t08(16, 40), "Priya Ramaswamy", "Defense will appeal", [
                ("p", "“We respect the jury’s work, but we believe the court should not have allowed the testimony about the 2018 "
                      "invoices,” defense attorney Nathaniel Greaves told reporters outside the courthouse. “We will appeal.”"),
            ]),
            e(t08(16, 5), "Priya Ramaswamy", "Verdict: guilty on nine counts", [
                ("p", "The jury found Langford guilty on nine counts and not guilty on three counts tied to work on a sport-fishing boat "
                      "owned by a marina in Hampton. Langford stood with his hands folded as the verdicts were read and showed no "
                      "visible reaction. Several former customers seated behind the prosecution table embraced."),
                ("chirp", dict(name="Priya Ramaswamy", handle="PRamaswamyTL", id="1920532871046201355", date=t08(16, 3),
                               text="VERDICT: Langford guilty on 9 of 12 counts. Not guilty on the three counts tied to the Hampton marina boat. Sentencing Aug. 14.")),
            ], key=True),
            e(t08(15, 45), "Priya Ramaswamy", "The jury has reached a verdict", [
                ("p", "The bailiff has told the courtroom that the jury has reached a verdict. Marsh has asked everyone to be seated, "
                      "and Langford and his attorneys are back at the defense table."),
            ]),
            e(t08(14, 40), "Priya Ramaswamy", "What the jury has to decide", [
                ("p", "Jurors must decide each of the 12 counts separately. Nine concern invoices for engine and hull repairs that "
                      "prosecutors say were never done; three involve a 42-foot boat at a marina in Hampton, where the defense argues the "
                      "work was done but billed late."),
                ("p", "Each count of wire fraud carries a maximum sentence of 20 years, though first-time offenders typically receive far "
                      "less under the sentencing guidelines, said Abigail Trent, a former federal prosecutor who is not involved in the case."),
                ("p", "“The invoices are the whole case,” Trent said. “If the jury believes the repairs weren’t done, the paperwork "
                      "convicts him.”"),
            ]),
            e(t08(13, 20), "Priya Ramaswamy", "Jury asks to see invoices again", [
                ("p", "The jurors sent out a note asking to see exhibits 41 through 47, the invoices for engine work on a trawler called "
                      "the Miss Cordelia. Marsh granted the request. Those invoices were at the center of testimony from a former "
                      "Langford Marine mechanic, Danny Fortier, who said he was told to bill for parts he never received."),
            ]),
            e(t08(11, 0), "Priya Ramaswamy", None, [
                ("p", "A handful of former Langford Marine customers are waiting on benches outside the courtroom for the third day. "
                      "Gail Pruden, whose family paid $68,000 for an engine rebuild she says was never done, said she has come every "
                      "day. “I want to hear it myself,” she said."),
                ("chirp", dict(name="Bayside Boaters Association", handle="baysideboaters", id="1920459110734888972", date=t08(10, 41),
                               text="Members are at the courthouse again today. Whatever the verdict, we hope it brings some closure to the families who lost their savings on repairs.")),
            ]),
            e(t08(10, 15), "Priya Ramaswamy", "Who is waiting in the courtroom", [
                ("p", "About two dozen people are in the gallery this morning, most of them boat owners who say they paid Langford Marine "
                      "for repairs. Several have attended every day of the two-week trial."),
                ("p", "Gail Pruden, who testified last week that she paid $18,400 for an engine rebuild on a boat that never left the "
                      "yard, said she had taken the day off work. “I want to hear it in person,” she said."),
            ]),
            e(t08(8, 30), "Priya Ramaswamy", "Deliberations resume", [
                ("p", "Good morning from the Virginia Beach Courthouse, where jurors in the fraud trial of Langford Marine owner Curtis "
                      "Langford begin their third day of deliberations at 9 a.m. They have deliberated for about 11 hours so far."),
            ]),
        ],
        entities=[("Langford Marine", "ORG"), ("Curtis Langford", "PER"), ("Langford", "PER"), ("Evelyn Marsh", "PER"),
                  ("Marsh", "PER"), ("Nathaniel Greaves", "PER"), ("Hampton", "LOC"), ("Miss Cordelia", "MISC"),
                  ("Danny Fortier", "PER"), ("Gail Pruden", "PER"), ("Virginia Beach Courthouse", "LOC"), ("Abigail Trent", "PER"),
                  ("Trent", "PER")],
        phenomena=COMMON_PHEN + ["inline-related", "embedded-post", "localized-date", "title-differs-from-headline"],
        notes="Entry times and authors are left out; the pinned background post is read first, as shown; the reporter's own embedded post is excluded like any embed. The first <time> in the page belongs to the previous day's blog linked above the headline ('Previously'); the blog's own Published stamp is gold.",
    ),
]

# ------------------------------------------------------------ 09: minimal pair of 03 without the embedded posts
# Longer blogs (realism wave: body length): one more titled entry, placed between the existing entries by its time.
# New people and organisations join the entity list.
MORE = {
    "tidewater-live-04": (e(t04(22, 30), "Priya Ramaswamy", "What happens to the bus plan now", [
        ("p", "With the bond defeated, the city’s transit study goes back to the council. City manager Arlene Pruitt said staff "
              "would present options in January, including a smaller downtown loop that could be paid for from the existing "
              "capital budget and a state grant application due in March."),
        ("p", "“The need for better buses didn’t go away tonight,” Pruitt said. “The question is how fast we can build it and "
              "who pays.”"),
    ]), [("Arlene Pruitt", "PER"), ("Pruitt", "PER")]),
    "tidewater-live-07": (e(t07(10, 40), "Dana Whitcomb", "Hospitals ask for help with staff", [
        ("p", "Two hospitals in the region are asking four-wheel-drive volunteers to help get nurses to work. Marlow Regional "
              "Medical Center in Chesapeake said about a quarter of its day shift could not make it in, and night staff agreed "
              "to stay on until replacements arrived."),
        ("p", "“Our people have been here since 7 last night, and they are tired,” said Janelle Okoro, the hospital’s chief "
              "nursing officer. “If you have a truck and a few hours, call us.”"),
    ]), [("Marlow Regional Medical Center", "ORG"), ("Janelle Okoro", "PER")]),
}


def lengthened(a):
    """The blog with its MORE entry inserted in time order (unchanged without one)."""
    if a["id"] not in MORE:
        return a
    extra, entities = MORE[a["id"]]
    entries = sorted(a["entries"] + [extra], key=lambda x: x["t"], reverse=True)
    return dict(a, entries=entries, entities=list(a["entities"]) + [x for x in entities if x not in a["entities"]])


ARTICLES = [lengthened(a) for a in ARTICLES]
VARIANT = dict(ARTICLES[2], id="tidewater-live-09", query="?variant=b", variant_of="tidewater-live-03", embeds=False,
               phenomena=[p for p in ARTICLES[2]["phenomena"] if p != "embedded-post"],
               notes="Minimal pair of tidewater-live-03: differs only in embedded-post (the two embedded Chirp posts and their widget script are removed; all entry text is unchanged).")


def build():
    for a in ARTICLES + [VARIANT]:
        html_text, blocks = page(a, embeds=a.get("embeds", True))
        art = Article(
            id=a["id"], site=SITE, url=a["url"] + a.get("query", ""), language="en", headline=a["headline"],
            published=a["pub"].isoformat(), modified=a["upd"].isoformat(), authors=a["authors"],
            summary=a.get("dek", ""), blocks=blocks, entities=a["entities"], phenomena=a["phenomena"],
            notes=a.get("notes", ""), variant_of=a.get("variant_of"))
        p = emit(art, html_text, "utf-8")
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    build()
