import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit

"""Weserland-Rundfunk (weserland-rundfunk): an invented German public broadcaster's news site
in the style of a server-rendered broadcaster CMS (editorial system with Sophora-like document
URLs "slug,id.html"): no advertising, long mega menu with regions and programmes, a consent
layer for external content and audience measurement, an audio/video player config, "Dieses
Thema im Programm" boxes, "Mehr zum Thema" and "Meistgelesen" lists, a long footer.
Pages: a live blog, a report with pull quote, correction note and author bio, a registration
teaser ("WLR Recherche"), and an article with the next article appended (infinite scroll).

Metadata personality (realism wave): the <title> is the bare headline (an SEO title only where the
desk set one); the kicker ("topline") is a <span> inside the <h1>; there is no
article:published_time, only <meta name="date"> with the document's creation time in the editorial
system (on 03, prepared the day before, it is the day before publication); the live blog's JSON-LD
names the newsroom as author, the registration-wall template of "WLR Recherche" carries no author
metadata and ships the locked remainder of the text in a hidden container. The body is a sequence of
text modules and media modules (player, quote, table, "Mehr zum Thema" box). Flyout menus, the
programme guide and the player's renditions ship as JSON."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re

SITE = "weserland-rundfunk"
HOST = "https://www.weserland-rundfunk.example"
NAME = "Weserland-Rundfunk"
MEZ = _dt.timezone(_dt.timedelta(hours=1))
MESZ = _dt.timezone(_dt.timedelta(hours=2))
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]


def esc(s):
    """Escape for text and double-quoted attributes; apostrophes stay literal as the CMS prints them."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def de_date(dt):
    return f"{dt.day}. {MONATE[dt.month - 1]} {dt.year}, {dt:%H:%M} Uhr"


def de_short(dt):
    return f"{dt:%d.%m.%Y}"


# ---------------------------------------------------------------- navigation and pools

NAV = [
    ("nachrichten", "Nachrichten", "/nachrichten/index.html", [
        ("Niedersachsen", "/nachrichten/niedersachsen/index.html"),
        ("Bremen", "/nachrichten/bremen/index.html"),
        ("Deutschland", "/nachrichten/deutschland/index.html"),
        ("Welt", "/nachrichten/welt/index.html"),
        ("Wirtschaft", "/nachrichten/wirtschaft/index.html"),
        ("Politik", "/nachrichten/politik/index.html"),
        ("Kultur", "/nachrichten/kultur/index.html"),
        ("Wissen & Umwelt", "/nachrichten/wissen/index.html"),
        ("Panorama", "/nachrichten/panorama/index.html"),
        ("Faktencheck", "/nachrichten/faktencheck/index.html"),
        ("WLR Recherche", "/nachrichten/recherche/index.html"),
        ("Nachrichten in Leichter Sprache", "/nachrichten/leichte-sprache/index.html"),
    ]),
    ("regionen", "Regionen", "/regionen/index.html", [
        ("Bremen", "/regionen/bremen/index.html"),
        ("Bremerhaven", "/regionen/bremerhaven/index.html"),
        ("Oldenburg", "/regionen/oldenburg/index.html"),
        ("Ostfriesland", "/regionen/ostfriesland/index.html"),
        ("Emsland", "/regionen/emsland/index.html"),
        ("Osnabrück", "/regionen/osnabrueck/index.html"),
        ("Hannover", "/regionen/hannover/index.html"),
        ("Weserbergland", "/regionen/weserbergland/index.html"),
        ("Mittelweser", "/regionen/mittelweser/index.html"),
        ("Lüneburger Heide", "/regionen/heide/index.html"),
        ("Cuxhaven und Elbe-Weser", "/regionen/cuxhaven/index.html"),
        ("Braunschweig", "/regionen/braunschweig/index.html"),
        ("Göttingen und Harz", "/regionen/goettingen/index.html"),
    ]),
    ("sport", "Sport", "/sport/index.html", [
        ("Fußball", "/sport/fussball/index.html"),
        ("Handball", "/sport/handball/index.html"),
        ("Basketball", "/sport/basketball/index.html"),
        ("Eishockey", "/sport/eishockey/index.html"),
        ("Regionalsport", "/sport/regional/index.html"),
        ("Ergebnisse und Tabellen", "/sport/ergebnisse/index.html"),
    ]),
    ("wetter", "Wetter", "/wetter/index.html", [
        ("Vorhersage", "/wetter/vorhersage/index.html"),
        ("Unwetterwarnungen", "/wetter/warnungen/index.html"),
        ("Pegelstände", "/wetter/pegel/index.html"),
        ("Pollenflug", "/wetter/pollen/index.html"),
        ("Badewetter", "/wetter/baden/index.html"),
    ]),
    ("verkehr", "Verkehr", "/verkehr/index.html", [
        ("Staus und Sperrungen", "/verkehr/staus/index.html"),
        ("Blitzer", "/verkehr/blitzer/index.html"),
        ("Bahn und Bus", "/verkehr/bahn/index.html"),
        ("Fähren", "/verkehr/faehren/index.html"),
    ]),
    ("fernsehen", "Fernsehen", "/fernsehen/index.html", [
        ("Programm", "/fernsehen/programm/index.html"),
        ("Sendungen A–Z", "/fernsehen/sendungen/index.html"),
        ("Livestream", "/fernsehen/livestream/index.html"),
        ("Regional-Report", "/fernsehen/regional-report/index.html"),
        ("Weserland am Abend", "/fernsehen/am-abend/index.html"),
    ]),
    ("radio", "Radio", "/radio/index.html", [
        ("WLR 1 Welle", "/radio/welle/index.html"),
        ("WLR Kultur", "/radio/kultur/index.html"),
        ("WLR Info", "/radio/info/index.html"),
        ("WLR Jung", "/radio/jung/index.html"),
        ("Podcasts", "/radio/podcasts/index.html"),
    ]),
    ("mediathek", "Mediathek", "/mediathek/index.html", []),
    ("ratgeber", "Ratgeber", "/ratgeber/index.html", [
        ("Verbraucher", "/ratgeber/verbraucher/index.html"),
        ("Gesundheit", "/ratgeber/gesundheit/index.html"),
        ("Geld", "/ratgeber/geld/index.html"),
        ("Kochen", "/ratgeber/kochen/index.html"),
        ("Garten", "/ratgeber/garten/index.html"),
        ("Reise", "/ratgeber/reise/index.html"),
    ]),
]

POOL = [
    ("Neue Fahrradbrücke über die Weser soll 2026 fertig werden", "bremen"),
    ("Landkreis sucht Ehrenamtliche für Schöffenamt", "niedersachsen"),
    ("Zoo meldet Nachwuchs bei den Trampeltieren", "panorama"),
    ("Warnstreik: Busse fahren am Dienstag nur eingeschränkt", "niedersachsen"),
    ("Hafenbetrieb testet autonome Containerbrücke", "wirtschaft"),
    ("Sturmflutsaison: Deichverband prüft Schäden an der Küste", "niedersachsen"),
    ("Schulen klagen über fehlende Vertretungslehrkräfte", "niedersachsen"),
    ("Theater am Wall zeigt Uraufführung über Auswanderer", "kultur"),
    ("Polizei warnt vor falschen Handwerkern an der Haustür", "panorama"),
    ("Kita-Gebühren: Gemeinderat stimmt für Entlastung", "niedersachsen"),
    ("Spargelbauern rechnen mit später Ernte", "wirtschaft"),
    ("Einbruchserie in Gartenkolonien aufgeklärt", "bremen"),
    ("Klinikverbund plant neues Geburtszentrum", "niedersachsen"),
    ("Museumsschiff kehrt nach Sanierung in den Hafen zurück", "bremen"),
    ("Wolf reißt Schafe auf Deich – Halter fordern Schutzzäune", "niedersachsen"),
    ("Radweg an der Bundesstraße wird monatelang gesperrt", "niedersachsen"),
    ("Innenstadt: Leerstand in Fußgängerzonen nimmt ab", "wirtschaft"),
    ("Forschungsschiff bricht zu Expedition ins Nordmeer auf", "wissen"),
    ("Stadtbibliothek verlängert Öffnungszeiten am Wochenende", "bremen"),
    ("Handball: Aufsteiger gewinnt Derby deutlich", "sport"),
    ("Fußball: Trainer verlängert Vertrag vorzeitig", "sport"),
    ("Neue Buslinie verbindet Dörfer mit dem Bahnhof", "niedersachsen"),
    ("Feuerwehr rettet Pferd aus Entwässerungsgraben", "panorama"),
    ("Windpark vor der Küste liefert erstmals Strom", "wirtschaft"),
    ("Ärztemangel auf dem Land: Gemeinde lockt mit Praxisräumen", "niedersachsen"),
    ("Gericht verhandelt über Abriss der alten Brauerei", "bremen"),
    ("Grundwasser: Landwirte müssen Entnahme melden", "wissen"),
    ("Chor aus Verden gewinnt Bundeswettbewerb", "kultur"),
    ("Bäckerei-Kette schließt zwölf Filialen", "wirtschaft"),
    ("Weserfähre fährt wieder nach Fahrplan", "niedersachsen"),
    ("Jugendliche gestalten Unterführung mit Graffiti", "bremen"),
    ("Landesgartenschau zieht positive Bilanz", "niedersachsen"),
]

TAGS_FOOT = [
    ("Nachrichten", ["Niedersachsen", "Bremen", "Deutschland", "Welt", "Wirtschaft", "Kultur", "Wissen & Umwelt", "Faktencheck", "Nachrichten in Leichter Sprache"]),
    ("Regionen", ["Bremen", "Bremerhaven", "Oldenburg", "Ostfriesland", "Osnabrück", "Hannover", "Weserbergland", "Mittelweser", "Lüneburger Heide"]),
    ("Programm", ["Fernsehprogramm", "Radioprogramm", "Mediathek", "Podcasts", "Livestream", "Sendungen A–Z", "Audiodeskription"]),
    ("Service", ["Wetter", "Verkehr", "Pegelstände", "Newsletter", "WLR-App", "Empfang", "Kontakt und Hilfe"]),
    ("Über uns", ["Der Weserland-Rundfunk", "Rundfunkrat", "Verwaltungsrat", "Studios und Standorte", "Karriere", "Presse", "Transparenz", "Staatsvertrag"]),
]

LEGAL = ["Impressum", "Datenschutz", "Datenschutzeinstellungen", "Barrierefreiheit", "Leichte Sprache",
         "Gebärdensprache", "Kontakt", "Nutzungsbedingungen", "Rundfunkbeitrag"]


SENDUNGEN = ["Weserland am Morgen", "WLR Info – Nachrichten", "Der Vormittag", "Regional-Report", "Musik am Mittag", "Der Nachmittag",
             "Weserland am Abend", "WLR Recherche", "Kulturzeit Weser", "Sport im Norden", "Das Konzert", "Nachtprogramm",
             "Hörspiel", "Wetter und Verkehr", "Plattdeutsch am Sonntag", "Kinderfunk"]


def epg_state(a):
    """Today's programme guide for the TV channel and three radio stations (rendered by the 'Jetzt im Programm' widget)."""
    rng = _random.Random(a["seed"] * 101)
    day = a["pub"].replace(hour=0, minute=0)
    chans = {}
    for ch in ("wlr-fernsehen", "wlr-1-welle", "wlr-info", "wlr-kultur"):
        t, items = day.replace(hour=5), []
        while t.hour >= 5 and len(items) < 22:
            dur = rng.choice([15, 30, 30, 45, 60, 90])
            title = rng.choice(SENDUNGEN)
            items.append({"start": t.strftime("%H:%M"), "dauer": dur, "titel": title,
                          "untertitel": rng.choice(["", "mit Gebärdensprache", "Wiederholung", "live", "mit Audiodeskription"]),
                          "url": f"/programm/{ch}/{slugify(title)}-{rng.randint(1000, 9999)}.html"})
            t += _dt.timedelta(minutes=dur)
        chans[ch] = items
    return _json.dumps({"datum": day.strftime("%Y-%m-%d"), "kanaele": chans}, ensure_ascii=False, separators=(",", ":"))


PEGEL = ["Hann. Münden", "Bodenwerder", "Hameln", "Rinteln", "Vlotho", "Porta", "Minden", "Petershagen", "Stolzenau", "Nienburg",
         "Hoya", "Verden", "Intschede", "Bremen-Hemelingen", "Vegesack", "Brake", "Bremerhaven", "Celle", "Ahlden", "Rethem",
         "Hannover-Herrenhausen", "Neustadt", "Schwarmstedt", "Oldenburg", "Cloppenburg", "Diepholz", "Sulingen", "Bassum"]
STRASSEN = ["A1", "A7", "A27", "A28", "A30", "A33", "B3", "B6", "B61", "B65", "B83", "B214", "B215", "B441"]


