import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Lakeline 7 News (lakeline-news): the website of an invented local television station serving
Toledo and northwest Ohio, on a video-first WordPress VIP-style template shared by a station
group. Every story opens with a video player module (poster, title, a JSON playlist config) above
the text; story paragraphs are rendered as <div class="paragraph"> blocks, split into several
"article__section" containers by in-article ads and by the weather widget the template drops into
the story container; producers add "RELATED:" lines between paragraphs. The byline block shows
"Author:" and the dates as plain text ("Published: 5:32 PM EST March 4, 2021"), never in a
<time> element. Metadata personality: meta author is always the station's name; the JSON-LD
author is the reporter on staff stories (the station itself on stories migrated from the old
CMS, which have no JSON-LD at all), the agency on wire copy; article:published_time holds the
latest publish action on re-published stories. Times are US Eastern (EST/EDT)."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "lakeline-news"
HOST = "https://www.lakeline7.example"
CDN = "https://media.lakeline7.example"
VIDEO = "https://video.lakeline7.example"
NAME = "Lakeline 7 News"
CALL = "Lakeline 7"
EST = _dt.timezone(_dt.timedelta(hours=-5))
EDT = _dt.timezone(_dt.timedelta(hours=-4))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


def slugify(s):
    s = s.lower().replace("’", "").replace("'", "")
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def d(y, mo, da, hh, mi):
    """A local time in Toledo: EDT from the second Sunday of March to the first Sunday of November."""
    def nth_sunday(month, n):
        first = _dt.date(y, month, 1)
        return first + _dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    start, end = nth_sunday(3, 2), nth_sunday(11, 1)
    tz = EDT if start <= _dt.date(y, mo, da) < end else EST
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)


def zone(t):
    return "EDT" if t.utcoffset() == _dt.timedelta(hours=-4) else "EST"


def stamp(t):
    """The station group's visible stamp: '5:32 PM EST March 4, 2021'."""
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'} {zone(t)} {MONTHS[t.month - 1]} {t.day}, {t.year}"


# ---------------------------------------------------------------- page weight (markup, not words)

_SYL1 = ["Ad", "Bel", "Cor", "Dal", "Ev", "Fen", "Gal", "Hol", "Ist", "Jor", "Kel", "Lum", "Mar", "Nov", "Ost",
         "Pel", "Quen", "Rav", "Sol", "Tam", "Ulv", "Ver", "Wex", "Yar", "Zel"]
_SYL2 = ["ora", "ynx", "ida", "ent", "ova", "eq", "amo", "isto", "urel", "ax", "oni", "elle", "ivo", "umba"]
_KIND = ["Media", "Analytics", "Ads", "Labs", "Data", "Digital", "Exchange", "Audience", "Metrics", "Signals"]


def svg_sprite(seed, names, prefix="i"):
    """An inline SVG symbol sprite: icons as path data (deterministic per seed)."""
    rnd = _random.Random(seed)
    out = []
    for n in names:
        dd = [f"M{rnd.uniform(1, 23):.2f} {rnd.uniform(1, 23):.2f}"]
        for _ in range(rnd.randint(10, 34)):
            c = rnd.choice("cclshvaz")
            if c == "c":
                dd.append("c" + " ".join(f"{rnd.uniform(-6, 6):.3f}" for _ in range(6)))
            elif c == "s":
                dd.append("s" + " ".join(f"{rnd.uniform(-6, 6):.3f}" for _ in range(4)))
            elif c == "l":
                dd.append(f"l{rnd.uniform(-8, 8):.2f} {rnd.uniform(-8, 8):.2f}")
            elif c in "hv":
                dd.append(f"{c}{rnd.uniform(-9, 9):.2f}")
            elif c == "a":
                r = rnd.uniform(1, 9)
                dd.append(f"a{r:.2f} {r:.2f} 0 {rnd.randint(0, 1)} {rnd.randint(0, 1)} {rnd.uniform(-9, 9):.2f} {rnd.uniform(-9, 9):.2f}")
            else:
                dd.append(f"zM{rnd.uniform(1, 23):.2f} {rnd.uniform(1, 23):.2f}")
        out.append(f'<symbol id="{prefix}-{n}" viewBox="0 0 24 24"><path fill-rule="evenodd" d="{"".join(dd)}z"/></symbol>')
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
                        "specialFeatures": sorted(rnd.sample([1, 2], rnd.randint(0, 2))),
                        "optOut": {"ccpa": rnd.random() > .3, "gpc": rnd.random() > .5},
                        "urls": {"privacy": f"https://{slug}.{policy_host}/privacy", "optout": f"https://{slug}.{policy_host}/opt-out"}})
    return _json.dumps({"version": 7, "framework": "us-privacy", "lastUpdated": "2024-09-30T12:00:00Z", "vendors": vendors},
                       separators=(",", ":"))


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


ICONS = ["wx-%02d" % i for i in range(1, 33)] + ["menu", "close", "search", "play", "pause", "live", "weather-sun", "weather-cloud", "weather-rain", "weather-snow",
         "weather-storm", "weather-wind", "facebook", "x", "email", "link", "share", "chevron-left", "chevron-right",
         "chevron-down", "alert", "app-store", "google-play", "tv", "radar", "closed-captions", "volume", "fullscreen"]
SPRITE = svg_sprite(7007, ICONS, "ll")
VENDORS = cmp_vendors(4219, 150, "adpartners.example")

# ---------------------------------------------------------------- boilerplate

NAV = [("News", "news", ["Local", "Crime", "Education", "Health", "Politics", "Nation/World", "Michigan"]),
       ("Weather", "weather", ["Forecast", "Radar", "Closings & Delays", "Weather Blog"]),
       ("Sports", "sports", ["High School", "Minor League", "College", "Pro"]),
       ("7 Investigates", "investigations", []),
       ("Community", "community", ["Pet of the Week", "Heroes Among Us", "Events"]),
       ("Traffic", "traffic", []),
       ("Watch", "watch", ["Live", "Newscasts", "Lakeline 7 Plus"])]

TRENDING = ["Crews clear overnight crash on I-75 near Perrysburg", "Dollar store robbery suspect arrested after short chase",
            "Lake Erie beach advisory lifted at Maumee Bay", "Sylvania council delays vote on new roundabout",
            "Weekend forecast: cooler, with lake-effect showers east", "Toledo teen wins state spelling bee",
            "Bowling Green bakery closes after 62 years", "Police: missing Oregon man found safe",
            "New bridge lane pattern starts Monday on the Anthony Wayne", "High school football: Week 6 scores and highlights"]

VIDEOS = ["Lakeline 7 News at 6: top stories", "First Alert Weather: your 7-day forecast", "Heroes Among Us: the bus driver who knits",
          "7 Investigates: where your water bill goes", "Friday Night Fever highlights", "Pet of the Week: meet Biscuit"]

CSS = """
:root{--ll-blue:#0b3d91;--ll-red:#d71920;--ll-ink:#141414;--ll-grey:#5e6570;--ll-line:#dfe3e8;--ll-bg:#f4f6f9;--ll-font:"Roboto",Helvetica,Arial,sans-serif;--ll-head:"Roboto Condensed",Arial Narrow,sans-serif}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 var(--ll-font);color:var(--ll-ink);background:#fff}
a{color:var(--ll-blue)}img{max-width:100%;height:auto;display:block}
.site-header{background:var(--ll-blue);color:#fff;position:sticky;top:0;z-index:50}
.site-header__inner{max-width:1280px;margin:0 auto;display:flex;align-items:center;gap:18px;height:62px;padding:0 16px}
.site-header__logo img{height:38px;width:auto}.site-header__weather{margin-left:auto;display:flex;align-items:center;gap:6px;color:#fff;text-decoration:none;font-weight:700}
.site-header__live{background:var(--ll-red);color:#fff;padding:6px 12px;border-radius:3px;font:700 13px var(--ll-head);text-transform:uppercase;text-decoration:none}
.site-nav{background:#082c69}.site-nav>ul{list-style:none;margin:0 auto;max-width:1280px;display:flex;gap:4px;padding:0 16px}
.site-nav a{color:#fff;text-decoration:none;display:block;padding:10px 12px;font:700 14px var(--ll-head);text-transform:uppercase}
.site-nav .sub{display:none;position:absolute;background:#fff;box-shadow:0 6px 18px rgba(0,0,0,.2);list-style:none;margin:0;padding:8px 0}
.site-nav li:hover .sub{display:block}.site-nav .sub a{color:var(--ll-ink);text-transform:none;font-weight:400}
.breaking{background:var(--ll-red);color:#fff;font:700 14px var(--ll-head);padding:8px 16px;text-transform:uppercase}
.page-container{max-width:1280px;margin:0 auto;padding:18px 16px}.page-row{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px}
@media (max-width:1024px){.page-row{grid-template-columns:1fr}}
.article__section-label{font:700 13px var(--ll-head);text-transform:uppercase;color:var(--ll-red);letter-spacing:.04em}
.article__headline{font:700 36px/1.15 var(--ll-head);margin:6px 0 12px}.article__headline-label{color:var(--ll-red);margin-right:6px}
.article__summary{font-size:19px;color:#333;margin:0 0 14px}
.video-player{position:relative;background:#000;aspect-ratio:16/9;margin:0 0 10px}.video-player__poster{position:absolute;inset:0}
.video-player__play{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:72px;height:72px;border-radius:50%;border:0;background:rgba(215,25,32,.9);color:#fff}
.video-player__title{font:700 15px var(--ll-head);margin:6px 0 16px;color:var(--ll-grey)}
.video-player__cc{position:absolute;right:10px;bottom:10px;color:#fff;font-size:12px}
.article__byline{font-size:14px;color:var(--ll-grey);border-top:1px solid var(--ll-line);border-bottom:1px solid var(--ll-line);padding:10px 0;margin-bottom:16px}
.article__author a{font-weight:700}.article__dates div{display:inline-block;margin-right:14px}
.article__share{display:flex;gap:8px;margin:0 0 18px}.article__share a{width:36px;height:36px;border-radius:50%;background:var(--ll-bg);display:flex;align-items:center;justify-content:center}
.article__section .paragraph{margin:0 0 1.1em;font-size:18px;line-height:1.65}
.article__section h2,.article__section h3{font:700 24px/1.25 var(--ll-head);margin:1.4em 0 .6em}
.article__section ul{padding-left:22px;font-size:18px}.article__section table{border-collapse:collapse;width:100%;font-size:15px;margin:1em 0}
.article__section th,.article__section td{border-bottom:1px solid var(--ll-line);padding:6px 8px;text-align:left}
.paragraph--related{font-weight:700}.paragraph--related a{text-decoration:none}
.ad-wrapper{background:var(--ll-bg);min-height:280px;margin:24px 0;display:flex;flex-direction:column;align-items:center;justify-content:center}
.ad-wrapper__label{font-size:10px;text-transform:uppercase;letter-spacing:.1em;color:#8a9099}
.weather-widget{border:1px solid var(--ll-line);border-left:4px solid var(--ll-blue);padding:14px 16px;margin:24px 0;display:grid;grid-template-columns:auto 1fr;gap:6px 16px}
.weather-widget__now{font:700 44px/1 var(--ll-head)}.weather-widget__days{display:flex;gap:16px;font-size:13px}
.weather-widget__cta{grid-column:1/-1;font:700 13px var(--ll-head);text-transform:uppercase}
.article__tags{margin:24px 0;font-size:13px}.article__tags a{display:inline-block;margin:0 6px 6px 0;padding:3px 10px;border:1px solid var(--ll-line);border-radius:14px;text-decoration:none}
.app-promo{background:var(--ll-bg);padding:14px;margin:18px 0;font-size:14px}
.rail-module{margin-bottom:26px}.rail-module h2{font:700 16px var(--ll-head);text-transform:uppercase;border-bottom:3px solid var(--ll-red);padding-bottom:6px}
.rail-module ol,.rail-module ul{margin:0;padding-left:18px}.rail-module li{padding:6px 0;border-bottom:1px solid var(--ll-line);font-size:15px}
.site-footer{background:#0a1f44;color:#cfd6e3;font-size:13px;padding:30px 16px;margin-top:40px}.site-footer a{color:#fff}
.site-footer__inner{max-width:1280px;margin:0 auto}.site-footer__links{display:flex;flex-wrap:wrap;gap:8px 18px;list-style:none;padding:0}
.privacy-notice{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid var(--ll-blue);padding:12px 18px;font-size:13px;z-index:99;display:none}
.privacy-notice.is-visible{display:flex;gap:16px;align-items:center}
"""


