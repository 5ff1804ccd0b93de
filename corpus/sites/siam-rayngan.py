import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""สยามรายงาน (siam-rayngan): an invented Thai news portal in the style of the big commercial Thai
portals: a billboard and stacked ad slots everywhere (in-article, sidebar, sticky bottom, native
"sponsored" tiles), a breaking-news ticker, most-read lists with view counts, lottery and gold-price
widgets, a Facebook comments container and a long footer. Dates are written in the Buddhist era
with Thai month names (a few desks still set them in Thai digits). Times are Bangkok time (+07:00).
Archive pages from the old CMS (2015-2018) use a nested-table layout and are served in
windows-874.

Metadata personality (realism wave): old CMS pages have no JSON-LD and no author metadata; their
date meta is article:published_time, a 'pubdate' field in the Buddhist era, or nothing. New pages
have JSON-LD (author the reporters, the editorial desk or nothing; none at all on one page) and
article:published_time; some put the kicker inside the <h1>, the photo-story template has no <h1>,
some bylines print the date without <time>. Every story has in-article ads; some close the text
container after the second ad and open another after a related-story line. Sidebar widgets (oil,
FX, weather, webboard, columnists, videos, horoscope), menus and provinces are JSON for scripts."""

import datetime as _dt
import html as _html
import json as _json

SITE = "siam-rayngan"
HOST = "https://www.siamrayngan.example"
IMG = "https://img.siamrayngan.example"
STATIC = "https://static.siamrayngan.example"
NAME = "สยามรายงาน"
ICT = _dt.timezone(_dt.timedelta(hours=7))

TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
          "พฤศจิกายน", "ธันวาคม"]
MON_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=ICT)


def iso(d):
    return d.isoformat(timespec="seconds")


def th(s, digits):
    return s.translate(TH_DIGITS) if digits else s


def d_short(d, digits=False):
    """'14 มี.ค. 2561 14:30 น.'"""
    return th(f"{d.day} {MON_ABBR[d.month - 1]} {d.year + 543} {d:%H:%M} น.", digits)


def d_long(d, digits=False, time=True):
    """'วันพุธที่ 18 พฤศจิกายน 2558 เวลา 10.20 น.'"""
    s = f"วัน{DAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"
    if time:
        s += f" เวลา {d:%H.%M} น."
    return th(s, digits)


def d_date(d, digits=False):
    return th(f"{d.day} {MON_ABBR[d.month - 1]} {(d.year + 543) % 100:02d}", digits)



def canonical(url):
    """The article's canonical URL (a minimal-pair variant is served with an extra ?variant=b / &variant=b)."""
    for suffix in ("?variant=b", "&variant=b"):
        if url.endswith(suffix):
            return url[:-len(suffix)]
    return url

def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


# ---------------------------------------------------------------- boilerplate pools

NAV = [
    ("home", "หน้าแรก", "/", []),
    ("breaking", "ข่าวด่วน", "/breaking-news", []),
    ("politics", "การเมือง", "/politics", []),
    ("economy", "เศรษฐกิจ", "/economy", ["การเงิน", "ตลาดหุ้น", "เกษตร", "ทองคำ", "อสังหาฯ"]),
    ("society", "สังคม", "/society", ["สิ่งแวดล้อม", "การศึกษา", "สุขภาพ", "กทม."]),
    ("region", "ภูมิภาค", "/region", ["ภาคเหนือ", "ภาคอีสาน", "ภาคกลาง", "ภาคตะวันออก", "ภาคใต้"]),
    ("world", "ต่างประเทศ", "/world", []),
    ("sport", "กีฬา", "/sport", ["ฟุตบอลไทย", "ฟุตบอลต่างประเทศ", "มวย", "วอลเลย์บอล"]),
    ("ent", "บันเทิง", "/entertainment", ["ละคร", "เพลง", "ภาพยนตร์"]),
    ("lifestyle", "ไลฟ์สไตล์", "/lifestyle", ["ท่องเที่ยว", "อาหาร", "บ้านและสวน"]),
    ("tech", "ไอที", "/tech", []),
    ("lottery", "ตรวจหวย", "/lottery", []),
    ("horoscope", "ดูดวง", "/horoscope", []),
    ("video", "วิดีโอ", "/video", []),
]

POOL = [
    "กรมอุตุฯ เตือนฝนตกหนักภาคใต้ตอนล่าง 3 วัน",
    "เปิดตัวรถไฟท่องเที่ยวสายใหม่ กรุงเทพฯ-หัวหิน",
    "ราคายางพาราขยับขึ้น ชาวสวนใต้ยิ้มออก",
    "ตลาดน้ำเก่าแก่ริมคลองกลับมาคึกคักอีกครั้ง",
    "นักเรียนมัธยมคว้ารางวัลหุ่นยนต์ระดับเอเชีย",
    "เช็กเลย! วันหยุดยาวปีนี้มีกี่วัน",
    "ชาวนาอีสานหันปลูกข้าวอินทรีย์ ราคาดีกว่าเดิม",
    "ร้านก๋วยเตี๋ยวเรือเจ้าดังเปิดสาขาใหม่",
    "ฝุ่น PM2.5 พุ่งเกินมาตรฐาน 20 พื้นที่",
    "เปิดแล้ว! สะพานคนเดินข้ามแม่น้ำแห่งใหม่",
    "ผลไม้ไทยส่งออกโต 15% ครึ่งปีแรก",
    "ทะเลแหวกโผล่อีกครั้ง นักท่องเที่ยวแห่ชม",
    "แนะวิธีประหยัดไฟหน้าร้อน ลดค่าไฟได้จริง",
    "โรงพยาบาลชุมชนเปิดคลินิกแพทย์แผนไทย",
    "เทศกาลกินเจปีนี้คึกคัก ร้านค้าเตรียมรับลูกค้า",
    "หนุ่มโรงงานถูกรางวัลที่ 1 แบ่งเงินให้พ่อแม่",
    "ดอยดังเปิดรับนักท่องเที่ยวชมทะเลหมอก",
    "กาแฟไทยคว้ารางวัลเวทีโลก",
    "เตือนภัยมิจฉาชีพโทรอ้างเป็นเจ้าหน้าที่",
    "สวนสาธารณะแห่งใหม่กลางเมืองเปิดให้บริการ",
    "ปลาทูแม่กลองราคาพุ่ง หลังคลื่นลมแรง",
    "ตลาดนัดรถไฟสุดฮิตย้ายทำเลใหม่",
    "อาสาสมัครเก็บขยะชายหาด 2 ตัน",
    "ราคาทองวันนี้ปรับขึ้น 100 บาท",
    "หมอเตือนไข้เลือดออกระบาดหน้าฝน",
    "ผ้าไหมทอมือขายดี ยอดสั่งซื้อออนไลน์พุ่ง",
]

MOST_READ = [
    "ตรวจหวยงวดล่าสุด ผลสลากกินแบ่งรัฐบาล",
    "ดูดวงรายสัปดาห์ ราศีไหนการเงินรุ่ง",
    "สภาพอากาศวันนี้ ฝนฟ้าคะนองหลายพื้นที่",
    "ราคาน้ำมันพรุ่งนี้ ปรับลดทุกชนิด",
    "ร้านข้าวมันไก่ลับ ๆ ที่คนในซอยรู้จัก",
    "แจกสูตรต้มยำน้ำข้น ทำง่ายที่บ้าน",
    "เปิดรายชื่อ 10 คาเฟ่วิวภูเขา",
    "วิธีเช็กสิทธิ์เงินช่วยเหลือผ่านมือถือ",
    "ดาราสาวเปิดใจครั้งแรกหลังพักงาน",
    "ผลบอลเมื่อคืน สรุปทุกคู่",
]

LATEST = [
    "ตำรวจจราจรเตรียมปิดถนนบางช่วงคืนนี้",
    "สนามบินเพิ่มเที่ยวบินช่วงวันหยุดยาว",
    "ครม. เห็นชอบงบซ่อมถนนชนบท",
    "ฝนตกหนักน้ำท่วมขังหลายถนนในเมือง",
    "ผู้ว่าฯ ลงพื้นที่ตรวจโครงการแก้มลิง",
    "นักท่องเที่ยวต่างชาติเดือนนี้ทะลุเป้า",
    "ตลาดหุ้นปิดบวกเล็กน้อย",
    "เปิดรับสมัครครูอัตราจ้าง 300 อัตรา",
    "เทศกาลอาหารริมทางจัดใหญ่สุดสัปดาห์นี้",
    "ร้านค้าชุมชนรวมกลุ่มขายออนไลน์",
]

SPONSORED = [
    "เคล็ดลับเลือกประกันสุขภาพให้คุ้มค่า",
    "คอนโดใกล้รถไฟฟ้า ราคาเริ่มต้นหลักล้าน",
    "โปรโมชั่นโรงแรมริมทะเล ลดสูงสุด 50%",
    "คอร์สเรียนภาษาอังกฤษออนไลน์ เรียนได้ทุกที่",
]

CAT_NEWS = [
    ("ข่าวกีฬา", "/sport", ["ทีมชาติไทยเรียกนักเตะดาวรุ่ง 5 ราย เตรียมอุ่นเครื่อง", "วอลเลย์บอลหญิงไทยเก็บชัยนัดที่สอง",
                            "นักมวยไทยคว้าแชมป์รายการนานาชาติ", "สโมสรภาคอีสานเปิดตัวโค้ชใหม่", "มาราธอนเมืองเก่ามีนักวิ่งร่วม 8 พันคน",
                            "แบดมินตันเยาวชนไทยเข้ารอบชิง"]),
    ("ข่าวบันเทิง", "/entertainment", ["ละครพีเรียดเรื่องใหม่เปิดกล้องที่อยุธยา", "วงดนตรีลูกทุ่งรุ่นใหม่ยอดวิวทะลุล้าน",
                                       "หนังไทยเข้าชิงรางวัลเทศกาลภาพยนตร์เอเชีย", "คอนเสิร์ตการกุศลระดมทุนช่วยผู้ประสบภัย",
                                       "นักแสดงรุ่นใหญ่เปิดร้านอาหารปักษ์ใต้", "ซีรีส์วายไทยกระแสแรงในต่างประเทศ"]),
    ("ข่าวไอที", "/tech", ["แอปธนาคารปรับระบบยืนยันตัวตนใหม่", "สตาร์ทอัพไทยพัฒนาโดรนพ่นยาเพื่อเกษตรกร",
                          "เตือนผู้ใช้มือถืออัปเดตระบบด่วน", "ร้านค้าออนไลน์ไทยโตต่อเนื่อง", "นักศึกษาสร้างแอปแปลภาษามือ",
                          "เน็ตบ้านความเร็วสูงขยายถึงหมู่บ้านห่างไกล"]),
]

WEBBOARD = ["ใครเคยไปเที่ยวน่านช่วงหน้าฝนบ้างครับ แนะนำที่พักหน่อย", "สอบถามวิธีปลูกมะนาวในกระถางให้ลูกดก",
            "รีวิวร้านข้าวซอยเจ้าอร่อยในเชียงใหม่", "ผ่อนบ้านหรือเช่าคอนโดดีกว่ากันในตอนนี้", "แชร์ประสบการณ์ย้ายงานตอนอายุ 40",
            "หมาที่บ้านไม่ยอมกินข้าว ควรทำอย่างไรดี", "รถไฟสายใต้นั่งชั้นไหนคุ้มที่สุด", "เลี้ยงลูกสองภาษาที่บ้าน เริ่มอย่างไรดี",
            "สูตรแกงเขียวหวานแบบโบราณ ใครมีบ้าง", "ทำไมค่าไฟเดือนนี้ขึ้นเยอะจัง", "เที่ยวทะเลฝั่งอันดามันเดือนไหนดีที่สุด",
            "แนะนำหนังสือดีสำหรับวัยรุ่นหน่อยครับ"]

COLUMNISTS = [("ลุงเขียว ริมคลอง", "เกษตรพอเพียงในเมืองใหญ่"), ("นายปากกาแดง", "เศรษฐกิจปากท้องสัปดาห์นี้"),
              ("ครูจันทร์", "ห้องเรียนนอกห้องเรียน"), ("หมอแมว", "สุขภาพดีไม่มีขาย"), ("นักเดินทางเงียบ", "ทางเล็ก ๆ ในเมืองรอง"),
              ("ป้าแจ่ม", "ครัวไทยบ้าน ๆ")]

OIL = ["แก๊สโซฮอล์ 95", "แก๊สโซฮอล์ 91", "แก๊สโซฮอล์ E20", "ดีเซล", "ดีเซลพรีเมียม", "เบนซิน 95"]
FX = [("ดอลลาร์สหรัฐ", 33.1), ("ยูโร", 37.4), ("ปอนด์สเตอร์ลิง", 43.2), ("เยน (100)", 27.6), ("หยวน", 4.9), ("ริงกิต", 7.8)]
WEATHER = [("ภาคเหนือ", 19, 31), ("ภาคอีสาน", 21, 33), ("ภาคกลาง", 25, 35), ("ภาคตะวันออก", 25, 33), ("ภาคใต้ฝั่งตะวันออก", 24, 32),
           ("ภาคใต้ฝั่งตะวันตก", 24, 31), ("กรุงเทพฯ และปริมณฑล", 26, 35)]

HOROSCOPE = ["ราศีเมษ", "ราศีพฤษภ", "ราศีเมถุน", "ราศีกรกฎ", "ราศีสิงห์", "ราศีกันย์", "ราศีตุลย์", "ราศีพิจิก", "ราศีธนู",
             "ราศีมังกร", "ราศีกุมภ์", "ราศีมีน"]

PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "เชียงราย", "น่าน", "ลำปาง", "พิษณุโลก", "ขอนแก่น", "อุดรธานี", "อุบลราชธานี",
             "นครราชสีมา", "บุรีรัมย์", "พระนครศรีอยุธยา", "นครปฐม", "กาญจนบุรี", "ชลบุรี", "ระยอง", "จันทบุรี",
             "ประจวบคีรีขันธ์", "สุราษฎร์ธานี", "นครศรีธรรมราช", "ภูเก็ต", "กระบี่", "ตรัง", "สงขลา", "ปัตตานี"]

FOOT = [
    ("หมวดข่าว", ["ข่าวด่วน", "การเมือง", "เศรษฐกิจ", "สังคม", "ภูมิภาค", "ต่างประเทศ", "กีฬา", "บันเทิง"]),
    ("บริการ", ["ตรวจหวย", "ราคาทอง", "ราคาน้ำมัน", "ดูดวง", "พยากรณ์อากาศ", "ฟีดข่าว RSS"]),
    ("เครือสยามรายงาน", ["สยามรายงานกีฬา", "สยามรายงานธุรกิจ", "สยามรายงานบันเทิง", "สยามรายงานทีวี", "สยามรายงานพ็อดแคสต์"]),
    ("เกี่ยวกับเรา", ["เกี่ยวกับเรา", "ติดต่อกองบรรณาธิการ", "ติดต่อโฆษณา", "ร่วมงานกับเรา", "นโยบายความเป็นส่วนตัว", "นโยบายคุกกี้"]),
]

