import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Kurier Krakowski (kurier-krakowski): an invented regional news site for Kraków and
Małopolska running on Drupal (node/field/region/block markup, drupalSettings JSON, the core
comment module, Views blocks, the metatag module's JSON-LD graph and a cookie-compliance
banner). The site was migrated from a legacy installation that still serves most article pages
in ISO-8859-2; its text filter writes typographic characters the charset lacks („ ” – …) as
named character references, on every page. Dates are written with Polish month names in
Poland's time zone (+01:00 / +02:00); long stories are split with the Paging module
("Strona 1 z 2")."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from html.entities import codepoint2name as _c2n
from urllib.parse import quote as _quote

from newsbench.metrics.tokenize import tokens as _tokens

SITE = "kurier-krakowski"
HOST = "https://www.kurierkrakowski.example"
NAME = "Kurier Krakowski"
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))

MIESIACE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"]
DNI = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
DNI_SKR = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]


def esc(s):
    return _html.escape(s, quote=True)


def plain(fragment):
    return " ".join(_html.unescape(_re.sub(r"<[^>]+>", "", fragment)).split())


def slugify(s):
    tr = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    s = s.translate(tr).lower()
    return _re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def data(dt):
    return f"{dt.day} {MIESIACE[dt.month - 1]} {dt.year}"


def data_czas(dt):
    return f"{data(dt)}, {dt.hour:02d}:{dt.minute:02d}"


def words(blocks):
    return sum(len(_tokens(b.text)) for b in blocks if not b.optional)


def latin2_safe(page):
    """The site's output filter: outside <script>, characters ISO-8859-2 lacks become named
    (or numeric) character references. The same filter runs on UTF-8 and ISO-8859-2 pages."""
    def conv(seg):
        out = []
        for ch in seg:
            try:
                ch.encode("iso-8859-2")
                out.append(ch)
            except UnicodeEncodeError:
                name = _c2n.get(ord(ch))
                out.append(f"&{name};" if name else f"&#{ord(ch)};")
        return "".join(out)
    parts = _re.split(r"(<script\b.*?</script>)", page, flags=_re.S)
    return "".join(p if p.startswith("<script") else conv(p) for p in parts)


def jdump(obj):
    return _json.dumps(obj, ensure_ascii=True).replace("</", "<\\/")


# ---------------------------------------------------------------- page weight: markup without visible text
# Deterministic (seeded) generators for what makes real pages heavy: a consent manager's vendor
# list, an SVG icon sprite, atomic utility CSS and header-bidding configuration.
import random as _random

_SYL = ["ad", "bel", "cor", "dex", "ev", "fin", "gra", "hal", "io", "jun", "kor", "lum", "mar", "nex", "or",
        "pix", "quo", "ral", "sen", "tri", "ul", "vor", "wex", "yal", "zen", "tav", "ope", "rin", "sol", "bri"]
_VSUF = ["Media", "Ads", "Data", "Analytics", "Labs", "Digital", "Exchange", "Metrics", "Audience", "Signal",
         "Reach", "Cloud", "Bidder", "Tag", "Insights", "Commerce"]


def _vendors(seed, n):
    rnd = _random.Random(seed)
    out, used = [], set()
    while len(out) < n:
        name = (rnd.choice(_SYL) + rnd.choice(_SYL) + rnd.choice(["", "a", "o", "ix"])).capitalize() + " " + rnd.choice(_VSUF)
        if name in used:
            continue
        used.add(name)
        host = name.lower().replace(" ", "-")
        out.append({"id": 7 + len(out) * 3 + rnd.randint(0, 2), "name": name,
                    "purposes": sorted(rnd.sample(range(1, 12), rnd.randint(1, 7))),
                    "legIntPurposes": sorted(rnd.sample(range(2, 11), rnd.randint(0, 3))),
                    "flexiblePurposes": sorted(rnd.sample(range(2, 11), rnd.randint(0, 2))),
                    "specialPurposes": [1, 2][:rnd.randint(0, 2)], "features": sorted(rnd.sample(range(1, 4), rnd.randint(0, 3))),
                    "specialFeatures": [1, 2][:rnd.randint(0, 1)], "usesCookies": rnd.random() < 0.9,
                    "cookieMaxAgeSeconds": rnd.choice([86400, 604800, 2592000, 15552000, 31536000, 63072000]),
                    "cookieRefresh": rnd.random() < 0.4, "usesNonCookieAccess": rnd.random() < 0.5,
                    "policyUrl": f"https://{host}.example/privacy-policy",
                    "deviceStorageDisclosureUrl": f"https://cdn.{host}.example/tcf/device-storage.json"})
    return out


_UI_ICONS = ["weather-sun", "weather-cloud", "weather-rain", "weather-snow", "weather-storm", "arrow-left", "arrow-right",
             "arrow-up", "arrow-down", "plus", "minus", "check", "info", "warning", "star", "heart", "print", "download",
             "calendar", "location", "phone", "mail-open", "gallery", "headphones", "podcast", "newsletter", "lock", "key"]


def _sprite(seed, prefix, names):
    rnd = _random.Random(seed)
    syms = []
    names = list(names) + [n for n in _UI_ICONS if n not in names]
    for name in names:
        paths = []
        for _ in range(rnd.randint(3, 7)):
            x, y = rnd.uniform(2, 22), rnd.uniform(2, 22)
            d = [f"M{x:.2f} {y:.2f}"]
            for _ in range(rnd.randint(3, 6)):
                c = rnd.choice("LCcls")
                if c in "Ll":
                    d.append(f"{c}{rnd.uniform(-9, 22):.1f} {rnd.uniform(-9, 22):.1f}")
                elif c in "Cc":
                    d.append(c + " ".join(f"{rnd.uniform(-9, 22):.1f}" for _ in range(6)))
                else:
                    d.append(c + " ".join(f"{rnd.uniform(-9, 22):.1f}" for _ in range(4)))
            paths.append(f'<path fill-rule="evenodd" d="{"".join(d)}z"/>')
        syms.append(f'<symbol id="{prefix}-{name}" viewBox="0 0 24 24"><g fill="currentColor">{"".join(paths)}</g></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true" focusable="false"><defs>'
            + "".join(syms) + "</defs></svg>")


def _atomic_css(prefix, breakpoints=((640, "sm"), (1024, "lg"))):
    props = [("m", "margin"), ("mt", "margin-top"), ("mb", "margin-bottom"), ("ml", "margin-left"), ("mr", "margin-right"),
             ("p", "padding"), ("pt", "padding-top"), ("pb", "padding-bottom"), ("pl", "padding-left"), ("pr", "padding-right"),
             ("gap", "gap"), ("w", "width"), ("h", "height")]
    scale = [0, 2, 4, 8, 12, 16, 20, 24, 32, 40, 48, 64]
    rules = [f".{prefix}{k}-{i}{{{p}:{v}px}}" for k, p in props for i, v in enumerate(scale)]
    rules += [f".{prefix}fs-{v}{{font-size:{v}px;line-height:{round(v * 1.35)}px}}" for v in (11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 40)]
    rules += [f".{prefix}{n}{{display:{n}}}" for n in ("block", "inline", "inline-block", "flex", "grid", "none", "contents")]
    rules += [f".{prefix}col-{i}{{grid-column:span {i}/span {i}}}" for i in range(1, 13)]
    out = "\n".join(rules)
    for bp, tag in breakpoints:
        out += f"\n@media (min-width:{bp}px){{" + "".join(f".{tag}\\:{prefix}{k}-{i}{{{p}:{v}px}}" for k, p in props[:8] for i, v in enumerate(scale)) + \
            "".join(f".{tag}\\:{prefix}col-{i}{{grid-column:span {i}/span {i}}}" for i in range(1, 13)) + "}"
    return out


def _prebid(seed, slots, bidders=("appnexus", "rubicon", "ix", "openx", "pubmatic", "criteo", "triplelift", "sovrn")):
    rnd = _random.Random(seed)
    units = []
    for code, sizes in slots:
        bids = []
        for b in bidders:
            if rnd.random() < 0.75:
                bids.append({"bidder": b, "params": {"placementId": str(rnd.randint(10000000, 99999999)), "siteId": str(rnd.randint(100000, 999999)),
                                                     "zoneId": str(rnd.randint(1000, 9999))}})
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}}, "bids": bids})
    return units


# ---------------------------------------------------------------- boilerplate pools

MENU = [
    ("Wiadomości", "wiadomosci", ["Kraj", "Świat", "Gospodarka", "Polityka", "Wypadki", "Na sygnale"]),
    ("Kraków", "krakow", ["Stare Miasto", "Kazimierz", "Podgórze", "Nowa Huta", "Krowodrza", "Bronowice", "Prądnik Biały", "Dębniki", "Bieżanów", "Czyżyny"]),
    ("Małopolska", "malopolska", ["Tarnów", "Nowy Sącz", "Oświęcim", "Wieliczka", "Zakopane", "Bochnia", "Wadowice", "Myślenice", "Skawina", "Pieniny"]),
    ("Sport", "sport", ["Piłka nożna", "Siatkówka", "Hokej", "Koszykówka", "Żużel", "Sporty zimowe"]),
    ("Kultura", "kultura", ["Koncerty", "Teatr", "Kino", "Wystawy", "Książki", "Festiwale"]),
    ("Biznes", "biznes", ["Firmy", "Praca", "Nieruchomości", "Finanse osobiste"]),
    ("Zdrowie", "zdrowie", []),
    ("Edukacja", "edukacja", ["Szkoły", "Uczelnie", "Matura"]),
    ("Przyroda", "przyroda", []),
    ("Komunikacja", "komunikacja", ["MPK i tramwaje", "Drogi", "Kolej", "Lotnisko"]),
    ("Pogoda", "pogoda", []),
    ("Ogłoszenia", "ogloszenia", ["Praca", "Mieszkania", "Motoryzacja", "Nekrologi"]),
]

NAJCZESCIEJ = [
    "Nowy rozkład jazdy tramwajów. Sprawdź, co się zmienia od poniedziałku",
    "Korek na zakopiance. Utrudnienia potrwają do wieczora",
    "Ranking obwarzanków: gdzie kupić najlepsze w Krakowie?",
    "Gdzie na grzyby w Małopolsce? Podpowiadają leśnicy",
    "Tłumy na Wawelu w długi weekend. Kolejka do kasy na 40 minut",
    "Ceny mieszkań w Krakowie. Dzielnice, w których wciąż jest taniej",
    "Wyniki matur w Małopolsce. Kraków powyżej średniej",
]

NAJNOWSZE = [
    "Remont ulicy Długiej opóźniony. Wykonawca prosi o dodatkowy miesiąc",
    "W Wieliczce powstanie nowy park kieszonkowy",
    "Koncert charytatywny w Nowym Sączu zebrał 120 tys. zł",
    "Bochnia: radni zdecydowali o budowie basenu",
    "Zakopane szykuje się do sezonu. Nowe zasady parkowania na Krupówkach",
    "Uczniowie z Tarnowa wygrali ogólnopolski konkurs robotyki",
    "Nocne utrudnienia na rondzie Mogilskim",
    "Oświęcim: otwarto nową ścieżkę rowerową wzdłuż Soły",
]

