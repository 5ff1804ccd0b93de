import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""江枫网 (jiangfeng-news): a dense Simplified-Chinese news portal in the style of a large
provincial portal CMS: channel sub-domains, a two-level channel navigation, a 点击排行 ranking,
stacked banner and text ads, 相关新闻 with dates and a long footer with licence numbers.
Older channel pages are still published in GB2312/GBK; newer ones in UTF-8 with JSON-LD.

Metadata personality (realism wave): the legacy (GBK) template has no OpenGraph or
article:published_time, only the CMS's own date-only 'publishdate' and an author meta that may hold
the responsible editor's account; the newer template names the reporters in JSON-LD, or no author at
all. The channel navigation, 猜你喜欢 feed and sitemap come from
script data; one story's text is split by a 相关阅读 line and an ad."""

import datetime as _dt
import html as _html
import json as _json
import re as _re

SITE = "jiangfeng-news"
NAME = "江枫网"
HOST = "https://www.jiangfeng.example"
CST = _dt.timezone(_dt.timedelta(hours=8))


def esc(s):
    return _html.escape(s, quote=True)


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def zdate(d, time=True):
    s = f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return s + (f" {d.hour:02d}:{d.minute:02d}" if time else "")


NAV = [
    ("index", "首页", HOST + "/", []),
    ("news", "新闻", "https://news.jiangfeng.example/", ["国内", "国际", "社会", "评论", "图片", "专题"]),
    ("finance", "财经", "https://finance.jiangfeng.example/", ["宏观", "产业", "金融", "股票", "基金", "理财"]),
    ("tech", "科技", "https://tech.jiangfeng.example/", ["互联网", "通信", "数码", "科学探索", "创业"]),
    ("auto", "汽车", "https://auto.jiangfeng.example/", ["新车", "导购", "用车", "新能源"]),
    ("house", "房产", "https://house.jiangfeng.example/", ["楼市", "家居", "土地"]),
    ("sports", "体育", "https://sports.jiangfeng.example/", ["足球", "篮球", "综合", "全民健身"]),
    ("ent", "娱乐", "https://ent.jiangfeng.example/", ["影视", "音乐", "综艺"]),
    ("edu", "教育", "https://edu.jiangfeng.example/", ["高考", "考研", "留学", "职教"]),
    ("health", "健康", "https://health.jiangfeng.example/", ["养生", "医药", "疾控"]),
    ("travel", "旅游", "https://travel.jiangfeng.example/", ["目的地", "攻略", "美食"]),
    ("culture", "文化", "https://culture.jiangfeng.example/", ["非遗", "文博", "读书", "艺术"]),
    ("video", "视频", "https://v.jiangfeng.example/", []),
    ("pic", "图片", "https://pic.jiangfeng.example/", []),
    ("opinion", "评论", "https://opinion.jiangfeng.example/", []),
    ("local", "地方", "https://local.jiangfeng.example/", ["城市", "乡村", "民生"]),
    ("zt", "专题", "https://zt.jiangfeng.example/", []),
    ("bbs", "论坛", "https://bbs.jiangfeng.example/", []),
]

POOL = [
    "多地出台措施稳定就业 高校毕业生就业服务月启动",
    "暑期文旅消费升温 博物馆预约一票难求",
    "城市更新提速 老旧小区加装电梯超千台",
    "夜间经济激活消费新场景",
    "多地进入主汛期 防汛应急响应提升",
    "新学期中小学课后服务实现全覆盖",
    "社区食堂“小切口”服务“大民生”",
    "乡村民宿提档升级 带动村民增收",
    "跨境电商出口保持较快增长",
    "新能源汽车下乡活动启动",
    "全民健身公园增至百余个",
    "机场新航站楼主体结构封顶",
    "地铁新线开通 沿线居民出行更便捷",
    "职业技能大赛落幕 百余名选手获奖",
    "菜价平稳 市场供应充足",
    "文物保护修缮工程有序推进",
    "海关查获一批侵权商品",
    "图书馆推出24小时自助借阅",
    "高温天气持续 注意防暑降温",
    "老字号焕新 国潮产品受青睐",
    "智慧农业示范园投入使用",
    "非遗进校园活动走进百所学校",
    "电动自行车以旧换新补贴开始发放",
    "城市绿道串起“口袋公园”",
    "楼市平稳运行 成交面积环比回升",
    "冷链物流网络加快完善",
    "青少年足球联赛开赛",
    "公积金贷款政策优化调整",
    "快递业务量同比增长两成",
    "新版医保目录落地 患者用药负担减轻",
    "秋粮收购陆续展开 农户售粮更便利",
    "山区公路“最后一公里”打通",
    "老年大学扩招 线上课程受欢迎",
    "多家银行下调存款利率",
    "县城商业体系建设提速",
    "港口集装箱吞吐量创新高",
]

TEXT_ADS = [
    "【推广】三步学会家庭理财，新手也能看懂",
    "【推广】暑期亲子游线路推荐，限时优惠",
    "【推广】装修前必看：如何选择靠谱的家装公司",
    "【推广】职场充电：在线课程免费试听",
    "【推广】中老年人体检套餐怎么选",
    "【推广】新车到店实拍，试驾预约中",
]

PROVS = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
         "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
         "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾"]

GUESS = [
    "夏季用电高峰来临 这些节电小窍门请收好",
    "孩子近视度数涨得快？专家支招",
    "家门口的“15分钟生活圈”是什么样",
    "手机突然收到陌生验证码怎么办",
    "买新车还是二手车？算一笔明白账",
    "周末去哪儿：城郊十个小众露营地",
    "老人防诈骗，记住这“三不”",
    "早餐怎么吃更健康",
    "租房合同里容易忽视的五个条款",
    "一文读懂个人养老金怎么缴",
]

WX_JS = """
<script type="text/javascript">
var jfShare = {
  title: document.title, link: location.href, imgUrl: "%(img)s",
  desc: (document.querySelector("meta[name=description]") || {}).content || ""
};
(function(){
  var ua = navigator.userAgent.toLowerCase();
  if (ua.indexOf("micromessenger") < 0) return;
  var s = document.createElement("script"); s.src = "//res.wx.jiangfeng.example/open/js/jweixin-1.6.0.js";
  s.onload = function(){
    var x = new XMLHttpRequest(); x.open("GET", "//api.jiangfeng.example/wx/sign?url=" + encodeURIComponent(location.href.split("#")[0]));
    x.onload = function(){ try { var c = JSON.parse(x.responseText);
      wx.config({debug:false, appId:c.appId, timestamp:c.timestamp, nonceStr:c.nonceStr, signature:c.signature,
        jsApiList:["updateAppMessageShareData","updateTimelineShareData"]});
      wx.ready(function(){ wx.updateAppMessageShareData(jfShare); wx.updateTimelineShareData(jfShare); });
    } catch(e) {} };
    x.send();
  };
  document.body.appendChild(s);
})();
</script>
<script type="text/javascript">
(function(){
  var box = document.getElementById("guess_list"); if (!box) return;
  var x = new XMLHttpRequest();
  x.open("GET", "//rec.jiangfeng.example/api/feed?pos=article_bottom&cid=%(cid)s&n=10&_=" + (+new Date()));
  x.onload = function(){ try { var r = JSON.parse(x.responseText); if (r && r.items && r.items.length) {
    var h = ""; for (var i = 0; i < r.items.length; i++) { h += '<li><a href="' + r.items[i].url + '" target="_blank">' + r.items[i].title + '</a></li>'; }
    box.innerHTML = h; } } catch(e) {} };
  x.send();
})();
</script>
"""