def service_state(a):
    """Water levels and traffic reports for the service widgets (rendered client-side)."""
    rng = _random.Random(a["seed"] * 7 + 3)
    pegel = [{"name": n, "fluss": "Weser" if i < 17 else rng.choice(["Aller", "Leine", "Hunte", "Hase"]), "cm": rng.randint(120, 640),
              "tendenz": rng.choice(["steigend", "fallend", "gleich"]), "warnstufe": rng.choice([0, 0, 0, 1, 2]),
              "verlauf": [rng.randint(100, 650) for _ in range(24)]} for i, n in enumerate(PEGEL)]
    verkehr = [{"strasse": rng.choice(STRASSEN), "richtung": rng.choice(["Bremen", "Hannover", "Osnabrück", "Kassel", "Oldenburg", "Bielefeld"]),
                "meldung": rng.choice(["Baustelle, rechter Fahrstreifen gesperrt", "Stau, 3 km", "Unfallstelle geräumt", "Gefahr durch Gegenstände auf der Fahrbahn",
                                       "zähfließender Verkehr", "Sperrung der Anschlussstelle"]),
                "seit": (a["pub"] - _dt.timedelta(minutes=rng.randint(5, 300))).strftime("%H:%M")} for _ in range(26)]
    return _json.dumps({"pegel": pegel, "verkehr": verkehr}, ensure_ascii=False, separators=(",", ":"))


def nav_state():
    return _json.dumps([{"key": k, "label": l, "url": u, "flyout": [{"label": sl, "url": sp} for sl, sp in subs]} for k, l, u, subs in NAV]
                       + [{"footer": [{"titel": t, "links": [{"label": i, "url": f"/{slugify(t)}/{slugify(i)}/index.html"} for i in items]}
                                      for t, items in TAGS_FOOT]}], ensure_ascii=False, separators=(",", ":"))


