import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""The Daily Clatter (daily-clatter): an invented UK tabloid website, heavy with picture galleries
and ads. Its template puts the masthead logo and the section name in <h1>s before the article's
own headline; the visible headline is the pun, while <title>, og:title and the JSON-LD headline
carry the SEO rewrite. Bylines read "By Mara Quint, Showbiz Reporter" and the author meta tag
holds the writer's profile URL. The story is broken up by "MORE ON THIS STORY" teaser blocks,
picture galleries and in-read ad slots, each of which closes the text container and opens a new
one. Two templates are live: the current one wraps the story in <article>; the older one (still
used by some desks) leaves the story in <div>s, writes the headline as an <h2>, has no
article:published_time and no JSON-LD author. Times are UK local time (GMT/BST), shown as
"14:32 GMT, 12 March 2024"."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "daily-clatter"
HOST = "https://www.dailyclatter.example"
IMG = "https://i.dailyclatter.example"
NAME = "The Daily Clatter"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GMT = _dt.timezone.utc
BST = _dt.timezone(_dt.timedelta(hours=1))


def uk(y, mo, d, h, mi):
    """A UK local time with its offset (BST from the last Sunday of March to the last Sunday of October)."""
    def last_sunday(month):
        day = _dt.date(y, month, 31)
        return day - _dt.timedelta(days=(day.weekday() + 1) % 7)
    bst = last_sunday(3) <= _dt.date(y, mo, d) < last_sunday(10)
    return _dt.datetime(y, mo, d, h, mi, tzinfo=BST if bst else GMT)


def zone(dt):
    return "BST" if dt.utcoffset() else "GMT"


def iso(dt):
    return dt.isoformat()


def esc(s):
    return _html.escape(s, quote=True)


def plain(fragment):
    return " ".join(_html.unescape(_re.sub(r"<[^>]+>", "", fragment)).split())


def slugify(s):
    s = s.lower().replace("’", "").replace("'", "")
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def stamp(dt):
    return f"{dt.hour:02d}:{dt.minute:02d} {zone(dt)}, {dt.day} {MONTHS[dt.month - 1]} {dt.year}"


def short(dt):
    return f"{dt.day} {MONTHS[dt.month - 1][:3]} {dt.year}"


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

NAV = [("News", "news"), ("Showbiz", "tvshowbiz"), ("Sport", "sport"), ("Money", "money"), ("Health", "health"),
       ("Travel", "travel"), ("Femail", "femail"), ("Property", "property"), ("Motoring", "motoring"), ("Puzzles", "puzzles"),
       ("Deals", "deals"), ("Video", "video")]

MOST_READ = [
    ("Mum's fury as school bans 'unsafe' ponytails in the playground", "news/article-13270118/school-bans-ponytails.html", 2),
    ("Love Lagoon bombshell reveals the text that ended her romance", "tvshowbiz/article-13269902/love-lagoon-text.html", 3),
    ("Pensioner, 91, becomes oldest ever to finish the Three Peaks in a day", "news/article-13268441/pensioner-three-peaks.html", 4),
    ("Supermarket recalls chocolate bars over 'plastic pieces' fears", "money/article-13267715/chocolate-recall.html", 5),
    ("Striker's wife posts cryptic message as transfer talks stall", "sport/article-13266023/striker-wife-message.html", 6),
    ("The £9 garden hack that keeps slugs off your lettuce", "femail/article-13265530/slug-hack.html", 8),
]

CSS = """
:root{--red:#e30613;--ink:#111;--grey:#6b6b6b;--rule:#e2e2e2;--bg:#fff;--pink:#ff2d87;--blue:#004db3;--font:'Clatter Sans',Arial,Helvetica,sans-serif;--serif:'Clatter Serif',Georgia,serif}
*{box-sizing:border-box}body{margin:0;font-family:var(--font);color:var(--ink);background:var(--bg)}a{color:inherit;text-decoration:none}
img{display:block;max-width:100%;height:auto}
.page-shell{min-width:320px}.page-container{max-width:1280px;margin:0 auto;padding:0 16px}
.masthead{background:var(--red);color:#fff}.masthead__row{display:flex;align-items:center;justify-content:space-between;height:72px}
.masthead__logo{margin:0;font-size:0}.masthead__logo a{display:block;width:260px;height:48px}
.masthead__tools{display:flex;gap:14px;font-size:13px;font-weight:700}
.nav{background:#000;color:#fff;font-size:14px;font-weight:700;text-transform:uppercase}
.nav__list{display:flex;overflow-x:auto;list-style:none;margin:0;padding:0}.nav__item a{display:block;padding:10px 12px;white-space:nowrap}
.nav__item--active a{background:var(--pink)}
.channel-bar{border-bottom:3px solid var(--pink);margin:12px 0 16px}.channel-bar__title{font-size:30px;font-weight:900;color:var(--pink);margin:0;text-transform:uppercase;letter-spacing:-.5px}
.channel-bar__subnav{display:flex;gap:14px;list-style:none;margin:4px 0 8px;padding:0;font-size:13px;font-weight:700}
.ad{background:#f5f5f5;display:flex;align-items:center;justify-content:center;position:relative}.ad::before{content:"Advertisement";position:absolute;top:2px;left:0;right:0;text-align:center;font-size:10px;color:#999;text-transform:uppercase}
.ad--billboard{min-height:250px;margin:12px auto}.ad--mpu{width:300px;min-height:250px;margin:16px auto}.ad--inread{min-height:280px;margin:20px 0}.ad--sky{width:300px;min-height:600px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:30px}@media(max-width:960px){.layout{grid-template-columns:1fr}.rail{display:none}}
.kicker{display:inline-block;background:var(--red);color:#fff;font-size:14px;font-weight:900;padding:2px 6px;margin-right:6px;vertical-align:middle}
.article-headline,.article-headline--old{font-size:36px;line-height:1.12;font-weight:900;margin:0 0 12px;letter-spacing:-.6px}
.standfirst{font-size:19px;font-weight:700;line-height:1.35;margin:0 0 14px}
.byline{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;font-size:13px;border-top:1px solid var(--rule);border-bottom:1px solid var(--rule);padding:8px 0;margin-bottom:14px}
.byline__author{font-weight:900;color:var(--blue)}.byline__role{color:var(--grey)}.byline__dates{color:var(--grey);width:100%}
.share{display:flex;gap:6px;margin-left:auto}.share__btn{width:32px;height:32px;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;background:#eee}
.share__count{font-weight:900;font-size:16px}.comments-count{font-weight:900;color:var(--blue)}
.article-text p{font-size:17px;line-height:1.55;margin:0 0 16px}.article-text h2{font-size:22px;font-weight:900;margin:26px 0 10px}
.article-text blockquote{margin:18px 0;padding-left:14px;border-left:4px solid var(--pink);font-weight:700}
.lead-image,.inline-image{margin:0 0 16px}.image-caption{font-size:13px;font-weight:700;background:#f3f3f3;padding:8px 10px;margin:0}.image-credit{display:block;color:var(--grey);font-weight:400;font-size:11px;text-transform:uppercase}
.gallery{background:#111;color:#fff;margin:22px 0;padding:12px}.gallery__head{display:flex;justify-content:space-between;font-size:13px;font-weight:700;text-transform:uppercase;margin-bottom:8px}
.gallery__track{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;gap:8px}.gallery__slide{flex:0 0 100%;scroll-snap-align:start;margin:0}
.gallery__slide figcaption{font-size:14px;padding:8px 0}.gallery__count{color:var(--pink);font-weight:900;margin-right:6px}.gallery__credit{display:block;color:#aaa;font-size:11px;text-transform:uppercase}
.more-on{border-top:4px solid var(--ink);border-bottom:1px solid var(--rule);margin:18px 0 22px;padding:8px 0}.more-on__title{font-size:15px;font-weight:900;text-transform:uppercase;margin:0 0 8px}
.more-on__list{list-style:none;margin:0;padding:0;display:grid;gap:8px}.teaser-sm__link{display:grid;grid-template-columns:110px 1fr;gap:10px;align-items:center}
.teaser-sm__title{font-size:15px;font-weight:700;margin:0;line-height:1.25}
.video-teaser{background:#000;color:#fff;margin:20px 0;padding:10px}.video-teaser__label{color:var(--pink);font-weight:900;text-transform:uppercase;font-size:13px}.video-teaser__title{font-size:16px;font-weight:700;margin:4px 0 8px}
.video-teaser__player{aspect-ratio:16/9;background:#222 center/cover no-repeat;position:relative}
.topics{margin:20px 0;font-size:13px}.topics__list{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:0;padding:0}.topics__list a{border:1px solid var(--rule);padding:4px 10px;border-radius:14px;font-weight:700}
.comments-teaser{background:#f3f6fb;padding:12px;margin:20px 0;font-weight:700}
.newsletter{background:var(--pink);color:#fff;padding:16px;margin:20px 0}.newsletter h3{margin:0 0 6px;font-size:20px;font-weight:900}.newsletter form{display:flex;gap:6px}.newsletter input{flex:1;padding:8px;border:0}.newsletter button{background:#000;color:#fff;border:0;padding:8px 14px;font-weight:900}
.rail__block{margin-bottom:22px}.rail__title{font-size:16px;font-weight:900;text-transform:uppercase;border-bottom:3px solid var(--red);margin:0 0 8px;padding-bottom:4px}
.most-read__list{list-style:none;margin:0;padding:0;counter-reset:mr}.most-read__item{counter-increment:mr;display:grid;grid-template-columns:28px 1fr;gap:6px;padding:8px 0;border-bottom:1px solid var(--rule);font-size:14px;font-weight:700}
.most-read__item::before{content:counter(mr);color:var(--red);font-size:22px;font-weight:900}
.puff-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin:24px 0}.puff{margin:0}.puff__title{font-size:15px;font-weight:700;margin:6px 0 0;line-height:1.25}.puff__date{font-size:12px;color:var(--grey)}
.footer{background:#000;color:#ccc;font-size:13px;padding:26px 0;margin-top:30px}.footer__cols{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}.footer h4{color:#fff;margin:0 0 8px;text-transform:uppercase}
.footer ul{list-style:none;margin:0;padding:0}.footer li{padding:2px 0}.footer__legal{border-top:1px solid #333;margin-top:16px;padding-top:12px}
.cmp{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -6px 18px rgba(0,0,0,.2);padding:16px;z-index:1000;font-size:14px}.cmp[hidden]{display:none}.cmp__btns{display:flex;gap:8px;margin-top:8px}.cmp__btns button{padding:8px 14px;font-weight:900;border:2px solid #000;background:#fff}.cmp__btns .cmp__accept{background:#000;color:#fff}
"""

SPRITE_ICONS = ["logo", "search", "menu", "facebook", "x", "whatsapp", "email", "comment", "share", "play", "camera", "chevron-left",
                "chevron-right", "close", "weather", "user", "bell", "pinterest", "flipboard", "reddit"]


def head_scripts(a, ld_s):
    sec = a["section_path"]
    return f"""<script type="application/ld+json">{ld_s}</script>
<script>window.__DC__={{"articleId":{a['cid']},"channel":"{sec}","pageType":"article","template":"{'legacy' if a.get('old') else 'story-2023'}","isPremium":false,"hasGallery":{"true" if any(x[0] == "gallery" for x in a['body']) else "false"},"commentsEnabled":true,"adTargeting":{{"sec":"{sec}","kw":{_json.dumps([slugify(t) for t in a['tags']])},"aid":"{a['cid']}","sens":"0"}}}};</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"pageview","articleId":"{a['cid']}","channel":"{sec}","author":"{slugify(a['authors'][0][0])}","wordCount":{a['wc']},"galleries":{sum(1 for x in a['body'] if x[0] == 'gallery')}}});(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://tags.dailyclatter.example/gtm.js?id='+i;f.parentNode.insertBefore(j,f)}})(window,document,'script','dataLayer','GTM-DCL4X7Q');</script>
<script>window.__tcfapi=window.__tcfapi||function(){{(window.__tcfapi.q=window.__tcfapi.q||[]).push(arguments)}};window.__cmpConfig={{"vendorList":{_json.dumps({"vendorListVersion": 301, "vendors": _vendors("daily-clatter", 150)}, ensure_ascii=False)},"purposesText":"cookies-v7","consentScope":"service","uiVersion":"3.4.1"}};</script>
<script>var pbjs=pbjs||{{}};pbjs.que=pbjs.que||[];pbjs.que.push(function(){{pbjs.setConfig({{"bidderTimeout":900,"enableSendAllBids":false,"priceGranularity":"high","consentManagement":{{"gdpr":{{"cmpApi":"iab","timeout":8000}}}}}});pbjs.addAdUnits({_json.dumps(_prebid(a['cid'], [("billboard", [[970, 250], [728, 90]]), ("mpu-1", [[300, 250]]), ("sky-1", [[300, 600], [300, 250]]), ("inread-1", [[300, 250], [640, 360]]), ("inread-2", [[300, 250], [640, 360]]), ("inread-3", [[300, 250]]), ("inread-4", [[300, 250]]), ("mpu-2", [[300, 250]]), ("sticky-footer", [[320, 50], [728, 90]])], bidders=("appnexus", "rubicon", "ix", "openx", "pubmatic", "criteo", "triplelift", "sovrn", "teads", "ogury")))})}});</script>
<script async src="https://ads.dailyclatter.example/prebid/8.44/pb.js"></script>
<script async src="https://ads.dailyclatter.example/gpt/pubads_impl.js"></script>"""


FOOT_SCRIPTS = """<script>
(function(){var b=document.getElementById('cmp');if(!b)return;if(!/dc_consent=/.test(document.cookie))b.hidden=false;
b.addEventListener('click',function(e){var t=e.target.closest('[data-cmp]');if(!t)return;document.cookie='dc_consent='+t.getAttribute('data-cmp')+';path=/;max-age=31536000';b.hidden=true;});})();
document.querySelectorAll('.gallery').forEach(function(g){var track=g.querySelector('.gallery__track'),n=g.querySelectorAll('.gallery__slide').length,i=0;
g.querySelectorAll('[data-dir]').forEach(function(btn){btn.addEventListener('click',function(){i=(i+(btn.getAttribute('data-dir')==='next'?1:n-1))%n;track.scrollTo({left:track.clientWidth*i,behavior:'smooth'});});});});
</script>
<script src="https://assets.dailyclatter.example/article/7.12.3/bundle.js" defer></script>
<script src="https://assets.dailyclatter.example/article/7.12.3/gallery.js" defer></script>"""


def cmp_html():
    return ('<div id="cmp" class="cmp" role="dialog" aria-labelledby="cmp-title" hidden><p id="cmp-title"><strong>We value your privacy</strong></p>'
            '<p>We and our partners store and access information on your device, such as cookies, to show you personalised ads and content and to measure how the site is used. '
            'You can change your choices at any time from the Privacy Settings link at the bottom of every page.</p>'
            '<div class="cmp__btns"><button type="button" class="cmp__accept" data-cmp="all">ACCEPT</button><button type="button" data-cmp="custom">MORE OPTIONS</button></div></div>')


