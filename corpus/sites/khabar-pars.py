import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""خبرگزاری خبر پارس (khabar-pars): an invented Persian news agency site, right to left, in the
style of the home-grown agency CMSs of Iranian media: a date bar with the Solar Hijri and Gregorian
"today", a service menu, an overline (روتیتر) above the headline, a boxed lead, a meta bar with the
news code and the Solar Hijri publication time in Persian digits, "انتهای پیام" after the text,
related news, a comment form, latest-news and most-viewed boxes and banner ads. The Gregorian ISO
time is in meta tags (and JSON-LD on the newer template). Times are Tehran time (Asia/Tehran:
+03:30, +04:30 in summer until 2022). Wire copy from partner agencies carries their byline.

Metadata personality (realism wave), three generations of the template: the oldest (01-03) prints
the site logo as the page's only <h1> and the headline as an <h2>, closes <article> after the meta
bar (the text follows outside it), writes the date as plain text and has neither JSON-LD nor author
metadata (01 and 02 still keep their paragraphs in <div>s); the middle one (04-05) sets the
headline in a <div class="kp-title"> (no <h1> on the page), still prints the date as text, and leaves the JSON-LD author out on
staff copy (05); the newest (06-09) has an <h1>, the bare headline as <title>, JSON-LD whose datePublished repeats the update time on 08, and no
article:published_time on 07. Menus, sitemap, provincial offices, prayer times and rate history ship
as JSON."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
from zoneinfo import ZoneInfo

SITE = "khabar-pars"
HOST = "https://www.khabarpars.example"
MEDIA = "https://media.khabarpars.example"
STATIC = "https://cdn.khabarpars.example"
NAME = "خبرگزاری خبر پارس"
TZ = ZoneInfo("Asia/Tehran")

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
J_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
G_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]

# ---------------------------------------------------------------- Solar Hijri calendar

_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178]


def _march(jy):
    """Day of March (Gregorian) on which Farvardin 1 of Solar Hijri year jy falls."""
    gy, leap_j, jp, jump = jy + 621, -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return 20 + leap_j - leap_g


def jalali(d):
    jy = d.year - 621
    if d < _dt.date(jy + 621, 3, _march(jy)):
        jy -= 1
    k = (d - _dt.date(jy + 621, 3, _march(jy))).days
    if k < 186:
        return jy, k // 31 + 1, k % 31 + 1
    k -= 186
    return jy, k // 30 + 7, k % 30 + 1


def fa(s):
    return str(s).translate(FA)


def j_date(d, weekday=False, time=True, sep=" - "):
    jy, jm, jd = jalali(d.date())
    s = (WEEKDAYS[d.weekday()] + " " if weekday else "") + f"{jd} {J_MONTHS[jm - 1]} {jy}"
    if time:
        s += f"{sep}{d:%H:%M}"
    return fa(s)


def g_date(d):
    return fa(f"{d.day} {G_MONTHS[d.month - 1]} {d.year}")


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=TZ)


def iso(d):
    return d.isoformat(timespec="seconds")



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
    ("home", "صفحه اول", "/", []),
    ("politics", "سیاسی", "/service/politics", ["مجلس", "دولت", "احزاب"]),
    ("economy", "اقتصادی", "/service/economy", ["بازار", "کشاورزی", "صنعت و معدن", "انرژی", "مسکن", "بورس"]),
    ("society", "اجتماعی", "/service/society", ["محیط زیست", "آموزش", "سلامت", "شهری", "حوادث"]),
    ("culture", "فرهنگی", "/service/culture", ["کتاب", "سینما", "موسیقی", "میراث فرهنگی", "صنایع دستی"]),
    ("science", "علمی", "/service/science", ["فناوری", "دانشگاه", "فضا"]),
    ("sport", "ورزشی", "/service/sport", ["فوتبال", "والیبال", "کشتی", "سایر ورزش‌ها"]),
    ("world", "بین‌الملل", "/service/world", ["آسیا", "اروپا", "آمریکا", "آفریقا"]),
    ("provinces", "استان‌ها", "/service/provinces", ["یزد", "گیلان", "اصفهان", "کرمانشاه", "آذربایجان شرقی", "فارس", "هرمزگان"]),
    ("tourism", "گردشگری", "/service/tourism", []),
    ("photo", "عکس", "/multimedia/photo", []),
    ("video", "فیلم", "/multimedia/video", []),
    ("infographic", "اینفوگرافیک", "/multimedia/infographic", []),
    ("archive", "آرشیو", "/archive", []),
]

POOL = [
    "برداشت زعفران در تربت حیدریه آغاز شد",
    "افتتاح کتابخانه‌ی عمومی تازه در حاشیه‌ی شهر رشت",
    "کاهش ۱۲ درصدی مصرف آب در باغ‌های پسته‌ی رفسنجان با آبیاری زیرسطحی",
    "جشنواره‌ی فیلم کوتاه دانشجویی فراخوان داد",
    "ساخت ۲۰۰ واحد مسکونی برای زوج‌های جوان در همدان",
    "قیمت میوه در میادین تره‌بار کاهش یافت",
    "بازگشایی مسیر کوهنوردی قله‌ی دنا پس از بارش برف",
    "رونمایی از نخستین اتوبوس برقی ساخت داخل",
    "برگزاری مسابقه‌ی ملی رباتیک با حضور ۴۰۰ تیم دانش‌آموزی",
    "آغاز فصل کوچ عشایر در زاگرس",
    "ثبت ملی ۱۲ اثر تاریخی در استان کرمان",
    "کشف گونه‌ی تازه‌ای از مارمولک در کویر لوت",
    "افزایش ظرفیت پذیرش دانشجو در رشته‌های پرستاری",
    "بازار صنایع دستی تبریز رنگ و بوی عید گرفت",
    "گسترش کشت گلخانه‌ای توت‌فرنگی در کردستان",
    "طرح کاشت یک میلیون نهال در حاشیه‌ی کویر",
    "نمایشگاه عکس «زنان و کار» در گالری شهر افتتاح شد",
    "بارش باران در ۱۴ استان کشور پیش‌بینی شد",
    "ثبت رکورد تازه در صادرات فرش دستباف",
    "راه‌اندازی خط ریلی مسافری تازه در جنوب کشور",
    "کارگاه‌های سفالگری لالجین پذیرای گردشگران نوروزی",
    "جمع‌آوری ۸ تن زباله از سواحل جزیره‌ی هرمز",
    "مرمت کاروانسرای تاریخی در مسیر جاده‌ی ابریشم",
    "برگزاری دوره‌ی آموزش رایگان برنامه‌نویسی برای نوجوانان",
    "افزایش ۳۰ درصدی تولید عسل در استان اردبیل",
    "آغاز ثبت‌نام مسابقات کتابخوانی سراسری",
    "نخستین پارک بانوان در بندرعباس افتتاح شد",
    "تولید برق خورشیدی در روستاهای سیستان دو برابر شد",
]

MOST_VIEWED = [
    "جدول زمان‌بندی اعلام نتایج کنکور منتشر شد",
    "پیش‌بینی هوا: سرمای هوا تا آخر هفته ادامه دارد",
    "قیمت طلا و سکه امروز در بازار",
    "راهنمای ثبت‌نام بیمه‌ی تکمیلی دانشجویان",
    "۱۰ مقصد کمتر شناخته‌شده برای سفر زمستانی",
    "شرایط تازه‌ی وام ازدواج اعلام شد",
    "ساعت کاری ادارات در ماه‌های گرم سال تغییر می‌کند",
    "چگونه از کلاهبرداری‌های پیامکی در امان بمانیم؟",
    "فهرست داروخانه‌های شبانه‌روزی تهران",
    "تقویم تعطیلات رسمی سال آینده",
]

EDITOR_PICKS = [
    "گزارش ویژه: زندگی در آخرین روستای مسکونی کویر مرکزی",
    "گفت‌وگو با بانوی کارآفرینی که ۶۰ زن روستایی را صاحب شغل کرد",
    "روایت یک معلم از ۲۰ سال تدریس در مدرسه‌ی عشایری",
    "چرا قیمت مسکن در شهرهای کوچک هم بالا رفت؟",
    "از مزرعه تا سفره: سفر یک کیلو گوجه‌فرنگی",
    "نسل تازه‌ی فرش‌بافان کاشان",
    "شبی در رصدخانه‌ی کویر با منجمان آماتور",
    "پرستاری که ۳۰ سال در بیمارستان روستایی ماند",
]

MOST_COMMENTED = [
    "پیشنهاد تغییر ساعت کار مدارس در زمستان",
    "افزایش قیمت بلیت اتوبوس‌های بین‌شهری",
    "طرح تازه‌ی ساماندهی دست‌فروشان",
    "ممنوعیت تردد موتورسیکلت‌های فرسوده",
    "کمبود معلم در مدارس روستایی",
    "کاهش ساعت کار ادارات در تابستان",
]

RATES = [("دلار آمریکا", "بازار آزاد"), ("یورو", "بازار آزاد"), ("درهم امارات", "بازار آزاد"), ("سکه‌ی امامی", "بازار تهران"),
         ("طلای ۱۸ عیار (گرم)", "بازار تهران"), ("لیر ترکیه", "بازار آزاد")]

PRAYER = [("اذان صبح", "05:21"), ("طلوع آفتاب", "06:47"), ("اذان ظهر", "12:04"), ("غروب آفتاب", "17:21"), ("اذان مغرب", "17:40"),
          ("نیمه‌شب شرعی", "23:19")]

PHOTOS = ["برداشت انار در ساوه", "برف در گردنه‌ی حیران", "بازار قدیم کاشان", "غروب در ساحل کیش", "گلاب‌گیری در قمصر",
          "کوچ عشایر بختیاری"]

