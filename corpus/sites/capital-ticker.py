import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit

"""Capital Ticker (capital-ticker): an English-language financial news site on Drupal. Its article
template shows a market-data ticker strip under the header (index levels "as of" the moment the
page was rendered), a kicker, a dek, a byline with ET timestamps, a share bar, a "Market Data"
and "Earnings Calendar" rail, a newsletter box and a long footer with a market-data disclaimer.
Articles published before the 2020 platform upgrade (Drupal 7 theme) carry schema.org
NewsArticle as microdata on the <article> element and no JSON-LD; articles published after it
(Drupal 9 theme with a metatag module) carry JSON-LD and no microdata. Times are US Eastern
(zoneinfo America/New_York).

Metadata personality (realism wave). The Drupal 7 theme prints the site name as an <h1> above the
node's own <h1>, has no <article> element (the node is a <div> with microdata), no <time> element
(the date is an RDFa span) and no article:published_time; its Dublin Core metatags carry the node's
creation time (dcterms.date, which on 03 is the evening before publication) and the node's CMS
account (dcterms.creator: a byline name, the first of two names, or a login). The Drupal 9 theme
prints the bare SEO title as <title>, JSON-LD and article:published_time from the node's created
field (on 08 the day before publication, and no JSON-LD author), an editor-set og:title, and lays out the body with the
paragraphs module: every text run is a field item of its own, split by ad and "Related coverage"
paragraphs; the "More in" rail and the inline related box are <article> teasers."""

import datetime as _dt
import json as _json
import random as _random
from zoneinfo import ZoneInfo

SITE = "capital-ticker"
HOST = "https://www.capitalticker.example"
NAME = "Capital Ticker"
TZ = ZoneInfo("America/New_York")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def iso(d):
    return d.isoformat(timespec="seconds")