CSS = """
:root{--kk-granat:#13294b;--kk-czerwony:#c8102e;--kk-szary:#666;--kk-jasny:#f2f2f2;--kk-linia:#ddd}
html{font-family:Arial,Helvetica,sans-serif;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%}
body{margin:0;color:#222;background:#fff;font-size:15px;line-height:1.5}
article,aside,footer,header,main,nav,section{display:block}
a{color:var(--kk-granat);text-decoration:none}a:hover{text-decoration:underline}
img{border:0;max-width:100%;height:auto}
.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px;word-wrap:normal}
.visually-hidden.focusable:active,.visually-hidden.focusable:focus{position:static!important;clip:auto;overflow:visible;height:auto;width:auto}
.hidden{display:none}
.clearfix:after{content:"";display:table;clear:both}
.layout-container{max-width:1170px;margin:0 auto;padding:0 15px}
.region-top-bar{background:var(--kk-granat);color:#fff;font-size:12px}
.region-top-bar .layout-container{display:flex;justify-content:space-between;align-items:center;height:32px}
.region-top-bar a{color:#fff;margin-left:14px}
.kk-data-dzis{text-transform:capitalize}
.region-header{display:flex;align-items:center;justify-content:space-between;padding:16px 0}
.site-branding__logo img{height:58px;width:auto}
.site-branding__slogan{font-size:12px;color:var(--kk-szary);margin:2px 0 0}
.block-kk-reklama-top{width:750px;height:100px;background:var(--kk-jasny);display:flex;align-items:center;justify-content:center;color:#999;font-size:11px;text-transform:uppercase}
.region-primary-menu{background:var(--kk-czerwony)}
.menu--main>ul.menu{list-style:none;margin:0 auto;padding:0;display:flex;flex-wrap:wrap;max-width:1170px}
.menu--main .menu-item{position:relative}
.menu--main .menu-item>a{display:block;color:#fff;font-weight:bold;padding:11px 13px;font-size:14px;text-transform:uppercase}
.menu--main .menu-item--active-trail>a{background:var(--kk-granat)}
.menu--main .menu-item ul.menu{display:none;position:absolute;top:100%;left:0;background:#fff;list-style:none;margin:0;padding:6px 0;min-width:200px;z-index:50;box-shadow:0 4px 14px rgba(0,0,0,.15)}
.menu--main .menu-item:hover>ul.menu{display:block}
.menu--main .menu-item ul.menu a{color:var(--kk-granat);text-transform:none;font-weight:normal;padding:5px 14px}
.region-highlighted{background:var(--kk-jasny);font-size:13px;padding:6px 0}
.region-highlighted strong{color:var(--kk-czerwony);margin-right:8px}
.breadcrumb{padding:12px 0 6px;font-size:12px}
.breadcrumb ol{margin:0;padding:0;list-style:none}
.breadcrumb li{display:inline}
.breadcrumb li:before{content:" \\BB  "}
.breadcrumb li:first-child:before{content:none}
.layout-main{display:flex;gap:30px}
.layout-content{flex:1 1 auto;min-width:0}
.layout-sidebar-second{flex:0 0 300px}
@media (max-width:900px){.layout-main{display:block}.layout-sidebar-second{display:none}.block-kk-reklama-top{display:none}}
.page-title{font-family:Georgia,'Times New Roman',serif;font-size:34px;line-height:1.2;margin:6px 0 12px}
.kk-nadtytul{display:inline-block;background:var(--kk-czerwony);color:#fff;font-size:12px;font-weight:bold;text-transform:uppercase;padding:2px 8px;margin-bottom:6px}
.node__meta{font-size:13px;color:var(--kk-szary);border-top:1px solid var(--kk-linia);border-bottom:1px solid var(--kk-linia);padding:8px 0;margin-bottom:14px}
.node__meta .field--name-uid{font-weight:bold;color:#222}
.node__meta .kk-aktualizacja{color:var(--kk-czerwony)}
.field--name-field-lead{font-weight:bold;font-size:17px;line-height:1.5;margin:0 0 14px}
.field--name-field-image figure{margin:0 0 16px}
.field--name-field-image figcaption,.kk-podpis{font-size:12px;color:var(--kk-szary);padding:4px 0}
.field--name-body{font-size:17px;line-height:1.65}
.field--name-body p{margin:0 0 1em}
.field--name-body h2,.field--name-body h3{font-size:20px;margin:1.4em 0 .5em}
.field--name-body ul{margin:0 0 1em 1.2em;padding:0}
.field--name-body table{border-collapse:collapse;width:100%;margin:1em 0;font-size:15px}
.field--name-body th,.field--name-body td{border:1px solid var(--kk-linia);padding:6px 8px;text-align:left}
.field--name-body th{background:var(--kk-jasny)}
.kk-reklama-srodtekst{margin:1.5em 0;min-height:250px;background:var(--kk-jasny);display:flex;align-items:center;justify-content:center;color:#999;font-size:11px;text-transform:uppercase}
.pager{margin:20px 0;padding:12px 0;border-top:2px solid var(--kk-granat)}
.pager__status{font-weight:bold;margin:0 0 6px}
.pager__items{list-style:none;margin:0;padding:0;display:flex;gap:6px}
.pager__item a{display:inline-block;padding:4px 10px;border:1px solid var(--kk-linia)}
.pager__item.is-active a{background:var(--kk-granat);color:#fff}
.field--name-field-tags{margin:18px 0;font-size:13px}
.field--name-field-tags .field__label{font-weight:bold;display:inline;margin-right:6px}
.field--name-field-tags .field__items,.field--name-field-tags .field__item{display:inline}
.field--name-field-tags .field__item a{background:var(--kk-jasny);padding:3px 8px;margin-right:4px;border-radius:2px}
.kk-udostepnij{display:flex;gap:8px;margin:14px 0;font-size:13px}
.kk-udostepnij a{padding:6px 10px;color:#fff;border-radius:2px}
.kk-udostepnij .fb{background:#3b5998}.kk-udostepnij .x{background:#111}.kk-udostepnij .mail{background:#777}.kk-udostepnij .druk{background:#444}
.kk-newsletter{background:var(--kk-granat);color:#fff;padding:18px;margin:22px 0}
.kk-newsletter h2{margin:0 0 6px;font-size:19px}
.kk-newsletter input[type=email]{padding:8px;width:60%;border:0}
.kk-newsletter input[type=submit]{padding:8px 14px;background:var(--kk-czerwony);color:#fff;border:0;font-weight:bold}
.comment-wrapper{margin-top:28px;border-top:3px solid var(--kk-granat);padding-top:10px}
.comment{border-bottom:1px solid var(--kk-linia);padding:10px 0}
.comment__meta{font-size:12px;color:var(--kk-szary)}
.comment__author{font-weight:bold;color:#222;display:inline;margin-right:8px}
.comment__time,.comment__permalink{display:inline;margin-right:8px}
.comment__title{font-size:15px;margin:4px 0}
.comment-form .form-item{margin:8px 0}
.comment-form textarea{width:100%;min-height:120px}
.block-views-blockzobacz-takze-block-1 ul,.block-views-blocknajnowsze-block-1 ul,.block-views-blocknajczesciej-czytane-block-1 ol{margin:0;padding:0;list-style:none}
.block-views-blockzobacz-takze-block-1 li{padding:8px 0;border-bottom:1px dotted var(--kk-linia)}
.views-field-created{font-size:12px;color:var(--kk-szary)}
.block h2.block-title{font-size:15px;text-transform:uppercase;border-bottom:3px solid var(--kk-czerwony);padding-bottom:4px;margin:0 0 10px}
.layout-sidebar-second .block{margin-bottom:26px}
.block-views-blocknajczesciej-czytane-block-1 li{padding:7px 0;border-bottom:1px solid var(--kk-linia);counter-increment:nc}
.block-views-blocknajczesciej-czytane-block-1 ol{counter-reset:nc}
.block-views-blocknajczesciej-czytane-block-1 li:before{content:counter(nc) ". ";color:var(--kk-czerwony);font-weight:bold}
.block-views-blocknajnowsze-block-1 li{padding:6px 0;border-bottom:1px solid var(--kk-linia);font-size:14px}
.kk-pogoda table{width:100%;font-size:13px}
.kk-reklama-bok{width:300px;height:250px;background:var(--kk-jasny);display:flex;align-items:center;justify-content:center;color:#999;font-size:11px;text-transform:uppercase;margin-bottom:26px}
.kk-reklama-bok.wysoka{height:600px}
.site-footer{background:#1b1b1b;color:#ccc;margin-top:40px;padding:30px 0 16px;font-size:13px}
.site-footer a{color:#ddd}
.site-footer__kolumny{display:flex;flex-wrap:wrap;gap:30px}
.site-footer__kolumny>div{flex:1 1 160px}
.site-footer h2{font-size:13px;text-transform:uppercase;color:#fff;margin:0 0 8px}
.site-footer ul{list-style:none;margin:0;padding:0}.site-footer li{padding:2px 0}
.site-footer__prawne{border-top:1px solid #333;margin-top:22px;padding-top:12px;font-size:12px}
#sliding-popup{position:fixed;bottom:0;left:0;right:0;background:var(--kk-granat);color:#fff;z-index:9999;font-size:13px}
#sliding-popup .eu-cookie-compliance-banner{max-width:1170px;margin:0 auto;padding:14px 15px;display:flex;gap:16px;align-items:center}
#sliding-popup .eu-cookie-compliance-buttons button{background:#fff;color:var(--kk-granat);border:0;padding:8px 14px;font-weight:bold;margin-left:6px;cursor:pointer}
#sliding-popup .agree-button{background:var(--kk-czerwony)!important;color:#fff!important}
"""


def menu_html(active):
    out = ['<nav role="navigation" aria-labelledby="block-kurier-main-menu-menu" id="block-kurier-main-menu" class="block block-menu navigation menu--main">',
           '<h2 class="visually-hidden" id="block-kurier-main-menu-menu">Nawigacja główna</h2>',
           '<ul class="menu menu--level-1">',
           f'<li class="menu-item"><a href="{HOST}/" data-drupal-link-system-path="&lt;front&gt;">Strona główna</a></li>']
    for label, path, subs in MENU:
        cls = "menu-item" + (" menu-item--expanded" if subs else "") + (" menu-item--active-trail" if label == active else "")
        out.append(f'<li class="{cls}"><a href="{HOST}/{path}" data-drupal-link-system-path="taxonomy/term/{_zlib.crc32(path.encode()) % 900 + 10}">{esc(label)}</a>')
        if subs:
            out.append(f'<button class="kk-menu-rozwin" type="button" aria-expanded="false" data-menu="{slugify(label)}"><svg width="10" height="10"><use href="#kk-down"></use></svg></button>')
        out.append('</li>')
    out.append('</ul></nav>')
    return "\n".join(out)


FOOTER_COLS = [
    ("Kurier Krakowski", ["O nas", "Redakcja", "Kontakt", "Reklama", "Praca w Kurierze", "Prenumerata e-wydania"]),
    ("Działy", ["Kraków", "Małopolska", "Sport", "Kultura", "Biznes", "Edukacja", "Przyroda"]),
    ("Serwisy", ["Pogoda", "Komunikacja", "Ogłoszenia", "Nekrologi", "Repertuar kin", "Dyżury aptek"]),
    ("Informacje", ["Regulamin", "Polityka prywatności", "Polityka cookies", "Ustawienia prywatności", "Zasady komentowania", "Kanały RSS", "Archiwum"]),
]


def footer_html(year):
    cols = "".join(f'<div><h2>{esc(t)}</h2><ul>' + "".join(f'<li><a href="{HOST}/{slugify(l)}">{esc(l)}</a></li>' for l in ls[:4]) + '</ul></div>'
                   for t, ls in FOOTER_COLS[::2])
    return f"""<footer role="contentinfo" class="site-footer"><div class="layout-container">
<div class="region region-footer"><div class="site-footer__kolumny">{cols}
<div><h2>Serwisy partnerskie</h2><ul><li><a href="https://www.echotarnowa.example/">Echo Tarnowa</a></li><li><a href="https://www.sadeckiekurier.example/">Sądecki Kurier</a></li><li><a href="https://www.podhaleonline.example/">Podhale Online</a></li><li><a href="https://www.gazetawielicka.example/">Gazeta Wielicka</a></li></ul></div></div>
<div class="site-footer__prawne">© 2004-{year} Wydawnictwo Kurier Krakowski sp. z o.o., ul. Lubicz 48, 31-512 Kraków. Wszelkie prawa zastrzeżone. Przedruk materiałów tylko za zgodą wydawcy. Redakcja nie odpowiada za treść komentarzy. <a href="{HOST}/polityka-prywatnosci">Polityka prywatności</a> · <a href="{HOST}/polityka-cookies">Cookies</a> · <a href="{HOST}/regulamin">Regulamin</a></div>
</div></div></footer>"""


COOKIES = f"""<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text" hidden><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>Dbamy o Twoją prywatność</h2><p>Używamy plików cookies i podobnych technologii, aby zapewnić prawidłowe działanie serwisu, analizować ruch i dopasowywać reklamy. Klikając „Akceptuję”, zgadzasz się na ich użycie przez nas i naszych partnerów. Zgodę możesz w każdej chwili wycofać w ustawieniach prywatności.</p>
<a href="{HOST}/polityka-cookies" class="find-more-button eu-cookie-compliance-more-button">Więcej informacji</a></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Akceptuję</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Odrzucam</button><button type="button" class="eu-cookie-compliance-save-preferences-button">Ustawienia</button></div>
</div></div></div>"""

NEWSLETTER = f"""<div id="block-kurier-newsletter" class="block block-simplenews block-simplenews-subscription-block kk-newsletter">
<h2>Newsletter Kuriera</h2><p>Najważniejsze wiadomości z Krakowa i Małopolski codziennie o 7 rano w Twojej skrzynce.</p>
<form class="simplenews-subscriptions-block-kurier simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-kurier" action="{HOST}/newsletter/subscriptions" method="post" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-email form-type-email form-item-mail"><label for="edit-mail" class="visually-hidden js-form-required form-required">Adres e-mail</label><input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" placeholder="Twój adres e-mail" class="form-email required" required="required" aria-required="true" /></div>
<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Zapisz się" class="button js-form-submit form-submit" />
<input autocomplete="off" data-drupal-selector="form-simplenews-block" type="hidden" name="form_build_id" value="form-Xk3pQ_7vLmN2ZrWt9sYbE1dHcU8aJ0fGiO4" />
<input data-drupal-selector="edit-simplenews-subscriptions-block-kurier" type="hidden" name="form_id" value="simplenews_subscriptions_block_kurier" /></form>
<p class="kk-newsletter__rodo">Administratorem danych jest Wydawnictwo Kurier Krakowski sp. z o.o. Szczegóły w polityce prywatności.</p></div>"""


def share_html(url, title):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    return (f'<div class="kk-udostepnij" aria-label="Udostępnij"><a class="fb" href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Udostępnij</a>'
            f'<a class="x" href="https://x.example/intent/tweet?url={u}&amp;text={t}" target="_blank" rel="noopener">X</a>'
            f'<a class="mail" href="mailto:?subject={t}&amp;body={u}">E-mail</a><a class="druk" href="#" onclick="window.print();return false;">Drukuj</a></div>')