def head_scripts(a, url):
    sec = a["section"]
    return f"""<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({{"event":"page_meta","station":"lakeline7","market":"toledo","contentId":"{a['cid']}","contentType":"story",
"section":"{slugify(sec)}","storyType":"{a.get('kind', 'staff')}","hasVideo":true,"videoId":"{a['video_id']}","wordCount":{a['_words']},
"author":"{'|'.join(a['authors'])}","daypart":"{a['pub'].hour}"}});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tags.lakeline7.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-LL7T0L3');
</script>
<script>
window.llAds=window.llAds||{{cmd:[]}};
llAds.cmd.push(function(){{llAds.setup({{network:"/71650293/lakeline7",zone:"news/{slugify(sec)}/story",targeting:{{cid:"{a['cid']}",kw:{_json.dumps(a['tags'])},
video:"true",pagetype:"story"}},slots:[{{id:"top",sizes:[[728,90],[970,250],[320,50]]}},{{id:"in-article-1",sizes:[[300,250],[336,280]]}},
{{id:"in-article-2",sizes:[[300,250],[336,280]]}},{{id:"rail-1",sizes:[[300,250],[300,600]]}}],lazy:{{fetchMarginPercent:200,renderMarginPercent:80}},
prebid:{{timeout:1000,bidders:["alpha","beta","gamma","delta"]}},refresh:{{"rail-1":45}}}});}});
</script>
<script async src="https://ads.lakeline7.example/ll-ads.3.9.2.min.js"></script>
<script>
var _comscore=_comscore||[];_comscore.push({{c1:"2",c2:"6035122",cs_ucfr:"1",options:{{enableFirstPartyCookie:true}}}});
(function(){{var s=document.createElement("script");s.async=true;s.src="https://metrics.lakeline7.example/beacon.js";document.head.appendChild(s);}})();
window.nolggGlobalParams={{sfcode:"dcr",apid:"P7F0B2C14-5A9E-4E61-9D33-LL7",apn:"lakeline7-web",nol_sdkDebug:"",assetid:"{a['cid']}",type:"static",
section:"{slugify(sec)}",segA:"toledo",segB:"news",segC:"story"}};
</script>"""


def video_config(a, url):
    """The player's JSON config: this story's clip first, then the station's rail of newscast clips."""
    rnd = _random.Random(a["cid"])
    items = [{"id": a["video_id"], "title": a["video_title"], "duration": a.get("video_len", 98 + rnd.randint(0, 140)),
              "poster": f"{CDN}/assets/LL7/images/{a['video_id']}/poster-1920x1080.jpg",
              "sources": [{"type": "application/x-mpegURL", "src": f"{VIDEO}/hls/{a['video_id']}/master.m3u8"},
                          {"type": "video/mp4", "src": f"{VIDEO}/mp4/{a['video_id']}/720p.mp4", "height": 720}],
              "captions": f"{VIDEO}/cc/{a['video_id']}.vtt", "adTag": "preroll_15", "section": slugify(a["section"])}]
    for t in VIDEOS:
        vid = f"{rnd.getrandbits(40):010x}"
        items.append({"id": vid, "title": t, "duration": rnd.randint(30, 900), "poster": f"{CDN}/assets/LL7/images/{vid}/poster-640x360.jpg",
                      "sources": [{"type": "application/x-mpegURL", "src": f"{VIDEO}/hls/{vid}/master.m3u8"}],
                      "captions": f"{VIDEO}/cc/{vid}.vtt", "adTag": "preroll_15"})
    cfg = {"player": {"key": "LL7-player-prod", "autoplay": "viewable", "mute": True, "floatOnScroll": True,
                      "advertising": {"client": "vast", "schedule": [{"offset": "pre", "tag": "https://ads.lakeline7.example/vast?sz=640x480&iu=/71650293/lakeline7/preroll"}],
                                      "vpaidmode": "insecure", "skipoffset": 5},
                      "analytics": {"comscore": True, "nielsen": True, "ga4": True}},
           "playlist": items, "related": {"file": f"{VIDEO}/feeds/related/{a['cid']}.json", "onclick": "play", "oncomplete": "autoplay"},
           "pageUrl": url}
    return _json.dumps(cfg, separators=(",", ":")).replace("</", "<\\/")


def weather_state(a):
    """The header weather bug's and the story weather widget's data: conditions and hourly forecast (no text)."""
    rnd = _random.Random(a["cid"] + "wx")
    t0 = a["crawl"]
    base = a["wx"][0]
    hourly = [{"t": (t0 + _dt.timedelta(hours=h)).isoformat(), "tempF": base + rnd.randint(-6, 6), "pop": rnd.choice([0, 0, 10, 20, 40, 60]),
               "windMph": rnd.randint(2, 24), "icon": rnd.choice(["sun", "cloud", "rain", "snow", "storm", "wind"])} for h in range(120)]
    return _json.dumps({"station": "KTOL", "updated": t0.isoformat(), "now": {"tempF": base, "icon": a["wx"][1]}, "hourly": hourly,
                        "alerts": []}, separators=(",", ":"))


SHOWS = ["Lakeline 7 News at 5", "Lakeline 7 News at 6", "Lakeline 7 News at 11", "Lakeline 7 Daybreak", "Midday on 7",
         "First Alert Weather Now", "Heroes Among Us", "Friday Night Fever", "Paid Programming", "Network Morning", "Network Evening News",
         "Game Show Hour", "Late Night Movie", "Community Calendar", "Sunday Morning Forum"]


def guide_state(a):
    """The 'What's on' widget: a week of the station's schedule, half-hour slots (script data)."""
    rnd = _random.Random(a["cid"] + "guide")
    day0 = a["crawl"].replace(hour=0, minute=0)
    days = []
    for k in range(7):
        slots = [{"start": (day0 + _dt.timedelta(days=k, minutes=30 * i)).strftime("%Y-%m-%dT%H:%M"), "title": rnd.choice(SHOWS),
                  "cc": True, "rating": rnd.choice(["TV-G", "TV-PG", "TV-14"]), "hd": True} for i in range(48)]
        days.append({"day": k, "slots": slots})
    return _json.dumps({"channel": "7.1", "subchannels": ["7.2", "7.3"], "days": days}, separators=(",", ":"))


def nav_html(active):
    items = []
    for label, slug, subs in NAV:
        sub = ('<ul class="sub">' + "".join(f'<li><a href="{HOST}/{slug}/{slugify(s)}">{esc(s)}</a></li>' for s in subs) + "</ul>") if subs else ""
        cur = ' aria-current="true"' if slug == active else ""
        items.append(f'<li><a href="{HOST}/{slug}"{cur}>{esc(label)}</a>{sub}</li>')
    return f'<nav class="site-nav" aria-label="Main"><ul>{"".join(items)}</ul></nav>'


def footer_html(year):
    links = ["Contact Us", "Meet the Team", "Jobs", "Advertise With Us", "FCC Public Inspection File", "FCC Applications",
             "EEO Report", "Closed Captioning", "Accessibility", "Terms of Service", "Privacy Policy", "Do Not Sell or Share My Personal Information"]
    return (f'<footer class="site-footer"><div class="site-footer__inner"><div class="site-footer__brand"><img src="{CDN}/assets/LL7/logo-white.svg" alt="Lakeline 7" width="140" height="40">'
            f'<p>Lakeline 7 News, 2700 Summit Street, Toledo, Ohio. Newsroom: (419) 555-0177.</p></div>'
            + "".join(f'<div class="site-footer__col"><h3>{esc(lbl)}</h3><ul>' + "".join(f'<li><a href="{HOST}/{slug}/{slugify(x)}">{esc(x)}</a></li>' for x in subs) + "</ul></div>"
                      for lbl, slug, subs in NAV if subs)
            + f'<ul class="site-footer__links">' + "".join(f'<li><a href="{HOST}/{slugify(l)}">{esc(l)}</a></li>' for l in links) + "</ul>"
            f'<p>© {year} Great Lakes Broadcasting Group. All Rights Reserved.</p></div></footer>')


def render_body(a):
    """Story items -> the sections of the story container (split at ads and the weather widget) and the gold blocks."""
    sections, cur, blocks = [], [], []
    n_ad = 0

    def close():
        if cur:
            sections.append('<div class="article__section article__section_type_text utility__text">' + "".join(cur) + "</div>")
            cur.clear()

    for it in a["body"]:
        k = it[0]
        if k == "p":
            cur.append(f'<div class="paragraph">{it[1]}</div>')
            blocks.append(Block("paragraph", _strip(it[1])))
        elif k == "h":
            cur.append(f"<h2>{esc(it[1])}</h2>")
            blocks.append(Block("heading", it[1]))
        elif k == "ul":
            cur.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in it[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in it[1]]
        elif k == "table":
            rows = it[1]
            cur.append('<div class="table-wrap"><table><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table></div>")
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            if len(it) > 2:
                cur.append(f'<div class="paragraph paragraph--source"><em>{esc(it[2])}</em></div>')
                blocks.append(Block("caption", it[2], optional=True))
        elif k == "img":
            _, f, cap, credit = it
            cur.append(f'<figure class="article__image">{picture(f"{CDN}/assets/LL7/images/{f}", [640, 960, 1280], ratio=(16, 9))}'
                       f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "related":
            cur.append(f'<div class="paragraph paragraph--related"><strong>RELATED:</strong> <a href="{HOST}/article/news/local/{slugify(it[1])}/712-{_zlib.crc32(it[1].encode()):08x}">{esc(it[1])}</a></div>')
        elif k == "ad":
            close()
            n_ad += 1
            sections.append(f'<div class="ad-wrapper ad-wrapper--in-article"><span class="ad-wrapper__label">Advertisement</span><div id="ll-ad-in-article-{n_ad}" data-slot="in-article-{n_ad}"></div></div>')
        elif k == "weather":
            close()
            t, icon = a["wx"]
            days = "".join(f'<li><span class="d">{dn}</span> <svg width="18" height="18"><use href="#ll-weather-{ic}"/></svg> <span class="hi">{hi}°</span>/<span class="lo">{lo}°</span></li>'
                           for dn, ic, hi, lo in a["wx_days"])
            sections.append(f'<aside class="weather-widget" data-module="weather-widget"><div class="weather-widget__now"><svg width="36" height="36"><use href="#ll-weather-{icon}"/></svg> {t}°</div>'
                            f'<div><div class="weather-widget__place">Toledo</div><ul class="weather-widget__days">{days}</ul></div>'
                            f'<a class="weather-widget__cta" href="{HOST}/weather">Full First Alert forecast</a></aside>')
        else:
            raise ValueError(k)
    close()
    return sections, blocks


def _strip(s):
    return " ".join(_html.unescape(_re.sub(r"<[^>]+>", "", s)).split())


def page(a):
    pub, upd = a["pub"], a.get("upd")
    url = a["url"]
    sections, blocks = render_body(a)
    if a.get("dek"):
        blocks = [Block("paragraph", a["dek"], optional=True)] + blocks
    authors = a["authors"]
    wire = a.get("kind") == "wire"
    legacy = a.get("legacy", False)
    headline = a["headline"]
    img = f"{CDN}/assets/LL7/images/{a['video_id']}/poster"
    # head
    title = headline if a.get("title_bare") else f"{headline} | lakeline7.example"
    meta_pub = (upd if a.get("meta_pub") == "modified" else pub).isoformat()
    head = [f"<title>{esc(title)}</title>",
            f'<meta name="description" content="{attr(a["desc"])}">',
            f'<meta name="author" content="{NAME}">',
            f'<link rel="canonical" href="{url}">',
            '<meta name="robots" content="max-image-preview:large">',
            '<meta property="og:type" content="article">', f'<meta property="og:site_name" content="{NAME}">',
            f'<meta property="og:title" content="{attr(a.get("og_title", headline))}">',
            f'<meta property="og:description" content="{attr(a["desc"])}">', f'<meta property="og:url" content="{url}">',
            f'<meta property="og:image" content="{img}-1200x630.jpg">',
            f'<meta property="og:video" content="{VIDEO}/mp4/{a["video_id"]}/720p.mp4">',
            '<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@Lakeline7">',
            f'<meta name="twitter:title" content="{attr(a.get("og_title", headline))}">',
            f'<meta name="twitter:image" content="{img}-1200x630.jpg">']
    if not a.get("no_meta_date"):
        head.append(f'<meta property="article:published_time" content="{meta_pub}">')
        if upd:
            head.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    head.append(f'<meta property="article:section" content="{attr(a["section"])}">')
    head += [f'<meta property="article:tag" content="{attr(t)}">' for t in a["tags"]]
    head.append(f'<meta name="station" content="lakeline7"><meta name="content-id" content="{a["cid"]}">')
    if not legacy:
        if wire:
            ld_author = {"@type": "Organization", "name": authors[0]}
        else:
            ld_author = [{"@type": "Person", "name": n, "url": f"{HOST}/author/{slugify(n)}"} for n in a.get("ld_authors", authors)]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.get("ld_headline", headline), "description": a["desc"],
              "url": url, "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "datePublished": pub.isoformat(),
              "dateModified": (upd or pub).isoformat(), "author": ld_author,
              "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{CDN}/assets/LL7/logo-600x60.png", "width": 600, "height": 60}},
              "image": [f"{img}-1920x1080.jpg"], "articleSection": a["section"], "keywords": a["tags"],
              "video": {"@type": "VideoObject", "name": a["video_title"], "description": a["desc"], "thumbnailUrl": f"{img}-1920x1080.jpg",
                        "uploadDate": pub.isoformat(), "contentUrl": f"{VIDEO}/mp4/{a['video_id']}/720p.mp4",
                        "embedUrl": f"{VIDEO}/embed/{a['video_id']}"}}
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": "News", "item": HOST + "/news"},
            {"@type": "ListItem", "position": 3, "name": a["section"], "item": f"{HOST}/news/{slugify(a['section'])}"}]}
        head.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>")
        head.append('<script type="application/ld+json">' + _json.dumps(crumbs, ensure_ascii=False) + "</script>")
    # visible parts
    label = f'<span class="article__headline-label">{esc(a["h1_label"])}</span> ' if a.get("h1_label") else ""
    by = " and ".join(f'<a href="{HOST}/author/{slugify(n)}">{esc(n)}</a>' for n in authors) if not wire else esc(authors[0])
    byline_role = f' ({esc(a["role"])})' if a.get("role") else ""
    dates = f'<div class="article__published">Published: {stamp(pub)}</div>'
    if upd:
        dates += f'<div class="article__updated">Updated: {stamp(upd)}</div>'
    t_now, icon_now = a["wx"]
    summary = f'<div class="article__summary">{esc(a["dek"])}</div>' if a.get("dek") else ""
    tags = "".join(f'<a href="{HOST}/tag/{slugify(t)}">{esc(t)}</a>' for t in a["tags"])
    trend = "".join(f'<li><a href="{HOST}/article/news/local/{slugify(t)}/712-{_zlib.crc32(t.encode()):08x}"><img src="{CDN}/assets/LL7/thumbs/{_zlib.crc32(t.encode()):08x}-160x90.jpg" alt="" width="160" height="90" loading="lazy"><span>{esc(t)}</span></a></li>'
                    for t in (TRENDING[a["seed"] % 5:] + TRENDING[:a["seed"] % 5])[:6])
    if a.get("video_times"):  # the video rail with upload times (the page's only <time> elements)
        vids = "".join(f'<li><a href="{HOST}/video/{slugify(t)}">{esc(t)}</a> <time datetime="{(a["crawl"] - _dt.timedelta(hours=3 * i + 2)).isoformat()}">{3 * i + 2}h ago</time></li>'
                       for i, t in enumerate(VIDEOS[:4]))
    else:
        vids = "".join(f'<li><a href="{HOST}/video/{slugify(t)}">{esc(t)}</a></li>' for t in VIDEOS[:4])
    breaking = (f'<div class="breaking" role="region" aria-label="Breaking news">Breaking: <a href="{HOST}/article/news/local/{slugify(a["breaking"])}" style="color:#fff">{esc(a["breaking"])}</a></div>'
                if a.get("breaking") else "")
    privacy = ('<div class="privacy-notice" id="privacy-notice" role="dialog" aria-label="Privacy notice">We use cookies and similar technologies to '
               'personalize content and ads and to analyze our traffic. By continuing to use this site you agree to our use of cookies. '
               f'<a href="{HOST}/privacy-policy">Privacy Policy</a> <button type="button" data-privacy="ok">Got it</button></div>') if a.get("privacy") else ""
    html = f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{chr(10).join(head)}