CSS = """
/* siamrayngan web v6 */
@font-face{font-family:"Sarabun";src:url(https://static.siamrayngan.example/fonts/sarabun-400.woff2) format("woff2");font-weight:400;font-display:swap}
@font-face{font-family:"Kanit";src:url(https://static.siamrayngan.example/fonts/kanit-500.woff2) format("woff2");font-weight:500;font-display:swap}
*{box-sizing:border-box}body{margin:0;background:#f2f2f2;font-family:"Sarabun",Tahoma,"Leelawadee UI",sans-serif;font-size:17px;color:#222;line-height:1.75}
a{color:#111;text-decoration:none}a:hover{color:#e4002b}img{max-width:100%;height:auto;border:0}ul,ol{margin:0;padding:0;list-style:none}
.sr-c{width:1140px;max-width:100%;margin:0 auto;padding:0 12px}
.sr-strip{background:#111;color:#bbb;font-size:13px;line-height:30px}.sr-strip .sr-c{display:flex;justify-content:space-between}.sr-strip a{color:#ddd;margin-right:14px}
.sr-head{background:#e4002b;padding:10px 0}.sr-head .sr-c{display:flex;align-items:center;justify-content:space-between}
.sr-logo{display:block;width:230px;height:56px;background:url(/assets/logo-white.svg) no-repeat left center/contain;text-indent:-9999px;overflow:hidden}
.sr-head .sr-tools a{color:#fff;font-family:"Kanit",sans-serif;margin-left:14px;font-size:15px}
.sr-nav{background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:40;box-shadow:0 2px 4px rgba(0,0,0,.06)}
.sr-nav ul.m{display:flex;flex-wrap:wrap}.sr-nav ul.m>li{position:relative}
.sr-nav ul.m>li>a{display:block;font-family:"Kanit",sans-serif;font-weight:500;padding:0 12px;line-height:46px;font-size:16px}
.sr-nav ul.m>li.on>a{color:#e4002b;box-shadow:inset 0 -3px 0 #e4002b}
.sr-nav ul.s{display:none;position:absolute;left:0;top:46px;background:#fff;min-width:170px;box-shadow:0 6px 12px rgba(0,0,0,.15);z-index:45}
.sr-nav li:hover ul.s{display:block}.sr-nav ul.s a{display:block;padding:6px 14px;font-size:15px;border-bottom:1px solid #f1f1f1}
.sr-ticker{background:#fff;display:flex;align-items:center;height:40px;margin:10px 0;border:1px solid #e5e5e5;overflow:hidden}
.sr-ticker b{background:#111;color:#fff;font-family:"Kanit",sans-serif;font-weight:500;padding:0 14px;line-height:40px;white-space:nowrap}
.sr-ticker ul{display:flex;white-space:nowrap;animation:srtick 60s linear infinite}.sr-ticker li{padding:0 20px;font-size:15px}.sr-ticker li:before{content:"\\2022";color:#e4002b;margin-right:8px}
@keyframes srtick{from{transform:translateX(0)}to{transform:translateX(-100%)}}
.sr-ad{background:#fafafa;border:1px dashed #e0e0e0;margin:0 auto 16px;position:relative;text-align:center;overflow:hidden}
.sr-ad .lbl{position:absolute;top:1px;right:6px;font-size:10px;color:#aaa;letter-spacing:.5px}
.sr-ad-bill{width:970px;height:250px;max-width:100%}.sr-ad-lb{width:728px;height:90px;max-width:100%}.sr-ad-mr{width:300px;height:250px}.sr-ad-hp{width:300px;height:600px}
.sr-ad-in{width:100%;min-height:250px;margin:18px 0}.sr-ad-sticky{position:fixed;bottom:0;left:50%;transform:translateX(-50%);width:728px;height:90px;z-index:90;margin:0;background:#fff}
.sr-row{display:flex;gap:22px;align-items:flex-start}.sr-main{flex:1;min-width:0}.sr-side{width:300px;flex-shrink:0}
.sr-crumb{font-size:14px;color:#888;margin:4px 0 8px}.sr-crumb a{color:#888}.sr-crumb i{font-style:normal;margin:0 6px}
.sr-art{background:#fff;padding:22px 26px;margin-bottom:18px}
.sr-cat{display:inline-block;background:#e4002b;color:#fff;font-family:"Kanit",sans-serif;font-size:14px;padding:0 10px;border-radius:2px}
.sr-kicker{display:block;color:#e4002b;font-family:"Kanit",sans-serif;font-size:16px;margin-top:6px}
.sr-art h1{font-family:"Kanit",sans-serif;font-weight:500;font-size:32px;line-height:1.45;margin:6px 0 12px;color:#111}
.sr-abstract{font-size:19px;color:#444;line-height:1.7;margin:0 0 14px;padding-left:14px;border-left:4px solid #e4002b}
.sr-info{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;font-size:14px;color:#777;margin-bottom:14px}
.sr-info .by{color:#111;font-weight:700}.sr-info .views:before{content:"\\1F441";margin-right:4px}
.sr-share{display:flex;gap:8px;margin:0 0 16px}.sr-share a{display:inline-block;height:34px;line-height:34px;padding:0 14px;border-radius:17px;color:#fff;font-size:14px}
.sr-share .fb{background:#1877f2}.sr-share .line{background:#06c755}.sr-share .x{background:#000}.sr-share .cp{background:#777}
.sr-fig{margin:0 0 16px}.sr-fig figcaption{font-size:14px;color:#666;padding:6px 0;border-bottom:1px solid #eee}.sr-fig figcaption span{color:#aaa;margin-left:6px}
.sr-content p{margin:0 0 18px;font-size:19px;line-height:1.85}.sr-content h2{font-family:"Kanit",sans-serif;font-weight:500;font-size:23px;margin:26px 0 10px;color:#e4002b}
.sr-content ul.bl{list-style:disc;padding-left:26px;margin:0 0 18px}.sr-content ul.bl li{font-size:18px;margin-bottom:6px}
.sr-content table.dt{width:100%;border-collapse:collapse;margin:0 0 6px;font-size:17px}.sr-content table.dt th{background:#333;color:#fff;padding:7px}
.sr-content table.dt td{border:1px solid #e2e2e2;padding:7px;text-align:center}.sr-content .tsrc{font-size:14px;color:#888;margin:0 0 18px}
.sr-content .note{background:#fff7e6;border-left:4px solid #f0a500;padding:10px 14px;font-size:16px}
.sr-embed{position:relative;padding-top:56.25%;margin:0 0 6px;background:#000}.sr-embed iframe{position:absolute;left:0;top:0;width:100%;height:100%;border:0}
.sr-embed-cap{font-size:14px;color:#666;margin:0 0 18px}.sr-map{margin:0 0 18px}.sr-map iframe{width:100%;height:320px;border:0}
.sr-tags{margin:18px 0 10px}.sr-tags b{margin-right:8px}.sr-tags a{display:inline-block;border:1px solid #ddd;border-radius:14px;padding:0 12px;margin:0 6px 6px 0;font-size:14px}
.sr-box{background:#fff;margin-bottom:18px}.sr-box h3{margin:0;font-family:"Kanit",sans-serif;font-weight:500;font-size:19px;padding:10px 14px;border-bottom:3px solid #e4002b}
.sr-rel ul{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;padding:14px}.sr-rel li a{display:block;font-size:16px;line-height:1.5}
.sr-rel li .dt{display:block;font-size:13px;color:#999}.sr-native ul{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;padding:14px}
.sr-native .sp{display:block;font-size:11px;color:#aaa}.sr-fbc{padding:14px;min-height:160px;color:#888;font-size:14px}
.sr-pop li{display:flex;gap:10px;padding:9px 14px;border-bottom:1px solid #f2f2f2}.sr-pop li .n{font-family:"Kanit",sans-serif;font-size:26px;color:#e4002b;line-height:1;min-width:24px}
.sr-pop li .v{display:block;font-size:12px;color:#999}.sr-latest li{padding:7px 14px;border-bottom:1px solid #f2f2f2;font-size:15px}.sr-latest li time{color:#e4002b;font-size:13px;margin-right:6px}
.sr-vid li{overflow:hidden}.sr-vid img{float:left;margin-right:8px}.sr-vid .dur{display:inline-block;background:#000;color:#fff;font-size:11px;padding:0 4px}
.sr-lotto table,.sr-gold table{width:100%;border-collapse:collapse;font-size:15px}.sr-lotto td,.sr-gold td{padding:6px 14px;border-bottom:1px solid #f2f2f2}
.sr-lotto .big{font-size:26px;font-family:"Kanit",sans-serif;color:#e4002b;letter-spacing:3px}.sr-horo ul{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px;padding:12px 14px;font-size:14px}
.sr-foot{background:#1a1a1a;color:#aaa;padding:28px 0 0;margin-top:24px;font-size:14px}.sr-foot .cols{display:flex;gap:24px}.sr-foot .col{flex:1}
.sr-foot h5{color:#fff;font-family:"Kanit",sans-serif;font-weight:500;font-size:16px;margin:0 0 8px}.sr-foot a{color:#aaa}.sr-foot li{padding:2px 0}
.sr-foot .prov{margin-top:16px;line-height:2}.sr-foot .prov a{margin-right:10px;white-space:nowrap}
.sr-foot .legal{border-top:1px solid #333;margin-top:18px;padding:12px 0 100px;text-align:center;font-size:13px}
#sr-pdpa{position:fixed;left:0;right:0;bottom:0;background:#fff;box-shadow:0 -3px 12px rgba(0,0,0,.18);padding:14px 20px;z-index:100;display:none;font-size:15px}
#sr-pdpa.on{display:flex;gap:14px;align-items:center}#sr-pdpa p{margin:0;flex:1}#sr-pdpa button{border:0;padding:8px 18px;border-radius:4px;cursor:pointer;font-family:inherit}
#sr-pdpa .yes{background:#e4002b;color:#fff}#sr-pdpa .set{background:#eee}
@media (max-width:980px){.sr-side{display:none}.sr-art h1{font-size:25px}.sr-rel ul,.sr-native ul{grid-template-columns:1fr 1fr}.sr-ad-bill{height:100px}}
"""

OLD_CSS = """
/* siamrayngan 2009 layout tables */
body{margin:0;background:#ececec;font-family:Tahoma,"MS Sans Serif",sans-serif;font-size:14px;color:#222}
a{color:#1a1a8c;text-decoration:none}a:hover{text-decoration:underline;color:#c00}
table.frame{width:1160px;margin:0 auto;background:#fff;border-collapse:collapse}table.frame td{vertical-align:top}
.top-date{font-size:12px;color:#666;padding:4px 8px;background:#f7f7f7;border-bottom:1px solid #ddd}
.logo-cell{background:#c00;height:80px;padding:0 10px}.logo-cell img{display:block}
.menu-cell{background:#333;height:30px}.menu-cell a{color:#fff;font-weight:bold;font-size:13px;padding:0 9px;line-height:30px}.menu-cell a.on{background:#c00}
.ticker-cell{background:#fff3f3;border-bottom:1px solid #f0caca;font-size:13px;padding:4px 8px}.ticker-cell b{color:#c00}
td.main-col{width:660px;padding:10px 12px}td.side-col{width:300px;padding:10px 8px;background:#fafafa;border-left:1px solid #e5e5e5}
.crumb{font-size:12px;color:#888;margin-bottom:6px}
.news-cat{color:#c00;font-weight:bold;font-size:13px}.news-kicker{color:#c00;font-size:14px;font-weight:bold}
h1.news-title{font-size:24px;line-height:1.5;margin:4px 0 8px;color:#000}.news-abstract{font-size:16px;font-weight:bold;color:#444;margin:0 0 10px}
.news-info{font-size:12px;color:#777;border-top:1px dotted #ccc;border-bottom:1px dotted #ccc;padding:4px 0;margin-bottom:10px}
.news-detail p{font-size:16px;line-height:1.9;margin:0 0 14px;text-indent:2em}.news-detail h2{font-size:17px;color:#c00;margin:18px 0 8px}
.news-detail table.dt{border-collapse:collapse;width:100%;margin-bottom:6px}.news-detail table.dt th{background:#c00;color:#fff;padding:4px}.news-detail table.dt td{border:1px solid #ccc;padding:4px;text-align:center}
.news-detail .tsrc{font-size:12px;color:#888;margin:0 0 14px}.news-detail .pic-cap{font-size:12px;color:#666;text-align:center;margin:0 0 12px}
table.box{width:100%;border-collapse:collapse;margin-bottom:10px;background:#fff;border:1px solid #ddd}table.box th{background:#c00;color:#fff;text-align:left;padding:5px 8px;font-size:14px}
table.box td{padding:4px 8px;border-bottom:1px solid #eee;font-size:13px}table.box td.d{color:#999;font-size:11px;white-space:nowrap}
.ad-cell{background:#f4f4f4;text-align:center;color:#bbb;font-size:10px}.footer-cell{background:#222;color:#aaa;font-size:12px;padding:12px}.footer-cell a{color:#ccc;margin-right:8px}
td.left-col{width:170px;padding:10px 6px;background:#f3f3f3;border-right:1px solid #e0e0e0}
table.lmenu{width:100%;border-collapse:collapse;margin-bottom:10px;background:#fff;border:1px solid #ddd}
table.lmenu th{background:#333;color:#fff;font-size:13px;text-align:left;padding:4px 6px}table.lmenu td{padding:3px 6px;font-size:12px;border-bottom:1px dotted #e3e3e3}
table.lmenu td a{color:#333;display:block}table.lmenu td a:hover{background:#fff0f0;color:#c00}table.lmenu td.sub{padding-left:14px}
#srHot{list-style:none;margin:0;padding:0;height:22px;overflow:hidden}#srHot li{font-size:13px;line-height:22px}
.hot-cell{background:#fff;border-bottom:1px solid #ddd;padding:4px 8px}.hot-cell b{background:#c00;color:#fff;padding:1px 6px;margin-right:6px;font-size:12px}
.tab{display:inline-block;padding:3px 10px;background:#ddd;color:#333;font-size:12px;margin-right:2px;cursor:pointer}.tab.on{background:#c00;color:#fff}
table.gallery{width:100%;border-collapse:collapse;margin-bottom:10px}table.gallery td{width:25%;padding:4px;text-align:center;font-size:11px;vertical-align:top}
table.gallery img{border:1px solid #ccc;padding:2px;background:#fff}
table.cmt{width:100%;border-collapse:collapse;margin-bottom:10px;border:1px solid #ddd}table.cmt th{background:#666;color:#fff;text-align:left;padding:4px 8px;font-size:13px}
table.cmt td{padding:6px 8px;font-size:13px;border-bottom:1px solid #eee;vertical-align:top}table.cmt td.who{width:140px;color:#c00;font-weight:bold;font-size:12px}
table.cmt td.who span{display:block;color:#999;font-weight:normal;font-size:11px}table.cmt input,table.cmt textarea{font-family:Tahoma;font-size:12px;border:1px solid #bbb}
table.cmt .captcha{background:#eee;font-family:"Courier New",monospace;font-size:16px;letter-spacing:4px;padding:2px 6px;color:#555}
table.sitemap{width:100%;border-collapse:collapse}table.sitemap td{vertical-align:top;padding:4px 8px;font-size:11px;line-height:1.7}table.sitemap td b{color:#fff;display:block}
.linkx a{font-size:11px;color:#555}
.share-row a{display:inline-block;padding:2px 8px;margin-right:4px;color:#fff;font-size:12px}.share-row .fb{background:#3b5998}.share-row .line{background:#00b900}.share-row .tw{background:#1da1f2}
"""

HEAD_JS = """<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({"event":"article_view","page_type":"news","section":"%(section)s","news_id":"%(nid)s","author":"%(author)s","publish_date":"%(pub)s","word_count":%(words)d,"language":"th"});
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://gtm.siamrayngan.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-SR5N2XK');
</script>
<script>
window.srAds=window.srAds||{cmd:[]};
srAds.cmd.push(function(){
  srAds.network="/22018847/siamrayngan";
  srAds.define("billboard",[[970,250],[970,90],[728,90]],"ad-billboard");
  srAds.define("lb_top",[[728,90]],"ad-lb-top");
  srAds.define("mr_1",[[300,250]],"ad-mr-1");
  srAds.define("hp_1",[[300,600],[300,250]],"ad-hp-1");
  srAds.define("mr_2",[[300,250]],"ad-mr-2");
  srAds.define("in_article_1",[[300,250],[336,280],"fluid"],"ad-in-1");
  srAds.define("in_article_2",[[300,250],[336,280],"fluid"],"ad-in-2");
  srAds.define("in_article_3",[[300,250],"fluid"],"ad-in-3");
  srAds.define("lb_bottom",[[728,90],[970,90]],"ad-lb-bottom");
  srAds.define("sticky_bottom",[[728,90],[320,50]],"ad-sticky");
  srAds.outOfPage("interstitial","ad-oop");
  srAds.target({section:"%(section)s",news_id:"%(nid)s",tags:%(tags)s});
  srAds.lazy({fetch:300,render:100});srAds.refresh("sticky_bottom",30);
});
</script>
<script async src="https://static.siamrayngan.example/js/sr-ads.7.min.js"></script>
<script>
window.srPDPA={cookie:"sr_consent",version:"2.3",lang:"th",categories:["necessary","analytics","marketing","social"],policy:"/privacy-policy"};
</script>
"""

OLD_HEAD_JS = """<script type="text/javascript">
var _srq=_srq||[];_srq.push(["_setAccount","SR-0018-1"]);_srq.push(["_trackPageview"]);
(function(){var s=document.createElement("script");s.type="text/javascript";s.async=true;s.src="https://stat.siamrayngan.example/old/srq.js";
var x=document.getElementsByTagName("script")[0];x.parentNode.insertBefore(s,x);})();
var srZone={bill:"1101",lb:"1102",mr1:"1103",hp1:"1104",mr2:"1105",in1:"1106",in2:"1107",in3:"1108",lbb:"1109"};
function srAd(z,w,h){document.write('<iframe src="https://adserv.siamrayngan.example/www/delivery/afr.php?zoneid='+srZone[z]+'&amp;cb='+Math.floor(Math.random()*99999999)+'" width="'+w+'" height="'+h+'" frameborder="0" scrolling="no" allowtransparency="true"></iframe>');}
function srFont(n){var o=document.getElementById("newsDetail");if(!o)return false;var p=o.getElementsByTagName("p");for(var i=0;i<p.length;i++){p[i].style.fontSize=n+"px";}return false;}
function srShare(u,w,h){window.open(u,"share","width="+(w||600)+",height="+(h||450)+",scrollbars=yes");return false;}
function srBookmark(){if(window.external&&("AddFavorite" in window.external)){window.external.AddFavorite(location.href,document.title);}else{alert("กด Ctrl+D เพื่อบันทึกหน้านี้");}return false;}
</script>
"""