def sidebar_html(a):
    today = a["crawl"]
    nc = "".join(f'<li><a href="{HOST}/wiadomosci/{slugify(t)[:60]}">{esc(t)}</a></li>' for t in NAJCZESCIEJ[:5])
    nn = []
    for k, t in enumerate(NAJNOWSZE[:4]):
        d = today - _dt.timedelta(minutes=47 * (k + 1))
        nn.append(f'<li><span class="views-field-created"><time datetime="{d.isoformat()}">{d.hour:02d}:{d.minute:02d}</time></span> <a href="{HOST}/malopolska/{slugify(t)[:60]}">{esc(t)}</a></li>')
    return f"""<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="kk-reklama-bok wysoka" id="kk-ad-bok-1">Reklama</div>
<div class="views-element-container block block-views block-views-blocknajczesciej-czytane-block-1" id="block-views-block-najczesciej-czytane-block-1"><h2 class="block-title">Najczęściej czytane</h2><div><div class="view view-najczesciej-czytane view-id-najczesciej_czytane view-display-id-block_1"><div class="view-content"><ol>{nc}</ol></div></div></div></div>
<div class="views-element-container block block-views block-views-blocknajnowsze-block-1" id="block-views-block-najnowsze-block-1"><h2 class="block-title">Najnowsze</h2><div><div class="view view-najnowsze view-id-najnowsze view-display-id-block_1"><div class="view-content"><ul>{"".join(nn)}</ul></div></div></div></div>
<div class="kk-reklama-bok" id="kk-ad-bok-2">Reklama</div>
<div class="block block-kurier-pogoda kk-pogoda" id="block-pogoda"><h2 class="block-title">Pogoda w Małopolsce</h2><p>{DNI[today.weekday()].capitalize()}, {data(today)}</p>
<p>Kraków {(today.month * 7) % 23 - 3}°C, zachmurzenie umiarkowane</p>
<a href="{HOST}/pogoda">Prognoza na 7 dni</a></div>
<div class="block block-block-content" id="block-facebook-kurier"><h2 class="block-title">Bądź na bieżąco</h2><p><a href="https://facebook.example/kurierkrakowski">Facebook</a> · <a href="https://x.example/kurierkrakow">X</a> · <a href="https://instagram.example/kurierkrakowski">Instagram</a> · <a href="{HOST}/rss.xml">RSS</a></p></div>
</div></aside>"""


def related_html(a):
    lis = []
    for k, t in enumerate(a["related"]):
        d = a["published"] - _dt.timedelta(days=3 + 5 * k, hours=2 * k)
        lis.append(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{HOST}/{a["section_path"]}/{slugify(t)[:70]}" hreflang="pl">{esc(t)}</a></span></div>'
                   f'<div class="views-field views-field-created"><span class="field-content">{data(d)}</span></div></li>')
    return (f'<div class="views-element-container block block-views block-views-blockzobacz-takze-block-1" id="block-views-block-zobacz-takze-block-1">'
            f'<h2 class="block-title">Zobacz także</h2><div><div class="view view-zobacz-takze view-id-zobacz_takze view-display-id-block_1"><div class="view-content"><ul>{"".join(lis)}</ul></div></div></div></div>')


def comments_html(a):
    cs = a.get("comments")
    if not cs:
        return ""
    nid = a["nid"]
    out = [f'<section id="comments" class="field field--name-comment field--type-comment field--label-above comment-wrapper">',
           f'<h2 class="title comment-section-title">Komentarze ({len(cs)})</h2>']
    for k, (who, when, title, text) in enumerate(cs):
        cid = nid * 4 + 17 * k
        ts = int(when.timestamp())
        out.append(f'<article data-comment-user-id="0" id="comment-{cid}" class="js-comment comment comment--level-1 by-anonymous clearfix" role="article">'
                   f'<mark class="hidden" data-comment-timestamp="{ts}"></mark>'
                   f'<footer class="comment__meta"><p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name" datatype="">{esc(who)}</span> (niezweryfikowany)</p>'
                   f'<p class="comment__time">{DNI_SKR[when.weekday()]}, {when.day:02d}/{when.month:02d}/{when.year} - {when.hour:02d}:{when.minute:02d}</p>'
                   f'<p class="comment__permalink"><a href="{HOST}/comment/{cid}#comment-{cid}" hreflang="pl">Odnośnik bezpośredni</a></p></footer>'
                   f'<div class="comment__content"><h3 class="comment__title"><a href="{HOST}/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="pl">{esc(title)}</a></h3>'
                   f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(text)}</p></div>'
                   f'<ul class="links inline"><li class="comment-reply"><a href="{HOST}/comment/reply/node/{nid}/comment/{cid}">Odpowiedz</a></li></ul></div></article>')
    out.append(f"""<h2 class="title comment-form__title">Dodaj komentarz</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type-textfield form-item-name"><label for="edit-name">Twoje imię</label><input data-drupal-default-value="Gość" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
<div class="js-form-item form-item js-form-type-textarea form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Komentarz</label><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required" aria-required="true"></textarea></div>
<p class="kk-zasady">Komentarze są moderowane. Przed dodaniem wpisu zapoznaj się z <a href="{HOST}/zasady-komentowania">zasadami komentowania</a>.</p>
<input autocomplete="off" data-drupal-selector="form-c0mM8xQ2vLtZ7Pw" type="hidden" name="form_build_id" value="form-c0mM8xQ2vLtZ7Pw-Rk4n1sBb9eYhJ3uFdTq" />
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Zapisz" class="button button--primary js-form-submit form-submit" /><input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Podgląd" class="button js-form-submit form-submit" /></div>
</form>""")
    out.append('</section>')
    return "\n".join(out)


# ---------------------------------------------------------------- body

