import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, Article, Block, emit

"""Le Riverain (le-riverain): an invented regional paper for the Loire valley (Orléans, Blois,
Tours, Saumur) on WordPress with a custom news theme: Yoast-style head and JSON-LD graph, the
wp-emoji loader, block-library and global-styles CSS, jQuery, `post-NNN ... hentry` article
classes, block-editor markup (`wp-block-heading`, `wp-block-embed` iframes for maps and an
invented video player), wptexturize output (`&#8217;`, `«&nbsp;`), a Yoast breadcrumb, a cookie
banner from a consent plugin, widgets (recent posts, most read, newsletter, ads) and the
WordPress comment list. Subscriber articles are cut after the teaser by a paywall box
("Article réservé aux abonnés"); the rest of the text is not in the page. Some stories show
a relative date ("il y a 2 heures") backed by the `datetime` attribute and JSON-LD. Page 09 is
page 01 without its cookie banner."""

import datetime as _dt
import html as _html
import json as _json
import re as _re
import zlib as _zlib
from urllib.parse import quote as _quote

SITE = "le-riverain"
HOST = "https://www.leriverain.example"
UP = HOST + "/wp-content/uploads"
NAME = "Le Riverain"
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
WP_VER = "6.4.3"


def d(y, mo, da, hh, mi):
    t = _dt.datetime(y, mo, da, hh, mi)

    def last_sunday(year, month):
        x = _dt.datetime(year, month, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    summer = last_sunday(y, 3).replace(hour=2) <= t < last_sunday(y, 10).replace(hour=3)
    return t.replace(tzinfo=CEST if summer else CET)


def iso(t):
    z = t.strftime("%z")
    return t.strftime("%Y-%m-%dT%H:%M") + z[:3] + ":" + z[3:]


def fr_date(t):
    day = "1er" if t.day == 1 else str(t.day)
    return f"{day} {MOIS[t.month - 1]} {t.year} à {t.hour}h{t.minute:02d}"


def h32(s):
    return _zlib.crc32(s.encode("utf-8"))


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def wptexturize(s):
    """What WordPress prints for the text typed by the editors."""
    s = s.replace("’", "&#8217;").replace("…", "&#8230;").replace(" – ", " &#8211; ")
    s = s.replace("« ", "«&nbsp;").replace(" »", "&nbsp;»").replace(" :", "&nbsp;:").replace(" ?", "&nbsp;?").replace(" !", "&nbsp;!")
    return s


def plain(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s)).replace("\u00a0", " ")


def slugify(t):
    t = t.lower()
    for a, b in (("à", "a"), ("â", "a"), ("ç", "c"), ("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"), ("î", "i"), ("ï", "i"),
                 ("ô", "o"), ("ù", "u"), ("û", "u"), ("œ", "oe"), ("’", "-"), ("'", "-")):
        t = t.replace(a, b)
    return _re.sub(r"[^a-z0-9]+", "-", t).strip("-")


# ---------------------------------------------------------------- boilerplate

MENU = [("Orléans", "orleans"), ("Blois", "blois"), ("Tours", "tours"), ("Saumur", "saumur"), ("Amboise", "amboise"),
        ("Vendôme", "vendome"), ("Romorantin", "romorantin"), ("Chinon", "chinon"), ("Loire", "loire"), ("Économie", "economie"),
        ("Sports", "sports"), ("Culture", "culture"), ("Loisirs", "loisirs"), ("Faits divers", "faits-divers"),
        ("Vidéos", "videos"), ("Abonnés", "abonnes")]
SUBMENU = {"orleans": ["Orléans Métropole", "Montargis", "Pithiviers", "Gien", "Meung-sur-Loire"],
           "blois": ["Agglo de Blois", "Vallée du Cher", "Sologne", "Vendômois"],
           "tours": ["Tours Métropole", "Amboise", "Loches", "Chinon", "Joué-lès-Tours"],
           "saumur": ["Saumurois", "Doué-en-Anjou", "Baugé", "Vallée de l'Authion"]}

FOOTER = [
    ("Le Riverain", ["Qui sommes-nous ?", "La rédaction", "Nos engagements", "Nous contacter", "Recrutement", "Correspondants locaux"]),
    ("Services", ["S'abonner", "Mon compte", "Le journal numérique", "Newsletters", "Avis de décès", "Annonces légales", "Petites annonces"]),
    ("Nos éditions", ["Orléans et Loiret", "Blois et Loir-et-Cher", "Tours et Touraine", "Saumur et Anjou", "Vendômois", "Sologne"]),
    ("Rubriques", ["Actualité", "Économie", "Sports", "Culture", "Loisirs", "Faits divers", "Loire", "Vidéos"]),
]
LEGAL = ["Mentions légales", "Conditions générales d'utilisation", "Conditions générales de vente", "Politique de confidentialité",
         "Gestion des cookies", "Accessibilité", "Plan du site"]

POOL = [
    "Orléans : le marché de Noël s'agrandit et déménage place du Martroi",
    "Blois : la piscine municipale fermée trois semaines pour vidange",
    "Tours : un incendie dans un immeuble du quartier des Fontaines, pas de blessé",
    "Saumur : les caves touristiques affichent une fréquentation record",
    "Football : le promu tourangeau arrache le nul à la dernière minute",
    "Chinon : la fête médiévale reportée à cause de la météo",
    "Vendôme : une pétition pour sauver le cinéma du centre-ville",
    "Loiret : les prix des terres agricoles repartent à la hausse",
    "Amboise : le festival de musique dévoile sa programmation",
    "Sologne : un cerf percute une voiture sur la D 922",
    "Basket : l'équipe orléanaise enchaîne une cinquième victoire",
    "Tours : le chantier du parking souterrain prend trois mois de retard",
    "Romorantin : les commerçants inquiets après la fermeture d'une agence bancaire",
    "Montargis : un nouveau parcours sportif au bord du canal",
    "Indre-et-Loire : de nouvelles restrictions d'usage de l'eau",
    "Blois : une exposition de tapisseries contemporaines en centre-ville",
    "Gien : une entreprise de logistique recrute une vingtaine de salariés",
    "Saumur : un cavalier saumurois remporte un concours international",
    "Orléans : la fête de la musique se prépare dans les quartiers",
    "Loches : la cité royale s'illumine pour les fêtes",
]


def pool_rot(seed):
    k = (seed * 4) % len(POOL)
    return POOL[k:] + POOL[:k]


GLOBAL_STYLES = ("body{--wp--preset--color--black: #000000;--wp--preset--color--cyan-bluish-gray: #abb8c3;--wp--preset--color--white: #ffffff;"
                 "--wp--preset--color--pale-pink: #f78da7;--wp--preset--color--vivid-red: #cf2e2e;--wp--preset--color--luminous-vivid-orange: #ff6900;"
                 "--wp--preset--color--luminous-vivid-amber: #fcb900;--wp--preset--color--light-green-cyan: #7bdcb5;--wp--preset--color--vivid-green-cyan: #00d084;"
                 "--wp--preset--color--pale-cyan-blue: #8ed1fc;--wp--preset--color--vivid-cyan-blue: #0693e3;--wp--preset--color--vivid-purple: #9b51e0;"
                 "--wp--preset--gradient--vivid-cyan-blue-to-vivid-purple: linear-gradient(135deg,rgba(6,147,227,1) 0%,rgb(155,81,224) 100%);"
                 "--wp--preset--gradient--light-green-cyan-to-vivid-green-cyan: linear-gradient(135deg,rgb(122,220,180) 0%,rgb(0,208,130) 100%);"
                 "--wp--preset--gradient--luminous-vivid-amber-to-luminous-vivid-orange: linear-gradient(135deg,rgba(252,185,0,1) 0%,rgba(255,105,0,1) 100%);"
                 "--wp--preset--gradient--luminous-vivid-orange-to-vivid-red: linear-gradient(135deg,rgba(255,105,0,1) 0%,rgb(207,46,46) 100%);"
                 "--wp--preset--gradient--very-light-gray-to-cyan-bluish-gray: linear-gradient(135deg,rgb(238,238,238) 0%,rgb(169,184,195) 100%);"
                 "--wp--preset--gradient--cool-to-warm-spectrum: linear-gradient(135deg,rgb(74,234,220) 0%,rgb(151,120,209) 20%,rgb(207,42,186) 40%,rgb(238,44,130) 60%,rgb(251,105,98) 80%,rgb(254,248,76) 100%);"
                 "--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;--wp--preset--font-size--x-large: 42px;"
                 "--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;--wp--preset--spacing--40: 1rem;--wp--preset--spacing--50: 1.5rem;"
                 "--wp--preset--spacing--60: 2.25rem;--wp--preset--spacing--70: 3.38rem;--wp--preset--spacing--80: 5.06rem;"
                 "--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);--wp--preset--shadow--deep: 12px 12px 50px rgba(0, 0, 0, 0.4);"
                 "--wp--preset--shadow--sharp: 6px 6px 0px rgba(0, 0, 0, 0.2);--wp--preset--shadow--outlined: 6px 6px 0px -3px rgba(255, 255, 255, 1), 6px 6px rgba(0, 0, 0, 1);"
                 "--wp--preset--shadow--crisp: 6px 6px 0px rgba(0, 0, 0, 1);}:where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}"
                 "body .is-layout-flow > .alignleft{float: left;margin-inline-start: 0;margin-inline-end: 2em;}body .is-layout-flow > .alignright{float: right;margin-inline-start: 2em;margin-inline-end: 0;}"
                 "body .is-layout-flow > .aligncenter{margin-left: auto !important;margin-right: auto !important;}body .is-layout-constrained > .alignleft{float: left;margin-inline-start: 0;margin-inline-end: 2em;}"
                 "body .is-layout-constrained > .alignright{float: right;margin-inline-start: 2em;margin-inline-end: 0;}body .is-layout-flex{display: flex;}"
                 "body .is-layout-flex{flex-wrap: wrap;align-items: center;}body .is-layout-flex > *{margin: 0;}body .is-layout-grid{display: grid;}"
                 ".has-black-color{color: var(--wp--preset--color--black) !important;}.has-white-color{color: var(--wp--preset--color--white) !important;}"
                 ".has-vivid-red-color{color: var(--wp--preset--color--vivid-red) !important;}.has-black-background-color{background-color: var(--wp--preset--color--black) !important;}"
                 ".has-white-background-color{background-color: var(--wp--preset--color--white) !important;}.has-pale-cyan-blue-background-color{background-color: var(--wp--preset--color--pale-cyan-blue) !important;}"
                 ".has-small-font-size{font-size: var(--wp--preset--font-size--small) !important;}.has-medium-font-size{font-size: var(--wp--preset--font-size--medium) !important;}"
                 ".has-large-font-size{font-size: var(--wp--preset--font-size--large) !important;}.has-x-large-font-size{font-size: var(--wp--preset--font-size--x-large) !important;}"
                 ".wp-block-navigation a:where(:not(.wp-element-button)){color: inherit;}:where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}"
                 ":where(.wp-block-columns.is-layout-flex){gap: 2em;}.wp-block-pullquote{font-size: 1.5em;line-height: 1.6;}")