OLD_LIB_JS = """<script type="text/javascript">
/* sr-common.js (inline build 2012-08) : menu, tabs, popup banner, flash banners, font, rotating headlines */
var SR=SR||{};
SR.$=function(id){return document.getElementById(id);};
SR.addEvent=function(o,e,f){if(o.addEventListener){o.addEventListener(e,f,false);}else if(o.attachEvent){o.attachEvent("on"+e,f);}};
SR.getCookie=function(n){var c=document.cookie.split("; ");for(var i=0;i<c.length;i++){var p=c[i].split("=");if(p[0]==n){return unescape(p[1]);}}return null;};
SR.setCookie=function(n,v,h){var d=new Date();d.setTime(d.getTime()+h*3600000);document.cookie=n+"="+escape(v)+"; expires="+d.toGMTString()+"; path=/";};
SR.tabs=function(prefix,count,active){for(var i=1;i<=count;i++){var t=SR.$(prefix+"_tab"+i),b=SR.$(prefix+"_box"+i);if(!t||!b){continue;}
  t.className=(i==active)?"tab on":"tab";b.style.display=(i==active)?"block":"none";}return false;};
SR.popupBanner=function(){if(SR.getCookie("sr_popup")){return;}var d=document.createElement("div");d.id="srPopup";
  d.style.cssText="position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.6);z-index:9999;text-align:center";
  d.innerHTML='<div style="margin:80px auto;width:600px;background:#fff;padding:6px;position:relative"><a href="#" onclick="SR.closePopup();return false;" style="position:absolute;right:6px;top:2px;font-size:18px">X</a>'+
  '<iframe src="https://adserv.siamrayngan.example/www/delivery/afr.php?zoneid=1110" width="600" height="500" frameborder="0" scrolling="no"></iframe></div>';
  document.body.appendChild(d);SR.setCookie("sr_popup","1",6);window.setTimeout(SR.closePopup,15000);};
SR.closePopup=function(){var d=SR.$("srPopup");if(d){d.parentNode.removeChild(d);}};
SR.flash=function(id,src,w,h,link){var el=SR.$(id);if(!el){return;}var hasFlash=false;try{hasFlash=!!(navigator.mimeTypes&&navigator.mimeTypes["application/x-shockwave-flash"]);}catch(e){}
  if(hasFlash){el.innerHTML='<object type="application/x-shockwave-flash" data="'+src+'?clickTAG='+escape(link)+'" width="'+w+'" height="'+h+'"><param name="movie" value="'+src+'?clickTAG='+escape(link)+'" /><param name="wmode" value="transparent" /></object>';}
  else{el.innerHTML='<a href="'+link+'" target="_blank"><img src="'+src.replace(".swf",".gif")+'" width="'+w+'" height="'+h+'" border="0" alt="" /></a>';}};
SR.rotate=function(id,ms){var el=SR.$(id);if(!el){return;}var items=el.getElementsByTagName("li"),n=0;if(items.length<2){return;}
  for(var i=1;i<items.length;i++){items[i].style.display="none";}window.setInterval(function(){items[n].style.display="none";n=(n+1)%items.length;items[n].style.display="block";},ms||4000);};
SR.menu=function(){var m=SR.$("srMenu");if(!m){return;}var a=m.getElementsByTagName("a");for(var i=0;i<a.length;i++){SR.addEvent(a[i],"mouseover",function(){this.style.textDecoration="underline";});
  SR.addEvent(a[i],"mouseout",function(){this.style.textDecoration="none";});}};
SR.printPage=function(){var w=window.open("","print","width=760,height=600,scrollbars=yes");var d=SR.$("newsDetail");if(!w||!d){return false;}
  w.document.write('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874" /><title>'+document.title+'</title></head><body style="font-family:Tahoma;font-size:14px">'+d.innerHTML+'</body></html>');
  w.document.close();w.print();return false;};
SR.addEvent(window,"load",function(){SR.menu();SR.rotate("srHot",5000);SR.flash("srFlashTop","https://static.siamrayngan.example/banner/top_970x90.swf",970,90,"https://sponsor.siamrayngan.example/c/top");
  if(location.pathname=="/news.php"){SR.popupBanner();}});
</script>
"""

FOOT_JS = """<script>
(function(){
  function gc(n){var m=document.cookie.match(new RegExp("(?:^|; )"+n+"=([^;]*)"));return m?m[1]:null;}
  var b=document.getElementById("sr-pdpa");if(b&&!gc("sr_consent")){b.className="on";}
  if(b){b.querySelector(".yes").onclick=function(){document.cookie="sr_consent=all;max-age=31536000;path=/";b.className="";window.dataLayer&&dataLayer.push({event:"consent_all"});};}
  var cp=document.querySelector(".sr-share .cp");if(cp){cp.addEventListener("click",function(e){e.preventDefault();navigator.clipboard&&navigator.clipboard.writeText(cp.getAttribute("data-url"));cp.textContent="คัดลอกแล้ว";});}
  var st=document.getElementById("ad-sticky");if(st){var x=document.createElement("button");x.textContent="\\u00d7";x.className="close";x.onclick=function(){st.style.display="none";};st.appendChild(x);}
})();
</script>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.example/th_TH/sdk.js#xfbml=1&amp;version=v18.0&amp;appId=428810021993"></script>
<script>(function(){var s=document.createElement("script");s.src="https://rec.siamrayngan.example/widget/v2.js";s.async=true;document.body.appendChild(s);})();</script>
"""


def pick(seed, n, off=0, src=POOL):
    return [src[(seed * 7 + off + i * 3) % len(src)] for i in range(n)]




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


# ---------------------------------------------------------------- rendering

def ad(old, zone, cls, label=True):
    if old:
        w, hgt = {"bill": (970, 250), "lb": (728, 90), "mr1": (300, 250), "hp1": (300, 600), "mr2": (300, 250), "in1": (300, 250),
                  "in2": (300, 250), "in3": (300, 250), "lbb": (728, 90)}[zone]
        return f'<div class="ad-cell"><script type="text/javascript">srAd("{zone}",{w},{hgt});</script></div>'
    lab = '<span class="lbl">โฆษณา</span>' if label else ""
    return f'<div class="sr-ad {cls}" id="ad-{zone}">{lab}</div>'


