import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import add_published_meta, Article, Block, emit

"""한빛일보 (hanbit-ilbo): an invented Korean national daily whose site is a dense portal built
as a Nuxt 2 / Vue app. Pages are server-rendered by Nuxt (`data-server-rendered`, scoped
`data-v-*` attributes) and carry the store in `window.__NUXT__=(function(a,b,...){...}(...))`.
Newer article templates render the body client-side only: the HTML shows headline, byline
and an empty body placeholder, and the body HTML exists only in the Nuxt state. Older
templates render the body on the server (some with <br>-separated paragraphs and character
references, as the legacy CMS stored them). Times are KST (+09:00).

Metadata personality (realism wave): the Nuxt article template puts the logo in an <h1> (two <h1>s),
writes NewsArticle JSON-LD with the CMS's zone-less "YYYY-MM-DD HH:MM:SS" dates and, usually, no
article:published_time; its author is the reporters, the digital desk, or missing. The legacy view has
no JSON-LD, writes article:published_time (on one article the CMS registration time of the evening
before) and meta author as "이름 기자"; it splits the body around a mid-article recommendation box and
keeps an in-article ad slot between paragraphs. GNB sub-menus, section rankings, the latest list, ad
slots and recommendation items live in the Nuxt store and scripts."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

SITE = "hanbit-ilbo"
HOST = "https://www.hanbitilbo.example"
CDN = "https://cdn.hanbitilbo.example"
IMG = "https://img.hanbitilbo.example"
NAME = "한빛일보"
KST = _dt.timezone(_dt.timedelta(hours=9))
WEEK = "월화수목금토일"


def kdate(d, with_time=True):
    s = f"{d.year}년 {d.month}월 {d.day}일({WEEK[d.weekday()]})"
    if with_time:
        s += f" {d.hour:02d}:{d.minute:02d}"
    return s


def dotdate(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


def vid(component):
    """Vue scoped-style attribute of a component."""
    return f"data-v-{_zlib.crc32(('hb:' + component).encode()):08x}"


def legacy_entities(s):
    """The legacy CMS stores typographic quotes as named character references."""
    return (esc(s).replace("\u2018", "&lsquo;").replace("\u2019", "&rsquo;")
            .replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;").replace("\u00b7", "&middot;"))


# ---------------------------------------------------------------- Nuxt state serialisation (devalue-like)

_IDENT = _re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _jsstr(s):
    out = _json.dumps(s, ensure_ascii=False)
    return (out.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def nuxt_script(obj):
    """window.__NUXT__ as Nuxt 2 writes it: an IIFE whose parameters hold repeated values."""
    counts = {}

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str) and len(v) <= 16 or v is None or isinstance(v, bool):
            key = (type(v).__name__, v)
            counts[key] = counts.get(key, 0) + 1
    walk(obj)
    shared = [k for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))) if n >= 2][:60]
    names = []
    alpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for i in range(len(shared)):
        names.append(alpha[i] if i < 52 else alpha[i // 52 - 1] + alpha[i % 52])
    pmap = dict(zip(shared, names))

    def ser(v):
        if isinstance(v, dict):
            return "{" + ",".join((k if _IDENT.match(k) else _jsstr(k)) + ":" + ser(x) for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ",".join(ser(x) for x in v) + "]"
        key = (type(v).__name__, v)
        if key in pmap:
            return pmap[key]
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        return _jsstr(v)

    def lit(k):
        v = k[1]
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        return _jsstr(v)
    return (f"window.__NUXT__=(function({','.join(names)}){{return {ser(obj)}}}"
            f"({','.join(lit(k) for k in shared)}));")




# ---------------------------------------------------------------- page weight without visible text (realism wave)
# Real pages are heavy in markup, not in words: a consent manager's vendor list, an SVG icon sprite, a
# utility stylesheet, ad-auction configuration and widget state. All of it is generated here, seeded
# per page, with invented vendor names on reserved domains.

import random as _random

json_dumps = lambda o: _json.dumps(o, ensure_ascii=False, separators=(",", ":"))

_VA = ["Adkin", "Bramble", "Cobalt", "Dunmore", "Everly", "Fathom", "Glint", "Harrow", "Inkwell", "Juniper", "Kestrel",
       "Lattice", "Marlow", "Nimbus", "Orchard", "Pillar", "Quarry", "Rowan", "Sable", "Thistle", "Umber", "Vantor",
       "Willow", "Yarrow", "Zephyr", "Alder", "Birch", "Cinder", "Drift", "Ember"]
_VB = ["metrics", "reach", "signal", "bid", "pixel", "lens", "cast", "flow", "grid", "sense", "scope", "tap", "loop",
       "audience", "path", "ledger", "beacon", "relay", "insight", "xchange"]
_VS = ["Ltd", "Inc.", "GmbH", "SAS", "B.V.", "LLC", "AB", "S.L.", "Oy", "ApS"]


def vendor_list(seed, n=110):
    """A consent manager's vendor list as JSON (invented ad-tech vendors on .example domains)."""
    r = _random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        a, b = r.choice(_VA), r.choice(_VB)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        name = f"{a}{b} {r.choice(_VS)}"
        slug = f"{a}{b}".lower()
        purposes = sorted(r.sample(range(1, 12), r.randint(2, 7)))
        out.append({"id": 10 + len(out) * 3 + r.randint(0, 2), "name": name, "purposes": purposes,
                    "legIntPurposes": sorted(set(r.sample(range(2, 11), r.randint(0, 3))) - set(purposes)),
                    "flexiblePurposes": purposes[:r.randint(0, 2)], "specialPurposes": sorted(r.sample([1, 2, 3], r.randint(0, 2))),
                    "features": sorted(r.sample([1, 2, 3], r.randint(0, 3))), "specialFeatures": sorted(r.sample([1, 2], r.randint(0, 1))),
                    "policyUrl": f"https://www.{slug}.example/privacy", "cookieMaxAgeSeconds": r.choice([86400, 2592000, 31536000, 34164000]),
                    "usesCookies": True, "cookieRefresh": r.random() < .5, "usesNonCookieAccess": r.random() < .3,
                    "dataRetention": {"stdRetention": r.choice([30, 90, 180, 365, 395])},
                    "urls": [{"langId": "en", "privacy": f"https://www.{slug}.example/privacy", "legIntClaim": f"https://www.{slug}.example/legitimate-interest"}]})
    return json_dumps(out)


def icon_sprite(seed, names):
    """An inline SVG sprite of icons (symbols with path data), hidden, referenced by <use>."""
    r = _random.Random(seed)
    sym = []
    for nm in names:
        d = [f"M{r.randint(1, 23)} {r.randint(1, 23)}"]
        for _ in range(r.randint(8, 22)):
            c = r.choice("LCQAHV")
            if c == "C":
                d.append("C" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(6)))
            elif c == "Q":
                d.append("Q" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(4)))
            elif c == "A":
                d.append(f"A{r.randint(1, 10)} {r.randint(1, 10)} 0 {r.randint(0, 1)} {r.randint(0, 1)} {r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
            elif c in "HV":
                d.append(f"{c}{r.uniform(0, 24):.2f}")
            else:
                d.append(f"L{r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
        sym.append(f'<symbol id="icon-{nm}" viewBox="0 0 24 24"><path d="{"".join(d)}Z"/></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
            + "".join(sym) + "</svg>")


def utility_css(prefix, breakpoints=(("sm", 576), ("md", 768), ("lg", 1024), ("xl", 1280))):
    """A utility/grid stylesheet of the kind design systems inline on every page."""
    out = []
    for bp, width in (("", 0),) + tuple(breakpoints):
        rules = []
        sfx = f"-{bp}" if bp else ""
        for i in range(1, 13):
            rules.append(f".{prefix}-col{sfx}-{i}{{flex:0 0 {i / 12 * 100:.4f}%;max-width:{i / 12 * 100:.4f}%}}")
        for k, v in enumerate((0, 4, 8, 12, 16, 24, 32, 48)):
            for prop, ab in (("margin-top", "mt"), ("margin-bottom", "mb"), ("padding-top", "pt"), ("padding-bottom", "pb"),
                             ("padding-left", "pl"), ("padding-right", "pr")):
                rules.append(f".{prefix}-{ab}{sfx}-{k}{{{prop}:{v}px!important}}")
        for disp in ("none", "block", "flex", "inline-block", "grid"):
            rules.append(f".{prefix}-d{sfx}-{disp}{{display:{disp}!important}}")
        body = "\n".join(rules)
        out.append(f"@media (min-width:{width}px){{\n{body}\n}}" if width else body)
    return "\n".join(out)


def ad_config(seed, site, slots):
    """Header-bidding configuration: ad units with sizes and invented bidders."""
    r = _random.Random(seed)
    bidders = [f"{r.choice(_VA).lower()}{r.choice(_VB)}" for _ in range(7)]
    units = []
    for code, sizes in slots:
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}},
                      "bids": [{"bidder": b, "params": {"placementId": str(r.randint(10000000, 99999999)), "siteId": f"{site}-{r.randint(100, 999)}",
                                                        "zone": f"{code}-{r.randint(1, 9)}"}} for b in r.sample(bidders, 4)]})
    cfg = {"timeout": 1500, "priceGranularity": "dense", "currency": {"adServerCurrency": "USD"},
           "userSync": {"filterSettings": {"iframe": {"bidders": "*", "filter": "include"}}, "syncsPerBidder": 3, "syncDelay": 3000},
           "consentManagement": {"gdpr": {"cmpApi": "iab", "timeout": 8000}, "usp": {"timeout": 100}}}
    return f"window.{site}Bids={json_dumps({'config': cfg, 'adUnits': units})};"


# ---------------------------------------------------------------- body items

def P(t):
    return {"t": "p", "text": t}


def H(t):
    return {"t": "h", "text": t}


def UL(*xs):
    return {"t": "ul", "items": list(xs)}


def TABLE(rows, source=None):
    return {"t": "table", "rows": rows, "source": source}


def FIG(file, caption, credit):
    return {"t": "img", "file": file, "caption": caption, "credit": credit}


def REL(title, href):
    return {"t": "rel", "title": title, "href": href}


def AD(n):
    return {"t": "ad", "n": n}


