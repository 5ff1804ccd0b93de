import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, Article, Block, emit

"""The Daily Clarion (daily-clarion): an invented New York tabloid on a custom headless CMS with
a server-rendered article template. Loud red masthead with the day's date, a breaking-news ticker,
a mega-menu, kicker labels ("EXCLUSIVE", "WILD WEATHER") above the headline, byline with an AP-style
"Published ... ET" stamp (or a relative "2 hours ago" when the page was cached soon after posting),
slideshow galleries with numbered captions, autoplay video teasers inside the body and a sticky
autoplay player, a dozen ad slots, "Don't Miss" and "Most Read" rails, a sponsored-links grid,
comment teasers and a long footer. Times are US Eastern (EST/EDT).

Annotation decisions kept across the site: the single lead photo's caption is kept as an optional
caption block, and (adjudicated after the second annotation, GUIDELINES 7.7 and 8) the slide
captions of an in-body slideshow are optional caption blocks too, in gallery order where the
gallery stands (slide counters, the gallery title and credits are not text). The AP-style visible
dates ("Aug. 14, 2019, 10:32 a.m. ET") use month names, so every page that shows an absolute
publication or update date is tagged localized-date (not the relative-date pages)."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
from zoneinfo import ZoneInfo

SITE = "daily-clarion"
HOST = "https://www.dailyclarion.example"
IMG = "https://media.dailyclarion.example"
NAME = "The Daily Clarion"
ET = ZoneInfo("America/New_York")
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ENT = [("’", "&rsquo;"), ("‘", "&lsquo;"), ("“", "&ldquo;"), ("”", "&rdquo;"), ("—", "&mdash;"),
       ("–", "&ndash;"), ("é", "&eacute;")]
ENT_NUM = [("’", "&#8217;"), ("‘", "&#8216;"), ("“", "&#8220;"), ("”", "&#8221;"), ("—", "&#8212;"),
           ("–", "&#8211;"), ("$", "&#36;")]


def render(s, style=None):
    out = text(s)
    if style:
        for ch, ref in style:
            out = out.replace(ch, ref)
    return out


def ap_time(d):
    h = d.hour % 12 or 12
    ampm = "a.m." if d.hour < 12 else "p.m."
    return f"{AP_MON[d.month - 1]} {d.day}, {d.year}, {h}:{d.minute:02d} {ampm} ET"


def long_day(d):
    return f"{DAYS[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year}"


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s.replace("’", "").replace("‘", "").replace("$", ""))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:70]


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=ET)


# ---------------------------------------------------------------- boilerplate pools

NAV = [
    ("News", "/news", ["Metro", "US News", "World", "Politics", "Crime", "Weird But True", "Weather"]),
    ("Metro", "/metro", ["Manhattan", "Brooklyn", "Queens", "The Bronx", "Staten Island", "Long Island", "New Jersey"]),
    ("Page Nine", "/page-nine", ["Celebrity Gossip", "Royals", "Sightings", "Relationships"]),
    ("Sports", "/sports", ["Baseball", "Football", "Basketball", "Hockey", "College", "Betting", "Fantasy"]),
    ("Entertainment", "/entertainment", ["TV", "Movies", "Music", "Awards", "Reality TV", "Streaming"]),
    ("Real Estate", "/real-estate", ["Celebrity Homes", "Listings", "Rentals", "Mortgages"]),
    ("Lifestyle", "/lifestyle", ["Food", "Health", "Fashion", "Travel", "Pets", "Parenting"]),
    ("Money", "/money", ["Personal Finance", "Jobs", "Tech", "Lottery"]),
    ("Opinion", "/opinion", []),
    ("Photos", "/photos", []),
    ("Video", "/video", []),
    ("Podcasts", "/podcasts", []),
    ("Shopping", "/shopping", ["Deals", "Gift Guides", "Reviews"]),
    ("Horoscopes", "/horoscopes", []),
    ("Puzzles", "/puzzles", ["Crossword", "Sudoku", "Word Search", "Jumble"]),
    ("Newsletters", "/newsletters", []),
]

TICKER = [
    "Subway delays on three lines after signal fire near Union Square",
    "Yankees rookie pitcher called up for weekend series",
    "Heat advisory extended through Thursday for all five boroughs",
    "Lottery jackpot climbs to $412 million after no winner",
    "Ferry terminal reopens after overnight power outage",
]

# (headline, section, days before publication, views)
DONT_MISS = [
    ("Bride’s mom crashes reception on a jet ski — and the video is everything", "page-nine", 1),
    ("Brooklyn bodega cat gets its own fan club, and a tiny bodega uniform", "metro", 2),
    ("Man finds 1950s love letters hidden in the walls of his Queens rowhouse", "metro", 3),
    ("Reality star’s ex says split was ‘amicable’ — then posts breakup cake", "page-nine", 1),
    ("Stranded hikers rescued after spending night on ledge in the Catskills", "news", 4),
    ("These are the 10 most complained-about noise spots in the city", "metro", 5),
    ("Dad’s backyard roller coaster finally passes inspection after 3 years", "news", 2),
    ("Tourist sues carriage company over runaway horse ride in Central Park", "metro", 6),
    ("Retired teacher, 81, wins bodybuilding title for over-75s", "lifestyle", 3),
    ("Couple says their ‘dream’ rental had a stranger living in the attic", "real-estate", 7),
    ("The $6 hot dog cart that has a two-hour line every Saturday", "lifestyle", 2),
    ("Late-night host’s staff say the show’s famous sandwich is a prop", "entertainment", 8),
    ("School bus driver throws surprise graduation party for her riders", "news", 4),
    ("Parrot that swears in three languages finds a new home", "news", 9),
]

MOST_READ = [
    "I was a wedding planner for 20 years — these are the red flags I always spot",
    "Neighbors in uproar as man paints entire house in checkerboard pattern",
    "Woman finds $40,000 diamond ring in thrift-store jacket pocket, returns it",
    "Bartender reveals the one drink order that instantly annoys staff",
    "Plane passenger’s seat-recline standoff splits the internet",
    "Lottery winner who lost ticket in laundry gets paid after all",
    "The hidden fee on your cable bill you can get removed with one call",
    "Rat ‘the size of a cat’ spotted riding escalator at Penn Station",
    "Grandmother, 92, gets first tattoo — and picks a very specific design",
    "Landlord’s note to tenants about ‘excessive showering’ goes viral",
]

SPONSORED = [
    ("Homeowners in New York are switching to this solar plan", "Brightwell Energy"),
    ("Doctors stunned: this simple stretch eases back pain", "FlexaCore"),
    ("The most comfortable sneakers of the year are on sale", "Stridewell"),
    ("New York drivers who switch save an average of $612", "Harborline Insurance"),
    ("These 2-bed apartments in Florida cost less than you think", "SunCoast Living"),
    ("Seniors: see what a hearing aid costs in 2 minutes", "ClearTone Direct"),
]

VIDEOS = [
    ("Caught on cam: Delivery driver’s epic save of falling flowerpot", "0:48"),
    ("Clarion Eats: The best $5 breakfast sandwich in Queens", "3:12"),
    ("Street fashion: What New Yorkers wore this week", "2:05"),
    ("Watch: Firefighters rescue kitten from storm drain", "1:37"),
]

FOOTER = [
    ("News", ["Metro", "US News", "World", "Politics", "Crime", "Weird But True", "Weather", "Obituaries"]),
    ("Entertainment", ["Page Nine", "TV", "Movies", "Music", "Awards", "Reality TV", "Celebrity Homes"]),
    ("Sports", ["Baseball", "Football", "Basketball", "Hockey", "College Sports", "Betting", "Fantasy"]),
    ("Lifestyle", ["Food", "Health", "Fashion", "Travel", "Pets", "Shopping", "Horoscopes"]),
    ("The Clarion", ["About Us", "Contact Us", "Tips", "Careers", "Advertise", "Licensing and Reprints",
                     "Subscribe to the Print Edition", "E-Edition", "Newsletters", "Site Map"]),
    ("Legal", ["Terms of Use", "Privacy Notice", "Cookie Settings", "Your Privacy Choices",
               "Accessibility", "Community Guidelines", "Corrections Policy"]),
]

COMMENTERS = [
    ("BrooklynBarb", "Only in New York. Honestly this made my day."),
    ("jerseyjoe73", "I give it a week before someone makes a movie out of this."),
    ("MetroMike", "Who are these people and how do I get on their level?"),
    ("QueensQueen88", "My sister lives near there and she said the whole block was talking about it."),
    ("nycskeptic", "Slow news day at the Clarion again I see."),
    ("PattyOnThePier", "Good for them. We need more stories like this."),
    ("throwaway_rob", "Can we talk about the photo in slide 4 though?"),
    ("LongIslandLou", "This is why I moved out of the city. Kidding. Sort of."),
    ("harlem_hank", "Somebody check on the guy in the background of that picture."),
]

CSS = """
:root{--dc-red:#d0021b;--dc-ink:#111;--dc-mid:#5a5a5a;--dc-line:#e3e3e3;--dc-pale:#f5f5f5;--dc-yellow:#ffe14d}
*,*:before,*:after{box-sizing:border-box}
body{margin:0;background:#fff;color:var(--dc-ink);font:16px/1.5 "Roboto",Helvetica,Arial,sans-serif}
a{color:inherit;text-decoration:none}a:hover{text-decoration:underline}
img{max-width:100%;height:auto;display:block;border:0}
button{font:inherit;cursor:pointer;background:none;border:0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.dc-container{max-width:1260px;margin:0 auto;padding:0 15px}
.dc-topbar{background:#000;color:#fff;font:12px/30px "Roboto",Arial,sans-serif}
.dc-topbar .dc-container{display:flex;justify-content:space-between}
.dc-topbar a{color:#fff;margin-left:14px}
.dc-mast{background:var(--dc-red);color:#fff}
.dc-mast .dc-container{display:flex;align-items:center;justify-content:space-between;height:76px}
.dc-logo{font:900 42px/1 "Oswald","Arial Narrow",Impact,sans-serif;letter-spacing:-1px;text-transform:uppercase}
.dc-logo small{display:block;font:600 10px/1.2 "Roboto",Arial,sans-serif;letter-spacing:3px;text-align:center}
.dc-mast__date{font:600 13px/1.2 "Roboto",Arial,sans-serif;text-transform:uppercase}
.dc-mast__btn{border:2px solid #fff;color:#fff;padding:6px 14px;font-weight:700;text-transform:uppercase;font-size:13px}
.dc-mast__btn--y{background:var(--dc-yellow);border-color:var(--dc-yellow);color:#000}
.dc-nav{background:#fff;border-bottom:3px solid var(--dc-red);position:sticky;top:0;z-index:40}
.dc-nav>ul{display:flex;list-style:none;margin:0 auto;padding:0 15px;max-width:1260px;overflow-x:auto;white-space:nowrap}
.dc-nav>ul>li{position:relative}
.dc-nav>ul>li>a{display:block;padding:12px 10px;font:700 14px/1 "Oswald","Arial Narrow",sans-serif;text-transform:uppercase;letter-spacing:.3px}
.dc-nav .dc-dd{display:none;position:absolute;top:100%;left:0;background:#fff;border:1px solid var(--dc-line);min-width:200px;list-style:none;margin:0;padding:8px 0;box-shadow:0 8px 20px rgba(0,0,0,.15)}
.dc-nav li:hover .dc-dd{display:block}
.dc-nav .dc-dd a{display:block;padding:7px 16px;font-size:14px}
.dc-ticker{background:var(--dc-yellow);font:700 13px/34px "Roboto",Arial,sans-serif;overflow:hidden;white-space:nowrap}
.dc-ticker b{background:#000;color:var(--dc-yellow);padding:0 12px;margin-right:12px;text-transform:uppercase}
.dc-ticker span{margin-right:40px}
.dc-trending{font:13px/1 "Roboto",Arial,sans-serif;padding:10px 0;border-bottom:1px solid var(--dc-line);display:flex;gap:14px;overflow:hidden;white-space:nowrap}
.dc-trending strong{color:var(--dc-red);text-transform:uppercase}
.ad-slot{background:var(--dc-pale);margin:18px auto;display:flex;align-items:center;justify-content:center;position:relative;overflow:hidden}
.ad-slot:before{content:"ADVERTISEMENT";position:absolute;top:4px;left:0;right:0;text-align:center;color:#a0a0a0;font:9px/1 Arial,sans-serif;letter-spacing:1px}
.ad-slot--lb{width:970px;max-width:100%;min-height:250px}
.ad-slot--mpu{width:300px;min-height:250px}
.ad-slot--hp{width:300px;min-height:600px}
.ad-slot--inline{width:100%;min-height:280px;border-top:1px solid var(--dc-line);border-bottom:1px solid var(--dc-line)}
.ad-slot--anchor{position:fixed;bottom:0;left:0;right:0;min-height:60px;margin:0;z-index:80;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.2)}
.ad-slot--skin{position:fixed;top:140px;width:160px;min-height:600px}
.ad-slot--skin.l{left:0}.ad-slot--skin.r{right:0}
.dc-layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:34px;margin-top:10px}
.dc-crumbs{font:12px/1 "Roboto",Arial,sans-serif;color:var(--dc-mid);margin:16px 0 10px;text-transform:uppercase}
.dc-crumbs a{color:var(--dc-red);font-weight:700}
.dc-crumbs span:before{content:"/";margin:0 6px;color:#bbb}
.dc-kicker,.article__kicker{display:inline-block;background:var(--dc-red);color:#fff;font:700 13px/1 "Oswald","Arial Narrow",sans-serif;letter-spacing:1px;padding:6px 9px;text-transform:uppercase;margin-bottom:10px}
.dc-kicker--excl{background:#000;color:var(--dc-yellow)}
.dc-headline{font:700 40px/1.08 "Oswald","Arial Narrow",Impact,sans-serif;margin:0 0 14px;letter-spacing:-.3px}
.dc-standfirst{font:500 20px/1.4 "Roboto",Arial,sans-serif;color:#333;margin:0 0 16px}
.dc-bullets{margin:0 0 16px;padding:0;list-style:none}
.dc-bullets li{font:700 17px/1.4 "Roboto",Arial,sans-serif;padding-left:18px;position:relative;margin-bottom:6px}
.dc-bullets li:before{content:"";position:absolute;left:0;top:8px;width:8px;height:8px;background:var(--dc-red)}
.dc-byline{display:flex;flex-wrap:wrap;align-items:center;gap:8px;font:13px/1.4 "Roboto",Arial,sans-serif;color:var(--dc-mid);padding:10px 0;border-top:1px solid var(--dc-line);border-bottom:1px solid var(--dc-line);margin-bottom:16px}
.dc-byline__author a{color:var(--dc-red);font-weight:700;text-transform:uppercase}
.dc-byline__time{white-space:nowrap}
.dc-byline__ago{font-weight:700;color:#000}
.dc-share{display:flex;gap:6px;margin-left:auto}
.dc-share a,.dc-share button{width:34px;height:34px;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;background:#222;color:#fff;font:700 11px/1 Arial,sans-serif}
.dc-share .fb{background:#1877f2}.dc-share .x{background:#000}.dc-share .em{background:#777}.dc-share .pin{background:#e60023}.dc-share .cmt{background:var(--dc-red);width:auto;border-radius:17px;padding:0 12px}
.dc-lead{margin:0 0 18px}
.dc-lead figcaption,.dc-fig figcaption{font:13px/1.4 "Roboto",Arial,sans-serif;color:#444;padding:8px 0;border-bottom:1px solid var(--dc-line)}
.dc-credit{color:#999;text-transform:uppercase;font-size:11px;margin-left:4px}
.dc-body{font:18px/1.65 Georgia,"Times New Roman",serif}
.dc-body p{margin:0 0 20px}
.dc-body h2,.dc-body .dc-subhead{font:700 24px/1.2 "Oswald","Arial Narrow",sans-serif;margin:30px 0 12px;text-transform:uppercase}
.dc-body ul{margin:0 0 20px 22px;padding:0}
.dc-body li{margin-bottom:10px}
.dc-readmore{font:700 16px/1.4 "Roboto",Arial,sans-serif;margin:0 0 20px}
.dc-readmore b{color:var(--dc-red);text-transform:uppercase;margin-right:6px}
.dc-gallery{background:#111;color:#fff;margin:26px 0;padding:14px;position:relative}
.dc-gallery__head{display:flex;align-items:baseline;justify-content:space-between;margin-bottom:10px}
.dc-gallery__label{background:var(--dc-red);font:700 12px/1 "Oswald",sans-serif;padding:5px 7px;text-transform:uppercase;letter-spacing:1px}
.dc-gallery__title{font:700 22px/1.2 "Oswald",sans-serif;margin:0 10px;flex:1}
.dc-gallery__count{font:12px/1 "Roboto",Arial,sans-serif;color:#bbb}
.dc-gallery__track{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;gap:0}
.dc-slide{flex:0 0 100%;scroll-snap-align:start;margin:0}
.dc-slide__img{aspect-ratio:3/2;background:#222}
.dc-slide__img img{width:100%;height:100%;object-fit:contain}
.dc-slide figcaption{font:14px/1.45 "Roboto",Arial,sans-serif;color:#eee;padding:10px 2px 0}
.dc-slide__num{font-weight:700;color:var(--dc-yellow);margin-right:8px}
.dc-slide__credit{display:block;color:#888;font-size:11px;text-transform:uppercase;margin-top:4px}
.dc-gallery__nav{position:absolute;top:45%;width:44px;height:44px;border-radius:50%;background:rgba(255,255,255,.85);color:#000;font-size:22px}
.dc-gallery__nav.prev{left:22px}.dc-gallery__nav.next{right:22px}
.dc-gallery__thumbs{display:flex;gap:6px;margin-top:12px;overflow-x:auto}
.dc-gallery__thumbs img{width:72px;height:48px;object-fit:cover;opacity:.6}
.dc-gallery__thumbs img.on{opacity:1;outline:2px solid var(--dc-yellow)}
.dc-vteaser{background:#000;color:#fff;margin:0 0 22px;padding:10px}
.dc-vteaser__label{font:700 13px/1 "Oswald",sans-serif;color:var(--dc-yellow);text-transform:uppercase;letter-spacing:1px}
.dc-vteaser__title{font:700 17px/1.3 "Roboto",Arial,sans-serif;margin:6px 0 8px}
.dc-vteaser__player{aspect-ratio:16/9;background:#222;position:relative}
.dc-vteaser__player iframe,.dc-vteaser__player video{position:absolute;inset:0;width:100%;height:100%;border:0}
.dc-tags{margin:22px 0;font:13px/1 "Roboto",Arial,sans-serif;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.dc-tags b{text-transform:uppercase}
.dc-tags a{background:var(--dc-pale);padding:7px 10px;text-transform:uppercase;font-weight:700}
.dc-nl{border:3px solid #000;padding:18px;margin:26px 0;background:var(--dc-yellow)}
.dc-nl h4{font:700 22px/1.1 "Oswald",sans-serif;margin:0 0 6px;text-transform:uppercase}
.dc-nl form{display:flex;gap:8px;margin-top:10px}
.dc-nl input[type=email]{flex:1;padding:10px;border:2px solid #000}
.dc-nl button{background:#000;color:#fff;padding:10px 18px;font-weight:700;text-transform:uppercase}
.dc-comments{border-top:4px solid #000;margin:30px 0;padding-top:12px}
.dc-comments h3{font:700 22px/1 "Oswald",sans-serif;text-transform:uppercase;margin:0 0 12px}
.dc-comment{border-bottom:1px solid var(--dc-line);padding:12px 0;font:14px/1.5 "Roboto",Arial,sans-serif}
.dc-comment__user{font-weight:700}.dc-comment__time{color:#999;margin-left:8px;font-size:12px}
.dc-comment__votes{color:#666;font-size:12px;margin-top:4px}
.dc-comments__more{display:block;width:100%;background:var(--dc-red);color:#fff;padding:12px;font-weight:700;text-transform:uppercase;margin-top:12px}
.dc-rail h3{font:700 20px/1 "Oswald",sans-serif;text-transform:uppercase;border-bottom:4px solid var(--dc-red);padding-bottom:8px;margin:26px 0 12px}
.dc-mostread ol{list-style:none;margin:0;padding:0;counter-reset:mr}
.dc-mostread li{counter-increment:mr;display:flex;gap:12px;padding:10px 0;border-bottom:1px solid var(--dc-line);font:700 15px/1.3 "Roboto",Arial,sans-serif}
.dc-mostread li:before{content:counter(mr);font:700 30px/1 "Oswald",sans-serif;color:var(--dc-red);min-width:26px}
.dc-dontmiss .dc-card{display:grid;grid-template-columns:110px 1fr;gap:10px;padding:10px 0;border-bottom:1px solid var(--dc-line)}
.dc-card__img{width:110px;height:74px;object-fit:cover}
.dc-card h4{margin:0 0 4px;font:700 14px/1.3 "Roboto",Arial,sans-serif}
.dc-card time{font:11px/1 "Roboto",Arial,sans-serif;color:#888;text-transform:uppercase}
.dc-sticky-video{position:sticky;top:70px;background:#000;color:#fff;padding:8px;margin-top:20px}
.dc-sticky-video video{width:100%;aspect-ratio:16/9;background:#222}
.dc-sticky-video ul{list-style:none;margin:8px 0 0;padding:0;font:13px/1.35 "Roboto",Arial,sans-serif}
.dc-sticky-video li{padding:6px 0;border-top:1px solid #333}
.dc-sticky-video li span{color:var(--dc-yellow);margin-right:6px;font-weight:700}
.dc-around{margin:30px 0;border-top:1px solid var(--dc-line);padding-top:12px}
.dc-around__grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.dc-around__item img{aspect-ratio:16/10;object-fit:cover;width:100%}
.dc-around__item p{font:700 14px/1.3 "Roboto",Arial,sans-serif;margin:6px 0 2px}
.dc-around__item small{color:#999;font-size:11px;text-transform:uppercase}
.dc-footer{background:#111;color:#ccc;margin-top:40px;padding:36px 0 90px;font:13px/1.7 "Roboto",Arial,sans-serif}
.dc-footer a{color:#eee}
.dc-footer__cols{display:grid;grid-template-columns:repeat(6,1fr);gap:20px}
.dc-footer h5{color:#fff;font:700 15px/1 "Oswald",sans-serif;text-transform:uppercase;margin:0 0 10px}
.dc-footer ul{list-style:none;margin:0;padding:0}
.dc-footer__legal{border-top:1px solid #333;margin-top:24px;padding-top:14px;color:#888;font-size:12px}
.dc-consent{position:fixed;left:0;right:0;bottom:0;background:#fff;color:#111;z-index:200;padding:18px 24px;box-shadow:0 -6px 20px rgba(0,0,0,.25);font:14px/1.5 "Roboto",Arial,sans-serif;display:none}
.dc-consent.is-open{display:block}
.dc-consent__btns{display:flex;gap:10px;margin-top:10px}
.dc-consent__btns button{padding:10px 16px;font-weight:700;border:2px solid #000}
.dc-consent__btns .ok{background:#000;color:#fff}
@media (max-width:1024px){.dc-layout{grid-template-columns:1fr}.dc-rail{display:none}.dc-footer__cols{grid-template-columns:repeat(3,1fr)}.ad-slot--skin{display:none}}
@media (max-width:640px){.dc-headline{font-size:30px}.dc-standfirst{font-size:17px}.dc-body{font-size:17px}.dc-mast__date{display:none}.dc-logo{font-size:30px}.dc-around__grid{grid-template-columns:1fr 1fr}}
"""


# ---------------------------------------------------------------- page parts

CMP_A = ["Ad", "Bid", "Quant", "Pix", "Met", "Sig", "Aud", "Reach", "Tap", "Loop", "Nim", "Orb", "Vert", "Clar", "Stel",
         "Kin", "Lum", "Zeph", "Cad", "Mox", "Fer", "Tess", "Yon", "Hal", "Brix", "Cor"]
CMP_B = ["exa", "ify", "ora", "ium", "lytics", "stream", "hub", "works", "grid", "cast", "ly", "io", "wave", "sense", "mint"]
CMP_C = ["Media", "Labs", "Inc.", "Technologies", "Solutions", "Analytics", "Advertising", "Data", "Group", "Networks", "Ltd"]


def cmp_config(seed):
    """The consent platform's vendor list, shipped inline so the banner can render before the network."""
    rng = _random.Random(seed)
    vendors, seen = [], set()
    while len(vendors) < 84:
        stem = rng.choice(CMP_A) + rng.choice(CMP_B)
        if stem in seen:
            continue
        seen.add(stem)
        vendors.append({"id": 7 + len(vendors) * 5 + rng.randint(0, 4), "name": f"{stem} {rng.choice(CMP_C)}",
                        "purposes": sorted(rng.sample(range(1, 11), rng.randint(1, 7))),
                        "legIntPurposes": sorted(rng.sample(range(2, 11), rng.randint(0, 3))),
                        "specialFeatures": sorted(rng.sample([1, 2], rng.randint(0, 2))),
                        "policyUrl": f"https://{stem.lower()}.example/privacy", "retentionDays": rng.choice([30, 90, 365, 395, 730]),
                        "dataDeclaration": sorted(rng.sample(range(1, 12), rng.randint(1, 5)))})
    return _json.dumps({"cmp": "openconsent", "version": 3, "gvlVersion": 140 + seed, "stacks": [1, 3, 8, 13, 42],
                        "vendors": vendors}, separators=(",", ":"))


FIRST = ["Brooklyn", "Queens", "Jersey", "Metro", "Harlem", "Bronx", "Ferry", "Bodega", "Subway", "Knicks", "Empire", "Hudson"]
LAST = ["Barb", "Joe", "Mike", "Lou", "Hank", "Patty", "Rob", "Gal", "Guy", "Fan", "Mom", "Dad"]
REMARKS = ["Only in New York.", "This made my day honestly.", "Somebody give this man a medal.", "I need the follow-up on this.",
           "Classic Clarion headline lol.", "My cousin lives right there and never told me.", "Not the weirdest thing I saw this week.",
           "Can we get a photo of the aftermath?", "Respect.", "I have so many questions.", "This city never disappoints.",
           "Who else read this twice?", "Wait till the lawyers get involved.", "That's a movie waiting to happen.",
           "Slow news day again I see.", "Good for them, seriously.", "The comments are better than the article.",
           "Somebody check on the guy in the background."]


def comments_state(m):
    """The comment widget's first page of comments, shipped as hydration state (not rendered in the HTML)."""
    if not m.get("comments"):
        return None
    n, _picks = m["comments"]
    rng = _random.Random(int(m["cid"]))
    thread = []
    for i in range(min(n, 28)):
        thread.append({"id": f"c{int(m['cid']) * 7 + i}", "user": rng.choice(FIRST) + rng.choice(LAST) + str(rng.randint(1, 99)),
                       "body": rng.choice(REMARKS), "ageHours": rng.randint(1, 30), "up": rng.randint(0, 60), "down": rng.randint(0, 9),
                       "replies": rng.randint(0, 4), "badge": rng.choice([None, None, "Subscriber", "Top Commenter"])})
    return _json.dumps({"threadId": m["cid"], "total": n, "sort": "best", "pageSize": 28, "comments": thread},
                       separators=(",", ":"))


def ad_config(m):
    bidders = ["adnexa", "bidloop", "orbwave", "vertigrid", "stellio", "kinocast", "moxify", "ferrahub"]
    units = []
    for code, sizes in (("ad-top", [[970, 250], [970, 90], [728, 90]]), ("ad-inc-1", [[300, 250], [336, 280], [640, 360]]),
                        ("ad-inc-2", [[300, 250], [336, 280]]), ("ad-inc-3", [[300, 250], [336, 280]]), ("ad-rail-1", [[300, 250], [300, 600]]),
                        ("ad-rail-2", [[300, 250]]), ("ad-rail-3", [[300, 600]]), ("ad-anchor", [[728, 90], [320, 50]])):
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}},
                      "bids": [{"bidder": b, "params": {"placement": f"{b[:3]}-{int(m['cid']) % 9973 + i * 31}", "zone": code}}
                               for i, b in enumerate(bidders)]})
    return _json.dumps({"timeout": 1500, "adUnits": units, "floors": {"default": 0.35, "ad-top": 1.1, "ad-anchor": 0.6}},
                       separators=(",", ":"))


def recirc_state(m):
    """The infinite 'Up Next' feed's first batch, as the recirculation widget receives it."""
    rng = _random.Random(int(m["cid"]) + 11)
    pool = [(h, sec) for h, sec, _ in DONT_MISS] + [(h, "trending") for h in MOST_READ] + [(h, "news") for h in TICKER]
    rng.shuffle(pool)
    items = []
    for i, (h, sec) in enumerate(pool[:26]):
        d = m["pub"] - _dt.timedelta(hours=rng.randint(2, 300))
        items.append({"id": str(int(m["cid"]) - 37 * (i + 1)), "headline": h, "section": sec,
                      "url": f"{HOST}/{d.year}/{d.month:02d}/{d.day:02d}/{sec}/{slug(h)}/",
                      "image": {"src": f"{IMG}/thumbs/{d.year}/{d.month:02d}/rc-{i}.jpg", "w": 640, "h": 427,
                                "srcset": [f"{IMG}/thumbs/{d.year}/{d.month:02d}/rc-{i}.jpg?w={w} {w}w" for w in (320, 640, 960)]},
                      "published": d.isoformat(), "sponsored": False, "score": round(rng.random(), 4)})
    return _json.dumps({"feed": "up-next", "cursor": f"{m['cid']}:26", "items": items}, separators=(",", ":"))


def playlist(m):
    rng = _random.Random(int(m["cid"]) + 3)
    return _json.dumps({"playlist": "pl_trending", "items": [
        {"id": f"rc-{rng.randint(10000, 99999)}", "title": h, "duration": t, "poster": f"{IMG}/video/{slug(h)}/poster.jpg",
         "hls": f"https://cdn.reelcast.example/hls/{slug(h)}/master.m3u8", "views": rng.randint(5000, 900000)}
        for h, t in VIDEOS]}, separators=(",", ":"))


SPRITE = ('<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true"><defs>'
          '<symbol id="dc-fb" viewBox="0 0 24 24"><path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4.3V10H7v4h3v8h4v-8h3l1-4h-4V8.6c0-.4.3-.6.6-.6z"/></symbol>'
          '<symbol id="dc-x" viewBox="0 0 24 24"><path d="M17.7 3h3.1l-6.8 7.8L22 21h-6.3l-4.9-6.4L5.2 21H2.1l7.3-8.3L1.8 3h6.4l4.4 5.8L17.7 3z"/></symbol>'
          '<symbol id="dc-pin" viewBox="0 0 24 24"><path d="M12 2a10 10 0 0 0-3.6 19.3c-.1-.8-.2-2 0-2.9l1.2-5s-.3-.6-.3-1.5c0-1.4.8-2.5 1.8-2.5.9 0 1.3.7 1.3 1.4 0 .9-.6 2.2-.9 3.4-.2 1 .5 1.9 1.6 1.9 1.9 0 3.3-2 3.3-4.9 0-2.6-1.8-4.4-4.5-4.4-3 0-4.8 2.3-4.8 4.6 0 .9.4 1.9.8 2.4l.1.4-.3 1.1c0 .2-.2.3-.4.2-1.4-.6-2.2-2.6-2.2-4.2 0-3.4 2.5-6.6 7.2-6.6 3.8 0 6.7 2.7 6.7 6.3 0 3.8-2.4 6.8-5.7 6.8-1.1 0-2.2-.6-2.5-1.3l-.7 2.6c-.2 1-.9 2.2-1.4 2.9A10 10 0 1 0 12 2z"/></symbol>'
          '<symbol id="dc-mail" viewBox="0 0 24 24"><path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm9 7.2L4.4 7H4v.4l8 5.6 8-5.6V7h-.4z"/></symbol>'
          '<symbol id="dc-cmt" viewBox="0 0 24 24"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></symbol>'
          '<symbol id="dc-play" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"/></symbol>'
          '<symbol id="dc-search" viewBox="0 0 24 24"><path d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"/></symbol>'
          '<symbol id="dc-menu" viewBox="0 0 24 24"><path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"/></symbol>'
          '<symbol id="dc-camera" viewBox="0 0 24 24"><path d="M9 3 7.2 5H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-3.2L15 3zm3 5a5 5 0 1 1 0 10 5 5 0 0 1 0-10z"/></symbol>'
          '<symbol id="dc-chev-l" viewBox="0 0 24 24"><path d="M15.4 6.4 14 5l-7 7 7 7 1.4-1.4L9.8 12z"/></symbol>'
          '<symbol id="dc-chev-r" viewBox="0 0 24 24"><path d="M8.6 6.4 10 5l7 7-7 7-1.4-1.4 5.6-5.6z"/></symbol>'
          '</defs></svg>')


def head(a, m):
    pub, mod = m["pub"], m.get("mod")
    title = m.get("title") or a.headline
    desc = m["desc"]
    img = m["og_image"]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a.url.split("?")[0]},
        "headline": m.get("ld_headline", a.headline), "description": desc,
        "datePublished": (mod if m.get("ld_pub_is_mod") else pub).isoformat(),
        "dateModified": (mod or pub).isoformat(), "articleSection": m["section"],
        "keywords": m["tags"], "isAccessibleForFree": True,
        "image": [{"@type": "ImageObject", "url": img, "width": 1200, "height": 800}],
        "publisher": {"@type": "Organization", "name": NAME, "url": HOST + "/",
                      "logo": {"@type": "ImageObject", "url": f"{IMG}/static/clarion-logo-600x60.png", "width": 600, "height": 60}},
    }
    who = m.get("ld_author", "people")
    if who == "people":
        ld["author"] = [{"@type": "Person", "name": n, "url": f"{HOST}/author/{slug(n)}/"} for n in a.authors]
    elif who == "first":
        ld["author"] = {"@type": "Person", "name": a.authors[0], "url": f"{HOST}/author/{slug(a.authors[0])}/"}
    elif who == "none":
        pass
    elif who == "staff":
        ld["author"] = {"@type": "Organization", "name": "Daily Clarion Staff", "url": HOST + "/staff/"}
    scripts = [_json.dumps(ld, ensure_ascii=False)]
    if m.get("gallery"):
        g = m["gallery"]
        scripts.append(_json.dumps({
            "@context": "https://schema.org", "@type": "ImageGallery", "name": g["title"],
            "associatedMedia": [{"@type": "ImageObject", "contentUrl": f"{IMG}/{g['path']}/{i + 1:02d}.jpg",
                                 "caption": c} for i, (c, _) in enumerate(g["slides"])]}, ensure_ascii=False))
    crumb = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": HOST + u} for i, (n, u) in enumerate(m["crumbs"])]}
    scripts.append(_json.dumps(crumb, ensure_ascii=False))
    lds = "\n".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    tags = "".join(f'<meta property="article:tag" content="{attr(t)}">\n' for t in m["tags"])
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{attr(title)} | The Daily Clarion</title>
<meta name="description" content="{attr(desc)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{a.url.split('?')[0]}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Daily Clarion">
<meta property="og:title" content="{attr(m.get('og_title', title))}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{a.url.split('?')[0]}">
<meta property="og:image" content="{img}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="800">
<meta property="article:section" content="{attr(m['section'])}">
{tags}<meta property="article:publisher" content="https://social.example/dailyclarion">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@dailyclarion">
<meta name="twitter:title" content="{attr(m.get('og_title', title))}">
<meta name="twitter:description" content="{attr(desc)}">
<meta name="twitter:image" content="{img}">
<meta name="theme-color" content="#d0021b">
<link rel="icon" href="{IMG}/static/favicon-32.png" sizes="32x32">
<link rel="apple-touch-icon" href="{IMG}/static/apple-touch-icon-180.png">
<link rel="preconnect" href="https://fonts.dailyclarion.example" crossorigin>
<link rel="preconnect" href="https://bid.adstackr.example">
<link rel="dns-prefetch" href="https://cdn.reelcast.example">
<link rel="dns-prefetch" href="https://beacon.pulsemetrics.example">
<link rel="preload" as="image" href="{img}">
<link rel="alternate" type="application/rss+xml" title="The Daily Clarion - {attr(m['section'])}" href="{HOST}/{slug(m['section'])}/feed/">
<style>{CSS}{CSS_WRAP}</style>
{lds}
<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({{"event":"pageview","page_type":"article","content_id":"{m['cid']}","section":"{slug(m['section'])}","has_gallery":{str(bool(m.get('gallery'))).lower()},"word_count":{sum(len(b.text.split()) for b in a.blocks if not b.optional)},"kicker":"{attr(m['kicker'])}"}});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tags.pulsemetrics.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','PM-DC4R82X');
</script>
<script>
window.__CLARION_CFG__={{"env":"production","articleId":"{m['cid']}","adPath":"/6204/clarion/{slug(m['section'])}/article","refreshSeconds":30,"lazyAds":true,"videoProvider":"reelcast","stickyVideo":{{"autoplay":true,"muted":true,"playlist":"pl_trending_{m['section'][:3].lower()}"}},"comments":{{"provider":"chatterbox","enabled":{str(bool(m.get('comments'))).lower()}}},"consent":{{"cmp":"openconsent","version":3}}}};
window.__CMP_CONFIG__={cmp_config(int(m['cid']) % 97)};
var adstack=window.adstack||{{que:[]}};
adstack.que.push(function(){{
  adstack.setConfig({ad_config(m)});
  adstack.targeting({{"sect":"{slug(m['section'])}","cid":"{m['cid']}","kw":{_json.dumps([slug(t) for t in m['tags']])},"gallery":"{'y' if m.get('gallery') else 'n'}"}});
  adstack.enableLazyLoad({{fetchMarginPercent:150,renderMarginPercent:60,mobileScaling:2}});
  adstack.start();
}});
</script>
<script async src="https://bid.adstackr.example/prebid/8.31/pb.min.js"></script>
<script async src="https://cdn.reelcast.example/player/v5/reelcast.min.js" data-account="clarion-3317"></script>
</head>"""


CSS_WRAP = """
.dc-page{position:relative}.dc-page__inner{min-height:100vh}.dc-main__grid{display:contents}
.article-body__section+.article-body__section{margin-top:0}.dc-teaser-module{border-top:4px solid #000;border-bottom:1px solid var(--dc-line);margin:6px 0 24px;padding:10px 0;display:flex;gap:12px;align-items:center}
.dc-teaser-module__label{font:700 12px/1 "Oswald",sans-serif;color:var(--dc-red);text-transform:uppercase;letter-spacing:1px}
.dc-teaser-module img{width:110px;height:74px;object-fit:cover}.dc-teaser-module h4{margin:4px 0 0;font:700 16px/1.3 "Roboto",Arial,sans-serif}
.dc-headline .dc-kicker{vertical-align:middle;margin:0 10px 0 0;font-size:15px}
.dc-ticker time{color:#7a0010;margin-right:6px;font-weight:900}
"""


def header(m):
    today = m["today"]
    nav = "".join(f'<li><a href="{HOST}{u}">{n}</a></li>' for n, u, _subs in NAV[:12])
    pub = m["pub"]
    tk = []
    for i, t in enumerate(TICKER[:4]):
        if m.get("ticker_times"):
            d = (pub + _dt.timedelta(days=1)).replace(hour=9 + i, minute=(17 * i + 5) % 60)
            tk.append(f'<span><time datetime="{d.isoformat()}">{d.hour % 12 or 12}:{d.minute:02d}</time><a href="{HOST}/news/breaking/{slug(t)}/">{text(t)}</a></span>')
        else:
            tk.append(f'<span><a href="{HOST}/news/breaking/{slug(t)}/">{text(t)}</a></span>')
    trend = "".join(f'<a href="{HOST}/tag/{slug(t)}/">{t}</a>' for t in m["trending"][:5])
    return f"""
<body class="single single-article section-{slug(m['section'])}{' has-gallery' if m.get('gallery') else ''}">
<noscript><img src="https://beacon.pulsemetrics.example/px.gif?acct=PM-DC4R82X&amp;js=0" width="1" height="1" alt=""></noscript>
{SPRITE}
<div class="dc-page" id="dcPage"><div class="dc-page__inner">
<div class="dc-consent" id="dcConsent" role="dialog" aria-label="Privacy settings">
  <strong>We care about your privacy</strong>
  <p>We and our partners use cookies to personalize ads and content and to measure how the site is used. Click Accept to agree, or Manage Options to choose.</p>
  <div class="dc-consent__btns"><button class="ok" data-c="accept">Accept</button><button data-c="reject">Reject All</button><button data-c="manage">Manage Options</button></div>
</div>
<div class="ad-slot ad-slot--skin l" id="ad-skin-l"></div><div class="ad-slot ad-slot--skin r" id="ad-skin-r"></div>
<header class="dc-masthead"><div class="dc-topbar"><div class="dc-container"><span class="dc-topbar__tag">New York’s loudest newspaper since 1931</span><span class="dc-topbar__links"><a href="{HOST}/tips/">Send us a tip</a><a href="{HOST}/e-edition/">E-Edition</a><a href="{HOST}/account/login/">Log In</a></span></div></div>
<div class="dc-mast"><div class="dc-container">
  <button class="dc-burger" aria-label="Open menu" id="dcBurger"><svg width="22" height="22"><use href="#dc-menu"/></svg></button>
  <span class="dc-mast__date">{long_day(today)}</span>
  <a class="dc-logo" href="{HOST}/">Daily Clarion<small>NEW YORK</small></a>
  <form class="dc-search" action="{HOST}/search/" role="search"><label class="sr-only" for="dcq">Search</label><input id="dcq" name="q" type="search" placeholder="Search"><button aria-label="Search"><svg width="16" height="16"><use href="#dc-search"/></svg></button></form>
  <a class="dc-mast__btn dc-mast__btn--y" href="{HOST}/subscribe/?src=masthead">Subscribe</a>
</div></div>
<nav class="dc-nav" aria-label="Sections"><ul>{nav}</ul></nav>
<div class="dc-ticker"><div class="dc-container"><b>Breaking</b>{''.join(tk)}</div></div>
</header>
<div class="dc-container"><div class="dc-trending"><strong>Trending:</strong>{trend}</div>
<div class="ad-slot ad-slot--lb" id="ad-top" data-ad="top_lb"></div></div>
"""


ON = ' class="on"'


def gallery_html(g, style):
    n = len(g["slides"])
    slides = "\n".join(
        f'<figure class="dc-slide" data-index="{i + 1}"><div class="dc-slide__img"><picture>'
        f'<source type="image/webp" data-srcset="{IMG}/{g["path"]}/{i + 1:02d}.webp?w=640 640w, {IMG}/{g["path"]}/{i + 1:02d}.webp?w=1200 1200w">'
        f'<img src="{PIXEL if i else IMG + "/" + g["path"] + "/01.jpg"}" data-src="{IMG}/{g["path"]}/{i + 1:02d}.jpg" '
        f'data-srcset="{IMG}/{g["path"]}/{i + 1:02d}.jpg?w=640 640w, {IMG}/{g["path"]}/{i + 1:02d}.jpg?w=1200 1200w" alt="{attr(c)}" width="1200" height="800" loading="lazy"></picture></div>'
        f'<figcaption><span class="dc-slide__num">{i + 1} / {n}</span><span class="dc-slide__cap">{render(c, style)}</span>'
        f'<span class="dc-slide__credit">{text(cr)}</span></figcaption></figure>'
        for i, (c, cr) in enumerate(g["slides"]))
    thumbs = "".join(f'<img src="{PIXEL}" data-src="{IMG}/{g["path"]}/{i + 1:02d}.jpg?w=144" alt="" width="72" height="48"{ON if i == 0 else ""}>' for i in range(n))
    return f"""<section class="dc-gallery" id="gallery-{g['id']}" data-gallery-id="{g['id']}" data-slides="{n}" aria-roledescription="carousel" aria-label="{attr(g['title'])}">
<div class="dc-gallery__head"><span class="dc-gallery__label"><svg width="12" height="12"><use href="#dc-camera"/></svg> Gallery</span><h3 class="dc-gallery__title">{render(g['title'], style)}</h3><span class="dc-gallery__count">{n} Photos</span></div>
<div class="dc-gallery__viewport"><div class="dc-gallery__track">
{slides}
</div></div>
<button class="dc-gallery__nav prev" aria-label="Previous photo"><svg width="20" height="20"><use href="#dc-chev-l"/></svg></button><button class="dc-gallery__nav next" aria-label="Next photo"><svg width="20" height="20"><use href="#dc-chev-r"/></svg></button>
<div class="dc-gallery__thumbs">{thumbs}</div>
<div class="ad-slot ad-slot--mpu" id="ad-gal-{g['id']}" data-ad="gallery_interstitial" data-every="4" hidden></div>
</section>"""


def video_teaser(v, style):
    label, title, kind, vid = v
    if kind == "iframe":
        player = f'<iframe src="https://cdn.reelcast.example/embed/{vid}?autoplay=1&amp;mute=1&amp;playsinline=1" title="{attr(title)}" allow="autoplay; fullscreen; picture-in-picture" loading="lazy"></iframe>'
    else:
        player = f'<video autoplay muted playsinline preload="metadata" poster="{IMG}/video/{vid}/poster.jpg" data-reelcast-id="{vid}"><source src="{IMG}/video/{vid}/720p.mp4" type="video/mp4"></video>'
    return f'<div class="dc-vteaser" data-component="video-teaser" data-video-id="{vid}"><span class="dc-vteaser__label">{label}</span><div class="dc-vteaser__title">{render(title, style)}</div><div class="dc-vteaser__player">{player}</div></div>'


def teaser_module(k, pub):
    h, sec, back = DONT_MISS[k]
    d = (pub - _dt.timedelta(days=back)).replace(hour=6 + (k * 5) % 15, minute=(k * 13) % 60)
    u = f"{HOST}/{d.year}/{d.month:02d}/{d.day:02d}/{sec}/{slug(h)}/"
    return (f'<aside class="dc-teaser-module" data-component="read-more"><a href="{u}"><img src="{PIXEL}" data-src="{IMG}/thumbs/{d.year}/{d.month:02d}/dm-{k}.jpg" alt="" width="110" height="74"></a>'
            f'<div><span class="dc-teaser-module__label">Read More</span><h4><a href="{u}">{text(h)}</a></h4></div></aside>')


def render_body(items, m, style):
    """The CMS renders the body as a list of components: every run of text is one
    `article-body__section`, and each insert (ad, teaser, player, gallery) closes it."""
    sections, run, n_ad = [], [], 0
    wrap = m.get("wrap", "p")

    def flush():
        if run:
            sections.append(f'<div class="article-body__section" data-component="text">\n' + "\n".join(run) + "\n</div>")
            run.clear()

    for it in items:
        k = it[0]
        if k == "p":
            body = render(it[1], style)
            if wrap == "div":
                run.append(f'<div class="dc-text-block"><p>{body}</p></div>')
            elif wrap == "span":
                run.append(f'<p class="dc-p"><span>{body}</span></p>')
            else:
                run.append(f"<p>{body}</p>")
        elif k == "h2":
            if m.get("subhead_style") == "strong":
                run.append(f'<p class="dc-subhead"><strong>{render(it[1], style)}</strong></p>')
            else:
                run.append(f"<h2>{render(it[1], style)}</h2>")
        elif k == "ul":
            run.append("<ul>" + "".join(f"<li>{render(x, style)}</li>" for x in it[1]) + "</ul>")
        elif k == "ad":
            flush()
            n_ad += 1
            sections.append(f'<div class="ad-slot ad-slot--inline" id="ad-inc-{n_ad}" data-ad="incontent" data-pos="{n_ad}"></div>')
        elif k == "gallery":
            if m.get("gallery"):
                flush()
                sections.append(gallery_html(m["gallery"], style))
        elif k == "video":
            flush()
            sections.append(video_teaser(m["video"], style))
        elif k == "readmore":
            flush()
            sections.append(f'<p class="dc-readmore"><b>Read more:</b><a href="{it[2]}">{render(it[1], style)}</a></p>')
        elif k == "teaser":
            flush()
            sections.append(teaser_module(it[1], m["pub"]))
        elif k == "nl":
            flush()
            sections.append(newsletter_box(m["newsletter"]))
    flush()
    return "\n".join(sections)


def rails(m):
    pub = m["pub"]
    mr = "".join(f'<li><a href="{HOST}/trending/{slug(h)}/">{text(h)}</a></li>' for h in (MOST_READ[m["mr_shift"]:] + MOST_READ[:m["mr_shift"]])[:6])
    cards = []
    for k in m["dont_miss"][:4]:
        h, sec, back = DONT_MISS[k]
        d = (pub - _dt.timedelta(days=back)).replace(hour=6 + (k * 5) % 15, minute=(k * 13) % 60)
        u = f"{HOST}/{d.year}/{d.month:02d}/{d.day:02d}/{sec}/{slug(h)}/"
        cards.append(f'<div class="dc-card" data-card-id="dm-{k}"><a href="{u}" class="dc-card__media"><img class="dc-card__img" src="{PIXEL}" data-src="{IMG}/thumbs/{d.year}/{d.month:02d}/dm-{k}.jpg" alt="" width="110" height="74"></a>'
                     f'<div class="dc-card__body"><h4><a href="{u}">{text(h)}</a></h4><time datetime="{d.isoformat()}">{AP_MON[d.month - 1]} {d.day}, {d.year}</time></div></div>')
    vids = "".join(f'<li><span>{t}</span><a href="{HOST}/video/{slug(h)}/">{text(h)}</a></li>' for h, t in VIDEOS[:3])
    return f"""<aside class="dc-rail" aria-label="Sidebar"><div class="dc-rail__inner">
<div class="ad-slot ad-slot--mpu" id="ad-rail-1" data-ad="rail_1"></div>
<section class="dc-mostread"><h3>Most Read</h3><ol>{mr}</ol></section>
<div class="ad-slot ad-slot--mpu" id="ad-rail-2" data-ad="rail_2"></div>
<section class="dc-dontmiss"><h3>Don’t Miss</h3><div class="dc-dontmiss__list">{''.join(cards)}</div></section>
<div class="dc-sticky-video" data-component="sticky-player"><video autoplay muted playsinline loop poster="{IMG}/video/clarion-tv/poster.jpg" data-reelcast-playlist="pl_trending"><source src="{IMG}/video/clarion-tv/loop-720p.mp4" type="video/mp4"></video>
<strong>Clarion TV</strong><ul>{vids}</ul></div>
<div class="ad-slot ad-slot--hp" id="ad-rail-3" data-ad="rail_3"></div>
</div></aside>"""


def comments_html(m):
    n, picks = m["comments"]
    rows = "".join(
        f'<div class="dc-comment"><span class="dc-comment__user">{u}</span><span class="dc-comment__time">{(i * 3 + 1)}h</span><p>{text(c)}</p><div class="dc-comment__votes">▲ {40 - i * 9} ▼ {i * 2 + 1}</div></div>'
        for i, (u, c) in enumerate(COMMENTERS[j] for j in picks[:2]))
    return f"""<section class="dc-comments" id="comments" data-provider="chatterbox" data-thread="{m['cid']}">
<h3>Comments ({n})</h3>
{rows}
<button class="dc-comments__more" data-action="load-comments">View all {n} comments</button>
</section>"""


def around_web(m):
    items = "".join(
        f'<div class="dc-around__item"><a href="https://clk.adstackr.example/r?c={i + 10 * m["mr_shift"]}" rel="sponsored noopener" target="_blank"><img src="{PIXEL}" data-src="https://img.adstackr.example/native/{slug(s)}.jpg" alt=""><p>{text(h)}</p><small>{s} · Sponsored</small></a></div>'
        for i, (h, s) in enumerate(SPONSORED[:3]))
    return f'<section class="dc-around"><h3>Around the Web</h3><div class="dc-around__grid">{items}</div></section>'


def newsletter_box(name):
    return f"""<div class="dc-nl" id="dcNewsletter"><h4>{name}</h4>
<p>The wildest, weirdest and most talked-about stories in New York, every weekday morning.</p>
<form action="{HOST}/newsletters/subscribe/" method="post"><input type="email" name="email" placeholder="Enter your email address" aria-label="Email address"><input type="hidden" name="list" value="{slug(name)}"><button>Sign up</button></form></div>"""


def footer(m):
    year = m["today"].year
    cols = "".join(f'<div><h5>{h}</h5><ul>' + "".join(f'<li><a href="{HOST}/{slug(x)}/">{x}</a></li>' for x in xs[:4]) + "</ul></div>" for h, xs in FOOTER[4:])
    state = comments_state(m)
    state_js = f'<script type="application/json" id="chatterbox-state">{state}</script>' if state else ""
    return f"""
<footer class="dc-footer"><div class="dc-container"><div class="dc-footer__inner">
<a class="dc-logo" href="{HOST}/">Daily Clarion<small>NEW YORK</small></a>
<div class="dc-footer__cols">{cols}</div>
<div class="dc-footer__social"><a href="https://social.example/dailyclarion" aria-label="Facebook"><svg width="18" height="18"><use href="#dc-fb"/></svg></a><a href="https://x.example/dailyclarion" aria-label="X"><svg width="18" height="18"><use href="#dc-x"/></svg></a></div>
<p class="dc-footer__legal">© {year} Clarion Media Group LLC. All rights reserved.</p>
</div></div></footer>
<div class="ad-slot ad-slot--anchor" id="ad-anchor" data-ad="anchor"></div>
</div></div>
{state_js}
<script type="application/json" id="reelcast-playlist">{playlist(m)}</script>
<script>window.__RECIRC__={recirc_state(m)};</script>
<script>
(function(){{
var d=document,w=window;
try{{if(!d.cookie.match(/oc_consent=/)){{d.getElementById('dcConsent').classList.add('is-open');}}}}catch(e){{}}
d.querySelectorAll('[data-c]').forEach(function(b){{b.addEventListener('click',function(){{d.cookie='oc_consent='+b.getAttribute('data-c')+';path=/;max-age=15552000';d.getElementById('dcConsent').classList.remove('is-open');w.dataLayer.push({{event:'consent',choice:b.getAttribute('data-c')}});}});}});
var lazy=[].slice.call(d.querySelectorAll('img[data-src]'));
if('IntersectionObserver' in w){{var io=new IntersectionObserver(function(es){{es.forEach(function(e){{if(e.isIntersecting){{var i=e.target;i.src=i.getAttribute('data-src');if(i.dataset.srcset)i.srcset=i.dataset.srcset;io.unobserve(i);}}}});}},{{rootMargin:'300px'}});lazy.forEach(function(i){{io.observe(i);}});}}
d.querySelectorAll('.dc-gallery').forEach(function(g){{var t=g.querySelector('.dc-gallery__track'),n=+g.dataset.slides,i=0,seen=0;function go(k){{i=(k+n)%n;t.scrollTo({{left:t.clientWidth*i,behavior:'smooth'}});seen++;w.dataLayer.push({{event:'gallery_slide',gallery:g.dataset.galleryId,index:i+1}});if(seen%4===0&&w.adstack){{adstack.refresh('gallery_interstitial');}}}}g.querySelector('.prev').onclick=function(){{go(i-1);}};g.querySelector('.next').onclick=function(){{go(i+1);}};}});
var b=d.getElementById('dcBurger');b&&b.addEventListener('click',function(){{d.body.classList.toggle('menu-open');}});
var st=d.getElementById('chatterbox-state');if(st&&w.Chatterbox){{w.Chatterbox.hydrate('#comments',JSON.parse(st.textContent));}}
}})();
</script>
<script>
!function(){{var s=document.createElement("script");s.async=!0;s.src="https://beacon.pulsemetrics.example/pm.js";s.setAttribute("data-site","clarion");s.setAttribute("data-cid","{m['cid']}");document.head.appendChild(s)}}();
</script>
<script async src="https://widgets.chatterbox.example/v2/count.js" data-site="dailyclarion"></script>
</body>
</html>"""


def page(a, m, items):
    style = m.get("style")
    pub, mod = m["pub"], m.get("mod")
    kcls = "dc-kicker dc-kicker--excl" if m["kicker"] == "EXCLUSIVE" else "dc-kicker"
    if m.get("kicker_tag") == "a":
        kicker = f'<a class="{kcls}" href="{HOST}/tag/{slug(m["kicker"])}/">{m["kicker"]}</a>'
    elif m.get("kicker_tag") == "div":
        kicker = f'<div class="article__kicker">{m["kicker"]}</div>'
    else:
        kicker = f'<span class="{kcls}">{m["kicker"]}</span>'
    if m.get("kicker_in_h1"):
        title_html = f'<h1 class="dc-headline"><span class="{kcls}">{m["kicker"]}</span> {render(a.headline, style)}</h1>'
    else:
        title_html = f'{kicker}\n<h1 class="dc-headline">{render(a.headline, style)}</h1>'
    if a.summary and m.get("bullets"):
        dek = '<ul class="dc-bullets">' + "".join(f"<li>{render(x, style)}</li>" for x in a.summary.split("\n")) + "</ul>"
    elif a.summary:
        dek = f'<p class="dc-standfirst">{render(a.summary, style)}</p>'
    else:
        dek = ""
    authors = " and ".join(f'<a href="{HOST}/author/{slug(n)}/" rel="author">{n}</a>' for n in a.authors)
    if m.get("ago"):
        when = f'<span class="dc-byline__ago"><time datetime="{pub.isoformat()}" data-relative="true">{m["ago"]}</time></span>'
    else:
        when = f'<span class="dc-byline__time">Published <time datetime="{pub.isoformat()}">{ap_time(pub)}</time></span>'
        if mod:
            when += f' <span class="dc-byline__time">| Updated <time datetime="{mod.isoformat()}">{ap_time(mod)}</time></span>'
    ncom = f'<a class="cmt" href="#comments"><svg width="14" height="14"><use href="#dc-cmt"/></svg>{m["comments"][0]}</a>' if m.get("comments") else ""
    canon = a.url.split("?")[0]
    share = (f'<div class="dc-share"><a class="fb" href="https://social.example/sharer?u={canon}" aria-label="Share on Facebook"><svg width="14" height="14"><use href="#dc-fb"/></svg></a>'
             f'<a class="x" href="https://x.example/intent/post?url={canon}" aria-label="Share on X"><svg width="14" height="14"><use href="#dc-x"/></svg></a>'
             f'<a class="pin" href="https://pins.example/create?url={canon}" aria-label="Pin it"><svg width="14" height="14"><use href="#dc-pin"/></svg></a>'
             f'<a class="em" href="mailto:?subject={attr(a.headline)}" aria-label="Email"><svg width="14" height="14"><use href="#dc-mail"/></svg></a>{ncom}</div>')
    lead = ""
    if m.get("lead"):
        cap, cr = m["lead"]
        lead = (f'<figure class="dc-lead"><div class="dc-lead__media"><picture><source type="image/webp" srcset="{m["og_image"]}?w=640&amp;fm=webp 640w, {m["og_image"]}?w=1200&amp;fm=webp 1200w">'
                f'<img src="{m["og_image"]}" srcset="{m["og_image"]}?w=640 640w, {m["og_image"]}?w=1200 1200w" sizes="(max-width:640px) 100vw, 900px" alt="{attr(cap)}" width="1200" height="800"></picture></div>'
                f'<figcaption>{render(cap, style)}<span class="dc-credit">{text(cr)}</span></figcaption></figure>')
    crumbs = "".join(f'<a href="{HOST}{u}">{n}</a>' if i == 0 else f'<span><a href="{HOST}{u}">{n}</a></span>' for i, (n, u) in enumerate(m["crumbs"]))
    tags = "".join(f'<a href="{HOST}/tag/{slug(t)}/">{t}</a>' for t in m["tags"])
    nl = newsletter_box(m["newsletter"]) if m.get("newsletter") and not any(it[0] == "nl" for it in items) else ""
    com = comments_html(m) if m.get("comments") else ""
    return head(a, m) + header(m) + f"""
<main class="dc-container" id="main"><div class="dc-main__wrap">
<div class="dc-layout">
<div class="dc-layout__primary">
<article class="dc-article" data-article-id="{m['cid']}">
<nav class="dc-crumbs" aria-label="Breadcrumb">{crumbs}</nav>
<header class="dc-article__header">
{title_html}
{dek}
<div class="dc-byline"><span class="dc-byline__author">By {authors}</span>{when}{share}</div>
</header>
{lead}
<div class="dc-body" id="article-body"><div class="article-body">
{render_body(items, m, style)}
</div></div>
<footer class="dc-article__footer">
<div class="dc-tags"><b>Filed under</b>{tags}</div>
{share}
</footer>
</article>
{nl}
{com}
{around_web(m)}
</div>
{rails(m)}
</div>
</div></main>""" + footer(m)


# ---------------------------------------------------------------- articles

def blocks_of(items, summary="", lead=None, gallery=None):
    out = [Block("paragraph", s, optional=True) for s in summary.split("\n") if s]
    if lead:
        out.append(Block("caption", lead, optional=True))
    for it in items:
        if it[0] == "gallery" and gallery:
            out += [Block("caption", c, optional=True) for c, _credit in gallery["slides"]]
        elif it[0] == "p":
            out.append(Block("paragraph", it[1]))
        elif it[0] == "h2":
            out.append(Block("heading", it[1]))
        elif it[0] == "ul":
            out += [Block("list_item", x) for x in it[1]]
    return out


BASE = ["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "ad-slots", "most-read",
        "kicker", "decoy-date", "local-time-zone", "json-ld", "tag-list"]
ARTICLES = []

# 1 ------------------------------------------------------------------------------------------
H1 = "TV chef Sloane Varrick lists lakeside ‘glass barn’ for $14.2M — and wait till you see the kitchen"
S1 = "The ‘Supper Club Live’ host spent four years turning a 19th-century dairy barn into a glass-walled showpiece. Now she says it’s time to let go."
CAP1 = "Sloane Varrick’s converted dairy barn on Lake Mahopac is on the market for $14.2 million."
ITEMS1 = [
    ("p", "Celebrity chef Sloane Varrick is saying goodbye to the barn."),
    ("p", "The ‘Supper Club Live’ host has put her converted 1880s dairy barn on the shores of Lake Mahopac on the market for $14.2 million, according to a listing that went live Wednesday morning — and the photos show a home that is more glass than barn."),
    ("p", "Varrick, 47, bought the crumbling five-acre property in Putnam County for $3.1 million in 2015 and spent the next four years gutting it, keeping the original hemlock beams and replacing almost every exterior wall with floor-to-ceiling windows."),
    ("p", "“I fell in love with the bones of it. The cows had better views than most people in Manhattan,” Varrick told The Clarion in a phone interview. “But the kids are grown, I’m on a plane four days a week, and a house like this deserves someone who is actually in it.”"),
    ("ad",),
    ("gallery",),
    ("h2", "A kitchen fit for TV"),
    ("p", "The centerpiece, unsurprisingly, is the kitchen. The 1,100-square-foot space has two islands, a wood-fired oven imported from Naples, a walk-in cold room and a 22-foot marble counter that Varrick says was craned in through the roof before the last beams went up."),
    ("p", "Several episodes of the show’s fourth season were filmed there, and eagle-eyed fans will recognize the copper range hood, which had to be custom-built by a metalworker in Vermont."),
    ("video",),
    ("p", "Beyond the kitchen, the main house has five bedrooms, six and a half bathrooms, a library loft reached by a rolling ladder and a primary suite with a freestanding tub that looks straight out over the water."),
    ("p", "Outside there is a heated saltwater pool, a restored 1920s boathouse with a guest apartment upstairs, a chicken coop Varrick calls “the henhouse of my dreams” and a kitchen garden with 40 raised beds."),
    ("ad",),
    ("p", "Listing agent Marcus Delahoy of Hollis & Crane Realty said he expected interest from city buyers looking for a weekend place within 90 minutes of Midtown."),
    ("p", "“Properties on the lake with this kind of frontage almost never come up, and when they do they don’t look like this,” Delahoy said. “We’ve had six requests for private showings and the listing has been live for three hours.”"),
    ("p", "Lakefront homes in the area sold for a median of $1.9 million last year, according to figures from the Putnam Multiple Listing Exchange, making Varrick’s asking price one of the highest ever sought in the county."),
    ("h2", "From hayloft to showpiece"),
    ("p", "When Varrick bought the property, the barn had no heat, no plumbing and a roof that leaked in a dozen places. Town records show she won approval for the renovation only after agreeing to keep the building’s original footprint and its gambrel roofline, a condition pushed by the local historical society."),
    ("p", "Architect Naomi Sterling, who designed the conversion, said the glass walls were the hardest sell. “The historical commission wanted it to still read as a barn from the lake,” Sterling said. “So the frame is all original, and the glass sits behind it like a lantern.”"),
    ("teaser", 9),
    ("p", "The renovation was the subject of a two-part special of ‘Supper Club Live’ in 2018, which drew the show’s biggest audience of that season, according to the network. Varrick has said the kitchen alone took 14 months to finish."),
    ("p", "Neighbors said the chef had been a low-key presence. “She’d show up at the farm stand on Saturday mornings like everyone else,” said Gail Hennessy, who runs a produce stand on Route 6. “Half the time people didn’t recognize her without the apron.”"),
    ("p", "Varrick, who also owns a Tribeca loft and a beach cottage in Montauk, said she had not decided where she would spend her weekends next. “Somewhere with a smaller lawn,” she joked."),
]
G1 = dict(id="g8814", title="Inside Sloane Varrick’s $14.2M glass barn", path="galleries/2019/08/varrick-barn", slides=[
    ("The 1880s dairy barn sits on five acres on the western shore of Lake Mahopac.", "Hollis & Crane Realty"),
    ("Floor-to-ceiling windows replaced almost every exterior wall during the four-year renovation.", "Hollis & Crane Realty"),
    ("The 1,100-square-foot kitchen has two islands and a 22-foot marble counter.", "Hollis & Crane Realty"),
    ("A wood-fired oven imported from Naples anchors one end of the kitchen.", "Hollis & Crane Realty"),
    ("The double-height living room keeps the barn’s original hemlock beams.", "Hollis & Crane Realty"),
    ("A rolling ladder leads to the library loft.", "Hollis & Crane Realty"),
    ("The primary bathroom’s freestanding tub faces the lake.", "Hollis & Crane Realty"),
    ("The heated saltwater pool and terrace.", "Hollis & Crane Realty"),
    ("A restored 1920s boathouse has a guest apartment upstairs.", "Hollis & Crane Realty"),
    ("Varrick calls the chicken coop “the henhouse of my dreams.”", "Hollis & Crane Realty"),
])
A1 = Article(
    id=f"{SITE}-01", site=SITE, url=f"{HOST}/real-estate/article-1190814/tv-chef-sloane-varrick-lists-lakeside-glass-barn-for-14-2m.html",
    language="en", headline=H1, published="2019-08-14T10:32:00-04:00", modified=None,
    authors=["Dana Pruitt"], summary=S1, blocks=blocks_of(ITEMS1, S1, CAP1, G1),
    entities=[("Sloane Varrick", "PER"), ("Varrick", "PER"), ("Supper Club Live", "MISC"), ("Lake Mahopac", "LOC"),
              ("Putnam County", "LOC"), ("Manhattan", "LOC"), ("The Clarion", "ORG"), ("Naples", "LOC"),
              ("Vermont", "LOC"), ("Marcus Delahoy", "PER"), ("Delahoy", "PER"), ("Hollis & Crane Realty", "ORG"),
              ("Midtown", "LOC"), ("Putnam Multiple Listing Exchange", "ORG"), ("Tribeca", "LOC"), ("Montauk", "LOC"),
              ("Naomi Sterling", "PER"), ("Sterling", "PER"), ("Gail Hennessy", "PER"), ("Route 6", "LOC")],
    phenomena=BASE + ["localized-date", "image-gallery", "standfirst", "photo-caption", "subheadings", "inline-video-teaser",
                      "html-entities", "title-differs-from-headline", "comments", "newsletter-box"],
    notes="The 'REAL ESTATE' label inside the <h1> is a kicker, not headline; the 'Read More' teaser module between paragraphs is not body. The lead-photo caption is an optional caption block. Adjudicated: the 10 slide captions of the in-body gallery are optional caption blocks in gallery order where the gallery stands (GUIDELINES 7.7, 8), and the AP-style visible date with a month name makes the page localized-date (GUIDELINES 10).",
)
M1 = dict(
    pub=dt(2019, 8, 14, 10, 32), today=_dt.date(2019, 8, 15), cid="1190814", section="Real Estate",
    kicker="REAL ESTATE", kicker_tag="a", style=ENT, wrap="p", kicker_in_h1=True,
    title="Sloane Varrick selling Lake Mahopac ‘glass barn’ home for $14.2 million: photos",
    desc="The ‘Supper Club Live’ host is selling her converted 1880s dairy barn on Lake Mahopac for $14.2 million.",
    og_image=f"{IMG}/wp-content/uploads/2019/08/varrick-barn-exterior.jpg",
    lead=(CAP1, "Hollis & Crane Realty"),
    crumbs=[("Real Estate", "/real-estate/"), ("Celebrity Homes", "/real-estate/celebrity-homes/")],
    tags=["Celebrity Homes", "Sloane Varrick", "Real Estate", "Hudson Valley", "Listings"],
    trending=["Celebrity Homes", "Heat Wave", "Subway", "Yankees", "Lottery", "Rent Guidelines Board", "Beach Closures"],
    gallery=G1,
    video=("Watch", "Sloane Varrick’s five-minute skillet pasta", "video", "rc-55210"),
    comments=(87, [0, 2, 7]), newsletter="The Clarion Daily Dish", mr_shift=0, dont_miss=[0, 3, 9, 11, 2],
)
ARTICLES.append((A1, M1, ITEMS1))

# 2 ------------------------------------------------------------------------------------------
H2 = "Golf ball-sized hail smashes windshields, sends beachgoers running on Jersey Shore"
CAP2 = "Hailstones the size of golf balls piled up on a boardwalk bench in Seaside Heights on Friday afternoon."
ITEMS2 = [
    ("p", "A violent summer storm pelted the Jersey Shore with hail the size of golf balls on Friday afternoon, shattering car windshields, shredding beach umbrellas and sending thousands of holiday-weekend beachgoers sprinting for cover."),
    ("p", "The storm rolled in off the ocean shortly after 3 p.m. and lasted barely 20 minutes, but witnesses in Seaside Heights and Lavallette said it felt far longer."),
    ("p", "“It went from sunny to pitch black in about five minutes,” said Kayla Brennan, 26, who was visiting from Scranton with three friends. “Then the ice started coming down and everybody just ran. People were hiding under the boardwalk, in the arcades, anywhere with a roof.”"),
    ("video",),
    ("p", "Meteorologist Gary Lindqvist of the Coastal Storm Desk, a private forecasting service based in Toms River, said the storm had dropped hailstones up to 1.75 inches across, which he called “extremely unusual” for the immediate coastline in July."),
    ("p", "“Hail this size needs a very tall thunderstorm with a lot of cold air aloft, and you usually see it inland,” Lindqvist said. “For a storm like this to form right over the beach on a holiday weekend is rare.”"),
    ("ad",),
    ("p", "Police in Seaside Heights said they received more than 60 calls in half an hour, most of them about damaged cars. No serious injuries were reported, although first aid squads treated five people for cuts and bruises, including a lifeguard struck on the shoulder while bringing swimmers out of the water."),
    ("gallery",),
    ("p", "Parked cars along Ocean Terrace bore the brunt of it. Several had their rear windows punched out, and one vintage convertible had its soft top torn open."),
    ("p", "“I restored that car for eight years,” said its owner, Phil Mancuso, 63, pointing at the dents on the hood. “Eight years, and 20 minutes of ice.”"),
    ("ad",),
    ("p", "Business owners said the timing could hardly have been worse, with the boardwalk packed for the start of the Fourth of July weekend. At least a dozen food stands and gift shops closed for the rest of the afternoon to sweep up glass and sodden stock."),
    ("p", "Forecasters expect calmer, hotter weather for the rest of the holiday weekend, with highs in the upper 80s on Saturday and Sunday."),
]
G2 = dict(id="g21702", title="IN PICTURES: Hail hits the Shore", path="galleries/2021/07/shore-hail", slides=[
    ("Beachgoers shelter under the boardwalk in Seaside Heights as the storm hits.", "Clarion photo / Nick Abate"),
    ("Hailstones collected by a lifeguard, measured against a ruler.", "Courtesy of Kayla Brennan"),
    ("A shattered rear window on Ocean Terrace.", "Clarion photo / Nick Abate"),
    ("Shredded beach umbrellas left on the sand after the storm.", "Clarion photo / Nick Abate"),
    ("Phil Mancuso inspects the torn soft top of his restored convertible.", "Clarion photo / Nick Abate"),
    ("Workers sweep glass and ice from an arcade entrance.", "Clarion photo / Nick Abate"),
    ("Hail piles up against a boardwalk railing in Lavallette.", "Courtesy of reader"),
    ("Sunshine returns to the beach less than an hour later.", "Clarion photo / Nick Abate"),
])
A2 = Article(
    id=f"{SITE}-02", site=SITE, url=f"{HOST}/2021/07/02/news/golf-ball-sized-hail-smashes-windshields-on-jersey-shore/",
    language="en", headline=H2, published="2021-07-02T17:48:00-04:00", modified="2021-07-02T19:05:00-04:00",
    authors=["Tom Kessler", "Rina Oduya"], summary="", blocks=blocks_of(ITEMS2, "", CAP2, G2),
    entities=[("Jersey Shore", "LOC"), ("Seaside Heights", "LOC"), ("Lavallette", "LOC"), ("Kayla Brennan", "PER"),
              ("Scranton", "LOC"), ("Gary Lindqvist", "PER"), ("Lindqvist", "PER"), ("Coastal Storm Desk", "ORG"),
              ("Toms River", "LOC"), ("Ocean Terrace", "LOC"), ("Phil Mancuso", "PER"), ("Fourth of July", "MISC")],
    phenomena=BASE + ["localized-date", "image-gallery", "photo-caption", "inline-video-teaser", "iframe-embeds", "updated-date",
                      "multiple-authors", "comments", "newsletter-box", "date-in-url"],
    notes="The lead-photo caption is an optional caption block and the 'Watch' autoplay teaser is excluded. Adjudicated with the second annotation: the 8 slide captions of the 'IN PICTURES' gallery are optional caption blocks in gallery order where the gallery stands, with their entities (GUIDELINES 7.7, 8), and the visible 'July 2, 2021' dates make the page localized-date (GUIDELINES 10).",
)
M2 = dict(
    pub=dt(2021, 7, 2, 17, 48), mod=dt(2021, 7, 2, 19, 5), today=_dt.date(2021, 7, 3), cid="1210702", section="News",
    kicker="WILD WEATHER", kicker_tag="span", wrap="div", subhead_style="h2",
    desc="A 20-minute storm pelted Seaside Heights and Lavallette with hail up to 1.75 inches across at the start of the holiday weekend.",
    og_image=f"{IMG}/wp-content/uploads/2021/07/hail-seaside-heights.jpg",
    lead=(CAP2, "Clarion photo / Nick Abate"),
    crumbs=[("News", "/news/"), ("Weather", "/news/weather/")],
    tags=["Weather", "Jersey Shore", "Hail", "Fourth of July", "New Jersey"],
    trending=["Fourth of July", "Fireworks", "Heat Wave", "Jersey Shore", "Mets", "Gas Prices", "Beach Closures"],
    gallery=G2,
    video=("Watch", "Hail pounds the boardwalk in Seaside Heights", "iframe", "rc-71042"),
    comments=(112, [1, 3, 5]), newsletter="The Clarion Morning Rush", mr_shift=3, dont_miss=[4, 6, 12, 1, 8],
)
ARTICLES.append((A2, M2, ITEMS2))

# 3 ------------------------------------------------------------------------------------------
H3 = "Runaway alpaca leads cops on 40-minute chase through New Jersey cul-de-sacs"
ITEMS3 = [
    ("p", "An escaped alpaca led police on a 40-minute chase through a quiet neighborhood in Hamilton Township on Wednesday evening before being lured back with a bucket of carrots."),
    ("gallery",),
    ("p", "The animal slipped out of a petting-zoo trailer parked for a school spring fair, officers said, and was spotted trotting across front lawns and at least one backyard pool deck."),
    ("ad",),
    ("p", "“He was faster than any of us,” said Sgt. Ray Dolan. “In the end the carrots did what we couldn’t.”"),
    ("p", "The alpaca was unhurt and was returned to the Briar Hollow Farm petting zoo."),
]
G3 = dict(id="g88173", title="Alpaca on the loose", path="galleries/2023/03/alpaca-chase", slides=[
    ("The alpaca crosses a front lawn on Larkspur Court.", "Courtesy of Hamilton Township police"),
    ("Officers try to corner the animal beside a parked SUV.", "Courtesy of a neighbor"),
    ("The alpaca pauses on a backyard pool deck.", "Courtesy of a neighbor"),
    ("Neighbors film the chase from their driveways.", "Courtesy of a neighbor"),
    ("Sgt. Ray Dolan with the bucket of carrots that ended the chase.", "Courtesy of Hamilton Township police"),
    ("Back in the trailer, safe and sound.", "Courtesy of Briar Hollow Farm"),
])
A3 = Article(
    id=f"{SITE}-03", site=SITE, url=f"{HOST}/news/article-8817340/runaway-alpaca-leads-cops-on-chase.html",
    language="en", headline=H3, published="2023-03-08T23:05:00-05:00", modified=None,
    authors=["Megan Alvarez"], summary="", blocks=blocks_of(ITEMS3, gallery=G3),
    entities=[("New Jersey", "LOC"), ("Hamilton Township", "LOC"), ("Ray Dolan", "PER"), ("Briar Hollow Farm", "ORG"),
              ("Larkspur Court", "LOC")],
    phenomena=BASE + ["image-gallery", "photo-caption", "short-article", "relative-date", "date-only-in-metadata", "newsletter-box"],
    notes="The byline shows only '2 hours ago'; the exact time (23:05 EST, the evening before the header's 'today') is only in the JSON-LD (the page carries no date meta tag). Adjudicated: the 6 slide captions are optional caption blocks where the gallery stands (GUIDELINES 7.7, 8); no absolute date is visible, so no localized-date.",
)
M3 = dict(
    pub=dt(2023, 3, 8, 23, 5), today=_dt.date(2023, 3, 9), ago="2 hours ago", cid="8817340", section="News",
    kicker="CAUGHT ON CAMERA", kicker_tag="div", wrap="span", ld_author="none",
    desc="Police in Hamilton Township spent 40 minutes chasing an alpaca that escaped from a petting-zoo trailer.",
    og_image=f"{IMG}/wp-content/uploads/2023/03/alpaca-chase-hamilton.jpg", lead=None,
    crumbs=[("News", "/news/"), ("Weird But True", "/news/weird-but-true/")],
    tags=["Weird But True", "Animals", "New Jersey", "Police"],
    trending=["March Madness", "Daylight Saving Time", "Subway", "Knicks", "Rent", "Weird But True"],
    gallery=G3,
    newsletter="The Clarion Weird But True", mr_shift=5, dont_miss=[13, 6, 1, 10, 7],
)
ARTICLES.append((A3, M3, ITEMS3))

# 4 ------------------------------------------------------------------------------------------
H4 = "Jilted groom throws $38K ‘un-wedding’ bash on the day he was supposed to say ‘I do’"
S4 = ("Dominic Ferraro kept the venue, the band and the 12-tier cake after his fiancée called it off\n"
      "140 guests came in Hawaiian shirts and sweatpants, and his grandmother led the conga line")
ITEMS4 = [
    ("p", "The wedding was off. The party was not."),
    ("p", "Staten Island mechanic Dominic Ferraro was supposed to marry his girlfriend of six years on Saturday night. Instead, the 31-year-old threw what he called an “un-wedding” for 140 guests at the same Hylan Boulevard banquet hall, with the same band, the same open bar and the same 12-tier cake, minus the little bride and groom on top."),
    ("p", "“I had already paid for everything, and the hall said no refunds,” Ferraro told The Clarion on Sunday, still wearing the shirt he had on at the party. “So I thought, what am I going to do, sit home and cry? I’d rather dance.”"),
    ("p", "Ferraro says his fiancée called off the wedding in March, less than ten weeks before the big day. He declined to say why, and she did not respond to messages. The couple’s families, he said, have stayed on friendly terms."),
    ("readmore", "Bride’s mom crashes reception on a jet ski — and the video is everything", f"{HOST}/2017/05/19/page-nine/brides-mom-crashes-reception-on-a-jet-ski/"),
    ("p", "The final bill came to about $38,000, he said, most of it nonrefundable deposits on the venue, the 11-piece band and the catering. He got his money back on the flowers and the limousine, and spent it on a fireworks display over the parking lot instead."),
    ("ad",),
    ("p", "Guests were asked to come in “anything but wedding clothes,” and many arrived in Hawaiian shirts and sweatpants. The traditional first dance was replaced by a conga line led by Ferraro’s 84-year-old grandmother, Rosaria, who told guests she had “never been to a better wedding.”"),
    ("p", "Best man Anthony Lupo, who gave a speech anyway, said the mood was more block party than breakup. “Half the room was crying the first hour and then everybody just let go,” he said. “By midnight nobody remembered why we were there.”"),
    ("h2", "‘Free therapy’"),
    ("p", "The banquet hall’s manager, Carla Benedetti of the Villa Sorrentina, said she had seen plenty of weddings cancelled but never one turned into a celebration. “Usually we get an angry phone call and a lawyer’s letter,” she said. “This time we got a thank-you card.”"),
    ("p", "Benedetti said the hall had let Ferraro swap the ceremony room for a second bar, and the staff printed a new menu card that read “Dominic’s Party — Dress Code: Whatever.” The kitchen kept the original dinner of baked ziti, chicken francese and a raw bar, but the champagne toast became a round of limoncello."),
    ("ad",),
    ("p", "Videos from the night, posted by guests under the hashtag #UnWedding, had been watched more than 900,000 times by Sunday afternoon."),
    ("h2", "‘I’m not bitter’"),
    ("p", "Not everyone was sure about the idea at first. Ferraro’s mother, Theresa, said she spent a week trying to talk him out of it. “I told him people would think he lost his mind,” she said. “Then I saw him on the dance floor with his grandmother and I thought, this is the healthiest thing he’s ever done.”"),
    ("p", "Ferraro said he had invited his former fiancée’s parents, who sent a card and a bottle of wine but did not come. “I’m not bitter. They were going to be my family,” he said. “You don’t stop caring about people because the plan changed.”"),
    ("nl",),
    ("p", "Wedding planners said the idea is not as unusual as it sounds. Marisa Colangelo, who runs a planning business in Bay Ridge, said she had helped two clients turn cancelled weddings into fundraisers and one into a 40th birthday party for the bride’s father. “Deposits are the cruelest part of a breakup,” she said. “People are looking for a way to get something back.”"),
    ("p", "Ferraro said he had no regrets about the price tag. “It was the most expensive therapy session in history,” he said. “But it worked.”"),
    ("p", "The leftover cake — four tiers survived the night — was donated to a church soup kitchen in Port Richmond on Sunday morning, he said."),
    ("gallery",),
]
G4 = dict(id="g17521", title="The un-wedding in pictures", path="galleries/2017/05/unwedding", slides=[
    ("Dominic Ferraro greets guests at the door of the Villa Sorrentina.", "Courtesy of Dominic Ferraro"),
    ("Guests were told to wear ‘anything but wedding clothes.’", "Courtesy of Dominic Ferraro"),
    ("The 12-tier cake, minus the figurines.", "Courtesy of Dominic Ferraro"),
    ("Grandmother Rosaria leads the conga line.", "Courtesy of Anthony Lupo"),
    ("Best man Anthony Lupo gives his speech anyway.", "Courtesy of Dominic Ferraro"),
    ("The 11-piece band played until 1 a.m.", "Courtesy of Dominic Ferraro"),
    ("Fireworks over the parking lot, paid for with the flower refund.", "Courtesy of a guest"),
    ("Ferraro on the dance floor at midnight.", "Courtesy of a guest"),
    ("Four tiers of cake survived and went to a soup kitchen.", "Courtesy of Dominic Ferraro"),
])
A4 = Article(
    id=f"{SITE}-04", site=SITE, url=f"{HOST}/metro/article-1170521/jilted-groom-throws-38k-un-wedding-bash.html",
    language="en", headline=H4, published="2017-05-21T09:15:00-04:00", modified=None,
    authors=["Lisa Marchetti"], summary=S4, blocks=blocks_of(ITEMS4, S4, gallery=G4),
    entities=[("Staten Island", "LOC"), ("Dominic Ferraro", "PER"), ("Ferraro", "PER"), ("Hylan Boulevard", "LOC"),
              ("The Clarion", "ORG"), ("Rosaria", "PER"), ("Anthony Lupo", "PER"), ("Carla Benedetti", "PER"),
              ("Villa Sorrentina", "ORG"), ("Port Richmond", "LOC"), ("Dominic", "PER"), ("Theresa", "PER"),
              ("Marisa Colangelo", "PER"), ("Bay Ridge", "LOC")],
    phenomena=BASE + ["localized-date", "image-gallery", "photo-caption", "standfirst", "subheadings", "inline-related", "title-differs-from-headline",
                      "comments", "newsletter-box"],
    notes="The two-bullet standfirst is kept as two optional paragraphs (summary lines joined by a newline); the 'Read more' line and the newsletter box inside the body are not body; 'EXCLUSIVE' inside the <h1> is a kicker, and the breaking-news ticker's times above the article are decoys. Adjudicated: the closing 9-slide gallery's captions are optional caption blocks at the end, where the gallery stands (GUIDELINES 7.7, 8).",
)
M4 = dict(
    pub=dt(2017, 5, 21, 9, 15), today=_dt.date(2017, 5, 22), cid="1170521", section="Metro",
    kicker="EXCLUSIVE", kicker_tag="span", wrap="p", bullets=True, subhead_style="strong", kicker_in_h1=True, ticker_times=True,
    ld_headline="Jilted groom throws $38K party on the day he was supposed to marry",
    title="Jilted Staten Island groom throws lavish party on his cancelled wedding day",
    desc="Dominic Ferraro kept the venue, the band and the cake and threw an ‘un-wedding’ party for 140 guests.",
    og_image=f"{IMG}/wp-content/uploads/2017/05/unwedding-conga-line.jpg", lead=None,
    crumbs=[("Metro", "/metro/"), ("Staten Island", "/metro/staten-island/")],
    tags=["Staten Island", "Weddings", "Viral", "Exclusive"],
    trending=["Memorial Day", "Subway", "Yankees", "Staten Island Ferry", "Weddings", "Heat Wave"],
    gallery=G4,
    comments=(264, [4, 0, 8]), newsletter="The Clarion Daily Dish", mr_shift=2, dont_miss=[0, 9, 5, 3, 10],
)
ARTICLES.append((A4, M4, ITEMS4))

# 5 ------------------------------------------------------------------------------------------
H5 = "Gilded Reel Awards 2024: The daring, the dazzling and the downright baffling looks"
S5 = "From a gown made of 4,000 guitar picks to a tuxedo with a built-in cape, the stars went big at Sunday night’s ceremony"
ITEMS5 = [
    ("p", "Subtle was not on the menu at the Gilded Reel Awards on Sunday night."),
    ("p", "The 31st edition of the film-industry honors brought the usual parade of designer gowns and sharp tailoring to the red carpet outside the Belmont Theater in Los Angeles, but it was the risk-takers who had the photographers shouting loudest."),
    ("gallery",),
    ("p", "Best actress nominee Marisol Vane stopped traffic in a floor-length gown stitched from 4,000 mother-of-pearl guitar picks, a nod to her role as a 1970s session musician in “Night Shift at Sable Road.” The dress took a team of nine seamstresses 600 hours to finish, her stylist told reporters."),
    ("p", "“It sounds like wind chimes when I walk,” Vane said, giving a twirl. “I’m going to have to sit very, very still.”"),
    ("p", "Her co-star Elliot Brandt went for drama of a different kind: a midnight-blue velvet tuxedo with a detachable floor-sweeping cape, which he handed to a bewildered usher before taking his seat."),
    ("ad",),
    ("h2", "The hits"),
    ("p", "Veteran character actress June Okafor, 72, was a crowd favorite in a sharply cut white pantsuit and a stack of vintage gold bangles she said had belonged to her mother."),
    ("p", "First-time nominee Theo Lindgren kept it classic in a black double-breasted suit, but pinned on a brooch in the shape of the Gilded Reel statuette, which he said he had made himself from a craft kit."),
    ("video",),
    ("h2", "The head-scratchers"),
    ("p", "Not every gamble paid off. Pop singer turned actress Kiki Lamarr arrived in a sculpted gown shaped like an unspooled film reel that was so wide she had to enter the theater sideways, while comedian Ross Fenwick’s suit, printed all over with images of his own face, divided opinion online within minutes."),
    ("p", "Fenwick seemed unbothered. “If you’re going to lose, lose loudly,” he told the Clarion as he posed for selfies with fans behind the barriers."),
    ("teaser", 11),
    ("p", "Host Benny Aldana, presenting the ceremony for the third year running, made the most of his wardrobe budget, changing six times over the evening. His final look, a gold lamé jumpsuit, came out for the best picture award and drew a standing ovation from the balcony."),
    ("p", "Backstage, stylists said the mood had shifted after two years of safe, muted looks. “Designers were begging for someone to take a risk,” said stylist Oona Prescott, who dressed three nominees. “Tonight they got ten people who said yes.”"),
    ("ad",),
    ("p", "The ceremony itself belonged to “Night Shift at Sable Road,” which took five awards including best picture. Vane, though, lost best actress to newcomer Priya Castellano, who wore a simple black slip dress and, by her own admission, borrowed shoes."),
    ("p", "“I didn’t think I’d have to walk anywhere,” Castellano said backstage, clutching the statuette. “I thought I’d be clapping for someone else.”"),
    ("h2", "After the show"),
    ("p", "The night did not end at the theater. Castellano and her cast mates went on to the studio’s party on the roof of the Marlowe Hotel, where guests were handed slippers at the door, while Vane skipped the parties altogether. Her publicist said the guitar-pick gown weighed 19 pounds and that the actress was “going home to lie down.”"),
    ("p", "Lamarr, meanwhile, changed out of her film reel and into a tracksuit for the ride to a late dinner, according to a person in her group, who said the gown had needed a van of its own."),
    ("p", "Fashion watchers were handing out verdicts by Monday morning. A reader poll on the Clarion’s website named Vane’s gown the look of the night with 41% of the vote, ahead of Okafor’s pantsuit at 23%. Fenwick’s face suit came last, with 4%."),
]
G5 = dict(id="g24225", title="Gilded Reel Awards 2024: Every look from the red carpet", path="galleries/2024/02/gilded-reel-red-carpet", slides=[
    ("Marisol Vane in a gown stitched from 4,000 mother-of-pearl guitar picks.", "Clarion photo / Dev Malhotra"),
    ("Elliot Brandt’s midnight-blue velvet tuxedo came with a detachable cape.", "Clarion photo / Dev Malhotra"),
    ("June Okafor in a white pantsuit and her mother’s gold bangles.", "Clarion photo / Dev Malhotra"),
    ("Theo Lindgren and his homemade statuette brooch.", "Clarion photo / Dev Malhotra"),
    ("Kiki Lamarr’s film-reel gown needed a sideways entrance.", "Clarion photo / Dev Malhotra"),
    ("Ross Fenwick in a suit printed with his own face.", "Clarion photo / Dev Malhotra"),
    ("Priya Castellano in a black slip dress and borrowed shoes.", "Clarion photo / Dev Malhotra"),
    ("Host Benny Aldana changed outfits six times during the night.", "Clarion photo / Dev Malhotra"),
    ("Sequins, feathers and one very long train on the carpet.", "Clarion photo / Dev Malhotra"),
    ("Nominees pose at the foot of the Belmont Theater steps.", "Clarion photo / Dev Malhotra"),
    ("A metallic cape catches the light of the flashbulbs.", "Clarion photo / Dev Malhotra"),
    ("The winners gather backstage with their statuettes.", "Clarion photo / Dev Malhotra"),
])
A5 = Article(
    id=f"{SITE}-05", site=SITE, url=f"{HOST}/entertainment/article-9024118/gilded-reel-awards-2024-red-carpet-looks.html",
    language="en", headline=H5, published="2024-02-25T23:40:00-05:00", modified=None,
    authors=["Jade Whitcombe", "Noor Haddad"], summary=S5, blocks=blocks_of(ITEMS5, S5, gallery=G5),
    entities=[("Gilded Reel Awards", "MISC"), ("Gilded Reel", "MISC"), ("Belmont Theater", "LOC"),
              ("Los Angeles", "LOC"), ("Marisol Vane", "PER"), ("Vane", "PER"), ("Night Shift at Sable Road", "MISC"),
              ("Elliot Brandt", "PER"), ("June Okafor", "PER"), ("Theo Lindgren", "PER"), ("Kiki Lamarr", "PER"),
              ("Ross Fenwick", "PER"), ("Fenwick", "PER"), ("Clarion", "ORG"), ("Priya Castellano", "PER"),
              ("Castellano", "PER"), ("Benny Aldana", "PER"), ("Oona Prescott", "PER"), ("Marlowe Hotel", "LOC"),
              ("Lamarr", "PER"), ("Okafor", "PER")],
    phenomena=BASE + ["localized-date", "image-gallery", "photo-caption", "standfirst", "subheadings", "inline-video-teaser", "multiple-authors",
                      "newsletter-box"],
    notes="The autoplay 'Watch' teaser is excluded. Adjudicated: the 12 slide captions of the red-carpet gallery are optional caption blocks in gallery order where the gallery stands (GUIDELINES 7.7, 8); 'Host' before Benny Aldana is a role.",
)
M5 = dict(
    pub=dt(2024, 2, 25, 23, 40), today=_dt.date(2024, 2, 26), cid="9024118", section="Entertainment",
    kicker="RED CARPET", kicker_tag="a", wrap="p", ticker_times=True,
    desc="Marisol Vane’s guitar-pick gown, Elliot Brandt’s cape and Kiki Lamarr’s film-reel dress: the best and worst looks from the Gilded Reel Awards.",
    og_image=f"{IMG}/wp-content/uploads/2024/02/gilded-reel-red-carpet.jpg", lead=None,
    crumbs=[("Entertainment", "/entertainment/"), ("Awards", "/entertainment/awards/")],
    tags=["Gilded Reel Awards", "Red Carpet", "Celebrity Fashion", "Awards Season"],
    trending=["Gilded Reel Awards", "Red Carpet", "Knicks", "Snowstorm", "Tax Season", "Reality TV"],
    gallery=G5,
    video=("Watch now", "Red carpet rewind: the night’s biggest fashion moments in 90 seconds", "video", "rc-90241"),
    newsletter="The Clarion Page Nine Insider", mr_shift=7, dont_miss=[3, 11, 0, 8, 13],
)
ARTICLES.append((A5, M5, ITEMS5))

# 6 ------------------------------------------------------------------------------------------
H6 = "Bronx bus rider finds 5-foot snake coiled under her seat"
ITEMS6 = [
    ("p", "A Bronx commuter got more than she bargained for on her morning ride Monday when she looked down and saw a 5-foot boa constrictor curled around the metal leg of her seat."),
    ("p", "“I thought it was a scarf somebody dropped. Then the scarf moved,” said Denise Whitfield, 44, who was riding to work along Fordham Road."),
    ("ad",),
    ("p", "The driver pulled over and cleared the bus. An animal control officer collected the snake, which was calm and appeared well fed, and took it to a shelter in Queens. Nobody has claimed it."),
]
A6 = Article(
    id=f"{SITE}-06", site=SITE, url=f"{HOST}/metro/bronx-bus-rider-finds-snake-coiled-under-her-seat/",
    language="en", headline=H6, published="2016-10-11T07:40:00-04:00", modified=None,
    authors=["Tom Kessler"], summary="", blocks=blocks_of(ITEMS6),
    entities=[("Bronx", "LOC"), ("Denise Whitfield", "PER"), ("Fordham Road", "LOC"), ("Queens", "LOC")],
    phenomena=BASE + ["localized-date", "short-article", "html-entities"],
    notes="A brief with no standfirst and no gallery; quotes and dashes in the copy are written as numeric character references.",
)
M6 = dict(
    pub=dt(2016, 10, 11, 7, 40), today=_dt.date(2016, 10, 12), cid="1161011", section="Metro",
    kicker="YIKES", kicker_tag="span", style=ENT_NUM, wrap="p", ld_author="staff",
    desc="A commuter on a Bronx bus found a 5-foot boa constrictor curled around the leg of her seat.",
    og_image=f"{IMG}/wp-content/uploads/2016/10/bronx-bus-boa.jpg", lead=None,
    crumbs=[("Metro", "/metro/"), ("The Bronx", "/metro/the-bronx/")],
    tags=["The Bronx", "Animals", "Buses", "Weird But True"],
    trending=["Election 2016", "Yankees", "Halloween", "Subway", "Columbus Day", "Weird But True"],
    mr_shift=4, dont_miss=[13, 7, 2, 6, 12],
)
ARTICLES.append((A6, M6, ITEMS6))

# 7 ------------------------------------------------------------------------------------------
H7 = "Pizza shop owner gives free slices for life to teen who returned lost wallet with $2,300 inside"
ITEMS7 = [
    ("p", "A Queens pizzeria owner has promised a 16-year-old a free slice every day for the rest of his life after the teen handed in a wallet stuffed with $2,300 in cash."),
    ("p", "Marco DiSanti, who runs Slice of Astoria on 31st Street, said the wallet belonged to a delivery driver who had been saving for a used car."),
    ("ad",),
    ("p", "“The kid walked in, put it on the counter and said, ‘Somebody lost this,’” DiSanti said. “That’s worth a lot of pizza.”"),
    ("p", "The teen, Jayden Morales, said he would take pepperoni."),
]
A7 = Article(
    id=f"{SITE}-07", site=SITE, url=f"{HOST}/news/article-9311502/pizza-shop-owner-free-slices-for-life-teen-lost-wallet.html",
    language="en", headline=H7, published="2025-06-17T13:05:00-04:00", modified=None,
    authors=["Megan Alvarez"], summary="", blocks=blocks_of(ITEMS7),
    entities=[("Queens", "LOC"), ("Marco DiSanti", "PER"), ("DiSanti", "PER"), ("Slice of Astoria", "ORG"),
              ("31st Street", "LOC"), ("Jayden Morales", "PER")],
    phenomena=BASE + ["short-article", "relative-date", "date-only-in-metadata"],
    notes="The byline shows only '45 mins ago'; the exact time (13:05 EDT) comes from the JSON-LD alone (no date meta tag), and the header date is the day the page was served.",
)
M7 = dict(
    pub=dt(2025, 6, 17, 13, 5), today=_dt.date(2025, 6, 17), ago="45 mins ago", cid="9311502", section="News",
    kicker="FEEL GOOD", kicker_tag="div", wrap="div",
    desc="Marco DiSanti of Slice of Astoria rewarded a 16-year-old who handed in a wallet with $2,300 in cash.",
    og_image=f"{IMG}/wp-content/uploads/2025/06/slice-of-astoria-wallet.jpg", lead=None,
    crumbs=[("News", "/news/"), ("Feel Good", "/news/feel-good/")],
    tags=["Feel Good", "Queens", "Pizza", "Good Samaritans"],
    trending=["Heat Wave", "Juneteenth", "Mets", "Subway", "Pride March", "Beach Season"],
    mr_shift=8, dont_miss=[10, 8, 12, 1, 5],
)
ARTICLES.append((A7, M7, ITEMS7))

# 8 ------------------------------------------------------------------------------------------
H8 = "Cash-strapped zoo quietly sold its only giraffe to a private collector, records show"
S8 = "Internal emails obtained by The Clarion show Ashbury Falls City Zoo officials told staff to keep the $85,000 sale ‘low-key’"
ITEMS8 = [
    ("p", "A struggling city zoo in upstate New York secretly sold its only giraffe to a private animal collector for $85,000 to help plug a hole in its budget, according to internal emails and sales records obtained by The Clarion."),
    ("p", "Juniper, a 9-year-old reticulated giraffe who had lived at the Ashbury Falls City Zoo since she was a calf, was loaded onto a livestock trailer before dawn on Oct. 14 and driven to a private ranch in Texas, the records show."),
    ("p", "Visitors were told by a sign at her empty enclosure that she had been “moved to a partner facility for her health and well-being.”"),
    ("video",),
    ("p", "But emails between zoo director Howard Pell and the city’s finance office show the sale was discussed for months as a way to cover a $210,000 shortfall in the zoo’s operating budget."),
    ("p", "“Let’s keep this low-key until the transfer is done,” Pell wrote in one September email to staff. “There is no need for a press release.”"),
    ("ad",),
    ("h2", "‘She knew every keeper by name’"),
    ("p", "Two current employees, who asked not to be named because they feared losing their jobs, said keepers were given less than a day’s notice and were told not to discuss the move with the public."),
    ("p", "“She knew every keeper by name. She would come to the fence when she heard our trucks,” one said. “We found out she was leaving when the trailer showed up.”"),
    ("p", "The buyer, listed in the paperwork as Red Mesa Exotic Holdings, is a company registered in Texas that keeps animals on a ranch outside San Angelo. It does not appear to be accredited by any zoo association, and a woman who answered the phone there declined to comment."),
    ("readmore", "Parrot that swears in three languages finds a new home", f"{HOST}/2015/10/27/news/parrot-that-swears-in-three-languages-finds-a-new-home/"),
    ("h2", "What the records show"),
    ("p", "The documents obtained by The Clarion include:"),
    ("ul", ["a bill of sale dated Oct. 9, signed by Pell, for one female giraffe at a price of $85,000;",
            "an email from the city’s deputy finance director, Carol Sturgis, asking that the money be booked as a “conservation partnership contribution”;",
            "a veterinary certificate declaring Juniper fit to travel, issued two days before the sale was signed."]),
    ("ad",),
    ("p", "Giraffes are herd animals, and experts say keeping one alone is considered poor practice. Juniper had lived by herself since the zoo’s older male, Bramble, died in 2013."),
    ("p", "“Selling her on to a private owner with no oversight is the worst possible outcome,” said Dr. Elena Varga, a retired zoo veterinarian who has worked with giraffes for 25 years and reviewed the documents at The Clarion’s request. “A private ranch has no obligation to tell anyone what happens to her next.”"),
    ("p", "In a brief statement on Tuesday night, Pell said the sale was “legal, humane and in the long-term interest of the zoo,” and that Juniper was “healthy and thriving in a spacious new home.” He did not answer questions about why the public had not been told."),
    ("p", "Mayor Gordon Hale’s office said it had not been aware of the sale and had asked for a full report by Friday. Council member Ana Ruiz called for Pell to be suspended while the sale is reviewed."),
    ("p", "“People in this town grew up with that giraffe,” Ruiz said. “They deserved the truth.”"),
    ("teaser", 13),
    ("p", "By Wednesday morning, a handful of parents had gathered outside the zoo’s gates with hand-painted signs reading “Bring Juniper Home.” A petition started by a former volunteer guide had collected more than 3,200 signatures."),
    ("p", "The zoo has struggled for years. Attendance fell to about 61,000 visitors last year, down from 94,000 a decade ago, and the city cut its annual contribution by 18% in the latest budget. Staff said the reptile house had been closed since June because the zoo could not afford to repair its heating system."),
]
A8 = Article(
    id=f"{SITE}-08", site=SITE, url=f"{HOST}/2015/11/04/news/cash-strapped-zoo-quietly-sold-its-only-giraffe/",
    language="en", headline=H8, published="2015-11-04T06:00:00-05:00", modified="2015-11-05T09:10:00-05:00",
    authors=["Lisa Marchetti"], summary=S8, blocks=blocks_of(ITEMS8, S8),
    entities=[("The Clarion", "ORG"), ("Ashbury Falls City Zoo", "ORG"), ("New York", "LOC"), ("Juniper", "MISC"),
              ("Texas", "LOC"), ("Howard Pell", "PER"), ("Pell", "PER"), ("Red Mesa Exotic Holdings", "ORG"),
              ("San Angelo", "LOC"), ("Carol Sturgis", "PER"), ("Bramble", "MISC"), ("Elena Varga", "PER"),
              ("Gordon Hale", "PER"), ("Ana Ruiz", "PER"), ("Ruiz", "PER")],
    phenomena=BASE + ["localized-date", "standfirst", "subheadings", "list-in-body", "inline-related", "inline-video-teaser",
                      "html-entities", "title-differs-from-headline", "updated-date", "comments", "newsletter-box",
                      "date-in-url"],
    notes="The giraffes' names (Juniper, Bramble) are typed MISC as named animals; the 'Read more' line, the 'Read More' teaser module and the autoplay 'Watch' teaser inside the body are not body; 'EXCLUSIVE' inside the <h1> is a kicker; JSON-LD datePublished repeats the update time (2015-11-05 09:10 EST), the visible publication (Nov. 4, 2015, 6:00 a.m. ET) is gold.",
)
M8 = dict(
    pub=dt(2015, 11, 4, 6, 0), mod=dt(2015, 11, 5, 9, 10), today=_dt.date(2015, 11, 5), cid="1151104", section="News",
    kicker="EXCLUSIVE", kicker_tag="span", style=ENT, wrap="p", kicker_in_h1=True, ld_pub_is_mod=True,
    title="Exclusive: Ashbury Falls City Zoo sold giraffe Juniper to Texas ranch for $85,000",
    desc="Emails show zoo director Howard Pell told staff to keep the sale of Juniper the giraffe ‘low-key’.",
    og_image=f"{IMG}/wp-content/uploads/2015/11/juniper-giraffe-enclosure.jpg", lead=None,
    crumbs=[("News", "/news/"), ("Exclusives", "/news/exclusives/")],
    tags=["Exclusive", "Zoos", "Animals", "Upstate New York", "Investigations"],
    trending=["Election Day", "Mets", "Marathon", "Subway", "Thanksgiving Travel", "Exclusives"],
    video=("Watch", "The empty giraffe house at Ashbury Falls City Zoo", "video", "rc-15110"),
    comments=(341, [5, 4, 6]), newsletter="The Clarion Morning Rush", mr_shift=1, dont_miss=[13, 4, 12, 2, 6],
)
ARTICLES.append((A8, M8, ITEMS8))

# 9: minimal pair of 02 without its gallery ---------------------------------------------------
A9 = Article(
    id=f"{SITE}-09", site=SITE, url=A2.url + "?variant=nogallery", language="en", headline=H2,
    published=A2.published, modified=A2.modified, authors=list(A2.authors), summary="",
    blocks=blocks_of(ITEMS2, "", CAP2), entities=list(A2.entities),
    phenomena=[p for p in A2.phenomena if p != "image-gallery"],
    notes="Minimal pair of daily-clarion-02: differs only in image-gallery (the 8-slide 'IN PICTURES' slideshow and its ImageGallery JSON-LD are removed; lead photo, teaser and everything else unchanged), so the gold simply lacks 02's eight optional gallery caption blocks and the entity mentions in them.",
    variant_of=f"{SITE}-02",
)
M9 = dict(M2)
M9["gallery"] = None
ARTICLES.append((A9, M9, ITEMS2))


def layout_tags(m, items):
    """Tags that follow from where the template puts inserts between the body's text runs."""
    text_at = [i for i, it in enumerate(items) if it[0] in ("p", "h2", "ul")]
    between = [it for i, it in enumerate(items) if text_at and text_at[0] < i < text_at[-1]
               and (it[0] != "gallery" or m.get("gallery"))]
    tags = set()
    if between:
        tags.add("split-body")
    if any(it[0] in ("ad", "video", "readmore", "teaser", "nl") for it in between):
        tags.add("teasers-in-article")
    if any(it[0] in ("readmore", "teaser") for it in between):
        tags.add("inline-related")
    return tags


# Wire-desk stories filed through the old Blox importer lose the JSON-LD dates and the byline's
# machine time: only the printed date and time are left.
NO_DATE_META = {"daily-clarion-01", "daily-clarion-04", "daily-clarion-05", "daily-clarion-08"}

def main():
    for a, m, items in ARTICLES:
        a.phenomena = sorted(set(a.phenomena) | layout_tags(m, items))
        html_page = page(a, m, items)
        if a.id in NO_DATE_META:
            a, html_page = drop_date_metadata(a, html_page)
        emit(a, html_page, "utf-8")
        print(f"{a.id} {len(html_page.encode('utf-8')) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