def render_body(a):
    old, dg = a["old"], a.get("thai_digits", False)
    out, blocks = [], []
    if a.get("dek"):
        blocks.append(Block("paragraph", th(a["dek"], dg), optional=True))
    n_ad = 0
    for p in a["parts"]:
        k = p[0]
        if k == "p":
            t = th(p[1], dg)
            out.append(f"<p>{esc(t)}</p>")
            blocks.append(Block("paragraph", t))
        elif k == "h":
            t = th(p[1], dg)
            out.append(f"<h2>{esc(t)}</h2>" if not old else f"<p><b>{esc(t)}</b></p>")
            blocks.append(Block("heading", t))
        elif k == "ul":
            items = [th(x, dg) for x in p[1]]
            out.append('<ul class="bl">' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
            blocks += [Block("list_item", x) for x in items]
        elif k == "table":
            rows = [[th(c, dg) for c in r] for r in p[1]]
            t = ['<table class="dt"><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>"]
            t += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append("".join(t) + "</table>")
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            if p[2]:
                src = th(p[2], dg)
                out.append(f'<p class="tsrc">{esc(src)}</p>')
                blocks.append(Block("caption", src, optional=True))
        elif k == "fig":
            _, img, cap, credit = p
            cap = th(cap, dg)
            if old:
                out.append(f'<div align="center"><img src="{IMG}/{img}" width="600" height="400" alt="{attr(cap)}"></div>'
                           f'<p class="pic-cap">{esc(cap)} <span>{esc(credit)}</span></p>')
            else:
                out.append(f'<figure class="sr-fig"><img src="{IMG}/{img}" width="800" height="450" alt="{attr(cap)}" loading="lazy">'
                           f'<figcaption>{esc(cap)} <span>{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "note":
            t = th(p[1], dg)
            out.append(f'<p class="note">{esc(t)}</p>')
            blocks.append(Block("note", t, optional=True))
        elif k == "video":
            _, vid, title = p
            out.append(f'<div class="sr-embed"><iframe src="https://video.siamrayngan.example/embed/{vid}?autoplay=0" title="{attr(title)}" '
                       f'allowfullscreen loading="lazy"></iframe></div><p class="sr-embed-cap">คลิป: {esc(title)}</p>')
        elif k == "map":
            out.append(f'<div class="sr-map"><iframe src="https://maps.siamrayngan.example/embed?q={p[1]}&amp;z=14" title="แผนที่" loading="lazy"></iframe></div>')
        elif k == "ad":
            n_ad += 1
            out.append(ad(old, f"in{n_ad}", "sr-ad-in"))
            if a.get("split") and n_ad == 2:
                t, d = a["related"][0]
                out.append(f'<div class="sr-readalso"><b>อ่านข่าวที่เกี่ยวข้อง</b> <a href="/news/{a["nid"] - 9}">{esc(t)}</a></div>')
                out.append('</div>\n<div class="sr-content sr-content-more">')
    return "\n".join(out), blocks


def boxes(a, view, dg):
    """Sidebar boxes shared by both layouts: (title, inner html) pairs."""
    nid = a["nid"]
    seed = a["seed"]
    pop = "".join(f'<li><span class="n">{i + 1}</span><a href="/news/{nid - 211 - 17 * i}">{t}<span class="v">อ่าน {th(format((seed * 3571 + i * 911) % 90000 + 12000, ","), dg)} ครั้ง</span></a></li>'
                  for i, t in enumerate(pick(seed, 5, 1, MOST_READ)))
    latest = "".join(f'<li><time>{th((view - _dt.timedelta(minutes=4 + 11 * i)).strftime("%H:%M"), dg)}</time><a href="/news/{nid + 30 + i}">{t}</a></li>'
                     for i, t in enumerate(pick(a["seed"], 5, 2, LATEST)))
    lotto = (f'<table><tr><td>งวดวันที่ {d_date(a["lotto"], dg)}</td></tr><tr><td class="big">{th(a["lotto_no"], dg)}</td></tr>'
             f'<tr><td>เลขท้าย 2 ตัว: {th(a["lotto_no"][-2:], dg)} | เลขหน้า 3 ตัว: {th(a["lotto_no"][:3], dg)}</td></tr></table>')
    gold = (f'<table><tr><td>ทองคำแท่ง รับซื้อ</td><td>{th(a["gold"][0], dg)}</td></tr><tr><td>ทองคำแท่ง ขายออก</td><td>{th(a["gold"][1], dg)}</td></tr>'
            f'<tr><td>ทองรูปพรรณ ขายออก</td><td>{th(a["gold"][2], dg)}</td></tr></table>')
    horo = "<ul>" + "".join(f'<li><a href="/horoscope/{i + 1}">{z}</a></li>' for i, z in enumerate(HOROSCOPE)) + "</ul>"
    oil = "<table>" + "".join(f'<tr><td>{n}</td><td>{th(f"{20 + ((seed * 13 + i * 7) % 150) / 10:.2f}", dg)}</td></tr>' for i, n in enumerate(OIL)) + "</table>"
    fx = "<table>" + "".join(f'<tr><td>{n}</td><td>{th(f"{v + ((seed * 3 + i) % 9 - 4) / 10:.2f}", dg)}</td></tr>' for i, (n, v) in enumerate(FX)) + "</table>"
    wx = "<table>" + "".join(f'<tr><td>{n}</td><td>{th(f"{lo + seed % 3}-{hi + (seed + i) % 3}", dg)} &deg;C</td></tr>' for i, (n, lo, hi) in enumerate(WEATHER)) + "</table>"
    wb = "<ul>" + "".join(f'<li><a href="https://board.siamrayngan.example/topic/{nid * 3 + i}">{t}</a></li>' for i, t in enumerate(pick(seed, 8, 0, WEBBOARD))) + "</ul>"
    vids = "<ul>" + "".join(f'<li><a href="/video/{nid - 800 - i}"><img src="{IMG}/vthumb/{seed}{i}.jpg" width="120" height="68" alt="" loading="lazy" />'
                            f'<span class="dur">{th(du, dg)}</span> {t}</a></li>' for i, (t, du) in enumerate(VIDEOS)) + "</ul>"
    cols = "<ul>" + "".join(f'<li><a href="/column/{i + 1}"><b>{n}</b> {t}</a></li>' for i, (n, t) in enumerate(COLUMNISTS)) + "</ul>"
    return [("ข่าวยอดนิยม", "sr-pop", f"<ol>{pop}</ol>"), ("ข่าวล่าสุด", "sr-latest", f"<ul>{latest}</ul>"),
            ("ตรวจหวย", "sr-lotto", lotto), ("ราคาทองวันนี้", "sr-gold", gold)]


def widget_data(a, dg):
    """Oil, FX, weather, webboard, columnists, video and horoscope widgets: JSON the widget script renders."""
    seed, nid = a["seed"], a["nid"]
    return json_dumps({
        "oil": [{"name": n, "price": round(20 + ((seed * 13 + i * 7) % 150) / 10, 2)} for i, n in enumerate(OIL)],
        "fx": [{"name": n, "rate": round(v + ((seed * 3 + i) % 9 - 4) / 10, 2)} for i, (n, v) in enumerate(FX)],
        "weather": [{"region": n, "min": lo + seed % 3, "max": hi + (seed + i) % 3} for i, (n, lo, hi) in enumerate(WEATHER)],
        "webboard": [{"id": nid * 3 + i, "title": t} for i, t in enumerate(pick(seed, 8, 0, WEBBOARD))],
        "columnists": [{"id": i + 1, "name": n, "title": t} for i, (n, t) in enumerate(COLUMNISTS)],
        "videos": [{"id": nid - 800 - i, "title": t, "duration": du, "thumb": f"{IMG}/vthumb/{seed}{i}.jpg"} for i, (t, du) in enumerate(VIDEOS)],
        "horoscope": [{"id": i + 1, "sign": z} for i, z in enumerate(HOROSCOPE)],
        "provinces": [{"id": i + 1, "name": p_} for i, p_ in enumerate(PROVINCES)],
        "digits": "thai" if dg else "arabic"})


def cat_blocks(a, old):
    """'More from other sections' blocks under the article."""
    out = []
    for j, (name, path, items) in enumerate(CAT_NEWS[a["seed"] % len(CAT_NEWS):][:1]):
        its = items[a["seed"] % 2:] + items[:a["seed"] % 2]
        if old:
            out.append(f'<table class="box" cellpadding="0" cellspacing="0"><tr><th colspan="2">{name}</th></tr>' + "".join(
                f'<tr><td width="90"><img src="{IMG}/thumb/c{j}{i}.jpg" width="80" height="54" alt="" /></td><td><a href="{path}/{a["nid"] - 500 - 7 * i - j}">{t}</a></td></tr>'
                for i, t in enumerate(its)) + "</table>")
        else:
            out.append(f'<section class="sr-box sr-rel sr-cat-more"><h3><a href="{path}">{name}</a></h3><ul>' + "".join(
                f'<li><a href="{path}/{a["nid"] - 500 - 7 * i - j}"><img src="{IMG}/thumb/c{j}{i}.jpg" width="240" height="135" alt="" loading="lazy">{t}</a></li>'
                for i, t in enumerate(its)) + "</ul></section>")
    return "".join(out)


def head(a, blocks):
    old, pub = a["old"], a["pub"]
    charset = "windows-874" if a["codec"] == "cp874" else "utf-8"
    canon = canonical(a["url"])
    sec = next(n for n in NAV if n[0] == a["section"])
    h = ["<!DOCTYPE html>" if not old else '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html lang="th">' if not old else '<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th">', "<head>",
         f'<meta charset="{charset}">']
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append(f"<title>{esc(a['title'])}</title>")
    h.append(f'<meta name="description" content="{attr(a["desc"])}">')
    h.append(f'<meta name="keywords" content="{attr(",".join(a["tags"]))}">')
    h.append(f'<link rel="canonical" href="{canon}">')
    h.append('<meta property="fb:app_id" content="428810021993"><meta property="fb:pages" content="101877412290115">')
    h.append('<meta property="og:locale" content="th_TH">')
    h.append(f'<meta property="og:site_name" content="{NAME}">')
    h.append('<meta property="og:type" content="article">')
    h.append(f'<meta property="og:title" content="{attr(a["og_title"])}">')
    h.append(f'<meta property="og:description" content="{attr(a["desc"])}">')
    h.append(f'<meta property="og:url" content="{canon}">')
    h.append(f'<meta property="og:image" content="{IMG}/{a["image"]}">')
    md = a.get("meta_date", "pub")
    if md == "pub":
        h.append(f'<meta property="article:published_time" content="{iso(pub)}">')
    elif md == "be":
        # the old CMS stored its own date field in the Buddhist era
        h.append(f'<meta name="pubdate" content="{pub.year + 543}-{pub:%m-%d %H:%M:%S}">')
    if a.get("upd"):
        h.append(f'<meta property="article:modified_time" content="{iso(a["upd"])}">')
    h.append(f'<meta property="article:section" content="{sec[1]}">')
    for t in a["tags"]:
        h.append(f'<meta property="article:tag" content="{attr(t)}">')
    h.append('<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@siamrayngan">')
    h.append(f'<meta name="twitter:title" content="{attr(a["og_title"])}">')
    h.append('<link rel="shortcut icon" href="/favicon.ico">')
    if not old:
        h.append(f'<link rel="preconnect" href="{IMG}"><link rel="preconnect" href="{STATIC}"><link rel="dns-prefetch" href="https://connect.facebook.example">')
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": canon},
              "headline": a["og_title"], "description": a["desc"], "image": {"@type": "ImageObject", "url": f"{IMG}/{a['image']}", "width": 1200, "height": 675},
              "datePublished": iso(pub), "dateModified": iso(a.get("upd") or pub),
              "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{STATIC}/assets/logo-600.png"}},
              "articleSection": sec[1], "keywords": a["tags"], "inLanguage": "th"}
        la = a.get("ld_author", "people")
        if la == "people":
            ld["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
        elif la == "org":
            ld["author"] = {"@type": "Organization", "name": "กองบรรณาธิการสยามรายงาน", "url": f"{HOST}/about/editorial"}
        if a.get("ld", True):
            h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
        h.append("<style>" + CSS + "</style>")
        h.append("<style>" + utility_css("sr") + "</style>")
        h.append("<script>window.__srCmp={\"framework\":\"pdpa\",\"vendors\":" + vendor_list(a["nid"] % 1009, 70 + a["seed"] * 4) + "};</script>")
        h.append("<script>" + ad_config(a["nid"], "sr", [("ad-billboard", [[970, 250], [728, 90]]), ("ad-mr_1", [[300, 250]]), ("ad-hp_1", [[300, 600]]),
                                                          ("ad-mr_2", [[300, 250]]), ("ad-in1", [[300, 250], [336, 280]]), ("ad-in2", [[300, 250]]),
                                                          ("ad-lb_top", [[728, 90]]), ("ad-lb_bottom", [[728, 90]]), ("ad-sticky", [[320, 50], [728, 90]])]) + "</script>")
        words = sum(len(b.text) for b in blocks if not b.optional)
        h.append(HEAD_JS % {"section": a["section"], "nid": a["nid"], "author": ", ".join(a["authors"]), "pub": iso(pub), "words": words,
                            "tags": _json.dumps(a["tags"], ensure_ascii=False)})
    else:
        h.append('<link rel="alternate" type="application/rss+xml" title="สยามรายงาน" href="/rss/news.xml">')
        h.append('<style type="text/css">' + OLD_CSS + "</style>")
        h.append(OLD_HEAD_JS)
    h.append("</head>")
    return h


def byline(a, dg):
    pub, upd = a["pub"], a.get("upd")
    when = a["fmt"](pub, dg)
    parts = [f'<span class="by">โดย {", ".join(esc(n) for n in a["authors"])}</span>'] if a["authors"] else []
    if a.get("notime"):
        parts.append(f'<span class="date">{when}</span>')
        if upd:
            parts.append(f'<span class="upd">อัปเดต: {a["fmt"](upd, dg)}</span>')
    else:
        parts.append(f'<time datetime="{iso(pub)}">{when}</time>')
        if upd:
            parts.append(f'<span class="upd">อัปเดต: <time datetime="{iso(upd)}">{a["fmt"](upd, dg)}</time></span>')
    parts.append(f'<span class="views">อ่าน {th(format(a["views"], ","), dg)} ครั้ง</span>')
    return ' <span class="sep">|</span> '.join(parts)


def page_new(a):
    dg = a.get("thai_digits", False)
    view, nid = a["view"], a["nid"]
    sec = next(n for n in NAV if n[0] == a["section"])
    body_html, blocks = render_body(a)
    canon = canonical(a["url"])
    h = head(a, blocks)
    h.append(f'<body class="news-detail sec-{a["section"]}">')
    h.append(icon_sprite(a["nid"] % 997, ["search", "menu", "close", "tv", "app", "facebook", "line", "x", "copy", "eye", "clock", "comment", "play", "arrow"]))
    h.append('<div id="sr-app" class="sr-app"><div class="sr-page">')
    h.append(f'<div class="sr-strip"><div class="sr-c"><span>{d_long(view, dg, time=False)}</span><span><a href="/advertise">ติดต่อโฆษณา</a>'
             '<a href="/contact">ติดต่อเรา</a><a href="/login">เข้าสู่ระบบ</a></span></div></div>')
    h.append('<header class="sr-head"><div class="sr-c"><a class="sr-logo" href="/">สยามรายงาน</a><div class="sr-tools"><a href="/search">ค้นหา</a>'
             '<a href="/live">ดูทีวีสด</a><a href="/app">ดาวน์โหลดแอป</a></div></div></header>')
    n = ['<nav class="sr-nav"><div class="sr-c"><ul class="m">']
    for key, label, path, subs in NAV:
        sub = f'<ul class="s" data-menu="{key}"></ul>' if subs else ""
        on = ' class="on"' if key == a["section"] else ""
        n.append(f'<li{on}><a href="{path}">{label}</a>{sub}</li>')
    n.append("</ul></div></nav>")
    h.append("".join(n))
    h.append('<div class="sr-c">' + ad(False, "billboard", "sr-ad-bill"))
    h.append('<div class="sr-ticker"><b>ข่าวด่วน</b><ul>' + "".join(f'<li><a href="/news/{nid + 50 + i}">{t}</a></li>' for i, t in enumerate(pick(a["seed"], 3, 5))) + "</ul></div>")
    h.append('<div class="sr-layout"><div class="sr-row"><main class="sr-main"><div class="sr-main-inner"><div class="sr-main-col">')
    h.append(f'<div class="sr-crumb"><a href="/">หน้าแรก</a><i>&rsaquo;</i><a href="{sec[2]}">{sec[1]}</a><i>&rsaquo;</i><span>{a["sub"]}</span></div>')
    h.append(f'<article class="sr-art" id="news-{nid}"><div class="sr-art-wrap"><header class="sr-art-head"><span class="sr-cat">{a["sub"]}</span>')
    if a.get("hl_div"):
        # the photo-story template prints the title in a styled <div>; the page has no <h1>
        h.append(f'<div class="sr-title">{esc(th(a["headline"], dg))}</div>')
    elif a.get("kicker") and a.get("kicker_in_h1"):
        h.append(f'<h1><span class="sr-kicker">{esc(a["kicker"])}</span> {esc(th(a["headline"], dg))}</h1>')
    else:
        if a.get("kicker"):
            h.append(f'<span class="sr-kicker">{esc(a["kicker"])}</span>')
        h.append(f'<h1>{esc(th(a["headline"], dg))}</h1>')
    if a.get("dek"):
        h.append(f'<p class="sr-abstract">{esc(th(a["dek"], dg))}</p>')
    h.append(f'<div class="sr-info">{byline(a, dg)}</div></header>')
    h.append(f'<div class="sr-share"><a class="fb" href="https://facebook.example/sharer.php?u={canon}">แชร์</a><a class="line" href="https://line.example/msg/text/?{canon}">LINE</a>'
             f'<a class="x" href="https://x.example/intent/post?url={canon}">X</a><a class="cp" href="#" data-url="{canon}">คัดลอกลิงก์</a></div>')
    h.append(f'<div class="sr-content" id="newsDetail">{body_html}</div>')
    h.append('<div class="sr-tags"><b>แท็กที่เกี่ยวข้อง</b>' + "".join(f'<a href="/tags/{attr(t)}">{esc(t)}</a>' for t in a["tags"]) + "</div>")
    h.append("</div></article>")
    h.append(ad(False, "lb_top", "sr-ad-lb"))
    h.append('<section class="sr-box sr-rel"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>' + "".join(
        f'<li><a href="/news/{nid - 9 * (i + 1)}"><img src="{IMG}/thumb/{nid - 9 * (i + 1)}.jpg" width="240" height="135" alt="" loading="lazy">{t}'
        f'<span class="dt">{d_short(d, dg)}</span></a></li>' for i, (t, d) in enumerate(a["related"][:4])) + "</ul></section>")
    h.append('<section class="sr-box sr-native"><h3>เรื่องที่คุณอาจสนใจ</h3><ul>' + "".join(
        f'<li><a href="https://sponsor.siamrayngan.example/c/{a["seed"]}{i}" rel="sponsored nofollow"><img src="{IMG}/sp/{a["seed"]}{i}.jpg" width="200" height="120" alt="" loading="lazy">'
        f'<span class="sp">ได้รับการสนับสนุน</span>{t}</a></li>' for i, t in enumerate(SPONSORED[:2])) + "</ul></section>")
    h.append(f'<section class="sr-box"><h3>แสดงความคิดเห็น</h3><div class="sr-fbc"><div class="fb-comments" data-href="{canon}" data-numposts="10" data-width="100%"></div>'
             'ความคิดเห็นของผู้อ่านไม่เกี่ยวข้องกับกองบรรณาธิการสยามรายงาน</div></section>')
    h.append(ad(False, "lb_bottom", "sr-ad-lb"))
    h.append('</div></div></main><aside class="sr-side">')
    h.append(ad(False, "mr_1", "sr-ad-mr"))
    bx = boxes(a, view, dg)
    for i, (t, cls, inner) in enumerate(bx):
        h.append(f'<section class="sr-box {cls}"><h3>{t}</h3>{inner}</section>')
        if i == 1:
            h.append(ad(False, "hp_1", "sr-ad-hp"))
        if i == 3:
            h.append(ad(False, "mr_2", "sr-ad-mr"))
    h.append('<div class="sr-widgets" id="sr-widgets"></div>')
    h.append("</aside></div></div></div>")
    f = ['<footer class="sr-foot"><div class="sr-c"><div class="cols">']
    for i, (hd, items) in enumerate(FOOT[:2]):
        f.append(f'<div class="col"><h5>{hd}</h5><ul>' + "".join(f'<li><a href="/p/{i}{j}">{x}</a></li>' for j, x in enumerate(items)) + "</ul></div>")
    f.append('<div class="col"><h5>ติดตามเรา</h5><ul><li><a href="https://facebook.example/siamrayngan">Facebook</a></li><li><a href="https://line.example/@siamrayngan">LINE</a></li>'
             '<li><a href="https://youtube.example/@siamrayngan">YouTube</a></li><li><a href="https://tiktok.example/@siamrayngan">TikTok</a></li></ul></div>')
    f.append('</div><div class="prov"><h5>ข่าวทั่วไทย</h5><div class="prov-list" data-widget="provinces"></div></div>')
    f.append(f'<div class="legal">&copy; {th(str(view.year + 543), dg)} สยามรายงาน สงวนลิขสิทธิ์ ห้ามคัดลอก ดัดแปลง หรือเผยแพร่เนื้อหาโดยไม่ได้รับอนุญาต'
             ' &middot; <a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a> &middot; <a href="/terms">ข้อกำหนดการใช้งาน</a></div></div></footer>')
    h.append("".join(f))
    h.append('<div class="sr-ad sr-ad-sticky" id="ad-sticky"><span class="lbl">โฆษณา</span></div><div id="ad-oop"></div>')
    h.append('<div id="sr-pdpa" role="dialog" aria-label="การใช้คุกกี้"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานและนำเสนอโฆษณาที่ตรงกับความสนใจของคุณ '
             'คุณสามารถเลือกตั้งค่าความยินยอมได้ตามต้องการ <a href="/cookie-policy">อ่านนโยบายคุกกี้</a></p>'
             '<button class="set" type="button">ตั้งค่า</button><button class="yes" type="button">ยอมรับทั้งหมด</button></div>')
    h.append('</div></div>')
    h.append(f'<script>window.srWidgets={widget_data(a, dg)};window.srMenu=' + json_dumps({k: [{"label": x, "href": f"{pa}/{i + 1}"} for i, x in enumerate(sb)] for k, _, pa, sb in NAV if sb}) + ';</script>')
    h.append(FOOT_JS)
    h.append("</body>\n</html>\n")
    return "\n".join(h), blocks


VIDEOS = [("ย้อนรอยตลาดเก่าร้อยปีริมน้ำ", "04:12"), ("สอนทำขนมไทยโบราณแบบง่าย", "06:45"), ("นาทีระทึกกู้ภัยช่วยลูกช้างตกบ่อ", "02:31"),
          ("เปิดบ้านศิลปินพื้นบ้านเมืองเหนือ", "08:05"), ("สรุปข่าวเด่นประจำวัน", "10:20"), ("ชิมก๋วยเตี๋ยวเรือสูตรโบราณ", "05:38")]

LINK_EXCHANGE = ["ท่องเที่ยวทั่วไทย", "สูตรอาหารไทย", "ข่าวรถยนต์", "ตลาดมือสอง", "เว็บบอร์ดคนรักปลา", "ดูหนังสั้นไทย",
                 "เกมออนไลน์", "ฟังวิทยุออนไลน์", "รับสมัครงาน", "ขายบ้านที่ดิน", "พระเครื่องเมืองไทย", "สอนภาษาฟรี"]
GALLERY = ["บรรยากาศตลาดน้ำยามเช้า", "ชาวนาเกี่ยวข้าวหน้าฝน", "เทศกาลแห่เทียนพรรษา", "ทะเลหมอกบนยอดดอย",
           "งานวัดประจำปีคึกคัก", "เด็กนักเรียนปลูกป่าชายเลน", "ไฟประดับริมแม่น้ำ", "ตลาดผลไม้หน้าร้อน"]


def old_weight(a, dg):
    nid, view = a["nid"], a["view"]
    hot = ",\n".join('[%d,"%s","%s"]' % (nid - 300 - i * 7, t.replace('"', '\\"'), (view - _dt.timedelta(minutes=25 * i + 9)).strftime("%H:%M"))
                      for i, t in enumerate(POOL + LATEST + MOST_READ))
    zones = ",\n".join('"%s":{w:%d,h:%d,rot:[%s]}' % (z, w, hh, ",".join('{id:%d,src:"%s/bn/%s_%d.gif",url:"https://ads.siamrayngan.example/c.php?b=%d",w8:%d}'
                                                                          % (9000 + k * 31 + j, IMG, z, j, 9000 + k * 31 + j, 5 + (j * 7 + k) % 20) for j in range(6)))
                        for k, (z, w, hh) in enumerate([("bill", 970, 250), ("lb", 728, 90), ("mr1", 300, 250), ("hp1", 300, 600), ("mr2", 300, 250),
                                                        ("in1", 300, 250), ("in2", 300, 250), ("in3", 300, 250), ("lbb", 728, 90)]))
    css = []
    for name, c1 in (("box", "#b30000"), ("lmenu", "#7a0000"), ("gallery", "#333333"), ("cmt", "#555555"), ("tabs", "#b30000"), ("linkx", "#006699")):
        for k in range(1, 9):
            css.append(f".{name}-r{k}{{padding:{2 + k % 3}px {4 + k}px;border-bottom:1px {'dotted' if k % 2 else 'solid'} {c1};font-size:{12 + k % 3}px;line-height:{130 + k * 5}%}}"
                       f".{name}-r{k} a{{color:{c1};font-weight:{'bold' if k % 3 == 0 else 'normal'}}}.{name}-r{k} a:hover{{color:#ff6600;text-decoration:underline}}"
                       f".{name}-c{k}{{width:{k * 14}px;text-align:{'right' if k % 2 else 'left'};vertical-align:top}}")
    return ('<style type="text/css">' + "\n".join(css) + '</style>\n<script type="text/javascript">\nvar srHot=[\n' + hot + '];\nvar srZones={\n' + zones + '};\n</script>')


def old_comments(a, dg):
    rows = "".join(f'<tr><td class="who">{esc(n)}<span>{d_short(w, dg)}</span></td><td>{esc(t)}</td></tr>' for n, w, t in a.get("comments", []))
    return (f'<table class="cmt" cellpadding="0" cellspacing="0"><tr><th colspan="2">ความคิดเห็นจากผู้อ่าน ({th(str(len(a.get("comments", []))), dg)})</th></tr>{rows}'
            f'<tr><td colspan="2"><form action="/comment_add.php" method="post"><input type="hidden" name="id" value="{a["nid"]}" />'
            'ชื่อ: <input type="text" name="name" size="20" /> อีเมล: <input type="text" name="email" size="24" /><br />'
            '<textarea name="msg" rows="4" cols="70"></textarea><br />รหัสยืนยัน: <span class="captcha">7K3Q9</span> <input type="text" name="code" size="6" /> '
            '<input type="submit" value="ส่งความคิดเห็น" /><br /><small>ความคิดเห็นที่ไม่เหมาะสมจะถูกลบโดยไม่ต้องแจ้งให้ทราบ</small></form></td></tr></table>')


def page_old(a):
    dg = a.get("thai_digits", False)
    view, nid = a["view"], a["nid"]
    sec = next(n for n in NAV if n[0] == a["section"])
    body_html, blocks = render_body(a)
    canon = canonical(a["url"])
    h = head(a, blocks)
    h.append('<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">')
    h.append('<table class="frame" cellpadding="0" cellspacing="0" border="0">')
    h.append(f'<tr><td colspan="2" class="top-date"><table width="100%" cellpadding="0" cellspacing="0"><tr><td>{d_long(view, dg, time=False)}</td>'
             '<td align="right"><a href="#" onclick="return srBookmark();">บันทึกหน้านี้</a> | <a href="/contact.php">ติดต่อเรา</a> | <a href="/advertise.php">ติดต่อโฆษณา</a></td></tr></table></td></tr>')
    h.append('<tr><td colspan="2" class="logo-cell"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
             '<td width="240"><a href="/"><img src="/images/logo_sr.gif" width="230" height="70" alt="สยามรายงาน" /></a></td>'
             f'<td align="right"><div id="srFlashTop"></div>{ad(True, "lb", "")}</td></tr></table></td></tr>')
    h.append('<tr><td colspan="2" class="menu-cell" id="srMenu">' + "".join(
        f'<a href="{path}"' + (' class="on"' if key == a["section"] else "") + f'>{label}</a>' for key, label, path, _ in NAV) + "</td></tr>")
    h.append('<tr><td colspan="2" class="ticker-cell"><b>ข่าวด่วน:</b> <marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">' +
             " &nbsp;&bull;&nbsp; ".join(f'<a href="/news.php?id={nid + 50 + i}">{t}</a>' for i, t in enumerate(pick(a["seed"], 3, 5))) + "</marquee></td></tr>")
    h.append('<tr><td colspan="2" class="hot-cell"><b>ข่าวเด่น</b><ul id="srHot">' + "".join(
        f'<li><a href="/news.php?id={nid - 120 - i}">{t}</a></li>' for i, t in enumerate(pick(a["seed"], 5, 4))) + "</ul></td></tr>")
    h.append(f'<tr><td colspan="2">{ad(True, "bill", "")}</td></tr>')
    h.append('<tr><td colspan="2"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>')
    lm = ['<td class="left-col"><table class="lmenu" cellpadding="0" cellspacing="0"><tr><th>หมวดข่าว</th></tr>']
    for key, label, path, subs in NAV:
        lm.append(f'<tr><td><a href="{path}">{label}</a></td></tr>')
    lm.append('</table><table class="lmenu" cellpadding="0" cellspacing="0"><tr><th>บริการ</th></tr>' + "".join(
        f'<tr><td><a href="/p/1{j}.php">{x}</a></td></tr>' for j, x in enumerate(FOOT[1][1])) + "</table>")
    lm.append('<table class="lmenu linkx" cellpadding="0" cellspacing="0"><tr><th>ลิงก์แลกเปลี่ยน</th></tr>' + "".join(
        f'<tr><td><a href="https://links.siamrayngan.example/out/{i + 1}" rel="nofollow">{x}</a></td></tr>' for i, x in enumerate(LINK_EXCHANGE[:6])) + "</table></td>")
    h.append("".join(lm))
    h.append('<td class="main-col">')
    h.append(f'<div class="crumb"><a href="/">หน้าแรก</a> &raquo; <a href="{sec[2]}">{sec[1]}</a> &raquo; {a["sub"]}</div>')
    h.append('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>')
    h.append(f'<span class="news-cat">{a["sub"]}</span><br />')
    if a.get("kicker"):
        h.append(f'<span class="news-kicker">{esc(a["kicker"])}</span>')
    h.append(f'<h1 class="news-title">{esc(th(a["headline"], dg))}</h1>')
    if a.get("dek"):
        h.append(f'<p class="news-abstract">{esc(th(a["dek"], dg))}</p>')
    h.append(f'<div class="news-info">{byline(a, dg)}</div>')
    h.append(f'<div class="share-row"><a class="fb" href="#" onclick="return srShare(\'https://facebook.example/sharer.php?u={canon}\');">Facebook</a>'
             f'<a class="line" href="https://line.example/msg/text/?{canon}">LINE</a><a class="tw" href="#" onclick="return srShare(\'https://x.example/intent/post?url={canon}\');">Twitter</a>'
             ' | ขนาดตัวอักษร <a href="#" onclick="return srFont(14);">เล็ก</a> <a href="#" onclick="return srFont(16);">กลาง</a> <a href="#" onclick="return srFont(19);">ใหญ่</a></div>')
    h.append(f'<div class="news-detail" id="newsDetail">{body_html}</div>')
    h.append('<p class="tags"><b>แท็ก:</b> ' + ", ".join(f'<a href="/tag.php?t={attr(t)}">{esc(t)}</a>' for t in a["tags"]) + "</p>")
    h.append("</td></tr></table>")
    h.append('<table class="box" cellpadding="0" cellspacing="0"><tr><th colspan="2">ข่าวที่เกี่ยวข้อง</th></tr>' + "".join(
        f'<tr><td><a href="/news.php?id={nid - 9 * (i + 1)}">{t}</a></td><td class="d">{d_short(d, dg)}</td></tr>' for i, (t, d) in enumerate(a["related"])) + "</table>")
    h.append('<table class="box" cellpadding="0" cellspacing="0"><tr><th colspan="2">ข่าวอื่นในหมวดเดียวกัน</th></tr>' + "".join(
        f'<tr><td colspan="2"><a href="/news.php?id={nid - 40 - i}">{t}</a></td></tr>' for i, t in enumerate(pick(a["seed"], 5, 9))) + "</table>")
    tabs = [("ข่าวล่าสุด", pick(a["seed"], 8, 6)), ("ข่าวยอดนิยม", pick(a["seed"], 8, 0, MOST_READ)), ("ข่าวแนะนำ", pick(a["seed"], 8, 15))]
    h.append('<table class="box" cellpadding="0" cellspacing="0"><tr><td>' + "".join(
        f'<a class="tab{" on" if i == 0 else ""}" id="sr3_tab{i + 1}" href="#" onclick="return SR.tabs(\'sr3\',3,{i + 1});">{t}</a>' for i, (t, _) in enumerate(tabs)) + "</td></tr>"
        + "".join(f'<tr><td><div id="sr3_box{i + 1}"' + ("" if i == 0 else ' style="display:none"') + ">" + ("".join(
            f'<div>&bull; <a href="/news.php?id={nid - 150 - 10 * i - j}">{x}</a></div>' for j, x in enumerate(items[:6])) if i == 0 else "") + "</div></td></tr>"
            for i, (_, items) in enumerate(tabs)) + "</table>")
    h.append('<table class="box" cellpadding="0" cellspacing="0"><tr><th>ภาพข่าว</th></tr><tr><td><table class="gallery"><tr>' + "".join(
        f'<td><a href="/gallery.php?id={nid - 60 - i}"><img src="{IMG}/gallery/{a["seed"]}{i}.jpg" width="110" height="74" alt="" /><br />{t}</a></td>'
        for i, t in enumerate(GALLERY[:4])) + "</tr></table></td></tr></table>")
    h.append(cat_blocks(a, True))
    h.append(old_comments(a, dg))
    h.append('<table class="box" cellpadding="0" cellspacing="0"><tr><th>ลิงก์ผู้สนับสนุน</th></tr>' + "".join(
        f'<tr><td><a href="https://sponsor.siamrayngan.example/c/{a["seed"]}{i}" rel="nofollow">{t}</a></td></tr>' for i, t in enumerate(SPONSORED[:2])) + "</table>")
    h.append(f'{ad(True, "lbb", "")}</td>')
    h.append(f'<td class="side-col">{ad(True, "mr1", "")}')
    bx = boxes(a, view, dg)
    for i, (t, cls, inner) in enumerate(bx):
        h.append(f'<table class="box {cls}" cellpadding="0" cellspacing="0"><tr><th>{t}</th></tr><tr><td>{inner}</td></tr></table>')
        if i == 1:
            h.append(ad(True, "hp1", ""))
        if i == 3:
            h.append(ad(True, "mr2", ""))
    h.append("</td></tr></table></td></tr>")
    smap = "".join(f'<td><b>{label}</b>' + "<br />".join(f'<a href="{path}/{i + 1}">{x}</a>' for i, x in enumerate(subs or [label])) + "</td>"
                   for key, label, path, subs in NAV[2:10])
    h.append('<tr><td colspan="2" class="footer-cell"><div id="srSitemap"></div></td></tr>')
    foot = " ".join(f'<a href="/p/{i}{j}.php">{x}</a>' for i, (hd, items) in enumerate(FOOT) for j, x in enumerate(items))
    prov = " ".join(f'<a href="/region.php?p={i + 1}">{p}</a>' for i, p in enumerate(PROVINCES))
    h.append(f'<tr><td colspan="2" class="footer-cell"><table width="100%" cellpadding="4" cellspacing="0"><tr><td>{foot}</td></tr>'
             f'<tr><td align="center">Copyright &copy; {th(str(view.year + 543), dg)} สยามรายงาน All rights reserved. ติดต่อกองบรรณาธิการ: newsroom@siamrayngan.example</td></tr></table></td></tr>')
    h.append("</table>")
    h.append('<script type="text/javascript" src="https://static.siamrayngan.example/js/jquery-1.7.2.min.js"></script>')
    h.append(OLD_LIB_JS)
    h.append(old_weight(a, dg))
    h.append(f'<script type="text/javascript">var srWidgets={widget_data(a, dg)};var srSitemapData=' + json_dumps([[label, path, subs] for key, label, path, subs in NAV]) + ';</script>')
    h.append('<script type="text/javascript">document.write(\'<img src="https://stat.siamrayngan.example/c.php?id=' + str(nid) +
             '&amp;r=\'+escape(document.referrer)+\'" width="1" height="1" alt="" />\');</script>')
    h.append("</body>\n</html>\n")
    return "\n".join(h), blocks


ARTICLES = []


def d_mid(d, digits=False):
    """'12 มิถุนายน 2568 15:20 น.'"""
    return th(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M} น.", digits)


def last_draw(d):
    """The latest government-lottery draw day (1st or 16th) on or before d."""
    day = 16 if d.day >= 16 else 1
    return _dt.datetime(d.year, d.month, day, 16, 0, tzinfo=ICT)


# ---------------------------------------------------------------- 01: windows-874 archive, Chiang Mai boats
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, codec="cp874", old=True, section="region", sub="ภาคเหนือ", nid=518204, views=8412,
    url=f"{HOST}/news.php?id=518204", fmt=lambda d, dg: d_long(d, dg),
    pub=dt(2015, 11, 18, 10, 20), view=dt(2015, 11, 18, 19, 40), lotto_no="314226", gold=("19,350.00", "19,450.00", "19,950.00"),
    headline="ชุมชนริมน้ำปิงฟื้นเรือหางแมงป่อง พานักท่องเที่ยวล่องชมวิถีเมืองเชียงใหม่",
    title="ชุมชนริมน้ำปิงฟื้นเรือหางแมงป่อง พานักท่องเที่ยวล่องชมวิถีเมืองเชียงใหม่ - สยามรายงาน",
    og_title="ชุมชนริมน้ำปิงฟื้นเรือหางแมงป่อง พานักท่องเที่ยวล่องชมวิถีเมืองเชียงใหม่",
    desc="ชาวบ้านวัดเกตต่อเรือหางแมงป่อง 6 ลำ เปิดเส้นทางล่องแม่น้ำปิง 8 กิโลเมตร",
    dek="ชาวบ้านวัดเกตร่วมกันต่อเรือไม้โบราณ 6 ลำ เปิดเส้นทางล่องเรือ 8 กิโลเมตร คาดสร้างรายได้ให้ชุมชนปีละกว่า 3 ล้านบาท",
    tags=["เชียงใหม่", "แม่น้ำปิง", "ท่องเที่ยวชุมชน", "เรือหางแมงป่อง"], image="news/2558/11/18/518204.jpg",
    authors=["ทีมข่าวภูมิภาค"],
    parts=[
        ("fig", "news/2558/11/18/518204_1.jpg", "เรือหางแมงป่องลำใหม่ของชุมชนวัดเกตจอดเทียบท่าริมแม่น้ำปิง", "(ภาพ: สยามรายงาน)"),
        ("p", "ชาวชุมชนวัดเกต ริมฝั่งแม่น้ำปิง อำเภอเมืองเชียงใหม่ ร่วมกันฟื้นฟูเรือหางแมงป่อง เรือไม้พื้นบ้านที่เคยใช้ขนส่งสินค้าระหว่างเชียงใหม่กับหัวเมืองทางใต้เมื่อกว่าร้อยปีก่อน โดยต่อเรือขึ้นใหม่ 6 ลำ และเตรียมเปิดให้นักท่องเที่ยวล่องชมวิถีชีวิตริมน้ำตั้งแต่วันที่ 1 ธันวาคมนี้เป็นต้นไป"),
        ("p", "นายจำรัส อินต๊ะ ประธานกลุ่มเรือหางแมงป่องชุมชนวัดเกต เปิดเผยว่า เรือแต่ละลำใช้ไม้สักเก่าที่ชาวบ้านร่วมกันบริจาค และใช้เวลาต่อประมาณ 4 เดือน โดยมีช่างต่อเรือรุ่นเก่าซึ่งเหลืออยู่เพียง 2 คนในชุมชนเป็นผู้ควบคุมงาน “เรือหางแมงป่องหายไปจากแม่น้ำปิงตั้งแต่ทางรถไฟมาถึงเชียงใหม่ คนรุ่นผมเคยเห็นแต่ในรูปถ่าย เราอยากให้ลูกหลานได้เห็นของจริง” นายจำรัสกล่าว"),
        ("ad",),
        ("p", "สำหรับเส้นทางล่องเรือมีระยะทางประมาณ 8 กิโลเมตร เริ่มจากท่าเรือหน้าวัดเกต ผ่านสะพานนวรัฐ ย่านตลาดวโรรส และบ้านเรือนไม้เก่าริมน้ำ ก่อนวนกลับมายังท่าเดิม ใช้เวลาประมาณ 1 ชั่วโมงครึ่ง ค่าโดยสารคนละ 350 บาท รวมอาหารว่างพื้นเมือง"),
        ("p", "น.ส.ศิริพร ใจมา ผู้ประสานงานของกลุ่ม กล่าวว่า ระหว่างทางจะมีผู้สูงอายุในชุมชนเล่าประวัติการค้าทางเรือในอดีต และมีการแสดงดนตรีพื้นเมืองบนเรือ “เราไม่ได้อยากทำแค่เรือท่องเที่ยว แต่อยากให้เรือเป็นห้องเรียนประวัติศาสตร์ของเมือง” น.ส.ศิริพรกล่าว และว่า รายได้ร้อยละ 20 จะนำเข้ากองทุนอนุรักษ์ชุมชน"),
        ("h", "ห่วงระดับน้ำช่วงหน้าแล้ง"),
        ("p", "อย่างไรก็ตาม กลุ่มชาวบ้านยอมรับว่าระดับน้ำในแม่น้ำปิงช่วงฤดูแล้งอาจเป็นอุปสรรค เนื่องจากบางจุดมีความลึกไม่ถึง 1 เมตร ขณะที่เรือหางแมงป่องมีท้องเรือลึกกว่าเรือหางยาวทั่วไป จึงอาจต้องปรับเส้นทางให้สั้นลงในช่วงเดือนมีนาคมถึงพฤษภาคม"),
        ("ad",),
        ("p", "ด้านนายวีระ ตันติเวช นักวิชาการด้านประวัติศาสตร์ล้านนา ให้ความเห็นว่า การฟื้นเรือหางแมงป่องเป็นตัวอย่างที่ดีของการท่องเที่ยวที่ชุมชนเป็นเจ้าของ แต่ควรจำกัดจำนวนเที่ยวเรือต่อวันเพื่อไม่ให้รบกวนผู้อยู่อาศัยริมน้ำ “ถ้าเรือวิ่งวันละ 30 เที่ยว ชุมชนจะกลายเป็นแค่ฉากหลังของนักท่องเที่ยว ไม่ใช่เจ้าของเรื่องราวอีกต่อไป” นายวีระระบุ"),
        ("p", "ทั้งนี้ ผู้สนใจสามารถสอบถามและจองรอบล่องเรือล่วงหน้าได้ที่ท่าเรือวัดเกต ทุกวันระหว่างเวลา 09.00-17.00 น."),
    ],
    related=[("ยี่เป็งเชียงใหม่ปีนี้ คาดนักท่องเที่ยวทะลุแสนคน", dt(2015, 11, 16, 9, 5)), ("ฟื้นกาดหลวง ตลาดเก่าคืนชีวิตให้ย่านเมืองเก่า", dt(2015, 11, 9, 14, 30)),
             ("ชาวบ้านริมปิงร่วมเก็บผักตบชวา 5 ตัน", dt(2015, 10, 27, 11, 0)), ("ช่างไม้รุ่นสุดท้าย ผู้สืบทอดการต่อเรือพื้นบ้าน", dt(2015, 10, 12, 8, 45))],
    comments=[("คนเชียงใหม่", dt(2015, 11, 18, 11, 2), "ดีใจที่ได้เห็นเรือแบบนี้อีกครั้ง จะพาพ่อแม่ไปนั่งแน่นอนครับ"),
              ("นักท่องเที่ยว", dt(2015, 11, 18, 13, 37), "ราคา 350 บาทรวมอาหารว่างถือว่าคุ้มค่ะ ขอให้ชุมชนได้ประโยชน์จริง ๆ")],
    entities=[("น้ำปิง", "LOC"), ("แม่น้ำปิง", "LOC"), ("เชียงใหม่", "LOC"), ("อำเภอเมืองเชียงใหม่", "LOC"), ("วัดเกต", "LOC"),
              ("จำรัส อินต๊ะ", "PER"), ("จำรัส", "PER"), ("สะพานนวรัฐ", "LOC"), ("ตลาดวโรรส", "LOC"), ("ศิริพร ใจมา", "PER"),
              ("ศิริพร", "PER"), ("วีระ ตันติเวช", "PER"), ("วีระ", "PER"), ("ล้านนา", "LOC")],
    phenomena=["teasers-in-article", "kicker", "legacy-encoding", "comments", "table-layout", "localized-date", "local-time-zone", "standfirst", "photo-caption", "subheadings",
               "decoy-date", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="Archive page in windows-874 with a nested-table layout; 'วันพุธที่ 18 พฤศจิกายน 2558 เวลา 10.20 น.' is Buddhist era 2558 = 2015, Bangkok time (+07:00); the desk byline 'ทีมข่าวภูมิภาค' is recorded as given; the bold one-line paragraph is a subheading.",
))

