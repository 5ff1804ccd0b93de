import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""汀鹭网 (tinglu-net): an invented mainland-Chinese news portal (Simplified Chinese) with channel
sub-domains. Two templates: the legacy CMS (2015-2019) writes XHTML in GBK, declared by a meta
charset (gb2312 or gbk), paragraphs indented with full-width spaces, URLs with the date in the path
(/system/YYYY/MM/DD/...shtml) on older items; the 2020 redesign writes HTML5 in UTF-8, OpenGraph,
an <article> around the text and numeric URLs. Both print the info line "2024-03-12 08:15　来源：...",
the reporter's byline ("记者 X", sometimes with a 通讯员) and, at the end, "(责任编辑：X)": the
editor is not an author.

Metadata personality: no JSON-LD anywhere; <meta name="author"> holds the responsible editor's CMS
account on some pages, the reporter on others, and is missing on the rest; the new template writes
article:published_time on some pages, the legacy one only a date-only 'publishdate'; no <time>
elements. Gold follows the page: the visible headline (a 【】 label inside the <h1> is a kicker),
the info-line time in Beijing time (+08:00), the reporters as authors."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re

SITE = "tinglu-net"
NAME = "汀鹭网"
HOST = "https://www.tinglu.example"
IMG = "https://img.tinglu.example"
CST = _dt.timezone(_dt.timedelta(hours=8))

json_dumps = lambda o: _json.dumps(o, ensure_ascii=False, separators=(",", ":"))  # noqa: E731


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


def strip(s):
    return _re.sub(r"\s+", " ", _html.unescape(_re.sub(r"<[^>]+>", "", s))).strip()


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=CST)


CHANNELS = [("news", "新闻", "https://news.tinglu.example/"), ("finance", "财经", "https://finance.tinglu.example/"),
            ("society", "社会", "https://society.tinglu.example/"), ("tech", "科技", "https://tech.tinglu.example/"),
            ("culture", "文化", "https://culture.tinglu.example/"), ("travel", "旅游", "https://travel.tinglu.example/"),
            ("auto", "汽车", "https://auto.tinglu.example/"), ("house", "房产", "https://house.tinglu.example/"),
            ("health", "健康", "https://health.tinglu.example/"), ("edu", "教育", "https://edu.tinglu.example/"),
            ("video", "视频", "https://v.tinglu.example/"), ("pic", "图片", "https://pic.tinglu.example/")]

POOL = ["多地开展夏季安全生产大检查", "城市公园新增二十处健身步道", "高铁新线开通首周客流超预期", "秋粮收购工作有序推进",
        "老旧小区加装电梯进度过半", "跨境电商出口订单持续增长", "中小学课后服务覆盖率进一步提高", "文旅消费市场持续回暖",
        "新能源充电桩建设提速", "农村公路养护工程全面开工", "社区卫生服务中心开设夜间门诊", "博物馆推出暑期研学课程",
        "快递业务量同比增长两成", "多地发布高温预警提醒防暑", "职业技能培训惠及十万人次", "生态修复让河流重现鱼虾",
        "夜市经济点亮城市烟火气", "冬季供暖设备检修全面启动", "图书馆延长周末开放时间", "港口集装箱吞吐量再创新高",
        "乡村民宿规范化管理出台新规", "城市更新项目集中签约", "非遗传承人走进校园课堂", "数字人民币应用场景不断扩展"]

CSS = """
body{margin:0;font:14px/1.6 "Microsoft YaHei","PingFang SC",SimSun,Arial;color:#222;background:#fff}
a{color:#222;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
ul,li{margin:0;padding:0;list-style:none}img{border:0}
.w1000{width:1000px;margin:0 auto}.clear{clear:both}.fl{float:left}.fr{float:right}
.tl-top{height:30px;line-height:30px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;font-size:12px;color:#666}
.tl-top a{color:#666;margin:0 6px}
.tl-head{height:86px;overflow:hidden}.tl-logo{float:left;margin-top:14px;width:220px;height:58px;background:url(//img.tinglu.example/2020/logo.png) no-repeat;text-indent:-999em}
.tl-logo-h1{margin:0;font-size:0}
.tl-search{float:right;margin-top:26px}.tl-search input.txt{width:220px;height:28px;border:1px solid #c00;padding:0 6px}
.tl-search input.btn{width:60px;height:30px;border:0;background:#c00;color:#fff}
.tl-nav{height:38px;background:#b8141a}.tl-nav li{float:left}.tl-nav a{display:block;padding:0 15px;line-height:38px;color:#fff;font-size:15px}
.tl-nav li.on a,.tl-nav a:hover{background:#8e0f14;text-decoration:none}
.tl-path{height:36px;line-height:36px;font-size:12px;color:#888}.tl-path a{color:#888}
.tl-main{overflow:hidden}.tl-left{float:left;width:680px}.tl-right{float:right;width:300px}
.tl-title h1,.tl-title .title{font-size:28px;line-height:40px;font-weight:bold;margin:12px 0 10px;color:#111}
.tl-title .kicker{color:#b8141a;margin-right:6px}
.tl-info{font-size:13px;color:#888;border-bottom:1px solid #e5e5e5;padding:0 0 8px;margin-bottom:16px}.tl-info span{margin-right:14px}
.tl-info a{color:#888}
.tl-text{font-size:16px;line-height:30px}.tl-text p{margin:0 0 18px;text-align:justify}
.tl-text h3{font-size:17px;margin:0 0 16px}.tl-text .pic{text-align:center;margin:0 0 18px}.tl-text .pic p{font-size:13px;color:#666;text-align:center;margin:6px 0 0}
.tl-text table.data{width:100%;border-collapse:collapse;margin:0 0 18px;font-size:14px}.tl-text table.data td,.tl-text table.data th{border:1px solid #ddd;padding:5px}
.tl-xgyd{border:1px solid #f0d0d0;background:#fff8f8;padding:8px 12px;margin:0 0 18px;font-size:14px}
.tl-edit{text-align:right;color:#888;font-size:13px;margin:10px 0 20px}
.tl-share{height:32px;line-height:32px;font-size:13px;color:#666;margin-bottom:16px}
.gg{background:#f6f6f6;color:#bbb;text-align:center;font-size:12px;margin:0 0 16px}.gg_640{height:90px;line-height:90px}.gg_300{height:250px;line-height:250px}.gg_950{height:90px;line-height:90px}
.tl-mod{margin-bottom:20px}.tl-mod .hd{border-bottom:2px solid #b8141a;height:32px;line-height:32px}.tl-mod .hd h2{font-size:16px;margin:0;display:inline-block}
.tl-mod .bd li{line-height:30px;height:30px;overflow:hidden;border-bottom:1px dashed #eee;font-size:14px}.tl-mod .bd li em{font-style:normal;color:#999;float:right;font-size:12px}
.tl-rank li i{display:inline-block;width:18px;height:18px;line-height:18px;text-align:center;background:#bbb;color:#fff;font-style:normal;margin-right:8px;font-size:12px}
.tl-rank li.top3 i{background:#b8141a}
.tl-foot{border-top:2px solid #b8141a;margin-top:20px;padding:16px 0;text-align:center;font-size:12px;color:#777;line-height:24px}.tl-foot a{color:#777;margin:0 5px}
"""


def utility_css():
    out = []
    for k in range(1, 41):
        out.append(f".mt{k}{{margin-top:{k}px}}.mb{k}{{margin-bottom:{k}px}}.ml{k}{{margin-left:{k}px}}.mr{k}{{margin-right:{k}px}}"
                   f".pt{k}{{padding-top:{k}px}}.pb{k}{{padding-bottom:{k}px}}.f{10 + k % 20}{{font-size:{10 + k % 20}px}}")
    for w in range(50, 1001, 10):
        out.append(f".w{w}{{width:{w}px}}.h{w}{{height:{w}px}}.lh{w // 10}{{line-height:{w // 10}px}}")
    for name, col in (("red", "#b8141a"), ("blue", "#1a5fb4"), ("gray", "#888"), ("gold", "#c69b3b"), ("green", "#2e7d32")):
        out.append(f".c-{name}{{color:{col}}}.bg-{name}{{background:{col}}}.bd-{name}{{border-color:{col}}}")
    return "\n".join(out)


def ad_js(seed):
    r = _random.Random(seed)
    slots = [("gg_950_top", 950, 90), ("gg_640_mid", 640, 90), ("gg_640_bottom", 640, 90), ("gg_300_r1", 300, 250), ("gg_300_r2", 300, 250),
             ("gg_300_r3", 300, 100), ("gg_couplet_l", 120, 300), ("gg_couplet_r", 120, 300)]
    data = {s: {"w": w, "h": h, "pid": f"tl{r.randint(100000, 999999)}", "rot": [{"id": r.randint(10000, 99999), "w8": r.randint(1, 9),
            "img": f"{IMG}/gg/{r.randint(1000, 9999)}_{w}x{h}.jpg", "url": f"https://click.tinglu.example/c?a={r.randint(100000, 999999)}"}
            for _ in range(5)]} for s, w, h in slots}
    return "var tl_gg_conf=" + json_dumps(data) + ";"


SUBS = ["要闻", "国内", "国际", "评论", "图片", "视频", "专题", "滚动", "地方", "数据", "深度", "辟谣"]