def renditions(media):
    out = []
    for m in media:
        mid = m["id"]
        if m["type"] == "video":
            out.append({"id": mid, "type": "video", "duration": m["duration"], "poster": f"/resources/images/{mid}~_v-16x9@2dL.jpg",
                        "streams": [{"quality": q, "width": w, "bitrate": b, "url": f"https://media.weserland-rundfunk.example/video/{mid}/{q}.mp4"}
                                    for q, w, b in (("s", 480, 600), ("m", 640, 1200), ("l", 960, 2000), ("xl", 1280, 3500), ("xxl", 1920, 6000))],
                        "hls": f"https://media.weserland-rundfunk.example/hls/{mid}/master.m3u8",
                        "subtitles": [{"lang": "de", "url": f"https://media.weserland-rundfunk.example/ut/{mid}.vtt"}],
                        "chapters": [{"t": i * 30, "label": f"Teil {i + 1}"} for i in range(max(1, m["duration"] // 30))]})
        else:
            out.append({"id": mid, "type": "audio", "duration": m["duration"],
                        "streams": [{"codec": c, "bitrate": b, "url": f"https://media.weserland-rundfunk.example/audio/{mid}.{e}"}
                                    for c, b, e in (("mp3", 128, "mp3"), ("aac", 96, "m4a"), ("opus", 64, "ogg"))]})
    return out


def slugify(t):
    t = t.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("–", "-")):
        t = t.replace(a, b)
    t = _re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return "-".join(t.split("-")[:7])


def pool_rot(seed):
    k = (seed * 7) % len(POOL)
    return POOL[k:] + POOL[:k]


CSS = """
/* wlr-core 7.3.1 | Weserland-Rundfunk Online */
@font-face{font-family:"WLR Sans";src:url(/static/fonts/wlrsans-regular.woff2) format("woff2");font-weight:400;font-display:swap}
@font-face{font-family:"WLR Sans";src:url(/static/fonts/wlrsans-bold.woff2) format("woff2");font-weight:700;font-display:swap}
@font-face{font-family:"WLR Serif";src:url(/static/fonts/wlrserif-regular.woff2) format("woff2");font-weight:400;font-display:swap}
:root{--wlr-blue:#0b3a6e;--wlr-blue-dark:#062548;--wlr-cyan:#1fa0d8;--wlr-red:#d0021b;--wlr-grey:#6b7682;--wlr-light:#eef2f6;--wlr-line:#d5dde6;--wlr-text:#1d252d}
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%;scroll-behavior:smooth}
body{margin:0;font-family:"WLR Sans",Helvetica,Arial,sans-serif;color:var(--wlr-text);background:#fff;line-height:1.5}
a{color:var(--wlr-blue);text-decoration:none}a:hover,a:focus{text-decoration:underline}
img{max-width:100%;height:auto;display:block}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skiplinks a{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:1000}.skiplinks a:focus{left:1rem}
.wlr-topbar{background:var(--wlr-blue-dark);color:#fff;font-size:.8125rem}
.wlr-topbar ul{display:flex;gap:1.25rem;list-style:none;margin:0 auto;padding:.375rem 1rem;max-width:1200px}
.wlr-topbar a{color:#cfe2f5}
.wlr-header{background:var(--wlr-blue);color:#fff;position:sticky;top:0;z-index:500}
.wlr-header__inner{max-width:1200px;margin:0 auto;display:flex;align-items:center;padding:.5rem 1rem;gap:1rem}
.wlr-logo{display:flex;align-items:center;gap:.5rem;color:#fff;font-weight:700;font-size:1.375rem;letter-spacing:.02em}
.wlr-logo svg{width:48px;height:28px}
.wlr-header__search{margin-left:auto}
.wlr-header__search input{border:0;border-radius:2px;padding:.375rem .625rem;width:14rem}
.wlr-header__search button{background:var(--wlr-cyan);border:0;color:#fff;padding:.375rem .75rem;border-radius:2px}
.wlr-burger{background:none;border:1px solid rgba(255,255,255,.5);color:#fff;padding:.25rem .625rem;border-radius:2px}
.wlr-nav{background:#fff;border-bottom:1px solid var(--wlr-line)}
.wlr-nav__list{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding:0 1rem;max-width:1200px}
.wlr-nav__item{position:relative}
.wlr-nav__item>a{display:block;padding:.75rem .875rem;font-weight:700;color:var(--wlr-text)}
.wlr-nav__item.is-active>a{color:var(--wlr-blue);box-shadow:inset 0 -3px 0 var(--wlr-blue)}
.wlr-nav__flyout{display:none;position:absolute;left:0;top:100%;min-width:16rem;background:#fff;border:1px solid var(--wlr-line);box-shadow:0 6px 18px rgba(0,0,0,.12);list-style:none;margin:0;padding:.5rem 0;z-index:600}
.wlr-nav__item:hover .wlr-nav__flyout,.wlr-nav__item:focus-within .wlr-nav__flyout{display:block}
.wlr-nav__flyout a{display:block;padding:.375rem 1rem;color:var(--wlr-text)}
.wlr-nav__flyout a:hover{background:var(--wlr-light)}
.wlr-breadcrumb{max-width:1200px;margin:0 auto;padding:.75rem 1rem;font-size:.8125rem;color:var(--wlr-grey)}
.wlr-breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.wlr-breadcrumb li+li::before{content:"›";margin:0 .375rem}
.wlr-page{max-width:1200px;margin:0 auto;padding:0 1rem 3rem;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:2.5rem}
@media (max-width:960px){.wlr-page{grid-template-columns:1fr}}
.wlr-article__kicker{margin:0 0 .25rem;font-size:1rem;font-weight:700;color:var(--wlr-blue)}
.wlr-article__kicker .wlr-live{display:inline-block;background:var(--wlr-red);color:#fff;padding:0 .375rem;margin-right:.375rem;border-radius:2px;text-transform:uppercase;font-size:.8125rem}
.wlr-article__headline{font-size:2.125rem;line-height:1.2;margin:0 0 .75rem;font-weight:700}
@media (max-width:640px){.wlr-article__headline{font-size:1.625rem}}
.wlr-article__meta{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.875rem;color:var(--wlr-grey);margin-bottom:1rem}
.wlr-article__meta p{margin:0}
.wlr-article__byline a{font-weight:700}
.wlr-article__teaser{font-size:1.1875rem;line-height:1.5;font-weight:700;margin:0 0 1.25rem}
.wlr-article__text p{font-family:"WLR Serif",Georgia,serif;font-size:1.125rem;line-height:1.65;margin:0 0 1.125rem}
.wlr-article__text h2{font-size:1.375rem;margin:2rem 0 .75rem}
.wlr-article__text ul{font-family:"WLR Serif",Georgia,serif;font-size:1.125rem;line-height:1.6;padding-left:1.25rem;margin:0 0 1.25rem}
.wlr-article__text li{margin-bottom:.375rem}
.wlr-pullquote{margin:2rem 0;padding:1rem 0 1rem 1.5rem;border-left:4px solid var(--wlr-cyan);font-size:1.375rem;line-height:1.4;font-style:italic;color:var(--wlr-blue)}
.wlr-pullquote footer{font-size:.875rem;font-style:normal;color:var(--wlr-grey);margin-top:.5rem}
.wlr-correction{background:#fff7e0;border-left:4px solid #f0b400;padding:.75rem 1rem;font-size:.9375rem;margin:2rem 0 1rem}
.wlr-figure{margin:0 0 1.5rem}
.wlr-figure__img{position:relative;padding-top:56.25%;background:var(--wlr-light)}
.wlr-figure__img img{position:absolute;top:0;left:0;width:100%;height:100%;object-fit:cover}
.wlr-figure figcaption{font-size:.875rem;color:var(--wlr-grey);padding-top:.375rem}
.wlr-figure .wlr-credit{display:block;font-size:.75rem}
.wlr-table{width:100%;border-collapse:collapse;margin:0 0 1.5rem;font-size:.9375rem}
.wlr-table caption{text-align:left;font-weight:700;padding:.5rem 0}
.wlr-table th,.wlr-table td{border-bottom:1px solid var(--wlr-line);padding:.5rem;text-align:left}
.wlr-table th{background:var(--wlr-light)}
.wlr-table td.num{text-align:right;font-variant-numeric:tabular-nums}
.wlr-player{background:#000;color:#fff;position:relative;margin:0 0 1.5rem}
.wlr-player__poster{padding-top:56.25%;position:relative}
.wlr-player__poster img{position:absolute;top:0;left:0;width:100%;height:100%;object-fit:cover;opacity:.85}
.wlr-player__play{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:72px;height:72px;border-radius:50%;background:var(--wlr-blue);border:3px solid #fff}
.wlr-player__meta{font-size:.875rem;padding:.5rem .75rem;background:#111}
.wlr-audio{display:flex;align-items:center;gap:.75rem;background:var(--wlr-light);padding:.625rem .875rem;margin:0 0 1.25rem;border-radius:3px;font-size:.875rem}
.wlr-audio button{width:36px;height:36px;border-radius:50%;border:0;background:var(--wlr-blue);color:#fff}
.wlr-share{display:flex;gap:.5rem;align-items:center;margin:1rem 0;flex-wrap:wrap}
.wlr-share__label{font-size:.875rem;color:var(--wlr-grey);margin-right:.25rem}
.wlr-share a,.wlr-share button{display:inline-flex;align-items:center;justify-content:center;height:36px;padding:0 .75rem;border:1px solid var(--wlr-line);border-radius:18px;font-size:.8125rem;background:#fff;color:var(--wlr-text)}
.wlr-tags{margin:1.5rem 0;font-size:.875rem}
.wlr-tags ul{display:inline;list-style:none;margin:0;padding:0}
.wlr-tags li{display:inline-block;margin:0 .375rem .375rem 0}
.wlr-tags a{display:block;padding:.125rem .625rem;border:1px solid var(--wlr-blue);border-radius:12px}
.wlr-program{border:1px solid var(--wlr-line);padding:.75rem 1rem;margin:1.5rem 0;font-size:.875rem}
.wlr-program h3{margin:0 0 .25rem;font-size:.9375rem}
.wlr-bio{display:flex;gap:1rem;background:var(--wlr-light);padding:1rem;margin:1.5rem 0}
.wlr-bio img{width:88px;height:88px;border-radius:50%}
.wlr-bio h3{margin:0 0 .25rem;font-size:1rem}
.wlr-bio p{margin:0;font-size:.9375rem}
.wlr-liveblog__status{display:flex;align-items:center;gap:.75rem;margin:0 0 1rem;font-size:.875rem}
.wlr-liveblog__refresh{border:1px solid var(--wlr-blue);background:#fff;color:var(--wlr-blue);padding:.25rem .75rem;border-radius:2px}
.wlr-liveblog__summary{background:var(--wlr-light);padding:1rem 1.25rem;margin:0 0 1.5rem}
.wlr-liveblog__summary h2{margin-top:0!important}
.wlr-entry{position:relative;border-left:3px solid var(--wlr-line);padding:0 0 1.5rem 1.25rem;margin-left:.375rem}
.wlr-entry::before{content:"";position:absolute;left:-8px;top:.25rem;width:13px;height:13px;border-radius:50%;background:var(--wlr-blue)}
.wlr-entry__time{display:block;font-weight:700;color:var(--wlr-blue);font-size:.9375rem;margin-bottom:.25rem}
.wlr-entry h2{margin:0 0 .5rem!important;font-size:1.25rem!important}
.wlr-entry--key::before{background:var(--wlr-red)}
.wlr-paywall{position:relative;margin-top:-6rem;padding-top:6rem;background:linear-gradient(rgba(255,255,255,0),#fff 5rem)}
.wlr-paywall__box{border:2px solid var(--wlr-blue);padding:1.5rem;text-align:center}
.wlr-paywall__box h2{margin:0 0 .5rem;font-size:1.375rem}
.wlr-paywall__box .btn{display:inline-block;margin:.75rem .375rem 0;padding:.625rem 1.25rem;border-radius:2px;font-weight:700}
.wlr-paywall__box .btn--primary{background:var(--wlr-blue);color:#fff}
.wlr-paywall__box .btn--secondary{border:1px solid var(--wlr-blue)}
.wlr-next{border-top:6px solid var(--wlr-blue);margin-top:3rem;padding-top:1rem}
.wlr-next__label{font-size:.8125rem;text-transform:uppercase;letter-spacing:.08em;color:var(--wlr-grey);margin:0 0 .75rem}
.wlr-box{margin:0 0 2rem}
.wlr-box__title{font-size:1.0625rem;border-bottom:2px solid var(--wlr-blue);padding-bottom:.375rem;margin:0 0 .75rem}
.wlr-teaserlist{list-style:none;margin:0;padding:0}
.wlr-teaserlist li{padding:.5rem 0;border-bottom:1px solid var(--wlr-line);font-size:.9375rem;line-height:1.35}
.wlr-teaserlist .wlr-date{display:block;font-size:.75rem;color:var(--wlr-grey)}
.wlr-toplist{counter-reset:top;list-style:none;margin:0;padding:0}
.wlr-toplist li{counter-increment:top;position:relative;padding:.5rem 0 .5rem 2.25rem;border-bottom:1px solid var(--wlr-line);font-size:.9375rem}
.wlr-toplist li::before{content:counter(top);position:absolute;left:0;top:.375rem;font-size:1.375rem;font-weight:700;color:var(--wlr-cyan)}
.wlr-newsletter{background:var(--wlr-blue);color:#fff;padding:1rem 1.25rem;margin:0 0 2rem}
.wlr-newsletter input{width:100%;padding:.5rem;border:0;margin:.5rem 0}
.wlr-newsletter button{background:var(--wlr-cyan);color:#fff;border:0;padding:.5rem 1rem;font-weight:700}
.wlr-footer{background:var(--wlr-blue-dark);color:#cfe2f5;font-size:.875rem;margin-top:3rem}
.wlr-footer__cols{max-width:1200px;margin:0 auto;padding:2rem 1rem;display:grid;grid-template-columns:repeat(5,1fr);gap:1.5rem}
@media (max-width:960px){.wlr-footer__cols{grid-template-columns:repeat(2,1fr)}}
.wlr-footer h2{color:#fff;font-size:.9375rem;margin:0 0 .5rem}
.wlr-footer ul{list-style:none;margin:0;padding:0}
.wlr-footer li{margin-bottom:.25rem}
.wlr-footer a{color:#cfe2f5}
.wlr-footer__legal{border-top:1px solid rgba(255,255,255,.15);max-width:1200px;margin:0 auto;padding:1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.wlr-footer__copy{max-width:1200px;margin:0 auto;padding:0 1rem 1.5rem;color:#8fa9c4}
.wlr-consent{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:4px solid var(--wlr-blue);box-shadow:0 -4px 20px rgba(0,0,0,.2);padding:1.25rem;z-index:2000;display:none}
.wlr-consent.is-visible{display:block}
.wlr-consent__inner{max-width:960px;margin:0 auto}
.wlr-consent h2{margin:0 0 .5rem;font-size:1.125rem}
.wlr-consent p{font-size:.875rem;margin:0 0 .75rem}
.wlr-consent__buttons{display:flex;gap:.5rem;flex-wrap:wrap}
.wlr-consent__buttons button{padding:.5rem 1rem;border-radius:2px;font-weight:700;border:1px solid var(--wlr-blue);background:#fff;color:var(--wlr-blue)}
.wlr-consent__buttons .is-primary{background:var(--wlr-blue);color:#fff}
.wlr-embed-placeholder{border:1px dashed var(--wlr-grey);padding:1rem;font-size:.875rem;background:#fafbfc;margin:0 0 1.5rem}
@media print{.wlr-header,.wlr-nav,.wlr-share,.wlr-consent,.wlr-footer,aside{display:none!important}}
"""

HEAD_JS = """
<script>
window.wlrPage={"documentId":"%(docid)s","type":"%(ptype)s","ressort":"%(ressort)s","region":"%(region)s","published":"%(pub)s","wordCount":%(wc)d,"access":"%(access)s"};
window.wlrConsentConfig={
  version:"4.2",storageKey:"wlr_consent_v4",privacyUrl:"/service/datenschutz/index.html",
  categories:[
    {id:"necessary",label:"Technisch notwendig",required:true},
    {id:"reach",label:"Reichweitenmessung",required:false,vendors:["wlr-stats","reichweite-verbund"]},
    {id:"external",label:"Externe Inhalte",required:false,vendors:["kartendienst","videoplattform","sozialnetzwerk-a","sozialnetzwerk-b"]}
  ],
  defaultState:{necessary:true,reach:false,external:false}
};
</script>
<script>
(function(w,d){
  var q=w.wlrStats=w.wlrStats||[];q.push(["init",{site:"wlr-online",level2:"%(level2)s",chapters:["nachrichten","%(ressort)s","%(region)s"],page:"%(docid)s"}]);
  function load(){var s=d.createElement("script");s.async=true;s.src="https://stats.weserland-rundfunk.example/wlrstats.4.js";d.head.appendChild(s);}
  if((d.cookie.match(/wlr_consent_v4=([^;]+)/)||[])[1]&&/reach:1/.test(decodeURIComponent(RegExp.$1))){load();}
  w.addEventListener("wlr:consent",function(e){if(e.detail&&e.detail.reach){load();}});
})(window,document);
</script>
"""

FOOT_JS = """
<script type="application/json" id="wlr-player-config">%(player)s</script>
<script>
(function(d){
  var c=d.getElementById("wlr-consent");
  var m=d.cookie.match(/wlr_consent_v4=([^;]+)/);
  if(c&&!m){c.className+=" is-visible";}
  function save(state){
    var v=Object.keys(state).map(function(k){return k+":"+(state[k]?1:0);}).join("|");
    d.cookie="wlr_consent_v4="+encodeURIComponent(v)+";max-age=31536000;path=/;SameSite=Lax";
    c.className=c.className.replace(" is-visible","");
    window.dispatchEvent(new CustomEvent("wlr:consent",{detail:state}));
  }
  var a=d.getElementById("wlr-consent-all"),n=d.getElementById("wlr-consent-necessary");
  if(a){a.addEventListener("click",function(){save({necessary:true,reach:true,external:true});});}
  if(n){n.addEventListener("click",function(){save({necessary:true,reach:false,external:false});});}
  var cp=d.querySelectorAll("[data-copy-link]");
  for(var i=0;i<cp.length;i++){cp[i].addEventListener("click",function(e){e.preventDefault();
    if(navigator.clipboard){navigator.clipboard.writeText(this.getAttribute("data-copy-link"));}this.textContent="Link kopiert";});}
})(document);
</script>
<script src="/static/js/wlr-core.7.3.1.min.js" defer></script>
<script src="/static/js/wlr-player.3.9.0.min.js" defer></script>
<noscript><img src="https://stats.weserland-rundfunk.example/px.gif?site=wlr-online&amp;page=%(docid)s&amp;js=0" width="1" height="1" alt=""></noscript>
"""

LIVE_JS = """
<script>
window.wlrLiveblog={id:"%(docid)s",endpoint:"/api/liveblog/%(docid)s/entries.json",pollInterval:60000,order:"desc",lastEntry:"%(last)s"};
(function(d){var b=d.querySelector(".wlr-liveblog__refresh");if(b){b.addEventListener("click",function(){location.reload();});}})(document);
</script>
"""

LOGO = ('<svg viewBox="0 0 48 28" aria-hidden="true" focusable="false"><path d="M0 20 Q6 8 12 20 T24 20 T36 20 T48 20" '
        'fill="none" stroke="#fff" stroke-width="3"/><circle cx="40" cy="7" r="5" fill="#1fa0d8"/></svg>')




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


# ---------------------------------------------------------------- body rendering

TEXT_KINDS = ("p", "h", "ul", "note")


def modules(parts, blocks):
    """Group the body into text modules (runs of paragraphs, headings, lists) and media modules."""
    out, run = [], []
    for p_ in parts:
        if p_[0] in TEXT_KINDS:
            run.append(p_)
            continue
        if run:
            out.append('<div class="wlr-module wlr-module--text">' + render_parts(run, blocks) + "</div>")
            run = []
        out.append('<div class="wlr-module wlr-module--media">' + render_parts([p_], blocks) + "</div>")
    if run:
        out.append('<div class="wlr-module wlr-module--text">' + render_parts(run, blocks) + "</div>")
    return "\n".join(out)


def render_parts(parts, blocks):
    out = []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "h":
            out.append(f"<h2>{esc(p[1])}</h2>")
            blocks.append(Block("heading", p[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in p[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in p[1]]
        elif k == "pull":
            out.append(f'<blockquote class="wlr-pullquote" aria-hidden="true"><p>„{esc(p[1])}“</p>'
                       f'<footer>{esc(p[2])}</footer></blockquote>')
            blocks.append(Block("quote", p[1], optional=True))
        elif k == "note":
            out.append(f'<p class="wlr-correction"><strong>Korrektur:</strong> {esc(p[1])}</p>')
            blocks.append(Block("note", "Korrektur: " + p[1], optional=True))
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="wlr-figure"><div class="wlr-figure__img">'
                       f'<img src="{HOST}/resources/images/{img}~_v-16x9@2dM.jpg" '
                       f'srcset="{HOST}/resources/images/{img}~_v-16x9@2dS.jpg 480w, {HOST}/resources/images/{img}~_v-16x9@2dM.jpg 960w" '
                       f'sizes="(max-width: 960px) 100vw, 760px" alt="{esc(cap)}" loading="lazy" width="960" height="540"></div>'
                       f'<figcaption>{esc(cap)}<span class="wlr-credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, caption, rows = p
            t = [f'<table class="wlr-table"><caption>{esc(caption)}</caption><thead><tr>']
            t += [f'<th scope="col">{esc(c)}</th>' for c in rows[0]]
            t.append("</tr></thead><tbody>")
            for r in rows[1:]:
                t.append("<tr>" + f'<th scope="row">{esc(r[0])}</th>' +
                         "".join(f'<td class="num">{esc(c)}</td>' for c in r[1:]) + "</tr>")
            t.append("</tbody></table>")
            out.append("".join(t))
            blocks.append(Block("caption", caption, optional=True))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
        elif k == "more":
            out.append('<aside class="wlr-more-inline"><h3>Mehr zum Thema</h3><ul>' + "".join(
                f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in p[1]) + "</ul></aside>")
        elif k == "audio":
            out.append(f'<div class="wlr-audio" data-wlr-player="audio" data-media-id="{p[1]}">'
                       f'<button type="button" aria-label="Beitrag anhören">▶</button><span>Audio: {esc(p[2])}</span></div>')
        elif k == "video":
            _, vid, title, dur = p
            out.append(f'<div class="wlr-player" data-wlr-player="video" data-media-id="{vid}">'
                       f'<div class="wlr-player__poster"><img src="{HOST}/resources/images/{vid}~_v-16x9@2dM.jpg" alt="" loading="lazy">'
                       f'<button class="wlr-player__play" type="button" aria-label="Video abspielen"></button></div>'
                       f'<p class="wlr-player__meta">Video: {esc(title)} ({dur} Min)</p></div>')
        elif k == "entry":
            _, t, head, sub, key = p
            cls = "wlr-entry wlr-entry--key" if key else "wlr-entry"
            e = [f'<section class="{cls}" id="eintrag-{t:%H%M}" data-entry-time="{t.isoformat()}">'
                 f'<time class="wlr-entry__time" datetime="{t.isoformat()}">{t:%H:%M} Uhr</time>']
            if head:
                e.append(f"<h2>{esc(head)}</h2>")
                blocks.append(Block("heading", head))
            e.append(render_parts(sub, blocks))
            e.append(f'<div class="wlr-share wlr-share--entry"><a href="#eintrag-{t:%H%M}" data-copy-link="#eintrag-{t:%H%M}">Eintrag teilen</a></div>')
            e.append("</section>")
            out.append("".join(e))
        elif k == "summary":
            _, head, items = p
            out.append(f'<div class="wlr-liveblog__summary"><h2>{esc(head)}</h2><ul>' +
                       "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul></div>")
            # A key-points box repeats the entries: optional under GUIDELINES.md (fact boxes).
            blocks.append(Block("heading", head, optional=True))
            blocks += [Block("list_item", i, optional=True) for i in items]
    return "\n".join(out)


def share_bar(url, title):
    from urllib.parse import quote
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="wlr-share" role="group" aria-label="Teilen"><span class="wlr-share__label">Teilen:</span>'
            f'<a href="https://facebook.example/sharer/sharer.php?u={u}" rel="noopener" target="_blank">Facebook</a>'
            f'<a href="https://x.example/intent/post?url={u}&amp;text={t}" rel="noopener" target="_blank">X</a>'
            f'<a href="https://wa.example/send?text={t}%20{u}" rel="noopener" target="_blank">WhatsApp</a>'
            f'<a href="https://mastodon.example/share?text={t}%20{u}" rel="noopener" target="_blank">Mastodon</a>'
            f'<a href="mailto:?subject={t}&amp;body={u}">E-Mail</a>'
            f'<button type="button" data-copy-link="{esc(url)}">Link kopieren</button></div>')


def word_count(blocks):
    return sum(len(b.text.split()) for b in blocks if not b.optional)


def render_next(n):
    """The appended next article (infinite scroll)."""
    parts = []
    for t in n["paras"]:
        parts.append(f"<p>{t}</p>")
    return (f'<div class="wlr-next" data-next-url="{n["url"]}" data-next-docid="{n["docid"]}">'
            '<p class="wlr-next__label">Nächster Artikel</p>'
            f'<article class="wlr-article wlr-article--next"><header class="wlr-article__header">'
            f'<p class="wlr-article__kicker">{esc(n["kicker"])}</p>'
            f'<h1 class="wlr-article__headline">{esc(n["headline"])}</h1>'
            f'<div class="wlr-article__meta"><p class="wlr-article__byline">Von <a href="/autoren/{slugify(n["author"])}.html">{esc(n["author"])}</a></p>'
            f'<p class="wlr-article__date">Stand: <time datetime="{n["pub"].isoformat()}">{de_date(n["pub"])}</time></p></div></header>'
            f'<p class="wlr-article__teaser">{esc(n["teaser"])}</p>'
            f'<div class="wlr-article__text">{"".join(parts)}</div>'
            + share_bar(n["url"], n["headline"]) +
            '</article></div>')


# ---------------------------------------------------------------- page

def page(a):
    pub, upd = a["pub"], a.get("upd")
    url = a["url"]
    blocks = []
    if a.get("teaser"):
        blocks.append(Block("paragraph", a["teaser"], optional=True))
    live = a.get("live", False)
    body_html = render_parts(a["parts"], blocks) if live else modules(a["parts"], blocks)
    locked_html = render_parts(a["locked"], blocks) if a.get("locked") else ""
    wc = word_count(blocks)

    h = ['<!DOCTYPE html>', '<html lang="de" class="no-js">', '<head>', '<meta charset="utf-8">',
         f'<title>{esc(a["title"])}</title>',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<meta name="description" content="{esc(a["desc"])}">',
         '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">',
         f'<meta name="keywords" content="{esc(", ".join(a["keywords"]))}">',
         f'<meta name="date" content="{a.get("created", pub).isoformat()}">',
         f'<meta name="wlr:documentId" content="{a["docid"]}">',
         f'<meta name="wlr:ressort" content="{a["ressort"]}">',
         f'<link rel="canonical" href="{url}">',
         f'<link rel="alternate" type="application/rss+xml" title="WLR Nachrichten" href="{HOST}/nachrichten/index-rss.xml">',
         '<meta property="og:site_name" content="Weserland-Rundfunk">',
         '<meta property="og:locale" content="de_DE">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:title" content="{esc(a["og_title"])}">',
         f'<meta property="og:description" content="{esc(a["desc"])}">',
         f'<meta property="og:url" content="{url}">',
         f'<meta property="og:image" content="{HOST}/resources/images/{a["img"]}~_v-16x9@2dL.jpg">',
         '<meta property="og:image:width" content="1920">', '<meta property="og:image:height" content="1080">']
    if a.get("ld_author", "people") == "people":
        h.insert(10, f'<meta name="author" content="{esc(", ".join(a["authors"]))}">')
    h.append(f'<meta property="article:section" content="{esc(a["section"])}">')
    for k in a["keywords"]:
        h.append(f'<meta property="article:tag" content="{esc(k)}">')
    h += ['<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@wlr_nachrichten">',
          f'<meta name="twitter:title" content="{esc(a["og_title"])}">',
          f'<meta name="twitter:description" content="{esc(a["desc"])}">',
          f'<meta name="twitter:image" content="{HOST}/resources/images/{a["img"]}~_v-16x9@2dL.jpg">',
          '<meta name="theme-color" content="#0b3a6e">',
          '<link rel="icon" href="/static/img/favicon.ico" sizes="32x32">',
          '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">',
          '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">',
          '<link rel="manifest" href="/static/manifest.webmanifest">',
          '<link rel="preload" href="/static/fonts/wlrsans-regular.woff2" as="font" type="font/woff2" crossorigin>',
          '<link rel="preload" href="/static/fonts/wlrserif-regular.woff2" as="font" type="font/woff2" crossorigin>',
          '<style>' + CSS + theme_css("wlr", a["seed"] * 17, 300) + '</style>']
    h.append(HEAD_JS % {"docid": a["docid"], "ptype": "liveblog" if live else "artikel", "ressort": a["ressort"],
                        "region": a["region"], "pub": pub.isoformat(), "wc": wc,
                        "access": "registered" if a.get("paywall") else "free", "level2": a["level2"]})
    # JSON-LD
    img = f"{HOST}/resources/images/{a['img']}~_v-16x9@2dL.jpg"
    publisher = {"@type": "Organization", "name": NAME, "url": HOST + "/",
                 "logo": {"@type": "ImageObject", "url": f"{HOST}/static/img/wlr-logo-600x60.png", "width": 600, "height": 60}}
    authors = [{"@type": "Person", "name": n, "url": f"{HOST}/autoren/{slugify(n)}.html"} for n in a["authors"]]
    if a.get("ld_author") == "newsroom":
        authors = {"@type": "Organization", "name": "WLR Nachrichtenredaktion", "url": HOST + "/nachrichten/redaktion.html"}
    if live:
        ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "url": url,
              "headline": a["headline"], "description": a["desc"], "image": [img],
              "datePublished": pub.isoformat(), "dateModified": upd.isoformat(),
              "coverageStartTime": pub.isoformat(), "coverageEndTime": a["coverage_end"].isoformat(),
              "author": authors, "publisher": publisher, "inLanguage": "de-DE",
              "about": {"@type": "Event", "name": a["event"], "startDate": pub.strftime("%Y-%m-%d"),
                        "location": {"@type": "Place", "name": "Weserland"}},
              "liveBlogUpdate": []}
        for p in a["parts"]:
            if p[0] == "entry":
                upd_item = {"@type": "BlogPosting", "datePublished": p[1].isoformat(),
                            "articleBody": " ".join(strip(s[1]) for s in p[3] if s[0] == "p")}
                if p[2]:
                    upd_item["headline"] = p[2]
                ld["liveBlogUpdate"].append(upd_item)
    else:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["headline"],
              "description": a["desc"], "image": [img], "datePublished": pub.isoformat(),
              "dateModified": (upd or pub).isoformat(), "publisher": publisher,
              "articleSection": a["section"], "keywords": ", ".join(a["keywords"]), "inLanguage": "de-DE",
              "wordCount": wc}
        if a.get("ld_author", "people") != "none":
            ld["author"] = authors
        if a.get("paywall"):
            ld["isAccessibleForFree"] = False
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".wlr-paywall__locked"}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": HOST + p} for i, (n, p) in enumerate(a["crumbs"])]}
    h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + '</script>')
    h.append('<script type="application/ld+json">' + _json.dumps(crumbs, ensure_ascii=False) + '</script>')
    h.append('<script type="application/json" id="wlr-nav-state">' + nav_state() + '</script>')
    if live:
        h.append(LIVE_JS % {"docid": a["docid"], "last": upd.isoformat()})
    h.append('</head>')

    h.append(f'<body class="wlr wlr--{"liveblog" if live else "artikel"} ressort-{a["ressort"]}">')
    h.append('<div class="wlr-app" id="wlr-app"><div class="wlr-app__inner">')
    h.append('<div class="skiplinks"><a href="#content">Direkt zum Inhalt</a><a href="#hauptnavigation">Direkt zur Navigation</a>'
             '<a href="#suche">Direkt zur Suche</a></div>')
    h.append('<div class="wlr-topbar"><ul><li><a href="/">Startseite</a></li><li><a href="/fernsehen/livestream/index.html">Livestream</a></li>'
             '<li><a href="/radio/index.html">Radio hören</a></li><li><a href="/mediathek/index.html">Mediathek</a></li>'
             '<li><a href="/konto/anmelden.html">Anmelden</a></li></ul></div>')
    h.append(f'<header class="wlr-header"><div class="wlr-header__inner"><button class="wlr-burger" type="button" aria-controls="hauptnavigation" aria-expanded="false">Menü</button>'
             f'<a class="wlr-logo" href="/" title="Zur Startseite">{LOGO}<span>WLR</span><span class="visually-hidden">Weserland-Rundfunk</span></a>'
             '<form class="wlr-header__search" id="suche" action="/suche/index.html" role="search"><label class="visually-hidden" for="q">Suchbegriff</label>'
             '<input type="search" id="q" name="q" placeholder="Suchen"><button type="submit">Suchen</button></form></div></header>')
    n = ['<nav class="wlr-nav" id="hauptnavigation" aria-label="Hauptnavigation"><ul class="wlr-nav__list">']
    for key, label, path, subs in NAV:
        act = " is-active" if key == a["nav"] else ""
        n.append(f'<li class="wlr-nav__item{act}"><a href="{path}">{label}</a>')
        if subs:
            n.append(f'<div class="wlr-nav__flyout" data-flyout="{key}" data-source="#wlr-nav-state" hidden></div>')
        n.append('</li>')
    n.append('</ul></nav>')
    h.append("".join(n))
    h.append('<nav class="wlr-breadcrumb" aria-label="Sie sind hier"><ol>' +
             "".join(f'<li><a href="{p}">{esc(nm)}</a></li>' for nm, p in a["crumbs"][:-1]) +
             f'<li aria-current="page">{esc(a["crumbs"][-1][0])}</li></ol></nav>')

    h.append('<div class="wlr-page"><div class="wlr-page__grid"><main id="content"><div class="wlr-main">')
    h.append(f'<article class="wlr-article" data-document-id="{a["docid"]}"><div class="wlr-article__inner">')
    h.append('<header class="wlr-article__header">')
    live_badge = '<span class="wlr-live">Live</span>' if live else ""
    h.append(f'<h1 class="wlr-article__headline"><span class="wlr-article__topline">{live_badge}{esc(a["kicker"])}</span>'
             f'<span class="wlr-article__title">{esc(a["headline"])}</span></h1>')
    m = ['<div class="wlr-article__meta">']
    by = " und ".join(f'<a href="/autoren/{slugify(x)}.html">{esc(x)}</a>' for x in a["authors"])
    m.append(f'<p class="wlr-article__byline">Von {by}</p>')
    if upd and a.get("upd_style") == "live":
        m.append(f'<p class="wlr-article__date">Erstellt: <time datetime="{pub.isoformat()}">{de_date(pub)}</time></p>')
        m.append(f'<p class="wlr-article__date wlr-article__date--upd">Aktualisiert: <time datetime="{upd.isoformat()}">{de_date(upd)}</time></p>')
    else:
        m.append(f'<p class="wlr-article__date">Stand: <time datetime="{pub.isoformat()}">{de_date(pub)}</time></p>')
        if upd:
            m.append(f'<p class="wlr-article__date wlr-article__date--upd">Aktualisiert: <time datetime="{upd.isoformat()}">{de_date(upd)}</time></p>')
    if a.get("studio"):
        m.append(f'<p class="wlr-article__studio">{esc(a["studio"])}</p>')
    m.append('</div>')
    h.append("".join(m))
    h.append('</header>')
    h.append(share_bar(url, a["headline"]))
    if live:
        h.append(f'<div class="wlr-liveblog__status"><span>Neueste Einträge zuerst</span>'
                 '<button class="wlr-liveblog__refresh" type="button">Aktualisieren</button></div>')
    if a.get("teaser"):
        h.append(f'<p class="wlr-article__teaser"><strong>{esc(a["teaser"])}</strong></p>')
    if a.get("audio"):
        h.append(render_parts([("audio",) + a["audio"]], []))
    if a.get("paywall"):
        h.append('<div class="wlr-article__text wlr-article__text--free">' + body_html + '</div>')
        h.append('<div class="wlr-paywall"><div class="wlr-paywall__box">'
                 '<h2>Weiterlesen mit Ihrem kostenlosen WLR-Konto</h2>'
                 '<p>Die vollständige Recherche ist für registrierte Nutzerinnen und Nutzer frei zugänglich.</p>'
                 f'<a class="btn btn--primary" href="/konto/registrieren.html?ref={a["docid"]}">Kostenlos registrieren</a>'
                 f'<a class="btn btn--secondary" href="/konto/anmelden.html?ref={a["docid"]}">Anmelden</a>'
                 '</div><div class="wlr-paywall__locked" hidden>' + locked_html + '</div></div>')
    else:
        cls = "wlr-article__text wlr-liveblog" if live else "wlr-article__text"
        h.append(f'<div class="{cls}">' + body_html + '</div>')
    if a.get("hint"):
        h.append(f'<p class="wlr-hint"><em>{esc(a["hint"])}</em></p>')
    h.append(share_bar(url, a["headline"]))
    h.append('<div class="wlr-tags"><span>Schlagwörter:</span> <ul>' +
             "".join(f'<li><a href="/thema/{slugify(k)}/index.html">{esc(k)}</a></li>' for k in a["keywords"]) + '</ul></div>')
    if a.get("program"):
        pr = a["program"]
        h.append(f'<div class="wlr-program"><h3>Dieses Thema im Programm:</h3><p>{esc(pr[0])} | {esc(pr[1])} | '
                 f'{de_short(pr[2])} | {pr[2]:%H:%M} Uhr</p></div>')
    if a.get("bio"):
        nm, txt, img = a["bio"]
        h.append(f'<aside class="wlr-bio" aria-label="Über die Autorin"><img src="{HOST}/resources/images/autoren/{img}.jpg" alt="{esc(nm)}" width="88" height="88" loading="lazy">'
                 f'<div><h3>Über die Autorin: {esc(nm)}</h3><p>{esc(txt)}</p>'
                 f'<p><a href="/autoren/{slugify(nm)}.html">Alle Beiträge von {esc(nm)}</a></p></div></aside>')
    h.append('</div></article>')
    if a.get("next"):
        h.append(render_next(a["next"]))
    h.append('</div></main>')

    # sidebar
    s = ['<aside class="wlr-aside" aria-label="Weitere Inhalte">']
    s.append('<section class="wlr-box"><h2 class="wlr-box__title">Mehr zum Thema</h2><ul class="wlr-teaserlist">')
    for i, (t, days) in enumerate(a["related"]):
        d = (pub - _dt.timedelta(days=days)).replace(hour=6 + (i * 5 + a["seed"]) % 15, minute=(i * 17 + 4) % 60)
        s.append(f'<li><a href="/nachrichten/{a["region"]}/{slugify(t)},{a["ressort"]}{4120 + i * 37}.html">{esc(t)}</a>'
                 f'<span class="wlr-date">{de_short(d)} | {d:%H:%M} Uhr</span></li>')
    s.append('</ul></section>')
    if a.get("newsletter"):
        s.append('<section class="wlr-newsletter"><h2>Der WLR-Newsletter am Morgen</h2>'
                 '<p>Die wichtigsten Nachrichten aus Niedersachsen und Bremen – jeden Werktag um 6 Uhr in Ihrem Postfach.</p>'
                 '<form action="/service/newsletter/anmelden.html" method="post"><label class="visually-hidden" for="nl-mail">E-Mail-Adresse</label>'
                 '<input id="nl-mail" type="email" name="email" placeholder="Ihre E-Mail-Adresse" required>'
                 '<button type="submit">Kostenlos abonnieren</button></form>'
                 '<p><small>Abmeldung jederzeit möglich. Hinweise zum <a href="/service/datenschutz/index.html">Datenschutz</a>.</small></p></section>')
    s.append('<section class="wlr-box"><h2 class="wlr-box__title">Meistgelesen</h2><ol class="wlr-toplist">')
    for t, reg in pool_rot(a["seed"])[0:5]:
        s.append(f'<li><a href="/nachrichten/{reg}/{slugify(t)},meist{a["seed"]}.html">{esc(t)}</a></li>')
    s.append('</ol></section>')
    s.append('<section class="wlr-box"><h2 class="wlr-box__title">Weitere Nachrichten aus der Region</h2><ul class="wlr-teaserlist">')
    for i, (t, reg) in enumerate(pool_rot(a["seed"])[5:8]):
        s.append(f'<li><a href="/nachrichten/{reg}/{slugify(t)},{reg}{7700 + a["seed"] * 13 + i}.html">{esc(t)}</a></li>')
    s.append('</ul></section>')
    s.append('<section class="wlr-box" data-widget="epg" data-source="#wlr-epg"><h2 class="wlr-box__title">Jetzt im Programm</h2></section>')
    s.append('</aside>')
    h.append("".join(s))
    h.append('</div></div>')
    h.append('<script type="application/json" id="wlr-epg">' + epg_state(a) + '</script>')
    h.append('<script type="application/json" id="wlr-service">' + service_state(a) + '</script>')

    # footer
    f = ['<footer class="wlr-footer"><div class="wlr-footer__cols">']
    f.append('<div class="wlr-footer__nav" data-source="#wlr-nav-state"></div>')
    f.append('</div><ul class="wlr-footer__legal">' + "".join(
        f'<li><a href="/service/{slugify(l)}/index.html">{esc(l)}</a></li>' for l in LEGAL[:6]) + '</ul>')
    f.append(f'<p class="wlr-footer__copy">© Weserland-Rundfunk {pub.year} · Anstalt des öffentlichen Rechts · '
             'Folgen Sie uns: <a href="https://mastodon.example/@wlr">Mastodon</a> · <a href="https://instagram.example/wlr">Instagram</a> · '
             '<a href="https://videoplattform.example/wlr">Video</a></p></footer>')
    h.append("".join(f))
    h.append('<div class="wlr-consent" id="wlr-consent" role="dialog" aria-modal="true" aria-labelledby="wlr-consent-title"><div class="wlr-consent__inner">'
             '<h2 id="wlr-consent-title">Datenschutzeinstellungen</h2>'
             '<p>Mit Ihrer Einwilligung nutzen wir eine anonyme Reichweitenmessung und binden externe Inhalte wie Karten und Videos ein. '
             'Sie können die Einwilligung jederzeit widerrufen.</p>'
             '<div class="wlr-consent__buttons"><button type="button" class="is-primary" id="wlr-consent-all">Alle akzeptieren</button>'
             '<button type="button" id="wlr-consent-necessary">Nur notwendige</button>'
             '<button type="button" id="wlr-consent-settings">Einstellungen</button></div>'
             '<p><a href="/service/datenschutz/index.html">Datenschutzerklärung</a> · <a href="/service/impressum/index.html">Impressum</a></p>'
             '</div></div>')
    player = {"version": 3, "autoplay": False, "lang": "de", "documentId": a["docid"],
              "media": renditions(a.get("media", [])), "stats": {"site": "wlr-online", "chapter": a["ressort"]},
              "ui": {"skin": "wlr-2021", "controls": ["play", "progress", "time", "volume", "subtitles", "quality", "fullscreen", "share"],
                     "labels": {"play": "Abspielen", "pause": "Pause", "mute": "Ton aus", "unmute": "Ton an", "fullscreen": "Vollbild",
                                "subtitles": "Untertitel", "quality": "Qualität", "share": "Teilen", "replay": "Nochmal abspielen"}}}
    h.append('</div></div>')
    h.append(FOOT_JS % {"player": _json.dumps(player, ensure_ascii=False), "docid": a["docid"]})
    h.append('</body>')
    h.append('</html>')
    return "\n".join(h), blocks


# ---------------------------------------------------------------- articles

def d(y, mo, da, hh, mi, tz):
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)


LB_DAY = (2025, 10, 23)


def lb(hh, mi):
    return d(*LB_DAY, hh, mi, MESZ)


ARTICLES = [
    # ------------------------------------------------------------ 01: live blog
    dict(
        id="weserland-rundfunk-01", seed=1, live=True, upd_style="live", ld_author="newsroom",
        url=f"{HOST}/nachrichten/niedersachsen/liveblog-sturmtief-henrike-weserland,liveblog-sturm-1732.html",
        docid="liveblog-sturm-1732", ressort="niedersachsen", region="niedersachsen", level2="nachrichten", nav="nachrichten",
        section="Niedersachsen", kicker="Sturmtief im Weserland",
        headline="Sturmtief „Henrike“: Bäume auf Gleisen, Zugverkehr im Weserland eingestellt",
        title="Sturmtief „Henrike“: Bäume auf Gleisen, Zugverkehr im Weserland eingestellt",
        og_title="Liveblog: Sturmtief „Henrike“ legt Zugverkehr im Weserland lahm",
        desc="Orkanböen, gesperrte Strecken, geschlossene Schulen: Die Entwicklungen rund um Sturmtief Henrike im Liveblog.",
        keywords=["Sturm", "Unwetter", "Niedersachsen", "Bremen", "Bahnverkehr"],
        img="sturm-rinteln-baum-100", event="Sturmtief Henrike",
        pub=lb(6, 12), upd=lb(17, 48), coverage_end=lb(22, 0),
        authors=["Jana Brüggemann", "Tobias Reinecke"],
        crumbs=[("Startseite", "/"), ("Nachrichten", "/nachrichten/index.html"),
                ("Niedersachsen", "/nachrichten/niedersachsen/index.html"), ("Liveblog Sturmtief", "/nachrichten/niedersachsen/liveblog-sturmtief-henrike-weserland,liveblog-sturm-1732.html")],
        teaser=("Orkanböen mit bis zu 131 Kilometern pro Stunde haben am Donnerstag im Weserland für zahlreiche Einsätze gesorgt. "
                "Der Regionalverkehr auf der Schiene ruht, in mehreren Landkreisen fiel der Unterricht aus. Die Entwicklungen im Liveblog zum Nachlesen."),
        program=("WLR Fernsehen", "Weserland am Abend", lb(19, 30)),
        media=[{"id": "sturm-lage-ueberblick-112", "type": "video", "duration": 134}],
        related=[("Unwetterwarnung: So schützen Sie Haus und Garten vor Sturmschäden", 1),
                 ("Wetterdienste warnen vor schwerem Herbststurm an der Küste", 1),
                 ("Nach Sturmschäden: Wer zahlt, wenn der Baum des Nachbarn aufs Auto fällt?", 9),
                 ("Pegelstände an der Weser: Hier finden Sie aktuelle Werte", 30)],
        parts=[
            ("summary", "Das Wichtigste in Kürze", [
                "Mehr als 1.400 Feuerwehreinsätze seit dem frühen Morgen, elf Verletzte",
                "WeserTakt stellt den Zugverkehr bis Freitag, 6 Uhr, ein",
                "Rund 9.000 Haushalte zeitweise ohne Strom",
                "Unterricht soll am Freitag wieder regulär stattfinden"]),
            ("entry", lb(17, 48), "Feuerwehren ziehen erste Bilanz", [
                ("p", "Die Feuerwehren im Weserland sind seit dem frühen Morgen zu mehr als 1.400 Einsätzen ausgerückt. Das teilte die "
                      "Leitstelle Mittelweser am Abend mit. In den meisten Fällen ging es um umgestürzte Bäume, lose Dachziegel und vollgelaufene Keller."),
                ("p", "Kreisbrandmeister Jörg Hollmann sprach von einem „langen, aber insgesamt glimpflichen Tag“. Verletzt wurden nach bisherigem "
                      "Stand elf Menschen, zwei von ihnen schwer. „Dass niemand ums Leben gekommen ist, verdanken wir auch den vielen Menschen, "
                      "die heute zu Hause geblieben sind“, sagte Hollmann dem WLR."),
            ], True),
            ("entry", lb(17, 20), None, [
                ("p", "Der Wind lässt allmählich nach. Nach Einschätzung von Meteorologe Hauke Ostermann vom Wetterdienst Windkante zieht das "
                      "Sturmfeld bis zum späten Abend in Richtung Sachsen-Anhalt ab. In der Nacht seien im Bergland zwar noch einzelne stürmische "
                      "Böen möglich, Orkanstärke werde aber nicht mehr erreicht."),
            ], False),
            ("entry", lb(16, 55), "Zugverkehr bleibt bis Freitagmorgen eingestellt", [
                ("p", "Die Regionalbahngesellschaft WeserTakt lässt ihre Züge bis Freitag, 6 Uhr, in den Depots. Auf mehreren Strecken lägen noch "
                      "Bäume im Gleis, an zwei Stellen sei die Oberleitung beschädigt, sagte Unternehmenssprecher Malte Grünewald. Fahrgäste sollten "
                      "sich vor Fahrtantritt in der App über den aktuellen Stand informieren."),
                ("p", "Ein Ersatzverkehr mit Bussen sei wegen der vielen gesperrten Straßen derzeit nicht möglich. Fahrkarten für Donnerstag "
                      "behalten laut WeserTakt bis einschließlich Sonntag ihre Gültigkeit."),
            ], True),
            ("entry", lb(16, 10), "Schulen: Unterricht am Freitag soll regulär stattfinden", [
                ("p", "Nach dem sturmbedingten Unterrichtsausfall sollen Schülerinnen und Schüler am Freitag wieder in die Schulen gehen. Das "
                      "kündigte die Schulbehörde am Nachmittag an. Ausnahmen könne es für einzelne Gebäude geben, deren Dächer oder Schulhöfe "
                      "beschädigt wurden, sagte Sprecherin Anke Vollmers. Betroffene Eltern würden bis 20 Uhr über die Schulen informiert."),
            ], False),
            ("entry", lb(15, 32), None, [
                ("fig", "sturm-rinteln-baum-100", "Ein entwurzelter Baum blockiert in Rinteln eine Zufahrtsstraße.", "Bild: WLR/Svenja Kück"),
                ("p", "Viele Leserinnen und Leser haben uns Fotos geschickt. In Rinteln etwa ist am Mittag eine rund 30 Meter hohe Buche auf eine "
                      "Zufahrtsstraße gestürzt. Die Feuerwehr war mit zwei Motorsägentrupps im Einsatz, verletzt wurde niemand."),
            ], False),
            ("entry", lb(14, 47), "Stromausfall in rund 9.000 Haushalten", [
                ("p", "Im Landkreis Schaumburg und im südlichen Teil des Landkreises Nienburg sind zeitweise rund 9.000 Haushalte ohne Strom "
                      "gewesen. Nach Angaben der Netzgesellschaft Oberweser wurden mehrere Mittelspannungsleitungen durch herabstürzende Äste "
                      "beschädigt. Techniker seien im Einsatz, bis zum Abend solle der Großteil der Kunden wieder versorgt sein."),
            ], False),
            ("entry", lb(13, 30), "Baum stürzt auf Auto – Fahrerin schwer verletzt", [
                ("p", "Auf einer Landstraße zwischen Stolzenau und Leese ist ein Baum auf ein fahrendes Auto gestürzt. Die 54 Jahre alte Fahrerin "
                      "wurde schwer verletzt und mit einem Rettungshubschrauber in eine Klinik gebracht, wie die Polizei mitteilte. Die Straße "
                      "bleibt voraussichtlich bis zum Abend gesperrt."),
            ], True),
            ("entry", lb(12, 50), "Reisende stranden in Bremen und Minden", [
                ("p", "In den Bahnhöfen von Bremen und Minden warten Hunderte Reisende auf Informationen. Die Bahnhofsmission in Bremen hat "
                      "zusätzliche Helferinnen und Helfer eingesetzt und verteilt Tee und Decken. „Viele wissen nicht, wie sie heute noch nach "
                      "Hause kommen sollen“, sagte Leiterin Christa Meinders."),
                ("p", "WeserTakt hat in beiden Städten Aufenthaltszüge bereitgestellt, in denen Fahrgäste warten können. Hotels in der Nähe der "
                      "Bahnhöfe melden eine hohe Nachfrage, einige haben ihre Preise für die Nacht nach eigenen Angaben gesenkt."),
            ], True),
            ("entry", lb(12, 15), None, [
                ("p", "Auf der Unterweser ruht der Fährverkehr. Die Betreiber haben alle Verbindungen bis auf Weiteres eingestellt, weil der "
                      "Wellengang zu hoch ist. Wer zwischen den Ufern pendelt, muss große Umwege über Tunnel und Brücken in Kauf nehmen."),
            ], False),
            ("entry", lb(11, 2), "Parks und Friedhöfe in Bremen geschlossen", [
                ("p", "In Bremen bleiben viele Parks und Friedhöfe vorsorglich geschlossen. Wegen der Gefahr durch herabfallende Äste sollen "
                      "Bürgerinnen und Bürger Grünanlagen und Alleen meiden, sagte ein Sprecher des Ordnungsamts. Auch der Wochenmarkt auf dem "
                      "Domshof wurde abgesagt."),
            ], False),
            ("entry", lb(10, 20), "Dachziegel in der Hamelner Altstadt", [
                ("p", "In Hameln hat der Sturm am Vormittag mehrere Dächer in der Altstadt beschädigt. Ziegel stürzten in die Fußgängerzone, "
                      "die Polizei sperrte Teile der Bäckerstraße ab. Ein Passant wurde von einem herabfallenden Schild leicht am Arm verletzt."),
                ("p", "Die Stadt hat den Wochenmarkt abgebrochen und die Händler gebeten, ihre Stände abzubauen. Auch die Fähre über die Weser "
                      "bei Grohnde hat den Betrieb eingestellt."),
            ], False),
            ("entry", lb(9, 40), "Orkanböen an der Küste gemessen", [
                ("p", "Die bislang stärkste Böe wurde nach Angaben des Wetterdienstes Windkante in Cuxhaven gemessen: 131 Kilometer pro Stunde. "
                      "Im Binnenland erreichte der Wind in Bremen bis zu 112 und in Minden bis zu 104 Kilometer pro Stunde."),
            ], False),
            ("entry", lb(8, 15), None, [
                ("p", "Auf den Autobahnen in der Region kommt es zu erheblichen Behinderungen. Zwischen Bremen und Osnabrück ist eine Fahrspur "
                      "wegen eines umgestürzten Baumes gesperrt, der Verkehr staut sich auf mehreren Kilometern. Die Polizei rät, Fahrten "
                      "möglichst zu verschieben."),
            ], False),
            ("entry", lb(7, 5), "Unterricht fällt vielerorts aus", [
                ("p", "In den Landkreisen Nienburg, Schaumburg und Diepholz fällt der Unterricht heute aus. Die Schulen bieten eine "
                      "Notbetreuung für Kinder bis Klasse 6 an. Auch mehrere Kindertagesstätten bleiben geschlossen."),
            ], False),
            ("entry", lb(6, 12), "Guten Morgen", [
                ("p", "Guten Morgen aus dem Newsroom in Bremen. Sturmtief „Henrike“ erreicht das Weserland, für den Tagesverlauf werden "
                      "Orkanböen erwartet. In diesem Liveblog halten wir Sie über Ausfälle, Sperrungen und Einsätze auf dem Laufenden."),
            ], False),
        ],
        entities=[("Henrike", "MISC"), ("Weserland", "LOC"), ("WeserTakt", "ORG"), ("Leitstelle Mittelweser", "ORG"),
                  ("Jörg Hollmann", "PER"), ("Hollmann", "PER"), ("WLR", "ORG"), ("Hauke Ostermann", "PER"),
                  ("Wetterdienst Windkante", "ORG"), ("Wetterdienstes Windkante", "ORG"), ("Sachsen-Anhalt", "LOC"),
                  ("Malte Grünewald", "PER"), ("Anke Vollmers", "PER"), ("Rinteln", "LOC"), ("Landkreis Schaumburg", "LOC"),
                  ("Schaumburg", "LOC"), ("Nienburg", "LOC"), ("Netzgesellschaft Oberweser", "ORG"), ("Stolzenau", "LOC"),
                  ("Leese", "LOC"), ("Unterweser", "LOC"), ("Bremen", "LOC"), ("Domshof", "LOC"), ("Cuxhaven", "LOC"),
                  ("Minden", "LOC"), ("Osnabrück", "LOC"), ("Diepholz", "LOC"), ("Christa Meinders", "PER"), ("Hameln", "LOC"),
                  ("Hamelner", "MISC"), ("Bäckerstraße", "LOC"), ("Weser", "LOC"), ("Grohnde", "LOC")],
        phenomena=["live-blog-entries", "updated-date", "localized-date", "local-time-zone", "json-ld", "nav-menu",
                   "footer-links", "share-bar", "cookie-banner", "subheadings", "kicker", "standfirst", "multiple-authors",
                   "list-in-body", "photo-caption", "related-list", "most-read", "tag-list", "decoy-date"],
        notes="Entry times are left out of the body; the 'Das Wichtigste in Kürze' key-points box is kept as optional heading and list items; the JSON-LD author is the newsroom, the byline names two reporters.",
    ),
    # ------------------------------------------------------------ 02: correction note, pull quote, author bio
    dict(
        id="weserland-rundfunk-02", seed=2,
        url=f"{HOST}/nachrichten/niedersachsen/weserbergland/fernwaerme-holzminden-preise-steigen,fernwaerme-holzminden-104.html",
        docid="fernwaerme-holzminden-104", ressort="wirtschaft", region="weserbergland", level2="nachrichten", nav="nachrichten",
        section="Wirtschaft", kicker="Energiepreise",
        headline="Fernwärme in Holzminden: Kunden sollen 38 Prozent mehr zahlen",
        title="Fernwärme in Holzminden: Kunden sollen 38 Prozent mehr zahlen",
        og_title="Fernwärme in Holzminden: Kunden sollen 38 Prozent mehr zahlen",
        desc="Der Versorger Wärmenetz Oberweser erhöht zum 1. April seine Preise drastisch. Die Stadt prüft einen Härtefallfonds.",
        keywords=["Fernwärme", "Energiepreise", "Holzminden", "Weserbergland", "Verbraucher"],
        img="heizkraftwerk-holzminden-102",
        pub=d(2022, 3, 14, 8, 31, MEZ), upd=d(2022, 3, 14, 15, 10, MEZ),
        authors=["Lea Hinrichs"], studio="Studio Hameln",
        crumbs=[("Startseite", "/"), ("Nachrichten", "/nachrichten/index.html"), ("Niedersachsen", "/nachrichten/niedersachsen/index.html"),
                ("Weserbergland", "/nachrichten/niedersachsen/weserbergland/index.html"), ("Fernwärme in Holzminden", "/nachrichten/niedersachsen/weserbergland/fernwaerme-holzminden-preise-steigen,fernwaerme-holzminden-104.html")],
        teaser=("Der Versorger Wärmenetz Oberweser erhöht zum 1. April seine Preise drastisch. Mieter und Eigentümer reagieren empört, "
                "die Stadt prüft Hilfen für Haushalte mit geringem Einkommen."),
        audio=("audio-fernwaerme-holzminden-110", "Regional-Report Weserbergland, 3:12 Min"),
        program=("WLR Fernsehen", "Regional-Report Weserbergland", d(2022, 3, 14, 19, 30, MEZ)),
        media=[{"id": "audio-fernwaerme-holzminden-110", "type": "audio", "duration": 192}],
        newsletter=True,
        bio=("Lea Hinrichs", "Lea Hinrichs berichtet seit 2016 für den Weserland-Rundfunk aus dem Studio Hameln über Wirtschaft, Energie "
             "und Kommunalpolitik im Weserbergland. Zuvor volontierte sie bei einer Tageszeitung in Ostwestfalen.", "lea-hinrichs"),
        related=[("Heizkosten: Was Mieter bei der Nebenkostenabrechnung prüfen sollten", 4),
                 ("Gaspreise: Stadtwerke in der Region erhöhen Abschläge", 19),
                 ("Großwärmepumpe an der Weser: Pläne für Holzminden werden konkreter", 61),
                 ("Wohngeld: Zahl der Anträge im Weserbergland gestiegen", 88)],
        parts=[
            ("p", "Rund 4.200 Haushalte in Holzminden müssen sich auf deutlich höhere Heizkosten einstellen. Die Wärmenetz Oberweser GmbH "
                  "hebt den Arbeitspreis für Fernwärme zum 1. April von 9,8 auf 13,5 Cent pro Kilowattstunde an. Das entspricht einem Plus "
                  "von rund 38 Prozent. Für eine durchschnittliche Dreizimmerwohnung rechnet der Versorger mit Mehrkosten von etwa 320 Euro im Jahr."),
            ("p", "Geschäftsführer Frank Wittkopp begründete den Schritt mit den gestiegenen Einkaufspreisen für Erdgas, mit dem das "
                  "Heizkraftwerk am Stadtrand überwiegend betrieben wird. „Wir haben die Preise über viele Monate abgefedert. Das können wir "
                  "nicht länger tun, ohne das Unternehmen zu gefährden“, sagte Wittkopp dem WLR."),
            ("h", "Initiative: „Viele wissen nicht, wie sie das bezahlen sollen“"),
            ("p", "Bei der Initiative Faires Wohnen stehen seit Bekanntwerden der Pläne die Telefone kaum still. „Viele wissen schlicht nicht, "
                  "wie sie das bezahlen sollen“, sagt Sprecherin Birgit Lohmeyer. Besonders betroffen seien ältere Menschen in den großen "
                  "Wohnanlagen im Norden der Stadt, die vor rund 40 Jahren an das Netz angeschlossen wurden und keine Alternative hätten."),
            ("pull", "Wir haben die Preise über viele Monate abgefedert. Das können wir nicht länger tun, ohne das Unternehmen zu gefährden.",
             "Frank Wittkopp, Geschäftsführer"),
            ("p", "Anders als bei Gas oder Strom können Fernwärmekunden ihren Anbieter nicht wechseln. Die Verträge laufen in der Regel über "
                  "zehn Jahre, ein Anschlusszwang ist in vielen Bebauungsplänen festgeschrieben. Lohmeyer fordert deshalb, die Erhöhung in "
                  "zwei Stufen umzusetzen und Härtefälle abzufedern."),
            ("h", "Stadt prüft Härtefallfonds"),
            ("p", "Bürgermeisterin Katrin Seelhorst kündigte an, einen Härtefallfonds zu prüfen. Denkbar sei ein Zuschuss von bis zu 200 Euro "
                  "für Haushalte, die Wohngeld beziehen oder knapp über der Einkommensgrenze liegen. „Niemand soll im nächsten Winter in einer "
                  "kalten Wohnung sitzen“, sagte Seelhorst. Über das Geld müsse allerdings der Stadtrat entscheiden, der am 28. März tagt."),
            ("p", "Die Stadt ist mit 25,1 Prozent an der Wärmenetz Oberweser beteiligt, hat nach eigenen Angaben aber keinen Einfluss auf die "
                  "Preisgestaltung. Mehrheitseigner ist ein Energiedienstleister aus Hannover."),
            ("p", "Wittkopp verweist darauf, dass der Versorger bis 2030 rund 18 Millionen Euro in eine Großwärmepumpe an der Weser und in "
                  "eine Holzhackschnitzel-Anlage investieren will. Dann sinke der Gasanteil von heute 85 auf unter 30 Prozent. „Langfristig "
                  "ist das der einzige Weg zu stabilen Preisen“, sagte er."),
            ("h", "Was Kundinnen und Kunden jetzt tun können"),
            ("ul", ["Abschlagszahlungen prüfen und gegebenenfalls freiwillig erhöhen, um hohe Nachzahlungen zu vermeiden",
                    "Die Preisanpassungsklausel im Vertrag von einer Verbraucherberatung prüfen lassen",
                    "Bei geringem Einkommen einen Antrag auf Wohngeld oder einen Heizkostenzuschuss stellen"]),
            ("p", "Die Initiative Faires Wohnen bietet am kommenden Samstag von 10 bis 14 Uhr eine offene Sprechstunde im Bürgerhaus an. "
                  "Eine Anmeldung ist nicht nötig."),
            ("note", "In einer früheren Version dieses Artikels hieß es, die Preiserhöhung gelte ab dem 1. März. Richtig ist, dass die neuen "
                     "Preise ab dem 1. April gelten. Wir haben die Stelle korrigiert."),
        ],
        entities=[("Holzminden", "LOC"), ("Wärmenetz Oberweser GmbH", "ORG"), ("Wärmenetz Oberweser", "ORG"),
                  ("Frank Wittkopp", "PER"), ("Wittkopp", "PER"), ("WLR", "ORG"), ("Initiative Faires Wohnen", "ORG"),
                  ("Birgit Lohmeyer", "PER"), ("Lohmeyer", "PER"), ("Katrin Seelhorst", "PER"), ("Seelhorst", "PER"),
                  ("Hannover", "LOC"), ("Weser", "LOC")],
        phenomena=["correction-note", "pull-quote", "author-bio", "split-body", "updated-date", "localized-date", "local-time-zone", "json-ld",
                   "nav-menu", "footer-links", "share-bar", "cookie-banner", "subheadings", "kicker", "standfirst", "list-in-body",
                   "newsletter-box", "related-list", "most-read", "tag-list", "decoy-date"],
        notes="The pull quote repeats Wittkopp's quote and is optional; the correction note is kept as an optional note block. Adjudicated after the second annotation: the pull quote's attribution line ('Frank Wittkopp, Geschäftsführer') is not part of the pull-quote block and is not annotated (GUIDELINES 7.1, 8).",
    ),
    # ------------------------------------------------------------ 03: registration teaser
    dict(
        id="weserland-rundfunk-03", seed=3, paywall=True, ld_author="none", created=d(2019, 6, 4, 16, 40, MESZ),
        url=f"{HOST}/nachrichten/recherche/pflegeheime-lindenkamp-dienstplaene-vorwuerfe,recherche-lindenkamp-100.html",
        docid="recherche-lindenkamp-100", ressort="recherche", region="niedersachsen", level2="recherche", nav="nachrichten",
        section="WLR Recherche", kicker="WLR Recherche",
        headline="Dienstpläne ohne Personal: Schwere Vorwürfe gegen Pflegeheimbetreiber Lindenkamp",
        title="Dienstpläne ohne Personal: Schwere Vorwürfe gegen Pflegeheimbetreiber Lindenkamp",
        og_title="Dienstpläne ohne Personal: Schwere Vorwürfe gegen Pflegeheimbetreiber Lindenkamp",
        desc="Ehemalige Beschäftigte berichten von Nachtschichten mit einer einzigen Fachkraft für mehr als 60 Bewohner. Eine Recherche des WLR.",
        keywords=["Pflege", "Pflegeheime", "WLR Recherche", "Ostfriesland", "Emsland"],
        img="pflegeheim-flur-nacht-100",
        pub=d(2019, 6, 5, 18, 0, MESZ),
        authors=["Merle Dirks", "Ole Brandt"],
        crumbs=[("Startseite", "/"), ("Nachrichten", "/nachrichten/index.html"), ("WLR Recherche", "/nachrichten/recherche/index.html"),
                ("Vorwürfe gegen Pflegeheimbetreiber", "/nachrichten/recherche/pflegeheime-lindenkamp-dienstplaene-vorwuerfe,recherche-lindenkamp-100.html")],
        teaser=("Ehemalige Beschäftigte berichten von Nachtschichten mit einer einzigen Fachkraft für mehr als 60 Bewohner. Interne "
                "Unterlagen, die dem WLR vorliegen, stützen ihre Aussagen. Das Unternehmen weist die Vorwürfe zurück."),
        program=("WLR Fernsehen", "WLR Recherche: Pflege auf dem Papier", d(2019, 6, 5, 21, 45, MESZ)),
        media=[{"id": "recherche-pflege-trailer-101", "type": "video", "duration": 58}],
        hint="Haben Sie Hinweise zu diesem Thema? Das Rechercheteam des Weserland-Rundfunks ist vertraulich erreichbar über recherche@weserland-rundfunk.example.",
        related=[("Pflegenotstand: Heime in Niedersachsen suchen Hunderte Fachkräfte", 12),
                 ("Heimaufsicht: Zahl der unangemeldeten Kontrollen gesunken", 40),
                 ("Pflegekosten: Eigenanteil steigt erneut deutlich", 75)],
        parts=[
            ("p", "Es ist kurz nach zwei Uhr nachts, als Sabine K. den Notruf wählt. Eine Bewohnerin ist im Flur gestürzt, ein anderer "
                  "Bewohner ruft seit einer halben Stunde nach Hilfe. Sabine K. ist in dieser Nacht die einzige examinierte Pflegekraft im "
                  "Haus – zuständig für 62 Menschen auf drei Etagen. „Ich wusste nicht, zu wem ich zuerst laufen soll“, sagt sie heute."),
            ("p", "Die Altenpflegerin, die ihren vollen Namen nicht in den Medien lesen möchte, hat bis zum vergangenen Herbst in einem "
                  "Pflegeheim der Lindenkamp-Gruppe in Leer gearbeitet. Sie ist nicht die Einzige, die solche Nächte beschreibt. Ein "
                  "Rechercheteam des WLR hat in den vergangenen vier Monaten mit 23 ehemaligen und aktuellen Beschäftigten aus sieben "
                  "Einrichtungen des Unternehmens in Ostfriesland und im Emsland gesprochen."),
            ("p", "Ihre Schilderungen ähneln sich: Dienstpläne, in denen Pflegekräfte eingetragen sind, die an diesem Tag gar nicht arbeiten. "
                  "Hilfskräfte, die Medikamente verteilen, obwohl sie dafür nicht ausgebildet sind. Und Heimleitungen, die vor angekündigten "
                  "Kontrollen Personal aus anderen Häusern zusammenziehen."),
            ("h", "Interne Unterlagen stützen die Aussagen"),
            ("p", "Dem WLR liegen Dienstpläne aus drei Häusern für den Zeitraum von Januar 2018 bis März 2019 vor. Ein Abgleich mit "
                  "Stempelzeiten, die Beschäftigte aufbewahrt haben, zeigt: In mindestens 140 Nachtschichten war die vorgeschriebene "
                  "Besetzung nur auf dem Papier erfüllt."),
            ("p", "Die Lindenkamp Pflege GmbH mit Sitz in Oldenburg betreibt nach eigenen Angaben 19 Einrichtungen mit rund 1.600 Plätzen "
                  "in Niedersachsen. Auf Anfrage wies eine Sprecherin die Vorwürfe zurück. Die Personalschlüssel würden „in allen Häusern "
                  "jederzeit eingehalten“, einzelne kurzfristige Ausfälle würden „umgehend kompensiert“."),
            ("more", [("Pflegenotstand: Heime in Niedersachsen suchen Hunderte Fachkräfte", "/nachrichten/niedersachsen/pflegenotstand-heime,pflege-4120.html"),
                      ("Heimaufsicht: Zahl der unangemeldeten Kontrollen gesunken", "/nachrichten/niedersachsen/heimaufsicht-kontrollen,pflege-4157.html")]),
        ],
        locked=[
            ("h", "„Auf dem Papier war alles in Ordnung“"),
            ("p", "Ein ehemaliger Wohnbereichsleiter, der bis Anfang 2019 in einem Haus im Emsland tätig war, beschreibt das Vorgehen so: Kurz "
                  "vor Monatsende seien die Dienstpläne für die Heimaufsicht „bereinigt“ worden. Namen von Kolleginnen, die krank oder im "
                  "Urlaub waren, seien stehen geblieben, Lücken mit Aushilfen aus anderen Häusern gefüllt worden, die nie vor Ort gewesen "
                  "seien. „Auf dem Papier war alles in Ordnung“, sagt er."),
            ("p", "Mehrere Beschäftigte berichten zudem, sie seien angewiesen worden, Pflegedokumentationen nachträglich zu ergänzen. Eine "
                  "Pflegehelferin aus Leer zeigte dem WLR Chatnachrichten ihrer damaligen Vorgesetzten, in denen es heißt, die Einträge zur "
                  "Lagerung bettlägeriger Bewohner müssten „bis Freitag lückenlos“ sein – für Schichten, die bereits Wochen zurücklagen."),
            ("h", "Heimaufsicht kündigt Prüfung an"),
            ("p", "Das zuständige Landesamt bestätigte auf Anfrage, dass in den vergangenen zwei Jahren mehrere Beschwerden über "
                  "Einrichtungen der Lindenkamp-Gruppe eingegangen seien. Bei angemeldeten Kontrollen hätten sich die Vorwürfe jedoch nicht "
                  "bestätigt. Nach den Recherchen des WLR will die Behörde nun unangemeldete Nachtkontrollen in drei Häusern vornehmen."),
            ("p", "Der Pflegewissenschaftler Torsten Eilers von der Hochschule Weserbergland hält die geschilderten Zustände für gefährlich. "
                  "„Eine Fachkraft für mehr als 60 Menschen in der Nacht bedeutet, dass im Notfall schlicht niemand da ist“, sagt er. Stürze, "
                  "Austrocknung und Druckgeschwüre seien typische Folgen einer dauerhaften Unterbesetzung."),
            ("p", "Nach Angaben von Beschäftigten wurden Pflegekräfte, die sich über die Zustände beschwerten, mehrfach in andere Häuser versetzt. "
                  "Eine frühere Stationsleitung berichtet, sie habe nach einer schriftlichen Überlastungsanzeige binnen zwei Wochen eine neue "
                  "Einsatzplanung erhalten – mit Schichten in einem Haus, das 50 Kilometer von ihrem Wohnort entfernt liegt."),
            ("p", "Die Gewerkschaft der Pflegeberufe in Niedersachsen forderte nach den Recherchen verbindliche Personalschlüssel für Nachtdienste, "
                  "die bei unangemeldeten Kontrollen überprüft werden. „Was auf dem Papier steht, muss auch um zwei Uhr nachts auf dem Flur stehen“, "
                  "sagte eine Sprecherin."),
            ("p", "Angehörige von Bewohnerinnen und Bewohnern erfahren von solchen Engpässen oft nur zufällig. Die Tochter einer 87-jährigen "
                  "Bewohnerin in Leer berichtet, sie habe ihre Mutter mehrfach am Morgen in durchnässter Kleidung vorgefunden. Auf ihre "
                  "Beschwerden habe die Heimleitung mit dem Hinweis reagiert, es habe „einen krankheitsbedingten Ausfall“ gegeben."),
            ("p", "Die Lindenkamp-Gruppe kündigte an, die Vorwürfe intern prüfen zu lassen. Man nehme „jeden Hinweis ernst“, erklärte die "
                  "Sprecherin. Zu konkreten Fragen nach den Dienstplänen und den Chatnachrichten äußerte sich das Unternehmen bis zur "
                  "Veröffentlichung nicht."),
        ],
        entities=[("Lindenkamp", "ORG"), ("WLR", "ORG"), ("Sabine K.", "PER"), ("Lindenkamp-Gruppe", "ORG"), ("Leer", "LOC"),
                  ("Ostfriesland", "LOC"), ("Emsland", "LOC"), ("Lindenkamp Pflege GmbH", "ORG"), ("Oldenburg", "LOC"),
                  ("Niedersachsen", "LOC"), ("Torsten Eilers", "PER"), ("Hochschule Weserbergland", "ORG")],
        phenomena=["paywall-teaser", "inline-related", "teasers-in-article", "split-body", "localized-date", "local-time-zone", "json-ld", "nav-menu", "footer-links", "share-bar",
                   "cookie-banner", "subheadings", "kicker", "standfirst", "multiple-authors", "related-list", "most-read",
                   "tag-list", "decoy-date"],
        notes="Registration wall: the gold holds the free paragraphs and the locked remainder that the page ships in the hidden 'wlr-paywall__locked' container (GUIDELINES 7.5); the contact hint below the wall and the 'Mehr zum Thema' box are not body; meta 'date' holds the document's creation (2019-06-04 16:40), the visible 'Stand' (5. Juni 2019, 18:00 Uhr) is gold.",
    ),
    # ------------------------------------------------------------ 04: next article appended
    dict(
        id="weserland-rundfunk-04", seed=4,
        url=f"{HOST}/nachrichten/wissen/mikroplastik-weser-studie-klaeranlagen,mikroplastik-weser-100.html",
        docid="mikroplastik-weser-100", ressort="wissen", region="niedersachsen", level2="nachrichten", nav="nachrichten",
        section="Wissen & Umwelt", kicker="Umwelt",
        headline="Mikroplastik in der Weser: Hohe Werte unterhalb von Kläranlagen gemessen",
        title="Studie: Mehr Mikroplastik in der Weser als erwartet | WLR",
        og_title="Studie: Mehr Mikroplastik in der Weser als erwartet",
        desc="Forscher haben an 14 Messstellen entlang der Weser Mikroplastik gezählt. Die höchsten Werte fanden sie unterhalb von Kläranlagen.",
        keywords=["Umwelt", "Weser", "Mikroplastik", "Wasser", "Forschung"],
        img="weser-probenahme-boot-100",
        pub=d(2017, 8, 9, 11, 20, MESZ),
        authors=["Henning Ahlers"],
        crumbs=[("Startseite", "/"), ("Nachrichten", "/nachrichten/index.html"), ("Wissen & Umwelt", "/nachrichten/wissen/index.html"),
                ("Mikroplastik in der Weser", "/nachrichten/wissen/mikroplastik-weser-studie-klaeranlagen,mikroplastik-weser-100.html")],
        media=[{"id": "mikroplastik-probenahme-103", "type": "video", "duration": 151}],
        related=[("Nitrat im Grundwasser: Messwerte an vielen Stellen zu hoch", 21),
                 ("Lachse sollen in die Oberweser zurückkehren", 57),
                 ("Kläranlage bekommt vierte Reinigungsstufe", 140)],
        parts=[
            ("p", "Forscherinnen und Forscher des Instituts für Gewässerkunde Minden haben in der Weser deutlich mehr Mikroplastik gefunden "
                  "als bislang angenommen. An 14 Messstellen zwischen Hann. Münden und Bremen entnahm das Team über ein Jahr hinweg Wasser- "
                  "und Sedimentproben. Die höchsten Konzentrationen fanden sich jeweils wenige Kilometer unterhalb großer Kläranlagen."),
            ("video", "mikroplastik-probenahme-103", "So entnehmen die Forscher Proben aus dem Fluss", "2:31"),
            ("p", "„Wir haben mit erhöhten Werten gerechnet, aber nicht in dieser Größenordnung“, sagt Projektleiterin Ricarda Vössing. "
                  "Im Schnitt zählte das Team 41 Partikel pro Kubikmeter Flusswasser; unterhalb der Einleitungen waren es teils mehr als "
                  "dreimal so viele."),
            ("h", "Textilfasern und Reifenabrieb"),
            ("p", "Den größten Anteil machen nach der Analyse Fasern aus synthetischen Textilien aus, die beim Waschen in das Abwasser "
                  "gelangen. An zweiter Stelle folgen Partikel aus Reifenabrieb, die bei Regen von Straßen in die Kanalisation gespült werden. "
                  "Kläranlagen halten zwar einen Großteil zurück, aber eben nicht alles."),
            ("table", "Ausgewählte Messstellen (Mittelwerte August 2016 bis Juli 2017)", [
                ["Messstelle", "Partikel pro Kubikmeter Wasser", "Partikel pro Kilogramm Sediment"],
                ["Hann. Münden", "18", "210"],
                ["Hameln, unterhalb Kläranlage", "96", "1.140"],
                ["Minden", "44", "530"],
                ["Nienburg", "39", "470"],
                ["Bremen-Hemelingen", "127", "1.380"]]),
            ("more", [("Nitrat im Grundwasser: Messwerte an vielen Stellen zu hoch", "/nachrichten/wissen/nitrat-grundwasser,umwelt-4120.html")]),
            ("p", "Ob die gemessenen Mengen für Fische und andere Lebewesen im Fluss gefährlich sind, lässt sich nach Angaben der Forscher "
                  "noch nicht sagen. Dazu fehlten belastbare Langzeitstudien. Fest stehe aber, dass die Partikel in die Nahrungskette "
                  "gelangen: In den Mägen von Flussbarschen fand das Team bei jedem dritten Tier Kunststoffteile."),
            ("h", "Klärwerksbetreiber: Nachrüstung ist teuer"),
            ("p", "Eine vierte Reinigungsstufe, die auch feinste Partikel herausfiltert, gibt es bislang nur in wenigen Anlagen an der Weser. "
                  "Die Nachrüstung einer mittelgroßen Kläranlage koste zwischen acht und zwölf Millionen Euro, sagt Ulf Brinkmann, technischer "
                  "Leiter der Abwasserbetriebe Weserbogen. „Ohne Förderung ist das für die Gebührenzahler nicht zu stemmen.“"),
            ("p", "Vössing plädiert dafür, stärker an der Quelle anzusetzen. Filter in Waschmaschinen könnten einen Teil der Fasern "
                  "zurückhalten, ehe sie überhaupt ins Abwasser gelangen. Das Institut will seine Messungen im kommenden Jahr auf die "
                  "Nebenflüsse Aller und Leine ausweiten."),
        ],
        next=dict(
            url=f"{HOST}/nachrichten/niedersachsen/biber-hunte-burg-entdeckt,biber-hunte-100.html", docid="biber-hunte-100",
            kicker="Natur", headline="Biber an der Hunte: Naturschützer entdecken erste Burg seit Jahrzehnten",
            author="Nele Fründt", pub=d(2017, 8, 9, 9, 5, MESZ),
            teaser="Lange galt der Biber an der Hunte als verschwunden. Jetzt haben Ehrenamtliche bei Wildeshausen eine bewohnte Burg gefunden.",
            paras=["Angenagte Weiden am Ufer hatten die Ehrenamtlichen schon im Frühjahr stutzig gemacht. Bei einer Kanutour Anfang August "
                   "entdeckten Mitglieder des Naturschutzvereins Huntetal dann die Burg: einen gut zwei Meter hohen Haufen aus Ästen und "
                   "Schlamm, halb versteckt unter einer Uferböschung.",
                   "„Wir haben uns gefreut wie kleine Kinder“, sagt Vereinsvorsitzender Gerd Oltmanns. Wildkameras hätten inzwischen zwei "
                   "erwachsene Tiere und mindestens ein Jungtier aufgenommen. Vermutlich seien die Biber über die Weser eingewandert.",
                   "Der Verein bittet Kanufahrer, den Uferabschnitt in den kommenden Wochen zu meiden. Die genaue Lage der Burg soll "
                   "geheim bleiben, um die Tiere nicht zu stören."]),
        entities=[("Weser", "LOC"), ("Instituts für Gewässerkunde Minden", "ORG"), ("Hann. Münden", "LOC"), ("Bremen", "LOC"),
                  ("Ricarda Vössing", "PER"), ("Vössing", "PER"), ("Hameln", "LOC"), ("Minden", "LOC"), ("Nienburg", "LOC"),
                  ("Bremen-Hemelingen", "LOC"), ("Ulf Brinkmann", "PER"), ("Abwasserbetriebe Weserbogen", "ORG"),
                  ("Aller", "LOC"), ("Leine", "LOC")],
        phenomena=["next-article-appended", "title-differs-from-headline", "localized-date", "local-time-zone", "json-ld",
                   "nav-menu", "footer-links", "share-bar", "cookie-banner", "subheadings", "kicker", "table-in-body", "inline-video-teaser",
                   "inline-related", "teasers-in-article", "split-body",
                   "related-list", "most-read", "tag-list", "decoy-date"],
        notes="The appended next article (Biber an der Hunte, with its own h1 and date) is excluded; the table caption is an optional caption block.",
    ),
]


# Radio-news items show their age ("vor 3 Stunden"); the item template has no date meta and no JSON-LD
# dates, so the byline's <time datetime> is the only statement of the date.
RELATIVE = {'weserland-rundfunk-03': 'vor 3 Stunden'}


# Longer stories (realism wave: body length): one more section of reporting after the last paragraph of the
# served text (for 03 the free part before the registration wall, so the added text is visible; the locked
# remainder is unchanged). New people and places join the entity list.
MORE = {
    "weserland-rundfunk-03": ([
        ("h", "Steigende Umsätze, knappe Besetzung"),
        ("p", "Wirtschaftlich steht die Gruppe nach ihren veröffentlichten Jahresabschlüssen gut da. Der Umsatz stieg zwischen 2015 und "
              "2017 von 71 auf 88 Millionen Euro, im selben Zeitraum kamen vier Einrichtungen hinzu. Die Zahl der Vollzeitstellen in der "
              "Pflege wuchs dagegen nur um knapp sechs Prozent. Die Personalkosten machten zuletzt 58 Prozent des Umsatzes aus – deutlich "
              "weniger als im Branchendurchschnitt, den Fachleute bei etwa zwei Dritteln sehen."),
        ("p", "„Diese Zahlen allein beweisen nichts, aber sie passen zu dem, was die Beschäftigten erzählen“, sagt die Betriebswirtin "
              "Anke Roolfs, die für den WLR die Abschlüsse ausgewertet hat. Wer viele neue Häuser eröffne und zugleich bei den Stellen "
              "spare, gerate in der Nacht und am Wochenende schnell an Grenzen, weil dort ohnehin die wenigsten Kräfte eingeplant seien. "
              "Roolfs rät der Heimaufsicht, bei Kontrollen künftig auch die Lohnabrechnungen der Häuser einzusehen."),
        ("p", "Auch Bewerberinnen berichten von Lücken. Eine Pflegefachkraft aus Papenburg, die sich im Frühjahr 2019 in einem Haus der "
              "Gruppe vorstellte, erzählt, man habe ihr im Gespräch offen gesagt, sie werde „erst einmal allein die Nächte machen“. Sie "
              "lehnte das Angebot ab. Auf ihrer Internetseite sucht die Lindenkamp-Gruppe derzeit 46 Pflegefachkräfte."),
        ("p", "Der WLR hat dem Unternehmen einen Katalog mit 31 Fragen zu Dienstplänen, Stempelzeiten und Personalkosten geschickt. "
              "Die Sprecherin verwies zu den Finanzen auf die veröffentlichten Abschlüsse; die Frage, warum die Zahl der Stellen langsamer "
              "wächst als die Zahl der Plätze, ließ sie offen."),
    ], [("Anke Roolfs", "PER"), ("Roolfs", "PER"), ("Papenburg", "LOC")]),
}


def lengthened(a):
    """The story with its MORE section after the last paragraph of its served parts (unchanged without one)."""
    if a["id"] not in MORE:
        return a
    extra, entities = MORE[a["id"]]
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    return dict(a, parts=a["parts"][:last + 1] + extra + a["parts"][last + 1:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def build():
    for a in ARTICLES:
        a = lengthened(a)
        html_text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="de", headline=a["headline"],
            published=a["pub"].isoformat(), modified=a["upd"].isoformat() if a.get("upd") else None,
            authors=a["authors"], summary=a.get("teaser", ""), blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a.get("notes", ""))
        if (art.variant_of or art.id) in RELATIVE:
            art, html_text = relative_visible_date(art, html_text, RELATIVE[art.variant_of or art.id], drop_other_metadata=True)
        p = emit(art, html_text, "utf-8")
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    build()
