import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""The Lumen Dispatch (lumen-dispatch): an invented Sydney-based national news publisher whose
site is a React/Next.js app (pages router, emotion CSS-in-JS class names). The server renders
the masthead, a long mega-menu, the article header (kicker, headline, standfirst, byline,
times, lead image) and the rails, but the article body is rendered client-side only: the HTML
holds an empty body container with a skeleton loader, and the paragraphs exist only in the
`__NEXT_DATA__` payload. Some story templates add a <noscript> fallback with the full text.
Times are Sydney time (AEST +10:00 / AEDT +11:00)."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import math as _math
import zlib as _zlib
from urllib.parse import quote as _quote

SITE = "lumen-dispatch"
HOST = "https://www.lumendispatch.example"
STATIC = "https://static.lumendispatch.example"
IMG = "https://images.lumendispatch.example"
NAME = "The Lumen Dispatch"
AEST = _dt.timezone(_dt.timedelta(hours=10))
AEDT = _dt.timezone(_dt.timedelta(hours=11))
BUILD_ID = "Lq7c2WbV0pXrT9mKe4sZa"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---------------------------------------------------------------- helpers

def smart(s):
    """Typographic quotes, as the CMS stores them."""
    out = []
    for i, c in enumerate(s):
        prev = s[i - 1] if i else " "
        if c == '"':
            out.append("\u201c" if prev in " (\n[\u2014-" else "\u201d")
        elif c == "'":
            out.append("\u2018" if prev in " (\n[\u201c\u2014" else "\u2019")
        else:
            out.append(c)
    return "".join(out)


def rx(s):
    """Text escaped as React's server renderer escapes it."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def slugify(s):
    s = s.replace("\u2019", "").replace("'", "")
    return _re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def cls(label):
    """An emotion-style class name with its dev label: css-<hash>-<Label>."""
    h = _zlib.crc32(("lumen:" + label).encode())
    alpha = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(7):
        out += alpha[h % 36]
        h //= 36
    return f"css-{out}-{label}"


def next_json(obj):
    s = _json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def clock(d):
    h = d.hour % 12 or 12
    return f"{h}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'} {zone(d)}"


def long_date(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def zone(d):
    return "AEDT" if d.utcoffset() == _dt.timedelta(hours=11) else "AEST"


def short_date(d):
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


# ---------------------------------------------------------------- body items

def P(text, link=None):
    return {"t": "p", "text": smart(text), "link": link}


def H(text):
    return {"t": "h", "text": smart(text)}


def UL(*items):
    return {"t": "ul", "items": [smart(x) for x in items]}


def TABLE(rows, caption=None):
    return {"t": "table", "rows": [[smart(c) for c in r] for r in rows], "caption": caption}


def FIG(file, caption, credit, alt):
    return {"t": "img", "file": file, "caption": smart(caption), "credit": credit, "alt": alt}


def PULL(text):
    return {"t": "pull", "text": smart(text)}


def NOTE(text):
    return {"t": "note", "text": smart(text)}


def AD(n):
    return {"t": "ad", "slot": f"inline-{n}"}


def with_link(text, link, esc):
    if not link:
        return esc(text)
    phrase, href = link
    i = text.index(phrase)
    return esc(text[:i]) + f'<a href="{HOST}{href}">{esc(phrase)}</a>' + esc(text[i + len(phrase):])


def cms_html(it):
    """One body item as the CMS's stored HTML (used in the hydration payload)."""
    e = lambda s: _html.escape(s, quote=False)
    t = it["t"]
    if t == "p":
        return "<p>" + with_link(it["text"], it["link"], e) + "</p>"
    if t == "h":
        return "<h2>" + e(it["text"]) + "</h2>"
    if t == "ul":
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in it["items"]) + "</ul>"
    if t == "table":
        head, *rows = it["rows"]
        return ('<table class="data-table"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
                + (f'<p class="table-source">{e(it["caption"])}</p>' if it["caption"] else ""))
    if t == "img":
        return (f'<figure class="inline-image"><img src="{IMG}/inline/{it["file"]}" alt="{_html.escape(it["alt"])}" width="1200" height="800"/>'
                f'<figcaption>{e(it["caption"])} <span class="credit">{e(it["credit"])}</span></figcaption></figure>')
    if t == "pull":
        return f'<aside class="pullquote"><blockquote>{e(it["text"])}</blockquote></aside>'
    if t == "note":
        return f'<p class="editors-note"><em>{e(it["text"])}</em></p>'
    if t == "ad":
        return f'<div data-ad-slot="{it["slot"]}"></div>'
    raise ValueError(t)


