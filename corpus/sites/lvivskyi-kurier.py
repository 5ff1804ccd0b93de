import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit, with_more_section

"""Львівський кур'єр (lvivskyi-kurier): a Ukrainian regional news site for Lviv and the Lviv oblast
on Joomla with the K2 component (itemView / itemHeader / itemIntroText / itemFullText markup, a
bold K2 intro text as standfirst, "Останні зміни" modification line, "Теги" and "Інші
матеріали" blocks, mod_k2_content side modules, an AcyMailing-style subscription module and a
poll). Articles from before the 2017 move to Joomla 3 are still served in windows-1251 (declared
with the Joomla 2.5 http-equiv meta) and have no JSON-LD; newer ones are UTF-8 with JSON-LD.
Some texts pasted from the print layout carry soft hyphens inside long words. Times are Kyiv
local time (zoneinfo Europe/Kyiv).

Metadata personality (realism wave): Joomla writes meta author from the item's creator (the
reporter, or the admin account "Super User" on an old item; nothing when the alias is empty) and
article:published_time from publish_up (missing on one page); K2's JSON-LD uses the item's creation
time, the evening before on one page. Some menu items print their page heading as an <h1> above the
item title; one page splits the full text at the in-text banner. No <article>, no <time>."""

import datetime as _dt
import json as _json
from zoneinfo import ZoneInfo

SITE = "lvivskyi-kurier"
HOST = "https://lvivskyi-kurier.example"
NAME = "Львівський кур’єр"
TZ = ZoneInfo("Europe/Kyiv")

MISYATSI = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"]
DNI = ["понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя"]
SHY = "\u00ad"


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def iso(d):
    return d.isoformat(timespec="minutes")


def ua_date(d, time=True, weekday=True, cap=True):
    s = f"{d.day} {MISYATSI[d.month - 1]} {d.year}"
    if weekday:
        wd = DNI[d.weekday()]
        s = (wd[0].upper() + wd[1:] if cap else wd) + ", " + s
    if time:
        s += f" {d:%H:%M}"
    return s


