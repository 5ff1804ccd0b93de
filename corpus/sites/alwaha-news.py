import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit, with_more_section

"""بوابة الواحة الإخبارية (alwaha-news): a pan-Arab right-to-left news portal in the style of a
home-grown PHP CMS on a Bootstrap-RTL theme (2016-2024): a top bar with the Gregorian and Hijri
"today" dates, a long main menu with drop-downs, a breaking-news ticker, stacked ad slots,
share bars, a most-read tab box and a long footer. The site runs on Mecca time (+03:00).
Archive pages from the old CMS are still served in windows-1256 without JSON-LD.

Metadata personality (realism wave): the header logo is an <h1> on every page, above the story's
own <h1>; the top bar's "today" date is a <time datetime>, the first one on the page. The current
CMS (v3, UTF-8) prints the bare headline as <title>, has JSON-LD (author spelt as in the CMS
profile, which on 03 adds the city) but no article:published_time, splits the body at the
in-article ad and an "اقرأ أيضاً" box into two containers, and renders "more from the section" as
<article> cards. The old archive template keeps article:published_time, has no author metadata and
stores paragraphs as <br><br> runs in one <div>. Menus, regions, prayer times and the vendor list
ship as JSON."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re

SITE = "alwaha-news"
HOST = "https://www.alwaha-news.example"
NAME = "بوابة الواحة"
AST = _dt.timezone(_dt.timedelta(hours=3))

IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر"]
LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
       "تشرين الثاني", "كانون الأول"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def esc(s):
    return _html.escape(s, quote=True)


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def ar_date(d, indic=False, lev=False, weekday=True, time=True):
    """'الأحد ١٢ مارس ٢٠٢٣ - ١٠:٤٥ ص' (or with Levantine month names: '15 آذار/مارس 2016')."""
    month = f"{LEV[d.month - 1]}/{MONTHS[d.month - 1]}" if lev else MONTHS[d.month - 1]
    s = (DAYS[d.weekday()] + " " if weekday else "") + f"{d.day} {month} {d.year}"
    if time:
        h12 = d.hour % 12 or 12
        s += f" - {h12:02d}:{d.minute:02d} " + ("ص" if d.hour < 12 else "م")
    return s.translate(IND) if indic else s


def short_date(d, indic=False):
    s = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return s.translate(IND) if indic else s


# ---------------------------------------------------------------- boilerplate pools

NAV = [
    ("home", "الرئيسية", "/", []),
    ("local", "محليات", "/local/", ["المناطق", "التعليم", "الصحة", "الخدمات", "حوادث"]),
    ("politics", "سياسة", "/politics/", ["الخليج", "الشرق الأوسط", "تحليلات", "حوارات"]),
    ("economy", "اقتصاد", "/economy/", ["أسواق", "طاقة", "عقارات", "شركات", "ريادة أعمال", "أسعار العملات"]),
    ("world", "عربي ودولي", "/world/", ["عربي", "آسيا", "أوروبا", "أفريقيا", "الأمريكتان"]),
    ("sports", "رياضة", "/sports/", ["كرة القدم", "دوري المحترفين", "رياضات أخرى", "نتائج مباشرة"]),
    ("culture", "ثقافة وفنون", "/culture/", ["كتب", "سينما", "تراث", "مسرح", "فنون تشكيلية"]),
    ("tech", "تقنية", "/tech/", ["هواتف", "تطبيقات", "ذكاء اصطناعي", "ألعاب", "علوم"]),
    ("health", "صحة", "/health/", ["تغذية", "لياقة", "أمراض", "صحة نفسية"]),
    ("variety", "منوعات", "/variety/", ["سفر", "مطبخ", "أسرة", "غرائب"]),
    ("opinion", "رأي", "/opinion/", []),
    ("video", "فيديو", "/video/", []),
    ("photos", "صور", "/photos/", []),
    ("infographic", "إنفوجراف", "/infographic/", []),
    ("files", "ملفات خاصة", "/files/", []),
]

POOL = [
    "ارتفاع أسعار الحديد في الأسواق المحلية للشهر الثالث على التوالي",
    "افتتاح مركز جديد لأبحاث الطاقة المتجددة في الظهران",
    "شركات الطيران منخفضة التكلفة تعلن عن وجهات صيفية جديدة",
    "دراسة: ثلث الشباب يفضلون العمل الحر على الوظيفة الثابتة",
    "مهرجان للتمور يستقطب أكثر من 20 ألف زائر في يومه الأول",
    "تراجع مبيعات السيارات المستعملة مع ارتفاع أسعار الفائدة",
    "انطلاق التسجيل في برنامج الابتعاث الصيفي لطلبة الثانوية",
    "فريق نسائي يفوز بجائزة إقليمية في البرمجة",
    "خبراء يحذرون من موجة حر مبكرة في المناطق الساحلية",
    "إعادة افتتاح سوق الذهب القديم بعد أعمال ترميم استمرت عامين",
    "منصة رقمية لربط المزارعين بالمطاعم مباشرة",
    "نادي القراءة في الحي يحتفل بعامه العاشر",
    "مشروع لزراعة مليون شجرة مانغروف على الساحل",
    "أسعار الأسماك تنخفض مع بدء موسم الصيد",
    "إطلاق خط حافلات سريع يربط المطار بوسط المدينة",
    "معرض للكتاب المستعمل يجمع 50 ألف عنوان",
    "باحثون يطورون سماداً عضوياً من مخلفات النخيل",
    "الأمطار الغزيرة تغلق طرقاً فرعية في المناطق الجبلية",
    "تطبيق جديد لحجز مواعيد العيادات الخاصة",
    "ارتفاع الطلب على الشقق الصغيرة في المدن الكبرى",
    "مبادرة شبابية لتنظيف الشواطئ كل جمعة",
    "متحف للسيارات الكلاسيكية يفتح أبوابه للجمهور",
    "ورش مجانية لتعليم الخط العربي للأطفال",
    "مزارعو البن في المرتفعات الجنوبية يتوقعون موسماً وفيراً",
    "حملة للتبرع بالدم تجمع 3 آلاف كيس في أسبوع",
    "مدرسة تحوّل سطحها إلى حديقة لتعليم الزراعة",
    "انخفاض درجات الحرارة ليلاً مع بداية الخريف",
    "سوق شعبي للأسر المنتجة يعود بعد توقف أربع سنوات",
    "أول دفعة من خريجات برنامج الأمن السيبراني",
    "ارتفاع الإقبال على الدراجات الكهربائية في الأحياء السكنية",
    "مكتبة عامة تمدد ساعات العمل حتى منتصف الليل",
    "مسابقة لأفضل تصميم لواجهات المحال التجارية",
]

MOST_READ = [
    "بالأرقام: كم ينفق الشباب على الاشتراكات الرقمية شهرياً؟",
    "5 أخطاء شائعة عند شراء سيارة مستعملة",
    "موعد بدء الدراسة للفصل الجديد وجدول الإجازات",
    "طبيب يجيب: هل القهوة على الريق مضرة؟",
    "أغرب الوجهات السياحية التي يبحث عنها المسافرون هذا العام",
    "كيف تحمي حسابك البنكي من رسائل الاحتيال؟",
    "وصفة سريعة للكبسة بالدجاج في نصف ساعة",
    "ما الفرق بين التأمين الشامل وتأمين ضد الغير؟",
    "لماذا يشعر بعض الناس بالنعاس بعد الغداء؟",
    "دليل مبسط لفهم فاتورة الكهرباء",
]

OPINION = [
    ("سامي العبدلي", "المدن التي تمشي فيها على قدميك"),
    ("ليلى الفارس", "عن القراءة في زمن الشاشات"),
    ("خالد الرويلي", "الاقتصاد الأخضر ليس رفاهية"),
    ("هند الظاهري", "حين يصبح الحي مدرسة"),
]

REGIONS = ["الرياض", "مكة المكرمة", "المدينة المنورة", "المنطقة الشرقية", "القصيم", "عسير", "تبوك", "حائل",
           "الحدود الشمالية", "جازان", "نجران", "الباحة", "الجوف"]

VIDEOS = [
    ("جولة داخل أقدم مخبز في الحي القديم", "03:12"),
    ("كيف تُصنع القهوة على الطريقة التقليدية؟", "04:45"),
    ("لقطات جوية لأمطار الأمس فوق الأودية", "01:58"),
    ("لقاء مع أصغر صانعة محتوى علمي", "06:20"),
]

PRAYER = [("الفجر", "04:58"), ("الشروق", "06:14"), ("الظهر", "12:21"), ("العصر", "15:47"), ("المغرب", "18:27"), ("العشاء", "19:57")]

SPRITE = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
<symbol id="i-search" viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></symbol>
<symbol id="i-fb" viewBox="0 0 24 24"><path d="M22 12a10 10 0 1 0-11.56 9.88v-6.99H7.9V12h2.54V9.8c0-2.5 1.49-3.89 3.78-3.89 1.09 0 2.24.2 2.24.2v2.46h-1.26c-1.24 0-1.63.77-1.63 1.56V12h2.78l-.44 2.89h-2.34v6.99A10 10 0 0 0 22 12z"/></symbol>
<symbol id="i-x" viewBox="0 0 24 24"><path d="M18.9 2H22l-6.77 7.74L23.2 22h-6.24l-4.89-6.39L6.48 22H3.36l7.24-8.28L2.96 2h6.4l4.42 5.84L18.9 2zm-1.1 18.13h1.73L8.32 3.78H6.46l11.34 16.35z"/></symbol>
<symbol id="i-wa" viewBox="0 0 24 24"><path d="M17.47 14.38c-.3-.15-1.76-.87-2.03-.97-.27-.1-.47-.15-.67.15-.2.3-.77.97-.94 1.17-.17.2-.35.22-.64.07-.3-.15-1.26-.46-2.39-1.48-.88-.79-1.48-1.76-1.65-2.06-.17-.3-.02-.46.13-.61.13-.13.3-.35.45-.52.15-.17.2-.3.3-.5.1-.2.05-.37-.02-.52-.08-.15-.67-1.61-.92-2.21-.24-.58-.49-.5-.67-.51h-.57c-.2 0-.52.07-.79.37-.27.3-1.04 1.02-1.04 2.48s1.07 2.88 1.21 3.08c.15.2 2.1 3.2 5.08 4.49.71.31 1.26.49 1.69.63.71.23 1.36.19 1.87.12.57-.09 1.76-.72 2.01-1.41.25-.7.25-1.29.17-1.41-.07-.13-.27-.2-.57-.35zM12.05 21.8h-.01a9.87 9.87 0 0 1-5.03-1.38l-.36-.21-3.74.98 1-3.65-.24-.37a9.86 9.86 0 0 1-1.51-5.26c0-5.45 4.44-9.88 9.89-9.88a9.88 9.88 0 0 1 9.88 9.89c0 5.45-4.43 9.88-9.88 9.88z"/></symbol>
<symbol id="i-tg" viewBox="0 0 24 24"><path d="M9.78 18.65l.28-4.23 7.68-6.92c.34-.31-.07-.46-.52-.19L7.74 13.3 3.64 12c-.88-.25-.89-.86.2-1.3l15.97-6.16c.73-.33 1.43.18 1.15 1.3l-2.72 12.81c-.19.91-.74 1.13-1.5.71L12.6 16.3l-1.99 1.93c-.23.23-.42.42-.83.42z"/></symbol>
<symbol id="i-mail" viewBox="0 0 24 24"><path d="M20 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z"/></symbol>
<symbol id="i-link" viewBox="0 0 24 24"><path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></symbol>
<symbol id="i-clock" viewBox="0 0 24 24"><path d="M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z"/></symbol>
<symbol id="i-play" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"/></symbol>
<symbol id="i-menu" viewBox="0 0 24 24"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"/></symbol>
</svg>"""