def react_html(it):
    """One body item as the React app renders it (used in the <noscript> fallback)."""
    t = it["t"]
    if t == "p":
        return f'<p class="{cls("Paragraph")}">' + with_link(it["text"], it["link"], rx) + "</p>"
    if t == "h":
        return f'<h2 class="{cls("Subheading")}">{rx(it["text"])}</h2>'
    if t == "ul":
        return f'<ul class="{cls("List")}">' + "".join(f"<li>{rx(x)}</li>" for x in it["items"]) + "</ul>"
    if t == "table":
        head, *rows = it["rows"]
        return (f'<div class="{cls("TableWrap")}"><table><thead><tr>' + "".join(f"<th>{rx(c)}</th>" for c in head) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{rx(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
                + (f'<p class="{cls("TableSource")}">{rx(it["caption"])}</p>' if it["caption"] else "") + "</div>")
    if t == "img":
        return (f'<figure class="{cls("InlineFigure")}"><img src="{IMG}/inline/{it["file"]}" alt="{rx(it["alt"])}" loading="lazy" width="1200" height="800"/>'
                f'<figcaption class="{cls("Caption")}">{rx(it["caption"])}<span class="{cls("Credit")}">{rx(it["credit"])}</span></figcaption></figure>')
    if t == "pull":
        return f'<aside class="{cls("PullQuote")}"><blockquote>{rx(it["text"])}</blockquote></aside>'
    if t == "note":
        return f'<p class="{cls("EditorsNote")}"><em>{rx(it["text"])}</em></p>'
    return ""


def block_json(it, k, art_id):
    bid = f"{_zlib.crc32(f'{art_id}:{k}'.encode()):08x}"
    t = it["t"]
    if t == "p":
        if it["link"]:
            return {"id": bid, "type": "paragraph", "html": with_link(it["text"], it["link"], lambda s: _html.escape(s, quote=False))}
        return {"id": bid, "type": "paragraph", "text": it["text"]}
    if t == "h":
        return {"id": bid, "type": "heading", "level": 2, "text": it["text"]}
    if t == "ul":
        return {"id": bid, "type": "list", "ordered": False, "items": it["items"]}
    if t == "table":
        return {"id": bid, "type": "table", "rows": it["rows"], "source": it["caption"]}
    if t == "img":
        return {"id": bid, "type": "image", "src": f"{IMG}/inline/{it['file']}", "alt": it["alt"],
                "caption": it["caption"], "credit": it["credit"], "width": 1200, "height": 800}
    if t == "pull":
        return {"id": bid, "type": "pullquote", "text": it["text"]}
    if t == "note":
        return {"id": bid, "type": "editorsNote", "text": it["text"]}
    if t == "ad":
        return {"id": bid, "type": "adSlot", "slot": it["slot"], "sizes": [[300, 250], [320, 50]]}
    raise ValueError(t)


def gold_blocks(items):
    out = []
    for it in items:
        t = it["t"]
        if t == "p":
            out.append(Block("paragraph", it["text"]))
        elif t == "h":
            out.append(Block("heading", it["text"]))
        elif t == "ul":
            out += [Block("list_item", x) for x in it["items"]]
        elif t == "table":
            out.append(Block("table", "\n".join("\t".join(r) for r in it["rows"])))
            if it["caption"]:
                out.append(Block("caption", it["caption"], optional=True))
        elif t == "img":
            out.append(Block("caption", it["caption"], optional=True))
        elif t == "pull":
            out.append(Block("quote", it["text"], optional=True))
        elif t == "note":
            out.append(Block("note", it["text"], optional=True))
    return out


# ---------------------------------------------------------------- page weight (markup, not words)
import random as _random

_SYL1 = ["Ad", "Bel", "Cor", "Dal", "Ev", "Fen", "Gal", "Hol", "Ist", "Jor", "Kel", "Lum", "Mar", "Nov", "Ost",
         "Pel", "Quen", "Rav", "Sol", "Tam", "Ulv", "Ver", "Wex", "Yar", "Zel"]
_SYL2 = ["ora", "ynx", "ida", "ent", "ova", "eq", "amo", "isto", "urel", "ax", "oni", "elle", "ivo", "umba"]
_KIND = ["Media", "Analytics", "Ads", "Labs", "Data", "Digital", "Exchange", "Audience", "Metrics", "Signals"]


def svg_sprite(seed, names, prefix="i"):
    """An inline SVG symbol sprite: icons as path data (deterministic per seed)."""
    rnd = _random.Random(seed)
    out = []
    for n in names:
        d = [f"M{rnd.uniform(1, 23):.2f} {rnd.uniform(1, 23):.2f}"]
        for _ in range(rnd.randint(10, 34)):
            c = rnd.choice("cclshvaz")
            if c == "c":
                d.append("c" + " ".join(f"{rnd.uniform(-6, 6):.3f}" for _ in range(6)))
            elif c == "s":
                d.append("s" + " ".join(f"{rnd.uniform(-6, 6):.3f}" for _ in range(4)))
            elif c == "l":
                d.append(f"l{rnd.uniform(-8, 8):.2f} {rnd.uniform(-8, 8):.2f}")
            elif c in "hv":
                d.append(f"{c}{rnd.uniform(-9, 9):.2f}")
            elif c == "a":
                r = rnd.uniform(1, 9)
                d.append(f"a{r:.2f} {r:.2f} 0 {rnd.randint(0, 1)} {rnd.randint(0, 1)} {rnd.uniform(-9, 9):.2f} {rnd.uniform(-9, 9):.2f}")
            else:
                d.append(f"zM{rnd.uniform(1, 23):.2f} {rnd.uniform(1, 23):.2f}")
        out.append(f'<symbol id="{prefix}-{n}" viewBox="0 0 24 24"><path fill-rule="evenodd" d="{"".join(d)}z"/></symbol>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true" focusable="false"><defs>{"".join(out)}</defs></svg>'


def cmp_vendors(seed, n, policy_host):
    """A consent manager's vendor list (invented vendors), as a JSON string."""
    rnd = _random.Random(seed)
    vendors = []
    for i in range(n):
        name = f"{rnd.choice(_SYL1)}{rnd.choice(_SYL2)} {rnd.choice(_KIND)}"
        slug = name.lower().replace(" ", "-")
        purposes = sorted(rnd.sample(range(1, 12), rnd.randint(1, 6)))
        vendors.append({"id": 10 + i * 7 + rnd.randint(0, 6), "name": name, "purposes": purposes,
                        "legIntPurposes": sorted(rnd.sample([p for p in range(2, 12) if p not in purposes], rnd.randint(0, 3))),
                        "specialPurposes": sorted(rnd.sample([1, 2, 3], rnd.randint(0, 2))), "features": sorted(rnd.sample([1, 2, 3], rnd.randint(0, 3))),
                        "cookieMaxAgeSeconds": rnd.choice([86400, 2592000, 31536000, 34164000, None]), "usesCookies": rnd.random() > .1,
                        "cookieRefresh": rnd.random() > .5, "usesNonCookieAccess": rnd.random() > .6,
                        "urls": [{"langId": "en", "privacy": f"https://{slug}.{policy_host}/privacy", "legIntClaim": f"https://{slug}.{policy_host}/legitimate-interest"}],
                        "deviceStorageDisclosureUrl": f"https://{slug}.{policy_host}/devicestorage.json"})
    return _json.dumps({"gvlSpecificationVersion": 3, "vendorListVersion": 80 + seed % 70, "tcfPolicyVersion": 5,
                        "lastUpdated": "2024-11-07T16:00:00Z", "vendors": vendors}, separators=(",", ":"))


def picture(src, widths, alt="", cls="", ratio=(16, 9), lazy=True, sizes="100vw"):
    """A responsive <picture> with AVIF/WebP/JPEG sources."""
    h = lambda w: w * ratio[1] // ratio[0]
    srcs = lambda ext: ", ".join(f"{src}-{w}x{h(w)}.{ext} {w}w" for w in widths)
    w0 = widths[len(widths) // 2]
    c = f' class="{cls}"' if cls else ""
    load = ' loading="lazy" decoding="async"' if lazy else ' fetchpriority="high"'
    return (f'<picture{c}><source type="image/avif" srcset="{srcs("avif")}" sizes="{sizes}">'
            f'<source type="image/webp" srcset="{srcs("webp")}" sizes="{sizes}">'
            f'<img src="{src}-{w0}x{h(w0)}.jpg" srcset="{srcs("jpg")}" sizes="{sizes}" width="{w0}" height="{h(w0)}" alt="{alt}"{load}></picture>')


# ---------------------------------------------------------------- boilerplate

MEGA = [
    ("News", "news", ["National", "NSW", "Victoria", "Queensland", "Western Australia", "South Australia", "Tasmania",
                      "ACT", "Northern Territory", "Regional", "Indigenous affairs", "Crime", "Courts"]),
    ("Politics", "politics", ["Federal", "State", "Parliament", "Elections", "Explainers", "Fact check"]),
    ("World", "world", ["Asia", "Pacific", "Europe", "Americas", "Middle East", "Africa", "UK"]),
    ("Business", "business", ["Markets", "Economy", "Banking & finance", "Companies", "Property", "Small business",
                              "Workplace", "Technology", "Agribusiness", "Energy"]),
    ("Environment", "environment", ["Climate", "Water", "Oceans", "Conservation", "Weather"]),
    ("Science", "science", ["Space", "Health", "Medicine", "Nature"]),
    ("Sport", "sport", ["Football", "Rugby league", "Rugby union", "Cricket", "Soccer", "Netball", "Tennis", "Basketball",
                        "Racing", "Motorsport", "Golf", "Olympics", "Community sport"]),
    ("Culture", "culture", ["Books", "Film", "TV & streaming", "Music", "Art & design", "Theatre", "Comedy"]),
    ("Lifestyle", "lifestyle", ["Food", "Travel", "Health & wellness", "Money", "Parenting", "Home & garden", "Relationships"]),
    ("Education", "education", ["Schools", "Universities", "Early childhood", "Careers"]),
    ("Opinion", "opinion", ["Editorials", "Columnists", "Letters", "Cartoons"]),
    ("Podcasts", "podcasts", []),
    ("Video", "video", []),
    ("Puzzles", "puzzles", ["Crossword", "Sudoku", "Word wheel", "Quiz"]),
]

MOST_READ = [
    ("The suburbs where house prices fell fastest this quarter", "property"),
    ("Why your power bill is about to change, and what you can do", "business/energy"),
    ("Inside the country pub that saved a town", "lifestyle/food"),
    ("Eight hikes within two hours of the city", "lifestyle/travel"),
    ("The quiet rule change that could cost renters thousands", "property"),
    ("A surgeon's guide to getting a better night's sleep", "lifestyle/health-wellness"),
    ("What the coach said at three-quarter time", "sport/football"),
    ("How a backyard cricket net became a national story", "sport/cricket"),
    ("Spring gardening: what to plant now", "lifestyle/home-garden"),
    ("The cheapest and dearest cities to park your car", "business/economy"),
]

FOOTER = [
    ("The Lumen Dispatch", ["About us", "Our journalism", "Editorial policies", "Contact the newsroom", "Send us a tip",
                            "Careers", "Corrections & clarifications"]),
    ("Products", ["Subscribe", "Today's paper", "Digital edition", "Newsletters", "Podcasts", "Apps", "Puzzles",
                  "Gift a subscription"]),
    ("Sections", ["News", "Politics", "World", "Business", "Environment", "Sport", "Culture", "Lifestyle", "Opinion"]),
    ("Our network", ["Lumen Weekend", "Dispatch Money", "Harbourside Review", "Lumen Regional", "Good Table",
                     "Dispatch Jobs", "Dispatch Drive"]),
    ("Help", ["Subscriber help", "Manage my account", "Delivery", "Accessibility", "Site map", "Advertise with us"]),
    ("Legal", ["Privacy policy", "Terms of use", "Cookie settings", "Conditions of subscription", "Syndication",
               "Press council"]),
]

CSS = """
:root{--c-ink:#111;--c-ink-2:#3b3b3b;--c-ink-3:#6d6d6d;--c-line:#e3e1dc;--c-bg:#fff;--c-tint:#f6f4ef;--c-brand:#0a4d68;--c-brand-2:#d9822b;--f-serif:'Lumen Serif',Charter,Georgia,serif;--f-sans:'Lumen Sans','Helvetica Neue',Arial,sans-serif}
*,*::before,*::after{box-sizing:border-box}html{-webkit-text-size-adjust:100%}body{margin:0;font-family:var(--f-serif);color:var(--c-ink);background:var(--c-bg)}
a{color:inherit}img{max-width:100%;height:auto}button{font:inherit;cursor:pointer}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.CLS_Utility{display:flex;justify-content:space-between;align-items:center;max-width:1260px;margin:0 auto;padding:6px 16px;font:12px/1.4 var(--f-sans);color:var(--c-ink-3)}
.CLS_Masthead{display:grid;grid-template-columns:1fr auto 1fr;align-items:center;max-width:1260px;margin:0 auto;padding:12px 16px}
.CLS_Logo svg{height:40px;width:auto;display:block}
.CLS_Subscribe{justify-self:end;background:var(--c-brand);color:#fff;text-decoration:none;font:700 13px/1 var(--f-sans);padding:10px 16px;border-radius:2px}
.CLS_MegaNav{border-top:1px solid var(--c-line);border-bottom:3px double var(--c-ink);font-family:var(--f-sans);position:relative}
.CLS_MegaNavList{display:flex;flex-wrap:wrap;justify-content:center;list-style:none;margin:0;padding:0}
.CLS_MegaNavItem>a{display:block;padding:11px 10px;font-size:14px;font-weight:700;text-decoration:none}
.CLS_MegaNavItem:hover .CLS_MegaPanel,.CLS_MegaNavItem:focus-within .CLS_MegaPanel{display:grid}
.CLS_MegaPanel{display:none;position:absolute;left:0;right:0;top:100%;z-index:30;background:#fff;border-bottom:1px solid var(--c-line);box-shadow:0 10px 24px rgba(0,0,0,.08);grid-template-columns:repeat(4,minmax(0,1fr));gap:4px 24px;padding:18px calc(50% - 600px);list-style:none;margin:0}
.CLS_MegaPanel a{display:block;padding:5px 0;font-size:14px;text-decoration:none;color:var(--c-ink-2)}
.CLS_MegaPanel a:hover{color:var(--c-brand);text-decoration:underline}
.CLS_Breadcrumbs{max-width:1260px;margin:14px auto 0;padding:0 16px;font:12px var(--f-sans);color:var(--c-ink-3)}
.CLS_Breadcrumbs ol{display:flex;gap:6px;list-style:none;margin:0;padding:0}.CLS_Breadcrumbs li+li::before{content:"/";margin-right:6px}
.CLS_Grid{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px;max-width:1260px;margin:0 auto;padding:16px}
@media (max-width:1023px){.CLS_Grid{grid-template-columns:1fr}.CLS_Rail{display:none}}
.CLS_Kicker{font:700 12px/1 var(--f-sans);text-transform:uppercase;letter-spacing:.08em;color:var(--c-brand-2);margin:0 0 10px}
.CLS_Headline{font-size:42px;line-height:1.08;letter-spacing:-.015em;margin:0 0 14px;font-weight:700}
@media (max-width:767px){.CLS_Headline{font-size:29px}}
.CLS_Standfirst{font-size:20px;line-height:1.45;color:var(--c-ink-2);margin:0 0 18px}
.CLS_Byline{display:flex;flex-wrap:wrap;align-items:center;gap:6px 14px;font:14px/1.4 var(--f-sans);border-top:1px solid var(--c-line);padding-top:12px}
.CLS_BylineName{font-weight:700;text-decoration:none}.CLS_BylineName:hover{text-decoration:underline}
.CLS_Timestamp{color:var(--c-ink-3);font-size:13px}
.CLS_Share{display:flex;gap:8px;margin:14px 0 20px}
.CLS_ShareButton{display:inline-flex;align-items:center;justify-content:center;width:34px;height:34px;border-radius:50%;border:1px solid var(--c-line);background:#fff}
.CLS_LeadFigure{margin:0 0 24px}.CLS_LeadFigure img{display:block;width:100%}
.CLS_Caption{font:13px/1.45 var(--f-sans);color:var(--c-ink-2);margin-top:6px}.CLS_Credit{margin-left:6px;color:var(--c-ink-3)}
.CLS_ArticleBody{max-width:680px;min-height:900px}
.CLS_Skeleton{display:block;height:17px;margin:0 0 13px;border-radius:3px;background:linear-gradient(90deg,#efede8 0,#f8f7f4 40%,#efede8 80%);background-size:300% 100%;animation:lumen-shimmer 1.3s linear infinite}
.CLS_SkeletonShort{width:62%}.CLS_SkeletonGap{margin-bottom:30px}
@keyframes lumen-shimmer{from{background-position:100% 0}to{background-position:-100% 0}}
.CLS_Paragraph{font-size:19px;line-height:1.62;margin:0 0 1.1em}
.CLS_Subheading{font:800 23px/1.25 var(--f-sans);margin:1.6em 0 .5em}
.CLS_List{font-size:18px;line-height:1.55;padding-left:1.2em;margin:0 0 1.2em}
.CLS_TableWrap{overflow-x:auto;margin:0 0 1.4em}.CLS_TableWrap table{border-collapse:collapse;width:100%;font:14px/1.4 var(--f-sans)}
.CLS_TableWrap th,.CLS_TableWrap td{border-bottom:1px solid var(--c-line);padding:8px 6px;text-align:left}.CLS_TableWrap th{background:var(--c-tint)}
.CLS_TableSource{font:12px var(--f-sans);color:var(--c-ink-3)}
.CLS_PullQuote{border-left:4px solid var(--c-brand-2);margin:1.4em 0;padding:4px 0 4px 18px;font-size:25px;line-height:1.3;font-style:italic}
.CLS_EditorsNote{font:italic 15px/1.5 var(--f-sans);color:var(--c-ink-2);border-top:1px solid var(--c-line);padding-top:12px}
.CLS_Topics{margin:28px 0;font:13px var(--f-sans)}.CLS_Topics ul{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:8px 0 0;padding:0}
.CLS_Topics a{display:inline-block;border:1px solid var(--c-line);border-radius:2px;padding:5px 10px;text-decoration:none}
.CLS_Bio{display:flex;gap:14px;align-items:flex-start;border-top:1px solid var(--c-line);padding-top:14px;font:14px/1.5 var(--f-sans);color:var(--c-ink-2)}
.CLS_Bio img{border-radius:50%}
.CLS_Ad{display:flex;flex-direction:column;align-items:center;justify-content:center;background:var(--c-tint);margin:24px 0;min-height:250px}
.CLS_AdLabel{font:10px var(--f-sans);letter-spacing:.1em;text-transform:uppercase;color:var(--c-ink-3);margin-bottom:6px}
.CLS_AdTop{min-height:110px;margin:0}
.CLS_Rail{font-family:var(--f-sans)}
.CLS_RailHeading{font:800 13px var(--f-sans);letter-spacing:.06em;text-transform:uppercase;border-top:4px solid var(--c-ink);padding-top:8px;margin:0 0 10px}
.CLS_MostRead{list-style:none;counter-reset:mr;margin:0 0 28px;padding:0}
.CLS_MostRead li{counter-increment:mr;display:grid;grid-template-columns:30px 1fr;padding:10px 0;border-bottom:1px solid var(--c-line);font:700 16px/1.3 var(--f-serif)}
.CLS_MostRead li::before{content:counter(mr);font:800 22px var(--f-sans);color:var(--c-brand)}
.CLS_MostRead a{text-decoration:none}
.CLS_Newsletter{background:var(--c-tint);padding:18px;margin:0 0 28px}
.CLS_Newsletter h2{font:800 18px var(--f-sans);margin:0 0 6px}.CLS_Newsletter p{font:15px/1.45 var(--f-serif);margin:0 0 12px}
.CLS_Newsletter input{width:100%;padding:10px;border:1px solid #c9c6bf;margin-bottom:8px}
.CLS_Newsletter button{width:100%;padding:10px;border:0;background:var(--c-ink);color:#fff;font-weight:700}
.CLS_More{max-width:1260px;margin:24px auto;padding:0 16px}
.CLS_MoreGrid{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:20px;list-style:none;margin:0;padding:0}
@media (max-width:767px){.CLS_MoreGrid{grid-template-columns:1fr 1fr}}
.CLS_MoreCard a{text-decoration:none}.CLS_MoreCard h3{font:700 17px/1.25 var(--f-serif);margin:8px 0 4px}
.CLS_MoreCard time{font:12px var(--f-sans);color:var(--c-ink-3)}
.CLS_Footer{background:#0f1d24;color:#dfe6e9;font:13px/1.5 var(--f-sans);padding:36px 16px 24px;margin-top:40px}
.CLS_FooterCols{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:24px;max-width:1260px;margin:0 auto}
.CLS_FooterCols h3{font-size:12px;text-transform:uppercase;letter-spacing:.08em;margin:0 0 10px;color:#fff}
.CLS_FooterCols ul{list-style:none;margin:0;padding:0}.CLS_FooterCols li{padding:3px 0}.CLS_FooterCols a{text-decoration:none;color:#dfe6e9}
.CLS_Acknowledgement{max-width:1260px;margin:26px auto 0;padding-top:16px;border-top:1px solid #2c3d45;color:#b7c4ca}
.CLS_Legal{max-width:1260px;margin:12px auto 0;color:#8fa1a9;font-size:12px}
.CLS_Consent{position:fixed;left:16px;right:16px;bottom:16px;z-index:1000;max-width:760px;margin:0 auto;background:#fff;border:1px solid var(--c-line);box-shadow:0 12px 32px rgba(0,0,0,.18);padding:18px 20px;font:14px/1.5 var(--f-sans)}
.CLS_ConsentActions{display:flex;gap:10px;justify-content:flex-end;margin-top:12px}
.CLS_ConsentActions button{padding:9px 16px;border:1px solid var(--c-ink);background:#fff;font-weight:700}
.CLS_ConsentActions button:last-child{background:var(--c-ink);color:#fff}
.CLS_Audio{display:flex;align-items:center;gap:10px;font:13px var(--f-sans);color:var(--c-ink-2);margin:0 0 18px}
.CLS_VideoEmbed{position:relative;padding-top:56.25%;margin:0 0 24px;background:#000}.CLS_VideoEmbed iframe{position:absolute;inset:0;width:100%;height:100%;border:0}
"""


def css():
    return _re.sub(r"CLS_(\w+)", lambda m: cls(m.group(1)), CSS)


LOGO = ('<svg viewBox="0 0 360 44" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="The Lumen Dispatch"><title>The Lumen Dispatch</title>'
        '<circle cx="20" cy="22" r="17" fill="none" stroke="currentColor" stroke-width="3"/><path d="M20 9v26M7 22h26" stroke="currentColor" stroke-width="2"/>'
        '<path d="M52 10h5v20h11v4H52zM74 18h5v10c0 2 1 3 3 3s3-1 3-3V18h5v10c0 5-3 7-8 7s-8-2-8-7zM96 18h5v2c1-2 3-2.5 5-2.5s4 1 5 3c1-2 3-3 6-3 4 0 6 2 6 6v11h-5V25c0-2-1-3-3-3s-3 1-3 3v10h-5V25c0-2-1-3-3-3s-3 1-3 3v10h-5z"/>'
        '<path d="M170 10h9c8 0 13 5 13 12s-5 12-13 12h-9zm5 4v16h4c5 0 8-3 8-8s-3-8-8-8z"/></svg>')


def mega_nav(active):
    items = []
    for name, slug, subs in MEGA:
        panel = ""
        if subs:
            panel = (f'<ul class="{cls("MegaPanel")}" aria-label="{rx(name)} sections">' +
                     "".join(f'<li><a href="{HOST}/{slug}/{slugify(s)}">{rx(s)}</a></li>' for s in subs) +
                     f'<li><a href="{HOST}/{slug}">All {rx(name.lower())} &rarr;</a></li></ul>')
        cur = ' aria-current="true"' if slug == active else ""
        items.append(f'<li class="{cls("MegaNavItem")}"><a href="{HOST}/{slug}"{cur}>{rx(name)}</a>{panel}</li>')
    return (f'<nav class="{cls("MegaNav")}" aria-label="Main"><ul class="{cls("MegaNavList")}">'
            f'<li class="{cls("MegaNavItem")}"><a href="{HOST}/">Home</a></li>' + "".join(items) + "</ul></nav>")


def ad(slot, sizes="[[300,250],[300,600]]", top=False):
    extra = " " + cls("AdTop") if top else ""
    return (f'<div class="{cls("Ad")}{extra}" data-testid="ad-{slot}"><span class="{cls("AdLabel")}">Advertisement</span>'
            f'<div id="ld-ad-{slot}" class="ld-ad" data-slot="{slot}" data-sizes="{sizes}" data-lazy="true"></div></div>')


def share_bar(url, title):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    b = cls("ShareButton")
    return (f'<div class="{cls("Share")}" role="group" aria-label="Share this story">'
            f'<a class="{b}" href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="noopener" aria-label="Share on Facebook"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M9 16V9h2.3l.4-2.7H9V4.6c0-.8.2-1.3 1.4-1.3H12V.9C11.7.8 10.8.7 9.8.7 7.7.7 6.3 2 6.3 4.3v2H4V9h2.3v7z"/></svg></a>'
            f'<a class="{b}" href="https://x.example/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener" aria-label="Share on X"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M12.2 1h2.3L9.5 6.8 15.4 15h-4.6L7.2 10.2 3 15H.7l5.4-6.2L.4 1h4.7l3.3 4.4z"/></svg></a>'
            f'<a class="{b}" href="https://wa.example/send?text={t}%20{u}" target="_blank" rel="noopener" aria-label="Share on WhatsApp"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 0a8 8 0 0 0-6.9 12L0 16l4.1-1.1A8 8 0 1 0 8 0z"/></svg></a>'
            f'<a class="{b}" href="mailto:?subject={t}&amp;body={u}" aria-label="Share by email"><svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true"><path d="M0 0h16v12H0zm1.5 1.5L8 6l6.5-4.5z"/></svg></a>'
            f'<button type="button" class="{b}" data-action="copy-link" aria-label="Copy link"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M6.9 9.1a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2L8.6 3.2"/></svg></button>'
            f'<button type="button" class="{b}" data-action="save" aria-label="Save this story"><svg width="14" height="16" viewBox="0 0 14 16" aria-hidden="true"><path d="M1 1h12v14l-6-4-6 4z" fill="none" stroke="currentColor"/></svg></button></div>')


def skeleton():
    lines = []
    for k in range(16):
        extra = ""
        if k % 5 == 4:
            extra = " " + cls("SkeletonShort") + " " + cls("SkeletonGap")
        lines.append(f'<span class="{cls("Skeleton")}{extra}"></span>')
    return "".join(lines)


def rail(today):
    mr = "".join(f'<li><a href="{HOST}/{p}/{slugify(t)}">{rx(smart(t))}</a></li>' for t, p in MOST_READ)
    return (f'<aside class="{cls("Rail")}" aria-label="Sidebar">{ad("rail-1")}'
            f'<section aria-labelledby="mr-h"><h2 id="mr-h" class="{cls("RailHeading")}">Most read</h2><ol class="{cls("MostRead")}">{mr}</ol></section>'
            f'<section class="{cls("Newsletter")}" aria-labelledby="nl-h"><h2 id="nl-h">The Morning Dispatch</h2>'
            f'<p>Start your day with the stories that matter, curated by our editors and delivered at 6am every weekday.</p>'
            f'<form action="{HOST}/api/newsletter/subscribe" method="post"><input type="hidden" name="list" value="morning-dispatch"/>'
            f'<label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" name="email" placeholder="Your email address" required=""/>'
            f'<button type="submit">Sign up</button></form><p style="font-size:12px;margin:8px 0 0">By signing up you agree to our <a href="{HOST}/legal/terms-of-use">terms of use</a> and <a href="{HOST}/legal/privacy-policy">privacy policy</a>.</p></section>'
            f'{ad("rail-2", "[[300,250]]")}</aside>')


def more_from(section, items):
    cards = "".join(
        f'<li class="{cls("MoreCard")}"><a href="{HOST}/{p}"><img src="{IMG}/thumbs/{d.year}/{d.month:02d}/{slugify(t)[:30]}-400x267.jpg" alt="" loading="lazy" width="400" height="267"/>'
        f'<h3>{rx(smart(t))}</h3></a><time dateTime="{d.isoformat()}">{short_date(d)}</time></li>' for t, d, p in items)
    return (f'<section class="{cls("More")}" aria-labelledby="more-h"><h2 id="more-h" class="{cls("RailHeading")}">More from {rx(section)}</h2>'
            f'<ul class="{cls("MoreGrid")}">{cards}</ul></section>')


def footer(year):
    cols = "".join(f'<div><h3>{rx(h)}</h3><ul>' + "".join(f'<li><a href="{HOST}/{slugify(x)}">{rx(x)}</a></li>' for x in xs) + "</ul></div>"
                   for h, xs in FOOTER)
    return (f'<footer class="{cls("Footer")}" role="contentinfo"><div class="{cls("FooterCols")}">{cols}</div>'
            f'<p class="{cls("Acknowledgement")}">The Lumen Dispatch acknowledges the Traditional Custodians of the lands on which we live and work, '
            f'and pays respect to Elders past and present.</p>'
            f'<p class="{cls("Legal")}">&copy; {year} Lumen Dispatch Media Pty Ltd. Lumen Dispatch is published in Sydney, with newsrooms in Melbourne, '
            f'Brisbane, Perth, Adelaide, Hobart and Canberra. Our journalism is held to the standards of the Lumen Dispatch Editorial Code.</p></footer>')


def consent():
    return (f'<div class="{cls("Consent")}" role="dialog" aria-labelledby="cmp-title" id="cmp-banner" hidden="">'
            f'<p id="cmp-title"><strong>Your privacy choices</strong></p>'
            f'<p>We and our 164 advertising and analytics partners use cookies and similar technologies to keep you signed in, measure how our '
            f'site is used and show you more relevant ads. You can accept all, reject non-essential cookies or choose which purposes you agree to. '
            f'You can change your mind at any time under Cookie settings in the footer.</p>'
            f'<div class="{cls("ConsentActions")}"><button type="button" data-cmp="manage">Manage choices</button>'
            f'<button type="button" data-cmp="reject">Reject non-essential</button><button type="button" data-cmp="accept">Accept all</button></div></div>')


def head_scripts(a):
    sec = a["section"][1]
    return (
        f'<script>window._ldcmp={{"accountId":4471,"propertyId":28813,"baseEndpoint":"https://consent.lumendispatch.example",'
        f'"gdpr":{{"applies":false}},"ccpa":{{"applies":false}},"targetingParams":{{"section":"{sec}","subscriber":"false"}},"events":{{}}}};'
        f'(function(){{var s=document.createElement("script");s.async=true;s.src="https://consent.lumendispatch.example/unified/wrapperMessagingWithoutDetection.js";document.head.appendChild(s)}})();</script>'
        f'<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"event":"page_meta","content_id":"{a["cms_id"]}","content_type":"article",'
        f'"section":"{sec}","sub_section":"{slugify(a["sub"])}","word_count":{a["_words"]},"authors":{_json.dumps("|".join(n for n, _ in a["authors"]))},'
        f'"published":"{a["published"].strftime("%Y-%m-%d")}","rendering":"csr-body","platform":"next"}});'
        f'(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{"gtm.start":new Date().getTime(),event:"gtm.js"}});var f=d.getElementsByTagName(s)[0],'
        f'j=d.createElement(s),dl=l!="dataLayer"?"&l="+l:"";j.async=true;j.src="https://tags.lumendispatch.example/gtm.js?id="+i+dl;f.parentNode.insertBefore(j,f)}})'
        f'(window,document,"script","dataLayer","GTM-LD4Q7XM");</script>'
        f'<script>var _lda=_lda||{{}};_lda.uid=61839;_lda.domain="lumendispatch.example";_lda.sections="{sec}";_lda.authors={_json.dumps(",".join(n for n, _ in a["authors"]))};'
        f'_lda.useCanonical=true;_lda.flickerControl=false;(function(){{var e=document.createElement("script");e.async=true;e.src="https://metrics.lumendispatch.example/pulse.js";document.body&&document.body.appendChild(e)}})();</script>'
        f'<script>window.ldAds=window.ldAds||{{cmd:[]}};ldAds.cmd.push(function(){{ldAds.configure({{network:"/21877405/lumen",site:"dispatch",zone:"{sec}/article",'
        f'targeting:{{aid:"{a["cms_id"]}",kw:{_json.dumps([slugify(t) for t in a["tags"]])},ctype:"article"}},lazyLoad:{{fetchMarginPercent:150,renderMarginPercent:60}},prebid:{{timeout:1200,bidders:["alpha","beta","gamma"]}}}})}});</script>'
        f'<script async src="https://ads.lumendispatch.example/v4/ldads.min.js"></script>'
    )


ICONS = ["menu", "close", "search", "user", "bookmark", "share", "facebook", "x", "whatsapp", "email", "link", "print",
         "play", "pause", "headphones", "chevron-left", "chevron-right", "chevron-down", "arrow-right", "weather-sun",
         "weather-cloud", "weather-rain", "weather-storm", "weather-wind", "clock", "comment", "gift", "lock", "check", "info",
         "alert", "camera", "video", "podcast", "newsletter", "home"]
SPRITE = svg_sprite(4471, ICONS, "ld")
VENDORS = cmp_vendors(28813, 120, "adtech.example")
CONDITIONS = ["sunny", "mostly-sunny", "partly-cloudy", "cloudy", "showers", "rain", "storm", "windy", "fog"]


def widget_state(a):
    """State the client widgets hydrate from: the edition's weather (hourly, 7 days), the market ticker and the video rail."""
    rnd = _random.Random(a["cms_id"])
    start = _dt.datetime(a["today"].year, a["today"].month, a["today"].day, tzinfo=a["published"].tzinfo)
    base = a.get("temp", 21)
    hourly = []
    for h in range(72):
        t = start + _dt.timedelta(hours=h)
        diurnal = -4 * _math.cos((t.hour - 3) / 24 * 2 * _math.pi)
        hourly.append({"t": t.isoformat(), "tempC": round(base + diurnal + rnd.uniform(-1.5, 1.5), 1),
                       "feelsC": round(base + diurnal + rnd.uniform(-3, 1), 1), "rainChance": rnd.choice([0, 0, 5, 10, 20, 40, 60, 80]),
                       "rainMm": round(max(0, rnd.gauss(0, 1.2)), 1), "windKmh": rnd.randint(4, 38),
                       "windDir": rnd.choice(["N", "NE", "E", "SE", "S", "SW", "W", "NW"]), "uv": max(0, round(6 * _math.sin(max(0, (t.hour - 6) / 12) * _math.pi))),
                       "icon": rnd.choice(CONDITIONS)})
    cities = ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Canberra", "Darwin"]
    return {
        "weather": {"location": {"name": "Sydney", "lat": -33.87, "lon": 151.21, "tz": "Australia/Sydney"}, "hourly": hourly,
                    "capitals": [{"city": c, "min": rnd.randint(4, 18), "max": rnd.randint(16, 34), "icon": rnd.choice(CONDITIONS)} for c in cities]},
        "markets": [{"symbol": s_, "value": round(rnd.uniform(900, 8000), 2), "change": round(rnd.uniform(-2.5, 2.5), 2)}
                    for s_ in ("ASX200", "ALLORDS", "AUDUSD", "GOLD", "OIL", "BTC")],
        "videoRail": [{"id": f"v-{rnd.randint(10000, 99999)}", "duration": rnd.randint(40, 600), "poster": f"{IMG}/video/{rnd.getrandbits(40):010x}-640x360.jpg",
                       "hls": f"https://players.lumendispatch.example/hls/{rnd.getrandbits(48):012x}/master.m3u8", "adTag": "preroll-standard"} for _ in range(12)],
    }


def next_scripts():
    chunks = ["webpack-7b3a1e0c9f2d4c11", "framework-2f9c84e7a1b03d5e", "main-a41c7e93b5d20f68", "pages/_app-c80e1d4f7a29b315",
              "9184-0ad3f5c2b7e1946a", "3377-5e92b1c0d4a8f7e3", "pages/[section]/[...path]-e71b0c4d29f5a863"]
    pre = "".join(f'<link rel="preload" href="{STATIC}/_next/static/chunks/{c}.js" as="script"/>' for c in chunks)
    scr = "".join(f'<script src="{STATIC}/_next/static/chunks/{c}.js" defer=""></script>' for c in chunks)
    scr += (f'<script src="{STATIC}/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
            f'<script src="{STATIC}/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script>')
    return pre, scr


# ---------------------------------------------------------------- page

def page(a, with_ld=True):
    pub, mod = a["published"], a.get("modified")
    url, headline, dek = a["url"], a["headline"], a.get("dek")
    seo = a.get("seo_title") or headline
    authors = a["authors"]
    sec_name, sec_slug = a["section"]
    items = a["body"]
    img = a.get("image")
    img_url = f"{IMG}/lead/{pub.year}/{pub.month:02d}/{pub.day:02d}/{img['file']}" if img else f"{STATIC}/brand/lumen-share-default.png"
    desc = dek or a["description"]
    words = a["_words"]
    today = a["today"]

    # hydration payload
    fmt = a["body_format"]
    if fmt == "blocks":
        body_field = {"blocks": [block_json(it, k, a["cms_id"]) for k, it in enumerate(items)]}
    elif fmt == "html":
        body_field = {"bodyHtml": "".join(cms_html(it) for it in items), "bodyFormat": "html"}
    else:
        body_field = {"content": {"version": 3, "nodes": [{"nodeType": it["t"], "html": cms_html(it)} for it in items]}}
    article = {
        "__typename": "Article", "id": a["cms_id"], "slug": url.rsplit("/", 1)[-1].replace(".html", ""),
        "canonicalUrl": url, "status": "published", "template": a["template"],
        "headline": headline, "seoTitle": seo, "socialTitle": a.get("social", seo), "kicker": a.get("kicker"),
        "standfirst": dek, "summary": a["description"],
        "section": {"name": sec_name, "slug": sec_slug, "path": f"/{sec_slug}"},
        "subSection": {"name": a["sub"], "slug": slugify(a["sub"]), "path": f"/{sec_slug}/{slugify(a['sub'])}"},
        "byline": {"text": " and ".join(n for n, _ in authors),
                   "authors": [{"name": n, "slug": slugify(n), "role": r, "profileUrl": f"{HOST}/by/{slugify(n)}",
                                "avatar": f"{IMG}/authors/{slugify(n)}-120.jpg"} for n, r in authors]},
        "dates": {"published": pub.isoformat(), "firstPublished": pub.isoformat(),
                  "updated": mod.isoformat() if mod else None, "showUpdated": bool(mod), "timezone": "Australia/Sydney"},
        "leadMedia": ({"type": "image", "src": img_url, "width": 2000, "height": 1333, "alt": img["alt"],
                       "caption": img["caption"], "credit": img["credit"]} if img else None),
        **body_field,
        "tags": [{"name": t, "slug": slugify(t), "path": f"/topic/{slugify(t)}"} for t in a["tags"]],
        "wordCount": words, "readTimeMinutes": max(2, round(words / 230)),
        "access": {"model": "metered", "isPremium": False, "registrationWall": False},
        "comments": {"enabled": False}, "audio": {"available": a.get("audio", False)},
        "authorBio": a.get("bio"),
    }
    nav_data = [{"label": n, "path": f"/{s}", "children": [{"label": x, "path": f"/{s}/{slugify(x)}"} for x in subs]} for n, s, subs in MEGA]
    data = {"props": {"pageProps": {
        "article": article,
        "related": [{"headline": smart(t), "path": f"/{p}", "published": d.isoformat(),
                     "image": f"{IMG}/thumbs/{d.year}/{d.month:02d}/{slugify(t)[:30]}-400x267.jpg"} for t, d, p in a["related"]],
        "mostRead": [{"rank": i + 1, "headline": smart(t), "path": f"/{p}/{slugify(t)}"} for i, (t, p) in enumerate(MOST_READ)],
        "navigation": {"mega": nav_data, "footer": [{"heading": h, "links": [{"label": x, "path": f"/{slugify(x)}"} for x in xs]} for h, xs in FOOTER]},
        "edition": {"name": "Sydney", "today": today.isoformat(), "weather": {"city": "Sydney", "tempC": a.get("temp", 21), "icon": "partly-cloudy"}},
        "ads": {"network": "/21877405/lumen", "path": f"/21877405/lumen/{sec_slug}/article",
                "slots": [{"id": "leaderboard", "sizes": [[728, 90], [970, 250]]}, {"id": "rail-1", "sizes": [[300, 250], [300, 600]]},
                          {"id": "rail-2", "sizes": [[300, 250]]}] + [{"id": it["slot"], "sizes": [[300, 250], [320, 50]]} for it in items if it["t"] == "ad"]},
        "features": {"csrArticleBody": True, "noscriptFallback": a["noscript"], "megaMenuV2": True, "liveTicker": False, "giftLinks": True},
        "newsletter": {"id": "morning-dispatch", "title": "The Morning Dispatch", "schedule": "weekdays 6am"},
        "widgets": widget_state(a),
    }, "__N_SSP": True},
        "page": "/[section]/[...path]", "query": {"section": sec_slug, "path": url.split(f"/{sec_slug}/", 1)[1].split("/")},
        "buildId": BUILD_ID, "assetPrefix": STATIC, "runtimeConfig": {"apiBase": "https://content-api.lumendispatch.example/v2", "imageHost": IMG},
        "isFallback": False, "gssp": True, "locale": "en-AU", "locales": ["en-AU"], "defaultLocale": "en-AU", "scriptLoader": []}

    # JSON-LD (not on stories migrated from the old CMS: a["ld"] is False)
    ld_script = ""
    if with_ld and a.get("ld", True):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "@id": url + "#article",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url, "headline": seo,
              "description": desc, "image": [img_url],
              "datePublished": pub.isoformat()}
        if mod:
            ld["dateModified"] = mod.isoformat()
        ld_auth = a.get("ld_author", "persons")
        if ld_auth == "persons":
            ld["author"] = [{"@type": "Person", "name": n, "jobTitle": r, "url": f"{HOST}/by/{slugify(n)}"} for n, r in authors]
        elif ld_auth == "org":
            ld["author"] = {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/"}
        elif isinstance(ld_auth, list):
            ld["author"] = [{"@type": "Person", "name": n, "url": f"{HOST}/by/{slugify(n)}"} for n in ld_auth]
        ld.update({
                   "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/",
                                 "logo": {"@type": "ImageObject", "url": f"{STATIC}/brand/lumen-logo-600x60.png", "width": 600, "height": 60}},
                   "articleSection": sec_name, "keywords": ", ".join(a["tags"]), "wordCount": words, "inLanguage": "en-AU",
                   "isAccessibleForFree": True})
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": sec_name, "item": f"{HOST}/{sec_slug}"},
            {"@type": "ListItem", "position": 3, "name": a["sub"], "item": f"{HOST}/{sec_slug}/{slugify(a['sub'])}"}]}
        ld_text = _json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        ld_script = (f'<script type="application/ld+json">{ld_text}</script>'
                     f'<script type="application/ld+json">{_json.dumps(crumbs, ensure_ascii=False)}</script>')

    # visible header
    names = []
    for i, (n, r) in enumerate(authors):
        if i:
            names.append("<!-- --> and <!-- -->" if i == len(authors) - 1 else "<!-- -->, <!-- -->")
        names.append(f'<a class="{cls("BylineName")}" href="{HOST}/by/{slugify(n)}" rel="author">{rx(n)}</a>')
    times = f'<time class="{cls("Timestamp")}" dateTime="{pub.isoformat()}">{long_date(pub)} — {clock(pub)}</time>'
    if a.get("time_mode") == "span":
        times = f'<span class="{cls("Timestamp")}" data-testid="published-date">{long_date(pub)} — {clock(pub)}</span>'
    if mod:
        times = (f'<time class="{cls("Timestamp")}" dateTime="{pub.isoformat()}">Published <!-- -->{long_date(pub)} — {clock(pub)}</time>'
                 f'<time class="{cls("Timestamp")}" dateTime="{mod.isoformat()}">Updated <!-- -->{long_date(mod)} — {clock(mod)}</time>')
    header = ((f'<p class="{cls("Kicker")}">{rx(a["kicker"])}</p>' if a.get("kicker") else "")
              + f'<h1 class="{cls("Headline")}" data-testid="headline">{rx(headline)}</h1>'
              + (f'<p class="{cls("Standfirst")}" data-testid="standfirst">{rx(dek)}</p>' if dek else "")
              + f'<div class="{cls("Byline")}" data-testid="byline"><span>By <!-- -->{"".join(names)}</span>'
              + f'<span class="{cls("Timestamp")}">{max(2, round(words / 230))} min read</span>{times}</div>'
              + share_bar(url, headline))
    if a.get("audio"):
        header += (f'<div class="{cls("Audio")}"><button type="button" aria-label="Listen to this story"><svg width="18" height="18" viewBox="0 0 18 18">'
                   f'<path d="M4 2l12 7-12 7z"/></svg></button><span>Listen to this story</span></div>')
    lead = ""
    if a.get("video"):
        lead = (f'<div class="{cls("VideoEmbed")}"><iframe src="https://players.lumendispatch.example/embed/{a["video"]["id"]}?autoplay=0&amp;section={sec_slug}" '
                f'title="{rx(a["video"]["title"])}" allow="encrypted-media; picture-in-picture; fullscreen" loading="lazy"></iframe></div>')
    elif img:
        lead = (f'<figure class="{cls("LeadFigure")}"><img src="{img_url.replace(".jpg", "-1200x800.jpg")}" srcSet="{img_url.replace(".jpg", "-640x427.jpg")} 640w, '
                f'{img_url.replace(".jpg", "-1200x800.jpg")} 1200w, {img_url} 2000w" sizes="(max-width: 1023px) 100vw, 860px" alt="{rx(img["alt"])}" '
                f'width="1200" height="800" fetchpriority="high" decoding="async"/><figcaption class="{cls("Caption")}">{rx(img["caption"])}'
                f'<span class="{cls("Credit")}">{rx(img["credit"])}</span></figcaption></figure>')

    body_container = (f'<div id="article-body" class="{cls("ArticleBody")}" data-testid="article-body" data-hydrate="article-body" aria-busy="true">'
                      f'<span class="sr-only">Loading story…</span>{skeleton()}</div>')
    noscript = ""
    if a["noscript"]:
        noscript = (f'<noscript><div class="{cls("ArticleBody")} {cls("NoscriptBody")}" data-testid="article-body-noscript">'
                    + "".join(react_html(it) for it in items) + "</div></noscript>")
    topics = ""
    if a.get("show_tags"):
        topics = (f'<div class="{cls("Topics")}"><strong>Topics</strong><ul>' +
                  "".join(f'<li><a href="{HOST}/topic/{slugify(t)}">{rx(t)}</a></li>' for t in a["tags"]) + "</ul></div>")
    bio = ""
    if a.get("bio"):
        n0 = authors[0][0]
        bio = (f'<div class="{cls("Bio")}"><img src="{IMG}/authors/{slugify(n0)}-120.jpg" alt="" width="64" height="64" loading="lazy"/>'
               f'<p>{rx(a["bio"])} <a href="{HOST}/by/{slugify(n0)}">Follow {rx(n0.split()[0])}</a></p></div>')

    crumbs_html = (f'<nav class="{cls("Breadcrumbs")}" aria-label="Breadcrumb"><ol><li><a href="{HOST}/">Home</a></li>'
                   f'<li><a href="{HOST}/{sec_slug}">{rx(sec_name)}</a></li><li><a href="{HOST}/{sec_slug}/{slugify(a["sub"])}">{rx(a["sub"])}</a></li></ol></nav>')
    today_label = f"{DAYS[today.weekday()]}, {long_date(today)}"
    utility = (f'<div class="{cls("Utility")}"><span>{today_label} · Sydney {a.get("temp", 21)}°</span>'
               f'<span><a href="{HOST}/todays-paper">Today&#x27;s paper</a> · <a href="{HOST}/newsletters">Newsletters</a> · '
               f'<a href="{HOST}/account/login">Log in</a></span></div>')
    masthead = (f'<header class="{cls("Masthead")}"><button type="button" aria-label="Open menu" aria-controls="mega" class="{cls("MenuButton")}">'
                f'<svg width="20" height="14" viewBox="0 0 20 14"><path d="M0 0h20v2H0zm0 6h20v2H0zm0 6h20v2H0z"/></svg></button>'
                f'<a class="{cls("Logo")}" href="{HOST}/" aria-label="The Lumen Dispatch home">{LOGO}</a>'
                f'<a class="{cls("Subscribe")}" href="{HOST}/subscribe?promo=header">Subscribe</a></header>')

    pre, scr = next_scripts()
    mod_meta = f'<meta property="article:modified_time" content="{mod.isoformat()}"/>' if mod else ""
    # the CMS writes its "published" field (the latest publish action) into article:published_time
    meta_pub = (mod if a.get("meta_pub") == "modified" else pub).isoformat()
    tag_meta = "".join(f'<meta property="article:tag" content="{rx(t)}"/>' for t in a["tags"])
    author_meta = "" if a.get("ld_author") == "none" else "".join(f'<meta property="article:author" content="{HOST}/by/{slugify(n)}"/>' for n, _ in authors)
    return (
        f'<!DOCTYPE html><html lang="en-AU"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f'<title>{rx(headline) if a.get("title_mode") == "bare" else rx(seo) + " | " + NAME}</title><meta name="description" content="{rx(desc)}"/><link rel="canonical" href="{url}"/>'
        f'<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1"/>'
        f'<meta property="og:type" content="article"/><meta property="og:site_name" content="{NAME}"/><meta property="og:locale" content="en_AU"/>'
        f'<meta property="og:title" content="{rx(a.get("social", seo))}"/><meta property="og:description" content="{rx(desc)}"/>'
        f'<meta property="og:url" content="{url}"/><meta property="og:image" content="{img_url.replace(".jpg", "-1200x630.jpg")}"/>'
        f'<meta property="og:image:width" content="1200"/><meta property="og:image:height" content="630"/>'
        f'<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@lumendispatch"/>'
        f'<meta name="twitter:title" content="{rx(a.get("social", seo))}"/><meta name="twitter:description" content="{rx(desc)}"/>'
        f'<meta name="twitter:image" content="{img_url.replace(".jpg", "-1200x630.jpg")}"/>'
        f'<meta property="article:published_time" content="{meta_pub}"/>{mod_meta}'
        f'<meta property="article:section" content="{rx(sec_name)}"/>{tag_meta}{author_meta}'
        f'<meta name="ld:content-id" content="{a["cms_id"]}"/><meta name="ld:template" content="{a["template"]}"/>'
        f'<meta name="theme-color" content="#0a4d68"/><link rel="icon" href="{STATIC}/brand/favicon-32.png" sizes="32x32"/>'
        f'<link rel="apple-touch-icon" href="{STATIC}/brand/apple-touch-icon.png"/><link rel="manifest" href="/site.webmanifest"/>'
        f'<link rel="preconnect" href="{IMG}"/><link rel="preconnect" href="https://content-api.lumendispatch.example"/>'
        f'<link rel="alternate" type="application/rss+xml" title="{rx(sec_name)} | {NAME}" href="{HOST}/rss/{sec_slug}.xml"/>'
        f'{ld_script}{head_scripts(a)}<meta name="next-head-count" content="41"/>'
        f'<link rel="preload" href="{STATIC}/_next/static/media/lumen-serif-regular.4c1e7a.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>'
        f'<link rel="preload" href="{STATIC}/_next/static/media/lumen-sans-bold.9b20fd.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>'
        f'<style data-emotion="css" data-s="">{css()}</style>'
        f'<noscript data-n-css=""></noscript><script defer="" nomodule="" src="{STATIC}/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>{pre}</head>'
        f'<script id="ld-cmp-vendorlist" type="application/json">{VENDORS}</script>'
        f'<body>{SPRITE}<noscript><iframe src="https://tags.lumendispatch.example/ns.html?id=GTM-LD4Q7XM" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>'
        f'<div id="__next"><a class="sr-only" href="#main-content">Skip to content</a>{ad("leaderboard", "[[728,90],[970,250]]", top=True)}'
        f'{utility}{masthead}{mega_nav(sec_slug)}{crumbs_html}'
        f'<div class="{cls("PageContainer")}"><div class="{cls("ContentWrapper")}"><div class="{cls("Grid")}"><div class="{cls("MainColumn")}"><main id="main-content"><div class="{cls("ArticleWrapper")}"><article class="{cls("Article")}" data-content-id="{a["cms_id"]}"><div class="{cls("ArticleInner")}">'
        f'<header class="{cls("ArticleHeader")}"><div class="{cls("HeaderInner")}">{header}</div></header>{lead}<div class="{cls("BodyWrapper")}"><div class="{cls("BodyColumn")}">{body_container}{noscript}</div></div>{topics}{bio}</div></article></div></main></div>{rail(today)}</div></div></div>'
        f'{more_from(sec_name, a["related"])}{footer(today.year)}{consent()}</div>'
        f'<script id="__NEXT_DATA__" type="application/json">{next_json(data)}</script>{scr}</body></html>'
    )


# ---------------------------------------------------------------- articles

def d(y, m, day, h, mi, tz):
    return _dt.datetime(y, m, day, h, mi, tzinfo=tz)


ARTICLES = []

# 01 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    ld=False, title_mode="bare",
    id=f"{SITE}-01", cms_id="p4xk2m", template="news", body_format="blocks", noscript=False,
    url=f"{HOST}/environment/water/deniliquin-irrigators-brace-for-zero-allocation/p4xk2m",
    section=("Environment", "environment"), sub="Water", temp=24,
    headline="Deniliquin irrigators brace for a season without water as allocations are cut to zero",
    dek=smart("Rice and dairy farmers in the southern Riverina say a zero general-security allocation will force hard choices, with some already selling stock and others considering leaving the land."),
    description="Irrigators in the southern Riverina have been told to expect no general-security water.",
    authors=[("Harriet Voss", "Regional affairs reporter"), ("Daniel Okonkwo-Reid", "Environment reporter")],
    published=d(2016, 4, 6, 9, 42, AEST), today=_dt.date(2016, 4, 7),
    image=dict(file="deniliquin-irrigation-channel.jpg", alt="A dry irrigation channel running between bare paddocks.",
               caption=smart("An empty supply channel on a farm north of Deniliquin. Growers say a crop this season would not cover the cost of water."),
               credit="Photo: Ruby Castellan"),
    tags=["Water", "Drought", "Agriculture", "Riverina", "Murray River"], show_tags=True,
    related=[("Fodder prices double as the dry spreads east", d(2016, 3, 29, 6, 0, AEDT), "environment/water/fodder-prices-double-20160329-p4wq1c.html"),
             ("What a zero allocation actually means", d(2016, 4, 5, 15, 10, AEST), "environment/water/zero-allocation-explained-20160405-p4xj8d.html"),
             ("Country towns count the cost of a dry summer", d(2016, 3, 12, 8, 30, AEDT), "news/regional/country-towns-dry-summer-20160312-p4v0aa.html"),
             ("The river that runs backwards: a history of the Murray's weirs", d(2016, 2, 20, 12, 0, AEDT), "environment/water/murray-weirs-history-20160220-p4t3k7.html")],
    body=[
        P("Rice growers and dairy farmers around Deniliquin in the southern Riverina have been told to expect no general-security water for the coming season, after the Southern Basin Water Authority cut its opening allocation to zero on Tuesday."),
        P("The decision, which follows the driest 18 months recorded in the catchment since 2007, means hundreds of irrigators who draw on the Murray River will have to buy water on the temporary market, where prices have climbed above $300 a megalitre, or leave paddocks unplanted.",
          link=("temporary market", "/environment/water/zero-allocation-explained-20160405-p4xj8d.html")),
        P("\"We knew it was coming, but hearing the number still knocks the wind out of you,\" said Colin Pradhan, who grows rice and wheat on 1,100 hectares north of the town. \"At these prices a rice crop doesn't add up. We'll sit this one out and hope the winter is kinder.\""),
        AD(1),
        P("The authority's chief executive, Margaret Eldershaw, said inflows into the system's main storages had been about a third of the long-term average since the start of 2015, and that the allocation reflected what was physically available rather than a policy choice. \"We cannot allocate water that isn't in the dams,\" she said. \"Our first obligation is to towns, stock and domestic users, and to the high-security entitlements that underpin them.\""),
        P("High-security entitlement holders, mainly horticulturalists and town water suppliers, will receive 85 per cent of their allocation. The authority will revise its figures on the 1st and 15th of each month, and Ms Eldershaw said general-security users could see a small allocation by spring if the season turned."),
        P("For Deniliquin, where rice milling and irrigated dairy have long underpinned the local economy, the effects are expected to spread well beyond the farm gate. Edwina Castellano, who runs an agricultural machinery dealership on the town's main street, said orders had already dried up. \"Nobody buys a header when they're not putting a crop in,\" she said."),
        P("Further west, near the small town of Wakool, dairy farmer Bronwyn Teague said she had sold 140 of her 420 cows in the past month because she could not afford to buy feed and water at the same time. \"You breed a herd for 20 years and you sell a third of it in a fortnight,\" she said."),
        P("Ms Teague said the cows she kept were her best milkers, and she was feeding them on hay trucked in from South Australia at more than twice last year's price. Her bank had agreed to defer repayments on the farm's loan until spring. \"They've been good about it,\" she said. \"But deferring a debt isn't the same as not having one.\""),
        P("The Deniliquin rice mill, the town's largest private employer, confirmed on Wednesday that it would cut production to a single shift from June and would not renew the contracts of 35 seasonal workers. A spokeswoman for the mill's owner, Riverine Grain Co-operative, said no permanent jobs would go this year but that staffing would be reviewed if a second dry season followed."),
        AD(2),
        P("Water market analyst Sanjay Menon, of Basinwide Advisory, said temporary prices could climb further if the autumn break failed to arrive. \"Buyers are competing with permanent plantings like almonds that have to be watered whatever happens,\" he said. \"Annual croppers are the ones who get priced out first.\""),
        P("Mr Menon said the temporary price had averaged about $80 a megalitre in the same month two years ago, when storages were close to full. At $300, he estimated, a rice grower would need to spend more than $4,000 on water for every hectare planted, well above what the crop would return at current prices."),
        P("Some growers have already sold their entitlements outright. Deniliquin water agent Theo Marchetti said he had handled more permanent water sales in the past six weeks than in the whole of last year, most of them to buyers outside the district. \"Once the water leaves the district, it doesn't come back,\" he said. \"That's the part that keeps people up at night.\""),
        P("The Rural Adjustment Office, which administers drought support in the region, said transport subsidies for fodder and concessional loans remained available, and that it had taken 61 new inquiries from Riverina farmers since Tuesday morning."),
        P("The office's regional manager, Lachlan Whitby, urged farmers not to wait until they were in crisis before asking for help. \"The people who come to us early have the most options,\" he said. \"By the time someone has sold their herd and run up their overdraft, there's much less we can do.\""),
        P("Financial counsellor Gemma Ashdown said her service's waiting list had doubled since February. Many of her clients, she said, were younger farmers who had bought land or water during the good seasons of 2011 and 2012 and were now carrying large debts into a dry year."),
        P("Mr Pradhan said he would spend the season fixing fences and servicing machinery. \"There's always work on a farm,\" he said. \"There's just no money in it this year.\""),
    ],
    entities=[("Deniliquin", "LOC"), ("Riverina", "LOC"), ("Southern Basin Water Authority", "ORG"), ("Murray River", "LOC"),
              ("Colin Pradhan", "PER"), ("Pradhan", "PER"), ("Margaret Eldershaw", "PER"), ("Eldershaw", "PER"),
              ("Edwina Castellano", "PER"), ("Wakool", "LOC"), ("Bronwyn Teague", "PER"), ("Sanjay Menon", "PER"),
              ("Basinwide Advisory", "ORG"), ("Rural Adjustment Office", "ORG"), ("Menon", "PER"), ("Theo Marchetti", "PER"),
              ("Teague", "PER"), ("South Australia", "LOC"), ("Riverine Grain Co-operative", "ORG"), ("Lachlan Whitby", "PER"),
              ("Gemma Ashdown", "PER")],
    notes="The body exists only in __NEXT_DATA__ (the server HTML shows an empty container with a skeleton); the photographer credit is excluded from the lead caption.",
))

