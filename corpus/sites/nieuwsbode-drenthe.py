import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit

"""Nieuwsbode Drenthe (nieuwsbode-drenthe): the news site of an invented regional public
broadcaster for the Dutch province of Drenthe, server-rendered by a Vue/Nuxt front end (scoped
data-v attributes, a small window.__NUXT__ config blob without article text). No advertising;
a consent manager whose banner holds back social embeds and the audience-measurement script.
Radio/TV bar, municipality menu, place or topic label above the headline, bold intro, inline
video players and "Bekijk ook" video teasers, social posts embedded behind consent, "Meest
gelezen" and "Meer nieuws" lists, long footer. Dates in Dutch, Europe/Amsterdam time."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
from urllib.parse import quote as _quote

SITE = "nieuwsbode-drenthe"
HOST = "https://www.nieuwsbodedrenthe.example"
IMG = "https://images.nieuwsbodedrenthe.example"
NAME = "Nieuwsbode Drenthe"
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
V = "data-v-5b1e07c2"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def strip(s):
    return _re.sub(r"\s+", " ", _html.unescape(_re.sub(r"<[^>]+>", "", s))).strip()


def slugify(s):
    s = s.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("'", ""), ("’", "")):
        s = s.replace(a, b)
    return "-".join(_re.sub(r"[^a-z0-9]+", "-", s).strip("-").split("-")[:10])


def nl_date(dt):
    return f"{DAGEN[dt.weekday()]} {dt.day} {MAANDEN[dt.month - 1]} {dt.year}, {dt:%H.%M} uur"


MND_KORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def nl_short(dt):
    return f"{dt.day} {MND_KORT[dt.month - 1]}"


def d(y, mo, da, hh, mi):
    """Europe/Amsterdam local time."""
    def last_sunday(year, month):
        x = _dt.date(year, month, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    day = _dt.date(y, mo, da)
    tz = CEST if last_sunday(y, 3) <= day < last_sunday(y, 10) else CET
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)


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


# ---------------------------------------------------------------- navigation and pools

NAV = [("Nieuws", "/nieuws"), ("Sport", "/sport"), ("Weer", "/weer"), ("Verkeer", "/verkeer"), ("Cultuur", "/cultuur"),
       ("Podcasts", "/podcasts"), ("TV", "/tv"), ("Radio", "/radio"), ("Uitzending gemist", "/gemist"), ("Drents", "/drents")]

GEMEENTEN = ["Aa en Hunze", "Assen", "Borger-Odoorn", "Coevorden", "De Wolden", "Emmen", "Hoogeveen", "Meppel",
             "Midden-Drenthe", "Noordenveld", "Tynaarlo", "Westerveld"]

MEEST_GELEZEN = [
    "Gladheid zorgt voor tientallen ongelukken op Drentse wegen",
    "Nieuwe fietstunnel onder spoor in Assen eindelijk open",
    "Dierenpark krijgt twee jonge olifanten uit Duitsland",
    "Bewoners Klazienaveen ruiken al weken een vreemde lucht",
    "Camping bij Gasselte failliet, gasten moeten vertrekken",
    "Provincie trekt extra geld uit voor busverbindingen op het platteland",
    "Ruim tweehonderd banen weg bij fabriek in Coevorden",
    "Wolf gespot bij Veenhuizen: 'Hij keek me gewoon aan'",
    "Brug over Drentsche Aa maanden dicht voor onderhoud",
    "Drentse schaatsers maken zich op voor marathon op natuurijs",
    "Kerk in Zuidwolde wordt appartementencomplex",
    "Honderden mensen bij afscheid van geliefde dorpsbakker",
    "Waterschap waarschuwt voor blauwalg in zwemplassen",
    "Treinen tussen Assen en Groningen rijden weer na storing",
]

FOOTER_COLS = [
    ("Nieuws", ["Drenthe", "Sport", "Weer", "Verkeer", "Cultuur", "Drents", "Nieuws in het kort", "Tip de redactie"]),
    ("Kijken en luisteren", ["TV-gids", "Radiogids", "Uitzending gemist", "Podcasts", "Livestream TV", "Radio live", "Frequenties"]),
    ("Over ons", ["Organisatie", "Redactiestatuut", "Jaarverslag", "Vacatures", "Klachten", "Persberichten", "Contact"]),
]
LEGAL = ["Privacyverklaring", "Cookieverklaring", "Cookie-instellingen", "Toegankelijkheid", "Gebruiksvoorwaarden", "Colofon"]

CSS = """
/* nb-frontend 2.31.0 (build 8f3c2a1) */
@font-face{font-family:"NB Sans";src:url(/_nuxt/fonts/nbsans-regular.9a2f1.woff2) format("woff2");font-weight:400;font-display:swap}
@font-face{font-family:"NB Sans";src:url(/_nuxt/fonts/nbsans-bold.0c7d3.woff2) format("woff2");font-weight:700;font-display:swap}
:root{--nb-groen:#00643c;--nb-groen-licht:#e3f1ea;--nb-geel:#ffd200;--nb-zwart:#141414;--nb-grijs:#6a6f73;--nb-lijn:#e2e4e6;--nb-bg:#f6f7f7}
*,:after,:before{box-sizing:border-box}
body{margin:0;font-family:"NB Sans",Arial,Helvetica,sans-serif;color:var(--nb-zwart);background:#fff;font-size:17px;line-height:1.55}
a{color:var(--nb-groen)}
img{max-width:100%;height:auto;display:block}
.sr-only[data-v-5b1e07c2]{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.nb-livebar[data-v-5b1e07c2]{background:var(--nb-zwart);color:#fff;font-size:14px}
.nb-livebar__inner[data-v-5b1e07c2]{max-width:1180px;margin:0 auto;padding:6px 16px;display:flex;gap:20px;align-items:center}
.nb-livebar a[data-v-5b1e07c2]{color:#fff;text-decoration:none;display:flex;gap:6px;align-items:center}
.nb-livebar .nb-dot[data-v-5b1e07c2]{width:8px;height:8px;border-radius:50%;background:#e4002b}
.nb-header[data-v-5b1e07c2]{background:var(--nb-groen);color:#fff}
.nb-header__inner[data-v-5b1e07c2]{max-width:1180px;margin:0 auto;padding:12px 16px;display:flex;align-items:center;gap:24px}
.nb-logo[data-v-5b1e07c2]{display:flex;align-items:center;gap:10px;color:#fff;text-decoration:none;font-weight:700;font-size:24px;letter-spacing:-.3px}
.nb-logo svg[data-v-5b1e07c2]{width:40px;height:40px}
.nb-menu[data-v-5b1e07c2]{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0}
.nb-menu a[data-v-5b1e07c2]{display:block;color:#fff;text-decoration:none;font-weight:700;padding:8px 10px;font-size:16px}
.nb-menu a.is-active[data-v-5b1e07c2]{box-shadow:inset 0 -3px 0 var(--nb-geel)}
.nb-search[data-v-5b1e07c2]{margin-left:auto;background:rgba(255,255,255,.15);border:0;border-radius:18px;color:#fff;padding:6px 14px}
.nb-gemeenten[data-v-5b1e07c2]{background:var(--nb-groen-licht);font-size:14px}
.nb-gemeenten ul[data-v-5b1e07c2]{max-width:1180px;margin:0 auto;padding:6px 16px;display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none}
.nb-gemeenten a[data-v-5b1e07c2]{color:var(--nb-groen);text-decoration:none}
.nb-main[data-v-5b1e07c2]{max-width:1180px;margin:0 auto;padding:24px 16px 40px;display:grid;grid-template-columns:minmax(0,740px) 320px;gap:48px}
@media (max-width:1000px){.nb-main[data-v-5b1e07c2]{grid-template-columns:1fr}.nb-sidebar[data-v-5b1e07c2]{display:none}}
.nb-label[data-v-5b1e07c2]{display:inline-block;background:var(--nb-geel);color:var(--nb-zwart);font-weight:700;font-size:14px;padding:2px 8px;margin:0 0 10px;text-decoration:none}
.nb-title[data-v-5b1e07c2]{font-size:36px;line-height:1.15;margin:0 0 14px;font-weight:700;letter-spacing:-.4px}
@media (max-width:640px){.nb-title[data-v-5b1e07c2]{font-size:27px}}
.nb-meta[data-v-5b1e07c2]{font-size:14px;color:var(--nb-grijs);margin:0 0 16px;display:flex;flex-wrap:wrap;gap:2px 14px}
.nb-meta__authors[data-v-5b1e07c2]{color:var(--nb-zwart);font-weight:700}
.nb-intro[data-v-5b1e07c2]{font-weight:700;font-size:19px;line-height:1.5;margin:0 0 20px}
.nb-figure[data-v-5b1e07c2]{margin:0 0 22px}
.nb-figure img[data-v-5b1e07c2]{width:100%;aspect-ratio:16/9;object-fit:cover;background:var(--nb-bg)}
.nb-figure figcaption[data-v-5b1e07c2]{font-size:14px;color:var(--nb-grijs);padding:6px 0 0}
.nb-figure__credit[data-v-5b1e07c2]{font-style:italic}
.nb-body p[data-v-5b1e07c2]{margin:0 0 20px}
.nb-body h2[data-v-5b1e07c2]{font-size:22px;margin:30px 0 10px}
.nb-player[data-v-5b1e07c2]{margin:6px 0 26px;background:#000;color:#fff;border-radius:4px;overflow:hidden}
.nb-player__poster[data-v-5b1e07c2]{position:relative;aspect-ratio:16/9;background:#222}
.nb-player__poster img[data-v-5b1e07c2]{width:100%;height:100%;object-fit:cover;opacity:.85}
.nb-player__play[data-v-5b1e07c2]{position:absolute;left:50%;top:50%;width:72px;height:72px;margin:-36px 0 0 -36px;border-radius:50%;border:0;background:var(--nb-geel)}
.nb-player__caption[data-v-5b1e07c2]{padding:10px 14px;font-size:15px;display:flex;justify-content:space-between;gap:12px}
.nb-teaser-link[data-v-5b1e07c2]{border-left:4px solid var(--nb-geel);padding:8px 12px;margin:0 0 22px;font-size:16px;background:var(--nb-bg)}
.nb-teaser-link strong[data-v-5b1e07c2]{margin-right:6px}
.nb-embed[data-v-5b1e07c2]{margin:0 0 24px;max-width:550px}
.nb-embed__consent[data-v-5b1e07c2]{font-size:14px;background:var(--nb-bg);border:1px dashed #b8bdc1;padding:10px 12px;margin-bottom:8px}
.nb-embed blockquote[data-v-5b1e07c2]{margin:0;border:1px solid #cfd9de;border-radius:12px;padding:12px 16px;font-size:15px}
.nb-share[data-v-5b1e07c2]{display:flex;gap:10px;list-style:none;margin:26px 0;padding:16px 0;border-top:1px solid var(--nb-lijn);border-bottom:1px solid var(--nb-lijn)}
.nb-share a[data-v-5b1e07c2],.nb-share button[data-v-5b1e07c2]{display:inline-block;padding:6px 12px;border:1px solid var(--nb-lijn);border-radius:18px;font-size:14px;color:var(--nb-zwart);background:#fff;text-decoration:none}
.nb-tags[data-v-5b1e07c2]{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:0 0 26px;padding:0}
.nb-tags a[data-v-5b1e07c2]{display:inline-block;background:var(--nb-groen-licht);color:var(--nb-groen);padding:3px 10px;border-radius:3px;font-size:14px;text-decoration:none}
.nb-tip[data-v-5b1e07c2]{background:var(--nb-groen);color:#fff;padding:18px 20px;margin:0 0 26px;border-radius:4px}
.nb-tip a[data-v-5b1e07c2]{color:var(--nb-geel)}
.nb-nieuwsbrief[data-v-5b1e07c2]{border:2px solid var(--nb-groen);padding:18px 20px;margin:0 0 26px;border-radius:4px}
.nb-nieuwsbrief form[data-v-5b1e07c2]{display:flex;gap:8px;margin-top:10px}
.nb-nieuwsbrief input[data-v-5b1e07c2]{flex:1;padding:8px;border:1px solid #aaa}
.nb-nieuwsbrief button[data-v-5b1e07c2]{background:var(--nb-groen);color:#fff;border:0;padding:8px 16px;font-weight:700}
.nb-more h2[data-v-5b1e07c2],.nb-sidebar h2[data-v-5b1e07c2]{font-size:19px;margin:0 0 10px;padding-bottom:6px;border-bottom:3px solid var(--nb-geel)}
.nb-more ul[data-v-5b1e07c2],.nb-sidebar ol[data-v-5b1e07c2]{list-style:none;margin:0 0 30px;padding:0}
.nb-more li[data-v-5b1e07c2]{display:grid;grid-template-columns:140px 1fr;gap:12px;padding:10px 0;border-bottom:1px solid var(--nb-lijn)}
.nb-more img[data-v-5b1e07c2]{width:140px;aspect-ratio:16/9;object-fit:cover;background:var(--nb-bg)}
.nb-more a[data-v-5b1e07c2],.nb-sidebar a[data-v-5b1e07c2]{color:var(--nb-zwart);text-decoration:none;font-weight:700}
.nb-more time[data-v-5b1e07c2]{display:block;font-size:13px;color:var(--nb-grijs);font-weight:400}
.nb-sidebar ol[data-v-5b1e07c2]{counter-reset:mg}
.nb-sidebar ol li[data-v-5b1e07c2]{counter-increment:mg;display:flex;gap:12px;padding:9px 0;border-bottom:1px solid var(--nb-lijn);font-size:16px}
.nb-sidebar ol li[data-v-5b1e07c2]:before{content:counter(mg);font-weight:700;font-size:22px;color:var(--nb-groen);min-width:20px}
.nb-nu[data-v-5b1e07c2]{background:var(--nb-bg);padding:14px;border-radius:4px;margin:0 0 30px;font-size:15px}
.nb-footer[data-v-5b1e07c2]{background:#0f2d20;color:#cfe0d6;font-size:15px}
.nb-footer__cols[data-v-5b1e07c2]{max-width:1180px;margin:0 auto;padding:34px 16px;display:grid;grid-template-columns:repeat(6,1fr);gap:24px}
@media (max-width:900px){.nb-footer__cols[data-v-5b1e07c2]{grid-template-columns:1fr 1fr}}
.nb-footer h3[data-v-5b1e07c2]{color:#fff;font-size:15px;margin:0 0 10px}
.nb-footer ul[data-v-5b1e07c2]{list-style:none;margin:0;padding:0}
.nb-footer li[data-v-5b1e07c2]{margin:0 0 6px}
.nb-footer a[data-v-5b1e07c2]{color:#cfe0d6;text-decoration:none}
.nb-footer__legal[data-v-5b1e07c2]{max-width:1180px;margin:0 auto;padding:14px 16px 30px;border-top:1px solid rgba(255,255,255,.15);display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px}
.nb-icon[data-v-5b1e07c2]{width:18px;height:18px;fill:currentColor;vertical-align:-3px}
.nb-netbinnen li[data-v-5b1e07c2]{display:grid;grid-template-columns:48px 1fr;gap:8px;padding:8px 0;border-bottom:1px solid var(--nb-lijn);font-size:15px}
.nb-netbinnen time[data-v-5b1e07c2]{font-weight:700;color:var(--nb-groen)}
.nb-netbinnen ul[data-v-5b1e07c2]{list-style:none;margin:0 0 30px;padding:0}
.nb-gids[data-v-5b1e07c2]{list-style:none;margin:0;padding:0;font-size:14px}
.nb-gids li[data-v-5b1e07c2]{display:flex;gap:10px;padding:4px 0;border-bottom:1px dotted #cfd3d6}
.nb-gids li.is-now[data-v-5b1e07c2]{font-weight:700;color:var(--nb-groen)}
.nb-gids span[data-v-5b1e07c2]{min-width:44px;color:var(--nb-grijs)}
.nb-weer[data-v-5b1e07c2]{display:flex;gap:12px;align-items:center;background:linear-gradient(135deg,#e3f1ea,#fff);padding:12px;border-radius:4px;margin:0 0 30px}
.nb-weer strong[data-v-5b1e07c2]{font-size:28px}
.nb-footer__freq li[data-v-5b1e07c2]{display:flex;justify-content:space-between;gap:8px}
.nb-footer__social[data-v-5b1e07c2]{display:flex;gap:10px;margin-top:12px}
.nb-footer__social a[data-v-5b1e07c2]{display:inline-flex;width:34px;height:34px;border-radius:50%;background:rgba(255,255,255,.12);align-items:center;justify-content:center}
.nb-skeleton[data-v-5b1e07c2]{background:linear-gradient(90deg,#eee 25%,#f5f5f5 37%,#eee 63%);background-size:400% 100%;animation:nb-shimmer 1.4s ease infinite}
@keyframes nb-shimmer{0%{background-position:100% 50%}to{background-position:0 50%}}
.nb-toast[data-v-5b1e07c2]{position:fixed;bottom:20px;left:50%;transform:translateX(-50%);background:var(--nb-zwart);color:#fff;padding:10px 18px;border-radius:20px;font-size:14px;opacity:0;transition:opacity .2s}
.nb-toast.is-visible[data-v-5b1e07c2]{opacity:1}
@media (prefers-color-scheme:dark){.nb-app.dark-ok[data-v-5b1e07c2]{background:#111;color:#eee}.nb-app.dark-ok .nb-more a[data-v-5b1e07c2],.nb-app.dark-ok .nb-sidebar a[data-v-5b1e07c2]{color:#eee}}
@media print{.nb-livebar[data-v-5b1e07c2],.nb-header[data-v-5b1e07c2],.nb-gemeenten[data-v-5b1e07c2],.nb-sidebar[data-v-5b1e07c2],.nb-footer[data-v-5b1e07c2],.nb-share[data-v-5b1e07c2],.nb-player[data-v-5b1e07c2],.nb-tip[data-v-5b1e07c2],.nb-nieuwsbrief[data-v-5b1e07c2],.nb-consent[data-v-7c0d11aa]{display:none!important}.nb-main[data-v-5b1e07c2]{display:block}}
.nb-player__controls[data-v-5b1e07c2]{display:none;gap:10px;align-items:center;padding:8px 14px;background:#111}
.nb-player[data-state=playing] .nb-player__controls[data-v-5b1e07c2]{display:flex}
.nb-player__progress[data-v-5b1e07c2]{flex:1;height:4px;background:#444;border-radius:2px;position:relative}
.nb-player__progress span[data-v-5b1e07c2]{position:absolute;left:0;top:0;bottom:0;background:var(--nb-geel);border-radius:2px}
.nb-player__subs[data-v-5b1e07c2]{position:absolute;left:0;right:0;bottom:54px;text-align:center;font-size:16px;text-shadow:0 1px 2px #000}
.nb-consent[data-v-7c0d11aa]{position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:9000;display:none;align-items:flex-end;justify-content:center}
.nb-consent.is-open[data-v-7c0d11aa]{display:flex}
.nb-consent__box[data-v-7c0d11aa]{background:#fff;max-width:720px;width:100%;padding:24px 26px;border-radius:8px 8px 0 0}
.nb-consent__box h2[data-v-7c0d11aa]{margin:0 0 10px;font-size:21px}
.nb-consent__box p[data-v-7c0d11aa]{font-size:15px;margin:0 0 10px}
.nb-consent__box ul[data-v-7c0d11aa]{font-size:15px;padding-left:20px;margin:0 0 14px}
.nb-consent__buttons[data-v-7c0d11aa]{display:flex;gap:10px;flex-wrap:wrap}
.nb-consent__buttons button[data-v-7c0d11aa]{padding:10px 18px;border-radius:20px;font-weight:700;border:2px solid var(--nb-groen);background:#fff;color:var(--nb-groen)}
.nb-consent__buttons .is-primary[data-v-7c0d11aa]{background:var(--nb-groen);color:#fff}
"""

HEAD_JS = """<script>
window.nbStats={"site":"nieuwsbode","level1":"nieuws","level2":"%(gem)s","contentId":"%(aid)s","contentType":"artikel","publicatie":"%(pub)s","woorden":%(wc)d};
(function(w,d){
  var c=(d.cookie.match(/nb_toestemming=([^;]+)/)||[])[1]||"";
  w.nbConsent={statistiek:/stat:1/.test(c),social:/soc:1/.test(c),video:/vid:1/.test(c)};
  if(w.nbConsent.statistiek){var s=d.createElement("script");s.async=true;s.src="https://meting.nieuwsbodedrenthe.example/m.js?site=nieuwsbode";d.head.appendChild(s);}
})(window,document);
</script>
"""

CONSENT_JS = """<script>
window.nbConsentConfig={"versie":5,"cookie":"nb_toestemming","geldigheidDagen":365,
"categorieen":[{"id":"noodzakelijk","naam":"Noodzakelijk","verplicht":true},{"id":"stat","naam":"Statistieken","verplicht":false},
{"id":"soc","naam":"Sociale media","verplicht":false},{"id":"vid","naam":"Video van andere partijen","verplicht":false}],
"privacyUrl":"/privacyverklaring","cookieUrl":"/cookieverklaring"};
(function(d,w){
  var b=d.getElementById("nb-consent");if(!b){return;}
  if(d.cookie.indexOf("nb_toestemming=")<0){b.className+=" is-open";}
  function zet(v){d.cookie="nb_toestemming="+v+";path=/;max-age=31536000;SameSite=Lax";b.className=b.className.replace(" is-open","");w.location.reload();}
  d.getElementById("nb-consent-ja").onclick=function(){zet("stat:1|soc:1|vid:1");};
  d.getElementById("nb-consent-nee").onclick=function(){zet("stat:0|soc:0|vid:0");};
})(document,window);
</script>
"""

FOOT_JS = """<script>window.__NUXT__={"menu":%(menu)s,"programmas":%(progs)s,"flags":{"consentV5":true,"liveTicker":false,"audioDescriptions":true,"newPlayer":true,"drentsToggle":true,"pushPrompt":"delayed"},"config":{"public":{"apiBase":"https://api.nieuwsbodedrenthe.example/v3","imageBase":"https://images.nieuwsbodedrenthe.example","playerVersion":"4.2.7","env":"production"},"app":{"baseURL":"/","buildAssetsDir":"/_nuxt/","cdnURL":""}},"state":{"route":"%(path)s","articleId":%(aid)s,"gemeente":"%(gem)s","darkMode":false},"serverRendered":true};</script>
<script>
(function(d){
  var btn=d.querySelectorAll("[data-nb-copy]");
  for(var i=0;i<btn.length;i++){btn[i].addEventListener("click",function(){navigator.clipboard&&navigator.clipboard.writeText(this.getAttribute("data-nb-copy"));this.textContent="Gekopieerd";});}
  var pl=d.querySelectorAll(".nb-player__play");
  for(var j=0;j<pl.length;j++){pl[j].addEventListener("click",function(){var p=this.closest(".nb-player");p.setAttribute("data-state","loading");window.nbPlayer&&window.nbPlayer.load(p.getAttribute("data-media"));});}
})(document);
</script>
<script type="module" src="/_nuxt/entry.8f3c2a1.js" crossorigin></script>
<script src="https://player.nieuwsbodedrenthe.example/4.2.7/player.min.js" defer></script>
"""

NET_BINNEN = [
    "Ongeluk op A28 bij Pesse: file richting Zwolle",
    "Gemeente Tynaarlo wil minder hard rijden in dorpskernen",
    "Ruim 300 deelnemers aan sponsorloop voor hospice in Emmen",
    "Storing bij waterbedrijf: lage druk in delen van Hoogeveen",
    "Nieuwe directeur voor Drents museum in Veenhuizen",
    "Rode Kruis zoekt vrijwilligers voor zomerevenementen",
    "Kaasboerderij in Eext wint landelijke prijs",
    "Politie zoekt getuigen van inbraak bij sportclub in Meppel",
    "Wegwerkzaamheden rond Coevorden: let op omleidingen",
    "Bibliotheek Assen verruimt openingstijden",
    "Jonge zeearend gezien boven het Leekstermeer",
    "Scholieren uit Beilen maken film over de oorlog",
]

RADIOGIDS = [
    ("06.00", "Nieuwsbode in de ochtend"), ("09.00", "Koffie met Klaske"), ("11.00", "Drenthe Dichtbij"),
    ("13.00", "Middag in Drenthe"), ("16.00", "Drenthe Vandaag"), ("18.00", "Sportpraat"),
    ("19.00", "Het Drentse Uur"), ("20.00", "Nieuwsbode in de avond"), ("22.00", "Nachtlicht"), ("00.00", "Muziek in de nacht"),
]

FREQUENTIES = [("Noord-Drenthe", "FM 102,4"), ("Assen", "FM 102,4"), ("Zuidoost-Drenthe", "FM 95,1"), ("Zuidwest-Drenthe", "FM 104,3"),
               ("Heel Drenthe", "DAB+ kanaal 11C"), ("Kabel", "kanaal 915")]

SPRITE = ('<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" aria-hidden="true">'
          '<symbol id="nb-i-play" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"/></symbol>'
          '<symbol id="nb-i-pause" viewBox="0 0 24 24"><path d="M6 5h4v14H6zM14 5h4v14h-4z"/></symbol>'
          '<symbol id="nb-i-radio" viewBox="0 0 24 24"><path d="M3 8h18v12H3z" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="8" cy="14" r="3"/><path d="M14 12h5M14 16h5M6 8l10-5" stroke="currentColor" stroke-width="2"/></symbol>'
          '<symbol id="nb-i-tv" viewBox="0 0 24 24"><rect x="2" y="5" width="20" height="13" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 21h8M12 18v3" stroke="currentColor" stroke-width="2"/></symbol>'
          '<symbol id="nb-i-search" viewBox="0 0 24 24"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4"/><path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.4"/></symbol>'
          '<symbol id="nb-i-whatsapp" viewBox="0 0 24 24"><path d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm0 18.2a8.2 8.2 0 0 1-4.2-1.2l-.3-.2-3 .8.8-2.9-.2-.3A8.2 8.2 0 1 1 12 20.2z"/><path d="M16.6 14.2c-.3-.1-1.5-.7-1.7-.8-.2-.1-.4-.1-.6.1l-.8 1c-.1.2-.3.2-.5.1a6.7 6.7 0 0 1-3.3-2.9c-.2-.4.2-.4.7-1.3.1-.2 0-.3 0-.4l-.8-1.8c-.2-.5-.4-.4-.6-.4h-.5a1 1 0 0 0-.7.3 3 3 0 0 0-.9 2.2 5.1 5.1 0 0 0 1.1 2.7 11.7 11.7 0 0 0 4.5 4c1.7.7 2.3.8 3.2.6a2.7 2.7 0 0 0 1.7-1.2 2.2 2.2 0 0 0 .2-1.2c-.1-.1-.3-.2-.6-.3z"/></symbol>'
          '<symbol id="nb-i-facebook" viewBox="0 0 24 24"><path d="M14 8V6.2c0-.8.2-1.2 1.4-1.2H17V2h-2.6C11.3 2 10.5 3.5 10.5 6v2H8v3h2.5v11H14V11h2.6l.4-3z"/></symbol>'
          '<symbol id="nb-i-linkedin" viewBox="0 0 24 24"><path d="M4 9h3.5v12H4zM5.8 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM9.5 9H13v1.7c.5-.9 1.7-2 3.6-2 3.8 0 4.4 2.4 4.4 5.6V21h-3.5v-5.8c0-1.4 0-3.1-1.9-3.1s-2.2 1.5-2.2 3V21H9.5z"/></symbol>'
          '<symbol id="nb-i-mail" viewBox="0 0 24 24"><rect x="2" y="5" width="20" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="m3 6 9 7 9-7" fill="none" stroke="currentColor" stroke-width="2"/></symbol>'
          '<symbol id="nb-i-link" viewBox="0 0 24 24"><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" fill="none" stroke="currentColor" stroke-width="2"/></symbol>'
          '<symbol id="nb-i-chevron" viewBox="0 0 24 24"><path d="m9 6 6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.4"/></symbol>'
          '<symbol id="nb-i-weer" viewBox="0 0 24 24"><circle cx="9" cy="9" r="4" fill="#ffd200"/><path d="M7 19h10a4 4 0 0 0 0-8 5 5 0 0 0-9.6 1.4A3.4 3.4 0 0 0 7 19z" fill="#cfd8dc"/></symbol>'
          '<symbol id="nb-i-verkeer" viewBox="0 0 24 24"><rect x="8" y="2" width="8" height="20" rx="3" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="7" r="1.6"/><circle cx="12" cy="12" r="1.6"/><circle cx="12" cy="17" r="1.6"/></symbol>'
          '</svg>')

LOGO = ('<svg viewBox="0 0 40 40" aria-hidden="true"><rect width="40" height="40" rx="8" fill="#ffd200"/>'
        '<path d="M10 29V11h4l10 11V11h4v18h-4L14 18v11z" fill="#00643c"/></svg>')


# ---------------------------------------------------------------- rendering

def render_parts(parts, blocks):
    out = []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p {V}>{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "h2":
            out.append(f"<h2 {V}>{esc(p[1])}</h2>")
            blocks.append(Block("heading", p[1]))
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="nb-figure" {V}><img {V} src="{IMG}/{img}/w_740.jpg" srcset="{IMG}/{img}/w_480.jpg 480w, {IMG}/{img}/w_740.jpg 740w, {IMG}/{img}/w_1480.jpg 1480w" '
                       f'sizes="(max-width: 760px) 100vw, 740px" alt="{esc(cap)}" width="740" height="416" loading="lazy">'
                       f'<figcaption {V}>{esc(cap)} <span class="nb-figure__credit" {V}>({esc(credit)})</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "player":
            _, mid, title, dur = p
            out.append(f'\x00<div class="nb-player" data-media="{mid}" data-state="idle" {V}><div class="nb-player__poster" {V}>'
                       f'<img {V} src="{IMG}/video/{mid}/poster.jpg" alt="" loading="lazy"><button class="nb-player__play" type="button" aria-label="Video afspelen" {V}></button></div>'
                       f'<div class="nb-player__caption" {V}><span {V}>Video: {esc(title)}</span><span {V}>{dur}</span></div></div>\x00')
        elif k == "bekijk":
            _, title, path = p
            out.append(f'\x00<p class="nb-teaser-link" {V}><strong {V}>Bekijk ook:</strong><a {V} href="{HOST}{path}">{esc(title)}</a> &#9654;</p>\x00')
        elif k == "chirp":
            e = p[1]
            out.append(f'\x00<div class="nb-embed" data-consent-category="soc" {V}>'
                       f'<p class="nb-embed__consent" {V}>Dit bericht komt van Chirp. Het wordt volledig getoond als je sociale media toestaat in de '
                       f'<a {V} href="/cookie-instellingen">cookie-instellingen</a>.</p>'
                       f'<blockquote class="chirp-post" data-lang="nl" {V}><p lang="nl" dir="ltr">{esc(e["text"])}</p>'
                       f'&mdash; {esc(e["name"])} (@{e["handle"]}) <a href="https://chirp.example/{e["handle"]}/status/{e["id"]}">{e["date"].day} {MAANDEN[e["date"].month - 1]} {e["date"].year}</a></blockquote>'
                       '<script type="text/plain" data-consent="soc" data-src="https://platform.chirp.example/widgets.js" charset="utf-8"></script></div>\x00')
    return "\n".join(out)


def sections(html):
    parts = html.split("\x00")
    return "\n".join(x.strip() if i % 2 else f'<div class="nb-body__tekst" {V}><div class="nb-body__inner" {V}>{x.strip()}</div></div>'
                     for i, x in enumerate(parts) if x.strip())


def share(url, title):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    return (f'<ul class="nb-share" aria-label="Deel dit artikel" {V}>'
            f'<li {V}><a {V} href="https://wa.example/send?text={t}%20{u}" target="_blank" rel="noopener">WhatsApp</a></li>'
            f'<li {V}><a {V} href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a></li>'
            f'<li {V}><a {V} href="https://linkedin.example/shareArticle?url={u}" target="_blank" rel="noopener">LinkedIn</a></li>'
            f'<li {V}><a {V} href="mailto:?subject={t}&amp;body={u}">Mail</a></li>'
            f'<li {V}><button {V} type="button" data-nb-copy="{esc(url)}">Kopieer link</button></li></ul>')


def word_count(blocks):
    return sum(len(b.text.split()) for b in blocks if not b.optional)


def page(a, banner=True):
    pub, upd = a["pub"], a.get("upd")
    canon = a["canon"]
    blocks = []
    if a.get("intro"):
        blocks.append(Block("paragraph", a["intro"], optional=True))
    lead = render_parts([("fig",) + a["lead"]], blocks) if a.get("lead") else ""
    body = render_parts(a["parts"], blocks)
    wc = word_count(blocks)
    img = f"{IMG}/{a['img']}/w_1200.jpg"
    gem = slugify(a["gemeente"])
    path = canon.replace(HOST, "")

    h = ['<!DOCTYPE html>', '<html lang="nl" data-n-head="%7B%22lang%22:%7B%221%22:%22nl%22%7D%7D">', '<head>',
         '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{esc(a["title"])}</title>',
         f'<meta name="description" content="{esc(a["desc"])}">',
         '<meta name="robots" content="max-image-preview:large">',
         f'<link rel="canonical" href="{canon}">',
         '<meta property="og:site_name" content="Nieuwsbode Drenthe">', '<meta property="og:locale" content="nl_NL">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:title" content="{esc(a["og_title"])}">',
         f'<meta property="og:description" content="{esc(a["desc"])}">',
         f'<meta property="og:url" content="{canon}">', f'<meta property="og:image" content="{img}">',
         *([f'<meta property="article:published_time" content="{pub.isoformat()}">'] if a.get("meta_pub", True) else [])]
    if upd:
        h.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    h += [f'<meta property="article:section" content="{esc(a["gemeente"])}">',
          '<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@nieuwsbode">',
          f'<meta name="twitter:title" content="{esc(a["og_title"])}">', f'<meta name="twitter:image" content="{img}">',
          '<meta name="theme-color" content="#00643c">',
          '<meta name="apple-itunes-app" content="app-id=0000000077">',
          '<link rel="icon" type="image/png" sizes="32x32" href="/favicon-32.png">', '<link rel="manifest" href="/site.webmanifest">',
          '<link rel="preload" as="font" type="font/woff2" href="/_nuxt/fonts/nbsans-regular.9a2f1.woff2" crossorigin>',
          '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.8f3c2a1.js">',
          '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/artikel-_id.4b77e0d.js">',
          '<link rel="stylesheet" href="/_nuxt/entry.3d91c7a.css">',
          '<style>' + CSS + '</style>', '<style>' + ATOMS + '</style>']
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon, "headline": a["headline"],
          "description": a["desc"], "image": [img], "datePublished": pub.isoformat(), "dateModified": (upd or pub).isoformat(),
          "author": ({"@type": "Organization", "name": NAME} if (not a["authors"] or a.get("ld_author") == "org") else [{"@type": "Person", "name": n} for n in a["authors"]]),
          "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{IMG}/brand/logo-512.png"}},
          "contentLocation": {"@type": "Place", "name": a["gemeente"]}, "inLanguage": "nl-NL", "isAccessibleForFree": True}
    if a.get("ld_author") == "none":
        del ld["author"]
    if a.get("video"):
        ld["video"] = {"@type": "VideoObject", "name": a["video"][0], "uploadDate": pub.isoformat(),
                       "thumbnailUrl": f"{IMG}/video/{a['video'][1]}/poster.jpg", "duration": a["video"][2]}
    if not a.get("no_jsonld"):
        h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + '</script>')
    h.append(HEAD_JS % {"gem": gem, "aid": a["aid"], "pub": pub.isoformat(), "wc": wc})
    h.append('<script>window.__nbConsent=' + _json.dumps({"version": 5, "categories": ["noodzakelijk", "statistiek", "soc", "video"],
                                                           "vendors": _vendors("nieuwsbode-drenthe", 45)}, ensure_ascii=False) + ';</script>')
    h.append('</head>')
    h.append(f'<body class="page-artikel gemeente-{gem}"><div id="__nuxt"><div id="__layout"><div class="nb-app" {V}>')
    h.append(SPRITE)
    h.append(UI_SPRITE)
    h.append(f'<a class="sr-only" href="#artikel" {V}>Naar de inhoud</a>')
    h.append(f'<div class="nb-livebar" {V}><div class="nb-livebar__inner" {V}>'
             f'<a {V} href="/radio/live"><span class="nb-dot" {V}></span>Luister live: Nieuwsbode Radio</a>'
             f'<a {V} href="/tv/live"><span class="nb-dot" {V}></span>Kijk live: Nieuwsbode TV</a>'
             f'<a {V} href="/weer">Weer in Drenthe</a><a {V} href="/verkeer">Verkeer</a></div></div>')
    n = [f'<header class="nb-header" {V}><div class="nb-header__inner" {V}><a class="nb-logo" href="/" {V}>{LOGO}<span {V}>Nieuwsbode Drenthe</span></a>'
         f'<nav aria-label="Hoofdmenu" {V}><ul class="nb-menu" {V}>']
    for label, p in NAV:
        act = ' class="is-active"' if label == "Nieuws" else ""
        n.append(f'<li {V}><a{act} {V} href="{p}">{esc(label)}</a></li>')
    n.append(f'</ul></nav><button class="nb-search" type="button" {V}>Zoeken</button></div></header>')
    h.append("".join(n))
    h.append(f'<nav class="nb-gemeenten" aria-label="Gemeenten" {V}><ul {V}>' +
             "".join(f'<li {V}><a {V} href="/gemeente/{slugify(g)}">{esc(g)}</a></li>' for g in GEMEENTEN) + '</ul></nav>')

    h.append(f'<div class="nb-main" {V}><div class="nb-main__inner" {V}><main id="artikel" {V}><div class="nb-artikel-wrap" {V}><article class="nb-article" data-id="{a["aid"]}" {V}><div class="nb-article__inner" {V}>')
    h.append(f'<a class="nb-label" href="/gemeente/{gem}" {V}>{esc(a["label"])}</a>')
    h.append(f'<h1 class="nb-title" {V}>{esc(a["headline"])}</h1>')
    m = [f'<div class="nb-meta" {V}>']
    if a["authors"]:
        m.append(f'<span class="nb-meta__authors" {V}>{esc(" en ".join(a["authors"]) if len(a["authors"]) == 2 else ", ".join(a["authors"]))}</span>')
    m.append(f'<span {V}>Gepubliceerd: <time {V} datetime="{pub.isoformat()}">{nl_date(pub)}</time></span>')
    if upd:
        m.append(f'<span {V}>Bijgewerkt: <time {V} datetime="{upd.isoformat()}">{nl_date(upd)}</time></span>')
    m.append('</div>')
    h.append("".join(m))
    if a.get("intro"):
        h.append(f'<p class="nb-intro" {V}>{esc(a["intro"])}</p>')
    h.append(lead)
    h.append(f'<div class="nb-body" {V}>{sections(body)}</div>')
    h.append(share(canon, a["headline"]))
    h.append(f'<ul class="nb-tags" aria-label="Onderwerpen" {V}>' +
             "".join(f'<li {V}><a {V} href="/onderwerp/{slugify(t)}">{esc(t)}</a></li>' for t in a["tags"]) + '</ul>')
    h.append('</div></article></div>')
    h.append(f'<aside class="nb-tip" {V}><strong {V}>Heb jij een tip voor de redactie?</strong> Stuur je foto, video of nieuwstip via WhatsApp '
             f'naar 06 5555 0123 of mail naar <a {V} href="mailto:tips@nieuwsbodedrenthe.example">tips@nieuwsbodedrenthe.example</a>.</aside>')
    if a.get("newsletter"):
        h.append(f'<section class="nb-nieuwsbrief" {V}><h2 {V}>Elke ochtend het nieuws uit Drenthe</h2>'
                 '<p>Meld je aan voor de nieuwsbrief van Nieuwsbode Drenthe en begin de dag goed geïnformeerd.</p>'
                 f'<form {V} action="/nieuwsbrief/aanmelden" method="post"><label class="sr-only" for="nb-nb-mail" {V}>E-mailadres</label>'
                 f'<input {V} id="nb-nb-mail" type="email" name="email" placeholder="Je e-mailadres" required><button {V} type="submit">Aanmelden</button></form></section>')
    r = [f'<section class="nb-more" {V}><h2 {V}>Meer nieuws uit {esc(a["gemeente"])}</h2><ul {V}>']
    for i, (t, days) in enumerate(a["related"]):
        rd = (pub - _dt.timedelta(days=days)).replace(hour=(9 + 3 * i) % 24, minute=(17 * i + 2) % 60)
        r.append(f'<li {V}><img {V} src="{IMG}/rel/{8100 + days + i}/w_280.jpg" alt="" loading="lazy">'
                 f'<div {V}><a {V} href="/nieuws/{190000 + days * 7 + i}/{slugify(t)}">{esc(t)}</a>'
                 f'<time {V} datetime="{rd.isoformat()}">{nl_short(rd)} {rd.year}, {rd:%H.%M}</time></div></li>')
    r.append('</ul></section>')
    h.append("".join(r))
    h.append('</main>')
    s = [f'<aside class="nb-sidebar" {V}><section {V}><h2 {V}>Meest gelezen</h2><ol {V}>']
    k = (a["seed"] * 5) % len(MEEST_GELEZEN)
    for i, t in enumerate((MEEST_GELEZEN[k:] + MEEST_GELEZEN[:k])[:6]):
        s.append(f'<li {V}><a {V} href="/nieuws/{205000 + a["seed"] * 31 + i}/{slugify(t)}">{esc(t)}</a></li>')
    s.append('</ol></section>')
    s.append(f'<section class="nb-netbinnen" {V}><h2 {V}>Net binnen</h2><ul {V}>')
    k2 = (a["seed"] * 7) % len(NET_BINNEN)
    for i, t in enumerate((NET_BINNEN[k2:] + NET_BINNEN[:k2])[:4]):
        nt = pub + _dt.timedelta(minutes=23 + 37 * i)
        s.append(f'<li {V}><time {V} datetime="{nt.isoformat()}">{nt:%H.%M}</time><a {V} href="/nieuws/{206000 + a["seed"] * 41 + i}/{slugify(t)}">{esc(t)}</a></li>')
    s.append('</ul></section>')
    s.append(f'<section class="nb-weer" {V}><svg class="nb-icon" style="width:42px;height:42px" {V}><use href="#nb-i-weer"></use></svg>'
             f'<div {V}><strong {V}>{a["weer"][0]}°</strong><br>{esc(a["weer"][1])}</div><a {V} href="/weer">Weerbericht</a></section>')
    s.append(f'<section class="nb-nu" {V}><h2 {V}>Nu op Nieuwsbode Radio</h2><p {V}>{esc(a["radio"])}</p>'
             f'<p {V}><a {V} href="/radio/live">Luister live</a> · <a {V} href="/radio/gids">Radiogids</a></p>'
             f'<ul class="nb-gids" {V}>' + "".join(
                 f'<li{" class=is-now" if t <= f"{pub:%H.%M}" < (RADIOGIDS[i + 1][0] if i + 1 < len(RADIOGIDS) else "24.00") else ""} {V}><span {V}>{t}</span>{esc(nm)}</li>'
                 for i, (t, nm) in enumerate(RADIOGIDS)) + '</ul></section>')
    s.append(f'<section class="nb-nu" {V}><h2 {V}>Nieuwsbode TV</h2><p {V}>Elke dag om 18.00 uur het regionale nieuws, daarna ieder uur herhaald.</p>'
             f'<p {V}><a {V} href="/gemist">Uitzending gemist</a></p></section>')
    s.append('</aside>')
    h.append("".join(s))
    h.append('</div></div>')
    f = [f'<footer class="nb-footer" {V}><div class="nb-footer__cols" {V}>',
         f'<div {V}><a class="nb-logo" href="/" {V}>{LOGO}<span {V}>Nieuwsbode Drenthe</span></a>'
         '<p>De regionale publieke omroep voor Drenthe. Onafhankelijk, dichtbij en zonder reclame op deze website.</p>'
         '<p>Postbus 1000, 9400 AA Assen</p></div>']
    for title, items in FOOTER_COLS:
        f.append(f'<div {V}><h3 {V}>{esc(title)}</h3><ul {V}>' + "".join(f'<li {V}><a {V} href="/{slugify(i)}">{esc(i)}</a></li>' for i in items) + '</ul></div>')
    f.append(f'<div {V}><h3 {V}>Frequenties radio</h3><ul class="nb-footer__freq" {V}>' +
             "".join(f'<li {V}><span {V}>{esc(r)}</span><span {V}>{esc(fq)}</span></li>' for r, fq in FREQUENTIES[:2]) + '</ul>'
             f'<div class="nb-footer__social" {V}>' + "".join(
                 f'<a {V} href="https://{net}.example/nieuwsbodedrenthe" aria-label="{lab}"><svg class="nb-icon" {V}><use href="#nb-i-{ic}"></use></svg></a>'
                 for net, lab, ic in (("facebook", "Facebook", "facebook"), ("wa", "WhatsApp-kanaal", "whatsapp"), ("linkedin", "LinkedIn", "linkedin"))) +
             '</div></div>')
    f.append(f'</div><div class="nb-footer__legal" {V}>' + "".join(f'<a {V} href="/{slugify(l)}">{esc(l)}</a>' for l in LEGAL) +
             f'<span {V}>© {a["copy_year"]} Nieuwsbode Drenthe</span></div></footer>')
    h.append("".join(f))
    h.append('</div></div></div>')
    if banner:
        h.append('<div id="nb-consent" class="nb-consent" role="dialog" aria-modal="true" aria-labelledby="nb-consent-titel" data-v-7c0d11aa>'
                 '<div class="nb-consent__box" data-v-7c0d11aa><h2 id="nb-consent-titel" data-v-7c0d11aa>Mogen we cookies gebruiken?</h2>'
                 '<p data-v-7c0d11aa>Nieuwsbode Drenthe toont geen advertenties. We gebruiken cookies om onze website goed te laten werken en, '
                 'als je dat goedvindt, om te meten hoe onze artikelen worden gelezen. Ook berichten van sociale media en video’s van andere '
                 'partijen laten we alleen zien als je daar toestemming voor geeft. Die partijen kunnen je dan volgen.</p>'
                 '<ul data-v-7c0d11aa><li>Noodzakelijke cookies (altijd aan)</li><li>Statistieken</li><li>Sociale media</li><li>Video van andere partijen</li></ul>'
                 '<p data-v-7c0d11aa>Je kunt je keuze altijd aanpassen via Cookie-instellingen onderaan elke pagina. Lees meer in onze '
                 '<a href="/cookieverklaring" data-v-7c0d11aa>cookieverklaring</a>.</p>'
                 '<div class="nb-consent__buttons" data-v-7c0d11aa><button class="is-primary" id="nb-consent-ja" type="button" data-v-7c0d11aa>Alles toestaan</button>'
                 '<button id="nb-consent-nee" type="button" data-v-7c0d11aa>Alleen noodzakelijk</button>'
                 '<button id="nb-consent-zelf" type="button" data-v-7c0d11aa>Zelf instellen</button></div></div></div>')
        h.append(CONSENT_JS)
    menu = {"hoofd": [{"label": l, "to": p} for l, p in NAV],
            "gemeenten": [{"label": g, "to": f"/gemeente/{slugify(g)}", "rss": f"/rss/gemeente/{slugify(g)}.xml"} for g in GEMEENTEN],
            "service": [{"label": l, "to": "/" + slugify(l)} for l in LEGAL + ["Tip de redactie", "Nieuwsbrief", "Frequenties", "Contact"]]}
    progs = [{"start": t, "titel": nm, "zender": "radio", "slug": slugify(nm)} for t, nm in RADIOGIDS] + [
        {"start": t, "titel": nm, "zender": "tv", "slug": slugify(nm)} for t, nm in
        (("17.00", "Drenthe Nu"), ("18.00", "Nieuwsbode Journaal"), ("18.20", "Wandelen door Drenthe"), ("18.45", "Op de fiets"),
         ("19.00", "Nieuwsbode Journaal (herhaling)"), ("19.20", "Dorpen van Drenthe"))]
    h.append(FOOT_JS % {"path": path, "aid": a["aid"], "gem": gem, "menu": _json.dumps(menu, ensure_ascii=False),
                        "progs": _json.dumps(progs, ensure_ascii=False)})
    h.append('</body>')
    h.append('</html>')
    return "\n".join(h), blocks


# ---------------------------------------------------------------- articles

ATOMS = _atomic_css("nb-")
UI_SPRITE = _sprite("nieuwsbode-drenthe", "nb-ui", [])
COMMON_PHEN = ["localized-date", "local-time-zone", "nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list",
               "most-read", "tag-list", "decoy-date", "json-ld", "kicker"]

ARTICLES = [
    # ------------------------------------------------------------ 01 short
    dict(
        id="nieuwsbode-drenthe-01", no_jsonld=True, seed=1, aid="142871", weer=(17, "Zonnig"), gemeente="Borger-Odoorn", label="Nieuw-Buinen",
        canon=f"{HOST}/nieuws/142871/schuur-in-nieuw-buinen-afgebrand-boer-redt-dertig-koeien",
        headline="Schuur in Nieuw-Buinen afgebrand, boer redt dertig koeien",
        title="Schuur in Nieuw-Buinen afgebrand, boer redt dertig koeien - Nieuwsbode Drenthe",
        og_title="Schuur in Nieuw-Buinen afgebrand, boer redt dertig koeien",
        desc="Bij een brand in een schuur in Nieuw-Buinen is niemand gewond geraakt. De boer haalde dertig koeien uit de stal.",
        tags=["Brand", "Nieuw-Buinen", "Borger-Odoorn"], img="142871/schuurbrand-nieuw-buinen",
        pub=d(2015, 8, 11, 6, 42), copy_year=2015, authors=[],
        radio="Nieuwsbode in de ochtend: nieuws, weer en verkeer uit heel Drenthe.",
        lead=("142871/schuurbrand-nieuw-buinen", "Van de schuur is weinig meer over.", "foto: Nieuwsbode Drenthe/Gert Zuidema"),
        related=[("Brand in woonboerderij Valthermond, gezin op tijd buiten", 19), ("Hooibrand bij Exloo: veel rook in de omgeving", 33),
                 ("Brandweer Nieuw-Buinen zoekt nieuwe vrijwilligers", 120)],
        parts=[
            ("p", "Bij een brand in een schuur aan het Zuiderdiep in Nieuw-Buinen is vannacht niemand gewond geraakt. De boer wist samen "
                  "met buren dertig koeien uit de naastgelegen stal te halen voordat het vuur kon overslaan."),
            ("p", "De brandweer kreeg de melding rond half drie. De schuur, waarin hooi en landbouwmachines stonden, brandde volledig uit. "
                  "Omdat er asbest in het dak zat, is de omgeving afgezet. Een gespecialiseerd bedrijf ruimt vandaag de resten op."),
            ("p", "Hoe de brand is ontstaan, wordt onderzocht."),
        ],
        entities=[("Nieuw-Buinen", "LOC"), ("Zuiderdiep", "LOC")],
        phenomena=COMMON_PHEN + ["short-article", "photo-caption"],
        notes="No byline on this short item, so authors is empty; the photo credit is left out of the caption.",
    ),
    # ------------------------------------------------------------ 02 solar park, player
    dict(
        id="nieuwsbode-drenthe-02", seed=2, aid="163390", weer=(19, "Half bewolkt"), gemeente="Borger-Odoorn", label="Drouwenerveen",
        canon=f"{HOST}/nieuws/2016/05/24/163390/boeren-bij-drouwenerveen-verzetten-zich-tegen-zonnepark",
        headline="Boeren bij Drouwenerveen verzetten zich tegen zonnepark van 80 hectare",
        title="Boeren verzetten zich tegen zonnepark van 80 hectare bij Drouwenerveen - Nieuwsbode Drenthe",
        og_title="Boeren bij Drouwenerveen verzetten zich tegen zonnepark van 80 hectare",
        desc="Een energiebedrijf wil tussen Drouwenerveen en Buinen een groot zonnepark bouwen. Boeren en omwonenden vrezen voor de landbouwgrond.",
        tags=["Zonnepark", "Energie", "Landbouw", "Borger-Odoorn"], img="163390/akker-drouwenerveen",
        pub=d(2016, 5, 24, 17, 20), upd=d(2016, 5, 24, 19, 5), copy_year=2016, newsletter=True,
        authors=["Jelle Hofsteenge", "Marieke Dijkhuis"], video=("Boeren en omwonenden over het zonnepark", "v-163390", "PT2M14S"),
        radio="Drenthe Vandaag: het regionale nieuws met achtergronden en interviews.",
        intro=("Een energiebedrijf uit Zwolle wil tussen Drouwenerveen en Buinen een van de grootste zonneparken van Noord-Nederland "
               "aanleggen. Boeren en omwonenden vrezen dat goede landbouwgrond verloren gaat."),
        related=[("Gemeente wil regels voor zonneparken aanscherpen", 14), ("Windmolens in Veenkoloniën: protest houdt aan", 60),
                 ("Zonnepanelen op schooldaken in Borger", 210)],
        parts=[
            ("p", "Op de plek waar Harm Wubbels nu nog aardappelen en suikerbieten teelt, liggen over twee jaar misschien zonnepanelen. "
                  "Energiebedrijf Solveld wil op 80 hectare landbouwgrond tussen Drouwenerveen en Buinen een zonnepark bouwen dat stroom "
                  "levert voor zo'n 20.000 huishoudens."),
            ("p", "Wubbels pacht een deel van de grond en hoorde vorige maand van de eigenaar dat die wil verkopen. 'Ik boer hier al twintig "
                  "jaar. Dit is goede grond, zoals je die in deze hoek van Drenthe weinig vindt. Panelen kun je ook op daken leggen', zegt hij."),
            ("p", "Tegen zonne-energie is hij niet, benadrukt Wubbels. 'Ik heb zelf panelen op de stal liggen. Maar aardappelen verbouwen "
                  "kun je niet op een dak.'"),
            ("player", "v-163390", "Boeren en omwonenden over het zonnepark", "2:14"),
            ("h2", "Verdeeld dorp"),
            ("p", "Dinsdagavond kwamen ruim tweehonderd mensen af op een informatieavond in dorpshuis De Schapendrift in Drouwenerveen. Daar "
                  "bleek hoe verdeeld het dorp is. Een deel van de bewoners ziet het park juist als kans: Solveld belooft een fonds van "
                  "40.000 euro per jaar voor projecten in de omgeving."),
            ("p", "'Ons dorpshuis moet verduurzamen en daar is nu geen geld voor', zegt Gerda Pinkster van de dorpsvereniging. 'Als dit park "
                  "er komt, willen we er in elk geval zelf beter van worden.'"),
            ("h2", "Schapen tussen de panelen"),
            ("p", "Projectleider Ruben Akkerman van Solveld zegt de zorgen te begrijpen. 'We kijken of er schapen tussen de panelen kunnen "
                  "grazen, zodat de grond niet helemaal uit productie gaat.' Volgens hem is er in de regio te weinig ruimte op daken om de "
                  "doelen voor duurzame energie te halen."),
            ("p", "De gemeenteraad van Borger-Odoorn moet uiteindelijk beslissen of het bestemmingsplan wordt aangepast. Dat gebeurt op zijn "
                  "vroegst in het najaar. Een groep omwonenden heeft al aangekondigd bezwaar te maken."),
        ],
        entities=[("Drouwenerveen", "LOC"), ("Zwolle", "LOC"), ("Buinen", "LOC"), ("Noord-Nederland", "LOC"), ("Harm Wubbels", "PER"),
                  ("Solveld", "ORG"), ("Wubbels", "PER"), ("Drenthe", "LOC"), ("De Schapendrift", "LOC"), ("Gerda Pinkster", "PER"),
                  ("Ruben Akkerman", "PER"), ("Borger-Odoorn", "LOC")],
        phenomena=COMMON_PHEN + ["standfirst", "multiple-authors", "inline-video-teaser", "subheadings", "updated-date", "date-in-url",
                                 "newsletter-box", "title-differs-from-headline"],
        notes="The video player with its title between the paragraphs is a video teaser and left out of the body.",
    ),
    # ------------------------------------------------------------ 03 short, "Bekijk ook"
    dict(
        id="nieuwsbode-drenthe-03", meta_pub=False, no_jsonld=True, seed=3, aid="201774", weer=(3, "Motregen"), gemeente="Westerveld", label="Dwingelderveld",
        canon=f"{HOST}/nieuws/201774/verdwaalde-wandelaar-na-zoektocht-gevonden-in-dwingelderveld",
        headline="Verdwaalde wandelaar na zoektocht gevonden in Dwingelderveld",
        title="Verdwaalde wandelaar na zoektocht gevonden in Dwingelderveld - Nieuwsbode Drenthe",
        og_title="Verdwaalde wandelaar na zoektocht gevonden in Dwingelderveld",
        desc="Een 74-jarige wandelaar uit Groningen is na een zoektocht van enkele uren ongedeerd gevonden.",
        tags=["Dwingelderveld", "Vermissing", "Westerveld"], img="201774/zoektocht-dwingelderveld",
        pub=d(2018, 1, 7, 21, 5), copy_year=2018, authors=["Sanne Lubbers"],
        radio="Nieuwsbode in de avond: muziek en het laatste nieuws.",
        related=[("Boswachters: blijf op de paden in het natuurgebied", 40), ("Brandgevaar in Dwingelderveld: vuur verboden", 160),
                 ("Nieuwe wandelroute langs de heide geopend", 300)],
        parts=[
            ("p", "Een 74-jarige wandelaar uit Groningen die sinds vanmiddag werd vermist, is vanavond ongedeerd teruggevonden in het "
                  "Dwingelderveld. De man was verdwaald en de batterij van zijn telefoon was leeg."),
            ("bekijk", "Drone helpt bij zoektocht in natuurgebied (0:48)", "/video/201770/drone-helpt-bij-zoektocht-in-natuurgebied"),
            ("p", "Politie, brandweer en vrijwilligers zochten enkele uren met een drone en speurhonden. Een boswachter vond de man rond "
                  "half negen op een zandpad bij het Holtveen. Hij was onderkoeld en is ter controle naar het ziekenhuis in Hoogeveen gebracht."),
        ],
        entities=[("Groningen", "LOC"), ("Dwingelderveld", "LOC"), ("Holtveen", "LOC"), ("Hoogeveen", "LOC")],
        phenomena=COMMON_PHEN + ["short-article", "inline-video-teaser"],
        notes="The 'Bekijk ook' video link between the two paragraphs is a teaser and left out.",
    ),
    # ------------------------------------------------------------ 04 hunebed, embedded post
    dict(
        id="nieuwsbode-drenthe-04", meta_pub=False, ld_author="none", seed=4, aid="229105", weer=(14, "Zonnig"), gemeente="Borger-Odoorn", label="Borger",
        canon=f"{HOST}/nieuws/229105/hunebed-in-borger-beklad-met-verf",
        headline="Hunebed in Borger beklad met verf: 'Dit is vijfduizend jaar geschiedenis'",
        title="Grootste hunebed van Nederland beklad met rode verf - Nieuwsbode Drenthe",
        og_title="Grootste hunebed van Nederland beklad met rode verf",
        desc="Onbekenden hebben het hunebed in Borger met rode verf bespoten. Het schoonmaken kan weken duren.",
        tags=["Hunebedden", "Vandalisme", "Borger", "Erfgoed"], img="229105/hunebed-borger-verf",
        pub=d(2019, 4, 16, 11, 30), copy_year=2019, authors=["Marieke Dijkhuis"],
        radio="Middag in Drenthe: verhalen uit de dorpen en muziek.",
        intro=("Onbekenden hebben het grootste hunebed van Nederland in de nacht van maandag op dinsdag met rode verf bespoten. Het "
               "schoonmaken kan weken duren."),
        lead=("229105/hunebed-borger-verf", "Op drie dekstenen staat rode spuitverf.", "foto: Nieuwsbode Drenthe/Kees Bolhuis"),
        related=[("Meer bezoekers voor hunebedden door nieuwe fietsroute", 45), ("Archeologen onderzoeken grond bij hunebed", 250),
                 ("Vernielingen in park Borger: gemeente zet boa's in", 90)],
        parts=[
            ("p", "Een wandelaar ontdekte de bekladding dinsdagochtend vroeg en zette een foto op sociale media. Op drie van de dekstenen "
                  "staan letters en een tekening in rode spuitverf. Wat de tekst betekent, is onduidelijk."),
            ("chirp", dict(name="Annemiek Schreuder", handle="annemiek_wandelt", id="1118066210433298432", date=d(2019, 4, 16, 7, 48),
                           text="Wat is dit voor onzin?! Het hunebed in Borger vol met rode verf. Wie doet zoiets? #hunebed")),
            ("p", "'Dit is vijfduizend jaar geschiedenis en iemand vindt het nodig om er een tag op te zetten', zegt Wietske Hoving van "
                  "Stichting Oerlandschap Hondsrug, die het terrein beheert. 'Ik ben vooral verdrietig.'"),
            ("p", "Het hunebed ligt aan de rand van het dorp en is dag en nacht vrij toegankelijk. Buurtbewoners hoorden volgens Hoving "
                  "rond middernacht een auto stoppen op de parkeerplaats aan de Bronnegerstraat. 'Of dat met de bekladding te maken heeft, "
                  "weten we niet. Maar misschien helpt het de politie.'"),
            ("p", "Bezoekers reageerden dinsdag geschokt. 'We komen hier elk voorjaar met de kleinkinderen', zegt een echtpaar uit Assen. "
                  "'Dat iemand zoiets doet, begrijp je gewoon niet.'"),
            ("h2", "Voorzichtig schoonmaken"),
            ("p", "Het verwijderen van de verf is lastig. De stenen zijn bedekt met korstmossen die honderden jaren oud zijn, en agressieve "
                  "schoonmaakmiddelen zouden die aantasten. Een restaurator komt woensdag kijken welke methode het beste werkt. Volgens "
                  "Hoving kan het weken duren voordat alle verf is verdwenen."),
            ("p", "Het hunebed in Borger is ruim 22 meter lang en trekt jaarlijks tienduizenden bezoekers. Het is niet de eerste keer dat er "
                  "iets wordt vernield: drie jaar geleden stookten jongeren een vuurtje tussen de stenen."),
            ("p", "Het is het grootste hunebed van Nederland en een rijksmonument. Het werd zo'n vijfduizend jaar geleden gebouwd door boeren die hier woonden en hun doden begroeven onder de zware zwerfkeien, die in de ijstijd vanuit Scandinavië naar Drenthe waren meegevoerd."),
            ("p", "Archeoloog Ruben Tammes, die onderzoek doet naar de hunebedden op de Hondsrug, noemt de bekladding 'ontzettend dom'. 'Mensen denken dat zo'n steen onverwoestbaar is, maar het oppervlak is kwetsbaar. Elke keer dat je verf moet verwijderen, beschadig je een klein beetje van het monument', zegt hij."),
            ("p", "De politie is een onderzoek gestart en vraagt mensen die in de nacht iets hebben gezien zich te melden. Bij het monument "
                  "hangt geen camera. De gemeente Borger-Odoorn overweegt daar nu verandering in te brengen."),
            ("h2", "Camera of niet?"),
            ("p", "In het dorp wordt verschillend gedacht over een camera bij het hunebed. Gerrit Mulder, die tegenover het monument een theeschenkerij heeft, is voorstander. 'Overdag is het hier druk, maar 's nachts is er niemand. Een camera schrikt af', zegt hij. Anderen vinden dat een camera niet past bij een plek die juist zo open en rustig is."),
            ("p", "Stichting Oerlandschap Hondsrug wil eerst met de gemeente en de politie bekijken welke maatregelen zinvol zijn. Hoving denkt aan betere verlichting op de parkeerplaats en aan vrijwilligers die 's avonds een rondje lopen. 'We willen het hunebed niet achter een hek zetten. Het moet een plek blijven waar je zomaar naartoe kunt.'"),
            ("p", "Wie iets weet over de bekladding, kan contact opnemen met de politie of anoniem bellen met de tiplijn."),
        ],
        entities=[("Borger", "LOC"), ("Nederland", "LOC"), ("Wietske Hoving", "PER"), ("Bronnegerstraat", "LOC"), ("Assen", "LOC"), ("Stichting Oerlandschap Hondsrug", "ORG"),
                  ("Hoving", "PER"), ("Borger-Odoorn", "LOC"), ("Scandinavië", "LOC"), ("Drenthe", "LOC"), ("Ruben Tammes", "PER"),
                  ("Hondsrug", "LOC"), ("Gerrit Mulder", "PER")],
        phenomena=COMMON_PHEN + ["standfirst", "embedded-post", "subheadings", "photo-caption", "title-differs-from-headline"],
        notes="The embedded post's text and its consent notice are left out; the paragraph describing the post stays.",
    ),
    # ------------------------------------------------------------ 05 short, road works
    dict(
        id="nieuwsbode-drenthe-05", meta_pub=False, no_jsonld=True, seed=5, aid="268842", weer=(21, "Bewolkt"), gemeente="Borger-Odoorn", label="Verkeer",
        canon=f"{HOST}/nieuws/268842/afrit-borger-op-n34-week-dicht-voor-onderhoud",
        headline="Afrit Borger op N34 week dicht voor onderhoud",
        title="Afrit Borger op N34 week dicht voor onderhoud - Nieuwsbode Drenthe",
        og_title="Afrit Borger op N34 week dicht voor onderhoud",
        desc="De afrit Borger op de N34 is vanaf maandag 7 september een week afgesloten.",
        tags=["Verkeer", "N34", "Wegwerkzaamheden"], img="268842/n34-afrit-borger",
        pub=d(2020, 9, 2, 14, 10), copy_year=2020, authors=[],
        radio="Middag in Drenthe: verhalen uit de dorpen en muziek.",
        related=[("N34 bij Emmen 's nachts dicht voor nieuw asfalt", 70), ("Rotonde Gieten klaar: verkeer rijdt weer door", 150),
                 ("Provincie wil N34 veiliger maken", 400)],
        parts=[
            ("p", "De afrit Borger op de N34 is vanaf maandag 7 september een week afgesloten in beide richtingen. De provincie vervangt "
                  "het asfalt en de verlichting op de op- en afritten."),
            ("p", "Verkeer wordt omgeleid via de afritten Gieten en Exloo. Dat kost volgens de provincie een paar minuten extra reistijd. "
                  "De bushaltes bij de afrit blijven bereikbaar. In de nacht van vrijdag 11 september is ook de N34 zelf richting Emmen "
                  "een paar uur dicht, omdat dan nieuwe belijning wordt aangebracht."),
        ],
        entities=[("Borger", "LOC"), ("N34", "LOC"), ("Gieten", "LOC"), ("Exloo", "LOC"), ("Emmen", "LOC")],
        phenomena=COMMON_PHEN + ["short-article"],
        notes="No byline on this short item, so authors is empty.",
    ),
    # ------------------------------------------------------------ 06 GP shortage, embedded post
    dict(
        id="nieuwsbode-drenthe-06", ld_author="none", seed=6, aid="318230", weer=(6, "Regen"), gemeente="Westerveld", label="Zorg",
        canon=f"{HOST}/nieuws/2022/11/29/318230/zeshonderd-inwoners-van-diever-zonder-huisarts",
        headline="Zeshonderd inwoners van Diever zonder huisarts: 'We staan op een wachtlijst in Meppel'",
        title="Zeshonderd inwoners van Diever zonder huisarts: 'We staan op een wachtlijst in Meppel' - Nieuwsbode Drenthe",
        og_title="Zeshonderd inwoners van Diever zonder huisarts",
        desc="De enige huisartsenpraktijk in Diever stopt op 1 januari. Een opvolger is er niet, en omliggende praktijken zitten vol.",
        tags=["Zorg", "Huisarts", "Diever", "Westerveld"], img="318230/huisartsenpraktijk-diever",
        pub=d(2022, 11, 29, 16, 45), upd=d(2022, 11, 29, 18, 10), copy_year=2022, authors=["Femke Roelfsema"],
        radio="Drenthe Vandaag: het regionale nieuws met achtergronden en interviews.",
        intro="De enige huisartsenpraktijk in Diever stopt op 1 januari. Een opvolger is er niet, en omliggende praktijken zitten vol.",
        related=[("Huisartsen in Drenthe slaan alarm over opvolging", 21), ("Nieuwe gezondheidscentrum Havelte open", 200),
                 ("Dorpsbelang Diever wil meer huurwoningen", 75)],
        parts=[
            ("p", "Voor zo'n zeshonderd inwoners van Diever en omgeving is er vanaf 1 januari geen huisarts meer. Huisarts Evert Bosscher (66) "
                  "gaat met pensioen en heeft ondanks twee jaar zoeken geen opvolger gevonden. Zijn patiënten kregen vorige week een brief "
                  "dat ze zelf een nieuwe huisarts moeten zoeken."),
            ("p", "Dat blijkt lastig. De praktijken in Dwingeloo en Havelte nemen geen nieuwe patiënten aan. 'Ik heb me ingeschreven bij een "
                  "praktijk in Meppel, maar daar sta ik op een wachtlijst', zegt Jannie Kroeze (79), die al veertig jaar patiënt is bij "
                  "Bosscher. 'Ik heb geen auto. Hoe kom ik daar?'"),
            ("p", "Dorpsbelang Diever riep inwoners op om vanavond naar een bijeenkomst over de huisartsenzorg in het dorp te komen."),
            ("chirp", dict(name="Dorpsbelang Diever", handle="DorpsbelangDiever", id="1597619032147808256", date=d(2022, 11, 29, 15, 2),
                           text="Vanavond om 19.30 uur bijeenkomst in De Brink over de huisartsenzorg in ons dorp. Iedereen is welkom!")),
            ("h2", "Spreekuur in het dorpshuis"),
            ("p", "De gemeente Westerveld en de huisartsen in de regio zoeken naar een tijdelijke oplossing. Gedacht wordt aan een spreekuur "
                  "van twee dagen per week in het dorpshuis, waarbij artsen uit andere praktijken om de beurt komen."),
            ("p", "Wethouder Marga Spijkerman noemt de situatie 'zorgelijk, maar niet uniek'. 'In heel Drenthe gaan de komende vijf jaar veel "
                  "huisartsen met pensioen. We moeten het vak aantrekkelijker maken voor jonge artsen, bijvoorbeeld door te helpen met "
                  "woonruimte.'"),
            ("p", "Ook de apotheek in het dorp maakt zich zorgen. Die levert nu vooral medicijnen op recept van Bosscher. 'Als er geen "
                  "huisarts meer in het dorp zit, komen mensen hier minder vaak. Dan wordt het lastig om open te blijven', zegt apotheker "
                  "Rik Hadders."),
            ("h2", "Praktijkpand beschikbaar"),
            ("p", "Bosscher heeft zijn praktijkpand aangeboden aan de gemeente. 'Ik wil niet dat het gebouw leeg komt te staan. Als er iemand "
                  "komt, mag die er zo in', zegt hij. Patiënten die nog geen nieuwe huisarts hebben, kunnen tot 1 maart herhaalrecepten "
                  "aanvragen via de praktijk; een waarnemend arts handelt die af."),
        ],
        entities=[("Diever", "LOC"), ("Meppel", "LOC"), ("Evert Bosscher", "PER"), ("Bosscher", "PER"), ("Dwingeloo", "LOC"),
                  ("Havelte", "LOC"), ("Jannie Kroeze", "PER"), ("Dorpsbelang Diever", "ORG"), ("Westerveld", "LOC"),
                  ("Marga Spijkerman", "PER"), ("Drenthe", "LOC"),
                  ("Rik Hadders", "PER")],
        phenomena=COMMON_PHEN + ["standfirst", "embedded-post", "subheadings", "updated-date", "date-in-url"],
        notes="The embedded Chirp post (and its consent notice) is left out; the paragraph announcing the meeting stays. Adjudicated with the second annotation (December 2026): an embedded social post between body paragraphs is a widget, so teasers-in-article applies (GUIDELINES 10).",
    ),
    # ------------------------------------------------------------ 07 short, stork
    dict(
        id="nieuwsbode-drenthe-07", meta_pub=False, no_jsonld=True, seed=7, aid="402117", weer=(15, "Opklaringen"), gemeente="Westerveld", label="Havelte",
        canon=f"{HOST}/nieuws/402117/eerste-ei-gelegd-in-ooievaarsnest-met-webcam-in-havelte",
        headline="Eerste ei gelegd in ooievaarsnest met webcam in Havelte",
        title="Eerste ei gelegd in ooievaarsnest met webcam in Havelte - Nieuwsbode Drenthe",
        og_title="Eerste ei gelegd in ooievaarsnest met webcam in Havelte",
        desc="In het ooievaarsnest bij de molen in Havelte ligt sinds vanochtend het eerste ei.",
        tags=["Natuur", "Ooievaars", "Havelte"], img="402117/ooievaarsnest-havelte",
        pub=d(2024, 5, 2, 9, 15), copy_year=2024, authors=["Sanne Lubbers"],
        radio="Nieuwsbode in de ochtend: nieuws, weer en verkeer uit heel Drenthe.",
        related=[("Ooievaars terug op nest in Havelte", 30), ("Webcam bij uilenkast trekt duizenden kijkers", 380),
                 ("Vogeltelling: meer boerenzwaluwen in Drenthe", 95)],
        parts=[
            ("p", "In het ooievaarsnest op de paal bij de molen in Havelte ligt sinds vanochtend het eerste ei. Kijkers van de webcam zagen "
                  "rond zeven uur dat het vrouwtje opstond, waarna het ei in beeld kwam."),
            ("p", "Het ooievaarspaar keert al zes jaar terug naar het nest. Vorig jaar kwamen er drie jongen uit. Vrijwilliger Hennie Wolters "
                  "verwacht de komende dagen nog twee of drie eieren. Na ruim een maand broeden komen ze uit."),
        ],
        entities=[("Havelte", "LOC"), ("Hennie Wolters", "PER")],
        phenomena=COMMON_PHEN + ["short-article"],
        notes="",
    ),
    # ------------------------------------------------------------ 08 village school, player (variant base)
    dict(
        id="nieuwsbode-drenthe-08", seed=8, aid="471396", weer=(9, "Zon en wolken"), gemeente="Coevorden", label="Onderwijs",
        canon=f"{HOST}/nieuws/471396/dorpsschool-zweeloo-moet-dicht-ouders-willen-naar-de-rechter",
        headline="Dorpsschool Zweeloo moet dicht, ouders willen naar de rechter",
        title="Dorpsschool Zweeloo moet dicht, ouders willen naar de rechter - Nieuwsbode Drenthe",
        og_title="Dorpsschool Zweeloo moet dicht, ouders willen naar de rechter",
        desc="Het schoolbestuur sluit na de zomer de basisschool in Zweeloo. Ouders zijn woedend en schakelen een advocaat in.",
        tags=["Onderwijs", "Zweeloo", "Coevorden", "Basisscholen"], img="471396/basisschool-zweeloo",
        pub=d(2025, 3, 18, 12, 40), copy_year=2025, authors=["Jelle Hofsteenge"], newsletter=True,
        video=("Ouders in Zweeloo reageren op het besluit", "v-471396", "PT3M5S"),
        radio="Drenthe Vandaag: het regionale nieuws met achtergronden en interviews.",
        intro=("Het schoolbestuur sluit na de zomer de basisschool in Zweeloo. Met 38 leerlingen is de school te klein, vindt het "
               "bestuur. Ouders zijn woedend."),
        related=[("Kleine scholen in Zuidoost-Drenthe onder druk", 35), ("Nieuwe school in Sleen na twee jaar bouwen open", 260),
                 ("Lerarentekort: Drentse scholen zoeken zij-instromers", 120)],
        parts=[
            ("p", "Basisschool De Zwerfsteen in Zweeloo sluit aan het einde van dit schooljaar. Dat heeft het bestuur van Stichting Primair "
                  "Onderwijs Zuidenveld gisteravond besloten. De 38 leerlingen moeten na de zomer naar een school in Aalden of Sleen."),
            ("p", "Volgens bestuurder Koen Stegeman is de school te klein om goed onderwijs te blijven geven. 'Met 38 kinderen heb je twee "
                  "combinatieklassen met vier leerjaren in één lokaal. Leerkrachten staan er vaak alleen voor en bij ziekte is er geen "
                  "vervanging', zegt hij."),
            ("p", "Het bestuur wijst erop dat het aantal leerlingen al jaren daalt. Tien jaar geleden zaten er nog 71 kinderen op De "
                  "Zwerfsteen. Volgens de prognoses van de gemeente zijn dat er over vijf jaar nog maar 29."),
            ("player", "v-471396", "Ouders in Zweeloo reageren op het besluit", "3:05"),
            ("h2", "Ouders: 'Het dorp sterft uit'"),
            ("p", "De ouders zijn boos. Ze zijn een petitie begonnen die in een week ruim 1400 keer is ondertekend en schakelen een advocaat "
                  "in. 'Als de school weg is, komen er geen jonge gezinnen meer naar Zweeloo. Dan sterft het dorp langzaam uit', zegt Lotte "
                  "Brink, moeder van twee kinderen op De Zwerfsteen."),
            ("p", "Brink twijfelt aan de prognoses. 'Aan de rand van het dorp worden juist nieuwe huizen gebouwd. Daar komen gezinnen met "
                  "jonge kinderen in te wonen.'"),
            ("p", "Ook de dorpsvereniging is tegen de sluiting. Die stelde eerder voor de school samen te voegen met de peuteropvang en de "
                  "bibliotheek in één gebouw. Volgens het bestuur kost dat plan te veel geld en lost het het tekort aan leerkrachten niet op."),
            ("p", "Voorzitter Hendrik Zwiers van de dorpsvereniging wijst erop dat Zweeloo de afgelopen jaren al de bank, de supermarkt en de huisarts zag vertrekken. 'De school is het laatste wat we hebben waar iedereen elkaar dagelijks tegenkomt. Bij het hek hoor je 's ochtends wat er in het dorp speelt', zegt hij."),
            ("p", "Het probleem speelt niet alleen in Zweeloo. In Drenthe zijn de afgelopen tien jaar ruim dertig kleine dorpsscholen gesloten of samengevoegd. Vooral in het zuidoosten van de provincie daalt het aantal kinderen snel."),
            ("p", "Onderwijskundige Marloes Jansma, die onderzoek doet naar kleine scholen, ziet dat besturen steeds vaker voor sluiting kiezen. 'Het lerarentekort maakt het voor kleine scholen extra moeilijk. Als één leerkracht ziek wordt, moet soms een hele groep naar huis', zegt ze. 'Maar voor een dorp is een school meer dan een gebouw waar les wordt gegeven.'"),
            ("h2", "Busvervoer"),
            ("p", "De gemeente Coevorden heeft toegezegd dat er busvervoer komt voor kinderen die meer dan vier kilometer van hun nieuwe "
                  "school wonen. Wethouder Ilse Vedder vindt het besluit 'verdrietig voor het dorp', maar zegt dat de gemeente niet over "
                  "de sluiting gaat."),
            ("p", "Voor de kinderen zelf verandert er veel. De school in Aalden ligt zeven kilometer verderop. Ouders maken zich zorgen over de veiligheid onderweg, omdat de fietsroute deels langs een provinciale weg zonder vrijliggend fietspad loopt."),
            ("p", "De ouders kunnen tot eind april bezwaar maken. Het bestuur zegt dat bezwaar af te wachten, maar verwacht niet dat het "
                  "besluit verandert."),
        ],
        entities=[("Zweeloo", "LOC"), ("De Zwerfsteen", "ORG"), ("Stichting Primair Onderwijs Zuidenveld", "ORG"), ("Aalden", "LOC"),
                  ("Sleen", "LOC"), ("Koen Stegeman", "PER"), ("Lotte Brink", "PER"), ("Brink", "PER"), ("Coevorden", "LOC"), ("Ilse Vedder", "PER"),
                  ("Hendrik Zwiers", "PER"), ("Drenthe", "LOC"), ("Marloes Jansma", "PER")],
        phenomena=COMMON_PHEN + ["standfirst", "inline-video-teaser", "subheadings", "newsletter-box"],
        notes="The video player with its title is a teaser and left out; the school 'De Zwerfsteen' is typed ORG.",
    ),
]

# ------------------------------------------------------------ 09: minimal pair of 08 without the consent banner
VARIANT = dict(ARTICLES[7], id="nieuwsbode-drenthe-09", variant_of="nieuwsbode-drenthe-08", banner=False,
               phenomena=[p for p in ARTICLES[7]["phenomena"] if p != "cookie-banner"],
               notes="Minimal pair of nieuwsbode-drenthe-08: differs only in cookie-banner (the consent dialog and its script are not in the page; everything else is identical).")


# Longer stories (realism wave: body length): one more section after the story's last paragraph; the variant 09
# follows its original 08. New people and organisations join the entity list.
MORE = {
    "nieuwsbode-drenthe-04": ([
        ("h2", "Vaker vernielingen bij erfgoed"),
        ("p", "De bekladding in Borger staat niet op zichzelf. Volgens de Drentse Erfgoedkoepel zijn er in de provincie de afgelopen "
              "vijf jaar zeker veertien meldingen geweest van vernielingen bij hunebedden, grafheuvels en oude kerken. In de meeste "
              "gevallen ging het om graffiti of weggegooid afval, twee keer werd een informatiebord uit de grond getrokken."),
        ("p", "'Het gaat vaak om jongeren die zich vervelen en niet beseffen wat ze aanrichten', zegt Jelmer Bosscher van de "
              "koepel. 'Daarom geven we al een paar jaar lessen op basisscholen in de buurt van de hunebedden. Kinderen die weten "
              "hoe oud die stenen zijn, gaan er anders mee om.'"),
        ("p", "Het schoonmaken van het hunebed wordt betaald uit een fonds van de provincie voor beschadigd erfgoed. Hoeveel het "
              "gaat kosten, is nog niet bekend. Bij een vergelijkbaar geval in het zuiden van de provincie was de rekening enkele "
              "duizenden euro's."),
    ], [("Drentse Erfgoedkoepel", "ORG"), ("Jelmer Bosscher", "PER")]),
    "nieuwsbode-drenthe-08": ([
        ("h2", "Leerkrachten in onzekerheid"),
        ("p", "Ook voor de drie leerkrachten van De Zwerfsteen is het besluit een klap. Het bestuur belooft dat ze allemaal een "
              "plek krijgen op een andere school van de stichting, maar waar dat wordt, is nog niet bekend. 'Ik werk hier "
              "negentien jaar. Ik heb de ouders van sommige kinderen nog zelf in de klas gehad', zegt leerkracht Anja Boelens."),
        ("p", "De school in Sleen, waar een deel van de kinderen naartoe gaat, bereidt zich voor op de nieuwe leerlingen. "
              "Directeur Bert Lanting wil voor de zomer een kennismakingsmiddag organiseren. 'We snappen dat ouders boos zijn. "
              "Wij willen vooral dat de kinderen zich hier snel thuis voelen', zegt hij."),
        ("p", "De advocaat van de ouders heeft het bestuur inmiddels gevraagd om alle stukken over de leerlingenprognoses te "
              "openbaren. Het bestuur heeft toegezegd die binnen twee weken te sturen."),
        ("h2", "Wat gebeurt er met het gebouw?"),
        ("p", "Wat er na de zomer met het schoolgebouw aan de Hoofdstraat gebeurt, is nog onduidelijk. Het pand is eigendom van de "
              "gemeente Coevorden. De dorpsvereniging wil er graag een dorpshuis van maken, met ruimte voor de peuteropvang, de "
              "bibliotheekbus en de biljartclub. 'Dan blijft er in elk geval een plek waar het dorp samenkomt', zegt Zwiers."),
        ("p", "De gemeente wil eerst laten onderzoeken wat een verbouwing kost. Het gebouw is uit 1962 en moet volgens een eerste "
              "inspectie worden geïsoleerd en krijgt een nieuw dak. Een woordvoerder noemt een bedrag van 'enkele honderdduizenden "
              "euro's'. Een besluit wordt in het najaar verwacht."),
        ("p", "Intussen gaan de ouders door met hun actie. Zaterdag houden ze een bijeenkomst in het café tegenover de school, waar ook "
              "oud-leerlingen zijn uitgenodigd. Ze willen de petitie in april aanbieden aan de gemeenteraad van Coevorden."),
    ], [("Anja Boelens", "PER"), ("Sleen", "LOC"), ("Bert Lanting", "PER"), ("Hoofdstraat", "LOC"), ("Zwiers", "PER")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    key = a.get("variant_of") or a["id"]
    if key not in MORE:
        return a
    extra, entities = MORE[key]
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    return dict(a, parts=a["parts"][:last + 1] + extra + a["parts"][last + 1:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


# The news app's web view prints the age of a story ("2 uur geleden") instead of its date for the
# first day; the <time datetime> and the metadata keep the exact time.
RELATIVE = {"nieuwsbode-drenthe-01": "2 uur geleden", "nieuwsbode-drenthe-03": "35 minuten geleden",
            "nieuwsbode-drenthe-04": "4 uur geleden", "nieuwsbode-drenthe-05": "1 uur geleden",
            "nieuwsbode-drenthe-07": "6 uur geleden"}

def build():
    for a in ARTICLES + [VARIANT]:
        a = lengthened(a)
        html_text, blocks = page(a, banner=a.get("banner", True))
        url = a["canon"] + ("?variant=b" if a.get("variant_of") else "")
        art = Article(
            id=a["id"], site=SITE, url=url, language="nl", headline=a["headline"],
            published=a["pub"].isoformat(), modified=a["upd"].isoformat() if a.get("upd") else None,
            authors=a["authors"], summary=a.get("intro", ""), blocks=blocks, entities=a["entities"],
            phenomena=[t for t in a["phenomena"] if not (t == "json-ld" and a.get("no_jsonld"))]
            + (["split-body", "teasers-in-article"] if any(x[0] in ("player", "bekijk", "chirp") for x in a["parts"][:-1]) else []),
            notes=a.get("notes", ""), variant_of=a.get("variant_of"))
        if a["id"] in RELATIVE:
            art, html_text = relative_visible_date(art, html_text, RELATIVE[a["id"]])
        p = emit(art, html_text, "utf-8")
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    build()