def esc(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def ents(s):
    """The TinyMCE of the old Joomla 2.5 site stored typographic characters as character references."""
    return (s.replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;").replace("–", "&ndash;")
            .replace("’", "&rsquo;").replace("№", "&#8470;"))


def hyphenate(text, words, marker):
    """Insert soft hyphens at the '|' positions of the listed long words (as pasted from the print layout)."""
    for w in words:
        plain = w.replace("|", "")
        if plain not in text:
            continue
        text = text.replace(plain, w.replace("|", marker))
    return text


# ---------------------------------------------------------------- boilerplate pools

MENU = [("novyny", "Новини"), ("lviv", "Львів"), ("oblast", "Область"), ("polityka", "Політика"), ("ekonomika", "Економіка"),
        ("suspilstvo", "Суспільство"), ("kultura", "Культура"), ("sport", "Спорт"), ("kryminal", "Кримінал"),
        ("zdorovya", "Здоров’я"), ("osvita", "Освіта"), ("turyzm", "Туризм"), ("foto", "Фото"), ("video", "Відео"),
        ("ogoloshennya", "Оголошення")]

RAYONY = ["Дрогобич", "Стрий", "Самбір", "Червоноград", "Жовква", "Золочів", "Трускавець", "Моршин", "Сколе", "Борислав",
          "Яворів", "Городок", "Пустомити", "Буськ", "Турка", "Броди", "Радехів", "Мостиська"]

STRICHKA = [
    "У Стрию відремонтують дах міської бібліотеки",
    "На Яворівщині згоріла стодола: вогонь гасили три години",
    "Львівські школярі привезли дві медалі з олімпіади з хімії",
    "У Трускавці відкрили оновлений бювет",
    "На кордоні затримали партію контрабандних сигарет",
    "У Золочеві пройде ярмарок народних ремесел",
    "Водіїв попереджають про ожеледицю на дорогах області",
    "У Дрогобичі презентували книгу про історію міських садиб",
    "Самбірські волонтери зібрали 200 тисяч гривень для лікарні",
    "У Бродах облаштують новий дитячий майданчик",
    "Ціни на овочі на ринках області: що подорожчало",
    "У Червонограді стартував турнір з міні-футболу",
    "Жителі Сихова скаржаться на нерегулярний вивіз сміття",
    "У Моршині відновлять стару водонапірну вежу",
    "На Сколівщині туристи заблукали в горах: їх знайшли рятувальники",
    "Аграрії області завершили сівбу ярих культур",
]

POPULAR = [
    "Де у Львові найдешевша кава: огляд кав’ярень центру",
    "Як оформити субсидію: покрокова інструкція",
    "Які вулиці перекриють у вихідні: перелік",
    "П’ять маловідомих замків області, які варто побачити",
    "Графік відключень води на наступний тиждень",
    "Нові маршрути автобусів: що змінилося",
    "Фоторепортаж: місто з висоти пташиного польоту",
    "Скільки коштує оренда квартири у різних районах міста",
]

TEGY_POOL = ["Львів", "Транспорт", "Медицина", "Туризм", "Карпати", "Культура", "Фестивалі", "Велосипед", "ІТ", "Стартапи",
             "Аграрії", "Погода", "Дороги"]

FOOTER = [
    ("Рубрики", ["Новини Львова", "Новини області", "Політика", "Економіка", "Суспільство", "Культура", "Спорт", "Кримінал"]),
    ("Спецпроекти", ["Історія вулиць", "Люди міста", "Смачний Львів", "Маршрути вихідного дня", "Архів газети"]),
    ("Сервіси", ["Погода", "Курси валют", "Розклад поїздів", "Розклад автобусів", "Афіша", "Оголошення"]),
    ("Редакція", ["Про нас", "Контакти", "Реклама на сайті", "Вакансії", "Правила використання матеріалів", "Політика конфіденційності"]),
]

SUBS = {
    "novyny": ["Головне", "Стрічка", "Сюжети", "Пресрелізи"], "lviv": ["Транспорт", "ЖКГ", "Медицина", "Освіта", "Будівництво", "Міська влада"],
    "oblast": ["Дрогобич", "Стрий", "Самбір", "Червоноград", "Жовква", "Золочів", "Сколе"],
    "ekonomika": ["Бізнес", "Ціни", "Аграрії", "ІТ", "Нерухомість", "Робота"], "kultura": ["Фестивалі", "Театр", "Кіно", "Книги", "Виставки"],
    "sport": ["Футбол", "Баскетбол", "Гандбол", "Біатлон", "Інші види"], "turyzm": ["Карпати", "Замки", "Маршрути", "Відпочинок"],
}

FOTO = [("Осінній Личаків", 24), ("Ніч у музеї", 31), ("Ярмарок на площі Ринок", 18), ("Перший сніг у Карпатах", 27),
        ("Фестиваль ковалів", 22), ("Випускники 2015", 40), ("Реконструкція бою під Зборовом", 35), ("Весна у Стрийському парку", 19)]

KOLONKY = [("Ярослав Ковалик", "Чому місто не вміє ремонтувати тротуари"), ("Галина Мазур", "Про вчителів, які не здаються"),
           ("Орест Білик", "Туризм без туристичного збору"), ("Леся Куцик", "Як ми перестали читати місцеві газети"),
           ("Михайло Прокопів", "Село, яке врятувала кооперація")]

AFISHA = [("Концерт симфонічного оркестру", "Філармонія", 2), ("Прем’єра вистави «Сойчине крило»", "Театр ім. Лесі", 4),
          ("Виставка сучасної графіки", "Палац мистецтв", 6), ("Ярмарок вишиванок", "площа Ринок", 9),
          ("Вечір поезії", "книгарня «Читанка»", 11), ("Ніч джазу", "клуб «Підвал»", 13)]

PARTNERY = [("Як зекономити на опаленні цієї зими: поради енергетика", "p201"), ("П’ять помилок при виборі вікон", "p202"),
            ("Де відпочити в Карпатах недорого", "p203"), ("Лікар пояснив, чому болить спина зранку", "p204"),
            ("Новобудови Львова: де квартири дешевші", "p205"), ("Автомобіль з пробігом: що перевірити", "p206"),
            ("Як навчити дитину читати із задоволенням", "p207"), ("Сонячні панелі для приватного будинку: розрахунок", "p208")]

TAG_CLOUD = ["Львів", "Сихів", "Транспорт", "ЖКГ", "Медицина", "Карпати", "Туризм", "Фестивалі", "Ціни", "Дороги", "Погода", "ІТ",
             "Стартапи", "Аграрії", "Освіта", "Футбол", "Історія", "Архітектура", "Волонтери", "Благодійність"]

MISYATSI_NOM = ["Січень", "Лютий", "Березень", "Квітень", "Травень", "Червень", "Липень", "Серпень", "Вересень", "Жовтень",
                "Листопад", "Грудень"]

CSS = """
body{margin:0;padding:0;font:14px/1.5 "PT Sans",Arial,Helvetica,sans-serif;color:#222;background:#eceae4}
a{color:#7a1f1f;text-decoration:none}a:hover{color:#b3261e;text-decoration:underline}
img{border:0;max-width:100%;height:auto}
.clr{clear:both;height:0;line-height:0}
#sp-wrapper{width:1170px;margin:0 auto;background:#fff;box-shadow:0 0 12px rgba(0,0,0,.12)}
#sp-topbar{background:#2b2b2b;color:#bbb;font-size:12px;padding:6px 15px;overflow:hidden}
#sp-topbar .today{float:left}#sp-topbar .informers{float:right}#sp-topbar .informers span{margin-left:16px}
#sp-header{padding:18px 15px;overflow:hidden;border-bottom:4px solid #7a1f1f}
#sp-header .logo{float:left;display:block;width:330px;height:70px}
#sp-header .logo span{font:700 34px/70px "PT Serif",Georgia,serif;color:#7a1f1f}
#sp-header .head-banner{float:right;width:728px;height:90px;background:#f3f1ec;text-align:center}
#sp-menu{background:#7a1f1f}
#sp-menu ul.menu{list-style:none;margin:0;padding:0 8px;overflow:hidden}
#sp-menu ul.menu>li{float:left;position:relative}
#sp-menu ul.menu>li>a{display:block;padding:11px 11px;color:#fff;font-weight:700;font-size:13px;text-transform:uppercase}
#sp-menu ul.menu>li.active>a,#sp-menu ul.menu>li>a:hover{background:#5a1414;text-decoration:none}
#sp-submenu{background:#f3f1ec;border-bottom:1px solid #ddd;padding:7px 15px;font-size:12px}
#sp-submenu a{margin-right:10px;color:#444}
#sp-main{padding:15px;overflow:hidden}
#sp-component{float:left;width:780px}
#sp-right{float:right;width:330px}
.breadcrumb{font-size:12px;color:#888;margin:0 0 12px;padding:0;list-style:none}.breadcrumb li{display:inline}
.breadcrumb .divider{padding:0 5px;color:#bbb}
div.itemView{margin-bottom:20px}
div.itemHeader span.itemDateCreated{color:#999;font-size:12px}
div.itemHeader h1.itemTitle{font:700 30px/1.2 "PT Serif",Georgia,serif;margin:6px 0 8px;color:#111}
div.itemHeader span.itemAuthor{display:block;font-size:13px;color:#555;margin-bottom:6px}
div.itemToolbar{padding:4px 0;margin:6px 0 14px;border-top:1px dotted #ccc;border-bottom:1px dotted #ccc;font-size:12px}
div.itemToolbar ul{list-style:none;margin:0;padding:0}div.itemToolbar ul li{display:inline;margin-right:10px}
div.itemImageBlock{margin:0 0 14px}span.itemImage{display:block;text-align:center}
span.itemImageCaption{display:block;color:#555;font-size:12px;padding:4px 0 0}
span.itemImageCredits{display:block;color:#999;font-size:11px;font-style:italic;text-align:right}
div.itemIntroText{font-size:17px;font-weight:700;line-height:1.5;color:#333;margin-bottom:12px}
div.itemFullText{font-size:16px;line-height:1.65}div.itemFullText p{margin:0 0 14px}
div.itemFullText h3{font:700 19px/1.3 "PT Serif",Georgia,serif;margin:20px 0 8px}
div.itemFullText ul{margin:0 0 14px 22px}div.itemFullText li{margin-bottom:4px}
div.itemFullText p.vypravlennya{font-size:14px;color:#666;border-left:3px solid #b3261e;padding-left:10px}
div.itemDateModified{color:#999;font-size:11px;margin:10px 0}
div.itemLinks{margin:12px 0;padding:8px 0;border-top:1px solid #eee;border-bottom:1px solid #eee}
div.itemTagsBlock span{font-weight:700;margin-right:6px}div.itemTagsBlock ul.itemTags{display:inline;list-style:none;margin:0;padding:0}
div.itemTagsBlock ul.itemTags li{display:inline}div.itemTagsBlock ul.itemTags li a{background:#f3f1ec;padding:2px 8px;margin-right:4px;font-size:12px}
div.itemSocialSharing{margin:10px 0}div.itemSocialSharing a{display:inline-block;padding:5px 12px;margin-right:5px;color:#fff;font-size:12px;border-radius:2px}
.sh-fb{background:#3b5998}.sh-tw{background:#1da1f2}.sh-tg{background:#2aa3df}.sh-vb{background:#7360f2}
div.itemRelated h3,div.itemComments h3,.moduletable h3{font:700 15px/1.2 "PT Sans",Arial,sans-serif;text-transform:uppercase;color:#7a1f1f;border-bottom:2px solid #7a1f1f;padding-bottom:5px;margin:18px 0 8px}
div.itemRelated ul{list-style:none;margin:0;padding:0}div.itemRelated li{padding:5px 0;border-bottom:1px dotted #ddd}
div.itemRelated li .rel-date{color:#999;font-size:11px;margin-right:6px}
div.itemCommentsList ul{list-style:none;margin:0;padding:0}div.itemCommentsList li{padding:8px 0;border-bottom:1px solid #eee}
div.itemCommentsList .commentAuthorName{font-weight:700}div.itemCommentsList .commentDate{color:#999;font-size:11px;margin-left:8px}
div.itemCommentsForm textarea{width:100%;height:90px}div.itemCommentsForm input.inputbox{width:60%}
.moduletable{margin-bottom:20px}.moduletable ul{list-style:none;margin:0;padding:0}
.k2ItemsBlock li{padding:5px 0;border-bottom:1px dotted #ddd;font-size:13px}.k2ItemsBlock .moduleItemDateCreated{color:#b3261e;font-weight:700;margin-right:6px}
.popular li{counter-increment:pop;padding:6px 0 6px 26px;position:relative;border-bottom:1px dotted #ddd}
.popular li:before{content:counter(pop);position:absolute;left:0;font:700 18px/1 Georgia,serif;color:#7a1f1f}
.acymailing_module{background:#f3f1ec;padding:12px}.acymailing_module input.inputbox{width:95%;padding:5px;margin:6px 0}
.acymailing_module .button{background:#7a1f1f;color:#fff;border:0;padding:6px 14px;font-weight:700}
.poll table{width:100%}.poll .button{margin-top:6px}
.banner-240{text-align:center;background:#f3f1ec;min-height:250px;margin-bottom:20px}
.banner-label{display:block;font-size:10px;color:#aaa;text-transform:uppercase}
#sp-footer{background:#2b2b2b;color:#aaa;padding:20px 15px;font-size:12px;overflow:hidden}
#sp-footer .f-col{float:left;width:25%}#sp-footer h4{color:#fff;margin:0 0 8px;font-size:13px;text-transform:uppercase}
#sp-footer ul{list-style:none;margin:0 0 12px;padding:0}#sp-footer a{color:#ccc}
#sp-footer .copyright{clear:both;border-top:1px solid #444;padding-top:10px}
#sp-footer .counters{margin-top:8px}
#cookie-notice{position:fixed;bottom:0;left:0;right:0;background:rgba(30,30,30,.95);color:#eee;padding:12px 20px;font-size:13px;z-index:9999;display:none}
#cookie-notice button{background:#b3261e;color:#fff;border:0;padding:6px 14px;margin-left:10px;cursor:pointer}
"""

JS_INIT = """jQuery(window).on('load',function(){new JCaption('img.caption');});
jQuery(function($){$('.hasTooltip').tooltip({"html":true,"container":"body"});
$('#sp-menu .menu>li').hover(function(){$(this).addClass('sp-hover');},function(){$(this).removeClass('sp-hover');});
$('.itemToolbar .fontIncrease').on('click',function(e){e.preventDefault();var f=$('.itemFullText'),s=parseInt(f.css('font-size'),10);f.css('font-size',(s+1)+'px');});
$('.itemToolbar .fontDecrease').on('click',function(e){e.preventDefault();var f=$('.itemFullText'),s=parseInt(f.css('font-size'),10);f.css('font-size',(s-1)+'px');});
if(!document.cookie.match(/lk_cookie_ok=1/)){$('#cookie-notice').show();}
$('#cookie-notice button').on('click',function(){document.cookie='lk_cookie_ok=1; max-age=31536000; path=/';$('#cookie-notice').hide();});});
var K2SitePath='/';"""

GA_JS = """(function(i,s,o,g,r,a,m){i['StatObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();
a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
})(window,document,'script','https://stat.lichylnyk.example/analytics.js','lkstat');
lkstat('create','LK-30917-1','auto');lkstat('set','dimension1','{section}');lkstat('set','dimension2','{author}');lkstat('send','pageview');"""

ADS_JS = """var lkAdPlaces={top:"lk_728x90_top",right1:"lk_240x400_r1",right2:"lk_240x400_r2",text:"lk_intext"};
(function(d){var s=d.createElement('script');s.async=true;s.src='https://rek.galnet-ads.example/show.js?site=lk&sect={section}&r='+Math.floor(Math.random()*1e8);
var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);})(document);"""

COUNTER = """<!-- LichylnykUA counter -->
<script type="text/javascript">document.write('<a href="https://top.lichylnyk.example/?id=77120" target="_blank"><img src="https://c.lichylnyk.example/hit?id=77120&amp;t=52&amp;r='+escape(document.referrer)+'&amp;s='+screen.width+'x'+screen.height+'&amp;rnd='+Math.random()+'" width="88" height="31" alt="Лічильник" border="0"><\\/a>');</script>
<noscript><a href="https://top.lichylnyk.example/?id=77120" target="_blank"><img src="https://c.lichylnyk.example/hit?id=77120&amp;t=52" width="88" height="31" alt="" border="0"></a></noscript>
<!-- /LichylnykUA counter -->"""


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


def nav(active):
    out = ['<div id="sp-menu"><ul class="menu nav">', '<li class="item-101"><a href="/">Головна</a></li>']
    for i, (k, name) in enumerate(MENU):
        cls = f"item-{102 + i}" + (" active current" if k == active else "")
        out.append(f'<li class="{cls}"><a href="/{k}">{name}</a></li>')
    out.append("</ul></div>")
    out.append('<div id="sp-submenu"><b>Міста і райони:</b> ' + " ".join(
        f'<a href="/oblast/{i + 1}-rayon">{r}</a>' for i, r in enumerate(RAYONY[:8])) + "</div>")
    return "\n".join(out)


def offcanvas():
    out = ['<div class="offcanvas-menu" id="offcanvas"><a href="#" class="close-offcanvas">&times;</a><div class="offcanvas-inner">'
           '<form action="/poshuk" method="get" class="search"><input type="text" name="searchword" class="inputbox" placeholder="Пошук..." /></form><ul class="menu">']
    for k, name in MENU:
        subs = SUBS.get(k, [])
        out.append(f'<li class="{"deeper parent" if subs else ""}"><a href="/{k}">{name}</a>' + (
            f'<ul class="nav-child" data-submenu="{k}"></ul>' if subs else "") + "</li>")
    out.append("</ul></div></div>")
    return "\n".join(out)


def k2_calendar(a):
    pub = a["pub"]
    first = pub.replace(day=1)
    nxt = (first + _dt.timedelta(days=32)).replace(day=1)
    rows = [f'<table class="calendar"><tr><td class="calendarNavMonthPrev"><a href="/kalendar/{(first - _dt.timedelta(days=1)):%Y/%m}">&laquo;</a></td>'
            f'<td class="calendarCurrentMonth" colspan="5">{MISYATSI_NOM[pub.month - 1]} {pub.year}</td>'
            f'<td class="calendarNavMonthNext"><a href="/kalendar/{nxt:%Y/%m}">&raquo;</a></td></tr>',
            "<tr>" + "".join(f'<td class="calendarDayName">{d}</td>' for d in ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд"]) + "</tr>"]
    cells = ['<td class="calendarDateEmpty">&nbsp;</td>'] * first.weekday()
    day = first
    while day < nxt:
        cls = "calendarToday" if day.day == pub.day else "calendarDateLinked"
        cells.append(f'<td class="{cls}"><a href="/kalendar/{day:%Y/%m/%d}">{day.day}</a></td>')
        day += _dt.timedelta(days=1)
    while len(cells) % 7:
        cells.append('<td class="calendarDateEmpty">&nbsp;</td>')
    rows += ["<tr>" + "".join(cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7)]
    return "\n".join(rows) + "</table>"


def sidebar(a):
    s = ['<div id="sp-right">',
         '<div class="banner-240"><span class="banner-label">Реклама</span><div id="lk_240x400_r1"></div></div>',
         '<div class="moduletable"><h3>Стрічка новин</h3><div class="k2ItemsBlock"><ul>']
    for i in range(4):
        t = STRICHKA[(a["seed"] * 3 + i) % len(STRICHKA)]
        d = a["today"] - _dt.timedelta(minutes=20 + i * 47)
        s.append(f'<li><span class="moduleItemDateCreated">{d:%H:%M}</span><a class="moduleItemTitle" href="/novyny/item/{a["nid"] + 60 - i * 3}">{t}</a></li>')
    s.append('</ul><a class="moduleCustomLink" href="/novyny">Усі новини</a></div></div>')
    s.append('<div class="moduletable popular"><h3>Найпопулярніше</h3><ol style="list-style:none;margin:0;padding:0;counter-reset:pop">')
    for i in range(5):
        t = POPULAR[(a["seed"] + i) % len(POPULAR)]
        s.append(f'<li><a href="/novyny/item/{a["nid"] - 400 - i * 11}">{t}</a></li>')
    s.append("</ol></div>")
    s.append('<div class="moduletable acymailing_module"><h3>Розсилка новин</h3><form action="/component/acymailing/?ctrl=sub" method="post" name="formAcymailing1">'
             '<p>Отримуйте головні новини Львова та області щоранку на свою пошту.</p>'
             '<input class="inputbox" type="text" name="user[name]" placeholder="Ваше ім’я">'
             '<input class="inputbox" type="email" name="user[email]" placeholder="E-mail" required>'
             '<input type="hidden" name="hiddenlists" value="1,3"><input class="button" type="submit" value="Підписатися"></form></div>')
    s.append(f'<div class="moduletable poll"><h3>Опитування</h3><form action="/poll" method="post"><p><b>{a["poll"][0]}</b></p><table>' + "".join(
        f'<tr><td><input type="radio" name="voteid" id="v{i}" value="{i + 1}"></td><td><label for="v{i}">{o}</label></td></tr>'
        for i, o in enumerate(a["poll"][1])) + '</table><input type="submit" class="button" value="Голосувати"> <a href="/poll/results">Результати</a></form></div>')
    s.append('<div class="banner-240"><span class="banner-label">Реклама</span><div id="lk_240x400_r2"></div></div>')
    s.append('<div class="moduletable"><h3>Колонки</h3><ul>' + "".join(
        f'<li style="padding:6px 0;border-bottom:1px dotted #ddd"><b><a href="/kolonky/{i + 3}">{n}</a></b><br><a href="/kolonky/item/{a["nid"] - 900 + i * 13}">{t}</a></li>'
        for i, (n, t) in enumerate(KOLONKY[:2])) + "</ul></div>")
    s.append('<div class="moduletable"><h3>Фоторепортажі</h3><ul class="foto-list">' + "".join(
        f'<li style="padding:5px 0"><a href="/foto/item/{a["nid"] - 50 - i * 9}"><img src="{HOST}/media/k2/galleries/{a["nid"] - 50 - i * 9}/thumb.jpg" width="90" height="60" alt="" style="float:left;margin-right:8px" />'
        f'{t}</a><br><span style="color:#999;font-size:11px">{n} фото</span><div class="clr"></div></li>'
        for i, (t, n) in enumerate(FOTO[a["seed"] % 3:a["seed"] % 3 + 2])) + "</ul></div>")
    s.append('<div class="moduletable afisha"><h3>Афіша</h3><div id="lk-afisha"></div><script type="text/javascript">var lkAfisha=' + json_dumps(
        [{"d": f'{(a["today"] + _dt.timedelta(days=d)).day:02d}.{(a["today"] + _dt.timedelta(days=d)).month:02d}', "t": t, "pl": pl, "url": f"/afisha/{i + 40}"}
         for i, (t, pl, d) in enumerate(AFISHA)]) + ';</script></div>')
    s.append('<div class="moduletable kursy"><h3>Курси валют</h3><table style="width:100%;font-size:13px"><tr><th></th><th>Купівля</th><th>Продаж</th></tr>'
             f'<tr><td>USD</td><td>{a["usd"]}</td><td>{a["usd"][:-2]}{int(a["usd"][-2:]) + 35:02d}</td></tr>'
             f'<tr><td>EUR</td><td>{a["eur"]}</td><td>{a["eur"][:-2]}{int(a["eur"][-2:]) + 40:02d}</td></tr></table></div>')
    s.append('<div class="moduletable k2CalendarBlock"><h3>Архів новин</h3>' + k2_calendar(a) + "</div>")
    s.append('<div class="moduletable tagcloud"><h3>Популярні теги</h3><div>' + " ".join(
        f'<a href="/tag/{i + 1}" style="font-size:{11 + (i * 7) % 9}px">{t}</a>' for i, t in enumerate(TAG_CLOUD[:6])) + "</div></div>")
    s.append('<div class="moduletable"><h3>Ми в соцмережах</h3><ul><li><a href="https://social.example/lvivkurier">Facebook</a></li>'
             '<li><a href="https://t.example/lvivkurier">Telegram</a></li><li><a href="https://photos.example/lvivkurier">Instagram</a></li>'
             '<li><a href="https://video.example/@lvivkurier">YouTube</a></li></ul></div>')
    s.append("</div>")
    return "\n".join(s)


def footer(a):
    cols = "".join(f'<div class="f-col"><h4>{h}</h4><ul>' + "".join(
        f'<li><a href="/info/{i + 1}">{x}</a></li>' for i, x in enumerate(xs)) + "</ul></div>" for h, xs in FOOTER[:2])
    return ('<div id="sp-footer">' + cols +
            f'<div class="copyright">© 2007–{a["today"].year} «Львівський кур’єр». Усі права захищено. Використання матеріалів дозволяється '
            'лише за умови прямого гіперпосилання на сайт не нижче першого абзацу. Думки авторів колонок можуть не збігатися з позицією редакції. '
            'Редакція не несе відповідальності за зміст рекламних матеріалів.<br>Адреса редакції: м. Львів, вул. Січових Стрільців, 11, '
            'тел. (032) 200-00-00, e-mail: redakcia@lvivskyi-kurier.example'
            f'<div class="counters">{COUNTER}</div></div></div>')


def render_body(a, shy_on):
    marker = {"entity": "&shy;", "char": SHY}.get(a.get("shy")) if shy_on else None
    words = a.get("shy_words", [])
    fix = ents if a.get("entities_markup") else (lambda x: x)

    def prep(t):
        t = fix(t)
        if marker:
            t = hyphenate(t, words, marker)
        return t

    out, blocks = [], []
    if a.get("intro"):
        blocks.append(Block("paragraph", a["intro"], optional=True))
    if a.get("img"):
        blocks.append(Block("caption", a["img"][1], optional=True))
    for part in a["parts"]:
        k = part[0]
        if k == "p":
            out.append(f"<p>{prep(part[1])}</p>")
            blocks.append(Block("paragraph", part[1]))
        elif k == "h":
            out.append(f"<h3>{prep(part[1])}</h3>")
            blocks.append(Block("heading", part[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{prep(x)}</li>" for x in part[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in part[1]]
        elif k == "note":
            out.append(f'<p class="vypravlennya"><em>{prep(part[1])}</em></p>')
            blocks.append(Block("note", part[1], optional=True))
        elif k == "ad":
            ad = '<div class="lk-intext" style="margin:16px 0;text-align:center"><span class="banner-label">Реклама</span><div id="lk_intext"></div></div>'
            if a.get("split"):
                t_r, _ = a["related"][0]
                ad = (f'</div>\n{ad}\n<div class="lk-readalso"><b>Читайте також:</b> <a href="/{a["section"][0]}/item/{a["nid"] - 137}">{t_r}</a></div>\n'
                      '<div class="itemFullText itemFullText-cont">')
            out.append(ad)
    intro_html = f"<p><strong>{prep(a['intro'])}</strong></p>" if a.get("intro") else ""
    return intro_html, "\n".join(out), blocks


def page(a, shy_on=True):
    pub, mod = a["pub"], a.get("mod")
    sec_key, sec_name = a["section"]
    charset = a["charset"]
    url = a["url"]
    intro_html, body_html, _ = render_body(a, shy_on)
    title = a.get("title", a["headline"]) + ("" if a.get("bare_title") else " - " + NAME)
    desc = a.get("intro") or a["desc"]
    img_url = f"{HOST}/media/k2/items/cache/{a['hash']}_XL.jpg"
    head = ['<!DOCTYPE html>', '<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="uk-ua" lang="uk-ua" dir="ltr">', "<head>"]
    if charset == "windows-1251":
        head.append('<meta http-equiv="content-type" content="text/html; charset=windows-1251" />')
    else:
        head.append('<meta charset="utf-8" />')
    head += [f'<base href="{url}" />',
             f'<meta name="keywords" content="{esc(", ".join(a["tags"]))}, новини Львова, Львівщина" />',
             '<meta name="rights" content="Львівський кур’єр" />'] + (
                 [f'<meta name="author" content="{esc(a.get("meta_author", a["author"]))}" />'] if a.get("meta_author", True) is not None else []) + [
             '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
             '<meta property="og:url" content="%s" />' % url, '<meta property="og:type" content="article" />',
             f'<meta property="og:title" content="{esc(a.get("title", a["headline"]))}" />',
             f'<meta property="og:description" content="{esc(desc)}" />', f'<meta property="og:image" content="{img_url}" />',
             '<meta property="og:site_name" content="Львівський кур’єр" />', '<meta property="og:locale" content="uk_UA" />']
    if a.get("meta_pub", True):
        head.append(f'<meta property="article:published_time" content="{iso(pub)}" />')
    if mod:
        head.append(f'<meta property="article:modified_time" content="{iso(mod)}" />')
    head += ['<meta name="twitter:card" content="summary_large_image" />', '<meta name="twitter:site" content="@lvivkurier" />',
             f'<meta name="twitter:title" content="{esc(a.get("title", a["headline"]))}" />', f'<meta name="twitter:image" content="{img_url}" />',
             f'<meta name="description" content="{esc(desc)}" />',
             '<meta name="generator" content="Joomla! - Open Source Content Management" />',
             f"<title>{title}</title>", f'<link href="{url}" rel="canonical" />',
             '<link href="/templates/lk_news/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />',
             '<link href="/media/k2/assets/css/k2.fonts.css?v2.7.1" rel="stylesheet" type="text/css" />',
             '<link href="/components/com_k2/css/k2.css?v2.7.1" rel="stylesheet" type="text/css" />',
             '<link href="/templates/lk_news/css/bootstrap.min.css" rel="stylesheet" type="text/css" />']
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "headline": a.get("title", a["headline"]), "description": desc, "image": [img_url],
              "datePublished": iso(a.get("ld_pub", pub)), "dateModified": iso(mod or pub),
              "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{HOST}/images/logo-lk.png"}},
              "inLanguage": "uk"}
        if a.get("ld_author", True):
            ld["author"] = {"@type": "Person", "name": a["author"]}
        head.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    head += ["<style type=\"text/css\">" + CSS + "</style>",
             '<script src="/media/jui/js/jquery.min.js?3f1b6e" type="text/javascript"></script>',
             '<script src="/media/jui/js/jquery-noconflict.js?3f1b6e" type="text/javascript"></script>',
             '<script src="/media/jui/js/jquery-migrate.min.js?3f1b6e" type="text/javascript"></script>',
             '<script src="/media/k2/assets/js/k2.frontend.js?v2.7.1&amp;sitepath=/" type="text/javascript"></script>',
             '<script src="/media/system/js/caption.js?3f1b6e" type="text/javascript"></script>',
             '<script src="/media/jui/js/bootstrap.min.js?3f1b6e" type="text/javascript"></script>',
             '<script type="application/json" class="joomla-script-options new">' + _json.dumps(
                 {"csrf.token": "5f2c9a1e7b3d4c6a8e0f1b2d3c4e5f6a", "system.paths": {"root": "", "base": ""},
                  "joomla.jtext": {"JLIB_FORM_FIELD_INVALID": "Неправильне поле:&#160;", "K2_COMMENT_SUBMITTED": "Дякуємо! Коментар буде опубліковано після перевірки.",
                                   "K2_NOTICE_PLEASE_FILL_IN_ALL_REQUIRED_FIELDS": "Будь ласка, заповніть усі обов’язкові поля",
                                   "TPL_LK_COOKIE_OK": "Зрозуміло"},
                  "k2": {"itemId": a["nid"], "catId": a["itemid"], "commentsEnabled": True, "ratingEnabled": False}},
                 ensure_ascii=False) + "</script>",
             '<script type="text/javascript">' + JS_INIT + "</script>",
             '<script type="text/javascript">' + GA_JS.replace("{section}", sec_key).replace("{author}", a["author"]) + "</script>",
             '<script type="text/javascript">' + ADS_JS.replace("{section}", sec_key) + "</script>",
             '<style type="text/css">' + utility_css("lk") + "</style>",
             '<script type="text/javascript">' + ad_config(a["nid"], "lk", [("lk_728x90_top", [[728, 90]]), ("lk_240x400_r1", [[240, 400], [300, 250]]),
                                                                            ("lk_240x400_r2", [[240, 400]]), ("lk_intext", [[300, 250], [336, 280]])]) + "</script>",
             '<script type="text/javascript">var lkSubmenu=' + json_dumps({k: [{"t": x, "url": f"/{k}/{i + 1}"} for i, x in enumerate(v)] for k, v in SUBS.items()}) + ";</script>",
             "</head>"]
    t = a["today"]
    b = [f'<body class="site com_k2 view-item no-layout no-task itemid-{a["itemid"]} uk-ua ltr">',
         icon_sprite(a["nid"] % 997, ["search", "menu", "close", "print", "mail", "font-plus", "font-minus", "comment", "facebook", "telegram", "viber", "rss"]),
         '<div id="sp-wrapper">',
         f'<div id="sp-topbar"><span class="today">Сьогодні: {ua_date(t, time=False, cap=False)}</span>'
         f'<span class="informers"><span>Львів: {a["weather"]}</span><span>USD {a["usd"]}</span><span>EUR {a["eur"]}</span>'
         '<span><a href="/rss" style="color:#bbb">RSS</a></span></span></div>',
         '<div id="sp-header"><a class="logo" href="/"><span>Львівський кур’єр</span></a>'
         '<div class="head-banner"><span class="banner-label">Реклама</span><div id="lk_728x90_top"></div></div></div>',
         nav(sec_key), offcanvas(), '<div id="sp-main"><div class="sp-main-row"><div id="sp-component"><div class="sp-component-inner">',
         '<ul class="breadcrumb"><li><a href="/" class="pathway">Головна</a><span class="divider">/</span></li>'
         f'<li><a href="/{sec_key}" class="pathway">{sec_name}</a><span class="divider">/</span></li><li class="active"><span>{a["crumb"]}</span></li></ul>',
         '<span id="startOfPageId%d"></span>' % a["nid"],
         (f'<div class="page-header"><h1>{sec_name}</h1></div>' if a.get("page_heading") else ""),
         f'<div id="k2Container" class="itemView itemIsFeatured"><div class="k2ItemWrap"><div class="k2ItemInner">',
         '<div class="itemHeader">', f'<span class="itemDateCreated">{ua_date(pub)}</span>',
         f'<h1 class="itemTitle">{a["headline"]}</h1>']
    if a.get("author"):
        b.append(f'<span class="itemAuthor">Автор&nbsp;<a rel="author" href="/avtory/{a["author_slug"]}">{a["author"]}</a></span>')
    b.append("</div>")
    b.append('<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="%s?tmpl=component&amp;print=1" '
             'onclick="window.open(this.href,\'printWindow\',\'width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes\'); return false;">'
             '<span>Друк</span></a></li><li><a class="itemEmailLink" rel="nofollow" href="/component/mailto/?tmpl=component&amp;link=%d"><span>E-mail</span></a></li>'
             '<li><span class="itemTextResizerTitle">Розмір шрифту</span> <a href="#" class="fontDecrease"><span>зменшити</span></a> '
             '<a href="#" class="fontIncrease"><span>збільшити</span></a></li>'
             '<li><a class="itemCommentsLink k2Anchor" href="#itemCommentsAnchor">Коментарі (%d)</a></li></ul><div class="clr"></div></div>'
             % (url, a["nid"], len(a.get("comments", []))))
    b.append('<div class="itemBody">')
    if a.get("img"):
        src, cap, credit = a["img"]
        b.append(f'<div class="itemImageBlock"><span class="itemImage"><a class="modal" rel="{{handler: \'image\'}}" href="{img_url}" title="Збільшити зображення">'
                 f'<img src="{HOST}/media/k2/items/cache/{a["hash"]}_L.jpg" alt="{esc(a["headline"])}" style="width:780px; height:auto;" /></a></span>'
                 f'<span class="itemImageCaption">{cap}</span><span class="itemImageCredits">{credit}</span><div class="clr"></div></div>')
    if intro_html:
        b.append(f'<div class="itemIntroText">{intro_html}</div>')
    b.append(f'<div class="itemFullText">\n{body_html}\n</div>')
    if mod:
        b.append(f'<div class="itemDateModified">Останні зміни: {ua_date(mod, cap=False)}</div>')
    b.append('<div class="clr"></div></div>')
    b.append('<div class="itemLinks"><div class="itemTagsBlock"><span>Теги</span><ul class="itemTags">' + "".join(
        f'<li><a href="/tag/{i + 1}-{x.lower()}">{x}</a></li>' for i, x in enumerate(a["tags"])) + '</ul><div class="clr"></div></div></div>')
    b.append('<div class="itemSocialSharing"><span>Поділитися:</span> '
             f'<a class="sh-fb" href="https://social.example/sharer/sharer.php?u={url}" target="_blank" rel="nofollow">Facebook</a>'
             f'<a class="sh-tw" href="https://microblog.example/share?url={url}" target="_blank" rel="nofollow">Twitter</a>'
             f'<a class="sh-tg" href="https://t.example/share/url?url={url}" target="_blank" rel="nofollow">Telegram</a>'
             f'<a class="sh-vb" href="viber://forward?text={url}" rel="nofollow">Viber</a></div>')
    b.append('<div class="itemAuthorLatest"><h3 style="font-size:14px">Інші матеріали автора</h3><ul>' + "".join(
        f'<li><a href="/novyny/item/{a["nid"] - 31 * (i + 1)}">{t}</a></li>' for i, t in enumerate(STRICHKA[a["seed"] + 2:a["seed"] + 5])) + "</ul></div>")
    b.append('<div class="itemRelated"><h3>Інші матеріали за темою</h3><ul>')
    for i, (title_r, days) in enumerate(a["related"]):
        d = pub - _dt.timedelta(days=days, hours=i * 2)
        b.append(f'<li class="{"even" if i % 2 else "odd"}"><span class="rel-date">{d.day:02d}.{d.month:02d}.{d.year}</span>'
                 f'<a href="/{sec_key}/item/{a["nid"] - 137 * (i + 1)}">{title_r}</a></li>')
    b.append('</ul><div class="clr"></div></div>')
    b.append('<div class="itemNavigation"><span class="itemNavigationTitle">Читайте також:</span> '
             f'<a class="itemPrevious" href="/{sec_key}/item/{a["nid"] - 1}">&laquo; Попередній матеріал</a> '
             f'<a class="itemNext" href="/{sec_key}/item/{a["nid"] + 1}">Наступний матеріал &raquo;</a></div>')
    b.append('<div class="partnery" style="margin:18px 0"><h3 style="font-size:14px;text-transform:uppercase;color:#7a1f1f">Новини партнерів</h3>'
             '<div style="display:grid;grid-template-columns:repeat(4,1fr);gap:10px">' + "".join(
                 f'<a href="https://tz.galnet-ads.example/go?b={pid}&amp;s=lk{a["seed"]}" target="_blank" rel="nofollow sponsored" style="font-size:12px;color:#333">'
                 f'<img src="https://tz.galnet-ads.example/img/{pid}.jpg" width="170" height="110" alt="" /><br>{t}</a>' for t, pid in PARTNERY[:2]) + "</div></div>")
    b.append('<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a><div class="itemComments">')
    if a.get("comments"):
        b.append(f'<h3 class="itemCommentsCounter"><span>{len(a["comments"])}</span> коментарі</h3><div class="itemCommentsList"><ul>')
        for nick, mins, txt in a["comments"]:
            d = pub + _dt.timedelta(minutes=mins)
            b.append(f'<li><span class="commentAuthorName">{nick}</span><span class="commentDate">{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M}</span><p>{txt}</p></li>')
        b.append("</ul></div>")
    b.append('<div class="itemCommentsForm"><h3>Залишити коментар</h3><p class="itemCommentsFormNotes">Коментарі з образами, закликами до '
             'насильства та рекламою видалятимуться. Поля, позначені зірочкою, обов’язкові.</p>'
             f'<form action="/index.php" method="post" id="comment-form"><input type="hidden" name="itemID" value="{a["nid"]}" />'
             '<label for="commentText">Коментар *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>'
             '<label for="userName">Ім’я *</label><input class="inputbox" type="text" name="userName" id="userName" value="" />'
             '<label for="commentEmail">E-mail *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" />'
             '<input type="submit" class="button" id="submitCommentButton" value="Надіслати" /></form></div></div>')
    b.append("</div></div></div>")  # k2Container
    b.append("</div></div>")  # sp-component
    b.append(sidebar(a))
    b.append("</div></div>")  # sp-main
    b.append(footer(a))
    b.append("</div>")  # sp-wrapper
    b.append('<div id="cookie-notice">Ми використовуємо файли cookie, щоб сайт працював коректно, а також для аналітики та показу реклами. '
             'Продовжуючи користуватися сайтом, ви погоджуєтеся з <a href="/info/privacy" style="color:#f5c6c2">політикою конфіденційності</a>.'
             '<button type="button">Зрозуміло</button></div>')
    b.append("</body></html>")
    return "\n".join(head + b)


COMMON_TAGS = ["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments", "related-list", "most-read",
               "ad-slots", "tag-list", "decoy-date", "localized-date", "local-time-zone"]


def phenomena(a, blocks, shy_on):
    tags = set(COMMON_TAGS) | set(a.get("extra_tags", []))
    kinds = {bl.kind for bl in blocks}
    for kind, tag in (("heading", "subheadings"), ("list_item", "list-in-body"), ("note", "correction-note")):
        if kind in kinds:
            tags.add(tag)
    if a.get("img"):
        tags.add("photo-caption")
    if a.get("intro"):
        tags.add("standfirst")
    if a.get("mod"):
        tags.add("updated-date")
    if a.get("jsonld"):
        tags.add("json-ld")
    if a["charset"] != "utf-8":
        tags.add("legacy-encoding")
    if any(p[0] == "ad" for p in a["parts"]):
        tags.add("teasers-in-article")
    if a.get("split"):
        tags |= {"split-body", "inline-related"}
    if a.get("bare_title"):
        tags.discard("title-differs-from-headline")
    if a.get("entities_markup") or (shy_on and a.get("shy") == "entity"):
        tags.add("html-entities")
    if shy_on and a.get("shy"):
        tags.add("invisible-chars")
    if a.get("title", a["headline"]) != a["headline"]:
        tags.add("title-differs-from-headline")
    return sorted(tags)


# ================================================================ articles

ARTICLES = []

# ---------------------------------------------------------------- 01: tram repair, windows-1251, entities
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, charset="windows-1251", section=("lviv", "Львів"), crumb="Транспорт", nid=21874, itemid=112,
    hash="a3f91c07d2e84b6f", url=f"{HOST}/lviv/item/21874-tramvai-7-na-dva-misiatsi-zaminiat-avtobusamy",
    pub=dt(2015, 3, 12, 14, 20), today=dt(2015, 3, 13, 8, 35), weather="+4°C", usd="23,40", eur="24,85",
    entities_markup=True, author="Тарас Мельничук", author_slug="taras-melnychuk",
    headline="Трамвай №7 на два місяці замінять автобусами через ремонт колії на Городоцькій",
    title="Трамвай №7 замінять автобусами: ремонт колії на Городоцькій триватиме до червня",
    intro="Ремонт 1,8 кілометра трамвайної колії розпочнеться 1 квітня і триватиме до кінця травня. На час робіт курсуватимуть шість додаткових автобусів.",
    tags=["Транспорт", "Львів", "Ремонт доріг"],
    poll=("Як ви щодня добираєтеся на роботу?", ["Громадським транспортом", "Автомобілем", "Велосипедом", "Пішки"]),
    parts=[
        ("p", "З 1 квітня трамвай №7 тимчасово не курсуватиме від центру міста до кінцевої зупинки на Сигнівці. Комунальне підприємство «Галицькі колії» починає капітальний ремонт 1,8 кілометра колії на вулиці Городоцькій — однієї з найбільш завантажених транспортних артерій міста."),
        ("p", "Роботи обійдуться у 46,3 мільйона гривень. Кошти виділено з міського бюджету та кредиту, який підприємство отримало торік, повідомив директор КП «Галицькі колії» Остап Кривенко."),
        ("p", "«Колію на цій ділянці востаннє повністю перекладали у 1984 році. Шпали прогнили, рейки зношені, через це трамваї тут їздять зі швидкістю 10–15 кілометрів на годину. Після ремонту швидкість можна буде підняти до 40 кілометрів», — пояснив Кривенко."),
        ("p", "На час ремонту замість трамвая курсуватимуть шість додаткових автобусів за маршрутом №7А. Інтервал руху в години пік становитиме 6–8 хвилин, вартість проїзду не зміниться — 2 гривні. У підприємстві просять пасажирів закладати на дорогу щонайменше на 15 хвилин більше."),
        ("ad",),
        ("p", "Рух автомобілів по Городоцькій на окремих ділянках обмежать: роботи проводитимуть почергово, щоб одна смуга в кожному напрямку залишалася відкритою. Найскладнішим етапом стане перехрестя з вулицею Шевченка, яке на три вихідні дні перекриють повністю."),
        ("p", "Підрядника визначили на тендері в лютому. Ним стала компанія «Рейкобуд» з Києва, яка запропонувала найнижчу ціну серед чотирьох учасників."),
        ("p", "Мешканці Сигнівки, які щодня їздять до центру, сприйняли новину неоднозначно. «Ремонт потрібен, це всі розуміють. Але два місяці з автобусами, в яких і так тісно, — це важко», — каже пенсіонерка Марія Гуменюк, яка чекала на трамвай на зупинці біля ринку."),
        ("p", "У «Галицьких коліях» обіцяють, що трамвай повернеться на маршрут до 1 червня. Наступного року підприємство планує відремонтувати ще 2,5 кілометра колії на вулиці Личаківській."),
        ("p", "Під час ремонту також замінять контактну мережу та облаштують три нові зупинки з навісами й табло, які показуватимуть час прибуття трамваїв."),
        ("p", "Як повідомили у «Галицьких коліях», під час ремонту замінять не лише рейки, а й шпали та бетонну основу колії, яка не оновлювалася понад 40 років. Кошторис робіт становить 38 мільйонів гривень, більшу частину коштів виділяє міський бюджет."),
        ("p", "На час ремонту на Городоцькій обмежать рух автомобілів: на окремих ділянках транспорт рухатиметься однією смугою в кожному напрямку. У міській раді радять водіям заздалегідь планувати маршрути в об’їзд, зокрема через Кульпарківську."),
        ("p", "Мешканці Сигнівки, які щодня їздять сьомим трамваєм до центру, побоюються заторів. «Автобус у годину пік їде вдвічі довше, ніж трамвай. Добре, якщо ремонт справді закінчать у травні», — каже пенсіонерка Марія Гнатів."),
    ],
    related=[("Пасажири скаржаться на переповнені трамваї в години пік", 9), ("На Городоцькій обмежать рух через ремонт теплотраси", 40),
             ("Місто отримає 12 відремонтованих трамвайних вагонів", 75), ("Ціни на проїзд у маршрутках можуть зрости", 21)],
    comments=[("Андрій_Сигнівка", 35, "Нарешті! Ця колія трясе так, що в трамваї неможливо стояти."),
              ("галичанка", 80, "Два місяці — це якщо пощастить. Подивимось, чи вкладуться в строки.")],
    entities=[("Городоцькій", "LOC"), ("Сигнівці", "LOC"), ("Галицькі колії", "ORG"), ("Остап Кривенко", "PER"), ("Кривенко", "PER"),
              ("Шевченка", "LOC"), ("Рейкобуд", "ORG"), ("Києва", "LOC"), ("Сигнівки", "LOC"), ("Марія Гуменюк", "PER"),
              ("Галицьких коліях", "ORG"), ("Личаківській", "LOC"), ("Галицьких коліях", "ORG"), ("Кульпарківську", "LOC"), ("Сигнівки", "LOC"), ("Марія Гнатів", "PER")],
    notes="Street names are annotated without the generic word 'вулиця'; typographic characters are written as character references in this windows-1251 page.",
))

# ---------------------------------------------------------------- 02: CT scanner, windows-1251, correction, modified
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, meta_author="Super User", charset="windows-1251", section=("lviv", "Львів"), crumb="Медицина", nid=28340, itemid=112,
    hash="5b0de7a1c96f3e22", url=f"{HOST}/lviv/item/28340-medychnyi-tsentr-zamkova-hora-otrymav-tomohraf",
    pub=dt(2016, 9, 20, 11, 5), mod=dt(2016, 9, 20, 17, 42), today=dt(2016, 9, 21, 9, 10), weather="+14°C", usd="26,05", eur="29,10",
    author="Ірина Савчин", author_slug="iryna-savchyn",
    headline="Медичний центр «Замкова гора» отримав новий комп’ютерний томограф",
    intro="Апарат придбали коштом благодійників і громади. Перших пацієнтів обстежать уже наступного тижня.",
    tags=["Медицина", "Благодійність", "Львів"],
    img=("tomograf.jpg", "Новий томограф у медичному центрі «Замкова гора».", "Фото: Ірина Савчин"),
    poll=("Чи доводилося вам збирати кошти на лікування?", ["Так", "Ні", "Допомагав іншим"]),
    parts=[
        ("p", "Медичний центр «Замкова гора» у Львові отримав новий 64-зрізовий комп’ютерний томограф. Апарат вартістю 11,4 мільйона гривень придбали за кошти благодійного фонду «Рука допомоги» та пожертви понад трьох тисяч львів’ян."),
        ("p", "Досі пацієнти центру, яким було потрібне таке обстеження, мусили їхати в інші лікарні або платити в приватних клініках від 1200 до 2500 гривень. Черга на безкоштовну томографію в місті сягала трьох тижнів."),
        ("p", "«Для пацієнтів з інсультом чи травмою голови кожна година має значення. Тепер ми зможемо робити обстеження цілодобово, не перевозячи людей через усе місто», — розповів головний лікар центру Роман Федорків."),
        ("p", "За його словами, новий томограф дає змогу обстежити до 40 пацієнтів на добу. Для роботи на апараті центр уже навчив шістьох рентгенологів і вісім лаборантів. Обстеження для пацієнтів, яких направив сімейний лікар, буде безкоштовним."),
        ("p", "Центр обслуговує понад 200 тисяч мешканців трьох районів міста та кількох прилеглих громад. Попередній томограф, встановлений ще у 2006 році, зламався минулої зими, і ремонтувати його виявилося недоцільно: запчастини до застарілої моделі вже не виготовляють, а ремонт коштував би більше половини ціни нового апарата."),
        ("ad",),
        ("p", "Збір коштів на томограф тривав майже півтора року. Голова фонду «Рука допомоги» Наталія Бойчук розповіла, що найбільший внесок — 2 мільйони гривень — зробила група місцевих підприємців, а найменший — 20 гривень — надіслала школярка з Пустомитів."),
        ("p", "«Ми щомісяця публікували звіт про кожну гривню. Думаю, саме тому люди довіряли і давали гроші навіть тоді, коли здавалося, що ми не встигнемо», — сказала Бойчук."),
        ("p", "Монтаж апарата та ремонт приміщення під нього тривали три тижні. Перших пацієнтів планують прийняти 26 вересня."),
        ("p", "Наступним кроком фонд «Рука допомоги» планує зібрати кошти на апарат ультразвукової діагностики для дитячого відділення центру. Його орієнтовна вартість — 2,3 мільйона гривень."),
        ("note", "Виправлення: у попередній версії матеріалу помилково зазначено, що томограф коштував 14 мільйонів гривень. Насправді його вартість — 11,4 мільйона гривень. Перепрошуємо читачів за помилку."),
    ],
    related=[("Фонд «Рука допомоги» оголосив збір на томограф", 420), ("У лікарнях міста бракує рентгенологів", 63),
             ("Безкоштовна діагностика: що змінилося для пацієнтів", 28), ("Волонтери передали лікарні два апарати ШВЛ", 110)],
    comments=[("Оксана", 50, "Дякую всім, хто збирав! Ми теж переказували гроші."),
              ("Петро з Пустомит", 95, "Молодці, це справжня допомога людям."),
              ("лікар_Л", 140, "Ще б зарплати рентгенологам підняти, бо люди звільняються.")],
    entities=[("Замкова гора", "ORG"), ("Львові", "LOC"), ("Рука допомоги", "ORG"), ("львів’ян", "MISC"), ("Роман Федорків", "PER"),
              ("Наталія Бойчук", "PER"), ("Пустомитів", "LOC"), ("Бойчук", "PER")],
    notes="«Замкова гора» is the name of the medical centre here (ORG), not the hill; the correction at the end is an optional note. The author meta holds the Joomla account that created the item ('Super User'), not the byline; the byline's name is gold.",
))