def clock(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def long_date(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def stamp(d):
    return f"{long_date(d)} {clock(d)} ET"


def esc(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- boilerplate pools

NAV = [("markets", "Markets", ["Stocks", "Bonds", "Currencies", "Commodities", "Funds", "Crypto"]),
       ("companies", "Companies", ["Earnings", "Deals", "IPOs", "Retail", "Industrials", "Health Care", "Transport"]),
       ("economy", "Economy", ["Jobs", "Inflation", "Housing", "Trade", "Central Banks"]),
       ("technology", "Technology", ["Semiconductors", "Software", "Fintech", "Start-ups"]),
       ("energy", "Energy", ["Oil", "Gas", "Renewables", "Utilities"]),
       ("finance", "Finance", ["Banks", "Insurance", "Asset Management", "Regulation"]),
       ("personal-finance", "Personal Finance", ["Retirement", "Taxes", "Mortgages", "Credit"]),
       ("opinion", "Opinion", []), ("data", "Data", ["Market Movers", "Earnings Calendar", "Economic Calendar"]),
       ("video", "Video", []), ("podcasts", "Podcasts", [])]

INDICES = [("CT Composite", 2114.36), ("Atlantic 100", 18240.5), ("Tech 250", 5031.8), ("Small-Cap 1200", 1262.9),
           ("Transport Avg.", 8114.2), ("10-Yr Yield", 2.31), ("Gold", 1098.4), ("Crude", 48.62), ("EUR/USD", 1.0978)]

MOST_READ = [
    "Why the bond market keeps ignoring the jobs report",
    "Five dividend stocks that raised payouts through two recessions",
    "The quiet fight over who pays for card fraud",
    "Airlines brace for a fare war on transatlantic routes",
    "What a flat yield curve means for your savings account",
    "Warehouse landlords are the winners of the delivery boom",
    "Inside the scramble for lithium supply contracts",
    "A new breed of index fund charges nothing at all",
    "How one family office turned $40 million into $1 billion",
    "The spreadsheet errors that cost investors millions",
]

LATEST = [
    "Treasury yields edge higher ahead of auction", "Airline stocks climb as fuel costs ease", "Copper touches two-month high",
    "Insurers raise premiums for coastal properties", "Software maker's guidance disappoints", "Dollar slips against the yen",
    "Home builders report faster sales in the South", "Utility plans $4 billion grid upgrade", "Natural gas futures fall on mild forecast",
    "Payments company expands buy-now-pay-later offer", "Pension funds shift toward private credit", "Chip equipment orders rebound",
    "Grain prices rise on dry weather", "Bank lending to small firms slows", "Streaming service raises prices again",
]

SPONSORED = [("Is your retirement plan keeping up with inflation?", "Harrowgate Wealth"),
             ("Five questions to ask before refinancing", "Northwind Lending"),
             ("How mid-sized firms are automating accounts payable", "Ledgerly")]

QUOTES = ["HFS", "CRVN", "SLWD", "LMRC", "ORSM", "RDGB", "PMBS", "NRBF", "VNTR", "KSWK", "ALDM", "SNFA", "GRYD", "HRLW", "TSSM",
          "BRKL", "QNTX", "MRDN", "PLSD", "CRST", "FRNC", "WSTB", "EGCP", "TDWM", "VLRH", "PYST", "HRBL", "QHCP", "CLDF", "BRHM"]

SECTORS = ["Energy", "Materials", "Industrials", "Consumer Discretionary", "Consumer Staples", "Health Care", "Financials",
           "Information Technology", "Communication Services", "Utilities", "Real Estate"]

VIDEOS = [("Why the yield curve matters for your mortgage", "3:12"), ("Inside a robot-run warehouse", "4:47"),
          ("What a strong dollar means for exporters", "2:55"), ("How to read an earnings report in five minutes", "5:03"),
          ("The economics of a container ship", "6:21"), ("Three charts that explain this week's selloff", "2:18"),
          ("Small-business owners on the cost of credit", "4:02"), ("Is the IPO window open again?", "3:39")]

PODCASTS = [("The Close", "A 15-minute recap of the trading day"), ("Balance Sheet", "Interviews with the people who run companies"),
            ("Macro Minute", "One chart, one idea, every weekday")]

CALENDAR = ["Norbridge Foods", "Vantor Energy", "Keswick Software", "Alder Mills", "Sunfield Airlines", "Graydon Insurance",
            "Harlow Media", "Tessaro Motors"]

FOOTER = [
    ("Sections", ["Markets", "Companies", "Economy", "Technology", "Energy", "Finance", "Personal Finance", "Opinion"]),
    ("Data", ["Market Movers", "Stock Screener", "Earnings Calendar", "Economic Calendar", "Currencies", "Commodities"]),
    ("Products", ["Newsletters", "Podcasts", "Events", "Capital Ticker Pro", "Mobile Apps", "RSS Feeds"]),
    ("Company", ["About Us", "Careers", "Advertise", "Contact", "Corrections", "Ethics Policy", "Masthead"]),
    ("Legal", ["Terms of Use", "Privacy Notice", "Cookie Settings", "Accessibility", "Do Not Sell My Personal Information"]),
]

CSS = """
html{font-family:sans-serif;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 "Source Sans Pro","Helvetica Neue",Helvetica,Arial,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f8a;text-decoration:none}a:hover,a:focus{text-decoration:underline}
.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px;word-wrap:normal}
.skip-link:focus{position:static!important;clip:auto;height:auto;width:auto}
.layout-container{max-width:1240px;margin:0 auto;padding:0 16px}
.region-leaderboard{background:#f4f4f4;text-align:center;padding:10px 0;min-height:110px}
.ad-label{display:block;font:11px/1.2 Arial,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#888;margin-bottom:4px}
.market-strip{background:#0d1b2a;color:#dfe6ee;font:13px/1 "Roboto Mono",Menlo,Consolas,monospace;white-space:nowrap;overflow:hidden}
.market-strip .ms-asof{display:inline-block;padding:10px 14px;background:#13263b;color:#9fb3c8}
.market-strip ul{display:inline-block;list-style:none;margin:0;padding:0}
.market-strip li{display:inline-block;padding:10px 14px;border-right:1px solid #22374f}
.market-strip .up{color:#34c77b}.market-strip .down{color:#ff6b6b}
.site-header{border-bottom:1px solid #d8dde3;padding:14px 0 10px}
.site-branding__logo{display:inline-block;width:260px;height:40px}
.header-tools{float:right;font-size:14px}.header-tools a{margin-left:16px}
.header-tools .btn-subscribe{background:#0b4f8a;color:#fff;padding:7px 14px;border-radius:2px;font-weight:700}
.menu--main{border-bottom:3px solid #0d1b2a}
.menu--main>ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.menu--main>ul>li{position:relative}
.menu--main>ul>li>a{display:block;padding:12px 13px;font-weight:700;font-size:14px;color:#1a1a1a;text-transform:uppercase;letter-spacing:.03em}
.menu--main>ul>li.is-active>a{color:#0b4f8a;box-shadow:inset 0 -3px 0 #0b4f8a}
.menu--main .menu-sub{display:none;position:absolute;left:0;top:100%;background:#fff;border:1px solid #d8dde3;min-width:200px;z-index:50;list-style:none;margin:0;padding:6px 0}
.menu--main li:hover>.menu-sub{display:block}.menu-sub a{display:block;padding:6px 14px;color:#1a1a1a;font-size:14px}
.breadcrumb{font-size:13px;color:#5c6670;margin:14px 0 6px}.breadcrumb ol{list-style:none;margin:0;padding:0}
.breadcrumb li{display:inline}.breadcrumb li+li:before{content:" / ";color:#aab3bc}
.layout-main{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px}
@media (max-width:1023px){.layout-main{grid-template-columns:1fr}}
.node--type-article .field--name-field-kicker{font:700 13px/1 Arial,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:#c0392b;margin:10px 0}
.node__title{font:700 40px/1.12 "Merriweather",Georgia,serif;margin:6px 0 12px;color:#111}
.field--name-field-dek{font:400 21px/1.45 Georgia,serif;color:#3d4650;margin:0 0 16px}
.node__meta{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:14px;color:#5c6670;border-top:1px solid #e3e7eb;border-bottom:1px solid #e3e7eb;padding:10px 0;margin-bottom:18px}
.node__meta .byline{color:#1a1a1a;font-weight:700}.node__meta .byline a{color:#1a1a1a}
.node__meta time{white-space:nowrap}.node__meta .updated{color:#8a5a00}
.share-tools{display:flex;gap:8px;margin-left:auto}
.share-tools a{display:inline-block;width:30px;height:30px;border:1px solid #cfd6dd;border-radius:50%;text-align:center;line-height:28px;font-size:12px;color:#3d4650}
.field--name-field-image{margin:0 0 20px}.field--name-field-image img{display:block;width:100%;height:auto}
.field--name-field-image figcaption{font-size:13px;color:#5c6670;padding:6px 0;border-bottom:1px solid #e3e7eb}
.field--name-field-image .credit{color:#8b949c;font-size:12px;margin-left:4px}
.field--name-body{font:18px/1.65 Georgia,"Times New Roman",serif;color:#1f1f1f}
.field--name-body p{margin:0 0 1.1em}.field--name-body h2{font:700 23px/1.3 "Source Sans Pro",Arial,sans-serif;margin:1.6em 0 .5em}
.field--name-body ul{margin:0 0 1.2em 1.2em;padding:0}.field--name-body li{margin-bottom:.4em}
.data-table-wrap{overflow-x:auto;margin:0 0 1.2em}
table.ct-data{border-collapse:collapse;width:100%;font:15px/1.4 "Source Sans Pro",Arial,sans-serif}
table.ct-data th{text-align:left;border-bottom:2px solid #0d1b2a;padding:6px 8px;font-weight:700}
table.ct-data td{border-bottom:1px solid #e3e7eb;padding:6px 8px}table.ct-data td.num{text-align:right;font-variant-numeric:tabular-nums}
table.ct-data tr.total td{font-weight:700;border-top:2px solid #0d1b2a}
.table-source{font:13px/1.4 Arial,sans-serif;color:#5c6670;margin:-.6em 0 1.4em}
.editor-note{font:italic 15px/1.5 Georgia,serif;color:#5c6670;border-top:1px solid #e3e7eb;padding-top:10px}
.inline-video{display:flex;gap:12px;align-items:center;border-top:2px solid #0d1b2a;border-bottom:1px solid #e3e7eb;padding:10px 0;margin:0 0 1.2em;font:15px/1.4 "Source Sans Pro",Arial,sans-serif}
.inline-video img{width:160px;height:90px;object-fit:cover}.inline-video .iv-label{font-weight:700;color:#c0392b;text-transform:uppercase;font-size:13px;margin-right:4px}
.inline-video .iv-dur{color:#8b949c;font-size:13px;margin-left:6px}
.ad-inarticle{margin:24px 0;text-align:center;min-height:260px;background:#fafafa}
.author-bio{display:flex;gap:14px;border-top:1px solid #e3e7eb;padding:16px 0;margin-top:24px;font-size:15px}
.author-bio img{width:64px;height:64px;border-radius:50%}
.field--name-field-tags{margin:20px 0;font-size:14px}.field--name-field-tags a{display:inline-block;background:#eef2f6;color:#0d1b2a;padding:4px 10px;margin:0 6px 6px 0;border-radius:2px}
.block-newsletter{background:#0d1b2a;color:#fff;padding:22px;margin:28px 0}
.block-newsletter h2{margin:0 0 6px;font-size:20px}.block-newsletter input[type=email]{width:60%;padding:9px;border:0}
.block-newsletter button{padding:9px 16px;border:0;background:#34c77b;color:#0d1b2a;font-weight:700}
.view-related .views-row{display:flex;gap:12px;padding:12px 0;border-bottom:1px solid #e3e7eb}
.view-related img{width:120px;height:80px;object-fit:cover}.view-related .date{display:block;font-size:12px;color:#8b949c}
.sidebar .block{margin-bottom:30px}.sidebar h2{font:700 15px/1.2 Arial,sans-serif;text-transform:uppercase;letter-spacing:.06em;border-bottom:2px solid #0d1b2a;padding-bottom:6px}
.most-read ol{margin:0;padding:0 0 0 22px}.most-read li{padding:7px 0;border-bottom:1px solid #eef0f2;font-weight:600}
.market-data table{width:100%;border-collapse:collapse;font-size:14px}.market-data td{padding:5px 4px;border-bottom:1px solid #eef0f2}
.market-data td.chg{text-align:right}.market-data .up{color:#138a4c}.market-data .down{color:#c0392b}
.earnings-cal li{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px dotted #d8dde3;font-size:14px}
.site-footer{background:#0d1b2a;color:#b9c6d3;padding:36px 0 18px;margin-top:40px;font-size:14px}
.site-footer h3{color:#fff;font-size:14px;text-transform:uppercase;letter-spacing:.06em}
.footer-cols{display:grid;grid-template-columns:repeat(5,1fr);gap:24px}.site-footer ul{list-style:none;margin:0;padding:0}
.site-footer li{margin:0 0 6px}.site-footer a{color:#dfe6ee}
.footer-legal{border-top:1px solid #22374f;margin-top:24px;padding-top:14px;font-size:12px;line-height:1.6}
#consent-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid #0b4f8a;box-shadow:0 -6px 18px rgba(0,0,0,.15);padding:18px 24px;z-index:10000;display:none}
#consent-banner.is-visible{display:block}#consent-banner .cb-actions{margin-top:10px}
#consent-banner button{padding:8px 16px;margin-right:8px;border:1px solid #0b4f8a;background:#0b4f8a;color:#fff;font-weight:700;cursor:pointer}
#consent-banner button.cb-secondary{background:#fff;color:#0b4f8a}
@media print{.region-leaderboard,.market-strip,.menu--main,.sidebar,.site-footer,#consent-banner,.share-tools,.block-newsletter{display:none!important}}
"""

GTM = """(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'ct.start':new Date().getTime(),event:'ct.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://tags.capitalticker.example/ct.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','CT-W4K9ZP');"""

CONSENT = """window.ctConsent={banner:"#consent-banner",cookie:"ct_consent_v3",ttlDays:365,
purposes:[{id:"necessary",locked:true},{id:"analytics",on:false},{id:"advertising",on:false},{id:"personalization",on:false}],
vendorsUrl:"/legal/vendors",gpc:navigator.globalPrivacyControl===true};
(function(c){function read(){var m=document.cookie.match(new RegExp("(^| )"+c.cookie+"=([^;]+)"));return m?m[2]:null;}
function save(v){var d=new Date();d.setTime(d.getTime()+c.ttlDays*864e5);document.cookie=c.cookie+"="+v+"; expires="+d.toUTCString()+"; path=/; SameSite=Lax; Secure";}
document.addEventListener("DOMContentLoaded",function(){var b=document.querySelector(c.banner);if(!b)return;
if(!read()&&!c.gpc){b.classList.add("is-visible");}
b.addEventListener("click",function(e){var t=e.target.getAttribute("data-consent");if(!t)return;save(t);b.classList.remove("is-visible");
window.dataLayer=window.dataLayer||[];dataLayer.push({event:"consent",choice:t});});});})(window.ctConsent);"""

ADS = """var ctads=ctads||{};ctads.que=ctads.que||[];
ctads.que.push(function(){
ctads.slot("/6112/capitalticker/{section}/leaderboard",[[970,90],[728,90]],"ad-leaderboard").target("pos","top");
ctads.slot("/6112/capitalticker/{section}/inarticle",[[300,250],[640,360]],"ad-inarticle-1").target("pos","mid");
ctads.slot("/6112/capitalticker/{section}/rail",[[300,600],[300,250]],"ad-rail-1").target("pos","rail");
ctads.target("section","{section}").target("nid","{nid}").target("tickers",{tickers});
ctads.lazy({margin:"250px"});ctads.enable();});"""

METRICS = """(function(){var _cts=window._cts=window._cts||[];_cts.push(["uid","ct-58213"]);_cts.push(["domain","capitalticker.example"]);
_cts.push(["sections","{section}"]);_cts.push(["authors","{authors}"]);_cts.push(["path","{path}"]);
var e=document.createElement("script");e.async=true;e.src="https://metrics.readership.example/engage.js";document.body.appendChild(e);})();"""

TICKER_JS = """document.addEventListener("DOMContentLoaded",function(){var s=document.querySelector(".market-strip");if(!s)return;
function refresh(){fetch("/api/quotes/strip?fields=last,chg,pct").then(function(r){return r.json();}).then(function(q){
(q.items||[]).forEach(function(it){var el=s.querySelector('[data-symbol="'+it.symbol+'"]');if(!el)return;
el.querySelector(".last").textContent=it.last;var c=el.querySelector(".chg");c.textContent=it.pct;c.className="chg "+(it.chg<0?"down":"up");});
}).catch(function(){});}
setInterval(function(){if(document.visibilityState==="visible")refresh();},60000);});"""


# ---------------------------------------------------------------- weight: configuration the page ships but does not show

VENDOR_A = ["Adn", "Bidl", "Quant", "Pix", "Metr", "Sign", "Audi", "Reach", "Tapp", "Loop", "Nimb", "Orb", "Vert", "Clar",
            "Stell", "Kino", "Luma", "Zeph", "Cade", "Mox", "Ferr", "Tesse", "Yond", "Hale"]
VENDOR_B = ["exa", "ify", "ora", "ium", "lytics", "stream", "hub", "works", "grid", "cast", "ly", "io", "wave", "sense"]
VENDOR_C = ["Media", "Labs", "Inc.", "Technologies", "Solutions", "Analytics", "Advertising", "Data", "Group", "Networks"]


def cmp_vendors(seed, n=92):
    rng = _random.Random(seed)
    out, used = [], set()
    while len(out) < n:
        stem = rng.choice(VENDOR_A) + rng.choice(VENDOR_B)
        if stem in used:
            continue
        used.add(stem)
        out.append({"id": 11 + len(out) * 4 + rng.randint(0, 3), "name": f"{stem} {rng.choice(VENDOR_C)}",
                    "purposes": sorted(rng.sample(range(1, 11), rng.randint(1, 7))),
                    "legIntPurposes": sorted(rng.sample(range(2, 11), rng.randint(0, 3))),
                    "flexiblePurposes": sorted(rng.sample(range(2, 11), rng.randint(0, 2))),
                    "specialFeatures": sorted(rng.sample([1, 2], rng.randint(0, 2))),
                    "features": sorted(rng.sample([1, 2, 3], rng.randint(0, 3))),
                    "policyUrl": f"https://{stem.lower()}.example/privacy-policy",
                    "cookieMaxAgeSeconds": rng.choice([86400, 2592000, 31536000, 34190000, 63072000, None]),
                    "usesCookies": True, "cookieRefresh": rng.random() < 0.5, "usesNonCookieAccess": rng.random() < 0.3,
                    "deviceStorageDisclosureUrl": f"https://cdn.{stem.lower()}.example/tcf/disclosures.json"})
    return _json.dumps({"gvlSpecificationVersion": 3, "vendorListVersion": 68 + seed, "tcfPolicyVersion": 5,
                        "lastUpdated": "2015-06-30T16:00:00Z", "vendors": out}, separators=(",", ":"))


def quote_data(a):
    """The market-data widget's initial state: a sparkline per symbol (rendered by ticker.js)."""
    rng = _random.Random(a["nid"])
    items = {}
    for sym in QUOTES + [f"IDX{i + 1}" for i in range(len(INDICES))]:
        base = rng.uniform(8, 420)
        spark = [round(base * (1 + rng.uniform(-0.02, 0.02)), 2) for _ in range(26)]
        items[sym] = {"last": spark[-1], "open": spark[0], "high": max(spark), "low": min(spark),
                      "vol": rng.randint(120000, 48000000), "chg": round(spark[-1] - spark[0], 2),
                      "pct": round((spark[-1] / spark[0] - 1) * 100, 2), "spark": spark,
                      "exch": rng.choice(["XNYS", "XNAS", "ARCX", "BATS"])}
    sectors = {s: round(rng.uniform(-2.4, 2.4), 2) for s in SECTORS}
    return _json.dumps({"asOf": iso(a["today"]), "delayMinutes": 15, "quotes": items, "sectors": sectors},
                       separators=(",", ":"))


CO_A = ["Al", "Bran", "Cor", "Del", "Es", "Fal", "Gran", "Hal", "Ir", "Jas", "Kel", "Lor", "Mar", "Nor", "Or", "Pem",
        "Quin", "Ros", "Sel", "Tam", "Ul", "Ven", "Wes", "Yar"]
CO_B = ["ton", "mere", "wick", "ford", "dale", "bury", "vane", "crest", "field", "gate", "moor", "ridge"]
CO_C = ["Holdings", "Industries", "Bancorp", "Energy", "Therapeutics", "Software", "Foods", "Logistics", "Materials",
        "Insurance", "Semiconductor", "Realty Trust", "Motors", "Airlines", "Media", "Pharmaceuticals"]


def symbol_index(seed):
    """The quote search box's preloaded symbol index (autocomplete without a round trip)."""
    rng = _random.Random(1000 + seed)
    out, seen = [], set()
    while len(out) < 160:
        stem = rng.choice(CO_A) + rng.choice(CO_B)
        name = f"{stem} {rng.choice(CO_C)}"
        sym = (stem[:2] + rng.choice(CO_B)[:2]).upper()
        if sym in seen:
            continue
        seen.add(sym)
        out.append([sym, name, rng.choice(["NYSE", "NASDAQ", "ARCA"]), rng.choice(SECTORS)])
    return _json.dumps(out, separators=(",", ":"))


def playlist(a):
    rng = _random.Random(a["nid"] + 7)
    items = []
    for i, (t, dur) in enumerate(VIDEOS):
        vid = 80000 + a["seed"] * 53 + i
        items.append({"id": vid, "title": t, "duration": dur, "poster": f"https://cdn.capitalticker.example/video/{vid}/poster_640x360.jpg",
                      "hls": f"https://stream.capitalticker.example/v/{vid}/master.m3u8", "adTag": f"/6112/capitalticker/video/preroll?vid={vid}",
                      "captions": [{"lang": "en", "src": f"https://cdn.capitalticker.example/video/{vid}/en.vtt"}],
                      "views": rng.randint(1200, 98000), "category": rng.choice(["markets", "companies", "economy", "personal-finance"])})
    return _json.dumps({"playlistId": f"pl_{a['section'][0]}", "autoplay": "muted-in-view", "items": items}, separators=(",", ":"))


def prebid(a, sec_key):
    bidders = ["adnexa", "bidloop", "quantify", "orbwave", "vertigrid", "stellio", "kinocast"]
    units = []
    for code, sizes in (("ad-leaderboard", [[970, 90], [728, 90]]), ("ad-inarticle-1", [[300, 250], [640, 360]]),
                        ("ad-inarticle-2", [[300, 250]]), ("ad-rail-1", [[300, 600], [300, 250]]), ("ad-rail-2", [[300, 250]])):
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}},
                      "bids": [{"bidder": b, "params": {"placementId": str(900000 + (a["nid"] + i * 37) % 99991),
                                                        "siteId": "ct-" + sec_key, "zone": code.replace("ad-", "")}}
                               for i, b in enumerate(bidders)]})
    return _json.dumps({"timeout": 1200, "priceGranularity": "dense", "enableSendAllBids": False,
                        "userSync": {"filterSettings": {"iframe": {"bidders": "*", "filter": "include"}}, "syncDelay": 3000},
                        "adUnits": units}, separators=(",", ":"))


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">'
       '<symbol id="ct-i-search" viewBox="0 0 24 24"><path d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"/></symbol>'
       '<symbol id="ct-i-fb" viewBox="0 0 24 24"><path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4.3V10H7v4h3v8h4v-8h3l1-4h-4V8.6c0-.4.3-.6.6-.6z"/></symbol>'
       '<symbol id="ct-i-x" viewBox="0 0 24 24"><path d="M17.7 3h3.1l-6.8 7.8L22 21h-6.3l-4.9-6.4L5.2 21H2.1l7.3-8.3L1.8 3h6.4l4.4 5.8L17.7 3z"/></symbol>'
       '<symbol id="ct-i-in" viewBox="0 0 24 24"><path d="M4.98 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM3 9.5h4V21H3zM9.5 9.5h3.8v1.6h.1c.5-1 1.8-2 3.8-2 4 0 4.8 2.6 4.8 6V21h-4v-5.2c0-1.3 0-2.9-1.8-2.9s-2 1.4-2 2.8V21h-4z"/></symbol>'
       '<symbol id="ct-i-mail" viewBox="0 0 24 24"><path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm9 7.2L4.4 7H4v.4l8 5.6 8-5.6V7h-.4z"/></symbol>'
       '<symbol id="ct-i-print" viewBox="0 0 24 24"><path d="M6 2h12v5H6zM4 8h16a2 2 0 0 1 2 2v6h-4v6H6v-6H2v-6a2 2 0 0 1 2-2zm4 8v4h8v-4z"/></symbol>'
       '<symbol id="ct-i-up" viewBox="0 0 12 12"><path d="M6 2l4 6H2z"/></symbol><symbol id="ct-i-down" viewBox="0 0 12 12"><path d="M6 10L2 4h8z"/></symbol>'
       '<symbol id="ct-i-bell" viewBox="0 0 24 24"><path d="M12 22a2.5 2.5 0 0 0 2.4-2h-4.8a2.5 2.5 0 0 0 2.4 2zm7-6V11a7 7 0 0 0-5.5-6.8V3a1.5 1.5 0 0 0-3 0v1.2A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"/></symbol>'
       '<symbol id="ct-i-play" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"/></symbol>'
       '<symbol id="ct-i-user" viewBox="0 0 24 24"><path d="M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-9 2.2-9 5v3h18v-3c0-2.8-4.6-5-9-5z"/></symbol>'
       '<symbol id="ct-i-chart" viewBox="0 0 24 24"><path d="M3 3h2v16h16v2H3zm4 10l4-4 3 3 5-6 1.5 1.3-6.4 7.6-3.1-3.1L8.4 14.4z"/></symbol>'
       '</svg>')

