import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, Article, Block, emit

"""Longitude (longitude-magazine): an invented New York long-form magazine of reportage, essays
and photography. Its publishing platform renders long story pages server-side with schema.org
microdata on the article element plus a JSON-LD block, a full-bleed hero, a rubric above the
headline, drop caps with small-caps lead-ins, display pull quotes, photo galleries, section
ornaments and, for serialised investigations, server-side pagination ("Page 1 of 3"). Dates are
shown as "February 14, 2019" with the time in US Eastern in the metadata."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "longitude-magazine"
HOST = "https://www.longitudemag.example"
CDN = "https://media.longitudemag.example"
NAME = "Longitude"
EST = _dt.timezone(_dt.timedelta(hours=-5))
EDT = _dt.timezone(_dt.timedelta(hours=-4))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


def smart(s):
    """Typographic quotes for text written with straight ones."""
    s = _re.sub(r'(^|[\s(\[—])"', "\\1“", s)
    s = s.replace('"', "”")
    s = _re.sub(r"(^|[\s(\[—“])'", "\\1‘", s)
    return s.replace("'", "’")


def plain(fragment):
    return " ".join(_html.unescape(_re.sub(r"<[^>]+>", "", fragment)).split())


def slugify(s):
    s = s.lower().replace("’", "").replace("'", "")
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def mdy(dt):
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def words(blocks):
    return sum(len(_tokens(b.text)) for b in blocks if not b.optional)


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

SECTIONS = [
    ("Features", "features"), ("Dispatches", "dispatches"), ("Investigations", "investigations"),
    ("Science", "science"), ("Culture", "culture"), ("Photography", "photography"), ("Travel", "travel"),
    ("Books", "books"), ("Essays", "essays"), ("Podcasts", "podcasts"), ("The Archive", "archive"),
]

DRAWER = [
    ("Reporting", ["Features", "Dispatches", "Investigations", "Profiles", "Letters from Abroad", "Field Notes"]),
    ("Ideas", ["Essays", "Science", "Climate", "Technology", "History", "Language"]),
    ("Arts", ["Culture", "Books", "Photography", "Film", "Music", "Poetry", "Fiction"]),
    ("Longitude", ["Current Issue", "Past Issues", "The Archive", "Podcasts", "Events", "Fellowships", "Shop"]),
]

POPULAR = [
    ("The Cartographer Who Mapped a Vanishing Coast", "features/the-cartographer-who-mapped-a-vanishing-coast"),
    ("What the Beekeepers Know", "science/what-the-beekeepers-know"),
    ("A Year at the Edge of the Ice Shelf", "dispatches/a-year-at-the-edge-of-the-ice-shelf"),
    ("The Translator’s Dilemma", "essays/the-translators-dilemma"),
    ("Notes From an Empty Hotel", "essays/notes-from-an-empty-hotel"),
    ("How a Small Town Saved Its Cinema", "culture/how-a-small-town-saved-its-cinema"),
]

CSS = """
@font-face{font-family:"Longitude Serif";src:url(https://static.longitudemag.example/fonts/lg-serif-regular.woff2) format("woff2");font-weight:400;font-display:swap}
@font-face{font-family:"Longitude Serif";src:url(https://static.longitudemag.example/fonts/lg-serif-italic.woff2) format("woff2");font-style:italic;font-display:swap}
@font-face{font-family:"Longitude Display";src:url(https://static.longitudemag.example/fonts/lg-display-bold.woff2) format("woff2");font-weight:700;font-display:swap}
@font-face{font-family:"Longitude Sans";src:url(https://static.longitudemag.example/fonts/lg-sans.woff2) format("woff2");font-weight:400 700;font-display:swap}
:root{--lg-black:#111;--lg-ink:#1f1f1f;--lg-grey:#6d6d6d;--lg-line:#e3e1dc;--lg-bg:#fff;--lg-cream:#f6f3ec;--lg-red:#c4342d;--lg-serif:"Longitude Serif",Georgia,serif;--lg-display:"Longitude Display",Georgia,serif;--lg-sans:"Longitude Sans",Helvetica,Arial,sans-serif;--lg-measure:640px}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--lg-bg);color:var(--lg-ink);font:18px/1.6 var(--lg-serif);-webkit-font-smoothing:antialiased}
a{color:inherit}
img{display:block;max-width:100%;height:auto}
.lg-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-banner{background:var(--lg-black);color:#fff;font:600 13px/1.4 var(--lg-sans);text-align:center;padding:9px 16px}
.site-banner a{color:#fff;text-decoration:underline}
.site-header{border-bottom:1px solid var(--lg-line);background:#fff;position:sticky;top:0;z-index:40}
.site-header__inner{max-width:1240px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:64px;padding:0 24px}
.site-header__menu{background:none;border:0;font:600 13px var(--lg-sans);letter-spacing:.08em;text-transform:uppercase;display:flex;gap:8px;align-items:center}
.site-header__logo{font:700 34px/1 var(--lg-display);letter-spacing:.18em;text-transform:uppercase;text-decoration:none}
.site-header__actions{display:flex;gap:14px;font:600 13px var(--lg-sans)}
.site-header__actions a{text-decoration:none}
.site-header__subscribe{background:var(--lg-red);color:#fff;padding:8px 14px;border-radius:2px}
.site-nav{border-bottom:1px solid var(--lg-line)}
.site-nav ul{list-style:none;margin:0 auto;padding:0 24px;max-width:1240px;display:flex;justify-content:center;flex-wrap:wrap;gap:4px 22px;font:600 12px/44px var(--lg-sans);letter-spacing:.1em;text-transform:uppercase}
.site-nav a{text-decoration:none}.site-nav a[aria-current]{color:var(--lg-red)}
.site-drawer{position:fixed;inset:0 auto 0 0;width:360px;max-width:90vw;background:#fff;transform:translateX(-100%);transition:transform .3s;z-index:60;overflow-y:auto;padding:24px;font-family:var(--lg-sans)}
.site-drawer.is-open{transform:none;box-shadow:0 0 40px rgba(0,0,0,.25)}
.site-drawer h2{font-size:12px;letter-spacing:.12em;text-transform:uppercase;color:var(--lg-grey);margin:24px 0 8px}
.site-drawer ul{list-style:none;margin:0;padding:0}.site-drawer li a{display:block;padding:6px 0;font-size:17px;text-decoration:none}
.site-drawer__search input{width:100%;padding:10px;border:1px solid var(--lg-line);font-size:16px}
.ad-unit{display:flex;flex-direction:column;align-items:center;justify-content:center;background:var(--lg-cream);color:var(--lg-grey);font:11px var(--lg-sans);letter-spacing:.14em;text-transform:uppercase}
.ad-unit--leader{min-height:120px;margin:0 auto;max-width:1240px}
.ad-unit--inline{min-height:280px;margin:48px auto;max-width:var(--lg-measure)}
.ad-unit--rail{min-height:600px;width:300px;margin:0 auto}
.lg-hero{margin:0 0 40px}
.lg-hero__img{width:100%;max-height:78vh;object-fit:cover}
.lg-hero__caption{max-width:1240px;margin:0 auto;padding:10px 24px 0;font:13px/1.5 var(--lg-sans);color:var(--lg-grey)}
.lg-credit{text-transform:uppercase;letter-spacing:.06em;font-size:11px;margin-left:6px}
.lg-header{max-width:860px;margin:0 auto 36px;padding:0 24px;text-align:center}
.lg-rubric{display:inline-block;font:700 13px var(--lg-sans);letter-spacing:.16em;text-transform:uppercase;color:var(--lg-red);text-decoration:none;margin-bottom:14px}
.lg-part{display:block;font:600 12px var(--lg-sans);letter-spacing:.12em;text-transform:uppercase;color:var(--lg-grey);margin-bottom:10px}
.lg-headline{font:700 58px/1.04 var(--lg-display);margin:0 0 18px;letter-spacing:-.01em}
@media (max-width:720px){.lg-headline{font-size:38px}}
.lg-dek{font:italic 24px/1.4 var(--lg-serif);color:#3a3a3a;margin:0 auto 22px;max-width:720px}
.lg-byline{font:600 14px/1.6 var(--lg-sans);letter-spacing:.04em}
.lg-byline a{text-decoration:none;border-bottom:1px solid var(--lg-red)}
.lg-byline__photos{display:block;font-weight:400;color:var(--lg-grey)}
.lg-meta{font:13px/1.6 var(--lg-sans);color:var(--lg-grey);margin-top:8px}
.lg-meta span+span::before{content:"·";margin:0 8px}
.lg-issue{display:block;font-style:italic}
.lg-tools{display:flex;justify-content:center;gap:10px;margin:18px 0 0}
.lg-tools a,.lg-tools button{font:600 12px var(--lg-sans);letter-spacing:.06em;text-transform:uppercase;border:1px solid var(--lg-line);background:#fff;padding:8px 12px;border-radius:18px;text-decoration:none}
.lg-body{max-width:var(--lg-measure);margin:0 auto;padding:0 24px}
.lg-body p{margin:0 0 1.35em;font-size:20px;line-height:1.65}
.lg-body h2{font:700 15px/1.3 var(--lg-sans);letter-spacing:.16em;text-transform:uppercase;text-align:center;margin:2.6em 0 1.4em}
.lg-body h2::before{content:"";display:block;width:40px;height:2px;background:var(--lg-red);margin:0 auto 16px}
.lg-body a{text-decoration-color:var(--lg-red);text-underline-offset:3px}
.lg-body blockquote{margin:1.6em 0;padding-left:24px;border-left:2px solid var(--lg-black)}
.lg-dropcap{float:left;font:700 92px/.8 var(--lg-display);margin:10px 12px 0 0;color:var(--lg-red)}
.lg-leadin{font-variant:small-caps;letter-spacing:.05em}
.lg-break{height:1px;margin:3em auto;width:120px;text-align:center}
.lg-break::after{content:"\\2726\\00a0\\00a0\\2726\\00a0\\00a0\\2726";color:var(--lg-red);font-size:14px}
.lg-pullquote{margin:2.4em -80px;padding:0;border:0;text-align:center}
@media (max-width:900px){.lg-pullquote{margin:2em 0}}
.lg-pullquote p{font:700 34px/1.2 var(--lg-display)!important;color:var(--lg-black)}
.lg-pullquote::before{content:"";display:block;width:60px;height:3px;background:var(--lg-red);margin:0 auto 18px}
.lg-figure{margin:2.4em -120px}
@media (max-width:900px){.lg-figure{margin:2em 0}}
.lg-figure figcaption{font:13px/1.5 var(--lg-sans);color:var(--lg-grey);padding-top:8px}
.lg-gallery{margin:3em -160px;background:var(--lg-black);color:#eee;padding:24px 0 16px;position:relative}
@media (max-width:1000px){.lg-gallery{margin:2em -24px}}
.lg-gallery__head{font:700 12px var(--lg-sans);letter-spacing:.14em;text-transform:uppercase;padding:0 24px 14px;color:#bbb}
.lg-gallery__track{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;gap:16px;padding:0 24px}
.lg-gallery__slide{flex:0 0 86%;scroll-snap-align:center;margin:0}
.lg-gallery__slide img{width:100%;aspect-ratio:3/2;object-fit:cover}
.lg-gallery__slide figcaption{font:13px/1.5 var(--lg-sans);padding:10px 0 0;color:#ddd}
.lg-gallery__count{font-weight:700;margin-right:8px;color:#fff}
.lg-gallery__nav{position:absolute;top:45%;width:44px;height:44px;border-radius:50%;border:0;background:rgba(255,255,255,.9);font-size:20px}
.lg-gallery__nav--prev{left:12px}.lg-gallery__nav--next{right:12px}
.lg-audio{max-width:var(--lg-measure);margin:0 auto 34px;padding:0 24px;font:13px var(--lg-sans)}
.lg-audio iframe{width:100%;height:110px;border:0;background:var(--lg-cream)}
.lg-pager{max-width:var(--lg-measure);margin:40px auto;padding:18px 24px;border-top:2px solid var(--lg-black);border-bottom:1px solid var(--lg-line);font:600 14px var(--lg-sans);display:flex;flex-wrap:wrap;align-items:center;gap:14px}
.lg-pager ol{list-style:none;display:flex;gap:6px;margin:0;padding:0}
.lg-pager li a,.lg-pager li span{display:inline-block;min-width:32px;text-align:center;padding:4px 8px;border:1px solid var(--lg-line);text-decoration:none}
.lg-pager li span[aria-current]{background:var(--lg-black);color:#fff}
.lg-pager__next{margin-left:auto;color:var(--lg-red);text-decoration:none}
.lg-parts{max-width:var(--lg-measure);margin:0 auto 40px;padding:0 24px;font-family:var(--lg-sans)}
.lg-parts h2{font-size:12px;letter-spacing:.14em;text-transform:uppercase;color:var(--lg-grey)}
.lg-parts ol{margin:0;padding-left:20px}.lg-parts li{padding:4px 0}
.lg-endmark{display:inline-block;width:10px;height:10px;background:var(--lg-red);margin-left:6px;vertical-align:baseline}
.lg-footer-article{max-width:var(--lg-measure);margin:40px auto;padding:0 24px;font-family:var(--lg-sans)}
.lg-bio{border-top:1px solid var(--lg-line);padding-top:16px;font-size:15px;font-style:italic;font-family:var(--lg-serif)}
.lg-topics{margin:20px 0;font-size:13px}
.lg-topics a{display:inline-block;margin:0 8px 8px 0;padding:4px 10px;border:1px solid var(--lg-line);text-decoration:none;text-transform:uppercase;letter-spacing:.06em}
.lg-share{display:flex;gap:10px;margin:18px 0;font-size:13px}
.lg-share a{padding:6px 10px;border:1px solid var(--lg-line);text-decoration:none}
.lg-newsletter{background:var(--lg-cream);max-width:900px;margin:60px auto;padding:36px;text-align:center;font-family:var(--lg-sans)}
.lg-newsletter h2{font:700 30px var(--lg-display);margin:0 0 10px}
.lg-newsletter form{display:flex;gap:8px;max-width:520px;margin:16px auto 8px}
.lg-newsletter input{flex:1;padding:12px;border:1px solid #ccc;font-size:15px}
.lg-newsletter button{background:var(--lg-black);color:#fff;border:0;padding:12px 18px;font-weight:700;letter-spacing:.06em;text-transform:uppercase}
.lg-newsletter small{color:var(--lg-grey)}
.lg-more{max-width:1240px;margin:0 auto;padding:0 24px}
.lg-more h2{font:700 13px var(--lg-sans);letter-spacing:.16em;text-transform:uppercase;border-top:2px solid var(--lg-black);padding-top:12px}
.lg-more ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:28px}
@media (max-width:900px){.lg-more ul{grid-template-columns:1fr 1fr}}
.lg-card img{aspect-ratio:4/3;object-fit:cover;margin-bottom:10px;background:var(--lg-cream)}
.lg-card__rubric{font:700 11px var(--lg-sans);letter-spacing:.12em;text-transform:uppercase;color:var(--lg-red)}
.lg-card__title{display:block;font:700 21px/1.2 var(--lg-display);text-decoration:none;margin:4px 0}
.lg-card__meta{font:12px var(--lg-sans);color:var(--lg-grey)}
.lg-popular{max-width:1240px;margin:50px auto;padding:0 24px}
.lg-popular h2{font:700 13px var(--lg-sans);letter-spacing:.16em;text-transform:uppercase;border-top:2px solid var(--lg-black);padding-top:12px}
.lg-popular ol{margin:0;padding:0;list-style:none;display:grid;grid-template-columns:repeat(3,1fr);gap:18px 32px;counter-reset:pop}
.lg-popular li{counter-increment:pop;display:flex;gap:14px;font:700 19px/1.25 var(--lg-display)}
.lg-popular li::before{content:counter(pop);color:var(--lg-red);font-size:34px;line-height:1}
.lg-popular a{text-decoration:none}
.site-footer{background:var(--lg-black);color:#cfcfcf;font:14px/1.6 var(--lg-sans);padding:56px 0 28px;margin-top:80px}
.site-footer__inner{max-width:1240px;margin:0 auto;padding:0 24px}
.site-footer__logo{font:700 30px var(--lg-display);letter-spacing:.18em;text-transform:uppercase;color:#fff;text-decoration:none}
.site-footer__cols{display:grid;grid-template-columns:repeat(5,1fr);gap:28px;margin:32px 0}
@media (max-width:900px){.site-footer__cols{grid-template-columns:1fr 1fr}}
.site-footer h3{font-size:12px;letter-spacing:.14em;text-transform:uppercase;color:#fff;margin:0 0 10px}
.site-footer ul{list-style:none;margin:0;padding:0}.site-footer a{text-decoration:none}
.site-footer__legal{border-top:1px solid #333;padding-top:18px;font-size:12px;color:#9a9a9a}
.consent{position:fixed;left:24px;bottom:24px;max-width:440px;background:#fff;color:var(--lg-ink);font:14px/1.5 var(--lg-sans);padding:22px;box-shadow:0 10px 40px rgba(0,0,0,.25);z-index:100;border-top:4px solid var(--lg-red)}
.consent[hidden]{display:none}
.consent h2{font:700 18px var(--lg-sans);margin:0 0 8px}
.consent__buttons{display:flex;gap:8px;margin-top:14px}
.consent__buttons button{flex:1;padding:10px;border:1px solid var(--lg-black);background:#fff;font-weight:700}
.consent__buttons .consent__accept{background:var(--lg-black);color:#fff}
"""


def head_scripts(a):
    return f"""<script>
window.LG = window.LG || {{}};
LG.page = {{"type":"story","id":"{a['sid']}","rubric":"{a['rubric']}","template":"{a['template']}","paginated":{str(bool(a.get('pages'))).lower()},"page":1,"wordCount":{a['wc']},"issue":"{a.get('issue', '')}","authors":{_json.dumps(a['authors'])}}};
LG.meter = {{"enabled":true,"limit":4,"countThis":true,"registrationWall":false}};
LG.ads = {{"network":"/7733/longitude","slots":["leader","inline-1","inline-2","rail"],"refresh":false}};
</script>
<script>
window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}
gtag('consent','default',{{ad_storage:'denied',ad_user_data:'denied',ad_personalization:'denied',analytics_storage:'denied'}});
gtag('js',new Date());gtag('config','G-LGM4X81TQZ',{{content_group:'{a['rubric'].lower()}',page_type:'story'}});
</script>
<script async src="https://analytics.longitudemag.example/gtag/js?id=G-LGM4X81TQZ"></script>
<script>
!function(e,t){{var n=t.createElement("script");n.async=!0,n.src="https://cdn.parsely.example/keys/longitudemag.example/p.js",t.head.appendChild(n)}}(window,document);
window._lgq=window._lgq||[];_lgq.push(["trackPageView",{{"section":"{a['rubric']}","story":"{a['sid']}"}}]);
</script>
<script>
(function(){{var s=document.createElement('script');s.async=true;s.src='https://ads.longitudemag.example/gpt/loader.js';document.head.appendChild(s);
window.lgAds=window.lgAds||{{que:[]}};lgAds.que.push(function(){{lgAds.define('leader',[[970,250],[728,90]]);lgAds.define('inline-1',[[300,250],[640,360]]);lgAds.define('inline-2',[[300,250]]);lgAds.targeting({{rubric:'{a['rubric'].lower()}',story:'{a['sid']}',longform:'{'yes' if a['wc'] > 2000 else 'no'}'}});lgAds.lazy(true);lgAds.display();}});}})();
</script>"""


FOOT_SCRIPTS = """<script>
(function(){
  var d = document.querySelector('.site-drawer'), b = document.querySelector('.site-header__menu');
  if (b && d) b.addEventListener('click', function(){ var o = d.classList.toggle('is-open'); b.setAttribute('aria-expanded', o ? 'true' : 'false'); });
  var c = document.getElementById('consent');
  if (c && !localStorage.getItem('lg_consent')) c.hidden = false;
  document.addEventListener('click', function(e){
    var t = e.target.closest('[data-consent]'); if (!t) return;
    localStorage.setItem('lg_consent', t.getAttribute('data-consent')); c.hidden = true;
    if (t.getAttribute('data-consent') === 'all') gtag('consent','update',{ad_storage:'granted',analytics_storage:'granted',ad_user_data:'granted',ad_personalization:'granted'});
  });
  document.querySelectorAll('.lg-gallery').forEach(function(g){
    var tr = g.querySelector('.lg-gallery__track');
    g.querySelectorAll('.lg-gallery__nav').forEach(function(btn){
      btn.addEventListener('click', function(){ tr.scrollBy({left: (btn.classList.contains('lg-gallery__nav--next') ? 1 : -1) * tr.clientWidth * .86, behavior: 'smooth'}); });
    });
  });
})();
</script>
<script>
(function(){
  var p = document.querySelector('.lg-progress');
  if (!p) return;
  window.addEventListener('scroll', function(){
    var b = document.querySelector('.lg-body'); if (!b) return;
    var r = b.getBoundingClientRect(); var pc = Math.min(1, Math.max(0, -r.top / (r.height - innerHeight)));
    p.style.transform = 'scaleX(' + pc + ')';
  }, {passive: true});
})();
</script>
<script src="https://static.longitudemag.example/build/story.7f3a91c.js" defer></script>"""


def nav_html(active):
    cur = ' aria-current="page"'
    lis = "".join(f'<li><a href="{HOST}/{p}"{cur if l == active else ""}>{esc(l)}</a></li>' for l, p in SECTIONS)
    drawer = []
    for title, items in DRAWER:
        drawer.append(f'<h2>{esc(title)}</h2><ul>' + "".join(f'<li><a href="{HOST}/{slugify(i)}">{esc(i)}</a></li>' for i in items) + '</ul>')
    return f"""<div class="site-drawer" id="site-drawer" aria-hidden="true"><form class="site-drawer__search" action="{HOST}/search" role="search"><label class="lg-sr" for="q">Search Longitude</label><input id="q" name="q" type="search" placeholder="Search Longitude"></form>{"".join(drawer)}
<h2>Account</h2><ul><li><a href="{HOST}/account">My account</a></li><li><a href="{HOST}/account/saved">Saved stories</a></li><li><a href="{HOST}/account/newsletters">Newsletters</a></li><li><a href="{HOST}/subscribe/gift">Give a gift</a></li></ul></div>
<nav class="site-nav" aria-label="Sections"><ul>{lis}</ul></nav>"""


CONSENT = f"""<div class="consent" id="consent" role="dialog" aria-labelledby="consent-title" hidden>
<h2 id="consent-title">A note on cookies</h2>
<p>Longitude uses cookies and similar technologies to run the site, understand how our stories are read and show advertising that helps pay for our journalism. With your permission, we and our partners also use them to personalize ads and measure their performance. You can change your choices at any time in Privacy Settings.</p>
<p><a href="{HOST}/privacy">Privacy Policy</a> · <a href="{HOST}/cookies">Cookie Policy</a></p>
<div class="consent__buttons"><button type="button" class="consent__accept" data-consent="all">Accept all</button><button type="button" data-consent="essential">Essential only</button><button type="button" data-consent="settings">Settings</button></div></div>"""

NEWSLETTER = f"""<aside class="lg-newsletter" aria-labelledby="nl-h"><h2 id="nl-h">The Longitude Letter</h2>
<p>One remarkable story from our archive and a note from the editors, every Sunday morning. Free, and worth the wait.</p>
<form action="{HOST}/newsletters/signup" method="post"><input type="hidden" name="newsletter" value="sunday-letter"><label class="lg-sr" for="nl-e">Email</label><input id="nl-e" type="email" name="email" placeholder="Email address" required><button type="submit">Sign up</button></form>
<small>You can unsubscribe at any time. See our <a href="{HOST}/privacy">Privacy Policy</a>.</small></aside>"""

FOOTER_COLS = [
    ("Read", ["Features", "Dispatches", "Investigations", "Essays", "Photography", "Books", "The Archive"]),
    ("Listen", ["The Longitude Hour", "Audio Stories", "Podcasts"]),
    ("Subscribe", ["Print & Digital", "Digital Only", "Give a Gift", "Student Rate", "Group Subscriptions", "Customer Care"]),
    ("About", ["About Longitude", "Masthead", "Fellowships", "Submissions", "Careers", "Press"]),
    ("Help", ["Contact Us", "FAQ", "Accessibility", "Advertise", "Licensing & Reprints", "Back Issues"]),
]


def footer_html(year):
    cols = "".join(f'<div><h3>{esc(t)}</h3><ul>' + "".join(f'<li><a href="{HOST}/{slugify(t)}/{slugify(l)}">{esc(l)}</a></li>' for l in ls) + '</ul></div>'
                   for t, ls in FOOTER_COLS)
    return f"""<footer class="site-footer"><div class="site-footer__inner">
<a class="site-footer__logo" href="{HOST}/">Longitude</a>
<p>Reporting from the far edges, since 1952.</p>
<div class="site-footer__cols">{cols}</div>
<p class="site-footer__social">Follow Longitude: <a href="https://social.example/longitudemag">Mastodon</a> · <a href="https://photos.example/longitudemag">Instagram</a> · <a href="https://video.example/longitudemag">YouTube</a> · <a href="{HOST}/feeds/all.rss">RSS</a></p>
<div class="site-footer__legal">© {year} Longitude Publishing Company. All rights reserved. Longitude® is a registered trademark. Use of this site constitutes acceptance of our <a href="{HOST}/terms">User Agreement</a> and <a href="{HOST}/privacy">Privacy Policy</a>. <a href="{HOST}/privacy/settings">Privacy Settings</a> · <a href="{HOST}/privacy/do-not-sell">Your Privacy Choices</a></div>
</div></footer>"""


def share_html(url, title):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    return (f'<div class="lg-share" aria-label="Share"><a href="https://facebook.example/sharer.php?u={u}">Facebook</a>'
            f'<a href="https://x.example/intent/post?url={u}&amp;text={t}">X</a><a href="mailto:?subject={t}&amp;body={u}">Email</a>'
            f'<a href="#" data-action="copy-link" data-url="{attr(url)}">Copy link</a><a href="#" data-action="save">Save</a></div>')


# ---------------------------------------------------------------- body

def render_body(a, with_pulls=True):
    """Items: ("p", text) | ("h2", text) | ("pull", text) | ("quote", text) | ("break",) | ("ad",)
    | ("img", file, caption, credit) | ("gallery", title, [(file, caption, credit)...]) | ("raw", html).
    The first "p" gets the drop cap. Text is written with straight quotes and made typographic here.

    The platform's story renderer closes the body container before every subhead after the opening
    run (and after the 5th paragraph of stories without subheads) and puts an interlude between the two
    containers: an ad, a "Read more" callout to another story, the newsletter promo. Returns the chunks
    (containers and interludes) and the blocks."""
    chunks, cur, blocks, first = [], [], [], True
    n_ad, n_p, n_split = 0, 0, 0
    has_h2 = any(it[0] == "h2" for it in a["body"])
    rel = a["related"]

    def interlude():
        nonlocal n_ad, n_split
        kind = ["ad", "callout", "ad", "promo", "callout", "ad"][n_split % 6]
        n_split += 1
        if kind == "ad":
            n_ad += 1
            return (f'<div class="lg-interlude lg-interlude--ad" data-testid="ConsumerMarketingUnit"><div class="ad-unit ad-unit--inline" id="lg-ad-inline-{n_ad}" data-slot="inline-{n_ad}" data-position="mid-content">'
                    f'<div class="ad-unit__label">Advertisement</div><div class="ad-unit__slot" id="gpt-inline-{n_ad}" data-sizes="[[300,250],[640,360],[728,90]]"></div></div></div>')
        if kind == "callout":
            rub, t, days = rel[(n_split // 3) % len(rel)]
            src = f"{CDN}/cards/{_zlib.crc32(t.encode()):08x}"
            return (f'<aside class="lg-interlude lg-interlude--callout" data-testid="CalloutRecirc"><div class="lg-callout"><span class="lg-callout__label">Read More</span>'
                    f'<a class="lg-callout__link" href="{HOST}/{slugify(rub)}/{slugify(t)}" data-event="recirc-inline">'
                    f'{picture(src, [320, 640], cls="lg-callout__img", ratio=(4, 3), sizes="160px")}'
                    f'<span class="lg-callout__text"><span class="lg-callout__rubric">{esc(rub)}</span><span class="lg-callout__hed">{esc(t)}</span></span></a></div></aside>')
        return (f'<aside class="lg-interlude lg-interlude--promo" data-testid="NewsletterPromo"><div class="lg-inline-nl"><p class="lg-inline-nl__hed">The Longitude Letter</p>'
                f'<p class="lg-inline-nl__dek">One story from the archive, every Sunday.</p><a class="lg-inline-nl__cta" href="{HOST}/newsletters/sunday-letter?src=inline">Sign up</a></div></aside>')

    def close():
        if cur:
            chunks.append(f'<div class="lg-body__container body__inner-container" data-journey-hook="client-content">\n' + "\n".join(cur) + "\n</div>")
            cur.clear()

    for it in a["body"]:
        k = it[0]
        split_here = (k == "h2" and n_p >= 3) or (not has_h2 and k == "p" and n_p in (5, 11, 17, 23))
        if split_here and cur:
            close()
            chunks.append(interlude())
        if k == "p":
            n_p += 1
            text = smart(it[1])
            if first:
                m = _re.match(r"(\S)(\S*(?:\s+\S+){0,%d})(.*)" % a.get("leadin", 3), text, _re.S)
                html = f'<p class="lg-p lg-p--first"><span class="lg-dropcap">{esc(m.group(1))}</span><span class="lg-leadin">{esc(m.group(2))}</span>{esc(m.group(3))}</p>'
                first = False
            else:
                html = f"<p>{esc(text)}</p>"
            cur.append(html)
            blocks.append(Block("paragraph", text))
        elif k == "h2":
            cur.append(f'<h2 class="lg-subhead">{esc(smart(it[1]))}</h2>')
            blocks.append(Block("heading", smart(it[1])))
        elif k == "pull":
            if with_pulls:
                cur.append(f'<figure class="lg-pullquote" role="presentation"><blockquote><p>{esc(smart(it[1]))}</p></blockquote></figure>')
                blocks.append(Block("quote", smart(it[1]), optional=True))
        elif k == "quote":
            cur.append(f"<blockquote><p>{esc(smart(it[1]))}</p></blockquote>")
            blocks.append(Block("quote", smart(it[1])))
        elif k == "break":
            cur.append('<div class="lg-break" role="separator" aria-hidden="true"></div>')
        elif k == "ad":
            close()
            chunks.append(interlude())
        elif k == "img":
            _, f, cap, credit = it
            src = f"{CDN}/{a['sid']}/{f}"
            cur.append(f'<figure class="lg-figure"><div class="lg-figure__ratio" style="padding-bottom:66.6%">{picture(src, [640, 960, 1280, 1600, 2000], cls="lg-figure__img", ratio=(3, 2), sizes="(max-width: 900px) 100vw, 880px")}</div>'
                       f'<figcaption><span class="lg-figure__caption">{esc(smart(cap))}</span> <span class="lg-credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", smart(cap), optional=True))
        elif k == "gallery":
            _, gtitle, slides = it
            figs = []
            for i, (f, cap, credit) in enumerate(slides, 1):
                src = f"{CDN}/{a['sid']}/gallery/{f}"
                figs.append(f'<figure class="lg-gallery__slide" data-index="{i}">{picture(src, [800, 1200, 1600, 2400], ratio=(3, 2), lazy=i > 1, sizes="86vw")}'
                            f'<figcaption><span class="lg-gallery__count">{i} / {len(slides)}</span> <span class="lg-gallery__caption">{esc(smart(cap))}</span> <span class="lg-credit">{esc(credit)}</span></figcaption></figure>')
                blocks.append(Block("caption", smart(cap), optional=True))
            cur.append(f'<section class="lg-gallery" data-component="gallery" data-slides="{len(slides)}" aria-label="{attr(gtitle)}"><p class="lg-gallery__head">{esc(gtitle)}</p>'
                       f'<div class="lg-gallery__track">{"".join(figs)}</div>'
                       f'<button class="lg-gallery__nav lg-gallery__nav--prev" type="button" aria-label="Previous photo"><svg width="20" height="20"><use href="#lg-icon-chevron-left"/></svg></button>'
                       f'<button class="lg-gallery__nav lg-gallery__nav--next" type="button" aria-label="Next photo"><svg width="20" height="20"><use href="#lg-icon-chevron-right"/></svg></button></section>')
        elif k == "raw":
            cur.append(it[1])
        else:
            raise ValueError(k)
    close()
    return chunks, blocks


def related_html(a):
    """"More from Longitude": the modern template renders each card as an <article> (schema-less teaser cards)."""
    cards = []
    legacy = a.get("legacy")
    for k, (rub, title, days) in enumerate(a["related"]):
        d = a["published"] - _dt.timedelta(days=days)
        src = f"{CDN}/cards/{_zlib.crc32(title.encode()):08x}"
        if legacy:
            cards.append(f'<li class="lg-card"><img loading="lazy" src="{src}-600.jpg" alt="" width="600" height="450">'
                         f'<span class="lg-card__rubric">{esc(rub)}</span><a class="lg-card__title" href="{HOST}/{slugify(rub)}/{slugify(title)}">{esc(title)}</a>'
                         f'<span class="lg-card__meta"><time datetime="{d.date().isoformat()}">{mdy(d)}</time></span></li>')
        else:
            cards.append(f'<li class="lg-more__item"><article class="lg-card summary-item" data-item-index="{k}"><div class="lg-card__media"><a href="{HOST}/{slugify(rub)}/{slugify(title)}" tabindex="-1">{picture(src, [300, 600, 900], ratio=(4, 3), sizes="(max-width: 900px) 50vw, 300px")}</a></div>'
                         f'<div class="lg-card__content"><span class="lg-card__rubric">{esc(rub)}</span><h3 class="lg-card__hed"><a class="lg-card__title" href="{HOST}/{slugify(rub)}/{slugify(title)}">{esc(title)}</a></h3></div></article></li>')
    label = f"More from the {a['issue']} issue" if a.get("issue") else "More from Longitude"
    return f'<section class="lg-more" aria-labelledby="more-h"><h2 id="more-h">{esc(label)}</h2><ul>{"".join(cards)}</ul></section>'


ARCHIVE = [
    ("1961", "The Men Who Measured the Sea", "archive/1961/the-men-who-measured-the-sea"),
    ("1974", "A Winter in the Lighthouse at Cape Sorrow", "archive/1974/a-winter-in-the-lighthouse"),
    ("1988", "Salt: A Journey Along the Caravan Routes", "archive/1988/salt-a-journey-along-the-caravan-routes"),
    ("1996", "The River That Ran Backward", "archive/1996/the-river-that-ran-backward"),
    ("2003", "Seven Days on a Grain Freighter", "archive/2003/seven-days-on-a-grain-freighter"),
    ("2011", "The Village That Voted to Move", "archive/2011/the-village-that-voted-to-move"),
]


def archive_html():
    lis = "".join(f'<li><a href="{HOST}/{p}"><span class="lg-archive__year">From {y}</span> {esc(t)}</a></li>' for y, t, p in ARCHIVE)
    return (f'<section class="lg-archive" aria-labelledby="arch-h"><h2 id="arch-h">From the Archive</h2>'
            f'<p class="lg-archive__intro">Seventy years of reporting from the far edges, chosen by our editors. Subscribers can read every issue since 1952.</p>'
            f'<ul>{lis}</ul><a class="lg-archive__all" href="{HOST}/archive">Explore the archive →</a></section>')


SUPPORT = f"""<aside class="lg-support" aria-labelledby="support-h">
<h2 id="support-h">Long stories take a long time.</h2>
<p>The reporting in this story took months: travel to places most publications no longer send anyone, weeks spent with the people in it, and careful fact-checking before a word was printed. Longitude is funded by its readers. If you value this kind of journalism, please consider a subscription.</p>
<p><a class="lg-support__cta" href="{HOST}/subscribe?src=story-end">Subscribe from $4 a month</a> <a class="lg-support__gift" href="{HOST}/subscribe/gift?src=story-end">Give Longitude as a gift</a></p>
<p class="lg-support__small">Already a subscriber? <a href="{HOST}/account/sign-in">Sign in</a> to read every story and the full archive without limits.</p>
</aside>"""

CMP_CONFIG = """<script id="lg-cmp-config">
window.__lgCmp = {
  "version": 3, "policyVersion": "2024-06", "gdprApplies": null, "ccpaApplies": null, "storage": "localStorage",
  "purposes": [
    {"id": 1, "name": "Store and/or access information on a device", "required": true},
    {"id": 2, "name": "Use limited data to select advertising"},
    {"id": 3, "name": "Create profiles for personalised advertising"},
    {"id": 4, "name": "Use profiles to select personalised advertising"},
    {"id": 7, "name": "Measure advertising performance"},
    {"id": 8, "name": "Measure content performance"},
    {"id": 9, "name": "Understand audiences through statistics"},
    {"id": 10, "name": "Develop and improve services"}
  ],
  "vendors": [
    {"id": 755, "name": "Analytics Provider A", "purposes": [1, 8, 9, 10]},
    {"id": 1183, "name": "Ad Exchange B", "purposes": [1, 2, 3, 4, 7]},
    {"id": 2021, "name": "Audience Measurement C", "purposes": [1, 9]},
    {"id": 411, "name": "Content Analytics D", "purposes": [8, 9]},
    {"id": 1520, "name": "Video Platform E", "purposes": [1, 8]}
  ],
  "texts": {"title": "A note on cookies", "accept": "Accept all", "reject": "Essential only", "settings": "Settings"},
  "regionRules": {"US-CA": "ccpa", "US-VA": "ccpa", "EU": "gdpr", "GB": "gdpr", "default": "notice"}
};
</script>"""

ARCHIVE_CSS = """
.lg-archive{max-width:1240px;margin:50px auto;padding:0 24px;font-family:var(--lg-sans)}
.lg-archive h2{font-size:13px;letter-spacing:.16em;text-transform:uppercase;border-top:2px solid var(--lg-black);padding-top:12px}
.lg-archive ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:14px 30px}
.lg-archive a{text-decoration:none;font:700 18px/1.3 var(--lg-display)}
.lg-archive__year{display:block;font:600 11px var(--lg-sans);letter-spacing:.12em;text-transform:uppercase;color:var(--lg-red)}
.lg-support{max-width:var(--lg-measure);margin:40px auto;padding:26px;border:1px solid var(--lg-line);font-family:var(--lg-sans)}
.lg-support h2{font:700 24px var(--lg-display);margin:0 0 8px}
.lg-support__cta{display:inline-block;background:var(--lg-red);color:#fff;padding:10px 16px;text-decoration:none;font-weight:700}
.lg-support__gift{margin-left:12px}
.lg-support__small{font-size:13px;color:var(--lg-grey)}
"""


def popular_html():
    lis = "".join(f'<li><a href="{HOST}/{p}">{esc(t)}</a></li>' for t, p in POPULAR)
    return f'<section class="lg-popular" aria-labelledby="pop-h"><h2 id="pop-h">Most popular</h2><ol>{lis}</ol></section>'


def pager_html(a, url):
    pages = a["pages"]
    nums = ["one", "two", "three", "four"]
    lis = ['<li><span aria-current="page">1</span></li>'] + [f'<li><a href="{url}?page={n}">{n}</a></li>' for n in range(2, len(pages) + 1)]
    parts = []
    for n, t in enumerate(pages, 1):
        label = f"Part {nums[n - 1]}: {esc(smart(t))}"
        parts.append(f"<li><strong>{label}</strong> (you are here)</li>" if n == 1 else f'<li><a href="{url}?page={n}">{label}</a></li>')
    return (f'<nav class="lg-pager" aria-label="Story pages"><span class="lg-pager__status">Page 1 of {len(pages)}</span><ol>{"".join(lis)}</ol>'
            f'<a class="lg-pager__next" rel="next" href="{url}?page=2">Next page: {esc(smart(pages[1]))} →</a></nav>'
            f'<nav class="lg-parts" aria-labelledby="parts-h"><h2 id="parts-h">In this story</h2><ol>{"".join(parts)}</ol></nav>')


# ---------------------------------------------------------------- page

ICONS = ["menu", "close", "search", "account", "bookmark", "bookmark-filled", "share", "facebook", "x", "email", "link",
         "print", "gift", "chevron-left", "chevron-right", "chevron-down", "arrow-right", "play", "pause", "headphones",
         "volume", "camera", "quote", "instagram", "mastodon", "youtube", "rss", "lock", "check", "info"]
SPRITE = svg_sprite(1952, ICONS, "lg-icon")
VENDORS = cmp_vendors(52, 96, "vendors.example")

RECIRC = [
    ("Features", "The Pilots Who Fly the Last Mile"), ("Science", "Where the Permafrost Ends"),
    ("Dispatches", "A Season With the Sponge Divers of Kalymnos"), ("Essays", "The Consolations of Maps"),
    ("Culture", "The Projectionist’s Last Reel"), ("Photography", "Night Shift at the Fish Market"),
    ("Travel", "Slow Boats on the Mekong"), ("Books", "The Year in Reportage"),
    ("Investigations", "The Missing Ledgers of Port Callan"), ("Science", "The Ocean Is Getting Louder"),
    ("Features", "The Bell Founders of Annecy"), ("Essays", "On Returning to a Place That No Longer Exists"),
]


def preloaded_state(a, url):
    """The platform's client state: navigation, paywall, recirculation ids; no story text (that is server-rendered)."""
    rnd = _random.Random(a["sid"])
    items = []
    for i, (rub, t) in enumerate(RECIRC):
        items.append({"id": f"st-{rnd.randint(15000000, 25999999)}", "url": f"/{slugify(rub)}/{slugify(t)}", "rubric": rub,
                      "image": {"id": f"{rnd.getrandbits(48):012x}", "sources": {w: f"{CDN}/cards/{rnd.getrandbits(32):08x}-{w}.jpg" for w in ("sm", "md", "lg", "xl")},
                                "aspectRatio": "4:3"}, "position": i, "strategy": rnd.choice(["popular", "related", "editorial"])})
    state = {
        "transformed": {"coreDataLayer": {"content": {"contentId": a["sid"], "contentType": "article", "template": a["template"],
                                                      "section": a["rubric"].lower(), "wordCount": a["wc"], "paywall": "metered"},
                                          "page": {"canonical": url, "channel": a["rubric"].lower(), "syndicatorUrl": None}},
                        "navigation": {"primary": [{"text": l, "href": f"/{p}"} for l, p in SECTIONS],
                                       "drawer": [{"title": t, "links": [{"text": i, "href": f"/{slugify(i)}"} for i in items_]} for t, items_ in DRAWER]},
                        "recircMostPopular": {"items": items[:6]}, "recircRelated": {"items": items[6:]},
                        "paywall": {"meter": {"limit": 4, "cookie": "lg_meter", "exempt": ["newsletter", "search"]},
                                    "offers": [{"id": "digital-monthly", "price": "4.00", "currency": "USD"}, {"id": "print-annual", "price": "59.99", "currency": "USD"}]},
                        "experiments": {f"exp_{n}": rnd.choice(["control", "variant_a", "variant_b"]) for n in
                                        ("inline_nl", "dropcap_size", "recirc_order", "paywall_copy", "audio_cta", "gift_button")},
                        "ads": {"network": "/7733/longitude", "lazyLoad": {"fetchMarginPercent": 150, "renderMarginPercent": 50},
                                "slots": [{"id": f"inline-{n}", "sizes": [[300, 250], [640, 360], [728, 90]], "position": "mid-content"} for n in range(1, 7)]}},
        "config": {"env": "production", "buildId": "7f3a91c", "cdn": CDN, "imageWidths": [320, 640, 960, 1280, 1600, 2000, 2400]},
    }
    return _json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def page(a, with_pulls=True):
    pub = a["published"]
    url = a.get("canonical", a["url"])
    title = smart(a["headline"])
    dek = smart(a["dek"])
    chunks, blocks = render_body(a, with_pulls)
    lead = [Block("paragraph", dek, optional=True)]
    if a.get("hero"):
        lead.append(Block("caption", smart(a["hero"][1]), optional=True))
    blocks = lead + blocks
    seo = smart(a.get("seo_title", a["headline"]))
    authors = a["authors"]
    legacy = a.get("legacy", False)
    hero_src = f"{CDN}/{a['sid']}/{a['hero'][0]}" if a.get("hero") else f"{CDN}/brand/longitude-card"
    # JSON-LD: the modern template only. Its datePublished is what the CMS stored: the publication time, or on
    # re-imported stories the CMS creation time (the evening before) or the print issue's date.
    ld_s = ""
    if not legacy:
        ld_date = {"published": pub.isoformat(), "created": a.get("created", pub).astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
                   "issue": f"{a.get('issue_date', '')}-01"}[a.get("ld_date", "published")]
        ld_names = a.get("ld_authors", authors)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": smart(a.get("ld_headline", a["headline"])),
              "description": dek, "url": url, "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "datePublished": ld_date,
              "dateModified": ld_date if a.get("ld_date", "published") != "published" else pub.isoformat(),
              "author": [{"@type": "Person", "name": n, "sameAs": f"{HOST}/contributors/{slugify(n)}"} for n in ld_names],
              "image": [f"{hero_src}-{w}.jpg" for w in ("1x1-1200", "4x3-1200", "16x9-1200")],
              "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{CDN}/brand/longitude-logo-600.png", "width": 600, "height": 60}},
              "articleSection": a["rubric"], "keywords": a["topics"], "wordCount": a["wc"], "inLanguage": "en-US",
              "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".lg-body__container"}}
        if a.get("issue"):
            ld["isPartOf"] = [{"@type": "PublicationIssue", "name": f"{a['issue']} Issue", "datePublished": a["issue_date"]},
                              {"@type": ["CreativeWork", "Product"], "name": "Longitude", "productID": "longitudemag.example:basic"}]
        ld_json = _json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        ld_s = f'<script type="application/ld+json">{ld_json}</script>'
    people = []
    for n in authors:
        if legacy:
            people.append(f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="{HOST}/contributors/{slugify(n)}"><span itemprop="name">{esc(n)}</span></a></span>')
        else:
            people.append(f'<a class="lg-byline__name" href="{HOST}/contributors/{slugify(n)}" data-event="byline">{esc(n)}</a>')
    by = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
    photos = f'<span class="lg-byline__photos">{esc(a["photos"])}</span>' if a.get("photos") else ""
    minutes = max(4, round(a["wc_total"] / 240))
    issue_line = f'<span class="lg-issue">This story appears in the {esc(a["issue"])} issue of Longitude.</span>' if a.get("issue") else ""
    part = f'<span class="lg-part">Page 1 of {len(a["pages"])}</span>' if a.get("pages") else ""
    hero = ""
    if a.get("hero"):
        f, cap, credit = a["hero"]
        frame = picture(hero_src, [640, 1024, 1440, 2000, 2880], cls="lg-hero__img", ratio=(16, 9), lazy=False)
        micro = ' itemprop="image" itemscope itemtype="https://schema.org/ImageObject"' if legacy else ""
        micro_url = f'<meta itemprop="url" content="{hero_src}-2000.jpg">' if legacy else ""
        hero = (f'<div class="lg-hero__wrap"><figure class="lg-hero"{micro}>'
                f'{micro_url}<div class="lg-hero__ratio">{frame}</div>'
                f'<figcaption class="lg-hero__caption"><span class="lg-hero__caption-text">{esc(smart(cap))}</span> <span class="lg-credit">{esc(credit)}</span></figcaption></figure></div>')
    audio = ""
    if a.get("audio"):
        audio = (f'<div class="lg-audio"><p>Listen to this story, read by {esc(a["audio"])}</p>'
                 f'<iframe src="https://audio.longitudemag.example/embed/{a["sid"]}?theme=light" title="Audio narration of this story" loading="lazy" allow="autoplay"></iframe></div>')
    pager = pager_html(a, url) if a.get("pages") else ""
    prev_next = f'<link rel="next" href="{url}?page=2">' if a.get("pages") else ""
    bio = " ".join(f"<p>{esc(b)}</p>" for b in a["bios"])
    topics = "".join(f'<a href="{HOST}/topics/{slugify(t)}">{esc(t)}</a>' for t in a["topics"])
    cur = a["crawl"]
    head_title = title if a.get("title_mode") == "bare" else f"{seo} | Longitude"
    # Legacy (pre-2019) stories were migrated with their old head: article:published_time, meta author, microdata,
    # a <time> element; the modern head has none of those (dates and authors live in the JSON-LD only).
    if legacy:
        meta_author = a.get("meta_author", ", ".join(authors))
        legacy_head = (f'<meta name="author" content="{attr(meta_author)}">\n'
                       f'<meta property="article:published_time" content="{pub.isoformat()}">\n'
                       f'<meta property="article:author" content="{HOST}/contributors/{slugify(authors[0])}">')
        date_html = f'<time datetime="{pub.isoformat()}" itemprop="datePublished">{mdy(pub)}</time>'
        art_open = f'<article class="story__article story__article--legacy" itemscope itemtype="https://schema.org/Article">\n<meta itemprop="mainEntityOfPage" content="{url}">'
    else:
        legacy_head = ""
        date_html = f'<span class="lg-date" data-testid="ContentHeaderPublishDate">{mdy(pub)}</span>'
        art_open = '<article class="story__article article main-content" data-attribute-verso-pattern="article-body">'
    series = (f'<div class="lg-series"><h1 class="lg-series__title"><a href="{HOST}/series/{slugify(a["series"])}">{esc(a["series"])}</a></h1>'
              f'<p class="lg-series__dek">{esc(a["series_dek"])}</p></div>') if a.get("series") else ""
    body_html = "\n".join(chunks)
    html = f"""<!doctype html>
<html lang="en" class="no-js" data-theme="{a['template']}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(head_title)}</title>
<meta name="description" content="{attr(dek)}">
<link rel="canonical" href="{url}">
{prev_next}
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="content-type" content="article">
<meta name="keywords" content="{attr(','.join(t.lower() for t in a['topics']))}">
{legacy_head}
<meta property="og:type" content="article">
<meta property="og:site_name" content="Longitude">
<meta property="og:title" content="{attr(seo)}">
<meta property="og:description" content="{attr(dek)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{hero_src}-1200x630.jpg">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
<meta property="article:section" content="{attr(a['rubric'])}">
{"".join(f'<meta property="article:tag" content="{attr(t)}">' for t in a['topics'])}
<meta property="fb:app_id" content="180334552177461">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@longitudemag">
<meta name="twitter:title" content="{attr(seo)}">
<meta name="twitter:description" content="{attr(dek)}">
<meta name="twitter:image" content="{hero_src}-1200x630.jpg">
<link rel="icon" href="{HOST}/favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" sizes="180x180" href="{HOST}/apple-touch-icon.png">
<link rel="manifest" href="{HOST}/manifest.webmanifest">
<link rel="alternate" type="application/rss+xml" title="Longitude" href="{HOST}/feeds/all.rss">
<link rel="preconnect" href="{CDN}" crossorigin>
<link rel="preconnect" href="https://static.longitudemag.example" crossorigin>
<link rel="preload" href="https://static.longitudemag.example/fonts/lg-serif-regular.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="https://static.longitudemag.example/fonts/lg-display-bold.woff2" as="font" type="font/woff2" crossorigin>
{ld_s}
<style>{CSS}{ARCHIVE_CSS}{EXTRA_CSS}</style>
{CMP_CONFIG}
<script id="lg-cmp-vendors" type="application/json">{VENDORS}</script>
{head_scripts(a)}
</head>
<body class="story story--{a['template']}{' story--legacy' if legacy else ''}">
{SPRITE}
<div id="app-root" class="page">
<div class="page__wrapper">
<div class="site-banner">Subscribe to Longitude: four print issues and unlimited access to 70 years of the archive. <a href="{HOST}/subscribe?src=banner">Save 50% today</a></div>
<header class="site-header"><div class="site-header__inner">
<button class="site-header__menu" type="button" aria-controls="site-drawer" aria-expanded="false"><svg width="18" height="18"><use href="#lg-icon-menu"/></svg> Menu</button>
<a class="site-header__logo" href="{HOST}/">Longitude</a>
<div class="site-header__actions"><a href="{HOST}/issues/current">Current Issue: {MONTHS[cur.month - 1]} {cur.year}</a><a href="{HOST}/account/sign-in">Sign in</a><a class="site-header__subscribe" href="{HOST}/subscribe?src=header">Subscribe</a></div>
</div><div class="lg-progress" aria-hidden="true"></div></header>
{nav_html(a['nav'])}
<div class="ad-unit ad-unit--leader" id="lg-ad-leader" data-slot="leader"><div class="ad-unit__label">Advertisement</div><div class="ad-unit__slot" id="gpt-leader"></div></div>
<main id="main" class="page__main">
<div class="grid grid--story">
<div class="grid__column grid__column--full">
{art_open}
<div class="article__chunks">
{hero}
<header class="lg-header"><div class="lg-header__inner"><div class="lg-header__text">
{series}<a class="lg-rubric" href="{HOST}/{slugify(a['rubric'])}">{esc(a['rubric'])}</a>
{part}<h1 class="lg-headline"{' itemprop="headline"' if legacy else ' data-testid="ContentHeaderHed"'}>{esc(title)}</h1>
<div class="lg-dek"{' itemprop="description"' if legacy else ''}>{esc(dek)}</div>
<div class="lg-byline">By {by}{photos}</div>
<div class="lg-meta"><span>{date_html}</span><span>{minutes}-minute read</span>{issue_line}</div>
<div class="lg-tools"><a href="#" data-action="save"><svg width="16" height="16"><use href="#lg-icon-bookmark"/></svg> Save story</a><button type="button" data-action="share"><svg width="16" height="16"><use href="#lg-icon-share"/></svg> Share</button><a href="{HOST}/subscribe/gift?story={a['sid']}"><svg width="16" height="16"><use href="#lg-icon-gift"/></svg> Gift</a></div>
</div></div></header>
{audio}
<div class="lg-body"{' itemprop="articleBody"' if legacy else ''} data-testid="ArticlePageChunks">
{body_html}
</div>
{pager}
<footer class="lg-footer-article">
<div class="lg-bio">{bio}</div>
<div class="lg-topics">{topics}</div>
{share_html(url, title)}
</footer>
</div>
</article>
</div>
</div>
{SUPPORT}
{NEWSLETTER}
{related_html(a)}
<div class="ad-unit ad-unit--inline" id="lg-ad-end" data-slot="inline-9"><div class="ad-unit__label">Advertisement</div><div class="ad-unit__slot" id="gpt-end"></div></div>
{popular_html()}
</main>
{footer_html(cur.year)}
</div>
</div>
{CONSENT}
<script>window.__PRELOADED_STATE__ = {preloaded_state(a, url)};</script>
{FOOT_SCRIPTS}
</body>
</html>
"""
    return html, blocks


EXTRA_CSS = """
.page__wrapper{min-height:100vh;display:flex;flex-direction:column}.page__main{flex:1}
.grid--story{display:grid;grid-template-columns:1fr;max-width:1600px;margin:0 auto}
.lg-interlude{max-width:var(--lg-measure);margin:0 auto;padding:0 24px}
.lg-callout{border-top:1px solid var(--lg-line);border-bottom:1px solid var(--lg-line);margin:36px 0;padding:14px 0;font-family:var(--lg-sans)}
.lg-callout__label{display:block;font:700 11px var(--lg-sans);letter-spacing:.16em;text-transform:uppercase;color:var(--lg-red);margin-bottom:8px}
.lg-callout__link{display:flex;gap:16px;text-decoration:none;align-items:center}
.lg-callout__media{flex:0 0 120px}.lg-callout__rubric{display:block;font-size:11px;letter-spacing:.12em;text-transform:uppercase;color:var(--lg-grey)}
.lg-callout__hed{display:block;font:700 20px/1.2 var(--lg-display)}
.lg-inline-nl{background:var(--lg-cream);margin:36px 0;padding:20px 24px;font-family:var(--lg-sans);text-align:center}
.lg-inline-nl__hed{font:700 22px var(--lg-display);margin:0 0 4px}.lg-inline-nl__dek{margin:0 0 10px;color:var(--lg-grey)}
.lg-inline-nl__cta{display:inline-block;background:var(--lg-black);color:#fff;padding:8px 18px;text-decoration:none;font-weight:700}
.lg-series{border-bottom:1px solid var(--lg-line);margin:0 auto 22px;padding-bottom:14px}
.lg-series__title{font:700 13px var(--lg-sans);letter-spacing:.2em;text-transform:uppercase;margin:0}.lg-series__title a{text-decoration:none}
.lg-series__dek{font:italic 15px var(--lg-serif);color:var(--lg-grey);margin:4px 0 0}
.lg-card__hed{margin:4px 0;font:700 21px/1.2 var(--lg-display)}.lg-card__hed a{text-decoration:none}
.lg-hero__ratio{position:relative}.lg-figure__ratio{position:relative}
"""


def phenomena_of(a, blocks, html, with_pulls=True):
    tags = {"nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots",
            "most-read", "tag-list", "decoy-date", "local-time-zone", "localized-date",
            "standfirst", "kicker", "author-bio"}
    tags.add("microdata" if a.get("legacy") else "json-ld")
    if a.get("ld_date") in ("created", "issue"):
        tags.discard("local-time-zone")
    if not a.get("legacy"):
        tags.add("article-per-teaser")
    if html.count('class="lg-body__container') > 1:
        tags |= {"split-body", "teasers-in-article"}
    tags |= set(a.get("extra_tags", []))
    if a.get("pages"):
        tags.add("paginated")
    if smart(a.get("seo_title", a["headline"])) != smart(a["headline"]):
        tags.add("title-differs-from-headline")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    kinds = [b.kind for b in blocks]
    if "heading" in kinds:
        tags.add("subheadings")
    if "list_item" in kinds:
        tags.add("list-in-body")
    if any(b.kind == "quote" and b.optional for b in blocks):
        tags.add("pull-quote")
    if "caption" in kinds:
        tags.add("photo-caption")
    if any(i[0] == "gallery" for i in a["body"]):
        tags.add("image-gallery")
    if "<iframe" in html:
        tags.add("iframe-embeds")
    n = words(blocks)
    if n > 2000:
        tags.add("long-article")
    if n < 120:
        tags.add("short-article")
    p = a["published"]
    if f"/{p.year}/{p.month:02d}/{p.day:02d}/" in a["url"]:
        tags.add("date-in-url")
    if any(c in t for t in [a["headline"], a["dek"]] + [b.text for b in blocks] for c in "&<>"):
        tags.add("html-entities")
    return sorted(tags)


ARTICLES = []
D = _dt.datetime

# 01 ------------------------------------------------------------- long dispatch with a gallery and a pull quote
ARTICLES.append(dict(
    id=f"{SITE}-01", sid="st-19021406", template="longform",
    url=f"{HOST}/story/the-road-made-of-ice",
    rubric="Dispatches", nav="Dispatches",
    headline="The Road Made of Ice",
    seo_title="Driving Manitoba's winter ice road with the truckers who supply the north",
    dek="For a few weeks each year, a highway of frozen lakes and muskeg links a dozen northern communities to the rest of Canada. Every winter it opens later and closes sooner.",
    authors=["Marguerite Olsen"], photos="Photographs by Dev Anand Rao",
    published=D(2019, 2, 14, 6, 0, tzinfo=EST), crawl=D(2019, 2, 20, 9, 0, tzinfo=EST),
    issue="March 2019", issue_date="2019-03",
    hero=("kettle-lake-convoy", "A fuel convoy crosses Kettle Lake before dawn on the Northern Shield Winter Road.", "Dev Anand Rao for Longitude"),
    bios=["Marguerite Olsen is a contributing writer at Longitude. She lives in Thunder Bay, Ontario, and is working on a book about the boreal forest."],
    topics=["Canada", "Climate", "Roads", "Indigenous Communities", "Dispatches"],
    related=[("Features", "The Pilots Who Fly the Last Mile", 20), ("Science", "Where the Permafrost Ends", 34),
             ("Photography", "Winter Light on Hudson Bay", 48), ("Essays", "On Living Far From Everything", 61)],
    body=[
        ("p", "The ice on Kettle Lake makes a sound at night that Ray Beauchamp compares to a whale calling from very far away: a long, falling note that seems to come first from under the truck and then from everywhere at once. The first time he heard it, in 1994, he stopped his rig in the middle of the lake, climbed down and stood in the dark for ten minutes, waiting for something to break. Nothing did. \"It's the ice talking to itself,\" he told me, twenty-five winters later, as we rolled across the same lake at fifteen kilometers an hour with 38 tons of diesel behind us. \"When it stops talking, that's when you worry.\""),
        ("p", "Beauchamp, who is 58, is one of roughly 200 drivers who haul freight each winter along the Northern Shield Winter Road, a seasonal highway of frozen lakes, rivers and bulldozed muskeg that runs for more than 600 miles through the boreal forest of northern Manitoba. For about eight weeks, usually from late January to the middle of March, it links a dozen remote communities to the provincial road network. For the rest of the year, they can be reached only by air."),
        ("p", "What the road carries is, more or less, a year. Fuel for the generators that keep the lights and the water plants running. Lumber and drywall for houses and schools. Cars, snowmobiles, furniture, a year's supply of canned food for the stores, and the heavy things that cannot be flown in at any reasonable price: a fire truck, a replacement boiler, a prefabricated clinic in four sections. When the road fails, the cost of all of it, already high, climbs steeply. A load of diesel that costs $9,000 to truck in costs closer to $40,000 to fly."),
        ("p", "And the road is failing more often. Over the past two decades, the average season has shrunk from about 70 days to fewer than 50, according to records kept by the province's winter roads office. In 2016, parts of the route never opened at all. Each winter, the engineers who build it, the drivers who use it and the communities who depend on it wait a little longer for the cold to arrive, and watch a little more anxiously for it to leave."),
        ("h2", "The Crossing"),
        ("p", "I met Beauchamp at a truck stop in Wapiti Landing, the last town on the paved road, on a February morning when the temperature was 34 below zero and the exhaust of the idling trucks hung in the air like laundry. He had been up since three, checking chains, heaters and the satellite phone that drivers are required to carry. His tractor-trailer, eight years old and with more than a million miles on it, had a dream catcher hanging from the mirror and a laminated photograph of his granddaughter taped to the dashboard."),
        ("p", "\"Rule one,\" he said, as we pulled out. \"You never stop on the ice unless you have to. Rule two: if you do have to, you never stop near another truck. Rule three: you keep your speed down, because the truck pushes a wave under the ice, and if you go too fast the wave hits the shore and comes back at you.\" He demonstrated with his hands, one flat and one curling over it. \"That's how you lose a truck.\""),
        ("p", "The physics are real. A heavy vehicle moving across floating ice creates a wave in the water beneath it. At a certain speed, which depends on the depth of the lake, the truck keeps pace with its own wave and the two reinforce each other, flexing the ice far more than the weight alone would. Engineers set speed limits for each crossing, typically between 10 and 25 kilometers an hour, and drivers caught breaking them can lose their permits for the season."),
        ("pull", "\"It's the ice talking to itself. When it stops talking, that's when you worry.\""),
        ("p", "For the first two hours the road ran through forest, a single bulldozed lane between walls of black spruce, the snow packed hard and glazed blue in the headlights. Then the trees opened and we were out on Kettle Lake, a white plain under a sky turning from black to the color of a bruise. Orange reflector posts marked the route every hundred meters. Beauchamp slowed to fifteen and turned down the radio. The ice began to talk."),
        ("p", "Halfway across, we passed the place where, in 2011, a loaded flatbed broke through near the shore and settled, upright, in nine feet of water. The driver climbed out onto the roof and waited for the next truck. The flatbed stayed there until spring, when a salvage crew winched it out with a bulldozer, and for years afterward drivers called that stretch of the lake \"the parking lot.\" Beauchamp pointed to it without slowing down. \"Everybody knows a story like that,\" he said. \"Most of them end fine. That's why we tell them.\""),
        ("h2", "Forty Tons on Twenty-Eight Inches"),
        ("p", "Building a road on a lake is mostly a matter of waiting, and then of moving quickly. In late November, crews from Northern Shield Roadworks, a contractor owned jointly by four of the communities along the route, begin clearing the portages, the overland stretches between lakes. The lakes themselves cannot be touched until the ice is at least a foot thick, enough to carry a light tracked vehicle. Then the crews plow the snow off the route, because snow insulates the ice and slows its growth, and begin flooding it, pumping lake water onto the surface to freeze in thin layers."),
        ("p", "\"We're basically making ice faster than nature would,\" said Celeste Moar, who has supervised the flooding crews for 11 years. She is one of a handful of women in the job and the only one, she said, who has ever gone through. That was in 2009, on a small lake near Sturgeon Bend, in a pickup. The water came up to the door handles before she kicked out the window. \"I was out in maybe twenty seconds. It felt like twenty minutes.\""),
        ("p", "Loads are limited by the thickness of the ice, which crews measure every day with augers and, on the busiest crossings, with ground-penetrating radar towed behind a snowmobile. On 28 inches of good, clear ice, a fully loaded fuel tanker of about 40 tons can cross. On 20 inches, the limit might be half that. White ice, which forms from slush and is full of air bubbles, counts for roughly half as much as clear blue ice, and Moar's crews log the two separately."),
        ("p", "The thresholds have not changed in decades. What has changed is how long it takes to reach them. When Moar started, her crews could usually open the road to heavy loads in the third week of January. In 2019, the year I traveled with Beauchamp, they made it on February 4. \"You used to be able to set your calendar by it,\" she said. \"Now the calendar is just a guess.\""),
        ("break",),
        ("h2", "A Shorter Season"),
        ("p", "The reasons are not mysterious. Northern Manitoba has warmed faster than almost anywhere in the country, and winter has warmed fastest of all. A 2017 analysis by the Prairie Climate Observatory, a research group based in Winnipeg, found that average temperatures along the route in December and January had risen by about three degrees Celsius since the 1970s. Every degree matters: ice grows more slowly in a mild winter, snow falls earlier and insulates it, and midwinter thaws, once almost unheard of, now arrive most years."),
        ("p", "\"The road depends on a number of cold days, not on an average,\" said Hannah Okafor, a climatologist at the observatory. \"You need a long run of very cold nights to build the ice, and those long runs are exactly what we are losing. You can have a winter that looks normal on paper and still not get a road.\""),
        ("p", "The province has tried to plan around the uncertainty. Its winter roads office now publishes a forecast opening date in December and revises it every week, and the communities schedule their deliveries around it: fuel first, then building materials, then everything else. But a forecast cannot make ice. In 2018 the opening was pushed back four times, and the first heavy loads did not reach Sturgeon Bend until the last week of February, leaving barely three weeks for a year's worth of freight."),
        ("p", "The consequences are felt most sharply at the far end of the route. In Sturgeon Bend, a community of about 1,800 people, the band office keeps a whiteboard in its lobby with a countdown to the road's expected closing date. In the weeks before it closes, the parking lot of the store fills with pickups loaded with lumber, mattresses and sacks of flour, and families who can afford it make a last trip south to shop, see relatives or keep medical appointments that would otherwise require a flight."),
        ("p", "\"When the road is open, we are part of the country,\" said Gerald Spence, a band councillor who runs the community's housing program. \"When it closes, we are an island.\" In 2016, when the road never reached Sturgeon Bend, the band had to fly in the materials for seven new houses and managed to build only three. The rest of the money went to the airline."),
        ("gallery", "On the road: photographs by Dev Anand Rao", [
            ("wapiti-truck-stop", "Drivers check their rigs at the truck stop in Wapiti Landing, the last town on the paved road, at 4 a.m.", "Dev Anand Rao for Longitude"),
            ("auger-measure", "Celeste Moar drills through the ice on a small lake to measure its thickness.", "Dev Anand Rao for Longitude"),
            ("flooding-crew", "A flooding crew pumps lake water onto the road surface to thicken the ice.", "Dev Anand Rao for Longitude"),
            ("portage-cafe", "A café in a trailer at one of the portages, open only while the road is.", "Dev Anand Rao for Longitude"),
            ("sturgeon-bend-tanks", "Fuel tanks beside the power plant in Sturgeon Bend, which needs about 70 tanker loads a year.", "Dev Anand Rao for Longitude"),
        ]),
        ("h2", "The Permanent Road"),
        ("p", "There is an obvious solution, and it has been discussed for as long as anyone on the route can remember: an all-weather gravel road, built on the higher ground between the lakes, that would stay open all year. The province has built parts of one, at a cost of several million dollars a kilometer, and the federal government has promised to help pay for more. But the full route would cost billions and take decades, and not everyone wants it."),
        ("p", "Construction keeps its own timetable. The stretch of all-weather road completed so far, 98 miles of gravel from Wapiti Landing north toward the first of the communities, took nine years to build, partly because the work can only be done in summer, when the ground is soft and the black flies are at their worst. At that pace, one engineer told me, the last community on the route would be connected sometime after 2060."),
        ("p", "Some elders worry that a permanent road would bring drugs and alcohol, or hunters from the south who would empty the traplines. Others point out that the winter road, for all its dangers, is also a season, with its own rhythms and pleasures: the convoys, the cafés that open in trailers at the portages, the visits from relatives who can only come when the ice is good. \"My grandfather used this road with a dog team,\" Spence said. \"It's ours in a way a highway would never be.\""),
        ("p", "Beauchamp, who grew up in a community that got an all-weather road in the 1990s, is of two minds. \"It changed everything. Prices went down. People could get to the hospital. Kids could go to high school in the city and come home for the weekend,\" he said. \"But we lost something too. Before the road, everybody knew everybody. Afterward, people just drove through.\""),
        ("p", "In the meantime, the communities and the province are trying to buy time. Crews now use lighter equipment that can work on thinner ice. Some crossings have been rerouted onto land, adding miles but avoiding the riskiest lakes. And the winter roads office has begun using satellite images to track ice growth along the whole route, so that crews can be sent to wherever the ice is ready first."),
        ("h2", "Last Load"),
        ("p", "We reached Sturgeon Bend a little after four in the afternoon, eleven hours after leaving Wapiti Landing, having covered 190 miles. The diesel went into a row of green tanks beside the power plant, where an operator named Thomas Harper checked the paperwork and told Beauchamp that his was the 31st tanker of the season. The community needed about 70 to get through the year. There were, by the province's forecast, perhaps 24 days left."),
        ("p", "That night Beauchamp slept in the cab with the engine running, as drivers on the route always do: a truck that is switched off at 35 below may not start again. In the morning he would drive back empty, load again at Wapiti Landing and return, as many times as the ice allowed. In a good year he makes 14 round trips. The year before, he had made nine."),
        ("p", "I asked him whether he thought he would still be driving the road in ten years. He thought about it for a while, looking out at the lake, which the last of the sun had turned pink. \"I think I'll still be driving,\" he said. \"I'm not sure there'll still be a road.\""),
        ("p", "At the end of March, five weeks after our trip, the province announced that the Northern Shield Winter Road had closed for the season. It had been open for 41 days. Sturgeon Bend had received 58 of its 70 tankers. The rest of its fuel would come by air."),
    ],
    entities=[("Kettle Lake", "LOC"), ("Ray Beauchamp", "PER"), ("Beauchamp", "PER"), ("Northern Shield Winter Road", "LOC"),
              ("Manitoba", "LOC"), ("Canada", "LOC"), ("Wapiti Landing", "LOC"), ("Northern Shield Roadworks", "ORG"),
              ("Celeste Moar", "PER"), ("Moar", "PER"), ("Sturgeon Bend", "LOC"), ("Prairie Climate Observatory", "ORG"),
              ("Winnipeg", "LOC"), ("Hannah Okafor", "PER"), ("Gerald Spence", "PER"), ("Spence", "PER"), ("Thomas Harper", "PER")],
    notes="The gallery's slide captions are optional caption blocks (the slide counters are not text); the winter road is typed LOC as a facility.",
))

# 02 ------------------------------------------------------------- long feature with two pull quotes and an audio player
ARTICLES.append(dict(
    id=f"{SITE}-02", sid="st-22110806", template="longform",
    url=f"{HOST}/story/the-piano-tuner-of-the-western-isles", ld_date="created", created=D(2022, 11, 7, 14, 31, 52, 104000, tzinfo=EST),
    rubric="Features", nav="Features",
    headline="The Last Tuner of the Western Isles",
    seo_title="The Piano Tuner Who Keeps Scotland's Island Pianos Singing",
    dek="Every spring, Iain MacAulay takes the ferry west to tune every piano on a chain of Scottish islands. There are fewer of them each year, and almost no one left who knows how to keep them in tune.",
    authors=["Fenella Ross"], photos="Photographs by Calum Nicolson",
    published=D(2022, 11, 8, 6, 0, tzinfo=EST), crawl=D(2022, 11, 15, 8, 30, tzinfo=EST),
    issue="December 2022", issue_date="2022-12",
    hero=("macaulay-village-hall", "Iain MacAulay at work on the upright piano in the village hall at Balranald.", "Calum Nicolson for Longitude"),
    audio="the author",
    bios=["Fenella Ross is a writer and radio producer based in Glasgow. This is her first story for Longitude."],
    topics=["Scotland", "Music", "Craft", "Islands", "Features"],
    related=[("Culture", "The Choir That Sings in a Language Almost No One Speaks", 15),
             ("Essays", "In Praise of Out-of-Tune Pianos", 29), ("Travel", "Ferries at the End of the World", 41),
             ("Photography", "Lighthouses of the North Atlantic", 56)],
    body=[
        ("p", "Iain MacAulay can tell what is wrong with a piano before he has lifted the lid. He asks someone to play a scale, or plays one himself, standing, with his coat still on, and then says something like: \"Damp in the bass, a cracked hammer on the top G, and somebody has been keeping a cat in here.\" He is usually right about the cat."),
        ("p", "For 31 years, MacAulay has been the only piano tuner who regularly works the Western Isles, the 130-mile chain of islands off the north-west coast of Scotland. Every April he loads his van in Inverness with felts, strings, wire cutters, tuning hammers, a box of spare keys and a sleeping bag, and drives to the ferry at Ullapool. For the next five weeks he works his way south, island by island, from Lewis to Barra, tuning every piano whose owner has written, telephoned or, increasingly, emailed to ask for him."),
        ("p", "In 1991, his first year, there were 212 names on his list. This spring there were 112. Some of the pianos have been sold or broken up for firewood; others have simply outlived the people who played them. MacAulay, who is 64, suspects he will outlive most of the rest. What worries him is who, if anyone, will come after him."),
        ("h2", "A Hundred and Twelve Pianos"),
        ("p", "I joined him on a Tuesday in late April in Stornoway, the largest town on the islands, where he had spent the morning on an upright in the lounge of a care home. It was a handsome instrument, built in London in the 1920s, with candle brackets on the front panel and a crack in the soundboard that MacAulay had been nursing for a decade. \"She'll hold for another year,\" he said, patting the lid. \"Maybe two. After that she'll need a proper workshop, and there isn't one within three hundred miles.\""),
        ("p", "A tuning takes him about an hour and a half, longer if the piano has not been touched for a few years. He works by ear, with a tuning fork and a rubber mute, tightening or loosening each of the roughly 230 strings until it sits where it should against its neighbors. He owns an electronic tuner, a gift from his daughter, and uses it mainly as a doorstop."),
        ("p", "\"A machine will tell you where a note is,\" he said. \"It won't tell you whether the piano is happy there. An old piano has its own idea of where it wants to be, and you have to meet it halfway, or the strings will just pull back as soon as you've gone.\""),
        ("pull", "\"An old piano has its own idea of where it wants to be, and you have to meet it halfway.\""),
        ("p", "His list reads like a census of a certain kind of island life. There are pianos in church halls and primary schools, in two hotels and a distillery visitor center, in the front rooms of crofts where nobody has played since a grandmother died. There is a baby grand in a manse on North Uist that was delivered by fishing boat in 1958 and has never left the room it was carried into, because the doors were later narrowed. There is an upright on Barra that spent two days in the sea after a ferry mishap in the 1970s and still, to MacAulay's continuing astonishment, plays."),
        ("p", "He charges £70 a tuning, which barely covers the diesel and the ferry fares, and stays with customers when he can. Some families have put him up every spring for thirty years. At one croft house on Benbecula, the spare room is known, without irony, as Iain's room, and a bottle of whisky with his name on it sits on the shelf above the bed from one April to the next."),
        ("p", "The pianos arrived on the islands in waves. The first came in the late nineteenth century, with ministers and schoolmasters and the families of estate factors, shipped from Glasgow on the steamers and hauled up from the piers on carts. A second wave followed the First World War, when emigrants who had done well in Canada and Australia sent money home and a piano in the front room became a sign that a family had prospered. The last came in the 1950s and 1960s, when secondhand uprights from the mainland could be bought for a few pounds and shipped for a few more."),
        ("p", "Almost none have arrived since. The population of the islands has fallen by a third since the 1950s, and the families who remain are more likely to own a keyboard, which never needs tuning and can be carried up a croft-house stair by one person. MacAulay does not disapprove. \"A keyboard is a fine thing for a child to learn on,\" he said. \"But nobody ever left a keyboard to their granddaughter.\""),
        ("h2", "Salt and Damp"),
        ("p", "Pianos do not like islands. They are made of wood, felt, leather and steel, and each of those materials responds badly to the salt air and the wet, mild winters of the Atlantic coast. Wood swells and shrinks, pulling strings out of tune. Felt compacts and hardens. Steel strings rust, and rusted strings break, usually in the middle of a wedding."),
        ("p", "\"Half my job here isn't tuning at all,\" MacAulay said, as we drove south across the causeway to Harris in a squall that turned the windscreen white. \"It's first aid. You replace a string, you glue a hammer, you take out the mouse's nest. You tell people to keep the piano away from the outside wall and the radiator both, which in a croft house is usually impossible.\""),
        ("p", "The worst damage he sees comes not from the weather but from neglect. A piano that goes unplayed and untuned for five years can drop a quarter-tone or more, and raising it back to pitch in a single visit risks snapping strings or cracking an old iron frame. MacAulay will often do the job over two or three years, raising the pitch a little each spring, which means the piano spends those years slightly flat. Most owners, he said, do not notice. Children in school choirs sometimes do."),
        ("p", "At a primary school on the west side of Harris, we found an upright that had been tuned the previous spring and was already, MacAulay announced after one chord, \"away with the fairies.\" The school's only teacher, Morag Campbell, explained that the heating had failed over the winter and the classroom had stood at five degrees for a month. MacAulay spent two hours on it while thirteen children ate their lunch and watched him with the solemn attention usually given to a visiting vet."),
        ("p", "\"He comes once a year, like Christmas,\" one of them told me. \"Except at Christmas you get presents.\""),
        ("p", "By the time we left the school it was nearly dark. MacAulay had one more call to make that day, at a house at the head of a sea loch where an elderly man wanted his piano checked before his grandchildren arrived for the summer. We found him waiting at the gate with a torch. The piano, it turned out, was perfectly in tune. \"I know,\" the man said, when MacAulay told him. \"I just wanted the company.\""),
        ("break",),
        ("h2", "An Apprenticeship of One"),
        ("p", "MacAulay learned his trade in the 1970s at a piano factory in the north of England, in a workshop of forty men that closed in 1983. He spent a few years tuning for concert halls in Glasgow and Edinburgh, then moved north with his wife, who was from Lewis, and began taking on the island work that nobody else wanted. In those days, he said, there were still three or four tuners who came out from the mainland. By 2000 there was only him."),
        ("p", "The reasons are partly economic. A tuner in a city can do five or six pianos a day without driving more than a few miles. On the islands, MacAulay rarely manages three, and some days he manages one. The ferry fares alone run to several hundred pounds a season. \"If you did this for the money, you'd be an idiot,\" he said cheerfully. \"Luckily I am one.\""),
        ("p", "But the reasons are also about skill. Tuning an old, neglected piano by ear takes years to learn, and there is no longer any obvious way to learn it. The college courses that once trained tuners in Britain have mostly closed, and the people who take up the work now tend to learn on modern instruments in good condition, with electronic tuners. Few have ever restrung a piano, recovered a set of hammers or rebuilt a soundboard."),
        ("p", "For the past four years, MacAulay has been trying to train a successor. Her name is Eilidh Morrison, she is 29 and she grew up on South Uist, where her grandmother's piano was one of the first MacAulay tuned. She had studied music in Glasgow and was working in a call center when she wrote to ask whether he needed an assistant. He wrote back that he could not afford one, and then, a week later, that she should come anyway."),
        ("p", "Morrison now travels with him for part of each season, carrying the toolbox, learning to listen. She can tune a piano in good condition on her own, and she has started to take on simple repairs. But she also works three days a week in a hotel in Lochboisdale, because the tuning does not pay enough to live on, and she is honest about her doubts. \"I love it,\" she told me. \"I just don't know if you can make a life out of a hundred pianos, spread over a hundred and thirty miles, that get fewer every year.\""),
        ("p", "I watched them work together one afternoon on a grand piano in a hotel dining room in Tarbert, which had been booked for a wedding that weekend. MacAulay sat at the keyboard, striking octaves, while Morrison leaned into the case with the tuning hammer, making adjustments so small that I could not see her hand move. Every few minutes he would say a single word, \"up\" or \"there\" or, once, \"no,\" and she would nod. After two hours he played the first bars of a reel, listened, and told her it would do. It was, she said afterward, the closest thing to a compliment she had ever had from him."),
        ("pull", "\"I just don't know if you can make a life out of a hundred pianos, spread over a hundred and thirty miles.\""),
        ("h2", "The Last Note"),
        ("p", "There have been attempts to help. A small arts charity in Stornoway, the Hebridean Music Trust, has begun paying part of the ferry costs for tuners working on the islands, and has raised money to move a few of the best old instruments into community halls, where more people will play them. Its director, Donald Maciver, hopes eventually to fund a part-time post for Morrison. \"If every hall and school on the islands had one good piano, properly looked after, that would be something worth keeping,\" he said. \"What we cannot do is keep two hundred pianos alive in two hundred front rooms.\""),
        ("p", "The trust has also started recording the islands' pianos, partly as an archive and partly, Maciver admits, as a kind of memorial. Volunteers visit with a portable recorder and ask the owners, or anyone in the family who plays, to perform a piece of their choosing. So far they have made 64 recordings: hymns, strathspeys, a great deal of Romantic piano music and, on one croft on Lewis, a teenager playing the theme from a video game on her great-grandmother's upright."),
        ("p", "MacAulay has mixed feelings about that. He understands the logic, and he knows that many of the pianos on his list are beyond saving. But he has also seen what a piano in a front room can mean. He told me about a woman on Eriskay who had not played since her husband died, and who asked him to tune the piano anyway, every year, \"in case.\" After the fourth year, she sat down when he had finished and played a hymn, and then another, while he packed his tools and let himself out."),
        ("p", "\"You're not tuning the piano,\" he said. \"You're tuning the possibility that somebody might play it.\""),
        ("p", "On my last day with him, we drove to the southern tip of South Uist to catch the ferry to Barra, where eleven pianos were waiting. It was raining again. MacAulay had the radio on, a program of fiddle music from Cape Breton, and he was humming along, a little flat, which he acknowledged with a grin. At the terminal, he pulled his list out of the glove compartment, a sheaf of pages held together with a bulldog clip, and showed me the names he had crossed out over the years, each with a date and a few words beside it: \"Sold.\" \"Damp, beyond help.\" \"Owner died, piano to daughter in Perth.\""),
        ("p", "\"People ask me when I'll retire,\" he said, as the ferry came in. \"I tell them, when the list runs out. The trouble is, I think it might run out about the same time I do.\""),
    ],
    entities=[("Iain MacAulay", "PER"), ("MacAulay", "PER"), ("Western Isles", "LOC"), ("Scotland", "LOC"),
              ("Scottish", "MISC"), ("Inverness", "LOC"), ("Ullapool", "LOC"), ("Lewis", "LOC"), ("Barra", "LOC"),
              ("Stornoway", "LOC"), ("London", "LOC"), ("North Uist", "LOC"), ("Benbecula", "LOC"), ("Harris", "LOC"),
              ("Morag Campbell", "PER"), ("England", "LOC"), ("Glasgow", "LOC"), ("Edinburgh", "LOC"), ("Britain", "LOC"),
              ("Eilidh Morrison", "PER"), ("Morrison", "PER"), ("South Uist", "LOC"), ("Lochboisdale", "LOC"),
              ("Hebridean Music Trust", "ORG"), ("Donald Maciver", "PER"), ("Eriskay", "LOC"), ("Cape Breton", "LOC"),
              ("Perth", "LOC"), ("Balranald", "LOC"), ("Iain", "PER"),
              ("First World War", "MISC"), ("Canada", "LOC"), ("Australia", "LOC"), ("Tarbert", "LOC")],
    notes="The two pull quotes repeat lines of the text and are optional quote blocks; 'Iain's room' counts as a mention of the person.",
))

# 03 ------------------------------------------------------------- paginated investigation, part one, two authors
ARTICLES.append(dict(
    id=f"{SITE}-03", sid="st-16051707", template="serial",
    url=f"{HOST}/investigations/2016/05/17/the-forgers-apprentice", legacy=True, meta_author="Samuel Okwuosa",
    series="Longitude Investigates", series_dek="A three-part investigation into the market for forged Old Masters.",
    rubric="Investigations", nav="Investigations",
    headline="The Forger's Apprentice",
    seo_title="How an Antwerp Painter Became One of Europe's Most Prolific Forgers",
    dek="A young painter in Antwerp made more than a hundred pictures in the style of a forgotten Flemish master. Many of them were sold as the real thing. Part one of three.",
    authors=["Samuel Okwuosa", "Clara Heinz"],
    published=D(2016, 5, 17, 7, 0, tzinfo=EDT), crawl=D(2016, 5, 19, 10, 0, tzinfo=EDT),
    issue="June 2016", issue_date="2016-06",
    pages=["The Perfect Copy", "The Auction", "The Confession"], wc_total=7240,
    hero=("vermeulen-studio", "Lotte Vermeulen in her studio in Antwerp. She has never been charged with a crime.", "Photograph by Pieter Claes for Longitude"),
    bios=["Samuel Okwuosa is an investigative reporter at Longitude.", "Clara Heinz is a writer based in Brussels who covers the art market."],
    topics=["Art", "Crime", "Belgium", "Investigations", "Art Market"],
    related=[("Culture", "The Museum That Could Not Prove Its Paintings Were Real", 30),
             ("Investigations", "Inside the Warehouse of Stolen Icons", 65), ("Essays", "What Is a Fake, Anyway?", 90),
             ("Books", "Six Great Books About Forgery", 120)],
    body=[
        ("p", "The first painting Lotte Vermeulen ever sold was a small oil sketch of a woman reading by a window, eight inches by ten, which she finished in a rented studio in Antwerp in the winter of 2009. She was 23, two years out of art school and working nights in a bar. The man who bought it paid her 400 euros in cash and asked whether she could do another, \"the same, but a little older.\""),
        ("p", "Over the next five years, by her own account and according to court documents in Belgium and the Netherlands, Vermeulen painted at least 140 more. Most were small domestic scenes in the style of Jozef Verhaegen, a minor Flemish painter who died in 1891 and whose modest reputation had begun to rise, along with his prices, in the early 2000s. Many of them, investigators later concluded, were sold at auction and through private dealers as Verhaegen's own work, for sums that reached 85,000 euros."),
        ("p", "Vermeulen has never been charged with a crime. She says she did not know, for most of that time, what was being done with her paintings, and prosecutors in Antwerp, who spent three years on the case, appear to have accepted that. The man who bought them, a dealer named Felix Daems, was convicted of fraud last year and is appealing. The paintings themselves are still out there, in private collections across Europe and North America, in at least two regional museums and, almost certainly, on the walls of people who have no idea what they own."),
        ("p", "This is the story of how a talented young painter became, without quite meaning to, one of the most prolific forgers of the decade, and of the art market that made it possible. It is based on interviews with Vermeulen, with investigators, dealers and auction-house specialists, and on several thousand pages of court records."),
        ("h2", "A Gift for Age"),
        ("p", "Vermeulen grew up in Mechelen, the daughter of a schoolteacher and a furniture restorer. It was her father, she says, who taught her the skill that would later make her valuable: how to make something new look old. As a teenager she spent her weekends in his workshop learning to mix varnishes, distress gilding and rub pigment into the grain of new oak so that it looked as if it had been handled for a century."),
        ("p", "\"He used to say that anyone can make a thing look old,\" she told us in the first of several long conversations in Antwerp. \"The trick is to make it look as if it got old by itself. Dirt goes where hands go. Cracks go where the wood moves. If you put them anywhere else, a good eye will see it in a second.\""),
        ("pull", "\"Anyone can make a thing look old. The trick is to make it look as if it got old by itself.\""),
        ("p", "At art school in Ghent she was known less for her own work than for her copies. Her teachers set copying exercises as a matter of routine, a practice as old as the academies themselves, and Vermeulen's were so accurate that one of them, a study after a seventeenth-century still life, was briefly mistaken by a visiting examiner for the original."),
        ("p", "\"I was proud of that,\" she said. \"I didn't think about what it meant.\""),
        ("h2", "The First Commission"),
        ("p", "Daems found her in 2009 through a friend who worked at a framing shop near the city's antiques quarter. He was then in his fifties, a dealer in nineteenth-century Belgian paintings with a small gallery and a large network of clients, many of them in Germany and the United States. He told Vermeulen that he supplied decorators and hotels with \"period-style\" pictures, and that he needed someone who could paint convincingly in the manner of the time."),
        ("p", "There was nothing illegal about that, and nothing unusual. Decorative copies and pastiches are sold openly all over the world, and many reputable painters have made a living producing them. The first commission was for six small interiors, each to be painted on an old panel that Daems supplied. He asked her not to sign them."),
        ("p", "\"He said the hotels didn't want a modern signature on a picture that was meant to look old,\" Vermeulen said. \"It sounded reasonable. Honestly, I didn't care. He was paying me more for a week's work than the bar paid me in a month.\""),
    ],
    entities=[("Lotte Vermeulen", "PER"), ("Vermeulen", "PER"), ("Antwerp", "LOC"), ("Belgium", "LOC"), ("Netherlands", "LOC"),
              ("Jozef Verhaegen", "PER"), ("Verhaegen", "PER"), ("Flemish", "MISC"), ("Felix Daems", "PER"), ("Daems", "PER"),
              ("Europe", "LOC"), ("North America", "LOC"), ("Mechelen", "LOC"), ("Ghent", "LOC"), ("Belgian", "MISC"),
              ("Germany", "LOC"), ("United States", "LOC")],
    notes="Page 1 of 3: the body is part one only; the pagination links and the list of parts are navigation, and the pull quote is optional.",
))

# 04 ------------------------------------------------------------- long science story with a pull quote
ARTICLES.append(dict(
    id=f"{SITE}-04", sid="st-20082506", template="longform",
    url=f"{HOST}/story/listening-for-silence-lapland", title_mode="bare",
    rubric="Science", nav="Science",
    headline="Listening for Silence",
    dek="In the far north of Finland, a sound ecologist has spent fourteen years recording the quietest places she can find. Each summer there are fewer of them.",
    authors=["Jonah Whitfield"], photos="Photographs by Saara Heikkilä",
    published=D(2020, 8, 25, 6, 0, tzinfo=EDT), crawl=D(2020, 8, 31, 7, 45, tzinfo=EDT),
    issue="September 2020", issue_date="2020-09",
    hero=("rautio-fell-microphones", "Aino Rautio sets up microphones beside a tarn on the fells of northern Lapland.", "Saara Heikkilä for Longitude"),
    bios=["Jonah Whitfield writes about science and the environment. His book on the history of noise will be published next year."],
    topics=["Finland", "Sound", "Ecology", "Wilderness", "Science"],
    related=[("Science", "The Ocean Is Getting Louder", 18), ("Essays", "A Brief History of Noise Complaints", 35),
             ("Travel", "Walking the Arctic Trail in Midsummer", 47), ("Features", "The Last Reindeer Herders of the Fell", 70)],
    body=[
        ("p", "The first thing Aino Rautio does when she reaches a new recording site is nothing at all. She sets down her pack, sits on it and listens for twenty minutes, without taking out her equipment, without speaking, without checking her phone. \"You have to let your ears arrive,\" she told me, on a bare fell in northern Finland, a day's walk from the nearest road. \"They come a long way behind the rest of you.\""),
        ("p", "Rautio, 47, is a sound ecologist, one of a small number of scientists who study the acoustic environment the way others study water quality or biodiversity. For fourteen years she has been making long recordings in the wildest places she can reach in Finnish Lapland, listening for something that is becoming harder to find anywhere on earth: a stretch of time, fifteen minutes or more, without a single human-made sound."),
        ("p", "In 2006, when she began, she found such stretches at 31 of the 40 sites she recorded. Last summer, returning to the same places with the same equipment, she found them at eleven. The rest had been reached by the sounds of the modern world: jets on the polar routes between Europe and Asia, snowmobiles and all-terrain vehicles, the distant drone of a new mine, the wind turbines on a ridge thirty kilometers away, the helicopters that now fly tourists out to see the reindeer."),
        ("p", "\"People think of silence as empty,\" she said. \"It isn't. It's full. It's just full of things we have stopped hearing.\""),
        ("pull", "\"People think of silence as empty. It isn't. It's full.\""),
        ("h2", "Eighteen Decibels"),
        ("p", "We had walked in the day before, following a herders' track north from a cluster of cabins near Kilpisjärvi, through birch woods that gave way, as we climbed, to open fell covered in lichen and dwarf willow. Rautio carried forty pounds of equipment: two recorders, four microphones, a windscreen of synthetic fur the size of a small dog, spare batteries, a sleeping bag and food for three days. I carried the tent and, by the second afternoon, an enormous respect for her."),
        ("p", "Her recording site was a shallow bowl in the fell, ringed by low rocks, with a small tarn at the bottom. She chose it, she said, because it was sheltered from the wind, the enemy of every field recordist, and because the rocks would reflect sound in interesting ways. She set up her microphones on tripods at the edge of the tarn, started the recorders and walked with me two hundred meters away, so that our own noise would not intrude."),
        ("p", "What the recorders captured over the next twelve hours she showed me later on her laptop as a spectrogram, a picture of sound in which time runs from left to right and pitch from bottom to top. Most of it was the texture of the place: the lap of the tarn, wind in the willow, the chatter of a bluethroat, the thin whistle of a golden plover. At 2:14 in the morning, a faint band appeared low on the screen and stayed there for nearly four minutes. It was an airliner, flying at 35,000 feet, perhaps 20 kilometers to the east. Neither of us, lying in the tent, had heard it."),
        ("p", "\"That's the thing,\" Rautio said. \"You don't hear it consciously. But your body does. Your stress hormones do. And every animal out there hears it too.\""),
        ("p", "The quietest moments on the recording measured about 18 decibels, close to the limit of the equipment and far quieter than the hum of a refrigerator. The average in a suburban garden is around 45. A city street is often 70 or more. Rautio's working definition of natural quiet is simple: a period in which no human-made sound can be heard above the natural background. By that definition, she estimates, less than 3 percent of Finland's land area now experiences natural quiet for more than half of the daylight hours in summer."),
        ("h2", "An Ear for It"),
        ("p", "Rautio came to sound by accident. She trained as a forest ecologist and spent her twenties counting birds in the spruce forests of central Finland, a job that, in practice, meant identifying them by their songs. To check her counts, she began carrying a cheap recorder, and then a better one. Listening back to the tapes in the evenings, she found herself paying less attention to the birds than to everything around them: the wind, the rain, the creak of the trees and, more and more often, the engines."),
        ("p", "\"I realized that I had been deleting the noise in my head,\" she said. \"Your brain does it automatically. It decides what is important and throws away the rest. The recorder doesn't do that. It's completely honest. It told me things about those forests that I had been standing in the middle of and never noticed.\""),
        ("p", "In 2006 she began the recordings that became her life's work, choosing forty sites across Lapland that were, as far as she could tell, as far from human activity as it was possible to be in Finland. Some are on fells, some beside rivers or in old forests, one on an island in a lake that can only be reached by canoe. She visits each at least once every summer and leaves the recorders running for at least twenty-four hours, so that each year's recording covers the full daily cycle of sound."),
        ("p", "The work is slow and mostly unglamorous. A single season produces several thousand hours of audio, far more than anyone could listen to, and for years Rautio and a succession of students went through it by hand, scanning spectrograms for the telltale shapes of engines. Software now does much of that, trained on her own annotations, but she still listens to a sample of every recording herself. \"The software finds the planes,\" she said. \"It doesn't notice when the cuckoo comes back two weeks early.\""),
        ("h2", "The Noise Map"),
        ("p", "Sound ecology is a young discipline, and for most of its history other scientists have regarded it as something between a specialty and an eccentricity. That has begun to change, as evidence accumulates that noise affects living things in ways that are both measurable and serious. Birds in noisy places sing louder and at higher pitches, and some species abandon those places altogether. Frogs call less. Bats that hunt by listening for the footsteps of insects catch fewer of them near roads. In the sea, the noise of ships drowns out the songs of whales."),
        ("p", "\"Every study that has looked for an effect has found one,\" said Mikael Lindqvist, who leads an acoustics group at the Nordic Institute for Environmental Research in Oulu and has worked with Rautio for a decade. \"The question is no longer whether noise matters to ecosystems. It's how much, and what we can do about it.\""),
        ("p", "Part of the answer, Lindqvist and Rautio believe, is to map it. With a network of 60 automated recorders left out across Lapland for a full year, they have begun to build what they call a noise map of the region, showing where and when human sound reaches and how far it carries. The first results, published last year, surprised even them. The noise of a single snowmobile on a frozen lake could be detected eleven kilometers away. The low hum of a mine's ventilation system could be traced across three valleys."),
        ("p", "\"We knew the big sources,\" Rautio said. \"What we didn't understand was how far they spread, and how little of the landscape is out of reach. The map is mostly orange and red. The green patches, the quiet places, are small, and they are shrinking.\""),
        ("p", "The recorders have also caught things nobody was listening for. A unit left beside a river in the far north picked up, one night in October, the calls of a pair of wolves, a species that had not been recorded in that valley for more than forty years. Another recorded the cracking of lake ice through a whole winter, a sound so varied and strange that Rautio has played it to audiences at concerts. \"People assume the science will be dry,\" she said. \"Then they hear the ice singing and they want to know everything.\""),
        ("h2", "A Park for Quiet"),
        ("p", "In 2018, Rautio and a group of colleagues, local guides and Sámi reindeer herders proposed that part of the fells around the place where we camped be designated a quiet area, a zone where motorized access would be restricted and overflights discouraged. The idea is not new. National parks in several countries have set aside zones for natural quiet, and some airports have agreed to route flights around them. But it would be the first such zone in the Nordic countries, and it has run into opposition."),
        ("p", "Some of that opposition has come from the tourism companies that fly visitors over the fells and run snowmobile safaris in winter, and which argue, with some justice, that their businesses keep the villages alive. Some has come from hunters and anglers who use all-terrain vehicles to reach remote lakes. And some has come from within the herding community itself, where snowmobiles and, increasingly, drones have become essential tools of the trade."),
        ("p", "There is a human argument too. A growing body of medical research links long-term exposure to noise with raised blood pressure, disturbed sleep and heart disease, and several studies have found that time spent in quiet natural surroundings measurably lowers stress hormones within minutes. Tourism boards in the region have noticed. Some now market the fells explicitly as a place to escape noise, which Rautio finds both encouraging and faintly absurd. \"They fly people up here from the south to experience the quiet,\" she said. \"And then they take them on a helicopter ride.\""),
        ("p", "\"I understand why people want quiet,\" said Niila Aikio, a herder whose family has grazed reindeer on these fells for generations. \"But I can't herd a thousand reindeer on skis. My grandfather could, maybe. I can't. If you want a quiet area, you have to make it one where people can still make a living.\""),
        ("p", "Rautio does not disagree. The proposal now on the table, which the regional council is due to consider next year, would exempt herding from the restrictions entirely and limit motorized traffic only in summer. Its main targets are the sightseeing flights, which have multiplied in the past five years, and the jets on the high-altitude routes, which Finland can ask, but not oblige, to fly elsewhere."),
        ("p", "If the zone is approved, Rautio's recorders will measure whether it works. She is cautiously hopeful. In a pilot study on a smaller area two summers ago, when one tour operator agreed to reroute its flights for a month, the number of hours of natural quiet at the nearest recording site more than doubled. \"Sound is one of the few kinds of pollution you can switch off,\" she said. \"The moment the source stops, it's gone. There's nothing left to clean up.\""),
        ("break",),
        ("h2", "What the Silence Holds"),
        ("p", "On our third morning, the wind dropped completely. The tarn went flat, the birds were quiet, and for a long stretch, perhaps half an hour, there was nothing. Not the absence of sound, but something I had never heard before and could not name: an enormous, layered stillness in which the smallest things stood out with startling clarity. A bumblebee working the willow thirty meters away. The click of a stone warming in the sun. My own heartbeat."),
        ("p", "Rautio, beside me, had her eyes closed. Afterward she checked the recording. It was the longest stretch of natural quiet she had captured at that site in four years: thirty-one minutes and forty seconds, ending with the low note of a jet far to the south."),
        ("p", "\"Thirty-one minutes,\" she said, and smiled. \"When I started, I would have thought that was a bad day.\""),
        ("p", "Later that day, packing up, she let me listen to the recording on headphones. Played back, the half hour of stillness sounded almost like nothing at all, a faint hiss in which, if you concentrated, you could pick out the bee and, once, the distant call of a raven. \"It doesn't sound like much, does it?\" she said. \"That's how you know it's real.\""),
        ("p", "She plans to keep recording at her forty sites for as long as she is able, and to publish the recordings, with their spectrograms, as an open archive that anyone can listen to. Partly it is science: a baseline against which future change can be measured. Partly, she admits, it is something closer to preservation, like pressing flowers. \"If these places do become noisy, somebody should know what they sounded like before,\" she said. \"The recordings may be the only place that silence still exists.\""),
        ("p", "We walked out that afternoon, down through the birch woods to the road. The first car passed while we were still twenty minutes from it. I heard it long before I saw it, and for the first time in my life, I noticed how loud it was."),
    ],
    entities=[("Aino Rautio", "PER"), ("Rautio", "PER"), ("Finland", "LOC"), ("Finnish", "MISC"), ("Lapland", "LOC"),
              ("Europe", "LOC"), ("Asia", "LOC"), ("Kilpisjärvi", "LOC"), ("Mikael Lindqvist", "PER"), ("Lindqvist", "PER"),
              ("Nordic Institute for Environmental Research", "ORG"), ("Oulu", "LOC"), ("Sámi", "MISC"), ("Nordic", "MISC"),
              ("Niila Aikio", "PER")],
    notes="The pull quote condenses a quoted line of the text and is an optional quote block.",
))

# 05 ------------------------------------------------------------- paginated dispatch, part one, no pull quote
ARTICLES.append(dict(
    id=f"{SITE}-05", sid="st-18060507", template="serial",
    url=f"{HOST}/dispatches/who-owns-the-oysters-of-tangier-sound", legacy=True,
    rubric="Dispatches", nav="Dispatches",
    headline="Who Owns the Oysters of Tangier Sound?",
    dek="After decades of collapse, the Chesapeake Bay's oysters are coming back. The recovery has set watermen against scientists, and one father against his son. Part one of three.",
    authors=["Dana Whitcomb"], photos="Photographs by Marcus Lee",
    published=D(2018, 6, 5, 7, 0, tzinfo=EDT), crawl=D(2018, 6, 6, 12, 0, tzinfo=EDT),
    pages=["Low Water", "The Sanctuaries", "The Harvest"], wc_total=6480,
    hero=("tyler-dredge", "Earl Tyler hauls his dredge aboard the Ada Mae in Tangier Sound.", "Marcus Lee for Longitude"),
    bios=["Dana Whitcomb is a writer in Annapolis. She has covered the Chesapeake for two decades."],
    topics=["Chesapeake Bay", "Oysters", "Fisheries", "Maryland", "Dispatches"],
    related=[("Science", "The Reef Builders", 22), ("Features", "Last of the Skipjacks", 40),
             ("Essays", "What We Owe the Water", 58), ("Photography", "Watermen", 80)],
    body=[
        ("p", "At half past four on a June morning, in the blue hour before sunrise, Earl Tyler eased his workboat away from the dock in Crisfield and pointed it west into Tangier Sound. He is 66 and has worked these waters since he was 12, first with his father and now, most days, alone. The boat, a 42-foot deadrise built in 1979, is called the Ada Mae, after his mother. On the stern, someone has painted in small letters: \"Still here.\""),
        ("p", "Tyler is an oysterman, one of perhaps a few hundred left who make most of their living from the wild oysters of the Chesapeake Bay. A century ago there were more than 10,000 on the Maryland side of the bay alone, and the annual harvest ran to millions of bushels. By the early 2000s, after decades of overharvesting, pollution and two parasitic diseases, it had fallen to a few tens of thousands, and scientists were warning that the bay's native oyster might disappear as a commercial species altogether."),
        ("p", "It did not disappear. In the past decade the harvest has recovered to several hundred thousand bushels a year, and parts of the bay that had been written off now hold reefs thick enough to scrape a boot on. But the recovery has set off a bitter argument, one that has pitted watermen against scientists, neighbor against neighbor and, in Tyler's case, father against son, over a simple question: now that the oysters are coming back, who gets to take them?"),
        ("p", "The argument centers on the sanctuaries, large areas of the bay where harvesting has been banned since 2010 to allow the reefs to rebuild. Watermen say the sanctuaries are full of oysters going to waste, dying of old age while the men who used to harvest them go broke. Scientists and conservation groups say that is exactly the point: old, large oysters are the ones that spawn the most, and the reefs, which also filter the water and shelter fish and crabs, need decades of peace to recover."),
        ("h2", "A Bushel at a Time"),
        ("p", "Tangier Sound has been worked this way for more than a century, and the rules that govern it are almost as old. Dredging under sail or with a small push boat is allowed only on certain days, in certain months, in certain waters, and every waterman can recite the boundaries from memory, the way other people know the streets of the town they grew up in."),
        ("p", "By seven, Tyler had his dredge in the water, a steel frame with a toothed bar and a chain-mesh bag, dragged along the bottom behind the boat. Every few minutes he hauled it up with a winch and dumped its load onto a culling board: oysters, shell, mud, a few small crabs, an old bottle. He sorted it with a culling iron, knocking off the undersized oysters and tossing them back, keeping the ones longer than three inches."),
        ("p", "\"There was a time I'd fill my limit by nine,\" he said. \"Now I'm lucky by noon, and that's on a good bar.\" The state limit for a dredge boat with one man aboard is 15 bushels a day. By the time we turned for home, shortly after one, he had eleven."),
        ("p", "Across the channel, perhaps a mile away, a line of white buoys marked the edge of the Tangier Sound sanctuary. Tyler nodded toward it without looking. \"Everything in there is bigger than anything out here,\" he said. \"Everybody knows it. The scientists know it. They just won't let us touch it.\""),
        ("p", "His son, Wade, is one of the people who won't. A marine biologist with the Chesapeake Reef Alliance, a nonprofit that monitors the sanctuaries, he spends much of each summer diving on the same reefs his father would like to dredge. The two men have not spoken about oysters, by mutual agreement, for three years."),
    ],
    entities=[("Earl Tyler", "PER"), ("Tyler", "PER"), ("Crisfield", "LOC"), ("Tangier Sound", "LOC"), ("Ada Mae", "MISC"),
              ("Chesapeake Bay", "LOC"), ("Maryland", "LOC"), ("Wade", "PER"), ("Chesapeake Reef Alliance", "ORG")],
    notes="Page 1 of 3: the body is part one only; the boat's name is typed MISC.",
))

# 06 ------------------------------------------------------------- short feature, no hero, inline photo, pull quote
ARTICLES.append(dict(
    id=f"{SITE}-06", sid="st-24013009", template="standard",
    url=f"{HOST}/story/the-bookshop-at-the-end-of-the-line", title_mode="bare", ld_authors=["T. Vance"],
    rubric="Culture", nav="Culture",
    headline="The Bookshop at the End of the Line",
    dek="A former librarian bought an abandoned railway station in the Maine woods for $38,000 and filled it with books. People drive an hour to get there.",
    authors=["Teodora Vance"],
    published=D(2024, 1, 30, 9, 0, tzinfo=EST), crawl=D(2024, 2, 2, 8, 0, tzinfo=EST),
    leadin=4,
    bios=["Teodora Vance is a writer and bookseller in Portland, Maine."],
    topics=["Books", "Bookshops", "Maine", "Railways", "Culture"],
    related=[("Books", "The Booksellers Who Refuse to Go Online", 12), ("Travel", "Slow Trains Through New England", 27),
             ("Essays", "On Secondhand Books and Their Ghosts", 44), ("Culture", "A Library in a Lighthouse", 73)],
    body=[
        ("p", "The last passenger train left Harlow Junction in 1958, and for the next sixty years the station stood empty at the end of a grass-grown spur, its windows boarded, its platform canopy sagging a little more each winter. In 2019 Ruth Adeyemi bought it for $38,000, a figure she still repeats with a kind of disbelief, and turned it into a bookshop."),
        ("p", "Junction Books occupies what used to be the waiting room, the ticket office and the freight shed of a small clapboard station in western Maine, about forty minutes from the nearest town of any size. It stocks roughly 9,000 books, most of them secondhand, on shelves built from the station's old platform boards. The ticket window is now the till. The timetable board, restored, lists not trains but events: a poetry reading, a knitting circle, a talk by a retired game warden on the tracks of Maine's mammals."),
        ("p", "On a Saturday afternoon in January, with snow falling steadily and the thermometer at the door reading 11 degrees, there were fourteen people in the shop. Two were warming their hands at the woodstove in the old waiting room. A boy of about eight was lying on his stomach on the freight-shed floor, reading a book about trains. \"People drive an hour to get here,\" Adeyemi said. \"I still don't completely understand why. I think it's because it's the end of the line. There's nothing to do here except read.\""),
        ("pull", "\"There's nothing to do here except read.\""),
        ("p", "Adeyemi, who is 52, spent twenty years as a librarian in Boston before a divorce and what she calls \"a deeply unoriginal midlife crisis\" sent her looking for something else. She had no retail experience and no particular plan. She found the station through a listing for a \"historic structure, needs work,\" drove up to see it in a March thaw and made an offer the same afternoon."),
        ("img", "junction-books-waiting-room", "The former waiting room of the Harlow Junction station, now the main room of Junction Books.", "Photograph by Eli Brandt for Longitude"),
        ("p", "The work it needed turned out to be considerable. The roof had to be replaced, the foundation shored up and the wiring torn out entirely. A neighbor, a retired carpenter named Walt Pelletier, offered to help for a week and stayed for eighteen months. Local people donated books by the carload, some from attics that had not been opened in decades; among the first gifts were a complete nineteenth-century encyclopedia and a box of railway timetables from the 1920s, which now hang, framed, in the ticket office."),
        ("p", "The shop opened in the summer of 2020, in the middle of the pandemic, which Adeyemi expected to finish it off before it had started. Instead, it thrived. People who could not travel far were looking for somewhere to go, and a bookshop in an old station, at the end of a dirt road in the woods, turned out to be exactly the kind of place they wanted. Sales in the first year were three times what her business plan had predicted."),
        ("p", "It is not, she insists, a money-making enterprise. After paying for stock, heating and a part-time assistant, the shop clears enough to cover her modest living costs and not much more. In winter it opens four days a week; in summer, when tourists come through on their way to the lakes, seven. She has turned down two offers to buy it."),
        ("p", "\"A lot of people come in and tell me this is their dream,\" she said, as the light began to go and the last customers drifted out to their cars. \"I always want to tell them: it's not a dream. It's a building with a leaking roof, and a woodstove you have to feed every two hours, and a lot of books. But yes, it's also the best thing I ever did.\""),
        ("p", "Outside, the snow had covered the old rails completely. Adeyemi switched off the lamp over the sign, which still reads, in faded letters above the door, \"Harlow Junction.\" She has never thought of changing it. \"It was a station for sixty years before it was a shop,\" she said. \"It can keep its name.\""),
    ],
    entities=[("Harlow Junction", "LOC"), ("Ruth Adeyemi", "PER"), ("Adeyemi", "PER"), ("Junction Books", "ORG"),
              ("Maine", "LOC"), ("Boston", "LOC"), ("Walt Pelletier", "PER")],
    notes="No hero image on this story; the inline photo caption and the pull quote are optional blocks.",
))

# 07 ------------------------------------------------------------- long photo feature with a gallery
ARTICLES.append(dict(
    id=f"{SITE}-07", sid="st-25091606", template="photo",
    url=f"{HOST}/story/where-the-circus-spends-the-winter", ld_date="issue",
    rubric="Photography", nav="Photography",
    headline="Where the Circus Spends the Winter",
    seo_title="A Spanish Family Circus in Its Winter Quarters in Extremadura",
    ld_headline="A Spanish Family Circus in Its Winter Quarters in Extremadura",
    dek="From March to November, a family circus tours the towns of Spain. Then it goes home to a farm in Extremadura, and for four months it stops.",
    authors=["Lucía Ferrer"], photos="Photographs by Tomás Arriaga",
    published=D(2025, 9, 16, 6, 0, tzinfo=EDT), crawl=D(2025, 9, 22, 9, 30, tzinfo=EDT),
    issue="October 2025", issue_date="2025-10",
    hero=("valdes-barn-elephant", "The plywood elephant in the barn outside Trujillo where the Circo Hermanos Valdés spends the winter.", "Tomás Arriaga for Longitude"),
    bios=["Lucía Ferrer is a writer based in Seville. Tomás Arriaga is a photographer from Cáceres."],
    topics=["Spain", "Circus", "Family", "Photography", "Rural Life"],
    related=[("Photography", "The Last Traveling Cinemas", 24), ("Features", "Acrobats of the Silk Road", 39),
             ("Essays", "Why We Still Go to the Circus", 52), ("Travel", "Extremadura in Winter", 77)],
    body=[
        ("p", "The elephant is made of plywood. It stands in the corner of a barn outside Trujillo, in the dry hill country of Extremadura, with one foot raised and its trunk curled toward the rafters, painted gray with a red-and-gold blanket across its back. It was built in 1987 to replace the real elephant the Valdés family circus had owned until then, an Asian cow who spent her last years in a sanctuary in the south of France. Nobody in the family can quite bring themselves to throw it out."),
        ("p", "\"My grandfather said that a circus without an elephant is a circus without a heart,\" said Marisa Valdés, who is 44 and runs the Circo Hermanos Valdés with her two brothers. \"So we made one. It doesn't eat, and it doesn't perform. But it comes with us every year, and the children love it.\""),
        ("p", "From March to November, the circus is on the road: 23 people, eleven trucks, a blue-and-yellow big top that seats 600 and a schedule of some 140 towns across Spain and, occasionally, Portugal. They perform in village squares and on the edges of industrial estates, on fairgrounds and football fields, staying two or three days in each place before packing up at midnight and driving on. Then, in the middle of November, they come home to the farm outside Trujillo, where the family has spent its winters since 1962, and for four months they stop."),
        ("p", "I spent three weeks with them there last winter, with the photographer Tomás Arriaga, to see what a circus does when it is not being a circus. The answer, it turned out, is almost everything else."),
        ("h2", "The Farm"),
        ("p", "The farm is a scatter of low stone buildings around a dusty yard, with a cork-oak pasture behind it and a view across the plain to the granite hills. The family bought it with the proceeds of a particularly good season, when Marisa's grandfather, Aurelio Valdés, was the most famous trapeze artist in Spain and the circus played to full tents in Madrid and Barcelona. It was meant as a place to rest the animals. Now that there are no animals apart from six horses and a very old dog, it is a place to rest the people."),
        ("p", "In winter the caravans are drawn up in a semicircle behind the main house, and the big top, folded into its trucks, sleeps in the barn beside the plywood elephant. Each family has its own caravan, and there are several families: the three Valdés siblings and their children, two cousins, a family of acrobats from Romania who have toured with the circus for nine years, a clown from Argentina, a juggler from Galicia and, this year, a young couple from Valencia with an aerial act on silks, who joined in the spring."),
        ("p", "\"People imagine the circus is like a family,\" said Jorge Valdés, Marisa's younger brother, who handles the trucks, the money and, in the ring, the horses. \"It's not like a family. It is a family. You fight, you make up, you eat together every night. And in the winter, when we're not working, you find out whether you still like each other.\""),
        ("p", "The Valdés circus is older than the farm. It was founded in 1931 by Marisa's great-grandfather, Ramón, a blacksmith's son from Badajoz who had run away with a traveling troupe as a boy and, by his thirties, owned one. It survived the civil war by touring the villages of whichever side happened to control them, performing, the family story goes, the same show for both, with the flags changed at the interval. Photographs from those years, pinned to the kitchen wall, show a tent no bigger than a barn, a horse, a dog in a ruff and six performers, all of them Valdés."),
        ("p", "Aurelio, Ramón's son, turned it into something larger. In the 1950s and 1960s, when the circus was still the great popular entertainment of rural Spain, he built up a company of forty performers, a menagerie of lions, bears and the elephant, and a reputation as the finest flyer of his generation. His trapeze act, in which he caught his wife by the ankles after a triple somersault, was filmed for a newsreel in 1958. The family has a copy on a DVD that Jorge plays for visitors who ask, and for some who do not."),
        ("h2", "Practice"),
        ("p", "Winter is not a holiday. By nine each morning, the practice ring in the second barn, a circle of packed sand under a corrugated roof, is busy. The Romanian acrobats, the Dumitru family, work on a new routine in which their youngest daughter, Ioana, who is 13, is thrown between her father and her uncle in a double somersault. Marisa's son Daniel, 17, practices on the trapeze his great-grandfather used, rigged from the roof beams. The juggler, Breogán Souto, stands in a corner throwing clubs against the wall for hours, catching them on the rebound."),
        ("p", "\"You lose something every day you don't practice,\" Souto said. \"In the season we do the same show twice a day, so you keep it, but you don't improve. Winter is when you get better. Or when you find out you can't.\""),
        ("p", "Injuries are part of the rhythm. In the weeks I was there, Ioana sprained an ankle and was back in the ring within ten days; Daniel fell from the trapeze into the net, twice, and laughed both times. Marisa, who was an aerialist herself until a shoulder injury in her thirties, watches the practices from a plastic chair by the ring with a flask of coffee and a notebook, and rarely intervenes. \"I don't teach them,\" she said. \"I tell them when they're lying to themselves.\""),
        ("p", "In the evenings, when practice is over and the light goes, the farm becomes something closer to a village. Someone lights a fire in a half-barrel in the yard. The Dumitru grandmother, who does not perform but cooks for anyone who asks, makes a stew of beans and smoked pork in a pot the size of a bathtub. The clown, an Argentine named Hernán Ruiz who has been with the circus for sixteen years, plays the guitar badly and sings well. The children run between the caravans in the dark until somebody's mother calls them in."),
        ("p", "\"In the season we never have this,\" Ruiz said one night, as the fire burned down. \"We arrive, we build, we perform, we sleep, we pack, we drive. You don't sit still long enough to talk. Here, you talk. Sometimes too much.\" He laughed. \"By February we are all sick of each other's stories. By March we can't wait to get back on the road, so we can stop telling them.\""),
        ("gallery", "Winter quarters: photographs by Tomás Arriaga", [
            ("practice-ring", "Ioana Dumitru, 13, rehearses a double somersault in the practice ring in January.", "Tomás Arriaga for Longitude"),
            ("daniel-trapeze", "Daniel Valdés on the trapeze once used by his great-grandfather, Aurelio.", "Tomás Arriaga for Longitude"),
            ("souto-clubs", "Breogán Souto practices with his clubs against the barn wall.", "Tomás Arriaga for Longitude"),
            ("kitchen-accounts", "Jorge Valdés goes through the season's accounts at the kitchen table.", "Tomás Arriaga for Longitude"),
            ("caravans-dusk", "The caravans at dusk, drawn up in a semicircle behind the farmhouse.", "Tomás Arriaga for Longitude"),
            ("big-top-march", "The big top is unfolded in the yard in March and checked for tears before the season.", "Tomás Arriaga for Longitude"),
        ]),
        ("h2", "The Business"),
        ("p", "In the afternoons, the circus becomes a small business with large problems. The costs of touring have risen sharply: diesel for eleven trucks, insurance, the fees that many towns now charge for the use of public land, the wages of the performers who are not family. Audiences fell during the pandemic and have not fully returned. A ticket costs 12 euros for adults and 8 for children, and Jorge Valdés reckons that the circus needs to sell at least 250 tickets a show to break even. Last season, the average was 214."),
        ("p", "\"We lost money last year for the first time in twenty years,\" he said, at the kitchen table, surrounded by spreadsheets and unpaid invoices. \"Not much. But the year before we made almost nothing, and the year before that we made a little. You can't go on like that forever.\""),
        ("p", "The bans on wild animals in circuses, which Spain's regions introduced one by one over the past decade, are not, the family insists, the problem. They gave up their last lions in 2004, long before any law required it, and say they do not miss them. \"The animals were expensive, and people had started to feel uncomfortable, and honestly, so had we,\" Marisa said. \"The show is better without them. It's about what people can do.\""),
        ("p", "The problem, as Jorge sees it, is competition for attention. \"When my grandfather started, the circus was the only show in town. Literally. There was no television, no cinema in most villages. Now every child has a screen in their pocket with every show in the world on it. We have to give them something a screen can't.\""),
        ("p", "What that is, the family believes, is presence: the smell of sawdust and popcorn, the heat of the lights, the knowledge that the girl flying through the air twenty feet above you could fall. This winter they have been reworking the show to bring the audience closer, removing the ring fence and adding acts that take place among the seats. \"We want people to feel the wind when the trapeze goes past,\" Marisa said."),
        ("p", "They have also, for the first time, hired help from outside the family. A theater director from Cáceres, Nerea Ibarra, spent two weeks at the farm in January, watching rehearsals and suggesting changes to the running order, the lighting and the music. Some of her ideas were accepted at once; others provoked arguments that went on late into the night. \"They have been doing this for three generations,\" Ibarra said. \"I have been doing it for two weeks. My job is to ask stupid questions, and theirs is to decide which ones are not stupid.\""),
        ("p", "Ibarra's most radical suggestion, which the family is still arguing about, is to shorten the show. At present it lasts two and a half hours with an interval, as circus shows in Spain traditionally have. She believes that ninety minutes without a break would hold younger audiences better. Jorge is tempted by the savings; Marisa worries that audiences who have paid for an evening will feel cheated. \"My grandfather would turn in his grave,\" she said. Then, after a pause: \"Maybe that is a good reason to do it.\""),
        ("h2", "Homecoming"),
        ("p", "For the children of the circus, the farm is the closest thing to a fixed address they have. During the season, they study by correspondence, with a teacher who travels with them three days a week, paid for by the regional education authority. In winter they go to the village school in Trujillo, where, Marisa said, their classmates regard them with a mixture of envy and suspicion."),
        ("p", "\"At school, I'm the circus girl,\" said Ioana Dumitru, who speaks Romanian at home, Spanish at school and a mixture of both in the ring. \"In the circus, I'm just Ioana. I like the circus better.\""),
        ("p", "Not all the children will stay. Marisa's eldest, a daughter of 20, left last year to study nursing in Madrid and comes back only at Christmas. Two of the cousins' children have said they want to leave when they are old enough. Marisa does not try to stop them. \"My grandfather used to say the circus chooses you,\" she said. \"I don't believe that. I think you choose it, every morning, and one day maybe you stop.\""),
        ("p", "Marisa's own future is not settled either. At 44, she is the one who holds the circus together: the schedule, the permits, the endless negotiations with town halls, the arguments between performers. Her brothers defer to her, and she knows that when she stops, the circus may stop with her. She has started, quietly, to teach Daniel the business side of the work, taking him to meetings with mayors and letting him draft the route for next season. \"He thinks it's boring,\" she said. \"It is boring. It's also the only reason there's a show.\""),
        ("p", "The route for this year, when I saw it pinned to the kitchen wall in February, ran to four pages: 137 towns, from the Portuguese border to the Pyrenees and back, with the dates and distances written beside each one in Jorge's small, neat hand. At the bottom, underlined twice, was the date of the return to Trujillo: November 16."),
        ("p", "In the first week of March, the trucks were brought out of the barn and washed, the big top was unfolded in the yard and checked for tears, and the plywood elephant was loaded, with great care, into the back of the last truck. On the morning they left, a handful of neighbors came out to wave. The first show of the season was that evening, in a village two hours to the north. By eleven that night, the tent was up, the lights were on and, for the first time in four months, there was an audience."),
        ("p", "It was, Jorge told me afterward, 187 people. Not enough to break even. \"But it's March,\" he said. \"Wait until the summer.\""),
    ],
    entities=[("Trujillo", "LOC"), ("Extremadura", "LOC"), ("Valdés", "PER"), ("Asian", "MISC"), ("France", "LOC"),
              ("Marisa Valdés", "PER"), ("Marisa", "PER"), ("Circo Hermanos Valdés", "ORG"), ("Spain", "LOC"),
              ("Portugal", "LOC"), ("Tomás Arriaga", "PER"), ("Aurelio Valdés", "PER"), ("Aurelio", "PER"), ("Madrid", "LOC"),
              ("Barcelona", "LOC"), ("Romania", "LOC"), ("Argentina", "LOC"), ("Galicia", "LOC"), ("Valencia", "LOC"),
              ("Jorge Valdés", "PER"), ("Jorge", "PER"), ("Romanian", "MISC"), ("Dumitru", "PER"), ("Ioana", "PER"),
              ("Ioana Dumitru", "PER"), ("Daniel", "PER"), ("Daniel Valdés", "PER"), ("Breogán Souto", "PER"), ("Souto", "PER"),
              ("Spanish", "MISC"), ("Cáceres", "LOC"), ("Nerea Ibarra", "PER"), ("Ibarra", "PER"), ("Christmas", "MISC"),
              ("Ramón", "PER"), ("Badajoz", "LOC"), ("Argentine", "MISC"), ("Hernán Ruiz", "PER"), ("Ruiz", "PER"),
              ("Portuguese", "MISC"), ("Pyrenees", "LOC")],
    notes="The family name used for the family ('the Valdés family circus', 'the Dumitru family') is tagged PER; gallery captions are optional caption blocks.",
))

# 08 ------------------------------------------------------------- paginated science story, part one
ARTICLES.append(dict(
    id=f"{SITE}-08", sid="st-15102007", template="serial",
    url=f"{HOST}/science/2015/10/20/the-year-the-monarchs-didnt-come", legacy=True,
    series="Vanishing Migrations", series_dek="A series on the animals whose journeys are failing.",
    rubric="Science", nav="Science",
    headline="The Year the Monarchs Didn't Come",
    dek="In the mountains of central Mexico, the winter butterfly colonies shrank to almost nothing. Scientists and villagers set out to find out why. Part one of three.",
    authors=["Ana Lucía Brenner"], photos="Photographs by Iván Castañeda",
    published=D(2015, 10, 20, 7, 0, tzinfo=EDT), crawl=D(2015, 10, 24, 11, 0, tzinfo=EDT),
    issue="November 2015", issue_date="2015-11",
    pages=["The Empty Forest", "The Count", "The Return"], wc_total=6920,
    hero=("oyamel-colony", "Monarch butterflies cluster on the branches of a fir tree above San Isidro de las Flores.", "Iván Castañeda for Longitude"),
    bios=["Ana Lucía Brenner is a science journalist based in Mexico City."],
    topics=["Mexico", "Butterflies", "Migration", "Conservation", "Science"],
    related=[("Science", "The Milkweed Farmers", 16), ("Dispatches", "A Village That Stopped Logging", 33),
             ("Photography", "Wings", 49), ("Essays", "The Long Way South", 68)],
    body=[
        ("p", "For as long as anyone in San Isidro de las Flores can remember, the butterflies have arrived in the first week of November, around the Day of the Dead. They come over the ridge from the north in the late afternoon, first a few and then thousands, then millions, until the sky above the fir forest seems to flicker orange. People in the village say they are the souls of the dead coming home. Then the butterflies settle on the trees in clusters so dense that branches break under their weight, and they stay until March."),
        ("p", "In the winter of 2013, they barely came at all."),
        ("p", "Rosa Elena Cruz, who has guided visitors to the colonies above the village for 22 years, remembers standing on the ridge on the afternoon of November 2, waiting. \"We waited that day, and the next day, and the next,\" she said. \"A few came. Hundreds, not millions. My daughter asked me if they were all dead. I told her no, they are late, they will come. I didn't know.\""),
        ("p", "That winter, scientists measured the area of forest occupied by overwintering monarchs in the mountains of central Mexico at 0.67 hectares, about the size of a soccer field, and the smallest since records began in the early 1990s. In the mid-1990s the colonies had covered more than 18 hectares. By some estimates, the eastern population of the monarch, which migrates each autumn from Canada and the United States to a handful of mountain forests in Michoacán and the State of Mexico, had fallen by more than 90 percent in two decades."),
        ("p", "For the villages of the monarch reserve, the collapse was an economic disaster as well as a spiritual one. In San Isidro, as in a dozen other communities, butterfly tourism had become the main source of cash income, replacing the illegal logging that had once threatened the forest. Families rented horses to visitors, cooked for them, sold them embroidered bags and carved wooden butterflies. In the winter of 2013, visitor numbers fell by half."),
        ("h2", "Counting Wings"),
        ("p", "Nobody knows exactly how many monarchs there are. Counting individual butterflies is impossible, so scientists measure the area of forest the colonies cover each December and multiply it by an estimated density, usually somewhere between 10 and 50 million butterflies per hectare. The method is crude, but it has been applied the same way for more than twenty years, which makes the trend hard to argue with."),
        ("p", "\"The number itself is uncertain,\" said Tomás Villaseñor, an entomologist at the Institute of Forest Ecology in Morelia who has taken part in the count since 1997. \"The direction is not. We are losing them.\""),
        ("p", "The causes, most researchers agree, lie mostly to the north. Monarch caterpillars eat only milkweed, and milkweed has vanished from tens of millions of acres of farmland in the American Midwest as farmers have switched to herbicide-tolerant crops, sprayed more heavily and plowed up the field margins where the plant used to grow. Extreme weather along the migration route, logging in the reserve and the spread of a parasite have all played a part. But without milkweed there are no caterpillars, and without caterpillars there is no migration."),
        ("p", "In San Isidro, the arguments about causes felt far away. What people talked about that winter was money, and what to tell the children. The village school, which had built its year around the butterflies, with drawings on every wall and a festival in February, canceled the festival. \"There was nothing to celebrate,\" the principal told me. \"We did not want to pretend.\""),
        ("p", "By spring, families who had lived from butterfly tourism for two decades were looking for other work. Some men went north, to the avocado orchards of the lowlands or to cities across the border. A few, Cruz said quietly, went back to cutting trees in the forest, the thing the reserve had been created to stop."),
    ],
    entities=[("San Isidro de las Flores", "LOC"), ("San Isidro", "LOC"), ("Day of the Dead", "MISC"), ("Rosa Elena Cruz", "PER"),
              ("Mexico", "LOC"), ("Canada", "LOC"), ("United States", "LOC"), ("Michoacán", "LOC"), ("State of Mexico", "LOC"),
              ("Tomás Villaseñor", "PER"), ("Institute of Forest Ecology", "ORG"), ("Morelia", "LOC"), ("American", "MISC"),
              ("Midwest", "LOC")],
    notes="Page 1 of 3: the body is part one only; 'November 2' in the text is an event date, not the publication date.",
))

# 09 ------------------------------------------------------------- minimal pair of 02 without its pull quotes
ARTICLES.append(dict(ARTICLES[1], id=f"{SITE}-09", no_pulls=True, variant_of=f"{SITE}-02",
                     url=ARTICLES[1]["url"] + "?variant=b", canonical=ARTICLES[1]["url"],
                     notes=f"Minimal pair of {SITE}-02: differs only in pull-quote (the two display pull quotes are left out of the page, so the optional quote blocks are gone)."))


def meta_notes(a):
    """What the page's metadata says otherwise than the gold (GUIDELINES 10.1)."""
    out, pub = [], a["published"]
    if a.get("ld_date") == "created":
        c = a["created"].astimezone(_dt.timezone.utc)
        out.append(f"JSON-LD datePublished holds the CMS creation time ({c:%Y-%m-%dT%H:%M}Z); the page states its publication only as the visible date {mdy(pub)} (no time anywhere), so published is that date.")
    if a.get("ld_date") == "issue":
        out.append(f"JSON-LD datePublished and dateModified are the print issue's date ({a['issue_date']}-01); the visible date {mdy(pub)} wins, as a plain date since no time is stated.")
    if a.get("ld_authors") and a["ld_authors"] != a["authors"]:
        out.append(f"JSON-LD author {', '.join(a['ld_authors'])} differs from the byline; the byline is gold.")
    if a.get("meta_author") and a["meta_author"] != ", ".join(a["authors"]):
        out.append(f"meta author gives only {a['meta_author']}; both bylined authors are gold.")
    if a.get("series"):
        out.append(f"The series name '{a['series']}' is the page's first <h1>; the story's own <h1> is the headline.")
    return out


# Features republished from the print archive carry no machine-readable date at all: the
# magazine's feature template prints "Month D, YYYY" and nothing else.
NO_DATE_META = {f"{SITE}-0{n}" for n in (1, 3, 4, 5, 6, 8)}

def build(a):
    with_pulls = not a.get("no_pulls")
    _, b = render_body(a, with_pulls)
    a["wc"] = words(b)
    a.setdefault("wc_total", a["wc"])
    html, blocks = page(a, with_pulls)
    art = Article(
        id=a["id"], site=SITE, url=a["url"], language="en", headline=smart(a["headline"]),
        published=a["published"].date().isoformat() if a.get("ld_date") in ("created", "issue") else a["published"].isoformat(), modified=None,
        authors=a["authors"], summary=smart(a["dek"]), blocks=blocks, entities=a["entities"],
        phenomena=phenomena_of(a, blocks, html, with_pulls), notes=" ".join(filter(None, [a.get("notes", "")] + meta_notes(a))),
        variant_of=a.get("variant_of"))
    if (a.get("variant_of") or a["id"]) in NO_DATE_META:
        art, html = drop_date_metadata(art, html)
    return art, html


if __name__ == "__main__":
    for a in ARTICLES:
        art, html = build(a)
        emit(art, html, "utf-8")
        print(f"{a['id']}\t{len(html.encode('utf-8')) / 1024:.1f} KB")