def icon_sprite(seed, names):
    r = _random.Random(seed)
    sym = []
    for nm in names:
        d = [f"M{r.randint(1, 23)} {r.randint(1, 23)}"]
        for _ in range(r.randint(10, 24)):
            c = r.choice("LCQ")
            d.append(c + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range({"L": 2, "C": 6, "Q": 4}[c])))
        sym.append(f'<symbol id="tl-i-{nm}" viewBox="0 0 24 24"><path d="{"".join(d)}Z"/></symbol>')
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(sym) + "</svg>"


def page_data(a):
    """Navigation, hot lists and the recommendation feed the page scripts render (JSON in <script>)."""
    r = _random.Random(a["seed"] * 71)
    nav = {k: [{"t": x, "u": f"{u}{i + 1:02d}/"} for i, x in enumerate(SUBS)] for k, _, u in CHANNELS}
    hot = {tab: [{"id": r.randint(30000000, 33999999), "t": POOL[(a["seed"] + i * 3 + j) % len(POOL)], "pv": r.randint(2000, 90000)}
                 for i in range(20)] for j, tab in enumerate(("24h", "week", "month"))}
    rec = [{"id": f"{a['seed']}{i:03d}", "title": POOL[(a["seed"] * 3 + i) % len(POOL)], "url": f"{HOST}/rec/{a['seed']}{i:03d}.html",
            "img": f"{IMG}/rec/{a['seed']}{i:03d}_320x180.jpg", "src": ["汀鹭网", "汀鹭网综合", "合作媒体"][i % 3],
            "ctr": round(0.05 - i * 0.0003, 5), "cb": f"https://rec.tinglu.example/log?i={a['seed']}{i:03d}&p={i}"} for i in range(120)]
    heads = {k: [{"id": r.randint(30000000, 33999999), "t": POOL[(i * 5 + len(k)) % len(POOL)], "img": f"{IMG}/nav/{k}/{i:02d}.jpg"}
                 for i in range(16)] for k, _, _u in CHANNELS}
    return ("var tl_nav_heads=" + json_dumps(heads) + ";\nvar tl_nav_data=" + json_dumps(nav) + ";\nvar tl_hot_data=" + json_dumps(hot) + ";\nvar tl_rec_feed=" + json_dumps(rec) + ";")


def pool(seed, n, off=0):
    return [POOL[(seed * 5 + off + i * 7) % len(POOL)] for i in range(n)]