# ---------------------------------------------------------------- 02: windows-874, Thai digits, Nan coffee
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, meta_date="be", codec="cp874", old=True, thai_digits=True, section="economy", sub="เกษตร", nid=587731, views=5296,
    url=f"{HOST}/news.php?id=587731", fmt=lambda d, dg: d_long(d, dg),
    pub=dt(2016, 8, 24, 9, 15), view=dt(2016, 8, 24, 16, 5), lotto_no="085219", gold=("21,600.00", "21,700.00", "22,200.00"),
    kicker="เกษตรยั่งยืน",
    headline="เกษตรกรน่านปลูกกาแฟใต้ร่มป่า ฟื้นเขาหัวโล้นกว่า 2,000 ไร่",
    title="เกษตรกรน่านปลูกกาแฟใต้ร่มป่า ฟื้นเขาหัวโล้นกว่า ๒,๐๐๐ ไร่ - สยามรายงาน",
    og_title="เกษตรกรน่านปลูกกาแฟใต้ร่มป่า ฟื้นเขาหัวโล้นกว่า ๒,๐๐๐ ไร่",
    desc="โครงการกาแฟคืนป่าชวนชาวบ้านอำเภอบ่อเกลือเลิกปลูกข้าวโพดบนภูเขา หันมาปลูกกาแฟแซมไม้ยืนต้น",
    dek="โครงการ “กาแฟคืนป่า” ชวนชาวบ้าน 3 ตำบลในอำเภอบ่อเกลือเลิกปลูกข้าวโพดบนภูเขา หันมาปลูกกาแฟอาราบิกาแซมไม้ยืนต้น ได้ราคาดีกว่าเดิมเกือบเท่าตัว",
    tags=["น่าน", "กาแฟ", "เขาหัวโล้น", "เกษตรยั่งยืน"], image="news/2559/08/24/587731.jpg",
    authors=["อรทัย สุขเกษม"],
    parts=[
        ("p", "เกษตรกรในอำเภอบ่อเกลือ จังหวัดน่าน กว่า 180 ครัวเรือน ร่วมกันเปลี่ยนพื้นที่ปลูกข้าวโพดเลี้ยงสัตว์บนภูเขาซึ่งชาวบ้านเรียกกันว่า “เขาหัวโล้น” มาเป็นสวนกาแฟใต้ร่มไม้ ภายใต้โครงการ “กาแฟคืนป่า” ที่เริ่มต้นเมื่อ 3 ปีก่อน ปัจจุบันพื้นที่ที่ได้รับการฟื้นฟูแล้วมีมากกว่า 2,000 ไร่"),
        ("p", "นายสุรชัย ปัญญาดี ผู้ประสานงานโครงการจากมูลนิธิดอยเขียวยั่งยืน กล่าวว่า การปลูกข้าวโพดบนพื้นที่ลาดชันทำให้หน้าดินถูกชะล้างและเกิดหมอกควันจากการเผาในช่วงหน้าแล้ง แต่ชาวบ้านจำนวนมากไม่มีทางเลือกเพราะมีพ่อค้ามารับซื้อแน่นอน “เราไม่ได้ไปบอกให้ชาวบ้านเลิกทำกิน แต่ช่วยกันหาพืชที่ให้รายได้ดีกว่าและอยู่ร่วมกับป่าได้” นายสุรชัยกล่าว"),
        ("h", "รายได้ดีกว่าข้าวโพดเกือบเท่าตัว"),
        ("p", "ตามข้อมูลของมูลนิธิ เมล็ดกาแฟกะลาจากสวนใต้ร่มไม้ของโครงการขายได้กิโลกรัมละ 110-130 บาท โดยมีร้านกาแฟในกรุงเทพฯ และเชียงใหม่ทำสัญญารับซื้อล่วงหน้า สวนกาแฟที่ให้ผลผลิตเต็มที่แล้วสร้างรายได้ประมาณไร่ละ 7,000 บาทต่อปี ขณะที่รายได้สุทธิจากข้าวโพดเฉลี่ยอยู่ที่ไร่ละ 3,500-4,000 บาท เมื่อหักต้นทุนปุ๋ยและยาแล้ว"),
        ("ad",),
        ("p", "นางบัวเรียว ศรีวงศ์ ชาวบ้านตำบลดงพญา ซึ่งเปลี่ยนไร่ข้าวโพด 15 ไร่มาปลูกกาแฟ เล่าว่า สองปีแรกเป็นช่วงที่ยากที่สุด เพราะต้นกาแฟยังไม่ให้ผลผลิต ครอบครัวต้องอาศัยรายได้จากการปลูกผักและรับจ้างทั่วไป “ปีนี้เก็บกาแฟได้เป็นปีแรก ได้เงินมาเกือบ 60,000 บาท ลูกชายที่ไปทำงานในเมืองก็กลับมาช่วยแล้ว” นางบัวเรียวกล่าว"),
        ("p", "นอกจากเรื่องรายได้ สมาชิกโครงการยังต้องปลูกไม้ยืนต้น เช่น ไม้สัก มะขามป้อม และไม้ป่าท้องถิ่น แซมในแปลงกาแฟอย่างน้อยไร่ละ 40 ต้น เพื่อให้ร่มเงาและฟื้นฟูระบบนิเวศ ซึ่งจากการสำรวจล่าสุดพบว่าลำห้วยหลายสายในพื้นที่เริ่มกลับมามีน้ำไหลตลอดปีอีกครั้ง"),
        ("ad",),
        ("p", "ทั้งนี้ มูลนิธิตั้งเป้าขยายโครงการให้ครอบคลุมพื้นที่ 5,000 ไร่ภายในปี 2562 และเตรียมเปิดโรงคั่วกาแฟของชุมชนในตัวเมืองน่าน เพื่อเพิ่มมูลค่าผลผลิตและลดการพึ่งพาพ่อค้าคนกลาง"),
    ],
    related=[("ราคาข้าวโพดเลี้ยงสัตว์ร่วง ชาวไร่ภาคเหนือขาดทุน", dt(2016, 8, 19, 10, 10)), ("หมอกควันเมืองน่านเริ่มลดลงหลังฝนตก", dt(2016, 8, 2, 7, 30)),
             ("กาแฟดอยไทยคว้ารางวัลการประกวดระดับเอเชีย", dt(2016, 7, 21, 13, 0)), ("เกษตรกรรุ่นใหม่กลับบ้านทำสวนผสมผสาน", dt(2016, 7, 8, 9, 40))],
    comments=[("ชาวน่าน", dt(2016, 8, 24, 10, 48), "เห็นด้วยครับ ภูเขาบ้านเราเริ่มเขียวขึ้นจริง ๆ"),
              ("คอกาแฟ", dt(2016, 8, 24, 12, 15), "อยากให้มีขายออนไลน์ด้วย จะได้ช่วยอุดหนุนชาวบ้าน"),
              ("เกษตรกรเมืองแพร่", dt(2016, 8, 24, 14, 2), "ที่แพร่ก็น่าจะทำแบบนี้ได้ ขอข้อมูลติดต่อมูลนิธิหน่อยครับ")],
    entities=[("น่าน", "LOC"), ("จังหวัดน่าน", "LOC"), ("อำเภอบ่อเกลือ", "LOC"), ("กาแฟคืนป่า", "MISC"), ("สุรชัย ปัญญาดี", "PER"),
              ("สุรชัย", "PER"), ("มูลนิธิดอยเขียวยั่งยืน", "ORG"), ("กรุงเทพฯ", "LOC"), ("เชียงใหม่", "LOC"), ("บัวเรียว ศรีวงศ์", "PER"),
              ("บัวเรียว", "PER"), ("ตำบลดงพญา", "LOC")],
    phenomena=["teasers-in-article", "legacy-encoding", "comments", "table-layout", "localized-date", "local-time-zone", "kicker", "standfirst", "subheadings",
               "decoy-date", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="Archive page in windows-874 with Thai digits throughout; 'วันพุธที่ ๒๔ สิงหาคม ๒๕๕๙ เวลา ๐๙.๑๕ น.' is 24 August 2016 (BE 2559), +07:00; gold texts keep the Thai digits as written. The old CMS's 'pubdate' meta gives the date in the Buddhist era ('2559-08-24 09:15:00'); read as a Gregorian year it is another day, so the visible date is gold (GUIDELINES 10.1).",
))