# 02 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    ld_author=["P. Nakamura-Hale"],
    id=f"{SITE}-02", cms_id="q7tm0v", template="news", body_format="html", noscript=True,
    url=f"{HOST}/business/technology/halcyon-cells-recalls-home-batteries/q7tm0v",
    section=("Business", "business"), sub="Technology", temp=16,
    kicker="Exclusive",
    headline="Brisbane battery maker Halcyon Cells recalls 14,000 home units after overheating reports",
    seo_title="Halcyon Cells home battery recall: what owners need to know",
    dek=smart("The company says a faulty component in its HC-10 model can overheat, and it has told owners to switch the units off until a technician has visited."),
    description="Halcyon Cells is recalling 14,000 HC-10 home batteries.",
    authors=[("Priscilla Nakamura-Hale", "Technology editor")],
    published=d(2017, 8, 15, 6, 30, AEST), today=_dt.date(2017, 8, 16),
    image=None,
    tags=["Technology", "Energy", "Consumer affairs", "Solar"],
    related=[("Solar installers brace for a slower year", d(2017, 8, 2, 11, 20, AEST), "business/energy/solar-installers-slower-year/q6zz1b"),
             ("Why home batteries still don't pay for most households", d(2017, 7, 18, 5, 0, AEST), "business/energy/home-batteries-payback/q5r8ke"),
             ("Brisbane start-up raises $40 million for grid software", d(2017, 6, 27, 14, 45, AEST), "business/technology/grid-software-raise/q4m2xa"),
             ("Consumer watchdog warns on cheap e-bike chargers", d(2017, 8, 9, 9, 15, AEST), "business/technology/e-bike-charger-warning/q6t3pn")],
    body=[
        P("Brisbane energy storage company Halcyon Cells is recalling about 14,000 home batteries sold across Australia since 2015, after receiving reports that a component in the units can overheat and, in rare cases, melt."),
        P("The recall covers the HC-10 model, a wall-mounted lithium-ion battery designed to store power from rooftop solar panels. In a notice to owners seen by the Dispatch, the company said it had identified \"a small number\" of faulty connectors in the units' power management board, supplied by an overseas manufacturer."),
        P("Halcyon Cells chief executive Rowan Albers said there had been no fires or injuries, but the company had received 23 reports of units shutting down with scorch marks on the casing. \"One incident is one too many,\" Mr Albers said. \"We would rather inconvenience every owner for a few weeks than take any risk with a product that sits on the wall of someone's home.\""),
        AD(1),
        H("What owners should do"),
        UL("Switch the battery off at the isolator switch beside the unit, following the steps in the notice.",
           "Leave the solar panels and inverter running, as they are not affected.",
           "Register the unit's serial number on the company's recall page or by phone, so a technician can be booked.",
           "Do not try to open the casing or remove the battery yourself."),
        P("Technicians will replace the power management board free of charge, a job the company says takes about an hour. Mr Albers said the company expected to complete all replacements within 10 weeks, and would compensate owners for the higher electricity bills they faced while their batteries were switched off, at a flat rate of $120."),
        P("Halcyon Cells, founded in 2012 by a group of engineers from the city's university sector, has been one of the most visible local players in a home battery market long dominated by imported brands. It employs about 180 people at its factory in Eagle Farm."),
        P("Energy consultant Fiona Rasmussen, of Gridline Advisory, said the recall would be a setback for the company but that its handling of it could limit the damage. \"Recalls happen in every industry,\" she said. \"What customers remember is whether the company was upfront with them.\""),
        P("The Battery Safety Council, an industry body, said the recall showed the standards introduced in 2016 were working as intended. \"A fault was found, it was reported, and the product is coming off the wall,\" said the council's technical director, Owen Carraway. \"That is the system doing its job.\""),
        P("Owners can contact the company's recall line between 7am and 9pm seven days a week."),
    ],
    entities=[("Halcyon Cells", "ORG"), ("Brisbane", "LOC"), ("Australia", "LOC"), ("HC-10", "MISC"), ("Dispatch", "ORG"),
              ("Rowan Albers", "PER"), ("Albers", "PER"), ("Eagle Farm", "LOC"), ("Fiona Rasmussen", "PER"),
              ("Gridline Advisory", "ORG"), ("Battery Safety Council", "ORG"), ("Owen Carraway", "PER")],
    notes="The body is in __NEXT_DATA__ as one HTML string and in a <noscript> fallback; the visible container is a skeleton; 'Exclusive' is a kicker and the <title> is an SEO rewrite.",
))