def render_parts(parts, legacy):
    out, blocks = [], []
    ind = "　　" if legacy else ""
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{ind}{esc(p[1])}</p>")
            blocks.append(Block("paragraph", p[1]))
        elif k == "h":
            out.append(f'<p style="text-align:left"><strong>{esc(p[1])}</strong></p>' if legacy else f"<h3>{esc(p[1])}</h3>")
            blocks.append(Block("heading", p[1]))
        elif k == "pic":
            _, img, cap = p
            out.append(f'<div class="pic"><img src="{IMG}/{img}" width="600" alt="{attr(cap)}" /><p>{esc(cap)}</p></div>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, rows = p
            t = ['<table class="data" cellspacing="0" cellpadding="0">']
            t.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>")
            t += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            t.append("</table>")
            out.append("".join(t))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
    return "\n".join(out), blocks


def page(a, charset=None):
    cs = charset or a["charset"]
    legacy = a["tpl"] == "legacy"
    utf = cs.lower() == "utf-8"
    pub = a["pub"]
    chan = next(c for c in CHANNELS if c[0] == a["chan"])
    url = a["url"] + a.get("query", "")
    h = []
    if legacy:
        h += ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
              '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>"]
        h.append(f'<meta http-equiv="Content-Type" content="text/html; charset={cs}" />' if a.get("http_equiv") else f'<meta charset="{cs}" />')
    else:
        h += ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", f'<meta charset="{cs}">']
    h.append(f"<title>{esc(a['title'])}</title>")
    h.append(f'<meta name="keywords" content="{attr(",".join(a["keywords"]))}" />')
    h.append(f'<meta name="description" content="{attr(a["desc"])}" />')
    if a.get("meta_author"):
        h.append(f'<meta name="author" content="{attr(a["meta_author"])}" />')
    if legacy:
        h.append(f'<meta name="publishdate" content="{pub:%Y-%m-%d}" />')
        h.append(f'<meta name="contentid" content="{a["cid"]}" />')
    else:
        h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
        h.append(f'<meta property="og:type" content="article"><meta property="og:site_name" content="{NAME}">')
        h.append(f'<meta property="og:title" content="{attr(a.get("og", a["headline"]))}">')
        h.append(f'<meta property="og:description" content="{attr(a["desc"])}"><meta property="og:url" content="{a["url"]}">')
        h.append(f'<meta property="og:image" content="{IMG}/{a["img"]}">')
        if a.get("meta_pub"):
            h.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        h.append(f'<link rel="canonical" href="{a["url"]}">')
    h.append("<style type=\"text/css\">" + CSS + "</style>")
    h.append("<style type=\"text/css\">" + utility_css() + "</style>")
    h.append('<script type="text/javascript">var tl_page={channel:"%s",cid:"%s",tpl:"%s",charset:"%s"};%s</script>'
             % (a["chan"], a["cid"], a["tpl"], cs, ad_js(a["seed"] * 13)))
    h.append('<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");'
             'hm.src="https://stat.tinglu.example/hm.js?9f2c4e7a1b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>')
    h.append("</head>")
    h.append("<body>")
    h.append(icon_sprite(a["seed"], ["search", "menu", "weixin", "weibo", "qzone", "top", "font", "print", "comment", "play", "user", "home",
                                     "close", "arrow", "hot", "time"]))
    h.append('<div class="tl-wrap"><div class="tl-top"><div class="w1000"><span class="fl">汀鹭网 — 讲好身边的故事</span><span class="fr">'
             '<a href="https://m.tinglu.example/">手机版</a><a href="https://passport.tinglu.example/login">登录</a>'
             '<a href="https://passport.tinglu.example/reg">注册</a><a href="/sitemap.html">网站导航</a></span></div></div>')
    logo = '<a class="tl-logo" href="' + HOST + '/">汀鹭网</a>'
    if a.get("logo_h1"):
        logo = f'<h1 class="tl-logo-h1">{logo}</h1>'
    h.append(f'<div class="tl-head w1000">{logo}<form class="tl-search" action="https://search.tinglu.example/s" method="get" target="_blank">'
             '<input class="txt" type="text" name="q" /><input class="btn" type="submit" value="搜索" /></form></div>')
    h.append('<div class="tl-nav"><ul class="w1000"><li><a href="' + HOST + '/">首页</a></li>' + "".join(
        ('<li class="on">' if k == a["chan"] else "<li>") + f'<a href="{u}" target="_blank">{n}</a></li>' for k, n, u in CHANNELS) + "</ul></div>")
    h.append('<div class="gg gg_950 w1000" id="gg_950_top">广告</div>')
    h.append(f'<div class="tl-path w1000"><a href="{HOST}/">汀鹭网</a> &gt; <a href="{chan[2]}">{chan[1]}</a> &gt; 正文</div>')
    h.append('<div class="tl-main w1000"><div class="tl-main-row"><div class="tl-left"><div class="tl-left-inner"><div class="tl-box">')
    wrap = "div" if legacy or not a.get("article_tag", True) else "article"
    h.append(f'<{wrap} class="tl-article" id="tl-article-{a["cid"]}"><div class="tl-article-inner"><div class="tl-article-body">')
    h.append('<div class="tl-title">')
    kick = f'<span class="kicker">{esc(a["kicker"])}</span>' if a.get("kicker") else ""
    if a.get("hl_div"):
        h.append(f'<div class="title">{esc(a["headline"])}</div>')
    else:
        h.append(f"<h1>{kick}{esc(a['headline'])}</h1>")
    info = [f"<span>{pub:%Y-%m-%d %H:%M}</span>", f'<span>来源：<a href="{a["source_url"]}" target="_blank">{esc(a["source"])}</a></span>']
    if a.get("byline"):
        info.append(f"<span>{esc(a['byline'])}</span>")
    info.append('<span class="tl-font">字号：<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> '
                '<a href="javascript:;" data-size="14">小</a></span>')
    h.append('<div class="tl-info">' + "".join(info) + "</div></div>")
    body_blocks = []
    if a.get("summary"):
        h.append(f'<div class="tl-summary"><strong>【导读】</strong>{esc(a["summary"])}</div>')
        body_blocks.append(Block("paragraph", a["summary"], optional=True))
    h.append('<div class="tl-text" id="tl_text">')
    parts = a["parts"]
    k = a.get("split")
    if k:
        first, b1 = render_parts(parts[:k], legacy)
        rest, b2 = render_parts(parts[k:], legacy)
        t0 = a["related"][0][0]
        h.append(first)
        h.append("</div>")
        h.append(f'<div class="tl-xgyd"><strong>相关阅读：</strong><a href="{chan[2]}a/{int(a["cid"]) - 4113}.html" target="_blank">{esc(t0)}</a></div>')
        h.append('<div class="gg gg_640" id="gg_640_mid">广告</div>')
        h.append('<div class="tl-text tl-text-2">')
        h.append(rest)
        body_blocks += b1 + b2
    else:
        html_, b = render_parts(parts, legacy)
        h.append(html_)
        body_blocks += b
    h.append("</div>")
    h.append(f'<div class="tl-edit">(责任编辑：{esc(a["editor"])})</div>')
    h.append(f"</div></div></{wrap}>")
    h.append('<div class="tl-share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="https://share.weibo.example/?url=' + a["url"] +
             '" target="_blank">微博</a> <a href="https://connect.qq.example/share?url=' + a["url"] + '" target="_blank">QQ空间</a></div>')
    h.append('<div class="gg gg_640" id="gg_640_bottom">广告</div>')
    rel = ['<div class="tl-mod"><div class="hd"><h2>相关新闻</h2></div><div class="bd"><ul>']
    for i, (t, days) in enumerate(a["related"]):
        d = pub - _dt.timedelta(days=days, hours=i * 3 + 1)
        rel.append(f'<li><em>{d:%Y-%m-%d}</em><a href="{chan[2]}a/{int(a["cid"]) - 4113 * (i + 1)}.html" target="_blank">{esc(t)}</a></li>')
    rel.append("</ul></div></div>")
    h.append("".join(rel))
    h.append('<div class="tl-mod" id="tl_recommend"><div class="hd"><h2>为你推荐</h2></div><div class="bd"><ul id="tl_rec_list"></ul></div></div>')
    h.append("</div></div></div>")
    h.append('<div class="tl-right"><div class="gg gg_300" id="gg_300_r1">广告</div>')
    h.append('<div class="tl-mod tl-rank"><div class="hd"><h2>热点排行</h2></div><div class="bd"><ul>' + "".join(
        ('<li class="top3">' if i < 3 else "<li>") + f'<i>{i + 1}</i><a href="{HOST}/hot/{a["seed"]}{i:02d}.html" target="_blank">{esc(t)}</a></li>'
        for i, t in enumerate(pool(a["seed"], 8, 3))) + "</ul></div></div>")
    h.append('<div class="gg gg_300" id="gg_300_r2">广告</div></div>')
    h.append('<div class="clear"></div></div></div>')
    h.append('<div class="tl-foot"><div class="w1000"><p><a href="/about/">关于我们</a>|<a href="/contact/">联系我们</a>|<a href="/ad/">广告服务</a>|'
             '<a href="/copyright/">版权声明</a>|<a href="/jubao/">违法和不良信息举报</a></p>'
             '<p>互联网新闻信息服务许可证：00000000000　ICP备案号：鹭ICP备00000000号-2</p>'
             f'<p>Copyright &copy; 2008-{pub.year} 汀鹭网 版权所有</p></div></div></div>')
    h.append('<script type="text/javascript">' + page_data(a) + "</script>")
    h.append('<script type="text/javascript">(function(){var l=document.getElementById("tl_rec_list");if(!l||!window.tl_rec_feed)return;var s="";'
             'for(var i=0;i<8&&i<tl_rec_feed.length;i++){s+="<li><a href=\\""+tl_rec_feed[i].url+"\\" target=\\"_blank\\">"+tl_rec_feed[i].title+"</a></li>";}'
             'l.innerHTML=s;})();</script>')
    h.append("</body></html>")
    return "\n".join(h), body_blocks


COMMON = ["cjk", "nav-menu", "footer-links", "share-bar", "related-list", "most-read", "ad-slots", "decoy-date", "local-time-zone"]


ARTICLES = []

# ---------------------------------------------------------------- 01: legacy GBK (declared gb2312), date in URL, editor account as meta author
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, tpl="legacy", charset="gb2312", http_equiv=True, chan="finance", cid="030118245",
    url="https://finance.tinglu.example/system/2015/06/18/030118245.shtml",
    pub=dt(2015, 6, 18, 9, 30), source="汀鹭网", source_url=HOST + "/", byline="作者：记者 周晓岚", editor="陈默",
    meta_author="tl_chenmo", authors=["周晓岚"], img="2015/0618/tea.jpg",
    headline="杭州茶园试用采茶机：效率翻了几番，名优茶仍靠手工",
    title="杭州茶园试用采茶机：效率翻了几番，名优茶仍靠手工_财经频道_汀鹭网",
    desc="杭州西岭茶叶专业合作社今年春茶季试用采茶机，大宗茶采摘效率明显提高，但名优茶仍以手工采摘为主。",
    keywords=["采茶机", "茶农", "杭州", "西岭茶叶专业合作社"],
    related=[("春茶收购价格总体平稳", 12), ("茶园用工难问题如何破解", 40), ("农机购置补贴范围扩大", 75), ("茶叶电商销售占比逐年提高", 130)],
    parts=[
        ("p", "汀鹭网讯（记者 周晓岚）6月17日，在杭州市西湖区西岭茶叶专业合作社的茶园里，两名工人扶着一台橙色的双人采茶机，沿着茶垄缓缓推进，"
              "机器前端的刀片贴着茶蓬削过，嫩叶被风机吹进身后的布袋。一垄五十米长的茶树，不到十分钟就采完了。"),
        ("p", "这是合作社今年春茶季第一次大规模试用采茶机。合作社负责人郑国平告诉记者，过去采夏秋茶主要靠雇人手采，一个熟练工一天能采十来斤鲜叶，"
              "而一台采茶机配两个人，一天可以采一千多斤，“效率提高了几十倍，用工成本能省下一大半”。"),
        ("p", "近年来，茶园“招工难、用工贵”的问题越来越突出。据了解，当地采茶工的日工资从五年前的一百元左右涨到了现在的二百元以上，"
              "而且愿意从事这份工作的多是五六十岁的中老年人。“再过几年，可能连这些人都找不到了。”郑国平说。"),
        ("p", "合作社共有社员一百二十多户，茶园面积约一千八百亩。今年合作社通过农机购置补贴，以自筹加补贴的方式购买了八台采茶机，"
              "每台价格一万多元，补贴约占三分之一。"),
        ("h", "名优茶还得“慢工出细活”"),
        ("p", "不过，采茶机并不是万能的。记者在现场看到，机采的鲜叶中夹杂着一些老叶和碎叶，整齐度明显不如手采。合作社技术员姚佳敏解释说，"
              "机器采摘是“一刀切”，适合对外形要求不高的大宗茶和夏秋茶，而清明前后的名优绿茶讲究一芽一叶甚至单芽，必须靠人工一个个掐。"),
        ("p", "“名优茶的价格是大宗茶的十几倍，外形不好看就卖不上价。”姚佳敏说，目前合作社的做法是春茶前期手采名优茶，后期和夏秋季节用机器采大宗茶，"
              "“两条腿走路”。"),
        ("p", "为了适应机采，合作社还对部分茶园进行了改造：修剪茶蓬，使树冠高度和宽度保持一致；调整茶行间距，方便机器通过。"
              "这些改造需要两到三年时间才能见效。"),
        ("h", "年轻人愿意回来了"),
        ("p", "机器的到来也改变了茶园的劳动力结构。二十八岁的社员何志远去年从城里回到村里，专门负责操作和维护采茶机。"
              "他说：“以前觉得种茶是又苦又累的活，现在用机器，技术含量高了，收入也不比在外面打工差。”"),
        ("p", "浙江一所农林院校的茶学专家认为，茶叶生产机械化是大势所趋，但要兼顾品质，还需要在茶树品种选育、茶园改造和机械研发上下功夫。"
              "他建议，有条件的地区可以探索建立统一的机采服务队，为分散的小茶农提供服务。"),
        ("p", "郑国平透露，合作社计划明年再添置一批采茶机和修剪机，并尝试为周边村的茶农提供有偿采摘服务。“机器买来不能只用一个月，"
              "要让它一年四季都转起来。”"),
    ],
    entities=[("杭州市", "LOC"), ("杭州", "LOC"), ("西湖区", "LOC"), ("西岭茶叶专业合作社", "ORG"), ("郑国平", "PER"), ("姚佳敏", "PER"),
              ("何志远", "PER"), ("浙江", "LOC"), ("汀鹭网", "ORG"), ("周晓岚", "PER"), ("清明", "MISC")],
    extra=["legacy-encoding", "date-in-url", "dateline", "subheadings"],
    notes="Declared gb2312 (read as GBK by browsers); the meta author is the responsible editor's CMS account (tl_chenmo), not the byline; "
          "(责任编辑：陈默) names the editor, who is not an author. The info-line time has no zone; Beijing time (+08:00) is the site's zone.",
))