def masthead(a):
    today = a["crawl"]
    nav = "".join(f'<li class="nav__item{" nav__item--active" if p == a["section_path"] else ""}"><a href="{HOST}/{p}/index.html">{esc(n)}</a></li>' for n, p in NAV)
    return f"""<header class="masthead" data-track="masthead"><div class="page-container"><div class="masthead__row">
<h1 class="masthead__logo"><a href="{HOST}/" title="The Daily Clatter"><svg width="260" height="48" role="img" aria-label="The Daily Clatter"><use href="#dc-logo"></use></svg>The Daily Clatter</a></h1>
<div class="masthead__tools"><span class="masthead__date">{DAYS[today.weekday()]}, {today.day} {MONTHS[today.month - 1]} {today.year}</span><a href="{HOST}/registration/login.html"><svg width="16" height="16"><use href="#dc-user"></use></svg> Log in</a><a href="{HOST}/search.html" aria-label="Search"><svg width="16" height="16"><use href="#dc-search"></use></svg></a></div>
</div></div></header>
<nav class="nav" aria-label="Main"><div class="page-container"><ul class="nav__list">{nav}</ul></div></nav>"""


def channel_bar(a):
    subs = "".join(f'<li><a href="{HOST}/{a["section_path"]}/{slugify(s)}/index.html">{esc(s)}</a></li>' for s in a["subnav"])
    return f"""<div class="channel-bar"><h1 class="channel-bar__title"><a href="{HOST}/{a['section_path']}/index.html">{esc(a['section'])}</a></h1><ul class="channel-bar__subnav">{subs}</ul></div>"""


def share_html(a, url):
    u = _quote(url, safe="")
    t = _quote(a["seo"], safe="")
    btn = lambda k, href: f'<a class="share__btn" href="{href}" data-share="{k}" aria-label="Share on {k}"><svg width="16" height="16"><use href="#dc-{k}"></use></svg></a>'
    return (f'<div class="share" data-track="share-top"><span class="share__count">{a["shares"]:,}</span><span class="share__label">shares</span>'
            + btn("facebook", f"https://facebook.example/sharer.php?u={u}") + btn("x", f"https://x.example/intent/post?url={u}&amp;text={t}")
            + btn("whatsapp", f"https://wa.example/send?text={t}%20{u}") + btn("email", f"mailto:?subject={t}&amp;body={u}")
            + f'<a class="comments-count" href="#comments"><svg width="16" height="16"><use href="#dc-comment"></use></svg> {a["comments"]}</a></div>')


def gallery_html(a, slides, k):
    gid = f"{a['cid']}-g{k}"
    out = []
    for n, (f, cap, credit) in enumerate(slides, 1):
        src = f"{IMG}/{a['cid']}/{f}"
        out.append(f'<figure class="gallery__slide" data-slide="{n}"><div class="gallery__media"><picture><source type="image/webp" srcset="{src}-634x423.webp 634w, {src}-962x642.webp 962w" sizes="(max-width: 960px) 100vw, 634px">'
                   f'<img src="{src}-634x423.jpg" alt="" width="634" height="423" loading="{"eager" if n == 1 and k == 1 else "lazy"}"></picture></div>'
                   f'<figcaption class="gallery__caption"><span class="gallery__count">{n}/{len(slides)}</span><span class="gallery__text">{esc(cap)}</span>'
                   f'<span class="gallery__credit">{esc(credit)}</span></figcaption></figure>')
    return (f'<div class="gallery" id="gallery-{gid}" data-gallery-id="{gid}" data-track="gallery"><div class="gallery__head"><span><svg width="14" height="14"><use href="#dc-camera"></use></svg> {len(slides)} pictures</span>'
            f'<span><button type="button" data-dir="prev" aria-label="Previous"><svg width="14" height="14"><use href="#dc-chevron-left"></use></svg></button>'
            f'<button type="button" data-dir="next" aria-label="Next"><svg width="14" height="14"><use href="#dc-chevron-right"></use></svg></button></span></div>'
            f'<div class="gallery__track">{"".join(out)}</div></div>')


def more_on_html(a, items):
    lis = []
    for title, path in items:
        src = f"{IMG}/puff/{_zlib.crc32(title.encode()):08x}"
        lis.append(f'<li class="more-on__item"><article class="teaser-sm"><a class="teaser-sm__link" href="{HOST}/{path}">'
                   f'<img src="{src}-154x115.jpg" alt="" width="110" height="82" loading="lazy"><h3 class="teaser-sm__title">{esc(title)}</h3></a></article></li>')
    return f'<div class="more-on" data-track="more-on-this-story"><h2 class="more-on__title">MORE ON THIS STORY</h2><ul class="more-on__list">{"".join(lis)}</ul></div>'


def video_teaser_html(a, title):
    vid = _zlib.crc32(title.encode()) % 10**7
    return (f'<div class="video-teaser" data-track="video-teaser" data-video-id="{vid}"><span class="video-teaser__label">WATCH</span>'
            f'<p class="video-teaser__title">{esc(title)}</p><div class="video-teaser__player" style="background-image:url({IMG}/video/{vid}/poster-640x360.jpg)" '
            f'data-src="https://video.dailyclatter.example/v/{vid}/master.m3u8" role="button" aria-label="Play video"><svg width="48" height="48"><use href="#dc-play"></use></svg></div></div>')


def render_body(a):
    """Items: ("p", html) | ("h2", text) | ("quote", html) | ("img", file, caption, credit) | ("gallery", [(file, caption, credit)])
    | ("more", [(title, path)]) | ("ad",) | ("video", title) (only on pages with inline video teasers).
    Galleries, teaser blocks, video teasers and ads close the text container; the text resumes in a new one."""
    segs, cur, blocks, ads, gals = [], [], [], 0, 0

    def flush():
        if cur:
            segs.append(("text", "\n".join(cur)))
            cur.clear()

    for it in a["body"]:
        k = it[0]
        if k == "p":
            cur.append(f"<p>{it[1]}</p>")
            blocks.append(Block("paragraph", plain(it[1])))
        elif k == "h2":
            cur.append(f"<h2>{esc(it[1])}</h2>")
            blocks.append(Block("heading", it[1]))
        elif k == "quote":
            cur.append(f"<blockquote><p>{it[1]}</p></blockquote>")
            blocks.append(Block("quote", plain(it[1])))
        elif k == "img":
            _, f, cap, credit = it
            src = f"{IMG}/{a['cid']}/{f}"
            cur.append(f'<div class="inline-image"><picture><source type="image/webp" srcset="{src}-634x423.webp"><img src="{src}-634x423.jpg" alt="" width="634" height="423" loading="lazy"></picture>'
                       f'<p class="image-caption">{esc(cap)}<span class="image-credit">{esc(credit)}</span></p></div>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "gallery":
            gals += 1
            flush()
            segs.append(("break", gallery_html(a, it[1], gals)))
            blocks += [Block("caption", cap, optional=True) for _, cap, _ in it[1]]
        elif k == "more":
            flush()
            segs.append(("break", more_on_html(a, it[1])))
        elif k == "ad":
            ads += 1
            flush()
            segs.append(("break", f'<div class="ad ad--inread" id="inread-{ads}" data-ad-unit="/5765/dailyclatter/{a["section_path"]}/inread" data-ad-slot="inread-{ads}"></div>'))
        elif k == "video":
            if a.get("video_teaser"):
                flush()
                segs.append(("break", video_teaser_html(a, it[1])))
        else:
            raise ValueError(k)
    flush()
    prop = "" if a.get("old") else ' itemprop="articleBody"'
    html = "\n".join(f'<div class="article-text"{prop}>\n{h}\n</div>' if kind == "text" else h for kind, h in segs)
    return html, blocks


def rail_html(a):
    items = "".join(f'<li class="most-read__item"><a href="{HOST}/{p}"><span>{esc(t)}</span></a></li>' for t, p, _ in MOST_READ)
    return f"""<aside class="rail" data-track="rail"><div class="rail__inner">
<div class="ad ad--mpu" id="mpu-1" data-ad-slot="mpu-1"></div>
<section class="rail__block most-read"><h2 class="rail__title">Most Read</h2><ol class="most-read__list">{items}</ol></section>
<div class="ad ad--sky" id="sky-1" data-ad-slot="sky-1"></div>
</div></aside>"""


def puffs_html(a):
    out = []
    for k, (title, path, days) in enumerate(a["puffs"]):
        d = a["published"] - _dt.timedelta(days=days, hours=2 * k)
        src = f"{IMG}/puff/{_zlib.crc32(title.encode()):08x}"
        out.append(f'<article class="puff"><a href="{HOST}/{path}"><picture><source type="image/webp" srcset="{src}-308x185.webp"><img src="{src}-308x185.jpg" alt="" width="308" height="185" loading="lazy"></picture>'
                   f'<h3 class="puff__title">{esc(title)}</h3></a><span class="puff__date">{short(d)}</span></article>')
    return f'<section class="puffs" data-track="puffs"><h2 class="rail__title">Don’t miss</h2><div class="puff-grid">{"".join(out)}</div></section>'


def footer_html(year):
    cols = [("Sections", ["News", "Showbiz", "Sport", "Money", "Health"]), ("Help", ["Contact us", "Complaints", "Corrections"]),
            ("Our papers", ["Today’s paper", "Subscribe", "Puzzles"])]
    c = "".join(f'<div class="footer__col"><h4>{h}</h4><ul>' + "".join(f'<li><a href="{HOST}/{slugify(x)}/index.html">{esc(x)}</a></li>' for x in xs) + "</ul></div>" for h, xs in cols)
    return f"""<footer class="footer"><div class="page-container"><div class="footer__inner"><div class="footer__cols">{c}</div>
<div class="footer__legal">© Clatter Newspapers Ltd {year} · <a href="{HOST}/privacy/index.html">Privacy policy</a> · <a href="{HOST}/terms/index.html">Terms</a> · <a href="#" data-cmp-open>Privacy settings</a></div></div></div></footer>"""


def state_json(a):
    rnd = _random.Random(a["cid"])
    return _json.dumps({"article": {"id": a["cid"], "channel": a["section_path"], "shareCount": a["shares"], "commentCount": a["comments"],
                                    "galleries": [{"id": f"{a['cid']}-g{k}", "slides": len(x[1])} for k, x in enumerate((x for x in a["body"] if x[0] == "gallery"), 1)]},
                        "trending": [{"id": rnd.randint(13000000, 13299999), "title": t, "url": f"{HOST}/{p}", "thumb": f"{IMG}/puff/{_zlib.crc32(t.encode()):08x}-154x115.jpg",
                                      "clicks": rnd.randint(2000, 90000)} for t, p, _ in MOST_READ],
                        "weather": {"location": "London", "tempC": rnd.randint(2, 24), "icon": rnd.choice(["sun", "cloud", "rain", "showers"])},
                        "video": {"playerId": "dc-jw-7", "autoplay": "muted", "adTag": "https://ads.dailyclatter.example/vast?sz=640x360&iu=/5765/dailyclatter/video"},
                        "abTests": {"galleryLayout": rnd.choice(["swipe", "stack"]), "stickyShare": rnd.random() < 0.5}}, ensure_ascii=False)


# ---------------------------------------------------------------- page

def page(a):
    pub, mod = a["published"], a.get("modified")
    url = a.get("canonical", a["url"])
    body_html, blocks = render_body(a)
    lead = []
    if a.get("standfirst"):
        lead.append(Block("paragraph", a["standfirst"], optional=True))
    if a.get("image"):
        lead.append(Block("caption", a["image"][1], optional=True))
    blocks = lead + blocks
    a["wc"] = words(blocks)
    name, role = a["authors"][0]
    profile = f"{HOST}/profile/{slugify(name)}"
    img = f"{IMG}/{a['cid']}/{a['image'][0]}" if a.get("image") else f"{IMG}/brand/share-card"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "@id": url + "#article", "url": url,
          "mainEntityOfPage": url, "headline": a["seo"], "description": a["description"],
          "image": {"@type": "ImageObject", "url": f"{img}-1200x630.jpg", "width": 1200, "height": 630},
          "datePublished": iso(a.get("ld_pub", pub)), "dateModified": iso(mod or pub), "articleSection": a["section"],
          "keywords": ", ".join(a["tags"]), "inLanguage": "en-GB",
          "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/",
                        "logo": {"@type": "ImageObject", "url": f"{IMG}/brand/logo-600x60.png", "width": 600, "height": 60}}}
    who = a.get("ld_author", "none" if a.get("old") else "person")
    if who == "person":
        ld["author"] = [{"@type": "Person", "name": n, "url": f"{HOST}/profile/{slugify(n)}", "jobTitle": r} for n, r in a["authors"]]
    elif who == "team":
        ld["author"] = {"@type": "Organization", "name": a["team"]}
    ld_s = _json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    if len(a["authors"]) == 1:
        byline = f'By <a class="byline__author" rel="author" href="{profile}">{esc(name)}</a><span class="byline__role">, {esc(role)}</span>'
    else:
        parts = [f'<a class="byline__author" rel="author" href="{HOST}/profile/{slugify(n)}">{esc(n)}</a>' for n, _ in a["authors"]]
        byline = "By " + " and ".join(parts) + f'<span class="byline__role">, {esc(a["authors"][0][1])}</span>'
    dates = f'<span class="byline__dates"><span class="date-published">Published: {stamp(pub)}</span>'
    if mod:
        dates += f' | <span class="date-updated">Updated: {stamp(mod)}</span>'
    dates += "</span>"
    kicker = f'<span class="kicker">{esc(a["kicker"])}</span> ' if a.get("kicker") else ""
    htag = "h2" if a.get("old") else "h1"
    hcls = "article-headline--old" if a.get("old") else "article-headline"
    standfirst = f'<p class="standfirst">{esc(a["standfirst"])}</p>' if a.get("standfirst") else ""
    figure = ""
    if a.get("image"):
        f, cap, credit = a["image"]
        figure = (f'<div class="lead-image"><picture><source type="image/webp" srcset="{img}-634x423.webp 634w, {img}-962x642.webp 962w" sizes="(max-width: 960px) 100vw, 634px">'
                  f'<img src="{img}-634x423.jpg" alt="" width="634" height="423" fetchpriority="high"></picture><p class="image-caption">{esc(cap)}<span class="image-credit">{esc(credit)}</span></p></div>')
    topics = "".join(f'<li><a href="{HOST}/topics/{slugify(t)}/index.html">{esc(t)}</a></li>' for t in a["tags"])
    pub_meta = {"pub": pub, "mod": mod, None: None}[a.get("meta_pub", None if a.get("old") else "pub")]
    meta_dates = (f'<meta property="article:published_time" content="{iso(pub_meta)}">\n' if pub_meta else "") + \
        (f'<meta property="article:modified_time" content="{iso(mod)}">\n' if mod else "")
    story_open = f'<article class="story" data-article-id="{a["cid"]}" itemscope itemtype="https://schema.org/NewsArticle">' if not a.get("old") else \
        f'<div class="article article--legacy" id="js-article-text" data-article-id="{a["cid"]}">'
    story_close = "</article>" if not a.get("old") else "</div>"
    html = f"""<!DOCTYPE html>
<html lang="en-GB" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['seo'])} | The Daily Clatter</title>
<meta name="description" content="{esc(a['description'])}">
<meta name="keywords" content="{esc(','.join(a['tags']))}">
<meta name="author" content="{profile}">
<link rel="canonical" href="{url}">
<meta name="robots" content="max-image-preview:large">
<meta property="og:site_name" content="The Daily Clatter">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['seo'])}">
<meta property="og:description" content="{esc(a['description'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{img}-1200x630.jpg">
{meta_dates}<meta property="article:section" content="{esc(a['section'])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@DailyClatter">
<meta name="twitter:title" content="{esc(a['seo'])}">
<meta name="twitter:image" content="{img}-1200x630.jpg">
<meta name="apple-itunes-app" content="app-id=0000000000, app-argument={url}">
<link rel="preconnect" href="{IMG}">
<link rel="preload" as="font" href="https://assets.dailyclatter.example/fonts/clatter-sans-900.woff2" type="font/woff2" crossorigin>
<link rel="icon" href="{HOST}/favicon.ico">
<style>{CSS}</style>
<style>{ATOMS}</style>
{head_scripts(a, ld_s)}
</head>
<body class="channel-{a['section_path']} article-page">
{SPRITE}
<div class="page-shell" id="page">
<div class="ad ad--billboard" id="billboard" data-ad-slot="billboard"></div>
{masthead(a)}
<div class="page-container"><div class="page-body">
{channel_bar(a)}
<div class="layout"><div class="layout__main"><div class="column-content">
{story_open}
<div class="story__header"><{htag} class="{hcls}">{kicker}{esc(a['headline'])}</{htag}>
{standfirst}
<div class="byline"><span class="byline__name">{byline}</span>{share_html(a, url)}{dates}</div></div>
{figure}
<div class="story__body">
{body_html}
</div>
<div class="topics"><strong>Topics:</strong><ul class="topics__list">{topics}</ul></div>
<div class="comments-teaser" id="comments"><a href="{url}#comments-list"><svg width="16" height="16"><use href="#dc-comment"></use></svg> {a['comments']} comments · Join the conversation</a></div>
{story_close}
<aside class="newsletter"><h3>Get the Clatter Showbiz newsletter</h3><p>The biggest stories and the best gossip, every morning.</p><form action="{HOST}/newsletters/signup" method="post"><input type="email" name="email" placeholder="Your email" required><input type="hidden" name="list" value="showbiz-am"><button type="submit">SIGN UP</button></form></aside>
{puffs_html(a)}
</div></div>
{rail_html(a)}
</div>
</div></div>
{footer_html(a['crawl'].year)}
</div>
{cmp_html()}
<script id="dc-state" type="application/json">{state_json(a)}</script>
{FOOT_SCRIPTS}
</body>
</html>
"""
    return html, blocks


