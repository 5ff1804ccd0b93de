import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit

"""Cierzo Digital (cierzo-digital): an invented Spanish local news site for Zaragoza and Aragón,
run on WordPress with a commercial news theme, Gutenberg blocks (wp-block-*), Yoast-style
JSON-LD @graph, a consent manager, sidebar widgets, threaded comments and a fat footer.
Dates are shown with Spanish month names and in Spain's time zone (+01:00 / +02:00).

Metadata personality (realism wave): Yoast writes article:published_time and the graph's dates in
UTC (+00:00) and takes the author from the WordPress post author only, so a co-written story
names only its first author and a post entered under a staff login names that login; the theme
drops "Lee también" links into the post content and the tagDiv in-text ad, lays the page out in
its deep td-container/td-pb-row grid, renders the related posts as <article> modules and ships
the CMP's 143-vendor list, WordPress emoji settings and widget data inline."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

SITE = "cierzo-digital"
HOST = "https://www.cierzodigital.example"
NAME = "Cierzo Digital"
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def esc(s):
    return _html.escape(s, quote=True)


def fecha(dt):
    return f"{dt.day} de {MESES[dt.month - 1]} de {dt.year}"


def fecha_larga(dt):
    return f"{DIAS[dt.weekday()].capitalize()}, {fecha(dt)}"


def hora(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def plain(fragment):
    return _html.unescape(_re.sub(r"<[^>]+>", "", fragment))


def slugify(s):
    s = s.lower()
    for a, b in zip("áéíóúüñ", "aeiouun"):
        s = s.replace(a, b)
    s = _re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# ---------------------------------------------------------------- boilerplate pools

MENU = [
    ("Zaragoza", "/zaragoza/", ["Barrios", "Distritos rurales", "Movilidad", "Urbanismo", "Servicios"]),
    ("Aragón", "/aragon/", ["Huesca", "Teruel", "Comarcas", "Pirineo", "Moncayo"]),
    ("Sucesos", "/sucesos/", []),
    ("Economía", "/economia/", ["Empresas", "Campo", "Empleo", "Vivienda", "Consumo"]),
    ("Deportes", "/deportes/", ["Fútbol", "Baloncesto", "Balonmano", "Montaña", "Más deportes"]),
    ("Cultura", "/cultura/", ["Música", "Libros", "Escena", "Cine", "Patrimonio"]),
    ("Sociedad", "/sociedad/", ["Educación", "Salud", "Medio ambiente", "Tradiciones"]),
    ("Opinión", "/opinion/", ["Editorial", "Tribuna", "Cartas al director"]),
    ("Gastro", "/gastro/", []),
    ("Agenda", "/agenda/", []),
    ("Vídeos", "/videos/", []),
    ("Servicios", "/servicios/", ["Farmacias de guardia", "El tiempo", "Esquelas", "Cines", "Transporte"]),
]

LATEST = [
    ("Cortes de tráfico este fin de semana por la carrera popular del Actur", "zaragoza"),
    ("La campaña de la cereza arranca con un 20 % menos de producción en el Jalón", "economia"),
    ("Abre una nueva sala de escalada en el polígono de Malpica", "deportes"),
    ("El Pirineo encadena su tercer fin de semana de ocupación completa", "aragon"),
    ("Los vecinos de Torrero reclaman más sombra en los parques infantiles", "zaragoza"),
    ("Una bodega de Cariñena gana un oro internacional con un garnacha de 12 euros", "gastro"),
    ("Detenido un hombre por robar cobre en una subestación abandonada", "sucesos"),
    ("El festival de jazz del Casco Histórico anuncia sus primeros nombres", "cultura"),
    ("Los institutos piden más profesores de apoyo para el próximo curso", "sociedad"),
    ("Un estudio sitúa a Huesca entre las ciudades con el aire más limpio", "aragon"),
    ("Las obras de la avenida cambiarán las paradas de tres líneas de bus", "zaragoza"),
    ("La lonja registra el precio del cordero más alto de la última década", "economia"),
    ("Un club de Utebo logra el ascenso en su primera temporada", "deportes"),
    ("El museo de las Termas amplía su horario durante el verano", "cultura"),
    ("Rescatados dos senderistas desorientados en la sierra de Guara", "sucesos"),
    ("Teruel contará con un nuevo albergue juvenil en la antigua escuela", "aragon"),
    ("Los mercados de barrio se alían para repartir a domicilio", "economia"),
    ("Vuelve el cine de verano al patio del antiguo cuartel", "cultura"),
]

MOST_READ = [
    "Qué farmacias están de guardia este fin de semana en Zaragoza",
    "Aviso amarillo: llega el cierzo con rachas de hasta 80 km/h",
    "Las diez terrazas con mejores vistas de la ciudad",
    "Cuánto cuesta alquilar un piso en cada barrio de Zaragoza",
    "Un restaurante del Tubo, elegido el mejor de tapas de Aragón",
    "Horarios del bus urbano en festivos: todos los cambios",
    "Dónde ver las mejores puestas de sol cerca de Zaragoza",
]

OPINION = [
    ("Concha Barrachina", "La ciudad que se hace en las aceras"),
    ("Luis Miguel Sancho", "Despoblación: menos diagnósticos y más trenes"),
    ("Elvira Ortí", "El cierzo también es patrimonio"),
]

TAG_CLOUD = ["Zaragoza", "Huesca", "Teruel", "Cierzo", "Pirineo", "Fiestas del Pilar", "Movilidad",
             "Vivienda", "Campo", "Turismo", "Patrimonio", "Educación", "Sanidad", "Meteorología"]

CSS = """
:root{--cd-red:#c8102e;--cd-dark:#161a1d;--cd-grey:#6b7177;--cd-light:#f3f4f5;--cd-border:#e2e4e6;--cd-font:'Source Serif Pro',Georgia,serif;--cd-sans:'Inter',-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Arial,sans-serif}
*,*:before,*:after{box-sizing:border-box}
html{font-size:16px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:var(--cd-sans);color:var(--cd-dark);background:#fff;line-height:1.5}
a{color:inherit;text-decoration:none}a:hover{color:var(--cd-red)}
img{max-width:100%;height:auto;display:block}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}
.skip-link:focus{clip:auto;clip-path:none;height:auto;width:auto;z-index:100000;background:#fff;padding:12px 20px;top:5px;left:5px}
.td-container{max-width:1180px;margin:0 auto;padding:0 20px}
.cd-topbar{background:var(--cd-dark);color:#cfd3d6;font-size:12px;height:34px;line-height:34px}
.cd-topbar .td-container{display:flex;justify-content:space-between}
.cd-topbar__date{text-transform:capitalize}
.cd-topbar__weather{display:inline-flex;gap:6px;align-items:center}
.cd-topbar__links a{margin-left:14px;color:#cfd3d6}
.cd-header{border-bottom:1px solid var(--cd-border);padding:18px 0}
.cd-header .td-container{display:flex;align-items:center;justify-content:space-between}
.cd-logo img{height:54px;width:auto}
.cd-header__ad{width:728px;height:90px;background:var(--cd-light);display:flex;align-items:center;justify-content:center;font-size:11px;color:var(--cd-grey)}
.cd-mainnav{background:#fff;border-bottom:3px solid var(--cd-red);position:sticky;top:0;z-index:90}
.cd-mainnav ul{list-style:none;margin:0;padding:0}
.cd-mainnav .menu{display:flex;flex-wrap:wrap}
.cd-mainnav .menu>li{position:relative}
.cd-mainnav .menu>li>a{display:block;padding:14px 12px;font-weight:700;font-size:14px;text-transform:uppercase;letter-spacing:.02em}
.cd-mainnav .sub-menu{display:none;position:absolute;top:100%;left:0;background:#fff;box-shadow:0 8px 20px rgba(0,0,0,.12);min-width:200px;padding:8px 0}
.cd-mainnav li:hover>.sub-menu{display:block}
.cd-mainnav .sub-menu a{display:block;padding:6px 16px;font-size:14px}
.cd-mainnav .menu-item-home a{color:var(--cd-red)}
.cd-trending{background:var(--cd-light);font-size:13px;padding:8px 0}
.cd-trending strong{color:var(--cd-red);margin-right:10px;text-transform:uppercase}
.cd-trending a{margin-right:16px}
.td-crumb-container{margin:18px 0 10px;font-size:12px;color:var(--cd-grey)}
.td-crumb-container a{color:var(--cd-grey)}
.td-crumb-container .sep{margin:0 6px}
.cd-layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px}
@media (max-width:1023px){.cd-layout{grid-template-columns:1fr}.cd-sidebar{display:none}.cd-header__ad{display:none}}
.entry-header{margin-bottom:18px}
.entry-title{font-family:var(--cd-font);font-size:40px;line-height:1.15;margin:0 0 14px;font-weight:700}
@media (max-width:767px){.entry-title{font-size:28px}}
.cd-subtitle{font-family:var(--cd-font);font-size:20px;line-height:1.45;color:#3b4146;margin:0 0 18px}
.cd-meta{display:flex;flex-wrap:wrap;align-items:center;gap:10px;font-size:13px;color:var(--cd-grey);border-top:1px solid var(--cd-border);border-bottom:1px solid var(--cd-border);padding:10px 0}
.cd-meta .author-avatar img{width:36px;height:36px;border-radius:50%}
.cd-meta .byline a{color:var(--cd-dark);font-weight:700}
.cd-meta .updated-label{color:var(--cd-red)}
.cd-share{display:flex;gap:8px;margin:14px 0}
.cd-share a{display:inline-flex;align-items:center;gap:6px;padding:7px 12px;border-radius:3px;color:#fff;font-size:13px;font-weight:600}
.cd-share .s-fb{background:#3b5998}.cd-share .s-tw{background:#111}.cd-share .s-wa{background:#25d366}.cd-share .s-tg{background:#0088cc}.cd-share .s-mail{background:#6b7177}.cd-share .s-copy{background:#444}
.wp-post-image,.cd-featured img{width:100%;height:auto}
.cd-featured{margin:0 0 22px}
.wp-caption-text,.wp-element-caption{font-size:13px;color:var(--cd-grey);padding:6px 0;border-bottom:1px solid var(--cd-border)}
.entry-content{font-family:var(--cd-font);font-size:19px;line-height:1.65}
.entry-content p{margin:0 0 1.2em}
.entry-content a{color:var(--cd-red);text-decoration:underline}
.entry-content h2,.entry-content .wp-block-heading{font-family:var(--cd-sans);font-size:24px;margin:1.6em 0 .6em}
.entry-content ul,.entry-content ol{margin:0 0 1.2em 1.2em;padding:0}
.entry-content li{margin-bottom:.4em}
.wp-block-quote{border-left:4px solid var(--cd-red);margin:1.5em 0;padding:0 0 0 20px;font-style:italic}
.wp-block-pullquote{border-top:4px solid var(--cd-red);border-bottom:4px solid var(--cd-red);margin:2em 0;padding:1.5em 0;text-align:center}
.wp-block-pullquote blockquote{margin:0}.wp-block-pullquote p{font-size:26px;line-height:1.35;font-weight:700}
.wp-block-embed{margin:1.8em 0}.wp-block-embed__wrapper{position:relative}
.wp-embed-aspect-16-9 .wp-block-embed__wrapper:before{content:"";display:block;padding-top:56.25%}
.wp-embed-aspect-16-9 .wp-block-embed__wrapper iframe{position:absolute;top:0;left:0;width:100%;height:100%}
.wp-block-embed-twitter .twitter-tweet{border:1px solid var(--cd-border);border-radius:12px;padding:16px;font-family:var(--cd-sans);font-size:15px;max-width:550px;margin:0 auto}
.wp-block-image{margin:1.6em 0}
.cd-inline-ad{margin:2em 0;text-align:center;min-height:280px;background:var(--cd-light);display:flex;flex-direction:column;align-items:center;justify-content:center}
.cd-inline-ad span{font-size:10px;letter-spacing:.1em;color:var(--cd-grey);text-transform:uppercase}
.cd-tags{margin:26px 0;font-size:13px}.cd-tags span{font-weight:700;margin-right:8px;text-transform:uppercase}
.cd-tags a{display:inline-block;background:var(--cd-light);padding:4px 10px;margin:0 6px 6px 0;border-radius:2px}
.cd-author-box{display:flex;gap:16px;border:1px solid var(--cd-border);padding:18px;margin:26px 0}
.cd-author-box img{width:80px;height:80px;border-radius:50%}
.cd-author-box .name{font-weight:700;font-size:16px}.cd-author-box p{font-size:14px;color:#3b4146;margin:6px 0 0}
.cd-newsletter{background:var(--cd-dark);color:#fff;padding:26px;margin:30px 0;border-radius:4px}
.cd-newsletter h3{margin:0 0 6px;font-size:22px}.cd-newsletter p{margin:0 0 14px;color:#cfd3d6}
.cd-newsletter form{display:flex;gap:8px}.cd-newsletter input[type=email]{flex:1;padding:10px;border:0;border-radius:3px}
.cd-newsletter button{background:var(--cd-red);color:#fff;border:0;padding:10px 18px;font-weight:700;border-radius:3px;cursor:pointer}
.cd-newsletter .legal{font-size:11px;color:#9aa0a6;margin-top:8px}
.cd-related h3,.widget-title{font-size:15px;text-transform:uppercase;letter-spacing:.04em;border-bottom:3px solid var(--cd-red);padding-bottom:6px;margin:0 0 14px}
.cd-related ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:18px}
.cd-related li img{aspect-ratio:16/10;object-fit:cover;margin-bottom:8px}
.cd-related .title{font-weight:700;font-size:15px;line-height:1.3;display:block}
.cd-related time,.cd-latest time{font-size:12px;color:var(--cd-grey)}
.widget{margin-bottom:34px}
.cd-mostread ol{counter-reset:mr;list-style:none;margin:0;padding:0}
.cd-mostread li{counter-increment:mr;display:flex;gap:12px;padding:10px 0;border-bottom:1px solid var(--cd-border);font-weight:600;font-size:15px}
.cd-mostread li:before{content:counter(mr);font-size:28px;font-weight:800;color:var(--cd-red);line-height:1}
.cd-latest ul{list-style:none;margin:0;padding:0}.cd-latest li{padding:9px 0;border-bottom:1px solid var(--cd-border);font-size:14px}
.cd-ad-300{width:300px;height:600px;background:var(--cd-light);margin:0 auto 34px;display:flex;align-items:center;justify-content:center;font-size:11px;color:var(--cd-grey)}
.cd-ad-300.mpu{height:250px}
.cd-pharmacy li,.cd-weather li{font-size:13px;padding:5px 0;border-bottom:1px dotted var(--cd-border);list-style:none}
.cd-pharmacy ul,.cd-weather ul{margin:0;padding:0}
.tagcloud a{display:inline-block;font-size:13px!important;border:1px solid var(--cd-border);padding:3px 8px;margin:0 4px 6px 0}
.comments-area{margin:34px 0;border-top:3px solid var(--cd-dark);padding-top:18px}
.comments-title{font-size:22px;margin:0 0 18px}
.comment-list{list-style:none;margin:0;padding:0}.comment-list .children{list-style:none;margin-left:40px;padding:0}
.comment-body{border-bottom:1px solid var(--cd-border);padding:14px 0}
.comment-author img{float:left;margin-right:12px;border-radius:50%}
.comment-author .fn{font-weight:700;font-style:normal}
.comment-metadata{font-size:12px;color:var(--cd-grey)}
.comment-content{font-size:15px;margin:8px 0 0 56px}
.reply{margin-left:56px;font-size:12px;font-weight:700}
.comment-respond{margin-top:22px}.comment-form textarea,.comment-form input[type=text],.comment-form input[type=email]{width:100%;padding:8px;border:1px solid var(--cd-border)}
.comment-form .submit{background:var(--cd-red);color:#fff;border:0;padding:10px 18px;font-weight:700}
.comment-notes,.logged-in-as{font-size:13px;color:var(--cd-grey)}
.cd-footer{background:var(--cd-dark);color:#cfd3d6;margin-top:50px;padding:40px 0 20px;font-size:14px}
.cd-footer__cols{display:grid;grid-template-columns:repeat(5,1fr);gap:24px}
.cd-footer h4{color:#fff;font-size:13px;text-transform:uppercase;letter-spacing:.06em;margin:0 0 10px}
.cd-footer ul{list-style:none;margin:0;padding:0}.cd-footer li{padding:3px 0}
.cd-footer__legal{border-top:1px solid #2c3236;margin-top:30px;padding-top:16px;display:flex;justify-content:space-between;flex-wrap:wrap;font-size:12px}
.cd-footer__legal a{margin-right:14px}
#cd-consent{position:fixed;left:0;right:0;bottom:0;background:#fff;box-shadow:0 -4px 24px rgba(0,0,0,.18);z-index:99999;padding:20px;font-size:14px;display:none}
#cd-consent.is-visible{display:block}
#cd-consent .cd-consent__inner{max-width:1080px;margin:0 auto;display:flex;gap:24px;align-items:center}
#cd-consent .cd-consent__btns{display:flex;gap:8px;flex-shrink:0}
#cd-consent button{padding:10px 16px;font-weight:700;border-radius:3px;border:1px solid var(--cd-dark);background:#fff;cursor:pointer}
#cd-consent button.accept{background:var(--cd-red);border-color:var(--cd-red);color:#fff}
.cd-backtop{position:fixed;right:18px;bottom:18px;width:40px;height:40px;border-radius:50%;background:var(--cd-red);color:#fff;display:none}
"""

WP_INLINE_CSS = """
/*! This file is auto-generated */
.wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}.wp-block-file__button{background:#32373c;color:#fff;text-decoration:none}
body{--wp--preset--color--black:#000000;--wp--preset--color--cyan-bluish-gray:#abb8c3;--wp--preset--color--white:#ffffff;--wp--preset--color--pale-pink:#f78da7;--wp--preset--color--vivid-red:#cf2e2e;--wp--preset--color--luminous-vivid-orange:#ff6900;--wp--preset--color--luminous-vivid-amber:#fcb900;--wp--preset--color--light-green-cyan:#7bdcb5;--wp--preset--color--vivid-green-cyan:#00d084;--wp--preset--color--pale-cyan-blue:#8ed1fc;--wp--preset--color--vivid-cyan-blue:#0693e3;--wp--preset--color--vivid-purple:#9b51e0;--wp--preset--gradient--vivid-cyan-blue-to-vivid-purple:linear-gradient(135deg,rgba(6,147,227,1) 0%,rgb(155,81,224) 100%);--wp--preset--gradient--light-green-cyan-to-vivid-green-cyan:linear-gradient(135deg,rgb(122,220,180) 0%,rgb(0,208,130) 100%);--wp--preset--gradient--luminous-vivid-amber-to-luminous-vivid-orange:linear-gradient(135deg,rgba(252,185,0,1) 0%,rgba(255,105,0,1) 100%);--wp--preset--font-size--small:13px;--wp--preset--font-size--medium:20px;--wp--preset--font-size--large:36px;--wp--preset--font-size--x-large:42px;--wp--preset--spacing--20:0.44rem;--wp--preset--spacing--30:0.67rem;--wp--preset--spacing--40:1rem;--wp--preset--spacing--50:1.5rem;--wp--preset--spacing--60:2.25rem;--wp--preset--shadow--natural:6px 6px 9px rgba(0, 0, 0, 0.2);--wp--preset--shadow--deep:12px 12px 50px rgba(0, 0, 0, 0.4)}
:where(.is-layout-flex){gap:0.5em}:where(.is-layout-grid){gap:0.5em}body .is-layout-flow > .alignleft{float:left;margin-inline-start:0;margin-inline-end:2em}body .is-layout-flow > .alignright{float:right;margin-inline-start:2em;margin-inline-end:0}body .is-layout-flow > .aligncenter{margin-left:auto !important;margin-right:auto !important}
.has-black-color{color:var(--wp--preset--color--black) !important}.has-white-color{color:var(--wp--preset--color--white) !important}.has-vivid-red-color{color:var(--wp--preset--color--vivid-red) !important}.has-black-background-color{background-color:var(--wp--preset--color--black) !important}.has-white-background-color{background-color:var(--wp--preset--color--white) !important}.has-small-font-size{font-size:var(--wp--preset--font-size--small) !important}.has-medium-font-size{font-size:var(--wp--preset--font-size--medium) !important}.has-large-font-size{font-size:var(--wp--preset--font-size--large) !important}
.wp-block-list{padding-left:1.2em}.wp-block-image figcaption{margin-top:.5em;margin-bottom:1em}.wp-block-image .aligncenter{display:table;margin-left:auto;margin-right:auto}.wp-block-embed figcaption{margin-top:.5em;margin-bottom:1em}.wp-embed-responsive .wp-has-aspect-ratio .wp-block-embed__wrapper:before{content:"";display:block;padding-top:50%}.wp-embed-responsive .wp-has-aspect-ratio iframe{bottom:0;height:100%;left:0;position:absolute;right:0;top:0;width:100%}.wp-embed-responsive .wp-embed-aspect-16-9 .wp-block-embed__wrapper:before{padding-top:56.25%}
"""


V1 = ["Ad", "Bid", "Quant", "Pix", "Met", "Sig", "Aud", "Alc", "Tap", "Loop", "Nim", "Orb", "Vert", "Clar", "Estel",
      "Kin", "Lum", "Zef", "Cad", "Mox", "Fer", "Tes", "Yon", "Hal", "Ebro", "Moncayo", "Cierz", "Roble"]
V2 = ["exa", "ify", "ora", "ium", "lytics", "stream", "hub", "works", "grid", "cast", "ly", "io", "wave", "sense", "net", "ia"]
V3 = ["Media", "Labs", "S.L.", "Technologies", "Solutions", "Analytics", "Advertising", "Data", "Group", "Networks", "SAS", "Ltd"]


def vendor_list(seed):
    rng = _random.Random(seed)
    out, seen = [], set()
    while len(out) < 143:
        stem = rng.choice(V1) + rng.choice(V2)
        if stem in seen:
            continue
        seen.add(stem)
        out.append({"id": 1 + len(out) * 3 + rng.randint(0, 2), "name": f"{stem} {rng.choice(V3)}",
                    "purposes": sorted(rng.sample(range(1, 11), rng.randint(1, 6))),
                    "legIntPurposes": sorted(rng.sample(range(2, 11), rng.randint(0, 2))),
                    "specialFeatures": sorted(rng.sample([1, 2], rng.randint(0, 2))),
                    "policyUrl": f"https://{stem.lower()}.example/privacy"})
    return _json.dumps({"vendorListVersion": 300 + seed % 50, "vendors": out}, separators=(",", ":"))


EMOJI = ('window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png",'
         '"svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":'
         '"https:\\/\\/www.cierzodigital.example\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.2.2"}};\n'
         '!function(e,a,t){var n,r,o,i=a.createElement("canvas"),p=i.getContext&&i.getContext("2d");function s(e,t){p.clearRect(0,0,i.width,i.height),'
         'p.fillText(e,0,0);e=i.toDataURL();return p.clearRect(0,0,i.width,i.height),p.fillText(t,0,0),e===i.toDataURL()}function c(e){var t=a.createElement("script");'
         't.src=e,t.defer=t.type="text/javascript",a.getElementsByTagName("head")[0].appendChild(t)}for(o=Array("flag","emoji"),t.supports={everything:!0,'
         'everythingExceptFlag:!0},r=0;r<o.length;r++)t.supports[o[r]]=function(e){if(p&&p.fillText)switch(p.textBaseline="top",p.font="600 32px Arial",e)'
         '{case"flag":return s("\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:!s("\\ud83c\\uddfa\\ud83c\\uddf3",'
         '"\\ud83c\\uddfa\\u200b\\ud83c\\uddf3");case"emoji":return!s("\\ud83e\\udef1\\ud83c\\udffb\\u200d\\ud83e\\udef2\\ud83c\\udfff",'
         '"\\ud83e\\udef1\\ud83c\\udffb\\u200b\\ud83e\\udef2\\ud83c\\udfff")}return!1}(o[r]),t.supports.everything=t.supports.everything&&t.supports[o[r]],'
         '"flag"!==o[r]&&(t.supports.everythingExceptFlag=t.supports.everythingExceptFlag&&t.supports[o[r]]);t.supports.everythingExceptFlag=t.supports.everythingExceptFlag'
         '&&!t.supports.flag,t.DOMReady=!1,t.readyCallback=function(){t.DOMReady=!0},t.supports.everything||(n=function(){t.readyCallback()},a.addEventListener?'
         '(a.addEventListener("DOMContentLoaded",n,!1),e.addEventListener("load",n,!1)):(e.attachEvent("onload",n),a.attachEvent("onreadystatechange",function()'
         '{"complete"===a.readyState&&t.readyCallback()})),(e=t.source||{}).concatemoji?c(e.concatemoji):e.wpemoji&&e.twemoji&&(c(e.twemoji),c(e.wpemoji)))}(window,document,window._wpemojiSettings);')


def widget_data(post_id):
    rng = _random.Random(post_id)
    towns = ["Zaragoza", "Huesca", "Teruel", "Jaca", "Calatayud", "Alcañiz", "Barbastro", "Monzón", "Ejea de los Caballeros",
             "Tarazona", "Fraga", "Caspe", "Utebo", "Borja", "Sabiñánigo", "Graus", "Andorra", "Alcorisa"]
    weather = [{"loc": t, "max": rng.randint(2, 38), "min": rng.randint(-6, 20), "cielo": rng.choice(["soleado", "nubes y claros", "cubierto", "chubascos", "niebla"]),
                "viento": rng.choice(["cierzo moderado", "cierzo fuerte", "bochorno", "calma"])} for t in towns]
    farmacias = [{"barrio": b, "nombre": f"Farmacia {rng.choice(['Ledesma', 'Bernués', 'Tolosana', 'Ezquerra', 'Ciprés', 'Lacasa', 'Oliván', 'Sanz'])}",
                  "direccion": f"{rng.choice(['calle', 'avenida', 'paseo'])} {rng.choice(['Mayor', 'de Madrid', 'de Cataluña', 'de América', 'de la Independencia', 'de Valencia'])}, {rng.randint(1, 240)}"}
                 for b in ["Centro", "Delicias", "Actur", "San José", "Las Fuentes", "Torrero", "Oliver", "Casablanca", "La Almozara", "Santa Isabel"]]
    return _json.dumps({"tiempo": weather, "farmacias": farmacias, "cines": [{"sala": f"Cines {rng.choice(['Aragonia', 'Ebro', 'Moncayo', 'Cierzo'])}", "pases": rng.randint(4, 22)} for _ in range(6)]},
                       ensure_ascii=False, separators=(",", ":"))


def head_scripts(post_id, section, authors):
    return f"""<script id="cd-consent-config">
window.cdConsent = {{
  cmpId: 318, version: "2.4.7", language: "es", privacyUrl: "{HOST}/politica-de-cookies/",
  vendors: {{ google: [755], meridianads: [1183], audiencia: [2021], chartbeat: [411] }},
  purposes: ["almacenamiento", "anuncios-basicos", "perfil-anuncios", "medicion", "mejora-producto"],
  cookieName: "cd_consent_v2", cookieDays: 180, showOn: "first-visit"
}};
window.cdConsent.gvl = {vendor_list(post_id)};
</script>
<script>
{EMOJI}
</script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('consent', 'default', {{ad_storage:'denied',analytics_storage:'denied',ad_user_data:'denied',ad_personalization:'denied',wait_for_update:500}});
dataLayer.push({{"pageType":"article","postId":{post_id},"section":"{section}","authors":{_json.dumps(authors, ensure_ascii=False)},"paywall":"free","platform":"wordpress"}});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://tags.cierzodigital.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-C7Z4RDQ');
</script>
<script>
var _sf_async_config = window._sf_async_config = (window._sf_async_config || {{}});
_sf_async_config.uid = 64190; _sf_async_config.domain = 'cierzodigital.example'; _sf_async_config.useCanonical = true;
_sf_async_config.sections = '{section}'; _sf_async_config.authors = '{", ".join(authors)}';
</script>
<script>
window.cdAds = window.cdAds || {{cmd: []}};
cdAds.cmd.push(function () {{
  cdAds.setTargeting({{ seccion: "{section}", post: "{post_id}", tipo: "noticia" }});
  cdAds.defineSlot("/21809644/cierzodigital/{section}/megabanner", [[728,90],[970,90],[970,250]], "cd-ad-top");
  cdAds.defineSlot("/21809644/cierzodigital/{section}/robapaginas-1", [[300,250],[300,600]], "cd-ad-side-1");
  cdAds.defineSlot("/21809644/cierzodigital/{section}/robapaginas-2", [[300,250]], "cd-ad-side-2");
  cdAds.defineSlot("/21809644/cierzodigital/{section}/intext", [[300,250],[640,360]], "cd-ad-intext");
  cdAds.enableLazyLoad({{ fetchMarginPercent: 150, renderMarginPercent: 50 }});
  cdAds.enableServices();
}});
</script>
<script async src="https://ads.meridianads.example/loader.js?pub=cierzo-es"></script>"""


FOOT_SCRIPTS = """<script id="cd-consent-js">
(function(){
  var c = document.cookie.match(/cd_consent_v2=([^;]+)/);
  var box = document.getElementById('cd-consent');
  if (!c && box) { box.classList.add('is-visible'); }
  function store(v){ document.cookie = 'cd_consent_v2=' + v + ';path=/;max-age=' + (180*86400) + ';SameSite=Lax'; box.classList.remove('is-visible');
    if (window.gtag) gtag('consent','update',{ad_storage:v==='all'?'granted':'denied',analytics_storage:v==='all'?'granted':'denied'}); }
  document.addEventListener('click', function(e){
    var t = e.target.closest('[data-consent]'); if (!t) return;
    e.preventDefault(); store(t.getAttribute('data-consent'));
  });
})();
</script>
<script src="https://www.cierzodigital.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://www.cierzodigital.example/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<script id="td-theme-js-extra">
var tdThemeSettings = {"ajaxurl":"https:\\/\\/www.cierzodigital.example\\/wp-admin\\/admin-ajax.php","lazyLoad":"1","stickyMenu":"1","stickySidebar":"1","infiniteScroll":"0","i18n":{"loading":"Cargando\\u2026","readMore":"Leer m\\u00e1s","copied":"Enlace copiado"}};
</script>
<script src="https://www.cierzodigital.example/wp-content/themes/cierzo-news/assets/js/theme.min.js?ver=5.2.1" id="td-theme-js"></script>
<script src="https://www.cierzodigital.example/wp-includes/js/comment-reply.min.js?ver=6.2.2" id="comment-reply-js" async data-wp-strategy="async"></script>
<script>
(function(){
  var btn = document.querySelector('.s-copy');
  if (btn) btn.addEventListener('click', function(e){ e.preventDefault(); if (navigator.clipboard) navigator.clipboard.writeText(btn.getAttribute('data-url')); btn.textContent = tdThemeSettings.i18n.copied; });
  var top = document.querySelector('.cd-backtop');
  window.addEventListener('scroll', function(){ if (top) top.style.display = window.scrollY > 900 ? 'block' : 'none'; }, {passive:true});
})();
</script>
<script>
(function(){var d=document,s=d.createElement('script');s.src='https://static.chartbeat.example/js/chartbeat.js';s.async=true;d.body.appendChild(s);})();
</script>"""


def nav_html(active):
    out = ['<nav class="cd-mainnav" id="site-navigation" aria-label="Menú principal"><div class="td-container">',
           '<ul id="menu-principal" class="menu">',
           f'<li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-home menu-item-10"><a href="{HOST}/">Portada</a></li>']
    n = 11
    for label, path, subs in MENU:
        cls = "menu-item menu-item-type-taxonomy menu-item-object-category"
        if subs:
            cls += " menu-item-has-children"
        if label == active:
            cls += " current-post-ancestor current-menu-parent"
        out.append(f'<li id="menu-item-{n}" class="{cls} menu-item-{n}"><a href="{HOST}{path}">{esc(label)}</a>')
        n += 1
        if subs:
            out.append('<ul class="sub-menu">')
            for s in subs:
                out.append(f'<li id="menu-item-{n}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{n}">'
                           f'<a href="{HOST}{path}{slugify(s)}/">{esc(s)}</a></li>')
                n += 1
            out.append('</ul>')
        out.append('</li>')
    out.append('</ul></div></nav>')
    return "\n".join(out)


def related_html(items, base_dt):
    lis = []
    for k, (title, sec) in enumerate(items):
        d = base_dt - _dt.timedelta(days=1 + 2 * k, hours=3 * k)
        url = f"{HOST}/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(title)[:70]}/"
        lis.append(f'<div class="td-related-span4"><article class="td_module_related_posts td-animation-stack td_mod_related_posts">'
                   f'<div class="td-module-image"><div class="td-module-thumb"><a href="{url}" rel="bookmark" class="td-image-wrap"><img loading="lazy" decoding="async" width="360" height="225" '
                   f'src="{HOST}/wp-content/uploads/{d.year}/{d.month:02d}/{slugify(title)[:30]}-360x225.jpg" '
                   f'srcset="{HOST}/wp-content/uploads/{d.year}/{d.month:02d}/{slugify(title)[:30]}-360x225.jpg 360w, {HOST}/wp-content/uploads/{d.year}/{d.month:02d}/{slugify(title)[:30]}-720x450.jpg 720w" alt="" /></a></div></div>'
                   f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{url}" rel="bookmark">{esc(title)}</a></h3></div></article></div>')
    return ('<section class="cd-related td_block_related_posts"><h3>También te puede interesar</h3><div class="td-related-row">' + "".join(lis) + '</div></section>')


def sidebar_html(base_dt, latest, pharm=False):
    lat = []
    for k, (title, sec) in enumerate(latest):
        d = base_dt - _dt.timedelta(minutes=35 * (k + 1))
        url = f"{HOST}/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(title)[:70]}/"
        lat.append(f'<li><a href="{url}">{esc(title)}</a><br><time datetime="{d.isoformat()}">{hora(d)}</time></li>')
    mr = "".join(f'<li><a href="{HOST}/zaragoza/{slugify(t)[:60]}/">{esc(t)}</a></li>' for t in MOST_READ[:5])
    op = "".join(f'<li><a href="{HOST}/opinion/{slugify(t)}/"><strong>{esc(a)}</strong><br>{esc(t)}</a></li>' for a, t in OPINION)
    tags = "".join(f'<a href="{HOST}/etiqueta/{slugify(t)}/" class="tag-cloud-link" style="font-size: 13px;">{esc(t)}</a>' for t in TAG_CLOUD)
    ph = ""
    if pharm:
        ph = """<section id="cd_pharmacy-2" class="widget cd-pharmacy"><h4 class="widget-title"><span>Farmacias de guardia</span></h4><ul>
<li><strong>Centro:</strong> Farmacia Ledesma Alonso, paseo de la Independencia, 19</li>
<li><strong>Delicias:</strong> Farmacia Bernués, avenida de Madrid, 142</li>
<li><strong>Actur:</strong> Farmacia Tolosana, avenida de Cataluña, 210</li>
<li><strong>San José:</strong> Farmacia Ezquerra, avenida de América, 61</li>
<li><strong>Las Fuentes:</strong> Farmacia Ciprés, calle Mayor, 12</li>
</ul><a href="https://www.cierzodigital.example/servicios/farmacias-de-guardia/">Ver todas las farmacias »</a></section>"""
    return f"""<aside class="cd-sidebar td-pb-span4" role="complementary">
<div class="cd-ad-300" id="cd-ad-side-1"><!-- robapáginas 1 -->Publicidad</div>
<section id="cd_mostread-3" class="widget cd-mostread"><h4 class="widget-title"><span>Lo más leído</span></h4><ol>{mr}</ol></section>
<section id="cd_latest-2" class="widget cd-latest"><h4 class="widget-title"><span>Última hora</span></h4><ul>{"".join(lat)}</ul></section>
<div class="cd-ad-300 mpu" id="cd-ad-side-2"><!-- robapáginas 2 -->Publicidad</div>
{ph}
<section id="cd_weather-2" class="widget cd-weather" data-widget="tiempo" data-source="#cd-widget-data"><h4 class="widget-title"><span>El tiempo en Aragón</span></h4></section>
</aside>"""


FOOTER = f"""<footer class="cd-footer" id="colophon" role="contentinfo"><div class="td-container">
<div class="cd-footer__cols">
<div><h4>Zaragoza</h4><ul><li><a href="{HOST}/zaragoza/barrios/">Barrios</a></li><li><a href="{HOST}/zaragoza/distritos-rurales/">Distritos rurales</a></li><li><a href="{HOST}/zaragoza/movilidad/">Movilidad</a></li><li><a href="{HOST}/zaragoza/urbanismo/">Urbanismo</a></li><li><a href="{HOST}/sucesos/">Sucesos</a></li></ul></div>
<div><h4>Aragón</h4><ul><li><a href="{HOST}/aragon/huesca/">Huesca</a></li><li><a href="{HOST}/aragon/teruel/">Teruel</a></li><li><a href="{HOST}/aragon/comarcas/">Comarcas</a></li><li><a href="{HOST}/aragon/pirineo/">Pirineo</a></li><li><a href="{HOST}/aragon/moncayo/">Moncayo</a></li></ul></div>
<div><h4>Secciones</h4><ul><li><a href="{HOST}/economia/">Economía</a></li><li><a href="{HOST}/deportes/">Deportes</a></li><li><a href="{HOST}/cultura/">Cultura</a></li><li><a href="{HOST}/sociedad/">Sociedad</a></li><li><a href="{HOST}/opinion/">Opinión</a></li><li><a href="{HOST}/gastro/">Gastro</a></li></ul></div>
<div><h4>Servicios</h4><ul><li><a href="{HOST}/servicios/farmacias-de-guardia/">Farmacias de guardia</a></li><li><a href="{HOST}/servicios/el-tiempo/">El tiempo</a></li><li><a href="{HOST}/servicios/esquelas/">Esquelas</a></li><li><a href="{HOST}/servicios/cines/">Cartelera</a></li><li><a href="{HOST}/agenda/">Agenda</a></li><li><a href="{HOST}/hemeroteca/">Hemeroteca</a></li></ul></div>
<div><h4>Cierzo Digital</h4><ul><li><a href="{HOST}/quienes-somos/">Quiénes somos</a></li><li><a href="{HOST}/contacto/">Contacto</a></li><li><a href="{HOST}/publicidad/">Publicidad</a></li><li><a href="{HOST}/trabaja-con-nosotros/">Trabaja con nosotros</a></li><li><a href="{HOST}/newsletters/">Newsletters</a></li><li><a href="{HOST}/feed/">RSS</a></li></ul></div>
</div>
<div class="cd-footer__legal"><div><a href="{HOST}/aviso-legal/">Aviso legal</a><a href="{HOST}/politica-de-privacidad/">Política de privacidad</a><a href="{HOST}/politica-de-cookies/">Política de cookies</a><a href="#" data-consent-open="1">Configurar privacidad</a><a href="{HOST}/codigo-etico/">Código ético</a><a href="{HOST}/accesibilidad/">Accesibilidad</a></div>
<div>© 2025 Ediciones Cierzo del Ebro S.L. · Todos los derechos reservados · Depósito legal Z-1187-2012</div></div>
</div></footer>
<a href="#page" class="cd-backtop" aria-label="Volver arriba">↑</a>"""

CONSENT = f"""<div id="cd-consent" class="cd-consent" role="dialog" aria-live="polite" aria-label="Tu privacidad">
<div class="cd-consent__inner"><div class="cd-consent__text"><strong>Tu privacidad es importante para nosotros</strong>
<p>En Cierzo Digital y nuestros 143 socios utilizamos cookies y tecnologías similares para almacenar o acceder a información de tu dispositivo, medir la audiencia, mostrarte publicidad personalizada y mejorar nuestros servicios. Puedes aceptar, rechazar o configurar su uso. Más información en nuestra <a href="{HOST}/politica-de-cookies/">política de cookies</a>.</p></div>
<div class="cd-consent__btns"><button type="button" data-consent="config">Configurar</button><button type="button" data-consent="none">Rechazar</button><button type="button" class="accept" data-consent="all">Aceptar y cerrar</button></div></div></div>"""

NEWSLETTER = f"""<div class="cd-newsletter" id="newsletter-box"><h3>El Despertador de Cierzo</h3>
<p>Recibe cada mañana, antes de las 7.00, las noticias que importan en Zaragoza y Aragón. Gratis y sin compromiso.</p>
<form action="{HOST}/wp-admin/admin-post.php" method="post"><input type="hidden" name="action" value="cd_newsletter_subscribe"><input type="hidden" name="list" value="despertador">
<label class="screen-reader-text" for="cd-nl-email">Correo electrónico</label><input type="email" id="cd-nl-email" name="email" placeholder="Tu correo electrónico" required><button type="submit">Suscribirme</button></form>
<p class="legal">Al suscribirte aceptas nuestra <a href="{HOST}/politica-de-privacidad/">política de privacidad</a>. Puedes darte de baja en cualquier momento.</p></div>"""


def share_html(url, title):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    return f"""<div class="cd-share" aria-label="Compartir">
<a class="s-fb" href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="noopener nofollow">Facebook</a>
<a class="s-tw" href="https://x.example/intent/tweet?text={t}&amp;url={u}" target="_blank" rel="noopener nofollow">X</a>
<a class="s-wa" href="whatsapp://send?text={t}%20{u}" rel="nofollow">WhatsApp</a>
<a class="s-tg" href="https://t.me.example/share/url?url={u}" target="_blank" rel="noopener nofollow">Telegram</a>
<a class="s-mail" href="mailto:?subject={t}&amp;body={u}" rel="nofollow">Email</a>
<a class="s-copy" href="#" data-url="{esc(url)}">Copiar enlace</a></div>"""


def comments_html(comments, post_id, url, closed=False):
    if not comments:
        return ""
    out = [f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} comentarios en «{{TITLE}}»</h2><ol class="comment-list">']
    cid = post_id * 3 + 1000
    for c in comments:
        name, when, text, replies = c["name"], c["when"], c["text"], c.get("replies", [])

        def one(name, when, text, depth, cid):
            av = f"https://secure.gravatar.example/avatar/{_zlib.crc32(name.encode()):012x}?s=44&amp;d=mm&amp;r=g"
            li = (f'<li class="comment even depth-{depth}" id="comment-{cid}"><article id="div-comment-{cid}" class="comment-body">'
                  f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="{av}" class="avatar avatar-44 photo" height="44" width="44" loading="lazy" decoding="async"/>'
                  f'<b class="fn">{esc(name)}</b> <span class="says">dice:</span></div>'
                  f'<div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{when.isoformat()}">{fecha(when)} a las {hora(when)}</time></a></div></footer>'
                  f'<div class="comment-content"><p>{esc(text)}</p></div>'
                  f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{post_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" aria-label="Responder a {esc(name)}">Responder</a></div></article>')
            return li
        out.append(one(name, when, text, 1, cid))
        cid += 7
        if replies:
            out.append('<ol class="children">')
            for r in replies:
                out.append(one(r["name"], r["when"], r["text"], 2, cid) + "</li>")
                cid += 5
            out.append('</ol>')
        out.append('</li>')
    out.append('</ol>')
    if closed:
        out.append('<p class="no-comments">Los comentarios están cerrados.</p>')
    else:
        out.append(f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Deja una respuesta <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancelar la respuesta</a></small></h3>
<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Tu dirección de correo electrónico no será publicada.</span> <span class="required-field-message">Los campos obligatorios están marcados con <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comentario <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Nombre <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Correo electrónico <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Guarda mi nombre y correo electrónico en este navegador para la próxima vez que comente.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publicar el comentario" /> <input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div>""")
    out.append('</div>')
    return "\n".join(out)


# ---------------------------------------------------------------- body DSL -> (html, blocks)

def render_body(items):
    """items: ("p", html) | ("h2", text) | ("ul", [html...]) | ("quote", html) | ("pull", text)
    | ("img", src, alt, caption) | ("raw", html). Returns (html, gold blocks)."""
    html_parts, blocks = [], []
    for it in items:
        kind = it[0]
        if kind == "p":
            html_parts.append(f"<p>{it[1]}</p>")
            blocks.append(Block("paragraph", plain(it[1])))
        elif kind == "h2":
            html_parts.append(f'<h2 class="wp-block-heading">{esc(it[1])}</h2>')
            blocks.append(Block("heading", it[1]))
        elif kind == "ul":
            html_parts.append('<ul class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in it[1]) + "</ul>")
            blocks += [Block("list_item", plain(x)) for x in it[1]]
        elif kind == "quote":
            html_parts.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>{it[1]}</p></blockquote>')
            blocks.append(Block("quote", plain(it[1])))
        elif kind == "pull":
            html_parts.append(f'<figure class="wp-block-pullquote"><blockquote><p>{esc(it[1])}</p></blockquote></figure>')
            blocks.append(Block("quote", it[1], optional=True))
        elif kind == "img":
            _, src, alt, cap = it
            html_parts.append(f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="{src}" alt="{esc(alt)}" '
                              f'srcset="{src} 1024w, {src.replace("-1024x683", "-300x200")} 300w, {src.replace("-1024x683", "-768x512")} 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                              f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif kind == "raw":
            html_parts.append(it[1])
        else:
            raise ValueError(kind)
    return "\n\n".join(html_parts), blocks


def words_of(blocks):
    return sum(len(b.text.split()) for b in blocks if not b.optional)


# ---------------------------------------------------------------- page

def page(a):
    pub, mod = a["published"], a.get("modified")
    url, title = a["url"], a["headline"]
    body_html, blocks = render_body(a["body"])
    if a.get("standfirst"):
        blocks.insert(0, Block("paragraph", a["standfirst"], optional=True))
    authors = a["authors"]
    section, section_path = a["section"], a["section_path"]
    feat = a["featured"]
    seo_title = a.get("seo_title", title)
    desc = a.get("standfirst") or plain(a["body"][0][1])[:155]
    mod_iso = (mod or pub).isoformat()
    tags = a["tags"]
    post_id = a["post_id"]
    img_url = f"{HOST}/wp-content/uploads/{pub.year}/{pub.month:02d}/{feat[0]}"
    wp_author = a.get("wp_author", authors[0])
    utc = lambda d: d.astimezone(_dt.timezone.utc).isoformat()

    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": wp_author, "@id": f"{HOST}/#/schema/person/{slugify(wp_author)}"},
         "headline": title, "datePublished": utc(pub), "dateModified": utc(mod or pub),
         "mainEntityOfPage": {"@id": url}, "wordCount": words_of(blocks),
         "commentCount": sum(1 + len(c.get("replies", [])) for c in a.get("comments", [])),
         "publisher": {"@id": f"{HOST}/#organization"}, "image": {"@id": f"{url}#primaryimage"},
         "thumbnailUrl": img_url, "keywords": tags, "articleSection": [section], "inLanguage": "es",
         "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}],
         "copyrightYear": str(pub.year), "copyrightHolder": {"@id": f"{HOST}/#organization"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{seo_title} - {NAME}", "isPartOf": {"@id": f"{HOST}/#website"},
         "primaryImageOfPage": {"@id": f"{url}#primaryimage"}, "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": img_url,
         "datePublished": utc(pub), "dateModified": utc(mod or pub), "description": desc,
         "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "es", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": "es", "@id": f"{url}#primaryimage", "url": img_url, "contentUrl": img_url,
         "width": 1200, "height": 800, "caption": feat[1]},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Portada", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": section, "item": f"{HOST}{section_path}"},
            {"@type": "ListItem", "position": 3, "name": title}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": NAME,
         "description": "Noticias de Zaragoza y Aragón", "publisher": {"@id": f"{HOST}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": f"{HOST}/?s={{search_term_string}}"},
                              "query-input": "required name=search_term_string"}], "inLanguage": "es"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": NAME, "url": f"{HOST}/",
         "logo": {"@type": "ImageObject", "inLanguage": "es", "@id": f"{HOST}/#/schema/logo/image/",
                  "url": f"{HOST}/wp-content/uploads/2020/02/cierzo-digital-logo.png", "width": 600, "height": 120, "caption": NAME},
         "image": {"@id": f"{HOST}/#/schema/logo/image/"},
         "sameAs": ["https://facebook.example/cierzodigital", "https://x.example/cierzodigital", "https://instagram.example/cierzodigital"]},
    ] + [{"@type": "Person", "@id": f"{HOST}/#/schema/person/{slugify(n)}", "name": n,
          "image": {"@type": "ImageObject", "inLanguage": "es", "@id": f"{HOST}/#/schema/person/image/{slugify(n)}",
                    "url": f"https://secure.gravatar.example/avatar/{slugify(n)}?s=96&d=mm&r=g", "caption": n},
          "url": f"{HOST}/author/{slugify(n)}/"} for n in [wp_author]]}
    ld = _json.dumps(graph, ensure_ascii=False).replace("</", "<\\/")

    meta_tags = "\n".join(
        [f'<meta property="article:tag" content="{esc(t)}" />' for t in tags])
    author_meta = wp_author

    # byline
    if len(authors) == 1:
        byline = f'<span class="byline">Por <a class="url fn n" href="{HOST}/author/{slugify(authors[0])}/">{esc(authors[0])}</a></span>'
    else:
        links = [f'<a class="url fn n" href="{HOST}/author/{slugify(n)}/">{esc(n)}</a>' for n in authors]
        byline = '<span class="byline">Por ' + ", ".join(links[:-1]) + " y " + links[-1] + "</span>"
    avatar = (f'<span class="author-avatar"><img alt="" src="https://secure.gravatar.example/avatar/{slugify(authors[0])}?s=72&amp;d=mm&amp;r=g" '
              f'class="avatar avatar-36 photo" height="36" width="36" decoding="async"/></span>')
    time_html = (f'<span class="posted-on"><time class="entry-date published" datetime="{pub.isoformat()}">{fecha(pub)} · {hora(pub)}</time></span>')
    if mod:
        time_html += (f' <span class="updated-on"><span class="updated-label">Actualizado:</span> '
                      f'<time class="updated" datetime="{mod.isoformat()}">{fecha(mod)} · {hora(mod)}</time></span>')
    else:
        time_html += f'<time class="updated screen-reader-text" datetime="{pub.isoformat()}">{fecha(pub)}</time>'
    read_min = max(2, round(words_of(blocks) / 220))

    subtitle = f'<p class="cd-subtitle td-post-sub-title">{esc(a["standfirst"])}</p>' if a.get("standfirst") else ""
    tag_links = "".join(f'<a href="{HOST}/etiqueta/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
    author_box = ""
    if a.get("bio"):
        n = authors[0]
        author_box = (f'<div class="cd-author-box"><img alt="" src="https://secure.gravatar.example/avatar/{slugify(n)}?s=160&amp;d=mm&amp;r=g" width="80" height="80" loading="lazy"/>'
                      f'<div><a class="name" href="{HOST}/author/{slugify(n)}/">{esc(n)}</a><p>{esc(a["bio"])}</p></div></div>')
    comments = comments_html(a.get("comments", []), post_id, url, closed=a.get("comments_closed", False)).replace("{TITLE}", esc(title))
    topbar_date = a["crawl"]
    trending = " ".join(f'<a href="{HOST}/etiqueta/{slugify(t)}/">{esc(t)}</a>' for t in a["trending"])
    amp_link = f'<link rel="amphtml" href="{url}amp/" />' if a.get("amp_link") else ""
    mod_meta = f'<meta property="article:modified_time" content="{utc(mod or pub)}" />'

    return f"""<!DOCTYPE html>
<html lang="es" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="pingback" href="{HOST}/xmlrpc.php">
<title>{esc(seo_title)} - {NAME}</title>
<!-- This site is optimized with the Yoast SEO plugin v21.2 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{esc(desc)}" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="es_ES" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(seo_title)}" />
<meta property="og:description" content="{esc(desc)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{NAME}" />
<meta property="article:publisher" content="https://facebook.example/cierzodigital" />
<meta property="article:section" content="{esc(section)}" />
{meta_tags}
<meta property="article:published_time" content="{utc(pub)}" />
{mod_meta}
<meta property="og:image" content="{img_url}" />
<meta property="og:image:width" content="1200" />
<meta property="og:image:height" content="800" />
<meta property="og:image:type" content="image/jpeg" />
<meta name="author" content="{esc(author_meta)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:creator" content="@cierzodigital" />
<meta name="twitter:site" content="@cierzodigital" />
<meta name="twitter:label1" content="Escrito por" />
<meta name="twitter:data1" content="{esc(author_meta)}" />
<meta name="twitter:label2" content="Tiempo de lectura" />
<meta name="twitter:data2" content="{read_min} minutos" />
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<!-- / Yoast SEO plugin. -->
{amp_link}
<link rel='dns-prefetch' href='//ads.meridianads.example' />
<link rel='dns-prefetch' href='//fonts.cierzodigital.example' />
<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; Feed" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; Feed de los comentarios" href="{HOST}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; Comentario {esc(title)} del feed" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' media='all' />
<style id='wp-block-library-inline-css'>{WP_INLINE_CSS}</style>
<link rel='stylesheet' id='td-theme-css' href='{HOST}/wp-content/themes/cierzo-news/style.css?ver=5.2.1' media='all' />
<style id='td-theme-inline-css'>{CSS}</style>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{post_id}" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.2.2" />
<link rel='shortlink' href='{HOST}/?p={post_id}' />
<link rel="alternate" type="application/json+oembed" href="{HOST}/wp-json/oembed/1.0/embed?url={esc(url)}" />
<link rel="icon" href="{HOST}/wp-content/uploads/2020/02/cropped-favicon-32x32.png" sizes="32x32" />
<link rel="icon" href="{HOST}/wp-content/uploads/2020/02/cropped-favicon-192x192.png" sizes="192x192" />
<link rel="apple-touch-icon" href="{HOST}/wp-content/uploads/2020/02/cropped-favicon-180x180.png" />
{head_scripts(post_id, a["section_slug"], authors)}
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive td-theme-cierzo td-single-template-2 {"has-comments" if a.get("comments") else ""}">
<noscript><img src="https://tags.cierzodigital.example/px.gif?id=GTM-C7Z4RDQ&amp;p={post_id}" height="1" width="1" style="display:none" alt="" /></noscript>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Saltar al contenido</a>
<div class="cd-topbar"><div class="td-container"><span class="cd-topbar__date">{fecha_larga(topbar_date)}</span>
<span class="cd-topbar__weather">Zaragoza · 17°C · Cierzo moderado</span>
<span class="cd-topbar__links"><a href="{HOST}/newsletters/">Newsletters</a><a href="{HOST}/hemeroteca/">Hemeroteca</a><a href="{HOST}/contacto/">Contacto</a><a href="{HOST}/mi-cuenta/">Iniciar sesión</a></span></div></div>
<header id="masthead" class="cd-header site-header" role="banner"><div class="td-container">
<div class="cd-logo site-branding"><a href="{HOST}/" rel="home"><img src="{HOST}/wp-content/uploads/2020/02/cierzo-digital-logo.png" width="270" height="54" alt="{NAME}" /></a>
<p class="site-description screen-reader-text">Noticias de Zaragoza y Aragón</p></div>
<div class="cd-header__ad" id="cd-ad-top"><!-- megabanner -->Publicidad</div>
<form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Buscar:</span><input type="search" class="search-field" placeholder="Buscar …" value="" name="s" /></label><input type="submit" class="search-submit" value="Buscar" /></form>
</div></header>
{nav_html(section if section in [m[0] for m in MENU] else a["menu_active"])}
<div class="cd-trending"><div class="td-container"><strong>Temas del día</strong>{trending}</div></div>
<div id="content" class="site-content"><div class="td-container">
<div class="td-crumb-container"><span><span><a href="{HOST}/">Portada</a></span> <span class="sep">›</span> <span><a href="{HOST}{section_path}">{esc(section)}</a></span> <span class="sep">›</span> <span class="breadcrumb_last" aria-current="page">{esc(title)}</span></span></div>
<div class="cd-layout td-pb-row">
<main id="primary" class="site-main td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content"><div class="td-post-wrap">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{a["section_slug"]} {" ".join("tag-" + slugify(t) for t in tags)}">
<header class="entry-header">
<h1 class="entry-title">{esc(title)}</h1>
{subtitle}
<div class="cd-meta entry-meta">{avatar}{byline}<span class="sep">|</span>{time_html}<span class="sep">|</span><span class="reading-time">{read_min} min de lectura</span>
{f'<a class="comments-link" href="#comments">{len(a["comments"]) + sum(len(c.get("replies", [])) for c in a["comments"])} comentarios</a>' if a.get("comments") else ""}</div>
{share_html(url, title)}
</header>
<figure class="cd-featured wp-caption"><img width="1024" height="683" src="{img_url.replace('.jpg', '-1024x683.jpg')}" class="attachment-large size-large wp-post-image" alt="{esc(feat[1])}" decoding="async" fetchpriority="high"
 srcset="{img_url.replace('.jpg', '-1024x683.jpg')} 1024w, {img_url.replace('.jpg', '-300x200.jpg')} 300w, {img_url.replace('.jpg', '-768x512.jpg')} 768w, {img_url} 1200w" sizes="(max-width: 1024px) 100vw, 1024px" />
<figcaption class="wp-caption-text">{esc(feat[1])}{f' <span class="credit">{esc(feat[2])}</span>' if len(feat) > 2 else ""}</figcaption></figure>
<div class="entry-content td-post-content">
{body_html}
</div><!-- .entry-content -->
<footer class="entry-footer">
<div class="cd-tags tags-links"><span>Etiquetas</span>{tag_links}</div>
{share_html(url, title)}
{author_box}
</footer>
</article>
</div>
{NEWSLETTER}
{related_html(a["related"], pub)}
{comments}
</div></main>
{sidebar_html(topbar_date, LATEST[a["latest_from"]:a["latest_from"] + 4])}
</div></div></div>
{FOOTER}
</div><!-- #page -->
{CONSENT}
<script type="application/json" id="cd-widget-data">{widget_data(post_id)}</script>
{FOOT_SCRIPTS}
</body>
</html>
""", blocks


# ---------------------------------------------------------------- articles

ARTICLES = []

# 01 -------------------------------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-01", post_id=48213,
    url=f"{HOST}/2021/05/14/feria-libro-ocasion-plaza-los-sitios-casetas-turnos/",
    section="Cultura", section_path="/cultura/", section_slug="cultura", menu_active="Cultura",
    headline="La Feria del Libro de Ocasión vuelve a la plaza de los Sitios con 38 casetas y entrada por turnos",
    standfirst=("El Gremio de Libreros de Lance del Ebro recupera la cita tras un año de parón, con aforo controlado, "
                "pago con tarjeta y turnos de media hora que se podrán reservar desde el lunes."),
    authors=["Elena Bielsa"],
    bio=("Redactora de Cultura de Cierzo Digital desde 2016. Escribe sobre libros, librerías y escena "
         "independiente. Antes trabajó en radio local en Huesca."),
    published=_dt.datetime(2021, 5, 14, 9, 32, 41, tzinfo=CEST), modified=None,
    crawl=_dt.datetime(2021, 5, 15, 8, 0, tzinfo=CEST),
    featured=("feria-libro-ocasion-2019.jpg", "Visitantes entre las casetas de la feria en su última edición, celebrada en 2019.", "Foto: Cierzo Digital"),
    tags=["Feria del Libro de Ocasión", "Libros", "Plaza de los Sitios", "Covid-19", "Comercio local"],
    trending=["Covid-19", "Vacunación", "Selectividad", "Terrazas", "Feria del Libro de Ocasión"],
    related=[("La Feria del Libro de Huesca confirma su celebración en junio", "cultura"),
             ("Cinco librerías de barrio que resisten en Zaragoza", "cultura"),
             ("Las bibliotecas amplían el préstamo a 15 libros por usuario", "cultura")],
    latest_from=0,
    comments=[
        dict(name="Maripaz_zgz", when=_dt.datetime(2021, 5, 14, 10, 47, tzinfo=CEST),
             text="Lo de los guantes para hojear me parece excesivo, pero bienvenida sea la feria. Llevo dos años esperando.",
             replies=[dict(name="Carlos B.", when=_dt.datetime(2021, 5, 14, 11, 20, tzinfo=CEST),
                           text="Pues a mí me parece lo lógico con la que está cayendo. Mejor así que sin feria.")]),
        dict(name="Ramón de Delicias", when=_dt.datetime(2021, 5, 14, 13, 5, tzinfo=CEST),
             text="¿Alguien sabe si la reserva se puede hacer para varias personas a la vez o hay que pedir un turno por cabeza?"),
    ],
    body=[
        ("p", "Los libros de segunda mano vuelven a la calle. La Feria del Libro de Ocasión abrirá el próximo 21 de mayo en la plaza de los Sitios de Zaragoza con 38 casetas, seis menos que en su última edición, y un recorrido de sentido único que obligará a entrar por el extremo norte de la plaza y a salir por el sur. La muestra, que el año pasado no llegó a celebrarse, se prolongará hasta el 6 de junio."),
        ("p", "El Gremio de Libreros de Lance del Ebro, que organiza la cita desde hace más de dos décadas, calcula que las casetas reunirán cerca de 120.000 volúmenes, desde novelas de bolsillo a un euro hasta primeras ediciones y mapas antiguos que superan los 600 euros. «Hemos tenido que reinventar la feria entera para que sea segura, pero no queríamos perder otra primavera», explica su presidenta, Pilar Escartín."),
        ("p", "La principal novedad es el sistema de turnos. Cada franja durará 30 minutos y admitirá un máximo de 250 personas a la vez dentro del recinto. Las reservas podrán hacerse desde el lunes 17 de mayo en la <a href=\"https://www.cierzodigital.example/etiqueta/feria-del-libro-de-ocasion/\">web del gremio</a> o por teléfono, aunque la organización guardará un tercio del aforo para quien se acerque sin cita."),
        ("h2", "Horarios y accesos"),
        ("p", "La feria abrirá de lunes a viernes de 10.30 a 14.00 y de 17.30 a 21.00, y los fines de semana en horario continuo de 10.00 a 21.00. El último turno de cada tarde estará reservado a mayores de 65 años y a personas con movilidad reducida, que además podrán acceder por una rampa instalada junto a la fuente."),
        ("p", "Los organizadores recomiendan llegar a pie o en transporte público, ya que durante las tres semanas se suprimirán 40 plazas de aparcamiento en superficie para habilitar la zona de espera."),
        ("raw", '<div class="cd-inline-ad" id="cd-ad-intext"><span>Publicidad</span></div>'),
        ("h2", "Las medidas sanitarias"),
        ("p", "El protocolo, pactado con el servicio de prevención de la aseguradora de la feria, incluye las siguientes medidas:"),
        ("ul", ["Mascarilla obligatoria en todo el recinto y gel hidroalcohólico en cada caseta.",
                "Prohibido hojear los libros sin guantes desechables, que se repartirán en la entrada.",
                "Pago preferente con tarjeta o móvil; las casetas que acepten efectivo usarán una bandeja.",
                "Una distancia mínima de metro y medio, marcada en el suelo, frente a cada mostrador.",
                "Cuarentena de 48 horas para los libros que se devuelvan o se cambien."]),
        ("p", "«La gente toca mucho los libros, es parte del encanto, y eso es justo lo que ahora no podemos permitir», admite Escartín, que reconoce que los guantes «no gustan a nadie» pero fueron la condición para obtener el permiso de ocupación de la plaza."),
        ("h2", "Un sector que resiste"),
        ("p", "La cita llega en un momento delicado para el sector. Según una encuesta interna del gremio, 11 de sus 29 librerías asociadas permanecieron cerradas al público más de cuatro meses en 2020 y tres no han vuelto a abrir. Las ventas por internet, que antes de la pandemia suponían menos del 15 % de la facturación, rozan ahora el 40 %."),
        ("p", "Para Andrés Lasheras, que regenta una librería de viejo en el barrio de San Pablo desde 1987, la feria es «el mejor escaparate del año». «En tres semanas vendemos lo mismo que en tres meses de tienda. Si este año sale bien, a más de uno le salva el ejercicio», asegura."),
        ("raw", '<p class="cd-leetambien"><strong>Lee también:</strong> <a href="https://www.cierzodigital.example/2021/04/23/cinco-librerias-de-barrio-que-resisten-en-zaragoza/">Cinco librerías de barrio que resisten en Zaragoza</a></p>'),
        ("p", "Otros libreros son más prudentes. Marta Viñuales, que llevará a la feria su fondo de literatura infantil descatalogada, teme que los turnos ahuyenten al comprador ocasional, «el que pasa por la plaza, ve una caseta y se queda media hora». «Ese cliente es el que salva la feria, y con reserva previa no sé si vendrá», advierte."),
        ("p", "El Ayuntamiento, que cede el espacio y aporta el montaje de las casetas, ha elevado este año su contribución hasta los 42.000 euros para cubrir el coste del personal de control de accesos. Fuentes municipales confían en que la muestra sirva de ensayo para otras citas al aire libre previstas para el verano."),
        ("p", "La programación paralela, con presentaciones y firmas, se ha reducido a un acto diario en un escenario al aire libre con 60 sillas separadas. El cartel completo se dará a conocer la próxima semana."),
    ],
    entities=[("Feria del Libro de Ocasión", "MISC"), ("plaza de los Sitios", "LOC"), ("Zaragoza", "LOC"),
              ("Gremio de Libreros de Lance del Ebro", "ORG"), ("Pilar Escartín", "PER"), ("Escartín", "PER"),
              ("Andrés Lasheras", "PER"), ("San Pablo", "LOC"), ("Marta Viñuales", "PER")],
    phenomena=["json-ld", "subheadings", "list-in-body", "cookie-banner", "newsletter-box", "tag-list", "comments",
               "date-in-url", "localized-date", "local-time-zone", "nav-menu", "footer-links", "share-bar",
               "standfirst", "photo-caption", "related-list", "most-read", "ad-slots", "decoy-date", "author-bio",
               "inline-related", "teasers-in-article", "article-per-teaser"],
    notes="The featured-image caption is an optional caption block (photo credit excluded); the header's 'today' date, related-story dates and comment times are decoys.",
))

# 02 -------------------------------------------------------------
TWEET = """<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="es" dir="ltr">⚠️ CONFINAMIENTO en Los Olivares y Mirador del Huerva por el humo del incendio del polígono. Cerrad puertas y ventanas, apagad la ventilación y no salgáis de casa hasta nuevo aviso. Os iremos informando por aquí 👇</p>— AV Los Olivares (@av_losolivares) <a href="https://twitter.com/av_losolivares/status/1623371904418250753?ref_src=twsrc%5Etfw">February 8, 2023</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div></figure>"""

ARTICLES.append(dict(
    id=f"{SITE}-02", post_id=77950,
    url=f"{HOST}/2023/02/08/incendio-nave-reciclaje-cuarte-de-huerva-confinamiento/",
    section="Sucesos", section_path="/sucesos/", section_slug="sucesos", menu_active="Sucesos",
    headline="Un incendio en una nave de reciclaje de Cuarte de Huerva obliga a confinar dos urbanizaciones",
    standfirst=("La columna de humo negro, visible desde buena parte de Zaragoza, mantuvo durante más de tres horas "
                "a unos 900 vecinos de Los Olivares y Mirador del Huerva con puertas y ventanas cerradas."),
    authors=["Lucía Ballarín", "Jorge Sancet"],
    published=_dt.datetime(2023, 2, 8, 16, 47, 12, tzinfo=CET), modified=_dt.datetime(2023, 2, 8, 19, 20, 5, tzinfo=CET),
    crawl=_dt.datetime(2023, 2, 9, 7, 30, tzinfo=CET),
    featured=("incendio-cuarte-nave-reciclaje.jpg", "La columna de humo, vista desde la autovía a media tarde de este miércoles.", "Foto: Jorge Sancet"),
    tags=["Cuarte de Huerva", "Incendios", "Sucesos", "Medio ambiente"],
    trending=["Incendio en Cuarte", "Cierzo", "Carnaval", "Precio de la luz", "Oposiciones"],
    related=[("Arde una nave de palés en el polígono de Plaza sin causar heridos", "sucesos"),
             ("Los vecinos de Cuarte piden un plan de emergencias propio", "aragon"),
             ("Así funciona un confinamiento por humo: qué hacer y qué no", "sociedad")],
    latest_from=4,
    comments=[
        dict(name="Vecina de Los Olivares", when=_dt.datetime(2023, 2, 8, 17, 15, tzinfo=CET),
             text="Desde la terraza se veía todo negro. Ya avisamos en 2019 de que aquello acabaría pasando otra vez."),
        dict(name="JLM", when=_dt.datetime(2023, 2, 8, 18, 2, tzinfo=CET),
             text="Menos mal que no ha habido heridos. Ánimo a los trabajadores, que ahora a ver qué pasa con sus puestos.",
             replies=[dict(name="Pili R.", when=_dt.datetime(2023, 2, 8, 18, 40, tzinfo=CET),
                           text="Eso mismo pensaba yo. 34 familias que dependen de esa nave.")]),
        dict(name="Andrés", when=_dt.datetime(2023, 2, 8, 20, 11, tzinfo=CET),
             text="¿Se sabe algo de la calidad del aire en Cuarte pueblo? Nadie ha dicho nada de nosotros."),
    ],
    body=[
        ("p", "Un aparatoso incendio declarado poco antes de las 14.00 de este miércoles en una nave de reciclaje de plásticos del polígono Valdecruces, en Cuarte de Huerva, obligó a confinar durante más de tres horas a los vecinos de las urbanizaciones Los Olivares y Mirador del Huerva. La densa columna de humo negro, empujada por el viento, se divisaba desde varios kilómetros a la redonda."),
        ("p", "El fuego se originó, según las primeras hipótesis, en una zona exterior donde la empresa Recuperaciones Huerva almacenaba balas de film agrícola prensado. En cuestión de minutos las llamas alcanzaron la cubierta de la nave, de unos 3.000 metros cuadrados, que acabó parcialmente derrumbada."),
        ("p", "Hasta el lugar se desplazaron seis dotaciones de bomberos con 24 efectivos, dos ambulancias y agentes de la policía local, que cortaron durante toda la tarde los accesos al polígono. No se han registrado heridos: los once trabajadores que se encontraban en la nave salieron por su propio pie antes de que el fuego alcanzara el interior."),
        ("p", "«Vimos salir humo de las balas del patio y en diez minutos aquello era un infierno. Lo único que pudimos hacer fue sacar las carretillas y echar a correr», relató a este diario uno de los operarios, Iván Royo, todavía con la ropa de trabajo manchada de hollín."),
        ("p", "A las 14.40, la Coordinadora Comarcal de Emergencias del Huerva, el organismo mancomunado que gestiona las alertas en la zona, pidió a los residentes de las dos urbanizaciones, unas 900 personas, que no salieran de casa, cerraran puertas y ventanas y apagaran los sistemas de ventilación. El aviso se difundió por megafonía y a través de las redes sociales de las asociaciones vecinales."),
        ("raw", TWEET),
        ("p", "«Los niños estaban en el colegio y no sabíamos si podíamos ir a buscarlos», contaba por teléfono Begoña Alcalde, vecina de Los Olivares. El centro escolar mantuvo finalmente a los alumnos en el interior hasta que se levantó el confinamiento, a las 18.05."),
        ("raw", '<div class="cd-inline-ad" id="cd-ad-intext"><span>Publicidad</span></div>'),
        ("p", "<strong>Actualización, 19.20.</strong> Los bomberos dan por controlado el incendio, aunque mantendrán durante la noche un retén en la nave para sofocar posibles rebrotes. Las mediciones realizadas por una unidad móvil en las dos urbanizaciones no han detectado valores peligrosos de contaminantes en el aire, según ha informado la coordinadora."),
        ("p", "La empresa, que da trabajo a 34 personas, no ha querido hacer declaraciones. Su gerente, Tomás Uriol, se limitó a señalar a la salida de la nave que «lo importante es que no hay ningún herido» y que colaborarán con los investigadores para esclarecer las causas."),
        ("p", "No es la primera vez que la planta sufre un incendio. En agosto de 2019 otro fuego, de menor tamaño, calcinó parte del material almacenado en el mismo patio exterior, lo que motivó entonces las quejas de los vecinos por la acumulación de residuos junto a las viviendas. La Asociación Vecinal Los Olivares ha anunciado que volverá a pedir el traslado de la actividad."),
    ],
    entities=[("Cuarte de Huerva", "LOC"), ("Zaragoza", "LOC"), ("Los Olivares", "LOC"), ("Mirador del Huerva", "LOC"),
              ("Valdecruces", "LOC"), ("Recuperaciones Huerva", "ORG"), ("Iván Royo", "PER"),
              ("Coordinadora Comarcal de Emergencias del Huerva", "ORG"), ("Begoña Alcalde", "PER"),
              ("Tomás Uriol", "PER"), ("Asociación Vecinal Los Olivares", "ORG")],
    phenomena=["json-ld", "embedded-post", "multiple-authors", "updated-date", "cookie-banner", "newsletter-box",
               "tag-list", "comments", "date-in-url", "localized-date", "local-time-zone", "nav-menu", "footer-links",
               "share-bar", "standfirst", "photo-caption", "related-list", "most-read", "ad-slots", "decoy-date",
               "teasers-in-article", "article-per-teaser"],
    notes="The embedded post of the neighbours' association is not body; the bold 'Actualización, 19.20.' label stays inside its paragraph, and the 'Actualizado' time is the modified date.",
))

# 03 -------------------------------------------------------------
VIDEO = """<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe loading="lazy" title="Trashumancia 2018: la salida del rebaño desde Guadalaviar | Cierzo Digital" width="800" height="450" src="https://www.youtube-nocookie.com/embed/q7Zr2kVb0eM?feature=oembed&amp;rel=0" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">Vídeo: la salida del rebaño desde Guadalaviar, al amanecer del martes.</figcaption></figure>"""

ARTICLES.append(dict(
    id=f"{SITE}-03", post_id=30577,
    url=f"{HOST}/aragon/teruel/familia-jarque-trashumancia-albarracin-ovejas/",
    section="Teruel", section_path="/aragon/teruel/", section_slug="teruel", menu_active="Aragón",
    headline="Once días a pie con 1.400 ovejas: la familia Jarque mantiene viva la trashumancia desde Albarracín",
    seo_title="Trashumancia a pie desde Albarracín: 1.400 ovejas y 190 kilómetros",
    standfirst=("Tres generaciones de pastores guían cada otoño el rebaño por cañadas reales hasta los pastos de invierno "
                "de la provincia de Valencia. Este año les acompaña un equipo que rueda un documental."),
    authors=["Raúl Edo"],
    published=_dt.datetime(2018, 10, 3, 11, 15, 8, tzinfo=CEST), modified=None,
    crawl=_dt.datetime(2018, 10, 4, 9, 10, tzinfo=CEST),
    featured=("trashumancia-guadalaviar-rebano.jpg", "El rebaño de la familia Jarque, a su salida de Guadalaviar.", "Foto: Raúl Edo"),
    tags=["Trashumancia", "Sierra de Albarracín", "Ganadería", "Vías pecuarias", "Despoblación"],
    trending=["Fiestas del Pilar", "Trashumancia", "Vendimia", "Despoblación", "Otoño"],
    related=[("El último pastor de Bronchales se jubila a los 79 años", "aragon"),
             ("Las vías pecuarias de Aragón, en cifras", "aragon"),
             ("Un queso de oveja de Albarracín, entre los mejores de España", "gastro")],
    latest_from=8,
    body=[
        ("p", "Pasaban pocos minutos de las siete de la mañana cuando el primer cencerro rompió el silencio en Guadalaviar. Con la helada todavía blanqueando los prados, Joaquín Jarque, de 71 años, abrió la cerca y dejó salir a las 1.400 ovejas que durante los próximos once días recorrerán a pie cerca de 190 kilómetros hasta los pastos de invierno de Alcublas, en la provincia de Valencia."),
        ("p", "Es la trashumancia número 53 de Joaquín y, probablemente, una de las últimas que se hacen íntegramente a pie en la sierra de Albarracín. La mayoría de los ganaderos de la zona transporta hoy sus rebaños en camión: es más rápido, más barato y evita los problemas de unas vías pecuarias que en muchos tramos han desaparecido bajo carreteras, urbanizaciones o campos de cultivo."),
        ("p", "«Mi padre lo hacía, mi abuelo lo hacía, y a mí me da pena ser el que lo deje», resume el pastor mientras ajusta la correa del zurrón. A su lado caminan su hijo Daniel, de 44 años, y su nieta Irene, de 19, que estudia Veterinaria en Teruel y ha pedido días libres para no perderse el viaje."),
        ("p", "La ruta sigue la cañada real que baja por el valle del Guadalaviar, cruza la sierra de Javalambre por su vertiente oriental y entra en la provincia de Valencia por Andilla. Cada noche el rebaño duerme en un corral distinto, algunos cedidos por vecinos y otros alquilados, y la familia se turna para vigilarlo."),
        ("raw", VIDEO),
        ("p", "Este año el grupo es más numeroso de lo habitual. Un equipo de cuatro personas de la productora Lumbre Films, con sede en Zaragoza, acompaña a los Jarque para rodar un documental que esperan estrenar en festivales el año que viene. «Queríamos contarlo antes de que sea tarde. Dentro de diez años puede que nadie haga este camino», explica su directora, Nuria Lafuente."),
        ("p", "El recorrido no está exento de dificultades. En los últimos años la familia ha encontrado alambradas cortando el paso, tramos asfaltados donde las ovejas se hieren las pezuñas y hasta un huerto de placas solares levantado sobre el trazado de la cañada. «Cada año hay que negociar algo nuevo», lamenta Daniel Jarque."),
        ("raw", '<div class="cd-inline-ad" id="cd-ad-intext"><span>Publicidad</span></div>'),
        ("p", "Según la Plataforma por las Vías Pecuarias de Aragón, una asociación que reúne a ganaderos y grupos ecologistas, apenas el 30 % de los 11.000 kilómetros de vías pecuarias catalogados en la comunidad se conserva en condiciones de uso. Su portavoz, Carmen Górriz, reclama «un deslinde urgente de los tramos amenazados» y ayudas específicas para quienes siguen moviendo el ganado a pie."),
        ("p", "Más allá de la tradición, los defensores de la trashumancia subrayan su valor ambiental: el paso del rebaño limpia de matorral los márgenes de los caminos, reduce el riesgo de incendio y dispersa semillas a lo largo de cientos de kilómetros."),
        ("p", "El día a día del rebaño se organiza en jornadas de entre 15 y 22 kilómetros. Los pastores se levantan antes del alba, cuentan las ovejas a la salida del corral y las vuelven a contar al caer la tarde. Dos perros de carea y un mastín completan el equipo; un todoterreno conducido por Nuria Lafuente, la mujer de Daniel, lleva el agua, la comida y los botiquines de un corral a otro."),
        ("raw", '<p class="cd-leetambien"><strong>Lee también:</strong> <a href="https://www.cierzodigital.example/aragon/vias-pecuarias-de-aragon-en-cifras/">Las vías pecuarias de Aragón, en cifras</a></p>'),
        ("p", "La trashumancia a pie, reconoce Daniel, no sale más barata que la del camión: el viaje cuesta a la familia alrededor de 6.000 euros entre comidas, pernoctas y seguros. Lo compensa, dice, el estado en que llegan los animales. «Las ovejas que bajan andando llegan más fuertes y paren mejor. Eso se nota en primavera», asegura."),
        ("p", "En Guadalaviar, un pueblo de poco más de 200 habitantes, la partida del rebaño es casi una fiesta. Una veintena de vecinos se acercó al amanecer para despedir a los pastores con café y pastas, y el alcalde, Ismael Pérez, recordó que hace medio siglo salían cada otoño más de 30 rebaños del término municipal. «Ahora queda este. Por eso lo cuidamos», dijo."),
        ("p", "La llegada a Alcublas está prevista para el 13 de octubre. Allí las ovejas pasarán el invierno hasta que, a mediados de junio, emprendan el camino de vuelta. «Si las piernas aguantan, el año que viene volveré a estar aquí», promete Joaquín antes de silbar a los perros y ponerse en marcha."),
    ],
    extra_blocks_after={4: Block("caption", "Vídeo: la salida del rebaño desde Guadalaviar, al amanecer del martes.", optional=True)},
    entities=[("Jarque", "PER"), ("Joaquín Jarque", "PER"), ("Joaquín", "PER"), ("Daniel Jarque", "PER"), ("Daniel", "PER"),
              ("Irene", "PER"), ("Albarracín", "LOC"), ("Guadalaviar", "LOC"), ("Alcublas", "LOC"), ("Valencia", "LOC"),
              ("Teruel", "LOC"), ("Javalambre", "LOC"), ("Andilla", "LOC"), ("Lumbre Films", "ORG"), ("Zaragoza", "LOC"),
              ("Nuria Lafuente", "PER"), ("Plataforma por las Vías Pecuarias de Aragón", "ORG"), ("Carmen Górriz", "PER"),
              ("Ismael Pérez", "PER")],
    phenomena=["json-ld", "iframe-embeds", "cookie-banner", "newsletter-box", "tag-list", "localized-date",
               "local-time-zone", "nav-menu", "footer-links", "share-bar", "standfirst", "photo-caption",
               "related-list", "most-read", "ad-slots", "decoy-date", "title-differs-from-headline",
               "inline-related", "teasers-in-article", "article-per-teaser"],
    notes="The embedded video's caption is kept as an optional caption block; the SEO <title> differs from the visible headline.",
))

# 04 -------------------------------------------------------------
ARTICLES.append(dict(
    id=f"{SITE}-04", post_id=9841, wp_author="pgracia_calatayud",
    url=f"{HOST}/2016/12/19/belen-200-metros-cuadrados-fabrica-harinas-calatayud/",
    section="Aragón", section_path="/aragon/", section_slug="aragon", menu_active="Aragón",
    headline="Un belén de 200 metros cuadrados llena la antigua fábrica de harinas de Calatayud",
    authors=["Pablo Gracia"],
    published=_dt.datetime(2016, 12, 19, 18, 5, 33, tzinfo=CET), modified=None,
    crawl=_dt.datetime(2016, 12, 21, 10, 0, tzinfo=CET),
    featured=("belen-calatayud-harinera.jpg", "Un miembro de la cofradía coloca una de las 900 figuras del nacimiento.", "Foto: P. G."),
    tags=["Calatayud", "Navidad", "Belenes", "Tradiciones"],
    trending=["Navidad", "Lotería", "Nieve", "Campaña de la oliva", "Belenes"],
    related=[("Los mercadillos navideños llenan las plazas del Casco", "zaragoza"),
             ("La cabalgata de Reyes estrenará tres carrozas", "zaragoza"),
             ("Un pueblo del Moncayo ilumina sus calles con luces recicladas", "aragon")],
    latest_from=10, amp_link=True, comments_closed=True,
    comments=[
        dict(name="Bilbilitana en Madrid", when=_dt.datetime(2016, 12, 19, 20, 14, tzinfo=CET),
             text="Qué ilusión ver la harinera abierta otra vez. Mi abuelo trabajó allí casi treinta años. Iremos en cuanto bajemos por Navidad."),
        dict(name="Toño", when=_dt.datetime(2016, 12, 20, 9, 31, tzinfo=CET),
             text="Estuvimos ayer con los críos y es una pasada, sobre todo lo del ciclo de luz. Recomendable 100 %."),
    ],
    body=[
        ("p", "Más de 900 figuras, un río con agua de verdad y un pueblo de adobe reconstruido casa por casa. La Cofradía Belenista del Jalón inauguró este lunes en la antigua fábrica de harinas de Calatayud el que sus miembros consideran el mayor nacimiento de la provincia de Zaragoza: 200 metros cuadrados que han costado once meses de trabajo."),
        ("p", "El montaje, que podrá visitarse gratis hasta el 8 de enero, recrea un paisaje que mezcla Belén y el valle del Jalón. Junto al portal aparecen una noria, un lavadero y una torre mudéjar a escala inspirada en las de la comarca, levantada con más de 4.000 ladrillos de barro cocido moldeados a mano."),
        ("p", "«Aquí no hay nada comprado. Las casas, los puentes y hasta los árboles los hemos hecho nosotros en el local, por las tardes, después de trabajar», explica el presidente de la cofradía, Fernando Sisamón, mientras ajusta la iluminación de una de las escenas. El grupo, formado por 23 socios, dedicó unas 6.000 horas al proyecto."),
        ("pull", "Las casas, los puentes y hasta los árboles los hemos hecho nosotros"),
        ("p", "Uno de los elementos que más llaman la atención es el ciclo de luz: cada doce minutos el belén pasa del amanecer a la noche, con estrellas formadas por 1.500 diodos y un cielo pintado a mano sobre lonas recuperadas de la propia fábrica."),
        ("img", f"{HOST}/wp-content/uploads/2016/12/belen-calatayud-torre-1024x683.jpg", "Torre a escala del belén",
         "La torre a escala, levantada con más de 4.000 ladrillos moldeados a mano."),
        ("p", "La elección del espacio no es casual. La fábrica, cerrada desde 1994, pertenece a la familia de uno de los socios, que la ha cedido de forma gratuita. «Queríamos que la gente volviera a entrar aquí. Muchos vecinos trabajaron en la harinera y se emocionan al ver el edificio abierto», cuenta la secretaria del grupo, Rosa Mainar."),
        ("p", "La cofradía espera superar las 15.000 visitas de las pasadas fiestas, cuando el belén se instaló en un local mucho más pequeño. Los donativos voluntarios se destinarán a un comedor social de la ciudad."),
        ("p", "El nacimiento abrirá todos los días de 11.00 a 14.00 y de 17.00 a 20.30, excepto el 25 de diciembre y el 1 de enero. Los grupos escolares pueden concertar visitas guiadas por las mañanas."),
    ],
    entities=[("Cofradía Belenista del Jalón", "ORG"), ("Calatayud", "LOC"), ("Zaragoza", "LOC"), ("Belén", "LOC"),
              ("Jalón", "LOC"), ("Fernando Sisamón", "PER"), ("Rosa Mainar", "PER")],
    phenomena=["json-ld", "pull-quote", "photo-caption", "comments", "cookie-banner", "newsletter-box", "tag-list",
               "date-in-url", "localized-date", "local-time-zone", "nav-menu", "footer-links", "share-bar",
               "related-list", "most-read", "ad-slots", "decoy-date", "article-per-teaser"],
    notes="No standfirst; the lead-photo caption and the in-body photo caption are optional caption blocks and the pull quote repeating the president's words is an optional quote.",
))


# The 2024 app template shows a story's age ("hace 2 horas") and keeps the exact time only in the byline's
# <time datetime>: no date meta, no JSON-LD dates.
RELATIVE = {'cierzo-digital-01': 'hace 2 horas', 'cierzo-digital-03': 'hace 4 horas'}


def build(a):
    html_text, blocks = page(a)
    # the lead photo caption precedes the body
    lead_cap = Block("caption", a["featured"][1], optional=True)
    pos = 1 if a.get("standfirst") else 0
    blocks.insert(pos, lead_cap)
    for after, blk in sorted(a.get("extra_blocks_after", {}).items(), reverse=True):
        # index refers to the position in the 'body' list (embed item); map to block index
        n_before = 0
        for it in a["body"][:after]:
            n_before += {"p": 1, "h2": 1, "quote": 1, "pull": 1, "img": 1, "raw": 0}.get(it[0], 0) + (len(it[1]) if it[0] == "ul" else 0)
        blocks.insert(pos + 1 + n_before, blk)
    art = Article(
        id=a["id"], site=SITE, url=a["url"], language="es", headline=a["headline"],
        published=a["published"].isoformat(), modified=a["modified"].isoformat() if a.get("modified") else None,
        authors=a["authors"], summary=a.get("standfirst", ""), blocks=blocks, entities=a["entities"],
        phenomena=a["phenomena"], notes=a.get("notes", ""))
    return art, html_text


if __name__ == "__main__":
    for a in ARTICLES:
        art, html_text = build(a)
        if (art.variant_of or art.id) in RELATIVE:
            art, html_text = relative_visible_date(art, html_text, RELATIVE[art.variant_of or art.id], drop_other_metadata=True)
        emit(art, html_text, "utf-8")
        raw = len(html_text.encode("utf-8"))
        print(f"{a['id']}\t{raw / 1024:.1f} KB")