# ---------------------------------------------------------------- 02: legacy GBK, reporter + 通讯员, partner source, no meta author
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, tpl="legacy", charset="gbk", chan="society", cid="030294417",
    url="https://society.tinglu.example/system/2016/11/03/030294417.shtml",
    pub=dt(2016, 11, 3, 14, 20), source="湘江晨讯", source_url="https://xjcx.example/", byline="记者 谭立新 通讯员 刘芳", editor="彭燕",
    authors=["谭立新", "刘芳"], img="2016/1103/canteen.jpg",
    headline="长沙一社区办起“长者食堂”：一荤两素十二元，八十岁以上老人再减三元",
    title="长沙一社区办起“长者食堂”_社会频道_汀鹭网",
    desc="长沙市岳麓区一社区开办长者食堂，为辖区老年人提供平价午餐和晚餐。",
    keywords=["长者食堂", "社区养老", "长沙", "岳麓区"],
    related=[("社区居家养老服务中心实现全覆盖", 21), ("老年人助餐服务纳入民生实事", 60), ("社区志愿者上门为独居老人送餐", 95),
             ("养老护理员培训班开班", 150)],
    parts=[
        ("p", "中午十一点半，长沙市岳麓区桃源社区的“长者食堂”里已经坐满了人。不锈钢餐台上摆着红烧肉、清炒白菜、番茄炒蛋等七八个菜，"
              "老人们端着餐盘排队打饭，一荤两素加一碗汤，只要十二元。"),
        ("p", "这家食堂由社区居委会牵头，引入一家专业餐饮企业运营，今年9月正式开张。社区党委书记罗素英介绍，社区有六十岁以上老人一千四百多名，"
              "其中独居和空巢老人占了三成，“很多老人一个人在家，做饭嫌麻烦，常常一碗面条对付一顿，营养跟不上”。"),
        ("p", "为了让老人吃得起，社区争取到街道的补贴资金，对辖区内六十岁以上老人每餐补贴三元，八十岁以上老人和低保老人再减三元。"
              "按照这个标准，一位八十多岁的老人吃一顿午餐只需要六元。"),
        ("h", "菜单每周换，少油少盐"),
        ("p", "食堂的菜单每周更换一次，并在门口的黑板上公示。负责运营的餐饮企业经理高建军说，他们专门请营养师制定了菜谱，"
              "坚持少油、少盐、少糖，菜品做得软烂一些，方便牙口不好的老人。"),
        ("p", "七十六岁的退休教师姜德华几乎每天都来。“以前老伴在的时候她做饭，老伴走了以后，我自己做饭总是凑合。”姜德华说，"
              "在食堂吃饭不仅省事，还能和老邻居们聊聊天，“比一个人在家热闹多了”。"),
        ("p", "行动不便的老人也没有被落下。社区组织了二十多名志愿者，每天中午为十几位卧床或腿脚不便的老人送餐上门。"
              "志愿者王秀兰今年也已经六十三岁，她说：“趁着自己还走得动，能帮一把是一把。”"),
        ("h", "运营压力仍然不小"),
        ("p", "不过，记者了解到，食堂的运营并不轻松。高建军坦言，按现在的价格，食堂基本只能保本，“主要靠就餐人数撑着，每天要有两百人以上才不亏”。"
              "为此，食堂在晚餐时段也对社区其他居民和附近上班族开放，按正常价格收费，以弥补部分成本。"),
        ("p", "罗素英表示，下一步社区将根据老人的反馈调整菜品和供餐时间，并计划在早上增加早餐服务。"
              "她希望有更多的社会力量参与进来，让社区助餐服务能够长久办下去。"),
        ("p", "据了解，长沙市今年已在部分街道开展社区助餐服务试点，计划到明年底在全市城区推广。"),
    ],
    entities=[("长沙市", "LOC"), ("长沙", "LOC"), ("岳麓区", "LOC"), ("桃源社区", "LOC"), ("罗素英", "PER"), ("高建军", "PER"),
              ("姜德华", "PER"), ("王秀兰", "PER")],
    extra=["legacy-encoding", "date-in-url", "multiple-authors", "subheadings", "title-differs-from-headline"],
    notes="The story comes from a partner paper (来源：湘江晨讯) with the byline '记者 谭立新 通讯员 刘芳': both the reporter and the correspondent are authors "
          "(as on the site's other pages); the source paper is not an author. No author metadata on this page.",
))

# ---------------------------------------------------------------- 03: legacy GBK, headline in a <div> (no <h1>), editor account as meta author
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, tpl="legacy", charset="gbk", chan="news", cid="30418872", hl_div=True,
    url="https://news.tinglu.example/a/30418872.shtml",
    pub=dt(2017, 4, 21, 10, 5), source="汀鹭网", source_url=HOST + "/", byline="作者：孙海涛", editor="王磊",
    meta_author="孙海涛", authors=["孙海涛"], img="2017/0421/wetland.jpg",
    headline="黄河口湿地迎来北迁候鸟高峰 东方白鹳数量创近年新高",
    title="黄河口湿地迎来北迁候鸟高峰 东方白鹳数量创近年新高_汀鹭网",
    desc="山东东营黄河口湿地近日迎来候鸟北迁高峰，监测到的东方白鹳数量为近年来最多。",
    keywords=["黄河口", "湿地", "候鸟", "东方白鹳", "东营"],
    related=[("湿地保护修复工程持续推进", 18), ("观鸟爱好者记录到罕见鸟种", 33), ("春季植树护林行动启动", 29), ("河口滩涂生态监测站投入使用", 210)],
    parts=[
        ("p", "清晨六点，薄雾还没有散去，黄河入海口附近的一片浅水湿地上已经热闹起来。成群的鸻鹬在滩涂上觅食，几十只东方白鹳站在水中，"
              "不时展翅飞起，又在不远处落下。"),
        ("p", "随着气温回升，山东东营黄河口湿地近日迎来候鸟北迁高峰。当地湿地保护工作人员介绍，今年春季以来，监测人员已在保护区内记录到鸟类一百四十多种，"
              "其中东方白鹳的最大单日记录超过六百只，为近年来最多。"),
        ("p", "东方白鹳是一种大型涉禽，体长一米多，对栖息环境要求很高。负责鸟类监测的工程师韩立春说，它们喜欢在水深适中、鱼虾丰富的浅水区觅食，"
              "数量的变化在一定程度上反映了湿地生态状况的好坏。"),
        ("pic", "2017/0421/wetland_02.jpg", "在黄河口湿地浅水区觅食的东方白鹳。"),
        ("h", "退耕还湿让鸟儿“回家”"),
        ("p", "韩立春告诉记者，这几年，保护区实施了一系列湿地修复工程，通过引黄河水补充湿地水源、拆除部分养殖池塘的围堤、恢复潮汐通道等措施，"
              "让一些退化的湿地重新“活”了过来。“水回来了，鱼虾就回来了，鸟自然也就多了。”"),
        ("p", "据介绍，近三年来，保护区共恢复湿地面积约三万亩，部分区域还种植了芦苇、盐地碱蓬等本地植物，为鸟类提供繁殖和隐蔽的场所。"),
        ("p", "在保护区的一处观测点，记者遇到了从济南赶来的观鸟爱好者许文博。他已经连续四年春天来这里拍鸟。“前几年来的时候，"
              "同一个位置最多能看到几十只白鹳，今年一次就看到好几百只，场面非常震撼。”"),
        ("h", "游客增多带来新考验"),
        ("p", "候鸟数量增加，前来观鸟、拍照的游客也越来越多。保护区管理人员提醒，观鸟时应与鸟群保持足够距离，不要大声喧哗，更不能驱赶鸟群、"
              "使用无人机近距离拍摄，以免惊扰正在觅食和休息的候鸟。"),
        ("p", "为此，保护区今年在核心区外围增设了三处观鸟平台，并安排巡护人员在候鸟集中区域巡查。对于违规进入核心区的行为，将依法进行处理。"),
        ("p", "专家表示，黄河口湿地地处东亚至澳大利西亚候鸟迁飞路线上，是众多候鸟迁徙途中重要的“加油站”。"
              "保护好这片湿地，对于维护区域生物多样性具有重要意义。"),
    ],
    entities=[("黄河口湿地", "LOC"), ("黄河", "LOC"), ("山东", "LOC"), ("东营", "LOC"), ("韩立春", "PER"), ("济南", "LOC"), ("许文博", "PER"),
              ("东亚", "LOC"), ("澳大利西亚", "LOC")],
    extra=["legacy-encoding", "subheadings", "photo-caption"],
    notes="The headline is printed in a <div class=title>; the page has no <h1>. Adjudicated with the second annotation (December 2026): 黄河口湿地 is the wetland's name written as one word with its feature noun, one LOC mention (GUIDELINES 9.6).",
))

# ---------------------------------------------------------------- 04: legacy GBK, reporter as meta author, table
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, tpl="legacy", charset="gbk", chan="news", cid="30652108",
    url="https://news.tinglu.example/a/30652108.shtml",
    pub=dt(2018, 9, 7, 16, 40), source="锦江晨报", source_url="https://jjcb.example/", byline="记者 何佳", editor="李娜",
    meta_author="何佳", authors=["何佳"], img="2018/0907/metro.jpg",
    headline="成都三条地铁线路周末延长运营 末班车推迟至次日凌晨",
    title="成都三条地铁线路周末延长运营 末班车推迟至次日凌晨_汀鹭网",
    desc="成都三条地铁线路自本周五起在周五、周六晚间延长运营时间，末班车最晚推迟至次日零点三十分。",
    keywords=["地铁", "延长运营", "成都", "夜间经济"],
    related=[("公交夜班线路新增六条", 14), ("夜间消费拉动城市活力", 30), ("地铁新线开通首日客流破纪录", 90), ("网约车夜间服务规范出台", 120)],
    parts=[
        ("p", "记者从成都市交通运输部门获悉，自9月7日起，成都三条客流较大的地铁线路将在每周五、周六晚间延长运营时间，"
              "末班车发车时间由原来的晚上十一点左右推迟到次日零点至零点三十分之间。"),
        ("p", "据介绍，此次延时运营的三条线路途经多个商圈、景区和夜间消费集中区域。运营方根据近几个月的客流数据测算，"
              "周末晚间十点以后仍有较大出行需求，尤其是在商圈和热门餐饮街区附近的站点。"),
        ("p", "调整后的末班车时间如下："),
        ("table", [["线路", "原末班车时间", "调整后末班车时间"], ["1号线", "23:10", "00:30"], ["2号线", "23:00", "00:20"], ["4号线", "22:50", "00:00"]]),
        ("p", "运营方表示，延时期间将适当加密班次，晚间十点以后的行车间隔控制在八分钟以内，并在主要换乘站增派工作人员引导乘客。"),
        ("h", "市民：晚上出门更方便"),
        ("p", "消息一出，不少市民表示欢迎。在春熙路附近一家火锅店工作的服务员杨丽说，她每天晚上十一点多下班，过去只能打车回家，"
              "“一个月光打车就要花好几百元，以后周末能坐地铁回去，能省下不少钱”。"),
        ("p", "经常和朋友看夜场电影的大学生陈子昂也说，以前看完电影要急着赶末班车，“有时候电影还没散场就得往外跑，现在可以从从容容地看完了”。"),
        ("p", "也有市民希望延时运营能覆盖更多线路。家住城东的刘先生说，他所在的线路这次没有调整，“希望以后能根据客流情况，逐步扩大到其他线路”。"),
        ("h", "夜间运营带来维护压力"),
        ("p", "延长运营时间也给设备维护带来了压力。地铁线路的检修作业通常在夜间停运后进行，运营时间延长，意味着检修“窗口期”被压缩。"
              "运营方相关负责人表示，已对检修计划进行了调整，通过优化作业流程、增加检修人员等方式，确保设备安全。"),
        ("p", "业内人士认为，地铁延时运营是服务夜间经济的重要举措，但需要综合考虑客流、成本和安全等因素，"
              "“延不延、延多久，都要用数据说话”。"),
        ("p", "据悉，延时运营将先试行三个月，其间运营方将根据客流变化和乘客意见进行评估，再决定是否长期实施或扩大范围。"),
    ],
    entities=[("成都市", "LOC"), ("成都", "LOC"), ("春熙路", "LOC"), ("杨丽", "PER"), ("陈子昂", "PER")],
    extra=["legacy-encoding", "subheadings", "table-in-body"],
    notes="The meta author holds the reporter's name, which matches the byline. The lead-in line before the table is a paragraph.",
))

