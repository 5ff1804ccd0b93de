import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Báo điện tử Hừng Đông (hung-dong): an invented Vietnamese national news portal on a home-grown
CMS, in the style of the large Vietnamese portals: a slim header with today's date, a section
menu, a breadcrumb, the date line "Thứ năm, 12/3/2024, 08:15 (GMT+7)" without a <time> element,
the headline, a "sapo" (standfirst) paragraph, body paragraphs of class "Normal", photos with
"Image" captions, the author's name in bold at the end of the text, "Xem thêm" boxes between
paragraphs, a related-news box, a most-read rail and a long footer. Times are GMT+7.

Metadata personality: articles from the old template (2015-2020, pages 01-07 and 13) have no
<article> element (the body is a <div class="fck_detail">), no JSON-LD, no date meta tag and no
author metadata; the <title> carries the site suffix. The new template (2021-2025, 08-12) wraps the
body in <article class="fck_detail">, prints the bare headline as <title>, and adds JSON-LD and
article:published_time - written by a CMS that, on 10, stamps the UTC wall-clock time with
"+07:00" (so the morning story is dated the evening before). Long-form "e-magazine" stories (04,
11) set the headline in a <div>, with no <h1> on the page. Page 13 is page 05 with every
non-ASCII character of headline, sapo and body written as a numeric character reference, as the
old CMS's export did."""

import datetime as _dt
import html as _html
import json as _json
import random as _random

SITE = "hung-dong"
HOST = "https://hungdong.example"
IMG = "https://i-img.hungdong.example"
NAME = "Hừng Đông"
VN = _dt.timezone(_dt.timedelta(hours=7))
THU = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=VN)


def iso(d):
    return d.isoformat(timespec="seconds")


def vn_date(d, time=True):
    s = f"{THU[d.weekday()]}, {d.day}/{d.month}/{d.year}"
    return s + (f", {d:%H:%M} (GMT+7)" if time else "")


def esc(s):
    return _html.escape(s, quote=True)


def text(s, ncr=False):
    out = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if ncr:
        out = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in out)
    return out


def slug(s):
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:90]


# ---------------------------------------------------------------- boilerplate pools

MENU = [("Thời sự", "thoi-su"), ("Thế giới", "the-gioi"), ("Kinh doanh", "kinh-doanh"), ("Khoa học", "khoa-hoc"),
        ("Giải trí", "giai-tri"), ("Thể thao", "the-thao"), ("Pháp luật", "phap-luat"), ("Giáo dục", "giao-duc"),
        ("Sức khỏe", "suc-khoe"), ("Đời sống", "doi-song"), ("Du lịch", "du-lich"), ("Số hóa", "so-hoa"), ("Xe", "xe"),
        ("Ý kiến", "y-kien")]
SUBMENU = {"thoi-su": ["Chính trị", "Dân sinh", "Lao động - Việc làm", "Giao thông", "Mekong", "Quỹ Hy vọng"],
           "kinh-doanh": ["Quốc tế", "Doanh nghiệp", "Chứng khoán", "Bất động sản", "Ebank", "Vĩ mô", "Hàng hóa"],
           "khoa-hoc": ["Khoa học trong nước", "Tin tức", "Phát minh", "Ứng dụng", "Thế giới tự nhiên"],
           "giao-duc": ["Tin tức", "Tuyển sinh", "Chân dung", "Du học", "Học tiếng Anh"],
           "doi-song": ["Nhịp sống", "Tổ ấm", "Bài học sống", "Cooking", "Tiêu dùng"],
           "du-lich": ["Điểm đến", "Ẩm thực", "Dấu chân", "Tư vấn", "Cẩm nang"],
           "the-thao": ["Bóng đá", "Tennis", "Marathon", "Các môn khác", "Hậu trường"],
           "so-hoa": ["Công nghệ", "Sản phẩm", "Blockchain", "Thiết bị", "Đánh giá"],
           "suc-khoe": ["Tin tức", "Các bệnh", "Khỏe đẹp", "Dinh dưỡng", "Tư vấn"]}
MOST_READ = [
    "Giá vàng hôm nay tăng mạnh sau phiên giảm sâu",
    "Những thói quen buổi sáng giúp ngủ ngon hơn vào ban đêm",
    "Lịch nghỉ lễ năm nay: người lao động được nghỉ liền năm ngày",
    "Tuyến đường ven sông sẽ cấm xe tải từ tháng sau",
    "Cách nhận biết mật ong thật và giả chỉ trong một phút",
    "Nhiều trường đại học công bố điểm sàn xét tuyển",
    "Thời tiết cuối tuần: miền Bắc trời rét, vùng núi có băng giá",
    "Gia đình trẻ bỏ phố về quê trồng rau sạch",
    "Giá xăng dầu dự báo giảm trong kỳ điều chỉnh tới",
    "Món bún cá nổi tiếng ở phố cổ có gì đặc biệt",
    "Hơn 3.000 căn hộ chung cư được bàn giao trong quý",
    "Ba lưu ý khi mua bảo hiểm sức khỏe cho con",
]
FOOTER_COLS = [("Hừng Đông", ["Giới thiệu", "Liên hệ tòa soạn", "Quảng cáo", "Tuyển dụng", "Điều khoản sử dụng", "Chính sách bảo mật"]),
               ("Chuyên mục", ["Thời sự", "Kinh doanh", "Khoa học", "Giáo dục", "Sức khỏe", "Du lịch"]),
               ("Tiện ích", ["Thời tiết", "Tỷ giá", "Giá vàng", "Lịch vạn niên", "Kết quả xổ số", "Tra cứu điểm thi"])]

CSS = """
/* hd-detail 5.3 */
*{box-sizing:border-box}html{font-size:62.5%}h1,h2,h3,h4,p,ul,ol,figure{margin:0}ul,ol{padding:0}img{max-width:100%;height:auto;vertical-align:middle}
.width_common{width:100%;float:left}.flexbox{display:flex}.flex-wrap{flex-wrap:wrap}.mb10{margin-bottom:10px}.mb20{margin-bottom:20px}.mt10{margin-top:10px}
.hidden{display:none!important}.clearfix:after{content:"";display:table;clear:both}.txt-center{text-align:center}.color-red{color:#9f224e}
.btn-share-social{display:inline-flex;width:32px;height:32px;border-radius:50%;align-items:center;justify-content:center;border:1px solid #e5e5e5}
.box-category{border-top:1px solid #e5e5e5;padding-top:12px;margin-top:20px}.box-category .title-box{font:700 20px/1.3 Merriweather,serif;margin-bottom:12px}
.item-news{padding:12px 0;border-bottom:1px solid #f0f0f0;display:flex;gap:12px}.item-news .thumb-art{width:140px;flex-shrink:0}
.item-news .title-news{font:700 16px/1.4 Merriweather,serif}.item-news .description{font-size:14px;color:#4f4f4f;line-height:1.5}
.box-xoso table{width:100%;border-collapse:collapse;font-size:13px}.box-xoso td{border:1px solid #e5e5e5;padding:4px;text-align:center}
.box-weather .temp{font-size:28px;font-weight:700}.box-market td{padding:4px 6px;font-size:13px;border-bottom:1px solid #f0f0f0}
.up{color:#00a651}.down{color:#d0021b}.ic{display:inline-block;width:16px;height:16px;background-size:contain;vertical-align:middle}
@media (max-width:1023px){.container{width:100%;padding:0 12px}.sidebar-1,.sidebar-2{width:100%;float:none}.main-nav ul{overflow-x:auto}}
body{margin:0;font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;color:#222;background:#fff}a{color:#076db6;text-decoration:none}
.container{width:1130px;margin:0 auto;position:relative}.header-top{height:50px;border-bottom:1px solid #e5e5e5;display:flex;align-items:center}
.logo{display:inline-block;width:180px;height:34px}.time-now{font-size:12px;color:#757575;margin-left:20px}
.main-nav{border-bottom:1px solid #e5e5e5}.main-nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px;font-size:14px;height:40px;align-items:center}
.main-nav a{color:#222}.breadcrumb{list-style:none;margin:16px 0 8px;padding:0;display:flex;gap:6px;font-size:14px}.breadcrumb li+li:before{content:"›";margin-right:6px;color:#999}
.sidebar-1{width:680px;float:left}.sidebar-2{width:300px;float:right}.header-content{display:flex;justify-content:space-between;align-items:center}
span.date{font-size:14px;color:#757575}.title-detail{font:700 32px/1.25 Merriweather,Georgia,serif;margin:12px 0;color:#222}
.title-emagazine{font:700 40px/1.2 Merriweather,Georgia,serif;margin:24px 0;color:#111;text-align:center}
p.description{font:400 18px/1.6 Arial,sans-serif;margin:0 0 16px;color:#222}.fck_detail{font:400 18px/1.65 Arial,sans-serif;color:#222}
.fck_detail p.Normal{margin:0 0 1em;text-rendering:optimizeLegibility}.fck_detail h2{font-size:19px;margin:1.5em 0 .6em}
.fck_detail figure{margin:0 0 1em}.fck_detail figcaption p.Image{font-size:14px;color:#4f4f4f;background:#f7f7f7;padding:10px;margin:0}
.fck_detail .author_mail{text-align:right}.box-tinlienquan{border-left:3px solid #9f224e;padding:8px 12px;margin:0 0 1em;background:#f7f7f7;font-size:16px}
.box-tinlienquan strong{color:#9f224e}.banner-in-article{min-height:250px;margin:20px auto;text-align:center;background:#f7f7f7}
.box-comment{border-top:1px solid #e5e5e5;margin-top:24px;padding-top:12px}.box-comment h3{font-size:18px}
.box-related{margin-top:24px}.box-related h3{font-size:18px;border-bottom:2px solid #9f224e;padding-bottom:6px}
.box-related ul{list-style:none;margin:0;padding:0}.box-related li{padding:8px 0;border-bottom:1px solid #eee;font-size:16px}
.box-related .time{font-size:12px;color:#999;margin-left:6px}.box-mostread ol{margin:0;padding-left:22px}.box-mostread li{padding:8px 0;border-bottom:1px solid #eee}
.footer{background:#f7f7f7;border-top:1px solid #e5e5e5;margin-top:40px;padding:24px 0;font-size:13px;color:#4f4f4f}
.footer .cols{display:flex;gap:40px}.footer h4{font-size:14px;margin:0 0 8px}.footer ul{list-style:none;margin:0;padding:0;line-height:1.9}
.emagazine-cover{width:100%;aspect-ratio:21/9;background:#111;margin:0 0 24px}.emagazine .fck_detail{max-width:680px;margin:0 auto}
.tags-list{margin:18px 0}.tags-list a{display:inline-block;border:1px solid #e5e5e5;border-radius:14px;padding:4px 10px;margin:0 6px 6px 0;font-size:13px;color:#4f4f4f}
.social-share{display:flex;gap:8px;margin:12px 0}.social-share a{width:28px;height:28px;border-radius:50%;background:#e5e5e5;display:inline-flex;align-items:center;justify-content:center}
"""




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


# ---------------------------------------------------------------- weight

def ads_config(a):
    rng = _random.Random(a["aid"])
    zones = ["masthead", "sidebar_1", "sidebar_2", "in_article", "in_article_2", "inpage", "footer", "sticky_bottom", "overlay"]
    return _json.dumps({"site": "hungdong", "category": a["cat_slug"], "articleId": a["aid"],
                        "zones": [{"zone": z, "id": 300000 + a["aid"] % 7919 + i * 37, "sizes": rng.choice([[[970, 250], [728, 90]], [[300, 250]], [[300, 600], [300, 250]], [[320, 100]]]),
                                   "lazy": i > 1, "refresh": rng.choice([0, 30, 45])} for i, z in enumerate(zones)],
                        "keywords": [slug(t) for t in a["tags"]], "adult": False, "pageType": "detail"}, separators=(",", ":"))


def feed_state(a):
    """Data for the client-rendered 'Tin mới' list and the weather / exchange-rate widgets."""
    rng = _random.Random(a["aid"] + 1)
    cities = ["Hà Nội", "TP HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Đà Lạt", "Vinh", "Quy Nhơn", "Buôn Ma Thuột", "Hạ Long"]
    pool = MOST_READ + [t for t, _ in a["related"]]
    items = []
    for i in range(40):
        t = pool[(a["aid"] + i * 7) % len(pool)]
        d = a["pub"] - _dt.timedelta(minutes=15 + i * rng.randint(20, 90))
        items.append({"id": a["aid"] - 100 - i * 3, "title": t, "url": f"{HOST}/{slug(t)}-{a['aid'] - 100 - i * 3}.html",
                      "thumb": f"{IMG}/{d:%Y/%m/%d}/{a['aid'] - 100 - i * 3}-thumb.jpg", "time": int(d.timestamp()),
                      "category": rng.choice([m[1] for m in MENU]), "comments": rng.randint(0, 300)})
    return _json.dumps({"latest": items,
                        "weather": [{"city": c, "temp": rng.randint(14, 36), "desc": rng.choice(["Nắng", "Nhiều mây", "Mưa rào", "Có mây, trời lạnh"])} for c in cities],
                        "rates": [{"code": c, "buy": round(rng.uniform(0.5, 30000), 2), "sell": round(rng.uniform(0.5, 30000), 2)}
                                  for c in ("USD", "EUR", "JPY", "GBP", "CNY", "KRW", "SGD", "THB", "AUD", "CAD")]},
                       ensure_ascii=False, separators=(",", ":"))