PICS = ["雨后彩虹横跨江面", "稻田里的“丰收画”", "古村落晨雾缭绕", "航拍城市夜景", "候鸟翔集湿地", "老街烟火气"]

CSS = """
body,div,ul,ol,li,dl,dt,dd,h1,h2,h3,h4,p,form,input,table,td,th{margin:0;padding:0}
body{font:12px/1.5 "Microsoft YaHei","微软雅黑",SimSun,"宋体",Arial;color:#333;background:#fff}
ul,ol{list-style:none}img{border:0}a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
.w1000{width:1000px;margin:0 auto}.fl{float:left}.fr{float:right}.clear{clear:both;height:0;overflow:hidden}
.topbar{height:30px;line-height:30px;background:#f5f5f5;border-bottom:1px solid #e5e5e5;color:#666}
.topbar a{color:#666;margin:0 5px}.topbar .today{margin-right:12px}
.header{height:86px}.header .logo{float:left;width:210px;height:62px;margin-top:12px;background:url(//img.jiangfeng.example/2020/images/logo.png) no-repeat;text-indent:-9999px;overflow:hidden}
.header .banner_top{float:left;width:468px;height:60px;margin:13px 0 0 20px;background:#f3f3f3}
.header .search{float:right;margin-top:28px}.header .search input.txt{width:180px;height:26px;border:1px solid #ccc;padding:0 5px}
.header .search input.btn{width:56px;height:28px;background:#b71c1c;color:#fff;border:0;cursor:pointer}
.nav{height:40px;background:#b71c1c}.nav li{float:left;position:relative}
.nav li a{display:block;height:40px;line-height:40px;padding:0 10px;color:#fff;font-size:14px;font-weight:bold}
.nav li.on a,.nav li a:hover{background:#8e1010;text-decoration:none}
.nav li .sub{display:none;position:absolute;top:40px;left:0;background:#fff;border:1px solid #b71c1c;width:110px;z-index:99}
.nav li:hover .sub{display:block}.nav li .sub a{color:#333;height:28px;line-height:28px;font-size:12px;font-weight:normal}
.subnav{height:32px;line-height:32px;border-bottom:1px solid #ddd;background:#fafafa;padding-left:10px}
.subnav a{margin-right:14px;font-size:13px}.subnav strong{color:#b71c1c;margin-right:14px;font-size:14px}
.gg{background:#f3f3f3;margin:10px auto;text-align:center;color:#bbb;position:relative}
.gg span.gg_lbl{position:absolute;right:0;bottom:0;background:rgba(0,0,0,.3);color:#fff;font-size:10px;padding:0 3px}
.gg_950{width:1000px;height:90px}.gg_300{width:300px;height:250px}.gg_300x120{width:300px;height:120px}.gg_640{width:640px;height:80px}
.path{height:34px;line-height:34px;color:#666}.path a{color:#06c}
.main{overflow:hidden;margin-bottom:20px}.left{float:left;width:660px}.right{float:right;width:310px}
.text_title h1{font-size:26px;font-family:"Microsoft YaHei";line-height:40px;text-align:center;color:#000;margin:10px 0}
.text_title .subtitle{font-size:16px;text-align:center;color:#555;margin-bottom:6px}
.text_title .box01{height:32px;line-height:32px;border-bottom:1px solid #ddd;color:#888;font-size:12px;overflow:hidden}
.text_title .box01 .fl span{margin-right:14px}.text_title .box01 .fr a{margin-left:8px;color:#888}
.summary{background:#f7f7f7;border-left:4px solid #b71c1c;padding:10px 14px;margin:14px 0;font-size:14px;color:#555;line-height:24px}
.text_con{font-size:16px;line-height:30px;color:#222;padding:16px 0}
.text_con p{margin-bottom:20px;text-align:justify}
.text_con h3{font-size:17px;color:#b71c1c;margin:24px 0 14px;padding-left:10px;border-left:4px solid #b71c1c}
.text_con ul.list_in{margin:0 0 20px 2em;list-style:disc}.text_con ul.list_in li{list-style:disc;font-size:15px}
.text_con .pic{text-align:center;margin-bottom:20px}.text_con .pic p.pictext{font-size:13px;color:#666;text-align:center;line-height:22px;margin-top:6px}
.text_con table.data{width:100%;border-collapse:collapse;margin:0 0 20px;font-size:14px}
.text_con table.data caption{font-weight:bold;padding:6px 0;font-size:14px}
.text_con table.data th{background:#b71c1c;color:#fff;padding:6px;border:1px solid #c33}
.text_con table.data td{border:1px solid #ddd;padding:6px;text-align:center}.text_con table.data tr.even td{background:#fafafa}
.edit{text-align:right;color:#666;font-size:13px;padding:6px 0;border-bottom:1px dashed #ccc}
.share_box{height:36px;line-height:36px;margin:12px 0}.share_box a{display:inline-block;width:28px;height:28px;margin:4px 4px 0 0;vertical-align:middle;background:url(//img.jiangfeng.example/2020/images/share.png) no-repeat}
.share_box .wx{background-position:0 0}.share_box .wb{background-position:-30px 0}.share_box .qq{background-position:-60px 0}.share_box .qz{background-position:-90px 0}
.keywords{color:#666;margin:10px 0}.keywords a{color:#06c;margin-right:10px}
.mod{margin-bottom:16px}.mod .hd{height:34px;line-height:34px;border-bottom:2px solid #b71c1c;overflow:hidden}
.mod .hd h2{float:left;font-size:16px;color:#b71c1c}.mod .hd .tab span{float:right;margin-left:10px;cursor:pointer;color:#666}.mod .hd .tab span.cur{color:#b71c1c;font-weight:bold}
.mod .bd li{height:30px;line-height:30px;overflow:hidden;border-bottom:1px dotted #ddd;font-size:14px}
.mod .bd li em{float:right;color:#999;font-style:normal;font-size:12px}
.mod .rank li{padding-left:26px;position:relative;font-size:13px}.mod .rank li i{position:absolute;left:0;top:7px;width:16px;height:16px;line-height:16px;text-align:center;background:#999;color:#fff;font-style:normal;font-size:11px}
.mod .rank li.top3 i{background:#b71c1c}
.mod .pics li{float:left;width:150px;height:auto;margin:0 5px 8px 0;border:0;text-align:center;line-height:20px}
.mod .pics li img{width:150px;height:100px;display:block}
.txtad li{font-size:12px!important}.txtad li a{color:#666}
.footer{border-top:3px solid #b71c1c;background:#f5f5f5;padding:16px 0;color:#666;text-align:center;line-height:26px}
.footer .links a{margin:0 6px;color:#555}.footer .friend{border-bottom:1px solid #ddd;padding-bottom:8px;margin-bottom:8px;text-align:left}
.footer .friend a{margin-right:12px;color:#666;line-height:24px;display:inline-block}
.footer .beian img{vertical-align:middle;margin-right:4px}
.privacy_tip{position:fixed;left:0;right:0;bottom:0;background:rgba(0,0,0,.85);color:#fff;padding:12px 0;font-size:13px;z-index:999;text-align:center;display:none}
.privacy_tip a{color:#ffd54f}.privacy_tip button{margin-left:12px;background:#b71c1c;color:#fff;border:0;padding:4px 14px;cursor:pointer}
.gotop{position:fixed;right:20px;bottom:80px;width:40px;height:40px;background:#999;color:#fff;text-align:center;line-height:40px;display:none}
"""