# ---------------------------------------------------------------- 05: legacy GBK (base of the minimal pair), editor account as meta author, date in URL
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, tpl="legacy", charset="gbk", chan="travel", cid="030871564",
    url="https://travel.tinglu.example/system/2019/12/15/030871564.shtml",
    pub=dt(2019, 12, 15, 8, 15), source="汀鹭网", source_url=HOST + "/", byline="记者 赵雪松", editor="刘洋",
    meta_author="liuyang01", authors=["赵雪松"], img="2019/1215/ice.jpg",
    headline="哈尔滨冰雪季开启：松花江上采冰忙，南方游客订单同比增四成",
    title="哈尔滨冰雪季开启_旅游频道_汀鹭网",
    desc="哈尔滨进入冰雪旅游季，松花江上的采冰作业全面展开，来自南方城市的游客预订量明显增加。",
    keywords=["冰雪旅游", "哈尔滨", "松花江", "采冰"],
    related=[("冰雪大世界开园时间确定", 6), ("冬季旅游线路产品上新", 20), ("雪乡民宿价格调查", 35), ("冰雕技艺传承人带徒授艺", 300)],
    parts=[
        ("p", "汀鹭网讯（记者 赵雪松）零下二十多度的清晨，哈尔滨松花江江面上，采冰工人们正忙着切割、起运冰块。随着“咔嚓”一声脆响，"
              "一块长约一米六、重达一吨多的冰块被吊车从江面提起，装上卡车，运往城市各处的冰雕建设工地。"),
        ("p", "每年十二月中旬，是哈尔滨采冰的黄金时节。今年江面冰层厚度已达到四十厘米以上，冰质晶莹剔透，非常适合用于冰雕和冰建。"
              "采冰队负责人马振江说，他们这支队伍有一百多人，每天能采冰六千多立方米，“今年冰好，活儿也多”。"),
        ("p", "今年五十八岁的马振江已经干了三十多年采冰。他告诉记者，过去采冰全靠人工用冰镩凿、用冰钩拉，现在有了切冰机和吊车，"
              "效率提高了很多，但在冰面上作业仍然辛苦，“手套、棉鞋一天要换好几次，不然冻得受不了”。"),
        ("h", "南方游客成主力"),
        ("p", "冰雪季的开启，也让当地旅游市场热了起来。记者从多家旅行社了解到，今年冬季来哈尔滨的游客预订量明显增加，"
              "其中来自广东、福建、上海等南方省市的游客订单同比增长约四成。"),
        ("p", "一家本地旅行社的负责人孙丽华说，南方游客对冰雪有着特别的向往，“很多人是第一次看到下雪，第一次摸到这么厚的冰”。"
              "她介绍，今年最受欢迎的线路是“城市冰雪游加雪乡体验”的组合，五天四晚的行程人均价格在四千元左右。"),
        ("p", "为了迎接游客，不少商家也在做准备。中央大街附近的一家老字号餐馆今年提前招聘了二十多名服务员，"
              "还增加了适合南方游客口味的菜品。“我们的锅包肉改良了甜度，很受欢迎。”餐馆经理说。"),
        ("h", "安全提示不能少"),
        ("p", "当地文旅部门提醒游客，冬季气温低，外出时要注意保暖，尤其要保护好手、脚和耳朵；在冰面上行走时应选择开放的游览区域，"
              "不要擅自进入采冰区或未经检测的冰面，以免发生危险。"),
        ("p", "此外，手机等电子产品在低温下电量消耗很快，游客最好随身携带充电宝，并尽量把手机放在贴身的衣兜里。"),
        ("p", "据了解，今年哈尔滨冰雪季将持续到明年二月底，期间还将举办冰雪嘉年华、冬泳表演、冰上运动体验等一系列活动。"),
    ],
    entities=[("哈尔滨", "LOC"), ("松花江", "LOC"), ("马振江", "PER"), ("广东", "LOC"), ("福建", "LOC"), ("上海", "LOC"),
              ("孙丽华", "PER"), ("中央大街", "LOC"), ("汀鹭网", "ORG"), ("赵雪松", "PER")],
    extra=["legacy-encoding", "date-in-url", "dateline", "subheadings", "title-differs-from-headline"],
    notes="The meta author is an editor's CMS account (liuyang01), not the byline; (责任编辑：刘洋) is not an author.",
))

# ---------------------------------------------------------------- 06: new UTF-8 template with <article>, article:published_time, no author meta
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, tpl="new", charset="utf-8", chan="society", cid="31204477", meta_pub=True,
    url="https://society.tinglu.example/a/31204477.html",
    pub=dt(2020, 5, 28, 11, 30), source="汀鹭网", source_url=HOST + "/", byline="记者 黄思源", editor="郭峰",
    authors=["黄思源"], img="2020/0528/riders.jpg",
    headline="深圳试点外卖骑手职业伤害保障 骑手：跑单时心里踏实多了",
    title="深圳试点外卖骑手职业伤害保障 骑手：跑单时心里踏实多了",
    desc="深圳在部分平台试点外卖骑手职业伤害保障，骑手在配送途中发生意外可获得相应保障。",
    keywords=["外卖骑手", "职业伤害保障", "深圳", "新就业形态"],
    related=[("骑手驿站在多个街道建成", 16), ("新就业形态劳动者权益保障座谈会召开", 44), ("电动自行车安全检查开展", 61), ("快递员职业技能等级认定启动", 150)],
    parts=[
        ("p", "中午十二点，正是外卖订单最多的时候。在深圳市南山区一处写字楼下，骑手吴昌明把电动车停稳，拎着两份午餐快步走进电梯。"
              "从老家来深圳送外卖三年，他最担心的就是路上出意外，“跑得快收入才高，可万一摔一跤，医药费、误工费都得自己扛”。"),
        ("p", "这种担心正在得到缓解。今年以来，深圳在部分外卖平台开展外卖骑手职业伤害保障试点，骑手在配送途中发生交通事故等意外伤害，"
              "可以按规定获得医疗费用和伤残补助等保障。"),
        ("p", "据介绍，试点采取平台按单缴费的方式，骑手每完成一单，平台为其缴纳一定金额的保障费用，骑手个人不需要额外出钱。"
              "保障覆盖骑手接单后到完成配送的整个过程。"),
        ("h", "“第一次觉得自己也有保障了”"),
        ("p", "今年4月，骑手卢海峰在送餐途中被一辆倒车的小货车刮倒，左腿骨折，住院治疗半个多月。让他没想到的是，"
              "医疗费用和住院期间的部分收入损失，都通过试点保障得到了报销。"),
        ("p", "“以前听说有骑手出了事，只能和对方司机慢慢扯皮，有的最后不了了之。”卢海峰说，这次从报案到拿到钱，前后不到一个月，"
              "“第一次觉得自己也是有保障的人”。"),
        ("p", "据统计，深圳目前活跃的外卖骑手有十多万人，其中相当一部分是来自外地的年轻人，流动性大，很多人没有参加当地的社会保险。"
              "业内人士指出，由于骑手和平台之间的用工关系较为复杂，传统的工伤保险难以完全覆盖，这也是职业伤害保障试点要解决的问题。"),
        ("h", "安全配送同样重要"),
        ("p", "在推进保障的同时，相关部门也在加强对骑手交通安全的管理。南山区一家骑手站点的负责人介绍，站点每周都会组织安全培训，"
              "内容包括头盔佩戴、不闯红灯、不逆行等，对违规较多的骑手还会进行约谈。"),
        ("p", "骑手们也希望平台在配送时间上给予更多弹性。“有时候系统给的时间太紧，为了不超时只能抢时间。”吴昌明说，"
              "如果配送时间能更合理一些，骑手也不用那么拼。"),
        ("p", "劳动保障领域的研究者认为，职业伤害保障试点是为新就业形态劳动者织密保障网的有益探索，下一步还需要在缴费标准、"
              "保障范围和经办流程等方面不断完善，并在更多城市推广。"),
        ("p", "据了解，试点期间，深圳还将在部分街道建设骑手驿站，为骑手提供休息、饮水、充电等服务。"),
    ],
    entities=[("深圳市", "LOC"), ("深圳", "LOC"), ("南山区", "LOC"), ("吴昌明", "PER"), ("卢海峰", "PER")],
    extra=["subheadings"],
    notes="No author metadata; the byline '记者 黄思源' gives the author, the editor credit at the end does not.",
))