TINH = ["An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định",
        "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
        "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
        "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
        "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
        "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
        "TP HCM", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"]


def widgets_state(a):
    rng = _random.Random(a["aid"] + 7)
    pool = MOST_READ + [t for t, _ in a["related"]]
    regions = [{"tinh": t, "slug": slug(t), "tin": pool[(i * 3 + a["aid"]) % len(pool)], "id": a["aid"] - 900 - i} for i, t in enumerate(TINH)]
    xoso = {mien: [{"giai": g, "so": [str(rng.randint(0, 10 ** n - 1)).zfill(n) for _ in range(k)]}
                   for g, n, k in (("ĐB", 6, 1), ("G1", 5, 1), ("G2", 5, 2), ("G3", 5, 6), ("G4", 4, 4), ("G5", 4, 6), ("G6", 3, 3), ("G7", 2, 4))]
            for mien in ("mien-bac", "mien-trung", "mien-nam")}
    market = {"vnindex": round(rng.uniform(900, 1300), 2), "hnx": round(rng.uniform(180, 260), 2), "upcom": round(rng.uniform(70, 100), 2),
              "vang_sjc": [rng.randint(60, 90) * 1000000, rng.randint(60, 90) * 1000000],
              "xang": [{"loai": l, "gia": rng.randint(19000, 26000)} for l in ("RON 95-III", "E5 RON 92", "Dầu diesel", "Dầu hỏa")]}
    return _json.dumps({"khuvuc": regions, "xoso": xoso, "thitruong": market,
                        "lich": {"duong": a["today"].strftime("%d/%m/%Y"), "thu": THU[a["today"].weekday()]}},
                       ensure_ascii=False, separators=(",", ":"))


Y_KIEN = ["Bài viết rất hay, cảm ơn tác giả.", "Mong chính quyền sớm có giải pháp.", "Ở quê tôi cũng gặp tình trạng tương tự.",
          "Cần có thêm số liệu cụ thể hơn.", "Đọc xong thấy tự hào.", "Hy vọng mô hình này được nhân rộng.", "Giá cả như vậy là hợp lý.",
          "Tôi đã đến đó năm ngoái, đúng là rất đẹp.", "Vấn đề không mới nhưng chưa được giải quyết.", "Chúc các bạn thành công.",
          "Nên có chính sách hỗ trợ người dân nhiều hơn.", "Thông tin hữu ích, tôi sẽ chia sẻ cho người thân."]
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
TEN = ["Minh", "Hùng", "Lan", "Hương", "Tuấn", "Thảo", "Nam", "Hà", "Phong", "Yến", "Khánh", "Trí"]


def comments_state(a):
    rng = _random.Random(a["aid"] + 13)
    items = [{"id": a["aid"] * 10 + i, "user": f"{rng.choice(HO)} {rng.choice(TEN)}", "content": rng.choice(Y_KIEN),
              "likes": rng.randint(0, 250), "time": int((a["pub"] + _dt.timedelta(minutes=rng.randint(5, 900))).timestamp()),
              "replies": rng.randint(0, 6)} for i in range(min(a["comments"], 25))]
    videos = [{"id": 500000 + a["aid"] % 9973 + i, "title": MOST_READ[(a["aid"] + i) % len(MOST_READ)], "duration": rng.randint(40, 600),
               "thumb": f"{IMG}/video/{500000 + a['aid'] % 9973 + i}.jpg", "hls": f"https://v.hungdong.example/{500000 + a['aid'] % 9973 + i}/master.m3u8"}
              for i in range(16)]
    return _json.dumps({"total": a["comments"], "sort": "like", "items": items, "videos": videos}, ensure_ascii=False, separators=(",", ":"))


def menu_state():
    return _json.dumps([{"name": n, "url": f"/{s}", "children": [{"name": c, "url": f"/{s}/{slug(c)}"} for c in SUBMENU.get(s, [])]} for n, s in MENU],
                       ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- rendering

def render_body(a, ncr=False):
    out, blocks = [], []
    if a.get("sapo"):
        blocks.append(Block("paragraph", a["sapo"], optional=True))
    for part in a["parts"]:
        k = part[0]
        if k == "p":
            out.append(f'<p class="Normal">{text(part[1], ncr)}</p>')
            blocks.append(Block("paragraph", part[1]))
        elif k == "h":
            out.append(f'<h2 class="Normal"><strong>{text(part[1], ncr)}</strong></h2>')
            blocks.append(Block("heading", part[1]))
        elif k == "ul":
            out.append('<ul class="list-normal">' + "".join(f"<li>{text(x, ncr)}</li>" for x in part[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in part[1]]
        elif k == "fig":
            _, img, cap, credit = part
            out.append(f'<figure data-size="true" itemprop="associatedMedia image" class="tplCaption action_thumb_added">'
                       f'<div class="fig-picture"><picture><source data-srcset="{IMG}/{img}-w680.jpg 1x, {IMG}/{img}-w1020.jpg 1.5x, {IMG}/{img}-w1360.jpg 2x">'
                       f'<img itemprop="contentUrl" loading="lazy" intrinsicsize="680x0" alt="{esc(cap)}" class="lazy" src="{IMG}/{img}-w680.jpg"></picture></div>'
                       f'<figcaption itemprop="description"><p class="Image">{text(cap, ncr)} {text(credit)}</p></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "also":
            _, t, aid = part
            out.append(f'<div class="box-tinlienquan"><p><strong>Xem thêm:</strong> <a href="{HOST}/{slug(t)}-{aid}.html">{text(t)}</a></p></div>')
        elif k == "ad":
            out.append(f'<div class="banner-in-article" id="banner-in-article-{a["aid"]}" data-zone="in_article"></div>')
    out.append(f'<p class="Normal author_mail" style="text-align:right;"><strong>{text(a["author_line"], ncr)}</strong></p>')
    return "\n".join(out), blocks


def page(a, ncr=False):
    body_html, blocks = render_body(a, ncr)
    pub, today = a["pub"], a["today"]
    new = a["pub"].year >= 2021
    emag = a.get("emagazine", False)
    url = a["url"]
    title = a["headline"] if new else f'{a["headline"]} - {NAME}'
    og = a.get("og_title", a["headline"])
    desc = a.get("sapo") or a["parts"][0][1][:160]
    img = f"{IMG}/{a['image']}-w1200.jpg"
    h = ["<!DOCTYPE html>", '<html lang="vi">', "<head>", '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{esc(title)}</title>", f'<meta name="description" content="{esc(desc)}">',
         f'<meta name="keywords" content="{esc(", ".join(a["tags"]))}">', f'<meta name="news_keywords" content="{esc(", ".join(a["tags"]))}">',
         '<meta name="robots" content="index,follow,all">', '<meta name="copyright" content="Báo điện tử Hừng Đông">',
         '<meta name="its_publisher" content="Hừng Đông">', f'<meta name="its_id" content="{a["aid"]}">',
         f'<meta name="its_section" content="{esc(a["cat"])}">', f'<meta name="its_type" content="{"emagazine" if emag else "text"}">',
         f'<link rel="canonical" href="{url.split("?")[0]}">', f'<link rel="amphtml" href="{url.split("?")[0].replace(".html", ".amp.html")}">',
         '<meta property="og:type" content="article">', f'<meta property="og:title" content="{esc(og)}">',
         f'<meta property="og:description" content="{esc(desc)}">', f'<meta property="og:url" content="{url.split("?")[0]}">',
         f'<meta property="og:image" content="{img}">', '<meta property="og:site_name" content="Báo điện tử Hừng Đông">',
         '<meta property="og:locale" content="vi_VN">', '<meta property="fb:app_id" content="1547540628876392">']
    if new:
        stamp = a.get("ld_stamp", iso(pub))
        h.append(f'<meta property="article:published_time" content="{stamp}">')
        h.append(f'<meta property="article:section" content="{esc(a["cat"])}">')
    h += ['<meta name="twitter:card" content="summary_large_image">', f'<meta name="twitter:title" content="{esc(og)}">',
          f'<meta name="twitter:image" content="{img}">',
          '<link rel="shortcut icon" href="https://s.hungdong.example/favicon.ico">',
          '<link rel="dns-prefetch" href="https://s.hungdong.example"><link rel="dns-prefetch" href="https://i-img.hungdong.example">',
          f"<style>{CSS}{theme_css('hd', a['aid'], 330)}</style>"]
    if new:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url.split("?")[0]},
              "headline": a.get("ld_headline", a["headline"]), "description": desc, "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 720},
              "datePublished": a.get("ld_stamp", iso(pub)), "dateModified": a.get("ld_stamp", iso(pub)),
              "author": [{"@type": "Person", "name": n} for n in a["authors"]],
              "publisher": {"@type": "Organization", "name": "Báo điện tử Hừng Đông", "logo": {"@type": "ImageObject", "url": "https://s.hungdong.example/logo-600x60.png", "width": 600, "height": 60}}}
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append("<script>var hdPage={pageType:'detail',articleId:" + str(a["aid"]) + ",categoryId:" + str(a["cat_id"]) + ",type:'" +
             ("emagazine" if emag else "text") + "',isPaid:0};window.dataLayer=window.dataLayer||[];dataLayer.push({site:'hungdong',category:'" +
             a["cat_slug"] + "',articleId:'" + str(a["aid"]) + "'});</script>")
    h.append("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],"
             "j=d.createElement(s);j.async=true;j.src='https://tags.hungdong.example/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-HD7K2P');</script>")
    h.append(f'<script>window.hdAds={ads_config(a)};</script>')
    h.append('<script async src="https://adsv.hungdong.example/core/hd-ads.min.js?v=2.9.14"></script>')
    h.append("</head>")
    nav = "".join(f'<li><a href="{HOST}/{s}" title="{n}">{n}</a></li>' for n, s in MENU)
    crumbs = f'<li><a href="{HOST}/{a["cat_slug"]}">{a["cat"]}</a></li><li><a href="{HOST}/{a["cat_slug"]}/{slug(a["sub"])}">{a["sub"]}</a></li>'
    hl = (f'<div class="title-emagazine">{text(a["headline"], ncr)}</div>' if emag
          else f'<h1 class="title-detail">{text(a["headline"], ncr)}</h1>')
    sapo = f'<p class="description">{text(a["sapo"], ncr)}</p>' if a.get("sapo") else ""
    body_tag = "article" if new else "div"
    rel = "".join(f'<li><a href="{HOST}/{slug(t)}-{a["aid"] - 40 - i * 9}.html">{text(t)}</a><span class="time">{(pub - _dt.timedelta(days=b)):%d/%m/%Y}</span></li>'
                  for i, (t, b) in enumerate(a["related"]))
    mr = "".join(f'<li><a href="{HOST}/{slug(t)}-{a["aid"] + 300 + i}.html">{text(t)}</a></li>'
                 for i, t in enumerate([MOST_READ[(a["aid"] + i * 5) % len(MOST_READ)] for i in range(5)]))
    other = "".join(f'<li><a href="{HOST}/{slug(t)}-{a["aid"] - 500 - i * 7}.html">{text(t)}</a></li>'
                    for i, t in enumerate([MOST_READ[(a["aid"] + 3 + i * 7) % len(MOST_READ)] for i in range(6)]))
    latest = "".join(f'<li><a href="{HOST}/{slug(t)}-{a["aid"] + 40 + i}.html">{text(t)}</a></li>'
                     for i, t in enumerate([MOST_READ[(a["aid"] + 11 + i * 5) % len(MOST_READ)] for i in range(5)]))
    foot = "".join(f'<div><h4>{t}</h4><ul>' + "".join(f'<li><a href="{HOST}/{slug(x)}">{x}</a></li>' for x in xs) + "</ul></div>" for t, xs in FOOTER_COLS)
    share = (f'<div class="social-share"><a href="https://facebook.example/sharer.php?u={url}" title="Chia sẻ Facebook" rel="nofollow">f</a>'
             f'<a href="https://x.example/intent/tweet?url={url}" title="Chia sẻ X" rel="nofollow">x</a>'
             f'<a href="javascript:;" data-copy="{url}" title="Sao chép liên kết">⧉</a></div>')
    body = f"""<body class="page-detail{' emagazine' if emag else ''}">
<div id="wrapper" class="wrapper"><div class="wrap-all"><div class="main-page"><div class="inner-page">
<header class="header"><div class="container"><div class="header-top">
<a href="{HOST}/" class="logo" title="Báo điện tử Hừng Đông"><img src="https://s.hungdong.example/logo.svg" alt="Hừng Đông" width="180" height="34"></a>
<span class="time-now">{vn_date(today, time=False)}</span>
<div class="header-right"><a href="{HOST}/tin-moi-nhat">Mới nhất</a> <a href="{HOST}/tin-theo-khu-vuc">Tin theo khu vực</a> <a href="{HOST}/dang-nhap">Đăng nhập</a></div>
</div></div>
<nav class="main-nav"><div class="container"><ul class="parent" data-source="#hd-menu">{nav}</ul></div></nav></header>
<section class="section page-detail top-detail"><div class="container"><div class="width_common box_detail">
<div class="sidebar-1"><div class="detail-content">
<div class="header-content"><ul class="breadcrumb" data-campaign="Header-Breadcrumb">{crumbs}</ul><span class="date">{vn_date(pub)}</span></div>
{'<div class="emagazine-cover"></div>' if emag else ''}
{hl}
{sapo}
{share}
<{body_tag} class="fck_detail" data-aid="{a["aid"]}">
{body_html}
</{body_tag}>
<div class="tags-list"><h4 class="item-tag">Tags</h4>{"".join(f'<a href="{HOST}/chu-de/{slug(t)}">{text(t)}</a>' for t in a["tags"])}</div>
<div class="box-comment" id="box_comment"><h3>Ý kiến ({a["comments"]})</h3><div class="list-comment" data-source="/api/comments?aid={a["aid"]}"></div>
<textarea placeholder="Chia sẻ ý kiến của bạn" maxlength="1000"></textarea></div>
<div class="box-related"><h3>Tin liên quan</h3><ul>{rel}</ul></div>
<div class="box-related box-other"><h3>Tin khác</h3><ul>{other}</ul></div>
</div></div>
<div class="sidebar-2">
<div class="banner-300" id="sidebar_1" data-zone="sidebar_1"></div>
<div class="box-mostread"><h3>Xem nhiều</h3><ol>{mr}</ol></div>
<div class="box-latest" data-source="#hd-feed"><h3>Tin mới</h3><ul>{latest}</ul></div>
<div class="banner-300" id="sidebar_2" data-zone="sidebar_2"></div>
</div>
</div></div></section>
<footer class="footer"><div class="container"><div class="cols">{foot}</div>
<p>Báo điện tử Hừng Đông. Giấy phép hoạt động báo điện tử số 148/GP-BTTTT (giấy phép giả định). © {today.year} Hừng Đông. Toàn bộ bản quyền thuộc Hừng Đông.</p></div></footer>
</div></div></div></div>
<div id="cookie-consent" class="cookie-consent" hidden><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn và hiển thị quảng cáo phù hợp. <a href="{HOST}/chinh-sach-bao-mat">Tìm hiểu thêm</a></p><button type="button" data-accept="1">Đồng ý</button></div>
<script type="application/json" id="hd-menu">{menu_state()}</script>
<script type="application/json" id="hd-feed">{feed_state(a)}</script>
<script type="application/json" id="hd-widgets">{widgets_state(a)}</script>
<script type="application/json" id="hd-comments">{comments_state(a)}</script>
<script src="https://s.hungdong.example/js/detail.min.js?v=5.3.2" defer></script>
<script>document.addEventListener("DOMContentLoaded",function(){{var c=document.getElementById("cookie-consent");if(c&&!/hd_consent=1/.test(document.cookie)){{c.hidden=false;}}
c&&c.querySelector("button").addEventListener("click",function(){{document.cookie="hd_consent=1;max-age=31536000;path=/";c.hidden=true;}});}});</script>
</body></html>"""
    return "\n".join(h) + "\n" + body, blocks


def tags_of(a, blocks, ncr=False):
    t = {"nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "most-read", "ad-slots", "comments",
         "tag-list", "decoy-date", "local-time-zone"}
    if a["pub"].year >= 2021:
        t.add("json-ld")
    kinds = [p[0] for p in a["parts"]]
    text_at = [i for i, k in enumerate(kinds) if k in ("p", "h", "ul")]
    between = {k for i, k in enumerate(kinds) if text_at[0] < i < text_at[-1]}
    if between & {"ad", "also"}:
        t.add("teasers-in-article")
    if "also" in between:
        t.add("inline-related")
    bk = {b.kind for b in blocks}
    if "heading" in bk:
        t.add("subheadings")
    if "list_item" in bk:
        t.add("list-in-body")
    if "caption" in bk:
        t.add("photo-caption")
    if a.get("sapo"):
        t.add("standfirst")
    if len(a["authors"]) > 1:
        t.add("multiple-authors")
    if ncr:
        t.add("html-entities")
    if a.get("long"):
        t.add("long-article")
    return sorted(t)


def build(a, id_=None, variant_of=None, url=None, notes=None, ncr=False):
    html_page, blocks = page(dict(a, url=url or a["url"]), ncr=ncr)
    art = Article(id=id_ or a["id"], site=SITE, url=url or a["url"], language="vi", headline=a["headline"],
                  published=iso(a["pub"]), modified=None, authors=a["authors"], summary=a.get("sapo", ""), blocks=blocks,
                  entities=a["entities"], phenomena=tags_of(a, blocks, ncr), notes=notes if notes is not None else a.get("notes", ""),
                  variant_of=variant_of)
    p = emit(art, html_page, "utf-8")
    print(f"{art.id}\t{p.parents[1].joinpath('raw_html', art.id + '.html').stat().st_size / 1024:.1f} KB")


ARTICLES = []


def A(**kw):
    kw["url"] = f"{HOST}/{slug(kw['headline'])[:80]}-{kw['aid']}.html"
    kw.setdefault("author_line", " - ".join(kw["authors"]))
    ARTICLES.append(kw)

# ---------------------------------------------------------------- 01: Mộc Châu honey cooperative
A(id=f"{SITE}-01", aid=3247105, cat="Kinh doanh", cat_slug="kinh-doanh", cat_id=1003159, sub="Doanh nghiệp",
  pub=dt(2015, 6, 18, 9, 20), today=dt(2015, 6, 19, 7, 0), comments=18, image="2015/06/18/mat-ong-moc-chau",
  headline="Hợp tác xã mật ong ở Mộc Châu xuất lô hàng đầu tiên sang Nhật Bản",
  sapo="Sau ba năm chuẩn hóa quy trình nuôi ong và lấy mật, 12 tấn mật ong hoa nhãn của Hợp tác xã Ong mật Thảo Nguyên đã lên đường sang thị trường khó tính bậc nhất châu Á.",
  authors=["Lê Minh Trang"], tags=["Mộc Châu", "mật ong", "xuất khẩu", "hợp tác xã"],
  related=[("Nông sản Sơn La tìm đường vào siêu thị lớn", 9), ("Mùa hoa mận Mộc Châu hút khách", 110), ("Giá mật ong trong nước giảm mạnh", 40)],
  parts=[
      ("p", "Sáng 17/6, tại sân kho của Hợp tác xã Ong mật Thảo Nguyên ở thị trấn nông trường Mộc Châu, tỉnh Sơn La, 12 tấn mật ong hoa nhãn được đóng vào những thùng phuy inox, niêm phong và đưa lên xe container để chuyển ra cảng Hải Phòng. Đây là lô hàng xuất khẩu đầu tiên của hợp tác xã sang Nhật Bản."),
      ("p", "Ông Hà Văn Thắng, giám đốc hợp tác xã, cho biết đơn hàng đến từ một công ty phân phối thực phẩm ở Osaka sau gần hai năm đàm phán và kiểm tra mẫu. Đối tác Nhật Bản đã ba lần gửi người sang tận các trại ong để kiểm tra quy trình, từ vị trí đặt thùng ong, cách xử lý bệnh cho ong đến khâu quay mật và bảo quản."),
      ("p", "\"Họ hỏi kỹ đến từng chi tiết, như ong được cho ăn đường vào tháng nào, thùng quay mật rửa bằng gì, nhiệt độ trong kho là bao nhiêu\", ông Thắng kể. \"Có lần mẫu bị trả về chỉ vì độ ẩm cao hơn tiêu chuẩn 0,5%. Chúng tôi phải mua thêm máy hút ẩm và làm lại từ đầu.\""),
      ("fig", "2015/06/18/mat-ong-moc-chau-1", "Thành viên hợp tác xã kiểm tra cầu ong tại một trại ở xã Đông Sang, Mộc Châu.", "Ảnh: Lê Minh Trang"),
      ("p", "Hợp tác xã được thành lập năm 2012 với 14 hộ nuôi ong, đến nay có 47 hộ thành viên với khoảng 6.500 đàn ong. Mỗi năm, các thành viên di chuyển đàn ong theo mùa hoa, từ hoa cải, hoa mận ở Mộc Châu đến hoa nhãn ở Sơn La và Hưng Yên, rồi hoa cà phê ở Tây Nguyên."),
      ("ad",),
      ("p", "Để đáp ứng yêu cầu của đối tác, hợp tác xã phải xây dựng lại toàn bộ hệ thống ghi chép. Mỗi đàn ong có một sổ theo dõi riêng, ghi rõ vị trí đặt, ngày quay mật, loại thuốc đã dùng. Mật của từng hộ được lấy mẫu và gửi đi kiểm nghiệm dư lượng kháng sinh trước khi nhập kho chung."),
      ("p", "Theo ông Thắng, giá bán cho đối tác Nhật cao hơn khoảng 30% so với giá bán cho các thương lái trong nước. Quan trọng hơn, hợp đồng ký theo năm giúp các hộ yên tâm đầu tư, không còn cảnh bị ép giá mỗi khi vào vụ."),
      ("also", "Giá mật ong trong nước giảm mạnh, người nuôi ong gặp khó", 3245871),
      ("p", "Chị Lò Thị Hoa, một thành viên hợp tác xã ở bản Áng, cho biết gia đình chị có 180 đàn ong, trước đây mỗi vụ nhãn chỉ bán được cho thương lái với giá thấp. \"Năm nay biết trước giá, biết trước người mua, nên tôi mạnh dạn vay thêm tiền để tăng lên 250 đàn\", chị nói."),
      ("p", "Ông Nguyễn Quang Vinh, chuyên gia về chăn nuôi ong từng làm việc nhiều năm ở các tỉnh miền núi phía Bắc, đánh giá việc một hợp tác xã nhỏ đáp ứng được tiêu chuẩn của thị trường Nhật là tín hiệu đáng mừng. Tuy vậy, ông lưu ý rằng nghề nuôi ong phụ thuộc rất lớn vào thời tiết và việc sử dụng thuốc bảo vệ thực vật ở các vùng trồng cây ăn quả."),
      ("p", "\"Chỉ cần một vùng nhãn phun thuốc sai thời điểm là cả trại ong có thể chết, hoặc mật bị nhiễm dư lượng. Muốn giữ được đơn hàng xuất khẩu lâu dài, người nuôi ong phải làm việc cùng với người trồng cây\", ông Vinh nói."),
      ("p", "Hợp tác xã dự kiến xuất thêm hai lô hàng nữa trong năm nay, với tổng khối lượng khoảng 30 tấn. Ông Thắng cho biết đơn vị đang tìm hiểu thêm thị trường Hàn Quốc và đã gửi mẫu mật ong hoa cà phê sang một số nhà nhập khẩu."),
  ],
  entities=[("Mộc Châu", "LOC"), ("Nhật Bản", "LOC"), ("Hợp tác xã Ong mật Thảo Nguyên", "ORG"), ("Sơn La", "LOC"),
            ("Hải Phòng", "LOC"), ("Hà Văn Thắng", "PER"), ("Thắng", "PER"), ("Osaka", "LOC"), ("Nhật", "LOC"),
            ("Đông Sang", "LOC"), ("Hưng Yên", "LOC"), ("Tây Nguyên", "LOC"), ("Lò Thị Hoa", "PER"),
            ("Áng", "LOC"), ("Nguyễn Quang Vinh", "PER"), ("Vinh", "PER"), ("Hàn Quốc", "LOC")],
  notes="The author's name in bold at the end of the text is the byline; the photo credit 'Ảnh: ...' at the end of the caption paragraph is left out of the caption block; the 'Xem thêm' box is not body.")


# ---------------------------------------------------------------- 02: Cần Thơ solar boat
A(id=f"{SITE}-02", aid=3371520, cat="Giáo dục", cat_slug="giao-duc", cat_id=1003556, sub="Tin tức",
  pub=dt(2016, 3, 10, 15, 40), today=dt(2016, 3, 11, 6, 30), comments=42, image="2016/03/10/thuyen-nang-luong",
  headline="Học sinh Cần Thơ chế tạo thuyền chạy bằng năng lượng mặt trời cho chợ nổi",
  sapo="Chiếc thuyền dài 6 m của nhóm học sinh lớp 11 chở được bốn người, chạy 5 giờ liên tục mà không tốn một giọt xăng.",
  authors=["Trần Thanh Tâm"], tags=["Cần Thơ", "học sinh sáng tạo", "năng lượng mặt trời", "chợ nổi"],
  related=[("Sinh viên chế tạo xe điện từ phế liệu", 20), ("Cuộc thi khoa học kỹ thuật cấp quốc gia sắp khởi tranh", 35), ("Chợ nổi miền Tây thay đổi ra sao", 70)],
  parts=[
      ("p", "Trên mặt sông Cần Thơ sáng 9/3, chiếc xuồng composite màu xanh lá chậm rãi rời bến, mái che phía trên phủ kín sáu tấm pin năng lượng mặt trời. Không có tiếng máy nổ, không có khói, chỉ có tiếng nước rẽ hai bên mạn. Đây là sản phẩm của bốn học sinh lớp 11 Trường THPT Bến Ninh, sau gần một năm mày mò."),
      ("p", "Nhóm gồm Nguyễn Hoàng Phúc, Lê Thị Mỹ Duyên, Trương Minh Khang và Võ Ngọc Hân. Ý tưởng xuất phát từ những buổi sáng Phúc theo mẹ đi bán trái cây ở chợ nổi Cái Răng. \"Xuồng máy chạy suốt buổi, khói xăng bay vào mặt, tiếng ồn lớn đến mức người mua người bán phải hét lên mới nghe thấy nhau\", Phúc kể."),
      ("p", "Nhóm bắt đầu từ một chiếc xuồng cũ mua lại với giá 4 triệu đồng, thay động cơ xăng bằng một động cơ điện công suất 1 kW, lắp bộ ắc quy và bộ điều khiển sạc. Sáu tấm pin trên mái che cung cấp điện cho ắc quy vào ban ngày. Tổng chi phí khoảng 38 triệu đồng, phần lớn do nhà trường và một số doanh nghiệp địa phương tài trợ."),
      ("ad",),
      ("h", "Nhiều lần thất bại"),
      ("p", "Khang, thành viên phụ trách phần điện, cho biết nhóm từng làm cháy bộ điều khiển hai lần vì đấu nối sai. Lần chạy thử đầu tiên, xuồng chỉ đi được 40 phút thì hết điện, cả nhóm phải chèo tay vào bờ. \"Hôm đó mưa to, bốn đứa ướt hết, về nhà ai cũng bị mẹ la\", Khang cười."),
      ("p", "Sau nhiều lần điều chỉnh, nhóm chuyển sang dùng loại ắc quy chuyên dụng cho xe điện, đặt lại góc nghiêng của các tấm pin và giảm trọng lượng mái che. Phiên bản hiện tại có thể chạy liên tục khoảng 5 giờ với tốc độ 8-10 km/h khi trời nắng, chở được bốn người hoặc khoảng 300 kg hàng hóa."),
      ("p", "Thầy Đặng Văn Lợi, giáo viên vật lý hướng dẫn nhóm, nói điều ông quý nhất ở các em là sự kiên trì. \"Các em không giỏi nhất lớp, nhưng các em không bỏ cuộc. Có tuần cả nhóm ở lại trường đến 9 giờ tối để sửa một mối hàn\", thầy Lợi nói."),
      ("p", "Để thiết kế phần thân thuyền, Duyên và Hân tìm đọc tài liệu về đóng tàu, đo đạc những chiếc xuồng ở bến và vẽ lại trên máy tính. Hai em tính toán cách phân bố trọng lượng của ắc quy và hành khách sao cho thuyền cân bằng, không bị nghiêng khi có sóng từ những chiếc ghe lớn chạy qua."),
      ("also", "Sinh viên chế tạo xe điện từ phế liệu", 3369802),
      ("h", "Mong sản phẩm đến với người bán hàng"),
      ("p", "Sản phẩm vừa đoạt giải nhất cuộc thi khoa học kỹ thuật dành cho học sinh trung học cấp thành phố và sẽ tham dự vòng thi cấp quốc gia vào tháng tới. Tuy nhiên, điều nhóm mong muốn nhất là những tiểu thương ở chợ nổi có thể sử dụng thuyền này."),
      ("p", "Bà Sáu Lành, người đã bán khóm ở chợ nổi hơn 20 năm, được nhóm mời đi thử. \"Êm lắm, không có mùi xăng, nói chuyện nghe rõ. Nhưng giá mà rẻ hơn thì tôi mới dám mua\", bà nói sau chuyến đi. Theo tính toán của nhóm, nếu sản xuất hàng loạt, chi phí mỗi chiếc có thể giảm xuống khoảng 25 triệu đồng, và tiền xăng tiết kiệm được mỗi năm khoảng 9 triệu đồng."),
      ("p", "Hiện một doanh nghiệp đóng xuồng composite ở huyện Phong Điền đã liên hệ với nhà trường để tìm hiểu khả năng hợp tác. Nhóm học sinh nói sẽ tiếp tục cải tiến để thuyền có thể sạc thêm từ điện lưới vào ban đêm, giúp tiểu thương đi chợ từ lúc trời chưa sáng."),
  ],
  entities=[("Cần Thơ", "LOC"), ("Trường THPT Bến Ninh", "ORG"), ("Nguyễn Hoàng Phúc", "PER"), ("Phúc", "PER"), ("Lê Thị Mỹ Duyên", "PER"),
            ("Trương Minh Khang", "PER"), ("Khang", "PER"), ("Võ Ngọc Hân", "PER"), ("Cái Răng", "LOC"), ("Đặng Văn Lợi", "PER"),
            ("Lợi", "PER"), ("Sáu Lành", "PER"), ("Phong Điền", "LOC"), ("Duyên", "PER"), ("Hân", "PER")],
  notes="The byline is the bold name at the end of the text; the 'Xem thêm' box between paragraphs is not body.")


# ---------------------------------------------------------------- 03: Đà Lạt homestays and water
A(id=f"{SITE}-03", aid=3648017, cat="Du lịch", cat_slug="du-lich", cat_id=1003231, sub="Điểm đến",
  pub=dt(2017, 9, 22, 11, 5), today=dt(2017, 9, 23, 8, 10), comments=97, image="2017/09/22/da-lat-homestay",
  headline="Đà Lạt bùng nổ homestay, nhiều khu dân cư thiếu nước vào cuối tuần",
  sapo="Số cơ sở lưu trú nhỏ ở Đà Lạt tăng gần gấp ba trong hai năm, trong khi hệ thống cấp nước tại một số phường vẫn được thiết kế cho vài nghìn hộ dân.",
  authors=["Phạm Đức Huy"], tags=["Đà Lạt", "homestay", "nước sạch", "du lịch"],
  related=[("Đà Lạt đón lượng khách kỷ lục dịp lễ", 25), ("Người dân phố núi trồng hoa trong nhà kính", 60), ("Những con dốc đẹp nhất Đà Lạt", 120)],
  parts=[
      ("p", "Tối thứ bảy tuần trước, chị Nguyễn Thị Hạnh ở phường 10, Đà Lạt, mở vòi nước trong bếp nhưng chỉ có vài giọt chảy ra. Đây là lần thứ tư trong tháng nhà chị bị mất nước vào cuối tuần. \"Ngày thường thì bình thường, cứ đến thứ bảy, chủ nhật là yếu hẳn. Cả xóm phải mua nước bình về nấu ăn\", chị nói."),
      ("p", "Theo người dân, tình trạng này bắt đầu từ năm ngoái, khi hàng loạt căn nhà trong khu vực được cải tạo thành homestay cho khách du lịch. Chỉ riêng con hẻm nhà chị Hạnh đã có 7 cơ sở lưu trú, mỗi nơi có từ 5 đến 15 phòng."),
      ("p", "Thống kê của Hiệp hội Lưu trú Cao nguyên, một tổ chức do các chủ cơ sở lưu trú thành lập, cho thấy Đà Lạt hiện có khoảng 1.400 homestay và nhà nghỉ nhỏ, gấp gần ba lần so với năm 2015. Phần lớn tập trung ở các phường trung tâm và những khu đồi có tầm nhìn đẹp."),
      ("ad",),
      ("h", "Hệ thống cấp nước quá tải"),
      ("p", "Ông Trương Công Bình, kỹ sư cấp thoát nước đã nghỉ hưu, từng tham gia thiết kế mạng lưới đường ống ở một số phường của Đà Lạt, cho rằng vấn đề nằm ở chỗ hệ thống được xây dựng để phục vụ dân cư, không phải khách du lịch. \"Một hộ gia đình bốn người dùng khoảng 0,5 mét khối nước mỗi ngày. Một homestay 10 phòng kín khách vào cuối tuần có thể dùng gấp năm lần\", ông nói."),
      ("p", "Theo ông Bình, nhiều tuyến ống nhánh trong hẻm có đường kính nhỏ, áp lực nước ở các điểm cao lại thấp, nên khi lượng sử dụng tăng đột biến, những nhà ở cuối tuyến hoặc trên dốc là nơi bị ảnh hưởng đầu tiên."),
      ("p", "Một số chủ homestay thừa nhận thực tế này. Anh Lê Hoàng Nam, chủ một cơ sở 12 phòng, cho biết anh đã lắp thêm hai bồn chứa 2 mét khối để trữ nước từ giữa tuần. \"Khách lên Đà Lạt chơi, tắm nước nóng lâu lắm. Mình không trữ thì tối thứ bảy cũng hết nước như hàng xóm\", anh nói."),
      ("also", "Đà Lạt đón lượng khách kỷ lục dịp lễ", 3640552),
      ("p", "Không chỉ nước, hệ thống thu gom rác và thoát nước thải ở nhiều con hẻm cũng chịu áp lực tương tự. Vào những dịp lễ, xe thu gom phải chạy thêm chuyến, trong khi một số cống nhỏ bị tắc do lượng nước thải tăng đột biến từ các cơ sở lưu trú."),
      ("h", "Người dân đề xuất giải pháp"),
      ("p", "Tại một buổi họp tổ dân phố giữa tháng 9, người dân phường 10 đề xuất yêu cầu các cơ sở lưu trú lắp bồn chứa và đồng hồ nước riêng, đồng thời áp dụng giá nước kinh doanh thay vì giá sinh hoạt. Một số hộ cũng kiến nghị hạn chế cấp phép homestay mới trong các hẻm nhỏ."),
      ("p", "Bà Võ Thị Mai, tổ trưởng tổ dân phố, nói người dân không phản đối du lịch. \"Nhiều nhà trong xóm cũng sống nhờ khách. Nhưng phải có quy định để ai cũng có nước dùng, không thể để người ở lâu năm chịu thiệt\", bà nói."),
      ("p", "Trong khi đó, ông Trần Minh Quân, chủ tịch Hiệp hội Lưu trú Cao nguyên, cho biết hiệp hội sẽ khuyến khích các thành viên lắp thiết bị tiết kiệm nước và bồn chứa. \"Homestay là một phần của kinh tế Đà Lạt bây giờ. Chúng tôi muốn phát triển cùng khu dân cư, không muốn bị xem là nguyên nhân gây mất nước\", ông Quân nói."),
      ("p", "Mùa cao điểm du lịch cuối năm sắp bắt đầu, khi lượng khách đến Đà Lạt thường tăng mạnh. Nhiều người dân ở các khu đồi đã bắt đầu mua thêm bồn chứa, chuẩn bị cho những ngày cuối tuần thiếu nước."),
  ],
  entities=[("Đà Lạt", "LOC"), ("Nguyễn Thị Hạnh", "PER"), ("Hạnh", "PER"), ("Hiệp hội Lưu trú Cao nguyên", "ORG"), ("Trương Công Bình", "PER"),
            ("Bình", "PER"), ("Lê Hoàng Nam", "PER"), ("Võ Thị Mai", "PER"), ("Trần Minh Quân", "PER"), ("Quân", "PER")],
  notes="The byline is the bold name at the end of the text; 'phường 10' is a ward number and is not annotated as a named location.")

# ---------------------------------------------------------------- 04: e-magazine, conical hat makers in Huế (no h1)
A(id=f"{SITE}-04", aid=3826644, cat="Đời sống", cat_slug="doi-song", cat_id=1002966, sub="Nhịp sống", emagazine=True,
  pub=dt(2018, 11, 5, 6, 0), today=dt(2018, 11, 5, 21, 30), comments=64, image="2018/11/05/non-la-hue",
  headline="Những người giữ lửa nghề chằm nón ở làng Tây Hồ",
  sapo="Mỗi chiếc nón bài thơ cần 16 vành tre, hàng trăm mũi kim và gần ba ngày làm việc. Ở làng Tây Hồ bên bờ sông Như Ý, chỉ còn vài chục người đủ kiên nhẫn theo nghề.",
  authors=["Hoàng Thị Ngọc Anh"], tags=["Huế", "làng nghề", "nón lá", "văn hóa"],
  related=[("Làng hương Thủy Xuân rực rỡ sắc màu", 30), ("Nghệ nhân gốm Phước Tích và những lò nung cuối cùng", 75), ("Áo dài xưa trong tủ đồ của bà", 150)],
  parts=[
      ("p", "Năm giờ sáng, khi sương còn phủ trắng mặt sông Như Ý, bà Trần Thị Lài đã ngồi bên hiên nhà, chiếc khuôn nón đặt trên đùi. Bà năm nay 72 tuổi, đã chằm nón được 60 năm. Đôi tay gầy, gân xanh nổi rõ, nhưng những mũi kim vẫn đều tăm tắp."),
      ("p", "\"Hồi nhỏ, con gái trong làng ai cũng biết chằm nón. Mẹ dạy con, bà dạy cháu, tối nào cả xóm cũng ngồi chằm dưới ánh đèn dầu, vừa làm vừa hát\", bà Lài nhớ lại. \"Bây giờ con cháu đi làm công ty hết, chỉ còn mấy bà già như tôi.\""),
      ("p", "Làng Tây Hồ, thuộc huyện Phú Vang, tỉnh Thừa Thiên Huế, từng là nơi cung cấp phần lớn nón bài thơ cho các chợ ở Huế. Nón bài thơ khác với nón lá thông thường ở chỗ giữa hai lớp lá có kẹp những hình cắt giấy và câu thơ, chỉ hiện lên khi soi nón ngược sáng."),
      ("h", "Mười sáu vành tre và hàng trăm mũi kim"),
      ("p", "Để làm một chiếc nón, người thợ phải qua nhiều công đoạn. Lá nón được mua từ các vùng núi phía tây, đem phơi sương cho mềm, rồi ủi phẳng bằng một miếng gang nung nóng. Tre được chẻ thành những nan nhỏ, uốn thành 16 vành tròn có đường kính to nhỏ khác nhau, xếp lên khuôn hình chóp."),
      ("p", "Sau đó, người thợ xếp từng lớp lá lên khuôn, chèn hình cắt giấy vào giữa, rồi dùng sợi cước hoặc chỉ tơ khâu lá vào vành. Mỗi vòng khâu phải đều tay, mũi kim cách nhau chừng một phân. Một người thợ giỏi mất khoảng hai ngày rưỡi đến ba ngày cho một chiếc nón bài thơ loại tốt."),
      ("p", "Chị Nguyễn Thị Thu Sương, con dâu bà Lài, là một trong số ít người trẻ còn theo nghề. Chị 38 tuổi, vừa làm nón vừa bán hàng online. \"Ngày trước một chiếc nón bán được vài chục nghìn đồng, không đủ sống. Bây giờ khách du lịch và khách ở nước ngoài đặt hàng qua mạng, một chiếc nón bài thơ đẹp bán được 200 nghìn đến 300 nghìn đồng\", chị nói."),
      ("fig", "2018/11/05/non-la-hue-2", "Bà Trần Thị Lài khâu lớp lá ngoài cùng của một chiếc nón bài thơ.", "Ảnh: Hoàng Thị Ngọc Anh"),
      ("h", "Làng nghề trước ngã rẽ"),
      ("p", "Theo thống kê của những người trong làng, vào những năm 1990, Tây Hồ có hơn 300 hộ làm nón. Đến nay chỉ còn khoảng 40 hộ, phần lớn là người cao tuổi. Thanh niên trong làng chủ yếu đi làm ở các khu công nghiệp, nhà máy may hoặc vào Nam lập nghiệp."),
      ("p", "Ông Lê Văn Phước, người từng làm trưởng thôn nhiều năm, cho rằng nguyên nhân chính là thu nhập. \"Một người thợ chằm nón giỏi, làm quần quật cả tháng, được chừng ba triệu đồng. Đi làm công nhân thì được sáu, bảy triệu, lại có bảo hiểm. Không thể trách bọn trẻ được\", ông nói."),
      ("p", "Nón lá công nghiệp, làm bằng máy hoặc bằng vật liệu nhựa giả lá, cũng khiến giá nón thủ công khó cạnh tranh. Ở các chợ du lịch, nhiều chiếc nón bán cho khách với giá chỉ 30 nghìn đồng, phần lớn không phải nón làm tay ở Huế."),
      ("also", "Làng hương Thủy Xuân rực rỡ sắc màu", 3810236),
      ("h", "Những hướng đi mới"),
      ("p", "Một số người trong làng đang tìm cách thay đổi. Năm ngoái, chị Sương cùng năm người phụ nữ khác lập một tổ hợp tác nhỏ, đặt tên là Nón Như Ý, nhận làm nón theo đơn đặt hàng riêng: nón in tên, nón cưới, nón có câu thơ do khách tự chọn. Tổ cũng mở lớp dạy chằm nón cho khách du lịch, mỗi buổi hai tiếng."),
      ("p", "\"Khách nước ngoài rất thích ngồi học chằm nón. Họ làm được vài vòng khâu là hiểu vì sao chiếc nón đắt\", chị Sương nói. Theo chị, mỗi tháng tổ đón khoảng 15 đến 20 đoàn khách, chủ yếu từ các khách sạn trong thành phố Huế."),
      ("p", "Anh Phan Quốc Bảo, một nhà thiết kế trẻ ở Huế, đã hợp tác với tổ để làm những chiếc nón kết hợp với thêu tay và vải thổ cẩm. Anh cho rằng nghề chằm nón chỉ sống được khi sản phẩm được bán với giá xứng đáng. \"Người ta sẵn sàng trả tiền cho một chiếc túi thủ công. Nón lá cũng vậy, nếu câu chuyện của nó được kể đúng cách\", anh nói."),
      ("p", "Tuy vậy, những người già trong làng vẫn lo. Bà Lài nói bà không chắc các cháu của mình sẽ còn giữ nghề. \"Tôi dạy được đứa nào thì dạy. Nhưng muốn giữ nghề thì phải sống được bằng nghề. Cái đó tôi không làm được\", bà nói."),
      ("p", "Khi mặt trời lên cao, bà Lài khâu xong vòng cuối cùng của chiếc nón. Bà giơ nón lên trước nắng, những hình cắt giấy hiện ra: một con đò trên sông, một câu thơ về Huế. Chiếc nón ấy sẽ theo một vị khách ở Đà Nẵng đã đặt hàng từ tuần trước."),
  ],
  entities=[("Tây Hồ", "LOC"), ("Như Ý", "LOC"), ("Trần Thị Lài", "PER"), ("Lài", "PER"), ("Phú Vang", "LOC"), ("Thừa Thiên Huế", "LOC"),
            ("Huế", "LOC"), ("Nguyễn Thị Thu Sương", "PER"), ("Sương", "PER"), ("Lê Văn Phước", "PER"), ("Nón Như Ý", "ORG"),
            ("Phan Quốc Bảo", "PER"), ("Đà Nẵng", "LOC")],
  notes="Long-form 'e-magazine' template: the headline is set in a <div class=\"title-emagazine\"> and the page has no <h1>; the byline is the bold name at the end; the photo credit after the caption is not part of the caption block.")


# ---------------------------------------------------------------- 05: Đắk Lắk specialty coffee (variant 13 = numeric character references)
A(id=f"{SITE}-05", aid=3956281, cat="Kinh doanh", cat_slug="kinh-doanh", cat_id=1003159, sub="Hàng hóa",
  pub=dt(2019, 7, 14, 16, 30), today=dt(2019, 7, 15, 7, 45), comments=23, image="2019/07/14/ca-phe-dac-san",
  headline="Nông dân Đắk Lắk chuyển sang cà phê đặc sản, giá bán cao gấp ba",
  sapo="Thay vì bán cà phê nhân xô theo giá sàn, nhiều nhà vườn ở Krông Năng hái quả chín, sơ chế kỹ và bán thẳng cho các quán rang xay ở thành phố.",
  authors=["Y Nguyên Niê"], tags=["cà phê", "Đắk Lắk", "nông sản", "cà phê đặc sản"],
  related=[("Giá cà phê xuống thấp nhất nhiều năm", 14), ("Quán cà phê rang xay nhỏ mọc lên khắp Sài Gòn", 50), ("Mùa hoa cà phê ở Tây Nguyên", 120)],
  parts=[
      ("p", "Giữa tháng bảy, vườn cà phê rộng hai hecta của anh Nguyễn Văn Tài ở huyện Krông Năng, tỉnh Đắk Lắk, đang vào giai đoạn nuôi quả. Năm nay, anh không còn lo giá cà phê như những năm trước. Toàn bộ sản lượng của vườn đã được một công ty rang xay ở TP HCM đặt mua với giá cố định, cao gấp khoảng ba lần giá cà phê nhân thông thường."),
      ("p", "Ba năm trước, anh Tài vẫn thu hoạch theo cách cũ: tuốt cả cành, quả xanh lẫn quả chín, phơi trên sân đất rồi bán cho đại lý. \"Giá lên giá xuống theo thế giới, mình không quyết được gì. Có năm bán không đủ tiền phân bón\", anh nói."),
      ("p", "Năm 2017, anh tham gia một lớp tập huấn về cà phê đặc sản do Công ty Cà phê Buôn Sao tổ chức. Từ đó, gia đình anh chỉ hái quả chín đỏ, phân loại bằng tay, phơi trên giàn cao hoặc trong nhà kính, và ghi chép từng mẻ chế biến."),
      ("ad",),
      ("p", "Cà phê đặc sản là loại cà phê được chấm từ 80 điểm trở lên trên thang 100 điểm theo tiêu chuẩn của các tổ chức thử nếm quốc tế. Để đạt mức điểm này, hạt cà phê phải đồng đều, ít lỗi và có hương vị đặc trưng. Ở Việt Nam, loại cà phê này chủ yếu là arabica trồng ở vùng cao, nhưng gần đây một số nông dân đã làm được robusta chất lượng cao."),
      ("p", "Ông Lê Quang Hưng, giám đốc Công ty Cà phê Buôn Sao, cho biết công ty đang thu mua của khoảng 60 hộ nông dân ở Krông Năng và Ea H'leo. \"Chúng tôi trả giá cao hơn vì chất lượng cao hơn. Nhưng đổi lại, nông dân phải làm đúng quy trình, không được trộn hàng\", ông nói."),
      ("p", "Mỗi lô cà phê của nông dân được công ty lấy mẫu, rang thử và chấm điểm trước khi thu mua. Những lô đạt điểm cao được bán riêng với tên của hộ trồng in trên bao bì, để người uống biết ly cà phê của mình đến từ vườn nào."),
      ("p", "Theo ông Hưng, thị trường cà phê đặc sản trong nước tăng nhanh nhờ các quán cà phê rang xay nhỏ ở thành phố lớn, nơi khách hàng trẻ sẵn sàng trả 60 nghìn đến 80 nghìn đồng cho một ly cà phê pha thủ công. Một phần sản lượng của công ty cũng được xuất sang Hàn Quốc và Australia."),
      ("p", "Tuy vậy, chuyển đổi không dễ. Hái chọn quả chín tốn công gấp ba lần, trong khi sản lượng cà phê đạt chuẩn chỉ chiếm khoảng 30 đến 40 phần trăm tổng sản lượng của vườn. Phần còn lại vẫn phải bán theo giá thị trường."),
      ("p", "Chị H'Mai Êban, một nông dân ở xã Ea Tóh, cho biết năm đầu tiên gia đình chị gần như không có lãi vì tốn tiền thuê người hái và làm giàn phơi. \"Năm thứ hai mới thấy khác. Bây giờ khách quen ở Hà Nội gọi điện hỏi hàng trước cả mùa\", chị nói."),
      ("p", "Các chuyên gia cho rằng việc nông dân chủ động nâng chất lượng là hướng đi đúng, nhưng cần có sự liên kết chặt chẽ với doanh nghiệp. Ông Đỗ Văn Khải, một chuyên gia nông nghiệp từng làm việc nhiều năm ở Tây Nguyên, lưu ý rằng thị trường đặc sản còn nhỏ. \"Nếu tất cả cùng chạy theo đặc sản mà không có đầu ra ổn định, giá sẽ giảm rất nhanh\", ông nói."),
      ("p", "Anh Tài đang có kế hoạch xây một nhà sơ chế nhỏ và tự rang một phần sản lượng để bán trực tiếp cho khách du lịch ghé thăm vườn. \"Trước đây mình chỉ biết trồng. Bây giờ mình biết ly cà phê của mình có vị gì\", anh nói."),
  ],
  entities=[("Đắk Lắk", "LOC"), ("Krông Năng", "LOC"), ("Nguyễn Văn Tài", "PER"), ("Tài", "PER"), ("TP HCM", "LOC"),
            ("Công ty Cà phê Buôn Sao", "ORG"), ("Việt Nam", "LOC"), ("Lê Quang Hưng", "PER"), ("Hưng", "PER"), ("Ea H'leo", "LOC"),
            ("Hàn Quốc", "LOC"), ("Australia", "LOC"), ("H'Mai Êban", "PER"), ("Ea Tóh", "LOC"), ("Hà Nội", "LOC"),
            ("Đỗ Văn Khải", "PER"), ("Tây Nguyên", "LOC")],
  notes="The byline is the bold name at the end of the text; the old template has no <article>, no JSON-LD and no date meta tag, so the date is only in the visible date line.")


# ---------------------------------------------------------------- 06: volunteers sewing masks
A(id=f"{SITE}-06", aid=4071936, cat="Sức khỏe", cat_slug="suc-khoe", cat_id=1003750, sub="Tin tức",
  pub=dt(2020, 4, 2, 20, 15), today=dt(2020, 4, 3, 6, 20), comments=131, image="2020/04/02/may-khau-trang",
  headline="Xưởng may nhỏ ở Hải Phòng làm 5.000 khẩu trang vải mỗi ngày để phát miễn phí",
  sapo="Tám thợ may và hơn hai chục tình nguyện viên thay nhau làm việc đến khuya, gửi khẩu trang đến chợ, bến xe và các khu trọ công nhân.",
  authors=["Đinh Thu Hà"], tags=["khẩu trang", "Hải Phòng", "tình nguyện", "sức khỏe"],
  related=[("Cách giặt và bảo quản khẩu trang vải", 3), ("Những bữa cơm miễn phí cho công nhân trọ", 10), ("Xưởng may chuyển sang sản xuất đồ bảo hộ", 20)],
  parts=[
      ("p", "Căn phòng rộng chưa đầy 40 mét vuông ở quận Lê Chân, Hải Phòng, những ngày này sáng đèn đến gần nửa đêm. Tám chiếc máy may chạy liên tục, xung quanh là những chồng vải kháng khuẩn, cuộn chun và hàng trăm chiếc khẩu trang vừa hoàn thành được xếp vào túi nilon."),
      ("p", "Xưởng may của chị Vũ Thị Phương vốn chuyên may đồng phục học sinh. Từ giữa tháng ba, khi trường học đóng cửa và đơn hàng bị hủy, chị quyết định dùng số vải còn tồn để may khẩu trang phát miễn phí. \"Thợ không có việc, vải nằm trong kho, còn ngoài kia người ta cần khẩu trang. Vậy thì làm thôi\", chị nói."),
      ("p", "Ban đầu, xưởng chỉ làm được vài trăm chiếc mỗi ngày. Sau khi chị đăng lời kêu gọi trên mạng xã hội, nhiều người đến giúp: sinh viên cắt vải, cô giáo về hưu xâu chun, người lái xe ôm công nghệ nhận chở khẩu trang đi phát. Đến nay, mỗi ngày xưởng làm được khoảng 5.000 chiếc."),
      ("ad",),
      ("h", "Mỗi chiếc khẩu trang ba lớp"),
      ("p", "Mỗi chiếc khẩu trang gồm ba lớp vải, lớp giữa là vải kháng khuẩn được một công ty dệt ở Nam Định tặng. Khẩu trang có thể giặt và dùng lại khoảng 30 lần. Các tình nguyện viên đóng gói mỗi túi 10 chiếc, kèm tờ hướng dẫn cách đeo và giặt."),
      ("p", "Anh Phạm Quốc Việt, sinh viên năm ba, tham gia từ tuần đầu tiên. Mỗi tối sau giờ học trực tuyến, anh đến xưởng cắt vải đến 11 giờ đêm. \"Em không biết may, nên em làm việc đơn giản nhất. Cắt đúng kích thước để các cô may nhanh hơn\", Việt nói."),
      ("also", "Cách giặt và bảo quản khẩu trang vải", 4068820),
      ("p", "Khẩu trang được gửi đến các chợ đầu mối, bến xe, bệnh viện và những khu nhà trọ công nhân ở ven thành phố. Bà Nguyễn Thị Gấm, bán rau ở chợ Cát Bi, nhận được một túi khẩu trang hôm thứ hai. \"Ngoài hiệu thuốc giá lên cao quá, mình bán rau cả ngày không đủ tiền mua. Nhận được thế này quý lắm\", bà nói."),
      ("p", "Tiền điện, chỉ may và chun do chị Phương tự bỏ ra, cùng với khoảng 40 triệu đồng quyên góp từ bạn bè và khách hàng cũ. Một số doanh nghiệp cũng gửi tặng vải và thùng giấy đóng gói."),
      ("p", "Bác sĩ Lương Minh Đức, công tác tại một bệnh viện ở Hải Phòng, cho biết khẩu trang vải nhiều lớp giặt sạch có thể giúp hạn chế giọt bắn khi người dân ra đường, nhưng không thay thế được các biện pháp khác. \"Người dân vẫn cần rửa tay thường xuyên, giữ khoảng cách và hạn chế tụ tập\", ông nói."),
      ("p", "Chị Phương cho biết xưởng sẽ tiếp tục may khẩu trang miễn phí cho đến khi hết vải. \"Bao giờ trường học mở lại, có đơn đồng phục thì chúng tôi quay lại việc cũ. Còn bây giờ, làm được gì thì làm\", chị nói."),
  ],
  entities=[("Lê Chân", "LOC"), ("Hải Phòng", "LOC"), ("Vũ Thị Phương", "PER"), ("Phương", "PER"), ("Nam Định", "LOC"),
            ("Phạm Quốc Việt", "PER"), ("Việt", "PER"), ("Nguyễn Thị Gấm", "PER"), ("Cát Bi", "LOC"), ("Lương Minh Đức", "PER")],
  notes="The byline is the bold name at the end of the text; the 'Xem thêm' box is not body.")

# ---------------------------------------------------------------- 07: flood recovery in Quảng Bình
A(id=f"{SITE}-07", aid=4213580, cat="Thời sự", cat_slug="thoi-su", cat_id=1001005, sub="Dân sinh",
  pub=dt(2020, 12, 20, 10, 45), today=dt(2020, 12, 21, 8, 0), comments=56, image="2020/12/20/lu-quang-binh",
  headline="Hai tháng sau lũ, người dân vùng rốn lũ Quảng Bình dựng lại nhà trên nền cao",
  sapo="Nhiều gia đình ở Lệ Thủy vay tiền, góp công với hàng xóm để nâng nền nhà thêm một mét, với hy vọng lần lũ sau nước không vào đến giường ngủ.",
  authors=["Nguyễn Đức Hùng"], tags=["Quảng Bình", "lũ lụt", "miền Trung", "tái thiết"],
  related=[("Miền Trung trước mùa mưa bão mới", 40), ("Những chiếc thuyền cứu hộ tự chế", 55), ("Học sinh vùng lũ trở lại trường", 50)],
  parts=[
      ("p", "Trên khoảng đất trống trước nhà, ông Trần Văn Bảy cùng ba người hàng xóm đang đổ bê tông cho cái nền mới. Nền nhà cũ của ông ở thôn Tân Lệ, huyện Lệ Thủy, tỉnh Quảng Bình, cao hơn mặt đường chừng nửa mét. Nền mới sẽ cao thêm gần một mét nữa."),
      ("p", "\"Đợt lũ tháng mười, nước lên tới ngang ngực trong nhà. Cả nhà phải leo lên gác ba ngày ba đêm\", ông Bảy kể. \"Lũ về năm nào cũng có, nhưng chưa năm nào cao như năm nay. Không nâng nền thì không yên tâm ở được.\""),
      ("p", "Theo ước tính của người dân địa phương, trong đợt lũ lịch sử hồi tháng mười, hàng nghìn ngôi nhà ở vùng trũng của Lệ Thủy bị ngập sâu từ 2 đến 3 mét, nhiều nơi ngập hơn một tuần. Đồ đạc, lúa giống, gia súc gia cầm của nhiều gia đình bị cuốn trôi."),
      ("fig", "2020/12/20/lu-quang-binh-1", "Người dân thôn Tân Lệ góp công đổ bê tông nâng nền nhà cho một hộ trong xóm.", "Ảnh: Nguyễn Đức Hùng"),
      ("ad",),
      ("h", "Góp công, vay tiền"),
      ("p", "Chi phí để nâng nền và sửa lại một ngôi nhà cấp bốn vào khoảng 60 đến 100 triệu đồng, một khoản tiền lớn với các gia đình làm nông. Ông Bảy đã vay 50 triệu đồng từ quỹ tín dụng của xã và được con trai làm công nhân ở Bình Dương gửi về thêm 20 triệu."),
      ("p", "Ở thôn Tân Lệ, người dân góp công cho nhau theo kiểu đổi công: hôm nay cả xóm làm nhà này, mai làm nhà khác. Anh Hoàng Văn Lực, thợ hồ trong thôn, nói anh đã tham gia nâng nền cho 11 nhà kể từ khi nước rút. \"Mình làm cho người ta, đến lượt nhà mình thì người ta làm lại. Ở quê vẫn vậy\", anh nói."),
      ("p", "Nhiều tổ chức thiện nguyện cũng hỗ trợ vật liệu. Quỹ Mái Ấm Miền Trung, một quỹ do nhóm doanh nhân quê Quảng Bình ở TP HCM lập ra, đã tặng xi măng và sắt thép cho khoảng 120 hộ có nhà bị hư hỏng nặng."),
      ("p", "Những ngày nước lên, người dân trong thôn dùng thuyền nhôm và cả thùng phuy kết lại thành bè để đưa người già, trẻ nhỏ đến nhà văn hóa thôn, nơi có nền cao nhất trong vùng. Có thời điểm hơn 200 người phải ở chung trong căn nhà rộng chừng 150 mét vuông suốt bốn ngày."),
      ("also", "Miền Trung trước mùa mưa bão mới", 4190234),
      ("h", "Nhà chống lũ"),
      ("p", "Một số gia đình chọn cách xây thêm tầng gác kiên cố thay vì nâng nền. Kiến trúc sư Phan Thị Diệu Linh, người tham gia một dự án thiết kế nhà chống lũ cho miền Trung, cho biết mô hình nhà có gác lửng bằng bê tông, nối với mái bằng cầu thang cố định, giúp người dân có chỗ trú an toàn và cất giữ tài sản khi nước lên."),
      ("p", "\"Chi phí không cao hơn nhiều so với sửa nhà thông thường, nhưng phải tính từ đầu. Điều quan trọng là người dân cần được tư vấn trước khi xây lại, chứ không phải xây xong rồi mới thấy chưa đủ cao\", bà Linh nói."),
      ("p", "Bên cạnh nhà cửa, người dân còn lo chuyện sinh kế. Vụ lúa đông xuân sắp bắt đầu, nhưng nhiều ruộng vẫn còn lớp bùn dày và rác do lũ để lại. Bà Lê Thị Nguyệt, hàng xóm của ông Bảy, cho biết gia đình bà mất toàn bộ 30 con lợn và hơn 200 con gà. \"Giờ chưa biết lấy vốn đâu để nuôi lại\", bà nói."),
      ("p", "Chiều muộn, mẻ bê tông cuối cùng được đổ xong. Ông Bảy đứng trên nền mới, nhìn ra cánh đồng phía xa. \"Cao thế này chắc lũ năm sau không vào được nữa\", ông nói, rồi ngập ngừng: \"Mà cũng chưa biết được.\""),
  ],
  entities=[("Trần Văn Bảy", "PER"), ("Bảy", "PER"), ("Tân Lệ", "LOC"), ("Lệ Thủy", "LOC"), ("Quảng Bình", "LOC"), ("Bình Dương", "LOC"),
            ("Hoàng Văn Lực", "PER"), ("Quỹ Mái Ấm Miền Trung", "ORG"), ("TP HCM", "LOC"), ("Phan Thị Diệu Linh", "PER"), ("Linh", "PER"),
            ("miền Trung", "LOC"), ("Lê Thị Nguyệt", "PER")],
  notes="The byline is the bold name at the end of the text; the photo credit is left out of the caption block; 'miền Trung' (central Vietnam) is annotated as LOC. Adjudicated with the second annotation (December 2026): the figure's itemprop attributes stand without any itemscope, so the page has no microdata item and microdata does not apply (GUIDELINES 10).")


# ---------------------------------------------------------------- 08: motorbike repair app (new template)
A(id=f"{SITE}-08", aid=4361277, cat="Số hóa", cat_slug="so-hoa", cat_id=1002592, sub="Công nghệ",
  pub=dt(2021, 10, 15, 14, 20), today=dt(2021, 10, 16, 9, 30), comments=35, image="2021/10/15/app-sua-xe",
  headline="Ứng dụng gọi thợ sửa xe máy tận nơi gọi vốn thành công 2 triệu USD",
  sapo="Startup của ba kỹ sư trẻ kết nối hơn 3.000 thợ sửa xe tự do ở Hà Nội và TP HCM, nhận khoảng 1.500 cuốc sửa mỗi ngày.",
  authors=["Vũ Hoàng Long"], tags=["startup", "gọi vốn", "xe máy", "ứng dụng"],
  related=[("Startup giao đồ ăn thu hẹp hoạt động", 30), ("Xu hướng sửa chữa tại nhà lên ngôi", 90), ("Năm xu hướng công nghệ đáng chú ý", 200)],
  parts=[
      ("p", "Công ty Khởi nghiệp Xe Ổn, đơn vị phát triển ứng dụng gọi thợ sửa xe máy tận nơi, vừa hoàn tất vòng gọi vốn hạt giống trị giá 2 triệu USD. Vòng gọi vốn do quỹ đầu tư Mekong Mầm Non dẫn dắt, cùng sự tham gia của một số nhà đầu tư cá nhân trong nước."),
      ("p", "Xe Ổn được ba kỹ sư phần mềm Trịnh Minh Đức, Lê Thanh Tùng và Nguyễn Bảo Ngọc thành lập năm 2019. Ý tưởng ra đời sau khi Đức bị thủng lốp giữa đường lúc 11 giờ đêm và phải dắt xe gần 3 km mới tìm được một tiệm còn mở cửa."),
      ("p", "\"Việt Nam có hàng chục triệu xe máy, nhưng khi xe hỏng giữa đường thì gần như không có cách nào gọi người đến sửa. Trong khi đó, có rất nhiều thợ giỏi làm việc tự do, không có cửa hàng\", Đức nói."),
      ("ad",),
      ("p", "Người dùng mở ứng dụng, chọn loại sự cố như thủng lốp, hết ắc quy, chết máy, và ứng dụng sẽ tìm thợ gần nhất. Thời gian chờ trung bình hiện là 18 phút ở nội thành. Giá dịch vụ được niêm yết trước, thợ nhận khoảng 80% doanh thu, phần còn lại thuộc về công ty."),
      ("p", "Theo công ty, ứng dụng hiện có hơn 3.000 thợ sửa xe tự do ở Hà Nội và TP HCM, nhận khoảng 1.500 cuốc sửa mỗi ngày. Doanh thu năm nay ước đạt 12 tỷ đồng, gấp bốn lần năm ngoái, dù công ty vẫn chưa có lãi."),
      ("also", "Xu hướng sửa chữa tại nhà lên ngôi", 4301102),
      ("p", "Anh Đặng Văn Quý, 42 tuổi, làm thợ sửa xe lưu động ở quận Gò Vấp đã hơn 15 năm. Trước đây, anh đứng chờ khách ở một góc ngã tư, có ngày chỉ được vài cuốc. \"Từ khi dùng ứng dụng, ngày nào cũng có khách, có hôm 12 cuốc. Thu nhập tăng gần gấp đôi\", anh nói."),
      ("p", "Số tiền mới huy động sẽ được dùng để mở rộng ra Đà Nẵng và Cần Thơ trong năm tới, phát triển dịch vụ bảo dưỡng định kỳ cho các doanh nghiệp giao hàng có đội xe lớn, và xây dựng hệ thống đào tạo, chứng nhận tay nghề cho thợ."),
      ("p", "Bà Trương Mỹ Linh, đối tác tại quỹ Mekong Mầm Non, cho biết quỹ đánh giá cao việc Xe Ổn giải quyết một nhu cầu rất thực tế. \"Đây không phải một ứng dụng cho người thích công nghệ. Đây là ứng dụng cho người đang đứng cạnh chiếc xe hỏng lúc nửa đêm\", bà nói."),
      ("p", "Tuy nhiên, một số chuyên gia cho rằng mô hình này sẽ gặp thách thức trong việc kiểm soát chất lượng dịch vụ và giá cả khi mở rộng. Ông Hoàng Nam Tiến, người có nhiều năm tư vấn cho các startup trong nước, nhận định bài toán khó nhất là giữ được thợ giỏi khi các ứng dụng khác cạnh tranh bằng mức chiết khấu thấp hơn."),
  ],
  entities=[("Công ty Khởi nghiệp Xe Ổn", "ORG"), ("Xe Ổn", "ORG"), ("Mekong Mầm Non", "ORG"), ("Trịnh Minh Đức", "PER"), ("Đức", "PER"),
            ("Lê Thanh Tùng", "PER"), ("Nguyễn Bảo Ngọc", "PER"), ("Việt Nam", "LOC"), ("Hà Nội", "LOC"), ("TP HCM", "LOC"),
            ("Đặng Văn Quý", "PER"), ("Gò Vấp", "LOC"), ("Đà Nẵng", "LOC"), ("Cần Thơ", "LOC"), ("Trương Mỹ Linh", "PER"),
            ("Hoàng Nam Tiến", "PER")],
  notes="The byline is the bold name at the end of the text; new template with JSON-LD and a bare-headline <title>.")


# ---------------------------------------------------------------- 09: small-town football club promotion
A(id=f"{SITE}-09", aid=4498510, cat="Thể thao", cat_slug="the-thao", cat_id=1002565, sub="Bóng đá", og_title="CLB Phố Núi Gia Lai lên hạng: Kỳ tích của đội bóng phố núi",
  pub=dt(2022, 8, 9, 19, 50), today=dt(2022, 8, 10, 7, 5), comments=212, image="2022/08/09/pho-nui-len-hang",
  headline="Đội bóng phố núi thăng hạng sau 14 năm chờ đợi",
  sapo="Chiến thắng 2-1 trên sân nhà trước đội xếp thứ hai giúp CLB Phố Núi Gia Lai giành suất lên chơi ở hạng đấu cao hơn khi giải còn hai vòng.",
  authors=["Ksor Hải"], tags=["bóng đá", "Gia Lai", "thăng hạng", "giải hạng Nhì"],
  related=[("Lịch thi đấu vòng cuối giải hạng Nhì", 2), ("Học viện bóng đá nhỏ ở Tây Nguyên", 100), ("Sân vận động tỉnh được cải tạo mặt cỏ", 60)],
  parts=[
      ("p", "Khi tiếng còi kết thúc vang lên trên sân vận động Pleiku tối 9/8, hàng nghìn cổ động viên tràn xuống đường pitch. CLB Phố Núi Gia Lai vừa thắng CLB Sông Hàn Trẻ 2-1 ở vòng 16 giải hạng Nhì, chính thức giành quyền thăng hạng khi giải còn hai vòng đấu."),
      ("p", "Đây là lần đầu tiên sau 14 năm, đội bóng của thành phố Pleiku trở lại hạng đấu cao hơn. Lần gần nhất đội thăng hạng là năm 2008, nhưng chỉ trụ lại được một mùa trước khi xuống hạng vì khó khăn tài chính."),
      ("p", "Trận đấu diễn ra căng thẳng. Đội khách mở tỷ số ở phút 23 sau một tình huống phản công nhanh. Phải đến phút 58, tiền đạo Rơ Châm Phin mới gỡ hòa bằng cú đánh đầu từ quả phạt góc. Ở phút 81, tiền vệ trẻ Lê Văn Khoa sút xa từ ngoài vòng cấm, ấn định chiến thắng."),
      ("ad",),
      ("h", "Đội bóng của người trẻ"),
      ("p", "Điều đặc biệt là 17 trong số 25 cầu thủ của đội trưởng thành từ lò đào tạo của chính câu lạc bộ. Nhiều em là người dân tộc thiểu số ở các huyện quanh Pleiku, được phát hiện qua các giải bóng đá thiếu niên do câu lạc bộ tổ chức hằng năm."),
      ("p", "Huấn luyện viên trưởng Nguyễn Hữu Thành, người dẫn dắt đội từ năm 2019, nói ông tự hào nhất về sự trưởng thành của các cầu thủ trẻ. \"Ba năm trước, nhiều em còn chưa từng đá trên sân cỏ tự nhiên. Hôm nay các em đánh bại một đội có ngân sách gấp ba lần mình\", ông nói."),
      ("also", "Học viện bóng đá nhỏ ở Tây Nguyên", 4420871),
      ("p", "Rơ Châm Phin, 21 tuổi, người ghi bàn gỡ hòa, đến từ một làng nhỏ ở huyện Chư Păh. Anh bắt đầu chơi bóng bằng quả bóng nhựa trên bãi đất trống cạnh nương cà phê. \"Em chỉ nghĩ tới việc đánh đầu thật mạnh. Khi bóng vào lưới, em nghe cả sân hét lên, em không tin đó là thật\", Phin nói."),
      ("h", "Thách thức phía trước"),
      ("p", "Lên hạng cũng đồng nghĩa với những thách thức lớn hơn. Theo ông Đinh Quang Sơn, chủ tịch câu lạc bộ, ngân sách cho mùa giải tới cần tăng ít nhất gấp đôi để đáp ứng yêu cầu về đội hình, sân bãi và chi phí di chuyển. Câu lạc bộ đang kêu gọi thêm nhà tài trợ từ các doanh nghiệp trong tỉnh."),
      ("p", "\"Chúng tôi không muốn lặp lại chuyện năm 2008, lên hạng rồi lại xuống vì không có tiền. Lần này phải có kế hoạch từ bây giờ\", ông Sơn nói."),
      ("p", "Đêm 9/8, sau khi cầu thủ rời sân, nhiều cổ động viên vẫn tụ tập trên các con phố trung tâm Pleiku, cầm cờ và hát vang. Chị Rơ Lan H'Nhi, một cổ động viên, đã đi xe máy hơn 40 km từ huyện Ia Grai để xem trận đấu. \"Chờ 14 năm rồi, đi bao xa cũng phải đến\", chị nói."),
  ],
  entities=[("Pleiku", "LOC"), ("CLB Phố Núi Gia Lai", "ORG"), ("CLB Sông Hàn Trẻ", "ORG"), ("Rơ Châm Phin", "PER"), ("Phin", "PER"),
            ("Lê Văn Khoa", "PER"), ("Nguyễn Hữu Thành", "PER"), ("Chư Păh", "LOC"), ("Đinh Quang Sơn", "PER"), ("Sơn", "PER"),
            ("Rơ Lan H'Nhi", "PER"), ("Ia Grai", "LOC")],
  notes="og:title is a social rewrite of the headline; the byline is the bold name at the end of the text.")

# ---------------------------------------------------------------- 10: Cà Mau mangroves (UTC clock stamped +07:00 in metadata)
A(id=f"{SITE}-10", aid=4633019, cat="Khoa học", cat_slug="khoa-hoc", cat_id=1001009, sub="Khoa học trong nước",
  pub=dt(2023, 5, 26, 6, 10), today=dt(2023, 5, 26, 18, 40), comments=29, image="2023/05/26/rung-ngap-man",
  ld_stamp="2023-05-25T23:10:00+07:00",
  headline="Trồng lại rừng ngập mặn bằng hàng rào tre, bờ biển Cà Mau bồi thêm 40 mét",
  sapo="Các nhà khoa học và người dân xã Đất Mới dựng hàng rào tre giảm sóng để phù sa lắng lại, sau ba năm cây đước con đã mọc dày trên bãi bồi mới.",
  authors=["Lâm Thị Kiều Oanh"], tags=["rừng ngập mặn", "Cà Mau", "sạt lở", "biến đổi khí hậu"],
  related=[("Bờ biển miền Tây sạt lở hàng chục mét mỗi năm", 60), ("Nuôi tôm dưới tán rừng", 120), ("Đồng bằng sông Cửu Long trước nguy cơ sụt lún", 200)],
  parts=[
      ("p", "Ba năm trước, đoạn bờ biển dài hơn một cây số ở xã Đất Mới, huyện Năm Căn, tỉnh Cà Mau, chỉ còn trơ lại bùn nhão và những gốc đước chết. Sóng biển mỗi mùa gió chướng ăn sâu vào đất liền thêm vài mét. Hôm nay, cũng trên đoạn bờ ấy, những hàng đước non cao ngang người đã phủ xanh một dải bãi bồi rộng khoảng 40 mét."),
      ("p", "Thay đổi này là kết quả của một dự án thử nghiệm do nhóm nghiên cứu của Viện Sinh thái Ven biển Phương Nam phối hợp với người dân địa phương thực hiện từ năm 2020. Thay vì xây kè bê tông, nhóm dựng các hàng rào bằng cọc tre và cành cây cách bờ khoảng 100 mét để làm giảm năng lượng sóng."),
      ("p", "\"Nguyên lý rất đơn giản. Khi sóng yếu đi, phù sa trong nước biển có thời gian lắng xuống phía sau hàng rào. Bãi bùn cao dần lên, đến khi đủ cao thì cây đước, cây mắm có thể tự mọc hoặc được trồng lại\", tiến sĩ Huỳnh Văn Thuận, trưởng nhóm nghiên cứu, giải thích."),
      ("ad",),
      ("h", "Chi phí thấp, người dân cùng làm"),
      ("p", "Theo nhóm nghiên cứu, chi phí làm một mét hàng rào tre vào khoảng 1,5 đến 2 triệu đồng, chỉ bằng một phần nhỏ so với kè bê tông. Vật liệu chủ yếu là tre, tràm và cành cây có sẵn ở địa phương. Hàng rào cần được gia cố sau mỗi mùa gió chướng, việc này do chính người dân trong xã đảm nhận."),
      ("p", "Ông Tạ Văn Út, 58 tuổi, người đã sống cả đời ở Đất Mới, tham gia dựng hàng rào từ những ngày đầu. \"Hồi đó nhiều người không tin. Cắm mấy cây tre ngoài biển thì làm được gì. Giờ ra coi, bùn lên tới đầu gối, con cua con còng về đầy\", ông nói."),
      ("p", "Kết quả đo đạc của nhóm cho thấy, ở phía sau hàng rào, mặt bãi bồi cao thêm trung bình 30 đến 50 cm sau ba năm. Mật độ cây đước con tự mọc đạt khoảng 2 đến 3 cây trên mỗi mét vuông ở những khu vực thuận lợi."),
      ("p", "Ngoài việc giữ đất, rừng ngập mặn còn là nơi sinh sống của nhiều loài thủy sản. Người dân địa phương cho biết từ khi bãi bồi hình thành, họ bắt được nhiều cua, ốc và cá kèo hơn ở khu vực ven rừng, một nguồn thu nhập thêm cho các gia đình nghèo trong xã."),
      ("also", "Bờ biển miền Tây sạt lở hàng chục mét mỗi năm", 4580126),
      ("h", "Không phải ở đâu cũng áp dụng được"),
      ("p", "Tuy nhiên, các nhà khoa học thừa nhận phương pháp này có giới hạn. Hàng rào tre chỉ hiệu quả ở những đoạn bờ biển có nhiều phù sa và sóng không quá lớn. Ở những nơi sạt lở mạnh, nước sâu hoặc thiếu phù sa, cần kết hợp với các giải pháp công trình khác."),
      ("p", "Thạc sĩ Châu Ngọc Diễm, thành viên nhóm nghiên cứu, cho biết nguồn phù sa của cả vùng ven biển đang giảm do nhiều nguyên nhân ở thượng nguồn. \"Chúng tôi đang giữ lại phù sa, nhưng nếu lượng phù sa về ngày càng ít thì phương pháp nào cũng sẽ gặp khó\", chị nói."),
      ("p", "Nhóm nghiên cứu dự kiến mở rộng mô hình ra thêm ba km bờ biển trong hai năm tới, với sự hỗ trợ của một số tổ chức bảo tồn. Người dân xã Đất Mới cũng đề xuất kết hợp mô hình nuôi tôm, cua dưới tán rừng để có thêm thu nhập từ những dải rừng mới."),
      ("p", "Chiều xuống, thủy triều rút để lộ bãi bùn rộng mênh mông phía sau hàng rào. Ông Út lội ra giữa bãi, nhổ vài cây cỏ dại quanh gốc đước non. \"Cây này lớn lên thì con cháu tôi còn đất mà ở\", ông nói."),
  ],
  entities=[("Đất Mới", "LOC"), ("Năm Căn", "LOC"), ("Cà Mau", "LOC"), ("Viện Sinh thái Ven biển Phương Nam", "ORG"), ("Huỳnh Văn Thuận", "PER"),
            ("Tạ Văn Út", "PER"), ("Út", "PER"), ("Châu Ngọc Diễm", "PER")],
  notes="JSON-LD datePublished and article:published_time write the UTC wall-clock time with '+07:00' (2023-05-25T23:10+07:00, the evening before); the visible date line 'Thứ sáu, 26/5/2023, 06:10 (GMT+7)' is gold.")


# ---------------------------------------------------------------- 11: e-magazine, Sa Pa terraces (no h1)
A(id=f"{SITE}-11", aid=4790452, cat="Du lịch", cat_slug="du-lich", cat_id=1003231, sub="Dấu chân", emagazine=True,
  pub=dt(2024, 3, 14, 8, 15), today=dt(2024, 3, 14, 20, 0), comments=77, image="2024/03/14/ruong-bac-thang",
  ld_headline="Ruộng bậc thang Sa Pa: người Mông giữ nước, giữ ruộng giữa làn sóng homestay",
  headline="Giữ ruộng bậc thang giữa làn sóng du lịch ở Sa Pa",
  sapo="Khi khách du lịch đổ về ngày càng đông, nhiều gia đình người Mông ở Lao Chải chuyển ruộng thành homestay. Một số người khác lại chọn cách giữ ruộng để giữ cảnh, và giữ nghề.",
  authors=["Giàng A Dơ", "Nguyễn Thu Hằng"], tags=["Sa Pa", "ruộng bậc thang", "du lịch cộng đồng", "người Mông"],
  related=[("Mùa nước đổ trên ruộng bậc thang Tây Bắc", 60), ("Homestay bản làng: cơ hội và áp lực", 150), ("Sa Pa đón lượng khách kỷ lục", 90)],
  parts=[
      ("p", "Đầu tháng ba, khi những đám mây còn vắt ngang lưng chừng núi, ông Sùng A Páo đã vác cuốc ra ruộng. Những thửa ruộng bậc thang của gia đình ông ở bản Lao Chải, thị xã Sa Pa, tỉnh Lào Cai, đang trong giai đoạn chuẩn bị đất. Chừng hai tháng nữa, nước sẽ được dẫn từ khe núi xuống, lấp lánh trên từng bậc ruộng."),
      ("p", "Ông Páo năm nay 61 tuổi. Cả đời ông gắn với những bậc ruộng mà ông nội ông đã khai phá. \"Làm một bậc ruộng mất mấy năm. Phải đắp bờ, dẫn nước, giữ cho đất không trôi. Người Mông mình coi ruộng như con cái\", ông nói."),
      ("p", "Nhưng xung quanh ông, cảnh quan đang thay đổi. Chỉ trong khoảng năm năm, hàng chục ngôi nhà nghỉ, homestay và quán cà phê đã mọc lên ở Lao Chải và các bản lân cận. Nhiều thửa ruộng bị san lấp để làm nền nhà, làm bãi đỗ xe hoặc đơn giản là bỏ hoang vì chủ ruộng chuyển sang làm du lịch."),
      ("fig", "2024/03/14/ruong-bac-thang-2", "Ruộng bậc thang ở bản Lao Chải trong mùa chuẩn bị đất, đầu tháng ba.", "Ảnh: Giàng A Dơ"),
      ("h", "Ruộng hay homestay"),
      ("p", "Theo những người trong bản, một gia đình làm homestay với năm, sáu phòng có thể kiếm được vài trăm triệu đồng mỗi năm vào mùa cao điểm, gấp nhiều lần thu nhập từ một vụ lúa trên ruộng bậc thang. Lúa ở đây chỉ trồng được một vụ mỗi năm, năng suất thấp, chủ yếu để gia đình ăn."),
      ("p", "Anh Giàng A Chứ, 34 tuổi, con trai một gia đình trong bản, đã chuyển gần một nửa diện tích ruộng của nhà thành khu homestay ba năm trước. \"Làm ruộng thì đủ ăn thôi. Làm homestay thì con được đi học dưới thị xã, nhà có tiền sửa mái\", anh nói. \"Nhưng khách đến đây là để ngắm ruộng. Nếu ai cũng xây nhà trên ruộng thì mấy năm nữa còn gì để ngắm?\""),
      ("p", "Câu hỏi của anh Chứ cũng là mối lo của nhiều người làm du lịch ở Sa Pa. Chị Vương Thị Thanh Mai, người điều hành một công ty lữ hành nhỏ chuyên tour đi bộ, cho biết khách quốc tế của chị thường phàn nàn về những công trình bê tông chen giữa ruộng. \"Họ đi bộ hai ngày để thấy một cảnh quan. Nếu cảnh quan ấy biến mất, họ sẽ đi nơi khác\", chị nói."),
      ("also", "Homestay bản làng: cơ hội và áp lực", 4652200),
      ("h", "Trả tiền để giữ ruộng"),
      ("p", "Một số mô hình đang được thử nghiệm để người dân có lý do giữ ruộng. Ở Lao Chải, một nhóm các hộ làm du lịch đã cùng nhau lập quỹ nhỏ, mỗi khách lưu trú đóng góp 20 nghìn đồng, số tiền này được chia cho những gia đình tiếp tục cấy lúa trên ruộng bậc thang dọc các tuyến đi bộ."),
      ("p", "Ông Páo là một trong những người nhận tiền từ quỹ. Năm ngoái, gia đình ông được hỗ trợ khoảng 6 triệu đồng, đủ để thuê thêm người giúp đắp bờ ruộng. \"Không nhiều, nhưng thấy người ta quý cái ruộng của mình thì mình cũng vui\", ông nói."),
      ("p", "Chị Mai cho rằng mô hình này cần được mở rộng và làm bài bản hơn. Theo chị, các công ty lữ hành có thể trích một phần giá tour để trả cho những hộ giữ ruộng, coi đó như chi phí để duy trì điểm đến. \"Chúng tôi bán cảnh đẹp. Người giữ cảnh đẹp phải được trả công\", chị nói."),
      ("h", "Giữ nghề cho thế hệ sau"),
      ("p", "Ngoài cảnh quan, nhiều người lo lắng về việc mất đi những kỹ năng truyền thống. Làm ruộng bậc thang đòi hỏi hiểu biết về dòng nước, về đất, về thời tiết, những điều được truyền từ đời này sang đời khác. Khi lớp trẻ chuyển sang làm du lịch hoặc đi làm xa, những hiểu biết ấy có nguy cơ mai một."),
      ("p", "Cô giáo Lý Thị Dua, dạy ở trường tiểu học trong xã, đã đưa học sinh ra ruộng vào những buổi học ngoại khóa. Các em được các cụ trong bản hướng dẫn cách đắp bờ, cách chia nước giữa các bậc ruộng. \"Các em thích lắm. Nhiều em về nhà còn kể cho bố mẹ, hỏi sao nhà mình không cấy lúa nữa\", cô Dua kể."),
      ("p", "Buổi chiều, khi đoàn khách đi bộ cuối cùng trong ngày đi ngang qua, ông Páo dừng tay, đứng thẳng lưng nhìn xuống thung lũng. Những bậc ruộng nâu sẫm trải dài đến tận chân núi, xen giữa là những mái nhà mới lợp tôn xanh đỏ. \"Hồi tôi còn nhỏ, cả thung lũng chỉ có ruộng\", ông nói. \"Tôi giữ được phần của tôi. Phần của người khác, tôi không nói được.\""),
  ],
  entities=[("Sa Pa", "LOC"), ("Sùng A Páo", "PER"), ("Páo", "PER"), ("Lao Chải", "LOC"), ("Lào Cai", "LOC"), ("Mông", "MISC"),
            ("Giàng A Chứ", "PER"), ("Chứ", "PER"), ("Vương Thị Thanh Mai", "PER"), ("Mai", "PER"), ("Lý Thị Dua", "PER"), ("Dua", "PER")],
  notes="Long-form 'e-magazine' template without an <h1> (the headline is a <div>); two names in the bold signature at the end ('Giàng A Dơ - Nguyễn Thu Hằng'); the JSON-LD headline is a longer SEO wording; 'người Mông' (the Hmong people) is MISC. Adjudicated with the second annotation (December 2026): the figure's itemprop attributes stand without any itemscope, so the page has no microdata item and microdata does not apply (GUIDELINES 10).")


# ---------------------------------------------------------------- 12: electric bus route in Ho Chi Minh City
A(id=f"{SITE}-12", aid=4981307, cat="Thời sự", cat_slug="thoi-su", cat_id=1001005, sub="Giao thông",
  pub=dt(2025, 9, 4, 17, 35), today=dt(2025, 9, 5, 7, 20), comments=188, image="2025/09/04/xe-buyt-dien",
  headline="Tuyến xe buýt điện dọc đại lộ ven kênh chở 12.000 khách trong tuần đầu",
  sapo="Hai mươi xe buýt điện chạy 15 phút một chuyến từ 5 giờ sáng đến 9 giờ tối, không khói, ít ồn, nhưng hành khách vẫn phàn nàn về vỉa hè tới trạm.",
  authors=["Huỳnh Kim Ngân"], tags=["xe buýt điện", "TP HCM", "giao thông công cộng", "môi trường"],
  related=[("Thành phố thêm 200 trạm sạc cho xe điện", 30), ("Vỉa hè nhiều tuyến đường bị chiếm dụng", 80), ("Người trẻ bỏ xe máy đi làm bằng xe buýt", 150)],
  parts=[
      ("p", "Sau một tuần vận hành, tuyến xe buýt điện chạy dọc đại lộ ven kênh nối khu trung tâm với quận 8 của TP HCM đã phục vụ khoảng 12.000 lượt hành khách, vượt dự báo ban đầu khoảng 20%, theo số liệu của đơn vị vận hành là Công ty Xe điện Sông Sài Gòn."),
      ("p", "Tuyến dài 17 km với 28 trạm dừng, sử dụng 20 xe buýt điện loại 40 chỗ. Xe chạy từ 5 giờ sáng đến 9 giờ tối, tần suất 15 phút một chuyến vào giờ thường và 10 phút vào giờ cao điểm. Giá vé 7.000 đồng một lượt, học sinh và người cao tuổi được giảm một nửa."),
      ("p", "\"Xe sạch, mát, không có mùi dầu như xe buýt cũ. Tôi đi làm từ quận 8 lên trung tâm mất khoảng 45 phút, gần bằng đi xe máy mà không phải hít khói\", chị Trần Ngọc Ánh, nhân viên văn phòng, nói trên chuyến xe sáng thứ tư."),
      ("ad",),
      ("h", "Sạc qua đêm, chạy cả ngày"),
      ("p", "Theo ông Phạm Hoàng Vũ, giám đốc điều hành Công ty Xe điện Sông Sài Gòn, mỗi xe được sạc đầy trong khoảng bốn giờ tại bãi đỗ vào ban đêm và có thể chạy khoảng 220 km, đủ cho một ngày vận hành. Công ty cũng lắp hai trạm sạc nhanh ở hai đầu tuyến để bổ sung điện vào giờ nghỉ trưa nếu cần."),
      ("p", "Ông Vũ cho biết chi phí năng lượng cho mỗi km của xe buýt điện thấp hơn khoảng 40% so với xe chạy dầu, dù giá mua xe ban đầu cao hơn. \"Tính cả vòng đời của xe, chúng tôi kỳ vọng chi phí tương đương hoặc thấp hơn xe buýt truyền thống\", ông nói."),
      ("p", "Các tài xế của tuyến được đào tạo hai tuần về cách vận hành xe điện, đặc biệt là kỹ năng tận dụng phanh tái sinh năng lượng khi xe giảm tốc. Theo công ty, cách lái xe có thể làm chênh lệch quãng đường đi được sau mỗi lần sạc tới 15%."),
      ("p", "Bà Lê Thị Hồng, tài xế có 12 năm lái xe buýt chạy dầu, nói chiếc xe mới nhẹ nhàng hơn nhiều. \"Xe êm, không rung, cuối ngày tôi không còn bị đau đầu vì tiếng máy nữa\", bà nói."),
      ("also", "Thành phố thêm 200 trạm sạc cho xe điện", 4940012),
      ("h", "Hành khách còn phàn nàn"),
      ("p", "Dù được đánh giá cao về chất lượng xe, tuyến buýt vẫn nhận nhiều góp ý. Nhiều hành khách phản ánh đường đi bộ từ khu dân cư đến trạm dừng không thuận tiện: vỉa hè hẹp, bị chiếm dụng để buôn bán hoặc đỗ xe máy, một số đoạn không có vạch sang đường."),
      ("p", "Ông Lê Văn Sang, 67 tuổi, sống trong một con hẻm cách trạm gần nhất khoảng 600 mét, nói ông phải đi bộ xuống lòng đường vì vỉa hè đầy xe. \"Xe buýt thì tốt, nhưng muốn đến được trạm thì phải liều\", ông nói."),
      ("p", "Tiến sĩ Võ Thị Thanh Tâm, chuyên gia quy hoạch giao thông đô thị, nhận định kinh nghiệm ở nhiều thành phố cho thấy xe buýt chỉ thu hút được người dân khi hành trình từ nhà đến trạm an toàn và dễ chịu. \"Tuyến buýt không chỉ là chiếc xe. Nó bắt đầu từ cửa nhà người dân\", bà nói."),
      ("p", "Đơn vị vận hành cho biết sẽ phối hợp với chính quyền các phường để cải thiện lối đi bộ quanh 10 trạm có lượng khách đông nhất, đồng thời nghiên cứu tăng thêm chuyến vào khung giờ 17 giờ đến 19 giờ, khi nhiều chuyến xe đã kín chỗ."),
      ("p", "Nếu tuyến đầu tiên vận hành ổn định, công ty dự kiến mở thêm hai tuyến xe buýt điện trong năm tới, kết nối với các khu dân cư mới ở phía nam và phía tây thành phố."),
  ],
  entities=[("TP HCM", "LOC"), ("Công ty Xe điện Sông Sài Gòn", "ORG"), ("Trần Ngọc Ánh", "PER"), ("Phạm Hoàng Vũ", "PER"), ("Vũ", "PER"),
            ("Lê Văn Sang", "PER"), ("Võ Thị Thanh Tâm", "PER"), ("Lê Thị Hồng", "PER")],
  notes="The byline is the bold name at the end of the text; 'quận 8' is a district number, not annotated as a named location.")


# Longer stories (realism wave: body length): one more reported section (subheading and paragraphs) inserted before
# the paragraph that starts with the given words, or after the last paragraph (None); the minimal pair 13 is built
# from 05 and follows it. New people and organisations join the entity list.
MORE = {
    f"{SITE}-01": (None, [
        ("h", "Bài toán giữ chất lượng"),
        ("p", "Để giữ uy tín với đối tác, từ vụ tới hợp tác xã sẽ lắp thêm hai máy đo độ ẩm tại các điểm thu mua và cử người kiểm tra ngẫu nhiên các trại ong. Hộ nào vi phạm quy định về dùng thuốc sẽ bị loại khỏi danh sách cung cấp hàng xuất khẩu trong một năm."),
        ("p", "Bà Đinh Thị Nguyệt, cán bộ khuyến nông huyện Mộc Châu, cho biết huyện đang hướng dẫn các hộ trồng mận và nhãn lập lịch phun thuốc chung với người nuôi ong. \"Nếu làm tốt, đây có thể là mô hình cho cả vùng\", bà nói."),
    ], [("Đinh Thị Nguyệt", "PER")]),
    f"{SITE}-02": (None, [
        ("h", "Chi phí vẫn là rào cản"),
        ("p", "Theo tính toán của nhóm, chi phí làm một chiếc thuyền như vậy hiện vào khoảng 45 triệu đồng, trong đó riêng pin và ắc quy chiếm hơn một nửa. Một chiếc xuồng máy xăng cùng cỡ có giá chỉ bằng khoảng một phần ba."),
        ("p", "Cô Huỳnh Thị Bích Ngọc, hiệu trưởng Trường THPT Bến Ninh, cho biết nhà trường sẽ hỗ trợ nhóm kinh phí để làm thêm một chiếc thuyền mẫu cho tiểu thương chạy thử trong ba tháng. \"Chúng tôi muốn các em thấy sản phẩm của mình được dùng thật, chứ không chỉ nằm trong phòng thí nghiệm\", cô nói."),
    ], [("Huỳnh Thị Bích Ngọc", "PER")]),
    f"{SITE}-05": ("Anh Tài đang có kế hoạch", [
        ("h", "Người uống sẵn sàng trả giá cao"),
        ("p", "Tại một quán cà phê rang xay nhỏ ở quận 3, TP HCM, chủ quán Phan Minh Khôi bán cà phê từ vườn của anh Tài với giá 70 nghìn đồng một ly. Trên bảng thực đơn, tên người trồng và độ cao của vườn được ghi rõ bên cạnh mỗi loại hạt."),
        ("p", "\"Khách trẻ bây giờ muốn biết ly cà phê của họ đến từ đâu. Có người còn hỏi xin số điện thoại của nông dân để lên vườn thăm\", anh Khôi nói."),
    ], [("Phan Minh Khôi", "PER"), ("Khôi", "PER")]),
    f"{SITE}-06": ("Chị Phương cho biết xưởng sẽ tiếp tục", [
        ("h", "Những đôi tay tình nguyện"),
        ("p", "Trong số các tình nguyện viên, người lớn tuổi nhất là bà Hoàng Thị Lựu, 71 tuổi, từng là thợ may của một hợp tác xã may mặc ở Hải Phòng. Mỗi sáng, bà đi xe đạp đến xưởng từ 7 giờ, ngồi kiểm tra từng đường may trước khi khẩu trang được gấp và đóng túi. \"Chiếc nào đường chỉ lệch là tôi gỡ ra may lại. Đã cho người ta thì phải cho cái tử tế\", bà nói."),
        ("p", "Nhóm tình nguyện viên còn lập một danh sách trên mạng xã hội để các khu trọ, tổ dân phố đăng ký nhận khẩu trang. Đến cuối tháng ba, đã có hơn 60 địa chỉ đăng ký, phần lớn là các khu trọ công nhân ở quận Dương Kinh và huyện An Dương, nơi nhiều người lao động tạm mất việc vì nhà máy giảm ca."),
        ("p", "Anh Trần Văn Lực, quản lý một khu trọ có 40 phòng ở An Dương, cho biết mỗi phòng được phát hai chiếc khẩu trang. \"Công nhân ở đây nhiều người đang nghỉ không lương, tiết kiệm từng đồng. Có khẩu trang miễn phí, lại dùng được lâu, họ mừng lắm\", anh nói."),
        ("p", "Để đảm bảo an toàn, xưởng giới hạn mỗi ca không quá mười người, ai cũng đeo khẩu trang và rửa tay bằng dung dịch sát khuẩn trước khi vào làm. Những chiếc khẩu trang thành phẩm được là ở nhiệt độ cao trước khi đóng gói."),
    ], [("Hoàng Thị Lựu", "PER"), ("Dương Kinh", "LOC"), ("An Dương", "LOC"), ("Trần Văn Lực", "PER")]),
    f"{SITE}-08": (None, [
        ("h", "Cuộc đua giữ chân thợ"),
        ("p", "Để giữ thợ, Xe Ổn đang thu mức phí 12% trên mỗi cuốc sửa và miễn phí hoàn toàn trong ba tháng đầu cho thợ mới. Công ty cũng mở các lớp bồi dưỡng miễn phí về sửa xe tay ga và xe điện, hai loại xe mà nhiều thợ lưu động lớn tuổi chưa quen."),
        ("p", "Anh Lê Thanh Tùng, đồng sáng lập phụ trách vận hành, cho biết mỗi thợ khi tham gia ứng dụng phải qua một buổi kiểm tra tay nghề trực tiếp. Sau mỗi cuốc, khách hàng chấm điểm từ một đến năm sao; thợ nào nhiều lần bị chấm dưới ba sao sẽ bị tạm khóa tài khoản. \"Chúng tôi từ chối khoảng 40% hồ sơ đăng ký. Thà ít thợ mà khách yên tâm\", anh Tùng nói."),
        ("p", "Bảng giá cho các sự cố phổ biến như vá lốp, thay bugi hay kích bình được niêm yết sẵn trên ứng dụng, khách biết số tiền phải trả trước khi thợ đến. Theo công ty, khoảng 70% khách hàng đã sử dụng dịch vụ từ hai lần trở lên."),
        ("p", "Chị Nguyễn Thu Trang, nhân viên văn phòng ở quận Bình Thạnh, là một trong số đó. Chị gặp sự cố chết máy hai lần trong mùa mưa năm ngoái và đều gọi thợ qua ứng dụng. \"Trời mưa, nước ngập, dắt xe đi tìm tiệm thì khổ lắm. Giờ ngồi chờ chưa đến 20 phút là có người đến\", chị nói."),
    ], [("Tùng", "PER"), ("Nguyễn Thu Trang", "PER"), ("Bình Thạnh", "LOC")]),
    f"{SITE}-09": ("Đêm 9/8, sau khi cầu thủ rời sân", [
        ("h", "Cả phố núi chung vui"),
        ("p", "Theo ban tổ chức, gần 9.000 khán giả đã có mặt trên sân, con số cao nhất của câu lạc bộ trong mùa giải. Vé được bán hết từ hai ngày trước trận đấu, nhiều người phải đứng xem ở khu vực hàng rào phía sau khung thành."),
        ("p", "Nhiều quán cà phê quanh sân vận động treo cờ của câu lạc bộ và mở nhạc đến khuya. Ông Nay Blơng, chủ một quán cà phê gần sân, cho biết quán ông chật kín khách từ hai tiếng trước giờ bóng lăn. \"Mười bốn năm rồi mới thấy Pleiku vui như vậy. Khách không gọi nước cũng được, miễn là có chỗ ngồi xem\", ông nói."),
        ("p", "Lãnh đạo tỉnh đã gửi thư chúc mừng đội bóng và cho biết sẽ xem xét hỗ trợ nâng cấp hệ thống đèn chiếu sáng và mặt cỏ sân vận động trước mùa giải mới. Một số doanh nghiệp địa phương cũng ngỏ ý tài trợ cho câu lạc bộ trong hai mùa tới."),
        ("p", "Tiền vệ Lê Văn Khoa, người ghi bàn ấn định chiến thắng, nói anh chỉ mong cả đội giữ được sự khiêm tốn. \"Lên hạng mới là bắt đầu. Năm sau đối thủ mạnh hơn nhiều, nếu tự mãn thì sẽ trả giá ngay\", anh nói. \"Tối nay chúng tôi ăn mừng, nhưng sáng thứ hai cả đội vẫn ra sân tập như thường lệ.\""),
    ], [("Nay Blơng", "PER")]),
    f"{SITE}-10": ("Chiều xuống, thủy triều rút", [
        ("h", "Giữ hàng rào bằng hương ước"),
        ("p", "Bà Trần Thị Mười, cán bộ phụ trách nông nghiệp của xã Đất Mới, cho biết xã đã đưa việc bảo vệ hàng rào tre vào hương ước của các ấp ven biển. Người dân không được neo ghe hay đặt lưới sát hàng rào, và mỗi tổ tự quản được giao trông coi một đoạn dài khoảng 200 mét."),
    ], [("Trần Thị Mười", "PER")]),
    f"{SITE}-12": (None, [
        ("h", "Trả tiền vé bằng thẻ và điện thoại"),
        ("p", "Trên tuyến mới, hành khách có thể trả tiền vé bằng thẻ ngân hàng không tiếp xúc hoặc mã QR trên điện thoại, bên cạnh vé giấy truyền thống. Theo đơn vị vận hành, khoảng 35% lượt khách trong tuần đầu đã thanh toán không dùng tiền mặt, phần lớn là người đi làm và sinh viên."),
    ], []),
}


def lengthened(a):
    """The story with its MORE section inserted (the story unchanged without one)."""
    if a["id"] not in MORE:
        return a
    before, extra, entities = MORE[a["id"]]
    paras = [i for i, part in enumerate(a["parts"]) if part[0] == "p"]
    at = paras[-1] + 1 if before is None else next(i for i in paras if a["parts"][i][1].startswith(before))
    return dict(a, parts=a["parts"][:at] + extra + a["parts"][at:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


ARTICLES[:] = [lengthened(a) for a in ARTICLES]


def main():
    for a in ARTICLES:
        build(a)
    base = next(x for x in ARTICLES if x["id"] == f"{SITE}-05")
    build(base, id_=f"{SITE}-13", variant_of=base["id"], url=base["url"] + "?ref=archive", ncr=True,
          notes=f"Minimal pair of {base['id']}: differs only in html-entities (every non-ASCII character of headline, sapo and body is written as a "
                "numeric character reference such as &#7855;, as the old CMS's export wrote them; the gold text is the same).")


if __name__ == "__main__":
    main()