def phenomena_of(a, blocks, html):
    tags = {"nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
            "tag-list", "json-ld", "decoy-date", "localized-date", "comments", "title-differs-from-headline",
            "split-body", "teasers-in-article", "article-per-teaser"}
    if a["published"].utcoffset():  # BST; a GMT time has offset zero, which is not a local zone (GUIDELINES 10, Dec 2026)
        tags.add("local-time-zone")
    if not a.get("old"):
        tags.add("microdata")
    tags |= set(a.get("extra_tags", []))
    kinds = [x[0] for x in a["body"]]
    if "gallery" in kinds:
        tags.add("image-gallery")
    if "more" in kinds:
        tags.add("inline-related")
    if a.get("video_teaser") and "video" in kinds:
        tags.add("inline-video-teaser")
    if a.get("kicker"):
        tags.add("kicker")
    if a.get("standfirst"):
        tags.add("standfirst")
    if a.get("modified"):
        tags.add("updated-date")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    bk = {b.kind for b in blocks}
    if "heading" in bk:
        tags.add("subheadings")
    if any(b.kind == "caption" for b in blocks):
        tags.add("photo-caption")
    n = words(blocks)
    if n > 2000:
        tags.add("long-article")
    if n < 120:
        tags.add("short-article")
    text = esc(a["headline"]) + "".join(x[1] for x in a["body"] if x[0] in ("p", "quote"))
    if _re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", text):
        tags.add("html-entities")
    return sorted(tags)


ARTICLES = []
SHOWBIZ_SUB = ["TV", "Music", "Film", "Royals of reality", "Soaps", "Celebrity"]
NEWS_SUB = ["UK", "Crime", "Weather", "Politics", "World"]

# 01 ------------------------------------------------------------- showbiz exclusive, gallery, current template
ARTICLES.append(dict(
    id=f"{SITE}-01", cid=13254017, section="Showbiz", section_path="tvshowbiz", subnav=SHOWBIZ_SUB,
    url=f"{HOST}/tvshowbiz/article-13254017/bake-battle-jade-morrow-pregnant-ryan-tully.html",
    kicker="EXCLUSIVE",
    headline="Jade’s got a bun in the oven! Bake Battle star expecting first baby",
    seo="Bake Battle winner Jade Morrow pregnant with first baby with footballer fiancé Ryan Tully",
    description="Bake Battle champion Jade Morrow is expecting her first child with fiancé Ryan Tully, the Daily Clatter can reveal.",
    authors=[("Mara Quint", "Showbiz Reporter")],
    published=uk(2024, 3, 12, 7, 45), modified=uk(2024, 3, 12, 11, 20), crawl=uk(2024, 3, 13, 9, 0),
    shares=4812, comments=327,
    image=("jade-morrow-bump", "Jade Morrow showed off her blossoming bump at a launch in London last night", "Credit: Clatter Pictures/Ben Askew"),
    tags=["Bake Battle", "Jade Morrow", "Pregnancy", "Celebrity babies"],
    puffs=[("Bake Battle judge reveals the one cake she refuses to eat", "tvshowbiz/article-13249911/judge-cake.html", 5),
           ("Reality star’s wedding cake cost more than her car", "tvshowbiz/article-13231170/wedding-cake-car.html", 19),
           ("Footballers’ partners reveal the rules of the stands", "sport/article-13228813/partners-rules.html", 26),
           ("TV chef’s £2m mansion has a kitchen bigger than most flats", "property/article-13218894/chef-mansion.html", 40)],
    body=[
        ("p", "BAKE Battle champion Jade Morrow is expecting her first baby with fiancé Ryan Tully, the Daily Clatter can reveal."),
        ("p", "The 29-year-old, who won the hit baking show in 2021 with a showstopping seven-tier lemon drizzle tower, is around five months pregnant and due in the summer."),
        ("p", "A source close to the couple said: “Jade and Ryan are over the moon. They have been trying for a while and kept it to a tiny circle of family until they had the 20-week scan.”"),
        ("ad",),
        ("p", "“Jade has been baking her way through the cravings, which are mostly cheese scones and pickled onions. Ryan has been banned from the kitchen.”"),
        ("p", "Ryan, 31, a midfielder with Kestrel Vale FC, proposed on a beach in Cornwall last summer after three years together. The couple live in a four-bedroom house in Hertfordshire with two rescue greyhounds."),
        ("p", "Jade first hinted at the news last night at the launch of her new cookware range in London, where she wore a loose-fitting floral dress and was seen resting a hand on her stomach as she posed for photographers."),
        ("more", [("Bake Battle final: Jade Morrow crowned champion in record-breaking show", "tvshowbiz/article-11038822/bake-battle-final.html"),
                  ("Jade Morrow and Ryan Tully engaged after beach proposal", "tvshowbiz/article-12402291/jade-ryan-engaged.html"),
                  ("Inside Jade Morrow’s Hertfordshire home with a pink kitchen", "property/article-12870455/jade-morrow-home.html")]),
        ("p", "It is the first time she has been photographed in public since January, when she pulled out of a celebrity pancake race in Brighton citing a “busy diary”."),
        ("p", "One guest at the launch said: “She was glowing. Everyone was whispering about it, but she just laughed and said she’d had a big lunch.”"),
        ("h2", "‘Best bake yet’"),
        ("p", "Jade shot to fame on Bake Battle three years ago, winning over viewers with her nervous giggle and her habit of talking to her sponges while they were in the oven."),
        ("p", "She was crowned champion in front of 8.2 million viewers after a tense final against pastry chef Owen Pryce, and has since written two bestselling cookbooks, Jade’s Kitchen Table and Rise and Shine."),
        ("p", "The show’s judge, Marguerite Fell, was among the first to congratulate her. A friend of the judge said: “Marguerite always calls Jade her favourite. She has already promised to make the christening cake.”"),
        ("p", "Owen, who now runs a bakery in Bristol, posted a string of cake emojis under a picture of the couple within minutes of the news spreading among the show’s former contestants."),
        ("p", "Bake Battle bosses are understood to have known for several weeks. Jade filmed a guest appearance for the Christmas special in February, and crew members were asked to keep the set warm and to make sure there was always a chair nearby for her between takes."),
        ("p", "A production source said: “Everyone was sworn to secrecy. She did the whole day on her feet and only sat down when the cameras stopped. She is a total pro.”"),
        ("gallery", [("gallery-ball", "Jade Morrow and Ryan Tully at a charity ball in Manchester last year", "Credit: Clatter Pictures"),
                     ("gallery-trophy", "Jade lifts the Bake Battle trophy in 2021", "Credit: Lakeside Television"),
                     ("gallery-beach", "The couple announced their engagement with a photo from a Cornish beach", "Credit: Instagram"),
                     ("gallery-judge", "Judge Marguerite Fell with Jade during the final", "Credit: Lakeside Television"),
                     ("gallery-pitch", "Ryan in action for Kestrel Vale FC", "Credit: Sportsfile UK"),
                     ("gallery-launch", "Jade at the launch of her cookware range in London last night", "Credit: Clatter Pictures/Ben Askew")]),
        ("p", "Ryan’s team-mates are also said to be thrilled. One told the Clatter: “The lads found out before the papers did because he couldn’t stop grinning in training. He’s going to be a brilliant dad.”"),
        ("p", "The couple had planned to marry this summer but are understood to have pushed the wedding back to next year."),
        ("p", "“They want the baby to be there,” the source added. “Jade says the only thing she wants on the day is a cake she didn’t have to bake herself.”"),
        ("ad",),
        ("p", "Jade has also signed up to front a new daytime cookery series, Morrow’s Mornings, which starts filming in April. Producers are said to be “relaxed” about working around the pregnancy and have already moved two studio days."),
        ("p", "Friends say the couple are planning a small baby shower at Jade’s parents’ farm in Shropshire in May, with a bake-off between the two families as the main event. “Jade’s dad is already practising his Victoria sponge,” said one. “Ryan’s mum has been told she is not allowed to buy one from a shop.”"),
        ("p", "A spokesperson for Jade declined to comment."),
    ],
    entities=[("Jade", "PER"), ("Jade Morrow", "PER"), ("Bake Battle", "MISC"), ("Ryan Tully", "PER"), ("Ryan", "PER"),
              ("Daily Clatter", "ORG"), ("Clatter", "ORG"), ("Kestrel Vale FC", "ORG"), ("Cornwall", "LOC"), ("Hertfordshire", "LOC"),
              ("London", "LOC"), ("Brighton", "LOC"), ("Owen Pryce", "PER"), ("Owen", "PER"), ("Jade’s Kitchen Table", "MISC"),
              ("Rise and Shine", "MISC"), ("Marguerite Fell", "PER"), ("Marguerite", "PER"), ("Bristol", "LOC"),
              ("Manchester", "LOC"), ("Cornish", "MISC"), ("Morrow’s Mornings", "MISC"), ("Shropshire", "LOC")],
    notes="The masthead logo and the section name are <h1>s before the headline's <h1>; the 'EXCLUSIVE' label inside the headline <h1> is a kicker; the gallery's slide captions are optional caption blocks where the gallery stands (credits and slide counters excluded); the 'MORE ON THIS STORY' teasers are not body.",
))

# 02 ------------------------------------------------------------- reality TV feud, JSON-LD credits the showbiz team
ARTICLES.append(dict(
    id=f"{SITE}-02", cid=12611840, section="Showbiz", section_path="tvshowbiz", subnav=SHOWBIZ_SUB,
    url=f"{HOST}/tvshowbiz/article-12611840/love-lagoon-kelsey-rowe-brandon-achebe-row.html",
    headline="Lagoon with the wind: Kelsey and Brandon’s villa romance ends in blazing row",
    seo="Love Lagoon: Kelsey Rowe and Brandon Achebe split in bitter row hours after leaving villa",
    description="Love Lagoon couple Kelsey Rowe and Brandon Achebe have split after a furious row at a hotel in Palma.",
    standfirst="Pair who finished third are said to have argued over a deal for a fashion campaign",
    authors=[("Mara Quint", "Showbiz Reporter")], ld_author="team", team="Clatter Showbiz Team",
    published=uk(2023, 7, 16, 22, 10), crawl=uk(2023, 7, 17, 8, 40),
    shares=2290, comments=611,
    image=("kelsey-brandon-airport", "Kelsey Rowe and Brandon Achebe arrived back at Gatwick separately on Sunday", "Credit: Clatter Pictures/Neil Harrop"),
    tags=["Love Lagoon", "Reality TV", "Kelsey Rowe", "Brandon Achebe"],
    puffs=[("Love Lagoon viewers spot ‘fake’ kiss in Friday’s episode", "tvshowbiz/article-12598834/fake-kiss.html", 4),
           ("The reality stars who made millions after one summer on TV", "tvshowbiz/article-12500012/reality-millions.html", 30),
           ("Villa chef reveals what the contestants really eat", "tvshowbiz/article-12574431/villa-chef.html", 12),
           ("Ex-islander’s dental bill will make you wince", "femail/article-12555501/dental-bill.html", 21)],
    body=[
        ("p", "LOVE Lagoon’s Kelsey Rowe and Brandon Achebe have split less than 48 hours after leaving the villa, following a blazing row at their hotel in Palma."),
        ("p", "The pair, who finished third in Friday’s final, were overheard shouting at each other in a corridor of the five-star hotel where the show’s finalists were staying before flying home."),
        ("p", "A fellow guest said: “It was about one in the morning and you could hear it three floors down. She was crying and he was slamming doors. Security came up twice.”"),
        ("ad",),
        ("p", "Kelsey, 24, a beautician from Leeds, and Brandon, 26, a personal trainer from Croydon, coupled up on day three and were one of the most popular pairings of the series."),
        ("p", "Their romance got off to a rocky start when Brandon was tempted by a newcomer in the second week, but he chose Kelsey at the recoupling in a speech that had viewers in tears. The moment was the most-watched clip of the series on the show’s channels."),
        ("p", "But insiders say the relationship unravelled when Brandon was offered a lucrative fashion deal that did not include his partner."),
        ("more", [("Love Lagoon final: Mercy and Tobias crowned winners", "tvshowbiz/article-12609913/love-lagoon-final.html"),
                  ("Kelsey’s mum breaks silence on her daughter’s villa romance", "tvshowbiz/article-12590076/kelsey-mum.html"),
                  ("Brandon Achebe’s ex says she ‘saw this coming’", "tvshowbiz/article-12603350/brandon-ex.html")]),
        ("p", "A source said: “Brandon was approached by the brand in the hotel lobby on Saturday morning. By the evening he had agreed terms, and Kelsey found out from one of the producers rather than from him.”"),
        ("p", "“She felt humiliated. They had talked in the villa about doing everything together, and the first thing that came along, he went it alone.”"),
        ("h2", "Separate flights"),
        ("p", "The pair were photographed arriving back at Gatwick on separate flights on Sunday afternoon. Kelsey, wearing dark glasses and a grey tracksuit, was met by her mother and sister, while Brandon left through a different exit with his new management team."),
        ("p", "Brandon later posted a short statement on social media saying he was “grateful for every moment” of the summer and asking fans to “be kind to Kelsey”."),
        ("gallery", [("gallery-coupled", "Kelsey and Brandon coupled up on the third day of the series", "Credit: Harbourline Productions"),
                     ("gallery-date", "The pair on a date at a vineyard outside Palma", "Credit: Harbourline Productions"),
                     ("gallery-final", "Kelsey and Brandon at Friday’s final, where they came third", "Credit: Harbourline Productions"),
                     ("gallery-gatwick", "Brandon leaves Gatwick with his management team on Sunday", "Credit: Clatter Pictures/Neil Harrop")]),
        ("p", "Kelsey has not commented publicly, but a friend said she was “heartbroken but not surprised”. The friend added: “She was already worried in the last week that he was more interested in the cameras than in her.”"),
        ("p", "Viewers had voted the couple the show’s “most genuine” in a poll run by the programme’s app halfway through the series, and their first kiss, on a pedalo, was watched more than four million times online."),
        ("p", "The fashion brand at the centre of the row, the online label Velvet Avenue, is understood to have offered Brandon a six-figure sum to front its autumn menswear range. The company did not respond to a request for comment."),
        ("p", "Industry insiders say the first few days after a final are when the money is made. “The brands are waiting in the hotel lobby with contracts,” said talent agent Rhona Feltham. “Couples who sign together tend to stay together, at least until the deal runs out. The moment one of them signs alone, you can start counting the days.”"),
        ("ad",),
        ("p", "It is the third Love Lagoon romance to end within a week of the final since the show began in 2019. Last year’s runners-up, Siobhan Kerr and Dean Whitlow, split on the drive home from the airport."),
        ("p", "A spokesperson for Harbourline Productions, which makes the show, said: “We wish Kelsey and Brandon well. Our aftercare team is in touch with all of this year’s islanders and will continue to support them.”"),
        ("p", "Both are expected to appear on the reunion special, which is filmed next month. One insider said: “That is going to be a very awkward sofa.”"),
    ],
    entities=[("Love Lagoon", "MISC"), ("LOVE Lagoon", "MISC"), ("Kelsey Rowe", "PER"), ("Kelsey", "PER"), ("Brandon Achebe", "PER"),
              ("Brandon", "PER"), ("Palma", "LOC"), ("Leeds", "LOC"), ("Croydon", "LOC"), ("Gatwick", "LOC"),
              ("Siobhan Kerr", "PER"), ("Dean Whitlow", "PER"), ("Harbourline Productions", "ORG"),
              ("Velvet Avenue", "ORG"), ("Rhona Feltham", "PER")],
    notes="JSON-LD names the 'Clatter Showbiz Team' as author; the byline's writer is the author. The standfirst under the headline is also the first, optional body block.",
))