THEME_CSS = """
/* Riverain theme 3.2.1 - critical */
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}
.skip-link:focus{clip:auto;clip-path:none;height:auto;width:auto;left:6px;top:7px;z-index:100000;background:#fff;padding:15px 23px 14px}
body{margin:0;font-family:"Merriweather",Georgia,serif;font-size:18px;line-height:1.7;color:#1f2328;background:#fff}
a{color:#0b5c8a;text-decoration:none}a:hover{text-decoration:underline}
.site-topbar{background:#0b3954;color:#fff;font-family:"Source Sans 3",Arial,sans-serif;font-size:13px;padding:5px 0}
.site-topbar .wrap{display:flex;justify-content:space-between}
.site-topbar a{color:#fff;margin-left:14px}
.wrap{max-width:1200px;margin:0 auto;padding:0 18px}
.site-header{padding:18px 0;border-bottom:1px solid #e3e6ea}
.site-header .wrap{display:flex;align-items:center;justify-content:space-between}
.site-branding .site-title{margin:0;font-size:34px;font-weight:900;letter-spacing:-.02em}
.site-branding .site-title a{color:#0b3954}
.site-branding .site-description{margin:0;font-family:"Source Sans 3",Arial,sans-serif;font-size:13px;color:#5b6470}
.header-cta a{font-family:"Source Sans 3",Arial,sans-serif;font-weight:700;font-size:14px;margin-left:12px}
.header-cta .btn-subscribe{background:#e4572e;color:#fff;padding:8px 16px;border-radius:3px}
.main-navigation{background:#fff;border-bottom:3px solid #0b3954;font-family:"Source Sans 3",Arial,sans-serif;position:sticky;top:0;z-index:50}
.main-navigation ul{list-style:none;margin:0;padding:0}
.main-navigation>.wrap>div>ul{display:flex;flex-wrap:wrap}
.main-navigation li{position:relative}
.main-navigation a{display:block;padding:11px 11px;font-weight:700;font-size:15px;color:#1f2328}
.main-navigation .current-menu-item>a,.main-navigation .current-post-ancestor>a{color:#e4572e}
.main-navigation .sub-menu{display:none;position:absolute;top:100%;left:0;background:#fff;border:1px solid #e3e6ea;min-width:210px;z-index:60}
.main-navigation li:hover>.sub-menu{display:block}
.main-navigation .sub-menu a{font-weight:400;padding:6px 14px;font-size:14px}
.menu-toggle{display:none}
.breadcrumbs{font-family:"Source Sans 3",Arial,sans-serif;font-size:13px;color:#5b6470;margin:16px 0 0}
.site-content .wrap{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:42px}
@media (max-width:980px){.site-content .wrap{grid-template-columns:1fr}.menu-toggle{display:block}.main-navigation>.wrap>div>ul{display:none}}
.entry-header .cat-links{font-family:"Source Sans 3",Arial,sans-serif;font-size:14px;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.entry-header .cat-links a{color:#e4572e}
.entry-header .badge-abonnes{display:inline-block;margin-left:8px;background:#f2c14e;color:#1f2328;font-size:12px;font-weight:700;padding:1px 8px;border-radius:2px;text-transform:none;letter-spacing:0}
.entry-title{font-size:38px;line-height:1.15;margin:8px 0 14px;font-weight:900}
.entry-chapo{font-size:20px;line-height:1.55;font-weight:700;color:#333;margin:0 0 16px}
.entry-meta{font-family:"Source Sans 3",Arial,sans-serif;font-size:14px;color:#5b6470;display:flex;flex-wrap:wrap;gap:4px 14px;border-top:1px solid #e3e6ea;border-bottom:1px solid #e3e6ea;padding:8px 0;margin-bottom:18px}
.entry-meta .author a{font-weight:700;color:#1f2328}
.entry-meta time.updated{display:none}
.entry-meta .updated-on time.updated{display:inline}
.entry-meta .comments-link a{color:#5b6470}
.post-thumbnail{margin:0 0 18px}.post-thumbnail img{width:100%;height:auto}
.post-thumbnail figcaption,.wp-element-caption{font-family:"Source Sans 3",Arial,sans-serif;font-size:14px;color:#5b6470;margin-top:6px}
.entry-content>*{margin:0 0 20px}
.entry-content .wp-block-heading{font-size:24px;line-height:1.3;margin-top:30px}
.entry-content .wp-block-list li{margin:0 0 6px}
.entry-content .wp-block-embed__wrapper{position:relative}
.entry-content .wp-embed-aspect-16-9 .wp-block-embed__wrapper:before{content:"";display:block;padding-top:56.25%}
.entry-content .wp-embed-aspect-16-9 iframe{position:absolute;top:0;left:0;width:100%;height:100%}
.entry-content iframe{border:0;max-width:100%}
.entry-content .teaser-fade{position:relative;max-height:9.5em;overflow:hidden}
.entry-content .teaser-fade:after{content:"";position:absolute;left:0;right:0;bottom:0;height:4.5em;background:linear-gradient(rgba(255,255,255,0),#fff)}
.paywall-box{border:2px solid #0b3954;border-radius:4px;padding:22px;text-align:center;font-family:"Source Sans 3",Arial,sans-serif;margin:10px 0 30px}
.paywall-box .paywall-title{font-size:22px;font-weight:700;margin:0 0 6px;color:#0b3954}
.paywall-box .paywall-remaining{color:#5b6470;margin:0 0 14px}
.paywall-box .paywall-offer{display:inline-block;background:#e4572e;color:#fff;font-weight:700;padding:10px 22px;border-radius:3px}
.paywall-box .paywall-login{display:block;margin-top:12px;font-size:14px}
.paywall-box ul{list-style:none;padding:0;margin:14px 0;font-size:15px}
.paywall-box li:before{content:"✓ ";color:#2a9d8f;font-weight:700}
.share-buttons{display:flex;gap:8px;margin:16px 0;font-family:"Source Sans 3",Arial,sans-serif}
.share-buttons a{display:inline-block;padding:6px 12px;border-radius:3px;color:#fff;font-size:13px;font-weight:700}
.share-buttons .share-facebook{background:#3b5998}.share-buttons .share-x{background:#111}.share-buttons .share-whatsapp{background:#25d366}
.share-buttons .share-linkedin{background:#0a66c2}.share-buttons .share-email{background:#6c757d}
.entry-footer{font-family:"Source Sans 3",Arial,sans-serif;font-size:14px;margin:20px 0}
.entry-footer .tags-links a{display:inline-block;background:#eef2f5;padding:2px 10px;border-radius:12px;margin:0 4px 4px 0;color:#1f2328}
.author-info{display:flex;gap:14px;background:#f5f7f9;padding:16px;margin:24px 0;font-family:"Source Sans 3",Arial,sans-serif;font-size:15px}
.author-info .avatar{border-radius:50%}
.author-info .author-title{margin:0 0 4px;font-size:17px}
.related-posts{margin:30px 0;font-family:"Source Sans 3",Arial,sans-serif}
.related-posts h2{font-size:20px;border-bottom:3px solid #0b3954;padding-bottom:4px}
.related-posts ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.related-posts .rp-date{display:block;font-size:13px;color:#5b6470}
.comments-area{margin:34px 0;font-family:"Source Sans 3",Arial,sans-serif}
.comments-title{font-size:21px}
.comment-list{list-style:none;padding:0}
.comment-list .children{list-style:none;padding-left:40px}
.comment-body{border-bottom:1px solid #e3e6ea;padding:14px 0}
.comment-author .avatar{float:left;margin-right:10px;border-radius:50%}
.comment-metadata{font-size:13px;color:#5b6470}
.comment-content p{font-size:16px;margin:8px 0}
.comment-respond textarea{width:100%;min-height:120px}
.widget-area{font-family:"Source Sans 3",Arial,sans-serif;font-size:15px}
.widget{margin:0 0 30px}
.widget-title{font-size:17px;text-transform:uppercase;letter-spacing:.04em;border-bottom:3px solid #e4572e;padding-bottom:4px;margin:0 0 8px}
.widget ul{list-style:none;padding:0;margin:0}
.widget li{padding:8px 0;border-bottom:1px solid #e3e6ea}
.widget .post-date{display:block;font-size:13px;color:#5b6470}
.widget_most_read ol{padding-left:22px;margin:0}
.widget_most_read li{padding:6px 0;border-bottom:1px solid #e3e6ea}
.widget_newsletter form{display:flex;flex-direction:column;gap:8px}
.widget_newsletter input[type=email]{padding:8px;border:1px solid #c4cbd2}
.widget_newsletter button{background:#0b3954;color:#fff;border:0;padding:9px;font-weight:700}
.ad-container{background:#f4f4f4;text-align:center;margin:20px auto;font-family:Arial,sans-serif}
.ad-container .ad-label{display:block;font-size:10px;color:#999;letter-spacing:.1em;text-transform:uppercase}
.site-footer{background:#0b3954;color:#d6e2ea;margin-top:40px;padding:34px 0 20px;font-family:"Source Sans 3",Arial,sans-serif;font-size:15px}
.footer-widgets{display:grid;grid-template-columns:repeat(4,1fr);gap:24px}
.site-footer h3{color:#fff;font-size:16px;margin:0 0 10px}
.site-footer ul{list-style:none;padding:0;margin:0}
.site-footer li a{color:#d6e2ea;display:block;padding:3px 0}
.site-info{border-top:1px solid #2d5a75;margin-top:24px;padding-top:14px;font-size:13px}
.site-info .legal-menu{display:flex;flex-wrap:wrap;gap:6px 16px;list-style:none;padding:0;margin:0 0 8px}
.site-info a{color:#d6e2ea}
"""

COOKIE_CSS = """
#rv-cookie-banner{position:fixed;bottom:0;left:0;right:0;z-index:99999;background:#fff;border-top:4px solid #e4572e;box-shadow:0 -6px 20px rgba(0,0,0,.2);font-family:"Source Sans 3",Arial,sans-serif;font-size:15px;padding:18px}
#rv-cookie-banner .rv-cmp-inner{max-width:980px;margin:0 auto}
#rv-cookie-banner .rv-cmp-title{font-size:19px;font-weight:700;margin:0 0 6px}
#rv-cookie-banner .rv-cmp-buttons{display:flex;gap:10px;flex-wrap:wrap;margin-top:12px}
#rv-cookie-banner button{padding:9px 18px;font-weight:700;border-radius:3px;border:1px solid #0b3954;background:#fff;color:#0b3954;cursor:pointer}
#rv-cookie-banner .rv-cmp-accept{background:#0b3954;color:#fff}
#rv-cookie-banner.rv-hidden{display:none}
"""

COOKIE_HTML = """<div id="rv-cookie-banner" class="rv-cmp rv-hidden" role="dialog" aria-live="polite" aria-label="Gestion des cookies">
<div class="rv-cmp-inner"><p class="rv-cmp-title">Nous respectons votre vie privée</p>
<p>Avec votre accord, Le Riverain et ses partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des
informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements
basés sur l&#8217;intérêt légitime à tout moment en cliquant sur «&nbsp;Personnaliser&nbsp;» ou dans notre page
<a href="/politique-de-confidentialite/">Politique de confidentialité</a>.</p>
<p>Certains contenus (vidéos, cartes) sont fournis par des services tiers qui peuvent déposer leurs propres cookies.</p>
<div class="rv-cmp-buttons"><button type="button" class="rv-cmp-accept" data-rv-consent="accept">Accepter et fermer</button>
<button type="button" class="rv-cmp-deny" data-rv-consent="deny">Continuer sans accepter</button>
<button type="button" class="rv-cmp-settings" data-rv-consent="settings">Personnaliser</button></div></div></div>"""

COOKIE_JS = """<script id="rv-consent-js-extra">
var rvConsentSettings = {"cookie_name":"rv_consent","cookie_expiry":"180","categories":["necessaires","mesure","publicite","contenus-tiers"],"version":"4.2.0","policy_url":"\\/politique-de-confidentialite\\/"};
</script>
<script>(function(){var b=document.getElementById('rv-cookie-banner');if(document.cookie.indexOf('rv_consent=')<0){b.classList.remove('rv-hidden');}
b.addEventListener('click',function(e){var t=e.target.getAttribute('data-rv-consent');if(!t)return;if(t==='settings'){location.href='/gestion-des-cookies/';return;}
document.cookie='rv_consent='+t+';max-age='+(180*86400)+';path=/;SameSite=Lax';b.classList.add('rv-hidden');});})();</script>"""


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

SPRITE = svg_sprite(4187, ["facebook", "x", "whatsapp", "linkedin", "email", "print", "search", "menu", "close", "user", "lock",
                           "clock", "comment", "chevron-right", "chevron-down", "arrow-up", "play", "camera", "map-pin", "newspaper",
                           "bell", "star", "quote", "share"], "rv-icon")
VENDORS = cmp_vendors(33, 110, "partenaires.example")


# ---------------------------------------------------------------- pieces

def share(url, title):
    u = attr(url)
    return ('<div class="share-buttons" aria-label="Partager l&#8217;article">'
            f'<a class="share-facebook" href="https://facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="nofollow noopener">Facebook</a>'
            f'<a class="share-x" href="https://x.example/intent/tweet?url={u}&amp;text={_quote(title)}" target="_blank" rel="nofollow noopener">X</a>'
            f'<a class="share-whatsapp" href="https://wa.example/send?text={u}" target="_blank" rel="nofollow noopener">WhatsApp</a>'
            f'<a class="share-linkedin" href="https://linkedin.example/sharing/share-offsite/?url={u}" target="_blank" rel="nofollow noopener">LinkedIn</a>'
            f'<a class="share-email" href="mailto:?subject={_quote(title)}&amp;body={u}">E-mail</a></div>')


def ad(slot, h=250):
    return (f'<div class="ad-container" id="rv-ad-{slot}"><span class="ad-label">Publicité</span>'
            f'<div class="rv-ad" data-slot="{slot}" style="min-height:{h}px"></div></div>')


def render_parts(parts, blocks, a=None):
    out = []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{wptexturize(p[1])}</p>")
            blocks.append(Block("paragraph", plain(p[1])))
        elif k == "pfade":
            out.append(f'<p class="teaser-fade">{wptexturize(p[1])}</p>')
            blocks.append(Block("paragraph", plain(p[1])))
        elif k == "h":
            out.append(f'<h2 class="wp-block-heading">{wptexturize(p[1])}</h2>')
            blocks.append(Block("heading", plain(p[1])))
        elif k == "ul":
            out.append('<ul class="wp-block-list">' + "".join(f"<li>{wptexturize(i)}</li>" for i in p[1]) + "</ul>")
            blocks += [Block("list_item", plain(i)) for i in p[1]]
        elif k == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{wptexturize(p[1])}</p></blockquote>')
            blocks.append(Block("quote", plain(p[1])))
        elif k == "map":
            _, src, title, cap = p
            out.append(f'<figure class="wp-block-embed is-type-rich is-provider-cartes-riverain wp-block-embed-cartes-riverain">'
                       f'<div class="wp-block-embed__wrapper"><iframe title="{attr(title)}" src="{src}" width="100%" height="420" '
                       f'loading="lazy" frameborder="0" referrerpolicy="no-referrer-when-downgrade" allowfullscreen></iframe></div>'
                       f'<figcaption class="wp-element-caption">{wptexturize(cap)}</figcaption></figure>')
            blocks.append(Block("caption", plain(cap), optional=True))
        elif k == "video":
            _, vid, title = p
            out.append(f'<figure class="wp-block-embed is-type-video is-provider-videoriv wp-block-embed-videoriv wp-embed-aspect-16-9 '
                       f'wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe title="{attr(title)}" width="640" height="360" '
                       f'src="https://player.videoriv.example/embed/video/{vid}?autoplay=0&amp;queue-enable=false&amp;ui-logo=0" '
                       f'allow="autoplay; fullscreen; picture-in-picture" allowfullscreen frameborder="0"></iframe></div>'
                       f'<figcaption class="wp-element-caption">Vidéo&nbsp;: {wptexturize(title)}</figcaption></figure>')
        elif k == "fig":
            _, src, cap, credit = p
            out.append(f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="576" '
                       f'src="{UP}/{src}-1024x576.jpg" alt="" class="wp-image-{h32(src) % 90000 + 10000}" '
                       f'srcset="{UP}/{src}-1024x576.jpg 1024w, {UP}/{src}-300x169.jpg 300w, {UP}/{src}-768x432.jpg 768w" '
                       f'sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">{wptexturize(cap)} '
                       f'<span class="credit">{credit}</span></figcaption></figure>')
            blocks.append(Block("caption", plain(cap), optional=True))
        elif k == "ad":
            out.append(ad(p[1]))
        elif k == "also":
            t, _ = a["related"][p[1]]
            out.append(f'<p class="rv-lire-aussi"><strong>À lire aussi&nbsp;:</strong> <a href="{HOST}/{a["cat"][1]}/{slugify(t)[:70]}/">{wptexturize(t)}</a></p>')
    return "\n".join(out)