<link rel="icon" href="{CDN}/assets/LL7/favicon-32.png" sizes="32x32">
<link rel="apple-touch-icon" href="{CDN}/assets/LL7/apple-touch-icon.png">
<link rel="preconnect" href="{CDN}"><link rel="preconnect" href="{VIDEO}">
<link rel="alternate" type="application/rss+xml" title="{NAME}" href="{HOST}/feeds/syndication/rss/news">
<style>{CSS}</style>
{head_scripts(a, url)}
<script id="ll-us-privacy-vendors" type="application/json">{VENDORS}</script>
</head>
<body class="article-template story-{a['cid']}">
{SPRITE}
<div id="site" class="site-wrapper"><div class="site">
<header class="site-header"><div class="site-header__inner">
<button class="site-header__menu" aria-label="Menu"><svg width="22" height="22"><use href="#ll-menu"/></svg></button>
<a class="site-header__logo" href="{HOST}/"><img src="{CDN}/assets/LL7/logo-white.svg" alt="Lakeline 7 News" width="132" height="38"></a>
<a class="site-header__weather" href="{HOST}/weather"><svg width="22" height="22"><use href="#ll-weather-{icon_now}"/></svg> {t_now}°</a>
<a class="site-header__live" href="{HOST}/watch/live"><svg width="14" height="14"><use href="#ll-live"/></svg> Watch Live</a>
</div>{nav_html("news")}</header>
{breaking}
<div class="ad-wrapper ad-wrapper--top"><span class="ad-wrapper__label">Advertisement</span><div id="ll-ad-top" data-slot="top"></div></div>
<main id="main" class="main"><div class="page-container"><div class="page-row">
<div class="page-col page-col--main"><div class="article" data-module="article" data-content-id="{a['cid']}">
<div class="article__headline-wrap"><div class="article__section-label"><a href="{HOST}/news/{slugify(a['section'])}">{esc(a['section'])}</a></div>
<h1 class="article__headline">{label}{esc(headline)}</h1>{summary}</div>
<div class="article__lead-asset"><div class="video-player" id="player-{a['video_id']}" data-video-id="{a['video_id']}" data-module="video-player">
<div class="video-player__poster">{picture(img, [640, 960, 1280, 1920], ratio=(16, 9), lazy=False)}</div>
<button class="video-player__play" type="button" aria-label="Play video"><svg width="30" height="30"><use href="#ll-play"/></svg></button>
<span class="video-player__cc"><svg width="16" height="16"><use href="#ll-closed-captions"/></svg></span></div>
<div class="video-player__title">{esc(a['video_title'])}</div>
<script type="application/json" class="video-player__config">{video_config(a, url)}</script></div>
<div class="article__byline"><div class="article__author">Author: {by}{byline_role}</div>
<div class="article__dates">{dates}</div></div>
<div class="article__share"><a href="https://facebook.example/sharer.php?u={_quote(url, safe='')}" aria-label="Share on Facebook"><svg width="18" height="18"><use href="#ll-facebook"/></svg></a>
<a href="https://x.example/intent/post?url={_quote(url, safe='')}" aria-label="Share on X"><svg width="18" height="18"><use href="#ll-x"/></svg></a>
<a href="mailto:?subject={_quote(headline)}&amp;body={_quote(url, safe='')}" aria-label="Share by email"><svg width="18" height="18"><use href="#ll-email"/></svg></a>
<a href="#" data-copy="{attr(url)}" aria-label="Copy link"><svg width="18" height="18"><use href="#ll-link"/></svg></a></div>
<div class="article__body" data-module="article-body">
{chr(10).join(sections)}
</div>
<div class="article__tags">{tags}</div>
<div class="app-promo">Download the Lakeline 7 News app for breaking news alerts, live newscasts and First Alert Weather. <a href="{HOST}/app">Get the app</a></div>
</div></div>
<div class="page-col page-col--rail"><aside class="rail">
<section class="rail-module"><h2>Trending</h2><ol>{trend}</ol></section>
<div class="ad-wrapper ad-wrapper--rail"><span class="ad-wrapper__label">Advertisement</span><div id="ll-ad-rail-1" data-slot="rail-1"></div></div>
<section class="rail-module"><h2>Latest Videos</h2><ul>{vids}</ul></section>
</aside></div>
</div></div></main>
{footer_html(a['crawl'].year)}
</div></div>
{privacy}
<script>window.__LL_WEATHER__={weather_state(a)};</script>
<script>window.__LL_GUIDE__={guide_state(a)};</script>
<script>
(function(){{var n=document.getElementById("privacy-notice");try{{if(n&&!localStorage.getItem("ll_privacy"))n.classList.add("is-visible");}}catch(e){{}}
document.addEventListener("click",function(e){{var b=e.target.closest("[data-privacy]");if(b){{try{{localStorage.setItem("ll_privacy","1");}}catch(x){{}}n.classList.remove("is-visible");}}
var c=e.target.closest("[data-copy]");if(c){{e.preventDefault();navigator.clipboard&&navigator.clipboard.writeText(c.getAttribute("data-copy"));}}}});
document.querySelectorAll(".video-player").forEach(function(p){{var cfg=JSON.parse(p.parentNode.querySelector(".video-player__config").textContent);
p.querySelector(".video-player__play").addEventListener("click",function(){{window.llPlayer&&window.llPlayer.mount(p,cfg);}});}});}})();
</script>
<script src="{CDN}/assets/LL7/js/story.4b91e2c.js" defer></script>
<script src="{VIDEO}/player/ll-player.8.27.1.js" defer></script>
</body>
</html>
"""
    return html, blocks


def phenomena_of(a, blocks, html):
    tags = {"nav-menu", "footer-links", "share-bar", "related-list", "most-read", "ad-slots", "tag-list", "local-time-zone",
            "localized-date", "split-body", "teasers-in-article", "decoy-date"}
    if not a.get("legacy"):
        tags.add("json-ld")
    if a.get("privacy"):
        tags.add("cookie-banner")
    if a.get("dek"):
        tags.add("standfirst")
    tags.add("kicker")  # the section label above the <h1> (and any h1_label) is a kicker (GUIDELINES 3, adjudicated Dec 2026)
    if a.get("upd"):
        tags.add("updated-date")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    if a.get("kind") == "wire":
        tags.add("agency-byline")
    kinds = {b.kind for b in blocks}
    if "heading" in kinds:
        tags.add("subheadings")
    if "list_item" in kinds:
        tags.add("list-in-body")
    if "table" in kinds:
        tags.add("table-in-body")
    if any(b.kind == "caption" and not b.text.startswith("Source") for b in blocks) and any(it[0] == "img" for it in a["body"]):
        tags.add("photo-caption")
    if any(it[0] == "related" for it in a["body"]):
        tags.add("inline-related")
    if a.get("dateline"):
        tags.add("dateline")
    n = sum(len(_tokens(b.text)) for b in blocks if not b.optional)
    if n > 2000:
        tags.add("long-article")
    if n < 120:
        tags.add("short-article")
    if any(c in t for t in [a["headline"]] + [b.text for b in blocks] for c in "&<>") or "&amp;" in "".join(it[1] for it in a["body"] if it[0] == "p"):
        tags.add("html-entities")
    return sorted(tags)


def notes_of(a):
    out = [a.get("notes", "")]
    out.append("Dates are visible as plain text (no <time> element), Eastern time as the page labels it.")
    if a.get("h1_label"):
        out.append(f"'{a['h1_label']}' inside the <h1> is a kicker, not part of the headline.")
    if a.get("legacy"):
        out.append("Story migrated from the station's old CMS: no JSON-LD; the only author metadata is meta author, the station's name.")
    elif a.get("kind") != "wire":
        out.append("meta author is the station's name; the JSON-LD author is the reporter.")
    if a.get("meta_pub") == "modified":
        out.append(f"article:published_time holds the re-publication time ({a['upd'].isoformat()}); the visible 'Published' time is gold.")
    return " ".join(x for x in out if x)


def build(a):
    _, blocks = render_body(a)
    a["_words"] = sum(len(_tokens(b.text)) for b in blocks if not b.optional)
    html, blocks = page(a)
    art = Article(id=a["id"], site=SITE, url=a["url"], language="en", headline=a["headline"],
                  published=a["pub"].isoformat(), modified=a["upd"].isoformat() if a.get("upd") else None,
                  authors=a["authors"], summary=a.get("dek", ""), blocks=blocks, entities=a["entities"],
                  phenomena=phenomena_of(a, blocks, html), notes=notes_of(a), variant_of=a.get("variant_of"))
    return art, html


ARTICLES = []

WX_FALL = [("Wed", "cloud", 54, 41), ("Thu", "rain", 50, 38), ("Fri", "sun", 57, 40)]

# 01 ----------------------------------------------------------------- election night, old CMS (no JSON-LD), list
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, cid="ll7-31882", legacy=True, privacy=False, no_meta_date=True, title_bare=True,
    url=f"{HOST}/story/news/local/library-levy-passes-springvale-bond-fails/31882",
    section="Local", headline="Library levy passes, Springvale school bond fails in split election night",
    desc="Voters in Lucas County renewed the library district's levy but turned down a new bond for Springvale Local Schools.",
    authors=["Marcus Delaney"], kind="staff",
    pub=d(2015, 11, 3, 23, 48), crawl=d(2015, 11, 4, 7, 30),
    video_id="v15110301", video_title="Election night: levy and bond results across the county",
    wx=(44, "cloud"), wx_days=WX_FALL, tags=["Election", "Levy", "Schools", "Library"],
    body=[
        ("p", "Voters across Lucas County sent mixed messages on Tuesday night, renewing the property tax that pays for most of the Maumee Valley Library District's branches while rejecting a $48 million bond issue that would have built a new high school for Springvale Local Schools."),
        ("p", "With all precincts reporting shortly before 11:30 p.m., the five-year library renewal passed with 61 percent of the vote, according to unofficial results from the county board of elections. The Springvale bond failed by 412 votes out of more than 9,300 cast."),
        ("p", "\"We are grateful, and we are relieved,\" said library director Angela Forsythe, who watched the results come in with staff and volunteers at the district's main branch downtown. \"This levy is about 70 cents of every dollar we spend. Without it, we would have been talking about closing branches, not opening them.\""),
        ("related", "What the library levy would cost you, by home value"),
        ("p", "The renewal keeps the district's property tax at its current rate, which the county auditor estimates costs the owner of a $100,000 home about $78 a year. The library had warned that a defeat would force it to cut hours at all 14 of its branches and close at least three."),
        ("p", "Library supporters had run an unusually visible campaign, with yard signs featuring the district's bookmobile and volunteers knocking on doors in every township. Forsythe said the district would now move ahead with plans to extend evening hours at its busiest branches and to replace the bookmobile, which has more than 200,000 miles on it."),
        ("ad",),
        ("p", "In Springvale, the mood at the district's watch party was subdued. Superintendent Raymond Okafor said the board would meet next week to decide whether to put the bond back on the ballot in the spring."),
        ("p", "\"The building is still 62 years old, the roof still leaks and the boilers are still older than our teachers,\" Okafor said. \"None of that changed tonight. We have to do a better job of explaining what's at stake.\""),
        ("p", "The bond would have paid for a new high school on district-owned land off Garden Road, replacing a building that the state's school facilities agency rated in the bottom tenth of the county. Opponents argued that the district should renovate the existing school instead, and that the tax increase, about $14 a month for the average homeowner, was too much for residents on fixed incomes."),
        ("p", "Carol Whitlock, who organized a group called Springvale Taxpayers for a Smarter Plan, said her members were not against the schools. \"We want a plan that fixes what's broken without asking seniors to choose between their property tax and their prescriptions,\" she said."),
        ("p", "The district had tried to answer those objections during the campaign. It commissioned an engineering study that put the cost of a full renovation at $39 million, only about $9 million less than a new building, and hosted tours of the old school for residents. Board president Linda Sharpe said Tuesday night that the tours may not have reached enough people. \"The folks who came and saw the boiler room voted yes,\" she said. \"We needed more of them to come.\""),
        ("p", "The state would have covered about 28 percent of the cost of the new high school through its school construction program. That share is not guaranteed if the district waits, Okafor said, because the state's funding formula changes every year and the district's place in line could slip."),
        ("weather",),
        ("p", "Elsewhere in the county, results included:"),
        ("ul", ["A senior services levy in Sylvania Township passed with 67 percent.",
                "A road repair levy in the village of Whitehouse failed by 38 votes and could face a recount.",
                "Voters in Oregon approved a fire department renewal with 72 percent.",
                "A zoning change for a gravel pit in Monclova Township was rejected."]),
        ("p", "Turnout countywide was about 31 percent, according to the board of elections, typical for an off-year election without statewide races at the top of the ballot."),
        ("p", "The results are unofficial until the board certifies them later this month. Provisional and late-arriving absentee ballots will be counted before then, and county elections director Paul Ketterman said the Whitehouse road levy was close enough that an automatic recount was likely if the margin stayed under half a percentage point."),
        ("p", "Lakeline 7 News will have full results from every race on the ballot on our website and in our 6 a.m. newscast."),
    ],
    entities=[("Lucas County", "LOC"), ("Maumee Valley Library District", "ORG"), ("Springvale Local Schools", "ORG"),
              ("Angela Forsythe", "PER"), ("Springvale", "LOC"), ("Raymond Okafor", "PER"), ("Okafor", "PER"), ("Garden Road", "LOC"),
              ("Carol Whitlock", "PER"), ("Springvale Taxpayers for a Smarter Plan", "ORG"), ("Sylvania Township", "LOC"),
              ("Whitehouse", "LOC"), ("Oregon", "LOC"), ("Monclova Township", "LOC"), ("Paul Ketterman", "PER"), ("Linda Sharpe", "PER"), ("Forsythe", "PER"),
              ("Lakeline 7 News", "ORG")],
    notes="Oregon here is the city of Oregon, Ohio (LOC).",
))

# 02 ----------------------------------------------------------------- water main break, old CMS
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, cid="ll7-40215", legacy=True, privacy=False, title_bare=True, no_meta_date=True,
    url=f"{HOST}/story/news/local/water-main-break-floods-downtown-streets/40215",
    section="Local", headline="Water main break floods downtown streets, leaves thousands under boil advisory",
    desc="A 36-inch water main broke under Jefferson Avenue early Tuesday, flooding streets and basements downtown.",
    authors=["Tasha Greenfield"], kind="staff",
    pub=d(2016, 2, 16, 9, 5), upd=d(2016, 2, 16, 16, 40), crawl=d(2016, 2, 16, 18, 0),
    video_id="v16021602", video_title="Crews work to repair a 36-inch main under Jefferson Avenue",
    wx=(27, "snow"), wx_days=[("Tue", "snow", 29, 18), ("Wed", "cloud", 33, 21), ("Thu", "sun", 38, 25)],
    tags=["Water Main Break", "Downtown", "Boil Advisory", "Utilities"],
    body=[
        ("p", "A 36-inch water main broke under Jefferson Avenue in downtown Toledo early Tuesday, sending water gushing through the streets, flooding the basements of several businesses and leaving about 4,000 customers under a boil advisory."),
        ("p", "City officials said the break was reported at about 4:15 a.m. by a security guard at a parking garage who saw water coming up through the pavement near 14th Street. By the time crews shut off the valves, more than two million gallons had spilled, and a stretch of Jefferson between 12th and 15th streets was under several inches of water that quickly began to freeze."),
        ("p", "\"It came up like a geyser,\" said Luis Ortega, who manages a print shop on the block. \"By six o'clock the water was coming down our basement stairs. We've got paper stock down there, machines, everything.\""),
        ("ad",),
        ("p", "Public utilities director Kenneth Brandt said the main dates to 1928 and had been on the city's list for replacement. \"Cold snaps like this one put a lot of stress on old cast-iron pipe,\" Brandt said at a news briefing near the scene. \"The ground freezes, it shifts, and a pipe that has been fine for 90 years gives out.\""),
        ("related", "Why Toledo's oldest water mains keep breaking in winter"),
        ("p", "The boil advisory covers homes and businesses between the Maumee River and Collingwood Boulevard, from Monroe Street south to Washington Street. Residents in that area should bring water to a rolling boil for at least one minute before drinking it, cooking with it or using it to brush their teeth. Ice machines and drinking fountains should not be used until the advisory is lifted."),
        ("p", "Two schools in the advisory area, as well as the county's downtown courthouse annex, closed for the day. Several restaurants also shut their doors, and at least one hotel handed out bottled water to guests."),
        ("p", "At Mercy Street Elementary, the principal sent a message to families just after 6 a.m. telling them the building would be closed. Parents who had already dropped off children were asked to pick them up by 9 a.m., and the school district said it would post an update on Wednesday's schedule by evening."),
        ("p", "The county health department reminded residents outside the advisory area that their water was not affected. Officials said they had received dozens of calls from people in other neighborhoods who saw brown or cloudy water, which can happen when a break changes pressure in the system. Running cold water for a few minutes usually clears it, they said."),
        ("weather",),
        ("p", "Crews expected to have the main repaired by late Tuesday night, but Brandt said the advisory would remain in place until two rounds of water samples, taken 24 hours apart, came back clean. That means it will likely last at least until Thursday."),
        ("p", "The city's street department spread salt on the flooded blocks through the morning as temperatures stayed in the 20s, and police detoured traffic around the closed section of Jefferson. Drivers should expect the detour to remain in place for the evening commute."),
        ("p", "Business owners whose property was damaged can file a claim with the city's risk management office. Brandt said the city would review each claim, but cautioned that damage from a main break is not always covered. \"We will work with everyone who was affected,\" he said. \"We know this was a rough morning for a lot of people.\""),
        ("p", "Ortega spent most of the day pumping water out of his basement with a rented pump and two employees. He said he hoped the city would move faster on replacing old pipes. \"They knew this one was old,\" he said. \"Everybody downtown knows these pipes are old.\""),
        ("p", "The city has replaced about 20 miles of water mains in the past five years, according to the utilities department, out of roughly 1,100 miles in the system. About a third of the system is more than 80 years old."),
    ],
    entities=[("Jefferson Avenue", "LOC"), ("Toledo", "LOC"), ("Mercy Street Elementary", "ORG"), ("14th Street", "LOC"), ("Jefferson", "LOC"), ("Luis Ortega", "PER"),
              ("Ortega", "PER"), ("Kenneth Brandt", "PER"), ("Brandt", "PER"), ("Maumee River", "LOC"), ("Collingwood Boulevard", "LOC"),
              ("Monroe Street", "LOC"), ("Washington Street", "LOC")],
    notes="The 'Updated' line gives the modified time.",
))

# 03 ----------------------------------------------------------------- bakery centennial, old CMS, photo
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, cid="ll7-51277", legacy=True, privacy=True, no_meta_date=True,
    url=f"{HOST}/story/news/community/family-bakery-celebrates-100-years-in-the-same-oven/51277",
    section="Community", headline="A century of rye: family bakery celebrates 100 years in the same brick oven",
    desc="Four generations of the Kowalski family have baked bread in the same brick oven on Lagrange Street since 1917.",
    authors=["Dana Reyes"], kind="staff",
    pub=d(2017, 6, 22, 17, 20), crawl=d(2017, 6, 23, 8, 10),
    video_id="v17062203", video_title="Inside the 100-year-old oven at Kowalski's Bakery",
    wx=(81, "sun"), wx_days=[("Fri", "sun", 84, 66), ("Sat", "storm", 80, 64), ("Sun", "cloud", 76, 60)],
    tags=["Community", "Small Business", "Lagrange Street", "Food"],
    body=[
        ("p", "At four o'clock every morning, Teresa Kowalski opens the iron door of a brick oven that her great-grandfather built in 1917 and slides the first loaves of rye bread inside. The oven has been baking bread on Lagrange Street for 100 years this month, and it has never been replaced."),
        ("p", "\"People ask me if we ever thought about getting a new one,\" said Kowalski, 47, who took over the bakery from her father in 2009. \"A new oven would be easier. It would also make different bread. This oven holds heat like nothing you can buy today.\""),
        ("img", "kowalski-oven-0622", "Teresa Kowalski loads rye loaves into the brick oven her great-grandfather built in 1917.", "Photo: Lakeline 7"),
        ("p", "Kowalski's Bakery opened in 1917, when Stanislaw Kowalski, an immigrant from a village near Krakow, rented a storefront in what was then one of the city's busiest Polish neighborhoods. He built the oven himself out of firebrick shipped from Pennsylvania and sold rye bread, poppy seed rolls and, on Fridays, paczki, the filled doughnuts that still draw lines out the door every year before Lent."),
        ("related", "Lagrange Street businesses hope new streetscape brings shoppers back"),
        ("p", "The neighborhood has changed around the bakery. Many of the Polish families moved to the suburbs decades ago, and several of the storefronts on the block stand empty. But customers still drive in from as far as Monroe and Findlay, and the bakery sells about 1,200 loaves a week, most of them the same dark rye that Stanislaw made."),
        ("p", "Some of the new customers are the grandchildren of old ones. On weekends, the line often includes young families from the suburbs who say they grew up eating Kowalski's rye at their grandparents' tables and wanted their own children to taste it."),
        ("ad",),
        ("p", "The recipe has not changed much. The rye starter, which Kowalski feeds every evening, has been kept alive since at least the 1950s, according to family stories, and possibly longer. \"My grandfather used to say it was older than the oven,\" she said. \"I don't believe him, but I don't say that too loudly.\""),
        ("p", "Longtime customer Eugene Nowicki, 81, has bought bread at the bakery every Saturday for more than 60 years. He remembers coming in as a boy with his mother, who would send him back if the loaf was not dark enough. \"It's the only thing in this neighborhood that hasn't changed,\" he said. \"Thank God.\""),
        ("p", "The bakery has survived more than its share of hard times. During the Depression, Stanislaw sold day-old bread for a penny a loaf and let regular customers run tabs that were sometimes never paid. In 1978, a fire in the building next door damaged the roof and closed the shop for two months. And in the 1990s, when supermarkets began selling cheap rye in plastic bags, the family nearly sold the business."),
        ("p", "\"My dad used to say the oven kept us open,\" Kowalski said. \"Nobody else could make bread like this, so people kept coming back. They still do.\""),
        ("weather",),
        ("p", "Keeping a century-old oven running is not simple. Kowalski has a mason come in twice a year to check the brickwork, and the oven has to be heated for six hours before it is ready to bake. On the coldest winter mornings, she starts the fire at 10 p.m. the night before."),
        ("p", "The shop employs six people, including two bakers who have worked there for more than 20 years. Kowalski does most of the rye herself and leaves the pastries to her staff. On the Saturday before Lent, when the bakery sells as many as 4,000 paczki, the whole family comes in to help, along with a few longtime customers who volunteer for the day."),
        ("p", "The bakery will mark its centennial with a block party on Saturday, with polka music, free samples and a display of old photographs collected from customers. The city council passed a resolution last week recognizing the bakery as one of the oldest family-owned businesses in Toledo."),
        ("p", "Kowalski's 19-year-old son, Adam, has started working early shifts during his summers home from college. She says she does not know whether he will take over one day, and she is not pushing. \"The oven will decide,\" she said, laughing. \"It decided for me.\""),
    ],
    entities=[("Teresa Kowalski", "PER"), ("Kowalski", "PER"), ("Lagrange Street", "LOC"), ("Kowalski's Bakery", "ORG"),
              ("Stanislaw Kowalski", "PER"), ("Krakow", "LOC"), ("Polish", "MISC"), ("Pennsylvania", "LOC"), ("Lent", "MISC"),
              ("Monroe", "LOC"), ("Findlay", "LOC"), ("Stanislaw", "PER"), ("Depression", "MISC"), ("Eugene Nowicki", "PER"), ("Toledo", "LOC"),
              ("Adam", "PER")],
    notes="The family name in 'Kowalski's Bakery' is part of the ORG; bare 'Kowalski' refers to Teresa Kowalski. Adjudicated with the second annotation (December 2026): the section label above the <h1> is a kicker (GUIDELINES 3); language stays 'en', not the page's en-US locale (GUIDELINES 2.3).",
))

# 04 ----------------------------------------------------------------- ballpark lights
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, cid="ll7-66041", privacy=True, video_times=True,
    url=f"{HOST}/article/sports/local/riverside-park-ballpark-lights-night-games/712-5c1e0f3a",
    section="Sports", headline="Riverside ballpark gets new lights, and a summer of night games for the Rivets",
    desc="The independent-league Maumee River Rivets will play night games at home for the first time after a $2.1 million lighting project.",
    authors=["Jordan Pike"], kind="staff",
    pub=d(2018, 8, 9, 18, 45), crawl=d(2018, 8, 10, 9, 0),
    video_id="v18080904", video_title="Lights on: first look at the new towers at Riverside Park",
    wx=(79, "cloud"), wx_days=[("Fri", "sun", 85, 67), ("Sat", "sun", 87, 69), ("Sun", "storm", 82, 68)],
    tags=["Sports", "Baseball", "Riverside Park", "Rivets"],
    body=[
        ("p", "For the first time in its 41-year history, the ballpark at Riverside Park will host baseball after dark. Crews finished installing six new light towers this week, and the Maumee River Rivets will play their first home night game on Saturday against the Lansing Lumberjacks."),
        ("p", "\"We've been a day-game team since the day we started,\" said Rivets general manager Holly Brandenburg. \"Fans have been asking us for night games for years. Families can come after work, kids can come after practice, and nobody has to sit in the sun at two o'clock in August.\""),
        ("p", "The $2.1 million project was paid for mostly by a state recreation grant, with the rest split between the city and the team's owners. The LED fixtures use about 60 percent less electricity than traditional stadium lights and can be dimmed or aimed to reduce glare in the surrounding neighborhood, according to the city's parks department."),
        ("related", "Rivets sign former college standout from Bowling Green"),
        ("p", "That was a concern for some neighbors when the project was announced last year. Residents on Edgewater Drive, just beyond the outfield fence, worried about light spilling into their homes and about noise from late games. The city agreed to a 10:30 p.m. curfew on lights and amplified sound, and to install shields on the towers facing the street."),
        ("ad",),
        ("p", "Marjorie Tilden, who has lived across from the park for 33 years, said she was willing to give it a chance. \"I was against it at first,\" she said. \"But they came and talked to us, they moved one of the towers, and they promised the lights go off on time. If they keep their word, I'll be fine. I might even go to a game.\""),
        ("p", "The Rivets, who play in an independent league with teams from Ohio, Michigan and Indiana, drew an average of about 1,800 fans a game last season. Brandenburg said the team hopes night games will push that past 2,500. The team has already sold more tickets for Saturday's game than for any home game this year."),
        ("p", "The team's owners, a group of local investors who bought the franchise in 2014, say night games are part of a plan to make the club financially stable. Concessions and beer sales, which make up a large share of a minor league team's revenue, are typically twice as high at evening games, Brandenburg said, because fans arrive hungry after work and stay longer."),
        ("p", "Players are looking forward to it, too. Outfielder Tomas Figueroa, who is in his second season with the team, said the afternoon heat at Riverside had been brutal during the July homestand. \"You play a day game in August and you lose five pounds,\" he said. \"Under the lights, it's a different game. The ball jumps, the fans are louder, everybody's more into it.\""),
        ("weather",),
        ("h", "Beyond baseball"),
        ("p", "City leaders say the lights will also let the park host more community events. High school teams will be able to use the field for evening games in the spring, and the parks department is planning outdoor movie nights and a fall festival in the outfield."),
        ("p", "The lights are part of a larger plan to rebuild the park, which was built in 1977 and has seen little investment since. The city has applied for grants to replace the grandstand roof and to add accessible seating and restrooms, and the team has pledged to pay for a new scoreboard next season if attendance grows."),
        ("p", "\"This is a park that belongs to the whole east side,\" said city council member Andre Whitfield, who represents the district. \"For a long time it closed down when the sun went down. Now it doesn't have to.\""),
        ("p", "Saturday's game begins at 7:05 p.m. Gates open at 6. The team will hold a short ceremony before the first pitch, when the lights are switched on for the first time with fans in the stands. Tickets range from $8 for the lawn to $15 for box seats, and children under 5 get in free."),
        ("p", "The first night game will also raise money for the Riverside Park Neighbors Association, which will receive a dollar from every ticket sold. The association plans to use the money to replace the benches along the river path behind the stadium."),
    ],
    entities=[("Riverside Park", "LOC"), ("Maumee River Rivets", "ORG"), ("Lansing Lumberjacks", "ORG"), ("Rivets", "ORG"),
              ("Holly Brandenburg", "PER"), ("Brandenburg", "PER"), ("Edgewater Drive", "LOC"),
              ("Marjorie Tilden", "PER"), ("Riverside Park Neighbors Association", "ORG"), ("Tomas Figueroa", "PER"), ("Riverside", "LOC"), ("Ohio", "LOC"), ("Michigan", "LOC"), ("Indiana", "LOC"), ("Andre Whitfield", "PER")],
    notes="",
))

# 05 ----------------------------------------------------------------- four-day school week (variant 13 drops the RELATED lines)
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, cid="ll7-72390", privacy=True, title_bare=True,
    url=f"{HOST}/article/news/education/wood-creek-schools-four-day-week-vote/712-9a0e44d1",
    section="Education", headline="Wood Creek schools weigh a four-day week as driver shortage deepens",
    dek="Parents packed a board meeting Wednesday night as the district laid out a plan to move to four-day weeks next fall.",
    desc="Wood Creek Local Schools is considering a four-day school week to cope with a shortage of bus drivers and teachers.",
    authors=["Dana Reyes"], kind="staff",
    pub=d(2019, 4, 11, 6, 30), crawl=d(2019, 4, 11, 12, 15),
    video_id="v19041105", video_title="Parents react to Wood Creek's four-day week proposal",
    wx=(52, "rain"), wx_days=[("Thu", "rain", 55, 41), ("Fri", "cloud", 58, 40), ("Sat", "sun", 63, 44)],
    tags=["Education", "Schools", "Four-Day Week", "Wood County"],
    body=[
        ("p", "Parents and teachers filled the cafeteria at Wood Creek High School on Wednesday night as district leaders laid out a plan that would make the rural district one of the first in northwest Ohio to hold classes only four days a week."),
        ("p", "Under the proposal, students would attend school Tuesday through Friday, with days about 50 minutes longer than they are now. Mondays would be set aside for teacher training, tutoring for students who need extra help, and optional enrichment programs at the district's two elementary buildings."),
        ("p", "Superintendent Lisa Marchetti said the main reason is simple: the district cannot find enough people to drive its buses. Wood Creek covers 118 square miles of farmland and small towns, and its 22 bus routes carry more than 80 percent of its 1,900 students. This year, the district has started the school day with at least one route uncovered on 41 days."),
        ("related", "Bus driver shortage forces districts to double up routes"),
        ("p", "\"We have office staff driving buses. I have driven a bus,\" Marchetti told the board. \"We have raised pay twice in two years, and we still cannot fill the seats. A four-day week means one fewer day of routes, and it gives us something to offer drivers and teachers that the bigger districts can't.\""),
        ("ad",),
        ("p", "The district estimates the change would save about $310,000 a year in transportation, food service and utility costs, money Marchetti said would go toward raises for drivers and classroom aides. Teachers would work the same number of hours over the year."),
        ("p", "Wood Creek would not be the first district in Ohio to try a shorter week, but it would be the largest in the region. Marchetti said she had spoken with superintendents in two smaller districts in the southern part of the state that made the switch, and that both reported easier hiring and steady attendance. \"They told me the first year is the hardest,\" she said. \"Families need time to adjust, and so do teachers.\""),
        ("p", "Not everyone in the room was convinced. Several parents asked who would care for younger children on Mondays. \"I work at the hospital three twelves a week, and one of them is always a Monday,\" said Kendra Bauer, who has two children at Wood Creek Elementary. \"What am I supposed to do with a seven-year-old?\""),
        ("p", "Marchetti said the district was talking with the local YMCA and two churches about offering low-cost Monday programs, and that the elementary buildings would stay open for families who need supervision. Details, she said, would be worked out before any vote."),
        ("related", "Ohio districts that switched to four-day weeks: what happened next"),
        ("weather",),
        ("h", "What the research says"),
        ("p", "Four-day school weeks are common in parts of the western United States, particularly in rural districts in Colorado, Oklahoma and Montana, but rare in Ohio. Studies of their effect on learning have produced mixed results. Some have found small declines in test scores, especially when the extra minutes are not used well; others have found little difference and better attendance among teachers."),
        ("p", "Paul Greer, a professor of education policy at Maumee State University who has studied rural schools, said the details matter more than the calendar. \"If the Monday is used for tutoring and the longer days are well planned, districts can make it work,\" he said. \"If Monday just becomes a day off and the extra time is tacked on at the end of the afternoon, kids lose ground.\""),
        ("p", "Teachers who spoke at the meeting were largely supportive. Rachel Nguyen, who teaches fifth grade and leads the local teachers' union, said a four-day week would help the district compete for new teachers. \"We lose people to the suburbs every year,\" she said. \"This is the first thing I've seen that might make a young teacher choose us.\""),
        ("p", "Bus driver Frank Ostrowski, who has driven for the district for 17 years and often covers two routes in a single morning, told the board he would stay another five years if the change went through. \"I'm 66. Four days a week, I can keep doing this,\" he said. \"Five days with double routes, I can't.\""),
        ("p", "The board plans to hold two more public meetings in May and could vote in June. If approved, the change would take effect at the start of the next school year. Parents can send comments to the district through an online survey that will stay open through May 15."),
    ],
    entities=[("Wood Creek High School", "ORG"), ("Ohio", "LOC"), ("Lisa Marchetti", "PER"), ("Marchetti", "PER"),
              ("Wood Creek", "ORG"), ("Kendra Bauer", "PER"), ("Wood Creek Elementary", "ORG"), ("YMCA", "ORG"),
              ("United States", "LOC"), ("Colorado", "LOC"), ("Oklahoma", "LOC"), ("Montana", "LOC"), ("Paul Greer", "PER"),
              ("Maumee State University", "ORG"), ("Rachel Nguyen", "PER"), ("Frank Ostrowski", "PER")],
    notes="Wood Creek is the school district (ORG) in every mention.",
))

# 06 ----------------------------------------------------------------- cancer center opens
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, cid="ll7-80514", privacy=True,
    url=f"{HOST}/article/news/health/lakeshore-regional-cancer-center-opens/712-2f8b7c90",
    section="Health", headline="Lakeshore Regional opens cancer center, ending long drives for treatment",
    desc="Patients in Ottawa and Sandusky counties will be able to get radiation and chemotherapy close to home.",
    authors=["Nicole Hartman"], kind="staff", ld_authors=["Nicole Hartman, Lakeline 7 News"],
    pub=d(2020, 10, 6, 12, 10), crawl=d(2020, 10, 7, 7, 45),
    video_id="v20100606", video_title="A look inside the new Lakeshore Regional cancer center",
    wx=(61, "sun"), wx_days=[("Wed", "sun", 66, 47), ("Thu", "cloud", 63, 49), ("Fri", "rain", 58, 44)],
    tags=["Health", "Cancer", "Hospitals", "Port Clinton"],
    body=[
        ("p", "For three years, Debra Sollenberger drove 90 minutes each way for radiation treatment after her breast cancer diagnosis, sometimes five days a week. On Tuesday, she cut the ribbon on a cancer center that will let patients like her get the same care 10 minutes from home."),
        ("p", "Lakeshore Regional Health opened its $38 million cancer center on the campus of its hospital in Port Clinton, bringing radiation therapy, chemotherapy, imaging and a team of specialists under one roof for the first time in Ottawa County. Until now, most patients in Ottawa and Sandusky counties have had to travel to Toledo or Cleveland for radiation treatment."),
        ("p", "\"When you're sick, the drive is the worst part,\" said Sollenberger, 58, a retired teacher from Oak Harbor. \"You're exhausted, you're nauseous, and you still have to get home before dark. I cried a little when they asked me to cut the ribbon. I was thinking of everyone who made that drive with me.\""),
        ("related", "Rural hospitals in northwest Ohio add services to keep patients close"),
        ("p", "The 42,000-square-foot building includes a linear accelerator for radiation therapy, 18 infusion chairs, a pharmacy, and rooms for counseling and nutrition services. Each infusion bay has a window facing a garden designed with input from cancer survivors, who asked for natural light and privacy."),
        ("ad",),
        ("p", "Dr. Ashok Raman, the center's medical director, said the hospital expects to treat about 600 new cancer patients in its first year. He said studies show that patients who live far from treatment are more likely to skip appointments or stop treatment early, which can affect their chances of recovery."),
        ("p", "Raman, who grew up in Toledo and trained in Cleveland, said he was drawn back by the chance to build a program from the ground up. Each new patient will be assigned a nurse navigator who stays with them through treatment, coordinating appointments, answering questions and checking in by phone between visits."),
        ("p", "\"Distance is a risk factor, just like smoking or family history,\" Raman said. \"If we can take an hour and a half of driving off someone's day, we are making it more likely they finish their treatment.\""),
        ("weather",),
        ("p", "The project was funded through a combination of hospital reserves, a bond issue and about $9 million in donations. The largest gift, $3 million, came from the family of a local marina owner who died of pancreatic cancer in 2017. The infusion area is named in his honor."),
        ("p", "The center will also offer services that were not available anywhere in the county before, including genetic counseling for patients with a family history of cancer, a survivorship clinic for people who have finished treatment and support groups that meet in the evenings. A social worker will help patients with transportation, insurance questions and time off work."),
        ("p", "For patients who still need treatment that the center cannot provide, such as some surgeries and clinical trials, Lakeshore Regional has signed an agreement with a larger cancer program in Toledo to share records and coordinate care, so that patients do not have to repeat tests or start over with a new team."),
        ("p", "Hospital president Karen Voight said recruiting specialists to a rural area was one of the biggest challenges. The center has hired two oncologists, a radiation oncologist and 14 nurses so far, and plans to add a second radiation oncologist next year. Some of the new staff grew up in the area and returned, Voight said."),
        ("p", "Voight said the hospital also expects the center to keep more health care spending in the county. Patients who travel for treatment often fill prescriptions, buy meals and sometimes book hotel rooms in the cities where they are treated. \"Every one of those trips was money leaving Ottawa County,\" she said."),
        ("p", "The center is also working with the county health department on cancer screening. A mobile mammography unit will visit rural townships twice a month starting in November, and the hospital plans free skin cancer screenings at beaches and marinas next summer."),
        ("p", "The center begins seeing patients on Monday. Patients currently receiving treatment elsewhere can ask their doctors about transferring their care. Appointments can be made through the hospital's main scheduling line."),
    ],
    entities=[("Debra Sollenberger", "PER"), ("Sollenberger", "PER"), ("Lakeshore Regional Health", "ORG"), ("Lakeshore Regional", "ORG"), ("Port Clinton", "LOC"),
              ("Ottawa County", "LOC"), ("Ottawa", "LOC"), ("Sandusky", "LOC"), ("Toledo", "LOC"), ("Cleveland", "LOC"),
              ("Oak Harbor", "LOC"), ("Ashok Raman", "PER"), ("Raman", "PER"), ("Karen Voight", "PER"), ("Voight", "PER")],
    notes="JSON-LD author is 'Nicole Hartman, Lakeline 7 News' (name and station in one string); the byline's 'Nicole Hartman' is gold.",
))

# 07 ----------------------------------------------------------------- algae bloom, WATCH: label in the h1
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, cid="ll7-88127", privacy=False, h1_label="WATCH:", no_meta_date=True, title_bare=True,
    url=f"{HOST}/article/news/local/lake-erie-algal-bloom-advisory-maumee-bay/712-77c3d0ee",
    section="Local", headline="Algal bloom spreads across western Lake Erie, closing two beaches",
    desc="Health officials closed two beaches and warned boaters to avoid green water as an algal bloom spread across the western basin.",
    authors=["Marcus Delaney"], kind="staff",
    pub=d(2021, 8, 3, 16, 55), crawl=d(2021, 8, 4, 8, 20),
    video_id="v21080307", video_title="WATCH: Green water near Maumee Bay as the bloom spreads",
    wx=(83, "sun"), wx_days=[("Wed", "sun", 86, 68), ("Thu", "storm", 84, 70), ("Fri", "cloud", 80, 65)],
    tags=["Lake Erie", "Algal Bloom", "Water Quality", "Environment"],
    body=[
        ("p", "A harmful algal bloom that has been growing in the western basin of Lake Erie for two weeks spread into Maumee Bay on Tuesday, prompting health officials to close two public beaches and warn boaters and anglers to stay out of visibly green water."),
        ("p", "Satellite images analyzed by researchers at the Great Lakes Water Research Lab showed the bloom covering about 350 square miles, stretching from the mouth of the Maumee River east toward the islands. Samples taken Monday at two beaches contained levels of microcystin, a toxin produced by the algae, above the state's recreation advisory threshold."),
        ("p", "\"If the water looks like pea soup or spilled paint, stay out of it, and keep your dogs out of it,\" said Jennifer Alvarez, environmental health director for the county health department. \"Dogs are especially at risk because they drink the water and lick it off their fur.\""),
        ("related", "What is microcystin? A guide to algal bloom toxins"),
        ("p", "The two beaches, at Maumee Bay and at a township park near Reno Beach, will stay closed until two rounds of testing come back below the advisory level. Boat launches remain open, but the health department advised against swimming, wading or water skiing in areas with visible scum."),
        ("ad",),
        ("p", "City officials said drinking water was safe. The city's water treatment plant, which draws from an intake about three miles offshore, has been testing raw and treated water daily since the bloom began. Toxins have been detected in the raw water at low levels, but treated water has tested clean, according to plant superintendent Gary Hollister."),
        ("p", "\"We have made a lot of changes since 2014, and we test every day in bloom season,\" Hollister said, referring to the weekend seven years ago when the city told half a million people not to drink tap water. \"The treatment process is removing what we're seeing. If that ever changes, people will hear it from us first.\""),
        ("weather",),
        ("p", "Scientists had forecast a moderate bloom this summer, smaller than the record blooms of 2011 and 2015. The size of the bloom depends largely on how much phosphorus washes into the lake from farm fields and cities in the spring. This year's rains were close to average, but warm, calm weather over the past two weeks has helped the algae spread."),
        ("p", "State and federal programs have spent hundreds of millions of dollars since 2014 to reduce the phosphorus running off farm fields, paying farmers to plant cover crops, install drainage controls and apply fertilizer more carefully. Researchers say those efforts have helped in some watersheds, but that the overall load reaching the lake has not yet dropped enough to prevent large blooms in wet years."),
        ("p", "Dr. Priya Sandoval, a biologist at the research lab, said the bloom would likely grow through August and begin to fade in September, as it usually does. \"Hot, still days are exactly what these algae like,\" she said. \"A good windy storm can mix the water and break it up for a while, but it tends to come back until the water cools.\""),
        ("p", "Charter boat captain Ron Tessmer said his bookings for walleye trips had dropped about 20 percent since news of the bloom spread. \"The fishing is still good out past the bloom, and the fish are safe to eat if you clean them properly,\" he said. \"But people see the pictures and they cancel.\""),
        ("p", "Businesses near the closed beaches said the timing was painful, coming in one of the busiest weeks of the summer. At a bait and snack shop near Maumee Bay, owner Karen Polster said sales had dropped by about half since the weekend. \"Families come out, they see the signs, they turn around,\" she said. \"I understand it. I just hope it clears up before Labor Day.\""),
        ("p", "The health department posts beach test results on its website every Tuesday and Friday. Anyone who becomes sick after contact with lake water, or whose pet shows symptoms such as vomiting, drooling or weakness, should contact a doctor or veterinarian right away."),
    ],
    entities=[("Lake Erie", "LOC"), ("Maumee Bay", "LOC"), ("Great Lakes Water Research Lab", "ORG"), ("Maumee River", "LOC"),
              ("Jennifer Alvarez", "PER"), ("Reno Beach", "LOC"), ("Gary Hollister", "PER"), ("Hollister", "PER"),
              ("Priya Sandoval", "PER"), ("Ron Tessmer", "PER"), ("Karen Polster", "PER"), ("Labor Day", "MISC")],
    notes="",
))

# 08 ----------------------------------------------------------------- winter storm snowfall totals, table
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, cid="ll7-91660", privacy=True, h1_label="FIRST ALERT:", og_title="Snowfall totals: how much fell where",
    url=f"{HOST}/article/weather/winter-storm-snowfall-totals-northwest-ohio/712-40b1a6c5",
    section="Weather", headline="Storm buries northwest Ohio under a foot of snow; see totals from your town",
    desc="Snowfall totals from Sunday's winter storm, which dropped more than a foot of snow on parts of northwest Ohio.",
    authors=["Chris Albrecht", "Monica Feld"], kind="staff", role="Lakeline 7 First Alert Weather",
    pub=d(2022, 1, 17, 10, 25), upd=d(2022, 1, 17, 15, 50), crawl=d(2022, 1, 17, 18, 30),
    video_id="v22011708", video_title="First Alert Weather: the storm by the numbers",
    wx=(14, "snow"), wx_days=[("Mon", "snow", 19, 4), ("Tue", "cloud", 22, 9), ("Wed", "sun", 27, 15)],
    tags=["Weather", "Snow", "Winter Storm", "First Alert"],
    body=[
        ("p", "The biggest snowstorm in four years dropped more than a foot of snow on parts of northwest Ohio and southeast Michigan from Sunday afternoon into early Monday, closing schools, snarling highways and leaving thousands of homes without power."),
        ("p", "The heaviest snow fell in a band from Defiance through Napoleon to the southern suburbs of Toledo, where bursts of snow falling at two inches an hour combined with winds gusting to 35 miles per hour to create whiteout conditions late Sunday night. Toledo Express Airport measured 11.8 inches, its largest single-storm total since February 2018."),
        ("p", "The storm arrived a few hours later than forecast, which may have helped on the roads. Most of the heaviest snow fell after 6 p.m. on Sunday, when traffic was light, and road crews had most of the afternoon to pretreat highways and bridges with brine."),
        ("p", "Here are the totals reported to the Lakeline 7 First Alert Weather team by trained spotters, airports and viewers as of Monday afternoon:"),
        ("table", [["Location", "County", "Snowfall (inches)"],
                   ["Napoleon", "Henry", "14.2"], ["Defiance", "Defiance", "13.5"], ["Whitehouse", "Lucas", "12.6"],
                   ["Toledo Express Airport", "Lucas", "11.8"], ["Perrysburg", "Wood", "11.0"], ["Bowling Green", "Wood", "10.4"],
                   ["Sylvania", "Lucas", "9.7"], ["Monroe, Mich.", "Monroe", "8.9"], ["Fremont", "Sandusky", "7.5"],
                   ["Port Clinton", "Ottawa", "6.1"]],
         "Source: Lakeline 7 First Alert Weather spotter network, as of 3 p.m. Monday"),
        ("ad",),
        ("h", "Roads and power"),
        ("p", "State troopers responded to more than 140 crashes and slide-offs across the region overnight, most of them minor. A stretch of the Ohio Turnpike between the Maumee and Stony Ridge exits was closed for about three hours after several tractor-trailers jackknifed, and traffic on Interstate 75 slowed to a crawl through Wood County for much of the night."),
        ("p", "At the peak of the storm, about 18,000 customers were without power, mostly in Lucas and Wood counties, as heavy, wind-driven snow brought down tree limbs onto lines. By Monday afternoon, that number had dropped to about 2,300, and the utility said it expected to restore service to nearly everyone by Tuesday morning."),
        ("p", "Plow crews in Toledo worked 12-hour shifts through the night and had made at least one pass on every main road by Monday morning, according to the city's streets department. Residential streets will take longer. The city asked residents to be patient and to avoid shoveling snow from driveways back into the street, which can freeze into ridges that damage plows."),
        ("related", "Closings and delays: the full list for Tuesday"),
        ("weather",),
        ("h", "What comes next"),
        ("p", "The snow is over, but the cold is just arriving. Arctic air moving in behind the storm will send temperatures below zero on Monday night, with wind chills as low as 15 below by early Tuesday. Highs on Tuesday will struggle to reach the low 20s, and another shot of cold air is expected on Thursday."),
        ("p", "\"This is the kind of cold that makes cleanup harder,\" said chief meteorologist Chris Albrecht. \"Anything that melts on the roads today is going to refreeze tonight, so expect slick spots everywhere on Tuesday morning, even on roads that look clear.\""),
        ("p", "Meteorologist Monica Feld said the storm was a reminder that the region had gone several winters without a major snowfall. \"A lot of people moved here or got their first car in the last few years and have never driven in a foot of snow,\" she said. \"Leave extra room, go slower than you think you need to, and keep a blanket and a phone charger in the car.\""),
        ("p", "Most area school districts have already announced they will be closed or delayed on Tuesday. The city of Toledo declared a snow emergency through Tuesday evening, which means parked cars must be moved off designated snow routes so plows can clear them. Vehicles left on those routes may be towed."),
        ("p", "The First Alert Weather team will update these totals as more reports come in. Viewers can send their own measurements, along with their town and the time they measured, through the Lakeline 7 News app."),
    ],
    entities=[("Ohio", "LOC"), ("Michigan", "LOC"), ("Defiance", "LOC"), ("Napoleon", "LOC"), ("Toledo", "LOC"),
              ("Toledo Express Airport", "LOC"), ("Lakeline 7 First Alert Weather", "ORG"), ("Henry", "LOC"), ("Whitehouse", "LOC"),
              ("Lucas", "LOC"), ("Perrysburg", "LOC"), ("Wood", "LOC"), ("Bowling Green", "LOC"), ("Sylvania", "LOC"),
              ("Monroe, Mich.", "LOC"), ("Monroe", "LOC"), ("Fremont", "LOC"), ("Sandusky", "LOC"), ("Port Clinton", "LOC"),
              ("Ottawa", "LOC"), ("Ohio Turnpike", "LOC"), ("Maumee", "LOC"), ("Stony Ridge", "LOC"), ("Interstate 75", "LOC"),
              ("Wood County", "LOC"), ("Chris Albrecht", "PER"), ("Lakeline 7 News", "ORG"), ("Monica Feld", "PER")],
    notes="The table's source line is an optional caption; county names in the table are LOC; 'Lakeline 7 First Alert Weather' after the byline names is a role, not an author.",
))

# 09 ----------------------------------------------------------------- wire story, dateline
ARTICLES.append(dict(
    id=f"{SITE}-09", seed=9, cid="ll7-97402", privacy=True, kind="wire", dateline=True, title_bare=True, video_times=True,
    url=f"{HOST}/article/news/state/ohio-utility-panel-approves-gas-rate-increase/712-e1f09b22",
    section="State", headline="State panel approves gas rate increase for 410,000 customers in northern Ohio",
    desc="The increase will add about $4.80 a month to the average residential bill starting in July.",
    authors=["Great Lakes Wire Service"],
    pub=d(2023, 5, 25, 14, 37), crawl=d(2023, 5, 26, 9, 10),
    video_id="v23052509", video_title="What the gas rate increase means for your bill",
    wx=(68, "cloud"), wx_days=[("Fri", "sun", 74, 52), ("Sat", "sun", 78, 55), ("Sun", "cloud", 75, 57)],
    tags=["Utilities", "Natural Gas", "Rates", "Ohio"],
    body=[
        ("p", "COLUMBUS, Ohio (GLWS) — A state regulatory panel on Thursday approved a rate increase for Northern Lakes Gas, allowing the utility to raise monthly bills for about 410,000 residential and business customers across northern Ohio to pay for replacing aging pipelines."),
        ("p", "The Ohio Energy Rates Panel voted 4-1 to approve a settlement between the company, the panel's staff and several industrial customers. Under the settlement, the average residential customer will pay about $4.80 more a month starting in July, an increase of roughly 7 percent on the fixed portion of the bill."),
        ("p", "The company had asked for an increase of about $7.30 a month. Panel chair Diane Oberholtzer said the settlement struck a reasonable balance between the need to replace old pipes and the cost to customers. \"No one likes to see a bill go up,\" she said. \"But bare steel and cast-iron mains that are 70 or 80 years old are a safety problem, and they have to be replaced.\""),
        ("related", "How to read your natural gas bill"),
        ("p", "Northern Lakes Gas says it has about 1,400 miles of bare steel and cast-iron pipe still in service, out of more than 19,000 miles in its system. The company plans to replace about 180 miles a year under the program, which it expects to cost $2.3 billion over the next decade."),
        ("ad",),
        ("p", "The lone vote against the settlement came from panel member Samuel Ruiz, who said the company should have been required to share more of the cost. \"The shareholders of this company have earned a healthy return for years,\" Ruiz said. \"I'm not convinced that customers alone should carry the full cost of catching up on maintenance that should have been done long ago.\""),
        ("p", "The settlement includes some protections for customers. The company must report each year on how many miles of pipe it has replaced and what the work cost, and the panel can reduce future increases if the company falls behind schedule. Northern Lakes Gas also agreed to spend $2 million a year on a program that helps low-income customers weatherize their homes."),
        ("p", "Consumer advocates also criticized the decision. The Ohio Ratepayers Alliance, which opposed the settlement, said the increase would fall hardest on low-income families and seniors who already struggle with winter heating bills. \"For a family on a fixed income, five dollars a month is real money,\" said the group's director, Monique Talbert. \"And that's before anyone's used a single cubic foot of gas.\""),
        ("weather",),
        ("p", "A spokesperson for Northern Lakes Gas said in a statement that the company appreciated the panel's decision and would continue to offer payment plans and bill assistance programs for customers who need help. The company also noted that the price of natural gas itself, which makes up most of a winter bill, has fallen by about a third since last year."),
        ("p", "The decision is the second rate increase the panel has approved for the company in five years. In 2018, it allowed Northern Lakes Gas to raise its fixed monthly charge by about $3 to pay for an earlier phase of pipeline work. Critics have argued that increases in fixed charges hurt small users, such as seniors in apartments, more than large households, because they are paid no matter how little gas a customer uses."),
        ("p", "The increase applies to customers in 38 counties, including Lucas, Wood, Ottawa and Sandusky counties in northwest Ohio. It does not affect customers of other gas utilities or those who buy their gas through a choice program, although those customers will still see the higher delivery charge."),
        ("p", "For a household that uses an average amount of gas, the new delivery charge will add about $58 a year. Customers who use very little gas, such as those who heat with electricity and use gas only for a water heater, will see the same increase in the fixed charge, which critics say makes the change fall hardest on small users."),
        ("p", "The panel will hold its next review of the pipeline program in two years. At that point, the company will have to show that it has met its replacement targets before it can ask for further increases tied to the program, according to the settlement."),
        ("p", "Customers who are behind on their bills can apply for state energy assistance through their local community action agency. The state's summer crisis program, which helps with cooling and gas bills for eligible households, opens on July 1."),
    ],
    entities=[("COLUMBUS", "LOC"), ("Ohio", "LOC"), ("GLWS", "ORG"), ("Northern Lakes Gas", "ORG"), ("Ohio Energy Rates Panel", "ORG"),
              ("Diane Oberholtzer", "PER"), ("Samuel Ruiz", "PER"), ("Ruiz", "PER"), ("Ohio Ratepayers Alliance", "ORG"),
              ("Monique Talbert", "PER"), ("Lucas", "LOC"), ("Wood", "LOC"), ("Ottawa", "LOC"), ("Sandusky", "LOC")],
    notes="Wire copy: the byline is the agency (Great Lakes Wire Service), also the JSON-LD author; the dateline 'COLUMBUS, Ohio (GLWS) —' stays in the first paragraph.",
))

# 10 ----------------------------------------------------------------- 7 Investigates: landlord code violations (long)
ARTICLES.append(dict(
    id=f"{SITE}-10", seed=10, cid="ll7-104775", privacy=True, h1_label="7 INVESTIGATES:",
    url=f"{HOST}/article/news/investigations/7-investigates-code-violations-rental-homes-landlord/712-b83f2a17",
    section="7 Investigates", headline="Hundreds of code violations, years of fines unpaid: inside one landlord's rental empire",
    dek="A Lakeline 7 investigation found that a single out-of-state company owns more than 300 homes in Toledo and has racked up 1,100 code violations since 2019.",
    desc="A Lakeline 7 investigation found one out-of-state company owns more than 300 Toledo homes and has racked up 1,100 code violations.",
    authors=["Tasha Greenfield", "Eric Lindqvist"], kind="staff",
    pub=d(2024, 3, 12, 18, 0), crawl=d(2024, 3, 13, 10, 30),
    video_id="v24031210", video_title="7 Investigates: the landlord Toledo can't find",
    wx=(49, "cloud"), wx_days=[("Wed", "rain", 52, 38), ("Thu", "cloud", 55, 40), ("Fri", "sun", 61, 43)],
    tags=["7 Investigates", "Housing", "Landlords", "Code Enforcement"],
    body=[
        ("p", "The ceiling in Shanice Porter's kitchen fell in on a Sunday morning in January. She had been reporting the leak above it for four months, she says, by phone, by email and through an online portal that never produced a reply. When the drywall came down, it brought a mix of water, insulation and mouse droppings onto the counter where her children eat breakfast."),
        ("p", "\"I called again. Nothing. I called the city,\" Porter said. \"The city came out, they wrote it up, and then nothing happened again.\""),
        ("p", "Porter's landlord is Keystone Residential Holdings, a company registered in Delaware with a mailing address in a suburb of Atlanta. According to county property records, Keystone and a handful of related companies own 312 single-family homes and duplexes in Toledo, most of them bought in bulk between 2018 and 2021. That makes it one of the largest owners of rental homes in the city."),
        ("p", "A three-month Lakeline 7 investigation, based on city code enforcement records, court filings, property tax data and interviews with 27 tenants, found that homes owned by Keystone and its affiliates have been cited for more than 1,100 housing code violations since 2019, including dozens for broken furnaces, exposed wiring and missing smoke detectors. The companies owe more than $86,000 in unpaid city fines, and the city has struggled for years even to serve them with notice."),
        ("related", "How to report a housing code violation in Toledo"),
        ("ad",),
        ("h", "A landlord on paper"),
        ("p", "Keystone's homes are scattered across the central city, with the largest clusters in the Junction, Englewood and East Toledo neighborhoods. Many were bought from a single seller in a 2019 package deal of 140 homes, according to deed records, for an average price of about $28,000 each."),
        ("p", "Tenants say they have never met anyone from the company. Rent is paid online or at a check-cashing store, and repairs are handled, in theory, by a property management company that has changed names three times in five years. Several tenants showed Lakeline 7 work orders that had been marked \"completed\" in the company's system without anyone coming to the house."),
        ("p", "\"I've had four different managers. Every time I call, it's a new name and a new number,\" said Harold Jennings, 64, who has rented a Keystone duplex on Nebraska Avenue since 2020. His furnace failed twice last winter, and for six days in December he heated his half of the house with the oven door open. \"They sent a guy on the seventh day. He replaced a part and left. It went out again in February.\""),
        ("p", "Lakeline 7 made repeated attempts over six weeks to reach Keystone Residential Holdings, by phone, by email, by certified letter to its registered agent in Delaware and in person at the Atlanta-area address listed on its filings, which turned out to be a shared office building. No one responded. The current property manager, Summit Key Management, did not return calls or emails."),
        ("h", "Fines that go unpaid"),
        ("p", "City records show that code inspectors have written up Keystone properties 1,148 times since January 2019. Most of the violations are for exterior problems, such as peeling paint, broken windows and overgrown yards. But 212 were for conditions that inspectors classified as serious, including 41 for heating systems that did not work and 29 for electrical hazards."),
        ("p", "Under city law, a landlord who fails to correct a violation can be fined, and unpaid fines can be added to the property's tax bill. But that process requires the city to first serve the owner with formal notice, and records show that notices mailed to Keystone's registered addresses have been returned as undeliverable at least 90 times."),
        ("p", "\"We are chasing an owner who does not want to be found,\" said Teresa Amadi, who oversees code enforcement for the city. \"We write the violations. We send the notices. When they come back undeliverable, we try again. The law wasn't written for companies that own 300 houses and don't answer their mail.\""),
        ("p", "As of this month, the companies owe $86,450 in outstanding code fines, according to city figures. Another $140,000 in delinquent property taxes is owed on 37 of the homes, county treasurer records show."),
        ("weather",),
        ("h", "A pattern in other cities"),
        ("p", "Keystone is not only in Toledo. Property records in Dayton, Youngstown and Flint, Michigan, show companies with the same registered agent and mailing address own at least 400 more homes in those cities. In Youngstown, a housing court judge in 2022 issued a warrant for the company's local manager after it failed to appear at three hearings. The case was later dismissed when the properties were sold to another company."),
        ("p", "Housing researchers say the business model is familiar. After the foreclosure crisis, investors bought large numbers of cheap homes in Midwestern cities, often sight unseen. Some invested in repairs. Others collected rent for as long as the houses held up, spent as little as possible and sold when the homes became too costly to keep."),
        ("p", "\"It's a harvesting strategy,\" said Dr. Ellen Matsuda, who studies housing markets at Maumee State University. \"You buy at the bottom, you rent to families who have few other choices, and you let the asset depreciate. The fines are just a cost of doing business, and often not even that, because the city can't collect them.\""),
        ("h", "What the city says it will do"),
        ("p", "After Lakeline 7 shared its findings with city officials last month, Mayor Julian Cortez's office said it would propose changes to the city's rental registration law. The proposal, expected to reach city council in April, would require owners of rental homes to name a local agent who can be served with notices and would allow the city to withhold a rental permit from owners with large unpaid fines."),
        ("p", "\"If you want to be a landlord in this city, you need to be reachable, and you need to fix what's broken,\" Cortez said in a statement. \"These tenants deserve better, and so do the neighbors who live next to these houses.\""),
        ("p", "Tenant advocates said the changes were overdue. Luz Ortiz, an organizer with the Toledo Tenants Union, said the group had heard from Keystone tenants for years. \"Every one of these violations is a family,\" she said. \"A kid with asthma in a house with mold. A grandmother with a space heater because the furnace is out. The city has known about this landlord for a long time.\""),
        ("p", "For Shanice Porter, the kitchen ceiling was patched in February, after a city inspector returned and Lakeline 7 began asking questions. The leak above it, she says, has not been fixed. She has started looking for another place to live, but with two children and a limited income, the options are few."),
        ("p", "\"I pay my rent on time every month,\" Porter said. \"All I'm asking is that they do their part.\""),
        ("p", "Do you rent from Keystone Residential Holdings or one of its property managers? Lakeline 7 wants to hear from you. Contact the 7 Investigates team at investigate@lakeline7.example or (419) 555-0107."),
    ],
    entities=[("Shanice Porter", "PER"), ("Porter", "PER"), ("Keystone Residential Holdings", "ORG"), ("Keystone", "ORG"),
              ("Delaware", "LOC"), ("Atlanta", "LOC"), ("Toledo", "LOC"), ("Lakeline 7", "ORG"), ("Junction", "LOC"),
              ("Englewood", "LOC"), ("East Toledo", "LOC"), ("Harold Jennings", "PER"), ("Nebraska Avenue", "LOC"),
              ("Summit Key Management", "ORG"), ("Teresa Amadi", "PER"), ("Dayton", "LOC"), ("Youngstown", "LOC"),
              ("Flint", "LOC"), ("Michigan", "LOC"), ("Midwestern", "MISC"), ("Ellen Matsuda", "PER"),
              ("Maumee State University", "ORG"), ("Julian Cortez", "PER"), ("Cortez", "PER"), ("Luz Ortiz", "PER"),
              ("Toledo Tenants Union", "ORG")],
    notes="The closing call for tips ('Do you rent from ...') is part of the story as published and kept as a paragraph.",
))

# 11 ----------------------------------------------------------------- crash, UPDATE: label, meta date = re-publication time
ARTICLES.append(dict(
    id=f"{SITE}-11", seed=11, cid="ll7-113208", privacy=True, h1_label="UPDATE:", meta_pub="modified",
    url=f"{HOST}/article/news/local/i-280-crash-closes-lanes-craig-bridge/712-0d5e91a4",
    section="Local", headline="Two hurt as wrong-way driver causes crash on I-280 near the Craig Bridge",
    desc="Northbound I-280 was closed for nearly five hours overnight after a wrong-way crash near the Craig Bridge.",
    authors=["Jordan Pike"], kind="staff", breaking="Police identify driver in overnight I-280 crash",
    pub=d(2025, 7, 18, 23, 52), upd=d(2025, 7, 19, 9, 15), crawl=d(2025, 7, 19, 10, 0),
    video_id="v25071911", video_title="Scene video: wrong-way crash on I-280",
    wx=(76, "sun"), wx_days=[("Sat", "sun", 88, 70), ("Sun", "storm", 86, 71), ("Mon", "sun", 84, 66)],
    tags=["Crash", "I-280", "Traffic", "Wrong-Way Driver"],
    body=[
        ("p", "Two people were seriously injured late Friday night when a driver going the wrong way on Interstate 280 crashed head-on into a pickup truck near the Craig Bridge, according to the State Highway Patrol. Northbound lanes were closed for nearly five hours while crews investigated and cleared the wreckage."),
        ("p", "Troopers said they began receiving 911 calls at about 11:20 p.m. from drivers reporting a car traveling south in the northbound lanes near the Front Street exit. About two minutes later, the car, a 2011 sedan, struck a northbound pickup truck just south of the bridge."),
        ("p", "One caller told dispatchers that the sedan had nearly hit two other cars before the crash, according to a recording of the 911 call released by the county. \"He's going the wrong way, he's in the left lane, he's not slowing down,\" the caller said. \"Somebody's going to get killed.\""),
        ("p", "The driver of the pickup, a 52-year-old man from Oregon, and the driver of the sedan were both taken to a Toledo hospital. On Saturday morning, the patrol said both were in serious but stable condition. No one else was in either vehicle."),
        ("related", "Wrong-way crashes: why they happen and what drivers can do"),
        ("ad",),
        ("p", "In an update Saturday morning, the patrol identified the driver of the sedan as a 29-year-old Toledo man. Troopers said they were investigating whether alcohol was a factor and that charges were possible once the investigation was complete. The patrol did not release the name of either driver."),
        ("p", "\"Wrong-way crashes are among the most violent we see, because both vehicles are moving at highway speed toward each other,\" said Lt. Dana Kessler of the patrol's Toledo post. \"It's a miracle, honestly, that both of these people survived.\""),
        ("p", "Northbound I-280 was closed from the Front Street ramp to the bridge until about 4:10 a.m. Saturday. Traffic was detoured onto surface streets through East Toledo. Southbound lanes stayed open, although troopers briefly slowed traffic as emergency vehicles crossed the median."),
        ("p", "Tow truck operator Mike Danner, who was called to remove the wreckage, said he had worked the interstate for 22 years and that wrong-way crashes were the ones he remembered. \"You never forget the ones where the cars are facing each other,\" he said."),
        ("p", "Crews from the state transportation department had to repair a damaged section of guardrail and clear debris from both northbound lanes before the highway could reopen. The bridge itself was not damaged, a department spokesperson said."),
        ("weather",),
        ("p", "It was the third wrong-way crash on an area interstate this year. In March, a driver entered I-75 going the wrong way near downtown and sideswiped two cars before stopping, and in May a driver was killed in a wrong-way crash on the Ohio Turnpike near Maumee."),
        ("p", "Nationally, wrong-way crashes are rare but disproportionately deadly, and many involve drivers who are impaired or elderly and who enter the highway by an exit ramp, according to traffic safety researchers. Most happen late at night or in the early morning, when traffic is light and drivers going the right way are less alert."),
        ("p", "Lt. Kessler urged drivers who see a wrong-way vehicle to call 911 immediately, to move to the right lane and to slow down. \"Wrong-way drivers tend to stay in what they think is the right lane, which is your left lane,\" he said. \"Getting over to the right can save your life.\""),
        ("p", "The state transportation department installed wrong-way warning systems at several ramps along I-280 in 2023. The systems use sensors and flashing signs to alert drivers who enter an exit ramp in the wrong direction and to notify the patrol. A department spokesperson said Saturday that it was reviewing whether the driver entered the interstate at one of those ramps."),
        ("p", "Anyone who witnessed the crash or saw the sedan before it entered the highway is asked to call the patrol's Toledo post."),
    ],
    entities=[("Interstate 280", "LOC"), ("Craig Bridge", "LOC"), ("State Highway Patrol", "ORG"), ("Front Street", "LOC"),
              ("Oregon", "LOC"), ("Toledo", "LOC"), ("Dana Kessler", "PER"), ("Kessler", "PER"), ("I-280", "LOC"), ("East Toledo", "LOC"),
              ("I-75", "LOC"), ("Ohio Turnpike", "LOC"), ("Maumee", "LOC"), ("Mike Danner", "PER")],
    notes="The breaking-news banner above the story links another story and is not body.",
))

# 12 ----------------------------------------------------------------- Heroes Among Us
ARTICLES.append(dict(
    id=f"{SITE}-12", seed=12, cid="ll7-120451", privacy=True, title_bare=True, no_meta_date=True,
    url=f"{HOST}/article/news/community/heroes-among-us-retired-bus-driver-knits-hats/712-6a72c0b8",
    section="Community", h1_label="Heroes Among Us:", headline="Retired bus driver has knitted 3,000 hats for kids on her old route",
    desc="For 11 winters, Gloria Baptiste has knitted hats for children at the schools she used to drive to.",
    authors=["Nicole Hartman"], kind="staff",
    pub=d(2026, 1, 29, 17, 40), crawl=d(2026, 1, 30, 8, 0),
    video_id="v26012912", video_title="Heroes Among Us: Gloria Baptiste and her 3,000 hats",
    wx=(19, "snow"), wx_days=[("Fri", "snow", 24, 12), ("Sat", "cloud", 28, 16), ("Sun", "sun", 33, 20)],
    tags=["Heroes Among Us", "Community", "Schools", "Volunteers"],
    body=[
        ("p", "Gloria Baptiste drove a school bus in Toledo for 26 years, and for most of those years she noticed the same thing every winter: children waiting at the bus stop without hats."),
        ("p", "\"Some of them had their hoods up, some of them had nothing,\" said Baptiste, 74. \"You'd see a little one standing there at seven in the morning with red ears, and it would just break your heart.\""),
        ("p", "When she retired in 2015, she picked up the knitting needles her mother had taught her to use as a girl. That first winter, she made 60 hats and delivered them to the elementary school at the end of her old route. This winter, she passed 3,000."),
        ("related", "Nominate someone for Heroes Among Us"),
        ("p", "Baptiste knits every day, usually in the mornings with the radio on and in the evenings while she watches the news. A plain hat takes her about two hours; one with stripes or a pompom takes closer to three. She buys most of the yarn herself, and friends from her church and a knitting group at the branch library have pitched in with yarn and hats of their own."),
        ("p", "She keeps a notebook with the count, written in pencil, with the number of hats made each week and the school each batch went to. The first page is dated November 2015. The notebook is now on its third volume, held together with rubber bands. \"My grandson says I should put it on a computer,\" she said. \"I told him the computer can knit the hats, then.\""),
        ("ad",),
        ("p", "Every hat goes to a child at one of four schools along the routes she drove. School staff hand them out quietly, so that no child is singled out. \"Kids will tell you they don't need a hat,\" said Darnell Hughes, principal at one of the schools. \"Then you give them one that Miss Gloria made, in their favorite color, and they wear it until it falls apart.\""),
        ("p", "Hughes said the school keeps a bin of her hats in the front office all winter. \"We never run out,\" he said. \"I don't know how she does it.\""),
        ("p", "Teachers say the hats do more than keep heads warm. At the start of each winter, some children who have never owned a hat of their own ask whether they are allowed to keep it. Staff have learned to tell them yes, and that Miss Gloria made it just for them, which, Hughes said, is exactly true."),
        ("weather",),
        ("p", "Some of the children who received her hats in the early years are now in high school. Baptiste said she still runs into them at the grocery store. One young man, now 17, told her last month that he still had the green hat she made him in second grade. \"He said it doesn't fit anymore, but he keeps it in his drawer,\" she said. \"I went home and cried.\""),
        ("p", "Her former colleagues at the bus garage say they are not surprised. Dispatcher Ray Tolliver, who worked with Baptiste for 18 years, said she was known for keeping a bag of mittens and granola bars under her seat. \"If a kid got on her bus hungry or cold, she noticed,\" he said. \"That's just who she is. The hats are the same thing, just bigger.\""),
        ("p", "Baptiste says she has no plans to stop. She has already started on next winter's hats and hopes to reach 4,000 before she turns 80. Anyone who wants to help can drop off new yarn, preferably soft acrylic in bright colors, at the branch library on Sylvania Avenue, where the knitting group meets on Thursday afternoons."),
        ("p", "The school district has invited her to be honored at a board meeting next month. Baptiste said she would go, reluctantly, and only if she could bring her knitting. \"I'll sit in the back row and work on a hat while they talk,\" she said. \"That's about as much fuss as I can stand.\""),
        ("p", "\"I'm not doing anything special,\" she said, holding up a half-finished purple hat. \"I'm just an old lady who can't stand to see a cold child. Anybody can do that.\""),
    ],
    entities=[("Gloria Baptiste", "PER"), ("Baptiste", "PER"), ("Toledo", "LOC"), ("Darnell Hughes", "PER"), ("Hughes", "PER"), ("Ray Tolliver", "PER"),
              ("Gloria", "PER"), ("Sylvania Avenue", "LOC")],
    notes="",
))

# 13 ----------------------------------------------------------------- minimal pair of 05 without its RELATED lines
ARTICLES.append(dict(ARTICLES[4], id=f"{SITE}-13", variant_of=f"{SITE}-05", url=ARTICLES[4]["url"] + "?variant=b",
                     body=[it for it in ARTICLES[4]["body"] if it[0] != "related"],
                     notes="Minimal pair of lakeline-news-05: differs only in inline-related (the two 'RELATED:' lines between paragraphs are left out; ads and the weather widget stay)."))


if __name__ == "__main__":
    for a in ARTICLES:
        art, html = build(a)
        emit(art, html, "utf-8")
        print(f"{a['id']}\t{len(html.encode('utf-8')) / 1024:.1f} KB")