HEAD_JS = """
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://stat.jiangfeng.example/hm.js?4b1f0d2e9a7c83b6f2d0c7e1a5b34e90";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
var jf_page = {channel:"%(chan)s", nodeid:"%(node)s", contentid:"%(cid)s", charset:"%(cs)s", tpl:"article_v%(tpl)s"};
</script>
<script type="text/javascript" src="//ad.jiangfeng.example/js/jfad_loader.js?v=2.3.8"></script>
<script type="text/javascript">
var jfAdConf = {
  site:"jiangfeng", channel:"%(chan)s", lazy:true,
  slots:[
    {id:"gg_top_950",size:[1000,90],pid:"JF_%(CHAN)s_ART_TOP"},
    {id:"gg_head_468",size:[468,60],pid:"JF_%(CHAN)s_ART_HEAD"},
    {id:"gg_r1",size:[300,250],pid:"JF_%(CHAN)s_ART_R1"},
    {id:"gg_r2",size:[300,250],pid:"JF_%(CHAN)s_ART_R2"},
    {id:"gg_r3",size:[300,120],pid:"JF_%(CHAN)s_ART_R3"},
    {id:"gg_txt_bottom",size:[640,80],pid:"JF_%(CHAN)s_ART_BTM"}
  ]
};
</script>
"""

FOOT_JS = """
<script type="text/javascript">
(function(){
  function $(id){return document.getElementById(id);}
  var tabs = document.querySelectorAll("#rank_tab span");
  for (var i = 0; i < tabs.length; i++) {
    tabs[i].onmouseover = function(){
      for (var j = 0; j < tabs.length; j++) {
        tabs[j].className = "";
        $("rank_list_" + j).style.display = "none";
      }
      this.className = "cur";
      $("rank_list_" + this.getAttribute("data-i")).style.display = "block";
    };
  }
  var fs = document.querySelectorAll(".box01 .fontsize a");
  for (var k = 0; k < fs.length; k++) {
    fs[k].onclick = function(){ $("rwb_zw").style.fontSize = this.getAttribute("data-size") + "px"; return false; };
  }
  window.onscroll = function(){ var t = document.documentElement.scrollTop || document.body.scrollTop; $("gotop").style.display = t > 600 ? "block" : "none"; };
  if (window.jfAd) { jfAd.init(jfAdConf); }
})();
</script>
<script type="text/javascript" src="//stat.jiangfeng.example/count/pv.js?cid=%(cid)s"></script>
"""

PRIVACY_JS = """
<script type="text/javascript">
(function(){
  var k = "jf_privacy_v2", box = document.getElementById("privacy_tip");
  if (!box) return;
  if (!localStorage.getItem(k)) { box.style.display = "block"; }
  document.getElementById("privacy_ok").onclick = function(){ localStorage.setItem(k, "1"); box.style.display = "none"; };
})();
</script>
"""


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


def pool_slice(seed, n, off=0):
    return [POOL[(seed * 5 + off + i * 7) % len(POOL)] for i in range(n)]