# 03 ------------------------------------------------------------- crime caper, legacy template
ARTICLES.append(dict(
    id=f"{SITE}-03", cid=6951288, old=True, section="News", section_path="news", subnav=NEWS_SUB,
    url=f"{HOST}/news/article-6951288/somerset-village-garden-gnomes-stolen.html",
    headline="Gnome alone: villagers baffled as 40 garden gnomes vanish overnight",
    seo="Police investigate theft of 40 garden gnomes from Somerset village of Little Frome",
    description="Police are investigating the theft of more than 40 garden gnomes from front gardens in a Somerset village.",
    authors=[("Dev Halloran", "Chief Reporter")],
    published=uk(2019, 4, 23, 14, 5), crawl=uk(2019, 4, 24, 10, 15),
    shares=1506, comments=208,
    image=("gnome-empty-garden", "Pensioner Hilda Brace beside the empty spot where her fishing gnome stood for 30 years", "Credit: Westcountry Photos"),
    tags=["Somerset", "Crime", "Gardens", "Quirky"],
    puffs=[("Thieves steal entire hedge from pensioner’s front garden", "news/article-6790012/hedge-stolen.html", 60),
           ("Village postbox painted gold overnight by mystery artist", "news/article-6882291/postbox-gold.html", 25),
           ("Owl steals man’s toupee in village high street", "news/article-6701192/owl-toupee.html", 90),
           ("Britain’s most stolen garden ornaments revealed", "property/article-6650098/stolen-ornaments.html", 110)],
    body=[
        ("p", "A SOMERSET village is in uproar after more than 40 garden gnomes disappeared from front gardens in a single night."),
        ("p", "Residents of Little Frome woke on Easter Monday to find fishing gnomes, sleeping gnomes and even a gnome on a motorbike missing from lawns, rockeries and doorsteps along three streets."),
        ("p", "Avon and Wessex Constabulary said it was treating the incident as theft and appealed for anyone with doorbell camera footage to come forward."),
        ("ad",),
        ("p", "Hilda Brace, 82, said her fishing gnome had stood beside her pond for 30 years. “My late husband bought him at a garden centre in Taunton the year we retired,” she said. “He’s been through snow, floods and three cats. I never thought I’d lose him to a thief.”"),
        ("p", "Neighbour Graham Pike, 57, lost a set of seven gnomes painted to look like his family. “My wife spent two winters painting them,” he said. “Whoever took them has got a very strange sense of humour, because they left the one that looks like me.”"),
        ("more", [("The garden gnome turns 170: how a German craft conquered British lawns", "news/article-6599013/gnome-history.html"),
                  ("Gnomes banned from flower show for ‘lowering the tone’", "news/article-6510284/gnomes-banned.html"),
                  ("Woman’s stolen gnome sends postcards from around the world", "news/article-6422107/gnome-postcards.html")]),
        ("p", "The thefts are thought to have taken place between 1am and 4am. One doorbell camera on Church Lane captured two figures in dark clothing pushing a wheelbarrow, but their faces cannot be seen."),
        ("h2", "‘Gnome-napping’ fears"),
        ("p", "Some villagers fear the gnomes have been taken as part of a prank that has spread on social media, in which ornaments are photographed at landmarks and the pictures sent back to their owners."),
        ("p", "Parish council chairman Keith Ordway said: “If this is someone’s idea of a joke, it is not funny to the people who have lost things with real sentimental value. Some of these gnomes were gifts from husbands and wives who are no longer with us.”"),
        ("p", "Others suspect a more commercial motive. Vintage gnomes made by the Harlow Pottery, which closed in 1987, can sell for more than £200 each, and at least six of the missing figures were made there."),
        ("p", "Mr Pike has offered a reward of £100 for the return of his painted set, no questions asked. “I don’t care who took them or why,” he said. “I just want to see them back on the lawn before my wife gets back from her sister’s.”"),
        ("p", "Antiques dealer Rosalind Meek, who runs a shop in Shepton Mallet, said: “There is a small but serious market for old gnomes. A complete set in good condition would fetch a decent sum at auction, so I would keep an eye on the online listings.”"),
        ("p", "Little Frome has a long history with gnomes. The village’s annual gnome trail, in which residents put their best figures on display for charity, raised £1,800 for the local hospice last summer and drew visitors from as far away as Cardiff."),
        ("p", "Organiser Pam Whitty said the thefts had cast a shadow over this year’s event, which is due to take place in June. “People are frightened to put anything out now,” she said. “We may have to move the whole thing into the village hall, which rather misses the point.”"),
        ("ad",),
        ("p", "The village shop has put up a board listing every missing gnome, with a description and a photograph where owners have one. By yesterday afternoon it had 43 entries."),
        ("p", "Shopkeeper Anita Dowd said: “People have been coming in all morning just to talk about it. It is the most excitement we have had since the duck race.”"),
        ("p", "A police spokesman said: “We understand these items are of great sentimental value to their owners. We would ask anyone offered garden ornaments in unusual circumstances to contact us.”"),
        ("p", "Mrs Brace is not giving up hope. “If he comes back with a postcard from Paris, I’ll forgive them,” she said. “As long as he comes back.”"),
    ],
    entities=[("SOMERSET", "LOC"), ("Little Frome", "LOC"), ("Avon and Wessex Constabulary", "ORG"),
              ("Hilda Brace", "PER"), ("Brace", "PER"), ("Taunton", "LOC"), ("Graham Pike", "PER"), ("Pike", "PER"), ("Church Lane", "LOC"),
              ("Keith Ordway", "PER"), ("Harlow Pottery", "ORG"), ("Rosalind Meek", "PER"), ("Shepton Mallet", "LOC"),
              ("Anita Dowd", "PER"), ("Paris", "LOC"), ("Easter Monday", "MISC"), ("Cardiff", "LOC"), ("Pam Whitty", "PER")],
    notes="Legacy template: the headline is an <h2> after the masthead and section <h1>s, the story sits in <div>s while <article> wraps only teaser cards, there is no article:published_time and no JSON-LD author (the author meta tag is a profile URL).",
))

# 04 ------------------------------------------------------------- heatwave (the variant adds a WATCH video teaser)
ARTICLES.append(dict(
    id=f"{SITE}-04", cid=11022459, section="News", section_path="news", subnav=NEWS_SUB,
    url=f"{HOST}/news/article-11022459/uk-heatwave-34c-hottest-day-warning.html",
    headline="Phew, what a scorcher! Britain braces for 34C hottest day as beaches fill up",
    seo="UK heatwave: Temperatures to hit 34C on hottest day of the year with amber health alert in place",
    description="Forecasters expect temperatures of up to 34C in the south-east on Tuesday, the hottest day of the year so far.",
    authors=[("Tess Marlow", "Weather Correspondent")],
    published=uk(2022, 7, 18, 16, 40), modified=uk(2022, 7, 18, 19, 5), crawl=uk(2022, 7, 19, 7, 30),
    shares=3120, comments=944,
    image=("bournemouth-beach", "Crowds pack the sand at Bournemouth on Monday afternoon", "Credit: Clatter Pictures/Sam Oduya"),
    tags=["Heatwave", "Weather", "Summer", "Beaches"],
    puffs=[("Ten ways to keep your bedroom cool without air conditioning", "femail/article-11009931/cool-bedroom.html", 3),
           ("Ice cream van driver reveals his busiest ever day", "news/article-10990014/ice-cream-van.html", 9),
           ("Dog owners warned over hot pavements", "news/article-11016622/hot-pavements.html", 1),
           ("Hosepipe ban looms for two million homes", "money/article-11003391/hosepipe-ban.html", 6)],
    body=[
        ("p", "BRITAIN is set to bake in temperatures of up to 34C tomorrow as the country swelters through its hottest day of the year so far."),
        ("p", "Beaches from Cornwall to Norfolk were packed this afternoon, with traffic queues of more than five miles on roads into Bournemouth and Brighton and lifeguards reporting their busiest day of the summer."),
        ("p", "Forecasters at Skyline Weather said the mercury would peak at 34C in parts of the south-east on Tuesday afternoon, with London, Kent and Essex likely to be hottest. Even Scotland could see 28C."),
        ("ad",),
        ("p", "An amber heat-health alert is in force across most of England until Thursday, meaning hospitals and care homes have been told to prepare for more admissions and to check on vulnerable patients."),
        ("p", "Skyline meteorologist Dan Kettering said: “A plume of very warm air from Spain and France is sitting over us, and with clear skies and light winds there is nothing to stop the temperatures climbing. Tuesday night will also be very uncomfortable, with lows of 20C in London.”"),
        ("video", "Sunbathers flock to the coast as Britain sizzles"),
        ("more", [("Heatwave tips: how to sleep when it’s 25C at midnight", "femail/article-11014409/sleep-heat.html"),
                  ("Trains to run slower as rails risk buckling in the heat", "news/article-11019955/rails-heat.html"),
                  ("Mapped: where it will be hottest this week", "news/article-11020018/heat-map.html")]),
        ("h2", "Rail speed limits"),
        ("p", "Rail passengers have been warned to expect delays, with speed restrictions on several lines because of the risk of tracks buckling in the heat. Southdown Rail said some services on its coastal routes would run at reduced speed between noon and 8pm."),
        ("p", "Drivers are being urged to carry water, and breakdown firm Roadmend said it expected its busiest week since 2018, with overheating engines and flat tyres on soft tarmac topping the list of call-outs."),
        ("p", "The heat has also sent sales of fans, paddling pools and ice lollies soaring. One supermarket chain said it had sold 40,000 fans in a single day, while a garden centre in Surrey reported queues out of the door for paddling pools before it opened."),
        ("p", "Zoos and safari parks have been handing out frozen treats to keep their animals cool. Keepers at a wildlife park in Dorset gave their meerkats ice lollies made of fruit and mealworms, while the elephants were hosed down three times a day."),
        ("p", "Lifeguards have urged swimmers to stay between the red and yellow flags. Open water can be much colder than the air even in a heatwave, and cold-water shock can affect strong swimmers within seconds of going in."),
        ("gallery", [("gallery-brighton", "Sunbathers crowd the pebbles at Brighton", "Credit: Clatter Pictures"),
                     ("gallery-fountain", "Children cool off in a fountain in central London", "Credit: Clatter Pictures/Sam Oduya"),
                     ("gallery-traffic", "Queues on the road into Bournemouth this afternoon", "Credit: Dorset Traffic Watch"),
                     ("gallery-dog", "A dog takes a dip in a paddling pool in Kent", "Credit: Reader’s picture")]),
        ("p", "Water companies have asked customers to use water wisely. Wessex Valley Water said demand had risen by a third since the weekend and asked people not to use sprinklers or fill hot tubs."),
        ("p", "Farmers are also feeling the strain. Wheat and barley harvests have begun up to two weeks early in parts of East Anglia, and some growers say yields will be down by a fifth because of the dry spring."),
        ("p", "Suffolk farmer Ruth Capel said: “We have had 11 millimetres of rain since the start of June. The crops are ripening before they have filled out, and the grass for the cattle has simply stopped growing. We are feeding winter hay in July.”"),
        ("ad",),
        ("p", "Health officials are advising people to stay out of the sun between 11am and 3pm, keep curtains closed on sunny windows and check on elderly neighbours. Pet owners have been warned not to walk dogs in the middle of the day because pavements can become hot enough to burn paws."),
        ("p", "The heat is expected to ease by the weekend, when a band of thundery showers is forecast to move in from the west. Mr Kettering added: “Enjoy it while it lasts, but be sensible. By Saturday many of us will be reaching for an umbrella.”"),
    ],
    entities=[("Britain", "LOC"), ("BRITAIN", "LOC"), ("Cornwall", "LOC"), ("Norfolk", "LOC"), ("Bournemouth", "LOC"), ("Brighton", "LOC"),
              ("Skyline Weather", "ORG"), ("Skyline", "ORG"), ("London", "LOC"), ("Kent", "LOC"), ("Essex", "LOC"), ("Scotland", "LOC"),
              ("England", "LOC"), ("Dan Kettering", "PER"), ("Kettering", "PER"), ("Spain", "LOC"), ("France", "LOC"), ("Southdown Rail", "ORG"),
              ("Roadmend", "ORG"), ("Surrey", "LOC"), ("Wessex Valley Water", "ORG"), ("Dorset", "LOC"), ("East Anglia", "LOC"), ("Suffolk", "LOC"), ("Ruth Capel", "PER")],
    notes="The masthead logo and the section name are <h1>s before the headline's <h1>; gallery captions are optional caption blocks (credits excluded); 'MORE ON THIS STORY' teasers are not body.",
))