def body_p_html(items, e=esc):
    out = []
    for it in items:
        t = it["t"]
        if t == "p":
            out.append(f"<p>{e(it['text'])}</p>")
        elif t == "h":
            out.append(f'<h3 class="sub_tit">{e(it["text"])}</h3>')
        elif t == "ul":
            out.append('<ul class="list_dot">' + "".join(f"<li>{e(x)}</li>" for x in it["items"]) + "</ul>")
        elif t == "table":
            head, *rows = it["rows"]
            out.append('<div class="tbl_wrap"><table class="tbl_data"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>" + (f'<p class="tbl_source">{e(it["source"])}</p>' if it["source"] else "") + "</div>")
        elif t == "img":
            out.append(f'<figure class="photo_wrap"><img src="{IMG}/photo/{it["file"]}" alt="{attr(it["caption"])}" loading="lazy"/>'
                       f'<figcaption>{e(it["caption"])} <em class="credit">/{e(it["credit"])}</em></figcaption></figure>')
        elif t == "rel":
            out.append(f'<p class="art_rel"><strong>관련기사</strong> <a href="{HOST}{it["href"]}">{e(it["title"])}</a></p>')
        elif t == "ad":
            out.append(f'<div class="ad_inarticle" id="div-ad-inart{it["n"]}" data-ad-unit="/31542/hanbit/article_in{it["n"]}"></div>')
    return "".join(out)


def body_br_html(items, e=legacy_entities):
    """The legacy CMS: paragraphs separated by <br /><br /> inside one div."""
    out = []
    for it in items:
        t = it["t"]
        if t == "p":
            out.append(e(it["text"]) + "<br /><br />")
        elif t == "h":
            out.append(f'<strong class="sub_tit">{e(it["text"])}</strong><br /><br />')
        elif t == "ul":
            out.append("".join(f"· {e(x)}<br />" for x in it["items"]) + "<br />")
        elif t == "table":
            head, *rows = it["rows"]
            out.append('<table class="tbl_data" border="0" cellpadding="0" cellspacing="0"><tr>' + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
                       + (f'<div class="tbl_source">{e(it["source"])}</div>' if it["source"] else "") + "<br />")
        elif t == "img":
            out.append(f'<div class="photo_center"><img src="{IMG}/photo/{it["file"]}" alt="" border="0"/>'
                       f'<div class="photo_caption">{e(it["caption"])} /{e(it["credit"])}</div></div><br />')
        elif t == "rel":
            out.append(f'<span class="art_rel">▶관련기사 <a href="{HOST}{it["href"]}">{e(it["title"])}</a></span><br /><br />')
        elif t == "ad":
            out.append(f'<div class="ad_inarticle" id="div-ad-inart{it["n"]}"></div>')
    return "".join(out)


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
            if it["source"]:
                out.append(Block("caption", it["source"], optional=True))
        elif t == "img":
            out.append(Block("caption", it["caption"], optional=True))
    return out


# ---------------------------------------------------------------- boilerplate pools

GNB = [
    ("정치", "politics", ["국회", "정당", "행정", "외교·안보", "북한", "선거"]),
    ("경제", "economy", ["경제일반", "금융", "증권", "산업", "부동산", "유통", "IT·과학", "자동차", "취업"]),
    ("사회", "society", ["사회일반", "사건사고", "법원·검찰", "교육", "노동", "환경", "복지", "의료", "날씨"]),
    ("국제", "world", ["국제일반", "미국·중남미", "중국", "일본", "유럽", "아시아·호주", "중동·아프리카"]),
    ("문화", "culture", ["문화일반", "공연·전시", "책", "여행", "종교", "음식", "건강"]),
    ("연예", "entertainment", ["방송", "영화", "음악", "스타"]),
    ("스포츠", "sports", ["야구", "축구", "농구·배구", "골프", "스포츠일반"]),
    ("오피니언", "opinion", ["사설", "칼럼", "기자수첩", "독자투고", "만평"]),
    ("지역", "local", ["서울", "경기·인천", "강원", "충청", "호남", "대구·경북", "부산·경남", "제주"]),
    ("포토", "photo", []),
    ("영상", "video", []),
    ("전체기사", "list", []),
]

RANKING = [
    "“월급 빼고 다 올랐다”…직장인 점심값 1년 새 12% 껑충",
    "고속도로 휴게소 ‘반값 커피’ 내달부터 전국 확대",
    "초등학교 앞 스쿨존 과속 단속 카메라 2배로 늘린다",
    "은퇴 후 귀촌 10년…“텃밭보다 이웃이 더 큰 재산”",
    "중고 거래 사기 피해 3년 새 두 배…“직거래도 안심 못해”",
    "지하철 막차 30분 연장 시범 운행…심야 귀갓길 숨통",
    "대학가 원룸 월세 평균 58만원…신입생들 ‘방 구하기 전쟁’",
    "“아이 맡길 곳이 없어요”…맞벌이 부부 돌봄 공백 여전",
    "동네 목욕탕 하나둘 문 닫는다…5년 새 30% 감소",
    "가을 단풍 절정 다음 주…설악·오대산 ‘붉은 물결’",
]

BREAKING = [
    "수도권 지하철 2개 노선 출근길 운행 지연…신호 장애 원인",
    "전국 대체로 맑고 일교차 커…내륙 아침 기온 5도 안팎",
    "주요 은행 대출 금리 일제히 인상…이번 주부터 적용",
]

PHOTO_NEWS = [
    ("억새 물결 따라 걷는 가을 산책길", "photo/silver-grass.jpg"),
    ("새벽 수산시장 첫 경매", "photo/fish-market.jpg"),
    ("도심 속 코스모스 정원 개장", "photo/cosmos.jpg"),
    ("한옥마을 골목의 저녁 풍경", "photo/hanok-evening.jpg"),
]

OPINION = [
    ("[사설] 청년 주거 대책, 숫자보다 체감이 먼저다", "사설"),
    ("[한빛칼럼] 작은 도서관이 마을을 바꾼다", "남궁현 논설위원"),
    ("[기자수첩] ‘빨리빨리’가 놓친 안전", "장하람 기자"),
    ("[시론] 지방 소멸, 일자리에서 답을 찾아야", "여승완 지역정책연구소장"),
]

FOOTER_LINKS = ["회사소개", "윤리강령", "편집규약", "개인정보처리방침", "청소년보호정책", "이메일무단수집거부", "고충처리인",
                "기사제보", "광고문의", "제휴문의", "구독신청", "저작권 문의", "찾아오시는 길", "RSS"]

FAMILY = ["한빛경제", "한빛스포츠", "주간한빛", "한빛TV", "한빛아카데미", "한빛문화재단"]

CSS = """
@charset "utf-8";
html,body,div,span,h1,h2,h3,h4,p,a,em,strong,ul,ol,li,figure,figcaption,table,th,td,form,input,button{margin:0;padding:0;border:0;font-size:100%;vertical-align:baseline}
body{font-family:"Noto Sans KR","Malgun Gothic","맑은 고딕","Apple SD Gothic Neo",sans-serif;color:#222;letter-spacing:-.02em;-webkit-font-smoothing:antialiased}
ul,ol{list-style:none}a{color:inherit;text-decoration:none}img{vertical-align:top;max-width:100%}
.blind{position:absolute;overflow:hidden;clip:rect(0 0 0 0);width:1px;height:1px;margin:-1px}
.wrap[VHEAD]{min-width:1200px}
.top_bar[VHEAD]{border-bottom:1px solid #e5e5e5;font-size:12px;color:#666}
.top_bar .inner[VHEAD]{width:1200px;margin:0 auto;display:flex;justify-content:space-between;height:34px;align-items:center}
.top_bar .util a[VHEAD]{margin-left:14px}
.header[VHEAD]{width:1200px;margin:0 auto;height:96px;display:flex;align-items:center;justify-content:space-between}
.header .logo img[VHEAD]{height:46px}
.header .search[VHEAD]{display:flex;border:2px solid #1b3a8c;height:40px}
.header .search input[VHEAD]{width:240px;padding:0 12px;font-size:14px}
.header .search button[VHEAD]{width:44px;background:#1b3a8c;color:#fff}
.gnb[VGNB]{background:#1b3a8c;height:50px}
.gnb .inner[VGNB]{width:1200px;margin:0 auto;display:flex}
.gnb .inner>li[VGNB]{position:relative}
.gnb .inner>li>a[VGNB]{display:block;padding:0 17px;line-height:50px;color:#fff;font-size:17px;font-weight:700}
.gnb .inner>li.on>a[VGNB]{background:#12296a}
.gnb .sub[VGNB]{display:none;position:absolute;top:50px;left:0;min-width:150px;background:#fff;border:1px solid #1b3a8c;z-index:50;padding:8px 0}
.gnb .inner>li:hover .sub[VGNB]{display:block}
.gnb .sub a[VGNB]{display:block;padding:5px 16px;font-size:14px;color:#333}
.sub_gnb[VGNB]{border-bottom:1px solid #ddd;background:#f7f8fb}
.sub_gnb ul[VGNB]{width:1200px;margin:0 auto;display:flex;height:42px;align-items:center}
.sub_gnb li a[VGNB]{padding:0 14px;font-size:14px;color:#555}
.breaking[VHEAD]{width:1200px;margin:12px auto 0;display:flex;border:1px solid #e1e1e1;height:38px;align-items:center;font-size:14px}
.breaking strong[VHEAD]{background:#d7141a;color:#fff;padding:0 12px;line-height:38px;margin-right:12px}
.breaking li[VHEAD]{display:none}.breaking li:first-child[VHEAD]{display:block}
.container[VART]{width:1200px;margin:24px auto 0;display:flex;justify-content:space-between}
.content[VART]{width:840px}
.art_head[VART]{border-bottom:1px solid #222;padding-bottom:16px;margin-bottom:24px}
.art_head .location[VART]{font-size:13px;color:#888;margin-bottom:10px}
.art_head .kicker[VART]{display:inline-block;color:#d7141a;font-weight:700;font-size:16px;margin-bottom:6px}
.art_head h1[VART]{font-size:34px;line-height:1.35;font-weight:700;word-break:keep-all;letter-spacing:-.04em}
.art_head .sub_title[VART]{margin-top:14px;padding-left:12px;border-left:3px solid #1b3a8c;font-size:18px;line-height:1.6;color:#444;font-weight:500}
.art_info[VART]{display:flex;justify-content:space-between;align-items:flex-end;margin-top:18px;font-size:13px;color:#777}
.art_info .byline a[VART]{color:#1b3a8c;font-weight:700}.art_info .date span[VART]{margin-left:10px}
.art_tools[VART]{display:flex;gap:6px}
.art_tools button[VART]{width:34px;height:34px;border:1px solid #ddd;border-radius:50%;background:#fff;font-size:11px}
.art_body[VART]{font-size:18px;line-height:1.85;color:#222;word-break:keep-all}
.art_body p[VART]{margin-bottom:26px}.art_body .sub_tit[VART]{display:block;font-size:19px;font-weight:700;margin:10px 0 18px;padding-left:10px;border-left:4px solid #222}
.art_body .photo_wrap[VART],.art_body .photo_center[VART]{margin:0 0 28px;text-align:center}
.art_body figcaption[VART],.art_body .photo_caption[VART]{margin-top:8px;font-size:14px;line-height:1.6;color:#666;text-align:left}
.art_body .tbl_data[VART]{width:100%;border-top:2px solid #222;border-collapse:collapse;font-size:15px;margin-bottom:8px}
.art_body .tbl_data th[VART],.art_body .tbl_data td[VART]{border-bottom:1px solid #ddd;padding:9px 6px;text-align:center}
.art_body .tbl_source[VART]{font-size:13px;color:#888;margin-bottom:26px}
.art_body .list_dot li[VART]{position:relative;padding-left:14px;margin-bottom:8px}.art_body .list_dot li:before[VART]{content:"";position:absolute;left:0;top:13px;width:4px;height:4px;background:#222}
.art_body .art_rel[VART]{display:block;padding:12px 16px;background:#f4f6fa;font-size:16px;margin-bottom:26px}
.art_loading[VART]{padding:80px 0;text-align:center;color:#999;font-size:15px}
.art_loading .spinner[VART]{display:inline-block;width:36px;height:36px;border:3px solid #e5e5e5;border-top-color:#1b3a8c;border-radius:50%;animation:hb-spin .8s linear infinite;margin-bottom:12px}
@keyframes hb-spin{to{transform:rotate(360deg)}}
.art_foot[VART]{margin-top:30px;border-top:1px solid #ddd;padding-top:16px;font-size:14px;color:#666}
.art_foot .reporter[VART]{display:flex;gap:12px;align-items:center;padding:16px;background:#f7f8fb}
.art_foot .copyright[VART]{margin-top:12px;font-size:13px;color:#999}
.tag_list[VART]{margin-top:18px}.tag_list a[VART]{display:inline-block;margin:0 6px 6px 0;padding:5px 12px;border:1px solid #ddd;border-radius:16px;font-size:13px;color:#555}
.rel_news[VART]{margin-top:36px}.rel_news h2[VART],.sec_box h2[VSIDE]{font-size:18px;font-weight:700;padding-bottom:10px;border-bottom:2px solid #222;margin-bottom:14px}
.rel_news ul[VART]{display:grid;grid-template-columns:repeat(3,1fr);gap:18px 16px}
.rel_news li img[VART]{width:100%;height:140px;object-fit:cover}.rel_news li strong[VART]{display:block;margin-top:8px;font-size:15px;line-height:1.45;font-weight:500}
.rel_news li .date[VART]{font-size:12px;color:#999}
.comment_box[VART]{margin-top:36px;border:1px solid #ddd;padding:20px}.comment_box textarea[VART]{width:100%;height:80px;border:1px solid #ddd;padding:10px}
.aside[VSIDE]{width:320px}
.sec_box[VSIDE]{margin-bottom:30px}
.ranking li[VSIDE]{display:flex;gap:10px;padding:9px 0;border-bottom:1px solid #eee;font-size:15px;line-height:1.45}
.ranking li em[VSIDE]{flex:0 0 22px;font-style:normal;font-weight:700;color:#1b3a8c;font-size:17px}
.ranking li:nth-child(-n+3) em[VSIDE]{color:#d7141a}
.rank_tab[VSIDE]{display:flex;margin-bottom:8px}.rank_tab button[VSIDE]{flex:1;height:32px;border:1px solid #ddd;background:#fafafa;font-size:13px}.rank_tab button.on[VSIDE]{background:#222;color:#fff}
.photo_grid[VSIDE]{display:grid;grid-template-columns:1fr 1fr;gap:12px}.photo_grid img[VSIDE]{width:100%;height:96px;object-fit:cover}.photo_grid p[VSIDE]{font-size:13px;margin-top:5px}
.opinion li[VSIDE]{padding:9px 0;border-bottom:1px solid #eee;font-size:14px}.opinion li span[VSIDE]{display:block;color:#999;font-size:12px}
.newsletter[VSIDE]{background:#eef2fb;padding:18px}.newsletter p[VSIDE]{font-size:14px;line-height:1.6;margin-bottom:10px}
.newsletter input[VSIDE]{width:100%;height:38px;border:1px solid #c8d1e8;padding:0 10px;margin-bottom:6px}.newsletter button[VSIDE]{width:100%;height:38px;background:#1b3a8c;color:#fff}
.ad_box[VAD]{text-align:center;background:#f5f5f5;margin-bottom:30px}.ad_box .ad_label[VAD]{display:block;font-size:10px;color:#aaa;padding:3px 0}
.ad_top[VAD]{width:1200px;margin:0 auto;height:90px}
.bottom_news[VFOOT]{width:1200px;margin:40px auto 0;display:grid;grid-template-columns:repeat(4,1fr);gap:24px;border-top:2px solid #222;padding-top:20px}
.bottom_news h3[VFOOT]{font-size:16px;font-weight:700;margin-bottom:10px}.bottom_news li[VFOOT]{font-size:14px;line-height:1.5;padding:4px 0}
.footer[VFOOT]{margin-top:50px;background:#23262d;color:#a3a8b3;font-size:13px;padding:26px 0 40px}
.footer .inner[VFOOT]{width:1200px;margin:0 auto}.footer .links a[VFOOT]{color:#fff;margin-right:16px;line-height:2.2}
.footer .family[VFOOT]{margin:12px 0;padding:12px 0;border-top:1px solid #3a3e47;border-bottom:1px solid #3a3e47}
.footer address[VFOOT]{font-style:normal;line-height:1.8;margin-top:10px}
"""

VMAP = {"VHEAD": "Header", "VGNB": "Gnb", "VART": "ArticleView", "VSIDE": "Aside", "VAD": "AdBox", "VFOOT": "Footer"}


def css():
    return _re.sub(r"\[(V[A-Z]+)\]", lambda m: f"[{vid(VMAP[m.group(1)])}]", CSS)


def ad_box(n, size="300x250"):
    w, h = size.split("x")
    return (f'<div {vid("AdBox")} class="ad_box" style="min-height:{h}px"><span {vid("AdBox")} class="ad_label">AD</span>'
            f'<div id="div-gpt-ad-hb-{n}" data-ad-unit="/31542/hanbit/{n}" data-size="{w}x{h}"></div></div>')


def header(today, sec_slug, sub_name, logo_tag="h2"):
    V = vid("Header")
    G = vid("Gnb")
    lis = []
    for name, slug, subs in GNB:
        on = ' class="on"' if slug == sec_slug else ""
        sub = ""
        if subs:
            sub = f'<ul {G} class="sub" data-gnb="{slug}"></ul>'
        lis.append(f'<li {G}{on}><a {G} href="{HOST}/{slug}">{esc(name)}</a>{sub}</li>')
    subs = next((s for n, sl, s in GNB if sl == sec_slug), [])
    subgnb = "".join(f'<li {G}><a {G} href="{HOST}/{sec_slug}/{_quote(s)}"{" class=on" if s == sub_name else ""}>{esc(s)}</a></li>' for s in subs)
    brk = "".join(f'<li {V}><a href="{HOST}/article/{700000 + i * 37}">{esc(t)}</a></li>' for i, t in enumerate(BREAKING))
    return (f'<div {vid("AdBox")} class="ad_top">{ad_box("top_970", "970x90")}</div>'
            f'<div {V} class="top_bar"><div {V} class="inner"><p {V} class="today">{today.year}년 {today.month}월 {today.day}일 {WEEK[today.weekday()]}요일 '
            f'<span>서울 맑음 18℃</span></p><div {V} class="util"><a {V} href="{HOST}/member/login">로그인</a><a {V} href="{HOST}/member/join">회원가입</a>'
            f'<a {V} href="{HOST}/subscribe">구독신청</a><a {V} href="{HOST}/epaper">지면보기</a><a {V} href="{HOST}/app">앱 설치</a></div></div></div>'
            f'<header {V} class="header"><{logo_tag} {V} class="logo"><a href="{HOST}/"><img {V} src="{CDN}/img/logo_hanbit.svg" alt="한빛일보"/><span {V} class="blind">한빛일보</span></a></{logo_tag}>'
            f'<form {V} class="search" action="{HOST}/search" method="get"><input {V} type="search" name="q" placeholder="검색어를 입력하세요" title="검색어"/>'
            f'<button {V} type="submit">검색</button></form></header>'
            f'<nav {G} class="gnb"><ul {G} class="inner"><li {G}><a {G} href="{HOST}/">홈</a></li>{"".join(lis)}</ul></nav>'
            f'<nav {G} class="sub_gnb"><ul {G}>{subgnb}</ul></nav>'
            f'<div {V} class="breaking"><strong {V}>속보</strong><ul {V}>{brk}</ul></div>')


def share_tools(url, title):
    V = vid("ArticleView")
    u = _quote(url, safe="")
    return (f'<div {V} class="art_tools"><button {V} type="button" data-share="kakao" title="카카오톡 공유">카톡</button>'
            f'<button {V} type="button" data-share="kakaostory" title="카카오스토리 공유">스토리</button>'
            f'<a {V} href="https://facebook.example/sharer.php?u={u}" target="_blank" title="페이스북 공유"><button {V} type="button">페북</button></a>'
            f'<a {V} href="https://x.example/intent/tweet?url={u}&amp;text={_quote(title, safe="")}" target="_blank" title="X 공유"><button {V} type="button">X</button></a>'
            f'<button {V} type="button" data-share="copy" title="링크 복사">URL</button><button {V} type="button" data-tool="font" title="글자 크기">가</button>'
            f'<button {V} type="button" data-tool="print" title="인쇄">인쇄</button></div>')


def aside(rank, relative_now=None):
    V = vid("Aside")
    rk = "".join(f'<li {V}><em {V}>{i + 1}</em><a href="{HOST}/article/{640000 + i * 113}">{esc(t)}</a></li>' for i, t in enumerate(rank[:7]))
    ph = "".join(f'<li><a href="{HOST}/photo/{880000 + i}"><img {V} src="{IMG}/{f}" alt="" loading="lazy"/><p {V}>{esc(t)}</p></a></li>' for i, (t, f) in enumerate(PHOTO_NEWS[:2]))
    op = "".join(f'<li {V}><a href="{HOST}/opinion/{760000 + i * 7}">{esc(t)}</a><span {V}>{esc(w)}</span></li>' for i, (t, w) in enumerate(OPINION[:3]))
    return (f'<aside {V} class="aside">{ad_box("right_1")}'
            f'<section {V} class="sec_box"><h2 {V}>많이 본 뉴스</h2><div {V} class="rank_tab"><button {V} type="button" class="on">전체</button>'
            f'<button {V} type="button">정치</button><button {V} type="button">경제</button><button {V} type="button">사회</button></div>'
            f'<ol {V} class="ranking">{rk}</ol></section>'
            f'<section {V} class="sec_box newsletter"><h2 {V}>한빛 모닝레터</h2><p {V}>하루를 여는 핵심 뉴스 5개를 매일 아침 7시 이메일로 보내 드립니다.</p>'
            f'<form action="{HOST}/newsletter/subscribe" method="post"><input {V} type="email" name="email" placeholder="이메일 주소" title="이메일 주소"/>'
            f'<button {V} type="submit">무료 구독하기</button></form></section>'
            f'{ad_box("right_2", "300x600")}'
            f'<section {V} class="sec_box"><h2 {V}>포토뉴스</h2><ul {V} class="photo_grid">{ph}</ul></section>'
            f'<section {V} class="sec_box"><h2 {V}>오피니언</h2><ul {V} class="opinion">{op}</ul></section>'
            f'{ad_box("right_3")}</aside>')


def related_box(items, relative):
    V = vid("ArticleView")
    lis = "".join(f'<li {V}><a href="{HOST}/article/{aid}"><img {V} src="{IMG}/thumb/{aid}.jpg" alt="" loading="lazy"/>'
                  f'<strong {V}>{esc(t)}</strong></a><span {V} class="date">{esc(ds)}</span></li>' for t, ds, aid in items)
    return f'<section {V} class="rel_news"><h2 {V}>관련 기사</h2><ul {V}>{lis}</ul></section>'


BOTTOM = [
    ("정치", ["여야, 예산안 처리 시한 앞두고 막판 협상", "국회 상임위, 지역 공항 건설 법안 심사 착수", "지방선거 앞두고 후보 등록 첫날 신청 몰려", "외교 당국 “해외 체류 국민 안전 점검 강화”"]),
    ("경제", ["소상공인 카드 수수료 인하 내년부터 적용", "수출 7개월 연속 증가…반도체·자동차 호조", "전통시장 온누리상품권 할인율 10%로 상향", "편의점 도시락 매출 사상 최대"]),
    ("사회", ["도심 공원 야간 조명 확대…산책길 안전 높인다", "초등 돌봄교실 대기 아동 1만명 넘어", "폐교 활용한 마을 도서관 잇따라 문 열어", "119 구급대 출동 건수 5년 새 20% 늘어"]),
    ("지역", ["섬마을 여객선 증편…주민 이동권 개선", "산골 분교 졸업생 한 명 위한 졸업식", "강변 자전거길 40㎞ 구간 새 단장", "전통 5일장 되살리기 나선 청년 상인들"]),
]


def bottom_news():
    V = vid("Footer")
    cols = "".join(f'<div><h3 {V}>{esc(h)}</h3><ul>' + "".join(f'<li {V}><a href="{HOST}/article/{600000 + j * 11 + k}">{esc(x)}</a></li>' for k, x in enumerate(xs)) + "</ul></div>"
                   for j, (h, xs) in enumerate(BOTTOM[:2]))
    return f'<section {V} class="bottom_news">{cols}</section>'


def footer(year):
    V = vid("Footer")
    links = "".join(f'<a {V} href="{HOST}/company/{k}">{esc(x)}</a>' for k, x in enumerate(FOOTER_LINKS))
    fam = " · ".join(f'<a href="https://{k}.hanbitilbo.example">{esc(x)}</a>' for k, x in enumerate(FAMILY))
    return (f'<footer {V} class="footer"><div {V} class="inner"><div {V} class="links">{links}</div>'
            f'<div {V} class="family">패밀리 사이트 : {fam}</div>'
            f'<address {V}>(주)한빛일보사 | 서울특별시 중구 세종대로 000 한빛빌딩 | 대표전화 02-000-0000 | 기사제보 02-000-0100 | 팩스 02-000-0199<br/>'
            f'등록번호 서울 아00000 | 등록일 2009.03.02 | 발행인·편집인 도경환 | 청소년보호책임자 민수정 | 개인정보관리책임자 표재성<br/>'
            f'한빛일보의 모든 콘텐츠(기사)는 저작권법의 보호를 받으며, 무단 전재·복사·배포 등을 금합니다.<br/>'
            f'Copyright © {year} 한빛일보. All rights reserved. mail to webmaster@hanbitilbo.example</address></div></footer>')


def rcm_items(a):
    items = RANKING + [x for _, xs in BOTTOM for x in xs] + BREAKING
    return json_dumps([{"aid": 690000 + i * 17, "title": t, "thumb": f"{IMG}/thumb/{690000 + i * 17}_320x180.jpg", "section": GNB[i % 9][1],
                        "score": round(0.97 - i * 0.021, 3), "clickUrl": f"https://rcm.hanbitilbo.example/click?w=hb-rcm-0412&i={690000 + i * 17}&src={a['aid']}"}
                       for i, t in enumerate(items)])


def head_scripts(a):
    return (
        f'<script async src="https://stats.hanbitilbo.example/gtag/js?id=G-HB7K2Q9XW"></script>'
        f'<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag("js",new Date());'
        f'gtag("config","G-HB7K2Q9XW",{{"content_group":"{a["section"][1]}","article_id":"{a["aid"]}","author":{_json.dumps(",".join(a["authors"]), ensure_ascii=False)}}});</script>'
        f'<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];</script>'
        f'<script async src="https://ads.hanbitilbo.example/tag/js/gpt.js"></script>'
        f'<script>googletag.cmd.push(function(){{googletag.defineSlot("/31542/hanbit/top_970",[970,90],"div-gpt-ad-hb-top_970").addService(googletag.pubads());'
        f'googletag.defineSlot("/31542/hanbit/right_1",[300,250],"div-gpt-ad-hb-right_1").addService(googletag.pubads());'
        f'googletag.defineSlot("/31542/hanbit/right_2",[300,600],"div-gpt-ad-hb-right_2").addService(googletag.pubads());'
        f'googletag.pubads().setTargeting("section","{a["section"][1]}").setTargeting("aid","{a["aid"]}");googletag.pubads().enableLazyLoad({{fetchMarginPercent:200}});googletag.enableServices()}});</script>'
        f'<script src="https://sdk.kakao.example/js/kakao.min.js" integrity="sha384-hb00fake" crossorigin="anonymous" defer></script>'
        f'<script>window.hbRecommend={{widgetId:"hb-rcm-0412",position:"article_bottom",aid:"{a["aid"]}"}};</script>'
        f'<script>{ad_config(a["aid"], "hb", [("div-gpt-ad-hb-top_970", [[970, 90], [728, 90]]), ("div-gpt-ad-hb-right_1", [[300, 250]]), ("div-gpt-ad-hb-right_2", [[300, 600]]), ("div-gpt-ad-hb-right_3", [[300, 250]]), ("div-gpt-ad-hb-article_bottom", [[728, 90]]), ("div-ad-inart1", [[300, 250], [336, 280]])])}</script>'
        f'<script>window.hbRecommendItems={rcm_items(a)};</script>'
    )


# ---------------------------------------------------------------- page

def page(a, variant=False):
    pub, mod = a["published"], a.get("modified")
    url, headline = a["url"], a["headline"]
    items = a["body_variant"] if variant else a["body"]
    sec_name, sec_slug = a["section"]
    mode = a["mode"]  # "ssr-p" | "ssr-br" | "csr"
    relative = a.get("relative")
    V = vid("ArticleView")
    today = a["today"]
    first_img = next((it for it in a["body"] if it["t"] == "img"), None)
    og_img = f"{IMG}/photo/{first_img['file']}" if first_img else f"{CDN}/img/og_default.png"
    desc = a["description"]
    reporters = a["authors"]
    emails = a["emails"]

    e = legacy_entities if mode == "ssr-br" else esc

    # article header
    kicker = f'<span {V} class="kicker">[{esc(a["kicker"])}]</span>' if a.get("kicker") else ""
    sub_title = ""
    if a.get("sub_title"):
        sub_title = f'<div {V} class="sub_title">' + "<br/>".join(e(x) for x in a["sub_title"]) + "</div>"
    if relative:
        dates = f'<span {V}>입력 <time datetime="{pub.isoformat()}">{esc(relative)}</time></span>'
    else:
        dates = f'<span {V}>입력 {kdate(pub)}</span>'
        if mod:
            dates += f'<span {V}>수정 {kdate(mod)}</span>'
    by = "·".join(f'<a {V} href="{HOST}/reporter/{_quote(n)}">{esc(n)}</a>' for n in reporters)
    art_head = (f'<div {V} class="art_head"><p {V} class="location"><a href="{HOST}/">홈</a> &gt; <a href="{HOST}/{sec_slug}">{esc(sec_name)}</a> &gt; '
                f'<a href="{HOST}/{sec_slug}/{_quote(a["sub"])}">{esc(a["sub"])}</a></p>{kicker}<h1 {V}>{e(headline)}</h1>{sub_title}'
                f'<div {V} class="art_info"><div {V}><p {V} class="byline">{by} 기자</p><p {V} class="date">{dates}</p></div>{share_tools(url, headline)}</div></div>')

    if mode == "csr":
        body = (f'<div {V} id="articleBody" class="art_body"><!----><div {V} class="art_loading"><span {V} class="spinner"></span>'
                f'<p {V}>기사를 불러오는 중입니다.</p></div></div>')
    elif mode == "ssr-br":
        body = f'<div {V} id="article-view-content" class="art_body">{body_br_html(items)}</div>'
    elif a.get("split"):
        # the view inserts its "함께 보면 좋은 기사" recommendation box mid-article and re-opens the body after it
        k = a["split"]
        rec = "".join(f'<li {V}><a href="{HOST}/article/{aid}"><strong {V}>{esc(t)}</strong></a></li>' for t, ds, aid in a["related"][:3])
        body = (f'<div {V} id="articleBody" class="art_body">{body_p_html(items[:k])}</div>'
                f'<div {V} class="art_recommend" data-area="mid"><h4 {V}>함께 보면 좋은 기사</h4><ul {V}>{rec}</ul></div>'
                f'<div {V} class="art_body art_body_cont">{body_p_html(items[k:])}</div>')
    else:
        body = f'<div {V} id="articleBody" class="art_body">{body_p_html(items)}</div>'

    mails = " ".join(f'<a href="mailto:{m}">{m}</a>' for m in emails)
    foot = (f'<div {V} class="art_foot"><div {V} class="reporter"><img src="{IMG}/reporter/{_zlib.crc32(reporters[0].encode()) % 9000 + 1000}.jpg" alt="" width="48" height="48"/>'
            f'<p>{"·".join(esc(n) for n in reporters)} 기자 {mails}</p><a href="{HOST}/reporter/{_quote(reporters[0])}">기자의 다른 기사 보기</a></div>'
            f'<p {V} class="copyright">&lt;저작권자 © 한빛일보, 무단 전재 및 재배포 금지&gt;</p></div>')
    tags = ""
    if a.get("keywords_visible"):
        tags = f'<div {V} class="tag_list">' + "".join(f'<a {V} href="{HOST}/search?tag={_quote(k)}">#{esc(k)}</a>' for k in a["keywords"]) + "</div>"
    comments = ""
    if a.get("comments") is not None:
        comments = (f'<section {V} class="comment_box"><h2>댓글 <em>{a["comments"]}</em></h2><form action="{HOST}/comment/write" method="post">'
                    f'<textarea {V} name="content" placeholder="로그인 후 댓글을 작성할 수 있습니다. 욕설·비방 댓글은 삭제될 수 있습니다." disabled></textarea>'
                    f'<button type="submit">등록</button></form><p>댓글 정렬 : <a href="#">최신순</a> · <a href="#">공감순</a></p></section>')

    # Nuxt state
    rank_state = [{"aid": 640000 + i * 113, "title": t, "rank": i + 1} for i, t in enumerate(RANKING)]
    if mode == "csr":
        article_state = {
            "aid": a["aid"], "title": headline, "subTitle": a.get("sub_title") or [], "kicker": a.get("kicker") or "",
            "section": {"code": sec_slug, "name": sec_name, "sub": a["sub"]},
            "reporters": [{"name": n, "email": m, "profile": f"{HOST}/reporter/{n}"} for n, m in zip(reporters, emails)],
            "firstDate": pub.strftime("%Y-%m-%d %H:%M:%S"), "updateDate": (mod or pub).strftime("%Y-%m-%d %H:%M:%S"),
            "content": body_p_html(items), "contentType": "html",
            "thumbnail": og_img, "keywords": a["keywords"], "viewCount": a["views"], "commentCount": a.get("comments") or 0,
            "isPremium": False, "copyright": "한빛일보",
        }
    else:
        article_state = {"aid": a["aid"], "sectionCode": sec_slug, "viewCount": a["views"], "likeCount": a["views"] // 211,
                         "commentCount": a.get("comments") or 0, "isBookmarked": False, "template": "legacy-view"}
    state = {
        "layout": "default",
        "data": [{"article": article_state, "relatedList": [{"aid": aid, "title": t, "date": ds} for t, ds, aid in a["related"]],
                  "isClientOnly": mode == "csr"}],
        "fetch": {}, "error": None,
        "state": {
            "gnb": {"menus": [{"name": n, "code": s, "subs": subs} for n, s, subs in GNB], "active": sec_slug},
            "ranking": {"tab": "all", "all": rank_state, "updatedAt": today.strftime("%Y-%m-%d") + " 06:00"},
            "breaking": [{"aid": 700000 + i * 37, "title": t} for i, t in enumerate(BREAKING)],
            "photoNews": [{"aid": 880000 + i, "title": t, "image": f"{IMG}/{f}"} for i, (t, f) in enumerate(PHOTO_NEWS)],
            "user": {"isLogin": False, "nickname": None, "subscribe": False},
            "ad": {"network": "31542", "unitPrefix": "/31542/hanbit", "lazy": True},
            "weather": {"city": "서울", "temp": 18, "sky": "맑음"},
            "sectionRanking": {sl: [{"aid": 600000 + j * 11 + k * 3, "title": t, "rank": k + 1} for k, t in enumerate((RANKING + [x for _, xs in BOTTOM for x in xs])[j:j + 10])]
                               for j, (n, sl, subs) in enumerate(GNB[:9])},
            "latest": [{"aid": 700100 + i * 7, "title": t, "section": GNB[i % 9][1], "thumb": f"{IMG}/thumb/{700100 + i * 7}.jpg"}
                       for i, t in enumerate([x for _, xs in BOTTOM for x in xs] + RANKING + BREAKING + [t for t, _ in PHOTO_NEWS] + [t for t, _ in OPINION])],
            "adSlots": [{"id": f"div-gpt-ad-hb-{k}", "unit": f"/31542/hanbit/{k}", "sizes": sz, "lazy": k != "top_970"}
                        for k, sz in (("top_970", [[970, 90], [728, 90]]), ("right_1", [[300, 250]]), ("right_2", [[300, 600], [300, 250]]),
                                      ("right_3", [[300, 250]]), ("article_bottom", [[728, 90]]), ("article_in1", [[300, 250], [336, 280]]))],
        },
        "serverRendered": True,
        "routePath": url.replace(HOST, ""),
        "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": f"{CDN}/_nuxt/"}, "apiBase": "https://api.hanbitilbo.example/v1"},
    }

    # JSON-LD
    # metadata personality: the Nuxt article template writes NewsArticle JSON-LD (dates as the CMS stores them,
    # "YYYY-MM-DD HH:MM:SS" without a zone) and no article:published_time; the legacy view has no JSON-LD
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": headline, "description": desc, "image": {"@type": "ImageObject", "url": og_img, "width": 1200, "height": 800},
          "datePublished": pub.strftime("%Y-%m-%d %H:%M:%S"), "dateModified": (mod or pub).strftime("%Y-%m-%d %H:%M:%S"),
          "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{CDN}/img/logo_hanbit_600.png"}},
          "articleSection": sec_name, "inLanguage": "ko"}
    la = a.get("ld_author", "people")
    if la == "people":
        ld["author"] = [{"@type": "Person", "name": n, "email": m} for n, m in zip(reporters, emails)]
    elif la == "org":
        ld["author"] = {"@type": "Organization", "name": "한빛일보 디지털뉴스부", "url": f"{HOST}/company/digital"}
    ld_text = _json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    ld_tag = f'<script data-n-head="ssr" type="application/ld+json">{ld_text}</script>' if a.get("ld", mode == "csr") else ""
    ma = a.get("meta_author", "names")
    meta_author = {"names": f'<meta data-n-head="ssr" name="author" content="{attr(",".join(reporters))}">',
                   "giza": f'<meta data-n-head="ssr" name="author" content="{attr("·".join(reporters) + " 기자")}">', None: ""}[ma]
    mp = a.get("meta_pub", "pub" if mode != "csr" else None)
    meta_pub = "" if mp is None else f'<meta data-n-head="ssr" property="article:published_time" content="{(pub if mp == "pub" else mp).isoformat()}">'

    chunks = ["runtime.4b1f2e0.js", "commons/app.9c83a1d.js", "vendors/app.27e5bf4.js", "app.e0d4c71.js", "pages/article/_id.b6a2f93.js"]
    preload = "".join(f'<link rel="preload" href="{CDN}/_nuxt/{c}" as="script">' for c in chunks)
    scripts = "".join(f'<script src="{CDN}/_nuxt/{c}" defer></script>' for c in chunks)
    title = a.get("title") or headline
    mod_meta = f'<meta property="article:modified_time" content="{mod.isoformat()}">' if mod and mode != "csr" else ""
    return (
        f'<!doctype html>\n<html lang="ko" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ko%22%7D%7D"><head>'
        f'<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=1200">'
        f'<meta data-n-head="ssr" http-equiv="X-UA-Compatible" content="IE=edge">'
        f'<title>{esc(title)} - 한빛일보</title>'
        f'<meta data-n-head="ssr" data-hid="description" name="description" content="{attr(desc)}">'
        f'<meta data-n-head="ssr" name="keywords" content="{attr(",".join(a["keywords"]))}">'
        f'{meta_author}'
        f'<meta data-n-head="ssr" property="og:type" content="article"><meta data-n-head="ssr" property="og:site_name" content="한빛일보">'
        f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{attr(title)}">'
        f'<meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{attr(desc)}">'
        f'<meta data-n-head="ssr" property="og:url" content="{url}"><meta data-n-head="ssr" property="og:image" content="{og_img}">'
        f'<meta data-n-head="ssr" name="twitter:card" content="summary_large_image"><meta data-n-head="ssr" name="twitter:title" content="{attr(title)}">'
        f'<meta data-n-head="ssr" name="twitter:image" content="{og_img}">'
        f'{meta_pub}{mod_meta}'
        f'<meta data-n-head="ssr" property="article:section" content="{attr(sec_name)}">'
        f'<meta data-n-head="ssr" property="dable:item_id" content="{a["aid"]}">'
        f'<link data-n-head="ssr" rel="canonical" href="{url}"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="{CDN}/favicon.ico">'
        f'<link data-n-head="ssr" rel="alternate" type="application/rss+xml" title="한빛일보 {esc(sec_name)}" href="{HOST}/rss/{sec_slug}.xml">'
        f'{ld_tag}'
        f'{head_scripts(a)}{preload}<style data-vue-ssr-id="7a1c2e04:0 3be81f2a:0 5d0c9b71:0">{css()}</style>'
        f'<style data-vue-ssr-id="91e0d3aa:0">{utility_css("hb")}</style></head>'
        f'<body>{icon_sprite(a["aid"] % 1000, ["search", "menu", "close", "kakao", "story", "facebook", "x", "link", "font", "print", "bookmark", "like", "comment", "arrow-up", "play", "camera"])}'
        f'<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div {vid("Header")} class="wrap">'
        f'{header(today, sec_slug, a["sub"], "h1" if mode == "csr" else "h2")}'
        f'<div {V} class="container"><div {V} class="content"><div {V} class="content_inner"><div {V} class="article_wrap">'
        f'<article {V} class="article_view" data-aid="{a["aid"]}"><div {V} class="article_inner">{art_head}{body}{foot}{tags}</div></article></div>'
        f'{ad_box("article_bottom", "728x90")}{related_box(a["related"], relative)}{comments}'
        f'<div id="hb-recommend-widget" data-widget_id="hb-rcm-0412" class="recommend_widget"></div></div></div>{aside(RANKING)}</div>'
        f'{bottom_news()}{footer(today.year)}</div></div></div>'
        f'<script>{nuxt_script(state)}</script>{scripts}</body></html>'
    )