FOOT = [
    ("الأقسام", ["محليات", "سياسة", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة وفنون", "تقنية", "صحة", "منوعات"]),
    ("الوسائط", ["فيديو", "صور", "إنفوجراف", "بودكاست الواحة", "ملفات خاصة", "النشرة البريدية"]),
    ("خدمات", ["أسعار العملات", "أسعار الذهب", "مواقيت الصلاة", "حالة الطقس", "الأرشيف", "خلاصات RSS"]),
    ("عن الواحة", ["من نحن", "هيئة التحرير", "اتصل بنا", "أعلن معنا", "وظائف", "ميثاق النشر"]),
]

CSS = """
/* waha-theme 3.8.2 rtl | bootstrap-rtl subset */
*,*::before,*::after{box-sizing:border-box}
html{font-size:16px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Noto Kufi Arabic","Droid Arabic Kufi",Tahoma,Arial,sans-serif;font-size:1rem;line-height:1.8;color:#1d1d1d;background:#f3f3f3;direction:rtl;text-align:right}
a{color:#0b5b66;text-decoration:none}a:hover{color:#c47a00;text-decoration:underline}
img{max-width:100%;height:auto;border:0}ul,ol{margin:0;padding:0;list-style:none}
.container{width:1170px;max-width:100%;margin:0 auto;padding:0 15px}
.row{display:flex;flex-wrap:wrap;margin:0 -15px}.col-8{width:66.666%;padding:0 15px}.col-4{width:33.333%;padding:0 15px}
.wh-topbar{background:#0b3d44;color:#d7e6e8;font-size:.8rem;line-height:34px}
.wh-topbar .wh-dates{float:right}.wh-topbar .wh-dates span+span::before{content:" | ";color:#6f9ca2}
.wh-topbar .wh-social{float:left}.wh-topbar .wh-social a{color:#fff;margin-right:12px}
.wh-header{background:#fff;padding:18px 0;border-bottom:1px solid #e2e2e2}
.wh-logo{display:inline-block;width:260px;height:64px;background:url(/assets/img/logo-waha.svg) no-repeat right center;text-indent:-9999px;overflow:hidden}
.wh-header .wh-lb{float:left;width:728px;height:90px;background:#f6f6f6;position:relative}
.wh-nav{background:#0b5b66;position:sticky;top:0;z-index:100}
.wh-nav>ul{display:flex;flex-wrap:wrap}.wh-nav>ul>li{position:relative}
.wh-nav>ul>li>a{display:block;color:#fff;padding:0 14px;line-height:48px;font-weight:700;font-size:.95rem}
.wh-nav>ul>li.active>a,.wh-nav>ul>li>a:hover{background:#c47a00;text-decoration:none}
.wh-nav .wh-drop{display:none;position:absolute;right:0;top:48px;min-width:190px;background:#fff;box-shadow:0 6px 14px rgba(0,0,0,.15);border-top:3px solid #c47a00}
.wh-nav li:hover .wh-drop{display:block}.wh-nav .wh-drop a{display:block;padding:8px 14px;color:#222;border-bottom:1px solid #f0f0f0;font-size:.9rem}
.wh-nav .wh-search-btn{margin-right:auto;color:#fff;padding:0 16px;line-height:48px;cursor:pointer}
.wh-ticker{background:#fff;border:1px solid #e2e2e2;margin:14px 0;display:flex;align-items:center;height:42px;overflow:hidden}
.wh-ticker .lbl{background:#b3261e;color:#fff;font-weight:700;padding:0 16px;line-height:42px;white-space:nowrap}
.wh-ticker ul{display:flex;white-space:nowrap;animation:wh-tick 40s linear infinite}.wh-ticker li{padding:0 24px;font-size:.9rem}
@keyframes wh-tick{from{transform:translateX(-100%)}to{transform:translateX(100%)}}
.wh-crumb{font-size:.8rem;color:#777;margin:10px 0}.wh-crumb li{display:inline}.wh-crumb li+li::before{content:" \\2039 ";color:#aaa}
.wh-article{background:#fff;padding:24px 28px;margin-bottom:24px;border:1px solid #e6e6e6}
.wh-article .wh-kicker{display:inline-block;background:#c47a00;color:#fff;font-size:.8rem;font-weight:700;padding:2px 10px;margin-bottom:8px}
.wh-article h1{font-size:2rem;line-height:1.5;margin:0 0 12px;font-weight:800;color:#111}
.wh-article .wh-dek{font-size:1.15rem;color:#444;line-height:1.8;margin:0 0 16px;border-right:4px solid #0b5b66;padding-right:12px}
.wh-meta{display:flex;flex-wrap:wrap;align-items:center;gap:14px;font-size:.85rem;color:#666;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0;margin-bottom:16px}
.wh-meta .wh-author a{font-weight:700;color:#0b5b66}.wh-meta .wh-author img{width:36px;height:36px;border-radius:50%;vertical-align:middle;margin-left:6px}
.wh-meta .wh-source{font-weight:700;color:#b3261e}.wh-meta .wh-upd{color:#999}
.wh-share{display:flex;gap:6px;margin:0 0 16px}.wh-share a{display:inline-block;width:38px;height:38px;border-radius:50%;color:#fff;text-align:center;line-height:38px;font-size:.75rem}
.wh-share .fb{background:#3b5998}.wh-share .x{background:#111}.wh-share .wa{background:#25d366}.wh-share .tg{background:#2aa3e0}.wh-share .em{background:#777}.wh-share .cp{background:#0b5b66}
.wh-share .wh-share-count{margin-right:auto;font-size:.8rem;color:#888;line-height:38px}
.wh-figure{margin:0 0 18px}.wh-figure figcaption{font-size:.85rem;color:#666;background:#f7f7f7;padding:6px 10px}
.wh-figure figcaption .wh-credit{color:#aaa;margin-right:6px}
.wh-body p{font-size:1.12rem;line-height:2;margin:0 0 1.1em;text-align:justify}
.wh-body h2{font-size:1.35rem;color:#0b5b66;margin:26px 0 10px;padding-right:10px;border-right:4px solid #c47a00}
.wh-body ul.wh-list{list-style:disc;padding-right:28px;margin:0 0 1.2em}.wh-body ul.wh-list li{font-size:1.08rem;margin:6px 0}
.wh-body blockquote{margin:18px 0;padding:12px 18px;background:#f4f9fa;border-right:5px solid #0b5b66;font-size:1.1rem}
.wh-body .wh-pull{float:left;width:260px;margin:6px 20px 12px 0;font-size:1.25rem;font-weight:700;color:#0b5b66;border-top:3px solid #c47a00;border-bottom:3px solid #c47a00;padding:10px 0}
.wh-body table.wh-table{width:100%;border-collapse:collapse;margin:0 0 20px;font-size:.95rem}
.wh-body table.wh-table th{background:#0b5b66;color:#fff;padding:8px;border:1px solid #0b5b66}
.wh-body table.wh-table td{padding:8px;border:1px solid #ddd;text-align:center}.wh-body table.wh-table tr:nth-child(even) td{background:#f8f8f8}
.wh-body .wh-embed{position:relative;padding-top:56.25%;margin:0 0 20px;background:#000}.wh-body .wh-embed iframe{position:absolute;top:0;right:0;width:100%;height:100%;border:0}
.wh-ad{background:#f6f6f6;margin:18px auto;text-align:center;position:relative;overflow:hidden}
.wh-ad::before{content:"إعلان";position:absolute;top:2px;right:6px;font-size:.65rem;color:#aaa}
.wh-ad-lb{width:728px;height:90px}.wh-ad-mpu{width:300px;height:250px}.wh-ad-hp{width:300px;height:600px}.wh-ad-inarticle{width:100%;min-height:250px}
.wh-tags{margin:20px 0 8px}.wh-tags b{margin-left:8px}.wh-tags a{display:inline-block;background:#eef4f5;border-radius:3px;padding:2px 10px;margin:0 0 6px 6px;font-size:.85rem}
.wh-box{background:#fff;border:1px solid #e6e6e6;margin-bottom:24px}
.wh-box>h3{margin:0;font-size:1.1rem;padding:10px 14px;border-bottom:3px solid #0b5b66;color:#0b5b66}
.wh-related li{display:flex;gap:12px;padding:12px 14px;border-bottom:1px solid #f0f0f0}
.wh-related li img{width:120px;height:80px;object-fit:cover;flex:none}.wh-related li .t{font-weight:700;font-size:.95rem;line-height:1.6}
.wh-related li .d{display:block;font-size:.75rem;color:#999;font-weight:400;margin-top:4px}
.wh-mostread .tabs{display:flex;border-bottom:1px solid #eee}.wh-mostread .tabs span{flex:1;text-align:center;padding:8px;cursor:pointer;font-size:.9rem}
.wh-mostread .tabs span.on{background:#0b5b66;color:#fff}
.wh-mostread ol{counter-reset:mr}.wh-mostread ol li{counter-increment:mr;position:relative;padding:10px 52px 10px 14px;border-bottom:1px solid #f2f2f2;font-size:.92rem;line-height:1.6}
.wh-mostread ol li::before{content:counter(mr);position:absolute;right:12px;top:8px;font-size:1.6rem;font-weight:800;color:#c47a00;opacity:.8}
.wh-opinion li{display:flex;gap:10px;padding:10px 14px;border-bottom:1px solid #f2f2f2}.wh-opinion img{width:54px;height:54px;border-radius:50%}
.wh-opinion .n{display:block;font-size:.8rem;color:#b3261e}.wh-opinion .t{font-weight:700;font-size:.92rem}
.wh-nl{background:#0b5b66;color:#fff;padding:18px;margin-bottom:24px}.wh-nl h4{margin:0 0 6px;font-size:1.1rem}
.wh-nl input[type=email]{width:100%;height:40px;border:0;padding:0 10px;margin:8px 0;font-family:inherit}
.wh-nl button{background:#c47a00;color:#fff;border:0;height:40px;width:100%;font-weight:700;font-family:inherit;cursor:pointer}
.wh-nl small{display:block;margin-top:6px;color:#cfe2e4;font-size:.75rem}
.wh-currency table{width:100%;font-size:.85rem;border-collapse:collapse}.wh-currency td{padding:6px 12px;border-bottom:1px solid #f2f2f2}
.wh-footer{background:#0b2a2f;color:#b9cfd2;padding:36px 0 0;margin-top:30px;font-size:.9rem}
.wh-footer h5{color:#fff;font-size:1rem;margin:0 0 10px;border-bottom:1px solid #29494e;padding-bottom:8px}
.wh-footer .fcols{display:flex;gap:30px}.wh-footer .fcol{flex:1}.wh-footer .fcol li{padding:3px 0}.wh-footer a{color:#b9cfd2}
.wh-footer .wh-apps a{display:inline-block;border:1px solid #4e7076;border-radius:4px;padding:4px 12px;margin:0 0 6px 6px}
.wh-footer .wh-legal{border-top:1px solid #29494e;margin-top:26px;padding:14px 0;text-align:center;font-size:.8rem}
.wh-footer .wh-legal a{margin:0 8px}
#wh-consent{position:fixed;bottom:0;right:0;left:0;background:#fff;box-shadow:0 -4px 18px rgba(0,0,0,.2);padding:18px 24px;z-index:9999;display:none;font-size:.9rem}
#wh-consent.show{display:flex;gap:16px;align-items:center}#wh-consent p{margin:0;flex:1}
#wh-consent button{border:0;padding:8px 18px;font-family:inherit;font-weight:700;cursor:pointer}
#wh-consent .ok{background:#0b5b66;color:#fff}#wh-consent .set{background:#eee;color:#333}
.wh-backtop{position:fixed;left:18px;bottom:18px;width:42px;height:42px;background:#0b5b66;color:#fff;border-radius:50%;text-align:center;line-height:42px;display:none}
.wh-offcanvas{position:fixed;top:0;right:0;bottom:0;width:300px;background:#fff;z-index:300;overflow-y:auto;box-shadow:-4px 0 16px rgba(0,0,0,.2)}
.wh-offcanvas li a{display:block;padding:8px 16px;border-bottom:1px solid #f2f2f2}.wh-offcanvas li li a{padding-right:32px;font-size:.9rem;color:#555}
.wh-offcanvas .wh-close{position:absolute;left:10px;top:6px;background:none;border:0;font-size:1.8rem;cursor:pointer}.wh-oc-h{font-weight:700;padding:10px 16px;background:#eef4f5;margin:0}
.wh-latest li{padding:8px 14px;border-bottom:1px solid #f2f2f2;font-size:.9rem}.wh-latest .tm{color:#b3261e;font-weight:700;margin-left:6px;font-size:.8rem}
.wh-latest p{margin:0;padding:8px 14px;text-align:left}
.wh-videos li{position:relative;padding:10px 14px}.wh-videos .dur{position:absolute;left:22px;top:18px;background:rgba(0,0,0,.7);color:#fff;font-size:.75rem;padding:1px 6px}
.wh-videos .t{display:block;font-weight:700;font-size:.9rem;margin-top:4px}
.wh-prayer table{width:100%;border-collapse:collapse;font-size:.9rem}.wh-prayer td{padding:6px 14px;border-bottom:1px solid #f2f2f2}.wh-prayer td+td{text-align:left;font-weight:700}
.wh-poll form{padding:12px 14px;font-size:.9rem}.wh-poll button{background:#0b5b66;color:#fff;border:0;padding:6px 16px;margin-top:8px;font-family:inherit}
.wh-comments li{padding:10px 14px;border-bottom:1px solid #f2f2f2;font-size:.92rem}.wh-comments .cm-d{color:#999;font-size:.78rem}
.wh-cform{padding:12px 14px}.wh-cform input,.wh-cform textarea{width:100%;margin-bottom:8px;font-family:inherit;border:1px solid #ddd;padding:6px}
.wh-fregions,.wh-fsister{margin-top:20px}.wh-fregions a,.wh-fsister a{white-space:nowrap}
@media (max-width:991px){.col-8,.col-4{width:100%}.wh-header .wh-lb{display:none}.wh-nav>ul{overflow-x:auto;flex-wrap:nowrap}}
@media print{.wh-nav,.wh-ad,.wh-share,.col-4,.wh-footer,#wh-consent,.wh-topbar{display:none}}
"""

HEAD_JS = """<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({"pageType":"article","section":"%(section)s","articleId":"%(aid)s","author":"%(author)s","publishDate":"%(pubymd)s","wordCount":%(words)d,"contentLang":"ar"});
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tags.alwaha-news.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-W4H7K2P');
</script>
<script>
window.whAds=window.whAds||{cmd:[]};
whAds.cmd.push(function(){
  whAds.network="/90417263/alwaha";
  whAds.defineSlot("top_leaderboard",[[728,90],[970,90]],"wh-ad-top");
  whAds.defineSlot("side_mpu_1",[[300,250]],"wh-ad-side-1");
  whAds.defineSlot("side_halfpage",[[300,600],[300,250]],"wh-ad-side-2");
  whAds.defineSlot("in_article",[[300,250],[336,280],"fluid"],"wh-ad-inarticle");
  whAds.defineSlot("bottom_leaderboard",[[728,90]],"wh-ad-bottom");
  whAds.targeting({section:"%(section)s",aid:"%(aid)s",lang:"ar",tmpl:"%(tmpl)s"});
  whAds.lazy({marginPercent:150});
});
</script>
<script async src="https://static.alwaha-news.example/js/wh-ads.min.js?v=3.8.2"></script>
"""

CONSENT_JS = """<script>
var whConsentConfig={cookie:"wh_consent",days:365,lang:"ar",version:"2.1",
  purposes:[{id:"necessary",locked:true},{id:"analytics",on:false},{id:"ads",on:false},{id:"social",on:false}],
  vendors:["wh-analytics","wh-ads","video-cdn","social-embeds"],policy:"/privacy/"};
</script>
"""

FOOT_JS = """<script>
(function(){
  function gc(n){var m=document.cookie.match(new RegExp("(?:^|; )"+n+"=([^;]*)"));return m?m[1]:null;}
  var c=document.getElementById("wh-consent");
  if(c&&!gc("wh_consent")){c.className="show";}
  var ok=c?c.querySelector(".ok"):null;
  if(ok){ok.addEventListener("click",function(){document.cookie="wh_consent=all;max-age=31536000;path=/";c.className="";dataLayer.push({event:"consent",value:"all"});});}
  document.querySelectorAll(".wh-mostread .tabs span").forEach(function(t){t.addEventListener("click",function(){
    document.querySelectorAll(".wh-mostread .tabs span").forEach(function(x){x.classList.toggle("on",x===t);});
    document.querySelectorAll(".wh-mostread ol").forEach(function(o){o.style.display=o.dataset.k===t.dataset.k?"block":"none";});});});
  document.querySelectorAll("[data-copy]").forEach(function(b){b.addEventListener("click",function(e){e.preventDefault();
    if(navigator.clipboard){navigator.clipboard.writeText(b.getAttribute("data-copy"));}b.setAttribute("title","تم النسخ");});});
  var bt=document.querySelector(".wh-backtop");window.addEventListener("scroll",function(){if(bt){bt.style.display=window.scrollY>600?"block":"none";}});
})();
</script>
<script>
(function(){var s=document.createElement("script");s.async=true;
s.src="https://stats.alwaha-news.example/hit.js?site=wh01&p="+encodeURIComponent(location.pathname);
document.body.appendChild(s);})();
</script>
<noscript><img src="https://stats.alwaha-news.example/hit.gif?site=wh01&amp;js=0" width="1" height="1" alt=""></noscript>
"""

OLD_JS = """<script type="text/javascript">
var _whq=_whq||[];_whq.push(["setAccount","WH-000418-2"]);_whq.push(["trackPageview"]);
(function(){var wa=document.createElement("script");wa.type="text/javascript";wa.async=true;
wa.src="https://stats.alwaha-news.example/legacy/wa.js";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(wa,s);})();
var whAdZones={top:"z1187",side1:"z1188",side2:"z1189",inarticle:"z1190",bottom:"z1191"};
function whFontSize(d){var b=document.getElementById("article-body");if(!b)return;var f=parseInt(b.getAttribute("data-fs")||"18",10)+d;
  if(f<14)f=14;if(f>26)f=26;b.setAttribute("data-fs",f);var ps=b.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=f+"px";}}
function whPrint(){window.print();return false;}
function whPopup(u,w,h){window.open(u,"share","width="+w+",height="+h+",resizable=yes,scrollbars=yes");return false;}
function whTicker(id,speed){var el=document.getElementById(id);if(!el)return;var ul=el.getElementsByTagName("ul")[0],pos=0;
  setInterval(function(){pos+=1;if(pos>ul.scrollWidth){pos=-el.offsetWidth;}ul.style.marginRight=(-pos)+"px";},speed||30);}
function whSetCookie(n,v,d){var e=new Date();e.setTime(e.getTime()+d*864e5);document.cookie=n+"="+escape(v)+";expires="+e.toGMTString()+";path=/";}
function whGetCookie(n){var a=document.cookie.split("; ");for(var i=0;i<a.length;i++){var p=a[i].split("=");if(p[0]==n)return unescape(p[1]);}return null;}
function whPoll(f){var r=f.elements["opt"],v=null;for(var i=0;i<r.length;i++){if(r[i].checked)v=r[i].value;}
  if(!v){alert("الرجاء اختيار إجابة");return false;}whSetCookie("wh_poll_"+f.elements["pid"].value,v,30);return true;}
function whShowAd(z){document.write('<scr'+'ipt src="https://adserver.alwaha-news.example/show.php?zone='+whAdZones[z]+'&amp;cb='+Math.floor(Math.random()*99999)+'"></scr'+'ipt>');}
</script>
"""


VA = ["Ad", "Bid", "Quant", "Pix", "Met", "Sig", "Aud", "Reach", "Tap", "Loop", "Nim", "Orb", "Vert", "Clar", "Stel",
      "Kin", "Lum", "Zep", "Cad", "Mox", "Fer", "Tes", "Yon", "Hal", "Nakh", "Wadi", "Rim", "Sahel"]
VB = ["exa", "ify", "ora", "ium", "lytics", "stream", "hub", "works", "grid", "cast", "ly", "io", "wave", "sense", "net"]
VC = ["Media", "Labs", "FZ-LLC", "Technologies", "Solutions", "Analytics", "Advertising", "Data", "Group", "Networks", "Inc."]


def vendor_json(seed):
    rng = _random.Random(seed)
    out, seen = [], set()
    while len(out) < 72:
        stem = rng.choice(VA) + rng.choice(VB)
        if stem in seen:
            continue
        seen.add(stem)
        out.append({"id": 5 + len(out) * 4 + rng.randint(0, 3), "name": f"{stem} {rng.choice(VC)}",
                    "purposes": sorted(rng.sample(range(1, 11), rng.randint(1, 6))),
                    "legInt": sorted(rng.sample(range(2, 11), rng.randint(0, 3))),
                    "policy": f"https://{stem.lower()}.example/privacy", "maxAge": rng.choice([86400, 2592000, 31536000])})
    return _json.dumps(out, separators=(",", ":"))


def site_state(a):
    """Menu, regional sections, prayer times for several cities and currency rates, hydrated by the theme's JS."""
    rng = _random.Random(a["seed"] * 13)
    cities = ["مكة المكرمة", "الرياض", "جدة", "المدينة المنورة", "الدمام", "عمّان", "القاهرة", "الكويت", "الدوحة", "دبي", "المنامة", "مسقط"]
    prayer = {c: [{"n": n, "t": f"{(int(t[:2]) + rng.randint(-1, 1)) % 24:02d}:{(int(t[3:]) + rng.randint(0, 50)) % 60:02d}"} for n, t in PRAYER]
              for c in cities}
    return _json.dumps({"nav": [{"k": k, "l": l, "u": u, "sub": [{"l": x, "u": f"{u}{i + 1}/"} for i, x in enumerate(subs)]} for k, l, u, subs in NAV],
                        "regions": [{"l": r, "u": f"/local/region/{i + 1}"} for i, r in enumerate(REGIONS)],
                        "prayer": prayer, "weekly": [{"d": i, "max": rng.randint(22, 44), "min": rng.randint(12, 30)} for i in range(7)]},
                       ensure_ascii=False, separators=(",", ":"))


def latest_feed(a, D):
    """The 'آخر الأخبار' infinite list: first batch as the widget receives it (also the legacy ticker's array)."""
    rng = _random.Random(a["seed"] * 31)
    items = []
    for i, t in enumerate((POOL + MOST_READ) * 2):
        if len(items) >= 40:
            break
        when = a["today"] - _dt.timedelta(minutes=11 + i * rng.randint(9, 27))
        items.append({"id": a["seed"] * 10000 + 377 + i * 7, "t": D(t), "s": rng.choice([n[0] for n in NAV]),
                      "img": f"https://media.alwaha-news.example/thumbs/{when:%Y/%m/%d}/l{i:03d}.jpg",
                      "ts": when.strftime("%Y-%m-%dT%H:%M:%S+03:00"), "v": rng.randint(100, 90000)})
    return _json.dumps(items, ensure_ascii=False, separators=(",", ":"))




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


def pool(seed, n, off=0, src=POOL):
    return [src[(seed * 5 + off + i * 3) % len(src)] for i in range(n)]


def render_body(parts, legacy=False):
    out, blocks = [], []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"{p[1]}<br><br>" if legacy else f"<p>{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "h":
            out.append(f"<h2>{esc(p[1])}</h2>")
            blocks.append(Block("heading", p[1]))
        elif k == "ul":
            out.append('<ul class="wh-list">' + "".join(f"<li>{esc(t)}</li>" for t in p[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in p[1]]
        elif k == "quote":
            out.append(f"<blockquote><p>{esc(p[1])}</p></blockquote>")
            blocks.append(Block("quote", p[1]))
        elif k == "pull":
            out.append(f'<aside class="wh-pull" aria-hidden="true">{esc(p[1])}</aside>')
            blocks.append(Block("quote", p[1], optional=True))
        elif k == "table":
            rows = p[1]
            t = ['<div class="wh-table-wrap"><table class="wh-table"><thead><tr>' +
                 "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table></div>")
            out.append("".join(t))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="wh-figure"><img src="https://media.alwaha-news.example/{img}" width="760" height="428" '
                       f'alt="{esc(cap)}" loading="lazy"><figcaption>{esc(cap)}<span class="wh-credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "ad":
            out.append('</div>\n<div class="wh-ad wh-ad-inarticle" id="wh-ad-inarticle" data-slot="in_article"></div>\n<div class="wh-body-part">')
        elif k == "also":
            out.append(f'<div class="wh-also"><span class="wh-also__lbl">اقرأ أيضاً:</span> <a href="{p[2]}">{esc(p[1])}</a></div>')
        elif k == "iframe":
            _, src, title = p
            out.append(f'<div class="wh-embed"><iframe src="{src}" title="{esc(title)}" allowfullscreen loading="lazy"></iframe></div>')
    return "\n".join(out), blocks


def page(a):
    legacy = a["codec"] != "utf-8"
    indic = a.get("indic", False)
    pub, today = a["pub"], a["today"]
    sec = next(n for n in NAV if n[0] == a["section"])
    url = a["url"]
    body_html, blocks = render_body(a["parts"], legacy=a["codec"] != "utf-8")
    words = sum(len(b.text.split()) for b in blocks)
    D = (lambda s: s.translate(IND)) if indic else (lambda s: s)

    h = ['<!DOCTYPE html>', '<html lang="ar" dir="rtl">', '<head>']
    if legacy:
        h.append('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    else:
        h.append('<meta charset="utf-8">')
    h.append('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append(f'<title>{esc(a["title"])}</title>')
    h.append(f'<meta name="description" content="{esc(a["desc"])}">')
    h.append(f'<meta name="keywords" content="{esc("، ".join(a["tags"]))}">')
    h.append('<meta name="robots" content="index, follow, max-image-preview:large">')
    h.append(f'<link rel="canonical" href="{url}">')
    if not legacy:
        h.append(f'<link rel="amphtml" href="{url.replace("www.", "amp.")}">')
    h.append('<meta property="og:locale" content="ar_AR">')
    h.append(f'<meta property="og:site_name" content="{NAME}">')
    h.append('<meta property="og:type" content="article">')
    h.append(f'<meta property="og:title" content="{esc(a["og_title"])}">')
    h.append(f'<meta property="og:description" content="{esc(a["desc"])}">')
    h.append(f'<meta property="og:url" content="{url}">')
    h.append(f'<meta property="og:image" content="https://media.alwaha-news.example/{a["image"]}">')
    h.append('<meta property="og:image:width" content="1200"><meta property="og:image:height" content="675">')
    if legacy:
        h.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
    h.append(f'<meta property="article:section" content="{sec[1]}">')
    for t in a["tags"]:
        h.append(f'<meta property="article:tag" content="{esc(t)}">')
    h.append('<meta property="fb:pages" content="104418820061533">')
    h.append('<meta name="twitter:card" content="summary_large_image">')
    h.append('<meta name="twitter:site" content="@alwaha_portal">')
    h.append(f'<meta name="twitter:title" content="{esc(a["og_title"])}">')
    h.append(f'<meta name="twitter:description" content="{esc(a["desc"])}">')
    h.append(f'<meta name="twitter:image" content="https://media.alwaha-news.example/{a["image"]}">')
    h.append(f'<meta name="wh:article-id" content="{a["aid"]}">')
    h.append('<link rel="icon" href="/favicon.ico"><link rel="apple-touch-icon" href="/assets/img/touch-180.png">')
    h.append('<link rel="preconnect" href="https://media.alwaha-news.example"><link rel="preconnect" href="https://static.alwaha-news.example">')
    h.append('<link rel="alternate" type="application/rss+xml" title="بوابة الواحة - آخر الأخبار" href="/rss/latest.xml">')
    h.append('<style>' + CSS + theme_css("wh", a["seed"] * 29, 300) + '</style>')
    if legacy:
        h.append(OLD_JS)
    else:
        h.append(HEAD_JS % {"section": a["section"], "aid": a["aid"], "author": a["ld_author"][1],
                            "pubymd": pub.strftime("%Y-%m-%d"), "words": words, "tmpl": "article-v3"})
        h.append(CONSENT_JS)
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": a["headline"], "description": a["desc"],
            "image": {"@type": "ImageObject", "url": f"https://media.alwaha-news.example/{a['image']}", "width": 1200, "height": 675},
            "datePublished": pub.isoformat(), "dateModified": (a.get("upd") or pub).isoformat(),
            "author": {"@type": a["ld_author"][0], "name": a.get("ld_author_name", a["ld_author"][1])},
            "publisher": {"@type": "Organization", "name": NAME,
                          "logo": {"@type": "ImageObject", "url": f"{HOST}/assets/img/logo-waha-600.png", "width": 600, "height": 60}},
            "articleSection": sec[1], "inLanguage": "ar", "keywords": a["tags"],
        }
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": sec[1], "item": HOST + sec[2]},
            {"@type": "ListItem", "position": 3, "name": a["headline"]}]}
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False, indent=1) + '</script>')
        h.append('<script type="application/ld+json">' + _json.dumps(crumbs, ensure_ascii=False) + '</script>')
        h.append('<script>window.whCmpVendors=' + vendor_json(a["seed"]) + ';</script>')
    h.append('</head>')
    h.append(f'<body class="rtl article-page section-{a["section"]}">')
    h.append('<div class="wh-site"><div class="wh-site__inner">')
    if not legacy:
        h.append('<noscript><iframe src="https://tags.alwaha-news.example/ns.html?id=GTM-W4H7K2P" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>')

    # top bar with today's dates (Gregorian + Hijri)
    h.append('<div class="wh-topbar"><div class="container">'
             f'<div class="wh-dates">' + (f'<span>{D(DAYS[today.weekday()] + " " + short_date(today))}</span>' if legacy else
                                          f'<time datetime="{today.strftime("%Y-%m-%d")}">{D(DAYS[today.weekday()] + " " + short_date(today))}</time>') +
             f'<span>{D(a["hijri"])}</span><span>مكة المكرمة {D("%d" % a["temp"])}°</span></div>'
             '<div class="wh-social"><a href="https://facebook.example/alwaha.portal" rel="noopener">فيسبوك</a>'
             '<a href="https://x.example/alwaha_portal" rel="noopener">إكس</a><a href="https://instagram.example/alwaha.portal" rel="noopener">إنستغرام</a>'
             '<a href="https://youtube.example/@alwahaportal" rel="noopener">يوتيوب</a><a href="https://t.example/alwaha_news" rel="noopener">تيليجرام</a>'
             '<a href="/rss/">RSS</a></div></div></div>')
    if not legacy:
        h.append(SPRITE)
    if legacy:
        mm = ['<div class="wh-offcanvas" id="wh-offcanvas" aria-hidden="true" hidden><button class="wh-close" type="button" aria-label="إغلاق">&times;</button><ul>']
        for key, label, path, subs in NAV:
            mm.append(f'<li><a href="{path}">{label}</a>' + ("<ul>" + "".join(f'<li><a href="{path}{i + 1}/">{s2}</a></li>' for i, s2 in enumerate(subs)) + "</ul>" if subs else "") + '</li>')
        mm.append('</ul></div>')
        h.append("".join(mm))
    else:
        h.append('<div class="wh-offcanvas" id="wh-offcanvas" aria-hidden="true" hidden data-source="#wh-site-state"></div>')
    h.append('<header class="wh-header"><div class="container"><h1 class="wh-logo"><a href="/">بوابة الواحة الإخبارية</a></h1>'
             '<div class="wh-lb wh-ad" id="wh-ad-top" data-slot="top_leaderboard"></div></div></header>')
    nav = ['<nav class="wh-nav" aria-label="القائمة الرئيسية"><div class="container"><ul>']
    for key, label, path, subs in NAV:
        act = ' class="active"' if key == a["section"] else ""
        nav.append(f'<li{act}><a href="{path}">{label}</a>')
        if subs and legacy:
            nav.append('<ul class="wh-drop">' + "".join(f'<li><a href="{path}{i + 1}/">{s}</a></li>' for i, s in enumerate(subs)) + '</ul>')
        nav.append('</li>')
    nav.append('<li class="wh-search-btn"><a href="/search/" aria-label="بحث">بحث</a></li></ul></div></nav>')
    h.append("".join(nav))
    tick = pool(a["seed"], 4, 7)
    h.append('<div class="container"><div class="wh-ticker"><span class="lbl">عاجل</span><ul>' +
             "".join(f'<li><a href="/breaking/{a["seed"]}{i:02d}">{esc(D(t))}</a></li>' for i, t in enumerate(tick)) + '</ul></div>')
    h.append('<ol class="wh-crumb"><li><a href="/">الرئيسية</a></li>' +
             f'<li><a href="{sec[2]}">{sec[1]}</a></li><li>{esc(a["crumb"])}</li></ol>')
    h.append('<div class="row"><div class="col-8"><main><div class="wh-main">')
    h.append(f'<article class="wh-article" id="article-{a["aid"]}" data-id="{a["aid"]}">')
    if a.get("kicker"):
        h.append(f'<span class="wh-kicker">{esc(a["kicker"])}</span>')
    h.append(f'<h1 class="wh-title">{esc(a["headline"])}</h1>')
    blocks_all = []
    if a.get("dek"):
        h.append(f'<p class="wh-dek">{esc(a["dek"])}</p>')
        blocks_all.append(Block("paragraph", a["dek"], optional=True))
    meta = ['<div class="wh-meta">']
    meta.append(a["byline_html"])
    meta.append(a["date_html"])
    meta.append('</div>')
    h.append("".join(meta))
    shares = a.get("shares", 0)
    share = ('<div class="wh-share" role="group" aria-label="مشاركة">'
             f'<a class="fb" href="https://facebook.example/sharer.php?u={url}" rel="nofollow noopener" title="شارك على فيسبوك">فيسبوك</a>'
             f'<a class="x" href="https://x.example/intent/tweet?url={url}" rel="nofollow noopener" title="شارك على إكس">إكس</a>'
             f'<a class="wa" href="https://wa.example/send?text={url}" rel="nofollow noopener" title="أرسل عبر واتساب">واتساب</a>'
             f'<a class="tg" href="https://t.example/share/url?url={url}" rel="nofollow noopener" title="شارك على تيليجرام">تيليجرام</a>'
             f'<a class="em" href="mailto:?subject={a["aid"]}&amp;body={url}" title="أرسل بالبريد">بريد</a>'
             f'<a class="cp" href="#" data-copy="{url}" title="نسخ الرابط">رابط</a>'
             f'<span class="wh-share-count">{D(str(shares))} مشاركة</span></div>')
    h.append(share)
    blocks_all += blocks
    if legacy:
        h.append('<div class="wh-body" id="article-body" data-fs="18">')
        h.append(body_html)
        h.append('</div>')
    else:
        h.append('<div class="wh-body" id="article-body"><div class="wh-body-part">')
        h.append(body_html)
        h.append('</div></div>')
    h.append('<div class="wh-tags"><b>الوسوم:</b>' + "".join(
        f'<a href="/tag/{i + 300 + a["seed"] * 11}">{esc(t)}</a>' for i, t in enumerate(a["tags"])) + '</div>')
    h.append(share.replace('class="wh-share"', 'class="wh-share wh-share-bottom"'))
    h.append('</article>')
    if a.get("comments"):
        c = [f'<section class="wh-box wh-comments" id="comments"><h3>تعليقات القراء ({D(str(len(a["comments"])))})</h3><ul>']
        for n, when, txt in a["comments"]:
            c.append(f'<li><p class="cm-h"><b>{esc(n)}</b> <span class="cm-d">{esc(D(when))}</span></p><p>{esc(txt)}</p></li>')
        c.append('</ul><form class="wh-cform" action="/comments/post" method="post"><input type="hidden" name="aid" value="' + a["aid"] + '">'
                 '<input type="text" name="name" placeholder="الاسم"><textarea name="body" rows="4" placeholder="اكتب تعليقك هنا"></textarea>'
                 '<p class="cm-note">التعليقات تخضع للمراجعة قبل النشر، ولا تعبّر بالضرورة عن رأي الواحة.</p><button type="submit">إرسال</button></form></section>')
        h.append("".join(c))
    # related
    rel = ['<section class="wh-box wh-related"><h3>أخبار ذات صلة</h3><ul>']
    for i, (t, when) in enumerate(a["related"]):
        rel.append(f'<li><img src="https://media.alwaha-news.example/thumbs/{a["seed"]}{i:02d}.jpg" alt="" width="120" height="80" loading="lazy">'
                   f'<a class="t" href="/{a["section"]}/{a["seed"] * 1000 + 417 + i * 29}">{esc(D(t))}<span class="d">{esc(D(when))}</span></a></li>')
    rel.append('</ul></section>')
    h.append("".join(rel))
    h.append('<div class="wh-ad wh-ad-lb" id="wh-ad-bottom" data-slot="bottom_leaderboard"></div>')
    more = pool(a["seed"], 6, 13)
    if legacy:
        h.append(f'<section class="wh-box wh-related"><h3>المزيد من {sec[1]}</h3><ul>' + "".join(
            f'<li><a class="t" href="{sec[2]}{a["seed"] * 1000 + 101 + i}">{esc(D(t))}</a></li>' for i, t in enumerate(more)) + '</ul></section>')
    else:
        h.append(f'<section class="wh-box wh-more"><h3>المزيد من {sec[1]}</h3><div class="wh-cards">' + "".join(
            f'<article class="wh-card"><a href="{sec[2]}{a["seed"] * 1000 + 101 + i}"><figure><img src="https://media.alwaha-news.example/thumbs/m{a["seed"]}{i:02d}.jpg" '
            f'srcset="https://media.alwaha-news.example/thumbs/m{a["seed"]}{i:02d}-2x.jpg 2x" alt="" width="240" height="135" loading="lazy"></figure>'
            f'<h4 class="wh-card__t">{esc(D(t))}</h4></a></article>' for i, t in enumerate(more[:4])) + '</div></section>')
    h.append('</div></main></div>')
    # sidebar
    s = ['<aside class="col-4">']
    s.append('<div class="wh-ad wh-ad-mpu" id="wh-ad-side-1" data-slot="side_mpu_1"></div>')
    s.append('<section class="wh-box wh-mostread"><h3>الأكثر قراءة</h3><div class="tabs"><span class="on" data-k="d">اليوم</span>'
             '<span data-k="w">الأسبوع</span><span data-k="m">الشهر</span></div>')
    for k, off, vis in (("d", 0, True),):
        items = pool(a["seed"], 5, off, MOST_READ)
        st = "" if vis else ' style="display:none"'
        s.append(f'<ol data-k="{k}"{st}>' + "".join(f'<li><a href="/most-read/{k}{a["seed"]}{i}">{esc(D(t))}</a></li>' for i, t in enumerate(items)) + '</ol>')
    s.append('</section>')
    if a.get("newsletter"):
        s.append('<div class="wh-nl"><h4>نشرة الواحة الصباحية</h4><p>أهم أخبار اليوم في رسالة واحدة تصلك كل صباح عند السابعة.</p>'
                 '<form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="بريدك الإلكتروني" required>'
                 '<button type="submit">اشترك مجاناً</button></form><small>يمكنك إلغاء الاشتراك في أي وقت.</small></div>')
    s.append('<section class="wh-box wh-opinion"><h3>مقالات الرأي</h3><ul>' + "".join(
        f'<li><img src="https://media.alwaha-news.example/writers/w{i + 1}.jpg" alt="" width="54" height="54" loading="lazy">'
        f'<a href="/opinion/{a["seed"] * 100 + i}"><span class="n">{n}</span><span class="t">{t}</span></a></li>' for i, (n, t) in enumerate(OPINION)) + '</ul></section>')
    s.append('<div class="wh-ad wh-ad-hp" id="wh-ad-side-2" data-slot="side_halfpage"></div>')
    latest = pool(a["seed"], 5, 19)
    s.append('<section class="wh-box wh-latest"><h3>آخر الأخبار</h3><ul>' + "".join(
        f'<li><span class="tm">{D("%02d:%02d" % ((today.hour - 1 - i // 3) % 24, (50 - i * 7) % 60))}</span> <a href="/latest/{a["seed"]}{i:02d}">{esc(D(t))}</a></li>'
        for i, t in enumerate(latest)) + '</ul><p><a href="/latest/">كل الأخبار</a></p></section>')
    if not legacy:
        s.append('<section class="wh-box wh-videos" data-source="#wh-latest"><h3>فيديو الواحة</h3></section>')
    else:
        s.append('<section class="wh-box wh-videos"><h3>فيديو الواحة</h3><ul>' + "".join(
        f'<li><a href="/video/{a["seed"] * 100 + i}"><img src="https://media.alwaha-news.example/video/thumbs/{a["seed"]}{i}.jpg" alt="" width="300" height="168" loading="lazy">'
        f'<span class="dur">{D(du)}</span><span class="t">{esc(t)}</span></a></li>' for i, (t, du) in enumerate(VIDEOS)) + '</ul></section>')
    s.append('<section class="wh-box wh-prayer"><h3>مواقيت الصلاة - مكة المكرمة</h3><table>' + "".join(
        f'<tr><td>{n}</td><td>{D(t)}</td></tr>' for n, t in PRAYER) + '</table></section>')

    rates = a.get("rates", [("الدولار الأمريكي", "3.75"), ("اليورو", "4.02"), ("الجنيه الإسترليني", "4.61"), ("الدينار الكويتي", "12.20")])
    s.append('<section class="wh-box wh-currency"><h3>أسعار العملات</h3><table>' + "".join(
        f'<tr><td>{n}</td><td>{D(v)}</td></tr>' for n, v in rates) + '</table></section>')
    s.append('</aside></div></div>')
    h.append("".join(s))
    # footer
    f = ['<footer class="wh-footer"><div class="container"><div class="fcols">']
    for i, (hd, items) in enumerate(FOOT):
        f.append(f'<div class="fcol"><h5>{hd}</h5><ul>' + "".join(f'<li><a href="/p/{i}{j:02d}">{t}</a></li>' for j, t in enumerate(items[:4])) + '</ul></div>')
    f.append('<div class="fcol"><h5>تطبيقات الواحة</h5><p class="wh-apps"><a href="/apps/ios">متجر التطبيقات</a><a href="/apps/android">متجر جوجل</a></p>'
             '<h5>تابعنا</h5><p><a href="https://facebook.example/alwaha.portal">فيسبوك</a> · <a href="https://x.example/alwaha_portal">إكس</a> · '
             '<a href="https://youtube.example/@alwahaportal">يوتيوب</a></p></div>')
    f.append('</div><div class="wh-fregions" data-source="#wh-site-state"></div>')
    f.append('<div class="wh-fsister"><h5>شبكة الواحة</h5><p><a href="https://sport.alwaha-news.example/">الواحة الرياضية</a> · '
             '<a href="https://mal.alwaha-news.example/">الواحة مال</a> · <a href="https://tech.alwaha-news.example/">الواحة تك</a> · '
             '<a href="https://kids.alwaha-news.example/">واحة الصغار</a> · <a href="https://archive.alwaha-news.example/">أرشيف الواحة</a></p></div>')
    f.append('<div class="wh-legal"><a href="/privacy/">سياسة الخصوصية</a><a href="/cookies/">سياسة ملفات تعريف الارتباط</a>'
             '<a href="/terms/">شروط الاستخدام</a><a href="/corrections/">التصحيحات</a><a href="/sitemap/">خريطة الموقع</a>'
             f'<p>جميع الحقوق محفوظة © {D(str(a["copy_year"]))} بوابة الواحة الإخبارية. لا يجوز نسخ المحتوى أو إعادة نشره دون إذن خطي.</p></div></div></footer>')
    h.append("".join(f))
    h.append('<a class="wh-backtop" href="#" aria-label="العودة للأعلى">&#8593;</a>')
    if not legacy:
        h.append('<script type="application/json" id="wh-site-state">' + site_state(a) + '</script>')
        h.append('<script type="application/json" id="wh-latest">' + latest_feed(a, D) + '</script>')
    else:
        h.append('<script type="text/javascript">var whLatest=' + latest_feed(a, D) + ';whTicker("wh-ticker",35);</script>')
        h.append('<script type="text/javascript">var whPrayerCities=' + site_state(a) + ';</script>')
    if not legacy:
        h.append('<div id="wh-consent" role="dialog" aria-label="ملفات تعريف الارتباط"><p>نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك '
                 'وتحليل الزيارات وعرض إعلانات مناسبة. باستمرارك في التصفح فإنك توافق على ذلك. <a href="/cookies/">اعرف المزيد</a></p>'
                 '<button class="set" type="button">الإعدادات</button><button class="ok" type="button">موافق</button></div>')
        h.append(FOOT_JS)
    else:
        h.append('<script type="text/javascript" src="https://static.alwaha-news.example/legacy/jquery-1.11.3.min.js"></script>')
        h.append('<script type="text/javascript">if(typeof jQuery!="undefined"){jQuery(function($){$(".wh-mostread .tabs span").click(function(){'
                 'var k=$(this).data("k");$(this).addClass("on").siblings().removeClass("on");$(".wh-mostread ol").hide().filter("[data-k="+k+"]").show();});});}</script>')
    h.append('</div></div>')
    h.append('</body>')
    h.append('</html>')
    return "\n".join(h), blocks_all


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=AST)