# ---------------------------------------------------------------- 07: new template, reporter + 通讯员, editor account as meta author, <article>
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, tpl="new", charset="utf-8", chan="finance", cid="31688093",
    url="https://finance.tinglu.example/a/31688093.html",
    pub=dt(2021, 8, 9, 19, 45), source="汀鹭网", source_url=HOST + "/", byline="记者 杨蕾 通讯员 李向东", editor="张伟",
    meta_author="杨蕾,李向东", authors=["杨蕾", "李向东"], img="2021/0809/coffee.jpg",
    headline="普洱咖啡农告别“卖原料”：精品豆收购价比普通豆高出一倍",
    title="普洱咖啡农告别“卖原料”：精品豆收购价比普通豆高出一倍_汀鹭网",
    desc="云南普洱的咖啡种植户通过改进采摘和加工方式，种出的精品咖啡豆收购价比普通咖啡豆高出一倍。",
    keywords=["咖啡", "普洱", "精品咖啡", "乡村振兴"],
    related=[("咖啡产业技术培训走进村寨", 20), ("云南咖啡豆出口量增长", 55), ("农产品地理标志保护工程实施", 80), ("山区小粒咖啡种植面积稳定", 140)],
    parts=[
        ("p", "八月的普洱，雨水刚停，山坡上的咖啡树挂满了青绿色的果实。在思茅区一处咖啡种植基地，种植户岩温正和家人一起给咖啡树除草、施肥。"
              "再过两个多月，这些咖啡果就要陆续成熟了。"),
        ("p", "“以前我们只管种，果子熟了就一起摘下来，拉去卖给收购商，价格都是人家说了算。”岩温说。从去年开始，他加入了当地企业云岭咖啡组织的精品咖啡种植计划，"
              "按照企业的标准，只采摘完全成熟的红果，并在自家院子里搭起晾晒棚，对咖啡豆进行发酵和晾晒。"),
        ("p", "变化带来了回报。去年，岩温家卖出的精品咖啡豆每公斤收购价达到四十多元，而普通咖啡豆每公斤只有二十元左右。"
              "“同样的地，收入多了将近一倍。”"),
        ("h", "从“论斤卖”到“论品质卖”"),
        ("p", "普洱是我国重要的咖啡产区之一，种植咖啡已有几十年历史。但长期以来，当地咖啡多以低价原料的形式出售，附加值不高，"
              "种植户的收入也随着国际咖啡价格起起落落。"),
        ("p", "云岭咖啡负责人段晓明介绍，企业从三年前开始推动精品化转型，与一百多户种植户签订收购协议，派技术人员到田间指导，"
              "并建立了杯测实验室，对每一批咖啡豆进行品质打分，“分数高的豆子，价格就高，种植户看得见、算得清”。"),
        ("p", "为了让种植户掌握技术，企业和当地农业部门联合开办了咖啡种植和初加工培训班，两年来共培训种植户一千多人次。"
              "不少年轻人也开始回到村里，学习咖啡烘焙和品鉴。"),
        ("h", "打响品牌还需时日"),
        ("p", "不过，记者在采访中了解到，普洱咖啡在精品化道路上仍面临不少挑战。一方面，精品咖啡对采摘和加工要求高，用工多、成本高，"
              "一些年纪较大的种植户仍然习惯传统做法；另一方面，本地咖啡品牌的知名度还不高，很多精品豆仍要通过外地企业销售。"),
        ("p", "“好豆子要卖出好价钱，最终还是要靠品牌。”段晓明说，企业正在尝试通过线上直播、咖啡市集等方式，让更多消费者了解普洱咖啡。"),
        ("p", "当地农业部门表示，将继续支持咖啡产业提质增效，推广标准化种植和精深加工，力争让更多种植户分享产业发展的收益。"),
        ("p", "傍晚时分，岩温站在自家的晾晒棚里，抓起一把晒好的咖啡豆闻了闻，笑着说：“今年雨水好，豆子应该不错。”"),
    ],
    entities=[("普洱", "LOC"), ("思茅区", "LOC"), ("岩温", "PER"), ("云岭咖啡", "ORG"), ("段晓明", "PER")],
    extra=["multiple-authors", "subheadings"],
    notes="The byline '记者 杨蕾 通讯员 李向东' gives two authors; (责任编辑：张伟) is not an author.",
))

# ---------------------------------------------------------------- 08: new template, 【文化】 kicker inside the <h1>, reporter as meta author
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, tpl="new", charset="utf-8", chan="culture", cid="32015640", kicker="【文化】", meta_pub=True,
    url="https://culture.tinglu.example/a/32015640.html",
    pub=dt(2022, 3, 16, 9, 0), source="汀鹭网", source_url=HOST + "/", byline="记者 王梓涵", editor="赵敏",
    meta_author="王梓涵", authors=["王梓涵"], img="2022/0316/museum.jpg",
    headline="三万件民俗器物“住进”数据库 西安一民间博物馆完成数字化建档",
    title="三万件民俗器物“住进”数据库 西安一民间博物馆完成数字化建档_文化频道_汀鹭网",
    og="西安一民间博物馆完成三万件民俗器物数字化建档",
    desc="西安长安民俗器物馆历时两年，完成三万余件馆藏民俗器物的数字化建档工作。",
    keywords=["数字化", "民俗器物", "博物馆", "西安"],
    summary="历时两年，三维扫描、高清拍摄与口述记录相结合，部分数据将向公众开放。",
    related=[("博物馆云展览访问量持续增长", 25), ("古籍数字化工程取得新进展", 48), ("非遗影像记录工程启动", 70), ("文物保护志愿者招募", 110)],
    parts=[
        ("p", "一只清代的铜手炉、一套民国时期的木质糕点模具、一架用了几十年的纺车……在西安长安民俗器物馆的数字化工作室里，"
              "工作人员正将一件件老物件放到转台上，用三维扫描仪和高清相机记录下它们的每一个细节。"),
        ("p", "记者近日从该馆获悉，经过两年努力，馆藏的三万余件民俗器物已全部完成数字化建档。每件器物都有了自己的“数字身份证”，"
              "包括高清照片、尺寸材质、来源信息，部分重点器物还制作了三维模型。"),
        ("h", "老物件背后的故事也要记下来"),
        ("p", "与一般的文物建档不同，这家民间博物馆特别重视器物背后的故事。馆长贺存义介绍，馆里的藏品大多是二十多年来从关中农村一件件收集来的，"
              "“很多东西本身并不值钱，值钱的是它们怎么被使用、被谁使用的记忆”。"),
        ("p", "为此，工作人员在建档时同步开展口述记录，寻访器物的原主人或熟悉其用法的老人，请他们讲述当年的生活场景。"
              "两年来，团队共采访了三百多位老人，录制口述音频一千多小时。"),
        ("p", "八十二岁的周秀英就是受访者之一。她捐给博物馆的一架纺车，是她出嫁时娘家陪送的嫁妆。“那时候一家人穿的衣裳，都是从这架纺车上出来的。”"
              "老人在录音里慢慢讲着，说到动情处声音有些哽咽。"),
        ("h", "技术难题一个个攻克"),
        ("p", "数字化建档并非易事。负责技术工作的工程师刘承宇说，民俗器物材质多样，有金属、木材、陶瓷、纺织品，还有不少表面反光或形状复杂的物件，"
              "“光一个铜器表面的反光问题，就试了十几种打光方案”。"),
        ("p", "为了节省经费，博物馆与当地一所高校合作，由高校提供部分设备和技术支持，学生参与扫描和数据整理工作。"
              "参与项目的研究生杜若溪说，这段经历让她对家乡的民俗文化有了全新的认识。"),
        ("h", "部分数据将向公众开放"),
        ("p", "贺存义表示，下一步，博物馆计划将五千件代表性器物的数字资料和口述记录向公众开放，供研究者和普通观众在线浏览，"
              "并开发面向中小学生的民俗文化课程。"),
        ("p", "文化遗产保护领域的专家认为，民间博物馆往往收藏着大量反映普通人日常生活的器物，其数字化建档对于保存地方记忆具有独特价值，"
              "值得在更多地方推广。"),
    ],
    entities=[("西安", "LOC"), ("长安民俗器物馆", "ORG"), ("贺存义", "PER"), ("关中", "LOC"), ("周秀英", "PER"), ("刘承宇", "PER"), ("杜若溪", "PER")],
    extra=["kicker", "standfirst", "subheadings"],
    notes="The 【文化】 label inside the <h1> is a kicker and not part of the headline; og:title is a reworded social title; the 【导读】 box is the standfirst.",
))

