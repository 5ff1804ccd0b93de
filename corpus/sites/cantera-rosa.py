import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, Article, Block, emit

"""Diario Cantera Rosa (cantera-rosa): an invented regional daily for Zacatecas, Mexico (es-MX), on
WordPress with a commercial news theme ("Mineral News", mn- classes) and Yoast SEO. The post shows
a category label, the headline, an excerpt used as standfirst, "Por <name>" and the date as text
("12 de marzo de 2024 · 08:15 hrs"), a featured image with caption, the post content with an
in-content ad and a "Te puede interesar" box between paragraphs, tags, a share bar, related posts,
a Facebook-style comments container, a sidebar ("Lo más leído", weather) and a footer. Times are
Mexico City time (America/Mexico_City, with summer time until October 2022).

Metadata personality: Yoast writes a JSON-LD @graph (Article, WebPage, Person...) whose author is
the WordPress user who entered the post, and article:published_time - which on updated posts holds
the last modification (the theme's "Actualizado" date), while the graph's datePublished stays
right. The old theme (2015-2017: 01-03) prints the site name as an <h1> above the headline's <h1>
and wraps the post in a <div>, not an <article>; 02 was migrated from the previous CMS with its
paragraphs as <br><br> runs, and 01 keeps the date permalink of those years. The new theme
(2019-2025) wraps the post in <article>; its 2023 header redesign adds a "Lo último" ticker whose
<time> elements come before the post (10, 11); gallery posts (07) set the title in an <h2>.
Editors set a Yoast SEO title on some posts (used for <title> and og:title) and drop the site name
from <title> on others. Page 13 is page 04 without the "Te puede interesar" box."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
from zoneinfo import ZoneInfo

SITE = "cantera-rosa"
HOST = "https://www.canterarosa.example"
NAME = "Diario Cantera Rosa"
TZ = ZoneInfo("America/Mexico_City")
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def iso(d):
    return d.isoformat(timespec="seconds")


def fecha(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year} · {d:%H:%M} hrs"


def esc(s):
    return _html.escape(s, quote=True)


def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:75]


# ---------------------------------------------------------------- boilerplate pools

MENU = [("Zacatecas", "zacatecas"), ("Fresnillo", "fresnillo"), ("Municipios", "municipios"), ("Seguridad", "seguridad"),
        ("Economía", "economia"), ("Cultura", "cultura"), ("Deportes", "deportes"), ("Salud", "salud"), ("Turismo", "turismo"),
        ("Opinión", "opinion"), ("Fotogalerías", "fotogalerias")]
MAS_LEIDO = [
    "Pronostican lluvias para el fin de semana en la capital",
    "Abren convocatoria para becas universitarias",
    "Cierran calle del Centro Histórico por obras de drenaje",
    "Así quedará el nuevo mercado de Guadalupe",
    "Productores de frijol esperan buena cosecha este año",
    "Estas son las farmacias de guardia del fin de semana",
    "Festival de globos regresa a la Bufa en noviembre",
    "Maestros jubilados reciben homenaje en Fresnillo",
    "Tianguis navideño contará con más de 200 puestos",
    "Hospital amplía horario de atención en urgencias",
]
HOY = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EXTRACTOS = ["Autoridades explicaron los detalles del plan durante una reunión con vecinos.",
             "La medida entrará en vigor a partir de la próxima semana.",
             "Productores y comerciantes esperan una mejor temporada este año.",
             "El proyecto busca beneficiar a cientos de familias de la región.",
             "Especialistas recomiendan tomar precauciones durante estos días.",
             "La convocatoria estará abierta hasta finales de mes."]
TICKER = [
    "Suspenden clases por bajas temperaturas en municipios del norte",
    "Ayuntamiento anuncia horario extendido de recolección de basura",
    "Se registra sismo leve sin daños en la región",
    "Reabren tramo carretero tras trabajos de bacheo",
]

CSS = """
/* Mineral News 3.6 */
:root{--mn-rosa:#b24a5a;--mn-ink:#1d1d1f;--mn-gris:#6e6e73;--mn-linea:#e5e5ea;--mn-fondo:#f6f2ef}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 "Source Sans 3",Arial,sans-serif;color:var(--mn-ink);background:#fff}
a{color:var(--mn-rosa);text-decoration:none}img{max-width:100%;height:auto}.screen-reader-text{position:absolute;left:-9999px}
.site-header{border-bottom:3px solid var(--mn-rosa)}.site-branding{display:flex;align-items:center;justify-content:space-between;padding:14px 0}
.site-title{font:800 34px/1 "Playfair Display",Georgia,serif;margin:0}.site-title a{color:var(--mn-ink)}.site-description{font-size:13px;color:var(--mn-gris);margin:4px 0 0}
.mn-container{max-width:1180px;margin:0 auto;padding:0 16px}.main-navigation ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px}
.main-navigation a{color:var(--mn-ink);font-weight:700;font-size:14px;text-transform:uppercase;letter-spacing:.03em;padding:10px 0;display:block}
.mn-ticker{background:var(--mn-fondo);font-size:14px;padding:8px 0;white-space:nowrap;overflow:hidden}.mn-ticker strong{color:var(--mn-rosa);margin-right:10px}
.mn-ticker li{display:inline-block;margin-right:24px}.mn-ticker time{color:var(--mn-gris);margin-right:6px}
.mn-layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:36px;margin-top:20px}
.entry-header .mn-cat{display:inline-block;background:var(--mn-rosa);color:#fff;font-size:12px;font-weight:700;text-transform:uppercase;padding:3px 8px}
.entry-title{font:800 36px/1.15 "Playfair Display",Georgia,serif;margin:10px 0 12px}.mn-excerpt{font-size:19px;color:#3a3a3c;margin:0 0 14px}
.entry-meta{font-size:14px;color:var(--mn-gris);border-top:1px solid var(--mn-linea);border-bottom:1px solid var(--mn-linea);padding:8px 0;display:flex;flex-wrap:wrap;gap:6px 16px}
.entry-meta .author a{color:var(--mn-ink);font-weight:700}.mn-updated{color:var(--mn-rosa)}
.post-thumbnail{margin:18px 0}.wp-caption-text{font-size:14px;color:var(--mn-gris);padding:6px 0;border-bottom:1px solid var(--mn-linea)}
.entry-content{font:18px/1.7 Merriweather,Georgia,serif}.entry-content p{margin:0 0 1.1em}.entry-content h2{font:800 24px/1.3 "Playfair Display",Georgia,serif;margin:1.4em 0 .5em}
.mn-tpi{border-left:4px solid var(--mn-rosa);background:var(--mn-fondo);padding:10px 14px;margin:0 0 1.2em;font:600 16px/1.4 "Source Sans 3",Arial,sans-serif}
.mn-tpi span{display:block;font-size:12px;text-transform:uppercase;color:var(--mn-rosa);letter-spacing:.06em}
.mn-ad{background:#fafafa;text-align:center;min-height:250px;margin:20px 0;position:relative}.mn-ad:before{content:"Publicidad";font-size:10px;color:#999;display:block}
.mn-gallery{display:grid;grid-template-columns:repeat(2,1fr);gap:12px;margin:0 0 1.2em}.mn-gallery figure{margin:0}
.mn-gallery__title{font:800 34px/1.15 "Playfair Display",Georgia,serif;margin:10px 0 12px}
.entry-footer .tags-links a{display:inline-block;border:1px solid var(--mn-linea);padding:3px 9px;margin:0 6px 6px 0;font-size:13px;color:var(--mn-ink)}
.mn-share{display:flex;gap:8px;margin:16px 0}.mn-share a{background:var(--mn-ink);color:#fff;font-size:12px;padding:6px 10px;border-radius:3px}
.mn-related{margin:28px 0}.mn-related h3{font:800 20px/1.2 "Playfair Display",Georgia,serif;border-bottom:2px solid var(--mn-rosa);padding-bottom:6px}
.mn-related ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:14px}.mn-related li{font-weight:700;font-size:15px}
.widget{margin-bottom:28px}.widget-title{font:800 18px/1.2 "Playfair Display",Georgia,serif;border-bottom:2px solid var(--mn-rosa);padding-bottom:6px}
.mn-mostread ol{margin:0;padding-left:20px}.mn-mostread li{padding:6px 0;border-bottom:1px solid var(--mn-linea)}
.site-footer{background:#1d1d1f;color:#c7c7cc;margin-top:40px;padding:28px 0;font-size:14px}.site-footer a{color:#fff}
.mn-aviso{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid var(--mn-rosa);padding:12px 16px;font-size:14px;z-index:99;display:none}
@media (max-width:900px){.mn-layout{grid-template-columns:1fr}.widget-area{display:none}.entry-title{font-size:28px}}
"""




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


# ---------------------------------------------------------------- weight

EMOJI = ('window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png",'
         '"svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":'
         '"https:\\/\\/www.canterarosa.example\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}};\n'
         '/*! This file is auto-generated */\n!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};'
         'sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);'
         'var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),'
         'e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}'
         'function u(e,t,n){switch(t){case"flag":return n(e,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:'
         '!n(e,"\\ud83c\\uddfa\\ud83c\\uddf3","\\ud83c\\uddfa\\u200b\\ud83c\\uddf3")&&!n(e,"\\ud83c\\udff4\\udb40\\udc67\\udb40\\udc62\\udb40\\udc65\\udb40\\udc6e\\udb40\\udc67\\udb40\\udc7f",'
         '"\\ud83c\\udff4\\u200b\\udb40\\udc67\\u200b\\udb40\\udc62\\u200b\\udb40\\udc65\\u200b\\udb40\\udc6e\\u200b\\udb40\\udc67\\u200b\\udb40\\udc7f");case"emoji":'
         'return!n(e,"\\ud83d\\udc26\\u200d\\u2b1b","\\ud83d\\udc26\\u200b\\u2b1b")}return!1}function f(e,t,n){var r="undefined"!=typeof WorkerGlobalScope&&'
         'self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement("canvas"),a=r.getContext("2d",{willReadFrequently:!0}),'
         'o=(a.textBaseline="top",a.font="600 32px Arial",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}function t(e){var t=i.createElement("script");'
         't.src=e,t.defer=!0,i.head.appendChild(t)}"undefined"!=typeof Promise&&(o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={everything:!0,'
         'everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener("DOMContentLoaded",e,{once:!0})}),new Promise(function(t){var n=function(){'
         'try{var e=JSON.parse(sessionStorage.getItem(o));if("object"==typeof e&&"number"==typeof e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&'
         '"object"==typeof e.supportTests)return e.supportTests}catch(e){}return null}();if(!n){if("undefined"!=typeof Worker&&"undefined"!=typeof '
         'OffscreenCanvas&&"undefined"!=typeof URL&&URL.createObjectURL&&"undefined"!=typeof Blob)try{var e="postMessage("+f.toString()+"("+[JSON.stringify(s),'
         'u.toString(),p.toString()].join(",")+"));",r=new Blob([e],{type:"text/javascript"}),a=new Worker(URL.createObjectURL(r),{name:"wpTestEmojiSupports"});'
         'return void(a.onmessage=function(e){c(n=e.data),a.terminate(),t(n)})}catch(e){}c(n=f(s,u,p))}t(n)}).then(function(e){for(var t in e)n.supports[t]=e[t],'
         'n.supports.everything=n.supports.everything&&n.supports[t],"flag"!==t&&(n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&n.supports[t]);'
         'n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,n.readyCallback=function(){n.DOMReady=!0}}).then(function(){'
         'return e}).then(function(){var e;n.supports.everything||(n.readyCallback(),(e=n.source||{}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&'
         '(t(e.twemoji),t(e.wpemoji)))}))}((window,document),window._wpemojiSettings);')


def prebid(a):
    rng = _random.Random(a["post_id"])
    units = []
    for code, sizes in (("mn-ad-top", [[970, 90], [728, 90], [320, 100]]), ("mn-ad-incontent", [[300, 250], [336, 280]]),
                        ("mn-ad-sidebar", [[300, 600], [300, 250]]), ("mn-ad-footer", [[728, 90], [320, 50]])):
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}},
                      "bids": [{"bidder": b, "params": {"placementId": str(rng.randint(10000000, 99999999)), "siteId": "canterarosa"}}
                               for b in ("adnexa", "bidloop", "orbwave", "vertigrid", "quantify", "lumacast")]})
    return _json.dumps({"adUnits": units, "timeout": 1500, "currency": {"adServerCurrency": "MXN"}}, separators=(",", ":"))


def related_data(a):
    rng = _random.Random(a["post_id"] + 2)
    pool = MAS_LEIDO + TICKER + a["related"]
    out = []
    for i in range(36):
        t = pool[(a["post_id"] + i * 7) % len(pool)]
        pid = a["post_id"] - 40 - i * 13
        d = a["pub"] - _dt.timedelta(hours=rng.randint(2, 500))
        out.append({"id": pid, "title": {"rendered": t}, "link": f"{HOST}/{rng.choice(MENU)[1]}/{slug(t)}/", "date": iso(d),
                    "excerpt": {"rendered": EXTRACTOS[(pid + i) % len(EXTRACTOS)]},
                    "img": {"src": f"{HOST}/wp-content/uploads/{d:%Y/%m}/{slug(t)[:30]}-300x200.jpg",
                            "srcset": ", ".join(f"{HOST}/wp-content/uploads/{d:%Y/%m}/{slug(t)[:30]}-{w}x{w * 2 // 3}.jpg {w}w" for w in (150, 300, 768, 1024))},
                    "categories": [rng.randint(2, 40)], "comment_count": rng.randint(0, 30)})
    return _json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def widget_data(a):
    rng = _random.Random(a["post_id"] + 1)
    munis = ["Zacatecas", "Guadalupe", "Fresnillo", "Jerez", "Río Grande", "Sombrerete", "Calera", "Villanueva", "Jalpa", "Tlaltenango",
             "Nochistlán", "Pinos", "Ojocaliente", "Loreto", "Juan Aldama", "Valparaíso", "Concepción del Oro", "Teúl", "Juchipila", "Miguel Auza"]
    clima = [{"municipio": m, "max": rng.randint(12, 32), "min": rng.randint(-2, 16), "cielo": rng.choice(["Soleado", "Nublado", "Lluvia ligera", "Parcialmente nublado"])} for m in munis]
    tipo = {"dolar": round(rng.uniform(16.5, 20.9), 4), "euro": round(rng.uniform(18, 23), 4)}
    return _json.dumps({"clima": clima, "tipo_cambio": tipo, "farmacias": [{"municipio": m, "nombre": f"Farmacia {rng.choice(['del Centro', 'San José', 'La Bufa', 'Guadalupana', 'Plateros'])}",
                                                                               "direccion": f"Av. {rng.choice(['Hidalgo', 'Juárez', 'Morelos', 'Torreón', 'López Velarde'])} {rng.randint(1, 900)}"} for m in munis[:12]]},
                       ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- rendering

def render_body(a, tpi=True):
    out, blocks = [], []
    if a.get("excerpt"):
        blocks.append(Block("paragraph", a["excerpt"], optional=True))
    if a.get("featured"):
        blocks.append(Block("caption", a["featured"][0], optional=True))
    br = a.get("br_runs")
    for part in a["parts"]:
        k = part[0]
        if k == "p":
            out.append(f"{text(part[1])}<br><br>" if br else f"<p>{text(part[1])}</p>")
            blocks.append(Block("paragraph", part[1]))
        elif k == "h":
            out.append(f'<h2 class="wp-block-heading">{text(part[1])}</h2>')
            blocks.append(Block("heading", part[1]))
        elif k == "ul":
            out.append('<ul class="wp-block-list">' + "".join(f"<li>{text(x)}</li>" for x in part[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in part[1]]
        elif k == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{text(part[1])}</p></blockquote>')
            blocks.append(Block("quote", part[1]))
        elif k == "gallery":
            figs = "".join(f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" '
                           f'src="{HOST}/wp-content/uploads/{a["pub"]:%Y/%m}/{a["slug"][:30]}-{i + 1}-1024x683.jpg" alt="" '
                           f'srcset="{HOST}/wp-content/uploads/{a["pub"]:%Y/%m}/{a["slug"][:30]}-{i + 1}-1024x683.jpg 1024w, {HOST}/wp-content/uploads/{a["pub"]:%Y/%m}/{a["slug"][:30]}-{i + 1}-300x200.jpg 300w" '
                           f'sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{text(c)}</figcaption></figure>'
                           for i, c in enumerate(part[1]))
            out.append(f'<figure class="wp-block-gallery has-nested-images columns-2 is-cropped mn-gallery">{figs}</figure>')
            blocks += [Block("caption", c, optional=True) for c in part[1]]
        elif k == "ad":
            out.append(f'<div class="mn-ad mn-ad-incontent" id="mn-ad-incontent" data-ad-unit="/22790455/canterarosa/incontent"></div>')
        elif k == "tpi" and tpi:
            _, t, s_ = part
            out.append(f'<div class="mn-tpi"><span>Te puede interesar</span><a href="{HOST}/{s_}/{slug(t)}/">{text(t)}</a></div>')
    return "\n".join(out), blocks


def page(a, tpi=True):
    body_html, blocks = render_body(a, tpi)
    pub, mod = a["pub"], a.get("mod")
    old = pub.year <= 2017
    url = a["url"]
    seo = a.get("seo")
    if a.get("bare_title"):
        title = a["headline"]
    else:
        title = f'{seo or a["headline"]} - {NAME}'
    og = seo or a["headline"]
    desc = a.get("excerpt") or a["parts"][0][1][:155]
    wp_author = a.get("wp_author", a["authors"][0])
    img = f'{HOST}/wp-content/uploads/{pub:%Y/%m}/{a["slug"][:40]}.jpg'
    meta_pub = mod if (mod and a.get("meta_pub_is_mod", True)) else pub
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": ([{"name": n, "@id": f"{HOST}/#/schema/person/{slug(n)}"} for n in a["authors"]] if len(a["authors"]) > 1 and not a.get("wp_author")
                    else {"name": wp_author, "@id": f"{HOST}/#/schema/person/{slug(wp_author)}"}),
         "headline": a["headline"], "datePublished": iso(pub), "dateModified": iso(mod or pub), "mainEntityOfPage": {"@id": url},
         "wordCount": sum(len(b.text.split()) for b in blocks if not b.optional), "publisher": {"@id": f"{HOST}/#organization"},
         "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": img, "keywords": a["tags"], "articleSection": [a["cat"]], "inLanguage": "es-MX"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": iso(pub),
         "dateModified": iso(mod or pub), "description": desc, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "es-MX"},
        {"@type": "ImageObject", "inLanguage": "es-MX", "@id": f"{url}#primaryimage", "url": img, "contentUrl": img, "width": 1200, "height": 800},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Inicio", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": a["cat"], "item": f"{HOST}/{a['cat_slug']}/"},
            {"@type": "ListItem", "position": 3, "name": a["headline"]}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": HOST + "/", "name": NAME, "description": "Noticias de Zacatecas",
         "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "es-MX"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": NAME, "url": HOST + "/",
         "logo": {"@type": "ImageObject", "url": f"{HOST}/wp-content/uploads/2019/01/logo-cantera-rosa.png", "width": 600, "height": 120}},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{slug(wp_author)}", "name": wp_author, "url": f"{HOST}/author/{slug(wp_author)}/"}]}
    h = ['<!DOCTYPE html>', '<html lang="es-MX">', "<head>", '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<link rel="profile" href="https://gmpg.org/xfn/11">',
         f"<title>{esc(title)}</title>",
         "<!-- This site is optimized with the Yoast SEO plugin v22.1 - https://yoast.com/wordpress/plugins/seo/ -->",
         f'<meta name="description" content="{esc(desc)}" />', '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />',
         f'<link rel="canonical" href="{url.split("?")[0]}" />', '<meta property="og:locale" content="es_MX" />', '<meta property="og:type" content="article" />',
         f'<meta property="og:title" content="{esc(og)}" />', f'<meta property="og:description" content="{esc(desc)}" />',
         f'<meta property="og:url" content="{url.split("?")[0]}" />', f'<meta property="og:site_name" content="{NAME}" />',
         '<meta property="article:publisher" content="https://facebook.example/canterarosa" />',
         f'<meta property="article:published_time" content="{iso(meta_pub)}" />']
    if mod:
        h.append(f'<meta property="article:modified_time" content="{iso(mod)}" />')
    h += [f'<meta property="og:image" content="{img}" />', '<meta property="og:image:width" content="1200" />', '<meta property="og:image:height" content="800" />',
          f'<meta name="author" content="{esc(wp_author)}" />', '<meta name="twitter:card" content="summary_large_image" />',
          '<meta name="twitter:label1" content="Escrito por" />', f'<meta name="twitter:data1" content="{esc(wp_author)}" />',
          f'<script type="application/ld+json" class="yoast-schema-graph">{_json.dumps(graph, ensure_ascii=False)}</script>',
          "<!-- / Yoast SEO plugin. -->",
          f"<script>\n{EMOJI}\n</script>",
          f'<link rel="stylesheet" id="wp-block-library-css" href="{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all" />',
          f'<link rel="stylesheet" id="mineral-news-css" href="{HOST}/wp-content/themes/mineral-news/style.css?ver=3.6.2" media="all" />',
          f'<style id="mineral-news-inline-css">{CSS}{theme_css("mn", a["post_id"], 380)}</style>',
          f'<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a["post_id"]}" />',
          '<meta name="generator" content="WordPress 6.4.3" />', f"<link rel='shortlink' href='{HOST}/?p={a['post_id']}' />",
          f'<script>var pbjs=pbjs||{{}};pbjs.que=pbjs.que||[];pbjs.que.push(function(){{pbjs.setConfig({prebid(a)});}});</script>',
          "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],"
          "j=d.createElement(s);j.async=true;j.src='https://tags.canterarosa.example/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-CR5Z7M');</script>",
          "</head>"]
    nav = "".join(f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{100 + i}"><a href="{HOST}/{s_}/">{n}</a></li>'
                  for i, (n, s_) in enumerate(MENU))
    brand = (f'<h1 class="site-title"><a href="{HOST}/" rel="home">{NAME}</a></h1>' if old
             else f'<p class="site-title"><a href="{HOST}/" rel="home">{NAME}</a></p>')
    ticker = ""
    if a.get("ticker"):
        items = "".join(f'<li><time datetime="{iso(a["ticker_time"] - _dt.timedelta(minutes=23 * i))}">{(a["ticker_time"] - _dt.timedelta(minutes=23 * i)):%H:%M}</time>'
                        f'<a href="{HOST}/zacatecas/{slug(t)}/">{text(t)}</a></li>' for i, t in enumerate(TICKER))
        ticker = f'<div class="mn-ticker"><div class="mn-container"><strong>Lo último</strong><ul>{items}</ul></div></div>'
    upd = f' <span class="mn-updated">Actualizado: {fecha(mod)}</span>' if mod else ""
    names = " y ".join(f'<span class="author vcard"><a class="url fn n" href="{HOST}/author/{slug(n)}/">{text(n)}</a></span>' for n in a["authors"])
    meta = f'<div class="entry-meta"><span class="byline">Por {names}</span><span class="posted-on">{fecha(pub)}</span>{upd}</div>'
    if a.get("gallery_title"):
        hl = f'<h2 class="mn-gallery__title entry-title">{text(a["headline"])}</h2>'
    else:
        hl = f'<h1 class="entry-title">{text(a["headline"])}</h1>'
    exc = f'<p class="mn-excerpt">{text(a["excerpt"])}</p>' if a.get("excerpt") else ""
    feat = ""
    if a.get("featured"):
        cap, credit = a["featured"]
        feat = (f'<div class="post-thumbnail"><figure class="wp-caption"><img width="1024" height="683" src="{img.replace(".jpg", "-1024x683.jpg")}" '
                f'class="attachment-large size-large wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="{img.replace(".jpg", "-1024x683.jpg")} 1024w, '
                f'{img.replace(".jpg", "-300x200.jpg")} 300w, {img.replace(".jpg", "-768x512.jpg")} 768w, {img} 1200w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                f'<figcaption class="wp-caption-text">{text(cap)} <em>({text(credit)})</em></figcaption></figure></div>')
    tags = "".join(f'<a href="{HOST}/tag/{slug(t)}/" rel="tag">{text(t)}</a>' for t in a["tags"])
    reco = "".join(f'<div class="mn-grid__item"><a href="{HOST}/zacatecas/{slug(t)}/"><img src="{HOST}/wp-content/uploads/{a["pub"]:%Y/%m}/reco-{i}-300x200.jpg" alt="" loading="lazy" width="300" height="200">'
                   f'<h4>{text(t)}</h4><p>{text(EXTRACTOS[(a["post_id"] + i) % len(EXTRACTOS)])}</p></a></div>'
                   for i, t in enumerate([MAS_LEIDO[(a["post_id"] + 5 + i * 3) % len(MAS_LEIDO)] for i in range(4)]))
    rel = "".join(f'<li><a href="{HOST}/{a["cat_slug"]}/{slug(t)}/">{text(t)}</a></li>' for t in a["related"])
    ml = "".join(f'<li><a href="{HOST}/zacatecas/{slug(t)}/">{text(t)}</a></li>' for t in [MAS_LEIDO[(a["post_id"] + i * 3) % len(MAS_LEIDO)] for i in range(5)])
    wrap_open = (f'<div id="post-{a["post_id"]}" class="post-{a["post_id"]} post type-post status-publish format-standard hentry category-{a["cat_slug"]}">' if old
                 else f'<article id="post-{a["post_id"]}" class="post-{a["post_id"]} post type-post status-publish format-{"gallery" if a.get("gallery_title") else "standard"} has-post-thumbnail hentry category-{a["cat_slug"]}">')
    wrap_close = "</div>" if old else "</article>"
    content_cls = "entry-content mn-legacy" if a.get("br_runs") else "entry-content"
    body = f"""<body class="post-template-default single single-post postid-{a["post_id"]} single-format-{"gallery" if a.get("gallery_title") else "standard"} mn-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Saltar al contenido</a>
<div class="mn-topbar"><div class="mn-container"><span class="mn-topbar__place">Zacatecas, Zac.</span> <span class="mn-topbar__date">{HOY[a["pub"].weekday()]} {a["pub"].day} de {MESES[a["pub"].month - 1]} de {a["pub"].year}</span>
<span class="mn-topbar__links"><a href="{HOST}/edicion-impresa/">Edición impresa</a> <a href="{HOST}/suscripciones/">Suscripciones</a> <a href="{HOST}/contacto/">Contacto</a></span></div></div>
<header id="masthead" class="site-header"><div class="mn-container"><div class="site-branding">{brand}<p class="site-description">Noticias de Zacatecas</p>
<div class="mn-header-ad mn-ad" id="mn-ad-top"></div></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menú</button><ul id="primary-menu" class="menu">{nav}</ul></nav>
</div></header>
{ticker}
<div id="content" class="site-content"><div class="mn-container"><div class="mn-layout">
<div id="primary" class="content-area"><main id="main" class="site-main">
{wrap_open}
<header class="entry-header"><a class="mn-cat" href="{HOST}/{a["cat_slug"]}/">{a["cat"]}</a>
{hl}
{exc}
{meta}
</header>
{feat}
<div class="{content_cls}">
{body_html}
</div>
<footer class="entry-footer"><span class="tags-links">Etiquetas: {tags}</span>
<div class="mn-share"><a href="https://facebook.example/sharer/sharer.php?u={url}">Facebook</a><a href="https://x.example/intent/tweet?url={url}">X</a><a href="https://wa.example/send?text={url}">WhatsApp</a></div></footer>
{wrap_close}
<div class="mn-related"><h3>Notas relacionadas</h3><ul>{rel}</ul></div>
<div class="mn-recomendamos"><h3>Te recomendamos</h3><div class="mn-grid">{reco}</div></div>
<div class="mn-comments" id="comentarios"><h3>Comentarios</h3><div class="fb-comments" data-href="{url.split("?")[0]}" data-numposts="5" data-width="100%"></div></div>
</main></div>
<aside id="secondary" class="widget-area"><div class="mn-sidebar-inner">
<section class="widget mn-ad" id="mn-ad-sidebar"></section>
<section class="widget mn-mostread"><h2 class="widget-title">Lo más leído</h2><ol>{ml}</ol></section>
<section class="widget mn-weather" data-source="#mn-widget-data"><h2 class="widget-title">El clima</h2></section>
</div></aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="mn-container">
<div class="mn-footer-cats">{"".join(f'<a href="{HOST}/{s_}/">{n}</a>' for n, s_ in MENU)}</div>
<nav class="footer-navigation"><a href="{HOST}/quienes-somos/">Quiénes somos</a> · <a href="{HOST}/contacto/">Contacto</a> · <a href="{HOST}/publicidad/">Publicidad</a> · <a href="{HOST}/aviso-de-privacidad/">Aviso de privacidad</a></nav>
<p>© {a["pub"].year} Diario Cantera Rosa. Todos los derechos reservados.</p></div></footer>
</div>
<div class="mn-aviso" id="mn-aviso">Usamos cookies para mejorar tu experiencia y mostrar publicidad relevante. Al continuar navegando aceptas nuestro <a href="{HOST}/aviso-de-privacidad/">aviso de privacidad</a>. <button type="button" data-aviso="ok">Aceptar</button></div>
<script type="application/json" id="mn-widget-data">{widget_data(a)}</script>
<script type="application/json" id="mn-related-data">{related_data(a)}</script>
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{HOST}/wp-content/themes/mineral-news/js/theme.min.js?ver=3.6.2" id="mineral-news-js"></script>
<script>document.addEventListener("DOMContentLoaded",function(){{var b=document.getElementById("mn-aviso");if(b&&!localStorage.getItem("mn_aviso")){{b.style.display="block";}}
b&&b.querySelector("button").addEventListener("click",function(){{localStorage.setItem("mn_aviso","1");b.style.display="none";}});}});</script>
</body></html>"""
    return "\n".join(h) + "\n" + body, blocks


def tags_of(a, blocks, tpi=True):
    t = {"nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "most-read", "ad-slots", "comments", "tag-list",
         "json-ld", "localized-date", "local-time-zone", "decoy-date", "kicker"}  # kicker: the category label above the <h1> (GUIDELINES 3)
    kinds = [p[0] for p in a["parts"] if p[0] != "tpi" or tpi]
    text_at = [i for i, k in enumerate(kinds) if k in ("p", "h", "ul", "quote")]
    between = {k for i, k in enumerate(kinds) if text_at[0] < i < text_at[-1]}
    if between & {"ad", "tpi"}:
        t.add("teasers-in-article")
    if "tpi" in between:
        t.add("inline-related")
    bk = {b.kind for b in blocks}
    if "heading" in bk:
        t.add("subheadings")
    if "list_item" in bk:
        t.add("list-in-body")
    if "caption" in bk:
        t.add("photo-caption")
    if "gallery" in kinds:
        t.add("image-gallery")
    if a.get("excerpt"):
        t.add("standfirst")
    if a.get("mod"):
        t.add("updated-date")
    if len(a["authors"]) > 1:
        t.add("multiple-authors")
    if a.get("seo"):
        t.add("title-differs-from-headline")
    if a.get("ticker") or a.get("decoy"):
        t.add("decoy-date")
    if a.get("dated_url"):
        t.add("date-in-url")
    if a.get("dateline"):
        t.add("dateline")
    return sorted(t)


# Notes migrated from the 2015-2019 Joomla archive keep only the printed date line: no date meta,
# no JSON-LD dates, no <time datetime> (the variant 13 follows its original 04).
NO_DATE_META = {f"{SITE}-0{n}" for n in (1, 2, 4, 5, 6)}

# Notas más largas (realism wave: body length): una sección más de reportaje antes del párrafo final de la
# nota. Las personas y organizaciones nuevas se suman a la lista de entidades.
MORE = {
    f"{SITE}-01": ([
        ("h", "Piezas para templos y casonas"),
        ("p", "Los maestros esperan que, con el tiempo, el taller pueda recibir encargos de restauración. En el Centro Histórico hay "
              "decenas de fachadas con molduras rotas o desgastadas por la lluvia, y muchas veces los propietarios no encuentran quién "
              "las repare con la misma piedra. “Una moldura mal puesta se nota desde la calle. La cantera tiene que ser de la misma veta "
              "y del mismo color”, explicó don Eusebio Castañeda."),
        ("p", "La arquitecta Leticia Berumen, que ha trabajado en la restauración de varias casonas, dijo que contar con canteros jóvenes "
              "bien formados sería una ayuda para quienes cuidan los edificios antiguos. “Hoy esperamos meses a que un maestro tenga tiempo. "
              "Si en unos años hay treinta muchachos que saben hacer el trabajo, cambia todo”, comentó."),
        ("p", "La unión ya recibió una primera solicitud: la parroquia de la colonia pidió una pila bautismal de cantera para su capilla. "
              "Robles dijo que los aprendices participarán en la pieza desde el trazo hasta el pulido, con la supervisión de dos maestros, "
              "y que el dinero que se obtenga servirá para comprar más herramienta para el taller. La entrega está prevista para diciembre, antes de las "
              "fiestas de fin de año, y la pila llevará grabados los nombres de todos los aprendices."),
    ], [("Leticia Berumen", "PER")]),
    f"{SITE}-02": ([
        ("h", "Las remesas, sostén del pueblo"),
        ("p", "En la cabecera municipal, el efecto de las remesas se nota en las casas de dos pisos que se levantan con dinero enviado desde "
              "el norte, en las camionetas con placas de California y en los comercios que abren más días durante las fiestas de diciembre, "
              "cuando regresan los paisanos. Los comerciantes calculan que en esas semanas sus ventas se duplican."),
        ("p", "El tesorero municipal, Ezequiel Haro Medina, explicó que el ayuntamiento tiene poco presupuesto para obras y que sin la "
              "participación de los clubes muchas de ellas no se habrían hecho. “Nosotros ponemos una parte, ellos otra, y así sale. Si "
              "dependiéramos solo del municipio, las aulas tardarían años”, reconoció."),
        ("p", "No todos ven con buenos ojos esa dependencia. El profesor jubilado Anselmo Luévano, que dio clases en la secundaria durante "
              "tres décadas, considera que los gobiernos estatal y federal deberían hacerse cargo de las escuelas. “Se agradece lo que hacen "
              "los paisanos, pero no es justo que ellos, que se fueron porque aquí no había trabajo, tengan que pagar lo que le toca al "
              "gobierno”, dijo."),
        ("p", "Villegas respondió que el club no pretende sustituir a nadie. “Nosotros hacemos lo que podemos, y si el gobierno también pone, "
              "mejor”, afirmó. El club planea reunirse en enero en Los Ángeles para definir el presupuesto del laboratorio de cómputo."),
        ("p", "Mientras tanto, los integrantes del club que viajaron para la entrega aprovecharon para visitar a sus familias y recorrer el "
              "pueblo. Algunos no habían vuelto en más de diez años, porque su situación migratoria no les permitía cruzar la frontera. "
              "“Uno ve las fotos, pero no es lo mismo que estar aquí, en la plaza, con la banda tocando”, dijo uno de ellos."),
    ], [("Ezequiel Haro Medina", "PER"), ("Anselmo Luévano", "PER")]),
}


def lengthened(a):
    """La nota con su sección MORE antes del último párrafo (sin cambios si no tiene una)."""
    if a["id"] not in MORE:
        return a
    extra, entities = MORE[a["id"]]
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    return dict(a, parts=a["parts"][:last] + extra + a["parts"][last:],
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]])


def build(a, id_=None, variant_of=None, url=None, notes=None, tpi=True):
    a = lengthened(a)
    html_page, blocks = page(dict(a, url=url or a["url"]), tpi=tpi)
    art = Article(id=id_ or a["id"], site=SITE, url=url or a["url"], language="es", headline=a["headline"],
                  published=iso(a["pub"]), modified=iso(a["mod"]) if a.get("mod") else None, authors=a["authors"],
                  summary=a.get("excerpt", ""), blocks=blocks, entities=a["entities"], phenomena=tags_of(a, blocks, tpi),
                  notes=notes if notes is not None else a.get("notes", ""), variant_of=variant_of)
    if a["id"] in NO_DATE_META:
        art, html_page = drop_date_metadata(art, html_page)
    p = emit(art, html_page, "utf-8")
    print(f"{art.id}\t{p.parents[1].joinpath('raw_html', art.id + '.html').stat().st_size / 1024:.1f} KB")


ARTICLES = []


def A(**kw):
    kw["slug"] = slug(kw["headline"])
    if kw.get("dated_url"):
        kw["url"] = f"{HOST}/{kw['pub']:%Y/%m/%d}/{kw['slug']}/"
    else:
        kw["url"] = f"{HOST}/{kw['cat_slug']}/{kw['slug']}/"
    ARTICLES.append(kw)

# ---------------------------------------------------------------- 01: cantera carvers (old theme, dated permalink)
A(id=f"{SITE}-01", post_id=11842, cat="Cultura", cat_slug="cultura", dated_url=True,
  pub=dt(2015, 8, 21, 10, 35),
  headline="Canteros de Guadalupe estrenan taller comunitario para enseñar el oficio a jóvenes",
  excerpt="El espacio, construido con aportaciones de los propios artesanos, recibirá a 30 aprendices en su primera generación.",
  authors=["Rocío Esparza Lugo"],
  featured=("Don Eusebio Castañeda talla un capitel de cantera rosa en el nuevo taller de la colonia Tierra y Libertad.", "Foto: Rocío Esparza"),
  tags=["Cantera", "Guadalupe", "Artesanos", "Oficios"],
  related=["Restauran fachada del templo de San Francisco", "Artesanos llevan piezas de cantera a feria en Guadalajara", "El oficio de cantero, en riesgo de desaparecer"],
  parts=[
      ("p", "Después de casi dos años de trabajo, los canteros de Guadalupe inauguraron este jueves un taller comunitario en la colonia Tierra y Libertad, donde enseñarán a jóvenes de la región el oficio de tallar la piedra rosada que distingue a la arquitectura de Zacatecas."),
      ("p", "El taller, de unos 300 metros cuadrados, fue levantado con aportaciones económicas y mano de obra de los 22 integrantes de la Unión de Canteros Artesanos de Guadalupe, así como con donativos de comerciantes de la zona. Cuenta con mesas de trabajo, un área techada para cortar bloques y una pequeña sala de exhibición."),
      ("p", "Don Eusebio Castañeda, de 71 años y con más de medio siglo en el oficio, será uno de los maestros. “Yo aprendí viendo a mi papá, sentado en el suelo, con un cincel y un marro. Ahora los muchachos van a tener un lugar bonito para aprender, con herramienta y con maestros que les expliquen”, comentó."),
      ("p", "La cantera rosa se extrae de bancos de piedra en los alrededores de la capital y de Guadalupe. Es una roca volcánica relativamente blanda al salir del banco, lo que permite tallarla con detalle, pero que se endurece con el paso de los años al contacto con el aire. Con ella se levantaron la catedral, los templos y buena parte de las casonas del Centro Histórico."),
      ("p", "Los canteros explican que el oficio tiene dos ramas: la de quienes cortan y labran los bloques para construcción, y la de quienes hacen piezas decorativas, como molduras, capiteles, fuentes y esculturas. En el taller se enseñarán ambas, aunque los maestros reconocen que la segunda es la que más atrae a los jóvenes."),
      ("ad",),
      ("p", "La primera generación estará formada por 30 aprendices de entre 15 y 25 años, quienes recibirán clases tres tardes por semana durante un año. Aprenderán a reconocer las vetas de la piedra, a cortar bloques, a trazar y a tallar molduras, columnas y figuras. Las piezas que elaboren podrán venderse en la sala de exhibición y el dinero se repartirá entre los alumnos."),
      ("p", "Según los artesanos, en Guadalupe quedan menos de cien canteros en activo, la mayoría mayores de 50 años. Muchos jóvenes prefieren emigrar a Estados Unidos o trabajar en la construcción, donde la paga es más segura."),
      ("tpi", "El oficio de cantero, en riesgo de desaparecer", "cultura"),
      ("p", "Martín Robles, presidente de la unión, explicó que la idea del taller surgió en 2013, cuando varios talleres familiares cerraron porque ya no había quién continuara el trabajo. “Si no hacemos algo, en diez años no va a haber quién arregle las fachadas de los templos ni quién haga una fuente para una plaza”, advirtió."),
      ("p", "Entre los primeros inscritos está Karla Ramírez, de 19 años, una de las cuatro mujeres de la generación. “Mi abuelo era cantero y siempre me dijeron que eso no era trabajo para mujeres. Yo quiero demostrar que sí se puede”, dijo la joven, que estudia la preparatoria por las mañanas."),
      ("p", "Los alumnos no pagarán colegiatura, pero deberán comprometerse a asistir al menos al 80 por ciento de las clases. Quienes terminen el año recibirán un juego de herramientas básicas, donado por una ferretería de la ciudad, y una constancia firmada por los maestros de la unión."),
      ("p", "El trabajo de cantero también implica riesgos. Los artesanos mayores recuerdan a compañeros que perdieron la vista de un ojo por una esquirla o que enfermaron de los pulmones por respirar el polvo de la piedra durante años. Por eso, dijo Robles, una de las primeras lecciones será el uso de lentes, mascarilla y guantes."),
      ("p", "Los canteros también buscan abrir mercado fuera del estado. El año pasado, la unión participó en una feria artesanal en Guadalajara y recibió pedidos de arquitectos y decoradores interesados en piezas para casas y jardines. Robles dijo que el taller permitirá atender esos encargos sin descuidar la enseñanza."),
      ("p", "La inauguración se realizó con una comida para las familias de los artesanos y la presentación de una pieza elaborada entre todos: una fuente de cantera de dos metros de altura que será colocada en el jardín principal de la colonia."),
  ],
  entities=[("Guadalupe", "LOC"), ("Tierra y Libertad", "LOC"), ("Zacatecas", "LOC"), ("Unión de Canteros Artesanos de Guadalupe", "ORG"),
            ("Eusebio Castañeda", "PER"), ("Estados Unidos", "LOC"), ("Martín Robles", "PER"), ("Robles", "PER"), ("Karla Ramírez", "PER"),
            ("Guadalajara", "LOC"), ("Centro Histórico", "LOC")],
  notes="Old theme: the site name is an <h1> above the headline's <h1>; the post date is text only ('21 de agosto de 2015 · 10:35 hrs', Mexico City time, summer offset -05:00); the photo credit is left out of the caption block.")


# ---------------------------------------------------------------- 02: remittances build a school (old theme, migrated <br> runs, SEO title)
A(id=f"{SITE}-02", post_id=13977, cat="Municipios", cat_slug="municipios", br_runs=True,
  pub=dt(2016, 4, 12, 18, 20),
  headline="Migrantes de Tepetongo en California financian aulas nuevas para la secundaria del pueblo",
  seo="Migrantes zacatecanos en California construyen aulas en Tepetongo",
  authors=["Javier Sandoval Félix"],
  tags=["Migrantes", "Tepetongo", "Educación", "Remesas"],
  related=["Clubes de migrantes aportan para pavimentar calles", "Regresan a Jerez para las fiestas de Semana Santa", "Crece el envío de remesas a Zacatecas"],
  parts=[
      ("p", "Un club de migrantes originarios de Tepetongo que radican en el sur de California reunió más de un millón de pesos para construir tres aulas nuevas en la escuela secundaria de la cabecera municipal, que desde hace años funcionaba con grupos de más de 45 alumnos."),
      ("p", "Las aulas, construidas con block y techo de losa, fueron entregadas este martes en una ceremonia a la que asistieron padres de familia, maestros y cinco integrantes del Club Social Tepetongo Unido, quienes viajaron desde Los Ángeles para la ocasión."),
      ("p", "“Nosotros estudiamos aquí, en salones donde entraba el agua cuando llovía. Queríamos que nuestros sobrinos y los hijos de nuestros vecinos tuvieran algo mejor”, expresó Ramón Villegas, presidente del club, quien emigró hace 24 años y trabaja como supervisor en una empresa de jardinería."),
      ("p", "El dinero se juntó durante dos años mediante rifas, kermeses, bailes y aportaciones mensuales de alrededor de 80 familias. Parte del material fue donado por una ferretería del municipio y los padres de familia aportaron la mano de obra los fines de semana."),
      ("p", "La directora de la secundaria, Teresa Flores Acuña, explicó que la escuela tiene 310 alumnos y hasta ahora contaba con seis salones, por lo que dos grupos tomaban clase en un pasillo techado. “Con estas aulas por fin cada grupo tiene su salón. Es un cambio enorme para los muchachos y para los maestros”, señaló."),
      ("p", "Los clubes de migrantes zacatecanos tienen una larga tradición de apoyo a sus comunidades de origen. En varios municipios del sur del estado han financiado la pavimentación de calles, la construcción de capillas, canchas deportivas y pozos de agua."),
      ("p", "En Tepetongo, un municipio de poco más de siete mil habitantes, casi todas las familias tienen algún pariente en Estados Unidos. Las remesas que envían cada mes sostienen buena parte del comercio local y, en muchos hogares, son el principal ingreso."),
      ("p", "Los integrantes del club contaron que la organización se formó hace doce años en el estacionamiento de una iglesia de Los Ángeles, donde los paisanos se reunían los domingos después de misa. Al principio se juntaban para organizar el equipo de futbol y la fiesta patronal; con el tiempo empezaron a reunir dinero para obras en el pueblo."),
      ("p", "Hoy el club tiene una mesa directiva, lleva un registro de cada aportación y publica fotografías de las obras para que los donantes vean en qué se gastó su dinero. “La gente da cuando sabe que su dinero llega. Por eso mandamos fotos de cada bloque”, explicó Villegas."),
      ("p", "Ramón Villegas adelantó que el club ya piensa en su siguiente proyecto: un laboratorio de cómputo para la misma escuela. “Los muchachos de aquí tienen que aprender lo mismo que aprenden los de allá”, dijo."),
      ("p", "Los maestros de la secundaria confían en que las nuevas aulas ayuden a reducir la deserción escolar, que en los últimos años ha sido alta entre los varones. Muchos jóvenes dejan la escuela al cumplir quince años para trabajar en el campo o para irse al norte con algún familiar."),
      ("p", "“Cuando un muchacho tiene un salón digno, maestros que lo conocen y un grupo pequeño, es más difícil que se vaya. No es la solución a todo, pero ayuda”, consideró la directora Flores Acuña."),
      ("p", "Al terminar la ceremonia, los alumnos ofrecieron un bailable y una comida a los visitantes. Algunos padres de familia aprovecharon para enviar cartas y fotografías a sus familiares que viven en California por medio de los integrantes del club."),
      ("p", "Los salones nuevos cuentan con ventanas amplias, ventiladores de techo y pizarrones blancos. El club también compró 90 pupitres y un escritorio para cada maestro, y dejó pagada la instalación eléctrica para que en el futuro se puedan conectar computadoras."),
      ("p", "Para la presidenta de la sociedad de padres, Alma Delia Saucedo, el apoyo de los migrantes demuestra que la comunidad sigue unida a pesar de la distancia. “Aunque estén lejos, siguen pensando en su pueblo. Eso es lo que nos toca enseñar a los hijos”, afirmó."),
  ],
  entities=[("Tepetongo", "LOC"), ("California", "LOC"), ("Club Social Tepetongo Unido", "ORG"), ("Los Ángeles", "LOC"),
            ("Ramón Villegas", "PER"), ("Teresa Flores Acuña", "PER"), ("Alma Delia Saucedo", "PER"), ("zacatecanos", "MISC"),
            ("Villegas", "PER"), ("Flores Acuña", "PER")],
  notes="Post migrated from the previous CMS: its paragraphs are <br><br> runs in the content <div>; the Yoast SEO title is used for <title> and og:title.")


# ---------------------------------------------------------------- 03: marigold growers (old theme, desk byline)
A(id=f"{SITE}-03", post_id=16420, cat="Economía", cat_slug="economia",
  pub=dt(2017, 10, 30, 9, 5),
  headline="Productores de cempasúchil de Villanueva esperan vender 40 toneladas para Día de Muertos",
  excerpt="Las lluvias de septiembre retrasaron la floración, pero los campesinos aseguran que la flor llegará a tiempo a los mercados.",
  authors=["Redacción Cantera Rosa"],
  tags=["Cempasúchil", "Día de Muertos", "Villanueva", "Campo"],
  related=["Altares de muertos llenarán la Plaza de Armas", "Precio de la flor sube por la demanda", "Panaderos preparan miles de piezas de pan de muerto"],
  parts=[
      ("p", "A unos días del Día de Muertos, los campos de la comunidad de Tayahua, en el municipio de Villanueva, se han teñido de naranja. Cerca de 60 familias de productores se preparan para cortar la flor de cempasúchil que, según calculan, alcanzará unas 40 toneladas esta temporada."),
      ("p", "Las lluvias intensas de septiembre retrasaron la floración y pudrieron parte de las plantas en las parcelas más bajas, pero los campesinos aseguran que la mayor parte de la producción estará lista para los mercados de Zacatecas, Guadalupe y Fresnillo a partir de este martes."),
      ("p", "“Este año batallamos más, porque el agua se quedó estancada en algunos surcos y se nos perdió como una quinta parte. Pero la flor que quedó está grande y con buen color”, dijo Felipe Muro, quien siembra media hectárea junto con su esposa y sus dos hijos."),
      ("ad",),
      ("p", "Los productores venden el manojo de flor a entre 25 y 40 pesos a los intermediarios, aunque algunos prefieren llevarla directamente a los mercados de la capital, donde el precio puede llegar a los 60 pesos. El año pasado, dicen, la venta les dejó ganancias suficientes para pagar la semilla y el fertilizante del siguiente ciclo."),
      ("tpi", "Precio de la flor sube por la demanda", "economia"),
      ("p", "La siembra de cempasúchil comenzó en Tayahua hace poco más de diez años, cuando un grupo de productores de maíz y frijol decidió probar con un cultivo que dejara más dinero en poco espacio. Hoy la flor es una de las principales fuentes de ingreso de la comunidad durante el otoño."),
      ("p", "El ciclo del cempasúchil es corto. La semilla se siembra en almácigos a principios de julio, las plantas se trasplantan a las parcelas en agosto y la flor se corta en los últimos días de octubre. Si la lluvia o una helada temprana llegan en el momento equivocado, el trabajo de meses puede perderse en una noche."),
      ("p", "Por eso, muchos productores siembran en dos fechas distintas, para no arriesgar toda la cosecha. Otros han comenzado a cubrir parte de sus parcelas con malla sombra, que protege la flor del granizo, aunque el costo de instalarla es alto para la mayoría."),
      ("p", "María Guadalupe Reveles, integrante de la Sociedad de Productores Flor de Tayahua, explicó que el grupo ha comenzado a vender también semilla y plantas en maceta, para aprovechar la demanda de personas que quieren tener su propia flor en casa. “La gente ya no solo quiere el manojo para el altar, también quiere la planta”, comentó."),
      ("p", "La sociedad agrupa a 23 familias que comparten una camioneta para llevar la flor a los mercados y que compran juntas la semilla y el fertilizante para obtener mejores precios. Reveles dijo que el siguiente paso es registrar una marca propia para vender flor empacada en supermercados."),
      ("p", "Además de los mercados locales, parte de la producción se envía a Aguascalientes y San Luis Potosí. Los productores buscan ahora obtener apoyo para construir un pequeño centro de acopio con sombra, donde la flor pueda mantenerse fresca mientras llega el camión."),
      ("p", "En los mercados de la capital, los comerciantes esperan una buena temporada. Los altares de muertos en casas, escuelas y oficinas han recuperado fuerza en los últimos años, y con ellos la demanda de flor, veladoras, papel picado y pan de muerto."),
      ("p", "En el mercado de abastos de la capital, las vendedoras de flor instalan desde el fin de semana previo sus puestos con manojos de cempasúchil, terciopelo rojo y nube blanca. Algunas compran directamente a los productores de Tayahua desde hace años y les apartan la flor con anticipación."),
      ("p", "Para los productores de Tayahua, la venta de estas semanas define buena parte de sus ingresos del año. Algunos, como Muro, ya piensan en sembrar más para la próxima temporada si los precios se mantienen."),
      ("p", "Por ahora, el trabajo no para. Desde antes del amanecer, hombres, mujeres y niños recorren los surcos con tijeras y cubetas, amarrando los manojos con hilo de rafia. “Estos días son de mucho trabajo, pero también de fiesta. Es la flor que guía a nuestros muertos”, dijo Muro."),
  ],
  entities=[("Día de Muertos", "MISC"), ("Tayahua", "LOC"), ("Villanueva", "LOC"), ("Zacatecas", "LOC"), ("Guadalupe", "LOC"),
            ("Fresnillo", "LOC"), ("Felipe Muro", "PER"), ("Muro", "PER"), ("María Guadalupe Reveles", "PER"),
            ("Sociedad de Productores Flor de Tayahua", "ORG"), ("Aguascalientes", "LOC"), ("San Luis Potosí", "LOC"), ("Reveles", "PER")],
  notes="Desk byline ('Por Redacción Cantera Rosa') recorded as given; 'Día de Muertos' is MISC (a holiday); 'Guadalupe' inside the person's name is part of that PER mention. Adjudicated with the second annotation (December 2026): language is 'es', not the page's es-MX locale (GUIDELINES 2.3); the category label above the <h1> is a kicker (GUIDELINES 3); the surname 'Reveles' used alone is a PER mention (GUIDELINES 9.2).")

# ---------------------------------------------------------------- 04: water rationing in Fresnillo (new theme; variant 13 drops the 'Te puede interesar' box)
A(id=f"{SITE}-04", post_id=22305, cat="Fresnillo", cat_slug="fresnillo", bare_title=True,
  pub=dt(2019, 3, 14, 13, 45),
  headline="Vecinos de Las Huertas en Fresnillo reciben agua dos días por semana y se organizan con tinacos comunitarios",
  excerpt="El comité vecinal instaló seis tinacos de 2,500 litros en las esquinas de la colonia para repartir agua entre las familias que no tienen cisterna.",
  authors=["Ana Karen Delgado"],
  featured=("Vecinas de la colonia Las Huertas llenan cubetas en uno de los tinacos comunitarios.", "Foto: Ana Karen Delgado"),
  tags=["Agua", "Fresnillo", "Colonias", "Servicios públicos"],
  related=["Tandeo de agua se extiende a diez colonias más", "Lluvias no alcanzan para recuperar los pozos", "Vecinos protestan por recibos de agua elevados"],
  parts=[
      ("p", "En la colonia Las Huertas, al oriente de Fresnillo, el agua llega por la tubería solo los martes y los viernes, y a veces apenas unas horas. Para que ninguna familia se quede sin agua el resto de la semana, los vecinos instalaron seis tinacos comunitarios de 2,500 litros que se llenan los días de servicio y se reparten por turnos."),
      ("p", "La idea surgió en enero, cuando el tandeo se endureció por la baja en el nivel de los pozos que abastecen a esta parte de la ciudad. Las familias que tienen cisterna pueden guardar agua para varios días, pero en Las Huertas, una colonia de unas 600 viviendas, muchas casas solo tienen tambos o cubetas."),
      ("p", "“Aquí hay señoras solas, adultos mayores, familias que rentan y no pueden poner una cisterna. Si no nos organizamos, ellos son los primeros que se quedan sin agua”, explicó Gabriela Ortiz, integrante del Comité Vecinal del Agua Las Huertas."),
      ("ad",),
      ("h", "Turnos y cuaderno de registro"),
      ("p", "El comité compró los tinacos con una cooperación de 50 pesos por familia y con el apoyo de un comerciante de la colonia, que donó dos de ellos. Cada tinaco está a cargo de una vecina o vecino que abre la llave por la mañana y por la tarde y anota en un cuaderno cuántas cubetas se lleva cada casa."),
      ("p", "El acuerdo es sencillo: cada familia puede llenar hasta seis cubetas al día, y las casas con enfermos o bebés tienen prioridad. Si sobra agua al final de la semana, se usa para regar los árboles del jardín de la colonia."),
      ("p", "Los vecinos también acordaron revisar juntos las tomas domiciliarias para detectar fugas. En las primeras semanas encontraron una docena de tuberías rotas bajo las banquetas, algunas de las cuales llevaban meses tirando agua sin que nadie lo notara."),
      ("tpi", "Tandeo de agua se extiende a diez colonias más", "fresnillo"),
      ("p", "Don Aurelio Saldívar, de 78 años, vive solo y tiene problemas para cargar peso. Dos jóvenes de la cuadra le llevan sus cubetas cada mañana. “Antes tenía que pagarle a alguien para que me trajera agua de la pipa. Ahora los muchachos me ayudan y yo les invito un café”, contó."),
      ("h", "Pozos agotados"),
      ("p", "Especialistas en agua subterránea han advertido desde hace años sobre la sobreexplotación de los acuíferos de la región, donde la extracción para uso agrícola, industrial y urbano supera la recarga natural. En Fresnillo, varios pozos antiguos han reducido su caudal y algunos han tenido que perforarse a mayor profundidad."),
      ("p", "El ingeniero hidráulico Rogelio Acosta, catedrático jubilado, señaló que las soluciones vecinales ayudan a repartir mejor el agua disponible, pero no resuelven el problema de fondo. “Se necesita reparar fugas, que en algunas redes superan el 40 por ciento, y planear nuevas fuentes. Los tinacos comunitarios son un remedio, no una cura”, dijo."),
      ("p", "Las familias de Las Huertas han cambiado también sus costumbres. Muchas reutilizan el agua de la lavadora para el baño, recogen la lluvia en tambos durante el verano y lavan los trastes en tinas para no dejar la llave abierta. En la escuela primaria de la colonia, los maestros organizaron un concurso de carteles sobre el cuidado del agua."),
      ("p", "Para las mujeres, que en la mayoría de los hogares se encargan de acarrear el agua, el cambio ha sido notable. “Antes pasaba toda la mañana esperando la pipa o buscando quién me vendiera un tambo. Ahora sé a qué hora abren el tinaco y en diez minutos termino”, contó Imelda Gutiérrez, madre de cuatro hijos."),
      ("p", "Mientras tanto, el comité de Las Huertas ya recibe visitas de vecinos de otras colonias que quieren copiar el modelo. Gabriela Ortiz dice que el mayor logro no son los tinacos, sino que los vecinos se conocen más. “Antes cada quien se encerraba en su casa. Ahora, si alguien no viene por su agua, vamos a ver si está bien”, comentó."),
  ],
  entities=[("Las Huertas", "LOC"), ("Fresnillo", "LOC"), ("Gabriela Ortiz", "PER"), ("Comité Vecinal del Agua Las Huertas", "ORG"),
            ("Aurelio Saldívar", "PER"), ("Rogelio Acosta", "PER"), ("Imelda Gutiérrez", "PER")],
  notes="The <title> is the bare headline (no site name); the Yoast graph's datePublished agrees with the visible date; the 'Te puede interesar' box and the in-content ad are not body.")


# ---------------------------------------------------------------- 05: mariachi online (updated next day; meta published_time = update)
A(id=f"{SITE}-05", post_id=25118, cat="Cultura", cat_slug="cultura",
  pub=dt(2020, 6, 18, 20, 10), mod=dt(2020, 6, 19, 11, 30),
  headline="Sin fiestas ni serenatas, mariachis de Zacatecas tocan por videollamada para sobrevivir",
  excerpt="Cerca de 200 músicos de la capital se quedaron sin trabajo por la suspensión de eventos; algunos cobran 300 pesos por una canción en línea.",
  authors=["Rocío Esparza Lugo"],
  featured=("El Mariachi Plata y Cantera ensaya en el patio de la casa de su director, en el barrio de La Pinta.", "Foto: Rocío Esparza"),
  tags=["Mariachi", "Pandemia", "Músicos", "Cultura"],
  related=["Músicos callejeros piden apoyo económico", "Suspenden festejos patronales en municipios", "Artistas ofrecen conciertos en redes sociales"],
  parts=[
      ("p", "El mariachi Plata y Cantera solía tocar en tres o cuatro fiestas cada fin de semana: bodas, quince años, cumpleaños y serenatas. Desde marzo no ha tenido un solo evento. Para no dejar de cantar, y para seguir llevando dinero a casa, sus ocho integrantes ahora tocan frente a un teléfono celular."),
      ("p", "“Nos conectamos por videollamada, la familia pone la pantalla en la mesa y nosotros tocamos desde aquí, como si estuviéramos en la puerta de su casa”, explicó Ismael Márquez, director del grupo, en el patio de su casa en el barrio de La Pinta, donde el mariachi ensaya desde hace 15 años."),
      ("p", "Por una canción cobran 300 pesos y por una serenata de media hora, alrededor de 1,500. Es mucho menos de lo que ganaban antes, pero, dicen, es mejor que nada. En una buena semana reciben cinco o seis pedidos, muchos de familias zacatecanas que viven en Estados Unidos y quieren felicitar a sus padres o abuelos."),
      ("p", "Tocar para una pantalla no es fácil. El sonido de las trompetas satura los micrófonos de los teléfonos, la conexión a internet se corta en los momentos menos oportunos y, al terminar, no hay aplausos. “Antes veíamos la cara de la gente, quién lloraba, quién bailaba. Ahora vemos un cuadrito en el celular”, dijo Márquez."),
      ("p", "Para mejorar, los músicos reacomodaron la forma de tocar: las trompetas se colocan más lejos del teléfono, los violines al frente y el guitarrón a un lado. Un sobrino del director, estudiante de preparatoria, se encarga de la conexión y de enviar los enlaces a los clientes."),
      ("ad",),
      ("h", "Doscientos músicos sin trabajo"),
      ("p", "De acuerdo con la Agrupación de Mariacheros de Zacatecas, una asociación civil que reúne a músicos de la capital y de Guadalupe, alrededor de 200 mariachis se quedaron sin ingresos por la suspensión de fiestas y eventos públicos. Muchos han buscado empleos temporales como albañiles, repartidores o vendedores."),
      ("p", "“Hay compañeros que vendieron su instrumento para comprar comida. Eso es lo más triste, porque un violín o una trompeta es la herramienta de trabajo de toda una vida”, lamentó Leonel Huerta, vocero de la agrupación."),
      ("tpi", "Músicos callejeros piden apoyo económico", "cultura"),
      ("p", "La asociación organizó una colecta de despensas y consiguió que algunos restaurantes les permitieran tocar en sus terrazas, con pocas mesas y a distancia. También ha pedido a las autoridades municipales que, cuando se reanuden los eventos, se dé prioridad a los músicos locales en las fiestas públicas."),
      ("p", "Las familias de los músicos también han resentido la falta de ingresos. La esposa de Márquez vende comida desde su casa y uno de los trompetistas del grupo trabaja por las mañanas como ayudante en un taller mecánico. “Todos le estamos buscando por otro lado, pero no dejamos de ensayar”, dijo el director."),
      ("p", "El mariachi es uno de los oficios con más tradición en la capital. En la plazuela de Goitia y en los portales del centro, los grupos solían esperar a los clientes con sus trajes de gala desde la tarde. Con la suspensión de eventos, esos lugares quedaron vacíos por primera vez en décadas."),
      ("p", "Para Márquez, la experiencia ha tenido también algo bueno. “Nunca pensamos que íbamos a tocar para una señora en Chicago que llora escuchando ‘Las mañanitas’ desde su cocina. La música llega a donde sea”, dijo."),
      ("p", "Algunos mariachis han tenido menos suerte con la tecnología. Los músicos de mayor edad, muchos de los cuales no usan redes sociales, dependen de que sus compañeros o familiares consigan los pedidos. La agrupación organizó talleres gratuitos para enseñarles a usar las videollamadas y a recibir pagos por transferencia."),
      ("p", "El grupo planea seguir ofreciendo serenatas en línea aun cuando regresen los eventos presenciales. Ya abrió una página en redes sociales para recibir pedidos y está aprendiendo a mejorar el sonido con micrófonos que les prestó un estudio de grabación."),
  ],
  entities=[("Plata y Cantera", "ORG"), ("Ismael Márquez", "PER"), ("Márquez", "PER"), ("La Pinta", "LOC"), ("Estados Unidos", "LOC"),
            ("Agrupación de Mariacheros de Zacatecas", "ORG"), ("Zacatecas", "LOC"), ("Guadalupe", "LOC"), ("Leonel Huerta", "PER"),
            ("Chicago", "LOC"), ("Las mañanitas", "MISC"), ("Goitia", "LOC"), ("zacatecanas", "MISC")],
  notes="article:published_time holds the update (2020-06-19 11:30 -05:00); the Yoast graph's datePublished and the visible date give the publication of 18 June 2020, 20:10, which is gold; 'Las mañanitas' (a song) is MISC.")


# ---------------------------------------------------------------- 06: silver mine reopening (SEO title)
A(id=f"{SITE}-06", post_id=26790, cat="Economía", cat_slug="economia",
  pub=dt(2020, 11, 9, 7, 50),
  headline="Reabre mina de plata en Sombrerete tras cinco años cerrada; contratará a 450 trabajadores",
  seo="Mina de plata en Sombrerete reabre y abrirá 450 empleos",
  excerpt="La empresa Minera Plata del Norte invertirá 85 millones de dólares en rehabilitar la unidad La Esperanza, cerrada en 2015 por la caída del precio del metal.",
  authors=["Javier Sandoval Félix"],
  tags=["Minería", "Sombrerete", "Empleo", "Plata"],
  related=["Precio de la plata alcanza su nivel más alto en siete años", "Comunidades mineras piden cuidar el agua", "Escuela técnica abre carrera en minería"],
  parts=[
      ("p", "La unidad minera La Esperanza, en el municipio de Sombrerete, volverá a operar después de cinco años cerrada. La empresa Minera Plata del Norte anunció que invertirá 85 millones de dólares para rehabilitar la mina y su planta de beneficio, y que contratará a unos 450 trabajadores durante los próximos dos años."),
      ("p", "La mina fue cerrada en 2015, cuando el precio de la plata cayó a su nivel más bajo en varios años y su antiguo operador decidió suspender actividades. Minera Plata del Norte, una empresa con sede en Monterrey, compró la unidad el año pasado."),
      ("p", "“El precio actual de la plata y los estudios geológicos que hemos hecho nos dan confianza en que La Esperanza puede producir al menos durante doce años más”, declaró Héctor Garza Llamas, director de operaciones de la empresa, durante una reunión con habitantes de la comunidad de San Martín, la más cercana a la mina."),
      ("ad",),
      ("h", "Empleo para la región"),
      ("p", "La empresa informó que dará preferencia a trabajadores de Sombrerete y de los municipios vecinos, y que abrirá un programa de capacitación para 120 jóvenes en operación de maquinaria y seguridad minera, en coordinación con una escuela técnica de la región."),
      ("p", "El cierre de la mina en 2015 dejó sin trabajo a unas 600 personas y golpeó el comercio local. Restaurantes, tiendas y talleres de San Martín cerraron o redujeron su actividad, y muchas familias emigraron."),
      ("p", "La minería ha marcado la historia de Sombrerete desde la época colonial, cuando la plata de sus vetas se enviaba a la capital del virreinato. En el último siglo, la actividad ha tenido épocas de auge y de crisis que dependen, sobre todo, del precio internacional de los metales."),
      ("p", "Los habitantes más antiguos de San Martín recuerdan que, en los años de mayor producción, la comunidad tenía cine, dos bailes por semana y un equipo de beisbol que jugaba contra los de otras minas del norte. “Todo giraba alrededor de la mina. Cuando la cerraron, se cerró también el pueblo”, dijo don Porfirio Elías, minero jubilado."),
      ("p", "“Cuando cerró la mina, el pueblo se vació. Ojalá ahora regresen los que se fueron”, dijo Beatriz Luna, propietaria de una fonda frente a la plaza de San Martín, que durante los años de bonanza daba de comer a decenas de mineros cada día."),
      ("tpi", "Comunidades mineras piden cuidar el agua", "economia"),
      ("h", "Preocupación por el agua"),
      ("p", "No todos reciben la noticia con entusiasmo. Integrantes del Colectivo Agua y Tierra de Sombrerete, una organización de campesinos y vecinos, expresaron su preocupación por el uso de agua de la mina y por el manejo de los residuos de la planta de beneficio."),
      ("p", "“No estamos en contra del trabajo, pero queremos saber cuánta agua van a sacar y qué va a pasar con los jales. Aquí los pozos ya están muy bajos”, señaló Efrén Cárdenas, integrante del colectivo."),
      ("p", "El colectivo pidió que la empresa presente públicamente su manifestación de impacto ambiental y que se realicen análisis independientes del agua de los pozos de la zona antes y después del inicio de operaciones. También solicitó que se contrate a un porcentaje mínimo de trabajadores de las comunidades vecinas."),
      ("p", "Garza Llamas aseguró que la empresa reciclará la mayor parte del agua que utilice y que construirá una nueva presa de jales con las especificaciones técnicas actuales. Dijo también que la compañía está dispuesta a instalar una mesa de diálogo permanente con la comunidad."),
      ("p", "En las tiendas y fondas del centro la noticia se recibió con entusiasmo. Varios comerciantes dijeron que desde el cierre las ventas bajaron a la mitad y que muchos jóvenes se fueron a trabajar a otros estados o al otro lado. “Si regresa la gente, regresa el movimiento”, dijo la dueña de una ferretería que pidió no publicar su nombre."),
      ("p", "Especialistas en desarrollo regional advierten que la reapertura representa una oportunidad, pero también el riesgo de volver a depender de una sola actividad. Recomiendan que parte de los beneficios se destine a proyectos que den empleo más allá de la vida de la mina, como talleres, comercio y servicios."),
      ("p", "Los trabajos de rehabilitación comenzarán en enero y la empresa prevé iniciar la producción a finales de 2021."),
  ],
  entities=[("La Esperanza", "LOC"), ("Sombrerete", "LOC"), ("Minera Plata del Norte", "ORG"), ("Monterrey", "LOC"), ("Héctor Garza Llamas", "PER"),
            ("Garza Llamas", "PER"), ("San Martín", "LOC"), ("Beatriz Luna", "PER"), ("Colectivo Agua y Tierra de Sombrerete", "ORG"),
            ("Efrén Cárdenas", "PER"), ("Porfirio Elías", "PER")],
  notes="The Yoast SEO title is used for <title> and og:title; 'La Esperanza' is the mine's name, annotated as LOC.")

# ---------------------------------------------------------------- 07: gallery post, Jerez independence festivities (headline in <h2>)
A(id=f"{SITE}-07", post_id=29031, cat="Fotogalerías", cat_slug="fotogalerias", gallery_title=True, bare_title=True,
  pub=dt(2021, 9, 16, 22, 40),
  headline="Así vivió Jerez su primer Grito de Independencia presencial tras la pandemia",
  authors=["Óscar Ibarra Nava"],
  tags=["Jerez", "Fiestas patrias", "Fotogalería", "Tradiciones"],
  related=["Desfile cívico recorre el Centro Histórico", "Fuegos artificiales iluminan la Bufa", "Fondas de pozole reportan buenas ventas"],
  parts=[
      ("p", "Después de un año sin celebración en la plaza, miles de personas llenaron el jardín Rafael Páez de Jerez la noche del miércoles para el Grito de Independencia, el primero con público desde 2019. Familias enteras llegaron desde la tarde para apartar lugar frente al portal de la presidencia municipal."),
      ("p", "Los puestos de antojitos, buñuelos y elotes ocuparon las calles alrededor de la plaza, mientras la banda de música del municipio tocaba sones y marchas. Los organizadores pidieron a los asistentes usar cubrebocas y colocaron filtros con gel antibacterial en los accesos."),
      ("gallery", ["Familias esperan el inicio de la ceremonia frente al portal de la presidencia municipal.",
                   "Niñas con vestidos tradicionales bailan frente al kiosco del jardín.",
                   "Un vendedor de banderas recorre la plaza antes de las once de la noche.",
                   "Los fuegos artificiales iluminan el cielo de Jerez tras el tañido de la campana.",
                   "Jóvenes de la banda de guerra de una secundaria participan en el acto cívico.",
                   "Vecinos bailan al ritmo de la tambora al terminar la ceremonia."]),
      ("p", "A las once de la noche, la campana sonó y la multitud respondió a los vivas con fuerza. Después vinieron los fuegos artificiales, que durante casi diez minutos iluminaron las torres del santuario y las fachadas de cantera del centro."),
      ("ad",),
      ("p", "Para muchos, la celebración tuvo un significado especial. “El año pasado lo vimos por la televisión, encerrados. Hoy mis hijos volvieron a ver los cohetes desde aquí, como cuando yo era niña”, dijo Leticia Berumen, quien llegó con sus tres hijos desde la comunidad de Ermita de Guadalupe."),
      ("p", "Jerez, declarado pueblo con valor histórico por su arquitectura de los siglos XVIII y XIX, suele recibir en estas fechas a cientos de visitantes de la capital y de otros estados. Este año, los hoteles del centro reportaron una ocupación cercana al 80 por ciento, según sus propios encargados."),
      ("p", "Las familias jerezanas que viven en Estados Unidos también siguieron la ceremonia. Varios jóvenes la transmitieron en directo por redes sociales para sus parientes en California, Texas e Illinois, quienes enviaban saludos y fotografías de sus propias celebraciones."),
      ("p", "Entre los asistentes hubo también quienes recordaron a los familiares y amigos que no sobrevivieron a la pandemia. Antes de la ceremonia, un grupo de vecinos colocó veladoras y fotografías al pie del kiosco en un pequeño homenaje."),
      ("tpi", "Fondas de pozole reportan buenas ventas", "municipios"),
      ("p", "La fiesta continuó hasta la madrugada con la música de una tambora y de un grupo norteño en el kiosco. Los comerciantes reportaron ventas que no veían desde antes de la pandemia. Elías Sánchez, quien vende pozole en un puesto junto al jardín desde hace 30 años, dijo que se le terminaron los 300 platos que preparó antes de la medianoche."),
      ("p", "Protección civil reportó saldo blanco, con apenas algunas personas atendidas por desmayos y una menor con una quemadura leve por pirotecnia. El desfile cívico del jueves partirá a las diez de la mañana del jardín Hidalgo."),
  ],
  entities=[("Jerez", "LOC"), ("Grito de Independencia", "MISC"), ("Rafael Páez", "LOC"), ("Leticia Berumen", "PER"),
            ("Ermita de Guadalupe", "LOC"), ("Elías Sánchez", "PER"), ("Hidalgo", "LOC"), ("Estados Unidos", "LOC"),
            ("California", "LOC"), ("Texas", "LOC"), ("Illinois", "LOC"), ("jerezanas", "MISC")],
  notes="Gallery post: the theme sets the headline in an <h2> and the page has no <h1>; the six gallery captions are optional caption blocks where the gallery stands; 'jardín Rafael Páez' and 'jardín Hidalgo' are square names (LOC). Adjudicated with the second annotation (December 2026): language is 'es', not the page's es-MX locale (GUIDELINES 2.3); the category label above the <h1> is a kicker (GUIDELINES 3); the lowercase demonym 'jerezanas' is MISC (GUIDELINES 9.4).")


# ---------------------------------------------------------------- 08: hospital wing (updated two days later)
A(id=f"{SITE}-08", post_id=31566, cat="Salud", cat_slug="salud",
  pub=dt(2022, 5, 20, 12, 30), mod=dt(2022, 5, 22, 9, 15),
  headline="Nueva ala de pediatría del Hospital Regional de Río Grande atenderá a niños de nueve municipios",
  excerpt="El área cuenta con 24 camas, una sala de urgencias pediátricas y cuatro cunas de terapia intermedia; antes, los casos graves se trasladaban a la capital.",
  authors=["Ana Karen Delgado", "Javier Sandoval Félix"],
  featured=("Personal de enfermería prepara las habitaciones del área de pediatría antes de su apertura.", "Foto: Ana Karen Delgado"),
  tags=["Salud", "Río Grande", "Hospitales", "Niñez"],
  related=["Faltan pediatras en hospitales del interior del estado", "Campaña de vacunación llega a comunidades rurales", "Hospital de la capital amplía quirófanos"],
  parts=[
      ("p", "El Hospital Regional de Río Grande abrió este viernes una nueva ala de pediatría que atenderá a niñas y niños de nueve municipios del noroeste del estado, quienes hasta ahora debían ser trasladados a la capital cuando requerían hospitalización especializada."),
      ("p", "La nueva área tiene 24 camas, una sala de urgencias pediátricas con cuatro cubículos, cuatro cunas de terapia intermedia y una sala de juegos. El proyecto costó alrededor de 48 millones de pesos, de los cuales una parte fue aportada por el Patronato Pro Hospital de Río Grande, una asociación civil formada por comerciantes y profesionistas de la región."),
      ("p", "“Antes, un niño con neumonía grave de Juan Aldama o de Miguel Auza tenía que viajar tres horas en ambulancia hasta la capital. Muchas familias no tenían cómo acompañarlo ni dónde quedarse. Ahora lo podemos atender aquí”, explicó la doctora Mariana Carrillo, jefa del servicio de pediatría."),
      ("p", "La nueva ala ocupa un edificio de dos niveles construido junto al área de urgencias. En la planta baja están la sala de urgencias pediátricas, un consultorio y el área de terapia intermedia; en el piso superior, las habitaciones, cada una con un sillón reclinable para que un familiar pueda pasar la noche junto al paciente."),
      ("p", "Las paredes fueron decoradas por alumnos de una escuela de artes de la región con dibujos de animales del semidesierto, como correcaminos, liebres y tortugas, una idea que, según el personal, ayuda a que los niños se sientan menos asustados."),
      ("ad",),
      ("h", "Faltan especialistas"),
      ("p", "El área contará con seis pediatras, doce enfermeras y un equipo de trabajo social. Sin embargo, el personal reconoce que cubrir todos los turnos será un reto. En los hospitales del interior del estado es difícil atraer y retener especialistas, que prefieren trabajar en las ciudades grandes."),
      ("p", "Las enfermeras del área recibieron un curso de tres semanas en un hospital infantil de otra entidad para aprender el manejo de equipos de ventilación y monitoreo pediátrico. Dos de ellas se quedarán como instructoras para capacitar al resto del personal."),
      ("p", "El equipamiento incluye monitores de signos vitales, bombas de infusión y una incubadora de traslado, parte del cual fue donado por una empresa agrícola de la región. El hospital dijo que todavía busca recursos para comprar un segundo ventilador pediátrico."),
      ("p", "Para enfrentar ese problema, el patronato ofrecerá vivienda temporal y apoyo para la mudanza a los médicos que acepten trabajar en Río Grande al menos tres años. “Sin pediatras, las camas no sirven de nada. Por eso decidimos invertir también en la gente”, dijo Raúl Esparza Dávila, presidente del patronato."),
      ("tpi", "Faltan pediatras en hospitales del interior del estado", "salud"),
      ("p", "El primer paciente del área fue Santiago, un niño de cuatro años de la comunidad de Loreto con una infección respiratoria. Su madre, Yesenia Reyes, dijo sentirse aliviada de poder quedarse cerca de casa. “La otra vez que se enfermó nos mandaron a Zacatecas y yo dormí tres noches en una banca. Aquí tengo a mi familia a media hora”, comentó."),
      ("p", "El hospital prevé atender en la nueva área a unos 1,800 niños al año. La doctora Carrillo dijo que el siguiente paso será abrir una consulta de seguimiento para niños con enfermedades crónicas como diabetes y asma, que hoy deben viajar cada mes a la capital para sus revisiones."),
      ("p", "El personal de la nueva área está formado por cuatro pediatras, dos intensivistas y 22 enfermeras, la mayoría contratadas en los últimos meses. Según la dirección del hospital, varias de ellas nacieron en la región y regresaron después de especializarse fuera, algo que hasta hace poco era raro porque no había dónde ejercer."),
      ("p", "El patronato recordó que la obra fue posible gracias a una campaña de recaudación de tres años en la que participaron escuelas, comercios y clubes de migrantes de la región. Hubo carreras, kermeses, rifas de becerros y hasta una subasta de pinturas donadas por artistas locales."),
      ("p", "En una actualización posterior, el hospital informó que durante el primer fin de semana de funcionamiento el área atendió a 14 pacientes, tres de ellos en la sala de terapia intermedia."),
  ],
  entities=[("Hospital Regional de Río Grande", "ORG"), ("Río Grande", "LOC"), ("Patronato Pro Hospital de Río Grande", "ORG"), ("Juan Aldama", "LOC"),
            ("Miguel Auza", "LOC"), ("Mariana Carrillo", "PER"), ("Carrillo", "PER"), ("Raúl Esparza Dávila", "PER"), ("Santiago", "PER"),
            ("Loreto", "LOC"), ("Yesenia Reyes", "PER"), ("Zacatecas", "LOC")],
  notes="Two names in the byline; article:published_time holds the update of 22 May 2022 09:15, the visible date and the graph's datePublished give the publication of 20 May 2022, 12:30 (gold); the closing sentence about the first weekend is part of the text, not a separate update notice.")


# ---------------------------------------------------------------- 09: bridge repairs on the highway (desk byline, SEO title)
A(id=f"{SITE}-09", post_id=33012, cat="Zacatecas", cat_slug="zacatecas",
  pub=dt(2022, 12, 3, 16, 55),
  headline="Cierran un carril del puente de La Escondida durante cuatro meses por reparación de juntas",
  seo="Cierre parcial en puente de La Escondida: horarios y rutas alternas",
  authors=["Redacción Cantera Rosa"],
  tags=["Vialidad", "Obras", "Zacatecas", "Tránsito"],
  related=["Bacheo nocturno en el bulevar metropolitano", "Transportistas piden más rutas de salida", "Abren paso inferior en la salida a Fresnillo"],
  parts=[
      ("p", "A partir del lunes permanecerá cerrado un carril del puente vehicular de La Escondida, en el bulevar que une a Zacatecas con Guadalupe, para reparar las juntas de dilatación y el pavimento, trabajos que se prolongarán durante unos cuatro meses."),
      ("p", "De acuerdo con la empresa constructora Obras y Pavimentos del Centro, encargada de la obra, los trabajos se realizarán por etapas para no cerrar por completo la circulación. En la primera fase se cerrará el carril de baja velocidad en dirección a Guadalupe, y después el del sentido contrario."),
      ("p", "El ingeniero responsable de la obra, Luis Alberto Campos, explicó que las juntas tienen más de quince años y presentan desgaste que provoca golpes a los vehículos y filtraciones de agua hacia la estructura. “Si no se reparan ahora, el daño puede extenderse a las trabes, y entonces la reparación sería mucho más costosa y larga”, detalló."),
      ("p", "Según la constructora, la obra incluye también la renovación de la carpeta asfáltica en los accesos, la limpieza de los drenes del puente y la colocación de nuevas barreras de protección. Una vez terminada, se realizará una prueba de carga para verificar el estado de la estructura."),
      ("p", "Los trabajos se programaron para terminar antes de la temporada de lluvias, cuando el agua dificulta las labores de pavimentación. Campos dijo que el plazo podría reducirse si el clima lo permite y no se presentan imprevistos al retirar las juntas antiguas."),
      ("ad",),
      ("p", "Las recomendaciones para los automovilistas durante los trabajos son:"),
      ("ul", ["Salir con al menos 15 minutos de anticipación en horas pico, de 7:00 a 9:00 y de 14:00 a 16:00 horas.",
              "Usar como ruta alterna la avenida que bordea la zona de hospitales.",
              "Respetar el límite de 30 kilómetros por hora en la zona de obra.",
              "Evitar el tramo a las unidades de carga pesada durante el día."]),
      ("tpi", "Abren paso inferior en la salida a Fresnillo", "zacatecas"),
      ("p", "Comerciantes de la zona temen que los cierres afecten sus ventas en la temporada decembrina. Rosa María Galván, quien tiene una tienda de regalos cerca del puente, dijo que ya en otras obras ha visto cómo bajan los clientes. “La gente evita pasar por aquí cuando hay tráfico. Ojalá que terminen antes de lo que dicen”, comentó."),
      ("p", "Los transportistas también expresaron su preocupación. Choferes de rutas urbanas que cruzan el puente dijeron que los retrasos en horas pico podrían alargar sus recorridos hasta veinte minutos, lo que reduciría el número de vueltas que pueden dar al día."),
      ("p", "Usuarios del transporte público pidieron que se habilite un carril exclusivo para camiones durante la obra. La constructora respondió que analizará la propuesta con las autoridades de tránsito, aunque advirtió que el espacio disponible es limitado."),
      ("p", "La constructora aseguró que trabajará también en horario nocturno para reducir los tiempos, y que colocará señalamientos luminosos y personal de apoyo vial en los accesos al puente. Las autoridades de tránsito pidieron a los conductores extremar precauciones y atender las indicaciones del personal en la zona."),
      ("p", "Vecinos de las colonias cercanas al puente pidieron que los trabajos nocturnos no se extiendan más allá de la medianoche por el ruido de la maquinaria. La empresa se comprometió a concentrar las tareas más ruidosas, como el corte de concreto, en horario diurno."),
      ("p", "El puente de La Escondida es uno de los más transitados de la zona conurbada, con un aforo estimado de más de 40 mil vehículos al día."),
  ],
  entities=[("La Escondida", "LOC"), ("Zacatecas", "LOC"), ("Guadalupe", "LOC"), ("Obras y Pavimentos del Centro", "ORG"),
            ("Luis Alberto Campos", "PER"), ("Rosa María Galván", "PER"), ("Campos", "PER")],
  notes="Desk byline recorded as given; the list lead-in is a paragraph; the Yoast SEO title is used for <title> and og:title.")

# ---------------------------------------------------------------- 10: youth football team (2023 header with ticker)
A(id=f"{SITE}-10", post_id=36245, cat="Deportes", cat_slug="deportes", ticker=True, ticker_time=dt(2023, 7, 8, 9, 40),
  pub=dt(2023, 7, 7, 21, 15),
  headline="Cantera FC sub-17 conquista el torneo nacional de escuelas de futbol en Querétaro",
  excerpt="El equipo zacatecano venció 3-1 a su similar de Puebla en la final y consiguió el primer título nacional en la historia del club.",
  authors=["Óscar Ibarra Nava"],
  featured=("Los jugadores de Cantera FC levantan el trofeo tras la final disputada en Querétaro.", "Foto: Cortesía Cantera FC"),
  tags=["Futbol", "Cantera FC", "Fuerzas básicas", "Deportes"],
  related=["Escuela de futbol abre inscripciones para niñas", "Liga municipal arranca su temporada de verano", "Joven portero zacatecano es invitado a visorías"],
  parts=[
      ("p", "El equipo sub-17 de Cantera FC, una escuela de futbol fundada hace ocho años en la colonia Díaz Ordaz de la capital, se coronó este viernes campeón del Torneo Nacional de Escuelas de Futbol, al vencer 3-1 a Águilas del Valle de Puebla en la final disputada en Querétaro."),
      ("p", "Es el primer título nacional en la historia del club, que comenzó entrenando en un terreno baldío con porterías de madera y hoy cuenta con más de 300 alumnos de entre 6 y 17 años. En el torneo participaron 32 escuelas de 18 estados."),
      ("p", "Los zacatecanos se fueron al frente en el minuto 12 con un disparo de media distancia de Iker Medina, y aunque el conjunto poblano empató antes del descanso, en el segundo tiempo el delantero Jonathan Ruelas marcó dos goles para sentenciar el partido."),
      ("ad",),
      ("h", "Un club de barrio"),
      ("p", "El entrenador y fundador del club, Armando Trejo, recordó que en los primeros años los padres de familia hacían rifas y vendían tamales para pagar los uniformes y los viajes. “Estos muchachos empezaron con nosotros cuando tenían nueve años. Verlos levantar una copa nacional es algo que no se puede explicar”, dijo emocionado por teléfono desde Querétaro."),
      ("p", "Para llegar al torneo, el equipo tuvo que reunir más de 120 mil pesos para transporte, hospedaje y alimentación. Una parte la aportaron comercios locales y otra los propios padres, que organizaron una kermés en el jardín de la colonia."),
      ("p", "El camino a la final no fue sencillo. En la fase de grupos, los zacatecanos perdieron su primer partido ante un equipo de Jalisco y tuvieron que ganar los dos siguientes para avanzar. En cuartos de final eliminaron en penales a una escuela de Nuevo León, y en semifinales derrotaron 2-0 al anfitrión."),
      ("p", "Entre los jugadores hay estudiantes de secundaria y preparatoria de distintas colonias de la capital y de Guadalupe. Algunos viajan más de una hora en camión para llegar a los entrenamientos, que se realizan cuatro tardes por semana."),
      ("p", "Trejo atribuye el éxito a la disciplina de sus jugadores y al trabajo de los entrenadores voluntarios, la mayoría exjugadores de la liga municipal. “Aquí nadie cobra lo que vale. Los entrenadores llegan después de trabajar, a veces sin comer, y se quedan hasta que oscurece”, contó."),
      ("p", "El portero Daniel Acuña fue elegido el mejor de su posición en el torneo, con solo cuatro goles recibidos en seis partidos. En la semifinal detuvo un penal en el último minuto que habría enviado el partido a tiempo extra."),
      ("tpi", "Joven portero zacatecano es invitado a visorías", "deportes"),
      ("p", "Durante el torneo, visores de varios clubes profesionales observaron los partidos. Trejo confirmó que al menos cuatro jugadores del equipo recibieron invitaciones para realizar pruebas en fuerzas básicas de equipos de primera división."),
      ("p", "Jonathan Ruelas, autor de dos goles en la final y máximo anotador del torneo con nueve tantos, dijo que su sueño es jugar como profesional, pero que no dejará la escuela. “Mi mamá me dijo que si reprobaba una materia no me dejaba venir. Entonces primero los estudios, luego el futbol”, contó entre risas."),
      ("p", "El club sostiene también equipos femeniles desde hace tres años. La categoría sub-15 de niñas llegó a cuartos de final en el mismo torneo, y varios de sus partidos se jugaron en la misma sede. Trejo dijo que el objetivo para el próximo año es que ambas ramas lleguen a las finales."),
      ("p", "El equipo regresará a Zacatecas el sábado por la tarde. Padres de familia y vecinos de la colonia preparan una caravana de recibimiento desde la entrada de la ciudad hasta la cancha donde entrenan."),
      ("p", "Los padres de familia esperan que el título ayude a conseguir apoyos para mejorar la cancha, que todavía es de tierra y se inunda con cada tormenta. “Con pasto sintético y luz, los muchachos podrían entrenar todos los días y no solo cuando no llueve”, dijo Norma Salas, madre de uno de los jugadores."),
  ],
  entities=[("Cantera FC", "ORG"), ("Torneo Nacional de Escuelas de Futbol", "MISC"), ("Querétaro", "LOC"), ("Díaz Ordaz", "LOC"),
            ("Águilas del Valle", "ORG"), ("Puebla", "LOC"), ("Iker Medina", "PER"), ("Jonathan Ruelas", "PER"), ("Armando Trejo", "PER"),
            ("Trejo", "PER"), ("Zacatecas", "LOC"), ("Jalisco", "LOC"), ("Nuevo León", "LOC"), ("Norma Salas", "PER"), ("Guadalupe", "LOC"), ("Daniel Acuña", "PER"),
            ("zacatecano", "MISC"), ("zacatecanos", "MISC"), ("poblano", "MISC")],
  notes="The 'Lo último' ticker in the header carries <time> elements of the morning after publication (decoys, and the first <time> on the page); the visible post date, 7 July 2023, 21:15, is gold.")


# ---------------------------------------------------------------- 11: railway station museum (ticker; updated next day)
A(id=f"{SITE}-11", post_id=39410, cat="Turismo", cat_slug="turismo", ticker=True, ticker_time=dt(2024, 2, 23, 10, 5),
  pub=dt(2024, 2, 22, 17, 25), mod=dt(2024, 2, 23, 8, 50),
  headline="La antigua estación del tren de Zacatecas abrirá como museo del ferrocarril en abril",
  excerpt="El edificio de 1884 fue restaurado durante tres años; exhibirá una locomotora de vapor, vagones de pasajeros y el archivo fotográfico de los ferrocarrileros de la ciudad.",
  authors=["Rocío Esparza Lugo"],
  featured=("La locomotora de vapor que se exhibirá en los andenes de la antigua estación.", "Foto: Rocío Esparza"),
  tags=["Turismo", "Ferrocarril", "Museos", "Patrimonio"],
  related=["Ruta de los museos suma visitantes en vacaciones", "Ferrocarrileros jubilados donan fotografías", "Centro Histórico estrena iluminación"],
  parts=[
      ("p", "La antigua estación del ferrocarril de Zacatecas, un edificio de cantera construido en 1884 y abandonado durante casi dos décadas, abrirá sus puertas en abril como Museo del Ferrocarril Zacatecano, informó la Fundación Rieles del Norte, asociación civil que encabezó su restauración."),
      ("p", "El museo ocupará la nave principal de la estación, las antiguas oficinas del jefe de estación y los andenes, donde se exhibirán una locomotora de vapor de 1910, dos vagones de pasajeros y un carro de correo restaurados por extrabajadores ferrocarrileros."),
      ("p", "“Este edificio vio pasar a miles de familias que se iban al norte, a los mineros, a los comerciantes. Es parte de la historia de cada zacatecano”, dijo Gerardo Lozano Elizondo, presidente de la fundación, durante un recorrido con medios de comunicación por las salas todavía en montaje."),
      ("ad",),
      ("h", "Tres años de restauración"),
      ("p", "La restauración costó alrededor de 62 millones de pesos, reunidos entre donativos de empresas, aportaciones de particulares y fondos de fundaciones culturales. Los trabajos incluyeron la consolidación de los muros de cantera, la reconstrucción del techo de madera de la nave principal y la recuperación del reloj de la fachada, que volvió a funcionar después de 30 años detenido."),
      ("p", "Uno de los atractivos será el archivo fotográfico, formado por más de 4,000 imágenes donadas por familias de ferrocarrileros. Las fotografías muestran la vida en los talleres, las cuadrillas de vía y las fiestas del gremio desde principios del siglo pasado."),
      ("p", "La estación fue durante décadas uno de los puntos más concurridos de la ciudad. Por sus andenes pasaban los trenes de pasajeros que unían el centro del país con la frontera norte, así como los convoyes que transportaban mineral y productos del campo."),
      ("p", "Con el fin del servicio de pasajeros a finales de los años noventa, el edificio quedó sin uso. Sus ventanas fueron tapiadas, parte del techo se derrumbó y durante años sirvió como bodega y refugio de personas en situación de calle."),
      ("tpi", "Ferrocarrileros jubilados donan fotografías", "turismo"),
      ("p", "Don Aniceto Márquez, de 84 años, trabajó 36 años como garrotero y maquinista. Durante la restauración, él y otros jubilados enseñaron a los jóvenes restauradores cómo funcionaban los frenos, las válvulas y los silbatos de la locomotora. “Cuando la vi pintada otra vez, se me salieron las lágrimas. Yo manejé una igualita”, contó."),
      ("p", "La locomotora llegó a la estación en 2021 desde un patio de maniobras en desuso, donde permanecía a la intemperie desde hacía más de cuarenta años. Su restauración tomó catorce meses y requirió fabricar a mano varias piezas que ya no existen en el mercado."),
      ("p", "Los trabajos se realizaron bajo la supervisión de especialistas en patrimonio, quienes revisaron cada intervención en los muros y la cubierta. La fundación asegura que se respetaron los materiales originales siempre que fue posible y que las piezas nuevas se distinguen de las antiguas."),
      ("p", "Los restauradores decidieron no ocultar todas las huellas del tiempo. En algunos muros de la nave principal se dejaron visibles los letreros pintados de las antiguas taquillas y los horarios de salida de los trenes, escritos a mano por los jefes de estación."),
      ("p", "El museo contará con una sala interactiva para niños, una cafetería en la antigua sala de espera y un espacio para exposiciones temporales. La entrada general costará 40 pesos, con descuento para estudiantes y entrada libre para adultos mayores."),
      ("p", "La fundación espera recibir unos 60 mil visitantes en el primer año y trabaja con operadores turísticos para incluir el museo en los recorridos por el Centro Histórico. También planea organizar, una vez al mes, un recorrido nocturno por los andenes con relatos de antiguos trabajadores."),
      ("p", "En una actualización, la fundación precisó que la fecha exacta de apertura se dará a conocer a mediados de marzo, una vez que concluya la instalación de la museografía."),
  ],
  entities=[("Zacatecas", "LOC"), ("Museo del Ferrocarril Zacatecano", "ORG"), ("Fundación Rieles del Norte", "ORG"), ("Gerardo Lozano Elizondo", "PER"),
            ("Aniceto Márquez", "PER"), ("zacatecano", "MISC"), ("Centro Histórico", "LOC")],
  notes="article:published_time holds the update of 23 February 2024 08:50; the graph's datePublished and the visible date give 22 February 2024, 17:25 (gold); the header ticker's <time> elements are decoys. Adjudicated with the second annotation (December 2026): language is 'es', not the page's es-MX locale (GUIDELINES 2.3); the category label above the <h1> is a kicker (GUIDELINES 3); the demonym 'zacatecano' is MISC (GUIDELINES 9.4) and the 'Centro Histórico' of Zacatecas is a district (LOC).")


# ---------------------------------------------------------------- 12: book fair (contributor; Yoast author is the editor account)
A(id=f"{SITE}-12", post_id=43877, cat="Cultura", cat_slug="cultura", bare_title=True, wp_author="editorweb",
  pub=dt(2025, 10, 14, 11, 0),
  headline="La Feria del Libro Zacatecana crece a 120 editoriales y dedica su edición a la poesía del semidesierto",
  excerpt="Del 24 de octubre al 2 de noviembre, el Jardín Independencia recibirá presentaciones, talleres y lecturas; la entrada será gratuita.",
  authors=["Laura Méndez Ríos"],
  tags=["Libros", "Feria del libro", "Poesía", "Cultura"],
  related=["Bibliotecas móviles recorren comunidades rurales", "Poetas jóvenes publican antología colectiva", "Abren librería independiente en el Centro"],
  parts=[
      ("p", "La Feria del Libro Zacatecana llegará este año a su edición número doce con la participación de 120 editoriales, la cifra más alta desde su creación, y estará dedicada a la poesía escrita en el semidesierto del norte de México, anunciaron sus organizadores."),
      ("p", "La feria se instalará del 24 de octubre al 2 de noviembre en el Jardín Independencia y en dos recintos cercanos del Centro Histórico. Contará con más de 150 actividades, entre presentaciones de libros, lecturas, talleres infantiles y mesas de conversación. La entrada será gratuita."),
      ("p", "“Queremos que la feria no sea solo un lugar para comprar libros, sino un lugar para encontrarse. Por eso abrimos más espacios para los niños y para los autores de la región”, explicó Elena Villalpando, directora del comité organizador."),
      ("ad",),
      ("h", "La voz del semidesierto"),
      ("p", "El eje temático de este año reunirá a poetas de Zacatecas, Durango, Coahuila y San Luis Potosí cuya obra gira en torno al paisaje árido, la minería, la migración y la vida en los pueblos. Habrá una lectura colectiva en la explanada de la feria y se presentará una antología con textos de 40 autores."),
      ("p", "La poeta Sofía Bañuelos, originaria de Concepción del Oro, será la invitada de honor. Su obra, dijo en entrevista, nace de los silencios del desierto. “En el semidesierto todo parece vacío, pero está lleno de historias. La poesía es una forma de escuchar lo que la tierra cuenta”, señaló."),
      ("p", "Bañuelos ha publicado cinco libros de poemas y uno de crónicas sobre los pueblos mineros del norte del estado. Durante la feria impartirá un taller de escritura para jóvenes y leerá textos inéditos en una sesión nocturna en el patio de un antiguo convento."),
      ("p", "La organización decidió dedicar la edición a la poesía del semidesierto para dar visibilidad a autores que publican en pequeñas editoriales o en ediciones de autor, y cuyos libros rara vez llegan a las librerías de las grandes ciudades."),
      ("tpi", "Poetas jóvenes publican antología colectiva", "cultura"),
      ("p", "La feria tendrá también un pabellón de editoriales independientes, un espacio de fomento a la lectura en lenguas indígenas y un programa de visitas escolares que espera recibir a unos 12 mil alumnos de primaria y secundaria."),
      ("p", "Las lecturas en lenguas indígenas estarán a cargo de autores wixárika y tepehuanos que viven en la región y que han publicado libros bilingües en los últimos años. Habrá traducción simultánea al español y ejemplares a la venta en el pabellón principal."),
      ("p", "Entre las novedades está un mercado de libro usado, donde librerías de viejo de varias ciudades del país ofrecerán ejemplares a precios accesibles. Los organizadores buscan que cualquier visitante pueda llevarse un libro a casa, aunque tenga poco dinero."),
      ("p", "Libreros de la ciudad consideran que la feria se ha convertido en la mejor temporada de ventas del año. Algunos aseguran que en diez días venden lo mismo que en tres meses en sus locales, y que muchos lectores jóvenes descubren ahí a los autores de la región."),
      ("p", "La edición del año pasado recibió alrededor de 180 mil visitantes, según cifras del comité organizador, y los editores reportaron ventas superiores a las de cualquier edición anterior. Para este año se espera una asistencia similar, sobre todo en los fines de semana."),
      ("p", "Para los niños habrá un espacio de cuentacuentos con funciones cada hora y un taller para elaborar libros artesanales con papel reciclado. Las escuelas interesadas en agendar una visita podrán registrarse a partir de la próxima semana."),
      ("p", "Villalpando informó que el presupuesto de la feria, cercano a los 7 millones de pesos, se cubre con patrocinios de empresas locales, aportaciones de editoriales y donativos de particulares. La programación completa se publicará en los próximos días en el sitio oficial de la feria."),
      ("p", "La feria también tendrá una sede en Fresnillo por primera vez, con un programa reducido de presentaciones y un mercado de libros en el jardín principal durante el fin de semana de clausura. Los organizadores buscan llevar la feria a más municipios en los próximos años."),
  ],
  entities=[("Feria del Libro Zacatecana", "MISC"), ("Jardín Independencia", "LOC"), ("México", "LOC"), ("Centro Histórico", "LOC"),
            ("Elena Villalpando", "PER"), ("Villalpando", "PER"), ("Zacatecas", "LOC"), ("Durango", "LOC"), ("Coahuila", "LOC"),
            ("San Luis Potosí", "LOC"), ("Sofía Bañuelos", "PER"), ("Concepción del Oro", "LOC"), ("Bañuelos", "PER"), ("Fresnillo", "LOC"), ("wixárika", "MISC"), ("español", "MISC")],
  notes="The Yoast author (and meta author) is the editorial account 'editorweb', which entered the contributor's text; the byline names Laura Méndez Ríos, who is gold.")


def main():
    for a in ARTICLES:
        build(a)
    base = next(x for x in ARTICLES if x["id"] == f"{SITE}-04")
    build(base, id_=f"{SITE}-13", variant_of=base["id"], url=base["url"] + "?amp_src=1", tpi=False,
          notes=f"Minimal pair of {base['id']}: differs only in inline-related (the 'Te puede interesar' box between two paragraphs is absent; "
                "the in-content ad is still there).")


if __name__ == "__main__":
    main()