FOOT = [
    ("سرویس‌ها", ["سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "علمی", "ورزشی", "بین‌الملل", "استان‌ها"]),
    ("چندرسانه‌ای", ["عکس", "فیلم", "اینفوگرافیک", "پادکست", "گزارش ویژه"]),
    ("خدمات", ["آرشیو اخبار", "خبرخوان RSS", "نسخه‌ی موبایل", "اپلیکیشن", "اوقات شرعی", "آب و هوا"]),
    ("درباره‌ی ما", ["درباره‌ی خبر پارس", "تماس با ما", "آگهی و تبلیغات", "همکاری با ما", "حریم خصوصی", "قوانین و مقررات"]),
]

PROVINCE_OFFICES = ["تهران", "اصفهان", "فارس", "خراسان رضوی", "آذربایجان شرقی", "گیلان", "مازندران", "یزد", "کرمان",
                    "کرمانشاه", "خوزستان", "هرمزگان", "همدان", "کردستان", "لرستان", "اردبیل", "زنجان", "قزوین",
                    "سمنان", "گلستان", "بوشهر", "مرکزی", "البرز", "چهارمحال و بختیاری", "کهگیلویه و بویراحمد",
                    "ایلام", "سیستان و بلوچستان", "خراسان شمالی", "خراسان جنوبی", "آذربایجان غربی", "قم"]

CSS = """
/* khabarpars front 7.3 - rtl */
@font-face{font-family:"Vazirmatn";src:url(https://cdn.khabarpars.example/fonts/vazirmatn-regular.woff2) format("woff2");font-weight:400;font-display:swap}
@font-face{font-family:"Vazirmatn";src:url(https://cdn.khabarpars.example/fonts/vazirmatn-bold.woff2) format("woff2");font-weight:700;font-display:swap}
*{box-sizing:border-box}html{font-size:15px}
body{margin:0;background:#f1f1f1;color:#222;font-family:"Vazirmatn",Tahoma,sans-serif;direction:rtl;text-align:right;line-height:1.9}
a{color:#1b4f72;text-decoration:none}a:hover{color:#c0392b}img{max-width:100%;height:auto;border:0}ul,ol{list-style:none;margin:0;padding:0}
.wrap{width:1200px;max-width:100%;margin:0 auto;padding:0 10px}
.kp-datebar{background:#1b4f72;color:#e3edf5;font-size:.85rem;line-height:34px}
.kp-datebar .wrap{display:flex;justify-content:space-between}.kp-datebar .d span+span:before{content:"|";margin:0 8px;color:#7fa6c4}
.kp-datebar .lang a{color:#fff;margin-right:10px;font-size:.8rem}
.kp-head{background:#fff;padding:12px 0;border-bottom:1px solid #ddd}.kp-head .wrap{display:flex;align-items:center;justify-content:space-between}
.kp-logo{display:block;width:210px;height:62px;background:url(/img/logo-khabarpars.svg) no-repeat right center/contain;text-indent:-9999px;overflow:hidden}
.kp-head .kp-banner-top{width:728px;height:90px;background:#fafafa}
.kp-menu{background:#fff;border-bottom:3px solid #c0392b;position:sticky;top:0;z-index:50}
.kp-menu ul.l1{display:flex;flex-wrap:wrap}.kp-menu ul.l1>li{position:relative}
.kp-menu ul.l1>li>a{display:block;padding:0 12px;line-height:46px;font-weight:700;color:#333}
.kp-menu ul.l1>li.active>a,.kp-menu ul.l1>li>a:hover{color:#c0392b}
.kp-menu ul.l2{display:none;position:absolute;right:0;top:46px;background:#fff;min-width:180px;box-shadow:0 4px 12px rgba(0,0,0,.15);z-index:60}
.kp-menu li:hover ul.l2{display:block}.kp-menu ul.l2 a{display:block;padding:6px 14px;border-bottom:1px solid #f0f0f0;font-size:.92rem;color:#444}
.kp-menu .srch{margin-right:auto;display:flex;align-items:center}.kp-menu .srch input{border:1px solid #ddd;height:32px;padding:0 8px;font-family:inherit;width:180px}
.kp-urgent{background:#fff;margin:10px 0;display:flex;border:1px solid #e3e3e3;height:40px;overflow:hidden}
.kp-urgent b{background:#c0392b;color:#fff;padding:0 14px;line-height:40px;white-space:nowrap}.kp-urgent ul{display:flex;white-space:nowrap}.kp-urgent li{padding:0 18px;line-height:40px;font-size:.92rem}
.kp-grid{display:flex;gap:20px;align-items:flex-start}.kp-main{flex:1;min-width:0}.kp-aside{width:320px;flex-shrink:0}
.kp-bread{font-size:.85rem;color:#777;margin:4px 0 10px}.kp-bread a{color:#777}.kp-bread span{margin:0 5px}
.kp-item{background:#fff;padding:20px 24px;margin-bottom:18px;border:1px solid #e6e6e6}
.kp-item .kp-service{display:inline-block;background:#1b4f72;color:#fff;font-size:.8rem;padding:1px 10px;border-radius:2px;margin-bottom:8px}
.kp-item .kp-rutitr{display:block;color:#c0392b;font-size:1rem;font-weight:700;margin-bottom:2px}
.kp-item h1{font-size:1.9rem;line-height:1.6;margin:0 0 12px;color:#111;font-weight:700}
.kp-item .kp-lead{background:#f5f8fa;border-right:4px solid #1b4f72;padding:12px 16px;margin:0 0 14px;font-size:1.05rem;font-weight:700;color:#333;line-height:2}
.kp-meta{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;font-size:.85rem;color:#666;border-top:1px dashed #ddd;border-bottom:1px dashed #ddd;padding:6px 0;margin-bottom:14px}
.kp-meta .code b,.kp-meta .date b{color:#333}.kp-meta .src{color:#c0392b;font-weight:700}.kp-meta .auth{color:#1b4f72;font-weight:700}
.kp-meta .views{margin-right:auto}
.kp-figure{margin:0 0 16px}.kp-figure figcaption{font-size:.85rem;color:#666;background:#f7f7f7;padding:5px 10px}.kp-figure figcaption small{color:#999;margin-right:6px}
.kp-body p{font-size:1.12rem;line-height:2.15;text-align:justify;margin:0 0 1em}
.kp-body h2,.kp-body h3{font-size:1.2rem;color:#1b4f72;margin:1.5em 0 .6em;font-weight:700}
.kp-body ul.kp-ul{list-style:square;padding-right:26px;margin:0 0 1em}.kp-body ul.kp-ul li{font-size:1.08rem;margin-bottom:4px}
.kp-body table.kp-table{width:100%;border-collapse:collapse;margin:0 0 6px;font-size:.98rem}
.kp-body table.kp-table th{background:#1b4f72;color:#fff;padding:7px;border:1px solid #1b4f72}.kp-body table.kp-table td{padding:7px;border:1px solid #ddd;text-align:center}
.kp-body .kp-tsrc{font-size:.85rem;color:#777;margin:0 0 1.2em}
.kp-body .kp-inline-rel{border:1px solid #e3e3e3;border-right:4px solid #c0392b;background:#fcfcfc;padding:8px 12px;margin:0 0 1em;font-size:1rem}
.kp-body .kp-inline-rel span{color:#c0392b;font-weight:700;margin-left:6px}
.kp-body .kp-video{position:relative;padding-top:56.25%;background:#000;margin:0 0 6px}.kp-body .kp-video iframe{position:absolute;top:0;right:0;width:100%;height:100%;border:0}
.kp-body .kp-vcap{font-size:.85rem;color:#666;margin:0 0 1.2em}
.kp-end{color:#999;font-size:.9rem;margin:6px 0 14px}
.kp-tags{margin:10px 0}.kp-tags b{margin-left:8px}.kp-tags a{display:inline-block;background:#f0f3f6;border:1px solid #e0e6ec;padding:1px 10px;margin:0 0 6px 6px;border-radius:3px;font-size:.88rem}
.kp-tools{display:flex;flex-wrap:wrap;gap:8px;align-items:center;border-top:1px solid #eee;padding-top:10px;font-size:.85rem}
.kp-tools a.s{display:inline-block;padding:3px 10px;border-radius:3px;color:#fff}.kp-tools .tg{background:#2aa3e0}.kp-tools .wa{background:#25d366}.kp-tools .x{background:#111}
.kp-tools .ln{background:#0a66c2}.kp-tools .et{background:#e16a0c}.kp-tools .bl{background:#1c8f5a}
.kp-tools .short{margin-right:auto;color:#555}.kp-tools .short input{width:220px;border:1px solid #ddd;font-size:.8rem;padding:2px 6px;direction:ltr}
.kp-box{background:#fff;border:1px solid #e6e6e6;margin-bottom:18px}.kp-box h3{margin:0;font-size:1.05rem;padding:8px 14px;border-bottom:2px solid #c0392b;color:#1b4f72}
.kp-rel li{padding:8px 14px;border-bottom:1px solid #f1f1f1;display:flex;gap:10px}.kp-rel li img{width:110px;height:70px;object-fit:cover}
.kp-rel li .t{font-weight:700;font-size:.95rem;color:#222}.kp-rel li .d{display:block;font-size:.78rem;color:#999;font-weight:400}
.kp-latest li{padding:6px 14px;border-bottom:1px solid #f3f3f3;font-size:.9rem}.kp-latest li .tm{color:#c0392b;margin-left:6px;font-size:.8rem}
.kp-mostv ol{counter-reset:mv}.kp-mostv li{counter-increment:mv;padding:7px 14px;border-bottom:1px solid #f3f3f3;font-size:.92rem}
.kp-mostv li:before{content:counter(mv);display:inline-block;width:22px;height:22px;line-height:22px;text-align:center;background:#1b4f72;color:#fff;border-radius:50%;margin-left:8px;font-size:.8rem}
.kp-photo ul{display:grid;grid-template-columns:1fr 1fr;gap:8px;padding:10px}.kp-photo li span{display:block;font-size:.82rem}
.kp-cmt .cm{padding:10px 14px;border-bottom:1px solid #f1f1f1;font-size:.92rem}.kp-cmt .cm .n{font-weight:700}.kp-cmt .cm .w{color:#999;font-size:.78rem;margin-right:8px}
.kp-cmt form{padding:12px 14px}.kp-cmt textarea,.kp-cmt input{width:100%;border:1px solid #ddd;margin-bottom:8px;padding:6px;font-family:inherit}
.kp-cmt button{background:#1b4f72;color:#fff;border:0;padding:6px 22px;font-family:inherit;cursor:pointer}.kp-cmt .rules{font-size:.78rem;color:#888}
.kp-ad{background:#f7f7f7;margin:0 auto 18px;text-align:center;position:relative}.kp-ad:after{content:"تبلیغات";position:absolute;top:2px;left:6px;font-size:.65rem;color:#aaa}
.kp-ad-300{width:300px;height:250px}.kp-ad-300x600{width:300px;height:600px}.kp-ad-728{width:728px;height:90px;max-width:100%}.kp-ad-in{width:100%;min-height:120px}
.kp-rates table,.kp-prayer table{width:100%;border-collapse:collapse;font-size:.85rem}.kp-rates th{background:#f4f6f8;padding:5px;font-weight:700}
.kp-rates td,.kp-prayer td{padding:5px 12px;border-bottom:1px solid #f1f1f1}.kp-rates td.up{color:#1e8449}.kp-rates td.up:before{content:"\\25B2 "}
.kp-rates td.dn{color:#c0392b}.kp-rates td.dn:before{content:"\\25BC "}.kp-rates .upd{font-size:.75rem;color:#999;padding:4px 12px;margin:0}
.kp-prayer td+td{text-align:left;font-weight:700}.kp-picks li{font-weight:700}
.kp-sitemap{margin-top:18px;font-size:.82rem;line-height:2}.kp-sitemap dl{display:inline-block;vertical-align:top;width:19%;margin:0 0 10px}
.kp-sitemap dt{color:#fff;font-weight:700}.kp-sitemap dd{margin:0}
.kp-ad-text li{padding:5px 14px;font-size:.85rem;border-bottom:1px dotted #eee}
.kp-foot{background:#16324a;color:#b7c8d8;margin-top:24px;padding:26px 0 0;font-size:.9rem}
.kp-foot .cols{display:flex;gap:24px}.kp-foot .col{flex:1}.kp-foot h5{color:#fff;font-size:1rem;margin:0 0 8px;border-bottom:1px solid #2c4d6a;padding-bottom:6px}
.kp-foot a{color:#b7c8d8}.kp-foot li{padding:2px 0}.kp-foot .offices{margin-top:18px;line-height:2}.kp-foot .offices a{margin-left:10px;white-space:nowrap}
.kp-foot .copy{border-top:1px solid #2c4d6a;margin-top:20px;padding:12px 0;text-align:center;font-size:.8rem;color:#8ea7bf}
.kp-gotop{position:fixed;left:14px;bottom:14px;width:38px;height:38px;border-radius:4px;background:#c0392b;color:#fff;text-align:center;line-height:38px;display:none}
@media (max-width:992px){.kp-aside{display:none}.kp-item h1{font-size:1.5rem}.kp-head .kp-banner-top{display:none}.kp-foot .cols{flex-wrap:wrap}}
@media print{.kp-datebar,.kp-menu,.kp-aside,.kp-ad,.kp-tools,.kp-foot,.kp-cmt,.kp-urgent{display:none}}
"""

HEAD_JS = """<script>
var kpPage={type:"news",id:%(nid)d,service:"%(service)s",pub:"%(pub)s",source:"%(source)s",words:%(words)d};
window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag("js",new Date());gtag("config","G-KP4Q81ZT2M",{content_group:"%(service)s",anonymize_ip:true});
</script>
<script async src="https://tags.khabarpars.example/gtag/js?id=G-KP4Q81ZT2M"></script>
<script>
(function(){var s=document.createElement("script");s.async=true;s.src="https://stat.khabarpars.example/counter.js?sid=kp&nid=%(nid)d";
document.getElementsByTagName("head")[0].appendChild(s);})();
var kpBanners={zones:{top:"b-728-top",side1:"b-300-1",side2:"b-300x600",inline:"b-in-1",foot:"b-728-foot"},rotate:30,
  provider:"https://ads.khabarpars.example/delivery/",fallback:"/img/ad-fallback.gif",lazy:true};
</script>
<script async src="https://ads.khabarpars.example/delivery/async.js?v=3"></script>
"""

FOOT_JS = """<script src="https://cdn.khabarpars.example/js/jquery-3.6.0.min.js"></script>
<script>
/* kp.tools: font size, lazy images, sticky aside, short-link copy */
(function(w,d){
  var KP=w.KP=w.KP||{};
  KP.fontSize=function(step){var b=d.getElementById("news-body");if(!b)return;var cur=parseFloat(b.getAttribute("data-fs")||"1.12");
    cur=Math.min(1.6,Math.max(.9,cur+step*.08));b.setAttribute("data-fs",cur);var ps=b.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=cur+"rem";}};
  KP.lazy=function(){if(!("IntersectionObserver" in w)){return;}var io=new IntersectionObserver(function(es){es.forEach(function(e){if(e.isIntersecting){var im=e.target;
    if(im.dataset.src){im.src=im.dataset.src;im.removeAttribute("data-src");}io.unobserve(im);}});},{rootMargin:"200px"});
    d.querySelectorAll("img[data-src]").forEach(function(im){io.observe(im);});};
  KP.sticky=function(){var a=d.querySelector(".kp-aside");if(!a||w.innerWidth<992)return;var top=a.getBoundingClientRect().top+w.pageYOffset;
    w.addEventListener("scroll",function(){var y=w.pageYOffset,h=a.offsetHeight,vh=w.innerHeight;a.style.position="relative";
      a.style.top=(y+vh>top+h&&h>vh)?Math.max(0,y+vh-top-h)+"px":"0";},{passive:true});};
  KP.copy=function(el){try{el.select();d.execCommand("copy");el.setAttribute("title","کپی شد");}catch(e){}};
  d.addEventListener("DOMContentLoaded",function(){KP.lazy();KP.sticky();});
})(window,document);
</script>
<script>
$(function(){
  $(".kp-menu ul.l1>li").hover(function(){$(this).find("ul.l2").stop(true,true).fadeIn(120);},function(){$(this).find("ul.l2").hide();});
  $(".kp-tools .short input").on("focus",function(){this.select();});
  $(".kp-cmt form").on("submit",function(e){var t=$(this).find("textarea").val();if(!t||t.length<3){e.preventDefault();alert("لطفاً متن نظر را وارد کنید");}});
  var $t=$(".kp-gotop");$(window).on("scroll",function(){$t.toggle($(window).scrollTop()>600);});$t.on("click",function(){$("html,body").animate({scrollTop:0},300);return false;});
  $.getJSON("/api/news/views?nid="+kpPage.id,function(r){if(r&&r.v){$(".kp-meta .views b").text(r.fa);}});
});
</script>
"""


def site_state(a):
    rng = _random.Random(a["nid"])
    cities = ["تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "یزد", "رشت", "کرمان", "اهواز", "بندرعباس", "کرمانشاه", "ساری"]
    prayer = {c: [[n, f"{(int(t[:2]) + rng.randint(-1, 1)) % 24:02d}:{(int(t[3:]) + rng.randint(0, 45)) % 60:02d}"] for n, t in PRAYER] for c in cities}
    rates = [{"t": n, "m": m, "h": [round(rng.uniform(0.9, 1.1), 4) for _ in range(30)]} for n, m in RATES]
    return _json.dumps({"menu": [{"k": k, "t": l, "u": u, "s": [{"t": x, "u": f"{u}/{i + 1}"} for i, x in enumerate(subs)]} for k, l, u, subs in NAV],
                        "offices": [{"t": x, "u": f"/provinces/{i + 1}"} for i, x in enumerate(PROVINCE_OFFICES)],
                        "footer": [{"h": hd, "l": items} for hd, items in FOOT],
                        "prayer": prayer, "rates": rates,
                        "photos": [{"t": t, "u": f"/multimedia/photo/{a['nid'] - 90 - i}", "img": f"{MEDIA}/thumb/p{a['seed']}{i}.jpg"} for i, t in enumerate(PHOTOS)],
                        "picks": [{"t": t, "u": f"/news/{a['nid'] - 700 - 23 * i}"} for i, t in enumerate(EDITOR_PICKS)],
                        "commented": [{"t": t, "u": f"/news/{a['nid'] - 410 - 13 * i}"} for i, t in enumerate(MOST_COMMENTED)]},
                       ensure_ascii=False, separators=(",", ":"))


AD_TEXTS = ["خرید بلیت هواپیما با کمترین قیمت", "آموزش زبان انگلیسی آنلاین", "رزرو هتل در شیراز و اصفهان", "فروش اقساطی لوازم خانگی",
            "بیمه‌ی مسافرتی آنلاین", "تور نوروزی کیش و قشم", "دوره‌های آموزش برنامه‌نویسی", "فروش ویژه‌ی فرش دستباف",
            "خدمات حسابداری شرکت‌ها", "اجاره‌ی خودرو در مشهد", "مشاوره‌ی مهاجرت تحصیلی", "خرید اینترنتی کتاب"]


def ads_state(a):
    rng = _random.Random(a["nid"] + 3)
    camps = []
    for i in range(26):
        camps.append({"id": 7000 + a["seed"] * 100 + i, "zone": rng.choice(["top", "side1", "side2", "inline", "foot", "text"]),
                      "t": rng.choice(AD_TEXTS), "img": f"https://ads.khabarpars.example/creative/{7000 + i}.jpg",
                      "w": rng.choice([300, 728, 970]), "h": rng.choice([90, 250, 600]), "weight": rng.randint(1, 10),
                      "click": f"https://ads.khabarpars.example/c/{7000 + a['seed'] * 100 + i}", "cap": rng.choice([3, 5, 10])})
    vids = [{"id": f"kp-v-{a['nid'] - 200 - i}", "t": t, "dur": f"{rng.randint(1, 9)}:{rng.randint(0, 59):02d}",
             "poster": f"{MEDIA}/video/{a['nid'] - 200 - i}.jpg", "src": f"https://video.khabarpars.example/hls/{a['nid'] - 200 - i}/index.m3u8"}
            for i, t in enumerate(PHOTOS + EDITOR_PICKS[:4])]
    return _json.dumps({"campaigns": camps, "videos": vids}, ensure_ascii=False, separators=(",", ":"))


def latest_feed(a):
    rng = _random.Random(a["nid"] + 1)
    out = []
    for i, t in enumerate((POOL + MOST_VIEWED) * 2):
        if len(out) >= 36:
            break
        when = a["view"] - _dt.timedelta(minutes=6 + 13 * i)
        out.append({"id": a["nid"] + 40 + i, "t": t, "ts": iso(when), "svc": rng.choice([n[0] for n in NAV[1:9]]),
                    "img": f"{MEDIA}/thumb/{a['nid'] + 40 + i}.jpg", "v": rng.randint(80, 40000)})
    return _json.dumps(out, ensure_ascii=False, separators=(",", ":"))




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


def pick(seed, n, off=0, src=POOL):
    return [src[(seed * 5 + off + i * 3) % len(src)] for i in range(n)]


# ---------------------------------------------------------------- rendering

def render_body(a):
    out, blocks = [], []
    if a.get("lead"):
        blocks.append(Block("paragraph", a["lead"], optional=True))
    for p in a["parts"]:
        k = p[0]
        if k == "p":
            out.append(f'<div class="kp-p">{esc(p[1])}</div>' if a.get("divp") else f"<p>{esc(p[1])}</p>")
            blocks.append(Block("paragraph", p[1]))
        elif k == "dl":  # paragraph opening with a dateline set in bold
            out.append(f'<div class="kp-p"><strong>{esc(p[1])}</strong> {esc(p[2])}</div>' if a.get("divp")
                       else f"<p><strong>{esc(p[1])}</strong> {esc(p[2])}</p>")
            blocks.append(Block("paragraph", f"{p[1]} {p[2]}"))
        elif k == "h":
            tag = "h2" if a["seed"] % 2 else "h3"
            out.append(f"<{tag}>{esc(p[1])}</{tag}>")
            blocks.append(Block("heading", p[1]))
        elif k == "ul":
            out.append('<ul class="kp-ul">' + "".join(f"<li>{esc(x)}</li>" for x in p[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in p[1]]
        elif k == "table":
            rows, src = p[1], p[2]
            t = ['<table class="kp-table"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            t += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append("".join(t) + "</tbody></table>")
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            if src:
                out.append(f'<p class="kp-tsrc">{esc(src)}</p>')
                blocks.append(Block("caption", src, optional=True))
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="kp-figure"><img src="{MEDIA}/d/{img}" alt="{attr(cap)}" width="800" height="533" loading="lazy">'
                       f'<figcaption>{esc(cap)} <small>{esc(credit)}</small></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "video":
            _, vid, title = p
            out.append(f'<div class="kp-video"><iframe src="https://video.khabarpars.example/embed/{vid}" title="{attr(title)}" '
                       f'allowfullscreen loading="lazy"></iframe></div><p class="kp-vcap">فیلم: {esc(title)}</p>')
        elif k == "rel":  # inline "read more" line (only when the page variant carries it)
            if a.get("inline_rel"):
                t, nid = a["inline_rel"]
                out.append(f'<div class="kp-inline-rel"><span>بیشتر بخوانید:</span><a href="/news/{nid}">{esc(t)}</a></div>')
        elif k == "ad":
            out.append('<div class="kp-ad kp-ad-in" id="b-in-1" data-zone="inline"></div>')
    return "\n".join(out), blocks


def page(a):
    pub, view = a["pub"], a["view"]
    sec = next(n for n in NAV if n[0] == a["service"])
    url = a["url"]
    canon = canonical(url)
    body_html, blocks = render_body(a)
    words = sum(len(b.text.split()) for b in blocks if not b.optional)
    nid = a["nid"]
    source = a.get("agency") or NAME

    h = ["<!DOCTYPE html>", '<html lang="fa" dir="rtl">', "<head>", '<meta charset="utf-8">']
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1.0">')
    h.append(f"<title>{esc(a['title'])}</title>")
    h.append(f'<meta name="description" content="{attr(a["desc"])}">')
    h.append(f'<meta name="keywords" content="{attr("، ".join(a["tags"]))}">')
    h.append('<meta name="robots" content="index, follow">')
    h.append(f'<link rel="canonical" href="{canon}">')
    h.append(f'<link rel="shortlink" href="https://kpars.example/{nid:x}">')
    h.append('<meta property="og:locale" content="fa_IR">')
    h.append(f'<meta property="og:site_name" content="{NAME}">')
    h.append('<meta property="og:type" content="article">')
    h.append(f'<meta property="og:title" content="{attr(a["og_title"])}">')
    h.append(f'<meta property="og:description" content="{attr(a["desc"])}">')
    h.append(f'<meta property="og:url" content="{canon}">')
    h.append(f'<meta property="og:image" content="{MEDIA}/d/{a["image"]}">')
    if not a.get("no_meta_date"):
        h.append(f'<meta property="article:published_time" content="{iso(pub)}">')
    if a.get("upd"):
        h.append(f'<meta property="article:modified_time" content="{iso(a["upd"])}">')
    h.append(f'<meta property="article:section" content="{sec[1]}">')
    for t in a["tags"]:
        h.append(f'<meta property="article:tag" content="{attr(t)}">')
    h.append('<meta name="twitter:card" content="summary_large_image">')
    h.append('<meta name="twitter:site" content="@khabarpars_news">')
    h.append(f'<meta name="twitter:title" content="{attr(a["og_title"])}">')
    h.append(f'<meta name="twitter:description" content="{attr(a["desc"])}">')
    h.append(f'<meta name="dc.language" content="fa"><meta name="dc.source" content="{attr(source)}">')
    h.append(f'<meta name="news_keywords" content="{attr("، ".join(a["tags"]))}">')
    h.append('<link rel="icon" type="image/png" href="/img/favicon-32.png"><link rel="apple-touch-icon" href="/img/apple-touch-icon.png">')
    h.append('<link rel="alternate" type="application/rss+xml" title="خبر پارس - آخرین اخبار" href="/rss/all">')
    h.append(f'<link rel="preconnect" href="{STATIC}"><link rel="preconnect" href="{MEDIA}">')
    if a.get("jsonld", True):
        if a.get("ld_no_author"):  # the middle template's staff-copy path leaves the author out
            author = None
        elif a.get("agency"):
            author = [{"@type": "Organization", "name": n} if n == a["agency"] else {"@type": "Person", "name": n} for n in a["authors"]]
        else:
            author = [{"@type": "Person", "name": n} for n in a["authors"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon,
              "headline": a["og_title"], "description": a["desc"], "image": [f"{MEDIA}/d/{a['image']}"],
              "datePublished": iso(a["upd"] if a.get("ld_pub_is_upd") else pub), "dateModified": iso(a.get("upd") or pub), "author": author,
              "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{STATIC}/img/logo-600x60.png"}},
              "inLanguage": "fa-IR", "articleSection": sec[1], "identifier": str(nid)}
        if author is None:
            del ld["author"]
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append("<style>" + CSS + theme_css("kp", a["nid"], 320) + "</style>")
    h.append(HEAD_JS % {"nid": nid, "service": a["service"], "pub": iso(pub), "source": "agency" if a.get("agency") else "staff",
                        "words": words})
    h.append("</head>")
    gen = "old" if not a.get("jsonld", True) else ("mid" if a["seed"] in (4, 5) else "new")
    h.append(f'<body class="news-page service-{a["service"]}">')
    h.append('<div class="kp-page"><div class="kp-page__in">')
    # date bar
    h.append(f'<div class="kp-datebar"><div class="wrap"><div class="d"><span>{j_date(view, weekday=True, time=False)}</span>'
             f'<span>{g_date(view)}</span><span>تهران {fa(view.strftime("%H:%M"))}</span></div>'
             '<div class="lang"><a href="/en/">English</a><a href="/ar/">العربية</a><a href="/tr/">Türkçe</a></div></div></div>')
    logo = '<h1 class="kp-logo"><a href="/">خبرگزاری خبر پارس</a></h1>' if gen == "old" else '<a class="kp-logo" href="/">خبرگزاری خبر پارس</a>'
    h.append(f'<header class="kp-head"><div class="wrap">{logo}'
             '<div class="kp-ad kp-banner-top" id="b-728-top" data-zone="top"></div></div></header>')
    m = ['<nav class="kp-menu"><div class="wrap" style="display:flex"><ul class="l1">']
    for key, label, path, subs in NAV:
        cls = ' class="active"' if key == a["service"] else ""
        sub = ""
        if subs:
            sub = f'<ul class="l2" data-menu="{key}" data-source="#kp-site-state"></ul>'
        m.append(f'<li{cls}><a href="{path}">{label}</a>{sub}</li>')
    m.append('</ul><form class="srch" action="/search" method="get"><input type="text" name="q" placeholder="جستجو در اخبار..."></form></div></nav>')
    h.append("".join(m))
    urgent = pick(a["seed"], 3, 7)
    h.append('<div class="wrap"><div class="kp-urgent"><b>فوری</b><ul>' + "".join(f'<li><a href="/news/{nid - 37 * (i + 1)}">{t}</a></li>' for i, t in enumerate(urgent)) + "</ul></div>")
    h.append('<div class="kp-grid"><main class="kp-main">')
    h.append(f'<div class="kp-bread"><a href="/">خبر پارس</a><span>&rsaquo;</span><a href="{sec[2]}">{sec[1]}</a><span>&rsaquo;</span>'
             f'<a href="{sec[2]}/{a["subn"]}">{a["sub"]}</a></div>')
    # article
    h.append(f'<article class="kp-item" id="news-{nid}"><div class="kp-item__in">')
    h.append(f'<span class="kp-service">{sec[1]}</span>')
    if a.get("kicker"):
        h.append(f'<span class="kp-rutitr">{esc(a["kicker"])}</span>')
    ttag = {"old": "h2", "mid": "div", "new": "h1"}[gen]
    h.append(f'<{ttag} class="kp-title">{esc(a["headline"])}</{ttag}>')
    if a.get("lead"):
        h.append(f'<p class="kp-lead">{esc(a["lead"])}</p>')
    if gen != "new":  # the two older templates print the date as text only
        meta = [f'<span class="code">کد خبر: <b>{fa(nid)}</b></span>', f'<span class="date">تاریخ انتشار: <b>{j_date(pub)}</b></span>']
    else:
        meta = [f'<span class="code">کد خبر: <b>{fa(nid)}</b></span>',
                f'<span class="date">تاریخ انتشار: <b><time datetime="{iso(pub)}">{j_date(pub)}</time></b></span>']
    if a.get("upd") and gen != "new":
        meta.append(f'<span class="date upd">به‌روزرسانی: <b>{j_date(a["upd"])}</b></span>')
    elif a.get("upd"):
        meta.append(f'<span class="date upd">به‌روزرسانی: <b><time datetime="{iso(a["upd"])}">{j_date(a["upd"])}</time></b></span>')
    for n in a["authors"]:
        if n == a.get("agency"):
            meta.append(f'<span class="src">منبع: {esc(n)}</span>')
        else:
            meta.append(f'<span class="auth">خبرنگار: {esc(n)}</span>')
    meta.append(f'<span class="read">زمان مطالعه: {fa(max(2, words // 200))} دقیقه</span>')
    meta.append(f'<span class="views">بازدید: <b>{fa(a["views"])}</b></span>')
    h.append('<div class="kp-meta">' + "".join(meta) + "</div>")
    if gen == "old":
        h.append("</div></article>")
    h.append(f'<div class="kp-body" id="news-body"><div class="kp-body__text">{body_html}</div></div>')
    h.append('<p class="kp-end">انتهای پیام/</p>')
    h.append('<div class="kp-tags"><b>برچسب‌ها:</b>' + "".join(f'<a href="/tag/{attr(t)}">{esc(t)}</a>' for t in a["tags"]) + "</div>")
    h.append(f'<div class="kp-tools"><a class="s tg" href="https://t.example/share/url?url={canon}">تلگرام</a>'
             f'<a class="s wa" href="https://wa.example/send?text={canon}">واتساپ</a><a class="s x" href="https://x.example/intent/post?url={canon}">ایکس</a>'
             f'<a class="s ln" href="https://linkedin.example/shareArticle?url={canon}">لینکدین</a><a class="s et" href="https://eitaa.example/share?url={canon}">ایتا</a>'
             f'<a class="s bl" href="https://ble.example/share?url={canon}">بله</a><a href="/print/{nid}">نسخه چاپی</a><a href="/send/{nid}">ارسال به دوستان</a>'
             f'<span class="short">لینک کوتاه: <input type="text" readonly value="https://kpars.example/{nid:x}"></span></div>')
    if gen != "old":
        h.append("</div></article>")
    # related
    rel = ['<section class="kp-box kp-rel"><h3>اخبار مرتبط</h3><ul>']
    for i, (t, d) in enumerate(a["related"]):
        if gen == "new":
            rel.append(f'<li><div class="kp-card"><img src="{MEDIA}/thumb/{nid - 11 * (i + 2)}.jpg" srcset="{MEDIA}/thumb/{nid - 11 * (i + 2)}@2x.jpg 2x" alt="" loading="lazy">'
                       f'<a href="/news/{nid - 11 * (i + 2)}"><span class="t">{esc(t)}</span><span class="d">{d}</span></a></div></li>')
        else:
            rel.append(f'<li><img src="{MEDIA}/thumb/{nid - 11 * (i + 2)}.jpg" alt="" loading="lazy"><a href="/news/{nid - 11 * (i + 2)}">'
                       f'<span class="t">{esc(t)}</span><span class="d">{d}</span></a></li>')
    rel.append("</ul></section>")
    h.append("".join(rel))
    h.append('<div class="kp-ad kp-ad-728" id="b-728-foot" data-zone="foot"></div>')
    # comments
    cm = [f'<section class="kp-box kp-cmt" id="comments"><h3>نظرات ({fa(len(a.get("comments", [])))})</h3>']
    for n, w, t in a.get("comments", []):
        cm.append(f'<div class="cm"><span class="n">{esc(n)}</span><span class="w">{w}</span><p>{esc(t)}</p></div>')
    cm.append(f'<form action="/comment/{nid}" method="post"><input type="text" name="name" placeholder="نام">'
              '<input type="email" name="email" placeholder="ایمیل (منتشر نمی‌شود)"><textarea name="body" rows="4" placeholder="نظر شما"></textarea>'
              '<p class="rules">نظرات حاوی توهین، تهمت یا تبلیغ منتشر نمی‌شود. نظرات پس از تأیید منتشر خواهند شد.</p>'
              '<button type="submit">ارسال نظر</button></form></section>')
    h.append("".join(cm))
    more = pick(a["seed"], 4, 3)
    h.append(f'<section class="kp-box kp-latest"><h3>سایر اخبار {sec[1]}</h3><ul>' + "".join(
        f'<li><a href="/news/{nid - 5 * (i + 1)}">{t}</a></li>' for i, t in enumerate(more)) + "</ul></section>")
    h.append("</main>")
    # aside
    s = ['<aside class="kp-aside">', '<div class="kp-ad kp-ad-300" id="b-300-1" data-zone="side1"></div>']
    latest = pick(a["seed"], 6, 13)
    s.append('<section class="kp-box kp-latest"><h3>آخرین اخبار</h3><ul>' + "".join(
        f'<li><span class="tm">{fa((view - _dt.timedelta(minutes=6 + 13 * i)).strftime("%H:%M"))}</span><a href="/news/{nid + 40 + i}">{t}</a></li>'
        for i, t in enumerate(latest)) + "</ul></section>")
    s.append('<section class="kp-box kp-mostv"><h3>پربازدیدترین‌ها</h3><ol>' + "".join(
        f'<li><a href="/news/{nid - 300 - i * 17}">{t}</a></li>' for i, t in enumerate(pick(a["seed"], 5, 1, MOST_VIEWED))) + "</ol></section>")
    s.append('<div class="kp-ad kp-ad-300x600" id="b-300x600" data-zone="side2"></div>')
    s.append('<section class="kp-box kp-photo" data-widget="photos" data-source="#kp-site-state"><h3>عکس</h3></section>')
    s.append('<section class="kp-box kp-rates"><h3>نرخ ارز و طلا</h3><table><thead><tr><th>عنوان</th><th>بازار</th><th>تغییر</th></tr></thead><tbody>' + "".join(
        f'<tr><td>{n}</td><td>{m}</td><td class="{"up" if (a["seed"] + i) % 3 else "dn"}">{fa(((a["seed"] * 7 + i * 5) % 19) / 10)}٪</td></tr>' for i, (n, m) in enumerate(RATES))
             + '</tbody></table><p class="upd">به‌روزرسانی خودکار هر ۳۰ دقیقه</p></section>')
    s.append('<section class="kp-box kp-prayer" data-widget="prayer" data-source="#kp-site-state"><h3>اوقات شرعی</h3></section>')
    s.append('<section class="kp-box kp-ad-text"><h3>پیوندهای ویژه</h3><ul>'
             '<li><a href="https://ads.khabarpars.example/c/1" rel="sponsored">خرید بلیت هواپیما با کمترین قیمت</a></li>'
             '<li><a href="https://ads.khabarpars.example/c/2" rel="sponsored">آموزش زبان انگلیسی آنلاین</a></li>'
             '<li><a href="https://ads.khabarpars.example/c/3" rel="sponsored">رزرو هتل در شیراز و اصفهان</a></li>'
             '</ul></section>')
    s.append("</aside></div></div>")
    h.append("".join(s))
    f = ['<footer class="kp-foot"><div class="wrap"><div class="cols" data-source="#kp-site-state">']
    for i, (hd, items) in enumerate(FOOT[3:]):
        f.append(f'<div class="col"><h5>{hd}</h5><ul>' + "".join(f'<li><a href="/page/{i}{j}">{x}</a></li>' for j, x in enumerate(items)) + "</ul></div>")
    f.append('<div class="col"><h5>ما را دنبال کنید</h5><ul><li><a href="https://t.example/khabarpars">تلگرام</a></li><li><a href="https://instagram.example/khabarpars">اینستاگرام</a></li>'
             '<li><a href="https://x.example/khabarpars_news">ایکس</a></li><li><a href="https://aparat.example/khabarpars">آپارات</a></li><li><a href="https://eitaa.example/khabarpars">ایتا</a></li></ul></div>')
    f.append('</div><div class="kp-sitemap" data-source="#kp-site-state"></div>')
    f.append(f'<div class="copy">کلیه‌ی حقوق مادی و معنوی این سایت متعلق به خبرگزاری خبر پارس است و استفاده از مطالب با ذکر منبع بلامانع است. '
             f'&copy; {fa(jalali(view.date())[0])} - {fa(view.year)}</div></div></footer>')
    h.append("".join(f))
    h.append('<a class="kp-gotop" href="#" title="بازگشت به بالا">&#9650;</a>')
    h.append("</div></div>")
    h.append('<script type="application/json" id="kp-site-state">' + site_state(a) + "</script>")
    h.append('<script type="application/json" id="kp-latest">' + latest_feed(a) + "</script>")
    h.append('<script type="application/json" id="kp-ads">' + ads_state(a) + "</script>")
    h.append(FOOT_JS)
    h.append("</body>\n</html>\n")
    return "\n".join(h), blocks


ARTICLES = []


def jd(y, m, d):
    """A related item's date as the site prints it (Solar Hijri, Persian digits)."""
    jy, jm, jdd = jalali(_dt.date(y, m, d))
    return fa(f"{jdd} {J_MONTHS[jm - 1]} {jy}")


# ---------------------------------------------------------------- 01: Yazd qanat, dateline, no JSON-LD (older template)
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, service="provinces", sub="یزد", subn=1, nid=412087, views=3184, jsonld=False, divp=True,
    url=f"{HOST}/news/412087/",
    pub=dt(2016, 1, 19, 10, 20), view=dt(2016, 1, 19, 18, 45),
    kicker="با مشارکت کشاورزان",
    headline="قنات ۶۰۰ ساله‌ی «کهن‌آب» پس از چهار سال مرمت دوباره آب‌دار شد",
    title="قنات ۶۰۰ ساله‌ی «کهن‌آب» پس از چهار سال مرمت دوباره آب‌دار شد - خبرگزاری خبر پارس",
    og_title="قنات ۶۰۰ ساله‌ی «کهن‌آب» پس از چهار سال مرمت دوباره آب‌دار شد",
    desc="کشاورزان روستای مهرآباد با کمک یک بنیاد محلی ۲٫۸ کیلومتر از مسیر قنات کهن‌آب را لایروبی کردند.",
    lead="کشاورزان روستای مهرآباد با کمک یک بنیاد خیریه‌ی محلی ۲٫۸ کیلومتر از مسیر قنات را لایروبی کردند؛ آبدهی قنات به ۱۸ لیتر در ثانیه رسیده است",
    tags=["یزد", "قنات", "کشاورزی", "میراث آبی"], image="1394/10/29/qanat-kohanab.jpg",
    authors=["مریم سلطانی"],
    parts=[
        ("dl", "یزد - خبر پارس -", "قنات ۶۰۰ ساله‌ی «کهن‌آب» در حومه‌ی اشکذر، که نزدیک به دو دهه خشک مانده بود، پس از چهار سال کار مرمت و لایروبی دوباره آب‌دار شد و از این هفته آب آن به باغ‌های پسته و انار روستای مهرآباد می‌رسد."),
        ("p", "مسئول گروه مرمت، مهندس فرهاد دهقانی، به خبرنگار خبر پارس گفت: «در این مدت ۲٫۸ کیلومتر از کوره‌ی قنات لایروبی شد و ۴۶ حلقه چاه میله که ریزش کرده بود، با کول‌های سفالی تازه محکم شد. آبدهی قنات الان به ۱۸ لیتر در ثانیه رسیده که برای آبیاری حدود ۴۰ هکتار باغ کافی است.»"),
        ("p", "به گفته‌ی دهقانی، هزینه‌ی این طرح حدود ۹ میلیارد ریال بوده که نیمی از آن را بنیاد خیریه‌ی «آب و آبادی یزد» پرداخته و بقیه را کشاورزان روستا به صورت نقدی و با کار داوطلبانه تأمین کرده‌اند."),
        ("p", "قنات‌ها کانال‌های زیرزمینی هستند که آب را از دل کوه یا آبرفت‌های بالادست، با شیبی بسیار ملایم، به سطح زمین می‌رسانند. تنها در استان یزد بیش از سه هزار رشته قنات ثبت شده است، اما بخش بزرگی از آن‌ها در دهه‌های اخیر به دلیل حفر چاه‌های عمیق و افت سطح آب‌های زیرزمینی خشک شده‌اند."),
        ("ad",),
        ("h", "مقنی‌هایی که کم شده‌اند"),
        ("p", "یکی از دشواری‌های کار، پیدا کردن مقنی بود. استاد حسین رعیتی، مقنی ۶۸ ساله‌ای که سرپرستی کار در کوره‌ی قنات را به عهده داشت، می‌گوید: «جوان‌ها دیگر این کار را یاد نمی‌گیرند. کار سختی است؛ باید ساعت‌ها در تونلی به ارتفاع یک متر با چراغ و بیل کار کنی. من دو شاگرد جوان از همین روستا گرفتم که امیدوارم کار را ادامه دهند.»"),
        ("p", "کشاورزان مهرآباد می‌گویند بازگشت آب قنات، هزینه‌ی پمپاژ از چاه‌ها را کاهش می‌دهد. زهرا فلاحتی، که با همسرش دو هکتار باغ انار دارد، گفت: «پارسال برای برق چاه بیشتر از درآمد انارها پول دادیم. آب قنات مجانی نیست و باید از آن نگهداری کنیم، اما دست‌کم به برق و گازوئیل وابسته نیست.»"),
        ("p", "به گفته‌ی کارشناسان میراث آبی، احیای یک قنات تنها به لایروبی کوره محدود نمی‌شود و مدیریت برداشت از چاه‌های اطراف نیز اهمیت دارد، زیرا چاه‌های عمیق می‌توانند در چند سال آب سفره‌ای را که قنات از آن تغذیه می‌کند پایین ببرند. اهالی مهرآباد توافق کرده‌اند که دو حلقه چاه کشاورزی نزدیک به مادرچاه قنات را در سال‌های پرآب خاموش نگه دارند."),
        ("p", "نرگس شریفی، پژوهشگر تاریخ آب در یزد، می‌گوید قنات‌ها تنها سازه‌ی آبی نیستند و نظم اجتماعی روستا را هم شکل داده‌اند: «تقسیم آب قنات بر پایه‌ی سهم‌های قدیمی انجام می‌شد و هر خانواده سهم خود را می‌دانست. وقتی قنات خشک شد، این نظم هم از هم پاشید. احیای قنات یعنی کشاورزان دوباره باید درباره‌ی سهم‌ها به توافق برسند.»"),
        ("p", "به گفته‌ی دهقانی، شورای روستا برای تقسیم آب دفتری تازه تهیه کرده که در آن سهم هر باغ بر پایه‌ی سهم‌های قدیمی و مشارکت خانواده‌ها در هزینه‌ی مرمت تعیین شده است. او می‌گوید همه‌ی تصمیم‌ها در جلسه‌های عمومی گرفته شده و تاکنون هیچ اختلافی بر سر سهم‌ها به دادگاه نرسیده است."),
        ("p", "گروه مرمت قصد دارد در مرحله‌ی بعد، استخر ذخیره‌ی آب قنات را که در سال‌های خشکسالی ترک برداشته، بازسازی کند. به گفته‌ی دهقانی، اگر بارش‌های زمستان امسال مناسب باشد، آبدهی قنات تا بهار می‌تواند به ۲۵ لیتر در ثانیه برسد."),
    ],
    related=[("ثبت ۱۲ رشته قنات یزد در فهرست آثار ملی", jd(2016, 1, 5)), ("افت سطح آب‌های زیرزمینی در دشت یزد-اردکان", jd(2015, 12, 21)),
             ("آموزش مقنی‌گری به جوانان روستایی", jd(2015, 11, 30)), ("برداشت انار در باغ‌های میبد آغاز شد", jd(2015, 10, 12))],
    comments=[("محمدرضا از یزد", jd(2016, 1, 19) + " - ۱۲:۴۰", "دست مریزاد به این کشاورزان. قنات‌ها میراث پدران ما هستند."),
              ("علی", jd(2016, 1, 19) + " - ۱۶:۰۵", "کاش برای بقیه‌ی قنات‌های استان هم چنین کاری انجام شود.")],
    entities=[("کهن‌آب", "LOC"), ("یزد", "LOC"), ("خبر پارس", "ORG"), ("اشکذر", "LOC"), ("مهرآباد", "LOC"),
              ("فرهاد دهقانی", "PER"), ("دهقانی", "PER"), ("آب و آبادی یزد", "ORG"), ("حسین رعیتی", "PER"), ("زهرا فلاحتی", "PER"),
              ("نرگس شریفی", "PER")],
    phenomena=["rtl", "kicker", "standfirst", "dateline", "localized-date", "local-time-zone", "subheadings", "decoy-date",
               "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="The visible date '۲۹ دی ۱۳۹۴ - ۱۰:۲۰' is Solar Hijri in Persian digits (= 19 January 2016, Tehran +03:30), matching article:published_time; the dateline 'یزد - خبر پارس -' stays in the first paragraph.",
))

# ---------------------------------------------------------------- 02: Gilan rice, wire copy from Sepehr agency, dateline
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, service="economy", sub="کشاورزی", subn=2, nid=503316, views=1942, jsonld=False, divp=True,
    agency="خبرگزاری سپهر", url=f"{HOST}/news/503316/",
    pub=dt(2017, 5, 23, 11, 45), view=dt(2017, 5, 24, 9, 10),
    kicker="کشاورزی",
    headline="شالیکاران گیلان به سراغ ارقام کم‌آب‌بر برنج رفتند",
    title="شالیکاران گیلان به سراغ ارقام کم‌آب‌بر برنج رفتند - خبرگزاری خبر پارس",
    og_title="شالیکاران گیلان به سراغ ارقام کم‌آب‌بر برنج رفتند",
    desc="سطح زیر کشت رقم تازه‌ی برنج «آوای شمال» در گیلان به ۱۲ هزار هکتار رسید.",
    lead="سطح زیر کشت رقم «آوای شمال» در استان به ۱۲ هزار هکتار رسیده است؛ کشاورزان از کاهش ۳۰ درصدی مصرف آب می‌گویند اما نگران بازار هستند",
    tags=["گیلان", "برنج", "کم‌آبی", "کشاورزی"], image="1396/03/02/gilan-rice.jpg",
    authors=["خبرگزاری سپهر"],
    parts=[
        ("dl", "رشت - سپهر -", "شالیکاران استان گیلان امسال در بیش از ۱۲ هزار هکتار از شالیزارها رقم تازه‌ای از برنج را کاشته‌اند که به گفته‌ی کارشناسان، تا ۳۰ درصد آب کمتری از ارقام سنتی مصرف می‌کند و دو هفته زودتر به برداشت می‌رسد."),
        ("p", "این رقم که «آوای شمال» نام گرفته، حاصل ده سال کار پژوهشگران مؤسسه‌ی تحقیقات شالیزار کاسپین است. دکتر نسرین پورعلی، سرپرست گروه اصلاح نژاد این مؤسسه، به خبرنگار سپهر گفت: «هدف ما رقمی بود که هم در برابر کم‌آبی مقاوم باشد و هم عطر و طعمی نزدیک به برنج‌های محلی گیلان داشته باشد، چون مصرف‌کننده‌ی ایرانی به کیفیت پخت بسیار حساس است.»"),
        ("p", "بارش‌های کم زمستان گذشته و کاهش ذخایر سد سفیدرود، بسیاری از کشاورزان را به فکر تغییر رقم انداخته است. به گفته‌ی پورعلی، در سال‌های کم‌آب، آب سد تنها برای آبیاری بخشی از شالیزارهای پایین‌دست کافی است و کشاورزان ناچارند از چاه یا آب رودخانه‌های کوچک استفاده کنند."),
        ("ad",),
        ("p", "رحیم قربانی، شالیکار ۵۲ ساله‌ای از حومه‌ی لاهیجان، امسال نیمی از زمین سه‌هکتاری‌اش را به رقم جدید اختصاص داده است. او می‌گوید: «نشاکاری را دو هفته زودتر تمام کردیم و تا حالا یک نوبت آبیاری کمتر از پارسال داشته‌ایم. اگر محصول خوب باشد، سال بعد همه‌ی زمین را با این رقم می‌کارم.»"),
        ("p", "با این حال همه‌ی کشاورزان به رقم تازه اعتماد ندارند. برخی نگران‌اند که بازار، برنج جدید را به قیمت ارقام مرغوب محلی نخرد. علی‌اصغر میرزایی، از عمده‌فروشان بازار برنج رشت، گفت: «مشتری هنوز این اسم را نمی‌شناسد. اگر کیفیت پخت خوب باشد، بازار در دو سه سال جا می‌افتد، ولی امسال قیمت آن احتمالاً ۱۵ تا ۲۰ درصد پایین‌تر از ارقام محلی خواهد بود.»"),
        ("p", "به گفته‌ی کارشناسان کشاورزی استان، بیش از ۲۳۰ هزار هکتار از اراضی گیلان زیر کشت برنج است و در سال‌های کم‌بارش، کمبود آب در تیر و مرداد بیشترین خسارت را به شالیزارهای پایین‌دست می‌زند. کشت رقم‌های زودرس می‌تواند بخشی از این خطر را کاهش دهد، زیرا محصول پیش از اوج کم‌آبی به مرحله‌ی برداشت می‌رسد."),
        ("p", "پورعلی یادآوری کرد که رقم جدید بدون تغییر در شیوه‌ی آبیاری به نتیجه‌ی کامل نمی‌رسد. مؤسسه در چند روستای اطراف رشت آبیاری تناوبی را آزمایش کرده است؛ روشی که در آن شالیزار میان دو نوبت آبیاری چند روز خشک می‌ماند. به گفته‌ی او، این روش در کنار رقم کم‌آب‌بر می‌تواند مصرف آب را تا ۴۰ درصد کاهش دهد."),
        ("p", "برخی شالیکاران جوان نیز از این تغییر استقبال کرده‌اند. سمیه نوری، که زمین پدری‌اش را در حومه‌ی آستانه‌اشرفیه کشت می‌کند، گفت: «پدرم می‌گفت برنج بی‌آب نمی‌شود، اما ما دیگر آب همیشگی نداریم. باید چیزهای تازه را امتحان کنیم.»"),
        ("p", "مؤسسه‌ی تحقیقات شالیزار کاسپین اعلام کرده است که برای معرفی رقم جدید، جشنواره‌ای با حضور آشپزها و فروشندگان در پایان فصل برداشت در رشت برگزار خواهد کرد. پیش‌بینی می‌شود برداشت این رقم از اواسط مرداد آغاز شود."),
    ],
    related=[("آغاز نشاکاری برنج در شالیزارهای گیلان", jd(2017, 5, 2)), ("ذخایر سد سفیدرود به کمترین میزان پنج سال اخیر رسید", jd(2017, 4, 18)),
             ("واردات برنج در فصل برداشت ممنوع شد", jd(2017, 3, 6)), ("کشت مکانیزه‌ی برنج در مازندران گسترش یافت", jd(2017, 2, 14))],
    comments=[],
    entities=[("گیلان", "LOC"), ("رشت", "LOC"), ("سپهر", "ORG"), ("آوای شمال", "MISC"), ("مؤسسه‌ی تحقیقات شالیزار کاسپین", "ORG"),
              ("نسرین پورعلی", "PER"), ("پورعلی", "PER"), ("ایرانی", "MISC"), ("سد سفیدرود", "LOC"), ("رحیم قربانی", "PER"),
              ("لاهیجان", "LOC"), ("علی‌اصغر میرزایی", "PER"), ("سمیه نوری", "PER"), ("آستانه‌اشرفیه", "LOC")],
    phenomena=["rtl", "kicker", "standfirst", "dateline", "agency-byline", "localized-date", "local-time-zone", "decoy-date",
               "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="Wire copy: the byline is the partner agency ('منبع: خبرگزاری سپهر'); '۲ خرداد ۱۳۹۶ - ۱۱:۴۵' is 23 May 2017, Iran summer time (+04:30), as in article:published_time.",
))

# ---------------------------------------------------------------- 03: Zayandeh Rud release, Sepehr agency, table
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, service="society", sub="محیط زیست", subn=1, nid=598840, views=5210, jsonld=False,
    agency="خبرگزاری سپهر", url=f"{HOST}/news/598840/",
    pub=dt(2018, 11, 6, 13, 10), view=dt(2018, 11, 6, 21, 30),
    headline="آب زاینده‌رود برای کشت پاییزه ۱۵ روز در بستر جاری می‌شود",
    title="بازگشایی آب زاینده‌رود از فردا؛ برنامه‌ی نوبت‌بندی اعلام شد - خبرگزاری خبر پارس",
    og_title="بازگشایی آب زاینده‌رود از فردا؛ برنامه‌ی نوبت‌بندی اعلام شد",
    desc="رهاسازی آب زاینده‌رود برای کشت پاییزه‌ی کشاورزان شرق اصفهان از فردا آغاز می‌شود.",
    lead="رهاسازی آب از فردا آغاز می‌شود و به مزارع شرق اصفهان می‌رسد؛ گردشگران و کسبه‌ی کنار رودخانه هم منتظرند",
    tags=["زاینده‌رود", "اصفهان", "کشاورزی", "آب"], image="1397/08/15/zayanderud.jpg",
    authors=["خبرگزاری سپهر"],
    parts=[
        ("p", "به گزارش خبرگزاری سپهر، رهاسازی آب زاینده‌رود برای آبیاری کشت پاییزه‌ی کشاورزان شرق اصفهان از بامداد فردا آغاز می‌شود و به مدت ۱۵ روز ادامه خواهد داشت. در این مدت حدود ۹۰ میلیون متر مکعب آب از سد بالادست در بستر رودخانه جاری خواهد شد."),
        ("p", "به گفته‌ی مهندس کاوه نیک‌نام، دبیر ستاد هماهنگی آب کشاورزی شرق اصفهان، آب در سه مرحله و بر اساس نوبت‌بندی شبکه‌های آبیاری توزیع می‌شود تا همه‌ی کشاورزان پایین‌دست دست‌کم یک نوبت آبیاری کامل دریافت کنند."),
        ("h", "برنامه‌ی نوبت‌بندی آب"),
        ("table", [["مرحله", "منطقه", "مدت (روز)", "حجم تقریبی (میلیون متر مکعب)"], ["اول", "براآن", "۴", "۲۲"],
                   ["دوم", "جرقویه", "۵", "۳۱"], ["سوم", "رودشت", "۶", "۳۷"]], ""),
        ("p", "کشاورزان شرق اصفهان که در سال‌های اخیر بارها به قطع آب رودخانه اعتراض کرده‌اند، این رهاسازی را «حداقل» می‌دانند. حسن رنجبر، گندم‌کار اهل ورزنه، گفت: «با یک نوبت آب فقط می‌توانیم بذر بکاریم. اگر بارندگی زمستان خوب نباشد، باز هم محصولی در کار نیست.»"),
        ("ad",),
        ("p", "جاری شدن آب در بستر رودخانه، شهر اصفهان را هم جان تازه‌ای می‌دهد. کسبه‌ی اطراف پل‌های تاریخی می‌گویند هر بار که آب به شهر می‌رسد، شمار گردشگران و خانواده‌هایی که برای قدم زدن به کنار رودخانه می‌آیند، چند برابر می‌شود. منصور کریمی، صاحب یک چایخانه‌ی سنتی در نزدیکی سی‌وسه‌پل، گفت: «وقتی رودخانه خشک است، مردم از کنار ما رد می‌شوند. وقتی آب هست، تا نیمه‌شب تخت‌ها پر است.»"),
        ("p", "کارشناسان محیط زیست اما هشدار می‌دهند که رهاسازی‌های کوتاه‌مدت نمی‌تواند جای حقابه‌ی دائمی تالاب گاوخونی را بگیرد. دکتر لیلا صدری، پژوهشگر منابع آب، گفت: «رودخانه‌ای که سالی چند هفته جاری است، دیگر اکوسیستم رودخانه‌ای ندارد. ما باید درباره‌ی سهم ثابت طبیعت از این آب حرف بزنیم، نه فقط درباره‌ی نوبت کشاورزان.»"),
        ("p", "زاینده‌رود در سال‌های اخیر بیشتر ماه‌های سال در محدوده‌ی شهر اصفهان خشک بوده و تنها در دوره‌های کوتاه رهاسازی برای کشاورزی یا تأمین آب شرب، آب در بستر آن جریان یافته است. کاهش بارش در سرشاخه‌ها و افزایش برداشت در بالادست از عوامل اصلی این وضعیت عنوان می‌شود."),
        ("p", "شهرداری اصفهان نیز برای روزهای جریان آب برنامه‌هایی در نظر گرفته است. به گفته‌ی یکی از مسئولان شهری، ساعت کار قایق‌های پدالی در بخش‌هایی از رودخانه افزایش می‌یابد و نیروهای امدادی در نزدیکی پل‌های تاریخی مستقر می‌شوند تا از حوادث احتمالی جلوگیری شود."),
        ("p", "در روستاهای شرق اصفهان، کشاورزان از چند روز پیش جوی‌ها و نهرهای فرعی را لایروبی کرده‌اند تا آب بدون هدررفت به مزارع برسد. رنجبر می‌گوید: «هر قطره‌ای که در نهر گم شود، از سهم یک نفر کم می‌شود. برای همین همه‌ی اهالی با هم کار کردند.»"),
        ("p", "ستاد هماهنگی آب کشاورزی شرق اصفهان از کشاورزان خواسته است برای جلوگیری از هدررفت آب، از برداشت غیرمجاز با پمپ در مسیر رودخانه خودداری کنند. به گفته‌ی نیک‌نام، گشت‌های مشترک در طول مسیر بر توزیع آب نظارت خواهند کرد."),
    ],
    related=[("گلایه‌ی کشاورزان شرق اصفهان از تأخیر در تحویل آب", jd(2018, 10, 28)), ("بارش‌های پاییزی ذخایر سدهای استان را افزایش داد", jd(2018, 10, 15)),
             ("تالاب گاوخونی در آستانه‌ی خشکی کامل", jd(2018, 9, 3)), ("گردشگری اصفهان در انتظار بازگشت آب به رودخانه", jd(2018, 8, 20))],
    comments=[],
    entities=[("زاینده‌رود", "LOC"), ("خبرگزاری سپهر", "ORG"), ("اصفهان", "LOC"), ("کاوه نیک‌نام", "PER"), ("نیک‌نام", "PER"),
              ("ستاد هماهنگی آب کشاورزی شرق اصفهان", "ORG"), ("براآن", "LOC"), ("جرقویه", "LOC"), ("رودشت", "LOC"),
              ("حسن رنجبر", "PER"), ("ورزنه", "LOC"), ("منصور کریمی", "PER"), ("سی‌وسه‌پل", "LOC"), ("تالاب گاوخونی", "LOC"),
              ("لیلا صدری", "PER"), ("رنجبر", "PER")],
    phenomena=["kicker", "rtl", "standfirst", "agency-byline", "title-differs-from-headline", "localized-date", "local-time-zone",
               "subheadings", "table-in-body", "decoy-date", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar",
               "related-list", "most-read", "tag-list"],
    notes="Wire copy credited to the partner agency in the byline; '۱۵ آبان ۱۳۹۷ - ۱۳:۱۰' is 6 November 2018 (Tehran winter time, +03:30).",
))

# ---------------------------------------------------------------- 04: Paveh giveh makers, reporter + Zagros agency, dateline
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, service="culture", sub="صنایع دستی", subn=5, nid=671254, views=2730,
    agency="خبرگزاری زاگرس", url=f"{HOST}/news/671254/",
    pub=dt(2019, 9, 10, 9, 30), view=dt(2019, 9, 10, 15, 55),
    kicker="صنایع دستی",
    headline="نخستین محموله‌ی گیوه‌ی دست‌دوز پاوه راهی ژاپن شد",
    title="نخستین محموله‌ی گیوه‌ی دست‌دوز پاوه راهی ژاپن شد - خبرگزاری خبر پارس",
    og_title="نخستین محموله‌ی گیوه‌ی دست‌دوز پاوه راهی ژاپن شد",
    desc="۱۲۰۰ جفت گیوه‌ی دست‌دوز پاوه برای عرضه در فروشگاه‌های یک شرکت پوشاک در توکیو بارگیری شد.",
    tags=["پاوه", "گیوه", "صنایع دستی", "صادرات"], image="1398/06/19/paveh-giveh.jpg",
    authors=["آرش مرادی", "خبرگزاری زاگرس"],
    parts=[
        ("dl", "پاوه - زاگرس -", "نخستین محموله‌ی صادراتی گیوه‌ی دست‌دوز پاوه، شامل ۱۲۰۰ جفت، روز گذشته از این شهر به مقصد ژاپن بارگیری شد. این سفارش از سوی یک فروشگاه زنجیره‌ای پوشاک در توکیو ثبت شده و قرار است گیوه‌ها با برچسب «ساخت دست» در فروشگاه‌های این شرکت عرضه شود."),
        ("fig", "1398/06/19/paveh-giveh.jpg", "بسته‌بندی گیوه‌ها در کارگاه تعاونی در پاوه", "(عکس: آرش مرادی)"),
        ("p", "گیوه، پای‌پوش سنتی هورامان و دیگر مناطق غرب ایران، رویه‌ای از نخ پنبه‌ای دارد که با دست بافته می‌شود و تخت آن از لایه‌های فشرده‌ی پارچه یا چرم ساخته می‌شود. دوخت یک جفت گیوه‌ی مرغوب، بسته به نقش و ظرافت رویه، بین سه تا هفت روز زمان می‌برد."),
        ("p", "فرشته امینی، مدیر تعاونی گیوه‌دوزان «نقش هورامان» که این سفارش را پذیرفته، گفت: «بیش از ۸۰ زن و مرد در روستاهای اطراف پاوه چهار ماه روی این سفارش کار کردند. خریدار ژاپنی سه بار نمونه‌ها را برگرداند تا اندازه‌ها دقیقاً با استاندارد آن‌ها یکی شود.»"),
        ("p", "به گفته‌ی امینی، ارزش این محموله حدود ۳۶ هزار دلار است و اگر فروش آن در ژاپن موفق باشد، سفارش دوم با ۳۰۰۰ جفت برای بهار سال آینده قطعی خواهد شد. او افزود که تعاونی برای پاسخ به سفارش بزرگ‌تر، دوره‌ی آموزشی تازه‌ای برای ۴۰ کارآموز جوان راه انداخته است."),
        ("ad",),
        ("p", "گیوه‌دوزی در دهه‌های گذشته با ورود کفش‌های ارزان کارخانه‌ای رونق خود را از دست داد. کاک محمد ویسی، استادکار ۷۴ ساله‌ای که از نوجوانی گیوه می‌دوزد، می‌گوید: «زمانی در همین بازار پاوه بیست کارگاه بود. بعد همه رفتند دنبال کار دیگر. حالا می‌بینم جوان‌ها دوباره سوزن دست گرفته‌اند و این برایم از هر سفارشی باارزش‌تر است.»"),
        ("p", "بازار داخلی گیوه نیز در سال‌های اخیر جان تازه‌ای گرفته است. به گفته‌ی فعالان این حرفه، گردشگرانی که در بهار و تابستان به منطقه‌ی هورامان سفر می‌کنند بخش مهمی از خریداران هستند و فروش اینترنتی نیز سهم رو به رشدی در درآمد کارگاه‌ها پیدا کرده است."),
        ("p", "امینی می‌گوید بزرگ‌ترین چالش تعاونی، تأمین نخ پنبه‌ای مرغوب است: «نخی که در بازار پیدا می‌شود معمولاً برای رویه‌ی گیوه مناسب نیست. ناچاریم آن را از کارخانه‌ای در اصفهان سفارش بدهیم و هر بار چند ماه منتظر بمانیم.» تعاونی قصد دارد کارگاه کوچکی برای رنگرزی و تابیدن نخ در پاوه راه‌اندازی کند."),
        ("p", "برای زنان روستاهای اطراف، گیوه‌دوزی فرصتی برای کسب درآمد در خانه است. گلاله رحیمی، یکی از رویه‌بافان تعاونی، می‌گوید با درآمد چهار ماه کار روی این سفارش توانسته هزینه‌ی تحصیل دخترش در دانشگاه را بپردازد."),
        ("p", "کارشناسان صنایع دستی معتقدند ماندگاری این بازار به حفظ کیفیت بستگی دارد. رضا طاهری، پژوهشگر صنایع دستی، گفت: «بازار خارجی به محصول اصیل و یکدست علاقه دارد. اگر برای رسیدن به حجم سفارش کیفیت فدا شود، این فرصت به همان سرعتی که آمده از دست می‌رود.»"),
    ],
    related=[("ثبت جهانی گیوه‌ی هورامان در دستور کار قرار گرفت", jd(2019, 8, 27)), ("نمایشگاه صنایع دستی غرب کشور در کرمانشاه", jd(2019, 8, 5)),
             ("صادرات صنایع دستی ۱۵ درصد افزایش یافت", jd(2019, 7, 21)), ("بازارچه‌ی مرزی تازه در استان کرمانشاه افتتاح شد", jd(2019, 6, 30))],
    comments=[("هیوا", jd(2019, 9, 10) + " - ۱۱:۲۰", "افتخار می‌کنیم. گیوه‌ی هورامان بهترین پای‌پوش تابستان است.")],
    entities=[("پاوه", "LOC"), ("ژاپن", "LOC"), ("زاگرس", "ORG"), ("توکیو", "LOC"), ("هورامان", "LOC"), ("ایران", "LOC"),
              ("فرشته امینی", "PER"), ("امینی", "PER"), ("نقش هورامان", "ORG"), ("ژاپنی", "MISC"), ("محمد ویسی", "PER"),
              ("رضا طاهری", "PER"), ("اصفهان", "LOC"), ("گلاله رحیمی", "PER")],
    phenomena=["rtl", "json-ld", "kicker", "dateline", "agency-byline", "multiple-authors", "localized-date", "local-time-zone",
               "photo-caption", "decoy-date", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list"],
    notes="The byline names a reporter and the partner agency ('خبرنگار: آرش مرادی', 'منبع: خبرگزاری زاگرس'), both kept in order; 'کاک' is a Kurdish honorific and stays outside the PER mention; '۱۹ شهریور ۱۳۹۸ - ۰۹:۳۰' is 10 September 2019 (+04:30).",
))