def render_body(a):
    """Items: ("p", html) | ("h2", text) | ("ul", [html]) | ("table", rows, source) | ("img", file, caption, credit)
    | ("ad",) | ("raw", html). Text is written with real characters; the output filter escapes what
    ISO-8859-2 lacks. With a["malformed"], paragraphs and list items are left unclosed as the legacy
    WYSIWYG editor saved them."""
    bad = a.get("malformed")
    parts, blocks = [], []
    for it in a["body"]:
        k = it[0]
        if k == "p":
            parts.append(f"<p>{it[1]}" + ("" if bad else "</p>"))
            blocks.append(Block("paragraph", plain(it[1])))
        elif k == "h2":
            parts.append(f"<h3>{esc(it[1])}</h3>")
            blocks.append(Block("heading", it[1]))
        elif k == "ul":
            parts.append("<ul>" + "".join(f"<li>{x}" + ("\n" if bad else "</li>") for x in it[1]) + "</ul>")
            blocks += [Block("list_item", plain(x)) for x in it[1]]
        elif k == "table":
            _, rows, source = it
            th = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            tb = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            parts.append(f'<table class="kk-tabela"><thead><tr>{th}</tr></thead><tbody>{tb}</tbody></table><p class="kk-podpis">{esc(source)}</p>')
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            blocks.append(Block("caption", source, optional=True))
        elif k == "img":
            _, f, cap, credit = it
            parts.append(f'<div class="media media--type-image media--view-mode-srodtekst"><img loading="lazy" src="{HOST}/sites/default/files/styles/srodtekst/public/{a["published"]:%Y-%m}/{f}.jpg" width="740" height="493" alt="{esc(cap)}" typeof="foaf:Image" />'
                         f'<p class="kk-podpis">{esc(cap)} <span class="kk-autor-zdjecia">Fot. {esc(credit)}</span></p></div>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "ad":
            parts.append('\x00<div class="kk-reklama-srodtekst" id="kk-ad-srodtekst">Reklama</div>\x00')
        elif k == "czytaj":
            parts.append('\x00<div class="block block-views block-views-blockczytaj-takze-block-2 kk-czytaj-takze"><h2 class="block-title">Czytaj także</h2><ul>'
                         + "".join(f'<li><a href="{HOST}/{a["section_path"]}/{slugify(t)[:70]}" hreflang="pl">{esc(t)}</a></li>' for t in it[1]) + '</ul></div>\x00')
        elif k == "raw":
            parts.append(it[1])
        else:
            raise ValueError(k)
    return "\n".join(parts), blocks


def body_fields(html):
    parts = html.split("\x00")
    return "\n".join(x.strip() if i % 2 else f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{x.strip()}</div>'
                     for i, x in enumerate(parts) if x.strip())


# ---------------------------------------------------------------- page

def page(a, charset):
    pub, mod = a["published"], a.get("modified")
    url = a.get("canonical", a["url"])
    title = a["headline"]
    body_html, blocks = render_body(a)
    lead = []
    if a.get("lead"):
        lead.append(Block("paragraph", a["lead"], optional=True))
    if a.get("image"):
        lead.append(Block("caption", a["image"][1], optional=True))
    blocks = lead + blocks
    bad = a.get("malformed")
    nid = a["nid"]
    author = a["author"]
    uid = _zlib.crc32(author.encode()) % 400 + 20
    img = f"{HOST}/sites/default/files/styles/duze/public/{pub:%Y-%m}/{a['image'][0]}.jpg" if a.get("image") else f"{HOST}/themes/custom/kurier/images/kurier-og.png"
    seo = a.get("seo_title", title)
    desc = a.get("lead") or plain(a["body"][0][1])[:160]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": title, "name": seo, "description": desc, "datePublished": a.get("ld_pub", pub).isoformat(),
         "dateModified": (mod or pub).isoformat(), **({} if a.get("ld_no_author") else {"author": {"@type": "Person", "name": author, "url": f"{HOST}/autor/{slugify(author)}"}}),
         "publisher": {"@type": "NewsMediaOrganization", "@id": f"{HOST}/#organization", "name": NAME, "url": f"{HOST}/",
                       "logo": {"@type": "ImageObject", "url": f"{HOST}/themes/custom/kurier/logo.png", "width": "290", "height": "60"}},
         "image": {"@type": "ImageObject", "url": img}, "mainEntityOfPage": url, "articleSection": a["section"],
         "inLanguage": "pl"},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "name": NAME, "url": f"{HOST}/", "inLanguage": "pl"}]}
    settings = {
        "path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": f"node/{nid}", "currentPathIsAdmin": False,
                 "isFront": False, "currentLanguage": "pl", "currentQuery": {"page": "0"} if a.get("pages") else []},
        "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
        "ajaxPageState": {"libraries": "classy/base,classy/messages,comment/drupal.comment-by-viewer,core/normalize,eu_cookie_compliance/eu_cookie_compliance_default,kurier/global-styling,paging/paging,simplenews/simplenews,statistics/drupal.statistics,system/base,views/views.module",
                          "theme": "kurier", "theme_token": None},
        "ajaxTrustedUrl": {"/newsletter/subscriptions": True, f"/comment/reply/node/{nid}/comment": True},
        "statistics": {"data": {"nid": str(nid)}, "url": "/core/modules/statistics/statistics.php"},
        "eu_cookie_compliance": {"cookie_policy_version": "1.0.2", "popup_enabled": True, "popup_agreed_enabled": False,
                                 "popup_clicking_confirmation": False, "popup_scrolling_confirmation": False,
                                 "popup_link": "/polityka-cookies", "popup_position": False, "popup_language": "pl",
                                 "better_support_for_screen_readers": True, "method": "opt_in", "cookie_name": "kk-cookie-agreed",
                                 "cookie_lifetime": 100, "cookie_session": 0, "containing_element": "body", "domain": ""},
        "kurier": {"dfp": {"network": "21907733", "unit": f"kurierkrakowski/{a['section_path'].split('/')[0]}", "slots": ["top", "bok-1", "bok-2", "srodtekst"]},
                   "nid": nid, "typ": "artykul", "autor": author},
        "user": {"uid": 0, "permissionsHash": "5f3c7a1e9b8d2c4f6a0e1b3d5c7a9e2f4b6d8c0a1e3f5b7d9c2a4e6f8b0d1c3e"},
        "kurier_cmp": {"gvl": _vendors("kurier-krakowski", 85)},
        "kurier_prebid": _prebid(str(a["nid"]), [("top", [[750, 100], [750, 200], [970, 250]]), ("bok-1", [[300, 600], [300, 250]]), ("bok-2", [[300, 250]]), ("srodtekst", [[300, 250], [336, 280], [620, 300]])]),
        "menu_main": [{"title": label, "url": f"/{path}", "below": [{"title": s2, "url": f"/{path}/{slugify(s2)}"} for s2 in subs]} for label, path, subs in MENU],
    }
    if a.get("comments"):
        settings["comment"] = {"newCommentsLinks": {"node": {"comment": {str(nid): {"new_comment_count": 0}}}}}
    crumbs = "".join(f'<li><a href="{HOST}/{p}">{esc(n)}</a></li>' for n, p in a["crumbs"])
    kicker = f'<div class="kk-nadtytul">{esc(a["kicker"])}</div>\n' if a.get("kicker") else ""
    upd = (f' <span class="kk-aktualizacja">Aktualizacja: <time datetime="{mod.isoformat()}">{data_czas(mod)}</time></span>' if mod else "")
    author_link = f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="Zobacz profil użytkownika." href="{HOST}/autor/{slugify(author)}" lang="" about="/user/{uid}" typeof="schema:Person" property="schema:name" datatype="" class="username">{esc(author)}</a></span>'
    if bad:
        author_link = f'<b><span class="kk-autor">Autor: </b>{author_link}</span>'
    else:
        author_link = f'<span class="kk-autor">Autor: </span>{author_link}'
    lead_html = (f'<div class="field field--name-field-lead field--type-text-long field--label-hidden field__item"><p>{esc(a["lead"])}</p></div>' if a.get("lead") else "")
    image_html = ""
    if a.get("image"):
        f, cap, credit = a["image"]
        image_html = (f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure>'
                      f'<img src="{img}" width="1000" height="563" alt="{esc(cap)}" loading="eager" typeof="foaf:Image" />'
                      f'<figcaption>{esc(cap)} <span class="kk-autor-zdjecia">Fot. {esc(credit)}</span></figcaption></figure></div>')
    pager = ""
    link_next = ""
    if a.get("pages"):
        n = a["pages"]
        items = ['<li class="pager__item is-active"><a href="?page=0" title="Bieżąca strona"><span class="visually-hidden">Bieżąca strona</span>1</a></li>']
        items += [f'<li class="pager__item"><a href="?page={k - 1}" title="Przejdź do strony {k}"><span class="visually-hidden">Strona</span>{k}</a></li>' for k in range(2, n + 1)]
        items.append('<li class="pager__item pager__item--next"><a href="?page=1" title="Przejdź do następnej strony" rel="next"><span class="visually-hidden">Następna strona</span><span aria-hidden="true">Następna strona ›</span></a></li>')
        pager = (f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Stronicowanie</h4>'
                 f'<p class="pager__status">Strona 1 z {n}</p><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>')
        link_next = f'<link rel="next" href="{url}?page=1" />\n'
    stray = "</div>\n" if bad else ""
    tags = "".join(f'<div class="field__item"><a href="{HOST}/tagi/{slugify(t)}" hreflang="pl">{esc(t)}</a></div>' for t in a["tags"])
    today = a["crawl"]
    mod_meta = f'<meta property="article:modified_time" content="{mod.isoformat()}" />\n' if mod else ""
    page_html = f"""<!DOCTYPE html>
<html lang="pl" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="{charset}" />
<script async src="https://www.googletagmanager.example/gtag/js?id=G-KK27QX4M1P"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-KK27QX4M1P", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false}});</script>
<meta name="description" content="{esc(desc)}" />
<meta name="abstract" content="{esc(desc)}" />
<meta name="keywords" content="{esc(', '.join(a['tags']))}" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{HOST}/node/{nid}" />
{link_next}{'' if a.get("meta_author", author) is None else f'<meta name="author" content="{esc(a.get("meta_author", author))}" />'}
<meta property="og:site_name" content="{NAME}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{esc(seo)}" />
<meta property="og:description" content="{esc(desc)}" />
<meta property="og:image" content="{img}" />
<meta property="og:locale" content="pl_PL" />
{'' if a.get("ld_no_author") else f'<meta property="article:author" content="{HOST}/autor/{slugify(author)}" />'}
<meta property="article:section" content="{esc(a['section'])}" />
{'' if a.get("meta_pub") is False else f'<meta property="article:published_time" content="{pub.isoformat()}" />'}
{mod_meta}<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@kurierkrakow" />
<meta name="twitter:title" content="{esc(seo)}" />
<meta name="twitter:description" content="{esc(desc)}" />
<meta name="twitter:image" content="{img}" />
<script type="application/ld+json">{jdump(graph)}</script>
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/kurier/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="pl" href="{url}" />
<link rel="revision" href="{url}" />
<title>{esc(seo)} | {NAME}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8h2kVv3fNcX0pYwLrT5mZs1aJ9eUbDg7iHoK4lE6yC.css" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_w1RzP6nBq9LxT3vYc8KdMf0aS2gHjU5eOi7lE4kN.css" />
<style media="all">{CSS}</style>
<style media="all">{ATOMS}</style>
<script>
(function(){{var s=document.createElement("script");s.async=true;s.src="https://securepubads.adserver.example/tag/js/gpt.js";document.head.appendChild(s);}})();
window.googletag=window.googletag||{{cmd:[]}};
googletag.cmd.push(function(){{
googletag.defineSlot("/21907733/kurierkrakowski/top",[[750,100],[750,200],[970,250]],"kk-ad-top").addService(googletag.pubads());
googletag.defineSlot("/21907733/kurierkrakowski/bok-1",[[300,600],[300,250]],"kk-ad-bok-1").addService(googletag.pubads());
googletag.defineSlot("/21907733/kurierkrakowski/bok-2",[[300,250]],"kk-ad-bok-2").addService(googletag.pubads());
googletag.defineSlot("/21907733/kurierkrakowski/srodtekst",[[300,250],[336,280],[620,300]],"kk-ad-srodtekst").addService(googletag.pubads());
googletag.pubads().setTargeting("dzial","{a['section_path'].split('/')[0]}").setTargeting("nid","{nid}");
googletag.pubads().enableLazyLoad({{fetchMarginPercent:200,renderMarginPercent:100,mobileScaling:2.0}});
googletag.enableServices();}});
</script>
<script>
var pp_gemius_identifier = 'bQ3gRqL7.kKx2Vp9ZtNc1HYm8eWj5aOs4fDuIb6lGr.A7';
function gemius_pending(i) {{ window[i] = window[i] || function() {{var x = window[i+'_pdata'] = window[i+'_pdata'] || []; x[x.length]=arguments;}};}};
gemius_pending('gemius_hit'); gemius_pending('gemius_event'); gemius_pending('pp_gemius_hit'); gemius_pending('pp_gemius_event');
(function(d,t) {{try {{var gt=d.createElement(t),s=d.getElementsByTagName(t)[0],l='http'+((location.protocol=='https:')?'s':'');
gt.setAttribute('async','async');gt.setAttribute('defer','defer');gt.src=l+'://gapl.hit.example/xlgemius.js';s.parentNode.insertBefore(gt,s);}} catch (e) {{}}}})(document,'script');
</script>
</head>
<body class="path-node page-node-type-article node-{nid}{' kk-komentarze' if a.get('comments') else ''}">
<a href="#main-content" class="visually-hidden focusable skip-link">Przejdź do treści</a>
{SPRITE}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="region region-top-bar"><div class="layout-container"><span class="kk-data-dzis">{DNI[today.weekday()]}, {data(today)} · imieniny: {a.get('imieniny', 'Anny, Jana')}</span>
<span><a href="{HOST}/e-wydanie">E-wydanie</a><a href="{HOST}/ogloszenia/dodaj">Dodaj ogłoszenie</a><a href="{HOST}/kontakt">Kontakt z redakcją</a><a href="{HOST}/user/login">Zaloguj się</a></span></div></div>
<div class="layout-container">
<header role="banner">
<div class="region region-header">
<div id="block-kurier-branding" class="block block-system block-system-branding-block">
<a href="{HOST}/" rel="home" class="site-branding__logo"><img src="/themes/custom/kurier/logo.svg" alt="Strona główna" width="290" height="58" /></a>
<div class="site-branding__slogan">Wiadomości z Krakowa i Małopolski od 1998 roku</div></div>
<div id="block-kurier-search-form" class="block block-search"><form action="{HOST}/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Szukaj</label><input title="Wprowadź słowa, które mają zostać wyszukane." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" placeholder="Szukaj w serwisie" /></div><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--3" value="Szukaj" class="button js-form-submit form-submit" /></form></div>
<div class="block-kk-reklama-top" id="kk-ad-top">Reklama</div>
</div>
</header>
</div>
<div class="region region-primary-menu">
{menu_html(a['menu'])}
</div>
<div class="region region-highlighted"><div class="layout-container"><strong>Na czasie:</strong> {" · ".join(f'<a href="{HOST}/tagi/{slugify(t)}">{esc(t)}</a>' for t in a['na_czasie'])}</div></div>
<div class="layout-container">
<div class="region region-breadcrumb"><div id="block-kurier-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Okruchy chleba</h2><ol><li><a href="{HOST}/">Strona główna</a></li>{crumbs}</ol></nav></div></div>
<div data-drupal-messages-fallback class="hidden"></div>
<main role="main" class="layout-main">
<a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div id="block-kurier-content" class="block block-system block-system-main-block">
<article role="article" about="/node/{nid}" class="node node--type-article node--promoted node--view-mode-full">
{kicker}<h1 class="page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>
<footer class="node__meta"><div class="node__submitted">{author_link} <span class="kk-data">Opublikowano: {f'<time datetime="{pub.isoformat()}">{data_czas(pub)}</time>' if a.get("time_el", True) else data_czas(pub)}</span>{upd}</div></footer>
<div class="node__content clearfix">
{lead_html}
{image_html}
{body_fields(body_html)}
{stray}{pager}
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Tagi</div><div class="field__items">{tags}</div></div>
{share_html(url, title)}
</div>
{comments_html(a)}
</article>
</div>
{NEWSLETTER}
{related_html(a)}
</div>
</div>
{sidebar_html(a)}
</main>
</div>
{footer_html(today.year)}
</div>
{COOKIES}
<script type="application/json" data-drupal-selector="drupal-settings-json">{jdump(settings)}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/core/misc/drupalSettingsLoader.js?v=9.5.11"></script>
<script src="/sites/default/files/languages/pl_Jx3bQ9kLm0vTz2Rw8YcH5sNfD1aUeGp7iO4.js?s6fw2b"></script>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
<script src="/core/misc/drupal.init.js?v=9.5.11"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=9.5.11" defer></script>
<script src="/core/modules/statistics/statistics.js?v=9.5.11"></script>
<script src="/themes/custom/kurier/js/kurier.js?s6fw2b"></script>
<script>
(function (Drupal, once) {{
  Drupal.behaviors.kurierCookies = {{ attach: function (context) {{
    once('kk-cookies', '#sliding-popup', context).forEach(function (el) {{
      if (document.cookie.indexOf('kk-cookie-agreed=') === -1) {{ el.hidden = false; }}
      el.addEventListener('click', function (e) {{
        var b = e.target.closest('button'); if (!b) return;
        var v = b.classList.contains('agree-button') ? 2 : 0;
        document.cookie = 'kk-cookie-agreed=' + v + '; path=/; max-age=' + 100 * 86400; el.hidden = true;
      }});
    }});
  }} }};
}})(Drupal, once);
</script>
</body>
</html>
"""
    return latin2_safe(page_html), blocks


def phenomena_of(a, blocks, charset):
    tags = {"nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots",
            "most-read", "tag-list", "json-ld", "decoy-date", "local-time-zone", "localized-date"}
    tags |= set(a.get("extra_tags", []))
    if charset != "utf-8":
        tags.add("legacy-encoding")
    if a.get("lead"):
        tags.add("standfirst")
    if a.get("kicker"):
        tags.add("kicker")
    if a.get("modified"):
        tags.add("updated-date")
    if a.get("comments"):
        tags.add("comments")
    if a.get("pages"):
        tags.add("paginated")
    if a.get("malformed"):
        tags.add("malformed-html")
    if a.get("seo_title", a["headline"]) != a["headline"]:
        tags.add("title-differs-from-headline")
    kinds = {b.kind for b in blocks}
    if "heading" in kinds:
        tags.add("subheadings")
    if "list_item" in kinds:
        tags.add("list-in-body")
    if "table" in kinds:
        tags.add("table-in-body")
    if a.get("image") or any(i[0] == "img" for i in a["body"]):
        tags.add("photo-caption")
    tags |= {"split-body", "teasers-in-article"}
    if any(i[0] == "czytaj" for i in a["body"]):
        tags.add("inline-related")
    n = words(blocks)
    if n > 2000:
        tags.add("long-article")
    if n < 120:
        tags.add("short-article")
    p = a["published"]
    if f"/{p.year}/{p.month:02d}/{p.day:02d}/" in a["url"]:
        tags.add("date-in-url")
    texts = [a["headline"], a.get("lead", "")] + [b.text for b in blocks]
    if any(latin2_safe(t) != t or any(c in t for c in "&<>\"'") for t in texts):
        tags.add("html-entities")
    return sorted(tags)


ATOMS = _atomic_css("kk-")
SPRITE = _sprite("kurier-krakowski", "kk", ["down", "search", "fb", "x", "mail", "print", "user", "comment", "rss", "close"])

ARTICLES = []
D = _dt.datetime

