import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""Kabar Nusantara (kabar-nusantara): an Indonesian regional news site on WordPress with a
commercial news theme: Yoast-style JSON-LD graph and breadcrumbs, AdSense in-article units,
"Baca juga:" links inserted between paragraphs by the newsroom, long articles split with
<!--nextpage--> ("Halaman 1 2 3"), a sidebar with Terpopuler / Terbaru widgets, a cookie notice
plugin and the comment form. Times are Western Indonesian Time (WIB, +07:00); recent posts show
relative dates ("2 jam lalu")."""

import datetime as _dt
import html as _html
import json as _json
import re as _re

SITE = "kabar-nusantara"
NAME = "Kabar Nusantara"
HOST = "https://kabarnusantara.example"
CDN = "https://kabarnusantara.example/wp-content"
WIB = _dt.timezone(_dt.timedelta(hours=7))
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def esc(s):
    return _html.escape(s, quote=True)


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=WIB)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M") + "+07:00"


def tgl(d, time=True, day=True):
    s = (f"{HARI[d.weekday()]}, " if day else "") + f"{d.day} {BULAN[d.month - 1]} {d.year}"
    return s + (f" | {d:%H:%M} WIB" if time else "")


def ago(delta):
    m = int(delta.total_seconds() // 60)
    if m < 60:
        return f"{m} menit lalu"
    if m < 60 * 24:
        return f"{m // 60} jam lalu"
    return f"{m // (60 * 24)} hari lalu"


# ---------------------------------------------------------------------------- boilerplate pools

MENU = [
    ("nasional", "Nasional", ["Politik", "Hukum", "Pendidikan", "Kesehatan"]),
    ("daerah", "Daerah", ["Jawa", "Sumatera", "Kalimantan", "Sulawesi", "Bali & Nusa Tenggara", "Maluku & Papua"]),
    ("ekonomi", "Ekonomi", ["Bisnis", "Keuangan", "UMKM", "Energi"]),
    ("teknologi", "Teknologi", ["Gadget", "Startup", "Internet"]),
    ("olahraga", "Olahraga", ["Sepak Bola", "Bola Voli", "Bulu Tangkis", "Olahraga Lain"]),
    ("gaya-hidup", "Gaya Hidup", ["Kuliner", "Wisata", "Keluarga"]),
    ("lingkungan", "Lingkungan", []),
    ("otomotif", "Otomotif", []),
    ("opini", "Opini", []),
    ("foto", "Foto", []),
    ("video", "Video", []),
    ("indeks", "Indeks", []),
]

POOL = [
    "Jalan Provinsi Rusak Parah, Warga Tanam Pohon Pisang di Tengah Jalan",
    "Ribuan Penonton Padati Festival Layang-Layang di Pantai Selatan",
    "Harga Telur Ayam Turun, Peternak Mengeluh Rugi",
    "Sekolah Terapung Jadi Solusi Anak-Anak di Bantaran Sungai",
    "Pemuda Desa Ubah Lahan Tidur Jadi Kebun Melon Hidroponik",
    "Banjir Rob Rendam Permukiman Nelayan, Warga Mengungsi ke Masjid",
    "Pasar Malam Ramadan Kembali Digelar, Pedagang Sambut Gembira",
    "Tips Memilih Helm yang Aman untuk Anak",
    "Kereta Api Lokal Tambah Jadwal Perjalanan Akhir Pekan",
    "Penjual Bakso Keliling Ini Sisihkan Untung untuk Beasiswa Anak Yatim",
    "Ratusan Pelari Ikuti Lomba Lari Lintas Kebun Teh",
    "Kasus Demam Berdarah Meningkat, Warga Diminta Kuras Bak Mandi",
    "Kampung Warna-Warni Jadi Destinasi Swafoto Baru",
    "Gudang Pupuk Terbakar, Kerugian Ditaksir Ratusan Juta",
    "Cara Mudah Mengurus Kartu Identitas Anak Secara Daring",
    "Perajin Tenun Kembangkan Motif Baru untuk Pasar Ekspor",
    "Jembatan Gantung Putus, Siswa Seberangi Sungai dengan Rakit",
    "Petani Garam Panen Lebih Awal Berkat Teknologi Tunnel",
    "Komunitas Pecinta Kucing Gelar Vaksinasi Gratis",
    "Harga Cengkih Anjlok, Petani Pilih Simpan Hasil Panen",
    "Tim Robotik SMK Raih Juara di Kompetisi Internasional",
    "Mudik Lebaran, Ini Jalur Alternatif Hindari Kemacetan",
    "Pantai Tersembunyi dengan Pasir Merah Muda Mulai Dilirik Turis",
    "Warga Gotong Royong Bangun Jalan Desa Sepanjang Dua Kilometer",
    "Pedagang Kaki Lima Direlokasi ke Lantai Dua Pasar",
    "Gempa Magnitudo 5,1 Guncang Pesisir Barat, Tak Ada Kerusakan",
    "Resep Soto Ayam Kampung yang Gurih dan Segar",
    "Kebakaran Lahan Gambut Meluas, Sekolah Diliburkan",
    "Anak Muda Ramai-Ramai Belajar Membatik di Kampung Wisata",
    "Panen Raya Padi, Harga Gabah di Tingkat Petani Turun",
    "Perpustakaan Keliling Sambangi Desa Terpencil",
    "Penyu Hijau Bertelur di Pantai Wisata, Warga Pasang Pagar Pelindung",
    "Tarif Ojek Daring Naik, Ini Tanggapan Pengemudi",
    "Puluhan Rumah Rusak Diterjang Angin Puting Beliung",
    "Museum Kereta Buka Hingga Malam Selama Libur Sekolah",
    "Nelayan Temukan Bangkai Paus Terdampar di Pantai",
]

TAGS_CLOUD = ["banjir", "harga pangan", "pariwisata", "UMKM", "pendidikan", "transportasi", "lingkungan", "kuliner",
              "olahraga", "teknologi", "pertanian", "nelayan", "kesehatan", "cuaca"]

CSS = """
:root{--wp--preset--color--black:#000000;--wp--preset--color--white:#ffffff;--wp--preset--color--vivid-red:#cf2e2e;--wp--preset--color--luminous-vivid-orange:#ff6900;--wp--preset--color--pale-cyan-blue:#8ed1fc;--wp--preset--font-size--small:13px;--wp--preset--font-size--medium:20px;--wp--preset--font-size--large:36px;--wp--preset--spacing--20:0.44rem;--wp--preset--spacing--30:0.67rem;--wp--preset--spacing--40:1rem;--wp--preset--shadow--natural:6px 6px 9px rgba(0,0,0,0.2)}
.wp-block-image figcaption{color:#555;font-size:13px;text-align:left;margin:.5em 0 1em}
.wp-block-image img{height:auto;max-width:100%;vertical-align:bottom}
.wp-block-table{overflow-x:auto}.wp-block-table table{border-collapse:collapse;width:100%}.wp-block-table td,.wp-block-table th{border:1px solid;padding:.5em}
.wp-block-table figcaption{font-size:13px;color:#666}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}
body{margin:0;font-family:"Source Sans Pro","Helvetica Neue",Arial,sans-serif;font-size:16px;color:#1f2328;background:#f3f4f6}
a{color:#0a5c36;text-decoration:none}a:hover{color:#e8731a}
.container{max-width:1140px;margin:0 auto;padding:0 15px}
.kn-topbar{background:#0a5c36;color:#e6f2ec;font-size:13px;line-height:34px}.kn-topbar .social a{color:#fff;margin-left:12px}
.site-header{background:#fff;border-bottom:1px solid #e3e5e8}.site-branding{display:flex;align-items:center;justify-content:space-between;padding:18px 0}
.site-title{font-family:"Merriweather",Georgia,serif;font-size:30px;font-weight:900;margin:0}.site-title a{color:#0a5c36}
.site-description{font-size:13px;color:#6b7280;margin:2px 0 0}
.header-ad{width:728px;height:90px;background:#eceef1}
.main-navigation{background:#0d6e42}.main-navigation ul{list-style:none;margin:0;padding:0}
.main-navigation>div>ul>li{display:inline-block;position:relative}
.main-navigation>div>ul>li>a{display:block;color:#fff;font-weight:700;padding:13px 14px;font-size:15px;text-transform:uppercase}
.main-navigation li:hover>.sub-menu{display:block}
.main-navigation .sub-menu{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:200px;box-shadow:0 6px 18px rgba(0,0,0,.12);z-index:99}
.main-navigation .sub-menu a{display:block;padding:9px 14px;color:#1f2328;font-size:14px;border-bottom:1px solid #f0f0f0}
.kn-breaking{background:#fff;border-bottom:1px solid #e3e5e8;font-size:14px;line-height:40px;white-space:nowrap;overflow:hidden}
.kn-breaking .label{background:#e8731a;color:#fff;font-weight:700;padding:0 12px;margin-right:12px;display:inline-block}
.site-content{display:flex;gap:30px;padding:24px 0}.content-area{flex:1;min-width:0}.widget-area{width:330px}
.single .hentry{background:#fff;padding:26px 30px;border-radius:4px}
.breadcrumbs{font-size:13px;color:#6b7280;margin-bottom:12px}
.entry-title{font-family:"Merriweather",Georgia,serif;font-size:32px;line-height:1.3;margin:0 0 12px;color:#111827}
.entry-excerpt{font-size:18px;color:#4b5563;font-style:italic;border-left:4px solid #e8731a;padding-left:14px;margin:0 0 14px}
.entry-meta{font-size:13px;color:#6b7280;display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin-bottom:16px}
.entry-meta .cat-links a{background:#0a5c36;color:#fff;padding:2px 8px;border-radius:2px;font-weight:700;font-size:12px;text-transform:uppercase}
.entry-meta .author a{font-weight:700;color:#111827}
.share-buttons{display:flex;gap:8px;margin:14px 0}.share-buttons a{display:inline-block;padding:6px 12px;border-radius:3px;color:#fff;font-size:13px;font-weight:600}
.share-buttons .wa{background:#25d366}.share-buttons .fb{background:#1877f2}.share-buttons .x{background:#111}.share-buttons .tg{background:#229ed9}.share-buttons .copy{background:#6b7280}
.entry-content{font-size:17px;line-height:1.8}.entry-content p{margin:0 0 1.2em}
.entry-content h2{font-size:22px;margin:1.6em 0 .6em;color:#111827}
.entry-content .baca-juga,.entry-content p.baca{background:#f1f8f4;border-left:4px solid #0a5c36;padding:8px 12px;font-size:15px}
.entry-content .baca-juga span{font-weight:700;color:#e8731a}
.entry-content ul{padding-left:1.3em}.entry-content li{margin-bottom:.4em}
.entry-content .update-note{font-size:14px;color:#6b7280;font-style:italic}
.kn-ads{background:#f5f6f8;text-align:center;margin:18px 0;min-height:100px;position:relative}
.kn-ads:before{content:"Advertisement";display:block;font-size:10px;color:#9ca3af;letter-spacing:1px;text-transform:uppercase}
.page-links{margin:22px 0;font-weight:700;font-size:15px;clear:both}
.page-links .post-page-numbers{display:inline-block;min-width:34px;text-align:center;padding:6px 0;border:1px solid #d1d5db;margin-right:4px;border-radius:3px}
.page-links .current{background:#0a5c36;color:#fff;border-color:#0a5c36}
.tags-links{font-size:13px;margin:18px 0}.tags-links a{display:inline-block;background:#f3f4f6;padding:3px 10px;margin:0 4px 6px 0;border-radius:12px;color:#374151}
.author-box{display:flex;gap:16px;border-top:1px solid #e5e7eb;border-bottom:1px solid #e5e7eb;padding:18px 0;margin:18px 0}
.author-box img{border-radius:50%}.author-box .author-name{font-weight:700;margin:0 0 4px}.author-box p{font-size:14px;color:#4b5563;margin:0}
.related-posts{background:#fff;padding:20px 30px;margin-top:20px}.related-posts h3,.widget-title{font-size:18px;border-bottom:3px solid #0a5c36;padding-bottom:6px;margin:0 0 14px}
.related-posts ul{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:1fr 1fr;gap:14px}
.related-posts .rp-date,.widget time{display:block;font-size:12px;color:#9ca3af}
.comments-area{background:#fff;padding:20px 30px;margin-top:20px}.comment-list{list-style:none;padding:0}
.comment-body{border-bottom:1px solid #f0f0f0;padding:12px 0}.comment-meta{font-size:13px;color:#6b7280}
.comment-form textarea,.comment-form input[type=text],.comment-form input[type=email]{width:100%;border:1px solid #d1d5db;padding:8px;margin-bottom:10px}
.comment-form .submit{background:#0a5c36;color:#fff;border:0;padding:10px 20px;font-weight:700}
.widget{background:#fff;padding:18px 20px;margin-bottom:20px}.widget ul{list-style:none;padding:0;margin:0}
.widget li{padding:8px 0;border-bottom:1px solid #f1f1f1;font-size:15px}
.popular-posts li{counter-increment:pop;padding-left:34px;position:relative}.popular-posts li:before{content:counter(pop);position:absolute;left:0;top:6px;font-size:22px;font-weight:900;color:#e8731a}
.widget_newsletter input[type=email]{width:100%;padding:8px;border:1px solid #d1d5db;margin:8px 0}.widget_newsletter button{width:100%;background:#e8731a;color:#fff;border:0;padding:9px;font-weight:700}
.tagcloud a{display:inline-block;font-size:13px!important;background:#f3f4f6;padding:3px 8px;margin:0 4px 6px 0}
.site-footer{background:#0b1f16;color:#c6d3cc;padding:36px 0 0;font-size:14px}.site-footer a{color:#e6f2ec}
.footer-widgets{display:grid;grid-template-columns:2fr 1fr 1fr 1fr;gap:30px}.footer-widgets ul{list-style:none;padding:0;margin:0}.footer-widgets li{margin-bottom:6px}
.site-info{border-top:1px solid #21382c;margin-top:24px;padding:16px 0;font-size:13px;text-align:center}
.footer-menu{list-style:none;padding:0;margin:0 0 8px}.footer-menu li{display:inline-block;margin:0 8px}
#cookie-notice{position:fixed;bottom:0;left:0;right:0;background:rgba(11,31,22,.96);color:#fff;font-size:14px;z-index:9999;padding:14px 20px;display:none}
#cookie-notice .cn-button{background:#e8731a;color:#fff;border:0;padding:7px 16px;margin-left:10px;cursor:pointer}
#cookie-notice a{color:#ffd7b5}
"""

HEAD_JS = """
<script type="text/javascript">
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org.example\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org.example\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/kabarnusantara.example\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.5.4"}};
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data);return t.length>0}o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={everything:!0,everythingExceptFlag:!0};e=new Promise(function(e){i.addEventListener("DOMContentLoaded",e,{once:!0})});n.DOMReady=e}(window,window._wpemojiSettings);
</script>
<script type="text/javascript" src="https://kabarnusantara.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="https://kabarnusantara.example/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-KN7Q2W81ZX"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-KN7Q2W81ZX', {'page_type': 'single', 'post_id': '%(pid)s', 'category': '%(cat)s', 'author': '%(author)s'});
</script>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-4815162342001357" crossorigin="anonymous"></script>
<script type="text/javascript" id="cookie-notice-front-js-before">
var cnArgs = {"ajaxUrl":"https:\\/\\/kabarnusantara.example\\/wp-admin\\/admin-ajax.php","nonce":"7c1d0e9b42","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":true,"revokeCookies":false,"revokeCookiesOpt":"automatic"};
</script>
"""

FOOT_JS = """
<script type="text/javascript" id="kn-theme-js-extra">
var knTheme = {"ajaxurl":"https:\\/\\/kabarnusantara.example\\/wp-admin\\/admin-ajax.php","postId":"%(pid)s","infiniteScroll":"0","stickySidebar":"1","darkMode":"0"};
</script>
<script type="text/javascript" src="https://kabarnusantara.example/wp-content/themes/kabarnus/assets/js/main.min.js?ver=2.4.1" id="kn-theme-js"></script>
<script type="text/javascript" src="https://kabarnusantara.example/wp-includes/js/comment-reply.min.js?ver=6.5.4" id="comment-reply-js" async data-wp-strategy="async"></script>
<script type="text/javascript">
(function($){
  $(".share-buttons .copy").on("click", function(e){
    e.preventDefault();
    navigator.clipboard && navigator.clipboard.writeText($(this).data("url"));
    $(this).text("Tautan disalin");
  });
  if (document.cookie.indexOf("cookie_notice_accepted") < 0) { $("#cookie-notice").show(); }
  $("#cn-accept-cookie").on("click", function(){
    document.cookie = "cookie_notice_accepted=true; max-age=" + cnArgs.cookieTime + "; path=/";
    $("#cookie-notice").fadeOut();
  });
  $.post(knTheme.ajaxurl, {action: "kn_post_views", post_id: knTheme.postId});
})(jQuery);
</script>
"""


def pool(seed, n, off=0):
    return [POOL[(seed * 5 + off + i * 7) % len(POOL)] for i in range(n)]


def slugify(t):
    t = t.lower().replace("rp ", "rp-")
    return _re.sub(r"[^a-z0-9]+", "-", t).strip("-")


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

SPRITE = svg_sprite(4815, ["whatsapp", "facebook", "x", "telegram", "instagram", "youtube", "link", "search", "menu", "close",
                           "clock", "user", "comment", "chevron-right", "chevron-up", "home", "tag", "fire", "bolt", "play"], "kn-ic")
VENDORS = cmp_vendors(1357, 90, "iklan-mitra.example")


# ---------------------------------------------------------------------------- rendering


def render_body(a, show_related=True):
    out, blocks = [], []
    bj = 0
    for part in a["parts"]:
        k = part[0]
        if k == "p":
            out.append(f"<p>{part[1]}</p>")
            blocks.append(Block("paragraph", strip(part[1])))
        elif k == "h":
            out.append(f'<h2 class="wp-block-heading">{esc(part[1])}</h2>')
            blocks.append(Block("heading", part[1]))
        elif k == "ul":
            out.append('<ul class="wp-block-list">' + "".join(f"<li>{esc(t)}</li>" for t in part[1]) + "</ul>")
            blocks += [Block("list_item", t) for t in part[1]]
        elif k == "bj":
            if not show_related:
                continue
            href = f'{HOST}/{part[2]}/'
            if a.get("bj_style", "p") == "p":
                out.append(f'<p class="baca"><strong>Baca juga: <a href="{href}" target="_blank" rel="noopener">{esc(part[1])}</a></strong></p>')
            else:
                out.append(f'<div class="baca-juga"><span>Baca juga:</span> <a href="{href}">{esc(part[1])}</a></div>')
            bj += 1
        elif k == "table":
            _, cap, rows, src = part
            t = ['<figure class="wp-block-table is-style-stripes"><table><thead><tr>' +
                 "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            t.append(f"</tbody></table><figcaption class=\"wp-element-caption\">{esc(src)}</figcaption></figure>")
            out.append(f"<p><strong>{esc(cap)}</strong></p>")
            out.append("".join(t))
            blocks.append(Block("heading", cap))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            blocks.append(Block("caption", src, optional=True))
        elif k == "note":
            out.append(f'<p class="update-note"><em>{esc(part[1])}</em></p>')
            blocks.append(Block("note", part[1], optional=True))
        elif k == "ad":
            out.append('<div class="kn-ads kn-ads-inarticle"><ins class="adsbygoogle" style="display:block; text-align:center;" '
                       'data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-4815162342001357" '
                       f'data-ad-slot="{7301 + a["seed"]}442918"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>')
    return "\n".join(out), blocks


def page(a):
    pub, upd, today = a["pub"], a.get("upd"), a["today"]
    url = a["url"]
    u = esc(url)
    cat = next(m for m in MENU if m[0] == a["cat"])
    body_html, blocks = render_body(a, show_related=not a.get("no_bj"))
    gold = []
    if a.get("excerpt"):
        gold.append(Block("paragraph", a["excerpt"], optional=True))
    cap = a.get("caption")
    if cap:
        gold.append(Block("caption", cap[0], optional=True))
    gold += blocks
    author = a["author"]
    aslug = slugify(author)
    wp_author = a.get("wp_author", author)
    wslug = slugify(wp_author)
    d = {"pid": a["pid"], "cat": cat[1], "author": author}
    canonical = a.get("canonical", url)
    h = ["<!DOCTYPE html>", '<html lang="id-ID" prefix="og: https://ogp.me/ns#">', "<head>",
         '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<link rel="profile" href="https://gmpg.org/xfn/11">']
    h.append(f"<title>{esc(a['headline'] if a.get('title_bare') else a.get('title', a['headline'] + ' - ' + NAME))}</title>")
    h.append(f'<meta name="description" content="{esc(a["desc"])}">')
    h.append('<meta name="robots" content="index, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large">')
    h.append(f'<link rel="canonical" href="{esc(canonical)}">')
    if a.get("pages"):
        h.append(f'<link rel="next" href="{esc(canonical)}2/">')
    h.append('<meta property="og:locale" content="id_ID">')
    h.append('<meta property="og:type" content="article">')
    h.append(f'<meta property="og:title" content="{esc(a["headline"])}">')
    h.append(f'<meta property="og:description" content="{esc(a["desc"])}">')
    h.append(f'<meta property="og:url" content="{u}">')
    h.append(f'<meta property="og:site_name" content="{NAME}">')
    h.append(f'<meta property="article:publisher" content="https://www.facebook.example/kabarnusantara">')
    for t in a["tags"]:
        h.append(f'<meta property="article:tag" content="{esc(t)}">')
    h.append(f'<meta property="article:section" content="{cat[1]}">')
    h.append(f'<meta property="article:published_time" content="{pub.isoformat()}">')
    if upd:
        h.append(f'<meta property="article:modified_time" content="{upd.isoformat()}">')
    h.append(f'<meta property="og:image" content="{CDN}/uploads/{pub:%Y/%m}/{a["img"]}">')
    h.append('<meta property="og:image:width" content="1200"><meta property="og:image:height" content="675"><meta property="og:image:type" content="image/jpeg">')
    h.append(f'<meta name="author" content="{esc(wp_author)}">')
    h.append('<meta name="twitter:card" content="summary_large_image">')
    h.append('<meta name="twitter:creator" content="@kabarnusantara"><meta name="twitter:site" content="@kabarnusantara">')
    h.append(f'<meta name="twitter:label1" content="Ditulis oleh"><meta name="twitter:data1" content="{esc(author)}">')
    h.append(f'<meta name="twitter:label2" content="Estimasi waktu membaca"><meta name="twitter:data2" content="{a.get("read", 3)} menit">')
    words = [b.text for b in gold if b.kind != "caption"]
    graph = [
        {"@type": "NewsArticle", "@id": f"{canonical}#article", "isPartOf": {"@id": canonical},
         "author": {"name": wp_author, "@id": f"{HOST}/#/schema/person/{wslug}"}, "headline": a["headline"],
         "datePublished": pub.isoformat(), "dateModified": (upd or pub).isoformat(),
         "mainEntityOfPage": {"@id": canonical}, "wordCount": sum(len(t.split()) for t in words),
         "publisher": {"@id": f"{HOST}/#organization"}, "image": {"@id": f"{canonical}#primaryimage"},
         "thumbnailUrl": f"{CDN}/uploads/{pub:%Y/%m}/{a['img']}", "keywords": a["tags"], "articleSection": [cat[1]],
         "inLanguage": "id"},
        {"@type": "WebPage", "@id": canonical, "url": canonical, "name": a.get("title", a["headline"] + " - " + NAME),
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": pub.isoformat(), "dateModified": (upd or pub).isoformat(),
         "breadcrumb": {"@id": f"{canonical}#breadcrumb"}, "inLanguage": "id"},
        {"@type": "ImageObject", "inLanguage": "id", "@id": f"{canonical}#primaryimage",
         "url": f"{CDN}/uploads/{pub:%Y/%m}/{a['img']}", "width": 1200, "height": 675},
        {"@type": "BreadcrumbList", "@id": f"{canonical}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Beranda", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": cat[1], "item": f"{HOST}/kategori/{cat[0]}/"},
            {"@type": "ListItem", "position": 3, "name": a["headline"]}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": NAME,
         "description": "Kabar dari Sabang sampai Merauke", "publisher": {"@id": f"{HOST}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": f"{HOST}/?s={{search_term_string}}"},
                              "query-input": "required name=search_term_string"}], "inLanguage": "id"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": NAME, "url": f"{HOST}/",
         "logo": {"@type": "ImageObject", "url": f"{CDN}/uploads/2015/01/logo-kabarnusantara.png", "width": 320, "height": 60},
         "sameAs": ["https://www.facebook.example/kabarnusantara", "https://x.example/kabarnusantara",
                    "https://www.instagram.example/kabarnusantara"]},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{wslug}", "name": wp_author, "url": f"{HOST}/author/{wslug}/"},
    ]
    if a.get("old_yoast"):  # the SEO plugin's graph before its 2019 update: site and organisation only
        graph = [g for g in graph if g["@type"] in ("WebSite", "Organization")]
    h.append('<script type="application/ld+json" class="yoast-schema-graph">' +
             _json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False) + "</script>")
    h.append(f'<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; Feed" href="{HOST}/feed/">')
    h.append(f'<link rel="alternate" type="application/rss+xml" title="{NAME} &raquo; {esc(a["headline"])} Umpan Komentar" href="{u}feed/">')
    h.append(f"<link rel='dns-prefetch' href='//fonts.googleapis.example'>")
    h.append(f"<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.4' type='text/css' media='all'>")
    h.append(f"<link rel='stylesheet' id='kn-fonts-css' href='https://fonts.googleapis.example/css?family=Merriweather:700,900|Source+Sans+Pro:400,600,700&display=swap' type='text/css' media='all'>")
    h.append(f"<link rel='stylesheet' id='cookie-notice-front-css' href='{CDN}/plugins/cookie-notice/css/front.min.css?ver=2.4.16' type='text/css' media='all'>")
    h.append("<style id='kn-inline-css' type='text/css'>" + CSS + "</style>")
    h.append(HEAD_JS % d)
    h.append(f'<link rel="https://api.w.org/" href="{HOST}/wp-json/"><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a["pid"]}">')
    h.append(f"<link rel='shortlink' href='{HOST}/?p={a['pid']}'>")
    h.append('<meta name="generator" content="WordPress 6.5.4">')
    h.append(f'<link rel="icon" href="{CDN}/uploads/2015/01/cropped-favicon-32x32.png" sizes="32x32">')
    h.append("</head>")
    tagcls = " ".join(f"tag-{slugify(t)}" for t in a["tags"])
    h.append(f'<body class="post-template-default single single-post postid-{a["pid"]} single-format-standard wp-embed-responsive cookies-not-set">')
    h.append(SPRITE)
    h.append('<div id="page" class="site"><div class="site-wrapper"><a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>')
    h.append(f'<div class="kn-topbar"><div class="container"><span class="kn-date">{tgl(today, time=False)}</span>'
             '<span class="social"><a href="https://www.facebook.example/kabarnusantara" aria-label="Facebook">Facebook</a>'
             '<a href="https://x.example/kabarnusantara" aria-label="X">X</a><a href="https://www.instagram.example/kabarnusantara" aria-label="Instagram">Instagram</a>'
             '<a href="https://www.youtube.example/@kabarnusantara" aria-label="YouTube">YouTube</a>'
             '<a href="https://t.me.example/kabarnusantara" aria-label="Telegram">Telegram</a></span></div></div>')
    h.append('<header id="masthead" class="site-header"><div class="container site-branding">'
             f'<div><p class="site-title"><a href="{HOST}/" rel="home">Kabar Nusantara</a></p><p class="site-description">Kabar dari Sabang sampai Merauke</p></div>'
             '<div class="header-ad kn-ads" id="kn-ad-header"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" '
             'data-ad-client="ca-pub-4815162342001357" data-ad-slot="5512003481"></ins></div>'
             f'<form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">Cari untuk:</span>'
             '<input type="search" class="search-field" placeholder="Cari berita &hellip;" value="" name="s"></label>'
             '<input type="submit" class="search-submit" value="Cari"></form></div>')
    nav = ['<nav id="site-navigation" class="main-navigation" aria-label="Menu Utama"><div class="container"><ul id="primary-menu" class="menu">',
           f'<li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-home menu-item-10"><a href="{HOST}/">Beranda</a></li>']
    for i, (slug, label, subs) in enumerate(MENU):
        mid = 20 + i * 10
        cur = " current-post-ancestor current-menu-parent" if slug == a["cat"] else ""
        has = " menu-item-has-children" if subs else ""
        nav.append(f'<li id="menu-item-{mid}" class="menu-item menu-item-type-taxonomy menu-item-object-category{cur}{has} menu-item-{mid}">'
                   f'<a href="{HOST}/kategori/{slug}/">{label}</a>')
        if subs:
            nav.append('<ul class="sub-menu">' + "".join(
                f'<li id="menu-item-{mid + j + 1}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{mid + j + 1}">'
                f'<a href="{HOST}/kategori/{slug}/{slugify(s)}/">{esc(s)}</a></li>' for j, s in enumerate(subs)) + "</ul>")
        nav.append("</li>")
    nav.append("</ul></div></nav></header>")
    h.append("".join(nav))
    h.append('<div class="kn-breaking"><div class="container"><span class="label">Terkini</span>' + " &bull; ".join(
        f'<a href="{HOST}/{slugify(t)}/">{esc(t)}</a>' for t in pool(a["seed"], 5, 3)) + "</div></div>")
    h.append('<div id="content" class="site-content container"><div class="row"><div id="primary" class="content-area col-md-8"><main id="main" class="site-main"><div class="single-post-wrap">')
    h.append(f'<article id="post-{a["pid"]}" class="post-{a["pid"]} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat[0]} {tagcls}">')
    h.append('<header class="entry-header">')
    h.append(f'<nav class="breadcrumbs" aria-label="breadcrumbs"><span><span><a href="{HOST}/">Beranda</a></span> &raquo; '
             f'<span><a href="{HOST}/kategori/{cat[0]}/">{cat[1]}</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{esc(a["headline"])}</span></span></nav>')
    h.append(f'<h1 class="entry-title">{esc(a["headline"])}</h1>')
    if a.get("excerpt"):
        h.append(f'<p class="entry-excerpt">{esc(a["excerpt"])}</p>')
    meta = [f'<div class="entry-meta"><span class="cat-links"><a href="{HOST}/kategori/{cat[0]}/" rel="category tag">{cat[1]}</a></span>',
            f'<span class="byline">Penulis: <span class="author vcard"><a class="url fn n" href="{HOST}/author/{aslug}/">{esc(author)}</a></span></span>']
    if a.get("relative"):
        meta.append(f'<span class="posted-on"><time class="entry-date published" datetime="{pub.isoformat()}">{ago(today - pub)}</time></span>')
    else:
        if a.get("no_time"):  # the 2022 theme prints the dates as plain text
            meta.append(f'<span class="posted-on"><span class="entry-date published">{tgl(pub)}</span>')
            if upd:
                meta.append(f' <span class="updated-on">Diperbarui: <span class="updated">{tgl(upd)}</span></span>')
        else:
            meta.append(f'<span class="posted-on"><time class="entry-date published" datetime="{pub.isoformat()}">{tgl(pub)}</time>')
            if upd:
                meta.append(f' <span class="updated-on">Diperbarui: <time class="updated" datetime="{upd.isoformat()}">{tgl(upd)}</time></span>')
        meta.append("</span>")
    if a.get("editor"):
        meta.append(f'<span class="editor">Editor: {esc(a["editor"])}</span>')
    meta.append(f'<span class="reading-time">{a.get("read", 3)} menit baca</span></div>')
    h.append("".join(meta))
    h.append("</header>")
    if cap:
        h.append(f'<div class="post-thumbnail"><figure class="wp-block-image size-full"><img width="1200" height="675" '
                 f'src="{CDN}/uploads/{pub:%Y/%m}/{a["img"]}" class="attachment-full size-full wp-post-image" alt="{esc(cap[0])}" decoding="async" fetchpriority="high" '
                 f'srcset="{CDN}/uploads/{pub:%Y/%m}/{a["img"]} 1200w, {CDN}/uploads/{pub:%Y/%m}/{a["img"].replace(".jpg", "-768x432.jpg")} 768w" sizes="(max-width: 1200px) 100vw, 1200px">'
                 f'<figcaption class="wp-element-caption">{esc(cap[0])} {esc(cap[1])}</figcaption></figure></div>')
    share = ('<div class="share-buttons">'
             f'<a class="wa" href="https://api.whatsapp.example/send?text={u}" target="_blank" rel="nofollow noopener">WhatsApp</a>'
             f'<a class="fb" href="https://www.facebook.example/sharer/sharer.php?u={u}" target="_blank" rel="nofollow noopener">Facebook</a>'
             f'<a class="x" href="https://x.example/intent/post?url={u}" target="_blank" rel="nofollow noopener">X</a>'
             f'<a class="tg" href="https://t.me.example/share/url?url={u}" target="_blank" rel="nofollow noopener">Telegram</a>'
             f'<a class="copy" href="#" data-url="{u}">Salin tautan</a></div>')
    h.append(share)
    h.append('<div class="entry-content-wrap"><div class="entry-content">')
    h.append(body_html)
    if a.get("pages"):
        n = a["pages"]
        links = [f'<span class="post-page-numbers current" aria-current="page">1</span>'] + [
            f'<a href="{esc(canonical)}{i}/" class="post-page-numbers">{i}</a>' for i in range(2, n + 1)]
        h.append('<div class="page-links"><span class="page-links-title">Halaman</span> ' + " ".join(links) +
                 f' <a href="{esc(canonical)}2/" class="post-page-numbers next">Selanjutnya &raquo;</a></div>')
    h.append("</div></div>")
    h.append('<footer class="entry-footer"><span class="tags-links">Tag: ' + "".join(
        f'<a href="{HOST}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in a["tags"]) + "</span></footer>")
    h.append(share)
    if a.get("bio"):
        h.append(f'<div class="author-box"><img alt="" src="{CDN}/uploads/authors/{aslug}-96x96.jpg" width="96" height="96">'
                 f'<div><p class="author-name"><a href="{HOST}/author/{aslug}/">{esc(author)}</a></p><p>{esc(a["bio"])}</p></div></div>')
    h.append("</article>")
    h.append(f'<div class="kn-ads" id="kn-ad-after-post"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4815162342001357" '
             f'data-ad-slot="6620{a["seed"]}18844" data-ad-format="auto" data-full-width-responsive="true"></ins></div>')
    rp = ['<div class="related-posts"><h3>Berita Terkait</h3><div class="related-grid">']
    for i, (t, days) in enumerate(a["related"]):
        rd = pub - _dt.timedelta(days=days, hours=3 * i + 1)
        rp.append(f'<article class="related-item post-card"><a class="thumb" href="{HOST}/{rd:%Y/%m/%d}/{slugify(t)}/">'
                  f'<img src="{CDN}/uploads/{rd:%Y/%m}/{slugify(t)[:40]}-300x169.jpg" width="300" height="169" alt="" loading="lazy"></a>'
                  f'<h4 class="entry-title"><a href="{HOST}/{rd:%Y/%m/%d}/{slugify(t)}/">{esc(t)}</a></h4><span class="rp-date">{tgl(rd, time=False)}</span></article>')
    rp.append("</div></div>")
    h.append("".join(rp))
    comments = a.get("comments")
    if comments is None:
        h.append('<div class="comments-area"><p class="no-comments">Komentar ditutup.</p></div>')
    else:
        c = [f'<div id="comments" class="comments-area">']
        if comments:
            c.append(f'<h2 class="comments-title">{len(comments)} komentar untuk &ldquo;{esc(a["headline"])}&rdquo;</h2><ol class="comment-list">')
            for i, (who, txt, hrs) in enumerate(comments):
                cd = pub + _dt.timedelta(hours=hrs)
                c.append(f'<li id="comment-{a["pid"] * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body">'
                         f'<footer class="comment-meta"><b class="fn">{esc(who)}</b> <span class="says">berkata:</span> '
                         f'<time datetime="{cd.isoformat()}">{tgl(cd, day=False).replace(" | ", " pukul ")}</time></footer>'
                         f'<div class="comment-content"><p>{esc(txt)}</p></div>'
                         f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{a["pid"] * 10 + i}">Balas</a></div></article></li>')
            c.append("</ol>")
        c.append('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>'
                 f'<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
                 '<p class="comment-notes"><span id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> Ruas yang wajib ditandai <span class="required">*</span></p>'
                 '<p class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="6" required></textarea></p>'
                 '<p class="comment-form-author"><label for="author">Nama <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" required></p>'
                 '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" required></p>'
                 '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> '
                 '<label for="wp-comment-cookies-consent">Simpan nama dan email saya pada peramban ini untuk komentar saya berikutnya.</label></p>'
                 f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kirim Komentar"><input type="hidden" name="comment_post_ID" value="{a["pid"]}" id="comment_post_ID"></p>'
                 "</form></div></div>")
        h.append("".join(c))
    h.append("</div></main></div>")
    # sidebar
    s = ['<aside id="secondary" class="widget-area">']
    s.append('<section id="kn_ads-2" class="widget kn-ads" style="min-height:250px"><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" '
             'data-ad-client="ca-pub-4815162342001357" data-ad-slot="3318840021"></ins></section>')
    s.append('<section id="kn_popular-3" class="widget popular-posts"><h2 class="widget-title">Terpopuler</h2><ul>' + "".join(
        f'<li><a href="{HOST}/{slugify(t)}/">{esc(t)}</a></li>' for t in pool(a["seed"], 5, 11)) + "</ul></section>")
    lt = ['<section id="kn_recent-2" class="widget widget_recent_entries"><h2 class="widget-title">Terbaru</h2><ul>']
    for i, t in enumerate(pool(a["seed"] + 4, 5, 5)):
        td = _dt.timedelta(minutes=18 + 47 * i)
        lt.append(f'<li><a href="{HOST}/{slugify(t)}/">{esc(t)}</a><time datetime="{(today - td).isoformat()}">{ago(td)}</time></li>')
    lt.append("</ul></section>")
    s.append("".join(lt))
    s.append('<section id="kn_newsletter-2" class="widget widget_newsletter"><h2 class="widget-title">Buletin Pagi</h2>'
             '<p>Dapatkan rangkuman berita pilihan redaksi di kotak masuk Anda setiap pagi, gratis.</p>'
             f'<form method="post" action="{HOST}/?na=s"><input type="email" name="ne" placeholder="Alamat email Anda" required>'
             '<label><input type="checkbox" name="ny" required> Saya setuju dengan kebijakan privasi</label><button type="submit">Berlangganan</button></form></section>')
    s.append('<section id="kn_ads-3" class="widget kn-ads" style="min-height:600px"><ins class="adsbygoogle" style="display:inline-block;width:300px;height:600px" '
             'data-ad-client="ca-pub-4815162342001357" data-ad-slot="3318840022"></ins></section>')
    s.append("</aside></div></div>")
    h.append("".join(s))
    # footer
    f = ['<footer id="colophon" class="site-footer"><div class="container"><div class="footer-widgets">']
    f.append('<div><h3>Kabar Nusantara</h3><p>Kabar Nusantara adalah media daring yang menyajikan berita daerah dari seluruh penjuru '
             'Indonesia, dikerjakan oleh jaringan jurnalis dan kontributor di berbagai kota.</p>'
             '<p>Jl. Cempaka Raya No. 17, Jakarta Selatan<br>Telepon: (021) 000-0000<br>Surel: redaksi@kabarnusantara.example</p></div>')
    f.append('<div><h3>Kategori</h3><ul>' + "".join(f'<li><a href="{HOST}/kategori/{sl}/">{lb}</a></li>' for sl, lb, _ in MENU[:8]) + "</ul></div>")
    f.append('<div><h3>Jaringan</h3><ul>' + "".join(f'<li><a href="https://{sl}.kabarnusantara.example/">{lb}</a></li>' for sl, lb in [
        ("jabar", "Kabar Jabar"), ("jatim", "Kabar Jatim"), ("sumut", "Kabar Sumut"), ("sulsel", "Kabar Sulsel"),
        ("kalbar", "Kabar Kalbar"), ("ntt", "Kabar NTT")]) + "</ul></div>")
    f.append('<div><h3>Ikuti Kami</h3><ul><li><a href="https://www.facebook.example/kabarnusantara">Facebook</a></li>'
             '<li><a href="https://x.example/kabarnusantara">X (Twitter)</a></li><li><a href="https://www.instagram.example/kabarnusantara">Instagram</a></li>'
             '<li><a href="https://www.youtube.example/@kabarnusantara">YouTube</a></li><li><a href="https://t.me.example/kabarnusantara">Kanal Telegram</a></li></ul></div>')
    f.append("</div></div>")
    f.append('<div class="site-info"><ul class="footer-menu">' + "".join(f'<li><a href="{HOST}/{sl}/">{lb}</a></li>' for sl, lb in [
        ("redaksi", "Redaksi"), ("pedoman-media-siber", "Pedoman Media Siber"), ("kode-etik", "Kode Etik"),
        ("info-iklan", "Info Iklan"), ("kontak", "Kontak"), ("kebijakan-privasi", "Kebijakan Privasi"),
        ("disclaimer", "Disclaimer"), ("karier", "Karier")]) + "</ul>"
             f'&copy; 2015&ndash;{today.year} Kabar Nusantara. Hak cipta dilindungi undang-undang.</div></footer></div></div>')
    h.append("".join(f))
    h.append('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">'
             '<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Kami menggunakan cookie untuk memastikan Anda '
             'mendapatkan pengalaman terbaik di situs kami, termasuk untuk analitik dan iklan yang dipersonalisasi. Dengan melanjutkan, Anda menyetujui penggunaan cookie.</span>'
             '<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Setuju">Setuju</a>'
             f'<a href="{HOST}/kebijakan-privasi/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Kebijakan privasi">Kebijakan privasi</a></span></div></div>')
    h.append('<script id="kn-cmp-vendors" type="application/json">' + VENDORS + "</script>")
    h.append(FOOT_JS % d)
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h), gold


# ---------------------------------------------------------------------------- articles

ARTICLES = []

# 01: paginated (part 1 of 3), two "Baca juga" lines, dateline, date in URL
ARTICLES.append(dict(
    id=f"{SITE}-01", old_yoast=True, seed=1, cat="daerah", pid=4187, pages=3, read=7,
    url=f"{HOST}/daerah/4187/kemarau-panjang-petani-gunungkidul-beralih-tanam-sorgum/",
    pub=dt(2015, 9, 8, 10, 15), today=dt(2015, 9, 8, 21, 0),
    author="Yohanes Bimo Saputro", editor="Ratna Kusumaningrum",
    comments=[("Sutrisno", "Di tempat kami juga mulai ada yang coba sorgum. Semoga harga jualnya stabil.", 6),
              ("Dewi A.", "Tepung sorgum enak untuk kue, bebas gluten juga.", 9)],
    headline="Kemarau Panjang, Petani Gunungkidul Beralih Tanam Sorgum",
    desc="Kemarau panjang membuat sebagian petani di Gunungkidul meninggalkan jagung dan beralih menanam sorgum yang lebih tahan kekeringan.",
    tags=["sorgum", "kemarau", "Gunungkidul", "pertanian"], img="sorgum-gunungkidul.jpg",
    caption=("Parjiyo memeriksa tanaman sorgum di ladangnya di Kecamatan Semanu, Gunungkidul, Senin (7/9/2015).", "(Kabar Nusantara/Yohanes Bimo)"),
    parts=[
        ("p", "<strong>GUNUNGKIDUL, Kabar Nusantara</strong> – Kemarau panjang yang melanda sejak Mei membuat sebagian petani di Kabupaten Gunungkidul, Daerah Istimewa Yogyakarta, meninggalkan jagung dan beralih menanam sorgum. Tanaman biji-bijian yang dulu dianggap pakan ternak itu kini dilirik karena lebih tahan kekeringan."),
        ("p", "Di Desa Candirejo, Kecamatan Semanu, hamparan sorgum setinggi pinggang orang dewasa tampak menghijau di tengah ladang-ladang lain yang kering kerontang. Sekitar 35 hektare lahan di desa itu kini ditanami sorgum, naik hampir tiga kali lipat dibandingkan tahun lalu."),
        ("p", "\"Jagung butuh air banyak. Kalau hujan tidak turun dua minggu saja, daunnya sudah menggulung,\" kata Parjiyo (54), anggota Kelompok Tani Sekar Arum, Senin (7/9/2015). \"Sorgum lebih kuat. Satu kali hujan di awal tanam sudah cukup sampai panen.\""),
        ("bj", "Debit Mata Air Menyusut, Warga Tepus Antre Air Bersih Sejak Subuh", "2015/08/27/debit-mata-air-menyusut-warga-tepus-antre-air-bersih"),
        ("p", "Parjiyo mulai mencoba sorgum dua tahun lalu di lahan seluas seperempat hektare. Hasilnya, ia bisa memanen sekitar 1,2 ton biji sorgum, sementara tanaman jagung di lahan tetangganya gagal panen karena kekeringan. Tahun ini ia menanami seluruh lahannya yang seluas satu hektare dengan sorgum."),
        ("ad",),
        ("p", "Menurut Ketua Kelompok Tani Sekar Arum, Wagiman (61), minat petani terhadap sorgum tumbuh setelah ada pembeli tetap. Sebuah usaha kecil di Kota Yogyakarta kini rutin membeli biji sorgum untuk diolah menjadi tepung dan beras sorgum, dengan harga Rp 4.500 per kilogram di tingkat petani."),
        ("p", "\"Dulu petani ragu karena tidak tahu mau dijual ke mana. Sekarang sudah ada yang menampung, jadi lebih berani,\" ujar Wagiman."),
        ("bj", "Harga Beras di Pasar Wonosari Naik Rp 1.000 per Kilogram", "2015/09/02/harga-beras-di-pasar-wonosari-naik"),
        ("p", "Batang sorgum juga tidak terbuang. Setelah panen, batangnya dicacah untuk pakan sapi, yang di musim kemarau biasanya sulit didapat. Sebagian petani bahkan memeras batang sorgum manis untuk diambil niranya, lalu dimasak menjadi gula cair."),
        ("p", "Dinas Pertanian dan Pangan Kabupaten Gunungkidul mencatat, luas tanaman sorgum di kabupaten itu tahun ini mencapai sekitar 210 hektare, tersebar di tujuh kecamatan. Angka itu masih kecil dibandingkan jagung yang ditanam di lebih dari 60.000 hektare, tetapi terus bertambah setiap musim."),
        ("p", "Kepala Bidang Tanaman Pangan dinas tersebut, Sri Wahyuningsih, mengatakan pemerintah daerah menyiapkan bantuan benih sorgum untuk 20 kelompok tani pada musim tanam berikutnya. \"Kami tidak meminta petani meninggalkan jagung. Sorgum bisa menjadi pilihan di lahan yang paling kering, supaya petani tetap punya penghasilan saat kemarau,\" katanya."),
        ("p", "Meski demikian, beralih ke sorgum tidak semudah membalik telapak tangan. Petani harus belajar cara menanam, merawat, hingga mengolah hasil panen yang berbeda dari jagung. Burung pipit juga menjadi hama utama karena gemar memakan biji sorgum yang mulai menguning."),
        ("p", "Untuk mengatasi hama burung, sebagian petani membungkus malai sorgum dengan kantong plastik atau kain kasa menjelang panen. Cara itu memakan waktu dan biaya, tetapi menurut Wagiman jauh lebih murah dibandingkan kehilangan sepertiga hasil panen. Kelompok tani juga bergiliran menjaga ladang pada pagi dan sore hari, saat burung paling aktif mencari makan."),
        ("p", "Tantangan lain ada pada pengolahan. Biji sorgum harus disosoh untuk menghilangkan kulit arinya sebelum bisa dimasak atau digiling menjadi tepung, dan mesin penyosoh belum banyak tersedia di desa. Kelompok Tani Sekar Arum kini menabung untuk membeli satu mesin yang bisa dipakai bersama oleh anggota dan petani dari desa tetangga."),
        ("p", "Di pasar tradisional Wonosari, produk olahan sorgum mulai mudah dijumpai, mulai dari beras sorgum, tepung, hingga kue dan keripik. Seorang pedagang, Sumiyati (48), mengatakan pembelinya kebanyakan warga yang sedang menjalani diet rendah gula atau menghindari gandum. \"Dulu tidak ada yang kenal. Sekarang ada pelanggan tetap yang datang tiap pekan,\" ujarnya."),
        ("p", "Para petani berharap pemerintah membantu membuka pasar yang lebih luas, termasuk melalui program pangan lokal di sekolah dan rumah sakit. Menurut mereka, permintaan yang stabil akan membuat lebih banyak petani berani menanam sorgum di musim kemarau berikutnya."),
        ("p", "Penyuluh pertanian lapangan di Kecamatan Semanu, Tri Handayani, mengatakan pihaknya mencatat setidaknya enam kelompok tani baru yang menyatakan minat menanam sorgum tahun depan. Mereka akan mendapat pendampingan mulai dari pemilihan benih, pengaturan jarak tanam, hingga cara menyimpan biji agar tidak rusak dimakan kutu."),
        ("p", "Sebagian petani muda juga mulai memasarkan hasil olahan sorgum melalui media sosial dan toko daring. Mereka menjual beras sorgum dalam kemasan kecil dengan label yang menjelaskan asal-usul produk dan cara memasaknya. Menurut para petani, cara ini memberikan harga jual yang jauh lebih baik dibandingkan menjual biji mentah kepada pengepul."),
    ],
    related=[("Ribuan Hektare Sawah di DIY Terancam Puso", 12), ("Petani Bantul Panen Bawang Merah Lebih Awal", 30),
             ("Sumur Bor Bantuan Warga Mulai Beroperasi", 48), ("Harga Jagung Pipil Naik Jelang Musim Tanam", 75)],
    entities=[("GUNUNGKIDUL", "LOC"), ("Gunungkidul", "LOC"), ("Kabupaten Gunungkidul", "LOC"), ("Kabar Nusantara", "ORG"),
              ("Daerah Istimewa Yogyakarta", "LOC"), ("Desa Candirejo", "LOC"), ("Kecamatan Semanu", "LOC"),
              ("Parjiyo", "PER"), ("Kelompok Tani Sekar Arum", "ORG"), ("Wagiman", "PER"), ("Kota Yogyakarta", "LOC"),
              ("Dinas Pertanian dan Pangan Kabupaten Gunungkidul", "ORG"), ("Sri Wahyuningsih", "PER"), ("Wonosari", "LOC"), ("Sumiyati", "PER")],
    phenomena=["paginated", "inline-related", "dateline", "photo-caption", "localized-date",
               "local-time-zone", "json-ld", "nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
               "comments", "related-list", "ad-slots", "most-read", "tag-list", "decoy-date"],
    notes="Page 1 of 3: the body is the part this page holds; the two 'Baca juga:' lines and the 'Halaman 1 2 3' links are left out.",
))

# 02: relative date, one "Baca juga", dateline
ARTICLES.append(dict(
    id=f"{SITE}-02", old_yoast=True, seed=2, cat="ekonomi", pid=20554, read=4,
    url=f"{HOST}/ekonomi/20554/harga-cabai-rawit-di-medan-tembus-rp-90000-per-kilogram/",
    pub=dt(2018, 1, 23, 8, 40), today=dt(2018, 1, 23, 10, 40), relative=True,
    author="Friska Simanjuntak", editor="Bonifasius Tarigan", comments=[],
    headline="Harga Cabai Rawit di Medan Tembus Rp 90.000 per Kilogram",
    desc="Harga cabai rawit di sejumlah pasar tradisional di Kota Medan melonjak tajam dalam sepekan terakhir.",
    tags=["harga cabai", "Medan", "inflasi", "pasar tradisional"], img="cabai-rawit-medan.jpg",
    caption=("Pedagang menata cabai rawit di Pasar Sukaramai, Medan, Selasa (23/1/2018).", "(Kabar Nusantara/Friska Simanjuntak)"),
    parts=[
        ("p", "<strong>MEDAN, Kabar Nusantara</strong> – Harga cabai rawit di sejumlah pasar tradisional di Kota Medan, Sumatera Utara, melonjak tajam dalam sepekan terakhir. Di Pasar Sukaramai, cabai rawit hijau dijual hingga Rp 90.000 per kilogram, naik hampir dua kali lipat dibandingkan awal Januari."),
        ("p", "Kenaikan juga terjadi pada cabai merah keriting yang kini dijual Rp 55.000 per kilogram dari sebelumnya Rp 38.000. Sementara itu, harga bawang merah relatif stabil di kisaran Rp 28.000 per kilogram."),
        ("p", "Seorang pedagang, Rosmawati Br Ginting (47), mengatakan pasokan cabai dari daerah sentra produksi berkurang drastis sejak hujan deras melanda kawasan dataran tinggi Karo dua pekan lalu. \"Biasanya saya ambil satu karung sehari, sekarang setengah karung saja susah,\" ujarnya, Selasa (23/1/2018)."),
        ("bj", "Banjir Rendam Ratusan Hektare Lahan Hortikultura di Dataran Tinggi", "ekonomi/20391/banjir-rendam-ratusan-hektare-lahan-hortikultura"),
        ("p", "Menurut Rosmawati, banyak pembeli kini mengurangi jumlah belanja. Pemilik warung makan yang biasanya membeli dua kilogram cabai sehari, kata dia, kini hanya membeli setengahnya dan mencampurnya dengan cabai kering."),
        ("ad",),
        ("p", "Pengamat ekonomi pertanian dari Lembaga Kajian Pangan Sumatera, Hendra Manurung, menilai lonjakan harga cabai merupakan pola musiman yang berulang hampir setiap awal tahun. Curah hujan tinggi membuat banyak tanaman cabai busuk sebelum dipanen, sementara permintaan tetap tinggi."),
        ("p", "\"Masalahnya, kita belum punya sistem penyimpanan yang baik. Cabai segar hanya bertahan beberapa hari, jadi ketika panen berlimpah harganya anjlok, dan ketika gagal panen harganya melambung,\" kata Hendra."),
        ("p", "Ia menyarankan agar petani dan pedagang mulai mengembangkan pengolahan cabai, seperti cabai kering atau bubuk, untuk menjaga stabilitas pasokan. Selain itu, pola tanam juga perlu diatur agar panen tidak menumpuk pada bulan yang sama."),
        ("p", "Di tingkat konsumen, sebagian ibu rumah tangga mulai beralih ke cabai olahan. Lina Hutapea (38), warga Kecamatan Medan Johor, mengaku kini membeli sambal kemasan untuk kebutuhan sehari-hari. \"Lebih hemat. Cabai segar saya beli sedikit saja untuk masak gulai,\" katanya."),
        ("p", "Para pedagang memperkirakan harga cabai baru akan turun pada akhir Februari, ketika panen di sejumlah daerah di luar Sumatera Utara mulai masuk ke Medan."),
    ],
    related=[("Harga Bawang Putih Mulai Turun di Pasar Tradisional", 9), ("Operasi Pasar Beras Digelar di Lima Kecamatan", 20),
             ("Petani Karo Keluhkan Harga Pupuk Nonsubsidi", 41), ("Inflasi Desember Dipicu Kenaikan Harga Pangan", 23)],
    entities=[("MEDAN", "LOC"), ("Medan", "LOC"), ("Kota Medan", "LOC"), ("Kabar Nusantara", "ORG"), ("Sumatera Utara", "LOC"),
              ("Pasar Sukaramai", "LOC"), ("Rosmawati Br Ginting", "PER"), ("Rosmawati", "PER"), ("Karo", "LOC"),
              ("Lembaga Kajian Pangan Sumatera", "ORG"), ("Hendra Manurung", "PER"), ("Hendra", "PER"),
              ("Lina Hutapea", "PER"), ("Kecamatan Medan Johor", "LOC")],
    phenomena=["relative-date", "date-only-in-metadata", "inline-related", "dateline", "photo-caption", "local-time-zone",
               "json-ld", "nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments",
               "related-list", "ad-slots", "most-read", "tag-list", "decoy-date"],
    notes="The visible date is only '2 jam lalu'; published comes from the <time datetime> attribute, article:published_time and JSON-LD (all 2018-01-23T08:40+07:00); the top bar shows today's date, which falls on the same day but is not a publication statement.",
))

# 03: paginated, one "Baca juga", SEO title
ARTICLES.append(dict(
    id=f"{SITE}-03", old_yoast=True, seed=3, cat="teknologi", pid=31206, pages=2, read=6,
    url=f"{HOST}/teknologi/31206/aplikasi-antrean-buatan-anak-muda-makassar-pangkas-waktu-tunggu-di-puskesmas/",
    pub=dt(2019, 10, 2, 13, 5), today=dt(2019, 10, 3, 6, 30), bj_style="div",
    author="Andi Nurul Fadhilah", editor="Yosua Pattiasina", comments=[("Irwan", "Mantap, semoga bisa dipakai di kabupaten juga.", 20)],
    headline="Aplikasi Antrean Buatan Anak Muda Makassar Pangkas Waktu Tunggu di Puskesmas",
    title="LoketPintar, Aplikasi Antrean Puskesmas Karya Anak Makassar yang Bikin Pasien Tak Perlu Datang Subuh - Kabar Nusantara",
    desc="Aplikasi antrean daring buatan empat anak muda Makassar memangkas waktu tunggu pasien di sembilan puskesmas.",
    tags=["startup", "Makassar", "layanan kesehatan", "aplikasi"], img="loketpintar-makassar.jpg",
    caption=("Petugas puskesmas memanggil pasien yang mendaftar melalui aplikasi LoketPintar di Makassar.", "(Kabar Nusantara/Andi Nurul Fadhilah)"),
    parts=[
        ("p", "<strong>MAKASSAR, Kabar Nusantara</strong> – Antrean panjang yang mengular sejak subuh di depan loket puskesmas mulai berkurang di sejumlah kecamatan di Makassar, Sulawesi Selatan. Penyebabnya, sebuah aplikasi antrean daring buatan empat anak muda lulusan kampus setempat."),
        ("p", "Aplikasi bernama LoketPintar itu memungkinkan pasien mengambil nomor antrean dari rumah melalui ponsel, lalu memantau nomor yang sedang dilayani secara langsung. Pasien cukup datang sekitar 15 menit sebelum gilirannya tiba."),
        ("p", "\"Dulu ibu-ibu datang jam lima pagi hanya untuk ambil nomor, padahal dokter baru mulai praktik jam delapan. Itu yang ingin kami ubah,\" kata Muhammad Fadli Rasyid (26), salah satu pendiri LoketPintar, saat ditemui di kantornya di kawasan Panakkukang, Rabu (2/10/2019)."),
        ("bj", "Mahasiswa Makassar Rancang Alat Pendeteksi Banjir Berbasis Sensor", "2019/08/14/mahasiswa-makassar-rancang-alat-pendeteksi-banjir"),
        ("p", "Sejak diuji coba pada Maret lalu, LoketPintar telah digunakan di sembilan puskesmas dengan total lebih dari 41.000 pengguna terdaftar. Berdasarkan catatan tim pengembang, rata-rata waktu tunggu pasien di puskesmas yang menggunakan aplikasi itu turun dari sekitar dua jam menjadi 35 menit."),
        ("ad",),
        ("p", "Salah satu pengguna, Hasnah (52), mengaku sangat terbantu. Ia rutin memeriksakan tekanan darahnya setiap bulan dan dulu harus meninggalkan warung kelontongnya setengah hari. \"Sekarang saya lihat dulu di HP, kalau sudah dekat baru berangkat. Warung tidak perlu tutup lama,\" ujarnya."),
        ("p", "Menurut data tim pengembang, jumlah pasien yang datang sebelum pukul enam pagi di puskesmas pengguna aplikasi turun hampir 80 persen. Petugas keamanan di salah satu puskesmas bahkan menyebut pagar depan yang dulu dipenuhi antrean sejak subuh kini sepi hingga jam layanan dibuka."),
        ("p", "Kepala salah satu puskesmas yang telah memakai aplikasi itu, dr. Nurhayati Latief, mengatakan penumpukan pasien di ruang tunggu juga berkurang drastis. Menurut dia, petugas kini bisa memperkirakan jumlah pasien setiap hari sehingga pembagian tugas menjadi lebih teratur."),
        ("p", "Dinas Kesehatan Kota Makassar menyatakan tertarik memperluas penggunaan aplikasi tersebut ke seluruh 47 puskesmas di kota itu. Namun, menurut Kepala Seksi Pelayanan Kesehatan Primer, Andi Muh. Arfah, perluasan masih menunggu kajian keamanan data pasien."),
        ("p", "\"Data kesehatan itu sensitif. Kami ingin memastikan data pasien tersimpan dengan aman dan tidak bisa disalahgunakan sebelum aplikasi ini dipakai lebih luas,\" kata Arfah."),
        ("p", "Meski begitu, tidak semua pasien bisa memanfaatkan aplikasi tersebut. Sebagian warga lanjut usia tidak memiliki ponsel pintar atau kesulitan mengoperasikannya. Untuk itu, puskesmas tetap menyediakan loket antrean manual, dan tim LoketPintar menempatkan relawan untuk membantu warga mendaftar."),
        ("p", "Tim pengembang LoketPintar juga menyiapkan fitur pengingat melalui pesan singkat bagi pasien yang tidak memiliki ponsel pintar. Dengan fitur itu, pasien cukup mendaftar sekali di loket, lalu akan menerima pesan ketika nomor antreannya sudah dekat. Fitur tersebut dijadwalkan mulai diuji coba bulan depan di dua puskesmas."),
        ("p", "Muhammad Fadli Rasyid mengatakan, timnya tidak memungut biaya dari pasien. Pendapatan perusahaan rintisan itu berasal dari biaya langganan yang dibayar puskesmas dan klinik swasta, yang menurut dia jauh lebih murah dibandingkan biaya pengadaan sistem antrean elektronik konvensional."),
    ],
    related=[("Startup Lokal Berebut Pendanaan Tahap Awal", 40), ("Layanan Telemedis Mulai Dilirik Warga Pinggiran Kota", 88),
             ("Kompetisi Aplikasi Pelayanan Publik Diikuti 200 Tim", 120), ("Warga Keluhkan Antrean BPJS di Rumah Sakit Daerah", 15)],
    entities=[("MAKASSAR", "LOC"), ("Makassar", "LOC"), ("Kabar Nusantara", "ORG"), ("Sulawesi Selatan", "LOC"),
              ("LoketPintar", "MISC"), ("Muhammad Fadli Rasyid", "PER"), ("Panakkukang", "LOC"), ("Hasnah", "PER"),
              ("Nurhayati Latief", "PER"), ("Dinas Kesehatan Kota Makassar", "ORG"), ("Andi Muh. Arfah", "PER"), ("Arfah", "PER")],
    phenomena=["paginated", "inline-related", "title-differs-from-headline", "dateline", "photo-caption",
               "localized-date", "local-time-zone", "json-ld", "nav-menu", "footer-links", "cookie-banner", "newsletter-box",
               "share-bar", "comments", "related-list", "ad-slots", "most-read", "tag-list", "decoy-date"],
    notes="Page 1 of 2; LoketPintar is typed MISC as the app (product) throughout, including 'pendiri LoketPintar' where it names the team behind it.",
))

# 04: relative date, author bio, no inline related, no dateline
ARTICLES.append(dict(
    id=f"{SITE}-04", title_bare=True, seed=4, cat="olahraga", pid=52918, read=4,
    url=f"{HOST}/tim-voli-putri-surabaya-juarai-turnamen-antarklub-jawa-timur/",
    pub=dt(2021, 11, 14, 18, 20), today=dt(2021, 11, 14, 23, 20), relative=True,
    author="Galih Prakoso", editor="Sekar Ayuningtyas", comments=[("Nanda", "Selamat Samudra Putri! Melati luar biasa.", 2)],
    bio="Galih Prakoso meliput olahraga di Jawa Timur sejak 2014, dengan perhatian khusus pada bola voli dan kompetisi amatir.",
    headline="Tim Voli Putri Surabaya Juarai Turnamen Antarklub Jawa Timur",
    desc="Samudra Putri Surabaya menjuarai Turnamen Bola Voli Antarklub Jawa Timur 2021 setelah menundukkan Garuda Muda Malang 3-1.",
    tags=["bola voli", "Surabaya", "olahraga daerah"], img="samudra-putri-juara.jpg",
    caption=("Para pemain Samudra Putri Surabaya merayakan gelar juara di GOR Kertajaya, Surabaya, Minggu (14/11/2021).", "(Kabar Nusantara/Galih Prakoso)"),
    parts=[
        ("p", "Samudra Putri Surabaya keluar sebagai juara Turnamen Bola Voli Antarklub Jawa Timur 2021 setelah menundukkan Garuda Muda Malang dengan skor 3-1 (25-21, 22-25, 25-18, 25-20) pada laga final di GOR Kertajaya, Surabaya, Minggu (14/11/2021)."),
        ("p", "Kemenangan ini menjadi gelar pertama Samudra Putri sejak klub itu berdiri enam tahun lalu. Pada dua edisi sebelumnya, mereka selalu terhenti di babak semifinal."),
        ("p", "Pelatih Samudra Putri, Yosef Hariyanto, mengatakan kunci kemenangan timnya terletak pada servis yang agresif dan pertahanan yang rapat. Menurut dia, para pemain berhasil menjalankan instruksi untuk menekan penerima bola lawan sejak awal set."),
        ("p", "\"Di set kedua kami sempat kehilangan fokus dan lawan bisa memanfaatkannya. Tetapi anak-anak cepat bangkit. Saya bangga dengan mental mereka,\" kata Yosef seusai pertandingan."),
        ("ad",),
        ("p", "Penampilan gemilang ditunjukkan oleh pemain sayap Samudra Putri, Melati Kusumawardani, yang mencetak 24 poin sepanjang laga. Pemain berusia 19 tahun itu juga dinobatkan sebagai pemain terbaik turnamen."),
        ("p", "\"Ini turnamen pertama saya sebagai pemain inti. Rasanya seperti mimpi,\" ujar Melati, yang masih tercatat sebagai mahasiswi semester tiga di salah satu perguruan tinggi di Surabaya."),
        ("p", "Melati mulai bermain bola voli sejak duduk di bangku sekolah dasar di Sidoarjo. Ia bergabung dengan Samudra Putri tiga tahun lalu setelah tampil menonjol di kejuaraan pelajar tingkat provinsi. Yosef menyebut Melati sebagai pemain dengan lompatan terbaik yang pernah ia latih."),
        ("p", "Sementara itu, pelatih Garuda Muda Malang, Agustinus Wirawan, mengakui keunggulan lawan. Ia menilai timnya terlalu banyak melakukan kesalahan sendiri, terutama pada servis, di set ketiga dan keempat. \"Kami akan evaluasi. Tim ini masih muda, masih banyak waktu untuk berkembang,\" katanya."),
        ("p", "Statistik pertandingan menunjukkan Samudra Putri unggul jauh dalam servis langsung, dengan 11 poin ace berbanding 4 milik lawan. Garuda Muda Malang sebenarnya unggul dalam blok, tetapi kesalahan penerimaan bola di set penentuan membuat mereka tertinggal enam poin dan tak mampu mengejar."),
        ("p", "Final tahun ini juga mencatat sejarah bagi Garuda Muda Malang, yang untuk pertama kalinya mencapai partai puncak. Klub yang baru berdiri empat tahun lalu itu mengandalkan pemain-pemain muda lulusan sekolah olahraga di Malang, dengan rata-rata usia pemain inti 20 tahun."),
        ("p", "Sejumlah pencari bakat dari klub-klub peserta liga nasional terlihat hadir di tribune selama babak semifinal dan final. Beberapa pemain dari kedua finalis disebut-sebut masuk dalam daftar incaran untuk musim kompetisi mendatang, termasuk Melati yang tampil menonjol sepanjang turnamen. Pelatih Yosef mengaku tidak keberatan jika pemainnya dilirik klub lain, karena itu berarti pembinaan klub berjalan baik."),
        ("p", "Pertandingan final sempat tertunda sekitar 20 menit karena gangguan listrik di gedung olahraga. Panitia memastikan penonton tetap tertib selama menunggu, sementara kedua tim melakukan pemanasan ulang sebelum laga dimulai kembali."),
        ("p", "Garuda Muda Malang sebenarnya tampil meyakinkan sepanjang turnamen. Tim asuhan Agustinus itu tidak kehilangan satu set pun sejak babak penyisihan hingga semifinal, termasuk saat mengalahkan juara bertahan, Bintang Timur Kediri, dengan skor 3-0."),
        ("p", "Turnamen yang berlangsung selama sepekan itu diikuti 16 klub dari berbagai kota di Jawa Timur. Panitia mencatat lebih dari 9.000 penonton menyaksikan pertandingan sejak babak penyisihan, meski jumlah kursi di tribune dibatasi setengah kapasitas."),
        ("p", "Ketua panitia penyelenggara, Hadi Susanto, mengatakan turnamen tahun ini menjadi yang pertama digelar dengan penonton sejak pandemi. Menurut dia, antusiasme masyarakat menunjukkan bola voli masih menjadi salah satu olahraga paling digemari di Jawa Timur. \"Tahun depan kami ingin menambah jumlah peserta dan menggelar babak penyisihan di beberapa kota,\" ujarnya."),
        ("p", "Bagi Kota Surabaya, gelar ini menambah deretan prestasi klub bola voli putri asal kota tersebut dalam beberapa tahun terakhir. Pengurus Persatuan Bola Voli Kota Surabaya berencana menggelar kompetisi antarklub tingkat kota secara rutin setiap tahun untuk menjaring bibit pemain muda."),
        ("p", "Seusai laga, ratusan pendukung Samudra Putri yang mengenakan kaus biru memenuhi pinggir lapangan untuk berfoto bersama para pemain. Beberapa di antaranya adalah siswi sekolah menengah yang bergabung dengan program pembinaan usia muda klub tersebut. \"Mereka melihat kakak-kakaknya juara. Itu motivasi terbaik,\" kata Yosef."),
        ("p", "Sebagai juara, Samudra Putri berhak atas hadiah uang Rp 75 juta serta tiket untuk tampil di kejuaraan antarklub tingkat nasional yang dijadwalkan berlangsung awal tahun depan."),
    ],
    related=[("Samudra Putri Tembus Final Usai Kalahkan Juara Bertahan", 2), ("Jadwal Lengkap Turnamen Voli Antarklub Jatim", 8),
             ("Pemain Voli Muda Jatim Dipanggil Seleksi Pelatnas", 60), ("GOR Baru Siap Jadi Tuan Rumah Kejurnas", 150)],
    entities=[("Surabaya", "LOC"), ("Jawa Timur", "LOC"), ("Samudra Putri Surabaya", "ORG"), ("Samudra Putri", "ORG"),
              ("Turnamen Bola Voli Antarklub Jawa Timur 2021", "MISC"), ("Garuda Muda Malang", "ORG"), ("GOR Kertajaya", "LOC"),
              ("Yosef Hariyanto", "PER"), ("Yosef", "PER"), ("Melati Kusumawardani", "PER"), ("Melati", "PER"),
              ("Agustinus Wirawan", "PER"), ("Sidoarjo", "LOC"), ("Kota Surabaya", "LOC"), ("Persatuan Bola Voli Kota Surabaya", "ORG"), ("Agustinus", "PER"), ("Bintang Timur Kediri", "ORG"),
              ("Hadi Susanto", "PER")],
    phenomena=["relative-date", "date-only-in-metadata", "author-bio", "photo-caption", "local-time-zone", "json-ld",
               "nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments", "related-list",
               "ad-slots", "most-read", "tag-list", "decoy-date"],
    notes="The visible date is only '5 jam lalu'; published comes from the <time datetime> attribute and the metadata (the top bar's date of today is a decoy); the event name is one MISC mention (Jawa Timur inside it is not annotated separately).",
))

# 05: two "Baca juga" lines, data table
ARTICLES.append(dict(
    id=f"{SITE}-05", no_time=True, seed=5, cat="gaya-hidup", pid=61733, read=5,
    url=f"{HOST}/wisata/61733/wisatawan-kembali-padati-labuan-bajo-semester-i-tembus-98000-orang/",
    pub=dt(2022, 7, 19, 11, 0), today=dt(2022, 7, 20, 7, 10),
    author="Maria Yunita Ndoen", editor="Ratna Kusumaningrum",
    comments=[("Paulus", "Semoga sampahnya betul-betul diurus. Laut di sana terlalu indah untuk rusak.", 5),
              ("Rina S.", "Harga kapal pinisi sekarang naik banyak ya.", 26)],
    headline="Wisatawan Kembali Padati Labuan Bajo, Semester I Tembus 98.000 Orang",
    desc="Jumlah wisatawan ke Labuan Bajo sepanjang semester pertama 2022 mencapai lebih dari 98.000 orang.",
    tags=["Labuan Bajo", "pariwisata", "NTT", "wisata bahari"], img="labuan-bajo-pelabuhan.jpg",
    caption=("Kapal-kapal wisata bersandar di pelabuhan Labuan Bajo, Manggarai Barat, Senin (18/7/2022).", "(Kabar Nusantara/Maria Yunita Ndoen)"),
    parts=[
        ("p", "<strong>LABUAN BAJO, Kabar Nusantara</strong> – Geliat pariwisata di Labuan Bajo, Kabupaten Manggarai Barat, Nusa Tenggara Timur, kembali terasa. Sepanjang semester pertama 2022, jumlah wisatawan yang berkunjung ke kota pelabuhan di ujung barat Pulau Flores itu mencapai lebih dari 98.000 orang."),
        ("p", "Angka itu hampir tiga kali lipat dibandingkan periode yang sama tahun lalu, berdasarkan data yang dihimpun Forum Pariwisata Flores Barat dari hotel, operator kapal wisata, dan agen perjalanan di kawasan tersebut."),
        ("table", "Jumlah wisatawan ke Labuan Bajo, Januari–Juni 2022", [
            ["Bulan", "Wisatawan domestik", "Wisatawan mancanegara", "Total"],
            ["Januari", "7.820", "1.140", "8.960"],
            ["Februari", "6.350", "980", "7.330"],
            ["Maret", "9.410", "2.260", "11.670"],
            ["April", "11.200", "3.950", "15.150"],
            ["Mei", "16.480", "6.020", "22.500"],
            ["Juni", "23.150", "9.840", "32.990"],
            ["Total", "74.410", "24.190", "98.600"],
        ], "Sumber: Forum Pariwisata Flores Barat"),
        ("p", "Ketua Forum Pariwisata Flores Barat, Fransiskus Ndala, mengatakan lonjakan kunjungan mulai terasa sejak April, seiring pelonggaran aturan perjalanan dan dibukanya kembali penerbangan langsung dari sejumlah kota besar."),
        ("p", "\"Bulan Juni kemarin, kapal-kapal pinisi hampir selalu penuh. Beberapa operator bahkan menolak tamu karena armadanya sudah dipesan sampai Agustus,\" kata Fransiskus, Selasa (19/7/2022)."),
        ("bj", "Pemandu Wisata Lokal Ikuti Pelatihan Bahasa Asing dan Konservasi", "wisata/61502/pemandu-wisata-lokal-ikuti-pelatihan-bahasa-asing"),
        ("p", "Kebangkitan pariwisata dirasakan langsung pelaku usaha kecil. Yohana Bunga (41), pemilik usaha penyewaan alat selam di kawasan Kampung Ujung, mengatakan pendapatannya kini sudah kembali ke tingkat sebelum pandemi. Ia bahkan merekrut dua karyawan baru untuk melayani tamu."),
        ("ad",),
        ("p", "Meski demikian, lonjakan wisatawan juga membawa persoalan. Sejumlah warga mengeluhkan kemacetan di ruas jalan utama menuju pelabuhan pada sore hari, serta meningkatnya volume sampah di kawasan pantai."),
        ("p", "Fransiskus mengakui persoalan tersebut perlu segera ditangani bersama. Forum, kata dia, tengah menyusun program pengelolaan sampah berbasis komunitas yang melibatkan pelaku usaha, termasuk kewajiban setiap kapal wisata membawa kembali sampah yang dihasilkan selama pelayaran."),
        ("p", "Pemerintah Kabupaten Manggarai Barat sendiri tengah menyiapkan aturan baru mengenai kuota kunjungan ke sejumlah pulau kecil yang paling ramai dikunjungi, agar daya dukung lingkungan tetap terjaga. Aturan itu ditargetkan rampung sebelum musim liburan akhir tahun."),
        ("p", "Di sisi lain, pelaku usaha berharap lonjakan kunjungan juga diimbangi perbaikan infrastruktur dasar, terutama pasokan air bersih dan listrik yang kerap terganggu saat musim ramai. \"Hotel penuh, tetapi air sering mati. Tamu tidak mau tahu alasannya,\" kata Yohana."),
        ("bj", "Operator Kapal Wisata Wajib Pasang Alat Pelacak Mulai Bulan Depan", "wisata/61690/operator-kapal-wisata-wajib-pasang-alat-pelacak"),
        ("p", "\"Kami tidak ingin Labuan Bajo ramai sesaat lalu rusak. Pariwisata di sini bergantung pada laut yang bersih,\" ujarnya."),
    ],
    related=[("Penerbangan Langsung ke Flores Dibuka Kembali", 60), ("Harga Tiket Kapal Wisata Naik Jelang Musim Liburan", 14),
             ("Desa Wisata di Pesisir Flores Kebanjiran Tamu", 33), ("Terumbu Karang Rusak Akibat Jangkar Kapal", 110)],
    entities=[("LABUAN BAJO", "LOC"), ("Labuan Bajo", "LOC"), ("Kabar Nusantara", "ORG"), ("Kabupaten Manggarai Barat", "LOC"),
              ("Nusa Tenggara Timur", "LOC"), ("Pulau Flores", "LOC"), ("Forum Pariwisata Flores Barat", "ORG"),
              ("Fransiskus Ndala", "PER"), ("Fransiskus", "PER"), ("Yohana Bunga", "PER"), ("Kampung Ujung", "LOC"),
              ("Manggarai Barat", "LOC")],
    phenomena=["inline-related", "table-in-body", "subheadings", "dateline", "photo-caption", "localized-date",
               "local-time-zone", "json-ld", "nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
               "comments", "related-list", "ad-slots", "most-read", "tag-list", "decoy-date"],
    notes="The bold line above the table works as the table's title and is kept as a heading; the source line is an optional caption.",
))

# 06: paginated, no inline related, comments closed
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, cat="gaya-hidup", pid=70415, pages=3, read=8,
    url=f"{HOST}/2023/02/25/bertahan-70-tahun-warung-kopi-di-tepi-kapuas-ini-tetap-setia-dengan-tungku-arang/",
    pub=dt(2023, 2, 25, 9, 30), today=dt(2023, 2, 26, 8, 5),
    author="Desy Kartikasari", editor="Yosua Pattiasina",
    headline="Bertahan 70 Tahun, Warung Kopi di Tepi Kapuas Ini Tetap Setia dengan Tungku Arang",
    desc="Warkop Sinar Kapuas di Pontianak tetap meracik kopi dengan tungku arang sejak 1953.",
    tags=["kuliner", "Pontianak", "warung kopi", "usaha keluarga"], img="warkop-sinar-kapuas.jpg",
    caption=("Phang Kian Tjoe menuang kopi di Warkop Sinar Kapuas, Pontianak, Sabtu (25/2/2023).", "(Kabar Nusantara/Desy Kartikasari)"),
    parts=[
        ("p", "<strong>PONTIANAK, Kabar Nusantara</strong> – Aroma kopi langsung tercium begitu melangkah masuk ke Warkop Sinar Kapuas, sebuah warung kopi sederhana di gang sempit tak jauh dari tepian Sungai Kapuas. Pukul enam pagi, hampir semua meja kayu di warung itu sudah terisi."),
        ("p", "Di balik meja racik, Phang Kian Tjoe (68) dengan cekatan menuang kopi dari ketel besar ke saringan kain panjang, lalu mengangkatnya tinggi-tinggi hingga kopi jatuh berbuih ke dalam gelas. Gerakan itu sudah ia lakukan ribuan kali sejak remaja."),
        ("p", "Warkop Sinar Kapuas didirikan ayahnya pada 1953. Sejak awal, warung ini mempertahankan cara lama: kopi disangrai sendiri di belakang warung, lalu direbus di atas tungku arang. \"Pakai kompor gas memang lebih cepat, tapi rasanya lain. Arang bikin panasnya stabil,\" kata Phang, Sabtu (25/2/2023)."),
        ("p", "Biji kopi liberika yang dipakai dipasok oleh petani yang sama selama lebih dari 30 tahun. Setiap pekan, Phang menyangrai sekitar 40 kilogram biji kopi dengan wajan besi besar, dicampur sedikit mentega dan gula agar aromanya lebih harum."),
        ("ad",),
        ("p", "Harga secangkir kopi hitam di warung ini Rp 6.000, sementara kopi susu Rp 9.000. Menu pendamping tak banyak berubah: roti srikaya panggang, telur setengah matang, dan kue-kue basah titipan tetangga."),
        ("p", "Pelanggan warung ini lintas generasi. Syarif Hamdani (71) sudah menjadi pelanggan sejak masih bekerja sebagai buruh pelabuhan. Hampir setiap pagi ia datang, memesan kopi yang sama, dan duduk di meja yang sama. \"Di sini tempat kami bertukar kabar. Dari harga karet sampai urusan cucu, semua dibahas di meja ini,\" ujarnya sambil tertawa."),
        ("p", "Belakangan, warung ini juga ramai didatangi anak muda. Sejumlah pelanggan baru mengaku mengenal Warkop Sinar Kapuas dari unggahan di media sosial. Pada akhir pekan, antrean bahkan bisa mengular hingga ke mulut gang."),
        ("p", "Bagi Phang, perhatian itu menyenangkan sekaligus membuatnya cemas. Ia khawatir tidak ada yang melanjutkan usaha keluarga ini. Dua anaknya bekerja di Jakarta dan belum tentu mau pulang untuk mengurus warung."),
    ],
    related=[("Festival Kuliner Tepian Sungai Digelar Tiga Hari", 20), ("Kedai Kopi Susu Kekinian Menjamur di Pontianak", 95),
             ("Harga Kopi Liberika di Tingkat Petani Naik", 140), ("Pasar Tradisional Tertua di Kota Ini Direvitalisasi", 300)],
    entities=[("PONTIANAK", "LOC"), ("Pontianak", "LOC"), ("Kabar Nusantara", "ORG"), ("Warkop Sinar Kapuas", "ORG"),
              ("Sungai Kapuas", "LOC"), ("Kapuas", "LOC"), ("Phang Kian Tjoe", "PER"), ("Phang", "PER"),
              ("Syarif Hamdani", "PER"), ("Jakarta", "LOC")],
    phenomena=["paginated", "dateline", "photo-caption", "date-in-url", "localized-date", "local-time-zone", "json-ld",
               "nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list", "ad-slots",
               "most-read", "tag-list", "decoy-date", "comments"],
    notes="Page 1 of 3; Warkop Sinar Kapuas is typed ORG (the family business) in every mention, although one mention reads as a place. Adjudicated with the second annotation: the 'Komentar ditutup.' notice in the comments-area container is a comment section (a comment widget container), so comments applies (GUIDELINES 10).",
))

# 07: two "Baca juga" lines, bullet list, update time with update note (variant 09 drops the inserts)
ARTICLES.append(dict(
    id=f"{SITE}-07", no_time=True, seed=7, cat="nasional", pid=88260, read=5,
    url=f"{HOST}/bus-listrik-rute-baru-di-bandung-mulai-beroperasi-ini-lima-hal-yang-perlu-diketahui/",
    pub=dt(2024, 6, 11, 15, 45), upd=dt(2024, 6, 11, 17, 20), today=dt(2024, 6, 12, 6, 40),
    author="Teguh Permana", editor="Sekar Ayuningtyas",
    comments=[("Asep K.", "Semoga halte dekat pasar dikasih atap, kalau hujan repot.", 3)],
    headline="Bus Listrik Rute Baru di Bandung Mulai Beroperasi, Ini Lima Hal yang Perlu Diketahui",
    desc="Bus listrik rute Cibiru–Alun-Alun Bandung resmi beroperasi mulai Selasa (11/6/2024).",
    tags=["bus listrik", "Bandung", "transportasi umum"], img="bus-listrik-bandung.jpg",
    caption=("Penumpang menaiki bus listrik rute Cibiru–Alun-Alun Bandung pada hari pertama operasi, Selasa (11/6/2024).", "(Kabar Nusantara/Teguh Permana)"),
    parts=[
        ("p", "<strong>BANDUNG, Kabar Nusantara</strong> – Warga Kota Bandung, Jawa Barat, kini punya pilihan transportasi umum baru. Mulai Selasa (11/6/2024), bus listrik rute Cibiru–Alun-Alun Bandung resmi beroperasi dan melayani penumpang setiap hari."),
        ("p", "Rute sepanjang 18 kilometer itu dilayani oleh 12 unit bus listrik berkapasitas 60 penumpang yang dioperasikan PT Parahyangan Transit. Peluncuran layanan ini ditandai dengan perjalanan perdana yang diikuti puluhan penumpang umum sejak pukul 05.30 WIB."),
        ("p", "Direktur Operasional PT Parahyangan Transit, Hendrik Sasmita, mengatakan rute ini dipilih karena selama ini menjadi salah satu koridor dengan kepadatan lalu lintas tertinggi di Bandung timur. \"Kami berharap warga yang biasa membawa kendaraan pribadi ke pusat kota mau mencoba beralih,\" ujarnya."),
        ("bj", "Uji Coba Jalur Sepeda Permanen di Jalan Protokol Diperpanjang", "uji-coba-jalur-sepeda-permanen-di-jalan-protokol-diperpanjang"),
        ("p", "Bagi warga yang ingin mencoba, berikut lima hal yang perlu diketahui tentang layanan bus listrik tersebut:"),
        ("ul", ["Tarif Rp 4.900 sekali jalan, dan gratis selama dua pekan pertama masa operasi.",
                "Pembayaran hanya menggunakan kartu uang elektronik atau kode QR, tidak menerima uang tunai.",
                "Bus beroperasi pukul 05.30–21.00 WIB dengan waktu tunggu rata-rata 15 menit.",
                "Terdapat 24 halte pemberhentian, termasuk di dekat pasar, kampus, dan rumah sakit.",
                "Setiap bus dilengkapi kursi prioritas, ramp untuk kursi roda, serta pendingin udara."]),
        ("ad",),
        ("p", "Salah satu penumpang perdana, Euis Rohaeni (45), mengaku senang dengan kehadiran bus listrik. Pedagang kue itu biasanya naik angkot dua kali untuk sampai ke pusat kota. \"Busnya dingin, tidak berisik, dan tidak ngetem lama. Semoga tarifnya tetap terjangkau setelah gratisnya selesai,\" katanya."),
        ("p", "Pengamat transportasi dari Institut Teknologi Parahyangan, Dimas Arya Wibisono, menilai keberhasilan layanan ini akan sangat bergantung pada ketepatan jadwal dan kemudahan akses ke halte. \"Warga mau pindah ke angkutan umum kalau waktunya bisa diandalkan. Kalau bus sering terlambat, orang akan kembali ke motor,\" katanya."),
        ("bj", "Tarif Parkir di Pusat Kota Naik Mulai Bulan Depan, Ini Rinciannya", "tarif-parkir-di-pusat-kota-naik-mulai-bulan-depan"),
        ("p", "Namun, kehadiran bus listrik juga memunculkan kekhawatiran dari para sopir angkutan kota yang melayani rute serupa. Ketua paguyuban sopir angkot trayek Cibiru, Ujang Supriatna, meminta agar mereka dilibatkan dalam pengembangan layanan, misalnya sebagai pengumpan dari permukiman ke halte."),
        ("p", "Menanggapi hal itu, Hendrik mengatakan pihaknya tengah menjajaki kerja sama dengan paguyuban angkot untuk melayani rute-rute pengumpan. \"Kami tidak ingin ada yang merasa tersingkir. Angkot tetap dibutuhkan untuk menjangkau gang-gang yang tidak bisa dilewati bus,\" ujarnya."),
        ("p", "Pemerintah Kota Bandung juga menyiapkan penataan trotoar dan penyeberangan di sekitar 24 halte yang dilalui bus listrik. Kepala Dinas Perhubungan Kota Bandung, Rina Kartikasari, mengatakan pekerjaan itu ditargetkan selesai dalam tiga bulan. \"Tidak ada gunanya bus yang nyaman kalau penumpangnya harus berjalan di jalan yang rusak untuk sampai ke halte,\" ujarnya."),
        ("p", "PT Parahyangan Transit menargetkan rute tersebut dapat melayani 8.000 penumpang per hari pada akhir tahun ini. Jika berjalan baik, dua rute tambahan menuju kawasan utara dan selatan kota akan dibuka tahun depan."),
        ("p", "Pada hari pertama, petugas mencatat sekitar 3.100 penumpang menggunakan layanan bus listrik, sebagian besar karena tertarik mencoba moda baru yang masih gratis. Antrean sempat terjadi di halte Cibiru pada pagi hari, tetapi berangsur normal setelah operator menambah frekuensi perjalanan pada jam sibuk."),
        ("p", "Bagi mahasiswa yang tinggal di kawasan timur kota, bus listrik menjadi alternatif yang menghemat biaya. Rizky Ramadhan (21), mahasiswa salah satu kampus di pusat kota, memperkirakan bisa menghemat hingga Rp 300.000 per bulan dibandingkan menggunakan ojek daring. \"Asal jadwalnya tepat, saya pasti pakai tiap hari,\" katanya."),
        ("p", "Dinas Perhubungan Kota Bandung juga akan memasang papan informasi digital di sepuluh halte utama yang menampilkan perkiraan waktu kedatangan bus. Informasi yang sama dapat diakses melalui aplikasi resmi operator, yang sejak hari pertama telah diunduh lebih dari 15.000 kali."),
        ("p", "Sejumlah warga juga meminta agar rute bus listrik diperpanjang hingga kawasan permukiman padat di Ujungberung dan Cileunyi, yang selama ini hanya dilayani angkot dan bus kecil. Menurut mereka, banyak pekerja dari kawasan itu yang setiap hari menempuh perjalanan panjang ke pusat kota dan akan sangat terbantu jika layanan diperluas. Operator menyatakan usulan tersebut akan dikaji bersama pemerintah kota setelah evaluasi tiga bulan pertama."),
        ("note", "Artikel ini telah diperbarui pada pukul 17.20 WIB dengan tambahan tanggapan dari PT Parahyangan Transit."),
    ],
    related=[("Angkot di Bandung Mulai Pakai Pembayaran Nontunai", 45), ("Uji Coba Bus Listrik Sepekan, Penumpang Capai 10.000", 70),
             ("Halte Baru Dibangun di Jalur Timur Kota", 100), ("Kemacetan Bandung Timur Jadi Sorotan Warga", 200)],
    entities=[("BANDUNG", "LOC"), ("Bandung", "LOC"), ("Kota Bandung", "LOC"), ("Kabar Nusantara", "ORG"), ("Jawa Barat", "LOC"),
              ("Cibiru", "LOC"), ("Alun-Alun Bandung", "LOC"), ("PT Parahyangan Transit", "ORG"), ("Hendrik Sasmita", "PER"),
              ("Hendrik", "PER"), ("Euis Rohaeni", "PER"), ("Ujang Supriatna", "PER"), ("Institut Teknologi Parahyangan", "ORG"),
              ("Dimas Arya Wibisono", "PER"), ("Pemerintah Kota Bandung", "ORG"), ("Dinas Perhubungan Kota Bandung", "ORG"),
              ("Rina Kartikasari", "PER"), ("Rizky Ramadhan", "PER")],
    phenomena=["inline-related", "list-in-body", "updated-date", "correction-note", "dateline", "photo-caption",
               "localized-date", "local-time-zone", "json-ld", "nav-menu", "footer-links", "cookie-banner", "newsletter-box",
               "share-bar", "comments", "related-list", "ad-slots", "most-read", "tag-list", "decoy-date"],
    notes="The closing italic update notice is an optional note block; the 'Baca juga:' lines are left out of the body.",
))

# 08: subheadings, standfirst, update time, author bio
ARTICLES.append(dict(
    id=f"{SITE}-08", title_bare=True, no_time=True, seed=8, cat="lingkungan", pid=104377, read=6,
    url=f"{HOST}/lingkungan/104377/mangrove-pulih-nelayan-pesisir-demak-kembali-panen-kepiting/",
    pub=dt(2026, 3, 4, 7, 15), upd=dt(2026, 3, 4, 12, 40), today=dt(2026, 3, 4, 20, 30),
    author="Laksmi Wulandari", editor="Bonifasius Tarigan",
    bio="Laksmi Wulandari adalah jurnalis Kabar Nusantara di Semarang yang menulis tentang lingkungan, pesisir, dan perubahan iklim.",
    comments=[("Bagus", "Contoh bagus untuk desa pesisir lain di pantura.", 4)],
    headline="Mangrove Pulih, Nelayan Pesisir Demak Kembali Panen Kepiting",
    excerpt="Lima tahun setelah penanaman kembali, hutan mangrove di pesisir Sayung mulai menahan abrasi dan mengembalikan hasil tangkapan nelayan.",
    desc="Lima tahun setelah penanaman kembali, hutan mangrove di pesisir Sayung mulai menahan abrasi dan mengembalikan hasil tangkapan nelayan.",
    tags=["mangrove", "Demak", "abrasi", "nelayan", "lingkungan"], img="mangrove-demak.jpg",
    caption=("Rusmadi memeriksa bubu kepiting di sela akar mangrove di Desa Timbulsloko, Demak, Selasa (3/3/2026).", "(Kabar Nusantara/Laksmi Wulandari)"),
    parts=[
        ("p", "<strong>DEMAK, Kabar Nusantara</strong> – Rusmadi (49) menarik perlahan bubu bambu dari sela akar mangrove di pesisir Desa Timbulsloko, Kecamatan Sayung, Kabupaten Demak, Jawa Tengah. Dari dalam perangkap itu, tiga ekor kepiting bakau berukuran sebesar telapak tangan bergerak-gerak."),
        ("p", "\"Lima tahun lalu, pasang bubu di sini hasilnya nol. Sekarang sehari bisa dapat dua sampai tiga kilogram,\" kata Rusmadi, Selasa (3/3/2026)."),
        ("h", "Ditanam bersama warga"),
        ("p", "Hutan mangrove di pesisir desa itu mulai ditanam kembali pada 2020 melalui program rehabilitasi yang digagas Yayasan Pesisir Lestari bersama kelompok nelayan setempat. Dalam lima tahun, sekitar 180.000 bibit mangrove ditanam di lahan seluas 62 hektare."),
        ("p", "Koordinator program Yayasan Pesisir Lestari, Nur Aini Rahmawati, mengatakan tingkat keberhasilan tumbuh bibit mencapai 68 persen, lebih tinggi dari perkiraan awal. Kuncinya, kata dia, adalah pemasangan alat pemecah ombak dari bambu dan ranting yang menahan lumpur sehingga bibit tidak tersapu gelombang."),
        ("p", "\"Kalau hanya tanam lalu ditinggal, bibitnya habis dibawa ombak. Kami belajar itu dari kegagalan tahun-tahun pertama,\" ujar Nur Aini."),
        ("ad",),
        ("h", "Abrasi melambat"),
        ("p", "Selain mengembalikan hasil tangkapan, hutan mangrove yang mulai rapat juga memperlambat abrasi. Berdasarkan pengukuran yayasan, garis pantai di sekitar lokasi rehabilitasi kini relatif stabil, padahal sebelumnya mundur rata-rata 20 meter per tahun."),
        ("p", "Data kelompok nelayan setempat menunjukkan, hasil tangkapan kepiting bakau di sekitar lokasi rehabilitasi naik dari rata-rata 30 kilogram per bulan pada 2021 menjadi lebih dari 400 kilogram per bulan tahun lalu. Udang dan ikan belanak juga mulai kembali ke perairan dangkal di sela akar mangrove."),
        ("p", "Kenaikan hasil tangkapan itu juga terasa di tingkat rumah tangga. Istri-istri nelayan kini mengolah kepiting dan udang menjadi produk siap saji, seperti kepiting bumbu dan kerupuk udang, yang dijual kepada pengunjung dan dipasarkan melalui media sosial. Pendapatan tambahan itu, kata mereka, membantu membiayai sekolah anak-anak."),
        ("p", "Meski begitu, kawasan pesisir Sayung masih menghadapi banjir rob yang semakin sering terjadi. Pada musim pasang tinggi, air laut masih merendam sebagian permukiman warga, terutama di dusun yang belum terlindungi sabuk mangrove. Warga berharap penanaman dapat diperluas ke dusun-dusun tersebut."),
        ("p", "Yayasan Pesisir Lestari berencana menggandeng sekolah-sekolah di Kecamatan Sayung untuk menjadikan hutan mangrove sebagai ruang belajar. Para siswa akan diajak menanam, mengamati satwa, dan mencatat pertumbuhan bibit, sehingga generasi muda ikut merasa memiliki kawasan tersebut."),
        ("p", "Keberhasilan di Timbulsloko juga menarik perhatian peneliti dari berbagai perguruan tinggi. Dalam setahun terakhir, tercatat lebih dari dua puluh mahasiswa melakukan penelitian di lokasi itu, mulai dari pengukuran sedimen hingga kajian sosial tentang perubahan mata pencarian warga. Hasil penelitian tersebut diharapkan dapat menjadi bahan bagi program serupa di daerah pesisir lain yang mengalami abrasi."),
        ("p", "Ahli ekologi pesisir dari Pusat Studi Pesisir Semarang, Bayu Adhi Nugroho, menilai hasil itu menggembirakan, tetapi mengingatkan bahwa mangrove bukan solusi tunggal. Penurunan muka tanah di pesisir utara Jawa Tengah, menurut dia, masih terjadi akibat pengambilan air tanah yang berlebihan."),
        ("p", "\"Mangrove bisa menahan ombak dan menangkap sedimen, tapi tidak bisa menghentikan tanah yang ambles. Itu harus diatasi dengan mengurangi penyedotan air tanah,\" katanya."),
        ("h", "Mulai dilirik wisatawan"),
        ("p", "Warga kini juga mulai mengembangkan ekowisata. Kelompok pemuda desa membangun jembatan kayu sepanjang 300 meter di tengah hutan mangrove, lengkap dengan perahu sewaan untuk wisatawan yang ingin menyusuri kanal. Pada akhir pekan, jumlah pengunjung bisa mencapai 400 orang."),
        ("p", "Pemerintah Kabupaten Demak berencana menjadikan kawasan itu sebagai percontohan rehabilitasi pesisir. Anggaran untuk pembangunan alat pemecah ombak di tiga desa lain di Kecamatan Sayung telah dialokasikan tahun ini, dengan melibatkan kelompok nelayan sebagai pelaksana."),
        ("p", "Bagi Nur Aini, keberhasilan di Timbulsloko menunjukkan bahwa rehabilitasi pesisir hanya berhasil jika warga merasa memiliki. Kelompok nelayan setempat kini memiliki aturan sendiri, antara lain larangan menebang mangrove dan menangkap kepiting yang sedang bertelur, dengan sanksi yang disepakati bersama."),
        ("p", "\"Dulu kami menanam karena ada program. Sekarang kami menjaga karena kami sendiri yang merasakan hasilnya,\" kata Rusmadi."),
        ("p", "Rusmadi berharap hutan yang kini tumbuh rapat itu bisa terus dijaga. \"Dulu anak-anak muda pergi ke kota karena laut tidak menjanjikan. Kalau mangrovenya terus bagus, mungkin mereka mau pulang,\" katanya."),
    ],
    related=[("Rob Kembali Genangi Jalur Pantura", 12), ("Penurunan Muka Tanah di Pesisir Utara Makin Cepat", 80),
             ("Kelompok Perempuan Nelayan Olah Kepiting Jadi Camilan", 140), ("Sekolah Pesisir Ajak Siswa Tanam Mangrove", 400)],
    entities=[("DEMAK", "LOC"), ("Demak", "LOC"), ("Kabupaten Demak", "LOC"), ("Kabar Nusantara", "ORG"), ("Sayung", "LOC"),
              ("Kecamatan Sayung", "LOC"), ("Desa Timbulsloko", "LOC"), ("Jawa Tengah", "LOC"),
              ("Rusmadi", "PER"), ("Yayasan Pesisir Lestari", "ORG"), ("Nur Aini Rahmawati", "PER"), ("Nur Aini", "PER"),
              ("Pusat Studi Pesisir Semarang", "ORG"), ("Bayu Adhi Nugroho", "PER"), ("Pemerintah Kabupaten Demak", "ORG"), ("Timbulsloko", "LOC")],
    phenomena=["standfirst", "subheadings", "updated-date", "author-bio", "dateline", "photo-caption", "localized-date",
               "local-time-zone", "json-ld", "nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar",
               "comments", "related-list", "ad-slots", "most-read", "tag-list", "decoy-date"],
    notes="The italic excerpt under the headline is the standfirst; the update time comes from the visible 'Diperbarui' line.",
))

# 09: minimal pair of 07 without its "Baca juga" inserts
V09 = dict(ARTICLES[6])
V09.update(id=f"{SITE}-09", no_bj=True, variant_of=f"{SITE}-07",
           url=ARTICLES[6]["url"] + "?variant=b", canonical=ARTICLES[6]["url"] + "?variant=b",
           phenomena=[t for t in ARTICLES[6]["phenomena"] if t != "inline-related"],
           notes=f"Minimal pair of {SITE}-07: differs only in inline-related (the two 'Baca juga:' lines between paragraphs are removed). The closing italic update notice is an optional note block.")
ARTICLES.append(V09)


def extra_tags(a):
    tags = {"article-per-teaser"}
    kinds = [p[0] for p in a["parts"] if not (p[0] == "bj" and a.get("no_bj"))]
    ps = [i for i, k in enumerate(kinds) if k == "p"]
    if ps and any(k in ("bj", "ad") for k in kinds[ps[0]:ps[-1]]):
        tags.add("teasers-in-article")
    return tags


def extra_notes(a):
    out = []
    if a.get("wp_author"):
        out.append(f"Author metadata (meta author, Yoast graph) names the WordPress account '{a['wp_author']}', not the byline's {a['author']}.")
    if a.get("old_yoast"):
        out.append("The SEO plugin's JSON-LD graph on this older post holds only WebSite and Organization (no article object, no date).")
    return out


def main():
    for a in ARTICLES:
        text, blocks = page(a)
        art = Article(
            id=a["id"], site=SITE, url=a["url"], language="id", headline=a["headline"],
            published=iso(a["pub"]), modified=iso(a["upd"]) if a.get("upd") else None,
            authors=[a["author"]], summary=a.get("excerpt", ""), blocks=blocks, entities=a["entities"],
            phenomena=sorted(set(a["phenomena"]) | extra_tags(a)), notes=" ".join([a["notes"]] + extra_notes(a)),
            variant_of=a.get("variant_of"),
        )
        p = emit(art, text, "utf-8")
        size = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
        print(f"{a['id']}\t{size / 1024:.1f} KB")


if __name__ == "__main__":
    main()