# ---------------------------------------------------------------- 03: windows-874, Songkhla crab bank, table (variant 09 in UTF-8)
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, meta_date=None, codec="cp874", old=True, section="society", sub="สิ่งแวดล้อม", nid=701455, views=11730,
    url=f"{HOST}/news.php?id=701455", fmt=lambda d, dg: d_short(d, dg),
    pub=dt(2018, 3, 14, 14, 30), view=dt(2018, 3, 15, 8, 20), lotto_no="907734", gold=("19,700.00", "19,800.00", "20,300.00"),
    kicker="สิ่งแวดล้อม",
    headline="“ธนาคารปูม้า” บ้านหัวเขาแดง ปล่อยลูกปูคืนทะเลสาบสงขลากว่า 12 ล้านตัว",
    title="ธนาคารปูม้าหัวเขาแดง ปล่อยลูกปูกว่า 12 ล้านตัว ชาวประมงจับปูได้เพิ่มเท่าตัว - สยามรายงาน",
    og_title="ธนาคารปูม้าหัวเขาแดง ปล่อยลูกปูกว่า 12 ล้านตัว ชาวประมงจับปูได้เพิ่มเท่าตัว",
    desc="กลุ่มธนาคารปูม้าบ้านหัวเขาแดง จ.สงขลา ปล่อยลูกปูม้ากว่า 12 ล้านตัวในรอบปี ปริมาณปูที่จับได้เพิ่มขึ้นต่อเนื่อง",
    tags=["สงขลา", "ธนาคารปูม้า", "ประมงพื้นบ้าน", "ทะเลสาบสงขลา"], image="news/2561/03/14/701455.jpg",
    authors=["ซัลมา หะยีดอเลาะ"],
    parts=[
        ("p", "ชาวประมงพื้นบ้านบ้านหัวเขาแดง ตำบลหัวเขา อำเภอสิงหนคร จังหวัดสงขลา เผยผลการดำเนินงาน “ธนาคารปูม้า” ในรอบปีที่ผ่านมา สามารถเพาะฟักและปล่อยลูกปูม้าคืนสู่ปากทะเลสาบสงขลาได้กว่า 12 ล้านตัว ส่งผลให้ปริมาณปูม้าที่จับได้ในพื้นที่เพิ่มขึ้นอย่างเห็นได้ชัด"),
        ("p", "นายอับดุลเลาะ หมัดอาดำ ประธานกลุ่มธนาคารปูม้าบ้านหัวเขาแดง กล่าวว่า สมาชิกกลุ่มกว่า 60 ราย จะนำแม่ปูที่มีไข่นอกกระดองซึ่งติดอวนมาฝากไว้ที่ธนาคาร ให้แม่ปูปล่อยไข่ในถังเพาะฟักก่อนนำไปขาย ลูกปูวัยอ่อนที่ได้จะถูกอนุบาลประมาณ 7-10 วันแล้วจึงปล่อยลงทะเล “แม่ปูหนึ่งตัวมีไข่ได้หลายแสนฟอง ถ้าเราขายไปทั้งที่มีไข่ ก็เท่ากับขายปูในอนาคตของเราเอง” นายอับดุลเลาะกล่าว"),
        ("ad",),
        ("h", "ปริมาณปูที่จับได้เพิ่มขึ้นทุกปี"),
        ("p", "จากการเก็บข้อมูลของกลุ่ม ปริมาณปูม้าที่สมาชิกจับได้เฉลี่ยต่อเที่ยวเรือเพิ่มขึ้นต่อเนื่องตลอด 3 ปีที่ผ่านมา ดังนี้"),
        ("table", [["ปี", "ลูกปูที่ปล่อย (ล้านตัว)", "ปูที่จับได้เฉลี่ย (กก./เที่ยวเรือ)"], ["2558", "4.5", "3.2"],
                   ["2559", "8.1", "4.6"], ["2560", "12.3", "6.1"]], "ที่มา: กลุ่มธนาคารปูม้าบ้านหัวเขาแดง"),
        ("p", "ดร.ปิยะนุช แก้วมณี นักวิจัยจากศูนย์วิจัยประมงชายฝั่งอ่าวไทยตอนล่าง ระบุว่า ตัวเลขดังกล่าวสอดคล้องกับผลสำรวจของศูนย์ฯ ที่พบลูกปูม้าวัยอ่อนในแนวหญ้าทะเลหนาแน่นขึ้น แต่เตือนว่าความสำเร็จจะยั่งยืนได้ต้องควบคู่กับการงดใช้อวนตาถี่ “ถ้ายังมีเครื่องมือที่จับปูตัวเล็กอยู่ ลูกปูที่ปล่อยไปก็โตไม่ทัน” ดร.ปิยะนุชกล่าว"),
        ("p", "ปัจจุบันแนวคิดธนาคารปูม้าได้ขยายไปยังชุมชนประมงริมทะเลสาบสงขลาแล้วกว่า 20 แห่ง โดยกลุ่มบ้านหัวเขาแดงทำหน้าที่เป็นศูนย์เรียนรู้ให้ชุมชนอื่นเข้ามาศึกษาดูงาน ขณะที่ร้านอาหารทะเลในตัวเมืองสงขลาหลายแห่งร่วมติดป้าย “ไม่รับซื้อปูไข่” เพื่อสนับสนุนโครงการ"),
        ("ad",),
        ("p", "นายอับดุลเลาะกล่าวทิ้งท้ายว่า กลุ่มกำลังระดมทุนสร้างโรงเพาะฟักแห่งใหม่ที่รองรับแม่ปูได้มากขึ้นเป็นสองเท่า คาดว่าจะแล้วเสร็จภายในสิ้นปีนี้"),
    ],
    related=[("ชาวประมงสงขลาร่วมปลูกหญ้าทะเล 1 หมื่นต้น", dt(2018, 3, 5, 10, 0)), ("ทะเลสาบสงขลาน้ำเค็มรุกล้ำ กระทบนากุ้ง", dt(2018, 2, 20, 15, 20)),
             ("ปูม้าราคาพุ่ง ร้านอาหารทะเลปรับเมนู", dt(2018, 2, 8, 12, 5)), ("เปิดศูนย์เรียนรู้ประมงพื้นบ้านแห่งแรกของภาคใต้", dt(2018, 1, 25, 9, 0))],
    comments=[("คนสิงหนคร", dt(2018, 3, 14, 16, 5), "ภูมิใจในชุมชนบ้านเราครับ ช่วงนี้ปูเยอะขึ้นจริง"),
              ("แม่ค้าอาหารทะเล", dt(2018, 3, 14, 19, 22), "ร้านเราไม่รับซื้อปูไข่มาสองปีแล้วค่ะ ลูกค้าเข้าใจ")],
    entities=[("บ้านหัวเขาแดง", "LOC"), ("ทะเลสาบสงขลา", "LOC"), ("ตำบลหัวเขา", "LOC"), ("อำเภอสิงหนคร", "LOC"),
              ("จังหวัดสงขลา", "LOC"), ("สงขลา", "LOC"), ("อับดุลเลาะ หมัดอาดำ", "PER"), ("อับดุลเลาะ", "PER"),
              ("กลุ่มธนาคารปูม้าบ้านหัวเขาแดง", "ORG"), ("ปิยะนุช แก้วมณี", "PER"), ("ปิยะนุช", "PER"),
              ("ศูนย์วิจัยประมงชายฝั่งอ่าวไทยตอนล่าง", "ORG")],
    phenomena=["teasers-in-article", "legacy-encoding", "comments", "table-layout", "localized-date", "local-time-zone", "kicker", "title-differs-from-headline",
               "subheadings", "table-in-body", "decoy-date", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list"],
    notes="Archive page in windows-874; '14 มี.ค. 2561 14:30 น.' is 14 March 2018 (BE 2561), +07:00; the years in the table are Buddhist-era years as printed; 'กลุ่มบ้านหัวเขาแดง' (short for the group) is annotated only for its place name.",
))

