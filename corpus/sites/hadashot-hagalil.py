import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, Article, Block, emit

"""חדשות הגליל (hadashot-hagalil): an invented regional news portal for northern Israel, right to
left, in the style of a home-grown Israeli portal CMS (ASP.NET era markup kept alive into the
2020s): a top strip with the Gregorian and Hebrew-calendar "today" dates and the weather, a long
menu with region drop-downs, a news-flash ticker ("מבזקים"), talkbacks, stacked ad slots,
a most-read box and a long footer with every Galilee locality. Times are Israel time
(Asia/Jerusalem, +02:00 in winter, +03:00 in summer). Archive pages from the old CMS (2015-2017)
are served in windows-1255 without JSON-LD; the old CMS also escaped quotation marks and
apostrophes in the text as character references."""

import datetime as _dt
import html as _html
import json as _json
from zoneinfo import ZoneInfo

SITE = "hadashot-hagalil"
HOST = "https://www.hadashot-hagalil.example"
MEDIA = "https://img.hadashot-hagalil.example"
STATIC = "https://static.hadashot-hagalil.example"
NAME = "חדשות הגליל"
TZ = ZoneInfo("Asia/Jerusalem")

MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
          "דצמבר"]
DAYS = ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"]


# ---------------------------------------------------------------- Hebrew calendar (for the header's "today")

def _leap(y):
    return (7 * y + 1) % 19 < 7


