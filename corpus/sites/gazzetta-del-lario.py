import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit, with_more_section

"""La Gazzetta del Lario (gazzetta-del-lario): an invented Italian regional daily for the
provinces of Como and Lecco, on a WordPress news theme with an infinite-scroll plugin: the next
article of the section is appended, complete, below the one requested (with its own <h1>, byline,
date and text), and a script rewrites the address bar as the reader scrolls. Occhiello (kicker)
and sommario (standfirst), "Leggi anche:" lines inside the text, heavy advertising, cookie notice,
"I più letti", "Ultime notizie" and "Potrebbe interessarti" lists, comment form, long footer with
the list of towns. Dates with Italian month names, times in Europe/Rome (+01:00/+02:00)."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
from urllib.parse import quote as _quote

SITE = "gazzetta-del-lario"
HOST = "https://www.gazzettadellario.example"
UPLOADS = HOST + "/wp-content/uploads"
NAME = "La Gazzetta del Lario"
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def strip(s):
    return _re.sub(r"\s+", " ", _html.unescape(_re.sub(r"<[^>]+>", "", s))).strip()


def slugify(s):
    s = s.lower()
    for a, b in (("à", "a"), ("è", "e"), ("é", "e"), ("ì", "i"), ("ò", "o"), ("ù", "u"), ("’", "-"), ("'", "-")):
        s = s.replace(a, b)
    return "-".join(_re.sub(r"[^a-z0-9]+", "-", s).strip("-").split("-")[:9])


def it_date(dt):
    return f"{dt.day} {MESI[dt.month - 1]} {dt.year}"


def it_full(dt):
    return f"{it_date(dt)} alle ore {dt:%H:%M}"


def it_today(dt):
    return f"{GIORNI[dt.weekday()].capitalize()} {dt.day} {MESI[dt.month - 1]} {dt.year}"


def d(y, mo, da, hh, mi):
    """Europe/Rome local time (summer time from the last Sunday of March to the last Sunday of October)."""
    def last_sunday(year, month):
        x = _dt.date(year, month, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    day = _dt.date(y, mo, da)
    tz = CEST if last_sunday(y, 3) <= day < last_sunday(y, 10) else CET
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=tz)


# ---------------------------------------------------------------- navigation and pools

NAV = [
    ("Cronaca", "cronaca", ["Como", "Lecco", "Cantù", "Erba", "Brianza", "Alto Lago", "Valsassina"]),
    ("Politica", "politica", ["Comuni", "Provincia", "Regione", "Elezioni"]),
    ("Economia", "economia", ["Lavoro", "Imprese", "Tessile", "Casa", "Consumi"]),
    ("Sport", "sport", ["Calcio", "Basket", "Pallavolo", "Canottaggio", "Ciclismo", "Montagna"]),
    ("Cultura e spettacoli", "cultura-e-spettacoli", ["Mostre", "Teatro", "Musica", "Libri", "Cinema"]),
    ("Lago e turismo", "lago-e-turismo", ["Battelli", "Ville e giardini", "Eventi", "Sapori"]),
    ("Salute", "salute", []),
    ("Scuola", "scuola", []),
    ("Necrologie", "necrologie", []),
    ("Meteo", "meteo", []),
]

COMUNI = ["Como", "Lecco", "Cantù", "Erba", "Mariano Comense", "Olgiate Comasco", "Cernobbio", "Menaggio", "Bellagio",
          "Tremezzina", "Gravedona ed Uniti", "Dongo", "Colico", "Merate", "Valmadrera", "Mandello del Lario",
          "Calolziocorte", "Casatenovo", "Oggiono", "Lomazzo", "Appiano Gentile", "Porlezza", "Varenna", "Bellano"]

PIU_LETTI = [
    "Tangenziale di Como, da lunedì chiusa di notte per tre settimane",
    "Lecco, apre il nuovo parcheggio in centro: i primi sei mesi sono gratis",
    "Incidente sulla statale 36, traffico in tilt fino a sera",
    "Cantù, il mobilificio storico chiude dopo 93 anni",
    "Bollette dell’acqua, in arrivo i conguagli: cosa cambia",
    "Funicolare di Brunate ferma per manutenzione straordinaria",
    "Erba, scoperta una discarica abusiva nel bosco",
    "Il gelato più buono del lago? La classifica dei lettori",
    "Scuola, mancano ancora 80 insegnanti di sostegno",
    "Valsassina, la neve arriva a quota mille metri",
    "Cernobbio, turista si tuffa dal pontile e viene multato",
    "Menaggio, il nuovo lido apre a giugno",
    "Mariano Comense, rapina in farmacia: arrestato un ventenne",
    "Colico, il treno per Milano ora ferma anche di domenica",
]

ULTIME = [
    "Oggiono, furto di rame nel cimitero",
    "Como, chiude per un mese la piscina comunale",
    "Calolziocorte, un nuovo medico di base in paese",
    "Porlezza, il mercato si sposta sul lungolago",
    "Casatenovo, inaugurata la casa di comunità",
    "Varenna, code al traghetto: arrivano i controlli",
    "Lomazzo, cede il ponte sul torrente: strada chiusa",
    "Bellano, l’Orrido riapre dopo i lavori",
]

FOOTER_COLS = [
    ("Sezioni", ["Cronaca", "Politica", "Economia", "Sport", "Cultura e spettacoli", "Lago e turismo", "Salute", "Scuola", "Necrologie", "Meteo"]),
    ("Servizi", ["Abbonamenti", "Edicola digitale", "Newsletter", "Pubblica un necrologio", "Pubblicità", "Annunci", "Archivio storico"]),
    ("Il giornale", ["Chi siamo", "La redazione", "Contatti", "Scrivi al direttore", "Lavora con noi", "Codice etico"]),
]

LEGAL = ["Privacy policy", "Cookie policy", "Gestisci i cookie", "Termini e condizioni", "Note legali", "Accessibilità", "Mappa del sito"]

CSS = """
/* gazzetta-lario child theme 4.7.3 */
:root{--gdl-blu:#123e6b;--gdl-blu-scuro:#0a2845;--gdl-azzurro:#2a88c9;--gdl-rosso:#b5121b;--gdl-testo:#222;--gdl-grigio:#6d7278;--gdl-linea:#e3e5e8;--gdl-sfondo:#f5f6f7;--gdl-serif:"Libre Caslon Text",Georgia,serif;--gdl-sans:"Roboto","Helvetica Neue",Arial,sans-serif}
html{box-sizing:border-box;-webkit-text-size-adjust:100%}*,*:before,*:after{box-sizing:inherit}
body{margin:0;background:#fff;color:var(--gdl-testo);font-family:var(--gdl-sans);font-size:16px;line-height:1.55}
a{color:var(--gdl-blu);text-decoration:none}a:hover{color:var(--gdl-rosso)}
img{max-width:100%;height:auto;vertical-align:middle}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;word-wrap:normal!important}
.skip-link:focus{clip:auto;clip-path:none;height:auto;width:auto;background:#fff;padding:10px;z-index:100000;left:6px;top:6px}
.gdl-topbar{background:var(--gdl-blu-scuro);color:#cdd8e4;font-size:13px}
.gdl-topbar .gdl-container{display:flex;justify-content:space-between;align-items:center;height:34px}
.gdl-topbar a{color:#fff;margin-left:16px}
.gdl-topbar__data{text-transform:capitalize}
.gdl-container{max-width:1200px;margin:0 auto;padding:0 15px}
.site-header{border-bottom:1px solid var(--gdl-linea);background:#fff}
.site-branding{display:flex;align-items:center;justify-content:space-between;padding:18px 0}
.site-title{margin:0;font-family:var(--gdl-serif);font-size:44px;line-height:1;font-weight:700;letter-spacing:-.5px}
.site-title a{color:var(--gdl-blu-scuro)}
.site-description{margin:4px 0 0;font-size:13px;color:var(--gdl-grigio);font-style:italic}
.gdl-header-adv{width:728px;height:90px;background:var(--gdl-sfondo)}
.main-navigation{background:var(--gdl-blu);position:sticky;top:0;z-index:99}
.main-navigation ul{list-style:none;margin:0;padding:0}
.main-navigation .menu{display:flex;flex-wrap:wrap}
.main-navigation .menu>li{position:relative}
.main-navigation .menu>li>a{display:block;color:#fff;font-weight:700;font-size:14px;text-transform:uppercase;padding:12px 13px;letter-spacing:.3px}
.main-navigation .menu>li.current-menu-parent>a,.main-navigation .menu>li>a:hover{background:var(--gdl-blu-scuro)}
.main-navigation .sub-menu{display:none;position:absolute;left:0;top:100%;background:#fff;min-width:210px;box-shadow:0 6px 16px rgba(0,0,0,.15);z-index:100;padding:6px 0}
.main-navigation li:hover>.sub-menu,.main-navigation li:focus-within>.sub-menu{display:block}
.main-navigation .sub-menu a{display:block;padding:6px 16px;color:var(--gdl-testo);font-size:14px}
.gdl-comuni-bar{background:var(--gdl-sfondo);border-bottom:1px solid var(--gdl-linea);font-size:13px;overflow-x:auto;white-space:nowrap}
.gdl-comuni-bar a{display:inline-block;padding:7px 9px;color:var(--gdl-grigio)}
.gdl-breaking{background:var(--gdl-rosso);color:#fff;font-size:14px}
.gdl-breaking .gdl-container{display:flex;gap:12px;padding:7px 15px}
.gdl-breaking strong{text-transform:uppercase}
.gdl-breaking a{color:#fff}
.site-content{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:36px;padding:24px 15px}
@media (max-width:991px){.site-content{grid-template-columns:1fr}.widget-area{display:none}.gdl-header-adv{display:none}}
.gdl-breadcrumbs{font-size:13px;color:var(--gdl-grigio);margin-bottom:12px}
.gdl-breadcrumbs a{color:var(--gdl-grigio)}
.gdl-breadcrumbs .sep{margin:0 5px}
.gdl-occhiello{display:inline-block;font-size:13px;font-weight:700;text-transform:uppercase;color:var(--gdl-rosso);letter-spacing:.6px;margin-bottom:6px}
.entry-title{font-family:var(--gdl-serif);font-size:36px;line-height:1.18;margin:0 0 12px;font-weight:700;color:#111}
@media (max-width:600px){.entry-title{font-size:27px}}
.gdl-sommario{font-size:19px;line-height:1.45;color:#444;margin:0 0 16px;font-weight:400}
.entry-meta{display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;font-size:14px;color:var(--gdl-grigio);border-top:1px solid var(--gdl-linea);border-bottom:1px solid var(--gdl-linea);padding:9px 0;margin-bottom:18px}
.entry-meta .byline a{font-weight:700;color:var(--gdl-testo)}
.entry-meta .updated-on{color:var(--gdl-rosso)}
.entry-meta .gdl-reading{margin-left:auto}
.gdl-share{display:flex;gap:6px;margin:0 0 18px;padding:0;list-style:none}
.gdl-share a{display:inline-block;color:#fff;font-size:13px;font-weight:700;padding:6px 12px;border-radius:3px}
.gdl-share .fb{background:#3b5998}.gdl-share .wa{background:#25d366}.gdl-share .tg{background:#2ca5e0}.gdl-share .ml{background:#777}.gdl-share .pr{background:#444}
.post-thumbnail,.wp-block-image{margin:0 0 20px}
.wp-element-caption,.wp-caption-text{font-size:13px;color:var(--gdl-grigio);padding-top:6px;line-height:1.4}
.entry-content{font-family:var(--gdl-serif);font-size:18px;line-height:1.7}
.entry-content p{margin:0 0 20px}
.entry-content h2,.entry-content h3{font-family:var(--gdl-sans);font-size:22px;line-height:1.3;margin:30px 0 12px;color:var(--gdl-blu-scuro)}
.entry-content h3{font-size:19px}
.entry-content ul{margin:0 0 20px;padding-left:24px}
.entry-content li{margin-bottom:8px}
.entry-content blockquote.wp-block-quote{border-left:4px solid var(--gdl-azzurro);margin:0 0 20px;padding:4px 0 4px 20px;font-style:italic;color:#333}
.entry-content .wp-block-pullquote{border-top:3px solid var(--gdl-rosso);border-bottom:3px solid var(--gdl-rosso);margin:30px 0;padding:18px 10px;text-align:center;font-size:24px;line-height:1.35;color:var(--gdl-rosso)}
.entry-content .wp-block-pullquote blockquote{margin:0}
.entry-content .wp-block-pullquote cite{display:block;font-size:14px;font-style:normal;color:var(--gdl-grigio);margin-top:8px}
.entry-content table{width:100%;border-collapse:collapse;font-family:var(--gdl-sans);font-size:15px;margin:0 0 22px}
.entry-content th,.entry-content td{border:1px solid var(--gdl-linea);padding:7px 10px;text-align:left}
.entry-content thead th{background:var(--gdl-blu);color:#fff}
.entry-content tbody tr:nth-child(even){background:var(--gdl-sfondo)}
.gdl-leggi-anche{font-family:var(--gdl-sans);font-size:16px;border-left:4px solid var(--gdl-rosso);background:var(--gdl-sfondo);padding:10px 14px;margin:0 0 20px}
.gdl-leggi-anche strong{color:var(--gdl-rosso);text-transform:uppercase;font-size:13px;letter-spacing:.4px}
.gdl-aggiornamento{font-family:var(--gdl-sans);font-size:15px;background:#fff6d6;border:1px solid #f0dc8a;padding:10px 14px}
.gdl-adv{background:var(--gdl-sfondo);text-align:center;margin:0 auto 24px;position:relative;overflow:hidden}
.gdl-adv__label{display:block;font-family:var(--gdl-sans);font-size:10px;color:#999;text-transform:uppercase;letter-spacing:1px;padding:3px 0}
.gdl-adv--inarticle{min-height:280px;margin:6px 0 26px}
.gdl-adv--sidebar{width:300px;min-height:270px}
.gdl-adv--sticky{width:300px;min-height:620px;position:sticky;top:60px}
.gdl-adv--skin{display:none}
.gdl-sponsor{border:1px solid var(--gdl-linea);padding:12px;margin:0 0 24px;font-size:14px}
.gdl-sponsor h4{margin:0 0 8px;font-size:12px;text-transform:uppercase;color:var(--gdl-grigio);letter-spacing:.5px}
.gdl-sponsor ul{list-style:none;margin:0;padding:0}
.gdl-sponsor li{margin:0 0 8px}
.gdl-tags{margin:26px 0;font-size:14px}
.gdl-tags span{font-weight:700;margin-right:6px}
.gdl-tags a{display:inline-block;background:var(--gdl-sfondo);border:1px solid var(--gdl-linea);border-radius:2px;padding:3px 10px;margin:0 5px 6px 0;color:var(--gdl-testo)}
.gdl-author-box{display:flex;gap:16px;border:1px solid var(--gdl-linea);padding:16px;margin:24px 0;background:#fafbfc}
.gdl-author-box img{width:80px;height:80px;border-radius:50%}
.gdl-author-box h4{margin:0 0 6px}
.gdl-author-box p{margin:0;font-size:15px}
.gdl-newsletter{background:var(--gdl-blu);color:#fff;padding:20px;margin:26px 0;border-radius:3px}
.gdl-newsletter h4{margin:0 0 6px;font-size:20px;font-family:var(--gdl-serif)}
.gdl-newsletter form{display:flex;gap:8px;margin-top:10px}
.gdl-newsletter input[type=email]{flex:1;padding:9px;border:0}
.gdl-newsletter button{background:var(--gdl-rosso);color:#fff;border:0;padding:9px 18px;font-weight:700}
.gdl-correlati{margin:30px 0}
.gdl-correlati h3,.widget-title{font-size:16px;text-transform:uppercase;border-bottom:2px solid var(--gdl-rosso);padding-bottom:6px;margin:0 0 12px;letter-spacing:.4px}
.gdl-correlati ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
@media (max-width:700px){.gdl-correlati ul{grid-template-columns:1fr}}
.gdl-correlati img{width:100%;aspect-ratio:3/2;object-fit:cover;background:var(--gdl-sfondo)}
.gdl-correlati a{display:block;font-weight:700;font-size:15px;line-height:1.3;color:var(--gdl-testo);margin-top:6px}
.gdl-correlati time,.widget time{display:block;font-size:12px;color:var(--gdl-grigio);margin-top:3px}
.comments-area{margin:30px 0;border-top:3px solid var(--gdl-blu);padding-top:12px}
.comments-title{font-size:20px;margin:0 0 12px}
.comment-list{list-style:none;margin:0 0 20px;padding:0}
.comment-body{border-bottom:1px solid var(--gdl-linea);padding:12px 0}
.comment-meta{font-size:13px;color:var(--gdl-grigio)}
.comment-author .fn{font-weight:700;color:var(--gdl-testo);font-style:normal}
.comment-form label{display:block;font-size:14px;margin:8px 0 4px}
.comment-form textarea,.comment-form input[type=text],.comment-form input[type=email]{width:100%;padding:8px;border:1px solid #ccc}
.comment-form .submit{background:var(--gdl-blu);color:#fff;border:0;padding:9px 18px;margin-top:10px;font-weight:700}
.gdl-infinite-sep{display:flex;align-items:center;gap:12px;margin:44px 0 26px;color:var(--gdl-grigio);font-size:13px;text-transform:uppercase;letter-spacing:1px}
.gdl-infinite-sep:before,.gdl-infinite-sep:after{content:"";flex:1;height:3px;background:var(--gdl-blu)}
.gdl-infinite-loader{text-align:center;padding:20px;color:var(--gdl-grigio);font-size:14px}
.widget{margin:0 0 30px}
.widget ul,.widget ol{list-style:none;margin:0;padding:0}
.widget li{border-bottom:1px solid var(--gdl-linea);padding:9px 0;font-size:15px;line-height:1.35}
.widget ol{counter-reset:pl}
.widget ol li{counter-increment:pl;padding-left:34px;position:relative}
.widget ol li:before{content:counter(pl);position:absolute;left:0;top:6px;font-family:var(--gdl-serif);font-size:24px;font-weight:700;color:var(--gdl-rosso)}
.widget a{color:var(--gdl-testo)}
.gdl-meteo{background:linear-gradient(180deg,#2a88c9,#123e6b);color:#fff;padding:14px;border-radius:3px}
.gdl-meteo a{color:#fff}
.site-footer{background:var(--gdl-blu-scuro);color:#b9c6d4;font-size:14px;margin-top:40px}
.site-footer a{color:#dfe7ef}
.gdl-footer-cols{display:grid;grid-template-columns:1.4fr 1fr 1fr 1fr 1.6fr;gap:28px;padding:34px 15px}
@media (max-width:900px){.gdl-footer-cols{grid-template-columns:1fr 1fr}}
.gdl-footer-cols h5{color:#fff;text-transform:uppercase;font-size:13px;letter-spacing:.6px;margin:0 0 10px}
.gdl-footer-cols ul{list-style:none;margin:0;padding:0}
.gdl-footer-cols li{margin:0 0 6px}
.gdl-footer-comuni li{display:inline-block;margin:0 10px 6px 0}
.site-info{border-top:1px solid rgba(255,255,255,.12);padding:14px 15px 26px;font-size:12px;line-height:1.6}
.site-info .gdl-legal a{margin-right:14px}
#gdl-cookie-notice{position:fixed;bottom:0;left:0;right:0;z-index:100001;background:#fff;border-top:4px solid var(--gdl-blu);box-shadow:0 -4px 18px rgba(0,0,0,.2);padding:18px 15px;display:none;font-size:14px}
#gdl-cookie-notice.cn-visible{display:block}
#gdl-cookie-notice .cn-inner{max-width:1100px;margin:0 auto;display:flex;gap:20px;align-items:center}
#gdl-cookie-notice .cn-buttons{display:flex;gap:8px;flex-shrink:0}
#gdl-cookie-notice button{padding:9px 16px;font-weight:700;border:1px solid var(--gdl-blu);background:#fff;color:var(--gdl-blu);cursor:pointer}
#gdl-cookie-notice .cn-accept{background:var(--gdl-blu);color:#fff}
"""

HEAD_JS = """<script>
window._gdlEmojiSettings={"baseUrl":"https:\\/\\/cdn.gazzettadellario.example\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/cdn.gazzettadellario.example\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}};
</script>
<script>
var gdlCookieConfig={"version":"3.2","cookieName":"gdl_consenso","expiryDays":180,"policyUrl":"\\/cookie-policy\\/",
"finalita":[{"id":"necessari","nome":"Strettamente necessari","obbligatorio":true},{"id":"statistiche","nome":"Statistiche","obbligatorio":false},
{"id":"pubblicita","nome":"Pubblicità personalizzata","obbligatorio":false},{"id":"social","nome":"Social e contenuti esterni","obbligatorio":false}],
"blockScripts":["data-gdl-consent"]};
</script>
<script>
window.gdlDataLayer=window.gdlDataLayer||[];
gdlDataLayer.push({"tipo":"articolo","id_articolo":%(pid)d,"sezione":"%(sez)s","autore":"%(aut)s","data_pubblicazione":"%(pub)s","parole":%(wc)d,"infinite":%(inf)s});
(function(w,d,s,u){var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src=u;j.setAttribute("data-gdl-consent","statistiche");f.parentNode.insertBefore(j,f);})(window,document,"script","https://stats.gazzettadellario.example/gs.js?id=GDL-88213");
</script>
<script>
var gdlAdv=gdlAdv||{queue:[]};
gdlAdv.queue.push(function(){
  gdlAdv.target({sezione:"%(sez)s",articolo:"%(pid)d",tags:%(tags)s});
  gdlAdv.slot("/11873406/gazzettadellario/%(sez)s/masthead",[[728,90],[970,250]],"div-gpt-ad-masthead");
  gdlAdv.slot("/11873406/gazzettadellario/%(sez)s/box1",[[300,250]],"div-gpt-ad-box1");
  gdlAdv.slot("/11873406/gazzettadellario/%(sez)s/half",[[300,600],[300,250]],"div-gpt-ad-half");
  gdlAdv.slot("/11873406/gazzettadellario/%(sez)s/inarticle",[[300,250],[336,280],"fluid"],"div-gpt-ad-inarticle");
  gdlAdv.outOfPage("/11873406/gazzettadellario/skin","div-gpt-ad-skin");
  gdlAdv.start({lazy:true,collapseEmpty:true});
});
</script>
<script async src="https://adv.gazzettadellario.example/loader.min.js" data-gdl-consent="pubblicita"></script>
"""

FOOT_JS = """<script>
var gdlInfinite=%(inf)s;
(function(w,d){
  var n=d.getElementById("gdl-cookie-notice");
  if(n&&d.cookie.indexOf("gdl_consenso=")===-1){n.className+=" cn-visible";}
  function salva(v){d.cookie="gdl_consenso="+v+";path=/;max-age="+(180*86400)+";SameSite=Lax";n.className=n.className.replace(" cn-visible","");}
  var a=d.getElementById("cn-accept-cookie"),r=d.getElementById("cn-refuse-cookie");
  if(a){a.onclick=function(){salva("tutti");};}if(r){r.onclick=function(){salva("necessari");};}
  if(!w.gdlInfinite||!w.gdlInfinite.enabled){return;}
  var arts=d.querySelectorAll("article[data-gdl-url]"),cur=0;
  w.addEventListener("scroll",function(){
    for(var i=arts.length-1;i>=0;i--){var r=arts[i].getBoundingClientRect();
      if(r.top<w.innerHeight/3){if(i!==cur){cur=i;history.replaceState(null,arts[i].getAttribute("data-gdl-title"),arts[i].getAttribute("data-gdl-url"));
        w.gdlDataLayer.push({event:"virtualPageview",url:arts[i].getAttribute("data-gdl-url")});}break;}}
  },{passive:true});
})(window,document);
</script>
<script src="https://www.gazzettadellario.example/wp-content/themes/gazzetta-lario/js/theme.min.js?ver=4.7.3" defer></script>
<script src="https://www.gazzettadellario.example/wp-content/plugins/gdl-infinite/infinite.min.js?ver=2.1.0" defer></script>
"""


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

SPRITE = svg_sprite(2203, ["facebook", "whatsapp", "telegram", "email", "print", "search", "menu", "close", "user", "clock", "comment",
                           "chevron-right", "chevron-down", "arrow-up", "play", "camera", "sun", "cloud", "rain", "alert", "newspaper"], "gdl-i")
VENDORS = cmp_vendors(2210, 130, "partner-adv.example")


# ---------------------------------------------------------------- rendering

def render_parts(parts, blocks, pid):
    out = []
    img_n = 0
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "h2" or k == "h3":
            out.append(f'<{k} class="wp-block-heading">{esc(p[1])}</{k}>')
            blocks.append(Block("heading", p[1]))
        elif k == "ul":
            out.append('<ul class="wp-block-list">' + "".join(f"<li>{esc(t)}</li>" for t in p[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in p[1]]
        elif k == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{esc(p[1])}</p></blockquote>')
            blocks.append(Block("quote", p[1]))
        elif k == "pull":
            out.append(f'<figure class="wp-block-pullquote"><blockquote><p>{esc(p[1])}</p><cite>{esc(p[2])}</cite></blockquote></figure>')
            blocks.append(Block("quote", p[1], optional=True))
        elif k == "img":
            _, fname, cap, credit = p
            img_n += 1
            out.append(f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" '
                       f'src="{UPLOADS}/{fname}-1024x683.jpg" alt="" class="wp-image-{pid + 40 + img_n}" '
                       f'srcset="{UPLOADS}/{fname}-1024x683.jpg 1024w, {UPLOADS}/{fname}-300x200.jpg 300w, {UPLOADS}/{fname}-768x512.jpg 768w" '
                       f'sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">{esc(cap)} {esc(credit)}</figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "table":
            _, rows = p
            t = ['<figure class="wp-block-table"><table><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            t += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            t.append("</tbody></table></figure>")
            out.append("".join(t))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
        elif k == "leggi":
            _, title, path, style = p
            if style == "box":
                out.append(f'<div class="gdl-leggi-anche"><strong>Leggi anche:</strong> <a href="{HOST}{path}">{esc(title)}</a></div>')
            else:
                out.append(f'<p class="gdl-correlato-inline"><strong>Leggi anche:</strong> <a href="{HOST}{path}" target="_blank">{esc(title)}</a></p>')
        elif k == "adv":
            out.append('<div class="gdl-adv gdl-adv--inarticle" id="div-gpt-ad-inarticle"><span class="gdl-adv__label">Pubblicità</span></div>')
        elif k == "update":
            out.append(f'<p class="gdl-aggiornamento"><strong>{esc(p[1])}</strong> {esc(p[2])}</p>')
            blocks.append(Block("note", f"{p[1]} {p[2]}", optional=True))
    return "\n".join(out)


def share(url, title):
    u, t = _quote(url, safe=""), _quote(title, safe="")
    return ('<ul class="gdl-share" aria-label="Condividi">'
            f'<li><a class="fb" href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="nofollow noopener">Facebook</a></li>'
            f'<li><a class="wa" href="https://wa.example/send?text={t}%20{u}" target="_blank" rel="nofollow noopener">WhatsApp</a></li>'
            f'<li><a class="tg" href="https://telegram.example/share/url?url={u}&amp;text={t}" target="_blank" rel="nofollow noopener">Telegram</a></li>'
            f'<li><a class="ml" href="mailto:?subject={t}&amp;body={u}">Email</a></li>'
            '<li><a class="pr" href="javascript:window.print()">Stampa</a></li></ul>')


def byline(authors):
    links = [f'<a class="url fn n" href="{HOST}/author/{slugify(x)}/">{esc(x)}</a>' for x in authors]
    s = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " e " + links[-1]
    return f'<span class="byline">di <span class="author vcard">{s}</span></span>'


def render_next(n):
    paras = "".join(f"<p>{x}</p>" for x in n["paras"])
    return (f'<div class="gdl-infinite-sep"><span>Continua a leggere</span></div>'
            f'<article id="post-{n["pid"]}" class="post-{n["pid"]} post type-post status-publish format-standard has-post-thumbnail hentry category-{n["cat"]} gdl-infinite-post" '
            f'data-gdl-url="{n["url"]}" data-gdl-title="{esc(n["headline"])} - {NAME}">'
            '<header class="entry-header">'
            f'<span class="gdl-occhiello">{esc(n["occhiello"])}</span>'
            f'<h1 class="entry-title">{esc(n["headline"])}</h1>'
            f'<div class="entry-meta">{byline([n["author"]])}'
            f'<span class="posted-on"><time class="entry-date published" datetime="{n["pub"].isoformat()}">{it_full(n["pub"])}</time></span></div>'
            '</header>'
            f'<figure class="post-thumbnail"><img src="{UPLOADS}/{n["img"]}-1024x683.jpg" alt="" loading="lazy" width="1024" height="683"></figure>'
            f'<div class="entry-content">{paras}</div>'
            + share(n["url"], n["headline"]) +
            '</article>')


def word_count(blocks):
    return sum(len(b.text.split()) for b in blocks if not b.optional)


def page(a, with_next=True):
    pub, upd = a["pub"], a.get("upd")
    url = a["url"]
    pid = a["pid"]
    blocks = []
    if a.get("sommario"):
        blocks.append(Block("paragraph", a["sommario"], optional=True))
    lead = ""
    if a.get("lead"):
        lead = render_parts([("img",) + a["lead"]], blocks, pid).replace("wp-block-image size-large", "post-thumbnail wp-block-image")
    content = render_parts(a["parts"], blocks, pid)
    wc = word_count(blocks)
    sez = a["cat"]
    nxt = a["next"] if with_next else None
    inf_cfg = {"enabled": bool(nxt), "container": ".site-main", "maxPosts": 5,
               "next": ([{"id": nxt["pid"], "url": nxt["url"], "title": nxt["headline"]}] if nxt else []),
               "ajaxUrl": "/wp-admin/admin-ajax.php", "action": "gdl_next_post", "nonce": "7c1e0a94d2"}
    tags = a["tags"]
    img = f"{UPLOADS}/{a['img']}.jpg"

    h = ['<!DOCTYPE html>', '<html lang="it-IT" prefix="og: https://ogp.me/ns#">', '<head>', '<meta charset="UTF-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<link rel="profile" href="https://gmpg.org/xfn/11">',
         f'<title>{esc(a["headline"] if a.get("title_bare") else a["title"])}</title>',
         f'<meta name="description" content="{esc(a["desc"])}">',
         '<meta name="robots" content="index, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large">',
         f'<link rel="canonical" href="{url}">',
         '<meta property="og:locale" content="it_IT">', '<meta property="og:type" content="article">',
         f'<meta property="og:title" content="{esc(a["og_title"])}">',
         f'<meta property="og:description" content="{esc(a["desc"])}">',
         f'<meta property="og:url" content="{url}">', f'<meta property="og:site_name" content="{NAME}">',
         f'<meta property="og:updated_time" content="{(upd or pub).isoformat()}">',
         f'<meta property="og:image" content="{img}">', '<meta property="og:image:width" content="1200">',
         '<meta property="og:image:height" content="800">', '<meta property="og:image:type" content="image/jpeg">',
         '<meta property="article:publisher" content="https://facebook.example/gazzettadellario">']
    h += [f'<meta property="article:tag" content="{esc(t)}">' for t in tags]
    h += [f'<meta property="article:section" content="{esc(a["cat_label"])}">',
          f'<meta property="article:published_time" content="{(a.get("meta_pub") or pub).isoformat()}">',
          f'<meta property="article:modified_time" content="{(upd or pub).isoformat()}">',
          '<meta name="twitter:card" content="summary_large_image">',
          f'<meta name="twitter:title" content="{esc(a["og_title"])}">',
          f'<meta name="twitter:description" content="{esc(a["desc"])}">',
          f'<meta name="twitter:image" content="{img}">',
          '<meta name="twitter:label1" content="Scritto da">', f'<meta name="twitter:data1" content="{esc(a["authors"][0])}">',
          '<meta name="twitter:label2" content="Tempo di lettura">', f'<meta name="twitter:data2" content="{max(1, round(wc / 200))} minuti">']
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": HOST + "/#organization", "name": NAME, "url": HOST + "/",
         "logo": {"@type": "ImageObject", "url": f"{UPLOADS}/2014/03/logo-gazzetta-lario.png", "width": 512, "height": 512},
         "sameAs": ["https://facebook.example/gazzettadellario", "https://www.pictory.example/gazzettadellario"]},
        {"@type": "WebSite", "@id": HOST + "/#website", "url": HOST + "/", "name": NAME, "inLanguage": "it-IT",
         "publisher": {"@id": HOST + "/#organization"},
         "potentialAction": {"@type": "SearchAction", "target": HOST + "/?s={search_term_string}", "query-input": "required name=search_term_string"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"], "datePublished": pub.isoformat(),
         "dateModified": (upd or pub).isoformat(), "isPartOf": {"@id": HOST + "/#website"}, "inLanguage": "it-IT"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": nm, "item": HOST + p} for i, (nm, p) in enumerate(a["crumbs"])]},
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "headline": a["headline"],
         "description": a["desc"], "datePublished": pub.isoformat(), "dateModified": (upd or pub).isoformat(),
         "author": [{"@type": "Person", "name": x, "url": f"{HOST}/author/{slugify(x)}/"} for x in a["authors"]],
         "publisher": {"@id": HOST + "/#organization"}, "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 800},
         "articleSection": a["cat_label"], "keywords": tags, "wordCount": wc, "inLanguage": "it-IT",
         "mainEntityOfPage": {"@id": url}},
    ]}
    art_ld = graph["@graph"][-1]
    if a.get("ld_author") == "org":
        art_ld["author"] = {"@type": "Organization", "name": "Redazione Gazzetta del Lario", "url": HOST + "/redazione/"}
    elif a.get("ld_author") == "none":
        del art_ld["author"]
    if not a.get("no_schema"):  # stories from the old theme (before 2018) carry no schema graph
        h.append('<script type="application/ld+json" class="gdl-schema-graph">' + _json.dumps(graph, ensure_ascii=False) + '</script>')
    h += [f'<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; Feed" href="{HOST}/feed/">',
          f'<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; {esc(a["cat_label"])} Feed" href="{HOST}/{sez}/feed/">',
          f'<link rel="shortlink" href="{HOST}/?p={pid}">',
          f'<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}">',
          f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd">',
          '<meta name="generator" content="WordPress 6.4.3">',
          f'<link rel="stylesheet" id="gazzetta-lario-style-css" href="{HOST}/wp-content/themes/gazzetta-lario/style.css?ver=4.7.3" media="all">',
          f'<link rel="stylesheet" id="wp-block-library-css" href="{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">',
          '<link rel="icon" href="' + UPLOADS + '/2014/03/cropped-favicon-32x32.png" sizes="32x32">',
          '<link rel="apple-touch-icon" href="' + UPLOADS + '/2014/03/cropped-favicon-180x180.png">',
          '<style id="gazzetta-lario-inline-css">' + CSS + '</style>']
    h.append(HEAD_JS % {"pid": pid, "sez": sez, "aut": ", ".join(a["authors"]), "pub": pub.isoformat(), "wc": wc,
                        "inf": "true" if nxt else "false", "tags": _json.dumps([slugify(t) for t in tags])})
    h.append('</head>')

    h.append(f'<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive gdl-infinite-scroll">')
    h.append('<div id="div-gpt-ad-skin" class="gdl-adv gdl-adv--skin"></div>')
    h.append(SPRITE)
    h.append('<div id="page" class="site"><div class="gdl-site-inner"><a class="skip-link screen-reader-text" href="#primary">Vai al contenuto</a>')
    h.append(f'<div class="gdl-topbar"><div class="gdl-container"><span class="gdl-topbar__data">{it_today(a["today"])}</span>'
             '<span><a href="/abbonamenti/">Abbonati</a><a href="/edicola-digitale/">Edicola digitale</a>'
             '<a href="/newsletter/">Newsletter</a><a href="/wp-login.php">Accedi</a></span></div></div>')
    h.append('<header id="masthead" class="site-header"><div class="gdl-container"><div class="site-branding"><div>'
             f'<p class="site-title"><a href="{HOST}/" rel="home">{NAME}</a></p>'
             '<p class="site-description">Quotidiano online di Como, Lecco e del lago</p></div>'
             '<div class="gdl-adv gdl-header-adv" id="div-gpt-ad-masthead"><span class="gdl-adv__label">Pubblicità</span></div></div></div></header>')
    n = ['<nav id="site-navigation" class="main-navigation" aria-label="Menu principale"><div class="gdl-container"><ul id="primary-menu" class="menu">',
         f'<li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-home"><a href="{HOST}/">Home</a></li>']
    for i, (label, slug, subs) in enumerate(NAV):
        cls = "menu-item menu-item-type-taxonomy menu-item-object-category"
        if subs:
            cls += " menu-item-has-children"
        if slug == sez:
            cls += " current-menu-parent"
        n.append(f'<li id="menu-item-{120 + i}" class="{cls}"><a href="{HOST}/{slug}/">{esc(label)}</a>')
        if subs:
            n.append('<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-type-taxonomy"><a href="{HOST}/{slug}/{slugify(s)}/">{esc(s)}</a></li>' for s in subs) + '</ul>')
        n.append('</li>')
    n.append('</ul></div></nav>')
    h.append("".join(n))
    if a.get("breaking"):
        bt, bd = a["breaking"]
        h.append(f'<div class="gdl-breaking"><div class="gdl-container"><strong>Ultim’ora</strong>'
                 f'<span>{bd:%H:%M}</span><a href="{HOST}/cronaca/{slugify(bt)}/">{esc(bt)}</a></div></div>')

    h.append('<div id="content" class="site-content gdl-container"><div class="gdl-row"><div id="primary" class="content-area gdl-col-main"><main id="main" class="site-main"><div class="gdl-posts">')
    h.append('<nav class="gdl-breadcrumbs" aria-label="breadcrumbs">' +
             '<span class="sep">»</span>'.join(f'<a href="{HOST}{p}">{esc(nm)}</a>' for nm, p in a["crumbs"][:-1]) +
             f'<span class="sep">»</span><span class="last">{esc(a["crumbs"][-1][0])}</span></nav>')
    h.append(f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry '
             f'category-{sez} ' + " ".join(f"tag-{slugify(t)}" for t in tags) +
             f'" data-gdl-url="{url}" data-gdl-title="{esc(a["title"])}">')
    h.append('<header class="entry-header">')
    h.append(f'<span class="gdl-occhiello">{esc(a["occhiello"])}</span>')
    h.append(f'<h1 class="entry-title">{esc(a["headline"])}</h1>')
    if a.get("sommario"):
        h.append(f'<p class="gdl-sommario">{esc(a["sommario"])}</p>')
    meta = [f'<div class="entry-meta">{byline(a["authors"])}',
            f'<span class="posted-on">Pubblicato il <time class="entry-date published" datetime="{pub.isoformat()}">{it_full(pub)}</time></span>']
    if upd:
        meta.append(f'<span class="updated-on">Aggiornato il <time class="updated" datetime="{upd.isoformat()}">{it_full(upd)}</time></span>')
    if a.get("comments"):
        meta.append(f'<span class="comments-link"><a href="{url}#comments">{len(a["comments"])} commenti</a></span>')
    meta.append(f'<span class="gdl-reading">Lettura: {max(1, round(wc / 200))} min</span></div>')
    h.append("".join(meta))
    h.append('</header>')
    h.append(share(url, a["headline"]))
    h.append(lead)
    h.append(f'<div class="gdl-entry-wrap"><div class="entry-content">{content}</div></div>')
    h.append('<div class="gdl-tags"><span>Argomenti:</span>' +
             "".join(f'<a href="{HOST}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags) + '</div>')
    h.append(share(url, a["headline"]))
    if a.get("bio"):
        nm, txt = a["bio"]
        h.append(f'<div class="gdl-author-box"><img src="{UPLOADS}/autori/{slugify(nm)}-160x160.jpg" alt="{esc(nm)}" loading="lazy" width="80" height="80">'
                 f'<div><h4>{esc(nm)}</h4><p>{esc(txt)}</p><p><a href="{HOST}/author/{slugify(nm)}/">Tutti gli articoli di {esc(nm)}</a></p></div></div>')
    h.append('</article>')
    if a.get("newsletter"):
        h.append('<div class="gdl-newsletter"><h4>Il Lario in tasca</h4><p>Ogni mattina alle 7 le notizie più importanti di Como e Lecco, '
                 'gratis nella tua casella di posta.</p><form action="/newsletter/iscrizione/" method="post">'
                 '<label class="screen-reader-text" for="gdl-nl-email">Indirizzo email</label>'
                 '<input type="email" id="gdl-nl-email" name="email" placeholder="Il tuo indirizzo email" required>'
                 '<button type="submit">Iscriviti</button></form>'
                 '<p><small>Iscrivendoti accetti l’<a href="/privacy-policy/">informativa sulla privacy</a>.</small></p></div>')
    h.append('<div class="gdl-sponsor"><h4>Contenuti sponsorizzati</h4><ul>'
             '<li><a href="https://partner.example/casa-lago" rel="sponsored nofollow">Case vista lago: i prezzi zona per zona</a></li>'
             '<li><a href="https://partner.example/apparecchi-acustici" rel="sponsored nofollow">Sentire meglio a ogni età: la prova gratuita</a></li>'
             '<li><a href="https://partner.example/infissi" rel="sponsored nofollow">Finestre nuove con lo sconto in fattura</a></li></ul></div>')
    rel = ['<section class="gdl-correlati"><h3>Potrebbe interessarti</h3><ul>']
    for i, (t, days) in enumerate(a["related"]):
        rd = (pub - _dt.timedelta(days=days)).replace(hour=(8 + i * 4) % 24, minute=(i * 13 + 7) % 60)
        rel.append(f'<li><img src="{UPLOADS}/{rd:%Y/%m}/{slugify(t)[:40]}-300x200.jpg" alt="" loading="lazy" width="300" height="200">'
                   f'<a href="{HOST}/{sez}/{slugify(t)}/">{esc(t)}</a><time datetime="{rd.isoformat()}">{it_date(rd)}</time></li>')
    rel.append('</ul></section>')
    h.append("".join(rel))
    if a.get("comments"):
        c = [f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(a["comments"])} commenti su “{esc(a["headline"])}”</h2><ol class="comment-list">']
        for i, (who, when, txt) in enumerate(a["comments"]):
            c.append(f'<li id="comment-{pid * 10 + i}" class="comment even depth-1"><article class="comment-body"><footer class="comment-meta">'
                     f'<div class="comment-author vcard"><b class="fn">{esc(who)}</b> <span class="says">ha detto:</span></div>'
                     f'<div class="comment-metadata"><a href="{url}#comment-{pid * 10 + i}"><time datetime="{when.isoformat()}">{it_date(when)} alle {when:%H:%M}</time></a></div></footer>'
                     f'<div class="comment-content"><p>{esc(txt)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Rispondi</a></div></article></li>')
        c.append('</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Lascia un commento</h3>'
                 '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
                 '<p class="comment-notes">Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *</p>'
                 '<label for="comment">Commento *</label><textarea id="comment" name="comment" rows="6" required></textarea>'
                 '<label for="author">Nome *</label><input id="author" name="author" type="text" required>'
                 '<label for="email">Email *</label><input id="email" name="email" type="email" required>'
                 f'<input type="hidden" name="comment_post_ID" value="{pid}"><input name="submit" type="submit" class="submit" value="Invia commento"></form></div></div>')
        h.append("".join(c))
    if nxt:
        h.append(render_next(nxt))
        h.append('<div class="gdl-infinite-loader" aria-hidden="true">Caricamento del prossimo articolo…</div>')
    h.append('</div></main></div>')

    s = ['<aside id="secondary" class="widget-area">',
         '<div class="gdl-adv gdl-adv--sidebar" id="div-gpt-ad-box1"><span class="gdl-adv__label">Pubblicità</span></div>',
         '<section class="widget widget_gdl_popular"><h2 class="widget-title">I più letti</h2><ol>']
    k = (a["seed"] * 3) % len(PIU_LETTI)
    for t in (PIU_LETTI[k:] + PIU_LETTI[:k])[:5]:
        s.append(f'<li><a href="{HOST}/cronaca/{slugify(t)}/">{esc(t)}</a></li>')
    s.append('</ol></section><section class="widget widget_recent_entries"><h2 class="widget-title">Ultime notizie</h2><ul>')
    base = a["today"]
    for i, t in enumerate(ULTIME[:6]):
        when = base - _dt.timedelta(minutes=12 + 31 * i)
        s.append(f'<li><a href="{HOST}/cronaca/{slugify(t)}/">{esc(t)}</a><time datetime="{when.isoformat()}">{it_date(when)}, {when:%H:%M}</time></li>')
    s.append('</ul></section>')
    s.append('<section class="widget gdl-meteo"><h2 class="widget-title">Meteo</h2>'
             f'<p>{esc(a["meteo"])}</p><p><a href="{HOST}/meteo/">Previsioni per i prossimi giorni</a></p></section>')
    s.append('<div class="gdl-adv gdl-adv--sticky" id="div-gpt-ad-half"><span class="gdl-adv__label">Pubblicità</span></div>')
    s.append('</aside>')
    h.append("".join(s))
    h.append('</div></div>')

    f = ['<footer id="colophon" class="site-footer"><div class="gdl-container gdl-footer-cols">',
         f'<div><h5>{NAME}</h5><p>Via Borgo Vico 148, 22100 Como<br>Tel. 031 555 0190<br>redazione@gazzettadellario.example</p>'
         '<p>Redazione di Lecco: Corso Martiri 31, 23900 Lecco</p></div>']
    for title, items in FOOTER_COLS:
        f.append(f'<div><h5>{esc(title)}</h5><ul>' + "".join(f'<li><a href="{HOST}/{slugify(i)}/">{esc(i)}</a></li>' for i in items) + '</ul></div>')
    f.append('<div class="gdl-footer-comuni"><h5>I comuni</h5><ul>' +
             "".join(f'<li><a href="{HOST}/comune/{slugify(c)}/">{esc(c)}</a></li>' for c in COMUNI) + '</ul></div>')
    f.append('</div><div class="site-info gdl-container"><p class="gdl-legal">' +
             "".join(f'<a href="{HOST}/{slugify(l)}/">{esc(l)}</a>' for l in LEGAL) + '</p>'
             f'<p>© {a["today"].year} Editoriale Lariana S.r.l. – Via Borgo Vico 148, 22100 Como – P.IVA 00000000000 – '
             'Testata registrata presso il Tribunale di Como. Direttore responsabile: Ettore Pelucchi. Tutti i diritti riservati.</p></div></footer>')
    h.append("".join(f))
    h.append('</div></div>')
    h.append('<div id="gdl-cookie-notice" role="dialog" aria-live="assertive" aria-label="Informativa cookie"><div class="cn-inner">'
             '<div class="cn-text">Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di terze parti '
             'per misurare il traffico, mostrarti pubblicità in linea con le tue preferenze e consentire la condivisione sui social network. '
             'Chiudendo questo banner con la X continui la navigazione con i soli cookie tecnici. Puoi modificare le tue scelte in qualsiasi '
             f'momento dal link «Gestisci i cookie» a fondo pagina. <a href="{HOST}/cookie-policy/">Leggi la cookie policy</a>.</div>'
             '<div class="cn-buttons"><button id="cn-accept-cookie" class="cn-accept" type="button">Accetta</button>'
             '<button id="cn-refuse-cookie" type="button">Rifiuta</button>'
             '<button id="cn-more-info" type="button">Personalizza</button>'
             '<button id="cn-close" type="button" aria-label="Chiudi">×</button></div></div></div>')
    h.append('<script id="gdl-tcf-vendors" type="application/json">' + VENDORS + '</script>')
    h.append(FOOT_JS % {"inf": _json.dumps(inf_cfg, ensure_ascii=False)})
    h.append('</body>')
    h.append('</html>')
    return "\n".join(h), blocks


# ---------------------------------------------------------------- articles

COMMON_PHEN = ["localized-date", "local-time-zone", "nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list",
               "most-read", "ad-slots", "tag-list", "decoy-date", "json-ld", "kicker"]

ARTICLES = [
    # ------------------------------------------------------------ 01
    dict(
        id="gazzetta-del-lario-01", no_schema=True, seed=1, pid=21403, cat="cronaca", cat_label="Cronaca",
        url=f"{HOST}/cronaca/como/lago-esonda-piazza-cavour-passerelle-lungolago-21403/",
        crumbs=[("Home", "/"), ("Cronaca", "/cronaca/"), ("Como", "/cronaca/como/"), ("Il lago esce in piazza Cavour", "/cronaca/como/2015/05/06/lago-esonda-piazza-cavour-passerelle-lungolago/")],
        occhiello="Maltempo",
        headline="Il lago esce in piazza Cavour: passerelle sul lungolago e negozi chiusi",
        title="Como, esondazione del lago: piazza Cavour sott’acqua - La Gazzetta del Lario",
        og_title="Como, esondazione del lago: piazza Cavour sott’acqua",
        desc="Dopo tre giorni di pioggia il livello del Lario ha superato i 130 centimetri. Montate le passerelle, chiuso il sottopasso di viale Geno.",
        tags=["Como", "Maltempo", "Esondazione", "Lungolago"], img="2015/05/piazza-cavour-esondazione",
        pub=d(2015, 5, 6, 9, 12), upd=d(2015, 5, 6, 17, 40), today=d(2015, 5, 7, 8, 5),
        authors=["Marta Guanella"], meteo="Como: pioggia debole, 14°. Livello del lago in calo nella notte.",
        breaking=("Statale Regina chiusa a Colonno per una frana", d(2015, 5, 7, 7, 48)),
        sommario=("Dopo tre giorni di pioggia il livello del Lario ha superato i 130 centimetri all’idrometro di Como. I volontari "
                  "hanno montato le passerelle, chiuso il sottopasso di viale Geno."),
        lead=("2015/05/piazza-cavour-passerelle", "Le passerelle montate in piazza Cavour nella mattinata di mercoledì.", "(foto Sergio Brambilla)"),
        related=[("Lungolago, il cantiere delle paratie riparte in autunno", 20), ("Maltempo, frane in Valle Intelvi: due strade chiuse", 1),
                 ("Como, il lago sale di dieci centimetri in una notte", 180)],
        parts=[
            ("p", "COMO – Il lago è tornato in piazza Cavour. Alle 7 di questa mattina l’idrometro di Como segnava 132 centimetri sopra lo "
                  "zero, due in più del livello a cui l’acqua comincia a risalire dalle griglie e a invadere il selciato. In poche ore un velo "
                  "d’acqua ha coperto buona parte della piazza e il tratto di lungolago davanti all’imbarcadero."),
            ("p", "I volontari della protezione civile comunale hanno montato dalle 6 le passerelle in legno che permettono di raggiungere "
                  "i negozi e la biglietteria dei battelli. Chiuso al traffico il sottopasso di viale Geno, dove l’acqua ha raggiunto i "
                  "quaranta centimetri, e vietata la sosta in via Lungo Lario Trento."),
            ("adv",),
            ("h2", "Commercianti esasperati"),
            ("p", "Tra i commercianti della piazza l’umore è pessimo. «È la terza volta in due anni – racconta Fabrizio Porta, titolare di "
                  "una pelletteria sotto i portici –. Ho tolto la merce dagli scaffali bassi alle cinque del mattino. Le paratie? Ne sento "
                  "parlare da quando ero ragazzo»."),
            ("p", "Il riferimento è al progetto delle paratie mobili sul lungolago, avviato nel 2008 e mai completato. L’assessore ai Lavori "
                  "pubblici Giorgio Bernasconi assicura che il cantiere ripartirà in autunno: «I fondi ci sono, aspettiamo le ultime "
                  "autorizzazioni. Nel frattempo possiamo solo gestire l’emergenza nel modo più ordinato possibile»."),
            ("p", "In piazza Cavour i disagi sono cominciati già nella notte. I vigili del fuoco sono intervenuti in via Plinio e in via Bianchi "
                  "Giovini per svuotare alcune cantine allagate, mentre il servizio di navigazione ha sospeso gli attracchi al pontile centrale, "
                  "spostando partenze e arrivi dei battelli al pontile di Sant’Agostino."),
            ("p", "Sul lungolago, tra curiosi e fotografi, qualcuno ha approfittato delle passerelle per una passeggiata insolita. «Mio nonno "
                  "raccontava delle esondazioni degli anni Settanta, quando si andava in barca davanti al Duomo», ricorda Anna Bianchi, "
                  "pensionata, che abita in via Vittorio Emanuele. «Speriamo che non si arrivi a tanto»."),
            ("h2", "Le previsioni"),
            ("p", "Secondo l’ente che regola il deflusso del lago attraverso la diga di Olginate, il livello dovrebbe stabilizzarsi entro "
                  "giovedì sera, quando è attesa la fine delle piogge. La diga è completamente aperta dalla scorsa notte."),
            ("p", "A preoccupare è soprattutto la neve ancora presente in quota. Le temperature miti degli ultimi giorni stanno accelerando lo "
                  "scioglimento sulle montagne della Valtellina, e l’acqua che scende lungo l’Adda raggiungerà il lago nei prossimi giorni, "
                  "mantenendo il livello alto almeno fino al fine settimana."),
            ("p", "I tecnici dell’ufficio lavori pubblici ricordano che il livello di guardia in città è fissato a 120 centimetri: oltre quella "
                  "soglia l’acqua esce dai tombini prima ancora di superare il muro del lungolago. Per questo, da ieri, squadre di operai "
                  "chiudono ogni sera le paratoie provvisorie installate sugli scarichi più bassi di piazza Cavour."),
            ("p", "Sorvegliata speciale anche la sponda lecchese. Sul lungolago di Malgrate l’acqua ha lambito la carreggiata e la polizia "
                  "locale ha chiuso per alcune ore una corsia della provinciale. Disagi anche a Menaggio, dove si è allagato il parcheggio "
                  "accanto al lido."),
            ("p", "Il Comune raccomanda di non percorrere le passerelle in bicicletta o con i passeggini e di fare attenzione ai tombini, "
                  "che in alcuni punti sono stati sollevati dalla pressione dell’acqua. Per le segnalazioni è attivo il numero della polizia "
                  "locale 031 555 0120."),
            ("p", "Per i residenti del centro storico resta aperto il parcheggio di via Auguadri, dove fino a nuovo avviso la sosta sarà "
                  "gratuita per chi ha l’auto nelle zone allagate. Il numero verde della protezione civile comunale è attivo 24 ore su 24."),
            ("update", "Aggiornamento delle 17.30:", "il livello del lago è sceso a 129 centimetri e l’acqua si è ritirata da piazza Cavour. "
                       "Le passerelle resteranno montate almeno fino a domani mattina."),
        ],
        next=dict(pid=21398, cat="cronaca", occhiello="Cantù", url=f"{HOST}/cronaca/cantu/2015/05/06/spaccata-gioielleria-via-matteotti-ladri-fuga/",
                  headline="Spaccata in gioielleria: i ladri fuggono con 40mila euro di orologi", author="Luca Ronchetti",
                  pub=d(2015, 5, 6, 7, 30), img="2015/05/cantu-gioielleria-vetrina",
                  paras=["Hanno sfondato la vetrina con un’auto rubata poco prima delle tre di notte e in meno di due minuti hanno svuotato "
                         "le vetrine degli orologi. È successo in via Matteotti a Cantù, dove una gioielleria del centro ha subito il secondo "
                         "colpo in meno di un anno.",
                         "Il titolare, Ernesto Viganò, stima un danno di almeno 40mila euro, a cui vanno aggiunti i costi per la vetrina. "
                         "«Avevamo appena installato i dissuasori – racconta –. Hanno scelto l’unico punto in cui non c’erano».",
                         "L’auto, una station wagon rubata a Mariano Comense, è stata ritrovata abbandonata nelle campagne di Cucciago. "
                         "Indagano i carabinieri della compagnia di Cantù, che stanno acquisendo le immagini delle telecamere della zona."]),
        entities=[("lecchese", "MISC"), ("via Plinio", "LOC"), ("Anna Bianchi", "PER"), ("via Vittorio Emanuele", "LOC"), ("Duomo", "LOC"), ("via Bianchi Giovini", "LOC"), ("Sant’Agostino", "LOC"), ("Valtellina", "LOC"), ("Adda", "LOC"), ("via Auguadri", "LOC"), ("piazza Cavour", "LOC"), ("Lario", "LOC"), ("Como", "LOC"), ("viale Geno", "LOC"), ("COMO", "LOC"),
                  ("via Lungo Lario Trento", "LOC"), ("Fabrizio Porta", "PER"), ("Giorgio Bernasconi", "PER"), ("Olginate", "LOC"),
                  ("Malgrate", "LOC"), ("Menaggio", "LOC")],
        phenomena=COMMON_PHEN + ["next-article-appended", "standfirst", "dateline", "subheadings", "photo-caption", "updated-date",
                                 "correction-note", "title-differs-from-headline"],
        notes="The appended next article (Cantù jewellery raid) is excluded with its date; the 17.30 update line is an optional note; the photographer credit is left out of the caption.",
    ),
    # ------------------------------------------------------------ 02
    dict(
        id="gazzetta-del-lario-02", seed=2, pid=28841, cat="economia", cat_label="Economia",
        url=f"{HOST}/economia/acciaierie-rocchi-140-esuberi-lecco-sciopero-28841/",
        crumbs=[("Home", "/"), ("Economia", "/economia/"), ("Lavoro", "/economia/lavoro/"), ("Acciaierie Rocchi, 140 esuberi", "/economia/acciaierie-rocchi-140-esuberi-lecco-sciopero-28841/")],
        occhiello="Lavoro",
        headline="Acciaierie Rocchi, 140 esuberi a Lecco: i sindacati proclamano otto ore di sciopero",
        title="Acciaierie Rocchi, 140 esuberi a Lecco: i sindacati proclamano otto ore di sciopero - La Gazzetta del Lario",
        og_title="Acciaierie Rocchi, 140 esuberi a Lecco: i sindacati proclamano otto ore di sciopero",
        desc="L’azienda annuncia il ridimensionamento del reparto laminazione dello stabilimento di Castello. Presidio ai cancelli da lunedì.",
        tags=["Lecco", "Lavoro", "Acciaierie Rocchi", "Sindacati"], img="2016/02/acciaierie-rocchi-cancelli",
        pub=d(2016, 2, 23, 7, 55), today=d(2016, 2, 24, 9, 30),
        authors=["Paolo Sala"], meteo="Lecco: nuvoloso, 6°. Possibili piogge nel pomeriggio.", newsletter=True,
        sommario=("L’azienda annuncia il ridimensionamento del reparto laminazione dello stabilimento di Castello. Presidio davanti "
                  "ai cancelli da lunedì."),
        related=[("Distretto metalmeccanico, ordini in calo nel quarto trimestre", 35), ("Lecco, la cassa integrazione cresce del 18 per cento", 70),
                 ("Acciaierie Rocchi, firmato l’accordo sul premio di produzione", 400)],
        parts=[
            ("p", "Centoquaranta lavoratori in esubero su 610. È il numero che la direzione delle Acciaierie Rocchi ha messo sul tavolo ieri "
                  "pomeriggio nell’incontro con le rappresentanze sindacali, convocato con appena due giorni di preavviso. La riduzione "
                  "riguarderebbe quasi esclusivamente il reparto laminazione dello stabilimento di Castello, attivo dal 1921."),
            ("p", "La risposta dei sindacati è arrivata in serata: otto ore di sciopero da articolare nelle prossime due settimane e un "
                  "presidio permanente davanti ai cancelli di via Corti a partire da lunedì. «Non accetteremo una sola lettera di "
                  "licenziamento – dice Silvia Mauri, delegata sindacale da vent’anni in fabbrica –. Qui dentro ci sono famiglie intere, "
                  "padri e figli che lavorano nello stesso reparto»."),
            ("leggi", "Distretto metalmeccanico, ordini in calo nel quarto trimestre", "/economia/distretto-metalmeccanico-ordini-calo-quarto-trimestre/", "box"),
            ("h2", "La posizione dell’azienda"),
            ("p", "In una nota l’azienda spiega che il calo degli ordini dalla Germania, dove finisce oltre metà della produzione, e la "
                  "concorrenza dei laminati a basso costo importati dall’Asia rendono «non più sostenibile» l’attuale struttura produttiva. "
                  "Nella nota, firmata dall’amministratore delegato Guido Rocchi, si legge:"),
            ("quote", "«Abbiamo valutato ogni alternativa prima di arrivare a questa decisione. Il piano prevede il ricorso prioritario a "
                      "uscite volontarie incentivate e a prepensionamenti, e l’azienda è disponibile a discuterne ogni aspetto con le "
                      "parti sociali»."),
            ("adv",),
            ("h2", "Il timore per l’indotto"),
            ("p", "Preoccupa anche la ricaduta sull’indotto. Secondo l’Unione Artigiani del Lario sono almeno trenta le piccole aziende della "
                  "provincia che lavorano in prevalenza per le Acciaierie Rocchi, per un totale di circa 400 addetti. «Se si ferma un "
                  "reparto, dopo tre mesi chiudiamo anche noi», avverte il presidente Walter Crippa."),
            ("p", "Il sindaco di Lecco, Andrea Villa, ha chiesto un incontro urgente a Regione Lombardia: «Non è solo una vertenza "
                  "aziendale, è una questione che riguarda l’intera città». Il primo tavolo tra azienda, sindacati e istituzioni è fissato "
                  "per il 2 marzo."),
        ],
        next=dict(pid=28830, cat="cronaca", occhiello="Valmadrera", url=f"{HOST}/cronaca/valmadrera-nuova-biblioteca-ex-filanda-28830/",
                  headline="La nuova biblioteca apre nell’ex filanda: 40mila libri e una sala studio aperta fino a mezzanotte",
                  author="Chiara Bonacina", pub=d(2016, 2, 22, 18, 10), img="2016/02/valmadrera-biblioteca-filanda",
                  paras=["Dopo quattro anni di lavori, la biblioteca civica di Valmadrera ha una nuova casa. Sabato mattina sarà inaugurata "
                         "la sede ricavata nell’ex filanda di via Fatebenefratelli, un edificio dell’Ottocento rimasto vuoto per decenni.",
                         "Sugli scaffali ci sono 40mila volumi, il doppio rispetto alla vecchia sede. Al primo piano trova posto una sala studio "
                         "con 80 postazioni che resterà aperta fino a mezzanotte nei periodi degli esami universitari.",
                         "«Era una richiesta che gli studenti ci facevano da anni», spiega l’assessora alla Cultura Marina Redaelli. Il "
                         "recupero dell’edificio è costato 3,2 milioni di euro, in parte coperti da un bando regionale."]),
        entities=[("Acciaierie Rocchi", "ORG"), ("Lecco", "LOC"), ("Castello", "LOC"), ("via Corti", "LOC"), ("Silvia Mauri", "PER"),
                  ("Germania", "LOC"), ("Asia", "LOC"), ("Guido Rocchi", "PER"), ("Unione Artigiani del Lario", "ORG"),
                  ("Walter Crippa", "PER"), ("Andrea Villa", "PER"), ("Regione Lombardia", "ORG")],
        phenomena=COMMON_PHEN + ["next-article-appended", "standfirst", "inline-related", "subheadings", "newsletter-box"],
        notes="The company statement set as a block quote is part of the text and required; the 'Leggi anche' box and the appended Valmadrera article are excluded.",
    ),
    # ------------------------------------------------------------ 03
    dict(
        id="gazzetta-del-lario-03", no_schema=True, seed=3, pid=31207, cat="sport", cat_label="Sport",
        url=f"{HOST}/sport/palio-remiero-del-lario-vince-remiera-bellagina-31207/",
        crumbs=[("Home", "/"), ("Sport", "/sport/"), ("Canottaggio", "/sport/canottaggio/"), ("Palio remiero del Lario", "/sport/palio-remiero-del-lario-vince-remiera-bellagina-31207/")],
        occhiello="Canottaggio",
        headline="Palio remiero del Lario, la Remiera Bellagina torna a vincere dopo undici anni",
        title="Palio remiero, trionfa Bellagio dopo undici anni - La Gazzetta del Lario",
        og_title="Palio remiero, trionfa Bellagio dopo undici anni",
        desc="La Remiera Bellagina vince la 64ª edizione del Palio remiero del Lario davanti alla Canottieri Tremezzina. Tutti i tempi.",
        tags=["Canottaggio", "Palio remiero del Lario", "Bellagio", "Cernobbio"], img="2017/07/palio-remiero-arrivo",
        pub=d(2017, 7, 9, 19, 40), today=d(2017, 7, 10, 7, 15),
        authors=["Davide Gilardoni"], meteo="Como: sereno, 29°. Vento da nord nel pomeriggio.",
        lead=("2017/07/palio-remiero-festa", "L’equipaggio della Remiera Bellagina festeggia sul pontile di Cernobbio.", "(foto Gilardoni)"),
        related=[("Canottaggio, i giovani della Tremezzina campioni regionali", 30), ("Palio remiero, presentati i sei equipaggi", 6),
                 ("Traversata a nuoto del lago, iscrizioni aperte", 45)],
        parts=[
            ("p", "Undici anni di attesa, poi una gara quasi perfetta. La Remiera Bellagina ha vinto oggi pomeriggio la 64ª edizione del "
                  "Palio remiero del Lario, chiudendo i 2.000 metri del percorso tra Moltrasio e Cernobbio in 7 minuti, 41 secondi e 3 decimi, "
                  "davanti ai campioni uscenti della Canottieri Tremezzina e alla Società Nautica Dongo."),
            ("p", "L’equipaggio guidato dal timoniere Mattia Gerosa è partito forte, ha preso mezza barca di vantaggio nei primi 500 metri e "
                  "ha poi controllato il ritorno della Tremezzina, che negli ultimi 300 metri si è avvicinata fino a meno di un secondo."),
            ("p", "«Abbiamo preparato questa gara da ottobre, tre uscite a settimana anche d’inverno – ha detto Gerosa all’arrivo, ancora "
                  "bagnato dopo il tradizionale tuffo –. Questa vittoria è per tutto il paese e per chi ci ha sostenuto negli anni in cui "
                  "arrivavamo ultimi»."),
            ("adv",),
            ("h3", "L’ordine d’arrivo"),
            ("table", [["Pos.", "Società", "Tempo"], ["1", "Remiera Bellagina", "7:41.3"], ["2", "Canottieri Tremezzina", "7:44.9"],
                       ["3", "Società Nautica Dongo", "7:49.0"], ["4", "Gruppo Remiero Lenno", "7:52.6"],
                       ["5", "Canottieri Abbadia", "8:01.2"], ["6", "Remiera Colico", "8:05.8"]]),
            ("p", "Per la Canottieri Tremezzina, che aveva vinto le ultime tre edizioni, resta il rammarico per una partenza lenta. Le onde "
                  "sollevate dal vento da nord nella seconda metà del percorso hanno poi reso più difficile la rimonta. «Loro sono stati "
                  "bravi, noi troppo timidi all’inizio», ha ammesso il capovoga Simone Pini."),
            ("p", "La gara, nata nel 1952 come sfida tra i paesi del primo bacino, si corre su un percorso di due chilometri tra Moltrasio e "
                  "Cernobbio con le tradizionali lance a quattro rematori. Quest’anno al via c’erano nove equipaggi, tre in più dell’edizione "
                  "precedente, grazie al ritorno delle società di Argegno, Brienno e Carate Urio."),
            ("p", "Grande pubblico lungo le rive: secondo gli organizzatori erano oltre tremila gli spettatori tra Moltrasio e Cernobbio, "
                  "molti dei quali hanno seguito la gara dalle barche ancorate fuori dal campo di regata. La premiazione si è svolta in "
                  "serata sul lungolago di Cernobbio, con la consegna del drappo che la Remiera Bellagina custodirà per un anno."),
            ("p", "A Bellagio la festa è cominciata appena l’equipaggio ha tagliato il traguardo. Sul lungolago, davanti alla sede della società, "
                  "decine di tifosi hanno atteso il rientro della barca sventolando le bandiere gialloblù, e in serata il sindaco ha annunciato "
                  "che la lancia vincitrice sarà esposta per una settimana in piazza della Chiesa."),
            ("p", "Tra i più festeggiati c’era il prodiere Samuele Crippa, 17 anni, alla prima partecipazione al Palio. Il giovane, che si allena "
                  "con la società da quando aveva dieci anni, ha raccontato di non aver dormito la notte prima della gara. «Negli ultimi cento "
                  "metri non sentivo più le braccia, sentivo solo la gente che urlava dalla riva», ha detto."),
            ("p", "La Remiera Bellagina aveva sfiorato il successo due anni fa, quando fu battuta in volata di mezza lunghezza. Da allora la "
                  "società ha rinnovato quasi tutto l’equipaggio e ha acquistato una nuova lancia in legno di larice, costruita da un "
                  "cantiere di Pescallo seguendo le misure delle imbarcazioni storiche."),
            ("p", "In serata la festa si è spostata in piazza, dove la banda del paese ha accompagnato il corteo degli atleti fino al lungolago. "
                  "Gli organizzatori del Palio hanno già annunciato le date dell’edizione del prossimo anno, che tornerà a svolgersi la seconda "
                  "domenica di luglio con partenza davanti al porto di Moltrasio e arrivo sotto le ville di Cernobbio."),
            ("p", "«Per un paese come il nostro questa vittoria significa tantissimo – ha detto il presidente della Remiera Bellagina, Luigi "
                  "Sancassani –. Abbiamo tanti ragazzi giovani che si sono avvicinati al remo negli ultimi anni. Speriamo che questo successo "
                  "ne porti altri.»"),
            ("p", "La giuria ha confermato l’ordine d’arrivo dopo aver esaminato le immagini del passaggio alla boa di metà gara, dove la "
                  "Canottieri Tremezzina aveva presentato un reclamo per un contatto tra le lance. Secondo i giudici, il contatto è stato "
                  "involontario e non ha influito sul risultato, e il reclamo è stato respinto prima della premiazione."),
        ],
        next=dict(pid=31199, cat="cronaca", occhiello="Erba", url=f"{HOST}/cronaca/erba-mostra-mercato-miele-apicoltori-31199/",
                  headline="In centro la mostra mercato del miele: sessanta apicoltori da tutta la Lombardia",
                  author="Francesca Molteni", pub=d(2017, 7, 9, 17, 5), img="2017/07/erba-mostra-miele",
                  paras=["Sessanta apicoltori, oltre cento varietà di miele e un’arnia didattica dove i bambini possono osservare da vicino "
                         "il lavoro delle api. Fino a stasera il centro di Erba ospita la mostra mercato dedicata al miele, alla sua "
                         "quinta edizione.",
                         "Quest’anno l’attenzione è tutta sul raccolto, che la primavera fredda ha ridotto di quasi un terzo. «Il miele di "
                         "acacia è quasi introvabile – spiega Giacomo Sormani, che alleva api sulle colline del Triangolo Lariano –. Chi ne "
                         "ha ancora lo vende a prezzi più alti».",
                         "In programma anche due incontri sulla difesa delle api dai parassiti e una degustazione guidata nel cortile del "
                         "municipio."]),
        entities=[("Samuele Crippa", "PER"), ("Pescallo", "LOC"), ("Palio", "MISC"), ("Argegno", "LOC"), ("Brienno", "LOC"), ("Carate Urio", "LOC"), ("Bellagio", "LOC"), ("piazza della Chiesa", "LOC"), ("Luigi Sancassani", "PER"), ("Palio remiero del Lario", "MISC"), ("Remiera Bellagina", "ORG"), ("Moltrasio", "LOC"), ("Cernobbio", "LOC"),
                  ("Canottieri Tremezzina", "ORG"), ("Società Nautica Dongo", "ORG"), ("Mattia Gerosa", "PER"), ("Tremezzina", "ORG"),
                  ("Gerosa", "PER"), ("Gruppo Remiero Lenno", "ORG"), ("Canottieri Abbadia", "ORG"), ("Remiera Colico", "ORG"),
                  ("Simone Pini", "PER")],
        phenomena=COMMON_PHEN + ["next-article-appended", "subheadings", "table-in-body", "photo-caption", "title-differs-from-headline"],
        notes="'Tremezzina' alone names the rowing club (ORG), not the town; the heading over the results table is a heading block; the appended Erba article is excluded.",
    ),
    # ------------------------------------------------------------ 04
    dict(
        id="gazzetta-del-lario-04", seed=4, pid=36655, cat="politica", cat_label="Politica",
        url=f"{HOST}/politica/2018/09/27/bellagio-tassa-di-sbarco-due-euro-turisti-battelli/",
        crumbs=[("Home", "/"), ("Politica", "/politica/"), ("Comuni", "/politica/comuni/"), ("Bellagio, tassa di sbarco", "/politica/2018/09/27/bellagio-tassa-di-sbarco-due-euro-turisti-battelli/")],
        occhiello="Turismo",
        headline="Bellagio approva la tassa di sbarco: due euro per ogni turista che arriva in battello",
        title="Bellagio approva la tassa di sbarco: due euro per ogni turista che arriva in battello - La Gazzetta del Lario",
        og_title="Bellagio approva la tassa di sbarco: due euro per ogni turista che arriva in battello",
        desc="Via libera del consiglio comunale con otto voti favorevoli e quattro contrari. Il contributo si pagherà da aprile insieme al biglietto.",
        tags=["Bellagio", "Turismo", "Battelli", "Consiglio comunale"], img="2018/09/bellagio-pontile-turisti",
        pub=d(2018, 9, 27, 18, 20), upd=d(2018, 9, 27, 21, 5), today=d(2018, 9, 28, 8, 40),
        authors=["Elena Cattaneo", "Roberto Frigerio"], meteo="Bellagio: poco nuvoloso, 21°.",
        sommario=("Via libera del consiglio comunale con otto voti favorevoli e quattro contrari. Il contributo si pagherà da aprile "
                  "insieme al biglietto. Gli albergatori: «Rischiamo di perdere i gruppi»."),
        comments=[("Giuseppe R.", d(2018, 9, 27, 19, 2), "Finalmente. Il paese d’estate è invivibile, almeno che chi arriva contribuisca alle pulizie."),
                  ("Lucia_Lenno", d(2018, 9, 27, 22, 41), "E i pendolari che lavorano a Bellagio ma non ci abitano? Spero che l’esenzione valga davvero per tutti.")],
        related=[("Bellagio, troppi turisti sul pontile: arrivano gli steward", 60), ("Tassa di soggiorno, incassi record nei comuni del lago", 120),
                 ("Battelli, in estate quasi cinque milioni di passeggeri", 25)],
        parts=[
            ("p", "Chi arriverà a Bellagio in battello, dal prossimo aprile, pagherà due euro in più. Il consiglio comunale ha approvato ieri "
                  "sera, con otto voti favorevoli e quattro contrari, il regolamento che istituisce il contributo di sbarco, una misura che "
                  "l’amministrazione inseguiva da due anni."),
            ("p", "Il contributo sarà riscosso dalle società di navigazione insieme al biglietto, per tutte le corse dirette al pontile del "
                  "paese tra aprile e ottobre. Saranno esentati i residenti, i lavoratori pendolari, gli studenti e i bambini sotto i dodici anni."),
            ("leggi", "Bellagio, troppi turisti sul pontile: arrivano gli steward", "/lago-e-turismo/bellagio-troppi-turisti-pontile-steward/", "inline"),
            ("p", "Secondo le stime degli uffici comunali, la tassa dovrebbe portare nelle casse del Comune tra 700mila e 850mila euro "
                  "all’anno. «Li useremo per la manutenzione delle scalinate del centro storico, per la pulizia e per il trasporto pubblico "
                  "verso le frazioni», ha spiegato il sindaco Alessandro Ferri al termine della seduta."),
            ("p", "Sono esentati dal pagamento i residenti, i lavoratori pendolari, gli studenti e i minori di dieci anni. Chi soggiorna in una "
                  "struttura ricettiva del paese, e paga quindi già l’imposta di soggiorno, potrà chiedere il rimborso del contributo "
                  "presentando la ricevuta dell’albergo."),
            ("p", "Secondo il sindaco, una parte del gettito sarà destinata a un servizio di navetta elettrica tra il pontile e le frazioni "
                  "collinari, oggi raggiungibili solo con l’auto o con lunghe salite a piedi, e alla pulizia straordinaria delle spiagge e dei "
                  "sentieri nei fine settimana di maggiore afflusso."),
            ("p", "«Bellagio riceve quasi un milione di visitatori all’anno e ha poco più di tremila abitanti – ha aggiunto Ferri –. Non è "
                  "giusto che il costo dei servizi lo sostengano solo i residenti»."),
            ("adv",),
            ("p", "Contraria la minoranza. Il capogruppo di Bellagio Domani, Marco Invernizzi, parla di «un balzello che colpisce il "
                  "turismo di giornata senza risolvere il problema del sovraffollamento» e chiede di destinare almeno una parte degli "
                  "incassi a un sistema di prenotazione degli sbarchi nei fine settimana."),
            ("p", "Perplessa anche l’Associazione Albergatori Centro Lago. «I tour operator che portano i gruppi da Milano ci hanno già "
                  "fatto sapere che valuteranno altre mete – dice la presidente Luisa Pedretti –. Due euro sembrano pochi, ma su un pullman "
                  "da cinquanta persone fanno cento euro»."),
            ("p", "Bellagio non è il primo comune del lago a discutere di una misura simile. A Varenna, sull’altra sponda, l’amministrazione "
                  "aveva valutato una tassa analoga l’anno scorso, ma aveva rinunciato dopo il parere negativo degli operatori turistici. Ferri "
                  "ha detto di aver contattato i colleghi di Varenna e Menaggio per proporre un sistema comune."),
            ("p", "Il regolamento sarà ora trasmesso alle società di navigazione, che avranno sei mesi per adeguare i sistemi di biglietteria."),
        ],
        next=dict(pid=36649, cat="cronaca", occhiello="Menaggio", url=f"{HOST}/cronaca/2018/09/27/menaggio-lungolago-chiuso-lavori-fino-maggio/",
                  headline="Il lungolago chiude per lavori fino a maggio: via ai nuovi parapetti", author="Roberto Frigerio",
                  pub=d(2018, 9, 27, 16, 40), img="2018/09/menaggio-lungolago-cantiere",
                  paras=["Da lunedì il lungolago di Menaggio sarà chiuso ai pedoni nel tratto tra l’imbarcadero e il lido. Partono i lavori "
                         "per sostituire i parapetti in ferro, corrosi in più punti, e per rifare la pavimentazione in pietra.",
                         "Il cantiere durerà fino a metà maggio e costerà circa 900mila euro. Per raggiungere il pontile sarà allestito un "
                         "percorso alternativo lungo via Lusardi.",
                         "«Abbiamo scelto la stagione in cui i turisti sono meno – spiega l’assessore ai Lavori pubblici Dario Peduzzi –. A "
                         "Pasqua contiamo di riaprire almeno la metà della passeggiata»."]),
        entities=[("Varenna", "LOC"), ("Menaggio", "LOC"), ("Bellagio", "LOC"), ("Alessandro Ferri", "PER"), ("Ferri", "PER"), ("Bellagio Domani", "ORG"),
                  ("Marco Invernizzi", "PER"), ("Associazione Albergatori Centro Lago", "ORG"), ("Milano", "LOC"), ("Luisa Pedretti", "PER")],
        phenomena=COMMON_PHEN + ["next-article-appended", "standfirst", "inline-related", "multiple-authors", "comments",
                                 "updated-date", "date-in-url"],
        notes="'Bellagio Domani' is the opposition council group (ORG); the 'Leggi anche' line, the comments and the appended Menaggio article are excluded.",
    ),
    # ------------------------------------------------------------ 05
    dict(
        id="gazzetta-del-lario-05", title_bare=True, seed=5, pid=40218, cat="cultura-e-spettacoli", cat_label="Cultura e spettacoli",
        url=f"{HOST}/cultura-e-spettacoli/seta-comasca-mostra-palazzo-reina-castelli/",
        crumbs=[("Home", "/"), ("Cultura e spettacoli", "/cultura-e-spettacoli/"), ("Mostre", "/cultura-e-spettacoli/mostre/"), ("La seta in mostra", "/cultura-e-spettacoli/seta-comasca-mostra-palazzo-reina-castelli/")],
        occhiello="La mostra",
        headline="Tre secoli di seta comasca in cinquecento tessuti: la mostra apre a Palazzo Reina Castelli",
        title="Seta, a Como una mostra con 500 tessuti d’archivio - La Gazzetta del Lario",
        og_title="Seta, a Como una mostra con 500 tessuti d’archivio",
        desc="Dal 16 marzo al 30 giugno campionari, disegni e telai raccontano la storia del distretto serico comasco.",
        tags=["Como", "Mostre", "Seta", "Tessile"], img="2019/03/mostra-seta-campionari",
        pub=d(2019, 3, 12, 11, 5), today=d(2019, 3, 14, 10, 20),
        authors=["Giulia Tettamanti"], meteo="Como: sereno, 13°.",
        bio=("Giulia Tettamanti", "Giulia Tettamanti scrive di cultura e spettacoli per la Gazzetta del Lario dal 2009. Si occupa di arte, "
             "musei e storia del territorio ed è autrice di una guida alle ville del lago."),
        sommario=("Dal 16 marzo al 30 giugno campionari, disegni e telai raccontano la storia del distretto. In esposizione anche i "
                  "bozzetti mai visti della tessitura Pozzoli."),
        lead=("2019/03/mostra-seta-telaio", "Un telaio jacquard del 1912 allestito nella sala centrale del palazzo.", "(foto Tettamanti)"),
        related=[("Il distretto tessile chiude l’anno in crescita", 40), ("Musei civici, ingresso gratuito la prima domenica del mese", 90),
                 ("Archivi d’impresa, un bando per salvare i campionari", 300)],
        parts=[
            ("p", "Cinquecento tessuti, duecento disegni originali e tre telai funzionanti. È la mostra «Il filo del Lario. Tre secoli di "
                  "seta comasca», che sabato apre al pubblico negli spazi restaurati di Palazzo Reina Castelli, in via Vitani, e resterà "
                  "visitabile fino al 30 giugno."),
            ("p", "L’esposizione è curata dalla Fondazione Archivio Serico Comasco, che da dieci anni raccoglie i campionari delle tessiture "
                  "chiuse della provincia. Molti dei pezzi arrivano dall’archivio della ditta Pozzoli e Figli, attiva a Grandate dal 1889 al "
                  "1994, che gli eredi hanno donato alla fondazione lo scorso anno."),
            ("leggi", "Il distretto tessile chiude l’anno in crescita", "/economia/distretto-tessile-chiude-anno-crescita/", "box"),
            ("h2", "Dai gelsi ai jacquard"),
            ("p", "Il percorso è cronologico. Si parte dalle prime filande del Settecento, quando sulle colline intorno a Como si "
                  "coltivavano i gelsi per allevare i bachi, per arrivare ai disegni per cravatte degli anni Sessanta, esportati in tutto "
                  "il mondo."),
            ("p", "«Ogni campionario è un diario: dentro ci sono le mode, le crisi, perfino le guerre – spiega la curatrice Anna Peverelli –. "
                  "Nei registri degli anni Quaranta si vede la seta sparire e lasciare il posto al rayon, perché mancava tutto»."),
            ("pull", "«Ogni campionario è un diario: dentro ci sono le mode, le crisi, perfino le guerre»", "Anna Peverelli, curatrice"),
            ("p", "Tra i pezzi più preziosi ci sono i bozzetti dipinti a mano per una collezione di foulard del 1936, mai messa in "
                  "produzione e ritrovata per caso in un armadio della tessitura durante lo sgombero."),
            ("p", "Una sezione è dedicata alle donne che lavoravano nelle filande e nelle tessiture, spesso giovanissime. Fotografie, registri "
                  "delle paghe e lettere raccontano turni di dodici ore, i primi scioperi di inizio Novecento e le mense aziendali. «Senza di "
                  "loro la seta comasca non sarebbe esistita», sottolinea Peverelli."),
            ("p", "Chiude il percorso una sala dedicata alla produzione di oggi, con i tessuti realizzati negli ultimi anni dalle aziende "
                  "comasche per le grandi case di moda. Accanto ai campioni, uno schermo mostra il lavoro dei disegnatori che ancora oggi "
                  "preparano a mano i bozzetti, prima di passarli ai programmi di disegno digitale."),
            ("adv",),
            ("h2", "Laboratori e visite"),
            ("p", "Ogni sabato pomeriggio un tessitore in pensione, Ercole Nessi, mostrerà il funzionamento del telaio jacquard del 1912. "
                  "Sono previsti anche laboratori per le scuole e visite guidate su prenotazione."),
            ("p", "Per le scuole sono previsti percorsi guidati gratuiti, da prenotare sul sito della Fondazione Archivio Serico Comasco, e un "
                  "laboratorio in cui i ragazzi possono disegnare un motivo e vederlo riprodotto su un piccolo campione di tessuto."),
            ("p", "Il biglietto costa 8 euro, ridotto 5 euro per studenti e over 65. L’ingresso è gratuito la prima domenica del mese. La "
                  "mostra è aperta da martedì a domenica dalle 10 alle 18."),
        ],
        next=dict(pid=40209, cat="cronaca", occhiello="Olgiate Comasco", url=f"{HOST}/cronaca/olgiate-comasco-concerto-oratorio-12mila-euro/",
                  headline="Il concerto per l’oratorio raccoglie 12mila euro: pagheranno il nuovo tetto", author="Matteo Butti",
                  pub=d(2019, 3, 12, 9, 20), img="2019/03/olgiate-concerto-banda",
                  paras=["Quasi cinquecento persone e 12mila euro raccolti in una sola sera. Il concerto organizzato sabato dalla banda "
                         "cittadina di Olgiate Comasco per l’oratorio ha superato ogni aspettativa.",
                         "Il ricavato servirà a rifare il tetto del salone, chiuso da novembre dopo un’infiltrazione d’acqua. «Mancano "
                         "ancora circa 20mila euro, ma adesso siamo più tranquilli», dice il parroco, don Fabio Lurati.",
                         "La banda ha già annunciato una replica per l’inizio dell’estate, all’aperto, nel cortile delle scuole medie."]),
        entities=[("comasca", "MISC"), ("comasche", "MISC"), ("Peverelli", "PER"), ("Fondazione Archivio Serico Comasco", "ORG"), ("Il filo del Lario. Tre secoli di seta comasca", "MISC"), ("Palazzo Reina Castelli", "LOC"), ("via Vitani", "LOC"),
                  ("Fondazione Archivio Serico Comasco", "ORG"), ("Pozzoli e Figli", "ORG"), ("Grandate", "LOC"), ("Como", "LOC"),
                  ("Anna Peverelli", "PER"), ("Ercole Nessi", "PER"), ("Pozzoli", "ORG")],
        phenomena=COMMON_PHEN + ["next-article-appended", "standfirst", "inline-related", "subheadings", "pull-quote", "photo-caption",
                                 "author-bio", "title-differs-from-headline"],
        notes="The pull quote repeats the curator's words and is optional; the exhibition title is MISC; the author box, the 'Leggi anche' box and the appended Olgiate Comasco article are excluded.",
    ),
    # ------------------------------------------------------------ 06 (variant base)
    dict(
        id="gazzetta-del-lario-06", seed=6, pid=51932, cat="cronaca", cat_label="Cronaca",
        url=f"{HOST}/cronaca/lecco/2021/10/19/pronto-soccorso-lecco-attese-nove-ore/",
        crumbs=[("Home", "/"), ("Cronaca", "/cronaca/"), ("Lecco", "/cronaca/lecco/"), ("Pronto soccorso al limite", "/cronaca/lecco/2021/10/19/pronto-soccorso-lecco-attese-nove-ore/")],
        occhiello="Sanità",
        headline="Pronto soccorso al limite, a Lecco attese fino a nove ore per i codici minori",
        title="Pronto soccorso al limite, a Lecco attese fino a nove ore per i codici minori - La Gazzetta del Lario",
        og_title="Pronto soccorso al limite, a Lecco attese fino a nove ore per i codici minori",
        desc="Nel fine settimana oltre 310 accessi al giorno. L’azienda sanitaria invita a rivolgersi prima al medico di famiglia o alla guardia medica.",
        tags=["Lecco", "Sanità", "Pronto soccorso", "Ospedale"], img="2021/10/pronto-soccorso-lecco-ingresso",
        pub=d(2021, 10, 19, 6, 50), today=d(2021, 10, 20, 7, 30),
        authors=["Paolo Sala"], meteo="Lecco: nebbia al mattino, 12°.",
        breaking=("Incidente sulla statale 36 a Civate, code verso Milano", d(2021, 10, 20, 7, 12)),
        sommario=("Nel fine settimana oltre 310 accessi al giorno. L’azienda sanitaria: «Rivolgetevi prima al medico o alla guardia medica»."),
        related=[("Medici di famiglia, in provincia ne mancano quaranta", 15), ("Ospedale, il nuovo reparto di ortopedia apre a gennaio", 50),
                 ("Guardia medica, cambiano gli orari nei festivi", 200)],
        parts=[
            ("p", "Nove ore su una barella nel corridoio per una frattura al polso. È quanto ha raccontato alla nostra redazione una lettrice "
                  "di Valmadrera, arrivata sabato pomeriggio al pronto soccorso dell’ospedale di Lecco e dimessa solo dopo la mezzanotte. "
                  "Non è un caso isolato: nell’ultimo fine settimana gli accessi hanno superato quota 310 al giorno, contro una media di 220."),
            ("p", "A pesare, spiegano dall’Azienda Sanitaria del Lario, sono soprattutto i codici minori, i pazienti che arrivano con "
                  "problemi che potrebbero essere risolti dal medico di famiglia o dalla guardia medica. «Quasi un paziente su due, nel fine "
                  "settimana, aveva un codice bianco o verde – spiega il direttore sanitario Francesco Magni –. Chi ha un problema urgente "
                  "viene sempre visitato subito, ma per gli altri le attese si allungano inevitabilmente»."),
            ("adv",),
            ("h2", "Mancano medici"),
            ("p", "Al problema degli accessi si aggiunge quello del personale. In reparto mancano sei medici sui ventiquattro previsti, e "
                  "due concorsi banditi in primavera sono andati deserti. Per coprire i turni l’azienda ricorre a medici esterni pagati a "
                  "gettone, una soluzione che i sindacati di categoria giudicano costosa e poco efficace."),
            ("p", "«Chi resta lavora con turni di dodici ore e salta i riposi – racconta un’infermiera che chiede di non essere nominata –. "
                  "Quando la sala d’attesa è piena, la gente se la prende con noi, ma noi siamo gli stessi di sempre, solo più stanchi»."),
            ("h2", "I consigli dell’azienda sanitaria"),
            ("p", "Per alleggerire il pronto soccorso, l’Azienda Sanitaria del Lario ricorda alcune regole:"),
            ("ul", ["per febbre, tosse e piccoli disturbi rivolgersi al medico di famiglia o, di notte e nei festivi, alla guardia medica;",
                    "per traumi lievi, nei giorni feriali, è aperto fino alle 20 l’ambulatorio di ortopedia al piano terra dell’ospedale;",
                    "il numero 116117 risponde 24 ore su 24 per le cure non urgenti;",
                    "in caso di emergenza chiamare sempre il 112."]),
            ("p", "Entro fine anno, accanto al pronto soccorso, dovrebbe aprire un ambulatorio per i codici minori gestito a turno dai medici "
                  "di famiglia della zona."),
        ],
        next=dict(pid=51920, cat="cronaca", occhiello="Merate", url=f"{HOST}/cronaca/lecco/2021/10/18/merate-mercato-venerdi-piazza-degli-eroi/",
                  headline="Il mercato del venerdì si sposta in piazza degli Eroi: 62 bancarelle e nuovi parcheggi",
                  author="Chiara Bonacina", pub=d(2021, 10, 18, 17, 30), img="2021/10/merate-mercato-piazza",
                  paras=["Da venerdì 5 novembre il mercato settimanale di Merate lascerà le vie del centro storico per trasferirsi in piazza "
                         "degli Eroi. Lo ha deciso la giunta dopo un confronto con gli ambulanti durato quasi un anno.",
                         "Nella nuova area troveranno posto 62 bancarelle, quattro in più di oggi, e ci saranno 120 parcheggi gratuiti nelle "
                         "vie vicine. «Il centro torna ai pedoni e il mercato guadagna spazio», spiega la vicesindaca Teresa Brivio.",
                         "Non tutti sono d’accordo: alcuni negozianti del centro temono di perdere i clienti che il venerdì mattina passavano "
                         "tra le bancarelle e le loro vetrine."]),
        entities=[("Lecco", "LOC"), ("Valmadrera", "LOC"), ("Azienda Sanitaria del Lario", "ORG"), ("Francesco Magni", "PER")],
        phenomena=COMMON_PHEN + ["next-article-appended", "standfirst", "subheadings", "list-in-body", "date-in-url"],
        notes="The appended Merate article is excluded with its own date; the list items keep the semicolons printed in the page.",
    ),
    # ------------------------------------------------------------ 07
    dict(
        id="gazzetta-del-lario-07", ld_author="none", seed=7, pid=64190, cat="lago-e-turismo", cat_label="Lago e turismo",
        url=f"{HOST}/lago-e-turismo/battelli-tagliate-38-corse-alto-lario-pendolari-64190/",
        crumbs=[("Home", "/"), ("Lago e turismo", "/lago-e-turismo/"), ("Battelli", "/lago-e-turismo/battelli/"), ("Tagliate 38 corse", "/lago-e-turismo/battelli-tagliate-38-corse-alto-lario-pendolari-64190/")],
        occhiello="Trasporti",
        headline="Battelli, tagliate 38 corse in Alto Lario: pendolari e sindaci in rivolta",
        title="Battelli, 38 corse in meno in Alto Lario - La Gazzetta del Lario",
        og_title="Battelli, 38 corse in meno in Alto Lario",
        desc="Dal 15 aprile spariscono le prime corse del mattino e le ultime della sera tra Colico, Gravedona e Dongo. Raccolte 1.200 firme.",
        tags=["Battelli", "Alto Lario", "Pendolari", "Dongo", "Colico"], img="2023/04/battello-dongo-pontile",
        pub=d(2023, 4, 4, 13, 15), today=d(2023, 4, 5, 9, 0),
        authors=["Roberto Frigerio"], meteo="Dongo: variabile, 15°. Breva nel pomeriggio.", newsletter=True,
        comments=[("Marco Gravedona", d(2023, 4, 4, 14, 2), "Prendo il battello delle 6.35 da sei anni. Con il nuovo orario arrivo al lavoro alle nove. Ridicolo."),
                  ("Anna T.", d(2023, 4, 4, 18, 27), "Il problema del personale si sapeva da mesi, bastava fare le assunzioni in inverno.")],
        related=[("Battelli, in estate corse più frequenti nel Centro Lago", 30), ("Statale Regina, lavori notturni fino a giugno", 12),
                 ("Pendolari del lago, il comitato incontra il Consorzio", 300)],
        parts=[
            ("p", "Dal 15 aprile, con l’entrata in vigore dell’orario estivo, in Alto Lario spariranno 38 corse settimanali dei battelli. La "
                  "riduzione riguarda soprattutto le prime partenze del mattino e le ultime della sera tra Colico, Gravedona e Dongo, cioè "
                  "proprio quelle usate da studenti e lavoratori."),
            ("p", "Il Consorzio Trasporti Lariani, che gestisce il servizio, motiva la scelta con la carenza di personale navigante. «Abbiamo "
                  "scoperti 14 posti da marinaio e 3 da comandante – spiega il direttore d’esercizio Stefano Rusconi –. Abbiamo dovuto "
                  "scegliere dove concentrare le risorse, e lo abbiamo fatto sulle tratte con più passeggeri»."),
            ("h3", "I pendolari: «Così non arriviamo al lavoro»"),
            ("p", "Il comitato Pendolari Alto Lago ha raccolto in tre giorni oltre 1.200 firme. «La prima corsa da Dongo ora partirà alle 7.40 "
                  "invece che alle 6.35 – dice la portavoce Irene Mazzoleni, infermiera all’ospedale di Gravedona –. Per chi attacca il turno "
                  "alle 7 vuol dire prendere l’auto e fare la Regina nel traffico, oppure cambiare lavoro»."),
            ("adv",),
            ("h3", "La protesta dei sindaci"),
            ("p", "Sette sindaci della sponda occidentale hanno firmato una lettera al Consorzio e alla Provincia di Como in cui chiedono di "
                  "ripristinare almeno le corse del mattino. «Il battello per noi non è un’attrazione turistica, è il trasporto pubblico», "
                  "scrive il sindaco di Dongo, Pietro Cerutti."),
            ("p", "Sulla sponda orientale la situazione è appena migliore: a Colico resta la corsa delle 6.50, ma sparisce quella delle "
                  "20.15, l’ultima utile per chi rientra da Como dopo il lavoro."),
            ("p", "Secondo i dati del Consorzio, sulle linee dell’Alto Lario viaggiano ogni giorno feriale circa 1.900 passeggeri nei mesi "
                  "invernali, in gran parte studenti e lavoratori diretti a Como, Lecco e Colico. D’estate i numeri si moltiplicano con i "
                  "turisti, ma le corse del mattino presto restano usate quasi solo dai pendolari."),
            ("p", "Tra i più colpiti ci sono gli studenti delle scuole superiori di Menaggio e di Colico, che con il nuovo orario rischiano di "
                  "arrivare in classe dopo la prima campanella. I presidi degli istituti interessati hanno scritto al Consorzio chiedendo di "
                  "mantenere almeno le corse in coincidenza con l’inizio delle lezioni."),
            ("p", "Il taglio arriva in una stagione in cui il Consorzio prevede un aumento dei turisti rispetto all’anno scorso. Secondo i "
                  "sindacati dei marittimi, la carenza di personale navigante dipende soprattutto dai contratti stagionali poco attrattivi e "
                  "dal costo degli alloggi nei paesi del lago, che rende difficile trasferirsi per lavorare sui battelli."),
            ("p", "«Un giovane comandante che viene da fuori non trova un appartamento a meno di novecento euro al mese», spiega Luca "
                  "Sormani, rappresentante sindacale. «Con lo stipendio di un contratto stagionale non ci sta dentro. Se non si affronta "
                  "questo problema, ogni primavera ci ritroveremo a parlare di corse tagliate.»"),
            ("p", "Il Consorzio ha annunciato un bando straordinario per dodici marinai e quattro comandanti, con l’obiettivo di ripristinare "
                  "almeno una parte delle corse entro luglio. Nel frattempo, ha promesso di rafforzare il servizio nei fine settimana, quando "
                  "la domanda turistica è più alta."),
            ("h3", "Le alternative"),
            ("p", "Il Consorzio ha proposto di sostituire alcune corse con bus navetta lungo la statale, ma d’estate i tempi di percorrenza "
                  "rischiano di raddoppiare. Un incontro tra le parti è fissato per giovedì prossimo a Menaggio."),
            ("p", "La Provincia di Como ha convocato per la prossima settimana un tavolo con il Consorzio, i sindaci e i rappresentanti dei "
                  "pendolari. L’obiettivo, spiegano dall’ente, è salvare almeno le corse del primo mattino e dell’ultima sera, quelle che "
                  "servono a chi lavora."),
            ("p", "Intanto il comitato ha annunciato un presidio per sabato mattina al pontile di Gravedona. «Non chiediamo corse in più – "
                  "spiega la portavoce – ma solo di non perdere quelle che ci permettono di vivere qui senza dover prendere l’auto tutti i "
                  "giorni.»"),
            ("p", "Il presidio sarà accompagnato da una raccolta di testimonianze di pendolari, che il comitato intende consegnare alla "
                  "Provincia insieme alle firme. «Vogliamo che chi decide sappia chi siamo: infermiere, operai, studenti, commercianti», "
                  "spiega la portavoce. «Persone che hanno scelto di vivere sul lago e che chiedono solo di poterlo fare.»"),
        ],
        next=dict(pid=64177, cat="cronaca", occhiello="Mandello del Lario", url=f"{HOST}/cronaca/mandello-lavori-nuova-passeggiata-lago-64177/",
                  headline="Al via i lavori per la nuova passeggiata a lago: 800 metri tra il porto e la spiaggia",
                  author="Francesca Molteni", pub=d(2023, 4, 4, 11, 0), img="2023/04/mandello-passeggiata-cantiere",
                  paras=["Ottocento metri di passeggiata sospesa sull’acqua per collegare il porto alla spiaggia del Lido. A Mandello del "
                         "Lario sono partiti ieri i lavori per il nuovo percorso pedonale e ciclabile, atteso da oltre dieci anni.",
                         "Il cantiere costerà 2,7 milioni di euro e dovrebbe chiudersi entro la primavera del prossimo anno. Per tutta la "
                         "durata dei lavori la spiaggia resterà aperta, ma l’accesso sarà possibile solo da via Statale.",
                         "«È un’opera che cambierà il modo di vivere il lago per chi abita qui», ha detto il sindaco Renato Alippi durante "
                         "il sopralluogo di apertura del cantiere."]),
        entities=[("Provincia di Como", "ORG"), ("Como", "LOC"), ("Lecco", "LOC"), ("Consorzio", "ORG"), ("Menaggio", "LOC"), ("Luca Sormani", "PER"), ("Provincia", "ORG"), ("Alto Lario", "LOC"), ("Colico", "LOC"), ("Gravedona", "LOC"), ("Dongo", "LOC"), ("Consorzio Trasporti Lariani", "ORG"),
                  ("Stefano Rusconi", "PER"), ("Pendolari Alto Lago", "ORG"), ("Irene Mazzoleni", "PER"), ("Regina", "LOC"),
                  ("Consorzio", "ORG"), ("Provincia di Como", "ORG"), ("Pietro Cerutti", "PER"), ("Como", "LOC"), ("Menaggio", "LOC")],
        phenomena=COMMON_PHEN + ["next-article-appended", "subheadings", "newsletter-box", "comments", "title-differs-from-headline"],
        notes="'la Regina' is the lakeside state road (LOC); 'Consorzio' alone refers to the ferry operator (ORG); comments and the appended Mandello article are excluded.",
    ),
    # ------------------------------------------------------------ 08
    dict(
        id="gazzetta-del-lario-08", title_bare=True, meta_pub=d(2025, 8, 16, 22, 5), seed=8, pid=80511, cat="cronaca", cat_label="Cronaca",
        url=f"{HOST}/cronaca/lecco/escursionisti-bloccati-grignetta-temporale-salvati-notte/",
        crumbs=[("Home", "/"), ("Cronaca", "/cronaca/"), ("Lecco", "/cronaca/lecco/"), ("Salvati sulla Grignetta", "/cronaca/lecco/escursionisti-bloccati-grignetta-temporale-salvati-notte/")],
        occhiello="Montagna",
        headline="Bloccati dal temporale sulla Grignetta, salvati nella notte due escursionisti",
        title="Bloccati dal temporale sulla Grignetta, salvati nella notte due escursionisti - La Gazzetta del Lario",
        og_title="Bloccati dal temporale sulla Grignetta, salvati nella notte due escursionisti",
        desc="I due, di 27 e 31 anni, avevano perso il sentiero sotto la cresta Cermenati. Recuperati all’alba con l’elicottero.",
        tags=["Lecco", "Montagna", "Grignetta", "Soccorso alpino"], img="2025/08/grignetta-nebbia-cresta",
        pub=d(2025, 8, 17, 10, 30), upd=d(2025, 8, 17, 12, 45), today=d(2025, 8, 18, 8, 10),
        authors=["Davide Gilardoni"], meteo="Lecco: temporali in serata, 27°.",
        sommario="I due, di 27 e 31 anni, erano fuori sentiero sotto la cresta Cermenati. Recuperati all’alba con l’elicottero.",
        related=[("Estate in montagna, già 40 interventi di soccorso da luglio", 10), ("Piani Resinelli, nuovo parcheggio a pagamento", 60),
                 ("Grigne, chiuso un tratto di sentiero per una frana", 400)],
        parts=[
            ("p", "LECCO – Una notte all’addiaccio a quota 2.000 metri, bagnati fradici e con il telefono quasi scarico. Si è conclusa "
                  "all’alba di oggi, con il recupero in elicottero, la disavventura di due escursionisti di Milano, un uomo di 31 anni e una "
                  "donna di 27, rimasti bloccati sulla Grignetta dopo il violento temporale di ieri pomeriggio."),
            ("p", "I due erano partiti sabato mattina dai Piani Resinelli per salire in vetta lungo la cresta Cermenati. Durante la discesa, "
                  "sorpresi dalla grandine, hanno perso il sentiero e si sono ritrovati in un canale ripido e franoso, dal quale non "
                  "riuscivano più né a salire né a scendere. La chiamata al 112 è arrivata poco dopo le 19."),
            ("leggi", "Estate in montagna, già 40 interventi di soccorso da luglio", "/cronaca/lecco/estate-montagna-40-interventi-soccorso-luglio/", "inline"),
            ("p", "Le squadre del soccorso alpino sono salite a piedi nella notte, ma il buio e la nebbia hanno reso impossibile raggiungere "
                  "la coppia. «Siamo riusciti a stabilire un contatto a voce intorno alle due – racconta il capostazione Luca Rigamonti –. "
                  "Li abbiamo tranquillizzati e gli abbiamo detto di restare fermi e di coprirsi il più possibile»."),
            ("p", "I due escursionisti, un uomo di 34 anni e una donna di 31 residenti in provincia di Monza e Brianza, sono riusciti a "
                  "mantenere il contatto con la centrale grazie a un caricatore portatile, inviando ogni mezz’ora la propria posizione. I "
                  "soccorritori li hanno guidati al telefono verso un riparo sotto una parete di roccia, dove hanno passato la notte avvolti in "
                  "un telo termico."),
            ("adv",),
            ("p", "Alle 6.10, con il miglioramento delle condizioni, l’elicottero decollato da Como ha recuperato i due con il verricello e li "
                  "ha trasportati all’ospedale di Lecco. Erano in lieve ipotermia ma in buone condizioni."),
            ("p", "Visitati al pronto soccorso dell’ospedale Manzoni di Lecco, i due sono stati dimessi in mattinata con lievi sintomi di "
                  "ipotermia. «Sono stati bravi a non muoversi e a seguire le indicazioni – ha spiegato un tecnico del soccorso alpino –. In "
                  "condizioni così, scendere al buio lungo la cresta sarebbe stato molto più pericoloso che aspettare.»"),
            ("p", "Quello della Grignetta è stato il terzo intervento notturno in quota della settimana per il soccorso alpino lecchese. "
                  "Domenica scorsa un escursionista era stato recuperato con una caviglia fratturata sul sentiero che porta al rifugio Rosalba, "
                  "e martedì due ragazzi erano rimasti bloccati sul Resegone dopo aver sbagliato strada al tramonto."),
            ("p", "Rigamonti rinnova l’appello a chi va in montagna d’estate: «Controllate il meteo prima di partire e, se sono previsti "
                  "temporali, rientrate entro l’ora di pranzo. Sulla Grignetta i sentieri sono brevi, ma il terreno è impegnativo e con la "
                  "pioggia diventa molto pericoloso»."),
            ("update", "Aggiornamento delle 12.45:", "i due escursionisti sono stati dimessi in tarda mattinata."),
        ],
        next=dict(pid=80497, cat="cronaca", occhiello="Tremezzina", url=f"{HOST}/cronaca/tremezzina-cinghiali-paese-ordinanza-sindaco/",
                  headline="Cinghiali tra le case, il sindaco firma un’ordinanza: vietato lasciare rifiuti all’aperto",
                  author="Elena Cattaneo", pub=d(2025, 8, 16, 19, 15), img="2025/08/tremezzina-cinghiali-notte",
                  paras=["Li hanno visti di notte tra le auto parcheggiate, nei giardini e perfino sulla scalinata della chiesa. Da settimane "
                         "i cinghiali scendono dai boschi fino alle case di Tremezzina, attirati dai rifiuti lasciati fuori dai cassonetti.",
                         "Il sindaco Bruno Sala ha firmato un’ordinanza che vieta di lasciare sacchi e avanzi di cibo all’aperto durante la "
                         "notte. Per chi non rispetta le regole sono previste multe fino a 500 euro.",
                         "«Non possiamo risolvere il problema da soli, ma possiamo evitare di dare da mangiare agli animali», ha spiegato "
                         "il sindaco, che ha chiesto alla Provincia un piano di contenimento."]),
        entities=[("Monza e Brianza", "LOC"), ("ospedale Manzoni", "LOC"), ("Lecco", "LOC"), ("rifugio Rosalba", "LOC"), ("Resegone", "LOC"), ("lecchese", "MISC"), ("Grignetta", "LOC"), ("cresta Cermenati", "LOC"), ("LECCO", "LOC"), ("Milano", "LOC"), ("Piani Resinelli", "LOC"),
                  ("Luca Rigamonti", "PER"), ("Rigamonti", "PER"), ("Como", "LOC"), ("Lecco", "LOC")],
        phenomena=COMMON_PHEN + ["next-article-appended", "standfirst", "inline-related", "dateline", "updated-date", "correction-note"],
        notes="The 12.45 update line is an optional note; the 'Leggi anche' line and the appended Tremezzina article (dated the day before) are excluded.",
    ),
]

# ------------------------------------------------------------ 09: minimal pair of 06 without the appended article
VARIANT = dict(ARTICLES[5], id="gazzetta-del-lario-09", variant_of="gazzetta-del-lario-06", with_next=False,
               url_served=ARTICLES[5]["url"] + "?variant=b",
               phenomena=[p for p in ARTICLES[5]["phenomena"] if p != "next-article-appended"],
               notes="Minimal pair of gazzetta-del-lario-06: differs only in next-article-appended (the appended Merate article and its separator are not rendered; the infinite-scroll config is disabled).")


# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph.
# New people and organisations join the entity list.
MORE = {
    "gazzetta-del-lario-04": ([
        ("h2", "I commercianti divisi"),
        ("p", "Tra i negozianti del centro storico le opinioni sono divise. «Nei fine settimana di maggio le scalinate sono così "
              "affollate che i clienti non riescono nemmeno a entrare in bottega – racconta Giovanna Tettamanti, che vende tessuti "
              "e foulard in salita Serbelloni –. Se il contributo serve a organizzare meglio gli arrivi, ben venga»."),
        ("p", "Più cauto il presidente dei commercianti di Bellagio, Pietro Valsecchi, che chiede di vedere prima i conti: «Due euro "
              "non spaventano il turista che viene da lontano, ma vogliamo sapere con precisione come saranno spesi gli incassi. "
              "Chiediamo un rendiconto pubblico ogni anno»."),
        ("p", "Il sindaco Ferri ha annunciato che il Comune pubblicherà sul proprio sito un resoconto annuale del gettito e delle "
              "opere finanziate. Un primo bilancio della misura è previsto al termine della stagione turistica del prossimo anno, "
              "quando il consiglio comunale potrà decidere se confermare o modificare l’importo."),
    ], [("Giovanna Tettamanti", "PER"), ("salita Serbelloni", "LOC"), ("Pietro Valsecchi", "PER")]),
    "gazzetta-del-lario-05": ([
        ("h2", "Un archivio da salvare"),
        ("p", "Dietro la mostra c’è un lavoro di dieci anni. I volontari della fondazione hanno recuperato campionari da una "
              "quarantina di tessiture chiuse, spesso all’ultimo momento, prima che i capannoni venissero svuotati. «In più di un caso "
              "siamo arrivati con il furgone mentre fuori aspettava già la ditta dello sgombero», ricorda il presidente della "
              "fondazione, Giorgio Bernasconi."),
        ("p", "Oggi l’archivio conserva oltre trentamila campioni, catalogati solo in parte. Per completare l’inventario e "
              "digitalizzare i registri più fragili servirebbero circa 400mila euro. La fondazione ha presentato una domanda di "
              "contributo alla Regione e conta sugli incassi della mostra per coprire una parte delle spese."),
        ("p", "Anche il mondo delle imprese guarda con interesse al progetto. Diversi disegnatori delle aziende tessili della "
              "provincia consultano già l’archivio per cercare motivi da reinterpretare nelle nuove collezioni. «Per noi è una "
              "biblioteca – spiega la stilista Chiara Molteni –. Un disegno del 1950 può ispirare una cravatta del 2020»."),
    ], [("Giorgio Bernasconi", "PER"), ("Regione", "ORG"), ("Chiara Molteni", "PER")]),
    "gazzetta-del-lario-08": ([
        ("h2", "Più interventi ogni estate"),
        ("p", "I numeri confermano la tendenza. Secondo i dati della delegazione lariana del soccorso alpino, nei mesi di luglio e "
              "agosto gli interventi in montagna sono passati dai 96 di cinque anni fa ai 143 della scorsa estate. Quasi la metà "
              "riguarda escursionisti illesi ma incapaci di proseguire, spesso per stanchezza, buio o maltempo."),
        ("p", "«Molti arrivano dalla città per una gita di un giorno e sottovalutano la montagna – spiega Elena Bonfanti, "
              "istruttrice del Club alpino di Lecco –. La Grignetta sembra vicina, si vede dal lungolago, ma le creste richiedono "
              "esperienza e l’attrezzatura giusta». Il club organizza ogni primavera corsi gratuiti di escursionismo di base."),
        ("p", "Per il prossimo fine settimana il servizio meteorologico regionale prevede ancora temporali pomeridiani sulle Prealpi. "
              "Il soccorso alpino ha annunciato che presidierà con una squadra i Piani Resinelli nelle ore centrali della giornata."),
    ], [("Elena Bonfanti", "PER"), ("Club alpino di Lecco", "ORG"), ("Prealpi", "LOC")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    return with_more_section(a, MORE)


def extra_tags(a):
    tags = set()
    kinds = [p[0] for p in a["parts"]]
    ps = [i for i, k in enumerate(kinds) if k == "p"]
    if ps and any(k in ("leggi", "adv") for k in kinds[ps[0]:ps[-1]]):
        tags.add("teasers-in-article")
    if a.get("no_schema"):
        tags.discard("json-ld")
    return tags


def extra_notes(a):
    out = []
    if a.get("no_schema"):
        out.append("No JSON-LD on this story (old theme).")
    if a.get("ld_author") == "org":
        out.append("JSON-LD author is the newsroom ('Redazione Gazzetta del Lario'); the byline names two reporters.")
    if a.get("ld_author") == "none":
        out.append("No author metadata (the JSON-LD article object has no author); the byline names the reporter.")
    if a.get("meta_pub"):
        out.append(f"article:published_time holds the CMS creation time the evening before ({a['meta_pub'].isoformat()}); the visible time is gold.")
    return out


# Stories served from the page cache within a day of publication show the theme's relative time
# ("3 ore fa"); the <time datetime>, the meta tag and the JSON-LD keep the exact time.
RELATIVE = {"gazzetta-del-lario-01": "3 ore fa", "gazzetta-del-lario-03": "2 ore fa", "gazzetta-del-lario-04": "45 minuti fa",
            "gazzetta-del-lario-05": "5 ore fa", "gazzetta-del-lario-07": "un'ora fa"}

def build():
    for a in ARTICLES + [VARIANT]:
        a = lengthened(a)
        html_text, blocks = page(a, with_next=a.get("with_next", True))
        art = Article(
            id=a["id"], site=SITE, url=a.get("url_served", a["url"]), language="it", headline=a["headline"],
            published=a["pub"].isoformat(), modified=a["upd"].isoformat() if a.get("upd") else None,
            authors=a["authors"], summary=a.get("sommario", ""), blocks=blocks, entities=a["entities"],
            phenomena=sorted(set(a["phenomena"]) | extra_tags(a)), notes=" ".join(filter(None, [a.get("notes", "")] + extra_notes(a))),
            variant_of=a.get("variant_of"))
        if a["id"] in RELATIVE:
            art, html_text = relative_visible_date(art, html_text, RELATIVE[a["id"]])
        p = emit(art, html_text, "utf-8")
        raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    build()