def iso(d):
    return d.isoformat()


def byline(name, slug, img=True):
    pic = f'<img src="https://media.alwaha-news.example/authors/{slug}.jpg" alt="" width="36" height="36">' if img else ""
    return f'<span class="wh-author">{pic}<a href="/author/{slug}" rel="author">{name}</a></span>'


ARTICLES = []

# ---------------------------------------------------------------- 01: economy, Arabic-Indic digits, table, updated
P1 = dt(2023, 3, 12, 10, 45)
U1 = dt(2023, 3, 12, 14, 20)
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, codec="utf-8", indic=True, section="economy", crumb="طاقة", aid="871203",
    url=f"{HOST}/economy/energy/871203",
    pub=P1, upd=U1, today=dt(2023, 3, 14, 9, 0), hijri="22 شعبان 1444 هـ", temp=27, copy_year=2023,
    kicker="خاص",
    headline="«رمال الساحل» تشغّل أول محطة لتحلية المياه بالطاقة الشمسية في ينبع",
    title="«رمال الساحل» تشغّل أول محطة لتحلية المياه بالطاقة الشمسية في ينبع",
    og_title="خاص | «رمال الساحل» تشغّل أول محطة لتحلية المياه بالطاقة الشمسية في ينبع",
    desc="المحطة تنتج ٦٠ ألف متر مكعب يومياً في مرحلتها الأولى وتخفض استهلاك الوقود بنحو ٤٠ في المئة.",
    dek="المحطة تنتج ٦٠ ألف متر مكعب يومياً في مرحلتها الأولى، والشركة تتوقع خفض استهلاك الوقود بنحو ٤٠ في المئة مقارنة بالمحطات التقليدية",
    tags=["تحلية المياه", "الطاقة الشمسية", "ينبع", "رمال الساحل"], image="2023/03/12/desal-solar-yanbu.jpg",
    ld_author=("Person", "هالة المطيري"),
    byline_html=byline("هالة المطيري", "hala-almutairi"),
    date_html=(f'<time class="wh-date" datetime="{P1.isoformat()}">نُشر في: {ar_date(P1, indic=True)}</time>'
               f'<span class="wh-upd">آخر تحديث: <time datetime="{U1.isoformat()}">{ar_date(U1, indic=True)}</time></span>'),
    shares=1284, newsletter=True,
    parts=[
        ("fig", "2023/03/12/desal-solar-yanbu.jpg", "جانب من الحقل الشمسي الملحق بمحطة التحلية جنوب ينبع", "(الواحة - خاص)"),
        ("p", "أعلنت شركة رمال الساحل للمياه، أمس السبت، بدء التشغيل التجريبي لمحطة تحلية مياه البحر التي أنشأتها جنوب مدينة ينبع على ساحل البحر الأحمر، لتكون أول محطة في المنطقة تعتمد على الطاقة الشمسية في تأمين أكثر من نصف احتياجاتها من الكهرباء."),
        ("p", "وقال الرئيس التنفيذي للشركة المهندس طلال البدراني، في مؤتمر صحفي عُقد في موقع المحطة، إن الطاقة الإنتاجية في المرحلة الأولى تبلغ ٦٠ ألف متر مكعب يومياً، تكفي لتزويد نحو ٢٥٠ ألف نسمة بمياه الشرب، على أن ترتفع إلى ١٠٠ ألف متر مكعب مع اكتمال المرحلة الثانية في عام ٢٠٢٥."),
        ("p", "وأضاف البدراني: «التحلية تستهلك طاقة كبيرة، وكان التحدي أن نثبت أن الشمس قادرة على تحمّل جزء كبير من هذا العبء من دون أن تتأثر جودة المياه أو استمرارية الضخ»."),
        ("h", "حقل شمسي على مساحة ٣٢٠ هكتاراً"),
        ("p", "وتضم المحطة حقلاً شمسياً يمتد على مساحة ٣٢٠ هكتاراً ويحتوي على نحو ٤٨٠ ألف لوح كهروضوئي، إلى جانب وحدات لتخزين الطاقة في البطاريات تسمح باستمرار التشغيل قرابة أربع ساعات بعد غروب الشمس. وتعمل المحطة بتقنية التناضح العكسي، فيما تُستكمل احتياجاتها الليلية من الشبكة العامة."),
        ("p", "وبحسب تقديرات الشركة، سيخفض المشروع استهلاك الوقود المرتبط بإنتاج المياه بنحو ٤٠ في المئة مقارنة بمحطة تقليدية بالحجم نفسه، ويقلل الانبعاثات الكربونية بما يعادل ١٨٠ ألف طن سنوياً."),
        ("ad",),
        ("h", "أبرز أرقام المشروع"),
        ("table", [["البند", "المرحلة الأولى", "المرحلة الثانية"],
                   ["الإنتاج اليومي (متر مكعب)", "٦٠ ألفاً", "١٠٠ ألف"],
                   ["عدد الألواح الشمسية", "٤٨٠ ألفاً", "٧٥٠ ألفاً"],
                   ["سعة التخزين (ميغاواط ساعة)", "٢٠٠", "٣٦٠"],
                   ["موعد التشغيل التجاري", "يونيو ٢٠٢٣", "الربع الأخير ٢٠٢٥"]]),
        ("h", "تكلفة أقل على المدى الطويل"),
        ("p", "وبلغت تكلفة المرحلة الأولى نحو ١٫٩ مليار ريال، موّلها تحالف من ثلاثة مصارف محلية بقيادة مصرف الوديان التجاري، بحسب ما أوضحت الشركة في بيانها. وتتوقع الإدارة أن تنخفض تكلفة إنتاج المتر المكعب الواحد تدريجياً مع تراجع أسعار الألواح الشمسية وتحسّن كفاءة البطاريات."),
        ("p", "من جهتها، قالت الدكتورة منى الزهراني، أستاذة هندسة الموارد المائية في جامعة الشاطئ الغربي، إن المشروع «خطوة مهمة لكنها ليست الحل الكامل»، موضحة أن تكلفة التخزين في البطاريات ما زالت مرتفعة، وأن التحدي الأكبر يتمثل في التخلص الآمن من المياه شديدة الملوحة الناتجة عن عملية التحلية."),
        ("p", "وأضافت: «إذا نجحت التجربة في ينبع فسيصبح من الصعب تبرير بناء محطات جديدة تعمل بالوقود وحده، خصوصاً على سواحل تتمتع بهذا القدر من الإشعاع الشمسي طوال العام»."),
        ("also", "دراسة: محطات التحلية تستهلك ربع الطاقة في المدن الساحلية", "/economy/energy/864410"),
        ("h", "الأثر البيئي تحت المراقبة"),
        ("p", "وأكدت الشركة أنها ركّبت نظاماً لتخفيف تركيز المياه المالحة المرتجعة قبل إعادتها إلى البحر، عبر أنابيب تمتد نحو كيلومترين داخل المياه العميقة، مشيرة إلى أن فريقاً من الباحثين سيراقب حالة الشعاب المرجانية القريبة من نقطة التصريف كل ثلاثة أشهر وينشر نتائجه للعموم."),
        ("p", "وقال مدير الاستدامة في الشركة، المهندس سامي الحربي، إن المحطة صُممت بحيث يمكن مضاعفة حقلها الشمسي من دون توسعة مبنى التحلية نفسه، «لأن الأرض متوفرة هنا، والشمس كذلك، والمكلف هو ما بُني بالخرسانة»، على حد تعبيره."),
        ("p", "ويرى مختصون أن نجاح المشروع قد يفتح الباب أمام نماذج تمويل جديدة، إذ تبيع الشركة المياه المنتجة إلى الجهة المشغلة لشبكة التوزيع بموجب عقد طويل الأجل مدته ٢٥ عاماً، وهو ما يمنح المصارف الممولة تدفقات نقدية مستقرة."),
        ("p", "وكانت الشركة قد واجهت انتقادات خلال مرحلة الإنشاء بسبب تأخر المشروع نحو سبعة أشهر عن الجدول الأصلي، وهو ما عزاه البدراني إلى اضطراب سلاسل توريد الألواح الشمسية والبطاريات، مؤكداً أن المرحلة الثانية ستُنفذ بعقود توريد ثابتة لتفادي التأخير."),
        ("p", "وتخطط الشركة لتدريب ١٢٠ مهندساً وفنياً من أبناء المنطقة على تشغيل المحطة وصيانتها، بالتعاون مع معهد تقني محلي، على أن يشكلوا نحو ثلثي فريق التشغيل بحلول نهاية العام المقبل."),
        ("p", "ويُنتظر أن تستقبل المحطة خلال الأشهر المقبلة وفوداً من شركات مياه في مدن ساحلية أخرى للاطلاع على التجربة، بحسب الشركة التي قالت إنها تلقت استفسارات من ثلاث جهات مهتمة بتكرار النموذج."),
        ("p", "وفي أحياء جنوب ينبع، يأمل السكان أن تنعكس المحطة الجديدة على انتظام الإمدادات خلال أشهر الصيف، حين يرتفع الاستهلاك وتلجأ بعض الأسر إلى شراء المياه بالصهاريج. وقال أحد سكان حي الصواري إن الانقطاعات المتكررة في الصيف الماضي «كانت تستمر أحياناً يومين كاملين»."),
        ("p", "ومن المقرر أن تستمر مرحلة التشغيل التجريبي ثلاثة أشهر، تُضخ خلالها المياه تدريجياً إلى شبكة التوزيع في الأحياء الجنوبية من المدينة، قبل التشغيل التجاري الكامل المتوقع في يونيو المقبل."),
    ],
    related=[("ينبع تستضيف ملتقى لتقنيات المياه بمشاركة ٤٠ شركة", "٢٨ فبراير ٢٠٢٣"),
             ("ارتفاع الطلب على الألواح الشمسية في الأسواق الخليجية", "١٩ فبراير ٢٠٢٣"),
             ("دراسة: محطات التحلية تستهلك ربع الطاقة في المدن الساحلية", "٣ يناير ٢٠٢٣"),
             ("مصارف محلية تتجه لتمويل مشاريع الطاقة النظيفة", "١١ ديسمبر ٢٠٢٢"),
             ("كيف تؤثر المياه المالحة المرتجعة على الشعاب المرجانية؟", "٢٠ نوفمبر ٢٠٢٢")],
    entities=[("رمال الساحل للمياه", "ORG"), ("رمال الساحل", "ORG"), ("ينبع", "LOC"), ("البحر الأحمر", "LOC"),
              ("طلال البدراني", "PER"), ("البدراني", "PER"), ("مصرف الوديان التجاري", "ORG"),
              ("منى الزهراني", "PER"), ("جامعة الشاطئ الغربي", "ORG"), ("سامي الحربي", "PER"), ("حي الصواري", "LOC")],
    phenomena=["rtl", "json-ld", "kicker", "standfirst", "localized-date", "local-time-zone", "updated-date",
               "photo-caption", "subheadings", "table-in-body", "nav-menu", "footer-links", "ad-slots", "share-bar",
               "related-list", "most-read", "newsletter-box", "cookie-banner", "tag-list", "decoy-date"],
    notes="Visible dates use Arabic month names and Arabic-Indic digits; the table's title is kept as a heading block and the lead photo caption (above the first paragraph) as an optional caption; the header logo <h1> and the top bar's <time> of the day the page was served are not headline or date; the 'اقرأ أيضاً' box is not body.",
))