# ---------------------------------------------------------------- 09: new template, split by 相关阅读 and an ad, editor account as meta author
ARTICLES.append(dict(
    id=f"{SITE}-09", seed=9, tpl="new", charset="utf-8", chan="society", cid="32390211", split=6,
    url="https://society.tinglu.example/a/32390211.html",
    pub=dt(2023, 6, 2, 15, 10), source="汀鹭网", source_url=HOST + "/", byline="记者 林晓珊", editor="陈静",
    meta_author="林晓珊", authors=["林晓珊"], img="2023/0602/beach.jpg",
    headline="厦门海岸线上的“拾荒者”：一支志愿队七年清走海漂垃圾两百吨",
    title="厦门海岸线上的“拾荒者”：一支志愿队七年清走海漂垃圾两百吨_汀鹭网",
    desc="厦门一支海洋环保志愿服务队七年来坚持在海岸线清理海漂垃圾，累计清走垃圾两百多吨。",
    keywords=["海漂垃圾", "志愿者", "厦门", "海洋环保"],
    related=[("海滩清洁行动吸引数百名市民参与", 9), ("海洋垃圾监测点位增加", 37), ("渔港禁塑行动效果明显", 64), ("红树林湿地保护修复完成", 120)],
    parts=[
        ("p", "周六清晨五点半，天刚蒙蒙亮，厦门岛东部的一处礁石海岸边已经聚集了三十多个人。他们穿着统一的蓝色马甲，戴着手套，"
              "拎着编织袋，沿着退潮后的滩涂，一点点捡拾被海浪冲上岸的塑料瓶、泡沫块和渔网碎片。"),
        ("p", "这是“蓝湾守护者”海洋环保志愿服务队的一次例行清理活动。七年来，这支志愿队几乎每个周末都会出现在厦门的海岸线上，"
              "累计组织活动四百多次，清走海漂垃圾两百多吨。"),
        ("h", "从几个人到一千多人"),
        ("p", "志愿队的发起人郑嘉禾是一名潜水教练。七年前，他在带学员潜水时发现，海底和岸边的垃圾越来越多，“有一次在礁石缝里拉出一张旧渔网，"
              "里面缠着好几条死鱼，那一幕对我触动很大”。"),
        ("p", "最初，郑嘉禾只是约上几个潜水爱好者利用周末去捡垃圾。后来，越来越多的市民、学生和企业员工加入进来，"
              "志愿队注册成员已经超过一千二百人。"),
        ("p", "在活动现场，记者遇到了带着十岁女儿来参加的市民苏婉清。“孩子在学校学过海洋保护的知识，我想让她亲身体验一下。”"
              "苏婉清说，女儿一个早上捡了满满一袋塑料瓶，“比说一百遍都管用”。"),
        ("h", "垃圾分类统计找“源头”"),
        ("p", "与一般的清洁活动不同，志愿队每次都会对捡到的垃圾进行分类、称重和记录。据志愿队统计，海漂垃圾中塑料制品占比超过七成，"
              "其中泡沫浮球、塑料瓶和一次性餐具最多。"),
        ("p", "“只捡不记，永远捡不完。”郑嘉禾说，他们把这些数据定期提供给研究机构和有关部门，希望能帮助找到垃圾的来源，从源头上减少垃圾入海。"),
        ("p", "一位从事海洋环境研究的学者告诉记者，志愿者长期积累的监测数据很有价值，可以反映不同季节、不同岸段海漂垃圾的变化规律，"
              "为治理提供依据。"),
        ("h", "期待更多人“不制造垃圾”"),
        ("p", "近年来，当地在渔港、海滩等重点区域加强了海漂垃圾治理，建立了常态化的清理机制，一些渔港推广使用环保浮球替代泡沫浮球。"
              "郑嘉禾明显感觉到，部分岸段的垃圾比几年前少了。"),
        ("p", "但他也坦言，志愿者的力量毕竟有限，“我们最希望的，不是有更多的人来捡垃圾，而是有更多的人不再制造垃圾”。"),
        ("p", "上午八点多，潮水开始上涨，志愿者们把一袋袋垃圾搬上岸边的转运车。这一天，他们一共清理出垃圾约六百公斤。"),
    ],
    entities=[("厦门岛", "LOC"), ("厦门", "LOC"), ("蓝湾守护者", "ORG"), ("郑嘉禾", "PER"), ("苏婉清", "PER")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related"],
    notes="The 相关阅读 line and the ad between the two text containers are not body; (责任编辑：陈静) is not an author.",
))

# ---------------------------------------------------------------- 10: new template, long, partner source, bare <title>, no author meta
ARTICLES.append(dict(
    id=f"{SITE}-10", seed=10, tpl="new", charset="utf-8", chan="finance", cid="32877405", meta_pub=True,
    url="https://finance.tinglu.example/a/32877405.html",
    pub=dt(2024, 3, 12, 8, 15), source="皖中财经报", source_url="https://wzcjb.example/", byline="记者 吴昊", editor="周敏",
    authors=["吴昊"], img="2024/0312/factory.jpg",
    headline="新能源汽车零部件企业开年抢人：技工月薪过万，校企“订单班”供不应求",
    title="新能源汽车零部件企业开年抢人：技工月薪过万，校企“订单班”供不应求",
    desc="合肥多家新能源汽车零部件企业春节后加紧招工，熟练技工月薪过万，职业院校订单班毕业生供不应求。",
    keywords=["新能源汽车", "招工", "合肥", "职业教育"],
    related=[("一季度新能源汽车产量同比增长", 10), ("职业院校毕业生就业率保持高位", 22), ("技能人才评价改革扩围", 45), ("园区人才公寓集中交付", 80)],
    parts=[
        ("p", "春节假期刚过，合肥经济技术开发区的一家新能源汽车电驱动系统企业就在厂门口支起了招聘棚。人力资源部经理程丽娟一上午接待了六十多位求职者，"
              "“今年我们计划招三百人，其中一半是技术工人，到现在才招到一百出头”。"),
        ("p", "这家企业主要为多家整车厂生产电机和控制器，去年产量比前年翻了一番。程丽娟说，订单多了，生产线从两班倒改成了三班倒，"
              "人手一下子就紧张起来，“尤其是会调试设备、懂质量检测的技工，几乎是抢着要”。"),
        ("h", "技工薪资水涨船高"),
        ("p", "记者走访发现，在合肥新能源汽车产业链上，类似的“抢人”情况并不少见。多家零部件企业给出的招聘信息显示，普通操作工月薪在六千元至八千元之间，"
              "有三年以上经验的设备维修、电气调试等技术岗位月薪普遍在一万元以上，部分企业还提供住宿和交通补贴。"),
        ("p", "在一家动力电池结构件企业工作的技工葛宏伟，春节前刚刚被另一家企业以更高的薪水“挖”走。“以前在老家的工厂干钳工，一个月四千多，"
              "现在一个月一万二，还有加班费。”葛宏伟说，身边不少同学都从外地回到了合肥。"),
        ("p", "当地一家人力资源服务机构的负责人沈卫东分析，新能源汽车产业近几年快速发展，产业链企业不断扩产，对技术工人的需求持续增加，"
              "而技能人才的培养有一个周期，供需矛盾短期内难以完全缓解。"),
        ("h", "“订单班”学生提前被预订"),
        ("p", "为了解决人才缺口，不少企业把目光投向了职业院校。在合肥一所职业技术学院，汽车制造与试验技术专业开设了六个校企合作“订单班”，"
              "学生从二年级开始就按照企业的岗位要求学习，毕业后直接进入合作企业工作。"),
        ("p", "该学院汽车工程系主任钱永康介绍，订单班的课程由学校老师和企业工程师共同设计，学生有一半时间在企业的实训车间里学习，"
              "“学生毕业时已经会操作企业的设备，上岗就能干活”。今年，订单班的二百多名毕业生还没毕业就全部被预订，企业还在不断要求增加招生名额。"),
        ("p", "订单班学生邵子豪告诉记者，他还有三个月才毕业，已经和一家电池企业签了就业协议，“实习期间每个月有四千多元补贴，"
              "转正后还能参加公司的技能等级评定，工资会再涨”。"),
        ("h", "留住人才还要靠综合环境"),
        ("p", "招到人只是第一步，如何留住人才同样考验企业。程丽娟坦言，新能源汽车产业链企业之间人员流动频繁，"
              "“有的员工培养了半年，隔壁厂多给几百块钱就走了”。为此，企业推出了技能等级与工资挂钩的晋升通道，并为骨干员工提供人才公寓。"),
        ("p", "开发区有关负责人表示，园区正在加快建设人才公寓、子女就学和医疗配套，同时联合职业院校扩大定向培养规模，"
              "今年计划新增订单班学生一千人以上，并对企业开展岗前培训给予补贴。"),
        ("p", "专家认为，新能源汽车产业的竞争，归根结底是人才的竞争。只有把技能人才的培养、使用和激励结合起来，才能为产业的长远发展打下坚实基础。"),
    ],
    entities=[("合肥经济技术开发区", "LOC"), ("合肥", "LOC"), ("程丽娟", "PER"), ("葛宏伟", "PER"), ("沈卫东", "PER"), ("钱永康", "PER"),
              ("邵子豪", "PER"), ("春节", "MISC")],
    extra=["subheadings"],
    notes="The story comes from a partner paper (来源：皖中财经报); the byline's reporter is the author, the source paper is not. No author metadata.",
))

# ---------------------------------------------------------------- 11: new template, logo <h1> before the headline, editor account as meta author
ARTICLES.append(dict(
    id=f"{SITE}-11", seed=11, tpl="new", charset="utf-8", chan="news", cid="33320958", logo_h1=True,
    url="https://news.tinglu.example/a/33320958.html",
    pub=dt(2025, 7, 20, 10, 40), source="汀鹭网", source_url=HOST + "/", byline="记者 曲海燕", editor="孙涛",
    meta_author="曲海燕", authors=["曲海燕"], img="2025/0720/kelp.jpg",
    headline="青岛近海海带迎来丰收 养殖户试水“海带加工+直播”延长产业链",
    title="青岛近海海带迎来丰收 养殖户试水“海带加工+直播”延长产业链_汀鹭网",
    desc="青岛近海海带进入收获期，养殖户尝试发展海带深加工和直播销售，延长产业链。",
    keywords=["海带", "海水养殖", "青岛", "直播电商"],
    related=[("海洋牧场建设稳步推进", 15), ("渔民转产转业培训开班", 50), ("海产品冷链物流中心投用", 72), ("休渔期渔船安全检查", 90)],
    parts=[
        ("p", "七月的黄海之滨，正是海带收获的季节。在青岛市即墨区的一处海带养殖区，一艘艘渔船往返于养殖筏架和码头之间，"
              "工人们把一串串长达四五米的海带从海里拉上船，运回岸边晾晒。码头旁的空地上，铺满了墨绿色的海带，远远望去像一片绿色的海洋。"),
        ("p", "“今年海水温度合适，海带长得厚实，亩产比去年高了一成多。”养殖户于春生一边指挥工人卸货，一边告诉记者。他家养殖海带已有二十多年，"
              "今年养殖面积约一百二十亩，预计收获鲜海带六百多吨。"),
        ("h", "从卖鲜菜到做加工"),
        ("p", "过去，于春生和大多数养殖户一样，海带收上来后主要以鲜品或简单晒干的方式卖给收购商，价格波动大，利润也薄。"
              "“行情好的时候还行，行情不好，辛辛苦苦一年只能赚个辛苦钱。”"),
        ("p", "前年，于春生和几户养殖户合伙成立了一家小型加工厂，购置了清洗、切丝、烘干和包装设备，把海带加工成海带丝、海带结、即食海带等产品。"
              "“加工以后，同样的海带能多卖三四成的价钱。”"),
        ("p", "加工厂的车间里，十几名工人正在流水线上忙碌。负责生产的宋玉梅说，车间一天能加工鲜海带二十多吨，旺季时要三班倒。"
              "工人大多是附近村里的妇女，“在家门口上班，还能照顾老人孩子”。"),
        ("h", "直播间里卖海带"),
        ("p", "产品有了，怎么卖出去又成了新课题。去年，于春生的女儿于晓萌大学毕业后回到家乡，在加工厂里开起了直播间。"
              "每天傍晚，她都会站在晾晒场上，对着手机镜头介绍海带的生长、收获和加工过程。"),
        ("p", "“很多网友没见过海带是怎么长出来的，看到我们从海里拉上来这么长的海带，都觉得很新奇。”于晓萌说，直播间最多时有两万多人同时在线，"
              "去年通过线上卖出的海带产品有一百多吨，占加工厂销量的三分之一。"),
        ("p", "当地渔业部门的工作人员表示，近年来积极引导养殖户发展精深加工和电商销售，并在冷链物流、品牌建设等方面给予支持，"
              "帮助海带等传统海产品提高附加值。"),
        ("h", "养殖也要讲生态"),
        ("p", "在发展产业的同时，生态保护也受到重视。专家介绍，海带在生长过程中能吸收海水中的氮、磷等营养盐，对改善近海水质有一定作用。"
              "当地通过合理控制养殖密度、推广生态养殖模式，努力实现养殖和生态保护的平衡。"),
        ("p", "夕阳西下，晾晒场上的海带渐渐变成了深褐色。于春生说，明年他打算再扩大加工规模，“把我们这片海的海带，卖到更远的地方去”。"),
    ],
    entities=[("黄海", "LOC"), ("青岛市", "LOC"), ("青岛", "LOC"), ("即墨区", "LOC"), ("于春生", "PER"), ("宋玉梅", "PER"), ("于晓萌", "PER")],
    extra=["subheadings"],
    notes="The site logo is wrapped in an <h1> before the headline's <h1>.",
))

# ---------------------------------------------------------------- 12: new template, reporter + 通讯员, meta author names only the reporter
ARTICLES.append(dict(
    id=f"{SITE}-12", seed=12, tpl="new", charset="utf-8", chan="society", cid="33702186", meta_pub=True,
    url="https://society.tinglu.example/a/33702186.html",
    pub=dt(2026, 1, 9, 7, 50), source="汀鹭网", source_url=HOST + "/", byline="记者 刘畅 通讯员 马骁", editor="杨帆",
    meta_author="刘畅", authors=["刘畅", "马骁"], img="2026/0109/heating.jpg",
    headline="老旧小区供暖改造后首个冬天：室温达标了，居民不用再“穿着棉袄过冬”",
    title="老旧小区供暖改造后首个冬天：室温达标了_汀鹭网",
    desc="北京石景山区一批老旧小区完成供暖管网和建筑保温改造，今冬室内温度普遍达标。",
    keywords=["供暖", "老旧小区改造", "北京", "民生"],
    related=[("冬季供暖服务热线接诉情况发布", 5), ("老旧小区综合整治项目开工", 60), ("社区助老服务站增设", 90), ("冬季用电用气保障有力", 15)],
    parts=[
        ("p", "屋外寒风凛冽，屋里却暖意融融。走进北京市石景山区一个建成于上世纪八十年代的老旧小区，住在五楼的居民常桂兰正在阳台上侍弄几盆绿植。"
              "墙上的温度计显示，室内温度在二十二度左右。“以前冬天屋里最多十六七度，在家也得穿着棉袄，今年终于能穿单衣了。”"),
        ("p", "常桂兰所在的小区共有十二栋楼、九百多户居民。由于建成时间早，小区的供暖管网老化严重，楼体也没有保温层，冬季室温长期不达标，"
              "居民投诉不断。去年，小区被列入老旧小区综合整治项目，供暖改造是其中的重点。"),
        ("h", "管网换新，外墙“穿棉衣”"),
        ("p", "改造项目负责人邢志刚介绍，这次改造主要包括两部分：一是更换小区内老化的供热管网和楼内立管，解决“管子堵、热量送不到”的问题；"
              "二是给楼体外墙加装保温层，更换节能门窗，减少热量散失，“相当于给楼穿上了一件棉衣”。"),
        ("p", "为了不影响居民生活，施工安排在供暖季结束后进行，并赶在十一月供暖前全部完工。施工期间，社区工作人员和施工方逐户上门沟通，"
              "协调解决了一些居民担心的入户施工问题。"),
        ("p", "“一开始有的老人不理解，觉得折腾。”社区居委会主任闫晓燕说，社区组织居民代表参观了已经改造完成的示范楼，"
              "大家看到效果后，支持的人越来越多。"),
        ("h", "温度上去了，能耗下来了"),
        ("p", "改造效果在这个冬天得到了检验。据供热单位监测，改造后小区住户室内平均温度比去年同期提高了四度以上，全部达到规定标准。"
              "与此同时，由于保温性能提升，小区单位面积供热能耗下降了约两成。"),
        ("p", "住在一楼的退休职工秦德厚对此感受最深。他家以前是小区里最冷的一户，冬天墙角常常返潮发霉。“今年墙不潮了，屋里也暖和了，"
              "老伴的老寒腿都舒服多了。”"),
        ("h", "改造经验将推广"),
        ("p", "据了解，石景山区今年共有三十多个老旧小区完成供暖相关改造，惠及居民一万多户。有关部门表示，将总结改造中的经验做法，"
              "在后续的老旧小区改造中继续推广，并加强对供热设施的日常维护。"),
        ("p", "城市建设领域的专家指出，老旧小区供暖改造既是民生工程，也是节能工程，在改造中充分听取居民意见、科学制定方案，"
              "才能让改造成果真正惠及群众。"),
    ],
    entities=[("北京市", "LOC"), ("石景山区", "LOC"), ("常桂兰", "PER"), ("邢志刚", "PER"), ("闫晓燕", "PER"), ("秦德厚", "PER")],
    extra=["multiple-authors", "subheadings", "title-differs-from-headline"],
    notes="The meta author names only the reporter 刘畅; the byline also names the correspondent 马骁, and both are authors.",
))

# ---------------------------------------------------------------- 13: minimal pair of 05, the same page served and declared as UTF-8
VARIANT = dict(ARTICLES[4], id=f"{SITE}-13", charset="utf-8", query="?enc=utf8", variant_of=f"{SITE}-05",
               extra=[t for t in ARTICLES[4]["extra"] if t != "legacy-encoding"],
               notes="Minimal pair of tinglu-net-05: differs only in legacy-encoding (the same page declared and served as UTF-8 instead of GBK). "
                     + ARTICLES[4]["notes"])


def build(a):
    cs = a["charset"]
    html_text, blocks = page(a, cs)
    phen = set(COMMON) | set(a.get("extra", []))
    art = Article(id=a["id"], site=SITE, url=a["url"] + a.get("query", ""), language="zh", headline=a["headline"],
                  published=a["pub"].isoformat(), modified=None, authors=a["authors"], summary=a.get("summary", ""),
                  blocks=blocks, entities=a["entities"], phenomena=sorted(phen), notes=a.get("notes", ""),
                  variant_of=a.get("variant_of"))
    codec = "utf-8" if cs.lower() == "utf-8" else "gb18030"
    p = emit(art, html_text, codec)
    raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
    print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    for a in ARTICLES + [VARIANT]:
        build(a)