# ---------------------------------------------------------------- articles

def d(y, m, day, h, mi):
    return _dt.datetime(y, m, day, h, mi, tzinfo=KST)


ARTICLES = []

# 01: server-rendered, dateline ---------------------------------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-01", aid=418233, mode="ssr-p", meta_author="giza", split=6, url=f"{HOST}/society/2015/10/07/418233",
    section=("사회", "society"), sub="환경", today=_dt.date(2015, 10, 8), views=18422, comments=37,
    headline="해운대 모래 3년 새 4만㎥ 사라졌다…“양빈만으로는 한계”",
    description="부산 해운대해수욕장의 모래가 최근 3년 동안 약 4만㎥ 유실된 것으로 조사됐다.",
    authors=["최민호"], emails=["minho.choi@hanbitilbo.example"],
    published=d(2015, 10, 7, 10, 24), modified=d(2015, 10, 7, 14, 2),
    keywords=["해운대", "연안침식", "양빈", "부산"], keywords_visible=True,
    related=[("태풍 지나간 해수욕장, 백사장 곳곳 ‘절벽’", "2015.08.26", 414902),
             ("광안리 해변 모래 보충 공사 내달 착공", "2015.09.14", 416377),
             ("동해안 연안 침식 ‘우심’ 지역 5년 새 두 배", "2015.06.30", 409815),
             ("부산 바닷가 고층 건물, 바람길 막는다", "2015.05.11", 405240),
             ("해수욕장 폐장 후 쓰레기 40t 수거", "2015.09.01", 415533),
             ("바다 모래 채취 중단 1년…건설업계 ‘비상’", "2015.09.22", 416998)],
    body=[
        P("[부산=한빛일보] 최민호 기자 = 부산 해운대해수욕장의 모래가 최근 3년 동안 약 4만㎥ 사라진 것으로 나타났다. 25t 덤프트럭 2천600여 대 분량으로, 백사장 폭이 가장 좁은 구간은 30m 남짓까지 줄었다."),
        FIG("2015/10/07/418233_1.jpg", "6일 부산 해운대해수욕장 동쪽 미포 방면 백사장. 만조 때면 파도가 산책로 턱밑까지 밀려든다.", "사진=최민호 기자"),
        P("동남해안연구원은 6일 발표한 ‘해운대 연안 침식 모니터링 보고서’에서 2012년부터 올해 8월까지 해수욕장 1.5㎞ 구간을 분기마다 측량한 결과 이같이 조사됐다고 밝혔다. 연구원은 특히 태풍이 잦았던 지난해 여름 한 철에만 1만8천㎥가 유실되는 등 침식 속도가 빨라지고 있다고 분석했다."),
        P("보고서에 따르면 침식은 해수욕장 동쪽 미포 방면에서 가장 심했다. 이 구간의 백사장 폭은 2012년 평균 52m에서 올해 34m로 줄었고, 만조 때 파도가 산책로 바로 앞까지 밀려드는 날도 늘었다."),
        AD(1),
        P("연구를 이끈 정다은 동남해안연구원 책임연구원은 “해마다 외부에서 모래를 실어 와 채우는 양빈 사업을 하고 있지만, 들여온 모래의 절반 이상이 2년 안에 다시 쓸려 나가고 있다”며 “모래를 붙잡아 둘 구조적인 대책 없이 양빈만 반복하는 것은 한계가 있다”고 말했다."),
        P("전문가들은 해안을 따라 들어선 고층 건물과 도로가 바람과 모래의 자연스러운 흐름을 막은 것도 원인으로 꼽는다. 한결대학교 해양공학과 배준호 교수는 “과거에는 겨울 바람이 모래를 해안 뒤쪽 사구로 옮겼다가 여름에 다시 돌려보내는 순환이 있었는데, 사구 자리에 건물이 들어서면서 이 순환이 끊겼다”고 설명했다."),
        P("연구원은 보고서에서 수중 방파제 설치, 해수욕장 양 끝의 모래 유출을 막는 돌제 보강, 장기적으로는 해안 건축선 후퇴 등을 대안으로 제시했다. 다만 수중 방파제는 1기당 수백억 원이 드는 데다 경관과 어민 조업에 미칠 영향을 둘러싼 논란이 예상된다."),
        P("해양 분야 시민단체인 바다숲시민연대의 윤미경 사무국장은 “모래를 채우는 데 들어간 예산만 최근 5년간 100억 원이 넘는다”며 “어디서 얼마나 빠져나가는지부터 정확히 알아야 세금이 바다로 쓸려 가지 않는다”고 지적했다."),
        P("해변 상인들의 걱정도 크다. 30년째 해변에서 파라솔 대여업을 해 온 김순옥 씨는 “여름 성수기에 파라솔을 펼 자리가 해마다 줄어든다”며 “모래사장이 없으면 해운대가 아니지 않으냐”고 했다."),
        P("부산시는 연구원의 보고서를 검토한 뒤 내년도 연안 정비 예산에 반영할지 결정하겠다는 입장이다. 시 관계자는 “수중 방파제는 효과가 검증된 방법이지만 비용과 주민 의견을 함께 따져 봐야 한다”며 “우선 겨울철 모래 유출이 심한 미포 쪽 돌제 보강부터 검토하고 있다”고 말했다."),
        P("다른 해수욕장의 사정도 크게 다르지 않다. 연구원이 함께 조사한 부산 지역 해수욕장 7곳 가운데 5곳에서 최근 3년 사이 백사장 면적이 줄었고, 송도와 다대포 해수욕장도 태풍이 지나갈 때마다 모래가 대량으로 빠져나갔다."),
        P("정다은 책임연구원은 “해수면 상승과 태풍 강도 증가를 고려하면 침식은 앞으로 더 빨라질 수 있다”며 “해수욕장별로 모래가 어디서 들어오고 어디로 나가는지 장기적으로 관측하는 체계를 갖추는 것이 가장 시급하다”고 강조했다."),
        P("연구원은 올겨울 추가 측량을 거쳐 내년 상반기에 최종 보고서를 낼 예정이다."),
    ],
    entities=[("해운대해수욕장", "LOC"), ("해운대 연안 침식 모니터링 보고서", "MISC"), ("해운대", "LOC"), ("부산", "LOC"),
              ("한빛일보", "ORG"), ("최민호", "PER"), ("미포", "LOC"), ("동남해안연구원", "ORG"), ("정다은", "PER"),
              ("한결대학교", "ORG"), ("배준호", "PER"), ("바다숲시민연대", "ORG"), ("윤미경", "PER"), ("김순옥", "PER"),
              ("부산시", "ORG"), ("송도", "LOC"), ("다대포 해수욕장", "LOC")],
    notes="The dateline '[부산=한빛일보] 최민호 기자 =' stays in the first paragraph (and its names are annotated); the photo credit is cut from the caption.",
))