# ---------------------------------------------------------------- 05: Tabriz children's book fair, list
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, service="culture", sub="کتاب", subn=1, nid=802917, views=4406, ld_no_author=True,
    url=f"{HOST}/news/802917/",
    pub=dt(2022, 2, 16, 18, 5), view=dt(2022, 2, 17, 8, 25),
    kicker="فرهنگ",
    headline="نمایشگاه کتاب کودک تبریز در پنج روز ۸۰ هزار بازدیدکننده داشت",
    title="نمایشگاه کتاب کودک تبریز در پنج روز ۸۰ هزار بازدیدکننده داشت",
    og_title="نمایشگاه کتاب کودک تبریز در پنج روز ۸۰ هزار بازدیدکننده داشت",
    desc="ناشران حاضر در نمایشگاه کتاب کودک و نوجوان تبریز از فروش بیش از ۱۲ میلیارد تومان خبر دادند.",
    lead="ناشران از فروش ۱۲ میلیارد تومانی خبر می‌دهند؛ کتاب‌های دوزبانه‌ی ترکی و فارسی پرفروش‌ترین بخش نمایشگاه بودند",
    tags=["تبریز", "نمایشگاه کتاب", "کودک و نوجوان", "نشر"], image="1400/11/27/tabriz-book-fair.jpg",
    authors=["نگار صمدی"],
    parts=[
        ("p", "نخستین نمایشگاه تخصصی کتاب کودک و نوجوان تبریز، عصر امروز با اعلام آمار ۸۰ هزار بازدیدکننده در پنج روز به کار خود پایان داد. در این نمایشگاه که در محل نمایشگاه‌های بین‌المللی تبریز برگزار شد، ۱۴۶ ناشر از ۱۸ استان آثار خود را عرضه کردند."),
        ("p", "ساناز علیزاده، دبیر اجرایی نمایشگاه، به خبر پارس گفت: «پیش‌بینی ما ۵۰ هزار نفر بود. روزهای آخر صف ورودی تا خیابان رسید و مجبور شدیم ساعت کار را تا ۱۰ شب تمدید کنیم.» به گفته‌ی او، ارزش فروش کتاب در این پنج روز از ۱۲ میلیارد تومان گذشته است."),
        ("h", "پرفروش‌ترین‌ها"),
        ("p", "بر اساس گزارش دبیرخانه‌ی نمایشگاه، این گروه‌ها بیشترین فروش را داشتند:"),
        ("ul", ["کتاب‌های دوزبانه‌ی ترکی و فارسی برای گروه‌های سنی الف و ب", "کتاب‌های علمی مصور درباره‌ی فضا، بدن انسان و حیوانات",
                "رمان‌های نوجوان نویسندگان ایرانی", "کتاب‌های کار و سرگرمی برای پیش‌دبستانی‌ها"]),
        ("ad",),
        ("p", "کتاب‌های دوزبانه که برای نخستین بار با این حجم در یک نمایشگاه عرضه شد، بیش از همه مورد توجه خانواده‌های تبریزی قرار گرفت. بهروز نقدی، مدیر انتشارات «کبوتر آبی» که ۱۲ عنوان از این کتاب‌ها را منتشر کرده، گفت: «پدر و مادرها می‌خواهند بچه‌ها با زبان مادری‌شان هم کتاب بخوانند. ما در سه روز اول همه‌ی نسخه‌های دو عنوان را فروختیم.»"),
        ("p", "در کنار غرفه‌های فروش، کارگاه‌های قصه‌گویی، تصویرگری و نمایش عروسکی هم برگزار شد. به گفته‌ی علیزاده، بیش از ۳ هزار کودک در این کارگاه‌ها شرکت کردند. نرگس حیدری، تصویرگری که دو کارگاه را اداره می‌کرد، گفت: «بچه‌ها وقتی می‌بینند یک کتاب چطور ساخته می‌شود، رابطه‌شان با کتاب عوض می‌شود.»"),
        ("p", "ناشران شهرستانی نیز از استقبال بازدیدکنندگان راضی بودند. به گفته‌ی علیزاده، نزدیک به یک‌سوم ناشران حاضر از استان‌های دیگر آمده بودند و برای بسیاری از آن‌ها این نخستین حضور در یک نمایشگاه تخصصی کتاب کودک بود."),
        ("p", "کارشناسان ادبیات کودک بر اهمیت چنین نمایشگاه‌هایی در شهرهای بزرگ غیر از پایتخت تأکید می‌کنند. به گفته‌ی آنان، خانواده‌ها در شهرستان‌ها کمتر به کتاب‌فروشی‌های تخصصی کودک دسترسی دارند و نمایشگاه فرصتی است تا با تازه‌های نشر آشنا شوند."),
        ("p", "حیدری در پایان کارگاه آخر از کودکان خواست داستان کوتاهی درباره‌ی شهرشان بنویسند و برای آن تصویر بکشند. به گفته‌ی او، بهترین کارها در قالب یک کتاب مشترک منتشر می‌شود و در نمایشگاه سال آینده به نمایش درمی‌آید."),
        ("p", "برگزارکنندگان اعلام کرده‌اند که این نمایشگاه از سال آینده به صورت سالانه و در هفته‌ی پایانی بهمن برگزار خواهد شد."),
    ],
    related=[("آغاز به کار نمایشگاه کتاب کودک و نوجوان در تبریز", jd(2022, 2, 12)), ("شمار کتاب‌های دوزبانه در بازار نشر افزایش یافت", jd(2022, 1, 30)),
             ("تصویرگران ایرانی در نمایشگاه کتاب کودک بلونیا", jd(2022, 1, 18)), ("کتابخانه‌های سیار به روستاهای آذربایجان شرقی می‌روند", jd(2021, 12, 27))],
    comments=[("سحر", jd(2022, 2, 16) + " - ۱۹:۱۲", "نمایشگاه خیلی خوبی بود، فقط جای پارک نبود."),
              ("پدر دو کودک", jd(2022, 2, 16) + " - ۲۱:۴۰", "کاش تخفیف‌ها بیشتر بود. ولی کارگاه‌های قصه‌گویی عالی بودند."),
              ("رامین", jd(2022, 2, 17) + " - ۰۷:۵۵", "برای شهرهای کوچک‌تر استان هم برگزار کنید.")],
    entities=[("تبریز", "LOC"), ("ترکی", "MISC"), ("فارسی", "MISC"), ("خبر پارس", "ORG"), ("ساناز علیزاده", "PER"), ("علیزاده", "PER"),
              ("ایرانی", "MISC"), ("تبریزی", "MISC"), ("بهروز نقدی", "PER"), ("کبوتر آبی", "ORG"), ("نرگس حیدری", "PER"),
              ("حیدری", "PER")],
    phenomena=["rtl", "json-ld", "kicker", "standfirst", "localized-date", "local-time-zone", "subheadings", "list-in-body",
               "decoy-date", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read",
               "tag-list"],
    notes="'۲۷ بهمن ۱۴۰۰ - ۱۸:۰۵' is 16 February 2022 (Tehran, +03:30); the header shows the next day, a decoy; the JSON-LD has no author and there is no author meta tag; the byline names Negar Samadi.",
))

