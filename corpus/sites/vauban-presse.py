import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Agence Vauban Presse (vauban-presse): an invented French wire agency serving its dispatches
as AMP pages (`<html amp>` / `<html ⚡>`): the AMP boilerplate style, one `<style amp-custom>`
block, amp-img, amp-ad slots, amp-analytics with JSON configs, amp-consent, an amp-sidebar
menu, amp-social-share buttons and an amp-accordion footer. Dispatches open with a dateline
("PARIS, 3 février 2020 (AVP) -") and carry the agency byline. Pages: a dispatch with
subheadings, page 2 of a paginated long-form piece, an undated wire brief and a company
dispatch with a table and an update time."""

import datetime as _dt
import html as _html
import json as _json
import re as _re

SITE = "vauban-presse"
HOST = "https://www.vauban-presse.example"
NAME = "Agence Vauban Presse"
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
AMP_CDN = "https://cdn.ampproject.org"


def esc(s):
    """Escape for text and double-quoted attributes; apostrophes stay literal as the CMS prints them."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def fr_day(dt):
    day = "1er" if dt.day == 1 else str(dt.day)
    return f"{day} {MOIS[dt.month - 1]} {dt.year}"


def fr_date(dt):
    return f"{fr_day(dt)} à {dt.hour:02d}h{dt.minute:02d}"


def slugify(t):
    t = t.lower()
    for a, b in (("à", "a"), ("â", "a"), ("ç", "c"), ("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"), ("î", "i"),
                 ("ï", "i"), ("ô", "o"), ("ù", "u"), ("û", "u"), ("ü", "u"), ("œ", "oe"), ("'", "-"), ("’", "-")):
        t = t.replace(a, b)
    t = _re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return "-".join(t.split("-")[:8])


BOILERPLATE = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
               "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
               "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
               "@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
               "@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
               "<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>")

CUSTOM_ELEMENTS = ["amp-ad", "amp-analytics", "amp-consent", "amp-sidebar", "amp-social-share", "amp-accordion", "amp-geo",
                   "amp-bind"]

CSS = """
/* avp-amp 2.14.0 */
@font-face{font-family:"Vauban Text";src:url(https://static.vauban-presse.example/fonts/vauban-text-regular.woff2) format("woff2");font-weight:400;font-display:swap}
@font-face{font-family:"Vauban Text";src:url(https://static.vauban-presse.example/fonts/vauban-text-bold.woff2) format("woff2");font-weight:700;font-display:swap}
@font-face{font-family:"Vauban Display";src:url(https://static.vauban-presse.example/fonts/vauban-display-bold.woff2) format("woff2");font-weight:700;font-display:swap}
html{font-size:16px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Vauban Text",Arial,Helvetica,sans-serif;color:#1b1b1b;background:#fff;line-height:1.5}
a{color:#00346b;text-decoration:none}
a:hover{text-decoration:underline}
ul,ol{margin:0;padding:0}
button{font-family:inherit;cursor:pointer}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.avp-header{position:sticky;top:0;z-index:100;background:#00346b;color:#fff;height:56px;display:flex;align-items:center;padding:0 12px}
.avp-header__burger{background:none;border:0;color:#fff;width:40px;height:40px;padding:8px}
.avp-header__burger span{display:block;height:2px;background:#fff;margin:5px 0}
.avp-header__logo{margin:0 auto;display:block;width:132px}
.avp-header__search{color:#fff;font-size:13px}
.avp-sections{background:#f2f4f7;border-bottom:1px solid #dde2e8;overflow-x:auto;white-space:nowrap;-webkit-overflow-scrolling:touch}
.avp-sections ul{list-style:none;display:inline-flex;padding:0 8px}
.avp-sections li a{display:block;padding:10px 10px;font-size:14px;font-weight:700;color:#1b1b1b;text-transform:uppercase;letter-spacing:.03em}
.avp-sections li.is-active a{color:#c8102e;box-shadow:inset 0 -3px 0 #c8102e}
.avp-sidebar{background:#0c1c33;color:#fff;width:300px;padding:16px 0}
.avp-sidebar__close{background:none;border:0;color:#fff;font-size:28px;padding:0 16px}
.avp-sidebar h2{font-size:12px;text-transform:uppercase;letter-spacing:.1em;color:#8fa3bd;margin:18px 16px 6px}
.avp-sidebar ul{list-style:none}
.avp-sidebar li a{display:block;color:#fff;padding:7px 16px;font-size:15px}
.avp-sidebar li a:hover{background:#16304f}
.avp-sidebar .avp-sidebar__regions li a{font-size:14px;padding:5px 16px;color:#d5deea}
.avp-breadcrumb{font-size:12px;color:#6a7380;padding:10px 16px 0}
.avp-breadcrumb ol{list-style:none;display:flex;flex-wrap:wrap}
.avp-breadcrumb li+li:before{content:"/";margin:0 6px;color:#b3bac4}
.avp-ad{display:block;margin:16px auto;text-align:center;background:#f7f7f7}
.avp-ad__label{display:block;font-size:10px;text-transform:uppercase;color:#999;letter-spacing:.1em;padding:2px 0}
.avp-main{max-width:700px;margin:0 auto;padding:0 16px}
.avp-article__kicker{display:inline-block;font-size:13px;font-weight:700;text-transform:uppercase;color:#c8102e;letter-spacing:.05em;margin:16px 0 6px}
.avp-article__title{font-family:"Vauban Display",Georgia,serif;font-size:30px;line-height:1.15;margin:0 0 12px}
.avp-article__chapo{font-size:19px;line-height:1.45;font-weight:700;color:#333;margin:0 0 14px}
.avp-article__meta{font-size:13px;color:#5f6873;border-top:1px solid #e3e7ec;border-bottom:1px solid #e3e7ec;padding:8px 0;margin-bottom:14px}
.avp-article__meta .avp-byline{font-weight:700;color:#00346b}
.avp-article__meta .avp-upd{display:block}
.avp-article__meta .avp-flag{display:inline-block;background:#c8102e;color:#fff;font-size:11px;padding:0 5px;border-radius:2px;margin-right:6px;text-transform:uppercase}
.avp-share{display:flex;gap:6px;margin:10px 0 16px}
.avp-share amp-social-share{border-radius:50%;background-size:60%}
.avp-share amp-social-share[type=email]{background-color:#5f6873}
.avp-share amp-social-share[type=whatsapp]{background-color:#25d366}
.avp-figure{margin:0 -16px 18px}
.avp-figure figcaption{font-size:13px;color:#5f6873;padding:6px 16px 0;line-height:1.4}
.avp-figure .avp-credit{font-size:11px;color:#8b939e;text-transform:uppercase;margin-left:4px}
.avp-body p{font-size:18px;line-height:1.62;margin:0 0 18px}
.avp-body p .avp-dateline{font-weight:700;text-transform:none}
.avp-body h2{font-family:"Vauban Display",Georgia,serif;font-size:22px;line-height:1.25;margin:28px 0 12px}
.avp-body blockquote{margin:24px 0;padding:0 0 0 16px;border-left:4px solid #c8102e;font-style:italic}
.avp-table-wrap{overflow-x:auto;margin:0 0 20px}
.avp-table{border-collapse:collapse;width:100%;font-size:15px}
.avp-table caption{text-align:left;font-weight:700;font-size:15px;padding:0 0 6px}
.avp-table th{background:#00346b;color:#fff;text-align:left;padding:8px}
.avp-table td{border-bottom:1px solid #e3e7ec;padding:8px}
.avp-table td.n{text-align:right;font-variant-numeric:tabular-nums}
.avp-table tr.total td{font-weight:700;border-top:2px solid #00346b}
.avp-table__src{font-size:12px;color:#6a7380;margin:-12px 0 20px}
.avp-pagination{display:flex;justify-content:space-between;align-items:center;border:1px solid #dde2e8;border-radius:3px;padding:10px 12px;margin:18px 0;font-size:14px}
.avp-pagination__pages{display:flex;gap:6px;list-style:none}
.avp-pagination__pages li a,.avp-pagination__pages li span{display:block;width:28px;height:28px;line-height:28px;text-align:center;border-radius:50%}
.avp-pagination__pages li span{background:#00346b;color:#fff;font-weight:700}
.avp-pagination__status{font-weight:700}
.avp-pagination a.is-disabled{color:#b3bac4;pointer-events:none}
.avp-tags{margin:20px 0;font-size:13px}
.avp-tags ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.avp-tags a{display:block;border:1px solid #00346b;border-radius:14px;padding:2px 10px}
.avp-copyright-note{font-size:12px;color:#6a7380;border-top:1px solid #e3e7ec;padding-top:8px;margin:20px 0}
.avp-box{margin:28px 0}
.avp-box__title{font-size:15px;text-transform:uppercase;letter-spacing:.06em;border-bottom:3px solid #00346b;padding-bottom:6px;margin:0 0 8px}
.avp-list{list-style:none}
.avp-list li{padding:10px 0;border-bottom:1px solid #e3e7ec;font-size:15px;line-height:1.35}
.avp-list .avp-list__date{display:block;font-size:12px;color:#6a7380;margin-top:2px}
.avp-top{list-style:none;counter-reset:top}
.avp-top li{counter-increment:top;position:relative;padding:10px 0 10px 34px;border-bottom:1px solid #e3e7ec;font-size:15px}
.avp-top li:before{content:counter(top);position:absolute;left:0;top:6px;font-family:"Vauban Display",Georgia,serif;font-size:24px;color:#c8102e}
.avp-fil{list-style:none}
.avp-fil li{display:flex;gap:10px;padding:8px 0;border-bottom:1px dotted #ccd3db;font-size:14px}
.avp-fil time{flex:0 0 44px;font-weight:700;color:#c8102e}
.avp-footer{background:#0c1c33;color:#c9d3e0;margin-top:32px;padding:20px 16px;font-size:14px}
.avp-footer__logo{width:132px;margin-bottom:12px}
.avp-footer amp-accordion section{border-bottom:1px solid #24395a}
.avp-footer amp-accordion h3{background:none;border:0;color:#fff;font-size:15px;padding:10px 0;margin:0}
.avp-footer amp-accordion ul{list-style:none;padding:0 0 10px}
.avp-footer amp-accordion li a{display:block;color:#c9d3e0;padding:4px 0}
.avp-footer__bureaux{font-size:12px;color:#8fa3bd;margin:14px 0;line-height:1.7}
.avp-footer__legal{list-style:none;display:flex;flex-wrap:wrap;gap:6px 14px;margin:14px 0;font-size:12px}
.avp-footer__legal a{color:#c9d3e0}
.avp-footer__social{display:flex;gap:12px;margin:12px 0}
.avp-footer__copy{font-size:12px;color:#8fa3bd}
.avp-consent{background:#fff;border-top:4px solid #00346b;box-shadow:0 -4px 16px rgba(0,0,0,.25);padding:16px;font-size:14px;line-height:1.45}
.avp-consent h2{font-size:17px;margin:0 0 8px}
.avp-consent p{margin:0 0 10px}
.avp-consent__actions{display:flex;flex-wrap:wrap;gap:8px}
.avp-consent__actions button{border:1px solid #00346b;background:#fff;color:#00346b;font-weight:700;padding:8px 14px;border-radius:3px}
.avp-consent__actions .is-primary{background:#00346b;color:#fff}
.avp-consent-revoke{position:fixed;bottom:0;left:8px;background:#0c1c33;color:#fff;font-size:12px;border:0;padding:4px 10px;border-radius:3px 3px 0 0}
.avp-sticky{position:fixed;bottom:0;left:50%;margin-left:-160px;z-index:90}
@media (prefers-color-scheme:dark){body.avp-dark{background:#10151c;color:#e6e9ee}body.avp-dark a{color:#9cc3f5}body.avp-dark .avp-sections{background:#18202b;border-color:#263142}body.avp-dark .avp-sections li a{color:#e6e9ee}body.avp-dark .avp-article__chapo{color:#d3d8df}body.avp-dark .avp-article__meta{border-color:#263142;color:#9aa4b1}body.avp-dark .avp-list li,body.avp-dark .avp-top li{border-color:#263142}}
@media print{.avp-header,.avp-sections,.avp-ad,.avp-share,.avp-footer,.avp-box,amp-consent{display:none}}
@media (min-width:768px){.avp-article__title{font-size:38px}.avp-figure{margin:0 0 18px}.avp-figure figcaption{padding:6px 0 0}}
"""