def render_body(parts, indent):
    out, blocks = [], []
    ind = "　　" if indent else ""
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{ind}{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "h":
            out.append(f"<h3>{esc(p[1])}</h3>" if not indent else f'<p style="text-align:left;"><strong>{esc(p[1])}</strong></p>')
            blocks.append(Block("heading", p[1]))
        elif k == "ul":
            out.append('<ul class="list_in">' + "".join(f"<li>{esc(t)}</li>" for t in p[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in p[1]]
        elif k == "pic":
            _, img, cap, credit = p
            cr = f"（{credit}）" if credit else ""
            out.append(f'<div class="pic"><img src="https://img.jiangfeng.example/{img}" width="600" alt="{esc(cap)}">'
                       f'<p class="pictext">{esc(cap)}<span class="credit">{esc(cr)}</span></p></div>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, cap, rows = p
            t = [f'<table class="data" cellspacing="0" cellpadding="0"><caption>{esc(cap)}</caption>']
            t.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>")
            for i, r in enumerate(rows[1:]):
                cls = ' class="even"' if i % 2 else ""
                t.append(f"<tr{cls}>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            blocks.append(Block("caption", cap, optional=True))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
    return "\n".join(out), blocks


def page(a):
    cs = a["charset"]
    legacy = cs.lower() != "utf-8"
    pub = a["pub"]
    chan = next(n for n in NAV if n[0] == a["chan"])
    url = a["url"]
    today = a["today"]
    body_html, blocks = render_body(a["parts"], indent=legacy)
    blocks_all = []
    h = []
    if legacy:
        h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
        h.append('<html xmlns="http://www.w3.org/1999/xhtml">')
        h.append('<head>')
        if a["meta_style"] == "http-equiv":
            h.append(f'<meta http-equiv="content-type" content="text/html;charset={cs}" />')
        else:
            h.append(f'<meta charset="{cs}" />')
    else:
        h.append('<!DOCTYPE html>')
        h.append('<html lang="zh-CN">')
        h.append('<head>')
        if a["meta_style"] == "http-equiv":
            h.append('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
        else:
            h.append('<meta charset="utf-8">')
    h.append(f'<title>{esc(a["title"])}</title>')
    h.append('<meta name="renderer" content="webkit" />')
    h.append('<meta http-equiv="X-UA-Compatible" content="IE=edge" />')
    h.append('<meta name="viewport" content="width=device-width,initial-scale=1.0" />')
    h.append(f'<meta name="keywords" content="{esc(" ".join(a["keywords"]))}" />')
    h.append(f'<meta name="description" content="{esc(a["desc"])}" />')
    h.append(f'<meta name="copyright" content="{NAME}版权所有" />')
    h.append(f'<meta name="publishdate" content="{pub.strftime("%Y-%m-%d")}" />')
    h.append(f'<meta name="contentid" content="{a["cid"]}" />')
    h.append(f'<meta name="catalogs" content="{a["node"]}" />')
    ma = a.get("meta_author", "authors")
    if ma == "authors":
        h.append(f'<meta name="author" content="{esc(" ".join(a["authors"]))}" />')
    elif ma:
        h.append(f'<meta name="author" content="{esc(ma)}" />')
    h.append(f'<meta name="source" content="来源：{esc(a["source"])}" />')
    h.append(f'<meta name="editor" content="{esc(a["editor"])}" />')
    og = not (legacy and a.get("bare_legacy"))
    if og:
        h.append(f'<meta property="og:type" content="article" />')
    if og:
        h.append(f'<meta property="og:site_name" content="{NAME}" />')
    if og:
        h.append(f'<meta property="og:title" content="{esc(a["headline"])}" />')
    if og:
        h.append(f'<meta property="og:description" content="{esc(a["desc"])}" />')
    if og:
        h.append(f'<meta property="og:url" content="{url}" />')
    if og:
        h.append(f'<meta property="og:image" content="https://img.jiangfeng.example/{a["img"]}" />')
    if og and a.get("meta_pub", True):
        h.append(f'<meta property="article:published_time" content="{pub.isoformat()}" />')
    if a.get("upd"):
        h.append(f'<meta property="article:modified_time" content="{a["upd"].isoformat()}" />')
    if og:
        h.append(f'<meta property="article:section" content="{chan[1]}" />')
    if og:
        h.append('<meta name="twitter:card" content="summary_large_image" />')
    if og:
        h.append(f'<meta name="twitter:title" content="{esc(a["headline"])}" />')
    h.append(f'<link rel="canonical" href="{url}" />')
    h.append(f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{url.replace("https://", "https://m.", 1)}" />')
    h.append('<link rel="shortcut icon" href="//img.jiangfeng.example/favicon.ico" />')
    h.append('<style type="text/css">' + CSS + '</style>')
    h.append('<style type="text/css">' + utility_css("jf") + '</style>')
    h.append('<script type="text/javascript">' + ad_config(a["cid"], "jf", [("gg_head_468", [[468, 60]]), ("gg_top_950", [[950, 90]]), ("gg_r1", [[300, 250]]),
                                                                         ("gg_r2", [[300, 250]]), ("gg_r3", [[300, 120]]), ("gg_txt_bottom", [[640, 90]])]) + '</script>')
    h.append(HEAD_JS % {"chan": a["chan"], "CHAN": a["chan"].upper(), "node": a["node"], "cid": a["cid"],
                        "cs": cs, "tpl": a["tpl"]})
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
              "url": url, "mainEntityOfPage": url, "description": a["desc"],
              "image": [f"https://img.jiangfeng.example/{a['img']}"],
              "datePublished": pub.isoformat(), "dateModified": (a.get("upd") or pub).isoformat(),
              "author": ([{"@type": "Person", "name": n} for n in a["authors"]] if a.get("ld_author", "authors") == "authors"
                         else {"@type": "Person", "name": a["editor"]} if a.get("ld_author") == "editor" else None),
              "publisher": {"@type": "Organization", "name": NAME,
                            "logo": {"@type": "ImageObject", "url": "https://img.jiangfeng.example/2020/images/logo.png"}},
              "isAccessibleForFree": True, "inLanguage": "zh-CN"}
        if ld["author"] is None:
            del ld["author"]
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False, indent=1) + '</script>')
    h.append('</head>')
    h.append('<body>')
    h.append('<div class="page_wrap"><div class="page_inner">')
    # top bar with today's date
    wd = "一二三四五六日"[today.weekday()]
    h.append(f'<div class="topbar"><div class="w1000"><span class="fl"><span class="today">今天是{today.year}年{today.month}月{today.day}日 星期{wd}</span>'
             '<a href="https://m.jiangfeng.example/">手机版</a>|<a href="https://app.jiangfeng.example/">客户端下载</a>|<a href="https://weibo.jiangfeng.example/">官方微博</a></span>'
             '<span class="fr"><a href="https://passport.jiangfeng.example/login">登录</a><a href="https://passport.jiangfeng.example/reg">注册</a>'
             '<a href="/sitemap.html">网站地图</a><a href="/rss/">RSS订阅</a></span></div></div>')
    h.append('<div class="header w1000"><a class="logo" href="' + HOST + '/">江枫网</a>'
             '<div class="banner_top gg" id="gg_head_468"><span class="gg_lbl">广告</span></div>'
             '<form class="search" action="https://search.jiangfeng.example/s" method="get" target="_blank">'
             '<input class="txt" type="text" name="q" value="" /><input class="btn" type="submit" value="搜索" /></form></div>')
    n = ['<div class="nav"><ul class="w1000">']
    for key, label, href, subs in NAV:
        on = ' class="on"' if key == a["chan"] else ""
        n.append(f'<li{on}><a href="{href}" target="_blank">{label}</a>')
        if subs:
            n.append(f'<div class="sub" data-chan="{key}"></div>')
        n.append('</li>')
    n.append('</ul></div>')
    h.append("".join(n))
    h.append(f'<div class="subnav w1000"><strong>{chan[1]}频道</strong>' +
             "".join(f'<a href="{chan[2]}GB/{100 + i}/index.html" target="_blank">{s}</a>' for i, s in enumerate(chan[3] or ["要闻", "滚动", "图片"])) +
             '<a href="' + chan[2] + 'GB/roll.html" target="_blank">滚动新闻</a><a href="' + chan[2] + 'GB/zt.html" target="_blank">专题</a></div>')
    h.append('<div class="gg gg_950" id="gg_top_950"><span class="gg_lbl">广告</span></div>')
    h.append(f'<div class="path w1000"><a href="{HOST}/">江枫网</a>&gt;&gt;<a href="{chan[2]}">{chan[1]}</a>&gt;&gt;<a href="{chan[2]}GB/{a["node"]}/index.html">{a["crumb"]}</a></div>')
    h.append('<script type="text/javascript">var jf_nav=' + json_dumps({k: [{"t": x, "u": f"{hr}GB/{100 + i}/index.html"} for i, x in enumerate(sb)] for k, _, hr, sb in NAV if sb}) + ';</script>')
    h.append('<div class="main w1000"><div class="main_inner clearfix"><div class="left"><div class="left_inner">')
    h.append('<div class="article_box"><div class="article_box_inner">')
    h.append('<div class="text_title">')
    h.append(f'<h1>{esc(a["headline"])}</h1>')
    if a.get("subtitle"):
        h.append(f'<p class="subtitle">{esc(a["subtitle"])}</p>')
    meta = ['<div class="box01"><div class="fl">']
    if a.get("show_date", True):
        meta.append(f'<span class="date">{zdate(pub)}</span>')
        if a.get("upd"):
            meta.append(f'<span class="upd">更新时间：{zdate(a["upd"])}</span>')
    meta.append(f'<span>来源：<a href="{a["source_url"]}" target="_blank">{esc(a["source"])}</a></span>')
    if a.get("byline"):
        meta.append(f'<span>{esc(a["byline"])}</span>')
    meta.append('</div><div class="fr"><span class="fontsize">字号：<a href="#" data-size="18">大</a><a href="#" data-size="16">中</a><a href="#" data-size="14">小</a></span>'
                '<a href="javascript:window.print();">打印</a><a href="#comment">评论</a></div></div>')
    h.append("".join(meta))
    h.append('</div>')
    if a.get("summary"):
        h.append(f'<div class="summary"><strong>【摘要】</strong>{esc(a["summary"])}</div>')
        blocks_all.append(Block("paragraph", a["summary"], optional=True))
    blocks_all += blocks
    h.append('<div class="text_con" id="rwb_zw"><div class="text_con_inner">')
    if a.get("split"):
        k = a["split"]
        first, _b = render_body(a["parts"][:k], indent=legacy)
        rest, _b = render_body(a["parts"][k:], indent=legacy)
        t0, d0 = a["related"][0]
        h.append(first)
        h.append('</div></div>')
        h.append(f'<div class="xgyd"><strong>相关阅读：</strong><a href="{chan[2]}n1/rel/{a["cid"] - 3711}.html" target="_blank">{esc(t0)}</a></div>')
        h.append('<div class="gg gg_640" id="gg_txt_mid"><span class="gg_lbl">广告</span></div>')
        h.append('<div class="text_con text_con_2"><div class="text_con_inner">')
        h.append(rest)
    else:
        h.append(body_html)
    h.append('</div></div>')
    h.append(f'<div class="edit">(责任编辑：{esc(a["editor"])})</div>')
    h.append('</div></div>')
    h.append('<div class="share_box">分享到：<a class="wx" href="javascript:;" title="微信"></a><a class="wb" href="https://share.weibo.example/?url=' + url +
             '" title="微博" target="_blank"></a><a class="qq" href="https://connect.qq.example/share?url=' + url + '" title="QQ好友" target="_blank"></a>'
             '<a class="qz" href="https://sns.qzone.example/share?url=' + url + '" title="QQ空间" target="_blank"></a></div>')
    h.append('<div class="keywords">关键词：' + "".join(f'<a href="https://search.jiangfeng.example/s?q={esc(k)}" target="_blank">{esc(k)}</a>' for k in a["keywords"]) + '</div>')
    h.append('<div class="gg gg_640" id="gg_txt_bottom"><span class="gg_lbl">广告</span></div>')
    rel = ['<div class="mod"><div class="hd"><h2>相关新闻</h2></div><div class="bd"><ul>']
    for i, (t, days) in enumerate(a["related"]):
        d = pub - _dt.timedelta(days=days, hours=i * 5 + 1)
        rel.append(f'<li><em>{d.strftime("%Y-%m-%d")}</em><a href="{chan[2]}n1/{d.strftime("%Y/%m%d")}/c{a["node"]}-{a["cid"] - 3711 * (i + 1)}.html" target="_blank">{esc(t)}</a></li>')
    rel.append('</ul></div></div>')
    h.append("".join(rel))
    hot = pool_slice(a["seed"], 4, 3)
    h.append('<div class="mod"><div class="hd"><h2>热点推荐</h2></div><div class="bd"><ul>' + "".join(
        f'<li><a href="https://news.jiangfeng.example/n1/hot/{a["seed"]}{i:03d}.html" target="_blank">{esc(t)}</a></li>' for i, t in enumerate(hot)) + '</ul></div></div>')
    # 猜你喜欢 is filled by the recommendation script from the feed embedded below
    h.append('<div class="mod"><div class="hd"><h2>猜你喜欢</h2></div><div class="bd"><ul id="guess_list"></ul></div></div>')
    h.append('<script type="text/javascript">var jf_guess_feed=' + json_dumps([{"id": f"{a['seed']}{i:03d}", "title": t, "url": f"https://news.jiangfeng.example/n1/rec/{a['seed']}{i:03d}.html?from=guess",
                                                                             "img": f"https://img.jiangfeng.example/rec/{a['seed']}{i:03d}.jpg", "score": round(0.95 - i * 0.017, 3)}
                                                                            for i, t in enumerate((GUESS + POOL)[a["seed"]:a["seed"] + 40])]) + ';</script>')
    roll = pool_slice(a["seed"] + 9, 4, 17)
    rl = ['<div class="mod"><div class="hd"><h2>滚动新闻</h2></div><div class="bd"><ul>']
    for i, t in enumerate(roll):
        d = today - _dt.timedelta(minutes=23 * i + 7)
        rl.append(f'<li><em>{d.strftime("%m-%d %H:%M")}</em><a href="https://news.jiangfeng.example/n1/roll/{a["seed"]}{i:03d}.html" target="_blank">{esc(t)}</a></li>')
    rl.append('</ul></div></div>')
    h.append("".join(rl))
    h.append('<div class="mod" id="comment"><div class="hd"><h2>网友评论</h2></div><div class="bd"><p style="padding:10px 0;color:#999">'
             '<a href="https://passport.jiangfeng.example/login">登录</a>后发表评论，请遵守《江枫网跟帖评论服务管理规定》。</p></div></div>')
    h.append('</div></div>')
    # right column
    h.append('<div class="right">')
    h.append('<div class="gg gg_300" id="gg_r1"><span class="gg_lbl">广告</span></div>')
    rk = ['<div class="mod"><div class="hd"><h2>点击排行</h2><div class="tab" id="rank_tab">'
          '<span data-i="2">本月</span><span data-i="1">本周</span><span class="cur" data-i="0">24小时</span></div></div><div class="bd">']
    for j, off in enumerate((0, 11, 19)):
        items = (a.get("rank_top") or []) if j == 0 else []
        items = (items + pool_slice(a["seed"] + j, 10 - len(items), off))[:8] if j == 0 else []  # other tabs load by ajax
        st = "" if j == 0 else ' style="display:none"'
        rk.append(f'<ul class="rank" id="rank_list_{j}"{st}>' + "".join(
            f'<li{" class=top3" if i < 3 else ""}><i>{i + 1}</i><a href="https://news.jiangfeng.example/n1/rank/{a["seed"]}{j}{i:02d}.html" target="_blank">{esc(t)}</a></li>'
            for i, t in enumerate(items)) + '</ul>')
    rk.append('</div></div>')
    h.append("".join(rk).replace("class=top3", 'class="top3"'))
    h.append('<div class="gg gg_300" id="gg_r2"><span class="gg_lbl">广告</span></div>')
    h.append('<div class="mod"><div class="hd"><h2>图片新闻</h2></div><div class="bd"><ul class="pics">' + "".join(
        f'<li><a href="https://pic.jiangfeng.example/n1/{a["seed"]}{i:02d}.html" target="_blank"><img src="https://img.jiangfeng.example/pic/{a["seed"]}{i:02d}.jpg" alt="" />{esc(t)}</a></li>'
        for i, t in enumerate(PICS[:3])) + '</ul><div class="clear"></div></div></div>')
    h.append('<div class="mod txtad"><div class="hd"><h2>推广</h2></div><div class="bd"><ul>' + "".join(
        f'<li><a href="https://e.jiangfeng.example/c?{a["seed"]}{i}" target="_blank" rel="nofollow">{esc(t)}</a></li>' for i, t in enumerate(TEXT_ADS)) + '</ul></div></div>')
    h.append('<div class="gg gg_300x120" id="gg_r3"><span class="gg_lbl">广告</span></div>')
    h.append('<div class="mod"><div class="hd"><h2>专题推荐</h2></div><div class="bd"><ul>'
             '<li><a href="https://zt.jiangfeng.example/xczx/">乡村振兴进行时</a></li><li><a href="https://zt.jiangfeng.example/csgx/">城市更新观察</a></li>'
             '<li><a href="https://zt.jiangfeng.example/ystj/">一线探访：民生实事</a></li><li><a href="https://zt.jiangfeng.example/fyrw/">非遗里的中国</a></li>'
             '<li><a href="https://zt.jiangfeng.example/kjcx/">科技创新看江枫</a></li></ul></div></div>')
    h.append('</div></div></div>')
    # footer
    friends = ["江枫日报", "江枫晚报", "江枫财经", "江枫体育", "江枫视频", "江枫论坛", "江枫房产", "江枫汽车", "江枫健康", "江枫教育", "江枫旅游", "江枫读书"]
    smap = ['<div class="sitemap w1000" style="border-top:1px solid #ddd;padding:10px 0;line-height:26px">']
    for key, label, href, subs in NAV[1:4]:
        smap.append(f'<dl style="float:left;width:16%;margin-bottom:8px"><dt><a href="{href}" style="font-weight:bold;color:#b71c1c">{label}</a></dt>' +
                    "".join(f'<dd><a href="{href}GB/{100 + i}/index.html">{s2}</a></dd>' for i, s2 in enumerate(subs)) + '</dl>')
    smap.append('<div class="clear"></div><p class="local_links" data-provs="' + ",".join(PROVS) + '"><strong>地方频道：</strong></p></div>')
    h.append("".join(smap))
    h.append('<div class="footer"><div class="w1000"><div class="friend">友情链接：' + "".join(
        f'<a href="https://{i}.sister.jiangfeng.example/" target="_blank">{t}</a>' for i, t in enumerate(friends[:6])) + '</div>'
        '<p class="links"><a href="/about/">关于江枫网</a>|<a href="/ad/">广告服务</a>|<a href="/contact/">联系我们</a>|'
        '<a href="/jobs/">招聘信息</a>|<a href="/sitemap.html">网站地图</a>|<a href="/copyright/">版权声明</a>|'
        '<a href="/privacy/">隐私政策</a>|<a href="/jubao/">违法和不良信息举报</a>|<a href="/help/">帮助中心</a></p>'
        '<p>互联网新闻信息服务许可证编号：00000000000 | 增值电信业务经营许可证：江B2-00000000 | 江ICP备00000000号-1</p>'
        '<p class="beian"><a href="/beian/">江公网安备 00000000000000号</a> | 违法和不良信息举报电话：000-00000000</p>'
        f'<p>{NAME} 版权所有，未经书面授权禁止使用</p></div></div>')
    h.append('</div></div>')
    h.append('<a class="gotop" id="gotop" href="#">顶部</a>')
    if a.get("privacy"):
        h.append('<div class="privacy_tip" id="privacy_tip">我们使用Cookie及相关技术改善您的浏览体验，并用于统计分析和个性化推荐。继续浏览即表示您同意'
                 '<a href="/privacy/">《江枫网隐私政策》</a>。<button id="privacy_ok" type="button">我知道了</button></div>')
        h.append(PRIVACY_JS)
    h.append(FOOT_JS % {"cid": a["cid"]})
    h.append(WX_JS % {"cid": a["cid"], "img": f"https://img.jiangfeng.example/{a['img']}"})
    h.append('</body>')
    h.append('</html>')
    return "\n".join(h), blocks_all


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=CST)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M") + "+08:00"


ARTICLES = []

# ---------------------------------------------------------------- 01: GB2312 label, data table, dateline
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, bare_legacy=True, meta_author="jf_liuxy", charset="gb2312", codec="gb18030", meta_style="http-equiv", tpl="2014",
    chan="finance", node=1004, cid=32152618, crumb="产业",
    url="https://finance.jiangfeng.example/n1/2021/0708/c1004-32152618.html",
    pub=dt(2021, 7, 8, 9, 15), today=dt(2021, 7, 9, 8, 0),
    headline="上半年合肥新能源汽车产量同比增长逾七成",
    title="上半年合肥新能源汽车产量同比增长逾七成--财经--江枫网",
    desc="明泉产业研究院发布的监测数据显示，2021年上半年，合肥市新能源汽车累计产量达到8.36万辆，同比增长72.4%。",
    keywords=["新能源汽车", "合肥", "动力电池", "产业链"], img="2021/0708/jf_32152618_01.jpg",
    source="皖江财经时报", source_url="https://wjcj.example/", byline="作者：周启明",
    authors=["周启明"], editor="刘晓燕",
    parts=[
        ("p", "本网合肥7月7日讯（记者 周启明）明泉产业研究院7日发布的监测数据显示，2021年上半年，合肥市新能源汽车累计产量达到8.36万辆，同比增长72.4%，增速较一季度加快11.2个百分点。其中，6月单月产量1.79万辆，创下年内新高。"),
        ("p", "报告指出，整车产能释放和本地配套体系的完善是增长的主要原因。上半年，全市新能源汽车动力电池本地配套率由去年同期的38%提升至53%，电机、电控等关键零部件的本地采购比例也明显提高。"),
        ("table", "2021年上半年合肥市新能源汽车月度产量（数据来源：明泉产业研究院）", [
            ["月份", "产量（万辆）", "同比增长（%）", "环比增长（%）"],
            ["1月", "1.21", "96.1", "/"],
            ["2月", "0.86", "143.5", "-28.9"],
            ["3月", "1.38", "68.2", "60.5"],
            ["4月", "1.47", "61.7", "6.5"],
            ["5月", "1.65", "58.9", "12.2"],
            ["6月", "1.79", "66.3", "8.5"],
            ["合计", "8.36", "72.4", "/"],
        ]),
        ("p", "从企业看，头部整车企业贡献了大部分增量。报告显示，产量排名前三的企业合计占全市总产量的81%，其中星驰汽车上半年产量3.1万辆，同比翻了一番。2月产量环比明显回落，主要受春节假期停产检修影响。"),
        ("p", "明泉产业研究院高级分析师韩立峰表示，二季度以来芯片供应紧张对部分车型生产造成了一定影响，“但本地企业通过调整车型排产、提前锁定订单等方式，基本消化了冲击”。"),
        ("h", "产业链补短板仍需加力"),
        ("p", "不过，报告也指出，合肥新能源汽车产业链仍存在短板。在车规级芯片、高端传感器等领域，本地企业数量少、规模小，关键产品仍主要依赖外地采购，一旦上游供应波动，整车生产容易受到牵连。"),
        ("p", "韩立峰建议，下一步可依托现有整车项目，围绕核心零部件开展定向招商，同时加大对本地中小配套企业技术改造的支持力度，“补链不能只盯着大项目，几十家专精特新的小企业同样关键”。"),
        ("p", "据了解，合肥市今年提出的目标是全年新能源汽车产量突破18万辆。按照上半年的生产节奏，业内人士预计，下半年随着多款新车型陆续投产，全年目标有望实现。"),
    ],
    related=[("新能源汽车产业链招商引资签约项目22个", 6), ("动力电池回收利用体系建设提速", 19),
             ("一季度全市工业增加值同比增长15.3%", 78), ("汽车零部件企业加快数字化改造", 33),
             ("充电基础设施建设三年行动方案出台", 120)],
    entities=[("合肥", "LOC"), ("合肥市", "LOC"), ("明泉产业研究院", "ORG"), ("周启明", "PER"),
              ("星驰汽车", "ORG"), ("韩立峰", "PER"), ("春节", "MISC")],
    phenomena=["cjk", "legacy-encoding", "table-in-body", "dateline", "localized-date", "local-time-zone",
               "date-in-url", "subheadings", "nav-menu", "footer-links", "ad-slots", "most-read", "related-list",
               "decoy-date", "share-bar", "comments", "tag-list"],
    notes="Declared gb2312 (read as GBK/GB18030 by browsers); the table caption with its data source is an optional caption block before the table; the 本网合肥7月7日讯 opener is kept in the first paragraph as a dateline. The author meta holds the responsible editor's CMS account (jf_liuxy), not the byline's 周启明, who is gold.",
))

# ---------------------------------------------------------------- 02: GBK label, date only in metadata
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, bare_legacy=True, charset="GBK", codec="gb18030", meta_style="charset", tpl="2014",
    chan="culture", node=1013, cid=6612083, crumb="文博",
    url="https://culture.jiangfeng.example/n/6612083.html",
    pub=dt(2018, 4, 16, 10, 32), today=dt(2018, 4, 20, 8, 0), show_date=False, jsonld=True,
    headline="湖州棠溪老街完成修缮 二十七栋老宅重新开门迎客",
    title="湖州棠溪老街完成修缮 二十七栋老宅重新开门迎客_江枫网",
    desc="经过近两年的修缮，湖州市南浔区棠溪老街日前正式对外开放，街区内27栋老宅完成修缮。",
    keywords=["棠溪老街", "湖州", "古建筑", "历史街区"], img="2018/0416/jf_6612083_01.jpg",
    source="南太湖观察", source_url="https://ntaihu.example/", byline="记者 沈雨桐 通讯员 钱可",
    authors=["沈雨桐", "钱可"], editor="王立新",
    parts=[
        ("p", "青石板路、白墙黛瓦、临水而建的木格花窗……经过近两年的修缮，湖州市南浔区棠溪老街日前正式对外开放。街区内27栋清末至民国时期的老宅完成修缮，其中一半以上已引入茶馆、书店、手工艺工作室等业态，重新开门迎客。"),
        ("p", "棠溪老街全长约620米，沿河两侧分布着大小民居、商铺六十余处。由于年久失修，部分老宅一度出现屋顶塌陷、墙体开裂等问题，不少原住居民也陆续外迁，老街一度冷清。"),
        ("p", "“修缮的原则是修旧如旧，能不换的构件尽量不换。”负责项目设计的棠溪古建筑保护工作室主持人冯远山介绍，施工团队为每栋老宅都建立了档案，梁柱、门窗、砖雕逐一拍照编号，“拆下来的老木料，只要还能用，都清理加固后装回原位”。"),
        ("h", "原住民可选择“留下来”"),
        ("p", "与不少古街区改造时“整体搬迁”的做法不同，棠溪老街在修缮中保留了原住居民自主选择的权利。据南浔区相关负责人介绍，街区内仍有41户居民选择继续居住，修缮费用由政府补贴七成。"),
        ("p", "今年73岁的居民朱秀英在老街住了五十多年。“以前一下雨，屋里就要摆好几个盆接水。现在房子修好了，老邻居们也都还在，热闹得很。”她说。"),
        ("p", "开街以来，老街周末日均接待游客约8000人次。为避免过度商业化，街区管委会对入驻业态实行清单管理，限制同质化小吃和纪念品店铺的数量，并为传统手艺人提供三年租金减免。"),
        ("p", "冯远山表示，下一步将对老街沿河的三座石桥进行保护性修缮，并计划开设传统营造技艺展示馆，“让来的人不光看到老房子，也能了解老房子是怎么造出来的”。"),
    ],
    related=[("历史文化街区保护条例征求意见", 12), ("古桥修缮工程启动 三座明清石桥将“体检”", 41),
             ("传统村落保护名录新增12个村", 65), ("老宅变民宿 村民吃上“旅游饭”", 102)],
    entities=[("湖州", "LOC"), ("湖州市", "LOC"), ("南浔区", "LOC"), ("棠溪老街", "LOC"),
              ("棠溪古建筑保护工作室", "ORG"), ("冯远山", "PER"), ("朱秀英", "PER")],
    phenomena=["cjk", "legacy-encoding", "date-only-in-metadata", "no-visible-date", "json-ld", "local-time-zone",
               "multiple-authors", "subheadings", "nav-menu", "footer-links", "ad-slots", "most-read",
               "related-list", "decoy-date", "share-bar", "comments", "tag-list"],
    notes="No publication date is shown on the page; published comes from article:published_time and JSON-LD datePublished (the header date and related-story dates are decoys). Adjudicated with the second annotation: the template's 网友评论 block (a comment section with a log-in prompt) is a comment section and its 关键词 links to keyword pages are a tag list, so comments and tag-list apply on every page of the site (GUIDELINES 10).",
))