# 01 ------------------------------------------------------------- ISO-8859-2, paginated, comments
ARTICLES.append(dict(
    id=f"{SITE}-01", extra_note=" Visible 14 March 2017 10:20 preferred over JSON-LD datePublished 2017-03-13T16:40+01:00 (the node's creation time).", ld_pub=D(2017, 3, 13, 16, 40, tzinfo=CET), nid=41877, charset="iso-8859-2",
    url=f"{HOST}/krakow/podgorze/hala-targowa-w-podgorzu-odzyska-dawny-blask-remont-potrwa-dwa-lata",
    section="Kraków", section_path="krakow/podgorze", menu="Kraków",
    crumbs=[("Kraków", "krakow"), ("Podgórze", "krakow/podgorze")],
    headline="Hala targowa w Podgórzu odzyska dawny blask. Remont potrwa dwa lata",
    lead="Zabytkowa hala przy ulicy Limanowskiego, od lat zamknięta i niszczejąca, ma zostać wyremontowana do wiosny 2019 roku. Koszt prac oszacowano na 23 mln zł.",
    author="Joanna Pilch",
    published=D(2017, 3, 14, 10, 20, tzinfo=CET), crawl=D(2017, 3, 15, 8, 5, tzinfo=CET),
    image=("hala-podgorze", "Hala targowa w Podgórzu stoi pusta od 2008 roku.", "Joanna Pilch"),
    pages=2, imieniny="Matyldy, Leona",
    tags=["Podgórze", "Zabytki", "Rewitalizacja", "Targowiska", "Inwestycje"],
    na_czasie=["Remonty ulic", "Smog", "Budżet obywatelski", "Hala targowa"],
    related=["Rewitalizacja Podgórza: co się zmieni w dzielnicy do 2020 roku",
             "Kupcy z targowiska przy Rynku Podgórskim piszą do radnych",
             "Zabytkowe hale w Polsce. Jak zmieniły się po remontach?"],
    comments=[("mieszkaniec_Podgórza", D(2017, 3, 14, 11, 2, tzinfo=CET), "Nareszcie", "Chodzę obok tej hali od dziecka i zawsze było mi żal, że tak niszczeje. Oby tylko nie zrobili z niej kolejnej galerii z drogimi knajpami."),
              ("Ola", D(2017, 3, 14, 12, 47, tzinfo=CET), "A parking?", "Pięknie, tylko gdzie ludzie z całego miasta mają zaparkować, jak przyjadą na zakupy? Już teraz w sobotę nie ma gdzie stanąć."),
              ("kupiec z Rynku", D(2017, 3, 14, 19, 30, tzinfo=CET), "Czynsze", "Zobaczymy, ile wyniesie najem. Obietnice słyszeliśmy już nie raz.")],
    body=[
        ("p", "Umowę na przebudowę hali podpisano we wtorek w siedzibie Podgórskiej Spółki Rewitalizacyjnej, która od 2015 roku zarządza budynkiem. Generalnym wykonawcą będzie tarnowska firma Budomal, wybrana w przetargu spośród pięciu ofert. Prace mają ruszyć jeszcze w kwietniu."),
        ("p", "Hala została zbudowana w 1911 roku jako jeden z pierwszych w Galicji krytych targów z żelazną konstrukcją dachu. Przez ponad pół wieku handlowano w niej mięsem, nabiałem i warzywami z podkrakowskich wsi. Po wojnie mieściły się tu kolejno magazyn spółdzielni spożywców, hurtownia tekstyliów i – przez krótki czas w latach 90. – dyskoteka. Od 2008 roku budynek stoi pusty."),
        ("p", "– Stan techniczny jest gorszy, niż się spodziewaliśmy. Część stalowych kratownic trzeba będzie zdemontować, oczyścić i wzmocnić, a kilka elementów odlać na nowo według historycznych rysunków – mówi Grzegorz Wadas, prezes spółki. Jak dodaje, konserwator zabytków zgodził się na przeszklenie dachu, dzięki czemu wnętrze będzie znacznie jaśniejsze niż przed wojną."),
        ("ad",),
        ("h2", "Targ na parterze, kultura na antresoli"),
        ("p", "Według projektu przygotowanego przez krakowską pracownię Atelier Łęg na parterze znajdzie się 48 stoisk dla rolników i drobnych wytwórców żywności. Na dobudowanej antresoli powstanie sala na 150 osób, przeznaczona na koncerty, warsztaty kulinarne i spotkania mieszkańców. W piwnicach zaplanowano chłodnie oraz zaplecze dla handlujących."),
        ("p", "Projekt budzi jednak kontrowersje. Część kupców z pobliskiego targowiska obawia się, że czynsze w odnowionej hali będą dla nich zbyt wysokie. – Mówi się o targu dla mieszkańców, a skończy się na modnych bistro i kawie po dwanaście złotych – uważa Stanisław Kurdziel, który od 26 lat sprzedaje warzywa kilkadziesiąt metrów od hali."),
        ("h2", "Kupcy czekają na szczegóły"),
        ("p", "Na pobliskim targowisku przy ulicy Limanowskiego handluje dziś około 60 kupców. Część z nich liczy, że po remoncie przeniesie się do hali. – Stoimy pod gołym niebem w deszczu i mrozie. Jeżeli czynsz będzie rozsądny, chętnie wejdę pod dach – mówi Teresa Pająk, która od 20 lat sprzedaje warzywa z własnego ogrodu w Wieliczce."),
        ("p", "Rada Dzielnicy XIII Podgórze domaga się, by na czas remontu zapewnić kupcom tymczasowe miejsce do handlu. Jej przewodniczący Marian Dudek zwraca uwagę, że targ jest dla wielu starszych mieszkańców jedynym miejscem, gdzie mogą kupić świeże produkty bez jeżdżenia do centrum handlowego."),
        ("p", "Spółka zapewnia, że rozmowy w tej sprawie już trwają. Jednym z rozważanych miejsc jest plac przy dawnej zajezdni tramwajowej, oddalony od hali o kilkaset metrów."),
        ("p", "Koszt przebudowy oszacowano na 38 mln zł. Blisko połowę pokryje dotacja z programu rewitalizacji, resztę miasto i spółka. Według harmonogramu hala ma zostać otwarta wiosną 2019 roku."),
        ("p", "Prezes Wadas zapewnia, że co najmniej połowa stoisk zostanie zarezerwowana dla rolników z Małopolski, a stawki dla nich będą niższe od rynkowych. Szczegółowy regulamin najmu ma zostać przedstawiony radzie dzielnicy jeszcze przed wakacjami."),
    ],
    entities=[("krakowską", "MISC"), ("Teresa Pająk", "PER"), ("Wieliczce", "LOC"), ("Rada Dzielnicy XIII Podgórze", "ORG"), ("Marian Dudek", "PER"), ("Podgórzu", "LOC"), ("Limanowskiego", "LOC"), ("Podgórskiej Spółki Rewitalizacyjnej", "ORG"), ("Budomal", "ORG"),
              ("Galicji", "LOC"), ("Grzegorz Wadas", "PER"), ("Wadas", "PER"), ("Atelier Łęg", "ORG"),
              ("Stanisław Kurdziel", "PER"), ("Małopolski", "LOC")],
    notes="Strona 1 z 2: the body is the first page only; the comment timestamps are decoy dates.",
))

# 02 ------------------------------------------------------------- UTF-8, comments, malformed markup, update, kicker, table
ARTICLES.append(dict(
    id=f"{SITE}-02", nid=52960, charset="utf-8", malformed=True,
    url=f"{HOST}/2019/11/27/nowa-huta-pod-czujnikami-mieszkancy-sami-mierza-smog",
    section="Kraków", section_path="krakow/nowa-huta", menu="Kraków",
    crumbs=[("Kraków", "krakow"), ("Nowa Huta", "krakow/nowa-huta")],
    kicker="Alarm smogowy",
    headline="Nowa Huta pod czujnikami. Mieszkańcy sami mierzą smog na 40 osiedlach",
    lead="Sieć czujników założona przez stowarzyszenie Oddech Huty pokazała w środę rano stężenia pyłu PM10 przekraczające normę nawet pięciokrotnie.",
    author="Tomasz Bielatowicz",
    published=D(2019, 11, 27, 7, 45, tzinfo=CET), modified=D(2019, 11, 27, 13, 10, tzinfo=CET),
    crawl=D(2019, 11, 28, 6, 30, tzinfo=CET), imieniny="Walerii, Wirgiliusza",
    image=("czujnik-balkon", "Jeden z czujników zamontowanych na balkonie bloku w Nowej Hucie.", "Tomasz Bielatowicz"),
    tags=["Smog", "Nowa Huta", "Jakość powietrza", "Stowarzyszenia", "Zdrowie"],
    na_czasie=["Smog", "Alarm smogowy", "Darmowa komunikacja", "Zakaz palenia węglem"],
    related=["Darmowa komunikacja w dni smogowe. Jak to działa?",
             "Zakaz palenia węglem w Krakowie: rok później",
             "Jak sprawdzić jakość powietrza pod własnym domem"],
    comments=[("Huciarz", D(2019, 11, 27, 8, 12, tzinfo=CET), "Dzięki", "Świetna inicjatywa. Sprawdziłem rano czujnik przy szkole córki i zostawiłem ją w domu. Szkoda, że to mieszkańcy muszą to robić, a nie miasto."),
              ("Marek", D(2019, 11, 27, 9, 40, tzinfo=CET), "Wilgotność", "Te tanie czujniki zawyżają przy mgle, to wiadomo. Ale nawet jak podzielić wynik na pół, to i tak jest tragedia."),
              ("ania_z_Zielonego", D(2019, 11, 27, 14, 55, tzinfo=CET), "Gdzie mapa?", "Gdzie można zobaczyć mapę wszystkich czujników? Na stronie stowarzyszenia widzę tylko listę."),
              ("Redakcja", D(2019, 11, 27, 15, 20, tzinfo=CET), "Re: Gdzie mapa?", "Mapa jest dostępna w zakładce „Pomiary” na stronie stowarzyszenia, po kliknięciu w nazwę osiedla.")],
    body=[
        ("p", "Czujniki, wielkości pudełka po butach, zawisły na balkonach, płotach i ścianach szkół w ciągu ostatnich trzech miesięcy. Kupiono je za pieniądze ze zbiórki internetowej, na którą mieszkańcy Nowej Huty wpłacili ponad 62 tys. zł. Dane z każdego urządzenia co kwadrans trafiają na stronę stowarzyszenia, gdzie każdy może sprawdzić, czym oddycha na swoim osiedlu."),
        ("p", "– Oficjalne stacje pomiarowe są w całej dzielnicy dwie. To za mało, żeby powiedzieć matce z Mistrzejowic, czy może dziś wyjść z dzieckiem na spacer – tłumaczy Barbara Jachym, przewodnicząca stowarzyszenia Oddech Huty, z zawodu inżynier środowiska."),
        ("p", "W środę o godz. 7 najgorsze wyniki zanotowano na osiedlach położonych najbliżej terenów przemysłowych i ulic wylotowych. Dopuszczalny poziom dobowy pyłu PM10 wynosi 50 mikrogramów na metr sześcienny."),
        ("table", [["Osiedle", "PM10 (µg/m³)", "Przekroczenie normy"],
                   ["os. Na Skarpie", "254", "408%"],
                   ["os. Zielone", "211", "322%"],
                   ["os. Górali", "187", "274%"],
                   ["os. Kolorowe", "143", "186%"],
                   ["os. Słoneczne", "98", "96%"]],
         "Źródło: stowarzyszenie Oddech Huty, pomiary z 27 listopada 2019 r., godz. 7.00"),
        ("p", "Stowarzyszenie podkreśla, że tanie czujniki optyczne nie zastąpią certyfikowanych stacji i mogą zawyżać wyniki przy dużej wilgotności powietrza. – Nie twierdzimy, że nasze liczby są dokładne co do mikrograma. Ale kiedy czterdzieści czujników naraz pokazuje czerwień, to nie jest przypadek – mówi Jachym."),
        ("ad",),
        ("p", "Dane zainteresowały już naukowców. Dr Piotr Lesiak z Małopolskiego Instytutu Badań Powietrza zapowiedział, że jego zespół porówna odczyty społecznej sieci z pomiarami referencyjnymi i oceni, na ile można je wykorzystać do ostrzegania mieszkańców."),
        ("p", "Stowarzyszenie chce do końca zimy zamontować kolejnych 20 czujników, m.in. przy przedszkolach i przychodniach. Zbiórka na ich zakup wciąż trwa, a każdy, kto chce powiesić urządzenie na swoim balkonie, może zgłosić się przez formularz na stronie organizacji."),
        ("p", "Mieszkańcy, którzy przyłączyli się do akcji, mówią, że dane zmieniły ich codzienne nawyki. – Zanim wyjdę z córką do przedszkola, sprawdzam mapę w telefonie. Jeśli przy naszym bloku jest fioletowo, jedziemy tramwajem zamiast iść pieszo wzdłuż alei – opowiada Magdalena Szewczyk z osiedla Zielone."),
        ("h2", "Kilkaset pieców do wymiany"),
        ("p", "Według urzędników w Nowej Hucie wciąż działa kilkaset pieców na węgiel, głównie w starszych kamienicach i domach jednorodzinnych na obrzeżach dzielnicy. Program dopłat do wymiany ogrzewania cieszy się jednak coraz większym zainteresowaniem – w tym roku złożono o jedną trzecią więcej wniosków niż rok wcześniej."),
        ("p", "Barbara Jachym uważa, że sieć czujników pomoże wskazać miejsca, gdzie wymiana pieców powinna nastąpić najszybciej. – Widzimy na mapie punkty, które każdego wieczoru świecą się na czerwono. To nie przypadek, tylko konkretne ulice i konkretne kominy – mówi."),
        ("p", "Stowarzyszenie planuje też spotkania w szkołach, na których uczniowie będą mogli sami składać proste czujniki. Pierwsze zajęcia odbędą się w grudniu w jednym z liceów w Nowej Hucie."),
        ("p", "<strong>Aktualizacja, godz. 13.10.</strong> Po południu stężenia na większości osiedli spadły poniżej 100 mikrogramów. Według prognoz w czwartek ma się wzmóc wiatr, co powinno poprawić jakość powietrza."),
    ],
    entities=[("Magdalena Szewczyk", "PER"), ("Nowa Huta", "LOC"), ("Nowej Huty", "LOC"), ("Nowej Hucie", "LOC"), ("Oddech Huty", "ORG"), ("Mistrzejowic", "LOC"),
              ("Barbara Jachym", "PER"), ("Jachym", "PER"), ("Piotr Lesiak", "PER"),
              ("Małopolskiego Instytutu Badań Powietrza", "ORG"), ("Na Skarpie", "LOC"), ("Zielone", "LOC"), ("Górali", "LOC"),
              ("Kolorowe", "LOC"), ("Słoneczne", "LOC")],
    notes="The bold 'Aktualizacja, godz. 13.10.' label stays inside its paragraph and that time is the modified date; the table's source line is an optional caption.",
))