# ---------------------------------------------------------------- 03: hiking trail, soft hyphens as &shy;
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, page_heading=True, charset="utf-8", jsonld=True, section=("turyzm", "Туризм"), crumb="Карпати", nid=33512, itemid=125,
    hash="c47e0b9a1f3d58e6", url=f"{HOST}/turyzm/item/33512-u-skolivskykh-beskydakh-vidkryly-novyi-marshrut",
    pub=dt(2017, 6, 15, 9, 40), today=dt(2017, 6, 16, 12, 5), weather="+22°C", usd="26,10", eur="29,25",
    author="Андрій Когут", author_slug="andrii-kohut", shy="entity",
    shy_words=["турис|тичний", "природо|охоронних", "інфор|маційних", "облашто|вували", "відпочи|вальників", "підпри|ємців",
               "спеці|альної", "облаш|тованими", "асфальто|ваних", "прогно|зують"],
    headline="У Сколівських Бескидах відкрили новий маршрут до водоспаду Срібна Струга",
    intro="Стежку завдовжки 7,4 кілометра облаштували волонтери громадської організації «Стежки Бойківщини». На маршруті встановили 12 інформаційних табличок і три місця для відпочинку.",
    tags=["Туризм", "Карпати", "Сколе", "Волонтери"],
    img=("srib-struha.jpg", "Дерев’яний міст через потік на новому маршруті.", "Фото: ГО «Стежки Бойківщини»"),
    poll=("Де ви плануєте відпочивати цього літа?", ["У Карпатах", "На морі", "За кордоном", "Вдома"]),
    parts=[
        ("p", "Новий туристичний маршрут від села Корчин до водоспаду Срібна Струга відкрили у Сколівських Бескидах. Стежку завдовжки 7,4 кілометра протягом двох років облаштовували волонтери громадської організації «Стежки Бойківщини»."),
        ("h", "Що є на маршруті"),
        ("p", "Маршрут розрахований на чотири-п’ять годин ходьби в обидва боки і має середню складність. На ньому встановили 12 інформаційних табличок про рослини й тварин Карпат, три облаштовані місця для відпочинку з навісами та дерев’яний міст через потік."),
        ("p", "«Ми свідомо не робили тут асфальтованих доріжок і бетонних сходів. Хотілося зберегти природний характер стежки, але зробити її безпечною для людей без спеціальної підготовки», — пояснила координаторка проекту Софія Левицька."),
        ("p", "Проект профінансували за рахунок грантової програми для природоохоронних ініціатив та внесків місцевих підприємців. Загальна вартість робіт склала близько 380 тисяч гривень. Ще понад 4 тисячі годин праці безкоштовно віддали волонтери зі Львова, Стрия і Дрогобича."),
        ("ad",),
        ("h", "Правила для відвідувачів"),
        ("p", "Організатори просять туристів дотримуватися кількох простих правил: не сходити зі стежки, не розпалювати вогнища поза облаштованими місцями і забирати з собою все сміття. Вхід на маршрут безкоштовний, але на початку стежки встановили скриньку для добровільних внесків на її утримання."),
        ("p", "Рятувальники нагадують, що навіть на облаштованих маршрутах варто повідомляти близьким про свої плани, мати з собою заряджений телефон, воду і дощовик. Погода в Бескидах може змінитися за пів години, а мобільний зв’язок на окремих ділянках стежки відсутній."),
        ("p", "За словами сільського голови Корчина Василя Дацька, вже за перші вихідні після відкриття стежкою пройшли понад 300 відпочивальників. «Для села це шанс. Люди приїжджають, купують у нас сир і мед, питають про ночівлю. Кілька родин уже думають відкрити садиби», — каже він."),
        ("p", "Наступного року волонтери планують продовжити маршрут до вершини Парашка. У громадській організації прогнозують, що за сезон новою стежкою пройдуть щонайменше 10 тисяч туристів."),
        ("p", "За словами волонтерів, на облаштування маршруту пішло майже два роки. Вони розчистили стару лісову стежку, встановили 14 вказівників, два місточки через потічки та місце для відпочинку з навісом біля водоспаду."),
        ("p", "Маршрут має середню складність: перепад висот становить близько 420 метрів, тож подолати його можна за чотири-п’ять годин в обидва боки. Організатори радять брати з собою воду, зручне взуття і дощовик, адже погода в горах змінюється швидко."),
        ("p", "Наступного року «Стежки Бойківщини» планують з’єднати новий маршрут із популярною стежкою на гору Парашка, щоб туристи могли пройти кільцем за один день."),
    ],
    related=[("Рятувальники радять туристам реєструватися перед походом у гори", 12), ("У Карпатах розмітили 40 кілометрів нових стежок", 300),
             ("Сколе готується до туристичного сезону", 45), ("Де в області безпечно купатися: перелік пляжів", 3)],
    comments=[("турист_Львів", 200, "Були в неділю, дуже гарно і чисто. Дякуємо волонтерам!")],
    entities=[("Сколівських Бескидах", "LOC"), ("Срібна Струга", "LOC"), ("Стежки Бойківщини", "ORG"), ("Корчин", "LOC"),
              ("Карпат", "LOC"), ("Софія Левицька", "PER"), ("Львова", "LOC"), ("Стрия", "LOC"), ("Дрогобича", "LOC"),
              ("Корчина", "LOC"), ("Василя Дацька", "PER"), ("Парашка", "LOC"), ("Бескидах", "LOC"), ("Парашка", "LOC")],
    notes="Long words in the body carry soft hyphens written as &shy; (pasted from the print layout); the gold text omits them, as normalize.clean drops U+00AD on both sides. The <h1> 'Туризм' is the menu item's page heading printed above the K2 item; the item title is the headline.",
))