# ---------------------------------------------------------------- 03: UTF-8, tech, standfirst, photo, updated
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, split=5, charset="utf-8", codec="utf-8", meta_style="charset", tpl="2020",
    chan="tech", node=1007, cid=40108851, crumb="创业", jsonld=True, privacy=True,
    url="https://tech.jiangfeng.example/n1/2023/1102/c1007-40108851.html",
    pub=dt(2023, 11, 2, 14, 48), upd=dt(2023, 11, 2, 17, 20), today=dt(2023, 11, 3, 8, 0),
    headline="深圳一机器人企业推出果园采摘机器人 每小时可摘苹果1200个",
    title="深圳企业发布苹果采摘机器人：每小时摘1200个，售价有望降至20万元内-江枫网",
    desc="深圳穗禾智能科技有限公司发布一款面向苹果园的采摘机器人，每小时最多可采摘苹果1200个。",
    keywords=["采摘机器人", "农业机械", "深圳", "智慧农业"], img="2023/1102/jf_40108851_01.jpg",
    source="江枫网", source_url=HOST + "/", byline="记者 黄欣然",
    authors=["黄欣然"], editor="赵一鸣",
    summary="核心部件国产化率超过九成，单台售价有望降至20万元以内",
    parts=[
        ("p", "11月1日，深圳穗禾智能科技有限公司在深圳发布一款面向苹果园的采摘机器人。该公司称，这款机器人可在夜间连续作业，每小时最多可采摘苹果1200个，约相当于4至5名熟练工人的工作量。"),
        ("pic", "2023/1102/jf_40108851_01.jpg", "穗禾智能科技研发的采摘机器人在果园内作业", "受访者供图"),
        ("p", "记者在发布会现场看到，机器人由一台履带式底盘和两条机械臂组成，机械臂末端装有柔性吸盘。视觉系统识别出成熟果实后，机械臂伸出、吸附、旋转，一个苹果从枝头落入收集槽只需约3秒。"),
        ("p", "“苹果表皮很娇嫩，稍微用力就会留下压痕，影响卖相。”穗禾智能科技创始人邝志诚介绍，研发团队花了近两年时间调整吸盘材料和吸附力度，目前测试中的果实损伤率已控制在2%以内。"),
        ("h", "在陕北果园“实习”一季"),
        ("p", "今年9月至10月，两台样机在陕西省洛川县的塬上果业合作社进行了为期两个月的实地测试，累计采摘苹果约26吨。"),
        ("p", "合作社理事长雷建军告诉记者，近年来当地果园用工越来越难，“采摘季请人，一天工钱要200多元，还经常请不到年轻人”。他表示，机器人在平整的标准化果园里效果不错，但在坡地和老果园里还有些“水土不服”。"),
        ("p", "对此，邝志诚坦言，目前机器人主要适用于采用矮砧密植模式的现代果园，“树形越规整，机器的效率越高”。公司正在研发适应坡地作业的新底盘，预计明年上半年推出样机。"),
        ("h", "成本仍是推广关键"),
        ("p", "价格是果农最关心的问题。据介绍，该机器人核心部件国产化率已超过90%，首批量产机型售价约为28万元，随着产量提升，单台售价有望降至20万元以内。公司还计划与农机合作社合作推出租赁服务，按采摘量收费。"),
        ("p", "业内人士认为，水果采摘是农业生产中机械化程度最低的环节之一。长期关注农业机器人领域的分析师苏蔓表示，采摘机器人要真正走进果园，除了降低价格，还需要在可靠性和售后服务上经受住考验，“果园不是实验室，机器坏了能不能在农忙时一天内修好，比参数更重要”。"),
    ],
    related=[("农业无人机作业面积持续扩大", 8), ("智慧果园建设试点扩围", 27), ("机器人产业集群加快成链", 55),
             ("秋收时节 农机手忙碌在田间", 21), ("苹果产区探索冷库共享模式", 140)],
    entities=[("深圳", "LOC"), ("深圳穗禾智能科技有限公司", "ORG"), ("穗禾智能科技", "ORG"), ("邝志诚", "PER"),
              ("陕北", "LOC"), ("陕西省", "LOC"), ("洛川县", "LOC"), ("塬上果业合作社", "ORG"), ("雷建军", "PER"),
              ("苏蔓", "PER")],
    phenomena=["split-body", "inline-related", "teasers-in-article", "cjk", "json-ld", "standfirst", "photo-caption", "updated-date", "title-differs-from-headline", "localized-date", "local-time-zone",
               "date-in-url", "subheadings", "nav-menu", "footer-links", "ad-slots", "most-read", "related-list",
               "decoy-date", "share-bar", "cookie-banner", "comments", "tag-list"],
    notes="The 【摘要】 box is the standfirst; the image credit 受访者供图 is excluded from the caption. The 相关阅读 line and the ad between the two text containers are not body.",
))