# ---------------------------------------------------------------- 02: culture, agency byline, dateline, iframe
P2 = dt(2021, 6, 14, 16, 20)
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, codec="utf-8", section="culture", crumb="فنون تشكيلية", aid="210614-3390",
    url=f"{HOST}/culture/2021/06/14/petra-ceramics-forum",
    pub=P2, today=dt(2021, 6, 15, 8, 30), hijri="5 ذو القعدة 1442 هـ", temp=34, copy_year=2021,
    headline="ملتقى دولي للخزف في وادي موسى يجمع 40 فناناً من 12 دولة",
    title="ملتقى دولي للخزف في وادي موسى يجمع 40 فناناً من 12 دولة",
    og_title="ملتقى دولي للخزف في وادي موسى يجمع 40 فناناً من 12 دولة",
    desc="انطلاق الدورة الأولى من ملتقى البتراء للخزف المعاصر بمشاركة 40 فناناً وفنانة من 12 دولة عربية وأجنبية.",
    tags=["الأردن", "البتراء", "خزف", "فنون تشكيلية"], image="2021/06/14/petra-ceramics.jpg",
    ld_author=("Organization", "وكالة الضفاف للأنباء"),
    byline_html='<span class="wh-source">المصدر: <a href="/source/aldifaf">وكالة الضفاف للأنباء</a></span>',
    date_html=f'<time class="wh-date" datetime="{P2.isoformat()}">{ar_date(P2)}</time>',
    shares=312,
    parts=[
        ("p", "وادي موسى (الأردن) - الضفاف: انطلقت، اليوم الاثنين، فعاليات الدورة الأولى من «ملتقى البتراء للخزف المعاصر» في بلدة وادي موسى المجاورة لمدينة البتراء الأثرية جنوب الأردن، بمشاركة 40 فناناً وفنانة من 12 دولة عربية وأجنبية، وتستمر حتى الرابع والعشرين من الشهر الجاري."),
        ("p", "ويقيم المشاركون طوال عشرة أيام في مشغل مفتوح أقيم قرب مركز الزوار، حيث يعملون على قطع مستوحاة من ألوان الحجر الرملي الوردي الذي تشتهر به المنطقة، على أن تُعرض الأعمال المنجزة في ختام الملتقى، ثم تنتقل إلى العاصمة عمّان في معرض يستمر شهراً."),
        ("p", "وقالت مديرة الملتقى، الفنانة التشكيلية ديما الحوارني، في تصريح لـ«الضفاف»، إن فكرة الملتقى ولدت «من رغبة في إعادة الطين إلى المكان الذي صنع منه الأنباط أوانيهم قبل أكثر من ألفي عام»، مشيرة إلى أن كسر الفخار الرقيق الذي اشتهرت به تلك الحضارة ما زالت تظهر في المواقع الأثرية المحيطة."),
        ("p", "وأضافت الحوارني أن اختيار المشاركين تم من بين أكثر من 300 طلب، وأن لجنة الاختيار حرصت على التوازن بين الفنانين المعروفين والأسماء الشابة، «لأن الملتقى ورشة عمل قبل أن يكون معرضاً»."),
        ("iframe", "https://video.alwaha-news.example/embed/v210614-77?autoplay=0", "افتتاح ملتقى الخزف في وادي موسى"),
        ("p", "ويشارك في الملتقى فنانون من الأردن ومصر وتونس والمغرب ولبنان، إلى جانب فنانين من اليابان وإسبانيا والمكسيك وكوريا الجنوبية، ويعمل بعضهم للمرة الأولى بطين محلي جُمع من أودية قريبة وخضع لمعالجة استمرت أسابيع قبل انطلاق الفعاليات."),
        ("p", "وقالت الخزافة اليابانية ماساكو هيراتا إنها جاءت لتتعلم من المكان: «في اليابان نحترم الشقوق في الفخار ونرممها بالذهب، وهنا وجدت صخوراً تحمل شقوقاً عمرها آلاف السنين، وأريد أن أتعلم كيف أترك للطين حريته»."),
        ("ad",),
        ("p", "وتنظم الملتقى جمعية «طين وحجر» للفنون بالتعاون مع عدد من الفنادق والمشاغل المحلية، وتتضمن الفعاليات ورشاً مجانية لطلبة المدارس في وادي موسى والقرى المجاورة، وجلسات حوارية حول استخدام الطين المحلي في العمارة والحرف التقليدية."),
        ("p", "ويأمل المنظمون أن يسهم الحدث في تنشيط الحركة السياحية في المنطقة بعد تراجع أعداد الزوار خلال العام الماضي بسبب قيود السفر التي فرضتها الجائحة، إذ يعتمد مئات من سكان البلدة على السياحة مصدراً رئيسياً للدخل."),
        ("p", "وقال أحمد النوافلة، صاحب مشغل للفخار في البلدة يشارك في تنظيم الورش، إن الملتقى «فرصة نادرة لأبناء المنطقة ليروا كيف يعمل فنانون من ثقافات مختلفة بالمادة نفسها التي نعرفها منذ طفولتنا»."),
        ("p", "ومن المنتظر أن تعلن لجنة التحكيم في ختام الملتقى أسماء ثلاثة فائزين بمنح إقامة فنية لمدة شهرين في الأردن خلال العام المقبل."),
    ],
    related=[("معرض للخط العربي في عمّان يستعيد أعمال رواد الحروفية", "2 يونيو 2021"),
             ("البتراء تستقبل أولى المجموعات السياحية بعد إعادة فتح الحدود", "21 مايو 2021"),
             ("حرفيون في جرش يعيدون إحياء صناعة الزجاج اليدوي", "30 أبريل 2021"),
             ("مسابقة عربية لتصميم الملصقات تعلن قائمتها القصيرة", "17 أبريل 2021")],
    entities=[("ملتقى البتراء للخزف المعاصر", "MISC"), ("وادي موسى", "LOC"), ("البتراء", "LOC"), ("الأردن", "LOC"),
              ("الضفاف", "ORG"), ("عمّان", "LOC"), ("ديما الحوارني", "PER"), ("الحوارني", "PER"), ("الأنباط", "MISC"),
              ("مصر", "LOC"), ("تونس", "LOC"), ("المغرب", "LOC"), ("لبنان", "LOC"), ("اليابانية", "MISC"),
              ("اليابان", "LOC"), ("إسبانيا", "LOC"), ("المكسيك", "LOC"), ("كوريا الجنوبية", "LOC"),
              ("ماساكو هيراتا", "PER"), ("طين وحجر", "ORG"), ("أحمد النوافلة", "PER")],
    phenomena=["rtl", "json-ld", "agency-byline", "dateline", "localized-date", "local-time-zone", "iframe-embeds", "inline-video-teaser",
               "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "cookie-banner",
               "tag-list", "decoy-date", "date-in-url"],
    notes="Agency byline: the author is the invented agency as named in the byline; the dateline opening the first paragraph is kept as part of that paragraph. Adjudicated with the second annotation: the video iframe between two body paragraphs (titled in its title attribute) is an embedded video between body blocks, so inline-video-teaser applies; it is left out of the body (GUIDELINES 7.2, 10).",
))