# ---------------------------------------------------------------- 04: street jazz festival, list, photo
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, page_heading=True, charset="utf-8", jsonld=True, section=("kultura", "Культура"), crumb="Фестивалі", nid=41207, itemid=131,
    hash="0e6a2d49b8c17f35", url=f"{HOST}/kultura/item/41207-festyval-vulychnoho-dzhazu-brukivka",
    pub=dt(2018, 10, 5, 16, 30), today=dt(2018, 10, 6, 10, 50), weather="+11°C", usd="28,20", eur="32,45",
    author="Мар’яна Дорош", author_slug="mariana-dorosh",
    headline="Фестиваль вуличного джазу «Бруківка» вперше пройде у Львові",
    intro="Три дні, сім сцен просто неба і понад 40 музикантів. Усі концерти будуть безкоштовними.",
    tags=["Культура", "Фестивалі", "Джаз", "Львів"],
    img=("brukivka.jpg", "Юрко Панасюк під час вуличного виступу у Львові.", "Фото: організатори фестивалю"),
    poll=("Який жанр музики ви слухаєте найчастіше?", ["Рок", "Джаз", "Класика", "Поп", "Народна музика"]),
    parts=[
        ("p", "З 12 по 14 жовтня у Львові вперше відбудеться фестиваль вуличного джазу «Бруківка». Концерти проходитимуть просто неба у дворах і на невеликих площах історичного центру, а вхід на всі виступи буде вільним."),
        ("p", "Ідея фестивалю належить саксофоністові Юркові Панасюку, який понад десять років грав на вулицях міст Європи. «У Лісабоні чи Кракові я бачив, як музика змінює звичайний двір. Люди зупиняються, знайомляться, танцюють. Хочу, щоб таке було й у нас», — розповів він."),
        ("p", "У програмі — 14 колективів з України, Польщі та Грузії, зокрема квартет «Тераса» з Одеси і біг-бенд «Мости» з Вроцлава."),
        ("p", "Сцени розташують, зокрема, у таких місцях:"),
        ("ul", ["подвір’я кам’яниці на вулиці Вірменській, 14;", "сквер біля Бернардинського монастиря;",
                "внутрішній двір книгарні «Читанка» на Руській;", "подвір’я Ратуші."]),
        ("p", "Організатори домовилися з міською владою про те, що концерти триватимуть з 12:00 до 21:00, щоб не заважати мешканцям центру. Після дев’ятої вечора програма продовжиться у двох клубах, але там уже діятимуть квитки."),
        ("ad",),
        ("p", "Бюджет фестивалю — близько 600 тисяч гривень. Половину коштів надали спонсори, решту організатори зібрали через краудфандинг: понад 1100 людей підтримали проект внесками від 50 гривень."),
        ("p", "Якщо погода не дозволить грати просто неба, частину концертів перенесуть до критих залів. Розклад виступів опублікують на сторінці фестивалю за тиждень до початку."),
        ("p", "Волонтерами фестивалю зголосилися стати понад 80 студентів. Вони чергуватимуть біля сцен, допомагатимуть музикантам і стежитимуть за чистотою у дворах."),
        ("p", "Для Львова це не перший музичний фестиваль просто неба, але вперше програму повністю присвятили вуличному джазу. Панасюк каже, що хоче зробити «Бруківку» щорічною: якщо перший фестиваль вдасться, наступного року організатори запросять музикантів з п’яти країн і додадуть дитячу сцену з майстер-класами."),
        ("p", "Організатори розраховують, що за три дні фестиваль відвідають щонайменше 25 тисяч людей. Кошторис «Бруківки» становить 2,3 мільйона гривень: частину коштів виділило місто, решту — спонсори та благодійний фонд, що підтримує молодих музикантів."),
        ("p", "Окрім концертів, у програмі — майстер-класи для юних музикантів, джем-сесії в кав’ярнях старого міста та нічний концерт на подвір’ї Арсеналу. Для людей з інвалідністю біля кожної сцени облаштують окремі майданчики."),
        ("p", "Юрко Панасюк зізнається, що мріяв про такий фестиваль понад десять років. «Джаз народився на вулиці, і ми хочемо повернути його туди, де його може почути кожен перехожий», — каже він."),
    ],
    related=[("Осінь у Львові: афіша фестивалів на жовтень", 6), ("Вуличні музиканти просять дозволити їм грати довше", 70),
             ("Джазовий вечір у Ратуші зібрав тисячу слухачів", 150), ("Львів’яни обирають найкращий двір міста", 33)],
    comments=[("Ліля", 60, "Чудова ідея! Обов’язково прийдемо з дітьми."),
              ("мешканець_центру", 120, "Аби тільки до 21:00, а не до ночі.")],
    entities=[("Бруківка", "MISC"), ("Львові", "LOC"), ("Юрко Панасюк", "PER"), ("Юркові Панасюку", "PER"), ("Європи", "LOC"),
              ("Лісабоні", "LOC"), ("Кракові", "LOC"), ("України", "LOC"), ("Польщі", "LOC"), ("Грузії", "LOC"), ("Тераса", "ORG"),
              ("Одеси", "LOC"), ("Мости", "ORG"), ("Вроцлава", "LOC"), ("Вірменській", "LOC"), ("Бернардинського монастиря", "LOC"),
              ("Читанка", "ORG"), ("Руській", "LOC"), ("Ратуші", "LOC"), ("Львова", "LOC"), ("Панасюк", "PER"), ("Бруківку", "MISC"), ("Бруківки", "MISC"), ("Арсеналу", "LOC")],
    notes="The festival name is a MISC mention; the list lead-in sentence is a paragraph and each venue is a list item. The <h1> 'Культура' is the menu item's page heading printed above the K2 item; the item title is the headline.",
))