# ---------------------------------------------------------------- 06: Caspian Sea retreat at Anzali, table, subheadings (variant 09 adds an inline "read more")
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, service="society", sub="محیط زیست", subn=1, nid=944108, views=7815,
    url=f"{HOST}/news/944108/",
    pub=dt(2023, 8, 14, 10, 40), view=dt(2023, 8, 14, 22, 5),
    kicker="محیط زیست",
    headline="عقب‌نشینی دریای خزر در بندر انزلی؛ اسکله‌ی صیادان به خشکی رسید",
    title="عقب‌نشینی دریای خزر در بندر انزلی؛ اسکله‌ی صیادان به خشکی رسید",
    og_title="عقب‌نشینی دریای خزر در بندر انزلی؛ اسکله‌ی صیادان به خشکی رسید",
    desc="سطح آب دریای خزر در سواحل گیلان در سه سال گذشته نزدیک به ۶۰ سانتی‌متر پایین رفته است.",
    lead="سطح آب دریا در سواحل گیلان در سه سال گذشته نزدیک به ۶۰ سانتی‌متر پایین رفته است؛ صیادان برای رسیدن به آب باید قایق‌ها را صدها متر روی ماسه بکشند",
    tags=["دریای خزر", "بندر انزلی", "صیادی", "تغییر اقلیم"], image="1402/05/23/anzali-pier.jpg",
    authors=["کیوان رحمتی"],
    parts=[
        ("fig", "1402/05/23/anzali-pier.jpg", "اسکله‌ی چوبی صیادان در ساحل غربی بندر انزلی، مرداد امسال", "(عکس: کیوان رحمتی)"),
        ("p", "اسکله‌ی چوبی صیادان در ساحل غربی بندر انزلی که تا چند سال پیش قایق‌ها کنار آن پهلو می‌گرفتند، حالا بیش از ۲۰۰ متر با آب فاصله دارد. صیادان این منطقه می‌گویند عقب‌نشینی دریای خزر در تابستان امسال سرعت گرفته و کار روزانه‌ی آن‌ها را دشوار کرده است."),
        ("p", "یوسف نوروزی، صیاد ۴۸ ساله، هر روز صبح با کمک دو همکارش قایق را روی غلتک‌های چوبی تا لب آب می‌کشد. او می‌گوید: «پدرم از همین اسکله به دریا می‌رفت. امروز نیم ساعت طول می‌کشد تا فقط به آب برسیم، و برگشتن با قایق پر از ماهی از آن هم سخت‌تر است.»"),
        ("h", "۶۰ سانتی‌متر در سه سال"),
        ("p", "به گفته‌ی دکتر شهرام افشار، اقیانوس‌شناس پژوهشکده‌ی علوم دریایی کاسپین، تراز آب دریای خزر از سال ۱۳۹۹ تاکنون حدود ۶۰ سانتی‌متر کاهش یافته است. او کاهش آورد رودخانه‌های بزرگ شمالی و افزایش تبخیر در تابستان‌های گرم را مهم‌ترین عوامل این روند می‌داند."),
        ("rel",),
        ("p", "افشار داده‌های ایستگاه اندازه‌گیری انزلی را این‌گونه خلاصه می‌کند:"),
        ("table", [["سال", "میانگین تراز آب (متر)", "تغییر نسبت به سال قبل"], ["۱۳۹۹", "منفی ۲۷٫۱۸", "—"],
                   ["۱۴۰۰", "منفی ۲۷٫۳۵", "۱۷ سانتی‌متر کاهش"], ["۱۴۰۱", "منفی ۲۷٫۵۶", "۲۱ سانتی‌متر کاهش"],
                   ["۱۴۰۲ (تا مرداد)", "منفی ۲۷٫۷۸", "۲۲ سانتی‌متر کاهش"]], "منبع: پژوهشکده‌ی علوم دریایی کاسپین"),
        ("p", "افشار هشدار می‌دهد: «اگر این روند ادامه پیدا کند، بخش‌هایی از خلیج‌های کم‌عمق و تالاب‌های ساحلی، از جمله بخش‌هایی از تالاب انزلی، ارتباط خود را با دریا از دست می‌دهند. این برای زیستگاه ماهی‌ها و پرندگان مهاجر خبر خوبی نیست.»"),
        ("ad",),
        ("h", "لایروبی، راه‌حل موقت"),
        ("p", "مسئولان بندر برای باز نگه داشتن دهانه‌ی ورودی، لایروبی را از بهار امسال آغاز کرده‌اند، اما صیادان می‌گویند این کار تنها به کانال اصلی بندر محدود است. شهناز کاظمی، رئیس تعاونی صیادان پره‌ی «موج سبز»، گفت: «ما برای اسکله‌ی خودمان یک بیل مکانیکی کرایه کردیم و هزینه‌اش را خودمان دادیم. اما هر بار که باد جنوبی می‌وزد، ماسه دوباره برمی‌گردد.»"),
        ("p", "به گفته‌ی کاظمی، دست‌کم ۴۰ خانوار در این بخش از ساحل از راه صیادی زندگی می‌کنند و بسیاری از آن‌ها به فکر انتقال قایق‌هایشان به اسکله‌های شرقی‌تر افتاده‌اند؛ جایی که عمق آب در نزدیکی ساحل هنوز کافی است."),
        ("p", "کارشناسان می‌گویند عقب‌نشینی دریا تنها به صیادان محدود نمی‌شود. اسکله‌های تفریحی، تأسیسات بندری و حتی لوله‌های آبگیر برخی کارگاه‌های پرورش ماهی نیز با کاهش تراز آب از کار افتاده یا نیاز به جابه‌جایی پیدا کرده‌اند. افشار می‌گوید برنامه‌ریزی برای سازگاری با این تغییر باید از همین حالا آغاز شود."),
        ("p", "فرمانداری بندر انزلی اعلام کرده است که کمیته‌ای برای بررسی وضعیت اسکله‌های صیادی تشکیل داده و گزارش آن تا پایان شهریور به استانداری گیلان ارائه می‌شود. صیادان اما می‌گویند تا آن زمان فصل اصلی صید به پایان رسیده است."),
        ("p", "نوروزی که این روزها بخشی از صید خود را در بازار ماهی‌فروشان شهر می‌فروشد، نگران آینده است: «اگر دریا همین‌طور عقب برود، پسرم دیگر صیاد نمی‌شود. شاید برود تهران کار کند، مثل خیلی از جوان‌های اینجا.»"),
    ],
    related=[("صید ماهی سفید در سواحل گیلان کاهش یافت", jd(2023, 7, 30)), ("تالاب انزلی میزبان کمتر پرندگان مهاجر در زمستان گذشته", jd(2023, 7, 12)),
             ("طرح لایروبی دهانه‌ی بندر انزلی آغاز شد", jd(2023, 5, 8)), ("گردشگری ساحلی شمال در فصل تابستان", jd(2023, 6, 21))],
    comments=[("صیاد انزلی", jd(2023, 8, 14) + " - ۱۲:۱۸", "همه‌ی حرف‌ها درست است. امسال از همیشه بدتر بود.")],
    entities=[("دریای خزر", "LOC"), ("بندر انزلی", "LOC"), ("گیلان", "LOC"), ("یوسف نوروزی", "PER"), ("شهرام افشار", "PER"),
              ("افشار", "PER"), ("پژوهشکده‌ی علوم دریایی کاسپین", "ORG"), ("انزلی", "LOC"), ("تالاب انزلی", "LOC"),
              ("شهناز کاظمی", "PER"), ("کاظمی", "PER"), ("موج سبز", "ORG"), ("نوروزی", "PER"), ("تهران", "LOC")],
    phenomena=["rtl", "json-ld", "kicker", "standfirst", "localized-date", "local-time-zone", "photo-caption", "subheadings",
               "table-in-body", "decoy-date", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list"],
    notes="'۲۳ مرداد ۱۴۰۲ - ۱۰:۴۰' is 14 August 2023; Iran observed no summer time from 2023, so the offset is +03:30; the table's source line is an optional caption.",
))