def comments_html(a):
    cs = a["comments"]
    n = len(cs)
    title = plain(a["headline"])
    out = [f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} réflexions sur «&nbsp;{wptexturize(title)}&nbsp;»</h2>'
           '<ol class="comment-list">']
    threads = []
    for i, c in enumerate(cs):
        if c[4] and threads:
            threads[-1][1].append((i, c))
        else:
            threads.append(((i, c), []))

    def li(i, c, depth):
        cid, who, t, body, _ = c
        return (f'<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd alt"} '
                f'{"thread-even " if depth == 1 and i % 2 == 0 else "thread-odd thread-alt " if depth == 1 else ""}depth-{depth}">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<img alt="" src="https://secure.gravatar.example/avatar/{h32(who) * 7919 % 10**12:012x}?s=42&amp;d=mm&amp;r=g" class="avatar avatar-42 photo" height="42" width="42" loading="lazy" decoding="async">'
                f'<b class="fn">{who}</b> <span class="says">dit&nbsp;:</span></div><div class="comment-metadata">'
                f'<a href="{a["url"]}#comment-{cid}"><time datetime="{t.isoformat()}">{t.day} {MOIS[t.month - 1]} {t.year} à {t.hour} h {t.minute:02d} min</time></a></div>'
                f'</footer><div class="comment-content"><p>{wptexturize(body)}</p></div><div class="reply">'
                f'<a rel="nofollow" class="comment-reply-link" href="{a["url"]}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{a["pid"]}" '
                f'data-belowelement="div-comment-{cid}" data-respondelement="respond" aria-label="Répondre à {who}">Répondre</a></div></article>')

    for (i, c), replies in threads:
        out.append(li(i, c, 1))
        if replies:
            out.append('<ol class="children">' + "".join(li(j, r, 2) + "</li>" for j, r in replies) + "</ol>")
        out.append("</li>")
    out.append('</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire '
               '<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>'
               f'<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
               '<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> '
               '<span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
               '<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> '
               '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
               '<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" size="30" maxlength="245" autocomplete="name" required></p>'
               '<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" size="30" maxlength="100" autocomplete="email" required></p>'
               f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"> '
               f'<input type="hidden" name="comment_post_ID" value="{a["pid"]}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
               "</form></div></div>")
    return "".join(out)


def paywall_box(pct):
    return ('<div class="paywall-box" id="rv-paywall"><p class="paywall-title">Article réservé aux abonnés</p>'
            f'<p class="paywall-remaining">Il vous reste {pct}&nbsp;% de cet article à lire.</p>'
            "<ul><li>Tous les articles du Riverain en illimité</li><li>Le journal numérique dès 5 heures</li>"
            "<li>Sans engagement, résiliable en ligne</li></ul>"
            '<a class="paywall-offer" href="/abonnement/?origin=paywall">Je m&#8217;abonne pour 1&nbsp;€ le premier mois</a>'
            '<a class="paywall-login" href="/mon-compte/?redirect=paywall">Déjà abonné&nbsp;? Je me connecte</a></div>')


# ---------------------------------------------------------------- page