# ---------------------------------------------------------------- 05: bike lane, correction, modified
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, split=True, meta_pub=False, charset="utf-8", jsonld=True, section=("lviv", "Львів"), crumb="Транспорт", nid=52964, itemid=112,
    hash="9d3b71e0a5c2f864", url=f"{HOST}/lviv/item/52964-na-stryiskii-oblashtuiut-velodorizhku",
    pub=dt(2020, 7, 22, 18, 15), mod=dt(2020, 7, 23, 9, 30), today=dt(2020, 7, 23, 14, 0), weather="+27°C", usd="27,65", eur="32,05",
    author="Богдан Яворський", author_slug="bohdan-iavorskyi",
    headline="На Стрийській облаштують 3,2 кілометра велодоріжки",
    title="Велодоріжка на Стрийській: коли почнуть роботи і що зміниться для водіїв",
    intro="Роботи почнуться в серпні й триватимуть до кінця жовтня. Велодоріжку відокремлять від проїжджої частини бордюром.",
    tags=["Велосипед", "Транспорт", "Львів", "Сихів"],
    poll=("Чи їздите ви містом на велосипеді?", ["Щодня", "Іноді", "Ні, небезпечно", "Ні, немає велосипеда"]),
    parts=[
        ("p", "Уздовж вулиці Стрийської у Львові облаштують велодоріжку завдовжки 3,2 кілометра. Вона з’єднає район Сихова з уже наявною велосипедною мережею центральної частини міста."),
        ("p", "Проект підготувало комунальне підприємство «Зелена мобільність», підрядника мають визначити на початку серпня. Орієнтовна вартість робіт — 27 мільйонів гривень."),
        ("p", "«Це буде не просто смуга, намальована фарбою. Велодоріжку відокремлять від авто бордюром і газоном, а на перехрестях облаштують окремі світлофорні секції для велосипедистів», — розповіла керівниця проекту Христина Заяць."),
        ("p", "За даними підприємства, торік на Стрийській у теплу пору року фіксували в середньому 1100 велосипедистів на добу, і їхня кількість щороку зростає. Водночас саме на цій вулиці за останні три роки сталося 17 дорожньо-транспортних пригод за участю велосипедистів."),
        ("ad",),
        ("p", "Частина водіїв проект критикує: на місці велодоріжки зникнуть близько 90 паркомісць уздовж проїжджої частини. «Де мені тепер ставити машину, коли приїжджаю на роботу? Про водіїв знову ніхто не подумав», — нарікає підприємець Ігор Стахів, який має магазин на Стрийській."),
        ("p", "У «Зеленій мобільності» відповідають, що поблизу облаштують перехоплювальний паркінг на 120 місць біля зупинки «Сихівська»."),
        ("p", "Голова громадської організації «Велолюди Львова» Назар Гринів вважає, що велодоріжка потрібна давно. «Люди хочуть їздити на роботу велосипедом, але бояться. Коли з’являється безпечна інфраструктура, велосипедистів стає вдвічі більше вже за рік», — каже він."),
        ("p", "Велодоріжка матиме ширину 2 метри і двосторонній рух. Уздовж неї встановлять 14 велопарковок, зокрема біля двох шкіл, поліклініки та ринку."),
        ("p", "За словами Заяць, нова велодоріжка стане частиною мережі, яку місто планує розширювати і надалі. Наступними в черзі є вулиці, що ведуть до Личакова та Левандівки."),
        ("p", "Під час робіт рух транспорту на Стрийській обмежуватимуть у нічний час. Графік перекриттів оприлюднять окремо."),
        ("note", "Виправлення: у першій версії новини помилково вказано, що велодоріжка з’єднає Сихів із Личаковом. Насправді вона пролягатиме до центральної частини міста. Редакція перепрошує."),
        ("p", "Проєкт велодоріжки розробили спільно з громадською організацією «Зелена мобільність», яка два роки збирала дані про велосипедний рух на Стрийській. За її підрахунками, у будні вулицею щодня проїжджає понад 1200 велосипедистів, і їхня кількість щороку зростає."),
        ("p", "Вартість робіт становить 14,6 мільйона гривень. Окрім самої велодоріжки, на вулиці облаштують 12 велопарковок і нові пішохідні переходи з острівцями безпеки."),
        ("p", "Водії таксі та маршруток побоюються, що звуження проїжджої частини спричинить затори. У міській раді запевняють, що кількість смуг для автомобілів не зменшиться: велодоріжку прокладуть за рахунок широкого тротуару та зеленої смуги."),
    ],
    related=[("На Сихові відкрили пункт прокату велосипедів", 38), ("Де у місті бракує велодоріжок: карта від активістів", 90),
             ("Водії скаржаться на нестачу паркомісць у центрі", 14), ("У Львові оновлять 40 пішохідних переходів", 55)],
    comments=[("велосипедист", 40, "Дуже чекаємо. Зараз їздити Стрийською страшно."),
              ("Ігор", 70, "А про паркування знову забули.")],
    entities=[("Стрийській", "LOC"), ("Стрийської", "LOC"), ("Львові", "LOC"), ("Сихова", "LOC"), ("Зелена мобільність", "ORG"),
              ("Христина Заяць", "PER"), ("Ігор Стахів", "PER"), ("Зеленій мобільності", "ORG"), ("Сихівська", "LOC"),
              ("Велолюди Львова", "ORG"), ("Назар Гринів", "PER"), ("Сихів", "LOC"), ("Личаковом", "LOC"), ("Заяць", "PER"),
              ("Личакова", "LOC"), ("Левандівки", "LOC")],
    notes="The correction at the end is an optional note; 'Останні зміни' gives the modified time. The banner and the 'Читайте також' line between the two parts of the full text are not body.",
))