CSS_D7 = """
.clearfix:after{content:"";display:table;clear:both}.element-invisible{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px}
#page-wrapper{background:#fff}#header-region .section{max-width:1240px;margin:0 auto;padding:14px 16px;position:relative}
h1.site-name{margin:0;font:700 30px/1 "Merriweather",Georgia,serif;letter-spacing:-.02em}h1.site-name a{color:#0d1b2a}
h1.site-name span.tagline{display:block;font:400 12px/1.4 Arial,sans-serif;color:#5c6670;letter-spacing:.08em;text-transform:uppercase}
#main-wrapper{max-width:1240px;margin:0 auto;padding:0 16px}#main{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px}
.node-article .submitted{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:14px;color:#5c6670;border-top:1px solid #e3e7eb;border-bottom:1px solid #e3e7eb;padding:10px 0;margin-bottom:18px}
.node-article .submitted .byline{color:#1a1a1a;font-weight:700}.node-article h1.title{font:700 38px/1.14 "Merriweather",Georgia,serif;margin:6px 0 12px}
.field-name-body .field-item{font:18px/1.65 Georgia,"Times New Roman",serif}.field-name-body p{margin:0 0 1.1em}
.ct-inline-related{border-top:2px solid #0d1b2a;border-bottom:1px solid #e3e7eb;padding:10px 0;margin:0 0 1.2em;font:15px/1.45 "Source Sans Pro",Arial,sans-serif}
.ct-inline-related h4{margin:0 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#c0392b}.ct-inline-related ul{margin:0;padding:0 0 0 18px}
.view-mode-teaser .node-title{font:600 15px/1.35 "Source Sans Pro",Arial,sans-serif;margin:0}
"""

CSS_D9 = """
.paragraph--type--text+.paragraph--type--text{margin-top:0}.paragraph--type--ad-slot{margin:24px 0;text-align:center;min-height:260px;background:#fafafa}
.paragraph--type--related-content{border-top:2px solid #0d1b2a;border-bottom:1px solid #e3e7eb;padding:12px 0;margin:0 0 1.3em}
.paragraph--type--related-content .field--name-field-heading{font:700 13px/1 Arial,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:#c0392b;margin:0 0 8px}
.paragraph--type--related-content .node--view-mode-inline-teaser{display:flex;gap:10px;align-items:center;padding:4px 0}
.paragraph--type--related-content img{width:96px;height:54px;object-fit:cover}
.node--view-mode-teaser{display:flex;gap:12px;padding:12px 0;border-bottom:1px solid #e3e7eb}
.node--view-mode-teaser .node__title{font:600 16px/1.35 "Source Sans Pro",Arial,sans-serif;margin:0 0 4px}
.node--view-mode-teaser .field--name-field-dek{font-size:14px;margin:0}.node--view-mode-teaser img{width:120px;height:80px;object-fit:cover}
.layout-builder__region{min-width:0}.block-field-blocknodearticlefield-paragraphs>.field{display:block}
"""


def market_strip(a):
    t = a["today"]
    items = []
    for i, (name, base) in enumerate(INDICES):
        drift = ((a["seed"] * 7 + i * 3) % 11 - 5) / 10.0
        val = base * (1 + (a["seed"] - 4) * 0.031 + i * 0.002)
        pct = drift + 0.07 * (i % 3)
        cls = "down" if pct < 0 else "up"
        last = f"{val:,.2f}" if val < 100 else f"{val:,.1f}" if val < 10000 else f"{val:,.0f}"
        if name == "EUR/USD":
            last = f"{val:.4f}"
        items.append(f'<li data-symbol="IDX{i + 1}"><span class="ms-name">{name}</span> <span class="last">{last}</span> '
                     f'<span class="chg {cls}"><svg width="8" height="8"><use href="#ct-i-{"down" if pct < 0 else "up"}"/></svg>{pct:+.2f}%</span></li>')
    asof = f"{MON[t.month - 1]} {t.day} {clock(t)} ET"
    return (f'<div class="market-strip" role="region" aria-label="Market data" data-widget="quote-strip"><div class="ms-inner">'
            f'<span class="ms-asof">As of {asof}</span><ul>' + "".join(items) + "</ul></div></div>")


def nav(active, d7):
    out = []
    for key, label, subs in NAV:
        cls = "menu-item is-active" if key == active else "menu-item"
        if subs:
            cls += " menu-item--expanded"
        if d7:
            out.append(f'<li class="{"leaf active-trail" if key == active else "leaf"}"><a href="/{key}" title="{label}">{label}</a></li>')
        else:
            out.append(f'<li class="{cls}"><a href="/{key}" data-drupal-link-system-path="taxonomy/term/{100 + len(key)}">{label}</a></li>')
    if d7:
        return ('<div id="navigation"><div class="section"><h2 class="element-invisible">Main menu</h2><ul id="main-menu" class="links inline clearfix menu--main">'
                + "".join(out) + "</ul></div></div>")
    return ('<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="menu--main">'
            '<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">' + "".join(out) + "</ul></nav>")


