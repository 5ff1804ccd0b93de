import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, relative_visible_date, Article, Block, emit

"""The Meridian Review (meridian-review): an invented London quality paper with a hard paywall.
Its custom publishing stack renders server-side article pages with BEM-style classes and
data-component attributes, a subscription wall (the server sends only the teaser paragraphs to
non-subscribers), schema.org NewsArticle JSON-LD with isAccessibleForFree, a consent manager, a
mega menu, a most-read rail and a long footer. Times are UK local time (all articles here fall
in British Summer Time, +01:00) and written "14 June 2016, 08.30 BST"."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "meridian-review"
HOST = "https://www.meridianreview.example"
IMG = "https://images.meridianreview.example"
NAME = "The Meridian Review"
BST = _dt.timezone(_dt.timedelta(hours=1))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def esc(s):
    return _html.escape(s, quote=True)


def plain(fragment):
    return " ".join(_html.unescape(_re.sub(r"<[^>]+>", "", fragment)).split())


def slugify(s):
    s = s.lower().replace("’", "").replace("'", "")
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def dmy(dt):
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"


def stamp(dt):
    return f"{dmy(dt)}, {dt.hour:02d}.{dt.minute:02d} BST"


def words(blocks):
    return sum(len(_tokens(b.text)) for b in blocks if not b.optional)


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

MEGA = [
    ("News", "news", ["UK", "World", "Politics", "Europe", "Americas", "Asia-Pacific", "Africa", "Middle East", "Education", "Health", "Crime", "Media"]),
    ("Business", "business", ["Economy", "Companies", "Markets", "Energy", "Property", "Technology", "Retail", "Work & careers", "Personal finance"]),
    ("Opinion", "opinion", ["Editorials", "Columnists", "Letters", "Cartoons", "The long view"]),
    ("Science", "science", ["Climate", "Environment", "Space", "Medicine", "Nature", "Ideas"]),
    ("Culture", "culture", ["Books", "Film", "Music", "Theatre", "Art & design", "Television", "Classical", "Podcasts"]),
    ("Life", "life", ["Food & drink", "Travel", "Homes", "Style", "Wellbeing", "Family", "Gardens"]),
    ("Sport", "sport", ["Football", "Cricket", "Rugby union", "Tennis", "Athletics", "Cycling", "Outdoors"]),
    ("Long reads", "long-reads", []),
    ("Newsletters", "newsletters", []),
    ("Puzzles", "puzzles", ["Crossword", "Cryptic", "Sudoku", "Quiz"]),
]

MOST_READ = [
    ("The quiet collapse of Britain’s bus timetables", "news/uk/bus-timetables-collapse-a8812034"),
    ("Why your energy bill is about to change again", "business/energy/energy-bill-change-again-a8810921"),
    ("A week in the life of a hill-farm vet", "life/hill-farm-vet-week-a8809977"),
    ("The crossword setter who hid a proposal in a puzzle", "culture/crossword-setter-proposal-a8811460"),
    ("Ten walks with a pub at the end", "life/travel/ten-walks-pub-at-the-end-a8807315"),
    ("Inside the race to map the North Sea floor", "science/north-sea-floor-map-a8806102"),
    ("What a pause in interest rates means for renters", "business/rate-pause-renters-a8805548"),
]

EDITORS_PICKS = [
    ("The archivist who kept a whole village’s letters", "long-reads"),
    ("How to read a planning application in ten minutes", "life"),
    ("Our critics’ guide to the summer’s best new novels", "culture/books"),
    ("Can the railways run on hydrogen? An engineer answers", "science"),
]

CSS = """
:root{--mr-ink:#121212;--mr-paper:#fffdf8;--mr-rule:#d9d4c7;--mr-accent:#8a1c1c;--mr-muted:#5f5a52;--mr-blue:#1d3557;--mr-serif:'Meridian Text',Georgia,'Times New Roman',serif;--mr-display:'Meridian Display',Georgia,serif;--mr-sans:'Meridian Sans','Helvetica Neue',Arial,sans-serif;--mr-gutter:20px;--mr-max:1300px}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--mr-paper);color:var(--mr-ink);font-family:var(--mr-serif);font-size:17px;line-height:1.5}
a{color:inherit}a:focus-visible{outline:3px solid #f4b400;outline-offset:2px}
img{max-width:100%;height:auto;display:block}
button{font:inherit;cursor:pointer}
.u-hidden{display:none!important}
.u-sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.o-wrap{max-width:var(--mr-max);margin:0 auto;padding:0 var(--mr-gutter)}
.c-skip{position:absolute;left:-9999px;top:0;background:#fff;padding:10px 14px;z-index:1000}
.c-skip:focus{left:10px}
.c-utility{font-family:var(--mr-sans);font-size:13px;border-bottom:1px solid var(--mr-rule)}
.c-utility .o-wrap{display:flex;justify-content:space-between;align-items:center;height:38px}
.c-utility__date{color:var(--mr-muted)}
.c-utility__links a{margin-left:16px;text-decoration:none}
.c-utility__subscribe{background:var(--mr-accent);color:#fff!important;padding:6px 12px;border-radius:2px;font-weight:700}
.c-masthead{text-align:center;padding:18px 0 12px;border-bottom:4px double var(--mr-ink)}
.c-masthead__logo{display:inline-block;font-family:var(--mr-display);font-size:46px;letter-spacing:-.5px;text-decoration:none;font-weight:700}
.c-masthead__tagline{font-family:var(--mr-sans);font-size:12px;letter-spacing:.12em;text-transform:uppercase;color:var(--mr-muted);margin:4px 0 0}
.c-nav{font-family:var(--mr-sans);border-bottom:1px solid var(--mr-rule);background:var(--mr-paper);position:sticky;top:0;z-index:50}
.c-nav__list{display:flex;flex-wrap:wrap;justify-content:center;list-style:none;margin:0;padding:0}
.c-nav__item{position:relative}
.c-nav__link{display:block;padding:12px 14px;font-size:15px;font-weight:700;text-decoration:none}
.c-nav__item--active>.c-nav__link{box-shadow:inset 0 -3px 0 var(--mr-accent)}
.c-nav__drop{display:none;position:absolute;left:0;top:100%;min-width:230px;background:#fff;border:1px solid var(--mr-rule);box-shadow:0 10px 24px rgba(0,0,0,.1);padding:10px 0;list-style:none;margin:0}
.c-nav__item:hover .c-nav__drop,.c-nav__item:focus-within .c-nav__drop{display:block}
.c-nav__drop a{display:block;padding:6px 18px;font-size:14px;text-decoration:none}
.c-nav__drop a:hover{background:#f4efe4}
.c-ticker{font-family:var(--mr-sans);font-size:13px;background:#f4efe4;border-bottom:1px solid var(--mr-rule)}
.c-ticker .o-wrap{display:flex;gap:22px;overflow:hidden;white-space:nowrap;height:34px;align-items:center}
.c-ticker__label{font-weight:700;color:var(--mr-accent);text-transform:uppercase;letter-spacing:.06em}
.c-ticker__item b{font-weight:700}.c-ticker__up{color:#1a7f37}.c-ticker__down{color:#b42318}
.c-ad{display:flex;align-items:center;justify-content:center;flex-direction:column;background:#f1ede3;color:var(--mr-muted);font-family:var(--mr-sans);font-size:11px;letter-spacing:.1em;text-transform:uppercase}
.c-ad--leader{min-height:110px;margin:18px auto;max-width:970px}
.c-ad--mpu{width:300px;min-height:250px;margin:0 auto 28px}
.c-ad--halfpage{width:300px;min-height:600px;margin:0 auto 28px}
.c-ad--inline{min-height:260px;margin:28px 0}
.l-article{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:60px;margin-top:26px}
@media (max-width:980px){.l-article{grid-template-columns:1fr}.l-rail{display:none}}
.c-crumbs{font-family:var(--mr-sans);font-size:13px;color:var(--mr-muted);margin:0 0 10px}
.c-crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.c-crumbs li+li::before{content:"/";margin:0 8px;color:#aaa}
.c-crumbs a{text-decoration:none}
.c-kicker{display:inline-block;font-family:var(--mr-sans);font-size:14px;font-weight:700;color:var(--mr-accent);text-transform:uppercase;letter-spacing:.05em;margin:0 0 8px;text-decoration:none}
.c-headline{font-family:var(--mr-display);font-size:46px;line-height:1.08;font-weight:700;margin:0 0 16px;letter-spacing:-.3px}
@media (max-width:700px){.c-headline{font-size:32px}}
.c-standfirst{font-size:22px;line-height:1.4;color:#2d2a26;margin:0 0 20px}
.c-standfirst p{margin:0}
.c-byline{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;font-family:var(--mr-sans);font-size:14px;border-top:1px solid var(--mr-rule);border-bottom:1px solid var(--mr-rule);padding:12px 0;margin-bottom:18px}
.c-byline__authors a{font-weight:700;text-decoration:none;color:var(--mr-blue)}
.c-byline__role{color:var(--mr-muted)}
.c-byline__time{color:var(--mr-muted)}
.c-byline__updated{color:var(--mr-accent)}
.c-byline__read{color:var(--mr-muted)}
.c-share{display:flex;gap:8px;margin-left:auto}
.c-share__btn{display:inline-flex;width:34px;height:34px;border:1px solid var(--mr-rule);border-radius:50%;align-items:center;justify-content:center;font-size:12px;text-decoration:none;background:#fff}
.c-share__btn--gift{width:auto;border-radius:17px;padding:0 12px;font-weight:700}
.c-figure{margin:0 0 24px}
.c-figure__caption{font-family:var(--mr-sans);font-size:13px;color:var(--mr-muted);padding:8px 0;border-bottom:1px solid var(--mr-rule)}
.c-figure__credit{text-transform:uppercase;font-size:11px;letter-spacing:.04em;margin-left:6px}
.c-body{font-size:19px;line-height:1.62;max-width:660px}
.c-body p{margin:0 0 1.15em}
.c-body h2{font-family:var(--mr-sans);font-size:22px;margin:1.8em 0 .6em}
.c-body a{color:var(--mr-blue);text-decoration-thickness:1px;text-underline-offset:3px}
.c-body ul,.c-body ol{margin:0 0 1.2em;padding-left:1.3em}
.c-body li{margin:0 0 .45em}
.c-body blockquote{margin:1.6em 0;padding:0 0 0 20px;border-left:3px solid var(--mr-accent);font-style:italic}
.c-body table{border-collapse:collapse;width:100%;font-family:var(--mr-sans);font-size:15px;margin:1.4em 0 .4em}
.c-body th,.c-body td{border-bottom:1px solid var(--mr-rule);padding:8px 6px;text-align:left}
.c-body th{border-bottom:2px solid var(--mr-ink)}
.c-body .c-table-source{font-family:var(--mr-sans);font-size:13px;color:var(--mr-muted)}
.c-body .c-readmore{font-family:var(--mr-sans);font-size:16px;border-top:1px solid var(--mr-rule);border-bottom:1px solid var(--mr-rule);padding:10px 0}
.c-body .c-readmore strong{color:var(--mr-accent)}
.c-embed{margin:1.8em 0}.c-embed iframe{width:100%;border:0}
.c-embed__caption{font-family:var(--mr-sans);font-size:13px;color:var(--mr-muted)}
.c-note{font-family:var(--mr-sans);font-size:15px;background:#f4efe4;border-left:4px solid var(--mr-blue);padding:12px 16px;margin:0 0 1.4em}
.c-note--bottom{margin-top:2em}
.c-body--teaser>p:last-of-type{-webkit-mask-image:linear-gradient(#000 30%,transparent);mask-image:linear-gradient(#000 30%,transparent)}
.c-paywall{font-family:var(--mr-sans);border-top:4px solid var(--mr-ink);background:#fff;padding:28px 28px 24px;margin:8px 0 36px;max-width:660px;box-shadow:0 12px 30px rgba(0,0,0,.08)}
.c-paywall__eyebrow{font-size:12px;letter-spacing:.12em;text-transform:uppercase;color:var(--mr-accent);font-weight:700;margin:0 0 6px}
.c-paywall__title{font-family:var(--mr-display);font-size:30px;line-height:1.15;margin:0 0 10px}
.c-paywall__lead{font-size:16px;color:#333;margin:0 0 18px}
.c-paywall__plans{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin:0 0 18px}
@media (max-width:700px){.c-paywall__plans{grid-template-columns:1fr}}
.c-plan{border:1px solid var(--mr-rule);padding:14px;border-radius:3px;position:relative}
.c-plan--best{border:2px solid var(--mr-accent)}
.c-plan__flag{position:absolute;top:-11px;left:12px;background:var(--mr-accent);color:#fff;font-size:11px;font-weight:700;padding:2px 8px;text-transform:uppercase;letter-spacing:.05em}
.c-plan__name{font-weight:700;font-size:15px;margin:0 0 4px}
.c-plan__price{font-family:var(--mr-display);font-size:26px;margin:0}
.c-plan__small{font-size:12px;color:var(--mr-muted);margin:4px 0 10px}
.c-plan__cta{display:block;text-align:center;background:var(--mr-ink);color:#fff;text-decoration:none;padding:9px 0;font-weight:700;border-radius:2px}
.c-plan--best .c-plan__cta{background:var(--mr-accent)}
.c-paywall__signin{font-size:14px;margin:0}
.c-paywall__signin a{font-weight:700;color:var(--mr-blue)}
.c-paywall__legal{font-size:12px;color:var(--mr-muted);margin:10px 0 0}
.c-topics{font-family:var(--mr-sans);font-size:14px;margin:26px 0;max-width:660px}
.c-topics__label{font-weight:700;margin-right:8px}
.c-topics a{display:inline-block;border:1px solid var(--mr-rule);border-radius:14px;padding:3px 12px;margin:0 6px 8px 0;text-decoration:none;background:#fff}
.c-bio{display:flex;gap:14px;border-top:1px solid var(--mr-rule);padding:16px 0;font-family:var(--mr-sans);font-size:14px;max-width:660px}
.c-bio img{width:64px;height:64px;border-radius:50%;filter:grayscale(1)}
.c-bio__name{font-weight:700;margin:0 0 4px}
.c-comments{font-family:var(--mr-sans);max-width:660px;border-top:2px solid var(--mr-ink);padding-top:14px;margin:28px 0}
.c-comments__count{font-size:20px;font-weight:700;margin:0 0 8px}
.c-comments__btn{background:#fff;border:1px solid var(--mr-ink);padding:8px 16px;font-weight:700}
.c-comment{border-bottom:1px solid var(--mr-rule);padding:12px 0;font-size:15px}
.c-comment__who{font-weight:700}.c-comment__when{color:var(--mr-muted);font-size:12px;margin-left:8px}
.c-newsletter{font-family:var(--mr-sans);background:var(--mr-blue);color:#fff;padding:24px;margin:32px 0;max-width:660px}
.c-newsletter h2{font-family:var(--mr-display);font-size:26px;margin:0 0 6px}
.c-newsletter p{margin:0 0 14px;color:#dbe4f0}
.c-newsletter form{display:flex;gap:8px}.c-newsletter input{flex:1;padding:10px;border:0}
.c-newsletter button{background:#f4b400;border:0;padding:10px 16px;font-weight:700}
.c-newsletter small{display:block;margin-top:8px;color:#b9c6d8}
.c-rail__block{margin-bottom:30px;font-family:var(--mr-sans)}
.c-rail__title{font-size:13px;letter-spacing:.1em;text-transform:uppercase;border-top:3px solid var(--mr-ink);padding-top:8px;margin:0 0 10px}
.c-mostread{list-style:none;margin:0;padding:0;counter-reset:mr}
.c-mostread li{counter-increment:mr;display:grid;grid-template-columns:34px 1fr;padding:10px 0;border-bottom:1px solid var(--mr-rule);font-family:var(--mr-serif);font-size:17px;line-height:1.3}
.c-mostread li::before{content:counter(mr);font-family:var(--mr-display);font-size:30px;color:var(--mr-accent);line-height:1}
.c-mostread a{text-decoration:none}
.c-picks a{display:block;text-decoration:none;padding:8px 0;border-bottom:1px solid var(--mr-rule);font-family:var(--mr-serif);font-size:16px}
.c-related{border-top:4px double var(--mr-ink);margin-top:40px;padding-top:16px}
.c-related__title{font-family:var(--mr-sans);font-size:15px;letter-spacing:.1em;text-transform:uppercase;margin:0 0 14px}
.c-related__grid{display:grid;grid-template-columns:repeat(4,1fr);gap:22px;list-style:none;margin:0;padding:0}
@media (max-width:900px){.c-related__grid{grid-template-columns:repeat(2,1fr)}}
.c-card__img{aspect-ratio:3/2;object-fit:cover;margin-bottom:8px;background:#e6e0d2}
.c-card__kicker{font-family:var(--mr-sans);font-size:12px;font-weight:700;color:var(--mr-accent);text-transform:uppercase}
.c-card__title{display:block;font-size:18px;line-height:1.25;font-weight:700;text-decoration:none;margin:2px 0 6px}
.c-card__date{font-family:var(--mr-sans);font-size:12px;color:var(--mr-muted)}
.c-footer{background:var(--mr-ink);color:#d8d3c8;font-family:var(--mr-sans);font-size:14px;margin-top:60px;padding:40px 0 24px}
.c-footer__logo{font-family:var(--mr-display);font-size:30px;color:#fff;text-decoration:none}
.c-footer__cols{display:grid;grid-template-columns:repeat(6,1fr);gap:24px;margin:26px 0}
@media (max-width:900px){.c-footer__cols{grid-template-columns:repeat(2,1fr)}}
.c-footer h3{font-size:12px;letter-spacing:.1em;text-transform:uppercase;color:#fff;margin:0 0 10px}
.c-footer ul{list-style:none;margin:0;padding:0}.c-footer li{padding:3px 0}.c-footer a{text-decoration:none}
.c-footer a:hover{text-decoration:underline}
.c-footer__legal{border-top:1px solid #3a3a3a;padding-top:16px;font-size:12px;display:flex;flex-wrap:wrap;justify-content:space-between;gap:10px}
.c-consent{position:fixed;inset:auto 0 0 0;z-index:9999;background:#fff;border-top:4px solid var(--mr-ink);font-family:var(--mr-sans);font-size:14px;padding:20px;box-shadow:0 -8px 28px rgba(0,0,0,.15)}
.c-consent[hidden]{display:none}
.c-consent__inner{max-width:1100px;margin:0 auto;display:flex;gap:24px;align-items:flex-start}
.c-consent__title{font-family:var(--mr-display);font-size:22px;margin:0 0 6px}
.c-consent__btns{display:flex;flex-direction:column;gap:8px;min-width:210px}
.c-consent__btns button{border:1px solid var(--mr-ink);background:#fff;padding:10px 14px;font-weight:700}
.c-consent__btns .is-primary{background:var(--mr-ink);color:#fff}
@media print{.c-nav,.c-ticker,.c-ad,.l-rail,.c-paywall,.c-consent,.c-footer,.c-share,.c-newsletter{display:none!important}.c-body{max-width:none}}
"""


def head_scripts(a):
    section = a["section_path"].split("/")[0]
    access = "subscriber" if a["paywall"] else "free"
    return f"""<script>
window.__mrConfig = {{"env":"production","release":"web-article@4.18.2","edition":"uk","section":"{section}","contentId":"{a['cid']}","access":"{access}","wordCount":{a['full_words']},"consentVendor":"cmp-meridian","adsEnabled":true,"pianoAid":"Xm4PqR7tLs","commentsEnabled":{"true" if a.get("comments") else "false"}}};
</script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('consent','default',{{'ad_storage':'denied','analytics_storage':'denied','ad_user_data':'denied','ad_personalization':'denied','wait_for_update':800,'region':['GB','IE','FR','DE','NL','BE','ES','IT']}});
dataLayer.push({{"event":"pageMeta","page":{{"type":"article","section":"{section}","contentId":"{a['cid']}","access":"{access}","template":"standard","publishedYear":{a['published'].year}}}}});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://metrics.meridianreview.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-MR83KQ2');
</script>
<script>
var tp = window.tp || [];
tp.push(["setAid", "Xm4PqR7tLs"]);
tp.push(["setCxenseSiteId", "1139877406512387"]);
tp.push(["setEndpoint", "https://buy.meridianreview.example/api/v3"]);
tp.push(["setUseTinypassAccounts", false]);
tp.push(["setUsePianoIdUserProvider", true]);
tp.push(["setTags", {_json.dumps(a['tags'])}]);
tp.push(["setContentSection", "{section}"]);
tp.push(["setContentIsNative", false]);
tp.push(["init", function () {{ tp.experience.init(); }}]);
(function(src){{var a=document.createElement("script");a.type="text/javascript";a.async=true;a.src=src;var b=document.getElementsByTagName("script")[0];b.parentNode.insertBefore(a,b)}})("https://cdn.meridianreview.example/paywall/tinypass.min.js");
</script>
<script>
window.mrAds = window.mrAds || {{cmd: []}};
mrAds.cmd.push(function () {{
  mrAds.pageTargeting({{ s: "{section}", cid: "{a['cid']}", kw: {_json.dumps(a['tags'][:4])}, acc: "{access}" }});
  mrAds.slot("/6510/meridian/{section}/article", "ad-top", [[970, 250], [970, 90], [728, 90]]);
  mrAds.slot("/6510/meridian/{section}/article", "ad-rail-1", [[300, 600], [300, 250]]);
  mrAds.slot("/6510/meridian/{section}/article", "ad-rail-2", [[300, 250]]);
  mrAds.slot("/6510/meridian/{section}/article", "ad-inline-1", [[300, 250], [620, 350]]);
  mrAds.lazy({{ margin: "200%" }});
}});
</script>
<script async src="https://ads.meridianreview.example/prebid/8.31/mr-prebid.min.js"></script>"""


FOOT_SCRIPTS = """<script>
(function () {
  var box = document.getElementById('cmp-banner');
  if (!box) return;
  if (!/(^|; )mr_consent=/.test(document.cookie)) box.hidden = false;
  box.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-choice]');
    if (!b) return;
    var v = b.getAttribute('data-choice');
    document.cookie = 'mr_consent=' + v + '; path=/; max-age=' + 60 * 60 * 24 * 365 + '; SameSite=Lax';
    box.hidden = true;
    if (window.gtag) gtag('consent', 'update', { ad_storage: v === 'all' ? 'granted' : 'denied', analytics_storage: v === 'none' ? 'denied' : 'granted' });
  });
})();
</script>
<script>
(function () {
  document.querySelectorAll('[data-share]').forEach(function (el) {
    el.addEventListener('click', function (e) {
      if (el.getAttribute('data-share') !== 'copy') return;
      e.preventDefault();
      if (navigator.clipboard) navigator.clipboard.writeText(el.getAttribute('href'));
      el.setAttribute('aria-label', 'Link copied');
    });
  });
  var nav = document.querySelector('.c-nav');
  var last = 0;
  window.addEventListener('scroll', function () {
    var y = window.scrollY;
    if (nav) nav.classList.toggle('is-hidden', y > last && y > 400);
    last = y;
  }, { passive: true });
})();
</script>
<script>
window.mrTrack = window.mrTrack || [];
mrTrack.push(['pageview', { referrer: document.referrer, depth: 0 }]);
(function(){var s=document.createElement('script');s.src='https://metrics.meridianreview.example/mrt.js';s.async=true;document.head.appendChild(s);})();
</script>
<script src="https://assets.meridianreview.example/web-article/4.18.2/main.js" defer></script>
<script src="https://assets.meridianreview.example/web-article/4.18.2/vendors.js" defer></script>"""


def nav_html(active):
    # Only the top level is in the markup; the drop-downs are built by script from window.__mrNav.
    out = ['<nav class="c-nav" aria-label="Sections" data-component="nav"><div class="o-wrap"><div class="c-nav__inner"><ul class="c-nav__list">']
    for label, path, subs in MEGA:
        cls = "c-nav__item" + (" c-nav__item--active" if label == active else "")
        drop = f' data-drop="{path}" aria-haspopup="true"' if subs else ""
        out.append(f'<li class="{cls}"><a class="c-nav__link" href="{HOST}/{path}" data-link-name="nav : {label.lower()}"{drop}>{esc(label)}</a></li>')
    out.append('</ul><button class="c-nav__more" type="button" aria-label="All sections"><svg class="c-icon" width="20" height="20"><use href="#mr-menu"></use></svg></button></div></div></nav>')
    return "\n".join(out)


def nav_json():
    return _json.dumps({path: [{"label": s, "href": f"{HOST}/{path}/{slugify(s)}"} for s in subs] for _, path, subs in MEGA if subs},
                       ensure_ascii=False)


CONSENT = f"""<div id="cmp-banner" class="c-consent" role="dialog" aria-modal="false" aria-labelledby="cmp-title" hidden>
<div class="c-consent__inner"><div>
<p id="cmp-title" class="c-consent__title">Your choices on The Meridian Review</p>
<p>We and our partners use cookies to keep the site working, measure how it is used and personalise advertising and content. You can accept all, reject non-essential cookies or choose which purposes you allow, and change your mind at any time under “Privacy settings”.</p>
</div><div class="c-consent__btns"><button type="button" class="is-primary" data-choice="all">Accept all</button><button type="button" data-choice="none">Reject non-essential</button><button type="button" data-choice="manage">Manage options</button></div></div></div>"""

NEWSLETTER = f"""<aside class="c-newsletter" data-component="newsletter-signup" aria-labelledby="nl-title"><div class="c-newsletter__inner">
<h2 id="nl-title">The Morning Review</h2>
<p>The day’s essential stories in your inbox at 6am every weekday.</p>
<form action="{HOST}/newsletters/subscribe" method="post"><input type="hidden" name="list" value="morning-review"><label class="u-sr" for="nl-email">Email address</label><input id="nl-email" type="email" name="email" placeholder="Your email address" required><button type="submit">Sign up</button></form>
</div></aside>"""

FOOTER_COLS = [
    ("News", ["UK news", "World news", "Politics", "Business", "Science"]),
    ("Culture", ["Books", "Film", "Music", "Theatre"]),
    ("About us", ["Contact us", "Complaints", "Editorial code", "Advertise with us"]),
]


def footer_html(year):
    cols = []
    for title, links in FOOTER_COLS:
        lis = "".join(f'<li class="c-footer__li"><a class="c-footer__a" href="{HOST}/{slugify(title)}/{slugify(l)}"><span>{esc(l)}</span></a></li>' for l in links)
        cols.append(f'<div class="c-footer__col"><h3>{esc(title)}</h3><ul class="c-footer__ul">{lis}</ul></div>')
    social = "".join(f'<li><a href="https://{s}.example/meridianreview" aria-label="{s}"><svg class="c-icon" width="18" height="18"><use href="#mr-{s}"></use></svg></a></li>'
                     for s in ("mastodon", "video", "photos", "rss"))
    return f"""<footer class="c-footer" data-component="footer"><div class="o-wrap"><div class="c-footer__top">
<a class="c-footer__logo" href="{HOST}/"><svg class="c-footer__mark" width="180" height="30" role="img" aria-label="The Meridian Review"><use href="#mr-logo"></use></svg></a>
<ul class="c-footer__social">{social}</ul></div>
<div class="c-footer__cols">{"".join(cols)}</div>
<div class="c-footer__legal"><span>© {year} Meridian Review Publishing Ltd</span>
<span><a href="{HOST}/help/terms">Terms</a> · <a href="{HOST}/help/privacy-policy">Privacy</a> · <a href="#" data-cmp-open>Privacy settings</a></span></div>
</div></footer>"""


def share_html(url, title, gift):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    g = ('<a class="c-share__btn c-share__btn--gift" href="#gift" data-share="gift" aria-label="Gift this article"><svg class="c-icon" width="16" height="16"><use href="#mr-gift"></use></svg></a>'
         if gift else "")
    btn = lambda k, href, label: (f'<li class="c-share__li"><a class="c-share__btn" data-share="{k}" href="{href}" aria-label="{label}">'
                                  f'<svg class="c-icon" width="16" height="16" aria-hidden="true"><use href="#mr-{k}"></use></svg></a></li>')
    return (f'<div class="c-share" data-component="share"><ul class="c-share__list">{g}'
            + btn("facebook", f"https://facebook.example/sharer.php?u={u}", "Share on Facebook")
            + btn("x", f"https://x.example/intent/post?text={t}&amp;url={u}", "Share on X")
            + btn("email", f"mailto:?subject={t}&amp;body={u}", "Share by email")
            + btn("copy", esc(url), "Copy link") + "</ul></div>")


def rail_html(a):
    mr = "".join(f'<li class="c-mostread__li"><a href="{HOST}/{p}"><span class="c-mostread__t">{esc(t)}</span></a></li>' for t, p in MOST_READ[:5])
    return f"""<aside class="l-rail" data-component="rail"><div class="l-rail__sticky">
<div class="c-ad c-ad--halfpage" id="ad-rail-1" data-ad-slot="rail-1" data-ad-sizes="300x600,300x250"></div>
<section class="c-rail__block" data-component="most-read"><h2 class="c-rail__title">Most read</h2><ol class="c-mostread">{mr}</ol></section>
<div class="c-ad c-ad--mpu" id="ad-rail-2" data-ad-slot="rail-2" data-ad-sizes="300x250"></div>
</div></aside>"""


def related_html(a):
    cards = []
    for k, (kick, title, days) in enumerate(a["related"]):
        d = a["published"] - _dt.timedelta(days=days, hours=3 * k)
        url = f"{HOST}/{a['section_path']}/{slugify(title)[:60]}-a{_zlib.crc32(title.encode()) % 9000000 + 1000000}"
        src = f"{IMG}/rel/{_zlib.crc32(title.encode()):08x}"
        cards.append(f'<div class="c-card" data-link-name="related : {k + 1}"><a class="c-card__link" href="{url}"><div class="c-card__media"><picture>'
                     f'<source type="image/webp" srcset="{src}/240.webp 240w, {src}/480.webp 480w" sizes="240px">'
                     f'<img class="c-card__img" loading="lazy" src="{src}/480.jpg" alt="" width="480" height="320"></picture></div>'
                     f'<div class="c-card__text"><span class="c-card__kicker">{esc(kick)}</span><h3 class="c-card__title">{esc(title)}</h3>'
                     f'<span class="c-card__date">{dmy(d)}</span></div></a></div>')
    return (f'<section class="c-related" data-component="related"><h2 class="c-related__title">More on this story</h2>'
            f'<div class="c-related__grid">{"".join(cards)}</div></section>')


def inline_card(a, k):
    """A related-story card the CMS drops between paragraphs (inside the article container)."""
    kick, title, days = a["related"][k]
    d = a["published"] - _dt.timedelta(days=days)
    src = f"{IMG}/rel/{_zlib.crc32(title.encode()):08x}"
    url = f"{HOST}/{a['section_path']}/{slugify(title)[:60]}-a{_zlib.crc32(title.encode()) % 9000000 + 1000000}"
    return (f'<aside class="c-inline-card" data-component="inline-related" data-link-name="inline card"><a class="c-inline-card__link" href="{url}">'
            f'<img class="c-inline-card__img" loading="lazy" src="{src}/160.jpg" alt="" width="160" height="107">'
            f'<span class="c-inline-card__kicker">{esc(kick)}</span><span class="c-inline-card__title">{esc(title)}</span>'
            f'<span class="c-inline-card__date">{dmy(d)}</span></a></aside>')


PAYWALL = f"""<div class="c-paywall" id="paywall" data-component="paywall" role="region" aria-labelledby="pw-title"><div class="c-paywall__inner">
<p class="c-paywall__eyebrow">Subscriber exclusive</p>
<h2 class="c-paywall__title" id="pw-title">This article is for subscribers. Keep reading with a Meridian subscription.</h2>
<div class="c-paywall__plans">
<div class="c-plan"><p class="c-plan__name">Digital</p><p class="c-plan__price">£1</p><p class="c-plan__small">for 4 weeks</p><a class="c-plan__cta" href="{HOST}/subscribe/digital?src=paywall">Start trial</a></div>
<div class="c-plan c-plan--best"><p class="c-plan__name">Digital annual</p><p class="c-plan__price">£99</p><p class="c-plan__small">for the first year</p><a class="c-plan__cta" href="{HOST}/subscribe/annual?src=paywall">Subscribe</a></div>
</div>
<p class="c-paywall__signin">Already a subscriber? <a href="{HOST}/account/sign-in?return=article">Sign in</a></p>
</div></div>"""

AD_INLINE = ('<div class="c-ad c-ad--inline" id="ad-inline-{n}" data-ad-slot="inline-{n}" data-ad-sizes="300x250,620x350">'
             '<div class="c-ad__label" aria-hidden="true">Advertisement</div><div class="c-ad__slot" id="gpt-inline-{n}"></div></div>')


# ---------------------------------------------------------------- body DSL

def render_body(a):
    """Items: ("p", html) | ("h2", text) | ("ul"/"ol", [html]) | ("quote", html) | ("pull", text)
    | ("img", file, caption, credit) | ("table", rows, source) | ("embed", html, caption)
    | ("readmore", title, path) (only rendered when the page carries inline links) | ("ad",) | ("card", k) | ("lock",).

    Returns the segments of the article body: ("body", html) runs of story blocks and ("break", html) items
    (ad slots, inline cards) at which the CMS closes the body container and opens a new one, plus the gold blocks."""
    segs, cur, blocks, ads = [], [], [], 0

    def flush():
        if cur:
            segs.append(("body", "\n".join(cur)))
            cur.clear()

    for it in a["body"]:
        k = it[0]
        if k == "p":
            cur.append(f"<p>{it[1]}</p>")
            blocks.append(Block("paragraph", plain(it[1])))
        elif k == "h2":
            cur.append(f'<h2 class="c-body__h2">{esc(it[1])}</h2>')
            blocks.append(Block("heading", it[1]))
        elif k in ("ul", "ol"):
            cur.append(f"<{k}>" + "".join(f"<li>{x}</li>" for x in it[1]) + f"</{k}>")
            blocks += [Block("list_item", plain(x)) for x in it[1]]
        elif k == "quote":
            cur.append(f"<blockquote><p>{it[1]}</p></blockquote>")
            blocks.append(Block("quote", plain(it[1])))
        elif k == "pull":
            cur.append(f'<aside class="c-pullquote" aria-hidden="true"><p>{esc(it[1])}</p></aside>')
            blocks.append(Block("quote", it[1], optional=True))
        elif k == "img":
            _, f, cap, credit = it
            src = f"{IMG}/{a['cid']}/{f}"
            cur.append(f'<figure class="c-figure c-figure--inline"><div class="c-figure__media"><picture><source type="image/webp" srcset="{src}/620.webp 620w, {src}/1240.webp 1240w" sizes="(max-width: 700px) 100vw, 620px">'
                       f'<img loading="lazy" src="{src}/620.jpg" srcset="{src}/620.jpg 620w, {src}/1240.jpg 1240w" sizes="(max-width: 700px) 100vw, 620px" width="620" height="413" alt=""></picture></div>'
                       f'<figcaption class="c-figure__caption"><span class="c-figure__text">{esc(cap)}</span> <span class="c-figure__credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, rows, source = it
            head = "".join(f"<th scope=\"col\">{esc(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            cur.append(f'<div class="c-table-wrap"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div><p class="c-table-source">{esc(source)}</p>')
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            blocks.append(Block("caption", source, optional=True))
        elif k == "embed":
            cur.append(f'<figure class="c-embed">{it[1]}<figcaption class="c-embed__caption">{esc(it[2])}</figcaption></figure>')
            blocks.append(Block("caption", it[2], optional=True))
        elif k == "readmore":
            if a.get("inline_related"):
                cur.append(f'<p class="c-readmore" data-component="inline-related"><strong>Read more:</strong> <a href="{HOST}/{it[2]}">{esc(it[1])}</a></p>')
        elif k == "ad":
            ads += 1
            flush()
            segs.append(("break", AD_INLINE.format(n=ads)))
        elif k == "card":
            flush()
            segs.append(("break", inline_card(a, it[1])))
        elif k == "lock":
            flush()
            segs.append(("lock", ""))
        elif k == "raw":
            cur.append(it[1])
        else:
            raise ValueError(k)
    flush()
    return segs, blocks


def body_markup(a, segs):
    """Body containers as the CMS writes them: one div.c-body per run, the locked remainder in a hidden container."""
    out, locked = [], False
    for kind, html in segs:
        if kind == "lock":
            locked = True
            out.append(PAYWALL)
            continue
        if kind == "break":
            out.append(html)
            continue
        if locked:
            out.append(f'<div class="c-body c-body--locked" data-component="article-body" data-paywall-locked="true" hidden><div class="c-body__inner">\n{html}\n</div></div>')
        else:
            out.append(f'<div class="c-body" data-component="article-body"><div class="c-body__inner">\n{html}\n</div></div>')
    if a["paywall"] and not any(k == "lock" for k, _ in segs):
        out.append(PAYWALL)
    return "\n".join(out)


SPRITE_ICONS = ["menu", "search", "user", "facebook", "x", "email", "copy", "gift", "mastodon", "video", "photos", "rss",
                "logo", "chevron", "close", "play", "bookmark", "comment", "clock", "arrow"]


def state_json(a):
    """The state blob the comment, recommendation and audio widgets hydrate from (no article text)."""
    rnd = _random.Random(a["cid"])
    recs = [{"id": f"a{rnd.randint(1000000, 9999999)}", "title": t, "href": f"{HOST}/{p}", "score": round(rnd.random(), 4),
             "image": f"{IMG}/rec/{rnd.randint(10**7, 10**8):x}/300.jpg", "section": p.split("/")[0]} for t, p in MOST_READ]
    return _json.dumps({
        "page": {"contentId": a["cid"], "section": a["section_path"], "access": "locked" if a["paywall"] else "free",
                 "abTests": {"headlineTest": rnd.choice(["control", "variant-a"]), "paywallCopy": rnd.choice(["v3", "v4"]), "recsModel": "mr-recs-2"}},
        "discussion": {"id": f"/p/{a['cid']}", "open": bool(a.get("comments")), "count": a.get("comment_count", 0), "pageSize": 25,
                       "apiBase": "https://discussion.meridianreview.example/api/v2", "reportReasons": ["spam", "abuse", "off-topic", "legal", "other"]},
        "recommendations": recs,
        "audio": {"enabled": rnd.random() < 0.5, "voice": "en-GB-narrator-2", "src": f"https://audio.meridianreview.example/{a['cid']}.mp3"},
        "identity": {"signedIn": False, "entitlements": [], "meterCount": rnd.randint(0, 4), "meterLimit": 5},
        "ads": {"units": _prebid(a["cid"], [("ad-top", [[970, 250], [728, 90]]), ("ad-rail-1", [[300, 600], [300, 250]]),
                                           ("ad-rail-2", [[300, 250]]), ("ad-inline-1", [[300, 250], [620, 350]]), ("ad-inline-2", [[300, 250]])])},
    }, ensure_ascii=False)


# ---------------------------------------------------------------- page

def page(a):
    pub, mod = a["published"], a.get("modified")
    url, title = a.get("canonical", a["url"]), a["headline"]
    segs, blocks = render_body(a)
    lead = [Block("paragraph", a["standfirst"], optional=True)]
    if a.get("image"):
        lead.append(Block("caption", a["image"][1], optional=True))
    note_top, note_bottom = [], []
    if a.get("note"):
        nb = Block("note", plain(a["note"][1]), optional=True)
        (note_top if a["note"][0] == "top" else note_bottom).append(nb)
    blocks = lead + note_top + blocks + note_bottom

    authors = a["authors"]
    seo = a.get("seo_title", title)
    og_title = a.get("og_title", seo)
    section_name = a["section"]
    sp = a["section_path"]
    img = f"{IMG}/{a['cid']}/{a['image'][0]}" if a.get("image") else f"{IMG}/brand/meridian-share-card"
    # The CMS's metadata personality: Person objects with profile URLs; reviews are credited to the paper;
    # the two-author desk template writes the lead author only; one legacy template has no author in JSON-LD.
    person = [{"@type": "Person", "name": n, "url": f"{HOST}/profile/{slugify(n)}"} for n in authors]
    ld_author = {"person": person if len(person) > 1 else person[0], "first": person[0],
                 "org": {"@type": "Organization", "name": NAME, "url": f"{HOST}/"}, "none": None}[a.get("ld_author", "person")]
    ld_pub = {"pub": pub, "mod": mod, "utc": pub.astimezone(_dt.timezone.utc)}[a.get("ld_date", "pub")]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": a.get("ld_headline", title), "description": a["standfirst"],
          "image": [f"{img}/1200.jpg", f"{img}/1200x1200.jpg"], "datePublished": ld_pub.isoformat().replace("+00:00", "Z"),
          "dateModified": (mod or pub).isoformat()}
    if ld_author is not None:
        ld["author"] = ld_author
    ld.update({"publisher": {"@type": "NewsMediaOrganization", "name": NAME, "url": f"{HOST}/",
                             "logo": {"@type": "ImageObject", "url": f"{IMG}/brand/meridian-logo-600x60.png", "width": 600, "height": 60}},
               "articleSection": section_name, "keywords": ", ".join(a["tags"]), "inLanguage": "en-GB",
               "isAccessibleForFree": not a["paywall"], "wordCount": a["full_words"]})
    if a["paywall"]:
        ld["isPartOf"] = {"@type": ["CreativeWork", "Product"], "name": NAME, "productID": "meridianreview.example:digital"}
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".c-body--locked"}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{HOST}/"},
        {"@type": "ListItem", "position": 2, "name": a["crumb"][0], "item": f"{HOST}/{sp.split('/')[0]}"},
        {"@type": "ListItem", "position": 3, "name": a["crumb"][1], "item": f"{HOST}/{sp}"}]}
    ld_s = _json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    crumbs_s = _json.dumps(crumbs, ensure_ascii=False)

    links = [f'<a rel="author" class="c-byline__name" href="{HOST}/profile/{slugify(n)}">{esc(n)}</a>' for n in authors]
    by = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]
    role = f' <span class="c-byline__role">{esc(a["role"])}</span>' if a.get("role") else ""
    times = f'<time class="c-byline__time" datetime="{pub.isoformat()}">{stamp(pub)}</time>'
    if mod:
        times += f' <span class="c-byline__updated">Updated <time datetime="{mod.isoformat()}">{stamp(mod)}</time></span>'
    read_min = max(3, round(a["full_words"] / 230))
    kicker = f'<a class="c-kicker" href="{HOST}/{sp}"><span>{esc(a["kicker"])}</span></a>\n' if a.get("kicker") else ""
    figure = ""
    if a.get("image"):
        f, cap, credit = a["image"]
        figure = (f'<figure class="c-figure c-figure--lead"><div class="c-figure__media"><picture>'
                  f'<source type="image/avif" srcset="{img}/620.avif 620w, {img}/940.avif 940w, {img}/1880.avif 1880w" sizes="(max-width: 980px) 100vw, 940px">'
                  f'<source type="image/webp" srcset="{img}/620.webp 620w, {img}/940.webp 940w, {img}/1880.webp 1880w" sizes="(max-width: 980px) 100vw, 940px">'
                  f'<img src="{img}/940.jpg" srcset="{img}/620.jpg 620w, {img}/940.jpg 940w, {img}/1880.jpg 1880w" '
                  f'sizes="(max-width: 980px) 100vw, 940px" width="940" height="564" alt="" fetchpriority="high"></picture></div>'
                  f'<figcaption class="c-figure__caption"><span class="c-figure__text">{esc(cap)}</span> <span class="c-figure__credit">{esc(credit)}</span></figcaption></figure>')
    note_html = ""
    if a.get("note"):
        pos, nt = a["note"]
        note_html = f'<div class="c-note c-note--{pos}" data-component="correction"><p>{nt}</p></div>'
    body_html = body_markup(a, segs)
    article_body = (note_html if a.get("note", ("", ""))[0] == "top" else "") + body_html + \
        (note_html if a.get("note", ("", ""))[0] == "bottom" else "")
    topics = "".join(f'<li class="c-topics__li"><a href="{HOST}/topic/{slugify(t)}">{esc(t)}</a></li>' for t in a["tags"])
    bio = ""
    if a.get("bio"):
        n = authors[0]
        bio = (f'<div class="c-bio" data-component="author-bio"><img loading="lazy" src="{IMG}/profiles/{slugify(n)}.jpg" alt="" width="64" height="64">'
               f'<div class="c-bio__text"><p class="c-bio__name"><a href="{HOST}/profile/{slugify(n)}">{esc(n)}</a></p><p>{esc(a["bio"])}</p></div></div>')
    comments = ""
    if a.get("comments"):
        cs = []
        for who, when, text in a["comments"]:
            cs.append(f'<div class="c-comment"><div class="c-comment__head"><span class="c-comment__who">{esc(who)}</span><span class="c-comment__when">{dmy(when)} {when.hour:02d}.{when.minute:02d}</span></div><div class="c-comment__body"><p>{esc(text)}</p></div></div>')
        comments = (f'<section class="c-comments" id="comments" data-component="comments" data-discussion-id="/p/{a["cid"]}">'
                    f'<h2 class="c-comments__count">Comments ({a["comment_count"]})</h2>'
                    f'{"".join(cs)}<button class="c-comments__btn" type="button" data-action="load-comments">View all comments</button></section>')
    today = a["crawl"]
    mod_meta = f'<meta property="article:modified_time" content="{mod.isoformat()}">\n' if mod else ""
    pub_meta = f'<meta property="article:published_time" content="{pub.isoformat()}">\n' if a.get("meta_pub", True) else ""
    tags_meta = "\n".join(f'<meta property="article:tag" content="{esc(t)}">' for t in a["tags"])
    authors_meta = "\n".join(f'<meta property="article:author" content="{HOST}/profile/{slugify(n)}">' for n in authors)
    content_tier = "locked" if a["paywall"] else "free"
    latest = ""
    if a.get("latest"):
        items = "".join(f'<li class="c-latest__li"><time class="c-latest__time" datetime="{(pub - _dt.timedelta(minutes=m)).isoformat()}">{(pub - _dt.timedelta(minutes=m)).hour:02d}.{(pub - _dt.timedelta(minutes=m)).minute:02d}</time> '
                        f'<a href="{HOST}/news/{slugify(t)}">{esc(t)}</a></li>' for m, t in a["latest"])
        latest = f'<div class="c-latest" data-component="latest"><div class="o-wrap"><span class="c-latest__label">Latest</span><ul class="c-latest__list">{items}</ul></div></div>'

    html = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js" data-edition="uk">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{esc(seo)} | The Meridian Review</title>
<meta name="description" content="{esc(a['standfirst'])}">
<link rel="canonical" href="{url}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="news_keywords" content="{esc(', '.join(a['tags']))}">
<meta name="content-tier" content="{content_tier}">
<meta property="og:site_name" content="The Meridian Review">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{esc(og_title)}">
<meta property="og:description" content="{esc(a['standfirst'])}">
<meta property="og:image" content="{img}/1200.jpg">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
{pub_meta}{mod_meta}<meta property="article:section" content="{esc(section_name)}">
<meta property="article:content_tier" content="{content_tier}">
{tags_meta}
{authors_meta}
<meta property="article:publisher" content="https://facebook.example/meridianreview">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@meridianreview">
<meta name="twitter:title" content="{esc(og_title)}">
<meta name="twitter:description" content="{esc(a['standfirst'])}">
<meta name="twitter:image" content="{img}/1200.jpg">
<meta name="theme-color" content="#fffdf8">
<link rel="preconnect" href="{IMG}">
<link rel="preconnect" href="https://assets.meridianreview.example" crossorigin>
<link rel="preload" as="font" type="font/woff2" href="https://assets.meridianreview.example/fonts/meridian-text-regular.woff2" crossorigin>
<link rel="preload" as="font" type="font/woff2" href="https://assets.meridianreview.example/fonts/meridian-display-bold.woff2" crossorigin>
<link rel="icon" href="{HOST}/favicon.ico" sizes="any">
<link rel="icon" href="{HOST}/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="{HOST}/apple-touch-icon.png">
<link rel="manifest" href="{HOST}/manifest.webmanifest">
<link rel="alternate" type="application/rss+xml" title="{esc(section_name)} | The Meridian Review" href="{HOST}/{sp}/rss">
<script type="application/ld+json">{ld_s}</script>
<script type="application/ld+json">{crumbs_s}</script>
<style>{CSS}</style>
<style data-href="https://assets.meridianreview.example/web-article/4.18.2/atoms.css">{ATOMS}</style>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
{head_scripts(a)}
</head>
<body class="t-article t-{sp.split('/')[0]} is-{content_tier}">
{SPRITE}
<div id="mr-app" class="l-page">
<a class="c-skip" href="#maincontent">Skip to main content</a>
<div class="l-page__header">
<div class="c-utility" data-component="utility-bar"><div class="o-wrap"><div class="c-utility__row">
<span class="c-utility__date">{DAYS[today.weekday()]} {dmy(today)}</span>
<span class="c-utility__links"><a href="{HOST}/account/sign-in">Sign in</a><a class="c-utility__subscribe" href="{HOST}/subscribe?src=header">Subscribe</a></span>
</div></div></div>
<header class="c-masthead" data-component="masthead"><div class="o-wrap"><a class="c-masthead__logo" href="{HOST}/">The Meridian Review</a></div></header>
{nav_html(a['nav'])}
{latest}
</div>
<div class="l-page__main"><div class="o-wrap">
<div class="c-ad c-ad--leader" id="ad-top" data-ad-slot="top" data-ad-sizes="970x250,728x90"></div>
<div class="l-article">
<main id="maincontent" class="l-article__main" data-component="article">
<nav class="c-crumbs" aria-label="Breadcrumb"><ol><li><a href="{HOST}/">Home</a></li><li><a href="{HOST}/{sp.split('/')[0]}">{esc(a['crumb'][0])}</a></li><li><a href="{HOST}/{sp}">{esc(a['crumb'][1])}</a></li></ol></nav>
<article class="c-article" data-content-id="{a['cid']}" data-access="{content_tier}">
<div class="c-article__wrapper"><div class="c-article__grid">
<header class="c-article__header"><div class="c-article__header-inner">
{kicker}<h1 class="c-headline">{esc(title)}</h1>
<div class="c-standfirst"><p>{esc(a['standfirst'])}</p></div>
<div class="c-byline"><div class="c-byline__meta"><span class="c-byline__authors">By {by}</span>{role}
{times}
<span class="c-byline__read">{read_min} min read</span></div>
{share_html(url, title, a['paywall'])}</div>
</div></header>
{figure}
<div class="c-article__content" data-component="content-body">
{article_body}
</div>
<div class="c-topics" data-component="topics"><ul class="c-topics__list">{topics}</ul></div>
{bio}
</div></div>
</article>
{NEWSLETTER}
{comments}
{related_html(a)}
</main>
{rail_html(a)}
</div>
</div></div>
{footer_html(today.year)}
</div>
{CONSENT}
<script>window.__mrNav = {nav_json()};</script>
<script id="mr-state" type="application/json">{state_json(a)}</script>
<script>window.__cmpVendorList = {_json.dumps({"vendorListVersion": 212, "tcfPolicyVersion": 4, "lastUpdated": "2024-01-11T16:00:00Z", "vendors": _vendors("meridian", 110)}, ensure_ascii=False)};</script>
{FOOT_SCRIPTS}
</body>
</html>
"""
    return html, blocks


def phenomena_of(a, blocks, html):
    tags = set(["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
                "ad-slots", "most-read", "tag-list", "json-ld", "decoy-date", "local-time-zone", "localized-date",
                "standfirst", "split-body", "teasers-in-article"])
    tags |= set(a.get("extra_tags", []))
    if a["paywall"]:
        tags.add("paywall-teaser")
    if a.get("kicker"):
        tags.add("kicker")
    if a.get("modified"):
        tags.add("updated-date")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    if a.get("bio"):
        tags.add("author-bio")
    if a.get("comments"):
        tags.add("comments")
    if a.get("inline_related") or any(x[0] == "card" for x in a["body"]):
        tags.add("inline-related")
    if a.get("seo_title", a["headline"]) != a["headline"]:
        tags.add("title-differs-from-headline")
    kinds = {b.kind for b in blocks}
    if "heading" in kinds:
        tags.add("subheadings")
    if "list_item" in kinds:
        tags.add("list-in-body")
    if "table" in kinds:
        tags.add("table-in-body")
    if "note" in kinds:
        tags.add("correction-note")
    if any(b.kind == "caption" for b in blocks) and (a.get("image") or any(i[0] == "img" for i in a["body"])):
        tags.add("photo-caption")
    if any(b.kind == "quote" and b.optional for b in blocks):
        tags.add("pull-quote")
    n = words(blocks)
    if n > 2000:
        tags.add("long-article")
    if n < 120:
        tags.add("short-article")
    p = a["published"]
    if f"/{p.year}/{MONTHS[p.month - 1][:3].lower()}/{p.day:02d}/" in a["url"]:
        tags.add("date-in-url")
    text_html = esc(a["headline"]) + esc(a["standfirst"]) + "".join(x[1] for x in a["body"] if x[0] in ("p", "quote")) + \
        "".join(y for x in a["body"] if x[0] in ("ul", "ol") for y in x[1])
    if _re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", text_html):
        tags.add("html-entities")
    if "<iframe" in html:
        tags.add("iframe-embeds")
    return sorted(tags)

CSS += """
.l-page{min-height:100vh;display:flex;flex-direction:column}.l-page__main{flex:1}
.c-nav__inner{display:flex;align-items:center;justify-content:center}.c-nav__more{background:none;border:0;padding:8px}
.c-icon{display:inline-block;vertical-align:middle;fill:currentColor}
.c-latest{font-family:var(--mr-sans);font-size:13px;background:#f4efe4;border-bottom:1px solid var(--mr-rule)}
.c-latest .o-wrap{display:flex;gap:16px;align-items:center;height:36px;overflow:hidden;white-space:nowrap}
.c-latest__label{font-weight:700;color:var(--mr-accent);text-transform:uppercase}.c-latest__list{display:flex;gap:20px;list-style:none;margin:0;padding:0}
.c-latest__time{color:var(--mr-muted);margin-right:4px}
.c-ad__label{font-size:10px;letter-spacing:.12em;text-transform:uppercase;color:var(--mr-muted);text-align:center;padding:4px 0}
.c-ad::before{content:"Advertisement";display:block;font-size:10px;letter-spacing:.12em;text-transform:uppercase;color:var(--mr-muted)}
.c-inline-card{max-width:660px;margin:6px 0 26px;border-top:2px solid var(--mr-ink);border-bottom:1px solid var(--mr-rule);padding:10px 0}
.c-inline-card__link{display:grid;grid-template-columns:160px 1fr;grid-template-rows:auto auto 1fr;column-gap:14px;text-decoration:none;font-family:var(--mr-sans)}
.c-inline-card__img{grid-row:1/4;aspect-ratio:3/2;object-fit:cover}
.c-inline-card__kicker{font-size:12px;font-weight:700;color:var(--mr-accent);text-transform:uppercase}
.c-inline-card__title{font-family:var(--mr-serif);font-size:18px;font-weight:700;line-height:1.25}
.c-inline-card__date{font-size:12px;color:var(--mr-muted)}
.c-body--locked[hidden]{display:none}.is-entitled .c-body--locked{display:block}
.c-article__content>.c-body+.c-ad{margin-top:0}
.c-related__grid{display:grid;grid-template-columns:repeat(4,1fr);gap:22px}
.c-card__link{display:block;text-decoration:none}.c-card__title{font-size:18px;line-height:1.25;margin:2px 0 6px}
.c-topics__list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}.c-topics__li a{display:inline-block;border:1px solid var(--mr-rule);border-radius:14px;padding:3px 12px;margin:0 6px 8px 0;text-decoration:none;background:#fff}
.c-share__list{display:flex;gap:8px;list-style:none;margin:0;padding:0}
.c-footer__top{display:flex;justify-content:space-between;align-items:center}.c-footer__social{display:flex;gap:12px;list-style:none;margin:0;padding:0}
.c-footer__cols{grid-template-columns:repeat(3,1fr)}
.c-table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
"""

ATOMS = _atomic_css("mr-")
SPRITE = _sprite("meridian-review", "mr", SPRITE_ICONS)


ARTICLES = []

D = _dt.datetime

# 01 ------------------------------------------------------------- paywalled, two authors
ARTICLES.append(dict(
    id=f"{SITE}-01", cid="a2016061401", paywall=True, full_words=1184,
    url=f"{HOST}/news/uk/north-east-councils-social-care-shortfall-a5512093",
    section="UK news", section_path="news/uk", crumb=("News", "UK"), nav="News", kicker="Local government",
    headline="North-east councils face £210m hole in social care budgets, internal figures show",
    standfirst="Documents seen by the Meridian Review suggest seven authorities will have to raid their reserves or cut services before the end of the financial year",
    authors=["Harriet Okonjo", "Callum Reid"],
    published=D(2016, 6, 14, 8, 30, tzinfo=BST), crawl=D(2016, 6, 15, 7, 10, tzinfo=BST),
    image=("care-home-corridor", "A care home in County Durham. Providers say council fees no longer cover the cost of staff.", "Photograph: Ewan Tarrant/The Meridian Review"),
    tags=["Social care", "Local government", "North-east England", "Public finances", "Older people"],
    related=[("Social care", "Care homes turn away council-funded residents as fees lag costs", 9),
             ("Analysis", "Why the social care precept will not close the gap", 21),
             ("Local government", "Councils told to plan for three more years of cuts", 34),
             ("Opinion", "The care crisis is a slow emergency, and we are ignoring it", 40)],
    body=[
        ("p", "Seven councils in the north-east of England face a combined shortfall of £210m in their adult social care budgets this year, according to internal figures that show the cost of home care and residential placements rising far faster than the money set aside to pay for them."),
        ("p", "The figures, prepared for a meeting of council finance directors in Durham last month and seen by the Meridian Review, suggest the gap could widen to £290m by 2018 if demand keeps growing at its current pace. Three of the seven authorities expect to spend more than half of their remaining general reserves before next April."),
        ("ad",),
        ("p", "“We are running a 2016 service on a 2010 budget,” said one council’s cabinet member for adult services, who asked not to be named because the figures have not yet been presented to councillors. “Every week we are choosing which of two urgent things we can afford to do, and the answer is increasingly neither.”"),
        ("p", "Care providers say the pressure is already visible. Gordon Pell, who chairs the North East Care Providers Forum, which represents about 140 care homes and home-care agencies, said four of its members had handed back council contracts since January because the fees no longer covered the cost of staff."),
        ("lock",),
        ("p", "The forum’s own survey of members, carried out in April, found that the average hourly fee paid by the seven councils for home care was £14.10, while providers put the true cost of an hour of care, including travel time, training and national insurance, at £16.70. For residential care the gap was smaller but still significant: councils paid an average of £468 a week for a bed that providers said cost £541 to fund."),
        ("p", "“Nobody in this sector expects to get rich,” Pell said. “But when a council fee does not cover the minimum wage and the cost of putting a carer in a car, you are asking providers to subsidise the state out of their own reserves, and most of them don’t have any.”"),
        ("h2", "Reserves running down"),
        ("p", "The papers set out each authority’s position without naming it, but the pattern is consistent. The two largest councils expect overspends of £48m and £41m respectively on adult social care, and the smallest, a unitary authority with fewer than 150,000 residents, projects a gap of £11m, equivalent to almost a tenth of its entire net budget."),
        ("p", "Three of the seven say they will have used more than half of their general reserves by April 2017 if they meet the shortfall from savings. One warns that it could fall below the minimum level of reserves recommended by its own auditors within two years, a position that in extreme cases can lead a council’s finance director to issue a formal notice halting all new spending."),
        ("card", 0),
        ("p", "Council leaders have argued for months that the social care precept, which allows authorities to add up to 2 per cent to council tax bills to pay for care, raises least in the areas that need it most. In the north-east, where most homes fall into the lowest council tax bands, the precept will raise about £19m across the seven authorities this year, less than a tenth of the projected gap."),
        ("h2", "‘We are rationing care’"),
        ("p", "Behind the figures are decisions that families are already feeling. Two of the councils have tightened the criteria under which they pay for home care, and one has stopped funding help with shopping and cleaning for people assessed as having “moderate” needs. Another has told hospital discharge teams that it cannot guarantee a home-care package within a week of a patient being declared fit to leave."),
        ("p", "Alison Tranter, whose 84-year-old father spent 23 days on a hospital ward in Sunderland waiting for a care package after he had been declared ready to go home, said the delay had cost him much of the mobility he had regained. “Every day he was in that bed he got weaker,” she said. “By the time the carers were sorted out he couldn’t manage the stairs, and now he needs twice as much help as he would have done.”"),
        ("p", "Marion Haldane, who chairs the Association of Northern Care Commissioners, said the figures would be presented to councillors in July. “No one should read these numbers as a prediction of failure,” she said. “They are a warning, and a request for honesty about what the money we have can actually buy.”"),
        ("p", "The association plans to ask for an emergency meeting with ministers before the summer recess. Its members say they will push for the precept to be replaced by a grant that reflects local levels of need and the cost of care, rather than the value of homes."),
    ],
    entities=[("Meridian Review", "ORG"), ("England", "LOC"), ("Durham", "LOC"), ("County Durham", "LOC"),
              ("Gordon Pell", "PER"), ("Pell", "PER"), ("North East Care Providers Forum", "ORG"), ("Sunderland", "LOC"),
              ("Alison Tranter", "PER"), ("Marion Haldane", "PER"), ("Association of Northern Care Commissioners", "ORG")],
    notes="The subscription prompt cuts the visible article after four paragraphs; the rest of the text is served in the page in a hidden container that the paywall script reveals to subscribers, so the body is the teaser plus that remainder (GUIDELINES 7.5).",
))

# 02 ------------------------------------------------------------- paywalled, correction at the top
ARTICLES.append(dict(
    id=f"{SITE}-02", cid="a2018082207", paywall=True, full_words=1630, meta_pub=False,
    url=f"{HOST}/science/climate/ritzhorn-glacier-research-station-ice-loss-a6120587",
    section="Climate", section_path="science/climate", crumb=("Science", "Climate"), nav="Science", kicker="Climate",
    headline="The glacier laboratory that is running out of glacier",
    seo_title="Swiss glacier station records its fastest ice loss in 40 years",
    standfirst="For four decades scientists above Zermatt have measured the same river of ice. This summer it thinned faster than at any time since their records began",
    authors=["Elin Sandvik"], role="Science correspondent",
    published=D(2018, 8, 22, 7, 0, tzinfo=BST), crawl=D(2018, 8, 24, 9, 0, tzinfo=BST),
    image=("ritzhorn-stakes", "Measuring stakes on the lower tongue of the Ritzhorn glacier in early August.", "Photograph: Mattia Zurbriggen for The Meridian Review"),
    note=("top", "<strong>Correction:</strong> An earlier version of this article gave the station’s altitude as 3,870 metres. It stands 2,870 metres above sea level."),
    tags=["Climate crisis", "Glaciers", "Switzerland", "Alps", "Science"],
    related=[("Climate", "Europe’s summer heat broke records in 11 countries", 6),
             ("Science", "How scientists measure a glacier, stake by stake", 30),
             ("Environment", "Alpine towns plan for a future without summer snow", 48),
             ("Climate", "Meltwater lakes are growing faster than forecast", 75)],
    body=[
        ("p", "At six in the morning on a clear day in early August, Anselm Kuoni walked out of the Ritzhorn Research Station, 2,870 metres above sea level and a two-hour climb from Zermatt, to check a row of metal stakes he had drilled into the glacier below the hut in June."),
        ("p", "Several of them were lying on their sides. In eight weeks the ice around them had thinned by more than four metres, the largest summer loss the station has recorded since its measurements began in 1978. “We used to talk about the glacier retreating,” Kuoni said. “Now we talk about it collapsing. The stakes tell us the same thing every morning.”"),
        ("ad",),
        ("p", "The station, run by the Alpine Cryosphere Institute, is one of a handful in the Alps with an unbroken record of ice measurements stretching back four decades. Its data have been used in more than 300 scientific papers and in the assessments of international climate panels."),
        ("p", "But the glacier that made it valuable is disappearing from under it. The Ritzhorn has lost roughly a third of its volume since 1978, and the institute’s own projections suggest that its lower tongue, where most of the long-term measurements are taken, could be gone within 25 years."),
    ],
    entities=[("Zermatt", "LOC"), ("Ritzhorn", "LOC"), ("Anselm Kuoni", "PER"), ("Kuoni", "PER"),
              ("Ritzhorn Research Station", "LOC"), ("Alpine Cryosphere Institute", "ORG"), ("Alps", "LOC")],
    notes="The correction box above the teaser is an optional note; the page holds only the teaser before the subscription wall and the body is those paragraphs.",
))

# 03 ------------------------------------------------------------- free long read
CHART = """<iframe title="Empty shops in Rhayader town centre, 2015-2021" aria-label="Column chart" id="datawrapper-chart-Qm71x" src="https://charts.meridianreview.example/Qm71x/3/" scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="380" data-external="1"></iframe><script type="text/javascript">!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script>"""

ARTICLES.append(dict(
    id=f"{SITE}-03", cid="a2021050906", paywall=False, ld_date="mod",
    latest=[(455, "Ferry operator cancels Sunday crossings after engine fault"), (520, "Three arrested after cash machine raid in Swindon"), (610, "Weather warning for thunderstorms across the Midlands")],
    url=f"{HOST}/long-reads/2021/may/09/rhayader-town-bought-its-own-high-street",
    section="Long reads", section_path="long-reads", crumb=("Long reads", "Communities"), nav="Long reads", kicker="The long read",
    headline="The town that bought its own high street",
    standfirst="When the last bank and a quarter of the shops closed, the people of Rhayader pooled their savings and bought the empty buildings. Five years on, is it working?",
    authors=["Tomos Greaves"],
    published=D(2021, 5, 9, 6, 0, tzinfo=BST), modified=D(2021, 5, 11, 9, 40, tzinfo=BST), crawl=D(2021, 5, 12, 8, 15, tzinfo=BST),
    image=("rhayader-east-street", "East Street, Rhayader, where the town trust now owns three of the buildings.", "Photograph: Nia Prosser/The Meridian Review"),
    note=("bottom", "This article was amended on 11 May 2021. An earlier version said the two share offers had attracted 1,100 investors; the correct figure is 1,310."),
    bio="Tomos Greaves is the Meridian Review’s Wales correspondent. He grew up in Llanidloes and has reported on rural communities for 15 years.",
    comments=[("PowysPete", D(2021, 5, 9, 8, 12, tzinfo=BST), "I bought ten shares in the second offer without ever having been to Rhayader. Went last summer and had the best pasty of my life in that bakery. Money well spent, even if I never see a penny of interest."),
              ("margaret_hb", D(2021, 5, 9, 10, 47, tzinfo=BST), "Good piece, but the point about the board ageing is the real story. Our village shop went the same way: brilliant for eight years, then the founders got tired and nobody stepped up."),
              ("Deiniol", D(2021, 5, 10, 19, 3, tzinfo=BST), "The ‘right to try’ idea should be in every party manifesto. Six months is all most groups need.")],
    comment_count=412,
    tags=["Wales", "High streets", "Community ownership", "Retail", "Rural Britain", "The long read"],
    related=[("The long read", "The last bus out: what happens when a rural route is cut", 14),
             ("Wales", "Market towns lose one bank branch a week, figures show", 40),
             ("Business", "Community shares raised a record £40m last year", 63),
             ("Opinion", "High streets will not be saved from Westminster", 90)],
    body=[
        ("p", "On a wet Tuesday in February 2016, the last bank in Rhayader closed its doors. The branch manager handed out biscuits, a few customers took photographs of the empty counters, and by the afternoon a notice in the window was directing people to a branch 13 miles away in Llandrindod Wells. Within a year, seven of the 31 shops on the town’s main streets were empty."),
        ("p", "For a market town of 2,100 people in the hills of mid-Wales, it was a familiar story, and the usual ending would have been a slow decline: charity shops, then estate agents’ boards, then nothing. Instead, something less familiar happened. Over the following three years, residents raised £480,000 in community shares, bought five of the empty buildings and began letting them at rents they set themselves."),
        ("p", "Five years after the bank left, the Rhayader Town Trust owns a bakery, a hardware shop, a café with a co-working room upstairs, a repair workshop and four flats. Its members insist it is neither a charity nor a museum. Whether it is a model for other small towns, or a lucky combination of people, timing and cheap property, is a question the trust itself has started to ask."),
        ("h2", "The shop nobody wanted"),
        ("p", "The idea began, as such ideas often do, with one building. The former ironmonger’s on East Street had been on the market for 18 months when Gwen Pritchard, a retired secondary school teacher, walked past it for what she reckons was the thousandth time."),
        ("p", "“It had been a hardware shop since 1903,” she says. “My grandfather bought nails there. And the estate agent told me the only serious interest had come from someone who wanted to turn it into a holiday let. I remember thinking: if that goes, the street goes.”"),
        ("p", "Pritchard called a meeting in the back room of the Lion Inn. She expected a dozen people. Sixty-three came, and the landlord had to open a second room. By the end of the evening, a sheet of paper had been passed around with a single question written at the top: how much would you put in, if you knew you might never get it back?"),
        ("card", 1),
        ("p", "The answers added up to £71,000. It was not enough to buy the ironmonger’s, which was priced at £165,000, but it was enough to persuade Pritchard and a handful of others that the town might be able to do something on its own."),
        ("h2", "Shares at £50 each"),
        ("p", "The model they chose was a community benefit society, a legal form more often used for village pubs and wind turbines. Members buy shares, usually with a minimum of a few hundred pounds, and each member gets one vote regardless of how much they have invested. The shares cannot be sold on, but they can be withdrawn after a set period if the society has the money, and they can pay modest interest once the business is on a sound footing."),
        ("p", "Rhayader set its minimum at £50, far lower than most. “We wanted the person who works on the supermarket till to be able to join, not just the people with a pension pot,” says Dafydd Rowlands, a former accountant who became the trust’s first treasurer. “It made the admin a nightmare. It also made it ours.”"),
        ("p", "The first share offer, launched in the spring of 2017, raised £212,000 from 640 people, about a third of them living outside the town: former residents, owners of holiday homes and, in a handful of cases, strangers who had read about the campaign online. A grant of £90,000 from the Mid Wales Places Fund, a foundation set up by a local quarrying family, and a loan from a social lender covered the rest. The ironmonger’s was bought that November."),
        ("p", "A second offer in 2019 raised a further £268,000, taking the total to £480,000 from 1,310 investors. With it, the trust bought the old bank, a former butcher’s, a shuttered clothes shop and a building on West Street that had been empty for so long that a buddleia was growing out of its chimney."),
        ("img", "pritchard-ironmongers", "Gwen Pritchard outside the former ironmonger’s on East Street, the first building the trust bought.", "Photograph: Nia Prosser/The Meridian Review"),
        ("p", "Today the trust’s property portfolio is modest but varied. It owns:"),
        ("ul", ["the former ironmonger’s, now a hardware and garden shop run by a tenant on a ten-year lease;",
                "the old bank, which houses a café on the ground floor and a co-working room with eight desks above it;",
                "the former butcher’s, now a bakery;",
                "a repair workshop, where volunteers fix bicycles, lamps and small appliances two days a week;",
                "four flats above the shops, let at rents 20 per cent below the local market rate to people who work in the town."]),
        ("h2", "Rents set by the town"),
        ("p", "What distinguishes Rhayader from the hundreds of community-owned pubs and shops elsewhere in Britain is not the ownership itself but what the trust has done with its rents. Instead of seeking the highest rent it could get, it sets them on a sliding scale: a new business pays a third of the market rate in its first year, rising to the full rate by the fourth."),
        ("p", "Owain Bevan, who opened the bakery in the former butcher’s in 2019, says he would not have taken the risk otherwise. “I’d been baking at home and selling at the Saturday market. A normal landlord wanted a year’s rent up front and a personal guarantee. The trust wanted a business plan and a conversation,” he says. The bakery now employs five people and supplies two hotels and the primary school."),
        ("p", "Bevan’s bakery is the trust’s favourite example, but the café in the old bank matters as much to its finances. Its tenant pays the full rate, having opened in 2018, and the eight desks upstairs are let by the month to people who would otherwise commute to Llandrindod Wells or Builth Wells. On a weekday in April, six of them were occupied: two software developers, a translator, a land agent, a charity fundraiser and a man designing his own board game."),
        ("p", "The trust also writes conditions into its leases that a commercial landlord would not. Tenants must open at least five days a week, including one evening. They must offer work experience to pupils from the local high school. And they may not sell the lease on to a chain."),
        ("p", "The principle behind all this is set out in the trust’s founding statement, which hangs in a frame on the wall of the café:"),
        ("quote", "Our purpose is to hold buildings in the centre of Rhayader in trust for the people who live and work here, to let them to businesses that serve the town, and to reinvest every surplus in the same streets."),
        ("ad",),
        ("h2", "What the numbers say"),
        ("p", "By the narrow measure of empty shops, the results are striking. In 2017, seven of the 31 shop units in the town centre were vacant, a rate of 23 per cent. At the last count, in March this year, the figure was two, or 6 per cent, at a time when vacancy rates in Welsh market towns have generally been rising. Both of the empty units are privately owned."),
        ("p", "Footfall has recovered too, at least by the trust’s own count. Volunteers stand on East Street with clickers for an hour on the first Saturday of every month, a method Rowlands admits is “more enthusiastic than scientific”. Their figures suggest that Saturday footfall is about a quarter higher than it was in 2017, though nobody can say how much of that is down to the trust and how much to the growing number of walkers and cyclists drawn to the area."),
        ("embed", CHART, "Empty shop units in Rhayader town centre, 2015-2021. Source: Rhayader Town Trust annual surveys"),
        ("p", "Dr Lowri Mathias, an economist at the Centre for Rural Enterprise in Aberystwyth who has studied community ownership schemes in Wales and Scotland, cautions against reading too much into a single town. “Rhayader had some things going for it that many places don’t,” she says. “Property was cheap, it has a steady flow of visitors heading for the reservoirs, and it had an unusual concentration of retired professionals with both time and savings. Take away any one of those and the sums look very different.”"),
        ("p", "Her research, which followed 22 community-owned high street projects, found that 15 were still trading after five years, a survival rate higher than that of small businesses in general. But most had relied on grants for at least a third of their start-up costs, and several had struggled once the original volunteers stepped back."),
        ("ad",),
        ("p", "The trust’s own accounts show the strain. Last year it made a surplus of £18,400 on rental income of £61,000, but almost all of that was swallowed by repairs: a new roof on the old bank, rewiring in two of the flats and a damp problem at the bakery that took three attempts to fix. It has paid no interest to its members so far, and only 14 of them have asked to withdraw their shares."),
        ("h2", "The limits of goodwill"),
        ("p", "Not everyone in Rhayader is a convert. Some private landlords complain that the trust’s cheap rents have made it harder for them to let their own units at market rates. One, who owns three buildings on the same streets and did not want to be named, described the trust as “a subsidised competitor with a halo”."),
        ("p", "Others worry about who gets to decide what the town needs. When the trust turned down an application from a vape shop for the former clothes shop in 2020 and offered the unit to the repair workshop instead, a post on a local social media group accusing it of “playing God with the high street” drew more than 300 comments."),
        ("p", "Pritchard accepts that the trust makes choices other landlords would not, and that some people will disagree with them. “Every landlord decides who gets a shop. The difference is that our decisions are made in a room that any member can walk into, and they can vote us out,” she says. The trust’s annual meeting, held in the school hall each October, regularly draws more than 200 people."),
        ("p", "A harder problem is time. Of the nine people who sat on the trust’s first board, six are over 65. Rowlands stepped down as treasurer last year after a heart operation, and it took four months to find a replacement. The trust now pays a part-time manager, Catrin Lloyd, for 20 hours a week, the first time it has employed anyone."),
        ("p", "“The first wave of this was powered by people who had just retired and wanted a project,” Lloyd says. “That’s wonderful, but it isn’t a plan. If we want this to last another 20 years, we need people in their thirties on the board, and they are the ones with jobs, children and no spare evenings.”"),
        ("h2", "Other towns are watching"),
        ("p", "Since 2019, Lloyd estimates, people from more than 40 towns have visited Rhayader or asked for copies of its rules and leases. In the past year, similar groups have formed in at least three Welsh towns and two in the north of England, and a group in the Scottish Borders has launched a share offer to buy a former department store."),
        ("p", "A recent Welsh government consultation on town centres cited Rhayader as an example of “community-led regeneration”, though it stopped short of promising new money. Campaigners say the biggest obstacle is speed: buildings often come up for auction at a few weeks’ notice, long before a volunteer group can organise a share offer."),
        ("p", "“What would help most is a right to try,” says Mathias. “A period, say six months, in which a community group can register an interest in an important building and raise the money before it goes on the open market. Scotland has something like that. Wales and England have much weaker versions.”"),
        ("h2", "What comes next"),
        ("p", "For now, the trust is concentrating on what it already has. This spring it begins converting the upper floors of the former clothes shop into two more flats, paid for with a loan it expects to repay within 12 years. It is also considering whether to buy the town’s last petrol station, which its owner plans to close next year."),
        ("p", "Back on East Street, the hardware shop is doing steady business in compost and seed potatoes. Its tenant, Sian Hughes, took it over from the trust’s first tenant in 2019 and says the rent is fair but not generous. “People think it’s a charity shop with better stock. It isn’t. I have to make it pay like anyone else,” she says. “The difference is that if I have a bad winter, I can knock on a door and talk to my landlord. She lives three streets away.”"),
        ("p", "Pritchard, now 74, still does a shift in the café every Thursday. She is reluctant to call the project a success. “Ask me in 20 years,” she says. “What I will say is that when the bank left, everyone told us there was nothing we could do. It turned out there was quite a lot we could do. We just had to do it ourselves.”"),
    ],
    entities=[("Rhayader", "LOC"), ("Llandrindod Wells", "LOC"), ("Wales", "LOC"), ("Rhayader Town Trust", "ORG"),
              ("East Street", "LOC"), ("West Street", "LOC"), ("Gwen Pritchard", "PER"), ("Pritchard", "PER"),
              ("Lion Inn", "LOC"), ("Dafydd Rowlands", "PER"), ("Rowlands", "PER"), ("Mid Wales Places Fund", "ORG"),
              ("Owain Bevan", "PER"), ("Bevan", "PER"), ("Builth Wells", "LOC"), ("Britain", "LOC"), ("Welsh", "MISC"), ("Lowri Mathias", "PER"), ("Mathias", "PER"),
              ("Centre for Rural Enterprise", "ORG"), ("Aberystwyth", "LOC"), ("Scotland", "LOC"), ("England", "LOC"),
              ("Catrin Lloyd", "PER"), ("Lloyd", "PER"), ("Scottish Borders", "LOC"), ("Sian Hughes", "PER")],
    extra_tags=[],
    notes="Visible date 9 May 2021 06.00 BST preferred over JSON-LD datePublished 2021-05-11T09:40+01:00 (the amendment time, which is the visible Updated stamp); the dated amendment line under the text is an optional note; the chart's source line is an optional caption.",
))

# 04 ------------------------------------------------------------- paywalled, no lead image, SEO title
ARTICLES.append(dict(
    id=f"{SITE}-04", cid="a2019040311", paywall=True, full_words=960, meta_pub=False, og_title="Tidewell Energy puts £1.4bn Skerry Bank turbine order on hold",
    ld_date="utc",
    url=f"{HOST}/business/energy/tidewell-energy-delays-skerry-bank-turbine-order-a7731402",
    section="Energy", section_path="business/energy", crumb=("Business", "Energy"), nav="Business",
    headline="Tidewell Energy delays North Sea turbine order as steel costs bite",
    seo_title="Tidewell Energy puts £1.4bn Skerry Bank turbine order on hold",
    standfirst="The £1.4bn contract for the Skerry Bank wind farm will not be signed before the end of the year, pushing back first power to 2023 at the earliest",
    authors=["Priya Raman"], role="Energy correspondent",
    published=D(2019, 4, 3, 11, 42, tzinfo=BST), crawl=D(2019, 4, 4, 6, 50, tzinfo=BST),
    tags=["Energy", "Offshore wind", "Tidewell Energy", "Steel", "Renewable energy"],
    related=[("Energy", "Offshore wind auction attracts record number of bids", 12),
             ("Markets", "Steel prices hit five-year high on Asian demand", 19),
             ("Companies", "Tidewell Energy profits rise 11% on higher output", 37),
             ("Analysis", "Can offshore wind keep getting cheaper?", 55)],
    body=[
        ("p", "Tidewell Energy has postponed a £1.4bn order for offshore wind turbines for its planned Skerry Bank project in the North Sea, blaming a sharp rise in the price of steel and uncertainty over the price it will be guaranteed for the electricity."),
        ("p", "The company told investors on Wednesday that it would not sign the contract with the Danish manufacturer Nordvik Turbines before the end of the year, six months later than planned. The delay is likely to push back the date on which the 84-turbine project, about 70 miles east of Aberdeen, begins supplying power, from 2022 to 2023 at the earliest."),
        ("ad",),
        ("p", "“We are not walking away from Skerry Bank,” Fiona Drummond, Tidewell’s chief executive, said on a call with analysts. “But we are not going to sign a contract at the top of the steel market with a price for our power that we won’t know for another nine months. That would not be responsible.”"),
        ("p", "Shares in Tidewell fell 6.2 per cent to 318p in London. Kieran Walsh, an analyst at Carrick Capital, said the decision was “prudent but worrying”, because it suggested that the economics of the next generation of offshore wind farms were more fragile than the industry had admitted."),
        ("lock",),
        ("p", "Tidewell had planned to sign the turbine contract in June, after a final investment decision pencilled in for its annual meeting in May. Under the revised timetable, the board will not take that decision until the results of the next auction for renewable power contracts are known in the autumn."),
        ("p", "The auction sets a guaranteed price, known as a strike price, for each megawatt hour of electricity a project produces over 15 years. Tidewell had hoped to bid Skerry Bank into the last round at about £58 per megawatt hour, but Drummond said the cost of the turbines alone had risen by about 14 per cent since the company’s original estimates, largely because of steel."),
        ("h2", "Steel at a five-year high"),
        ("p", "Each of the 84 turbines would stand on a steel foundation weighing about 1,200 tonnes, and its tower would use another 400. Prices for the heavy plate used in both have risen by more than a third in 12 months, according to the Offshore Fabrication Index compiled by Harland Metals Research, driven by strong demand from Asian shipyards and builders."),
        ("p", "Nordvik Turbines, which has supplied three of Tidewell’s existing wind farms, is understood to have offered to hold its price until September but not beyond. A spokesman for the manufacturer said it did not comment on negotiations with customers but remained “fully committed” to the project."),
        ("card", 0),
        ("p", "Skerry Bank is the largest of the four offshore projects in Tidewell’s pipeline. At 700 megawatts, it would provide enough electricity for about 600,000 homes and would almost double the company’s generating capacity from wind. About 900 people would be employed during construction, many of them at the port of Montrose, where Tidewell has leased land for an assembly yard."),
        ("p", "Local officials in Aberdeenshire said the delay was disappointing but not unexpected. “The yard lease is signed and the quay work is under way, so the commitment is real,” said Graham Ure, who leads the development committee of the North East Energy Partnership. “What we need now is a date, and the company has been honest that it cannot give us one yet.”"),
        ("p", "Walsh said other developers faced the same squeeze. “Every offshore project that hasn’t locked in its steel is looking at the same arithmetic,” he said. “Tidewell is simply the first to say out loud that it won’t sign at any price.”"),
        ("p", "Tidewell also reported first-quarter output of 1.9 terawatt hours from its existing wind farms, up 8 per cent on a year earlier because of stronger winds, and kept its dividend forecast unchanged."),
    ],
    entities=[("Tidewell Energy", "ORG"), ("Tidewell", "ORG"), ("North Sea", "LOC"), ("Skerry Bank", "LOC"),
              ("Danish", "MISC"), ("Nordvik Turbines", "ORG"), ("Aberdeen", "LOC"), ("Fiona Drummond", "PER"),
              ("London", "LOC"), ("Kieran Walsh", "PER"), ("Carrick Capital", "ORG"), ("Drummond", "PER"),
              ("Offshore Fabrication Index", "MISC"), ("Harland Metals Research", "ORG"), ("Asian", "MISC"), ("Montrose", "LOC"),
              ("Aberdeenshire", "LOC"), ("Graham Ure", "PER"), ("North East Energy Partnership", "ORG"), ("Walsh", "PER")],
    notes="The subscription prompt cuts the visible article after four paragraphs; the remainder is served in a hidden container the paywall script reveals, so the body holds both (GUIDELINES 7.5); Skerry Bank, the wind-farm site, is typed LOC.",
))

# 05 ------------------------------------------------------------- paywalled book review, two teaser paragraphs
ARTICLES.append(dict(
    id=f"{SITE}-05", cid="a2017092817", paywall=True, full_words=890, ld_author="org", meta_pub=False,
    url=f"{HOST}/culture/books/2017/sep/28/slow-water-imogen-hale-review",
    section="Books", section_path="culture/books", crumb=("Culture", "Books"), nav="Culture", kicker="Book of the week",
    headline="Slow Water by Imogen Hale review – a canal-boat novel with a banker’s heart",
    standfirst="Hale’s third novel follows a disgraced fund manager who buys a narrowboat to outrun his debts. It is funny, furious and shrewder about money than most novels set in finance",
    authors=["Ruth Amberley"],
    published=D(2017, 9, 28, 17, 5, tzinfo=BST), crawl=D(2017, 9, 30, 10, 20, tzinfo=BST),
    image=("narrowboat-lock", "A narrowboat waits at a lock on the Kennet and Avon canal.", "Photograph: Westmark Images"),
    tags=["Books", "Fiction", "Book of the week", "Imogen Hale", "Culture"],
    related=[("Books", "The best new fiction for autumn", 5),
             ("Interview", "‘I write about money because nobody else will’: a conversation with Imogen Hale", 2),
             ("Books", "The Harcourt prize longlist: the contenders at a glance", 33),
             ("Books", "Our critics choose the novels of the year so far", 88)],
    body=[
        ("p", "There is a moment, about a third of the way into Imogen Hale’s new novel, when its hero realises that a narrowboat travelling at four miles an hour cannot outrun anything, least of all a bank. Felix Aubrey, 52, once the star of a mid-sized investment fund in Mayfair, has sold his flat, paid cash for a 60ft boat called Perseverance and set off along the Kennet and Avon canal in the belief that, if he keeps moving, the letters from his creditors will never quite catch up with him."),
        ("ad",),
        ("p", "They do, of course, and much of the pleasure of Slow Water lies in watching them arrive: at a lock-keeper’s cottage near Devizes, in the post office of a village that has no other shop and, memorably, tucked into a loaf by a baker who has recognised Felix from the newspapers. Hale, whose previous novels were set in a Leeds call centre and a failing seaside hotel, has a gift for making the machinery of money visible. Published by Harrow &amp; Finch at £16.99, this is her most ambitious book yet, and her funniest."),
    ],
    entities=[("Slow Water", "MISC"), ("Imogen Hale", "PER"), ("Hale", "PER"), ("Felix Aubrey", "PER"), ("Felix", "PER"),
              ("Mayfair", "LOC"), ("Perseverance", "MISC"), ("Kennet and Avon canal", "LOC"), ("Devizes", "LOC"),
              ("Leeds", "LOC"), ("Harrow & Finch", "ORG")],
    notes="Only two teaser paragraphs are served before the subscription wall; the fictional characters are typed PER and the boat's name MISC.",
))

# 06 ------------------------------------------------------------- paywalled, two authors, dateline
ARTICLES.append(dict(
    id=f"{SITE}-06", cid="a2023071105", paywall=True, full_words=1410, ld_author="first",
    latest=[(400, "Heatwave: water companies urge customers to cut use"), (505, "Rail strike talks to resume on Thursday")],
    url=f"{HOST}/news/europe/porto-rent-cap-landlords-tenants-a9914826",
    section="Europe", section_path="news/europe", crumb=("News", "Europe"), nav="News",
    headline="Porto’s rent cap divides a city that can no longer afford itself",
    standfirst="A two-year limit on rent rises has brought relief to tenants in Portugal’s second city. Landlords say it is driving homes off the market and into the hands of tourists",
    authors=["Inês Carvalho", "Mark Ellery"],
    published=D(2023, 7, 11, 5, 0, tzinfo=BST), crawl=D(2023, 7, 12, 8, 5, tzinfo=BST),
    image=("porto-bonfim-street", "A street in Bonfim, where rents have risen by more than half since 2019.", "Photograph: Duarte Reis for The Meridian Review"),
    tags=["Portugal", "Housing", "Europe", "Renting", "Tourism"],
    related=[("Europe", "Lisbon bans new holiday lets in its historic centre", 28),
             ("Housing", "What European cities have learned from rent controls", 45),
             ("Analysis", "Why southern Europe’s young adults still live with their parents", 60),
             ("Travel", "Porto beyond the Ribeira: a local’s guide", 120)],
    extra_tags=["dateline"],
    body=[
        ("p", "PORTO — For 11 years, Sofia Marques has rented the same two-room flat above a tile shop in Bonfim, a hilly neighbourhood east of Porto’s historic centre. Last spring her landlord told her that the rent would rise from €520 to €850 a month when her contract ended. Then the city council stepped in."),
        ("p", "Under a measure approved in March and in force since June, rents on existing contracts in the city may rise by no more than 2 per cent a year until 2025, and new contracts for flats let at any point in the past five years may not start more than 10 per cent above the previous rent. Marques’s rent went up by €10."),
        ("ad",),
        ("p", "“For the first time in three years I slept through the night,” she said, standing in a kitchen barely wide enough for two chairs. “I was already looking at rooms in Gaia, an hour from my work by bus. Now I can stay in the street where I grew up.”"),
        ("p", "Landlords see it differently. Joaquim Abreu, who chairs the Northern Property Owners’ Association, which claims 3,800 members, said the cap had prompted many owners to stop renting to local families altogether. “If the council decides what I can charge a Portuguese family but not what I can charge a tourist for three nights, what do you think people will do?” he said."),
        ("lock",),
        ("p", "The city’s own figures suggest the cap has slowed the rise in rents without stopping it. The average asking rent for a new contract in Porto was €13.40 per square metre in the second quarter of this year, 4 per cent higher than a year earlier, compared with increases of 19 per cent in 2022 and 23 per cent in 2021, according to the municipal housing observatory."),
        ("p", "But the number of homes advertised for long-term rent has also fallen, by about a fifth since January. Over the same period the number of flats registered as short-term holiday lets in the city has risen by 1,100, to more than 11,000, most of them in the historic centre and the streets around it."),
        ("h2", "Tourists and tenants"),
        ("p", "Abreu’s association says the two trends are linked. In a survey of its members carried out in May, 31 per cent of those who had let a flat on a long-term contract in the past five years said they were considering switching to holiday lets or selling. “The cap is a tax on the owners who stayed with local families,” he said. “The ones who went to tourism years ago are untouched.”"),
        ("p", "Tenants’ groups dispute that reading. Beatriz Lacerda of the Porto Tenants’ Front, which campaigned for the cap, said the holiday-let market had been growing for a decade and that the city’s records showed no sudden jump after the measure took effect. “Every time a tenant is protected, we are told the sky will fall,” she said. “What we see is that families who were about to be pushed out are still in their homes.”"),
        ("card", 1),
        ("p", "The council has tried to answer both sides. In June it suspended new holiday-let registrations in four parishes of the historic centre for a year, and it is offering owners a tax reduction of up to 50 per cent on property income if they let to residents at rents below a reference value set by the city."),
        ("p", "Rui Nogueira, the councillor responsible for housing, said the measures were meant to work together. “A cap alone would push homes into tourism. A ban alone would do nothing for the families already paying too much,” he said. “We are trying to make the long-term rental the sensible choice again.”"),
        ("p", "Economists are more cautious. Helena Fontes, who studies housing markets at the Institute for Urban Economics in Braga, said rent caps tended to protect sitting tenants at the expense of newcomers, particularly students and young workers looking for a first home. “The evidence from other European cities is that the people inside the system do well and the people outside it wait longer,” she said."),
        ("p", "The cap expires at the end of 2025. The council says it will publish a review next spring, and Marques, for one, is already worried about what comes after. “Two years is a breath,” she said. “It is not a life.”"),
    ],
    entities=[("Porto", "LOC"), ("PORTO", "LOC"), ("Portugal", "LOC"), ("Sofia Marques", "PER"), ("Marques", "PER"),
              ("Bonfim", "LOC"), ("Gaia", "LOC"), ("Joaquim Abreu", "PER"), ("Northern Property Owners’ Association", "ORG"),
              ("Portuguese", "MISC"), ("Abreu", "PER"), ("Beatriz Lacerda", "PER"), ("Porto Tenants’ Front", "ORG"),
              ("Rui Nogueira", "PER"), ("Helena Fontes", "PER"), ("Institute for Urban Economics", "ORG"), ("Braga", "LOC"),
              ("European", "MISC")],
    notes="The subscription prompt cuts the visible article after four paragraphs; the remainder is served in a hidden container the paywall script reveals, so the body holds both (GUIDELINES 7.5); the dateline stays in the first paragraph.",
))

# 07 ------------------------------------------------------------- free explainer (the variant adds a Read more line)
ARTICLES.append(dict(
    id=f"{SITE}-07", cid="a2024100212", paywall=False, og_title="Water meters for every home by 2030: will your bill go up?",
    url=f"{HOST}/business/personal-finance/2024/oct/02/water-meters-every-home-2030-bills-explained",
    section="Personal finance", section_path="business/personal-finance", crumb=("Business", "Personal finance"), nav="Business", kicker="Explainer",
    headline="Water meters for every home by 2030: what the new rules mean for your bill",
    standfirst="Households in England and Wales without a meter will have one fitted within six years under plans confirmed today. Here is who is affected, what it will cost and how to check whether you would pay more",
    authors=["Sam Whitlock"], role="Personal finance editor",
    published=D(2024, 10, 2, 12, 15, tzinfo=BST), crawl=D(2024, 10, 3, 7, 30, tzinfo=BST),
    image=("water-meter-pavement", "An engineer fits a meter under a pavement in Gloucester.", "Photograph: Harry Cole/The Meridian Review"),
    bio="Sam Whitlock has edited the Meridian Review’s personal finance pages since 2019. He writes the weekly Money Matters column.",
    tags=["Personal finance", "Water", "Household bills", "Utilities", "Consumer affairs"],
    related=[("Money", "How to cut your energy and water bills this winter", 11),
             ("Water", "Regulator orders companies to halve leaks by 2040", 26),
             ("Explainer", "Why are water bills rising, and where does the money go?", 43),
             ("Consumer affairs", "Social tariffs: the discounts most eligible households never claim", 71)],
    body=[
        ("p", "Every household in England and Wales will have a water meter by the end of 2030 under rules confirmed on Wednesday by the Water Standards Board, the industry regulator. About 38 per cent of homes, roughly 9.4 million households, still pay a fixed charge based on the old rateable value of their property, a system that dates back to the 1970s."),
        ("p", "The regulator says meters encourage people to use less water at a time when several regions face shortages, and that they will make bills fairer. Consumer groups broadly agree, but warn that large families and people with medical conditions that require a lot of water could see their bills rise sharply unless protections are strengthened."),
        ("ad",),
        ("h2", "Who will get a meter?"),
        ("p", "Any home that does not already have one. Water companies must publish a fitting schedule by next April, and most expect to start with streets where they are already replacing pipes. You will be told at least three months before an engineer arrives, and fitting is free. Tenants cannot refuse a meter, though landlords must be informed."),
        ("h2", "Will my bill go up or down?"),
        ("p", "For most single people and couples it should fall. Homes charged on rateable value often pay for far more water than they use, particularly larger older houses with one or two occupants. Families of four or more in smaller homes are the most likely to pay more."),
        ("p", "The table below shows estimated annual bills for water and sewerage under the two systems, based on typical use and the average charges of the ten largest companies in England this year."),
        ("table", [["Household", "Typical use (litres a day)", "Unmetered bill", "Metered bill"],
                   ["One person, two-bed flat", "140", "£498", "£316"],
                   ["Couple, three-bed house", "260", "£571", "£462"],
                   ["Family of four, three-bed house", "480", "£571", "£706"],
                   ["Family of six, four-bed house", "690", "£644", "£948"]],
         "Source: Water Standards Board; Meridian Review analysis"),
        ("h2", "What if I can’t afford the new bill?"),
        ("p", "There are three main protections, and the regulator says it will review all of them before the rollout begins:"),
        ("ul", ["a two-year transition, during which you can switch back to your old charge if your metered bill turns out to be higher;",
                "a capped tariff for households on means-tested benefits with three or more children, which limits the bill to the average metered bill in the area;",
                "a separate cap for people with certain medical conditions, such as those who need frequent dialysis at home."]),
        ("p", "Rhiannon Dacre, chief executive of the consumer group Fair Tap, said the protections were “a start, but nowhere near generous enough”. “A family on a low income that suddenly faces a bill £300 higher needs more than a two-year breathing space,” she said. “We want the capped tariff extended to every household on means-tested benefits, whatever its size.”"),
        ("readmore", "Why England’s reservoirs are emptying faster than they fill", "news/uk/englands-reservoirs-emptying-faster-a9902214"),
        ("h2", "Why now?"),
        ("p", "Demand for water has risen by about 11 per cent in England since 2000, while several companies lose a fifth of their supply to leaks. The regulator estimates that universal metering would cut household use by 12 to 15 per cent, saving about 1.2 billion litres a day, roughly the output of six large reservoirs."),
        ("ad",),
        ("p", "Severnside Water, which has the lowest rate of metering among the large companies, said it would need to fit about 4,000 meters a week to meet the deadline. Its operations director, Neil Castell, said the target was “demanding but achievable” and that the company had begun recruiting 300 more engineers."),
        ("h2", "What can I do now?"),
        ("p", "If you think a meter would save you money, you can ask for one today: companies must fit it free of charge within three months, and you can switch back within two years if you change your mind. Most companies offer an online calculator that estimates your metered bill from the number of people and appliances in your home."),
    ],
    entities=[("England", "LOC"), ("Wales", "LOC"), ("Water Standards Board", "ORG"), ("Rhiannon Dacre", "PER"),
              ("Fair Tap", "ORG"), ("Severnside Water", "ORG"), ("Neil Castell", "PER"), ("Meridian Review", "ORG"),
              ("Gloucester", "LOC")],
    notes="The table's source line is an optional caption block.",
))

# 08 ------------------------------------------------------------- paywalled outdoors feature
ARTICLES.append(dict(
    id=f"{SITE}-08", cid="a2025061918", paywall=True, full_words=1320, meta_pub=False,
    url=f"{HOST}/sport/outdoors/brackenthwaite-lido-open-water-swimmers-appeal-a1207755",
    section="Outdoors", section_path="sport/outdoors", crumb=("Sport", "Outdoors"), nav="Sport", kicker="Outdoors",
    headline="The open-water swimmers fighting to save a Cumbrian lido",
    standfirst="Brackenthwaite Lido has survived floods, two closures and a fire. Now a group of year-round swimmers has six months to raise £650,000 before the council sells it",
    authors=["Beth Lavery"],
    published=D(2025, 6, 19, 18, 20, tzinfo=BST), crawl=D(2025, 6, 20, 6, 40, tzinfo=BST),
    image=("brackenthwaite-lido-dawn", "Early swimmers at Brackenthwaite Lido on a June morning.", "Photograph: Tom Ashworth for The Meridian Review"),
    tags=["Outdoors", "Swimming", "Cumbria", "Lidos", "Local government"],
    related=[("Outdoors", "Britain’s lidos are reopening, but who will pay to heat them?", 17),
             ("Swimming", "Cold-water swimming: what the science actually says", 39),
             ("Cumbria", "Fellside council to sell 40 buildings to plug budget gap", 52),
             ("Travel", "Ten outdoor pools worth a detour this summer", 66)],
    body=[
        ("p", "At seven on a Saturday morning in June the water at Brackenthwaite Lido is 14C, the car park is full and there is a queue at the gate. Most of the people in it are over 50, and most of them swam here through the winter, when the thermometer on the pool wall fell to 2C and they had to break the ice at the shallow end with a garden rake."),
        ("p", "“It’s the best hour of my week,” says Jo Hesketh, 61, a retired midwife who has swum at the lido almost every morning since 2019. “You get in, you can’t breathe, you can’t think, and then you get out and the whole day looks different.”"),
        ("ad",),
        ("p", "Hesketh is one of the founders of the Friends of Brackenthwaite Lido, which has until December to raise £650,000 and take over the 1930s pool from Fellside District Council. The council, which must save £4.2m this year, says it can no longer afford the lido’s running costs of about £90,000 a year and will put the site up for sale if the group misses the deadline."),
    ],
    entities=[("Cumbrian", "MISC"), ("Brackenthwaite Lido", "LOC"), ("Friends of Brackenthwaite Lido", "ORG"),
              ("Jo Hesketh", "PER"), ("Hesketh", "PER"), ("Fellside District Council", "ORG")],
    notes="The page holds only three teaser paragraphs before the subscription wall; the body is those paragraphs.",
))

# 09 ------------------------------------------------------------- minimal pair of 07: inline "Read more:" line
ARTICLES.append(dict(ARTICLES[6], id=f"{SITE}-09", inline_related=True, variant_of=f"{SITE}-07",
                     url=ARTICLES[6]["url"] + "?variant=b", canonical=ARTICLES[6]["url"],
                     notes=f"Minimal pair of {SITE}-07: differs only in inline-related (a 'Read more:' link line is inserted in the body after the Fair Tap paragraph; it is not body text)."))


# The 2023 paywall migration shipped a head template without the publication meta and JSON-LD dates,
# and the byline's <time> lost its datetime; the "Latest" rail above the story keeps its machine
# times, so the first <time datetime> on these pages belongs to another story.
NO_DATE_META = {f"{SITE}-0{n}" for n in (1, 2, 3, 4, 5, 6)}

# Stories saved within hours of publication show their age in the byline (the variant 09 follows 07).
RELATIVE = {f"{SITE}-07": "4 hrs ago", f"{SITE}-08": "1 hr ago"}

# Longer stories (realism wave: body length). Each adds one section of reporting after the story's last
# paragraph (before it where the story closes on a quote: before_last); the variant 09 follows its original 07.
# New people, organisations and places join the entity list.
MORE = {
    f"{SITE}-04": dict(items=[
        ("h2", "Suppliers wait for a decision"),
        ("p", "The delay has also unsettled the smaller companies that hoped to win work on Skerry Bank. Cairnhill Fabrication, which "
              "builds access platforms and boat landings for offshore foundations at a yard in Dundee, said it had held back from hiring "
              "60 welders it had planned to take on this summer. “We had the project in our plans for the second half of the year,” said "
              "Morag Lindsay, its managing director. “Now we are telling people to wait, and good welders do not wait long.”"),
        ("p", "Tidewell said it would keep spending on the parts of the project that did not depend on the turbine order. Survey vessels "
              "will return to the site in May to finish mapping the seabed along the export cable route, and the company expects to "
              "submit its detailed design for an onshore substation near Montrose to planners before the summer."),
        ("p", "Analysts said the more important date was the auction in the autumn. If the strike price comes in well above the £58 "
              "Tidewell had hoped to bid, the project could go ahead on its original scale, Walsh said. If it does not, the company may "
              "have to consider fewer, larger turbines or a partner to share the cost. Drummond declined to say whether Tidewell had held "
              "talks with potential partners, saying only that the company “keeps all options under review”."),
    ], entities=[("Cairnhill Fabrication", "ORG"), ("Dundee", "LOC"), ("Morag Lindsay", "PER")]),
    f"{SITE}-06": dict(before_last=True, items=[
        ("h2", "Students look elsewhere"),
        ("p", "The pressure is felt most by students. At the start of the last academic year, the university’s housing office listed "
              "1,900 rooms for about 4,500 requests, said Tomás Vilaça, who runs it. “Students who come from the Azores or from Brazil "
              "arrive in September and find nothing,” he said. “Some sleep in hostels for weeks.” The office now asks landlords in Gaia "
              "and Matosinhos to list rooms as well."),
    ], entities=[("Tomás Vilaça", "PER"), ("Azores", "LOC"), ("Brazil", "LOC"), ("Matosinhos", "LOC")]),
    f"{SITE}-07": dict(items=[
        ("h2", "What happens next?"),
        ("p", "The regulator will consult on the details of the protections until the end of January, and water companies must submit "
              "their fitting schedules by April. Fair Tap says it will use the consultation to push for a single national capped tariff "
              "in place of today’s patchwork of company schemes, under which the help a family receives depends on where it lives."),
        ("p", "Some companies are already preparing. Severnside Water said it would begin a pilot in parts of Gloucester in January, "
              "fitting smart meters that report use every hour and can alert households to a leak on their side of the boundary. "
              "Castell said a leaking toilet cistern could waste as much as 400 litres a day without anyone in the home noticing."),
        ("p", "Not everyone is convinced the deadline will be met. Alun Prothero, a former water engineer who now advises the Waterline "
              "Policy Institute, a research group in Cardiff, pointed out that earlier metering targets had slipped. “Fitting a meter in "
              "a terraced street with shared supply pipes is a small building project, not a quick visit,” he said. “The 2030 date is "
              "possible, but only if companies start with the hard streets, not the easy ones.”"),
    ], entities=[("Alun Prothero", "PER"), ("Waterline Policy Institute", "ORG"), ("Cardiff", "LOC"), ("Castell", "PER")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph, or before it (the article unchanged without one)."""
    more = MORE.get(a.get("variant_of") or a["id"])
    if not more:
        return a
    last = max(i for i, item in enumerate(a["body"]) if item[0] == "p")
    at = last if more.get("before_last") else last + 1
    return dict(a, body=a["body"][:at] + more["items"] + a["body"][at:],
                entities=list(a["entities"]) + [e for e in more["entities"] if e not in a["entities"]])


def build(a):
    a = lengthened(a)
    if not a["paywall"] or any(x[0] == "lock" for x in a["body"]):
        _, b = render_body(a)
        a["full_words"] = words(b)
    html, blocks = page(a)
    art = Article(
        id=a["id"], site=SITE, url=a["url"], language="en", headline=a["headline"],
        published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
        authors=a["authors"], summary=a["standfirst"], blocks=blocks, entities=a["entities"],
        phenomena=phenomena_of(a, blocks, html), notes=a.get("notes", ""), variant_of=a.get("variant_of"))
    if (a.get("variant_of") or a["id"]) in NO_DATE_META:
        art, html = drop_date_metadata(art, html, keep_other_times=True)
    if (a.get("variant_of") or a["id"]) in RELATIVE:
        art, html = relative_visible_date(art, html, RELATIVE[a.get("variant_of") or a["id"]])
    return art, html


if __name__ == "__main__":
    for a in ARTICLES:
        art, html = build(a)
        emit(art, html, "utf-8")
        print(f"{a['id']}\t{len(html.encode('utf-8')) / 1024:.1f} KB")