# ---------------------------------------------------------------- 06: agritech start-up, soft hyphens as U+00AD (variant 09 without)
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, charset="utf-8", jsonld=True, section=("ekonomika", "Економіка"), crumb="Бізнес", nid=61733, itemid=118,
    hash="e21c8f4b07a6d395", url=f"{HOST}/ekonomika/item/61733-startap-smereka-analityka-zaluchyv-3-mln-dolariv",
    pub=dt(2021, 11, 18, 10, 0), today=dt(2021, 11, 19, 8, 20), weather="+6°C", usd="26,20", eur="29,70",
    author="Олена Гнатишин", author_slug="olena-hnatyshyn", shy="char",
    shy_words=["агро|виробників", "забезпе|чення", "інвести|цій", "спів|засновник", "агро|холдинги", "аналі|тичні", "метео|станцій",
               "госпо|дарствам", "техно|логічних", "врожай|ність", "агрономів-аналі|тиків", "попере|дження"],
    headline="Стартап зі Львова «Смерека Аналітика» залучив 3 мільйони доларів інвестицій",
    intro="Компанія розробляє програму, яка за супутниковими знімками прогнозує врожайність полів. Кошти підуть на вихід на ринки Польщі та Румунії.",
    tags=["ІТ", "Стартапи", "Аграрії", "Інвестиції"],
    poll=("Чи користуєтеся ви українськими мобільними застосунками?", ["Так, щодня", "Іноді", "Ні"]),
    parts=[
        ("p", "Стартап «Смерека Аналітика», який розробляє програмне забезпечення для агровиробників, залучив 3 мільйони доларів у першому великому раунді інвестицій. Його очолив фонд Vistula Growth Partners з Варшави, участь у раунді також взяли кілька українських бізнес-ангелів."),
        ("p", "Компанію заснували у 2019 році троє інженерів, які раніше працювали в ІТ-компаніях Львова. Зараз у ній працює 28 людей."),
        ("h", "Як це працює"),
        ("p", "Програма аналізує супутникові знімки полів, дані метеостанцій та історію врожаїв, а потім прогнозує, скільки зерна можна буде зібрати з кожної ділянки. Точність прогнозу за місяць до жнив, за словами розробників, становить 92–95%. Фермери також отримують попередження про ділянки, де рослини потерпають від нестачі вологи чи шкідників."),
        ("p", "«Великі агрохолдинги давно мають власні аналітичні відділи. Ми хочемо дати такі ж інструменти господарствам на 500 чи 2000 гектарів, які не можуть дозволити собі штат агрономів-аналітиків», — каже співзасновник і генеральний директор компанії Максим Стецько."),
        ("p", "Зараз сервісом користуються понад 340 господарств у 14 областях України, які разом обробляють майже 600 тисяч гектарів. Вартість підписки залежить від площі й становить у середньому 3 долари на гектар на рік."),
        ("ad",),
        ("h", "Плани на Польщу та Румунію"),
        ("p", "Отримані кошти компанія спрямує на вихід на ринки Польщі та Румунії, а також на розширення команди до 60 людей. Першим закордонним клієнтом уже став кооператив виробників ріпаку з-під Любліна."),
        ("p", "Партнерка фонду Vistula Growth Partners Агнешка Коваль пояснила, що інвесторів переконали результати минулого сезону. «Кілька клієнтів „Смереки“ завдяки прогнозам вчасно переглянули контракти на продаж зерна. Для фермера це реальні гроші, а не красива картинка», — зазначила вона."),
        ("p", "За даними асоціації «ІТ-Кластер Галичини», торік у регіоні з’явилося понад 50 нових технологічних стартапів, проте лише кілька з них залучили інвестиції понад мільйон доларів."),
    ],
    related=[("ІТ-компанії Львова шукають 3 тисячі фахівців", 25), ("Фермери області переходять на точне землеробство", 61),
             ("Львівський технопарк прийняв перших резидентів", 140), ("Як стартапу знайти інвестора: поради від фондів", 9)],
    comments=[("agro_lviv", 90, "Користуємося другий сезон, прогноз справді точний."),
              ("Тарас К.", 150, "Добре, що гроші залучають, а команда лишається у Львові.")],
    entities=[("Львова", "LOC"), ("Смерека Аналітика", "ORG"), ("Польщі", "LOC"), ("Румунії", "LOC"), ("Vistula Growth Partners", "ORG"),
              ("Варшави", "LOC"), ("українських", "MISC"), ("Максим Стецько", "PER"), ("України", "LOC"), ("Польщу", "LOC"),
              ("Румунію", "LOC"), ("Любліна", "LOC"), ("Агнешка Коваль", "PER"), ("Смереки", "ORG"), ("ІТ-Кластер Галичини", "ORG")],
    notes="Long words in the body and intro carry literal soft hyphens (U+00AD); the gold text omits them, as normalize.clean drops U+00AD on both sides.",
))