# 05 ------------------------------------------------------------- transfer gossip, legacy template
ARTICLES.append(dict(
    id=f"{SITE}-05", cid=9198023, old=True, ld_author="person", section="Sport", section_path="sport", subnav=["Football", "Transfer news", "Cricket", "Boxing", "Racing"],
    url=f"{HOST}/sport/article-9198023/harbourside-united-kofi-mensah-transfer-deadline.html",
    headline="Deal or no deal? Harbourside’s £18m Mensah bid hangs by a thread",
    seo="Harbourside United transfer news: £18m bid for Rovers striker Kofi Mensah in doubt on deadline day",
    description="Harbourside United’s move for Kofi Mensah is in doubt after Castlebridge Rovers demanded a sell-on clause.",
    authors=[("Callum Fenwick", "Chief Football Writer")],
    published=uk(2021, 1, 29, 19, 30), crawl=uk(2021, 1, 30, 11, 0),
    shares=876, comments=1203,
    image=("mensah-celebrates", "Kofi Mensah has scored 14 goals for Castlebridge Rovers this season", "Credit: Sportsfile UK"),
    tags=["Harbourside United", "Transfer news", "Castlebridge Rovers", "Football"],
    puffs=[("Harbourside boss: ‘We need goals or we go down’", "sport/article-9180011/boss-goals.html", 6),
           ("Transfer window: every confirmed deal so far", "sport/article-9195520/window-deals.html", 1),
           ("Rovers fans launch crowdfunder to keep their star", "sport/article-9190073/rovers-crowdfunder.html", 3),
           ("The 10 worst deadline-day signings of all time", "sport/article-9001276/worst-signings.html", 50)],
    body=[
        ("p", "HARBOURSIDE United’s £18million move for Castlebridge Rovers striker Kofi Mensah is hanging by a thread just days before the transfer window slams shut."),
        ("p", "The two clubs agreed a fee on Wednesday, but the deal stalled today after Rovers demanded a 20 per cent sell-on clause that Harbourside’s board are refusing to accept."),
        ("p", "Mensah, 23, has already passed a medical and agreed personal terms on a four-and-a-half-year contract worth around £45,000 a week, the Clatter understands."),
        ("ad",),
        ("p", "A source at Harbourside said: “Everything was done bar the paperwork. Then on Friday morning Rovers came back with a new condition. The chairman feels they are trying to squeeze a bit more out of us at the last minute, and he is not prepared to be pushed around.”"),
        ("p", "Rovers insist the clause was part of the discussions from the start. A club insider said: “Kofi came through our academy. If he goes on to be sold for £60million in three years, we want a fair share of that. It is not a big ask.”"),
        ("more", [("Kofi Mensah: the striker who was released at 15 and came back", "sport/article-9120034/mensah-profile.html"),
                  ("Harbourside slump to fifth defeat in a row", "sport/article-9186625/harbourside-defeat.html"),
                  ("Castlebridge Rovers reject first offer for Mensah", "sport/article-9170118/rovers-reject.html")]),
        ("h2", "Desperate for goals"),
        ("p", "Harbourside are desperate for a striker after scoring just 19 goals in 21 league games, the lowest total in the division. They sit 17th, two points above the relegation places."),
        ("p", "The club’s supporters’ trust has warned the board that another failed window would be “unforgivable”. Its chair, Denise Hurlock, said: “We were promised a striker in the summer and got a loan signing who played four games. Fans have renewed their season tickets in good faith. It is time the club kept its side of the bargain.”"),
        ("p", "Manager Phil Darrow admitted this week that his side were “crying out” for a finisher. “Everyone can see what we need,” he said after Tuesday’s 1-0 defeat at home. “We create chances. We just don’t put them away.”"),
        ("p", "Mensah, who was born in Accra and moved to England aged eight, has scored 14 goals in 20 games this season and was named the division’s player of the month for December. He was released by Castlebridge at 15 before being re-signed a year later after impressing for a local Sunday league side."),
        ("p", "Rovers fans have launched a campaign to keep their top scorer, with more than 3,000 people signing an online petition and a banner reading “Kofi Stays” unfurled at last weekend’s game."),
        ("p", "Rovers chairman Gareth Quayle is said to be torn. The club made a loss of £2.3million last season and needs the money, but he is wary of angering supporters by selling their best player in the middle of a promotion push."),
        ("p", "A Rovers source said: “Gareth has always said he will not stand in the way of a player who wants to go, but he will not give him away either. If Harbourside want Kofi, they can pay what he is worth, and that includes a share of whatever he is worth later.”"),
        ("ad",),
        ("p", "Harbourside have lined up alternatives if the deal collapses. They have asked about Westmoor Athletic forward Liam Guthrie, 27, and have been offered the Portuguese striker Rui Farinha on loan from a club in Lisbon."),
        ("p", "But Darrow has made it clear Mensah is his first choice. A source close to the manager said: “Phil has watched him six times. He thinks he is the best young striker outside the top flight, and he does not want a plan B.”"),
        ("p", "Talks between the two clubs are expected to continue over the weekend. The window closes at 11pm on Monday."),
    ],
    entities=[("HARBOURSIDE United", "ORG"), ("Harbourside", "ORG"), ("Castlebridge Rovers", "ORG"), ("Castlebridge", "ORG"),
              ("Rovers", "ORG"), ("Kofi Mensah", "PER"), ("Mensah", "PER"), ("Kofi", "PER"), ("Clatter", "ORG"), ("Phil Darrow", "PER"),
              ("Darrow", "PER"), ("Phil", "PER"), ("Accra", "LOC"), ("England", "LOC"), ("Westmoor Athletic", "ORG"), ("Liam Guthrie", "PER"),
              ("Portuguese", "MISC"), ("Rui Farinha", "PER"), ("Lisbon", "LOC"), ("Gareth Quayle", "PER"), ("Gareth", "PER"), ("Denise Hurlock", "PER")],
    notes="Legacy template: headline <h2> after two <h1>s, story outside any <article>, no article:published_time; 'Kofi' in the banner slogan is annotated as a mention of the player.",
))

# 06 ------------------------------------------------------------- secret wedding, two galleries
ARTICLES.append(dict(
    id=f"{SITE}-06", cid=6124490, section="Showbiz", section_path="tvshowbiz", subnav=SHOWBIZ_SUB,
    url=f"{HOST}/tvshowbiz/article-6124490/tamsin-vale-marries-drummer-cotswolds.html",
    headline="I do-re-mi! Tamsin Vale weds her drummer in secret Cotswolds bash",
    seo="Singer Tamsin Vale marries drummer boyfriend Joel Okafor in secret Cotswolds ceremony",
    description="Pop star Tamsin Vale has married her drummer boyfriend Joel Okafor in a secret ceremony in the Cotswolds.",
    standfirst="The chart-topper swapped vows with Joel Okafor in front of 60 guests at a barn near Stow-on-the-Wold",
    authors=[("Mara Quint", "Showbiz Reporter")],
    published=uk(2018, 9, 2, 21, 15), crawl=uk(2018, 9, 3, 8, 30),
    shares=5511, comments=402,
    image=("tamsin-joel-wedding", "Tamsin Vale and Joel Okafor leave the barn after the ceremony", "Credit: Clatter Pictures/Amy Trelawny"),
    tags=["Tamsin Vale", "Celebrity weddings", "Music"],
    puffs=[("Tamsin Vale’s wedding dress designer reveals the secret pocket", "femail/article-6125013/dress-pocket.html", 0),
           ("Pop’s secret weddings: the stars who said ‘I do’ in private", "tvshowbiz/article-6004481/secret-weddings.html", 40),
           ("Cotswolds barn venues booked up for three years", "property/article-5998820/barn-venues.html", 60),
           ("Drummer reveals how he proposed on stage", "tvshowbiz/article-5850012/drummer-proposal.html", 120)],
    body=[
        ("p", "POP star Tamsin Vale has married her drummer boyfriend Joel Okafor in a secret ceremony in the Cotswolds."),
        ("p", "The 27-year-old singer, whose single Paper Moon spent six weeks at number one last year, tied the knot yesterday afternoon in a converted barn near Stow-on-the-Wold in front of 60 friends and family."),
        ("p", "Guests were told only the night before where the wedding would take place and were asked to hand in their phones at the door."),
        ("gallery", [("gallery-arrive", "Tamsin arrives at the barn with her father, Roger Vale", "Credit: Clatter Pictures/Amy Trelawny"),
                     ("gallery-dress", "The singer wore a high-necked lace gown with a cathedral-length veil", "Credit: Clatter Pictures/Amy Trelawny"),
                     ("gallery-kiss", "The newlyweds share a kiss under an arch of white roses", "Credit: Clatter Pictures"),
                     ("gallery-band", "Joel’s bandmates formed a guard of honour with drumsticks", "Credit: Clatter Pictures")]),
        ("p", "A guest said: “It was the most romantic thing I have ever seen. Tamsin walked down the aisle to a string version of the first song she ever wrote, and Joel was in tears before she reached the front.”"),
        ("p", "Tamsin wore a high-necked lace gown with a cathedral-length veil, while Joel, 29, wore a navy three-piece suit. The couple exchanged rings made from gold that belonged to Tamsin’s late grandmother."),
        ("ad",),
        ("p", "The pair met in 2015 when Joel joined her touring band and went public with their romance two years later. He proposed on stage at the end of her sold-out show at Wembley Arena in March, in front of 12,000 screaming fans."),
        ("more", [("Tamsin Vale engaged after on-stage proposal at Wembley", "tvshowbiz/article-5483372/tamsin-engaged.html"),
                  ("Tamsin Vale: ‘I write every song at my nan’s kitchen table’", "tvshowbiz/article-5702010/tamsin-interview.html"),
                  ("Paper Moon is the most streamed song of the summer", "tvshowbiz/article-5912210/paper-moon-streams.html")]),
        ("h2", "Fish and chips at midnight"),
        ("p", "After the ceremony, guests were treated to a three-course dinner of local lamb and summer pudding, followed by a set from Joel’s old school band, The Lantern Club."),
        ("p", "The couple cut a four-tier cake decorated with tiny sugar drum kits and microphones, made by a bakery in Cheltenham, and their first dance was to a slowed-down version of Paper Moon played by Joel’s bandmates."),
        ("p", "At midnight a fish and chip van pulled up outside the barn. “That was all Tamsin,” the guest said. “She said she didn’t want anyone going home hungry, and she wanted her own wedding to feel like a night out in Dudley.”"),
        ("p", "Tamsin grew up in Dudley and still lives in the West Midlands. She has often spoken about her close family, and her two younger sisters were bridesmaids."),
        ("gallery", [("gallery-dinner", "Guests sit down to dinner in the barn", "Credit: Clatter Pictures"),
                     ("gallery-chips", "A fish and chip van arrived at midnight", "Credit: Clatter Pictures/Amy Trelawny"),
                     ("gallery-sisters", "Tamsin with her sisters, who were bridesmaids", "Credit: Clatter Pictures")]),
        ("p", "Among the famous faces spotted were radio presenter Glenn Ashby and comedian Priya Lal, who gave a reading. Record label boss Danny Kerrigan, who signed Tamsin when she was 19, was also there."),
        ("p", "The wedding was planned in just six weeks. Tamsin is said to have chosen the barn after visiting it on a walk with her sisters in the summer, and booked it the same afternoon under her mother’s maiden name to avoid tipping off the press."),
        ("p", "Local florist Jenny Marr, who supplied 2,000 white roses for the arch and the tables, said she only found out who the bride was on the morning of the wedding. “I was told it was a family party,” she said. “When I saw who was walking down the aisle, I nearly dropped a bucket.”"),
        ("p", "The couple are expected to honeymoon in Sri Lanka before Tamsin starts recording her third album in London next month."),
        ("ad",),
        ("p", "A spokesperson for the singer said: “Tamsin and Joel are delighted to confirm they are now married. They would like to thank everyone who helped make their day so special and ask for privacy as they begin married life.”"),
        ("p", "Fans flooded social media with congratulations last night. One wrote: “The queen of heartbreak songs finally gets her happy ending.”"),
    ],
    entities=[("Tamsin Vale", "PER"), ("Tamsin", "PER"), ("Joel Okafor", "PER"), ("Joel", "PER"), ("Cotswolds", "LOC"),
              ("Stow-on-the-Wold", "LOC"), ("Paper Moon", "MISC"), ("Roger Vale", "PER"), ("Wembley Arena", "LOC"),
              ("The Lantern Club", "ORG"), ("Dudley", "LOC"), ("West Midlands", "LOC"), ("Glenn Ashby", "PER"),
              ("Priya Lal", "PER"), ("Danny Kerrigan", "PER"), ("Sri Lanka", "LOC"), ("London", "LOC"), ("Jenny Marr", "PER"), ("Cheltenham", "LOC")],
    notes="Two galleries: their slide captions are optional caption blocks where each gallery stands; 'The Lantern Club' is a band (ORG) and keeps its 'The'.",
))

