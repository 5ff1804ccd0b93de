import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Θεσσαλικός Παλμός (thessalikos-palmos): an invented regional daily for Thessaly, based in
Larissa, with a website that has lived through two CMSs. Archive stories (2015-2018) are still
served by the old PHP CMS in ISO-8859-7, declared in a meta http-equiv: a two-column layout without
<article>, the section name in the page's only <h1> and the story title in an <h2>, the date as a
label with Greek month names ("Τρίτη, 14 Μαρτίου 2017, 10:32"), no JSON-LD, article:published_time
in the head and, on some, the paper's name as meta author. Stories since 2019 come from the new
CMS in UTF-8: <article>, the headline in an <h1> (photo and video labels "(ΦΩΤΟ)", "- ΒΙΝΤΕΟ"
glued to it on some), JSON-LD on most (whose datePublished is the print edition's date on
stories that ran in the paper the next morning), a <time> element on some. Times are Greek
time (Europe/Athens: +02:00, +03:00 in summer)."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "thessalikos-palmos"
HOST = "https://www.thessalikospalmos.example"
IMG = "https://img.thessalikospalmos.example"
NAME = "Θεσσαλικός Παλμός"
EET = _dt.timezone(_dt.timedelta(hours=2))
EEST = _dt.timezone(_dt.timedelta(hours=3))
MONTHS_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
              "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]


def d(y, mo, da, hh, mi):
    """Local time in Larissa: EEST from the last Sunday of March to the last Sunday of October (at 03:00/04:00)."""
    def last_sunday(month):
        last = _dt.date(y, month + 1, 1) - _dt.timedelta(days=1)
        return last - _dt.timedelta(days=(last.weekday() - 6) % 7)
    tz = EEST if last_sunday(3) <= _dt.date(y, mo, da) < last_sunday(10) else EET
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)


def gr_date(t, time=True, weekday=True):
    s = f"{t.day} {MONTHS_GEN[t.month - 1]} {t.year}"
    if weekday:
        s = f"{DAYS[t.weekday()]}, {s}"
    return f"{s}, {t:%H:%M}" if time else s


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


_TR = str.maketrans({"α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e", "ζ": "z", "η": "i", "ή": "i", "θ": "th",
                     "ι": "i", "ί": "i", "ϊ": "i", "ΐ": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "ό": "o",
                     "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "ύ": "y", "ϋ": "y", "ΰ": "y", "φ": "f", "χ": "ch",
                     "ψ": "ps", "ω": "o", "ώ": "o"})


def slug(s):
    return _re.sub(r"[^a-z0-9]+", "-", s.lower().translate(_TR)).strip("-")[:80]


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
                        "legIntPurposes": sorted(rnd.sample([p for p in range(2, 12) if p not in purposes], rnd.randint(0, 3))),
                        "features": sorted(rnd.sample([1, 2, 3], rnd.randint(0, 3))), "cookieMaxAgeSeconds": rnd.choice([86400, 2592000, 31536000]),
                        "usesCookies": True, "urls": [{"langId": "el", "privacy": f"https://{sl}.{policy_host}/privacy"}]})
    return _json.dumps({"gvlSpecificationVersion": 3, "vendorListVersion": 88, "tcfPolicyVersion": 5, "vendors": vendors},
                       separators=(",", ":"))


SPRITE = svg_sprite(4130, ["facebook", "x", "viber", "email", "print", "search", "menu", "close", "clock", "camera", "video",
                           "chevron-right", "chevron-down", "sun", "cloud", "rain", "storm", "wind", "user", "comment", "instagram", "youtube",
                           "rss", "podcast", "newspaper", "bell", "home", "arrow-up"] + ["flag-" + c for c in "gr cy al bg mk tr it de fr es gb us ca au nl be at ch se no dk fi pl cz ro hu rs hr si ie pt".split()], "tp")
VENDORS = cmp_vendors(413, 170, "synergates.example")

# ---------------------------------------------------------------- boilerplate (Greek; ISO-8859-7-safe)

SUBS = {"larisa": ["Δήμος", "Αυτοδιοίκηση", "Αστυνομικά", "Κοινωνία", "Παιδεία", "Υγεία"],
        "thessalia": ["Βόλος", "Τρίκαλα", "Καρδίτσα", "Ελασσόνα", "Τύρναβος", "Φάρσαλα", "Αγιά"],
        "agrotika": ["Καλλιέργειες", "Κτηνοτροφία", "Τιμές", "Επιδοτήσεις", "Συνεταιρισμοί"],
        "oikonomia": ["Επιχειρήσεις", "Αγορά", "Εργασία", "Ενέργεια", "Τουρισμός"],
        "athlitika": ["Ποδόσφαιρο", "Μπάσκετ", "Βόλεϊ", "Στίβος", "Τοπικά πρωταθλήματα"],
        "politismos": ["Θέατρο", "Μουσική", "Βιβλίο", "Εκθέσεις", "Σινεμά"]}
LATEST = ["Νέα σχολική χρονιά με αλλαγές στα δρομολόγια των λεωφορείων", "Εθελοντική αιμοδοσία το Σάββατο στο Δημαρχείο",
          "Διακοπή νερού σε τρεις συνοικίες λόγω εργασιών", "Ξεκινούν οι εγγραφές στα δημοτικά αθλητικά τμήματα",
          "Βράβευση μαθητών για τις επιδόσεις τους στις Πανελλήνιες", "Ανοίγει ξανά η δημοτική πινακοθήκη",
          "Κλειστό για δύο ημέρες το κολυμβητήριο", "Αυξημένη κίνηση στα ΚΤΕΛ για το τριήμερο"]
SECTIONS = [("Λάρισα", "larisa"), ("Θεσσαλία", "thessalia"), ("Αγροτικά", "agrotika"), ("Οικονομία", "oikonomia"),
            ("Αθλητικά", "athlitika"), ("Πολιτισμός", "politismos"), ("Ελλάδα", "ellada"), ("Κόσμος", "kosmos"),
            ("Απόψεις", "apopseis"), ("Γνωστοποιήσεις", "gnostopoiiseis")]
POPULAR = ["Κυκλοφοριακές ρυθμίσεις στο κέντρο της Λάρισας για τα έργα της πλατείας",
           "Με επιτυχία η αιμοδοσία του Συλλόγου Εθελοντών στον Τύρναβο",
           "Νέες προσλήψεις στους παιδικούς σταθμούς του Δήμου",
           "Κλειστός για εργασίες ο δρόμος προς τον Κίσσαβο το Σαββατοκύριακο",
           "Οι τιμές του βαμβακιού στην αρχή της νέας περιόδου",
           "Πανθεσσαλικοί αγώνες στίβου: τα αποτελέσματα",
           "Εκδήλωση μνήμης στα Φάρσαλα την Κυριακή",
           "Αλλαγές στα δρομολόγια των αστικών λεωφορείων"]
FOOT = ["Ποιοι είμαστε", "Επικοινωνία", "Διαφήμιση", "Όροι χρήσης", "Πολιτική απορρήτου", "Πολιτική cookies", "Αρχείο φύλλων"]

CSS = """
body{margin:0;font:17px/1.6 "Noto Serif",Georgia,serif;color:#1b1b1b;background:#fff}a{color:#0f4c81}
.tp-top{background:#0f4c81;color:#fff;font:13px Arial,sans-serif;padding:6px 14px;display:flex;justify-content:space-between}
.tp-top a{color:#fff;margin-left:12px}.tp-head{max-width:1200px;margin:0 auto;padding:14px;display:flex;align-items:center;gap:20px}
.tp-logo{font:700 34px/1 "Noto Serif",serif;color:#0f4c81;text-decoration:none}.tp-logo small{display:block;font-size:12px;color:#777;font-weight:400}
.tp-nav{border-top:3px solid #0f4c81;border-bottom:1px solid #ddd}.tp-nav ul{list-style:none;margin:0 auto;max-width:1200px;padding:0 14px;display:flex;flex-wrap:wrap}
.tp-nav a{display:block;padding:10px 12px;font:700 14px Arial,sans-serif;color:#1b1b1b;text-decoration:none}
.tp-wrap{max-width:1200px;margin:0 auto;padding:18px 14px}.tp-grid{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:28px}
.tp-section-title{font:700 14px Arial,sans-serif;text-transform:uppercase;color:#b3261e;margin:0 0 6px}
.tp-title{font:700 32px/1.2 "Noto Serif",serif;margin:0 0 12px}.tp-lead{font-size:19px;color:#444;font-style:italic}
.tp-meta{font:13px Arial,sans-serif;color:#666;border-bottom:1px solid #eee;padding-bottom:8px;margin-bottom:14px}
.tp-body p{margin:0 0 1em}.tp-body h3{font:700 21px Arial,sans-serif;margin:1.4em 0 .5em}
.tp-also{border-left:3px solid #b3261e;padding:4px 10px;font:700 15px Arial,sans-serif;margin:1em 0}
.tp-ad{background:#f3f3f3;min-height:250px;margin:20px 0;display:flex;align-items:center;justify-content:center;font:11px Arial,sans-serif;color:#999}
.tp-fig img{width:100%;height:auto}.tp-fig figcaption{font:13px Arial,sans-serif;color:#666;padding:6px 0}
.tp-side h4{font:700 15px Arial,sans-serif;border-bottom:2px solid #0f4c81;padding-bottom:4px}.tp-side li{font-size:15px;margin-bottom:8px}
.tp-tags a{display:inline-block;background:#eef3f8;padding:2px 8px;margin:0 4px 4px 0;font:13px Arial,sans-serif;text-decoration:none}
.tp-foot{background:#14213d;color:#ccd;font:13px Arial,sans-serif;padding:24px 14px;margin-top:30px}.tp-foot a{color:#fff;margin-right:12px}
.tp-cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #0f4c81;padding:12px;font:13px Arial,sans-serif;display:none}
.tp-old td{vertical-align:top}.tp-old .col-main{width:68%;padding-right:20px}
"""


def head_js(a):
    return f"""<script>
var tpPage={{"id":{a['aid']},"section":"{a['sec'][1]}","type":"article","cms":"{'legacy' if a['legacy'] else 'nea'}","words":{a['_words']},"edition":"larisa"}};
window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());
gtag('config','G-TP4L5R1X0Q',{{'content_group':'{a['sec'][1]}','article_id':'{a['aid']}'}});
(function(){{var s=document.createElement('script');s.async=true;s.src='https://www.googletagmanager.example/gtag/js?id=G-TP4L5R1X0Q';document.head.appendChild(s);}})();
var googletag=googletag||{{cmd:[]}};googletag.cmd.push(function(){{
googletag.defineSlot('/21832190/thessalikospalmos/article_top',[[728,90],[970,250],[320,100]],'tp-ad-top').addService(googletag.pubads());
googletag.defineSlot('/21832190/thessalikospalmos/article_inline',[[300,250],[336,280]],'tp-ad-inline').addService(googletag.pubads());
googletag.defineSlot('/21832190/thessalikospalmos/sidebar',[[300,600],[300,250]],'tp-ad-side').addService(googletag.pubads());
googletag.pubads().setTargeting('section','{a['sec'][1]}').setTargeting('aid','{a['aid']}');googletag.pubads().enableLazyLoad({{fetchMarginPercent:200,renderMarginPercent:100}});
googletag.enableServices();}});
</script>"""


def epaper_js(a):
    """The e-paper widget's index: the last 60 issues with page thumbnails (script data, no text)."""
    rnd = _random.Random(a["aid"] * 7)
    day = a["crawl"].date()
    issues = []
    for k in range(60):
        dd = day - _dt.timedelta(days=k)
        if dd.weekday() == 6:
            continue
        issues.append({"n": 9000 + (dd - _dt.date(2015, 1, 1)).days, "date": dd.isoformat(), "pages": 32 if dd.weekday() == 5 else 24,
                       "thumbs": [f"{IMG}/epaper/{dd:%Y%m%d}/p{p:02d}-160.jpg" for p in (1, 2, 3)], "pdf": f"{IMG}/epaper/{dd:%Y%m%d}/full.pdf",
                       "hash": f"{rnd.getrandbits(64):016x}"})
    return "<script>var tpEpaper = " + _json.dumps(issues, separators=(",", ":")) + ";</script>"


def weather_js(a):
    rnd = _random.Random(a["aid"])
    cities = ["Λάρισα", "Βόλος", "Τρίκαλα", "Καρδίτσα", "Ελασσόνα", "Τύρναβος", "Φάρσαλα", "Αγιά", "Καλαμπάκα", "Αλμυρός"]
    data = [{"city": c, "days": [{"min": rnd.randint(-2, 18), "max": rnd.randint(8, 38), "sky": rnd.choice(["sun", "cloud", "rain", "storm"]),
                                  "wind": rnd.randint(1, 7)} for _ in range(5)]} for c in cities]
    return "<script>var tpWeather = " + _json.dumps(data, ensure_ascii=True) + ";</script>"