# 02: client-only body, two-line sub-title, subheadings ---------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-02", aid=423871, mode="csr", url=f"{HOST}/article/423871",
    section=("경제", "economy"), sub="산업", today=_dt.date(2016, 5, 20), views=9311,
    headline="세온바이오, 오송에 2천억 규모 바이오의약품 공장 짓는다",
    sub_title=["충북 오송생명과학단지에 연 12만ℓ 생산 설비 착공", "2018년 가동 목표…신규 일자리 350개 예상"],
    description="세온바이오가 충북 오송에 2천억 원 규모의 바이오의약품 공장을 착공했다.",
    authors=["한지우"], emails=["jiwoo@hanbitilbo.example"],
    published=d(2016, 5, 19, 16, 40),
    keywords=["세온바이오", "바이오의약품", "오송", "위탁생산"], keywords_visible=True,
    related=[("바이오 위탁생산 시장 5년 새 두 배로", "2016.04.28", 421765),
             ("충북, 바이오 기업 유치에 총력…세제 혜택 확대", "2016.03.17", 418920),
             ("제약·바이오 1분기 수출 역대 최대", "2016.04.21", 421102),
             ("바이오 인력 부족 심각…“현장 경험 갖춘 인재 없다”", "2016.05.02", 422180),
             ("송도 바이오 단지 3공장 가동", "2016.02.29", 417744),
             ("바이오 벤처 투자 1분기 3천억 돌파", "2016.04.11", 420390)],
    body=[
        P("바이오의약품 전문기업 세온바이오가 충북 청주시 오송생명과학단지에 2천억 원을 들여 새 생산 공장을 짓는다."),
        FIG("2016/05/19/423871_1.jpg", "19일 충북 청주시 오송생명과학단지에서 열린 세온바이오 신공장 착공식에서 참석자들이 시삽을 하고 있다.", "사진=세온바이오 제공"),
        P("세온바이오는 19일 오송 공장 부지에서 착공식을 열고 2018년 상반기 가동을 목표로 공사에 들어갔다고 밝혔다. 새 공장은 연면적 4만2천㎡ 규모로, 항체 의약품을 연간 최대 12만ℓ까지 생산할 수 있는 배양 설비를 갖춘다."),
        P("회사 측은 공장이 완공되면 현재 인천 송도 공장의 세 배 가까운 생산 능력을 확보하게 된다고 설명했다. 늘어나는 생산 능력은 주로 해외 제약사의 위탁생산 주문을 소화하는 데 쓰일 예정이다."),
        H("해외 위탁생산 수요 노린다"),
        P("세온바이오가 대규모 투자에 나선 것은 글로벌 제약사들이 생산 시설을 직접 짓는 대신 외부에 맡기는 경향이 뚜렷해지고 있어서다. 회사는 지난해 유럽 제약사 두 곳과 5년간 1천100억 원 규모의 위탁생산 계약을 맺었고, 현재 북미 업체 세 곳과도 협상을 벌이고 있다."),
        P("한재원 세온바이오 대표는 착공식에서 “지금 짓지 않으면 3년 뒤 들어올 주문을 받을 수 없다”며 “오송 공장을 아시아 바이오의약품 생산의 거점으로 키우겠다”고 말했다."),
        AD(1),
        H("지역 일자리 350개 기대"),
        P("지역에서는 일자리 효과에 대한 기대가 크다. 회사는 공장 가동에 맞춰 생산·품질관리 인력 350명을 새로 뽑을 계획이며, 이 가운데 절반 이상을 충북 지역 대학 졸업자로 채우겠다고 밝혔다."),
        P("충북바이오산업협회 이정숙 회장은 “바이오 기업들이 연구소만 두고 생산은 다른 지역에서 하는 경우가 많았는데, 대규모 생산 시설이 들어오면 협력업체까지 함께 모여드는 효과가 있을 것”이라고 기대했다."),
        P("다만 업계 일각에서는 경쟁사들도 잇따라 설비를 늘리고 있어 공급 과잉을 우려하는 목소리도 나온다. 한 증권사 연구원은 “2018년 이후 국내외 위탁생산 설비가 한꺼번에 가동되면 수주 경쟁이 치열해질 수 있다”며 “계약 물량을 얼마나 미리 확보하느냐가 관건”이라고 말했다."),
        P("오송생명과학단지에는 현재 바이오·의료 관련 기업과 연구기관 80여 곳이 입주해 있다. 단지 안 기업들은 그동안 생산 인력을 구하기 어렵다는 점을 가장 큰 애로사항으로 꼽아 왔는데, 대규모 공장이 들어서면 인력 양성과 채용 여건도 함께 나아질 것이라는 기대가 나온다."),
        P("세온바이오는 2009년 설립된 바이오의약품 개발·생산 기업으로, 지난해 매출 870억 원을 올렸다."),
    ],
    entities=[("세온바이오", "ORG"), ("충북바이오산업협회", "ORG"), ("오송생명과학단지", "LOC"), ("오송", "LOC"), ("충북", "LOC"),
              ("청주시", "LOC"), ("인천", "LOC"), ("송도", "LOC"), ("유럽", "LOC"), ("북미", "LOC"), ("한재원", "PER"),
              ("아시아", "LOC"), ("이정숙", "PER")],
    notes="Client-only template: headline and sub-title are server-rendered but the body (paragraphs, subheadings, photo caption) exists only as an HTML string in window.__NUXT__; the two sub-title lines are the standfirst.",
))