SECTIONS = [("fil-info", "Fil info"), ("france", "France"), ("monde", "Monde"), ("economie", "Économie"),
            ("politique", "Politique"), ("societe", "Société"), ("sport", "Sport"), ("culture", "Culture"),
            ("sciences", "Sciences"), ("planete", "Planète"), ("sante", "Santé"), ("tech", "Tech"),
            ("regions", "Régions"), ("verification", "Vérification"), ("photos", "Photos"), ("videos", "Vidéos")]

REGIONS = ["Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
           "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
           "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"]

BUREAUX = ["Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Toulouse", "Rennes", "Ajaccio",
           "Bruxelles", "Genève", "Berlin", "Madrid", "Rome", "Londres", "Varsovie", "Dakar", "Abidjan", "Tunis",
           "Beyrouth", "Montréal", "Washington", "Mexico", "São Paulo", "Nairobi", "New Delhi", "Pékin", "Tokyo", "Sydney"]

FOOTER = [
    ("L'agence", ["Qui sommes-nous ?", "Nos bureaux", "Charte déontologique", "Médiateur", "Recrutement", "Presse"]),
    ("Nos services", ["Fil général", "Fils régionaux", "Photos", "Vidéos", "Infographies", "Données et résultats", "Fil sportif"]),
    ("Rubriques", ["France", "Monde", "Économie", "Politique", "Société", "Sport", "Culture", "Sciences", "Planète", "Santé"]),
    ("Aide", ["Contact", "Devenir client", "Espace clients", "Questions fréquentes", "Signaler une erreur"]),
]

LEGAL = ["Mentions légales", "Conditions générales d'utilisation", "Politique de confidentialité", "Gestion des cookies",
         "Accessibilité : partiellement conforme", "Plan du site", "Flux RSS"]

POOL = [
    "Grève des contrôleurs aériens : des annulations prévues jeudi à Orly",
    "Assurance chômage : les partenaires sociaux reprennent les discussions",
    "Tempête sur la façade atlantique : 40 000 foyers privés d'électricité",
    "Ligue 1 : le promu s'impose dans le derby et quitte la zone rouge",
    "Inflation : les prix alimentaires ralentissent pour le troisième mois",
    "Un incendie ravage un entrepôt logistique près de Rouen, sans faire de victime",
    "Festival de bande dessinée : le grand prix attribué à une autrice belge",
    "Immobilier : les taux des crédits repartent légèrement à la hausse",
    "Rugby : le XV de France dévoile sa liste pour la tournée d'été",
    "Santé : les urgences pédiatriques sous tension dans plusieurs villes",
    "Un rapport pointe le retard des chantiers de rénovation des écoles",
    "Automobile : les immatriculations de voitures neuves en léger repli",
    "Cyclisme : un Français remporte la deuxième étape au sprint",
    "Agriculture : les éleveurs manifestent devant plusieurs préfectures",
    "Justice : le procès d'un réseau d'escroquerie aux faux placements s'ouvre à Paris",
    "Météo : vigilance orange aux orages dans le sud-est",
    "Transports : la fréquentation des TER en hausse de 8 %",
    "Tech : une start-up lyonnaise lève 40 millions d'euros",
    "Éducation : les résultats du baccalauréat en légère baisse",
    "Culture : la réouverture d'un théâtre historique repoussée à l'automne",
    "Tourisme : les campings affichent complet sur le littoral",
    "Énergie : la production des barrages au plus bas depuis dix ans",
    "Tennis : la tête de série numéro 3 éliminée dès le premier tour",
    "Espace : un nanosatellite conçu par des étudiants mis en orbite",
]