def render_body(a, encoding):
    out, blocks = [], []
    for it in a["body"]:
        k = it[0]
        if k == "p":
            out.append(f"<p>{esc(it[1])}</p>")
            blocks.append(Block("paragraph", it[1]))
        elif k == "h":
            out.append(f"<h3>{esc(it[1])}</h3>")
            blocks.append(Block("heading", it[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in it[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in it[1]]
        elif k == "quote":
            out.append(f"<blockquote><p>{esc(it[1])}</p></blockquote>")
            blocks.append(Block("quote", it[1]))
        elif k == "img":
            _, f, cap, credit = it
            out.append(f'<figure class="tp-fig"><img src="{IMG}/uploads/{f}.jpg" alt="" width="800" height="533" loading="lazy">'
                       f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "also":
            out.append(f'<p class="tp-also">Διαβάστε επίσης: <a href="{HOST}/{a["sec"][1]}/{_zlib.crc32(it[1].encode()) % 900000 + 100000}/{slug(it[1])}">{esc(it[1])}</a></p>')
        elif k == "ad":
            out.append('<div class="tp-ad" id="tp-ad-inline">ΔΙΑΦΗΜΙΣΗ</div>')
        else:
            raise ValueError(k)
    return "\n".join(out), blocks


def page(a, encoding):
    pub, upd = a["pub"], a.get("upd")
    url = a["url"]
    legacy = a["legacy"]
    body_html, blocks = render_body(a, encoding)
    if a.get("lead"):
        blocks = [Block("paragraph", a["lead"], optional=True)] + blocks
    headline = a["headline"]
    sec_name, sec_slug = a["sec"]
    charset = "iso-8859-7" if encoding == "iso8859_7" else "utf-8"
    img = f"{IMG}/uploads/{a['img']}.jpg"
    title = headline if a.get("title_bare") else f"{headline} - {NAME}"
    head = [f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if legacy else f'<meta charset="{charset}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title>",
            f'<meta name="description" content="{attr(a["desc"])}">',
            f'<meta name="keywords" content="{attr(", ".join(a["tags"]))}">',
            f'<link rel="canonical" href="{url}">',
            '<meta property="og:locale" content="el_GR">', '<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{NAME}">',
            f'<meta property="og:title" content="{attr(a.get("og_title", headline))}">',
            f'<meta property="og:description" content="{attr(a["desc"])}">',
            f'<meta property="og:url" content="{url}">', f'<meta property="og:image" content="{img}">']
    if a.get("meta_date", True):
        head.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if upd:
            head.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    head.append(f'<meta property="article:section" content="{attr(sec_name)}">')
    if a.get("meta_author"):
        head.append(f'<meta name="author" content="{attr(a["meta_author"])}">')
    if a.get("ld"):
        ld_date = pub.isoformat() if a["ld"] == "published" else a["edition"].isoformat()
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.get("ld_headline", headline),
              "description": a["desc"], "image": [img], "datePublished": ld_date, "dateModified": (upd or pub).isoformat(),
              "mainEntityOfPage": url, "inLanguage": "el-GR", "articleSection": sec_name,
              "author": ({"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/"} if a.get("ld_org")
                         else [{"@type": "Person", "name": n} for n in a["authors"]]),
              "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{IMG}/static/logo-600.png"}}}
        head.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    by = " και ".join(esc(n) for n in a["authors"])
    if a.get("time_el"):
        when = f'<time datetime="{pub.isoformat()}">{gr_date(pub)}</time>'
    else:
        when = f'<span class="tp-date">{gr_date(pub)}</span>'
    if upd:
        when += f' <span class="tp-upd">Τελευταία ενημέρωση: {gr_date(upd, weekday=False)}</span>'
    label = f' {esc(a["label"])}' if a.get("label") else ""
    lead = f'<p class="tp-lead">{esc(a["lead"])}</p>' if a.get("lead") else ""
    tags = "".join(f'<a href="{HOST}/tag/{slug(t)}">{esc(t)}</a>' for t in a["tags"])
    pop = "".join(f'<li><a href="{HOST}/larisa/{_zlib.crc32(t.encode()) % 900000 + 100000}/{slug(t)}">{esc(t)}</a></li>'
                  for t in (POPULAR[a["seed"] % 4:] + POPULAR[:a["seed"] % 4])[:5])
    nav = "".join(f'<li class="has-sub"><a href="{HOST}/{s}/">{esc(n)}</a>'
                  + ('<ul class="tp-sub">' + "".join(f'<li><a href="{HOST}/{s}/{slug(x)}/">{esc(x)}</a></li>' for x in SUBS[s]) + "</ul>" if s in SUBS else "")
                  + "</li>" for n, s in SECTIONS)
    latest = "".join(f'<li><a href="{HOST}/larisa/{_zlib.crc32(t.encode()) % 900000 + 100000}/{slug(t)}"><img src="{IMG}/thumbs/{_zlib.crc32(t.encode()):08x}-120x80.jpg" alt="" width="120" height="80" loading="lazy">'
                     f'<span class="t">{esc(t)}</span></a><span class="h">{(a["crawl"] - _dt.timedelta(minutes=37 * (i + 1))):%H:%M}</span></li>'
                     for i, t in enumerate(LATEST))
    social = "".join(f'<a href="https://{n}.example/thessalikospalmos" aria-label="{n}"><svg width="18" height="18"><use href="#tp-{n}"/></svg></a>'
                     for n in ("facebook", "x", "instagram", "youtube", "viber", "rss"))
    foot_cols = "".join(f'<div class="tp-foot-col"><h5>{esc(n)}</h5><ul>' + "".join(f'<li><a href="{HOST}/{s}/{slug(x)}/">{esc(x)}</a></li>' for x in SUBS.get(s, [])[:4]) + "</ul></div>"
                        for n, s in SECTIONS[:6])
    today = a["crawl"]
    if legacy:
        main = (f'<table class="tp-old" width="100%" cellpadding="0" cellspacing="0"><tr><td class="col-main">'
                f'<h1 class="tp-section-title">{esc(sec_name)}</h1>'
                f'<div class="tp-article" id="article-{a["aid"]}"><h2 class="tp-title">{esc(headline)}{label}</h2>{lead}'
                f'<div class="tp-meta">{by} | {when}</div>'
                f'<div class="tp-body">{body_html}</div><div class="tp-tags">Ετικέτες: {tags}</div></div>'
                f'</td><td class="col-side"><div class="tp-side"><div class="tp-ad" id="tp-ad-side">ΔΙΑΦΗΜΙΣΗ</div>'
                f'<h4>Δημοφιλή</h4><ol>{pop}</ol><h4>Τελευταία νέα</h4><ul class="tp-latest">{latest}</ul></div></td></tr></table>')
    else:
        main = (f'<div class="tp-grid"><main class="tp-main"><div class="tp-main-inner">'
                f'<article class="tp-article" id="article-{a["aid"]}"><header class="tp-article-head">'
                f'<div class="tp-section-title"><a href="{HOST}/{sec_slug}/">{esc(sec_name)}</a></div>'
                f'<h1 class="tp-title">{esc(headline)}{label}</h1>{lead}<div class="tp-meta">{by} | {when}</div></header>'
                f'<div class="tp-body-wrap"><div class="tp-body">{body_html}</div></div><footer class="tp-tags">Ετικέτες: {tags}</footer></article>'
                f'</div></main><aside class="tp-side"><div class="tp-ad" id="tp-ad-side">ΔΙΑΦΗΜΙΣΗ</div><h4>Δημοφιλή</h4><ol>{pop}</ol><h4>Τελευταία νέα</h4><ul class="tp-latest">{latest}</ul></aside></div>')
    cookie = ('<div class="tp-cookie" id="tp-cookie">Ο ιστότοπος χρησιμοποιεί cookies για τη λειτουργία του, τη μέτρηση της επισκεψιμότητας '
              f'και την προβολή διαφημίσεων. <a href="{HOST}/politiki-cookies/">Περισσότερα</a> <button type="button" id="tp-cookie-ok">Αποδοχή</button>'
              '<button type="button" id="tp-cookie-no">Απόρριψη</button></div>')
    html = f"""<!DOCTYPE html>
<html lang="el">
<head>
{chr(10).join(head)}
<link rel="icon" href="{HOST}/favicon.ico">
<style>{CSS}</style>
{head_js(a)}
</head>
<body class="{'tp-legacy' if legacy else 'tp-nea'} section-{sec_slug}">
{SPRITE}
<div id="tp-page"><div class="tp-page-inner">
<div class="tp-top"><span>{gr_date(today, time=False)}</span><span><a href="{HOST}/syndromi/">Συνδρομή</a><a href="{HOST}/e-paper/">Ηλεκτρονική έκδοση</a></span></div>
<header class="tp-head"><a class="tp-logo" href="{HOST}/">{NAME}<small>Η εφημερίδα της Θεσσαλίας</small></a><div class="tp-social">{social}</div></header>
<nav class="tp-nav"><ul>{nav}</ul></nav>
<div class="tp-ad" id="tp-ad-top">ΔΙΑΦΗΜΙΣΗ</div>
<div class="tp-wrap"><div class="tp-container"><div class="tp-content">
{main}
</div></div></div>
<footer class="tp-foot"><div class="tp-foot-cols">{foot_cols}</div><div>{"".join(f'<a href="{HOST}/{slug(f)}/">{esc(f)}</a>' for f in FOOT)}</div>
<p>© {today.year} {NAME}. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.</p></footer>
</div></div>
{cookie}
{weather_js(a)}
{epaper_js(a)}
<script id="tp-tcf-vendors" type="application/json">{VENDORS}</script>
<script>(function(){{var c=document.getElementById('tp-cookie');try{{if(!localStorage.getItem('tp_cc'))c.style.display='block';}}catch(e){{}}
['tp-cookie-ok','tp-cookie-no'].forEach(function(id){{document.getElementById(id).onclick=function(){{try{{localStorage.setItem('tp_cc',id);}}catch(e){{}}c.style.display='none';}};}});}})();</script>
</body>
</html>
"""
    return html, blocks


def phenomena_of(a, blocks, encoding):
    # Adjudicated (Dec 2026): the sidebar's "Τελευταία νέα" list is a related-list, the header's follow links are a share-bar,
    # and the section name above the headline (an <h1> on the old template, a link on the new) is a kicker (GUIDELINES 3, 10).
    tags = {"nav-menu", "footer-links", "cookie-banner", "ad-slots", "most-read", "tag-list", "decoy-date", "localized-date",
            "local-time-zone", "related-list", "share-bar", "kicker"}
    if encoding != "utf-8":
        tags.add("legacy-encoding")
    if a.get("legacy"):
        tags.add("table-layout")
    if a.get("ld"):
        tags.add("json-ld")
    if a.get("lead"):
        tags.add("standfirst")
    if a.get("label"):
        tags.add("kicker")
    if a.get("upd"):
        tags.add("updated-date")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    kinds = {b.kind for b in blocks}
    if "heading" in kinds:
        tags.add("subheadings")
    if "list_item" in kinds:
        tags.add("list-in-body")
    if "caption" in kinds:
        tags.add("photo-caption")
    body_kinds = [it[0] for it in a["body"]]
    if "also" in body_kinds:
        tags.add("inline-related")
    ps = [i for i, k in enumerate(body_kinds) if k == "p"]
    if ps and any(k in ("also", "ad") for k in body_kinds[ps[0]:ps[-1]]):
        tags.add("teasers-in-article")
    if a.get("dateline"):
        tags.add("dateline")
    if a.get("title_diff"):
        tags.add("title-differs-from-headline")
    n = sum(len(_tokens(b.text)) for b in blocks if not b.optional)
    if n < 120:
        tags.add("short-article")
    if n > 2000:
        tags.add("long-article")
    return sorted(tags)


def notes_of(a):
    out = [a.get("notes", "")]
    if a["legacy"]:
        out.append("Archive page of the old CMS: the section name is the page's only <h1>, the story title an <h2>; no <article>.")
    out.append("The visible date uses Greek month names; the site's zone is Greek time (Europe/Athens).")
    if a.get("label"):
        out.append(f"'{a['label'].strip()}' glued to the headline in the <h1> is a media label (kicker), not part of the headline.")
    if a.get("ld_headline"):
        out.append("The JSON-LD headline is a shorter rewrite; the visible <h1> is gold.")
    if a.get("ld") == "edition":
        out.append(f"JSON-LD datePublished is the print edition's date ({a['edition'].isoformat()}); the visible date is gold.")
    if a.get("ld_org"):
        out.append("JSON-LD author is the paper itself; the byline names the reporter.")
    if a.get("meta_author") and a["meta_author"] not in a["authors"]:
        out.append("meta author is the paper's name, not the byline.")
    return " ".join(x for x in out if x)


# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph.
# New people and organisations join the entity list (text kept inside ISO-8859-7 for the legacy pages).
MORE = {
    "thessalikos-palmos-01": ([
        ("h", "Η αγορά της Νίκαιας νιώθει ήδη τις συνέπειες"),
        ("p", "Οι επαγγελματίες της Νίκαιας παρακολουθούν με ανησυχία την εξέλιξη. Στα καταστήματα αγροτικών εφοδίων η κίνηση έχει μειωθεί αισθητά από τον Σεπτέμβριο, καθώς πολλοί παραγωγοί αγοράζουν μόνο τα απολύτως απαραίτητα και ζητούν πίστωση μέχρι την πληρωμή των ενισχύσεων. «Έχω πελάτες που χρωστούν από πέρσι. Δεν τους πιέζω, γιατί ξέρω ότι δεν έχουν», είπε ο Κώστας Μπουλμπάσης, ιδιοκτήτης καταστήματος λιπασμάτων στην κεντρική πλατεία."),
        ("p", "Σύμφωνα με πρόχειρη καταγραφή του Εμπορικού Συλλόγου, ο τζίρος των καταστημάτων της πόλης το τελευταίο τρίμηνο είναι μειωμένος κατά 15 έως 20 τοις εκατό σε σχέση με την ίδια περίοδο του προηγούμενου έτους. Τα συνεργεία αγροτικών μηχανημάτων αναφέρουν ότι πολλοί αγρότες αναβάλλουν ακόμη και απαραίτητες επισκευές."),
        ("p", "Ο γεωπόνος Δημήτρης Καραλιώτας, που συνεργάζεται με τον Αγροτικό Συνεταιρισμό Νίκαιας, εκτιμά ότι χωρίς παρέμβαση στο κόστος αρκετές εκμεταλλεύσεις θα περιορίσουν τις εκτάσεις που θα σπείρουν την άνοιξη. «Ήδη ακούμε για χωράφια που θα μείνουν ακαλλιέργητα ή θα νοικιαστούν σε μεγαλύτερους παραγωγούς. Αυτό αλλάζει σιγά σιγά τον χαρακτήρα του κάμπου», σημείωσε."),
        ("p", "Την Παρασκευή αναμένεται στη Λάρισα κλιμάκιο της περιφέρειας, το οποίο θα συναντηθεί με εκπροσώπους των μπλόκων. Οι αγρότες δηλώνουν ότι θα προσέλθουν στη συνάντηση, αλλά ξεκαθαρίζουν ότι τα τρακτέρ δεν θα φύγουν από τον κόμβο πριν υπάρξουν γραπτές δεσμεύσεις για το πετρέλαιο και το ρεύμα."),
        ("p", "Παράλληλα, ο Αγροτικός Συνεταιρισμός Νίκαιας ετοιμάζει υπόμνημα με αναλυτικά στοιχεία κόστους από 60 εκμεταλλεύσεις της περιοχής, το οποίο θα καταθέσει στη συνάντηση. «Θέλουμε να μιλήσουμε με αριθμούς και όχι με συνθήματα», είπε ο Καραλιώτας, προσθέτοντας ότι το υπόμνημα θα σταλεί και στους βουλευτές του νομού."),
    ], [("Κώστας Μπουλμπάσης", "PER"), ("Εμπορικού Συλλόγου", "ORG"), ("Δημήτρης Καραλιώτας", "PER"),
        ("Αγροτικό Συνεταιρισμό Νίκαιας", "ORG"), ("Λάρισα", "LOC"),
        ("Αγροτικός Συνεταιρισμός Νίκαιας", "ORG"), ("Καραλιώτας", "PER")]),
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
    enc = a.get("encoding", "iso8859_7" if a["legacy"] else "utf-8")
    _, blocks = render_body(a, enc)
    a["_words"] = sum(len(_tokens(b.text)) for b in blocks if not b.optional)
    html, blocks = page(a, enc)
    art = Article(id=a["id"], site=SITE, url=a["url"], language="el", headline=a["headline"],
                  published=a["pub"].isoformat(), modified=a["upd"].isoformat() if a.get("upd") else None,
                  authors=a["authors"], summary=a.get("lead", ""), blocks=blocks, entities=a["entities"],
                  phenomena=phenomena_of(a, blocks, enc), notes=notes_of(a), variant_of=a.get("variant_of"))
    return art, html, enc


ARTICLES = []

# 01 ----------------------------------------------------------------- legacy, ISO-8859-7: farmers' tractors at Nikaia
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, aid=118204, legacy=True, sec=("Αγροτικά", "agrotika"), meta_author=None,
    url=f"{HOST}/agrotika/118204/trakter-sto-kombo-tis-nikaias",
    headline="Με τα τρακτέρ στον κόμβο της Νίκαιας οι αγρότες του θεσσαλικού κάμπου",
    desc="Περίπου 400 τρακτέρ παρατάχθηκαν από το πρωί στον κόμβο της Νίκαιας. Οι αγρότες ζητούν μείωση του κόστους παραγωγής.",
    authors=["Γιώργος Παπαθανασίου"], pub=d(2015, 11, 24, 13, 45), crawl=d(2015, 11, 24, 19, 10),
    img="2015/11/traktér-nikaia".replace("é", "e"), tags=["αγρότες", "Νίκαια", "κινητοποιήσεις", "κόστος παραγωγής"],
    body=[
        ("p", "Με περίπου 400 τρακτέρ παρατάχθηκαν από τις πρώτες πρωινές ώρες της Τρίτης στον κόμβο της Νίκαιας οι αγρότες του θεσσαλικού κάμπου, ξεκινώντας μια κινητοποίηση που, όπως δηλώνουν, θα διαρκέσει «όσο χρειαστεί». Τα τρακτέρ στάθμευσαν στις παρυφές της εθνικής οδού, χωρίς προς το παρόν να κλείσουν την κυκλοφορία."),
        ("p", "Στο μπλόκο βρέθηκαν παραγωγοί από χωριά της Λάρισας, των Φαρσάλων και του Τυρνάβου, αλλά και αντιπροσωπείες από την Καρδίτσα και τα Τρίκαλα. Οι περισσότεροι καλλιεργούν βαμβάκι, σιτάρι και καλαμπόκι, και λένε ότι η φετινή χρονιά ήταν από τις χειρότερες των τελευταίων ετών."),
        ("p", "«Το πετρέλαιο, τα λιπάσματα, το ρεύμα για τις γεωτρήσεις, όλα ανεβαίνουν. Η τιμή του προϊόντος μένει ίδια ή πέφτει. Με αυτά τα νούμερα δεν βγαίνει κανείς», είπε ο Θανάσης Ζιώγας, βαμβακοπαραγωγός από τη Ραψάνη και μέλος της συντονιστικής επιτροπής των μπλόκων."),
        ("ad",),
        ("p", "Σύμφωνα με τους υπολογισμούς της επιτροπής, το κόστος καλλιέργειας ενός στρέμματος βαμβακιού ξεπερνά φέτος τα 150 ευρώ, ενώ η τιμή παραγωγού κινήθηκε γύρω στα 0,38 ευρώ το κιλό. Με μέση απόδοση 350 κιλών το στρέμμα, πολλοί παραγωγοί λένε ότι κλείνουν τη χρονιά με ζημιά."),
        ("p", "Οι αγρότες ζητούν επιστροφή του ειδικού φόρου κατανάλωσης στο αγροτικό πετρέλαιο από την πρώτη μέρα της αγοράς του, μειωμένο τιμολόγιο ρεύματος για τα αντλιοστάσια και ταχύτερη καταβολή των αποζημιώσεων για τις ζημιές από το χαλάζι του περασμένου Ιουνίου."),
        ("p", "Σύμφωνα με τα στοιχεία των συνεταιρισμών, το κόστος του αγροτικού πετρελαίου αντιστοιχεί πλέον σχεδόν στο ένα τέταρτο των συνολικών εξόδων μιας καλλιέργειας βαμβακιού. Για έναν μέσο παραγωγό με 150 στρέμματα, η επιστροφή του φόρου με καθυστέρηση ενός έτους σημαίνει ότι πρέπει να δανειστεί για να βγάλει τη χρονιά."),
        ("p", "Πολλοί από τους συγκεντρωμένους είναι νέοι αγρότες που εντάχθηκαν τα τελευταία χρόνια σε προγράμματα εγκατάστασης. «Πήρα τη γη του πατέρα μου, έκανα επενδύσεις, αγόρασα καινούργιο τρακτέρ με δάνειο. Τώρα δεν ξέρω αν θα μπορέσω να πληρώσω τις δόσεις», είπε ο 29χρονος Λευτέρης Ντάφλος από το Κιλελέρ."),
        ("p", "Η σύγκριση με άλλες χώρες της Ευρώπης προκαλεί επίσης αγανάκτηση στους παραγωγούς. Όπως λένε, συνάδελφοί τους σε γειτονικές χώρες πληρώνουν φθηνότερα το πετρέλαιο και το ρεύμα, ενώ παίρνουν τις ενισχύσεις νωρίτερα μέσα στη χρονιά, με αποτέλεσμα να μπορούν να πουλούν το προϊόν τους σε χαμηλότερες τιμές."),
        ("p", "Ορισμένοι αγρότες έφεραν στο μπλόκο τους λογαριασμούς τους και τους κρέμασαν στα τρακτέρ, για να δείξουν στους περαστικούς οδηγούς το κόστος μιας χρονιάς. «Να δει ο κόσμος ότι δεν κλαίμε χωρίς λόγο», είπε ένας από αυτούς."),
        ("p", "Στο μεταξύ, η Ομοσπονδία Αγροτικών Συλλόγων του νομού κάλεσε όλους τους αγρότες της περιοχής να συμμετάσχουν σε γενική συνέλευση την Κυριακή στη Νίκαια, όπου θα συζητηθεί η συνέχιση των κινητοποιήσεων και ένα κοινό πλαίσιο αιτημάτων για όλα τα μπλόκα της Θεσσαλίας."),
        ("p", "Μέχρι το απόγευμα, στο μπλόκο είχαν φτάσει και οικογένειες των αγροτών, που έφεραν φαγητό και ζεστό τσάι, καθώς οι παραγωγοί σκοπεύουν να περάσουν εκεί και τη νύχτα. Σκηνές και μικρές θερμάστρες στήθηκαν δίπλα στα τρακτέρ, ενώ οργανώθηκαν βάρδιες ώστε να υπάρχει πάντα παρουσία στον κόμβο."),
        ("also", "Αποζημιώσεις για το χαλάζι: πότε αναμένονται οι πληρωμές"),
        ("p", "«Δεν ήρθαμε εδώ για να ταλαιπωρήσουμε τον κόσμο», τόνισε η Ελένη Μπακάλη, αγρότισσα από τον Αμπελώνα. «Ήρθαμε γιατί κανείς δεν μας ακούει όταν μιλάμε ήρεμα. Τα παιδιά μας φεύγουν από τα χωριά, γιατί δεν βλέπουν μέλλον στη γη.»"),
        ("p", "Οι αστυνομικές αρχές έλαβαν μέτρα για τη ρύθμιση της κυκλοφορίας στην περιοχή, ενώ η Τροχαία Λάρισας συστήνει στους οδηγούς να ενημερώνονται πριν από το ταξίδι τους για πιθανές παρεμβάσεις στον αυτοκινητόδρομο."),
        ("p", "Οι εκπρόσωποι των μπλόκων θα συνεδριάσουν την Πέμπτη για να αποφασίσουν τα επόμενα βήματα. Σε περίπτωση που δεν υπάρξει απάντηση στα αιτήματά τους, δεν αποκλείουν το κλείσιμο της εθνικής οδού για λίγες ώρες κάθε μέρα, όπως έγινε σε προηγούμενες κινητοποιήσεις."),
        ("p", "Το μπλόκο της Νίκαιας έχει μακρά ιστορία. Από τη δεκαετία του 1990, ο κόμβος έχει γίνει το σύμβολο των αγροτικών κινητοποιήσεων της Θεσσαλίας, καθώς βρίσκεται στον κεντρικό οδικό άξονα της χώρας και τα τρακτέρ μπορούν να συγκεντρωθούν εύκολα από τα γύρω χωριά."),
        ("p", "Στο μεταξύ, συμπαράσταση στους αγρότες εξέφρασαν ο Εμπορικός Σύλλογος της πόλης και αρκετοί συνεταιρισμοί της περιοχής, σημειώνοντας ότι η κρίση στον κάμπο επηρεάζει άμεσα και την τοπική αγορά."),
    ],
    entities=[("Νίκαιας", "LOC"), ("Λάρισας", "LOC"), ("Φαρσάλων", "LOC"), ("Τυρνάβου", "LOC"), ("Καρδίτσα", "LOC"),
              ("Τρίκαλα", "LOC"), ("Θανάσης Ζιώγας", "PER"), ("Ραψάνη", "LOC"), ("Ελένη Μπακάλη", "PER"), ("Αμπελώνα", "LOC"),
              ("Τροχαία Λάρισας", "ORG"), ("Εμπορικός Σύλλογος", "ORG"), ("Λευτέρης Ντάφλος", "PER"), ("Κιλελέρ", "LOC"), ("Ευρώπης", "LOC"), ("Ομοσπονδία Αγροτικών Συλλόγων", "ORG"), ("Νίκαια", "LOC"),
              ("Νίκαιας", "LOC"), ("Θεσσαλίας", "LOC"), ("θεσσαλικού", "MISC")],
    notes="Inflected place names are annotated as written (Νίκαιας, Λάρισας, Φαρσάλων, Τυρνάβου).",
))