# 03: client-only body, relative date ---------------------------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-03", aid=438516, mode="csr", ld_author="org", meta_pub="pub", url=f"{HOST}/article/438516",
    section=("경제", "economy"), sub="IT·과학", today=_dt.date(2017, 12, 5), views=6240, relative="3시간 전",
    headline="폐배터리서 리튬 95% 뽑아낸다…한결대 연구팀 저온 회수 기술 개발",
    title="[과학] 폐배터리 리튬 95% 회수 저온 기술 개발",
    description="한결대학교 연구팀이 폐배터리에서 리튬을 95% 이상 회수하는 저온 공정 기술을 개발했다.",
    authors=["송하린"], emails=["harin.song@hanbitilbo.example"],
    published=d(2017, 12, 5, 9, 10),
    keywords=["폐배터리", "리튬", "재활용", "한결대학교"],
    related=[("전기차 폐배터리 2025년 8만개 쏟아진다", "2017.11.20", 437322),
             ("코발트 가격 1년 새 두 배…배터리 업계 ‘긴장’", "2017.11.06", 436180),
             ("폐휴대전화 속 금 회수율 높이는 신공정", "2017.10.25", 435205),
             ("배터리 재활용 스타트업, 100억 투자 유치", "2017.09.18", 432014)],
    body=[
        P("다 쓴 리튬이온 배터리에서 리튬을 95% 이상 회수할 수 있는 저온 공정 기술을 국내 연구진이 개발했다."),
        P("한결대학교 화학공학과 윤서진 교수 연구팀은 폐배터리 양극재를 섭씨 80도 이하의 용액에서 처리해 리튬을 뽑아내는 기술을 개발하고, 연구 결과를 국제 학술지 ‘그린프로세스 리뷰’ 최신호에 게재했다고 5일 밝혔다."),
        FIG("2017/12/05/438516_1.jpg", "윤서진 한결대학교 교수(오른쪽)와 연구원들이 실험실에서 폐배터리 양극재를 처리하고 있다.", "사진=한결대학교 제공"),
        P("기존 회수 공정은 폐배터리를 1천도 이상의 고온에서 녹이거나 강한 산으로 녹여 금속을 분리하는 방식이 주로 쓰였다. 고온 공정은 에너지가 많이 들고, 산을 쓰는 방식은 처리 과정에서 폐수가 대량으로 나오는 게 단점으로 꼽혀 왔다."),
        P("연구팀은 식물에서 추출한 유기산과 특수 용매를 섞은 용액을 이용해 상대적으로 낮은 온도에서도 양극재 속 리튬이 녹아 나오도록 했다. 실험 결과 리튬 회수율은 95.4%에 달했고, 코발트와 니켈도 각각 90% 이상 회수됐다. 공정에 쓴 용액은 여러 차례 다시 쓸 수 있어 폐수 발생량도 기존 방식의 10분의 1 수준으로 줄었다."),
        AD(1),
        P("윤서진 교수는 “전기차 보급이 늘면서 앞으로 10년 안에 수명이 다한 배터리가 쏟아져 나올 것”이라며 “리튬을 싸고 깨끗하게 회수하는 기술은 자원이 부족한 나라일수록 중요하다”고 말했다."),
        P("연구팀은 현재 하루 10㎏ 규모의 시험 설비를 가동하고 있으며, 배터리 재활용 기업 리사이클원과 함께 2019년까지 하루 1t을 처리할 수 있는 실증 설비를 만들 계획이다."),
        P("전문가들은 상용화까지 넘어야 할 산이 남아 있다고 본다. 배터리순환산업협회 박도윤 연구위원은 “실험실 성과가 대량 처리 공정에서도 같은 효율을 낼 수 있는지, 경제성이 있는지를 검증하는 것이 다음 과제”라고 말했다."),
        P("연구팀이 저온 공정에 주목한 것은 비용 때문이다. 윤서진 교수에 따르면 기존 고온 공정으로 폐배터리 1t을 처리하는 데 드는 전기료는 새 공정의 4배에 이른다. 회수한 리튬의 순도도 99.5%로, 배터리 원료로 다시 쓸 수 있는 수준이라는 게 연구팀의 설명이다."),
        P("정부도 배터리 재활용 산업 육성에 나서고 있다. 산업 당국은 내년부터 폐배터리 회수·재활용 시범사업에 3년간 300억 원을 지원할 계획이며, 재활용 업체들이 회수한 원료를 배터리 제조사에 공급하는 체계도 마련하기로 했다."),
        P("리사이클원 관계자는 “현재 국내 재활용 업체들은 대부분 고온 공정 설비를 쓰고 있어, 저온 공정이 경제성을 입증하면 업계 전반의 설비 투자 방향이 바뀔 수 있다”고 말했다."),
        P("연구팀은 이번 기술로 국내외 특허 3건을 출원했다. 윤서진 교수는 “배터리 종류마다 양극재 성분이 조금씩 달라, 다양한 폐배터리에 두루 적용할 수 있도록 공정을 다듬는 연구를 이어 가겠다”고 덧붙였다."),
        P("배터리 업계도 관심을 보이고 있다. 리튬과 코발트 가격이 최근 1년 새 크게 오르면서, 폐배터리에서 원료를 다시 뽑아 쓰는 이른바 ‘도시 광산’ 사업이 새 먹거리로 떠오르고 있어서다. 업계에서는 2025년 무렵 국내에서만 수만 개의 전기차 배터리가 수명을 다할 것으로 보고 있다."),
    ],
    entities=[("한결대학교", "ORG"), ("한결대", "ORG"), ("윤서진", "PER"), ("그린프로세스 리뷰", "MISC"), ("리사이클원", "ORG"),
              ("배터리순환산업협회", "ORG"), ("박도윤", "PER")],
    notes="The visible date is only '3시간 전'; published is taken from the <time datetime> attribute and metadata; the body exists only in window.__NUXT__.",
))