# ---------------------------------------------------------------- 07: Shiraz music museum, video, photo
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, service="culture", sub="میراث فرهنگی", subn=4, nid=1087455, views=6120, no_meta_date=True,
    url=f"{HOST}/news/1087455/",
    pub=dt(2024, 10, 21, 17, 20), view=dt(2024, 10, 22, 10, 5),
    kicker="میراث فرهنگی",
    headline="خانه‌ی ۱۵۰ ساله‌ی «مهرآیین» در شیراز به موزه‌ی موسیقی تبدیل شد",
    title="افتتاح موزه‌ی موسیقی در خانه‌ای قاجاری در شیراز - خبرگزاری خبر پارس",
    og_title="افتتاح موزه‌ی موسیقی در خانه‌ای قاجاری در شیراز",
    desc="۳۲۰ ساز قدیمی که یک خانواده‌ی شیرازی در سه نسل گردآوری کرده، در خانه‌ی مرمت‌شده‌ی مهرآیین به نمایش درآمد.",
    lead="مجموعه‌ای از ۳۲۰ ساز قدیمی که یک خانواده‌ی شیرازی در سه نسل گردآوری کرده، از این هفته در خانه‌ای مرمت‌شده در بافت تاریخی شهر به نمایش درآمده است",
    tags=["شیراز", "موزه", "موسیقی", "میراث فرهنگی"], image="1403/07/30/mehrayin-house.jpg",
    authors=["الهام شکوهی"],
    parts=[
        ("p", "خانه‌ی «مهرآیین»، بنایی از دوره‌ی قاجار در محله‌ی سنگ سیاه شیراز، پس از سه سال مرمت از روز گذشته با عنوان موزه‌ی موسیقی شیراز به روی بازدیدکنندگان باز شد. در این موزه ۳۲۰ ساز قدیمی، از تار و سه‌تار تا کمانچه و دف، همراه با صفحه‌های گرامافون و دست‌نوشته‌های موسیقی به نمایش گذاشته شده است."),
        ("p", "این مجموعه را سه نسل از خانواده‌ی فرهمند گردآوری کرده‌اند. پرویز فرهمند، نوه‌ی بنیان‌گذار مجموعه، می‌گوید پدربزرگش سازساز بوده و بسیاری از سازها را از نوازندگان دوره‌گرد خریده یا در کارگاهش تعمیر کرده است. او گفت: «پدرم همیشه می‌گفت سازی که کسی آن را ننوازد، می‌میرد. امیدوارم اینجا فقط ویترین نباشد و سازها دوباره صدا داشته باشند.»"),
        ("fig", "1403/07/30/mehrayin-house.jpg", "بخشی از سازهای به نمایش درآمده در موزه‌ی موسیقی شیراز", "(عکس: نیما رستگار)"),
        ("h", "مرمت با مصالح سنتی"),
        ("p", "مرمت بنا زیر نظر گروهی از معماران و استادکاران محلی انجام شده است. مهندس سارا وکیلی، سرپرست گروه مرمت، گفت در این سه سال تلاش شده تا حد امکان از مصالح و روش‌های سنتی استفاده شود: «آجرهای فرسوده‌ی نما را یکی‌یکی با آجرهایی جایگزین کردیم که در کوره‌ای در حاشیه‌ی شهر، به همان اندازه‌ی قدیمی پخته شد. آینه‌کاری‌های تالار اصلی هم با کمک دو استادکار از اصفهان بازسازی شد.»"),
        ("p", "هزینه‌ی مرمت، به گفته‌ی وکیلی، حدود ۴۵ میلیارد ریال بوده که بخش عمده‌ی آن را خانواده‌ی فرهمند و گروهی از حامیان خصوصی پرداخته‌اند."),
        ("video", "kp-1087455-v1", "گشتی در موزه‌ی موسیقی شیراز"),
        ("p", "موزه هر روز به جز شنبه‌ها از ساعت ۹ صبح تا ۸ شب باز است و عصرهای پنجشنبه در حیاط آن برنامه‌ی اجرای زنده‌ی موسیقی سنتی برگزار می‌شود. گروه نوازندگان جوان «نوای ارم» نخستین اجرا را پنجشنبه‌ی گذشته با سازهایی از همین مجموعه روی صحنه برد."),
        ("ad",),
        ("p", "علی رضایی‌نژاد، راهنمای گردشگری که از روز افتتاح دو گروه از گردشگران خارجی را به موزه آورده، می‌گوید: «شیراز به شعر و باغ معروف است، اما کمتر کسی از تاریخ موسیقی این شهر چیزی می‌داند. این موزه جای خالی یک روایت را پر می‌کند.»"),
        ("p", "مسئولان میراث فرهنگی استان فارس نیز از راه‌اندازی این موزه استقبال کرده‌اند. به گفته‌ی آنان، بافت تاریخی شیراز ده‌ها خانه‌ی قدیمی دارد که با مرمت و کاربری تازه می‌توانند از تخریب نجات پیدا کنند و مالکان این خانه‌ها می‌توانند برای دریافت تسهیلات مرمت درخواست بدهند."),
        ("p", "فرهمند می‌گوید خانواده قصد دارد کارگاه کوچکی برای تعمیر و نگهداری سازها در یکی از اتاق‌های خانه راه بیندازد تا بازدیدکنندگان کار سازسازان را از نزدیک ببینند: «پدربزرگم در همین شهر ساز می‌ساخت. دوست داریم صدای رنده و سوهان دوباره در این خانه شنیده شود.»"),
        ("p", "بلیت ورود به موزه برای دانش‌آموزان و دانشجویان رایگان است و گروه‌های مدرسه‌ای می‌توانند با هماهنگی قبلی از بازدید همراه با راهنما استفاده کنند."),
    ],
    related=[("مرمت ۴۰ خانه‌ی تاریخی در بافت قدیم شیراز", jd(2024, 10, 2)), ("جشنواره‌ی موسیقی نواحی در شیراز برگزار می‌شود", jd(2024, 9, 16)),
             ("افزایش گردشگران خارجی در استان فارس", jd(2024, 8, 28)), ("سازسازان جوان در کارگاه‌های سنتی", jd(2024, 8, 4))],
    comments=[("مهدی", jd(2024, 10, 21) + " - ۱۹:۰۲", "حتماً سر می‌زنیم. شیراز به چنین موزه‌ای نیاز داشت."),
              ("هنرجوی تار", jd(2024, 10, 22) + " - ۰۸:۴۴", "آیا امکان نواختن سازها برای هنرجوها هست؟")],
    entities=[("مهرآیین", "LOC"), ("شیراز", "LOC"), ("شیرازی", "MISC"), ("قاجار", "MISC"), ("سنگ سیاه", "LOC"),
              ("موزه‌ی موسیقی شیراز", "ORG"), ("فرهمند", "PER"), ("پرویز فرهمند", "PER"), ("سارا وکیلی", "PER"), ("وکیلی", "PER"),
              ("اصفهان", "LOC"), ("نوای ارم", "ORG"), ("علی رضایی‌نژاد", "PER"), ("فارس", "LOC")],
    phenomena=["rtl", "json-ld", "kicker", "standfirst", "title-differs-from-headline", "localized-date", "local-time-zone",
               "photo-caption", "subheadings", "iframe-embeds", "inline-video-teaser", "decoy-date", "comments", "nav-menu",
               "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="'۳۰ مهر ۱۴۰۳ - ۱۷:۲۰' is 21 October 2024 (+03:30); the video player with its title between paragraphs is a teaser, not body text; 'خانواده‌ی فرهمند' is annotated as a PER mention of the family name.",
))