# 02 ----------------------------------------------------------------- legacy: Volos cruise terminal; meta author = paper
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, aid=124577, legacy=True, sec=("Θεσσαλία", "thessalia"), meta_author="Μαρία Λαζαρίδου",
    url=f"{HOST}/thessalia/124577/neos-stathmos-kroualierop-sto-limani-tou-volou",
    headline="Νέος σταθμός κρουαζιέρας στο λιμάνι του Βόλου ως το 2018",
    lead="Ο σταθμός θα εξυπηρετεί έως 3.000 επιβάτες την ημέρα. Οι επαγγελματίες της πόλης ελπίζουν σε περισσότερα πλοία.",
    desc="Ο νέος σταθμός κρουαζιέρας στο λιμάνι του Βόλου θα εξυπηρετεί έως 3.000 επιβάτες την ημέρα.",
    authors=["Μαρία Λαζαρίδου"], pub=d(2016, 5, 17, 11, 20), crawl=d(2016, 5, 17, 16, 0),
    img="2016/05/limani-volou", tags=["Βόλος", "λιμάνι", "κρουαζιέρα", "τουρισμός"],
    body=[
        ("p", "Σε νέο σταθμό επιβατών κρουαζιέρας θα μετατραπεί η παλιά αποθήκη του λιμανιού του Βόλου, σύμφωνα με το σχέδιο που παρουσίασε χθες το απόγευμα ο Οργανισμός Λιμένος στο δημοτικό συμβούλιο. Το έργο, προϋπολογισμού 6,2 εκατομμυρίων ευρώ, αναμένεται να ολοκληρωθεί μέχρι την άνοιξη του 2018."),
        ("p", "Ο σταθμός θα διαθέτει αίθουσα αναμονής, χώρους ελέγχου αποσκευών, γραφεία για τα ταξιδιωτικά πρακτορεία και μικρό εκθεσιακό χώρο για προϊόντα της Μαγνησίας. Η δυναμικότητά του θα φτάνει τους 3.000 επιβάτες την ημέρα, ώστε να μπορεί να εξυπηρετεί ταυτόχρονα δύο μεσαία κρουαζιερόπλοια."),
        ("img", "2016/05/apothiki-limaniou", "Η παλιά αποθήκη του λιμανιού που θα γίνει σταθμός επιβατών.", "Φωτ.: Θ.Π."),
        ("p", "«Ο Βόλος έχει όλα όσα ζητά ο επισκέπτης της κρουαζιέρας: το Πήλιο σε απόσταση μισής ώρας, τα τσιπουράδικα στην παραλία, μουσεία και μια πόλη που περπατιέται. Αυτό που μας έλειπε ήταν ένας αξιοπρεπής χώρος υποδοχής», δήλωσε ο πρόεδρος του Οργανισμού, Στέλιος Καραμπέτσος."),
        ("ad",),
        ("p", "Πέρσι το λιμάνι δέχθηκε 31 αφίξεις κρουαζιερόπλοιων με περίπου 24.000 επιβάτες. Στόχος της διοίκησης είναι ο αριθμός αυτός να διπλασιαστεί μέσα σε πέντε χρόνια, με την προσέλκυση εταιρειών που πραγματοποιούν κρουαζιέρες στο Αιγαίο και την Αδριατική."),
        ("p", "Η διοίκηση του Οργανισμού έχει ήδη ξεκινήσει επαφές με εταιρείες κρουαζιέρας, παρουσιάζοντας τον Βόλο ως ορμητήριο για εκδρομές στο Πήλιο, στα Μετέωρα και στις Σποράδες. Σύμφωνα με τον σχεδιασμό, θα οργανωθούν ειδικά πακέτα με λεωφορεία που θα αναχωρούν απευθείας από τον νέο σταθμό."),
        ("p", "Οι επαγγελματίες της πόλης υποδέχθηκαν θετικά την ανακοίνωση. Ο Νίκος Δεληγιάννης, ιδιοκτήτης καταστήματος με τοπικά προϊόντα στην παραλία, σημείωσε ότι οι επιβάτες των κρουαζιερόπλοιων ξοδεύουν κυρίως σε φαγητό, μέλι, ελαιόλαδο και χειροποίητα είδη. «Μια καλή μέρα με πλοίο στο λιμάνι είναι σαν μια μέρα του Αυγούστου», είπε."),
        ("p", "Επιφυλάξεις εξέφρασαν ωστόσο κάτοικοι της περιοχής του λιμανιού, που ζητούν να ληφθούν μέτρα για την κυκλοφορία των τουριστικών λεωφορείων. Σύμφωνα με τη μελέτη, τα λεωφορεία θα σταθμεύουν σε ειδικό χώρο εντός της λιμενικής ζώνης και δεν θα εισέρχονται στο κέντρο της πόλης."),
        ("p", "Ο Εμπορικός Σύλλογος Βόλου ζήτησε από τον δήμο να οργανώσει σήμανση στα αγγλικά και στα γερμανικά στους βασικούς πεζόδρομους της πόλης, καθώς και να επεκτείνει το ωράριο των μουσείων τις ημέρες που καταπλέουν κρουαζιερόπλοια. «Ο επισκέπτης έχει λίγες ώρες. Πρέπει να του δείξουμε την πόλη χωρίς να χάνει χρόνο», ανέφερε ο πρόεδρος του συλλόγου, Ανδρέας Μπουλούκος."),
        ("p", "Το έργο περιλαμβάνει επίσης την ανάπλαση του χώρου μπροστά από την αποθήκη, με φύτευση, καθιστικά και ποδηλατόδρομο που θα συνδέεται με την παραλιακή οδό. Οι κάτοικοι θα μπορούν να χρησιμοποιούν τον χώρο όλο τον χρόνο, και όχι μόνο τις ημέρες των αφίξεων."),
        ("p", "Η δημοπράτηση του έργου αναμένεται μέσα στο καλοκαίρι. Μέχρι την ολοκλήρωσή του, οι επιβάτες θα συνεχίσουν να εξυπηρετούνται σε προσωρινές εγκαταστάσεις στην ανατολική προβλήτα."),
    ],
    entities=[("Βόλου", "LOC"), ("Οργανισμός Λιμένος", "ORG"), ("Οργανισμού", "ORG"), ("Μαγνησίας", "LOC"), ("Βόλος", "LOC"),
              ("Πήλιο", "LOC"), ("Στέλιος Καραμπέτσος", "PER"), ("Αιγαίο", "LOC"), ("Αδριατική", "LOC"),
              ("Νίκος Δεληγιάννης", "PER"), ("Μετέωρα", "LOC"), ("Σποράδες", "LOC"), ("Εμπορικός Σύλλογος Βόλου", "ORG"),
              ("Ανδρέας Μπουλούκος", "PER"), ("Βόλο", "LOC"), ("αγγλικά", "MISC"), ("γερμανικά", "MISC")],
    notes="The photo credit 'Φωτ.: Θ.Π.' is not part of the caption.",
))