def pool_rot(seed):
    k = (seed * 5) % len(POOL)
    return POOL[k:] + POOL[:k]


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

SPRITE = svg_sprite(83019, ["menu", "close", "search", "facebook", "x", "linkedin", "whatsapp", "email", "clock", "camera", "video",
                            "chevron-left", "chevron-right", "arrow-up", "alert", "globe", "lock", "play", "rss", "bell"], "avp-i")


def fil_state(a):
    """The amp-state behind the live 'Fil info' refresh and the 'À la une' carousel: ids and times, no article text."""
    rnd = _random.Random(a["aid"])
    items = [{"id": f"{rnd.getrandbits(24):06x}", "rubrique": rnd.choice([k for k, _ in SECTIONS]), "urgent": rnd.random() < .08,
              "minutesAgo": 7 * i + rnd.randint(0, 6), "photo": f"https://medias.vauban-presse.example/photos/th/{rnd.getrandbits(40):010x}-320.jpg",
              "langues": rnd.sample(["fr", "en", "es", "de", "ar", "pt"], rnd.randint(1, 4))} for i in range(60)]
    return _json.dumps({"fil": items, "refresh": 60, "endpoint": "/amp/api/fil-info.json", "regions": REGIONS,
                        "bureaux": BUREAUX}, ensure_ascii=False)


# ---------------------------------------------------------------- body