# ---------------------------------------------------------------- 03: tech, relative visible date, list
P3 = dt(2024, 5, 18, 22, 30)
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, codec="utf-8", section="tech", crumb="علوم", aid="1127634",
    url=f"{HOST}/tech/science/1127634",
    pub=P3, today=dt(2024, 5, 19, 1, 35), hijri="11 ذو القعدة 1445 هـ", temp=31, copy_year=2024,
    headline="طلاب في جدة يطورون طائرة مسيّرة ترصد ابيضاض الشعاب المرجانية",
    title="طلاب في جدة يطورون طائرة مسيّرة ترصد ابيضاض الشعاب المرجانية",
    og_title="طلاب في جدة يطورون طائرة مسيّرة ترصد ابيضاض الشعاب المرجانية",
    desc="فريق طلابي يطور طائرة مسيّرة بكاميرا متعددة الأطياف لرصد علامات ابيضاض المرجان مبكراً في البحر الأحمر.",
    tags=["طائرات مسيرة", "البحر الأحمر", "الشعاب المرجانية", "ابتكار"], image="2024/05/19/coral-drone.jpg",
    ld_author=("Person", "ياسر العمودي"), ld_author_name="ياسر العمودي - جدة",
    byline_html=byline("ياسر العمودي", "yasser-alamoudi"),
    date_html=f'<time class="wh-date wh-rel" datetime="{P3.isoformat()}">منذ 3 ساعات</time>',
    shares=97, newsletter=True,
    parts=[
        ("p", "طوّر فريق من طلاب الهندسة في جامعة الحجاز الأهلية طائرة مسيّرة صغيرة قادرة على التحليق فوق الشعاب المرجانية في البحر الأحمر وتصويرها بكاميرا متعددة الأطياف، بهدف رصد علامات الابيضاض في مراحلها الأولى، قبل أن تصبح مرئية للغواصين بالعين المجردة."),
        ("p", "وقال قائد الفريق، الطالب فيصل باعشن، إن الطائرة التي أطلق عليها الطلاب اسم «نورس 3» تمكنت خلال اختباراتها الأخيرة من مسح 12 كيلومتراً مربعاً من الشعاب في أقل من أسبوع، «وهي مهمة كانت تتطلب أشهراً من الغوص وفرق رصد كبيرة»."),
        ("p", "ويحدث ابيضاض المرجان عندما ترتفع حرارة المياه لفترات طويلة، فتطرد الشعاب الطحالب الدقيقة التي تعيش في أنسجتها وتمنحها ألوانها وجزءاً كبيراً من غذائها. وإذا استمر الإجهاد الحراري أسابيع عدة، قد تنفق أجزاء واسعة من الشعاب."),
        ("h", "ماذا تستطيع «نورس 3»؟"),
        ("p", "وبحسب الفريق، تتميز الطائرة بالمواصفات التالية:"),
        ("ul", ["كاميرا متعددة الأطياف تلتقط خمسة نطاقات ضوئية في آن واحد",
                "زمن تحليق يصل إلى 45 دقيقة بشحنة واحدة",
                "نظام ملاحة يحافظ على ارتفاع ثابت فوق سطح الماء حتى مع الرياح المعتدلة",
                "برنامج تحليل يصنّف صحة الشعاب بالألوان خلال دقائق من هبوط الطائرة"]),
        ("ad",),
        ("h", "اختبارات ميدانية قبالة أبحر"),
        ("p", "وأجرى الفريق اختباراته الميدانية قبالة ساحل أبحر شمال جدة، حيث قارن الطلاب صور الطائرة بقياسات جمعها غواصون متطوعون في النقاط نفسها. وأوضحت المشرفة على المشروع، الدكتورة لمياء الغامدي، أن نسبة التطابق بين الطريقتين تجاوزت 90 في المئة."),
        ("p", "وقالت الغامدي: «القيمة الحقيقية ليست في الصورة الواحدة، بل في تكرار المسح كل أسبوع. عندها يمكن أن نرى الإجهاد الحراري وهو يتقدم، ونحدد المواقع التي تحتاج إلى تدخل أو مراقبة أدق»."),
        ("p", "وتتعرض الشعاب المرجانية في البحر الأحمر لموجات حر بحرية متكررة خلال الصيف، وإن كانت أكثر تحمّلاً للحرارة من شعاب مناطق أخرى من العالم بحسب دراسات سابقة. غير أن الباحثين يحذرون من أن تكرار الموجات في سنوات متتالية لا يمنح المرجان وقتاً كافياً للتعافي."),
        ("also", "منتجعات ساحلية تطلق برامج لزراعة المرجان", "/tech/science/1127590"),
        ("p", "وأشارت الغامدي إلى أن الفريق يعمل على تطوير نموذج يعتمد على الذكاء الاصطناعي لمقارنة الصور الملتقطة على مدى أشهر، بحيث يرسل تنبيهاً تلقائياً عندما يتغير لون منطقة ما بنسبة تتجاوز حداً معيناً، موضحة أن النموذج الأولي تدرّب على أكثر من 20 ألف صورة جمعها الفريق خلال العام الماضي."),
        ("p", "وحصل المشروع على منحة قدرها 350 ألف ريال من مؤسسة ساحل الغد، وهي مؤسسة غير ربحية تدعم الابتكار في المجالات البحرية، على أن يستخدمها الفريق في بناء ثلاث طائرات إضافية وتدريب متطوعين من الغواصين على تشغيلها."),
        ("p", "ولم تخلُ التجربة من العقبات، إذ اضطر الفريق إلى إعادة تصميم هيكل الطائرة مرتين بعد أن تسببت الرطوبة العالية ورذاذ الملح في أعطال بالمحركات. وقال عضو الفريق عبد الرحمن القرني إن الطلاب لجأوا في النهاية إلى طلاء خاص للأجزاء الإلكترونية، «وتعلمنا أن البحر لا يرحم أي خطأ في التصميم»."),
        ("p", "ويأمل الطلاب أن تتحول «نورس 3» إلى خدمة تستفيد منها المنتجعات الساحلية ومراكز الغوص، التي تعتمد على سلامة الشعاب في جذب الزوار. وقال باعشن: «نريد أن يكون لكل شعاب مرجانية ملف صحي، تماماً كما للإنسان»."),
    ],
    related=[("منتجعات ساحلية تطلق برامج لزراعة المرجان", "منذ 5 ساعات"),
             ("درجات حرارة البحر تسجل أعلى مستوى لشهر مايو منذ سنوات", "أمس"),
             ("مسابقة وطنية للروبوتات تستقبل 600 فريق طلابي", "17 مايو 2024"),
             ("جامعات تتسابق لإطلاق برامج في علوم البحار", "9 مايو 2024"),
             ("غواصون متطوعون يرفعون 3 أطنان من المخلفات في يوم واحد", "28 أبريل 2024")],
    entities=[("جامعة الحجاز الأهلية", "ORG"), ("البحر الأحمر", "LOC"), ("فيصل باعشن", "PER"), ("باعشن", "PER"),
              ("نورس 3", "MISC"), ("أبحر", "LOC"), ("جدة", "LOC"), ("لمياء الغامدي", "PER"), ("الغامدي", "PER"),
              ("مؤسسة ساحل الغد", "ORG"), ("عبد الرحمن القرني", "PER")],
    phenomena=["rtl", "json-ld", "relative-date", "date-only-in-metadata", "local-time-zone", "subheadings",
               "list-in-body", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read",
               "newsletter-box", "cookie-banner", "tag-list", "decoy-date"],
    notes="The visible date is only 'منذ 3 ساعات'; the exact time (22:30 the evening before the header's 'today', 19 May) comes from the JSON-LD datePublished (+03:00), hence date-only-in-metadata is also tagged; the JSON-LD author 'ياسر العمودي - جدة' adds the city to the byline's name.",
))