# ---------------------------------------------------------------- 07: dairy cooperative, photo
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, meta_author=None, ld_author=False, bare_title=True, charset="utf-8", jsonld=True, section=("oblast", "Область"), crumb="Жовква", nid=79105, itemid=120,
    hash="4fa08c3e6d1b2975", url=f"{HOST}/oblast/item/79105-fermery-z-zhovkivshchyny-obiednalys-u-kooperatyv",
    pub=dt(2024, 2, 13, 12, 45), today=dt(2024, 2, 14, 7, 55), weather="+2°C", usd="38,10", eur="40,95",
    author="Тарас Мельничук", author_slug="taras-melnychuk",
    headline="Фермери з Жовківщини об’єднались у кооператив, щоб самим переробляти молоко",
    intro="Дев’ятнадцять господарств вклали у власний міні-завод 4,7 мільйона гривень. Тепер за літр молока вони отримують майже вдвічі більше.",
    tags=["Аграрії", "Жовква", "Кооперативи", "Молоко"],
    img=("molochna-dolyna.jpg", "Степан Волошин у цеху кооперативу в Мацошині.", "Фото: Тарас Мельничук"),
    poll=("Де ви найчастіше купуєте молочні продукти?", ["У супермаркеті", "На ринку", "У фермерів напряму"]),
    parts=[
        ("p", "Дев’ятнадцять фермерських господарств із сіл довкола Жовкви створили обслуговуючий кооператив «Молочна долина» і запустили власний цех з переробки молока. Раніше вони продавали сировину перекупникам, тепер виготовляють сир, масло і йогурти під спільною маркою."),
        ("p", "Цех розмістили в колишній колгоспній майстерні в селі Мацошин. На обладнання, ремонт приміщення та холодильні камери учасники кооперативу витратили 4,7 мільйона гривень: частину вклали самі, ще 1,8 мільйона отримали як грант за програмою підтримки малих виробників."),
        ("p", "«Перекупник давав нам 7–8 гривень за літр. Коли молоко переробляємо самі, виходить 14–15 гривень. Різниця для маленької ферми на 20 корів — це питання, виживе вона чи ні», — каже голова кооперативу Степан Волошин."),
        ("p", "Щодня цех переробляє близько 3 тонн молока. Продукцію продають у 12 магазинах Львова та Жовкви, на двох фермерських ринках і через інтернет-замовлення з доставкою."),
        ("ad",),
        ("p", "Найскладнішим, за словами учасників, було навчитися працювати разом. Перші пів року пішли на суперечки про ціни, графік здачі молока і розподіл прибутку. «Ми записали в статут кожну дрібницю, навіть хто і коли миє цистерну. Тепер сварок майже немає», — сміється Волошин."),
        ("p", "Технологиня цеху Оксана Пелех розповідає, що найбільшим попитом користуються бринза та кисломолочний сир. Навесні кооператив планує запустити лінію з виробництва морозива."),
        ("p", "Кооператив уже отримав перше велике замовлення: шкільні їдальні громади закуповуватимуть у нього кисломолочну продукцію для 1600 учнів. Волошин каже, що саме такі довгострокові контракти дають змогу планувати виробництво і не залежати від сезонних коливань цін."),
        ("p", "Експерт з розвитку сільських громад Віктор Онищук вважає, що досвід «Молочної долини» може стати прикладом для інших районів. За його словами, більшість дрібних власників корів в області досі продають молоко за безцінь, бо поодинці не можуть ні переробити його, ні домовитися про кращу ціну."),
        ("p", "Ідея кооперативу з’явилася три роки тому, коли закупівельна ціна на молоко впала так низько, що кілька господарств були змушені продати корів. Фермери порахували, що разом зможуть купити обладнання, яке жоден із них не потягнув би самотужки."),
        ("p", "Тепер міні-завод у Мацошині переробляє до 6 тонн молока на добу. Кооператив випускає сир, масло, кефір і йогурти, які продає у власній крамниці в Жовкві та кількох магазинах Львова."),
        ("p", "Наступним кроком фермери хочуть отримати сертифікат органічного виробництва. Це дозволить продавати продукцію дорожче і, можливо, виходити на ринки сусідніх областей."),
    ],
    related=[("Аграрії області отримають гранти на переробку продукції", 30), ("Ціни на молоко в регіоні: чого чекати навесні", 11),
             ("У Жовкві відкрили фермерський ринок вихідного дня", 75), ("Як створити кооператив: покрокова інструкція", 160)],
    comments=[("Марта", 45, "Купуємо їхню бринзу в Жовкві, дуже смачна."),
              ("фермер_Яворів", 180, "Молодці. У нас теж думаємо про таке.")],
    entities=[("Жовківщини", "LOC"), ("Жовкви", "LOC"), ("Молочна долина", "ORG"), ("Мацошин", "LOC"), ("Мацошині", "LOC"),
              ("Степан Волошин", "PER"), ("Львова", "LOC"), ("Волошин", "PER"), ("Оксана Пелех", "PER"), ("Віктор Онищук", "PER"),
              ("Молочної долини", "ORG"), ("Жовкві", "LOC"), ("Львова", "LOC")],
    notes="The photo credit is left out of the caption.",
))

# ---------------------------------------------------------------- 08: snowfall brief, short article
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, ld_pub=dt(2026, 1, 7, 21, 30), bare_title=True, charset="utf-8", jsonld=True, section=("oblast", "Область"), crumb="Дороги", nid=93418, itemid=120,
    hash="b83f5e2c19d0a7e4", url=f"{HOST}/oblast/item/93418-cherez-snihopad-obmezhyly-rukh-vantazhivok",
    pub=dt(2026, 1, 8, 7, 50), today=dt(2026, 1, 8, 13, 25), weather="-7°C", usd="42,15", eur="48,90",
    author="Ірина Савчин", author_slug="iryna-savchyn",
    headline="Через снігопад на перевалах Львівщини обмежили рух вантажівок",
    desc="У гірських районах Львівщини обмежено рух вантажівок масою понад 12 тонн.",
    tags=["Погода", "Дороги", "Карпати"],
    poll=("Чи готовий ваш автомобіль до зими?", ["Так", "Частково", "Ні", "Не маю авто"]),
    parts=[
        ("p", "Через сильний снігопад у гірських районах Львівщини з 7:00 четверга обмежено рух вантажівок масою понад 12 тонн на трасі через Верецький перевал."),
        ("p", "Як повідомили в ДП «Карпатські шляхи», на дорогах працюють 34 одиниці снігоприбиральної техніки. Водіїв легкових авто просять не вирушати в гори без зимової гуми та ланцюгів."),
        ("p", "За прогнозом синоптиків, снігопад триватиме до вечора п’ятниці, місцями випаде до 40 сантиметрів снігу."),
    ],
    related=[("Синоптики попереджають про сильні снігопади в Карпатах", 1), ("Де в області вже відкрили лижні траси", 12),
             ("Рятувальники нагадують правила поведінки в горах взимку", 20), ("На трасі Львів — Стрий утворився затор через ожеледицю", 30)],
    comments=[],
    entities=[("Львівщини", "LOC"), ("Верецький перевал", "LOC"), ("Карпатські шляхи", "ORG")],
    extra_tags=["short-article"],
    notes="A brief without intro text; the weekday in the text ('четверга') is not a separate date. The JSON-LD datePublished is the K2 item's creation time the evening before (Jan. 7, 21:30); the visible date and article:published_time give Jan. 8, 07:50, which is gold (GUIDELINES 10.1).",
))