# 04: server-rendered report (base of the minimal pair) ----------------------------------------
BODY_04 = [
    P("대구의 낮 최고기온이 연일 40도 가까이 오르는 가운데, 도심 전통시장 상인들이 손님과 상인의 더위를 덜기 위해 시장 골목 전체에 대형 그늘막을 직접 설치했다."),
    FIG("2018/08/02/431907_1.jpg", "2일 대구 중구 새벽골시장 중앙 통로에 설치된 그늘막 아래에서 시민들이 장을 보고 있다.", "사진=박지호 기자"),
    P("대구 중구 새벽골시장 상인회는 지난달 말부터 2주 동안 시장 중앙 통로 260m 구간에 차광막과 물안개 분사 장치를 설치하는 공사를 마치고 2일부터 가동에 들어갔다고 밝혔다. 공사비 1억2천만 원은 상인 140여 명이 점포 규모에 따라 나눠 냈다."),
    P("그늘막 아래 온도는 바깥보다 4~6도가량 낮다. 상인회가 지난 1일 오후 3시에 잰 온도는 시장 입구 도로가 39.2도, 그늘막 아래 통로는 33.8도였다."),
    P("40년째 이 시장에서 건어물 가게를 운영하는 박영자(71) 씨는 “작년 여름에는 손님이 한낮에 아예 발길을 끊었는데, 그늘이 생기고 나서는 오후에도 장을 보러 오는 사람들이 있다”며 웃었다."),
    AD(1),
    P("상인들이 직접 나선 것은 폭염이 매출에 직격탄이 되고 있어서다. 상인회가 회원 점포를 대상으로 조사한 결과, 낮 기온이 35도를 넘은 날의 하루 평균 매출은 그렇지 않은 날보다 30% 가까이 적었다."),
    P("서정훈 새벽골시장 상인회장은 “대형마트는 에어컨이 있지만 전통시장은 더위를 그대로 견뎌야 한다”며 “손님이 오지 않으면 상인들이 버틸 수 없어 십시일반으로 돈을 모았다”고 말했다."),
    P("폭염 속에 노인과 야외 노동자의 건강 피해도 잇따르고 있다. 지역 응급의료기관들에 따르면 지난 5월 말 이후 대구에서 온열질환으로 응급실을 찾은 환자는 130명을 넘었다. 의료진은 한낮 야외 활동을 자제하고 물을 자주 마시라고 당부했다."),
    P("상인회는 그늘막 아래에 주민 누구나 쉬어 갈 수 있는 ‘무더위 쉼터’ 의자 30여 개도 마련했다. 근처 아파트에 사는 이순덕(78) 씨는 “집에 있으면 더 더워서 아침마다 시장에 나와 앉아 있다 간다”고 했다."),
    P("다른 전통시장들도 관심을 보이고 있다. 새벽골시장 상인회에 따르면 이번 주에만 다른 지역 전통시장 상인회 세 곳이 설치 비용과 방법을 묻는 문의를 해 왔다. 서정훈 회장은 “우리 경험이 도움이 된다면 얼마든지 알려 주겠다”고 했다."),
    P("대구시도 지원 방안을 검토하고 있다. 시 관계자는 “상인들이 자발적으로 설치한 시설이 효과를 보이고 있는 만큼, 내년부터 전통시장 그늘막과 물안개 설비 설치비 일부를 지원하는 방안을 살펴보겠다”고 말했다."),
    P("다만 물안개 설비를 하루 종일 가동하면 전기료와 수도료 부담이 만만치 않다. 상인회는 설비를 오후 1시부터 5시까지 가장 더운 시간대에만 돌리기로 했으며, 한 달 운영비는 150만 원가량으로 예상하고 있다."),
    P("손님들의 반응은 좋다. 그늘막 아래에서 장을 보던 주부 김명희(45) 씨는 “예전엔 더워서 마트로 갔는데, 여기가 오히려 더 시원하다”며 “앞으로는 이 시장에서 장을 볼 생각”이라고 말했다."),
    P("기상 당국은 이번 주말까지 대구·경북 지역에 폭염특보가 이어질 것으로 내다봤다."),
]
BODY_04_VARIANT = BODY_04[:7] + [REL("대구 폭염특보 12일째…온열질환자 속출", "/article/431655")] + BODY_04[7:]

ARTICLES.append(dict(
    id=f"{SITE}-04", aid=431907, mode="ssr-p", meta_pub=d(2018, 8, 1, 18, 20), split=5, url=f"{HOST}/article/431907",
    section=("사회", "society"), sub="사회일반", today=_dt.date(2018, 8, 3), views=24105, comments=58,
    kicker="르포",
    headline="40도 폭염에 전통시장 상인들 ‘공동 그늘막’ 세웠다",
    description="대구의 한 전통시장 상인들이 폭염 속 손님을 위해 시장 골목 전체에 그늘막을 설치했다.",
    authors=["박지호"], emails=["jiho@hanbitilbo.example"],
    published=d(2018, 8, 2, 14, 55),
    keywords=["폭염", "전통시장", "대구", "그늘막"],
    related=[("대구 폭염특보 12일째…온열질환자 속출", "2018.08.01", 431655),
             ("“에어컨 없는 쪽방촌, 밤이 더 무섭다”", "2018.07.30", 431240),
             ("폭염에 채솟값 급등…배추 한 포기 8천원", "2018.07.27", 430981),
             ("전국 무더위 쉼터 4만곳…“정작 노인들은 몰라”", "2018.07.25", 430702),
             ("야외 노동자 ‘무더위 휴식시간’ 지켜지나", "2018.07.23", 430455),
             ("도심 열섬 줄이는 ‘쿨 루프’ 확산", "2018.07.19", 430001)],
    body=BODY_04, body_variant=BODY_04_VARIANT,
    entities=[("새벽골시장 상인회", "ORG"), ("새벽골시장", "LOC"), ("대구", "LOC"), ("중구", "LOC"), ("박영자", "PER"),
              ("서정훈", "PER"), ("이순덕", "PER"), ("경북", "LOC"), ("대구시", "ORG"), ("김명희", "PER")],
    notes="'르포' is a kicker; '새벽골시장 상인회' (the merchants' association) is ORG, the market itself LOC. article:published_time holds the CMS registration time of the evening before (Aug. 1, 18:20); the visible '입력' time is gold (GUIDELINES 10.1).",
))