def _elapsed(y):
    m = 235 * ((y - 1) // 19) + 12 * ((y - 1) % 19) + (7 * ((y - 1) % 19) + 1) // 19
    pe = 204 + 793 * (m % 1080)
    he = 5 + 12 * m + 793 * (m // 1080) + pe // 1080
    day = 1 + 29 * m + he // 24
    parts = 1080 * (he % 24) + pe % 1080
    if parts >= 19440 or (day % 7 == 2 and parts >= 9924 and not _leap(y)) or (
            day % 7 == 1 and parts >= 16789 and _leap(y - 1)):
        day += 1
    if day % 7 in (0, 3, 5):
        day += 1
    return day


_OFF = _dt.date(2023, 9, 16).toordinal() - _elapsed(5784)  # 1 Tishrei 5784


def _rh(y):
    return _elapsed(y) + _OFF


def _hebrew(d):
    o, y = d.toordinal(), d.year + 3761
    while _rh(y) > o:
        y -= 1
    while _rh(y + 1) <= o:
        y += 1
    n, doy = _rh(y + 1) - _rh(y), o - _rh(y)
    months = [("תשרי", 30), ("חשוון", 30 if n % 10 == 5 else 29), ("כסלו", 29 if n % 10 == 3 else 30),
              ("טבת", 29), ("שבט", 30)]
    months += [("אדר א'", 30), ("אדר ב'", 29)] if _leap(y) else [("אדר", 29)]
    months += [("ניסן", 30), ("אייר", 29), ("סיוון", 30), ("תמוז", 29), ("אב", 30), ("אלול", 29)]
    for name, ln in months:
        if doy < ln:
            return y, name, doy + 1
        doy -= ln
    raise ValueError(d)


_GEM = [(400, "ת"), (300, "ש"), (200, "ר"), (100, "ק"), (90, "צ"), (80, "פ"), (70, "ע"), (60, "ס"), (50, "נ"),
        (40, "מ"), (30, "ל"), (20, "כ"), (10, "י"), (9, "ט"), (8, "ח"), (7, "ז"), (6, "ו"), (5, "ה"), (4, "ד"),
        (3, "ג"), (2, "ב"), (1, "א")]


def _gem(n):
    s = ""
    for v, ch in _GEM:
        if n in (15, 16):
            s += "ט" + ("ו" if n == 15 else "ז")
            break
        while n >= v:
            s += ch
            n -= v
    return s[:-1] + '"' + s[-1] if len(s) > 1 else s + "'"


def heb_date(d):
    y, m, day = _hebrew(d)
    return f"{_gem(day)} ב{m} {_gem(y % 1000)}"


# ---------------------------------------------------------------- date formats

def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=TZ)


def iso(d):
    return d.isoformat(timespec="seconds")


def dots(d, year4=False):
    return d.strftime("%d.%m.%Y" if year4 else "%d.%m.%y")


def he_long(d, weekday=True, time=True):
    s = (f"יום {DAYS[d.weekday()]}, " if weekday else "") + f"{d.day} ב{MONTHS[d.month - 1]} {d.year}"
    return s + (f", {d:%H:%M}" if time else "")


# ---------------------------------------------------------------- escaping


def canonical(url):
    """The article's canonical URL (a minimal-pair variant is served with an extra ?variant=b / &variant=b)."""
    for suffix in ("?variant=b", "&variant=b"):
        if url.endswith(suffix):
            return url[:-len(suffix)]
    return url

class Esc:
    """Text and attribute escaping; the old CMS (and pages imported from it) writes references."""

    def __init__(self, refs):
        self.refs = refs

    def t(self, s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if self.refs:
            s = (s.replace('"', "&quot;").replace("'", "&#39;").replace("\u2013", "&ndash;")
                 .replace("\u20aa", "&#8362;"))
        return s

    def a(self, s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return s.replace('"', "&quot;" if self.refs else "\u05f4")


def ncr(s):
    """Every Hebrew letter as a numeric character reference (text pasted through a legacy form)."""
    return "".join(f"&#{ord(c)};" if "\u0590" <= c <= "\u05ff" else
                   {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}.get(c, c) for c in s)


# ---------------------------------------------------------------- boilerplate pools

NAV = [
    ("home", "ראשי", "/", []),
    ("news", "חדשות", "/news/", ["חדשות הצפון", "ביטחון", "משטרה ומשפט", "חינוך", "בריאות", "תחבורה"]),
    ("north", "הצפון", "/north/", ["חיפה והקריות", "עכו ונהריה", "טבריה והכנרת", "צפת והגליל העליון", "כרמיאל ומשגב",
                                   "נצרת והעמקים", "רמת הגולן", "קריית שמונה והאצבע"]),
    ("politics", "פוליטי", "/politics/", ["הכנסת", "שלטון מקומי", "בחירות"]),
    ("economy", "כלכלה", "/economy/", ["צרכנות", "נדל\"ן", "חקלאות", "תעסוקה", "הייטק בצפון"]),
    ("sport", "ספורט", "/sport/", ["כדורגל", "כדורסל", "ספורט קהילתי", "אופניים וריצה"]),
    ("culture", "תרבות", "/culture/", ["מוזיקה", "תיאטרון", "ספרים", "אירועים בסופ\"ש"]),
    ("food", "אוכל", "/food/", ["מסעדות", "מתכונים", "יקבים"]),
    ("travel", "טיולים", "/travel/", ["מסלולים", "שמורות וגנים", "טיולי משפחות", "צימרים"]),
    ("science", "מדע וסביבה", "/science/", ["סביבה", "טכנולוגיה", "מזג אוויר"]),
    ("opinion", "דעות", "/opinion/", []),
    ("flash", "מבזקים", "/flash/", []),
    ("video", "וידאו", "/video/", []),
    ("cars", "רכב", "/cars/", []),
    ("jobs", "דרושים", "/jobs/", []),
]

POOL = [
    "תושבי הקריות נאבקים על קו אוטובוס שבוטל",
    "חנות הספרים הוותיקה בכרמיאל חוגגת 40 שנה",
    "גשם ראשון בצפון: זהירות בכבישים הרטובים",
    "המסעדות בעכו העתיקה נערכות לעונת התיירות",
    "בית ספר יסודי בגליל העליון זכה בפרס חינוך ארצי",
    "מחיר הדירות בנהריה עלה ב-9% בתוך שנה",
    "המתנ\"ס בקריית שמונה פותח חוג רובוטיקה לבנות",
    "הפקקים בצומת גולני: מתי יסתיימו העבודות?",
    "פסטיבל גבינות קטן בכפר ורדים משך אלפי מבקרים",
    "תוכנית חדשה תעודד רופאים צעירים לעבור לפריפריה",
    "הכנרת בשבוע האחרון: כמה עלה המפלס?",
    "משפחה מצפת הקימה מאפייה ביתית שהפכה לעסק",
    "הורים במעלות מוחים על צפיפות בכיתות",
    "מסלול חדש בנחל עמוד נפתח למטיילים",
    "עשרות מתנדבים ניקו את חוף אכזיב",
    "מכבי האש חילצו עגל שנפל לבור בגולן",
    "ההכנות לשנת הלימודים: מה חסר בבתי הספר בצפון",
    "מיזם שיתופי מחבר בין חקלאים לצרכנים בחיפה",
    "שכונה חדשה בנוף הגליל תכלול 1,200 דירות",
    "הגולן בשלג: התחזית לסוף השבוע",
    "בעלי צימרים בגליל מדווחים על תפוסה מלאה בחג",
    "קבוצת נוער מעכו עלתה לגמר הארצי בכדורסל",
    "מחקר: יותר צעירים בוחרים להישאר בצפון",
    "הסדנה לקרמיקה בראש פינה מציגה בתערוכה בחיפה",
    "כביש 90 ייסגר לתנועה בלילות לצורך עבודות",
    "גידול במספר המטיילים בשמורות הצפון",
    "הספרייה העירונית בטבריה מאריכה את שעות הפתיחה",
    "חקלאים בעמק יזרעאל מודאגים ממחסור בעובדים",
    "קונצרט חינם בגן העירוני בקריית ביאליק",
    "ניצולת שואה בת 95 חגגה יום הולדת עם 60 נכדים ונינים",
    "בית הקפה שהפך למרכז קהילתי בשלומי",
    "טורניר שחמט פתוח ייערך בכרמיאל בחנוכה",
]

MOST_READ = [
    "כמה באמת עולה לגור בגליל? השוואת מחירים",
    "חמישה מסלולי מים קלים למשפחות בצפון",
    "התחזית: שרב כבד בסוף השבוע, אחריו ירידה חדה בטמפרטורות",
    "הבורקס הכי טוב בחיפה? הקוראים בחרו",
    "הורים, שימו לב: שינויים בלוח החופשות",
    "מה קורה עם הרכבת לכרמיאל? כל מה שצריך לדעת",
    "צימר עם נוף לכנרת ב-400 שקל ללילה: האם זה אפשרי?",
    "המורה מנהריה שהפכה לכוכבת ברשת",
    "עשרה דברים שלא ידעתם על צפת העתיקה",
    "כך תחסכו בחשבון החשמל בקיץ",
]

FLASHES = [
    "תאונה בכביש 85 סמוך לצומת כלנית; התנועה מתעכבת",
    "הרוח החזקה הפילה עץ ברחוב הרצל בחיפה",
    "המשטרה מחפשת אחר נער בן 15 מכרמיאל",
    "הפסקת מים מתוכננת בשכונות בנהריה מחר בבוקר",
    "הכביש לחרמון נפתח מחדש לתנועה",
    "שריפה קטנה בשטח פתוח ליד קריית טבעון; אין נפגעים",
    "בית משפט השלום בעכו דחה את העתירה נגד הפרויקט",
    "צפי לגשם מקומי בגליל העליון בשעות הערב",
    "נפתחה ההרשמה לגני הילדים לשנה הבאה",
    "עומסי תנועה כבדים בכניסה לטבריה",
]

COLUMNS = [
    ("אורית שפירא", "הצפון לא מחכה לאף אחד"),
    ("סלים נאסר", "על שכנות, על קפה ועל שוק"),
    ("דני ברקוביץ", "מה שהכנרת מלמדת אותנו"),
    ("מיכל אורן", "ילדים בגליל צריכים יותר מכיתה"),
]

SPONSORED = [
    ("פרסום", "הדרך החכמה לחסוך במשכנתא: בדקו בשתי דקות"),
    ("תוכן שיווקי", "חופשה בצפון: 5 מתחמי אירוח שלא הכרתם"),
    ("פרסום", "המכשיר החדש שמשנה את הבישול בבית"),
    ("תוכן שיווקי", "לימודי הנדסה בצפון: מה כדאי לבדוק לפני ההרשמה"),
]

WEATHER = [("חיפה", 18), ("טבריה", 21), ("צפת", 12), ("נהריה", 19), ("כרמיאל", 15), ("קריית שמונה", 14)]

LOCALITIES = ["חיפה", "עכו", "נהריה", "כרמיאל", "צפת", "טבריה", "נצרת", "נוף הגליל", "קריית שמונה", "מעלות-תרשיחא",
              "שלומי", "מגדל העמק", "עפולה", "יקנעם", "קריית ביאליק", "קריית מוצקין", "קריית ים", "קריית אתא",
              "טירת כרמל", "נשר", "קצרין", "ראש פינה", "חצור הגלילית", "מטולה", "שפרעם", "סח'נין", "טמרה",
              "עראבה", "מג'ד אל-כרום", "ירכא", "דלית אל-כרמל", "עוספיא", "כפר כנא", "ריינה", "יפיע", "טורעאן",
              "מסעדה", "מג'דל שמס", "בית שאן", "יבנאל", "כפר תבור", "ראש הנקרה", "כפר ורדים",
              "רמות נפתלי", "יסוד המעלה", "מגדל", "כנרת", "אלוני אבא", "זכרון יעקב"]

FOOT = [
    ("חדשות", ["חדשות הצפון", "ביטחון", "משטרה ומשפט", "חינוך", "בריאות", "תחבורה", "פוליטי"]),
    ("מדורים", ["כלכלה", "נדל\"ן", "ספורט", "תרבות", "אוכל", "טיולים", "מדע וסביבה", "רכב"]),
    ("שירותים", ["מבזקים", "מזג אוויר", "זמני שבת", "לוח אירועים", "דרושים", "ארכיון", "RSS"]),
    ("חדשות הגליל", ["אודות", "מערכת", "צור קשר", "פרסמו אצלנו", "מדיניות פרטיות", "תנאי שימוש", "נגישות"]),
]

SPRITE = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
<symbol id="ico-search" viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></symbol>
<symbol id="ico-wa" viewBox="0 0 24 24"><path d="M17.47 14.38c-.3-.15-1.76-.87-2.03-.97-.27-.1-.47-.15-.67.15-.2.3-.77.97-.94 1.17-.17.2-.35.22-.64.07-.3-.15-1.26-.46-2.39-1.48-.88-.79-1.48-1.76-1.65-2.06-.17-.3-.02-.46.13-.61.13-.13.3-.35.45-.52.15-.17.2-.3.3-.5.1-.2.05-.37-.02-.52-.08-.15-.67-1.61-.92-2.21-.24-.58-.49-.5-.67-.51h-.57c-.2 0-.52.07-.79.37-.27.3-1.04 1.02-1.04 2.48s1.07 2.88 1.21 3.08c.15.2 2.1 3.2 5.08 4.49.71.31 1.26.49 1.69.63.71.23 1.36.19 1.87.12.57-.09 1.76-.72 2.01-1.41.25-.7.25-1.29.17-1.41-.07-.13-.27-.2-.57-.35z"/></symbol>
<symbol id="ico-fb" viewBox="0 0 24 24"><path d="M22 12a10 10 0 1 0-11.56 9.88v-6.99H7.9V12h2.54V9.8c0-2.5 1.49-3.89 3.78-3.89 1.09 0 2.24.2 2.24.2v2.46h-1.26c-1.24 0-1.63.77-1.63 1.56V12h2.78l-.44 2.89h-2.34v6.99A10 10 0 0 0 22 12z"/></symbol>
<symbol id="ico-tw" viewBox="0 0 24 24"><path d="M18.9 2H22l-6.77 7.74L23.2 22h-6.24l-4.89-6.39L6.48 22H3.36l7.24-8.28L2.96 2h6.4l4.42 5.84L18.9 2zm-1.1 18.13h1.73L8.32 3.78H6.46l11.34 16.35z"/></symbol>
<symbol id="ico-mail" viewBox="0 0 24 24"><path d="M20 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z"/></symbol>
<symbol id="ico-print" viewBox="0 0 24 24"><path d="M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1zm-1-9H6v4h12V3z"/></symbol>
<symbol id="ico-talk" viewBox="0 0 24 24"><path d="M21 6h-2v9H6v2c0 .55.45 1 1 1h11l4 4V7c0-.55-.45-1-1-1zm-4 6V3c0-.55-.45-1-1-1H3c-.55 0-1 .45-1 1v14l4-4h10c.55 0 1-.45 1-1z"/></symbol>
<symbol id="ico-clock" viewBox="0 0 24 24"><path d="M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z"/></symbol>
<symbol id="ico-sun" viewBox="0 0 24 24"><path d="M6.76 4.84l-1.8-1.79-1.41 1.41 1.79 1.79 1.42-1.41zM4 10.5H1v2h3v-2zm9-9.95h-2V3.5h2V.55zm7.45 3.91l-1.41-1.41-1.79 1.79 1.41 1.41 1.79-1.79zm-3.21 13.7l1.79 1.8 1.41-1.41-1.8-1.79-1.4 1.4zM20 10.5v2h3v-2h-3zm-8-5c-3.31 0-6 2.69-6 6s2.69 6 6 6 6-2.69 6-6-2.69-6-6-6zm-1 16.95h2V19.5h-2v2.95zm-7.45-3.91l1.41 1.41 1.79-1.8-1.41-1.41-1.79 1.8z"/></symbol>
<symbol id="ico-menu" viewBox="0 0 24 24"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"/></symbol>
<symbol id="ico-play" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"/></symbol>
</svg>"""

CSS = """
/* hg-portal 5.2 | rtl | build 2311 */
html,body,div,span,h1,h2,h3,h4,h5,p,a,img,ul,ol,li,figure,figcaption,table,tr,td,th,form,label,input,button,aside,article,header,footer,nav,section,time{margin:0;padding:0;border:0;font-size:100%;vertical-align:baseline}
*,*:before,*:after{box-sizing:border-box}
body{font-family:"Heebo","Assistant",Arial,Helvetica,sans-serif;font-size:16px;line-height:1.55;color:#222;background:#eceef0;direction:rtl;text-align:right}
a{color:#0a3d73;text-decoration:none}a:hover{text-decoration:underline;color:#d2232a}
ul,ol{list-style:none}img{max-width:100%;height:auto;display:block}
.hg-container{width:1180px;max-width:100%;margin:0 auto;padding:0 12px}
.hg-skip a{position:absolute;right:-9999px;top:0;background:#000;color:#fff;padding:6px 10px}.hg-skip a:focus{right:10px;z-index:1000}
.hg-topbar{background:#0a3d73;color:#dfe8f2;font-size:13px;height:32px;line-height:32px;overflow:hidden}
.hg-topbar .hg-today{float:right}.hg-topbar .hg-today .sep{margin:0 8px;color:#7b9dc4}
.hg-topbar .hg-weather{float:right;margin-right:28px}.hg-topbar .hg-weather span{margin-left:12px}.hg-topbar .hg-weather b{color:#ffd34d;font-weight:500}
.hg-topbar .hg-toplinks{float:left}.hg-topbar .hg-toplinks a{color:#fff;margin-right:14px;font-size:12px}
.hg-header{background:#fff;padding:14px 0;border-bottom:4px solid #d2232a}
.hg-header .hg-container{display:flex;align-items:center;justify-content:space-between}
.hg-logo{display:block;width:250px;height:70px;background:url(/static/img/hg-logo.svg) no-repeat right center;background-size:contain;text-indent:-9999px;overflow:hidden}
.hg-logo-slogan{display:block;font-size:12px;color:#777;margin-top:-4px}
.hg-search{display:flex;border:1px solid #cfd6de;border-radius:3px;overflow:hidden}.hg-search input{width:190px;height:34px;padding:0 10px;border:0;font-family:inherit;font-size:14px}
.hg-search button{width:38px;background:#0a3d73;border:0;cursor:pointer}.hg-search button svg{width:18px;height:18px;fill:#fff}
.hg-nav{background:#13508f;position:sticky;top:0;z-index:60;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.hg-nav>.hg-container>ul{display:flex;flex-wrap:wrap}.hg-nav>.hg-container>ul>li{position:relative}
.hg-nav>.hg-container>ul>li>a{display:block;padding:0 13px;line-height:44px;color:#fff;font-weight:700;font-size:15px}
.hg-nav>.hg-container>ul>li.on>a,.hg-nav>.hg-container>ul>li>a:hover{background:#d2232a;text-decoration:none}
.hg-nav .hg-sub{display:none;position:absolute;top:44px;right:0;min-width:200px;background:#fff;border-top:3px solid #d2232a;box-shadow:0 8px 16px rgba(0,0,0,.18);z-index:70}
.hg-nav li:hover>.hg-sub{display:block}.hg-nav .hg-sub a{display:block;padding:7px 14px;color:#222;font-size:14px;border-bottom:1px solid #eef0f2}
.hg-nav .hg-burger{display:none;background:none;border:0;padding:8px;cursor:pointer}.hg-nav .hg-burger svg{width:26px;height:26px;fill:#fff}
.hg-flash{background:#fff;border:1px solid #dde2e7;margin:12px 0;height:38px;display:flex;align-items:center;overflow:hidden}
.hg-flash .lbl{background:#d2232a;color:#fff;font-weight:700;padding:0 14px;line-height:38px;white-space:nowrap}
.hg-flash ul{display:flex;white-space:nowrap;animation:hgmarq 55s linear infinite}.hg-flash li{padding:0 22px;font-size:14px}.hg-flash li time{color:#d2232a;font-weight:700;margin-left:6px}
@keyframes hgmarq{0%{transform:translateX(-100%)}100%{transform:translateX(100%)}}
.hg-ad{background:#f4f5f6;position:relative;margin:0 auto 16px;text-align:center;overflow:hidden}
.hg-ad:before{content:"פרסומת";position:absolute;top:1px;left:6px;font-size:10px;color:#9aa3ac}
.hg-ad-lb{width:970px;height:90px;max-width:100%}.hg-ad-box{width:300px;height:250px}.hg-ad-half{width:300px;height:600px}.hg-ad-inread{width:100%;min-height:280px;margin:20px 0}
.hg-ad-strip{width:100%;height:120px}
.hg-layout{display:flex;gap:24px;align-items:flex-start}.hg-main{flex:1;min-width:0}.hg-side{width:300px;flex-shrink:0}
.hg-crumbs{font-size:13px;color:#6b7580;margin:6px 0 10px}.hg-crumbs li{display:inline}.hg-crumbs li+li:before{content:"\\203A";margin:0 6px;color:#a3acb5}
.hg-art{background:#fff;padding:22px 26px 26px;margin-bottom:20px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.hg-kicker{display:inline-block;color:#d2232a;font-weight:700;font-size:15px;margin-bottom:4px}
.hg-art h1{font-size:36px;line-height:1.22;font-weight:800;color:#111;margin-bottom:10px;letter-spacing:-.3px}
.hg-subtitle{font-size:20px;line-height:1.45;font-weight:400;color:#3a434c;margin-bottom:14px}
.hg-authline{display:flex;flex-wrap:wrap;align-items:center;gap:10px;border-top:1px solid #e6e9ec;border-bottom:1px solid #e6e9ec;padding:8px 0;margin-bottom:14px;font-size:14px;color:#5b6570}
.hg-authline .hg-authors a{font-weight:700;color:#0a3d73}.hg-authline .hg-authors img{width:34px;height:34px;border-radius:50%;display:inline-block;vertical-align:middle;margin-left:6px}
.hg-authline .hg-pub{color:#5b6570}.hg-authline .hg-upd{color:#8a939c}.hg-authline .hg-talk{margin-right:auto;color:#d2232a;font-weight:700}
.hg-authline .hg-talk svg{width:16px;height:16px;fill:#d2232a;display:inline-block;vertical-align:middle;margin-left:3px}
.hg-share{display:flex;gap:6px;margin-bottom:16px}.hg-share a{display:flex;align-items:center;justify-content:center;width:36px;height:36px;border-radius:50%}
.hg-share svg{width:18px;height:18px;fill:#fff}.hg-share .wa{background:#25d366}.hg-share .fb{background:#1877f2}.hg-share .tw{background:#0f1419}.hg-share .ml{background:#7a8590}.hg-share .pr{background:#a0a8b0}
.hg-fig{margin:0 0 16px}.hg-fig img{width:100%}.hg-fig figcaption{font-size:13px;color:#5b6570;padding:6px 2px;border-bottom:1px solid #eef0f2}.hg-fig figcaption .cr{color:#9aa3ac;margin-right:4px}
.hg-text p{font-size:19px;line-height:1.7;margin-bottom:18px;color:#1d2329}
.hg-text h2,.hg-text h3{font-size:23px;font-weight:800;color:#0a3d73;margin:26px 0 10px}
.hg-text ul.hg-bul{list-style:disc;padding-right:26px;margin-bottom:18px}.hg-text ul.hg-bul li{font-size:18px;line-height:1.6;margin-bottom:6px}
.hg-text blockquote{border-right:5px solid #13508f;background:#f3f6fa;padding:12px 18px;margin:0 0 18px;font-size:19px;font-style:italic}
.hg-text .hg-pull{float:left;width:250px;margin:4px 18px 10px 0;padding:12px 0;border-top:3px solid #d2232a;border-bottom:3px solid #d2232a;font-size:21px;font-weight:700;color:#0a3d73;line-height:1.35}
.hg-text table.hg-data{width:100%;border-collapse:collapse;margin:0 0 8px;font-size:16px}
.hg-text table.hg-data th{background:#13508f;color:#fff;padding:7px 8px;text-align:right}.hg-text table.hg-data td{border-bottom:1px solid #e3e7eb;padding:7px 8px}
.hg-text table.hg-data tr:nth-child(even) td{background:#f7f9fb}.hg-text .hg-src{font-size:13px;color:#6b7580;margin-bottom:18px}
.hg-text .hg-note{background:#fff8e1;border:1px solid #f0d98a;padding:10px 14px;font-size:15px;margin:0 0 18px}
.hg-video{position:relative;padding-top:56.25%;background:#000;margin:0 0 18px}.hg-video iframe{position:absolute;top:0;right:0;width:100%;height:100%;border:0}
.hg-video-cap{font-size:13px;color:#5b6570;margin:-12px 0 18px}
.hg-tags{margin:22px 0 12px;font-size:14px}.hg-tags b{margin-left:6px}.hg-tags a{display:inline-block;background:#eef2f6;border-radius:14px;padding:3px 12px;margin:0 0 6px 6px;color:#13508f}
.hg-bio{display:flex;gap:14px;background:#f5f7f9;padding:14px;margin:18px 0;font-size:14px;color:#3a434c}.hg-bio img{width:72px;height:72px;border-radius:50%}.hg-bio b{display:block;font-size:16px;color:#111}
.hg-box{background:#fff;margin-bottom:20px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.hg-box h3{font-size:19px;font-weight:800;color:#0a3d73;padding:10px 14px;border-bottom:3px solid #d2232a}
.hg-rel ul{display:grid;grid-template-columns:repeat(2,1fr);gap:14px;padding:14px}.hg-rel li a{display:block;font-weight:700;font-size:16px;color:#111;line-height:1.35}
.hg-rel li img{margin-bottom:6px}.hg-rel li .d{display:block;font-size:12px;color:#8a939c;font-weight:400;margin-top:3px}
.hg-spons ul{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;padding:14px}.hg-spons .lab{display:block;font-size:11px;color:#9aa3ac}.hg-spons a{font-size:14px;font-weight:700;color:#222}
.hg-more li{padding:8px 14px;border-bottom:1px solid #eef0f2;font-size:15px}
.hg-talkbacks .tb{padding:10px 14px;border-bottom:1px solid #eef0f2}.hg-talkbacks .tb .n{font-weight:800;color:#111;font-size:15px}
.hg-talkbacks .tb .w{font-size:12px;color:#8a939c;margin-right:8px}.hg-talkbacks .tb .b{font-size:15px;margin-top:3px}.hg-talkbacks .tb .num{color:#d2232a;font-weight:800;margin-left:6px}
.hg-talkbacks form{padding:12px 14px}.hg-talkbacks input,.hg-talkbacks textarea{width:100%;border:1px solid #cfd6de;padding:7px;margin-bottom:8px;font-family:inherit;font-size:14px}
.hg-talkbacks button{background:#0a3d73;color:#fff;border:0;padding:7px 20px;font-family:inherit;font-weight:700;cursor:pointer}
.hg-mostread ol{counter-reset:mr;padding:6px 14px}.hg-mostread li{counter-increment:mr;display:flex;gap:10px;padding:9px 0;border-bottom:1px solid #eef0f2;font-size:15px;font-weight:700}
.hg-mostread li:before{content:counter(mr);color:#d2232a;font-size:26px;line-height:1;font-weight:800;min-width:22px}
.hg-flashbox li{padding:7px 14px;border-bottom:1px solid #eef0f2;font-size:14px}.hg-flashbox time{color:#d2232a;font-weight:700;margin-left:6px}.hg-flashbox .all{display:block;text-align:left;padding:8px 14px;font-size:13px}
.hg-cols li{display:flex;gap:10px;padding:10px 14px;border-bottom:1px solid #eef0f2}.hg-cols img{width:50px;height:50px;border-radius:50%}.hg-cols .n{display:block;font-size:12px;color:#d2232a}.hg-cols .t{font-weight:700;font-size:15px}
.hg-nl{background:#13508f;color:#fff;padding:16px;margin-bottom:20px}.hg-nl h4{font-size:18px;margin-bottom:4px}.hg-nl p{font-size:14px;color:#d5e2f0}
.hg-nl input{width:100%;height:38px;border:0;padding:0 10px;margin:10px 0 6px;font-family:inherit}.hg-nl button{width:100%;height:38px;background:#d2232a;color:#fff;border:0;font-weight:700;font-family:inherit;cursor:pointer}
.hg-nl small{display:block;font-size:11px;color:#b9cde3;margin-top:6px}
.hg-shabbat table{width:100%;font-size:14px;border-collapse:collapse}.hg-shabbat td{padding:6px 14px;border-bottom:1px solid #eef0f2}.hg-shabbat td+td{text-align:left;font-weight:700}
.hg-footer{background:#0b2743;color:#b8c7d8;margin-top:30px;padding:30px 0 0;font-size:14px}
.hg-footer .cols{display:flex;gap:28px}.hg-footer .col{flex:1}.hg-footer h5{color:#fff;font-size:16px;margin-bottom:10px;padding-bottom:6px;border-bottom:1px solid #21466d}
.hg-footer li{padding:3px 0}.hg-footer a{color:#b8c7d8}.hg-footer .hg-locs{margin-top:22px;line-height:1.9}.hg-footer .hg-locs a{margin-left:12px;white-space:nowrap}
.hg-footer .hg-apps a{display:inline-block;border:1px solid #3d6288;border-radius:4px;padding:5px 12px;margin:0 0 6px 6px}
.hg-footer .hg-legal{border-top:1px solid #21466d;margin-top:24px;padding:14px 0;font-size:12px;text-align:center;color:#8ea4bd}.hg-footer .hg-legal a{margin:0 7px;color:#8ea4bd}
#hg-cookies{position:fixed;bottom:0;right:0;left:0;background:#fff;border-top:3px solid #13508f;box-shadow:0 -4px 14px rgba(0,0,0,.15);padding:16px 22px;display:none;z-index:9999;font-size:14px}
#hg-cookies.show{display:flex;gap:14px;align-items:center}#hg-cookies p{flex:1}#hg-cookies button{border:0;padding:8px 18px;font-family:inherit;font-weight:700;cursor:pointer}
#hg-cookies .ok{background:#13508f;color:#fff}#hg-cookies .more{background:#e6e9ec;color:#222}
.hg-totop{position:fixed;left:16px;bottom:16px;width:40px;height:40px;border-radius:50%;background:#13508f;color:#fff;text-align:center;line-height:40px;display:none}
.hg-a11y{position:fixed;right:0;top:40%;background:#13508f;color:#fff;padding:8px;border-radius:4px 0 0 4px;font-size:12px;z-index:90}
@media (max-width:1000px){.hg-side{display:none}.hg-art h1{font-size:28px}.hg-nav .hg-burger{display:block}.hg-nav>.hg-container>ul{display:none}.hg-rel ul,.hg-spons ul{grid-template-columns:1fr 1fr}.hg-footer .cols{flex-wrap:wrap}}
@media print{.hg-topbar,.hg-nav,.hg-flash,.hg-side,.hg-ad,.hg-share,.hg-footer,#hg-cookies,.hg-talkbacks,.hg-spons{display:none}}
"""

OLD_CSS = """
/* legacy overrides for IE8-IE10, kept from hg-portal 3.x */
.ie8 .hg-nav>.hg-container>ul>li{float:right;display:block}.ie8 .hg-layout{display:block;overflow:hidden}.ie8 .hg-main{float:right;width:856px}.ie8 .hg-side{float:left}
.ie8 .hg-rel ul li{float:right;width:48%;margin-left:2%}.ie8 .hg-spons ul li{float:right;width:23%;margin-left:2%}
.ie8 .hg-footer .cols .col{float:right;width:18%;margin-left:2%}.ie8 .hg-footer .cols{overflow:hidden;zoom:1}
.ie9 .hg-flash ul{animation:none}.ie9 .hg-share a{display:inline-block;text-align:center;line-height:36px}
.lt-ie10 .hg-search input{line-height:34px}.lt-ie10 .hg-nl input{line-height:38px}
.hg-fontsize{float:left;font-size:13px;color:#5b6570}.hg-fontsize a{display:inline-block;width:24px;height:24px;line-height:24px;text-align:center;border:1px solid #cfd6de;margin-right:3px;color:#0a3d73}
.hg-printlink{float:left;margin-right:10px;font-size:13px}
table.hg-layout-tbl{width:100%;border-collapse:collapse}table.hg-layout-tbl td{vertical-align:top}
.hg-old-weather{background:#f7f9fb;border:1px solid #e3e7eb;padding:8px 12px;font-size:13px}.hg-old-weather td{padding:2px 6px}
.clearfix:after{content:".";display:block;height:0;clear:both;visibility:hidden}.clearfix{zoom:1}
"""

CLASSIFIEDS = [
    ("נדל\"ן", "למכירה: דירת 4 חדרים בכרמיאל, נוף פתוח, קומה 3"),
    ("דרושים", "דרוש/ה נהג/ת חלוקה לאזור הקריות, משרה מלאה"),
    ("רכב", "למכירה: רכב משפחתי 2014, יד שנייה, שמור"),
    ("שירותים", "שיעורי עזר במתמטיקה ובאנגלית לתלמידי תיכון"),
    ("נדל\"ן", "להשכרה: יחידת דיור במושב בגליל המערבי"),
    ("דרושים", "מסעדה בטבריה מגייסת טבחים ומלצרים לעונה"),
    ("שונות", "מכירת חצר בשבת בבוקר: רהיטים, ספרים וכלי בית"),
]

HOT_TOPICS = ["הכנרת", "מזג אוויר", "תחבורה ציבורית", "הרכבת לכרמיאל", "נדל\"ן בצפון", "חינוך", "שריפות", "טיולים בצפון",
              "חקלאות", "בריאות", "תיירות", "אוכל", "השוק העתיק", "עגורים", "שלג בחרמון", "פסטיבלים", "ספורט קהילתי",
              "מחירי דירות", "בתי חולים", "עבודות בכבישים"]

HEAD_JS = """<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({"event":"pageMeta","contentType":"article","section":"%(section)s","subSection":"%(sub)s","articleId":"%(aid)s","authorsCount":%(nauth)d,"publishDate":"%(pubymd)s","words":%(words)d,"template":"article-2col","lang":"he"});
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tm.hadashot-hagalil.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-HG71QZ3');
</script>
<script>
var hgAds=window.hgAds||{q:[]};
hgAds.q.push(function(){
  hgAds.setNetwork("/21907733/hagalil");
  hgAds.slot("top_970",[[970,90],[970,250],[728,90]],"hg-ad-top");
  hgAds.slot("side_box_1",[[300,250]],"hg-ad-side1");
  hgAds.slot("side_half",[[300,600],[300,250]],"hg-ad-side2");
  hgAds.slot("inread_1",[[300,250],[336,280],[640,360],"fluid"],"hg-ad-inread1");
  hgAds.slot("inread_2",[[300,250],[336,280]],"hg-ad-inread2");
  hgAds.slot("strip_bottom",[[970,90],[728,90]],"hg-ad-bottom");
  hgAds.target({sec:"%(section)s",sub:"%(sub)s",aid:"%(aid)s",lang:"he"});
  hgAds.lazyLoad({fetchMarginPercent:200,renderMarginPercent:80});
  hgAds.refresh({interval:45,viewableOnly:true});
});
</script>
<script async src="https://static.hadashot-hagalil.example/js/hg-ads.4.1.min.js"></script>
<script>
window.hgConsent={cookieName:"hg_cc",version:3,lang:"he",defaults:{necessary:true,analytics:false,ads:false,social:false},
 vendors:["hg-stats","hg-ads","video-cdn","social-widgets","recommend-engine"],policyUrl:"/privacy/#cookies",expiresDays:180};
</script>
"""

OLD_HEAD_JS = """<script type="text/javascript">
var _hgq=_hgq||[];_hgq.push(["_setAccount","HG-20931-1"]);_hgq.push(["_setDomainName","hadashot-hagalil.example"]);_hgq.push(["_trackPageview"]);
(function(){var ga=document.createElement("script");ga.type="text/javascript";ga.async=true;ga.src="https://stats.hadashot-hagalil.example/legacy/hgq.js";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ga,s);})();
var hgZones={top:"4411",side1:"4412",side2:"4413",inread1:"4414",inread2:"4415",bottom:"4416"};
function hgAd(z,w,h){document.write('<iframe src="https://ads.hadashot-hagalil.example/serve.aspx?zone='+hgZones[z]+'&amp;w='+w+'&amp;h='+h+'&amp;rnd='+Math.floor(Math.random()*1e8)+'" width="'+w+'" height="'+h+'" frameborder="0" scrolling="no"></iframe>');}
function hgFont(step){var el=document.getElementById("hgText");if(!el)return false;var cur=parseInt(el.getAttribute("data-size")||"19",10)+step;
 if(cur<15)cur=15;if(cur>27)cur=27;el.setAttribute("data-size",cur);var p=el.getElementsByTagName("p");for(var i=0;i<p.length;i++){p[i].style.fontSize=cur+"px";}return false;}
function hgPop(u){window.open(u,"hgshare","width=620,height=460,toolbar=0,status=0,resizable=1");return false;}
function hgSetCookie(n,v,d){var e=new Date();e.setTime(e.getTime()+d*86400000);document.cookie=n+"="+escape(v)+"; expires="+e.toGMTString()+"; path=/";}
function hgGetCookie(n){var c=document.cookie.split("; ");for(var i=0;i<c.length;i++){var p=c[i].split("=");if(p[0]==n)return unescape(p[1]);}return null;}
function hgTalkback(f){if(!f.elements["tb_name"].value||!f.elements["tb_body"].value){alert("נא למלא שם ותגובה");return false;}
 if(f.elements["tb_body"].value.length>1000){alert("התגובה ארוכה מדי");return false;}hgSetCookie("hg_tb_name",f.elements["tb_name"].value,365);return true;}
function hgMarquee(id,sp){var el=document.getElementById(id);if(!el)return;var ul=el.getElementsByTagName("ul")[0],x=0;
 window.setInterval(function(){x+=1;if(x>ul.scrollWidth)x=-el.offsetWidth;ul.style.marginRight=(-x)+"px";},sp||35);}
</script>
"""

FOOT_JS = """<script>
(function(){
 function gc(n){var m=document.cookie.match(new RegExp("(?:^|; )"+n+"=([^;]*)"));return m?decodeURIComponent(m[1]):null;}
 var cb=document.getElementById("hg-cookies");
 if(cb&&!gc("hg_cc")){cb.className="show";}
 if(cb){cb.querySelector(".ok").addEventListener("click",function(){document.cookie="hg_cc=all;max-age="+(180*86400)+";path=/;samesite=lax";cb.className="";
  window.dataLayer&&dataLayer.push({event:"consent_update",analytics:true,ads:true});});}
 var tt=document.querySelector(".hg-totop");window.addEventListener("scroll",function(){if(tt){tt.style.display=window.pageYOffset>700?"block":"none";}},{passive:true});
 document.querySelectorAll(".hg-share a[data-net]").forEach(function(a){a.addEventListener("click",function(){window.dataLayer&&dataLayer.push({event:"share",network:a.getAttribute("data-net")});});});
 var bg=document.querySelector(".hg-burger");if(bg){bg.addEventListener("click",function(){document.body.classList.toggle("menu-open");});}
})();
</script>
<script>
(function(){var s=document.createElement("script");s.async=true;s.src="https://rec.hadashot-hagalil.example/widget.js?site=hg&pos=article_bottom";document.body.appendChild(s);})();
</script>
<noscript><img src="https://stats.hadashot-hagalil.example/px.gif?s=hg&amp;nojs=1" width="1" height="1" alt=""></noscript>
"""

OLD_FOOT_JS = """<script type="text/javascript" src="https://static.hadashot-hagalil.example/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
if(window.jQuery){jQuery(function($){hgMarquee("hgFlash",30);$(".hg-nav li").hover(function(){$(this).children(".hg-sub").stop(true,true).slideDown(120);},function(){$(this).children(".hg-sub").hide();});
$(".hg-totop").click(function(){$("html,body").animate({scrollTop:0},300);return false;});});}
</script>
<script type="text/javascript">document.write('<img src="https://stats.hadashot-hagalil.example/c.aspx?r='+escape(document.referrer)+'&amp;p='+escape(location.pathname)+'" width="1" height="1" alt="">');</script>
"""


def pick(seed, n, off=0, src=POOL):
    return [src[(seed * 7 + off + i * 5) % len(src)] for i in range(n)]


# ---------------------------------------------------------------- page weight (markup, not words)
import random as _random

_SYL1 = ["Ad", "Bel", "Cor", "Dal", "Ev", "Fen", "Gal", "Hol", "Ist", "Jor", "Kel", "Lum", "Mar", "Nov", "Ost",
         "Pel", "Quen", "Rav", "Sol", "Tam", "Ulv", "Ver", "Wex", "Yar", "Zel"]
_SYL2 = ["ora", "ynx", "ida", "ent", "ova", "eq", "amo", "isto", "urel", "ax", "oni", "elle", "ivo", "umba"]
_KIND = ["Media", "Analytics", "Ads", "Labs", "Data", "Digital", "Exchange", "Audience", "Metrics", "Signals"]


def svg_sprite(seed, names, prefix="i"):
    """An inline SVG symbol sprite: icons as path data (deterministic per seed)."""
    rnd = _random.Random(seed)
    out = []
    for n in names:
        d = [f"M{rnd.uniform(1, 23):.2f} {rnd.uniform(1, 23):.2f}"]
        for _ in range(rnd.randint(10, 34)):
            c = rnd.choice("cclshvaz")
            if c == "c":
                d.append("c" + " ".join(f"{rnd.uniform(-6, 6):.3f}" for _ in range(6)))
            elif c == "s":
                d.append("s" + " ".join(f"{rnd.uniform(-6, 6):.3f}" for _ in range(4)))
            elif c == "l":
                d.append(f"l{rnd.uniform(-8, 8):.2f} {rnd.uniform(-8, 8):.2f}")
            elif c in "hv":
                d.append(f"{c}{rnd.uniform(-9, 9):.2f}")
            elif c == "a":
                r = rnd.uniform(1, 9)
                d.append(f"a{r:.2f} {r:.2f} 0 {rnd.randint(0, 1)} {rnd.randint(0, 1)} {rnd.uniform(-9, 9):.2f} {rnd.uniform(-9, 9):.2f}")
            else:
                d.append(f"zM{rnd.uniform(1, 23):.2f} {rnd.uniform(1, 23):.2f}")
        out.append(f'<symbol id="{prefix}-{n}" viewBox="0 0 24 24"><path fill-rule="evenodd" d="{"".join(d)}z"/></symbol>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true" focusable="false"><defs>{"".join(out)}</defs></svg>'


def cmp_vendors(seed, n, policy_host):
    """A consent manager's vendor list (invented vendors), as a JSON string."""
    rnd = _random.Random(seed)
    vendors = []
    for i in range(n):
        name = f"{rnd.choice(_SYL1)}{rnd.choice(_SYL2)} {rnd.choice(_KIND)}"
        slug = name.lower().replace(" ", "-")
        purposes = sorted(rnd.sample(range(1, 12), rnd.randint(1, 6)))
        vendors.append({"id": 10 + i * 7 + rnd.randint(0, 6), "name": name, "purposes": purposes,
                        "legIntPurposes": sorted(rnd.sample([p for p in range(2, 12) if p not in purposes], rnd.randint(0, 3))),
                        "specialPurposes": sorted(rnd.sample([1, 2, 3], rnd.randint(0, 2))), "features": sorted(rnd.sample([1, 2, 3], rnd.randint(0, 3))),
                        "cookieMaxAgeSeconds": rnd.choice([86400, 2592000, 31536000, 34164000, None]), "usesCookies": rnd.random() > .1,
                        "cookieRefresh": rnd.random() > .5, "usesNonCookieAccess": rnd.random() > .6,
                        "urls": [{"langId": "en", "privacy": f"https://{slug}.{policy_host}/privacy", "legIntClaim": f"https://{slug}.{policy_host}/legitimate-interest"}],
                        "deviceStorageDisclosureUrl": f"https://{slug}.{policy_host}/devicestorage.json"})
    return _json.dumps({"gvlSpecificationVersion": 3, "vendorListVersion": 80 + seed % 70, "tcfPolicyVersion": 5,
                        "lastUpdated": "2024-11-07T16:00:00Z", "vendors": vendors}, separators=(",", ":"))


def picture(src, widths, alt="", cls="", ratio=(16, 9), lazy=True, sizes="100vw"):
    """A responsive <picture> with AVIF/WebP/JPEG sources."""
    h = lambda w: w * ratio[1] // ratio[0]
    srcs = lambda ext: ", ".join(f"{src}-{w}x{h(w)}.{ext} {w}w" for w in widths)
    w0 = widths[len(widths) // 2]
    c = f' class="{cls}"' if cls else ""
    load = ' loading="lazy" decoding="async"' if lazy else ' fetchpriority="high"'
    return (f'<picture{c}><source type="image/avif" srcset="{srcs("avif")}" sizes="{sizes}">'
            f'<source type="image/webp" srcset="{srcs("webp")}" sizes="{sizes}">'
            f'<img src="{src}-{w0}x{h(w0)}.jpg" srcset="{srcs("jpg")}" sizes="{sizes}" width="{w0}" height="{h(w0)}" alt="{alt}"{load}></picture>')

SPRITE2 = svg_sprite(20931, ["wa", "fb", "tw", "mail", "print", "search", "menu", "talk", "clock", "camera", "video", "sun", "cloud",
                             "rain", "storm", "wind", "chevron", "arrow", "bell", "user", "star", "close"], "hg-i")


def viewstate(a):
    """The ASP.NET __VIEWSTATE of the old CMS's article page (serialized control state, base64)."""
    import base64
    rnd = _random.Random(int(a["aid"]))
    raw = bytes(rnd.getrandbits(8) for _ in range(9000 + rnd.randint(0, 3000)))
    return "/wEPDwUK" + base64.b64encode(raw).decode("ascii")


def weather_data(a):
    """The weather widget's data: a week's forecast for the localities of the region (script data, not text)."""
    rnd = _random.Random(a["seed"] * 17)
    locs = []
    for i, loc in enumerate(LOCALITIES):
        locs.append({"id": 100 + i, "name": loc, "days": [{"d": k, "min": rnd.randint(3, 18), "max": rnd.randint(12, 31),
                                                           "icon": rnd.choice(["sun", "cloud", "rain", "storm", "wind"]),
                                                           "hum": rnd.randint(30, 95), "wind": rnd.randint(5, 45)} for k in range(7)]})
    return _json.dumps({"updated": a["view"].strftime("%Y-%m-%dT%H:00"), "localities": locs}, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- rendering

def render_body(a, E):
    out, blocks = [], []
    if a.get("dek"):
        blocks.append(Block("paragraph", a["dek"], optional=True))
    ad_n = 0
    for p in a["parts"]:
        k = p[0]
        if k == "p":
            out.append(f"{E.t(p[1])}<br><br>" if a.get("br_runs") else f"<p>{E.t(p[1])}</p>")
            blocks.append(Block("paragraph", p[1]))
        elif k == "h":
            out.append(f"<h2>{E.t(p[1])}</h2>" if a["seed"] % 2 else f"<h3 class=\"hg-inter\">{E.t(p[1])}</h3>")
            blocks.append(Block("heading", p[1]))
        elif k == "ul":
            out.append('<ul class="hg-bul">' + "".join(f"<li>{E.t(x)}</li>" for x in p[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in p[1]]
        elif k == "quote":
            out.append(f"<blockquote><p>{E.t(p[1])}</p></blockquote>")
            blocks.append(Block("quote", p[1]))
        elif k == "pull":
            out.append(f'<aside class="hg-pull" aria-hidden="true">{E.t(p[1])}</aside>')
            blocks.append(Block("quote", p[1], optional=True))
        elif k == "table":
            rows, src = p[1], p[2]
            t = ['<table class="hg-data"><thead><tr>' + "".join(f"<th>{E.t(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            t += ["<tr>" + "".join(f"<td>{E.t(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append("".join(t) + "</tbody></table>")
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            if src:
                out.append(f'<p class="hg-src">{E.t(src)}</p>')
                blocks.append(Block("caption", src, optional=True))
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="hg-fig"><img src="{MEDIA}/{img}" alt="{E.a(cap)}" width="780" height="440" loading="lazy">'
                       f'<figcaption>{E.t(cap)} <span class="cr">{E.t(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "note":
            out.append(f'<p class="hg-note">{E.t(p[1])}</p>')
            blocks.append(Block("note", p[1], optional=True))
        elif k == "ad":
            ad_n += 1
            if a["old"]:
                out.append(f'<div class="hg-ad hg-ad-inread" id="hg-ad-inread{ad_n}"><script type="text/javascript">hgAd("inread{ad_n}",300,250);</script></div>')
            else:
                out.append(f'<div class="hg-ad hg-ad-inread" id="hg-ad-inread{ad_n}" data-slot="inread_{ad_n}"></div>')
        elif k == "video":
            _, vid, title = p
            out.append(f'<div class="hg-video"><iframe src="https://player.hadashot-hagalil.example/embed/{vid}?autoplay=0&amp;mute=1" '
                       f'title="{E.a(title)}" allow="encrypted-media; fullscreen" loading="lazy"></iframe></div>'
                       f'<p class="hg-video-cap">וידאו: {E.t(title)}</p>')
    return "\n".join(out), blocks


def authline(a, E):
    pub, upd = a["pub"], a.get("upd")
    names = []
    for name, slug in a["authors"]:
        img = "" if a["old"] else f'<img src="{MEDIA}/writers/{slug}.jpg" alt="" width="34" height="34">'
        names.append(f'{img}<a href="/writers/{slug}/" rel="author">{E.t(name)}</a>')
    label = "מאת: " if a["seed"] % 3 else ""
    auth = f'<span class="hg-authors">{label}' + ", ".join(names) + "</span>"
    style = a["date_style"]
    if a["old"]:
        if style == "dots":
            when = f'<span class="hg-pub" id="ctl00_ContentPlaceHolder1_lblDate">פורסם: {dots(pub)}, {pub:%H:%M}</span>'
        else:
            when = f'<span class="hg-pub" id="ctl00_ContentPlaceHolder1_lblDate">{he_long(pub)}</span>'
    elif style == "dots":
        when = f'<span class="hg-pub">פורסם: <time datetime="{iso(pub)}">{dots(pub)}, {pub:%H:%M}</time></span>'
    elif style == "heb":
        when = f'<time class="hg-pub" datetime="{iso(pub)}">{he_long(pub)}</time>'
    else:
        when = f'<time class="hg-pub hg-rel" datetime="{iso(pub)}">{a["rel"]}</time>'
    if upd and not a["old"]:
        if style == "heb":
            when += f' <span class="hg-upd">עודכן: <time datetime="{iso(upd)}">{he_long(upd, weekday=False)}</time></span>'
        else:
            when += f' <span class="hg-upd">עודכן: <time datetime="{iso(upd)}">{dots(upd)}, {upd:%H:%M}</time></span>'
    talk = ""
    if a.get("talkbacks"):
        talk = f'<a class="hg-talk" href="#talkbacks"><svg><use href="#ico-talk"/></svg>{len(a["talkbacks"])} תגובות</a>'
    return f'<div class="hg-authline">{auth}<span class="sep">|</span>{when}{talk}</div>'


def share_bar(a, E, where):
    u = canonical(a["url"])
    return (f'<div class="hg-share hg-share-{where}">'
            f'<a class="wa" data-net="whatsapp" href="https://wa.example/send?text={u}" title="שיתוף בוואטסאפ"><svg><use href="#ico-wa"/></svg></a>'
            f'<a class="fb" data-net="facebook" href="https://facebook.example/sharer?u={u}" title="שיתוף בפייסבוק"><svg><use href="#ico-fb"/></svg></a>'
            f'<a class="tw" data-net="x" href="https://x.example/intent/post?url={u}" title="שיתוף בטוויטר"><svg><use href="#ico-tw"/></svg></a>'
            f'<a class="ml" data-net="mail" href="mailto:?subject={E.a(a["headline"])}&amp;body={u}" title="שליחה במייל"><svg><use href="#ico-mail"/></svg></a>'
            f'<a class="pr" data-net="print" href="javascript:window.print()" title="הדפסה"><svg><use href="#ico-print"/></svg></a></div>')


def page(a):
    old = a["old"]
    E = Esc(a.get("refs", False))
    pub, view = a["pub"], a["view"]
    sec = next(n for n in NAV if n[0] == a["section"])
    url = a["url"]
    canon = canonical(url)
    body_html, blocks = render_body(a, E)
    words = sum(len(b.text.split()) for b in blocks if not b.optional)
    charset = "windows-1255" if a["codec"] == "cp1255" else "utf-8"

    h = ["<!DOCTYPE html>", '<html lang="he" dir="rtl">', "<head>", f'<meta charset="{charset}">']
    h.append('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append(f"<title>{E.t(a['headline'] if a.get('title_bare') else a['title'])}</title>")
    h.append(f'<meta name="description" content="{E.a(a["desc"])}">')
    h.append(f'<meta name="keywords" content="{E.a(", ".join(a["tags"]))}">')
    h.append('<meta name="robots" content="index, follow, max-image-preview:large">')
    h.append(f'<link rel="canonical" href="{canon}">')
    h.append('<meta property="og:locale" content="he_IL">')
    h.append(f'<meta property="og:site_name" content="{NAME}">')
    h.append('<meta property="og:type" content="article">')
    h.append(f'<meta property="og:title" content="{E.a(a["og_title"])}">')
    h.append(f'<meta property="og:description" content="{E.a(a["desc"])}">')
    h.append(f'<meta property="og:url" content="{canon}">')
    h.append(f'<meta property="og:image" content="{MEDIA}/{a["image"]}">')
    if (not old or a["date_style"] == "heb") and not a.get("no_meta_date"):  # the oldest template had no date meta; some new stories none either
        h.append(f'<meta property="article:published_time" content="{iso(a.get("meta_pub") or pub)}">')
    if a.get("meta_author"):
        h.append(f'<meta name="author" content="{E.a(a["meta_author"])}">')
    if a.get("upd"):
        h.append(f'<meta property="article:modified_time" content="{iso(a["upd"])}">')
    h.append(f'<meta property="article:section" content="{sec[1]}">')
    for t in a["tags"]:
        h.append(f'<meta property="article:tag" content="{E.a(t)}">')
    h.append('<meta property="fb:app_id" content="318204467721905">')
    h.append('<meta name="twitter:card" content="summary_large_image">')
    h.append('<meta name="twitter:site" content="@hadashot_hagalil">')
    h.append(f'<meta name="twitter:title" content="{E.a(a["og_title"])}">')
    h.append(f'<meta name="twitter:image" content="{MEDIA}/{a["image"]}">')
    h.append(f'<meta name="hg:article-id" content="{a["aid"]}">')
    h.append('<link rel="shortcut icon" href="/favicon.ico"><link rel="apple-touch-icon" href="/static/img/touch-icon-180.png">')
    h.append('<link rel="alternate" type="application/rss+xml" title="חדשות הגליל - מבזקים" href="/rss/flash.xml">')
    if not old:
        h.append(f'<link rel="preconnect" href="{MEDIA}"><link rel="preconnect" href="{STATIC}">')
        h.append(f'<link rel="preload" as="font" type="font/woff2" href="{STATIC}/fonts/heebo-700.woff2" crossorigin>')
        ld = {
            "@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": canon},
            "headline": a["og_title"], "description": a["desc"], "inLanguage": "he-IL",
            "image": [f"{MEDIA}/{a['image']}"],
            "datePublished": iso(pub), "dateModified": iso(a.get("upd") or pub),
            "author": ({"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/"} if a.get("ld_org") else
                       [{"@type": "Person", "name": n, "url": f"{HOST}/writers/{s}/"} for n, s in a["authors"]]),
            "publisher": {"@type": "NewsMediaOrganization", "name": NAME,
                          "logo": {"@type": "ImageObject", "url": f"{STATIC}/img/hg-logo-600.png", "width": 600, "height": 120}},
            "articleSection": sec[1], "keywords": a["tags"],
        }
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "ראשי", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": sec[1], "item": HOST + sec[2]},
            {"@type": "ListItem", "position": 3, "name": a["sub"], "item": f"{HOST}{sec[2]}{a['subslug']}/"}]}
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
        h.append('<script type="application/ld+json">' + _json.dumps(crumbs, ensure_ascii=False) + "</script>")
    h.append("<style>" + CSS + (OLD_CSS if old else "") + "</style>")
    if old:
        h.append(OLD_HEAD_JS)
    else:
        h.append(HEAD_JS % {"section": a["section"], "sub": a["subslug"], "aid": a["aid"], "nauth": len(a["authors"]),
                            "pubymd": pub.strftime("%Y-%m-%d"), "words": words})
    h.append("</head>")
    h.append(f'<body class="hg-page hg-article-page sec-{a["section"]}">')
    h.append(SPRITE)
    if old:
        h.append(f'<form name="aspnetForm" method="post" action="article.aspx?id={a["aid"]}" id="aspnetForm">'
                 f'<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">'
                 f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(a)}"></div>')
    else:
        h.append(SPRITE2)
        h.append('<div class="hg-page"><div class="hg-wrap">')
    h.append('<div class="hg-skip"><a href="#main">דלג לתוכן המרכזי</a></div>')
    # top strip
    wx = "".join(f'<span>{c} <b>{t + (a["seed"] * 3) % 9 - 4}&deg;</b></span>' for c, t in WEATHER)
    h.append(f'<div class="hg-topbar"><div class="hg-container"><div class="hg-today">{he_long(view, time=False)}'
             f'<span class="sep">|</span>{heb_date(view.date())}</div><div class="hg-weather">{wx}</div>'
             '<div class="hg-toplinks"><a href="/subscribe/">מנויים</a><a href="/advertise/">פרסמו אצלנו</a><a href="/contact/">צור קשר</a>'
             '<a href="/accessibility/">הצהרת נגישות</a></div></div></div>')
    h.append(f'<header class="hg-header"><div class="hg-container"><div><a class="hg-logo" href="/">{NAME}</a>'
             '<span class="hg-logo-slogan">האתר של הצפון</span></div>'
             '<form class="hg-search" action="/search/" method="get" role="search"><input type="search" name="q" placeholder="חיפוש באתר" aria-label="חיפוש">'
             '<button type="submit" aria-label="חפש"><svg><use href="#ico-search"/></svg></button></form></div></header>')
    # nav
    n = ['<nav class="hg-nav" aria-label="ניווט ראשי"><div class="hg-container"><button class="hg-burger" aria-label="תפריט"><svg><use href="#ico-menu"/></svg></button><ul>']
    for key, label, path, subs in NAV:
        cls = ' class="on"' if key == a["section"] else ""
        sub = ""
        if subs:
            sub = '<ul class="hg-sub">' + "".join(f'<li><a href="{path}s{i + 1}/">{s}</a></li>' for i, s in enumerate(subs)) + "</ul>"
        n.append(f'<li{cls}><a href="{path}">{label}</a>{sub}</li>')
    n.append("</ul></div></nav>")
    h.append("".join(n))
    # flash ticker
    fl = pick(a["seed"], 6, 2, FLASHES)
    base = view.replace(minute=0)
    h.append('<div class="hg-container"><div class="hg-flash" id="hgFlash"><span class="lbl">מבזקים</span><ul>' + "".join(
        f'<li><time>{(base - _dt.timedelta(minutes=17 + 23 * i)):%H:%M}</time><a href="/flash/{a["seed"]}{i:02d}/">{t}</a></li>'
        for i, t in enumerate(fl)) + "</ul></div>")
    if old:
        h.append('<div class="hg-ad hg-ad-lb" id="hg-ad-top"><script type="text/javascript">hgAd("top",970,90);</script></div>')
    else:
        h.append('<div class="hg-ad hg-ad-lb" id="hg-ad-top" data-slot="top_970"></div>')
    if old:
        h.append('<table class="hg-layout-tbl" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="hg-main-td" valign="top">'
                 '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="hg-content-td"><div class="hg-main" id="main">')
    else:
        h.append('<div class="hg-layout"><main class="hg-main" id="main"><div class="hg-main-inner">')
    h.append(f'<ol class="hg-crumbs"><li><a href="/">ראשי</a></li><li><a href="{sec[2]}">{sec[1]}</a></li>'
             f'<li><a href="{sec[2]}{a["subslug"]}/">{a["sub"]}</a></li></ol>')
    # article
    if old:
        h.append(f'<div class="hg-art" id="ctl00_ContentPlaceHolder1_pnlArticle" data-id="{a["aid"]}">')
    else:
        h.append(f'<article class="hg-art" data-id="{a["aid"]}"><div class="hg-art-inner">')
    if a.get("kicker"):
        h.append(f'<span class="hg-kicker">{E.t(a["kicker"])}</span>')
    if old:
        h.append(f'<span class="hg-title" id="ctl00_ContentPlaceHolder1_lblTitle">{E.t(a["headline"])}</span>')
    else:
        h.append(f'<h1 class="hg-title">{E.t(a["headline"])}</h1>')
    if a.get("dek"):
        dek = ncr(a["dek"]) if a.get("dek_ncr") else E.t(a["dek"])
        h.append(f'<h2 class="hg-subtitle">{dek}</h2>')
    h.append(authline(a, E))
    h.append(share_bar(a, E, "top"))
    if old:
        h.append(f'<div class="hg-text" id="ctl00_ContentPlaceHolder1_divText" data-size="19">{body_html}</div>')
    else:
        h.append(f'<div class="hg-text-wrap"><div class="hg-text" id="hgText" data-size="19">{body_html}</div></div>')
    h.append('<div class="hg-tags"><b>תגיות:</b>' + "".join(
        f'<a href="/tags/{a["seed"] * 40 + i + 11}/">{E.t(t)}</a>' for i, t in enumerate(a["tags"])) + "</div>")
    if a.get("bio"):
        bn, bs, bt = a["bio"]
        h.append(f'<div class="hg-bio"><img src="{MEDIA}/writers/{bs}.jpg" alt="" width="72" height="72" loading="lazy">'
                 f'<div><b>{E.t(bn)}</b>{E.t(bt)}</div></div>')
    h.append(share_bar(a, E, "bottom"))
    h.append("</div>" if old else "</div></article>")
    # talkbacks
    if a.get("talkbacks"):
        tb = [f'<section class="hg-box hg-talkbacks" id="talkbacks"><h3>תגובות ({len(a["talkbacks"])})</h3>']
        for i, (nm, when, title, body) in enumerate(a["talkbacks"]):
            tb.append(f'<div class="tb"><span class="num">{i + 1}.</span><span class="n">{E.t(title)}</span> '
                      f'<span class="w">{E.t(nm)} | {when}</span><div class="b">{E.t(body)}</div></div>')
        tb.append('<form action="/talkback/add/" method="post" onsubmit="return typeof hgTalkback==\'function\'?hgTalkback(this):true;">'
                  f'<input type="hidden" name="aid" value="{a["aid"]}"><input type="text" name="tb_name" placeholder="שם">'
                  '<input type="text" name="tb_title" placeholder="כותרת"><textarea name="tb_body" rows="4" placeholder="תוכן התגובה"></textarea>'
                  '<button type="submit">שליחת תגובה</button></form></section>')
        h.append("".join(tb))
    # related
    rel = ['<section class="hg-box hg-rel"><h3>עוד בנושא</h3><ul>']
    for i, (t, when) in enumerate(a["related"]):
        rel.append(f'<li><a href="/article/{a["aid"][:-2]}{i + 21}/"><img src="{MEDIA}/thumbs/{a["seed"]}-{i}.jpg" alt="" width="300" height="170" loading="lazy">'
                   f'{t}<span class="d">{when}</span></a></li>')
    rel.append("</ul></section>")
    h.append("".join(rel))
    h.append('<section class="hg-box hg-spons"><h3>תוכן מקודם</h3><ul>' + "".join(
        f'<li><a href="https://promo.hadashot-hagalil.example/c/{a["seed"]}{i}" rel="sponsored nofollow"><img src="{MEDIA}/promo/{a["seed"]}{i}.jpg" alt="" width="200" height="120" loading="lazy">'
        f'<span class="lab">{lab}</span>{t}</a></li>' for i, (lab, t) in enumerate(SPONSORED)) + "</ul></section>")
    more = pick(a["seed"], 7, 11)
    h.append(f'<section class="hg-box hg-more"><h3>עוד ב{sec[1]}</h3><ul>' + "".join(
        f'<li><a href="{sec[2]}{a["seed"] * 100 + i + 3}/">{t}</a></li>' for i, t in enumerate(more)) + "</ul></section>")
    if old:
        h.append('<div class="hg-ad hg-ad-strip" id="hg-ad-bottom"><script type="text/javascript">hgAd("bottom",970,90);</script></div>')
    else:
        h.append('<div class="hg-ad hg-ad-strip" id="hg-ad-bottom" data-slot="strip_bottom"></div>')
    h.append("</div></td></tr></table></td><td class=\"hg-side-td\" valign=\"top\">" if old else "</div></main>")
    # sidebar
    s = ['<aside class="hg-side">']
    s.append('<div class="hg-ad hg-ad-box" id="hg-ad-side1"' + (' data-slot="side_box_1"></div>' if not old else '><script type="text/javascript">hgAd("side1",300,250);</script></div>'))
    s.append('<section class="hg-box hg-mostread"><h3>הנקראים ביותר</h3><ol>' + "".join(
        f'<li><a href="/popular/{a["seed"]}{i}/">{t}</a></li>' for i, t in enumerate(pick(a["seed"], 6, 1, MOST_READ))) + "</ol></section>")
    if a.get("newsletter"):
        s.append('<div class="hg-nl"><h4>הניוזלטר של הצפון</h4><p>כל מה שקרה בגליל ובגולן, פעם ביום, ישירות למייל.</p>'
                 '<form action="/newsletter/join/" method="post"><input type="email" name="email" placeholder="כתובת דוא&quot;ל" required>'
                 '<button type="submit">הרשמה</button></form><small>בלחיצה על הרשמה אני מאשר/ת קבלת דיוור. ניתן להסיר בכל עת.</small></div>')
    s.append('<section class="hg-box hg-flashbox"><h3>מבזקים</h3><ul>' + "".join(
        f'<li><time>{(base - _dt.timedelta(minutes=9 + 31 * i)):%H:%M}</time>{t}</li>' for i, t in enumerate(pick(a["seed"], 8, 4, FLASHES)))
             + '</ul><a class="all" href="/flash/">לכל המבזקים</a></section>')
    if old: s.append('<section class="hg-box hg-cols"><h3>דעות</h3><ul>' + "".join(
        f'<li><img src="{MEDIA}/writers/col{i}.jpg" alt="" width="50" height="50" loading="lazy"><a href="/opinion/{a["seed"] * 10 + i}/">'
        f'<span class="n">{nm}</span><span class="t">{t}</span></a></li>' for i, (nm, t) in enumerate(COLUMNS)) + "</ul></section>")
    s.append('<div class="hg-ad hg-ad-half" id="hg-ad-side2"' + (' data-slot="side_half"></div>' if not old else '><script type="text/javascript">hgAd("side2",300,600);</script></div>'))
    s.append('<section class="hg-box hg-shabbat"><h3>זמני שבת</h3><table>'
             '<tr><td>חיפה</td><td>16:21 / 17:32</td></tr><tr><td>צפת</td><td>16:14 / 17:30</td></tr>'
             '<tr><td>טבריה</td><td>16:27 / 17:29</td></tr><tr><td>נצרת</td><td>16:24 / 17:31</td></tr></table></section>')
    if old:
        fc = "".join(f'<tr><td>{DAYS[(view.weekday() + i) % 7]}</td><td>{c}</td><td>{lo + (a["seed"] + i) % 4}&deg;-{hi + (a["seed"] * i) % 5}&deg;</td><td>{w}</td></tr>'
                     for i, (c, lo, hi, w) in enumerate([("חיפה", 12, 19, "מעונן חלקית"), ("טבריה", 14, 22, "בהיר"), ("צפת", 7, 14, "גשם קל"),
                                                         ("נהריה", 12, 18, "מעונן"), ("קצרין", 6, 13, "גשם")]))
        s.append('<section class="hg-box hg-old-weather"><h3>תחזית מזג האוויר</h3><table>' + fc + '</table>'
                 '<p class="hg-fontsize">גודל גופן: <a href="#" onclick="return hgFont(1);">+</a><a href="#" onclick="return hgFont(-1);">-</a></p>'
                 '<a class="hg-printlink" href="#" onclick="window.print();return false;">גרסה להדפסה</a><div class="clearfix"></div></section>')
    if old: s.append('<section class="hg-box hg-more hg-classified"><h3>לוח מודעות</h3><ul>' + "".join(
        f'<li><b>{c}:</b> <a href="/classified/{a["seed"] * 50 + i}/">{t}</a></li>' for i, (c, t) in enumerate(CLASSIFIEDS))
             + '</ul><a class="all" href="/classified/new/">פרסמו מודעה בחינם</a></section>')
    s.append("</aside></td></tr></table></div>" if old else "</aside></div></div>")
    h.append("".join(s))
    # footer
    f = ['<footer class="hg-footer"><div class="hg-container"><div class="cols">']
    for i, (hd, items) in enumerate(FOOT):
        f.append(f'<div class="col"><h5>{hd}</h5><ul>' + "".join(f'<li><a href="/p/{i}{j:02d}/">{t}</a></li>' for j, t in enumerate(items)) + "</ul></div>")
    f.append('<div class="col"><h5>האפליקציה שלנו</h5><p class="hg-apps"><a href="/app/ios/">App Store</a><a href="/app/android/">Google Play</a></p>'
             '<h5>עקבו אחרינו</h5><p><a href="https://facebook.example/hadashot.hagalil">פייסבוק</a> · <a href="https://instagram.example/hadashot_hagalil">אינסטגרם</a> · '
             '<a href="https://t.example/hagalil_flash">טלגרם</a> · <a href="https://youtube.example/@hadashothagalil">יוטיוב</a></p></div>')
    f.append('</div><div class="hg-locs"><h5>נושאים חמים</h5>' + "".join(
        f'<a href="/tags/{i + 900}/">{t}</a>' for i, t in enumerate(HOT_TOPICS)) + '</div>')
    f.append('<div class="hg-locs"><h5>חדשות לפי יישוב</h5>' + "".join(
        f'<a href="/local/{i + 101}/">{loc}</a>' for i, loc in enumerate(LOCALITIES)) + "</div>")
    f.append('<div class="hg-legal"><a href="/privacy/">מדיניות פרטיות</a><a href="/terms/">תנאי שימוש</a><a href="/accessibility/">הצהרת נגישות</a>'
             '<a href="/corrections/">תיקונים והבהרות</a><a href="/sitemap/">מפת האתר</a>'
             f'<p>&copy; {view.year} כל הזכויות שמורות לחדשות הגליל בע"מ. אין להעתיק, לשכפל או להפיץ תכנים מהאתר ללא אישור בכתב.</p></div></div></footer>')
    h.append("".join(f))
    h.append('<a class="hg-totop" href="#" aria-label="חזרה לראש העמוד">&#9650;</a>')
    h.append('<a class="hg-a11y" href="/accessibility/" aria-label="תפריט נגישות">נגישות</a>')
    h.append('<script type="text/javascript">var hgWeather = ' + weather_data(a) + ";</script>")
    if old:
        h.append("</form>")
        h.append(OLD_FOOT_JS)
    else:
        h.append("</div></div>")
        h.append('<div id="hg-cookies" role="dialog" aria-live="polite" aria-label="עוגיות"><p>אנחנו משתמשים בעוגיות (cookies) כדי לשפר את '
                 'חוויית הגלישה, למדוד את השימוש באתר ולהציג פרסומות מותאמות. המשך הגלישה מהווה הסכמה לשימוש בעוגיות. '
                 '<a href="/privacy/#cookies">למידע נוסף</a></p><button class="more" type="button">הגדרות</button>'
                 '<button class="ok" type="button">מאשר/ת</button></div>')
        h.append(FOOT_JS)
    h.append("</body>\n</html>\n")
    return "\n".join(h), blocks


ARTICLES = []

# ---------------------------------------------------------------- 01: windows-1255 archive, Kinneret, DD.MM.YY, references
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, codec="cp1255", old=True, refs=True, br_runs=True, section="north", sub="טבריה והכנרת", subslug="s3",
    aid="41877", url=f"{HOST}/article.aspx?id=41877",
    pub=dt(2015, 12, 8, 9, 40), view=dt(2015, 12, 8, 13, 5), date_style="dots",
    headline='מפלס הכנרת עלה ב-11 ס"מ בתוך שבוע; הדייגים בטבריה מקווים לעונה טובה',
    title='מפלס הכנרת עלה ב-11 ס"מ בתוך שבוע; הדייגים בטבריה מקווים לעונה טובה | חדשות הגליל',
    og_title='מפלס הכנרת עלה ב-11 ס"מ בתוך שבוע',
    desc="הגשמים העזים בצפון הזרימו לאגם כמויות מים שלא נראו בדצמבר מזה כמה שנים. במכון המחקר מזהירים: זו רק התחלה.",
    dek='הגשמים העזים שירדו בצפון מאז סוף השבוע הזרימו לאגם כמויות מים שלא נראו כאן בדצמבר מזה כמה שנים. "זו התחלה, לא יותר", מזהירים החוקרים',
    tags=["הכנרת", "טבריה", "מזג אוויר", "דייגים"], image="2015/12/kineret-boats.jpg",
    authors=[("יעל בן-שושן", "yael-ben-shushan")],
    parts=[
        ("fig", "2015/12/kineret-boats.jpg", "סירות דייגים בנמל טבריה, השבוע", "(צילום: עידו ברק)"),
        ("p", 'מפלס הכנרת עלה בשבוע האחרון ב-11 סנטימטרים, בעקבות הגשמים העזים שירדו ברחבי הגליל והגולן מאז יום חמישי שעבר. לפי נתוני הבוקר, המפלס עומד על 212.87 מטרים מתחת לפני הים – 13 סנטימטרים בלבד מעל הקו האדום התחתון.'),
        ("p", 'בתחנות המדידה של מכון גליל למחקרי מים נרשמה ביממה האחרונה זרימה של 38 מטרים מעוקבים בשנייה בנחלים המזינים את האגם, ובהם הירדן ונחל עמוד. "מדובר בזרימה שלא ראינו בדצמבר כבר שלוש או ארבע שנים", אמר ד"ר אלון מרגלית, הידרולוג במכון. "אבל חשוב לזכור שהאגם איבד בקיץ כמעט מטר וחצי. שבוע גשום אחד לא מחזיר את זה".'),
        ("p", 'לדבריו, אם החורף ימשיך בקצב הנוכחי, המפלס עשוי לעלות עד האביב בשניים עד שלושה מטרים. "הכול תלוי בגשם שירד בינואר ובפברואר, ובעיקר בשלג על החרמון, שממנו מגיעים המים באביב", הוסיף.'),
        ("p", 'רשות המים מפרסמת את נתוני המפלס מדי בוקר, ובחורפים גשומים הם הופכים לשיחת היום בצפון. בשנה שעברה ירד המפלס עד 213.10 מטרים מתחת לפני הים, פחות מ-10 סנטימטרים מעל הקו האדום התחתון, והמשאבות של המוביל הארצי הופעלו בהיקף מצומצם במשך רוב הקיץ. לפי הרשות, השאיבה מהאגם תחודש בהיקף מלא רק אם המפלס יעלה מעל 211 מטרים מתחת לפני הים.'),
        ("p", 'מנהל מרכז המבקרים בחוף הצפוני של האגם, משה ביטון, סיפר כי בימים האחרונים הגיעו למקום עשרות מבקרים רק כדי לראות את המים עולים. "אנשים מצלמים את סולם המדידה כמו שמצלמים שקיעה", אמר בחיוך. "בכנרת, מפלס הוא לא רק מספר. הוא מצב רוח של כל הצפון".'),
        ("p", 'לדברי החוקרים במכון, עונת הגשמים הנוכחית התחילה באיחור של כשבועיים לעומת הממוצע, אך עוצמת הגשמים בשבוע האחרון פיצתה על כך במידה רבה. בתחנות המדידה בגליל העליון נמדדו ביממה אחת יותר מ-90 מילימטרים, כמות שלא נרשמה בדצמבר מאז 2013.'),
        ("ad",),
        ("p", 'בנמל הדייגים של טבריה קיבלו את הנתונים בחיוך זהיר. שלומי אזולאי, דייג כבר 30 שנה, סיפר שבשנים היבשות נאלץ להעביר את הסירה פעמיים, כי המזח נשאר על היבש. "כשהמים עולים, הדגים חוזרים למים הרדודים ליד החוף, וגם אנחנו חוזרים לעבוד", אמר. "בשנה שעברה היו לילות שחזרנו עם עשרה קילו אמנון. זה לא מכסה אפילו את הסולר".'),
        ("p", 'ארגון הדייגים העצמאיים בכנרת, המאגד כ-120 דייגים, ביקש בשבוע שעבר להקדים את פתיחת עונת הדיג של האמנון, הנסגרת מדי שנה בחודשי ההטלה. יו"ר הארגון, נעים חורי, אמר כי "המצב של האגם משתפר, והדייגים צריכים פרנסה עכשיו, לא באפריל".'),
        ("p", 'לפי נתוני הארגון, שלל הדיג בכנרת ירד בעשור האחרון ביותר ממחצית, ורבים מהדייגים הצעירים עזבו את המקצוע. "פעם היו כאן משפחות שלמות שחיו מהאגם, אב ובנים על אותה סירה", אמר חורי. "היום רוב הדייגים מעל גיל 50, ומי שנשאר עובד גם בבניין או בתיירות כדי לסגור את החודש".'),
        ("p", 'במכון המחקר מסתייגים מהבקשה. "הלחץ על אוכלוסיית הדגים עדיין גבוה מאוד", אמרה ד"ר רונית שגב, אקולוגית במכון. "עלייה במפלס היא חדשות טובות, אבל הדגה צריכה זמן להתאושש. פתיחה מוקדמת עלולה לפגוע דווקא בעונות הבאות".'),
        ("p", 'בינתיים, הדייגים מנצלים את ימי הסערה לתיקון רשתות ולצביעת סירות. בנמל של טבריה אפשר לראות בימים אלה שורות של רשתות פרושות על המזח, וזקני הדייגים מלמדים את הצעירים איך לקשור מחדש עין שנקרעה. "זה הזמן לעבודות של החורף", אמר אזולאי. "כשהמים יעלו והדגים יחזרו, נרצה להיות מוכנים".'),
        ("p", 'גם בעלי הצימרים בגליל התחתון מקווים שהחורף הגשום יביא איתו עונת תיירות טובה. לדבריהם, כשהכנרת מלאה והנחלים זורמים, מטיילים מכל הארץ מגיעים לראות את המפלים בגולן ואת הנחלים השוצפים, והתפוסה בסופי השבוע של החורף עולה בהתאם.'),
        ("p", 'גם בטיילת של טבריה עוקבים אחרי המפלס. החופים, שהתרחקו בשנים האחרונות עשרות מטרים מהמדרכה, עשויים להתקרב אליה שוב אם המגמה תימשך. "בקיץ שעבר התיירים היו צריכים ללכת חמש דקות עד המים", אמרה רחל דהן, שמפעילה דוכן גלידה ליד המזח. "אם החורף יהיה טוב, אולי נראה שוב גלים מגיעים עד האבנים".'),
        ("p", 'בעיריית טבריה אמרו כי עליית המפלס עשויה לחייב היערכות מחודשת של החופים המוכרזים לקראת הקיץ, שכן חלק ממתקני ההצללה והמלתחות הוצבו בשנים האחרונות על שטחים שהיו בעבר מכוסים במים. "אנחנו שמחים על כל סנטימטר", אמר דובר העירייה, "אבל גם לומדים לתכנן חוף שזז".'),
        ("p", 'על פי התחזית, גשם נוסף צפוי לרדת בצפון בסוף השבוע, בעיקר ביום שישי, ועשוי להוסיף לאגם עוד כמה סנטימטרים.'),
    ],
    related=[("הגשם הראשון הציף רחובות בטבריה התחתית", "02.12.15"), ("כמה מים באמת חסרים בכנרת? המספרים", "24.11.15"),
             ("דייגי הכנרת: \"הדגה במצב הגרוע ביותר מזה עשור\"", "11.11.15"), ("טיילת טבריה תחודש בהשקעה של 12 מיליון שקל", "29.10.15")],
    talkbacks=None,
    entities=[("הכנרת", "LOC"), ("טבריה", "LOC"), ("הגליל", "LOC"), ("הגולן", "LOC"), ("מכון גליל למחקרי מים", "ORG"),
              ("הירדן", "LOC"), ("נחל עמוד", "LOC"), ("אלון מרגלית", "PER"), ("החרמון", "LOC"), ("שלומי אזולאי", "PER"),
              ("ארגון הדייגים העצמאיים בכנרת", "ORG"), ("נעים חורי", "PER"), ("רונית שגב", "PER"), ("רחל דהן", "PER"),
              ("רשות המים", "ORG"), ("המוביל הארצי", "LOC"), ("חורי", "PER"), ("עיריית טבריה", "ORG"), ("משה ביטון", "PER"), ("גליל העליון", "LOC"), ("גליל התחתון", "LOC"), ("גולן", "LOC")],
    phenomena=["rtl", "legacy-encoding", "html-entities", "standfirst", "photo-caption", "local-time-zone", "decoy-date",
               "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="Archive page of the old CMS served in windows-1255 with OpenGraph but no JSON-LD and no date or author metadata; the headline is a <span> (no <h1>), the paragraphs are <br><br> runs in a table layout; the visible date '08.12.15, 09:40' is read as the site's Israel time (winter, +02:00).",
))

# ---------------------------------------------------------------- 02: windows-1255, bike path, Hebrew month names, list, talkbacks
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, codec="cp1255", old=True, meta_author="חדשות הגליל", section="news", sub="תחבורה", subslug="s6",
    aid="48210", url=f"{HOST}/article.aspx?id=48210",
    pub=dt(2016, 6, 21, 18, 15), view=dt(2016, 6, 22, 7, 50), date_style="heb",
    kicker="תחבורה",
    headline='שביל האופניים לאורך חופי הגליל המערבי ייפתח בחודש הבא: 14 ק"מ מעכו לנהריה',
    title='שביל האופניים לאורך חופי הגליל המערבי ייפתח בחודש הבא: 14 ק"מ מעכו לנהריה | חדשות הגליל',
    og_title='שביל האופניים מעכו לנהריה ייפתח בחודש הבא',
    desc="שביל אופניים באורך 14 קילומטרים יחבר את עכו לנהריה לאורך החוף. בשבי ציון חוששים מעומס בסופי השבוע.",
    dek="השביל יעבור בסמוך לקו המים ויכלול שני גשרים חדשים, תחנות מנוחה והשכרת אופניים. בשבי ציון חוששים מעומס בסופי השבוע",
    tags=["עכו", "נהריה", "אופניים", "חופים"], image="2016/06/bike-path-coast.jpg",
    authors=[("מיכל פרידמן", "michal-friedman")],
    parts=[
        ("p", 'שביל האופניים החדש לאורך חופי הגליל המערבי, שעבודות הסלילה בו נמשכו כמעט שנתיים, ייפתח לציבור בתחילת יולי, כך נמסר היום (שלישי) מחברת "חוף ירוק", שמקימה את השביל. השביל, באורך 14 קילומטרים, יחבר בין חומות העיר העתיקה של עכו לטיילת של נהריה, ויעבור ברובו במרחק של עשרות מטרים בלבד מקו המים.'),
        ("p", 'לדברי מנהל הפרויקט, המהנדס יגאל בן-עמי, עלות הסלילה הגיעה ל-23 מיליון שקל. העבודות כללו שני גשרים חדשים מעל נחלים, ובהם גשר עץ באורך 40 מטרים מעל שפך נחל הגעתון, ותאורה סולארית לכל אורך המסלול.'),
        ("p", 'הרעיון לשביל עלה לראשונה לפני כעשור, אך נתקע שנים בגלל מחלוקות על התוואי. רשות הטבע והגנים התנגדה בתחילה למעבר בשמורות החוף, ובעלי קרקעות פרטיות דרשו פיצויים. הפשרה שהושגה ב-2014 העבירה כשלושה קילומטרים מהשביל מזרחה, הרחק מהדיונות, ואפשרה את תחילת העבודות.'),
        ("p", '"זה לא רק שביל לרוכבי סוף שבוע, זה ציר תחבורה", אמר בן-עמי. "ילדים מהמושבים יוכלו לרכוב לבית הספר בנהריה בלי לעלות על הכביש הראשי, ועובדים יוכלו להגיע לאזור התעשייה באופניים חשמליים".'),
        ("p", "לפי התוכנית, לאורך השביל יוצבו:"),
        ("ul", ["חמש תחנות מנוחה עם ברזיות, צל ומקלחות חוף", "שלוש תחנות להשכרת אופניים: בעכו, בשבי ציון ובנהריה",
                "שלטי הסבר בעברית, בערבית ובאנגלית על ההיסטוריה והטבע של האזור", "עמדות תיקון עם משאבה וכלי עבודה בסיסיים"]),
        ("ad",),
        ("p", 'בקרב תושבי האזור ההתלהבות מהולה בחשש. ורד לוי, תושבת שבי ציון, אמרה כי בסופי שבוע בקיץ החוף הסמוך לביתה עמוס כבר היום. "אני בעד אופניים, אבל מישהו צריך לחשוב גם על חניה ועל ניקיון", אמרה. "אם יגיעו לכאן אלפי אנשים בשבת, מי יפנה את הפחים?"'),
        ("p", 'ראש המועצה האזורית מטה אשר, שבתחומה עובר רוב השביל, אמר כי המועצה תקים שני חניונים חדשים בכניסות לשביל ותפעיל בקיץ הסעה מתחנות הרכבת בעכו ובנהריה. "אנחנו רוצים שאנשים יגיעו ברכבת, ירכבו לאורך החוף ויחזרו ברכבת", אמר. "אם כולם יבואו ברכב פרטי, גם השביל הכי יפה יהפוך לפקק".'),
        ("p", 'במועצה מעריכים כי בסופי השבוע של הקיץ ישתמשו בשביל כ-5,000 רוכבים והולכי רגל ביום. לשם השוואה, בטיילת של נהריה נספרים בשבת קיצית ממוצעת כ-12,000 מבקרים. כדי לפזר את העומס, המועצה שוקלת לפתוח בעתיד כניסות נוספות לשביל מהיישובים החקלאיים שממזרח לכביש החוף.'),
        ("p", 'בעלי העסקים לאורך החוף מקווים ליהנות מהתנועה החדשה. בעל מסעדת דגים בשבי ציון סיפר כי כבר הזמין מתקני חניה לאופניים והכין תפריט מיוחד לרוכבים. "אנשים שרוכבים ארבעה-עשר קילומטרים מגיעים רעבים", אמר בחיוך. "אני רוצה שהם יעצרו אצלי".'),
        ("p", "בחברת חוף ירוק השיבו כי עם פתיחת השביל יוצבו עשרות פחים נוספים וכי פקחים יסיירו במקום בסופי השבוע. עוד נמסר כי השלב השני, שיאריך את השביל צפונה עד אכזיב, נמצא בשלבי תכנון ולא צפוי להסתיים לפני 2018."),
        ("p", 'בארגון הסביבה "ים פתוח" בירכו על הפרויקט, אך ביקשו להקפיד על מרחק מאזורי הקינון של צבי הים. "בקיץ הנקבות עולות להטיל ביצים בחול, בדיוק בקטעים שבהם השביל מתקרב לים", אמרה הדס קורן, רכזת הארגון בצפון. "ביקשנו תאורה מעומעמת בקטעים האלה ושלטים שיסבירו לרוכבים למה לא לרדת לחוף בלילה".'),
        ("p", "בחוף ירוק אמרו כי בקטע שבין שבי ציון לנהריה יותקנו פנסים נמוכים בצבע ענבר, שאינם מבלבלים את הצבים, בהתאם להמלצת הארגון."),
        ("p", 'רוכבי אופניים מהאזור כבר מחכים לפתיחה. אמיר סלאמה, חבר בקבוצת רכיבה מעכו, סיפר שחבריו נמנעים כיום מלרכוב צפונה בגלל הכביש הראשי. "יש משאיות ויש אוטובוסים ואין שוליים", אמר. "השביל הזה יאפשר לנו לקחת את הילדים לרכיבה של שעה בלי לפחד".'),
        ("p", 'גם בתי הספר באזור מתכננים להשתמש בשביל. מנהלת בית ספר יסודי באחד המושבים אמרה כי בכוונתה לקיים בסתיו "יום רכיבה לבית הספר", שבו התלמידים יגיעו ללימודים באופניים בליווי הורים ומתנדבים. "זה לא רק ספורט", הסבירה. "זה ללמד ילדים שאפשר לזוז בלי מכונית".'),
        ("p", 'עם זאת, במשטרת התנועה מזכירים כי חלק מהשביל חוצה כבישים גישה לחופים, ומבקשים מהרוכבים, במיוחד מרוכבי האופניים החשמליים, להקפיד על מהירות נמוכה ועל כללי הזהירות במעברים.'),
        ("p", "הפתיחה החגיגית תתקיים ב-7 ביולי, ברכיבה משותפת שתצא בשש בבוקר מחומות עכו ותסתיים בארוחת בוקר על הטיילת של נהריה."),
    ],
    related=[("הרכבת לנהריה: שיבושים בלוח הזמנים בסוף השבוע", "19 ביוני 2016"), ("עונת הרחצה נפתחה: אלה החופים המוכרזים בגליל המערבי", "15 ביוני 2016"),
             ("עכו העתיקה נערכת לפסטיבל הקיץ", "8 ביוני 2016"), ("רוכבי האופניים בצפון: \"הכבישים מסוכנים מדי\"", "30 במאי 2016")],
    talkbacks=[("אבי, נהריה", "21.06.16 19:02", "סוף סוף", "מחכים לזה שנים. רק שלא יסגרו אותו אחרי חודש בגלל תחזוקה."),
               ("רוכבת מעכו", "21.06.16 20:37", "ומה עם שירותים?", "חמש תחנות מנוחה זה יפה, אבל בלי שירותים ציבוריים זה לא יעבוד בקיץ."),
               ("משה", "22.06.16 06:48", "כל הכבוד", "שביל כזה יוריד מכוניות מהכביש. שיחברו אותו גם לכרמיאל.")],
    entities=[("הגליל המערבי", "LOC"), ("עכו", "LOC"), ("נהריה", "LOC"), ("חוף ירוק", "ORG"), ("יגאל בן-עמי", "PER"),
              ("בן-עמי", "PER"), ("נחל הגעתון", "LOC"), ("שבי ציון", "LOC"), ("עברית", "MISC"), ("ערבית", "MISC"),
              ("אנגלית", "MISC"), ("ורד לוי", "PER"), ("אכזיב", "LOC"), ("ים פתוח", "ORG"), ("הדס קורן", "PER"),
              ("רשות הטבע והגנים", "ORG"), ("מטה אשר", "LOC"), ("אמיר סלאמה", "PER")],
    phenomena=["rtl", "legacy-encoding", "kicker", "standfirst", "localized-date", "local-time-zone", "list-in-body",
               "decoy-date", "comments", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read",
               "tag-list"],
    notes="Archive page in windows-1255 in the old CMS's table layout, headline in a <span> (no <h1>); meta author is the site's name, not the byline; the visible date 'יום שלישי, 21 ביוני 2016, 18:15' is Israel summer time (+03:00), as in article:published_time; the header's next-day date and talkback times are decoys.",
))

# ---------------------------------------------------------------- 03: windows-1255, hail in the Golan, table, pull quote, references
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, codec="cp1255", old=True, refs=True, section="economy", sub="חקלאות", subslug="s3",
    aid="57364", url=f"{HOST}/article.aspx?id=57364",
    pub=dt(2017, 10, 30, 12, 5), view=dt(2017, 10, 30, 16, 40), date_style="heb",
    kicker="חקלאות",
    headline='סופת ברד פגעה במטעי התפוחים ברמת הגולן: "הפסדים של מיליוני שקלים"',
    title="ברד בצפון הגולן: נזק כבד למטעים לפני סיום הקטיף | חדשות הגליל",
    og_title="ברד בצפון הגולן: נזק כבד למטעים לפני סיום הקטיף",
    desc="סופת ברד קצרה פגעה בכ-475 דונמים של מטעי תפוחים בצפון רמת הגולן. המגדלים מעריכים נזק של 5.5 מיליון שקל.",
    dek='הברד ירד במשך כ-20 דקות בלבד, אבל הספיק לפגוע בפרי שעוד לא נקטף. המגדלים: "הביטוח לא יכסה את הכול"',
    tags=["רמת הגולן", "חקלאות", "תפוחים", "מזג אוויר"], image="2017/10/golan-hail-apples.jpg",
    authors=[("אורי גבעתי", "uri-givati")],
    parts=[
        ("p", "סופת ברד קצרה אך עזה שפקדה ביום שבת את צפון רמת הגולן פגעה במאות דונמים של מטעי תפוחים, ימים ספורים לפני סיום עונת הקטיף. לפי הערכה ראשונית של המגדלים, היקף הנזק מגיע לכ-5.5 מיליון שקל."),
        ("p", 'אבנים בגודל של אגוזי מלך, לפי עדויות, ירדו במשך כ-20 דקות. "שמענו רעש כמו חצץ על גג הפח, וכשיצאנו החוצה הכול היה לבן", סיפר אבי רוזנטל, מגדל תפוחים ממרום גולן. "תפוח שנפגע מברד לא נכנס לשוק הטרי. במקרה הטוב הוא הולך למיץ, בשליש מהמחיר".'),
        ("p", "עיקר הנזק נרשם במטעים של הזנים המאוחרים, שנקטפים בדרך כלל עד אמצע נובמבר. במטעים שכבר נקטפו, הפרי נמצא בבתי הקירור ולא נפגע."),
        ("p", 'במרום גולן סיפרו כי עובדי הקטיף, רובם סטודנטים ומתנדבים מחו"ל, שהו במטעים כשהברד החל לרדת ונאלצו לתפוס מחסה מתחת למכונות ולעגלות. איש לא נפגע, אך חלק מהציוד ניזוק. "תוך דקות האדמה הייתה מכוסה בתפוחים חבולים", סיפרה אחת העובדות.'),
        ("h", "הערכת הנזקים הראשונית"),
        ("table", [["יישוב", "שטח שנפגע (דונם)", 'הערכת נזק (ש"ח)'], ["מרום גולן", "180", "2.1 מיליון"],
                   ["עין זיוון", "140", "1.6 מיליון"], ["אל-רום", "95", "1.1 מיליון"], ["אודם", "60", "0.7 מיליון"]],
         "מקור: איגוד חקלאי הגולן העליון, נתונים ראשוניים"),
        ("p", 'מזכיר האיגוד, עמרי נבו, אמר כי רוב המגדלים מבוטחים, אך לדבריו הפיצוי מכסה רק חלק מההפסד. "הביטוח משלם על הפרי שנפגע, לא על הפועלים שכבר שכרנו לקטיף ולא על הלקוחות שנאבד אם לא נספק סחורה", אמר.'),
        ("ad",),
        ("h", "רשתות נגד ברד: יקר מדי?"),
        ("pull", "מי שפרש רשתות לפני שלוש שנים – חייך השבוע"),
        ("p", 'לפי האיגוד, רק כעשרה אחוזים מהמטעים בגולן מכוסים ברשתות נגד ברד, שעלות התקנתן מגיעה לכ-25 אלף שקל לדונם. "מי שפרש רשתות לפני שלוש שנים – חייך השבוע", אמר נבו. "אבל למגדל קטן זו השקעה שקשה מאוד להחזיר".'),
        ("p", 'ד"ר מיכאל אבוטבול, חוקר במכון צפון לחקר האקלים, אמר כי סופות ברד בסוף הסתיו אינן תופעה חדשה באזור, אך תדירותן עלתה בעשור האחרון. "אנחנו רואים יותר אירועים קצרים וחזקים, שמתרכזים בשטח קטן", הסביר. "מגדלים צריכים לתכנן מתוך הנחה שזה יקרה שוב, ולא כאירוע של פעם בעשרים שנה".'),
        ("p", 'במשרד החקלאות אמרו כי יישקל סיוע למגדלים שאינם מבוטחים, בהתאם להיקף הנזק שיתברר בימים הקרובים. לפי נתוני המשרד, כ-15 אחוזים מהמטעים בגולן אינם מבוטחים כלל, רובם של מגדלים קטנים. "מי שלא ביטח, לרוב לא עשה זאת כי לא היה לו כסף לשלם את הפרמיה", אמר נבו.'),
        ("p", "המגדלים צפויים להיפגש השבוע עם שמאי חברת הביטוח. בינתיים, בחלק מהמטעים כבר החלו לאסוף את הפרי הפגוע מהעצים ומהקרקע, כדי למנוע ריקבון והתפשטות מזיקים."),
        ("p", 'לצרכנים, כך נראה, הנזק לא יורגש מיד: בבתי הקירור בצפון מאוחסנים כבר עשרות אלפי טונות של תפוחים מהקטיף המוקדם, שיספיקו לשוק המקומי עד האביב. אבל בענף מעריכים כי מחירי הזנים המאוחרים, שנמכרים בעיקר בחודשי החורף, עלולים לעלות בכמה אחוזים.'),
    ],
    related=[("עונת הקטיף בגולן: מחסור בעובדים ומחירים נמוכים", "22 באוקטובר 2017"), ("התחזית לחורף: גשום מהממוצע בצפון?", "17 באוקטובר 2017"),
             ("יקבי הגולן מסכמים בציר מוצלח", "3 באוקטובר 2017"), ("חקלאים בעמק החולה: \"המים המושבים לא מספיקים\"", "26 בספטמבר 2017")],
    talkbacks=None,
    entities=[("רמת הגולן", "LOC"), ("גולן", "LOC"), ("מרום גולן", "LOC"), ("אבי רוזנטל", "PER"),
              ("עין זיוון", "LOC"), ("אל-רום", "LOC"), ("אודם", "LOC"), ("איגוד חקלאי הגולן העליון", "ORG"),
              ("עמרי נבו", "PER"), ("נבו", "PER"), ("מיכאל אבוטבול", "PER"), ("מכון צפון לחקר האקלים", "ORG"),
              ("משרד החקלאות", "ORG")],
    phenomena=["rtl", "legacy-encoding", "html-entities", "kicker", "standfirst", "title-differs-from-headline",
               "localized-date", "local-time-zone", "subheadings", "table-in-body", "pull-quote", "decoy-date",
               "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="Archive page in windows-1255 in the old CMS's table layout (headline in a <span>, no <h1>); 30 October 2017 falls after the end of Israeli summer time, so the visible 12:05 is +02:00; the table's source line is an optional caption and the pull quote repeating the body is optional.",
))

# ---------------------------------------------------------------- 04: flood sensor, relative date, list, photo
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, codec="utf-8", old=False, title_bare=True, no_meta_date=True, section="science", sub="טכנולוגיה", subslug="s2",
    aid="873402", url=f"{HOST}/science/tech/article/873402/",
    pub=dt(2019, 4, 15, 9, 20), view=dt(2019, 4, 15, 12, 31), date_style="rel", rel="לפני 3 שעות",
    headline="חיישן בגודל קופסת גפרורים: סטודנטים מחיפה פיתחו מערכת שמתריעה על שיטפונות בנחלים",
    title="חיישן בגודל קופסת גפרורים: סטודנטים מחיפה פיתחו מערכת שמתריעה על שיטפונות בנחלים | חדשות הגליל",
    og_title="סטודנטים מחיפה פיתחו חיישן שמתריע על שיטפונות בנחלים",
    desc="החיישן מודד את גובה המים בערוץ הנחל ושולח התראה לטלפונים של מטיילים בסביבה. ניסוי ראשון בגליל המערבי.",
    dek="החיישן מודד את גובה המים בערוץ הנחל ושולח התראה לטלפונים של מטיילים בסביבה. הניסוי הראשון ייערך בגליל המערבי בחורף הקרוב",
    tags=["שיטפונות", "טכנולוגיה", "סטודנטים", "טיולים"], image="2019/04/flood-sensor-team.jpg",
    authors=[("גל אביטל", "gal-avital")], newsletter=True,
    parts=[
        ("fig", "2019/04/flood-sensor-team.jpg", "חברי הצוות עם אב הטיפוס של החיישן, בשבוע שעבר", "(צילום: באדיבות הצוות)"),
        ("p", "ארבעה סטודנטים להנדסת חשמל ממכללת הכרמל להנדסה בחיפה פיתחו חיישן קטן וזול שמודד את גובה המים בערוצי נחלים ומתריע בזמן אמת על שיטפון מתקרב. החיישן, שעלות הייצור שלו כ-90 שקל ליחידה, פועל על סוללה שנטענת בפאנל סולארי זעיר ומשדר את הנתונים ברשת הסלולרית."),
        ("p", 'הרעיון נולד בחורף שעבר, אחרי שמשפחה ממרכז הארץ נלכדה בשיטפון בנחל בגליל העליון וחולצה לאחר שעות ארוכות. "הבנו שהמטיילים פשוט לא יודעים מה קורה עשרה קילומטרים במעלה הנחל, איפה שיורד הגשם", אמרה נועה ליבוביץ, אחת מחברות הצוות. "שיטפון יכול להגיע למקום שבו השמש זורחת והשמיים כחולים".'),
        ("h", "איך זה עובד"),
        ("p", "לדברי הצוות, המערכת בנויה משלושה רכיבים:"),
        ("ul", ["חיישן אולטרה-סוני שמוצמד לסלע או לעמוד גשר ומודד פעם בדקה את המרחק לפני המים",
                "יחידת תקשורת שמשדרת את הנתונים לשרת, גם באזורים שבהם הקליטה חלשה",
                "אפליקציה ששולחת התראה לכל מי שנמצא ברדיוס של חמישה קילומטרים, כשהמים עולים ביותר מ-20 סנטימטרים בתוך רבע שעה"]),
        ("p", 'בניגוד לתחנות הידרולוגיות קיימות, שעולות עשרות אלפי שקלים ומוצבות בעיקר בנחלים הגדולים, החיישן החדש זול מספיק כדי לפזר עשרות יחידות לאורך ערוץ אחד. "המטרה היא לא למדוד בדיוק של מילימטר, אלא לזהות מגמה", הסביר עומר חלבי, האחראי על התוכנה. "אם שלושה חיישנים ברצף מראים עלייה חדה, זה סימן שצריך לצאת מהנחל עכשיו".'),
        ("p", 'הצוות בדק את אב הטיפוס במשך שלושה חודשים בערוץ של נחל כזיב, בשיתוף מתנדבי יחידת החילוץ המקומית. בשני אירועי גשם שנמדדו בתקופה זו, החיישנים זיהו את עליית המים 18 עד 25 דקות לפני שהגל הגיע לקטע הנחל שבו נמצאים בדרך כלל המטיילים. "זה זמן שמספיק כדי לטפס לגדה", אמרה ליבוביץ.'),
        ("ad",),
        ("h", "ניסוי ראשון בגליל המערבי"),
        ("p", 'הצוות, שפועל במסגרת מאיץ היזמות של המכללה, זכה בחודש שעבר במקום הראשון בתחרות חדשנות אזורית ובמענק של 50 אלף שקל. הכסף ישמש לייצור 40 יחידות לניסוי שייערך בחורף הקרוב בנחל כזיב ובנחל בצת, בשיתוף מתנדבי יחידת החילוץ "צוק הגליל".'),
        ("p", 'עוזי מלכה, מתנדב ותיק ביחידה, אמר כי כל מערכת שמוסיפה כמה דקות של התראה עשויה להציל חיים, אבל הזהיר מהסתמכות מלאה על טכנולוגיה. "אפליקציה לא מחליפה שיקול דעת", אמר. "ביום שיש בו תחזית לגשם, גם אם הוא רחוק מכם, לא נכנסים לנחלים צרים. נקודה".'),
        ("p", 'הסטודנטים מקווים שאם הניסוי יצליח, המערכת תוצע לרשויות מקומיות ולמפעילי אתרי טיולים בצפון ובדרום. "יש בישראל מאות ערוצים שמטיילים נכנסים אליהם בחורף", אמרה ליבוביץ. "אנחנו רוצים שבכל אחד מהם יהיה לפחות חיישן אחד".'),
        ("p", 'לפי נתוני יחידות החילוץ, בכל חורף נלכדים בנחלים בצפון עשרות מטיילים, ורובם לא שמעו על האזהרות שפורסמו מראש. ראש המכללה, פרופ\' דינה אורבך, אמרה כי המוסד ישקיע בפרויקט גם אחרי סיום התואר של חברי הצוות. "זה בדיוק סוג הפרויקטים שאנחנו רוצים לראות: הנדסה שפותרת בעיה אמיתית של אנשים בגליל", אמרה.'),
    ],
    related=[("מטיילים נלכדו בשיטפון בנחל בגליל העליון וחולצו", "לפני 5 שעות"), ("סטארט-אפ מיקנעם גייס 12 מיליון דולר", "אתמול"),
             ("התחזית לפסח: חם ויבש ברוב הארץ", "14.04.19"), ("המסלולים שייסגרו למטיילים בחג", "11.04.19")],
    talkbacks=None,
    entities=[("חיפה", "LOC"), ("גליל המערבי", "LOC"), ("מכללת הכרמל להנדסה", "ORG"), ("גליל העליון", "LOC"),
              ("נועה ליבוביץ", "PER"), ("ליבוביץ", "PER"), ("עומר חלבי", "PER"), ("נחל כזיב", "LOC"), ("נחל בצת", "LOC"),
              ("צוק הגליל", "ORG"), ("עוזי מלכה", "PER"), ("ישראל", "LOC")],
    phenomena=["rtl", "json-ld", "standfirst", "relative-date", "date-only-in-metadata", "local-time-zone", "photo-caption",
               "subheadings", "list-in-body", "decoy-date", "cookie-banner", "newsletter-box", "nav-menu", "footer-links",
               "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="The visible date is only 'לפני 3 שעות'; the exact time comes from the <time datetime> attribute, article:published_time and JSON-LD (+03:00, Israel summer time); 'בגליל המערבי' and 'בגליל העליון' are annotated without the absorbed article (גליל ...).",
))

# ---------------------------------------------------------------- 05: news flash, short, relative date, desk byline, date in URL
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, codec="utf-8", old=False, section="flash", sub="מבזקים", subslug="all",
    aid="1002871", url=f"{HOST}/flash/2020/08/27/safed-forest-fire/",
    pub=dt(2020, 8, 27, 14, 50), view=dt(2020, 8, 27, 15, 31), date_style="rel", rel="לפני 40 דקות",
    headline="שריפת חורש פרצה סמוך לצפת; תושבים התבקשו לסגור חלונות",
    title="שריפת חורש פרצה סמוך לצפת; תושבים התבקשו לסגור חלונות | חדשות הגליל",
    og_title="שריפת חורש פרצה סמוך לצפת",
    desc="שמונה צוותי כיבוי ושני מטוסים פועלים בחורש ליד הכניסה הדרומית לצפת. לא דווח על נפגעים.",
    tags=["צפת", "שריפה", "מבזקים"], image="2020/08/safed-fire.jpg",
    authors=[("מערכת חדשות הגליל", "newsdesk")],
    parts=[
        ("p", "שריפה פרצה אחר הצהריים בחורש הסמוך לכניסה הדרומית לצפת. שמונה צוותי כיבוי ושני מטוסי כיבוי פועלים במקום."),
        ("p", "לפי הערכה ראשונית, האש התפשטה במהירות בגלל רוח מערבית חזקה והתקרבה לכמה מבנים חקלאיים. לא דווח על נפגעים."),
        ("p", "תושבי השכונות הסמוכות התבקשו לסגור חלונות ולא להגיע לאזור. הכביש לעיר מדרום נחסם לתנועה עד להודעה חדשה."),
        ("p", '"ראינו להבות בגובה של כמה מטרים מעבר לגדר", סיפרה דורית אלמוג, תושבת השכונה. "הילדים בבית, ואנחנו מחכים לראות לאן הרוח תיקח את זה".'),
    ],
    related=[("שריפות בשטחים פתוחים: עלייה של 30% מתחילת הקיץ", "לפני שעתיים"), ("גל החום יימשך עד סוף השבוע", "26.08.20"),
             ("צפת: הכביש לעיר העתיקה ייסגר בלילות", "24.08.20"), ("כך תכינו את הבית לעונת השריפות", "19.08.20")],
    talkbacks=None,
    entities=[("צפת", "LOC"), ("דורית אלמוג", "PER")],
    phenomena=["rtl", "json-ld", "short-article", "relative-date", "date-only-in-metadata", "date-in-url", "local-time-zone",
               "decoy-date", "cookie-banner", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list"],
    notes="Desk byline recorded as given ('מערכת חדשות הגליל'); the visible date is only 'לפני 40 דקות', so the time comes from the <time datetime> attribute and metadata (+03:00).",
))

# ---------------------------------------------------------------- 06: Nazareth market, references, standfirst as NCRs, video, quote, talkbacks
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, codec="utf-8", old=False, no_meta_date=True, refs=True, dek_ncr=True, section="north", sub="נצרת והעמקים",
    subslug="s6", aid="1058840", url=f"{HOST}/north/nazareth/article/1058840/",
    pub=dt(2021, 11, 24, 16, 30), view=dt(2021, 11, 25, 9, 12), date_style="heb",
    headline="השוק העתיק בנצרת מתעורר: 40 עסקים חדשים נפתחו בתוך שנה",
    title="השוק העתיק בנצרת מתעורר: 40 עסקים חדשים נפתחו בתוך שנה | חדשות הגליל",
    og_title="השוק העתיק בנצרת מתעורר: 40 עסקים חדשים נפתחו בתוך שנה",
    desc="שפים, אמנים ומשפחות צעירות חוזרים לסמטאות העיר העתיקה של נצרת. 40 עסקים חדשים נפתחו בשוק בשנה האחרונה.",
    dek='אחרי שנים של תריסים מוגפים, שפים, אמנים ומשפחות צעירות חוזרים לסמטאות העיר העתיקה. "השוק היה הלב של העיר, ואנחנו מחזירים לו את הדופק"',
    tags=["נצרת", "השוק העתיק", "עסקים קטנים", "אוכל"], image="2021/11/nazareth-market.jpg",
    authors=[("רנא עיסאוי", "rana-issawi")],
    parts=[
        ("p", "בסמטאות הצרות של השוק העתיק בנצרת, שבמשך שנים היו חשוכות ושקטות כבר בשעות הצהריים, אפשר לשמוע בימים אלה רעש של מקדחות ופטישים. לפי ועד הסוחרים, 40 עסקים חדשים נפתחו בשוק בשנה האחרונה: בתי קפה, מסעדות קטנות, סדנאות קרמיקה, חנויות תבלינים וגלריה לצילום."),
        ("p", 'ג\'ורג\' חדאד, יו"ר ועד סוחרי השוק העתיק, זוכר את השוק בשנות התשעים, כשאלפי מבקרים הגיעו אליו בכל יום. "אחר כך באו הקניונים, והצעירים עזבו. היו סמטאות שבהן נשארה חנות אחת פתוחה", אמר. "היום יש לנו רשימת המתנה של יזמים שמחפשים חנות פנויה".'),
        ("p", 'חלק מהתנופה מיוחס לתוכנית מענקים של קרן "אבני הגליל", קרן פרטית שמממנת עד 60% מעלות השיפוץ של חזיתות וחנויות, בתנאי שהעסק מתחייב לפעול בשוק חמש שנים לפחות. עד כה אושרו 52 בקשות, בהיקף כולל של 7.4 מיליון שקל.'),
        ("p", 'לפי נתוני העירייה, מספר המבקרים בעיר העתיקה עלה בשנה האחרונה בכ-30 אחוזים, והחניונים בכניסה לשוק מלאים בסופי השבוע כבר משעות הבוקר. העירייה החליפה את התאורה בסמטאות הראשיות, הציבה שילוט חדש בערבית, בעברית ובאנגלית, והאריכה את שעות איסוף האשפה באזור המסחרי.'),
        ("fig", "2021/11/nazareth-market.jpg", "סמטה משופצת בשוק העתיק של נצרת", "(צילום: נביל סעדי)"),
        ("h", "מהמטבח של סבתא לתפריט"),
        ("p", 'סמאח עבוד, שפית בת 34, פתחה לפני שמונה חודשים מסעדה של 20 מקומות בבית אבן בן 200 שנה. בתפריט מנות מהמטבח הגלילי שלמדה מסבתה, לצד מנות עונתיות מירקות של חקלאים מהכפרים הסמוכים. "אנשים באים מתל אביב ומחיפה רק בשביל ארוחת צהריים, ואחרי זה נשארים להסתובב בסמטאות", סיפרה.'),
        ("ad",),
        ("video", "v-211124-0411", "סיור בשוק העתיק של נצרת"),
        ("p", "האדריכלית ריהאם ח'ורי, שמלווה את התוכנית מטעם הקרן, מזהירה שהשיפוץ לבדו לא יספיק:"),
        ("quote", '"השוק הוא לא מוזיאון. אם לא יגורו כאן אנשים ולא יעבדו כאן אנשים כל השנה, כל החזיתות היפות לא יעזרו. אנחנו צריכים דירות מעל החנויות, לא רק מסעדות לתיירים".'),
        ("p", 'לא כולם שמחים. מחמוד זועבי, שמוכר קפה טחון והל בשוק כבר 40 שנה, חושש מעליית שכר הדירה. "בעלי הבתים רואים את התורים במסעדות ומבקשים פי שניים", אמר. "אני לא נגד השינוי, אבל שלא ישכחו את מי שהחזיק כאן את האור כשאף אחד לא בא".'),
        ("p", 'בוועד הסוחרים אומרים כי הם מנהלים שיחות עם בעלי הנכסים כדי למתן את עליית השכירות, ובקרן שוקלים להתנות מענקים עתידיים בהתחייבות של בעלי הבתים לא להעלות את שכר הדירה בשנים הראשונות. "אנחנו לא רוצים שהשוק יתמלא ויתרוקן שוב בתוך חמש שנים", אמר חדאד.'),
        ("p", "לקראת חג המולד צפויים השוק והעיר העתיקה לארח עשרות אלפי מבקרים, והסוחרים מתכננים שוק חג שיפעל בסמטאות בכל ערב עד סוף דצמבר."),
    ],
    related=[("מסלול קולינרי חדש בנצרת: 12 תחנות ברגל", "18 בנובמבר 2021"), ("בתי המלון בנצרת מתמלאים לקראת החגים", "9 בנובמבר 2021"),
             ("המאפייה בת ה-90 שמחזיקה את השכונה", "28 באוקטובר 2021"), ("תערוכת צילום על השוק בשנות ה-70", "14 באוקטובר 2021")],
    talkbacks=[("סמיר", "24.11.21 18:20", "כל הכבוד לסמאח", "אכלנו אצלה בשבוע שעבר, האוכל כמו של סבתא שלי. מומלץ."),
               ("נוף הגליל", "24.11.21 21:05", "צריך חניה", "הבעיה של השוק היא החניה. עד שלא יפתרו את זה, משפחות לא יגיעו."),
               ("אחמד", "25.11.21 07:44", "צודק הזקן", "שלא ישכחו את הסוחרים הוותיקים. הם השוק האמיתי.")],
    entities=[("נצרת", "LOC"), ("ג'ורג' חדאד", "PER"), ("ועד סוחרי השוק העתיק", "ORG"), ("אבני הגליל", "ORG"),
              ("סמאח עבוד", "PER"), ("הגלילי", "MISC"), ("תל אביב", "LOC"), ("חיפה", "LOC"), ("ריהאם ח'ורי", "PER"),
              ("מחמוד זועבי", "PER"), ("חג המולד", "MISC"), ("ערבית", "MISC"), ("עברית", "MISC"), ("אנגלית", "MISC"),
              ("חדאד", "PER")],
    phenomena=["rtl", "json-ld", "html-entities", "standfirst", "localized-date", "local-time-zone", "photo-caption",
               "subheadings", "iframe-embeds", "inline-video-teaser", "decoy-date", "comments", "cookie-banner",
               "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list", "most-read", "tag-list"],
    notes="The standfirst is written entirely as numeric character references (&#1488; ...) and the body escapes quotation marks and apostrophes; the video player with its title between body blocks is a teaser, not body text.",
))

# ---------------------------------------------------------------- 07: Hula cranes, table, update + correction, date in URL
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, codec="utf-8", old=False, section="science", sub="סביבה", subslug="s1",
    aid="1129077", url=f"{HOST}/science/environment/article/1129077/",
    pub=dt(2024, 1, 10, 11, 5), upd=dt(2024, 1, 10, 15, 40), view=dt(2024, 1, 11, 8, 2), date_style="heb",
    headline="שיא בעמק החולה: 63 אלף עגורים נשארו לחרוף בצפון",
    title="ספירת העגורים השנתית: שיא של 63 אלף בעמק החולה | חדשות הגליל",
    og_title="ספירת העגורים השנתית: שיא של 63 אלף בעמק החולה",
    desc="ספירת החורף העלתה את המספר הגבוה ביותר של עגורים מאז החלו המדידות. החקלאים בעמק מודאגים מהנזק לשדות.",
    dek="ספירת החורף השנתית העלתה את המספר הגבוה ביותר מאז החלו המדידות לפני 25 שנה. החקלאים בעמק מודאגים מהנזק לשדות",
    tags=["עמק החולה", "עגורים", "ציפורים", "חקלאות", "תיירות"], image="2024/01/hula-cranes.jpg",
    authors=[("נעמה שטרן", "naama-stern")], newsletter=True,
    parts=[
        ("p", "63,200 עגורים אפורים נספרו השבוע בעמק החולה, המספר הגבוה ביותר שנרשם בספירת החורף מאז החלה לפני 25 שנה. את הספירה ערכו 40 מתנדבים וחוקרים מהמרכז הגלילי לחקר ציפורים נודדות, שנעזרו גם בצילומי רחפנים עם שחר, כשהלהקות יוצאות משטחי הלינה באגמון החולה."),
        ("p", 'לדברי מנהלת המרכז, ד"ר תמר אשכנזי, העלייה במספרים נמשכת כבר חמש עונות ברציפות. "פעם רוב העגורים רק עצרו כאן בדרך לאפריקה. היום עשרות אלפים מהם נשארים בעמק כל החורף, כי יש כאן מים, שקט ומזון זמין", הסבירה.'),
        ("h", "חמש שנים של עלייה"),
        ("table", [["עונה", "עגורים בספירת ינואר"], ["2019/20", "41,500"], ["2020/21", "44,800"], ["2021/22", "52,300"],
                   ["2022/23", "57,900"], ["2023/24", "63,200"]], "מקור: המרכז הגלילי לחקר ציפורים נודדות"),
        ("p", "חלק מהמזון מגיע מתוכנית האכלה שמופעלת בעמק מזה כשני עשורים: בכל בוקר מפוזרות בשטח מוגדר כשמונה טונות של תירס, כדי למשוך את העגורים הרחק מהשדות החקלאיים. התוכנית ממומנת בחלקה בידי חקלאי העמק עצמם."),
        ("p", 'העגורים מגיעים לעמק בסוף אוקטובר, בדרכם מאזורי הקינון בצפון אירופה וברוסיה, ורובם עוזבים צפונה בסוף פברואר. לפי אשכנזי, הגידול במספרם משקף גם הצלחה של שימור בתי הגידול באירופה, שם אוכלוסיית העגור האפור גדלה בעשורים האחרונים אחרי שנים של ירידה.'),
        ("p", 'אלא שעם הגידול במספר הציפורים, החקלאים מדווחים שוב על נזק. יוסי ביטון, מגדל חיטה ואפונה מכפר בלום, אמר כי להקות שלמות נוחתות בשדות שנזרעו לפני שבועות ספורים. "אני אוהב לראות אותם בשמיים, כמו כולם", אמר. "אבל כשעשרת אלפים עגורים יורדים לשדה אחד בבוקר אחד, לא נשאר ממנו כלום".'),
        ("p", 'לפי ארגון מגדלי הגידולים השדתיים, הנזק לשדות בעמק החולה ובגליל העליון נאמד בחורף הנוכחי בכ-4 מיליון שקל. הפיצוי שמשולם לחקלאים מקרן מיוחדת מכסה לדבריהם פחות ממחצית מהסכום. "אנחנו לא רוצים לפגוע בציפורים, אנחנו רוצים שלא נהיה אלה שמממנים אותן", אמר ביטון.'),
        ("ad",),
        ("h", "תיירות מול חקלאות"),
        ("p", "העגורים הם גם מקור פרנסה. לפי הערכות בענף התיירות המקומי, יותר מ-400 אלף מבקרים מגיעים לאגמון החולה בכל חורף, רבים מהם בשעות הזריחה והשקיעה, כשהלהקות ממריאות ונוחתות. בעלי צימרים ומסעדות בגליל העליון מדווחים על תפוסה גבוהה בסופי השבוע של דצמבר וינואר."),
        ("p", 'במרכז המחקר מציעים להרחיב את אזור ההאכלה ולהגדיל את הפיצוי לחקלאים, במקום לנסות להבריח את הציפורים. "העגורים לא ילכו לשום מקום", אמרה אשכנזי. "השאלה היא אם נדע לחיות איתם בלי שהחקלאים ישלמו את המחיר לבד".'),
        ("note", "עדכון, 15:40: בגרסה קודמת של הכתבה נכתב כי בעונת 2021/22 נספרו 53,200 עגורים. המספר הנכון הוא 52,300. הטבלה תוקנה."),
    ],
    related=[("הזריחה באגמון: המדריך המלא למבקרים", "4 בינואר 2024"), ("חקלאי העמק דורשים להגדיל את הפיצויים", "27 בדצמבר 2023"),
             ("ציפורים נדירות נצפו בגולן החורף", "19 בדצמבר 2023"), ("השלג הראשון על החרמון", "12 בדצמבר 2023")],
    talkbacks=None,
    entities=[("עמק החולה", "LOC"), ("המרכז הגלילי לחקר ציפורים נודדות", "ORG"), ("אגמון החולה", "LOC"), ("תמר אשכנזי", "PER"),
              ("אשכנזי", "PER"), ("אפריקה", "LOC"), ("יוסי ביטון", "PER"), ("כפר בלום", "LOC"), ("גליל העליון", "LOC"),
              ("אירופה", "LOC"), ("רוסיה", "LOC"), ("ארגון מגדלי הגידולים השדתיים", "ORG"), ("ביטון", "PER")],
    phenomena=["rtl", "json-ld", "standfirst", "title-differs-from-headline", "localized-date", "local-time-zone",
               "updated-date", "subheadings", "table-in-body", "correction-note", "decoy-date",
               "cookie-banner", "newsletter-box", "nav-menu", "footer-links", "ad-slots", "share-bar", "related-list",
               "most-read", "tag-list"],
    notes="The update notice at the end of the text is an optional note; the table source line is an optional caption; the header shows the next day (11 January 2024), a decoy.",
))

# ---------------------------------------------------------------- 08: night buses, two authors, DD.MM.YY, author bio
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, codec="utf-8", old=False, title_bare=True, meta_pub=dt(2026, 2, 2, 22, 47), section="news", sub="תחבורה", subslug="s6",
    aid="1184420", url=f"{HOST}/news/transport/article/1184420/",
    pub=dt(2026, 2, 3, 7, 15), upd=dt(2026, 2, 3, 12, 40), view=dt(2026, 2, 3, 18, 22), date_style="dots",
    kicker="תחבורה ציבורית",
    headline='קווי לילה ראשונים יחברו את חיפה לכפרי הגליל: "סוף סוף נוכל לחזור הביתה"',
    title='קווי לילה ראשונים יחברו את חיפה לכפרי הגליל: "סוף סוף נוכל לחזור הביתה" | חדשות הגליל',
    og_title="קווי לילה ראשונים יחברו את חיפה לכפרי הגליל",
    desc="שלושה קווי לילה יפעלו בלילות חמישי ובמוצאי שבת בין חיפה לכרמיאל, לסח'נין ולמעלות.",
    dek="שלושה קווים חדשים יפעלו בלילות חמישי ובמוצאי שבת בין חיפה לכרמיאל, לסח'נין ולמעלות. סטודנטים ועובדי משמרות: \"עד היום שילמנו 250 שקל למונית\"",
    tags=["תחבורה ציבורית", "חיפה", "כרמיאל", "סח'נין", "מעלות"], image="2026/02/night-bus-haifa.jpg",
    authors=[("שירן מזרחי", "shiran-mizrahi"), ("ואיל עאמר", "wael-amer")],
    bio=("שירן מזרחי", "shiran-mizrahi", "כתבת התחבורה והתשתיות של חדשות הגליל. לפני כן סיקרה את השלטון המקומי בקריות ובחיפה."),
    parts=[
        ("p", 'שלושה קווי אוטובוס לילה חדשים יחלו לפעול בחודש הבא בין חיפה לעשרות יישובים בגליל, כך הודיעה אתמול חברת התחבורה "קו הצפון", שזכתה במכרז להפעלתם. הקווים יפעלו בלילות חמישי ובמוצאי שבת, מחצות ועד ארבע לפנות בוקר.'),
        ("p", "לפי מפת הקווים שפורסמה, קו 601 ייצא מהתחנה המרכזית בחיפה לכרמיאל דרך יישובי משגב, קו 602 יגיע לסח'נין, לעראבה ולדיר חנא, וקו 603 ייסע צפונה לנהריה, ומשם למעלות ולכפר ורדים. בכל קו יהיו שלוש עד ארבע נסיעות בלילה."),
        ("p", 'ההחלטה על הפעלת הקווים התקבלה אחרי מאבק ארוך של ראשי רשויות בגליל, שטענו כי היעדר תחבורה ציבורית בלילה פוגע בעיקר בצעירים ובנשים שעובדים בחיפה. לפי נתוני משרד התחבורה, עלות ההפעלה של שלושת הקווים בשנה הראשונה תגיע לכ-6 מיליון שקל.'),
        ("h", "התור למונית בשתיים בלילה"),
        ("p", 'עד היום, מי שסיים משמרת ערב בחיפה או יצא לבלות בעיר נשאר בלי תחבורה ציבורית החל מ-11 בלילה. "אני עובדת במסעדה בהדר ומסיימת באחת וחצי", סיפרה ליאן אבו-ריא, סטודנטית בת 23 מסח\'נין. "עד היום הייתי ישנה אצל חברה או משלמת 250 שקל למונית. זה חצי מהטיפים של הערב".'),
        ("p", 'גם עובדי משמרות בבתי החולים ובאזורי התעשייה מחכים לקווים. לפי סקר שערכה עמותת "נוסעים בצפון", כ-12 אלף איש נוסעים בכל לילה בין חיפה לגליל, רובם ברכב פרטי או במוניות. "זה קהל שקיים כבר היום, פשוט אף אחד לא ספר אותו", אמר יו"ר העמותה, אלי שרעבי.'),
        ("p", 'לדברי שרעבי, נשים רבות נמנעות היום מעבודה במשמרות לילה בחיפה בגלל החשש לחזור הביתה בטרמפים או לחכות שעות בתחנות. "זה לא רק עניין של נוחות, זה עניין של תעסוקה", אמר. "יש עבודות שאנשים מהגליל פשוט לא לוקחים, כי אין להם איך לחזור".'),
        ("ad",),
        ("h", "מחיר רגיל, תדירות נמוכה"),
        ("p", "מחיר הנסיעה בקווי הלילה יהיה זהה למחיר הנסיעה ביום, וניתן יהיה לשלם בכרטיס הנסיעה הרגיל או באפליקציה. בקו הצפון אמרו כי הקווים יופעלו בשלב הראשון כפיילוט לשנה, ואם ייסעו בהם לפחות 40 נוסעים בממוצע בכל נסיעה, תיבחן הוספת לילות וקווים."),
        ("p", 'בגליל בירכו על ההחלטה, אך לדברי פעילים מדובר רק בצעד ראשון. "שלוש נסיעות בלילה זה יפה לכותרת, אבל מי שמפספס את האוטובוס של 01:30 מחכה שעה וחצי בתחנה", אמר חוסאם דיאב מפורום התחבורה של יישובי הגליל. "אנחנו רוצים לראות נסיעה כל שעה, וגם בלילות אמצע השבוע".'),
        ("p", "בקו הצפון השיבו כי לוח הזמנים נבנה לפי נתוני הביקוש הקיימים ויעודכן אחרי שלושה חודשי הפעלה. הנסיעה הראשונה, בקו 601, תצא ביום חמישי, ה-5 במרץ, בחצות."),
    ],
    related=[("הרכבת לכרמיאל: שתי רכבות נוספות בשעות הבוקר", "01.02.26"), ("נהגי אוטובוסים בצפון: \"חסרים 300 נהגים\"", "28.01.26"),
             ("מסוף אוטובוסים חדש ייבנה בסח'נין", "20.01.26"), ("הכבישים המסוכנים בגליל: הדירוג", "13.01.26")],
    talkbacks=[("עובד משמרות", "03.02.26 09:11", "מצוין", "סוף סוף. אני עובד בבית החולים ונוסע כל לילה במונית."),
               ("נוסע קבוע", "03.02.26 10:46", "ומה עם מעלות?", "שלוש נסיעות בלילה זה מעט מדי. תוסיפו לפחות עוד אחת.")],
    entities=[("חיפה", "LOC"), ("הגליל", "LOC"), ("גליל", "LOC"), ("כרמיאל", "LOC"), ("סח'נין", "LOC"), ("מעלות", "LOC"),
              ("קו הצפון", "ORG"), ("משגב", "LOC"), ("עראבה", "LOC"), ("דיר חנא", "LOC"), ("נהריה", "LOC"),
              ("כפר ורדים", "LOC"), ("הדר", "LOC"), ("ליאן אבו-ריא", "PER"), ("נוסעים בצפון", "ORG"), ("אלי שרעבי", "PER"),
              ("חוסאם דיאב", "PER"), ("פורום התחבורה של יישובי הגליל", "ORG"), ("משרד התחבורה", "ORG"), ("שרעבי", "PER")],
    phenomena=["rtl", "json-ld", "kicker", "standfirst", "multiple-authors", "updated-date", "local-time-zone", "subheadings",
               "author-bio", "decoy-date", "comments", "cookie-banner", "nav-menu", "footer-links", "ad-slots", "share-bar",
               "related-list", "most-read", "tag-list"],
    notes="Visible dates are numeric (03.02.26, 07:15 and update 12:40), read as Israel winter time (+02:00); 'בגליל' is annotated as גליל without the absorbed article.",
))

# ---------------------------------------------------------------- 09: minimal pair of 03, served in UTF-8
_v = dict(ARTICLES[2])
_v.update(id=f"{SITE}-09", codec="utf-8", url=ARTICLES[2]["url"] + "&variant=b", variant_of=f"{SITE}-03",
          phenomena=[t for t in ARTICLES[2]["phenomena"] if t != "legacy-encoding"],
          notes=f"Minimal pair of {SITE}-03: differs only in legacy-encoding (the same page declared and served as UTF-8 instead of windows-1255).")
ARTICLES.append(_v)


# Longer stories (realism wave: body length): one more section of reporting after the story's last
# paragraph (before a closing update note). New people and organisations join the entity list.
MORE = {
    f"{SITE}-07": ([
        ("h", "ועדה משותפת תתכנס בפברואר"),
        ("p", 'ועדת תיאום חדשה, שבה חברים נציגי החקלאים, חוקרי המרכז ורשות הניקוז של עמק החולה, תתכנס לראשונה בתחילת פברואר. לדברי יושב ראש הוועדה, אבנר גולדין, ייבחנו בה שדות הסחה שייזרעו במיוחד עבור העגורים בשולי האגמון, וכן הגדלת קרן הפיצויים לשלוש השנים הבאות.'),
        ("p", 'בינתיים ממשיכים המתנדבים לעקוב אחרי הלהקות. ספירה נוספת מתוכננת לסוף פברואר, כשהעגורים יתחילו לעזוב צפונה. "רק אז נדע כמה מהם באמת נשארו כאן לאורך כל החורף, וכמה רק עברו בדרך", אמרה אשכנזי.'),
    ], [("רשות הניקוז של עמק החולה", "ORG"), ("אבנר גולדין", "PER")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    extra, entities = MORE.get(a["id"], ([], []))
    if not extra:
        return a
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    return dict(a, parts=a["parts"][:last + 1] + extra + a["parts"][last + 1:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def extra_tags(a):
    tags = set()
    if a["old"]:
        tags.add("table-layout")
    kinds = [p[0] for p in a["parts"]]
    ps = [i for i, k in enumerate(kinds) if k == "p"]
    if ps and any(k in ("ad", "video") for k in kinds[ps[0]:ps[-1]]):
        tags.add("teasers-in-article")
    if a.get("title_bare"):
        tags.discard("title-differs-from-headline")
    return tags


def extra_notes(a):
    out = []
    if a.get("meta_pub"):
        out.append(f"article:published_time holds the CMS creation time ({iso(a['meta_pub'])}), the evening before; the visible date and time are gold.")
    if a.get("ld_org"):
        out.append("JSON-LD author is the site (NewsMediaOrganization); the byline names the reporter.")
    return out


# The legacy table-layout CMS (and the stories it still serves) has no date metadata at all.
NO_DATE_META = {f"{SITE}-0{n}" for n in (1, 2, 3, 6, 7)}

def main():
    for a in ARTICLES:
        a = lengthened(a)
        html_text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="he", headline=a["headline"],
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=[n for n, _ in a["authors"]], summary=a.get("dek", ""), blocks=blocks, entities=a["entities"],
            phenomena=sorted(set(a["phenomena"]) | extra_tags(a)), notes=" ".join(filter(None, [a["notes"]] + extra_notes(a))),
            variant_of=a.get("variant_of"),
        )
        if (a.get("variant_of") or a["id"]) in NO_DATE_META:
            art, html_text = drop_date_metadata(art, html_text)
        p = emit(art, html_text, a["codec"])
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    main()