# 03 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    title_mode="bare", meta_pub="modified", time_mode="span",
    id=f"{SITE}-03", cms_id="r2bd9h", template="news", body_format="nodes", noscript=False,
    url=f"{HOST}/news/south-australia/adelaide-emergency-departments-audit-20180522-r2bd9h.html",
    section=("News", "news"), sub="South Australia", temp=15,
    headline="Adelaide emergency departments missed treatment targets for a third of patients, audit finds",
    dek=smart("The state's health performance commissioner found the longest waits at two suburban hospitals, where some patients waited more than 20 hours for a bed."),
    description="An audit of Adelaide emergency departments found a third of patients waited longer than the target.",
    authors=[("Ruth Abernethy", "Health reporter")],
    bio=smart("Ruth Abernethy is the Dispatch's health reporter in Adelaide. She has covered hospitals, aged care and medical research since 2009."),
    published=d(2018, 5, 22, 5, 0, AEST), modified=d(2018, 5, 22, 14, 20, AEST), today=_dt.date(2018, 5, 23),
    image=dict(file="adelaide-ambulance-bay.jpg", alt="Ambulances parked outside a hospital emergency entrance at night.",
               caption="Ambulances wait outside an emergency department in Adelaide's northern suburbs.",
               credit="Photo: Tomas Greer"),
    tags=["Health", "Hospitals", "Adelaide", "South Australia"],
    related=[("Paramedics say ramping is the worst they have seen", d(2018, 5, 8, 17, 5, AEST), "news/south-australia/paramedics-ramping-20180508-r1q7za.html"),
             ("New emergency wing delayed until 2020", d(2018, 4, 19, 12, 40, AEST), "news/south-australia/emergency-wing-delayed-20180419-r0x3mf.html"),
             ("Flu season arrives early, doctors warn", d(2018, 5, 15, 7, 0, AEST), "news/national/flu-season-early-20180515-r1x0ab.html"),
             ("Country patients travel further for surgery", d(2018, 3, 30, 6, 0, AEDT), "news/regional/country-surgery-travel-20180330-qz9w2l.html")],
    body=[
        P("One in three patients who arrived at Adelaide's public emergency departments last year was not treated within the recommended time, and the longest waits were concentrated at two suburban hospitals, according to an audit released on Tuesday."),
        P("The report by the Office of the Health Performance Commissioner examined more than 410,000 emergency presentations at the city's six public hospitals in 2017. It found that 66 per cent of patients were seen within the time recommended for their triage category, down from 74 per cent in 2014."),
        P("The commissioner, Dr Anneliese Marr, said the figures reflected a system under sustained pressure rather than the failings of individual staff. \"Clinicians in these departments are working extraordinarily hard,\" she said. \"The problem is what happens behind them: when wards are full, patients who need a bed stay in the emergency department, and everyone who arrives after them waits longer.\""),
        AD(1),
        P("The audit singled out Northern Plains Hospital and Western Bay Hospital, where fewer than six in 10 patients were seen on time. At Northern Plains, 212 patients waited more than 20 hours in the emergency department before being admitted to a ward."),
        TABLE([["Hospital", "Presentations", "Seen on time", "Median wait (minutes)"],
               ["Torrens General Hospital", "88,410", "71%", "19"],
               ["Northern Plains Hospital", "79,260", "57%", "34"],
               ["Western Bay Hospital", "71,930", "59%", "31"],
               ["Southern Vale Hospital", "64,800", "68%", "22"],
               ["Eastwood Memorial Hospital", "58,120", "73%", "17"],
               ["Parkside Children's Hospital", "48,350", "78%", "14"]],
              caption="Source: Office of the Health Performance Commissioner, emergency department audit 2017"),
        P("Dr Marr made 14 recommendations, including round-the-clock discharge teams so that ward beds are freed earlier in the day, and a dedicated unit at Northern Plains for patients with mental health conditions, who waited longest of any group."),
        P("The president of the state branch of the Emergency Nurses Guild, Carla Ditmar, said the findings matched what her members had been reporting for years. \"Our nurses are caring for patients on trolleys in corridors for a day or more,\" she said. \"That is not emergency medicine. That is a hospital with no room left.\""),
        P("Behind the averages are individual cases that the audit describes in unusual detail. One patient, a woman in her 80s with a broken hip, spent 31 hours on a trolley at Western Bay before a ward bed became available. Another, a teenager in a mental health crisis, waited 26 hours at Northern Plains with a security guard posted beside his cubicle."),
        P("The report also found that ambulance ramping, in which paramedics wait outside hospitals with patients they cannot hand over, had more than doubled since 2014. On the worst day of the year, in July, 23 ambulances were ramped at Northern Plains at the same time, leaving parts of the northern suburbs without a crew to answer emergency calls."),
        P("Paramedic Ian Kowalczyk, a union delegate who has worked in the north for 15 years, said crews spent whole shifts in hospital car parks. \"You sign on at 7 in the morning, you pick up a patient at 7.30, and at 3 in the afternoon you're still standing next to that same stretcher,\" he said."),
        P("In a statement issued on Tuesday afternoon, the Torrens Health Network, which runs five of the six hospitals, said it accepted all 14 recommendations and had already begun recruiting 60 additional nurses for its northern and western sites. Chief executive Bernard Olszewski said a new 48-bed ward at Northern Plains would open in September."),
        P("Health Minister Rosalind Archer said the government would consider the recommendations in full, and pointed to $180 million already committed to expanding the emergency departments at Northern Plains and Southern Vale. \"We inherited a system that was short of beds, and we are building them as fast as we can,\" she said."),
        P("The opposition's health spokesman, Dominic Freyne, said the audit showed the government's plan was not working. \"Every one of those 212 patients is somebody's parent or child,\" he said. \"They were let down by a system that has known about this problem for years.\""),
        P("Dr Marr will report again on the hospitals' progress in 12 months."),
        NOTE("This story was updated at 2.20pm to include a response from the Torrens Health Network."),
    ],
    entities=[("Adelaide", "LOC"), ("Office of the Health Performance Commissioner", "ORG"), ("Anneliese Marr", "PER"),
              ("Marr", "PER"), ("Northern Plains Hospital", "LOC"), ("Western Bay Hospital", "LOC"), ("Northern Plains", "LOC"),
              ("Torrens General Hospital", "LOC"), ("Southern Vale Hospital", "LOC"), ("Eastwood Memorial Hospital", "LOC"),
              ("Parkside Children's Hospital", "LOC"), ("Emergency Nurses Guild", "ORG"), ("Carla Ditmar", "PER"),
              ("Torrens Health Network", "ORG"), ("Bernard Olszewski", "PER"), ("Western Bay", "LOC"), ("Ian Kowalczyk", "PER"),
              ("Rosalind Archer", "PER"), ("Southern Vale", "LOC"), ("Dominic Freyne", "PER")],
    notes="Hospitals are tagged LOC as facilities, the network that runs them ORG; the table's source line is an optional caption and the update notice an optional note.",
))

