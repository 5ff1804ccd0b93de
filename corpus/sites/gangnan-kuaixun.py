import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""港南快訊 (gangnan-kuaixun): a Taiwanese news portal whose template dates from the early
2000s and was never redesigned: the whole page is nested <table> layout with spacer GIFs,
<font> tags, bgcolor attributes, Dreamweaver-style rollover scripts, an e-paper sign-up box,
a poll and a "best viewed in IE" footer. Older article pages are still written out in Big5,
newer ones in UTF-8 (some with JSON-LD bolted on). Dates are shown in the Gregorian and the
Minguo (ROC) calendar side by side; times are Taiwan time (+08:00).

Metadata personality (realism wave): OpenGraph and article:published_time were bolted on (missing on
the oldest pages), the latter taken from the story's first save on one page (the evening before);
meta author is the reporter or missing; JSON-LD sits on some UTF-8 pages. Every story has an ad table inside the text; two close the
text cell there and reopen another after a 延伸閱讀 line. Weather, topics, sub-navigation and
counties are script data.
"""

import datetime as _dt
import html as _html
import json as _json
import re as _re

SITE = "gangnan-kuaixun"
NAME = "港南快訊"
HOST = "https://www.gangnan.example"
IMG = "https://img.gangnan.example"
TPE = _dt.timezone(_dt.timedelta(hours=8))
WD = "一二三四五六日"


def esc(s):
    return _html.escape(s, quote=True)


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=TPE)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M") + "+08:00"


def roc(d):
    return f"民國{d.year - 1911}年{d.month}月{d.day}日"


def sp(w, h):
    return f'<img src="{IMG}/images/spacer.gif" width="{w}" height="{h}" border="0" alt="">'


# ---------------------------------------------------------------------------- boilerplate pools

NAV = [("index", "首頁"), ("realtime", "即時"), ("politics", "政治"), ("society", "社會"), ("local", "地方"),
       ("finance", "財經"), ("tech", "科技"), ("life", "生活"), ("world", "國際"), ("sports", "體育"),
       ("ent", "影劇"), ("culture", "文化"), ("health", "健康"), ("travel", "旅遊"), ("opinion", "評論"),
       ("video", "影音"), ("forum", "論壇"), ("blog", "部落格")]

SUBNAV = {
    "local": ["北部", "桃竹苗", "中彰投", "雲嘉南", "高屏", "宜花東", "離島"],
    "tech": ["科技產業", "網路", "3C", "新創", "科學"],
    "finance": ["產業", "證券", "房產", "消費", "理財"],
    "sports": ["棒球", "籃球", "綜合", "校園體育"],
    "culture": ["藝文", "出版", "文資", "表演"],
    "life": ["交通", "消費", "教育", "環境", "天氣"],
}

COUNTIES = ["台北市", "新北市", "基隆市", "桃園市", "新竹縣市", "苗栗縣", "台中市", "彰化縣", "南投縣", "雲林縣",
            "嘉義縣市", "台南市", "高雄市", "屏東縣", "宜蘭縣", "花蓮縣", "台東縣", "澎湖縣", "金門縣", "連江縣"]

POOL = [
    "週末東北季風增強 北部低溫探14度",
    "機車族注意 多處路口增設待轉區",
    "連假國道疏運 高乘載管制時段出爐",
    "颱風外圍環流影響 東半部慎防豪雨",
    "中秋烤肉垃圾量大增 清潔隊加班清運",
    "老街店家聯手推集章活動 人潮回流",
    "夜市攤位租金調漲 攤商反彈",
    "社區長照據點增加 長輩共餐更方便",
    "國中會考放榜 各校錄取分數公布",
    "果農搶收文旦 產地價格持平",
    "民宿業者推平日優惠 搶攻銀髮族",
    "漁港魚市重新開張 現撈海鮮吸客",
    "校園午餐食材漲價 家長憂品質",
    "公車新路線上路 偏鄉就醫更便利",
    "老屋改建青年宿舍 首批開放申請",
    "鐵道迷注意 復古列車限定行駛",
    "登山客受困山區 消防隊連夜搜救",
    "梅雨鋒面報到 中南部嚴防大雨",
    "社區大學開課 熱門課程秒殺",
    "醫院推夜間門診 上班族看病免請假",
    "農民市集週末登場 小農直送蔬果",
    "廟會遶境活動 交通管制路段一覽",
    "海灘淨灘活動 清出兩噸垃圾",
    "高鐵站接駁車增班 通勤族叫好",
    "兒童遊戲場改建 融入在地特色",
    "單車環島熱 沿線補給站增設",
    "米價波動 糧商：供應無虞",
    "舊菸廠活化 文創園區試營運",
    "長照人力短缺 照服員薪資調升",
    "電動機車補助加碼 換車潮湧現",
    "老宿舍文資審議 保留案過關",
    "寒流來襲 遊民收容所加開床位",
    "書展開幕 獨立出版品受矚目",
    "跨年晚會交通接駁資訊看這裡",
    "校園籃球聯賽 開打首日爆滿",
    "冷氣團南下 高山可能降雪",
]

PICS = ["夕陽下的漁港", "油桐花開滿山頭", "稻浪金黃迎豐收", "古厝前的燈籠", "清晨的海岸線", "山城雲海"]

TOPICS = ["地方創生進行式", "老街新生命", "偏鄉教育現場", "夜市經濟學", "鐵道記憶", "移工在台灣"]

TEXT_ADS = ["【廣告】小資族理財入門 免費講座報名中", "【廣告】暑假親子營隊 早鳥優惠", "【廣告】老屋翻修 免費到府估價",
            "【廣告】英語會話班 試聽一堂免費", "【廣告】花東三日遊 團費含住宿"]

WEATHER = [("台北", "多雲", "18-24"), ("基隆", "陰短暫雨", "17-21"), ("桃園", "多雲", "18-25"), ("新竹", "晴", "19-27"),
           ("台中", "晴", "20-29"), ("彰化", "晴", "20-29"), ("嘉義", "晴", "19-30"), ("台南", "晴", "21-30"),
           ("高雄", "晴", "22-31"), ("屏東", "晴", "22-31"), ("宜蘭", "陰短暫雨", "17-22"), ("花蓮", "多雲", "19-25"),
           ("台東", "多雲", "21-27"), ("澎湖", "多雲", "20-25")]

LIFE_LINKS = ["今日油價", "外幣匯率", "股市行情", "彩券開獎", "星座運勢", "電視節目表", "火車時刻", "高鐵時刻",
              "停水停電公告", "空氣品質", "農民曆", "發票對獎", "颱風動態", "地震報告", "國道路況"]

VIDEOS = ["【影音】夜市人氣美食大搜查", "【影音】老師傅的手工麵線", "【影音】海岸線單車之旅", "【影音】山城的百年廟會",
          "【影音】漁港清晨拍賣現場", "【影音】校園樂團決賽精華"]

GRID = [("politics", "政治"), ("society", "社會"), ("local", "地方"), ("world", "國際"), ("health", "健康"), ("travel", "旅遊")]

CSS = """
body{margin:0;font-family:"新細明體",PMingLiU,"細明體",MingLiU,Arial;font-size:13px;color:#333333;background:#ffffff}
td{font-size:13px;line-height:150%}
a:link,a:visited{color:#003399;text-decoration:none}a:hover{color:#cc0000;text-decoration:underline}
.topbar{font-size:12px;color:#666666}.topbar a{color:#666666}
.nav a:link,.nav a:visited{color:#ffffff;font-weight:bold;font-size:14px}.nav a:hover{color:#ffff00;text-decoration:none}
.subnav{font-size:12px;color:#003366}.subnav a{color:#003366}
.box_title{font-size:14px;font-weight:bold;color:#ffffff;background:#336699;padding:3px 6px}
.box_title2{font-size:14px;font-weight:bold;color:#993300;border-bottom:2px solid #993300;padding:2px 0}
.list{font-size:13px;line-height:170%}.list .time{color:#999999;font-size:11px}
.rank_no{color:#ffffff;background:#cc0000;font-size:11px;padding:0 3px;font-family:Arial}
.path{font-size:12px;color:#666666}
.news_title{font-size:24px;font-weight:bold;color:#000000;line-height:140%;margin:0;font-family:"微軟正黑體","Microsoft JhengHei",PMingLiU}
.news_kicker{color:#cc0000}
.news_info{font-size:12px;color:#666666;border-bottom:1px dotted #999999}
.news_summary{font-size:15px;color:#444444;background:#f3f7fb;border:1px solid #c9d9ea;padding:8px}
.news_content{font-size:16px;line-height:190%;color:#222222;letter-spacing:1px}
.news_content p{margin:0 0 18px 0}
.news_content .sub_title{font-size:17px;font-weight:bold;color:#003366}
.news_content ul{margin:0 0 18px 24px;padding:0}
.pic_txt{font-size:13px;color:#555555;background:#f0f0f0;padding:4px}
.data_table{border-collapse:collapse}.data_table th{background:#336699;color:#ffffff;font-size:14px;padding:4px 8px}
.data_table td{border:1px solid #cccccc;font-size:14px;padding:4px 8px;text-align:center}
.src_txt{font-size:12px;color:#777777}
.ad_box{background:#eeeeee;color:#aaaaaa;font-size:11px;text-align:center}
.share a{font-size:12px;margin-right:8px}
.keyword a{font-size:12px;margin-right:6px;color:#996600}
.footer{font-size:12px;color:#666666;line-height:180%}.footer a{color:#333333}
.poll{font-size:12px}.poll input{vertical-align:middle}
.epaper input.txt{width:120px;font-size:12px;border:1px solid #999999}
"""

HEAD_JS = """
<script language="JavaScript" type="text/javascript">
<!--
function GN_swapImgRestore() { var i, x, a = document.GN_sr; for (i = 0; a && i < a.length && (x = a[i]) && x.oSrc; i++) x.src = x.oSrc; }
function GN_preloadImages() {
  var d = document; if (!d.GN_p) d.GN_p = new Array();
  var i, j = d.GN_p.length, a = GN_preloadImages.arguments;
  for (i = 0; i < a.length; i++) if (a[i].indexOf("#") != 0) { d.GN_p[j] = new Image; d.GN_p[j++].src = a[i]; }
}
function GN_findObj(n) { return document.getElementById ? document.getElementById(n) : document.all[n]; }
function GN_swapImage(id, src) { var x = GN_findObj(id); if (!x) return; document.GN_sr = [x]; if (!x.oSrc) x.oSrc = x.src; x.src = src; }
function openPrint(no) { window.open("/news/print.asp?no=" + no, "print", "width=680,height=600,scrollbars=yes"); }
function openMail(no) { window.open("/news/mail.asp?no=" + no, "mail", "width=480,height=420"); }
function setFont(s) { var c = GN_findObj("newsContent"); if (c) { c.style.fontSize = s + "px"; } }
function addFavorite() {
  if (window.sidebar) { window.sidebar.addPanel(document.title, location.href, ""); }
  else if (window.external) { window.external.AddFavorite(location.href, document.title); }
}
//-->
</script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-3318047-1']);
_gaq.push(['_setDomainName', 'gangnan.example']);
_gaq.push(['_setCustomVar', 1, 'channel', '%(chan)s', 3]);
_gaq.push(['_trackPageview']);
(function() {
  var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
  ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.example/ga.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
})();
</script>
<script type="text/javascript">
var gnAdZone = {site: "gangnan", chan: "%(chan)s", page: "article", no: "%(no)s",
  zones: {top728: "z1021", left160: "z1022", right200a: "z1023", right200b: "z1024", mid468: "z1025", bottom728: "z1026"}};
document.write('<scr' + 'ipt type="text/javascript" src="//ad.gangnan.example/adjs.php?site=gangnan&chan=%(chan)s&r=' + Math.floor(Math.random() * 99999999) + '"></scr' + 'ipt>');
</script>
"""

FOOT_JS = """
<script type="text/javascript">
<!--
GN_preloadImages("%(img)s/images/nav_on.gif", "%(img)s/images/btn_search_on.gif", "%(img)s/images/btn_vote_on.gif");
function checkVote(f) {
  for (var i = 0; i < f.opt.length; i++) { if (f.opt[i].checked) return true; }
  alert("請先選擇一個選項"); return false;
}
function checkEpaper(f) {
  if (f.email.value.indexOf("@") < 1) { alert("請輸入正確的E-mail"); f.email.focus(); return false; }
  return true;
}
//-->
</script>
<script type="text/javascript" src="//count.gangnan.example/counter.asp?no=%(no)s&chan=%(chan)s"></script>
<noscript><img src="//count.gangnan.example/counter.asp?no=%(no)s&amp;js=0" width="1" height="1" border="0" alt=""></noscript>
"""


def season(rng, day):
    """A temperature range of the weather box shifted to the season of the page's 'today'."""
    off = {12: -8, 1: -9, 2: -8, 3: -5, 4: -2, 10: -2, 11: -5}.get(day.month, 0)
    lo, hi = (int(x) + off for x in rng.split("-"))
    return f"{lo}-{hi}"


def pool(seed, n, off=0):
    return [POOL[(seed * 5 + off + i * 7) % len(POOL)] for i in range(n)]


# ---------------------------------------------------------------------------- rendering


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


def render_body(a):
    out, blocks = [], []
    for part in a["parts"]:
        k = part[0]
        if k == "p":
            if a.get("br"):
                out.append(f"{part[1]}<br><br>")
            else:
                out.append(f"<p>{part[1]}</p>")
            blocks.append(Block("paragraph", strip(part[1])))
        elif k == "h":
            out.append(f'<p class="sub_title">■{esc(part[1])}</p>')
            blocks.append(Block("heading", part[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in part[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in part[1]]
        elif k == "pic":
            _, img, cap, credit = part
            out.append(f'<table width="460" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td align="center">'
                       f'<img src="{IMG}/news/{img}" width="460" border="0" alt=""></td></tr>'
                       f'<tr><td class="pic_txt">{esc(cap)}{esc(credit)}</td></tr></table><br>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, cap, rows, src = part
            t = [f'<table class="data_table" width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#cccccc">'
                 f'<caption><b>{esc(cap)}</b></caption><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            t.append(f'<p class="src_txt">{esc(src)}</p>')
            out.append("\n".join(t))
            blocks.append(Block("caption", cap, optional=True))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            blocks.append(Block("caption", src, optional=True))
        elif k == "ad":
            ad = (f'<table width="468" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
                  f'<td class="ad_box" height="60" id="ad_mid468">廣告</td></tr></table><br>')
            if a.get("split"):
                t0, _d = a["related"][0]
                ad = (f'</td></tr>\n<tr><td>{ad}<div class="extend_read">延伸閱讀：<a href="{HOST}/news/news_detail.asp?no={a["no"] - 977}">{esc(t0)}</a></div></td></tr>\n'
                      '<tr><td class="news_content news_content2">')
            out.append(ad)
    return "\n".join(out), blocks


def page(a):
    cs = a["charset"]
    pub, upd, today = a["pub"], a.get("upd"), a["today"]
    chan = a["chan"]
    chan_label = dict(NAV)[chan]
    url = esc(a["url"])
    body_html, blocks = render_body(a)
    gold = []
    if a.get("summary"):
        gold.append(Block("paragraph", a["summary"], optional=True))
    gold += blocks
    d = {"chan": chan, "no": a["no"], "img": IMG}
    h = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
         "<html>", "<head>"]
    if a.get("meta_style") == "http-equiv":
        h.append(f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">')
    else:
        h.append(f'<meta charset="{cs}">')
    h.append(f"<title>{esc(a.get('title', a['headline'] + '－' + NAME))}</title>")
    h.append(f'<meta name="keywords" content="{esc(",".join(a["keywords"]))}">')
    h.append(f'<meta name="description" content="{esc(a["desc"])}">')
    h.append('<meta http-equiv="Content-Language" content="zh-tw">')
    h.append('<meta http-equiv="Pragma" content="no-cache">')
    if not a.get("nometa"):
        h.append(f'<meta property="og:title" content="{esc(a["headline"])}">')
        h.append('<meta property="og:type" content="article">')
        h.append(f'<meta property="og:url" content="{url}">')
        h.append(f'<meta property="og:image" content="{IMG}/news/{a["img"]}">')
        h.append(f'<meta property="og:site_name" content="{NAME}">')
        h.append(f'<meta property="og:description" content="{esc(a["desc"])}">')
        h.append('<meta property="fb:app_id" content="1502239176610044">')
        h.append(f'<meta property="article:published_time" content="{a.get("meta_pub", pub).isoformat()}">')
        if upd:
            h.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
        h.append(f'<meta property="article:section" content="{chan_label}">')
        if a.get("meta_author", True):
            h.append(f'<meta name="author" content="{esc(a["authors"][0] if a.get("meta_author", True) is True else a["meta_author"])}">')
        h.append(f'<link rel="canonical" href="{url}">')
    h.append(f'<link rel="shortcut icon" href="{HOST}/favicon.ico">')
    h.append(f'<link rel="alternate" type="application/rss+xml" title="{NAME}－{chan_label}" href="{HOST}/rss/{chan}.xml">')
    h.append('<style type="text/css">\n<!--' + CSS + "-->\n</style>")
    h.append(HEAD_JS % d)
    h.append('<script type="text/javascript">\n<!--\nvar GN_weather=' + json_dumps([{"city": c1, "sky": w, "temp": season(t, today)} for c1, w, t in WEATHER]) +
             ';\nvar GN_topics=' + json_dumps([{"t": t, "u": f"/special/sp{a['seed']}{i}.asp"} for i, t in enumerate(TOPICS)]) +
             ';\nvar GN_subnav=' + json_dumps(SUBNAV) + ';\nvar GN_counties=' + json_dumps(COUNTIES) + ';\n' +
             ad_config(a["no"], "GN", [("ad_top468", [[468, 60]]), ("ad_left160", [[160, 600]]), ("ad_mid468", [[468, 60]]), ("ad_bottom728", [[728, 90]]),
                                       ("ad_right200a", [[200, 200]]), ("ad_right200b", [[200, 200]])]) + '\n//-->\n</script>')
    h.append('<style type="text/css">\n<!--\n' + utility_css("gn") + '\n-->\n</style>')
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
              "url": a["url"], "mainEntityOfPage": a["url"], "description": a["desc"],
              "image": f"{IMG}/news/{a['img']}", "datePublished": pub.isoformat(),
              "dateModified": (upd or pub).isoformat(),
              "author": ([{"@type": "Person", "name": n} for n in a["authors"]] if not a.get("ld_byline") else {"@type": "Person", "name": a["byline"]}),
              "publisher": {"@type": "Organization", "name": NAME,
                            "logo": {"@type": "ImageObject", "url": f"{IMG}/images/logo.gif"}},
              "inLanguage": "zh-TW"}
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append("</head>")
    h.append('<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="GN_preloadImages();">')
    h.append('<a name="top"></a>')
    h.append('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">')
    # top bar
    h.append(f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#EEEEEE" class="topbar"><tr>'
             f'<td height="24" width="420">&nbsp;{today.year}年{today.month}月{today.day}日 星期{WD[today.weekday()]}　{roc(today)}　'
             f'{a.get("weather", "台北 多雲 24℃")}</td>'
             '<td align="right"><a href="/member/login.asp">會員登入</a> | <a href="/member/join.asp">免費加入</a> | '
             '<a href="/epaper/">電子報</a> | <a href="/rss/">RSS</a> | <a href="javascript:addFavorite();">加入最愛</a> | '
             '<a href="/mobile/">手機版</a> | <a href="/sitemap.asp">網站導覽</a>&nbsp;</td></tr></table></td></tr>')
    # header
    h.append(f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
             f'<td width="230" height="80"><a href="{HOST}/"><img src="{IMG}/images/logo.gif" width="220" height="70" border="0" alt="{NAME}"></a></td>'
             f'<td width="490" align="center"><table width="468" border="0" cellspacing="0" cellpadding="0"><tr><td class="ad_box" height="60" id="ad_top468">廣告</td></tr></table></td>'
             '<td align="right"><form name="search" method="get" action="/search/search.asp" style="margin:0">'
             '<input type="text" name="kw" size="16" style="border:1px solid #336699;height:18px"> '
             f'<input type="image" src="{IMG}/images/btn_search.gif" align="absmiddle" alt="搜尋"></form>'
             '<font size="1" color="#999999">熱門：<a href="/search/search.asp?kw=颱風">颱風</a> <a href="/search/search.asp?kw=油價">油價</a> '
             '<a href="/search/search.asp?kw=夜市">夜市</a></font></td></tr></table></td></tr>')
    # nav
    n = ['<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#336699" class="nav"><tr>']
    for key, label in NAV:
        bg = ' bgcolor="#993300"' if key == chan else ""
        n.append(f'<td height="30" align="center"{bg}><a href="{HOST}/news/list.asp?chan={key}" '
                 f'onMouseOver="GN_swapImage(\'nav_{key}\',\'{IMG}/images/nav_on.gif\')" onMouseOut="GN_swapImgRestore()">{label}</a></td>')
        n.append(f'<td width="1"><img id="nav_{key}" src="{IMG}/images/nav_line.gif" width="1" height="30" alt=""></td>')
    n.append("</tr></table></td></tr>")
    h.append("".join(n))
    subs = SUBNAV.get(chan, ["要聞", "焦點", "專題", "圖輯"])
    h.append('<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#DDE8F3" class="subnav"><tr>'
             f'<td height="24">&nbsp;<b>{chan_label}</b>：' + "｜".join(
                 f'<a href="{HOST}/news/list.asp?chan={chan}&amp;sub={i + 1}">{s}</a>' for i, s in enumerate(subs)) +
             '</td><td align="right" width="420"><table border="0" cellspacing="0" cellpadding="0"><tr><td><font color="#CC0000"><b>快訊</b></font>&nbsp;</td>'
             '<td><marquee width="360" scrollamount="3" onMouseOver="this.stop();" onMouseOut="this.start();">' + "　◎".join(
                 f'<a href="{HOST}/news/news_detail.asp?no={a["no"] + 900 + i}">{esc(t)}</a>' for i, t in enumerate(pool(a["seed"], 4, 19))) +
             '</marquee></td></tr></table></td></tr></table></td></tr>')
    h.append(f'<tr><td>{sp(1, 6)}</td></tr>')
    # main three-column table
    h.append('<tr><td><table width="980" border="0" cellspacing="0" cellpadding="0"><tr>')
    # left column
    left = ['<td width="170" valign="top" bgcolor="#F7F7F7">']
    left.append('<table width="170" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title">地方新聞</td></tr><tr><td class="list">' +
                "<br>".join(f'．<a href="{HOST}/news/list.asp?chan=local&amp;area={i + 1}">{c}</a>' for i, c in enumerate(COUNTIES[:8])) + "</td></tr></table>")
    left.append(sp(1, 8))
    rt = ['<table width="170" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title">即時新聞</td></tr><tr><td class="list">']
    for i, t in enumerate(pool(a["seed"] + 3, 5, 5)):
        tt = today - _dt.timedelta(minutes=29 * i + 11)
        rt.append(f'<span class="time">{tt:%m/%d %H:%M}</span><br><a href="{HOST}/news/news_detail.asp?no={a["no"] + 300 + i}">{esc(t)}</a><br>')
    rt.append("</td></tr></table>")
    left.append("".join(rt))
    left.append(sp(1, 8))
    left.append('<table width="170" border="0" cellspacing="0" cellpadding="0"><tr><td class="ad_box" height="600" id="ad_left160">廣告</td></tr></table>')
    left.append(sp(1, 8))
    left.append('<table width="170" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title" colspan="2">生活資訊</td></tr>' + "".join(
        "<tr>" + "".join(f'<td class="list" width="50%">．<a href="{HOST}/life/info.asp?t={i + j + 1}">{LIFE_LINKS[i + j]}</a></td>'
                         if i + j < len(LIFE_LINKS) else "<td>&nbsp;</td>" for j in range(2)) + "</tr>"
        for i in range(0, 6, 2)) + "</table>")
    left.append(sp(1, 8))
    left.append('<table width="170" border="0" cellspacing="0" cellpadding="4" class="epaper"><tr><td class="box_title">訂閱電子報</td></tr>'
                '<tr><td><form name="epaper" method="post" action="/epaper/subscribe.asp" onSubmit="return checkEpaper(this);" style="margin:0">'
                '每天早上八點，重要新聞一次掌握！<br><input class="txt" type="text" name="email" value=""><br>'
                '<input type="radio" name="act" value="1" checked>訂閱 <input type="radio" name="act" value="0">取消 '
                '<input type="submit" value="送出"></form></td></tr></table>')
    left.append(sp(1, 8))
    left.append('<table width="170" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title">分類廣告</td></tr><tr><td class="list">' +
                "<br>".join(f'<a href="{HOST}/ad/click.asp?id={a["seed"]}{i}" target="_blank">{esc(t)}</a>' for i, t in enumerate(TEXT_ADS)) + "</td></tr></table>")
    left.append("</td>")
    h.append("".join(left))
    h.append(f'<td width="10">{sp(10, 1)}</td>')
    # center column
    c = ['<td width="570" valign="top">']
    c.append(f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="path" height="24">'
             f'<a href="{HOST}/">首頁</a> &gt; <a href="{HOST}/news/list.asp?chan={chan}">{chan_label}</a> &gt; {a["crumb"]}</td></tr></table>')
    c.append('<table width="100%" border="0" cellspacing="0" cellpadding="6">')
    kicker = f'<span class="news_kicker">{esc(a["kicker"])}</span>' if a.get("kicker") else ""
    if a.get("h1", True):
        c.append(f'<tr><td><h1 class="news_title">{kicker}{esc(a["headline"])}</h1></td></tr>')
    else:
        c.append(f'<tr><td><font class="news_title" size="5"><b>{kicker}{esc(a["headline"])}</b></font></td></tr>')
    when = f'{pub:%Y/%m/%d %H:%M}（{roc(pub)}）'
    info = []
    if a.get("byline"):
        info.append(esc(a["byline"]))
    info.append(f"發稿時間：{when}")
    if upd:
        info.append(f"更新時間：{upd:%Y/%m/%d %H:%M}（{roc(upd)}）")
    c.append('<tr><td class="news_info" height="26">' + "　｜　".join(info) +
             '　<a href="javascript:setFont(18);">大</a> <a href="javascript:setFont(16);">中</a> <a href="javascript:setFont(14);">小</a></td></tr>')
    if a.get("summary"):
        c.append(f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="news_summary"><b>【摘要】</b>{esc(a["summary"])}</td></tr></table></td></tr>')
    c.append(f'<tr><td class="news_content" id="newsContent">\n{body_html}\n</td></tr>')
    c.append('<tr><td class="share" height="30" bgcolor="#F3F3F3">分享到：'
             f'<a href="https://www.facebook.example/sharer.php?u={url}" target="_blank">Facebook</a>'
             f'<a href="https://www.plurk.example/?qualifier=shares&amp;status={url}" target="_blank">噗浪</a>'
             f'<a href="https://line.example/R/msg/text/?{url}" target="_blank">LINE</a>'
             f'<a href="https://twitter.example/home?status={url}" target="_blank">Twitter</a>'
             f'<a href="javascript:openPrint({a["no"]});">列印</a><a href="javascript:openMail({a["no"]});">轉寄</a>'
             '<a href="javascript:addFavorite();">加入最愛</a></td></tr>')
    if a.get("tags"):
        c.append('<tr><td class="keyword">關鍵字：' + "".join(
            f'<a href="{HOST}/search/search.asp?kw={esc(t)}">{esc(t)}</a>' for t in a["tags"]) + "</td></tr>")
    c.append("</table>")
    c.append('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="ad_box" height="90" id="ad_bottom728">廣告</td></tr></table>')
    c.append(sp(1, 10))
    rel = ['<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="box_title2" colspan="2">相關新聞</td></tr>']
    for i, (t, days) in enumerate(a["related"]):
        rd = pub - _dt.timedelta(days=days, hours=2 * i + 1)
        rel.append(f'<tr><td class="list">．<a href="{HOST}/news/news_detail.asp?no={a["no"] - 977 * (i + 1)}">{esc(t)}</a></td>'
                   f'<td class="list" align="right" width="80"><span class="time">{rd:%Y/%m/%d}</span></td></tr>')
    rel.append("</table>")
    c.append("".join(rel))
    c.append(sp(1, 10))
    more = ['<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="box_title2" colspan="2">'
            f'{chan_label}新聞</td></tr>']
    items = pool(a["seed"] + 7, 6, 2)
    for i in range(0, 6, 2):
        more.append("<tr>" + "".join(
            f'<td class="list" width="50%">．<a href="{HOST}/news/news_detail.asp?no={a["no"] - 41 * (i + j + 1)}">{esc(items[i + j])}</a></td>'
            for j in range(2)) + "</tr>")
    more.append("</table>")
    c.append("".join(more))
    c.append(sp(1, 10))
    grid = ['<table width="100%" border="0" cellspacing="0" cellpadding="0">']
    for gi in range(0, 2, 2):
        grid.append("<tr>")
        for gj in range(2):
            key, lab = GRID[gi + gj]
            its = pool(a["seed"] + gi + gj + 11, 4, gi * 3 + gj)
            grid.append('<td width="50%" valign="top"><table width="98%" border="0" cellspacing="0" cellpadding="2">'
                        f'<tr><td class="box_title2"><a href="{HOST}/news/list.asp?chan={key}">{lab}</a></td>'
                        f'<td class="box_title2" align="right"><a href="{HOST}/news/list.asp?chan={key}"><font size="1">more</font></a></td></tr>' +
                        "".join(f'<tr><td class="list" colspan="2">．<a href="{HOST}/news/news_detail.asp?no={a["no"] - 600 - 9 * gi - 3 * gj - k}">{esc(t)}</a></td></tr>'
                                for k, t in enumerate(its)) + "</table></td>")
        grid.append("</tr>")
    grid.append("</table>")
    c.append("".join(grid))
    if a.get("comments") is not None:
        c.append(sp(1, 10))
        c.append(f'<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="box_title2">讀者迴響（{a["comments"]}）</td></tr>'
                 '<tr><td><form method="post" action="/news/comment.asp" style="margin:0">'
                 f'<input type="hidden" name="no" value="{a["no"]}"><textarea name="msg" cols="60" rows="4"></textarea><br>'
                 '<font size="2" color="#999999">請勿發表謾罵、人身攻擊或違法言論，本站保留刪除留言之權利。</font> '
                 '<input type="submit" value="發表意見"></form></td></tr></table>')
    c.append("</td>")
    h.append("".join(c))
    h.append(f'<td width="10">{sp(10, 1)}</td>')
    # right column
    r = ['<td width="220" valign="top">']
    r.append('<table width="220" border="0" cellspacing="0" cellpadding="0"><tr><td class="ad_box" height="200" id="ad_right200a">廣告</td></tr></table>')
    r.append(sp(1, 8))
    rk = ['<table width="220" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title" colspan="2">熱門點閱排行</td></tr>']
    for i, t in enumerate(pool(a["seed"], 7, 13)):
        rk.append(f'<tr><td width="18" valign="top"><span class="rank_no">{i + 1}</span></td>'
                  f'<td class="list"><a href="{HOST}/news/news_detail.asp?no={a["no"] - 13 * (i + 1)}">{esc(t)}</a></td></tr>')
    rk.append("</table>")
    r.append("".join(rk))
    r.append(sp(1, 8))
    pics = ['<table width="220" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title" colspan="2">圖片新聞</td></tr>']
    for i in range(0, 2, 2):
        pics.append("<tr>" + "".join(
            f'<td align="center" class="list"><a href="{HOST}/photo/photo_detail.asp?no={a["no"] - 200 - i - j}">'
            f'<img src="{IMG}/photo/s_{a["seed"]}{i + j:02d}.jpg" width="100" height="70" border="0" alt=""><br>{esc(PICS[i + j])}</a></td>'
            for j in range(2)) + "</tr>")
    pics.append("</table>")
    r.append("".join(pics))
    r.append(sp(1, 8))
    r.append('<table width="220" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title" colspan="3">各地天氣</td></tr>'
             '<tr><td colspan="3" id="gn_weather_box"></td></tr></table>')
    r.append(sp(1, 8))
    r.append('<table width="220" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title">影音新聞</td></tr><tr><td class="list">' +
             "<br>".join(f'<a href="{HOST}/video/v_detail.asp?no={a["no"] - 700 - i}">{esc(t)}</a>' for i, t in enumerate(VIDEOS[:3])) + "</td></tr></table>")
    r.append(sp(1, 8))
    r.append('<table width="220" border="0" cellspacing="0" cellpadding="2"><tr><td class="box_title">專題報導</td></tr><tr><td class="list">' +
             '<div id="gn_topics_box"></div></td></tr></table>')
    r.append(sp(1, 8))
    q, opts = a.get("poll", ("你平常最常透過哪種管道看新聞？", ["電視", "報紙", "手機APP", "社群網站"]))
    r.append('<table width="220" border="0" cellspacing="0" cellpadding="3" class="poll"><tr><td class="box_title">網路民調</td></tr>'
             f'<tr><td><form method="post" action="/vote/vote.asp" onSubmit="return checkVote(this);" style="margin:0"><b>{esc(q)}</b><br>' +
             "".join(f'<input type="radio" name="opt" value="{i + 1}">{esc(o)}<br>' for i, o in enumerate(opts)) +
             f'<input type="image" src="{IMG}/images/btn_vote.gif" alt="投票"> <a href="/vote/result.asp">看結果</a></form></td></tr></table>')
    r.append(sp(1, 8))
    r.append('<table width="220" border="0" cellspacing="0" cellpadding="0"><tr><td class="ad_box" height="200" id="ad_right200b">廣告</td></tr></table>')
    r.append("</td>")
    h.append("".join(r))
    h.append("</tr></table></td></tr>")
    # footer
    h.append(f'<tr><td>{sp(1, 12)}</td></tr>')
    f = ['<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#336699"><tr><td height="4"></td></tr></table>'
         '<table width="100%" border="0" cellspacing="0" cellpadding="4" class="footer"><tr><td align="center">']
    f.append("｜".join(f'<a href="{HOST}/news/list.asp?chan={k}">{l}</a>' for k, l in NAV[1:]))
    f.append("<br>")
    f.append("｜".join(f'<a href="{HOST}/about/{u}">{t}</a>' for u, t in [
        ("about.asp", "關於我們"), ("ad.asp", "廣告刊登"), ("job.asp", "徵才訊息"), ("privacy.asp", "隱私權政策"),
        ("copyright.asp", "著作權聲明"), ("contact.asp", "聯絡我們"), ("news_mail.asp", "新聞信箱"), ("sitemap.asp", "網站地圖")]))
    f.append("<br>")
    f.append("友站連結：" + "｜".join(f'<a href="https://{u}.gangnan.example/" target="_blank">{t}</a>' for u, t in [
        ("bbs", "港南論壇"), ("blog", "港南部落格"), ("shop", "港南購物"), ("house", "港南房屋網"), ("car", "港南汽車網"),
        ("job", "港南人力銀行"), ("travel", "港南旅遊網")]))
    f.append("<br>地址：高雄市苓雅區海潮路128號9樓　電話：(07)000-0000　傳真：(07)000-0001")
    f.append(f"<br>{NAME}新聞網 版權所有 &copy; 2003-{today.year} Gangnan Kuaixun All Rights Reserved.")
    f.append("<br>本網站建議使用 IE 6.0 以上版本瀏覽器，最佳瀏覽解析度為 1024x768")
    f.append("</td></tr></table></td></tr>")
    h.append("".join(f))
    h.append("</table>")
    h.append(FOOT_JS % d)
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h), gold


# ---------------------------------------------------------------------------- articles

ARTICLES = []

# 01: Big5, dateline, photo, headline in <font> (no <h1>)
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, charset="big5", codec="big5", h1=False, br=True,
    chan="local", crumb="雲嘉南", no=1082214, url=f"{HOST}/news/news_detail.asp?no=1082214",
    pub=dt(2015, 11, 4, 9, 40), today=dt(2015, 11, 5, 7, 30), weather="台南 晴 27℃",
    authors=["林志豪"], comments=2,
    headline="七股廢鹽田變身濕地 黑面琵鷺提早報到",
    desc="台南市七股區沿海一處閒置近二十年的廢棄鹽田，經過兩年整地、引水，如今成為水鳥棲地。",
    keywords=["七股", "濕地", "黑面琵鷺", "鹽田", "台南"], img="2015/11/04/1082214_1.jpg",
    parts=[
        ("pic", "2015/11/04/1082214_1.jpg", "七股區頂山里廢棄鹽田經整地引水後，吸引大批水鳥棲息覓食。", "（記者林志豪攝）"),
        ("p", "〔記者林志豪／台南報導〕台南市七股區沿海一處閒置近二十年的廢棄鹽田，經過兩年整地、引水，如今搖身一變成為水鳥棲地。台南海岸濕地保育協會昨天公布調查結果，今年秋季已有超過一百二十隻黑面琵鷺在此停留，比往年提早約兩週報到。"),
        ("p", "這片鹽田位於七股區頂山里，面積約四十二公頃，早年是當地重要的曬鹽場，民國八十年代停止生產後便長期荒廢，雜草叢生，部分區域甚至被傾倒廢棄物。"),
        ("p", "協會理事長蔡文彬表示，團隊從前年開始與地主協商，以「認養」方式取得土地使用權，再號召志工清除垃圾、修補堤岸，並依據水鳥習性調整水位，「鹽田的水深只要控制在十到二十公分，就很適合琵鷺用嘴巴來回掃動覓食」。"),
        ("ad",),
        ("p", "根據協會每週進行的鳥類普查，目前這片濕地共記錄到四十七種鳥類，除了黑面琵鷺，還有大白鷺、小燕鷗及多種鷸科鳥類。協會研究員郭佩君指出，濕地恢復後，魚蝦和底棲生物數量明顯增加，「有食物，鳥自然就會來」。"),
        ("p", "不過，濕地的未來仍有隱憂。由於土地屬於私人所有，認養契約只到後年底，若地主決定改作其他用途，好不容易恢復的棲地可能再度消失。蔡文彬坦言，目前正與地主洽談長期租約，也希望能透過生態旅遊的收入，支付部分租金與維護費用。"),
        ("p", "當地居民對濕地的轉變也樂觀其成。在頂山里住了六十多年的黃金水說，以前鹽田荒廢時「蚊子多、垃圾多」，現在每到假日都有人拿著望遠鏡來看鳥，「村子裡熱鬧多了，連雜貨店的生意都變好」。"),
        ("p", "協會表示，本月起每週六上午將開辦免費導覽，每梯次限額三十人，民眾可透過協會網站報名；為避免驚擾鳥群，導覽時禁止使用閃光燈及無人機。"),
    ],
    related=[("黑面琵鷺度冬數量創新高", 330), ("沿海濕地垃圾多 志工接力淨灘", 45),
             ("廢鹽田種電案 保育團體憂衝擊生態", 120), ("賞鳥季開跑 海岸導覽報名踴躍", 360)],
    entities=[("七股", "LOC"), ("七股區", "LOC"), ("台南", "LOC"), ("台南市", "LOC"), ("林志豪", "PER"),
              ("台南海岸濕地保育協會", "ORG"), ("頂山里", "LOC"), ("蔡文彬", "PER"), ("郭佩君", "PER"), ("黃金水", "PER")],
    phenomena=["teasers-in-article", "cjk", "table-layout", "legacy-encoding", "localized-date", "local-time-zone", "dateline", "photo-caption",
               "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "newsletter-box",
               "comments", "decoy-date"],
    notes="The byline is only in the 〔記者林志豪／台南報導〕 dateline that opens the first paragraph; the Minguo date 民國104年11月4日 equals 2015-11-04; the headline is a <font> element, not an <h1>.",
))

# 02: UTF-8, tech, subheadings, update time, no JSON-LD
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, meta_author=False, charset="utf-8", codec="utf-8", meta_style="http-equiv",
    chan="tech", crumb="新創", no=1318876, url=f"{HOST}/news/news_detail.asp?no=1318876",
    pub=dt(2016, 7, 21, 15, 10), upd=dt(2016, 7, 21, 18, 30), today=dt(2016, 7, 22, 8, 0), weather="新竹 晴 33℃",
    authors=["陳怡婷"], byline="記者陳怡婷／新竹報導", tags=["無人機", "茶園", "新創", "農業科技"],
    headline="新竹新創研發茶園無人機 噴藥時間縮短八成",
    desc="新竹一家新創公司研發出專為丘陵茶園設計的植保無人機，一公頃茶園噴藥只需約十二分鐘。",
    keywords=["無人機", "茶園", "禾翼科技", "新竹", "智慧農業"], img="2016/07/21/1318876_1.jpg",
    parts=[
        ("p", "茶農頭痛的噴藥工作，有了新幫手。新竹一家成立三年的新創公司禾翼科技，研發出專為丘陵茶園設計的植保無人機，昨天在新竹縣峨眉鄉的茶園進行公開示範，一公頃茶園噴藥只需約十二分鐘，比人工背負噴霧器節省八成時間。"),
        ("h", "依地形自動調整高度"),
        ("p", "禾翼科技執行長周柏翰表示，台灣茶園多位於坡地，市面上的農用無人機大多為平地稻田設計，飛到坡地時容易因高度判斷錯誤而噴灑不均。團隊花了兩年時間開發地形感測系統，讓無人機能隨坡度自動調整飛行高度，維持在茶樹上方約一點五公尺。"),
        ("p", "示範現場，一架載重十公升藥劑的無人機沿著事先規劃的航線起飛，在起伏的茶行之間來回飛行，藥霧均勻覆蓋茶樹頂端。周柏翰說，由於噴頭貼近茶樹，藥劑飄散減少，用藥量也比傳統方式少約三成。"),
        ("ad",),
        ("h", "茶農：省力但成本仍高"),
        ("p", "在峨眉鄉種茶三十多年的茶農劉阿松說，夏天噴一次藥要背著二十多公斤的噴霧器走上整天，「年輕人不願意做，我們老人家也做不動了」。他認為無人機確實省力，但一台要價近六十萬元，小茶農很難負擔。"),
        ("p", "對此，禾翼科技計畫與地方農會合作推出代噴服務，茶農按面積付費，每公頃收費約一千五百元，不必自行購買機器。公司也正在申請農業相關補助，希望降低導入門檻。"),
        ("p", "長期研究農業機械的大學教授沈立群指出，無人機噴藥在國外已相當普遍，但台灣法規對農用無人機的操作證照與飛行範圍仍有限制，業者推廣前必須先確保操作人員取得合格證照，「技術不是問題，人才與規範才是關鍵」。"),
        ("p", "周柏翰表示，公司下半年將在新竹、苗栗及南投等茶區進行更大規模的實地測試，並蒐集茶農意見改良機型，預計明年正式量產。"),
    ],
    related=[("農業缺工嚴重 智慧農機補助加碼", 40), ("茶葉產量減 茶農盼機械化", 95),
             ("無人機送貨試飛 偏鄉物流新選擇", 150), ("竹科新創聚落 年輕團隊進駐", 12)],
    entities=[("新竹", "LOC"), ("新竹縣", "LOC"), ("禾翼科技", "ORG"), ("峨眉鄉", "LOC"), ("周柏翰", "PER"), ("台灣", "LOC"),
              ("劉阿松", "PER"), ("沈立群", "PER"), ("苗栗", "LOC"), ("南投", "LOC")],
    phenomena=["teasers-in-article", "cjk", "table-layout", "localized-date", "local-time-zone", "subheadings", "updated-date", "nav-menu",
               "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "newsletter-box", "tag-list",
               "decoy-date"],
    notes="Subheadings are bold paragraphs led by '■' (the marker is not part of the heading text); Minguo dates 民國105年7月21日 equal 2016-07-21.",
))

# 03: Big5, no metadata, date in URL, data table, dateline
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, charset="big5", codec="big5", nometa=True, h1=False,
    chan="life", crumb="文化觀光", no=1602417, url=f"{HOST}/news/20180612/a0417.htm",
    pub=dt(2018, 6, 12, 17, 5), today=dt(2018, 6, 13, 6, 45), weather="花蓮 多雲 29℃",
    authors=["張雅雯"],
    headline="玉里老車站變身藝文空間 開幕首月吸引逾萬人次",
    desc="花蓮縣玉里鎮一座閒置十多年的老車站重新整修，上個月開幕，首月吸引超過一萬一千人次參觀。",
    keywords=["玉里", "老車站", "藝文空間", "花蓮"], img="2018/06/12/1602417_1.jpg",
    parts=[
        ("p", "〔記者張雅雯／花蓮報導〕花蓮縣玉里鎮一座建於日治時期的老車站，在閒置十多年後重新整修，上個月以「玉里驛文化所」之名開幕，結合展覽、市集與在地小農商品，開幕首月就吸引超過一萬一千人次參觀，為小鎮帶來久違的人潮。"),
        ("p", "這座木造車站建於1920年代，屋頂採用日式黑瓦，站內保留售票口、木製長椅與手寫時刻表。鐵路改線後，車站於民國九十五年停用，此後一直處於閒置狀態。"),
        ("p", "負責營運的在地團體「秀姑巒文化工作室」負責人溫家瑜表示，整修過程中盡量保留車站原貌，只更換腐朽的樑柱與屋瓦，「很多在地的老居民走進來第一句話就是『這跟以前一模一樣』，那種感動是新建築給不了的」。"),
        ("table", "玉里驛文化所開幕首月參觀人次", [
            ["週次", "平日", "假日", "合計"],
            ["第一週", "1,120", "2,480", "3,600"],
            ["第二週", "860", "1,740", "2,600"],
            ["第三週", "790", "1,610", "2,400"],
            ["第四週", "830", "1,770", "2,600"],
            ["合計", "3,600", "7,600", "11,200"],
        ], "資料來源：秀姑巒文化工作室"),
        ("p", "從統計數字來看，假日人潮約為平日的兩倍，許多遊客是搭火車到玉里後順道來訪。工作室也與鎮上的民宿、單車租借業者合作推出套裝行程，帶遊客騎單車走訪舊鐵道。"),
        ("p", "在車站前擺攤賣手工米糕的攤商邱秀蘭說，過去平日幾乎沒有外地人，現在一天可以多賣兩、三十份，「老車站活起來，我們也跟著活起來」。"),
        ("ad",),
        ("p", "不過，也有居民擔心假日人潮帶來停車與垃圾問題。溫家瑜表示，工作室已在周邊增設垃圾分類站，並將與地方協調假日臨時停車場，希望在推廣觀光與維護居民生活品質之間取得平衡。"),
        ("p", "玉里驛文化所目前每週二至週日上午十點至下午六點開放，週一休館，入場免費；每月第一個週末另有小農市集與老照片講座。"),
    ],
    related=[("舊鐵道自行車道串聯 花東縱谷騎乘新路線", 70), ("老街屋修復補助 申請件數倍增", 160),
             ("縱谷小鎮人口外流 地方盼觀光解方", 240), ("日式宿舍群整修完成 開放參觀", 400)],
    entities=[("花蓮", "LOC"), ("花蓮縣", "LOC"), ("張雅雯", "PER"), ("玉里鎮", "LOC"), ("玉里", "LOC"),
              ("玉里驛文化所", "LOC"), ("秀姑巒文化工作室", "ORG"), ("溫家瑜", "PER"), ("邱秀蘭", "PER")],
    phenomena=["teasers-in-article", "cjk", "table-layout", "legacy-encoding", "no-metadata", "date-in-url", "localized-date",
               "local-time-zone", "dateline", "table-in-body", "nav-menu", "footer-links", "ad-slots", "related-list",
               "most-read", "share-bar", "newsletter-box", "decoy-date"],
    notes="No OpenGraph, JSON-LD or date meta: published comes from the visible 2018/06/12 17:05 (民國107年6月12日), which the URL confirms; 玉里驛文化所 is typed LOC as a named venue.",
))

# 04: UTF-8, sports, JSON-LD, list, photo, comments
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, split=True, charset="utf-8", codec="utf-8", meta_style="http-equiv", jsonld=True,
    chan="sports", crumb="校園體育", no=1984530, url=f"{HOST}/news/news_detail.asp?no=1984530",
    pub=dt(2020, 1, 15, 20, 30), today=dt(2020, 1, 16, 7, 15), weather="台中 晴 21℃",
    authors=["吳俊賢"], byline="記者吳俊賢／台中報導", comments=14, tags=["高中籃球", "港南盃", "青峰高中"],
    poll=("你最期待哪一項校園體育賽事？", ["高中籃球", "青棒", "排球", "田徑"]),
    headline="港南盃高中籃球邀請賽落幕 青峰高中逆轉奪冠",
    desc="第十二屆港南盃高中籃球邀請賽冠軍戰，台中青峰高中末節逆轉高雄鳳鳴高中奪冠。",
    keywords=["港南盃", "高中籃球", "青峰高中", "鳳鳴高中"], img="2020/01/15/1984530_1.jpg",
    parts=[
        ("pic", "2020/01/15/1984530_1.jpg", "青峰高中球員賽後高舉冠軍獎盃慶祝。", "（記者吳俊賢攝）"),
        ("p", "第十二屆港南盃高中籃球邀請賽昨晚在台中市立體育館進行冠軍戰，台中青峰高中在末節落後十一分的劣勢下展開反撲，最終以七十八比七十四逆轉擊敗高雄鳳鳴高中，睽違五年再度捧起冠軍獎盃。"),
        ("p", "這場冠軍戰吸引近四千名觀眾進場。鳳鳴高中上半場外線手感火燙，三分球十四投八中，第三節結束時以六十二比五十一領先。青峰高中教練葉建宏在第四節改採全場緊迫盯人防守，連續抄截得手，單節打出二十七比十二的攻勢。"),
        ("p", "青峰高中三年級後衛賴宥辰全場攻下二十九分，其中第四節獨得十四分，包括終場前四十秒的關鍵三分球，獲選為本屆最有價值球員。他賽後說：「落後的時候大家都沒有放棄，教練要我們相信防守，最後真的守出來了。」"),
        ("p", "葉建宏表示，球隊今年主力多為二年級生，原本設定的目標只是進入四強，「這座冠軍對孩子們是很大的鼓勵，也證明我們的訓練方向是對的」。"),
        ("ad",),
        ("p", "本屆賽事共有來自全台的十六支隊伍參賽，賽程為期六天。各項個人獎項得主如下："),
        ("ul", ["最有價值球員：賴宥辰（青峰高中）", "得分王：蕭子豪（鳳鳴高中），場均二十四點六分",
                "籃板王：馬睿恩（宜蘭星灣高中），場均十三點二個", "助攻王：杜品睿（新北溪雲高中），場均八點一次",
                "最佳教練：葉建宏（青峰高中）"]),
        ("p", "主辦單位表示，今年賽事首度透過網路直播，六天累計觀看人次超過三十萬，明年將爭取增加女子組賽事，讓更多高中女籃選手有上場機會。"),
    ],
    related=[("高中籃球聯賽複賽 南北強權過招", 20), ("港南盃分組抽籤 衛冕隊陷死亡之組", 12),
             ("高中籃球新星 挑戰大專聯賽", 200), ("學生運動員課業輔導 教育單位推新制", 90)],
    entities=[("港南盃高中籃球邀請賽", "MISC"), ("青峰高中", "ORG"), ("台中", "LOC"), ("台中市立體育館", "LOC"),
              ("高雄", "LOC"), ("鳳鳴高中", "ORG"), ("葉建宏", "PER"), ("賴宥辰", "PER"), ("蕭子豪", "PER"),
              ("馬睿恩", "PER"), ("宜蘭", "LOC"), ("星灣高中", "ORG"), ("杜品睿", "PER"), ("新北", "LOC"),
              ("溪雲高中", "ORG")],
    phenomena=["teasers-in-article", "split-body", "inline-related", "cjk", "table-layout", "json-ld", "localized-date", "local-time-zone", "photo-caption", "list-in-body",
               "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar", "newsletter-box",
               "comments", "tag-list", "decoy-date"],
    notes="School names preceded by their city ('台中青峰高中') are split into a LOC and an ORG mention; Minguo date 民國109年1月15日 equals 2020-01-15. The ad and the 延伸閱讀 line between the two text cells are not body.",
))

# 05: Big5, education, dateline (variant 09 serves it in UTF-8)
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, charset="big5", codec="big5",
    chan="life", crumb="教育", no=2470931, url=f"{HOST}/news/news_detail.asp?no=2470931",
    pub=dt(2022, 9, 28, 11, 15), today=dt(2022, 9, 29, 7, 0), weather="屏東 晴 32℃",
    authors=["蘇郁芳"],
    poll=("你支持偏鄉小校推動混齡教學嗎？", ["支持", "不支持", "沒意見"]),
    headline="屏東山區小校學生僅12人 混齡教學留住部落孩子",
    desc="屏東縣春日鄉山區的霞岩國小全校只有十二名學生，推動混齡教學三年，穩住了學生人數。",
    keywords=["混齡教學", "偏鄉教育", "屏東", "小校"], img="2022/09/28/2470931_1.jpg",
    parts=[
        ("p", "〔記者蘇郁芳／屏東報導〕屏東縣春日鄉山區的霞岩國小，全校只有十二名學生，一度面臨裁併校的壓力。學校三年前開始推動混齡教學，把不同年級的孩子編在同一個班級上課，不但穩住了學生人數，今年更有兩名原本轉到山下就讀的學生回流。"),
        ("p", "霞岩國小距離最近的平地學校約二十五公里，山路蜿蜒，單程車程將近五十分鐘。校長潘志遠說，如果學校被裁併，部落的孩子每天一早就得搭車下山，「對低年級的孩子來說，這樣的通勤負擔太重了，學校也是部落的文化中心，一旦消失就很難再回來」。"),
        ("p", "所謂混齡教學，是將一、二年級，三、四年級及五、六年級各自合併成一班，由老師依照學生程度分組設計課程。國語、數學等科目仍依年級進度分別指導，自然、社會與族語文化課程則打破年級界線，讓高年級學生帶著低年級學生一起學習。"),
        ("pic", "2022/09/28/2470931_1.jpg", "霞岩國小高年級學生帶著學弟妹在校園菜園觀察植物。", "（圖／霞岩國小提供）"),
        ("p", "五年級學生的家長高美玲說，孩子以前個性比較內向，開始擔任「小老師」帶學弟妹做實驗後，變得更有自信，「回家還會主動說今天教了誰、教了什麼」。"),
        ("p", "學校也將部落文化融入課程，邀請耆老到校教授傳統編織與狩獵文化，並帶學生上山認識植物。潘志遠表示，孩子們從小在山裡長大，「讓他們在熟悉的環境裡學習，也學會認識自己的文化，比什麼都重要」。"),
        ("ad",),
        ("p", "不過，混齡教學對老師的負擔也不小。在校任教十年的老師謝佳蓉坦言，一堂課要同時兼顧兩個年級的進度，備課時間幾乎是過去的兩倍，「需要更多支援人力，教學才能長久走下去」。"),
        ("p", "教育學者指出，偏鄉小校推動混齡教學已有不少成功案例，但各校條件差異大，主管機關應提供彈性的課程規範與師資培訓，而不是只用學生人數決定學校的存廢。"),
    ],
    related=[("少子化衝擊 偏鄉國小新生掛零", 60), ("部落學校推族語沉浸課程", 140),
             ("山區學童交通車補助延長", 25), ("小校聯盟共享師資 提升教學品質", 300)],
    entities=[("屏東", "LOC"), ("屏東縣", "LOC"), ("蘇郁芳", "PER"), ("春日鄉", "LOC"), ("霞岩國小", "ORG"),
              ("潘志遠", "PER"), ("高美玲", "PER"), ("謝佳蓉", "PER")],
    phenomena=["teasers-in-article", "cjk", "table-layout", "legacy-encoding", "localized-date", "local-time-zone", "dateline",
               "photo-caption", "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar",
               "newsletter-box", "decoy-date"],
    notes="The byline is only in the 〔記者蘇郁芳／屏東報導〕 dateline; the photo credit （圖／霞岩國小提供） is left out of the caption; Minguo date 民國111年9月28日 equals 2022-09-28.",
))

# 06: UTF-8, finance, kicker, data table, JSON-LD
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, charset="utf-8", codec="utf-8", jsonld=True,
    chan="finance", crumb="消費", no=2719645, url=f"{HOST}/news/20230503/f2719645.htm",
    pub=dt(2023, 5, 3, 8, 50), today=dt(2023, 5, 4, 7, 20), weather="高雄 多雲 30℃",
    authors=["許文傑"], byline="記者許文傑／高雄報導", kicker="【財經焦點】", tags=["行動支付", "夜市", "高雄"],
    poll=("逛夜市時你最常用哪種付款方式？", ["現金", "行動支付", "信用卡", "電子票證"]),
    headline="高雄夜市行動支付使用率三年翻倍 攤商：手續費仍是負擔",
    desc="高雄三座主要觀光夜市的攤商行動支付導入率，從三年前的平均兩成多提高到今年的五成左右。",
    keywords=["行動支付", "夜市", "高雄", "攤商", "手續費"], img="2023/05/03/2719645_1.jpg",
    parts=[
        ("p", "逛夜市掏出手機付款，在高雄已愈來愈普遍。南台灣消費研究中心昨天公布調查，高雄三座主要觀光夜市的攤商行動支付導入率，從三年前的平均兩成多，大幅提高到今年的五成左右，但仍有不少攤商因手續費與入帳時間等因素而卻步。"),
        ("p", "這項調查於今年三月至四月間進行，研究人員實地訪問港都夜市、愛河夜市與鳳林夜市共四百八十六個攤位。結果顯示，導入率最高的是以觀光客為主的港都夜市，達百分之六十一；鳳林夜市則因顧客多為在地居民，導入率僅百分之四十四。"),
        ("table", "高雄三大夜市攤商行動支付導入率", [
            ["夜市", "2020年", "2023年", "增加（百分點）"],
            ["港都夜市", "28%", "61%", "33"],
            ["愛河夜市", "24%", "52%", "28"],
            ["鳳林夜市", "19%", "44%", "25"],
        ], "資料來源：南台灣消費研究中心"),
        ("p", "研究中心主任羅啟明分析，疫情期間民眾減少接觸現金的習慣延續至今，加上外國觀光客回流，是推動攤商改用行動支付的主要原因，「不少攤商發現，不能刷手機就會直接流失客人」。"),
        ("p", "在港都夜市賣烤玉米二十年的攤商錢振興說，三年前開始在攤位貼上付款條碼，現在約有一半的客人用手機付錢，「找零錢的時間省下來，排隊的人龍消化得更快」。"),
        ("ad",),
        ("p", "然而，也有攤商認為手續費侵蝕利潤。一位在鳳林夜市賣豆花的業者表示，一碗豆花只賺十幾元，每筆還要被扣百分之二左右的手續費，「積少成多，一個月下來也是一筆錢」。此外，部分支付業者的款項需要兩到三天才能入帳，對需要每天進貨的小攤商造成周轉壓力。"),
        ("p", "調查也發現，五十五歲以上的攤商導入率明顯偏低，不到三成，主要原因是不熟悉操作與擔心資安問題。"),
        ("p", "羅啟明建議，支付業者可針對夜市小攤商推出較低的費率方案，地方也可結合夜市自治會開設操作說明課程，協助年長攤商跨越數位門檻。"),
    ],
    related=[("觀光客回流 夜市週末人潮湧現", 30), ("電子支付帳戶數突破兩千萬", 75),
             ("攤商稅務申報新制 業者霧煞煞", 110), ("夜市食安抽查 九成合格", 210)],
    entities=[("高雄", "LOC"), ("南台灣消費研究中心", "ORG"), ("港都夜市", "LOC"), ("愛河夜市", "LOC"),
              ("鳳林夜市", "LOC"), ("羅啟明", "PER"), ("錢振興", "PER")],
    phenomena=["teasers-in-article", "cjk", "table-layout", "json-ld", "kicker", "table-in-body", "date-in-url", "localized-date",
               "local-time-zone", "nav-menu", "footer-links", "ad-slots", "related-list", "most-read", "share-bar",
               "newsletter-box", "tag-list", "decoy-date"],
    notes="The 【財經焦點】 label inside the headline element is a kicker and is left out; the table title and source line are optional captions; Minguo date 民國112年5月3日 equals 2023-05-03.",
))

# 07: Big5, culture, two photos, update time, dateline
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, meta_pub=dt(2024, 11, 21, 22, 35), charset="big5", codec="big5", meta_style="http-equiv",
    chan="culture", crumb="表演", no=2953377, url=f"{HOST}/news/news_detail.asp?no=2953377",
    pub=dt(2024, 11, 22, 14, 0), upd=dt(2024, 11, 22, 16, 20), today=dt(2024, 11, 23, 8, 10), weather="宜蘭 陰 20℃",
    authors=["游淑惠"], comments=6,
    headline="宜蘭老牌歌仔戲團推新編戲 讓年輕觀眾坐滿廟埕",
    desc="成立超過六十年的宜蘭老牌歌仔戲團推出新編戲，首演吸引近八百名觀眾，不少是年輕人。",
    keywords=["歌仔戲", "宜蘭", "新編戲", "傳統戲曲"], img="2024/11/22/2953377_1.jpg",
    parts=[
        ("p", "〔記者游淑惠／宜蘭報導〕成立超過六十年的宜蘭老牌歌仔戲團「蘭陽春風劇團」，今年推出以宜蘭開墾歷史為題材的新編戲《蘭陽水路記》，上週末在羅東鎮一間廟宇廟埕首演，吸引近八百名觀眾，其中不少是年輕人與親子家庭。"),
        ("pic", "2024/11/22/2953377_1.jpg", "蘭陽春風劇團新編戲《蘭陽水路記》在羅東鎮廟埕首演，台下座無虛席。", "（記者游淑惠攝）"),
        ("p", "《蘭陽水路記》描述清代移民沿著河道開墾蘭陽平原的故事，劇中穿插水圳修築、洪水來襲等情節。劇團團長陳麗珠表示，劇本花了一年半時間籌備，團隊走訪地方耆老與文史工作者，「我們想讓觀眾知道，今天的宜蘭是怎麼一點一滴被開墾出來的」。"),
        ("p", "為了吸引年輕觀眾，劇團這次在演出形式上做了不少嘗試。舞台上架設LED背景投影，重現河流與稻田景色；部分唱段加入電吉他與鍵盤伴奏，並在台詞中穿插現代用語，讓不熟悉傳統戲曲的觀眾也能看得懂。"),
        ("p", "專程從台北回鄉看戲的二十六歲上班族林宛儒說，小時候常跟著阿嬤到廟口看戲，長大後就很少接觸，「沒想到歌仔戲可以這麼好看，燈光和音樂都很有電影感，下次想帶朋友一起來」。"),
        ("ad",),
        ("p", "不過，創新的路並不好走。陳麗珠坦言，新編戲的製作成本是傳統戲碼的三倍以上，光是投影設備與舞台布景就花了近兩百萬元，劇團除了申請公部門補助，也透過群眾募資籌措部分經費。此外，劇團近年團員老化，演員平均年齡超過五十歲，培養新血是當務之急。"),
        ("pic", "2024/11/22/2953377_2.jpg", "劇團演員在後台化妝準備，許多年輕團員是近年才加入。", "（記者游淑惠攝）"),
        ("p", "目前劇團有五名二十多歲的年輕團員，都是從地方高中戲曲社團招募而來。今年二十三歲、在劇中飾演女主角的吳沛霖說，學戲的過程很辛苦，「光是一個身段就要練上好幾個月，但站上舞台、聽到觀眾掌聲，就覺得一切都值得」。"),
        ("p", "劇團規劃明年將《蘭陽水路記》帶到台北、台中與高雄巡演，也計畫與學校合作推出校園版演出，讓更多學生認識歌仔戲。"),
    ],
    related=[("傳統戲曲進校園 學生體驗身段", 50), ("廟口野台戲式微 劇團轉型求生", 180),
             ("歌仔戲演員傳承計畫 招募新血", 260), ("宜蘭河岸藝術節閉幕 人次創新高", 120)],
    entities=[("宜蘭", "LOC"), ("游淑惠", "PER"), ("蘭陽春風劇團", "ORG"), ("蘭陽水路記", "MISC"), ("羅東鎮", "LOC"),
              ("蘭陽平原", "LOC"), ("陳麗珠", "PER"), ("台北", "LOC"), ("林宛儒", "PER"), ("吳沛霖", "PER"),
              ("台中", "LOC"), ("高雄", "LOC")],
    phenomena=["teasers-in-article", "cjk", "table-layout", "legacy-encoding", "localized-date", "local-time-zone", "dateline",
               "photo-caption", "updated-date", "nav-menu", "footer-links", "ad-slots", "related-list", "most-read",
               "share-bar", "newsletter-box", "comments", "decoy-date"],
    notes="The byline is only in the 〔記者游淑惠／宜蘭報導〕 dateline; Minguo dates 民國113年11月22日 equal 2024-11-22. article:published_time holds the story's first save the evening before (Nov. 21, 22:35); the visible 發稿時間 is gold (GUIDELINES 10.1).",
))

# 08: UTF-8, standfirst, SEO title, JSON-LD, photo
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, split=True, charset="utf-8", codec="utf-8", meta_style="http-equiv", jsonld=True,
    chan="finance", crumb="產業", no=3310284, url=f"{HOST}/news/news_detail.asp?no=3310284",
    pub=dt(2026, 2, 9, 19, 45), today=dt(2026, 2, 10, 7, 40), weather="嘉義 晴 19℃",
    authors=["黃俐雯"], byline="記者黃俐雯／嘉義報導", tags=["咖啡", "梅山", "精品咖啡", "評鑑"],
    headline="梅山咖啡評鑑出爐 冠軍豆每公斤拍出1.8萬元",
    title="嘉義梅山咖啡豆評鑑結果公布 冠軍批次競標價創新高－港南快訊",
    summary="冠軍由種植咖啡十五年的農友奪得，得標者為台北一家精品咖啡館",
    desc="嘉義縣梅山鄉今年度咖啡評鑑結果出爐，冠軍批次以每公斤新台幣一萬八千元成交。",
    keywords=["梅山", "咖啡", "評鑑", "嘉義", "競標"], img="2026/02/09/3310284_1.jpg",
    parts=[
        ("p", "嘉義縣梅山鄉今年度咖啡評鑑結果昨天出爐，由太和村農友賴振宗栽種的水洗處理咖啡豆獲得冠軍，隨後舉行的競標會上，冠軍批次以每公斤新台幣一萬八千元成交，創下評鑑舉辦以來的最高紀錄。"),
        ("pic", "2026/02/09/3310284_1.jpg", "梅山鄉農友賴振宗（右）在咖啡園檢視今年採收的咖啡果實。", "（圖／梅山鄉咖啡產業發展協會提供）"),
        ("p", "本屆評鑑由梅山鄉咖啡產業發展協會主辦，共有八十七支咖啡豆參賽，數量為歷屆之最。評審團由六位國內外杯測師組成，依照香氣、風味、酸質、口感等項目進行盲測評分，冠軍豆獲得八十八點二五分。"),
        ("p", "賴振宗在梅山種植咖啡已有十五年，咖啡園位於海拔約一千二百公尺的山坡上，與茶樹及檳榔樹混植。他說，今年冬天氣溫偏低，咖啡果實成熟得慢，糖分累積得更充足，「採收時我們只摘全紅的果實，一顆一顆挑，很花工，但品質就是這樣來的」。"),
        ("p", "得標的是台北一家精品咖啡館，負責人蔡孟哲表示，這批豆子帶有明顯的柑橘與蜂蜜風味，層次豐富，「願意出高價，是希望讓更多人知道台灣也能種出世界級的咖啡」。他預計下個月在店內推出限量手沖，每杯售價約六百元。"),
        ("ad",),
        ("p", "協會理事長江文賢指出，梅山咖啡種植面積近年逐步擴大，目前約有一百三十公頃，但多數農友規模小、人力老化，後製處理設備也不足。協會今年將爭取設置共同處理場，協助小農提升處理品質。"),
        ("p", "不過，也有業者提醒，競標價格不能代表整體市場。一位在地咖啡烘焙業者表示，冠軍豆的數量通常只有幾十公斤，一般農友的咖啡豆售價仍在每公斤一千至兩千元之間，「要讓產業真正站穩，還是要靠穩定的品質與通路，而不是只看比賽」。"),
        ("p", "協會表示，得獎咖啡豆將於本月底在梅山鄉公所前廣場舉辦的咖啡市集中展示，民眾可現場品嘗各得獎批次的咖啡。"),
    ],
    related=[("國產咖啡產量成長 種植面積逾千公頃", 100), ("山區農友轉作咖啡 收入提升", 220),
             ("精品咖啡館展店 搶攻年輕客群", 40), ("年節採購 農特產禮盒熱銷", 8)],
    entities=[("梅山", "LOC"), ("嘉義縣", "LOC"), ("梅山鄉", "LOC"), ("太和村", "LOC"), ("賴振宗", "PER"),
              ("梅山鄉咖啡產業發展協會", "ORG"), ("台北", "LOC"), ("蔡孟哲", "PER"), ("台灣", "LOC"),
              ("江文賢", "PER"), ("梅山鄉公所", "LOC")],
    phenomena=["teasers-in-article", "split-body", "inline-related", "cjk", "table-layout", "json-ld", "standfirst", "title-differs-from-headline", "photo-caption",
               "localized-date", "local-time-zone", "nav-menu", "footer-links", "ad-slots", "related-list", "most-read",
               "share-bar", "newsletter-box", "tag-list", "decoy-date"],
    notes="The 【摘要】 box is the standfirst; the photo credit is left out of the caption; Minguo date 民國115年2月9日 equals 2026-02-09. The ad and the 延伸閱讀 line between the two text cells are not body.",
))

# 09: minimal pair of 05, served in UTF-8
V09 = dict(ARTICLES[4])
V09.update(id=f"{SITE}-09", charset="utf-8", codec="utf-8", variant_of=f"{SITE}-05",
           url=f"{HOST}/news/news_detail.asp?no=2470931&variant=b",
           phenomena=[t for t in ARTICLES[4]["phenomena"] if t != "legacy-encoding"],
           notes=f"Minimal pair of {SITE}-05: differs only in legacy-encoding (the same page served and declared as UTF-8 instead of Big5). " + ARTICLES[4]["notes"])
ARTICLES.append(V09)


def main():
    for a in ARTICLES:
        text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="zh-Hant", headline=a["headline"],
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=a["authors"], summary=a.get("summary", ""), blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a["notes"], variant_of=a.get("variant_of"),
        )
        p = emit(art, text, a["codec"])
        size = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{size / 1024:.1f} KB")


if __name__ == "__main__":
    main()