# 03 ----------------------------------------------------------------- legacy: Trikala smart parking (variant 13 = UTF-8)
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, aid=131065, legacy=True, sec=("Θεσσαλία", "thessalia"), meta_author=None,
    url=f"{HOST}/thessalia/131065/exypni-stathmeusi-sta-trikala",
    headline="Έξυπνη στάθμευση στα Τρίκαλα: αισθητήρες σε 600 θέσεις του κέντρου",
    desc="Αισθητήρες σε 600 θέσεις στάθμευσης στο κέντρο των Τρικάλων δείχνουν στους οδηγούς πού υπάρχει ελεύθερη θέση.",
    authors=["Δημήτρης Τσιρίγος"], pub=d(2017, 3, 14, 10, 32), crawl=d(2017, 3, 14, 15, 45),
    img="2017/03/trikala-stathmeusi", tags=["Τρίκαλα", "στάθμευση", "τεχνολογία", "δήμος"],
    body=[
        ("p", "Σε λειτουργία τέθηκε από τη Δευτέρα το σύστημα έξυπνης στάθμευσης στο κέντρο των Τρικάλων, με αισθητήρες τοποθετημένους στο οδόστρωμα 600 θέσεων γύρω από την κεντρική πλατεία και κατά μήκος του Ληθαίου. Οι οδηγοί μπορούν να βλέπουν σε πραγματικό χρόνο, μέσα από εφαρμογή στο κινητό και από πινακίδες στις εισόδους της πόλης, πού υπάρχουν ελεύθερες θέσεις."),
        ("p", "Οι αισθητήρες, μεγέθους λίγο μεγαλύτερου από ένα κέρμα, ανιχνεύουν αν πάνω τους έχει σταθμεύσει όχημα και στέλνουν την πληροφορία σε κεντρικό σύστημα. Η ίδια εφαρμογή επιτρέπει την πληρωμή του τέλους στάθμευσης και ειδοποιεί τον οδηγό λίγα λεπτά πριν λήξει ο χρόνος του."),
        ("p", "«Ένας οδηγός στο κέντρο ψάχνει κατά μέσο όρο δώδεκα λεπτά για θέση. Αν τα κόψουμε στο μισό, κερδίζουμε λιγότερη κίνηση, λιγότερους ρύπους και λιγότερα νεύρα», εξήγησε ο αντιδήμαρχος Τεχνικών Υπηρεσιών, Βασίλης Ρούσσος, κατά την παρουσίαση του συστήματος."),
        ("ad",),
        ("p", "Το έργο κόστισε 420.000 ευρώ και χρηματοδοτήθηκε κατά το μεγαλύτερο μέρος από ευρωπαϊκό πρόγραμμα για τις βιώσιμες αστικές μετακινήσεις. Τον πρώτο μήνα η χρήση της εφαρμογής θα είναι προαιρετική και οι οδηγοί θα μπορούν να πληρώνουν και με τα παραδοσιακά εισιτήρια από τα περίπτερα."),
        ("p", "Τα στοιχεία που θα συλλέγει το σύστημα, όπως οι ώρες αιχμής και η μέση διάρκεια στάθμευσης σε κάθε δρόμο, θα χρησιμοποιηθούν για τον σχεδιασμό των κυκλοφοριακών ρυθμίσεων της πόλης. Ο δήμος διευκρίνισε ότι οι αισθητήρες δεν καταγράφουν πινακίδες ή άλλα προσωπικά δεδομένα των οδηγών."),
        ("p", "Οι πρώτες αντιδράσεις των οδηγών ήταν ανάμεικτες. «Σήμερα βρήκα θέση με την πρώτη, αλλά δεν ξέρω αν θα δουλεύει το ίδιο καλά το Σάββατο», είπε η Κατερίνα Γιαννάκου, που εργάζεται σε κατάστημα της οδού Ασκληπιού. Άλλοι ηλικιωμένοι οδηγοί παραπονέθηκαν ότι δεν χρησιμοποιούν έξυπνο κινητό."),
        ("p", "Ικανοποιημένοι εμφανίζονται πάντως οι καταστηματάρχες του κέντρου, που εδώ και χρόνια παραπονιούνται ότι οι πελάτες αποφεύγουν την αγορά λόγω της δυσκολίας στάθμευσης. «Αν ο πελάτης ξέρει ότι θα βρει θέση, θα έρθει. Αυτό είναι το μισό πρόβλημα της αγοράς», σημείωσε ο Γιάννης Μπέκας, μέλος του Εμπορικού Συλλόγου Τρικάλων."),
        ("p", "Ο δήμος θα εγκαταστήσει τις επόμενες εβδομάδες τέσσερα σημεία εξυπηρέτησης, όπου θα μπορεί κανείς να πληρώνει με κάρτα ή μετρητά, και θα λειτουργήσει τηλεφωνική γραμμή για απορίες. Παράλληλα, οι δημοτικοί αστυνομικοί θα μπορούν μέσω του συστήματος να ελέγχουν ποιες θέσεις έχουν υπερβεί τον επιτρεπόμενο χρόνο."),
        ("p", "Αν τα αποτελέσματα των πρώτων μηνών είναι θετικά, το σύστημα θα επεκταθεί σε άλλες 400 θέσεις στις γειτονιές γύρω από το κέντρο μέχρι το τέλος της χρονιάς, ανέφερε ο αντιδήμαρχος."),
    ],
    entities=[("Τρίκαλα", "LOC"), ("Τρικάλων", "LOC"), ("Ληθαίου", "LOC"), ("Βασίλης Ρούσσος", "PER"),
              ("Κατερίνα Γιαννάκου", "PER"), ("Ασκληπιού", "LOC"), ("Γιάννης Μπέκας", "PER"), ("Εμπορικού Συλλόγου Τρικάλων", "ORG"),
              ("ευρωπαϊκό", "MISC")],
    notes="Adjudicated with the second annotation (December 2026): the section name above the headline is a kicker, the 'Τελευταία νέα' sidebar a related-list and the header's follow links a share-bar (GUIDELINES 3, 10); 'ευρωπαϊκό' is a MISC adjective (GUIDELINES 9.4).",
))

# 04 ----------------------------------------------------------------- legacy: Lake Plastiras season; meta author = paper
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, aid=139920, legacy=True, sec=("Θεσσαλία", "thessalia"), meta_author="Αθηνά Μπάλλα",
    url=f"{HOST}/thessalia/139920/limni-plastira-sezon",
    headline="Λίμνη Πλαστήρα: γεμάτα τα καταλύματα, χαμηλή η στάθμη του νερού",
    desc="Οι επαγγελματίες της Λίμνης Πλαστήρα περιμένουν καλή σεζόν, αλλά η στάθμη του νερού ανησυχεί.",
    authors=["Αθηνά Μπάλλα"], pub=d(2018, 6, 5, 9, 55), crawl=d(2018, 6, 5, 14, 20),
    img="2018/06/limni-plastira", tags=["Λίμνη Πλαστήρα", "Καρδίτσα", "τουρισμός", "νερό"],
    body=[
        ("p", "Με σχεδόν πλήρη πληρότητα για τα Σαββατοκύριακα του Ιουνίου ξεκινά η τουριστική περίοδος στη Λίμνη Πλαστήρα, όμως οι επαγγελματίες της περιοχής παρακολουθούν με ανησυχία τη στάθμη του νερού, που βρίσκεται φέτος σχεδόν δύο μέτρα χαμηλότερα από πέρσι την ίδια εποχή."),
        ("p", "Η λίμνη, τεχνητός ταμιευτήρας που δημιουργήθηκε τη δεκαετία του 1960 για την άρδευση του κάμπου της Καρδίτσας και την ύδρευση της πόλης, είναι πλέον ένας από τους πιο δημοφιλείς ορεινούς προορισμούς της χώρας. Περισσότερα από 120 καταλύματα λειτουργούν στα χωριά γύρω της."),
        ("p", "Τα τελευταία χρόνια η περιοχή έχει επενδύσει σε ήπιες μορφές τουρισμού. Οι κοινότητες γύρω από τη λίμνη συντήρησαν παλιά μονοπάτια, ενώ αρκετοί νέοι επέστρεψαν από την Αθήνα και άνοιξαν ξενώνες, ταβέρνες με τοπικά προϊόντα και επιχειρήσεις δραστηριοτήτων στη φύση."),
        ("p", "«Ο κόσμος έρχεται για το τοπίο, για τα έλατα που καθρεφτίζονται στο νερό. Όταν το νερό υποχωρεί και φαίνονται οι γυμνές όχθες, η εικόνα δεν είναι η ίδια», λέει ο Χρήστος Τσιούκας, ιδιοκτήτης ξενώνα στο Νεοχώρι."),
        ("ad",),
        ("p", "Σύμφωνα με τον σύνδεσμο ξενοδόχων της περιοχής, οι κρατήσεις για τον Ιούλιο και τον Αύγουστο κινούνται σε επίπεδα αντίστοιχα με τις καλές χρονιές. Μεγάλη ζήτηση υπάρχει και από επισκέπτες που έρχονται για πεζοπορία, ποδηλασία και κανό, δραστηριότητες που αναπτύχθηκαν ιδιαίτερα τα τελευταία χρόνια."),
        ("also", "Νέο μονοπάτι πεζοπορίας γύρω από τη λίμνη"),
        ("p", "Η χαμηλή στάθμη οφείλεται κυρίως στις λίγες βροχές και χιονοπτώσεις του χειμώνα, αλλά και στις αυξημένες απολήψεις νερού για την άρδευση. Κάτοικοι και επαγγελματίες ζητούν να καθοριστεί ένα ελάχιστο όριο στάθμης, κάτω από το οποίο δεν θα επιτρέπονται απολήψεις, ώστε να προστατεύονται το οικοσύστημα και ο τουρισμός."),
        ("p", "Οι αγρότες του κάμπου, από την πλευρά τους, υπενθυμίζουν ότι η λίμνη φτιάχτηκε πρωτίστως για το πότισμα των καλλιεργειών και ότι χωρίς το νερό της πολλές εκτάσεις θα έμεναν ακαλλιέργητες. «Κανείς δεν θέλει να ξεραθεί η λίμνη. Αλλά και κανείς δεν μπορεί να μας ζητήσει να μην ποτίσουμε τον Ιούλιο», λέει ο Φώτης Κουτσιούμπας, αγρότης από την Παλαμά."),
        ("p", "Ο πρόεδρος του τοπικού συνδέσμου φίλων της λίμνης, Απόστολος Κωτούλας, τονίζει ότι η λίμνη είναι ταυτόχρονα πηγή νερού για χιλιάδες αγρότες και πηγή εισοδήματος για τα ορεινά χωριά. «Δεν είναι ή το ένα ή το άλλο. Χρειάζεται σχέδιο που να προστατεύει και τα δύο», σημειώνει."),
        ("p", "Οι αρμόδιες υπηρεσίες αναμένεται να συνεδριάσουν μέσα στον μήνα για τη διαχείριση των αποθεμάτων κατά τη θερινή περίοδο, ενώ οι επαγγελματίες ετοιμάζουν εκδηλώσεις για τον Ιούλιο, με συναυλίες στις όχθες της λίμνης και αγώνες κωπηλασίας."),
    ],
    entities=[("Λίμνη Πλαστήρα", "LOC"), ("Καρδίτσας", "LOC"), ("Χρήστος Τσιούκας", "PER"),
              ("Νεοχώρι", "LOC"), ("Απόστολος Κωτούλας", "PER"), ("Αθήνα", "LOC"), ("Φώτης Κουτσιούμπας", "PER"), ("Παλαμά", "LOC")],
    notes="",
))