# 05: client-only body, relative date -----------------------------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-05", aid=447730, mode="csr", ld_author=None, meta_author=None, url=f"{HOST}/culture/2020/03/27/447730",
    section=("문화", "culture"), sub="공연·전시", today=_dt.date(2020, 3, 27), views=5318, relative="5시간 전",
    headline="관객 없는 공연장, 온라인 생중계로 2만명 모았다",
    description="누리필하모닉오케스트라가 무관중 정기연주회를 온라인으로 생중계해 2만여 명이 시청했다.",
    authors=["윤가람"], emails=["garam@hanbitilbo.example"],
    published=d(2020, 3, 27, 11, 30),
    keywords=["온라인 공연", "무관중", "오케스트라", "공연계"],
    related=[("공연 취소 잇따라…예술인 긴급 지원 요청", "2020.03.19", 446915),
             ("미술관 ‘온라인 전시’로 관람객 맞는다", "2020.03.12", 446102),
             ("극장가 3월 관객 역대 최저", "2020.03.24", 447401),
             ("집에서 즐기는 공연 영상 무료 공개", "2020.03.05", 445388),
             ("소극장들 “임대료 못 내 폐업 위기”", "2020.03.16", 446602),
             ("방구석 콘서트 시대…유료화는 과제", "2020.03.21", 447098)],
    body=[
        P("감염병 확산으로 공연장 문이 닫힌 가운데, 한 민간 오케스트라가 텅 빈 객석을 향해 연주한 공연을 온라인으로 생중계해 2만 명이 넘는 관객을 모았다."),
        P("누리필하모닉오케스트라는 지난 26일 저녁 서울 마포구 새솔아트홀에서 열린 정기연주회를 관객 없이 진행하고 동영상 플랫폼을 통해 생중계했다고 27일 밝혔다."),
        FIG("2020/03/27/447730_1.jpg", "26일 서울 마포구 새솔아트홀에서 누리필하모닉오케스트라 단원들이 관객 없이 연주하고 있다.", "사진=누리필하모닉오케스트라 제공"),
        P("이날 공연은 교향곡과 협주곡 등 고전 레퍼토리로 꾸며졌으며, 1시간 40분 동안 최대 동시 접속자 수는 8천여 명, 누적 시청자는 2만1천여 명을 기록했다. 공연장 객석이 1천200석인 점을 고려하면 평소 관객의 17배가 넘는 인원이 공연을 본 셈이다."),
        P("지휘를 맡은 음악감독 강민혁 씨는 “객석이 비어 있으니 처음에는 연주자들 모두 어색해했지만, 실시간 댓글로 관객들의 반응이 올라오는 것을 보며 힘을 얻었다”고 말했다."),
        AD(1),
        P("단원들은 공연 전 발열 검사를 받고, 관악기 연주자를 제외한 전원이 마스크를 쓴 채 무대에 올랐다. 단원 사이 간격도 평소보다 넓힌 1.5m로 유지했다."),
        P("객석이 빈 공연장은 낯설었지만 온라인 관객들의 반응은 뜨거웠다. 생중계 화면 옆 댓글 창에는 공연 내내 “집에서 오케스트라 연주를 듣다니 꿈만 같다”, “다음 공연도 꼭 중계해 달라” 같은 글이 수천 개 올라왔다. 일부 시청자는 거실에 가족과 둘러앉아 공연을 보는 사진을 오케스트라 누리집에 올리기도 했다."),
        P("공연계는 감염병 사태 이후 잇따른 공연 취소로 큰 타격을 입고 있다. 공연예술인연대에 따르면 2월 이후 취소되거나 연기된 공연은 전국에서 1천여 건에 이른다."),
        P("다만 온라인 공연이 수익으로 이어지기는 쉽지 않다는 지적도 나온다. 이번 공연도 무료로 중계돼, 오케스트라는 후원 창구를 열어 시청자들의 자발적 후원을 받았다. 이틀 동안 모인 후원금은 1천400만 원가량으로 공연 제작비의 절반에 못 미친다."),
        P("문화정책 연구자인 한솔문화연구소 최유나 연구원은 “온라인 공연이 관객과의 연결을 유지하는 수단으로는 의미가 있지만, 유료 관람 모델이 자리 잡지 않으면 단체들이 지속하기 어렵다”고 말했다."),
        P("온라인 생중계에 나선 단체는 이뿐만이 아니다. 서울의 한 국악 단체와 지방 시립 합창단도 이달 들어 무관중 공연을 잇따라 중계했고, 일부 대형 공연장은 과거 공연 영상을 무료로 공개하고 있다."),
        P("단원들의 생계 문제도 심각하다. 오케스트라 단원 60여 명 가운데 상당수는 공연 횟수에 따라 보수를 받는 객원 연주자여서, 공연이 취소되면 수입이 끊긴다. 강민혁 음악감독은 “이번 공연은 단원들에게 무대에 설 기회를 주기 위한 측면도 컸다”고 말했다."),
        P("오케스트라는 모인 후원금 전액을 객원 단원들의 출연료로 쓰겠다고 밝혔다."),
        P("오케스트라 측은 이번 공연 영상을 다음 달 말까지 다시 보기로 무료 공개하기로 했다."),
        P("누리필하모닉오케스트라는 다음 달에도 실내악 공연 두 차례를 온라인으로 중계할 계획이다."),
    ],
    entities=[("누리필하모닉오케스트라", "ORG"), ("서울", "LOC"), ("마포구", "LOC"), ("새솔아트홀", "LOC"), ("강민혁", "PER"),
              ("공연예술인연대", "ORG"), ("한솔문화연구소", "ORG"), ("최유나", "PER")],
    notes="The visible date is only '5시간 전'; published is taken from the <time datetime> attribute and metadata; the body exists only in window.__NUXT__.",
))

# 06: legacy server-rendered (<br> paragraphs, character references), table --------------------
ARTICLES.append(dict(
    id=f"{SITE}-06", aid=452210, mode="ssr-br", url=f"{HOST}/economy/2021/11/16/452210",
    section=("경제", "economy"), sub="부동산", today=_dt.date(2021, 11, 17), views=31877, comments=112,
    headline="수도권 아파트 거래 ‘뚝’…10월 거래량 1년 새 반토막",
    title="10월 수도권 아파트 거래량 49.8% 감소, 서울 58% 급감",
    sub_title=["대출 규제·금리 인상 우려 겹치며 매수세 위축", "서울 거래량 전년 대비 58% 감소…가격은 보합세"],
    description="지난달 수도권 아파트 거래량이 1년 전의 절반 수준으로 줄었다.",
    authors=["임도현"], emails=["dohyun@hanbitilbo.example"],
    published=d(2021, 11, 16, 8, 0), modified=d(2021, 11, 16, 11, 37),
    keywords=["부동산", "아파트 거래량", "수도권", "금리"], keywords_visible=True,
    related=[("주택담보대출 금리 5% 넘보나", "2021.11.09", 451508),
             ("서울 아파트 매수심리 3개월째 위축", "2021.11.05", 451122),
             ("전셋값은 여전히 강세…매매·전세 ‘온도차’", "2021.10.28", 450390),
             ("“일단 지켜보자”…중개업소 문의 절반으로", "2021.10.21", 449718),
             ("연말 입주 물량 2만가구…수도권 집중", "2021.10.15", 449180),
             ("집값 상승률 둔화…하락 전환은 ‘글쎄’", "2021.11.12", 451890)],
    body=[
        P("대출 규제 강화와 금리 인상 우려가 겹치면서 지난달 수도권 아파트 거래량이 1년 전의 절반 수준으로 줄어든 것으로 나타났다."),
        P("새길부동산연구소가 16일 발표한 ‘10월 수도권 주택시장 동향’에 따르면 지난달 서울·경기·인천의 아파트 매매 거래량은 1만4천812건으로, 지난해 같은 달(2만9천531건)보다 49.8% 감소했다."),
        TABLE([["지역", "2020년 10월", "2021년 10월", "증감률"],
               ["서울", "7,364건", "3,092건", "-58.0%"],
               ["경기", "17,905건", "9,310건", "-48.0%"],
               ["인천", "4,262건", "2,410건", "-43.5%"],
               ["합계", "29,531건", "14,812건", "-49.8%"]], source="자료: 새길부동산연구소"),
        P("서울의 감소 폭이 가장 컸다. 서울 아파트 거래량은 3천92건으로 1년 전보다 58.0% 줄었고, 25개 자치구 가운데 23곳에서 거래가 감소했다. 경기는 48.0%, 인천은 43.5% 각각 줄었다."),
        P("거래는 줄었지만 가격은 아직 크게 떨어지지 않았다. 지난달 서울 아파트 평균 매매가격은 전월보다 0.2% 올라 상승 폭이 둔화하는 데 그쳤다. 매도자는 호가를 유지하고 매수자는 관망하는 ‘거래 절벽’ 양상이 나타나고 있다는 분석이다."),
        AD(1),
        P("연구소 권태민 수석연구원은 “대출 한도가 줄어든 데다 추가 금리 인상 가능성까지 거론되면서 실수요자들도 매수 시점을 미루고 있다”며 “매도자와 매수자의 눈높이 차이가 좁혀지기 전까지는 거래 위축이 이어질 가능성이 크다”고 말했다."),
        P("현장 분위기도 비슷하다. 서울 노원구에서 공인중개사무소를 운영하는 정미란 씨는 “문의 전화는 꾸준히 오지만 실제 계약으로 이어지는 경우는 한 달에 한두 건에 불과하다”며 “집주인들은 내년 봄까지 기다려 보겠다는 분위기”라고 전했다."),
        P("지역별로는 서울 외곽의 중저가 아파트 밀집 지역에서 거래 감소가 두드러졌다. 대출 의존도가 높은 실수요자들이 주로 찾는 지역이어서 대출 규제의 영향을 더 크게 받았다는 분석이다. 반면 고가 아파트가 많은 지역은 거래가 줄긴 했지만 감소 폭이 상대적으로 작았다."),
        P("전문가들은 연말까지 거래 부진이 이어질 것으로 보고 있다. 다만 금리와 대출 규제 방향에 따라 내년 상반기 시장 흐름이 달라질 수 있다는 전망도 나온다."),
    ],
    entities=[("10월 수도권 주택시장 동향", "MISC"), ("수도권", "LOC"), ("새길부동산연구소", "ORG"), ("서울", "LOC"), ("경기", "LOC"),
              ("인천", "LOC"), ("권태민", "PER"), ("노원구", "LOC"), ("정미란", "PER")],
    notes="The legacy template separates paragraphs with <br /><br /> and writes quotes and the middle dot as named character references; the table's source line is an optional caption.",
))