# 03 ------------------------------------------------------------- ISO-8859-2, malformed markup, list
ARTICLES.append(dict(
    id=f"{SITE}-03", ld_no_author=True, meta_author=None, meta_pub=False, nid=63204, charset="iso-8859-2", malformed=True,
    url=f"{HOST}/node/63204",
    section="Małopolska", section_path="malopolska/tarnow", menu="Małopolska",
    crumbs=[("Małopolska", "malopolska"), ("Tarnów", "malopolska/tarnow")],
    headline="Wiertarka, namiot i maszyna do szycia na kartę biblioteczną. W Tarnowie ruszyła biblioteka rzeczy",
    seo_title="Biblioteka rzeczy w Tarnowie. Co można wypożyczyć i na jakich zasadach",
    lead="Zamiast kupować sprzęt, z którego korzysta się raz w roku, mieszkańcy mogą go wypożyczyć za darmo. W pierwszym tygodniu z oferty skorzystało ponad 200 osób.",
    author="Agnieszka Trzebuńska",
    published=D(2021, 6, 9, 12, 5, tzinfo=CEST), crawl=D(2021, 6, 10, 9, 15, tzinfo=CEST), imieniny="Felicjana, Pelagii",
    image=("biblioteka-rzeczy-tarnow", "Regały z narzędziami w tarnowskiej bibliotece rzeczy.", "Agnieszka Trzebuńska"),
    tags=["Tarnów", "Ekologia", "Biblioteka rzeczy", "Fundacje", "Budżet obywatelski"],
    na_czasie=["Wakacje 2021", "Szczepienia", "Budżet obywatelski", "Tarnów"],
    related=["Repair café w Krakowie: naprawią ci toster i rower",
             "Tarnów: budżet obywatelski rekordowo popularny",
             "Jak żyć z mniejszą liczbą rzeczy? Radzą minimaliści"],
    body=[
        ("p", "Biblioteka rzeczy działa w dawnym sklepie obuwniczym przy ulicy Wałowej. Na regałach, zamiast książek, stoją wiertarki, szlifierki, namioty, śpiwory, maszyny do szycia i projektor, a nawet rakiety do badmintona i maszynka do makaronu. Łącznie ponad 320 przedmiotów, z których większość podarowali sami mieszkańcy."),
        ("p", "Pomysł przyszedł z Danii i Niemiec, gdzie takie wypożyczalnie działają od lat. W Tarnowie zrealizowała go Fundacja Wspólna Półka we współpracy z osiedlowym domem kultury. Koszt uruchomienia – głównie remont lokalu i system wypożyczeń – wyniósł 86 tys. zł, z czego większość pokrył grant z budżetu obywatelskiego."),
        ("p", "– Przeciętna wiertarka pracuje przez całe swoje życie kilkanaście minut. Nie ma sensu, żeby każdy miał własną – mówi Katarzyna Mleczko z fundacji. – Chcemy, żeby ludzie kupowali mniej, a przy okazji poznali sąsiadów."),
        ("p", "Zasady są proste. Wystarczy zapisać się z dowodem osobistym i podpisać regulamin. Przedmioty wypożycza się na tydzień, z możliwością przedłużenia. Za zniszczenie sprzętu z winy wypożyczającego trzeba zapłacić, ale – jak zapewnia fundacja – w pierwszym tygodniu nic takiego się nie zdarzyło."),
        ("p", "Najczęściej wypożyczane w pierwszym tygodniu były:"),
        ("ul", ["wiertarka udarowa (23 wypożyczenia),", "namiot czteroosobowy (17),", "myjka ciśnieniowa (15),", "maszyna do szycia (12)."]),
        ("p", "Wśród pierwszych klientów był pan Henryk, emerytowany kolejarz, który pożyczył szlifierkę do odnowienia drzwi. – Kiedyś bym kupił, a potem leżałaby w piwnicy do śmierci. A tak oddałem i po sprawie – śmieje się."),
        ("p", "Fundacja chciałaby w przyszłości otworzyć punkty wypożyczeń także w innych dzielnicach miasta. – Jeśli pomysł się przyjmie, za rok chcielibyśmy mieć trzy takie miejsca. Potrzebujemy tylko lokali i wolontariuszy, którzy pomogą przy dyżurach – mówi Mleczko."),
        ("p", "Na półkach biblioteki jest dziś ponad 300 przedmiotów. Większość podarowali mieszkańcy, część fundacja kupiła dzięki grantowi z budżetu obywatelskiego. Każdy sprzęt przed wypożyczeniem sprawdza wolontariusz, emerytowany elektryk, który raz w tygodniu przegląda narzędzia i wymienia zużyte części."),
        ("czytaj", ["Tarnów: mieszkańcy zdecydowali, na co pójdą pieniądze z budżetu obywatelskiego", "Naprawiają zamiast wyrzucać. Kawiarenki naprawcze w Małopolsce"]),
        ("p", "Z biblioteki korzystają nie tylko osoby, które chcą oszczędzić. – Przychodzą młodzi ludzie, którzy wynajmują mieszkania i nie chcą gromadzić rzeczy, ale też rodziny, które potrzebują czegoś raz w roku, na przykład namiotu na wakacje – wyjaśnia Mleczko."),
        ("h2", "Naprawiać zamiast wyrzucać"),
        ("p", "Raz w miesiącu w lokalu odbywa się też kawiarenka naprawcza. Mieszkańcy przynoszą zepsute czajniki, lampy czy zabawki, a wolontariusze pomagają je naprawić. Podczas pierwszego spotkania udało się uratować 14 z 19 przyniesionych przedmiotów."),
        ("p", "Podobne wypożyczalnie działają już w kilku miastach w Polsce, m.in. w Krakowie i we Wrocławiu. Ich twórcy wymieniają się doświadczeniami i wspólnie opracowali wzór regulaminu, z którego skorzystała także fundacja z Tarnowa."),
        ("p", "Biblioteka jest czynna od wtorku do soboty. Fundacja zbiera kolejne przedmioty – szczególnie poszukiwane są sprzęty turystyczne i narzędzia ogrodowe."),
    ],
    entities=[("Polsce", "LOC"), ("Krakowie", "LOC"), ("Wrocławiu", "LOC"), ("Tarnowa", "LOC"), ("Tarnowie", "LOC"), ("Wałowej", "LOC"), ("Danii", "LOC"), ("Niemiec", "LOC"), ("Fundacja Wspólna Półka", "ORG"),
              ("Katarzyna Mleczko", "PER"), ("Mleczko", "PER"), ("Henryk", "PER")],
    notes="The legacy editor left paragraphs and list items unclosed and a stray </div> after the body; the URL is the bare node path, so the date comes from the visible byline.",
))

# 04 ------------------------------------------------------------- ISO-8859-2, paginated
ARTICLES.append(dict(
    id=f"{SITE}-04", time_el=False, nid=38552, charset="iso-8859-2",
    url=f"{HOST}/2016/07/22/ostatni-sezon-flisaka-jozefa-dunajec-nauczyl-mnie-cierpliwosci",
    section="Małopolska", section_path="malopolska/pieniny", menu="Małopolska",
    crumbs=[("Małopolska", "malopolska"), ("Pieniny", "malopolska/pieniny")],
    headline="Ostatni sezon flisaka Józefa. „Dunajec nauczył mnie cierpliwości”",
    lead="Po 44 latach pracy na rzece 68-letni Józef Hałaj z Kątów odkłada flisacki drąg. Przepłynął przełom Dunajca ponad dziewięć tysięcy razy.",
    author="Krzysztof Mazgaj",
    published=D(2016, 7, 22, 9, 0, tzinfo=CEST), crawl=D(2016, 7, 23, 10, 40, tzinfo=CEST),
    image=("flisak-halaj", "Józef Hałaj na przystani flisackiej w Kątach.", "Krzysztof Mazgaj"),
    pages=2, imieniny="Marii Magdaleny, Wawrzyńca",
    tags=["Pieniny", "Dunajec", "Flisacy", "Turystyka", "Ludzie"],
    na_czasie=["Wakacje w Małopolsce", "Pieniny", "Upały", "Spływ Dunajcem"],
    related=["Rekordowy sezon w Pieninach. Na tratwy wsiadło już 100 tys. turystów",
             "Jak przygotować się do spływu Dunajcem? Praktyczny poradnik",
             "Zamek w Niedzicy zaprasza na nocne zwiedzanie"],
    body=[
        ("p", "Józef Hałaj pierwszy raz stanął na tratwie jako szesnastolatek, u boku ojca. – Wtedy nie było kapoków ani telefonów. Była rzeka, drąg i ojciec, który mówił mało, ale jak już powiedział, to trzeba było słuchać – wspomina, siedząc na ławce przy przystani w Kątach."),
        ("p", "Tratwa flisacka to pięć wąskich łodzi – czółen – połączonych ze sobą linami. Prowadzi ją dwóch flisaków: jeden z przodu, drugi z tyłu, obaj z długimi drągami, którymi odpychają się od dna. Spływ przełomem Dunajca z Kątów do Szczawnicy trwa około dwóch i pół godziny. W sezonie, od kwietnia do października, flisacy odbywają dwa, a nawet trzy takie kursy dziennie."),
        ("p", "– Rzeka każdego dnia jest inna. Po deszczu płynie szybko i trzeba uważać na kamienie, w suszy szoruje się dnem i pcha tratwę prawie na siłę. Kto myśli, że zna Dunajec, ten długo tu nie popracuje – mówi Hałaj."),
        ("h2", "Opowieści dla turystów"),
        ("p", "Flisak to nie tylko przewoźnik, ale i gawędziarz. Podczas spływu opowiada turystom legendy o zbójnikach, o Trzech Koronach i o zamku w Czorsztynie, a także anegdoty, które z roku na rok obrastają w nowe szczegóły. Hałaj ma ich w zanadrzu kilkadziesiąt. Najbardziej lubi tę o turyście z Warszawy, który w 1987 roku wypadł z tratwy, próbując sfotografować bociana, i wynurzył się z aparatem nad głową."),
        ("p", "– Aparat przeżył, zdjęcie też. Przysłał mi je potem pocztą, z podziękowaniem – śmieje się flisak. Pożółkła odbitka do dziś wisi w jego kuchni."),
        ("p", "Sezon na Dunajcu trwa od kwietnia do października. W szczycie, w lipcu i sierpniu, Hałaj spływa z turystami nawet trzy razy dziennie. Trasa z Kątów do Szczawnicy liczy około 18 kilometrów i zajmuje niespełna trzy godziny."),
        ("p", "– Najtrudniejsze są dni, kiedy wieje wiatr w górę rzeki. Wtedy tratwa stoi w miejscu, a ludzie pytają, czy na pewno dopłyniemy przed kolacją – śmieje się flisak."),
        ("p", "Na każdy spływ zakłada odświętny strój: haftowaną kamizelkę, kapelusz z muszelkami i pas z mosiężnymi klamrami. Strój odziedziczył po ojcu i, jak mówi, wkłada go tylko na wodę."),
        ("ad",),
        ("p", "Zawód flisaka przechodzi w Pieninach z ojca na syna od pokoleń. Według Stowarzyszenia Przewodników Flisackich Dunajec, do którego należy Hałaj, na rzece pracuje dziś około 500 flisaków, ale coraz trudniej o młodych następców. – Praca jest sezonowa, ciężka i zależna od pogody. Młodzi wolą jechać do Krakowa albo za granicę – przyznaje Marek Wnęk, prezes stowarzyszenia."),
        ("h2", "Co dalej z zawodem"),
        ("p", "Hałaj martwi się o przyszłość zawodu. Młodych chętnych nie brakuje, ale coraz mniej z nich zostaje na dłużej, bo praca jest sezonowa, a zarobki zależą od pogody i liczby turystów. – Syn skończył studia w Krakowie i pracuje w biurze. Wnuk ma dopiero osiem lat. Zobaczymy, czy rzeka go zawoła – mówi."),
    ],
    entities=[("Dunajcu", "LOC"), ("Krakowie", "LOC"), ("Józefa", "PER"), ("Dunajec", "LOC"), ("Józef Hałaj", "PER"), ("Hałaj", "PER"), ("Kątów", "LOC"), ("Kątach", "LOC"),
              ("Dunajca", "LOC"), ("Szczawnicy", "LOC"), ("Trzech Koronach", "LOC"), ("Czorsztynie", "LOC"), ("Warszawy", "LOC"),
              ("Pieninach", "LOC"), ("Stowarzyszenia Przewodników Flisackich Dunajec", "ORG"), ("Krakowa", "LOC"),
              ("Marek Wnęk", "PER")],
    notes="Strona 1 z 2: the body is the first page only; the headline's quotation is written with &bdquo;/&rdquo; references in the ISO-8859-2 page.",
))

