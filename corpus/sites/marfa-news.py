import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit

"""مرفأ الأخبار (marfa-news): an invented pan-Arab news portal edited in Dubai, with correspondents
in Arab capitals. Right to left. Stories open with a dateline-style byline naming the correspondent
("عمّان - سامر الحديدي"), which the CMS never copies into author metadata: there is no meta author,
and the JSON-LD, which only stories since 2020 carry, either omits the author or names the portal
itself. The visible date is "الثلاثاء 12 مارس 2019 - 10:45 ص", in Arabic-Indic digits on the
templates of the Maghreb and Gulf desks ("١٢ مارس ٢٠١٩"), with the Hijri "today" in the header. The
oldest stories (2015-2016) still use the first template, where the headline is a <div class="title">
and no <h1> exists. Times are Gulf Standard Time (+04:00, no summer time)."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import zlib as _zlib
from urllib.parse import quote as _quote

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "marfa-news"
HOST = "https://www.marfa-news.example"
IMG = "https://cdn.marfa-news.example"
NAME = "مرفأ الأخبار"
GST = _dt.timezone(_dt.timedelta(hours=4))
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
                "ذو القعدة", "ذو الحجة"]
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def d(y, mo, da, hh, mi):
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=GST)


def ar_date(t, indic=False, time=True):
    h = t.hour % 12 or 12
    ampm = "ص" if t.hour < 12 else "م"
    s = f"{DAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year}"
    if time:
        s += f" - {h}:{t.minute:02d} {ampm}"
    return s.translate(_AR_DIGITS) if indic else s


def hijri(day):
    """Approximate tabular Hijri date (civil algorithm), for the header's decorative 'today'."""
    jd = day.toordinal() + 1721424.5
    jd = int(jd + 0.5)
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    dd = l_ - (709 * m) // 24
    y = 30 * n + j - 30
    return f"{dd} {HIJRI_MONTHS[m - 1]} {y} هـ"


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


# ---------------------------------------------------------------- page weight (markup, not words)

_SYL1 = ["Ad", "Bel", "Cor", "Dal", "Ev", "Fen", "Gal", "Hol", "Ist", "Jor", "Kel", "Lum", "Mar", "Nov", "Ost",
         "Pel", "Quen", "Rav", "Sol", "Tam", "Ulv", "Ver", "Wex", "Yar", "Zel"]
_SYL2 = ["ora", "ynx", "ida", "ent", "ova", "eq", "amo", "isto", "urel", "ax", "oni", "elle", "ivo", "umba"]
_KIND = ["Media", "Analytics", "Ads", "Labs", "Data", "Digital", "Exchange", "Audience", "Metrics", "Signals"]


def svg_sprite(seed, names, prefix="i"):
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
    rnd = _random.Random(seed)
    vendors = []
    for i in range(n):
        name = f"{rnd.choice(_SYL1)}{rnd.choice(_SYL2)} {rnd.choice(_KIND)}"
        sl = name.lower().replace(" ", "-")
        purposes = sorted(rnd.sample(range(1, 12), rnd.randint(1, 6)))
        vendors.append({"id": 10 + i * 7 + rnd.randint(0, 6), "name": name, "purposes": purposes,
                        "features": sorted(rnd.sample([1, 2, 3], rnd.randint(0, 3))), "cookieMaxAgeSeconds": rnd.choice([86400, 2592000, 31536000]),
                        "urls": [{"langId": "ar", "privacy": f"https://{sl}.{policy_host}/privacy"}]})
    return _json.dumps({"vendorListVersion": 61, "vendors": vendors}, separators=(",", ":"))


SPRITE = svg_sprite(1447, ["facebook", "x", "whatsapp", "telegram", "email", "link", "search", "menu", "close", "clock", "camera",
                           "play", "chevron-left", "chevron-right", "bolt", "user", "comment", "moon", "sun", "globe", "bookmark",
                           "instagram", "youtube", "tiktok", "rss", "podcast", "bell", "home"]
                    + ["flag-" + c for c in "ae sa eg jo lb sy iq kw qa bh om ye ps ma dz tn ly sd mr so dj km".split()], "mf")
VENDORS = cmp_vendors(144, 190, "shuraka.example")

# ---------------------------------------------------------------- boilerplate

SECTIONS = [("الرئيسية", ""), ("أخبار عربية", "arab"), ("الخليج", "gulf"), ("المغرب العربي", "maghreb"), ("مصر والسودان", "egypt"),
            ("الشام والعراق", "levant"), ("اقتصاد", "economy"), ("علوم وتقنية", "tech"), ("ثقافة وفنون", "culture"), ("رياضة", "sports"),
            ("مقالات", "opinion"), ("فيديو", "video")]
SUBS = {"arab": ["سياسة", "مجتمع", "حوادث", "تقارير"], "gulf": ["الإمارات", "السعودية", "قطر", "الكويت", "عُمان", "البحرين"],
        "maghreb": ["المغرب", "الجزائر", "تونس", "ليبيا", "موريتانيا"], "egypt": ["مصر", "السودان"],
        "levant": ["الأردن", "لبنان", "سوريا", "فلسطين", "العراق"], "economy": ["أسواق", "طاقة", "شركات", "عملات"],
        "tech": ["علوم", "تقنية", "صحة", "بيئة"], "culture": ["كتب", "سينما", "موسيقى", "تراث"], "sports": ["كرة القدم", "رياضات أخرى"]}
LATEST = ["افتتاح أكبر حديقة عامة في المدينة بعد أعمال تطوير استمرت عامين", "انطلاق موسم التخفيضات الصيفية في الأسواق",
          "طلاب جامعيون يطورون تطبيقاً لتوفير المياه في المنازل", "مهرجان للمسرح المدرسي بمشاركة عشرات الفرق",
          "ارتفاع أعداد الزوار إلى المتاحف الوطنية", "ورش مجانية لتعليم الخط العربي للأطفال",
          "تحسن ملحوظ في جودة الهواء بعد هطول الأمطار", "فريق محلي يتأهل إلى نهائي البطولة الإقليمية"]
MOST_READ = ["ارتفاع أسعار الذهب في أسواق الخليج مع نهاية الأسبوع", "افتتاح معرض للكتاب بمشاركة مئات دور النشر العربية",
             "منتخبات عربية تستعد للتصفيات القارية بمعسكرات خارجية", "موجة حر تضرب عدة مدن عربية وتحذيرات من التعرض للشمس",
             "إطلاق منصة رقمية لتعليم البرمجة للأطفال باللغة العربية", "تراجع أسعار الشحن البحري يخفف الضغط على المستوردين",
             "مهرجان للتمور يجمع مزارعين من خمس دول", "دراسة: القراءة الورقية ما زالت تجذب الشباب"]
CSS = """
body{margin:0;font:18px/1.8 "Noto Naskh Arabic",Tahoma,sans-serif;color:#1a1a1a;background:#fff}a{color:#0b5c6b}
.mf-top{background:#0b3a45;color:#e6f0f2;font-size:13px;padding:6px 16px;display:flex;justify-content:space-between}
.mf-head{max-width:1240px;margin:0 auto;padding:14px 16px;display:flex;align-items:center;gap:18px}
.mf-logo{font:700 30px/1 "Noto Kufi Arabic",Tahoma,sans-serif;color:#0b3a45;text-decoration:none}
.mf-nav{background:#0b5c6b}.mf-nav ul{list-style:none;margin:0 auto;max-width:1240px;padding:0 16px;display:flex;flex-wrap:wrap}
.mf-nav a{color:#fff;display:block;padding:10px 14px;text-decoration:none;font-weight:700;font-size:15px}
.mf-ticker{background:#fff4e5;border-bottom:1px solid #f0d9b5;padding:6px 16px;font-size:14px}.mf-ticker b{color:#b3261e;margin-left:10px}
.mf-wrap{max-width:1240px;margin:0 auto;padding:18px 16px}.mf-grid{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:30px}
.mf-kicker{color:#b3261e;font-weight:700;margin-left:6px}.mf-title,.title{font:700 32px/1.4 "Noto Kufi Arabic",Tahoma,sans-serif;margin:4px 0 12px}
.mf-sub{font-size:19px;color:#444;margin:0 0 12px}.mf-byline{font-size:14px;color:#555;border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5;padding:8px 0;margin-bottom:16px}
.mf-byline .who{font-weight:700;color:#0b3a45;margin-left:12px}.mf-body p{margin:0 0 1em}
.mf-body h2{font:700 22px "Noto Kufi Arabic",Tahoma,sans-serif;margin:1.3em 0 .5em}
.mf-also{background:#f4f8f9;border-right:4px solid #0b5c6b;padding:8px 12px;font-weight:700;font-size:16px}
.mf-ad{background:#f2f2f2;min-height:250px;margin:20px 0;display:flex;align-items:center;justify-content:center;color:#999;font-size:12px}
.mf-fig img{width:100%;height:auto}.mf-fig figcaption{font-size:14px;color:#666}
.mf-side h3{font:700 17px "Noto Kufi Arabic",Tahoma,sans-serif;border-bottom:3px solid #0b5c6b;padding-bottom:4px}.mf-side li{font-size:15px;margin-bottom:8px}
.mf-tags a{display:inline-block;background:#eef5f6;padding:2px 10px;margin:0 0 6px 6px;font-size:14px;text-decoration:none}
.mf-foot{background:#0b3a45;color:#cfe0e3;font-size:14px;padding:26px 16px;margin-top:30px}.mf-foot a{color:#fff;margin-left:14px}
.mf-consent{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid #0b5c6b;padding:12px 16px;font-size:14px;display:none}
"""


LEAGUES = ["league-1", "league-2", "league-3", "league-4", "league-5", "league-6", "cup-1", "cup-2"]


def scores_state(a):
    """The sports widget's data: fixtures and results of the week across the leagues it follows (ids and numbers only)."""
    rnd = _random.Random(a["aid"] * 3)
    day0 = a["crawl"].date()
    out = []
    for lg in LEAGUES:
        for k in range(14):
            ko = day0 + _dt.timedelta(days=rnd.randint(-4, 4))
            out.append({"league": lg, "id": rnd.randint(10**6, 10**7), "home": rnd.randint(100, 999), "away": rnd.randint(100, 999),
                        "kickoff": f"{ko.isoformat()}T{rnd.choice(['16:00', '18:30', '20:00', '21:45'])}+04:00",
                        "score": [rnd.randint(0, 4), rnd.randint(0, 4)] if ko <= day0 else None, "minute": None,
                        "tv": rnd.choice(["ch1", "ch2", "ch3", None])})
    return _json.dumps({"updated": a["crawl"].isoformat(), "fixtures": out}, separators=(",", ":"))