# 07: client-only body, relative date, two reporters, subheadings -------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-07", aid=471058, mode="csr", url=f"{HOST}/article/471058",
    section=("사회", "society"), sub="사건사고", today=_dt.date(2023, 7, 14), views=41290, relative="1시간 전",
    kicker="집중호우",
    headline="충북 산간마을 폭우로 고립…주민 43명 마을회관 대피",
    description="집중호우로 충북 괴산군 상솔리로 들어가는 다리가 잠겨 주민 43명이 고립됐다.",
    authors=["오세린", "강태윤"], emails=["serin@hanbitilbo.example", "taeyoon@hanbitilbo.example"],
    published=d(2023, 7, 14, 19, 45),
    keywords=["집중호우", "고립", "괴산", "장마"],
    related=[("중부지방 시간당 50㎜ 폭우…하천 주변 통제", "2023.07.14", 470991),
             ("산사태 위기경보 ‘심각’ 상향", "2023.07.13", 470802),
             ("장마 전선 북상…주말까지 최대 250㎜", "2023.07.13", 470766),
             ("침수 차량 견인 요청 하루 300건", "2023.07.12", 470540)],
    body=[
        P("사흘째 이어진 집중호우로 충북 괴산군 상솔리로 들어가는 유일한 다리가 물에 잠기면서 주민 43명이 마을에 고립됐다. 주민들은 마을회관과 인근 교회로 몸을 피했으며, 현재까지 인명 피해는 보고되지 않았다."),
        FIG("2023/07/14/471058_1.jpg", "14일 충북 괴산군 상솔리 입구의 다리가 불어난 하천물에 잠겨 있다.", "사진=독자 제공"),
        H("다리 잠기고 통신 끊겨"),
        P("현장에 출동한 소방 당국에 따르면 14일 오후 2시께 마을 입구의 길이 30m 남짓한 콘크리트 다리가 불어난 하천물에 잠겼다. 비슷한 시각 마을 일대의 휴대전화와 유선전화도 끊겨 한동안 주민들과 연락이 닿지 않았다."),
        P("주민 대부분은 70대 이상 고령자다. 마을 이장 신동규(67) 씨는 위성전화로 연결된 통화에서 “다리 위로 흙탕물이 허리 높이까지 넘쳐흐른다”며 “혼자 사는 어르신들을 한 분씩 모시고 마을회관으로 옮겼다”고 말했다."),
        P("소방 당국은 구조대를 보내 다리 건너편에서 대기하고 있으나, 물살이 거세 보트 투입은 어려운 상황이다. 당국은 물이 빠지는 대로 고령자와 지병이 있는 주민 6명을 먼저 이송할 계획이다."),
        AD(1),
        H("“평생 이런 비는 처음”"),
        P("상솔리 일대에는 지난 12일부터 이날 오후까지 누적 강수량 312㎜의 비가 쏟아졌다. 마을 뒤편 밭 일부가 토사에 쓸려 내려갔고, 비닐하우스 10여 동이 물에 잠겼다."),
        P("50년 넘게 이 마을에서 고추 농사를 지어 온 안복순(81) 씨는 “평생 살면서 이런 비는 처음 본다”며 “밤새 물소리 때문에 한숨도 못 잤다”고 했다."),
        P("인근 마을 주민들도 불안에 떨고 있다. 상솔리에서 3㎞가량 떨어진 하솔리에서는 이날 오후 산비탈에서 흙과 돌이 쏟아져 주택 2채가 일부 파손됐고, 주민 9명이 인근 초등학교 체육관으로 대피했다."),
        P("주민들은 물이 빠지기만을 기다리며 마을회관에 모여 라면과 김치로 저녁 끼니를 때웠다. 일부 주민은 집에 두고 온 가축 걱정에 발을 동동 굴렀다."),
        P("괴산군은 이날 오후 재난안전대책본부를 꾸리고 공무원 120여 명을 비상 근무에 투입했다. 군은 하천 인근 저지대 주민들에게 대피를 권고하는 재난 문자를 세 차례 보냈으며, 마을회관과 학교 등 12곳에 임시 대피소를 마련했다."),
        P("농작물 피해도 커지고 있다. 군에 따르면 이날까지 괴산군 일대에서 논과 밭 180㏊가 물에 잠겼고, 축사 4곳이 침수됐다. 군은 비가 그치는 대로 피해 조사를 시작할 예정이다."),
        H("주말까지 최대 250㎜ 더 내릴 듯"),
        P("기상 당국은 충북 북부 지역에 15일 밤까지 100∼250㎜의 비가 더 내릴 것으로 예보했다. 시간당 50㎜ 안팎의 강한 비가 내리는 곳도 있을 것으로 보인다."),
        P("하천 전문가인 한결대학교 토목공학과 나현우 교수는 “산간 지역 소하천은 비가 그친 뒤에도 수위가 한동안 높게 유지된다”며 “물이 빠지기 전까지는 다리나 하천변에 접근하지 말아야 한다”고 당부했다."),
    ],
    entities=[("충북", "LOC"), ("괴산군", "LOC"), ("상솔리", "LOC"), ("하솔리", "LOC"), ("신동규", "PER"), ("안복순", "PER"),
              ("한결대학교", "ORG"), ("나현우", "PER")],
    notes="Byline '오세린·강태윤 기자' is split at the middle dot into two authors; the visible date is only '1시간 전', so published comes from <time datetime> and metadata.",
))

# 08: client-only body, list ---------------------------------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-08", aid=498342, mode="csr", url=f"{HOST}/article/498342",
    section=("경제", "economy"), sub="유통", today=_dt.date(2025, 1, 24), views=12760,
    headline="설날 앞두고 택배 ‘폭증’…물류센터 하루 40만 상자 쏟아진다",
    sub_title=["명절 선물 주문 몰리며 평소의 1.6배…배송 지연 우려"],
    description="설날을 앞두고 택배 물량이 급증해 대형 물류센터 하루 처리량이 40만 상자를 넘었다.",
    authors=["문하율"], emails=["hayul@hanbitilbo.example"],
    published=d(2025, 1, 23, 7, 30),
    keywords=["택배", "설날", "물류센터", "명절 선물"], keywords_visible=True,
    related=[("설 선물세트 사전 예약 판매 30% 늘어", "2025.01.14", 497410),
             ("명절 앞 과일값 ‘들썩’…사과 10개 3만원", "2025.01.20", 497902),
             ("택배 분류 노동자 휴게시간 보장 점검", "2025.01.09", 496988),
             ("설 연휴 고속도로 통행료 면제", "2025.01.21", 498015),
             ("온라인 장보기 1년 새 18% 증가", "2025.01.16", 497633),
             ("“연휴 전 도착 보장” 물류 업계 속도전", "2025.01.22", 498170)],
    body=[
        P("설날을 앞두고 선물 주문이 몰리면서 택배 물량이 크게 늘고 있다. 일부 대형 물류센터에서는 하루 처리 물량이 40만 상자를 넘어서며 평소의 1.6배 수준까지 치솟았다."),
        P("물류업체 빠름로지스는 경기 이천시 중앙물류센터의 하루 처리 물량이 지난 20일 41만2천 상자로 올해 들어 최대치를 기록했다고 23일 밝혔다. 평소 하루 물량은 25만 상자 안팎이다."),
        FIG("2025/01/23/498342_1.jpg", "22일 경기 이천시 빠름로지스 중앙물류센터에서 노동자들이 설날 선물 상자를 분류하고 있다.", "사진=빠름로지스 제공"),
        P("물량이 가장 많은 품목은 과일과 정육 등 신선식품 선물세트로 전체의 38%를 차지했다. 이어 건강기능식품(17%), 생활용품 세트(14%) 순이었다."),
        P("회사는 이달 13일부터 연휴 직전까지를 특별 관리 기간으로 정하고 임시 인력 1천200명과 배송 차량 400여 대를 추가로 투입했다. 분류 작업은 24시간 교대로 이어지고 있다."),
        AD(1),
        P("현장 노동자들의 부담도 커지고 있다. 이 센터에서 7년째 일하고 있는 분류 노동자 문경호(46) 씨는 “명절 전 2주는 평소보다 하루 서너 시간씩 더 일한다”며 “허리에 파스를 붙이고 출근하는 동료들이 많다”고 말했다."),
        P("택배 노동자 단체인 택배현장노동자협의회 관계자는 “물량이 몰리는 시기마다 분류 작업과 배송 부담이 현장에 쏠린다”며 “휴게 시간과 인력 충원이 제대로 지켜지는지 점검이 필요하다”고 지적했다."),
        P("물류 업계의 인력난도 변수다. 업계에 따르면 명절 특수기 임시 인력의 시급은 지난해보다 10%가량 올랐지만, 야간 분류 작업에는 여전히 지원자가 부족하다. 빠름로지스는 올해 처음으로 분류 작업 일부에 자동 분류 로봇 30대를 투입해 인력 부담을 덜고 있다."),
        P("택배 물량 증가는 온라인 쇼핑 확산과 맞물려 있다. 업계에 따르면 지난해 설 연휴 직전 2주간 전국 택배 물량은 약 2억3천만 상자로, 5년 전보다 40% 가까이 늘었다. 올해는 이보다 10% 이상 많을 것으로 업계는 보고 있다."),
        P("배송 사고에 대한 소비자 불만도 명절마다 되풀이된다. 소비자권익센터에 따르면 지난해 설 전후 한 달 동안 접수된 택배 관련 피해 상담은 1천100여 건으로, 분실과 파손이 절반 이상을 차지했다."),
        P("업계는 연휴 직전 주문이 몰리면 배송 지연이 불가피하다며 소비자들에게 다음과 같은 점을 당부했다."),
        UL("선물은 늦어도 24일까지 보내는 것이 안전하다.",
           "신선식품은 아이스팩을 넉넉히 넣고 상자에 ‘냉장’ 표시를 붙인다.",
           "받는 사람의 연락처를 정확히 적고, 부재 시 맡길 장소를 미리 정해 둔다."),
        P("업계는 연휴 기간에도 신선식품 배송을 위해 주요 물류센터에 최소 인력을 남겨 둘 계획이다."),
        P("빠름로지스 측은 “25일 이후 접수된 물량은 연휴가 끝난 뒤 배송될 수 있다”며 “급한 선물은 가까운 편의점 택배나 당일 배송 서비스를 이용해 달라”고 밝혔다."),
    ],
    entities=[("설날", "MISC"), ("빠름로지스", "ORG"), ("경기", "LOC"), ("이천시", "LOC"), ("문경호", "PER"),
              ("택배현장노동자협의회", "ORG"), ("소비자권익센터", "ORG")],
    notes="The body (paragraphs, photo caption and list) exists only in window.__NUXT__; '설날' (Lunar New Year) is tagged MISC as a holiday.",
))


# ---------------------------------------------------------------- build

def phenomena_of(a, variant=False):
    tags = {"cjk", "nav-menu", "footer-links", "share-bar", "related-list", "most-read", "ad-slots", "decoy-date",
            "local-time-zone", "newsletter-box"}
    if a.get("ld", a["mode"] == "csr"):
        tags.add("json-ld")
    if a.get("split"):
        tags.add("split-body")
    if a["mode"] != "csr" and any(it["t"] == "ad" for it in (a["body_variant"] if variant else a["body"])):
        tags.add("teasers-in-article")
    items = a["body_variant"] if variant else a["body"]
    kinds = {it["t"] for it in items}
    if a["mode"] == "csr":
        tags.add("spa-hydration-data")
    if a.get("relative"):
        tags |= {"relative-date", "date-only-in-metadata"}
    else:
        tags.add("localized-date")
    if a.get("modified"):
        tags.add("updated-date")
    if a.get("sub_title"):
        tags.add("standfirst")
    if a.get("kicker"):
        tags.add("kicker")
    if a.get("title") and a["title"] != a["headline"]:
        tags.add("title-differs-from-headline")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    if a.get("keywords_visible"):
        tags.add("tag-list")
    if a.get("comments") is not None:
        tags.add("comments")
    if "img" in kinds:
        tags.add("photo-caption")
    if "h" in kinds:
        tags.add("subheadings")
    if "ul" in kinds:
        tags.add("list-in-body")
    if "table" in kinds:
        tags.add("table-in-body")
    if "rel" in kinds:
        tags.add("inline-related")
    if a["mode"] == "ssr-br":
        tags.add("html-entities")
    first = items[0]["text"]
    if first.startswith("[") and "=" in first[:20]:
        tags.add("dateline")
    p = a["published"]
    if f"/{p.year}/{p.month:02d}/{p.day:02d}/" in a["url"]:
        tags.add("date-in-url")
    return sorted(tags)


def build(a, variant_id=None):
    variant = variant_id is not None
    items = a["body_variant"] if variant else a["body"]
    blocks = gold_blocks(items)
    summary = "\n".join(a.get("sub_title") or [])
    if summary:
        blocks.insert(0, Block("paragraph", " ".join(a["sub_title"]), optional=True))
    html_text = page(a, variant=variant)
    url = a["url"] + ("?variant=b" if variant else "")
    notes = a.get("notes", "")
    if variant:
        notes = (f"Minimal pair of {a['id']}: differs only in inline-related (a '관련기사' link line to another story is inserted "
                 f"between two body paragraphs; it is not part of the body).")
    art = Article(
        id=variant_id or a["id"], site=SITE, url=url, language="ko", headline=a["headline"],
        published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
        authors=a["authors"], summary=summary, blocks=blocks, entities=a["entities"],
        phenomena=phenomena_of(a, variant), notes=notes, variant_of=a["id"] if variant else None)
    return art, html_text


# Stories from 2020 on went out after the SEO plugin update, which writes article:published_time
# beside the JSON-LD.
PUBLISHED_META = {f"{SITE}-05", f"{SITE}-07", f"{SITE}-08"}


if __name__ == "__main__":
    for a in ARTICLES:
        a.setdefault("modified", None)
        art, html_text = build(a)
        if art.id in PUBLISHED_META:
            html_text = add_published_meta(art, html_text)
        emit(art, html_text, "utf-8")
        print(f"{art.id}\t{len(html_text.encode('utf-8')) / 1024:.1f} KB")
    base = next(x for x in ARTICLES if x["id"] == f"{SITE}-04")
    art, html_text = build(base, variant_id=f"{SITE}-09")
    emit(art, html_text, "utf-8")
    print(f"{art.id}\t{len(html_text.encode('utf-8')) / 1024:.1f} KB")