# ---------------------------------------------------------------- 04: windows-1256 archive page, no JSON-LD, pull quote
P4 = dt(2016, 3, 15, 9, 10)
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, codec="cp1256", section="local", crumb="المناطق", aid="442087",
    url=f"{HOST}/local/442087.html",
    pub=P4, today=dt(2016, 3, 16, 10, 0), hijri="7 جمادى الآخرة 1437 هـ", temp=24, copy_year=2016,
    headline="بساتين أبي الخصيب تستعيد خضرتها بعد عودة الري بمياه الآبار",
    title="بالصور: مزارعو أبي الخصيب يعيدون الحياة إلى النخيل | بوابة الواحة",
    og_title="بالصور: مزارعو أبي الخصيب يعيدون الحياة إلى النخيل",
    desc="مزارعون في قضاء أبي الخصيب جنوب البصرة يعيدون زراعة آلاف الفسائل بعد حفر آبار ارتوازية بديلة عن مياه الأنهار المالحة.",
    dek="جمعية تعاونية حفرت 14 بئراً وأعادت زراعة أكثر من 6 آلاف فسيلة خلال عامين",
    tags=["البصرة", "النخيل", "الزراعة", "المياه"], image="2016/03/15/abulkhasib-palms.jpg",
    ld_author=("Person", "كاظم الساعدي"),
    byline_html=byline("كاظم الساعدي", "kadhim-alsaadi", img=False),
    date_html=f'<span class="wh-date">{ar_date(P4, lev=True)}</span>',
    shares=56,
    comments=[("أبو علي", "15 آذار/مارس 2016 - 11:42 ص", "بارك الله فيكم، هذا هو العمل الحقيقي. بساتيننا كانت جنة قبل أن تملح المياه."),
              ("مزارع من الفاو", "15 آذار/مارس 2016 - 01:15 م", "نحتاج مثل هذه الجمعيات في كل قضاء، لكن كلفة حفر البئر عالية على الفلاح البسيط."),
              ("سارة", "15 آذار/مارس 2016 - 04:03 م", "تقرير جميل ومؤثر، نتمنى متابعة القصة بعد موسم الحصاد."),
              ("م. حسين", "16 آذار/مارس 2016 - 08:20 ص", "كلام المهندس عن التنقيط مهم جداً، الآبار ليست حلاً دائماً إذا لم يُنظَّم الضخ.")],
    rates=[("الدولار الأمريكي", "3.75"), ("اليورو", "4.16"), ("الجنيه الإسترليني", "5.34"), ("الدينار الكويتي", "12.41")],
    parts=[
        ("p", "بعد سنوات من العطش، عادت الخضرة إلى أجزاء من بساتين النخيل في قضاء أبي الخصيب جنوب البصرة، بعدما لجأ مزارعون إلى حفر آبار ارتوازية بديلة عن مياه الجداول التي ارتفعت ملوحتها بشكل غير مسبوق."),
        ("fig", "2016/03/15/abulkhasib-palms.jpg", "مزارعون يغرسون فسائل جديدة في أحد بساتين أبي الخصيب", "(الواحة)"),
        ("p", "وتقول جمعية نخيل شط العرب التعاونية، التي تضم نحو 90 مزارعاً، إنها حفرت منذ عام 2014 أربع عشرة بئراً بتمويل ذاتي وقروض صغيرة، وأعادت زراعة أكثر من ستة آلاف فسيلة من أصناف البرحي والحلاوي والساير في أراضٍ كانت قد هُجرت."),
        ("p", "ويقول رئيس الجمعية، الحاج عبد الكريم الموسوي، إن مياه الجداول المتفرعة من النهر أصبحت في أشهر الصيف «أقرب إلى مياه البحر»، ما أدى إلى جفاف آلاف الأشجار وهجرة عائلات كثيرة من القرى إلى مركز المدينة."),
        ("pull", "«النخلة لا تموت بسرعة، لكنها حين تموت تأخذ معها ذاكرة البيت كله»"),
        ("p", "ويضيف الموسوي وهو يشير إلى جذوع يابسة على طرف البستان: «النخلة لا تموت بسرعة، لكنها حين تموت تأخذ معها ذاكرة البيت كله. جدي زرع هذه الأشجار، وكنا نخجل أن نتركها تموت أمام أعيننا»."),
        ("p", "ولا تخلو التجربة من مخاطر، إذ يحذر المهندس الزراعي حيدر الكعبي من أن الإفراط في سحب المياه الجوفية قد يرفع ملوحتها هي الأخرى بمرور الوقت، داعياً إلى اعتماد الري بالتنقيط وتنظيم مواعيد الضخ بين البساتين."),
        ("p", "وبحسب الكعبي، خفّضت الجمعية استهلاك المياه بنحو الثلث بعد تركيب شبكات تنقيط في نصف البساتين المشمولة بالمشروع، وتخطط لتعميمها على البقية قبل صيف العام المقبل."),
        ("p", "وتأمل الجمعية أن يبدأ الإنتاج الفعلي للفسائل الجديدة خلال أربع إلى خمس سنوات، وتعمل حالياً على إنشاء مخزن مبرد صغير لتسويق التمور مباشرة إلى التجار في البصرة بدلاً من بيعها عبر الوسطاء."),
        ("p", "أما المزارع الشاب مصطفى الحلفي، الذي عاد إلى قريته بعد أن عمل سنوات سائقاً لسيارة أجرة، فيقول إن البئر التي حفرها مع أبناء عمومته «أعادت إلينا سبباً للبقاء»، مضيفاً أن عشر عائلات على الأقل عادت إلى القرية خلال العام الماضي."),
    ],
    related=[("موسم الأمطار يبشر بمحصول وفير من الشعير في الجنوب", "13 آذار/مارس 2016"),
             ("معرض للتمور العراقية يجمع 70 صنفاً", "2 آذار/مارس 2016"),
             ("ارتفاع أسعار الأسمدة يثقل كاهل صغار المزارعين", "21 شباط/فبراير 2016"),
             ("مبادرة لتنظيف الجداول المائية في الأحياء القديمة", "8 شباط/فبراير 2016")],
    entities=[("أبي الخصيب", "LOC"), ("البصرة", "LOC"), ("جمعية نخيل شط العرب التعاونية", "ORG"),
              ("عبد الكريم الموسوي", "PER"), ("الموسوي", "PER"), ("حيدر الكعبي", "PER"), ("الكعبي", "PER"),
              ("مصطفى الحلفي", "PER")],
    phenomena=["rtl", "legacy-encoding", "standfirst", "localized-date", "local-time-zone", "photo-caption", "pull-quote",
               "title-differs-from-headline", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list", "decoy-date", "comments"],
    notes="Archive page served in windows-1256 with OpenGraph but no JSON-LD; the visible date uses the Levantine/Gregorian month pair ('آذار/مارس') with a 12-hour time read as Mecca time (+03:00); the pull quote repeating a body sentence is optional.",
))