def rail(a, d7):
    r = ['<aside class="sidebar layout-sidebar" role="complementary"><div class="region region-sidebar">',
         '<div class="block ad-rail" id="ad-rail-1"><span class="ad-label">Advertisement</span></div>',
         '<div class="block most-read" id="block-views-block-most-read"><h2>Most Read</h2><div class="view-content"><ol>']
    for i in range(5):
        t = MOST_READ[(a["seed"] * 3 + i) % len(MOST_READ)]
        r.append(f'<li><a href="/news/{a["nid"] - 211 * (i + 1)}">{t}</a></li>')
    r.append("</ol></div></div>")
    r.append('<div class="block market-data" id="block-market-data" data-widget="market-data"><h2>Market Data</h2><table><tbody>')
    for i, (name, base) in enumerate(INDICES[:5]):
        pct = ((a["seed"] * 5 + i * 7) % 13 - 6) / 10.0
        cls = "down" if pct < 0 else "up"
        r.append(f'<tr><td><a href="/data/quote/IDX{i + 1}">{name}</a></td><td class="chg {cls}">{pct:+.2f}%</td></tr>')
    r.append('</tbody></table><div class="ct-sectors" data-widget="sector-heatmap" data-source="#ct-quote-data"></div>'
             '<p class="small">Data delayed at least 15 minutes.</p></div>')
    r.append('<div class="block earnings-cal" id="block-earnings-calendar"><h2>Earnings This Week</h2><ul style="list-style:none;margin:0;padding:0">')
    for i in range(4):
        d = a["today"] + _dt.timedelta(days=1 + i + (i // 2))
        co = CALENDAR[(a["seed"] + i) % len(CALENDAR)]
        r.append(f'<li><a href="/companies/{co.lower().replace(" ", "-")}">{co}</a><span>{MON[d.month - 1]} {d.day}</span></li>')
    r.append('</ul></div>')
    r.append('<div class="block latest" id="block-views-block-latest"><h2>Latest</h2><ul style="list-style:none;margin:0;padding:0">')
    for i in range(5):
        t = LATEST[(a["seed"] * 4 + i) % len(LATEST)]
        d = a["today"] - _dt.timedelta(minutes=18 + i * 41)
        r.append(f'<li style="padding:6px 0;border-bottom:1px solid #eef0f2"><span class="time" style="color:#8b949c;font-size:12px;margin-right:6px">{clock(d)}</span>'
                 f'<a href="/news/{a["nid"] + 300 - i * 7}">{t}</a></li>')
    r.append("</ul></div>")
    r.append('<div class="block ad-rail" id="ad-rail-2"><span class="ad-label">Advertisement</span></div>')
    r.append("</div></aside>")
    return "\n".join(r)


def footer(a):
    cols = "".join(f'<div class="footer-col"><h3>{h}</h3><ul>' + "".join(
        f'<li><a href="/{h.lower()}/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in xs[:5]) + "</ul></div>" for h, xs in FOOTER[:4])
    return ('<footer class="site-footer" role="contentinfo"><div class="layout-container"><div class="footer-inner"><div class="footer-cols">' + cols + '</div>'
            '<div class="footer-social"><a href="https://social.example/capitalticker" aria-label="Facebook"><svg width="18" height="18"><use href="#ct-i-fb"/></svg></a>'
            '<a href="https://microblog.example/capticker" aria-label="X"><svg width="18" height="18"><use href="#ct-i-x"/></svg></a>'
            '<a href="https://pro-network.example/company/capital-ticker" aria-label="LinkedIn"><svg width="18" height="18"><use href="#ct-i-in"/></svg></a></div>'
            '<div class="footer-legal">Market data delayed at least 15 minutes. Nothing on this site is investment advice.'
            f'<br>© {a["today"].year} Capital Ticker Media LLC. All rights reserved.</div></div></div></footer>')


def related(a, d7):
    if d7:
        out = ['<div class="block block-views" id="block-views-related-block"><h2 class="block-title">More in ' + a["section"][1] + '</h2>'
               '<div class="view view-related"><div class="view-content">']
    else:
        out = ['<section class="block block-views block-views-blockrelated-content-block-1"><h2 class="block-title">More in ' + a["section"][1] + '</h2>'
               '<div class="views-element-container"><div class="view view-related-content"><div class="view-content">']
    for i, (t, days) in enumerate(a["related"]):
        d = a["pub"] - _dt.timedelta(days=days, hours=2 * i)
        nid = a["nid"] - 97 * (i + 1)
        img = (f'<img src="https://cdn.capitalticker.example/styles/thumb_120x80/public/{nid}.jpg" '
               f'srcset="https://cdn.capitalticker.example/styles/thumb_240x160/public/{nid}.jpg 2x" alt="" loading="lazy" width="120" height="80">')
        if d7:
            out.append(f'<div class="views-row views-row-{i + 1}"><div class="node node-article node-teaser view-mode-teaser">{img}'
                       f'<h3 class="node-title"><a href="/news/{nid}">{t}</a></h3><span class="date">{MON[d.month - 1]} {d.day}, {d.year}</span></div></div>')
        else:
            out.append(f'<div class="views-row"><article role="article" class="node node--type-article node--view-mode-teaser" data-history-node-id="{nid}">'
                       f'<div class="node__media"><a href="/news/{nid}">{img}</a></div><div class="node__teaser-content">'
                       f'<h3 class="node__title"><a href="/news/{nid}" rel="bookmark"><span class="field field--name-title">{t}</span></a></h3>'
                       f'<div class="node__meta"><span class="date">{MON[d.month - 1]} {d.day}, {d.year}</span></div></div></article></div>')
    out.append("</div></div></div>" + ("" if d7 else "</section>"))
    return "\n".join(out)


def ent(s):
    """The Drupal 7 WYSIWYG of the older theme stored typographic characters as named references."""
    return (s.replace("’", "&rsquo;").replace("‘", "&lsquo;").replace("“", "&ldquo;").replace("”", "&rdquo;")
            .replace("—", "&mdash;").replace("–", "&ndash;"))


def inline_related(a, d7):
    items = a["inline_related"]
    if d7:
        return ('<div class="ct-inline-related" data-embed="related"><h4>Related coverage</h4><ul>' + "".join(
            f'<li><a href="/news/{nid}">{t}</a></li>' for t, nid in items) + "</ul></div>")
    return ('<div class="paragraph paragraph--type--related-content paragraph--view-mode--default"><div class="field field--name-field-heading">Related coverage</div>'
            '<div class="field field--name-field-related field--items">' + "".join(
                f'<div class="field__item"><article class="node node--type-article node--view-mode-inline-teaser">'
                f'<img src="https://cdn.capitalticker.example/styles/thumb_96x54/public/{nid}.jpg" alt="" loading="lazy" width="96" height="54">'
                f'<a href="/news/{nid}">{t}</a></article></div>' for t, nid in items) + "</div></div>")


def render_body(a, video=False):
    """The body as chunks: ("text", html) runs of body blocks, and ("insert", html) for what the template puts between them."""
    chunks, blocks = [], []
    if a.get("dek"):
        blocks.append(Block("paragraph", a["dek"], optional=True))
    if a.get("lead_img"):
        blocks.append(Block("caption", a["lead_img"][1], optional=True))
    d7 = a["micro"]
    fix = ent if a.get("entities_markup") else (lambda x: x)
    run = []

    def flush():
        if run:
            chunks.append(("text", "\n".join(run)))
            run.clear()

    for i, part in enumerate(a["parts"]):
        k = part[0]
        if k == "p":
            run.append(f"<p>{fix(part[1])}</p>")
            blocks.append(Block("paragraph", part[1]))
        elif k == "h":
            run.append(f"<h2>{fix(part[1])}</h2>")
            blocks.append(Block("heading", part[1]))
        elif k == "ul":
            run.append("<ul>" + "".join(f"<li>{fix(x)}</li>" for x in part[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in part[1]]
        elif k == "table":
            rows, numcols, total = part[1], part[2], part[3]
            t = ['<div class="data-table-wrap"><table class="ct-data">',
                 "<thead><tr>" + "".join(f'<th scope="col">{c}</th>' for c in rows[0]) + "</tr></thead><tbody>"]
            for ri, r in enumerate(rows[1:]):
                cls = ' class="total"' if total and ri == len(rows) - 2 else ""
                t.append(f"<tr{cls}>" + "".join(
                    f'<td class="num">{c}</td>' if ci in numcols else f"<td>{c}</td>" for ci, c in enumerate(r)) + "</tr>")
            t.append("</tbody></table></div>")
            run.append("\n".join(t))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
        elif k == "source":
            run.append(f'<p class="table-source">{part[1]}</p>')
            blocks.append(Block("caption", part[1], optional=True))
        elif k == "note":
            run.append(f'<p class="editor-note"><em>{fix(part[1])}</em></p>')
            blocks.append(Block("note", part[1], optional=True))
        elif k == "ad":
            flush()
            if d7:
                chunks.append(("insert", f'<div class="ad-inarticle" id="ad-inarticle-{part[1]}"><span class="ad-label">Advertisement</span></div>'))
            else:
                chunks.append(("insert", f'<div class="paragraph paragraph--type--ad-slot"><div class="ad-inarticle" id="ad-inarticle-{part[1]}" '
                                         f'data-ad-unit="inarticle" data-pos="{part[1]}"><span class="ad-label">Advertisement</span></div></div>'))
        elif k == "related":
            flush()
            chunks.append(("insert", inline_related(a, d7)))
        if video and a.get("video_after") == i:
            flush()
            vid, title, dur = a["video"]
            chunks.append(("insert", f'<aside class="inline-video" data-video-id="{vid}"><a href="/video/{vid}">'
                                     f'<img src="https://cdn.capitalticker.example/video/{vid}/poster_320x180.jpg" alt="" loading="lazy"></a>'
                                     f'<div><span class="iv-label">Watch:</span> <a href="/video/{vid}">{title}</a><span class="iv-dur">{dur}</span></div></aside>'))
    flush()
    return chunks, blocks


def body_html(a, chunks):
    """Drupal 7 keeps the whole body in one field item (inserts sit inside it); the Drupal 9 theme's
    paragraphs module gives every text run and every insert a field item of its own."""
    if a["micro"]:
        inner = "\n".join(h for _, h in chunks)
        return ('<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
                f'<div class="field-item even" itemprop="articleBody">\n{inner}\n</div></div></div>')
    items = []
    for kind, h in chunks:
        if kind == "text":
            items.append('<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default">'
                         f'<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">\n{h}\n</div></div></div>')
        else:
            items.append(f'<div class="field__item">{h}</div>')
    return ('<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">\n'
            + "\n".join(items) + "\n</div>")


def byline_names(a):
    names = [f'<a href="/authors/{n.lower().replace(" ", "-")}">{n}</a>' for n in a["authors"]]
    return " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]


def page(a, video=False):
    pub, mod = a["pub"], a.get("mod")
    sec_key, sec_name = a["section"]
    url, d7 = a["url"], a["micro"]
    chunks, _ = render_body(a, video)
    seo = a.get("title", a["headline"])
    title = (seo + " | Capital Ticker") if d7 else seo
    og_title = a.get("og_title", seo)
    desc = a.get("desc") or a.get("dek")
    img = f"https://cdn.capitalticker.example/styles/og_1200x630/public/{a['nid']}.jpg"
    theme = "ct7" if d7 else "ct_d9"
    created = a.get("created", pub)
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">' if d7 else "<!DOCTYPE html>"]
    if d7:
        h += ['<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" '
              'xmlns:og="http://ogp.me/ns#" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">',
              '<head profile="http://www.w3.org/1999/xhtml/vocab">',
              '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
              '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />',
              f'<link rel="canonical" href="{a["canonical"]}" />', f'<link rel="shortlink" href="{HOST}/node/{a["nid"]}" />',
              '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
              f'<meta name="description" content="{esc(desc)}" />',
              f'<meta name="news_keywords" content="{esc(", ".join(a["tags"]))}" />',
              f'<meta name="dcterms.title" content="{esc(a["headline"])}" />',
              f'<meta name="dcterms.creator" content="{esc(a["dc_creator"])}" />',
              f'<meta name="dcterms.date" content="{iso(created)}" />',
              '<meta name="dcterms.type" content="Text" /><meta name="dcterms.format" content="text/html" />',
              f'<meta name="dcterms.identifier" content="{a["canonical"]}" /><meta name="dcterms.language" content="en" />',
              '<meta property="og:site_name" content="Capital Ticker" /><meta property="og:type" content="article" />',
              f'<meta property="og:url" content="{a["canonical"]}" />', f'<meta property="og:title" content="{esc(og_title)}" />',
              f'<meta property="og:description" content="{esc(desc)}" />', f'<meta property="og:image" content="{img}" />',
              '<meta name="twitter:card" content="summary_large_image" /><meta name="twitter:site" content="@capticker" />',
              f'<meta name="twitter:title" content="{esc(og_title)}" />',
              f'<link rel="shortcut icon" href="{HOST}/sites/all/themes/ct7/favicon.ico" type="image/vnd.microsoft.icon" />',
              f"<title>{title}</title>"]
    else:
        h += ['<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns# article: https://ogp.me/ns/article#">', "<head>",
              '<meta charset="utf-8">', '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">',
              '<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">',
              '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
              f"<title>{title}</title>", f'<meta name="description" content="{esc(desc)}">',
              f'<link rel="canonical" href="{a["canonical"]}">', f'<link rel="shortlink" href="{HOST}/node/{a["nid"]}">',
              '<meta name="robots" content="index, follow, max-image-preview:large">',
              f'<meta name="news_keywords" content="{esc(", ".join(a["tags"]))}">',
              '<meta property="og:site_name" content="Capital Ticker">', '<meta property="og:type" content="article">',
              f'<meta property="og:url" content="{a["canonical"]}">', f'<meta property="og:title" content="{esc(og_title)}">',
              f'<meta property="og:description" content="{esc(desc)}">', f'<meta property="og:image" content="{img}">',
              '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">',
              f'<meta property="article:published_time" content="{iso(created)}">']
        if mod:
            h.append(f'<meta property="article:modified_time" content="{iso(mod)}">')
        h += [f'<meta property="article:section" content="{sec_name}">'] + [f'<meta property="article:tag" content="{esc(t)}">' for t in a["tags"]]
        h += ['<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@capticker">',
              f'<meta name="twitter:title" content="{esc(og_title)}">', f'<meta name="twitter:description" content="{esc(desc)}">',
              f'<meta name="twitter:image" content="{img}">',
              f'<link rel="icon" href="/themes/custom/{theme}/favicon.ico" type="image/vnd.microsoft.icon">']
        if a.get("ld_no_author"):  # the node's author reference was never filled on this import
            ld_author = None
        else:
            ld_author = [{"@type": "Person", "name": n, "url": f"{HOST}/authors/{n.lower().replace(' ', '-')}"} for n in a["authors"]]
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": a["canonical"] + "#article", "headline": a.get("ld_headline", a["headline"]),
             "description": desc, "datePublished": iso(created), "dateModified": iso(mod or created),
             "author": ld_author,
             "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 630},
             "publisher": {"@id": HOST + "/#organization"}, "mainEntityOfPage": a["canonical"],
             "articleSection": sec_name, "keywords": a["tags"], "isAccessibleForFree": True},
            {"@type": "NewsMediaOrganization", "@id": HOST + "/#organization", "name": NAME, "url": HOST + "/",
             "logo": {"@type": "ImageObject", "url": HOST + "/themes/custom/ct_d9/images/logo-600x60.png", "width": 600, "height": 60},
             "sameAs": ["https://social.example/capitalticker", "https://microblog.example/capticker"]},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": HOST + "/"},
                {"@type": "ListItem", "position": 2, "name": sec_name, "item": f"{HOST}/{sec_key}"}]}]}
        if ld_author is None:
            del ld["@graph"][0]["author"]
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append("<style>" + CSS + (CSS_D7 if d7 else CSS_D9) + "</style>")
    settings = {"path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": f"node/{a['nid']}",
                         "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "en"},
                "ajaxPageState": {"theme": theme, "libraries": "ct/global,ct/article,ct/market-strip,ct_ads/loader,ct_cmp/tcf,ct_metrics/engage"},
                "ctAds": {"section": sec_key, "nid": a["nid"], "tickers": a.get("tickers", []), "refresh": {"enabled": True, "seconds": 45},
                          "lazy": {"fetchMarginPercent": 150, "renderMarginPercent": 50}},
                "ctMetrics": {"contentType": "article", "wordCount": a.get("wc", 0), "channel": sec_key, "paywall": "free"},
                "ctNewsletter": {"lists": ["closing-bell", "morning-brief", "the-deal-sheet", "macro-minute"], "endpoint": "/newsletters/subscribe"},
                "user": {"uid": 0, "permissionsHash": "4c1f9d0e7b2a35f8e6d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a2918f7e6d5c"}}
    if d7:
        h.append('<script type="text/javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, ' + _json.dumps(settings) + ');\n//--><!]]>\n</script>')
    else:
        h.append('<script type="application/json" data-drupal-selector="drupal-settings-json">' + _json.dumps(settings) + "</script>")
    h.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push(" + _json.dumps(
        {"pageType": "article", "section": sec_key, "nodeId": a["nid"], "tickers": a.get("tickers", []),
         "theme": theme, "loggedIn": False}) + ");</script>")
    h.append("<script>" + GTM + "</script>")
    h.append("<script>" + CONSENT + "</script>")
    h.append('<script id="ct-cmp-vendors" type="application/json">' + cmp_vendors(a["seed"]) + "</script>")
    h.append("<script>" + ADS.replace("{section}", sec_key).replace("{nid}", str(a["nid"]))
             .replace("{tickers}", _json.dumps(a.get("tickers", []))) + "</script>")
    h.append("<script>var pbjs=pbjs||{};pbjs.que=pbjs.que||[];pbjs.que.push(function(){pbjs.setConfig(" + prebid(a, sec_key) + ");});</script>")
    h.append('<script src="https://ads.ctadserver.example/tag/ctads.js" async></script>')
    h.append("</head>")

    # ---- header
    logo = ('<h1 class="site-name"><a href="/" title="Home" rel="home"><span>Capital Ticker</span>'
            '<span class="tagline">Markets. Money. Business.</span></a></h1>') if d7 else (
        f'<a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/{theme}/logo.svg" alt="Capital Ticker" width="260" height="40"></a>')
    tools = ('<div class="header-tools"><a href="/search"><svg width="16" height="16"><use href="#ct-i-search"/></svg><span class="visually-hidden">Search</span></a>'
             '<a href="/newsletters">Newsletters</a><a href="/user/login"><svg width="16" height="16"><use href="#ct-i-user"/></svg>Sign In</a>'
             '<a class="btn-subscribe" href="/subscribe?src=header">Subscribe</a></div>')
    if d7:
        b = [f'<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{a["nid"]} node-type-article">',
             '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>',
             '<noscript><iframe src="https://tags.capitalticker.example/ns.html?id=CT-W4K9ZP" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>',
             SVG, '<div id="page-wrapper"><div id="page">',
             '<div class="region region-leaderboard"><div id="ad-leaderboard" class="ad-slot"><span class="ad-label">Advertisement</span></div></div>',
             market_strip(a),
             f'<div id="header-region"><div class="section clearfix">{logo}{tools}</div></div>',
             nav(sec_key, True),
             '<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">',
             f'<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » <a href="/{sec_key}">{sec_name}</a></div></div>',
             '<div id="content" class="column"><div class="section"><a id="main-content"></a>',
             '<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">',
             f'<div id="node-{a["nid"]}" class="node node-article node-promoted node-full clearfix" about="/node/{a["nid"]}" typeof="sioc:Item foaf:Document" '
             f'itemscope itemtype="https://schema.org/NewsArticle">',
             f'<meta itemprop="mainEntityOfPage" content="{a["canonical"]}">']
        if a.get("kicker"):
            b.append(f'<div class="field field-name-field-kicker"><a href="/{sec_key}/{a["sub"].lower()}">{a["kicker"]}</a></div>')
        b.append(f'<h1 class="title" id="page-title" itemprop="headline">{a["headline"]}</h1>')
        if a.get("dek"):
            b.append(f'<div class="field field-name-field-dek"><p itemprop="description">{a["dek"]}</p></div>')
        names = []
        for n in a["authors"]:
            slug = n.lower().replace(" ", "-")
            names.append(f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/authors/{slug}" itemprop="url">'
                         f'<span itemprop="name">{n}</span></a></span>')
        by = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]
        sub = [f'<div class="submitted"><span class="byline">By {by}</span>',
               f'<span property="dc:date dc:created" content="{iso(pub)}" datatype="xsd:dateTime" itemprop="datePublished" class="date-display-single">{stamp(pub)}</span>']
        if mod:
            sub.append(f'<span class="updated">Updated <span class="date-display-single" itemprop="dateModified" content="{iso(mod)}">{stamp(mod)}</span></span>')
        sub.append('<div class="share-tools" aria-label="Share">'
                   f'<a href="https://social.example/sharer?u={a["canonical"]}" title="Share on Facebook"><svg width="14" height="14"><use href="#ct-i-fb"/></svg></a>'
                   f'<a href="https://microblog.example/intent/post?url={a["canonical"]}" title="Share on X"><svg width="14" height="14"><use href="#ct-i-x"/></svg></a>'
                   f'<a href="mailto:?subject=From%20Capital%20Ticker&amp;body={a["canonical"]}" title="Email"><svg width="14" height="14"><use href="#ct-i-mail"/></svg></a>'
                   '<a href="#" onclick="window.print();return false;" title="Print"><svg width="14" height="14"><use href="#ct-i-print"/></svg></a></div></div>')
        b.append("".join(sub))
        b.append('<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Capital Ticker">'
                 '<span itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="'
                 + HOST + '/sites/all/themes/ct7/images/logo-600x60.png"></span></div>')
        b.append('<div class="content">')
        if a.get("lead_img"):
            src, cap, credit = a["lead_img"]
            b.append(f'<div class="field field-name-field-image"><figure><img itemprop="image" typeof="foaf:Image" '
                     f'src="https://cdn.capitalticker.example/sites/default/files/styles/article_960/public/{src}" width="960" height="540" alt="">'
                     f'<figcaption>{cap}<span class="credit">{credit}</span></figcaption></figure></div>')
        else:
            b.append(f'<meta itemprop="image" content="{img}">')
        b.append(body_html(a, chunks))
        if a.get("bio"):
            b.append(f'<div class="author-bio"><img src="https://cdn.capitalticker.example/authors/{a["authors"][0].lower().replace(" ", "-")}.jpg" alt="">'
                     f'<p>{a["bio"]}</p></div>')
        b.append('<div class="field field-name-field-tags field-type-taxonomy-term-reference"><span class="field-label">Topics:&nbsp;</span> ' + "".join(
            f'<a href="/topics/{t.lower().replace(" ", "-")}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{t}</a>' for t in a["tags"]) + "</div>")
        b.append("</div></div>")  # .content, .node
        b.append("</div></div></div>")  # block content, block, region
        b.append(newsletter())
        b.append(related(a, True))
        b.append("</div></div>")  # .section, #content
        b.append(rail(a, True))
        b.append("</div></div>")  # #main, #main-wrapper
        b.append(footer(a))
        b.append(consent_banner())
        b.append("</div></div>")  # #page, #page-wrapper
    else:
        b = [f'<body class="path-node page-node-type-article section-{sec_key}">',
             '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>',
             '<noscript><iframe src="https://tags.capitalticker.example/ns.html?id=CT-W4K9ZP" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>',
             SVG, '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper"><div class="page">',
             '<div class="region region-leaderboard"><div id="ad-leaderboard" class="ad-slot"><span class="ad-label">Advertisement</span></div></div>',
             market_strip(a),
             f'<header class="site-header" role="banner"><div class="layout-container"><div class="region region-header">{logo}{tools}</div></div></header>',
             '<div class="layout-container"><div class="region region-primary-menu">', nav(sec_key, False), "</div>",
             f'<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>'
             f'<li><a href="/">Home</a></li><li><a href="/{sec_key}">{sec_name}</a></li><li><a href="/{sec_key}/{a["sub"].lower()}">{a["sub"]}</a></li></ol></nav></div>',
             '<main id="main-content" class="layout-main" role="main"><div class="layout-content"><div class="region region-content">',
             '<div id="block-ct-d9-content" class="block block-system block-system-main-block">',
             f'<article role="article" class="node node--type-article node--view-mode-full" data-history-node-id="{a["nid"]}">',
             '<header class="node__header">']
        if a.get("kicker"):
            b.append(f'<div class="field field--name-field-kicker"><a href="/{sec_key}/{a["sub"].lower()}">{a["kicker"]}</a></div>')
        b.append(f'<h1 class="node__title"><span class="field field--name-title field--type-string">{a["headline"]}</span></h1>')
        if a.get("dek"):
            b.append(f'<div class="field field--name-field-dek"><p>{a["dek"]}</p></div>')
        meta = ['<div class="node__meta">', f'<span class="byline">By {byline_names(a)}</span>',
                f'<time class="published" datetime="{iso(pub)}">{stamp(pub)}</time>']
        if mod:
            meta.append(f'<span class="updated">Updated <time datetime="{iso(mod)}">{stamp(mod)}</time></span>')
        cu = a["canonical"]
        meta.append('<div class="share-tools" aria-label="Share">'
                    f'<a href="https://social.example/sharer?u={cu}" target="_blank" rel="noopener" title="Share on Facebook"><svg width="14" height="14"><use href="#ct-i-fb"/></svg></a>'
                    f'<a href="https://microblog.example/intent/post?url={cu}" target="_blank" rel="noopener" title="Share on X"><svg width="14" height="14"><use href="#ct-i-x"/></svg></a>'
                    f'<a href="https://pro-network.example/share?url={cu}" target="_blank" rel="noopener" title="Share on LinkedIn"><svg width="14" height="14"><use href="#ct-i-in"/></svg></a>'
                    f'<a href="mailto:?subject=From%20Capital%20Ticker&amp;body={cu}" title="Email"><svg width="14" height="14"><use href="#ct-i-mail"/></svg></a></div></div>')
        b.append("".join(meta))
        b.append("</header>")
        b.append('<div class="node__content">')
        if a.get("lead_img"):
            src, cap, credit = a["lead_img"]
            b.append(f'<figure class="field field--name-field-image"><picture>'
                     f'<source media="(max-width: 640px)" srcset="https://cdn.capitalticker.example/styles/article_640/public/{src} 1x, https://cdn.capitalticker.example/styles/article_1280/public/{src} 2x">'
                     f'<img src="https://cdn.capitalticker.example/styles/article_960/public/{src}" width="960" height="540" alt="" loading="eager"></picture>'
                     f'<figcaption>{cap}<span class="credit">{credit}</span></figcaption></figure>')
        b.append(body_html(a, chunks))
        if a.get("bio"):
            b.append(f'<div class="author-bio"><p>{a["bio"]}</p></div>')
        b.append('<div class="field field--name-field-tags"><span class="field__label">Topics:</span> ' + "".join(
            f'<a href="/topics/{t.lower().replace(" ", "-")}">{t}</a>' for t in a["tags"]) + "</div>")
        b.append("</div></article></div></div>")
        b.append(newsletter())
        b.append(related(a, False))
        b.append("</div>")
        b.append(rail(a, False))
        b.append("</main></div>")
        b.append(footer(a))
        b.append(consent_banner())
        b.append("</div></div></div>")
    b.append(f'<script id="ct-quote-data" type="application/json">{quote_data(a)}</script>')
    b.append(f'<script id="ct-symbol-index" type="application/json">{symbol_index(a["seed"])}</script>')
    b.append(f'<script id="ct-video-playlist" type="application/json">{playlist(a)}</script>')
    b.append('<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>'
             '<script src="/core/misc/drupal.js?v=%d"></script><script src="/themes/custom/%s/js/article.js?s4k2v1"></script>' % (7 if d7 else 9, theme))
    b.append("<script>" + TICKER_JS + "</script>")
    b.append("<script>" + METRICS.replace("{section}", sec_key).replace("{authors}", ",".join(a["authors"]))
             .replace("{path}", url.replace(HOST, "")) + "</script>")
    b.append("</body></html>")
    return "\n".join(h + b)