def page(a, cookie=True):
    pub, upd = a["pub"], a.get("upd")
    url = a["url"]
    blocks = []
    if a.get("chapo"):
        blocks.append(Block("paragraph", plain(a["chapo"]), optional=True))
    thumb = ""
    if a.get("lead"):
        src, cap, credit = a["lead"]
        thumb = (f'<figure class="post-thumbnail"><img width="1200" height="675" src="{UP}/{src}.jpg" '
                 f'class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" '
                 f'srcset="{UP}/{src}.jpg 1200w, {UP}/{src}-300x169.jpg 300w, {UP}/{src}-768x432.jpg 768w, {UP}/{src}-1024x576.jpg 1024w" '
                 f'sizes="(max-width: 1200px) 100vw, 1200px"><figcaption class="wp-element-caption">{wptexturize(cap)} '
                 f'<span class="credit">{credit}</span></figcaption></figure>')
        blocks.append(Block("caption", plain(cap), optional=True))
    body = render_parts(a["parts"], blocks, a)
    cat_name, cat_slug = a["cat"]
    head_plain = plain(a["headline"])
    author = a["authors"]
    premium = a.get("paywall")

    # Yoast graph: authors are the WordPress accounts that posted the article (the web desk's shared account on
    # some stories); a scheduled post created the day before keeps its creation time in the Yoast dates
    wp_authors = a.get("wp_authors", author)
    yoast_pub = a["created"].isoformat() if a.get("created") else pub.isoformat()
    graph = [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": [{"name": n, "@id": f"{HOST}/#/schema/person/{slugify(n)}"} for n in wp_authors],
         "headline": head_plain, "datePublished": yoast_pub, "dateModified": (upd or pub).isoformat() if not a.get("created") else yoast_pub,
         "mainEntityOfPage": {"@id": url}, "wordCount": a["wc"], "commentCount": len(a.get("comments", [])),
         "publisher": {"@id": f"{HOST}/#organization"}, "image": {"@id": f"{url}#primaryimage"},
         "thumbnailUrl": f"{UP}/{a['image']}.jpg", "keywords": a["tags"], "articleSection": [cat_name], "inLanguage": "fr-FR",
         "isAccessibleForFree": not premium},
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"], "isPartOf": {"@id": f"{HOST}/#website"},
         "primaryImageOfPage": {"@id": f"{url}#primaryimage"}, "datePublished": pub.isoformat(),
         "dateModified": (upd or pub).isoformat(), "description": a["desc"], "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "fr-FR", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": "fr-FR", "@id": f"{url}#primaryimage", "url": f"{UP}/{a['image']}.jpg",
         "contentUrl": f"{UP}/{a['image']}.jpg", "width": 1200, "height": 675},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": cat_name, "item": f"{HOST}/{cat_slug}/"},
            {"@type": "ListItem", "position": 3, "name": head_plain}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": HOST + "/", "name": NAME,
         "description": "L'actualité du Val de Loire, d'Orléans à Saumur", "publisher": {"@id": f"{HOST}/#organization"},
         "inLanguage": "fr-FR"},
        {"@type": "NewsMediaOrganization", "@id": f"{HOST}/#organization", "name": NAME, "url": HOST + "/",
         "logo": {"@type": "ImageObject", "url": f"{UP}/2014/02/logo-riverain-512.png", "width": 512, "height": 512},
         "sameAs": ["https://facebook.example/leriverain", "https://x.example/leriverain", "https://instagram.example/leriverain"]},
    ]
    for n in wp_authors:
        graph.append({"@type": "Person", "@id": f"{HOST}/#/schema/person/{slugify(n)}", "name": n,
                      "url": f"{HOST}/author/{slugify(n)}/"})
    if premium:
        graph[0]["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall-box"}

    h = ["<!DOCTYPE html>", '<html lang="fr-FR">', "<head>", '<meta charset="UTF-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">', '<link rel="profile" href="https://gmpg.org/xfn/11">',
         f"<title>{wptexturize(a['title'])}</title>",
         "<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />",
         "", "<!-- This site is optimized with the Yoast SEO plugin v21.9.1 - https://yoast.com/wordpress/plugins/seo/ -->",
         f'<meta name="description" content="{attr(a["desc"])}" />',
         f'<link rel="canonical" href="{url}" />',
         '<meta property="og:locale" content="fr_FR" />', '<meta property="og:type" content="article" />',
         f'<meta property="og:title" content="{attr(a["title"])}" />',
         f'<meta property="og:description" content="{attr(a["desc"])}" />',
         f'<meta property="og:url" content="{url}" />', '<meta property="og:site_name" content="Le Riverain" />',
         '<meta property="article:publisher" content="https://facebook.example/leriverain" />',
         f'<meta property="article:published_time" content="{yoast_pub}" />',
         f'<meta property="article:modified_time" content="{(upd or pub).isoformat() if not a.get("created") else yoast_pub}" />',
         f'<meta property="og:image" content="{UP}/{a["image"]}.jpg" />', '<meta property="og:image:width" content="1200" />',
         '<meta property="og:image:height" content="675" />', '<meta property="og:image:type" content="image/jpeg" />',
         f'<meta name="author" content="{attr(", ".join(wp_authors))}" />',
         '<meta name="twitter:card" content="summary_large_image" />', '<meta name="twitter:creator" content="@leriverain" />',
         '<meta name="twitter:site" content="@leriverain" />',
         '<meta name="twitter:label1" content="Écrit par" />', f'<meta name="twitter:data1" content="{attr(", ".join(wp_authors))}" />',
         '<meta name="twitter:label2" content="Durée de lecture estimée" />', f'<meta name="twitter:data2" content="{a["readtime"]} minutes" />',
         '<script type="application/ld+json" class="yoast-schema-graph">'
         + _json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False).replace("/", "\\/") + "</script>",
         "<!-- / Yoast SEO plugin. -->", "", "",
         "<link rel='dns-prefetch' href='//fonts.leriverain.example' />",
         f'<link rel="alternate" type="application/rss+xml" title="Le Riverain &raquo; Flux" href="{HOST}/feed/" />',
         f'<link rel="alternate" type="application/rss+xml" title="Le Riverain &raquo; Flux des commentaires" href="{HOST}/comments/feed/" />']
    if a.get("comments"):
        h.append(f'<link rel="alternate" type="application/rss+xml" title="Le Riverain &raquo; {attr(head_plain)} Flux des commentaires" href="{url}feed/" />')
    h += ["<script>",
          'window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org.example\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png",'
          '"svgUrl":"https:\\/\\/s.w.org.example\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"'
          + HOST.replace("/", "\\/") + '\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=' + WP_VER + '"}};',
          "/*! This file is auto-generated */",
          "!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}"
          "function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),"
          "r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));"
          "return t.every(function(e,t){return e===r[t]})}function u(e,t,n){switch(t){case\"flag\":return n(e,\"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f\",\"\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f\")?!1:!n(e,\"\\ud83c\\uddfa\\ud83c\\uddf3\",\"\\ud83c\\uddfa\\u200b\\ud83c\\uddf3\");"
          "case\"emoji\":return!n(e,\"\\ud83e\\udef1\\ud83c\\udffb\\u200d\\ud83e\\udef2\\ud83c\\udfff\",\"\\ud83e\\udef1\\ud83c\\udffb\\u200b\\ud83e\\udef2\\ud83c\\udfff\")}return!1}"
          "function f(e,t,n){var r=\"undefined\"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement(\"canvas\"),"
          "a=r.getContext(\"2d\",{willReadFrequently:!0}),o=(a.textBaseline=\"top\",a.font=\"600 32px Arial\",{});return e.forEach(function(e){o[e]=t(a,e,n)}),o}"
          "function t(e){var t=i.createElement(\"script\");t.src=e,t.defer=!0,i.head.appendChild(t)}\"undefined\"!=typeof Promise&&(o=\"wpEmojiSettingsSupports\","
          "s=[\"flag\",\"emoji\"],n.supports={everything:!0,everythingExceptFlag:!0},e=new Promise(function(e){i.addEventListener(\"DOMContentLoaded\",e,{once:!0})}),"
          "new Promise(function(t){var n=function(){try{var e=JSON.parse(sessionStorage.getItem(o));if(\"object\"==typeof e&&\"number\"==typeof e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&\"object\"==typeof e.supportTests)return e.supportTests}catch(e){}return null}();"
          "if(!n){if(\"undefined\"!=typeof Worker&&\"undefined\"!=typeof OffscreenCanvas&&\"undefined\"!=typeof URL&&URL.createObjectURL&&\"undefined\"!=typeof Blob)try{var e=\"postMessage(\"+f.toString()+\"(\"+[JSON.stringify(s),u.toString(),p.toString()].join(\",\")+\"));\","
          "r=new Blob([e],{type:\"text/javascript\"}),a=new Worker(URL.createObjectURL(r),{name:\"wpTestEmojiSupports\"});return void(a.onmessage=function(e){c(n=e.data),a.terminate(),t(n)})}catch(e){}c(n=f(s,u,p))}t(n)})"
          ".then(function(e){for(var t in e)n.supports[t]=e[t],n.supports.everything=n.supports.everything&&n.supports[t],\"flag\"!==t&&(n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&n.supports[t]);"
          "n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,n.readyCallback=function(){n.DOMReady=!0}}).then(function(){return e}).then(function(){var e;"
          "n.supports.everything||(n.readyCallback(),(e=n.source||{}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&(t(e.twemoji),t(e.wpemoji)))}))}((window,document),window._wpemojiSettings);",
          "</script>",
          "<style id='wp-emoji-styles-inline-css'>\n\n\timg.wp-smiley, img.emoji {\n\t\tdisplay: inline !important;\n\t\tborder: none !important;\n\t\tbox-shadow: none !important;\n"
          "\t\theight: 1em !important;\n\t\twidth: 1em !important;\n\t\tmargin: 0 0.07em !important;\n\t\tvertical-align: -0.1em !important;\n"
          "\t\tbackground: none !important;\n\t\tpadding: 0 !important;\n\t}\n</style>",
          f"<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VER}' media='all' />",
          "<style id='classic-theme-styles-inline-css'>\n/*! This file is auto-generated */\n.wp-block-button__link{color:#fff;background-color:#32373c;"
          "border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}"
          ".wp-block-file__button{background:#32373c;color:#fff;text-decoration:none}\n</style>",
          "<style id='global-styles-inline-css'>\n" + GLOBAL_STYLES + "\n</style>",
          f"<link rel='stylesheet' id='riverain-fonts-css' href='https://fonts.leriverain.example/css2?family=Merriweather:wght@400;700;900&amp;family=Source+Sans+3:wght@400;700&amp;display=swap' media='all' />",
          f"<link rel='stylesheet' id='riverain-style-css' href='{HOST}/wp-content/themes/riverain/style.css?ver=3.2.1' media='all' />",
          "<style id='riverain-style-inline-css'>" + THEME_CSS + (COOKIE_CSS if cookie else "") + "</style>",
          f'<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>',
          f'<script src="{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>',
          f'<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a["pid"]}" />'
          f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />',
          f'<meta name="generator" content="WordPress {WP_VER}" />',
          f"<link rel='shortlink' href='{HOST}/?p={a['pid']}' />",
          f'<link rel="alternate" type="application/json+oembed" href="{HOST}/wp-json/oembed/1.0/embed?url={attr(url)}" />',
          f'<link rel="icon" href="{UP}/2014/02/cropped-favicon-riverain-32x32.png" sizes="32x32" />',
          f'<link rel="apple-touch-icon" href="{UP}/2014/02/cropped-favicon-riverain-180x180.png" />',
          "<script async src=\"https://www.googletagmanager.example/gtag/js?id=G-RV3L0IRE42\"></script>"
          "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());"
          "gtag('consent','default',{'ad_storage':'denied','analytics_storage':'denied'});"
          f"gtag('config','G-RV3L0IRE42',{{'content_group':'{cat_slug}','post_id':'{a['pid']}','premium':{str(bool(premium)).lower()}}});</script>",
          "<script>var rvAds=" + _json.dumps({"network": "/51872209/leriverain", "section": cat_slug, "postId": a["pid"],
                                              "premium": bool(premium), "keywords": a["tags"],
                                              "slots": {"haut": [[728, 90], [970, 250]], "article-1": [[300, 250], [336, 280]],
                                                        "colonne-1": [[300, 600], [300, 250]], "colonne-2": [[300, 250]]}},
                                             ensure_ascii=False) + ";</script>",
          "</head>"]

    h.append(f'<body class="post-template-default single single-post postid-{a["pid"]} single-format-standard wp-embed-responsive '
             f'{"has-paywall " if premium else ""}no-sidebar-mobile">')
    h.append(SPRITE)
    h.append('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Aller au contenu</a>')
    h.append('<div class="site-topbar"><div class="wrap"><span>L&#8217;actualité du Val de Loire, d&#8217;Orléans à Saumur</span><span>'
             '<a href="/le-journal-numerique/">Le journal numérique</a><a href="/newsletters/">Newsletters</a>'
             '<a href="/mon-compte/">Mon compte</a></span></div></div>')
    h.append('<header id="masthead" class="site-header"><div class="wrap"><div class="site-branding">'
             f'<h1 class="site-title"><a href="{HOST}/" rel="home">Le Riverain</a></h1>'
             '<p class="site-description">L&#8217;actualité du Val de Loire</p></div>'
             '<div class="header-cta"><a href="/?s=">Rechercher</a><a class="btn-subscribe" href="/abonnement/">S&#8217;abonner</a></div></div></header>')
    items = []
    for i, (n, s) in enumerate(MENU):
        mid = 101 + i * 3
        cls = f"menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{mid}"
        if s == cat_slug:
            cls += " current-post-ancestor current-menu-parent"
        sub = ""
        if s in SUBMENU:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu">' + "".join(
                f'<li id="menu-item-{mid}{j}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{mid}{j}">'
                f'<a href="{HOST}/{s}/{slugify(x)}/">{wptexturize(x.replace(chr(39), "’"))}</a></li>' for j, x in enumerate(SUBMENU[s])) + "</ul>"
        items.append(f'<li id="menu-item-{mid}" class="{cls}"><a href="{HOST}/{s}/">{n}</a>{sub}</li>')
    h.append('<nav id="site-navigation" class="main-navigation" aria-label="Menu principal"><div class="wrap">'
             '<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>'
             '<div class="menu-principal-container"><ul id="primary-menu" class="menu">' + "".join(items) + "</ul></div></div></nav>")
    h.append(ad("haut", 90))
    h.append('<div id="content" class="site-content"><div class="wrap"><div class="container"><div class="row"><div id="primary-col" class="content-area col-lg-8"><main id="primary" class="site-main">')
    h.append(f'<p id="breadcrumbs" class="breadcrumbs"><span><span><a href="{HOST}/">Accueil</a></span> » <span><a href="{HOST}/{cat_slug}/">'
             f'{cat_name}</a></span> » <span class="breadcrumb_last" aria-current="page">{wptexturize(head_plain)}</span></span></p>')
    tag_classes = " ".join(f"tag-{slugify(t)}" for t in a["tags"])
    h.append(f'<article id="post-{a["pid"]}" class="post-{a["pid"]} post type-post status-publish format-standard has-post-thumbnail '
             f'hentry category-{cat_slug} {tag_classes}">')
    h.append('<header class="entry-header"><span class="cat-links"><a href="' + f"{HOST}/{cat_slug}/" + f'" rel="category tag">{cat_name}</a>'
             + ('<span class="badge-abonnes">Abonnés</span>' if premium else "") + "</span>")
    h.append(f'<h1 class="entry-title">{wptexturize(a["headline"])}</h1>')
    if a.get("chapo"):
        h.append(f'<p class="entry-chapo">{wptexturize(a["chapo"])}</p>')
    meta = ['<div class="entry-meta"><span class="byline"> Par ' + " et ".join(
        f'<span class="author vcard"><a class="url fn n" href="{HOST}/author/{slugify(n)}/">{n}</a></span>' for n in author) + "</span>"]
    if a.get("relative"):
        meta.append(f'<span class="posted-on">Publié <a href="{url}" rel="bookmark"><time class="entry-date published rv-relative" '
                    f'datetime="{pub.isoformat()}">{a["relative"]}</time></a></span>')
    else:
        if a.get("no_time"):
            meta.append(f'<span class="posted-on">Publié le <a href="{url}" rel="bookmark"><span class="entry-date published">{fr_date(pub)}</span></a></span>')
        else:
            meta.append(f'<span class="posted-on">Publié le <a href="{url}" rel="bookmark"><time class="entry-date published" '
                        f'datetime="{pub.isoformat()}">{fr_date(pub)}</time><time class="updated" datetime="{(upd or pub).isoformat()}">'
                        f'{fr_date(upd or pub)}</time></a></span>')
    if upd:
        meta.append(f'<span class="updated-on">Mis à jour le <span class="updated">{fr_date(upd)}</span></span>' if a.get("no_time") else
                    f'<span class="updated-on">Mis à jour le <time class="updated" datetime="{upd.isoformat()}">{fr_date(upd)}</time></span>')
    if a.get("comments"):
        meta.append(f'<span class="comments-link"><a href="{url}#comments">{len(a["comments"])} commentaires</a></span>')
    meta.append(f'<span class="reading-time">{a["readtime"]} min de lecture</span></div>')
    h.append("".join(meta))
    h.append("</header>")
    h.append(thumb)
    h.append(share(url, head_plain))
    h.append('<div class="entry-content-wrap"><div class="entry-content">' + body + "</div></div>")
    if premium:
        h.append(paywall_box(a["paywall"]))
    h.append('<footer class="entry-footer"><span class="tags-links">Mots-clés&nbsp;: ' + "".join(
        f'<a href="{HOST}/tag/{slugify(t)}/" rel="tag">{t}</a>' for t in a["tags"]) + "</span></footer>")
    h.append(share(url, head_plain))
    if a.get("bio"):
        n = author[0]
        h.append(f'<div class="author-info"><img alt="" src="https://secure.gravatar.example/avatar/{slugify(n)}?s=80&amp;d=mm" '
                 f'class="avatar avatar-80 photo" height="80" width="80" loading="lazy"><div><h2 class="author-title">{n}</h2>'
                 f'<p class="author-bio">{wptexturize(a["bio"])}</p><a class="author-link" href="{HOST}/author/{slugify(n)}/" rel="author">'
                 f"Voir tous les articles de {n}</a></div></div>")
    h.append("</article>")
    rel = ['<section class="related-posts"><h2>À lire aussi</h2><ul>']
    for i, (t, dd) in enumerate(a["related"]):
        rel.append(f'<li><a href="{HOST}/{cat_slug}/{slugify(t)[:70]}/">{wptexturize(t)}</a><span class="rp-date">{dd.day} {MOIS[dd.month - 1]} {dd.year}</span></li>')
    rel.append("</ul></section>")
    h.append("".join(rel))
    if a.get("comments"):
        h.append(comments_html(a))
    h.append("</main></div>")
    rot = pool_rot(a["seed"])
    side = ['<aside id="secondary" class="widget-area">', ad("colonne-1", 600),
            '<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Dernières infos</h2><ul>'
            + "".join(f'<li><a href="{HOST}/actualite/{slugify(t)[:60]}/">{wptexturize(t.replace(chr(39), "’"))}</a>'
                      f'<span class="post-date">{(a["pub"] - _dt.timedelta(hours=5 * i + 2)).day} {MOIS[(a["pub"] - _dt.timedelta(hours=5 * i + 2)).month - 1]} {(a["pub"] - _dt.timedelta(hours=5 * i + 2)).year}</span></li>'
                      for i, t in enumerate(rot[:6])) + "</ul></section>",
            '<section id="rv_most_read-2" class="widget widget_most_read"><h2 class="widget-title">Les plus lus</h2><ol>'
            + "".join(f'<li><a href="{HOST}/actualite/{slugify(t)[:60]}/">{wptexturize(t.replace(chr(39), "’"))}</a></li>' for t in rot[6:12])
            + "</ol></section>",
            '<section id="rv_newsletter-2" class="widget widget_newsletter"><h2 class="widget-title">La lettre du Riverain</h2>'
            "<p>Chaque matin, l&#8217;essentiel de l&#8217;actualité du Val de Loire dans votre boîte mail.</p>"
            f'<form method="post" action="{HOST}/newsletters/inscription/"><label class="screen-reader-text" for="nl-email">Adresse e-mail</label>'
            '<input type="email" id="nl-email" name="email" placeholder="Votre adresse e-mail" required><button type="submit">Je m&#8217;inscris</button></form></section>',
            ad("colonne-2"),
            '<section id="text-4" class="widget widget_text"><h2 class="widget-title">Nos éditions</h2><div class="textwidget"><ul>'
            '<li><a href="/orleans/">Orléans et Loiret</a></li><li><a href="/blois/">Blois et Loir-et-Cher</a></li>'
            '<li><a href="/tours/">Tours et Touraine</a></li><li><a href="/saumur/">Saumur et Anjou</a></li></ul></div></section>',
            "</aside>"]
    h.append("".join(side))
    h.append("</div></div></div></div>")
    f = ['<footer id="colophon" class="site-footer"><div class="wrap"><div class="footer-widgets">']
    for title, links in FOOTER:
        f.append(f"<section class=\"widget widget_nav_menu\"><h3>{title}</h3><ul>" + "".join(
            f'<li><a href="{HOST}/{slugify(l)}/">{wptexturize(l.replace(chr(39), "’"))}</a></li>' for l in links) + "</ul></section>")
    f.append('</div><div class="site-info"><ul class="legal-menu">' + "".join(
        f'<li><a href="{HOST}/{slugify(l)}/">{wptexturize(l.replace(chr(39), "’"))}</a></li>' for l in LEGAL) + "</ul>")
    f.append(f'<p>© {a["copy_year"]} Le Riverain &#8211; Société des éditions riveraines. Tous droits réservés. '
             "Reproduction interdite sans autorisation.</p></div></div></footer>")
    h.append("".join(f))
    h.append("</div><!-- #page -->")
    if cookie:
        h.append(COOKIE_HTML)
        h.append(COOKIE_JS)
        h.append('<script id="rv-consent-vendors" type="application/json">' + VENDORS + "</script>")
    if a.get("comments"):
        h.append(f'<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver={WP_VER}" id="comment-reply-js" async data-wp-strategy="async"></script>')
    h.append('<script id="riverain-main-js-extra">\nvar riverainParams = ' + _json.dumps(
        {"ajaxurl": f"{HOST}/wp-admin/admin-ajax.php", "postId": str(a["pid"]), "nonce": f"{h32(a['id']) * 104729 % 16**10:010x}",
         "relativeDates": "1", "paywall": "1" if premium else "0"}).replace("/", "\\/") + ";\n</script>")
    h.append(f'<script src="{HOST}/wp-content/themes/riverain/js/main.min.js?ver=3.2.1" id="riverain-main-js"></script>')
    h.append(f'<script src="{HOST}/wp-content/themes/riverain/js/navigation.js?ver=3.2.1" id="riverain-navigation-js"></script>')
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h), blocks


