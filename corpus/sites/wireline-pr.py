import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit
import dataclasses

"""Wireline PR (wireline-pr): an invented press-release distribution portal. Releases are pasted
by issuers (some straight from a word processor, with MsoNormal paragraphs and inline styles) into
the portal's release template: a utility bar for journalists and issuers, an industry mega-menu,
breadcrumbs, the release headline with an optional italic sub-headline, a "News provided by
<company>" line with the portal's ET timestamp, share buttons, the release text opening with the
dateline "CITY, Month D, YYYY /Wireline PR/ --", an "About <company>" section, the "###" end mark,
a media-contact block and a SOURCE line, then "More news from" and trending rails and a long
footer. Archived releases migrated from the portal's old system carry no OpenGraph or JSON-LD.
Times are US Eastern.

Annotation decisions kept across the site: the "About <company>" section (and any other
issuer-written section such as forward-looking statements) belongs to the release and IS body
(heading + paragraph); the media-contact block, the SOURCE line and the "###" mark are NOT body.
"News provided by <company>" names the issuer, not an author: authors are empty.

Metadata personality (realism wave): <title> is always the bare release headline; og:title is the
headline or, on some releases, the headline with the portal's suffix or a shortened social wording;
JSON-LD datePublished is the portal's submission record (the evening before on one release);
article:published_time is missing on releases imported through the IR feed. The legacy archive
template has no metadata at all and wraps the portal logo in the only <h1> (the release headline is
an <h2>). On some releases an alerts promo is injected between paragraphs and the body re-opened in a
second container; one archived release was pasted as plain text (<br><br> runs). Menus, the regional
site list, the consent vendor list and modal templates are in scripts and <template>."""

import datetime as _dt
import html as _html
import json as _json
from zoneinfo import ZoneInfo

SITE = "wireline-pr"
HOST = "https://www.wirelinepr.example"
IMG = "https://mma.wirelinepr.example"
NAME = "Wireline PR"
ET = ZoneInfo("America/New_York")
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stamp(d):
    return f"{MON[d.month - 1]} {d.day:02d}, {d.year}, {d.hour:02d}:{d.minute:02d} ET"


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=ET)


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s.replace("’", "").replace("'", "").replace("%", ""))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:90]




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


# ---------------------------------------------------------------- boilerplate pools

INDUSTRIES = [
    ("Automotive and Transportation", ["Aerospace", "Air Freight", "Airlines and Aviation", "Automotive", "Electric Vehicles", "Maritime and Shipbuilding", "Railroads and Intermodal", "Transportation, Trucking and Railroad", "Travel", "Logistics"]),
    ("Business Technology", ["Artificial Intelligence", "Cloud Computing", "Computer Hardware", "Computer Software", "Cybersecurity", "Data Analytics", "Internet Technology", "Networks", "Robotics", "Semiconductors", "Wireless Communications"]),
    ("Consumer Products and Retail", ["Apparel and Accessories", "Beauty", "Beers, Wines and Spirits", "Food and Beverages", "Home Furnishings", "Household Products", "Pet Products", "Retail", "Supermarkets", "Toys"]),
    ("Energy", ["Electrical Utilities", "Natural Gas", "Oil and Energy", "Solar", "Wind", "Water Utilities", "Energy Storage", "Nuclear"]),
    ("Entertainment and Media", ["Books", "Film and Motion Picture", "Music", "Publishing", "Radio", "Television", "Gaming", "Advertising", "Magazines"]),
    ("Environment", ["Conservation", "Climate", "Green Technology", "Recycling", "Water"]),
    ("Financial Services and Investing", ["Banking", "Earnings", "Dividends", "Fintech", "Insurance", "Mergers and Acquisitions", "Real Estate", "Stock Offerings", "Venture Capital", "Cryptocurrency"]),
    ("Health", ["Biotechnology", "Clinical Trials", "Dentistry", "Health Care and Hospitals", "Medical Equipment", "Mental Health", "Pharmaceuticals", "Product Recalls", "Veterinary", "Nutrition"]),
    ("Heavy Industry and Manufacturing", ["Aerospace and Defense", "Chemical", "Construction", "Machinery", "Mining", "Paper and Forest Products", "Textiles", "Metals", "Packaging"]),
    ("Policy and Public Interest", ["Education", "Environment", "Government", "Labor", "Nonprofit", "Philanthropy", "Surveys, Polls and Research", "Veterans"]),
    ("People and Culture", ["Awards", "Personnel Announcements", "Diversity and Inclusion", "Women in Business", "Trade Shows"]),
    ("Sports", ["Running", "Golf", "Outdoors and Camping", "Sporting Events", "Sports Equipment", "Sponsorships"]),
]

REGIONS = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia",
           "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
           "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
           "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
           "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
           "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Canada", "Mexico", "Brazil",
           "United Kingdom", "Ireland", "France", "Germany", "Netherlands", "Sweden", "Israel", "India", "Singapore",
           "Japan", "South Korea", "Australia", "New Zealand", "South Africa"]

# (issuer, headline, teaser, days before)
LATEST = [
    ("Marlow Freight Systems", "Marlow Freight Systems Adds 300 Electric Yard Trucks to Its Fleet", "The order is the largest single purchase of electric yard tractors by a North American carrier to date.", 0),
    ("Quillfeather Books", "Quillfeather Books Announces Shortlist for Its Debut Novel Prize", "Six first-time authors are in the running for the $25,000 award, to be presented in October.", 0),
    ("Sundial Health Partners", "Sundial Health Partners Opens Urgent Care Center in Tucson", "The 12-room clinic will be open from 7 a.m. to 11 p.m. every day of the year.", 1),
    ("Ridgeback Outdoor", "Ridgeback Outdoor Recalls Camp Stove Regulators", "About 8,200 regulators sold between March and May may leak fuel at the connection.", 1),
    ("Penrose Capital", "Penrose Capital Closes $310 Million Growth Fund", "The fund will invest in software and services companies in the Midwest.", 1),
    ("Elmstead Foods", "Elmstead Foods Names New Chief Financial Officer", "Marguerite Loy joins from a packaged-foods group where she led finance for eight years.", 2),
    ("Copperline Energy", "Copperline Energy Begins Construction of 200-Megawatt Solar Farm", "The project in western Kansas is expected to supply power to about 35,000 homes.", 2),
    ("Bluewater Aquarium Society", "Bluewater Aquarium Society Hatches First Seahorses in Breeding Program", "Staff say the program could help restore local seagrass populations.", 3),
]

# (issuer, headline, days before)
TRENDING = [
    ("Palisade Foods", "Palisade Foods Recalls Frozen Breakfast Burritos Due to Undeclared Milk", 1),
    ("Kestrel Air", "Kestrel Air Announces Nonstop Service Between Denver and Halifax", 2),
    ("Brookmere Insurance Group", "Brookmere Insurance Group Reports Second-Quarter Results", 1),
    ("Ondine Sleep", "Ondine Sleep Survey Finds 4 in 10 Adults Check Email in Bed", 3),
    ("Varda Semiconductor", "Varda Semiconductor to Build $600 Million Packaging Plant in Arizona", 2),
    ("Northfield University", "Northfield University Receives $40 Million Gift for Nursing School", 4),
    ("Cobalt Ridge Wines", "Cobalt Ridge Wines Named Winery of the Year at Pacific Coast Competition", 5),
    ("Trellis Software", "Trellis Software Acquires Scheduling Start-Up Rotawise", 1),
]