# 05 ----------------------------------------------------------------- legacy: cotton harvest prices, list
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, aid=144518, legacy=True, sec=("Αγροτικά", "agrotika"), meta_author=None,
    url=f"{HOST}/agrotika/144518/sygkomidi-vamvakiou-times",
    headline="Συγκομιδή βαμβακιού: καλές αποδόσεις, αβέβαιες τιμές για τους παραγωγούς",
    lead="Στα 380 κιλά το στρέμμα η μέση απόδοση στον κάμπο. Οι εκκοκκιστές κρατούν χαμηλά τις προκαταβολές.",
    desc="Καλές οι αποδόσεις στο βαμβάκι του θεσσαλικού κάμπου, αβέβαιες όμως οι τιμές για τους παραγωγούς.",
    authors=["Γιώργος Παπαθανασίου"], pub=d(2018, 10, 9, 8, 40), crawl=d(2018, 10, 9, 12, 30),
    img="2018/10/vamvaki-sygkomidi", tags=["βαμβάκι", "τιμές", "αγρότες", "εκκοκκιστήρια"],
    body=[
        ("p", "Σε πλήρη εξέλιξη βρίσκεται η συγκομιδή του βαμβακιού στον θεσσαλικό κάμπο, με τις αποδόσεις να κινούνται φέτος σε ικανοποιητικά επίπεδα. Σύμφωνα με στοιχεία των αγροτικών συνεταιρισμών, η μέση απόδοση στην περιοχή της Λάρισας φτάνει τα 380 κιλά το στρέμμα, ενώ σε ποτιστικά χωράφια με καλή διαχείριση ξεπερνά τα 450."),
        ("p", "Η καλή παραγωγή, ωστόσο, δεν φέρνει αναγκαστικά και καλό εισόδημα. Τα εκκοκκιστήρια δίνουν για την ώρα προκαταβολές γύρω στα 0,30 ευρώ το κιλό, με την τελική τιμή να εξαρτάται από τη διεθνή αγορά τους επόμενους μήνες."),
        ("p", "Η φετινή χρονιά ξεκίνησε με δυσκολίες. Οι βροχές του Μαΐου καθυστέρησαν τη σπορά σε αρκετές περιοχές, ενώ το καλοκαίρι εμφανίστηκαν προσβολές από πράσινο σκουλήκι, που ανάγκασαν πολλούς παραγωγούς σε επιπλέον ψεκασμούς. Ο ζεστός και ξηρός Σεπτέμβριος όμως βοήθησε το άνοιγμα των καρυδιών και τη συγκομιδή."),
        ("p", "«Κάθε χρόνο τα ίδια. Παραδίδουμε το προϊόν, παίρνουμε μια προκαταβολή και περιμένουμε να δούμε τι θα γίνει στο χρηματιστήριο της Νέας Υόρκης», λέει ο Βαγγέλης Καλαμπάκας, παραγωγός από τον Πλατύκαμπο. «Κανείς άλλος επαγγελματίας δεν δουλεύει έτσι.»"),
        ("ad",),
        ("p", "Οι παραγωγοί με τους οποίους μίλησε η εφημερίδα επισημαίνουν τα εξής βασικά προβλήματα:"),
        ("ul", ["το υψηλό κόστος των λιπασμάτων και των φυτοφαρμάκων, που αυξήθηκε πάνω από 15% σε δύο χρόνια",
                "την καθυστέρηση στην πληρωμή της συνδεδεμένης ενίσχυσης",
                "τις ελλείψεις εργατών την περίοδο του ψεκασμού και της συγκομιδής",
                "την έλλειψη συμβολαιακής γεωργίας με εγγυημένες τιμές"]),
        ("p", "Ο διευθυντής εκκοκκιστηρίου στην περιοχή της Νίκαιας, Θεόδωρος Ζαχαρόπουλος, εξηγεί ότι και οι ίδιοι οι εκκοκκιστές λειτουργούν με αβεβαιότητα. «Πουλάμε το ίνα σε κλωστοϋφαντουργίες του εξωτερικού. Αν η τιμή πέσει τον Ιανουάριο, θα πέσει για όλους», σημειώνει."),
        ("p", "Παρά τις δυσκολίες, το βαμβάκι παραμένει η βασική καλλιέργεια για χιλιάδες οικογένειες της Θεσσαλίας. Η περιοχή παράγει περίπου το ένα τρίτο του ελληνικού βαμβακιού, που με τη σειρά του αντιπροσωπεύει το μεγαλύτερο μέρος της ευρωπαϊκής παραγωγής."),
        ("p", "Στα εκκοκκιστήρια της περιοχής η δουλειά δεν σταματά ούτε τη νύχτα. Εκατοντάδες φορτηγά και τρακτέρ με καρότσες περιμένουν στη σειρά για ζύγιση, ενώ οι εργαζόμενοι δουλεύουν σε τρεις βάρδιες. Η περίοδος της εκκόκκισης διαρκεί συνήθως μέχρι τα Χριστούγεννα και δίνει εποχική απασχόληση σε εκατοντάδες κατοίκους."),
        ("p", "Οι συνεταιρισμοί της Λάρισας ζητούν τη δημιουργία ενός ταμείου σταθεροποίησης των τιμών, στο οποίο θα συνεισφέρουν παραγωγοί και εκκοκκιστές στις καλές χρονιές, ώστε να στηρίζονται οι τιμές όταν η αγορά πέφτει. Η πρόταση αναμένεται να συζητηθεί σε ημερίδα που θα γίνει τον Νοέμβριο στη Λάρισα."),
    ],
    entities=[("Λάρισας", "LOC"), ("Νέας Υόρκης", "LOC"), ("Βαγγέλης Καλαμπάκας", "PER"), ("Πλατύκαμπο", "LOC"),
              ("Νίκαιας", "LOC"), ("Θεόδωρος Ζαχαρόπουλος", "PER"), ("Θεσσαλίας", "LOC"), ("ελληνικού", "MISC"),
              ("ευρωπαϊκής", "MISC"), ("Λάρισα", "LOC"), ("Χριστούγεννα", "MISC"), ("θεσσαλικό", "MISC")],
    notes="Nationality adjectives (ελληνικού, ευρωπαϊκής) are MISC, as inflected.",
))

# 06 ----------------------------------------------------------------- new CMS: Larissa pedestrian zone; JSON-LD + meta + <time>
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, aid=152301, legacy=False, sec=("Λάρισα", "larisa"), ld="published", meta_date=False, title_bare=True,
    url=f"{HOST}/larisa/152301/pezodromos-kai-podilatodromoi-sto-kentro",
    headline="Πεζόδρομος και ποδηλατόδρομοι αλλάζουν την εικόνα του κέντρου της Λάρισας",
    lead="Ξεκινούν τον Οκτώβριο τα έργα στην οδό Κύπρου. Διχασμένοι οι καταστηματάρχες.",
    desc="Τον Οκτώβριο ξεκινούν τα έργα πεζοδρόμησης στην οδό Κύπρου και η δημιουργία νέων ποδηλατοδρόμων στη Λάρισα.",
    authors=["Κώστας Ζαχαρόπουλος"], pub=d(2019, 9, 3, 12, 15), crawl=d(2019, 9, 3, 20, 5),
    img="2019/09/odos-kyprou", tags=["Λάρισα", "πεζόδρομος", "ποδηλατόδρομος", "δήμος"],
    body=[
        ("p", "Ένα από τα πιο φιλόδοξα έργα ανάπλασης των τελευταίων ετών στο κέντρο της Λάρισας ξεκινά τον Οκτώβριο, με την πεζοδρόμηση τμήματος της οδού Κύπρου και τη δημιουργία δικτύου ποδηλατοδρόμων συνολικού μήκους έξι χιλιομέτρων, που θα συνδέει το κέντρο με τις γειτονιές και τις όχθες του Πηνειού."),
        ("p", "Το έργο, προϋπολογισμού 4,8 εκατομμυρίων ευρώ, παρουσιάστηκε χθες στο δημοτικό συμβούλιο. Περιλαμβάνει νέα πλακόστρωση, φύτευση περίπου 200 δέντρων, φωτισμό χαμηλής κατανάλωσης και σημεία στάθμευσης ποδηλάτων. Η ολοκλήρωσή του προβλέπεται σε 18 μήνες."),
        ("p", "Σύμφωνα με τη μελέτη, κάθε μέρα περίπου 9.000 πεζοί περνούν από το τμήμα της οδού Κύπρου που θα πεζοδρομηθεί, ενώ τα αυτοκίνητα που το διασχίζουν είναι λιγότερα από 2.000, τα περισσότερα αναζητώντας θέση στάθμευσης. Η κυκλοφορία θα εκτραπεί σε παράλληλους δρόμους, όπου θα δημιουργηθούν και νέες θέσεις για τροφοδοσία."),
        ("p", "«Η Λάρισα είναι επίπεδη πόλη, φτιαγμένη για ποδήλατο. Δεν είναι τυχαίο ότι οι Λαρισαίοι ήταν πάντα ποδηλάτες. Αυτό που λείπει είναι η ασφαλής υποδομή», ανέφερε ο αρμόδιος αντιδήμαρχος, Παναγιώτης Ντόκος, κατά την παρουσίαση."),
        ("ad",),
        ("h", "Οι ανησυχίες της αγοράς"),
        ("p", "Οι καταστηματάρχες της περιοχής εμφανίζονται διχασμένοι. Ορισμένοι πιστεύουν ότι ο πεζόδρομος θα φέρει περισσότερους περαστικούς και θα αναβαθμίσει την περιοχή, όπως συνέβη σε άλλους δρόμους του κέντρου. Άλλοι ανησυχούν για τη διάρκεια των εργασιών και για την πρόσβαση των πελατών που έρχονται με αυτοκίνητο."),
        ("p", "«Δεκαοκτώ μήνες σκαμμένος δρόμος για ένα μαγαζί είναι πολύς καιρός. Θέλουμε να ξέρουμε ότι τα έργα θα γίνονται τμηματικά και ότι θα μπορούν οι πελάτες να μπαίνουν στα καταστήματα», είπε η Σοφία Μαργαρίτη, ιδιοκτήτρια βιβλιοπωλείου στην οδό Κύπρου."),
        ("p", "Ο δήμος διαβεβαιώνει ότι οι εργασίες θα εκτελούνται σε τμήματα των 100 μέτρων, ώστε να μην κλείνει ποτέ ολόκληρος ο δρόμος, και ότι θα υπάρχει πρόσβαση για τις τροφοδοσίες σε συγκεκριμένες ώρες. Ο Εμπορικός Σύλλογος ζήτησε τη σύσταση επιτροπής παρακολούθησης με τη συμμετοχή εκπροσώπων των επαγγελματιών."),
        ("also", "Πού θα σταθμεύουμε στο κέντρο κατά τη διάρκεια των έργων"),
        ("h", "Ποδήλατο και σχολεία"),
        ("p", "Ιδιαίτερη έμφαση δίνεται στη σύνδεση των σχολείων με τον νέο ποδηλατόδρομο. Σύμφωνα με τη μελέτη, οκτώ σχολεία του κέντρου θα βρίσκονται σε απόσταση μικρότερη των 200 μέτρων από το δίκτυο, ενώ ο δήμος σχεδιάζει προγράμματα εκμάθησης ποδηλάτου για τους μαθητές του δημοτικού."),
        ("p", "Ο σύλλογος ποδηλατών της πόλης χαιρέτισε το έργο, επισημαίνοντας όμως ότι θα πρέπει να συνοδευτεί από αυστηρότερη αστυνόμευση της παράνομης στάθμευσης πάνω στους ποδηλατοδρόμους, ένα φαινόμενο που, όπως λένε, έχει ακυρώσει στην πράξη παλαιότερες προσπάθειες."),
        ("p", "Η προθεσμία για την υποβολή προσφορών από τις κατασκευαστικές εταιρείες λήγει στα τέλη Σεπτεμβρίου, ενώ ο δήμος θα πραγματοποιήσει ανοιχτή ενημερωτική εκδήλωση για τους κατοίκους την επόμενη εβδομάδα."),
    ],
    entities=[("Λάρισας", "LOC"), ("Κύπρου", "LOC"), ("Πηνειού", "LOC"), ("Λάρισα", "LOC"), ("Λαρισαίοι", "MISC"),
              ("Παναγιώτης Ντόκος", "PER"), ("Σοφία Μαργαρίτη", "PER"), ("Εμπορικός Σύλλογος", "ORG")],
    notes="The street name 'οδός Κύπρου' is annotated as Κύπρου (LOC, a street named after Cyprus).",
))