# 04 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-04", cms_id="s9fq4w", template="feature", body_format="blocks", noscript=False,
    url=f"{HOST}/environment/oceans/coral-spawning-townsville-strongest-in-five-years/s9fq4w",
    section=("Environment", "environment"), sub="Oceans", temp=23,
    headline="Reef researchers record the strongest coral spawning in five years off Townsville",
    dek=smart("A week of night dives on inshore reefs found spawning on a scale the team had not seen since 2014, but scientists warn one good year does not make a recovery."),
    description="Researchers recorded the strongest coral spawning in five years on reefs off Townsville.",
    authors=[("Marcus Teo", "Science reporter")], audio=True,
    published=d(2019, 11, 3, 19, 15, AEDT), today=_dt.date(2019, 11, 4),
    image=None,
    video=dict(id="v-88213", title="Night dive: coral spawning off Townsville"),
    tags=["Great Barrier Reef", "Oceans", "Coral", "Climate change", "Queensland"], show_tags=True,
    related=[("The reef's recovery, explained in five charts", d(2019, 10, 21, 6, 0, AEDT), "environment/oceans/reef-recovery-charts/s8m1ze"),
             ("Tourism operators turn to citizen science", d(2019, 9, 30, 10, 30, AEST), "environment/oceans/tourism-citizen-science/s7xq0c"),
             ("Marine heatwave forecast for summer", d(2019, 10, 28, 16, 0, AEDT), "environment/climate/marine-heatwave-forecast/s8z5kr"),
             ("Divers pull 3 tonnes of fishing line from the reef", d(2019, 10, 9, 13, 20, AEDT), "environment/oceans/fishing-line-cleanup/s8c2ha")],
    body=[
        P("For five nights last week, a team of marine scientists slipped off the back of a research boat anchored in Halifax Bay, north of Townsville, and waited in the dark for the corals to spawn. On the third night, just after 9pm, they did, on a scale the team had not seen in five years."),
        P("\"It was like swimming through an upside-down snowstorm,\" said Dr Leilani Fraser, who leads the coral ecology program at the Halifax Bay Marine Station. \"Bundles of eggs and sperm were rising off colony after colony. Some of the younger divers had never seen anything like it.\""),
        H("A night shift underwater"),
        P("Mass coral spawning happens once or twice a year on the Great Barrier Reef, usually a few nights after the full moon in late spring, when water temperatures and day length line up. Corals release their eggs and sperm into the water at the same moment, and fertilisation happens in slicks that drift on the surface."),
        P("The station's team surveyed 36 monitoring sites across four inshore reefs, recording the proportion of colonies that spawned. On average, 71 per cent of tagged colonies released bundles, compared with 38 per cent in 2017 and 45 per cent last year."),
        P("The surveys are slow, cold work. Divers tag individual colonies during the day with numbered cable ties, then return after dark with red torches, which disturb the corals less than white light, and record whether each colony has set its bundles, released them or stayed closed. On the peak night the team logged 1,140 colonies in four hours."),
        P("Dr Fraser said the result suggested that colonies which survived the bleaching events of 2016 and 2017 had rebuilt their energy reserves. \"A stressed coral stops investing in reproduction,\" she said. \"When it spawns like this, it is telling you it has something to spare.\""),
        AD(1),
        H("Recovery, but fragile"),
        P("Other scientists welcomed the findings but cautioned against reading too much into a single season. Professor Hamish Odell, a reef ecologist at Coral Coast University who was not involved in the survey, said strong spawning was a necessary first step rather than a sign of recovery in itself."),
        P("\"Spawning tells you the adults are healthy enough to reproduce,\" he said. \"What matters is how many of those larvae settle and survive to become new colonies, and that depends on the water over the next few summers.\""),
        P("The Bureau of Marine Forecasting has warned that sea surface temperatures off north Queensland could run above average this summer, raising the risk of another bleaching event."),
        P("Last summer, water temperatures on inshore reefs near Townsville stayed below the bleaching threshold for all but nine days, which scientists believe gave the corals a rare run of recovery time. A hotter summer would test how durable that recovery is."),
        P("Professor Odell said the next two years would show whether this spawning turned into new coral cover. \"If we get two mild summers in a row, I'd expect to see juvenile colonies appearing on the monitoring sites by 2021,\" he said. \"If we get another marine heatwave, a lot of this effort will be reset.\""),
        H("What comes next"),
        P("The station's team collected spawn from three species during the week and is rearing millions of larvae in tanks on shore. Some will be released onto damaged sections of reef later this month, in a trial run with the Magnetic Shores Sea Country Rangers, an Indigenous ranger group whose members' traditional sea country includes the bay."),
        P("Ranger coordinator Joel Morrissey said the group had been watching the reef for generations. \"Our old people knew the coral spawned after the full moon long before anyone wrote it down,\" he said. \"We want to be part of looking after it for the next lot.\""),
        P("The larval releases are part of a three-year trial funded by the Reef Futures Trust, a philanthropic fund that is also paying for the rangers to be trained in underwater survey methods. The trust's science director, Dr Priya Ramanathan, said the aim was not to replant the reef by hand, which would be impossible at its scale, but to learn whether targeted releases could speed up recovery on reefs that matter to nearby communities."),
        P("The team will return to the water after the December full moon, when a second, smaller spawning is expected."),
    ],
    entities=[("Halifax Bay", "LOC"), ("Townsville", "LOC"), ("Leilani Fraser", "PER"), ("Fraser", "PER"),
              ("Halifax Bay Marine Station", "ORG"), ("Great Barrier Reef", "LOC"), ("Hamish Odell", "PER"),
              ("Coral Coast University", "ORG"), ("Bureau of Marine Forecasting", "ORG"), ("Queensland", "LOC"),
              ("Magnetic Shores Sea Country Rangers", "ORG"), ("Joel Morrissey", "PER"), ("Odell", "PER"),
              ("Reef Futures Trust", "ORG"), ("Priya Ramanathan", "PER")],
    notes="The body exists only in __NEXT_DATA__; the lead element is a video player iframe, not a captioned photo.",
))