# ---------------------------------------------------------------- 08: Kish island in the Nowruz holidays, table, update
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, service="tourism", sub="گردشگری", subn=1, nid=1163092, views=9304, ld_pub_is_upd=True,
    url=f"{HOST}/news/1163092/",
    pub=dt(2025, 4, 2, 19, 30), upd=dt(2025, 4, 3, 9, 15), view=dt(2025, 4, 3, 13, 40),
    kicker="گردشگری",
    headline="سفر به کیش در تعطیلات نوروز ۱۸ درصد بیشتر شد؛ اقامتگاه‌ها تا پایان تعطیلات پر است",
    title="سفر به کیش در تعطیلات نوروز ۱۸ درصد بیشتر شد؛ اقامتگاه‌ها تا پایان تعطیلات پر است",
    og_title="سفر به کیش در تعطیلات نوروز ۱۸ درصد بیشتر شد",
    desc="شمار مسافران جزیره‌ی کیش در تعطیلات نوروز به ۲۱۴ هزار نفر رسید.",
    tags=["کیش", "نوروز", "گردشگری", "هتل"], image="1404/01/13/kish-beach.jpg",
    authors=["بهاره نیک‌پور"],
    parts=[
        ("p", "شمار مسافران جزیره‌ی کیش از ۲۵ اسفند تا ۱۲ فروردین به ۲۱۴ هزار نفر رسید که نسبت به مدت مشابه سال گذشته ۱۸ درصد افزایش نشان می‌دهد. به گفته‌ی فعالان گردشگری جزیره، ضریب اشغال هتل‌ها و اقامتگاه‌ها در روزهای اوج سفر به ۹۷ درصد رسیده است."),
        ("p", "نادر ملکی، دبیر کانون هتلداران خلیج، گفت: «امسال بیشتر مسافران خانواده‌هایی بودند که سفر را زودتر از همیشه، از اواسط بهمن، رزرو کرده بودند. پروازهای اضافی هم کمک کرد که به تقاضا بدون مشکل پاسخ داده شود.»"),
        ("h", "آمار سفر در تعطیلات سه سال اخیر"),
        ("table", [["سال", "شمار مسافران", "میانگین اقامت (شب)", "ضریب اشغال اقامتگاه‌ها"],
                   ["۱۴۰۲", "۱۶۸ هزار", "۳٫۹", "۸۶ درصد"], ["۱۴۰۳", "۱۸۱ هزار", "۴٫۲", "۹۱ درصد"],
                   ["۱۴۰۴", "۲۱۴ هزار", "۴٫۶", "۹۷ درصد"]], ""),
        ("p", "افزایش پروازها یکی از عوامل اصلی رشد سفرها بوده است. بر اساس آمار فرودگاه جزیره، در روزهای اوج سفر بیش از ۹۰ پرواز در روز در این فرودگاه نشست و برخاست داشته‌اند که ۲۰ پرواز آن فوق‌العاده بوده است."),
        ("ad",),
        ("p", "اما همه از این شلوغی راضی نیستند. برخی مسافران از افزایش قیمت‌ها گلایه دارند. مهسا توکلی، مسافری از مشهد که با خانواده‌اش به کیش آمده، گفت: «قیمت اتاق در شب‌های اوج تقریباً دو برابر شد و رستوران‌ها هم شلوغ بودند. جزیره زیباست، اما برای یک خانواده‌ی چهار نفره سفر ارزانی نیست.»"),
        ("p", "سازمان منطقه‌ی آزاد کیش برای مدیریت ترافیک و ازدحام در روزهای اوج سفر، ساعت کار برخی مراکز خرید و تفریحی را تا نیمه‌شب تمدید کرد و خطوط اتوبوس رایگان میان هتل‌ها و ساحل‌های اصلی را افزایش داد. به گفته‌ی یکی از مسئولان این سازمان، شمار گردشگران خارجی نیز نسبت به سال گذشته اندکی بیشتر شده است."),
        ("p", "فعالان گردشگری بخشی از رشد امسال را به تبلیغات گسترده‌تر در فضای مجازی و پیشنهادهای ویژه‌ی آژانس‌های مسافرتی نسبت می‌دهند. برخی آژانس‌ها بسته‌های سفری شامل پرواز، اقامت و گشت دریایی را با پرداخت اقساطی عرضه کرده بودند."),
        ("p", "در کنار هتل‌ها، اقامتگاه‌های بوم‌گردی و خانه‌های اجاره‌ای نیز پر بوده است. رویا صالحی، که دو واحد اجاره‌ای در جزیره دارد، می‌گوید از اوایل اسفند همه‌ی شب‌های تعطیلات رزرو شده بود و برای روزهای پس از تعطیلات نیز درخواست‌هایی دریافت کرده است."),
        ("p", "فعالان گردشگری می‌گویند تمرکز سفرها در دو هفته‌ی نخست سال، فشار زیادی بر خدمات جزیره وارد می‌کند. ملکی پیشنهاد کرد: «اگر بتوانیم بخشی از این تقاضا را به اردیبهشت و آبان ببریم، هم قیمت‌ها متعادل‌تر می‌شود و هم کیفیت خدمات بهتر.»"),
        ("p", "با پایان تعطیلات، انتظار می‌رود موج بازگشت مسافران از روز جمعه آغاز شود. به گفته‌ی ملکی، برای روزهای ۱۴ و ۱۵ فروردین پروازهای فوق‌العاده‌ی برگشت نیز برنامه‌ریزی شده است."),
    ],
    related=[("آغاز پیش‌فروش بلیت پروازهای تعطیلات به جزایر جنوبی", jd(2025, 2, 24)), ("ساحل تازه‌ی بانوان در کیش افتتاح شد", jd(2025, 3, 10)),
             ("رکورد مسافران قشم در تعطیلات شکسته شد", jd(2025, 3, 31)), ("نرخ اقامتگاه‌های جنوب برای تعطیلات اعلام شد", jd(2025, 3, 1))],
    comments=[("مسافر کیش", jd(2025, 4, 2) + " - ۲۱:۰۳", "قیمت‌ها واقعاً بالا بود، ولی جزیره تمیز و منظم بود."),
              ("نوید", jd(2025, 4, 3) + " - ۰۸:۱۰", "سال بعد اردیبهشت می‌رویم که خلوت‌تر باشد.")],
    entities=[("کیش", "LOC"), ("نوروز", "MISC"), ("کانون هتلداران خلیج", "ORG"), ("نادر ملکی", "PER"), ("ملکی", "PER"),
              ("مهسا توکلی", "PER"), ("مشهد", "LOC"), ("سازمان منطقه‌ی آزاد کیش", "ORG"), ("رویا صالحی", "PER")],
    phenomena=["rtl", "json-ld", "kicker", "updated-date", "localized-date", "local-time-zone", "subheadings", "table-in-body",
               "decoy-date", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read",
               "tag-list"],
    notes="'۱۳ فروردین ۱۴۰۴ - ۱۹:۳۰' is 2 April 2025 and the update '۱۴ فروردین ۱۴۰۴ - ۰۹:۱۵' is 3 April 2025 (+03:30); dates in the text (۲۵ اسفند, ۱۲ فروردین) are not publication dates; JSON-LD datePublished repeats the update time, the visible publication is gold.",
))