# 07 ------------------------------------------------------------- money: meal deal, article:published_time holds the update
ARTICLES.append(dict(
    id=f"{SITE}-07", cid=14102287, section="Money", section_path="money", subnav=["Bills", "Savings", "Deals", "Pensions", "Consumer"],
    url=f"{HOST}/money/article-14102287/bramleys-meal-deal-price-rise-4-pounds.html",
    headline="Meal steal! Bramley’s lunch deal breaks the £4 barrier",
    seo="Bramley’s meal deal price rises to £4.25 as supermarket blames ingredient costs",
    description="Supermarket Bramley’s is raising the price of its lunchtime meal deal to £4.25 from next week.",
    authors=[("Priya Dhillon", "Consumer Editor")], meta_pub="mod",
    published=uk(2025, 2, 11, 6, 0), modified=uk(2025, 2, 12, 9, 35), crawl=uk(2025, 2, 12, 12, 0),
    shares=6230, comments=1877,
    image=("meal-deal-chiller", "The meal deal chiller at a Bramley’s store in Reading", "Credit: Clatter Pictures/Tom Varga"),
    tags=["Supermarkets", "Bramley’s", "Cost of living", "Food prices"],
    puffs=[("The supermarket own brands that beat the big names in our taste test", "money/article-14088813/own-brands.html", 9),
           ("Shoppers fume as crisps packets shrink again", "money/article-14071145/crisps-shrink.html", 20),
           ("How to save £500 a year on your lunch", "money/article-14050290/save-lunch.html", 33),
           ("Petrol prices fall for the fifth week running", "money/article-14095512/petrol-prices.html", 4)],
    body=[
        ("p", "SHOPPERS face paying more for their lunch after supermarket chain Bramley’s raised the price of its popular meal deal above £4 for the first time."),
        ("p", "From Monday, the deal, which includes a sandwich, a snack and a drink, will cost £4.25, up from £3.85. Customers with the chain’s Orchard loyalty card will pay £3.75, up from £3.50."),
        ("p", "It is the third increase in two years. The deal cost £3.40 as recently as January 2023."),
        ("ad",),
        ("p", "Bramley’s, which has 640 stores across Britain, blamed rising costs for bread, packaging and transport, as well as the increase in employers’ national insurance contributions that comes into force in April."),
        ("p", "A spokesman said: “We know how much our customers love the meal deal, and we have held the price for as long as we could. Even at the new price, it saves shoppers up to £2.40 compared with buying the items separately.”"),
        ("more", [("Which supermarket has the best meal deal? We rated ten", "money/article-13990021/meal-deals-rated.html"),
                  ("Sandwich prices up 18 per cent in two years", "money/article-13944452/sandwich-prices.html"),
                  ("Bramley’s to cut 400 jobs at head office", "money/article-14001187/bramleys-jobs.html")]),
        ("h2", "‘Daylight robbery’"),
        ("p", "But shoppers were quick to vent their anger. Office worker Sinead Farrell, 34, from Reading, said she bought the deal four times a week. “That is an extra £1.60 a week, or £80 a year, for exactly the same sandwich,” she said. “It is daylight robbery dressed up as a bargain.”"),
        ("p", "Student Harry Ng, 20, said: “The meal deal is basically a human right at this point. If it goes any higher, I’m making my own sandwiches, and nobody wants that.”"),
        ("p", "The deal has become something of a national institution, with fan groups on social media debating the best combinations and ranking the chain against its rivals."),
        ("p", "The most popular combination at Bramley’s, according to the chain’s own figures, is a chicken and bacon sandwich, a bag of ready salted crisps and a bottle of cola. The least popular is an egg and cress sandwich with a pot of grapes and sparkling water."),
        ("p", "Consumer expert Gemma Lowry, of the campaign group Fair Shopper, said the rise was likely to be followed by other chains. “Once one of the big names breaks a price barrier like £4, the others tend to follow within months,” she said. “Shoppers should check whether the items they actually buy are included, because the cheapest sandwiches are often left out.”"),
        ("ad",),
        ("p", "Food prices rose by 3.3 per cent in the year to January, according to figures published last week by the retail analysts Basketwise, with the cost of bread, chocolate and coffee rising fastest."),
        ("p", "The meal deal is thought to be worth around £400million a year to the chain, and analysts say it is one of the main reasons office workers and students choose its stores over rivals at lunchtime."),
        ("p", "Retail analyst Tom Buckland, of Marlow Street Research, said: “The meal deal is a loss leader that is not quite a loss leader any more. Bramley’s is betting that people will grumble and then carry on buying it, and history suggests they are probably right.”"),
        ("p", "Bramley’s said the deal would still include more than 150 combinations, and that it was adding a cheaper “Lunch Lite” version at £3.50 with a smaller sandwich and a fruit pot instead of crisps."),
        ("p", "Rival chain Fenwick & Sons said it had no plans to change the price of its own deal, which costs £3.95. But a spokesman added: “We keep all our prices under review.”"),
        ("p", "UPDATE: Bramley’s said this morning that the price rise would not apply in its 40 hospital and railway station stores until April."),
    ],
    entities=[("Bramley’s", "ORG"), ("Orchard", "MISC"), ("Britain", "LOC"), ("Sinead Farrell", "PER"), ("Reading", "LOC"),
              ("Harry Ng", "PER"), ("Gemma Lowry", "PER"), ("Fair Shopper", "ORG"), ("Basketwise", "ORG"),
              ("Lunch Lite", "MISC"), ("Fenwick & Sons", "ORG"), ("Tom Buckland", "PER"), ("Marlow Street Research", "ORG")],
    notes="article:published_time holds the update time (2025-02-12T09:35+00:00); the visible 'Published: 06:00 GMT, 11 February 2025' is the publication date (GUIDELINES 4.3). The closing 'UPDATE:' line is part of the story's text, not an editor's note about the article. 'Reading' is the town here. Adjudicated with the second annotation (December 2026): a time in GMT has offset +00:00, so local-time-zone does not apply (GUIDELINES 10).",
))

# 08 ------------------------------------------------------------- heart-warming animal story, legacy template
ARTICLES.append(dict(
    id=f"{SITE}-08", cid=3918846, old=True, ld_author="person", section="News", section_path="news", subnav=NEWS_SUB,
    url=f"{HOST}/news/article-3918846/labrador-saves-owner-coastal-path-fall.html",
    headline="Paw-some! Hero Lab Bramble raises alarm after owner’s cliff path fall",
    seo="Labrador raises alarm after owner falls on coastal path in North Devon",
    description="A Labrador called Bramble ran a mile to raise the alarm after her owner fell on a coastal path in North Devon.",
    authors=[("Dev Halloran", "Chief Reporter")],
    published=uk(2016, 11, 5, 12, 30), crawl=uk(2016, 11, 6, 9, 10),
    shares=12400, comments=356,
    image=("bramble-and-owner", "Bramble with her owner Ken Sallis at home in Ilfracombe", "Credit: North Devon Pictures"),
    tags=["Dogs", "Devon", "Animals", "Heroes"],
    puffs=[("Cat rescued after three days stuck up a lamp post", "news/article-3890012/cat-lamp-post.html", 7),
           ("Britain’s bravest pets honoured at awards", "news/article-3820084/pet-awards.html", 30),
           ("Coastguard warns walkers after autumn storms", "news/article-3905511/coastguard-warning.html", 2),
           ("Dog walks 60 miles home after moving house", "news/article-3770226/dog-walks-home.html", 80)],
    body=[
        ("p", "A LABRADOR ran for more than a mile to raise the alarm after her elderly owner fell and broke his hip on a remote stretch of coastal path."),
        ("p", "Ken Sallis, 78, was walking three-year-old Bramble near Ilfracombe in North Devon on Thursday afternoon when he slipped on wet rocks and fell down a steep bank."),
        ("p", "Unable to stand and with no mobile signal, the retired postman told the dog to “go and get help”, not really expecting her to understand."),
        ("ad",),
        ("p", "“I said it the way you’d say it to a person, because I had nobody else to say it to,” Mr Sallis said from his hospital bed. “She looked at me, licked my face and then she was off like a shot. I thought she had run after a rabbit.”"),
        ("p", "Bramble raced back along the path to a car park, where she found walkers Lisa and Mark Penhale eating sandwiches in their car. The dog barked at them, ran a few yards towards the path and came back, again and again, until they followed her."),
        ("more", [("Dogs can read our faces, scientists say", "news/article-3801199/dogs-faces.html"),
                  ("The hero pets who saved their owners’ lives", "news/article-3650076/hero-pets.html"),
                  ("Walkers warned over slippery coastal paths", "news/article-3904457/slippery-paths.html")]),
        ("p", "Mrs Penhale, 45, said: “She was so insistent. She had a lead trailing from her collar and no owner in sight, and she kept looking back to check we were coming. After about 20 minutes we heard a man calling out.”"),
        ("p", "The couple found Mr Sallis lying at the bottom of the bank, cold and in pain. Mr Penhale climbed up the hill until he found a signal and called the coastguard."),
        ("h2", "Airlifted to hospital"),
        ("p", "A rescue team from the Combe Martin coastguard station reached the scene within half an hour, and Mr Sallis was airlifted to hospital in Barnstaple, where he had surgery on Friday."),
        ("p", "Coastguard officer Steve Colley said: “Without that dog, this could have ended very differently. The gentleman was in a spot that is not visible from the path, the light was going and the temperature was dropping fast.”"),
        ("p", "He said the dog’s behaviour was typical of what rescuers see from well-bonded pets. “Dogs will often stay with an injured owner, which is wonderful but does not get help,” he said. “For a dog to leave, find strangers and bring them back is very unusual. She did exactly the right thing.”"),
        ("p", "The coastguard has used the rescue to remind walkers to tell someone where they are going, to carry a charged phone and to avoid narrow paths in wet weather as the evenings draw in. There have been six call-outs to falls on the same stretch of coast since September."),
        ("p", "Bramble stayed by her owner’s side throughout and was looked after by the Penhales while he was in hospital. She has since been reunited with Mr Sallis’s daughter, Joanne, who said the family were “eternally grateful”."),
        ("p", "Staff at the rescue centre where Bramble was adopted said they were not surprised. Manager Tina Goss said: “She was always the clever one in the kennels. She worked out how to open the gate to the exercise yard in her first week, so running for help does not surprise me at all.”"),
        ("ad",),
        ("p", "Mr Sallis, who lost his wife, Margaret, two years ago, adopted Bramble from a rescue centre in 2014. “People said I was too old for a young dog,” he said. “I think she has proved them wrong.”"),
        ("p", "He has promised her a steak dinner when he gets home. “She has earned it,” he said. “And I have learned my lesson. From now on I carry a whistle, and I stick to the bottom path.”"),
    ],
    entities=[("Ken Sallis", "PER"), ("Sallis", "PER"), ("Bramble", "PER"), ("Ilfracombe", "LOC"), ("North Devon", "LOC"),
              ("Lisa", "PER"), ("Mark Penhale", "PER"), ("Penhale", "PER"), ("Penhales", "PER"), ("Combe Martin", "LOC"),
              ("Barnstaple", "LOC"), ("Steve Colley", "PER"), ("Joanne", "PER"), ("Margaret", "PER"), ("Tina Goss", "PER")],
    notes="Legacy template (headline <h2> after two <h1>s, story outside any <article>, no article:published_time). The dog's name is typed PER as a named animal; 'Lisa and Mark Penhale' gives 'Lisa' and 'Mark Penhale'.",
))

# 09 ------------------------------------------------------------- soap exit exclusive
ARTICLES.append(dict(
    id=f"{SITE}-09", cid=8821004, section="Showbiz", section_path="tvshowbiz", subnav=SHOWBIZ_SUB,
    url=f"{HOST}/tvshowbiz/article-8821004/harbour-lane-nadia-brooks-quits-soap.html",
    kicker="EXCLUSIVE",
    headline="Lane change: Nadia Brooks quits Harbour Lane after 12 years",
    seo="Harbour Lane star Nadia Brooks quits soap after 12 years as barmaid Stacey Gill",
    description="Nadia Brooks, who plays barmaid Stacey Gill in Harbour Lane, is leaving the soap after 12 years.",
    standfirst="Actress, who has played barmaid Stacey Gill since 2008, will film her final scenes before Christmas",
    authors=[("Mara Quint", "Showbiz Reporter")],
    published=uk(2020, 10, 8, 17, 55), modified=uk(2020, 10, 8, 22, 10), crawl=uk(2020, 10, 9, 7, 45),
    shares=2044, comments=733,
    image=("nadia-brooks-set", "Nadia Brooks as Stacey Gill behind the bar of the Anchor", "Credit: Riverside Television"),
    tags=["Harbour Lane", "Soaps", "Nadia Brooks"],
    puffs=[("Harbour Lane’s Christmas episode to feature a wedding and a fire", "tvshowbiz/article-8790013/christmas-episode.html", 10),
           ("Soap stars reveal the scenes they hated filming", "tvshowbiz/article-8701194/hated-scenes.html", 45),
           ("Harbour Lane ratings hit five-year high", "tvshowbiz/article-8760087/ratings-high.html", 20),
           ("Former soap star opens tea shop in Whitby", "tvshowbiz/article-8650012/tea-shop.html", 70)],
    body=[
        ("p", "HARBOUR Lane star Nadia Brooks is quitting the soap after 12 years as barmaid Stacey Gill, the Clatter can reveal."),
        ("p", "The 38-year-old actress told bosses last month that she wanted to leave to spend more time with her two young children and to try theatre work. She will film her final scenes before Christmas, and her exit will be screened in the spring."),
        ("p", "A show insider said: “Nadia has been the heart of the Anchor for as long as most viewers can remember. Everyone is gutted, but nobody blames her. She has given the show everything.”"),
        ("ad",),
        ("p", "Producers are said to be keeping her exit storyline under wraps, but the Clatter understands Stacey will not be killed off, leaving the door open for a return."),
        ("p", "“They have written her a big exit, but not a final one,” the insider added. “There are tears, there is a secret coming out, and there is a taxi at the end. That is all anyone on set has been told.”"),
        ("more", [("Harbour Lane: the soap’s most shocking exits", "tvshowbiz/article-8520033/shocking-exits.html"),
                  ("Nadia Brooks: ‘Stacey taught me to stand up for myself’", "tvshowbiz/article-8011147/nadia-interview.html"),
                  ("Harbour Lane cast in tears at read-through", "tvshowbiz/article-8799904/read-through.html")]),
        ("h2", "Award-winning storylines"),
        ("p", "Nadia joined Harbour Lane in 2008 at the age of 26, when Stacey arrived in the fictional Norfolk fishing town as the estranged daughter of landlord Ray Gill."),
        ("p", "She has since been at the centre of some of the soap’s most talked-about storylines, including Stacey’s gambling addiction, her marriage to fisherman Connor Tate and the fire that destroyed the pub in 2016."),
        ("p", "Her portrayal of Stacey’s struggle with gambling won her best actress at the National Soap Awards in 2014 and was praised by charities for prompting thousands of viewers to seek help."),
        ("p", "Her departure is the latest in a string of high-profile exits from the soap. Veteran actor Frank Deller, who played Ray, left last year after 20 years, and two of the show’s younger stars have quit since the spring."),
        ("p", "But insiders insist the programme is in good health. Ratings for its Monday episodes have risen by 400,000 since the summer, and a new executive producer, Claire Beddoes, has promised “the biggest year in the show’s history” to mark its 25th anniversary."),
        ("p", "Co-star Leon Marsh, who plays Connor, said: “I have had the best scene partner anyone could ask for. I’ll miss her every day, but I will be first in the queue for tickets to whatever she does next.”"),
        ("ad",),
        ("p", "Nadia, who is married to television director Sam Okoye, lives in Manchester. She has previously said she found it hard to balance long filming days with family life."),
        ("p", "She is already understood to have been approached about a role in a West End play next year, and friends say she has been taking singing lessons. “She has always wanted to do a musical,” said one. “Twelve years of pulling pints has not dulled that dream.”"),
        ("p", "Her final weeks on set will include a two-hander with Leon that is said to be one of the longest scenes in the soap’s history. One insider said: “It is 14 pages of dialogue in one take. There will not be a dry eye in the studio.”"),
        ("p", "A spokesperson for Harbour Lane said: “Nadia has been a much-loved member of the Harbour Lane family for 12 years. We respect her decision and wish her every success. Viewers will have to wait and see how Stacey says goodbye.”"),
        ("p", "Fans reacted with dismay on social media. One wrote: “No Stacey, no Anchor. Bring her back before she has even gone.”"),
    ],
    entities=[("Harbour Lane", "MISC"), ("HARBOUR Lane", "MISC"), ("Nadia Brooks", "PER"), ("Nadia", "PER"), ("Stacey Gill", "PER"),
              ("Stacey", "PER"), ("Clatter", "ORG"), ("Anchor", "LOC"), ("Norfolk", "LOC"), ("Ray Gill", "PER"), ("Connor Tate", "PER"),
              ("Connor", "PER"), ("National Soap Awards", "MISC"), ("Leon Marsh", "PER"), ("Sam Okoye", "PER"), ("Manchester", "LOC"),
              ("Frank Deller", "PER"), ("Ray", "PER"), ("Claire Beddoes", "PER"), ("West End", "LOC"), ("Leon", "PER")],
    notes="The 'EXCLUSIVE' label in the headline <h1> is a kicker; the fictional characters and the soap's pub ('the Anchor', a building, LOC) are annotated like real ones.",
))