# ---------------------------------------------------------------- articles

def C(cid, who, t, body, reply=False):
    return (cid, who, t, body, reply)


ARTICLES = [
    # ------------------------------------------------------------ 01: greenway Blois (map iframe, comments) -> variant 09
    dict(
        id="le-riverain-01", seed=1, pid=4187, wc=420, readtime=3,
        url=f"{HOST}/blois/blois-une-voie-verte-de-14-km-le-long-de-la-loire/",
        cat=("Blois", "blois"),
        headline="Blois : une voie verte de 14 km le long de la Loire d’ici au printemps",
        title="Blois : une voie verte de 14 km le long de la Loire d’ici au printemps - Le Riverain",
        desc="Le tronçon entre Blois et Chaumont-sur-Loire sera entièrement séparé de la circulation. Les travaux débutent le 19 octobre.",
        tags=["Blois", "Vélo", "Loire", "Aménagement"], image="2015/10/voie-verte-blois-chemin-halage",
        pub=d(2015, 10, 6, 18, 32), copy_year=2015, authors=["Thomas Lecomte"],
        chapo="Le tronçon entre Blois et Chaumont-sur-Loire sera entièrement séparé de la circulation. Les travaux débutent le 19 octobre et doivent durer six mois.",
        lead=("2015/10/voie-verte-blois-chemin-halage", "L’ancien chemin de halage, en amont de Chaumont-sur-Loire, sera débroussaillé et revêtu.",
              "© Thomas Lecomte / Le Riverain"),
        related=[("Vélo : la fréquentation des itinéraires ligériens en hausse de 12 %", d(2015, 9, 18, 11, 5)),
                 ("Blois : la rue Denis-Papin bientôt piétonne le week-end", d(2015, 8, 27, 16, 40)),
                 ("Loir-et-Cher : 40 km de pistes cyclables promis d’ici 2020", d(2015, 6, 12, 9, 15))],
        comments=[C(18802, "Jean-Marc", d(2015, 10, 6, 19, 12), "Enfin ! Je fais ce trajet tous les dimanches, la départementale est un vrai danger."),
                  C(18805, "cycliste41", d(2015, 10, 6, 20, 47), "Très bonne nouvelle, mais il faudra aussi penser aux parkings à vélos à l’arrivée."),
                  C(18811, "Martine B.", d(2015, 10, 7, 8, 3), "Et pour les riverains de Candé, qui va entretenir les haies promises ?", True)],
        parts=[
            ("p", "C’est un chantier attendu depuis près de dix ans par les cyclistes du Loir-et-Cher. La communauté d’agglomération a validé "
                  "lundi soir le tracé définitif d’une voie verte de 14 kilomètres reliant Blois à Chaumont-sur-Loire, sur la rive gauche du "
                  "fleuve. Les travaux débuteront le 19 octobre pour une mise en service prévue au printemps."),
            ("p", "Aujourd’hui, les cyclistes qui empruntent cet itinéraire doivent partager sur près de six kilomètres une départementale "
                  "fréquentée par les poids lourds. « Le week-end, on croise des familles avec des enfants sur des vélos chargés, à quelques "
                  "centimètres des camions. Ce n’était plus tenable », résume Sylvie Marchand, vice-présidente chargée des mobilités."),
            ("p", "Le tracé suivra pour l’essentiel l’ancien chemin de halage, aujourd’hui envahi par la végétation. Une passerelle de 40 mètres "
                  "sera construite pour franchir le Cosson, et trois aires de repos équipées de bancs, de points d’eau et d’arceaux seront aménagées."),
            ("also", 0),
            ("map", "https://cartes.leriverain.example/embed/v1/voie-verte-blois-chaumont?zoom=12&amp;layers=trace,aires",
             "Carte du tracé de la voie verte", "Le tracé de la future voie verte entre Blois et Chaumont-sur-Loire."),
            ("h", "Un budget de 3,8 millions d’euros"),
            ("p", "Le coût total est estimé à 3,8 millions d’euros, financés à parts égales par l’agglomération, le département et la région. "
                  "Les communes traversées prendront en charge l’entretien des abords."),
            ("p", "Le chantier sera conduit en trois tranches pour limiter la gêne. La première, entre Blois et Chailles, concernera surtout le "
                  "revêtement du chemin existant. La deuxième, la plus délicate, comprend la construction de la passerelle sur le Cosson, qui "
                  "obligera à fermer le chemin de halage aux promeneurs pendant six semaines."),
            ("p", "La troisième tranche, entre Chailles et Chaumont-sur-Loire, longera un tronçon de levée particulièrement étroit. Pour y "
                  "faire passer les vélos sans fragiliser l’ouvrage, les ingénieurs prévoient un platelage en bois posé sur pilotis, "
                  "semblable à celui qui équipe déjà certains passages de la Loire à vélo en aval de Tours."),
            ("ad", "article-1"),
            ("p", "Tout le monde n’est pas enthousiaste. À Candé-sur-Beuvron, plusieurs riverains s’inquiètent du passage de la voie verte au "
                  "pied de leurs jardins. « On nous a promis des haies et des clôtures, on attend de voir », confie Gérard Bouchet, qui habite "
                  "en bord de Loire depuis trente ans. L’agglomération assure que des réunions publiques seront organisées avant le début des travaux."),
            ("p", "Les services de l’agglomération précisent que la voie verte sera interdite aux véhicules à moteur, à l’exception des engins "
                  "agricoles qui desservent les parcelles riveraines. Des barrières amovibles seront posées aux principaux accès, et un éclairage "
                  "à détection de présence équipera la traversée de Chailles."),
            ("p", "Les associations d’usagers saluent, elles, une avancée. Pour Nicolas Ferrand, président du collectif Vélo Blois Sologne, "
                  "« c’est la pièce manquante entre les deux grands itinéraires touristiques du département ». Il espère désormais un "
                  "prolongement vers Onzain, de l’autre côté du fleuve."),
            ("p", "Le département prévoit par ailleurs de relier la future voie verte au réseau existant côté Sologne, grâce à un itinéraire balisé sur des routes communales peu fréquentées. Les panneaux, installés au printemps, indiqueront les distances vers les principaux châteaux et les gares les plus proches, où les vélos peuvent être embarqués dans les trains régionaux."),
            ("h", "Un enjeu touristique"),
            ("p", "Au-delà des déplacements quotidiens, l’agglomération mise sur le tourisme à vélo. Selon l’office de tourisme de Blois, près de "
                  "180 000 cyclistes ont emprunté cette année les itinéraires balisés du département, un chiffre en hausse de 12 % sur un an. "
                  "Une bonne partie d’entre eux sont des étrangers, Allemands et Néerlandais en tête, qui parcourent la vallée sur plusieurs jours."),
            ("p", "« Ces visiteurs dorment chez nous, mangent chez nous, visitent les châteaux. Mais ils ont besoin d’itinéraires sûrs et "
                  "continus, sinon ils passent leur chemin », souligne Bertrand Oury, directeur de l’office de tourisme. Les loueurs de vélos "
                  "de Blois disent avoir déjà reçu des réservations pour le printemps prochain."),
        ],
        entities=[("Blois", "LOC"), ("Loire", "LOC"), ("Chaumont-sur-Loire", "LOC"), ("Loir-et-Cher", "LOC"), ("Sylvie Marchand", "PER"),
                  ("Cosson", "LOC"), ("Candé-sur-Beuvron", "LOC"), ("Gérard Bouchet", "PER"), ("Nicolas Ferrand", "PER"),
                  ("Vélo Blois Sologne", "ORG"), ("Onzain", "LOC"), ("Chailles", "LOC"), ("Loire à vélo", "MISC"), ("Tours", "LOC"), ("Allemands", "MISC"),
                  ("Néerlandais", "MISC"), ("Bertrand Oury", "PER"), ("Sologne", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "photo-caption",
                   "subheadings", "comments", "iframe-embeds", "html-entities"],
        notes="The map iframe's figcaption is kept as an optional caption block; the category label above the headline is a kicker.",
    ),
    # ------------------------------------------------------------ 02: doctors in Loiret (paywall, two authors)
    dict(
        id="le-riverain-02", wp_authors=["Rédaction Le Riverain"], seed=2, pid=6930, wc=1480, readtime=7, paywall=72,
        url=f"{HOST}/2016/03/22/loiret-ces-bourgs-qui-cherchent-un-medecin-depuis-des-annees/",
        cat=("Orléans", "orleans"),
        headline="Loiret : ces bourgs qui cherchent un médecin depuis des années",
        title="Déserts médicaux dans le Loiret : notre enquête sur les communes sans généraliste - Le Riverain",
        desc="Annonces, maisons de santé, logements offerts : des communes rivalisent d’imagination pour attirer des généralistes.",
        tags=["Loiret", "Santé", "Déserts médicaux", "Enquête"], image="2016/03/maison-sante-villiers-gatinais",
        pub=d(2016, 3, 22, 7, 0), copy_year=2016, authors=["Claire Aubertin", "Yann Morel"],
        chapo="Annonces, maisons de santé flambant neuves, logements offerts : des communes rivalisent d’imagination pour attirer des généralistes. Souvent en vain. Notre enquête.",
        lead=("2016/03/maison-sante-villiers-gatinais", "À Villiers-en-Gâtinais, trois des quatre cabinets médicaux de la maison de santé sont vides.",
              "© Yann Morel / Le Riverain"),
        related=[("Santé : le département promet des aides aux internes en zone rurale", d(2016, 2, 9, 14, 20)),
                 ("Montargis : la permanence de soins du week-end menacée", d(2016, 1, 28, 18, 0)),
                 ("Pithiviers : un cabinet éphémère pour remplacer le médecin parti à la retraite", d(2015, 12, 3, 10, 45))],
        parts=[
            ("p", "À Villiers-en-Gâtinais, la plaque du docteur Lemaire est toujours vissée à côté de la porte. Mais le cabinet est fermé depuis "
                  "le départ en retraite du médecin, en juin 2014. Depuis, la commune de 2 000 habitants a tout essayé : petites annonces dans "
                  "les revues médicales, stands dans les salons étudiants, et même une vidéo promotionnelle tournée avec les enfants de l’école."),
            ("p", "« Nous avons reçu deux candidatures en vingt mois. L’une s’est désistée la veille de la signature », raconte Martine Cordier, "
                  "adjointe chargée de la santé, en feuilletant un classeur rempli de courriers restés sans réponse."),
            ("p", "Le cas n’a rien d’exceptionnel. Selon un décompte réalisé par Le Riverain auprès des mairies du département, au moins 23 "
                  "communes de plus de 1 000 habitants n’ont plus aucun médecin généraliste installé. Dans le nord-est du Loiret, autour de "
                  "Montargis et de Pithiviers, un généraliste sur trois a plus de 60 ans."),
            ("p", "Face à la pénurie, les élus multiplient les incitations. À Villiers-en-Gâtinais, la communauté de communes a construit une "
                  "maison de santé de 600 mètres carrés pour 1,4 million d’euros. Elle abrite une infirmière, un kinésithérapeute et une "
                  "orthophoniste, mais trois des quatre cabinets médicaux restent vides. « On a construit la maison avant d’avoir les "
                  "habitants », reconnaît un élu sous couvert d’anonymat."),
            ("pfade", "D’autres communes vont plus loin. À quelques kilomètres de là, le maire d’un village de 900 habitants propose un logement "
                      "gratuit pendant deux ans et une prime d’installation de 15 000 euros. Sans plus de succès pour l’instant."),
        ],
        entities=[("Loiret", "LOC"), ("Villiers-en-Gâtinais", "LOC"), ("Lemaire", "PER"), ("Martine Cordier", "PER"),
                  ("Le Riverain", "ORG"), ("Montargis", "LOC"), ("Pithiviers", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "photo-caption",
                   "paywall-teaser", "multiple-authors", "title-differs-from-headline", "html-entities", "date-in-url"],
        notes="Subscriber article: the page holds only the teaser paragraphs before the 'Article réservé aux abonnés' box; the rest of the text is not served.",
    ),
    # ------------------------------------------------------------ 03: galette prize Tours (relative date)
    dict(
        id="le-riverain-03", seed=3, pid=15402, wc=410, readtime=3, relative="il y a 2 heures",
        url=f"{HOST}/tours/tours-une-boulangere-du-vieux-tours-decroche-le-prix-de-la-meilleure-galette/",
        cat=("Tours", "tours"),
        headline="Tours : une boulangère du Vieux-Tours décroche le prix de la meilleure galette",
        title="Tours : une boulangère du Vieux-Tours décroche le prix de la meilleure galette - Le Riverain",
        desc="Camille Roussel, installée rue du Commerce, a été distinguée parmi 64 candidats par la confrérie des pâtissiers de Touraine.",
        tags=["Tours", "Gastronomie", "Commerce", "Galette des rois"], image="2018/01/galette-camille-roussel",
        pub=d(2018, 1, 9, 14, 20), copy_year=2018, authors=["Sophie Régnier"],
        lead=("2018/01/galette-camille-roussel", "Camille Roussel dans son fournil, mardi matin, entre deux fournées.", "© Sophie Régnier / Le Riverain"),
        related=[("Épiphanie : combien coûte vraiment une galette ?", d(2018, 1, 5, 7, 30)),
                 ("Tours : la rue du Commerce bientôt réservée aux piétons", d(2017, 11, 14, 17, 55)),
                 ("Artisanat : les boulangeries de Touraine peinent à recruter", d(2017, 10, 2, 12, 10))],
        parts=[
            ("p", "Il a fallu départager 64 galettes, dégustées à l’aveugle par un jury de douze personnes. Lundi soir, c’est celle de "
                  "Camille Roussel, installée depuis trois ans rue du Commerce, dans le Vieux-Tours, qui a été désignée meilleure galette à la "
                  "frangipane de l’année par la Confrérie des pâtissiers de Touraine."),
            ("p", "« Je n’y croyais pas du tout. J’ai présenté la galette que je fais tous les jours, sans rien changer », raconte la "
                  "boulangère de 34 ans, encore émue mardi matin. Sa recette : un feuilletage pur beurre travaillé sur deux jours et une "
                  "frangipane peu sucrée, parfumée d’un soupçon de rhum."),
            ("p", "Le jury, composé de professionnels, de deux anciens lauréats et de six amateurs tirés au sort, a noté chaque galette sur "
                  "l’aspect, la cuisson, le feuilletage et le goût. « La sienne avait un feuilletage d’une régularité parfaite et une frangipane "
                  "qui ne masquait pas le goût de l’amande », explique Jean-Pierre Aubry, grand maître de la confrérie."),
            ("p", "Les galettes étaient présentées anonymement, sous un simple numéro, et découpées devant le jury pour juger de la tenue du "
                  "feuilletage. Les membres devaient aussi vérifier la présence de la fève, une règle stricte du concours. « Une galette sans "
                  "fève est éliminée d’office, aussi bonne soit-elle », sourit Jean-Pierre Aubry."),
            ("h", "Des files d’attente dès 7 heures"),
            ("p", "Depuis l’annonce du palmarès, la boutique ne désemplit pas. Mardi, une file d’attente s’était formée sur le trottoir dès "
                  "l’ouverture, à 7 heures. La boulangère et ses deux employés ont dû pétrir en urgence pour tripler la production, passant de "
                  "40 à 120 galettes par jour."),
            ("p", "Pour tenir le rythme, Camille Roussel a rappelé un ancien apprenti et commence désormais à travailler dès 2 heures du "
                  "matin. Elle a aussi dû passer une commande urgente de beurre et de poudre d’amande auprès de son fournisseur, une "
                  "coopérative laitière de la Sarthe. « Je n’ai jamais autant pétri de ma vie », plaisante-t-elle."),
            ("p", "La boulangère s’est aussi organisée pour ne pas délaisser ses clients habituels : une partie de la production est réservée "
                  "chaque matin aux commandes passées la veille par téléphone, et le pain du quotidien continue de sortir du four à heures "
                  "fixes. « Je ne veux pas que les gens du quartier fassent la queue quarante minutes pour une baguette », explique-t-elle."),
            ("ad", "article-1"),
            ("p", "« Je suis venue de Joué-lès-Tours exprès, j’ai attendu quarante minutes, mais ça vaut le coup », assure Hélène, une "
                  "cliente qui repart avec deux galettes sous le bras."),
            ("p", "Les commerçants voisins profitent aussi de l’affluence. Le fleuriste installé en face a vu passer « plus de monde en deux "
                  "jours qu’en deux semaines », et le café du coin de la rue propose désormais un petit déjeuner avec une part de la galette primée."),
            ("p", "Originaire de Bretagne, Camille Roussel a appris le métier à Rennes avant de reprendre cette boulangerie en 2015. Elle y "
                  "emploie aujourd’hui quatre personnes. La récompense lui vaut un diplôme et le droit d’afficher le titre en vitrine jusqu’à "
                  "l’an prochain."),
            ("p", "Le concours, organisé chaque année depuis 1998, avait réuni cette fois un nombre record de candidats, venus de tout le "
                  "département de l’Indre-et-Loire."),
            ("p", "La boulangère, elle, garde la tête froide. Elle n’a pas l’intention d’augmenter ses prix, fixés à 18 euros la galette de six "
                  "parts, ni d’ouvrir une deuxième boutique. « Ce prix, c’est une belle reconnaissance pour toute l’équipe. Mais dans trois "
                  "semaines, l’Épiphanie sera finie, et il faudra continuer à faire du bon pain », dit-elle."),
            ("p", "Chez les autres candidats, on salue le travail de la lauréate. « Il y a de la place pour tout le monde en janvier, et un prix comme celui-là fait parler de la galette dans toute la ville », estime Patrick Leblanc, boulanger à Saint-Cyr-sur-Loire, arrivé deuxième du concours avec une galette à la frangipane et au chocolat."),
        ],
        entities=[("Tours", "LOC"), ("Vieux-Tours", "LOC"), ("Camille Roussel", "PER"), ("rue du Commerce", "LOC"),
                  ("Confrérie des pâtissiers de Touraine", "ORG"), ("Jean-Pierre Aubry", "PER"), ("Joué-lès-Tours", "LOC"),
                  ("Hélène", "PER"), ("Bretagne", "LOC"), ("Rennes", "LOC"), ("Indre-et-Loire", "LOC"), ("Sarthe", "LOC"),
                  ("Épiphanie", "MISC"), ("Patrick Leblanc", "PER"), ("Saint-Cyr-sur-Loire", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "local-time-zone", "kicker", "photo-caption", "subheadings", "relative-date",
                   "date-only-in-metadata", "html-entities"],
        notes="The visible date is relative ('il y a 2 heures'); published comes from the time element's datetime attribute and the JSON-LD.",
    ),
    # ------------------------------------------------------------ 04: gabare builder Amboise (video iframe, comments, author bio)
    dict(
        id="le-riverain-04", no_time=True, seed=4, pid=23118, wc=440, readtime=4,
        url=f"{HOST}/amboise/a-amboise-un-charpentier-de-marine-redonne-vie-aux-gabares-de-loire/",
        cat=("Amboise", "amboise"),
        headline="À Amboise, un charpentier de marine redonne vie aux gabares de Loire",
        title="À Amboise, un charpentier de marine redonne vie aux gabares de Loire - Le Riverain",
        desc="Julien Pasquier construit à la main des bateaux traditionnels en chêne. Sa dernière gabare a été mise à l’eau samedi.",
        tags=["Amboise", "Patrimoine", "Loire", "Artisanat"], image="2019/07/gabare-rebelle-mise-a-leau",
        pub=d(2019, 7, 9, 17, 10), copy_year=2019, authors=["Pauline Gerbaud"],
        bio="Journaliste au Riverain depuis 2011, Pauline Gerbaud couvre l’actualité d’Amboise et de la vallée du Cher. Elle anime aussi notre podcast consacré au patrimoine ligérien.",
        chapo="Julien Pasquier construit à la main des bateaux traditionnels en chêne. Sa dernière gabare, longue de 15 mètres, a été mise à l’eau samedi devant des centaines de curieux.",
        related=[("Amboise : les balades en bateau traditionnel font le plein", d(2018, 8, 16, 10, 20)),
                 ("Patrimoine : un musée de la marine de Loire en projet", d(2019, 3, 21, 15, 35)),
                 ("Festival de Loire : 200 bateaux attendus en septembre", d(2019, 6, 28, 9, 0))],
        comments=[C(30441, "Loup de Loire", d(2019, 7, 9, 18, 5), "Superbe travail. J’étais sur le quai samedi, l’émotion était palpable quand elle a touché l’eau."),
                  C(30447, "Patrick R.", d(2019, 7, 9, 21, 30), "Est-ce qu’on peut visiter l’atelier ? Ce serait passionnant pour les enfants."),
                  C(30452, "Pauline Gerbaud", d(2019, 7, 10, 8, 15), "Bonjour Patrick, l’atelier ouvre ses portes lors des Journées du patrimoine, en septembre.", True)],
        parts=[
            ("p", "Il a fallu une grue, une douzaine de bénévoles et beaucoup de patience. Samedi après-midi, la « Rebelle », une gabare de "
                  "15 mètres entièrement construite en chêne, a glissé dans la Loire au pied du château d’Amboise, sous les applaudissements de "
                  "plusieurs centaines de spectateurs."),
            ("p", "Derrière ce bateau, il y a deux années de travail pour Julien Pasquier, 41 ans, l’un des derniers charpentiers de marine à "
                  "construire des bateaux de Loire selon les techniques anciennes. « Chaque planche est choisie, courbée à la vapeur, ajustée à "
                  "la main. On ne fait pas deux fois le même bateau », explique-t-il dans son atelier de Pocé-sur-Cisse, à quelques kilomètres "
                  "d’Amboise."),
            ("video", "x7rb2kq", "la mise à l’eau de la « Rebelle » à Amboise"),
            ("p", "La gabare, bateau à fond plat et à voile carrée, a longtemps été la bête de somme du fleuve. Jusqu’au milieu du XIXe siècle, "
                  "des centaines d’entre elles transportaient vin, sel, bois et ardoises entre Nantes et Orléans, avant que le chemin de fer ne "
                  "les rende obsolètes."),
            ("p", "Pour construire la « Rebelle », Julien Pasquier a utilisé près de 12 mètres cubes de chêne des forêts de Touraine, séché "
                  "pendant trois ans. Les bordages, épais de quatre centimètres, ont été chauffés dans une étuve artisanale avant d’être cintrés "
                  "sur la coque. Les clous, en fer forgé, sortent de l’atelier d’un forgeron de Vendôme."),
            ("also", 0),
            ("h", "Une commande associative"),
            ("p", "La « Rebelle » a été commandée par l’association Les Mariniers d’Amboise, qui organise depuis 2012 des sorties sur le fleuve "
                  "pour les touristes et les scolaires. Son coût, environ 95 000 euros, a été financé par des dons, une campagne de financement "
                  "participatif et une subvention de la région."),
            ("p", "Le projet a aussi rassemblé les habitants. Pendant deux ans, une vingtaine de bénévoles se sont relayés chaque samedi à "
                  "l’atelier pour poncer, calfater et goudronner la coque. « Certains n’avaient jamais tenu un rabot. Aujourd’hui, ils "
                  "connaissent le bateau mieux que moi », plaisante le charpentier."),
            ("p", "Parmi eux, Gérard Mabille, ancien menuisier de 72 ans, n’a pas manqué un seul samedi. « J’ai passé ma vie à faire des "
                  "escaliers et des fenêtres. À mon âge, apprendre à construire un bateau, c’est un cadeau », sourit-il, en montrant les "
                  "chevilles de chêne qu’il a taillées une à une pour le pont."),
            ("ad", "article-1"),
            ("p", "« Nos deux anciens bateaux étaient à bout de souffle. Avec celui-ci, on pourra embarquer jusqu’à 20 passagers », se réjouit "
                  "Anne-Laure Vidal, présidente de l’association. Les premières sorties sont prévues dès la fin juillet, au départ de l’île d’Or."),
            ("p", "La mise à l’eau n’a pas été sans frayeur. Samedi, la grue a dû s’y reprendre à deux fois pour déposer la coque, plus "
                  "lourde que prévu, sur la cale. Il a ensuite fallu attendre près d’une heure que le bois, sec après des mois passés à "
                  "l’atelier, gonfle au contact de l’eau et rende la coque étanche."),
            ("p", "Julien Pasquier, lui, a déjà attaqué son prochain chantier : une toue cabanée, plus petite, commandée par un particulier de "
                  "Saumur. Il accueille aussi régulièrement des apprentis. « Ce savoir-faire ne tient qu’à quelques personnes. Si on ne le "
                  "transmet pas, il disparaîtra avec nous », dit-il."),
            ("p", "Il existe bien un certificat d’aptitude professionnelle de charpentier de marine, mais aucune formation ne prépare "
                  "spécifiquement à la construction des bateaux de Loire. Julien Pasquier plaide pour un module spécialisé dans un lycée "
                  "professionnel de la région. En attendant, il forme ses apprentis comme il a lui-même été formé : sur le tas, planche après planche."),
            ("p", "La « Rebelle » naviguera dès cet été entre Amboise et Montlouis-sur-Loire. Les promenades, d’une heure et demie, seront commentées par des bénévoles de l’association, qui raconteront l’histoire des mariniers et de la navigation sur le fleuve, des ports disparus aux crues qui ont marqué la vallée."),
        ],
        entities=[("Amboise", "LOC"), ("Loire", "LOC"), ("Julien Pasquier", "PER"), ("Rebelle", "MISC"), ("château d’Amboise", "LOC"), ("Touraine", "LOC"), ("Vendôme", "LOC"), ("Montlouis-sur-Loire", "LOC"), ("Gérard Mabille", "PER"),
                  ("Pocé-sur-Cisse", "LOC"), ("Nantes", "LOC"), ("Orléans", "LOC"), ("Les Mariniers d’Amboise", "ORG"),
                  ("Anne-Laure Vidal", "PER"), ("île d’Or", "LOC"), ("Saumur", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "subheadings",
                   "comments", "iframe-embeds", "inline-video-teaser", "author-bio", "html-entities"],
        notes="The embedded video player with its 'Vidéo :' title between paragraphs is a video teaser and is left out of the body.",
    ),
    # ------------------------------------------------------------ 05: factory takeover (paywall, short teaser)
    dict(
        id="le-riverain-05", seed=5, pid=38765, wc=890, readtime=5, paywall=81,
        url=f"{HOST}/romorantin/romorantin-le-repreneur-de-lusine-solvea-devoile-son-plan/",
        cat=("Romorantin", "romorantin"),
        headline="Romorantin : le repreneur de l’usine Solvéa dévoile son plan",
        title="Romorantin : le repreneur de l’usine Solvéa dévoile son plan - Le Riverain",
        desc="Le groupe lyonnais Arvel Industries reprend le site et 112 des 180 salariés.",
        tags=["Romorantin", "Industrie", "Emploi", "Sologne"], image="2021/11/usine-solvea-romorantin",
        pub=d(2021, 11, 18, 6, 0), copy_year=2021, authors=["Antoine Delmas"],
        chapo="Le groupe lyonnais Arvel Industries reprend le site et 112 des 180 salariés. Les syndicats dénoncent « un plan au rabais ».",
        related=[("Solvéa placée en redressement judiciaire", d(2021, 7, 6, 16, 25)),
                 ("Sologne : l’industrie automobile sous pression", d(2021, 9, 30, 8, 10)),
                 ("Romorantin : rassemblement de soutien devant l’usine", d(2021, 10, 15, 19, 0))],
        parts=[
            ("p", "Le tribunal a tranché mercredi : c’est le groupe lyonnais Arvel Industries qui reprendra l’usine Solvéa de "
                  "Romorantin-Lanthenay, spécialisée dans les composants de climatisation pour l’automobile. Placée en redressement "
                  "judiciaire en juillet, l’entreprise employait encore 180 personnes."),
            ("pfade", "Le repreneur conserve 112 salariés et promet d’investir 6 millions d’euros en trois ans. Mais pour les représentants du "
                      "personnel, le compte n’y est pas. « On sacrifie un tiers des emplois et on appelle ça un sauvetage », s’indigne Karim "
                      "Benali, délégué syndical."),
        ],
        entities=[("Romorantin", "LOC"), ("Romorantin-Lanthenay", "LOC"), ("Solvéa", "ORG"), ("Arvel Industries", "ORG"),
                  ("lyonnais", "MISC"), ("Karim Benali", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "paywall-teaser",
                   "short-article", "html-entities"],
        notes="Subscriber article cut after two paragraphs by the paywall box; only the served teaser is gold, hence short-article.",
    ),
    # ------------------------------------------------------------ 06: Loire flood Saumur (map iframe, list, update, author bio)
    dict(
        id="le-riverain-06", no_time=True, seed=6, pid=52209, wc=460, readtime=4,
        url=f"{HOST}/saumur/crue-de-la-loire-routes-coupees-et-caves-evacuees-autour-de-saumur/",
        cat=("Saumur", "saumur"),
        headline="Crue de la Loire : routes coupées et caves évacuées autour de Saumur",
        title="Crue de la Loire : routes coupées et caves évacuées autour de Saumur - Le Riverain",
        desc="Le fleuve a atteint 5,12 mètres jeudi matin à Saumur, son plus haut niveau depuis 2016.",
        tags=["Saumur", "Crue", "Loire", "Météo"], image="2023/12/crue-loire-saumur-quais",
        pub=d(2023, 12, 14, 10, 48), upd=d(2023, 12, 14, 13, 5), copy_year=2023, authors=["Marie-Hélène Pottier"],
        bio="Marie-Hélène Pottier dirige l’agence saumuroise du Riverain. Elle suit depuis quinze ans l’actualité du fleuve, des crues aux étiages.",
        chapo="Le fleuve a atteint 5,12 mètres jeudi matin à Saumur, son plus haut niveau depuis 2016. La décrue n’est pas attendue avant samedi.",
        lead=("2023/12/crue-loire-saumur-quais", "Les quais bas de Saumur sous l’eau, jeudi matin.", "© Marie-Hélène Pottier / Le Riverain"),
        related=[("Pluies : la Loire en vigilance jaune dans le Saumurois", d(2023, 12, 11, 17, 35)),
                 ("Caves troglodytiques : un plan de surveillance pour les coteaux", d(2023, 4, 5, 11, 50)),
                 ("Crue de 2016 : sept ans après, les leçons tirées", d(2023, 6, 1, 8, 0))],
        parts=[
            ("p", "La Loire continue de monter. Jeudi à 8 heures, la hauteur d’eau mesurée au pont Cessart atteignait 5,12 mètres, un niveau "
                  "inédit depuis sept ans. Dans la nuit, les pompiers sont intervenus à une trentaine de reprises pour des caves inondées et des "
                  "véhicules bloqués, sans faire de blessé."),
            ("p", "Sur l’île d’Offard, coincée entre deux bras du fleuve, plusieurs commerçants ont surélevé leurs marchandises par précaution. "
                  "« On a monté tout ce qui craignait l’eau au premier étage. On connaît la Loire, elle ne prévient pas toujours », témoigne "
                  "Marc Duteil, gérant d’un magasin de cycles."),
            ("p", "La préfecture de Maine-et-Loire a placé le tronçon de la Loire entre Montsoreau et Les Ponts-de-Cé en vigilance orange "
                  "crues mercredi soir. Une cellule de crise a été activée, et les services de l’État surveillent en permanence l’état des "
                  "levées, ces digues de terre construites au fil des siècles pour protéger les vals habités."),
            ("also", 0),
            ("map", "https://cartes.leriverain.example/embed/v1/crue-saumur-routes-fermees?zoom=11&amp;maj=20231214-1200",
             "Carte des routes fermées autour de Saumur", "Les routes fermées à la circulation autour de Saumur, jeudi midi."),
            ("h", "Les axes fermés jeudi midi"),
            ("ul", ["la RD 952 entre Saumur et Les Rosiers-sur-Loire, submergée sur 300 mètres ;",
                    "la levée de Varennes-sur-Loire, interdite aux véhicules de plus de 3,5 tonnes ;",
                    "le chemin de halage et les quais bas, fermés aux piétons et aux cyclistes ;",
                    "la route de Montsoreau, coupée au niveau de Parnay."]),
            ("ad", "article-1"),
            ("h", "Les caves troglodytiques sous surveillance"),
            ("p", "Dans les coteaux, c’est l’eau infiltrée dans le tuffeau qui inquiète. Deux familles de Souzay-Champigny ont été relogées "
                  "par précaution après l’apparition de fissures dans leur habitation troglodytique. Un géotechnicien doit se rendre sur place "
                  "vendredi."),
            ("p", "Dans le Saumurois, près de 1 500 kilomètres de galeries ont été creusées dans le coteau au fil des siècles pour extraire la "
                  "pierre de construction. Une partie sert aujourd’hui de caves, d’habitations ou de champignonnières. Leur stabilité dépend "
                  "beaucoup de l’humidité de la roche, que les pluies répétées de cet automne ont fortement augmentée."),
            ("p", "À Souzay-Champigny, les deux familles relogées ont trouvé refuge chez des proches. La commune a mis à leur disposition un "
                  "logement d’urgence si l’expertise de vendredi devait confirmer un risque durable. « On a vu la fissure s’élargir dans "
                  "la nuit, on n’a pas attendu », raconte l’un des habitants, qui préfère rester anonyme."),
            ("p", "« Les crues lentes comme celle-ci saturent les sols. Le danger vient parfois après le pic, quand l’eau se retire », "
                  "explique Élodie Garnier, hydrologue et consultante indépendante."),
            ("p", "À Saumur, les écoles restent ouvertes, mais le ramassage scolaire est perturbé dans plusieurs communes de la rive gauche. "
                  "La compagnie de bus a mis en place des itinéraires de contournement qui allongent certains trajets d’une vingtaine de "
                  "minutes. Le marché du samedi, habituellement installé sur les quais, sera déplacé place de la Bilange."),
            ("p", "La préfecture rappelle que les informations sur l’évolution de la crue sont mises à jour toutes les quatre heures et que "
                  "les habitants des zones exposées peuvent s’inscrire au système d’alerte par SMS de la commune."),
            ("p", "Les habitants des zones basses sont invités à surélever leurs biens, à couper l’électricité dans les pièces exposées et à ne "
                  "pas emprunter les routes submergées, même à pied. « Trente centimètres d’eau suffisent à emporter une voiture », rappellent "
                  "les pompiers."),
            ("p", "Selon les prévisions, le pic devrait être atteint jeudi soir autour de 5,20 mètres. La décrue ne commencerait pas avant "
                  "samedi. La mairie a ouvert une cellule d’information et rappelle qu’il est interdit de s’approcher des berges."),
            ("p", "Les agriculteurs des vals inondables, eux, ont pris leurs précautions dès mardi. Les troupeaux ont été déplacés vers les coteaux et le matériel agricole mis à l’abri. « On a l’habitude, mais on ne s’y fait jamais vraiment », confie Jérôme Baudouin, éleveur de vaches allaitantes à Varennes-sur-Loire, qui a déplacé soixante bêtes en une matinée."),
        ],
        entities=[("Loire", "LOC"), ("Saumur", "LOC"), ("pont Cessart", "LOC"), ("île d’Offard", "LOC"), ("Marc Duteil", "PER"),
                  ("RD 952", "LOC"), ("Les Rosiers-sur-Loire", "LOC"), ("Varennes-sur-Loire", "LOC"), ("Montsoreau", "LOC"),
                  ("Parnay", "LOC"), ("Souzay-Champigny", "LOC"), ("Élodie Garnier", "PER"), ("Maine-et-Loire", "LOC"),
                  ("Les Ponts-de-Cé", "LOC"), ("Saumurois", "LOC"), ("place de la Bilange", "LOC"), ("Jérôme Baudouin", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "photo-caption",
                   "subheadings", "list-in-body", "iframe-embeds", "updated-date", "author-bio", "html-entities"],
        notes="The map iframe's figcaption is an optional caption block; 'Mis à jour le 14 décembre 2023 à 13h05' is the modified time.",
    ),
    # ------------------------------------------------------------ 07: student rents Tours (paywall)
    dict(
        id="le-riverain-07", wp_authors=["lfabre"], created=_dt.datetime(2024, 9, 16, 15, 42, 10, tzinfo=_dt.timezone.utc), seed=7, pid=61877, wc=1650, readtime=8, paywall=68,
        url=f"{HOST}/tours/logement-etudiant-a-tours-notre-enquete-sur-les-loyers-qui-flambent/",
        cat=("Tours", "tours"),
        headline="Logement étudiant à Tours : notre enquête sur les loyers qui flambent",
        title="Studios à 600 euros, garants introuvables : se loger à Tours quand on est étudiant - Le Riverain",
        desc="Studios à 600 euros, colocations improvisées, garants introuvables : à la rentrée, se loger à Tours est devenu un parcours du combattant.",
        tags=["Tours", "Logement", "Étudiants", "Enquête"], image="2024/09/annonces-logement-tours",
        pub=d(2024, 9, 17, 6, 0), copy_year=2024, authors=["Lucie Fabre"],
        chapo="Studios à 600 euros, colocations improvisées, garants introuvables : à la rentrée, se loger à Tours est devenu un parcours du combattant. Enquête.",
        related=[("Rentrée universitaire : 2 000 étudiants de plus à Tours", d(2024, 9, 2, 12, 0)),
                 ("Locations touristiques : Tours veut limiter les meublés de courte durée", d(2024, 6, 20, 18, 30)),
                 ("Colocation : le succès des plateformes entre étudiants et seniors", d(2024, 3, 12, 9, 40))],
        parts=[
            ("p", "Inès a visité onze appartements en trois semaines. Le douzième, elle l’a loué sans le voir. « Un studio de 19 mètres carrés "
                  "près des Halles, 590 euros charges comprises. J’ai envoyé mon dossier dans l’heure, sinon il partait », raconte l’étudiante "
                  "en deuxième année de droit, arrivée de Châteauroux début septembre."),
            ("p", "Son cas est loin d’être isolé. Selon un relevé effectué par Le Riverain sur 420 annonces publiées entre juillet et "
                  "septembre, le loyer moyen d’un studio meublé à Tours atteint désormais 548 euros, contre 462 euros il y a trois ans, soit "
                  "une hausse de 19 %. Dans le centre-ville, un studio sur quatre dépasse les 600 euros."),
            ("p", "La tension s’explique d’abord par l’offre. Les résidences universitaires publiques ne peuvent loger qu’environ un étudiant "
                  "sur dix, selon les associations étudiantes. Et dans le parc privé, de nombreux petits logements ont basculé vers la location "
                  "touristique de courte durée, plus rentable pour les propriétaires."),
            ("p", "« On voit des propriétaires exiger deux garants, des fiches de paie des parents, voire plusieurs mois de loyer d’avance, ce "
                  "qui est illégal », dénonce Mathis Lebrun, président de l’association Tours Solidaire, qui tient une permanence logement "
                  "depuis la rentrée. L’association a reçu plus de 250 demandes d’aide en un mois, deux fois plus que l’an dernier."),
            ("pfade", "Certains étudiants finissent par renoncer. Lucas, 20 ans, dort depuis deux semaines sur le canapé d’un ami à "
                      "Saint-Pierre-des-Corps, en attendant une place en résidence. « Je fais une heure de trajet par jour, et je ne sais pas "
                      "combien de temps ça va durer », dit-il."),
        ],
        entities=[("Tours", "LOC"), ("Inès", "PER"), ("Halles", "LOC"), ("Châteauroux", "LOC"), ("Le Riverain", "ORG"),
                  ("Mathis Lebrun", "PER"), ("Tours Solidaire", "ORG"), ("Lucas", "PER"), ("Saint-Pierre-des-Corps", "LOC")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "localized-date", "local-time-zone", "kicker", "standfirst", "paywall-teaser",
                   "title-differs-from-headline", "html-entities"],
        notes="Subscriber article: only the teaser before the paywall box is in the page; JSON-LD marks the paywalled part as not free.",
    ),
    # ------------------------------------------------------------ 08: market hall Orléans (relative date, comments)
    dict(
        id="le-riverain-08", seed=8, pid=70456, wc=400, readtime=3, relative="il y a 3 heures",
        url=f"{HOST}/orleans/orleans-apres-deux-ans-de-travaux-la-halle-charpenterie-rouvre-ses-portes/",
        cat=("Orléans", "orleans"),
        headline="Orléans : après deux ans de travaux, la halle Charpenterie rouvre ses portes",
        title="Orléans : après deux ans de travaux, la halle Charpenterie rouvre ses portes - Le Riverain",
        desc="Vingt et un commerçants s’installent dans le bâtiment rénové du centre-ville. L’ouverture officielle a lieu samedi.",
        tags=["Orléans", "Commerce", "Centre-ville", "Urbanisme"], image="2026/02/halle-charpenterie-reouverture",
        pub=d(2026, 2, 10, 11, 40), copy_year=2026, authors=["Hugo Besnard"],
        chapo="Vingt et un commerçants s’installent dans le bâtiment rénové du centre-ville. L’ouverture officielle a lieu samedi.",
        lead=("2026/02/halle-charpenterie-reouverture", "Les premiers clients dans les allées de la halle rénovée, mardi matin.",
              "© Hugo Besnard / Le Riverain"),
        related=[("Halle Charpenterie : le chantier prend encore trois mois de retard", d(2025, 9, 23, 15, 10)),
                 ("Commerce : le centre-ville d’Orléans regagne des boutiques", d(2025, 11, 4, 8, 30)),
                 ("Marchés : les producteurs locaux plébiscités", d(2026, 1, 19, 18, 45))],
        comments=[C(98210, "OrléanaiseDuCentre", d(2026, 2, 10, 12, 22), "Enfin ! Le chapiteau provisoire commençait à faire triste. J’y vais dès demain."),
                  C(98216, "R. Lefort", d(2026, 2, 10, 13, 5), "Beau bâtiment, mais espérons que les prix ne suivent pas la rénovation."),
                  C(98231, "Gaëlle", d(2026, 2, 10, 13, 48), "Le comptoir libanais est une excellente idée, on manquait de ça en centre-ville."),
                  C(98240, "Bertrand45", d(2026, 2, 10, 14, 2), "Et le stationnement ? Toujours aussi compliqué le samedi matin.", True)],
        parts=[
            ("p", "Les derniers échafaudages ont disparu la semaine dernière. Après vingt-deux mois de travaux, la halle Charpenterie, au cœur "
                  "d’Orléans, accueille de nouveau le public depuis ce mardi matin. Vingt et un commerçants, dont quatorze nouveaux venus, y ont "
                  "pris place : primeurs, fromagers, poissonnier, caviste, mais aussi un torréfacteur et deux comptoirs de restauration."),
            ("p", "Le chantier, d’un montant de 7,2 millions d’euros, a permis de remplacer entièrement la toiture, de refaire les réseaux et "
                  "d’ouvrir de larges baies vitrées vers la Loire. « Le bâtiment était devenu sombre et vieillissant. On voulait un lieu où l’on "
                  "fait ses courses, mais aussi où l’on a envie de s’attarder », explique Claire Fontaine, adjointe au maire chargée du commerce."),
            ("p", "Construite en 1891, la halle avait été remaniée à plusieurs reprises, notamment dans les années 1970, quand ses façades de "
                  "brique avaient été masquées par des bardages métalliques. Les architectes ont choisi de les retirer pour retrouver l’aspect "
                  "d’origine, tout en isolant le bâtiment, jusque-là glacial en hiver et étouffant en été."),
            ("also", 0),
            ("h", "Des loyers progressifs"),
            ("p", "Pour attirer des indépendants, la ville a fixé des loyers progressifs : les nouveaux commerçants paient la moitié du tarif la "
                  "première année, puis les trois quarts la deuxième. Une condition a été posée : ouvrir au moins cinq jours sur sept, dimanche "
                  "matin compris."),
            ("p", "La ville a reçu près de soixante candidatures pour les quatorze emplacements disponibles. Un jury composé d’élus, de "
                  "commerçants et de représentants de la chambre de commerce a privilégié les produits locaux et les métiers absents du "
                  "centre-ville. « On ne voulait pas trois boulangeries et aucun poissonnier », résume Claire Fontaine."),
            ("p", "Le poissonnier, absent du centre-ville depuis six ans, fait figure d’événement. Installé face à l’entrée principale, il "
                  "propose chaque matin des poissons de Loire et de l’Atlantique."),
            ("ad", "article-1"),
            ("p", "Thomas Girault, fromager installé depuis quinze ans dans l’ancienne halle, a fait le choix de rester. « On a vécu deux ans "
                  "sous un chapiteau provisoire, en perdant un tiers de notre chiffre d’affaires. Maintenant, il faut que les clients "
                  "reviennent », dit-il en disposant ses chèvres sur l’étal."),
            ("p", "Près de lui, Yasmine Haddad ouvre son premier commerce, un comptoir de cuisine libanaise. « Ici, j’ai un vrai loyer de "
                  "départ, c’est ce qui m’a décidée. Ailleurs en centre-ville, je n’aurais jamais pu me lancer », confie-t-elle."),
            ("p", "Les horaires élargis doivent aussi attirer une clientèle qui venait peu au marché : les actifs du quartier de la gare et les étudiants. Le comptoir de restauration installé au fond de la halle proposera une formule du midi à prix fixe, et la ville étudie l’ouverture de la halle un dimanche soir par mois pour des animations."),
            ("p", "Les riverains de la rue de la Charpenterie, qui ont subi deux ans de nuisances, attendent de voir l’effet de la halle sur "
                  "la circulation et le stationnement. La ville promet un parking de 120 places à proximité d’ici l’été et une aire de "
                  "livraison réservée aux commerçants le matin."),
            ("p", "Parmi les nouveaux venus, un torréfacteur installé dans l’ancienne loge du gardien compte sur l’effet de curiosité des "
                  "premières semaines. « Les gens viennent voir la halle, sentent le café et repartent avec un paquet. C’est comme ça "
                  "qu’on se fait une clientèle », explique Lucas Meunier, qui a quitté un emploi de commercial pour se lancer."),
            ("p", "L’inauguration officielle aura lieu samedi à 10 heures, avec des animations pour les enfants et une fanfare. La halle sera "
                  "ouverte du mardi au dimanche, de 8 heures à 19 h 30, et jusqu’à 22 heures le vendredi pour les comptoirs de restauration."),
            ("p", "L’association des commerçants de la halle espère accueillir 5 000 visiteurs pendant le week-end d’inauguration, soit autant "
                  "qu’en un mois entier sous le chapiteau provisoire."),
        ],
        entities=[("Orléans", "LOC"), ("halle Charpenterie", "LOC"), ("Loire", "LOC"), ("Claire Fontaine", "PER"),
                  ("Thomas Girault", "PER"), ("Yasmine Haddad", "PER"), ("libanaise", "MISC"), ("rue de la Charpenterie", "LOC"), ("Lucas Meunier", "PER")],
        phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots", "most-read",
                   "tag-list", "decoy-date", "json-ld", "local-time-zone", "kicker", "standfirst", "photo-caption", "subheadings",
                   "comments", "relative-date", "date-only-in-metadata", "html-entities"],
        notes="The visible date is relative ('il y a 3 heures'); published comes from the datetime attribute and JSON-LD; comment times are decoys.",
    ),
]

VARIANT = dict(of="le-riverain-01", id="le-riverain-09")


# Stories moved over from the old Joomla site (and re-saved without Yoast's schema and Open Graph
# dates) print their date for the reader only; the variant 09 follows its original 01.
NO_DATE_META = {"le-riverain-01", "le-riverain-02", "le-riverain-04", "le-riverain-05", "le-riverain-06"}

# Longer stories (realism wave: body length): one more section of reporting after the story's last full paragraph
# (for a subscriber article: before the faded paragraph that runs into the paywall box, so the served teaser
# grows and the box's remaining share is lowered to match). New people and places join the entity list; a
# story that gains its first subheading gets the subheadings tag.
MORE = {
    "le-riverain-02": ([
        ("h", "Les internes courtisés dès la faculté"),
        ("p", "Le département a lui aussi changé de méthode. Depuis l’automne, une chargée de mission sillonne les facultés de médecine "
              "de Tours et de Paris pour présenter le Loiret aux internes en fin de cursus. « Beaucoup ne connaissent du département que "
              "l’autoroute qu’ils empruntent pour descendre vers le sud », sourit Sandrine Vallet, qui occupe ce poste. Elle organise des "
              "week-ends de découverte, avec visite de cabinets, rencontre des élus et dîner chez l’habitant."),
        ("p", "Le résultat reste modeste : sur les 41 internes accueillis en stage dans le Loiret l’an dernier, quatre se sont installés "
              "dans le département, dont un seul en zone rurale. « Les jeunes médecins ne veulent plus travailler seuls soixante heures "
              "par semaine. Ils cherchent un exercice en groupe, un emploi pour leur conjoint, une école pour les enfants », résume le "
              "docteur Hervé Guillaumin, généraliste à Montargis et maître de stage depuis quinze ans."),
        ("p", "Pour les patients, la pénurie se traduit par des délais qui s’allongent. À Villiers-en-Gâtinais, beaucoup d’habitants font "
              "désormais trente kilomètres pour consulter, quand ils trouvent un médecin qui accepte de nouveaux patients. Gisèle Perrot, "
              "78 ans, n’a plus de médecin traitant depuis le départ du docteur Lemaire. « Pour renouveler mes médicaments, je vais aux "
              "urgences ou je demande au pharmacien de me dépanner », confie-t-elle."),
        ("p", "Martine Cordier ne désarme pas. La commune prépare pour le printemps une nouvelle campagne, tournée cette fois vers les "
              "médecins proches de la retraite installés en ville, à qui elle propose un exercice à temps partiel dans la maison de santé, "
              "avec un secrétariat partagé et des gardes limitées à un week-end par mois."),
    ], [("Tours", "LOC"), ("Paris", "LOC"), ("Sandrine Vallet", "PER"), ("Hervé Guillaumin", "PER"), ("Gisèle Perrot", "PER")],
        {"paywall": 60}),
}


def lengthened(a):
    """The story with its MORE section after its last full paragraph (the article unchanged without one)."""
    if a["id"] not in MORE:
        return a
    extra, entities, changes = MORE[a["id"]]
    last = max(i for i, part in enumerate(a["parts"]) if part[0] == "p")
    phenomena = list(a["phenomena"]) + (["subheadings"] if any(p[0] == "h" for p in extra) and "subheadings" not in a["phenomena"] else [])
    return dict(a, parts=a["parts"][:last + 1] + extra + a["parts"][last + 1:], phenomena=phenomena,
                entities=list(a["entities"]) + [e for e in entities if e not in a["entities"]], **changes)


def make(a, cookie=True, id_=None, variant_of=None, url=None, notes=None, phen=None):
    a = lengthened(a)
    html_text, blocks = page(a, cookie=cookie)
    kinds = [p[0] for p in a["parts"]]
    firsts = [i for i, k in enumerate(kinds) if k == "p"]
    inner = [k for k in kinds[firsts[0]:firsts[-1]] if k in ("ad", "also")] if firsts else []
    extra = ({"teasers-in-article"} if inner else set()) | ({"inline-related"} if "also" in kinds else set())
    phen = sorted(set(phen or a["phenomena"]) | extra)
    meta_notes = []
    if a.get("wp_authors"):
        meta_notes.append(f"Author metadata (Yoast graph, meta author) names the WordPress account '{', '.join(a['wp_authors'])}'; the byline is gold.")
    if a.get("created"):
        meta_notes.append(f"Yoast datePublished and article:published_time hold the draft's creation time ({a['created'].isoformat()}); the visible date and time are gold.")
    meta_notes.append("The theme's site title is an <h1> before the headline.")
    notes = " ".join(filter(None, [notes if notes is not None else a.get("notes", "")] + meta_notes))
    art = Article(
        id=id_ or a["id"], site=SITE, url=url or a["url"], language="fr", headline=plain(a["headline"]),
        published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
        authors=a["authors"], summary=plain(a.get("chapo", "")), blocks=blocks, entities=a["entities"],
        phenomena=phen, notes=notes, variant_of=variant_of)
    if a["id"] in NO_DATE_META:
        art, html_text = drop_date_metadata(art, html_text)
    p = emit(art, html_text, "utf-8")
    raw = (p.parents[1] / "raw_html" / f"{art.id}.html").stat().st_size
    print(f"{art.id}\t{raw / 1024:.1f} KB")


def build():
    for a in ARTICLES:
        make(a)
    base = next(a for a in ARTICLES if a["id"] == VARIANT["of"])
    make(base, cookie=False, id_=VARIANT["id"], variant_of=VARIANT["of"], url=base["url"] + "?variant=b",
         phen=[t for t in base["phenomena"] if t != "cookie-banner"],
         notes="Minimal pair of le-riverain-01: differs only in cookie-banner (the same page without the consent banner markup, "
               "its CSS and its script). " + base["notes"])


if __name__ == "__main__":
    build()
