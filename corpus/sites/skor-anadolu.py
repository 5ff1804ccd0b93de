import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import add_published_meta, relative_visible_date, Article, Block, emit, with_more_section

"""Skor Anadolu (skor-anadolu): a Turkish sports portal on a typical Turkish PHP news CMS
("haber yazılımı" family: Bootstrap 4 grid, jQuery, Swiper sliders, a live-score ticker under
the header, a standings widget in the sidebar, KVKK cookie notice, "spot" standfirst under the
headline, "Etiketler" tag list). Older articles (2015-2021) were migrated from the portal's
first platform and are still served in windows-1254; newer ones in UTF-8. Times are Istanbul
local time (zoneinfo Europe/Istanbul: +03:00 in summer and, since September 2016, all year).

Metadata personality (realism wave): one article migrated from the first platform carries the site as
JSON-LD author (Organization) and the migration run's time as article:published_time; the
newer theme writes the reporters (once with the site name glued on), or no author at all; some
article pages print the dates without <time> and have no article:published_time; the category page
title is an <h1> above the headline on one template variant. The text is split at the in-text ad with
an "İlgili Haber" box on two. Mobile menu as <template>, sub-menus, video rail, consent vendor list
and ad config as JSON."""

import datetime as _dt
import json as _json
from zoneinfo import ZoneInfo

SITE = "skor-anadolu"
HOST = "https://www.skoranadolu.example"
NAME = "Skor Anadolu"
TZ = ZoneInfo("Europe/Istanbul")

AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
         "Kasım", "Aralık"]
AY_KISA = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
GUNLER = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def iso(d):
    return d.isoformat(timespec="minutes")


def tr_date(d, time=True, day=True):
    s = f"{d.day} {AYLAR[d.month - 1]} {d.year}"
    if day:
        s += f" {GUNLER[d.weekday()]}"
    if time:
        s += f", {d:%H:%M}"
    return s