# 05 ------------------------------------------------------------- UTF-8, comments, list
ARTICLES.append(dict(
    id=f"{SITE}-05", meta_pub=False, nid=71419, charset="utf-8",
    url=f"{HOST}/kultura/festiwale/miod-ziola-i-kozie-sery-na-placu-nowym-ruszyl-jarmark-ziol-i-miodu",
    section="Kultura", section_path="kultura/festiwale", menu="Kultura",
    crumbs=[("Kultura", "kultura"), ("Festiwale", "kultura/festiwale")],
    headline="Miód, zioła i kozie sery. Na placu Nowym ruszył Jarmark Ziół i Miodu",
    lead="Przez trzy dni na Kazimierzu wystawia się ponad 70 pszczelarzy, zielarzy i serowarów z Małopolski i Podkarpacia. Organizatorzy spodziewają się nawet 30 tysięcy gości.",
    author="Ewa Gwiżdż",
    published=D(2023, 8, 19, 16, 30, tzinfo=CEST), crawl=D(2023, 8, 20, 9, 0, tzinfo=CEST), imieniny="Bolesława, Juliana",
    image=("jarmark-plac-nowy", "Stoiska pszczelarzy na placu Nowym w sobotę po południu.", "Ewa Gwiżdż"),
    tags=["Kazimierz", "Jarmarki", "Miód", "Kuchnia regionalna", "Weekend w Krakowie"],
    na_czasie=["Wakacje 2023", "Weekend w Krakowie", "Jarmarki", "Upały"],
    related=["Festiwal smaków na Małym Rynku. Co warto spróbować?",
             "Pszczelarze alarmują: ten sezon był jednym z najsłabszych od lat",
             "Kazimierz po zmroku. Mieszkańcy mają dość hałasu"],
    comments=[("Basia", D(2023, 8, 19, 18, 2, tzinfo=CEST), "Polecam", "Byłam dziś, miód wrzosowy rewelacyjny. Serów niestety już nie było, jutro idę wcześniej."),
              ("Kazimierzanin", D(2023, 8, 19, 20, 41, tzinfo=CEST), "Znowu u nas", "Pani Irena ma rację. Dlaczego takie imprezy nie mogą się odbywać gdzieś indziej, np. w Parku Jordana?"),
              ("turysta z Lublina", D(2023, 8, 20, 8, 15, tzinfo=CEST), "Super", "Przyjechaliśmy specjalnie na jarmark i nie żałujemy. Warsztaty ze świecami dzieci zachwycone.")],
    body=[
        ("p", "Już w sobotę przed południem między straganami na placu Nowym trudno było się przecisnąć. Największe kolejki ustawiały się po miód wrzosowy z Beskidu Niskiego i po kozie sery z gospodarstwa spod Limanowej, które po dwóch godzinach handlu musiało wywiesić kartkę „Wyprzedane, zapraszamy jutro”."),
        ("p", "– Przyjeżdżamy tu czwarty raz i co roku ludzi jest więcej. Krakowianie coraz częściej pytają nie tylko o smak, ale też o to, skąd jest miód i jak żyją nasze pszczoły – mówi Wojciech Kołodziej, pszczelarz z okolic Gorlic, który prowadzi 120 uli."),
        ("p", "Na stoiskach można było kupić nie tylko miód, ale też pyłek pszczeli, propolis, syropy z pędów sosny, suszone zioła na herbatę i ręcznie robione mydła. Ceny miodu wahały się od 35 do 70 zł za kilogram, w zależności od rodzaju. Najdroższy był miód spadziowy z jodły, którego – jak tłumaczyli pszczelarze – w tym roku było wyjątkowo mało z powodu suszy."),
        ("p", "Jarmark po raz szósty organizuje Stowarzyszenie Smaki Małopolski. Oprócz stoisk przygotowano warsztaty i pokazy. W programie są m.in.:"),
        ("ul", ["pokaz miodobrania z przeszklonego ula (codziennie o godz. 11 i 15),",
                "warsztaty robienia świec z wosku pszczelego dla dzieci,",
                "degustacja miodów pitnych z komentarzem sommeliera,",
                "wykład o ziołach leczniczych rosnących w krakowskich parkach,",
                "niedzielny koncert kapeli ludowej z Podhala."]),
        ("p", "Nie wszystkim mieszkańcom Kazimierza impreza przypadła do gustu. – Trzy dni hałasu, korki i zero miejsc parkingowych. Rozumiem, że to promocja regionu, ale dlaczego zawsze u nas? – pyta pani Irena, która mieszka przy jednej z pobliskich ulic."),
        ("p", "Pszczelarze przyznają, że ostatnie lata nie były dla nich łatwe. Wiosenne przymrozki i susze sprawiają, że pszczoły zbierają mniej nektaru, a koszty utrzymania pasiek rosną. – Miód lipowy był w tym roku o połowę droższy w produkcji niż trzy lata temu – mówi Wojciech Kołodziej."),
        ("h2", "Więcej niż handel"),
        ("p", "Organizatorzy podkreślają, że jarmark ma też edukować. Przy stoisku stowarzyszenia można było się dowiedzieć, jak odróżnić miód prawdziwy od podrabianego i dlaczego krystalizacja miodu jest zjawiskiem naturalnym, a nie dowodem na to, że produkt się zepsuł."),
        ("p", "Dużym zainteresowaniem cieszyło się stoisko zielarki z Podhala, która doradzała, jakie zioła warto zbierać latem i jak je suszyć. – Ludzie wracają do tego, co znały nasze babcie. Tylko często nie wiedzą, od czego zacząć – mówiła."),
        ("p", "W niedzielę wieczorem na scenie wystąpią zespoły ludowe z Małopolski i Podkarpacia, a w poniedziałek organizatorzy rozstrzygną konkurs na najlepszy miód sezonu."),
        ("p", "Organizatorzy odpowiadają, że jarmark kończy się codziennie o godz. 20, a muzyka gra tylko w niedzielę. Impreza potrwa do poniedziałku, 21 sierpnia. Wstęp jest bezpłatny."),
    ],
    entities=[("krakowskich", "MISC"), ("placu Nowym", "LOC"), ("Jarmark Ziół i Miodu", "MISC"), ("Kazimierzu", "LOC"), ("Małopolski", "LOC"),
              ("Podkarpacia", "LOC"), ("Beskidu Niskiego", "LOC"), ("Limanowej", "LOC"), ("Krakowianie", "MISC"),
              ("Wojciech Kołodziej", "PER"), ("Gorlic", "LOC"), ("Stowarzyszenie Smaki Małopolski", "ORG"), ("Podhala", "LOC"),
              ("Kazimierza", "LOC"), ("Irena", "PER")],
    notes="'21 sierpnia' in the text is the end of the fair, not a date of the article; the demonym 'Krakowianie' is MISC.",
))

# 06 ------------------------------------------------------------- ISO-8859-2, comments (its UTF-8 twin is 09)
ARTICLES.append(dict(
    id=f"{SITE}-06", nid=45310, charset="iso-8859-2",
    url=f"{HOST}/krakow/kazimierz/kawiarnia-pod-zegarem-zamyka-sie-po-32-latach",
    section="Kraków", section_path="krakow/kazimierz", menu="Kraków",
    crumbs=[("Kraków", "krakow"), ("Kazimierz", "krakow/kazimierz")],
    headline="Kawiarnia „Pod Zegarem” zamyka się po 32 latach. „Czynsz wzrósł trzykrotnie”",
    lead="Jedna z najstarszych kawiarni na Kazimierzu wyda ostatnią kawę w sobotę. Właściciele nie doszli do porozumienia z nowym właścicielem kamienicy.",
    author="Łukasz Stopka",
    published=D(2018, 1, 31, 18, 10, tzinfo=CET), crawl=D(2018, 2, 1, 7, 20, tzinfo=CET), imieniny="Ludwiki, Marceli",
    tags=["Kazimierz", "Kawiarnie", "Czynsze", "Kultowe miejsca", "Nieruchomości"],
    na_czasie=["Ferie zimowe", "Smog", "Czynsze na Kazimierzu", "Kultowe miejsca"],
    related=["Znikają kultowe lokale Starego Miasta. Lista jest długa",
             "Kamienice na Kazimierzu zmieniają właścicieli. Kto kupuje?",
             "Gdzie na szarlotkę w Krakowie? Nasz ranking"],
    comments=[("stała bywalczyni", D(2018, 1, 31, 19, 5, tzinfo=CET), "Szkoda", "Pierwsza randka z mężem, obrona pracy magisterskiej, chrzciny córki – wszystko świętowaliśmy Pod Zegarem. Będzie nam brakowało."),
              ("Piotr K.", D(2018, 1, 31, 21, 33, tzinfo=CET), "Rynek", "Takie są realia. Jak ktoś kupuje kamienicę za kilkanaście milionów, to nie będzie dopłacał do szarlotki."),
              ("Ala", D(2018, 2, 1, 6, 58, tzinfo=CET), "Petycja", "Podpisałam petycję. W sobotę przychodzę z filiżanką po babci.")],
    body=[
        ("p", "Kawiarnię przy ulicy Józefa otworzyli w 1986 roku Halina i Zbigniew Porębscy. Przez ponad trzy dekady lokal z charakterystycznym zegarem nad wejściem, ciemną boazerią i szarlotką według przepisu babci właścicielki stał się miejscem spotkań kilku pokoleń krakowian – studentów, artystów i mieszkańców dzielnicy."),
        ("p", "Kawiarnia przetrwała w tym czasie niejeden kryzys. W latach 90., gdy Kazimierz był jeszcze zaniedbaną dzielnicą, przez kilka lat ledwie wiązała koniec z końcem. Później, gdy do dzielnicy ściągnęły tłumy turystów, Porębscy nie zmienili ani wystroju, ani karty. – Ludzie przychodzili właśnie po to, żeby nic się nie zmieniało – mówi właścicielka."),
        ("p", "Pod koniec ubiegłego roku kamienicę kupiła spółka Kamea Nieruchomości, która zapowiedziała remont budynku i podniesienie stawek najmu. – Zaproponowano nam czynsz trzy razy wyższy niż dotychczas. Przy naszych cenach musielibyśmy sprzedawać szarlotkę po czterdzieści złotych – mówi Halina Porębska."),
        ("p", "Przedstawiciel spółki, Adrian Ciszek, tłumaczy, że nowa stawka odpowiada cenom rynkowym w tej części miasta. – Rozumiemy sentyment, ale budynek wymaga gruntownego remontu, który kosztuje kilka milionów złotych. Lokal na parterze nie może być dotowany przez pozostałych najemców – mówi."),
        ("p", "Wiadomość o zamknięciu kawiarni szybko rozeszła się w internecie. Petycję w jej obronie podpisało w ciągu trzech dni ponad 4,5 tys. osób. Stali bywalcy organizują na sobotę pożegnalne spotkanie, na które – jak zapowiadają – przyjdą z własnymi filiżankami."),
        ("ad",),
        ("p", "– Przychodziłem tu jako student, potem z żoną na randki, a teraz przychodzę z wnukami – mówi pan Jerzy, który od rana siedział przy stoliku pod oknem. – To nie jest tylko kawiarnia. To kawałek mojego życia."),
        ("p", "Zamknięcie kawiarni to kolejny przykład zmian, jakie zachodzą na Kazimierzu. W ostatnich latach z dzielnicy zniknęło kilka zakładów rzemieślniczych, antykwariat i dwa sklepy spożywcze, a na ich miejscu powstały bary i sklepy z pamiątkami."),
        ("p", "– Turystyka dała dzielnicy pieniądze i odnowione kamienice, ale odebrała jej codzienność. Mieszkańcy nie mają gdzie kupić chleba, a w nocy nie mogą spać – mówi Marta Lach ze stowarzyszenia mieszkańców Kazimierza."),
        ("p", "Miasto nie ma wpływu na stawki najmu w prywatnych kamienicach. Urzędnicy przypominają jednak, że w lokalach należących do gminy obowiązują preferencyjne czynsze dla lokali z tradycjami. Na liście jest obecnie 43 miejsca, ale kawiarnia Porębskich się na niej nie znalazła, bo nigdy nie działała w gminnym budynku."),
        ("p", "Ostatni dzień działalności kawiarni zaplanowano na koniec lutego. Właściciele zapowiadają pożegnalny wieczór z muzyką na żywo, na który zapraszają wszystkich stałych gości."),
        ("p", "Porębscy nie wykluczają, że spróbują otworzyć lokal w innym miejscu. Zegar, który przez 32 lata wisiał nad wejściem, zabiorą ze sobą."),
    ],
    entities=[("Marta Lach", "PER"), ("Kazimierza", "LOC"), ("Porębskich", "PER"), ("Pod Zegarem", "ORG"), ("Kazimierzu", "LOC"), ("Józefa", "LOC"), ("Halina", "PER"), ("Zbigniew Porębscy", "PER"),
              ("krakowian", "MISC"), ("Kamea Nieruchomości", "ORG"), ("Halina Porębska", "PER"), ("Adrian Ciszek", "PER"),
              ("Jerzy", "PER"), ("Porębscy", "PER"), ("Kazimierz", "LOC")],
    notes="No lead photo on this story; 'ulicy Józefa' is a street (LOC) and the café's name in quotation marks is typed ORG without the quotes.",
))