# 05 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    time_mode="span",
    id=f"{SITE}-05", cms_id="t3ve8n", template="sport", body_format="html", noscript=True,
    url=f"{HOST}/sport/community-sport/lakeside-corellas-womens-change-rooms/t3ve8n",
    section=("Sport", "sport"), sub="Community sport", temp=9,
    kicker="Grassroots",
    headline="Lakeside Corellas finally get the change rooms their women's team has been waiting for",
    seo_title="Ballarat club wins $1.2m for women's change rooms after four-year wait",
    dek=None,
    description="A Ballarat football netball club has won funding for new change rooms for its women's team.",
    authors=[("Jack Fitzalan", "Sport reporter")],
    published=d(2020, 7, 19, 14, 5, AEST), today=_dt.date(2020, 7, 20),
    image=dict(file="lakeside-corellas-womens-team.jpg", alt="Women footballers in green and white guernseys huddle on a muddy oval.",
               caption="Lakeside Corellas players at training before community football was suspended this month.",
               credit="Photo: Simone Ward"),
    tags=["Community sport", "Football", "Women's sport", "Ballarat"],
    related=[("Country leagues weigh a shortened season", d(2020, 7, 12, 10, 0, AEST), "sport/community-sport/country-leagues-shortened-season/t2wq4m"),
             ("Netball courts to get lights in 40 towns", d(2020, 6, 28, 8, 45, AEST), "sport/netball/courts-lights-40-towns/t1z8vb"),
             ("The umpire who has run the boundary for 50 years", d(2020, 6, 14, 7, 30, AEST), "sport/community-sport/boundary-umpire-50-years/t1c3nf"),
             ("Junior registrations hold up despite the virus", d(2020, 7, 2, 12, 15, AEST), "sport/community-sport/junior-registrations/t2a7yd")],
    body=[
        P("For four seasons, the women of the Lakeside Corellas have changed for matches in a storage shed behind the clubrooms, between the line-marking machine and a stack of spare goalposts. By next winter, they will have rooms of their own."),
        P("The club, which plays on the western shore of Lake Wendouree in Ballarat, has been awarded $1.2 million from a regional sport infrastructure fund to build two new change rooms, umpires' facilities and accessible toilets. Work is due to start in October."),
        P("\"We've had girls getting strapped in the car park in the sleet,\" said Kerry-Anne Blaikie, who has coached the women's side since it was formed in 2016. \"They've never complained, not once. But they deserve what the men have had for 60 years.\""),
        P("The club first applied for funding in 2017, when it was one of 40 clubs to miss out in a round that attracted more than 300 applications. It applied again in 2018 and 2019, each time with letters of support from the council and the regional league, and each time without success."),
        P("Blaikie said the rejections had been hard to explain to players. \"You tell a 15-year-old girl she's welcome at the club, and then you show her where she gets changed,\" she said. \"Actions speak louder.\""),
        AD(1),
        P("The women's team has grown from 19 players in its first season to 47 across two sides, and the club's junior girls' program now fields five teams. Club president Warwick Soutar said the old pavilion, built in 1962, was designed at a time when nobody imagined women would play."),
        P("The club's junior program has followed the same path. When the women's team started, there was one under-14 girls' side; this year there are five teams of girls from under-10s to under-18s, and the club has had to borrow a second ground on Saturday mornings to fit them all in."),
        P("\"There's one set of showers, and they're in the men's rooms,\" he said. \"So either the women wait until the men have finished, or they go home muddy. That's not a choice we should be asking anyone to make.\""),
        P("Under the plans, the new rooms will be built onto the southern end of the pavilion, facing the netball courts, with separate facilities that can also be used by netball teams, umpires and visiting clubs. The design includes a first-aid room, which the club has never had. Injured players are currently treated on a bench in the canteen."),
        P("The City of Ballarat has contributed a further $250,000 to the project, and the club has raised $40,000 of its own through raffles, barbecues and a trivia night that Soutar describes as \"the most competitive night in the history of the club\"."),
        P("The funding announcement comes in a bleak month for community football in Victoria, where matches have been suspended while coronavirus restrictions are in place. Soutar said the news had lifted spirits at a club that had not played a game since March."),
        P("\"A lot of people have been doing it tough,\" he said. \"This gives everyone something to look forward to when we come back.\""),
        P("Midfielder Tayla Nguyen, 22, who joined the club in its first women's season, said she was most looking forward to something simple. \"A hot shower after a wet game,\" she said. \"And a room with our names above the hooks.\""),
        P("The regional league's general manager, Duncan Felgate, said about a third of its 22 clubs still lacked change facilities suitable for women, and the Corellas' grant showed what persistence could achieve. \"Women's football has grown faster than anyone planned for,\" he said. \"The buildings are catching up.\""),
        P("Construction is expected to take eight months. If restrictions allow, the club hopes its women's team will play its first home game of 2021 in front of the new rooms."),
    ],
    entities=[("Lakeside Corellas", "ORG"), ("Lake Wendouree", "LOC"), ("Ballarat", "LOC"), ("Kerry-Anne Blaikie", "PER"),
              ("Warwick Soutar", "PER"), ("Soutar", "PER"), ("Victoria", "LOC"), ("Tayla Nguyen", "PER"),
              ("Blaikie", "PER"), ("City of Ballarat", "ORG"), ("Duncan Felgate", "PER"), ("Corellas", "ORG")],
    notes="The sport template has no standfirst; the body is in __NEXT_DATA__ and in a <noscript> fallback; the <title> is an SEO rewrite and 'Grassroots' a kicker.",
))