def newsletter():
    return ('<div class="block-newsletter"><div class="block-newsletter__inner"><h2>The Closing Bell</h2><p>What moved markets today and what to watch tomorrow, '
            'every weekday at 5 p.m. ET.</p><form action="/newsletters/subscribe" method="post">'
            '<input type="hidden" name="list" value="closing-bell"><label for="nl-email" class="visually-hidden">Email address</label>'
            '<input id="nl-email" type="email" name="email" placeholder="Your email address" required> <button type="submit">Sign Up</button></form></div></div>')


def consent_banner():
    return ('<div id="consent-banner" role="dialog" aria-labelledby="cb-title"><strong id="cb-title">We value your privacy</strong>'
            '<p>We and our partners use cookies to run this site, measure audiences and show relevant advertising. '
            'Choose your settings at any time via Cookie Settings.</p>'
            '<div class="cb-actions"><button data-consent="all">Accept All</button><button class="cb-secondary" data-consent="necessary">Reject Non-Essential</button>'
            '<a href="/legal/cookies">Manage Settings</a></div></div>')


COMMON_TAGS = ["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "most-read",
               "ad-slots", "tag-list", "decoy-date", "localized-date", "local-time-zone"]


def phenomena(a, blocks, video):
    tags = set(COMMON_TAGS) | set(a.get("extra_tags", []))
    kinds = {bl.kind for bl in blocks}
    tags.add("microdata" if a["micro"] else "json-ld")
    for kind, tag in (("table", "table-in-body"), ("heading", "subheadings"), ("list_item", "list-in-body"), ("note", "correction-note")):
        if kind in kinds:
            tags.add(tag)
    if a.get("lead_img"):
        tags.add("photo-caption")
    if a.get("dek"):
        tags.add("standfirst")
    if a.get("kicker"):
        tags.add("kicker")
    if a.get("mod"):
        tags.add("updated-date")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    if a.get("bio"):
        tags.add("author-bio")
    if a.get("entities_markup"):
        tags.add("html-entities")
    if a.get("title", a["headline"]) != a["headline"]:
        tags.add("title-differs-from-headline")
    d = a["pub"]
    if f"/{d:%Y/%m/%d}/" in a["url"]:
        tags.add("date-in-url")
    if video:
        tags.add("inline-video-teaser")
    parts = [p[0] for p in a["parts"]]
    if "ad" in parts or "related" in parts or video:
        tags.add("teasers-in-article")
    if "related" in parts:
        tags.add("inline-related")
    if not a["micro"] and ("ad" in parts or "related" in parts or video):
        tags.add("split-body")
    if not a["micro"]:
        tags.add("article-per-teaser")
    return sorted(tags)



# ================================================================ articles

ARTICLES = []