CSS = """
:root{--wl-navy:#0b2545;--wl-blue:#1565c0;--wl-teal:#00897b;--wl-grey:#5f6b7a;--wl-line:#dde3ea;--wl-bg:#f4f6f9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 "Source Sans Pro","Segoe UI",Helvetica,Arial,sans-serif;color:#1f2933;background:#fff}
a{color:var(--wl-blue);text-decoration:none}a:hover{text-decoration:underline}
img{max-width:100%;height:auto}
.wl-wrap{max-width:1180px;margin:0 auto;padding:0 20px}
.wl-util{background:var(--wl-navy);color:#cfd8e3;font-size:13px}
.wl-util .wl-wrap{display:flex;justify-content:space-between;align-items:center;height:34px}
.wl-util a{color:#fff;margin-left:16px}
.wl-head{border-bottom:1px solid var(--wl-line);background:#fff}
.wl-head .wl-wrap{display:flex;align-items:center;gap:28px;height:72px}
.wl-logo{font:700 26px/1 "Montserrat",Arial,sans-serif;color:var(--wl-navy);letter-spacing:-.5px}
.wl-logo span{color:var(--wl-teal)}
.wl-mainnav{display:flex;gap:4px;list-style:none;margin:0;padding:0;flex:1}
.wl-mainnav>li{position:relative}
.wl-mainnav>li>a{display:block;padding:24px 12px;color:#1f2933;font-weight:600}
.wl-mega{display:none;position:absolute;left:0;top:100%;background:#fff;border:1px solid var(--wl-line);box-shadow:0 10px 30px rgba(11,37,69,.15);width:880px;padding:20px;z-index:30;grid-template-columns:repeat(4,1fr);gap:18px}
.wl-mainnav>li:hover .wl-mega{display:grid}
.wl-mega h4{margin:0 0 6px;font-size:13px;text-transform:uppercase;color:var(--wl-grey)}
.wl-mega ul{list-style:none;margin:0;padding:0}
.wl-mega li a{display:block;padding:3px 0;color:#1f2933;font-size:14px}
.wl-regions{columns:4;list-style:none;margin:0;padding:0}
.wl-search input{border:1px solid var(--wl-line);border-radius:3px;padding:8px 10px;width:220px}
.wl-cta{background:var(--wl-teal);color:#fff !important;padding:9px 16px;border-radius:3px;font-weight:700}
.wl-crumbs{font-size:13px;color:var(--wl-grey);margin:18px 0 8px}
.wl-crumbs a:after{content:" \\203A ";color:#9aa5b1}
.wl-grid{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:40px}
.wl-release h1{font:700 30px/1.25 "Montserrat",Arial,sans-serif;color:var(--wl-navy);margin:6px 0 12px}
.wl-release .wl-subhead{font:italic 400 19px/1.45 Georgia,serif;color:#3e4c59;margin:0 0 16px}
.wl-meta{display:flex;flex-wrap:wrap;align-items:center;gap:6px 18px;border-top:1px solid var(--wl-line);border-bottom:1px solid var(--wl-line);padding:12px 0;margin-bottom:18px;font-size:14px;color:var(--wl-grey)}
.wl-meta__provided a{font-weight:700}
.wl-meta__logo img{height:40px;width:auto}
.wl-share{display:flex;gap:8px;margin-left:auto}
.wl-share a{display:inline-flex;width:30px;height:30px;border-radius:3px;background:var(--wl-bg);align-items:center;justify-content:center;color:var(--wl-navy);font-size:12px;font-weight:700}
.wl-body{font:16px/1.7 Georgia,"Times New Roman",serif}
.wl-body p{margin:0 0 16px}
.wl-body h2,.wl-body h3{font:700 18px/1.3 "Source Sans Pro",Arial,sans-serif;margin:26px 0 10px;color:var(--wl-navy)}
.wl-body ul{margin:0 0 16px 24px}
.wl-body li{margin-bottom:6px}
.wl-body table{border-collapse:collapse;margin:8px 0 20px;font:14px/1.4 "Source Sans Pro",Arial,sans-serif;width:100%}
.wl-body .wl-table th{background:var(--wl-navy);color:#fff;text-align:left;padding:8px}
.wl-body .wl-table td{border-bottom:1px solid var(--wl-line);padding:8px}
.wl-body .wl-table td.num{text-align:right}
.wl-body .xn-location,.wl-body .xn-chron{font-weight:700}
.wl-body .MsoNormal{margin:0 0 14px}
.wl-fig{margin:18px 0}
.wl-fig figcaption{font:13px/1.4 "Source Sans Pro",Arial,sans-serif;color:var(--wl-grey);margin-top:6px}
.wl-end{text-align:center;letter-spacing:4px;margin:18px 0}
.wl-contact{background:var(--wl-bg);border-left:4px solid var(--wl-teal);padding:14px 18px;font-size:14px;margin:20px 0}
.wl-contact strong{display:block;margin-bottom:4px;color:var(--wl-navy)}
.wl-source{font-size:14px;color:var(--wl-grey);margin:16px 0}
.wl-source b{color:#1f2933}
.wl-related-ind{margin:24px 0;font-size:14px}
.wl-related-ind a{display:inline-block;border:1px solid var(--wl-line);border-radius:14px;padding:4px 12px;margin:0 6px 6px 0;color:#3e4c59}
.wl-more{border-top:3px solid var(--wl-navy);margin-top:30px;padding-top:10px}
.wl-more h3{font:700 18px/1.2 "Montserrat",Arial,sans-serif;margin:0 0 10px;color:var(--wl-navy)}
.wl-more li{list-style:none;padding:10px 0;border-bottom:1px solid var(--wl-line)}
.wl-more ul{margin:0;padding:0}
.wl-more time,.wl-side time{display:block;font-size:12px;color:var(--wl-grey);text-transform:uppercase}
.wl-side h3{font:700 15px/1.2 "Montserrat",Arial,sans-serif;text-transform:uppercase;color:var(--wl-navy);border-bottom:2px solid var(--wl-teal);padding-bottom:6px;margin:24px 0 10px}
.wl-side ol{margin:0;padding:0 0 0 18px}
.wl-side li{padding:8px 0;border-bottom:1px solid var(--wl-line);font-size:14px}
.wl-side li b{display:block;font-size:12px;color:var(--wl-teal);text-transform:uppercase}
.wl-alerts{background:var(--wl-navy);color:#fff;padding:18px;margin:24px 0;border-radius:4px}
.wl-alerts h4{margin:0 0 6px;font:700 17px/1.2 "Montserrat",Arial,sans-serif}
.wl-alerts input{width:100%;padding:9px;border:0;border-radius:3px;margin:8px 0}
.wl-alerts button{width:100%;background:var(--wl-teal);color:#fff;border:0;padding:10px;border-radius:3px;font-weight:700}
.wl-promo{border:1px solid var(--wl-line);padding:16px;font-size:14px}
.wl-promo h4{margin:0 0 6px;color:var(--wl-navy)}
.wl-latest{margin-top:34px}
.wl-latest h3{font:700 18px/1.2 "Montserrat",Arial,sans-serif;margin:0 0 10px;color:var(--wl-navy);border-top:3px solid var(--wl-navy);padding-top:10px}
.wl-latest ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:0 24px}
.wl-latest__item{padding:12px 0;border-bottom:1px solid var(--wl-line)}
.wl-latest__item h4{margin:2px 0 4px;font:700 15px/1.35 "Source Sans Pro",Arial,sans-serif}
.wl-latest__item p{margin:0 0 4px;font-size:14px;color:#3e4c59}
.wl-latest__issuer{font-size:12px;text-transform:uppercase;color:var(--wl-teal);font-weight:700}
.wl-latest__item time{font-size:12px;color:var(--wl-grey)}
.wl-modal{position:fixed;inset:0;background:rgba(11,37,69,.55);display:flex;align-items:center;justify-content:center;z-index:150}
.wl-modal[hidden]{display:none}
.wl-modal__box{background:#fff;border-radius:6px;padding:26px 28px;width:420px;max-width:92vw;position:relative}
.wl-modal__box label{display:block;font-size:13px;font-weight:600;margin:10px 0 4px}
.wl-modal__box input,.wl-modal__box select{width:100%;padding:9px;border:1px solid var(--wl-line);border-radius:3px}
.wl-modal__box button[type=submit]{margin-top:14px;width:100%;background:var(--wl-navy);color:#fff;border:0;padding:11px;border-radius:3px;font-weight:700}
.wl-modal__x{position:absolute;top:10px;right:12px;border:0;background:none;font-size:22px;cursor:pointer}
.wl-global ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px}
.wl-global{border-top:1px solid #23436b;margin-top:24px;padding-top:18px}
.wl-follow{margin:16px 0}
.wl-explore{list-style:none;margin:0;padding:0}
.wl-explore li{padding:5px 0;border-bottom:1px dotted var(--wl-line)}
@media print{.wl-util,.wl-head,.wl-side,.wl-foot,.wl-cookie,.wl-share,.wl-latest,.wl-more{display:none}.wl-grid{display:block}.wl-body{font-size:12pt}a{color:#000}}
.wl-foot{background:var(--wl-navy);color:#b8c4d1;margin-top:50px;padding:40px 0 24px;font-size:13px}
.wl-foot a{color:#e6edf5}
.wl-foot__cols{display:grid;grid-template-columns:repeat(5,1fr);gap:24px}
.wl-foot h5{color:#fff;font-size:14px;margin:0 0 10px}
.wl-foot ul{list-style:none;margin:0;padding:0}
.wl-foot li{padding:3px 0}
.wl-foot__legal{border-top:1px solid #23436b;margin-top:26px;padding-top:14px;display:flex;justify-content:space-between;flex-wrap:wrap;gap:10px}
.wl-inline-promo{margin:18px 0;padding:14px 16px;border:1px solid #d5dee8;border-left:4px solid var(--wl-teal);background:#f6f9fb;font-size:15px}
.wl-inline-promo__label{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.08em;color:#6b7b8c}
.wl-inline-promo p{margin:4px 0 8px}.wl-inline-promo__cta{font-weight:700}
.wl-logo-h1{margin:0;font-size:inherit;line-height:inherit}
.wl-release__title{font-size:30px;line-height:1.2;margin:0 0 12px;color:var(--wl-navy)}
.wl-date{display:block;font-size:12px;color:#6b7b8c}
.wl-cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid var(--wl-teal);padding:16px 24px;z-index:100;display:none;box-shadow:0 -4px 18px rgba(0,0,0,.12)}
.wl-cookie.on{display:flex;gap:20px;align-items:center}
.wl-cookie button{padding:9px 16px;border-radius:3px;border:1px solid var(--wl-navy);background:#fff;font-weight:700;cursor:pointer}
.wl-cookie button.accept{background:var(--wl-navy);color:#fff}
@media (max-width:980px){.wl-grid{grid-template-columns:1fr}.wl-side{display:none}.wl-mainnav,.wl-search{display:none}.wl-foot__cols{grid-template-columns:repeat(2,1fr)}}
@media (max-width:600px){.wl-release h1{font-size:24px}.wl-body{font-size:15px}}
"""


# ---------------------------------------------------------------- page parts

