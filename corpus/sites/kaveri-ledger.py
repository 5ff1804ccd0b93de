import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Kaveri Ledger (kaveri-ledger): an English-language south-Indian regional news portal in the
style of a large Indian publisher's in-house CMS: a sticky header with today's date and a
weather chip, a mega-menu of cities, the story with a standfirst, a "By <name> | <date> IST"
byline (plain text, no <time>), lazy-loaded photos whose caption is printed twice (hover title and figcaption),
"Also Read" / "Watch" inserts dropped between body paragraphs (as plain <p>, <div> or
<aside>), share widgets, a "Join" account box, a most-read rail and a long footer of sister
sites. Times are IST (+05:30).

Metadata personality (realism wave): the story's <article> element wraps only its header (headline,
standfirst, byline); the body is a sibling <div class="storyDetails"> cut into "storyParagraphs"
runs by every ad slot. article:published_time is the IST
wall-clock time with a "Z" (a CMS time-zone bug: the JSON-LD has the right +05:30 offset); some
stories lack a JSON-LD author and give only the author's profile URL as article:author. Menus,
sister sites and widget data ship as JSON for the client-side drawer and widgets."""

import datetime as _dt
import html as _html
import json as _json
import random as _random

SITE = "kaveri-ledger"
HOST = "https://www.kaveriledger.example"
IMG = "https://images.kaveriledger.example"
NAME = "Kaveri Ledger"
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30))
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def byline_date(dt):
    h = dt.hour % 12 or 12
    return f"{MON[dt.month - 1]} {dt.day:02d}, {dt.year} {h:02d}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'} IST"


def short_day(d):
    return f"{DAYS[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year}"


def long_day(d):
    return f"{DAYS[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year}"


# Character-reference styles used by different desks' copy (the CMS keeps what the editor pasted).
NAMED = [("’", "&rsquo;"), ("‘", "&lsquo;"), ("“", "&ldquo;"), ("”", "&rdquo;"), ("₹", "&#8377;"),
         ("—", "&mdash;")]
NUMERIC = [("’", "&#8217;"), ("‘", "&#8216;"), ("“", "&#8220;"), ("”", "&#8221;"), ("₹", "&#8377;"),
           ("—", "&#8212;"), ("–", "&#8211;")]


def render(s, style=None, invis=()):
    out = text(s)
    for plain, hidden in invis:
        out = out.replace(plain, hidden)
    if style:
        for ch, ref in style:
            out = out.replace(ch, ref)
    return out


# ---------------------------------------------------------------- boilerplate pools

NAV = [
    ("Home", "/", []),
    ("Latest", "/latest-news", []),
    ("Karnataka", "/karnataka-news", ["Bengaluru", "Mysuru", "Mangaluru", "Hubballi-Dharwad", "Belagavi", "Kalaburagi", "Udupi", "Shivamogga"]),
    ("Tamil Nadu", "/tamil-nadu-news", ["Chennai", "Coimbatore", "Madurai", "Tiruchirappalli", "Salem", "Tirunelveli", "Vellore"]),
    ("Kerala", "/kerala-news", ["Kochi", "Thiruvananthapuram", "Kozhikode", "Thrissur", "Kannur", "Kollam", "Alappuzha"]),
    ("Telangana", "/telangana-news", ["Hyderabad", "Warangal", "Karimnagar", "Nizamabad"]),
    ("Andhra Pradesh", "/andhra-pradesh-news", ["Visakhapatnam", "Vijayawada", "Guntur", "Tirupati", "Nellore"]),
    ("India", "/india-news", []),
    ("World", "/world-news", []),
    ("Business", "/business", ["Markets", "Start-ups", "Personal Finance", "Real Estate", "Agriculture"]),
    ("Cricket", "/cricket", ["Live Scores", "Schedule", "Points Table", "Stats"]),
    ("Sports", "/sports", ["Football", "Kabaddi", "Tennis", "Badminton", "Athletics", "Chess"]),
    ("Entertainment", "/entertainment", ["Kannada Cinema", "Tamil Cinema", "Malayalam Cinema", "Telugu Cinema", "OTT", "Music"]),
    ("Lifestyle", "/lifestyle", ["Health", "Food", "Travel", "Fashion", "Relationships"]),
    ("Education", "/education", ["Exam Results", "Admissions", "Board Exams", "Careers"]),
    ("Tech", "/technology", ["Gadgets", "Reviews", "Apps"]),
    ("Environment", "/environment", []),
    ("Opinion", "/opinion", []),
    ("Photos", "/photos", []),
    ("Videos", "/videos", []),
    ("Podcasts", "/podcasts", []),
    ("Web Stories", "/web-stories", []),
    ("Weather", "/weather", []),
    ("Games", "/games", []),
    ("E-Paper", "/epaper", []),
]

TRENDING = ["Bengaluru Metro", "Monsoon Tracker", "Namma Rains", "Board Results", "Coastal Karnataka",
            "Kochi Water Transport", "Chennai Traffic", "Onam Specials", "Cauvery Water", "Property Rates",
            "Hyderabad Floods", "Fuel Price Today"]

# (headline, section, days before publication)
POOL = [
    ("Bengaluru’s BTM layout gets a second underpass; traffic diversions till Sunday", "bengaluru-news", 1),
    ("Two held for selling counterfeit silk sarees at Mysuru exhibition ground", "mysuru-news", 2),
    ("Hubballi college students build solar cart for vegetable vendors", "karnataka-news", 3),
    ("Coimbatore textile units seek power tariff relief as orders slow", "business", 1),
    ("Kozhikode beach to get lifeguard towers after three drownings in a month", "kerala-news", 4),
    ("Madurai bus stand renovation to finish by Pongal, says contractor", "tamil-nadu-news", 2),
    ("Thrissur pooram-style lighting for new city square divides residents", "kerala-news", 6),
    ("Shivamogga arecanut growers fear leaf-spot disease spread after wet spell", "karnataka-news", 5),
    ("Chennai’s oldest circulating library turns 90, goes digital", "chennai-news", 3),
    ("Visakhapatnam port handles record cargo in first half of the year", "business", 7),
    ("Udupi temple town bans single-use plastic at car street", "karnataka-news", 1),
    ("Vellore jail inmates to run bakery outlet near bus terminus", "tamil-nadu-news", 8),
    ("Mangaluru airport adds late-night flight to Dubai from next month", "mangaluru-news", 2),
    ("Hyderabad’s lake-front cycle track to get night lighting", "telangana-news", 4),
    ("Belagavi sugar factories begin crushing season a week early", "karnataka-news", 9),
    ("Kannur handloom weavers’ society wins export order from Japan", "kerala-news", 5),
    ("Tiruchirappalli police launch app to report chain snatching", "tamil-nadu-news", 3),
    ("Karnataka’s Class 10 supplementary exam schedule announced", "education", 6),
    ("Kochi’s floating solar plant starts feeding power to grid", "kerala-news", 10),
    ("Salem steel plant expansion clears environment panel", "business", 11),
]

MOST_READ = [
    "Weather today: Heavy rain likely over coastal districts, yellow alert issued",
    "Gold rate today: Prices ease in Chennai, Bengaluru ahead of festival buying",
    "How to check your property tax dues online in four steps",
    "Kannada film crosses ₹100 crore in ten days, a first for its director",
    "Traffic advisory: These roads will be closed for the city marathon",
    "Board exam results: Direct link and how to apply for revaluation",
    "Photos: First showers of the season bring relief across the plains",
    "Explained: What the new water tariff means for apartment residents",
]

VIDEO_RAIL = [
    ("Inside a 100-year-old printing press in Udupi", "03:41"),
    ("Why Bengaluru’s lakes froth every monsoon", "05:12"),
    ("A filter-coffee trail through Chennai’s old neighbourhoods", "07:03"),
    ("Kochi’s houseboat makers on a changing trade", "04:28"),
]

SISTER = ["Ledger Money", "Ledger Auto", "Ledger Tech", "Ledger Kannada", "Ledger Tamil", "Ledger Malayalam",
          "Ledger Telugu", "Ledger Health", "Ledger Kitchen", "Ledger Jobs", "Ledger Property",
          "Ledger Cinema", "Ledger Education", "Radio Kaveri 94.6", "Ledger Games", "Ledger Events"]

FOOTER_COLS = [
    ("Top Sections", ["Latest News", "Karnataka", "Tamil Nadu", "Kerala", "Telangana", "Andhra Pradesh",
                      "India", "World", "Business", "Cricket", "Entertainment", "Lifestyle", "Education"]),
    ("Cities", ["Bengaluru", "Mysuru", "Mangaluru", "Hubballi", "Chennai", "Coimbatore", "Madurai",
                "Kochi", "Thiruvananthapuram", "Kozhikode", "Hyderabad", "Visakhapatnam", "Vijayawada"]),
    ("Explore", ["Photos", "Videos", "Podcasts", "Web Stories", "Weather", "Games", "Crossword",
                 "Horoscope", "Today’s Paper", "Archives", "Topics", "Authors"]),
    ("Company", ["About Us", "Contact Us", "Advertise With Us", "Careers", "Code of Ethics",
                 "Grievance Redressal", "Privacy Policy", "Terms of Use", "Cookie Policy", "Sitemap",
                 "RSS", "Subscription FAQ"]),
]

CSS = """
:root{--kl-red:#c8102e;--kl-ink:#1b1b1b;--kl-grey:#6b6b6b;--kl-line:#e4e4e4;--kl-bg:#f6f5f2;--kl-blue:#124a8c}
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Noto Serif",Georgia,"Times New Roman",serif;color:var(--kl-ink);background:#fff;line-height:1.5}
a{color:inherit;text-decoration:none}a:hover{color:var(--kl-red)}
img{max-width:100%;height:auto;display:block}
button{font:inherit;cursor:pointer}
.kl-wrap{max-width:1244px;margin:0 auto;padding:0 16px}
.kl-top{border-bottom:1px solid var(--kl-line);font:13px/1.3 "Noto Sans",Arial,sans-serif}
.kl-top__row{display:flex;align-items:center;justify-content:space-between;height:56px}
.kl-top__left,.kl-top__right{display:flex;align-items:center;gap:14px}
.kl-burger{width:28px;height:20px;border:0;background:none;position:relative}
.kl-burger span{position:absolute;left:0;right:0;height:2px;background:#222}
.kl-burger span:nth-child(1){top:0}.kl-burger span:nth-child(2){top:9px}.kl-burger span:nth-child(3){top:18px}
.kl-logo{font:700 30px/1 "Playfair Display",Georgia,serif;letter-spacing:-.5px;color:#111}
.kl-logo em{font-style:normal;color:var(--kl-red)}
.kl-today{color:var(--kl-grey)}
.kl-weather{display:flex;align-items:center;gap:4px;color:var(--kl-grey)}
.kl-weather i{display:inline-block;width:16px;height:16px;background:#f4b400;border-radius:50%}
.kl-btn{border:1px solid var(--kl-red);color:var(--kl-red);background:#fff;border-radius:3px;padding:6px 12px;font-weight:600}
.kl-btn--solid{background:var(--kl-red);color:#fff}
.kl-nav{background:#fff;border-bottom:2px solid #111;font:600 14px/1 "Noto Sans",Arial,sans-serif;position:sticky;top:0;z-index:50}
.kl-nav ul{list-style:none;margin:0;padding:0;display:flex;white-space:nowrap;overflow-x:auto;scrollbar-width:none}
.kl-nav li{position:relative}
.kl-nav a{display:block;padding:13px 11px}
.kl-nav .kl-sub{display:none;position:absolute;top:100%;left:0;background:#fff;box-shadow:0 6px 18px rgba(0,0,0,.12);min-width:190px;flex-direction:column;padding:6px 0}
.kl-nav li:hover>.kl-sub{display:flex}
.kl-nav .kl-sub a{font-weight:400;padding:9px 16px}
.kl-trend{font:13px/1 "Noto Sans",Arial,sans-serif;display:flex;gap:10px;padding:10px 0;overflow:hidden;white-space:nowrap}
.kl-trend b{color:var(--kl-red);text-transform:uppercase}
.kl-trend a{color:#333;border:1px solid var(--kl-line);border-radius:14px;padding:5px 10px}
.kl-drawer{position:fixed;top:0;left:-320px;width:300px;height:100%;background:#fff;overflow:auto;z-index:99;transition:left .2s}
.kl-drawer.open{left:0}
.kl-ad{background:var(--kl-bg);display:flex;align-items:center;justify-content:center;margin:14px auto;position:relative}
.kl-ad:before{content:"Advertisement";position:absolute;top:-15px;left:0;right:0;text-align:center;font:10px/1 Arial,sans-serif;color:#999;letter-spacing:.5px;text-transform:uppercase}
.kl-ad--lb{width:970px;max-width:100%;min-height:90px}
.kl-ad--mrec{width:300px;min-height:250px}
.kl-ad--hp{width:300px;min-height:600px}
.kl-ad--inarticle{width:336px;min-height:280px}
.kl-crumb{font:12px/1 "Noto Sans",Arial,sans-serif;color:var(--kl-grey);padding:14px 0;display:flex;gap:6px}
.kl-crumb a:after{content:"›";margin-left:6px;color:#bbb}
.kl-main{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:36px}
.kl-story h1{font:700 34px/1.22 "Playfair Display",Georgia,serif;margin:4px 0 12px}
.kl-story__dek{font:400 19px/1.45 "Noto Serif",Georgia,serif;color:#3b3b3b;margin:0 0 14px}
.kl-by{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font:13px/1.4 "Noto Sans",Arial,sans-serif;color:var(--kl-grey);border-top:1px solid var(--kl-line);border-bottom:1px solid var(--kl-line);padding:10px 0}
.kl-by a{color:var(--kl-blue);font-weight:600}
.kl-by__sep{color:#ccc}
.kl-actions{margin-left:auto;display:flex;gap:8px}
.kl-actions button{width:32px;height:32px;border-radius:50%;border:1px solid var(--kl-line);background:#fff}
.kl-fig{margin:18px 0;position:relative}
.kl-fig__hover{position:absolute;left:0;right:0;bottom:0;padding:8px 12px;background:linear-gradient(transparent,rgba(0,0,0,.7));color:#fff;font:13px/1.35 "Noto Sans",Arial,sans-serif;opacity:0;transition:opacity .2s}
.kl-fig:hover .kl-fig__hover{opacity:1}
.kl-fig figcaption{font:13px/1.4 "Noto Sans",Arial,sans-serif;color:#555;padding:8px 0;border-bottom:1px solid var(--kl-line)}
.kl-body{font-size:18px;line-height:1.7}
.kl-body p{margin:0 0 20px}
.kl-body h2{font:700 22px/1.3 "Noto Sans",Arial,sans-serif;margin:28px 0 12px}
.kl-body ul{margin:0 0 20px 20px;padding:0}
.kl-body li{margin:0 0 8px}
.kl-body table{border-collapse:collapse;width:100%;font:15px/1.4 "Noto Sans",Arial,sans-serif;margin:0 0 22px}
.kl-body th,.kl-body td{border:1px solid var(--kl-line);padding:8px 10px;text-align:left}
.kl-body th{background:var(--kl-bg)}
.kl-also,.kl-body .alsoRead{font:600 16px/1.45 "Noto Sans",Arial,sans-serif;border-left:3px solid var(--kl-red);padding:4px 0 4px 12px}
.kl-also a,.kl-body .alsoRead a{color:var(--kl-blue)}
.kl-watch{font:600 16px/1.45 "Noto Sans",Arial,sans-serif;background:#fbf5ec;padding:10px 12px}
.kl-watch a{color:#8a4b00}
.kl-watch__player{margin-top:10px;aspect-ratio:16/9;background:#000}
.kl-watch__player iframe{width:100%;height:100%;border:0}
.kl-readmore{margin:10px 0 16px;font:14px/1.5 "Noto Sans",Arial,sans-serif;color:#444}
.kl-share{display:flex;align-items:center;gap:10px;margin:22px 0;font:700 12px/1 "Noto Sans",Arial,sans-serif;letter-spacing:.6px}
.kl-share a,.kl-share button{width:36px;height:36px;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;border:0;color:#fff}
.kl-share .fb{background:#1877f2}.kl-share .tw{background:#000}.kl-share .wa{background:#25d366}.kl-share .li{background:#0a66c2}.kl-share .cp{background:#777}
.kl-tags{display:flex;flex-wrap:wrap;gap:8px;margin:18px 0}
.kl-tags a{font:13px/1 "Noto Sans",Arial,sans-serif;border:1px solid var(--kl-line);padding:7px 10px;border-radius:3px}
.kl-author{display:flex;gap:14px;border:1px solid var(--kl-line);padding:16px;margin:22px 0;font:14px/1.5 "Noto Sans",Arial,sans-serif}
.kl-author img{width:64px;height:64px;border-radius:50%}
.kl-author h4{margin:0 0 4px;font-size:16px}
.kl-join{background:#111;color:#fff;padding:22px;margin:26px 0;font:14px/1.5 "Noto Sans",Arial,sans-serif}
.kl-join h3{margin:0 0 8px;font:700 20px/1.2 "Playfair Display",Georgia,serif}
.kl-join ul{padding-left:18px;margin:8px 0 14px}
.kl-nl{border:2px solid var(--kl-red);padding:18px;margin:26px 0;font:14px/1.5 "Noto Sans",Arial,sans-serif}
.kl-nl form{display:flex;gap:8px;margin-top:10px}
.kl-nl input{flex:1;padding:9px;border:1px solid #ccc}
.kl-rail h3{font:700 16px/1 "Noto Sans",Arial,sans-serif;text-transform:uppercase;border-bottom:2px solid #111;padding-bottom:8px;margin:24px 0 10px}
.kl-mostread ol{list-style:none;counter-reset:mr;margin:0;padding:0}
.kl-mostread li{counter-increment:mr;display:flex;gap:10px;padding:10px 0;border-bottom:1px solid var(--kl-line);font:600 14px/1.4 "Noto Sans",Arial,sans-serif}
.kl-mostread li:before{content:counter(mr);font:700 26px/1 "Playfair Display",Georgia,serif;color:var(--kl-red);min-width:22px}
.kl-related{margin:30px 0}
.kl-related h3{font:700 18px/1 "Noto Sans",Arial,sans-serif;border-bottom:2px solid #111;padding-bottom:8px}
.kl-card{display:flex;gap:12px;padding:12px 0;border-bottom:1px solid var(--kl-line)}
.kl-card img{width:120px;height:68px;object-fit:cover}
.kl-card h4{margin:0 0 4px;font:600 15px/1.35 "Noto Sans",Arial,sans-serif}
.kl-card time{font:12px/1 "Noto Sans",Arial,sans-serif;color:var(--kl-grey)}
.kl-vrail li{list-style:none;margin:0 0 12px;font:13px/1.4 "Noto Sans",Arial,sans-serif}
.kl-vrail span{background:#000;color:#fff;font-size:11px;padding:1px 4px;margin-right:6px}
.kl-foot{background:#141414;color:#bbb;margin-top:40px;padding:34px 0 20px;font:13px/1.6 "Noto Sans",Arial,sans-serif}
.kl-foot a{color:#ddd}
.kl-foot__cols{display:grid;grid-template-columns:repeat(4,1fr);gap:24px}
.kl-foot__cols h5{color:#fff;font-size:14px;margin:0 0 10px;text-transform:uppercase}
.kl-foot__cols ul{list-style:none;margin:0;padding:0}
.kl-sister{display:flex;flex-wrap:wrap;gap:10px 18px;border-top:1px solid #333;border-bottom:1px solid #333;padding:16px 0;margin:22px 0}
.kl-sister li{list-style:none}
.kl-follow{display:flex;gap:12px;align-items:center}
.kl-copy{color:#888;font-size:12px;margin-top:14px}
.kl-toast{position:fixed;bottom:20px;left:50%;transform:translateX(-50%);background:#222;color:#fff;padding:10px 16px;border-radius:4px;display:none;font:13px/1 "Noto Sans",Arial,sans-serif}
.kl-consent{position:fixed;left:0;right:0;bottom:0;background:#fff;box-shadow:0 -4px 16px rgba(0,0,0,.15);padding:16px;z-index:120;font:13px/1.5 "Noto Sans",Arial,sans-serif;display:none}
.kl-consent.show{display:block}
.kl-consent__btns{display:flex;gap:10px;margin-top:10px}
@media (max-width:1024px){.kl-main{grid-template-columns:1fr}.kl-rail{display:none}.kl-foot__cols{grid-template-columns:repeat(2,1fr)}}
@media (max-width:640px){.kl-story h1{font-size:26px}.kl-story__dek{font-size:17px}.kl-body{font-size:17px}.kl-today,.kl-weather{display:none}.kl-ad--lb{min-height:50px}}
"""

SVG = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
<symbol id="i-fb" viewBox="0 0 24 24"><path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4.3V10H7v4h3v8h4v-8h3l1-4h-4V8.6c0-.4.3-.6.6-.6z"/></symbol>
<symbol id="i-x" viewBox="0 0 24 24"><path d="M17.7 3h3.1l-6.8 7.8L22 21h-6.3l-4.9-6.4L5.2 21H2.1l7.3-8.3L1.8 3h6.4l4.4 5.8L17.7 3zm-1.1 16.2h1.7L7.3 4.7H5.5l11.1 14.5z"/></symbol>
<symbol id="i-wa" viewBox="0 0 24 24"><path d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm5.3 14.1c-.2.6-1.3 1.2-1.8 1.2-.5.1-1 .2-3.3-.7-2.8-1.1-4.6-4-4.7-4.2-.1-.2-1.1-1.5-1.1-2.9s.7-2.1 1-2.4c.3-.3.6-.3.8-.3h.6c.2 0 .4 0 .6.5l.9 2.1c.1.2.1.4 0 .6l-.4.6-.4.4c-.1.1-.3.3-.1.6.2.3.8 1.3 1.7 2.1 1.2 1 2.1 1.3 2.4 1.5.3.1.5.1.6-.1l.9-1c.2-.3.4-.2.7-.1l2 .9c.3.2.5.2.6.4.1.1.1.7-.1 1.3z"/></symbol>
<symbol id="i-in" viewBox="0 0 24 24"><path d="M4.98 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM3 9.5h4V21H3zM9.5 9.5h3.8v1.6h.1c.5-1 1.8-2 3.8-2 4 0 4.8 2.6 4.8 6V21h-4v-5.2c0-1.3 0-2.9-1.8-2.9s-2 1.4-2 2.8V21h-4z"/></symbol>
<symbol id="i-link" viewBox="0 0 24 24"><path d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2.1 2.1-1.4-1.4 2.1-2.1a1 1 0 1 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0zM13.4 10.6a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2.1-2.1 1.4 1.4-2.1 2.1a1 1 0 1 0 1.4 1.4L12 10.6a1 1 0 0 1 1.4 0z"/></symbol>
<symbol id="i-bookmark" viewBox="0 0 24 24"><path d="M6 2h12a1 1 0 0 1 1 1v19l-7-4-7 4V3a1 1 0 0 1 1-1z"/></symbol>
<symbol id="i-font" viewBox="0 0 24 24"><path d="M9 4h2l6 16h-2.2l-1.5-4H6.7l-1.5 4H3L9 4zm-1.6 10h5.2L10 7.1 7.4 14z"/></symbol>
<symbol id="i-search" viewBox="0 0 24 24"><path d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"/></symbol>
<symbol id="i-play" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"/></symbol>
</svg>"""


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s.replace("’", "").replace("₹", ""))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:80]


def fake_id(seed, n):
    return str(10 ** 14 + (seed * 7919 + n * 104729) % (9 * 10 ** 14))




# ---------------------------------------------------------------- the theme's inlined stylesheet (critical CSS for every component)

_CSS_PROPS = ["display:flex", "display:grid", "display:block", "display:inline-block", "display:none", "position:relative", "position:absolute",
              "margin:0", "margin:0 auto", "margin:0 0 12px", "margin-top:16px", "padding:0", "padding:8px 12px", "padding:12px 0", "padding:16px",
              "gap:8px", "gap:16px", "gap:24px", "font-size:12px", "font-size:13px", "font-size:14px", "font-size:16px", "font-size:18px",
              "font-size:22px", "font-weight:400", "font-weight:600", "font-weight:700", "line-height:1.2", "line-height:1.4", "line-height:1.6",
              "color:#111", "color:#333", "color:#555", "color:#777", "color:#fff", "background:#fff", "background:#f5f5f5", "background:#111",
              "border:0", "border-bottom:1px solid #e5e5e5", "border-top:1px solid #e5e5e5", "border-radius:2px", "border-radius:4px",
              "border-radius:50%", "width:100%", "max-width:100%", "height:auto", "min-height:1px", "align-items:center", "align-items:flex-start",
              "justify-content:space-between", "justify-content:center", "flex-wrap:wrap", "flex:1 1 auto", "overflow:hidden",
              "white-space:nowrap", "text-overflow:ellipsis", "text-transform:uppercase", "letter-spacing:.04em", "text-decoration:none",
              "cursor:pointer", "transition:opacity .2s ease", "opacity:.9", "z-index:10", "object-fit:cover", "aspect-ratio:16/9",
              "box-shadow:0 2px 6px rgba(0,0,0,.12)", "vertical-align:middle", "list-style:none", "text-align:center"]
_CSS_PARTS = ["header", "nav", "menu", "item", "link", "logo", "search", "button", "icon", "card", "title", "meta", "date", "author",
              "image", "caption", "list", "grid", "row", "col", "section", "widget", "footer", "social", "share", "tag", "badge", "label",
              "teaser", "rail", "ticker", "banner", "ad", "modal", "overlay", "toast", "form", "input", "tab", "panel", "slider", "thumb"]
_CSS_MODS = ["", "--active", "--small", "--large", "--dark", "--light", "--featured", "__inner", "__wrap", "__body", "__head", "__text"]


def theme_css(prefix, seed, n=260):
    import random as _r
    rng = _r.Random(seed)
    out, seen = [], set()
    while len(out) < n:
        sel = f".{prefix}-{rng.choice(_CSS_PARTS)}{rng.choice(_CSS_MODS)}"
        if rng.random() < 0.35:
            sel += f" .{prefix}-{rng.choice(_CSS_PARTS)}"
        if sel in seen:
            continue
        seen.add(sel)
        rules = ";".join(rng.sample(_CSS_PROPS, rng.randint(2, 7)))
        out.append(f"{sel}{{{rules}}}")
        if rng.random() < 0.18:
            out.append(f"@media (max-width:{rng.choice([480, 640, 768, 1024])}px){{{sel}{{{';'.join(rng.sample(_CSS_PROPS, rng.randint(1, 3)))}}}}}")
    return "\n".join(out)


# ---------------------------------------------------------------- page parts

V1 = ["Ad", "Bid", "Quant", "Pix", "Met", "Sig", "Aud", "Reach", "Tap", "Loop", "Nim", "Orb", "Vert", "Clar", "Stel",
      "Kin", "Lum", "Zep", "Cad", "Mox", "Fer", "Tes", "Yon", "Hal", "Vya", "Ank", "Tara"]
V2 = ["exa", "ify", "ora", "ium", "lytics", "stream", "hub", "works", "grid", "cast", "ly", "io", "wave", "sense", "kart"]
V3 = ["Media", "Labs", "Pvt Ltd", "Technologies", "Solutions", "Analytics", "Advertising", "Data", "Networks", "Inc."]


def vendor_list(seed):
    rng = _random.Random(seed)
    out, seen = [], set()
    while len(out) < 78:
        stem = rng.choice(V1) + rng.choice(V2)
        if stem in seen:
            continue
        seen.add(stem)
        out.append({"id": 3 + len(out) * 6 + rng.randint(0, 5), "name": f"{stem} {rng.choice(V3)}",
                    "p": sorted(rng.sample(range(1, 11), rng.randint(1, 6))), "li": sorted(rng.sample(range(2, 11), rng.randint(0, 3))),
                    "sf": sorted(rng.sample([1, 2], rng.randint(0, 2))), "url": f"https://{stem.lower()}.example/privacy",
                    "maxAge": rng.choice([86400, 7776000, 31536000, 63072000])})
    return _json.dumps(out, separators=(",", ":"))


def bidder_config(m):
    sec = slug(m["section"])
    units = {}
    for code in ("atf_728", "rhs_300_1", "rhs_300_2", "rhs_300_3", "mid_336", "btf_728", "sticky_320"):
        units[code] = [{"bidder": b, "params": {"pid": f"{b[:2]}{int(m['story_id'][-5:]) % 7919 + i * 13}", "section": sec}}
                       for i, b in enumerate(["adnexa", "vyacast", "orbify", "tarawave", "ankhub", "stelio"])]
    return _json.dumps({"timeout": 1400, "units": units, "currency": "INR", "floors": {"atf_728": 42, "mid_336": 28}},
                       separators=(",", ":"))


def widget_state(m):
    """Initial state of the header/rail widgets (weather, live score, markets, fuel prices) the client hydrates."""
    rng = _random.Random(int(m["story_id"][-6:]))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return _json.dumps({
        "weather": {"city": m["city"], "now": {"t": m["temp"], "sky": m["sky"], "hum": m["hum"], "wind": m["wind"]},
                    "hourly": [{"h": h, "t": m["temp"] + rng.randint(-4, 3), "rain": rng.randint(0, 90)} for h in range(24)],
                    "daily": [{"d": days[i], "max": m["temp"] + rng.randint(0, 4), "min": m["temp"] - rng.randint(4, 9)} for i in range(7)]},
        "markets": [{"n": n, "v": round(rng.uniform(100, 80000), 2), "c": round(rng.uniform(-1.8, 1.8), 2)}
                    for n in ("Ledger Index 50", "South 100", "Gold (10g)", "Silver (1kg)", "USD/INR", "Brent")],
        "fuel": [{"city": c, "petrol": round(rng.uniform(96, 112), 2), "diesel": round(rng.uniform(84, 98), 2)}
                 for c in ("Bengaluru", "Chennai", "Hyderabad", "Kochi", "Mysuru", "Mangaluru", "Coimbatore", "Madurai",
                           "Visakhapatnam", "Vijayawada", "Thiruvananthapuram", "Kozhikode")],
        "cricket": {"live": False, "next": {"teams": ["Bengaluru Strikers", "Chennai Rangers"], "venue": "Mysuru"}},
    }, separators=(",", ":"))


STORY_WORDS = ["Monsoon", "Temple", "Coastal", "Metro", "Filter coffee", "Startup", "Harvest", "Backwaters", "Heritage",
               "Festival", "Market", "Ghat road", "Railway", "Island", "Forest", "Lake", "Spice", "Handloom"]


def webstories_state(m):
    """The 'Web Stories' carousel: poster cards the client renders below the fold."""
    rng = _random.Random(int(m["story_id"][-7:]) + 5)
    items = []
    for i in range(22):
        w1, w2 = rng.sample(STORY_WORDS, 2)
        title = f"{w1} trail: {rng.randint(5, 12)} {w2.lower()} stops in {rng.choice(['Karnataka', 'Kerala', 'Tamil Nadu', 'Telangana', 'Andhra Pradesh'])}"
        sid = fake_id(i + 40, rng.randint(1, 28))
        items.append({"id": sid, "title": title, "slides": rng.randint(6, 14),
                      "poster": {"src": f"{IMG}/webstories/{sid}/poster-640x853.jpg", "srcset": [f"{IMG}/webstories/{sid}/poster-{w}.jpg {w}w" for w in (320, 480, 640)]},
                      "url": f"{HOST}/web-stories/{slug(title)}-{sid}.html", "views": rng.randint(800, 60000)})
    return _json.dumps({"title": "Web Stories", "items": items}, ensure_ascii=False, separators=(",", ":"))


def schedule_state(m):
    rng = _random.Random(int(m["story_id"][-5:]) + 9)
    teams = ["Bengaluru Strikers", "Chennai Rangers", "Kochi Tuskers", "Hyderabad Hawks", "Mysuru Royals", "Madurai Panthers",
             "Vizag Mariners", "Coimbatore Kings"]
    out = []
    for i in range(30):
        t1, t2 = rng.sample(teams, 2)
        out.append({"match": i + 1, "home": t1, "away": t2, "venue": t1.split()[0], "day": rng.randint(1, 28),
                    "time": rng.choice(["15:30", "19:30"]), "status": rng.choice(["scheduled", "completed"])})
    return _json.dumps({"league": "South Zone T20", "matches": out}, separators=(",", ":"))


def menu_state():
    return _json.dumps({"drawer": [{"t": name, "u": url, "c": [{"t": x, "u": f"{url}/{slug(x)}"} for x in subs]} for name, url, subs in NAV],
                        "sister": [{"t": x, "u": f"https://{slug(x).replace('-', '')}.example/"} for x in SISTER],
                        "footer": [{"h": h, "l": [{"t": x, "u": f"/{slug(x)}"} for x in xs]} for h, xs in FOOTER_COLS]},
                       ensure_ascii=False, separators=(",", ":"))


def head(a, m):
    pub, mod = m["pub"], m.get("mod")
    title = m.get("title", a.headline)
    desc = m.get("desc") or a.summary or a.blocks[0].text
    img = m["og_image"]
    kw = ", ".join(m["tags"])
    ld_article = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a.url},
        "headline": a.headline, "description": desc, "keywords": kw,
        "datePublished": pub.isoformat(), "dateModified": (mod or pub).isoformat(),
        "inLanguage": "en", "articleSection": m["section"],
        "image": {"@type": "ImageObject", "url": img, "width": 1600, "height": 900},
        "publisher": {"@type": "Organization", "name": NAME, "url": HOST + "/",
                      "logo": {"@type": "ImageObject", "url": f"{IMG}/static/kl-logo-600x60.png", "width": 600, "height": 60}},
    }
    if not m.get("ld_no_author"):
        ld_article["author"] = [{"@type": "Person", "name": n, "url": f"{HOST}/author/{slug(n)}-{200 + i * 37}"} for i, n in enumerate(a.authors)]
    if m.get("ld_body"):
        ld_article["articleBody"] = " ".join(b.text for b in a.blocks if b.kind in ("paragraph", "heading", "list_item") and not b.optional)
    ld_crumb = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "item": {"@id": HOST + u, "name": n}}
        for i, (n, u) in enumerate(m["crumbs"])]}
    ld_org = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/",
              "sameAs": ["https://social.example/kaveriledger", "https://video.example/c/kaveriledger", "https://photos.example/kaveriledger"]}
    mod_meta = f'\n<meta property="article:modified_time" content="{mod.strftime("%Y-%m-%dT%H:%M:%SZ")}">' if mod else ""
    tag_meta = "\n".join(f'<meta property="article:tag" content="{attr(t)}">' for t in m["tags"])
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">
<title>{attr(title)} | {NAME}</title>
<meta name="description" content="{attr(desc)}">
<meta name="keywords" content="{attr(kw)}">
<meta name="news_keywords" content="{attr(kw)}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{a.url}">
<link rel="amphtml" href="{a.url.replace(HOST, HOST + '/amp')}">
<meta property="og:site_name" content="{NAME}">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_IN">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{a.url}">
<meta property="og:image" content="{img}">
<meta property="og:image:width" content="1600">
<meta property="og:image:height" content="900">
<meta property="article:published_time" content="{pub.strftime('%Y-%m-%dT%H:%M:%SZ')}">{mod_meta}
<meta property="article:section" content="{attr(m['section'])}">
<meta property="article:author" content="{HOST}/author/{slug(a.authors[0])}-200">
{tag_meta}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@kaveriledger">
<meta name="twitter:title" content="{attr(title)}">
<meta name="twitter:description" content="{attr(desc)}">
<meta name="twitter:image" content="{img}">
<meta name="theme-color" content="#c8102e">
<meta name="msapplication-TileColor" content="#c8102e">
<link rel="icon" type="image/png" sizes="32x32" href="{IMG}/static/favicon-32.png">
<link rel="apple-touch-icon" sizes="180x180" href="{IMG}/static/apple-touch-icon.png">
<link rel="manifest" href="/manifest.json">
<link rel="preconnect" href="https://fonts.kaveriledger.example" crossorigin>
<link rel="preconnect" href="https://ads.adgrid.example">
<link rel="dns-prefetch" href="https://metrics.tallyhub.example">
<link rel="preload" as="image" href="{img.replace('1600x900', '800x450')}">
<link rel="alternate" type="application/rss+xml" title="{NAME} - {attr(m['section'])}" href="{HOST}/rss/{slug(m['section'])}/rssfeed.xml">
<style>{CSS}{theme_css("kl", int(m["story_id"][-6:]), 180)}</style>
<script type="application/ld+json">{_json.dumps(ld_article, ensure_ascii=False)}</script>
<script type="application/ld+json">{_json.dumps(ld_crumb, ensure_ascii=False)}</script>
<script type="application/ld+json">{_json.dumps(ld_org, ensure_ascii=False)}</script>
<script>
window.dataLayer=window.dataLayer||[];
window.dataLayer.push({{"event":"page_meta","pageType":"articlePage","storyId":"{m['story_id']}","section":"{attr(m['section'])}","subSection":"{attr(m['sub'])}","author":"{attr('|'.join(a.authors))}","publishedDate":"{pub.strftime('%Y-%m-%d %H:%M')}","wordCount":{sum(len(b.text.split()) for b in a.blocks)},"contentType":"text","isPremium":"no","language":"english"}});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'tm.start':new Date().getTime(),event:'tm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tags.tallyhub.example/tm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','TM-KL7Q2M4');
</script>
<script>
var klConfig={{"env":"prod","cdn":"{IMG}","adUnitRoot":"/21804417/kaveriledger/web","lazyOffset":400,"infiniteScroll":false,"pwa":true,"commentsProvider":"none","paywall":{{"enabled":false,"meter":0}},"video":{{"player":"klplayer","autoplay":"muted-in-view"}}}};
window.adgrid=window.adgrid||{{cmd:[]}};
adgrid.cmd.push(function(){{
  adgrid.defineSlot('/21804417/kaveriledger/web/{slug(m['section'])}/article/atf_728',[[970,90],[728,90]],'kl-ad-top').addService(adgrid.pubads());
  adgrid.defineSlot('/21804417/kaveriledger/web/{slug(m['section'])}/article/rhs_300_1',[[300,250]],'kl-ad-rhs1').addService(adgrid.pubads());
  adgrid.defineSlot('/21804417/kaveriledger/web/{slug(m['section'])}/article/rhs_300_2',[[300,600],[300,250]],'kl-ad-rhs2').addService(adgrid.pubads());
  adgrid.defineSlot('/21804417/kaveriledger/web/{slug(m['section'])}/article/mid_336',[[336,280],[300,250]],'kl-ad-mid').addService(adgrid.pubads());
  adgrid.pubads().setTargeting('storyId','{m['story_id']}').setTargeting('section','{slug(m['section'])}').setTargeting('kw',{_json.dumps([slug(t) for t in m['tags']])});
  adgrid.pubads().enableLazyLoad({{fetchMarginPercent:200,renderMarginPercent:100}});
  adgrid.enableServices();
}});
</script>
<script async src="https://ads.adgrid.example/tag/js/adgrid.js"></script>
<script>
window.consentCfg={{"vendorListVersion":71,"cmpId":418,"geoRules":{{"EU":"opt-in","UK":"opt-in","IN":"notice","default":"notice"}},"purposes":[1,2,3,4,7,9,10],"cookieName":"kl_consent","expiryDays":180,"vendors":{vendor_list(int(m['story_id'][-4:]))}}};
window.klBidders={bidder_config(m)};
</script>
</head>"""


def header(m):
    today = m["today"]
    subnav = []
    for name, url, subs in NAV[:14]:
        subnav.append(f'<li><a href="{HOST}{url}" data-vars-event-label="{slug(name)}">{name}</a></li>')
    trend = "".join(f'<a href="{HOST}/topic/{slug(t)}">{t}</a>' for t in TRENDING[:6])
    return f"""
<body class="article-page section-{slug(m['section'])}" data-story-id="{m['story_id']}">
<noscript><iframe src="https://tags.tallyhub.example/ns.html?id=TM-KL7Q2M4" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
{SVG}
<div class="kl-consent" id="klConsent" role="dialog" aria-live="polite" aria-label="Cookie consent">
  <p><strong>We value your privacy.</strong> We and our partners use cookies to personalise content and ads and to analyse our traffic. Read our <a href="{HOST}/cookie-policy">Cookie Policy</a>.</p>
  <div class="kl-consent__btns"><button class="kl-btn kl-btn--solid" data-consent="all">Accept All</button><button class="kl-btn" data-consent="essential">Reject Non-Essential</button><button class="kl-btn" data-consent="manage">Manage Settings</button></div>
</div>
<header class="kl-top">
  <div class="kl-wrap kl-top__row">
    <div class="kl-top__left">
      <button class="kl-burger" aria-label="Menu" id="klBurger"><span></span><span></span><span></span></button>
      <span class="kl-explore">Explore</span>
      <form class="kl-search" action="{HOST}/search" role="search"><label for="klq" class="sr-only">Search</label><input id="klq" name="q" type="search" placeholder="Search"><button aria-label="Search"><svg width="16" height="16"><use href="#i-search"/></svg></button></form>
      <span class="kl-today" id="klToday">{short_day(today)}</span>
      <span class="kl-weather" id="klWeather"><i></i>{m['city']} {m['temp']}<sup>o</sup>C</span>
    </div>
    <a class="kl-logo" href="{HOST}/" aria-label="{NAME} home">Kaveri <em>Ledger</em></a>
    <div class="kl-top__right">
      <a href="{HOST}/games" class="kl-games">Games</a>
      <a href="{HOST}/epaper" class="kl-epaper">E-Paper</a>
      <a href="{HOST}/subscribe?ref=header" class="kl-btn kl-btn--solid">Subscribe</a>
      <button class="kl-btn" id="klSignIn">Sign In</button>
    </div>
  </div>
</header>
<nav class="kl-nav" aria-label="Main"><div class="kl-wrap"><ul>{''.join(subnav)}</ul></div></nav>
<aside class="kl-drawer" id="klDrawer" aria-hidden="true" data-source="#klMenuState"></aside>
<script type="application/json" id="klMenuState">{menu_state()}</script>
<div class="kl-wrap"><div class="kl-trend"><b>Trending</b>{trend}</div></div>
<div class="kl-wrap"><div class="kl-ad kl-ad--lb" id="kl-ad-top" data-slot="atf_728"></div></div>
"""


def figure(src, cap, credit, lazy=True):
    s = f' src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{src}" class="lazy"' if lazy else f' src="{src}"'
    return (f'<figure class="kl-fig">\n<picture><source media="(max-width:640px)" data-srcset="{src.replace("1600x900", "640x360")}">'
            f'<img{s} width="1600" height="900" alt="{attr(cap)}" title="{attr(cap)}"></picture>\n'
            f'<noscript><img src="{src}" width="1600" height="900" alt=""></noscript>\n'
            f'<div class="kl-fig__hover">{text(cap)}</div>\n'
            f'<figcaption>{text(cap)} <span class="kl-fig__credit">({credit})</span></figcaption>\n</figure>')


def story_links(pool_idx, pub):
    out = []
    for k in pool_idx:
        h, sec, back = POOL[k]
        d = (pub - _dt.timedelta(days=back)).replace(hour=7 + (k * 5) % 14, minute=(k * 17) % 60)
        path = f"cities/{sec}" if sec.split("-")[0] in ("bengaluru", "mysuru", "chennai", "mangaluru") else sec
        out.append((h, f"{HOST}/{path}/{slug(h)}-{fake_id(k, d.day)}.html", d))
    return out


def related_block(items):
    cards = "".join(
        f'<div class="kl-card" data-card="{i}"><figure class="kl-card__media"><a href="{u}"><picture><source media="(max-width:640px)" data-srcset="{IMG}/img/{d.year}/{d.month:02d}/{d.day:02d}/160x90/thumb_{i}.webp">'
        f'<img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{IMG}/img/{d.year}/{d.month:02d}/{d.day:02d}/240x135/thumb_{i}.jpg" width="120" height="68" alt=""></picture></a></figure>'
        f'<div class="kl-card__body"><h4 class="kl-card__hl"><a href="{u}">{text(h)}</a></h4><div class="kl-card__meta"><span>{byline_date(d)}</span></div></div></div>'
        for i, (h, u, d) in enumerate(items[:4]))
    return f'<section class="kl-related" aria-label="Related stories"><h3>Related Stories</h3>{cards}</section>'


def rail(m):
    mr = "".join(f'<li><a href="{HOST}/trending/{slug(h)}-{fake_id(i, 3)}.html">{text(h)}</a></li>' for i, h in enumerate(MOST_READ[:5]))
    vr = "".join(f'<li><a href="{HOST}/videos/{slug(h)}-{fake_id(i, 9)}.html"><span>{t}</span>{text(h)}</a></li>' for i, (h, t) in enumerate(VIDEO_RAIL[:2]))
    return f"""<aside class="kl-rail">
<div class="kl-ad kl-ad--mrec" id="kl-ad-rhs1" data-slot="rhs_300_1"></div>
<section class="kl-mostread" aria-label="Most read"><h3>Most Read</h3><ol>{mr}</ol></section>
<div class="kl-ad kl-ad--hp" id="kl-ad-rhs2" data-slot="rhs_300_2"></div>
<section class="kl-vrail"><h3>Latest Videos</h3><ul>{vr}</ul></section>
<section class="kl-wx-widget" data-widget="weather" data-source="#klWidgetState"></section>
<div class="kl-ad kl-ad--mrec" id="kl-ad-rhs3" data-slot="rhs_300_3"></div>
</aside>"""


def join_box():
    return f"""<div class="kl-join" id="klJoin">
<h3>Join {NAME}</h3>
<p>Create a free account and unlock features like</p>
<ul><li>Breaking-news alerts for your city</li><li>Personalised recommendations</li><li>Bookmark the stories you want to read later</li><li>Ad-lite reading on weekends</li></ul>
<button class="kl-btn kl-btn--solid" data-action="register">Create free account</button>
<p>Already have an account? <a href="{HOST}/login?ref=join">Sign In</a></p>
</div>"""


def newsletter(topic):
    return f"""<div class="kl-nl" id="klNewsletter">
<strong>The Ledger {topic}</strong>
<p>The day’s most important stories from the south, handpicked by our editors and delivered to your inbox every morning at 7.</p>
<form action="{HOST}/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address" aria-label="Email"><input type="hidden" name="list" value="{slug(topic)}"><button class="kl-btn kl-btn--solid">Sign Up</button></form>
<small>By signing up you agree to our <a href="{HOST}/privacy-policy">Privacy Policy</a>.</small>
</div>"""


def share(a):
    u = a.url
    return f"""<div class="kl-share" aria-label="Share"><span>SHARE THIS ARTICLE ON</span>
<a class="fb" href="https://social.example/share?u={u}" target="_blank" rel="noopener" aria-label="Share on Facebook"><svg width="16" height="16"><use href="#i-fb"/></svg></a>
<a class="tw" href="https://x.example/intent/post?url={u}" target="_blank" rel="noopener" aria-label="Share on X"><svg width="16" height="16"><use href="#i-x"/></svg></a>
<a class="wa" href="https://chat.example/send?text={u}" target="_blank" rel="noopener" aria-label="Share on WhatsApp"><svg width="16" height="16"><use href="#i-wa"/></svg></a>
<a class="li" href="https://pro.example/shareArticle?url={u}" target="_blank" rel="noopener" aria-label="Share on LinkedIn"><svg width="16" height="16"><use href="#i-in"/></svg></a>
<button class="cp" data-copy="{u}" aria-label="Copy link"><svg width="16" height="16"><use href="#i-link"/></svg></button>
<span class="kl-share__lbl">Copy</span>
</div>"""


def author_box(name, bio, aid):
    return f"""<div class="kl-author"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{IMG}/authors/{aid}.jpg" alt="{attr(name)}" width="64" height="64">
<div><h4><a href="{HOST}/author/{slug(name)}-{aid}">{text(name)}</a></h4><p>{text(bio)}</p><a href="{HOST}/author/{slug(name)}-{aid}" class="kl-author__more">Read more from {text(name.split()[0])}</a></div></div>"""


def footer(m):
    year = m["today"].year
    cols = "".join(f'<li><a href="{HOST}/{slug(x)}">{text(x)}</a></li>' for x in FOOTER_COLS[3][1][:7])
    return f"""
<footer class="kl-foot">
<div class="kl-wrap">
<div class="kl-foot__brand"><a class="kl-logo" href="{HOST}/">Kaveri <em>Ledger</em></a></div>
<div class="kl-foot__cols" data-source="#klMenuState"><div><h5>Company</h5><ul>{cols}</ul></div></div>
<div class="kl-follow"><span>Follow Us On</span>
<a href="https://social.example/kaveriledger" aria-label="Facebook"><svg width="18" height="18"><use href="#i-fb"/></svg></a>
<a href="https://x.example/kaveriledger" aria-label="X"><svg width="18" height="18"><use href="#i-x"/></svg></a>
<a href="https://pro.example/company/kaveriledger" aria-label="LinkedIn"><svg width="18" height="18"><use href="#i-in"/></svg></a>
<a href="https://chat.example/channel/kaveriledger" aria-label="WhatsApp channel"><svg width="18" height="18"><use href="#i-wa"/></svg></a>
</div>
<p class="kl-copy">Copyright © {year} Kaveri Digital Media Pvt Ltd. All rights reserved.</p>
</div>
</footer>
<div class="kl-toast" id="klToast">Story Saved</div>
<div class="kl-livescore" hidden>Live Score</div>
<script>
(function(){{
  var d=document,ls=window.localStorage;
  d.getElementById('klBurger').addEventListener('click',function(){{d.getElementById('klDrawer').classList.toggle('open');}});
  try{{if(!ls.getItem('kl_consent')){{d.getElementById('klConsent').classList.add('show');}}}}catch(e){{}}
  d.querySelectorAll('[data-consent]').forEach(function(b){{b.addEventListener('click',function(){{try{{ls.setItem('kl_consent',b.getAttribute('data-consent')+'|'+Date.now());}}catch(e){{}}d.getElementById('klConsent').classList.remove('show');window.dataLayer.push({{event:'consent_'+b.getAttribute('data-consent')}});}});}});
  d.querySelectorAll('[data-copy]').forEach(function(b){{b.addEventListener('click',function(){{navigator.clipboard&&navigator.clipboard.writeText(b.getAttribute('data-copy'));}});}});
  var io=('IntersectionObserver' in window)?new IntersectionObserver(function(es){{es.forEach(function(e){{if(e.isIntersecting){{var i=e.target;if(i.dataset.src){{i.src=i.dataset.src;}}i.classList.remove('lazy');io.unobserve(i);}}}});}},{{rootMargin:'400px'}}):null;
  d.querySelectorAll('img.lazy').forEach(function(i){{io?io.observe(i):(i.src=i.dataset.src);}});
}})();
</script>
<script>
!function(){{var t=window,e=document;t._tally=t._tally||[];t._tally.push(["init","KL-55120"],["track","pageview",{{story:"{m['story_id']}",section:"{attr(m['section'])}"}}]);var s=e.createElement("script");s.async=1;s.src="https://metrics.tallyhub.example/t.js";e.head.appendChild(s)}}();
</script>
<script type="application/json" id="klWidgetState">{widget_state(m)}</script>
<script type="application/json" id="klWebStories">{webstories_state(m)}</script>
<script type="application/json" id="klSchedule">{schedule_state(m)}</script>
<script async src="https://push.bellnote.example/sdk/v3.js" data-site="kaveriledger" data-prompt-delay="25"></script>
</body>
</html>"""


def render_body(items, style, invis):
    """The story body in "storyParagraphs" runs: every ad slot closes the run and opens a new one."""
    out = ['<div class="storyParagraphs">']
    for it in items:
        kind = it[0]
        if kind == "p":
            out.append(f"<p>{render(it[1], style, invis)}</p>")
        elif kind == "h2":
            out.append(f"<h2>{render(it[1], style, invis)}</h2>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{render(x, style, invis)}</li>" for x in it[1]) + "</ul>")
        elif kind == "table":
            rows = it[1]
            th = "".join(f"<th>{render(c, style)}</th>" for c in rows[0])
            tb = "".join("<tr>" + "".join(f"<td>{render(c, style)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<div class="kl-table-wrap"><table><thead><tr>{th}</tr></thead><tbody>{tb}</tbody></table></div>')
        elif kind == "fig":
            out.append(figure(it[1], it[2], it[3]))
        elif kind == "also":
            _, h, u, mode = it
            link = f'<a href="{u}" target="_blank">{render(h, style)}</a>'
            if mode == "p":
                out.append(f"<p>Also Read: {link}</p>")
            elif mode == "aside":
                out.append(f'<aside class="kl-also" data-type="related-inline"><strong>Also Read:</strong> {link}</aside>')
            else:
                out.append(f'<div class="alsoRead"><strong>Also Read:</strong> {link}</div>')
        elif kind == "watch":
            _, h, u, mode = it
            link = f'<a href="{u}" target="_blank">{render(h, style)}</a>'
            if mode == "p":
                out.append(f"<p>Watch: {link}</p>")
            elif mode == "player":
                vid = u.rsplit("-", 1)[-1].split(".")[0]
                out.append(f'<div class="kl-watch"><strong>Watch:</strong> {link}<div class="kl-watch__player"><iframe src="https://player.kaveriledger.example/embed/{vid}?autoplay=0&amp;mute=1" title="{attr(h)}" loading="lazy" allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen></iframe></div></div>')
            else:
                out.append(f'<div class="kl-watch"><strong>Watch:</strong> {link}</div>')
        elif kind == "ad":
            out.append('</div>\n<div class="kl-ad kl-ad--inarticle" id="kl-ad-mid" data-slot="mid_336"></div>\n<div class="storyParagraphs">')
        elif kind == "raw":
            out.append(it[1])
    out.append("</div>")
    return "\n".join(out)


def page(a, m, items):
    style, invis = m.get("style"), m.get("invis", ())
    pub, mod = m["pub"], m.get("mod")
    crumbs = "".join(f'<a href="{HOST}{u}">{n}</a>' for n, u in m["crumbs"][:-1]) + f'<span>{text(m["crumbs"][-1][0])}</span>'
    dek = f'<h2 class="kl-story__dek">{render(a.summary, style)}</h2>' if a.summary else ""
    author_links = " and ".join(f'<a href="{HOST}/author/{slug(n)}-{200 + i * 37}" rel="author">{text(n)}</a>' for i, n in enumerate(a.authors))
    upd = f'<span class="kl-by__sep">|</span><span class="kl-by__upd">Updated: {byline_date(mod)}</span>' if mod else ""
    lead = figure(m["og_image"], m["lead_cap"], m["lead_credit"], lazy=False) if m.get("lead_cap") else ""
    tags = "".join(f'<a href="{HOST}/topic/{slug(t)}">{text(t)}</a>' for t in m["tags"])
    more = f'<div class="kl-readmore"><strong>{text(m["readmore"][0])}</strong> <span>{text(m["readmore"][1])}</span> <a href="#" data-more>See more</a></div>'
    bio = author_box(*m["bio"]) if m.get("bio") else ""
    nl = newsletter(m["newsletter"]) if m.get("newsletter") else ""
    rel = related_block(story_links(m["related"], pub))
    return head(a, m) + header(m) + f"""
<main class="kl-wrap"><div class="kl-page">
<div class="kl-crumb" aria-label="Breadcrumb">{crumbs}</div>
<div class="kl-main"><div class="kl-main__col">
<div class="kl-story" id="story-{m['story_id']}" data-section="{attr(m['section'])}">
<article class="kl-story__head">
<h1 class="kl-story__hl">{render(a.headline, style)}</h1>
{dek}
<div class="kl-by"><span class="kl-by__name">By {author_links}</span><span class="kl-by__sep">|</span><span class="kl-by__date">{byline_date(pub)}</span>{upd}
<div class="kl-actions"><button aria-label="Bookmark" data-action="save"><svg width="14" height="14"><use href="#i-bookmark"/></svg></button><button aria-label="Text size"><svg width="14" height="14"><use href="#i-font"/></svg></button><button aria-label="Share" data-action="share"><svg width="14" height="14"><use href="#i-link"/></svg></button></div></div>
</article>
<section class="kl-content"><div class="kl-content__inner">
<div class="storyDetails" id="storyBody" data-words="{sum(len(b.text.split()) for b in a.blocks)}">
{lead}
<div class="kl-body">
{render_body(items, style, invis)}
</div>
</div>
</div></section>
{more}
{share(a)}
<div class="kl-tags"><span>Topics:</span>{tags}</div>
{bio}
{nl}
{join_box()}
{rel}
</div>
</div>
{rail(m)}
</div>
</div></main>
""" + footer(m)


def blocks_of(items, summary=""):
    out = [Block("paragraph", summary, optional=True)] if summary else []
    for it in items:
        if it[0] == "p":
            out.append(Block("paragraph", it[1]))
        elif it[0] == "h2":
            out.append(Block("heading", it[1]))
        elif it[0] == "ul":
            out += [Block("list_item", x) for x in it[1]]
        elif it[0] == "table":
            out.append(Block("table", "\n".join("\t".join(r) for r in it[1])))
        elif it[0] == "fig":
            out.append(Block("caption", it[2], optional=True))
    return out


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=IST)


def url_of(path, headline, sid):
    return f"{HOST}/{path}/{slug(headline)}-{sid}.html"


# ---------------------------------------------------------------- articles

ARTICLES = []

# 1 ------------------------------------------------------------------------------------------
H1 = "Mysuru lakes board clears ₹412-crore plan to desilt 18 tanks before monsoon"
SID1 = "101557811320457"
ITEMS1 = [
    ("p", "The Chamundi Lakes Development Board on Tuesday approved a ₹412-crore plan to remove silt and weeds from 18 lakes in and around Mysuru, promising that the first excavators will be on site well before the south-west monsoon reaches the district."),
    ("p", "The board’s chairperson, Suresh Kempaiah, told reporters after the meeting that the work would begin on June 3 and would cover close to 640 acres of water-spread area, from the western edge of the city to the tanks along the Hunsur road."),
    ("also", "Mysuru’s Dasara traffic plan: 14 roads to go one-way from next week", url_of("cities/mysuru-news", "mysuru dasara traffic plan 14 roads one way", "101557720114508"), "p"),
    ("p", "“We have lost almost a third of the storage capacity in these lakes over two decades because nobody removed the silt,” Kempaiah said. “If we finish the first phase by the end of July, the lakes will hold roughly 1.9 million cubic metres more water this year.”"),
    ("p", "According to the board’s own survey, carried out in February, the average depth of the 18 lakes has fallen from 4.2 metres to 2.8 metres since 2001. Water hyacinth covers more than half the surface of six of them."),
    ("fig", f"{IMG}/img/2019/05/14/1600x900/mysuru-lake-excavators_1557810911852_1557810920113.jpg", "Excavators parked on the bed of a partly dry lake on the outskirts of Mysuru on Monday.", "Ledger Photo"),
    ("p", "The plan, drawn up with the help of engineers from the Malnad Institute of Water Studies, splits the work into three phases. The first covers the seven lakes that recharge the wells supplying drinking water to the city’s older wards; the second and third take in the smaller tanks on the periphery."),
    ("watch", "Drone footage shows shrinking lakes across south Karnataka", url_of("videos", "drone footage shows shrinking lakes across south karnataka", "101557790022871"), "p"),
    ("p", "Silt removed from the lakes will be given free to farmers who apply through their gram panchayats, the board said. Officials estimate that around 11 lakh tonnes of silt will be dug out in the first phase alone."),
    ("ad",),
    ("p", "Residents’ groups welcomed the decision but said they had heard similar promises before. Meera Thimmaiah of the Mysuru Lake Walkers’ Collective, which has been documenting encroachments since 2014, said two earlier desilting contracts had been abandoned halfway."),
    ("p", "“The money is not the problem. The problem is that nobody checks whether the silt actually leaves the lake bed or is just pushed up against the bund,” she said. The collective has asked for an independent audit and for the contracts to be published online."),
    ("p", "Kempaiah said the tender documents would be uploaded to the board’s website within a week and that a third-party engineering firm would certify each phase before payment was released."),
    ("p", "The board has also set aside ₹38 crore to fence the lakes and build walking paths around four of them, a demand that neighbourhood associations have raised at every public meeting since 2016."),
    ("p", "Farmers downstream of the lakes are watching closely. “When the lakes were full, our borewells had water till March,” said Basavaraju N, who grows ragi and sugarcane on four acres near Varuna. “Now they go dry by January.”"),
    ("h2", "Sewage and encroachments"),
    ("p", "Desilting alone will not restore the lakes, researchers warned. A 2018 study by the Malnad Institute of Water Studies found that untreated sewage flowed into 11 of the 18 tanks through storm-water drains, and that the feeder channels of at least five had been built over by housing layouts and roads."),
    ("p", "“You can dig out every tonne of silt and the lake will fill up with sewage again in two monsoons if the inlets are not fixed,” said Dr Anitha Gowda, a hydrologist at the institute who worked on the study. She said the board’s plan provided diversion channels for only four lakes."),
    ("ad",),
    ("p", "Kempaiah said the city corporation had been asked to complete sewage diversion works at the remaining lakes by 2021, and that the board would not release money for the second phase until the corporation showed progress. Officials of the corporation did not respond to calls."),
    ("p", "The revenue department, meanwhile, has identified 46 acres of encroachments on lake beds and buffer zones, according to a list presented at Tuesday’s meeting. Notices have been served on 132 property owners, some of whom have gone to court."),
]
S1 = "The Chamundi Lakes Development Board says work will begin on June 3 and cover nearly 640 acres of water-spread area, but residents’ groups want an independent audit of the contracts"
A1 = Article(
    id=f"{SITE}-01", site=SITE, url=url_of("cities/mysuru-news", H1, SID1), language="en",
    headline=H1, published="2019-05-14T10:42:00+05:30", modified=None, authors=["Nandini Raghavan"],
    summary=S1, blocks=blocks_of(ITEMS1, S1),
    entities=[("Mysuru", "LOC"), ("Chamundi Lakes Development Board", "ORG"), ("Suresh Kempaiah", "PER"),
              ("Kempaiah", "PER"), ("Hunsur", "LOC"), ("Malnad Institute of Water Studies", "ORG"),
              ("Meera Thimmaiah", "PER"), ("Mysuru Lake Walkers’ Collective", "ORG"), ("Basavaraju N", "PER"),
              ("Varuna", "LOC"), ("Anitha Gowda", "PER")],
    phenomena=["localized-date", "nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "inline-related", "tag-list",
               "inline-video-teaser", "ad-slots", "most-read", "author-bio", "photo-caption", "standfirst",
               "decoy-date", "local-time-zone", "json-ld", "html-entities", "newsletter-box"],
    notes="Header date (May 16, 2019) is the site's 'today'; the byline time in IST is the publication time (article:published_time writes the same wall-clock time with a 'Z'). The photo caption is printed twice (hover title and figcaption) and is kept once, optional.",
)
M1 = dict(pub=dt(2019, 5, 14, 10, 42), today=_dt.date(2019, 5, 16), city="Mysuru", temp=31, sky="Partly cloudy", hum=48, wind=14,
          section="Cities", sub="Mysuru News", story_id=SID1, style=NAMED, ld_body=True, ld_no_author=True,
          crumbs=[("Home", "/"), ("Cities", "/cities"), ("Mysuru News", "/cities/mysuru-news"), (H1, "")],
          og_image=f"{IMG}/img/2019/05/14/1600x900/mysuru-lake-desilting_1557811274651_1557811284410.jpg",
          lead_cap="Water hyacinth covers a lake on the western edge of Mysuru. The board says six of the 18 lakes are more than half covered by the weed.",
          lead_credit="Ledger Photo",
          tags=["Mysuru", "Lakes", "Desilting", "Monsoon", "Chamundi Lakes Development Board", "Karnataka"],
          readmore=("Read breaking news, latest...", "Read breaking news and latest updates from Mysuru and the rest of Karnataka on civic issues, politics, crime and weather, along with national affairs."),
          bio=("Nandini Raghavan", "Nandini Raghavan is a senior correspondent in Mysuru who covers civic affairs, water and urban planning. She has reported from the old Mysore region for eleven years.", 200),
          newsletter="Morning Brief", related=[0, 1, 7, 10, 14])
A1.blocks.insert(1, Block("caption", M1["lead_cap"], optional=True))
ARTICLES.append((A1, M1, ITEMS1))

# 2 ------------------------------------------------------------------------------------------
H2 = "Kochi ferry service suspended after hull cracks found on two boats; 1,200 commuters stranded"
SID2 = "101660052418933"
SHY = "\u00ad"
ZW = "\u200b"
ITEMS2 = [
    ("p", "Ferry services connecting three islands to the Kochi mainland were suspended on Tuesday afternoon after engineers found cracks in the hulls of two boats during a routine inspection, leaving an estimated 1,200 evening commuters scrambling for other ways home."),
    ("p", "The Vembanad Waterways Corporation, which runs the 14-boat fleet, said it had pulled every vessel out of service as a precaution. Its managing director, Lathika Varghese, said the two damaged boats had been in service for less than three years."),
    ("also", "Kerala’s new boat-safety rules: life jackets compulsory on all passenger craft from September", url_of("kerala-news", "kerala new boat safety rules life jackets compulsory", "101659871102345"), "aside"),
    ("p", "“We are not going to take a chance with passengers on board. Every hull will be checked by an outside surveyor before a boat goes back into the water,” Varghese said, adding that the inspections would be completed by Thursday."),
    ("p", "The cracks, each between 30 and 45 centimetres long, were found near the waterline on the aluminium hulls of the boats Kayal and Nila. The corporation has asked the boatbuilder, Alappuzha-based Kuttanad Marine Works, to explain how the damage occurred."),
    ("fig", f"{IMG}/img/2022/08/09/1600x900/kochi-jetty-crowd_1660051911452_1660051920773.jpg", "Passengers wait at a private jetty in Kochi after the corporation’s ferries were withdrawn on Tuesday.", "Ledger Photo/Sanjay Pillai"),
    ("p", "At the main boat terminal in Ernakulam on Tuesday evening, office workers and students waited for more than two hours for the handful of private boats still running. Some paid ₹60 for a crossing that usually costs ₹20."),
    ("p", "“I left the office at six and I will reach home after nine,” said Shameer P, a bank clerk who lives on one of the islands. “There is no bus that goes all the way; the bridge is 11 kilometres away.”"),
    ("watch", "Kochi’s island commuters on what the ferry shutdown means for them", url_of("videos", "kochi island commuters on ferry shutdown", "101660060871120"), "div"),
    ("p", "The corporation carries about 9,800 passengers a day on its six routes. Ridership has grown by nearly 40% since the service was launched in 2020, according to figures presented at its annual meeting in June."),
    ("ad",),
    ("p", "District officials said they had asked the state-run bus corporation to run four extra buses on the bridge route until the boats were cleared, and had requested private operators to cap their fares."),
    ("p", "Commuter groups said the episode showed the service had no backup. Aneesh Joseph, convener of the Island Commuters’ Forum, said the corporation had promised three reserve boats in 2021 but none had been delivered."),
    ("p", "Varghese said two new boats were due from the yard in October. “Until then we will run a reduced timetable once the inspections are done. We will announce it by Wednesday night,” she said."),
]
S2 = "Vembanad Waterways Corporation says inspections of the rest of its 14-boat fleet will be completed by Thursday; islanders queue for hours at private jetties"
A2 = Article(
    id=f"{SITE}-02", site=SITE, url=url_of("kerala-news", H2, SID2), language="en",
    headline=H2, published="2022-08-09T19:15:00+05:30", modified="2022-08-10T09:05:00+05:30",
    authors=["Riya Kuriakose"], summary=S2, blocks=blocks_of(ITEMS2, S2),
    entities=[("Kochi", "LOC"), ("Vembanad Waterways Corporation", "ORG"), ("Lathika Varghese", "PER"),
              ("Varghese", "PER"), ("Kayal", "MISC"), ("Nila", "MISC"), ("Alappuzha", "LOC"),
              ("Kuttanad Marine Works", "ORG"), ("Ernakulam", "LOC"), ("Shameer P", "PER"),
              ("Aneesh Joseph", "PER"), ("Island Commuters’ Forum", "ORG")],
    phenomena=["localized-date", "nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "inline-related", "tag-list",
               "inline-video-teaser", "ad-slots", "most-read", "newsletter-box", "photo-caption", "standfirst",
               "decoy-date", "updated-date", "local-time-zone", "json-ld", "invisible-chars"],
    notes="Several body words carry soft hyphens or zero-width spaces in the markup; gold text is given without them. The 'Also Read' line sits in an <aside> between paragraphs and is excluded. Adjudicated with the second annotation: the visible 'Aug 09, 2022' dates use a month name, so localized-date applies (GUIDELINES 10).",
)
M2 = dict(pub=dt(2022, 8, 9, 19, 15), mod=dt(2022, 8, 10, 9, 5), today=_dt.date(2022, 8, 12), city="Kochi", temp=27,
          sky="Light rain", hum=86, wind=19, section="Kerala", sub="Kochi", story_id=SID2,
          invis=[("commuters", f"com{SHY}muters"), ("inspections", f"in{SHY}spec{SHY}tions"),
                 ("boatbuilder", f"boat{ZW}builder"), ("waterline", f"water{ZW}line"),
                 ("Ridership", f"Rider{SHY}ship"), ("precaution", f"pre{SHY}caution")],
          crumbs=[("Home", "/"), ("Kerala", "/kerala-news"), ("Kochi", "/kerala-news/kochi"), (H2, "")],
          og_image=f"{IMG}/img/2022/08/09/1600x900/kochi-ferry-hull_1660052311852_1660052320113.jpg",
          lead_cap=None,
          tags=["Kochi", "Ferry", "Water transport", "Commuters", "Kerala"],
          readmore=("Read breaking news, latest...", "Read breaking news and latest updates from Kochi and across Kerala on transport, civic issues and politics."),
          newsletter="Kerala Evening Edition", related=[4, 6, 15, 18, 2])
ARTICLES.append((A2, M2, ITEMS2))

# 3 ------------------------------------------------------------------------------------------
H3 = "Chennai start-up’s ₹4-lakh dialysis unit clears clinical trial, eyes district hospitals"
SID3 = "101729250172114"
ITEMS3 = [
    ("p", "A portable dialysis unit built by a Chennai start-up has cleared a 14-month clinical trial at three hospitals in Tamil Nadu, putting the company on course to sell the machine to district hospitals at roughly a third of the price of imported units."),
    ("p", "Nephrokit Medsystems said on Friday that the trial, which enrolled 212 patients with end-stage kidney disease, found no significant difference in treatment outcomes between its machine and the imported units the hospitals already use. The results are yet to be published in a peer-reviewed journal."),
    ("also", "Madurai hospital’s free kidney-transplant scheme crosses 100 surgeries", url_of("tamil-nadu-news", "madurai hospital free kidney transplant scheme crosses 100", "101728991044127"), "div"),
    ("h2", "What the trial found"),
    ("p", "Patients in the trial received a total of 18,430 dialysis sessions. The rate of complications such as a drop in blood pressure during treatment was 6.1% on the new machine and 6.4% on the imported units, according to data shared by the company."),
    ("p", "“The numbers tell us the machine is as safe as what our patients are used to, and it uses about 30% less water per session,” said Dr Kavitha Sundaresan, a nephrologist at the Noyyal Medical Centre in Coimbatore, which led the trial."),
    ("table", [["Feature", "Nephrokit NK-4", "Typical imported unit"],
               ["Price (₹ lakh)", "4.2", "11–14"],
               ["Water per session (litres)", "85", "120"],
               ["Power draw (kW)", "1.1", "1.6"],
               ["Weight (kg)", "38", "75"]]),
    ("watch", "How a dialysis session works, explained in 90 seconds", url_of("videos", "how a dialysis session works explained", "101729001187365"), "player"),
    ("h2", "Why price matters"),
    ("p", "Most district hospitals in the state have between four and ten dialysis machines, and patients in smaller towns often travel more than 100 kilometres for each session, two or three times a week, according to a market study commissioned by the company."),
    ("p", "Nephrokit’s co-founder and chief executive, Pradeep Anandan, said the NK-4 was designed to be repaired by hospital technicians without flying in engineers. “Most breakdowns in a district hospital are not complicated. The problem is that the spare part and the engineer both come from abroad,” he said."),
    ("ad",),
    ("p", "The company says 80% of the machine’s components are made in India, including the pump and the water-treatment module, which is built by a supplier in Hosur."),
    ("p", "India imports most of its dialysis machines, and the number of patients needing regular treatment has grown faster than hospitals can add capacity. The Tamil Nadu health department estimates that about 9,000 patients in the state are on maintenance dialysis, and that another 1,500 join them every year."),
    ("p", "Private dialysis chains have expanded into smaller towns, but their centres are concentrated in district headquarters, leaving patients in rural blocks with long journeys. Public hospitals charge little or nothing for sessions, but waiting lists at some run to several weeks."),
    ("p", "“The bottleneck is not just the machine,” said Dr Lakshmi Narayanan, who runs the dialysis unit at a government hospital in Tiruvannamalai. “It is the technician, the water plant, the consumables. A cheaper machine helps, but only if the rest of the chain is funded.”"),
    ("h2", "Next steps"),
    ("p", "Nephrokit plans to apply for the regulatory clearance needed for commercial sale by December and has begun talks with two state health departments, Anandan said, without naming them. It is also raising ₹60 crore from investors to expand its factory in Sriperumbudur from 40 machines a month to 150."),
    ("p", "Doctors not involved in the trial were cautiously positive. Dr Joseph Mathai, a kidney specialist in Thiruvananthapuram, said the results needed to be published and scrutinised before hospitals signed contracts. “A trial run by the company that sells the product is a start, not an end,” he said."),
    ("p", "Sundaresan said the trial team had submitted its paper to a journal in September and that the full data would be made public once it was accepted."),
    # Longer story (realism wave: body length): one more reported section before the closing company background.
    ("h2", "What patients say"),
    ("p", "For patients, distance matters most. Selvi Murugan, a 52-year-old tailor from Pollachi who took part at the Noyyal Medical Centre, has travelled 45 kilometres by bus three times a week for four years. “If a machine like this comes to our taluk hospital, I lose half a day, not a whole day,” she said."),
    ("p", "The Tamil Nadu Kidney Patients’ Welfare Forum has asked the health department to place the first machines in taluk hospitals."),
    ("p", "Nephrokit was founded in 2019 by Anandan and two biomedical engineers from a Chennai engineering college. It has raised about ₹35 crore so far, most of it from a health-focused venture fund and a government-backed start-up scheme, and employs 64 people."),
]
S3 = "Nephrokit Medsystems says its machine matched imported units on safety in a 212-patient trial; independent doctors want the data published first"
A3 = Article(
    id=f"{SITE}-03", site=SITE, url=url_of("business", H3, SID3), language="en",
    headline=H3, published="2024-10-18T16:49:00+05:30", modified=None, authors=["Vikram Iyer"],
    summary=S3, blocks=blocks_of(ITEMS3, S3),
    entities=[("Chennai", "LOC"), ("Tamil Nadu", "LOC"), ("Nephrokit Medsystems", "ORG"), ("Nephrokit", "ORG"),
              ("Kavitha Sundaresan", "PER"), ("Sundaresan", "PER"), ("Noyyal Medical Centre", "ORG"),
              ("Coimbatore", "LOC"), ("Nephrokit NK-4", "MISC"), ("NK-4", "MISC"), ("Pradeep Anandan", "PER"),
              ("Anandan", "PER"), ("India", "LOC"), ("Hosur", "LOC"), ("Sriperumbudur", "LOC"),
              ("Joseph Mathai", "PER"), ("Thiruvananthapuram", "LOC"), ("Lakshmi Narayanan", "PER"), ("Tiruvannamalai", "LOC"),
              ("Selvi Murugan", "PER"), ("Pollachi", "LOC"), ("Tamil Nadu Kidney Patients’ Welfare Forum", "ORG")],
    phenomena=["localized-date", "nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "inline-related", "tag-list",
               "inline-video-teaser", "ad-slots", "most-read", "author-bio", "photo-caption", "standfirst",
               "decoy-date", "local-time-zone", "json-ld", "html-entities", "subheadings", "table-in-body",
               "title-differs-from-headline", "iframe-embeds"],
    notes="The <title> is an SEO rewrite of the headline. The 'Watch' insert carries an embedded video player iframe and is excluded from the body; the lead photo caption is kept once, optional.",
)
M3 = dict(pub=dt(2024, 10, 18, 16, 49), today=_dt.date(2024, 10, 21), city="Chennai", temp=30, sky="Thunderstorm", hum=79, wind=11,
          section="Business", sub="Start-ups", story_id=SID3, style=NUMERIC, ld_body=True, ld_no_author=True,
          title="Low-cost dialysis machine from Chennai passes clinical trial: what it means for patients",
          crumbs=[("Home", "/"), ("Business", "/business"), ("Start-ups", "/business/start-ups"), (H3, "")],
          og_image=f"{IMG}/img/2024/10/18/1600x900/dialysis-unit-chennai_1729249911852_1729249920113.jpg",
          lead_cap="A technician checks the water-treatment module of the NK-4 dialysis unit at the company’s factory near Chennai.",
          lead_credit="Handout",
          tags=["Chennai", "Start-ups", "Healthcare", "Dialysis", "Medical devices", "Tamil Nadu"],
          readmore=("Read business news, latest...", "Read business news and latest updates on start-ups, markets, personal finance and the economy from south India and beyond."),
          bio=("Vikram Iyer", "Vikram Iyer writes on health-tech, manufacturing and start-ups from Chennai. Before joining the Ledger in 2019 he covered the pharmaceutical industry for a trade journal.", 274),
          newsletter=None, related=[3, 9, 19, 8, 16])
A3.blocks.insert(1, Block("caption", M3["lead_cap"], optional=True))
ARTICLES.append((A3, M3, ITEMS3))

# 4 ------------------------------------------------------------------------------------------
H4 = "Mangaluru fishing harbour to get ₹96-crore cold-storage hub; boat owners say dredging should come first"
SID4 = "101511750893120"
ITEMS4 = [
    ("p", "Mangaluru, Nov 26: The fishing harbour at Bunder will get a ₹96-crore cold-storage and processing hub under a plan cleared by the Coastal Fisheries Infrastructure Board on Sunday, but boat owners say the money would be better spent first on dredging the silted-up channel."),
    ("p", "The hub, to be built on 7.5 acres of reclaimed land next to the auction hall, will have storage for 3,000 tonnes of fish, an ice plant producing 200 tonnes a day and space for 40 small processing units, board secretary Harish Shetty said."),
    ("p", "“Right now a boat that comes in with a good catch has to sell it the same morning at whatever price the agents offer, because there is nowhere to keep it,” Shetty said. “Cold storage gives the fishermen a few days of bargaining power.”"),
    ("also", "Udupi fishermen to get satellite phones ahead of cyclone season", url_of("karnataka-news", "udupi fishermen to get satellite phones ahead of cyclone season", "101511490077213"), "p"),
    ("p", "The board has listed the main parts of the project:"),
    ("ul", ["a cold store with six chambers of 500 tonnes each",
            "an ice plant and a chilled-water storage tank",
            "40 sheds for women-run drying and processing units",
            "a waste-water treatment plant to stop effluent flowing into the Netravati estuary"]),
    ("p", "Work is expected to start in March and take about two years. The board will pay 60% of the cost and the rest will come from a loan to be repaid through user charges."),
    ("fig", f"{IMG}/img/2017/11/27/1600x900/mangaluru-harbour-boats_1511749911852_1511749920113.jpg", "Trawlers moored three deep at the Bunder fishing harbour in Mangaluru.", "Ledger Photo"),
    ("watch", "Dawn at Mangaluru’s fish auction — a day in three minutes", url_of("videos", "dawn at mangaluru fish auction", "101511700031544"), "p"),
    ("p", "The Coastal Trawler Owners’ Welfare Sangha, which represents about 1,100 trawler owners, said the plan ignored the harbour’s most urgent problem. The channel at the harbour mouth has silted up to the point where larger boats can cross it only at high tide, its president Ramesh Kotian said."),
    ("ad",),
    ("p", "“Boats are waiting four, five hours outside the harbour with fish on board. What is the use of a cold store if the fish spoils before it reaches the jetty?” Kotian asked."),
    ("also", "Cyclone warning: Fishermen told not to venture into sea till Friday", url_of("cities/mangaluru-news", "cyclone warning fishermen told not to venture into sea", "101511602218804"), "aside"),
    ("p", "Shetty said a separate ₹22-crore dredging proposal had been sent for approval and that he expected work on it to begin before the next monsoon."),
    ("p", "The harbour handles about 1.4 lakh tonnes of fish a year, most of it mackerel, sardine and squid, and supports an estimated 30,000 jobs on land and at sea, according to board figures."),
]
A4 = Article(
    id=f"{SITE}-04", site=SITE, url=url_of("cities/mangaluru-news", H4, SID4), language="en",
    headline=H4, published="2017-11-27T08:20:00+05:30", modified=None, authors=["Prakash Alva"],
    summary="", blocks=blocks_of(ITEMS4),
    entities=[("Mangaluru", "LOC"), ("Bunder", "LOC"), ("Coastal Fisheries Infrastructure Board", "ORG"),
              ("Harish Shetty", "PER"), ("Shetty", "PER"), ("Netravati", "LOC"),
              ("Coastal Trawler Owners’ Welfare Sangha", "ORG"), ("Ramesh Kotian", "PER"), ("Kotian", "PER")],
    phenomena=["localized-date", "nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "inline-related", "tag-list",
               "inline-video-teaser", "ad-slots", "most-read", "newsletter-box", "photo-caption", "decoy-date",
               "local-time-zone", "json-ld", "html-entities", "invisible-chars", "dateline", "list-in-body"],
    notes="No standfirst on this page; the dateline 'Mangaluru, Nov 26:' is the day before the publication time and stays in the first paragraph. One 'Also Read' is a plain <p>, the other an <aside>. Adjudicated with the second annotation: the visible 'Nov 27, 2017' date uses a month name, so localized-date applies (GUIDELINES 10).",
)
M4 = dict(pub=dt(2017, 11, 27, 8, 20), today=_dt.date(2017, 11, 29), city="Mangaluru", temp=29, sky="Humid, clear", hum=74, wind=9,
          section="Cities", sub="Mangaluru News", story_id=SID4, style=NAMED,
          invis=[("reclaimed", f"re{ZW}claimed"), ("processing units", f"pro{SHY}cessing units"),
                 ("bargaining", f"bar{SHY}gain{SHY}ing")],
          desc="The hub will store 3,000 tonnes of fish and house 40 processing units; trawler owners want the silted harbour mouth dredged first.",
          crumbs=[("Home", "/"), ("Cities", "/cities"), ("Mangaluru News", "/cities/mangaluru-news"), (H4, "")],
          og_image=f"{IMG}/img/2017/11/27/1600x900/mangaluru-harbour-auction_1511750311852_1511750320113.jpg",
          lead_cap=None,
          tags=["Mangaluru", "Fisheries", "Harbour", "Coastal Karnataka"],
          readmore=("Read breaking news, latest...", "Read breaking news and latest updates from Mangaluru, Udupi and coastal Karnataka on fisheries, ports, weather and politics."),
          newsletter="Coastal Digest", related=[12, 10, 5, 17, 11])
ARTICLES.append((A4, M4, ITEMS4))


def main():
    for a, m, items in ARTICLES:
        kinds = [it[0] for it in items]
        text_at = [i for i, k in enumerate(kinds) if k in ("p", "h2", "ul", "table")]
        inserts = {k for i, k in enumerate(kinds) if text_at[0] < i < text_at[-1]}
        extra = set()
        if inserts & {"ad", "also", "watch"}:
            extra.add("teasers-in-article")
        if "ad" in inserts:
            extra.add("split-body")
        a.phenomena = sorted(set(a.phenomena) | extra)
        html_page = page(a, m, items)
        emit(a, html_page, "utf-8")
        size = len(html_page.encode("utf-8")) / 1024
        print(f"{a.id} {size:.1f} KB")


if __name__ == "__main__":
    main()