def amp_ad(slot, w=300, h=250, multi="300x250,320x100"):
    return (f'<div class="avp-ad"><span class="avp-ad__label">Publicité</span>'
            f'<amp-ad width="{w}" height="{h}" type="doubleclick" data-slot="/83019442/avp_amp/{slot}" '
            f'data-multi-size="{multi}" data-multi-size-validation="false" data-block-on-consent '
            f'rtc-config=\'{{"vendors":{{"avpbid":{{"PLACEMENT_ID":"{slot}-amp"}}}},"timeoutMillis":750}}\' '
            f'json=\'{{"targeting":{{"support":["amp"],"pos":["{slot}"]}}}}\'></amp-ad></div>')


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
        elif k == "ad":
            out.append(amp_ad(p[1]))
        elif k == "fig":
            _, img, cap, credit = p
            out.append(f'<figure class="avp-figure"><amp-img src="https://medias.vauban-presse.example/photos/{img}.jpg" '
                       f'srcset="https://medias.vauban-presse.example/photos/{img}-640.jpg 640w, https://medias.vauban-presse.example/photos/{img}.jpg 1280w" '
                       f'width="1280" height="720" layout="responsive" alt="{esc(cap)}"></amp-img>'
                       f'<figcaption>{esc(cap)}<span class="avp-credit">{esc(credit)}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, caption, rows, src, total = p
            t = [f'<div class="avp-table-wrap"><table class="avp-table"><caption>{esc(caption)}</caption><thead><tr>']
            t += [f"<th>{esc(c)}</th>" for c in rows[0]]
            t.append("</tr></thead><tbody>")
            for i, r in enumerate(rows[1:]):
                cls = ' class="total"' if total and i == len(rows) - 2 else ""
                t.append(f"<tr{cls}><td>{esc(r[0])}</td>" + "".join(f'<td class="n">{esc(c)}</td>' for c in r[1:]) + "</tr>")
            t.append(f'</tbody></table></div><p class="avp-table__src">{esc(src)}</p>')
            out.append("".join(t))
            blocks.append(Block("caption", caption, optional=True))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            if src:  # the "Source : ..." line under the table is a table source line: optional caption (GUIDELINES 7.1, 8)
                blocks.append(Block("caption", src, optional=True))
    return "\n".join(out)


def share(url, title):
    return ('<div class="avp-share" aria-label="Partager">'
            f'<amp-social-share type="facebook" width="36" height="36" data-param-app_id="402817733360095" data-param-href="{url}" aria-label="Partager sur Facebook"></amp-social-share>'
            f'<amp-social-share type="twitter" width="36" height="36" data-param-url="{url}" data-param-text="{esc(title)}" aria-label="Partager sur X"></amp-social-share>'
            f'<amp-social-share type="linkedin" width="36" height="36" data-param-url="{url}" aria-label="Partager sur LinkedIn"></amp-social-share>'
            f'<amp-social-share type="whatsapp" width="36" height="36" data-param-text="{esc(title)} {url}" aria-label="Partager sur WhatsApp"></amp-social-share>'
            f'<amp-social-share type="email" width="36" height="36" data-param-subject="{esc(title)}" data-param-body="{url}" aria-label="Envoyer par e-mail"></amp-social-share>'
            '</div>')


def pagination(a):
    pg, total, base = a["page_no"], a["page_total"], a["page_base"]
    prev_ = f'<a href="{base}?page={pg - 1}" rel="prev">‹ Page précédente</a>' if pg > 1 else '<a class="is-disabled">‹ Page précédente</a>'
    next_ = f'<a href="{base}?page={pg + 1}" rel="next">Page suivante ›</a>' if pg < total else '<a class="is-disabled">Page suivante ›</a>'
    pages = "".join(f'<li><span aria-current="page">{i}</span></li>' if i == pg else f'<li><a href="{base}?page={i}">{i}</a></li>'
                    for i in range(1, total + 1))
    return (f'<nav class="avp-pagination" aria-label="Pagination de l\'article">{prev_}'
            f'<span class="avp-pagination__status">Page {pg} sur {total}</span>'
            f'<ol class="avp-pagination__pages">{pages}</ol>{next_}</nav>')


# ---------------------------------------------------------------- page

def page(a):
    pub, upd = a.get("pub"), a.get("upd")
    url, canon = a["url"], a["canonical"]
    blocks = []
    if a.get("chapo"):
        blocks.append(Block("paragraph", a["chapo"], optional=True))
    lead_html = render_parts([("fig",) + a["lead_fig"]], blocks) if a.get("lead_fig") else ""
    body_html = render_parts(a["parts"], blocks)
    sec_key, sec_label = a["section"]
    amp_attr = "⚡" if a.get("bolt") else "amp"

    h = ["<!doctype html>", f'<html {amp_attr} lang="fr">', "<head>", '<meta charset="utf-8">',
         f'<script async src="{AMP_CDN}/v0.js"></script>']
    for ce in CUSTOM_ELEMENTS:
        h.append(f'<script async custom-element="{ce}" src="{AMP_CDN}/v0/{ce}-0.1.js"></script>')
    h += [f"<title>{esc(a['title'])}</title>",
          f'<link rel="canonical" href="{canon}">',
          '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
          f'<meta name="description" content="{esc(a["desc"])}">',
          '<meta name="robots" content="index,follow,max-image-preview:large">',
          f'<meta name="news_keywords" content="{esc(", ".join(a["keywords"]))}">',
          '<meta property="og:site_name" content="Agence Vauban Presse">', '<meta property="og:locale" content="fr_FR">',
          '<meta property="og:type" content="article">',
          f'<meta property="og:title" content="{esc(a["og_title"])}">',
          f'<meta property="og:description" content="{esc(a["desc"])}">',
          f'<meta property="og:url" content="{canon}">',
          f'<meta property="og:image" content="https://medias.vauban-presse.example/photos/{a["img"]}.jpg">',
          '<meta property="og:image:width" content="1280">', '<meta property="og:image:height" content="720">']
    h.append(f'<meta property="article:section" content="{esc(sec_label)}">')
    h.append(f'<meta property="article:author" content="{esc(NAME)}">')
    for k in a["keywords"]:
        h.append(f'<meta property="article:tag" content="{esc(k)}">')
    h += ['<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@vaubanpresse">',
          f'<meta name="twitter:title" content="{esc(a["og_title"])}">',
          f'<meta name="twitter:description" content="{esc(a["desc"])}">',
          f'<meta name="twitter:image" content="https://medias.vauban-presse.example/photos/{a["img"]}.jpg">',
          '<link rel="icon" href="https://static.vauban-presse.example/img/favicon-32.png" sizes="32x32">',
          '<link rel="apple-touch-icon" href="https://static.vauban-presse.example/img/apple-touch-icon.png">',
          '<link rel="preconnect" href="https://medias.vauban-presse.example">']
    if a.get("page_no"):
        base = a["page_base"]
        if a["page_no"] > 1:
            h.append(f'<link rel="prev" href="{base}?page={a["page_no"] - 1}">')
        if a["page_no"] < a["page_total"]:
            h.append(f'<link rel="next" href="{base}?page={a["page_no"] + 1}">')
    # JSON-LD
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": canon}, "url": canon,
          "headline": a["headline"], "description": a["desc"],
          "image": {"@type": "ImageObject", "url": f"https://medias.vauban-presse.example/photos/{a['img']}.jpg", "width": 1280, "height": 720},
          "author": {"@type": "Organization", "name": NAME, "url": HOST + "/"},
          "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "alternateName": "AVP",
                        "logo": {"@type": "ImageObject", "url": "https://static.vauban-presse.example/img/avp-logo-600x60.png", "width": 600, "height": 60}},
          "articleSection": sec_label, "inLanguage": "fr-FR", "isAccessibleForFree": True}
    if pub:
        ld["datePublished"] = pub.isoformat()
        ld["dateModified"] = (upd or pub).isoformat()
    if a.get("dateline_ld"):
        ld["dateline"] = a["dateline_ld"]
    if a.get("page_no"):
        ld["pagination"] = f'{a["page_no"]}/{a["page_total"]}'
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Accueil", "item": HOST + "/"},
        {"@type": "ListItem", "position": 2, "name": sec_label, "item": f"{HOST}/fr/{sec_key}/"},
        {"@type": "ListItem", "position": 3, "name": a["headline"], "item": canon}]}
    h.append('<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append('<script type="application/ld+json">' + _json.dumps(crumbs, ensure_ascii=False) + "</script>")
    h.append(BOILERPLATE)
    h.append("<style amp-custom>" + CSS + "</style>")
    h.append("</head>")

    h.append(f'<body class="avp-amp avp-rubrique-{sec_key}">')
    h.append(SPRITE)
    h.append('<amp-state id="avpFil"><script type="application/json">' + fil_state(a) + "</script></amp-state>")
    # analytics
    ga = {"vars": {"gtag_id": "G-AVP7Q41KX2", "config": {"G-AVP7Q41KX2": {"groups": "default", "send_page_view": True}}},
          "triggers": {"scroll75": {"on": "scroll", "scrollSpec": {"verticalBoundaries": [75]}, "request": "event",
                                    "vars": {"event_name": "scroll_75"}}}}
    h.append('<amp-analytics type="gtag" data-credentials="include" data-block-on-consent><script type="application/json">'
             + _json.dumps(ga) + "</script></amp-analytics>")
    stats_vars = {"site": "avp-amp", "rubrique": sec_key, "type": a["kind"], "id": a["aid"]}
    if pub:
        stats_vars["date_pub"] = pub.strftime("%Y%m%d")
    own = {"requests": {"base": "https://mesure.vauban-presse.example/hit?s=${site}&r=${rubrique}&t=${type}&id=${id}",
                        "pageview": "${base}&ev=pv&u=${canonicalUrl}&ref=${documentReferrer}&vp=${viewport}",
                        "read": "${base}&ev=read&tps=${totalEngagedTime}"},
           "vars": stats_vars,
           "triggers": {"pv": {"on": "visible", "request": "pageview"},
                        "read": {"on": "timer", "timerSpec": {"interval": 15, "maxTimerLength": 600}, "request": "read"}},
           "transport": {"beacon": True, "xhrpost": False, "image": True}}
    h.append('<amp-analytics data-block-on-consent id="avp-mesure"><script type="application/json">'
             + _json.dumps(own) + "</script></amp-analytics>")
    chartbeat_like = {"vars": {"uid": 64019, "domain": "vauban-presse.example", "sections": sec_label, "authors": NAME,
                               "contentType": a["kind"], "canonicalPath": canon.replace(HOST, "")},
                      "requests": {"ping": "https://rt.audience-live.example/ping?h=${domain}&p=${canonicalPath}&u=${clientId(_avp_rt)}&d=${sections}&a=${authors}&x=${scrollTop}&y=${scrollHeight}&c=${totalEngagedTime}"},
                      "triggers": {"first": {"on": "visible", "request": "ping"},
                                   "heartbeat": {"on": "timer", "timerSpec": {"interval": 15, "startSpec": {"on": "visible"}, "stopSpec": {"on": "hidden"}}, "request": "ping"}},
                      "transport": {"beacon": False, "xhrpost": False, "image": True}}
    h.append('<amp-analytics id="avp-rt" data-block-on-consent><script type="application/json">'
             + _json.dumps(chartbeat_like) + "</script></amp-analytics>")
    h.append('<amp-geo layout="nodisplay"><script type="application/json">{"ISOCountryGroups":{"eea":["preset-eea","unknown"]}}</script></amp-geo>')
    consent = {"consentInstanceId": "avp-consent-v3", "consentRequired": True, "promptIfUnknownForGeoGroup": "eea",
               "promptUI": "avp-consent-ui", "postPromptUI": "avp-consent-post",
               "purposeConsentRequired": ["mesure", "publicite"], "uiConfig": {"overlay": True}}
    h.append('<amp-consent id="avp-consent" layout="nodisplay"><script type="application/json">' + _json.dumps(consent) + "</script>"
             '<div id="avp-consent-ui" class="avp-consent" role="dialog" aria-labelledby="avp-consent-title">'
             '<h2 id="avp-consent-title">Vos choix concernant les cookies</h2>'
             "<p>Avec votre accord, l'Agence Vauban Presse et ses partenaires utilisent des cookies ou technologies similaires pour "
             "mesurer l'audience du site, personnaliser les contenus et afficher des publicités adaptées à vos centres d'intérêt. "
             "Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment via le lien « Gestion des cookies » en bas de page.</p>"
             '<p><a href="/fr/legal/cookies/">En savoir plus sur nos partenaires</a></p>'
             '<div class="avp-consent__actions"><button class="is-primary" on="tap:avp-consent.accept">Accepter et continuer</button>'
             '<button on="tap:avp-consent.reject">Continuer sans accepter</button>'
             '<button on="tap:avp-consent.prompt(consent=avp-consent-v3)">Paramétrer</button></div></div>'
             '<div id="avp-consent-post"><button class="avp-consent-revoke" on="tap:avp-consent.prompt">Gestion des cookies</button></div>'
             "</amp-consent>")
    # sidebar
    sb = ['<amp-sidebar id="avp-menu" layout="nodisplay" side="left" class="avp-sidebar">'
          '<button class="avp-sidebar__close" on="tap:avp-menu.close" aria-label="Fermer le menu">×</button>'
          '<h2>Rubriques</h2><ul>']
    sb += [f'<li><a href="/amp/fr/{k}/">{esc(l)}</a></li>' for k, l in SECTIONS]
    sb.append('</ul><h2>Régions</h2><ul class="avp-sidebar__regions">')
    sb += [f'<li><a href="/amp/fr/regions/{slugify(r)}/">{esc(r)}</a></li>' for r in REGIONS]
    sb.append('</ul><h2>L\'agence</h2><ul><li><a href="/fr/agence/">Qui sommes-nous ?</a></li><li><a href="/fr/agence/bureaux/">Nos bureaux</a></li>'
              '<li><a href="/fr/agence/charte/">Charte déontologique</a></li><li><a href="/fr/clients/">Devenir client</a></li>'
              '<li><a href="/fr/contact/">Contact</a></li></ul><h2>Services</h2><ul>'
              '<li><a href="/amp/fr/fil-info/">Le fil info en continu</a></li><li><a href="/fr/newsletters/">Newsletters</a></li>'
              '<li><a href="/fr/alertes/">Alertes et notifications</a></li><li><a href="/fr/podcasts/">Podcasts</a></li>'
              '<li><a href="/fr/infographies/">Infographies</a></li><li><a href="/fr/resultats/">Résultats électoraux</a></li>'
              '<li><a href="/fr/meteo/">Météo</a></li><li><a href="/fr/archives/">Archives</a></li></ul></amp-sidebar>')
    h.append("".join(sb))
    h.append('<header class="avp-header"><button class="avp-header__burger" on="tap:avp-menu.toggle" aria-label="Ouvrir le menu"><span></span><span></span><span></span></button>'
             '<a class="avp-header__logo" href="/amp/fr/"><amp-img src="https://static.vauban-presse.example/img/avp-logo-white.svg" width="132" height="32" alt="Agence Vauban Presse"></amp-img></a>'
             '<a class="avp-header__search" href="/fr/recherche/">Rechercher</a></header>')
    act = ' class="is-active"'
    h.append('<nav class="avp-sections" aria-label="Rubriques"><ul>' + "".join(
        f'<li{act if k == sec_key else ""}><a href="/amp/fr/{k}/">{esc(l)}</a></li>' for k, l in SECTIONS) + "</ul></nav>")
    h.append(f'<nav class="avp-breadcrumb" aria-label="Fil d\'Ariane"><ol><li><a href="/amp/fr/">Accueil</a></li>'
             f'<li><a href="/amp/fr/{sec_key}/">{esc(sec_label)}</a></li><li>{esc(a["crumb"])}</li></ol></nav>')
    h.append(amp_ad("banniere_haut", 320, 100, "320x50,320x100"))

    h.append('<div class="avp-page"><div class="avp-layout"><div class="avp-layout__main"><main class="avp-main" id="contenu"><div class="avp-article-wrap"><article class="avp-article"><div class="avp-article__inner">')
    h.append(f'<p class="avp-article__kicker">{esc(a["kicker"])}</p>')
    h.append(f'<h1 class="avp-article__title">{esc(a["headline"])}</h1>')
    if a.get("chapo"):
        h.append(f'<p class="avp-article__chapo">{esc(a["chapo"])}</p>')
    meta = ['<div class="avp-article__meta">']
    if a.get("flag"):
        meta.append(f'<span class="avp-flag">{esc(a["flag"])}</span>')
    meta.append(f'<span class="avp-byline">{esc(a["byline"])}</span>')
    if pub:
        meta.append(f' · Publié le <time datetime="{pub.isoformat()}">{fr_date(pub)}</time>')
    if upd:
        meta.append(f'<span class="avp-upd">Mis à jour le <time datetime="{upd.isoformat()}">{fr_date(upd)}</time>'
                    f'{esc(a.get("upd_note", ""))}</span>')
    meta.append("</div>")
    h.append("".join(meta))
    h.append(share(canon, a["headline"]))
    if a.get("page_no"):
        h.append(pagination(a))
    if lead_html:
        h.append(lead_html)
    h.append('<div class="avp-body"><div class="avp-body__text">' + body_html + "</div></div>")
    if a.get("page_no"):
        h.append(pagination(a))
    h.append(share(canon, a["headline"]))
    h.append('<div class="avp-tags">Mots-clés :<ul>' + "".join(
        f'<li><a href="/amp/fr/sujet/{slugify(k)}/">{esc(k)}</a></li>' for k in a["keywords"]) + "</ul></div>")
    h.append('<p class="avp-copyright-note">Tous droits de reproduction et de représentation réservés. Les dépêches, photos et '
             "vidéos de l'Agence Vauban Presse sont protégées par le droit d'auteur et ne peuvent être reproduites sans autorisation.</p>")
    h.append("</div></article></div>")
    h.append(amp_ad("pave_bas"))

    rel = ['<section class="avp-box"><h2 class="avp-box__title">Sur le même sujet</h2><ul class="avp-list">']
    for i, (t, dd) in enumerate(a["related"]):
        rel.append(f'<li><a href="/amp/fr/depeche/{dd:%Y/%m/%d}/{slugify(t)}-{a["aid"][-4:]}{i}">{esc(t)}</a>'
                   f'<span class="avp-list__date">{fr_date(dd)}</span></li>')
    rel.append("</ul></section>")
    h.append("".join(rel))
    h.append('<section class="avp-box"><h2 class="avp-box__title">Les plus lus</h2><ol class="avp-top">' + "".join(
        f'<li><a href="/amp/fr/depeche/{slugify(t)}-{a["seed"]}{i}">{esc(t)}</a></li>' for i, t in enumerate(pool_rot(a["seed"])[0:5])) + "</ol></section>")
    fil = ['<section class="avp-box"><h2 class="avp-box__title">Fil info</h2><ul class="avp-fil">']
    for i, t in enumerate(pool_rot(a["seed"])[5:11]):
        hh, mm = a["fil_start"]
        tot = hh * 60 + mm - i * 23
        fil.append(f'<li><time>{tot // 60:02d}h{tot % 60:02d}</time><a href="/amp/fr/fil-info/{slugify(t)}">{esc(t)}</a></li>')
    fil.append('</ul><p><a href="/amp/fr/fil-info/">Tout le fil info</a></p></section>')
    h.append("".join(fil))
    h.append(amp_ad("pave_fin"))
    h.append(f'<section class="avp-box"><h2 class="avp-box__title">À la une</h2><ul class="avp-list">' + "".join(
        f'<li><a href="/amp/fr/depeche/{slugify(t)}-{a["seed"]}{i:02d}">{esc(t)}</a></li>' for i, t in enumerate(pool_rot(a["seed"])[11:19])) + "</ul></section>")
    h.append('<amp-ad width="320" height="50" layout="fixed" type="doubleclick" data-slot="/83019442/avp_amp/sticky_bas" data-block-on-consent class="avp-sticky"></amp-ad>')
    h.append("</main></div></div></div>")

    f = ['<footer class="avp-footer"><amp-img class="avp-footer__logo" src="https://static.vauban-presse.example/img/avp-logo-white.svg" width="132" height="32" alt="Agence Vauban Presse"></amp-img>'
         '<amp-accordion disable-session-states>']
    for title, items in FOOTER:
        f.append(f"<section><h3>{esc(title)}</h3><ul>" + "".join(
            f'<li><a href="/fr/{slugify(title)}/{slugify(i)}/">{esc(i)}</a></li>' for i in items) + "</ul></section>")
    f.append("</amp-accordion>")
    f.append('<p class="avp-footer__bureaux"><strong>Nos bureaux :</strong> ' + " · ".join(BUREAUX) + "</p>")
    f.append('<div class="avp-footer__social"><a href="https://x.example/vaubanpresse">X</a><a href="https://facebook.example/vaubanpresse">Facebook</a>'
             '<a href="https://linkedin.example/company/vauban-presse">LinkedIn</a><a href="https://instagram.example/vaubanpresse">Instagram</a>'
             '<a href="https://videoplateforme.example/vaubanpresse">Vidéos</a></div>')
    f.append('<ul class="avp-footer__legal">' + "".join(f'<li><a href="/fr/legal/{slugify(l)}/">{esc(l)}</a></li>' for l in LEGAL) + "</ul>")
    f.append(f'<p class="avp-footer__copy">© {a["copy_year"]} Agence Vauban Presse. Tous droits réservés. '
             f'<a href="{canon}">Version non AMP</a></p></footer>')
    h.append("".join(f))
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h), blocks