# 10 ------------------------------------------------------------- lottery win, two reporters, legacy template
ARTICLES.append(dict(
    id=f"{SITE}-10", cid=4570119, old=True, section="News", section_path="news", subnav=NEWS_SUB,
    url=f"{HOST}/news/article-4570119/wigan-couple-win-lottery-on-anniversary.html",
    headline="Win-win! Couple scoop £4.2m on their 40th wedding anniversary",
    seo="Wigan couple Brian and Carol Hesketh win £4.2million lottery jackpot on 40th wedding anniversary",
    description="A retired couple from Wigan have won £4.2million on the lottery on the day of their ruby wedding anniversary.",
    authors=[("Dev Halloran", "Chief Reporter"), ("Lucy Brand", "Chief Reporter")],
    published=uk(2017, 6, 3, 10, 20), crawl=uk(2017, 6, 3, 19, 0),
    shares=3391, comments=517,
    image=("hesketh-champagne", "Brian and Carol Hesketh celebrate their win at a hotel near Wigan", "Credit: Clatter Pictures/Joe Stanway"),
    tags=["Lottery", "Wigan", "Winners"],
    puffs=[("What would you do with £4million? Readers tell us", "news/article-4533301/what-would-you-do.html", 10),
           ("Lottery winner who gave it all away: ‘I have no regrets’", "news/article-4400021/gave-it-away.html", 60),
           ("The biggest lottery wins of the last ten years", "news/article-4320084/biggest-wins.html", 90),
           ("Unclaimed £1m ticket bought in Bolton", "news/article-4561120/unclaimed-ticket.html", 3)],
    body=[
        ("p", "A RETIRED couple have scooped £4.2million on the lottery on the day of their 40th wedding anniversary."),
        ("p", "Brian and Carol Hesketh, both 63, from Wigan, matched all six numbers in Wednesday’s draw using the same line they have played every week since 1994: their birthdays, their wedding date and the number of their first house."),
        ("p", "Brian, a former bus driver, checked the ticket on his phone the next morning while Carol was making tea. “I read it four times,” he said. “Then I went in the kitchen and said, ‘Happy anniversary, love, I think we’ve won the lottery.’ She told me not to be daft.”"),
        ("ad",),
        ("p", "Carol, a retired school cook, said: “I made him show me the numbers on the website and on the ticket and on the telly. Then I had to sit on the back step for ten minutes with my head between my knees.”"),
        ("p", "The couple had planned to mark their ruby anniversary with a meal at a carvery near their home. Instead, they spent it on the phone to the lottery operator, Brightline Games, and a financial adviser."),
        ("more", [("How lottery winners spend their millions", "news/article-4420081/how-winners-spend.html"),
                  ("Syndicate of dinner ladies wins £1m", "news/article-4500093/dinner-ladies.html"),
                  ("Lottery jackpot rolls over to £12m", "news/article-4566620/rollover.html")]),
        ("h2", "New bus pass, old car"),
        ("p", "The couple have three children and six grandchildren and say their first priority is to help them buy homes. They also plan to take the family on a cruise to Norway, a trip Carol has dreamed of since she was a girl."),
        ("p", "But they insist little else will change. Brian said he would keep his 11-year-old car and his free bus pass. “I drove buses for 30 years,” he said. “I am not giving up a free ride now.”"),
        ("p", "Carol said she would treat herself to a new kitchen, “with a dishwasher, finally”, and that she would keep volunteering at the food bank at her local church. “We have always been lucky in the things that matter,” she said. “Now we are lucky in the other way as well.”"),
        ("p", "The couple met at a dance in Wigan in 1975, when Carol was 21 and Brian had just passed his bus driving test. They married two years later at the same church where Carol now volunteers, and spent their honeymoon in a caravan in Blackpool."),
        ("p", "“It rained every day,” Carol said. “We have been back to Blackpool every year since, and I don’t think it has stopped raining yet. We might try somewhere sunny for the 41st.”"),
        ("ad",),
        ("p", "Brightline Games adviser Helen Ramsbottom, who visited the couple, said: “Brian and Carol are the loveliest people. When I arrived, Carol had baked a cake, and she was more worried about whether I had eaten than about the money.”"),
        ("p", "The Hesketh win is the biggest in the North West this year. Brightline said there were still two unclaimed prizes of more than £1million from draws in the region in the spring, and urged players to check old tickets."),
        ("p", "Neighbours on the couple’s street said they were delighted. Pensioner Mavis Crompton, who has lived next door for 31 years, said: “They are the kind of people who put your bins out when you are poorly. If it had to be anyone, I’m glad it was them.”"),
        ("p", "The couple celebrated with a glass of champagne at a hotel near their home yesterday, surrounded by their family. Their eldest daughter, Michelle, said: “They have worked hard their whole lives and never asked for anything. Nobody deserves this more.”"),
        ("p", "Asked what advice they would give other players, Brian laughed. “Pick your numbers and stick to them,” he said. “And check your ticket before you put the kettle on.”"),
    ],
    entities=[("Brian", "PER"), ("Carol Hesketh", "PER"), ("Carol", "PER"), ("Wigan", "LOC"), ("Brightline Games", "ORG"),
              ("Norway", "LOC"), ("Helen Ramsbottom", "PER"), ("Michelle", "PER"), ("Blackpool", "LOC"), ("Hesketh", "PER"), ("North West", "LOC"), ("Mavis Crompton", "PER")],
    notes="Two writers in the byline ('By Dev Halloran and Lucy Brand, Chief Reporter'): the role is dropped and both are authors. Legacy template: headline <h2> after two <h1>s, story outside any <article>, no article:published_time, no JSON-LD author (the author meta tag is the first writer's profile URL). 'Brian and Carol Hesketh' gives 'Brian' and 'Carol Hesketh'.",
))

# 11 ------------------------------------------------------------- comedian's tour chaos; article:published_time holds the update
ARTICLES.append(dict(
    id=f"{SITE}-11", cid=15400128, section="Showbiz", section_path="tvshowbiz", subnav=SHOWBIZ_SUB,
    url=f"{HOST}/tvshowbiz/article-15400128/rob-tennant-tour-tickets-crash-fans-fury.html",
    headline="No laughing matter: fans fume as Rob Tennant tour tickets vanish in minutes",
    seo="Rob Tennant tour: fans furious as tickets sell out in minutes and reappear on resale sites for £400",
    description="Comedian Rob Tennant’s 2026 tour sold out in minutes, with tickets appearing on resale sites for up to £400.",
    authors=[("Mara Quint", "Showbiz Reporter")], meta_pub="mod",
    published=uk(2026, 1, 20, 13, 10), modified=uk(2026, 1, 21, 8, 55), crawl=uk(2026, 1, 21, 10, 30),
    shares=1877, comments=2109,
    image=("rob-tennant-stage", "Rob Tennant on stage during his last tour in 2023", "Credit: Clatter Pictures/Ola Brennan"),
    tags=["Rob Tennant", "Comedy", "Tickets", "Live events"],
    puffs=[("Comedian’s best one-liners from the festival fringe", "tvshowbiz/article-15310044/fringe-jokes.html", 30),
           ("Ticket touts to face tougher fines, says watchdog", "news/article-15290117/touts-fines.html", 40),
           ("Rob Tennant’s £3m seaside home revealed", "property/article-15201183/tennant-home.html", 70),
           ("The stand-up shows to see this spring", "tvshowbiz/article-15380092/spring-shows.html", 8)],
    body=[
        ("p", "COMEDY fans have been left furious after tickets for Rob Tennant’s new tour sold out in minutes, only to reappear on resale websites at up to ten times their face value."),
        ("p", "More than 200,000 tickets for the 41-date arena tour, called Nobody Asked, went on sale at 10am yesterday. By 10.20am every date was listed as sold out."),
        ("p", "Within the hour, seats with a face value of £42 were being offered on resale sites for as much as £400 each."),
        ("ad",),
        ("p", "Fans who had queued online for more than an hour vented their anger on social media. Teacher Becky Sloane, 41, from Sheffield, said: “I was number 8,000 in the queue when it opened and by the time I got to the front there was nothing left. Then I looked at a resale site and there were hundreds. It makes you feel like a mug.”"),
        ("p", "Some fans reported being thrown out of the online queue when their payment went through, and others said the site crashed as they reached the checkout. Northlight said its systems had handled “unprecedented demand” of more than 1.2 million people in the queue at once."),
        ("p", "Another fan wrote: “The only joke on this tour is the ticket prices.”"),
        ("more", [("Rob Tennant announces biggest ever tour", "tvshowbiz/article-15355501/tennant-tour-announce.html"),
                  ("How to avoid being ripped off by ticket resellers", "money/article-15140028/resale-rip-off.html"),
                  ("Rob Tennant: ‘I nearly gave up comedy for a job in a bank’", "tvshowbiz/article-14990027/tennant-interview.html")]),
        ("h2", "Comic ‘gutted’"),
        ("p", "Tennant, 47, who found fame with his sitcom Flat Pack and now hosts the panel show Guess Who’s Coming, said he was “gutted” for fans who missed out."),
        ("p", "In a video posted last night, he said: “I wanted this tour to be for the people who have stuck with me since I was doing 40-seat rooms above pubs. Instead a lot of you have been beaten to it by bots. I am sorry, and I am on it.”"),
        ("p", "He has asked the promoter, Northlight Live, to cancel tickets that are being resold above face value and to release them back to fans. Northlight said it had already cancelled more than 3,000 tickets bought by accounts that broke its rules."),
        ("p", "A Northlight spokesperson said: “We use a range of tools to stop automated buying, and we are reviewing every sale from yesterday. Tickets bought to resell will be cancelled, and fans should only buy from our official exchange.”"),
        ("p", "It is not the first time a big on-sale has ended in recriminations. Tickets for last year’s reunion tour by the band Copper Kites were on resale sites for up to £900 within minutes, and Northlight was criticised for not doing enough to stop bulk buying."),
        ("p", "Consumer lawyer Amira Haddad said fans who bought resale tickets should be cautious. “If a promoter cancels a ticket because it was bought in breach of the rules, the buyer may find they have no ticket and a long fight to get their money back,” she said. “Only buy through the official exchange, even if it means waiting.”"),
        ("ad",),
        ("p", "Campaigners say the episode shows the need for tougher rules. Jo Whitcombe, of the group Fair Seats, said: “Every big on-sale ends the same way. Until resale above face value is banned outright, fans will keep paying the price.”"),
        ("p", "The tour opens in Newcastle in September and ends with three nights in London in December. Tennant has hinted he may add extra dates."),
        ("p", "UPDATE: Northlight said this morning that two extra dates in Birmingham and Glasgow would go on sale on Friday, with a limit of two tickets per person."),
    ],
    entities=[("Rob Tennant", "PER"), ("Tennant", "PER"), ("Nobody Asked", "MISC"), ("Becky Sloane", "PER"), ("Sheffield", "LOC"),
              ("Flat Pack", "MISC"), ("Guess Who’s Coming", "MISC"), ("Northlight Live", "ORG"), ("Northlight", "ORG"),
              ("Jo Whitcombe", "PER"), ("Fair Seats", "ORG"), ("Newcastle", "LOC"), ("London", "LOC"), ("Birmingham", "LOC"),
              ("Copper Kites", "ORG"), ("Amira Haddad", "PER"),
              ("Glasgow", "LOC")],
    notes="article:published_time holds the update time (2026-01-21T08:55+00:00); the visible 'Published: 13:10 GMT, 20 January 2026' is the publication date (GUIDELINES 4.3). The closing 'UPDATE:' paragraph is part of the story's text. Adjudicated with the second annotation (December 2026): a time in GMT has offset +00:00, so local-time-zone does not apply (GUIDELINES 10).",
))

# 12 ------------------------------------------------------------- holiday hell, legacy template
ARTICLES.append(dict(
    id=f"{SITE}-12", cid=3196604, old=True, ld_author="person", section="Travel", section_path="travel", subnav=["Holidays", "Deals", "Cruises", "Destinations"],
    url=f"{HOST}/travel/article-3196604/skybreeze-collapse-families-stranded-crete.html",
    headline="Plane sailing? Not quite! Families stranded in Crete as SkyBreeze goes bust",
    seo="SkyBreeze collapse: 3,000 British holidaymakers stranded in Crete after airline goes into administration",
    description="Thousands of British holidaymakers are stranded in Crete after the budget airline SkyBreeze went into administration.",
    authors=[("Tess Marlow", "Travel Editor")],
    published=uk(2015, 8, 14, 9, 5), crawl=uk(2015, 8, 14, 18, 40),
    shares=2760, comments=689,
    image=("chania-airport-queue", "Passengers queue at Chania airport after SkyBreeze flights were cancelled", "Credit: Reader’s picture"),
    tags=["SkyBreeze", "Airlines", "Holidays", "Crete"],
    puffs=[("Your holiday rights if your airline goes bust", "travel/article-3180092/holiday-rights.html", 20),
           ("Cheapest Greek islands for a last-minute break", "travel/article-3101187/greek-islands.html", 45),
           ("Passenger films ‘world’s rudest’ cabin crew", "travel/article-3150043/rude-crew.html", 30),
           ("Airport queues: the busiest days of the summer", "travel/article-3170011/airport-queues.html", 25)],
    body=[
        ("p", "AROUND 3,000 British holidaymakers are stranded in Crete after budget airline SkyBreeze collapsed overnight, cancelling every flight with immediate effect."),
        ("p", "Families arriving at Chania and Heraklion airports for flights home this morning found check-in desks closed and a notice taped to the counter telling them the company had gone into administration."),
        ("p", "Mother-of-three Donna Keating, 39, from Swindon, said: “We got to the airport at 5am with three tired kids and all our bags and there was just a piece of paper on the desk. Nobody from the airline, nobody to ask. People were crying.”"),
        ("ad",),
        ("p", "SkyBreeze, which was founded in 2009 and flew from eight British airports to Greece, Spain and Cyprus, said it had run out of money after a rescue deal with an investor fell through on Thursday night."),
        ("p", "The administrators, Carrow Partners, said about 11,000 passengers were abroad with return tickets and that a further 60,000 people had bookings for future flights."),
        ("more", [("SkyBreeze: the rise and fall of the £9 airline", "travel/article-3195522/skybreeze-rise-fall.html"),
                  ("Is my holiday protected? What you need to know", "travel/article-3196011/holiday-protected.html"),
                  ("Other airlines offer rescue fares to stranded passengers", "travel/article-3196599/rescue-fares.html")]),
        ("h2", "Rescue fares"),
        ("p", "Passengers who booked package holidays through a tour operator are protected and will be flown home at no extra cost. But those who bought flights only, directly from the airline, are not covered and face finding their own way home."),
        ("p", "Tour operators said they were working to bring their customers home on chartered aircraft over the next four days. One operator, Sunward Holidays, said it had 600 customers on the island and had booked two extra flights from Heraklion to Manchester on Saturday."),
        ("p", "Several rival airlines have offered rescue fares to stranded passengers. Aegean Wings said it would carry SkyBreeze customers from Crete to London for £99 one way, subject to availability."),
        ("p", "Retired couple Alan and Joyce Pettit, from Coventry, said they had been quoted £640 each for the next available seats. “We saved for two years for this holiday,” Alan said. “Now we are going to spend the money we had left on getting home. It has ruined the whole fortnight.”"),
        ("p", "Travel expert Marcus Vane said passengers who had paid by credit card might be able to claim their money back from their card provider. “Keep every receipt for hotels, taxis and meals,” he said. “If you paid more than £100 by credit card, the card company may be jointly liable.”"),
        ("p", "The collapse is the second of a British airline this year, and campaigners say the rules on protecting flight-only passengers are long overdue for reform. Holiday consumer group Trip Shield said thousands of travellers were still being caught out by buying cheap flights without realising they had no protection."),
        ("p", "Its spokesman, Neil Argent, said: “Families book a £49 fare, a hotel on one website and a car on another, and think they are covered because it feels like a package. They are not, and it is only when something like this happens that they find out.”"),
        ("ad",),
        ("p", "Staff at SkyBreeze said they had learned of the collapse from a text message sent just after midnight. One cabin crew member, who asked not to be named, said: “We were told to go home and wait for an email. Nobody has told us if we will be paid for this month.”"),
        ("p", "Hotels in Chania said they had been inundated with requests from guests asking to extend their stays, and some were offering discounted rates. Hotel manager Eleni Markaki said: “We will not throw anyone out on the street. We will work something out.”"),
        ("p", "Donna Keating and her family have found seats on a flight to Bristol on Sunday. “The kids think it’s an adventure,” she said. “I just want my own bed.”"),
    ],
    entities=[("British", "MISC"), ("Crete", "LOC"), ("SkyBreeze", "ORG"), ("Chania", "LOC"), ("Heraklion", "LOC"),
              ("Donna Keating", "PER"), ("Swindon", "LOC"), ("Greece", "LOC"), ("Spain", "LOC"), ("Cyprus", "LOC"),
              ("Carrow Partners", "ORG"), ("Aegean Wings", "ORG"), ("London", "LOC"), ("Alan", "PER"), ("Joyce Pettit", "PER"),
              ("Coventry", "LOC"), ("Marcus Vane", "PER"), ("Eleni Markaki", "PER"), ("Bristol", "LOC"), ("Trip Shield", "ORG"), ("Neil Argent", "PER"), ("Sunward Holidays", "ORG"), ("Manchester", "LOC")],
    notes="Legacy template: headline <h2> after two <h1>s, story outside any <article>, no article:published_time; 'Alan and Joyce Pettit' gives 'Alan' and 'Joyce Pettit'.",
))