def layout_tags(a):
    kinds = [p_[0] for p_ in a["parts"]]
    text_at = [i for i, k in enumerate(kinds) if k not in ("ad", "also", "iframe")]
    between = {k for i, k in enumerate(kinds) if text_at[0] < i < text_at[-1] and k in ("ad", "also", "iframe")}
    tags = set()
    if a["codec"] == "utf-8":
        tags.add("article-per-teaser")
        if "ad" in between:
            tags.add("split-body")
    if between & {"ad", "also", "iframe"}:
        tags.add("teasers-in-article")
    if "also" in between:
        tags.add("inline-related")
    return tags


# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph.
# New people and places join the entity list.
MORE = {
    "alwaha-news-03": ([
        ("h", "اهتمام من مراكز الغوص"),
        ("p", "ولقي المشروع اهتماماً مبكراً من مراكز الغوص في المنطقة. وقال مدير أحد مراكز الغوص في أبحر، سامي الزهراني، إن مركزه عرض على الفريق استخدام قواربه ومرافقه مجاناً خلال الصيف المقبل، مقابل الحصول على تقارير دورية عن حالة الشعاب التي يرتادها زبائنه. وأضاف: «الغواص الذي يدفع ليرى مرجاناً ملوناً لن يعود إذا وجد هيكلاً أبيض. سلامة الشعاب هي رأس مالنا»."),
        ("p", "ويخطط الفريق لإطلاق برنامج مسح منتظم يغطي نحو 40 كيلومتراً من الساحل بين جدة وأبحر ابتداءً من يونيو، أي مع بداية الأشهر التي تشهد عادة أعلى درجات حرارة المياه. وسيجري المسح مرتين أسبوعياً في ذروة الصيف، على أن تُنشر النتائج على خريطة تفاعلية يمكن للباحثين والغواصين الاطلاع عليها."),
        ("p", "وترى الغامدي أن المشروع يمكن أن يسدّ فجوة في البيانات، إذ إن كثيراً من برامج الرصد الحالية تعتمد على صور الأقمار الاصطناعية، التي لا تكفي دقتها لتمييز التغيرات في الشعاب الصغيرة القريبة من الشاطئ. وتقول إن الطائرة المسيّرة «تقف في المنتصف بين الغواص والقمر الاصطناعي: أوسع نطاقاً من الأول وأدق بكثير من الثاني»."),
        ("p", "أما الطلاب، فيستعدون لعرض المشروع في معرض جامعي للابتكار في الرياض الشهر المقبل، ويأملون في الحصول على دعم إضافي لتسجيل براءة اختراع لنظام الملاحة الذي صمموه. وقال باعشن إن أعضاء الفريق سيواصلون العمل على المشروع بعد تخرجهم، «لأن البحر لن ينتظر»."),
        ("p", "وتعتزم الجامعة، بحسب الغامدي، إدراج تصميم الطائرات المسيّرة للأغراض البيئية مقرراً اختيارياً لطلاب الهندسة اعتباراً من العام الدراسي المقبل، بعد أن تقدم أكثر من 60 طالباً بطلبات للانضمام إلى الفريق منذ الإعلان عن نتائج الاختبارات الأولى."),
    ], [("سامي الزهراني", "PER"), ("الرياض", "LOC")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    return with_more_section(a, MORE)


def main():
    for a in ARTICLES:
        a = lengthened(a)
        html_text, blocks = page(a)
        a["phenomena"] = sorted(set(a["phenomena"]) | layout_tags(a))
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="ar", headline=a["headline"],
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=[a["ld_author"][1]], summary=a.get("dek", ""), blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a["notes"],
        )
        p = emit(art, html_text, a["codec"])
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    main()