# ---------------------------------------------------------------- 09: minimal pair of 06 with an inline "بیشتر بخوانید" line
_v = dict(ARTICLES[5])
_v.update(id=f"{SITE}-09", url=ARTICLES[5]["url"] + "?variant=b", variant_of=f"{SITE}-06",
          inline_rel=("طرح لایروبی دهانه‌ی بندر انزلی آغاز شد", 918377),
          phenomena=ARTICLES[5]["phenomena"] + ["inline-related"],
          notes=f"Minimal pair of {SITE}-06: differs only in inline-related (a 'بیشتر بخوانید' link line to another story inserted between two body paragraphs; it is not body text).")
ARTICLES.append(_v)


def layout_tags(a):
    kinds = [p_[0] for p_ in a["parts"]]
    text_at = [i for i, k in enumerate(kinds) if k in ("p", "dl", "h", "ul", "table", "fig")]
    between = {k for i, k in enumerate(kinds) if text_at[0] < i < text_at[-1]}
    tags = set()
    if a["jsonld"] if "jsonld" in a else True:
        pass
    if "ad" in between or "video" in between or ("rel" in between and a.get("inline_rel")):
        tags.add("teasers-in-article")
    return tags


# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph;
# the variant 09 follows its original 06. New people and places join the entity list; a story that gains its
# first subheading gets the subheadings tag.
MORE = {
    f"{SITE}-01": ([
        ("h", "گردشگری در کنار کشاورزی"),
        ("p", "اهالی مهرآباد امیدوارند بازگشت آب قنات پای گردشگران را هم به روستا باز کند. شورای روستا قصد دارد در بهار، بخشی از مسیر قنات و مظهر آن را برای بازدید آماده کند و یکی از خانه‌های خشتی قدیمی را به اقامتگاه بوم‌گردی تبدیل کند. عباس میرحسینی، دهیار مهرآباد، گفت: «گردشگر می‌خواهد ببیند آب چطور از دل زمین بیرون می‌آید. اگر درست برنامه‌ریزی کنیم، جوان‌ها می‌توانند در خود روستا کار پیدا کنند.»"),
        ("p", "به گفته‌ی او، درآمد بازدیدها صرف نگهداری قنات خواهد شد، چون لایروبی سالانه‌ی کوره و مرمت چاه‌های میله هزینه‌ی ثابتی دارد که کشاورزان به‌تنهایی از عهده‌ی آن برنمی‌آیند."),
        ("p", "بنیاد «آب و آبادی یزد» نیز اعلام کرده است که تجربه‌ی کهن‌آب را الگویی برای قنات‌های دیگر استان می‌داند. این بنیاد فهرستی از هفت قنات خشک‌شده در حومه‌ی اشکذر و میبد تهیه کرده و قرار است پس از بررسی آبدهی احتمالی آن‌ها، دست‌کم دو طرح مرمت تازه را از سال آینده آغاز کند. استاد رعیتی و شاگردانش هم برای این طرح‌ها دعوت شده‌اند."),
        ("p", "میرحسینی می‌گوید نخستین گروه بازدیدکنندگان، دانش‌آموزان مدرسه‌های اشکذر خواهند بود که قرار است در اسفند با راهنمایی مقنی‌ها بخشی از مسیر قنات را ببینند."),
    ], [("عباس میرحسینی", "PER"), ("میرحسینی", "PER"), ("میبد", "LOC"), ("رعیتی", "PER")]),
    f"{SITE}-02": ([
        ("h", "بازار و قیمت‌ها"),
        ("p", "قیمت‌گذاری رقم تازه هنوز روشن نیست. به گفته‌ی فعالان بازار رشت، بخشی از تاجران منتظرند نمونه‌های نخستین برداشت به دستشان برسد تا کیفیت پخت را خودشان بیازمایند. میرزایی می‌گوید چند فروشگاه زنجیره‌ای در تهران برای خرید مستقیم از کشاورزان اعلام آمادگی کرده‌اند، به شرطی که برنج با نام و نشان مشخص و بسته‌بندی استاندارد عرضه شود."),
        ("p", "تعاونی شالیکاران لاهیجان برای کاستن از نگرانی کشاورزان پیشنهاد داده است که بخشی از محصول رقم جدید را به صورت پیش‌خرید و با قیمت تضمینی از اعضای خود بخرد. مدیرعامل این تعاونی، بهروز اکبری، گفت: «کشاورز اگر بداند محصولش روی دستش نمی‌ماند، راحت‌تر تغییر را می‌پذیرد. ما فعلاً برای ۸۰۰ تن پیش‌خرید برنامه داریم.»"),
        ("p", "در کنار بازار، دسترسی به بذر نیز یکی از دغدغه‌هاست. امسال بذر اصلاح‌شده تنها برای حدود ۱۵ هزار هکتار تولید شده بود و به گفته‌ی کشاورزان، برخی از متقاضیان دیر به نوبت رسیدند و ناچار شدند دوباره ارقام قدیمی را بکارند. مؤسسه‌ی تحقیقات شالیزار کاسپین اعلام کرده است که با همکاری سه مزرعه‌ی تکثیر بذر، تولید سال آینده را دو برابر خواهد کرد."),
        ("p", "پورعلی در پایان تأکید کرد که ارقام سنتی گیلان کنار گذاشته نمی‌شوند: «هدف ما جایگزین کردن همه‌ی ارقام نیست. شالیزارهایی که آب کافی دارند، باید همان برنج‌های محلی را بکارند. رقم جدید برای زمین‌هایی است که هر سال در تابستان تشنه می‌مانند.»"),
        ("p", "نخستین جشنواره‌ی معرفی رقم جدید قرار است پس از برداشت در رشت برگزار شود. به گفته‌ی برگزارکنندگان، آشپزهای محلی در این جشنواره برنج «آوای شمال» را کنار ارقام سنتی می‌پزند و بازدیدکنندگان می‌توانند بدون دانستن نام رقم، طعم و عطر آن‌ها را مقایسه کنند. نتیجه‌ی این آزمون در تصمیم بسیاری از کشاورزان برای کشت سال آینده اثر خواهد داشت."),
    ], [("میرزایی", "PER"), ("تهران", "LOC"), ("تعاونی شالیکاران لاهیجان", "ORG"), ("بهروز اکبری", "PER")]),
    f"{SITE}-06": ([
        ("h", "صیادان چشم به کمک‌ها"),
        ("p", "تعاونی «موج سبز» در نامه‌ای به فرمانداری خواستار ساخت یک اسکله‌ی شناور موقت در ساحل غربی شده است؛ سازه‌ای که بتوان آن را با پایین رفتن آب، به سمت دریا جابه‌جا کرد. کاظمی می‌گوید هزینه‌ی چنین اسکله‌ای حدود ۱۲ میلیارد ریال برآورد شده و صیادان حاضرند بخشی از آن را بپردازند."),
        ("p", "کامران صفری، کارشناس سازه‌های دریایی، این پیشنهاد را عملی می‌داند: «اسکله‌های شناور در بسیاری از بندرهای کوچک استفاده می‌شوند و برای جایی که تراز آب ثابت نیست، مناسب‌ترند. اما باید برای طوفان‌های زمستانی هم طراحی شوند، وگرنه در نخستین باد شدید آسیب می‌بینند.»"),
        ("p", "در این میان، برخی صیادان جوان به فکر تغییر شغل افتاده‌اند. به گفته‌ی کاظمی، امسال دست‌کم شش نفر از اعضای تعاونی قایق‌هایشان را فروخته و در کارگاه‌های پرورش ماهی یا در بخش گردشگری ساحلی مشغول به کار شده‌اند."),
        ("p", "افشار تأکید می‌کند که حتی اگر بارش‌ها در سال‌های آینده افزایش یابد، بازگشت سریع تراز دریا به وضعیت چند سال پیش بعید است. به گفته‌ی او، پژوهشکده قصد دارد از پاییز، اندازه‌گیری تراز آب را در سه ایستگاه تازه در سواحل گیلان و مازندران آغاز کند تا تصویر دقیق‌تری از روند تغییرات به دست آید."),
        ("p", "نوروزی اما می‌گوید صیادان فرصت زیادی برای انتظار ندارند: «فصل صید کوتاه است. اگر تا پاییز اسکله‌ای نداشته باشیم، بسیاری از ما قایق‌ها را برای همیشه به خشکی می‌کشیم.» او و همکارانش قرار است هفته‌ی آینده در جلسه‌ی کمیته‌ی فرمانداری حاضر شوند و خواسته‌هایشان را مطرح کنند."),
    ], [("کامران صفری", "PER"), ("مازندران", "LOC")]),
    f"{SITE}-07": ([
        ("h", "استقبال بازدیدکنندگان"),
        ("p", "به گفته‌ی مسئولان موزه، تنها در روز نخست بیش از هزار و دویست نفر از خانه‌ی مهرآیین بازدید کردند. صف بازدیدکنندگان در عصر روز افتتاح تا سر کوچه رسیده بود و موزه ناچار شد ساعت کار را یک ساعت تمدید کند. مینا دادور، مدیر موزه، گفت: «انتظار این همه استقبال را نداشتیم. بسیاری از بازدیدکنندگان سالمندانی بودند که می‌گفتند صدای این سازها را در کودکی از رادیو شنیده‌اند.»"),
        ("p", "دادور افزود که موزه برای حفاظت از سازها، سامانه‌ی کنترل رطوبت و دما در تالارها نصب کرده است، زیرا چوب و پوست سازهای قدیمی در برابر خشکی هوای شیراز آسیب‌پذیرند. به گفته‌ی او، تنها حدود نیمی از مجموعه در حال حاضر به نمایش درآمده و بقیه‌ی سازها پس از مستندسازی در نمایشگاه‌های دوره‌ای عرضه می‌شوند."),
        ("p", "یکی از پرطرفدارترین بخش‌های موزه، اتاقی است که در آن صفحه‌های گرامافون قدیمی با دستگاهی بازسازی‌شده پخش می‌شوند. فرهمند می‌گوید بسیاری از این صفحه‌ها ضبط‌هایی از نوازندگان محلی فارس هستند که نامشان در هیچ کتابی ثبت نشده است: «می‌خواهیم این صداها را دیجیتال کنیم و در اختیار پژوهشگران بگذاریم.»"),
        ("p", "موزه همچنین قرار است از زمستان امسال کلاس‌های آشنایی با سازهای ایرانی را برای کودکان برگزار کند. به گفته‌ی دادور، نخستین دوره با همکاری گروه «نوای ارم» و با ظرفیت ۴۰ نفر آغاز خواهد شد و ثبت‌نام آن از آذر انجام می‌شود."),
        ("p", "وکیلی می‌گوید مرمت خانه‌ی مهرآیین برای گروهش تجربه‌ای آموزنده بوده است. به گفته‌ی او، چند مالک خانه‌های قدیمی در همان محله پس از بازدید از موزه برای مرمت خانه‌هایشان با گروه تماس گرفته‌اند و گروه امیدوار است دست‌کم یکی از این خانه‌ها تا پایان سال آینده به اقامتگاه سنتی تبدیل شود؛ طرحی که به گفته‌ی وکیلی می‌تواند بازدیدکنندگان موزه را چند روز در بافت تاریخی شهر نگه دارد."),
    ], [("مینا دادور", "PER"), ("دادور", "PER"), ("ایرانی", "MISC")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    key = a.get("variant_of") or a["id"]
    if key not in MORE:
        return a
    extra, entities = MORE[key]
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    phenomena = list(a["phenomena"]) + (["subheadings"] if any(p_[0] == "h" for p_ in extra) and "subheadings" not in a["phenomena"] else [])
    return dict(a, parts=a["parts"][:last + 1] + extra + a["parts"][last + 1:], phenomena=phenomena,
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def main():
    for a in ARTICLES:
        a = lengthened(a)
        a["phenomena"] = sorted(set(a["phenomena"]) | layout_tags(a))
        html_text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="fa", headline=a["headline"],
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=a["authors"], summary=a.get("lead", ""), blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a["notes"], variant_of=a.get("variant_of"),
        )
        p = emit(art, html_text)
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    main()