# 07 ----------------------------------------------------------------- JSON-LD only (no article:published_time), no <time>
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, aid=160877, legacy=False, sec=("Λάρισα", "larisa"), ld="published", meta_date=False, title_bare=True,
    url=f"{HOST}/larisa/160877/paragogoi-paradoseis-spiti",
    headline="Παραγωγοί της Λάρισας φέρνουν τα λαχανικά στην πόρτα των καταναλωτών",
    desc="Με τις λαϊκές αγορές σε περιορισμένη λειτουργία, παραγωγοί της Λάρισας οργάνωσαν διανομές κατ' οίκον.",
    authors=["Μαρία Λαζαρίδου"], pub=d(2020, 4, 21, 17, 50), crawl=d(2020, 4, 22, 9, 0),
    img="2020/04/paragogoi-dianomi", tags=["παραγωγοί", "λαϊκές αγορές", "Λάρισα", "διανομή"],
    body=[
        ("p", "Με τις λαϊκές αγορές να λειτουργούν με αυστηρούς περιορισμούς και πολλούς ηλικιωμένους να αποφεύγουν τις μετακινήσεις, μια ομάδα παραγωγών από τα χωριά γύρω από τη Λάρισα οργάνωσε μέσα σε λίγες μέρες ένα δίκτυο διανομής φρέσκων λαχανικών και φρούτων απευθείας στα σπίτια."),
        ("p", "Η ιδέα ξεκίνησε από τον Στέργιο Παπαδόπουλο, καλλιεργητή λαχανικών από τη Γιάννουλη, ο οποίος είδε τις πωλήσεις του να μειώνονται στο μισό μέσα σε δύο εβδομάδες. «Είχα ντομάτες, μαρούλια και κρεμμύδια έτοιμα και κανέναν να τα πουλήσω. Από την άλλη, ήξερα ανθρώπους στην πόλη που δεν έβγαιναν από το σπίτι», λέει."),
        ("p", "Μαζί με άλλους έξι παραγωγούς δημιούργησαν μια απλή φόρμα παραγγελιών στο διαδίκτυο και μια τηλεφωνική γραμμή για όσους δεν χρησιμοποιούν υπολογιστή. Οι παραγγελίες παραδίδονται δύο φορές την εβδομάδα, την Τρίτη και την Παρασκευή, σε όλες τις συνοικίες της πόλης."),
        ("ad",),
        ("p", "Τις πρώτες δέκα ημέρες το δίκτυο εξυπηρέτησε περισσότερα από 350 νοικοκυριά. Ένα τυπικό καλάθι με λαχανικά εποχής, αυγά και φρούτα κοστίζει γύρω στα 15 ευρώ, ενώ οι παραγωγοί προσθέτουν χωρίς χρέωση ένα μικρό δώρο, συνήθως μυρωδικά ή λίγα φρέσκα κρεμμυδάκια."),
        ("p", "Για τους παραγωγούς, η διαφορά είναι σημαντική. Αντί να πουλούν σε εμπόρους σε χαμηλές τιμές ή να πετούν προϊόντα που δεν έβρισκαν αγοραστή, εισπράττουν την τιμή της λιανικής και γνωρίζουν από πριν πόσα θα χρειαστούν. «Κόβουμε ό,τι έχει παραγγελθεί. Τίποτα δεν πάει χαμένο», εξηγεί η Χρυσούλα Νταή, που καλλιεργεί φράουλες και σπανάκι στα Κουλούρια."),
        ("p", "«Πρώτη φορά παίρνω λαχανικά από αυτόν που τα έβγαλε από το χώμα. Ξέρω ποιος είναι, έχω το τηλέφωνό του», λέει η Ευανθία Ρίζου, συνταξιούχος εκπαιδευτικός από τη συνοικία του Αγίου Θωμά, που παραγγέλνει κάθε εβδομάδα."),
        ("also", "Πώς λειτουργούν οι λαϊκές αγορές της πόλης αυτή την εβδομάδα"),
        ("p", "Η πρωτοβουλία δεν έχει μείνει χωρίς δυσκολίες. Οι παραγωγοί χρειάστηκε να βρουν ψυγείο για τη μεταφορά των ευπαθών προϊόντων, να οργανώσουν δρομολόγια και να μάθουν να διαχειρίζονται ηλεκτρονικές πληρωμές. Δύο φοιτητές, παιδιά παραγωγών, ανέλαβαν εθελοντικά την οργάνωση των παραγγελιών."),
        ("p", "Ο Αγροτικός Σύλλογος της περιοχής εξετάζει πλέον τη δημιουργία μόνιμης πλατφόρμας για τις απευθείας πωλήσεις, που θα λειτουργεί και μετά το τέλος των περιοριστικών μέτρων. «Κάτι καλό μπορεί να βγει και από αυτή τη δύσκολη περίοδο: να ξαναγνωριστούν η πόλη και το χωριό», σημειώνει ο Παπαδόπουλος."),
        ("p", "Όσοι ενδιαφέρονται μπορούν να παραγγέλνουν έως τις 8 το βράδυ της προηγούμενης ημέρας της διανομής. Για τους ηλικιωμένους άνω των 75 ετών, η παράδοση γίνεται χωρίς επιπλέον χρέωση."),
    ],
    entities=[("Λάρισα", "LOC"), ("Στέργιο Παπαδόπουλο", "PER"), ("Γιάννουλη", "LOC"), ("Ευανθία Ρίζου", "PER"),
              ("Αγίου Θωμά", "LOC"), ("Αγροτικός Σύλλογος", "ORG"), ("Παπαδόπουλος", "PER"), ("Χρυσούλα Νταή", "PER"), ("Κουλούρια", "LOC"),
              ("Λάρισας", "LOC")],
    notes="The accusative form 'Στέργιο Παπαδόπουλο' is annotated as written; no date metadata besides the JSON-LD. Adjudicated with the second annotation (December 2026): the section name above the headline is a kicker, the 'Τελευταία νέα' sidebar a related-list and the header's follow links a share-bar (GUIDELINES 3, 10); the headline's genitive 'Λάρισας' is a LOC mention.",
))

# 08 ----------------------------------------------------------------- meta only (no JSON-LD), <time>: heat and fire near Farsala
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, aid=171443, legacy=False, sec=("Θεσσαλία", "thessalia"), time_el=True,
    url=f"{HOST}/thessalia/171443/pyrkagia-farsala-ekkenosi-oikismon", label="(ΦΩΤΟ)", og_title="Πυρκαγιά κοντά στα Φάρσαλα - εκκενώθηκαν δύο οικισμοί",
    headline="Πυρκαγιά σε δασική έκταση κοντά στα Φάρσαλα, εκκενώθηκαν δύο οικισμοί",
    desc="Σε εξέλιξη πυρκαγιά σε δασική έκταση κοντά στα Φάρσαλα. Προληπτική εκκένωση δύο οικισμών.",
    authors=["Αθηνά Μπάλλα"], pub=d(2021, 8, 10, 15, 25), upd=d(2021, 8, 10, 21, 10), crawl=d(2021, 8, 11, 8, 30),
    img="2021/08/pyrkagia-farsala", tags=["πυρκαγιά", "Φάρσαλα", "καύσωνας", "πυροσβεστική"],
    body=[
        ("p", "Μεγάλη κινητοποίηση της Πυροσβεστικής προκάλεσε πυρκαγιά που ξέσπασε λίγο μετά τις 2 το μεσημέρι της Τρίτης σε δασική και αγροτική έκταση νότια των Φαρσάλων. Λόγω της κατεύθυνσης των ανέμων, οι αρχές αποφάσισαν την προληπτική εκκένωση δύο μικρών οικισμών, ενώ οι κάτοικοι μετακινήθηκαν με ασφάλεια στην πόλη."),
        ("p", "Στο σημείο επιχείρησαν 46 πυροσβέστες με 18 οχήματα, τρία αεροσκάφη και δύο ελικόπτερα, με τη συνδρομή εθελοντών και υδροφόρων του δήμου. Οι υψηλές θερμοκρασίες, που ξεπέρασαν τους 41 βαθμούς, και οι ριπές του ανέμου δυσκόλευαν το έργο τους."),
        ("img", "2021/08/pyrkagia-farsala-ydroforo", "Υδροφόρο του δήμου στο μέτωπο της φωτιάς, το απόγευμα της Τρίτης.", "Φωτ.: Θ.Π."),
        ("p", "«Η φωτιά κατέβηκε πολύ γρήγορα από τον λόφο. Μέσα σε μισή ώρα είχε φτάσει στα πρώτα χωράφια», περιγράφει ο Σωτήρης Αναστασίου, κάτοικος ενός από τους οικισμούς που εκκενώθηκαν. «Πήραμε τα χαρτιά μας και φύγαμε. Οι πυροσβέστες μας είπαν να μην περιμένουμε.»"),
        ("ad",),
        ("p", "Σύμφωνα με τις πρώτες εκτιμήσεις, έχουν καεί περίπου 1.200 στρέμματα με πουρνάρια, χαμηλή βλάστηση και καλλιέργειες σιτηρών που είχαν ήδη θεριστεί. Δεν υπάρχουν αναφορές για τραυματισμούς ή για ζημιές σε κατοικίες, ωστόσο καταστράφηκαν δύο αποθήκες με αγροτικά εργαλεία και μία στάνη."),
        ("p", "Στον χώρο του δημοτικού γυμναστηρίου των Φαρσάλων, όπου φιλοξενήθηκαν προσωρινά οι κάτοικοι των δύο οικισμών, εθελοντές μοίρασαν νερό, τρόφιμα και φάρμακα. Ανάμεσά τους βρίσκονταν αρκετοί ηλικιωμένοι, ορισμένοι με κινητικά προβλήματα, που μεταφέρθηκαν με οχήματα του δήμου και του Ερυθρού Σταυρού."),
        ("p", "Η περιοχή βρίσκεται σε κατάσταση αυξημένης ετοιμότητας εδώ και μια εβδομάδα, λόγω του καύσωνα που πλήττει τη χώρα. Οι μετεωρολόγοι προβλέπουν ότι οι θερμοκρασίες θα παραμείνουν πάνω από τους 40 βαθμούς τουλάχιστον μέχρι την Πέμπτη, ενώ από την Παρασκευή αναμένεται πτώση και ενίσχυση των βοριάδων."),
        ("p", "Ο δήμαρχος της περιοχής ευχαρίστησε τους πυροσβέστες και τους εθελοντές και ζήτησε από τους πολίτες να αποφεύγουν κάθε εργασία που μπορεί να προκαλέσει σπινθήρα, καθώς ο κίνδυνος πυρκαγιάς παραμένει πολύ υψηλός. Η χρήση φωτιάς στην ύπαιθρο απαγορεύεται αυστηρά μέχρι το τέλος του μήνα."),
        ("p", "Το βράδυ, με την εξασθένηση των ανέμων, η κατάσταση είχε βελτιωθεί σημαντικά. Η Πυροσβεστική ανακοίνωσε ότι δεν υπάρχει ενεργό μέτωπο, αλλά παραμένουν διάσπαρτες εστίες, και ότι ισχυρές δυνάμεις θα βρίσκονται στην περιοχή όλη τη νύχτα για επιτήρηση."),
        ("p", "Οι κάτοικοι των δύο οικισμών επέστρεψαν στα σπίτια τους λίγο πριν από τις 9 το βράδυ. Τα αίτια της πυρκαγιάς διερευνώνται από την Υπηρεσία Πυρασφάλειας."),
    ],
    entities=[("Πυροσβεστικής", "ORG"), ("Φαρσάλων", "LOC"), ("Σωτήρης Αναστασίου", "PER"), ("Πυροσβεστική", "ORG"),
              ("Υπηρεσία Πυρασφάλειας", "ORG"), ("Ερυθρού Σταυρού", "ORG")],
    notes="The 'Τελευταία ενημέρωση' line gives the modified time; the photo credit is left out of the caption.",
))