# ---------------------------------------------------------------- 04: Yaowarat street food and QR payments, list
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, split=True, meta_date=None, codec="utf-8", old=False, section="economy", sub="การเงิน", nid=842160, views=23418,
    url=f"{HOST}/economy/842160", fmt=lambda d, dg: d_short(d, dg),
    pub=dt(2019, 6, 18, 16, 45), view=dt(2019, 6, 19, 7, 55), lotto_no="516461", gold=("20,250.00", "20,350.00", "20,850.00"),
    headline="ร้านสตรีทฟู้ดเยาวราชกว่าครึ่งรับจ่ายผ่านคิวอาร์โค้ด แม่ค้าชี้ “ไม่ต้องทอนเงิน ขายได้เร็วขึ้น”",
    title="ร้านสตรีทฟู้ดเยาวราชกว่าครึ่งรับจ่ายผ่านคิวอาร์โค้ด แม่ค้าชี้ “ไม่ต้องทอนเงิน ขายได้เร็วขึ้น” | สยามรายงาน",
    og_title="ร้านสตรีทฟู้ดเยาวราชกว่าครึ่งรับจ่ายผ่านคิวอาร์โค้ด",
    desc="ผลสำรวจพบร้านค้าริมทางย่านเยาวราชร้อยละ 58 รับชำระเงินผ่านคิวอาร์โค้ดแล้ว",
    dek="ผลสำรวจพบร้านค้าริมทางย่านเยาวราชร้อยละ 58 รับชำระเงินผ่านคิวอาร์โค้ดแล้ว ขณะที่ผู้ค้าสูงวัยบางส่วนยังกังวลเรื่องการตรวจสอบยอดเงินเข้า",
    tags=["เยาวราช", "สตรีทฟู้ด", "คิวอาร์โค้ด", "สังคมไร้เงินสด"], image="2019/06/18/842160.jpg",
    authors=["ธิดารัตน์ วงศ์ใหญ่"],
    parts=[
        ("p", "ผลสำรวจของชมรมผู้ค้าย่านเยาวราช ซึ่งเก็บข้อมูลจากร้านค้าริมทาง 240 ร้านในช่วงเดือนพฤษภาคมที่ผ่านมา พบว่าร้อยละ 58 รับชำระเงินผ่านคิวอาร์โค้ดแล้ว เพิ่มขึ้นจากร้อยละ 21 เมื่อปีที่แล้ว โดยร้านอาหารประเภทรถเข็นและแผงลอยเป็นกลุ่มที่ปรับตัวเร็วที่สุด"),
        ("p", "นางมาลี แซ่ตั้ง เจ้าของร้านก๋วยจั๊บน้ำข้นที่ขายมานานกว่า 30 ปี กล่าวว่า เริ่มติดป้ายคิวอาร์โค้ดหน้าร้านตั้งแต่ต้นปี หลังลูกค้าวัยทำงานถามหาบ่อยครั้ง “ช่วงหัวค่ำคนต่อคิวยาว ถ้าต้องทอนเงินทุกคนก็ช้า ตอนนี้ลูกค้าสแกนเอง ยื่นจอให้ดูก็จบ” นางมาลีกล่าว"),
        ("ad",),
        ("h", "เหตุผลที่ผู้ค้าหันมาใช้คิวอาร์โค้ด"),
        ("p", "ผลสำรวจระบุเหตุผลหลักที่ผู้ค้าเลือกใช้ระบบชำระเงินแบบไม่ใช้เงินสด ดังนี้"),
        ("ul", ["ไม่ต้องเตรียมเงินทอนและลดความเสี่ยงจากธนบัตรปลอม", "ขายได้เร็วขึ้นในช่วงที่มีลูกค้าหนาแน่น",
                "มีหลักฐานยอดขายสำหรับใช้ประกอบการขอสินเชื่อ", "ลูกค้าวัยรุ่นและวัยทำงานพกเงินสดน้อยลง"]),
        ("p", "อย่างไรก็ดี ผู้ค้าสูงวัยจำนวนไม่น้อยยังลังเล นายเฉลิม ตั้งจิตเจริญ ประธานชมรมผู้ค้าย่านเยาวราช ระบุว่า ปัญหาที่พบบ่อยคือผู้ค้าไม่แน่ใจว่าเงินเข้าบัญชีจริงหรือไม่ และเคยมีกรณีลูกค้าแสดงภาพหน้าจอปลอม ทางชมรมจึงร่วมกับอาสาสมัครนักศึกษาจัดอบรมการตั้งค่าแจ้งเตือนยอดเงินเข้าผ่านลำโพง ซึ่งจะประกาศยอดเงินทันทีที่ลูกค้าโอน"),
        ("ad",),
        ("p", "ด้านนายธนวัฒน์ ลิ้มสกุล อาจารย์ด้านเศรษฐศาสตร์การเงิน มองว่า การชำระเงินดิจิทัลช่วยให้ผู้ค้ารายย่อยมีประวัติทางการเงิน ซึ่งอาจต่อยอดไปสู่การเข้าถึงสินเชื่อในระบบ แต่ผู้ค้าควรแยกบัญชีร้านออกจากบัญชีส่วนตัว เพื่อให้ติดตามรายรับรายจ่ายได้ชัดเจน “ปัญหาของร้านเล็กคือไม่รู้ว่ากำไรจริงเท่าไร เพราะเงินร้านกับเงินบ้านปนกันหมด” นายธนวัฒน์กล่าว"),
        ("p", "ทั้งนี้ ชมรมฯ ตั้งเป้าให้ร้านค้าในย่านเยาวราชรับชำระเงินผ่านคิวอาร์โค้ดได้ครบร้อยละ 80 ภายในสิ้นปีนี้ พร้อมเตรียมจัดทำแผนที่ร้านอาหารริมทางที่รับชำระเงินดิจิทัลสำหรับนักท่องเที่ยว"),
    ],
    related=[("ร้านรถเข็นริมทางกรุงเทพฯ ต้องรู้อะไรบ้างก่อนเปิดร้าน", dt(2019, 6, 12, 10, 30)), ("คนไทยโอนเงินผ่านมือถือพุ่งทำสถิติใหม่", dt(2019, 6, 5, 14, 0)),
             ("เยาวราชเตรียมจัดถนนคนเดินช่วงเทศกาลกินเจ", dt(2019, 5, 29, 9, 15)), ("เตือนภัยสลิปปลอม มิจฉาชีพหลอกร้านค้าออนไลน์", dt(2019, 5, 20, 18, 40)),
             ("แผงลอยริมทางกับกติกาใหม่ของเมือง", dt(2019, 5, 14, 11, 5)), ("ก๋วยจั๊บเจ้าเก่า 3 รุ่นแห่งย่านเมืองเก่า", dt(2019, 5, 2, 16, 20))],
    entities=[("เยาวราช", "LOC"), ("ชมรมผู้ค้าย่านเยาวราช", "ORG"), ("มาลี แซ่ตั้ง", "PER"), ("มาลี", "PER"), ("เฉลิม ตั้งจิตเจริญ", "PER"),
              ("ธนวัฒน์ ลิ้มสกุล", "PER"), ("ธนวัฒน์", "PER")],
    phenomena=["teasers-in-article", "split-body", "inline-related", "kicker", "json-ld", "localized-date", "local-time-zone", "standfirst", "subheadings", "list-in-body", "decoy-date", "cookie-banner",
               "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="'18 มิ.ย. 2562 16:45 น.' is 18 June 2019 (BE 2562), +07:00; the header shows the next day, a decoy. The 'อ่านข่าวที่เกี่ยวข้อง' line after the second in-article ad is an inline teaser, not body; the story text continues in a second container.",
))

# ---------------------------------------------------------------- 05: Ayutthaya flood, update note
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, kicker_in_h1=True, codec="utf-8", old=False, section="region", sub="ภาคกลาง", nid=1031877, views=48205,
    url=f"{HOST}/region/1031877", fmt=lambda d, dg: d_short(d, dg),
    pub=dt(2021, 10, 2, 9, 40), upd=dt(2021, 10, 2, 18, 20), view=dt(2021, 10, 2, 21, 10), lotto_no="461252", gold=("28,300.00", "28,400.00", "28,900.00"),
    kicker="สถานการณ์น้ำ",
    headline="น้ำเจ้าพระยาเอ่อล้นตลิ่ง ชาวบ้านริมน้ำอยุธยาเร่งยกของขึ้นที่สูง",
    title="น้ำเจ้าพระยาเอ่อล้นตลิ่ง ชาวบ้านริมน้ำอยุธยาเร่งยกของขึ้นที่สูง | สยามรายงาน",
    og_title="น้ำเจ้าพระยาเอ่อล้นตลิ่ง ชาวบ้านริมน้ำอยุธยาเร่งยกของขึ้นที่สูง",
    desc="น้ำในแม่น้ำเจ้าพระยาเอ่อท่วมบ้านเรือนริมน้ำในอำเภอบางบาลและอำเภอเสนากว่า 1,200 หลังคาเรือน",
    tags=["น้ำท่วม", "อยุธยา", "แม่น้ำเจ้าพระยา", "สถานการณ์น้ำ"], image="2021/10/02/1031877.jpg",
    authors=["ศุภชัย บุญประเสริฐ"],
    parts=[
        ("p", "ระดับน้ำในแม่น้ำเจ้าพระยาช่วงจังหวัดพระนครศรีอยุธยาเพิ่มสูงขึ้นต่อเนื่องตั้งแต่เมื่อคืนที่ผ่านมา ทำให้น้ำเอ่อล้นตลิ่งเข้าท่วมบ้านเรือนประชาชนริมน้ำในอำเภอบางบาลและอำเภอเสนาแล้วกว่า 1,200 หลังคาเรือน บางจุดระดับน้ำสูงกว่า 1 เมตร"),
        ("p", "ชาวบ้านในตำบลบ้านกุ่ม อำเภอบางบาล ต่างเร่งขนย้ายข้าวของเครื่องใช้ขึ้นชั้นสองของบ้าน และนำรถยนต์ไปจอดบนถนนสายหลักซึ่งอยู่สูงกว่า นางสาวจันทร์เพ็ญ บุญมา อายุ 52 ปี เล่าว่า น้ำขึ้นเร็วกว่าที่คาดไว้มาก “เมื่อวานตอนเย็นน้ำยังอยู่แค่ท่าน้ำ ตื่นมาตีห้าน้ำเข้าบ้านแล้ว ยกตู้เย็นไม่ทัน” นางสาวจันทร์เพ็ญกล่าว"),
        ("ad",),
        ("h", "คาดน้ำทรงตัวอีก 3-5 วัน"),
        ("p", "ศูนย์ติดตามสถานการณ์น้ำลุ่มเจ้าพระยาตอนล่าง ซึ่งเป็นเครือข่ายนักวิชาการและอาสาสมัครในพื้นที่ ประเมินว่าระดับน้ำจะทรงตัวในระดับสูงต่อไปอีก 3-5 วัน ก่อนจะค่อย ๆ ลดลง หากไม่มีฝนตกหนักเพิ่มเติมทางตอนบนของลุ่มน้ำ พร้อมแนะนำให้ประชาชนที่อาศัยอยู่ริมตลิ่งติดตามประกาศอย่างใกล้ชิด"),
        ("p", "นายพงศกร รุ่งเรืองศรี ผู้ใหญ่บ้านหมู่ 4 ตำบลบ้านกุ่ม กล่าวว่า ได้เปิดศาลาวัดซึ่งตั้งอยู่บนที่สูงเป็นจุดพักพิงชั่วคราว รองรับผู้สูงอายุและผู้ป่วยติดเตียงได้ราว 40 คน พร้อมจัดเรือท้องแบน 6 ลำไว้รับส่งชาวบ้านเข้าออกพื้นที่ “ปีนี้น้ำมาเร็ว แต่ชาวบ้านส่วนใหญ่มีประสบการณ์ เราห่วงที่สุดคือคนแก่ที่อยู่บ้านคนเดียว” นายพงศกรกล่าว"),
        ("ad",),
        ("p", "ขณะที่ร้านอาหารริมน้ำหลายแห่งรอบเกาะเมืองอยุธยาต้องปิดให้บริการชั่วคราว เนื่องจากน้ำท่วมถึงพื้นร้าน ส่วนโบราณสถานสำคัญในเขตเกาะเมืองยังเปิดให้เข้าชมตามปกติ โดยมีการวางแนวกระสอบทรายป้องกันไว้ตามจุดเสี่ยง"),
        ("p", "ทั้งนี้ ผู้ประสบภัยที่ต้องการความช่วยเหลือสามารถติดต่อศูนย์ช่วยเหลือผู้ประสบภัยประจำอำเภอได้ตลอด 24 ชั่วโมง"),
        ("note", "อัปเดต 18.20 น. : ระดับน้ำที่จุดวัดบางบาลเพิ่มขึ้นอีก 12 เซนติเมตรจากช่วงเช้า และมีบ้านเรือนได้รับผลกระทบเพิ่มเป็นกว่า 1,500 หลังคาเรือน"),
    ],
    related=[("เปิดจุดอพยพ 12 แห่งรับมือน้ำเหนือไหลบ่า", dt(2021, 10, 1, 20, 15)), ("ชาวบางบาลเตรียมเรือ-กระสอบทราย รับน้ำหลาก", dt(2021, 9, 30, 17, 0)),
             ("ฝนตกหนักภาคเหนือตอนล่าง น้ำป่าไหลหลาก", dt(2021, 9, 28, 8, 30)), ("วิธีเตรียมบ้านก่อนน้ำท่วม ฉบับเข้าใจง่าย", dt(2021, 9, 27, 12, 0))],
    entities=[("เจ้าพระยา", "LOC"), ("แม่น้ำเจ้าพระยา", "LOC"), ("อยุธยา", "LOC"), ("จังหวัดพระนครศรีอยุธยา", "LOC"), ("อำเภอบางบาล", "LOC"),
              ("อำเภอเสนา", "LOC"), ("ตำบลบ้านกุ่ม", "LOC"), ("จันทร์เพ็ญ บุญมา", "PER"), ("จันทร์เพ็ญ", "PER"),
              ("ศูนย์ติดตามสถานการณ์น้ำลุ่มเจ้าพระยาตอนล่าง", "ORG"), ("พงศกร รุ่งเรืองศรี", "PER"), ("พงศกร", "PER"),
              ("เกาะเมืองอยุธยา", "LOC"), ("เกาะเมือง", "LOC"), ("บางบาล", "LOC")],
    phenomena=["teasers-in-article", "json-ld", "kicker", "localized-date", "local-time-zone", "updated-date", "subheadings", "correction-note",
               "decoy-date", "cookie-banner", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list"],
    notes="'2 ต.ค. 2564 09:40 น.' (BE 2564 = 2021) with an update at 18:20 the same day, +07:00; the closing update notice is an optional note. The label 'สถานการณ์น้ำ' inside the <h1> is a kicker and not part of the headline.",
))

# ---------------------------------------------------------------- 06: Khon Kaen bike lane, Thai digits, map embed
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, hl_div=True, meta_date=None, codec="utf-8", old=False, thai_digits=True, section="region", sub="ภาคอีสาน", nid=1205519, views=9377,
    url=f"{HOST}/region/1205519", fmt=lambda d, dg: d_long(d, dg),
    pub=dt(2023, 2, 18, 11, 5), view=dt(2023, 2, 18, 20, 30), lotto_no="865637", gold=("30,550.00", "30,650.00", "31,200.00"),
    headline="ขอนแก่นเปิดเลนจักรยานรอบบึงแก่นนคร 4.6 กิโลเมตร ชวนคนเมืองปั่นไปทำงาน",
    title="ขอนแก่นเปิดเลนจักรยานรอบบึงแก่นนคร ๔.๖ กิโลเมตร ชวนคนเมืองปั่นไปทำงาน | สยามรายงาน",
    og_title="ขอนแก่นเปิดเลนจักรยานรอบบึงแก่นนคร ๔.๖ กิโลเมตร",
    desc="เลนจักรยานรอบบึงแก่นนครแยกจากถนนด้วยขอบคันหิน มีจุดยืมจักรยาน ๓ แห่ง ใช้ฟรี ๓๐ นาทีแรก",
    dek="เส้นทางแยกจากถนนด้วยขอบคันหิน มีจุดยืมจักรยาน 3 แห่ง ใช้ฟรี 30 นาทีแรก ผู้จัดเตรียมต่อขยายเชื่อมโรงเรียนและตลาดอีก 2 กิโลเมตร",
    tags=["ขอนแก่น", "จักรยาน", "บึงแก่นนคร", "เมืองน่าอยู่"], image="2023/02/18/1205519.jpg",
    authors=["ปิยวัฒน์ ศรีบุญเรือง"],
    parts=[
        ("fig", "2023/02/18/1205519_1.jpg", "ประชาชนร่วมปั่นจักรยานในพิธีเปิดเลนจักรยานรอบบึงแก่นนคร", "(ภาพ: ปิยวัฒน์ ศรีบุญเรือง)"),
        ("p", "เส้นทางจักรยานรอบบึงแก่นนครในตัวเมืองขอนแก่น ระยะทาง 4.6 กิโลเมตร เปิดใช้งานอย่างเป็นทางการเมื่อเช้าวันนี้ (18 ก.พ.) โดยมีนักปั่นและประชาชนกว่า 500 คนร่วมปั่นจักรยานรอบบึงในพิธีเปิด ท่ามกลางอากาศเย็นสบายยามเช้า"),
        ("p", "เส้นทางดังกล่าวเป็นโครงการนำร่องของสมาคมเมืองน่าปั่นอีสาน ร่วมกับภาคเอกชนในจังหวัด ใช้งบประมาณราว 18 ล้านบาทจากการระดมทุน ตัวเลนมีความกว้าง 2.5 เมตร แยกออกจากช่องทางรถยนต์ด้วยขอบคันหินตลอดแนว พร้อมไฟส่องสว่างพลังงานแสงอาทิตย์ทุกระยะ 30 เมตร"),
        ("p", "นายกิตติพงษ์ ศรีสุข นายกสมาคมเมืองน่าปั่นอีสาน กล่าวว่า เป้าหมายของโครงการไม่ใช่แค่การสร้างพื้นที่ออกกำลังกาย แต่ต้องการให้จักรยานเป็นทางเลือกในการเดินทางระยะสั้นของคนในเมือง “คนขอนแก่นจำนวนมากอยู่ห่างที่ทำงานไม่ถึง 5 กิโลเมตร ถ้าเส้นทางปลอดภัย หลายคนพร้อมจะทิ้งรถไว้ที่บ้าน” นายกิตติพงษ์กล่าว"),
        ("ad",),
        ("h", "ยืมฟรี 30 นาทีแรก"),
        ("p", "ตลอดเส้นทางมีจุดให้ยืมจักรยาน 3 แห่ง รวม 120 คัน ผู้ใช้สามารถปลดล็อกผ่านแอปพลิเคชันบนโทรศัพท์มือถือ โดย 30 นาทีแรกไม่เสียค่าใช้จ่าย หลังจากนั้นคิดค่าบริการชั่วโมงละ 10 บาท"),
        ("map", "bueng-kaen-nakhon-bike-lane"),
        ("h", "ต่อขยายเชื่อมโรงเรียนและตลาด"),
        ("p", "สมาคมฯ เตรียมต่อขยายเส้นทางอีกราว 2 กิโลเมตร เพื่อเชื่อมกับโรงเรียน 3 แห่ง ตลาดสด และย่านสำนักงาน คาดว่าจะเริ่มก่อสร้างได้ภายในปลายปีนี้ หากระดมทุนได้ครบตามเป้า"),
        ("p", "น.ส.อรอุมา พลเยี่ยม พนักงานบริษัทวัย 29 ปี ซึ่งมาร่วมปั่นในวันเปิด กล่าวว่า บ้านของเธออยู่ห่างที่ทำงานเพียง 3 กิโลเมตร แต่ที่ผ่านมาไม่กล้าปั่นจักรยานเพราะรถยนต์ใช้ความเร็วสูง “ถ้ามีเลนแบบนี้ไปถึงออฟฟิศ ก็จะปั่นไปทำงานทุกวัน ประหยัดค่าน้ำมันด้วย” น.ส.อรอุมากล่าว"),
        ("ad",),
        ("p", "อย่างไรก็ดี ผู้ร่วมงานหลายคนสะท้อนว่าช่วงกลางวันอากาศร้อนจัด และเส้นทางบางช่วงยังไม่มีร่มเงา ทางสมาคมฯ จึงเตรียมปลูกต้นไม้ใหญ่เพิ่ม 300 ต้นตลอดแนวเลนภายในฤดูฝนนี้"),
    ],
    related=[("ขอนแก่นติดอันดับเมืองน่าเที่ยวหน้าหนาว", dt(2023, 2, 10, 10, 0)), ("รถเมล์ไฟฟ้าสายใหม่ในเมืองขอนแก่นเริ่มวิ่งแล้ว", dt(2023, 1, 30, 15, 45)),
             ("งานวิ่งการกุศลรอบบึงมีผู้ร่วมกว่า 3 พันคน", dt(2023, 1, 22, 7, 10)), ("ตลาดโต้รุ่งริมบึงปรับโฉมใหม่", dt(2023, 1, 9, 19, 30))],
    entities=[("ขอนแก่น", "LOC"), ("บึงแก่นนคร", "LOC"), ("สมาคมเมืองน่าปั่นอีสาน", "ORG"), ("กิตติพงษ์ ศรีสุข", "PER"), ("กิตติพงษ์", "PER"),
              ("อรอุมา พลเยี่ยม", "PER"), ("อรอุมา", "PER")],
    phenomena=["teasers-in-article", "kicker", "json-ld", "localized-date", "local-time-zone", "standfirst", "photo-caption", "subheadings", "iframe-embeds", "decoy-date",
               "cookie-banner", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="Dates and numbers are set in Thai digits: 'วันเสาร์ที่ ๑๘ กุมภาพันธ์ ๒๕๖๖ เวลา ๑๑.๐๕ น.' is 18 February 2023 (BE 2566), +07:00; gold texts keep the Thai digits; the map iframe is not body text. This template prints the title in a <div class=\"sr-title\">; the page has no <h1>.",
))