def head(a, m):
    pub = m["pub"]
    title = f"{a.headline}"
    parts = [f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{attr(title)}</title>"""]
    if m.get("meta"):
        desc = m["desc"]
        canon = a.url.split("?")[0]
        parts.append(f"""<meta name="description" content="{attr(desc)}">
<meta name="keywords" content="{attr(', '.join(m['topics']))}">
<link rel="canonical" href="{canon}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Wireline PR">
<meta property="og:title" content="{attr(m.get('og', a.headline))}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{canon}">
<meta property="og:image" content="{IMG}/logos/{m['cid']}/{slug(m['issuer'])}-logo.png">
{'<meta property="article:published_time" content="' + pub.isoformat() + '">' if m.get('meta_pub', True) else ''}
<meta property="article:section" content="{attr(m['industry'])}">
<meta property="article:publisher" content="https://social.example/wirelinepr">
<meta name="twitter:card" content="summary">
<meta name="twitter:site" content="@wirelinepr">
<meta name="twitter:title" content="{attr(m.get('og', a.headline))}">
<meta name="twitter:description" content="{attr(desc)}">
<meta name="twitter:image" content="{IMG}/logos/{m['cid']}/{slug(m['issuer'])}-logo.png">""")
        if m.get("jsonld", True):
            # the portal's JSON-LD dates come from the submission record: the release time, or (on releases
            # submitted the evening before) the submission time
            ld_pub = m.get("ld_pub", pub)
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m.get("ld_headline", a.headline),
                  "description": desc, "url": canon, "datePublished": ld_pub.isoformat(), "dateModified": pub.isoformat(),
                  "inLanguage": "en-US", "articleSection": m["industry"], "keywords": m["topics"],
                  "sourceOrganization": {"@type": "Organization", "name": m["issuer"], "url": m["issuer_url"]},
                  "publisher": {"@type": "Organization", "name": NAME, "url": HOST + "/",
                                "logo": {"@type": "ImageObject", "url": f"{IMG}/static/wireline-logo-512.png"}},
                  "image": f"{IMG}/logos/{m['cid']}/{slug(m['issuer'])}-logo.png"}
            parts.append(f'<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>')
    else:
        parts.append('<meta name="robots" content="index, follow">')
    parts.append(f"""<link rel="icon" href="{HOST}/favicon.ico">
<link rel="preconnect" href="https://fonts.wirelinepr.example" crossorigin>
<link rel="dns-prefetch" href="https://t.statlane.example">
<link rel="alternate" type="application/rss+xml" title="Wireline PR - {attr(m['industry'])}" href="{HOST}/rss/{slug(m['industry'])}.xml">
<style>{CSS}</style>
<style id="wl-utils">{utility_css("wl")}</style>
<script>window.wlConsentVendors={vendor_list(int(m['cid']) % 997, 60 + int(m['cid']) % 23)};</script>
<script>window.wlMenus={json_dumps({"industries": [{"label": h_, "items": [{"label": x, "href": f"{HOST}/news-releases/{slug(x)}/"} for x in subs]} for h_, subs in INDUSTRIES], "regions": [{"label": r_, "href": f"{HOST}/news-releases/region/{slug(r_)}/"} for r_ in REGIONS], "global": [{"code": c, "label": n, "href": f"https://{c}.wirelinepr.example/"} for c, n in GLOBAL]})};</script>
<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({{"pageType":"release","releaseId":"{m['cid']}","industry":"{slug(m['industry'])}","issuerId":"{m['issuer_id']}","hasMultimedia":{str(bool(m.get('fig'))).lower()},"template":"{'v3' if m.get('meta') else 'legacy-archive'}"}});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tm.statlane.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','SL-WPR91K');
</script>
<script>
window.WirelineCfg={{"locale":"en-US","journalistPortal":"{HOST}/journalists","alerts":{{"enabled":true,"defaultIndustry":"{slug(m['industry'])}"}},"consent":{{"banner":"wl-cookie","categories":["necessary","analytics","marketing"],"cookie":"wl_cc","days":365}},"share":["email","linkedin","x","facebook"]}};
</script>
<script async src="https://t.statlane.example/sl.js" data-property="wirelinepr"></script>
</head>""")
    return "\n".join(parts)


def header(m):
    # the mega menus are built from window.wlMenus on first hover; the legacy archive template wraps the logo in <h1>
    mega = '<div class="wl-mega__inner" data-menu="industries"></div>'
    regions = ''
    logo = '<a class="wl-logo" href="' + HOST + '/">Wireline<span>PR</span></a>'
    if not m.get("meta"):
        logo = '<h1 class="wl-logo-h1">' + logo + '</h1>'
    return f"""
<body class="release-page tpl-{'v3' if m.get('meta') else 'legacy'}">
<div class="wl-cookie" id="wlCookie" role="region" aria-label="Cookie notice">
<p>Wireline PR uses cookies to make our site work, to understand how it is used and to show relevant offers for our distribution services. Select Accept all to allow all cookies or Necessary only to allow only the cookies needed for the site to function. See our <a href="{HOST}/legal/cookie-policy">Cookie Policy</a> for details.</p>
<button class="accept" data-cc="all">Accept all</button><button data-cc="necessary">Necessary only</button><button data-cc="settings">Cookie settings</button>
</div>
<div class="wl-util"><div class="wl-wrap"><span>Press release distribution, targeting, monitoring and marketing</span><span><a href="{HOST}/journalists/">For Journalists</a><a href="{HOST}/investor-relations/">For IR</a><a href="{HOST}/contact/">Contact Us</a><a href="{HOST}/account/login">Log In</a><a href="{HOST}/account/signup">Sign Up</a></span></div></div>
<header class="wl-head"><div class="wl-wrap">
{logo}
<ul class="wl-mainnav">
<li><a href="{HOST}/news-releases/">News</a><div class="wl-mega">{mega}</div></li>
<li><a href="{HOST}/news-releases/region/">Regions</a><div class="wl-mega" data-menu="regions"></div></li>
<li><a href="{HOST}/multimedia/">Multimedia</a></li>
<li><a href="{HOST}/journalists/">Journalists</a></li>
<li><a href="{HOST}/solutions/">Solutions</a></li>
<li><a href="{HOST}/pricing/">Pricing</a></li>
</ul>
<form class="wl-search" action="{HOST}/search/" role="search"><input type="search" name="q" placeholder="Search news releases" aria-label="Search news releases"></form>
<a class="wl-cta" href="{HOST}/send-a-release/">Send a Release</a>
</div></header>
"""


def p_html(t, mode):
    if mode == "mso":
        return f'<p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:11pt">{text(t)}</span></p>'
    if mode == "div":
        return f'<div class="wl-para"><p>{text(t)}</p></div>'
    if mode == "br":  # pasted as plain text: paragraphs are runs separated by blank lines (<br><br>)
        return f'{text(t)}<br><br>'
    return f"<p>{text(t)}</p>"


def dateline_html(m, rest):
    city, date = m["dl_city"], m.get("dl_date")
    mode = m["dl_style"]
    if m.get("pmode") == "br":
        chron = f', <span class="xn-chron">{date}</span>' if date else ""
        return f'<span class="xn-location">{city}</span>{chron} /Wireline PR/ -- {text(rest)}<br><br>'
    if mode == "xn":
        chron = f', <span class="xn-chron">{date}</span>' if date else ""
        return f'<p><span class="xn-location">{city}</span>{chron} /Wireline PR/ -- {text(rest)}</p>'
    if mode == "bold":
        d = f", {date}" if date else ""
        return f"<p><b>{city}{d} /Wireline PR/ --</b> {text(rest)}</p>"
    d = f", {date}" if date else ""
    return f'<p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:11pt"><b>{city}{d} /Wireline PR/ --</b> {text(rest)}</span></p>'


def table_html(rows, mode):
    if mode == "word":
        trs = "".join("<tr>" + "".join(
            f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal">{"<b>" + text(c) + "</b>" if i == 0 else text(c)}</p></td>'
            for c in r) + "</tr>" for i, r in enumerate(rows))
        return f'<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none" class="MsoTableGrid"><tbody>{trs}</tbody></table>'
    th = "".join(f"<th>{text(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f'<td{" class=num" if j else ""}>{text(c)}</td>' for j, c in enumerate(r)) + "</tr>" for r in rows[1:])
    return f'<div class="wl-table-wrap"><table class="wl-table"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>'


def render_body(items, m):
    mode = m.get("pmode", "plain")
    out = []
    for it in items:
        k = it[0]
        if k == "dl":
            out.append(dateline_html(m, it[1]))
        elif k == "p":
            out.append(p_html(it[1], mode))
        elif k == "h":
            out.append(f'<p class="MsoNormal"><b><span style="font-family:Arial,sans-serif">{text(it[1])}</span></b></p>' if mode == "mso" else f"<h2>{text(it[1])}</h2>")
        elif k == "ul":
            if mode == "mso":
                out.append("".join(f'<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in"><span style="font-family:Symbol">·</span><span style="font:7.0pt Times New Roman">\u00a0\u00a0\u00a0\u00a0 </span>{text(x)}</p>' for x in it[1]))
            else:
                out.append("<ul>" + "".join(f"<li>{text(x)}</li>" for x in it[1]) + "</ul>")
        elif k == "table":
            out.append(table_html(it[1], m.get("tmode", "plain")))
        elif k == "fig":
            out.append(f'<figure class="wl-fig"><img src="{IMG}/{it[1]}" alt="{attr(it[2])}" width="800" height="533" loading="lazy"><figcaption>{text(it[2])}</figcaption></figure>')
    return "\n".join(out)


def side(m):
    pub = m["pub"]
    items = []
    for k in m["trending"][:3]:
        issuer, h, back = TRENDING[k]
        d = (pub - _dt.timedelta(days=back)).replace(hour=7 + (k * 3) % 10, minute=(k * 15) % 60)
        items.append(f'<li><b>{issuer}</b><a href="{HOST}/news-releases/{slug(h)}-{301000000 + k * 7717 + d.toordinal() % 9000}.html">{text(h)}</a><span class="wl-date">{stamp(d)}</span></li>')
    return f"""<aside class="wl-side">
<h3>Trending News Releases</h3><ol>{''.join(items)}</ol>
<div class="wl-alerts"><h4>Get news alerts</h4><p>Receive releases from {text(m['issuer'])} and others in {text(m['industry'])} by email as soon as they cross the wire.</p><form action="{HOST}/alerts/subscribe" method="post"><input type="email" name="email" placeholder="Your work email" aria-label="Email"><input type="hidden" name="industry" value="{slug(m['industry'])}"><button type="submit">Sign up for alerts</button></form><small>Journalists and bloggers can <a href="{HOST}/journalists/register">register for free</a> to build custom feeds.</small></div>
<div class="wl-promo"><h4>Have news to share?</h4><p>Reach thousands of newsrooms, trade publications and websites with a single release. Plans start with a single national release.</p><a href="{HOST}/send-a-release/?src=release-sidebar">Send a release</a> · <a href="{HOST}/pricing/">See pricing</a></div>
<h3>Explore</h3><ul class="wl-explore">{''.join(f'<li><a href="{HOST}/news-releases/{slug(t)}/">{t}</a></li>' for t in m['topics'])}</ul>
</aside>"""


def latest(m):
    pub = m["pub"] + _dt.timedelta(days=5)  # the rail lists the newest releases when the page was served
    lis = "".join(
        f'<li class="wl-latest__item"><span class="wl-latest__issuer">{text(iss)}</span><h4><a href="{HOST}/news-releases/{slug(h)}-{302100000 + i * 3331 + pub.toordinal() % 5000}.html">{text(h)}</a></h4><p>{text(t)}</p><span class="wl-date">{stamp(pub - _dt.timedelta(days=back, hours=i + 1))}</span></li>'
        for i, (iss, h, t, back) in enumerate(LATEST[:3]))
    return f'<section class="wl-latest"><h3>Latest News Releases</h3><ul>{lis}</ul><a class="wl-latest__all" href="{HOST}/news-releases/">See all news releases</a></section>'


MODALS = f"""<div class="wl-modal" id="wlLogin" role="dialog" aria-modal="true" aria-labelledby="wlLoginTitle" hidden>
<div class="wl-modal__box"><button class="wl-modal__x" aria-label="Close">×</button>
<h3 id="wlLoginTitle">Log in to Wireline PR</h3>
<form action="{HOST}/account/login" method="post"><label>Email<input type="email" name="email" autocomplete="username"></label><label>Password<input type="password" name="password" autocomplete="current-password"></label><label class="wl-check"><input type="checkbox" name="remember"> Keep me logged in</label><button type="submit">Log In</button></form>
<p><a href="{HOST}/account/forgot">Forgot your password?</a></p>
<p>New to Wireline PR? <a href="{HOST}/account/signup">Create an account</a> to send releases, or <a href="{HOST}/journalists/register">register as a journalist</a> to receive them.</p>
</div></div>
<div class="wl-modal" id="wlQuote" role="dialog" aria-modal="true" aria-labelledby="wlQuoteTitle" hidden>
<div class="wl-modal__box"><button class="wl-modal__x" aria-label="Close">×</button>
<h3 id="wlQuoteTitle">Talk to a distribution specialist</h3>
<form action="{HOST}/contact/sales" method="post"><label>Name<input name="name"></label><label>Company<input name="company"></label><label>Work email<input type="email" name="email"></label><label>Phone<input type="tel" name="phone"></label>
<label>How often do you send news?<select name="freq"><option>Once a year or less</option><option>A few times a year</option><option>Monthly</option><option>Weekly or more</option></select></label><button type="submit">Request a call</button></form>
</div></div>"""


def more_from(m):
    pub = m["pub"]
    lis = "".join(
        f'<li><a href="{HOST}/news-releases/{slug(h)}-{300400000 + i * 11113 + d.toordinal() % 7000}.html">{text(h)}</a><span class="wl-date">{stamp(d)}</span></li>'
        for i, (h, d) in enumerate((h, (pub - _dt.timedelta(days=days)).replace(hour=8, minute=30)) for h, days in m["more"]))
    return f'<section class="wl-more"><h3>More news from {text(m["issuer"])}</h3><ul>{lis}</ul><a href="{HOST}/news/{slug(m["issuer"])}/">View all releases from {text(m["issuer"])}</a></section>'


FOOT = [
    ("News", ["All News Releases", "Browse by Industry", "Browse by Region", "Multimedia Gallery", "Earnings Calendar", "RSS Feeds"]),
    ("Journalists", ["Register for Free", "Custom News Feeds", "Media Inquiries", "Journalist FAQ", "Embargo Policy"]),
    ("Solutions", ["Press Release Distribution", "Investor Relations Distribution", "Media Monitoring", "Media Database", "Newsroom Hosting", "Translation Services"]),
    ("Resources", ["Writing a Press Release", "Press Release Templates", "Blog", "Webinars", "Editorial Guidelines", "Release Checklist"]),
    ("Company", ["About Wireline PR", "Careers", "Partners", "Contact Sales", "Customer Support", "System Status"]),
]


GLOBAL = [("ca", "Canada (English)"), ("fr-ca", "Canada (Français)"), ("mx", "México"), ("br", "Brasil"), ("uk", "United Kingdom"),
          ("de", "Deutschland"), ("fr", "France"), ("es", "España"), ("it", "Italia"), ("nl", "Nederland"), ("nordics", "Nordics"),
          ("in", "India"), ("sg", "Singapore"), ("jp", "Japan"), ("au", "Australia"), ("me", "Middle East")]


def footer(m):
    cols = "".join(f'<div><h5>{h}</h5><ul>' + "".join(f'<li><a href="{HOST}/{slug(x)}/">{x}</a></li>' for x in xs) + "</ul></div>" for h, xs in FOOT[:1] + FOOT[2:3] + FOOT[4:])
    return f"""
<footer class="wl-foot"><div class="wl-wrap">
<div class="wl-foot__cols">{cols}</div>
<div class="wl-global"><h5>Wireline PR around the world</h5><div class="wl-global__menu" data-menu="global"></div></div>
<div class="wl-follow">Follow Wireline PR: <a href="https://social.example/wirelinepr">Facebook</a> · <a href="https://x.example/wirelinepr">X</a> · <a href="https://pro.example/company/wirelinepr">LinkedIn</a> · <a href="https://video.example/wirelinepr">YouTube</a></div>
<p>Wireline PR distributes news on behalf of its customers. Issuers are solely responsible for the content of their releases. Wireline PR does not verify, endorse or guarantee the accuracy of any release.</p>
<div class="wl-foot__legal"><span>© 2003-{m['copy_year']} Wireline PR, a Corvane Media company. All rights reserved.</span><span><a href="{HOST}/legal/terms">Terms of Use</a> · <a href="{HOST}/legal/privacy">Privacy Policy</a> · <a href="{HOST}/legal/cookie-policy">Cookie Policy</a> · <a href="{HOST}/legal/do-not-sell">Do Not Sell or Share My Personal Information</a> · <a href="{HOST}/sitemap/">Site Map</a></span></div>
</div></footer>
<script>
(function(){{var d=document,c=d.getElementById('wlCookie');if(d.cookie.indexOf('wl_cc=')<0){{c.classList.add('on');}}
d.querySelectorAll('[data-cc]').forEach(function(b){{b.addEventListener('click',function(){{d.cookie='wl_cc='+b.getAttribute('data-cc')+';path=/;max-age=31536000';c.classList.remove('on');window.dataLayer.push({{event:'cookie_choice',value:b.getAttribute('data-cc')}});}});}});
d.querySelectorAll('.wl-share a[data-net]').forEach(function(a){{a.addEventListener('click',function(){{window.dataLayer.push({{event:'share',network:a.getAttribute('data-net'),releaseId:'{m['cid']}'}});}});}});
}})();
</script>
</body>
</html>"""


def page(a, m, items):
    pub = m["pub"]
    canon = a.url.split("?")[0]
    crumbs = f'<a href="{HOST}/">Home</a><a href="{HOST}/news-releases/">News Releases</a><a href="{HOST}/news-releases/{slug(m["industry"])}/">{m["industry"]}</a><span>{text(m["sub"])}</span>'
    sub = f'<p class="wl-subhead"><i>{text(a.summary)}</i></p>' if a.summary else ""
    if m.get("hide_date"):
        when = ""
    elif m.get("meta"):
        when = f'<time class="wl-meta__date" datetime="{pub.isoformat()}">{stamp(pub)}</time>'
    else:
        when = f'<span class="wl-meta__date">{stamp(pub)}</span>'
    title_el = f'<h1 class="wl-release__title">{text(a.headline)}</h1>' if m.get("meta") else f'<h2 class="wl-release__title">{text(a.headline)}</h2>'
    k = m.get("promo_after")
    if k is None:
        body = f'<div class="wl-body" id="releaseBody">\n{render_body(items, m)}\n<p class="wl-end">###</p>\n</div>'
    else:
        # the portal injects its alerts promo after a few blocks and re-opens the release body after it
        body = (f'<div class="wl-body" id="releaseBody">\n{render_body(items[:k], m)}\n</div>\n'
                f'<aside class="wl-inline-promo" data-slot="release-mid"><div class="wl-inline-promo__inner"><span class="wl-inline-promo__label">Wireline PR</span>'
                f'<p><b>Get releases like this in your inbox.</b> Follow {text(m["industry"])} news and {text(m["issuer"])} with free email alerts.</p>'
                f'<a class="wl-inline-promo__cta" href="{HOST}/alerts/?industry={slug(m["industry"])}&amp;src=release-mid">Create an alert</a></div></aside>\n'
                f'<div class="wl-body wl-body--cont">\n{render_body(items[k:], m)}\n<p class="wl-end">###</p>\n</div>')
    share = (f'<div class="wl-share" aria-label="Share this release"><a data-net="email" href="mailto:?subject={attr(a.headline)}&amp;body={canon}">@</a>'
             f'<a data-net="linkedin" href="https://pro.example/shareArticle?url={canon}">in</a>'
             f'<a data-net="x" href="https://x.example/intent/post?url={canon}">X</a>'
             f'<a data-net="facebook" href="https://social.example/sharer?u={canon}">f</a>'
             f'<a data-net="print" href="{canon}?print=1">⎙</a></div>')
    contact = "<br>".join(text(x) for x in m["contact"])
    topics = "".join(f'<a href="{HOST}/news-releases/{slug(t)}/">{t}</a>' for t in m["topics"])
    return head(a, m) + header(m) + f"""
{icon_sprite(int(m['cid']) % 1000, ["mail", "linkedin", "x", "facebook", "print", "search", "menu", "close", "bell", "globe", "chevron-down", "download", "play", "image", "rss"])}
<div class="wl-page"><div class="wl-page__content">
<main class="wl-wrap">
<nav class="wl-crumbs" aria-label="Breadcrumb">{crumbs}</nav>
<div class="wl-grid"><div class="wl-grid__main">
<article class="wl-release" id="release-{m['cid']}">
<div class="wl-release__inner">
<header class="wl-release__header">{title_el}
{sub}
<div class="wl-meta"><span class="wl-meta__logo"><img src="{IMG}/logos/{m['cid']}/{slug(m['issuer'])}-logo.png" alt="{attr(m['issuer'])} logo" width="120" height="40"></span><span class="wl-meta__provided">News provided by <a href="{HOST}/news/{slug(m['issuer'])}/">{text(m['issuer'])}</a></span>{when}{share}</div></header>
<section class="wl-release__content"><div class="wl-release__text" data-release-id="{m['cid']}"><div class="wl-release__text-inner">
{body}
</div></div></section>
<div class="wl-contact"><strong>Media Contact</strong>{contact}</div>
<p class="wl-source"><b>SOURCE</b> {text(m['issuer'])}</p>
<div class="wl-related-ind"><span>Related Links: </span><a href="{m['issuer_url']}" rel="nofollow">{m['issuer_url'].split('//')[1]}</a></div>
<div class="wl-related-ind"><span>Industry and topics: </span>{topics}</div>
{more_from(m)}
{latest(m)}
</div>
</article>
</div>
{side(m)}
</div>
</main>
</div></div>
<template id="wl-modal-templates">{MODALS}</template>""" + footer(m)


def blocks_of(items, summary=""):
    out = [Block("paragraph", summary, optional=True)] if summary else []
    for it in items:
        k = it[0]
        if k == "dl":
            out.append(Block("paragraph", it[2]))
        elif k == "p":
            out.append(Block("paragraph", it[1]))
        elif k == "h":
            out.append(Block("heading", it[1]))
        elif k == "ul":
            out += [Block("list_item", x) for x in it[1]]
        elif k == "table":
            out.append(Block("table", "\n".join("\t".join(r) for r in it[1])))
        elif k == "fig":
            out.append(Block("caption", it[2], optional=True))
    return out


def dl(full, rest):
    """A dateline item: the gold paragraph text (with the dateline) and the text after '--'."""
    return ("dl", rest, full)


BASE = ["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "most-read", "newsletter-box",
        "dateline", "decoy-date", "local-time-zone", "tag-list"]
NOTE = "The 'About' section is kept as body as part of the issued release; the media-contact block and SOURCE line are not body, and 'News provided by' names the issuer, so authors are empty."
ARTICLES = []

# 1 ------------------------------------------------------------------------------------------
H1 = "Halvorsen Robotics Reports Record Fourth-Quarter Revenue of $48.6 Million, Up 31%"
S1 = "Order backlog reaches $212 million; company expects 2022 revenue of $205 million to $220 million"
R1 = "Halvorsen Robotics, Inc., a maker of autonomous mobile robots for warehouses and distribution centers, today reported financial results for the fourth quarter and full year ended December 31, 2021."
ITEMS1 = [
    dl("PITTSBURGH, Feb. 22, 2022 /Wireline PR/ -- " + R1, R1),
    ("p", "Revenue for the fourth quarter rose 31% to a record $48.6 million, compared with $37.1 million in the same quarter of 2020. Full-year revenue was $171.4 million, an increase of 27%. The company's order backlog stood at $212 million at year-end, the highest in its history."),
    ("p", "\u201cOur customers spent 2021 trying to move more goods with fewer people, and that is exactly the problem our robots solve,\u201d said Ingrid Halvorsen, co-founder and chief executive officer. \u201cWe shipped more than 2,300 units in the fourth quarter alone, and we enter 2022 with a backlog that gives us real visibility into the year.\u201d"),
    ("h", "Fourth-Quarter Highlights"),
    ("ul", ["Shipped 2,340 robots, up 38% from a year earlier",
            "Signed multi-year agreements with three of the ten largest third-party logistics providers in North America",
            "Launched the HR-9 Lift, a robot that can carry pallets of up to 1,500 pounds",
            "Opened a second assembly facility in Youngstown, Ohio, adding 140 jobs"]),
    ("h", "Financial Summary"),
    ("p", "Selected results (unaudited; in millions of U.S. dollars, except per-share amounts):"),
    ("table", [["Metric", "Q4 2021", "Q4 2020", "FY 2021", "FY 2020"],
               ["Revenue", "$48.6", "$37.1", "$171.4", "$135.0"],
               ["Gross margin", "41.2%", "38.5%", "40.1%", "37.9%"],
               ["Operating income (loss)", "$3.9", "$(1.2)", "$8.7", "$(6.4)"],
               ["Net income (loss)", "$2.8", "$(1.9)", "$5.6", "$(8.1)"],
               ["Diluted earnings (loss) per share", "$0.09", "$(0.06)", "$0.18", "$(0.27)"]]),
    ("p", "Gross margin improved to 41.2% in the quarter, helped by lower component costs and a larger share of higher-priced pallet-handling models, said chief financial officer Marcus Obi."),
    ("h", "2022 Outlook"),
    ("p", "For the full year 2022, Halvorsen Robotics expects revenue of $205 million to $220 million and positive operating income in every quarter. The company plans to spend about $18 million on research and development, mainly on software that lets mixed fleets of robots from different makers share the same warehouse floor."),
    ("h", "Conference Call"),
    ("p", "The company will host a conference call for analysts and investors at 5:00 p.m. ET today. A live webcast and a replay will be available in the investor relations section of the company's website."),
    ("h", "About Halvorsen Robotics"),
    ("p", "Founded in 2014 and based in Pittsburgh, Halvorsen Robotics designs and builds autonomous mobile robots that move goods inside warehouses, factories and distribution centers. More than 9,000 of its robots are in use at over 400 sites in North America and Europe."),
]
A1 = Article(
    id=f"{SITE}-01", site=SITE, url=f"{HOST}/news-releases/halvorsen-robotics-reports-record-fourth-quarter-revenue-of-48-6-million-up-31-301487652.html",
    language="en", headline=H1, published="2022-02-22T16:05:00-05:00", modified=None, authors=[],
    summary=S1, blocks=blocks_of(ITEMS1, S1),
    entities=[("Halvorsen Robotics", "ORG"), ("PITTSBURGH", "LOC"), ("Pittsburgh", "LOC"), ("Wireline PR", "ORG"), ("Ingrid Halvorsen", "PER"),
              ("North America", "LOC"), ("HR-9 Lift", "MISC"), ("Youngstown", "LOC"), ("Ohio", "LOC"),
              ("U.S.", "LOC"), ("Marcus Obi", "PER"), ("Europe", "LOC")],
    phenomena=BASE + ["json-ld", "standfirst", "subheadings", "list-in-body", "table-in-body", "localized-date"],
    notes=NOTE,
)
M1 = dict(
    pub=dt(2022, 2, 22, 16, 5), cid="301487652", meta=True, issuer="Halvorsen Robotics, Inc.", issuer_id="hr-55102",
    issuer_url="https://www.halvorsenrobotics.example", industry="Business Technology", sub="Robotics",
    desc="Halvorsen Robotics reports fourth-quarter revenue of $48.6 million, up 31%, and a record $212 million backlog.",
    dl_city="PITTSBURGH", dl_date="Feb. 22, 2022", dl_style="xn", pmode="plain", tmode="plain",
    topics=["Earnings", "Robotics", "Transportation, Trucking and Railroad", "Pennsylvania"],
    contact=["Leah Brandvold", "Director of Communications", "Halvorsen Robotics, Inc.", "412-555-0187", "press@halvorsenrobotics.example"],
    more=[("Halvorsen Robotics to Report Fourth-Quarter 2021 Results on February 22", 14),
          ("Halvorsen Robotics Opens Youngstown Assembly Facility", 61),
          ("Halvorsen Robotics Introduces HR-9 Lift Pallet Robot", 118)],
    trending=[0, 2, 4, 7, 1], copy_year=2022,
)
ARTICLES.append((A1, M1, ITEMS1))

# 2 ------------------------------------------------------------------------------------------
H2 = "Brightfield Pet Co. Voluntarily Recalls Two Lots of Salmon Jerky Dog Treats Because of Possible Salmonella Health Risk"
R2 = "Brightfield Pet Co. is voluntarily recalling two production lots of its Wild Run Salmon Jerky dog treats because they have the potential to be contaminated with Salmonella, the company announced today."
ITEMS2 = [
    dl("DES MOINES, Iowa, Aug. 9, 2016 /Wireline PR/ -- " + R2, R2),
    ("p", "The recall was started after routine testing by the company's own quality laboratory found Salmonella in a retained sample from one of the lots. No illnesses in pets or people have been reported to date."),
    ("p", "The recalled treats were sold in 6-ounce resealable pouches at pet specialty stores and online in 14 states between June 20 and August 5, 2016. They can be identified by the following lot codes and best-by dates printed on the back of the pouch:"),
    ("ul", ["Lot 16171-SJ, best by 06/19/2017, UPC 8 52014 00317 4",
            "Lot 16178-SJ, best by 06/26/2017, UPC 8 52014 00317 4"]),
    ("p", "Pets with Salmonella infections may be lethargic and have diarrhea, fever and vomiting. Some pets will have only a decreased appetite. Infected but otherwise healthy pets can carry the bacteria and infect other animals or humans. Pet owners who think their animal has eaten the recalled product should contact their veterinarian."),
    ("p", "People handling contaminated pet treats can also become infected, particularly if they do not wash their hands thoroughly after touching the treats or any surfaces exposed to them."),
    ("p", "Consumers who bought the affected lots should stop feeding them, throw them away in a sealed bag and bring the pouch or receipt to the place of purchase for a full refund. No other Brightfield products are affected."),
    ("p", "\u201cThe safety of the pets who eat our treats and the families who feed them comes before anything else,\u201d said Janelle Voss, Brightfield's vice president of quality. \u201cWe have stopped production on the line involved while we and an outside food-safety firm find out how this happened.\u201d"),
    ("p", "Consumers with questions may call the company's customer care line at 1-800-555-0142, Monday through Friday, 8 a.m. to 6 p.m. Central Time."),
    ("h", "About Brightfield Pet Co."),
    ("p", "Brightfield Pet Co. is a family-owned maker of dog and cat treats founded in 1987 and based in Des Moines, Iowa. Its products are sold in more than 3,000 pet specialty stores across the United States."),
]
A2 = Article(
    id=f"{SITE}-02", site=SITE, url=f"{HOST}/releases/2016/08/09/brightfield-pet-co-voluntarily-recalls-two-lots-of-salmon-jerky-dog-treats/",
    language="en", headline=H2, published="2016-08-09T18:20:00-04:00", modified=None, authors=[],
    summary="", blocks=blocks_of(ITEMS2),
    entities=[("Brightfield Pet Co.", "ORG"), ("Brightfield", "ORG"), ("Des Moines", "LOC"), ("DES MOINES", "LOC"),
              ("Iowa", "LOC"), ("Wireline PR", "ORG"), ("Wild Run Salmon Jerky", "MISC"), ("Janelle Voss", "PER"),
              ("United States", "LOC")],
    phenomena=BASE + ["no-metadata", "list-in-body", "subheadings", "date-in-url", "localized-date"],
    notes="Archived release without OpenGraph or JSON-LD; the date comes from the dateline, the ET stamp and the URL. " + NOTE
          + " Adjudicated with the second annotation: 'News provided by Brightfield Pet Co.' names the issuing company, which is not a byline, so authors stay empty (GUIDELINES 5); the visible 'Aug 09, 2016' stamp uses a month name, so localized-date applies (GUIDELINES 10).",
)
M2 = dict(
    pub=dt(2016, 8, 9, 18, 20), cid="300311746", meta=False, issuer="Brightfield Pet Co.", issuer_id="bp-11873",
    issuer_url="https://www.brightfieldpet.example", industry="Health", sub="Product Recalls",
    dl_city="DES MOINES, Iowa", dl_date="Aug. 9, 2016", dl_style="bold", pmode="plain",
    topics=["Product Recalls", "Pet Products", "Food and Beverages", "Iowa"],
    contact=["Consumer inquiries: 1-800-555-0142", "Media: Grant Ellery, Ellery Communications", "515-555-0119", "gellery@ellerycomms.example"],
    more=[("Brightfield Pet Co. Introduces Grain-Free Training Bites", 42),
          ("Brightfield Pet Co. Marks 25 Years of Shelter Donations", 210)],
    trending=[0, 3, 5, 6, 2], copy_year=2016,
)
ARTICLES.append((A2, M2, ITEMS2))

# 3 ------------------------------------------------------------------------------------------
H3 = "Corvid Health Launches Free Text-Message Appointment Reminders for Community Clinics"
S3 = "ClinicNudge supports 11 languages and works with existing scheduling systems; pilot clinics cut no-shows from 23% to 14%"
R3 = "Corvid Health, a developer of scheduling software for community health centers, today launched ClinicNudge, a free text-message reminder service designed to cut the number of missed appointments at clinics that serve low-income and uninsured patients."
ITEMS3 = [
    dl("AUSTIN, Texas /Wireline PR/ -- " + R3, R3),
    ("p", "Missed appointments cost community clinics in the United States an estimated $2.1 billion a year in unused staff time, according to a 2018 study by the Rural Access Policy Center. At many clinics, one in four scheduled visits ends in a no-show."),
    ("p", "ClinicNudge sends patients an automatic reminder two days and two hours before each visit and lets them confirm, cancel or ask to reschedule by replying with a single word. During a six-month pilot at nine clinics in Texas and New Mexico, no-show rates fell from 23% to 14%."),
    ("p", "\u201cA clinic that loses a quarter of its appointments is a clinic that turns people away,\u201d said Dr. Alana Reyes-Whitford, Corvid Health's chief medical officer. \u201cThese are patients juggling two jobs and a bus schedule. A simple text that lets them say \u2018I can't make it\u2019 frees the slot for someone else.\u201d"),
    ("p", "The service includes:"),
    ("ul", ["reminders in 11 languages, including Spanish, Vietnamese, Arabic and Haitian Creole;",
            "two-way replies that update the clinic's schedule automatically;",
            "a waiting list that offers cancelled slots to other patients by text;",
            "monthly reports showing no-show rates by department and day of the week."]),
    ("p", "ClinicNudge works with the five scheduling systems most widely used by community health centers and can be set up in about a day, the company said. It is free for clinics with fewer than 50,000 patient visits a year; larger organizations pay a per-message fee."),
    ("p", "Pilot site Valle Verde Family Clinic in Las Cruces, New Mexico, said the reminders had added the equivalent of one full day of appointments each week. \u201cWe didn't hire anyone and we didn't buy anything. We just stopped losing appointments,\u201d said operations manager Tomas Erquiaga."),
    ("h", "How clinics sign up"),
    ("p", "Clinics can request access through Corvid Health's website. After a short setup call, the company connects ClinicNudge to the clinic's scheduling system, imports its appointment types and sends a test message to staff phones before reminders go live. Clinics choose the wording of their messages from a library of templates written at a sixth-grade reading level and reviewed by native speakers of each language."),
    ("p", "Patient phone numbers and appointment details are encrypted in transit and at rest, and the service does not include diagnoses or the reason for a visit in any message. Patients can stop reminders at any time by replying STOP."),
    ("p", "Corvid Health said it plans to add voice-call reminders for landline users and patients with limited literacy later this year, and to publish anonymized no-show data from participating clinics twice a year so that health centers can compare their results with peers of similar size."),
    ("p", "\u201cCommunity clinics have been asking for tools like this for a decade, but most reminder systems are priced for large hospital networks,\u201d said Reyes-Whitford. \u201cWe decided the smallest clinics should not have to pay for it at all.\u201d"),
    ("h", "About Corvid Health"),
    ("p", "Corvid Health builds scheduling and patient-communication software for community health centers, free clinics and public hospitals. Founded in 2015, the company is based in Austin and works with more than 600 clinics in 32 states."),
]
A3 = Article(
    id=f"{SITE}-03", site=SITE, url=f"{HOST}/news-releases/corvid-health-launches-free-text-message-appointment-reminders-for-community-clinics-300813377.html",
    language="en", headline=H3, published="2019-04-16T09:00:00-04:00", modified=None, authors=[],
    summary=S3, blocks=blocks_of(ITEMS3, S3),
    entities=[("Corvid Health", "ORG"), ("AUSTIN", "LOC"), ("Austin", "LOC"), ("Texas", "LOC"), ("Wireline PR", "ORG"),
              ("ClinicNudge", "MISC"), ("United States", "LOC"), ("Rural Access Policy Center", "ORG"),
              ("New Mexico", "LOC"), ("Alana Reyes-Whitford", "PER"), ("Spanish", "MISC"), ("Vietnamese", "MISC"),
              ("Arabic", "MISC"), ("Haitian Creole", "MISC"), ("Valle Verde Family Clinic", "ORG"),
              ("Las Cruces", "LOC"), ("Tomas Erquiaga", "PER"), ("Reyes-Whitford", "PER")],
    phenomena=BASE + ["split-body", "teasers-in-article", "json-ld", "standfirst", "list-in-body", "subheadings", "date-only-in-metadata", "no-visible-date"],
    notes="The dateline carries no date and the page shows no timestamp for this release; the publication time comes from article:published_time and JSON-LD. " + NOTE,
)
M3 = dict(
    pub=dt(2019, 4, 16, 9, 0), cid="300813377", meta=True, hide_date=True, promo_after=4, og=H3 + " | Wireline PR", issuer="Corvid Health", issuer_id="ch-40217",
    issuer_url="https://www.corvidhealth.example", industry="Health", sub="Health Care and Hospitals",
    desc="Corvid Health launches ClinicNudge, a free text-message reminder service for community clinics.",
    dl_city="AUSTIN, Texas", dl_style="mso", pmode="mso",
    topics=["Health Care and Hospitals", "Computer Software", "Nonprofit", "Texas"],
    contact=["Priya Natarajan", "Corvid Health", "512-555-0163", "media@corvidhealth.example"],
    more=[("Corvid Health Raises $14 Million to Expand Clinic Scheduling Platform", 97),
          ("Corvid Health Names Dr. Alana Reyes-Whitford Chief Medical Officer", 180),
          ("Corvid Health Partners With Rio Grande Clinic Network", 260)],
    trending=[5, 1, 3, 0, 6], copy_year=2019,
)
ARTICLES.append((A3, M3, ITEMS3))

# 4 ------------------------------------------------------------------------------------------
H4 = "Tidewater Island Ferries Announces 2018 Summer Schedule, Adds Two New Routes"
R4 = "Tidewater Island Ferries today announced its summer 2018 schedule, which adds two new seasonal routes and increases the number of daily sailings to the outer islands from 14 to 19 starting June 15."
CAP4 = "The passenger vessel Osprey returns to service this summer after 14 months in dry dock."
ITEMS4 = [
    dl("PORTLAND, Maine, March 27, 2018 /Wireline PR/ -- " + R4, R4),
    ("p", "The new routes will link Portland with Little Cove Island and Hatchet Point for the first time since 1996, when the former operator withdrew service. Both communities have asked for a direct connection for years, said general manager Paula Ricard."),
    ("p", "\u201cSummer visitors have been driving an hour around the bay to reach Hatchet Point, and residents have had to make two connections to get to the mainland for a doctor's appointment,\u201d Ricard said. \u201cWe think both routes will pay for themselves by the second season.\u201d"),
    ("p", "The summer schedule runs from June 15 through September 9, 2018. Departures from the Commercial Street terminal in Portland are as follows:"),
    ("table", [["Route", "First departure", "Last departure", "Daily round trips", "Adult round-trip fare"],
               ["Great Heron Island", "5:45 a.m.", "11:30 p.m.", "16", "$7.70"],
               ["Sable Ledge Island", "6:15 a.m.", "9:15 p.m.", "8", "$10.50"],
               ["Little Cove Island (new)", "7:00 a.m.", "7:30 p.m.", "5", "$11.25"],
               ["Hatchet Point (new)", "8:30 a.m.", "6:45 p.m.", "4", "$12.00"]]),
    ("p", "Fares for island residents, students and seniors are unchanged from 2017. Tidewater is also adding a second vehicle ferry on weekends in July and August, which will cut waiting times for cars at the Portland terminal, the company said."),
    ("fig", "releases/2018/03/tidewater-osprey.jpg", CAP4),
    ("p", "Tickets for the new routes go on sale online and at the terminal on May 1. Monthly commuter passes will be available for all four routes."),
    ("p", "Vehicle reservations for the summer season open on April 16. Reservations are strongly recommended for weekend sailings to Great Heron Island, where last summer cars regularly waited two to three hours for space on the afternoon boats."),
    ("p", "All vessels except the Osprey are fully wheelchair-accessible. Ricard said the company would install a lift on the Osprey during its first scheduled maintenance break in the fall and, until then, will assign a second vessel to any sailing for which a passenger requests accessible boarding at least a day in advance."),
    ("p", "The company also plans to run a late-night Friday and Saturday service to Great Heron Island in July and August, leaving Portland at 12:15 a.m., in response to requests from island residents who work evening shifts in the city's restaurants and hotels."),
    ("p", "\u201cWe heard from a lot of people who were sleeping on friends' couches in town two nights a week because the last boat left before their shift ended,\u201d Ricard said."),
    ("p", "The expansion is funded in part by a $1.8 million grant from the Maine Coastal Mobility Fund, which paid to refurbish the 1989 passenger vessel Osprey, now back in service after 14 months in dry dock."),
    ("h", "About Tidewater Island Ferries"),
    ("p", "Tidewater Island Ferries has carried passengers, vehicles and freight between Portland and the islands of the outer bay since 1961. The employee-owned company operates six vessels and carries about 850,000 passengers a year."),
]
A4 = Article(
    id=f"{SITE}-04", site=SITE, url=f"{HOST}/releases/2018/03/27/tidewater-island-ferries-announces-2018-summer-schedule/",
    language="en", headline=H4, published="2018-03-27T10:00:00-04:00", modified=None, authors=[],
    summary="", blocks=blocks_of(ITEMS4),
    entities=[("Tidewater Island Ferries", "ORG"), ("Tidewater", "ORG"), ("PORTLAND", "LOC"), ("Portland", "LOC"),
              ("Maine", "LOC"), ("Wireline PR", "ORG"), ("Little Cove Island", "LOC"), ("Hatchet Point", "LOC"),
              ("Paula Ricard", "PER"), ("Ricard", "PER"), ("Commercial Street", "LOC"), ("Great Heron Island", "LOC"),
              ("Sable Ledge Island", "LOC"), ("Maine Coastal Mobility Fund", "ORG"), ("Osprey", "MISC")],
    phenomena=BASE + ["no-metadata", "table-in-body", "photo-caption", "subheadings", "date-in-url", "localized-date"],
    notes="Archived release without OpenGraph or JSON-LD, pasted from a word processor (schedule table as a Word table); the photo caption is an optional caption block. " + NOTE,
)
M4 = dict(
    pub=dt(2018, 3, 27, 10, 0), cid="300620118", meta=False, issuer="Tidewater Island Ferries", issuer_id="tf-20931",
    issuer_url="https://www.tidewaterferries.example", industry="Automotive and Transportation", sub="Maritime and Shipbuilding",
    dl_city="PORTLAND, Maine", dl_date="March 27, 2018", dl_style="mso", pmode="mso", tmode="word",
    topics=["Maritime and Shipbuilding", "Travel", "Transportation, Trucking and Railroad", "Maine"],
    contact=["Paula Ricard, General Manager", "Tidewater Island Ferries", "207-555-0134", "info@tidewaterferries.example"],
    more=[("Tidewater Island Ferries Posts Winter Storm Schedule", 70),
          ("Tidewater Island Ferries Wins State Grant to Refurbish Vessel Osprey", 400)],
    trending=[1, 6, 4, 2, 5], copy_year=2018,
)
ARTICLES.append((A4, M4, ITEMS4))

# 5 ------------------------------------------------------------------------------------------
H5 = "Norvik Analytics Survey: 62% of Mid-Size Retailers Plan to Cut Store Hours in 2024"
S5 = "Rising wage and energy costs push retailers toward shorter weekday hours as online order pickup keeps growing"
R5 = "Nearly two-thirds of mid-size retailers in the United States plan to reduce their store opening hours next year, according to the annual Retail Operations Outlook published today by Norvik Analytics, a retail data and research firm."
ITEMS5 = [
    dl("CHICAGO, Nov. 14, 2023 /Wireline PR/ -- " + R5, R5),
    ("p", "The survey of 512 executives at chains with between 20 and 500 stores found that 62% expect to shorten hours in at least some locations in 2024, up from 41% a year ago. Most plan to trim early-morning and late-evening weekday hours, when foot traffic is lowest."),
    ("h", "Key findings"),
    ("p", "Share of retailers planning each change in the coming year, compared with last year's survey:"),
    ("table", [["Planned change", "2024", "2023"],
               ["Shorter store hours", "62%", "41%"],
               ["Fewer full-time staff", "38%", "29%"],
               ["More self-checkout lanes", "57%", "52%"],
               ["Expanded curbside or in-store pickup", "71%", "66%"],
               ["Store closures", "19%", "22%"]]),
    ("p", "\u201cRetailers aren't cutting hours because customers stopped shopping. They're cutting hours because the last two hours of the night often cost more to staff and light than they bring in,\u201d said Dana Whitlock, research director at Norvik Analytics. \u201cShoppers are telling us they'd rather have reliable pickup than a store that's open until 11.\u201d"),
    ("p", "Labor was the top cost concern for 74% of respondents, followed by energy at 48% and rent at 31%. Retailers in the grocery and home-improvement categories were the most likely to say they would keep their current hours."),
    ("p", "The survey also found a growing gap between large and small chains. Among retailers with more than 200 stores, 71% said they would shorten hours, compared with 49% of those with fewer than 50 stores, many of which said their stores were already closing earlier than they did before 2020."),
    ("p", "Respondents expect the changes to cost them little in sales. On average, executives said the hours they planned to cut accounted for 4% of weekday revenue, and most expected at least half of those sales to move to other hours or to pickup orders."),
    ("h", "Pickup keeps growing"),
    ("p", "Order-online, pick-up-in-store sales made up an average of 14% of respondents' revenue in 2023, compared with 9% in 2021. Nearly half of the retailers surveyed said they would convert part of their sales floor into pickup areas within two years."),
    ("p", "\u201cThe store is becoming a warehouse with a showroom in front of it,\u201d Whitlock said. \u201cThe retailers that are doing well are the ones that designed their back rooms for pickup orders instead of squeezing them in next to the returns desk.\u201d"),
    ("p", "Retailers were less certain about self-checkout. While 57% plan to add lanes, 23% said they had removed self-checkout from some stores in the past year because of theft or customer complaints, up from 11% in the previous survey."),
    ("h", "Methodology"),
    ("p", "Norvik Analytics surveyed 512 senior executives at U.S. retail chains between Sept. 11 and Oct. 6, 2023. The full report, including results by category and region, is available free of charge on the company's website."),
    ("h", "About Norvik Analytics"),
    ("p", "Norvik Analytics provides sales, traffic and pricing data to more than 300 retailers and consumer brands. The company was founded in 2009 and has offices in Chicago, Toronto and Minneapolis."),
]
A5 = Article(
    id=f"{SITE}-05", site=SITE, url=f"{HOST}/news-releases/norvik-analytics-survey-62-of-mid-size-retailers-plan-to-cut-store-hours-in-2024-302000114.html",
    language="en", headline=H5, published="2023-11-14T08:00:00-05:00", modified=None, authors=[],
    summary=S5, blocks=blocks_of(ITEMS5, S5),
    entities=[("Norvik Analytics", "ORG"), ("CHICAGO", "LOC"), ("Chicago", "LOC"), ("Wireline PR", "ORG"),
              ("United States", "LOC"), ("Retail Operations Outlook", "MISC"), ("Dana Whitlock", "PER"),
              ("U.S.", "LOC"), ("Toronto", "LOC"), ("Minneapolis", "LOC"), ("Whitlock", "PER")],
    phenomena=BASE + ["split-body", "teasers-in-article", "json-ld", "standfirst", "subheadings", "table-in-body", "localized-date"],
    notes=NOTE,
)
M5 = dict(
    pub=dt(2023, 11, 14, 8, 0), cid="302000114", meta=True, promo_after=3, meta_pub=False,
    og="Survey: 62% of mid-size retailers plan shorter store hours next year", issuer="Norvik Analytics", issuer_id="na-77310",
    issuer_url="https://www.norvikanalytics.example", industry="Policy and Public Interest", sub="Surveys, Polls and Research",
    desc="62% of mid-size US retailers plan to shorten store hours in 2024, according to Norvik Analytics' Retail Operations Outlook.",
    dl_city="CHICAGO", dl_date="Nov. 14, 2023", dl_style="xn", pmode="div", tmode="plain",
    topics=["Surveys, Polls and Research", "Retail", "Data Analytics", "Illinois"],
    contact=["Owen Kaszuba", "Norvik Analytics", "312-555-0148", "owen.kaszuba@norvikanalytics.example"],
    more=[("Norvik Analytics: Holiday Foot Traffic Forecast Up 3%", 21),
          ("Norvik Analytics Opens Toronto Office", 150),
          ("Norvik Analytics Releases Back-to-School Spending Tracker", 95)],
    trending=[3, 7, 0, 2, 4], copy_year=2023,
)
ARTICLES.append((A5, M5, ITEMS5))

# 6 ------------------------------------------------------------------------------------------
H6 = "Ashgrove Textile Works Opens Detroit Studio and Paid Apprenticeship for 24 Weavers"
R6 = "Ashgrove Textile Works, a maker of woven upholstery and wall fabrics, today opened a 38,000-square-foot studio and mill in Detroit's Milwaukee Junction district, together with a paid two-year apprenticeship program that will train 24 weavers in its first year."
CAP6 = "Jacquard looms on the main floor of the Ashgrove Textile Works studio in Detroit."
ITEMS6 = [
    dl("DETROIT /Wireline PR/ -- " + R6, R6),
    ("p", "The studio occupies a restored 1920s auto-parts warehouse and houses 16 jacquard looms, a dye house and a design library that will be open to students from local art schools by appointment."),
    ("fig", "releases/ashgrove/detroit-studio-looms.jpg", CAP6),
    ("p", "Apprentices will be paid $21 an hour from their first day and will learn loom operation, mechanical repair and pattern design. Applications for the first group closed in December with more than 900 candidates, the company said."),
    ("p", "\u201cThere are maybe a few hundred people in this country who can keep an industrial jacquard loom running, and most of them are close to retirement,\u201d said Ruth Amsel, Ashgrove's founder and creative director. \u201cIf we don't train the next generation ourselves, nobody will.\u201d"),
    ("p", "The Detroit studio is the company's second production site after its original mill in Asheville, North Carolina, which will continue to produce Ashgrove's contract fabrics for hotels and offices. The new site will focus on residential collections and small-batch commissions."),
    ("p", "The project was supported by a $2.4 million loan from the Great Lakes Makers Fund and a training grant from the city's workforce development office."),
    ("p", "\u201cWe wanted a building with history and a neighborhood full of people who know how to make things,\u201d Amsel said. \u201cDetroit had both.\u201d"),
    ("h", "About Ashgrove Textile Works"),
    ("p", "Founded in 2011, Ashgrove Textile Works designs and weaves upholstery, drapery and wall fabrics in the United States. Its fabrics are sold through design showrooms in 14 countries."),
]
A6 = Article(
    id=f"{SITE}-06", site=SITE, url=f"{HOST}/news-releases/ashgrove-textile-works-opens-detroit-studio-and-paid-apprenticeship-302668019.html",
    language="en", headline=H6, published="2026-01-20T11:30:00-05:00", modified=None, authors=[],
    summary="", blocks=blocks_of(ITEMS6),
    entities=[("Ashgrove Textile Works", "ORG"), ("Ashgrove", "ORG"), ("DETROIT", "LOC"), ("Detroit", "LOC"),
              ("Wireline PR", "ORG"), ("Milwaukee Junction", "LOC"), ("Ruth Amsel", "PER"), ("Amsel", "PER"),
              ("Asheville", "LOC"), ("North Carolina", "LOC"), ("Great Lakes Makers Fund", "ORG"),
              ("United States", "LOC")],
    phenomena=BASE + ["json-ld", "photo-caption", "subheadings", "date-only-in-metadata", "no-visible-date"],
    notes="The dateline carries no date and no timestamp is shown; the publication time comes from article:published_time and JSON-LD. The photo caption is optional. " + NOTE
          + " Adjudicated with the second annotation: 'News provided by Ashgrove Textile Works' names the issuing company, which is not a byline, so authors stay empty (GUIDELINES 5).",
)
M6 = dict(
    pub=dt(2026, 1, 20, 11, 30), cid="302668019", meta=True, hide_date=True, og=H6 + " | Wireline PR", issuer="Ashgrove Textile Works", issuer_id="at-61120",
    issuer_url="https://www.ashgrovetextile.example", industry="Heavy Industry and Manufacturing", sub="Textiles",
    desc="Ashgrove Textile Works opens a 38,000-square-foot studio in Detroit and a paid apprenticeship for 24 weavers.",
    dl_city="DETROIT", dl_style="bold", pmode="plain",
    topics=["Textiles", "Home Furnishings", "Education", "Michigan"],
    contact=["Hannah Ostrowski", "Ashgrove Textile Works", "828-555-0171", "press@ashgrovetextile.example"],
    more=[("Ashgrove Textile Works Introduces Fall Residential Collection", 130),
          ("Ashgrove Textile Works to Open Second Mill in Detroit", 240)],
    trending=[4, 5, 7, 1, 3], copy_year=2026,
)
ARTICLES.append((A6, M6, ITEMS6))

# 7 ------------------------------------------------------------------------------------------
H7 = "Greystone Community Bank Named Title Sponsor of 2015 Riverfront Half Marathon"
R7 = "Greystone Community Bank today announced a three-year agreement to serve as title sponsor of the Riverfront Half Marathon, which will be renamed the Greystone Riverfront Half Marathon beginning with this year's race on April 25."
ITEMS7 = [
    dl("LOUISVILLE, Ky., Jan. 12, 2015 /Wireline PR/ -- " + R7, R7),
    ("p", "Under the agreement, the bank will contribute $450,000 over three years to the race organizer, the Falls City Running Club, and will fund a new youth running program in eight public middle schools."),
    ("p", "\u201cThis race brings 9,000 runners and twice as many spectators to our riverfront every spring, and it has raised more than $2 million for local charities since it began,\u201d said Walter Tillery, president and chief executive officer of Greystone Community Bank. \u201cWe're proud to put our name on it and even prouder to help get more kids running.\u201d"),
    ("p", "Highlights of this year's race include:"),
    ("ul", ["a revised, flatter course that finishes on the Great Lawn at the riverfront park;",
            "a 5K fun run and a one-mile kids' race on the day before the main event;",
            "$1 from every registration going to the youth running program;",
            "free race-day parking for registered runners at the downtown convention center garage."]),
    ("p", "The bank will also sponsor a training program for first-time half marathon runners, with free weekly group runs starting at four Greystone branches in February. Participants will receive a 12-week training plan developed by coaches from the Falls City Running Club."),
    ("p", "The race finished last year with 8,862 runners from 41 states and six countries. Organizers expect the new course, which removes two climbs on the eastern side of the old route, to attract more runners aiming for personal bests."),
    ("p", "Proceeds from the race go to four local charities chosen each year by the running club's board. This year's beneficiaries will be announced at a kickoff event at the riverfront park on Feb. 7."),
    ("p", "Registration opens Jan. 15. Entry costs $75 for the half marathon and $30 for the 5K until March 1, when prices rise by $10."),
    ("p", "\u201cOur runners told us they wanted a faster course and a better finish line, and this partnership lets us deliver both,\u201d said Carla Benn, race director for the Falls City Running Club."),
    ("p", "The youth running program will begin in the fall of 2015 with after-school running clubs at eight middle schools, each led by a trained teacher and a volunteer coach. Students who complete the program will be invited to run the kids' race or the 5K the following spring at no cost."),
    ("h", "About Greystone Community Bank"),
    ("p", "Greystone Community Bank is a locally owned bank with 22 branches in Kentucky and southern Indiana and assets of $1.9 billion. It was founded in 1924."),
    ("h", "About the Falls City Running Club"),
    ("p", "The Falls City Running Club is a nonprofit organization that has organized the Riverfront Half Marathon since 1999 and promotes running for people of all ages in the Louisville area."),
]
A7 = Article(
    id=f"{SITE}-07", site=SITE, url=f"{HOST}/releases/2015/01/12/greystone-community-bank-named-title-sponsor-of-2015-riverfront-half-marathon/",
    language="en", headline=H7, published="2015-01-12T07:30:00-05:00", modified=None, authors=[],
    summary="", blocks=blocks_of(ITEMS7),
    entities=[("Greystone Community Bank", "ORG"), ("LOUISVILLE", "LOC"), ("Louisville", "LOC"), ("Ky.", "LOC"),
              ("Wireline PR", "ORG"), ("Riverfront Half Marathon", "MISC"), ("Greystone Riverfront Half Marathon", "MISC"),
              ("Falls City Running Club", "ORG"), ("Walter Tillery", "PER"), ("Carla Benn", "PER"),
              ("Kentucky", "LOC"), ("Indiana", "LOC"), ("Great Lawn", "LOC"), ("Greystone", "ORG")],
    phenomena=BASE + ["no-metadata", "list-in-body", "subheadings", "date-in-url", "localized-date"],
    notes="Archived release without OpenGraph or JSON-LD, pasted as plain text (paragraphs are runs separated by <br><br>); two 'About' sections (sponsor and race organizer) are both kept as body; the legacy template's <h1> is the portal logo, the release headline is an <h2>. " + NOTE,
)
M7 = dict(
    pub=dt(2015, 1, 12, 7, 30), cid="300018842", meta=False, issuer="Greystone Community Bank", issuer_id="gb-09877",
    issuer_url="https://www.greystonebank.example", industry="Sports", sub="Sponsorships",
    dl_city="LOUISVILLE, Ky.", dl_date="Jan. 12, 2015", dl_style="xn", pmode="br",
    topics=["Sponsorships", "Running", "Banking", "Kentucky"],
    contact=["Denise Harlan", "Greystone Community Bank", "502-555-0126", "dharlan@greystonebank.example"],
    more=[("Greystone Community Bank Reports 2014 Annual Results", 10),
          ("Greystone Community Bank Opens 22nd Branch in Jeffersonville", 88)],
    trending=[2, 6, 0, 5, 1], copy_year=2015,
)
ARTICLES.append((A7, M7, ITEMS7))

# 8 ------------------------------------------------------------------------------------------
H8 = "Solenne Biotherapeutics Doses First Patient in Phase 2 Trial of SB-214 for Refractory Chronic Cough"
S8 = "Randomized, placebo-controlled CALM-2 study to enroll about 240 adults at 30 sites in the U.S. and Canada; topline data expected in the second half of 2021"
R8 = "Solenne Biotherapeutics, Inc., a clinical-stage biotechnology company developing treatments for chronic respiratory conditions, today announced that the first patient has been dosed in CALM-2, its Phase 2 clinical trial of SB-214 in adults with refractory chronic cough."
ITEMS8 = [
    dl("BOSTON, June 3, 2020 /Wireline PR/ -- " + R8, R8),
    ("p", "Refractory chronic cough is a cough that lasts more than eight weeks and does not respond to treatment of an underlying condition. It can disrupt sleep, work and social life, and there are currently no approved treatments specifically for it in the United States."),
    ("p", "CALM-2 is a randomized, double-blind, placebo-controlled trial that will enroll about 240 adults at 30 sites in the U.S. and Canada. Participants will receive one of two doses of SB-214 or placebo twice daily for 12 weeks. The primary endpoint is the change in 24-hour cough frequency, measured with a wearable acoustic monitor."),
    ("p", "\u201cDosing the first patient in CALM-2 is an important step for a condition that affects millions of people and has had very little attention from drug developers,\u201d said Dr. Miriam Castellane, chief medical officer of Solenne. \u201cOur sites are ready, enrollment is open, and we expect to report topline data in the second half of 2021.\u201d"),
    ("p", "In a Phase 1 study in 64 healthy volunteers, SB-214 was generally well tolerated, with no serious adverse events reported. Unlike some earlier experimental cough treatments, it did not cause a loss or change in the sense of taste in that study, the company said."),
    ("p", "Chronic cough affects an estimated 10% of adults worldwide, and specialists estimate that several million Americans live with a cough that does not respond to existing treatments. Many patients see multiple doctors before receiving a diagnosis, and some develop complications such as chest pain and broken ribs from repeated coughing."),
    ("p", "The CALM-2 trial will also measure changes in cough severity reported by patients, quality of life and sleep, as well as safety and tolerability. Participants who complete the 12-week treatment period will be offered the option to enroll in a 40-week open-label extension study."),
    ("p", "\u201cPatients often tell us their cough has taken over their lives,\u201d said Dr. Henrik Aalto, a pulmonologist at Back Bay Chest Clinic and the lead investigator of the trial. \u201cA treatment that works without affecting taste would be a real advance for them.\u201d"),
    ("h", "About SB-214"),
    ("p", "SB-214 is an oral, small-molecule drug designed to calm overactive nerve fibers in the airways that trigger the cough reflex. Solenne holds worldwide rights to SB-214, which was discovered in its own laboratories."),
    ("h", "About Solenne Biotherapeutics"),
    ("p", "Solenne Biotherapeutics is a clinical-stage company based in Boston that develops medicines for chronic respiratory conditions. Its pipeline includes treatments for chronic cough and for scarring lung diseases."),
    ("h", "Forward-Looking Statements"),
    ("p", "This press release contains forward-looking statements, including statements about the design, timing and results of the CALM-2 trial and the potential of SB-214. These statements are subject to risks and uncertainties that could cause actual results to differ materially, including risks related to patient enrollment, clinical trial results and regulatory review. Solenne undertakes no obligation to update these statements except as required by law."),
]
A8 = Article(
    id=f"{SITE}-08", site=SITE, url=f"{HOST}/news-releases/solenne-biotherapeutics-doses-first-patient-in-phase-2-trial-of-sb-214-301069835.html",
    language="en", headline=H8, published="2020-06-03T07:00:00-04:00", modified=None, authors=[],
    summary=S8, blocks=blocks_of(ITEMS8, S8),
    entities=[("Solenne Biotherapeutics", "ORG"), ("Solenne", "ORG"), ("SB-214", "MISC"), ("BOSTON", "LOC"),
              ("Boston", "LOC"), ("Wireline PR", "ORG"), ("CALM-2", "MISC"), ("United States", "LOC"), ("U.S.", "LOC"),
              ("Canada", "LOC"), ("Miriam Castellane", "PER"), ("Americans", "MISC"), ("Henrik Aalto", "PER"),
              ("Back Bay Chest Clinic", "ORG")],
    phenomena=BASE + ["split-body", "teasers-in-article", "json-ld", "standfirst", "subheadings", "localized-date"],
    notes="The JSON-LD datePublished is the portal's submission record (June 2, 10:14 p.m.); the visible ET stamp, the dateline and article:published_time give the release time, June 3, 7:00 a.m., which is gold (GUIDELINES 10.1). The 'About SB-214', 'About Solenne' and forward-looking-statements sections are issuer text and kept as body; the alerts promo between paragraphs is not body; the media-contact block and SOURCE line are not body, and authors are empty ('News provided by' names the issuer).",
)
M8 = dict(
    pub=dt(2020, 6, 3, 7, 0), cid="301069835", meta=True, ld_pub=dt(2020, 6, 2, 22, 14), promo_after=5, issuer="Solenne Biotherapeutics, Inc.", issuer_id="sb-31558",
    issuer_url="https://www.solennebio.example", industry="Health", sub="Clinical Trials",
    desc="Solenne Biotherapeutics doses the first patient in CALM-2, a Phase 2 trial of SB-214 in refractory chronic cough.",
    dl_city="BOSTON", dl_date="June 3, 2020", dl_style="bold", pmode="div",
    topics=["Clinical Trials", "Biotechnology", "Pharmaceuticals", "Massachusetts"],
    contact=["Investors: Rafael Quintero, Solenne Biotherapeutics, ir@solennebio.example",
             "Media: Beth Lindqvist, Harborview Health Communications, 617-555-0192, blindqvist@harborviewhc.example"],
    more=[("Solenne Biotherapeutics Presents Phase 1 Data for SB-214 at Respiratory Medicine Meeting", 55),
          ("Solenne Biotherapeutics Closes $86 Million Series B Financing", 140),
          ("Solenne Biotherapeutics Appoints Miriam Castellane, M.D., as Chief Medical Officer", 300)],
    trending=[7, 4, 1, 3, 2], copy_year=2020,
)
ARTICLES.append((A8, M8, ITEMS8))

# 9: minimal pair of 01 without JSON-LD -------------------------------------------------------
A9 = Article(
    id=f"{SITE}-09", site=SITE, url=A1.url + "?variant=b", language="en", headline=H1,
    published=A1.published, modified=None, authors=[], summary=S1, blocks=blocks_of(ITEMS1, S1),
    entities=list(A1.entities), phenomena=[p for p in A1.phenomena if p != "json-ld"],
    notes="Minimal pair of wireline-pr-01: differs only in json-ld (the NewsArticle JSON-LD script is removed; OpenGraph, Twitter and article meta tags stay).",
    variant_of=f"{SITE}-01",
)
M9 = dict(M1)
M9["jsonld"] = False
ARTICLES.append((A9, M9, ITEMS1))


# Longer releases (realism wave: body length): one more section inserted before the named heading; the
# variant 09 follows its original 01. New people and organisations join the entity list.
MORE = {
    f"{SITE}-01": ("Conference Call", [
        ("h", "Customer and Operations Update"),
        ("p", "During the quarter, Halvorsen Robotics completed its largest single deployment to date, 310 robots across four "
              "distribution centers operated by Bramblewood Logistics in Ohio and Indiana. The company said the average customer "
              "site now runs 64 robots, up from 41 a year earlier, and that repeat orders from existing customers accounted for 58% "
              "of new bookings."),
        ("p", "\u201cOur first fleet went live in October, and by the end of the peak season the robots were handling most of the "
              "replenishment moves in the building,\u201d said Dana Whitcomb, vice president of operations at Bramblewood Logistics. "
              "\u201cWe have already started planning the next two sites with them.\u201d"),
        ("p", "The company ended the year with 1,180 employees, including 310 engineers, and said it expects to hire about 250 "
              "people in 2022, most of them in assembly and field service. Supply constraints on motor controllers eased late in "
              "the quarter; inventory of critical components now covers about 14 weeks of production."),
    ], [("Bramblewood Logistics", "ORG"), ("Dana Whitcomb", "PER"), ("Indiana", "LOC")]),
    f"{SITE}-07": ("About Greystone Community Bank", [
        ("h", "Course Changes and Volunteers"),
        ("p", "The new course was approved by the city's special events office in December after a review of traffic plans for the "
              "downtown bridges. Race organizers said road closures on race morning will end about 45 minutes earlier than in "
              "previous years, because the revised route no longer crosses the river twice."),
        ("p", "The race relies on about 1,200 volunteers each year. Volunteer registration opens on Feb. 1, and volunteers will "
              "again receive a race shirt and a meal voucher. \u201cWe need people at water stations, at the finish line and at "
              "packet pickup, and many of our volunteers come back every year,\u201d said Marisol Dunleavy, volunteer coordinator "
              "for the Falls City Running Club."),
    ], [("Marisol Dunleavy", "PER")]),
    f"{SITE}-04": ("About Tidewater Island Ferries", [
        ("h", "Island Communities Welcome the Service"),
        ("p", "On Little Cove Island, where about 140 people live year-round, the town meeting voted in February to lease the "
              "old town landing to Tidewater for one dollar a year. \u201cFor twenty years our kids have had to catch a 6 a.m. "
              "boat and change at Great Heron just to get to school on time,\u201d said Harold Spurling, chair of the island's "
              "select board. \u201cA direct boat gives them back an hour every morning.\u201d"),
        ("p", "The company expects the two new routes to carry about 38,000 passengers in their first summer. Tidewater said it "
              "will hire 11 seasonal deckhands and ticket agents for the season."),
    ], [("Harold Spurling", "PER")]),
    f"{SITE}-05": ("Methodology", [
        ("h", "What Shoppers Say"),
        ("p", "A companion survey of 2,050 adult shoppers, conducted in October, found that 68% had visited "
              "a store in the past year only to find it closed earlier than they expected. Yet just 12% said shorter hours would "
              "make them shop at a different chain, provided pickup orders were ready on time."),
        ("p", "\u201cConsistency matters more to customers than long hours,\u201d said Priya Castellan, senior analyst at Norvik "
              "Analytics. \u201cRetailers that post their new hours early and keep them the same "
              "across their stores lose very few sales.\u201d"),
    ], [("Priya Castellan", "PER")]),
}


def lengthened(a, items):
    """The release and its items with the MORE section inserted before its heading (unchanged without one)."""
    key = a.variant_of or a.id
    if key not in MORE:
        return a, items
    before, extra, entities = MORE[key]
    at = items.index(("h", before))
    items = items[:at] + extra + items[at:]
    return dataclasses.replace(a, blocks=blocks_of(items, a.summary),
                               entities=list(a.entities) + [e for e in entities if e not in a.entities]), items


# Releases still on the newsroom's front page show their age ("2 hours ago"); the release template's
# head has no date meta and its JSON-LD no dates: only the <time datetime> states the time.
RELATIVE = {'wireline-pr-05': '2 hours ago', 'wireline-pr-08': '6 hours ago'}


def main():
    for a, m, items in ARTICLES:
        a, items = lengthened(a, items)
        html_page = page(a, m, items)
        if (a.variant_of or a.id) in RELATIVE:
            a, html_page = relative_visible_date(a, html_page, RELATIVE[a.variant_of or a.id], drop_other_metadata=True)
        emit(a, html_page, "utf-8")
        print(f"{a.id} {len(html_page.encode('utf-8')) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