# Longer stories (issue 11: visible text short of the real pages' median). Each listed story gets one more reported
# section (heading and paragraphs) after its last paragraph; new people, places and organisations join its entities.
# The minimal pair 06/09 is not lengthened (neither page is listed), so the pair still differs in one tag only.
MORE = {
    f"{SITE}-01": ([
        ("h", "Що кажуть торговці й перевізники"),
        ("p", "Власники кіосків і невеликих крамниць уздовж Городоцької побоюються, що через ремонт втратять частину покупців. "
              "«Люди виходять з трамвая і заходять до нас по хліб чи газету. Коли зупинку перенесуть, половина просто пройде повз», — "
              "каже продавчиня Ганна Дмитрук, яка понад десять років працює в павільйоні біля ринку."),
        ("p", "У міській раді обіцяють, що тимчасові зупинки автобусів №7А розташують якомога ближче до трамвайних. Схему маршруту "
              "з усіма зупинками розмістять на кожній зупинці та на сайті «Галицьких колій» за тиждень до початку робіт. Для "
              "пасажирів з дітьми, візками та людей похилого віку на маршрут виходитимуть автобуси з низькою підлогою."),
        ("p", "Водії автобусів, які возитимуть пасажирів замість трамвая, працюватимуть у дві зміни. За словами Остапа Кривенка, "
              "підприємство вже домовилося з приватним перевізником про оренду шести машин на весь час ремонту. «Ми розуміємо, що "
              "людям буде незручно. Але якщо не відремонтувати колію зараз, через рік-два трамвай на Сигнівку просто перестане "
              "ходити», — наголосив він."),
        ("p", "Експерт із міського транспорту Лев Марчишин вважає, що місту варто використати ремонт, щоб перевірити, як працюють "
              "виділені смуги для громадського транспорту. «Якщо автобуси стоятимуть у заторах разом з автомобілями, люди швидко "
              "пересядуть на таксі чи власні авто. Виділена смуга на Городоцькій могла б залишитися і після ремонту», — каже він."),
        ("p", "Депутати міської ради вже попросили підприємство щомісяця звітувати про хід робіт і дотримання графіка. Після "
              "завершення ремонту «Галицькі колії» обіцяють оприлюднити повний звіт про витрати, а також результати замірів "
              "швидкості трамваїв на оновленій ділянці."),
        ("p", "Пасажирам, які мають запитання щодо нового маршруту, радять телефонувати на гарячу лінію підприємства. Вона "
              "працюватиме щодня з 7:00 до 21:00 протягом усього ремонту."),
    ], [("Городоцької", "LOC"), ("Ганна Дмитрук", "PER"), ("Галицьких колій", "ORG"), ("Остапа Кривенка", "PER"),
        ("Сигнівку", "LOC"), ("Лев Марчишин", "PER"), ("Городоцькій", "LOC"), ("Галицькі колії", "ORG")]),
    f"{SITE}-03": ([
        ("h", "Як дістатися і де заночувати"),
        ("p", "Дістатися до початку маршруту найпростіше електричкою зі Львова до станції Сколе, звідти до Корчина курсують "
              "маршрутки. Дорога в один бік триває близько трьох годин. Для тих, хто їде автомобілем, біля сільської ради "
              "облаштували безкоштовний майданчик на 30 машин."),
        ("p", "Місцеві жителі вже пропонують туристам ночівлю. Оксана Гаврилюк, яка торік відкрила садибу на три кімнати, каже, "
              "що після відкриття стежки телефон не замовкає. «Раніше до нас приїжджали хіба на Різдво. Тепер питають про вихідні в "
              "липні й серпні, а деякі бронюють одразу на тиждень», — розповідає вона."),
        ("p", "У Корчинському лісництві нагадують, що маршрут проходить лісами, де живуть олені, кабани і навіть ведмеді. Зустріти "
              "звіра на стежці малоймовірно, але туристам радять не відходити від розмічених ділянок і не залишати їжу на місцях "
              "відпочинку. «Найбільша шкода для лісу — це не тварини, а пластикові пляшки й багаття», — каже лісничий Михайло Бойчук."),
        ("p", "Координаторка проекту Софія Левицька розповідає, що волонтери вже шукають людей, які допомагатимуть доглядати "
              "стежку. Щовесни після танення снігу треба прибирати повалені дерева, оновлювати розмітку і лагодити місток. Для цього "
              "«Стежки Бойківщини» планують раз на місяць організовувати толоки, а охочих приєднатися просять зареєструватися на "
              "сторінці організації."),
        ("p", "Сільський голова Василь Дацько каже, що громада готова виділити кошти на туалет і сміттєві контейнери біля початку "
              "маршруту. «Якщо туристів буде стільки, скільки обіцяють, без цього не обійтися. Краще зробити все одразу, ніж потім "
              "прибирати за людьми», — додає він."),
        ("p", "Уже цього літа «Стежки Бойківщини» планують провести на маршруті кілька екскурсій для школярів з довколишніх "
              "сіл. Провідниками стануть самі волонтери, які облаштовували стежку і знають про неї все."),
    ], [("Львова", "LOC"), ("Сколе", "LOC"), ("Корчина", "LOC"), ("Оксана Гаврилюк", "PER"), ("Корчинському лісництві", "ORG"),
        ("Михайло Бойчук", "PER"), ("Софія Левицька", "PER"), ("Стежки Бойківщини", "ORG"), ("Василь Дацько", "PER")]),
    f"{SITE}-04": ([
        ("h", "Мешканці центру просять тиші"),
        ("p", "Не всі мешканці історичного центру в захваті від ідеї. Ініціативна група з вулиці Вірменської звернулася до міської "
              "ради з проханням обмежити гучність концертів. «Ми любимо музику, але живемо тут і щодня чуємо туристів до пізньої ночі. "
              "Хочемо, щоб правила гри були зрозумілими», — каже мешканка кам’яниці Лідія Кушнір."),
        ("p", "Організатори запевняють, що врахували ці побажання. На кожній сцені працюватиме звукорежисер, який стежитиме за "
              "рівнем гучності, а біля дворів чергуватимуть волонтери з контактами організаторів. «Якщо комусь заважатиме, достатньо "
              "підійти до волонтера — ми відреагуємо відразу», — пообіцяв Юрко Панасюк."),
        ("p", "Власники кав’ярень у центрі натомість сподіваються на додатковий виторг. Кілька закладів на Руській та Вірменській "
              "уже оголосили про знижки для відвідувачів фестивалю і подовжать роботу в дні концертів. Управитель кав’ярні «Горішок» "
              "Денис Вакуленко розповідає, що замовив удвічі більше кави й випічки, ніж зазвичай на вихідні."),
        ("p", "Муніципальна варта обіцяє посилити патрулювання історичного центру на час фестивалю. Рух автомобілів у центрі не "
              "обмежуватимуть, але на кількох вулицях заборонять паркування біля сцен. Карту сцен із розкладом виступів можна буде "
              "взяти в туристичному інформаційному центрі біля Ратуші."),
        ("p", "Серед учасників є й молоді львівські музиканти. Піаністка Ірина Федорів, яка цього року закінчила музичну академію, "
              "виступатиме з власним тріо на подвір’ї Ратуші. «Для нас це шанс зіграти перед тисячами людей, які ніколи б не прийшли "
              "на джаз у клуб», — каже вона."),
        ("p", "Після фестивалю організатори обіцяють зібрати відгуки мешканців і відвідувачів через онлайн-опитування. Від "
              "результатів залежатиме, чи з’являться наступного року нові сцени і чи зміниться час концертів у дворах, де живуть люди."),
    ], [("Вірменської", "LOC"), ("Лідія Кушнір", "PER"), ("Юрко Панасюк", "PER"), ("Руській", "LOC"), ("Вірменській", "LOC"),
        ("Горішок", "ORG"), ("Денис Вакуленко", "PER"), ("Ратуші", "LOC"), ("Ірина Федорів", "PER")]),
    f"{SITE}-05": ([
        ("h", "Що кажуть мешканці Сихова"),
        ("p", "Мешканці Сихова, з якими поспілкувався наш кореспондент, загалом підтримують проект, хоча й мають застереження. «Я "
              "їжджу на роботу велосипедом уже третій рік, і на Стрийській щоразу молюся, щоб мене не зачепила маршрутка», — каже "
              "програмістка Олена Кравців. За її словами, відокремлена велодоріжка стане для багатьох її колег аргументом пересісти "
              "з авто на велосипед."),
        ("p", "Інші побоюються за безпеку пішоходів. Пенсіонер Роман Дутка, який щодня гуляє з онуком уздовж Стрийської, просить "
              "обов’язково встановити огорожу біля зупинок громадського транспорту. «Велосипедисти їздять швидко, а діти вибігають з "
              "автобуса, не дивлячись на всі боки», — каже він."),
        ("p", "У «Зеленій мобільності» відповідають, що біля кожної зупинки велодоріжка огинатиме посадковий майданчик, а перед "
              "пішохідними переходами встановлять знаки й нанесуть яскраву розмітку. Христина Заяць додала, що після завершення робіт "
              "підприємство пів року збиратиме дані про кількість велосипедистів і пригод, щоб за потреби змінити схему руху."),
        ("p", "Громадська організація «Велолюди Львова» планує у вересні провести велопробіг новою доріжкою, щойно відкриють перші "
              "ділянки. Назар Гринів закликає мешканців не чекати завершення всіх робіт і вже зараз пробувати їздити на роботу "
              "велосипедом: «Найважче — зробити перший крок. Далі це стає звичкою, як ранкова кава»."),
        ("p", "Міська рада планує розглянути звіт про хід робіт на одній із сесій восени. Якщо проект виявиться вдалим, подібні "
              "велодоріжки з’являться і на інших магістральних вулицях міста, зокрема на тих, що ведуть до спальних районів на "
              "околицях."),
        ("p", "Тим часом підрядника для першої черги робіт ще не обрано. Якщо тендер затягнеться, частину робіт перенесуть на "
              "весну наступного року, попередили в підприємстві."),
    ], [("Сихова", "LOC"), ("Стрийській", "LOC"), ("Олена Кравців", "PER"), ("Роман Дутка", "PER"), ("Стрийської", "LOC"),
        ("Зеленій мобільності", "ORG"), ("Христина Заяць", "PER"), ("Велолюди Львова", "ORG"), ("Назар Гринів", "PER")]),
    f"{SITE}-07": ([
        ("h", "Робочі місця і плани на розширення"),
        ("p", "У цеху зараз працюють 11 людей, переважно з навколишніх сіл. Більшість із них раніше шукали роботу у Львові або за "
              "кордоном. «Я п’ять років працювала в Польщі на фабриці. Коли почула, що в Мацошині відкривають цех, повернулася "
              "додому», — розповідає операторка лінії Наталія Собко."),
        ("p", "Кооператив платить працівникам від 13 до 16 тисяч гривень на місяць — більше, ніж пропонують інші роботодавці в "
              "громаді. Степан Волошин каже, що з розширенням виробництва планує взяти ще щонайменше п’ятьох людей, зокрема "
              "ветеринара і водія молоковоза."),
        ("p", "До кооперативу вже звернулися ще сім господарств із сусідніх сіл, які хочуть приєднатися. Проте приймати нових "
              "учасників фермери не поспішають. «Спершу треба переконатися, що цех потягне більше молока. Ми не хочемо обіцяти людям "
              "те, чого не зможемо виконати», — пояснює Волошин."),
        ("p", "Для розширення кооператив планує подати заявку на ще один грант — на купівлю другого охолоджувального танка та "
              "фасувальної машини. Загальна вартість обладнання — близько 2,5 мільйона гривень. Рішення за заявкою очікують влітку."),
        ("p", "Віктор Онищук нагадує, що кооперативи часто розпадаються через кілька років після старту, коли зникає початковий "
              "ентузіазм. «Ключове — прозорість. Кожен учасник має бачити, скільки молока здав і скільки за нього отримав. У "
              "«Молочній долині» це зробили від початку, тому в них є шанс», — вважає експерт."),
        ("p", "Наступні збори учасників кооперативу заплановані на березень. На них фермери мають затвердити план виробництва на рік "
              "і вирішити, чи відкривати другу власну крамницю у Львові."),
        ("p", "Голова громади вже пообіцяла кооперативу допомогу з ремонтом дороги до Мацошина, якою щодня їздить молоковоз. "
              "Навесні дорогу мають засипати щебенем на всій ділянці від траси до цеху."),
    ], [("Львові", "LOC"), ("Польщі", "LOC"), ("Мацошині", "LOC"), ("Наталія Собко", "PER"), ("Степан Волошин", "PER"),
        ("Волошин", "PER"), ("Віктор Онищук", "PER"), ("Молочній долині", "ORG")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    return with_more_section(a, MORE)


VARIANT = dict(of=f"{SITE}-06", id=f"{SITE}-09")


def build(a, shy_on=True, gid=None, variant_of=None, url=None, notes=None):
    a = lengthened(a)
    html_text = page(a, shy_on)
    if shy_on and a.get("shy"):
        assert ("&shy;" if a["shy"] == "entity" else SHY) in html_text, a["id"]
    _, _, blocks = render_body(a, shy_on)
    art = Article(
        id=gid or a["id"], site=SITE, url=url or a["url"], language="uk", headline=a["headline"],
        published=iso(a["pub"]), modified=iso(a["mod"]) if a.get("mod") else None,
        authors=[a["author"]] if a.get("author") else [], summary=a.get("intro", ""), blocks=blocks, entities=a["entities"],
        phenomena=phenomena(a, blocks, shy_on), notes=notes or a["notes"], variant_of=variant_of,
    )
    codec = {"utf-8": "utf-8", "windows-1251": "cp1251"}[a["charset"]]
    p = emit(art, html_text, codec)
    size = (p.parents[1] / "raw_html" / f"{art.id}.html").stat().st_size
    print(f"{art.id}\t{size / 1024:.1f} KB")


def main():
    for a in ARTICLES:
        build(a)
    orig = next(x for x in ARTICLES if x["id"] == VARIANT["of"])
    build(orig, shy_on=False, gid=VARIANT["id"], variant_of=orig["id"], url=orig["url"] + "?variant=b",
          notes=f"Minimal pair of {orig['id']}: differs only in invisible-chars (the same page with every soft hyphen (U+00AD) "
                f"removed from the intro and body text).")


if __name__ == "__main__":
    main()