# 07 ------------------------------------------------------------- UTF-8
ARTICLES.append(dict(
    id=f"{SITE}-07", extra_note=" The author meta tag reads 'Joanna Pilch, Kurier Krakowski'; the byline's name is the author.", ld_no_author=True, meta_author="Joanna Pilch, Kurier Krakowski", meta_pub=False, nid=80166, charset="utf-8",
    url=f"{HOST}/przyroda/bociany-wrocily-wczesniej-niz-zwykle-pierwsze-gniazda-zajete-juz-w-marcu",
    section="Przyroda", section_path="przyroda", menu="Przyroda",
    crumbs=[("Przyroda", "przyroda")],
    headline="Bociany wróciły wcześniej niż zwykle. Pierwsze gniazda zajęte już w marcu",
    lead="Ornitolodzy z Małopolski odnotowali pierwsze bociany białe już 9 marca, niemal dwa tygodnie przed tradycyjnym terminem. To efekt ciepłej zimy w Europie i Afryce.",
    author="Joanna Pilch",
    published=D(2024, 3, 21, 11, 15, tzinfo=CET), crawl=D(2024, 3, 22, 8, 10, tzinfo=CET), imieniny="Benedykta, Lubomira",
    image=("bocian-brzeznica", "Bocian biały na gnieździe w Brzeźnicy koło Wadowic.", "Małopolskie Towarzystwo Ornitologiczne"),
    tags=["Bociany", "Ptaki", "Przyroda", "Klimat", "Wiosna"],
    na_czasie=["Pierwszy dzień wiosny", "Ptasia grypa", "Pogoda", "Bociany"],
    related=["Jak pomóc osłabionemu ptakowi? Poradnik dla znalazców",
             "Rekordowo ciepła zima w Małopolsce. Synoptycy podsumowują",
             "Sokoły wędrowne znów gniazdują na kominie elektrociepłowni"],
    body=[
        ("p", "Pierwszego bociana białego w tym roku zauważono 9 marca na gnieździe na słupie energetycznym w Brzeźnicy koło Wadowic. W kolejnych dniach zgłoszenia napływały z doliny Wisły, okolic Oświęcimia i Bochni. Do czwartku wolontariusze Małopolskiego Towarzystwa Ornitologicznego potwierdzili obecność ptaków na 64 gniazdach."),
        ("p", "– Jeszcze dwadzieścia lat temu pierwsze bociany przylatywały do nas około 25 marca, a większość dopiero w kwietniu. Teraz przylot w pierwszej połowie marca przestaje dziwić – mówi dr Anna Sobieraj, ornitolog i koordynatorka corocznego liczenia gniazd."),
        ("p", "Wcześniej niż zwykle bociany pojawiły się też na Sądecczyźnie. Pierwszego ptaka nad Dunajcem w Nowym Sączu zauważono 12 marca, tydzień wcześniej niż przed rokiem. Kilka dni później zajęte było już gniazdo na kominie dawnej cegielni w Marcinkowicach."),
        ("p", "Część bocianów białych zimuje dziś nie w Afryce, ale w Hiszpanii i Portugalii, gdzie znajduje pożywienie na wysypiskach śmieci i polach ryżowych. Ptaki mają więc do przebycia znacznie krótszą drogę. Zmienia się też sam klimat: łagodne zimy sprawiają, że wcześniej wyruszają na północ."),
        ("p", "Wczesny przylot niesie jednak ryzyko. Jeśli w kwietniu wrócą przymrozki lub śnieg, bocianom może zabraknąć pożywienia – żab, dżdżownic i drobnych gryzoni. – W takiej sytuacji prosimy, żeby nie dokarmiać ptaków chlebem. Lepiej zgłosić osłabionego bociana do ośrodka rehabilitacji – apeluje Sobieraj."),
        ("p", "Liczenie gniazd prowadzone jest w Małopolsce od 2004 roku. Wolontariusze odwiedzają znane gniazda dwa razy w sezonie: wiosną sprawdzają, czy zostały zajęte, a latem liczą młode. Najwięcej bocianów gniazduje w dolinach Wisły i Raby oraz na Podhalu, najmniej w okolicach Krakowa, gdzie ptakom brakuje podmokłych łąk."),
        ("h2", "Gniazda na słupach"),
        ("p", "Większość bocianich gniazd w regionie znajduje się na słupach energetycznych. Zakład energetyczny co roku montuje na nich specjalne platformy, które chronią ptaki przed porażeniem prądem, a linie przed zwarciami. W ubiegłym roku zainstalowano ich w Małopolsce ponad 120."),
        ("czytaj", ["Sokół wędrowny znów gniazduje na kominie elektrociepłowni", "Wolontariusze policzyli ptaki w parkach Krakowa"]),
        ("p", "– Platforma to dla bociana bezpieczny dom na lata. Ptaki wracają do tego samego gniazda i co roku je rozbudowują, więc po kilku sezonach może ono ważyć nawet kilkaset kilogramów – tłumaczy Anna Sobieraj."),
        ("p", "Ornitolodzy proszą, by nie dokarmiać bocianów i nie zbliżać się do gniazd, szczególnie gdy ptaki wysiadują jaja. Zaniepokojone mogą porzucić lęg. W przypadku znalezienia rannego ptaka należy skontaktować się z najbliższym ośrodkiem rehabilitacji dzikich zwierząt."),
        ("p", "Towarzystwo zachęca mieszkańców do zgłaszania zajętych gniazd przez formularz na swojej stronie internetowej. W ubiegłym roku w Małopolsce policzono ich 1870, o 6 proc. więcej niż pięć lat wcześniej."),
    ],
    entities=[("Małopolski", "LOC"), ("Europie", "LOC"), ("Afryce", "LOC"), ("Brzeźnicy", "LOC"), ("Wadowic", "LOC"),
              ("Wisły", "LOC"), ("Oświęcimia", "LOC"), ("Bochni", "LOC"), ("Małopolskiego Towarzystwa Ornitologicznego", "ORG"),
              ("Anna Sobieraj", "PER"), ("Sobieraj", "PER"), ("Hiszpanii", "LOC"), ("Portugalii", "LOC"), ("Małopolsce", "LOC"),
              ("Raby", "LOC"), ("Podhalu", "LOC"), ("Krakowa", "LOC"),
              ("Sądecczyźnie", "LOC"), ("Dunajcem", "LOC"), ("Nowym Sączu", "LOC"), ("Marcinkowicach", "LOC")],
    notes="'9 marca' in the standfirst is the date of the first sighting, not the publication date.",
))

# 08 ------------------------------------------------------------- ISO-8859-2
ARTICLES.append(dict(
    id=f"{SITE}-08", time_el=False, nid=94025, charset="iso-8859-2",
    url=f"{HOST}/2025/09/01/pierwszy-dzwonek-w-nowej-szkole-w-skawinie",
    section="Edukacja", section_path="edukacja/szkoly", menu="Edukacja",
    crumbs=[("Edukacja", "edukacja"), ("Szkoły", "edukacja/szkoly")],
    headline="Pierwszy dzwonek w nowej szkole w Skawinie. Uczniowie z osiedla Ogrody nie muszą już dojeżdżać",
    lead="W poniedziałek do nowo otwartej szkoły podstawowej przy ulicy Sadowej przyszło 412 uczniów. Budowa kosztowała 48 mln zł i trwała dwa lata.",
    author="Agnieszka Trzebuńska",
    published=D(2025, 9, 1, 8, 0, tzinfo=CEST), crawl=D(2025, 9, 2, 7, 0, tzinfo=CEST), imieniny="Bronisławy, Idziego",
    image=("szkola-skawina", "Uczniowie klas pierwszych przed nową szkołą na osiedlu Ogrody.", "Agnieszka Trzebuńska"),
    tags=["Skawina", "Szkoły", "Rok szkolny 2025/2026", "Inwestycje", "Edukacja"],
    na_czasie=["Rok szkolny", "Matura 2026", "Remonty dróg", "Skawina"],
    related=["Rok szkolny 2025/2026. Najważniejsze daty i zmiany",
             "Brakuje nauczycieli matematyki. Dyrektorzy szukają do ostatniej chwili",
             "Skawina rośnie najszybciej w Małopolsce. Nowe dane"],
    body=[
        ("p", "Uroczyste rozpoczęcie roku szkolnego odbyło się na boisku przed budynkiem. Symboliczną wstęgę przecięli najmłodsi uczniowie z klas pierwszych, a potem – zgodnie z tradycją – zabrzmiał pierwszy dzwonek. Tym razem elektroniczny, ale odtwarzający dźwięk starego, mosiężnego."),
        ("p", "Szkoła powstała na osiedlu Ogrody, które w ciągu ostatnich dziesięciu lat rozrosło się z kilkuset do ponad 7 tys. mieszkańców. Dotąd dzieci z osiedla musiały dojeżdżać do szkół w centrum Skawiny lub w Krakowie, często autobusem, który w godzinach szczytu stał w korkach nawet pół godziny."),
        ("p", "– Mój syn wstawał o szóstej, żeby zdążyć na ósmą. Teraz do szkoły ma siedem minut piechotą – cieszy się Monika Żurek, mama drugoklasisty."),
        ("p", "Budynek ma 26 sal lekcyjnych, halę sportową z widownią na 200 osób, bibliotekę z czytelnią i stołówkę, w której posiłki będą przygotowywane na miejscu. Na dachu zamontowano panele fotowoltaiczne, które mają pokrywać około jednej trzeciej zapotrzebowania szkoły na energię."),
        ("ad",),
        ("p", "Dyrektorką szkoły została Renata Gawlik, która wcześniej przez 14 lat uczyła matematyki w jednej ze skawińskich podstawówek. – Chcemy, żeby ta szkoła była też miejscem dla całego osiedla. Po lekcjach sala gimnastyczna i biblioteka będą dostępne dla mieszkańców – zapowiada."),
        ("p", "Szkoła nie ma jeszcze patrona. Propozycje mogą zgłaszać uczniowie, rodzice i nauczyciele do końca października. Na liście pojawiły się już nazwiska lokalnych społeczników, sportowców i pisarzy, a ostateczny wybór ma zapaść przed końcem roku."),
        ("p", "Budowa szkoły kosztowała 46 mln zł. Ponad połowę pieniędzy gmina pozyskała z rządowego programu wsparcia inwestycji lokalnych, resztę pokryła z własnego budżetu. Prace trwały niespełna dwa lata i zakończyły się zgodnie z harmonogramem."),
        ("h2", "Zajęcia także po lekcjach"),
        ("p", "Szkoła ma być otwarta do wieczora. Po lekcjach odbywać się będą zajęcia sportowe, koło robotyki i nauka gry na instrumentach, a w weekendy z hali sportowej będą mogli korzystać mieszkańcy osiedla. – Chcemy, żeby budynek żył także po dzwonku – mówi Renata Gawlik."),
        ("p", "W tym roku do szkoły zapisano 412 uczniów, a w przyszłym, gdy ruszą kolejne klasy, ma ich być ponad 600. Gmina już zapowiada, że za kilka lat może być potrzebna rozbudowa."),
        ("p", "Nie wszystko jest jeszcze gotowe. Do końca września potrwają prace przy boisku lekkoatletycznym i parkingu. Rodzice zwracają też uwagę na brak bezpiecznego przejścia dla pieszych na ruchliwej ulicy prowadzącej do szkoły. Inwestor zapowiada, że sygnalizacja świetlna pojawi się tam w październiku."),
    ],
    entities=[("Skawinie", "LOC"), ("Ogrody", "LOC"), ("Sadowej", "LOC"), ("Skawiny", "LOC"), ("Krakowie", "LOC"),
              ("Monika Żurek", "PER"), ("Renata Gawlik", "PER")],
    notes="The header's name-day and weather box carry the crawl date, a decoy.",
))

# 09 ------------------------------------------------------------- minimal pair of 06 served in UTF-8
ARTICLES.append(dict(ARTICLES[5], id=f"{SITE}-09", charset="utf-8", variant_of=f"{SITE}-06",
                     url=ARTICLES[5]["url"] + "?variant=b", canonical=ARTICLES[5]["url"],
                     notes=f"Minimal pair of {SITE}-06: differs only in legacy-encoding (the same markup declared and served as UTF-8 instead of ISO-8859-2)."))


def build(a):
    html, blocks = page(a, a["charset"])
    art = Article(
        id=a["id"], site=SITE, url=a["url"], language="pl", headline=a["headline"],
        published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
        authors=[a["author"]], summary=a.get("lead", ""), blocks=blocks, entities=a["entities"],
        phenomena=phenomena_of(a, blocks, a["charset"]), notes=(a.get("notes", "") + a.get("extra_note", "")).strip(), variant_of=a.get("variant_of"))
    return art, html


if __name__ == "__main__":
    for a in ARTICLES:
        art, html = build(a)
        emit(art, html, a["charset"])
        print(f"{a['id']}\t{len(html.encode(a['charset'])) / 1024:.1f} KB")
