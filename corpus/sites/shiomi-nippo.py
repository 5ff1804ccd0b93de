import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit

"""潮見日報 (shiomi-nippo): an invented regional daily for the Shonai area of Yamagata Prefecture.
Two templates are live. The older CMS (articles before 2021) serves XHTML-style pages in
Shift_JIS with <meta http-equiv> charset, no JSON-LD, at most a compact <meta name="pubdate">,
the story in <div>s (no <article>), and on some desks the text as <br><br> runs inside one
<div class="text">. The newer CMS (2021 on) is UTF-8 with JSON-LD and wraps the story in
<article>. On both, the site logo is the page's <h1> and the headline sits in a
<div class="title">. Dates read "2024年3月12日 午前8時15分" (JST); most stories carry no byline,
some end with the reporter's name in parentheses."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "shiomi-nippo"
HOST = "https://www.shiominippo.example"
IMG = "https://img.shiominippo.example"
NAME = "潮見日報"
JST = _dt.timezone(_dt.timedelta(hours=9))
WD = "月火水木金土日"


def esc(s):
    return _html.escape(s, quote=True)


def jp_time(dt):
    h = dt.hour % 12
    return f"{dt.year}年{dt.month}月{dt.day}日 {'午前' if dt.hour < 12 else '午後'}{h}時{dt.minute:02d}分"


def jp_day(dt):
    return f"{dt.year}年{dt.month}月{dt.day}日"


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

GNAVI = [("トップ", "/"), ("ニュース", "/news/"), ("鶴岡", "/area/tsuruoka/"), ("酒田", "/area/sakata/"), ("庄内町・三川", "/area/shonai/"),
         ("遊佐・飛島", "/area/yuza/"), ("スポーツ", "/sports/"), ("経済", "/economy/"), ("くらし", "/life/"), ("おくやみ", "/okuyami/"),
         ("イベント", "/event/"), ("写真", "/photo/")]

RANKING = ["酒田の商店街に古民家カフェ　空き店舗を改装", "羽黒山の石段で清掃奉仕　修験者ら200人参加", "鶴岡の小学校で給食に地元産だだちゃ豆",
           "庄内町の道の駅、来場者が過去最多に", "最上川河口で白鳥の飛来始まる", "遊佐町で地域おこし協力隊が活動報告会",
           "庄内空港の駐車場、繁忙期に臨時増設へ", "鶴岡市の図書館で昭和の写真展"]

PR = ["【PR】庄内の新米、今年も予約受付中", "【PR】冬タイヤ交換はお早めに　酒田の整備工場", "【PR】住まいの相談会　週末開催"]

CSS_OLD = """
body{margin:0;padding:0;font-family:"ヒラギノ角ゴ Pro W3","Hiragino Kaku Gothic Pro","メイリオ",Meiryo,"ＭＳ Ｐゴシック",sans-serif;font-size:14px;color:#333;background:#f4f1ea}
a{color:#1d4e89;text-decoration:none}a:hover{text-decoration:underline}
#wrapper{width:980px;margin:0 auto;background:#fff}
#header{height:90px;position:relative;border-bottom:3px solid #0c3b6e}#logo{margin:0;position:absolute;left:12px;top:14px}#logo img{display:block}
#header .today{position:absolute;right:12px;top:12px;font-size:12px;color:#666}#header .search{position:absolute;right:12px;top:44px}
#gnavi{background:#0c3b6e;height:36px}#gnavi ul{margin:0;padding:0;list-style:none}#gnavi li{float:left}#gnavi li a{display:block;color:#fff;padding:0 13px;line-height:36px;font-weight:bold}
#gnavi li.on a{background:#e9b300;color:#0c3b6e}
#contents{overflow:hidden;padding:12px}#main{float:left;width:640px}#side{float:right;width:300px}
.pankuzu{font-size:12px;color:#666;margin-bottom:10px}.pankuzu a{color:#666}
.article .area{display:inline-block;background:#0c3b6e;color:#fff;font-size:12px;padding:1px 6px;margin-bottom:4px}
.article .title{font-size:24px;font-weight:bold;line-height:1.4;margin:4px 0 6px;color:#111}
.article .date{font-size:12px;color:#777;margin-bottom:10px}
.article .photo{margin:0 0 12px}.article .photo img{display:block;width:640px;height:auto}.article .photo .caption{font-size:12px;color:#555;background:#f3f3f3;margin:0;padding:4px 6px}
.article .text{font-size:15px;line-height:1.9}.article .text p{margin:0 0 1em;text-indent:1em}
.article .kisha{text-align:right;font-size:14px;margin:0 0 1em}
.article .midashi{font-weight:bold;font-size:16px;border-left:5px solid #0c3b6e;padding-left:6px;margin:1.2em 0 .6em}
.ad-rect{width:300px;height:250px;background:#eee;margin:0 auto 12px;text-align:center;font-size:10px;color:#999}
.ad-inread{width:300px;min-height:250px;background:#eee;margin:12px auto;text-align:center;font-size:10px;color:#999}
.box{border:1px solid #ccc;margin-bottom:12px}.box h3{margin:0;background:#0c3b6e;color:#fff;font-size:14px;padding:5px 8px}.box ul,.box ol{margin:0;padding:8px 8px 8px 28px}
.box li{font-size:13px;line-height:1.5;margin-bottom:5px}
.kanren{border-top:2px solid #0c3b6e;margin-top:18px;padding-top:8px}.kanren h3{font-size:15px;margin:0 0 6px}.kanren li{font-size:14px;margin-bottom:4px}
.share{margin:10px 0;overflow:hidden}.share li{float:left;list-style:none;margin-right:6px}
#footer{background:#0c3b6e;color:#fff;font-size:12px;padding:14px;clear:both}#footer a{color:#fff}#footer ul{list-style:none;margin:0 0 8px;padding:0;overflow:hidden}#footer li{float:left;margin-right:14px}
.cookie{position:fixed;bottom:0;left:0;right:0;background:rgba(0,0,0,.85);color:#fff;font-size:12px;padding:10px;text-align:center}
"""

CSS_NEW = """
:root{--navy:#0c3b6e;--gold:#e9b300;--ink:#222;--muted:#6b6b6b;--line:#e3e3e3}
*{box-sizing:border-box}body{margin:0;font-family:"Hiragino Sans","Noto Sans JP","Yu Gothic",sans-serif;color:var(--ink);background:#fff;font-size:16px}
a{color:inherit}img{max-width:100%;height:auto;display:block}
.site-header{border-bottom:3px solid var(--navy)}.site-header__inner{max-width:1120px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;padding:10px 16px}
.site-logo{margin:0;line-height:0}.site-header__tools{display:flex;gap:14px;font-size:13px}
.gnav{background:var(--navy)}.gnav ul{max-width:1120px;margin:0 auto;display:flex;overflow-x:auto;list-style:none;padding:0}.gnav a{display:block;color:#fff;padding:10px 14px;font-weight:700;white-space:nowrap;text-decoration:none}
.gnav .is-current a{background:var(--gold);color:var(--navy)}
.l-main{max-width:1120px;margin:0 auto;padding:16px;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:32px}
@media(max-width:900px){.l-main{grid-template-columns:1fr}.l-side{display:none}}
.breadcrumb{font-size:12px;color:var(--muted);margin-bottom:8px}.breadcrumb ol{display:flex;gap:6px;list-style:none;margin:0;padding:0}
.article-header .category{display:inline-block;background:var(--navy);color:#fff;font-size:12px;padding:2px 8px;border-radius:2px}
.article-header .title{font-size:28px;font-weight:700;line-height:1.45;margin:8px 0}.article-header .date{font-size:13px;color:var(--muted)}
.article-body{font-size:17px;line-height:1.95;margin-top:16px}.article-body p{margin:0 0 1.2em}.article-body h2{font-size:19px;border-left:5px solid var(--navy);padding-left:8px;margin:1.6em 0 .8em}
.article-photo{margin:16px 0}.article-photo figcaption{font-size:13px;color:var(--muted);padding:6px 0;border-bottom:1px solid var(--line)}
.article-kisha{text-align:right;margin:0 0 1.2em}
.ad{background:#f4f4f4;text-align:center;font-size:10px;color:#999;margin:20px auto}.ad--inread{min-height:250px;max-width:336px}.ad--rect{width:300px;min-height:250px}
.inline-rel{border:1px solid var(--line);padding:10px 12px;margin:1.2em 0;font-size:15px}.inline-rel__label{font-weight:700;color:var(--navy);margin-right:6px}
.related{border-top:3px solid var(--navy);margin-top:24px;padding-top:10px}.related ul{list-style:none;padding:0;margin:0}.related li{padding:8px 0;border-bottom:1px solid var(--line)}
.side-box h2{font-size:15px;background:var(--navy);color:#fff;margin:0;padding:6px 10px}.side-box ol{margin:0;padding:10px 10px 10px 30px}.side-box li{font-size:14px;margin-bottom:6px}
.site-footer{background:var(--navy);color:#fff;font-size:13px;padding:24px 16px;margin-top:32px}.site-footer a{color:#fff}
.consent{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:3px solid var(--navy);padding:14px;font-size:13px;box-shadow:0 -4px 12px rgba(0,0,0,.15)}
"""

SPRITE_ICONS = ["x", "facebook", "line", "hatena", "mail", "search", "menu", "camera", "clock", "rank", "arrow", "close"]


def ad_scripts(a):
    units = _prebid(str(a["aid"]), [("rect_1", [[300, 250]]), ("rect_2", [[300, 250], [300, 600]]), ("inread", [[300, 250], [336, 280]]), ("footer", [[728, 90]])],
                    bidders=("fluct", "microad", "adgen", "logicad", "ix", "criteo", "appnexus", "rubicon"))
    return (f'<script type="text/javascript">var snAds={{site:"shiominippo",area:"{a["area_key"]}",aid:"{a["aid"]}",units:{_json.dumps(units)}}};</script>\n'
            f'<script type="text/javascript">var snCmp={_json.dumps({"version": 2, "lang": "ja", "vendors": _vendors("shiomi-nippo", 130)})};</script>\n'
            f'<script type="text/javascript">var snReco={_json.dumps(reco_json(a), ensure_ascii=False)};</script>\n'
            '<script type="text/javascript" src="https://ads.shiominippo.example/js/sn-ads.js" async="async"></script>\n'
            '<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-0000000-7"]);_gaq.push(["_trackPageview"]);'
            '(function(){var ga=document.createElement("script");ga.async=true;ga.src="https://stats.shiominippo.example/ga.js";'
            'var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ga,s);})();</script>')


RECO_POOL = ["鶴岡の商店街で朝市　旬の山菜ずらり", "酒田の美術館で郷土の画家展", "庄内町の田んぼアート、見頃に", "遊佐町の湧水で夏祭り",
             "三川町の温泉施設がリニューアル", "羽黒山で火渡り神事", "酒田港で花火大会、2万人", "鶴岡公園の桜が満開",
             "庄内の地酒、品評会で金賞", "月山の夏スキー場がオープン", "酒田のラーメン店主ら新作を競う", "鶴岡で伝統の黒川能を上演",
             "飛島の海でシーカヤック体験", "庄内平野に白鳥の群れ", "鶴岡の高校、甲子園出場へ", "酒田の古い映画館を修復"]


def reco_json(a):
    rnd = _random.Random(a["aid"])
    items = []
    for k in range(40):
        t = RECO_POOL[k % len(RECO_POOL)]
        items.append({"id": rnd.randint(100000, 999999), "title": t, "thumb": f"{IMG}/reco/{rnd.randint(10**6, 10**7)}_160.jpg",
                      "score": round(rnd.random(), 5), "area": rnd.choice(["tsuruoka", "sakata", "shonai", "yuza"]),
                      "pv": rnd.randint(100, 50000), "ts": int(a["published"].timestamp()) - rnd.randint(3600, 86400 * 30)})
    return {"model": "sn-reco-3", "slot": "article_bottom", "items": items}


def render_body(a):
    """Items: ("p", text) | ("h", text) | ("img", file, caption, credit) | ("ad",) | ("rel", title, path).
    On the old template with a["br"], paragraphs are <br><br> runs inside one div.text (the photo and
    ad slot before the text); otherwise <p>s, and the ad and inline 関連 link close the text container."""
    blocks, segs, cur = [], [], []
    br = a.get("br")
    new = a["tpl"] == "new"

    def flush():
        if cur:
            segs.append(("text", cur[:]))
            cur.clear()

    for it in a["body"]:
        k = it[0]
        if k == "p":
            cur.append(it[1] if br else f"<p>{esc(it[1])}</p>")
            blocks.append(Block("paragraph", it[1]))
        elif k == "h":
            cur.append(f'<h2>{esc(it[1])}</h2>' if new else f'<p class="midashi">{esc(it[1])}</p>' if not br else f'<b>{esc(it[1])}</b>')
            blocks.append(Block("heading", it[1]))
        elif k == "img":
            _, f, cap, credit = it
            src = f"{IMG}/{a['aid']}/{f}"
            if new:
                cur.append(f'<figure class="article-photo"><picture><source type="image/webp" srcset="{src}_640.webp 640w, {src}_1280.webp 1280w" sizes="(max-width: 900px) 100vw, 760px">'
                           f'<img src="{src}_640.jpg" width="760" height="507" alt="{esc(cap)}" loading="lazy"></picture><figcaption>{esc(cap)}（{esc(credit)}）</figcaption></figure>')
            else:
                flush()
                segs.append(("break", f'<div class="photo"><img src="{src}_640.jpg" width="640" height="427" alt="" /><p class="caption">{esc(cap)}（{esc(credit)}）</p></div>'))
            blocks.append(Block("caption", cap, optional=True))
        elif k == "ad":
            flush()
            segs.append(("break", '<div class="ad ad--inread" id="sn-inread" data-slot="inread">広告</div>' if new else
                         '<div class="ad-inread" id="sn-inread">広告</div>'))
        elif k == "rel":
            flush()
            segs.append(("break", f'<div class="inline-rel"><span class="inline-rel__label">【関連】</span><a href="{HOST}/{it[2]}">{esc(it[1])}</a></div>'))
        else:
            raise ValueError(k)
    flush()
    out = []
    for kind, x in segs:
        if kind == "break":
            out.append(x)
        elif br:
            out.append('<div class="text">' + "<br /><br />\n".join(x) + "</div>")
        elif new:
            out.append('<div class="article-body__text">' + "\n".join(x) + "</div>")
        else:
            out.append('<div class="text">' + "\n".join(x) + "</div>")
    return "\n".join(out), blocks


def page_old(a, body_html):
    pub = a["published"]
    today = a["crawl"]
    url = a.get("canonical", a["url"])
    cs = a["charset"]
    on = ' class="on"'
    gn = "".join(f'<li{on if p == a["area_path"] else ""}><a href="{HOST}{p}">{n}</a></li>' for n, p in GNAVI)
    rank = "".join(f'<li><a href="{HOST}/news/{_zlib.crc32(t.encode()) % 900000 + 100000}.html">{esc(t)}</a></li>' for t in RANKING[:6])
    rel = "".join(f'<li><a href="{HOST}/news/{_zlib.crc32(t.encode()) % 900000 + 100000}.html">{esc(t)}</a>（{d.month}月{d.day}日）</li>'
                  for t, d in a["related"])
    pubmeta = f'<meta name="pubdate" content="{pub:%Y%m%d}" />\n' if a.get("pubdate_meta") else ""
    kisha = f'<p class="kisha">（{esc(a["authors"][0])}）</p>' if a["authors"] else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<meta http-equiv="Content-Style-Type" content="text/css" />
<meta http-equiv="Content-Script-Type" content="text/javascript" />
<title>{esc(a["headline"])}｜潮見日報</title>
<meta name="description" content="{esc(a["description"])}" />
<meta name="keywords" content="{esc(",".join(a["tags"]))},庄内,山形,ニュース,潮見日報" />
{pubmeta}<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.get("og_title", a["headline"]))}" />
<meta property="og:description" content="{esc(a["description"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{IMG}/{a["aid"]}/{a["og_image"]}_640.jpg" />
<meta property="og:site_name" content="潮見日報" />
<meta name="twitter:card" content="summary_large_image" />
<link rel="canonical" href="{url}" />
<link rel="stylesheet" type="text/css" href="{HOST}/common/css/import.css" />
<style type="text/css">{CSS_OLD}</style>
<style type="text/css">{ATOMS}</style>
{ad_scripts(a)}
</head>
<body>
{SPRITE}
<div id="wrapper"><div id="wrapper-inner">
<div id="header"><h1 id="logo"><a href="{HOST}/"><img src="{HOST}/common/img/logo.gif" width="240" height="56" alt="潮見日報" /></a></h1>
<p class="today">{jp_day(today)}（{WD[today.weekday()]}）</p>
<form class="search" action="{HOST}/search/" method="get"><input type="text" name="q" size="20" /><input type="submit" value="検索" /></form></div>
<div id="gnavi"><ul>{gn}</ul></div>
<div id="contents"><div id="contents-inner">
<div id="main"><div id="main-inner">
<div class="pankuzu"><a href="{HOST}/">トップ</a> &gt; <a href="{HOST}{a["area_path"]}">{esc(a["area"])}</a> &gt; 記事</div>
<div class="article"><div class="article-inner">
<span class="area">{esc(a["area"])}</span>
<div class="title">{esc(a["headline"])}</div>
<div class="date">{jp_time(pub)}</div>
<ul class="share"><li><a href="https://x.example/share?url={url}"><svg width="16" height="16"><use xlink:href="#sn-x"></use></svg>ポスト</a></li><li><a href="https://facebook.example/sharer.php?u={url}">シェア</a></li><li><a href="https://line.example/share?url={url}">LINEで送る</a></li></ul>
{body_html}
{kisha}
<div class="kanren"><h3>関連記事</h3><ul>{rel}</ul></div>
</div></div>
</div></div>
<div id="side"><div id="side-inner">
<div class="ad-rect" id="sn-rect-1">広告</div>
<div class="box"><h3>アクセスランキング</h3><ol>{rank}</ol></div>
<div class="box"><h3>お知らせ</h3><ul>{"".join(f'<li><a href="{HOST}/pr/{i}.html" rel="nofollow">{esc(t)}</a></li>' for i, t in enumerate(PR))}</ul></div>
<div class="ad-rect" id="sn-rect-2">広告</div>
</div></div>
</div></div>
<div id="footer"><ul><li><a href="{HOST}/company/">会社案内</a></li><li><a href="{HOST}/kodoku/">購読のお申し込み</a></li><li><a href="{HOST}/ad/">広告掲載</a></li><li><a href="{HOST}/privacy/">個人情報の取り扱い</a></li><li><a href="{HOST}/contact/">お問い合わせ</a></li></ul>
<p>掲載記事・写真の無断転載を禁じます。Copyright(C) {today.year} Shiomi Nippo Co., Ltd.</p></div>
</div></div>
<div class="cookie" id="sn-cookie">当サイトではクッキーを利用しています。引き続き閲覧することで、クッキーの利用に同意したものとみなします。<a href="{HOST}/privacy/cookie.html">詳しく</a> <button type="button" onclick="document.getElementById('sn-cookie').style.display='none'">閉じる</button></div>
</body>
</html>
"""


def page_new(a, body_html):
    pub, mod = a["published"], a.get("modified")
    today = a["crawl"]
    url = a.get("canonical", a["url"])
    cur = ' class="is-current"'
    gn = "".join(f'<li{cur if p == a["area_path"] else ""}><a href="{HOST}{p}">{n}</a></li>' for n, p in GNAVI)
    rank = "".join(f'<li><a href="{HOST}/articles/-/{_zlib.crc32(t.encode()) % 900000 + 100000}">{esc(t)}</a></li>' for t in RANKING[2:8])
    rel = "".join(f'<li><a href="{HOST}/articles/-/{_zlib.crc32(t.encode()) % 900000 + 100000}">{esc(t)}</a><span class="related__date">{jp_day(d)}</span></li>'
                  for t, d in a["related"])
    who = a.get("ld_author", "org")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": a.get("ld_headline", a["headline"]), "description": a["description"],
          "image": [f"{IMG}/{a['aid']}/{a['og_image']}_1280.jpg"], "datePublished": pub.isoformat(), "dateModified": (mod or pub).isoformat(),
          "author": ({"@type": "Organization", "name": "潮見日報社"} if who == "org" else [{"@type": "Person", "name": n} for n in a["authors"]]),
          "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{HOST}/assets/img/logo_600x60.png"}},
          "articleSection": a["area"], "inLanguage": "ja"}
    kisha = f'<p class="article-kisha">（{esc(a["authors"][0])}）</p>' if a["authors"] else ""
    upd = f'<span class="date__upd">（{jp_time(mod)} 更新）</span>' if mod else ""
    state = {"article": {"id": a["aid"], "area": a["area_key"], "tags": a["tags"], "charCount": a["chars"]},
             "ranking": [{"title": t, "id": _zlib.crc32(t.encode()) % 900000 + 100000} for t in RANKING],
             "weather": {"tsuruoka": {"max": 12, "min": 3, "tenki": "くもり"}, "sakata": {"max": 11, "min": 4, "tenki": "くもり時々雨"}},
             "paywall": {"type": "none"}, "push": {"enabled": True, "vapid": "BPx9sn" + "Q" * 40}}
    return f"""<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.get("title", a["headline"] + "｜潮見日報"))}</title>
<meta name="description" content="{esc(a["description"])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.get("og_title", a["headline"]))}">
<meta property="og:description" content="{esc(a["description"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{IMG}/{a["aid"]}/{a["og_image"]}_1280.jpg">
<meta property="og:site_name" content="潮見日報">
<meta property="article:published_time" content="{pub.isoformat()}">
{f'<meta property="article:modified_time" content="{mod.isoformat()}">' if mod else ""}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@shiomi_nippo">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
<style>{CSS_NEW}</style>
<style>{ATOMS}</style>
{ad_scripts(a)}
</head>
<body class="page-article area-{a["area_key"]}">
{SPRITE}
<div class="l-wrapper"><div class="l-wrapper__inner">
<header class="site-header"><div class="site-header__inner"><h1 class="site-logo"><a href="{HOST}/"><img src="{HOST}/assets/img/logo.svg" width="220" height="50" alt="潮見日報"></a></h1>
<div class="site-header__tools"><span>{jp_day(today)}（{WD[today.weekday()]}）</span><a href="{HOST}/digital/">電子版</a><a href="{HOST}/login/">ログイン</a></div></div></header>
<nav class="gnav" aria-label="メニュー"><ul>{gn}</ul></nav>
<div class="l-main"><main class="l-content"><div class="l-content__inner">
<nav class="breadcrumb"><ol><li><a href="{HOST}/">トップ</a></li><li><a href="{HOST}{a["area_path"]}">{esc(a["area"])}</a></li></ol></nav>
<article class="article-detail" data-id="{a["aid"]}"><div class="article-detail__inner">
<div class="article-header"><span class="category">{esc(a["area"])}</span>
<div class="title">{esc(a["headline"])}</div>
<div class="date"><time datetime="{pub.isoformat()}">{jp_time(pub)}</time>{upd}</div></div>
<div class="article-body">
{body_html}
{kisha}
</div>
<ul class="share-buttons"><li><a href="https://x.example/share?url={url}" aria-label="Xでポスト"><svg width="20" height="20"><use href="#sn-x"></use></svg></a></li><li><a href="https://line.example/share?url={url}" aria-label="LINEで送る"><svg width="20" height="20"><use href="#sn-line"></use></svg></a></li><li><a href="https://facebook.example/sharer.php?u={url}" aria-label="Facebookでシェア"><svg width="20" height="20"><use href="#sn-facebook"></use></svg></a></li></ul>
</div></article>
<section class="related"><h2>関連記事</h2><ul>{rel}</ul></section>
</div></main>
<aside class="l-side"><div class="ad ad--rect" id="sn-rect-1">広告</div><section class="side-box"><h2>アクセスランキング</h2><ol>{rank}</ol></section><div class="ad ad--rect" id="sn-rect-2">広告</div></aside>
</div>
<footer class="site-footer"><p><a href="{HOST}/company/">会社案内</a>　<a href="{HOST}/privacy/">プライバシーポリシー</a>　<a href="{HOST}/contact/">お問い合わせ</a></p><p>© {today.year} 潮見日報社</p></footer>
</div></div>
<div class="consent" id="sn-consent" hidden>当サイトはサービス向上と広告配信のためにクッキーを使用します。<a href="{HOST}/privacy/cookie/">詳細</a><button type="button" id="sn-consent-ok">同意する</button></div>
<script id="sn-state" type="application/json">{_json.dumps(state, ensure_ascii=False)}</script>
<script>(function(){{var c=document.getElementById('sn-consent');if(!/sn_consent=1/.test(document.cookie))c.hidden=false;document.getElementById('sn-consent-ok').onclick=function(){{document.cookie='sn_consent=1;path=/;max-age=31536000';c.hidden=true;}};}})();</script>
<script src="{HOST}/assets/js/app.4c2e91.js" defer></script>
</body>
</html>
"""


def page(a):
    body_html, blocks = render_body(a)
    a["chars"] = words(blocks)
    html = (page_new if a["tpl"] == "new" else page_old)(a, body_html)
    return html, blocks


def phenomena_of(a, blocks):
    tags = {"cjk", "nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "ad-slots", "most-read",
            "decoy-date", "local-time-zone", "localized-date", "kicker"}
    tags |= set(a.get("extra_tags", []))
    kinds = [x[0] for x in a["body"]]
    if a["tpl"] == "new":
        tags.add("json-ld")
    if a["charset"] != "utf-8":
        tags.add("legacy-encoding")
    if a.get("modified"):
        tags.add("updated-date")
    if any(b.kind == "caption" for b in blocks):
        tags.add("photo-caption")
    if any(b.kind == "heading" for b in blocks):
        tags.add("subheadings")
    if "rel" in kinds:
        tags.add("inline-related")
    if a.get("title") and a["title"].split("｜")[0] != a["headline"]:
        tags.add("title-differs-from-headline")
    # text containers closed by an ad, a photo (old template) or an inline link between body blocks
    inner = kinds[1:-1]
    if "ad" in inner or "rel" in inner or (a["tpl"] == "old" and "img" in inner):
        tags.add("split-body")
    if "ad" in inner or "rel" in inner:
        tags.add("teasers-in-article")
    n = words(blocks)
    if n > 2000:
        tags.add("long-article")
    if n < 120:
        tags.add("short-article")
    return sorted(tags)


ATOMS = _atomic_css("sn-", breakpoints=())
SPRITE = _sprite("shiomi-nippo", "sn", SPRITE_ICONS)

ARTICLES = []
D = _dt.datetime
OLD_NOTE = "The headline is the <div class=\"title\">; the page's only <h1> is the site logo. The page states times without a zone and has no date metadata with an offset; the offset is that of the paper's home area (Shonai, Yamagata: JST, +09:00)."
NEW_NOTE = "The headline is the <div class=\"title\">; the page's only <h1> is the site logo."


def old_url(aid):
    return f"{HOST}/news/{aid}.html"


def new_url(aid):
    return f"{HOST}/articles/-/{aid}"


# 01 ------------------------------------------------------------- old template, Shift_JIS, <p>s, pubdate meta
ARTICLES.append(dict(
    id=f"{SITE}-01", aid=104217, tpl="old", charset="Shift_JIS", url=old_url(104217), pubdate_meta=True,
    area="酒田", area_key="sakata", area_path="/area/sakata/", og_image="cruise",
    headline="酒田港に大型クルーズ船が初寄港　乗客2800人、市街地にぎわう",
    description="大型クルーズ船が17日、酒田港に初めて寄港し、乗客約2800人が酒田市内や鶴岡市の観光地を巡った。",
    published=D(2016, 5, 18, 8, 15, tzinfo=JST), crawl=D(2016, 5, 19, 10, 0, tzinfo=JST), authors=[],
    tags=["酒田港", "クルーズ船", "観光"],
    related=[("酒田港の国際定期コンテナ航路、週2便に増便", D(2016, 4, 27, tzinfo=JST)), ("外国人観光客向け案内所、酒田駅に開設", D(2016, 3, 30, tzinfo=JST)),
             ("クルーズ船誘致へ協議会が台湾で商談会", D(2016, 2, 9, tzinfo=JST))],
    body=[
        ("p", "大型クルーズ船「オーシャン・アリア」（約11万トン）が17日、酒田港に初めて寄港した。乗客約2800人の多くが酒田市内や鶴岡市の観光地を巡り、港周辺は終日にぎわった。"),
        ("img", "cruise", "酒田港のふ頭に接岸した大型クルーズ船", "本社写真部撮影"),
        ("p", "同船は全長約290メートル。横浜港を出港し、新潟、秋田などを経て函館へ向かう日程の途中で立ち寄った。酒田港への10万トン級の船の寄港は初めてで、ふ頭では地元の高校生が太鼓を演奏して乗客を出迎えた。"),
        ("p", "市は酒田駅前や市中心部の商店街まで無料のシャトルバスを運行した。歴史ある米蔵や旧家の屋敷を巡るツアーには約600人が参加し、鶴岡市方面への日帰りバスツアーも満席となった。"),
        ("ad",),
        ("p", "商店街では、地元の菓子店や土産物店が英語と中国語の案内板を用意して客を迎えた。酒田中町商店街振興組合の斎藤和也理事長は「想像以上の人出で、昼すぎには品切れの店も出た。次の寄港に向けて、外国人客への対応をもっと充実させたい」と話した。"),
        ("p", "乗客の一人で東京都から訪れた会社員の女性（45）は「港から街までが近く、歩いて回れるのが良かった。庄内の食べ物をもっと味わいたかった」と笑顔で話した。"),
        ("h", "経済効果に期待"),
        ("p", "県の試算では、クルーズ船1隻の寄港による地元での消費額は約1億円に上る。酒田港振興協議会は、来年度までに年間10回の寄港を目標に掲げ、海外の船会社への売り込みを強めている。"),
        ("p", "酒田港では近年、クルーズ船の寄港が増えつつある。昨年は中型船を中心に4回の寄港があったが、今年はすでに7回の予定が決まっている。港の受け入れ施設の整備も進み、ふ頭には観光案内所と土産物の売り場を備えた仮設の施設が設けられた。"),
        ("p", "一方で、課題も見えた。大型バスの駐車場が不足し、港周辺の道路では一時渋滞が発生した。観光地の一部ではトイレや休憩所が足りず、乗客から不満の声も聞かれた。"),
        ("p", "同協議会の事務局は「受け入れ態勢の課題を洗い出し、関係機関と改善策を話し合いたい」としている。同船は同日夜、次の寄港地の秋田港へ向けて出港した。"),
    ],
    entities=[("酒田港", "LOC"), ("オーシャン・アリア", "MISC"), ("酒田市", "LOC"), ("鶴岡市", "LOC"), ("横浜港", "LOC"), ("新潟", "LOC"),
              ("秋田", "LOC"), ("函館", "LOC"), ("酒田駅", "LOC"), ("英語", "MISC"), ("中国語", "MISC"), ("酒田中町商店街振興組合", "ORG"),
              ("斎藤和也", "PER"), ("東京都", "LOC"), ("庄内", "LOC"), ("酒田港振興協議会", "ORG"), ("秋田港", "LOC")],
    notes=OLD_NOTE + " The ship's name is typed MISC (a vessel).",
))

# 02 ------------------------------------------------------------- old template, Shift_JIS, <br> runs, signature (13 is its UTF-8 pair)
ARTICLES.append(dict(
    id=f"{SITE}-02", aid=98731, tpl="old", charset="Shift_JIS", br=True, url=old_url(98731),
    area="鶴岡", area_key="tsuruoka", area_path="/area/tsuruoka/", og_image="shofukan",
    headline="創業140年の老舗旅館「松風館」が来春廃業へ　鶴岡・湯野浜温泉",
    description="鶴岡市の湯野浜温泉で明治時代から続く老舗旅館「松風館」が、来年3月末で営業を終える。",
    published=D(2015, 11, 4, 17, 40, tzinfo=JST), crawl=D(2015, 11, 6, 9, 30, tzinfo=JST), authors=["大沼健太"],
    tags=["湯野浜温泉", "旅館", "鶴岡市"],
    related=[("湯野浜温泉の足湯、改修終え再開", D(2015, 10, 2, tzinfo=JST)), ("温泉街の空き旅館、活用策を探る勉強会", D(2015, 8, 21, tzinfo=JST)),
             ("庄内の宿泊者数、前年比3%減", D(2015, 7, 14, tzinfo=JST))],
    body=[
        ("img", "shofukan", "日本海を望む松風館の木造3階建ての建物", "本社写真部撮影"),
        ("p", "鶴岡市の湯野浜温泉で明治時代から続く老舗旅館「松風館」が、来年3月末で営業を終えることが分かった。後継者不足と建物の老朽化が理由で、4代目の女将、長谷川芳江さん（72）は「長年支えてくださったお客様に申し訳ないが、体力的にも限界だった」と話している。"),
        ("p", "松風館は1875年の創業。日本海を望む木造3階建ての建物は昭和初期に建てられ、客室は18室。文人や画家が滞在したことでも知られ、館内には宿泊客が残した書や絵が数多く飾られている。"),
        ("p", "長谷川さんによると、10年ほど前から客足が減り始めた。団体旅行の減少に加え、建物の耐震改修に数千万円かかると分かり、廃業を決めたという。長男は東京で会社勤めをしており、旅館を継ぐ予定はない。"),
        ("ad",),
        ("p", "湯野浜温泉旅館組合によると、温泉街の旅館はピーク時の1980年代には20軒を超えていたが、現在は11軒に減っている。組合の村井康弘組合長は「松風館は温泉街の顔の一つ。なくなるのは本当に寂しい」と話し、建物の活用策を市と相談したい考えを示した。"),
        ("p", "常連客からは惜しむ声が相次いでいる。30年以上毎年夏に訪れているという仙台市の男性（68）は「夕日を見ながら入る風呂が何よりの楽しみだった。最後にもう一度泊まりに来たい」と話した。"),
        ("p", "温泉街では、松風館の廃業を機に、空き旅館の活用を考える動きも出ている。地元の若手経営者らでつくるグループは、古い旅館を改装してカフェや工房として使う計画を温めており、市と相談を始めたという。"),
        ("p", "建物の今後については決まっていない。市観光課は「歴史的な価値のある建物で、残す方法がないか所有者と話し合いたい」としている。"),
        ("p", "同館は営業最終日まで通常通り予約を受け付ける。長谷川さんは「最後の日まで、いつも通りのおもてなしをしたい」と話している。"),
    ],
    entities=[("松風館", "ORG"), ("鶴岡", "LOC"), ("鶴岡市", "LOC"), ("湯野浜温泉", "LOC"), ("長谷川芳江", "PER"), ("長谷川", "PER"),
              ("日本海", "LOC"), ("東京", "LOC"), ("湯野浜温泉旅館組合", "ORG"), ("村井康弘", "PER"), ("仙台市", "LOC")],
    notes=OLD_NOTE + " The inn closing its business is typed ORG; the reporter's name in parentheses under the text is the byline; the text is <br><br> runs in one <div class=\"text\">.",
))

# 03 ------------------------------------------------------------- old template, Shift_JIS, <p>s
ARTICLES.append(dict(
    id=f"{SITE}-03", aid=112604, tpl="old", charset="Shift_JIS", url=old_url(112604),
    area="遊佐・飛島", area_key="yuza", area_path="/area/yuza/", og_image="chokai",
    headline="鳥海山で山開き　登山者ら安全祈願、残雪の大斜面に歓声",
    description="山形、秋田県境の鳥海山で1日、山開きが行われ、約150人が夏山シーズンの安全を祈った。",
    published=D(2017, 7, 1, 11, 20, tzinfo=JST), crawl=D(2017, 7, 3, 8, 45, tzinfo=JST), authors=[],
    tags=["鳥海山", "登山", "遊佐町"],
    related=[("鳥海山の残雪、例年の1.5倍　登山道の整備急ぐ", D(2017, 6, 20, tzinfo=JST)), ("遊佐町の湧水群、新たな案内板", D(2017, 5, 28, tzinfo=JST)),
             ("山小屋の管理人を募集　夏季限定で", D(2017, 4, 11, tzinfo=JST))],
    body=[
        ("p", "山形、秋田県境にそびえる鳥海山（2236メートル）で1日、山開きが行われた。遊佐町の登山口では、地元の山岳会や観光関係者ら約150人が神事に臨み、夏山シーズンの安全を祈った。"),
        ("p", "神事の後、参加者は雪の残る登山道を歩き始めた。今年は春先の気温が低く、例年より雪が多い。山頂付近の大雪渓には夏の間も雪が残り、色とりどりのウエアを着た登山者が白い斜面を登る姿が見られた。"),
        ("p", "遊佐鳥海山岳会の佐々木哲夫会長（66）は「雪が多い年は道迷いや滑落の危険が高まる。軽アイゼンを必ず用意し、天候が変わりやすいことを頭に入れて計画を立ててほしい」と呼び掛けた。"),
        ("ad",),
        ("h", "山小屋に新トイレ"),
        ("p", "今季は、山頂近くの山小屋に環境に配慮したバイオトイレが新設された。これまでは処理能力が足りず、繁忙期には使用を制限することもあった。整備費約3千万円は県と遊佐町、にかほ市が負担した。"),
        ("p", "県によると、昨年の登山者数は約3万8千人で、5年前に比べ2割増えた。関東からの日帰り客や外国人登山者の増加が目立つという。"),
        ("p", "登山道の整備も課題だ。雪解け水で登山道が削られる場所が増えており、山岳会の会員らが毎年ボランティアで石を積み直している。佐々木会長は「登る人が増えるのはうれしいが、山を守る人が足りない。登山者にも道を大切に使ってほしい」と話した。"),
        ("p", "初めて鳥海山に登るという酒田市の大学生、阿部菜摘さん（20）は「雪の上を歩くのは初めてで少し怖いけれど、山頂からの景色を楽しみにしている」と話し、友人と一緒に山頂を目指した。"),
        ("p", "山小屋は9月末まで営業する。遊佐町観光協会は、登山道の状況を毎週ホームページで知らせる予定だ。"),
    ],
    entities=[("鳥海山", "LOC"), ("山形", "LOC"), ("秋田", "LOC"), ("遊佐町", "LOC"), ("遊佐鳥海山岳会", "ORG"), ("佐々木哲夫", "PER"),
              ("にかほ市", "LOC"), ("関東", "LOC"), ("酒田市", "LOC"), ("阿部菜摘", "PER"), ("遊佐町観光協会", "ORG"), ("佐々木", "PER")],
    notes=OLD_NOTE + " Adjudicated with the second annotation (December 2026): the surname alone in '佐々木会長' is a PER mention (GUIDELINES 9.2, 9.6).",
))

# 04 ------------------------------------------------------------- old template, Shift_JIS, <br> runs, signature
ARTICLES.append(dict(
    id=f"{SITE}-04", aid=123388, tpl="old", charset="Shift_JIS", br=True, url=old_url(123388), pubdate_meta=True,
    area="鶴岡", area_key="tsuruoka", area_path="/area/tsuruoka/", og_image="kaki",
    headline="庄内柿の出荷始まる　夏の猛暑乗り越え糖度上々",
    description="庄内地方特産の庄内柿の出荷が10日、本格的に始まった。",
    published=D(2018, 10, 10, 14, 5, tzinfo=JST), crawl=D(2018, 10, 11, 7, 50, tzinfo=JST), authors=["石川奈央"],
    tags=["庄内柿", "農業", "鶴岡市"],
    related=[("新米の出荷始まる　今年は「やや良」", D(2018, 9, 26, tzinfo=JST)), ("梨の直売所に行列　酒田・砂丘地", D(2018, 9, 5, tzinfo=JST)),
             ("農業の担い手確保へ　鶴岡市が研修制度", D(2018, 8, 17, tzinfo=JST))],
    body=[
        ("p", "鶴岡市や酒田市など庄内地方特産の「庄内柿」の出荷が10日、本格的に始まった。鶴岡市の庄内みのり農協の選果場では、朝から作業員が次々と運び込まれる柿を大きさごとに選別し、箱詰めしていた。"),
        ("p", "今年は夏の猛暑と少雨で生育が心配されたが、9月に入ってからの雨で実が大きくなり、糖度も例年並み以上に仕上がったという。同農協柿部会の富樫正一部会長（64）は「一時はどうなるかと思ったが、甘くておいしい柿ができた。多くの人に味わってほしい」と話した。"),
        ("p", "庄内柿は種がなく、渋抜きをして出荷する。同農協は今季、前年並みの約4千トンの出荷を見込んでいる。主な出荷先は東京や大阪の市場で、北海道にも送られる。"),
        ("ad",),
        ("p", "近年は生産者の高齢化で栽培面積が減っており、10年前と比べて約2割少ない。同農協は収穫作業の負担を減らすため、木を低く仕立て直す取り組みを進めている。脚立を使わずに収穫できるため、女性や高齢者でも作業しやすいという。"),
        ("p", "海外への輸出も増えている。昨年は台湾と香港に計約60トンを出荷した。今年は東南アジアへの販路拡大も目指しており、担当者は「日本の秋の味として売り込みたい」と意気込む。"),
        ("p", "選果場では今年、傷や色むらを自動で見分ける新しい選別機が導入された。これまで人の目で行っていた作業の一部を機械が担うことで、作業員の負担が軽くなり、1日に処理できる量も2割ほど増えたという。"),
        ("p", "出荷は11月中旬まで続く。鶴岡市内の直売所では、1袋（約2キロ）500円前後で販売されている。"),
    ],
    entities=[("庄内柿", "MISC"), ("鶴岡市", "LOC"), ("酒田市", "LOC"), ("庄内地方", "LOC"), ("庄内みのり農協", "ORG"), ("富樫正一", "PER"),
              ("東京", "LOC"), ("大阪", "LOC"), ("北海道", "LOC"), ("台湾", "LOC"), ("香港", "LOC"), ("東南アジア", "LOC"), ("日本", "LOC")],
    notes=OLD_NOTE + " The fruit's regional brand name (庄内柿) is typed MISC as a product; the reporter's name in parentheses is the byline; the text is <br><br> runs.",
))

# 05 ------------------------------------------------------------- old template, Shift_JIS, <p>s, pubdate meta
ARTICLES.append(dict(
    id=f"{SITE}-05", aid=131950, tpl="old", charset="Shift_JIS", url=old_url(131950), pubdate_meta=True,
    area="庄内町・三川", area_key="shonai", area_path="/area/shonai/", og_image="funakudari",
    headline="最上川舟下り、外国人客が倍増　多言語ガイドが人気",
    description="最上川の舟下りで外国人の乗船客が急増している。今年1～7月は前年同期のほぼ2倍になった。",
    published=D(2019, 8, 20, 7, 30, tzinfo=JST), crawl=D(2019, 8, 21, 12, 10, tzinfo=JST), authors=[],
    tags=["最上川", "観光", "インバウンド"],
    related=[("庄内空港の利用者、過去最多を更新", D(2019, 7, 30, tzinfo=JST)), ("外国人向けの観光タクシー、酒田で運行開始", D(2019, 7, 2, tzinfo=JST)),
             ("舟下りの船頭、女性が初のデビュー", D(2019, 5, 16, tzinfo=JST))],
    body=[
        ("p", "戸沢村と庄内町を結ぶ最上川の舟下りで、外国人の乗船客が急増している。運航する最上峡舟運の集計では、今年1～7月の外国人客は約1万1千人で、前年同期のほぼ2倍になった。"),
        ("p", "人気の理由の一つが、船頭による多言語での案内だ。同社は3年前から、英語や中国語、韓国語で舟唄や沿岸の名所を紹介できる船頭の育成を進めてきた。現在は6人の船頭が外国語で案内している。"),
        ("p", "英語で案内する船頭の渡部隆さん（48）は「最初は単語を並べるだけだったが、今は冗談も言えるようになった。お客さんが舟唄に手拍子してくれるとうれしい」と話す。"),
        ("ad",),
        ("h", "台湾からの団体客が中心"),
        ("p", "外国人客の約6割は台湾からの団体旅行客で、仙台空港や庄内空港から入り、周辺の温泉地と組み合わせて訪れるケースが多い。最近は欧州や北米からの個人客も増えているという。"),
        ("p", "一方、受け入れ側の課題もある。乗船場の案内表示は日本語が中心で、キャッシュレス決済にも対応していない。同社の早坂真理子社長は「年内に決済端末を導入し、案内表示も4言語に増やしたい」としている。"),
        ("p", "外国人客の増加は地元にも波及している。乗船場近くの食堂では英語のメニューを用意し、そば打ち体験を始めた。店主の男性は「最初は言葉が通じるか不安だったが、身ぶり手ぶりで何とかなる。皆さん本当においしそうに食べてくれる」と話す。"),
        ("p", "県も外国人観光客の受け入れ強化に乗り出しており、今年度は舟下りを含む周遊ルートを海外の旅行会社に紹介する事業を始めた。"),
        ("p", "舟下りは約12キロを約1時間かけて下る。夏は涼しい川風と両岸の緑が楽しめ、秋の紅葉シーズンには乗船客がさらに増える見込みだ。"),
    ],
    entities=[("最上川", "LOC"), ("戸沢村", "LOC"), ("庄内町", "LOC"), ("最上峡舟運", "ORG"), ("英語", "MISC"), ("中国語", "MISC"),
              ("韓国語", "MISC"), ("渡部隆", "PER"), ("台湾", "LOC"), ("仙台空港", "LOC"), ("庄内空港", "LOC"), ("欧州", "LOC"),
              ("北米", "LOC"), ("日本語", "MISC"), ("早坂真理子", "PER")],
    notes=OLD_NOTE + " Languages are typed MISC.",
))

# 06 ------------------------------------------------------------- old template, Shift_JIS, <br> runs, signature
ARTICLES.append(dict(
    id=f"{SITE}-06", aid=140288, tpl="old", charset="Shift_JIS", br=True, url=old_url(140288),
    area="鶴岡", area_key="tsuruoka", area_path="/area/tsuruoka/", og_image="komeko-pan",
    headline="高校生考案の米粉パン、県内のコンビニで販売へ　鶴岡の農業高",
    description="鶴岡みどり高校の生徒が地元産の米粉で考案したパンが、18日から県内のコンビニで販売される。",
    published=D(2020, 2, 14, 16, 10, tzinfo=JST), crawl=D(2020, 2, 15, 9, 20, tzinfo=JST), authors=["佐藤亮介"],
    tags=["高校生", "米粉", "商品開発"],
    related=[("高校生が育てた米、学校給食に", D(2020, 1, 22, tzinfo=JST)), ("農業高校の生徒がジャムを商品化", D(2019, 11, 8, tzinfo=JST)),
             ("鶴岡の菓子店、米粉のバウムクーヘン発売", D(2019, 10, 3, tzinfo=JST))],
    body=[
        ("p", "鶴岡市の鶴岡みどり高校の生徒が地元産の米粉を使って考案したパンが、18日から県内のコンビニエンスストア約180店で販売される。地元のコンビニチェーン「ハートマート」と共同で商品化した。"),
        ("p", "商品名は「だだちゃ豆もちもちパン」。鶴岡特産の枝豆「だだちゃ豆」のあんを米粉の生地で包んだ。食品科学科の2年生8人が昨年春から試作を重ね、30回以上作り直して完成させた。"),
        ("p", "リーダーの五十嵐陽菜さん（17）は「米粉の生地はふくらみにくく、何度も失敗した。自分たちの作ったパンがお店に並ぶのは夢みたい」と喜ぶ。"),
        ("ad",),
        ("p", "ハートマート商品部の高橋伸吾さんは「生徒の皆さんの発想は新鮮で、地元の食材の魅力がよく伝わる商品になった。売れ行きが良ければ定番化も検討したい」と話した。"),
        ("p", "パンの包装には、生徒が描いたイラストと、だだちゃ豆の産地を紹介する短い文章が印刷されている。五十嵐さんは「パンを買った人に、鶴岡のことも知ってもらえたらうれしい」と話していた。"),
        ("p", "同校では、地域の企業と連携した商品開発に5年前から取り組んでおり、これまでにジャムやせんべいなど6品を商品化した。指導する教諭の加藤美和子さんは「作って終わりではなく、原価や販売の仕組みまで学べるのが大きい」と話す。"),
        ("p", "パンは1個160円（税込み）。3月末までの期間限定で販売する。売り上げの一部は、生徒たちの研修費に充てられる。"),
    ],
    entities=[("鶴岡", "LOC"), ("鶴岡市", "LOC"), ("鶴岡みどり高校", "ORG"), ("ハートマート", "ORG"), ("だだちゃ豆もちもちパン", "MISC"),
              ("だだちゃ豆", "MISC"), ("五十嵐陽菜", "PER"), ("高橋伸吾", "PER"), ("加藤美和子", "PER"), ("五十嵐", "PER")],
    notes=OLD_NOTE + " Products (the bread and the bean variety) are typed MISC; the reporter's name in parentheses is the byline; the text is <br><br> runs.",
))

# 07 ------------------------------------------------------------- new template, UTF-8, JSON-LD (author: the paper)
ARTICLES.append(dict(
    id=f"{SITE}-07", aid=501876, tpl="new", charset="utf-8", url=new_url(501876),
    area="ニュース", area_key="news", area_path="/news/", og_image="ooyuki",
    headline="大雪で在来線の運休相次ぐ　鶴岡で積雪80センチ",
    description="強い冬型の気圧配置の影響で、庄内地方は8日夜から9日朝にかけて大雪となった。",
    published=D(2021, 1, 9, 6, 50, tzinfo=JST), crawl=D(2021, 1, 9, 15, 0, tzinfo=JST), authors=[],
    tags=["大雪", "交通", "天気"],
    related=[("今冬初の大雪警報　庄内全域に", D(2020, 12, 15, tzinfo=JST)), ("除雪ボランティアを募集　高齢者世帯を支援", D(2020, 12, 28, tzinfo=JST)),
             ("雪下ろし中の転落事故に注意を", D(2021, 1, 5, tzinfo=JST))],
    body=[
        ("p", "強い冬型の気圧配置の影響で、庄内地方は8日夜から9日朝にかけて大雪となった。鶴岡市では9日午前5時の積雪が80センチに達し、1月としては過去10年で最も多くなった。"),
        ("p", "交通機関への影響が広がった。日本海沿いを走る在来線は始発から上下線の計24本が運休し、約5千人に影響が出た。高速バスも酒田と仙台を結ぶ便など一部が欠航した。"),
        ("ad",),
        ("p", "市街地では除雪車がフル稼働したが、住宅街の生活道路まで手が回らず、通勤時間帯には各地で渋滞が発生した。市道路課によると、除雪車約120台を出動させたという。"),
        ("p", "市内の小中学校のうち12校が臨時休校とし、残る学校も始業時間を遅らせた。路線バスも市街地の一部路線で最大1時間以上の遅れが出た。"),
        ("h", "雪下ろし中の事故に注意"),
        ("p", "雪の重みで倉庫の屋根が壊れる被害も出た。三川町では9日朝、農業用倉庫の屋根が崩れたが、けが人はいなかった。"),
        ("p", "消防は、屋根の雪下ろしをする際は必ず2人以上で作業し、命綱やヘルメットを着けるよう呼び掛けている。気象台によると、10日にかけて庄内地方ではさらに30〜40センチの降雪が予想される。"),
        ("p", "スーパーやコンビニでは、9日朝から食料品や灯油を買い求める客が目立った。鶴岡市内のホームセンターでは、スコップやスノーダンプが昼前に品切れになった。"),
    ],
    entities=[("庄内地方", "LOC"), ("鶴岡市", "LOC"), ("鶴岡", "LOC"), ("日本海", "LOC"), ("酒田", "LOC"), ("仙台", "LOC"), ("三川町", "LOC")],
    notes=NEW_NOTE,
))

# 08 ------------------------------------------------------------- new template, updated, signature, JSON-LD Person
ARTICLES.append(dict(
    id=f"{SITE}-08", aid=533412, tpl="new", charset="utf-8", url=new_url(533412), ld_author="person",
    area="遊佐・飛島", area_key="yuza", area_path="/area/yuza/", og_image="chidori",
    headline="飛島航路に新造船「ちどり」就航　揺れ少なく所要時間も短縮",
    description="酒田港と飛島を結ぶ定期船に新造船「ちどり」が25日就航した。所要時間は15分短い1時間。",
    published=D(2022, 4, 25, 15, 5, tzinfo=JST), modified=D(2022, 4, 25, 18, 20, tzinfo=JST), crawl=D(2022, 4, 26, 9, 0, tzinfo=JST),
    authors=["土門沙織"], tags=["飛島", "定期船", "酒田市"],
    related=[("飛島の小中学校、児童生徒ゼロで休校へ", D(2022, 3, 18, tzinfo=JST)), ("新造船の愛称「ちどり」に決定", D(2021, 11, 30, tzinfo=JST)),
             ("飛島でウミネコの繁殖始まる", D(2021, 5, 12, tzinfo=JST))],
    body=[
        ("p", "酒田港と離島の飛島を結ぶ定期船に新造船「ちどり」が25日、就航した。旧船より揺れが少なく、所要時間も15分短い1時間で結ぶ。島民や観光客ら約90人が初便に乗り込み、島の港では住民が大漁旗を振って出迎えた。"),
        ("img", "chidori", "飛島の港に到着した新造船「ちどり」", "酒田市提供"),
        ("p", "新造船は全長約40メートル、定員200人。船体の揺れを抑える装置を備え、冬の荒れた日本海でも欠航を減らせると期待されている。建造費約18億円は国と県、酒田市が負担した。"),
        ("p", "飛島は酒田港の北西約39キロにある県内唯一の有人離島で、約150人が暮らす。定期船は島民の生活の足であり、食料品や郵便物を運ぶ生命線でもある。"),
        ("ad",),
        ("h", "観光客増にも期待"),
        ("p", "島で民宿を営む本間千代子さん（71）は「前の船は揺れがひどく、船酔いを心配して島に来るのをためらう人も多かった。新しい船で観光客が増えてくれたら」と話した。"),
        ("p", "市は新造船の就航に合わせ、島内を巡るガイドツアーを始める。バードウオッチングや海釣りなど島ならではの体験を売り込み、年間の観光客を現在の約1万人から1万5千人に増やす目標を掲げる。"),
        ("p", "旧船は就航から30年以上がたち、エンジンの故障で欠航することもあった。島の郵便局で働く男性は「冬場に何日も船が来ないと、島の生活はすぐに困る。新しい船で安心できる」と話した。"),
        ("p", "市の担当者は「島の暮らしを支えるとともに、多くの人に飛島の魅力を知ってもらうきっかけにしたい」と話している。定期船は1日1〜3往復で、季節によって便数が変わる。運賃は大人片道2440円。"),
    ],
    entities=[("飛島", "LOC"), ("ちどり", "MISC"), ("酒田港", "LOC"), ("日本海", "LOC"), ("酒田市", "LOC"), ("本間千代子", "PER")],
    notes=NEW_NOTE + " The vessel's name is typed MISC; the reporter's name in parentheses at the end of the text is the byline.",
))

# 09 ------------------------------------------------------------- new template, election, no byline
ARTICLES.append(dict(
    id=f"{SITE}-09", aid=567090, tpl="new", charset="utf-8", url=new_url(567090),
    area="鶴岡", area_key="tsuruoka", area_path="/area/tsuruoka/", og_image="shigisen",
    headline="鶴岡市議選、投票率は過去最低の52.84％　新人7人が当選",
    description="任期満了に伴う鶴岡市議選は23日投開票され、投票率は過去最低の52.84％だった。",
    published=D(2023, 4, 24, 1, 10, tzinfo=JST), crawl=D(2023, 4, 24, 11, 0, tzinfo=JST), authors=[],
    tags=["鶴岡市議選", "選挙", "投票率"],
    related=[("鶴岡市議選が告示　28議席に33人立候補", D(2023, 4, 16, tzinfo=JST)), ("期日前投票、前回比1割増", D(2023, 4, 21, tzinfo=JST)),
             ("若者の投票率向上へ　大学で出前授業", D(2023, 3, 9, tzinfo=JST))],
    body=[
        ("p", "任期満了に伴う鶴岡市議選（定数28）は23日投開票され、新議員28人が決まった。投票率は52.84％で、前回を4.31ポイント下回り、過去最低となった。"),
        ("p", "立候補した33人のうち、現職19人、元職2人、新人7人が当選した。女性は前回より2人多い6人が当選し、過去最多となった。最年少は28歳の新人、最年長は76歳の現職だった。"),
        ("ad",),
        ("p", "初当選した新人の鈴木はるかさん（31）は、子育て世代の声を市政に届けたいと訴えて支持を広げた。「選挙戦を通して、若い世代ほど政治が遠いと感じていると痛感した。議会をもっと身近にしたい」と話した。"),
        ("p", "当選者の平均年齢は61.3歳で、前回より1.2歳若くなった。一方、立候補者数は定数をわずか5人上回るにとどまり、4年前の選挙から3人減った。地区によっては候補者が1人もいない地域も出ている。"),
        ("h", "低投票率に危機感"),
        ("p", "投票率の低下について、市選挙管理委員会は「選挙戦が盛り上がりに欠けたことに加え、若年層の関心の低さが影響した」と分析する。期日前投票は前回より増えたものの、当日の投票者数の減少を補えなかった。"),
        ("p", "市内では今回、投票所の数を前回より5カ所減らした。高齢者からは「投票所が遠くなって行きにくくなった」との声も上がっており、選管は次回に向けて移動投票所の導入を検討する考えだ。"),
        ("p", "地方政治に詳しい東北みらい大学の大滝修准教授は「議員のなり手不足と投票率の低下は全国の地方議会に共通する課題だ。議会が何をしているのか、住民に伝える努力が欠かせない」と指摘する。"),
        ("p", "新議員の任期は5月1日から4年間。"),
    ],
    entities=[("鶴岡市議選", "MISC"), ("鈴木はるか", "PER"), ("東北みらい大学", "ORG"), ("大滝修", "PER")],
    notes=NEW_NOTE + " The city assembly election is typed MISC (an event) as a whole, so the city name inside it is not a separate mention.",
))

# 10 ------------------------------------------------------------- new template, SEO title, signature, JSON-LD Person
ARTICLES.append(dict(
    id=f"{SITE}-10", aid=602215, tpl="new", charset="utf-8", url=new_url(602215), ld_author="person",
    title="庄内空港に大阪（伊丹）便　7月1日就航、12年ぶり｜潮見日報",
    area="経済", area_key="economy", area_path="/economy/", og_image="osaka-bin",
    headline="庄内空港に大阪便が就航へ　7月から1日1往復",
    description="スカイみなと航空は11日、庄内空港と大阪（伊丹）空港を結ぶ路線を7月1日から開設すると発表した。",
    published=D(2024, 3, 12, 8, 15, tzinfo=JST), crawl=D(2024, 3, 12, 19, 40, tzinfo=JST), authors=["池田俊介"],
    tags=["庄内空港", "航空路線", "観光"],
    related=[("庄内空港の羽田便、1日5往復に戻らず", D(2024, 2, 20, tzinfo=JST)), ("空港ターミナルに庄内の食材を使う食堂", D(2024, 1, 15, tzinfo=JST)),
             ("関西の旅行会社を招き視察ツアー", D(2023, 11, 7, tzinfo=JST))],
    body=[
        ("p", "航空会社のスカイみなと航空は11日、庄内空港と大阪（伊丹）空港を結ぶ路線を7月1日から開設すると発表した。1日1往復で、庄内空港に大阪便が就航するのは12年ぶり。"),
        ("p", "使用機材は76席の小型ジェット機。大阪を午前に出発し、庄内を昼前に折り返すダイヤを予定している。片道の普通運賃は3万1千円程度になる見通し。"),
        ("p", "同社の森田圭介社長は記者会見で「関西からの観光需要は大きい。出羽三山や日本海の食文化など、庄内の魅力を発信していきたい」と述べた。"),
        ("ad",),
        ("h", "地元は利用促進に力"),
        ("p", "庄内空港の発着は現在、東京（羽田）便の1日4往復のみ。地元では関西方面への直行便を求める声が根強く、県や周辺の市町でつくる庄内空港利用振興協議会が誘致を続けてきた。"),
        ("p", "協議会は就航に合わせ、関西の旅行会社と連携したツアーの造成や修学旅行の誘致に取り組む方針だ。搭乗率が低迷すれば路線の維持が難しくなるため、地元住民にも利用を呼び掛ける。"),
        ("p", "庄内空港の昨年度の利用者は約38万人で、コロナ禍前の水準にほぼ戻った。協議会は、大阪便の就航で年間5万人程度の利用増を見込んでいる。"),
        ("p", "酒田市の会社員、今野由紀さん（38）は「大阪に住む娘に会いに行くのに、これまでは新幹線を乗り継いで6時間かかっていた。直行便ができるのは本当にありがたい」と喜んだ。"),
        ("p", "航空券は今月下旬から、同社のウェブサイトなどで販売を始める。"),
    ],
    entities=[("庄内空港", "LOC"), ("大阪", "LOC"), ("スカイみなと航空", "ORG"), ("伊丹", "LOC"), ("庄内", "LOC"), ("森田圭介", "PER"),
              ("関西", "LOC"), ("出羽三山", "LOC"), ("日本海", "LOC"), ("東京", "LOC"), ("羽田", "LOC"), ("庄内空港利用振興協議会", "ORG"),
              ("酒田市", "LOC"), ("今野由紀", "PER")],
    notes=NEW_NOTE + " '大阪（伊丹）空港' is annotated as the two place names it is written with; the <title> carries an SEO headline.",
))

# 11 ------------------------------------------------------------- new template, og:title with a glued label, no byline
ARTICLES.append(dict(
    id=f"{SITE}-11", aid=648831, tpl="new", charset="utf-8", url=new_url(648831),
    og_title="【写真】だだちゃ豆の出荷最盛期　猛暑で収量減も「味は上々」",
    area="鶴岡", area_key="tsuruoka", area_path="/area/tsuruoka/", og_image="dadacha",
    headline="だだちゃ豆の出荷最盛期　猛暑で収量減も「味は上々」",
    description="鶴岡市特産の枝豆「だだちゃ豆」の出荷が最盛期を迎えている。",
    published=D(2025, 8, 5, 13, 20, tzinfo=JST), crawl=D(2025, 8, 6, 8, 0, tzinfo=JST), authors=[],
    tags=["だだちゃ豆", "農業", "鶴岡市"],
    related=[("記録的猛暑、庄内で36.8度", D(2025, 7, 28, tzinfo=JST)), ("枝豆の新品種、試験栽培へ", D(2025, 6, 11, tzinfo=JST)),
             ("農業体験の受け入れ農家を募集", D(2025, 5, 2, tzinfo=JST))],
    body=[
        ("p", "鶴岡市特産の枝豆「だだちゃ豆」の出荷が最盛期を迎えている。市内の主産地では、早朝から農家が畑で収穫作業に追われている。"),
        ("p", "今年は7月の記録的な猛暑と少雨で、さやの膨らみが悪い株が目立ち、収量は平年より1割ほど少なくなる見通しだ。それでも、鶴岡だだちゃ豆生産者協議会の菅原浩二会長（62）は「暑さで甘みが増した。味は例年以上」と胸を張る。"),
        ("img", "dadacha", "早朝の畑でだだちゃ豆を収穫する農家", "鶴岡市内で、本社写真部撮影"),
        ("p", "だだちゃ豆は独特の甘みと香りが特徴で、鶴岡市内の限られた地域で栽培された品種だけがその名を名乗れる。今年は市内の約220戸が約280ヘクタールで栽培している。"),
        ("ad",),
        ("h", "人手不足が深刻に"),
        ("p", "収穫は早朝の涼しい時間帯に行い、その日のうちに選別と袋詰めをして出荷する。鮮度を保つため作業は時間との勝負だが、農家の高齢化で人手の確保が年々難しくなっている。"),
        ("p", "協議会は今年、都市部の学生らが農作業を手伝いながら滞在する援農ツアーを初めて企画した。東京や仙台から約40人が参加し、収穫や袋詰めを手伝っている。"),
        ("p", "参加した東京都内の大学生、中島蒼さん（21）は「収穫したてをゆでて食べたら、スーパーのものとは別物だった。来年も来たい」と話していた。"),
        ("p", "協議会によると、今年は燃料や資材の高騰で生産コストも上がっている。菅原会長は「価格に転嫁するのは難しいが、品質の高さで勝負したい。一度食べれば違いが分かるはずだ」と話した。"),
        ("p", "出荷は8月下旬まで続く。市内の直売所のほか、ふるさと納税の返礼品としても人気が高い。"),
    ],
    entities=[("だだちゃ豆", "MISC"), ("鶴岡市", "LOC"), ("鶴岡だだちゃ豆生産者協議会", "ORG"), ("菅原浩二", "PER"), ("東京都", "LOC"),
              ("東京", "LOC"), ("仙台", "LOC"), ("中島蒼", "PER"), ("菅原", "PER"), ("ふるさと納税", "MISC")],
    notes=NEW_NOTE + " og:title glues a 【写真】 label to the headline; the caption's credit line is left out. Adjudicated with the second annotation (December 2026): the surname alone in '菅原会長' is a PER mention, and ふるさと納税, the name of a national tax scheme, is MISC (a named plan, GUIDELINES 9.1).",
))

# 12 ------------------------------------------------------------- new template, festival, signature, JSON-LD Person
ARTICLES.append(dict(
    id=f"{SITE}-12", aid=690447, tpl="new", charset="utf-8", url=new_url(690447), ld_author="person",
    area="酒田", area_key="sakata", area_path="/area/sakata/", og_image="matsuri",
    headline="酒田まつり、過去最多の人出　大獅子練り歩き街に活気",
    description="酒田市の春の恒例行事「酒田まつり」が20日開かれ、過去最多の約32万人が訪れた。",
    published=D(2026, 5, 20, 21, 30, tzinfo=JST), crawl=D(2026, 5, 21, 10, 0, tzinfo=JST), authors=["佐久間亮"],
    tags=["酒田まつり", "祭り", "酒田市"],
    related=[("酒田まつり、大獅子の修復終わる", D(2026, 5, 8, tzinfo=JST)), ("祭り当日の交通規制を発表", D(2026, 5, 14, tzinfo=JST)),
             ("露店の出店者、過去最多の400店", D(2026, 5, 11, tzinfo=JST))],
    body=[
        ("p", "酒田市の春の恒例行事「酒田まつり」が20日、市中心部で開かれ、主催者発表で過去最多の約32万人が訪れた。"),
        ("p", "祭りの呼び物である大獅子の行列では、高さ約4メートルの獅子頭が地元の子どもたちに引かれて中心街を練り歩いた。沿道では観光客がスマートフォンを掲げ、大きな口を開けた獅子の迫力ある姿を撮影していた。"),
        ("img", "matsuri", "中心街を練り歩く大獅子", "本社写真部撮影"),
        ("p", "今年は歩行者天国の区間を延ばし、約400の露店が並んだ。地元の飲食店が庄内の食材を使った料理を振る舞うコーナーも初めて設けられ、昼すぎには長い列ができた。"),
        ("ad",),
        ("h", "混雑への対応が課題"),
        ("p", "人出の増加に伴い、酒田駅周辺では夕方に列車を待つ人の列ができ、最長で約1時間待ちとなった。市は来年に向けて、シャトルバスの増便や駐車場の案内の改善を検討する。"),
        ("p", "市によると、今年は祭りに合わせて市内のホテルや旅館がほぼ満室となり、隣の鶴岡市や遊佐町の宿に泊まる観光客も多かった。中心商店街の飲食店の売り上げは、平日の3倍以上になったという。"),
        ("p", "酒田まつり実行委員会の渡辺敏郎委員長は「天候に恵まれ、多くの方に楽しんでいただけた。混雑への対応は反省点として次回に生かしたい」と話した。"),
        ("p", "家族4人で訪れた鶴岡市の会社員、小野寺健太さん（42）は「子どもの頃に見た獅子を、今度は自分の子どもと見られてうれしい」と笑顔を見せた。"),
        ("p", "祭りは21日も続き、最終日は夜に花火が打ち上げられる。"),
    ],
    entities=[("遊佐町", "LOC"), ("酒田まつり", "MISC"), ("酒田市", "LOC"), ("庄内", "LOC"), ("酒田駅", "LOC"), ("酒田まつり実行委員会", "ORG"), ("渡辺敏郎", "PER"),
              ("鶴岡市", "LOC"), ("小野寺健太", "PER")],
    notes=NEW_NOTE + " The festival is typed MISC; its committee (ORG) contains the festival's name and is one mention.",
))

# 13 ------------------------------------------------------------- minimal pair of 02: the same page served in UTF-8
ARTICLES.append(dict(ARTICLES[1], id=f"{SITE}-13", charset="utf-8", variant_of=f"{SITE}-02", url=ARTICLES[1]["url"] + "?charset=utf-8",
                     canonical=ARTICLES[1]["url"],
                     notes=f"Minimal pair of {SITE}-02: differs only in legacy-encoding (the same markup declared and served as UTF-8 instead of Shift_JIS). " + ARTICLES[1]["notes"]))



# The 2025 smartphone-first template shows a story's age ("5時間前") and keeps the exact time only in the
# byline's <time datetime>.
RELATIVE = {'shiomi-nippo-12': '5時間前', 'shiomi-nippo-09': '2時間前', 'shiomi-nippo-10': '8時間前'}


# Longer stories (issue 11: visible text short of the real pages' median). Each listed story gets more reporting
# after its last paragraph; new people and organisations join its entities; the UTF-8 twin 13 follows its original 02.
# On the old template's <br> pages (02/13, 04, 06) the addition is paragraphs only: those pages never had subheadings,
# and a bold run inside a <br> text is not the kind of heading the rest of the corpus labels.
MORE = {
    f"{SITE}-02": ([
        ("p", "温泉街の旅館組合は、松風館に飾られている書や絵の一部を譲り受け、温泉街の資料館で展示することを検討している。"
              "村井組合長は「松風館の歴史を温泉街の記憶として残したい。来年の夏までには形にしたい」と話した。"),
    ], [("松風館", "ORG"), ("村井", "PER")]),
    f"{SITE}-04": ([
        ("p", "選果場では、収穫の最盛期に合わせて地元の高校生や大学生のアルバイトも受け入れている。今年は初めて、近くの大学の"
              "留学生12人が箱詰め作業に加わった。ベトナム出身の留学生グエン・ティ・ランさん（22）は「柿の種類がこんなに多いとは"
              "知らなかった。甘い柿を国の家族にも送りたい」と笑顔で話した。"),
        ("p", "同農協は今月下旬、鶴岡市内のショッピングセンターで庄内柿の試食販売会を開く。干し柿作りの実演も予定しており、"
              "富樫部会長は「若い人にも柿のおいしさを知ってもらいたい」と話している。"),
    ], [("ベトナム", "LOC"), ("グエン・ティ・ラン", "PER"), ("鶴岡市", "LOC"), ("庄内柿", "MISC"), ("富樫", "PER")]),
    f"{SITE}-05": ([
        ("h", "秋に向け受け入れ準備"),
        ("p", "同社は秋の紅葉シーズンに向けて、外国語で案内できる船頭をさらに3人増やす計画だ。研修では、県内の大学で英語を"
              "教える講師が週に1回、舟唄の歌詞の意味や沿岸の歴史を英語で説明する練習を指導している。"),
        ("p", "早坂社長は「言葉だけでなく、舟の上で過ごす1時間そのものを楽しんでもらいたい」と話している。"),
    ], [("英語", "MISC"), ("早坂", "PER")]),
    f"{SITE}-06": ([
        ("p", "販売開始を前に、生徒たちは17日、鶴岡市内の店舗で店員向けの説明会に参加した。パンの特徴や、だだちゃ豆のあんを"
              "作る際の工夫を自分たちの言葉で紹介し、店頭に置く手書きのポップも手渡した。"),
        ("p", "説明を受けた店長の斎藤和也さん（45）は「高校生が一生懸命説明してくれて、こちらも気持ちが入る。お客さんに"
              "しっかり薦めたい」と話した。"),
        ("p", "米粉は、鶴岡市内の農家が栽培した米を地元の製粉会社でひいたものを使っている。生徒たちは昨年の秋、田んぼで稲刈りも"
              "体験した。五十嵐さんは「お米を作る人の苦労を知って、一つも無駄にしたくないと思った」と振り返る。"),
        ("p", "同校は来年度、庄内産の果物を使ったデザートパンの開発にも挑戦する予定だ。"),
    ], [("鶴岡市", "LOC"), ("だだちゃ豆", "MISC"), ("斎藤和也", "PER"), ("五十嵐", "PER"), ("庄内", "LOC")]),
    f"{SITE}-08": ([
        ("h", "島の暮らし、新たな一歩"),
        ("p", "初便には、島の小中学校に通う子どもたちの姿もあった。島の学校は現在、児童生徒が4人だけで、市内での行事に参加する"
              "際には定期船を使う。小学5年の男子児童は「前の船は揺れて気持ち悪くなったけど、新しい船は静かで速い。市内に行くのが"
              "楽しみになった」と話した。"),
        ("p", "新造船には、車いすのまま乗れるスロープや多目的トイレも設けられた。島の高齢化率は7割を超えており、通院のために"
              "酒田市内の病院へ通う住民も多い。島の自治会長を務める佐々木松太郎さん（76）は「足の悪い年寄りでも安心して乗れる。"
              "島にとって何よりの贈り物だ」と喜んだ。"),
        ("p", "運航する飛島定期航路協会は、就航から1年間の運航状況や利用者数をまとめ、来年度の便数やダイヤの見直しに生かす方針だ。"),
    ], [("酒田市", "LOC"), ("佐々木松太郎", "PER"), ("飛島定期航路協会", "ORG")]),
    f"{SITE}-09": ([
        ("h", "新議会、課題山積"),
        ("p", "新しい議会は、人口減少対策や中心市街地の活性化など多くの課題を抱える。市は来年度、老朽化した市民会館の建て替え"
              "計画を議会に示す予定で、総事業費は約60億円に上る見通しだ。財源の確保や規模の妥当性をめぐり、議論が白熱しそうだ。"),
        ("p", "再選を果たしたベテラン議員の一人は「当選者の顔ぶれが若返ったのは心強い。一方で、議員の数に見合った仕事をして"
              "いるのか、市民の目は厳しい」と気を引き締めた。"),
        ("p", "市選管は次回の選挙に向けて、高校や大学での出前授業を増やすほか、大型商業施設への期日前投票所の設置を検討する。"
              "担当者は「投票に行くきっかけを少しでも増やしたい」と話している。"),
        ("p", "5月の臨時議会では、正副議長の選挙が行われる。"),
    ], []),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    key = a.get("variant_of") or a["id"]
    if key not in MORE:
        return a
    extra, entities = MORE[key]
    last = max(i for i, part in enumerate(a["body"]) if part[0] == "p")
    return dict(a, body=a["body"][:last + 1] + extra + a["body"][last + 1:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def build(a):
    a = lengthened(a)
    html, blocks = page(a)
    art = Article(id=a["id"], site=SITE, url=a["url"], language="ja", headline=a["headline"],
                  published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
                  authors=a["authors"], summary="", blocks=blocks, entities=a["entities"],
                  phenomena=phenomena_of(a, blocks), notes=a.get("notes", ""),
                  encoding=None, variant_of=a.get("variant_of"))
    return art, html


if __name__ == "__main__":
    for a in ARTICLES:
        art, html = build(a)
        codec = {"Shift_JIS": "cp932", "utf-8": "utf-8"}[a["charset"]]
        if (art.variant_of or art.id) in RELATIVE:
            art, html = relative_visible_date(art, html, RELATIVE[art.variant_of or art.id], drop_other_metadata=True)
        emit(art, html, codec)
        print(f"{a['id']}\t{len(html.encode(codec)) / 1024:.1f} KB")