# ---------------------------------------------------------------- 01: earnings, table, microdata, date in URL
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, micro=True, section=("companies", "Companies"), sub="Earnings", nid=4471820,
    dc_creator="Dana Whitcombe", created=dt(2015, 7, 23, 7, 5),
    url=f"{HOST}/companies/2015/07/23/halvorsen-freight-q2-earnings-intermodal",
    pub=dt(2015, 7, 23, 7, 42), today=dt(2015, 7, 24, 16, 4), kicker="Earnings",
    headline="Halvorsen Freight beats estimates as intermodal volumes climb",
    title="Halvorsen Freight Q2 earnings beat estimates, outlook raised",
    dek="Second-quarter profit rose 18% on stronger rail-container traffic, and the Omaha-based logistics group raised its full-year forecast.",
    authors=["Dana Whitcombe"], tags=["Earnings", "Halvorsen Freight Systems", "Transport", "Trucking", "Railroads"], tickers=["HFS"],
    lead_img=("2015-07/halvorsen-intermodal-yard.jpg", "Containers wait to be loaded onto rail cars at a Halvorsen Freight terminal.",
              "Photo: Capital Ticker file"),
    parts=[
        ("p", "OMAHA, Neb. — Halvorsen Freight Systems reported a stronger-than-expected 18% rise in second-quarter profit on Thursday, as shippers moved more goods in containers that travel partly by rail, and the logistics group lifted its outlook for the rest of the year."),
        ("p", "Net income rose to $131 million, or $1.07 a diluted share, from $111 million, or 90 cents, a year earlier. Analysts surveyed by Capital Ticker Data had expected $1.01 a share on average. Revenue climbed 7.6% to $1.84 billion."),
        ("p", "Shares of Halvorsen rose 4.3% to $58.12 in premarket trading."),
        ("p", "The company said its intermodal unit, which books long-haul loads on railroads and handles the trucking at each end, moved 412,300 loads in the quarter, up almost 11% from a year ago. Chief Executive Greta Lindqvist told analysts on a conference call that retailers had shifted freight away from the highway as a shortage of truck drivers pushed up spot rates."),
        ("p", "“Customers who tried intermodal two years ago because they had to are now staying because the service has gotten better,” Lindqvist said. “On-time performance on our eastern lanes was above 94% for the quarter, and that changes the conversation.”"),
        ("ad", 1),
        ("h", "Second-quarter results"),
        ("table", [["", "Q2 2015", "Q2 2014", "Change"],
                   ["Revenue", "$1.84 billion", "$1.71 billion", "+7.6%"],
                   ["Operating income", "$212 million", "$184 million", "+15.2%"],
                   ["Net income", "$131 million", "$111 million", "+18.0%"],
                   ["Diluted EPS", "$1.07", "$0.90", "+18.9%"],
                   ["Intermodal loads", "412,300", "371,900", "+10.9%"]], {1, 2, 3}, False),
        ("source", "Source: company filings"),
        ("p", "The company now expects full-year earnings of $4.05 to $4.20 a share, up from a previous range of $3.85 to $4.05. It kept its capital spending plan at about $380 million, most of which will go to new containers and chassis."),
        ("related", 0),
        ("p", "Not every part of the business kept pace. Revenue from Halvorsen’s truckload division, which runs its own fleet of about 6,200 tractors, was flat, and the unit’s operating margin slipped to 6.1% from 6.8% as wages and insurance costs rose. The company said it had raised driver pay twice this year and would consider a third increase in the fall."),
        ("h", "Fuel, buybacks and new lanes"),
        ("p", "Fuel-surcharge revenue fell by about $38 million from a year earlier as diesel prices dropped, which trimmed reported revenue but had little effect on profit, Chief Financial Officer Marcus Ebeling said. Lower fuel costs for the company’s own trucks offset most of the decline."),
        ("p", "Ebeling said Halvorsen had bought back 1.2 million shares in the quarter for $67 million and had about $410 million left under its current repurchase authorization. Long-term debt stood at $1.1 billion at the end of June, little changed from March."),
        ("p", "Lindqvist said the company was in talks with two railroads about adding service between Chicago and the Gulf Coast ports and expected to open a new container yard near Kansas City early next year. “The constraint for us is not demand,” she said. “It is how quickly the railroads can add train slots on the lanes our customers want.”"),
        ("p", "Several analysts on the call pressed executives on the truckload unit. Asked whether the company would consider selling it, Lindqvist said the fleet let Halvorsen handle short-haul loads that the rail network could not serve, and that it was “not for sale.”"),
        ("p", "Ravi Menon, an analyst at Brantley Hume Securities, said the results confirmed that the company had chosen the right side of the freight market. “The intermodal story is carrying this company, and the truckload side is a drag they can live with,” he wrote in a note to clients, raising his price target to $66 from $61."),
        ("p", "Halvorsen, which was founded in 1958 as a regional moving company, employs about 21,000 people. Its shares had risen 9% this year through Wednesday, lagging a broader index of transportation stocks."),
        ("p", "The company will hold an investor day in Omaha in September, when executives are expected to set financial targets for 2016 and 2017 and give more detail on the cost of the new terminals."),
    ],
    inline_related=[("Railroads report rising container traffic for third month", 4471602), ("Truck driver shortage pushes spot rates to record", 4469913)],
    related=[("Railroads report rising container traffic for third month", 6), ("Truck driver shortage pushes spot rates to record", 15),
             ("Halvorsen Freight names new intermodal chief", 48), ("Logistics stocks rally as retailers restock", 71)],
    entities=[("Halvorsen Freight", "ORG"), ("Omaha", "LOC"), ("Halvorsen Freight Systems", "ORG"), ("OMAHA", "LOC"), ("Neb.", "LOC"),
              ("Capital Ticker Data", "ORG"), ("Halvorsen", "ORG"), ("Greta Lindqvist", "PER"), ("Lindqvist", "PER"),
              ("Ravi Menon", "PER"), ("Brantley Hume Securities", "ORG"), ("Marcus Ebeling", "PER"), ("Ebeling", "PER"),
              ("Chicago", "LOC"), ("Gulf Coast", "LOC"), ("Kansas City", "LOC")],
    extra_tags=["dateline"],
    notes="The empty first header cell of the results table is kept as an empty string; the 'Source' line is an optional caption; the 'Related coverage' box inside the body field is not body.",
))

# ---------------------------------------------------------------- 02: deal talks, two authors, microdata (variant 09 adds a video teaser)
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, micro=True, section=("companies", "Companies"), sub="Deals", nid=4812377,
    dc_creator="Priya Natarajan", created=dt(2016, 10, 4, 17, 20),
    url=f"{HOST}/news/4812377/corvane-sellwood-diagnostics-talks",
    pub=dt(2016, 10, 4, 18, 5), today=dt(2016, 10, 6, 9, 31), kicker="Deals",
    headline="Corvane in advanced talks to buy Sellwood Diagnostics for about $2.3 billion",
    dek="A deal would give the drugmaker a foothold in fast-growing genetic testing, people familiar with the matter said.",
    authors=["Priya Natarajan", "Owen Castellano"], tags=["Deals", "Health Care", "Corvane Biosciences", "Sellwood Diagnostics", "Biotech"],
    tickers=["CRVN", "SLWD"], video=(90412, "Why drugmakers are buying test labs", "2:41"), video_after=3,
    parts=[
        ("p", "Corvane Biosciences is in advanced talks to acquire Sellwood Diagnostics for about $2.3 billion, according to people familiar with the matter, in a deal that would push the mid-sized drugmaker into the crowded market for genetic tests."),
        ("p", "An agreement could be announced as soon as next week, the people said, asking not to be named because the discussions are private. Corvane would pay roughly $41 a share in cash, a premium of about 27% to Sellwood’s closing price on Tuesday. The talks could still fall apart, they cautioned."),
        ("p", "Representatives for both companies declined to comment."),
        ("p", "Sellwood, based in Portland, Oregon, sells tests that screen patients for inherited risks of breast, colon and heart disease. Its revenue grew 34% last year to $312 million, though it has yet to turn an annual profit. The company has about 1,400 employees and processes roughly 40,000 samples a month at two laboratories."),
        ("h", "Why diagnostics"),
        ("p", "For Corvane, whose biggest product is a rheumatoid arthritis drug that loses patent protection in 2019, the deal would add a steady source of revenue that does not depend on a single molecule. Chief Executive Martin Aldous has told investors repeatedly that the company wants to pair its treatments with tests that identify the patients most likely to benefit."),
        ("p", "“We think the future of our business is knowing which patient should get which drug before the first dose,” Aldous said at an investor conference in Boston last month, without naming any targets."),
        ("ad", 1),
        ("p", "Large drugmakers have spent heavily on diagnostics over the past two years, betting that insurers will increasingly demand evidence that expensive therapies work before paying for them. Prices for testing companies have risen as a result: Sellwood’s shares had gained 48% this year before Tuesday."),
        ("p", "Some investors question whether Corvane can afford to pay up. The company had about $900 million in cash at the end of June and would likely need to borrow to fund the purchase, said Helen Farrow, a portfolio manager at Eastgate Capital Partners, which owns shares in both companies."),
        ("p", "“It’s a sensible strategy at a full price,” Farrow said. “The question is how much debt they’re willing to carry into a patent cliff.”"),
        ("p", "Corvane shares fell 1.8% in after-hours trading after news of the talks. Sellwood shares rose 19%."),
    ],
    related=[("Drugmakers pay up for testing labs as insurers demand proof", 12), ("Corvane cuts 300 jobs in research overhaul", 57),
             ("Genetic-testing start-ups draw record venture funding", 30), ("Sellwood Diagnostics wins approval for heart-risk panel", 88)],
    entities=[("Corvane", "ORG"), ("Sellwood Diagnostics", "ORG"), ("Corvane Biosciences", "ORG"), ("Sellwood", "ORG"),
              ("Portland", "LOC"), ("Oregon", "LOC"), ("Martin Aldous", "PER"), ("Aldous", "PER"), ("Boston", "LOC"),
              ("Helen Farrow", "PER"), ("Farrow", "PER"), ("Eastgate Capital Partners", "ORG")],
    notes="Two names in the byline joined by 'and'.",
))

# ---------------------------------------------------------------- 03: IPO, table, update note, microdata
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, micro=True, section=("companies", "Companies"), sub="IPOs", nid=5103948,
    dc_creator="tmoorcroft", created=dt(2017, 5, 17, 21, 40),
    url=f"{HOST}/news/5103948/lumenreach-ipo-debut",
    pub=dt(2017, 5, 18, 9, 30), mod=dt(2017, 5, 18, 16, 20), today=dt(2017, 5, 19, 11, 12),
    headline="Lumenreach shares jump 31% in market debut after IPO prices at top of range",
    title="Lumenreach IPO: warehouse-robot maker soars in trading debut",
    dek="The warehouse-robotics maker raised $275.5 million, giving it a market value of about $2.1 billion at the offer price.",
    authors=["Tessa Moorcroft"], tags=["IPOs", "Robotics", "Lumenreach Robotics", "Logistics"], tickers=["LMRC"],
    parts=[
        ("p", "Shares of Lumenreach Robotics rose 31% in their first day of trading on Thursday, a strong start for the maker of warehouse robots and a fresh sign that investors are hungry for companies that promise to automate e-commerce logistics."),
        ("p", "The Pittsburgh-based company sold 14.5 million shares at $19 each late Wednesday, the top of its marketed range of $17 to $19, raising $275.5 million. The stock opened at $24.90 and closed at $24.89, valuing the company at about $2.75 billion."),
        ("p", "Lumenreach makes autonomous carts that carry shelves of goods to workers who pick and pack orders, rather than sending workers walking through aisles. It leases the robots to customers under multiyear contracts, an approach that gives it recurring revenue but has required heavy spending up front."),
        ("p", "The company lost $38.6 million last year on revenue of $143 million, according to its filings. Revenue more than doubled from 2015."),
        ("p", "“We are not selling robots, we are selling throughput,” Chief Executive Anika Sorensen said in an interview on the trading floor. “A customer who leases 200 of our units wants to know how many more orders leave the building every hour, and that’s the number we’re paid on.”"),
        ("h", "The offering at a glance"),
        ("table", [["Item", "Detail"],
                   ["Ticker", "LMRC"],
                   ["Price range", "$17.00–$19.00"],
                   ["Offer price", "$19.00"],
                   ["Shares sold", "14.5 million"],
                   ["Gross proceeds", "$275.5 million"],
                   ["Opening trade", "$24.90"],
                   ["First-day close", "$24.89 (+31.0%)"],
                   ["Lead underwriters", "Calder Finch Partners, Westbury Morrow Securities"]], {1}, False),
        ("p", "Several other automation companies have filed to go public in recent months, and bankers said Thursday’s reception would encourage them to press ahead before the summer."),
        ("p", "Not all investors were convinced. Lumenreach’s three largest customers accounted for 61% of revenue last year, and the company warned in its prospectus that losing any of them could hurt results."),
        ("p", "“The concentration risk is real,” said Darnell Pike, who manages a technology fund at Ferncliff Investors. “You are betting on a handful of retailers continuing to expand their warehouses, and some of them are already building their own robots.”"),
        ("related", 0),
        ("h", "Crowded aisles"),
        ("p", "Lumenreach competes with a handful of other robot makers as well as with the in-house engineering teams of the largest online retailers. Its carts are now used in 37 warehouses in the United States, up from 14 at the end of 2015, and the company says a typical site needs about 120 units to start."),
        ("p", "Sorensen, a former aerospace engineer, founded the company in 2011 with two colleagues from a university robotics lab. The founders and early employees will control about 38% of the votes after the offering through a class of stock that carries ten votes per share, a structure that some governance advocates have criticized."),
        ("p", "“Dual-class shares are becoming the price of admission for hot technology listings, and investors keep paying it,” said Marguerite Olsen, director of research at the Shareholder Stewardship Council. “The question is whether they will be as forgiving when growth slows.”"),
        ("ad", 2),
        ("p", "Some of the company’s customers have faced criticism from labor groups, who say robots that bring goods to stationary workers speed up the pace of work. Sorensen said the company’s data showed that workers walked about nine fewer miles per shift in warehouses using its carts. “Nobody misses the walking,” she said."),
        ("p", "Early employees and investors agreed not to sell shares for 180 days after the offering. Kettle Rock Partners, the largest outside investor, owned about 21% of the company before the listing and did not sell any shares in the offering."),
        ("p", "Sorensen said the company would use the proceeds to build a second assembly plant and to open sales offices in Europe next year."),
        ("note", "This article was updated with the closing share price and comments from an investor."),
    ],
    related=[("Warehouse robot makers line up for public listings", 9), ("Retailers race to automate distribution centers", 34),
             ("Lumenreach files for IPO, reveals widening loss", 26), ("Venture funding for robotics hits new high", 65)],
    inline_related=[("Lumenreach files for IPO, reveals widening loss", 5101877)],
    entities=[("Lumenreach", "ORG"), ("Lumenreach Robotics", "ORG"), ("Pittsburgh", "LOC"), ("Anika Sorensen", "PER"),
              ("Calder Finch Partners", "ORG"), ("Westbury Morrow Securities", "ORG"), ("Darnell Pike", "PER"),
              ("Ferncliff Investors", "ORG"), ("Sorensen", "PER"), ("Europe", "LOC"), ("United States", "LOC"),
              ("Marguerite Olsen", "PER"), ("Shareholder Stewardship Council", "ORG"), ("Kettle Rock Partners", "ORG")],
    notes="The closing editor's note on the update is an optional note block; the visible 'Updated' time is the modified value; dcterms.date holds the node's creation on the evening of May 17, the visible publication (May 18, 9:30 a.m. ET) is gold.",
))