def render_body(a):
    out, blocks = [], []
    for it in a["body"]:
        k = it[0]
        if k == "p":
            out.append(f"<p>{esc(it[1])}</p>")
            blocks.append(Block("paragraph", it[1]))
        elif k == "h":
            out.append(f"<h2>{esc(it[1])}</h2>")
            blocks.append(Block("heading", it[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in it[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in it[1]]
        elif k == "quote":
            out.append(f"<blockquote><p>{esc(it[1])}</p></blockquote>")
            blocks.append(Block("quote", it[1]))
        elif k == "img":
            _, f, cap, credit = it
            out.append(f'<figure class="mf-fig"><img src="{IMG}/images/{f}.jpg" alt="" width="900" height="506" loading="lazy">'
                       f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "also":
            out.append(f'<p class="mf-also">اقرأ أيضاً: <a href="{HOST}/news/{_zlib.crc32(it[1].encode()) % 9000000 + 1000000}">{esc(it[1])}</a></p>')
        elif k == "ad":
            out.append('<div class="mf-ad" id="mf-ad-inread">إعلان</div>')
        else:
            raise ValueError(k)
    return "\n".join(out), blocks


def page(a):
    pub, upd = a["pub"], a.get("upd")
    url = a["url"]
    body_html, blocks = render_body(a)
    if a.get("sub"):
        blocks = [Block("paragraph", a["sub"], optional=True)] + blocks
    headline = a["headline"]
    old = a.get("old", False)
    indic = a.get("indic", False)
    img = f"{IMG}/images/{a['img']}.jpg"
    title = headline if a.get("title_bare") else f"{headline} | {NAME}"
    head = [f"<title>{esc(title)}</title>", f'<meta name="description" content="{attr(a["desc"])}">', f'<link rel="canonical" href="{url}">']
    if not old:  # the first template had no OpenGraph or Twitter tags
        head += ['<meta property="og:locale" content="ar_AR">',
                 '<meta property="og:type" content="article">', f'<meta property="og:site_name" content="{NAME}">',
                 f'<meta property="og:title" content="{attr(a.get("og_title", headline))}">',
                 f'<meta property="og:description" content="{attr(a["desc"])}">', f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:image" content="{img}">', '<meta name="twitter:card" content="summary_large_image">',
                 '<meta name="twitter:site" content="@marfanews">']
    if a.get("meta_date", True):
        head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if upd:
            head.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    head.append(f'<meta property="article:section" content="{attr(a["sec"][0])}">')
    if a.get("ld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.get("ld_headline", headline),
              "description": a["desc"], "image": [img], "datePublished": pub.isoformat(), "dateModified": (upd or pub).isoformat(),
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "inLanguage": "ar",
              "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{IMG}/static/logo-600.png"}}}
        if a["ld"] == "org":
            ld["author"] = {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/"}
        elif a["ld"] == "person":
            ld["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
        head.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    place = a["place"]
    who = " و".join(esc(n) for n in a["authors"])
    date_txt = ar_date(pub, indic)
    when = (f'<time datetime="{pub.isoformat()}">{date_txt}</time>' if a.get("time_el") else f'<span class="date">{date_txt}</span>')
    if upd:
        when += f' <span class="upd">آخر تحديث: {ar_date(upd, indic)}</span>'
    kicker = f'<span class="mf-kicker">{esc(a["kicker"])}</span>' if a.get("kicker") else ""
    title_html = (f'<div class="title">{kicker}{esc(headline)}</div>' if old else f'<h1 class="mf-title">{kicker}{esc(headline)}</h1>')
    sub = f'<p class="mf-sub">{esc(a["sub"])}</p>' if a.get("sub") else ""
    tags = "".join(f'<a href="{HOST}/tag/{_quote(t)}">{esc(t)}</a>' for t in a["tags"])
    mr = "".join(f'<li><a href="{HOST}/news/{_zlib.crc32(t.encode()) % 9000000 + 1000000}">{esc(t)}</a></li>'
                 for t in (MOST_READ[a["seed"] % 5:] + MOST_READ[:a["seed"] % 5])[:5])
    nav = "".join(f'<li><a href="{HOST}/{s}">{esc(n)}</a>'
                  + ('<ul class="mf-sub">' + "".join(f'<li><a href="{HOST}/{s}/{_zlib.crc32(x.encode()) % 9000 + 1000}">{esc(x)}</a></li>' for x in SUBS[s]) + "</ul>" if s in SUBS else "")
                  + "</li>" for n, s in SECTIONS)
    latest = "".join(f'<li><a href="{HOST}/news/{_zlib.crc32(t.encode()) % 9000000 + 1000000}"><img src="{IMG}/thumbs/{_zlib.crc32(t.encode()):08x}-160x90.jpg" alt="" width="160" height="90" loading="lazy">'
                     f'<span class="t">{esc(t)}</span></a></li>' for t in LATEST)
    social = "".join(f'<a href="https://{n}.example/marfanews" aria-label="{n}"><svg width="20" height="20"><use href="#mf-{n}"/></svg></a>'
                     for n in ("facebook", "x", "instagram", "youtube", "telegram", "tiktok"))
    today = a["crawl"]
    rel = "".join(f'<li><a href="{HOST}/news/{_zlib.crc32(t.encode()) % 9000000 + 1000000}">{esc(t)}</a></li>' for t in a["related"])
    art_open, art_close = ('<div class="mf-article" id="art-{0}">', "</div>") if old else ('<article class="mf-article" id="art-{0}">', "</article>")
    rnd = _random.Random(a["aid"])
    prayer = {c: [f"{rnd.randint(4, 5)}:{rnd.randint(0, 59):02d}", f"12:{rnd.randint(0, 40):02d}", f"15:{rnd.randint(10, 50):02d}",
                  f"18:{rnd.randint(0, 50):02d}", f"19:{rnd.randint(20, 59):02d}"]
              for c in ["dubai", "riyadh", "cairo", "amman", "beirut", "baghdad", "rabat", "tunis", "algiers", "doha", "muscat", "kuwait"]}
    rates = {cur: round(rnd.uniform(0.2, 4.0), 4) for cur in ["USD", "EUR", "GBP", "SAR", "EGP", "JOD", "KWD", "QAR", "OMR", "MAD", "TND", "IQD"]}
    state = _json.dumps({"articleId": a["aid"], "section": a["sec"][1], "desk": a["desk"], "prayerTimes": prayer, "fx": rates,
                         "ticker": {"refresh": 90, "endpoint": "/api/ticker.json"}, "ads": {"network": "/90231744/marfa",
                         "slots": ["top", "inread", "side", "sticky"]}}, separators=(",", ":"))
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{chr(10).join(head)}
<link rel="icon" href="{IMG}/static/favicon.png">
<style>{CSS}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-MRF4A2B9K1',{{'content_group':'{a['sec'][1]}','desk':'{a['desk']}'}});</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-MRF4A2B9K1"></script>
</head>
<body class="mf-story {'mf-v1' if old else 'mf-v3'}">
{SPRITE}
<div id="mf-page"><div class="mf-page-inner">
<div class="mf-top"><span>{ar_date(today, indic, time=False)} | {hijri(today.date())}</span><span><a href="{HOST}/newsletter" style="color:#fff">النشرة البريدية</a></span></div>
<header class="mf-head"><a class="mf-logo" href="{HOST}/">{NAME}</a><div class="mf-social">{social}</div></header>
<nav class="mf-nav"><ul>{nav}</ul></nav>
<div class="mf-ticker"><b>عاجل</b>{esc(a['ticker'])}</div>
<div class="mf-ad" id="mf-ad-top">إعلان</div>
<div class="mf-wrap"><div class="mf-container"><div class="mf-grid"><main class="mf-main"><div class="mf-main-inner"><div class="mf-story-wrap">
{art_open.format(a['aid'])}<div class="mf-article-head">
<div class="mf-section"><a href="{HOST}/{a['sec'][1]}">{esc(a['sec'][0])}</a></div>
{title_html}{sub}
<div class="mf-byline"><span class="who">{esc(place)} - {who}</span> {when}</div></div>
<div class="mf-body-wrap"><div class="mf-body">{body_html}</div></div>
<div class="mf-tags">الوسوم: {tags}</div>
<div class="mf-share"><a href="https://wa.example/send?text={_quote(url, safe='')}"><svg width="20" height="20"><use href="#mf-whatsapp"/></svg></a>
<a href="https://facebook.example/sharer.php?u={_quote(url, safe='')}"><svg width="20" height="20"><use href="#mf-facebook"/></svg></a>
<a href="https://x.example/intent/post?url={_quote(url, safe='')}"><svg width="20" height="20"><use href="#mf-x"/></svg></a>
<a href="https://t.example/share/url?url={_quote(url, safe='')}"><svg width="20" height="20"><use href="#mf-telegram"/></svg></a></div>
{art_close}
<section class="mf-related"><h3>أخبار ذات صلة</h3><ul>{rel}</ul></section>
</div></div></main>
<aside class="mf-side"><div class="mf-ad" id="mf-ad-side">إعلان</div><h3>الأكثر قراءة</h3><ol>{mr}</ol><h3>آخر الأخبار</h3><ul class="mf-latest">{latest}</ul></aside>
</div></div></div>
<footer class="mf-foot"><div><a href="{HOST}/about">من نحن</a><a href="{HOST}/contact">اتصل بنا</a><a href="{HOST}/ads">أعلن معنا</a><a href="{HOST}/privacy">سياسة الخصوصية</a><a href="{HOST}/terms">شروط الاستخدام</a></div>
<p>جميع الحقوق محفوظة © {today.year} {NAME}</p></footer>
</div></div>
<div class="mf-consent" id="mf-consent">يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وقياس الزيارات وعرض الإعلانات. <a href="{HOST}/privacy">اعرف المزيد</a> <button type="button" id="mf-consent-ok">موافق</button></div>
<script>window.__MARFA__={state};</script>
<script>window.__MARFA_SCORES__={scores_state(a)};</script>
<script id="mf-cmp-vendors" type="application/json">{VENDORS}</script>
<script>(function(){{var c=document.getElementById('mf-consent');try{{if(!localStorage.getItem('mf_cc'))c.style.display='block';}}catch(e){{}}
document.getElementById('mf-consent-ok').onclick=function(){{try{{localStorage.setItem('mf_cc','1');}}catch(e){{}}c.style.display='none';}};}})();</script>
</body>
</html>
"""
    return html, blocks


def phenomena_of(a, blocks):
    tags = {"rtl", "nav-menu", "footer-links", "cookie-banner", "ad-slots", "most-read", "tag-list", "share-bar", "related-list",
            "decoy-date", "localized-date", "local-time-zone"}
    if a.get("ld"):
        tags.add("json-ld")
    if a.get("sub"):
        tags.add("standfirst")
    tags.add("kicker")  # the section link above the title (and any label inside it) is a kicker (GUIDELINES 3, adjudicated Dec 2026)
    if a.get("upd"):
        tags.add("updated-date")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    if a.get("agency"):
        tags.add("agency-byline")
    kinds = {b.kind for b in blocks}
    if "heading" in kinds:
        tags.add("subheadings")
    if "list_item" in kinds:
        tags.add("list-in-body")
    if "caption" in kinds:
        tags.add("photo-caption")
    if "quote" in kinds:
        pass
    body_kinds = [it[0] for it in a["body"]]
    if "also" in body_kinds:
        tags.add("inline-related")
    ps = [i for i, k in enumerate(body_kinds) if k == "p"]
    if ps and any(k in ("also", "ad") for k in body_kinds[ps[0]:ps[-1]]):
        tags.add("teasers-in-article")
    if a.get("dateline"):
        tags.add("dateline")
    n = sum(len(_tokens(b.text)) for b in blocks if not b.optional)
    if n < 120:
        tags.add("short-article")
    return sorted(tags)


def notes_of(a):
    out = [a.get("notes", "")]
    out.append(f"The byline line '{a['place']} - {' و'.join(a['authors'])}' gives the correspondent's place before the name; the place is not part of the author.")
    if a.get("indic"):
        out.append("The visible date is written in Arabic-Indic digits.")
    out.append("Times are read as Gulf Standard Time (+04:00), the offset of the portal's metadata.")
    if a.get("old"):
        out.append("First template: the headline is a <div class=\"title\">; the page has no <h1>, no <article> and no JSON-LD.")
    if a.get("kicker"):
        out.append(f"'{a['kicker']}' inside the headline element is a kicker.")
    if a.get("ld_headline"):
        out.append("The JSON-LD headline is a shorter rewrite; the visible headline is gold.")
    if not a.get("ld") or a["ld"] == "none":
        out.append("No author metadata: the correspondent appears only in the visible byline.")
    elif a["ld"] == "org":
        out.append("JSON-LD author is the portal itself; the byline names the correspondent.")
    return " ".join(x for x in out if x)


# The mobile skin shows a story's age ("منذ 3 ساعات"); its head has no date meta and its JSON-LD no dates,
# so the byline's <time datetime> is the only statement of the date (the variant of 08 follows it).
RELATIVE = {'marfa-news-06': 'منذ 3 ساعات', 'marfa-news-08': 'منذ 5 ساعات'}


# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph.
# New people and organisations join the entity list.
MORE = {
    "marfa-news-01": ([
        ("h", "برامج التمويل وقوائم الانتظار"),
        ("p", "ولا يقتصر الإقبال على الري الحديث على كبار المزارعين. فقد تلقى صندوق التنمية الريفية في الأغوار، وهو برنامج إقراض صغير تديره جمعية أهلية، أكثر من ألف ومئتي طلب تمويل منذ مطلع العام، معظمها لتركيب شبكات تنقيط أو استبدال شبكات قديمة. وتقول مديرة البرنامج هالة النعيمات إن الصندوق لم يتمكن من تلبية سوى نحو ثلث الطلبات حتى الآن، بسبب محدودية الموارد."),
        ("p", "وتوضح النعيمات أن القروض تُمنح بلا فوائد تقريباً وتُسدَّد على ثلاثة مواسم، وأن نسبة السداد تتجاوز تسعين في المئة. «المزارع الذي يرى أن فاتورة المياه والسماد انخفضت في الموسم الأول يصبح أحرص الناس على السداد، لأنه يريد أن يوسّع الشبكة في الموسم التالي»، تقول."),
        ("p", "غير أن بعض المزارعين يشكون من طول الإجراءات. ويقول المزارع خالد الفقهاء، من قرية قريبة من دير علا، إنه انتظر خمسة أشهر للحصول على القرض، ففاته موعد الزراعة المبكرة واضطر إلى ري أرضه بالطريقة القديمة موسماً إضافياً. «الفكرة جيدة، لكن الزراعة لها مواعيد لا تنتظر الأوراق»، يضيف."),
        ("p", "وتعمل الجمعية مع الصندوق على تبسيط الإجراءات بحيث تُقدَّم الطلبات عبر مكاتبها في القرى مباشرة، وتأمل أن يبدأ العمل بالنظام الجديد قبل الموسم المقبل. كما تدرس إطلاق برنامج لتأجير أجهزة قياس رطوبة التربة بأسعار رمزية، بعد أن أظهرت تجربة العدوان وعدد من جيرانه أن هذه الأجهزة تساعد على خفض الاستهلاك بشكل ملموس."),
        ("p", "ويرى خبراء أن نجاح هذه البرامج سيُقاس في الصيف المقبل، حين تبلغ الحاجة إلى المياه ذروتها وتنخفض الحصص عادةً. وتقول النعيمات إن الصندوق سيجري مسحاً ميدانياً لمئتي مزرعة ممولة بعد نهاية الموسم، لمعرفة كميات المياه التي وفّرتها الشبكات الجديدة فعلياً وأثرها على دخل الأسر، على أن تُعرض النتائج على المزارعين في لقاء مفتوح في الشونة الجنوبية."),
    ], [("صندوق التنمية الريفية في الأغوار", "ORG"), ("هالة النعيمات", "PER"), ("النعيمات", "PER"), ("خالد الفقهاء", "PER"),
        ("دير علا", "LOC")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    if a["id"] not in MORE:
        return a
    extra, entities = MORE[a["id"]]
    last = max(i for i, part in enumerate(a["body"]) if part[0] == "p")
    return dict(a, body=a["body"][:last + 1] + extra + a["body"][last + 1:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def build(a):
    a = lengthened(a)
    html, blocks = page(a)
    art = Article(id=a["id"], site=SITE, url=a["url"], language="ar", headline=a["headline"],
                  published=a["pub"].isoformat(), modified=a["upd"].isoformat() if a.get("upd") else None,
                  authors=a["authors"], summary=a.get("sub", ""), blocks=blocks, entities=a["entities"],
                  phenomena=phenomena_of(a, blocks), notes=notes_of(a), variant_of=a.get("variant_of"))
    return art, html


ARTICLES = []

# 01 ----------------------------------------------------------------- first template (no <h1>): Jordan Valley drip irrigation
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, aid=1042217, old=True, desk="levant", sec=("الشام والعراق", "levant"), place="عمّان",
    url=f"{HOST}/news/1042217", authors=["سامر الحديدي"], pub=d(2015, 9, 15, 14, 20), crawl=d(2015, 9, 16, 9, 0),
    headline="مزارعو وادي الأردن يتحولون إلى الري بالتنقيط لمواجهة شح المياه",
    desc="مزارعون في وادي الأردن يعتمدون الري بالتنقيط بعد تراجع حصصهم من مياه قناة الري.",
    img="2015/09/jordan-valley-drip", tags=["الأردن", "المياه", "الزراعة"], ticker="ارتفاع أسعار النفط في التعاملات الآسيوية",
    related=["خطة لتأهيل شبكات المياه في المدن الكبرى", "موسم الحمضيات يبدأ مبكراً في الأغوار"],
    body=[
        ("p", "على امتداد الحقول الخضراء في وادي الأردن، تمتد اليوم خطوط بلاستيكية سوداء رفيعة بين صفوف الطماطم والباذنجان، تقطر الماء قطرةً قطرة عند جذور النباتات. المشهد لم يكن مألوفاً قبل عشر سنوات، حين كان معظم المزارعين يغمرون أراضيهم بالمياه عبر السواقي المفتوحة."),
        ("p", "ويقول المزارع محمود العدوان، الذي يزرع ثلاثين دونماً قرب بلدة الشونة الجنوبية، إن التحول لم يكن خياراً بل ضرورة. «حصتنا من مياه القناة تراجعت إلى النصف تقريباً خلال خمس سنوات. إما أن نغيّر طريقة الري أو نترك نصف الأرض بلا زراعة»، يضيف وهو يفحص أحد الخطوط بين أشتال الفلفل."),
        ("p", "ويعد الأردن من أكثر دول العالم فقراً بالمياه، إذ لا تتجاوز حصة الفرد فيه بضع عشرات من الأمتار المكعبة سنوياً، وهو رقم يقل كثيراً عن خط الفقر المائي الذي تحدده المنظمات الدولية. وتستهلك الزراعة أكثر من نصف المياه المستخدمة في البلاد، معظمها في وادي الأردن."),
        ("ad",),
        ("p", "وبحسب بيانات جمعية مزارعي الأغوار، فإن نحو سبعين في المئة من الأراضي المزروعة بالخضار في الوادي باتت تعتمد الري بالتنقيط، مقارنة بأقل من الثلث قبل عقد. ويقدّر مهندسون زراعيون أن هذه التقنية توفر ما بين ثلاثين وخمسين في المئة من المياه مقارنة بالري بالغمر، فضلاً عن تحسين الإنتاج وتقليل الأعشاب الضارة."),
        ("p", "ويشير مهندسون في الجمعية إلى أن التحول رافقه تغير في أنواع المحاصيل أيضاً، إذ بات كثير من المزارعين يفضلون الزراعة في البيوت البلاستيكية التي تقلل التبخر وتسمح بالتحكم في كميات المياه، ويتجهون إلى محاصيل ذات قيمة أعلى مثل الفلفل الملون والطماطم الكرزية الموجهة للتصدير."),
        ("also", "خطة لتأهيل شبكات المياه في المدن الكبرى"),
        ("p", "لكن كلفة التحول ليست بسيطة على صغار المزارعين. فتركيب شبكة تنقيط لدونم واحد قد يكلف مئات الدنانير، إضافة إلى الفلاتر والمضخات وأعمال الصيانة. وتقول المهندسة الزراعية رنا الشرع إن كثيراً من المزارعين لجأوا إلى قروض صغيرة أو إلى برامج دعم تقدمها منظمات تنموية لتغطية الكلفة الأولية."),
        ("p", "وتضيف الشرع أن التدريب لا يقل أهمية عن المعدات. «رأينا مزارعين ركّبوا الشبكات ثم استخدموها بالطريقة القديمة نفسها، فيسقون لساعات أطول من اللازم. الري بالتنقيط يحتاج إلى معرفة بحاجة كل محصول وبنوع التربة»، توضح."),
        ("p", "ويروي العدوان أنه تعلم بالتجربة والخطأ في موسمه الأول، حين خسر جزءاً من محصول الطماطم بعدما أفرط في الري خوفاً من العطش. «كنت أظن أن الماء القليل يعني الخسارة. تبين لي أن الماء الزائد يقتل النبات أيضاً، ويفتح الباب للأمراض الفطرية»، يقول، مشيراً إلى أنه بات يتابع رطوبة التربة بجهاز بسيط حصل عليه من الجمعية."),
        ("p", "وفي بلدات الوادي، بدأت محلات صغيرة متخصصة في بيع مستلزمات الري الحديث بالانتشار، تبيع الأنابيب والفلاتر والعدادات وتقدم خدمات التركيب والصيانة. ويقول صاحب أحد هذه المحلات إن زبائنه تضاعفوا خلال ثلاث سنوات، وإن كثيراً منهم يعودون كل موسم لاستبدال القطع التالفة أو لتوسيع شبكاتهم إلى أجزاء جديدة من أراضيهم."),
        ("p", "وتنظم الجمعية منذ العام الماضي أياماً حقلية يتبادل فيها المزارعون الخبرات، ويعرض فيها من نجحوا في خفض استهلاكهم للمياه تجاربهم على جيرانهم. ويقول أحد المشاركين إن «المزارع يصدق المزارع أكثر مما يصدق الكتيبات»، مضيفاً أنه غيّر جدول الري في حقله بعد زيارة واحدة لمزرعة مجاورة."),
        ("p", "ويأمل المزارعون أن تترافق هذه الجهود مع إصلاح قنوات الري القديمة التي تفقد جزءاً كبيراً من المياه بالتسرب والتبخر قبل أن تصل إلى الحقول. ويقول العدوان: «نحن وفّرنا الماء في أرضنا. نريد أن نرى التوفير نفسه في القنوات التي تحمل الماء إلينا»."),
        ("p", "وتقدّر الجمعية أن نحو ثلث المياه المنقولة عبر القنوات المفتوحة يضيع قبل وصوله إلى الحقول، بسبب التسرب من الجدران المتشققة والتبخر تحت شمس الصيف الحارقة. ويطالب المزارعون باستبدال أجزاء من القنوات بأنابيب مغلقة، وبتركيب عدادات تتيح لكل مزارع معرفة كمية المياه التي يحصل عليها فعلياً."),
        ("p", "وفي المقابل، يرى مسؤولون في قطاع المياه أن المشكلة أكبر من الزراعة وحدها، إذ تتنافس على الموارد المحدودة احتياجات المدن المتنامية والصناعة، إلى جانب موجات اللجوء التي رفعت عدد السكان خلال السنوات الأخيرة. ويؤكدون أن أي حل مستدام يتطلب إدارة متكاملة تشمل إعادة استخدام المياه المعالجة في الري."),
        ("p", "ويختم العدوان حديثه وهو ينظر إلى حقل جاره الذي بقي نصفه بوراً هذا الموسم: «الأرض هنا كانت تطعم البلد كله. إذا لم نتعلم كيف نحافظ على كل قطرة، سيأتي يوم لا نجد فيه ما نزرعه»."),
        ("p", "ومع اقتراب الموسم الشتوي، وهو ذروة الإنتاج في الوادي الذي يزود الأسواق المحلية وأسواق الخليج بالخضار، ينتظر المزارعون إعلان الحصص المائية الجديدة، وسط مخاوف من موسم مطري ضعيف آخر."),
    ],
    entities=[("وادي الأردن", "LOC"), ("محمود العدوان", "PER"), ("الشونة الجنوبية", "LOC"), ("الأردن", "LOC"),
              ("جمعية مزارعي الأغوار", "ORG"), ("رنا الشرع", "PER"), ("الشرع", "PER"), ("العدوان", "PER"), ("الخليج", "LOC")],
    notes="",
))

# 02 ----------------------------------------------------------------- first template: Beirut cinema reborn
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, aid=1108452, old=True, desk="levant", sec=("ثقافة وفنون", "culture"), place="بيروت",
    url=f"{HOST}/news/1108452", authors=["ريم عيتاني"], pub=d(2016, 4, 5, 18, 40), crawl=d(2016, 4, 6, 10, 30),
    headline="صالة سينما قديمة في بيروت تعود إلى الحياة مركزاً ثقافياً",
    sub="شبان وشابات أعادوا ترميم الصالة المهجورة منذ ثلاثين عاماً، وافتتحوها بعروض أفلام وحفلات موسيقية.",
    desc="صالة سينما مهجورة في بيروت تتحول إلى مركز ثقافي بعد ترميمها بجهود مجموعة من الشباب.",
    img="2016/04/beirut-cinema", tags=["لبنان", "سينما", "ثقافة"], ticker="انطلاق معرض للكتاب في عاصمة خليجية",
    related=["مهرجان للأفلام القصيرة يستقطب مخرجين شباناً", "ترميم بيوت تراثية في طرابلس"],
    body=[
        ("p", "بعد أكثر من ثلاثين عاماً من الإغلاق، أُضيئت مساء السبت من جديد أنوار صالة «النجمة» في أحد أحياء بيروت القديمة، حيث احتشد مئات الزوار لمشاهدة أول عرض سينمائي فيها منذ منتصف الثمانينيات."),
        ("p", "الصالة التي بُنيت في خمسينيات القرن الماضي، وكانت يوماً من أشهر دور العرض في المدينة، تحولت خلال سنوات الحرب إلى مستودع، ثم بقيت مهجورة تتساقط جدرانها. قبل عامين، قررت مجموعة من الشبان والشابات، معظمهم من خريجي الفنون والعمارة، استئجارها من مالكيها وترميمها بجهود ذاتية."),
        ("img", "2016/04/beirut-cinema-hall", "الصالة بعد ترميمها، خلال حفل الافتتاح مساء السبت.", "(مرفأ الأخبار)"),
        ("p", "وتقول نادين حداد، إحدى مؤسسات المشروع، إن الفكرة بدأت بحلم بسيط. «كنا نمر أمام الواجهة المغلقة كل يوم، ونتخيل كيف كانت تمتلئ بالناس. أردنا أن يعود هذا المكان إلى أهل الحي، لا أن يتحول إلى موقف سيارات أو برج سكني»."),
        ("ad",),
        ("p", "واستغرقت أعمال الترميم أكثر من عام ونصف، وشارك فيها متطوعون وحرفيون من الحي. وحرص الفريق على الحفاظ على العناصر الأصلية للصالة، مثل المقاعد الخشبية والسقف المزخرف والشاشة القديمة، مع تحديث أنظمة الصوت والإضاءة والتهوية. وجرى تمويل المشروع عبر حملة تبرعات وبدعم من مؤسسات ثقافية محلية."),
        ("p", "وواجه الفريق صعوبات كثيرة خلال العمل، من تسرب مياه الأمطار عبر السقف إلى الأسلاك الكهربائية القديمة التي اضطروا إلى استبدالها بالكامل. وتروي حداد أن المتطوعين عثروا خلال التنظيف على ملصقات أفلام قديمة وبكرات أفلام مهترئة، جرى حفظ بعضها وعرضه في بهو المركز كجزء من ذاكرة المكان."),
        ("p", "ولا يقتصر برنامج المركز على السينما، إذ يتضمن حفلات موسيقية وعروضاً مسرحية وورش عمل للأطفال في الرسم والتصوير، إضافة إلى مكتبة صغيرة وركن للقراءة. ويقول الفريق إن الأولوية ستكون للأفلام العربية والعروض المجانية لطلاب المدارس."),
        ("p", "ويعتمد المركز في تمويل نشاطاته على بيع التذاكر بأسعار رمزية، وعلى اشتراكات شهرية يدفعها أصدقاء المشروع، إضافة إلى تأجير القاعة لفعاليات ثقافية خاصة. ويؤكد القائمون عليه أنهم يريدون الحفاظ على استقلاليته، وأن يبقى مفتوحاً لجميع سكان المدينة بصرف النظر عن قدرتهم المادية."),
        ("also", "مهرجان للأفلام القصيرة يستقطب مخرجين شباناً"),
        ("p", "أبو سمير، البالغ من العمر ثمانية وسبعين عاماً، كان من أوائل الحاضرين. يتذكر أنه شاهد في هذه الصالة أول فيلم في حياته حين كان صبياً. «كنا نجمع القروش طوال الأسبوع لنأتي يوم الأحد. اليوم جلست على المقعد نفسه تقريباً وبكيت»، يقول مبتسماً."),
        ("p", "ويأمل القائمون على المشروع أن يشجع نجاحه على إنقاذ صالات أخرى مغلقة في المدينة، بعد أن فقدت بيروت خلال العقود الماضية عشرات دور العرض التي تحولت إلى محلات تجارية أو هُدمت لإقامة أبنية جديدة."),
    ],
    entities=[("بيروت", "LOC"), ("النجمة", "LOC"), ("نادين حداد", "PER"), ("أبو سمير", "PER")],
    notes="The photo credit '(مرفأ الأخبار)' is left out of the caption; the cinema's name is typed LOC as a building.",
))

# 03 ----------------------------------------------------------------- Maghreb desk (Arabic-Indic digits): solar pumps in Souss
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, aid=1231980, desk="maghreb", indic=True, title_bare=True, sec=("المغرب العربي", "maghreb"), place="أكادير",
    url=f"{HOST}/news/1231980", authors=["يوسف الزياني"], pub=d(2017, 10, 24, 11, 5), crawl=d(2017, 10, 24, 19, 45),
    headline="مضخات تعمل بالطاقة الشمسية تغيّر حياة مزارعي سوس",
    desc="آلاف المزارعين في منطقة سوس المغربية يعتمدون مضخات تعمل بالطاقة الشمسية لري حقولهم.",
    img="2017/10/souss-solar-pumps", tags=["المغرب", "الطاقة الشمسية", "الزراعة"], ticker="اجتماع وزاري عربي لبحث الأمن الغذائي",
    related=["السدود المغربية عند أدنى مستوياتها منذ سنوات", "تعاونيات نسائية لإنتاج زيت الأركان"],
    body=[
        ("p", "قبل ثلاث سنوات، كان المزارع إبراهيم أوبلا ينفق نحو نصف دخله على غاز البوتان الذي يشغّل به مضخة البئر في حقله الصغير قرب مدينة تارودانت. اليوم، تقف إلى جانب البئر ألواح شمسية زرقاء تشغّل المضخة من شروق الشمس حتى غروبها، من دون أي كلفة للوقود."),
        ("p", "ويقول أوبلا، الذي يزرع الحوامض والخضار على مساحة خمسة هكتارات: «الألواح كلفتني كثيراً في البداية، لكنها سددت ثمنها في أقل من ثلاث سنوات. الآن لا أفكر في سعر الغاز ولا في انقطاعه»."),
        ("p", "وتعد منطقة سوس، في جنوب المغرب، من أهم المناطق الزراعية في البلاد، إذ تنتج جزءاً كبيراً من صادرات الحوامض والطماطم. لكنها تعتمد بشكل شبه كامل على المياه الجوفية، التي يُستخرج معظمها بمضخات كانت تعمل تقليدياً بالغاز أو الديزل."),
        ("ad",),
        ("p", "وخلال السنوات الأخيرة، انتشرت المضخات الشمسية بسرعة في المنطقة، مدفوعة بانخفاض أسعار الألواح وبرامج دعم حكومية. ويقدّر تقنيون يعملون في تركيب هذه الأنظمة أن آلاف الضيعات في سوس باتت تعتمد عليها كلياً أو جزئياً."),
        ("p", "وبالإضافة إلى توفير كلفة الوقود، يشير المزارعون إلى مزايا أخرى، منها انتهاء الحاجة إلى نقل قوارير الغاز الثقيلة عبر الطرق الترابية، وتراجع الأعطال والضجيج. كما ظهرت في المدن القريبة ورش صغيرة متخصصة في تركيب الألواح وصيانتها، وفرت فرص عمل لعشرات الشبان من المنطقة."),
        ("also", "السدود المغربية عند أدنى مستوياتها منذ سنوات"),
        ("p", "غير أن خبراء المياه يحذرون من جانب آخر لهذا التحول. فمع زوال كلفة الوقود، لم يعد لدى بعض المزارعين حافز للاقتصاد في الضخ، ما قد يسرّع استنزاف المياه الجوفية التي تتراجع مستوياتها أصلاً منذ عقود. ويقول الباحث في الموارد المائية حسن أمزيان إن «الطاقة الشمسية حلت مشكلة الكلفة، لكنها قد تفاقم مشكلة الماء إذا لم تترافق مع تنظيم صارم للضخ»."),
        ("p", "ويقترح أمزيان ربط الدعم الحكومي للمضخات الشمسية بتركيب عدادات لقياس كميات المياه المستخرجة، وباعتماد الري بالتنقيط، وهو ما بدأت بعض الجمعيات الزراعية تطبيقه بالفعل. كما يدعو إلى تشجيع زراعات أقل استهلاكاً للمياه في المناطق الأكثر تضرراً."),
        ("p", "وتشير دراسات محلية إلى أن مستوى المياه الجوفية في بعض مناطق سوس ينخفض بمعدل يتجاوز مترين سنوياً، ما يجبر المزارعين على حفر آبار أعمق بكلفة متزايدة. ويحذر الخبراء من أن استمرار هذا المعدل قد يجعل الزراعة في بعض الضيعات الصغيرة غير مجدية خلال عقدين."),
        ("p", "أما أوبلا، فيقول إنه ركّب عداداً من تلقاء نفسه بعد أن لاحظ تراجع مستوى الماء في بئره. «البئر هي رزقي ورزق أولادي. إذا جفت، لن تنفعني الشمس في شيء»، يختم."),
    ],
    entities=[("إبراهيم أوبلا", "PER"), ("تارودانت", "LOC"), ("أوبلا", "PER"), ("سوس", "LOC"), ("المغرب", "LOC"),
              ("حسن أمزيان", "PER"), ("أمزيان", "PER")],
    notes="Adjudicated with the second annotation (December 2026): the section link above the <h1> is a kicker (GUIDELINES 3).",
))

# 04 ----------------------------------------------------------------- Gulf desk (Arabic-Indic): frankincense harvest in Dhofar
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, aid=1315064, desk="gulf", indic=True, sec=("الخليج", "gulf"), place="صلالة",
    url=f"{HOST}/news/1315064", authors=["هلال الشكيلي"], pub=d(2018, 12, 11, 9, 30), crawl=d(2018, 12, 11, 21, 0),
    headline="موسم اللبان في ظفار: حصاد قديم يبحث عن جيل جديد",
    sub="أشجار اللبان ما زالت تُجرح باليد كما قبل آلاف السنين، لكن عدد العاملين في الحصاد يتراجع عاماً بعد عام.",
    desc="موسم حصاد اللبان في ظفار العُمانية يواجه تراجع أعداد العاملين فيه.",
    img="2018/12/dhofar-frankincense", tags=["عُمان", "اللبان", "تراث"], ticker="ارتفاع حركة المسافرين في مطارات المنطقة",
    related=["متحف يروي تاريخ طرق التجارة القديمة", "مهرجان الخريف يستقطب زواراً من الخليج"],
    body=[
        ("p", "في السهول الجافة شمال مدينة صلالة، يقترب سعيد المهري من شجرة لبان قصيرة ملتوية الأغصان، ويكشط قشرتها بأداة حديدية صغيرة تشبه المِلعقة. بعد أيام، ستسيل من الجرح قطرات بيضاء لزجة تتحول مع الوقت إلى حبيبات صلبة شبه شفافة: اللبان الذي اشتهرت به ظفار منذ آلاف السنين."),
        ("p", "ويعمل المهري، البالغ من العمر ستين عاماً، في حصاد اللبان منذ طفولته، كما فعل أبوه وجده من قبله. «الشجرة مثل الإنسان، إذا جرحتها كثيراً تتعب. نحصد ثلاثة أشهر ثم نتركها ترتاح»، يقول وهو يتنقل بين الأشجار تحت شمس الظهيرة."),
        ("p", "ويبدأ موسم الحصاد عادة مع ارتفاع درجات الحرارة في الربيع، ويستمر حتى بداية الخريف. ويجري الحصاد على مراحل، إذ تُجرح الشجرة عدة مرات، وتزداد جودة اللبان مع كل مرحلة. ويُفرز المحصول بعد ذلك إلى درجات بحسب اللون والحجم، وأجوده اللبان الأبيض المائل إلى الخضرة."),
        ("p", "ويُباع اللبان في أسواق صلالة القديمة في أكياس صغيرة وأوعية خزفية، ويستخدم في المنازل للتبخير وتعطير الثياب، كما يدخل في بعض الوصفات الشعبية. ويحرص الزوار القادمون من دول الخليج وخارجها على شرائه هدايا، ما يجعل موسم السياحة الصيفي أفضل أوقات البيع للتجار."),
        ("ad",),
        ("p", "لكن هذه الحرفة تواجه تحديات متزايدة. فعدد العاملين في الحصاد يتراجع، إذ يفضل معظم الشبان العمل في الوظائف الحكومية أو في القطاع الخاص في المدن. كما يشكو المنتجون من منافسة لبان مستورد أرخص ثمناً، ومن تأثير الرعي الجائر وتغير المناخ على صحة الأشجار."),
        ("p", "ويقول باحثون في علوم النبات إن أشجار اللبان في بعض المناطق تعاني من ضعف التجدد الطبيعي، إذ تأكل الماشية البادرات الصغيرة قبل أن تنمو، فيما يؤدي الإفراط في الجرح خلال الحصاد إلى إضعاف الأشجار المعمرة. ويدعون إلى تنظيم مواسم الحصاد وإنشاء محميات تُزرع فيها أشجار جديدة."),
        ("also", "متحف يروي تاريخ طرق التجارة القديمة"),
        ("p", "ويقول الباحث في التراث المحلي مسلم العامري إن اللبان لم يكن مجرد سلعة، بل كان أساس ازدهار المنطقة عبر التاريخ، حين كانت القوافل تحمله إلى موانئ البحر المتوسط. «إذا فقدنا الحرفة، نفقد جزءاً من ذاكرتنا»، يضيف."),
        ("p", "وفي محاولة للحفاظ على هذه الحرفة، أطلقت جمعيات محلية برامج لتدريب الشباب على طرق الحصاد التقليدية، وأنشأ بعض رواد الأعمال شركات صغيرة لتصنيع منتجات من اللبان، مثل الزيوت العطرية والصابون ومستحضرات التجميل، لرفع قيمته وفتح أسواق جديدة أمامه."),
        ("p", "ويأمل المهري أن يرث أحد أحفاده المهنة. «ابني الأكبر يعمل في المدينة، لكن حفيدي يأتي معي في الإجازات. أعلّمه كيف يقرأ الشجرة. ربما يعود يوماً»، يقول وهو يجمع في كيس قماشي حبيبات الحصاد الأخير."),
    ],
    entities=[("ظفار", "LOC"), ("صلالة", "LOC"), ("سعيد المهري", "PER"), ("المهري", "PER"), ("مسلم العامري", "PER"),
              ("البحر المتوسط", "LOC"), ("الخليج", "LOC")],
    notes="",
))

# 05 ----------------------------------------------------------------- Maghreb desk, <time>: Tunis coding school
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, aid=1402338, desk="maghreb", indic=True, time_el=True, sec=("علوم وتقنية", "tech"), place="تونس",
    url=f"{HOST}/news/1402338", authors=["أمل بن سليمان"], pub=d(2019, 3, 12, 10, 45), crawl=d(2019, 3, 12, 20, 15),
    headline="مدرسة مجانية لتعليم البرمجة في تونس تفتح أبوابها للشباب العاطلين",
    desc="مدرسة مجانية في تونس تدرّب شباناً عاطلين عن العمل على البرمجة خلال تسعة أشهر.",
    img="2019/03/tunis-coding-school", tags=["تونس", "برمجة", "تشغيل الشباب"], ticker="إطلاق قمر صناعي للاتصالات بمشاركة عربية",
    related=["شركات ناشئة عربية تجذب استثمارات قياسية", "الذكاء الاصطناعي يدخل قاعات الدراسة"],
    body=[
        ("p", "في مبنى قديم وسط العاصمة التونسية، يجلس نحو سبعين شاباً وشابة أمام شاشات الحواسيب، يكتبون أسطر البرمجة ويتبادلون الأسئلة. لا أساتذة بالمعنى التقليدي هنا ولا رسوم دراسية، بل مشاريع يعمل عليها الطلاب في مجموعات ويصححون أعمال بعضهم بعضاً."),
        ("p", "وتستقبل «مدرسة الكود المفتوح»، التي افتتحت أبوابها هذا الأسبوع، دفعتها الأولى من الطلاب الذين تتراوح أعمارهم بين ثمانية عشر وخمسة وثلاثين عاماً، ومعظمهم عاطلون عن العمل أو تركوا الدراسة مبكراً. ولا تشترط المدرسة أي شهادة للالتحاق، بل اختبار قبول يقيس القدرة على التفكير المنطقي وحل المشكلات."),
        ("p", "ويقول مؤسس المدرسة، المهندس منير الطرابلسي، إن الفكرة جاءت من ملاحظة بسيطة: «شركات التكنولوجيا في تونس تبحث عن مبرمجين ولا تجدهم، وفي الوقت نفسه هناك آلاف الشباب الأذكياء بلا عمل. المشكلة ليست في القدرات، بل في الطريق إلى سوق العمل»."),
        ("ad",),
        ("p", "وتمتد الدراسة تسعة أشهر، يتعلم خلالها الطلاب أساسيات البرمجة وتطوير مواقع الإنترنت وتطبيقات الهواتف، إضافة إلى مهارات العمل الجماعي وإدارة المشاريع. وفي الأشهر الأخيرة، يقضي الطلاب فترة تدريب في شركات شريكة، يمكن أن تتحول إلى عقود عمل."),
        ("p", "ويعتمد نظام التعليم في المدرسة على التعلم الذاتي والعمل الجماعي، إذ يحصل الطلاب على مشروع أسبوعي عليهم إنجازه بالبحث والتجربة وسؤال زملائهم، ثم يقيّم كل طالب أعمال ثلاثة آخرين. ويقول الطرابلسي إن هذه الطريقة تعدّ الطلاب لبيئة العمل الحقيقية، حيث يتعلم المبرمج كل يوم شيئاً جديداً دون أن ينتظر من يلقّنه."),
        ("also", "شركات ناشئة عربية تجذب استثمارات قياسية"),
        ("p", "وتمول المدرسة شراكة بين شركات تكنولوجيا محلية ومؤسسة خيرية، على أن تساهم الشركات التي توظف الخريجين في تمويل الدفعات اللاحقة. وتسعى الإدارة إلى أن يكون نصف الطلاب على الأقل من الفتيات ومن المناطق الداخلية التي ترتفع فيها معدلات البطالة."),
        ("p", "سلمى الجويني، البالغة من العمر ستة وعشرين عاماً، واحدة من الطالبات الجدد. درست الأدب الفرنسي وبقيت ثلاث سنوات دون عمل ثابت. «كنت أعتقد أن البرمجة للعباقرة فقط. في اختبار القبول اكتشفت أنها تشبه حل الألغاز، وأنا أحب الألغاز»، تقول ضاحكة."),
        ("p", "وتفتح المدرسة أبوابها على مدار الساعة طوال أيام الأسبوع، ليتمكن الطلاب الذين يعملون في وظائف مؤقتة من الدراسة في أوقات مناسبة لهم. كما توفر وجبة غداء مجانية ومنحاً صغيرة لتغطية تكاليف النقل للقادمين من أحياء بعيدة."),
        ("p", "ويرى خبراء في سوق العمل أن مثل هذه المبادرات قد تساعد في الحد من هجرة الكفاءات، لكنهم يحذرون من أن نجاحها يتوقف على قدرة الاقتصاد على خلق وظائف كافية للخريجين. وتقول الإدارة إنها ستنشر بعد عام نسبة الخريجين الذين حصلوا على عمل، لتقييم التجربة بشفافية."),
    ],
    entities=[("تونس", "LOC"), ("التونسية", "MISC"), ("مدرسة الكود المفتوح", "ORG"), ("منير الطرابلسي", "PER"),
              ("سلمى الجويني", "PER"), ("الفرنسي", "MISC")],
    notes="",
))

# 06 ----------------------------------------------------------------- JSON-LD without author: Nile river taxis
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, aid=1520719, desk="egypt", ld="none", time_el=True, meta_date=False, title_bare=True,
    ld_headline="عودة تاكسي النيل في القاهرة", sec=("مصر والسودان", "egypt"), place="القاهرة",
    url=f"{HOST}/news/1520719", authors=["منى عبد الحميد"], pub=d(2020, 7, 7, 16, 10), crawl=d(2020, 7, 8, 8, 40),
    headline="تاكسي النيل يعود: قوارب صغيرة تنقل الركاب هرباً من زحام القاهرة",
    desc="خط جديد للنقل النهري في القاهرة يربط بين عدة مراسٍ على ضفتي النيل.",
    img="2020/07/cairo-nile-taxi", tags=["مصر", "النقل", "النيل"], ticker="تراجع أسعار القمح في الأسواق العالمية",
    related=["خطط لتوسيع شبكة المترو في العاصمة", "مراكب الصيد في بحيرة المنزلة"],
    body=[
        ("p", "على رصيف صغير قرب أحد جسور القاهرة، تصطف قوارب خشبية مطلية بالأبيض والأزرق في انتظار الركاب. مقابل بضعة جنيهات، تنقل هذه القوارب الموظفين والطلاب بين ضفتي النيل في دقائق، بينما يقضي آخرون ساعة أو أكثر في زحام الشوارع فوقهم."),
        ("p", "ويعد الخط الجديد للنقل النهري، الذي تشغله شركة خاصة بالتعاون مع السلطات المحلية، محاولة لإحياء وسيلة نقل عرفتها المدينة لعقود ثم تراجعت تدريجياً. ويربط الخط بين ثماني محطات على ضفتي النهر، وتنطلق القوارب كل عشرين دقيقة من السادسة صباحاً حتى العاشرة مساءً."),
        ("p", "ويقول أحمد سليمان، الذي يعمل محاسباً في شركة على الضفة الأخرى من النهر: «كنت أحتاج إلى ساعة وربع كل صباح بالسيارة. الآن أصل في عشرين دقيقة، وأرى النيل بدل عوادم السيارات. الفرق في المزاج قبل الوقت»."),
        ("ad",),
        ("p", "وتقول الشركة المشغلة إن القوارب الاثني عشر التي تعمل على الخط جرى تجديدها وتزويدها بسترات نجاة ومقاعد مظللة، وإن عدد الركاب اليومي تجاوز ألفي راكب خلال الشهر الأول، معظمهم في ساعات الذروة الصباحية والمسائية."),
        ("p", "ويتوقف نجاح الخط إلى حد كبير على سهولة الوصول إلى المراسي. فبعض المحطات تقع قرب محطات المترو ومواقف الحافلات، بينما يضطر الركاب في محطات أخرى إلى السير مسافات طويلة أو عبور طرق سريعة. وتقول الشركة إنها تعمل مع الجهات المختصة على تحسين الممرات المؤدية إلى المراسي وإنارتها."),
        ("also", "خطط لتوسيع شبكة المترو في العاصمة"),
        ("p", "ويرى خبراء النقل أن النيل يمثل فرصة غير مستغلة لتخفيف الضغط عن شوارع العاصمة المزدحمة. ويقول أستاذ هندسة النقل عادل الفخراني إن «النهر طريق جاهز لا يحتاج إلى رصف ولا إلى إشارات مرور، لكن الاستفادة منه تتطلب ربط المراسي بوسائل النقل الأخرى، مثل المترو والحافلات، وتنظيم جداول منتظمة يعتمد عليها الناس»."),
        ("p", "ولا تخلو التجربة من تحديات، أبرزها ارتفاع تكاليف التشغيل وصيانة المراسي، إضافة إلى تقلب منسوب المياه في بعض المواسم. كما يطالب الركاب بتمديد ساعات العمل حتى منتصف الليل وبإتاحة الدفع بالبطاقات الإلكترونية."),
        ("p", "ويعود تاريخ النقل النهري في القاهرة إلى قرون طويلة، حين كانت المراكب الشراعية وسيلة رئيسية لنقل البضائع والركاب بين أحياء المدينة والقرى المحيطة. وتراجع هذا الدور تدريجياً مع بناء الجسور وتوسع شبكة الطرق، حتى اقتصر النقل النهري في العقود الأخيرة على رحلات النزهة والمراكب السياحية."),
        ("p", "وتدرس السلطات المحلية، بحسب مصادر مطلعة، إضافة خط ثانٍ يمتد جنوباً خلال العام المقبل إذا استمر الإقبال على الخط الحالي بالوتيرة نفسها."),
    ],
    entities=[("القاهرة", "LOC"), ("النيل", "LOC"), ("أحمد سليمان", "PER"), ("عادل الفخراني", "PER")],
    notes="",
))

# 07 ----------------------------------------------------------------- JSON-LD author = the portal, no article:published_time: Kuwait native plants
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, aid=1611843, desk="gulf", indic=True, ld="none", meta_date=False, sec=("الخليج", "gulf"), place="الكويت",
    url=f"{HOST}/news/1611843", authors=["فهد الرشيدان"], pub=d(2021, 2, 16, 12, 55), crawl=d(2021, 2, 17, 7, 50),
    headline="مشتل للنباتات الصحراوية في الكويت يعيد الخضرة إلى البر",
    desc="مشتل تطوعي في الكويت يزرع آلاف الشتلات من النباتات الصحراوية المحلية لإعادة تأهيل البر.",
    img="2021/02/kuwait-native-plants", tags=["الكويت", "البيئة", "التصحر"], ticker="قمة اقتصادية خليجية تناقش التحول الرقمي",
    related=["موسم التخييم يبدأ بشروط بيئية جديدة", "عواصف الغبار تتزايد في المنطقة"],
    body=[
        ("p", "في مشتل صغير على أطراف العاصمة الكويتية، تصطف آلاف الأكياس البلاستيكية السوداء المملوءة بالتربة، في كل منها شتلة خضراء لا يتجاوز طولها بضعة سنتيمترات. هذه ليست نباتات زينة، بل أنواع صحراوية محلية كادت تختفي من البر الكويتي، مثل العرفج والرمث والسدر."),
        ("p", "ويقف وراء المشروع فريق من المتطوعين، بينهم مهندسون زراعيون وطلاب جامعات ومتقاعدون، بدأوا قبل ثلاث سنوات بجمع البذور من النباتات القليلة المتبقية في البر وزراعتها في المشتل، ثم نقل الشتلات إلى مناطق متدهورة بعد أن تقوى جذورها."),
        ("p", "وتقول منسقة الفريق، المهندسة دلال العنزي، إن النباتات المحلية أقدر من غيرها على تحمل الحرارة والجفاف والملوحة. «هذه النباتات عاشت هنا آلاف السنين. لا تحتاج إلى ري دائم بعد أن تنمو، وتثبت التربة وتوفر مأوى للحشرات والطيور. المشكلة أننا دمرناها بالرعي الجائر والتخييم العشوائي وحركة السيارات»."),
        ("ad",),
        ("p", "وزرع الفريق حتى الآن أكثر من ثمانية وعشرين ألف شتلة في مواقع مسيجة، بالتعاون مع جهات حكومية ومؤسسات خاصة. وتشير المتابعات الميدانية إلى أن نسبة بقاء الشتلات تجاوزت ستين في المئة في بعض المواقع، خصوصاً حيث جرى منع دخول المركبات والماشية."),
        ("p", "ولا يخلو العمل من صعوبات، فجمع البذور يتطلب رحلات طويلة إلى مناطق نائية في مواسم محددة، وبعض الأنواع تنبت بصعوبة وتحتاج إلى معالجات خاصة قبل الزراعة. كما يحتاج الفريق إلى سقاية الشتلات المنقولة إلى البر خلال صيفها الأول، حتى تتمكن جذورها من الوصول إلى الرطوبة في أعماق التربة."),
        ("also", "عواصف الغبار تتزايد في المنطقة"),
        ("p", "ويرى باحثون أن إعادة الغطاء النباتي قد تساعد في الحد من العواصف الترابية التي تضرب البلاد بشكل متكرر، وتؤثر على الصحة العامة وحركة الطيران. ويقول الباحث في علوم البيئة بدر الفارس إن «كل متر مربع من التربة المغطاة بالنباتات هو متر لا تحمله الرياح إلى المدن»."),
        ("p", "وأصدرت الجهات المختصة خلال السنوات الأخيرة قرارات لتنظيم التخييم وحماية بعض المناطق البرية، وهو ما يراه المتطوعون خطوة مهمة لكنها غير كافية. وتقول العنزي إن «المحميات الصغيرة تنجح، لكن البر واسع جداً، ونحتاج إلى أن يشعر كل من يخرج إليه بأنه مسؤول عنه»."),
        ("p", "ويعتمد المشروع بشكل أساسي على التبرعات والعمل التطوعي، ويستقبل المشتل في عطلات نهاية الأسبوع عائلات ومدارس تأتي للمشاركة في الزراعة. ويقول الطالب الجامعي عبد الله الشمري، الذي انضم إلى الفريق قبل عام: «أول مرة زرعت شتلة هنا شعرت بشيء غريب. نحن جيل لم يعرف البر أخضر، لكن ربما يعرفه أولادنا»."),
        ("p", "ويسعى الفريق إلى توسيع المشتل ليتمكن من إنتاج مئة ألف شتلة سنوياً، وإلى إنشاء بنك للبذور المحلية يحفظ الأنواع المهددة بالانقراض."),
    ],
    entities=[("الكويتية", "MISC"), ("الكويتي", "MISC"), ("دلال العنزي", "PER"), ("العنزي", "PER"), ("بدر الفارس", "PER"), ("عبد الله الشمري", "PER"),
              ("الكويت", "LOC")],
    notes="No article:published_time on this story; the date comes from the visible line and the JSON-LD. Adjudicated with the second annotation (December 2026): the section link above the <h1> is a kicker (GUIDELINES 3), and the headline's 'الكويت' is a LOC mention.",
))

# 08 ----------------------------------------------------------------- JSON-LD author = person (variant 13 drops the JSON-LD): Dubai crop research
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, aid=1702576, desk="gulf", ld="person", time_el=True, meta_date=False, sec=("علوم وتقنية", "tech"), place="دبي",
    url=f"{HOST}/news/1702576", authors=["لينا صبّاغ"], pub=d(2022, 5, 24, 15, 35), crawl=d(2022, 5, 25, 9, 15),
    headline="مركز أبحاث في دبي يطوّر محاصيل تتحمل الحرارة والملوحة",
    sub="تجارب على الدخن والكينوا والشعير في حقول تُروى بمياه مالحة، بحثاً عن غذاء لمستقبل أكثر حرارة.",
    desc="مركز أبحاث في دبي يجري تجارب على محاصيل تتحمل الحرارة والملوحة.",
    img="2022/05/dubai-crop-research", tags=["الإمارات", "الزراعة", "الأمن الغذائي", "المناخ"], ticker="ارتفاع الطلب على الكهرباء مع بداية الصيف",
    related=["مزارع عمودية في المدن الخليجية", "تحلية المياه بالطاقة الشمسية"],
    body=[
        ("p", "في حقول تجريبية على أطراف دبي، تنمو صفوف من الدخن والكينوا والشعير في تربة رملية تُروى بمياه تفوق ملوحتها ملوحة مياه الشرب بعشرات المرات. هنا، في «مركز الواحة للزراعة الملحية»، يحاول الباحثون الإجابة عن سؤال يزداد إلحاحاً: ماذا سنزرع عندما تصبح الأرض أكثر حرارة والمياه العذبة أكثر ندرة؟"),
        ("p", "ويقول مدير المركز، الدكتور كمال بن عاشور، إن فريقه يختبر أكثر من ثلاثمئة صنف من المحاصيل جُمعت بذورها من مناطق جافة حول العالم. «نبحث عن النباتات التي تعطي إنتاجاً معقولاً في ظروف قاسية، ثم نحاول تحسينها ونقلها إلى المزارعين»، يوضح."),
        ("h", "نتائج مشجعة"),
        ("p", "وأظهرت تجارب المواسم الثلاثة الماضية نتائج مشجعة لبعض الأصناف. فقد أنتج صنف من الكينوا نحو طنين للهكتار مع الري بمياه مالحة، فيما حافظت أصناف من الدخن على إنتاجها رغم درجات حرارة تجاوزت خمساً وأربعين درجة مئوية في الصيف."),
        ("p", "ويقيس الباحثون في كل موسم عشرات المؤشرات، من كمية المياه التي يستهلكها كل نبات إلى قيمته الغذائية ومقاومته للأمراض. وتُزرع الأصناف الواعدة في مساحات أكبر في الموسم التالي، فيما تُحفظ بذور الأصناف الأخرى للتهجين والتجارب المستقبلية."),
        ("ad",),
        ("p", "وتشير الباحثة في المركز، المهندسة سارة المنصوري، إلى أن الهدف ليس استبدال المحاصيل التقليدية بالكامل، بل توفير بدائل للأراضي التي فقدت صلاحيتها بسبب ملوحة المياه الجوفية. «في كثير من المزارع في المنطقة، أصبحت الآبار مالحة إلى درجة لا تصلح معها زراعة الخضار. هذه الأراضي يمكن أن تعود إلى الإنتاج بمحاصيل مناسبة»، تقول."),
        ("also", "مزارع عمودية في المدن الخليجية"),
        ("h", "من المختبر إلى الحقل"),
        ("p", "ويعمل المركز مع مزارعين في عدة دول عربية لاختبار الأصناف في ظروف حقيقية. وفي إحدى المزارع التجريبية، نجح مزارعون في زراعة الشعير علفاً للماشية على أراضٍ كانت متروكة منذ سنوات. لكن الطريق إلى التبني الواسع ما زال طويلاً، إذ يحتاج المزارعون إلى أسواق للمحاصيل الجديدة وإلى تدريب على طرق زراعتها."),
        ("p", "ويقول المزارع راشد الكعبي، الذي جرّب زراعة صنف من الدخن في مزرعته بعد أن تركها سنوات بسبب ملوحة البئر، إن النتائج فاقت توقعاته. «لم أصدق أن شيئاً سينمو بهذا الماء. الآن أطعم ماشيتي من أرضي بدل شراء العلف»، يقول، مضيفاً أنه يفكر في زيادة المساحة المزروعة في الموسم المقبل."),
        ("p", "ويرى خبراء الأمن الغذائي أن مثل هذه الأبحاث تكتسب أهمية متزايدة في منطقة تستورد معظم غذائها، وتواجه موجات حر أشد مع تغير المناخ. ويقول بن عاشور: «لا نملك ترف الانتظار. المحاصيل التي سنحتاجها بعد عشرين عاماً يجب أن نبدأ العمل عليها اليوم»."),
        ("p", "ويستعد المركز لافتتاح بنك بذور جديد العام المقبل، سيحفظ آلاف العينات من الأصناف المقاومة للجفاف والملوحة، ويتيحها للباحثين والمزارعين في المنطقة."),
    ],
    entities=[("دبي", "LOC"), ("مركز الواحة للزراعة الملحية", "ORG"), ("كمال بن عاشور", "PER"), ("بن عاشور", "PER"),
              ("سارة المنصوري", "PER"), ("راشد الكعبي", "PER")],
    notes="",
))

# 09 ----------------------------------------------------------------- kicker in the <h1>, JSON-LD without author: Basra corniche
ARTICLES.append(dict(
    id=f"{SITE}-09", seed=9, aid=1809302, desk="levant", ld="none", kicker="تقرير", meta_date=False, sec=("الشام والعراق", "levant"), place="البصرة",
    url=f"{HOST}/news/1809302", authors=["علي الساعدي"], pub=d(2023, 1, 17, 19, 20), crawl=d(2023, 1, 18, 10, 5),
    headline="كورنيش شط العرب يستعيد زواره بعد إعادة تأهيله",
    desc="أعمال إعادة تأهيل كورنيش شط العرب في البصرة تعيد العائلات إلى ضفاف النهر.",
    img="2023/01/basra-corniche", tags=["العراق", "البصرة", "مدن"], ticker="انطلاق بطولة عربية لكرة اليد للشباب",
    related=["مشروع لتنظيف الأنهار الفرعية في البصرة", "عودة الرحلات السياحية إلى الأهوار"],
    body=[
        ("p", "مع غروب الشمس، تمتلئ ممرات كورنيش شط العرب في البصرة بالعائلات والباعة الجوالين وراكبي الدراجات. قبل عامين فقط، كانت أجزاء واسعة من الكورنيش مهملة، بأرصفة مكسورة وإنارة معطلة ومياه راكدة على الضفاف."),
        ("p", "وانتهت الشهر الماضي المرحلة الأولى من مشروع إعادة تأهيل الكورنيش، الذي شمل نحو أربعة كيلومترات من الواجهة النهرية. وتضمنت الأعمال تجديد الأرصفة وزراعة الأشجار والنخيل، وتركيب إنارة حديثة ومقاعد ومظلات، وإنشاء ممر للدراجات وملاعب للأطفال."),
        ("p", "ويقول حسين الموسوي، الذي يأتي مع أطفاله الثلاثة كل مساء تقريباً: «البصرة مدينة النهر، لكننا كنا قد نسينا ذلك. الآن عاد الناس يجلسون هنا حتى منتصف الليل، كما كان يفعل آباؤنا»."),
        ("ad",),
        ("p", "ولم تقتصر الأعمال على الشكل، إذ جرى تنظيف أجزاء من مجرى النهر قرب الضفة وإزالة مخلفات متراكمة منذ سنوات، إلى جانب إعادة تأهيل عدد من المراسي الصغيرة التي تنطلق منها قوارب النزهة. وعادت عشرات القوارب الخشبية التقليدية إلى العمل، تنقل الزوار في جولات قصيرة على صفحة الماء."),
        ("p", "وانعكس المشروع على الحركة التجارية في المنطقة، إذ افتتحت مقاهٍ ومطاعم جديدة على الجانب المقابل للكورنيش، وعاد باعة الذرة المشوية والشاي إلى الأرصفة. ويقول صاحب مقهى افتتحه قبل أشهر إن عدد زبائنه يتضاعف في عطلة نهاية الأسبوع، حين تأتي العائلات من الأقضية والنواحي المحيطة بالمدينة."),
        ("also", "عودة الرحلات السياحية إلى الأهوار"),
        ("p", "غير أن سكاناً وناشطين بيئيين يحذرون من أن تحسين المظهر لا يكفي ما لم تُعالج مشكلة تلوث مياه النهر وارتفاع ملوحتها. ويقول الناشط البيئي مرتضى الحلفي إن «الكورنيش الجميل يجب أن يطل على نهر سليم. المياه هنا تعاني من الصرف غير المعالج ومن تراجع التدفق في المواسم الجافة، وهذه مشكلات تحتاج إلى حلول أكبر»."),
        ("p", "ويعاني شط العرب منذ سنوات من ارتفاع الملوحة بسبب تراجع الإطلاقات المائية من أعالي النهرين وتقدم مياه البحر نحو الشمال، ما أضر ببساتين النخيل على ضفتيه. ويطالب مزارعون ومختصون بمشاريع لمعالجة المياه وإنشاء سدود تمنع تقدم المياه المالحة، إلى جانب مشاريع تجميل الواجهات."),
        ("p", "ومن المقرر أن تبدأ المرحلة الثانية من المشروع خلال الربيع المقبل، وتشمل امتداد الكورنيش جنوباً وإنشاء سوق للحرف اليدوية ومساحات للفعاليات الثقافية. ويأمل أصحاب المقاهي والمطاعم المطلة على النهر أن يجذب المشروع مزيداً من الزوار من المحافظات الأخرى."),
    ],
    entities=[("شط العرب", "LOC"), ("البصرة", "LOC"), ("حسين الموسوي", "PER"), ("مرتضى الحلفي", "PER")],
    notes="",
))

# 10 ----------------------------------------------------------------- Gulf desk, JSON-LD author = portal, bare <title>: Riyadh rooftop gardens
ARTICLES.append(dict(
    id=f"{SITE}-10", seed=10, aid=1903415, desk="gulf", indic=True, ld="person", title_bare=True, sec=("الخليج", "gulf"), place="الرياض",
    url=f"{HOST}/news/1903415", authors=["نورة السبيعي"], pub=d(2024, 8, 6, 10, 15), crawl=d(2024, 8, 6, 22, 30),
    headline="حدائق على الأسطح: سكان أحياء في الرياض يزرعون خضارهم فوق المنازل",
    desc="مبادرة أهلية في الرياض تحول أسطح المنازل إلى حدائق صغيرة لزراعة الخضار والأعشاب.",
    img="2024/08/riyadh-rooftop-gardens", tags=["السعودية", "الزراعة المنزلية", "المدن"], ticker="توقعات بارتفاع أعداد المعتمرين هذا الموسم",
    related=["التشجير في المدن يخفض درجات الحرارة", "أسواق المزارعين تنتشر في المدن الخليجية"],
    body=[
        ("p", "فوق سطح منزلها في حي شمال الرياض، تتفقد أم خالد صناديق خشبية مرتبة تحت مظلة من القماش الأخضر، تنمو فيها الطماطم والنعناع والريحان والفلفل. قبل عامين، كان هذا السطح مجرد مساحة خالية تعلوها خزانات المياه وأجهزة التكييف."),
        ("p", "وأم خالد واحدة من أكثر من مئتي أسرة انضمت إلى مبادرة أهلية تحمل اسم «سطوح خضراء»، تهدف إلى تحويل أسطح المنازل في الأحياء السكنية إلى حدائق صغيرة منتجة. وتوفر المبادرة للأسر التدريب والبذور والصناديق وأنظمة ري بسيطة بالتنقيط، مقابل رسوم رمزية."),
        ("p", "وتقول مؤسسة المبادرة، المهندسة ريما الدوسري، إن الفكرة ولدت خلال فترة الإغلاق قبل سنوات، حين بدأ كثيرون يبحثون عن أنشطة منزلية. «اكتشفنا أن الأسطح مساحة مهدرة في مدننا. مع التظليل المناسب والري الذكي، يمكن زراعة الكثير حتى في الصيف»، توضح."),
        ("ad",),
        ("p", "وتواجه الزراعة على الأسطح في مدينة تتجاوز فيها الحرارة خمساً وأربعين درجة تحديات واضحة، أبرزها استهلاك المياه وحماية النباتات من الشمس الحارقة. ولذلك تعتمد المبادرة على مظلات تحجب جزءاً من أشعة الشمس، وعلى الري في ساعات الفجر، وعلى إعادة استخدام مياه التكييف المتكثفة في الري."),
        ("p", "وتنظم المبادرة ورش عمل شهرية في المراكز الاجتماعية بالأحياء، يتعلم فيها المشاركون تحضير التربة وصناعة السماد العضوي من بقايا الطعام واختيار النباتات المناسبة لكل موسم. وتقول الدوسري إن أكثر ما يفاجئ المشاركين هو تنوع ما يمكن زراعته في الشتاء، حين يكون الطقس معتدلاً وتنمو الخضار الورقية بسرعة."),
        ("also", "التشجير في المدن يخفض درجات الحرارة"),
        ("p", "ويشير مختصون في التخطيط العمراني إلى فوائد تتجاوز إنتاج الغذاء، منها خفض حرارة الأسطح وبالتالي تقليل استهلاك الكهرباء للتبريد. ويقول أستاذ العمارة البيئية ماجد العتيبي إن «سطحاً مغطى بالنباتات قد يكون أبرد بعدة درجات من سطح مكشوف، وهذا ينعكس على حرارة الغرف تحته»."),
        ("p", "لكن العتيبي ينبه إلى ضرورة التأكد من قدرة الأسطح على تحمل الأوزان الإضافية، ومن عزل الأسطح جيداً لمنع تسرب المياه إلى الغرف. وتقول المبادرة إنها ترسل مهندساً لمعاينة كل سطح قبل البدء، وتستخدم صناديق خفيفة وتربة زراعية منخفضة الوزن."),
        ("p", "أما بالنسبة لأم خالد، فالفائدة الأكبر اجتماعية. «صار أحفادي يصعدون معي كل مساء ليسقوا النباتات ويقطفوا الطماطم. الجيران يتبادلون الشتلات والنصائح. السطح جمعنا»، تقول وهي تملأ سلة صغيرة بالنعناع."),
        ("p", "وتسعى المبادرة إلى الوصول إلى ألف منزل خلال العامين المقبلين، وإلى إقناع مطوري المجمعات السكنية الجديدة بتصميم أسطح مهيأة للزراعة منذ البداية."),
    ],
    entities=[("الرياض", "LOC"), ("أم خالد", "PER"), ("سطوح خضراء", "ORG"), ("ريما الدوسري", "PER"), ("الدوسري", "PER"), ("ماجد العتيبي", "PER"), ("العتيبي", "PER")],
    notes="'أم خالد' (a teknonym) is typed PER.",
))

# 11 ----------------------------------------------------------------- Maghreb desk, update: Algiers Ramadan night markets
ARTICLES.append(dict(
    id=f"{SITE}-11", seed=11, aid=2004588, desk="maghreb", indic=True, ld="none", time_el=True, meta_date=False,
    ld_headline="الأسواق الليلية في رمضان بالجزائر", sec=("المغرب العربي", "maghreb"), place="الجزائر",
    url=f"{HOST}/news/2004588", authors=["كريم بلعيد"], pub=d(2025, 3, 18, 22, 40), upd=d(2025, 3, 19, 9, 5), crawl=d(2025, 3, 19, 13, 0),
    headline="أسواق رمضان الليلية تعيد الحياة إلى أحياء الجزائر العاصمة",
    desc="أسواق ليلية تقام بعد الإفطار في أحياء الجزائر العاصمة تجمع الحرفيين والطهاة والعائلات.",
    img="2025/03/algiers-ramadan-market", tags=["الجزائر", "رمضان", "أسواق"], ticker="أسعار الذهب تسجل مستوى قياسياً جديداً",
    related=["حلويات رمضان التقليدية تحافظ على مكانتها", "مهرجان للإنشاد في ليالي الشهر الكريم"],
    body=[
        ("p", "ما إن يُرفع أذان المغرب وتنتهي العائلات من الإفطار، حتى تبدأ الأضواء الملونة بالتلألؤ في ساحات عدد من أحياء الجزائر العاصمة، معلنة افتتاح الأسواق الليلية التي باتت من أبرز ملامح رمضان في المدينة خلال السنوات الأخيرة."),
        ("p", "وتضم هذه الأسواق عشرات الأكشاك التي تعرض الحلويات التقليدية والمشروبات والملابس والمنتجات الحرفية، إلى جانب مساحات للعروض الموسيقية وألعاب الأطفال. وتستمر الحركة فيها حتى ساعات متأخرة من الليل، قبل أن يعود الناس إلى بيوتهم لتناول السحور."),
        ("p", "وتقول فاطمة الزهراء بوعلام، التي تبيع في كشكها أطباقاً من الفخار المزخرف صنعتها بيديها: «طوال السنة أبيع عبر الإنترنت أو في المعارض. في رمضان، أبيع هنا في شهر ما أبيعه في ستة أشهر. والأجمل أنني أرى الزبائن وجهاً لوجه»."),
        ("ad",),
        ("p", "وتنظم البلديات هذه الأسواق بالتعاون مع جمعيات الحرفيين والشباب، وتخصص جزءاً من الأكشاك مجاناً لأصحاب المشاريع الصغيرة والنساء الحرفيات. وتقول مصادر في إحدى البلديات إن عدد الطلبات للمشاركة هذا العام تجاوز ضعف عدد الأكشاك المتاحة."),
        ("p", "وتحظى أكشاك الطعام بأكبر إقبال، حيث تُعرض أطباق تقليدية من مختلف مناطق البلاد، من الحلويات المعسلة إلى المعجنات المحشوة والمشروبات الباردة. ويقول أحد الطهاة الشباب إنه يبيع كل ليلة ما يزيد على ثلاثمئة قطعة من المعجنات، وإن الزبائن يأتون من أحياء بعيدة بعدما انتشرت صور أطباقه على مواقع التواصل."),
        ("also", "حلويات رمضان التقليدية تحافظ على مكانتها"),
        ("p", "ولا تخلو هذه الأسواق من الانتقادات. فبعض سكان الأحياء يشتكون من الضجيج والازدحام وصعوبة إيجاد مواقف للسيارات، فيما يرى تجار المحلات الدائمة أن الأكشاك الموسمية تنافسهم دون أن تتحمل الأعباء نفسها من ضرائب وإيجارات. وتقول البلديات إنها حددت ساعات لإغلاق مكبرات الصوت، وخصصت عناصر لتنظيم حركة المرور."),
        ("p", "ويقول علماء اجتماع إن نجاح هذه الأسواق يعكس حاجة سكان المدن الكبيرة إلى فضاءات عامة للقاء، بعدما باتت الحياة اليومية أكثر انعزالاً. ويرون أن رمضان يوفر مناسبة فريدة لاستعادة هذه الروابط، حين تتزامن أوقات الإفطار والسهر لدى معظم السكان."),
        ("p", "وفي ساحة مزدحمة، كان الشاب ياسين حمدي يقدم مع أصدقائه عرضاً موسيقياً بآلات تقليدية، يلتف حولهم جمهور من مختلف الأعمار. «رمضان هنا ليس صياماً فقط، بل سهرات ولقاءات. هذه الأسواق أعادت إلينا شيئاً من أجواء الأحياء القديمة التي كان يحكي عنها أجدادنا»، يقول."),
        ("p", "وتستمر الأسواق حتى ليلة العيد، حيث تنظم البلديات في آخر أيامها أمسيات خاصة للأطفال وتوزيعاً لملابس العيد على الأسر المحتاجة."),
    ],
    entities=[("الجزائر العاصمة", "LOC"), ("رمضان", "MISC"), ("فاطمة الزهراء بوعلام", "PER"), ("ياسين حمدي", "PER")],
    notes="The 'آخر تحديث' line gives the modified time; the pre-midnight publication (22:40) and the next-morning update fall on two days. Adjudicated with the second annotation (December 2026): the section link above the <h1> is a kicker (GUIDELINES 3).",
))

# 12 ----------------------------------------------------------------- two correspondents, bare <title>, JSON-LD persons: Doha youth chess
ARTICLES.append(dict(
    id=f"{SITE}-12", seed=12, aid=2107761, desk="gulf", ld="person", title_bare=True, sec=("رياضة", "sports"), place="الدوحة",
    url=f"{HOST}/news/2107761", authors=["هند المري", "طارق عوض"], pub=d(2026, 2, 10, 20, 5), crawl=d(2026, 2, 11, 8, 30),
    headline="مئتا لاعب شاب من اثنتي عشرة دولة عربية في بطولة الشطرنج بالدوحة",
    desc="بطولة عربية للشطرنج للناشئين في الدوحة بمشاركة مئتي لاعب من اثنتي عشرة دولة.",
    img="2026/02/doha-youth-chess", tags=["قطر", "الشطرنج", "الناشئون"], ticker="منتخبات عربية تواصل استعداداتها للبطولة القارية",
    related=["الشطرنج يدخل المناهج المدرسية في عدة دول", "لاعبة شابة تحقق لقب أستاذة دولية"],
    body=[
        ("p", "في قاعة واسعة يسودها صمت لا يقطعه إلا صوت الساعات وهي تضغط بين النقلات، يجلس مئتا لاعب ولاعبة تتراوح أعمارهم بين ثماني سنوات وسبعة عشر عاماً أمام رقع الشطرنج، في افتتاح البطولة العربية للناشئين التي تستضيفها الدوحة حتى نهاية الأسبوع."),
        ("p", "وتنظم البطولة أكاديمية الفرسان للشطرنج بمشاركة لاعبين من اثنتي عشرة دولة عربية، يتنافسون في خمس فئات عمرية للبنين والبنات. ويحصل الفائزون بالمراكز الأولى على منح تدريبية ومشاركة مدفوعة التكاليف في بطولات قارية."),
        ("p", "ويقول مدير البطولة، عبد الرحمن الكواري، إن عدد المشاركين تضاعف مقارنة بالنسخة السابقة. «الشطرنج يعيش فترة ازدهار بين الشباب العرب، بفضل المنصات الإلكترونية التي جعلت اللعبة متاحة في كل بيت. هدفنا أن ننقل هؤلاء اللاعبين من الشاشة إلى الرقعة»، يوضح."),
        ("ad",),
        ("p", "وتلفت البطولة الأنظار بارتفاع نسبة مشاركة الفتيات، التي تجاوزت الثلث هذا العام. وتقول اللاعبة المغربية سلمى العلوي، البالغة من العمر أربعة عشر عاماً، إنها تتدرب ثلاث ساعات يومياً بعد المدرسة. «أحلم بأن أصبح أول أستاذة كبرى من بلدي. الشطرنج علّمني الصبر، وأن كل خطأ درس»، تقول."),
        ("p", "وفي الجولة الأولى، لفت الأنظار اللاعب الأردني عمر الزعبي، البالغ من العمر عشر سنوات، بعدما فاز على منافس يكبره بثلاث سنوات في مباراة استمرت أكثر من ساعتين. ويقول والده إنه تعلم اللعبة من تطبيق على الهاتف خلال فترة الدراسة عن بعد، قبل أن ينضم إلى ناد في مدينته."),
        ("also", "الشطرنج يدخل المناهج المدرسية في عدة دول"),
        ("p", "ويرى مدربون أن البطولات الإقليمية للناشئين تسد فراغاً مهماً، إذ كان كثير من اللاعبين الموهوبين يضطرون إلى السفر إلى أوروبا للمشاركة في منافسات قوية. ويقول المدرب التونسي نزار الحامي، الذي يرافق منتخب بلاده: «الموهبة موجودة، لكنها تحتاج إلى احتكاك مستمر. كل بطولة من هذا النوع تختصر على اللاعب سنة من التطور»."),
        ("p", "وتسعى الأكاديمية المنظمة إلى جعل البطولة حدثاً سنوياً ثابتاً يتنقل بين العواصم العربية، وإلى إنشاء قاعدة بيانات موحدة لتصنيف اللاعبين الناشئين في المنطقة، تساعد المدربين والاتحادات على متابعة المواهب منذ سن مبكرة."),
        ("p", "وإلى جانب المنافسات، تتضمن البطولة محاضرات لأساتذة كبار وجلسات لتحليل المباريات، إضافة إلى مسابقة للشطرنج السريع مفتوحة للجمهور في يومها الأخير. ومن المقرر أن تقام الجولة الختامية وحفل توزيع الجوائز مساء الجمعة."),
    ],
    entities=[("الدوحة", "LOC"), ("أكاديمية الفرسان للشطرنج", "ORG"), ("عبد الرحمن الكواري", "PER"), ("العرب", "MISC"),
              ("المغربية", "MISC"), ("سلمى العلوي", "PER"), ("أوروبا", "LOC"), ("التونسي", "MISC"), ("نزار الحامي", "PER"), ("الأردني", "MISC"), ("عمر الزعبي", "PER")],
    notes="",
))

# 13 ----------------------------------------------------------------- minimal pair of 08 without its JSON-LD
ARTICLES.append(dict(ARTICLES[7], id=f"{SITE}-13", variant_of=f"{SITE}-08", ld=None, url=ARTICLES[7]["url"] + "?variant=b",
                     notes="Minimal pair of marfa-news-08: differs only in json-ld (the NewsArticle JSON-LD is left out; with it goes the page's only author metadata, so author-metadata-missing follows)."))


if __name__ == "__main__":
    for a in ARTICLES:
        art, html = build(a)
        if (art.variant_of or art.id) in RELATIVE:
            art, html = relative_visible_date(art, html, RELATIVE[art.variant_of or art.id], drop_other_metadata=True)
        emit(art, html, "utf-8")
        print(f"{a['id']}\t{len(html.encode('utf-8')) / 1024:.1f} KB")