# 13 ------------------------------------------------------------- minimal pair of 04: a WATCH video teaser between paragraphs
ARTICLES.append(dict(ARTICLES[3], id=f"{SITE}-13", video_teaser=True, variant_of=f"{SITE}-04",
                     url=ARTICLES[3]["url"] + "?ito=video", canonical=ARTICLES[3]["url"],
                     notes=f"Minimal pair of {SITE}-04: differs only in inline-video-teaser (a 'WATCH' video teaser with its title and player stands between two paragraphs; it is not body text)."))


# Longer stories (realism wave: body length): one more reported section (subheading and paragraphs) inserted before
# the item whose text starts with the given words, so each story keeps its closing lines; the minimal pair 13 follows
# its original 04. New people, places and organisations join the entity list.
MORE = {
    f"{SITE}-01": ("A spokesperson for Jade declined", [
        ("h2", "Cookware sell-out"),
        ("p", "The news has already been good for business. Jade’s cookware range, which includes a pastel pink stand mixer and a set of heart-shaped tins, sold out on the retailer’s website within hours of last night’s launch."),
        ("p", "A spokesperson for homeware chain Larkin and Bow said: “We ordered what we thought was enough stock for a month. By breakfast the tins had gone, and we now have a waiting list of more than 9,000 people.”"),
        ("p", "The chain says a second delivery of the mixer is due in a fortnight, and a limited-edition baby-blue version is already being talked about by fans online."),
    ], [("Larkin and Bow", "ORG")]),
    f"{SITE}-02": ("A spokesperson for Harbourline Productions", [
        ("h2", "‘He didn’t even call her’"),
        ("p", "Kelsey’s family are said to be furious about the way the split played out. Her older sister, Jodie Rowe, 28, posted a photograph of the pair at the final with the caption “some people show you who they are”, before deleting it an hour later."),
        ("p", "A family friend said: “What hurt Kelsey most was that he didn’t even call her. She was sitting in the hotel room waiting for him to explain, and instead she read about the deal on her phone like everyone else.”"),
        ("p", "Brandon’s camp insist he did nothing wrong. A source close to the personal trainer said he had asked the brand whether Kelsey could be included and was told the campaign was “menswear only”. The source added: “He is gutted it has ended like this. He thought they could sort it out once they were home.”"),
        ("p", "Kelsey is expected to return to work at her salon in Leeds next week, where fans have already started queuing outside in the hope of a selfie."),
    ], [("Jodie Rowe", "PER")]),
    f"{SITE}-04": ("Health officials are advising", [
        ("h2", "Schools and hospitals"),
        ("p", "Several schools in the south-east have told parents that children can wear PE kit instead of uniform for the rest of the week, and some have moved sports days to the morning or cancelled them altogether."),
        ("p", "Headteacher Graham Selby, whose primary school in Maidstone has no air conditioning, said: “Some of our classrooms were at 31C by lunchtime today. We have opened every window, borrowed fans from parents and moved lessons into the hall, which is the coolest room in the building. The children have been brilliant.”"),
        ("p", "Hospitals are bracing for a rise in admissions for heatstroke and dehydration, particularly among the elderly. Ambulance crews in London said they had already seen a jump in calls from people who had collapsed in the heat on public transport."),
        ("p", "GP Dr Fiona Amberley said: “The people most at risk are the ones who don’t think they are: older people living alone, babies, and anyone working outside all day. Drink before you feel thirsty, and if someone is confused or has stopped sweating, call for help.”"),
        ("p", "Care homes in Kent and Sussex have cancelled garden visits in the afternoon and are serving ice lollies and cold drinks to residents every hour, with staff told to record how much each resident drinks."),
    ], [("Graham Selby", "PER"), ("Maidstone", "LOC"), ("Fiona Amberley", "PER"), ("Sussex", "LOC")]),
    f"{SITE}-05": ("Talks between the two clubs", [
        ("h2", "Agent’s warning"),
        ("p", "Mensah’s agent, Tobi Adeyemi, is understood to be growing frustrated with both clubs. He has told them his client will not wait until the summer, and that two clubs abroad have already asked to be kept informed."),
        ("p", "A source close to the player said: “Kofi wants to go to Harbourside. He has met the manager, he has seen the training ground and he has picked out a house. But he is 23 and his career will not stand still while two chairmen argue over a percentage.”"),
        ("p", "The row centres on how much Rovers would receive if Harbourside sold the striker on. Harbourside are prepared to offer a ten per cent clause, but Rovers want 20 per cent of any profit, and talks between the two chief executives on Friday afternoon broke up without agreement."),
        ("p", "Former Harbourside striker Lenny Voss, who scored 87 goals for the club in the 1990s, said the board should get the deal done. “Ten per cent or 20 per cent of a future fee is nothing compared with the cost of going down,” he said. “If they lose this lad over a clause, the fans will never forgive them.”"),
        ("p", "Rovers, who are fourth in the division below, would use the money to strengthen their own squad before the deadline. Manager Colin Hartnell is said to have a replacement lined up but will not move until Mensah has gone."),
        ("p", "Hartnell said after training today: “Kofi is still our player, and until someone tells me otherwise he is in the squad for Tuesday. I have not been told anything, and I don’t read the papers.”"),
    ], [("Tobi Adeyemi", "PER"), ("Lenny Voss", "PER"), ("Colin Hartnell", "PER")]),
    f"{SITE}-06": ("A spokesperson for the singer said", [
        ("h2", "Sisters in charge"),
        ("p", "Tamsin is said to have handed most of the planning to her sisters, Ella and Rosie, who were sworn to secrecy and used a code name, “the barn dance”, in messages to guests and suppliers."),
        ("p", "A friend of the family said: “Ella did the guest list and Rosie did the music. Tamsin’s only instructions were no speeches longer than five minutes and no one from the record label on the top table.”"),
        ("p", "Her father, Roger Vale, walked her down the aisle and gave a speech that was said to have had the whole barn in tears. “He told everyone she used to sing into a hairbrush in the kitchen and make the family buy tickets,” the friend said. “Now 12,000 people buy tickets.”"),
        ("p", "The evening ended with the whole family on stage with The Lantern Club for a singalong of old soul hits, before the couple left in a vintage camper van decorated with tin cans and a sign reading “Just Drummed”."),
    ], [("Ella", "PER"), ("Rosie", "PER")]),
    f"{SITE}-08": ("Mr Sallis, who lost his wife", [
        ("h2", "Village rallies round"),
        ("p", "News of Bramble’s rescue has spread quickly in the village where Mr Sallis lives. The local pub, the Ship and Anchor, has started a collection for the coastguard station and put a photograph of the dog behind the bar."),
        ("p", "Landlord Pete Harvey said: “Ken comes in every Friday for a half of bitter and Bramble lies under his stool. Half the village has been in asking after them both. We have raised more than £600 in two days, and people keep bringing in biscuits for the dog.”"),
        ("p", "Mr Sallis’s daughter, Joanne, has been visiting him every day and bringing Bramble to the hospital car park so that he can see her from the window of his ward. “He waves and she wags her tail so hard her whole back end goes,” she said. “The nurses have started coming to the window to watch.”"),
        ("p", "Doctors say Mr Sallis is recovering well and could be home within a fortnight, although he will need help around the house for several weeks. Joanne plans to move in with him for a while. “Bramble will be in charge, obviously,” she said."),
        ("p", "A local dog-training club has offered to enter Bramble for a bravery award at its Christmas show. Its secretary, Val Trewin, said: “We give a rosette every year for the dog that has done something special. I think this year’s has already been decided.”"),
        ("p", "The rescue centre where Bramble was adopted says it has had more calls about its Labradors in the past two days than in the whole of the previous month. Manager Tina Goss said: “We are grateful, but please remember that every dog here is a hero in waiting, not just the black ones.”"),
    ], [("Ship and Anchor", "ORG"), ("Pete Harvey", "PER"), ("Val Trewin", "PER")]),
    f"{SITE}-09": ("A spokesperson for Harbour Lane said", [
        ("h2", "Who will run the Anchor?"),
        ("p", "Stacey’s exit leaves the Anchor without a landlady for the first time in 12 years, and fans are already guessing who will take over behind the bar. Bookmakers have made Connor the favourite to take on the pub, at 2-1."),
        ("p", "The Clatter understands that producers are planning to bring in a new family to run the Anchor in the new year, with casting already under way. One insider said: “They want a big, noisy family with a few secrets of their own. It is the only way to fill the gap Nadia leaves.”"),
        ("p", "Writers are also said to have drafted an ending that will see Stacey reconcile with her estranged mother, Lorraine, who has not been seen in the soap since 2012. Actress Mandy Pryor, who played Lorraine, is rumoured to have been approached to return for a handful of episodes."),
        ("p", "Soap expert Dominic Hale said: “Stacey has been the heart of that pub for so long that the Anchor without her feels like a different show. The writers have a real job on their hands, but a good exit can bring in viewers who haven’t watched for years.”"),
        ("p", "Nadia’s final episode is expected to be shown on a Monday night in the spring, in an extended hour-long edition. Bosses are said to be planning to keep the ending secret even from most of the cast, with three different versions of the final scene being filmed so that nothing can leak before it is broadcast."),
    ], [("Lorraine", "PER"), ("Mandy Pryor", "PER"), ("Dominic Hale", "PER")]),
    f"{SITE}-10": ("Asked what advice they would give", [
        ("h2", "A new kitchen and a church roof"),
        ("p", "The couple have also promised £20,000 towards repairs to the roof of St Barnabas Church, where they married in 1977, and where a bucket has caught the rain in the vestry for three winters."),
        ("p", "The vicar, the Rev Andrew Pilling, said he had been “lost for words” when Carol told him after a Sunday service. “She whispered it to me at the door as if she was telling me she had brought the wrong biscuits,” he said. “That is Carol all over. She would not want anyone to make a fuss.”"),
        ("p", "Financial adviser Neil Hardcastle, who has been appointed by the lottery operator to help them, said the couple had already decided to put most of the money in savings. “They asked me very sensible questions,” he said. “The first one was how they could make sure their grandchildren got a good start without spoiling them.”"),
        ("p", "Brian has promised himself one treat: a season ticket at his beloved Wigan rugby club, where he has stood on the terraces since he was a boy. “I will still stand,” he said. “But I might buy the pie at half-time instead of bringing my own.”"),
        ("p", "Carol said she would finally book the cruise to Norway for next summer, with all six grandchildren. “I want to see the fjords before I’m 65,” she said."),
        ("p", "For now, though, the couple say the biggest change has been the phone. “It hasn’t stopped ringing,” Brian said. “Cousins we haven’t heard from since the wedding. We tell them all the same thing: come round for a cup of tea, but bring your own biscuits.”"),
    ], [("St Barnabas Church", "ORG"), ("Andrew Pilling", "PER"), ("Neil Hardcastle", "PER")]),
    f"{SITE}-12": ("Donna Keating and her family", [
        ("h2", "Airport chaos"),
        ("p", "By lunchtime, the departure hall at Chania was crowded with families sitting on suitcases, and the airport had opened a second terminal building to give them somewhere to wait out of the sun. Local volunteers handed out bottles of water and fruit."),
        ("p", "Father-of-two Gary Thwaite, 44, from Leicester, said: “We have got two days’ worth of money left and a flight that doesn’t exist. The hotel wants us out by noon tomorrow. I have been on the phone to my bank for two hours trying to get my credit limit raised so we can book something else.”"),
        ("p", "Government officials said consular staff were at both airports to help British travellers and urged anyone with a vulnerable relative on the island to contact the consular helpline. A spokesman said there was no need for a government-organised airlift because there were seats available on other airlines."),
        ("p", "Aviation analyst Judith Coombe said the collapse had been coming for months. “SkyBreeze was flying half-empty planes in the spring and cutting fares to fill them,” she said. “When the investor walked away, there was nothing left in the bank to pay for fuel.”"),
        ("p", "The administrators said SkyBreeze’s 14 aircraft would be returned to their leasing companies and that most of its 900 staff would be made redundant."),
        ("p", "Unions representing cabin crew and pilots said they would seek urgent talks with the administrators about unpaid wages. One pilot, who did not want to be named, said: “Some of us have not been paid for July. We flew those planes until the last minute, and now we are the last in the queue.”"),
    ], [("Gary Thwaite", "PER"), ("Leicester", "LOC"), ("Judith Coombe", "PER")]),
}


def lengthened(a):
    """The story with its MORE section inserted (the story unchanged without one); a minimal pair follows its original."""
    key = a.get("variant_of") or a["id"]
    if key not in MORE:
        return a
    before, extra, entities = MORE[key]
    at = next(i for i, it in enumerate(a["body"]) if it[0] == "p" and it[1].startswith(before))
    return dict(a, body=a["body"][:at] + extra + a["body"][at:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def build(a):
    a = lengthened(a)
    html, blocks = page(a)
    art = Article(id=a["id"], site=SITE, url=a["url"], language="en", headline=a["headline"],
                  published=iso(a["published"]), modified=iso(a["modified"]) if a.get("modified") else None,
                  authors=[n for n, _ in a["authors"]], summary=a.get("standfirst", ""), blocks=blocks,
                  entities=a["entities"], phenomena=phenomena_of(a, blocks, html), notes=a.get("notes", ""),
                  variant_of=a.get("variant_of"))
    return art, html


ATOMS = _atomic_css("dc-", breakpoints=((640, "sm"), (960, "md"), (1280, "xl")))
SPRITE = _sprite("daily-clatter", "dc", SPRITE_ICONS)

if __name__ == "__main__":
    for a in ARTICLES:
        art, html = build(a)
        emit(art, html, "utf-8")
        print(f"{a['id']}\t{len(html.encode('utf-8')) / 1024:.1f} KB")