# ---------------------------------------------------------------- 07: Phuket coral bleaching, photo, video
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, notime=True, ld_author=None, codec="utf-8", old=False, section="society", sub="สิ่งแวดล้อม", nid=1318804, views=15620,
    url=f"{HOST}/society/1318804", fmt=lambda d, dg: d_short(d, dg),
    pub=dt(2024, 5, 9, 13, 15), view=dt(2024, 5, 10, 9, 0), lotto_no="407041", gold=("40,400.00", "40,500.00", "41,050.00"),
    kicker="วิกฤตปะการัง",
    headline="นักดำน้ำอาสาภูเก็ตเร่งสำรวจปะการังฟอกขาว หลังอุณหภูมิน้ำทะเลสูงต่อเนื่อง",
    title="ปะการังภูเก็ตฟอกขาวหนัก นักดำน้ำอาสาพบบางจุดขาวเกินครึ่ง | สยามรายงาน",
    og_title="ปะการังภูเก็ตฟอกขาวหนัก นักดำน้ำอาสาพบบางจุดขาวเกินครึ่ง",
    desc="นักดำน้ำอาสาสำรวจแนวปะการัง 14 จุดรอบเกาะภูเก็ต พบปะการังฟอกขาวร้อยละ 30-60",
    dek="สำรวจ 14 จุดรอบเกาะ พบปะการังฟอกขาวร้อยละ 30-60 นักวิทยาศาสตร์ขอความร่วมมือผู้ประกอบการดำน้ำลดจำนวนนักท่องเที่ยวในจุดเปราะบาง",
    tags=["ภูเก็ต", "ปะการังฟอกขาว", "ทะเลอันดามัน", "โลกร้อน"], image="2024/05/09/1318804.jpg",
    authors=["กมลชนก ทะเลทอง"],
    parts=[
        ("p", "เครือข่ายนักดำน้ำอาสาอันดามัน ร่วมกับนักดำน้ำอาสาสมัครกว่า 80 คนในจังหวัดภูเก็ต ลงสำรวจแนวปะการัง 14 จุดรอบเกาะภูเก็ตตลอดสัปดาห์ที่ผ่านมา พบปะการังฟอกขาวร้อยละ 30-60 ในเกือบทุกจุด หลังอุณหภูมิน้ำทะเลสูงกว่า 31 องศาเซลเซียสติดต่อกันนานกว่า 4 สัปดาห์"),
        ("fig", "2024/05/09/1318804_1.jpg", "อาสาสมัครบันทึกภาพปะการังฟอกขาวบริเวณเกาะเฮ", "(ภาพ: เครือข่ายนักดำน้ำอาสาอันดามัน)"),
        ("p", "น.ส.ณัฐธิดา แสงอรุณ ผู้ประสานงานเครือข่าย กล่าวว่า อาสาสมัครแต่ละทีมใช้แบบสำรวจเดียวกัน และถ่ายภาพแนวปะการังตามแนวเส้นที่กำหนดไว้ เพื่อให้สามารถเปรียบเทียบข้อมูลกับการสำรวจครั้งต่อไปได้ “บางจุดที่เราดำมาเกือบสิบปี ไม่เคยเห็นขาวโพลนขนาดนี้มาก่อน เหมือนดำน้ำอยู่ในทุ่งหิมะ” น.ส.ณัฐธิดากล่าว"),
        ("ad",),
        ("h", "อ่าวป่าตองและเกาะเฮได้รับผลกระทบหนัก"),
        ("p", "ผลการสำรวจพบว่าจุดที่มีการฟอกขาวรุนแรงที่สุด ได้แก่ แนวปะการังน้ำตื้นด้านใต้ของอ่าวป่าตอง เกาะเฮ และบริเวณแหลมพรหมเทพ ซึ่งเป็นจุดที่มีน้ำตื้นและกระแสน้ำไหลเวียนน้อย ขณะที่แนวปะการังในน้ำลึกกว่า 10 เมตรยังได้รับผลกระทบไม่มากนัก"),
        ("video", "sr-1318804-reef", "สภาพปะการังฟอกขาวใต้ทะเลภูเก็ต"),
        ("p", "ดร.ชยพล อินทรสุวรรณ นักวิทยาศาสตร์ทางทะเลจากสถาบันวิจัยทะเลอันดามันใต้ อธิบายว่า การฟอกขาวเกิดจากปะการังขับสาหร่ายที่อาศัยอยู่ในเนื้อเยื่อออกไปเมื่อน้ำร้อนเกินไป หากอุณหภูมิลดลงภายในไม่กี่สัปดาห์ ปะการังส่วนใหญ่ยังมีโอกาสฟื้นตัว แต่หากร้อนต่อเนื่องนานกว่านั้น ปะการังอาจตายเป็นบริเวณกว้าง"),
        ("p", "ทางเครือข่ายได้ขอความร่วมมือผู้ประกอบการดำน้ำและเรือท่องเที่ยวให้ลดจำนวนนักท่องเที่ยวในจุดที่ได้รับผลกระทบรุนแรง งดให้นักท่องเที่ยวยืนหรือสัมผัสปะการัง และแนะนำให้ใช้ครีมกันแดดที่ไม่มีสารอันตรายต่อแนวปะการัง “ตอนนี้ปะการังอ่อนแอมาก แรงกระแทกเพียงเล็กน้อยก็อาจทำให้ฟื้นตัวไม่ได้” ดร.ชยพลกล่าว"),
        ("ad",),
        ("p", "เครือข่ายฯ มีกำหนดลงสำรวจซ้ำอีกครั้งในอีก 2 สัปดาห์ และเปิดให้นักดำน้ำทั่วไปส่งภาพถ่ายแนวปะการังพร้อมระบุพิกัดผ่านเพจของเครือข่าย เพื่อใช้ติดตามสถานการณ์ในจุดที่ทีมสำรวจเข้าไม่ถึง"),
    ],
    related=[("อุณหภูมิน้ำทะเลอ่าวไทยสูงสุดในรอบ 10 ปี", dt(2024, 5, 3, 11, 20)), ("ปิดแหล่งดำน้ำชั่วคราว 3 จุด ฟื้นฟูปะการัง", dt(2024, 4, 26, 14, 0)),
             ("นักท่องเที่ยวแห่ดำน้ำดูปะการังช่วงหยุดยาว", dt(2024, 4, 15, 9, 30)), ("ครีมกันแดดแบบไหนปลอดภัยต่อแนวปะการัง", dt(2024, 4, 2, 16, 10))],
    entities=[("ภูเก็ต", "LOC"), ("เกาะภูเก็ต", "LOC"), ("จังหวัดภูเก็ต", "LOC"), ("เครือข่ายนักดำน้ำอาสาอันดามัน", "ORG"),
              ("ณัฐธิดา แสงอรุณ", "PER"), ("ณัฐธิดา", "PER"), ("อ่าวป่าตอง", "LOC"), ("เกาะเฮ", "LOC"), ("แหลมพรหมเทพ", "LOC"),
              ("ชยพล อินทรสุวรรณ", "PER"), ("ชยพล", "PER"), ("สถาบันวิจัยทะเลอันดามันใต้", "ORG")],
    phenomena=["teasers-in-article", "json-ld", "kicker", "standfirst", "title-differs-from-headline", "localized-date", "local-time-zone", "photo-caption",
               "subheadings", "iframe-embeds", "inline-video-teaser", "decoy-date", "cookie-banner", "comments", "nav-menu",
               "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="'9 พ.ค. 2567 13:15 น.' is 9 May 2024 (BE 2567), +07:00; the video player with its 'คลิป:' title between paragraphs is a teaser, not body text; the photo credit naming the network is left out of the caption.",
))

# ---------------------------------------------------------------- 08: Chanthaburi durian exports, two authors, table
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, ld=False, split=True, codec="utf-8", old=False, section="economy", sub="เกษตร", nid=1441207, views=31044,
    url=f"{HOST}/economy/1441207", fmt=lambda d, dg: d_mid(d, dg),
    pub=dt(2025, 6, 12, 15, 20), view=dt(2025, 6, 13, 6, 45), lotto_no="552179", gold=("51,250.00", "51,350.00", "52,150.00"),
    headline="ทุเรียนจันทบุรีส่งออกทะลุ 4 แสนตัน ล้งเร่งตรวจคุณภาพก่อนขึ้นตู้",
    title="ทุเรียนจันทบุรีส่งออกทะลุ 4 แสนตัน ล้งเร่งตรวจคุณภาพก่อนขึ้นตู้ | สยามรายงาน",
    og_title="ทุเรียนจันทบุรีส่งออกทะลุ 4 แสนตัน",
    desc="ปริมาณส่งออกทุเรียนจันทบุรีช่วง 5 เดือนแรกของปีเพิ่มขึ้นร้อยละ 14",
    dek="ปริมาณส่งออกช่วง 5 เดือนแรกของปีเพิ่มขึ้นร้อยละ 14 ผู้ส่งออกชี้การตรวจสารตกค้างเข้มงวดขึ้น ชาวสวนต้องปรับตัว",
    tags=["ทุเรียน", "จันทบุรี", "ส่งออก", "ผลไม้ไทย"], image="2025/06/12/1441207.jpg",
    authors=["สุภาวดี ทองสุข", "ภานุพงศ์ แก้วใส"],
    parts=[
        ("p", "ปริมาณการส่งออกทุเรียนสดจากจังหวัดจันทบุรีช่วงเดือนมกราคมถึงพฤษภาคมปีนี้ทะลุ 4 แสนตันแล้ว เพิ่มขึ้นร้อยละ 14 เมื่อเทียบกับช่วงเดียวกันของปีก่อน โดยตลาดหลักยังคงเป็นจีน ซึ่งรับซื้อกว่าร้อยละ 90 ของปริมาณทั้งหมด"),
        ("p", "นางสาวพิมพ์ชนก อุดมผล อุปนายกสมาพันธ์ล้งผลไม้ตะวันออก เปิดเผยว่า ปีนี้ผลผลิตออกสู่ตลาดเร็วกว่าปกติราว 2 สัปดาห์ เนื่องจากสภาพอากาศเอื้ออำนวย ทำให้ล้งในพื้นที่ต้องเปิดรับซื้อเร็วขึ้นและทำงานต่อเนื่องตลอด 24 ชั่วโมงในช่วงที่ผลผลิตออกมากที่สุด"),
        ("h", "ปริมาณส่งออกรายเดือน"),
        ("table", [["เดือน", "ปริมาณส่งออก (ตัน)", "เปลี่ยนแปลงจากปีก่อน"], ["มกราคม", "8,200", "+6%"], ["กุมภาพันธ์", "21,500", "+9%"],
                   ["มีนาคม", "64,300", "+12%"], ["เมษายน", "142,800", "+15%"], ["พฤษภาคม", "176,400", "+16%"]],
         "ที่มา: สมาพันธ์ล้งผลไม้ตะวันออก (ข้อมูลเบื้องต้น)"),
        ("ad",),
        ("h", "ตรวจเข้มทั้งสารตกค้างและทุเรียนอ่อน"),
        ("p", "ผู้ส่งออกระบุว่า ปัจจัยที่ทำให้ต้นทุนเพิ่มขึ้นในปีนี้คือการตรวจคุณภาพที่เข้มงวดขึ้น ทั้งการสุ่มตรวจสารตกค้างและการตรวจเปอร์เซ็นต์แป้งเพื่อป้องกันทุเรียนอ่อน ล้งหลายแห่งต้องลงทุนซื้อเครื่องตรวจและจ้างพนักงานเพิ่ม “ตู้เดียวถ้าตรวจไม่ผ่าน เสียหายเป็นล้านบาท ไม่มีใครอยากเสี่ยง” นางสาวพิมพ์ชนกกล่าว"),
        ("p", "ด้านนายวรวุฒิ แสงเพชร ชาวสวนทุเรียนในอำเภอท่าใหม่ กล่าวว่า ราคารับซื้อหน้าสวนปีนี้อยู่ที่กิโลกรัมละ 120-145 บาทสำหรับทุเรียนหมอนทองเกรดส่งออก ใกล้เคียงกับปีที่แล้ว แต่ล้งคัดเกรดละเอียดขึ้น ชาวสวนจึงต้องดูแลตั้งแต่การตัดแต่งช่อดอกและจดบันทึกวันดอกบานอย่างเป็นระบบ “เดี๋ยวนี้ทำสวนแบบเดาไม่ได้แล้ว ต้องมีข้อมูลทุกต้น” นายวรวุฒิกล่าว"),
        ("ad",),
        ("p", "อย่างไรก็ดี ผู้ประกอบการบางส่วนกังวลถึงการแข่งขันจากเวียดนาม ซึ่งเพิ่มปริมาณการส่งออกทุเรียนไปจีนอย่างต่อเนื่อง นางสาวพิมพ์ชนกมองว่าจุดแข็งของทุเรียนจันทบุรีคือคุณภาพและความสม่ำเสมอ ซึ่งต้องรักษาไว้ให้ได้หากต้องการครองตลาดในระยะยาว"),
        ("p", "ทั้งนี้ คาดว่าผลผลิตทุเรียนภาคตะวันออกจะทยอยหมดฤดูภายในต้นเดือนกรกฎาคม ก่อนที่ผลผลิตจากภาคใต้จะเริ่มออกสู่ตลาดในลำดับถัดไป"),
    ],
    related=[("ราคาทุเรียนหน้าสวนร่วง หลังผลผลิตออกพร้อมกัน", dt(2025, 6, 5, 10, 45)), ("จันทบุรีจัดงานเทศกาลผลไม้ คาดเงินสะพัด 200 ล้าน", dt(2025, 5, 28, 13, 0)),
             ("ตรวจเข้มทุเรียนอ่อน จับล้งฝ่าฝืน 3 ราย", dt(2025, 5, 16, 17, 30)), ("รถไฟขนผลไม้สายใหม่ ร่นเวลาส่งถึงปลายทาง", dt(2025, 4, 30, 9, 0))],
    entities=[("จันทบุรี", "LOC"), ("จังหวัดจันทบุรี", "LOC"), ("จีน", "LOC"), ("พิมพ์ชนก อุดมผล", "PER"), ("พิมพ์ชนก", "PER"),
              ("สมาพันธ์ล้งผลไม้ตะวันออก", "ORG"), ("วรวุฒิ แสงเพชร", "PER"), ("วรวุฒิ", "PER"), ("อำเภอท่าใหม่", "LOC"),
              ("หมอนทอง", "MISC"), ("เวียดนาม", "LOC"), ("ภาคตะวันออก", "LOC"), ("ภาคใต้", "LOC")],
    phenomena=["teasers-in-article", "split-body", "inline-related", "kicker", "standfirst", "multiple-authors", "localized-date", "local-time-zone", "subheadings", "table-in-body",
               "decoy-date", "cookie-banner", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list"],
    notes="'12 มิถุนายน 2568 15:20 น.' is 12 June 2025 (BE 2568), +07:00; the durian cultivar name 'หมอนทอง' is typed MISC; the table source line is an optional caption. The 'อ่านข่าวที่เกี่ยวข้อง' line after the second in-article ad is an inline teaser, not body; the story text continues in a second container.",
))

# ---------------------------------------------------------------- 09: minimal pair of 03, served in UTF-8
_v = dict(ARTICLES[2])
_v.update(id=f"{SITE}-09", codec="utf-8", url=ARTICLES[2]["url"] + "&variant=b", variant_of=f"{SITE}-03",
          phenomena=[t for t in ARTICLES[2]["phenomena"] if t != "legacy-encoding"],
          notes=f"Minimal pair of {SITE}-03: differs only in legacy-encoding (the same page declared and served as UTF-8 instead of windows-874).")
ARTICLES.append(_v)


def main():
    for a in ARTICLES:
        a["lotto"] = last_draw(a["view"])
        html_text, blocks = (page_old if a["old"] else page_new)(a)
        dg = a.get("thai_digits", False)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="th", headline=th(a["headline"], dg),
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=a["authors"], summary=th(a.get("dek", ""), dg), blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a["notes"], variant_of=a.get("variant_of"),
        )
        p = emit(art, html_text, a["codec"])
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    main()