# 09 ----------------------------------------------------------------- JSON-LD = print edition date: basketball derby
ARTICLES.append(dict(
    id=f"{SITE}-09", seed=9, aid=183562, legacy=False, sec=("Αθλητικά", "athlitika"), ld="edition",
    edition=_dt.date(2022, 11, 16),
    url=f"{HOST}/athlitika/183562/pineios-nikise-sto-ntermpi",
    headline="Ο Πηνειός νίκησε στο ντέρμπι και πήρε μόνος την κορυφή",
    desc="Με 78-71 επικράτησε ο Α.Σ. Πηνειός Λάρισας στο ντέρμπι του πρωταθλήματος μπάσκετ.",
    authors=["Νίκος Γκουντής"], pub=d(2022, 11, 15, 22, 40), crawl=d(2022, 11, 16, 10, 0),
    img="2022/11/pineios-ntermpi", tags=["μπάσκετ", "Πηνειός", "ντέρμπι", "Λάρισα"],
    body=[
        ("p", "Σε ένα ντέρμπι με ένταση, ανατροπές και γεμάτες κερκίδες, ο Α.Σ. Πηνειός Λάρισας νίκησε 78-71 τον Ολυμπιακό Βόλου στο κλειστό γήπεδο της Νεάπολης και έμεινε μόνος στην πρώτη θέση του ομίλου, με έξι νίκες σε ισάριθμους αγώνες."),
        ("p", "Οι φιλοξενούμενοι μπήκαν καλύτερα στον αγώνα και έκλεισαν το πρώτο δεκάλεπτο μπροστά με 16-23, εκμεταλλευόμενοι τα λάθη της λαρισαϊκής ομάδας στην επαναφορά της μπάλας. Στη δεύτερη περίοδο όμως η άμυνα του Πηνειού ανέβηκε και με ένα σερί 12-0 η ομάδα πέρασε μπροστά στο σκορ, για να πάει στα αποδυτήρια με 38-35."),
        ("p", "Το τρίτο δεκάλεπτο ήταν ισορροπημένο, με τις δύο ομάδες να ανταλλάσσουν καλάθια. Στην τελευταία περίοδο ο αρχηγός του Πηνειού, Άρης Κοντογιάννης, πήρε πάνω του την επίθεση και με δύο τρίποντα στα τελευταία τρία λεπτά έκρινε ουσιαστικά τον αγώνα."),
        ("ad",),
        ("p", "Κορυφαίος του αγώνα ήταν ο Κοντογιάννης με 24 πόντους και 6 ασίστ, ενώ ο νεαρός σέντερ Μάριος Τσακίρης πρόσθεσε 14 πόντους και 11 ριμπάουντ. Για τον Ολυμπιακό Βόλου ξεχώρισε ο γκαρντ Πέτρος Ζαφειρίου με 19 πόντους."),
        ("p", "«Ήξεραν ότι θα έρθουν εδώ να μας χτυπήσουν. Στο πρώτο δεκάλεπτο δεν ήμασταν εμείς, αλλά τα παιδιά έδειξαν χαρακτήρα», δήλωσε μετά τον αγώνα ο προπονητής του Πηνειού, Γιάννης Φλώρος. «Είναι μόνο ο Νοέμβριος. Δεν κερδίσαμε τίποτα ακόμα, αλλά αυτή η νίκη μάς δίνει αυτοπεποίθηση.»"),
        ("p", "Ο προπονητής του Ολυμπιακού Βόλου, Κωνσταντίνος Μελάς, παραδέχθηκε ότι η ομάδα του πλήρωσε την κούραση στο τελευταίο δεκάλεπτο. «Παίξαμε καλά για τριάντα λεπτά. Στα κρίσιμα σημεία πήραμε λάθος αποφάσεις και ο αντίπαλος μας τιμώρησε», είπε."),
        ("p", "Η νίκη έχει ιδιαίτερη σημασία για τον Πηνειό, ο οποίος πέρσι έχασε την άνοδο στο τελευταίο παιχνίδι της χρονιάς. Το καλοκαίρι η ομάδα κράτησε τον κορμό της και πρόσθεσε δύο έμπειρους παίκτες, επενδύοντας ταυτόχρονα στους νέους από τις ακαδημίες του συλλόγου."),
        ("also", "Το πρόγραμμα της επόμενης αγωνιστικής"),
        ("p", "Τον αγώνα παρακολούθησαν περίπου 1.800 θεατές, αριθμός ρεκόρ για την ομάδα τα τελευταία χρόνια. Η διοίκηση του συλλόγου ευχαρίστησε τους φιλάθλους και ανακοίνωσε ότι στο επόμενο εντός έδρας παιχνίδι η είσοδος θα είναι ελεύθερη για τους μαθητές των σχολείων της πόλης."),
        ("p", "Την επόμενη αγωνιστική ο Πηνειός ταξιδεύει στα Τρίκαλα, ενώ ο Ολυμπιακός Βόλου υποδέχεται την ομάδα της Καρδίτσας."),
    ],
    entities=[("Α.Σ. Πηνειός Λάρισας", "ORG"), ("Πηνειός", "ORG"), ("Πηνειού", "ORG"), ("Ολυμπιακό Βόλου", "ORG"),
              ("Ολυμπιακού Βόλου", "ORG"), ("Ολυμπιακός Βόλου", "ORG"), ("Νεάπολης", "LOC"), ("λαρισαϊκής", "MISC"),
              ("Άρης Κοντογιάννης", "PER"), ("Κοντογιάννης", "PER"), ("Μάριος Τσακίρης", "PER"), ("Πέτρος Ζαφειρίου", "PER"),
              ("Γιάννης Φλώρος", "PER"), ("Κωνσταντίνος Μελάς", "PER"), ("Τρίκαλα", "LOC"), ("Καρδίτσας", "LOC")],
    notes="The clubs are ORG in every inflected form; 'της Καρδίτσας' names the town's team by the town and is kept LOC as written.",
))

# 10 ----------------------------------------------------------------- JSON-LD author = the paper: Tyrnavos tsipouro exports
ARTICLES.append(dict(
    id=f"{SITE}-10", seed=10, aid=190218, legacy=False, sec=("Οικονομία", "oikonomia"), ld="published", time_el=True, meta_date=False,
    ld_headline="Τσίπουρο Τυρνάβου: διπλασιάστηκαν οι εξαγωγές",
    url=f"{HOST}/oikonomia/190218/tsipouro-tyrnavou-exagoges",
    headline="Το τσίπουρο του Τυρνάβου ταξιδεύει: οι εξαγωγές διπλασιάστηκαν σε τρία χρόνια",
    lead="Αποσταγματοποιεία της περιοχής πουλούν πλέον σε 14 χώρες. Το μεγαλύτερο εμπόδιο παραμένει η αναγνωρισιμότητα.",
    desc="Διπλασιάστηκαν σε τρία χρόνια οι εξαγωγές τσίπουρου από τα αποσταγματοποιεία του Τυρνάβου.",
    authors=["Κώστας Ζαχαρόπουλος"], pub=d(2023, 2, 7, 10, 5), crawl=d(2023, 2, 7, 18, 40),
    img="2023/02/tsipouro-tyrnavos", tags=["Τύρναβος", "τσίπουρο", "εξαγωγές", "επιχειρήσεις"],
    body=[
        ("p", "Από τα καζάνια του Τυρνάβου στα ράφια καταστημάτων στη Γερμανία, τον Καναδά και την Αυστραλία: το τσίπουρο της περιοχής κερδίζει σταθερά έδαφος στις διεθνείς αγορές. Σύμφωνα με στοιχεία του Επιμελητηρίου Λάρισας, οι εξαγωγές αποσταγμάτων από την περιοχή διπλασιάστηκαν την τελευταία τριετία και ξεπέρασαν πέρσι τα 3,5 εκατομμύρια ευρώ."),
        ("p", "Στον Τύρναβο λειτουργούν σήμερα περισσότερα από δέκα αποσταγματοποιεία, πολλά από αυτά οικογενειακές επιχειρήσεις με ιστορία δεκαετιών. Τα τελευταία χρόνια αρκετά από αυτά επένδυσαν σε νέο εξοπλισμό, σε προσεγμένες συσκευασίες και στη συμμετοχή σε διεθνείς εκθέσεις."),
        ("p", "Η απόσταξη γίνεται παραδοσιακά το φθινόπωρο, μετά τον τρύγο, όταν τα στέμφυλα, δηλαδή τα υπολείμματα των σταφυλιών από την παραγωγή κρασιού, μπαίνουν στα χάλκινα καζάνια. Στον Τύρναβο η εποχή της απόσταξης είναι και γιορτή, με τα καζάνια να ανάβουν στις αυλές και τους γείτονες να μαζεύονται για να δοκιμάσουν το πρώτο απόσταγμα."),
        ("p", "«Πριν από δέκα χρόνια, όταν λέγαμε τσίπουρο στο εξωτερικό, μας κοίταζαν με απορία. Σήμερα έχουμε εισαγωγείς που μας ζητούν συγκεκριμένες ετικέτες, με γλυκάνισο ή χωρίς», λέει η Βασιλική Χατζηγεωργίου, τρίτη γενιά στην οικογενειακή επιχείρηση που ίδρυσε ο παππούς της το 1952."),
        ("ad",),
        ("h", "Οι αγορές"),
        ("p", "Κύριες αγορές παραμένουν οι χώρες με μεγάλες ελληνικές κοινότητες, όπως η Γερμανία, η Αυστραλία και οι Ηνωμένες Πολιτείες. Τα τελευταία χρόνια όμως αυξάνεται η ζήτηση και από χώρες όπως η Ολλανδία, η Ιαπωνία και η Νότια Κορέα, όπου το ποτό προωθείται ως μέρος της μεσογειακής κουζίνας."),
        ("p", "Για τον Ηλία Μαυρίδη, σύμβουλο εξαγωγών που συνεργάζεται με αρκετές επιχειρήσεις της περιοχής, το μεγαλύτερο εμπόδιο είναι η αναγνωρισιμότητα. «Το ούζο το ξέρουν όλοι. Το τσίπουρο πρέπει να το εξηγήσεις: τι είναι, πώς φτιάχνεται, πώς πίνεται. Αυτό θέλει χρόνο και χρήματα για προώθηση, που οι μικρές επιχειρήσεις δύσκολα έχουν», εξηγεί."),
        ("also", "Γιορτή τσίπουρου στον Τύρναβο: το πρόγραμμα"),
        ("h", "Η πρώτη ύλη"),
        ("p", "Η ανάπτυξη των εξαγωγών έχει θετικό αντίκτυπο και στους αμπελουργούς της περιοχής, καθώς τα αποσταγματοποιεία απορροφούν μεγαλύτερες ποσότητες στέμφυλων και σταφυλιών. Ο Τύρναβος έχει μακρά παράδοση στην αμπελοκαλλιέργεια, με χιλιάδες στρέμματα αμπελώνων στην πεδιάδα και στους πρόποδες του Κισσάβου."),
        ("p", "Οι παραγωγοί ζητούν απλούστευση των διαδικασιών για την εξαγωγή, μείωση του ειδικού φόρου κατανάλωσης για τα μικρά αποσταγματοποιεία και κοινή προώθηση του προϊόντος με γεωγραφική ένδειξη. Το Επιμελητήριο ετοιμάζει για τον Μάιο κοινή συμμετοχή δέκα επιχειρήσεων της περιοχής σε διεθνή έκθεση ποτών."),
        ("p", "«Δεν θέλουμε να γίνουμε βιομηχανία», λέει η Χατζηγεωργίου. «Θέλουμε όποιος ανοίξει ένα μπουκάλι στο Τορόντο ή στη Μελβούρνη να ξέρει ότι έρχεται από εδώ.»"),
    ],
    entities=[("Τυρνάβου", "LOC"), ("Γερμανία", "LOC"), ("Καναδά", "LOC"), ("Αυστραλία", "LOC"), ("Επιμελητηρίου Λάρισας", "ORG"),
              ("Τύρναβο", "LOC"), ("Βασιλική Χατζηγεωργίου", "PER"), ("ελληνικές", "MISC"), ("Ηνωμένες Πολιτείες", "LOC"),
              ("Ολλανδία", "LOC"), ("Ιαπωνία", "LOC"), ("Νότια Κορέα", "LOC"), ("μεσογειακής", "MISC"), ("Ηλία Μαυρίδη", "PER"),
              ("Τύρναβος", "LOC"), ("Κισσάβου", "LOC"), ("Επιμελητήριο", "ORG"), ("Χατζηγεωργίου", "PER"), ("Τορόντο", "LOC"),
              ("Μελβούρνη", "LOC")],
    notes="'Επιμελητήριο' alone refers back to the Larissa chamber of commerce (ORG).",
))