# ---------------------------------------------------------------- 04: markets brief, short, desk byline, microdata, date in URL
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, micro=True, section=("markets", "Markets"), sub="Stocks", nid=5930216,
    dc_creator="Capital Ticker Markets Desk", created=dt(2018, 12, 21, 16, 38),
    url=f"{HOST}/markets/2018/12/21/stocks-close-week-lower-chipmakers",
    pub=dt(2018, 12, 21, 16, 45), today=dt(2018, 12, 24, 8, 15),
    headline="Stocks close out rough week lower as chipmakers slide",
    desc="The CT Composite fell 5.2% for the week as chipmakers led a fourth straight daily decline.",
    authors=["Capital Ticker Markets Desk"], tags=["Stocks", "Semiconductors", "Market Wrap"], tickers=["ORSM"],
    parts=[
        ("p", "Stocks fell for a fourth straight session on Friday, leaving the CT Composite index 5.2% lower for the week, its steepest weekly drop since March."),
        ("p", "Chipmakers led the decline after Orrin Semiconductor cut its quarterly sales forecast, citing weaker orders from smartphone makers. Orrin shares tumbled 14%."),
        ("p", "Shipping stocks also fell as freight rates slid, while energy shares were mixed after crude prices steadied."),
        ("p", "Trading volume was heavy because of the quarterly expiration of options contracts. Markets will close early on Monday and stay shut on Tuesday for the Christmas holiday."),
    ],
    related=[("Chip stocks slump as smartphone demand cools", 1), ("Freight rates fall for sixth straight week", 3),
             ("Investors brace for volatile holiday trading", 4), ("Orrin Semiconductor warns on sales", 0)],
    entities=[("CT Composite", "MISC"), ("Orrin Semiconductor", "ORG"), ("Orrin", "ORG"), ("Christmas", "MISC")],
    extra_tags=["short-article"],
    notes="Desk byline recorded as given; the index name in the text is a MISC (product) mention.",
))

# ---------------------------------------------------------------- 05: bank results, table, entities in markup, bio, microdata
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, micro=True, section=("finance", "Finance"), sub="Banks", nid=6418803,
    dc_creator="Samuel Okafor", created=dt(2019, 8, 6, 5, 52),
    url=f"{HOST}/finance/banks/ridgeline-bancorp-second-quarter-profit-falls",
    pub=dt(2019, 8, 6, 6, 30), mod=dt(2019, 8, 6, 10, 12), today=dt(2019, 8, 7, 12, 48), entities_markup=True,
    headline="Ridgeline Bancorp profit falls 9% as lower rates squeeze lending margins",
    dek="The regional lender trimmed its forecast for net interest income and said it would slow hiring in the second half.",
    authors=["Samuel Okafor"], tags=["Banks", "Earnings", "Interest Rates", "Ridgeline Bancorp"], tickers=["RDGB"],
    bio="Samuel Okafor covers banks and financial regulation from New York. He previously reported on consumer credit for a trade publication.",
    parts=[
        ("p", "Ridgeline Bancorp said second-quarter profit fell 9% as falling interest rates narrowed the gap between what the regional lender earns on loans and what it pays depositors, and it cut its outlook for the rest of the year."),
        ("p", "Net income was $287 million, or $1.42 a share, down from $315 million, or $1.55 a share, a year earlier. Excluding a one-time charge for closing 23 branches, the bank earned $1.51 a share, a penny above analysts’ average estimate."),
        ("p", "Net interest margin, a key measure of lending profitability, shrank to 3.12% from 3.31% in the first quarter. Chief Financial Officer Louise Carrow said on a call with analysts that the bank now expects net interest income to fall 2% to 3% this year, after earlier forecasting a small gain."),
        ("p", "“We built our plan for a world where rates stayed where they were,” Carrow said. “That world lasted about four months.”"),
        ("h", "Results by segment"),
        ("table", [["Segment", "Q2 2019", "Q2 2018", "Change"],
                   ["Consumer banking", "142", "161", "-12%"],
                   ["Commercial banking", "118", "127", "-7%"],
                   ["Wealth management", "41", "37", "+11%"],
                   ["Corporate and other", "-14", "-10", "n/m"],
                   ["Total", "287", "315", "-9%"]], {1, 2, 3}, True),
        ("source", "Net income in millions of dollars. Source: Ridgeline Bancorp"),
        ("p", "The wealth management unit was a bright spot, with client assets up 8% from a year earlier to $64 billion, helped by rising stock prices."),
        ("h", "Deposits and credit"),
        ("p", "Deposit costs kept climbing even as market rates fell. The bank paid an average of 0.96% on interest-bearing deposits in the quarter, up from 0.71% a year earlier, as customers moved money out of checking accounts and into certificates of deposit and money-market accounts that pay more."),
        ("p", "“Depositors have learned to shop around, and they have not unlearned it just because the direction of rates changed,” Carrow said."),
        ("related", 0),
        ("p", "Credit quality remained strong. Net charge-offs, or loans written off as uncollectable, were 0.31% of average loans, up slightly from 0.28% a year earlier. The bank set aside $58 million for possible loan losses, compared with $51 million in the second quarter of 2018, citing growth in its credit-card and auto-loan books rather than any sign of stress."),
        ("p", "Mortgage lending was the other bright spot as falling rates set off a wave of refinancing. Ridgeline originated $2.9 billion of home loans in the quarter, up 41% from the first quarter, and said applications in July were running at their fastest pace in three years."),
        ("ad", 1),
        ("p", "The Cleveland-based bank, which operates about 610 branches in seven Midwestern states, said it would slow hiring for the rest of the year and hold off on a planned expansion into two new metropolitan markets. It kept its quarterly dividend unchanged."),
        ("p", "Ridgeline shares fell 2.4% to $48.30 in morning trading. Bank stocks have lagged the broader market this year as investors bet that interest rates will keep falling."),
        ("p", "Miriam Kessler, an analyst at Palisade Research, said the results were “a preview of what the whole sector will report” if rates keep falling, and lowered her rating on the shares to neutral."),
        ("p", "Kessler said the bigger test would come next year, when about $6 billion of the bank’s fixed-rate securities mature and must be reinvested at lower yields. “The damage from lower rates shows up slowly in a bank’s earnings, and then all at once,” she said."),
        ("p", "Ridgeline’s common equity tier 1 ratio, a measure of its ability to absorb losses, was 10.4%, comfortably above regulatory minimums. The bank said it would complete a $500 million share buyback announced in January by the end of the year."),
        ("p", "Carrow said the bank was reviewing its branch network again and could announce more closures later in the year, mostly in small towns where customers increasingly use the bank’s mobile app. About 38% of Ridgeline’s deposits are now opened online, up from 22% three years ago, she said."),
    ],
    inline_related=[("Deposit costs are rising faster than banks expected", 6416911), ("Ridgeline to close 23 branches in consolidation", 6398120)],
    related=[("Regional banks brace for a squeeze on margins", 5), ("Ridgeline to close 23 branches in consolidation", 44),
             ("Deposit costs are rising faster than banks expected", 20), ("Wealth units cushion banks as lending slows", 13)],
    entities=[("Ridgeline Bancorp", "ORG"), ("Louise Carrow", "PER"), ("Carrow", "PER"), ("Cleveland", "LOC"), ("Midwestern", "MISC"),
              ("Ridgeline", "ORG"), ("Miriam Kessler", "PER"), ("Palisade Research", "ORG"), ("Kessler", "PER")],
    notes="Typographic quotes and apostrophes are written as named character references in this older body; the table note line is an optional caption.",
))

# ---------------------------------------------------------------- 06: fintech funding, two authors, JSON-LD
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, micro=False, section=("technology", "Technology"), sub="Fintech", nid=7702514,
    created=dt(2021, 3, 9, 12, 15),
    url=f"{HOST}/technology/fintech/paystream-labs-raises-140-million",
    pub=dt(2021, 3, 9, 12, 15), today=dt(2021, 3, 10, 15, 52),
    headline="Paystream Labs raises $140 million as fintech lenders chase small businesses",
    dek="The Atlanta start-up, which lends against future card sales, is now valued at $1.6 billion.",
    authors=["Marcus Ebright", "Lena Oyelaran"], tags=["Fintech", "Start-ups", "Venture Capital", "Small Business", "Lending"],
    lead_img=("2021-03/paystream-achterberg.jpg", "Daniel Achterberg, Paystream’s chief executive, at the company’s office in Atlanta.",
              "Photo: Paystream Labs"),
    parts=[
        ("p", "Paystream Labs, a start-up that lends to restaurants and shops against their future card sales, said on Tuesday that it had raised $140 million in new funding, more than doubling its valuation to $1.6 billion in less than a year."),
        ("p", "The round was led by Harborline Ventures, with participation from existing investors including Quarry Hill Capital. The Atlanta-based company said it would use the money to expand into Canada and to build a product that lets businesses borrow against unpaid invoices."),
        ("p", "Paystream’s pitch is speed. A bakery owner can apply through a smartphone app and receive money within a day; the company then automatically takes a fixed share of each day’s card receipts until the advance is repaid. Paystream says it has extended more than $2 billion in financing to about 48,000 businesses since it was founded in 2017."),
        ("h", "A crowded field"),
        ("p", "The company is one of dozens of lenders competing for small businesses that have long struggled to borrow from banks, which often find small loans too costly to underwrite. Investor interest in the sector has surged over the past year as business owners turned to quick, flexible credit to get through closures and reopenings."),
        ("p", "“Banks look at two years of tax returns. We look at last Tuesday’s sales,” said Chief Executive Daniel Achterberg, who founded Paystream after running a chain of three coffee shops in Decatur. “That tells us more about whether a business can repay than anything on paper.”"),
        ("p", "Critics say the speed comes at a price. Merchant cash advances are not regulated as loans in most states, and their effective annual cost can exceed 40% when a business repays quickly. Paystream says its average effective rate is 17% and that it shows every customer the total cost in dollars before they sign."),
        ("ad", 1),
        ("h", "Profitable, for now"),
        ("p", "Achterberg said the company had been profitable for the past three quarters and that losses on its advances had stayed below 4%, even during the worst months of last year. He declined to give revenue figures."),
        ("p", "Nadia Fairweather, a partner at Harborline who will join Paystream’s board, said the firm had studied the company’s repayment data for months before investing. “What convinced us was how their customers behaved when things were bad,” she said. “Most of them kept paying, and many came back for a second advance.”"),
        ("p", "Paystream plans to grow its staff of 310 to about 500 by the end of the year, with most hires in engineering and risk management, Achterberg said."),
    ],
    related=[("Small-business lenders see demand rebound", 8), ("Venture funding for fintech hits quarterly record", 19),
             ("Card processors move into lending", 41), ("Regulators take a closer look at merchant cash advances", 66)],
    entities=[("Paystream Labs", "ORG"), ("Atlanta", "LOC"), ("Daniel Achterberg", "PER"), ("Paystream", "ORG"),
              ("Harborline Ventures", "ORG"), ("Quarry Hill Capital", "ORG"), ("Canada", "LOC"), ("Decatur", "LOC"),
              ("Achterberg", "PER"), ("Nadia Fairweather", "PER"), ("Harborline", "ORG")],
    notes="Two names in the byline; the photo credit is left out of the caption.",
))