# ---------------------------------------------------------------- 04: UTF-8, sports, list, photo
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, meta_author=None, meta_pub=False, ld_author=None, charset="utf-8", codec="utf-8", meta_style="http-equiv", tpl="2016",
    chan="sports", node=1016, cid=31574402, crumb="综合", jsonld=True, privacy=True,
    url="https://sports.jiangfeng.example/content/31574402.html",
    pub=dt(2016, 6, 9, 19, 36), today=dt(2016, 6, 10, 9, 0),
    headline="42支龙舟队珠江竞渡 “百年老船”再夺标准龙冠军",
    title="42支龙舟队珠江竞渡 “百年老船”再夺标准龙冠军 - 江枫网体育",
    desc="6月9日端午节当天，2016广州传统龙舟邀请赛在海珠区珠江河段举行，42支龙舟队参赛。",
    keywords=["龙舟", "端午节", "广州", "传统体育"], img="2016/0609/jf_31574402_01.jpg",
    source="岭南体坛报", source_url="https://lntt.example/", byline="记者 梁振华 实习生 何佩琳",
    authors=["梁振华", "何佩琳"], editor="邓嘉",
    parts=[
        ("p", "6月9日端午节当天，2016广州传统龙舟邀请赛在海珠区珠江河段举行，来自广州、佛山、东莞等地的42支龙舟队参赛，沿江两岸吸引了数万名市民驻足观看。"),
        ("pic", "2016/0609/jf_31574402_01.jpg", "端午节当天，龙舟队在珠江上奋力竞渡", "记者 梁振华 摄"),
        ("p", "本次比赛设标准龙500米直道竞速和传统龙舟游龙表演两个项目。经过预赛和决赛角逐，来自海珠区的南岸村龙舟队以2分01秒36的成绩夺得标准龙组冠军，这也是该队连续第三年夺冠。"),
        ("p", "南岸村龙舟队所用的龙船已有一百多年历史，船身由坤甸木打造。“这条船是村里老一辈传下来的，每年端午前都要起龙、上油、试水。”队长麦国荣赛后说，全队36名队员中，年纪最大的52岁，最小的只有17岁，“比赛拿第一当然高兴，更重要的是把这门手艺和这份精神传下去”。"),
        ("h", "比赛成绩"),
        ("ul", ["冠军：南岸村龙舟队（海珠区），2分01秒36", "亚军：石滘龙舟会（佛山市南海区），2分03秒08",
                "季军：东江船友会（东莞市），2分04秒71"]),
        ("p", "组委会负责人邬建平介绍，为保障赛事安全，海事、公安等部门在赛道两端设置了警戒区域，比赛期间实行临时水上交通管制，沿岸共布置安保和志愿服务人员400余人。"),
        ("p", "值得一提的是，今年比赛首次设置了女子龙舟表演环节。由28名女队员组成的一支业余队伍完成了游龙表演，赢得岸边观众阵阵掌声。队员之一、在区内一所小学任教的谭慧敏说，队员们从4月开始利用下班时间训练，“很多人都是第一次摸桨，手上磨出了好几个水泡”。"),
        ("p", "据了解，广州民间赛龙舟的传统历史悠久，每年农历五月初一至初五前后，珠江沿岸许多村落都会举行“扒龙舟”“龙舟景”等活动。近年来，随着参与人数增加，不少村落也开始重视水上安全和赛事的规范化管理。"),
    ],
    related=[("端午小长假旅游市场火热", 1), ("龙舟“起龙”仪式吸引众多市民围观", 25), ("全民健身运动会开幕", 44),
             ("珠江夜游航线恢复运营", 70), ("青少年皮划艇锦标赛落幕", 96)],
    entities=[("端午节", "MISC"), ("端午", "MISC"), ("2016广州传统龙舟邀请赛", "MISC"), ("海珠区", "LOC"), ("珠江", "LOC"),
              ("广州", "LOC"), ("佛山", "LOC"), ("东莞", "LOC"), ("南岸村龙舟队", "ORG"), ("麦国荣", "PER"),
              ("石滘龙舟会", "ORG"), ("佛山市", "LOC"), ("南海区", "LOC"), ("东江船友会", "ORG"), ("东莞市", "LOC"),
              ("邬建平", "PER"), ("谭慧敏", "PER")],
    phenomena=["cjk", "json-ld", "photo-caption", "list-in-body", "multiple-authors", "localized-date",
               "local-time-zone", "subheadings", "nav-menu", "footer-links", "ad-slots", "most-read", "related-list",
               "decoy-date", "share-bar", "cookie-banner", "comments", "tag-list"],
    notes="The results list is kept as list items; the photo credit 记者 梁振华 摄 is excluded from the caption. Adjudicated with the second annotation: 佛山市南海区 is two nested administrative units, annotated as 佛山市 + 南海区 (GUIDELINES 9.3); the 网友评论 block and the 关键词 links make the page comments and tag-list; the privacy_tip Cookie notice is a cookie banner, so cookie-banner stays (GUIDELINES 10).",
))


def main():
    for a in ARTICLES:
        text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="zh", headline=a["headline"],
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=a["authors"], summary=a.get("summary", ""), blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a["notes"],
        )
        p = emit(art, text, a["codec"])
        size = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{size / 1024:.1f} KB")


if __name__ == "__main__":
    main()