# 11 ----------------------------------------------------------------- "- ΒΙΝΤΕΟ" in the h1; maritime museum in Volos (long)
ARTICLES.append(dict(
    id=f"{SITE}-11", seed=11, aid=201775, legacy=False, sec=("Πολιτισμός", "politismos"), ld="published", label="- ΒΙΝΤΕΟ", meta_date=False, title_bare=True,
    url=f"{HOST}/politismos/201775/mouseio-naftikis-paradosis-kapnapothiki-volou",
    headline="Στην παλιά καπναποθήκη του Βόλου το νέο Μουσείο Ναυτικής Παράδοσης",
    lead="Καΐκια, εργαλεία καραβομαραγκών και προφορικές μαρτυρίες ναυτικών σε ένα κτίριο του 1920 που έμενε κλειστό για τριάντα χρόνια.",
    desc="Εγκαινιάστηκε το Μουσείο Ναυτικής Παράδοσης στην παλιά καπναποθήκη του Βόλου.",
    authors=["Μαρία Λαζαρίδου", "Δημήτρης Τσιρίγος"], pub=d(2024, 5, 28, 19, 30), crawl=d(2024, 5, 29, 11, 15),
    img="2024/05/mouseio-naftikis-paradosis", tags=["Βόλος", "μουσείο", "πολιτισμός", "ναυτική παράδοση"],
    body=[
        ("p", "Τριάντα χρόνια μετά το κλείσιμό της, η παλιά καπναποθήκη στην ανατολική πλευρά του λιμανιού του Βόλου άνοιξε ξανά τις πόρτες της, αυτή τη φορά ως Μουσείο Ναυτικής Παράδοσης. Τα εγκαίνια έγιναν την Τρίτη το απόγευμα, παρουσία εκατοντάδων κατοίκων, ναυτικών και απογόνων τους, που γέμισαν τις αίθουσες του ιστορικού κτιρίου."),
        ("p", "Το μουσείο φιλοξενεί περισσότερα από 1.500 αντικείμενα: μοντέλα πλοίων, εργαλεία καραβομαραγκών, ναυτικά όργανα, φωτογραφίες, ημερολόγια καταστρωμάτων και τρία αυθεντικά καΐκια που αποκαταστάθηκαν τα τελευταία δύο χρόνια. Η μεγαλύτερη αίθουσα είναι αφιερωμένη στα ναυπηγεία της περιοχής, που για έναν αιώνα έφτιαχναν ξύλινα σκάφη για όλο το Αιγαίο."),
        ("img", "2024/05/mouseio-kaiki", "Ένα από τα τρία καΐκια που αποκαταστάθηκαν για το μουσείο.", "Φωτ.: Θ.Π."),
        ("p", "«Ο Βόλος μεγάλωσε με τη θάλασσα. Κάθε οικογένεια εδώ έχει έναν παππού ναυτικό ή έναν θείο που δούλευε στα καρνάγια. Αυτή η ιστορία δεν είχε σπίτι μέχρι σήμερα», είπε η διευθύντρια του μουσείου, Ευγενία Σταμούλη, που εργάστηκε έξι χρόνια για τη συγκέντρωση της συλλογής."),
        ("ad",),
        ("h", "Ένα κτίριο με ιστορία"),
        ("p", "Η καπναποθήκη χτίστηκε το 1920 από εμπόρους καπνού που εξήγαγαν το θεσσαλικό προϊόν σε λιμάνια της Μεσογείου και της Κεντρικής Ευρώπης. Στα χρόνια της ακμής της απασχολούσε περισσότερους από 300 εργάτες, κυρίως γυναίκες, που διέλεγαν και συσκεύαζαν τα φύλλα. Μετά την παρακμή του καπνεμπορίου το κτίριο χρησιμοποιήθηκε ως αποθήκη και από το 1994 έμεινε κλειστό."),
        ("p", "Η αποκατάσταση, κόστους 7,2 εκατομμυρίων ευρώ, χρηματοδοτήθηκε από ευρωπαϊκά προγράμματα και από δωρεές. Οι αρχιτέκτονες διατήρησαν τους πέτρινους τοίχους, τα ξύλινα πατώματα και τα μεγάλα παράθυρα, από τα οποία οι επισκέπτες βλέπουν σήμερα το λιμάνι και το Πήλιο."),
        ("also", "Οι ξεναγήσεις του καλοκαιριού στα μουσεία της Μαγνησίας"),
        ("h", "Οι φωνές των ναυτικών"),
        ("p", "Ξεχωριστό κομμάτι της έκθεσης είναι το αρχείο προφορικής ιστορίας, με περισσότερες από 80 ηχογραφημένες συνεντεύξεις ναυτικών, καραβομαραγκών και των οικογενειών τους. Οι επισκέπτες μπορούν να ακούσουν, σε ειδικούς σταθμούς, ιστορίες από ταξίδια, ναυάγια και μεγάλες αναχωρήσεις, αλλά και για τη ζωή όσων έμεναν πίσω."),
        ("p", "Ένας από αυτούς που μίλησαν για το αρχείο είναι ο 88χρονος Μανώλης Καραγιάννης, που μπαρκάρισε για πρώτη φορά στα 15 του. «Μου είπαν να πω τι θυμάμαι. Θυμάμαι τη μάνα μου στην προβλήτα, να κρατάει ένα μαντήλι. Εξήντα χρόνια πέρασαν και το βλέπω ακόμα», είπε συγκινημένος στα εγκαίνια."),
        ("p", "Η συλλογή δημιουργήθηκε κυρίως από δωρεές οικογενειών της πόλης. Πολλοί έφεραν αντικείμενα που φύλαγαν για δεκαετίες σε σεντούκια και αποθήκες: ένα ναυτικό ρολόι, μια πυξίδα, γράμματα από λιμάνια της Αμερικής, φωτογραφίες πληρωμάτων. Κάθε αντικείμενο συνοδεύεται από μια σύντομη ιστορία για τον άνθρωπο που το χρησιμοποίησε."),
        ("p", "«Δεν θέλαμε ένα μουσείο με βιτρίνες και ετικέτες μόνο. Θέλαμε να ακούγονται φωνές», εξηγεί η Σταμούλη. Για τον λόγο αυτό, σε κάθε αίθουσα υπάρχει ένας σταθμός όπου ο επισκέπτης μπορεί να ακούσει τη μαρτυρία ενός ναυτικού για το αντικείμενο που βλέπει."),
        ("p", "Τους πρώτους μήνες λειτουργίας το μουσείο θα φιλοξενήσει και μια περιοδική έκθεση φωτογραφίας με θέμα τη ζωή στο λιμάνι τη δεκαετία του 1950, με εικόνες από τα αρχεία της οικογένειας ενός φωτογράφου της πόλης, που δεν είχαν παρουσιαστεί ποτέ δημόσια."),
        ("p", "Η δημιουργία του μουσείου ξεκίνησε από μια ομάδα απογόνων ναυτικών, που το 2016 ίδρυσαν σύλλογο με σκοπό τη διάσωση της ναυτικής κληρονομιάς της πόλης. Τα πρώτα χρόνια τα αντικείμενα φυλάσσονταν σε ένα υπόγειο, ενώ τα μέλη του συλλόγου κατέγραφαν μόνα τους τις συνεντεύξεις με τους ηλικιωμένους ναυτικούς."),
        ("p", "Για τους μαθητές το μουσείο έχει ετοιμάσει εκπαιδευτικά προγράμματα, στα οποία τα παιδιά μαθαίνουν να δένουν ναυτικούς κόμπους, να διαβάζουν χάρτες και να αναγνωρίζουν τα είδη των παραδοσιακών σκαφών. Ήδη έχουν κλείσει επισκέψεις περισσότερα από 40 σχολεία για τον επόμενο χρόνο."),
        ("p", "Ο δήμαρχος της πόλης τόνισε ότι το μουσείο είναι μέρος ενός ευρύτερου σχεδίου για την ανάπλαση της ανατολικής παραλίας, που περιλαμβάνει πεζόδρομο κατά μήκος της ακτής, χώρους πρασίνου και την επαναλειτουργία ενός παλιού καρνάγιου ως εργαστηρίου συντήρησης ξύλινων σκαφών."),
        ("p", "Το μουσείο θα είναι ανοιχτό καθημερινά εκτός Δευτέρας, από τις 10 το πρωί έως τις 8 το βράδυ. Η είσοδος κοστίζει 5 ευρώ, ενώ για μαθητές, φοιτητές και πολίτες άνω των 65 ετών είναι δωρεάν. Την πρώτη εβδομάδα λειτουργίας η είσοδος θα είναι ελεύθερη για όλους."),
    ],
    entities=[("Βόλου", "LOC"), ("Μουσείο Ναυτικής Παράδοσης", "ORG"), ("Αιγαίο", "LOC"), ("Βόλος", "LOC"),
              ("Ευγενία Σταμούλη", "PER"), ("θεσσαλικό", "MISC"), ("Μεσογείου", "LOC"), ("Κεντρικής Ευρώπης", "LOC"),
              ("Πήλιο", "LOC"), ("Μανώλης Καραγιάννης", "PER"), ("Αμερικής", "LOC"), ("Σταμούλη", "PER"), ("ευρωπαϊκά", "MISC")],
    notes="The museum is typed ORG as the institution. Adjudicated with the second annotation (December 2026): the section name above the headline is a kicker, the 'Τελευταία νέα' sidebar a related-list and the header's follow links a share-bar (GUIDELINES 3, 10); 'ευρωπαϊκά' is a MISC adjective (GUIDELINES 9.4).",
))

# 12 ----------------------------------------------------------------- meta only, <time>: pistachio growers
ARTICLES.append(dict(
    id=f"{SITE}-12", seed=12, aid=214630, legacy=False, sec=("Αγροτικά", "agrotika"), title_bare=True,
    url=f"{HOST}/agrotika/214630/fistiki-thessalikos-kampos",
    headline="Όλο και περισσότεροι αγρότες του κάμπου στρέφονται στο φιστίκι",
    desc="Από 2.000 σε 11.000 στρέμματα αυξήθηκαν σε πέντε χρόνια οι φυτείες φιστικιάς στη Λάρισα.",
    authors=["Γιώργος Παπαθανασίου"], pub=d(2025, 10, 21, 9, 10), crawl=d(2025, 10, 21, 17, 30),
    img="2025/10/fistikia-larisa", tags=["φιστίκι", "καλλιέργειες", "αγρότες", "Λάρισα"],
    body=[
        ("p", "Από 2.000 στρέμματα πριν από πέντε χρόνια σε περίπου 11.000 σήμερα: οι φυτείες φιστικιάς στον νομό Λάρισας πολλαπλασιάζονται, καθώς όλο και περισσότεροι αγρότες αναζητούν καλλιέργειες που χρειάζονται λιγότερο νερό από το βαμβάκι και το καλαμπόκι και αφήνουν καλύτερο εισόδημα."),
        ("p", "Ο Αντώνης Μπαλτάς, από την Αγιά, φύτεψε τα πρώτα του 80 στρέμματα το 2019 και φέτος μάζεψε την πρώτη ουσιαστική σοδειά. «Τα πρώτα χρόνια είναι δύσκολα, γιατί η φιστικιά αργεί να μπει σε παραγωγή. Αλλά όταν μπει, δεν συγκρίνεται με τίποτα άλλο που έχω καλλιεργήσει», λέει."),
        ("p", "Η φιστικιά χρειάζεται λιγότερο από το μισό νερό του βαμβακιού και αντέχει στις υψηλές θερμοκρασίες του θεσσαλικού καλοκαιριού. Αυτό την καθιστά ελκυστική σε μια περιοχή όπου τα υπόγεια νερά λιγοστεύουν και οι γεωτρήσεις πηγαίνουν όλο και πιο βαθιά."),
        ("p", "Η στροφή δεν είναι εύκολη απόφαση. Μια νέα φυτεία κοστίζει περίπου 600 ευρώ το στρέμμα για δενδρύλλια, άρδευση και περίφραξη, και αρχίζει να δίνει παραγωγή μετά από πέντε με έξι χρόνια. Πολλοί αγρότες ξεκινούν δοκιμαστικά σε ένα μικρό κομμάτι των χωραφιών τους και συνεχίζουν παράλληλα με τις παραδοσιακές καλλιέργειες."),
        ("ad",),
        ("p", "Σύμφωνα με τον γεωπόνο Χαράλαμπο Σιούτα, που συμβουλεύει παραγωγούς της περιοχής, η απόδοση μιας ώριμης φυτείας μπορεί να φτάσει τα 150 με 200 κιλά ξηρού καρπού το στρέμμα. Με τις σημερινές τιμές, το καθαρό εισόδημα ξεπερνά αρκετές φορές αυτό του βαμβακιού. «Δεν είναι όμως λαχείο», προειδοποιεί. «Χρειάζεται υπομονή, σωστή επιλογή ποικιλίας και καλή προστασία από τις ασθένειες.»"),
        ("also", "Λειψυδρία στον κάμπο: τι δείχνουν οι μετρήσεις στις γεωτρήσεις"),
        ("p", "Το μεγαλύτερο ερώτημα για το μέλλον είναι η εμπορία. Μέχρι σήμερα οι περισσότεροι παραγωγοί πουλούν σε εμπόρους της Αίγινας και της Φθιώτιδας, περιοχών με μακρά παράδοση στο φιστίκι. Μια ομάδα παραγωγών από τη Λάρισα ίδρυσε πέρσι συνεταιρισμό με στόχο να αποκτήσει δική της μονάδα αποφλοίωσης και ξήρανσης."),
        ("p", "Η ζήτηση για ελληνικό φιστίκι είναι πάντως ισχυρή, τόσο στην εγχώρια αγορά όσο και στο εξωτερικό, όπου το προϊόν εκτιμάται για τη γεύση του. Σήμερα η χώρα εισάγει ακόμη σημαντικές ποσότητες για να καλύψει την κατανάλωση, κάτι που, όπως λένε οι παραγωγοί, αφήνει περιθώριο για ανάπτυξη."),
        ("p", "«Αν δεν οργανωθούμε, θα πουλάμε χύμα προϊόν και άλλοι θα κερδίζουν την προστιθέμενη αξία», λέει η πρόεδρος του συνεταιρισμού, Δέσποινα Αρβανίτη. Η μονάδα, κόστους περίπου 1,2 εκατομμυρίων ευρώ, αναμένεται να λειτουργήσει το 2027, εφόσον εγκριθεί η χρηματοδότηση από πρόγραμμα αγροτικής ανάπτυξης."),
        ("p", "Οι γεωπόνοι πάντως προειδοποιούν ότι η μαζική στροφή σε μία καλλιέργεια κρύβει κινδύνους. Αν οι φυτείες συνεχίσουν να αυξάνονται με τον ίδιο ρυθμό, σημειώνουν, οι τιμές μπορεί να πέσουν, όπως συνέβη στο παρελθόν με άλλα προϊόντα που έγιναν της μόδας στον κάμπο."),
    ],
    entities=[("Λάρισας", "LOC"), ("Αντώνης Μπαλτάς", "PER"), ("Αγιά", "LOC"), ("θεσσαλικού", "MISC"), ("Χαράλαμπο Σιούτα", "PER"),
              ("Αίγινας", "LOC"), ("Φθιώτιδας", "LOC"), ("Λάρισα", "LOC"), ("Δέσποινα Αρβανίτη", "PER"), ("ελληνικό", "MISC")],
    notes="",
))

# 13 ----------------------------------------------------------------- minimal pair of 03 served in UTF-8
ARTICLES.append(dict(ARTICLES[2], id=f"{SITE}-13", variant_of=f"{SITE}-03", encoding="utf-8",
                     url=ARTICLES[2]["url"] + "?variant=b",
                     notes="Minimal pair of thessalikos-palmos-03: differs only in legacy-encoding (the same archive page declared and served as UTF-8 instead of ISO-8859-7)."))


if __name__ == "__main__":
    for a in ARTICLES:
        art, html, enc = build(a)
        emit(art, html, enc)
        print(f"{a['id']}\t{len(html.encode(enc)) / 1024:.1f} KB\t{enc}")