# ---------------------------------------------------------------- 07: retailer guidance, table, updated, JSON-LD, date in URL
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, micro=False, section=("companies", "Companies"), sub="Retail", nid=9031177,
    created=dt(2023, 11, 14, 6, 48), og_title="Pemberton Stores slashes holiday outlook; shares tumble",
    url=f"{HOST}/companies/2023/11/14/pemberton-stores-cuts-holiday-forecast",
    pub=dt(2023, 11, 14, 8, 5), mod=dt(2023, 11, 14, 13, 40), today=dt(2023, 11, 15, 10, 26), kicker="Earnings",
    headline="Pemberton Stores cuts holiday forecast as shoppers pull back on home goods",
    dek="The department-store chain now expects fourth-quarter sales to fall as much as 3%; its shares dropped sharply.",
    authors=["Claire Haddington"], tags=["Retail", "Earnings", "Consumer Spending", "Pemberton Stores"], tickers=["PMBS"],
    parts=[
        ("p", "Pemberton Stores cut its forecast for the holiday quarter on Tuesday, saying shoppers were buying fewer big-ticket items for the home and waiting longer for discounts, and its shares fell 11% in early trading."),
        ("p", "The department-store chain now expects sales in the three months through January to fall 1% to 3% from a year earlier. In August it had forecast roughly flat sales. It also lowered its full-year earnings estimate to $2.35 to $2.50 a share, from $2.70 to $2.90."),
        ("p", "Third-quarter results were mixed. Net income fell to $64 million, or 71 cents a share, from $88 million, or 97 cents, a year earlier, slightly ahead of analysts’ forecasts. Sales slipped 2.4% to $3.61 billion."),
        ("p", "“Our customers are not in crisis, but they are choosy,” Chief Executive Roberta Kinsale told analysts. “They will buy a coat they need. They will wait on a sofa they want.”"),
        ("h", "Sales by category"),
        ("table", [["Category", "Q3 2023 sales", "Change from Q3 2022"],
                   ["Apparel", "$1.52 billion", "+1.3%"],
                   ["Beauty", "$0.61 billion", "+4.8%"],
                   ["Home and furniture", "$0.78 billion", "-9.7%"],
                   ["Electronics", "$0.33 billion", "-8.1%"],
                   ["Other", "$0.37 billion", "-5.9%"],
                   ["Total", "$3.61 billion", "-2.4%"]], {1, 2}, True),
        ("p", "Home goods, which make up about a fifth of sales, have weakened for four straight quarters as higher mortgage rates slowed home sales, Kinsale said. The company plans to cut inventory in the category by 15% for the spring season and give more floor space to beauty, its strongest category."),
        ("p", "The company also said it would close 14 of its 412 stores early next year, most of them in shopping malls where foot traffic has not recovered, and take a charge of about $45 million. About 900 employees work at the affected stores; Pemberton said it would offer them jobs at nearby locations where possible."),
        ("ad", 1),
        ("p", "Analysts said the forecast cut was larger than expected. “Pemberton is telling you the holiday will be promotional, and that is going to weigh on margins,” said Jordan Velasquez, a retail analyst at Crestmoor Advisory."),
        ("related", 0),
        ("h", "Fewer markdowns, fewer sales"),
        ("p", "Executives said the company had ordered about 8% less holiday merchandise than a year earlier, which should limit the markdowns it needs to clear shelves in January. But they acknowledged that rivals with more inventory could force Pemberton to match deeper discounts."),
        ("p", "“We will not be the cheapest store in the mall this Christmas, and we are at peace with that,” Chief Financial Officer Gregory Sato said. “We would rather lose a sale than lose money on it.”"),
        ("p", "Online sales, which make up about 27% of the total, rose 3.1% in the quarter. Sato said the company’s loyalty program had added 1.2 million members since the spring and that members spent about twice as much a year as other customers."),
        ("p", "Velasquez said the bigger worry was the health of Pemberton’s core middle-income shoppers, who have been squeezed by higher rents and credit-card bills. “Home is the canary,” he said. “When people stop buying throw pillows, they are telling you something about their budgets.”"),
        ("p", "Pemberton has tried to lure younger shoppers with smaller stores in outdoor shopping centers and a resale section for used designer clothing, which Kinsale said had been profitable from its first month. The company plans to open 11 of the smaller stores next year, in suburbs where its malls have closed."),
        ("p", "The retailer also said it had paid down $200 million of debt in the quarter and expects to end the fiscal year with about $1.1 billion in cash, enough, executives said, to keep paying its dividend through a weak holiday."),
        ("p", "Pemberton shares pared some of their losses by midday and were down 9.6% at $31.18 in afternoon trading. The stock has fallen about 22% this year."),
    ],
    related=[("Retailers brace for a discount-heavy holiday season", 3), ("Home furnishing sales fall as housing market cools", 17),
             ("Pemberton expands beauty counters to 120 stores", 92), ("Consumer confidence slips for second month", 12)],
    inline_related=[("Retailers brace for a discount-heavy holiday season", 9030412)],
    entities=[("Pemberton Stores", "ORG"), ("Roberta Kinsale", "PER"), ("Kinsale", "PER"), ("Pemberton", "ORG"),
              ("Jordan Velasquez", "PER"), ("Crestmoor Advisory", "ORG"), ("Christmas", "MISC"), ("Gregory Sato", "PER"),
              ("Sato", "PER"), ("Velasquez", "PER")],
    notes="The visible 'Updated' time is the modified value; the total row of the category table is a data row.",
))

# ---------------------------------------------------------------- 08: container rates, list, dateline, JSON-LD
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, micro=False, section=("markets", "Markets"), sub="Commodities", nid=10477342,
    created=dt(2025, 6, 16, 11, 2), ld_no_author=True, ld_headline="Shipping costs: Asia-Europe container rates rise for fourth week",
    url=f"{HOST}/markets/commodities/asia-europe-container-rates-fourth-week",
    pub=dt(2025, 6, 17, 17, 30), today=dt(2025, 6, 19, 9, 3),
    headline="Asia-Europe container rates climb for fourth week as carriers trim capacity",
    title="Shipping costs: Asia-Europe container rates rise for fourth week",
    dek="Spot prices to ship a 40-foot box from Shanghai to Rotterdam are up 38% since mid-May, according to a freight index.",
    authors=["Felix Brandauer"], tags=["Shipping", "Commodities", "Supply Chain", "Freight Rates"], tickers=[],
    parts=[
        ("p", "LONDON — The cost of shipping goods from Asia to northern Europe rose for a fourth straight week, as container lines withdrew vessels from the route and importers began stocking up early for the autumn season."),
        ("p", "The spot rate to move a 40-foot container from Shanghai to Rotterdam climbed 9% in the past week to $3,870, according to the Meridian Box Index, which is compiled from booking data by the freight analytics firm Tidewater Metrics. The rate has risen 38% since mid-May."),
        ("p", "Carriers have cancelled about 11% of scheduled sailings on the route for the next five weeks, a practice known in the industry as blank sailings, said Sunniva Rask, head of research at Tidewater Metrics."),
        ("p", "“The lines learned during the last downturn that the fastest way to lift rates is to take ships out of service,” Rask said. “What is different this time is that demand is actually holding up.”"),
        ("p", "Several factors are behind the increase:"),
        ("ul", ["Importers are bringing forward orders for the autumn and holiday seasons to avoid a repeat of last year’s late deliveries.",
                "Carriers are routing more ships around southern Africa, which lengthens voyages and ties up capacity.",
                "Congestion at several northern European ports has slowed the turnaround of vessels."]),
        ("p", "Rates on transpacific routes to the U.S. West Coast rose more modestly, up 4% in the week, the index showed."),
        ("ad", 1),
        ("p", "For European retailers, the rise comes at an awkward moment. Freight typically accounts for only a few percent of the cost of goods, but sudden jumps can erase the margin on low-priced items such as furniture and toys, said Henrik Albers, who runs logistics for the Dutch homewares chain Vloerhuis."),
        ("p", "“We booked most of our autumn volume in April, so we are partly protected,” Albers said. “But every container we book today costs us nearly 40% more than it did six weeks ago.”"),
        ("h", "Premiums for space"),
        ("p", "Forwarders, the middlemen who book space on ships for importers, said some customers had started paying premiums to guarantee their containers would be loaded. Lea Fontaine, who runs a forwarding business in Antwerp, said fees of $300 to $600 per box had become common on sailings in early July."),
        ("p", "“Three months ago carriers were calling us to fill their ships,” Fontaine said. “Now we are calling them, and they are not always picking up.”"),
        ("related", 0),
        ("p", "Carriers are reporting stronger profits as a result. Two of the largest lines raised their full-year earnings forecasts this month, citing higher rates on the route, and shares of listed container lines have risen by about a quarter since April."),
        ("p", "Rates in the opposite direction, from Europe to Asia, remained low, the index showed, reflecting weak demand for European exports. The imbalance means carriers are moving many empty boxes back east, a cost they are passing on to importers through surcharges."),
        ("p", "Air freight has absorbed some of the overflow. Several forwarders said clients shipping high-value electronics and fashion items had moved part of their volume to air cargo, where rates between China and Europe have risen about 12% since May but remain well below their peaks of earlier years."),
        ("p", "Smaller importers have fewer options. A furniture wholesaler in Hamburg said it had delayed two autumn collections by three weeks rather than pay the premiums, and warned retail customers that some items would arrive after the start of the season."),
        ("p", "Rask said the increases were likely to slow in July as shipyards deliver new vessels ordered in earlier years, adding capacity that carriers will find harder to keep idle."),
        ("p", "The European Shippers’ Forum, a trade group for importers and exporters, said it would ask regulators to look at whether coordinated cancellations of sailings had pushed prices higher. Carriers have rejected such claims in the past, saying each line decides on its capacity independently."),
    ],
    inline_related=[("Carriers cancel sailings as summer demand wavers", 10476011), ("Port congestion returns to northern Europe", 10474420)],
    related=[("Carriers cancel sailings as summer demand wavers", 9), ("Port congestion returns to northern Europe", 22),
             ("Freight forwarders report early peak-season bookings", 5), ("Shipyards face record order backlog", 61)],
    entities=[("Asia", "LOC"), ("Europe", "LOC"), ("Shanghai", "LOC"), ("Rotterdam", "LOC"), ("LONDON", "LOC"),
              ("Meridian Box Index", "MISC"), ("Tidewater Metrics", "ORG"), ("Sunniva Rask", "PER"), ("Rask", "PER"),
              ("Africa", "LOC"), ("European", "MISC"), ("U.S.", "LOC"), ("West Coast", "LOC"), ("Henrik Albers", "PER"),
              ("Dutch", "MISC"), ("Vloerhuis", "ORG"), ("Albers", "PER"), ("Lea Fontaine", "PER"), ("Fontaine", "PER"),
              ("Antwerp", "LOC"), ("European Shippers’ Forum", "ORG"), ("China", "LOC"), ("Hamburg", "LOC")],
    extra_tags=["dateline"],
    notes="The list lead-in sentence is a paragraph; the freight index name is a MISC mention; article:published_time and JSON-LD datePublished hold the node's creation (2025-06-16 11:02 EDT), the visible publication (June 17, 5:30 p.m. ET) is gold. The JSON-LD has no author and there is no author meta tag; the byline (Felix Brandauer) is gold.",
))

# Longer stories (realism wave: body length): one more section after the story's last paragraph (before a
# closing editor's note). New people and organisations join the entity list.
MORE = {
    f"{SITE}-03": ([
        ("h", "What comes next"),
        ("p", "Analysts at the underwriting banks can begin publishing research on Lumenreach after a 25-day quiet period, in mid-June. The company is expected to report its first quarterly results as a public company in August."),
        ("p", "“The first two or three earnings reports will set the tone,” said Rosalind Achterberg, an IPO analyst at Greywater Research. “If the order book keeps growing, today’s price will look cheap. If one big customer hesitates, it won’t.”"),
    ], [("Rosalind Achterberg", "PER"), ("Greywater Research", "ORG")]),
    f"{SITE}-07": ([
        ("h", "Suppliers feel the squeeze"),
        ("p", "The smaller holiday orders are already being felt by Pemberton’s suppliers. Marcus Delahaye, chief executive of the furniture maker Oakhurst Home, said the chain had cut its orders for upholstered chairs and sofas by about a third for the winter."),
        ("p", "“They are still our biggest customer, but we have stopped running a night shift,” Delahaye said. Pemberton will give its next sales update in mid-January."),
    ], [("Marcus Delahaye", "PER"), ("Oakhurst Home", "ORG"), ("Delahaye", "PER")]),
    f"{SITE}-08": ([
        ("h", "Importers weigh their options"),
        ("p", "Some large importers are trying to lock in prices for the rest of the year. Contract rates, which are negotiated annually and cover most of the volume of big retailers, have so far risen far less than spot prices, but carriers have begun asking to reopen agreements signed in the spring, forwarders said."),
        ("p", "“We have a contract, and we expect it to be honored,” said Ingrid Solberg, who oversees shipping for the Scandinavian garden-furniture importer Fjordlys. “If they want to talk about next year’s rates, we can talk in October.”"),
        ("p", "Tidewater Metrics will publish its next weekly index reading on Tuesday."),
    ], [("Ingrid Solberg", "PER"), ("Scandinavian", "MISC"), ("Fjordlys", "ORG")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (unchanged without one)."""
    if a["id"] not in MORE:
        return a
    extra, entities = MORE[a["id"]]
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    return dict(a, parts=a["parts"][:last + 1] + extra + a["parts"][last + 1:],
                entities=list(a["entities"]) + [x for x in entities if x not in a["entities"]])


ARTICLES = [lengthened(a) for a in ARTICLES]

VARIANT = dict(of=f"{SITE}-02", id=f"{SITE}-09")


# Breaking stories re-served from the edge cache show their age ("2 hours ago"); the AMP-less skin then
# emits neither date meta nor JSON-LD dates, only the byline's <time datetime>.
RELATIVE = {'capital-ticker-08': '2 hours ago'}


def build(a, video=False, gid=None, variant_of=None, url=None, notes=None):
    html_text = page(a, video)
    _, blocks = render_body(a, video)
    art = Article(
        id=gid or a["id"], site=SITE, url=url or a["url"], language="en", headline=a["headline"],
        published=iso(a["pub"]), modified=iso(a["mod"]) if a.get("mod") else None,
        authors=a["authors"], summary=a.get("dek", ""), blocks=blocks, entities=a["entities"],
        phenomena=phenomena(a, blocks, video), notes=notes or a["notes"], variant_of=variant_of,
    )
    if (art.variant_of or art.id) in RELATIVE:
        art, html_text = relative_visible_date(art, html_text, RELATIVE[art.variant_of or art.id], drop_other_metadata=True)
    p = emit(art, html_text, "utf-8")
    size = (p.parents[1] / "raw_html" / f"{art.id}.html").stat().st_size
    print(f"{art.id}\t{size / 1024:.1f} KB")


def main():
    for a in ARTICLES:
        a["canonical"] = a["url"]
        build(a)
    orig = next(x for x in ARTICLES if x["id"] == VARIANT["of"])
    build(orig, video=True, gid=VARIANT["id"], variant_of=orig["id"], url=orig["url"] + "?variant=b",
          notes=f"Minimal pair of {orig['id']}: differs only in inline-video-teaser (a 'Watch:' video teaser box is inserted "
                f"between the fourth paragraph and the first subheading; it is not body text).")


if __name__ == "__main__":
    main()