# ---------------------------------------------------------------- articles

def d(y, mo, da, hh, mi, tz):
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)


ARTICLES = [
    # ------------------------------------------------------------ 01: dispatch with subheadings
    dict(
        id="vauban-presse-01", seed=1, aid="a1f93c", kind="depeche", bolt=False,
        url=f"{HOST}/amp/fr/depeche/2020/02/03/train-de-nuit-lunea-paris-biarritz-a1f93c",
        canonical=f"{HOST}/fr/depeche/2020/02/03/train-de-nuit-lunea-paris-biarritz-a1f93c",
        section=("economie", "Économie"), crumb="Transports", kicker="Transports",
        headline="Trains de nuit : la start-up Lunéa veut relier Paris à Biarritz dès décembre",
        title="Trains de nuit : la start-up Lunéa veut relier Paris à Biarritz dès décembre",
        og_title="Trains de nuit : la start-up Lunéa veut relier Paris à Biarritz dès décembre",
        desc="La jeune compagnie ferroviaire a obtenu l'autorisation d'exploiter une ligne de nuit entre la capitale et la côte basque.",
        keywords=["Transports", "Ferroviaire", "Trains de nuit", "Entreprises"],
        img="2020/02/03/lunea-voiture-couchettes-turin",
        pub=d(2020, 2, 3, 11, 42, CET), byline="Agence Vauban Presse", copy_year=2020,
        dateline_ld="PARIS, 3 février 2020", fil_start=(11, 38),
        chapo=("La jeune compagnie ferroviaire a obtenu l'autorisation d'exploiter une ligne de nuit entre la capitale et la côte "
               "basque. Elle promet des billets à partir de 39 euros."),
        related=[("Ferroviaire : l'ouverture à la concurrence attire de nouveaux acteurs", d(2020, 1, 21, 16, 5, CET)),
                 ("Les trains de nuit reviennent en grâce auprès des voyageurs européens", d(2019, 11, 30, 9, 12, CET)),
                 ("Transports : le bilan carbone des trajets en avion de nouveau critiqué", d(2019, 12, 12, 18, 47, CET))],
        lead_fig=("2020/02/03/lunea-voiture-couchettes-turin",
                  "Une voiture-couchettes de la compagnie Lunéa en cours de rénovation dans un atelier près de Turin.",
                  "© AVP / Marco Bellandi"),
        parts=[
            ("p", '<span class="avp-dateline">PARIS, 3 février 2020 (AVP)</span> - La compagnie ferroviaire Lunéa, fondée il y a deux ans '
                  "à Lyon, a annoncé lundi qu'elle lancerait en décembre un train de nuit quotidien entre Paris et Biarritz, se "
                  "positionnant parmi les premiers opérateurs privés sur ce créneau en France."),
            ("p", "Le train partira de la gare d'Austerlitz à 22h10 et arrivera à Biarritz à 7h35 le lendemain, avec des arrêts à "
                  "Bordeaux, Dax et Bayonne, a précisé la présidente de l'entreprise, Hélène Marchetti, lors d'une conférence de presse."),
            ("p", "« Le train de nuit n'est pas une nostalgie, c'est une réponse concrète à ceux qui veulent renoncer à l'avion sans "
                  "perdre une journée de travail », a-t-elle déclaré."),
            ("h", "Des voitures rénovées en Italie"),
            ("p", "Lunéa a acquis quatorze voitures-couchettes d'occasion, actuellement en cours de rénovation dans un atelier près de "
                  "Turin. Chaque train comptera 380 places, réparties entre des compartiments de quatre et six couchettes et une voiture "
                  "de sièges inclinables."),
            ("p", "Les voitures, construites dans les années 1980 pour un réseau d'Europe centrale, recevront des sanitaires neufs, "
                  "des prises électriques à chaque couchette et un accès sans fil à internet. Une voiture-bar servira des repas froids "
                  "et des petits déjeuners préparés par un traiteur bordelais, a indiqué l'entreprise."),
            ("ad", "pave_milieu"),
            ("p", "Les billets seront vendus à partir de 39 euros en couchette de six places et jusqu'à 149 euros pour un compartiment "
                  "privatif. La compagnie vise un taux de remplissage de 70 % dès la première année d'exploitation."),
            ("p", "Sur le même trajet, un aller simple en avion entre Paris et Biarritz coûte en moyenne 95 euros, selon un "
                  "comparateur de prix consulté par l'AVP, et le train à grande vitesse relie les deux villes en un peu plus de quatre "
                  "heures avec une correspondance. Lunéa estime que sa clientèle sera d'abord composée de voyageurs d'affaires et de "
                  "familles partant en vacances sur la côte."),
            ("h", "Un pari économique risqué"),
            ("p", "L'entreprise, qui a levé 28 millions d'euros auprès de fonds d'investissement et d'un groupe mutualiste, devra "
                  "s'acquitter de péages d'infrastructure importants et obtenir des créneaux de circulation nocturnes, souvent réservés "
                  "aux travaux sur les voies."),
            ("p", "Le gestionnaire du réseau a confirmé à l'AVP avoir attribué à la compagnie des sillons pour l'année 2021, tout en "
                  "prévenant que certaines nuits de travaux, notamment entre Bordeaux et Dax, imposeraient des détours et des retards "
                  "de plus d'une heure. Lunéa affirme avoir intégré ces contraintes dans ses horaires."),
            ("p", "« Le modèle peut fonctionner, mais la marge d'erreur est très faible », estime Julien Authier, économiste des "
                  "transports au cabinet Ferrovia Conseil. Selon lui, les trains de nuit privés lancés ailleurs en Europe ont mis en "
                  "moyenne trois à quatre ans avant d'atteindre l'équilibre."),
            ("p", "Les associations d'usagers ont salué l'annonce, tout en réclamant des garanties sur l'accessibilité des voitures "
                  "aux personnes à mobilité réduite. « Un train de nuit doit pouvoir accueillir tout le monde, pas seulement ceux qui "
                  "peuvent grimper sur une couchette du haut », a réagi Martine Lagarde, porte-parole du collectif Rail Avenir."),
            ("p", "Lunéa dit étudier déjà une deuxième ligne, vers Perpignan, à l'horizon 2022. L'entreprise compte recruter 120 "
                  "salariés d'ici à l'automne, dont une soixantaine de contrôleurs et d'agents d'accompagnement."),
            ("p", "Selon un recensement du collectif Rail Avenir, une dizaine de lignes de nuit circulaient en France au début des "
                  "années 2000, contre deux aujourd'hui. Plusieurs régions ont fait savoir qu'elles étaient prêtes à soutenir de nouveaux "
                  "projets, à condition qu'ils desservent aussi des villes moyennes situées hors des grands axes à grande vitesse."),
        ],
        entities=[("Lunéa", "ORG"), ("Paris", "LOC"), ("PARIS", "LOC"), ("Biarritz", "LOC"), ("AVP", "ORG"), ("Lyon", "LOC"),
                  ("France", "LOC"), ("gare d'Austerlitz", "LOC"), ("Bordeaux", "LOC"), ("Dax", "LOC"), ("Bayonne", "LOC"),
                  ("Hélène Marchetti", "PER"), ("Italie", "LOC"), ("Turin", "LOC"), ("Julien Authier", "PER"),
                  ("Ferrovia Conseil", "ORG"), ("Europe", "LOC"), ("Perpignan", "LOC"), ("basque", "MISC"), ("Europe centrale", "LOC"),
                  ("bordelais", "MISC"), ("Martine Lagarde", "PER"), ("Rail Avenir", "ORG")],
        phenomena=["amp", "dateline", "agency-byline", "localized-date", "local-time-zone", "json-ld", "nav-menu", "footer-links",
                   "share-bar", "cookie-banner", "subheadings", "kicker", "standfirst", "photo-caption", "ad-slots",
                   "related-list", "most-read", "tag-list", "decoy-date", "date-in-url", "teasers-in-article"],
        notes="The dateline is kept as the start of the first paragraph; the lead photo caption is optional.",
    ),
    # ------------------------------------------------------------ 02: paginated, page 2 of 3
    dict(
        id="vauban-presse-02", seed=2, aid="b72e01", kind="grand-format", bolt=False,
        url=f"{HOST}/amp/fr/grand-format/2022/08/11/secheresse-drome-agriculteurs-irrigation-b72e01?page=2",
        canonical=f"{HOST}/fr/grand-format/2022/08/11/secheresse-drome-agriculteurs-irrigation-b72e01?page=2",
        page_base=f"{HOST}/amp/fr/grand-format/2022/08/11/secheresse-drome-agriculteurs-irrigation-b72e01",
        page_no=2, page_total=3,
        section=("planete", "Planète"), crumb="Grand format", kicker="Grand format",
        headline="Sécheresse : dans la Drôme, les agriculteurs réinventent l'irrigation",
        title="Sécheresse : dans la Drôme, les agriculteurs réinventent l'irrigation - Agence Vauban Presse",
        og_title="Sécheresse : dans la Drôme, les agriculteurs réinventent l'irrigation",
        desc="Retenues collinaires, goutte-à-goutte, arrêtés de restriction : reportage dans une vallée où l'eau manque chaque été un peu plus.",
        keywords=["Sécheresse", "Agriculture", "Eau", "Drôme", "Climat"],
        img="2022/08/11/drome-retenue-collinaire",
        pub=d(2022, 8, 11, 6, 30, CEST), byline="Agence Vauban Presse", copy_year=2022, fil_start=(7, 12),
        related=[("Canicule : 62 départements désormais soumis à des restrictions d'eau", d(2022, 8, 5, 12, 20, CEST)),
                 ("Les nappes phréatiques à un niveau « préoccupant » dans le Sud-Est", d(2022, 7, 22, 15, 41, CEST)),
                 ("Bassines agricoles : le débat s'enflamme dans plusieurs régions", d(2022, 6, 29, 10, 3, CEST))],
        parts=[
            ("h", "Des retenues collinaires contestées"),
            ("p", "À une vingtaine de kilomètres de là, sur les hauteurs de Crest, le paysage change. Une bâche noire de 4 000 mètres "
                  "carrés tapisse le fond d'une retenue d'eau construite l'an dernier par six exploitations regroupées en association. "
                  "Remplie l'hiver par le ruissellement, elle permet d'arroser 45 hectares de semences et de plantes aromatiques jusqu'à "
                  "la fin du mois d'août."),
            ("p", "« Sans cette réserve, nous aurions perdu la moitié de la récolte cette année », affirme Thierry Bonnefoy, qui cultive "
                  "de la lavande et du thym avec son frère. Le projet a coûté 310 000 euros, dont 40 % financés par des aides publiques."),
            ("p", "Mais ces ouvrages divisent. Pour le collectif Eau vive Drôme, qui a déposé deux recours devant la justice "
                  "administrative, ils privent les cours d'eau d'une partie de leur alimentation au moment où ceux-ci en ont le plus "
                  "besoin. « On stocke l'eau de tous au profit de quelques-uns », résume sa porte-parole, Nadège Rivoire."),
            ("ad", "pave_milieu"),
            ("h", "Le goutte-à-goutte gagne du terrain"),
            ("p", "Entre ces deux positions, une voie plus discrète progresse : celle de la sobriété. Selon les techniciens de la "
                  "coopérative Terres du Diois, la surface équipée en goutte-à-goutte a été multipliée par trois en cinq ans dans la "
                  "vallée. Les économies d'eau atteignent 30 à 50 % par rapport à l'aspersion classique."),
            ("p", "Chez Mathilde Arnaud, maraîchère installée depuis 2015 près de Saillans, chaque rang de tomates possède désormais "
                  "son propre tuyau percé, piloté par des sondes d'humidité plantées dans le sol. « Je n'arrose plus à l'heure, j'arrose "
                  "quand la plante en a besoin », explique-t-elle en montrant l'application sur son téléphone."),
            ("p", "L'investissement, environ 6 000 euros pour un hectare, a été amorti en deux saisons, assure-t-elle. Mais la technique "
                  "a ses limites : elle convient mal aux grandes cultures comme le maïs ou le blé, qui couvrent encore l'essentiel des "
                  "surfaces irriguées du département."),
            ("h", "Des arrêtés de restriction à répétition"),
            ("p", "Depuis le 18 juillet, l'ensemble du bassin versant est placé en situation de « crise », le niveau le plus élevé des "
                  "restrictions. Les prélèvements agricoles y sont interdits, sauf pour l'abreuvement des animaux et quelques cultures "
                  "bénéficiant de dérogations."),
            ("p", "Pour Thierry Bonnefoy, ces arrêtés à répétition sont devenus « la nouvelle normalité ». « Il y a dix ans, on en "
                  "parlait comme d'une année exceptionnelle. Aujourd'hui, on se demande quand ça s'arrêtera », dit-il."),
        ],
        entities=[("Drôme", "LOC"), ("Crest", "LOC"), ("Thierry Bonnefoy", "PER"), ("Eau vive Drôme", "ORG"),
                  ("Nadège Rivoire", "PER"), ("Terres du Diois", "ORG"), ("Mathilde Arnaud", "PER"), ("Saillans", "LOC")],
        phenomena=["amp", "paginated", "agency-byline", "localized-date", "local-time-zone", "json-ld", "nav-menu", "footer-links",
                   "share-bar", "cookie-banner", "subheadings", "kicker", "ad-slots", "related-list", "most-read", "tag-list",
                   "decoy-date", "date-in-url", "teasers-in-article"],
        notes="Page 2 of 3: the gold holds only the text of this page (no dateline or standfirst, which are on page 1). Adjudicated after the second annotation: the page is an AMP document, so url is the served /amp/ address, not the canonical link (GUIDELINES 2.2). Adjudicated with the second annotation (December 2026): the 'Publicité' ad block between two paragraphs inside the text container makes teasers-in-article (GUIDELINES 10).",
    ),
    # ------------------------------------------------------------ 03: undated wire brief
    dict(
        id="vauban-presse-03", seed=3, aid="c4d81b", kind="breve", bolt=False,
        url=f"{HOST}/amp/fr/breve/lyon-tableau-vole-retrouve-brocante-c4d81b",
        canonical=f"{HOST}/fr/breve/lyon-tableau-vole-retrouve-brocante-c4d81b",
        section=("culture", "Culture"), crumb="Patrimoine", kicker="Brève",
        headline="Lyon : un tableau volé il y a dix ans retrouvé dans une brocante",
        title="Lyon : un tableau volé il y a dix ans retrouvé dans une brocante - Agence Vauban Presse",
        og_title="Lyon : un tableau volé il y a dix ans retrouvé dans une brocante",
        desc="Un paysage à l'huile volé dans une demeure des monts du Lyonnais a été reconnu par un collectionneur.",
        keywords=["Patrimoine", "Vol", "Art", "Lyon"],
        img="breves/lyon-brocante-tableau",
        byline="AVP", copy_year=2024, fil_start=(15, 48),
        related=[("Une sculpture volée dans une église de l'Ain restituée à la commune", d(2021, 3, 16, 14, 22, CET)),
                 ("Trafic d'œuvres d'art : un réseau démantelé entre la France et l'Italie", d(2020, 10, 8, 11, 5, CEST))],
        parts=[
            ("p", '<span class="avp-dateline">LYON (AVP)</span> - Un petit paysage à l\'huile volé il y a une dizaine d\'années dans une '
                  "demeure privée des monts du Lyonnais a été retrouvé dans une brocante de Villeurbanne, a-t-on appris de source policière."),
            ("p", "Un collectionneur qui avait reconnu l'œuvre, signée du peintre régional Antoine Vercherin, a alerté les enquêteurs "
                  "après l'avoir achetée pour 80 euros. La toile, estimée à environ 15 000 euros, doit être restituée à ses propriétaires."),
            ("p", "Le vendeur, qui affirme l'avoir acquise lors d'une succession, a été entendu. Aucune interpellation n'a eu lieu à ce stade."),
        ],
        entities=[("Lyon", "LOC"), ("LYON", "LOC"), ("AVP", "ORG"), ("monts du Lyonnais", "LOC"), ("Villeurbanne", "LOC"),
                  ("Antoine Vercherin", "PER")],
        phenomena=["amp", "no-visible-date", "short-article", "dateline", "agency-byline", "json-ld", "nav-menu", "footer-links",
                   "share-bar", "cookie-banner", "kicker", "ad-slots", "related-list", "most-read", "tag-list", "decoy-date"],
        notes="The brief states no date anywhere (undated dateline, no date meta, slug-only URL); the related stories' dates are decoys, so published is null.",
    ),
    # ------------------------------------------------------------ 04: company dispatch with table, ⚡, update
    dict(
        id="vauban-presse-04", seed=4, aid="7731204", kind="depeche", bolt=True,
        url=f"{HOST}/amp/fr/depeche/entreprises/cyclane-velos-electriques-suppressions-postes-7731204",
        canonical=f"{HOST}/fr/depeche/entreprises/cyclane-velos-electriques-suppressions-postes-7731204",
        section=("economie", "Économie"), crumb="Entreprises", kicker="Entreprises",
        headline="Vélos électriques : Cyclane voit ses ventes reculer et supprime 140 postes",
        title="Cyclane annonce un plan de départs volontaires à Carquefou - Agence Vauban Presse",
        og_title="Vélos électriques : Cyclane voit ses ventes reculer et supprime 140 postes",
        desc="Le fabricant nantais a vu son chiffre d'affaires baisser de 18 % sur les neuf premiers mois de l'année.",
        keywords=["Entreprises", "Industrie", "Vélo", "Emploi", "Pays de la Loire"],
        img="2023/10/12/cyclane-usine-carquefou",
        pub=d(2023, 10, 12, 8, 15, CEST), upd=d(2023, 10, 12, 17, 52, CEST), upd_note=" (ajoute réaction syndicale)",
        byline="Agence Vauban Presse", copy_year=2023, dateline_ld="NANTES, 12 octobre 2023", fil_start=(18, 6),
        flag="Mise à jour",
        chapo=("Le fabricant nantais a vu son chiffre d'affaires baisser de 18 % sur les neuf premiers mois de l'année, pénalisé par "
               "des stocks pléthoriques chez les revendeurs."),
        related=[("Vélo : le marché français marque le pas après deux années record", d(2023, 9, 14, 10, 30, CEST)),
                 ("Cyclane inaugure une nouvelle ligne d'assemblage à Carquefou", d(2022, 4, 7, 15, 2, CEST)),
                 ("Mobilités : les ventes de vélos cargo progressent chez les artisans", d(2023, 6, 20, 8, 45, CEST))],
        parts=[
            ("p", '<span class="avp-dateline">NANTES, 12 octobre 2023 (AVP)</span> - Le fabricant de vélos à assistance électrique '
                  "Cyclane a annoncé jeudi la suppression de 140 postes sur les 610 que compte son site de production de Carquefou, près "
                  "de Nantes, après un net recul de ses ventes depuis le début de l'année."),
            ("p", "Le chiffre d'affaires du groupe s'est établi à 96,4 millions d'euros sur les neuf premiers mois de 2023, contre 117,6 "
                  "millions un an plus tôt, selon les comptes publiés par l'entreprise. Les volumes ont reculé plus fortement encore, de 24 %."),
            ("table", "Cyclane : chiffre d'affaires et ventes en 2023", [
                ["Période", "Chiffre d'affaires (M€)", "Vélos vendus", "Évolution du CA sur un an"],
                ["1er trimestre", "34,1", "21 800", "-9 %"],
                ["2e trimestre", "35,7", "22 300", "-17 %"],
                ["3e trimestre", "26,6", "16 900", "-28 %"],
                ["Neuf mois", "96,4", "61 000", "-18 %"]], "Source : Cyclane", True),
            ("p", "« Les revendeurs ont commandé massivement en 2021 et 2022, ils écoulent aujourd'hui leurs stocks avec des remises "
                  "importantes et ne recommandent presque plus », a expliqué le directeur général, Bastien Le Goff, lors d'une "
                  "conférence téléphonique avec des analystes."),
            ("h", "Un plan de départs volontaires"),
            ("p", "Les suppressions de postes passeront en priorité par un plan de départs volontaires et le non-renouvellement de 45 "
                  "contrats à durée déterminée, a précisé la direction. Les syndicats ont été reçus dans la matinée."),
            ("ad", "pave_milieu"),
            ("p", "« C'est un coup de massue pour des salariés à qui l'on demandait, il y a dix-huit mois, de travailler le samedi pour "
                  "suivre la demande », a réagi Sophie Guérin, déléguée syndicale du site. Un débrayage est prévu vendredi devant l'usine."),
            ("p", "Le secteur traverse une période difficile dans toute l'Europe après l'essor exceptionnel des années de pandémie. "
                  "Plusieurs assembleurs européens ont réduit leur production ou cherché des repreneurs au cours des derniers mois."),
            ("h", "Objectif : un retour à l'équilibre en 2025"),
            ("p", "Cyclane, qui emploie au total 780 personnes en France, table désormais sur un chiffre d'affaires annuel d'environ "
                  "125 millions d'euros, contre 150 millions prévus initialement. Le groupe vise un retour à l'équilibre d'exploitation en "
                  "2025, grâce notamment à une nouvelle gamme de vélos cargo destinés aux artisans et aux collectivités."),
            ("p", "Fondée en 2012 par deux ingénieurs issus de l'industrie automobile, l'entreprise avait ouvert son capital en 2021 à un "
                  "fonds d'investissement régional, Atlantique Croissance, qui en détient 34 %."),
        ],
        lead_fig=("2023/10/12/cyclane-usine-carquefou",
                  "Un vélo à assistance électrique en fin d'assemblage sur une chaîne de l'usine Cyclane de Carquefou.",
                  "© AVP / Yann Le Moal"),
        entities=[("Cyclane", "ORG"), ("NANTES", "LOC"), ("Nantes", "LOC"), ("AVP", "ORG"), ("Carquefou", "LOC"),
                  ("Bastien Le Goff", "PER"), ("Sophie Guérin", "PER"), ("Europe", "LOC"), ("européens", "MISC"), ("nantais", "MISC"),
                  ("France", "LOC"), ("Atlantique Croissance", "ORG")],
        phenomena=["amp", "dateline", "agency-byline", "updated-date", "title-differs-from-headline", "localized-date",
                   "local-time-zone", "json-ld", "nav-menu", "footer-links", "share-bar", "cookie-banner", "subheadings",
                   "kicker", "standfirst", "table-in-body", "photo-caption", "ad-slots", "related-list", "most-read",
                   "tag-list", "decoy-date", "teasers-in-article"],
        notes="The table caption is an optional caption block; the '(ajoute réaction syndicale)' revision note beside the update time is not body. Adjudicated with the second annotation: the 'Source : Cyclane' line under the table is a table source line, kept as an optional caption block after the table with Cyclane as ORG (GUIDELINES 7.1, 8); url stays the served /amp/ address of this AMP page, not the canonical link (GUIDELINES 2.2). Adjudicated with the second annotation (December 2026): the 'Publicité' ad block between two paragraphs inside the text container makes teasers-in-article (GUIDELINES 10).",
    ),
]


def build():
    for a in ARTICLES:
        html_text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="fr", headline=a["headline"],
            published=a["pub"].isoformat() if a.get("pub") else None,
            modified=a["upd"].isoformat() if a.get("upd") else None,
            authors=[a["byline"]], summary=a.get("chapo", ""), blocks=blocks, entities=a["entities"],
            phenomena=a["phenomena"], notes=a.get("notes", ""))
        p = emit(art, html_text, "utf-8")
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    build()