# 06 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    ld_author=["Eleanor Quist", "Tamsin Ferrier"],
    id=f"{SITE}-06", cms_id="u8cz1p", template="news", body_format="nodes", noscript=False,
    url=f"{HOST}/news/tasmania/hobart-rental-vacancy-rate-falls-20210928-u8cz1p.html",
    section=("News", "news"), sub="Tasmania", temp=13,
    headline="Hobart's rental vacancy rate falls to 0.4 per cent as waiting lists grow",
    dek=smart("Tenant advocates say people in full-time work are now sleeping in cars, and they want the state to act before summer brings another wave of short-stay conversions."),
    description="Hobart's rental vacancy rate has fallen to 0.4 per cent.",
    authors=[("Eleanor Quist", "Tasmania correspondent"), ("Tamsin Ferrier", "Housing reporter"), ("Rahul Bhattacharjee", "Data journalist")],
    published=d(2021, 9, 28, 11, 0, AEST), today=_dt.date(2021, 9, 29),
    image=dict(file="hobart-rental-inspection-queue.jpg", alt="A queue of people outside a weatherboard house in Hobart.",
               caption=smart("Prospective tenants queue for an inspection in North Hobart on Saturday. More than 60 people attended."),
               credit="Photo: Lachlan Fenn"),
    tags=["Housing", "Renting", "Hobart", "Tasmania"], show_tags=True,
    related=[("First-home buyers priced out of every Hobart suburb", d(2021, 9, 14, 6, 0, AEST), "news/tasmania/first-home-buyers-hobart-20210914-u7kq3a.html"),
             ("Short-stay rules under review", d(2021, 8, 30, 15, 30, AEST), "news/tasmania/short-stay-rules-review-20210830-u6x1cv.html"),
             ("Where renters are moving, in one map", d(2021, 9, 21, 5, 0, AEST), "property/where-renters-are-moving-20210921-u7v0dd.html"),
             ("Shelters turn people away as the cold sets in", d(2021, 7, 6, 19, 10, AEST), "news/tasmania/shelters-turn-people-away-20210706-u3q2hb.html")],
    body=[
        P("Hobart's rental vacancy rate has fallen to 0.4 per cent, the lowest of any Australian capital, leaving tenant advocates warning that people in full-time work are being pushed into cars, tents and overcrowded share houses."),
        P("Figures compiled by the Dispatch from listings data and the Tasmanian Property Council show that fewer than 180 homes were advertised for rent across greater Hobart in the first three weeks of September, against a long-term average of about 900. Median advertised rents have risen 18 per cent in two years, to $520 a week for a three-bedroom house."),
        P("\"We are now hearing from nurses, teachers and tradies who cannot find anywhere to live,\" said Jodie Marchetti, chief executive of the Tasmanian Tenants Network. \"Two years ago our clients were mostly people on income support. Now a full-time wage is no guarantee of a roof.\""),
        AD(1),
        P("Ms Marchetti said the network's emergency line took 1,140 calls in August, almost double the number a year earlier. Many callers had been given notice because their landlord was selling or moving the home onto the short-stay market, she said."),
        P("The network has written to the state's housing minister with five demands it wants met before summer:"),
        UL("A cap on rent increases of once every 12 months, tied to inflation.",
           "An end to no-grounds evictions at the end of fixed-term leases.",
           "A register of homes used for short-stay accommodation in greater Hobart.",
           "Land tax concessions for owners who return short-stay properties to long-term rental.",
           "Funding for 500 new social housing homes a year for the next five years."),
        P("The Tasmanian Property Council said rent caps would drive investors out of the market and make the shortage worse. Its executive director, Graham Pettifer, said the only lasting answer was to build more homes. \"Every policy that makes it harder to be a landlord means fewer rentals, not more,\" he said."),
        P("Housing economist Dr Mei-Lin Hartigan of the Derwent Institute said both arguments had merit, but that the shortage had been years in the making. \"Hobart's population grew faster than its housing stock for most of the last decade,\" she said. \"You can't fix that in one summer, but you can stop making it worse.\""),
        P("At a Saturday inspection of a two-bedroom weatherboard house in North Hobart, more than 60 people waited on the footpath in the rain. Among them was Kieran Doherty, a chef, who has been living in his van since his lease ended in July. \"This is my 31st inspection,\" he said. \"I've stopped counting the applications.\""),
    ],
    entities=[("Hobart", "LOC"), ("Australian", "MISC"), ("Dispatch", "ORG"), ("Tasmanian Property Council", "ORG"),
              ("Jodie Marchetti", "PER"), ("Marchetti", "PER"), ("Tasmanian Tenants Network", "ORG"), ("Graham Pettifer", "PER"),
              ("Mei-Lin Hartigan", "PER"), ("Derwent Institute", "ORG"), ("North Hobart", "LOC"), ("Kieran Doherty", "PER")],
    notes="Three bylined authors; the body exists only in __NEXT_DATA__ as HTML-string nodes; the list is counted as list items.",
))

