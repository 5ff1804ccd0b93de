import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, drop_date_metadata, emit, with_more_section

"""Tagesblick (tagesblick): an invented regional daily for Mainfranken on TYPO3 with the news
extension: `typo3temp/assets/compressed` bundles, a `<base href>`, content elements with `c123`
ids, the news detail view (`news news-single`, `news-text-wrap`), RTE paragraphs with
`class="bodytext"` on older stories, a Shariff share bar, a cookie-consent layer, a comment
extension on some stories, a sidebar with "Meistgelesen" and regional headlines, and a long
footer. Dates are written the German way ("18. Juni 2015, 17:45 Uhr", on some stories
"04.08.2022, 20:15 Uhr"). Older stories carry schema.org microdata in the news template; the
others carry JSON-LD. Long compounds in some stories hold soft hyphens (U+00AD) typed into
the RTE; the gold text has them removed. Page 09 is page 03 with its soft hyphens removed.

Metadata personality (realism wave). The legacy news template (2015-2017: 01-03, 09) prints the
date as text without <time>, keeps article:published_time from the old metaseo extension and puts
the whole body into one news-text-wrap (the 2016 story 02 still has its print-system <div
class="bodytext"> paragraphs and, its record's author field being empty, no author meta tag).
The newer template (04-08) has no article:published_time, a <time> in the news meta, the kicker as a
<span> inside the <h1>, and renders each run of text between an ad and a "Lesen Sie auch" box as a
content element (frame) of its own; its JSON-LD takes datePublished from the record's creation time
(on 04 the evening before publication) and on 06 names no author, with the editor's login as
meta author. The region teaser grid is four cards; mega-menu,
editions and event data ship as JSON."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re

SITE = "tagesblick"
HOST = "https://www.tagesblick.example"
NAME = "Tagesblick"
SHY = "\u00ad"
MARK = "¦"   # soft-hyphen position in the article source
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def clean(s):
    """Gold text: markers and tags removed."""
    return _html.unescape(_re.sub(r"<[^>]+>", "", s.replace(MARK, "")))


def d(y, mo, da, hh, mi):
    tz = CEST if _is_summer(_dt.datetime(y, mo, da, hh, mi)) else CET
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)


def _is_summer(t):
    def last_sunday(year, month):
        x = _dt.datetime(year, month, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    return last_sunday(t.year, 3).replace(hour=2) <= t < last_sunday(t.year, 10).replace(hour=3)


def de_date(t, style):
    if style == "long":
        return f"{t.day}. {MONATE[t.month - 1]} {t.year}, {t:%H:%M} Uhr"
    return f"{t:%d.%m.%Y}, {t:%H:%M} Uhr"


def slug(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e")):
        s = s.replace(a, b)
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ---------------------------------------------------------------- boilerplate data

LOKAL = [("Würzburg", "wuerzburg"), ("Schweinfurt", "schweinfurt"), ("Kitzingen", "kitzingen"), ("Main-Spessart", "main-spessart"),
         ("Bad Kissingen", "bad-kissingen"), ("Haßberge", "hassberge"), ("Rhön-Grabfeld", "rhoen-grabfeld"), ("Ochsenfurt", "ochsenfurt"),
         ("Karlstadt", "karlstadt"), ("Gerolzhofen", "gerolzhofen"), ("Bad Neustadt", "bad-neustadt"), ("Lohr", "lohr")]
RESSORTS = [("Politik", "politik"), ("Wirtschaft", "wirtschaft"), ("Bayern", "bayern"), ("Panorama", "panorama"), ("Kultur", "kultur"),
            ("Sport", "sport"), ("Ratgeber", "ratgeber"), ("Reise", "reise"), ("Meinung", "meinung")]
SERVICE = [("E-Paper", "e-paper"), ("Abo", "abo"), ("Traueranzeigen", "traueranzeigen"), ("Veranstaltungen", "veranstaltungen"),
           ("Leserreisen", "leserreisen"), ("Kleinanzeigen", "kleinanzeigen"), ("Gewinnspiele", "gewinnspiele"), ("Newsletter", "newsletter"),
           ("Leserbriefe", "leserbriefe"), ("Wetter", "wetter")]
SPORT = [("Fußball", "fussball"), ("Handball", "handball"), ("Basketball", "basketball"), ("Amateursport", "amateursport"),
         ("Ergebnisse und Tabellen", "ergebnisse")]

FOOTER = [
    ("Tagesblick", ["Über uns", "Redaktion", "Kontakt", "Karriere", "Ausbildung", "Tagesblick in der Schule", "Leserbeirat"]),
    ("Abo und Service", ["Abo-Shop", "E-Paper", "Digital-Abo", "Urlaubsservice", "Zustellung reklamieren", "Adresse ändern", "FAQ"]),
    ("Anzeigen", ["Mediadaten", "Anzeige aufgeben", "Traueranzeigen", "Stellenmarkt", "Immobilien", "Prospektbeilagen"]),
    ("Regionales", ["Würzburg", "Schweinfurt", "Kitzingen", "Main-Spessart", "Bad Kissingen", "Haßberge", "Rhön-Grabfeld"]),
    ("Themen", ["Weinfranken", "Kommunalpolitik", "Blaulicht", "Freizeit", "Gastro-Tipps", "Bauen und Wohnen", "Gesundheit"]),
]
LEGAL = ["Impressum", "Datenschutz", "Cookie-Einstellungen", "AGB", "Barrierefreiheit", "Netiquette", "RSS"]

POOL = [
    "Unfall auf der A7 bei Gramschatz: Zwei Verletzte nach Auffahrunfall",
    "Kiliani-Volksfest: Neue Fahrgeschäfte und höhere Bierpreise",
    "Schweinfurt: Stadtrat vertagt Entscheidung über Parkhaus am Bahnhof",
    "Kitzingen: Neues Baugebiet am Stadtrand stößt auf Widerstand",
    "Polizei sucht Zeugen nach Einbruch in Bäckerei",
    "Würzburger Residenz: Besucherzahlen wieder auf Vorjahresniveau",
    "Rhön: Ranger warnen vor Wanderungen abseits der Wege",
    "Lohr: Glasfaser-Ausbau in den Ortsteilen beginnt im Frühjahr",
    "Gerolzhofen: Traditionsgasthaus findet neuen Pächter",
    "Bad Neustadt: Ärztehaus am Bahnhof nimmt den Betrieb auf",
    "Regionalliga: Aufsteiger verliert das Derby in letzter Minute",
    "Karlstadt: Kläranlage bekommt eine vierte Reinigungsstufe",
    "Bauernmarkt am Sonntag: Über 60 Stände in der Altstadt",
    "Mainfranken: Zahl der Übernachtungen steigt um sechs Prozent",
    "Ochsenfurt: Neue Radwegbrücke über den Main freigegeben",
    "Schwarzach: Gartenfreunde öffnen private Gärten für Besucher",
    "Haßfurt: Stadt sucht Ehrenamtliche für Tafel",
    "Theater: Freie Bühne Maindreieck zeigt Uraufführung eines Heimatstücks",
    "Verkehr: Baustelle auf der B19 dauert bis Herbst",
    "Tierheim bittet nach Hitzesommer um Futterspenden",
]

GEMEINDEN = [
    ("Stadt und Landkreis Würzburg", ["Würzburg", "Höchberg", "Veitshöchheim", "Gerbrunn", "Rimpar", "Estenfeld", "Eibelstadt", "Giebelstadt", "Kist", "Zell am Main"]),
    ("Landkreis Schweinfurt", ["Schweinfurt", "Gochsheim", "Grafenrheinfeld", "Niederwerrn", "Schonungen", "Werneck", "Bergrheinfeld", "Poppenhausen"]),
    ("Landkreis Kitzingen", ["Kitzingen", "Dettelbach", "Volkach", "Iphofen", "Marktbreit", "Sulzfeld", "Mainbernheim", "Wiesentheid"]),
    ("Landkreis Main-Spessart", ["Karlstadt", "Lohr", "Marktheidenfeld", "Gemünden", "Arnstein", "Frammersbach", "Rieneck"]),
    ("Landkreis Bad Kissingen", ["Bad Kissingen", "Hammelburg", "Bad Brückenau", "Münnerstadt", "Oberthulba", "Euerdorf"]),
    ("Landkreis Haßberge", ["Haßfurt", "Ebern", "Eltmann", "Hofheim", "Knetzgau", "Zeil am Main", "Königsberg"]),
    ("Landkreis Rhön-Grabfeld", ["Bad Neustadt", "Mellrichstadt", "Bad Königshofen", "Fladungen", "Bischofsheim", "Ostheim"]),
]

TOPTHEMEN = ["Kommunalwahl", "Baustellen in der Region", "Weinfeste", "Blaulicht", "Kiliani", "Regionalfußball", "Energiepreise",
             "Wohnungsmarkt", "Schulen und Kitas", "Ausflugstipps"]

TEASERS = [
    ("Karlstadt", "Kläranlage bekommt eine vierte Reinigungsstufe", "Die neue Stufe soll Rückstände von Medikamenten aus dem Abwasser filtern. Die Abwassergebühren steigen dadurch leicht."),
    ("Volkach", "Mainschleife: Fähre fährt wieder nach Fahrplan", "Nach der Reparatur des Antriebs pendelt die Fähre wieder im Halbstundentakt. Radfahrer hatten wochenlang Umwege fahren müssen."),
    ("Hammelburg", "Musikschule sucht dringend Lehrkräfte für Streicher", "Mehr als 40 Kinder stehen auf der Warteliste. Die Stadt prüft nun höhere Honorare."),
    ("Gerolzhofen", "Traditionsgasthaus am Marktplatz findet neuen Pächter", "Ein junges Paar aus der Region übernimmt die Wirtschaft und will im Herbst wieder öffnen."),
    ("Lohr", "Glasfaser für die Ortsteile: Bauarbeiten beginnen im Frühjahr", "Rund 2300 Haushalte sollen bis Ende des kommenden Jahres angeschlossen sein."),
    ("Ebern", "Freiwillige Feuerwehr bekommt neues Löschfahrzeug", "Das alte Fahrzeug war mehr als 30 Jahre im Einsatz. Die Kosten teilen sich Stadt und Landkreis."),
    ("Bad Neustadt", "Ärztehaus am Bahnhof nimmt den Betrieb auf", "Vier Praxen und eine Apotheke ziehen in den Neubau. Parkplätze bleiben knapp."),
    ("Iphofen", "Weinbergshütten werden zu Ferienquartieren", "Ein Pilotprojekt erlaubt Übernachtungen in drei restaurierten Hütten oberhalb der Stadt."),
]

EVENTS = [("Würzburg", "Orgelkonzert im Dom"), ("Kitzingen", "Bauernmarkt in der Altstadt"), ("Schweinfurt", "Kabarettabend im Theater"),
          ("Haßfurt", "Flohmarkt am Mainufer"), ("Bad Kissingen", "Kurkonzert im Rosengarten")]


def pool_rot(seed):
    k = (seed * 3) % len(POOL)
    return POOL[k:] + POOL[:k]


CSS = """
/* tb_sitepackage 3.4 | main.css (inline critical part) */
:root{--tb-blue:#003a70;--tb-red:#c4122f;--tb-grey:#666;--tb-light:#f2f2f2;--tb-line:#ddd}
*,*:before,*:after{box-sizing:border-box}
body{margin:0;font-family:"Source Serif Pro",Georgia,"Times New Roman",serif;font-size:17px;line-height:1.55;color:#222;background:#fff}
a{color:var(--tb-blue);text-decoration:none}
a:hover,a:focus{text-decoration:underline}
img{max-width:100%;height:auto;display:block}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.skiplinks a{position:absolute;left:-9999px}.skiplinks a:focus{left:10px;top:10px;z-index:1000;background:#fff;padding:6px}
.page-wrap{max-width:1180px;margin:0 auto;padding:0 16px}
.metabar{background:var(--tb-blue);color:#fff;font-family:Arial,Helvetica,sans-serif;font-size:13px}
.metabar .page-wrap{display:flex;justify-content:space-between;align-items:center;height:34px}
.metabar a{color:#fff;margin-left:14px}
.metabar .weather{opacity:.85}
.site-header{border-bottom:1px solid var(--tb-line);padding:14px 0}
.site-header .page-wrap{display:flex;align-items:center;justify-content:space-between}
.site-header .logo img{width:220px;height:auto}
.site-header .claim{font-family:Arial,sans-serif;font-size:12px;color:var(--tb-grey);margin-top:2px}
.site-header .header-actions a{font-family:Arial,sans-serif;font-size:14px;font-weight:700;margin-left:16px}
.site-header .header-actions .btn-abo{background:var(--tb-red);color:#fff;padding:7px 14px;border-radius:2px}
.mainnav{font-family:Arial,Helvetica,sans-serif;background:#fff;border-bottom:3px solid var(--tb-blue);position:sticky;top:0;z-index:90}
.mainnav>.page-wrap>ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.mainnav li{position:relative}
.mainnav>.page-wrap>ul>li>a{display:block;padding:11px 12px;font-weight:700;font-size:15px;color:#222}
.mainnav li.active>a,.mainnav li>a:hover{color:var(--tb-red);text-decoration:none}
.mainnav li ul{display:none;position:absolute;left:0;top:100%;background:#fff;border:1px solid var(--tb-line);min-width:220px;list-style:none;margin:0;padding:6px 0;box-shadow:0 6px 14px rgba(0,0,0,.12)}
.mainnav li:hover>ul,.mainnav li:focus-within>ul{display:block}
.mainnav li ul a{display:block;padding:5px 14px;font-size:14px;color:#222}
.breadcrumb{font-family:Arial,sans-serif;font-size:12px;color:var(--tb-grey);list-style:none;margin:14px 0 0;padding:0;display:flex;flex-wrap:wrap}
.breadcrumb li+li:before{content:"»";margin:0 6px;color:#aaa}
.ad-slot{background:#f7f7f7;text-align:center;margin:18px auto;position:relative;font-family:Arial,sans-serif}
.ad-slot:before{content:"Anzeige";display:block;font-size:10px;color:#999;text-transform:uppercase;letter-spacing:.08em;padding:2px 0}
.ad-slot--billboard{min-height:250px;max-width:970px}
.ad-slot--rectangle{min-height:250px;max-width:300px}
.ad-slot--skyscraper{position:absolute;left:100%;top:0;width:300px;min-height:600px;margin-left:20px}
.content-grid{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:40px;margin-top:10px}
@media (max-width:960px){.content-grid{grid-template-columns:1fr}.ad-slot--skyscraper{display:none}}
.news-single .article-kicker{font-family:Arial,sans-serif;font-size:14px;font-weight:700;color:var(--tb-red);text-transform:uppercase;letter-spacing:.04em;margin:18px 0 4px}
.news-single h1{font-size:36px;line-height:1.15;margin:0 0 14px;font-weight:700;hyphens:manual}
.news-single .teaser-text{font-size:20px;line-height:1.5;font-weight:600;margin:0 0 16px}
.news-single .news-meta{font-family:Arial,sans-serif;font-size:13px;color:var(--tb-grey);border-top:1px solid var(--tb-line);border-bottom:1px solid var(--tb-line);padding:8px 0;margin:0 0 16px;display:flex;flex-wrap:wrap;gap:4px 14px}
.news-single .news-meta .news-author{font-weight:700;color:#222}
.news-single .news-meta .news-updated{color:var(--tb-red)}
.news-single .news-img-wrap{margin:0 0 18px}
.news-single figure{margin:0 0 18px}
.news-single figcaption{font-family:Arial,sans-serif;font-size:13px;color:#555;padding:6px 0;border-bottom:1px solid var(--tb-line)}
.news-single figcaption .image-copyright{color:#999;margin-left:4px}
.news-text-wrap p,.news-text-wrap .bodytext{margin:0 0 16px;hyphens:manual}
.news-text-wrap h2{font-size:22px;line-height:1.3;margin:26px 0 10px}
.news-text-wrap ul{margin:0 0 16px;padding-left:22px}
.news-text-wrap ul li{margin:0 0 6px}
.news-text-wrap table.contenttable{width:100%;border-collapse:collapse;font-family:Arial,sans-serif;font-size:15px;margin:0 0 6px}
.news-text-wrap table.contenttable th{border-bottom:2px solid var(--tb-blue);text-align:left;padding:6px}
.news-text-wrap table.contenttable td{border-bottom:1px solid var(--tb-line);padding:6px}
.news-text-wrap table.contenttable td.num{text-align:right}
.news-text-wrap table.contenttable tr.sum td{font-weight:700}
.news-text-wrap .table-source{font-family:Arial,sans-serif;font-size:12px;color:var(--tb-grey);margin:0 0 18px}
.correction-note{font-family:Arial,sans-serif;font-size:14px;background:#fff8e5;border-left:4px solid #e5a100;padding:10px 14px;margin:0 0 18px}
.editor-note{font-family:Arial,sans-serif;font-size:14px;background:var(--tb-light);padding:10px 14px;margin:0 0 18px;font-style:italic}
.shariff{margin:16px 0}
.shariff ul{list-style:none;display:flex;gap:6px;margin:0;padding:0;font-family:Arial,sans-serif;font-size:13px}
.shariff li a{display:block;padding:6px 12px;color:#fff;border-radius:2px}
.shariff .shariff-button.whatsapp a{background:#5cbe4a}.shariff .shariff-button.facebook a{background:#3b5998}
.shariff .shariff-button.twitter a{background:#000}.shariff .shariff-button.mail a{background:#999}.shariff .shariff-button.print a{background:#555}
.news-related-tags{font-family:Arial,sans-serif;font-size:13px;margin:20px 0}
.news-related-tags ul{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.news-related-tags a{display:block;background:var(--tb-light);padding:3px 10px;border-radius:12px;color:#333}
.author-box{display:flex;gap:12px;background:var(--tb-light);padding:12px;margin:20px 0;font-family:Arial,sans-serif;font-size:14px}
.newsletter-teaser{border:2px solid var(--tb-blue);padding:16px;margin:26px 0;font-family:Arial,sans-serif}
.newsletter-teaser h3{margin:0 0 6px;font-size:18px}
.newsletter-teaser form{display:flex;gap:8px;margin-top:10px}
.newsletter-teaser input[type=email]{flex:1;padding:8px;border:1px solid #bbb}
.newsletter-teaser button{background:var(--tb-blue);color:#fff;border:0;padding:8px 16px;font-weight:700}
.tx-tbcomments{margin:30px 0;font-family:Arial,sans-serif}
.tx-tbcomments h2{font-size:20px;border-bottom:2px solid var(--tb-blue);padding-bottom:6px}
.tx-tbcomments .comment{border-bottom:1px solid var(--tb-line);padding:12px 0}
.tx-tbcomments .comment.reply{margin-left:34px}
.tx-tbcomments .comment-meta{font-size:13px;color:var(--tb-grey)}
.tx-tbcomments .comment-author{color:#222}
.tx-tbcomments .comment-body p{margin:6px 0;font-size:15px}
.tx-tbcomments .comment-actions a{font-size:12px;margin-right:12px}
.tx-tbcomments textarea{width:100%;min-height:90px}
.sidebar .box{margin:0 0 28px;font-family:Arial,sans-serif}
.sidebar .box h3{font-size:16px;text-transform:uppercase;letter-spacing:.05em;border-bottom:3px solid var(--tb-red);padding-bottom:4px;margin:0 0 6px}
.sidebar ol.toplist{list-style:none;counter-reset:top;margin:0;padding:0}
.sidebar ol.toplist li{counter-increment:top;position:relative;padding:8px 0 8px 30px;border-bottom:1px solid var(--tb-line);font-size:14px}
.sidebar ol.toplist li:before{content:counter(top);position:absolute;left:0;top:4px;font-size:22px;font-weight:700;color:var(--tb-red)}
.sidebar ul.newslist{list-style:none;margin:0;padding:0}
.sidebar ul.newslist li{padding:8px 0;border-bottom:1px solid var(--tb-line);font-size:14px}
.sidebar ul.newslist .news-list-date{display:block;font-size:12px;color:var(--tb-grey)}
.related-news{margin:30px 0;font-family:Arial,sans-serif}
.related-news h3{font-size:18px;margin:0 0 8px;border-bottom:1px solid var(--tb-line);padding-bottom:4px}
.related-news ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:14px}
.related-news .news-list-date{display:block;font-size:12px;color:var(--tb-grey);margin-top:4px}
.site-footer{background:#1d2633;color:#c8ced8;margin-top:40px;padding:30px 0 20px;font-family:Arial,sans-serif;font-size:14px}
.site-footer .footer-cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:20px}
.site-footer h4{color:#fff;font-size:15px;margin:0 0 8px}
.site-footer ul{list-style:none;margin:0;padding:0}
.site-footer li a{color:#c8ced8;display:block;padding:3px 0}
.site-footer .footer-legal{border-top:1px solid #36414f;margin-top:22px;padding-top:14px;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}
.site-footer .footer-legal a{color:#c8ced8}
.site-footer .copyright{font-size:12px;color:#8a94a3;margin-top:10px}
#tb-consent{position:fixed;left:0;right:0;bottom:0;z-index:10000;background:#fff;box-shadow:0 -4px 18px rgba(0,0,0,.25);font-family:Arial,sans-serif;font-size:14px;padding:18px}
#tb-consent .consent-inner{max-width:900px;margin:0 auto}
#tb-consent h2{font-size:18px;margin:0 0 8px}
#tb-consent .consent-buttons{display:flex;flex-wrap:wrap;gap:10px;margin-top:12px}
#tb-consent button{padding:9px 18px;border:1px solid var(--tb-blue);background:#fff;color:var(--tb-blue);font-weight:700;cursor:pointer}
#tb-consent button.consent-accept-all{background:var(--tb-blue);color:#fff}
#tb-consent .consent-purposes{display:none;margin-top:10px}
#tb-consent.show-settings .consent-purposes{display:block}
.topthemen{font-family:Arial,sans-serif;font-size:13px;border-bottom:1px solid var(--tb-line);padding:8px 0;white-space:nowrap;overflow-x:auto}
.topthemen strong{color:var(--tb-red);margin-right:8px}
.topthemen a{margin-right:14px;color:#333}
.mainnav .megamenu{display:none;position:absolute;left:0;top:100%;background:#fff;border:1px solid var(--tb-line);width:860px;padding:14px;box-shadow:0 6px 14px rgba(0,0,0,.12);grid-template-columns:repeat(4,1fr);gap:10px 20px}
.mainnav li:hover>.megamenu{display:grid}
.mainnav .megamenu h5{margin:0 0 4px;font-size:13px;color:var(--tb-blue)}
.mainnav .megamenu a{display:inline-block;font-size:13px;color:#333;margin:0 8px 3px 0}
.teaser-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:18px;margin:30px 0;font-family:Arial,sans-serif}
.teaser-grid h3{grid-column:1/-1;font-size:18px;margin:0;border-bottom:3px solid var(--tb-blue);padding-bottom:4px}
.teaser-grid article{border-bottom:1px solid var(--tb-line);padding-bottom:12px}
.teaser-grid .teaser-kicker{font-size:12px;font-weight:700;color:var(--tb-red);text-transform:uppercase}
.teaser-grid h4{font-family:"Source Serif Pro",Georgia,serif;font-size:18px;line-height:1.25;margin:4px 0 6px}
.teaser-grid p{font-size:14px;color:#444;margin:0}
.teaser-grid .teaser-img{aspect-ratio:16/9;background:#e9ecef;margin-bottom:8px}
.sidebar .events li{display:flex;gap:10px}
.sidebar .events .ev-date{flex:0 0 54px;text-align:center;background:var(--tb-blue);color:#fff;font-size:12px;line-height:1.2;padding:4px 0;border-radius:2px}
.sidebar .events .ev-date b{display:block;font-size:18px}
.sidebar .epaper-box img{border:1px solid var(--tb-line)}
.sidebar .epaper-box a.btn{display:inline-block;margin-top:8px;background:var(--tb-red);color:#fff;padding:6px 12px;font-weight:700}
.site-footer .footer-editions{margin-top:20px;font-size:13px;line-height:1.8}
.site-footer .footer-editions a{color:#c8ced8;margin-right:10px}
.site-footer .footer-apps{display:flex;gap:10px;margin-top:14px}
.site-footer .footer-social a{color:#fff;margin-right:14px}
@media (max-width:760px){.news-single h1{font-size:28px}.news-single .teaser-text{font-size:18px}.mainnav>.page-wrap>ul{flex-wrap:nowrap;overflow-x:auto}.mainnav .megamenu{display:none !important}}
@media print{.metabar,.mainnav,.ad-slot,.sidebar,.shariff,.site-footer,#tb-consent,.tx-tbcomments,.newsletter-teaser{display:none}}
"""


# ---------------------------------------------------------------- pieces

V_A = ["Ad", "Bid", "Quant", "Pix", "Met", "Sig", "Aud", "Reich", "Tapp", "Loop", "Nim", "Orb", "Vert", "Klar", "Stell",
       "Kin", "Lum", "Zeph", "Kad", "Mox", "Fer", "Tess", "Yond", "Hall", "Brix", "Kor", "Main", "Spess"]
V_B = ["exa", "ify", "ora", "ium", "lytics", "stream", "hub", "werk", "grid", "cast", "ly", "io", "wave", "sense", "net"]
V_C = ["GmbH", "AG", "Media GmbH", "Technologies", "Solutions", "Analytics", "Advertising", "Data", "Group", "Networks", "SE"]


def tcf_vendors(seed):
    rng = _random.Random(seed)
    out, seen = [], set()
    while len(out) < 96:
        stem = rng.choice(V_A) + rng.choice(V_B)
        if stem in seen:
            continue
        seen.add(stem)
        out.append({"id": 2 + len(out) * 4 + rng.randint(0, 3), "name": f"{stem} {rng.choice(V_C)}",
                    "purposes": sorted(rng.sample(range(1, 11), rng.randint(1, 7))),
                    "legIntPurposes": sorted(rng.sample(range(2, 11), rng.randint(0, 3))),
                    "specialFeatures": sorted(rng.sample([1, 2], rng.randint(0, 2))),
                    "policyUrl": f"https://{stem.lower()}.example/datenschutz", "cookieMaxAgeSeconds": rng.choice([86400, 2592000, 31536000, 63072000])})
    return _json.dumps({"vendorListVersion": 40 + seed, "language": "de", "vendors": out}, ensure_ascii=False, separators=(",", ":"))


def region_state(a):
    """Data for the client-rendered mega-menu (towns), the editions switcher and the event widget."""
    rng = _random.Random(a["uid"])
    events = []
    for i in range(24):
        o, t = EVENTS[i % len(EVENTS)]
        day = a["pub"] + _dt.timedelta(days=1 + i // 2)
        events.append({"ort": o, "titel": t, "datum": day.strftime("%Y-%m-%d"), "beginn": rng.choice(["10:00", "14:30", "19:00", "19:30", "20:00"]),
                       "eintritt": rng.choice(["frei", "5 Euro", "12 Euro", "18 Euro"]), "url": f"/service/veranstaltungen/{slug(t)}-{a['uid'] + i}/"})
    weather = [{"ort": o, "max": rng.randint(-2, 32), "min": rng.randint(-8, 18), "wetter": rng.choice(["sonnig", "heiter", "wolkig", "Regen", "Gewitter"])}
               for kreis, orte in GEMEINDEN for o in orte[:3]]
    return _json.dumps({"megamenu": [{"kreis": k, "orte": [{"name": o, "url": f"/lokales/orte/{slug(o)}/"} for o in orte]} for k, orte in GEMEINDEN],
                        "ausgaben": [{"name": f"Tagesblick {n}", "url": f"/lokales/{s_}/"} for n, s_ in LOKAL],
                        "veranstaltungen": events, "wetter": weather, "service": [{"name": n, "url": f"/service/{s_}/"} for n, s_ in SERVICE]},
                       ensure_ascii=False, separators=(",", ":"))


BERUFE = ["Pflegefachkraft (m/w/d)", "Elektroniker für Betriebstechnik (m/w/d)", "Sachbearbeiter Buchhaltung (m/w/d)",
          "Berufskraftfahrer CE (m/w/d)", "Erzieherin / Erzieher (m/w/d)", "Verkäufer im Lebensmittelhandwerk (m/w/d)",
          "Industriemechaniker (m/w/d)", "Medizinische Fachangestellte (m/w/d)", "Kaufmann im Einzelhandel (m/w/d)",
          "Winzergehilfe Saison (m/w/d)", "Anlagenmechaniker SHK (m/w/d)", "Koch / Köchin (m/w/d)"]
FIRMEN = ["Maintal", "Spessart", "Frankenwein", "Rhönblick", "Saaletal", "Steigerwald", "Mainschleife", "Haßtal", "Grabfeld", "Gäuboden"]
FORMEN = ["GmbH", "GmbH & Co. KG", "eG", "AG", "e. K."]


def jobs_state(a):
    rng = _random.Random(a["uid"] + 17)
    orte = [o for _, orte in GEMEINDEN for o in orte]
    items = []
    for i in range(28):
        firma = f"{rng.choice(FIRMEN)} {rng.choice(['Logistik', 'Pflege', 'Technik', 'Bau', 'Handel', 'Service', 'Kliniken'])} {rng.choice(FORMEN)}"
        items.append({"id": 500000 + a["uid"] + i * 13, "titel": rng.choice(BERUFE), "firma": firma, "ort": rng.choice(orte),
                      "art": rng.choice(["Vollzeit", "Teilzeit", "Minijob", "Ausbildung"]),
                      "url": f"https://jobs.tagesblick.example/anzeige/{500000 + a['uid'] + i * 13}", "top": rng.random() < 0.2})
    return _json.dumps({"quelle": "Stellenmarkt Mainfranken", "anzeigen": items}, ensure_ascii=False, separators=(",", ":"))


ICONS = ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><defs>'
         '<symbol id="tb-i-search" viewBox="0 0 24 24"><path d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"/></symbol>'
         '<symbol id="tb-i-user" viewBox="0 0 24 24"><path d="M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-9 2.2-9 5v3h18v-3c0-2.8-4.6-5-9-5z"/></symbol>'
         '<symbol id="tb-i-sun" viewBox="0 0 24 24"><path d="M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10zm-1-6h2v3h-2zm0 19h2v3h-2zM1 11h3v2H1zm19 0h3v2h-3zM4.2 2.8l2.1 2.1-1.4 1.4-2.1-2.1zm14.9 14.9 2.1 2.1-1.4 1.4-2.1-2.1zM2.8 19.8l2.1-2.1 1.4 1.4-2.1 2.1zM17.7 4.9l2.1-2.1 1.4 1.4-2.1 2.1z"/></symbol>'
         '<symbol id="tb-i-comment" viewBox="0 0 24 24"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></symbol>'
         '<symbol id="tb-i-clock" viewBox="0 0 24 24"><path d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm1 5h-2v6l5 3 1-1.7-4-2.3z"/></symbol>'
         '<symbol id="tb-i-wa" viewBox="0 0 24 24"><path d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2z"/></symbol>'
         '<symbol id="tb-i-print" viewBox="0 0 24 24"><path d="M6 2h12v5H6zM4 8h16a2 2 0 0 1 2 2v6h-4v6H6v-6H2v-6a2 2 0 0 1 2-2zm4 8v4h8v-4z"/></symbol>'
         '</defs></svg>')


def comments_state(a):
    if not a.get("comments"):
        return None
    return _json.dumps({"newsUid": a["uid"], "total": len(a["comments"]), "pageSize": 20, "moderation": "pre",
                        "items": [{"uid": cid, "user": who, "crdate": t.isoformat(), "text": body, "parent": bool(reply),
                                   "likes": (cid * 7) % 23} for cid, who, t, body, reply in a["comments"]]},
                       ensure_ascii=False, separators=(",", ":"))


def shariff(url, title):
    services = '[&quot;whatsapp&quot;,&quot;facebook&quot;,&quot;twitter&quot;,&quot;mail&quot;,&quot;print&quot;]'
    return (f'<div class="shariff" data-url="{url}" data-title="{attr(title)}" data-services="{services}" data-lang="de" '
            'data-mail-url="mailto:" data-backend-url="/shariff-backend/">'
            '<ul class="theme-standard orientation-horizontal">'
            f'<li class="shariff-button whatsapp"><a href="https://wa.example/send?text={attr(url)}" rel="noopener" title="Bei WhatsApp teilen">WhatsApp</a></li>'
            f'<li class="shariff-button facebook"><a href="https://facebook.example/sharer/sharer.php?u={attr(url)}" rel="noopener" title="Bei Facebook teilen">teilen</a></li>'
            f'<li class="shariff-button twitter"><a href="https://x.example/intent/tweet?url={attr(url)}" rel="noopener" title="Bei X teilen">posten</a></li>'
            f'<li class="shariff-button mail"><a href="mailto:?subject={attr(title)}" title="Per E-Mail versenden">E-Mail</a></li>'
            '<li class="shariff-button print"><a href="javascript:window.print()" title="Drucken">drucken</a></li></ul></div>')


def ad(slot, kind="rectangle"):
    return (f'<div class="ad-slot ad-slot--{kind}" id="tb-ad-{slot}" data-ad-slot="{slot}" data-ad-sizes="300x250,300x600">'
            f'<script>window.tbAds=window.tbAds||[];tbAds.push({{slot:"{slot}",container:"tb-ad-{slot}"}});</script></div>')


def also_box(title, href):
    return (f'<div class="news-related-inline"><span class="news-related-inline__label">Lesen Sie auch:</span> '
            f'<a href="{href}">{title}</a></div>')


def render_parts(parts, blocks, shy, legacy, divp=False):
    """The body as a list of ("text", html) runs and ("insert", html) boxes between them."""
    out = []
    pcls = ' class="bodytext"' if legacy else ""
    cid = 4100
    for p in parts:
        k = p[0]
        txt = (lambda s: s.replace(MARK, SHY if shy else ""))
        cid += 7
        if k == "p":
            out.append(("text", f'<div class="bodytext">{txt(p[1])}</div>' if divp else f"<p{pcls}>{txt(p[1])}</p>"))
            blocks.append(Block("paragraph", clean(p[1])))
        elif k == "h":
            out.append(("text", f"<h2>{txt(p[1])}</h2>"))
            blocks.append(Block("heading", clean(p[1])))
        elif k == "ul":
            out.append(("text", "<ul>" + "".join(f"<li>{txt(i)}</li>" for i in p[1]) + "</ul>"))
            blocks += [Block("list_item", clean(i)) for i in p[1]]
        elif k == "fig":
            _, src, cap, credit = p
            out.append(("text", f'<figure class="image"><img src="/fileadmin/_processed_/{src}.jpg" width="780" height="439" loading="lazy" '
                       f'alt="{attr(clean(cap))}"><figcaption class="image-caption">{txt(cap)} '
                       f'<span class="image-copyright">{credit}</span></figcaption></figure>'))
            blocks.append(Block("caption", clean(cap), optional=True))
        elif k == "table":
            _, rows, src = p
            t = [f'<div id="c{cid}" class="frame frame-default frame-type-table"><table class="contenttable contenttable-0">'
                 "<thead><tr>" + "".join(f"<th scope=\"col\">{txt(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            for i, r in enumerate(rows[1:]):
                cls = ' class="sum"' if i == len(rows) - 2 else ""
                t.append(f"<tr{cls}><td>{txt(r[0])}</td>" + "".join(f'<td class="num">{txt(c)}</td>' for c in r[1:]) + "</tr>")
            t.append(f'</tbody></table><p class="table-source">{txt(src)}</p></div>')
            out.append(("text", "".join(t)))
            blocks.append(Block("table", "\n".join("\t".join(clean(c) for c in r) for r in rows)))
            blocks.append(Block("caption", clean(src), optional=True))
        elif k == "note":
            _, text, cls = p
            out.append(("text", f'<p class="{cls}"><em>{txt(text)}</em></p>'))
            blocks.append(Block("note", clean(text), optional=True))
        elif k == "ad":
            out.append(("insert", ad(p[1])))
        elif k == "also":
            out.append(("insert", also_box(p[1], p[2])))
    return out


def body_frames(runs, first_cid):
    """Newer template: every run of text is a content element (frame) of its own."""
    html, cur, cid = [], [], first_cid
    for kind, h in runs:
        if kind == "text":
            cur.append(h)
            continue
        if cur:
            html.append(f'<div id="c{cid}" class="frame frame-default frame-type-text frame-layout-0"><div class="ce-bodytext">' + "\n".join(cur) + "</div></div>")
            cur, cid = [], cid + 1
        html.append(h)
    if cur:
        html.append(f'<div id="c{cid}" class="frame frame-default frame-type-text frame-layout-0"><div class="ce-bodytext">' + "\n".join(cur) + "</div></div>")
    return "\n".join(html)


def comments_html(cs, total):
    out = [f'<section class="tx-tbcomments" id="kommentare"><h2>Kommentare ({total})</h2>'
           '<p class="comments-hint">Bitte beachten Sie unsere <a href="/netiquette/">Netiquette</a>. Kommentare werden vor der '
           "Veröffentlichung von der Redaktion geprüft.</p>"]
    for cid, who, t, body, reply in cs[:2]:
        out.append(f'<div class="comment{" reply" if reply else ""}" id="comment-{cid}"><div class="comment-meta">'
                   f'<strong class="comment-author">{who}</strong> schrieb am <time datetime="{t.isoformat()}">{t:%d.%m.%Y um %H:%M} Uhr</time></div>'
                   f'<div class="comment-body"><p>{body}</p></div><div class="comment-actions"><a href="#comment-form" data-reply="{cid}">Antworten</a>'
                   f'<a href="/kommentar-melden/?c={cid}" rel="nofollow">Melden</a></div></div>')
    out.append('<form class="comment-form" id="comment-form" method="post" action="/kommentare/neu/"><h3>Ihr Kommentar</h3>'
               '<p>Sie müssen angemeldet sein, um zu kommentieren. <a href="/login/">Anmelden</a> oder <a href="/registrieren/">kostenlos registrieren</a>.</p>'
               '<textarea name="tx_tbcomments[comment][message]" disabled placeholder="Ihr Kommentar"></textarea></form></section>')
    return "".join(out)


CONSENT = """<div id="tb-consent" role="dialog" aria-modal="true" aria-labelledby="tb-consent-title" hidden>
<div class="consent-inner"><h2 id="tb-consent-title">Ihre Privatsphäre ist uns wichtig</h2>
<p>Wir verwenden Cookies, um die Reichweite zu messen und Ihnen personalisierte Werbung anzuzeigen. Ihre Einwilligung können
Sie jederzeit über „Cookie-Einstellungen“ widerrufen. Mehr in unserer <a href="/datenschutz/">Datenschutzerklärung</a>.</p>
<div class="consent-purposes"><label><input type="checkbox" checked disabled> Notwendig</label>
<label><input type="checkbox" name="consent-statistics"> Statistik und Reichweitenmessung</label>
<label><input type="checkbox" name="consent-marketing"> Marketing und personalisierte Werbung</label>
<label><input type="checkbox" name="consent-external"> Externe Medien (Videos, Karten, soziale Netzwerke)</label></div>
<div class="consent-buttons"><button type="button" class="consent-accept-all" data-consent="all">Alle akzeptieren</button>
<button type="button" class="consent-accept-necessary" data-consent="necessary">Nur notwendige Cookies</button>
<button type="button" class="consent-settings" data-consent="settings">Einstellungen</button></div></div></div>"""

CONSENT_JS = """<script>
(function(){var c=document.cookie.match(/(?:^|; )tb_consent=([^;]*)/),el=document.getElementById('tb-consent');
if(!c){el.hidden=false;}
el.addEventListener('click',function(e){var b=e.target.closest('button');if(!b)return;var v=b.getAttribute('data-consent');
if(v==='settings'){el.classList.add('show-settings');return;}
var exp=new Date();exp.setTime(exp.getTime()+180*864e5);
document.cookie='tb_consent='+v+';expires='+exp.toUTCString()+';path=/;SameSite=Lax';el.hidden=true;
window.dispatchEvent(new CustomEvent('tbconsent',{detail:v}));});})();
</script>"""


def nav(active):
    lok = "".join(f'<li><a href="/lokales/{s}/">{n}</a></li>' for n, s in LOKAL)
    res = "".join(f'<li><a href="/{s}/">{n}</a></li>' for n, s in RESSORTS)
    spo = "".join(f'<li><a href="/sport/{s}/">{n}</a></li>' for n, s in SPORT)
    srv = "".join(f'<li><a href="/service/{s}/">{n}</a></li>' for n, s in SERVICE)
    mega = '<div class="megamenu" data-source="#tb-region-state"></div>'
    items = [("Startseite", "/", ""), ("Lokales", "/lokales/", f"<ul>{lok}</ul>{mega}"), ("Region", "/region/", f"<ul>{res}</ul>"),
             ("Sport", "/sport/", ""), ("Wein", "/themen/weinfranken/", ""), ("Freizeit", "/freizeit/", ""),
             ("Service", "/service/", ""), ("E-Paper", "/service/e-paper/", "")]
    return ('<nav class="mainnav" id="mainnav" aria-label="Hauptnavigation"><div class="page-wrap"><ul>' + "".join(
        f'<li class="{"active" if n == active else "sub" if sub else ""}"><a href="{u}">{n}</a>{sub}</li>' for n, u, sub in items)
        + "</ul></div></nav>")




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


# ---------------------------------------------------------------- page

def page(a, shy=True):
    pub, upd = a["pub"], a.get("upd")
    url = a["url"]
    micro = a.get("microdata", False)
    legacy = a.get("legacy", False)
    blocks = []
    T = (lambda s: s.replace(MARK, SHY if shy else ""))
    if a.get("summary"):
        blocks.append(Block("paragraph", clean(a["summary"]), optional=True))
    lead = ""
    if a.get("lead"):
        src, cap, credit = a["lead"]
        ip = ' itemprop="image" itemscope itemtype="https://schema.org/ImageObject"' if micro else ""
        im = f'<meta itemprop="url" content="{HOST}/fileadmin/_processed_/{src}.jpg">' if micro else ""
        lead = (f'<div class="news-img-wrap"><figure class="image"{ip}>{im}<img src="/fileadmin/_processed_/{src}.jpg" '
                f'srcset="/fileadmin/_processed_/{src}-480.jpg 480w, /fileadmin/_processed_/{src}.jpg 780w" width="780" height="439" '
                f'alt="{attr(clean(cap))}"><figcaption class="image-caption">{T(cap)} <span class="image-copyright">{credit}</span>'
                "</figcaption></figure></div>")
        blocks.append(Block("caption", clean(cap), optional=True))
    runs = render_parts(a["parts"], blocks, shy, legacy, divp=a.get("div_paragraphs", False))
    body = "\n".join(h for _, h in runs) if legacy else body_frames(runs, a["cid"] + 1)
    head_clean = clean(a["headline"])
    lok_name, lok_slug = a["lokal"]
    authors = a["authors"]

    h = ["<!DOCTYPE html>", '<html lang="de-DE">', "<head>", "", '<meta charset="utf-8">',
         "<!-- \n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management "
         "Framework licensed under GNU/GPL.\n\tInformation and contribution at https://typo3.org/\n-->", "",
         f'<base href="{HOST}/">',
         '<link rel="shortcut icon" href="/typo3conf/ext/tb_sitepackage/Resources/Public/Icons/favicon.ico" type="image/vnd.microsoft.icon">',
         f"<title>{attr(a['title'])}</title>",
         '<meta name="generator" content="TYPO3 CMS">',
         f'<meta name="description" content="{attr(a["desc"])}">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<meta name="robots" content="index,follow,max-image-preview:large">',
         f'<meta name="keywords" content="{attr(", ".join(a["tags"]))}">',
         *([f'<meta name="author" content="{attr(a.get("meta_author") or ", ".join(authors))}">'] if a.get("meta_author", "") is not None else []),
         f'<meta property="og:title" content="{attr(a["og_title"])}">',
         f'<meta property="og:description" content="{attr(a["desc"])}">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:url" content="{url}">',
         f'<meta property="og:image" content="{HOST}/fileadmin/_processed_/{a["image"]}.jpg">',
         '<meta property="og:site_name" content="Tagesblick">', '<meta property="og:locale" content="de_DE">']
    if legacy:
        h.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
        if upd:
            h.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    h += [f'<meta property="article:section" content="{lok_name}">',
          '<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@tagesblick">',
          f'<meta name="twitter:title" content="{attr(a["og_title"])}">',
          '<meta name="apple-itunes-app" content="app-id=1048220137">',
          '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7d1c3a05b9e7f2a1c8d6e0b4f3a2c1d9-min.css?1711032210" media="all">',
          '<link rel="stylesheet" href="/typo3conf/ext/tb_sitepackage/Resources/Public/Css/print.css?1698231044" media="print">',
          "<style>" + CSS + theme_css("tb", a["uid"], 280) + "</style>",
          '<script src="/typo3temp/assets/compressed/merged-4e0f9b2c6a1d8e3f7b5c2a9d0e6f1b3c-min.js?1711032210"></script>',
          "<script>window.tbConfig={pageId:" + str(a["pid"]) + ",newsUid:" + str(a["uid"]) + ",ressort:\"" + lok_slug + "\",paywall:false,"
          "ivw:{st:\"tagesbl\",cp:\"lokales_" + lok_slug + "\",sv:\"ke\"},ads:{network:\"/40219833/tagesblick\",zone:\"lokales/" + lok_slug + "\"}};</script>",
          '<script src="https://script.ioam.example/iam.js" async></script>',
          "<script>window.tbAdConfig=" + _json.dumps({"bidderTimeout": 1200, "priceGranularity": "dense", "consentManagement": {"gdpr": {"cmpApi": "iab", "timeout": 8000}},
              "slots": [{"code": "billboard", "sizes": [[970, 250], [800, 250], [728, 90]], "bids": [{"bidder": "mfbid", "params": {"placementId": 73301}}]},
                        {"code": "content_1", "sizes": [[300, 250], [336, 280]], "bids": [{"bidder": "mfbid", "params": {"placementId": 73302}}]},
                        {"code": "sidebar_top", "sizes": [[300, 600], [300, 250]], "bids": [{"bidder": "mfbid", "params": {"placementId": 73303}}]},
                        {"code": "sidebar_bottom", "sizes": [[300, 250]], "bids": [{"bidder": "mfbid", "params": {"placementId": 73304}}]}],
              "targeting": {"ressort": a["lokal"][1], "tags": a["tags"], "newsUid": a["uid"]}}, ensure_ascii=False) + ";</script>",
          "<script>var _paq=window._paq=window._paq||[];_paq.push(['setCustomDimension',1,'" + lok_slug + "']);"
          "_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);(function(){var u='https://stats.tagesblick.example/';"
          "_paq.push(['setTrackerUrl',u+'matomo.php']);_paq.push(['setSiteId','3']);var d=document,g=d.createElement('script'),"
          "s=d.getElementsByTagName('script')[0];g.async=true;g.src=u+'matomo.js';s.parentNode.insertBefore(g,s);})();</script>",
          f'<link rel="canonical" href="{url}">',
          '<link rel="alternate" type="application/rss+xml" title="Tagesblick – Alle Nachrichten" href="/rss/alle.xml">']
    if not micro:
        created = a.get("created", pub)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.get("ld_headline", head_clean), "description": a["desc"],
              "mainEntityOfPage": url, "datePublished": created.isoformat(), "dateModified": (upd or created).isoformat(),
              "image": [f"{HOST}/fileadmin/_processed_/{a['image']}.jpg"],
              "publisher": {"@type": "NewsMediaOrganization", "name": NAME,
                            "logo": {"@type": "ImageObject", "url": f"{HOST}/typo3conf/ext/tb_sitepackage/Resources/Public/Images/logo-amp.png"}},
              "isAccessibleForFree": True, "inLanguage": "de-DE", "keywords": a["tags"]}
        if a.get("ld_author", "all") == "all":
            ld["author"] = [{"@type": "Person", "name": n} for n in authors]
        elif a["ld_author"] == "first":
            ld["author"] = {"@type": "Person", "name": authors[0]}
        bc = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Startseite", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": "Lokales", "item": HOST + "/lokales/"},
            {"@type": "ListItem", "position": 3, "name": lok_name, "item": f"{HOST}/lokales/{lok_slug}/"}]}
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
        h.append('<script type="application/ld+json">' + _json.dumps(bc, ensure_ascii=False) + "</script>")
    h.append('<script type="application/json" id="tb-tcf-vendors">' + tcf_vendors(a["seed"]) + "</script>")
    h += ["", "</head>"]

    h.append(f'<body id="p{a["pid"]}" class="page-{a["pid"]} pagelevel-3 language-0 backendlayout-news_detail layout-default">')
    h.append('<div class="skiplinks"><a href="#content">Zum Inhalt springen</a><a href="#mainnav">Zur Navigation springen</a></div>')
    h.append(ICONS)
    h.append('<div class="page" id="page"><div class="page-inner">')
    h.append('<div class="metabar"><div class="page-wrap"><span class="weather">Würzburg <strong>' + a["weather"] + "</strong></span>"
             '<span><a href="/service/e-paper/">E-Paper</a><a href="/service/abo/">Abo</a><a href="/service/traueranzeigen/">Traueranzeigen</a>'
             '<a href="/login/">Anmelden</a></span></div></div>')
    h.append('<header class="site-header"><div class="page-wrap"><div><a class="logo" href="/" title="Tagesblick – Startseite">'
             '<img src="/typo3conf/ext/tb_sitepackage/Resources/Public/Images/tagesblick-logo.svg" width="220" height="40" alt="Tagesblick"></a>'
             '<div class="claim">Die Zeitung für Mainfranken</div></div><div class="header-actions"><a href="/suche/">Suche</a>'
             '<a class="btn-abo" href="/service/abo/">Jetzt abonnieren</a></div></div></header>')
    h.append(nav("Sport" if a.get("sport") else "Lokales"))
    h.append('<div class="page-wrap">')
    h.append('<div class="topthemen"><strong>Top-Themen:</strong>' + "".join(f'<a href="/themen/{slug(t)}/">{t}</a>' for t in TOPTHEMEN[:5]) + "</div>")
    if micro:
        h.append('<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
                 '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Startseite</span></a><meta itemprop="position" content="1"></li>'
                 '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/lokales/"><span itemprop="name">Lokales</span></a><meta itemprop="position" content="2"></li>'
                 f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/lokales/{lok_slug}/"><span itemprop="name">{lok_name}</span></a><meta itemprop="position" content="3"></li></ol>')
    else:
        h.append(f'<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/lokales/">Lokales</a></li>'
                 f'<li><a href="/lokales/{lok_slug}/">{lok_name}</a></li></ol>')
    h.append(ad("billboard", "billboard"))
    h.append('<div class="content-grid"><main id="content"><div class="main-col">')
    h.append(f'<!--TYPO3SEARCH_begin--><div id="c{a["cid"]}" class="frame frame-default frame-type-news_newsdetail frame-layout-0">'
             '<div class="news news-single">')
    art_attr = ' itemscope itemtype="https://schema.org/NewsArticle"' if micro else ""
    h.append(f'<article class="article"{art_attr}>')
    if micro:
        h.append(f'<meta itemprop="mainEntityOfPage" content="{url}"><meta itemprop="inLanguage" content="de-DE">')
    hp = ' itemprop="headline"' if micro else ""
    if a.get("kicker") and not legacy:
        h.append(f'<header class="article-header"><h1><span class="news-kicker">{a["kicker"]}</span>'
                 f'<span class="news-title"{hp}>{T(a["headline"])}</span></h1></header>')
    else:
        if a.get("kicker"):
            h.append(f'<p class="article-kicker">{a["kicker"]}</p>')
        h.append(f'<h1{hp}>{T(a["headline"])}</h1>')
    if a.get("summary"):
        h.append(f'<p class="teaser-text"{" itemprop=" + chr(34) + "description" + chr(34) if micro else ""}>{T(a["summary"])}</p>')
    meta = ['<div class="news-meta">']
    if micro:
        names = " und ".join(f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" '
                             f'href="/autoren/{slug(n)}/"><span itemprop="name">{n}</span></a></span>' for n in authors)
    else:
        names = " und ".join(f'<a href="/autoren/{slug(n)}/">{n}</a>' for n in authors)
    meta.append(f'<span class="news-author">Von {names}</span>')
    dp = ' itemprop="datePublished"' if micro else ""
    if legacy:
        if micro:
            meta.append(f'<meta itemprop="datePublished" content="{pub.isoformat()}">')
        meta.append(f'<span class="news-list-date">Veröffentlicht: {de_date(pub, a["style"])}</span>')
        if upd:
            meta.append(f'<span class="news-updated">Aktualisiert: {de_date(upd, a["style"])}</span>')
    else:
        meta.append(f'<span class="news-list-date">Veröffentlicht: <time{dp} datetime="{pub.isoformat()}">{de_date(pub, a["style"])}</time></span>')
        if upd:
            dm = ' itemprop="dateModified"' if micro else ""
            meta.append(f'<span class="news-updated">Aktualisiert: <time{dm} datetime="{upd.isoformat()}">{de_date(upd, a["style"])}</time></span>')
    if micro and not upd:
        meta.append(f'<meta itemprop="dateModified" content="{pub.isoformat()}">')
    if a.get("comments"):
        meta.append(f'<a class="news-comments-count" href="#kommentare">{len(a["comments"])} Kommentare</a>')
    meta.append(f'<span class="news-readtime">Lesedauer: {a["readtime"]} Min.</span>')
    meta.append("</div>")
    h.append("".join(meta))
    if micro:
        h.append('<div itemprop="publisher" itemscope itemtype="https://schema.org/NewsMediaOrganization"><meta itemprop="name" content="Tagesblick">'
                 '<div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" '
                 f'content="{HOST}/typo3conf/ext/tb_sitepackage/Resources/Public/Images/logo-amp.png"></div></div>')
    h.append(shariff(url, head_clean))
    h.append(lead)
    h.append(f'<div class="news-text-wrap"{" itemprop=" + chr(34) + "articleBody" + chr(34) if micro else ""}>' + body + "</div>")
    h.append('<div class="news-related-tags">Schlagworte:<ul>' + "".join(
        f'<li><a href="/themen/{slug(t)}/">{t}</a></li>' for t in a["tags"]) + "</ul></div>")
    h.append(shariff(url, head_clean))
    h.append("</article></div></div><!--TYPO3SEARCH_end-->")
    h.append('<div class="newsletter-teaser"><h3>Der Tagesblick am Morgen</h3><p>Die wichtigsten Nachrichten aus Mainfranken, '
             'jeden Werktag um 6 Uhr.</p><form action="/newsletter/anmelden/" method="post">'
             '<label class="sr-only" for="nl-mail">E-Mail-Adresse</label><input type="email" id="nl-mail" name="email" placeholder="Ihre E-Mail-Adresse">'
             '<button type="submit">Anmelden</button></form></div>')
    rel = ['<div class="related-news"><h3>Mehr zum Thema</h3><ul>']
    for i, (t, dd) in enumerate(a["related"]):
        rel.append(f'<li><a href="/lokales/{lok_slug}/artikel/{slug(t)[:60]}-{a["uid"] - 37 * (i + 1)}.html">{t}</a>'
                   f'<span class="news-list-date">{dd:%d.%m.%Y}</span></li>')
    rel.append("</ul></div>")
    h.append("".join(rel))
    if a.get("comments"):
        h.append(comments_html(a["comments"], len(a["comments"])))
    tz = a["seed"] % len(TEASERS)
    h.append('<section class="teaser-grid"><h3>Weitere Nachrichten aus Mainfranken</h3>' + "".join(
        f'<div class="teaser teaser--small"><a href="/lokales/orte/{slug(o)}/artikel/{slug(t)[:48]}-{a["uid"] + 300 + i}.html"><div class="teaser-img"><picture>'
        f'<source type="image/webp" srcset="/fileadmin/_processed_/teaser/{slug(t)[:30]}-320.webp 320w, /fileadmin/_processed_/teaser/{slug(t)[:30]}-640.webp 640w">'
        f'<img src="/fileadmin/_processed_/teaser/{slug(t)[:30]}-320.jpg" width="320" height="180" loading="lazy" alt=""></picture></div>'
        f'<div class="teaser-text"><span class="teaser-kicker">{o}</span><h4>{t}</h4></div></a></div>'
        for i, (o, t, x) in enumerate((TEASERS[tz:] + TEASERS[:tz])[:4])) + "</section>")
    h.append("</div></main>")
    rot = pool_rot(a["seed"])
    side = ['<aside class="sidebar">', ad("sidebar_top"),
            '<div class="box"><h3>Meistgelesen</h3><ol class="toplist">' + "".join(
                f'<li><a href="/lokales/artikel/{slug(t)[:50]}-{a["uid"] + 100 + i}.html">{t}</a></li>' for i, t in enumerate(rot[:5]))
            + "</ol></div>",
            f'<div class="box"><h3>Aus {a["region_box"]}</h3><ul class="newslist">' + "".join(
                f'<li><a href="/lokales/{lok_slug}/artikel/{slug(t)[:50]}-{a["uid"] + 200 + i}.html">{t}</a>'
                f'<span class="news-list-date">{(pub - _dt.timedelta(days=i + 1, hours=3 * i)):%d.%m.%Y}</span></li>'
                for i, t in enumerate(rot[6:9])) + "</ul></div>",
            ad("sidebar_bottom"),
            '<div class="box events" data-widget="veranstaltungen" data-source="#tb-region-state"><h3>Veranstaltungstipps</h3></div>',
            '<div class="box epaper-box"><h3>Das E-Paper</h3><a href="/service/e-paper/"><img src="/fileadmin/epaper/titel-aktuell-240.jpg" '
            'width="240" height="320" loading="lazy" alt="Titelseite der aktuellen Ausgabe"></a><a class="btn" href="/service/abo/digital/">4 Wochen gratis testen</a></div>',
            "</aside>"]
    h.append("".join(side))
    h.append("</div></div>")
    f = ['<footer class="site-footer"><div class="page-wrap"><div class="footer-cols">']
    for title, items in FOOTER[:3]:
        f.append(f"<div><h4>{title}</h4><ul>" + "".join(f'<li><a href="/{slug(title)}/{slug(i)}/">{i}</a></li>' for i in items[:4]) + "</ul></div>")
    f.append('</div><div class="footer-editions" data-source="#tb-region-state"></div>')
    f.append('<div class="footer-social"><a href="https://facebook.example/tagesblick">Facebook</a><a href="https://instagram.example/tagesblick">Instagram</a>'
             '<a href="https://whatsapp.example/channel/tagesblick">WhatsApp-Kanal</a></div>')
    f.append('<div class="footer-legal">' + "".join(f'<a href="/{slug(l)}/">{l}</a>' for l in LEGAL) + "</div>")
    f.append(f'<p class="copyright">© {a["copy_year"]} Tagesblick Mediengruppe Mainfranken GmbH und Co. KG</p></div></footer>')
    h.append("".join(f))
    h.append("</div></div>")
    h.append('<script type="application/json" id="tb-jobs-state">' + jobs_state(a) + "</script>")
    h.append(CONSENT)
    h.append(CONSENT_JS)
    h.append('<script type="application/json" id="tb-region-state">' + region_state(a) + "</script>")
    cst = comments_state(a)
    if cst:
        h.append('<script type="application/json" id="tb-comments-state">' + cst + "</script>")
    h.append("<script>window.addEventListener('tbconsent',function(e){if(e.detail!=='all')return;var s=document.createElement('script');"
             "s.src='https://ads.tagesblick.example/loader/tb-ads.3.2.js';s.async=true;document.head.appendChild(s);});"
             "if(document.cookie.indexOf('tb_consent=all')>-1){var s=document.createElement('script');"
             "s.src='https://ads.tagesblick.example/loader/tb-ads.3.2.js';s.async=true;document.head.appendChild(s);}</script>")
    h.append('<script src="/typo3conf/ext/tb_sitepackage/Resources/Public/JavaScript/shariff.min.js?1652710021"></script>')
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h), blocks


# ---------------------------------------------------------------- articles

def C(cid, who, t, body, reply=False):
    return (cid, who, t, body, reply)


ARTICLES = [
    # ------------------------------------------------------------ 01: flood walls (soft hyphens, correction, update)
    dict(
        id="tagesblick-01", seed=1, pid=412, uid=18233, cid=40211, legacy=True, shy=True,
        url=f"{HOST}/lokales/wuerzburg/artikel/wuerzburg-testet-mobile-hochwasserschutzwaende-18233.html",
        lokal=("Würzburg", "wuerzburg"), region_box="Würzburg", weather="21 °C, heiter",
        kicker="Hochwasserschutz",
        headline="Würzburg testet mobile Hochwasser¦schutz¦wände am Alten Kranen",
        title="Würzburg testet mobile Hochwasserschutzwände am Alten Kranen - Tagesblick",
        og_title="Würzburg testet mobile Hochwasserschutzwände am Alten Kranen",
        desc="Rund 60 Einsatzkräfte haben erstmals 240 Meter der neuen Schutzwand am Mainkai aufgebaut.",
        tags=["Hochwasser", "Würzburg", "Main", "Stadtentwicklung"], image="2015/06/mainkai-schutzwand",
        pub=d(2015, 6, 17, 17, 45), upd=d(2015, 6, 18, 9, 12), style="long", copy_year=2015, readtime=4,
        authors=["Katrin Albrecht"],
        summary="Feuerwehr und städtischer Bauhof haben am Mittwoch erstmals 240 Meter der neuen Schutz¦wand aufgebaut. Bis Ende 2016 soll das System die gesamte Altstadt¦seite sichern.",
        lead=("2015/06/mainkai-schutzwand", "Aluminium¦bohle für Aluminium¦bohle: Einsatzkräfte bauen die mobile Wand am Mainkai auf.",
              "Foto: Katrin Albrecht"),
        related=[("Pegel steigt: Stadt rät Anwohnern am Main zur Vorsicht", d(2015, 5, 27, 8, 0)),
                 ("Sandsäcke für den Ernstfall: So bereitet sich Würzburg auf Hochwasser vor", d(2014, 11, 14, 16, 30)),
                 ("Stadtrat gibt grünes Licht für Hochwasserschutz an der Altstadt", d(2014, 7, 22, 19, 5))],
        parts=[
            ("p", "Es dauerte knapp vier Stunden, bis die letzte Aluminium¦bohle eingesetzt war. Am Mittwoch¦vormittag haben rund 60 "
                  "Einsatzkräfte von Feuerwehr, städtischem Entwässerungs¦betrieb und Bauhof erstmals die neuen mobilen Hochwasser¦schutz¦wände "
                  "am Würzburger Mainkai aufgebaut. Zwischen dem Alten Kranen und der Löwenbrücke stand am Ende eine 240 Meter lange und 1,80 "
                  "Meter hohe Wand."),
            ("p", "„Wir wollten wissen, ob die Abläufe im Ernstfall sitzen“, sagte Projektleiter Matthias Kunkel. „Bei einem Hochwasser haben "
                  "wir vom ersten Pegel¦alarm bis zum Scheitel oft nur 36 Stunden. Da muss jeder Handgriff stimmen.“ Mit dem Ergebnis der "
                  "Übung zeigte sich Kunkel zufrieden: Nur an zwei Stellen hätten Dichtungen nachgearbeitet werden müssen."),
            ("h", "Stahlstützen statt Sandsäcke"),
            ("p", "Bislang schützen an vielen Stellen der Altstadt nur Sandsäcke vor dem Main. Beim letzten größeren Hochwasser mussten Helfer "
                  "mehr als 40.000 Säcke füllen und verbauen. Das neue System besteht aus Stahlstützen, die in im Boden eingelassene Fundamente "
                  "geschraubt werden, und aus Aluminium¦bohlen, die dazwischen gestapelt werden. Die Teile lagern in einer Halle im Hafen und "
                  "können mit vier Lastwagen transportiert werden."),
            ("p", "Die Kosten für den ersten Bau¦abschnitt beziffert die Stadt auf 3,2 Millionen Euro, die Hälfte davon kommt aus einem "
                  "Förder¦programm des Landes. Insgesamt sollen bis Ende 2016 rund 1,1 Kilometer Mainufer gesichert werden."),
            ("ad", "content_1"),
            ("h", "Gastronomen fürchten um ihre Terrassen"),
            ("p", "Nicht alle sind überzeugt. Gastronom Jürgen Pfister, der am Mainkai eine Weinstube betreibt, fürchtet um seine Terrasse: "
                  "„Die Fundamente liegen genau dort, wo im Sommer meine Tische stehen. Niemand hat uns vorher gefragt.“ Die Stadt verweist "
                  "darauf, dass die Boden¦platten überfahrbar und begehbar seien und im Alltag kaum auffielen."),
            ("p", "Die Bürgerinitiative Lebendiger Main begrüßte den Test grundsätzlich, fordert aber zusätzlich mehr Rückhalte¦flächen "
                  "flussaufwärts. „Mauern verschieben das Wasser nur zum Nachbarn“, sagte Sprecherin Helga Wirsing."),
            ("h", "Lehren aus dem Hochwasser 2013"),
            ("p", "Anstoß für das Projekt war das Hochwasser im Juni 2013, als der Main am Pegel Würzburg auf knapp sieben Meter stieg. Damals "
                  "standen Keller in der Altstadt und im Mainviertel unter Wasser, den Schaden an privaten und städtischen Gebäuden schätzte "
                  "die Stadt später auf rund neun Millionen Euro."),
            ("p", "„Wir hatten damals Glück, dass der Scheitel in der Nacht kam und die Pegel¦vorhersage gestimmt hat“, sagte Kunkel. Mit den "
                  "mobilen Wänden sei man künftig nicht mehr darauf angewiesen, in wenigen Stunden Zehntausende Sandsäcke zu füllen. Die Stadt "
                  "geht davon aus, dass die Wand einem Hochwasser standhält, wie es statistisch einmal in hundert Jahren vorkommt."),
            ("also", "Sandsäcke für den Ernstfall: So bereitet sich Würzburg auf Hochwasser vor", "/lokales/wuerzburg/artikel/sandsaecke-fuer-den-ernstfall-17702.html"),
            ("p", "Für den Aufbau im Ernstfall sind die Feuerwehren aus dem gesamten Stadtgebiet eingeplant. Jede Einheit soll einen festen "
                  "Abschnitt übernehmen und diesen mindestens einmal im Jahr üben. Die Teile sind nummeriert, damit sie in der richtigen "
                  "Reihenfolge auf die Lastwagen geladen werden."),
            ("p", "Auch die Anwohner sollen einbezogen werden. Die Verwaltung plant für den Herbst eine Informations¦veranstaltung im Rathaus, "
                  "bei der Hausbesitzer erfahren, wie sie ihre Keller zusätzlich sichern können. Zudem soll ein Warnsystem per SMS eingerichtet "
                  "werden, das bei steigenden Pegeln automatisch informiert."),
            ("p", "Die Kosten für den Unterhalt des Systems sind bereits eingeplant: Rund 80.000 Euro im Jahr veranschlagt die Stadt für Lagerung, "
                  "Wartung der Dichtungen und die regelmäßigen Übungen. Die Aluminium¦bohlen sollen nach Herstellerangaben mindestens 40 Jahre halten."),
            ("p", "Andere Städte am Main verfolgen das Projekt aufmerksam. Vertreter aus drei Nachbar¦gemeinden schauten sich den Probeaufbau am "
                  "Mittwoch an, darunter der Kämmerer einer Kleinstadt flussabwärts, die nach dem Hochwasser 2013 ebenfalls über mobile Wände "
                  "nachdenkt. „Wenn es hier funktioniert, sparen wir uns viel Lehrgeld“, sagte er."),
            ("p", "Skeptisch bleiben einige Gastronomen am Ufer. Während des Aufbaus müssen ihre Außenbereiche für mehrere Stunden geräumt werden, und bei einem echten Einsatz könnten die Wände tagelang stehen. Die Stadt sagte zu, die Betriebe rechtzeitig zu warnen und die Wege zu den Eingängen offen zu halten, soweit die Lage es zulässt."),
            ("p", "Der nächste Übungs¦aufbau ist für den Herbst geplant, dann auch nachts und mit Helfern, die das System noch nicht kennen. "
                  "Die Ergebnisse will die Verwaltung im Juli im Umwelt¦ausschuss vorstellen."),
            ("note", "Korrektur: In einer früheren Fassung dieses Artikels war von 2,4 Kilometern Mainufer die Rede. Richtig ist, dass bis "
                     "Ende 2016 rund 1,1 Kilometer gesichert werden sollen.", "correction-note"),
        ],
        entities=[("Würzburg", "LOC"), ("Würzburger", "MISC"), ("Alten Kranen", "LOC"), ("Mainkai", "LOC"), ("Löwenbrücke", "LOC"),
                  ("Main", "LOC"), ("Matthias Kunkel", "PER"), ("Kunkel", "PER"), ("Jürgen Pfister", "PER"),
                  ("Bürgerinitiative Lebendiger Main", "ORG"), ("Helga Wirsing", "PER"), ("Mainviertel", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "photo-caption",
                   "subheadings", "correction-note", "updated-date", "invisible-chars"],
        notes="Soft hyphens (U+00AD) inside compounds of headline, standfirst and body are removed in the gold; the correction at the end is an optional note.",
    ),
    # ------------------------------------------------------------ 02: short-time work (microdata, comments)
    dict(
        id="tagesblick-02", seed=2, pid=418, uid=24517, cid=40877, legacy=True, microdata=True, div_paragraphs=True,
        meta_author=None,
        url=f"{HOST}/lokales/schweinfurt/artikel/kugelmann-schickt-400-beschaeftigte-in-kurzarbeit-24517.html",
        lokal=("Schweinfurt", "schweinfurt"), region_box="Schweinfurt", weather="7 °C, bedeckt",
        kicker="Industrie",
        headline="Kugelmann schickt 400 Beschäftigte in Kurzarbeit",
        title="Kurzarbeit bei Kugelmann: Was die Beschäftigten jetzt wissen müssen - Tagesblick",
        og_title="Kugelmann schickt 400 Beschäftigte in Kurzarbeit",
        desc="Der Schweinfurter Wälzlagerhersteller begründet den Schritt mit der schwachen Nachfrage aus dem Maschinenbau.",
        tags=["Schweinfurt", "Industrie", "Kurzarbeit", "Arbeitsmarkt"], image="2016/11/kugelmann-werk-hafenstrasse",
        pub=d(2016, 11, 3, 11, 20), style="long", copy_year=2016, readtime=3,
        authors=["Stefan Hörnlein"],
        summary="Der Wälzlagerhersteller begründet den Schritt mit der schwachen Nachfrage aus dem Maschinenbau. Der Betriebsrat spricht von einem Warnsignal für die Region.",
        related=[("Zulieferer in Mainfranken spüren schwächere Nachfrage", d(2016, 10, 12, 14, 45)),
                 ("Kugelmann investiert zwölf Millionen Euro in neue Härterei", d(2015, 3, 4, 10, 15)),
                 ("Arbeitsmarkt: Herbstbelebung fällt in Schweinfurt schwach aus", d(2016, 10, 28, 12, 0))],
        comments=[C(88123, "Franz_SW", d(2016, 11, 3, 12, 47), "Das war abzusehen. Seit dem Sommer stehen bei uns im Lager die Paletten bis unter die Decke."),
                  C(88131, "M. Reuter", d(2016, 11, 3, 14, 2), "Gut, dass wenigstens aufgestockt wird. Bei meinem früheren Arbeitgeber gab es das nicht."),
                  C(88140, "Schweinfurter_Bub", d(2016, 11, 3, 15, 30), "Kurzarbeit ist immer noch besser als Entlassungen. Hoffen wir, dass es im Frühjahr wieder anzieht.", True),
                  C(88177, "Anja K.", d(2016, 11, 4, 8, 11), "Die Stadt hängt einfach zu sehr an ein paar großen Betrieben. Das rächt sich jetzt.")],
        parts=[
            ("p", "Der Schweinfurter Wälzlagerhersteller Kugelmann Präzisionslager schickt ab dem 1. Dezember rund 400 seiner 1350 Beschäftigten "
                  "in Kurzarbeit. Das bestätigte ein Unternehmenssprecher am Mittwoch auf Anfrage. Betroffen ist vor allem die Fertigung großer "
                  "Lager für Windkraftanlagen und Baumaschinen im Werk an der Hafenstraße."),
            ("p", "„Die Auftragseingänge aus dem Maschinenbau liegen seit dem Sommer rund 20 Prozent unter Plan“, sagte Geschäftsführer Bernd "
                  "Schädlich. Die Kurzarbeit sei zunächst bis Ende Februar befristet. Betriebsbedingte Kündigungen schließe man derzeit aus."),
            ("p", "Für die Beschäftigten bedeutet das Einbußen: Je nach Abteilung soll die Arbeitszeit um 20 bis 50 Prozent sinken. Das "
                  "Unternehmen stockt das Kurzarbeitergeld nach Angaben des Betriebsrats auf 80 Prozent des Nettolohns auf."),
            ("h", "Betriebsrat sieht ein Warnsignal"),
            ("p", "Betriebsratsvorsitzende Sabine Kraus nannte die Entscheidung „nachvollziehbar, aber bitter“. Viele Kolleginnen und Kollegen "
                  "hätten erst im Frühjahr Sonderschichten gefahren. „Jetzt fehlt am Monatsende Geld in Familien, die gerade ein Haus abbezahlen“, "
                  "sagte Kraus. Sie forderte die Geschäftsführung auf, die Zeit für Weiterbildung zu nutzen, statt die Beschäftigten nach Hause zu schicken."),
            ("ad", "content_1"),
            ("p", "Die Wirtschaftsförderung der Stadt beobachtet die Entwicklung mit Sorge. Schweinfurt hängt wie kaum eine andere Stadt in "
                  "Bayern an der Industrie: Mehr als die Hälfte der Arbeitsplätze entfällt auf das produzierende Gewerbe. Auch andere Zulieferer "
                  "in der Region hatten zuletzt von einer schwächeren Nachfrage berichtet."),
            ("p", "„Kurzarbeit ist ein bewährtes Instrument, um Fachkräfte über eine Delle zu bringen“, sagte Wirtschaftsreferentin Doris "
                  "Lamprecht. Entscheidend sei, dass die Beschäftigten im Frühjahr an ihre Arbeitsplätze zurückkehren könnten. Die Stadt stehe "
                  "mit dem Unternehmen in engem Kontakt."),
            ("h", "Zulieferer unter Druck"),
            ("p", "Die Gewerkschaft sprach von einem Alarmsignal für die gesamte Zuliefer¦branche. Viele kleinere Betriebe in der Region "
                  "fertigten Teile für dieselben Kunden im Maschinenbau und bekämen die Zurückhaltung bei Investitionen mit Verzögerung zu "
                  "spüren, sagte Gewerkschaftssekretär Holger Brand."),
            ("p", "Bei Kugelmann selbst ruht die Hoffnung auf neuen Aufträgen aus der Windkraft. Das Unternehmen hatte im Sommer einen "
                  "Rahmenvertrag mit einem Hersteller aus Norddeutschland abgeschlossen, dessen Abrufe aber erst im kommenden Jahr anlaufen "
                  "sollen. „Wenn diese Aufträge kommen, sind wir schnell wieder bei voller Auslastung“, sagte Schädlich."),
            ("p", "Die Kurzarbeit betrifft nicht alle Bereiche gleich. In der Verwaltung und im Vertrieb bleibt es bei der vollen Arbeitszeit; "
                  "in der Instandhaltung sollen die freien Stunden für Wartungsarbeiten genutzt werden, die sonst am Wochenende anfielen."),
            ("p", "Kugelmann wurde 1949 gegründet und gehört seit 2008 zu einer Industrieholding aus Nürnberg. Das Unternehmen hatte im "
                  "vergangenen Jahr einen Umsatz von 310 Millionen Euro erzielt, davon knapp zwei Drittel im Ausland."),
            ("p", "Nach Angaben der örtlichen Arbeitsagentur liegen derzeit Anzeigen über Kurzarbeit von sieben Betrieben im Raum Schweinfurt "
                  "vor. Vor einem Jahr waren es zwei."),
        ],
        entities=[("Kugelmann", "ORG"), ("Kugelmann Präzisionslager", "ORG"), ("Schweinfurter", "MISC"), ("Schweinfurt", "LOC"),
                  ("Hafenstraße", "LOC"), ("Bernd Schädlich", "PER"), ("Sabine Kraus", "PER"), ("Kraus", "PER"), ("Bayern", "LOC"),
                  ("Nürnberg", "LOC"), ("Doris Lamprecht", "PER"), ("Holger Brand", "PER"), ("Norddeutschland", "LOC"), ("Schädlich", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "microdata", "localized-date", "local-time-zone", "kicker", "standfirst", "subheadings",
                   "comments", "title-differs-from-headline"],
        notes="Dates of comments and of the related and sidebar stories are decoys; the page carries schema.org microdata and no JSON-LD; the page has no author meta tag (the legacy record's author field is empty) and the microdata author sits on the byline's <span>s, so the byline (Stefan Hörnlein) is the only author source.",
    ),
    # ------------------------------------------------------------ 03: grape harvest (soft hyphens) -> variant 09
    dict(
        id="tagesblick-03", seed=3, pid=421, uid=31092, cid=41350, legacy=True, shy=True,
        url=f"{HOST}/lokales/kitzingen/artikel/frueher-lesebeginn-winzer-rechnen-mit-kleinem-jahrgang-31092.html",
        lokal=("Kitzingen", "kitzingen"), region_box="Kitzingen", weather="16 °C, sonnig",
        kicker="Weinlese",
        headline="Früher Lese¦beginn: Winzer rund um Kitzingen rechnen mit kleinem, aber gutem Jahrgang",
        title="Früher Lesebeginn: Winzer rund um Kitzingen rechnen mit kleinem, aber gutem Jahrgang - Tagesblick",
        og_title="Früher Lesebeginn: Winzer rund um Kitzingen rechnen mit kleinem, aber gutem Jahrgang",
        desc="Nach dem Spätfrost im April fehlen manchen Betrieben bis zu 40 Prozent der Menge.",
        tags=["Weinfranken", "Weinlese", "Kitzingen", "Landwirtschaft"], image="2017/09/lese-sulzfeld",
        pub=d(2017, 9, 21, 16, 5), style="long", copy_year=2017, readtime=4,
        authors=["Lena Dürr"],
        summary="Nach dem Spät¦frost im April fehlen manchen Betrieben bis zu 40 Prozent der Menge. Die Qualität der Trauben stimmt die Winzer dennoch zuversichtlich.",
        lead=("2017/09/lese-sulzfeld", "Lese in einer Steillage bei Sulzfeld: Viele Trauben sind klein, aber gesund.", "Foto: Lena Dürr"),
        related=[("Spätfrost: Winzer kämpfen mit Feuern gegen die Kälte", d(2017, 4, 20, 7, 30)),
                 ("Weinfest-Kalender: Wo in Mainfranken im Oktober gefeiert wird", d(2017, 9, 15, 10, 0)),
                 ("Junge Winzer übernehmen Traditionsweingut in Sulzfeld", d(2017, 6, 8, 18, 20))],
        parts=[
            ("p", "Die Lese¦scheren klappern seit Montag auch in den Steil¦lagen am Main: Deutlich früher als in den vergangenen Jahren haben "
                  "die Winzer rund um Kitzingen mit der Haupt¦lese begonnen. Vor allem frühe Rebsorten werden derzeit eingebracht, in den "
                  "nächsten Tagen folgen die späteren."),
            ("p", "„Das Jahr war eine Achterbahn¦fahrt“, sagt Winzerin Theresa Kohlhaupt aus Sulzfeld, die mit ihrem Mann acht Hektar "
                  "bewirtschaftet. In der Nacht zum 20. April waren die Temperaturen in vielen Lagen auf minus vier Grad gefallen. „Die jungen "
                  "Triebe sind damals einfach erfroren. In einzelnen Weinbergen haben wir kaum ein Drittel der normalen Menge.“"),
            ("p", "Wie hoch die Einbußen im Landkreis insgesamt ausfallen, ist noch unklar. Die Winzer¦vereinigung Mainschleife-Kitzingen "
                  "schätzt, dass die Ernte¦menge im Schnitt um 25 bis 30 Prozent unter dem lang¦jährigen Mittel liegen wird."),
            ("h", "Hohe Mostgewichte"),
            ("p", "Umso zufriedener sind die Betriebe mit der Qualität. Der warme und trockene Spätsommer hat für hohe Zucker¦werte gesorgt; "
                  "gemessen werden derzeit Most¦gewichte zwischen 82 und 95 Grad Oechsle. „Die Trauben sind gesund, kaum Fäulnis, das ist viel "
                  "wert“, sagt Keller¦meister Andreas Gerhardt vom Weingut Seufert in Dettelbach."),
            ("ad", "content_1"),
            ("p", "Für die Lese selbst fehlen vielerorts Hände. Viele Betriebe setzen inzwischen auf Voll¦ernter, in den Steil¦lagen ist aber "
                  "weiterhin Handarbeit nötig. Kohlhaupt beschäftigt in diesem Jahr zwölf Ernte¦helfer, die meisten aus Rumänien. „Ohne sie "
                  "würde es nicht gehen“, sagt sie."),
            ("h", "Preise dürften steigen"),
            ("p", "Für Weinfreunde könnte der Jahrgang 2017 etwas teurer werden. Mehrere Winzer kündigten an, die Preise für Literweine um 30 "
                  "bis 50 Cent anzuheben, um die geringere Menge auszugleichen. Auch die Fasswein¦preise haben nach Angaben der "
                  "Winzer¦vereinigung bereits angezogen."),
            ("p", "Auch die Genossenschaften blicken gespannt auf die kommenden Wochen. Bei der Winzer¦gemeinschaft in Volkach ist bislang "
                  "rund 40 Prozent der erwarteten Menge angeliefert. „Die Zucker¦werte sind hervorragend, jetzt brauchen wir noch zwei, drei "
                  "trockene Wochen“, sagte Geschäftsführer Bernhard Stühler."),
            ("also", "Spätfrost: Winzer kämpfen mit Feuern gegen die Kälte", "/lokales/kitzingen/artikel/spaetfrost-winzer-kaempfen-mit-feuern-29981.html"),
            ("h", "Der Klimawandel verschiebt den Lese¦kalender"),
            ("p", "Dass die Lese immer früher beginnt, ist für die Winzer kein neues Phänomen. Vor 30 Jahren begann die Haupt¦lese in Franken "
                  "meist Anfang Oktober, inzwischen ist ein Start Mitte September keine Ausnahme mehr. Manche Betriebe pflanzen deshalb "
                  "bereits Rebsorten, die mit Hitze und Trockenheit besser zurechtkommen."),
            ("p", "Kohlhaupt hat vor drei Jahren eine Parzelle mit einer pilz¦widerstands¦fähigen Sorte bepflanzt. „Die brauchen weniger "
                  "Pflanzen¦schutz und kommen mit dem Wetter besser klar“, sagt sie. Ob die Kundschaft die neuen Weine annimmt, müsse sich "
                  "allerdings noch zeigen."),
            ("p", "Die Lese dürfte in den meisten Betrieben bis Mitte Oktober abgeschlossen sein. Das Winzerfest in Sulzfeld findet wie "
                  "geplant am ersten Oktober¦wochenende statt."),
        ],
        entities=[("Kitzingen", "LOC"), ("Main", "LOC"), ("Theresa Kohlhaupt", "PER"), ("Kohlhaupt", "PER"), ("Sulzfeld", "LOC"),
                  ("Winzervereinigung Mainschleife-Kitzingen", "ORG"), ("Andreas Gerhardt", "PER"), ("Weingut Seufert", "ORG"),
                  ("Dettelbach", "LOC"), ("Rumänien", "LOC"), ("Volkach", "LOC"), ("Bernhard Stühler", "PER"), ("Franken", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "photo-caption",
                   "subheadings", "invisible-chars"],
        notes="Soft hyphens (U+00AD) inside compounds of headline, standfirst, caption and body are removed in the gold.",
    ),
    # ------------------------------------------------------------ 04: tram line (correction on top, comments, two authors, update)
    dict(
        id="tagesblick-04", seed=4, pid=412, uid=38841, cid=42019, created=d(2018, 7, 9, 21, 10),
        url=f"{HOST}/lokales/wuerzburg/artikel/strassenbahn-zum-hubland-planfeststellung-verzoegert-sich-38841.html",
        lokal=("Würzburg", "wuerzburg"), region_box="Würzburg", weather="27 °C, sonnig",
        headline="Straßenbahn zum Hubland: Planung verzögert sich um mindestens ein Jahr",
        title="Straßenbahn zum Hubland: Planung verzögert sich um mindestens ein Jahr - Tagesblick",
        og_title="Straßenbahn zum Hubland: Planung verzögert sich um mindestens ein Jahr",
        desc="Zusätzliche Gutachten zu Lärm und Erschütterungen verschieben den Baubeginn auf frühestens 2021.",
        tags=["Würzburg", "Verkehr", "Straßenbahn", "Stadtrat"], image="2018/07/strassenbahn-sanderau",
        pub=d(2018, 7, 10, 19, 40), upd=d(2018, 7, 11, 8, 15), style="long", copy_year=2018, readtime=3,
        authors=["Katrin Albrecht", "Peter Söllner"],
        related=[("Neue Straßenbahnlinie: Bürger können Einwände vorbringen", d(2017, 11, 20, 15, 10)),
                 ("Busse zum Hubland zur Vorlesungszeit überfüllt", d(2018, 4, 24, 9, 45)),
                 ("Verkehrsbetriebe bestellen zwölf neue Niederflurbahnen", d(2018, 2, 6, 17, 0))],
        comments=[C(90211, "Hubländer", d(2018, 7, 10, 20, 31), "Ich habe aufgehört zu zählen, wie oft diese Linie schon verschoben wurde."),
                  C(90218, "Radlerin_WÜ", d(2018, 7, 10, 21, 5), "Lärmschutz ist kein Sonderwunsch. Wir wohnen direkt an der geplanten Trasse."),
                  C(90230, "K. Baunach", d(2018, 7, 11, 7, 48), "Bis dahin wenigstens mehr Busse einsetzen, morgens kommt man kaum noch rein.", True)],
        parts=[
            ("note", "Anmerkung der Redaktion: In einer früheren Version dieses Artikels wurde Ingrid Helmreich als Fraktions¦vorsitzende "
                     "bezeichnet. Sie ist stellvertretende Vorsitzende ihrer Fraktion. Wir bitten, den Fehler zu entschuldigen.", "editor-note"),
            ("p", "Die geplante Straßenbahnlinie zum Würzburger Hubland kommt später als erhofft. Wie die Mainfränkischen Verkehrsbetriebe "
                  "(MVB) am Dienstag im Stadtrat mitteilten, verzögert sich das Planfeststellungs¦verfahren um mindestens ein Jahr. Mit einem "
                  "Baubeginn rechnet das Unternehmen nun frühestens 2021."),
            ("p", "Grund sind nach Angaben von MVB-Geschäftsführer Tobias Weigand zusätzliche Gutachten zum Lärmschutz und zu Erschütterungen. "
                  "Mehrere Anwohner entlang der geplanten Trasse hatten im Anhörungs¦verfahren Einwände erhoben. „Wir nehmen diese Bedenken "
                  "ernst, und das braucht Zeit“, sagte Weigand."),
            ("p", "Die neue Linie soll auf 4,6 Kilometern vom Barbarossaplatz über die Sanderau bis zum Campus am Hubland führen. Täglich "
                  "werden dort rund 12.000 Fahrgäste erwartet, vor allem Studierende und Beschäftigte der Universität."),
            ("h", "Kosten steigen weiter"),
            ("p", "Mit der Verzögerung steigen auch die Kosten. Die MVB gehen inzwischen von 128 Millionen Euro aus, 2015 war noch von 96 "
                  "Millionen die Rede. Bund und Land sollen bis zu 80 Prozent der förderfähigen Kosten übernehmen."),
            ("p", "Die Verkehrsbetriebe verweisen darauf, dass ein Großteil der Mehrkosten auf gestiegene Baupreise zurückgeht. Allein für "
                  "Gleise und Fahrleitungen rechne man mit 30 Prozent höheren Preisen als bei der ersten Schätzung. Zudem müssen in der "
                  "Sanderau mehrere Versorgungsleitungen verlegt werden, die in der ursprünglichen Planung nicht berücksichtigt waren."),
            ("ad", "content_1"),
            ("p", "Im Stadtrat stieß die Nachricht auf Kritik. „Seit zehn Jahren wird über diese Linie geredet, und jedes Jahr wird sie "
                  "teurer“, sagte Stadträtin Ingrid Helmreich. Andere Fraktionen mahnten, die Planung nicht durch neue Sonderwünsche weiter zu "
                  "verzögern."),
            ("also", "Busse zum Hubland zur Vorlesungszeit überfüllt", "/lokales/wuerzburg/artikel/busse-zum-hubland-ueberfuellt-37120.html"),
            ("p", "Die Universität reagierte enttäuscht. „Für unsere Studierenden und Beschäftigten ist die Straßenbahn die wichtigste "
                  "Verkehrsverbindung, die wir uns wünschen“, sagte Kanzler Hartmut Reinsch. Die Hochschule plant am Hubland in den kommenden "
                  "Jahren neue Institutsgebäude für rund 3000 weitere Studierende."),
            ("p", "Für die Studierenden bleibt es vorerst beim Bus. Die Linien zum Hubland sind zu Vorlesungszeiten regelmäßig überfüllt. Die "
                  "MVB kündigten an, ab dem Wintersemester zusätzliche Gelenkbusse einzusetzen und den Takt in den Morgenstunden auf fünf "
                  "Minuten zu verdichten."),
            ("h", "Wie es jetzt weitergeht"),
            ("p", "Die zusätzlichen Gutachten sollen bis zum Frühjahr vorliegen. Danach müssen die Planunterlagen überarbeitet und erneut "
                  "öffentlich ausgelegt werden. Erst wenn die Regierung von Unterfranken den Planfeststellungsbeschluss erlässt, kann der Bau "
                  "ausgeschrieben werden."),
            ("p", "Für die Anwohner in der Sanderau bringt die Verzögerung zumindest Klarheit. Die Bürgerinitiative Leise Trasse, die sich für "
                  "einen besseren Lärmschutz eingesetzt hatte, begrüßte die Gutachten. „Wir sind nicht gegen die Straßenbahn, wir wollen nur "
                  "nachts schlafen können“, sagte Sprecher Uwe Hasenfratz."),
        ],
        entities=[("Ingrid Helmreich", "PER"), ("Hubland", "LOC"), ("Würzburger", "MISC"), ("Mainfränkischen Verkehrsbetriebe", "ORG"),
                  ("MVB", "ORG"), ("Tobias Weigand", "PER"), ("Weigand", "PER"), ("Barbarossaplatz", "LOC"), ("Sanderau", "LOC"),
                  ("Hartmut Reinsch", "PER"), ("Regierung von Unterfranken", "ORG"), ("Bürgerinitiative Leise Trasse", "ORG"),
                  ("Uwe Hasenfratz", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "subheadings", "correction-note",
                   "comments", "updated-date", "multiple-authors"],
        notes="The editor's note above the first paragraph is an optional note block; 'Die MVB' uses the abbreviation, annotated as ORG; JSON-LD datePublished is the record's creation (2018-07-09 21:10), the visible publication (10. Juli 2018, 19:40 Uhr) is gold.",
    ),
    # ------------------------------------------------------------ 05: nurses from Italy (microdata, soft hyphens)
    dict(
        id="tagesblick-05", seed=5, pid=426, uid=47730, cid=43108, microdata=True, shy=True,
        url=f"{HOST}/lokales/bad-kissingen/artikel/rehakliniken-werben-pflegekraefte-in-italien-an-47730.html",
        lokal=("Bad Kissingen", "bad-kissingen"), region_box="Bad Kissingen", weather="3 °C, Regen",
        headline="Bad Kissinger Reha¦kliniken werben Pflege¦kräfte in Italien an",
        title="Bad Kissinger Rehakliniken werben Pflegekräfte in Italien an - Tagesblick",
        og_title="Bad Kissinger Rehakliniken werben Pflegekräfte in Italien an",
        desc="Drei Kliniken haben sich zusammengetan, um dem Fachkräftemangel zu begegnen.",
        tags=["Bad Kissingen", "Pflege", "Fachkräftemangel", "Gesundheit"], image="2020/02/pflegekraefte-saaletal-klinik",
        pub=d(2020, 2, 12, 6, 30), style="long", copy_year=2020, readtime=4,
        authors=["Miriam Ostheimer"],
        summary="Drei Kliniken haben sich zusammengetan, um dem Fach¦kräfte¦mangel zu begegnen. Die ersten 24 Pflegerinnen und Pfleger arbeiten bereits in der Kurstadt.",
        lead=("2020/02/pflegekraefte-saaletal-klinik", "Francesca Lodi bei der Übergabe auf ihrer Station in der Saaletal-Klinik.",
              "Foto: Miriam Ostheimer"),
        related=[("Kurstadt im Wandel: Reha statt Badekur", d(2019, 8, 30, 11, 0)),
                 ("Pflegeschule in Bad Kissingen startet mit Rekordjahrgang", d(2019, 10, 1, 9, 25)),
                 ("Klinikbetreiber klagen über Kosten für Leiharbeit", d(2020, 1, 16, 15, 40))],
        parts=[
            ("p", "In den Reha¦kliniken der Kurstadt fehlen Pflege¦fach¦kräfte. Drei Häuser haben deshalb gemeinsam ein Anwerbe¦programm "
                  "gestartet: Seit Anfang Februar arbeiten 24 Pflegekräfte aus Italien in Bad Kissingen. Weitere 30 sollen bis zum Sommer folgen."),
            ("p", "„Wir konnten zuletzt fast jede fünfte Stelle nicht besetzen“, sagt Ulrike Fenn, Pflege¦direktorin der Saaletal-Klinik. "
                  "Gemeinsam mit zwei weiteren Kliniken habe man eine Personal¦agentur in Bologna beauftragt, geeignete Bewerberinnen und "
                  "Bewerber zu finden. Die Kosten von rund 8000 Euro pro Person teilen sich die Häuser."),
            ("p", "Die neuen Kolleginnen und Kollegen haben bereits in Italien einen sechs¦monatigen Sprachkurs besucht. Vor Ort gibt es "
                  "weiter Unterricht, zweimal pro Woche nach Dienstschluss. Für das erste Jahr stellen die Kliniken möblierte Wohnungen zur "
                  "Verfügung."),
            ("h", "Anerkennung dauert Monate"),
            ("p", "Bis die Pflegekräfte voll eingesetzt werden können, müssen sie ihre Berufs¦anerkennung abwarten. Das Verfahren bei der "
                  "zuständigen Landes¦behörde dauert derzeit vier bis sechs Monate. Bis dahin arbeiten sie als Pflege¦helfer und werden nach "
                  "einem eigenen Tarif bezahlt."),
            ("ad", "content_1"),
            ("p", "Francesca Lodi ist 27 Jahre alt und stammt aus Turin. „In Italien habe ich nach dem Studium zwei Jahre lang nur befristete "
                  "Verträge bekommen“, erzählt sie. „Hier habe ich einen unbefristeten Vertrag und Kollegen, die mir jeden Tag etwas Neues "
                  "beibringen. Nur der fränkische Dialekt ist noch schwierig.“"),
            ("p", "Der Mangel an Pflegekräften betrifft die gesamte Region. Nach Einschätzung der Kliniken kommen in Unterfranken auf 100 "
                  "offene Stellen in der Pflege derzeit nur rund 30 arbeitslos gemeldete Fachkräfte."),
            ("p", "Die Gewerkschaft sieht die Anwerbung im Ausland kritisch. Sie löse das Grund¦problem nicht, sagte eine Sprecherin: „Solange "
                  "Pflege¦kräfte schlecht bezahlt werden und unter Zeitdruck arbeiten, wandern sie ab, egal woher sie kommen.“ Die Kliniken "
                  "verweisen darauf, dass sie seit dem vergangenen Jahr nach Tarif zahlen und zusätzliche Stellen geschaffen haben."),
            ("h", "Ankommen in der Kurstadt"),
            ("p", "Damit die neuen Kolleginnen und Kollegen nicht nur am Arbeitsplatz ankommen, haben die Kliniken Paten¦schaften organisiert. "
                  "Jede Pflegekraft bekommt eine Ansprech¦partnerin aus dem Team, die bei Behörden¦gängen hilft, Vereine vorstellt und beim "
                  "ersten Besuch im Bürgerbüro dabei ist."),
            ("also", "Pflegeschule in Bad Kissingen startet mit Rekordjahrgang", "/lokales/bad-kissingen/artikel/pflegeschule-rekordjahrgang-46190.html"),
            ("p", "Auch die Stadt unterstützt das Projekt. Im Rathaus gibt es seit Januar eine Sprechstunde für neu zugezogene Fachkräfte, und "
                  "die Volks¦hoch¦schule hat einen zusätzlichen Abendkurs eingerichtet. „Wir wollen, dass die Menschen bleiben“, sagte eine "
                  "Sprecherin der Stadt."),
            ("p", "Ob das Modell Schule macht, wird sich zeigen. Die drei Kliniken wollen nach einem Jahr Bilanz ziehen. Fenn ist "
                  "optimistisch: „Wenn sich die Kolleginnen wohlfühlen, erzählen sie es zu Hause weiter. Das ist die beste Werbung.“"),
        ],
        entities=[("Bad Kissinger", "MISC"), ("Bad Kissingen", "LOC"), ("Italien", "LOC"), ("Ulrike Fenn", "PER"), ("Fenn", "PER"),
                  ("Saaletal-Klinik", "ORG"), ("Bologna", "LOC"), ("Francesca Lodi", "PER"), ("Turin", "LOC"), ("fränkische", "MISC"),
                  ("Unterfranken", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "microdata", "localized-date", "local-time-zone", "standfirst", "photo-caption",
                   "subheadings", "invisible-chars"],
        notes="Soft hyphens (U+00AD) in headline, standfirst and body are removed in the gold; 'fränkische' (Franconian) is a MISC adjective.",
    ),
    # ------------------------------------------------------------ 06: open-air pool (soft hyphens, table, numeric date)
    dict(
        id="tagesblick-06", seed=6, pid=431, uid=58302, cid=44790, shy=True, ld_author="none", meta_author="j.reinhart",
        url=f"{HOST}/lokales/ochsenfurt/artikel/ochsenfurter-freibad-wird-fuer-68-millionen-euro-saniert-58302.html",
        lokal=("Ochsenfurt", "ochsenfurt"), region_box="Ochsenfurt und Umgebung", weather="29 °C, sonnig",
        kicker="Stadtrat",
        headline="Ochsenfurter Freibad wird für 6,8 Millionen Euro saniert",
        title="Ochsenfurter Freibad wird für 6,8 Millionen Euro saniert - Tagesblick",
        og_title="Ochsenfurter Freibad wird für 6,8 Millionen Euro saniert",
        desc="Nach zwei Jahren Debatte hat der Stadtrat die Generalsanierung beschlossen.",
        tags=["Ochsenfurt", "Freibad", "Stadtrat", "Freizeit"], image="2022/08/freibad-ochsenfurt",
        pub=d(2022, 8, 4, 20, 15), style="num", copy_year=2022, readtime=3,
        authors=["Jonas Reinhart"],
        summary="Nach zwei Jahren Debatte hat der Stadtrat die General¦sanierung beschlossen. Das Bad bleibt dafür eine komplette Saison geschlossen.",
        related=[("Freibad Ochsenfurt: Gutachten sieht Sanierungsbedarf in Millionenhöhe", d(2021, 5, 19, 18, 30)),
                 ("Hitzewelle: Freibäder in der Region melden Besucherrekord", d(2022, 7, 20, 16, 50)),
                 ("Schwimmkurse: Lange Wartelisten in Mainfranken", d(2022, 3, 9, 9, 10))],
        parts=[
            ("p", "Das Freibad in Ochsenfurt wird generalsaniert. Mit 17 zu 5 Stimmen hat der Stadtrat am Donnerstag¦abend den Planungen "
                  "zugestimmt. Die Arbeiten sollen im Herbst 2023 beginnen; in der Badesaison 2024 bleibt das Bad geschlossen. Zur Saison 2025 "
                  "soll es wieder öffnen."),
            ("p", "Das 1968 eröffnete Bad gilt seit Jahren als Sanierungs¦fall. Die Becken verlieren nach Angaben der Stadt¦werke täglich bis "
                  "zu 80 Kubikmeter Wasser, die Technik stammt zum Teil noch aus den Siebziger¦jahren. „Wir flicken hier seit Jahren nur noch“, "
                  "sagte Bäderchef Rainer Götz in der Sitzung."),
            ("p", "Geplant sind unter anderem ein Edelstahl¦becken mit sechs 50-Meter-Bahnen, ein eigenes Nichtschwimmer¦becken mit "
                  "Strömungskanal und eine neue Rutsche. Die Zahl der Liegeplätze im Schatten soll durch zusätzliche Bäume verdoppelt werden. "
                  "Das Sprungbecken mit dem Drei-Meter-Turm bleibt erhalten."),
            ("h", "Die Kosten im Überblick"),
            ("table", [["Posten", "Kosten in Euro"],
                       ["Becken und Edelstahl¦auskleidung", "3,1 Mio."],
                       ["Wasser- und Filter¦technik", "1,9 Mio."],
                       ["Umkleiden und Sanitär¦gebäude", "1,2 Mio."],
                       ["Außenanlagen und Spielbereich", "0,6 Mio."],
                       ["Gesamt", "6,8 Mio."]],
             "Quelle: Kosten¦schätzung der Stadt, Juli 2022"),
            ("p", "Rund 2,3 Millionen Euro hofft die Stadt aus einem Förder¦programm für kommunale Schwimmbäder zu erhalten. Den Rest muss sie "
                  "selbst aufbringen. Kämmerin Petra Dietz wies darauf hin, dass dafür andere Vorhaben verschoben werden müssten, darunter die "
                  "Erneuerung mehrerer Gemeinde¦verbindungs¦straßen."),
            ("ad", "content_1"),
            ("h", "Kritik an der Schließung"),
            ("p", "Die fünf Gegenstimmen kamen vor allem von Stadträten, die eine Sanierung in zwei Abschnitten bei laufendem Betrieb bevorzugt "
                  "hätten. „Eine ganze Saison ohne Bad ist für Familien und Schwimmvereine bitter“, sagte Stadtrat Michael Haas. Ein Gutachten "
                  "hatte diese Variante allerdings als rund 900.000 Euro teurer eingestuft."),
            ("also", "Hitzewelle: Freibäder in der Region melden Besucherrekord", "/lokales/artikel/hitzewelle-freibaeder-besucherrekord-57811.html"),
            ("p", "Auch die Eintritts¦preise waren Thema in der Sitzung. Nach der Sanierung sollen sie moderat steigen: Eine Tageskarte für "
                  "Erwachsene soll künftig vier statt 3,50 Euro kosten, für Kinder bleibt der Preis bei zwei Euro. Die Saisonkarte für Familien "
                  "soll es weiterhin geben."),
            ("p", "Der Schwimmclub Maindreieck will während der Schließung auf Hallenbäder im Raum Würzburg ausweichen. Vorsitzende Anja Wolpert "
                  "zeigte sich dennoch erleichtert: „Hauptsache, das Bad bleibt uns erhalten. Es gab ja auch Stimmen, die es ganz schließen wollten.“"),
            ("h", "Besucherzahlen zuletzt gestiegen"),
            ("p", "Das Bad zählte in der vergangenen Saison rund 68.000 Besucherinnen und Besucher, so viele wie seit zehn Jahren nicht mehr. "
                  "Das heiße Wetter im Juli habe allein an einem Wochenende mehr als 5000 Gäste gebracht, berichtete Götz. An solchen Tagen sei "
                  "die alte Technik an ihre Grenzen gekommen."),
            ("p", "Bürgermeister Klaus Ranninger zeigte sich nach der Abstimmung erleichtert. „Das Freibad ist für viele Familien der Urlaub "
                  "vor der Haustür“, sagte er. Die Stadt wolle während der Schließung mit Nachbar¦gemeinden über vergünstigte Eintritte für "
                  "Ochsenfurter Kinder verhandeln."),
        ],
        entities=[("Ochsenfurter", "MISC"), ("Ochsenfurt", "LOC"), ("Rainer Götz", "PER"), ("Petra Dietz", "PER"), ("Michael Haas", "PER"),
                  ("Schwimmclub Maindreieck", "ORG"), ("Würzburg", "LOC"), ("Anja Wolpert", "PER"), ("Götz", "PER"),
                  ("Klaus Ranninger", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "local-time-zone", "kicker", "standfirst", "subheadings", "table-in-body",
                   "invisible-chars"],
        notes="Soft hyphens (U+00AD) in standfirst, body and table cells are removed in the gold; the table's source line is an optional caption; the meta author 'j.reinhart' is an editor login, the byline gives Jonas Reinhart.",
    ),
    # ------------------------------------------------------------ 07: bridge closed (microdata, correction, list)
    dict(
        id="tagesblick-07", seed=7, pid=428, uid=63318, cid=45512, microdata=True,
        url=f"{HOST}/lokales/main-spessart/artikel/alte-mainbruecke-marktheidenfeld-ab-montag-gesperrt-63318.html",
        lokal=("Main-Spessart", "main-spessart"), region_box="Main-Spessart", weather="9 °C, wolkig",
        kicker="Verkehr",
        headline="Alte Mainbrücke in Marktheidenfeld ab Montag für Autos gesperrt",
        title="Marktheidenfeld: Risse in Pfeilern – Alte Mainbrücke wird gesperrt - Tagesblick",
        og_title="Risse in Pfeilern: Alte Mainbrücke in Marktheidenfeld wird gesperrt",
        desc="Bei einer Prüfung wurden Risse in zwei Pfeilern entdeckt. Fußgänger und Radfahrer dürfen die Brücke weiter nutzen.",
        tags=["Marktheidenfeld", "Verkehr", "Brücken", "Main-Spessart"], image="2023/03/alte-mainbruecke",
        pub=d(2023, 3, 15, 13, 50), style="long", copy_year=2023, readtime=3,
        authors=["Sandra Kessler"],
        summary="Bei einer Prüfung wurden Risse in zwei Pfeilern entdeckt. Fußgänger und Radfahrer dürfen die Brücke weiter nutzen.",
        related=[("Brückenprüfung: Viele Bauwerke im Landkreis in schlechtem Zustand", d(2022, 11, 3, 17, 20)),
                 ("Marktheidenfeld: Altstadtfest soll 2023 größer werden", d(2023, 2, 21, 12, 5)),
                 ("Umleitung wegen Kanalbau in der Innenstadt", d(2023, 1, 10, 8, 40))],
        parts=[
            ("p", "Die Alte Mainbrücke in Marktheidenfeld wird ab kommendem Montag für den Autoverkehr gesperrt. Bei einer turnusmäßigen "
                  "Bauwerksprüfung haben Ingenieure Risse in zwei der Sandsteinpfeiler festgestellt, teilte die Stadt am Mittwoch mit."),
            ("p", "„Die Standsicherheit ist nicht akut gefährdet, aber wir können das Risiko bei täglich 9000 Fahrzeugen nicht eingehen“, "
                  "sagte Bauamtsleiter Florian Scheuring. Fußgänger und Radfahrer dürfen die Brücke weiter benutzen; auch Rettungsfahrzeuge "
                  "dürfen im Notfall passieren."),
            ("h", "Diese Umleitungen gelten"),
            ("ul", ["Der Durchgangsverkehr wird über die neue Mainbrücke im Norden der Stadt geleitet.",
                    "Die Buslinien 41 und 43 fahren bis auf Weiteres nicht durch die Altstadt, die Haltestelle am Marktplatz entfällt.",
                    "Lieferverkehr für die Altstadt ist nur noch von Westen über die Luitpoldstraße möglich.",
                    "Für Schulbusse richtet die Stadt eine eigene Ersatzhaltestelle am Festplatz ein."]),
            ("ad", "content_1"),
            ("p", "Wie lange die Sperrung dauert, ist offen. Zunächst sollen Taucher die Fundamente der betroffenen Pfeiler untersuchen. Erst "
                  "danach lasse sich sagen, ob eine Sanierung ausreicht oder ob größere Eingriffe nötig seien, sagte Scheuring. Die Stadt rechnet "
                  "mit mehreren Monaten."),
            ("p", "Für Pendler bedeutet die Sperrung längere Wege. Wer bisher aus den Orten auf der anderen Mainseite über die Alte "
                  "Mainbrücke in die Innenstadt fuhr, muss nun einen Umweg von rund vier Kilometern in Kauf nehmen. Zu den Stoßzeiten rechnet "
                  "die Polizei mit Staus an der Auffahrt zur neuen Brücke."),
            ("p", "Geschäftsleute in der Altstadt befürchten Umsatzeinbußen. „Viele Kunden aus den Dörfern auf der anderen Mainseite kommen mit "
                  "dem Auto“, sagt Buchhändlerin Marion Adelmann. Der örtliche Gewerbeverein will mit einer Rabattaktion gegensteuern und "
                  "prüft einen kostenlosen Shuttlebus an Samstagen."),
            ("also", "Brückenprüfung: Viele Bauwerke im Landkreis in schlechtem Zustand", "/lokales/main-spessart/artikel/brueckenpruefung-landkreis-61720.html"),
            ("h", "Eine Brücke mit Geschichte"),
            ("p", "Die Alte Mainbrücke wurde im 19. Jahrhundert aus rotem Sandstein errichtet und gehört zu den Wahrzeichen der Stadt. Im "
                  "Zweiten Weltkrieg wurde ein Bogen gesprengt und nach Kriegsende wieder aufgebaut. Seit der Eröffnung der neuen Brücke im "
                  "Norden hat der Verkehr zwar abgenommen, doch vor allem zu Stoßzeiten nutzen viele Pendler weiterhin die kürzere Strecke "
                  "durch die Altstadt."),
            ("p", "Nach Angaben des Landratsamts sind im Landkreis Main-Spessart derzeit 14 Brücken mit der Zustandsnote „nicht ausreichend“ "
                  "eingestuft. Für die Sanierung der kommunalen Brücken fehlten vielerorts Geld und Personal, sagte ein Sprecher. Auf "
                  "Fördermittel des Freistaats warten mehrere Gemeinden seit Jahren."),
            ("p", "Die Stadt will die Bürgerinnen und Bürger am kommenden Dienstag bei einer Informationsveranstaltung in der Stadthalle über "
                  "die Sperrung und die Umleitungen informieren. Dort sollen auch erste Ergebnisse der Taucheruntersuchung vorgestellt werden, "
                  "sofern sie bis dahin vorliegen."),
            ("p", "Die Brücke steht unter Denkmalschutz. Sie war zuletzt vor rund 20 Jahren umfassend instand gesetzt worden."),
            ("note", "Korrektur: In einer ersten Fassung dieses Artikels hieß es, die Sperrung gelte ab Samstag. Richtig ist: Die Brücke wird "
                     "ab Montag gesperrt.", "correction-note"),
        ],
        entities=[("Alte Mainbrücke", "LOC"), ("Marktheidenfeld", "LOC"), ("Florian Scheuring", "PER"), ("Scheuring", "PER"),
                  ("Luitpoldstraße", "LOC"), ("Marion Adelmann", "PER"), ("Zweiten Weltkrieg", "MISC"), ("Landkreis Main-Spessart", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "microdata", "localized-date", "local-time-zone", "kicker", "standfirst", "subheadings",
                   "list-in-body", "correction-note", "title-differs-from-headline"],
        notes="The correction at the end is an optional note; the page carries schema.org microdata and no JSON-LD.",
    ),
    # ------------------------------------------------------------ 08: handball promotion (comments, table, numeric date)
    dict(
        id="tagesblick-08", seed=8, pid=455, uid=79164, cid=47701, sport=True,
        ld_headline="Aufstieg perfekt: HSG Main-Haßberge spielt künftig in der Bayernliga",
        url=f"{HOST}/sport/handball/artikel/hsg-main-hassberge-feiert-aufstieg-in-die-bayernliga-79164.html",
        lokal=("Haßberge", "hassberge"), region_box="dem Sport", weather="18 °C, heiter",
        kicker="Handball",
        headline="HSG Main-Haßberge feiert Aufstieg in die Bayernliga",
        title="HSG Main-Haßberge feiert Aufstieg in die Bayernliga - Tagesblick",
        og_title="HSG Main-Haßberge feiert Aufstieg in die Bayernliga",
        desc="Mit einem 31:27 gegen den Tabellenzweiten macht die Mannschaft zwei Spieltage vor Schluss alles klar.",
        tags=["Handball", "Haßfurt", "Amateursport", "Landesliga"], image="2025/04/hsg-aufstieg-jubel",
        pub=d(2025, 4, 27, 18, 55), style="num", copy_year=2025, readtime=3,
        authors=["Tim Eberlein"],
        summary="Mit einem 31:27 gegen den Tabellenzweiten TSV Rodachtal macht die Mannschaft zwei Spieltage vor Schluss alles klar.",
        lead=("2025/04/hsg-aufstieg-jubel", "Jubel nach dem Schlusspfiff: Die Spieler der HSG Main-Haßberge feiern mit ihren Fans.",
              "Foto: Tim Eberlein"),
        related=[("HSG Main-Haßberge baut Tabellenführung aus", d(2025, 4, 13, 19, 20)),
                 ("Handball-Landesliga: Spitzenspiel vor ausverkaufter Halle", d(2025, 4, 24, 10, 15)),
                 ("Nachwuchs: HSG-Jugend holt Bezirkstitel", d(2025, 3, 30, 17, 45))],
        comments=[C(120455, "Handballfan_HAS", d(2025, 4, 27, 19, 40), "Verdient! Die zweite Halbzeit war das Beste, was ich in dieser Halle je gesehen habe."),
                  C(120461, "Sepp M.", d(2025, 4, 27, 20, 3), "Glückwunsch an Mannschaft und Trainer. Jetzt muss nur noch die Halle mitspielen."),
                  C(120479, "Tribüne_Block_B", d(2025, 4, 28, 7, 56), "Die Jugendarbeit zahlt sich aus. Weiter so!")],
        parts=[
            ("p", "Die Handballer der HSG Main-Haßberge spielen in der kommenden Saison in der Bayernliga. Mit einem 31:27 (15:14)-Heimsieg "
                  "gegen den Tabellenzweiten TSV Rodachtal machte die Mannschaft am Sonntag vor 850 Zuschauern in der Haßfurter Dreifachhalle "
                  "den Aufstieg zwei Spieltage vor Saisonende perfekt."),
            ("p", "Lange sah es nach einem engen Spiel aus. Die Gäste führten nach 20 Minuten mit 11:8, ehe HSG-Torhüter Lukas Ebert mit "
                  "mehreren Paraden die Wende einleitete. Nach der Pause zog die HSG über 20:17 auf 26:21 davon. Bester Werfer war "
                  "Rückraumspieler Felix Sauer mit neun Toren."),
            ("p", "„Das ist der größte Erfolg in der Vereinsgeschichte“, sagte Trainer Marco Vogt nach dem Abpfiff. „Wir haben vor drei Jahren "
                  "mit vielen jungen Spielern aus der eigenen Jugend angefangen. Dass genau diese Jungs jetzt aufsteigen, macht mich "
                  "unglaublich stolz.“"),
            ("h", "Die Spitze der Tabelle"),
            ("table", [["Platz", "Mannschaft", "Spiele", "Punkte"],
                       ["1.", "HSG Main-Haßberge", "24", "42:6"],
                       ["2.", "TSV Rodachtal", "24", "36:12"],
                       ["3.", "SG Steigerwald", "24", "33:15"],
                       ["4.", "HC Rhön-Saale", "24", "29:19"]],
             "Stand: 27. Spieltag"),
            ("ad", "content_1"),
            ("h", "Die Halle als Knackpunkt"),
            ("p", "Für die Bayernliga muss der Verein allerdings noch Auflagen erfüllen. Die Halle braucht eine größere Zuschauertribüne und "
                  "eine elektronische Zeitnahme, die den Vorgaben des Verbands entspricht. Der Landkreis als Eigentümer der Halle hat "
                  "Unterstützung signalisiert."),
            ("p", "Auch finanziell wird die neue Liga eine Herausforderung. Abteilungsleiter Christoph Lurz rechnet mit einem Etat von rund "
                  "120.000 Euro, fast doppelt so viel wie bisher. „Wir suchen noch Sponsoren, vor allem für die Fahrtkosten. In der Bayernliga "
                  "sind Auswärtsfahrten nach Oberbayern keine Seltenheit“, sagte Lurz."),
            ("p", "Der Erfolg kommt nicht von ungefähr. Seit der Fusion der Handballabteilungen aus Haßfurt und Eltmann vor sechs Jahren setzt "
                  "die HSG konsequent auf den eigenen Nachwuchs. Neun Spieler des aktuellen Kaders stammen aus der eigenen Jugend, der älteste "
                  "ist 27 Jahre alt."),
            ("also", "Nachwuchs: HSG-Jugend holt Bezirkstitel", "/sport/handball/artikel/hsg-jugend-holt-bezirkstitel-78533.html"),
            ("p", "Kapitän Jonas Wirth, der seit der D-Jugend für den Verein spielt, wollte nach dem Spiel vor allem den Fans danken. „Die Halle "
                  "war heute ein Hexenkessel. So etwas erlebt man als Amateursportler vielleicht ein, zwei Mal“, sagte er. Ein Wechsel komme für "
                  "ihn nicht infrage: „Ich will mit diesen Jungs Bayernliga spielen.“"),
            ("h", "Der Kader bleibt zusammen"),
            ("p", "Nach Angaben des Vereins haben bis auf zwei Spieler alle ihre Verträge für die kommende Saison verlängert. Verstärkungen "
                  "sind vor allem auf der Torhüterposition geplant. Trainer Vogt, dessen Vertrag bis 2027 läuft, will zudem die "
                  "Trainingseinheiten von drei auf vier pro Woche erhöhen."),
            ("p", "Gefeiert wurde trotzdem ausgiebig. Nach dem Schlusspfiff stürmten die Fans das Spielfeld, am Abend zog die Mannschaft mit "
                  "einem Autokorso durch die Innenstadt. Die letzten beiden Saisonspiele bestreitet die HSG in Erlangen und zu Hause gegen die "
                  "SG Steigerwald."),
        ],
        entities=[("HSG Main-Haßberge", "ORG"), ("Bayernliga", "MISC"), ("TSV Rodachtal", "ORG"), ("Haßfurter", "MISC"), ("HSG", "ORG"),
                  ("Lukas Ebert", "PER"), ("Felix Sauer", "PER"), ("Marco Vogt", "PER"), ("SG Steigerwald", "ORG"),
                  ("HC Rhön-Saale", "ORG"), ("Christoph Lurz", "PER"), ("Lurz", "PER"), ("Oberbayern", "LOC"), ("Erlangen", "LOC"),
                  ("Haßfurt", "LOC"), ("Eltmann", "LOC"), ("Jonas Wirth", "PER"), ("Vogt", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "local-time-zone", "kicker", "standfirst", "photo-caption", "subheadings",
                   "table-in-body", "comments"],
        notes="The table's 'Stand: 27. Spieltag' line is an optional caption; comment timestamps are decoys.",
    ),
]

VARIANT = dict(of="tagesblick-03", id="tagesblick-09")

# Since the 2019 relaunch the site runs without the metaseo extension, and the news template's JSON-LD
# partial lost its date fields: these stories print their date for the reader only (the variant 09
# follows its original 03).
NO_DATE_META = {"tagesblick-01", "tagesblick-02", "tagesblick-03", "tagesblick-05", "tagesblick-06", "tagesblick-07"}


# Longer stories (realism wave: body length). Each adds one section of reporting after the story's last
# paragraph; the variant 09 follows its original 03. New people and organisations join the entity list.
MORE = {
    "tagesblick-02": ([
        ("h", "Händler und Handwerk spüren die Zurückhaltung"),
        ("p", "Die Sorge reicht über die Werkstore hinaus. Im Einzelhandel der Innenstadt rechnet man mit einem vorsichtigeren "
              "Weihnachtsgeschäft. „Wenn in einer Straße jeder Dritte in Kurzarbeit ist, merken wir das an der Kasse sofort“, sagte "
              "Reinhold Mauerer, Vorsitzender des Werbekreises Schweinfurter Innenstadt. Viele Kunden verschöben größere Anschaffungen "
              "wie Möbel oder Elektrogeräte lieber ins neue Jahr."),
        ("p", "Die Handwerkskammer sieht die Lage gelassener. Die Auftragsbücher der Betriebe im Bau- und Ausbaugewerbe seien für die "
              "kommenden vier Monate gut gefüllt, sagte Kammersprecherin Gabriele Eckert. Manche Handwerksbetriebe hofften sogar, "
              "erfahrene Fachkräfte aus der Industrie zu gewinnen, falls sich die Lage dort nicht bessere."),
        ("p", "Der Betriebsrat will in der kommenden Woche zu einer Betriebsversammlung einladen. Dort soll auch über ein "
              "Weiterbildungsprogramm gesprochen werden, für das sich nach Angaben von Kraus bereits mehr als 60 Beschäftigte "
              "interessiert haben. Die Geschäftsführung hat zugesagt, die Kosten für Lehrgänge während der Kurzarbeit zu übernehmen."),
    ], [("Reinhold Mauerer", "PER"), ("Werbekreises Schweinfurter Innenstadt", "ORG"), ("Gabriele Eckert", "PER"), ("Kraus", "PER")]),
    "tagesblick-03": ([
        ("h", "Weinfeste und Direktvermarktung"),
        ("p", "Für viele kleinere Betriebe ist der Verkauf ab Hof inzwischen wichtiger als der Fassweinmarkt. Nach Zahlen der "
              "Winzervereinigung vermarkten im Landkreis rund zwei Drittel der Familienweingüter ihre Weine überwiegend selbst, "
              "über Heckenwirtschaften, Weinfeste und Stammkunden. „Unsere Kunden fragen nicht nach der Menge, sondern ob der Wein "
              "wieder schmeckt“, sagt Jungwinzer Tobias Hemmerich aus Segnitz, der den Betrieb seiner Eltern vor zwei Jahren übernommen hat."),
        ("p", "Hemmerich hat in diesem Jahr zum ersten Mal einen Teil der Trauben an einen Nachbarbetrieb verkauft, der nach dem Frost "
              "kaum etwas ernten konnte. „Man hilft sich aus, das war hier schon immer so“, sagt er. Die Preise für solche Geschäfte "
              "lägen derzeit rund ein Viertel über dem Vorjahr."),
        ("p", "Die Weinbauberatung am Landratsamt rät den Betrieben, die Erfahrungen des Frostjahres für die Planung zu nutzen. "
              "Frostschutzkerzen und Windmaschinen seien teuer und nur in wenigen Lagen sinnvoll, sagte Beraterin Monika Stöhr. "
              "Wichtiger sei eine Versicherung gegen Ertragsausfälle, die bislang nur etwa jeder zehnte Betrieb abgeschlossen habe."),
    ], [("Tobias Hemmerich", "PER"), ("Hemmerich", "PER"), ("Segnitz", "LOC"), ("Monika Stöhr", "PER")]),
    "tagesblick-04": ([
        ("h", "Pendler setzen auf das Rad"),
        ("p", "Viele Studierende haben sich auf die lange Wartezeit bereits eingestellt. Nach einer Umfrage der Studierendenvertretung "
              "unter gut 1400 Studierenden fährt inzwischen fast jeder Dritte mit dem Fahrrad oder dem E-Roller zum Hubland, vor fünf "
              "Jahren war es nicht einmal jeder Fünfte. „Der Bus ist morgens so voll, dass man oft zwei, drei Fahrzeuge vorbeifahren "
              "lassen muss“, sagte Jonas Bräutigam von der Studierendenvertretung."),
        ("p", "Der Radweg über den Berg gilt allerdings als gefährlich. Auf der steilen Strecke zwischen Sanderau und Campus hat die "
              "Polizei im vergangenen Jahr 23 Unfälle mit Radfahrern registriert. Die Stadt will deshalb noch in diesem Herbst einen "
              "durchgehenden Schutzstreifen markieren und an zwei Kreuzungen eigene Ampelphasen für Radfahrer einrichten."),
        ("p", "Der Fahrgastverband Mainfranken mobil fordert zusätzlich eine Schnellbuslinie, die ohne Halt zwischen Hauptbahnhof und "
              "Hubland pendelt. „Bis die Straßenbahn fährt, vergehen noch Jahre. So lange darf man die Fahrgäste nicht vertrösten“, "
              "sagte Verbandssprecherin Claudia Obermeier. Die MVB wollen den Vorschlag prüfen."),
    ], [("Jonas Bräutigam", "PER"), ("Mainfranken mobil", "ORG"), ("Claudia Obermeier", "PER"), ("Hauptbahnhof", "LOC")]),
    "tagesblick-05": ([
        ("h", "Auch andere Häuser suchen im Ausland"),
        ("p", "Die Bad Kissinger Kliniken sind mit ihrem Programm nicht allein. Auch das Kreiskrankenhaus in Hammelburg hat im "
              "vergangenen Jahr zwölf Pflegekräfte aus Spanien eingestellt, von denen nach Angaben der Klinikleitung zehn geblieben sind. "
              "„Die ersten Monate sind entscheidend. Wer sich allein gelassen fühlt, geht wieder“, sagte Personalleiter Werner Zirkelbach."),
        ("p", "Die Kliniken in der Kurstadt haben daraus gelernt. Neben den Sprachkursen gibt es einen Stammtisch, der sich einmal im "
              "Monat in einem Café am Kurgarten trifft, und einen Fahrdienst für Nachtschichten, weil viele der neuen Kolleginnen kein "
              "Auto haben. Die Kosten dafür, rund 1500 Euro im Monat, tragen die drei Häuser gemeinsam."),
        ("p", "Für Pflegeschülerin Lena Hußlein, die ihre Ausbildung an der Saaletal-Klinik macht, sind die neuen Kolleginnen eine "
              "Bereicherung. „Sie bringen andere Erfahrungen mit, in Italien arbeiten Pflegekräfte zum Beispiel viel selbstständiger“, "
              "sagt sie. Auf ihrer Station spreche man inzwischen eine Mischung aus Deutsch, Italienisch und Fränkisch."),
    ], [("Hammelburg", "LOC"), ("Spanien", "LOC"), ("Werner Zirkelbach", "PER"), ("Lena Hußlein", "PER")]),
    "tagesblick-06": ([
        ("h", "Vereine suchen Ausweichquartiere"),
        ("p", "Besonders hart trifft die Schließung die Wasserwacht. Sie bildet im Freibad jeden Sommer rund 80 Rettungsschwimmer aus "
              "und übernimmt an Wochenenden die Aufsicht. „Wir müssen die Ausbildung 2024 komplett in Hallenbäder verlegen, und dort sind "
              "die Bahnen ohnehin knapp“, sagte Ortsgruppenleiter Stefan Kreßmann. Man sei mit zwei Bädern im Landkreis im Gespräch."),
        ("p", "Auch die Schulen müssen umplanen. Der Schwimmunterricht der Grundschulen findet im Sommerhalbjahr bislang fast "
              "ausschließlich im Freibad statt. Das Schulamt will für die Saison 2024 Busfahrten in ein Lehrschwimmbecken in einer "
              "Nachbargemeinde organisieren; die Kosten von geschätzt 40.000 Euro soll die Stadt übernehmen."),
        ("p", "Der Förderverein Freibad Ochsenfurt hat angekündigt, während der Bauzeit Geld für einen neuen Spielplatz am "
              "Nichtschwimmerbecken zu sammeln. „Wenn das Bad wieder aufmacht, sollen die Kinder etwas Neues vorfinden“, sagte die "
              "Vorsitzende Gisela Brand. Der Verein hat nach eigenen Angaben inzwischen mehr als 400 Mitglieder."),
    ], [("Wasserwacht", "ORG"), ("Stefan Kreßmann", "PER"), ("Förderverein Freibad Ochsenfurt", "ORG"), ("Gisela Brand", "PER")]),
    "tagesblick-07": ([
        ("h", "Rettungsdienst und Feuerwehr stellen sich um"),
        ("p", "Für die Feuerwehr bedeutet die Sperrung längere Anfahrtswege in die Ortsteile auf der anderen Mainseite. "
              "Kommandant Dieter Rösch kündigte an, dort vorübergehend ein zusätzliches Löschfahrzeug zu stationieren. „Wir wollen "
              "die Hilfsfrist von zehn Minuten auch ohne die Alte Mainbrücke einhalten“, sagte Rösch. Die Brücke dürfe im Notfall zwar "
              "befahren werden, doch man wolle das Bauwerk nicht unnötig belasten."),
        ("p", "Der Rettungszweckverband prüft, einen Rettungswagen während der Tagstunden auf der Westseite abzustellen. Eine "
              "Entscheidung soll in der kommenden Woche fallen. Nach Angaben des Verbands rücken die Retter im Durchschnitt zwölfmal "
              "am Tag in das Stadtgebiet aus."),
        ("p", "Anwohnerin Erika Volkhardt, die seit 40 Jahren am Brückenkopf wohnt, sieht die Sperrung mit gemischten Gefühlen. "
              "„Endlich ist es mal ruhig vor dem Fenster“, sagt sie. „Aber ich hoffe, dass die Brücke nicht dauerhaft zu bleibt. Sie "
              "gehört zu Marktheidenfeld wie der Main.“"),
    ], [("Dieter Rösch", "PER"), ("Rösch", "PER"), ("Erika Volkhardt", "PER")]),
    "tagesblick-08": ([
        ("h", "Die Nachwuchsarbeit trägt Früchte"),
        ("p", "Hinter dem Aufstieg steht eine Jugendarbeit, um die andere Vereine die HSG beneiden. Rund 180 Kinder und Jugendliche "
              "spielen in elf Nachwuchsmannschaften, die A-Jugend hat sich in dieser Saison für die Landesliga qualifiziert. Betreut "
              "werden die Teams von 26 ehrenamtlichen Trainerinnen und Trainern. „Ohne die Eltern, die fahren, waschen und am "
              "Kuchenstand stehen, ginge gar nichts“, sagte Jugendleiterin Sandra Kesselring."),
        ("p", "Auch die Schulen sind eingebunden. Seit drei Jahren bietet die HSG an vier Grundschulen in Haßfurt und Eltmann "
              "Handball-Arbeitsgemeinschaften an. Mehrere Spieler der ersten Mannschaft leiten dort einmal pro Woche das Training."),
        ("p", "Bürgermeister Günther Strobel, selbst früher Handballer, gratulierte noch in der Halle. Die Stadt werde den Verein "
              "bei der Suche nach einer Lösung für die Tribüne unterstützen, versprach er. Ein erstes Gespräch mit dem Landkreis ist "
              "für Mitte Mai geplant."),
    ], [("Sandra Kesselring", "PER"), ("Haßfurt", "LOC"), ("Eltmann", "LOC"), ("Günther Strobel", "PER")]),
}


# A second section for the listed stories (issue 11, visible text still short of the real pages' median): it
# follows the first MORE section (or the last paragraph), the variant 09 again follows its original 03.
MORE2 = {
    "tagesblick-01": ([
        ("h", "Was Hausbesitzer jetzt tun können"),
        ("p", "Bei der Übung informierten Mitarbeiter des Entwässerungsbetriebs auch Anwohner über den Schutz ihrer Gebäude. Viele "
              "Keller in der Altstadt hätten keine Rückstauklappen, sagte Ingenieurin Sabine Hofmockel. „Wenn der Main steigt, drückt "
              "das Wasser durch die Kanäle nach oben, da hilft die schönste Wand am Ufer nichts.“ Die Stadt bezuschusst den Einbau "
              "solcher Klappen mit bis zu 500 Euro pro Haus."),
        ("p", "Hausbesitzer Karl-Heinz Dümler aus dem Mainviertel hat sich bereits beraten lassen. „2013 stand bei uns das Wasser "
              "einen halben Meter hoch im Keller. Das will ich nicht noch einmal erleben“, sagte er. Anträge auf den Zuschuss nimmt "
              "das Umweltamt ab Juli entgegen, ein Merkblatt liegt im Rathaus und in den Stadtteilbüchereien aus."),
    ], [("Sabine Hofmockel", "PER"), ("Main", "LOC"), ("Karl-Heinz Dümler", "PER"), ("Mainviertel", "LOC")]),
    "tagesblick-02": ([
        ("h", "Beratung für Beschäftigte"),
        ("p", "Die Arbeitsagentur bietet ab Montag eine eigene Sprechstunde für Beschäftigte in Kurzarbeit an. Dort sollen Fragen "
              "zur Berechnung des Kurzarbeitergelds, zu Nebenjobs und zu Weiterbildungen beantwortet werden. „Viele wissen nicht, "
              "dass sie während der Kurzarbeit einen Minijob annehmen dürfen, ohne dass er angerechnet wird“, sagte Beraterin "
              "Heike Schraud."),
        ("p", "Auch die Schuldnerberatung der Stadt rechnet mit mehr Anfragen. Wer ein Darlehen abzahle, solle frühzeitig mit "
              "seiner Bank sprechen, riet Berater Martin Ziegler. Die meisten Kreditinstitute in der Region seien bereit, Raten für "
              "einige Monate zu senken oder auszusetzen, wenn man rechtzeitig Bescheid gebe. Schwierig werde es erst, wenn sich "
              "Rückstände über Monate ansammelten."),
        ("p", "Bei Kugelmann selbst soll im Januar Bilanz gezogen werden. Dann wollen Geschäftsführung und Betriebsrat prüfen, ob "
              "die Kurzarbeit wie geplant Ende Februar endet oder verlängert werden muss. „Wir hoffen auf das Frühjahr, aber wir "
              "planen für beide Fälle“, sagte Schädlich."),
    ], [("Heike Schraud", "PER"), ("Martin Ziegler", "PER"), ("Kugelmann", "ORG"), ("Schädlich", "PER")]),
    "tagesblick-03": ([
        ("h", "Der Blick auf das nächste Jahr"),
        ("p", "Wie es im kommenden Jahr weitergeht, hängt für viele Betriebe vom Winter ab. Nach einem Frostjahr seien die Reben oft "
              "geschwächt, erklärt Rebschulmeister Konrad Pfeuffer aus Sommerach, der im Landkreis mehrere Winzer berät. „Wer jetzt "
              "im Herbst sorgfältig düngt und den Boden begrünt, hilft den Stöcken über den Winter. Das merkt man im Mai am Austrieb.“"),
        ("p", "Einige Betriebe denken über neue Lagen nach. In höheren, luftigen Hanglagen fließt die kalte Luft in Frostnächten "
              "besser ab als in Senken am Fluss. Kohlhaupt hat sich deshalb eine Fläche oberhalb von Sulzfeld angesehen, die derzeit "
              "noch als Wiese genutzt wird. „Das wäre eine Investition für die nächste Generation“, sagt sie. Bis dort die ersten "
              "Trauben gelesen werden könnten, vergingen mindestens drei Jahre."),
        ("p", "Die Winzervereinigung Mainschleife-Kitzingen will im November eine erste Bilanz der Lese vorlegen. Dann soll auch "
              "feststehen, wie viele Betriebe Hilfen aus dem Härtefallfonds des Landes beantragen können, der nach dem Frost "
              "eingerichtet wurde. Anträge seien bis Ende Januar möglich, teilte die Vereinigung mit. Nach ersten Schätzungen kommen "
              "rund 70 Betriebe im Landkreis dafür infrage, die Vereinigung rechnet mit Anträgen über insgesamt rund zwei Millionen Euro. Ausgezahlt werden soll das Geld im Frühjahr."),
    ], [("Konrad Pfeuffer", "PER"), ("Sommerach", "LOC"), ("Kohlhaupt", "PER"), ("Sulzfeld", "LOC"),
        ("Winzervereinigung Mainschleife-Kitzingen", "ORG")]),
    "tagesblick-04": ([
        ("h", "Geschäfte an der Trasse warten ab"),
        ("p", "Entlang der geplanten Strecke in der Sanderau sehen Geschäftsleute die Verzögerung mit gemischten Gefühlen. "
              "„Einerseits bleibt uns die Baustelle vor der Tür noch eine Weile erspart, andererseits hoffen wir auf mehr Kundschaft, "
              "wenn die Bahn einmal fährt“, sagte Bäckermeister Norbert Sendelbach, dessen Filiale direkt an der künftigen Haltestelle liegt."),
        ("p", "Die MVB haben zugesagt, die Bauarbeiten später in Abschnitten von höchstens 500 Metern auszuführen, damit Geschäfte "
              "erreichbar bleiben. Für betroffene Betriebe soll es eine Ansprechperson geben, die sich um Zufahrten, Lieferzeiten und "
              "Beschilderung kümmert. Entschädigungen für Umsatzausfälle sind bislang nicht vorgesehen. Ein Gutachten zu den Folgen "
              "für den Einzelhandel soll bis zum Frühjahr vorliegen."),
        ("p", "Der Stadtrat will sich im Herbst erneut mit dem Projekt befassen. Dann sollen die MVB einen überarbeiteten Zeitplan "
              "und eine aktualisierte Kostenschätzung vorlegen. Stadträtin Helmreich kündigte an, ihre Fraktion werde auf einen "
              "verbindlichen Termin für den Baubeginn drängen: „Die Menschen am Hubland brauchen endlich eine Perspektive.“"),
    ], [("Sanderau", "LOC"), ("Norbert Sendelbach", "PER"), ("MVB", "ORG"), ("Helmreich", "PER"), ("Hubland", "LOC")]),
    "tagesblick-05": ([
        ("h", "Was die Patienten sagen"),
        ("p", "Auf den Stationen sind die neuen Pflegekräfte inzwischen ein gewohnter Anblick. Patient Herbert Römmelt, der nach "
              "einer Hüftoperation drei Wochen in der Saaletal-Klinik verbracht hat, war zunächst skeptisch. „Ich dachte, das wird "
              "schwierig mit der Sprache“, sagt der 74-Jährige. „Aber die junge Frau, die mich betreut hat, hat sich mehr Zeit "
              "genommen als mancher, der hier aufgewachsen ist.“"),
        ("p", "Schwieriger ist es nach Einschätzung der Stationsleitungen bei Übergaben und Dokumentation, wenn es schnell gehen "
              "muss. Fachbegriffe und Abkürzungen bereiteten anfangs Probleme, sagte Stationsleiterin Birgit Wehner. Die Kliniken "
              "haben deshalb ein kleines Wörterbuch mit den wichtigsten Begriffen aus dem Stationsalltag zusammengestellt, auf Deutsch "
              "und Italienisch. Es liegt inzwischen auf jeder Station aus und wurde auch an das Kreiskrankenhaus in Hammelburg weitergegeben."),
        ("p", "Die zweite Gruppe von Pflegekräften soll Anfang Mai in Bad Kissingen ankommen. Für sie suchen die Kliniken derzeit "
              "noch zwölf Wohnungen, bevorzugt in der Nähe der Häuser oder an einer Buslinie. Vermieter können sich bei der "
              "Personalabteilung der Saaletal-Klinik melden. Fenn hofft, dass sich bis dahin auch die Anerkennungsverfahren "
              "beschleunigen: Die Landesbehörde hat angekündigt, zwei zusätzliche Sachbearbeiter einzustellen."),
        ("p", "Langfristig wollen die drei Häuser auch selbst mehr ausbilden. Ab Herbst soll die Zahl der Ausbildungsplätze an der "
              "gemeinsamen Pflegeschule von 45 auf 60 steigen, die ersten Bewerbungsgespräche laufen bereits. Interessierte können sich "
              "bis Ende März bewerben, auch ohne Abitur: Ein guter Realschulabschluss genüge, sagte Fenn."),
    ], [("Herbert Römmelt", "PER"), ("Saaletal-Klinik", "ORG"), ("Birgit Wehner", "PER"), ("Hammelburg", "LOC"),
        ("Bad Kissingen", "LOC"), ("Fenn", "PER")]),
    "tagesblick-06": ([
        ("h", "Der Zeitplan für die Bauarbeiten"),
        ("p", "Die Planung übernimmt ein Ingenieurbüro aus Kitzingen, das bereits mehrere Freibäder in der Region saniert hat. Nach "
              "dem Zeitplan der Stadtwerke sollen die alten Becken im Oktober 2023 abgebrochen werden, über den Winter folgen die "
              "Leitungen und das neue Technikgebäude. Die Edelstahlbecken werden im Frühjahr 2024 in Teilen angeliefert und vor Ort verschweißt."),
        ("p", "„Der Zeitplan ist sportlich, aber machbar“, sagte Projektleiterin Karin Schömig von den Stadtwerken. Ein Risiko sehe "
              "sie vor allem bei den Lieferzeiten für Pumpen und Filteranlagen, die sich zuletzt teils verdoppelt hätten. Die "
              "Stadtwerke wollen die wichtigsten Bauteile deshalb schon im Frühjahr 2023 bestellen."),
        ("p", "Auch beim Energieverbrauch soll sich einiges ändern. Künftig soll eine Wärmepumpe die Becken heizen, ergänzt durch "
              "Solarabsorber auf dem Dach des neuen Umkleidegebäudes. Nach Berechnungen der Stadtwerke sinkt der Energieverbrauch des "
              "Bades dadurch um rund 40 Prozent, der tägliche Wasserverlust soll praktisch verschwinden."),
        ("p", "Für Stammgäste gibt es zum Abschied eine besondere Aktion: Am letzten Öffnungstag im September 2023 ist der Eintritt "
              "frei, am Abend spielt eine Band auf der Liegewiese. Die Saisonkarten für 2025 sollen Ochsenfurter Familien dann zum "
              "Preis von 2022 erhalten, kündigte Bürgermeister Ranninger an."),
        ("p", "Die Stadträte der Mehrheit verteidigten den Beschluss. „Wir investieren in ein Bad für die nächsten 40 Jahre. Das ist "
              "eine Saison Verzicht wert“, sagte Fraktionssprecher Walter Hümmer. Er erinnerte daran, dass Nachbarstädte ihre Bäder "
              "in den vergangenen Jahren ganz geschlossen hätten."),
    ], [("Kitzingen", "LOC"), ("Karin Schömig", "PER"), ("Ochsenfurter", "MISC"), ("Ranninger", "PER"), ("Walter Hümmer", "PER")]),
    "tagesblick-07": ([
        ("h", "Schulen und Pendler bereiten sich vor"),
        ("p", "Auch die Schulen stellen sich auf die Sperrung ein. Rund 350 Schülerinnen und Schüler aus den Orten auf der anderen "
              "Mainseite besuchen Schulen in der Altstadt. Für sie richtet die Stadt die Ersatzhaltestelle am Festplatz ein, von der "
              "aus ein Fußweg von etwa zehn Minuten zur Realschule führt. „Wir werden die ersten Tage Lehrkräfte an die Haltestelle "
              "schicken, damit niemand verloren geht“, sagte Schulleiterin Johanna Bauernschmitt."),
        ("p", "Das Busunternehmen, das die Linien 41 und 43 betreibt, rechnet mit Verspätungen von bis zu einer Viertelstunde. Man "
              "habe die Fahrpläne angepasst und setze zu den Schulzeiten ein zusätzliches Fahrzeug ein, teilte Betriebsleiter Armin "
              "Fröhlich mit. Die geänderten Fahrpläne hängen ab Freitag an den Haltestellen aus."),
        ("p", "Pendler, die täglich nach Würzburg oder Lohr fahren, sollen nach dem Willen der Stadt stärker auf Fahrgemeinschaften "
              "setzen. Auf dem Festplatz werden dafür 60 Parkplätze reserviert. Zudem prüft die Stadt, ob sie zusammen mit dem "
              "Landkreis einen Fährbetrieb für Fußgänger und Radfahrer einrichten kann, falls die Brücke auch für sie gesperrt werden müsste."),
        ("p", "Dass es so weit kommt, hält Bauamtsleiter Scheuring derzeit für unwahrscheinlich. „Wir überwachen die Risse mit "
              "Messgeräten, die jede Bewegung aufzeichnen. Sollte sich etwas verändern, wissen wir es sofort“, sagte er. Die "
              "Messdaten will die Stadt einmal im Monat auf ihrer Internetseite veröffentlichen, dazu einen kurzen Bericht des Bauamts. Auch Fragen der Bürger sollen dort beantwortet werden."),
    ], [("Johanna Bauernschmitt", "PER"), ("Armin Fröhlich", "PER"), ("Würzburg", "LOC"), ("Lohr", "LOC"), ("Scheuring", "PER")]),
    "tagesblick-08": ([
        ("h", "Stärkere Gegner in der neuen Liga"),
        ("p", "In der Bayernliga warten auf die HSG deutlich stärkere Gegner. Mehrere Mannschaften dort trainieren fünfmal in der "
              "Woche und beschäftigen Spieler, die zuvor in höheren Ligen aktiv waren. „Wir fahren nicht in die Bayernliga, um gleich "
              "wieder abzusteigen. Aber das erste Ziel ist der Klassenerhalt“, sagte Abteilungsleiter Lurz."),
        ("p", "Die Fans freuen sich schon auf neue Gegner. Der Fanclub Rote Wand hat angekündigt, zu jedem Auswärtsspiel einen Bus "
              "einzusetzen, auch nach Oberbayern. „Wir waren heute 200 Leute mit Trommeln und Fahnen. Nächstes Jahr sollen es mehr "
              "werden“, sagte der Vorsitzende des Fanclubs, Dominik Hartlieb."),
        ("p", "Der Spielplan für die neue Saison wird im Juli veröffentlicht. Die Vorbereitung beginnt Anfang August mit einem "
              "Trainingslager, Testspiele gegen zwei Drittligisten sind bereits vereinbart. Dauerkarten für die erste "
              "Bayernliga-Saison sollen ab Juni in der Geschäftsstelle und online erhältlich sein."),
    ], [("Bayernliga", "MISC"), ("HSG", "ORG"), ("Lurz", "PER"), ("Fanclub Rote Wand", "ORG"), ("Oberbayern", "LOC"),
        ("Dominik Hartlieb", "PER")]),
}
for _id, (_extra, _entities) in MORE2.items():
    _first, _first_entities = MORE.get(_id, ([], []))
    MORE[_id] = (_first + _extra, _first_entities + _entities)


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    return with_more_section(a, MORE)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M") + t.strftime("%z")[:3] + ":" + t.strftime("%z")[3:]


def layout_tags(a):
    kinds = [p_[0] for p_ in a["parts"]]
    text_at = [i for i, k in enumerate(kinds) if k not in ("ad", "also")]
    between = {k for i, k in enumerate(kinds) if text_at[0] < i < text_at[-1] and k in ("ad", "also")}
    tags = set()
    if between:
        tags.add("teasers-in-article")
        if not a.get("legacy"):
            tags.add("split-body")
    if "also" in between:
        tags.add("inline-related")
    return tags


def make(a, shy, id_=None, variant_of=None, url=None, notes=None, phen=None):
    a = lengthened(a)
    html_text, blocks = page(a, shy=shy)
    phen = sorted(set(phen or a["phenomena"]) | layout_tags(a))
    art = Article(
        id=id_ or a["id"], site=SITE, url=url or a["url"], language="de", headline=clean(a["headline"]),
        published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
        authors=a["authors"], summary=clean(a.get("summary", "")), blocks=blocks, entities=a["entities"],
        phenomena=phen or a["phenomena"], notes=notes if notes is not None else a.get("notes", ""), variant_of=variant_of)
    if a["id"] in NO_DATE_META:
        art, html_text = drop_date_metadata(art, html_text)
    p = emit(art, html_text, "utf-8")
    raw = (p.parents[1] / "raw_html" / f"{art.id}.html").stat().st_size
    print(f"{art.id}\t{raw / 1024:.1f} KB")


def build():
    for a in ARTICLES:
        make(a, shy=a.get("shy", False))
    base = next(a for a in ARTICLES if a["id"] == VARIANT["of"])
    make(base, shy=False, id_=VARIANT["id"], variant_of=VARIANT["of"], url=base["url"] + "?variant=b",
         phen=[t for t in base["phenomena"] if t != "invisible-chars"],
         notes="Minimal pair of tagesblick-03: differs only in invisible-chars (the same page with every soft hyphen removed "
               "from headline, standfirst, caption and body).")


if __name__ == "__main__":
    build()