def esc(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- boilerplate pools

MENU = [("futbol", "Futbol"), ("basketbol", "Basketbol"), ("voleybol", "Voleybol"), ("gures", "Güreş"),
        ("atletizm", "Atletizm"), ("bisiklet", "Bisiklet"), ("tenis", "Tenis"), ("motor-sporlari", "Motor Sporları"),
        ("amator", "Amatör Spor"), ("e-spor", "E-Spor"), ("canli-skor", "Canlı Skor"), ("puan-durumu", "Puan Durumu"),
        ("video", "Video"), ("galeri", "Foto Galeri"), ("yazarlar", "Yazarlar")]

SUBMENU = {
    "futbol": ["Anadolu Futbol Ligi", "1. Lig", "2. Lig", "Bölgesel Amatör", "Kadın Futbolu", "Transfer", "Milli Takım",
               "Avrupa Ligleri", "Fikstür", "Gol Krallığı"],
    "basketbol": ["Marmara Basketbol Ligi", "Kadınlar Ligi", "Gençler", "Milli Takım", "Euro Kupalar"],
    "voleybol": ["Kadınlar Ligi", "Erkekler Ligi", "Plaj Voleybolu", "Milli Takım"],
    "gures": ["Serbest Stil", "Grekoromen", "Kadın Güreşi", "Yağlı Güreş", "Karakucak"],
}

LIVE = [  # (home, away, score or None, status) for the live-score ticker
    ("Ege Zeytinspor", "Hatay Defnespor", "2 - 0", "MS"),
    ("Trakya Sınırspor", "Van Kalespor", "1 - 1", "MS"),
    ("Ankara Atlas SK", "Anka Bursa FK", "0 - 2", "MS"),
    ("Moda Basket", "Yalova Termal", "92 - 85", "MS"),
    ("Malatya Kayısıspor", "Karadeniz Dalgaspor", None, ""),
    ("Haliç Potası", "Sakarya Akarsu", None, ""),
    ("Erciyes Gücü", "Ege Zeytinspor", None, ""),
    ("Kocaeli Martıları", "Antalya Dalga VK", None, ""),
    ("Van Kalespor", "Toros Yıldızspor", None, ""),
    ("Hatay Defnespor", "Ankara Atlas SK", None, ""),
]

SON_DAKIKA = [
    "Milli takım aday kadrosu açıklandı: listede üç yeni isim var",
    "Yağlı güreşte başpehlivanlık kemeri yeniden sahibini buldu",
    "Kadın futbol liginde fikstür çekimi yapıldı",
    "Atletizm federasyonu salon sezonu takvimini duyurdu",
    "Derbi öncesi bilet satışları rekor kırdı",
    "Plaj voleybolunda Antalya etabı hafta sonu başlıyor",
    "Genç yüzücüler Balkan şampiyonasından dört madalyayla döndü",
    "Motor sporlarında sezonun ilk yarışı yağmur nedeniyle ertelendi",
    "Amatör ligde hakem saldırısına ağır ceza",
    "Basketbolda transfer döneminin son gününde sürpriz imza",
    "Bisiklet turunun etap haritası belli oldu",
    "E-spor liginde final heyecanı İstanbul'da yaşanacak",
]

COK_OKUNAN = [
    "Transfer döneminde kim nereye gitti? İşte tam liste",
    "Şampiyonluk yarışında son viraj: kalan fikstürler",
    "Taraftarlar stadyum yolunda: ulaşım için alternatif güzergâhlar",
    "Genç yetenek ilk maçında iki gol attı, kulüp sözleşmesini uzattı",
    "Hakem kararları tartışılıyor: haftanın pozisyonları",
    "Milli maç biletleri satışa çıktı: fiyatlar ve kategoriler",
    "Kaleci yokluğu: sezonu sakatlıkla kapatan isimler",
    "Bölgesel Amatör Lig'de play-off eşleşmeleri belli oldu",
]

YAZARLAR = [
    ("Kemal Durukan", "Zirvede nefesler tutuldu"),
    ("Aylin Soykan", "Kadın sporunun görünmeyen emekçileri"),
    ("Necati Bozbey", "Taktik tahtası: üçlü savunmanın dönüşü"),
    ("Fikret Alagöz", "Altyapıya yatırım yapmayan kaybeder"),
    ("Gülşen Tamer", "Potanın altında yeni bir nesil"),
]

FOOT_COLS = [
    ("Futbol", ["Anadolu Futbol Ligi", "1. Lig", "2. Lig", "Amatör Ligler", "Kadın Futbolu", "Transfer Haberleri", "Milli Takım"]),
    ("Diğer Sporlar", ["Basketbol", "Voleybol", "Güreş", "Atletizm", "Bisiklet", "Tenis", "Yüzme", "Motor Sporları"]),
    ("Skor Merkezi", ["Canlı Skor", "Puan Durumu", "Fikstür", "Gol Krallığı", "Maç Özetleri", "İstatistikler"]),
    ("Kurumsal", ["Künye", "Hakkımızda", "İletişim", "Reklam", "Kariyer", "Yayın İlkeleri"]),
    ("Yasal", ["Gizlilik Politikası", "KVKK Aydınlatma Metni", "Çerez Politikası", "Kullanım Koşulları", "Açık Rıza Metni"]),
]

TAKIMLAR = ["Toros Yıldızspor", "Karadeniz Dalgaspor", "Erciyes Gücü", "Anka Bursa FK", "Ege Zeytinspor", "Ankara Atlas SK",
            "Malatya Kayısıspor", "Trakya Sınırspor", "Hatay Defnespor", "Van Kalespor", "Haliç Potası", "Moda Basket",
            "Kadıköy Rıhtım SK", "Sakarya Akarsu BK", "Yalova Termal Basket", "İzmit Körfez Basket", "Kocaeli Martıları",
            "Antalya Dalga VK", "Tekirdağ Bağbozumu BK", "Bandırma Kuşcenneti", "Aydın Efespor", "Sivas Kızılırmak GSK",
            "Denizli Horozspor", "Çorum Leblebispor", "Rize Çayspor", "Mardin Taşspor", "Edirne Selimiye SK", "Kars Kazspor"]

GALERI = [
    ("Şampiyonluk kutlamalarından kareler", 24), ("Tribünlerden renkli görüntüler", 18), ("Haftanın en güzel golleri", 12),
    ("Yağlı güreş festivalinde er meydanı", 31), ("Kadın voleybolunda sezon açılışı", 15), ("Bisiklet turundan manzaralar", 27),
    ("Maratonda 10 bin koşucu", 22), ("Amatör ligde bayram havası", 14),
]

VIDEOLAR = [
    ("Haftanın golleri: 10 gol, 10 farklı hikâye", "4:12"), ("Basın toplantısında gergin anlar", "2:05"),
    ("Genç yeteneklerle antrenman sahasında bir gün", "6:48"), ("Son saniye basketi salonu ayağa kaldırdı", "0:54"),
    ("Taktik analiz: presin sırları", "8:31"), ("Kaleci kurtarışlarından seçkiler", "3:22"),
]

CSS = """
:root{--sa-red:#d7141a;--sa-dark:#14171c;--sa-gray:#f2f3f5;--sa-line:#e1e3e8;--sa-text:#1b1d21;--sa-muted:#6b7280;--sa-green:#0b8a3e}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-behavior:smooth}
body{margin:0;font-family:"Roboto","Segoe UI",Arial,sans-serif;font-size:15px;line-height:1.55;color:var(--sa-text);background:#fff}
a{color:inherit;text-decoration:none}a:hover{color:var(--sa-red)}
img{max-width:100%;height:auto;border:0}
.container{width:100%;max-width:1200px;margin:0 auto;padding:0 12px}
.row{display:flex;flex-wrap:wrap;margin:0 -12px}
.col-lg-8{flex:0 0 66.666%;max-width:66.666%;padding:0 12px}
.col-lg-4{flex:0 0 33.333%;max-width:33.333%;padding:0 12px}
@media (max-width:991px){.col-lg-8,.col-lg-4{flex:0 0 100%;max-width:100%}}
.topbar{background:var(--sa-dark);color:#c9ccd2;font-size:12px;height:34px;line-height:34px}
.topbar .tb-date{float:left}.topbar .tb-links{float:right}.topbar .tb-links a{margin-left:14px;color:#c9ccd2}
.topbar .tb-links a:hover{color:#fff}
.header{background:#fff;border-bottom:3px solid var(--sa-red);padding:14px 0}
.header .logo{display:inline-block;width:220px;height:48px}
.header .search{float:right;margin-top:8px}
.header .search input{border:1px solid var(--sa-line);border-radius:18px;padding:7px 14px;width:240px;font-size:13px}
.mainnav{background:var(--sa-red);position:sticky;top:0;z-index:90}
.mainnav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.mainnav li{position:relative}
.mainnav li>a{display:block;color:#fff;font-weight:700;font-size:13px;text-transform:uppercase;padding:12px 11px;letter-spacing:.2px}
.mainnav li>a:hover,.mainnav li.active>a{background:#a80f14;color:#fff}
.mainnav .dropdown{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:210px;box-shadow:0 8px 20px rgba(0,0,0,.15);z-index:99}
.mainnav li:hover .dropdown{display:block}
.mainnav .dropdown a{display:block;color:var(--sa-text);padding:8px 14px;font-size:13px;border-bottom:1px solid var(--sa-gray)}
.livebar{background:#1f232a;color:#fff;font-size:12px;overflow:hidden;white-space:nowrap}
.livebar .lb-title{display:inline-block;background:var(--sa-green);padding:9px 12px;font-weight:700;text-transform:uppercase}
.livebar ul{display:inline-block;list-style:none;margin:0;padding:0;animation:sa-scroll 60s linear infinite}
.livebar li{display:inline-block;padding:9px 16px;border-right:1px solid #3a3f48}
.livebar .lb-date{color:#9aa3b2;margin-right:6px}.livebar .lb-score{background:#fff;color:#111;font-weight:700;padding:1px 6px;border-radius:3px;margin:0 6px}
.livebar .lb-st{color:#ffcf33;margin-left:4px;font-weight:700}
@keyframes sa-scroll{0%{transform:translateX(0)}100%{transform:translateX(-50%)}}
.breadcrumb{list-style:none;padding:12px 0 4px;margin:0;font-size:12px;color:var(--sa-muted)}
.breadcrumb li{display:inline}.breadcrumb li+li::before{content:"\\203A";padding:0 6px}
.haber-detay{padding-bottom:24px}
.haber-kategori{display:inline-block;background:var(--sa-red);color:#fff;font-size:11px;font-weight:700;text-transform:uppercase;padding:3px 8px;border-radius:2px;margin:6px 0}
.haber-baslik{font-family:"Roboto Condensed","Arial Narrow",Arial,sans-serif;font-size:34px;line-height:1.18;font-weight:700;margin:6px 0 12px}
.haber-spot{font-size:18px;line-height:1.5;font-weight:500;color:#30343b;margin:0 0 14px}
.haber-meta{display:flex;flex-wrap:wrap;align-items:center;gap:12px;font-size:12px;color:var(--sa-muted);border-top:1px solid var(--sa-line);border-bottom:1px solid var(--sa-line);padding:8px 0;margin-bottom:14px}
.haber-meta .muhabir{font-weight:700;color:var(--sa-text)}
.haber-meta time{white-space:nowrap}
.paylas{display:flex;gap:6px;margin-left:auto}
.paylas a{display:inline-block;width:32px;height:32px;border-radius:50%;text-align:center;line-height:32px;color:#fff;font-size:13px}
.paylas .fb{background:#3b5998}.paylas .tw{background:#1da1f2}.paylas .wa{background:#25d366}.paylas .tg{background:#2aa3df}.paylas .ml{background:#777}
.haber-gorsel{margin:0 0 16px}.haber-gorsel figcaption{font-size:12px;color:var(--sa-muted);padding:6px 0;border-bottom:1px solid var(--sa-line)}
.haber-gorsel .kaynak{float:right;font-style:italic}
.haber-icerik{font-size:17px;line-height:1.7}
.haber-icerik p{margin:0 0 16px}
.haber-icerik h2,.haber-icerik h3{font-size:21px;margin:24px 0 10px;line-height:1.3}
.haber-icerik blockquote{margin:18px 0;padding:10px 18px;border-left:4px solid var(--sa-red);background:var(--sa-gray);font-style:italic}
.haber-icerik ul{margin:0 0 16px 20px;padding:0}.haber-icerik li{margin-bottom:6px}
.tablo-sarici{overflow-x:auto;margin:0 0 18px}
.skor-tablo{width:100%;border-collapse:collapse;font-size:14px}
.skor-tablo th{background:var(--sa-dark);color:#fff;font-weight:700;padding:7px 8px;text-align:center}
.skor-tablo td{border-bottom:1px solid var(--sa-line);padding:6px 8px;text-align:center}
.skor-tablo td.takim{text-align:left;font-weight:600}
.skor-tablo tr:nth-child(even) td{background:#fafafb}
.skor-tablo tr.lider td{background:#e9f7ef}.skor-tablo tr.dusen td{background:#fdecec}
.skor-tablo caption{caption-side:bottom;font-size:12px;color:var(--sa-muted);text-align:left;padding-top:6px}
.reklam-alani{text-align:center;margin:18px 0;min-height:90px;background:repeating-linear-gradient(45deg,#fafafa,#fafafa 10px,#f3f3f3 10px,#f3f3f3 20px)}
.reklam-alani .rk-etiket{display:block;font-size:10px;color:#aaa;letter-spacing:1px;text-transform:uppercase}
.etiketler{margin:20px 0;font-size:13px}.etiketler a{display:inline-block;border:1px solid var(--sa-line);border-radius:14px;padding:3px 11px;margin:0 4px 6px 0}
.etiketler a:hover{border-color:var(--sa-red)}
.blok-baslik{font-size:16px;font-weight:800;text-transform:uppercase;border-bottom:2px solid var(--sa-dark);padding-bottom:6px;margin:26px 0 12px}
.blok-baslik span{border-bottom:2px solid var(--sa-red);padding-bottom:6px}
.ilgili-liste{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,1fr);gap:14px}
.ilgili-liste li{display:flex;gap:10px}.ilgili-liste img{width:110px;height:70px;object-fit:cover;flex:none}
.ilgili-liste .tarih{display:block;font-size:11px;color:var(--sa-muted)}
.yorumlar textarea{width:100%;min-height:90px;border:1px solid var(--sa-line);padding:8px;font-family:inherit}
.yorumlar .btn{background:var(--sa-red);color:#fff;border:0;padding:8px 18px;font-weight:700;cursor:pointer}
.yorum{border-bottom:1px solid var(--sa-line);padding:10px 0}.yorum b{margin-right:8px}.yorum .yt{font-size:11px;color:var(--sa-muted)}
.sidebar .widget{margin-bottom:24px}
.puan-mini{width:100%;border-collapse:collapse;font-size:12px}.puan-mini td,.puan-mini th{padding:4px 5px;border-bottom:1px solid var(--sa-line)}
.puan-mini th{text-align:left;color:var(--sa-muted);font-weight:600}
.cok-okunan{counter-reset:co;list-style:none;margin:0;padding:0}
.cok-okunan li{counter-increment:co;display:flex;gap:10px;padding:8px 0;border-bottom:1px solid var(--sa-line);font-weight:600;font-size:14px}
.cok-okunan li::before{content:counter(co);font-size:26px;font-weight:900;color:var(--sa-red);line-height:1;min-width:26px}
.son-dakika li{padding:6px 0;border-bottom:1px dashed var(--sa-line);font-size:13px}.son-dakika .sd-saat{color:var(--sa-red);font-weight:700;margin-right:6px}
.yazar-kutu{display:flex;gap:10px;padding:8px 0;border-bottom:1px solid var(--sa-line)}.yazar-kutu img{width:52px;height:52px;border-radius:50%}
.ebulten{background:var(--sa-dark);color:#fff;padding:16px}.ebulten input{width:100%;padding:8px;margin:8px 0;border:0}
.ebulten button{background:var(--sa-red);color:#fff;border:0;padding:8px 14px;font-weight:700;width:100%}
.footer{background:var(--sa-dark);color:#aeb4be;font-size:13px;padding:30px 0 10px;margin-top:30px}
.footer h4{color:#fff;font-size:14px;text-transform:uppercase;margin:0 0 10px}
.footer ul{list-style:none;margin:0 0 18px;padding:0}.footer li{margin-bottom:5px}
.footer .f-cols{display:grid;grid-template-columns:repeat(5,1fr);gap:18px}
.footer .f-alt{border-top:1px solid #2c3038;margin-top:14px;padding-top:10px;font-size:12px}
.kvkk-bar{position:fixed;left:0;right:0;bottom:0;background:#fff;box-shadow:0 -4px 16px rgba(0,0,0,.18);padding:14px 18px;z-index:9999;font-size:13px;display:none}
.kvkk-bar.show{display:block}.kvkk-bar button{background:var(--sa-red);color:#fff;border:0;padding:8px 16px;margin-left:8px;font-weight:700;cursor:pointer}
.kvkk-bar .ikincil{background:#e5e7eb;color:#111}
.scroll-top{position:fixed;right:16px;bottom:76px;width:40px;height:40px;border-radius:50%;background:var(--sa-red);color:#fff;text-align:center;line-height:40px;display:none}
.offcanvas{position:fixed;top:0;left:-320px;width:300px;height:100%;background:#fff;z-index:10000;overflow-y:auto;transition:left .25s;box-shadow:4px 0 18px rgba(0,0,0,.2)}
.offcanvas.open{left:0}.offcanvas .oc-kapat{float:right;font-size:26px;border:0;background:none;padding:8px 14px}
.oc-liste{list-style:none;margin:0;padding:10px 0}.oc-liste li a{display:block;padding:8px 18px;border-bottom:1px solid var(--sa-gray);font-weight:600}
.oc-liste ul{list-style:none;padding:0 0 0 14px}.oc-liste ul a{font-weight:400;font-size:13px}
.medya-serit{margin:26px 0}.galeri-liste{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.galeri-liste li{position:relative}.galeri-liste strong{display:block;font-size:14px;margin-top:6px}
.galeri-liste .g-say{position:absolute;top:8px;left:8px;background:rgba(0,0,0,.7);color:#fff;font-size:11px;padding:2px 6px}
.video-liste{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:12px;font-size:13px;font-weight:600}
.video-liste li{position:relative}.video-liste .v-sure{position:absolute;right:6px;top:88px;background:#000;color:#fff;font-size:11px;padding:1px 5px}
.f-takimlar{border-top:1px solid #2c3038;padding-top:12px;font-size:12px;line-height:2}.f-takimlar a{margin-right:10px;white-space:nowrap}
@media (max-width:767px){.haber-baslik{font-size:25px}.haber-spot{font-size:16px}.ilgili-liste{grid-template-columns:1fr}.video-liste{grid-template-columns:repeat(2,1fr)}.footer .f-cols{grid-template-columns:repeat(2,1fr)}.mainnav{display:none}}
@media print{.mainnav,.livebar,.sidebar,.footer,.reklam-alani,.kvkk-bar,.yorumlar,.medya-serit,.paylas{display:none!important}.haber-icerik{font-size:12pt}}
"""

TAG_JS = """(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'tm.start':new Date().getTime(),event:'tm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://tm.olcum-servisi.example/tm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','TM-SKRA7Q2');"""

CONSENT_JS = """window.saConsent={
  version:"2.3.1",cookieName:"sa_kvkk_onay",cookieDays:180,
  categories:{zorunlu:{required:true},analitik:{required:false,default:false},reklam:{required:false,default:false},sosyal:{required:false,default:false}},
  texts:{title:"Çerez Tercihleri",accept:"Kabul Et",reject:"Reddet",settings:"Ayarlar"},
  onAccept:function(c){window.dataLayer=window.dataLayer||[];dataLayer.push({event:"consent_update",consent:c});}
};
(function(){function g(n){var m=document.cookie.match(new RegExp("(?:^|; )"+n+"=([^;]*)"));return m?decodeURIComponent(m[1]):null;}
document.addEventListener("DOMContentLoaded",function(){var b=document.getElementById("kvkkBar");if(!b)return;
if(!g(window.saConsent.cookieName)){b.className+=" show";}
b.querySelectorAll("[data-kvkk]").forEach(function(x){x.addEventListener("click",function(){var v=x.getAttribute("data-kvkk");
var e=new Date();e.setTime(e.getTime()+window.saConsent.cookieDays*864e5);
document.cookie=window.saConsent.cookieName+"="+v+";expires="+e.toUTCString()+";path=/;SameSite=Lax";
b.className=b.className.replace(" show","");if(v==="hepsi"){window.saConsent.onAccept({analitik:true,reklam:true,sosyal:true});}});});});})();"""

ADS_JS = """window.saAds=window.saAds||{cmd:[]};
saAds.cmd.push(function(){
  saAds.defineSlot("/20917345/skoranadolu/{section}/masthead",[[970,250],[728,90]],"rk-masthead");
  saAds.defineSlot("/20917345/skoranadolu/{section}/icerik_1",[[300,250],[336,280]],"rk-icerik-1");
  saAds.defineSlot("/20917345/skoranadolu/{section}/sidebar_1",[[300,250],[300,600]],"rk-sidebar-1");
  saAds.defineSlot("/20917345/skoranadolu/{section}/sidebar_2",[[300,250]],"rk-sidebar-2");
  saAds.setTargeting("kategori","{section}");saAds.setTargeting("haber_id","{nid}");
  saAds.setTargeting("sayfa_tipi","haber_detay");saAds.enableLazyLoad({fetchMarginPercent:200,renderMarginPercent:80});
  saAds.enableServices();
});
(function(){var s=document.createElement("script");s.async=true;s.src="https://reklam.anadoluads.example/loader.js?pub=skoranadolu";
document.head.appendChild(s);})();"""

LIVE_JS = """var canliSkor={endpoint:"/api/canli-skor/v2/serit.json",aralik:30000,
  guncelle:function(){var x=new XMLHttpRequest();x.open("GET",this.endpoint+"?t="+Date.now(),true);
    x.onload=function(){if(x.status!==200)return;try{var d=JSON.parse(x.responseText);
      (d.maclar||[]).forEach(function(m){var el=document.querySelector('[data-mac="'+m.id+'"] .lb-score');if(el&&m.skor){el.textContent=m.skor;}});}catch(e){}};
    x.send();},
  baslat:function(){var t=this;setInterval(function(){if(!document.hidden){t.guncelle();}},this.aralik);}};
document.addEventListener("DOMContentLoaded",function(){canliSkor.baslat();
  var st=document.querySelector(".scroll-top");window.addEventListener("scroll",function(){if(st){st.style.display=window.scrollY>600?"block":"none";}});
  document.querySelectorAll("img[data-src]").forEach(function(i){if("IntersectionObserver" in window){new IntersectionObserver(function(es,o){es.forEach(function(e){
    if(e.isIntersecting){e.target.src=e.target.getAttribute("data-src");o.unobserve(e.target);}});},{rootMargin:"200px"}).observe(i);}else{i.src=i.getAttribute("data-src");}});});"""

STAT_JS = """var _saq=_saq||[];_saq.push(["setSiteId","SKRA-2231"]);_saq.push(["setContentGroup","{section}"]);
_saq.push(["setCustomDimension",1,"{author}"]);_saq.push(["setCustomDimension",2,"{pubday}"]);_saq.push(["trackPageView"]);
(function(){var u="https://istatistik.olcum-servisi.example/";var g=document.createElement("script");g.async=true;g.src=u+"sa.js";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(g,s);})();"""


# ---------------------------------------------------------------- page weight without visible text (realism wave)
# Real pages are heavy in markup, not in words: a consent manager's vendor list, an SVG icon sprite, a
# utility stylesheet, ad-auction configuration and widget state. All of it is generated here, seeded
# per page, with invented vendor names on reserved domains.

import random as _random

json_dumps = lambda o: _json.dumps(o, ensure_ascii=False, separators=(",", ":"))

_VA = ["Adkin", "Bramble", "Cobalt", "Dunmore", "Everly", "Fathom", "Glint", "Harrow", "Inkwell", "Juniper", "Kestrel",
       "Lattice", "Marlow", "Nimbus", "Orchard", "Pillar", "Quarry", "Rowan", "Sable", "Thistle", "Umber", "Vantor",
       "Willow", "Yarrow", "Zephyr", "Alder", "Birch", "Cinder", "Drift", "Ember"]
_VB = ["metrics", "reach", "signal", "bid", "pixel", "lens", "cast", "flow", "grid", "sense", "scope", "tap", "loop",
       "audience", "path", "ledger", "beacon", "relay", "insight", "xchange"]
_VS = ["Ltd", "Inc.", "GmbH", "SAS", "B.V.", "LLC", "AB", "S.L.", "Oy", "ApS"]


def vendor_list(seed, n=110):
    """A consent manager's vendor list as JSON (invented ad-tech vendors on .example domains)."""
    r = _random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        a, b = r.choice(_VA), r.choice(_VB)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        name = f"{a}{b} {r.choice(_VS)}"
        slug = f"{a}{b}".lower()
        purposes = sorted(r.sample(range(1, 12), r.randint(2, 7)))
        out.append({"id": 10 + len(out) * 3 + r.randint(0, 2), "name": name, "purposes": purposes,
                    "legIntPurposes": sorted(set(r.sample(range(2, 11), r.randint(0, 3))) - set(purposes)),
                    "flexiblePurposes": purposes[:r.randint(0, 2)], "specialPurposes": sorted(r.sample([1, 2, 3], r.randint(0, 2))),
                    "features": sorted(r.sample([1, 2, 3], r.randint(0, 3))), "specialFeatures": sorted(r.sample([1, 2], r.randint(0, 1))),
                    "policyUrl": f"https://www.{slug}.example/privacy", "cookieMaxAgeSeconds": r.choice([86400, 2592000, 31536000, 34164000]),
                    "usesCookies": True, "cookieRefresh": r.random() < .5, "usesNonCookieAccess": r.random() < .3,
                    "dataRetention": {"stdRetention": r.choice([30, 90, 180, 365, 395])},
                    "urls": [{"langId": "en", "privacy": f"https://www.{slug}.example/privacy", "legIntClaim": f"https://www.{slug}.example/legitimate-interest"}]})
    return json_dumps(out)


def icon_sprite(seed, names):
    """An inline SVG sprite of icons (symbols with path data), hidden, referenced by <use>."""
    r = _random.Random(seed)
    sym = []
    for nm in names:
        d = [f"M{r.randint(1, 23)} {r.randint(1, 23)}"]
        for _ in range(r.randint(8, 22)):
            c = r.choice("LCQAHV")
            if c == "C":
                d.append("C" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(6)))
            elif c == "Q":
                d.append("Q" + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range(4)))
            elif c == "A":
                d.append(f"A{r.randint(1, 10)} {r.randint(1, 10)} 0 {r.randint(0, 1)} {r.randint(0, 1)} {r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
            elif c in "HV":
                d.append(f"{c}{r.uniform(0, 24):.2f}")
            else:
                d.append(f"L{r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}")
        sym.append(f'<symbol id="icon-{nm}" viewBox="0 0 24 24"><path d="{"".join(d)}Z"/></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
            + "".join(sym) + "</svg>")


def utility_css(prefix, breakpoints=(("sm", 576), ("md", 768), ("lg", 1024), ("xl", 1280))):
    """A utility/grid stylesheet of the kind design systems inline on every page."""
    out = []
    for bp, width in (("", 0),) + tuple(breakpoints):
        rules = []
        sfx = f"-{bp}" if bp else ""
        for i in range(1, 13):
            rules.append(f".{prefix}-col{sfx}-{i}{{flex:0 0 {i / 12 * 100:.4f}%;max-width:{i / 12 * 100:.4f}%}}")
        for k, v in enumerate((0, 4, 8, 12, 16, 24, 32, 48)):
            for prop, ab in (("margin-top", "mt"), ("margin-bottom", "mb"), ("padding-top", "pt"), ("padding-bottom", "pb"),
                             ("padding-left", "pl"), ("padding-right", "pr")):
                rules.append(f".{prefix}-{ab}{sfx}-{k}{{{prop}:{v}px!important}}")
        for disp in ("none", "block", "flex", "inline-block", "grid"):
            rules.append(f".{prefix}-d{sfx}-{disp}{{display:{disp}!important}}")
        body = "\n".join(rules)
        out.append(f"@media (min-width:{width}px){{\n{body}\n}}" if width else body)
    return "\n".join(out)


def ad_config(seed, site, slots):
    """Header-bidding configuration: ad units with sizes and invented bidders."""
    r = _random.Random(seed)
    bidders = [f"{r.choice(_VA).lower()}{r.choice(_VB)}" for _ in range(7)]
    units = []
    for code, sizes in slots:
        units.append({"code": code, "mediaTypes": {"banner": {"sizes": sizes}},
                      "bids": [{"bidder": b, "params": {"placementId": str(r.randint(10000000, 99999999)), "siteId": f"{site}-{r.randint(100, 999)}",
                                                        "zone": f"{code}-{r.randint(1, 9)}"}} for b in r.sample(bidders, 4)]})
    cfg = {"timeout": 1500, "priceGranularity": "dense", "currency": {"adServerCurrency": "USD"},
           "userSync": {"filterSettings": {"iframe": {"bidders": "*", "filter": "include"}}, "syncsPerBidder": 3, "syncDelay": 3000},
           "consentManagement": {"gdpr": {"cmpApi": "iab", "timeout": 8000}, "usp": {"timeout": 100}}}
    return f"window.{site}Bids={json_dumps({'config': cfg, 'adUnits': units})};"


def live_ticker(a):
    """The live-score strip: finished matches of the days before, fixtures of the days after."""
    base = a["today"]
    items = []
    for i, (h, aw, sc, st) in enumerate(LIVE):
        if sc:
            d = base - _dt.timedelta(days=1 + i % 2, hours=-(i * 2) % 5)
            d = d.replace(hour=19 if i % 2 else 20, minute=0)
        else:
            d = base + _dt.timedelta(days=1 + (i % 3))
            d = d.replace(hour=[17, 19, 20][i % 3], minute=[0, 0, 45][i % 3])
        when = f"{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M}"
        score = f'<span class="lb-score">{sc}</span>' if sc else '<span class="lb-score">-</span>'
        stat = f'<span class="lb-st">{st}</span>' if st else ""
        items.append(f'<li data-mac="{40210 + i * 7 + a["seed"] * 311}"><span class="lb-date">{when}</span>{h}{score}{aw}{stat}</li>')
    # the marquee script clones the list for the endless scroll; the markup holds it once
    return ('<div class="livebar" id="canliSkorSerit"><span class="lb-title">Canlı Skor</span><ul>' + "".join(items[:4]) + "</ul></div>")


def nav(active):
    out = ['<nav class="mainnav" aria-label="Ana menü"><div class="container"><ul>',
           '<li><a href="/">Ana Sayfa</a></li>']
    for key, label in MENU:
        cls = ' class="active"' if key == active else ""
        sub = ""
        if key in SUBMENU:
            sub = f'<div class="dropdown" data-alt-menu="{key}"></div>'
        out.append(f'<li{cls}><a href="/{key}">{label}</a>{sub}</li>')
    out.append("</ul></div></nav>")
    return "\n".join(out)


def mini_standings(seed):
    rows = [("Toros Yıldızspor", 41), ("Karadeniz Dalgaspor", 39), ("Erciyes Gücü", 36), ("Anka Bursa FK", 33),
            ("Ege Zeytinspor", 31), ("Ankara Atlas SK", 28), ("Malatya Kayısıspor", 26), ("Trakya Sınırspor", 22)]
    rot = rows[seed % 3:] + rows[:seed % 3]
    body = "".join(f"<tr><td>{i + 1}</td><td>{t}</td><td>{19 + seed % 4}</td><td><b>{p - 2 * i + 2 * (i % 2)}</b></td></tr>"
                   for i, (t, p) in enumerate(rot))
    return ('<div class="widget"><h3 class="blok-baslik"><span>Puan Durumu</span></h3>'
            '<table class="puan-mini"><thead><tr><th>#</th><th>Takım</th><th>O</th><th>P</th></tr></thead><tbody>' + body +
            '</tbody></table><a href="/puan-durumu" class="tum">Tüm puan durumu &raquo;</a></div>')


def mobile_menu():
    out = ['<template id="mobilMenuSablon"><div class="offcanvas" id="mobilMenu" aria-hidden="true"><button class="oc-kapat" aria-label="Kapat">&times;</button>',
           '<ul class="oc-liste"><li><a href="/">Ana Sayfa</a></li>']
    for key, label in MENU:
        out.append(f'<li><a href="/{key}">{label}</a>')
        if key in SUBMENU:
            out.append("<ul>" + "".join(f'<li><a href="/{key}/{i + 1}">{x}</a></li>' for i, x in enumerate(SUBMENU[key])) + "</ul>")
        out.append("</li>")
    out.append('</ul><div class="oc-alt"><a href="/uyelik/giris">Giriş Yap</a> · <a href="/uyelik/kayit">Üye Ol</a> · '
               '<a href="/iletisim">İletişim</a></div></div></template>')
    return "\n".join(out)


def media_strip(a):
    g = ['<section class="medya-serit"><h3 class="blok-baslik"><span>Foto Galeri</span></h3><ul class="galeri-liste">']
    for i in range(4):
        t, n = GALERI[(a["seed"] + i) % len(GALERI)]
        gid = 7100 + a["seed"] * 37 + i
        g.append(f'<li><a href="/galeri/{gid}"><img src="/static/img/blank.gif" data-src="https://img.skoranadolu.example/galeri/{gid}_260x170.jpg" alt="" width="260" height="170">'
                 f'<span class="g-say">{n} fotoğraf</span><strong>{t}</strong></a></li>')
    g.append('</ul></section>')
    # the video rail is a Swiper slider filled from its JSON feed
    vids = [{"id": 5300 + a["seed"] * 41 + i, "baslik": VIDEOLAR[(a["seed"] * 2 + i) % len(VIDEOLAR)][0], "sure": VIDEOLAR[(a["seed"] * 2 + i) % len(VIDEOLAR)][1],
             "gorsel": f"https://img.skoranadolu.example/video/{5300 + a['seed'] * 41 + i}_200x112.jpg"} for i in range(12)]
    g.append('<section class="medya-serit"><h3 class="blok-baslik"><span>Video</span></h3><div class="swiper video-slider" data-kaynak="saVideolar"></div>'
             '<script>window.saVideolar=' + json_dumps(vids) + ';</script></section>')
    return "\n".join(g)


def related(a):
    out = ['<section class="ilgili"><h3 class="blok-baslik"><span>İlgili Haberler</span></h3><ul class="ilgili-liste">']
    for i, (title, days) in enumerate(a["related"]):
        d = a["pub"] - _dt.timedelta(days=days, hours=i * 3)
        slug = a["section"][0]
        nid = a["nid"] - 113 * (i + 1)
        out.append(f'<li><a href="/{slug}/{nid}"><img src="/static/img/blank.gif" data-src="https://img.skoranadolu.example/haber/{nid}_110x70.jpg" alt="" width="110" height="70"></a>'
                   f'<div><a href="/{slug}/{nid}">{title}</a><span class="tarih">{tr_date(d, time=False, day=False)}</span></div></li>')
    out.append("</ul></section>")
    return "\n".join(out)


def sidebar(a):
    s = ['<aside class="col-lg-4 sidebar">',
         '<div class="widget reklam-alani" id="rk-sidebar-1"><span class="rk-etiket">Reklam</span></div>',
         mini_standings(a["seed"])]
    s.append('<div class="widget"><h3 class="blok-baslik"><span>Çok Okunanlar</span></h3><ol class="cok-okunan">')
    for i in range(6):
        t = COK_OKUNAN[(a["seed"] * 3 + i) % len(COK_OKUNAN)]
        s.append(f'<li><a href="/haber/{a["nid"] + 900 + i}">{t}</a></li>')
    s.append("</ol></div>")
    s.append('<div class="widget"><h3 class="blok-baslik"><span>Son Dakika</span></h3><ul class="son-dakika" style="list-style:none;padding:0;margin:0">')
    for i in range(3):
        t = SON_DAKIKA[(a["seed"] * 5 + i) % len(SON_DAKIKA)]
        hh = a["today"] - _dt.timedelta(minutes=25 + i * 52)
        s.append(f'<li><span class="sd-saat">{hh:%H:%M}</span><a href="/son-dakika/{a["nid"] + 40 - i}">{t}</a></li>')
    s.append("</ul></div>")
    s.append('<div class="widget"><h3 class="blok-baslik"><span>Yazarlar</span></h3>')
    for i, (n, col) in enumerate(YAZARLAR[:2]):
        s.append(f'<div class="yazar-kutu"><img src="/static/img/blank.gif" data-src="https://img.skoranadolu.example/yazar/{i + 11}.jpg" alt="{n}">'
                 f'<div><a href="/yazarlar/{n.lower().replace(" ", "-")}"><b>{n}</b></a><br><a href="/yazarlar/kose/{a["nid"] - 5000 + i * 17}">{col}</a></div></div>')
    s.append("</div>")
    s.append('<div class="widget ebulten"><h3 style="margin:0;font-size:16px">E-Bülten</h3>'
             '<p style="font-size:13px;margin:6px 0 0">Günün en önemli spor haberleri her sabah e-posta kutunuzda.</p>'
             '<form action="/ebulten/kayit" method="post"><input type="email" name="eposta" placeholder="E-posta adresiniz" required>'
             '<label style="font-size:11px"><input type="checkbox" name="izin" value="1" required> KVKK aydınlatma metnini okudum.</label>'
             '<button type="submit">Abone Ol</button></form></div>')
    s.append('<div class="widget reklam-alani" id="rk-sidebar-2"><span class="rk-etiket">Reklam</span></div>')
    s.append("</aside>")
    return "\n".join(s)


def footer(a):
    cols = "".join(f'<div><h4>{h}</h4><ul>' + "".join(f'<li><a href="/{h.lower()[:4]}/{i + 1}">{x}</a></li>' for i, x in enumerate(xs)) + "</ul></div>"
                   for h, xs in FOOT_COLS[:2])
    teams = ('<div class="f-takimlar"><h4>Takımlar</h4>' + " ".join(
        f'<a href="/takim/{i + 101}">{t}</a>' for i, t in enumerate(TAKIMLAR[:8])) + "</div>")
    return ('<footer class="footer"><div class="container"><div class="f-cols">' + cols + '</div>' + teams +
            '<div class="f-sosyal">Bizi takip edin: <a href="https://social.example/skoranadolu">Facebook</a> · '
            '<a href="https://microblog.example/skoranadolu">X</a> · <a href="https://photos.example/skoranadolu">Instagram</a> · '
            '<a href="https://video.example/@skoranadolu">YouTube</a></div>'
            f'<div class="f-alt">© {a["today"].year} Skor Anadolu. Tüm hakları saklıdır. Sitede yayımlanan haberlerin ve fotoğrafların '
            'izinsiz kullanılması yasaktır. Canlı skor verileri bilgilendirme amaçlıdır.</div></div></footer>')


def render_body(a):
    """Article HTML and its gold blocks."""
    out, blocks = [], []
    if a.get("summary"):
        blocks.append(Block("paragraph", a["summary"], optional=True))
    if a.get("lead_img"):
        blocks.append(Block("caption", a["lead_img"][1], optional=True))
    style = a.get("style", "p")
    for part in a["parts"]:
        k = part[0]
        if k == "p":
            if style == "div":
                out.append(f'<div class="paragraf">{part[1]}</div>')
            else:
                out.append(f"<p>{part[1]}</p>")
            blocks.append(Block("paragraph", _strip(part[1])))
        elif k == "h":
            tag = "h2" if style == "div" else "h3"
            out.append(f"<{tag}>{part[1]}</{tag}>")
            blocks.append(Block("heading", part[1]))
        elif k == "quote":
            out.append(f"<blockquote><p>{part[1]}</p></blockquote>")
            blocks.append(Block("quote", part[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{x}</li>" for x in part[1]) + "</ul>")
            blocks += [Block("list_item", _strip(x)) for x in part[1]]
        elif k == "table":
            rows, cap = part[1], part[2] if len(part) > 2 else None
            hl = set(part[3]) if len(part) > 3 else set()
            t = ['<div class="tablo-sarici"><table class="skor-tablo">']
            if cap:
                t.append(f"<caption>{cap}</caption>")
            t.append("<thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for ri, r in enumerate(rows[1:]):
                cls = ' class="lider"' if ri in hl else ""
                t.append(f"<tr{cls}>" + "".join(
                    f'<td class="takim">{c}</td>' if ci == 1 else f"<td>{c}</td>" for ci, c in enumerate(r)) + "</tr>")
            t.append("</tbody></table></div>")
            out.append("\n".join(t))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            if cap:
                blocks.append(Block("caption", cap, optional=True))
        elif k == "img":
            _, src, cap, credit = part
            out.append(f'<figure class="haber-gorsel"><img src="https://img.skoranadolu.example/haber/{src}" alt="" width="780" height="440" loading="lazy">'
                       f'<figcaption>{cap} <span class="kaynak">{credit}</span></figcaption></figure>')
            blocks.append(Block("caption", cap, optional=True))
        elif k == "ad":
            ad = (f'<div class="reklam-alani" id="rk-icerik-{part[1]}"><span class="rk-etiket">Reklam</span>'
                  f'<script>saAds.cmd.push(function(){{saAds.display("rk-icerik-{part[1]}");}});</script></div>')
            if a.get("split"):
                title, days = a["related"][0]
                ad = (f'</div>\n{ad}\n<div class="ilgili-haber-kutu"><span>İlgili Haber</span> <a href="/{a["section"][0]}/{a["nid"] - 113}">{title}</a></div>\n'
                      '<div class="haber-icerik haber-icerik-devam">')
            out.append(ad)
    return "\n".join(out), blocks


def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def page(a, charset):
    pub, mod = a["pub"], a.get("mod")
    sec_key, sec_name = a["section"]
    url = a["url"]
    canon = a.get("canonical", url)
    body_html, _ = render_body(a)
    kws = ", ".join(a["tags"])
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canon},
        "headline": a.get("ld_headline", a["headline"]), "description": a.get("summary") or a["desc"],
        "image": {"@type": "ImageObject", "url": f"https://img.skoranadolu.example/haber/{a['img']}", "width": 1200, "height": 675},
        "datePublished": iso(a.get("ld_pub", pub)), "dateModified": iso(mod or pub),
        "publisher": {"@type": "Organization", "name": NAME,
                      "logo": {"@type": "ImageObject", "url": f"{HOST}/static/img/logo-amp.png", "width": 600, "height": 60}},
        "articleSection": sec_name, "keywords": kws, "inLanguage": "tr-TR",
    }
    # metadata personality: articles migrated from the first platform carry the site as JSON-LD author
    la = a.get("ld_author", "people")
    if la == "people":
        ld["author"] = [{"@type": "Person", "name": n, "url": f"{HOST}/muhabir/{n.lower().replace(' ', '-')}"} for n in a["authors"]] or {"@type": "Organization", "name": NAME}
    elif la == "org":
        ld["author"] = {"@type": "Organization", "name": NAME, "url": HOST + "/"}
    elif la == "partial":
        ld["author"] = [{"@type": "Person", "name": f"{n} - {NAME}"} for n in a["authors"]]
    elif la == "desk":
        ld["author"] = {"@type": "Person", "name": "Skor Anadolu Spor Masası"}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Ana Sayfa", "item": HOST + "/"},
        {"@type": "ListItem", "position": 2, "name": sec_name, "item": f"{HOST}/{sec_key}"},
        {"@type": "ListItem", "position": 3, "name": a["headline"], "item": canon}]}
    h = ["<!DOCTYPE html>", '<html lang="tr" dir="ltr">', "<head>", f'<meta charset="{charset}">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
         f"<title>{a['title']}</title>",
         f'<meta name="description" content="{esc(a["desc"])}">',
         f'<meta name="keywords" content="{esc(kws)}">',
         f'<meta name="news_keywords" content="{esc(kws)}">',
         '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">',
         f'<link rel="canonical" href="{canon}">',
         f'<link rel="amphtml" href="{canon.replace(HOST, HOST + "/amp")}">',
         '<link rel="preconnect" href="https://img.skoranadolu.example">',
         '<link rel="dns-prefetch" href="https://reklam.anadoluads.example">',
         '<link rel="icon" type="image/png" sizes="32x32" href="/static/img/favicon-32.png">',
         '<link rel="apple-touch-icon" sizes="180x180" href="/static/img/apple-touch-icon.png">',
         '<link rel="manifest" href="/manifest.json">', '<meta name="theme-color" content="#d7141a">',
         '<meta property="og:site_name" content="Skor Anadolu">', '<meta property="og:type" content="article">',
         '<meta property="og:locale" content="tr_TR">',
         f'<meta property="og:title" content="{esc(a.get("og_title", a["headline"]))}">',
         f'<meta property="og:description" content="{esc(a["desc"])}">',
         f'<meta property="og:url" content="{canon}">',
         f'<meta property="og:image" content="https://img.skoranadolu.example/haber/{a["img"]}">',
         '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="675">']
    mp = a.get("meta_pub", pub)
    if mp:
        h.append(f'<meta property="article:published_time" content="{iso(mp)}">')
    if a.get("meta_author"):
        h.append(f'<meta name="author" content="{esc(a["meta_author"])}">')
    if mod:
        h.append(f'<meta property="article:modified_time" content="{iso(mod)}">')
    h += [f'<meta property="article:section" content="{sec_name}">'] + [
        f'<meta property="article:tag" content="{esc(t)}">' for t in a["tags"]]
    h += ['<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@skoranadolu">',
          f'<meta name="twitter:title" content="{esc(a.get("og_title", a["headline"]))}">',
          f'<meta name="twitter:description" content="{esc(a["desc"])}">',
          f'<meta name="twitter:image" content="https://img.skoranadolu.example/haber/{a["img"]}">',
          '<meta name="apple-itunes-app" content="app-id=1180042217">',
          '<meta name="google-play-app" content="app-id=example.skoranadolu.android">',
          '<link rel="alternate" type="application/rss+xml" title="Skor Anadolu - Son Dakika" href="/rss/son-dakika.xml">',
          '<script type="application/ld+json">' + _json.dumps(ld, ensure_ascii=False) + "</script>",
          '<script type="application/ld+json">' + _json.dumps(crumbs, ensure_ascii=False) + "</script>",
          "<style>" + CSS + "</style>",
          "<style>" + utility_css("sa") + "</style>",
          "<script>window.saCmpVendors=" + vendor_list(a["nid"] % 1013, 72 + a["seed"] * 3) + ";</script>",
          "<script>" + ad_config(a["nid"], "sa", [("rk-masthead", [[970, 250], [728, 90]]), ("rk-sidebar-1", [[300, 250]]), ("rk-sidebar-2", [[300, 600]]),
                                                  ("rk-icerik-1", [[300, 250], [336, 280]]), ("rk-icerik-alt", [[728, 90], [300, 250]])]) + "</script>",
          "<script>window.saAltMenu=" + json_dumps({k: [{"ad": x, "url": f"/{k}/{i + 1}"} for i, x in enumerate(v)] for k, v in SUBMENU.items()}) + ";</script>",
          "<script>window.dataLayer=window.dataLayer||[];dataLayer.push(" + _json.dumps(
              {"sayfaTipi": "haberDetay", "kategori": sec_name, "haberId": a["nid"], "yazar": ", ".join(a["authors"]) or NAME,
               "yayinTarihi": iso(pub)}, ensure_ascii=False) + ");</script>",
          "<script>" + TAG_JS + "</script>",
          "<script>" + CONSENT_JS + "</script>",
          "<script>" + ADS_JS.replace("{section}", sec_key).replace("{nid}", str(a["nid"])) + "</script>",
          "</head>"]
    b = [f'<body class="haber-detay-sayfasi kategori-{sec_key}">',
         '<noscript><iframe src="https://tm.olcum-servisi.example/ns.html?id=TM-SKRA7Q2" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>',
         '<div class="topbar"><div class="container">'
         f'<span class="tb-date">{tr_date(a["today"], time=False)}</span>'
         '<span class="tb-links"><a href="/canli-skor">Canlı Skor</a><a href="/fikstur">Fikstür</a><a href="/iddaa-programi">Bülten</a>'
         '<a href="/uyelik/giris">Giriş Yap</a><a href="/uyelik/kayit">Üye Ol</a></span></div></div>',
         '<header class="header"><div class="container"><a class="logo" href="/" title="Skor Anadolu - Spor Haberleri">'
         '<img src="/static/img/logo.svg" alt="Skor Anadolu" width="220" height="48"></a>'
         '<form class="search" action="/arama" method="get"><input type="search" name="q" placeholder="Haber, takım veya oyuncu ara..."></form></div></header>',
         nav(sec_key), mobile_menu(), live_ticker(a),
         '<div class="container"><div class="reklam-alani" id="rk-masthead"><span class="rk-etiket">Reklam</span></div></div>',
         icon_sprite(a["nid"] % 997, ["ara", "menu", "kapat", "facebook", "x", "whatsapp", "telegram", "eposta", "saat", "yorum", "galeri", "video", "yukari"]),
         '<div class="site-wrapper"><div class="page-content">',
         '<main class="container"><div class="row"><div class="col-lg-8"><div class="icerik-kolon">',
         '<ol class="breadcrumb"><li><a href="/">Ana Sayfa</a></li>'
         f'<li><a href="/{sec_key}">{sec_name}</a></li><li>{a["crumb"]}</li></ol>',
         f'<article class="haber-detay" id="haber-{a["nid"]}"><div class="haber-detay-ic">']
    if a.get("section_h1"):
        b.insert(-2, f'<h1 class="kategori-baslik">{sec_name} Haberleri</h1>')
    if a.get("kicker"):
        b.append(f'<span class="haber-kategori">{a["kicker"]}</span>')
    b.append(f'<h1 class="haber-baslik">{a["headline"]}</h1>')
    if a.get("summary"):
        b.append(f'<h2 class="haber-spot">{a["summary"]}</h2>')
    meta = ['<div class="haber-meta">']
    if a["authors"]:
        meta.append('<span class="muhabir">' + " - ".join(
            f'<a href="/muhabir/{n.lower().replace(" ", "-")}">{n}</a>' for n in a["authors"]) + "</span>")
    if a.get("notime"):
        meta.append(f'<span>Yayınlanma: {tr_date(pub)}</span>')
        if mod:
            meta.append(f'<span>Güncelleme: {tr_date(mod)}</span>')
    else:
        meta.append(f'<span>Yayınlanma: <time datetime="{iso(pub)}">{tr_date(pub)}</time></span>')
        if mod:
            meta.append(f'<span>Güncelleme: <time datetime="{iso(mod)}">{tr_date(mod)}</time></span>')
    meta.append('<div class="paylas">'
                f'<a class="fb" href="https://social.example/sharer?u={canon}" rel="nofollow" target="_blank" title="Facebook\'ta paylaş">f</a>'
                f'<a class="tw" href="https://microblog.example/intent/tweet?url={canon}" rel="nofollow" target="_blank" title="X\'te paylaş">x</a>'
                f'<a class="wa" href="whatsapp://send?text={canon}" rel="nofollow" title="WhatsApp ile gönder">w</a>'
                f'<a class="tg" href="https://t.example/share/url?url={canon}" rel="nofollow" target="_blank" title="Telegram">t</a>'
                f'<a class="ml" href="mailto:?subject=Skor%20Anadolu&amp;body={canon}" title="E-posta ile gönder">@</a></div></div>')
    b.append("".join(meta))
    if a.get("lead_img"):
        src, cap, credit = a["lead_img"]
        b.append(f'<figure class="haber-gorsel"><img src="https://img.skoranadolu.example/haber/{src}" alt="{esc(a["headline"])}" width="780" height="440" fetchpriority="high">'
                 f'<figcaption>{cap} <span class="kaynak">{credit}</span></figcaption></figure>')
    else:
        b.append(f'<figure class="haber-gorsel"><img src="https://img.skoranadolu.example/haber/{a["img"]}" alt="{esc(a["headline"])}" width="780" height="440" fetchpriority="high"></figure>')
    b.append(f'<div class="haber-icerik">\n{body_html}\n</div>')
    b.append('<div class="etiketler"><b>Etiketler:</b> ' + "".join(
        f'<a href="/etiket/{t.lower().replace(" ", "-")}">{t}</a>' for t in a["tags"]) + "</div>")
    b.append('<div class="reklam-alani" id="rk-icerik-alt"><span class="rk-etiket">Reklam</span></div>')
    b.append(related(a))
    b.append(media_strip(a))
    # comments
    b.append(f'<section class="yorumlar" id="yorumlar"><h3 class="blok-baslik"><span>Yorumlar ({len(a.get("comments", []))})</span></h3>')
    for nick, mins, txt in a.get("comments", []):
        t = a["pub"] + _dt.timedelta(minutes=mins)
        b.append(f'<div class="yorum"><b>{nick}</b><span class="yt">{t.day:02d}.{t.month:02d}.{t.year} {t:%H:%M}</span><p>{txt}</p></div>')
    if not a.get("comments"):
        b.append('<p class="bos">Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın.</p>')
    b.append('<form action="/yorum/ekle" method="post"><input type="hidden" name="haber_id" value="%d">'
             '<textarea name="yorum" placeholder="Yorumunuzu yazın. Hakaret, küfür ve kişilik haklarına saldırı içeren yorumlar yayınlanmaz."></textarea>'
             '<button class="btn" type="submit">Gönder</button></form></section>' % a["nid"])
    b.append("</div></article></div></div>")
    b.append(sidebar(a))
    b.append("</div></main></div></div>")
    b.append(footer(a))
    b.append('<div class="kvkk-bar" id="kvkkBar" role="dialog" aria-live="polite">Sitemizde deneyiminizi iyileştirmek, içerikleri ve reklamları '
             'kişiselleştirmek için çerezler kullanıyoruz. Ayrıntılı bilgi için <a href="/cerez-politikasi"><u>Çerez Politikası</u></a> ve '
             '<a href="/kvkk"><u>KVKK Aydınlatma Metni</u></a>\'ni inceleyebilirsiniz.'
             '<button data-kvkk="hepsi">Kabul Et</button><button class="ikincil" data-kvkk="zorunlu">Yalnızca Zorunlu</button></div>')
    b.append('<a href="#" class="scroll-top" aria-label="Yukarı çık">&uarr;</a>')
    b.append('<script src="/static/js/jquery-3.6.0.min.js"></script>')
    b.append("<script>" + LIVE_JS + "</script>")
    b.append("<script>" + STAT_JS.replace("{section}", sec_key).replace("{author}", ", ".join(a["authors"]) or NAME)
             .replace("{pubday}", pub.strftime("%Y-%m-%d")) + "</script>")
    b.append("</body></html>")
    return "\n".join(h + b)


COMMON_TAGS = ["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments", "related-list",
               "ad-slots", "most-read", "tag-list", "decoy-date", "localized-date", "local-time-zone", "json-ld"]


def phenomena(a, blocks, charset):
    tags = set(COMMON_TAGS) | set(a.get("extra_tags", []))
    kinds = {bl.kind for bl in blocks}
    if "table" in kinds:
        tags.add("table-in-body")
    if "heading" in kinds:
        tags.add("subheadings")
    if "list_item" in kinds:
        tags.add("list-in-body")
    if any(bl.kind == "caption" and bl.text in a.get("photo_caps", []) for bl in blocks):
        tags.add("photo-caption")
    if a.get("summary"):
        tags.add("standfirst")
    if a.get("kicker"):
        tags.add("kicker")
    if a.get("mod"):
        tags.add("updated-date")
    if len(a["authors"]) > 1:
        tags.add("multiple-authors")
    if charset != "utf-8":
        tags.add("legacy-encoding")
    if any(p[0] == "ad" for p in a["parts"]):
        tags.add("teasers-in-article")
    if a.get("split"):
        tags |= {"split-body", "inline-related"}
    if a["title"].replace(" | Skor Anadolu", "").replace(" - Skor Anadolu", "") != a["headline"]:
        tags.add("title-differs-from-headline")
    return sorted(tags)


# ================================================================ articles

ARTICLES = []

# ---------------------------------------------------------------- 01: football, standings table, windows-1254
ARTICLES.append(dict(
    id=f"{SITE}-01", seed=1, split=True, charset="windows-1254", section=("futbol", "Futbol"), crumb="Anadolu Futbol Ligi", nid=118204,
    url=f"{HOST}/futbol/toros-yildizspor-kayseride-uc-golle-zirveye-tutundu-118204",
    pub=dt(2015, 4, 12, 21, 47), today=dt(2015, 4, 13, 9, 5), img="118204_1200x675.jpg",
    title="Erciyes Gücü 1-3 Toros Yıldızspor maç sonucu ve puan durumu | Skor Anadolu",
    desc="Anadolu Futbol Ligi'nin 27. haftasında Toros Yıldızspor, Erciyes Gücü'nü deplasmanda 3-1 yendi.",
    headline="Toros Yıldızspor, Kayseri'de üç golle zirveye tutundu",
    summary="Anadolu Futbol Ligi'nin 27. haftasında lider Toros Yıldızspor, Erciyes Gücü'nü deplasmanda 3-1 yendi ve en yakın takipçisiyle arasındaki farkı dört puana çıkardı.",
    authors=["Serkan Dölek"],
    tags=["Toros Yıldızspor", "Erciyes Gücü", "Anadolu Futbol Ligi", "Puan Durumu", "Ozan Akdağ"],
    parts=[
        ("p", "Anadolu Futbol Ligi'nde şampiyonluk yarışının en kritik maçlarından biri Talas Şehir Stadı'nda oynandı. Lider Toros Yıldızspor, yaklaşık 14 bin taraftarın önünde ev sahibi Erciyes Gücü'nü 3-1 mağlup ederek liderlik koltuğunu sağlamlaştırdı."),
        ("p", "Maça hızlı başlayan taraf ev sahibi ekip oldu. 9. dakikada sol kanattan gelişen atakta Mert Kalaycıoğlu'nun ortasına iyi yükselen Serdar Akbulut topu ağlara gönderdi: 1-0. Erciyes Gücü'nün üstünlüğü ilk yarının ortalarına kadar sürdü, ancak konuk ekip 34. dakikada duran toptan eşitliği buldu. Korner atışında ceza sahasına giren stoper Volkan Demirtaş'ın kafa vuruşu filelerle buluştu."),
        ("h", "İkinci yarıda sahne Akdağ'ındı"),
        ("p", "İkinci yarıya daha kontrollü başlayan Toros Yıldızspor, oyunun temposunu düşürerek rakibini kendi yarı sahasına çekti. 58. dakikada oyuna giren genç forvet Ozan Akdağ, sahada kaldığı ilk dokuz dakikada iki gol atarak maçın kaderini belirledi. 64. dakikada ceza sahası dışından sert vuran Akdağ, 67. dakikada ise kaleciyle karşı karşıya kaldığı pozisyonda soğukkanlılığını koruyarak farkı ikiye çıkardı."),
        ("p", "Ev sahibi ekip son bölümde tüm oyuncularını hücuma kaydırsa da konuk kaleci Tolga Ersoy'u geçemedi. 81. dakikada Kalaycıoğlu'nun serbest vuruşunu köşeden çelen Ersoy, ekibinin üç puanı korumasında büyük pay sahibi oldu."),
        ("ad", 1),
        ("p", "Maçın ardından basın toplantısında konuşan Toros Yıldızspor Teknik Direktörü Levent Sarıgül, oyuncularının karakter gösterdiğini söyledi: “İlk yarım saatte zorlandık, bunu kabul etmek lazım. Ama bu takım geri düşünce dağılmıyor. Ozan'ı oyuna alırken ondan tam olarak bunu istedim, o da iki golle cevap verdi.”"),
        ("p", "Erciyes Gücü cephesinde ise hayal kırıklığı vardı. Teknik Direktör Cengiz Oralkan, “Oyunun büyük bölümünde daha iyi olan taraftık ama iki dalgınlığın bedelini ağır ödedik. Taraftarımızdan özür diliyoruz” dedi."),
        ("p", "Haftayı Samsun'da 1-1 berabere kapatan Karadeniz Dalgaspor'un puan kaybı da liderin işini kolaylaştırdı. Hafta başında iki olan fark, böylece dörde çıktı."),
        ("h", "27. hafta sonunda puan durumu (ilk 8)"),
        ("table", [["Sıra", "Takım", "O", "G", "B", "M", "A", "Y", "P"],
                   ["1", "Toros Yıldızspor", "27", "18", "5", "4", "51", "22", "59"],
                   ["2", "Karadeniz Dalgaspor", "27", "16", "7", "4", "44", "21", "55"],
                   ["3", "Erciyes Gücü", "27", "15", "6", "6", "47", "30", "51"],
                   ["4", "Anka Bursa FK", "27", "13", "8", "6", "38", "27", "47"],
                   ["5", "Ege Zeytinspor", "27", "12", "7", "8", "40", "33", "43"],
                   ["6", "Ankara Atlas SK", "27", "11", "6", "10", "35", "34", "39"],
                   ["7", "Malatya Kayısıspor", "27", "10", "8", "9", "31", "32", "38"],
                   ["8", "Trakya Sınırspor", "27", "9", "6", "12", "29", "38", "33"]], None, [0]),
        ("p", "Ligde gelecek hafta Toros Yıldızspor evinde Ege Zeytinspor'u ağırlayacak, Erciyes Gücü ise Trabzon'da Karadeniz Dalgaspor'a konuk olacak. Sezonun bitimine yedi hafta kala zirvedeki dört puanlık fark, ligin en önemli hikâyesi olmaya aday."),
    ],
    related=[("Erciyes Gücü'nde Oralkan: “Evimizde kimseye boyun eğmeyiz”", 3), ("Toros Yıldızspor'da sakat oyuncu sayısı üçe indi", 5),
             ("Anadolu Futbol Ligi'nde 26. haftanın ardından", 7), ("Ozan Akdağ genç milli takım kadrosuna çağrıldı", 19)],
    comments=[("mersinli_33", 14, "Ozan'ı neden ilk on birde oynatmıyorsunuz, bu çocuk maç kazandırıyor."),
              ("kayseri38", 31, "İlk yarıdaki oyunla kazanmamız lazımdı. Savunma yine uyudu.")],
    entities=[("Toros Yıldızspor", "ORG"), ("Kayseri", "LOC"), ("Anadolu Futbol Ligi", "MISC"), ("Erciyes Gücü", "ORG"),
              ("Talas Şehir Stadı", "LOC"), ("Mert Kalaycıoğlu", "PER"), ("Serdar Akbulut", "PER"), ("Volkan Demirtaş", "PER"),
              ("Akdağ", "PER"), ("Ozan Akdağ", "PER"), ("Tolga Ersoy", "PER"), ("Kalaycıoğlu", "PER"), ("Ersoy", "PER"),
              ("Levent Sarıgül", "PER"), ("Ozan", "PER"), ("Cengiz Oralkan", "PER"), ("Samsun", "LOC"),
              ("Karadeniz Dalgaspor", "ORG"), ("Anka Bursa FK", "ORG"), ("Ege Zeytinspor", "ORG"), ("Ankara Atlas SK", "ORG"),
              ("Malatya Kayısıspor", "ORG"), ("Trakya Sınırspor", "ORG"), ("Trabzon", "LOC")],
    extra_tags=["title-differs-from-headline"],
    notes="The standings table's highlighted leader row is a data row like the others; the 'Reklam' slot inside the text is left out.",
))

# ---------------------------------------------------------------- 02: basketball, results + standings tables
ARTICLES.append(dict(
    id=f"{SITE}-02", seed=2, section_h1=True, charset="utf-8", section=("basketbol", "Basketbol"), crumb="Marmara Basketbol Ligi", nid=131577,
    url=f"{HOST}/basketbol/marmara-basketbol-ligi-9-hafta-halic-potasi-namaglup-131577",
    pub=dt(2016, 11, 27, 22, 15), today=dt(2016, 11, 28, 8, 40), img="131577_1200x675.jpg",
    title="Marmara Basketbol Ligi'nde 9. hafta: Haliç Potası namağlup yoluna devam ediyor | Skor Anadolu",
    desc="Haliç Potası, Kadıköy Rıhtım SK'yi 88-79 yenerek sezonun dokuzuncu galibiyetini aldı.",
    headline="Marmara Basketbol Ligi'nde 9. hafta: Haliç Potası namağlup yoluna devam ediyor",
    summary="Haliç Potası, Kadıköy Rıhtım SK'yi 88-79 yenerek sezonun dokuzuncu galibiyetini aldı. Haftanın sürprizi ise sezona sekiz yenilgiyle başlayan İzmit Körfez Basket'ten geldi.",
    authors=["Gülşen Tamer"],
    tags=["Marmara Basketbol Ligi", "Haliç Potası", "Kadıköy Rıhtım SK", "İzmit Körfez Basket", "Basketbol"],
    style="div",
    parts=[
        ("p", "Marmara Basketbol Ligi'nin 9. haftasında lider Haliç Potası, zorlu Kadıköy Rıhtım SK deplasmanından 88-79 galibiyetle döndü. Sezona dokuz maçta dokuz galibiyetle başlayan İstanbul ekibi, ligin tek namağlup takımı olmayı sürdürüyor."),
        ("p", "Rıhtım Spor Salonu'nun tribünlerini dolduran yaklaşık 2 bin 300 seyircinin izlediği karşılaşmanın ilk yarısı 41-41 eşitlikle sona erdi. Üçüncü çeyrekte savunma sertliğini artıran Haliç Potası, 12-0'lık bir seriyle farkı açtı ve bu avantajı son düdüğe kadar korudu."),
        ("p", "Galibiyetin mimarı 23 sayı, 7 ribaunt ve 5 asistle oynayan oyun kurucu Berk Tanrıöver oldu. Pivot Emrah Yücel de 16 sayı ve 11 ribauntla double-double yaptı. Kadıköy Rıhtım SK'de ise Kaan Sevindik'in 25 sayısı yenilgiyi önlemeye yetmedi."),
        ("p", "Haliç Potası Başantrenörü Ferit Gökalp, maçın ardından takımının savunmasını övdü: “Bu salonda kazanmak kolay değil. Üçüncü çeyrekte top kayıplarını azalttık ve hızlı hücumda bedava sayılar bulduk. Namağlup olmak güzel ama bizim hedefimiz mayısta ayakta kalan son takım olmak.”"),
        ("h", "Körfez'den sezonun ilk galibiyeti"),
        ("p", "Haftanın sürpriz sonucu Sakarya'da çıktı. Sezona sekiz yenilgiyle başlayan İzmit Körfez Basket, deplasmanda Sakarya Akarsu BK'yi 74-71 yenerek ligdeki ilk galibiyetini aldı. Son saniyede Tuna Aksoylu'nun çizgiden kaçırdığı serbest atış, ev sahibinin uzatmaya gitme umudunu da bitirdi."),
        ("p", "Haftanın diğer maçlarında Moda Basket, Yalova Termal Basket'i 92-85 yenerken Tekirdağ Bağbozumu BK, Bandırma Kuşcenneti'ni deplasmanda 83-80 mağlup etti."),
        ("h", "9. hafta sonuçları"),
        ("table", [["Ev sahibi", "Skor", "Konuk"],
                   ["Kadıköy Rıhtım SK", "79-88", "Haliç Potası"],
                   ["Sakarya Akarsu BK", "71-74", "İzmit Körfez Basket"],
                   ["Moda Basket", "92-85", "Yalova Termal Basket"],
                   ["Bandırma Kuşcenneti", "80-83", "Tekirdağ Bağbozumu BK"]]),
        ("h", "Puan durumu"),
        ("table", [["Sıra", "Takım", "O", "G", "M", "P"],
                   ["1", "Haliç Potası", "9", "9", "0", "18"],
                   ["2", "Moda Basket", "9", "6", "3", "15"],
                   ["3", "Kadıköy Rıhtım SK", "9", "6", "3", "15"],
                   ["4", "Sakarya Akarsu BK", "9", "5", "4", "14"],
                   ["5", "Tekirdağ Bağbozumu BK", "9", "4", "5", "13"],
                   ["6", "Yalova Termal Basket", "9", "3", "6", "12"],
                   ["7", "Bandırma Kuşcenneti", "9", "2", "7", "11"],
                   ["8", "İzmit Körfez Basket", "9", "1", "8", "10"]],
         "Galibiyet 2, mağlubiyet 1 puan. Eşitlikte ikili averaj esas alınır."),
        ("p", "Ligde 10. hafta maçları 3-4 Aralık'ta oynanacak. Haftanın öne çıkan karşılaşmasında Haliç Potası, ikinci sıradaki Moda Basket'i konuk edecek."),
    ],
    related=[("Haliç Potası'nda Tanrıöver'in sözleşmesi uzatıldı", 4), ("Kadıköy Rıhtım SK yeni pivotunu Sırbistan'dan getirdi", 9),
             ("Marmara Basketbol Ligi'nde 8. haftanın en iyi beşi", 7), ("İzmit Körfez Basket'te başantrenör değişikliği", 15)],
    comments=[("potacı_34", 40, "Berk Tanrıöver bu sezon ligin en iyisi, tartışmaya gerek yok."),
              ("körfezli", 65, "Nihayet! Sekiz maç sonra gelen galibiyet ilaç gibi geldi."),
              ("moda_tribun", 120, "Gelecek hafta Haliç'i durduracağız, salonu doldurun.")],
    entities=[("Marmara Basketbol Ligi", "MISC"), ("Haliç Potası", "ORG"), ("Kadıköy Rıhtım SK", "ORG"), ("İzmit Körfez Basket", "ORG"),
              ("İstanbul", "LOC"), ("Rıhtım Spor Salonu", "LOC"), ("Berk Tanrıöver", "PER"), ("Emrah Yücel", "PER"),
              ("Kaan Sevindik", "PER"), ("Ferit Gökalp", "PER"), ("Körfez", "ORG"), ("Sakarya", "LOC"), ("Sakarya Akarsu BK", "ORG"),
              ("Tuna Aksoylu", "PER"), ("Moda Basket", "ORG"), ("Yalova Termal Basket", "ORG"), ("Tekirdağ Bağbozumu BK", "ORG"),
              ("Bandırma Kuşcenneti", "ORG")],
    notes="Two tables (results and standings) are separate table blocks; the scoring note under the standings is a table caption (optional). Adjudicated after the second annotation: the <caption> comes first in the markup but the site's CSS (caption-side: bottom) shows it under the table, so the caption block follows the table (GUIDELINES 7.1, 7.7).",
))

# ---------------------------------------------------------------- 03: transfer, windows-1254, list + photo
ARTICLES.append(dict(
    id=f"{SITE}-03", seed=3, ld_author="org", meta_pub=dt(2021, 9, 14, 3, 12), charset="windows-1254", section=("futbol", "Futbol"), crumb="Transfer", nid=149032,
    url=f"{HOST}/futbol/transfer/anka-bursa-fk-gurcu-kaleci-luka-mestvirishvili-149032",
    pub=dt(2017, 8, 3, 14, 5), today=dt(2017, 8, 3, 18, 20), img="149032_1200x675.jpg",
    title="Anka Bursa FK, Gürcü kaleci Luka Mestvirishvili'yi renklerine bağladı | Skor Anadolu",
    desc="Bursa ekibi, 29 yaşındaki file bekçisiyle üç yıllık sözleşme imzaladı.",
    headline="Anka Bursa FK, Gürcü kaleci Luka Mestvirishvili'yi renklerine bağladı",
    summary="Bursa ekibi, 29 yaşındaki file bekçisiyle üç yıllık sözleşme imzaladı. Transferin bedeli açıklanmadı.",
    kicker="Transfer", authors=["Oğuz Yalçınkaya"],
    tags=["Anka Bursa FK", "Transfer", "Luka Mestvirishvili", "Kaleci"],
    lead_img=("149032_780x440.jpg", "Luka Mestvirishvili, imza töreninin ardından Anka Bursa FK formasıyla poz verdi.", "Fotoğraf: Kerem Yalın / Skor Anadolu"),
    parts=[
        ("p", "Anka Bursa FK, yeni sezon öncesinde kaleci transferini Gürcistan'dan yaptı. Kulüp, Batum Liman SK'nin 29 yaşındaki file bekçisi Luka Mestvirishvili ile üç yıllık sözleşme imzaladığını duyurdu. Oyuncu, kulübün Nilüfer'deki tesislerinde düzenlenen törenle imzayı attı."),
        ("p", "Geçen sezon ligde sekiz farklı kaleci oynatan ve 41 gol yiyen Bursa ekibinin teknik heyeti, transfer döneminin başından beri deneyimli bir kaleciyi öncelikli hedef olarak belirlemişti. Gürcü kaleci, son iki sezonda ülkesinin liginde en az gol yiyen kaleci unvanını kazanmıştı."),
        ("p", "Törende konuşan Kulüp Başkanı Nurettin Baykal, transferin uzun bir görüşme sürecinin ardından tamamlandığını söyledi: “Luka'yı iki sezondur izliyorduk. Hem saha içindeki liderliği hem de ayağı topa yatkınlığı, hocamızın oyun anlayışına çok uygun. Bonservis bedelini iki kulübün anlaşması gereği açıklamıyoruz, ancak bütçemizi zorlamayan bir transfer olduğunu söyleyebilirim.”"),
        ("p", "Mestvirishvili ise Türkiye'de oynamanın uzun süredir hayali olduğunu belirtti. “Bursa'ya ilk geldiğimde tribünlerin sesini duydum ve kararımı verdim. Burada kupa kazanmak için bulunuyorum” diyen kaleci, Türkçe öğrenmeye başladığını da sözlerine ekledi."),
        ("p", "Mestvirishvili'nin kariyerindeki öne çıkan duraklar şöyle:"),
        ("ul", ["2007-2011: Tiflis Demiryolu SK altyapısı ve A takımı",
                "2011-2014: Kutaisi Rioni FK, 84 lig maçı",
                "2014-2017: Batum Liman SK, 97 lig maçı ve 41 gol yemediği karşılaşma",
                "Gürcistan Milli Takımı formasıyla 6 maç"]),
        ("p", "Anka Bursa FK Teknik Direktörü Halil Uzunhasan, yeni kalecisinin hazırlık kampının ikinci etabına katılacağını açıkladı. Takım, 7 Ağustos'ta Bolu'da başlayacak kampta iki hazırlık maçı oynayacak."),
        ("p", "Kalecinin gelişi, kulübün son iki haftadaki ikinci yabancı transferi oldu. Anka Bursa FK, geçen hafta da Sırp orta saha oyuncusu Dragan Simonov ile iki yıllık sözleşme imzalamıştı. Simonov'un da hazırlık kampında takıma katılması bekleniyor."),
        ("p", "Bursa ekibinin bu yaz yaptığı beşinci transfer olan Mestvirishvili, kulüpte 1 numaralı formayı giyecek. Kulüp yönetiminin transfer dönemi kapanmadan bir stoper ve bir kanat oyuncusu daha kadroya katmayı planladığı öğrenildi."),
        ("p", "Mestvirishvili, geçen sezon forma giydiği takımda 31 lig maçında 11 kez kalesini gole kapatmıştı. Teknik heyetin hazırladığı raporda kalecinin özellikle penaltı kurtarışları ve oyun kurulumundaki katkısı öne çıkarıldı."),
        ("p", "Anka Bursa FK, geçen sezon ligin en çok gol yiyen altıncı takımı olmuş ve kaleci pozisyonunda üç farklı oyuncu denemişti. Kulüp yönetimi, yaz transfer döneminin başında önceliğin deneyimli bir kaleci olduğunu açıklamıştı."),
        ("p", "Gürcü kalecinin, takımın Bolu'daki hazırlık kampına önümüzdeki hafta katılması bekleniyor. Anka Bursa FK, yeni sezonun ilk resmi maçında 20 Ağustos'ta sahasında Ege Zeytinspor'u konuk edecek."),
    ],
    photo_caps=["Luka Mestvirishvili, imza töreninin ardından Anka Bursa FK formasıyla poz verdi."],
    related=[("Anka Bursa FK hazırlık kampı programını açıkladı", 2), ("Bursa ekibinde kaleci arayışı sürüyor", 12),
             ("Transfer döneminde kim nereye gitti? Güncel liste", 1), ("Uzunhasan: “Bu sezon ilk dörtten aşağısını düşünmüyoruz”", 21)],
    comments=[("yesilbeyaz16", 22, "Nihayet gerçek bir kaleci. Hayırlı olsun.")],
    entities=[("Anka Bursa FK", "ORG"), ("Gürcü", "MISC"), ("Luka Mestvirishvili", "PER"), ("Bursa", "LOC"), ("Gürcistan", "LOC"),
              ("Batum Liman SK", "ORG"), ("Nilüfer", "LOC"), ("Nurettin Baykal", "PER"), ("Luka", "PER"), ("Mestvirishvili", "PER"),
              ("Türkiye", "LOC"), ("Türkçe", "MISC"), ("Tiflis Demiryolu SK", "ORG"), ("Kutaisi Rioni FK", "ORG"),
              ("Gürcistan Milli Takımı", "ORG"), ("Halil Uzunhasan", "PER"), ("Bolu", "LOC"), ("Sırp", "MISC"),
              ("Dragan Simonov", "PER"), ("Simonov", "PER"), ("Mestvirishvili", "PER"), ("Bolu", "LOC"), ("Ege Zeytinspor", "ORG")],
    notes="The category label 'Transfer' above the headline is a kicker; the photo credit is left out of the caption.",
))

# ---------------------------------------------------------------- 04: wrestling, medal table, dateline
ARTICLES.append(dict(
    id=f"{SITE}-04", seed=4, notime=True, meta_pub=None, split=True, charset="utf-8", section=("gures", "Güreş"), crumb="Serbest Stil", nid=163881,
    url=f"{HOST}/gures/genc-guresculerden-edirnede-11-madalya-163881",
    pub=dt(2018, 3, 18, 19, 30), today=dt(2018, 3, 19, 7, 55), img="163881_1200x675.jpg",
    title="Genç güreşçilerden Edirne'de 11 madalya | Skor Anadolu",
    desc="Balkan Gençler Güreş Turnuvası'nı Türkiye, dördü altın 11 madalyayla ilk sırada tamamladı.",
    headline="Genç güreşçilerden Edirne'de 11 madalya",
    summary="Balkan Gençler Güreş Turnuvası'nı Türkiye, dördü altın 11 madalyayla ilk sırada tamamladı.",
    authors=["Hakan Çelebioğlu"],
    tags=["Güreş", "Balkan Gençler Güreş Turnuvası", "Edirne", "Milli Takım"],
    parts=[
        ("p", "EDİRNE – Üç gün süren Balkan Gençler Güreş Turnuvası, ev sahibi Türkiye'nin zaferiyle sona erdi. Serbest stil ve grekoromen branşlarında 10 sıkletde mindere çıkan genç milliler, 4 altın, 3 gümüş ve 4 bronz olmak üzere toplam 11 madalya kazandı."),
        ("p", "Sekiz ülkeden 146 sporcunun katıldığı turnuva, Edirne'deki Sarayiçi Kapalı Spor Salonu'nda yapıldı. Bulgaristan 8 madalyayla ikinci, Romanya ise 6 madalyayla üçüncü oldu."),
        ("p", "Altın madalya kazanan güreşçilerimiz şunlar:"),
        ("ul", ["Serbest stil 55 kg: Eren Yücetürk", "Serbest stil 74 kg: Batuhan Karaarslan",
                "Grekoromen 63 kg: Yiğit Özsoy", "Grekoromen 87 kg: Abdullah Kemerli"]),
        ("p", "Turnuvanın en çekişmeli finali 74 kiloda yaşandı. Bulgar rakibi Stoyan Petkanov karşısında son 20 saniyeye 4-3 geride giren Batuhan Karaarslan, son saniyelerde yaptığı tuşla altın madalyanın sahibi oldu. Salondaki seyircilerin ayakta alkışladığı Karaarslan, maçın ardından gözyaşlarını tutamadı."),
        ("p", "“Son saniyeye kadar vazgeçmeyin diye öğretildik. Annem ve babam tribündeydi, bu madalya onların”, diyen 18 yaşındaki güreşçi, hedefinin yaz aylarında yapılacak dünya şampiyonası olduğunu söyledi."),
        ("ad", 1),
        ("p", "Genç Milli Takım Antrenörü Sadettin Kavaklı ise sonuçtan memnun olduğunu, ancak grekoromen ağır sıkletlerde eksiklerin göründüğünü belirtti. Kavaklı, “97 ve 130 kiloda istediğimiz seviyede değiliz. Önümüzdeki üç ayda bu sıkletlerde kamp çalışmasını yoğunlaştıracağız” dedi."),
        ("p", "Kadın güreşçilerin bu yıl ilk kez turnuva programına alınması planlanıyordu, ancak organizasyon komitesi yeterli katılım olmadığı gerekçesiyle kadın kategorilerini gelecek yıla erteledi. Türkiye'den 12 kadın güreşçinin kamp yaparak hazırlandığı turnuva için alınan bu karar, aileler ve antrenörler arasında hayal kırıklığı yarattı."),
        ("h", "Madalya sıralaması"),
        ("table", [["Sıra", "Ülke", "Altın", "Gümüş", "Bronz", "Toplam"],
                   ["1", "Türkiye", "4", "3", "4", "11"],
                   ["2", "Bulgaristan", "3", "2", "3", "8"],
                   ["3", "Romanya", "2", "2", "2", "6"],
                   ["4", "Yunanistan", "1", "2", "3", "6"],
                   ["5", "Sırbistan", "0", "1", "2", "3"],
                   ["6", "Arnavutluk", "0", "0", "3", "3"],
                   ["7", "Karadağ", "0", "0", "2", "2"],
                   ["8", "Moldova", "0", "0", "1", "1"]], None, [0]),
        ("p", "Turnuvanın gelecek yılki organizasyonu Romanya'nın Köstence kentinde yapılacak."),
        ("p", "Turnuvaya 14 ülkeden 230 sporcu katıldı. Milli takım, geçen yıl aynı organizasyonda yedi madalya kazanmış ve sıralamayı üçüncü bitirmişti."),
        ("p", "Gençler Milli Takımı Başantrenörü Kadir Aksungur, sonucun kamp programının doğru kurulduğunu gösterdiğini söyledi: “Çocuklar üç ay boyunca hafta sonu dahil çalıştı. Bu madalyalar o emeğin karşılığı.”"),
        ("p", "Genç güreşçiler, temmuz ayında yapılacak Avrupa Gençler Şampiyonası öncesinde Edirne'de bir hafta daha kamp yapacak. Federasyon, şampiyonada 20 sporcuyla mücadele etmeyi planlıyor."),
    ],
    related=[("Genç milliler Edirne kampında son hazırlıklarını yaptı", 6), ("Güreşte yeni sezon takvimi açıklandı", 40),
             ("Kırkpınar'a başvurular başladı: kontenjan 1.200 pehlivan", 11), ("Kadın güreşçilerden Avrupa'da iki bronz", 26)],
    comments=[],
    entities=[("Edirne", "LOC"), ("Balkan Gençler Güreş Turnuvası", "MISC"), ("EDİRNE", "LOC"), ("Türkiye", "LOC"),
              ("Sarayiçi Kapalı Spor Salonu", "LOC"), ("Bulgaristan", "LOC"), ("Romanya", "LOC"), ("Eren Yücetürk", "PER"),
              ("Batuhan Karaarslan", "PER"), ("Yiğit Özsoy", "PER"), ("Abdullah Kemerli", "PER"), ("Bulgar", "MISC"),
              ("Stoyan Petkanov", "PER"), ("Karaarslan", "PER"), ("Sadettin Kavaklı", "PER"), ("Kavaklı", "PER"),
              ("Yunanistan", "LOC"), ("Sırbistan", "LOC"), ("Arnavutluk", "LOC"), ("Karadağ", "LOC"), ("Moldova", "LOC"),
              ("Köstence", "LOC"), ("Kadir Aksungur", "PER"), ("Avrupa Gençler Şampiyonası", "MISC")],
    extra_tags=["dateline"],
    notes="The dateline 'EDİRNE –' stays in the first paragraph; the list lead-in sentence is a paragraph.",
))

# ---------------------------------------------------------------- 05: volleyball profile, updated
ARTICLES.append(dict(
    id=f"{SITE}-05", seed=5, ld_author=None, meta_pub=None, charset="utf-8", section=("voleybol", "Voleybol"), crumb="Kadınlar Ligi", nid=188310,
    url=f"{HOST}/voleybol/kocaeli-martilarinin-genc-pasoru-derya-ilgaz-188310",
    pub=dt(2019, 12, 8, 11, 20), mod=dt(2019, 12, 8, 13, 5), today=dt(2019, 12, 8, 15, 10), img="188310_1200x675.jpg",
    title="Kocaeli Martıları'nın genç pasörü Derya Ilgaz kimdir? | Skor Anadolu",
    desc="17 yaşındaki pasör Derya Ilgaz, ilk profesyonel sezonunda ligin en çok asist yapan oyuncuları arasına girdi.",
    headline="Kocaeli Martıları'nın 17 yaşındaki pasörü Derya Ilgaz ligin yükselen yıldızı oldu",
    summary="İlk profesyonel sezonunu geçiren Derya Ilgaz, set başına 9,8 asistle ligin en verimli pasörleri arasında. Genç oyuncu, voleybola mahalle turnuvasında başladığını anlatıyor.",
    authors=["Aylin Soykan"],
    tags=["Voleybol", "Kocaeli Martıları", "Derya Ilgaz", "Kadınlar Voleybol Ligi"],
    lead_img=("188310_780x440.jpg", "Derya Ilgaz, Kocaeli Martıları'nın antrenmanında.", "Fotoğraf: Skor Anadolu"),
    parts=[
        ("p", "Kocaeli Martıları'nın antrenman salonunda sabah dokuzda ilk gelen oyuncu genellikle odur. Henüz 17 yaşındaki pasör Derya Ilgaz, ilk profesyonel sezonunda Kadınlar Voleybol Ligi'nin en dikkat çeken isimlerinden biri haline geldi."),
        ("p", "Ligde geride kalan dokuz haftada set başına 9,8 asist ortalaması tutturan Ilgaz, bu alanda ligin en iyi üç pasörü arasında yer alıyor. Takımı ise dokuz maçta yedi galibiyetle ikinci sırada."),
        ("h", "Mahalle turnuvasından profesyonel lige"),
        ("p", "Ilgaz'ın voleybolla tanışması, İzmit'in Yahya Kaptan semtinde düzenlenen bir mahalle turnuvasında oldu. “Ablamın takımında bir kişi eksikti, beni sahaya soktular. 11 yaşındaydım ve fileye boyum zor yetiyordu”, diye gülerek anlatıyor."),
        ("p", "O turnuvayı izleyen altyapı antrenörü Nermin Aksakal, genç oyuncuyu kulübün seçmelerine davet etti. Aksakal, Ilgaz'ın ilk günden itibaren oyunu okuma yeteneğiyle dikkat çektiğini söylüyor: “Çoğu çocuk topa bakar. Derya ise topun nereye gideceğine bakıyordu. Pasörlük böyle bir şey.”"),
        ("h", "“Hatalarımdan korkmuyorum”"),
        ("p", "Kocaeli Martıları Başantrenörü Tamer Eskioğlu, sezon başında deneyimli pasör Ebru Kandemir'in sakatlanmasıyla Ilgaz'a forma vermek zorunda kaldığını, ancak kararından hiç pişman olmadığını ifade etti. Eskioğlu, “Bu yaşta bir oyuncudan hata yapmaması beklenemez. Ama Derya bir hata yaptıktan sonra bir sonraki topta aynı cesaretle pas veriyor. Bu öğretilemez” dedi."),
        ("p", "Genç pasör ise baskıyla nasıl başa çıktığını sade bir cümleyle özetliyor: “Hatalarımdan korkmuyorum. Korkarsam topu kimseye veremem.”"),
        ("p", "Ilgaz'ın sezon istatistikleri de dikkat çekici. Dokuz maçta 34 set oynayan genç pasör, toplam 333 asistin yanı sıra 14 servis ası ve 21 blok sayısı kaydetti. Takım kaptanı Sibel Oruçoğlu, “Derya ile oynamak kolay; topu tam istediğin yere, istediğin hızda getiriyor” diye konuşuyor."),
        ("p", "Okulunu da aksatmayan Ilgaz, lise son sınıfta. Hafta içi derslerden sonra antrenmana gelen oyuncu, hafta sonları ise maçlara çıkıyor. Milli takım antrenörlerinin de takibinde olan genç pasörün, ocak ayında yapılacak genç milli takım kampına çağrılması bekleniyor."),
        ("p", "Kocaeli Martıları, ligin 10. haftasında 14 Aralık Cumartesi günü deplasmanda Antalya Dalga VK ile karşılaşacak."),
        ("p", "Takımın başantrenörü Levent Sarıgül, genç pasörün oyunu okuma becerisinin yaşının çok üzerinde olduğunu söylüyor. “Derya topa dokunmadan önce nereye vereceğine karar vermiş oluyor. Bunu öğretmek çok zor, onda doğuştan var” diyen Sarıgül, oyuncunun fiziksel gelişimine de özel önem verdiklerini ekledi."),
        ("p", "Ilgaz, haftada altı gün antrenmana çıkıyor ve bir yandan da lise son sınıfta okuyor. Kulüp, genç oyuncunun derslerini aksatmaması için antrenman saatlerini okul programına göre düzenledi."),
        ("p", "Genç pasör, hedefinin önce takımıyla play-off'a kalmak, ardından milli takım formasını giymek olduğunu söylüyor."),
    ],
    photo_caps=["Derya Ilgaz, Kocaeli Martıları'nın antrenmanında."],
    related=[("Kocaeli Martıları deplasmanda set vermeden kazandı", 1), ("Kadınlar Voleybol Ligi'nde 9. haftanın sonuçları", 1),
             ("Ebru Kandemir'in sakatlığı için ameliyat kararı", 58), ("Genç milli takımın ocak kampı Ankara'da yapılacak", 9)],
    comments=[("izmitli41", 30, "Derya'yı küçüklüğünden beri izliyorum, gurur duyuyoruz."),
              ("voleysever", 75, "Milli takıma çağrılması an meselesi.")],
    entities=[("Kocaeli Martıları", "ORG"), ("Derya Ilgaz", "PER"), ("Kadınlar Voleybol Ligi", "MISC"), ("Ilgaz", "PER"),
              ("İzmit", "LOC"), ("Yahya Kaptan", "LOC"), ("Nermin Aksakal", "PER"), ("Aksakal", "PER"), ("Derya", "PER"),
              ("Tamer Eskioğlu", "PER"), ("Ebru Kandemir", "PER"), ("Eskioğlu", "PER"), ("Antalya Dalga VK", "ORG"),
              ("Sibel Oruçoğlu", "PER"), ("Levent Sarıgül", "PER"), ("Sarıgül", "PER"), ("Derya", "PER")],
    notes="The page shows 'Yayınlanma' and 'Güncelleme' times; the update is the modified value.",
))

# ---------------------------------------------------------------- 06: season end, final table, windows-1254 (variant 09)
ARTICLES.append(dict(
    id=f"{SITE}-06", seed=6, charset="windows-1254", section=("futbol", "Futbol"), crumb="Anadolu Futbol Ligi", nid=229415,
    url=f"{HOST}/futbol/anadolu-futbol-liginde-sezon-bitti-dalgaspor-sampiyon-229415",
    pub=dt(2021, 5, 16, 20, 40), today=dt(2021, 5, 17, 10, 15), img="229415_1200x675.jpg",
    title="Anadolu Futbol Ligi'nde sezon bitti: Dalgaspor şampiyon, iki takım küme düştü | Skor Anadolu",
    desc="Karadeniz Dalgaspor, son haftada Hatay Defnespor'u 2-0 yenerek şampiyonluğu ilan etti.",
    headline="Anadolu Futbol Ligi'nde sezon bitti: Dalgaspor şampiyon, iki takım küme düştü",
    summary="Karadeniz Dalgaspor, son haftada Hatay Defnespor'u 2-0 yenerek kulüp tarihinin ilk şampiyonluğunu kazandı. Van Kalespor ve Trakya Sınırspor bir alt lige düştü.",
    authors=["Serkan Dölek", "Oğuz Yalçınkaya"],
    tags=["Anadolu Futbol Ligi", "Karadeniz Dalgaspor", "Şampiyonluk", "Küme düşme", "Puan Durumu"],
    parts=[
        ("p", "Anadolu Futbol Ligi'nde 2020-2021 sezonu, son haftada oynanan beş maçla tamamlandı. Şampiyonluk yarışını önde götüren Karadeniz Dalgaspor, Trabzon'da seyircisiz oynanan karşılaşmada Hatay Defnespor'u 2-0 yenerek kulüp tarihinin ilk lig şampiyonluğunu kazandı."),
        ("p", "Dalgaspor'un gollerini 23. dakikada penaltıdan Cemil Ergüven ve 71. dakikada Ramazan Tekeli kaydetti. Ergüven, bu golle sezonu 21 golle tamamlayarak gol krallığını da garantiledi."),
        ("h", "Zirvede son hafta heyecanı"),
        ("p", "Son haftaya iki puan farkla lider giren Dalgaspor'un en yakın takipçisi Toros Yıldızspor, Ankara Atlas SK deplasmanında 3-2 kazanmasına rağmen şampiyonluğu kaçırdı. Ankara'daki maç, Dalgaspor'un ikinci golünden sonra bir süre herkesin telefonlara baktığı bir karşılaşmaya dönüştü."),
        ("p", "Şampiyon takımın Teknik Direktörü Bülent Karayel, kupanın kulübün 58 yıllık sabrının ödülü olduğunu söyledi: “Bu şehir bu anı yıllarca bekledi. Stadımız boştu ama evlerde, balkonlarda sesimizi duyduk. Bu kupayı tribüne gelemeyen taraftarımıza armağan ediyoruz.”"),
        ("h", "Ligi bırakan iki takım"),
        ("p", "Alt sıralarda ise düşme hattındaki iki takımın kaderi önceki haftalarda belli olmuştu. Son maçında Erciyes Gücü'ne 4-1 yenilen Van Kalespor 24 puanda kalırken, Malatya Kayısıspor'la 1-1 berabere kalan Trakya Sınırspor da 28 puanla ligin son iki basamağında sezonu kapattı. İki ekip gelecek sezon bölgesel ligde mücadele edecek."),
        ("p", "Haftanın diğer maçlarında Anka Bursa FK, Ege Zeytinspor'u 2-1 mağlup etti."),
        ("h", "Sezon sonu puan durumu"),
        ("table", [["Sıra", "Takım", "O", "G", "B", "M", "A", "Y", "P"],
                   ["1", "Karadeniz Dalgaspor", "36", "24", "7", "5", "66", "28", "79"],
                   ["2", "Toros Yıldızspor", "36", "23", "8", "5", "71", "33", "77"],
                   ["3", "Anka Bursa FK", "36", "18", "9", "9", "52", "36", "63"],
                   ["4", "Erciyes Gücü", "36", "16", "8", "12", "58", "44", "56"],
                   ["5", "Ege Zeytinspor", "36", "13", "10", "13", "45", "43", "49"],
                   ["6", "Ankara Atlas SK", "36", "12", "9", "15", "47", "50", "45"],
                   ["7", "Malatya Kayısıspor", "36", "10", "11", "15", "39", "46", "41"],
                   ["8", "Hatay Defnespor", "36", "9", "9", "18", "37", "55", "36"],
                   ["9", "Trakya Sınırspor", "36", "7", "7", "22", "30", "63", "28"],
                   ["10", "Van Kalespor", "36", "6", "6", "24", "27", "74", "24"]], None, [0]),
        ("p", "Ligde yeni sezonun ağustosun ikinci yarısında başlaması, fikstür çekiminin ise temmuz ayında yapılması bekleniyor. Bölgesel ligden yükselen iki takım, önümüzdeki hafta oynanacak play-off finallerinin ardından belli olacak."),
    ],
    related=[("Dalgaspor'da şampiyonluk kutlamaları evlerde yapıldı", 0), ("Gol kralı Ergüven: “Bu sezonun hikâyesini yazan takım arkadaşlarım”", 3),
             ("Van Kalespor'da küme düşmenin ardından istifa", 6), ("Anadolu Futbol Ligi'nde 35. haftanın ardından", 7)],
    comments=[("dalga61", 12, "58 yıl bekledik, değdi! Şampiyon Dalgaspor!"),
              ("torosçu", 19, "Bir puan için kaçtı, gelecek sezon bizim."),
              ("vanli65", 44, "Üzgünüz ama döneceğiz. Kulübümüzün yanındayız.")],
    entities=[("Anadolu Futbol Ligi", "MISC"), ("Dalgaspor", "ORG"), ("Karadeniz Dalgaspor", "ORG"), ("Hatay Defnespor", "ORG"),
              ("Van Kalespor", "ORG"), ("Trakya Sınırspor", "ORG"), ("Trabzon", "LOC"), ("Cemil Ergüven", "PER"),
              ("Ramazan Tekeli", "PER"), ("Ergüven", "PER"), ("Toros Yıldızspor", "ORG"), ("Ankara Atlas SK", "ORG"),
              ("Ankara", "LOC"), ("Bülent Karayel", "PER"), ("Erciyes Gücü", "ORG"), ("Malatya Kayısıspor", "ORG"),
              ("Anka Bursa FK", "ORG"), ("Ege Zeytinspor", "ORG")],
    notes="Two names in the byline; the short club name 'Dalgaspor' is an ORG mention like the full name.",
))

# ---------------------------------------------------------------- 07: cycling, results table, kicker, dateline
ARTICLES.append(dict(
    id=f"{SITE}-07", seed=7, ld_author=None, meta_author="Necati Bozbey", meta_pub=None, charset="utf-8", section=("bisiklet", "Bisiklet"), crumb="Kapadokya Bisiklet Turu", nid=297760,
    url=f"{HOST}/bisiklet/kapadokya-bisiklet-turu-genel-klasman-tiago-mourao-297760",
    pub=dt(2023, 9, 24, 18, 10), today=dt(2023, 9, 25, 8, 30), img="297760_1200x675.jpg",
    title="Kapadokya Bisiklet Turu'nda zafer Tiago Mourão'nun | Skor Anadolu",
    desc="Beş etaplık Kapadokya Bisiklet Turu'nu Portekizli Tiago Mourão kazandı; en iyi Türk sporcu Emir Saltuk dördüncü oldu.",
    headline="Kapadokya Bisiklet Turu'nda genel klasman zaferi Portekizli Tiago Mourão'nun",
    summary="Beş etaplık yarışın son gününde sarı mayoyu koruyan Mourão, ikinci sıradaki rakibini 38 saniye geride bıraktı. En iyi Türk sporcu Emir Saltuk dördüncü oldu.",
    kicker="Kapadokya Bisiklet Turu", authors=["Necati Bozbey"],
    tags=["Bisiklet", "Kapadokya Bisiklet Turu", "Tiago Mourão", "Emir Saltuk", "Nevşehir"],
    lead_img=("297760_780x440.jpg", "Sarı mayolu Tiago Mourão, son etapta Uçhisar tırmanışında.", "Fotoğraf: Turu Organizasyon Komitesi"),
    parts=[
        ("p", "NEVŞEHİR – Beş gün süren ve 742 kilometrelik parkurda yapılan Kapadokya Bisiklet Turu, Portekizli Tiago Mourão'nun zaferiyle sona erdi. Göreme ile Ürgüp arasında koşulan 128 kilometrelik son etabı ana grupla tamamlayan Vale Ciclismo takımının 27 yaşındaki sporcusu, üçüncü etapta giydiği sarı mayoyu son güne kadar kimseye bırakmadı."),
        ("p", "Mourão, genel klasmanda en yakın rakibi Belçikalı Jens Verhaeghe'yi 38 saniye geride bıraktı. Kolombiyalı Andrés Quintero üçüncü olurken, ev sahibi Türkiye adına en iyi derece dördüncülükle Emir Saltuk'tan geldi."),
        ("p", "Yarışın kaderi, Uçhisar Kalesi'nin eteklerinde biten üçüncü etapta belirlenmişti. Son 4 kilometrede yüzde 9'a varan eğimli tırmanışta atağa kalkan Mourão, etabı tek başına kazanarak rakiplerine 41 saniye fark atmıştı."),
        ("p", "Kazandığı ödülün ardından konuşan Portekizli bisikletçi, parkurun zorluğuna dikkat çekti: “Peri bacalarının arasında pedal çevirmek inanılmazdı ama rüzgâr da bir o kadar zorladı. Üçüncü etapta bacaklarım iyi hissediyordu, riski almaya karar verdim. Takımım son iki gün muhteşem bir iş çıkardı.”"),
        ("h", "Saltuk'tan tarihi derece"),
        ("p", "Dördüncülük, Türk bisikletçilerin bu yarıştaki en iyi derecesi oldu. Erciyes Pedal İhtisas Kulübü sporcusu Emir Saltuk, son etabın ardından yaptığı açıklamada, “Podyumun çok yakınındaydım. Gelecek yıl hedefim burada, kendi seyircimizin önünde ilk üçe girmek” dedi."),
        ("p", "Anadolu Bisiklet Birliği Genel Sekreteri Yeşim Aktaşlı da sonucun genç bisikletçilere ilham vereceğini söyledi."),
        ("h", "Genel klasman (ilk 8)"),
        ("table", [["Sıra", "Sporcu", "Ülke", "Takım", "Süre"],
                   ["1", "Tiago Mourão", "Portekiz", "Vale Ciclismo", "18:42:15"],
                   ["2", "Jens Verhaeghe", "Belçika", "Scheldt Cycling", "+0:38"],
                   ["3", "Andrés Quintero", "Kolombiya", "Páramo Pro Team", "+1:04"],
                   ["4", "Emir Saltuk", "Türkiye", "Erciyes Pedal İhtisas Kulübü", "+1:27"],
                   ["5", "Mikkel Tranberg", "Danimarka", "Nordvind Racing", "+1:52"],
                   ["6", "Paolo Ferrandi", "İtalya", "Squadra Lagune", "+2:10"],
                   ["7", "Ozan Yeşilkaya", "Türkiye", "Antalya Akdeniz Pedal", "+2:46"],
                   ["8", "Lukas Brenner", "Avusturya", "Alpen Velo", "+3:05"]],
         "Kaynak: Yarış organizasyon komitesi"),
        ("p", "Yarışın puan klasmanını Danimarkalı Mikkel Tranberg, dağ klasmanını ise İtalyan Paolo Ferrandi kazandı. Takım klasmanında birinciliği Vale Ciclismo aldı."),
        ("p", "Yarış bu yıl ilk kez Nevşehir, Kayseri ve Niğde'yi kapsayan 712 kilometrelik bir parkurda koşuldu. 18 ülkeden 21 takımın katıldığı organizasyonda 126 bisikletçi yola çıktı, 104'ü yarışı tamamladı."),
        ("p", "Organizasyon komitesi, gelecek yıl yarışın altı etaba çıkarılmasını ve parkura Aksaray'ın da eklenmesini planlıyor."),
    ],
    photo_caps=["Sarı mayolu Tiago Mourão, son etapta Uçhisar tırmanışında."],
    related=[("Kapadokya Bisiklet Turu'nda üçüncü etap Mourão'nun", 2), ("Bisiklet turu için yollar kapanıyor: güzergâh ve saatler", 6),
             ("Emir Saltuk: “Kendi evimizde podyum istiyoruz”", 8), ("Genç bisikletçiler Kayseri'de kampa girdi", 30)],
    comments=[("pedalci50", 55, "Emir Saltuk'un dördüncülüğü büyük başarı, tebrikler.")],
    entities=[("Kapadokya Bisiklet Turu", "MISC"), ("Portekizli", "MISC"), ("Tiago Mourão", "PER"), ("Mourão", "PER"),
              ("Türk", "MISC"), ("Emir Saltuk", "PER"), ("NEVŞEHİR", "LOC"), ("Göreme", "LOC"), ("Ürgüp", "LOC"),
              ("Vale Ciclismo", "ORG"), ("Belçikalı", "MISC"), ("Jens Verhaeghe", "PER"), ("Kolombiyalı", "MISC"),
              ("Andrés Quintero", "PER"), ("Türkiye", "LOC"), ("Uçhisar Kalesi", "LOC"), ("Uçhisar", "LOC"), ("Saltuk", "PER"),
              ("Erciyes Pedal İhtisas Kulübü", "ORG"), ("Anadolu Bisiklet Birliği", "ORG"), ("Yeşim Aktaşlı", "PER"),
              ("Portekiz", "LOC"), ("Belçika", "LOC"), ("Scheldt Cycling", "ORG"), ("Kolombiya", "LOC"), ("Páramo Pro Team", "ORG"),
              ("Mikkel Tranberg", "PER"), ("Danimarka", "LOC"), ("Nordvind Racing", "ORG"), ("Paolo Ferrandi", "PER"),
              ("İtalya", "LOC"), ("Squadra Lagune", "ORG"), ("Ozan Yeşilkaya", "PER"), ("Antalya Akdeniz Pedal", "ORG"),
              ("Lukas Brenner", "PER"), ("Avusturya", "LOC"), ("Alpen Velo", "ORG"), ("Danimarkalı", "MISC"), ("İtalyan", "MISC"), ("Nevşehir", "LOC"), ("Kayseri", "LOC"), ("Niğde", "LOC"), ("Aksaray", "LOC")],
    extra_tags=["dateline", "title-differs-from-headline"],
    notes="The event name above the headline is a kicker; the 'Kaynak' line under the table is an optional caption.",
))

# ---------------------------------------------------------------- 08: coach dismissed, updated
ARTICLES.append(dict(
    id=f"{SITE}-08", seed=8, notime=True, meta_pub=None, charset="utf-8", section=("futbol", "Futbol"), crumb="Anadolu Futbol Ligi", nid=341205,
    url=f"{HOST}/futbol/malatya-kayisisporda-oralkan-donemi-sona-erdi-341205",
    pub=dt(2025, 2, 11, 16, 25), mod=dt(2025, 2, 11, 19, 40), today=dt(2025, 2, 12, 9, 0), img="341205_1200x675.jpg",
    title="Malatya Kayısıspor'da Oralkan dönemi sona erdi",
    desc="Üst üste beş maçta galibiyet alamayan Malatya Kayısıspor, Teknik Direktör Cengiz Oralkan ile karşılıklı anlaşarak yollarını ayırdı.",
    headline="Malatya Kayısıspor'da Oralkan dönemi sona erdi",
    summary="",
    authors=["Fikret Alagöz"],
    tags=["Malatya Kayısıspor", "Cengiz Oralkan", "Teknik direktör", "Anadolu Futbol Ligi"],
    parts=[
        ("p", "Anadolu Futbol Ligi'nde son beş maçında galibiyet alamayan Malatya Kayısıspor, Teknik Direktör Cengiz Oralkan ile yollarını ayırdı. Kulüpten yapılan yazılı açıklamada, ayrılığın karşılıklı anlaşmayla gerçekleştiği belirtildi."),
        ("p", "Ekim ayında göreve gelen 54 yaşındaki çalıştırıcı, takımın başında çıktığı 17 lig maçında 5 galibiyet, 6 beraberlik ve 6 yenilgi aldı. Malatya ekibi, 21 puanla ligde 11. sırada bulunuyor ve düşme hattının yalnızca iki puan üzerinde."),
        ("p", "Kulüp Başkanı İsmet Gündoğdu, kararın kolay olmadığını söyledi: “Cengiz hocamıza emekleri için teşekkür ediyoruz. Ancak ligin ikinci yarısında takımın yeni bir sese ihtiyacı olduğuna birlikte karar verdik. Yeni teknik direktörümüzü hafta sonuna kadar açıklayacağız.”"),
        ("p", "Oralkan ise sosyal medya hesabından yaptığı paylaşımda Malatyalı taraftarlara teşekkür etti ve takımın ligde kalacağına inandığını yazdı."),
        ("p", "Ayrılık kararında, geçen hafta sahasında Trakya Sınırspor'a 2-1 yenilen takımın maç sonunda tribünlerden gelen tepkilerin de etkili olduğu konuşuluyor. Karşılaşmanın ardından yaklaşık 200 taraftar stadyumun önünde toplanarak yönetimden değişiklik istemişti."),
        ("p", "Ligde en az gol yiyen üçüncü takım olmasına rağmen Kayısıspor, hücumda sezon boyunca istikrar yakalayamadı. Takımın 21 maçta attığı 19 gol, ligin en düşük ikinci gol sayısı. Son beş maçta ise Malatya ekibi yalnızca iki kez rakip fileleri havalandırabildi."),
        ("p", "Kulübe yakın kaynaklardan edinilen bilgiye göre yönetim, iki yerli teknik adamla görüşüyor. Yeni hoca gelene kadar takımı yardımcı antrenör Taner Kuşçuoğlu çalıştıracak. Kuşçuoğlu, pazar günü oynanacak Hatay Defnespor maçında takımın başında olacak."),
        ("p", "Malatya Kayısıspor, bu sezon teknik direktör değiştiren ligdeki dördüncü kulüp oldu. Kulüp, sezon başında göreve getirdiği Rıza Eminoğlu ile de ekim ayında yollarını ayırmıştı."),
        ("p", "Yönetim, yeni teknik direktörün ilk maçına çıkması beklenen 23 Şubat'taki Erciyes Gücü karşılaşması öncesinde taraftar dernekleriyle bir araya gelerek sezonun geri kalanı için destek isteyecek."),
        ("p", "Taraftar grupları ise karar konusunda bölünmüş durumda. Kulübün en büyük taraftar derneklerinden Kayısı Gençliği, açıklamasında Oralkan'a teşekkür ederken yönetimin transfer döneminde takımı yeterince güçlendirmediğini savundu."),
        ("p", "Malatya ekibinin ara transfer döneminde kadrosuna kattığı iki forvet, şimdiye kadar toplam 180 dakika süre alabildi ve gol atamadı."),
    ],
    related=[("Malatya Kayısıspor evinde puanı son dakikada kaçırdı", 2), ("Anadolu Futbol Ligi'nde 21. haftanın ardından", 2),
             ("Oralkan: “Bu takım ligde kalır”", 16), ("Kayısıspor'da Eminoğlu dönemi kısa sürdü", 120)],
    comments=[("malatya44", 33, "Hoca değişikliği tek başına çözüm değil, kadro zayıf."),
              ("kayisi_1966", 48, "Kuşçuoğlu'na güveniyoruz, pazar günü kazanmamız lazım.")],
    entities=[("Malatya Kayısıspor", "ORG"), ("Oralkan", "PER"), ("Anadolu Futbol Ligi", "MISC"), ("Cengiz Oralkan", "PER"),
              ("Malatya", "LOC"), ("İsmet Gündoğdu", "PER"), ("Cengiz", "PER"), ("Malatyalı", "MISC"),
              ("Taner Kuşçuoğlu", "PER"), ("Kuşçuoğlu", "PER"), ("Hatay Defnespor", "ORG"), ("Rıza Eminoğlu", "PER"),
              ("Trakya Sınırspor", "ORG"), ("Kayısıspor", "ORG"), ("Erciyes Gücü", "ORG"), ("Kayısı Gençliği", "ORG")],
    notes="No standfirst on this page; the update time shown as 'Güncelleme' is the modified value.",
))

VARIANT = dict(of=f"{SITE}-06", id=f"{SITE}-09")


# The live-score skin (2020 on) prints the age of a story ("3 saat önce") and keeps the exact time only
# in the byline's <time datetime>: its head template has no date meta and its JSON-LD no dates.
# Match reports (2018, 2025) carry the SEO plugin's article:published_time beside the JSON-LD.
PUBLISHED_META = {"skor-anadolu-04", "skor-anadolu-08"}
RELATIVE = {"skor-anadolu-01": "3 saat önce", "skor-anadolu-03": "1 saat önce", "skor-anadolu-05": "2 saat önce",
            "skor-anadolu-07": "40 dakika önce"}

# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph.
# New people and organisations join the entity list (text kept inside windows-1254 for the legacy pages).
MORE = {
    "skor-anadolu-01": ([
        ("h", "Kayseri'de gözler taraftar desteğinde"),
        ("p", "Maçın tribün cephesi de konuşuldu. Erciyes Gücü yönetimi, sezonun en yüksek seyirci sayısına ulaşılan karşılaşmada bilet gelirinin yaklaşık 1,2 milyon lira olduğunu açıkladı. Kulüp Başkanı Nurettin Karaağaç, “Taraftarımız bu akşam da bizi yalnız bırakmadı. Sonuç acı ama hikâye bitmedi, önümüzde yedi maç var” dedi ve takımın bir sonraki iç saha maçı için öğrenci biletlerinin yarı fiyatına satılacağını duyurdu."),
        ("p", "Toros Yıldızspor kafilesi ise maçın ardından gece yarısı Mersin'e döndü. Kulüp, Akdağ'ın performansının ardından oyuncunun sözleşmesini uzatmak için görüşmelere başladığını doğruladı. 19 yaşındaki forvetin mevcut sözleşmesi sezon sonunda bitiyor. Sportif Direktör Haluk Benli, “Ozan bu kulübün altyapısından yetişti. Onu uzun yıllar burada görmek istiyoruz, ailesiyle görüşmelerimiz olumlu geçiyor” ifadelerini kullandı."),
        ("p", "Lider ekibin sevindiği bir diğer gelişme de sakat oyuncuların dönüşü oldu. Kas yırtığı nedeniyle beş haftadır forma giyemeyen orta saha oyuncusu Burak Tezcan'ın gelecek hafta kadroya alınması bekleniyor. Sağlık ekibinden yapılan açıklamaya göre Tezcan, takımla birlikte tam tempo çalışmalara başladı."),
        ("p", "Erciyes Gücü'nde ise eşitlik golünün geldiği korner ve Akdağ'ın ikinci golünde yaşanan savunma hataları gündemde. Oralkan'ın hafta içinde savunma hattında değişikliğe gitmesi ve altyapıdan yetişen 20 yaşındaki stoper Emre Kavaklı'ya ligde ilk kez forma şansı vermesi bekleniyor. Kayseri ekibi, Trabzon deplasmanı öncesinde kampa cuma günü girecek."),
        ("p", "Federasyonun açıkladığı programa göre ligin 28. haftası cumartesi ve pazar günlerine yayılacak. Toros Yıldızspor ile Ege Zeytinspor arasındaki karşılaşma pazar günü saat 16.00'da başlayacak. Mersin ekibi, son iç saha maçlarının tamamını kazandığı sezonda seriyi dokuza çıkarmayı hedefliyor; Ege Zeytinspor ise son beş deplasmanında yalnızca bir kez yenildi."),
    ], [("Nurettin Karaağaç", "PER"), ("Mersin", "LOC"), ("Haluk Benli", "PER"), ("Burak Tezcan", "PER"), ("Tezcan", "PER"),
        ("Oralkan", "PER"), ("Emre Kavaklı", "PER"), ("Trabzon", "LOC")]),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    return with_more_section(a, MORE)


def build(a, charset, gid=None, variant_of=None, url=None, notes=None):
    a = lengthened(a)
    html_text = page(a, charset)
    _, blocks = render_body(a)
    tags = phenomena(a, blocks, charset)
    art = Article(
        id=gid or a["id"], site=SITE, url=url or a["url"], language="tr", headline=a["headline"],
        published=iso(a["pub"]), modified=iso(a["mod"]) if a.get("mod") else None,
        authors=a["authors"], summary=a.get("summary", ""), blocks=blocks, entities=a["entities"],
        phenomena=tags, notes=notes or a["notes"], variant_of=variant_of,
    )
    if a["id"] in RELATIVE:
        art, html_text = relative_visible_date(art, html_text, RELATIVE[a["id"]], drop_other_metadata=True)
    if art.id in PUBLISHED_META:
        html_text = add_published_meta(art, html_text)
    codec = {"utf-8": "utf-8", "windows-1254": "cp1254"}[charset]
    p = emit(art, html_text, codec)
    size = (p.parents[1] / "raw_html" / f"{art.id}.html").stat().st_size
    print(f"{art.id}\t{size / 1024:.1f} KB")


def main():
    for a in ARTICLES:
        build(a, a["charset"])
    orig = next(x for x in ARTICLES if x["id"] == VARIANT["of"])
    build(orig, "utf-8", gid=VARIANT["id"], variant_of=orig["id"], url=orig["url"] + "?variant=b",
          notes=f"Minimal pair of {orig['id']}: differs only in legacy-encoding (the same page served in UTF-8 with "
                f"<meta charset=\"utf-8\"> instead of windows-1254).")


if __name__ == "__main__":
    main()