# 07 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    meta_pub="modified",
    id=f"{SITE}-07", cms_id="w5nj6e", template="news", body_format="blocks", noscript=True,
    url=f"{HOST}/news/nsw/harbourlink-ferries-withdrawn-hull-cracks/w5nj6e",
    section=("News", "news"), sub="NSW", temp=27,
    headline="Harbourlink pulls six ferries from service after cracks are found in their hulls",
    dek=smart("Commuters on the Parramatta River and eastern routes face reduced timetables for at least a month while the operator inspects its entire River Class fleet."),
    description="Six River Class ferries have been withdrawn after cracks were found in their hulls.",
    authors=[("Georgia Palmerston", "Transport reporter")],
    published=d(2023, 2, 10, 16, 45, AEDT), modified=d(2023, 2, 11, 8, 10, AEDT), today=_dt.date(2023, 2, 11),
    image=dict(file="river-class-ferry-wharf.jpg", alt="A ferry tied up at a wharf with an orange inspection tag on its bow.",
               caption="A River Class ferry tied up at the Balmain maintenance wharf on Friday afternoon.",
               credit="Photo: Dominic Sayer"),
    tags=["Transport", "Ferries", "Sydney", "Commuting"],
    related=[("Ferry patronage back above pre-pandemic levels", d(2023, 1, 24, 6, 0, AEDT), "news/nsw/ferry-patronage-recovers/w4q8zc"),
             ("The long, strange life of the River Class", d(2022, 11, 5, 9, 0, AEDT), "news/nsw/river-class-ferries-history/w1x2nr"),
             ("Rail works to close the inner west line for two weekends", d(2023, 2, 6, 13, 30, AEDT), "news/nsw/inner-west-rail-closures/w5b0qk"),
             ("Light rail extension gets the green light", d(2023, 1, 31, 11, 5, AEDT), "news/nsw/light-rail-extension/w4z9mv")],
    body=[
        P("Sydney ferry operator Harbourlink has withdrawn six of its River Class ferries from service after routine maintenance found cracks in the aluminium hulls of two vessels, forcing reduced timetables on the Parramatta River and several eastern routes from Saturday."),
        P("The company said the cracks, found during scheduled checks at its Balmain maintenance wharf this week, were near the joins between the hull and the engine mounts and posed no immediate danger to passengers. It withdrew four more vessels of the same design as a precaution."),
        P("\"We are not going to run a ferry while there is any question about its hull,\" Harbourlink's chief operating officer, Simone Achterberg, told reporters at Circular Quay on Friday. \"Every vessel in the class will be inspected by an independent marine surveyor before it carries passengers again.\""),
        PULL("We are not going to run a ferry while there is any question about its hull"),
        AD(1),
        P("The River Class, a fleet of nine shallow-draught ferries built for the upper river, entered service between 2017 and 2019. The vessels have had a troubled history, including steering faults and a 2021 redesign of their passenger cabins after complaints that the upper decks were too exposed in bad weather."),
        P("The fleet cost $74 million to build and was meant to serve the river for at least 25 years. Its builder, Coastal Marine Fabrication, which went into administration in 2020, was criticised in a 2021 parliamentary inquiry over delays and defects in the vessels' steering systems."),
        P("Ms Achterberg said the three River Class ferries still in service had passed inspection on Friday. Larger vessels would be moved onto the Parramatta River route, but they could not travel beyond Rydalmere at low tide, so passengers for the final stops would be carried by replacement buses."),
        P("On the Parramatta River, where about 11,000 passenger trips are made on a typical weekday, services will run every 30 minutes instead of every 15 in the peaks. Eastern routes to Rose Bay and Watsons Bay will lose about a third of their weekday services."),
        P("Commuter groups said they were frustrated but not surprised. \"Every couple of years this fleet lets people down,\" said Anthony Beaumont, convenor of the Parramatta River Commuters Association. \"People have planned their lives around this service. They deserve ferries that work.\""),
        P("Naval architect Dr Yasmin Haddad, who has studied fatigue cracking in aluminium vessels, said hairline cracks near engine mounts were not unusual in fast ferries, which are subject to constant vibration. \"The important thing is that they were found on the slip and not at sea,\" she said. \"That is what inspections are for.\""),
        P("Dr Haddad said the key question for the surveyors would be whether the cracks reflected a flaw in the design, which would affect every vessel in the class, or in the way individual vessels had been built or maintained. \"If it's a design issue, you're looking at structural modifications across the fleet, and that takes months,\" she said."),
        P("Transport Minister Callum Ridgeway said the government had asked Harbourlink for a full report within a fortnight. \"Commuters need to know what happened and when they will get their service back,\" he said. He said he had also asked the maritime safety regulator to review the inspection records for the class."),
        P("At Parramatta wharf on Friday evening, some commuters were already adjusting. Nurse Helena Prakash, who travels to a hospital near the river, said she would drive for the next month. \"The ferry is the best part of my day,\" she said. \"It's a shame it's always the first thing to go.\""),
        P("Harbourlink said reduced timetables would remain in place for at least four weeks. Updated timetables are available on its website and at wharves."),
        NOTE("This article was updated on Saturday morning with details of replacement bus services."),
    ],
    entities=[("Harbourlink", "ORG"), ("Parramatta River", "LOC"), ("River Class", "MISC"), ("Sydney", "LOC"),
              ("Balmain", "LOC"), ("Simone Achterberg", "PER"), ("Achterberg", "PER"), ("Circular Quay", "LOC"),
              ("Rydalmere", "LOC"), ("Anthony Beaumont", "PER"), ("Parramatta River Commuters Association", "ORG"),
              ("Yasmin Haddad", "PER"), ("Coastal Marine Fabrication", "ORG"), ("Rose Bay", "LOC"), ("Watsons Bay", "LOC"),
              ("Haddad", "PER"), ("Callum Ridgeway", "PER"), ("Parramatta", "LOC"), ("Helena Prakash", "PER")],
    notes="The River Class (a ferry class) is tagged MISC as a product/vehicle name; the pull quote and the update notice are optional.",
))

# 08 ------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    time_mode="span", ld_author="none",
    id=f"{SITE}-08", cms_id="x1hw7r", template="analysis", body_format="html", noscript=False,
    url=f"{HOST}/education/schools/school-phone-ban-two-years-on/x1hw7r",
    section=("Education", "education"), sub="Schools", temp=12,
    kicker="Analysis",
    headline="Two years after the phone ban, teachers say the playground has changed. The data is less certain",
    seo_title="Has Victoria's school phone ban worked? What the evidence says",
    social="Schools banned phones. Did it work?",
    dek=smart("A new review finds fewer reports of bullying and more noise at lunchtime, but little measurable change in results."),
    description="A review of Victoria's school phone ban finds mixed evidence.",
    authors=[("Nadia Kourakis", "Education editor")],
    bio=smart("Nadia Kourakis is the Dispatch's education editor, based in Melbourne. A former secondary teacher, she has written about schools and universities for 12 years."),
    published=d(2025, 6, 3, 7, 0, AEST), today=_dt.date(2025, 6, 3),
    image=dict(file="school-lockers-phones.jpg", alt="Rows of grey lockers in a school corridor.",
               caption="Phones stay in lockers from the first bell to the last at many Victorian secondary schools.",
               credit="Photo: Ines Malouf"),
    tags=["Education", "Schools", "Technology", "Victoria"], show_tags=True,
    related=[("Teacher shortage eases in the suburbs but not the bush", d(2025, 5, 27, 6, 0, AEST), "education/schools/teacher-shortage-eases/x0zq3c"),
             ("What schools are doing about AI homework", d(2025, 5, 14, 12, 0, AEST), "education/schools/ai-homework/x0n2me"),
             ("NAPLAN-style tests to move online for all year levels", d(2025, 4, 30, 9, 20, AEST), "education/schools/tests-move-online/w9y8kl"),
             ("Year 12 students face the busiest exam timetable in a decade", d(2025, 5, 20, 17, 45, AEST), "education/schools/exam-timetable/x0t4rb")],
    body=[
        P("When Victorian state schools began locking students' phones away for the whole school day, the promise was simple: more attention in class, less bullying online, and children who talked to each other at lunchtime. Two years on, a review of 120 schools suggests the policy has delivered some of that, though not always in ways that can be measured."),
        P("The review, conducted by the Centre for Learning and Wellbeing at Eastgate University, surveyed 3,400 teachers and 11,000 students and compared school records from the two years before the policy with the two years after. Its authors describe the evidence as \"encouraging but uneven\"."),
        P("The clearest change was in behaviour. Reports of bullying involving phones or social media during school hours fell by 41 per cent, and teachers were far more likely to say that students were focused in class. Three in four teachers said playgrounds were noisier and more active at lunch, which most counted as a good thing."),
        P("Teachers in schools that had strictly enforced the ban from the start reported bigger changes than those where enforcement had been patchy. In about one school in five, the review found, students routinely carried a second phone, and staff had largely given up trying to confiscate them."),
        P("\"The first thing you notice is the sound,\" said Bernadette Lowry, an assistant principal at a large school in Melbourne's north. \"Kids are kicking balls and arguing about music instead of sitting in silent rows looking down.\""),
        P("But the academic picture is murkier. The review found no significant change in test results in reading or numeracy, and only a small improvement in attendance, which the authors say could be explained by the end of pandemic disruptions. Associate Professor Tobias Vennard, the review's lead author, said that was not a reason to abandon the policy, but it was a reason to be modest about it."),
        P("\"Phones are one influence among dozens,\" he said. \"It would have been surprising if taking them away for six hours had transformed results on its own. What we can say is that classrooms feel calmer to the people working in them, and that matters.\""),
        H("What students say"),
        P("Students were more divided. About half of those surveyed said they liked being free of their phones during the day, while a quarter said the rule made it harder to keep in touch with parents or manage part-time work shifts. Several schools had relaxed the policy for students with medical needs or caring duties, the review found."),
        P("Year 11 student Amira Soltani, who sits on her school's student council, said the rule had changed lunchtimes for the better but created new problems. \"Some of us have jobs after school and our managers message us about shifts during the day,\" she said. \"If you miss the message, you miss the shift.\""),
        P("The Department of Education said it would consider the review's recommendations. A spokesman said the ban would remain in place and that principals already had discretion to grant exemptions."),
        P("Parent groups have called for the findings to be used to refine the rules rather than defend them. The review recommends clearer exemptions and a second study, in five years, of longer-term effects on wellbeing."),
        P("Other states are watching closely. New South Wales and South Australia introduced their own bans after Victoria, and a national study of the policies is due to report next year. Professor Vennard said the most useful thing governments could do was collect better data. \"We had to reconstruct a lot of this from incident logs and surveys,\" he said. \"If you are going to change how millions of children spend their day, you should plan to measure it properly from the start.\""),
    ],
    entities=[("Victorian", "MISC"), ("Centre for Learning and Wellbeing", "ORG"), ("Eastgate University", "ORG"),
              ("Bernadette Lowry", "PER"), ("Melbourne", "LOC"), ("Tobias Vennard", "PER"), ("Amira Soltani", "PER"),
              ("Department of Education", "ORG"), ("New South Wales", "LOC"), ("South Australia", "LOC"), ("Victoria", "LOC"),
              ("Vennard", "PER")],
    notes="'Analysis' is a kicker; the <title> and the social title are rewrites; the body is only in __NEXT_DATA__ as one HTML string.",
))


# ---------------------------------------------------------------- build

def phenomena_of(a, variant=False):
    tags = {"nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots",
            "most-read", "decoy-date", "local-time-zone", "localized-date", "spa-hydration-data"}
    if not variant and a.get("ld", True):
        tags.add("json-ld")
    if a.get("dek"):
        tags.add("standfirst")
    if a.get("kicker"):
        tags.add("kicker")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    if a.get("modified"):
        tags.add("updated-date")
    if a.get("seo_title") and a["seo_title"] != a["headline"] and a.get("title_mode") != "bare":
        tags.add("title-differs-from-headline")
    if a["noscript"]:
        tags.add("noscript-content")
    if a.get("show_tags"):
        tags.add("tag-list")
    if a.get("bio"):
        tags.add("author-bio")
    if a.get("video"):
        tags.add("iframe-embeds")
    kinds = {it["t"] for it in a["body"]}
    if (a.get("image") and not a.get("video")) or "img" in kinds:
        tags.add("photo-caption")
    if "h" in kinds:
        tags.add("subheadings")
    if "ul" in kinds:
        tags.add("list-in-body")
    if "table" in kinds:
        tags.add("table-in-body")
    if "pull" in kinds:
        tags.add("pull-quote")
    if "note" in kinds:
        tags.add("correction-note")
    p = a["published"]
    if f"{p.year}{p.month:02d}{p.day:02d}" in a["url"] or f"/{p.year}/{p.month:02d}/{p.day:02d}/" in a["url"]:
        tags.add("date-in-url")
    # character references in rendered article text (headline, standfirst, caption, noscript body)
    rendered = [a["headline"], a.get("dek") or ""]
    if a.get("image") and not a.get("video"):
        rendered.append(a["image"]["caption"])
    if a["noscript"]:
        rendered += [b.text for b in gold_blocks(a["body"])]
    if any(rx(t) != t for t in rendered):
        tags.add("html-entities")
    return sorted(tags)


def build(a, variant_id=None):
    blocks = gold_blocks(a["body"])
    a["_words"] = sum(len(b.text.split()) for b in blocks if not b.optional)
    lead = []
    if a.get("dek"):
        lead.append(Block("paragraph", a["dek"], optional=True))
    if a.get("image") and not a.get("video"):
        lead.append(Block("caption", a["image"]["caption"], optional=True))
    blocks = lead + blocks
    variant = variant_id is not None
    html_text = page(a, with_ld=not variant)
    notes = a.get("notes", "")
    extra = []
    if a.get("meta_pub") == "modified" and a["modified"].date() != a["published"].date():
        extra.append(f"article:published_time holds the update time ({a['modified'].isoformat()}); the visible first-publication time is gold.")
    if a.get("ld_author") == "org":
        extra.append("JSON-LD author is the publication (NewsMediaOrganization); the byline names the reporter.")
    elif isinstance(a.get("ld_author"), list):
        extra.append(f"JSON-LD author gives {', '.join(a['ld_author'])}; the byline's names are gold.")
    elif a.get("ld_author") == "none":
        extra.append("No author metadata (JSON-LD without author, no article:author); the byline names the reporter.")
    if a.get("ld") is False:
        extra.append("No JSON-LD on this story (migrated from the previous CMS).")
    notes = " ".join(filter(None, [notes] + extra))
    url = a["url"]
    if variant:
        url = url + "?variant=b"
        notes = (f"Minimal pair of {a['id']}: differs only in json-ld (both JSON-LD scripts, NewsArticle and BreadcrumbList, "
                 f"are removed; meta tags, hydration data and markup are unchanged; with the JSON-LD author gone, the article:author "
                 f"profile URLs are the page's only author metadata, so author-metadata-mismatch follows).")
    art = Article(
        id=variant_id or a["id"], site=SITE, url=url, language="en", headline=a["headline"],
        published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
        authors=[n for n, _ in a["authors"]], summary=a.get("dek") or "", blocks=blocks, entities=a["entities"],
        phenomena=phenomena_of(a, variant), notes=notes, variant_of=a["id"] if variant else None)
    return art, html_text


if __name__ == "__main__":
    for a in ARTICLES:
        a.setdefault("modified", None)
        for k in ("headline", "seo_title", "social"):
            if a.get(k):
                a[k] = smart(a[k])
        if a.get("image"):
            a["image"]["caption"] = smart(a["image"]["caption"])
        a["entities"] = [(smart(s), t) for s, t in a["entities"]]
        art, html_text = build(a)
        emit(art, html_text, "utf-8")
        print(f"{art.id}\t{len(html_text.encode('utf-8')) / 1024:.1f} KB")
    base = next(x for x in ARTICLES if x["id"] == f"{SITE}-04")
    art, html_text = build(base, variant_id=f"{SITE}-09")
    emit(art, html_text, "utf-8")
    print(f"{art.id}\t{len(html_text.encode('utf-8')) / 1024:.1f} KB")
