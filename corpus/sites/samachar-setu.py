import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit, with_more_section

"""समाचार सेतु (samachar-setu): an invented Hindi news site serving its stories as AMP pages
(`<html amp>`): the AMP boilerplate, one `<style amp-custom>` block, amp-img, amp-ad slots with
RTC configs, several amp-analytics tags with JSON configs, amp-consent for the cookie notice, an
amp-sidebar drawer with states and cities, amp-social-share buttons, amp-video teasers and an
amp-accordion footer. Bylines carry "प्रकाशित"/"अपडेटेड" stamps in IST, on the older story
template in Devanagari digits. The same template renders the canonical (non-AMP) page: plain
img/video tags, a GPT-style ad loader, a tag-manager snippet and a consent-manager div; page 09
is the canonical page of page 03."""

import datetime as _dt
import html as _html
import json as _json
import re as _re

SITE = "samachar-setu"
HOST = "https://www.samacharsetu.example"
IMG = "https://img.samacharsetu.example"
STATIC = "https://static.samacharsetu.example"
NAME = "समाचार सेतु"
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30))
HMONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
DEVA = str.maketrans("0123456789", "०१२३४५६७८९")
AMP_CDN = "https://cdn.ampproject.org"


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def strip(s):
    return _html.unescape(_re.sub(r"<[^>]+>", "", s))


def d(y, mo, da, hh, mi):
    return _dt.datetime(y, mo, da, hh, mi, tzinfo=IST)


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h:02d}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def stamp(t, style):
    """The visible time stamp of the byline: Devanagari digits with a Hindi month, or numeric."""
    if style == "deva":
        return f"{t.day} {HMONTHS[t.month - 1]} {t.year}, {ampm(t)}".translate(DEVA) + " (IST)"
    return f"{t:%d/%m/%Y}, {ampm(t)} IST"


def short_date(t):
    return f"{t:%d/%m/%Y}"


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


# ---------------------------------------------------------------- boilerplate

NAV = [("होम", "/"), ("ताज़ा ख़बरें", "/latest-news"), ("देश", "/desh"), ("राज्य", "/rajya"), ("विदेश", "/videsh"),
       ("कारोबार", "/karobar"), ("खेल", "/khel"), ("मनोरंजन", "/manoranjan"), ("टेक", "/tech"), ("सेहत", "/sehat"),
       ("शिक्षा", "/shiksha"), ("नौकरी", "/naukri"), ("खेती-किसानी", "/kheti"), ("धर्म", "/dharm"), ("ऑटो", "/auto"),
       ("वीडियो", "/video"), ("फ़ोटो", "/photo"), ("वेब स्टोरीज़", "/web-stories"), ("राशिफल", "/rashifal"),
       ("मौसम", "/mausam")]

STATES = [("उत्तर प्रदेश", "uttar-pradesh", ["लखनऊ", "कानपुर", "वाराणसी", "प्रयागराज", "आगरा", "मेरठ", "गोरखपुर", "बरेली"]),
          ("बिहार", "bihar", ["पटना", "नालंदा", "भागलपुर", "मुज़फ़्फ़रपुर", "दरभंगा", "पूर्णिया"]),
          ("मध्य प्रदेश", "madhya-pradesh", ["भोपाल", "इंदौर", "ग्वालियर", "जबलपुर", "उज्जैन", "सागर"]),
          ("राजस्थान", "rajasthan", ["जयपुर", "जोधपुर", "उदयपुर", "कोटा", "अजमेर", "बीकानेर"]),
          ("हरियाणा", "haryana", ["रोहतक", "हिसार", "करनाल", "पानीपत", "अंबाला", "सोनीपत"]),
          ("हिमाचल प्रदेश", "himachal-pradesh", ["शिमला", "मंडी", "धर्मशाला", "कुल्लू", "सोलन"]),
          ("उत्तराखंड", "uttarakhand", ["देहरादून", "हल्द्वानी", "हरिद्वार", "नैनीताल"]),
          ("झारखंड", "jharkhand", ["रांची", "धनबाद", "जमशेदपुर"]),
          ("छत्तीसगढ़", "chhattisgarh", ["रायपुर", "बिलासपुर", "दुर्ग"]),
          ("दिल्ली-एनसीआर", "delhi-ncr", ["नई दिल्ली", "नोएडा", "गुरुग्राम", "ग़ाज़ियाबाद", "फ़रीदाबाद"]),
          ("पंजाब", "punjab", ["चंडीगढ़", "लुधियाना", "अमृतसर", "जालंधर"])]

CITY_SLUG = {"लखनऊ": "lucknow", "कानपुर": "kanpur", "वाराणसी": "varanasi", "प्रयागराज": "prayagraj", "आगरा": "agra",
             "मेरठ": "meerut", "गोरखपुर": "gorakhpur", "बरेली": "bareilly", "पटना": "patna", "नालंदा": "nalanda",
             "भागलपुर": "bhagalpur", "मुज़फ़्फ़रपुर": "muzaffarpur", "दरभंगा": "darbhanga", "पूर्णिया": "purnia",
             "भोपाल": "bhopal", "इंदौर": "indore", "ग्वालियर": "gwalior", "जबलपुर": "jabalpur", "उज्जैन": "ujjain",
             "सागर": "sagar", "जयपुर": "jaipur", "जोधपुर": "jodhpur", "उदयपुर": "udaipur", "कोटा": "kota", "अजमेर": "ajmer",
             "बीकानेर": "bikaner", "रोहतक": "rohtak", "हिसार": "hisar", "करनाल": "karnal", "पानीपत": "panipat",
             "अंबाला": "ambala", "सोनीपत": "sonipat", "शिमला": "shimla", "मंडी": "mandi", "धर्मशाला": "dharamshala",
             "कुल्लू": "kullu", "सोलन": "solan", "देहरादून": "dehradun", "हल्द्वानी": "haldwani", "हरिद्वार": "haridwar",
             "नैनीताल": "nainital", "रांची": "ranchi", "धनबाद": "dhanbad", "जमशेदपुर": "jamshedpur", "रायपुर": "raipur",
             "बिलासपुर": "bilaspur", "दुर्ग": "durg", "नई दिल्ली": "new-delhi", "नोएडा": "noida", "गुरुग्राम": "gurugram",
             "ग़ाज़ियाबाद": "ghaziabad", "फ़रीदाबाद": "faridabad", "चंडीगढ़": "chandigarh", "लुधियाना": "ludhiana",
             "अमृतसर": "amritsar", "जालंधर": "jalandhar"}

FOOTER = [
    ("समाचार सेतु", [("हमारे बारे में", "/about-us"), ("संपादकीय टीम", "/editorial-team"), ("संपादकीय नीति", "/editorial-policy"),
                     ("तथ्य-जाँच नीति", "/fact-check-policy"), ("सुधार नीति", "/corrections-policy"), ("करियर", "/careers"),
                     ("संपर्क करें", "/contact-us")]),
    ("सेवाएँ", [("ई-पेपर", "/epaper"), ("न्यूज़लेटर", "/newsletters"), ("पॉडकास्ट", "/podcast"), ("मोबाइल ऐप", "/apps"),
                ("चुनाव परिणाम", "/election-results"), ("क्रिकेट स्कोर", "/cricket-score"), ("सोने-चाँदी का भाव", "/gold-rate")]),
    ("लोकप्रिय", [("ताज़ा ख़बरें", "/latest-news"), ("उत्तर प्रदेश", "/rajya/uttar-pradesh"), ("बिहार", "/rajya/bihar"),
                  ("राजस्थान", "/rajya/rajasthan"), ("मध्य प्रदेश", "/rajya/madhya-pradesh"), ("राशिफल", "/rashifal"),
                  ("आज का मौसम", "/mausam")]),
    ("नीतियाँ", [("गोपनीयता नीति", "/privacy-policy"), ("उपयोग की शर्तें", "/terms-of-use"), ("कुकी नीति", "/cookie-policy"),
                 ("शिकायत निवारण", "/grievance-redressal"), ("विज्ञापन दें", "/advertise"), ("साइटमैप", "/sitemap"),
                 ("RSS फ़ीड", "/rss")]),
]

SISTER = [("Samachar Setu English", "https://en.samacharsetu.example"), ("सेतु बिज़नेस", "https://business.samacharsetu.example"),
          ("सेतु खेल", "https://khel.samacharsetu.example"), ("सेतु नौकरी", "https://naukri.samacharsetu.example"),
          ("सेतु टेक", "https://tech.samacharsetu.example")]

POOL = [
    "दिल्ली-मेरठ एक्सप्रेसवे पर धुंध के कारण कई वाहन आपस में टकराए, चार घायल",
    "त्योहारों के लिए 40 विशेष ट्रेनें चलेंगी, देखें पूरी सूची",
    "सोने के दाम में लगातार तीसरे दिन गिरावट, चाँदी भी सस्ती",
    "कानपुर में नाले की सफ़ाई के दौरान मिली पुरानी तोप, प्रशासन ने इलाका घेरा",
    "पटना में गंगा का जलस्तर बढ़ा, निचले इलाकों में अलर्ट",
    "इंदौर में कचरे से बनी बायो-सीएनजी से चलेंगी 50 सिटी बसें",
    "जयपुर के परकोटे में दुकानों के रंग को लेकर नया आदेश, व्यापारियों में नाराज़गी",
    "गेहूँ की सरकारी ख़रीद शुरू, पहले दिन मंडियों में लंबी कतारें",
    "स्मार्टफ़ोन की बैटरी जल्दी ख़त्म हो रही है? ये पाँच सेटिंग बदलें",
    "बिजली बिल माफ़ी योजना की आख़िरी तारीख़ बढ़ी, ऐसे करें आवेदन",
    "देहरादून में बादल फटने से सड़क बही, 200 यात्री फँसे",
    "रांची में नई फ़ोरलेन सड़क का काम अधूरा, ठेकेदार पर जुर्माना",
    "क्रिकेट: अंडर-19 टीम में प्रदेश के तीन खिलाड़ियों का चयन",
    "शादी के सीज़न में टेंट और कैटरिंग के दाम 20 प्रतिशत तक बढ़े",
    "ग्वालियर के किले में शुरू हुआ लाइट एंड साउंड शो, टिकट 150 रुपये",
    "आगरा में ताज के आसपास प्लास्टिक पर पूरी तरह रोक, जुर्माना दोगुना",
    "राशिफल: आज इन चार राशियों के लिए शुभ रहेगा दिन",
    "सर्दी में जोड़ों का दर्द बढ़ा? डॉक्टर से जानिए बचाव के उपाय",
    "उदयपुर की झीलों में नाव चलाने के नियम सख़्त, लाइफ़ जैकेट अनिवार्य",
    "गोरखपुर के नए चिड़ियाघर में बच्चों का प्रवेश मुफ़्त, सोमवार को रहेगा बंद",
    "चंडीगढ़ की सुखना झील पर इस बार कम पहुँचे प्रवासी पक्षी",
    "हिसार के किसान ने उगाया 12 किलो का कद्दू, देखने उमड़ी भीड़",
    "नौकरी: सहकारी बैंकों में क्लर्क के 900 पदों पर भर्ती, आवेदन शुरू",
    "मेरठ की खेल सामग्री इकाइयों को विदेश से मिले बड़े ऑर्डर",
]

WEB_STORIES = ["मानसून में घूमने के लिए उत्तराखंड की 7 अनदेखी जगहें", "घर पर बनाएँ बाज़ार जैसा कुरकुरा समोसा",
               "सुबह की सैर के 6 फ़ायदे जो आप नहीं जानते", "बच्चों का स्क्रीन टाइम कैसे घटाएँ, 5 आसान तरीके",
               "राजस्थान के 8 क़िले जिन्हें ज़िंदगी में एक बार ज़रूर देखें", "सर्दियों में त्वचा की देखभाल के घरेलू नुस्ख़े"]

TRENDING = ["मौसम अपडेट", "सोने का भाव", "सरकारी नौकरी", "बोर्ड परीक्षा", "क्रिकेट स्कोर", "पेट्रोल-डीज़ल के दाम",
            "राशिफल", "ट्रेन स्टेटस", "बिजली बिल", "पीएम किसान किस्त"]


def pool_rot(seed):
    k = (seed * 7) % len(POOL)
    return POOL[k:] + POOL[:k]


# ---------------------------------------------------------------- CSS

CSS = """
/* setu-amp theme v4.8.2 | build 2016.08 */
@font-face{font-family:"Setu Devanagari";src:url(https://static.samacharsetu.example/fonts/setu-devanagari-regular.woff2) format("woff2");font-weight:400;font-display:swap}
@font-face{font-family:"Setu Devanagari";src:url(https://static.samacharsetu.example/fonts/setu-devanagari-bold.woff2) format("woff2");font-weight:700;font-display:swap}
:root{--ss-red:#d7141a;--ss-navy:#0f2146;--ss-grey:#6b6f76;--ss-line:#e6e8ec;--ss-bg:#f5f6f8}
html{font-size:16px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Setu Devanagari","Noto Sans Devanagari",Mangal,Arial,sans-serif;color:#202124;background:#fff;line-height:1.6}
a{color:inherit;text-decoration:none}
ul,ol{margin:0;padding:0;list-style:none}
button{font-family:inherit;cursor:pointer;background:none;border:0}
.ss-topstrip{background:var(--ss-navy);color:#c9d2e3;font-size:12px;display:flex;justify-content:space-between;padding:4px 12px}
.ss-topstrip a{color:#fff;margin-left:10px}
.ss-header{position:sticky;top:0;z-index:50;background:#fff;border-bottom:3px solid var(--ss-red);display:flex;align-items:center;height:54px;padding:0 10px}
.ss-burger{width:38px;height:38px;padding:8px}
.ss-burger i{display:block;height:2px;background:#202124;margin:5px 0}
.ss-logo{margin:0 auto;display:block}
.ss-header__epaper{font-size:13px;font-weight:700;color:var(--ss-red);border:1px solid var(--ss-red);border-radius:3px;padding:2px 8px}
.ss-nav{background:var(--ss-bg);border-bottom:1px solid var(--ss-line);overflow-x:auto;white-space:nowrap;-webkit-overflow-scrolling:touch;scrollbar-width:none}
.ss-nav::-webkit-scrollbar{display:none}
.ss-nav ul{display:inline-flex;padding:0 6px}
.ss-nav li a{display:block;padding:9px 10px;font-size:15px;font-weight:700}
.ss-nav li.active a{color:var(--ss-red);box-shadow:inset 0 -3px 0 var(--ss-red)}
.ss-trending{display:flex;gap:8px;overflow-x:auto;white-space:nowrap;padding:8px 12px;font-size:13px;border-bottom:1px solid var(--ss-line)}
.ss-trending strong{color:var(--ss-red)}
.ss-trending a{background:var(--ss-bg);border-radius:12px;padding:1px 10px}
.ss-drawer{background:#fff;width:290px}
.ss-drawer__head{display:flex;justify-content:space-between;align-items:center;background:var(--ss-navy);color:#fff;padding:10px 14px}
.ss-drawer__close{color:#fff;font-size:26px;line-height:1}
.ss-drawer h4{margin:14px 14px 4px;font-size:12px;color:var(--ss-grey);letter-spacing:.05em}
.ss-drawer li a{display:block;padding:7px 14px;font-size:15px;border-bottom:1px solid var(--ss-line)}
.ss-drawer .ss-drawer__state>a{font-weight:700}
.ss-drawer .ss-drawer__cities{display:flex;flex-wrap:wrap;padding:4px 10px 8px}
.ss-drawer .ss-drawer__cities a{border:0;font-size:13px;padding:2px 6px;color:#3c4049}
.ss-crumbs{font-size:12px;color:var(--ss-grey);padding:10px 14px 0}
.ss-crumbs ol{display:flex;flex-wrap:wrap}
.ss-crumbs li+li:before{content:"›";margin:0 6px}
.ss-ad{display:block;text-align:center;background:#fafafa;margin:14px auto;padding:4px 0 8px}
.ss-ad__label{display:block;font-size:10px;color:#9aa0a6;letter-spacing:.1em}
.ss-main{max-width:720px;margin:0 auto;padding:0 14px}
.ss-story__kicker{display:inline-block;margin:14px 0 4px;font-size:14px;font-weight:700;color:var(--ss-red)}
.ss-story__title{font-size:27px;line-height:1.35;margin:4px 0 10px;font-weight:700;color:#111}
.ss-story__summary{font-size:18px;line-height:1.6;color:#3c4049;margin:0 0 12px;padding-left:10px;border-left:4px solid var(--ss-red)}
.ss-story__meta{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;font-size:13px;color:var(--ss-grey);border-top:1px solid var(--ss-line);border-bottom:1px solid var(--ss-line);padding:8px 0;margin-bottom:12px}
.ss-story__meta .ss-author{font-weight:700;color:#202124}
.ss-story__meta .ss-author a{color:var(--ss-navy)}
.ss-story__meta time{white-space:nowrap}
.ss-story__meta .ss-upd{display:block;width:100%}
.ss-share{display:flex;gap:8px;margin:10px 0}
.ss-share amp-social-share,.ss-share a{border-radius:50%;width:34px;height:34px;display:inline-block;background-size:60%}
.ss-share .ss-share__wa{background-color:#25d366}
.ss-share .ss-share__fb{background-color:#1877f2}
.ss-share .ss-share__x{background-color:#000}
.ss-share .ss-share__tg{background-color:#229ed9}
.ss-share .ss-share__mail{background-color:#6b6f76}
.ss-fig{margin:0 -14px 16px}
.ss-fig figcaption{font-size:13px;color:#5f6368;padding:6px 14px 0;line-height:1.5}
.ss-fig .ss-credit{color:#9aa0a6;margin-left:6px;font-size:12px}
.ss-story__body p{font-size:18px;line-height:1.85;margin:0 0 16px}
.ss-story__body h2{font-size:21px;line-height:1.4;margin:24px 0 10px;color:var(--ss-navy)}
.ss-story__body ul.ss-list{list-style:disc;padding-left:22px;margin:0 0 16px}
.ss-story__body ul.ss-list li{font-size:17px;margin:0 0 8px}
.ss-story__body blockquote{margin:20px 0;padding:10px 14px;background:var(--ss-bg);border-left:4px solid var(--ss-navy);font-size:18px}
.ss-story__body .ss-pullquote{margin:22px 0;padding:14px 0;border-top:2px solid var(--ss-red);border-bottom:2px solid var(--ss-red);font-size:21px;font-weight:700;color:var(--ss-red);text-align:center}
.ss-alsoread{margin:0 0 16px;padding:8px 12px;background:#fff4f4;border-left:4px solid var(--ss-red);font-size:16px}
.ss-alsoread strong{color:var(--ss-red)}
.ss-alsoread a{color:var(--ss-navy);font-weight:700}
.ss-readmore{margin:0 0 18px;border:1px solid var(--ss-line);border-radius:4px;padding:10px 12px}
.ss-readmore__label{display:block;font-size:13px;font-weight:700;color:var(--ss-red);margin-bottom:4px}
.ss-readmore li a{display:block;font-size:15px;font-weight:700;padding:4px 0;color:var(--ss-navy)}
.ss-vteaser{margin:0 0 18px;background:#111;color:#fff;border-radius:4px;overflow:hidden}
.ss-vteaser__label{display:inline-block;background:var(--ss-red);color:#fff;font-size:12px;font-weight:700;padding:2px 8px}
.ss-vteaser__title{font-size:15px;font-weight:700;padding:8px 12px 10px;margin:0}
.ss-table-wrap{overflow-x:auto;margin:0 0 18px}
.ss-table{border-collapse:collapse;width:100%;font-size:15px}
.ss-table caption{caption-side:bottom;text-align:left;font-size:12px;color:var(--ss-grey);padding-top:6px}
.ss-table th{background:var(--ss-navy);color:#fff;padding:7px 8px;text-align:left}
.ss-table td{padding:7px 8px;border-bottom:1px solid var(--ss-line)}
.ss-table tr:nth-child(even) td{background:var(--ss-bg)}
.ss-tags{margin:18px 0;font-size:14px}
.ss-tags ul{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.ss-tags a{display:block;border:1px solid #c4c8cf;border-radius:14px;padding:1px 10px;color:#3c4049}
.ss-follow{display:flex;align-items:center;justify-content:space-between;background:#e9f8ef;border-radius:6px;padding:10px 12px;margin:16px 0;font-size:14px}
.ss-follow a{background:#25d366;color:#fff;border-radius:4px;padding:4px 10px;font-weight:700}
.ss-box{margin:26px 0}
.ss-box__title{font-size:18px;margin:0 0 8px;padding-bottom:6px;border-bottom:2px solid var(--ss-line);position:relative}
.ss-box__title:after{content:"";position:absolute;left:0;bottom:-2px;width:64px;height:2px;background:var(--ss-red)}
.ss-cards li{display:flex;gap:10px;padding:10px 0;border-bottom:1px solid var(--ss-line)}
.ss-cards amp-img,.ss-cards img{flex:0 0 96px;border-radius:4px}
.ss-cards a{font-size:15px;font-weight:700;line-height:1.45}
.ss-cards .ss-cards__date{display:block;font-size:12px;color:var(--ss-grey);font-weight:400;margin-top:2px}
.ss-top{counter-reset:n}
.ss-top li{counter-increment:n;position:relative;padding:9px 0 9px 36px;border-bottom:1px solid var(--ss-line);font-size:15px;font-weight:700}
.ss-top li:before{content:counter(n);position:absolute;left:0;top:4px;font-size:26px;color:#c4c8cf}
.ss-stories{display:flex;gap:10px;overflow-x:auto}
.ss-stories li{flex:0 0 130px;font-size:13px;font-weight:700}
.ss-footer{background:var(--ss-navy);color:#c9d2e3;margin-top:30px;padding:18px 14px;font-size:14px}
.ss-footer amp-accordion section,.ss-footer .ss-footer__col{border-bottom:1px solid #273a63}
.ss-footer h5{font-size:15px;color:#fff;margin:0;padding:10px 0;background:none;border:0}
.ss-footer li a{display:block;padding:4px 0;color:#c9d2e3}
.ss-footer__cities{font-size:13px;line-height:1.9;margin:12px 0}
.ss-footer__cities a{color:#c9d2e3;margin-right:8px}
.ss-footer__sister{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:13px;margin:12px 0}
.ss-footer__social{display:flex;gap:14px;margin:12px 0}
.ss-footer__copy{font-size:12px;color:#8d9bb8;margin-top:12px}
.ss-consent{background:#fff;padding:14px;border-top:4px solid var(--ss-red);box-shadow:0 -3px 14px rgba(0,0,0,.2);font-size:14px;line-height:1.6}
.ss-consent h3{font-size:16px;margin:0 0 6px}
.ss-consent__btns{display:flex;gap:8px;flex-wrap:wrap;margin-top:8px}
.ss-consent__btns button{border:1px solid var(--ss-navy);color:var(--ss-navy);font-weight:700;padding:7px 14px;border-radius:4px}
.ss-consent__btns .ss-primary{background:var(--ss-navy);color:#fff}
.ss-sticky-ad{position:fixed;bottom:0;left:0;right:0;text-align:center;background:#fff;z-index:40}
@media (min-width:768px){.ss-story__title{font-size:34px}.ss-fig{margin:0 0 16px}.ss-fig figcaption{padding:6px 0 0}}
@media print{.ss-header,.ss-nav,.ss-ad,.ss-share,.ss-box,.ss-footer,.ss-consent{display:none}}
"""

NONAMP_EXTRA_CSS = """
.ss-drawer{position:fixed;top:0;left:-300px;bottom:0;overflow-y:auto;z-index:100;transition:left .2s;box-shadow:2px 0 10px rgba(0,0,0,.3)}
.ss-drawer.is-open{left:0}
.ss-consent{position:fixed;left:0;right:0;bottom:0;z-index:120}
.ss-consent[hidden]{display:none}
img{max-width:100%;height:auto}
video{width:100%;display:block;background:#000}
"""


# ---------------------------------------------------------------- pieces

def img(src, w, h, alt, amp, cls=""):
    c = f' class="{cls}"' if cls else ""
    if amp:
        return (f'<amp-img{c} src="{src}" srcset="{src.replace(".jpg", "-480.jpg")} 480w, {src} 1200w" width="{w}" height="{h}" '
                f'layout="responsive" alt="{attr(alt)}"></amp-img>')
    return f'<img{c} src="{src}" srcset="{src.replace(".jpg", "-480.jpg")} 480w, {src} 1200w" width="{w}" height="{h}" loading="lazy" alt="{attr(alt)}">'


def ad(slot, amp, w=300, h=250, sizes="300x250,336x280"):
    if amp:
        return (f'<div class="ss-ad"><span class="ss-ad__label">विज्ञापन</span>'
                f'<amp-ad width="{w}" height="{h}" type="doubleclick" data-slot="/21817344/setu_amp/{slot}" '
                f'data-multi-size="{sizes}" data-multi-size-validation="false" data-block-on-consent '
                f'rtc-config=\'{{"vendors":{{"setubid":{{"PUB_ID":"58213","SLOT":"{slot}"}}}},"timeoutMillis":800}}\' '
                f'json=\'{{"targeting":{{"platform":["amp"],"pos":["{slot}"],"lang":["hi"]}}}}\'>'
                f'<div placeholder></div><div fallback></div></amp-ad></div>')
    return (f'<div class="ss-ad"><span class="ss-ad__label">विज्ञापन</span><div id="div-gpt-{slot}" style="min-height:{h}px">'
            f'<script>googletag.cmd.push(function(){{googletag.display("div-gpt-{slot}");}});</script></div></div>')


def share(url, title, amp):
    if amp:
        return ('<div class="ss-share" aria-label="शेयर करें">'
                f'<amp-social-share class="ss-share__wa" type="whatsapp" width="34" height="34" data-param-text="{attr(title)} {url}" aria-label="व्हाट्सऐप पर शेयर करें"></amp-social-share>'
                f'<amp-social-share class="ss-share__fb" type="facebook" width="34" height="34" data-param-app_id="190482213377451" data-param-href="{url}" aria-label="फ़ेसबुक पर शेयर करें"></amp-social-share>'
                f'<amp-social-share class="ss-share__x" type="twitter" width="34" height="34" data-param-url="{url}" data-param-text="{attr(title)}" aria-label="एक्स पर शेयर करें"></amp-social-share>'
                f'<amp-social-share class="ss-share__tg" type="telegram" width="34" height="34" data-share-endpoint="https://t.example/share/url" data-param-url="{url}" aria-label="टेलीग्राम पर शेयर करें"></amp-social-share>'
                f'<amp-social-share class="ss-share__mail" type="email" width="34" height="34" data-param-subject="{attr(title)}" data-param-body="{url}" aria-label="ईमेल करें"></amp-social-share>'
                '</div>')
    return ('<div class="ss-share" aria-label="शेयर करें">'
            f'<a class="ss-share__wa" href="https://wa.example/send?text={attr(url)}" target="_blank" rel="noopener" aria-label="व्हाट्सऐप पर शेयर करें"></a>'
            f'<a class="ss-share__fb" href="https://facebook.example/sharer/sharer.php?u={attr(url)}" target="_blank" rel="noopener" aria-label="फ़ेसबुक पर शेयर करें"></a>'
            f'<a class="ss-share__x" href="https://x.example/intent/tweet?url={attr(url)}" target="_blank" rel="noopener" aria-label="एक्स पर शेयर करें"></a>'
            f'<a class="ss-share__tg" href="https://t.example/share/url?url={attr(url)}" target="_blank" rel="noopener" aria-label="टेलीग्राम पर शेयर करें"></a>'
            f'<a class="ss-share__mail" href="mailto:?subject={attr(title)}&amp;body={attr(url)}" aria-label="ईमेल करें"></a>'
            '</div>')


def video_teaser(v, amp):
    vid, title, poster, dur = v
    src = f"https://video.samacharsetu.example/hls/{vid}/index.mp4"
    if amp:
        player = (f'<amp-video width="16" height="9" layout="responsive" controls preload="none" poster="{poster}" '
                  f'data-video-id="{vid}"><source src="{src}" type="video/mp4">'
                  f'<div fallback><p>आपका ब्राउज़र यह वीडियो नहीं चला सकता।</p></div></amp-video>')
    else:
        player = f'<video controls preload="none" poster="{poster}" data-video-id="{vid}" width="640" height="360"><source src="{src}" type="video/mp4"></video>'
    return (f'<div class="ss-vteaser" data-vid="{vid}"><span class="ss-vteaser__label">वीडियो देखें</span>{player}'
            f'<p class="ss-vteaser__title"><a href="/video/{vid}">{title}</a> <span class="ss-vteaser__dur">({dur})</span></p></div>')


def render_parts(parts, blocks, amp, host_path):
    out = []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{p[1]}</p>")
            blocks.append(Block("paragraph", strip(p[1])))
        elif k == "h":
            out.append(f"<h2>{p[1]}</h2>")
            blocks.append(Block("heading", strip(p[1])))
        elif k == "ul":
            out.append('<ul class="ss-list">' + "".join(f"<li>{i}</li>" for i in p[1]) + "</ul>")
            blocks += [Block("list_item", strip(i)) for i in p[1]]
        elif k == "quote":
            out.append(f"<blockquote><p>{p[1]}</p></blockquote>")
            blocks.append(Block("quote", strip(p[1])))
        elif k == "pull":
            out.append(f'<aside class="ss-pullquote">{p[1]}</aside>')
            blocks.append(Block("quote", strip(p[1]), optional=True))
        elif k == "fig":
            _, src, cap, credit = p
            out.append(f'<figure class="ss-fig">{img(IMG + "/images/" + src + ".jpg", 1200, 675, cap, amp)}'
                       f'<figcaption>{cap}<span class="ss-credit">{credit}</span></figcaption></figure>')
            blocks.append(Block("caption", strip(cap), optional=True))
        elif k == "table":
            _, rows, cap = p
            t = ['<div class="ss-table-wrap"><table class="ss-table">']
            t.append("<thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            t += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]]
            t.append(f"</tbody><caption>{cap}</caption></table></div>")
            out.append("".join(t))
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
            blocks.append(Block("caption", strip(cap), optional=True))
        elif k == "also":
            _, title, href = p
            out.append(f'<p class="ss-alsoread"><strong>यह भी पढ़ें:</strong> <a href="{href}">{title}</a></p>')
        elif k == "also-box":
            out.append('\x00<div class="ss-readmore"><span class="ss-readmore__label">यह भी पढ़ें</span><ul>' + "".join(
                f'<li><a href="{href}">{title}</a></li>' for title, href in p[1]) + "</ul></div>\x00")
        elif k == "video":
            out.append("\x00" + video_teaser(p[1], amp) + "\x00")
        elif k == "ad":
            out.append("\x00" + ad(p[1], amp) + "\x00")
    parts = "\n".join(out).split("\x00")
    return "\n".join(x.strip() if i % 2 else f'<div class="ss-story__body"><div class="ss-story__text">{x.strip()}</div></div>'
                     for i, x in enumerate(parts) if x.strip())


# ---------------------------------------------------------------- page

def page(a, amp=True):
    pub, upd = a["pub"], a.get("upd")
    amp_url, canon = a["amp_url"], a["canonical"]
    served = amp_url if amp else canon
    blocks = []
    if a.get("summary"):
        blocks.append(Block("paragraph", a["summary"], optional=True))
    lead = ""
    if a.get("lead"):
        src, cap, credit = a["lead"]
        lead = (f'<figure class="ss-fig ss-fig--lead">{img(IMG + "/images/" + src + ".jpg", 1200, 675, cap, amp)}'
                f'<figcaption>{cap}<span class="ss-credit">{credit}</span></figcaption></figure>')
        blocks.append(Block("caption", strip(cap), optional=True))
    body = render_parts(a["parts"], blocks, amp, canon)
    sec_key, sec_label = a["section"]
    image = f'{IMG}/images/{a["image"]}.jpg'

    h = ["<!doctype html>", '<html amp lang="hi">' if amp else '<html lang="hi" dir="ltr">', "<head>", '<meta charset="utf-8">']
    if amp:
        h.append(f'<script async src="{AMP_CDN}/v0.js"></script>')
        ces = ["amp-ad", "amp-analytics", "amp-consent", "amp-geo", "amp-sidebar", "amp-social-share", "amp-accordion",
               "amp-bind", "amp-sticky-ad"]
        if any(p[0] == "video" for p in a["parts"]):
            ces.append("amp-video")
        for ce in ces:
            h.append(f'<script async custom-element="{ce}" src="{AMP_CDN}/v0/{ce}-0.1.js"></script>')
    h += [f"<title>{a['og_title'] if a.get('bare_title') else a['title']}</title>",
          '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
          f'<link rel="canonical" href="{canon}">']
    if not amp:
        h.append(f'<link rel="amphtml" href="{amp_url}">')
    h += [f'<meta name="description" content="{attr(a["desc"])}">',
          f'<meta name="keywords" content="{attr(", ".join(a["tags"]))}">',
          f'<meta name="news_keywords" content="{attr(", ".join(a["tags"]))}">',
          '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">',
          '<meta name="theme-color" content="#d7141a">',
          '<meta http-equiv="content-language" content="hi">',
          '<meta name="geo.region" content="IN">',
          f'<meta property="og:site_name" content="{NAME}">', '<meta property="og:locale" content="hi_IN">',
          '<meta property="og:type" content="article">',
          f'<meta property="og:title" content="{attr(a["og_title"])}">',
          f'<meta property="og:description" content="{attr(a["desc"])}">',
          f'<meta property="og:url" content="{canon}">',
          f'<meta property="og:image" content="{image}">',
          '<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="675">',
          '<meta property="fb:app_id" content="190482213377451">',
          '<meta property="fb:pages" content="104882219013377">',
          *([f'<meta property="article:published_time" content="{a.get("meta_pub", pub).isoformat()}">'] if a.get("meta_pub", True) is not False else []),
          f'<meta property="article:modified_time" content="{(upd or pub).isoformat()}">',
          f'<meta property="article:section" content="{sec_label}">']
    for t in a["tags"]:
        h.append(f'<meta property="article:tag" content="{attr(t)}">')
    h += ['<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@samacharsetu">',
          f'<meta name="twitter:title" content="{attr(a["og_title"])}">',
          f'<meta name="twitter:description" content="{attr(a["desc"])}">',
          f'<meta name="twitter:image" content="{image}">',
          f'<link rel="icon" type="image/png" sizes="32x32" href="{STATIC}/img/favicon-32.png">',
          f'<link rel="apple-touch-icon" href="{STATIC}/img/apple-touch-icon-180.png">',
          f'<link rel="preconnect" href="{IMG}">',
          f'<link rel="preload" as="font" type="font/woff2" href="{STATIC}/fonts/setu-devanagari-regular.woff2" crossorigin>']
    # JSON-LD
    people = a["authors"]
    if a.get("agency"):
        author_ld = [{"@type": "Organization", "name": people[0]}]
    elif a.get("desk"):
        author_ld = [{"@type": "Organization", "name": people[0], "url": HOST}]
    else:
        author_ld = [{"@type": "Person", "name": a.get("ld_names", people)[i], "url": f"{HOST}/author/{a['author_slugs'][i]}"} for i, n in enumerate(people)]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": canon}, "inLanguage": "hi-IN",
          "headline": a["og_title"], "description": a["desc"], "keywords": ", ".join(a["tags"]),
          "articleSection": sec_label, "datePublished": (upd if a.get("ld_pub_is_upd") else pub).isoformat(), "dateModified": (upd or pub).isoformat(),
          "image": {"@type": "ImageObject", "url": image, "width": 1200, "height": 675},
          "author": author_ld,
          "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "url": HOST + "/",
                        "logo": {"@type": "ImageObject", "url": f"{STATIC}/img/setu-logo-600x60.png", "width": 600, "height": 60}}}
    if a.get("ld_body"):
        ld["articleBody"] = " ".join(b.text for b in blocks if not b.optional and b.kind in ("paragraph", "heading", "list_item"))
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": HOST + u} for i, (n, u) in enumerate(a["crumbs"])]}
    site_ld = {"@context": "https://schema.org", "@type": "WebSite", "name": NAME, "url": HOST + "/",
               "potentialAction": {"@type": "SearchAction", "target": HOST + "/search?q={search_term_string}",
                                   "query-input": "required name=search_term_string"}}
    for obj in (ld, crumbs, site_ld):
        h.append('<script type="application/ld+json">' + _json.dumps(obj, ensure_ascii=False) + "</script>")
    if amp:
        h.append("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>")
        h.append("<style amp-custom>" + CSS + ATOMS + "</style>")
    else:
        h.append(f'<link rel="stylesheet" href="{STATIC}/css/setu-web.4.8.2.min.css">')
        h.append("<style>" + CSS + NONAMP_EXTRA_CSS + ATOMS + "</style>")
        h.append("<script>window.__ssVendors=" + _json.dumps(_vendors("samachar-setu", 100), ensure_ascii=False) + ";</script>")
        h.append("<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push("
                 + _json.dumps({"pageType": "article", "section": sec_key, "storyId": a["sid"], "author": ", ".join(people),
                                "publishDate": pub.strftime("%Y-%m-%d"), "language": "hi", "template": "story-v4"}, ensure_ascii=False)
                 + ");(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
                   "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
                   "j.src='https://tags.samacharsetu.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})"
                   "(window,document,'script','dataLayer','GTM-SS4K7QD');</script>")
        h.append("<script async src=\"https://ads.samacharsetu.example/tag/js/gpt.js\"></script>"
                 "<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){"
                 "var m=googletag.sizeMapping().addSize([768,0],[[728,90],[970,90]]).addSize([0,0],[[320,50],[320,100]]).build();"
                 "googletag.defineSlot('/21817344/setu_web/top_banner',[[320,50],[728,90]],'div-gpt-top_banner').defineSizeMapping(m).addService(googletag.pubads());"
                 "['inarticle_1','inarticle_2','atf_rec','btf_rec'].forEach(function(s){googletag.defineSlot('/21817344/setu_web/'+s,[[300,250],[336,280]],'div-gpt-'+s).addService(googletag.pubads());});"
                 f"googletag.pubads().setTargeting('section','{sec_key}').setTargeting('sid','{a['sid']}').setTargeting('lang','hi');"
                 "googletag.pubads().enableSingleRequest();googletag.pubads().collapseEmptyDivs();googletag.enableServices();});</script>")
        h.append("<script>window.setuCmp={version:'2.3.1',cookieName:'ss_consent',expiryDays:180,purposes:['analytics','ads','personalisation'],"
                 "onAccept:function(){document.getElementById('ss-consent').hidden=true;},"
                 "onReject:function(){document.getElementById('ss-consent').hidden=true;}};"
                 "(function(){try{if(document.cookie.indexOf('ss_consent=')>-1){document.documentElement.className+=' has-consent';}}catch(e){}})();</script>")
    h.append("</head>")

    h.append(f'<body class="ss-story-page ss-sec-{sec_key}">')
    h.append(SPRITE)
    if amp:
        h.append('<amp-state id="ssVendors"><script type="application/json">' + _json.dumps({"vendors": _vendors("samachar-setu", 100)}, ensure_ascii=False) + "</script></amp-state>")
        h.append('<amp-state id="ssAds"><script type="application/json">' + _json.dumps({"units": _prebid(a["sid"], [("top_banner", [[320, 50], [320, 100]]), ("inarticle_1", [[300, 250], [336, 280]]), ("atf_rec", [[300, 250]]), ("btf_rec", [[300, 250]]), ("sticky", [[320, 50]])])}) + "</script></amp-state>")
    # analytics
    if amp:
        ga = {"vars": {"gtag_id": "G-SS81JQ2MZ4", "config": {"G-SS81JQ2MZ4": {"groups": "default", "content_group": sec_key,
                                                                                  "story_id": a["sid"]}}},
              "triggers": {"scroll": {"on": "scroll", "scrollSpec": {"verticalBoundaries": [25, 50, 75, 90]},
                                      "request": "event", "vars": {"event_name": "scroll_depth"}}}}
        h.append('<amp-analytics type="gtag" data-credentials="include" data-block-on-consent><script type="application/json">'
                 + _json.dumps(ga) + "</script></amp-analytics>")
        own = {"requests": {"base": "https://pulse.samacharsetu.example/b?site=ss-amp&sid=${sid}&sec=${sec}&lang=hi",
                            "pv": "${base}&e=pv&url=${canonicalUrl}&ref=${documentReferrer}&sw=${screenWidth}&rnd=${random}",
                            "ping": "${base}&e=hb&et=${totalEngagedTime}&sd=${scrollTop}"},
               "vars": {"sid": a["sid"], "sec": sec_key, "pd": pub.strftime("%Y%m%d")},
               "triggers": {"trackPageview": {"on": "visible", "request": "pv"},
                            "heartbeat": {"on": "timer", "timerSpec": {"interval": 10, "maxTimerLength": 900}, "request": "ping"}},
               "transport": {"beacon": True, "xhrpost": False, "image": True}}
        h.append('<amp-analytics id="ss-pulse" data-block-on-consent><script type="application/json">' + _json.dumps(own)
                 + "</script></amp-analytics>")
        cs = {"vars": {"c2": "31042977"}, "extraUrlParams": {"comscorekw": "amp", "cs_ucfr": "1", "ns_site": "samacharsetu"}}
        h.append('<amp-analytics type="comscore"><script type="application/json">' + _json.dumps(cs) + "</script></amp-analytics>")
        h.append('<amp-geo layout="nodisplay"><script type="application/json">{"ISOCountryGroups":{"eea":["preset-eea","unknown"],"in":["in"]}}</script></amp-geo>')
        consent = {"consentInstanceId": "ss-consent-v2", "consentRequired": "remote", "checkConsentHref": "https://consent.samacharsetu.example/amp/check",
                   "promptUI": "ss-consent-ui", "postPromptUI": "ss-consent-post", "uiConfig": {"overlay": False}}
        h.append('<amp-consent id="ss-consent" layout="nodisplay"><script type="application/json">' + _json.dumps(consent) + "</script>"
                 + CONSENT_UI.format(accept='on="tap:ss-consent.accept"', reject='on="tap:ss-consent.reject"')
                 + '<div id="ss-consent-post"><button class="ss-consent-revoke" on="tap:ss-consent.prompt">कुकी सेटिंग</button></div></amp-consent>')
    else:
        h.append('<noscript><iframe src="https://tags.samacharsetu.example/ns.html?id=GTM-SS4K7QD" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>')
        h.append('<div id="ss-consent" class="ss-consent" role="dialog" aria-labelledby="ss-consent-title">'
                 + CONSENT_UI.format(accept='onclick="setuCmp.onAccept()"', reject='onclick="setuCmp.onReject()"') + "</div>")
    # drawer
    dr = [f'<amp-sidebar id="ss-drawer" class="ss-drawer" layout="nodisplay" side="left">' if amp else
          '<nav id="ss-drawer" class="ss-drawer" aria-label="मुख्य मेन्यू">']
    dr.append('<div class="ss-drawer__head"><span>मेन्यू</span><button class="ss-drawer__close" '
              + ('on="tap:ss-drawer.close"' if amp else 'onclick="this.closest(\'.ss-drawer\').classList.remove(\'is-open\')"')
              + ' aria-label="बंद करें">×</button></div><h4>सेक्शन</h4><ul>')
    dr += [f'<li><a href="{u}">{n}</a></li>' for n, u in NAV]
    dr.append("</ul><h4>राज्य और शहर</h4><ul>")
    for st, slug, cities in STATES:
        dr.append(f'<li class="ss-drawer__state"><a href="/rajya/{slug}">{st}</a></li>')
    dr.append('</ul><h4>और भी</h4><ul><li><a href="/epaper">ई-पेपर</a></li><li><a href="/podcast">पॉडकास्ट</a></li>'
              '<li><a href="/fact-check">फ़ैक्ट चेक</a></li><li><a href="/opinion">राय</a></li><li><a href="/explainer">एक्सप्लेनर</a></li>'
              '<li><a href="/photo">फ़ोटो गैलरी</a></li><li><a href="/newsletters">न्यूज़लेटर</a></li></ul>')
    dr.append("</amp-sidebar>" if amp else "</nav>")
    h.append("".join(dr))
    h.append('<div class="ss-topstrip"><span>हिंदी समाचार, हर पल</span><span><a href="https://en.samacharsetu.example">English</a>'
             '<a href="/apps">ऐप डाउनलोड करें</a><a href="/epaper">ई-पेपर</a></span></div>')
    burger = 'on="tap:ss-drawer.toggle"' if amp else 'onclick="document.getElementById(\'ss-drawer\').classList.add(\'is-open\')"'
    logo = (f'<amp-img src="{STATIC}/img/setu-logo.svg" width="150" height="36" alt="{NAME}"></amp-img>' if amp
            else f'<img src="{STATIC}/img/setu-logo.svg" width="150" height="36" alt="{NAME}">')
    h.append(f'<header class="ss-header"><button class="ss-burger" {burger} aria-label="मेन्यू खोलें"><i></i><i></i><i></i></button>'
             f'<a class="ss-logo" href="/">{logo}</a><a class="ss-header__epaper" href="/epaper">ई-पेपर</a></header>')
    h.append('<nav class="ss-nav" aria-label="सेक्शन"><ul>' + "".join(
        f'<li{" class=active" if u == "/" + sec_key else ""}><a href="{u}">{n}</a></li>' for n, u in NAV) + "</ul></nav>")
    h.append('<div class="ss-trending"><strong>ट्रेंडिंग:</strong>' + "".join(
        f'<a href="/topic/{i}">{t}</a>' for i, t in enumerate(TRENDING)) + "</div>")
    h.append('<nav class="ss-crumbs" aria-label="ब्रेडक्रम्ब"><ol>' + "".join(
        f'<li><a href="{u}">{n}</a></li>' for n, u in a["crumbs"][:-1]) + f'<li>{a["crumbs"][-1][0]}</li></ol></nav>')
    h.append(ad("top_banner", amp, 320, 100, "320x50,320x100"))

    h.append(f'<div class="ss-page"><div class="ss-wrap"><div class="ss-row"><div class="ss-col"><main class="ss-main"><article class="ss-story" data-story-id="{a["sid"]}"><div class="ss-story__inner"><div class="ss-story__grid">')
    if a.get("kicker"):
        h.append(f'<span class="ss-story__kicker">{a["kicker"]}</span>')
    h.append(f'<h1 class="ss-story__title">{a["headline"]}</h1>')
    if a.get("summary"):
        h.append(f'<h2 class="ss-story__summary">{a["summary"]}</h2>')
    meta = ['<div class="ss-story__meta">']
    if a.get("agency"):
        meta.append(f'<span class="ss-author">एजेंसी: {people[0]}</span>')
    elif a.get("desk"):
        meta.append(f'<span class="ss-author">{people[0]}</span>')
    else:
        links = [f'<a href="/author/{a["author_slugs"][i]}">{n}</a>' for i, n in enumerate(people)]
        meta.append('<span class="ss-author">रिपोर्ट: ' + " और ".join(links) + (f', {a["place"]}' if a.get("place") else "") + "</span>")
    if a.get("time_el", True):
        meta.append(f'<span>प्रकाशित: <time datetime="{pub.isoformat()}">{stamp(pub, a["style"])}</time></span>')
        if upd:
            meta.append(f'<span class="ss-upd">अपडेटेड: <time datetime="{upd.isoformat()}">{stamp(upd, a["style"])}</time></span>')
    else:
        meta.append(f'<span>प्रकाशित: {stamp(pub, a["style"])}</span>')
        if upd:
            meta.append(f'<span class="ss-upd">अपडेटेड: {stamp(upd, a["style"])}</span>')
    meta.append("</div>")
    h.append("".join(meta))
    h.append(share(canon, a["og_title"], amp))
    h.append(lead)
    h.append('<div class="ss-story__content">' + body + "</div>")
    h.append('<div class="ss-tags"><strong>टैग:</strong><ul>' + "".join(
        f'<li><a href="/topic/{a["tag_slugs"][i]}">{t}</a></li>' for i, t in enumerate(a["tags"])) + "</ul></div>")
    h.append(share(canon, a["og_title"], amp))
    h.append('<div class="ss-follow"><span>हर बड़ी ख़बर सबसे पहले पाने के लिए हमारा व्हाट्सऐप चैनल फ़ॉलो करें</span>'
             '<a href="https://wa.example/channel/samacharsetu">फ़ॉलो करें</a></div>')
    h.append("</div></div></article>")
    h.append(ad("atf_rec", amp))
    rel = ['<section class="ss-box"><h3 class="ss-box__title">ये भी पढ़ें</h3><ul class="ss-cards">']
    for i, (t, dd, pic) in enumerate(a["related"]):
        rel.append(f'<li><div class="ss-card"><div class="ss-card__img">{img(IMG + "/thumbs/" + pic + ".jpg", 96, 64, t, amp).replace("layout=" + chr(34) + "responsive" + chr(34), "layout=" + chr(34) + "fixed" + chr(34))}</div>'
                   f'<div class="ss-card__text"><a href="/rajya/{a["rel_path"]}/{a["sid"][:4]}{i}{dd:%m%d}">{t}<span class="ss-cards__date">{short_date(dd)}</span></a></div></div></li>')
    rel.append("</ul></section>")
    h.append("".join(rel))
    rot = pool_rot(a["seed"])
    h.append('<section class="ss-box"><h3 class="ss-box__title">सबसे ज़्यादा पढ़ी गईं</h3><ol class="ss-top">' + "".join(
        f'<li><a href="/latest-news/{a["seed"]}{i:02d}{len(t)}">{t}</a></li>' for i, t in enumerate(rot[:6])) + "</ol></section>")
    h.append(ad("btf_rec", amp))
    h.append('<section class="ss-box"><h3 class="ss-box__title">ताज़ा ख़बरें</h3><ul class="ss-cards">' + "".join(
        f'<li><a href="/latest-news/{a["seed"]}{i + 20:02d}{len(t)}">{t}</a></li>' for i, t in enumerate(rot[6:10])) + "</ul></section>")
    h.append("</main></div></div></div></div>")
    if amp:
        h.append('<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick" data-slot="/21817344/setu_amp/sticky" data-block-on-consent></amp-ad></amp-sticky-ad>')
    else:
        h.append('<div class="ss-sticky-ad"><div id="div-gpt-sticky" style="min-height:50px"></div></div>')

    f = ['<footer class="ss-footer">', logo.replace('width="150"', 'width="120"').replace('height="36"', 'height="29"')]
    f.append("<amp-accordion disable-session-states>" if amp else '<div class="ss-footer__cols">')
    for title, items in FOOTER:
        if amp:
            f.append(f"<section><h5>{title}</h5><ul>" + "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in items) + "</ul></section>")
        else:
            f.append(f'<div class="ss-footer__col"><h5>{title}</h5><ul>' + "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in items) + "</ul></div>")
    f.append("</amp-accordion>" if amp else "</div>")
    f.append('<div class="ss-footer__cities"><strong>शहरों की ख़बरें:</strong> ' + "".join(
        f'<a href="/rajya/{slug}/{CITY_SLUG[c]}">{c} समाचार</a>' for st, slug, cities in STATES[:3] for c in cities[:2]) + "</div>")
    f.append('<div class="ss-footer__sister">' + "".join(f'<a href="{u}">{n}</a>' for n, u in SISTER) + "</div>")
    f.append('<div class="ss-footer__social"><a href="https://facebook.example/samacharsetu">फ़ेसबुक</a><a href="https://x.example/samacharsetu">एक्स</a>'
             '<a href="https://youtube.example/@samacharsetu">यूट्यूब</a><a href="https://instagram.example/samacharsetu">इंस्टाग्राम</a>'
             '<a href="https://wa.example/channel/samacharsetu">व्हाट्सऐप</a></div>')
    f.append(f'<p class="ss-footer__copy">कॉपीराइट © {a["copy_year"]} सेतु डिजिटल मीडिया प्रा. लि. सर्वाधिकार सुरक्षित। '
             "इस वेबसाइट की सामग्री का बिना अनुमति उपयोग वर्जित है।"
             + (f' <a href="{canon}">नॉन-एएमपी संस्करण देखें</a>' if amp else "") + "</p>")
    f.append("</footer>")
    h.append("".join(f))
    if not amp:
        h.append(f'<script async src="{STATIC}/js/setu-web.4.8.2.min.js"></script>')
        h.append("<script>(function(){var b=new Image();b.src='https://pulse.samacharsetu.example/b?site=ss-web&sid="
                 f"{a['sid']}&sec={sec_key}&lang=hi&e=pv&url='+encodeURIComponent(location.href)+'&rnd='+Math.random();}})();</script>")
        h.append('<script>var _comscore=_comscore||[];_comscore.push({c1:"2",c2:"31042977",options:{enableFirstPartyCookie:true}});'
                 '(function(){var s=document.createElement("script"),el=document.getElementsByTagName("script")[0];s.async=true;'
                 's.src="https://sb.scorecard.example/cs/31042977/beacon.js";el.parentNode.insertBefore(s,el);})();</script>')
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h), blocks, served


CONSENT_UI = ('<div id="ss-consent-ui" class="ss-consent"><h3 id="ss-consent-title">हम कुकीज़ का उपयोग करते हैं</h3>'
              "<p>समाचार सेतु और हमारे सहयोगी आपके अनुभव को बेहतर बनाने, वेबसाइट के ट्रैफ़िक का विश्लेषण करने और आपकी रुचि के "
              "विज्ञापन दिखाने के लिए कुकीज़ और इसी तरह की तकनीकों का इस्तेमाल करते हैं। ‘स्वीकार करें’ पर क्लिक करके आप इनके "
              'उपयोग की सहमति देते हैं। अधिक जानकारी के लिए हमारी <a href="/cookie-policy">कुकी नीति</a> पढ़ें।</p>'
              '<div class="ss-consent__btns"><button class="ss-primary" {accept}>स्वीकार करें</button>'
              '<button {reject}>अस्वीकार करें</button><a href="/cookie-policy#settings">सेटिंग बदलें</a></div></div>')


ATOMS = _atomic_css("ss-")
SPRITE = _sprite("samachar-setu", "ss", ["menu", "close", "search", "whatsapp", "facebook", "x", "telegram", "mail", "play", "clock",
                                        "bell", "home", "video", "photo", "epaper", "arrow"])

# ---------------------------------------------------------------- articles

ARTICLES = [
    # ------------------------------------------------------------ 01: Lucknow e-buses (Devanagari digits, also-read)
    dict(
        id="samachar-setu-01", meta_pub=False, extra_note=" JSON-LD gives the author in Latin script (Sudhanshu Srivastava); the byline's Devanagari name is the author.", ld_names=["Sudhanshu Srivastava"], seed=1, sid="1064382",
        amp_url=f"{HOST}/amp/rajya/uttar-pradesh/lucknow/2016/08/22/lucknow-feeder-e-bus-service-launched-1064382",
        canonical=f"{HOST}/rajya/uttar-pradesh/lucknow/2016/08/22/lucknow-feeder-e-bus-service-launched-1064382",
        section=("rajya", "राज्य"), rel_path="uttar-pradesh/lucknow",
        crumbs=[("होम", "/"), ("राज्य", "/rajya"), ("उत्तर प्रदेश", "/rajya/uttar-pradesh"), ("लखनऊ", "/rajya/uttar-pradesh/lucknow"),
                ("फीडर ई-बस सेवा", "")],
        kicker="लखनऊ",
        headline="पुराने लखनऊ की तंग गलियों तक पहुँचेंगी ई-बसें, पहले चरण में 40 बसें सड़क पर उतरीं",
        title="पुराने लखनऊ की तंग गलियों तक पहुँचेंगी ई-बसें, पहले चरण में 40 बसें सड़क पर उतरीं - समाचार सेतु",
        og_title="पुराने लखनऊ की तंग गलियों तक पहुँचेंगी ई-बसें, पहले चरण में 40 बसें सड़क पर उतरीं",
        desc="अवध शहरी परिवहन प्राधिकरण ने पाँच रूटों पर बिजली से चलने वाली छोटी बसों की फीडर सेवा शुरू की। किराया दस रुपये से।",
        tags=["लखनऊ", "ई-बस", "सार्वजनिक परिवहन", "उत्तर प्रदेश"], tag_slugs=["lucknow", "e-bus", "public-transport", "uttar-pradesh"],
        image="2016/08/lucknow-feeder-ebus-charbagh", pub=d(2016, 8, 22, 10, 35), style="deva", copy_year=2016,
        authors=["सुधांशु श्रीवास्तव"], author_slugs=["sudhanshu-srivastava"], place="लखनऊ",
        summary="अवध शहरी परिवहन प्राधिकरण ने पुराने शहर के पाँच रूटों पर बिजली से चलने वाली छोटी बसें उतारीं। किराया दस रुपये से शुरू होगा।",
        lead=("2016/08/lucknow-feeder-ebus-charbagh", "चारबाग रेलवे स्टेशन के बाहर सोमवार को फीडर ई-बस में सवार होते यात्री।", "फ़ोटो: समाचार सेतु"),
        related=[("लखनऊ में ई-रिक्शा के लिए 25 नए चार्जिंग स्टेशन, नगर निगम ने जारी की सूची", d(2016, 8, 18, 14, 5), "lko-erickshaw"),
                 ("अमीनाबाद में जाम से निपटने के लिए वन-वे व्यवस्था लागू, जानिए नए रूट", d(2016, 8, 12, 9, 40), "aminabad-jam"),
                 ("बारिश के बाद लखनऊ की सड़कों पर गड्ढे, लोग परेशान", d(2016, 8, 9, 19, 15), "lko-roads"),
                 ("गोमती नगर में बनेगा नया बस टर्मिनल, 18 महीने में पूरा होगा काम", d(2016, 7, 30, 11, 20), "gomti-terminal")],
        parts=[
            ("p", "लखनऊ के चारबाग से अमीनाबाद और नक्खास की तंग गलियों तक पहुँचने के लिए अब यात्रियों को ऑटो वालों से मोलभाव नहीं "
                  "करना पड़ेगा। अवध शहरी परिवहन प्राधिकरण ने सोमवार को शहर में बिजली से चलने वाली 40 छोटी बसों की फीडर सेवा का पहला चरण "
                  "शुरू कर दिया। ये बसें सुबह छह बजे से रात ग्यारह बजे तक हर पंद्रह मिनट पर चलेंगी।"),
            ("p", "प्राधिकरण की प्रबंध निदेशक सुनीता वर्मा ने हरी झंडी दिखाने के बाद कहा, “हमारा लक्ष्य है कि कोई भी यात्री बस स्टॉप से पाँच "
                  "सौ मीटर से ज़्यादा दूर न रहे। पुराने शहर में बड़ी बसें नहीं घुस पातीं, इसलिए हमने नौ मीटर लंबी बसें चुनी हैं।”"),
            ("h", "किराया दस रुपये से"),
            ("p", "पहले पाँच किलोमीटर के लिए किराया दस रुपये रखा गया है, जबकि पूरे रूट का अधिकतम किराया पच्चीस रुपये होगा। छात्रों और साठ "
                  "वर्ष से अधिक उम्र के यात्रियों को मासिक पास पर चालीस प्रतिशत की छूट मिलेगी। टिकट बस के भीतर कंडक्टर से या मोबाइल ऐप "
                  "‘सफ़रनामा’ के ज़रिए ख़रीदे जा सकेंगे।"),
            ("also", "लखनऊ में ई-रिक्शा के लिए 25 नए चार्जिंग स्टेशन, नगर निगम ने जारी की सूची", "/rajya/uttar-pradesh/lucknow/106429"),
            ("p", "परीक्षण के पहले दिन बसों में करीब 3,200 यात्रियों ने सफ़र किया। चारबाग रेलवे स्टेशन के बाहर बस का इंतज़ार कर रहे "
                  "दुकानदार मोहम्मद आरिफ़ ने बताया कि उन्हें रोज़ अमीनाबाद जाने में ऑटो पर साठ रुपये ख़र्च करने पड़ते थे। “अगर बसें समय "
                  "पर आईं तो महीने में हज़ार रुपये से ज़्यादा बचेंगे,” उन्होंने कहा।"),
            ("ad", "inarticle_1"),
            ("h", "चार्जिंग बनी सबसे बड़ी चुनौती"),
            ("p", "बसों को चार्ज करने के लिए फ़िलहाल केवल आलमबाग डिपो में आठ चार्जिंग पॉइंट लगाए गए हैं। शहरी नियोजन के जानकार डॉ. राकेश "
                  "त्रिपाठी का मानना है कि जब तक शहर के दूसरे छोर पर चार्जिंग की सुविधा नहीं होगी, तब तक बसों के फेरे सीमित रहेंगे। “एक बस "
                  "पूरी चार्जिंग पर लगभग 120 किलोमीटर चलती है। दोपहर में दोबारा चार्ज करने के लिए उसे डिपो लौटना पड़ेगा, जिससे शाम के "
                  "व्यस्त समय में बसें कम पड़ सकती हैं,” उन्होंने कहा।"),
            ("p", "प्राधिकरण का कहना है कि दिसंबर तक गोमती नगर और इंदिरा नगर में दो और चार्जिंग केंद्र बन जाएँगे। दूसरे चरण में 60 और "
                  "बसें ख़रीदी जाएँगी, जिसके लिए केंद्र की एक शहरी परिवहन योजना के तहत 48 करोड़ रुपये की मदद माँगी गई है।"),
            ("h", "ऑटो चालकों में नाराज़गी"),
            ("p", "फीडर सेवा शुरू होने से पुराने शहर के ऑटो चालकों में नाराज़गी है। लखनऊ ऑटो चालक संघ के महामंत्री पंकज तिवारी ने कहा कि इन रूटों पर करीब चार हज़ार ऑटो चलते हैं और बसें आने से उनकी कमाई पर सीधा असर पड़ेगा। “हम बसों के ख़िलाफ़ नहीं हैं, लेकिन सरकार को हमारे लिए भी कोई रास्ता निकालना चाहिए। कई चालकों ने कर्ज़ लेकर ऑटो ख़रीदे हैं,” उन्होंने कहा।"),
            ("p", "प्राधिकरण का कहना है कि ऑटो चालकों को बस स्टॉप से गलियों के भीतर तक सवारी पहुँचाने वाली सेवा से जोड़ा जाएगा। सुनीता वर्मा ने बताया कि इसके लिए ऑटो संघ के साथ अगले सप्ताह बैठक बुलाई गई है और इच्छुक चालकों को ई-ऑटो ख़रीदने के लिए सस्ते ऋण की व्यवस्था पर भी विचार हो रहा है।"),
            ("p", "पुराने शहर के व्यापारियों ने सेवा का स्वागत किया है। अमीनाबाद व्यापार मंडल के अध्यक्ष नसीम अहमद ने कहा कि बाज़ार में ग्राहकों के आने का सबसे बड़ा रोड़ा जाम और पार्किंग है। “अगर लोग बस से आएँगे तो गलियों में गाड़ियों की भीड़ घटेगी और कारोबार बढ़ेगा,” उन्होंने कहा।"),
            ("p", "यात्रियों की शिकायतों के लिए प्राधिकरण ने एक हेल्पलाइन नंबर भी जारी किया है। सुनीता वर्मा ने बताया कि पहले महीने के "
                  "आँकड़ों के आधार पर रूटों और समय-सारिणी में बदलाव किया जाएगा।"),
        ],
        entities=[("लखनऊ ऑटो चालक संघ", "ORG"), ("पंकज तिवारी", "PER"), ("अमीनाबाद व्यापार मंडल", "ORG"), ("नसीम अहमद", "PER"), ("लखनऊ", "LOC"), ("अवध शहरी परिवहन प्राधिकरण", "ORG"), ("चारबाग रेलवे स्टेशन", "LOC"), ("चारबाग", "LOC"),
                  ("अमीनाबाद", "LOC"), ("नक्खास", "LOC"), ("सुनीता वर्मा", "PER"), ("सफ़रनामा", "MISC"), ("मोहम्मद आरिफ़", "PER"),
                  ("आलमबाग डिपो", "LOC"), ("राकेश त्रिपाठी", "PER"), ("गोमती नगर", "LOC"), ("इंदिरा नगर", "LOC")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "localized-date", "kicker", "standfirst",
                   "photo-caption", "subheadings", "inline-related", "date-in-url"],
        notes="The standfirst is set in an h2 under the headline; it is kept as summary and as the optional first block.",
    ),
    # ------------------------------------------------------------ 02: Jaipur stepwell (video teaser)
    dict(
        id="samachar-setu-02", bare_title=True, meta_pub=False, time_el=False, seed=2, sid="1187705",
        amp_url=f"{HOST}/amp/rajya/rajasthan/jaipur/sangawas-villagers-revive-stepwell-1187705",
        canonical=f"{HOST}/rajya/rajasthan/jaipur/sangawas-villagers-revive-stepwell-1187705",
        section=("rajya", "राज्य"), rel_path="rajasthan/jaipur",
        crumbs=[("होम", "/"), ("राज्य", "/rajya"), ("राजस्थान", "/rajya/rajasthan"), ("जयपुर", "/rajya/rajasthan/jaipur"),
                ("सांगावास की बावड़ी", "")],
        kicker="जल संरक्षण",
        headline="श्रमदान से लौटा पानी: गाँव वालों ने 300 साल पुरानी बावड़ी से निकाली 900 ट्रॉली गाद",
        title="श्रमदान से लौटा पानी: गाँव वालों ने 300 साल पुरानी बावड़ी से निकाली 900 ट्रॉली गाद | समाचार सेतु",
        og_title="श्रमदान से लौटा पानी: गाँव वालों ने 300 साल पुरानी बावड़ी से निकाली 900 ट्रॉली गाद",
        desc="जयपुर के पास सांगावास गाँव में चार महीने के श्रमदान के बाद बावड़ी की सीढ़ियाँ फिर दिखने लगी हैं।",
        tags=["जयपुर", "जल संरक्षण", "बावड़ी", "राजस्थान"], tag_slugs=["jaipur", "water-conservation", "stepwell", "rajasthan"],
        image="2017/04/sangawas-bawdi", pub=d(2017, 4, 11, 18, 20), style="num", copy_year=2017,
        authors=["ममता राठौड़"], author_slugs=["mamta-rathore"], place="जयपुर",
        summary="चार महीने के श्रमदान के बाद बावड़ी की सीढ़ियाँ फिर दिखने लगी हैं। अब ग्रामीण मानसून से पहले पास के नालों को इससे जोड़ने की तैयारी में हैं।",
        lead=("2017/04/sangawas-bawdi", "सांगावास की बावड़ी, जिसकी सफ़ाई के बाद इसमें करीब बारह फ़ुट पानी भर गया है।", "फ़ोटो: ममता राठौड़"),
        related=[("राजस्थान में गर्मी की दस्तक, कई ज़िलों में पारा 40 के पार", d(2017, 4, 9, 16, 45), "raj-heat"),
                 ("आमेर के पास पुरानी बावड़ी के संरक्षण का काम अधर में", d(2017, 3, 28, 12, 10), "amer-bawdi"),
                 ("टैंकर माफ़िया पर लगाम के लिए जल विभाग ने शुरू की ऑनलाइन बुकिंग", d(2017, 3, 21, 10, 30), "tanker-online")],
        parts=[
            ("p", "जयपुर से करीब 45 किलोमीटर दूर सांगावास गाँव की बावड़ी पिछले दो दशक से कचरे और गाद से पटी पड़ी थी। आज उसी बावड़ी की "
                  "सीढ़ियों पर बैठकर गाँव की महिलाएँ भजन गा रही हैं। गाँव के युवाओं और बुज़ुर्गों ने दिसंबर से मार्च के बीच श्रमदान करके "
                  "इसमें से करीब 900 ट्रॉली मिट्टी, प्लास्टिक और मलबा बाहर निकाला है।"),
            ("p", "इस मुहिम की शुरुआत गाँव के सेवानिवृत्त शिक्षक भंवरलाल सैनी ने की थी। उन्होंने बताया, “हमारे बचपन में पूरा गाँव इसी "
                  "बावड़ी का पानी पीता था। हैंडपंप और टैंकर आए तो लोग इसे भूल गए और यह कूड़ाघर बन गई। जब पिछली गर्मियों में गाँव के तीन "
                  "में से दो हैंडपंप सूख गए, तब लोगों को इसकी याद आई।”"),
            ("p", "सैनी ने पहले दस लोगों की टोली बनाई। धीरे-धीरे यह संख्या बढ़कर 200 से ज़्यादा हो गई। हर रविवार सुबह गाँव के लोग फावड़े, "
                  "तसले और रस्सियाँ लेकर बावड़ी पर पहुँच जाते। पास के कस्बे चौमूं के एक ट्रैक्टर मालिक ने मलबा ढोने के लिए मुफ़्त में अपनी "
                  "ट्रॉली दी।"),
            ("video", ("v8812047", "श्रमदान से कैसे बदली सांगावास की बावड़ी की सूरत, देखें वीडियो",
                       f"{IMG}/video-posters/2017/04/sangawas-bawdi-video.jpg", "3:42")),
            ("p", "खुदाई के दौरान पत्थर पर खुदा एक शिलालेख भी मिला है, जिससे पता चलता है कि बावड़ी का निर्माण अठारहवीं सदी की शुरुआत में "
                  "हुआ था। इतिहास के शोधार्थी अंकित शेखावत के मुताबिक़ इसकी बनावट उस दौर की दूसरी बावड़ियों से मेल खाती है। “इसकी सीढ़ियाँ "
                  "तीन तरफ़ से नीचे उतरती हैं और बीच में एक छोटा मंडप है। यह केवल पानी का स्रोत नहीं, सामाजिक मेलजोल की जगह भी थी,” "
                  "उन्होंने कहा।"),
            ("ad", "inarticle_1"),
            ("p", "जल संरक्षण पर काम करने वाली संस्था <a href=\"/topic/neer-chetna\">नीर चेतना</a> के भूजल विशेषज्ञ दिनेश गुर्जर का कहना है "
                  "कि बावड़ी में पानी लौटने की सबसे बड़ी वजह इसके तल में जमी गाद का हटना है। “गाद हटने से ज़मीन के भीतर से रिसने वाला पानी "
                  "फिर बावड़ी तक पहुँचने लगा है। अगर बारिश का पानी भी इसमें पहुँचा दिया जाए तो आसपास के कुओं का जलस्तर भी सुधरेगा,” "
                  "उन्होंने बताया।"),
            ("p", "फ़िलहाल बावड़ी में करीब बारह फ़ुट पानी है। ग्रामीण अब मानसून से पहले पास के दो बरसाती नालों को पाइप के ज़रिए बावड़ी से "
                  "जोड़ना चाहते हैं। इसके लिए करीब साढ़े तीन लाख रुपये की ज़रूरत है, जिसमें से आधी रकम गाँव वालों ने आपस में चंदा करके जुटा "
                  "ली है।"),
            ("p", "बावड़ी में पानी लौटने का असर गाँव की दिनचर्या पर भी दिखने लगा है। गाँव की महिलाओं को पहले पानी लाने के लिए दो किलोमीटर दूर सरकारी ट्यूबवेल तक जाना पड़ता था। अब ज़्यादातर घरों में नहाने-धोने और मवेशियों के लिए बावड़ी का पानी काम आ रहा है, जिससे ट्यूबवेल पर भीड़ घटी है।"),
            ("p", "गाँव की बुज़ुर्ग महिला सुगनी देवी ने बताया कि उन्होंने अपनी शादी के बाद पहली बार बावड़ी में इतना पानी देखा है। “हमारी सास कहती थीं कि यह बावड़ी कभी नहीं सूखती थी। इसे फिर भरा देखकर लगता है जैसे पुराने दिन लौट आए,” उन्होंने कहा।"),
            ("h", "आसपास के गाँवों में भी पहल"),
            ("p", "सांगावास की पहल की चर्चा आसपास के गाँवों तक पहुँच गई है। पड़ोस के दो गाँवों के लोग अपनी पुरानी बावड़ियों की सफ़ाई के लिए भंवरलाल सैनी से सलाह लेने आ चुके हैं। सैनी कहते हैं कि सबसे मुश्किल काम पहले दस लोगों को जोड़ना होता है। “एक बार लोग नतीजा देख लें तो बाक़ी अपने आप जुड़ जाते हैं,” उन्होंने कहा।"),
            ("p", "भूजल विशेषज्ञ दिनेश गुर्जर के अनुसार राजस्थान के गाँवों में ऐसी सैकड़ों बावड़ियाँ हैं, जो थोड़ी सी मेहनत से फिर काम में लाई जा सकती हैं। उन्होंने सुझाव दिया कि पंचायतें इनकी सूची बनाएँ और ग्रामीण रोज़गार योजनाओं के तहत इनकी सफ़ाई करवाएँ।"),
            ("p", "ग्राम पंचायत की सरपंच कमला देवी ने कहा कि पंचायत बाक़ी रकम के लिए ज़िला प्रशासन को प्रस्ताव भेज चुकी है। उन्होंने यह भी "
                  "बताया कि बावड़ी की सफ़ाई बनाए रखने के लिए हर महीने के पहले रविवार को गाँव में ‘बावड़ी दिवस’ मनाने का फ़ैसला किया गया है।"),
        ],
        entities=[("सुगनी देवी", "PER"), ("राजस्थान", "LOC"), ("जयपुर", "LOC"), ("सांगावास", "LOC"), ("भंवरलाल सैनी", "PER"), ("सैनी", "PER"), ("चौमूं", "LOC"),
                  ("अंकित शेखावत", "PER"), ("नीर चेतना", "ORG"), ("दिनेश गुर्जर", "PER"), ("कमला देवी", "PER"),
                  ("बावड़ी दिवस", "MISC")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "kicker", "standfirst", "photo-caption",
                   "inline-video-teaser"],
        notes="The 'वीडियो देखें' player with its title between paragraphs is a teaser and is left out of the body.",
    ),
    # ------------------------------------------------------------ 03: Nalanda school results (Devanagari digits, table)
    dict(
        id="samachar-setu-03", bare_title=True, seed=3, sid="1290418", ld_body=True,
        amp_url=f"{HOST}/amp/rajya/bihar/nalanda/story/1290418",
        canonical=f"{HOST}/rajya/bihar/nalanda/story/1290418",
        section=("shiksha", "शिक्षा"), rel_path="bihar/nalanda",
        crumbs=[("होम", "/"), ("शिक्षा", "/shiksha"), ("बिहार", "/rajya/bihar"), ("नालंदा", "/rajya/bihar/nalanda"),
                ("सरैया कला का स्कूल", "")],
        headline="गाँव के सरकारी स्कूल में 92 फ़ीसदी छात्राएँ पास, बिना कोचिंग के मिली कामयाबी",
        title="गाँव के सरकारी स्कूल में 92 फ़ीसदी छात्राएँ पास, बिना कोचिंग के मिली कामयाबी | समाचार सेतु",
        og_title="गाँव के सरकारी स्कूल में 92 फ़ीसदी छात्राएँ पास, बिना कोचिंग के मिली कामयाबी",
        desc="नालंदा ज़िले के सरैया कला गाँव के राजकीय कन्या उच्च विद्यालय में शाम की अतिरिक्त कक्षाओं ने बदली तस्वीर।",
        tags=["नालंदा", "दसवीं परिणाम", "सरकारी स्कूल", "बिहार", "शिक्षा"],
        tag_slugs=["nalanda", "class-10-result", "government-school", "bihar", "education"],
        image="2018/05/saraiya-kala-school-result", pub=d(2018, 5, 29, 14, 10), style="deva", copy_year=2018,
        authors=["विकास रंजन"], author_slugs=["vikas-ranjan"], place="बिहारशरीफ़",
        summary="सरैया कला के राजकीय कन्या उच्च विद्यालय में शाम की अतिरिक्त कक्षाओं और पुरानी छात्राओं की मदद ने बदली तस्वीर। दो साल पहले यहाँ आधी छात्राएँ ही पास हो पाती थीं।",
        related=[("दसवीं के नतीजे घोषित, इस बार छात्राओं ने छात्रों को पीछे छोड़ा", d(2018, 5, 29, 12, 30), "result-girls"),
                 ("नालंदा के 40 स्कूलों में अब तक नहीं पहुँचीं नई किताबें", d(2018, 5, 17, 9, 5), "books-delay"),
                 ("बिहारशरीफ़ में खुलेगा लड़कियों का नया छात्रावास, 200 सीटें", d(2018, 5, 2, 15, 50), "hostel-girls"),
                 ("शिक्षक भर्ती: काउंसलिंग की तारीख़ फिर बढ़ी, अभ्यर्थी नाराज़", d(2018, 4, 24, 18, 25), "teacher-counselling")],
        parts=[
            ("p", "नालंदा ज़िले के सरैया कला गाँव में मंगलवार दोपहर जैसे ही दसवीं के नतीजे आए, राजकीय कन्या उच्च विद्यालय के बाहर मिठाइयाँ "
                  "बँटने लगीं। स्कूल की 126 में से 116 छात्राएँ इस बार परीक्षा में पास हुई हैं, जिनमें 58 ने प्रथम श्रेणी हासिल की है। दो साल "
                  "पहले इसी स्कूल का परिणाम केवल 49 प्रतिशत रहा था।"),
            ("p", "स्कूल की प्रधानाध्यापिका रेखा कुमारी इस बदलाव का श्रेय शाम को चलने वाली अतिरिक्त कक्षाओं को देती हैं। “हमारी ज़्यादातर "
                  "छात्राएँ खेतों में काम करने वाले परिवारों से आती हैं। शहर जाकर कोचिंग करना उनके लिए संभव नहीं है, इसलिए हमने स्कूल को "
                  "ही शाम छह बजे तक खोलना शुरू किया,” उन्होंने बताया।"),
            ("h", "पुरानी छात्राएँ बनीं शिक्षिका"),
            ("p", "अतिरिक्त कक्षाओं में पढ़ाने की ज़िम्मेदारी स्कूल की उन पुरानी छात्राओं ने उठाई, जो अब बिहारशरीफ़ के कॉलेजों में पढ़ रही हैं। "
                  "बीएससी की छात्रा पूजा पासवान हर दिन बस से चालीस मिनट का सफ़र करके गणित पढ़ाने आती हैं। “जब मैं यहाँ पढ़ती थी तो गणित का "
                  "कोई शिक्षक नहीं था। मैं नहीं चाहती थी कि मेरी छोटी बहनों के साथ भी ऐसा हो,” पूजा ने कहा।"),
            ("p", "स्कूल ने पिछले तीन वर्षों के परिणाम का ब्योरा भी रखा है, जिससे सुधार साफ़ दिखता है:"),
            ("table", [["वर्ष", "परीक्षा में बैठीं", "पास", "प्रथम श्रेणी", "पास प्रतिशत"],
                       ["2016", "118", "58", "11", "49%"],
                       ["2017", "121", "87", "29", "72%"],
                       ["2018", "126", "116", "58", "92%"]],
             "स्रोत: विद्यालय प्रशासन, सरैया कला"),
            ("ad", "inarticle_1"),
            ("h", "ईंट भट्ठे पर काम करने वाले की बेटी अव्वल"),
            ("p", "स्कूल की छात्रा नेहा मांझी ने 500 में से 441 अंक हासिल किए हैं। उनके पिता रामप्रवेश मांझी ईंट भट्ठे पर मज़दूरी करते हैं। "
                  "नेहा आगे विज्ञान पढ़कर नर्स बनना चाहती हैं। “मम्मी-पापा ज़्यादा पढ़े-लिखे नहीं हैं, लेकिन उन्होंने कभी मुझे स्कूल जाने से "
                  "नहीं रोका,” उसने कहा।"),
            ("p", "ज़िला शिक्षा पदाधिकारी अरविंद सिन्हा ने स्कूल का दौरा करने की बात कही है। उनका कहना है कि सरैया कला का यह प्रयोग ज़िले के "
                  "दूसरे स्कूलों में भी आज़माया जा सकता है। हालाँकि स्कूल में अब भी भौतिकी और अंग्रेज़ी के स्थायी शिक्षकों के पद ख़ाली हैं।"),
            ("p", "छात्राओं के परिवारों के लिए यह नतीजा किसी त्योहार से कम नहीं है। गाँव की ज़्यादातर छात्राएँ अपने परिवार में दसवीं पास करने वाली पहली लड़की हैं। नेहा की माँ सुनीता देवी ने कहा, “हमने तो कभी स्कूल का मुँह नहीं देखा। बेटी के अंक सुनकर पूरे टोले में लड्डू बाँटे हैं।”"),
            ("p", "स्कूल में छात्राओं की उपस्थिति भी बढ़ी है। प्रधानाध्यापिका के मुताबिक़ तीन साल पहले कक्षा नौ और दस में औसत उपस्थिति 60 प्रतिशत के आसपास रहती थी, जो अब 85 प्रतिशत से ज़्यादा है। शाम की कक्षाओं के बाद छात्राओं को घर तक छोड़ने के लिए गाँव के कुछ अभिभावकों ने बारी-बारी से साथ चलने की व्यवस्था भी बनाई है।"),
            ("p", "ग्राम पंचायत ने स्कूल में सौर ऊर्जा से चलने वाली बत्तियाँ लगवाई हैं, ताकि बिजली जाने पर भी शाम की कक्षाएँ न रुकें। मुखिया विनोद प्रसाद ने कहा कि पंचायत अगले साल स्कूल में एक पुस्तकालय कक्ष बनवाने की योजना पर भी काम कर रही है।"),
            ("p", "प्रधानाध्यापिका रेखा कुमारी कहती हैं कि अगले सत्र में वे कंप्यूटर की कक्षाएँ भी शुरू करना चाहती हैं। इसके लिए गाँव के "
                  "कुछ प्रवासी परिवारों ने दस कंप्यूटर दान करने का वादा किया है।"),
        ],
        entities=[("सुनीता देवी", "PER"), ("विनोद प्रसाद", "PER"), ("नालंदा", "LOC"), ("सरैया कला", "LOC"), ("राजकीय कन्या उच्च विद्यालय", "ORG"), ("रेखा कुमारी", "PER"),
                  ("बिहारशरीफ़", "LOC"), ("पूजा पासवान", "PER"), ("पूजा", "PER"), ("नेहा मांझी", "PER"), ("नेहा", "PER"),
                  ("रामप्रवेश मांझी", "PER"), ("अरविंद सिन्हा", "PER"), ("अंग्रेज़ी", "MISC")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "localized-date", "standfirst", "subheadings",
                   "table-in-body"],
        notes="The table's source line (a <caption> under the table) is an optional caption block after the table.",
    ),
    # ------------------------------------------------------------ 04: Indore drone start-up (also-read box, update)
    dict(
        id="samachar-setu-04", extra_note=" JSON-LD gives the author in Latin script (Priyanka Soni); the byline's Devanagari name is the author.", ld_names=["Priyanka Soni"], time_el=False, seed=4, sid="1398262",
        amp_url=f"{HOST}/amp/karobar/startup/2019/11/06/indore-agritech-startup-rental-spraying-drone-1398262",
        canonical=f"{HOST}/karobar/startup/2019/11/06/indore-agritech-startup-rental-spraying-drone-1398262",
        section=("karobar", "कारोबार"), rel_path="madhya-pradesh/indore",
        crumbs=[("होम", "/"), ("कारोबार", "/karobar"), ("स्टार्टअप", "/karobar/startup"), ("किसानदूत एग्रीटेक", "")],
        kicker="स्टार्टअप",
        headline="इंदौर की कंपनी ने बनाया सस्ता छिड़काव ड्रोन, किसानों को किराये पर मिलेगा",
        title="ड्रोन से छिड़काव अब 350 रुपये एकड़: किसानदूत एग्रीटेक की किराया सेवा मालवा के 40 गाँवों में | समाचार सेतु",
        og_title="ड्रोन से छिड़काव अब 350 रुपये एकड़: किसानदूत एग्रीटेक की किराया सेवा मालवा के 40 गाँवों में",
        desc="इंदौर की कृषि तकनीक कंपनी किसानदूत एग्रीटेक देवास और उज्जैन के 40 गाँवों में किराये पर ड्रोन से छिड़काव करवाएगी।",
        tags=["स्टार्टअप", "ड्रोन", "खेती-किसानी", "इंदौर"], tag_slugs=["startup", "drone", "kheti", "indore"],
        image="2019/11/kisandoot-drone-trial", pub=d(2019, 11, 6, 9, 40), upd=d(2019, 11, 6, 16, 15), style="num", copy_year=2019,
        authors=["प्रियंका सोनी"], author_slugs=["priyanka-soni"], place="इंदौर",
        related=[("मालवा में सोयाबीन पर फिर इल्ली का हमला, किसान परेशान", d(2019, 10, 28, 13, 0), "soybean-pest"),
                 ("इंदौर के स्टार्टअप्स ने इस साल जुटाए 210 करोड़ रुपये", d(2019, 10, 15, 17, 35), "indore-startups"),
                 ("खेतों में ड्रोन उड़ाने के लिए क्या हैं नियम, जानिए पूरी प्रक्रिया", d(2019, 9, 30, 8, 55), "drone-rules")],
        parts=[
            ("fig", "2019/11/kisandoot-drone-trial", "परीक्षण के दौरान सोयाबीन के खेत के ऊपर उड़ता किसानदूत एग्रीटेक का ड्रोन।",
             "फ़ोटो: कंपनी"),
            ("p", "इंदौर की कृषि तकनीक कंपनी <strong>किसानदूत एग्रीटेक</strong> ने फ़सलों पर कीटनाशक छिड़कने वाला एक ऐसा ड्रोन तैयार किया है, "
                  "जिसकी क़ीमत बाज़ार में उपलब्ध दूसरे ड्रोन की आधी बताई जा रही है। कंपनी इसे सीधे बेचने के बजाय गाँवों में किराये पर देगी। "
                  "एक एकड़ में छिड़काव का किराया 350 रुपये तय किया गया है।"),
            ("p", "कंपनी के सह-संस्थापक वरुण पाटीदार ने बुधवार को बताया कि ड्रोन दस लीटर की टंकी के साथ आठ मिनट में एक एकड़ खेत में छिड़काव कर "
                  "लेता है। “हाथ से छिड़काव में एक मज़दूर को पूरा दिन लगता है और दवा का बड़ा हिस्सा हवा में उड़ जाता है। ड्रोन से दवा की खपत "
                  "करीब 30 प्रतिशत कम होती है,” उन्होंने कहा।"),
            ("also-box", [("मालवा में सोयाबीन पर फिर इल्ली का हमला, किसान परेशान", "/rajya/madhya-pradesh/1394410"),
                          ("खेतों में ड्रोन उड़ाने के लिए क्या हैं नियम, जानिए पूरी प्रक्रिया", "/explainer/1389021")]),
            ("h", "देवास और उज्जैन से शुरुआत"),
            ("p", "पहले चरण में कंपनी देवास और उज्जैन ज़िलों के 40 गाँवों में सेवा शुरू करेगी। हर गाँव में एक स्थानीय युवक को ड्रोन चलाने का "
                  "पंद्रह दिन का प्रशिक्षण दिया जा रहा है। किसान मोबाइल पर एक संदेश भेजकर छिड़काव की तारीख़ बुक कर सकेंगे।"),
            ("p", "देवास ज़िले के सिरोलिया खेड़ा गाँव के किसान हरिनारायण चौधरी ने पिछले महीने परीक्षण के दौरान अपने सोयाबीन के खेत में ड्रोन से "
                  "छिड़काव करवाया था। “पहले तो गाँव वाले तमाशा देखने आए थे, अब हर कोई पूछ रहा है कि उनकी बारी कब आएगी,” उन्होंने हँसते हुए कहा।"),
            ("ad", "inarticle_1"),
            ("h", "नियम और लागत की चुनौती"),
            ("p", "कृषि ड्रोन के इस्तेमाल के लिए सरकारी नियमों के तहत पंजीकरण और प्रशिक्षित पायलट ज़रूरी है। कंपनी की दूसरी सह-संस्थापक आयशा "
                  "क़ुरैशी के मुताबिक़ उनके सभी ड्रोन का पंजीकरण हो चुका है और गाँवों के युवकों को प्रमाणित पायलट बनाने के लिए भोपाल के एक "
                  "प्रशिक्षण संस्थान से करार किया गया है।"),
            ("p", "कंपनी ने अब तक 18 ड्रोन बनाए हैं। इसके लिए उसने पिछले साल एक निवेशक समूह से चार करोड़ रुपये जुटाए थे। अगले साल मार्च तक "
                  "150 ड्रोन उतारने का लक्ष्य है।"),
            ("p", "कंपनी के मुताबिक़ ड्रोन का ढाँचा और मोटरें देश में ही बनाई गई हैं, जबकि बैटरी और कुछ सेंसर बाहर से मँगाने पड़ते हैं। वरुण पाटीदार ने बताया कि एक ड्रोन की लागत करीब चार लाख रुपये आती है और किराये के मॉडल से एक ड्रोन को अपनी लागत निकालने में करीब दो फ़सली मौसम लगेंगे।"),
            ("p", "उज्जैन ज़िले के किसान नेता रामेश्वर पटेल ने कहा कि किराया किसानों की पहुँच में है, लेकिन सेवा का असली इम्तिहान तब होगा जब एक साथ सैकड़ों किसान छिड़काव की माँग करेंगे। “कीट का हमला होता है तो दो-तीन दिन में पूरे इलाके को दवा चाहिए होती है। तब ड्रोन कम पड़े तो किसान फिर पुराने तरीक़े पर लौट आएँगे,” उन्होंने कहा।"),
            ("p", "कंपनी का कहना है कि ऐसे समय के लिए वह हर दस गाँवों पर दो अतिरिक्त ड्रोन तैयार रखेगी और ज़रूरत पड़ने पर पड़ोसी ज़िलों से ड्रोन बुलाए जाएँगे।"),
            ("p", "कृषि विशेषज्ञ प्रोफ़ेसर सुधीर जोशी ने कहा कि छोटे किसानों के लिए किराये वाली ऐसी सेवाएँ उपयोगी हो सकती हैं, लेकिन किसानों "
                  "को यह भी बताया जाना चाहिए कि कौन-सी दवा कितनी मात्रा में डालनी है। “ड्रोन छिड़काव को आसान बनाता है, पर ग़लत दवा का नुक़सान "
                  "वैसा ही रहेगा,” उन्होंने कहा।"),
        ],
        entities=[("रामेश्वर पटेल", "PER"), ("इंदौर", "LOC"), ("किसानदूत एग्रीटेक", "ORG"), ("वरुण पाटीदार", "PER"), ("देवास", "LOC"), ("उज्जैन", "LOC"),
                  ("सिरोलिया खेड़ा", "LOC"), ("हरिनारायण चौधरी", "PER"), ("आयशा क़ुरैशी", "PER"), ("भोपाल", "LOC"),
                  ("सुधीर जोशी", "PER")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "kicker", "photo-caption", "subheadings",
                   "inline-related", "updated-date", "title-differs-from-headline", "date-in-url"],
        notes="The <title> and og:title carry an SEO headline; the visible h1 is the gold headline. The 'यह भी पढ़ें' box inside the body is left out.",
    ),
    # ------------------------------------------------------------ 05: Bhopal heatwave (desk byline, list, video, Devanagari digits)
    dict(
        id="samachar-setu-05", bare_title=True, meta_pub=False, seed=5, sid="1621957",
        amp_url=f"{HOST}/amp/rajya/madhya-pradesh/bhopal/bhopal-heatwave-orange-alert-45-degrees-20220503-1621957",
        canonical=f"{HOST}/rajya/madhya-pradesh/bhopal/bhopal-heatwave-orange-alert-45-degrees-20220503-1621957",
        section=("mausam", "मौसम"), rel_path="madhya-pradesh/bhopal",
        crumbs=[("होम", "/"), ("मौसम", "/mausam"), ("मध्य प्रदेश", "/rajya/madhya-pradesh"), ("भोपाल", "/rajya/madhya-pradesh/bhopal"),
                ("लू का अलर्ट", "")],
        kicker="मौसम",
        headline="भोपाल में पारा 45 डिग्री के पार, अगले तीन दिन लू का ऑरेंज अलर्ट",
        title="भोपाल में पारा 45 डिग्री के पार, अगले तीन दिन लू का ऑरेंज अलर्ट - समाचार सेतु",
        og_title="भोपाल में पारा 45 डिग्री के पार, अगले तीन दिन लू का ऑरेंज अलर्ट",
        desc="दोपहर 12 से 4 बजे के बीच घर से न निकलने की सलाह। ज़िला अस्पताल में लू के मरीज़ों के लिए अलग वार्ड।",
        tags=["भोपाल", "मौसम", "लू", "गर्मी"], tag_slugs=["bhopal", "weather", "heatwave", "summer"],
        image="2022/05/bhopal-heat-empty-road", pub=d(2022, 5, 3, 17, 5), style="deva", copy_year=2022,
        authors=["समाचार सेतु डेस्क"], desk=True,
        summary="दोपहर 12 से 4 बजे के बीच घर से न निकलने की सलाह। ज़िला अस्पताल में लू के मरीज़ों के लिए अलग वार्ड बनाया गया।",
        related=[("मध्य प्रदेश के 11 ज़िलों में पानी का संकट, टैंकरों से सप्लाई", d(2022, 4, 29, 11, 25), "mp-water"),
                 ("गर्मी में बिजली की माँग रिकॉर्ड स्तर पर, कई इलाकों में कटौती", d(2022, 4, 26, 20, 10), "power-cut"),
                 ("बड़े तालाब का जलस्तर दो फ़ुट घटा, नाव संचालन पर असर", d(2022, 4, 20, 7, 45), "lake-level")],
        parts=[
            ("p", "भोपाल में मंगलवार को इस मौसम का सबसे गर्म दिन रहा। दोपहर ढाई बजे शहर का तापमान 45.3 डिग्री सेल्सियस दर्ज किया गया, जो "
                  "सामान्य से चार डिग्री ज़्यादा है। मध्य भारत मौसम अनुसंधान केंद्र ने अगले तीन दिनों के लिए शहर और आसपास के ज़िलों में लू का "
                  "ऑरेंज अलर्ट जारी किया है।"),
            ("p", "केंद्र के वरिष्ठ वैज्ञानिक डॉ. प्रदीप मालवीय ने बताया कि राजस्थान की ओर से आ रही गर्म और सूखी हवाओं के कारण रात का तापमान "
                  "भी 30 डिग्री से नीचे नहीं जा रहा है। “रात में राहत न मिलना शरीर के लिए सबसे ख़तरनाक होता है। गुरुवार के बाद हल्के बादल "
                  "आने की संभावना है, लेकिन तब तक लोगों को सावधान रहना होगा,” उन्होंने कहा।"),
            ("video", ("v9930215", "दोपहर में भोपाल की सड़कों पर पसरा सन्नाटा, देखें वीडियो",
                       f"{IMG}/video-posters/2022/05/bhopal-heat-roads.jpg", "1:58")),
            ("p", "गर्मी का असर शहर के बाज़ारों पर साफ़ दिखा। न्यू मार्केट और एमपी नगर जैसे व्यस्त इलाकों में दोपहर के समय गिने-चुने लोग ही नज़र "
                  "आए। कई दुकानदारों ने दोपहर में दुकानें बंद रखकर शाम को खोलना शुरू कर दिया है।"),
            ("p", "ज़िला अस्पताल के अधीक्षक डॉ. नरेंद्र पटेल ने बताया कि पिछले एक हफ़्ते में लू और पानी की कमी से जुड़े 64 मरीज़ भर्ती हुए हैं। "
                  "इनमें ज़्यादातर मज़दूर और बुज़ुर्ग हैं। अस्पताल में बीस बिस्तरों का अलग वार्ड बनाया गया है, जहाँ कूलर और ओआरएस की व्यवस्था है।"),
            ("ad", "inarticle_1"),
            ("h", "लू से बचने के लिए डॉक्टरों की सलाह"),
            ("ul", ["दोपहर 12 से शाम 4 बजे के बीच बहुत ज़रूरी न हो तो घर से बाहर न निकलें।",
                    "प्यास न लगने पर भी हर घंटे पानी, छाछ या नींबू पानी पिएँ।",
                    "हल्के रंग के ढीले सूती कपड़े पहनें और सिर को गमछे या टोपी से ढकें।",
                    "चक्कर, तेज़ सिरदर्द या उल्टी होने पर तुरंत नज़दीकी अस्पताल पहुँचें।",
                    "बच्चों और पालतू जानवरों को बंद गाड़ी में कभी न छोड़ें।"]),
            ("p", "नगर निगम ने शहर के 35 चौराहों पर पानी की प्याऊ लगवाई हैं और दोपहर में ट्रैफ़िक सिग्नल पर रुकने का समय कम कर दिया गया है। "
                  "निगम आयुक्त शालिनी गुप्ता ने कहा कि निर्माण स्थलों पर दोपहर 12 से 3 बजे तक काम रोकने के निर्देश भी दिए गए हैं। नियम तोड़ने "
                  "वाले ठेकेदारों पर जुर्माना लगाया जाएगा।"),
            ("p", "गर्मी के कारण बिजली की माँग भी रिकॉर्ड स्तर पर पहुँच गई है। बिजली वितरण कंपनी के अधिकारियों के मुताबिक़ मंगलवार दोपहर शहर में बिजली की माँग 780 मेगावाट तक पहुँची, जो पिछले साल के सबसे ऊँचे स्तर से करीब 60 मेगावाट ज़्यादा है। कई इलाकों में ट्रांसफ़ॉर्मर गर्म होने से घंटों बिजली गुल रही।"),
            ("p", "कोलार रोड के निवासी दीपक श्रीवास्तव ने बताया कि उनके इलाके में सोमवार रात तीन घंटे बिजली नहीं रही। “घर में बुज़ुर्ग माँ हैं। पूरी रात छत पर पानी डालकर और हाथ के पंखे से काम चलाया,” उन्होंने कहा।"),
            ("p", "ज़िला प्रशासन ने आदेश जारी किया है कि अगले आदेश तक सभी स्कूलों में कक्षाएँ सुबह साढ़े सात से साढ़े ग्यारह बजे तक ही लगेंगी। पशुपालन विभाग ने भी लोगों से मवेशियों को दोपहर में छाँव में रखने और उन्हें पर्याप्त पानी देने की अपील की है।"),
            ("p", "मौसम केंद्र के अनुसार शुक्रवार से कुछ इलाकों में धूल भरी आँधी और हल्की बूँदाबाँदी हो सकती है, जिससे तापमान में दो से तीन डिग्री की गिरावट आने की उम्मीद है।"),
        ],
        entities=[("कोलार रोड", "LOC"), ("दीपक श्रीवास्तव", "PER"), ("भोपाल", "LOC"), ("मध्य भारत मौसम अनुसंधान केंद्र", "ORG"), ("प्रदीप मालवीय", "PER"), ("राजस्थान", "LOC"),
                  ("न्यू मार्केट", "LOC"), ("एमपी नगर", "LOC"), ("नरेंद्र पटेल", "PER"), ("शालिनी गुप्ता", "PER")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "localized-date", "kicker", "standfirst",
                   "subheadings", "list-in-body", "inline-video-teaser", "date-in-url"],
        notes="Desk byline recorded as given ('समाचार सेतु डेस्क'); the URL slug carries the date as 20220503.",
    ),
    # ------------------------------------------------------------ 06: Varanasi Dev Deepawali (two authors, pull quote)
    dict(
        id="samachar-setu-06", bare_title=True, meta_pub=False, time_el=False, seed=6, sid="1804436",
        amp_url=f"{HOST}/amp/rajya/uttar-pradesh/varanasi/dev-deepawali-ghats-boat-fares-fixed-1804436",
        canonical=f"{HOST}/rajya/uttar-pradesh/varanasi/dev-deepawali-ghats-boat-fares-fixed-1804436",
        section=("dharm", "धर्म"), rel_path="uttar-pradesh/varanasi",
        crumbs=[("होम", "/"), ("धर्म", "/dharm"), ("उत्तर प्रदेश", "/rajya/uttar-pradesh"), ("वाराणसी", "/rajya/uttar-pradesh/varanasi"),
                ("देव दीपावली", "")],
        kicker="देव दीपावली",
        headline="घाटों पर जगमगाए लाखों दीये, नाविकों ने पहली बार तय किया एक जैसा किराया",
        title="घाटों पर जगमगाए लाखों दीये, नाविकों ने पहली बार तय किया एक जैसा किराया | समाचार सेतु",
        og_title="घाटों पर जगमगाए लाखों दीये, नाविकों ने पहली बार तय किया एक जैसा किराया",
        desc="वाराणसी में देव दीपावली पर 84 घाटों पर रोशनी की कतारें, भीड़ संभालने के लिए घाटों को बारह सेक्टरों में बाँटा गया।",
        tags=["वाराणसी", "देव दीपावली", "गंगा घाट", "त्योहार"], tag_slugs=["varanasi", "dev-deepawali", "ganga-ghat", "festival"],
        image="2023/11/dev-deepawali-ghats", pub=d(2023, 11, 27, 22, 10), style="num", copy_year=2023,
        authors=["अनुराग मिश्र", "फ़ातिमा ज़ैदी"], author_slugs=["anurag-mishra", "fatima-zaidi"], place="वाराणसी",
        summary="गंगा किनारे 84 घाटों पर शाम ढलते ही रोशनी की कतारें। भीड़ संभालने के लिए घाटों को बारह सेक्टरों में बाँटा गया।",
        lead=("2023/11/dev-deepawali-ghats", "देव दीपावली की शाम गंगा के घाटों पर जलते दीये।", "फ़ोटो: अनुराग मिश्र"),
        related=[("देव दीपावली: शहर में आज शाम छह बजे से वाहनों की नो-एंट्री, देखें रूट", d(2023, 11, 27, 8, 30), "deepawali-route"),
                 ("घाटों पर नाव किराये की मनमानी पर रोक के लिए बनेगी समिति", d(2023, 11, 10, 16, 5), "boat-committee"),
                 ("कार्तिक पूर्णिमा पर गंगा स्नान के लिए उमड़ी भीड़", d(2022, 11, 8, 9, 20), "kartik-snan"),
                 ("वाराणसी में होटलों के किराये तीन गुना, पर्यटक परेशान", d(2023, 11, 22, 13, 40), "hotel-rates")],
        parts=[
            ("p", "वाराणसी में सोमवार शाम देव दीपावली के मौक़े पर गंगा के घाट दीयों की रोशनी से जगमगा उठे। अस्सी घाट से राजघाट तक करीब सात "
                  "किलोमीटर के दायरे में शाम साढ़े पाँच बजे से दीये जलाने का सिलसिला शुरू हुआ, जो रात आठ बजे तक चलता रहा। आयोजन समितियों "
                  "के मुताबिक़ इस बार करीब बारह लाख दीये जलाए गए।"),
            ("p", "इस बार सबसे बड़ा बदलाव नावों के किराये को लेकर दिखा। पिछले वर्षों में इस रात नाव की सवारी के लिए पर्यटकों से मनमाना किराया "
                  "वसूलने की शिकायतें आम थीं। इस बार काशी नाविक कल्याण समिति ने पहली बार सभी नावों के लिए एक जैसी दरें तय कीं और हर घाट "
                  "पर दरों की सूची टाँगी गई।"),
            ("p", "समिति के अध्यक्ष शंभूनाथ निषाद ने बताया कि बड़ी नाव में प्रति व्यक्ति 700 रुपये और छोटी नाव में 450 रुपये किराया तय किया "
                  "गया था। “हमारी रोज़ी-रोटी पर्यटकों से चलती है। अगर एक रात की कमाई के लालच में उनका भरोसा टूटे तो नुक़सान पूरे साल होता "
                  "है,” उन्होंने कहा।"),
            ("pull", "“अगर एक रात की कमाई के लालच में उनका भरोसा टूटे तो नुक़सान पूरे साल होता है”"),
            ("fig", "2023/11/dashashwamedh-diyas", "दशाश्वमेध घाट पर सोमवार शाम दीये सजाती महिलाएँ।", "फ़ोटो: फ़ातिमा ज़ैदी"),
            ("h", "भीड़ के लिए बारह सेक्टर"),
            ("p", "प्रशासन ने भीड़ को संभालने के लिए घाटों को बारह सेक्टरों में बाँटा था। हर सेक्टर में एक मजिस्ट्रेट, पुलिस बल और गोताखोरों "
                  "की टीम तैनात की गई। गंगा में जल पुलिस की नावें लगातार गश्त करती रहीं। शाम छह बजे के बाद शहर के भीतर से घाटों की ओर जाने "
                  "वाले वाहनों पर रोक लगा दी गई थी।"),
            ("ad", "inarticle_1"),
            ("p", "घाटों पर पहुँचे लोगों में बड़ी संख्या विदेशी पर्यटकों की भी थी। जर्मनी से आईं पर्यटक क्लारा वेबर ने कहा कि उन्होंने इस शाम "
                  "के बारे में बहुत सुना था, लेकिन इसे देखना कुछ और ही अनुभव था। “नदी पर तैरते दीये और दोनों तरफ़ रोशनी, ऐसा दृश्य मैंने पहले "
                  "कभी नहीं देखा,” उन्होंने कहा।"),
            ("p", "हालाँकि कुछ घाटों पर अव्यवस्था भी दिखी। मणिकर्णिका घाट के पास संकरी गलियों में लोगों को आधे घंटे से ज़्यादा समय तक फँसे "
                  "रहना पड़ा। स्थानीय निवासी रमेश यादव ने शिकायत की कि गलियों से निकलने के रास्तों पर कोई संकेत नहीं लगाए गए थे।"),
            ("p", "घाटों पर आयोजन के लिए महीनों पहले से तैयारी शुरू हो जाती है। दीये बनाने का काम शहर के आसपास के गाँवों के कुम्हार परिवार करते हैं। लोहता गाँव के कुम्हार राजेंद्र प्रजापति ने बताया कि इस बार उनके परिवार ने अकेले डेढ़ लाख दीये बनाए। “दिवाली और देव दीपावली के बीच के पंद्रह दिन हमारे लिए साल भर की कमाई के दिन होते हैं,” उन्होंने कहा।"),
            ("p", "शहर के होटलों और धर्मशालाओं में भी भारी भीड़ रही। होटल कारोबारियों के अनुसार घाटों के आसपास के लगभग सभी होटल दो हफ़्ते पहले ही भर चुके थे और कई जगह कमरों का किराया सामान्य दिनों से तीन गुना तक पहुँच गया।"),
            ("p", "शंभूनाथ निषाद ने कहा कि तय किराये की व्यवस्था अब पूरे साल लागू रखने पर विचार किया जा रहा है। इसके लिए समिति प्रशासन के साथ मिलकर हर घाट पर किराये की स्थायी सूची लगाने और शिकायतों के लिए एक नंबर जारी करने की योजना बना रही है।"),
            ("p", "आयोजन के बाद रात में ही सफ़ाई कर्मचारियों की टोलियाँ घाटों पर उतर गईं। आयोजन समितियों ने मंगलवार सुबह तक सभी घाटों से "
                  "दीयों के अवशेष हटाने का दावा किया है।"),
        ],
        entities=[("लोहता", "LOC"), ("राजेंद्र प्रजापति", "PER"), ("दिवाली", "MISC"), ("वाराणसी", "LOC"), ("देव दीपावली", "MISC"), ("गंगा", "LOC"), ("अस्सी घाट", "LOC"), ("राजघाट", "LOC"),
                  ("काशी नाविक कल्याण समिति", "ORG"), ("शंभूनाथ निषाद", "PER"), ("दशाश्वमेध घाट", "LOC"), ("जर्मनी", "LOC"),
                  ("क्लारा वेबर", "PER"), ("मणिकर्णिका घाट", "LOC"), ("रमेश यादव", "PER")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "kicker", "standfirst", "photo-caption",
                   "subheadings", "pull-quote", "multiple-authors"],
        notes="The related list includes a story from the same morning (27/11/2023); only the byline stamp gives this story's time.",
    ),
    # ------------------------------------------------------------ 07: kabaddi final (agency, dateline, table)
    dict(
        id="samachar-setu-07", meta_pub=False, seed=7, sid="1877310",
        amp_url=f"{HOST}/amp/khel/kabaddi/inter-district-kabaddi-league-final-rohtak-raiders-1877310",
        canonical=f"{HOST}/khel/kabaddi/inter-district-kabaddi-league-final-rohtak-raiders-1877310",
        section=("khel", "खेल"), rel_path="haryana/rohtak",
        crumbs=[("होम", "/"), ("खेल", "/khel"), ("कबड्डी", "/khel/kabaddi"), ("लीग फ़ाइनल", "")],
        kicker="कबड्डी",
        headline="अंतर-ज़िला कबड्डी लीग: रोहतक रेडर्स ने फ़ाइनल में सोनीपत सुल्तान्स को 41-36 से हराया",
        title="रोहतक रेडर्स बनी चैंपियन, अमित दहिया के सुपर रेड से पलटी बाज़ी | समाचार सेतु",
        og_title="रोहतक रेडर्स बनी चैंपियन, अमित दहिया के सुपर रेड से पलटी बाज़ी",
        desc="मध्यांतर तक 17-22 से पिछड़ रही रोहतक रेडर्स ने दूसरे हाफ़ में वापसी कर पहली बार ख़िताब जीता।",
        tags=["कबड्डी", "रोहतक", "हरियाणा", "खेल"], tag_slugs=["kabaddi", "rohtak", "haryana", "sports"],
        image="2024/02/rohtak-raiders-champions", pub=d(2024, 2, 18, 19, 30), style="num", copy_year=2024,
        authors=["भारत वार्ता सेवा"], agency=True,
        related=[("अंतर-ज़िला कबड्डी लीग: सेमीफ़ाइनल में झज्जर को हराकर फ़ाइनल में पहुँची रोहतक रेडर्स", d(2024, 2, 16, 21, 5), "semi-final"),
                 ("राज्य खेल कैलेंडर जारी, अक्टूबर में होंगे ग्रामीण खेल", d(2024, 2, 10, 12, 0), "sports-calendar"),
                 ("कुश्ती: अखाड़ों के लिए नए मैट, 60 गाँवों को मिलेगा अनुदान", d(2024, 1, 29, 15, 45), "wrestling-mats")],
        parts=[
            ("p", "रोहतक (बीवीएस)। रोहतक रेडर्स ने रविवार को यहाँ खेले गए अंतर-ज़िला कबड्डी लीग के फ़ाइनल में सोनीपत सुल्तान्स को 41-36 से "
                  "हराकर पहली बार ख़िताब अपने नाम किया। मध्यांतर तक पिछड़ रही रोहतक की टीम ने दूसरे हाफ़ में कप्तान अमित दहिया के सुपर रेड के "
                  "दम पर वापसी की।"),
            ("p", "ज़िला खेल परिसर में करीब आठ हज़ार दर्शकों के सामने खेले गए मुक़ाबले की शुरुआत सोनीपत सुल्तान्स ने आक्रामक अंदाज़ में की। "
                  "रेडर सुनील मलिक ने पहले दस मिनट में ही सात अंक जुटाए और मध्यांतर तक उनकी टीम 22-17 से आगे थी।"),
            ("p", "दूसरे हाफ़ के 26वें मिनट में मैच का रुख़ बदला, जब अमित दहिया ने एक ही रेड में तीन डिफ़ेंडरों को आउट करके विरोधी टीम को "
                  "ऑल-आउट की कगार पर पहुँचा दिया। इसके दो मिनट बाद रोहतक रेडर्स ने सोनीपत सुल्तान्स को ऑल-आउट कर 29-27 की बढ़त बना ली, "
                  "जिसे उसने अंत तक नहीं छोड़ा।"),
            ("ad", "inarticle_1"),
            ("p", "दहिया ने मैच में कुल 14 अंक बटोरे और उन्हें फ़ाइनल का सर्वश्रेष्ठ खिलाड़ी चुना गया। डिफ़ेंस में नवीन सांगवान ने छह टैकल अंक "
                  "लेकर उनका अच्छा साथ दिया।"),
            ("p", "मैच के बाद दहिया ने कहा, “मध्यांतर में कोच ने बस इतना कहा कि घबराओ मत, अपना खेल खेलो। हम पिछले दो साल सेमीफ़ाइनल में हारे "
                  "थे, इस बार किसी भी क़ीमत पर ख़िताब नहीं छोड़ना था।”"),
            ("p", "सोनीपत सुल्तान्स के कोच राजबीर मलिक ने हार के बावजूद अपनी टीम के प्रदर्शन की तारीफ़ की। उन्होंने कहा कि पहले हाफ़ में टीम ने योजना के मुताबिक़ खेल दिखाया, लेकिन ऑल-आउट के बाद खिलाड़ियों पर दबाव बढ़ गया। “फ़ाइनल में एक ग़लती भारी पड़ती है। हम अगले सत्र में और मज़बूत होकर लौटेंगे,” उन्होंने कहा।"),
            ("p", "फ़ाइनल देखने के लिए आसपास के गाँवों से बड़ी संख्या में लोग ट्रैक्टर-ट्रॉलियों में भरकर पहुँचे थे। भीड़ क्षमता से ज़्यादा होने के कारण आयोजकों को परिसर के बाहर एक बड़ी स्क्रीन लगानी पड़ी, जहाँ करीब दो हज़ार लोगों ने मैच देखा।"),
            ("p", "लीग का यह तीसरा सत्र था। आयोजकों के मुताबिक़ इस बार मैचों का सीधा प्रसारण मोबाइल ऐप पर भी किया गया, जिसे फ़ाइनल के दिन एक लाख से ज़्यादा लोगों ने देखा।"),
            ("h", "नॉकआउट मुक़ाबलों के नतीजे"),
            ("table", [["मुक़ाबला", "टीमें", "स्कोर"],
                       ["पहला सेमीफ़ाइनल", "रोहतक रेडर्स बनाम झज्जर जांबाज़", "38-31"],
                       ["दूसरा सेमीफ़ाइनल", "सोनीपत सुल्तान्स बनाम हिसार हरिकेन्स", "44-40"],
                       ["फ़ाइनल", "रोहतक रेडर्स बनाम सोनीपत सुल्तान्स", "41-36"]],
             "स्रोत: लीग आयोजन समिति"),
            ("p", "विजेता टीम को पाँच लाख रुपये और उपविजेता को ढाई लाख रुपये की पुरस्कार राशि दी गई। टूर्नामेंट में राज्य के सोलह ज़िलों की टीमों "
                  "ने हिस्सा लिया था। लीग के आयोजन सचिव जगदीप हुड्डा ने बताया कि अगले सत्र से महिलाओं की लीग भी शुरू की जाएगी, जिसके लिए आठ "
                  "टीमों ने पंजीकरण करा लिया है।"),
        ],
        entities=[("राजबीर मलिक", "PER"), ("अंतर-ज़िला कबड्डी लीग", "MISC"), ("रोहतक रेडर्स", "ORG"), ("सोनीपत सुल्तान्स", "ORG"), ("रोहतक", "LOC"),
                  ("बीवीएस", "ORG"), ("अमित दहिया", "PER"), ("दहिया", "PER"), ("सुनील मलिक", "PER"), ("नवीन सांगवान", "PER"),
                  ("झज्जर जांबाज़", "ORG"), ("हिसार हरिकेन्स", "ORG"), ("जगदीप हुड्डा", "PER")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "kicker", "subheadings", "table-in-body",
                   "agency-byline", "dateline", "title-differs-from-headline"],
        notes="Agency byline 'एजेंसी: भारत वार्ता सेवा' gives the agency name; the dateline 'रोहतक (बीवीएस)।' stays in the first paragraph.",
    ),
    # ------------------------------------------------------------ 08: Shimla apple cold store (update)
    dict(
        id="samachar-setu-08", extra_note=" JSON-LD datePublished holds the update time (2025-09-15T10:05+05:30); the visible प्रकाशित stamp of 14 September is the publication date.", bare_title=True, ld_pub_is_upd=True, time_el=False, seed=8, sid="2051189", ld_body=True,
        amp_url=f"{HOST}/amp/karobar/2025/09/14/shimla-apple-growers-cooperative-cold-store-2051189",
        canonical=f"{HOST}/karobar/2025/09/14/shimla-apple-growers-cooperative-cold-store-2051189",
        section=("karobar", "कारोबार"), rel_path="himachal-pradesh/shimla",
        crumbs=[("होम", "/"), ("कारोबार", "/karobar"), ("हिमाचल प्रदेश", "/rajya/himachal-pradesh"), ("शिमला", "/rajya/himachal-pradesh/shimla"),
                ("सेब बागवानों का कोल्ड स्टोर", "")],
        headline="शिमला के बागवानों ने मिलकर बनाया कोल्ड स्टोर, अब औने-पौने दाम पर नहीं बिकेगा सेब",
        title="शिमला के बागवानों ने मिलकर बनाया कोल्ड स्टोर, अब औने-पौने दाम पर नहीं बिकेगा सेब | समाचार सेतु",
        og_title="शिमला के बागवानों ने मिलकर बनाया कोल्ड स्टोर, अब औने-पौने दाम पर नहीं बिकेगा सेब",
        desc="ठियोग के पास 1,200 बागवानों की सहकारी सभा ने पाँच हज़ार टन क्षमता का भंडार तैयार किया।",
        tags=["शिमला", "सेब", "बागवानी", "सहकारिता", "हिमाचल प्रदेश"],
        tag_slugs=["shimla", "apple", "horticulture", "cooperative", "himachal-pradesh"],
        image="2025/09/theog-apple-cold-store", pub=d(2025, 9, 14, 12, 20), upd=d(2025, 9, 15, 10, 5), style="num", copy_year=2025,
        authors=["अजय कंवर"], author_slugs=["ajay-kanwar"], place="शिमला",
        summary="ठियोग के पास 1,200 बागवानों की सहकारी सभा ने पाँच हज़ार टन क्षमता का भंडार तैयार किया। सेब छह महीने तक ताज़ा रखे जा सकेंगे।",
        lead=("2025/09/theog-apple-cold-store", "ठियोग के पास बने कोल्ड स्टोर की ग्रेडिंग लाइन पर सेब की छँटाई।", "फ़ोटो: अजय कंवर"),
        related=[("सेब की पेटी पर वज़न के हिसाब से दाम तय करने का नियम लागू", d(2025, 9, 2, 18, 50), "apple-weight"),
                 ("बारिश से शिमला-ठियोग सड़क कई जगह बंद, मंडियों तक नहीं पहुँच पा रहा सेब", d(2025, 8, 27, 7, 35), "road-closed"),
                 ("हिमाचल में इस साल सेब की पैदावार 15 फ़ीसदी कम रहने का अनुमान", d(2025, 8, 19, 14, 15), "apple-yield")],
        parts=[
            ("p", "हिमाचल प्रदेश के शिमला ज़िले में सेब उगाने वाले बागवानों ने मंडियों में गिरते दामों से बचने का अपना रास्ता निकाल लिया है। ठियोग "
                  "के पास 1,200 बागवानों की हिमफल उत्पादक सहकारी सभा ने पाँच हज़ार टन क्षमता वाला नियंत्रित वातावरण का कोल्ड स्टोर शुरू किया है, "
                  "जिसमें सेब छह महीने तक ताज़ा रखे जा सकेंगे।"),
            ("p", "सितंबर में तुड़ाई के चरम पर मंडियों में सेब की आवक इतनी बढ़ जाती है कि दाम गिर जाते हैं। सभा के अध्यक्ष कुलदीप ठाकुर ने बताया "
                  "कि इस साल अगस्त के अंत में कई बागवानों को 20 किलो की पेटी 900 रुपये में बेचनी पड़ी, जबकि वही पेटी जनवरी-फ़रवरी में 2,000 "
                  "रुपये तक बिकती है। “बागवान के पास रुकने का विकल्प ही नहीं था। अब वह ख़ुद तय करेगा कि कब बेचना है,” उन्होंने कहा।"),
            ("h", "कैसे काम करेगा भंडार"),
            ("p", "कोल्ड स्टोर में सेब को कम ऑक्सीजन और नियंत्रित नमी वाले कक्षों में रखा जाएगा। सभा के सदस्य बागवान प्रति किलो प्रति माह 70 पैसे "
                  "किराया देंगे, जबकि बाहरी बागवानों के लिए यह दर एक रुपया होगी। भंडार में छँटाई और ग्रेडिंग की स्वचालित लाइन भी लगाई गई है, "
                  "जो एक घंटे में आठ टन सेब को आकार और रंग के हिसाब से अलग कर देती है।"),
            ("p", "परियोजना पर करीब 38 करोड़ रुपये की लागत आई है। इसमें से 35 प्रतिशत राशि सदस्यों ने जुटाई, बाक़ी रकम एक सहकारी बैंक के ऋण और "
                  "राज्य की बागवानी योजना के अनुदान से आई।"),
            ("ad", "inarticle_1"),
            ("h", "छोटे बागवानों को सबसे ज़्यादा फ़ायदा"),
            ("p", "कोटखाई की बागवान सरला चौहान के पास केवल दो बीघा बगीचा है। वे बताती हैं कि पहले उनके जैसे छोटे बागवान आढ़तियों की शर्तों पर "
                  "निर्भर थे। “इस बार मैंने अपनी 140 पेटियों में से 90 कोल्ड स्टोर में रख दी हैं। सर्दियों में अच्छे दाम मिले तो पिछले साल का "
                  "घाटा पूरा हो जाएगा,” उन्होंने कहा।"),
            ("p", "बागवानी अर्थशास्त्र के जानकार डॉ. मनोज नेगी का कहना है कि भंडारण से दामों का उतार-चढ़ाव कम होगा, लेकिन बागवानों को विदेश से आने "
                  "वाले सेब की प्रतिस्पर्धा के लिए भी तैयार रहना होगा। उनके मुताबिक़ ग्रेडिंग और पैकिंग की गुणवत्ता सुधारे बिना सर्दियों का बाज़ार "
                  "पूरी तरह नहीं पकड़ा जा सकता।"),
            ("p", "कोल्ड स्टोर के शुरू होने से इलाके में रोज़गार भी बढ़ा है। सभा के अनुसार भंडार और ग्रेडिंग लाइन पर 85 स्थानीय लोगों को नियमित काम मिला है, जिनमें 30 महिलाएँ हैं। तुड़ाई के मौसम में पैकिंग के लिए 200 और लोगों को अस्थायी रूप से रखा जाएगा।"),
            ("p", "हालाँकि कुछ बागवानों को चिंता है कि सर्दियों में एक साथ बहुत सारा भंडारित सेब बाज़ार में उतरा तो उस समय भी दाम गिर सकते हैं। कुलदीप ठाकुर का कहना है कि इससे बचने के लिए भंडार से निकासी का एक कैलेंडर बनाया गया है और बड़े शहरों के खुदरा विक्रेताओं से सीधे अनुबंध की बातचीत चल रही है।"),
            ("p", "ठियोग के आढ़तियों ने कोल्ड स्टोर का स्वागत किया है, लेकिन कहा है कि मंडी व्यवस्था को कमज़ोर नहीं किया जाना चाहिए। आढ़ती संघ के प्रवक्ता हेमराज वर्मा ने कहा कि आढ़ती बागवानों को मुश्किल समय में उधार देते आए हैं और दोनों व्यवस्थाएँ साथ-साथ चल सकती हैं।"),
            ("p", "सभा अगले दो साल में रोहड़ू और किन्नौर में भी ऐसे ही भंडार बनाने की योजना पर काम कर रही है। इसके लिए सदस्यों की संख्या बढ़ाकर "
                  "तीन हज़ार करने का लक्ष्य रखा गया है।"),
        ],
        entities=[("हेमराज वर्मा", "PER"), ("शिमला", "LOC"), ("हिमाचल प्रदेश", "LOC"), ("ठियोग", "LOC"), ("हिमफल उत्पादक सहकारी सभा", "ORG"),
                  ("कुलदीप ठाकुर", "PER"), ("कोटखाई", "LOC"), ("सरला चौहान", "PER"), ("मनोज नेगी", "PER"), ("रोहड़ू", "LOC"),
                  ("किन्नौर", "LOC")],
        phenomena=["amp", "json-ld", "nav-menu", "footer-links", "cookie-banner", "share-bar", "ad-slots", "related-list",
                   "most-read", "tag-list", "decoy-date", "local-time-zone", "standfirst", "photo-caption", "subheadings",
                   "updated-date", "date-in-url"],
        notes="The visible 'अपडेटेड' stamp (15/09/2025, 10:05 AM IST) is the modified time.",
    ),
]

# 09: the canonical (non-AMP) page of 03.
VARIANT = dict(of="samachar-setu-03", id="samachar-setu-09")


# Stories of the live-updates desk show their age ("2 घंटे पहले") and carry the exact time only in the
# byline's <time datetime>: the desk's template has no date meta and no JSON-LD dates.
RELATIVE = {'samachar-setu-01': '2 घंटे पहले', 'samachar-setu-05': '4 घंटे पहले', 'samachar-setu-07': '45 मिनट पहले'}


# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph;
# the canonical variant 09 is made from 03 and follows it. New people and places join the entity list.
MORE = {
    "samachar-setu-03": ([
        ("h", "अब ग्यारहवीं में दाख़िले की चिंता"),
        ("p", "नतीजों के बाद छात्राओं के सामने नई चुनौती आगे की पढ़ाई की है। गाँव में इंटर की पढ़ाई की सुविधा नहीं है और सबसे नज़दीकी कॉलेज बारह किलोमीटर दूर है। रेखा कुमारी ने बताया कि स्कूल ने ज़िला शिक्षा कार्यालय को पत्र लिखकर अगले सत्र से यहीं ग्यारहवीं की कक्षाएँ शुरू करने की माँग की है। तब तक पास हुई छात्राओं के लिए कॉलेज आने-जाने की साझा व्यवस्था पर अभिभावकों से बात की जा रही है। मुखिया विनोद प्रसाद ने इसके लिए पंचायत की ओर से एक वाहन का ख़र्च उठाने का भरोसा दिया है।"),
    ], []),
    "samachar-setu-04": ([
        ("h", "दूसरे राज्यों से भी पूछताछ"),
        ("p", "कंपनी के मुताबिक़ परीक्षण की ख़बर फैलने के बाद महाराष्ट्र और राजस्थान के कुछ किसान संगठनों ने भी सेवा के बारे में पूछताछ की है। आयशा क़ुरैशी ने कहा कि फ़िलहाल कंपनी का पूरा ध्यान मालवा के गाँवों पर है और दूसरे राज्यों में विस्तार का फ़ैसला अगली रबी फ़सल के अनुभव के बाद होगा।"),
        ("p", "सिरोलिया खेड़ा के हरिनारायण चौधरी चाहते हैं कि छिड़काव के साथ खेत की निगरानी की सुविधा भी मिले। “अगर ड्रोन ऊपर से बता दे कि किस कोने में कीड़ा लगा है, तो पूरे खेत में दवा डालने की ज़रूरत ही नहीं पड़ेगी,” उन्होंने कहा। कंपनी का कहना है कि ऐसी सुविधा पर काम चल रहा है।"),
    ], [("महाराष्ट्र", "LOC"), ("राजस्थान", "LOC"), ("मालवा", "LOC")]),
    "samachar-setu-05": ([
        ("h", "अस्पतालों में अतिरिक्त इंतज़ाम"),
        ("p", "स्वास्थ्य विभाग ने ज़िले के सभी सामुदायिक स्वास्थ्य केंद्रों को लू के मरीज़ों के लिए अलग बिस्तर तैयार रखने के निर्देश दिए हैं। डॉ. नरेंद्र पटेल ने बताया कि एंबुलेंस में भी ठंडे पानी और ओआरएस के पैकेट रखे जा रहे हैं। उन्होंने लोगों से अपील की कि चक्कर, तेज़ सिरदर्द या उल्टी जैसे लक्षण दिखने पर देर न करें और तुरंत नज़दीकी अस्पताल पहुँचें। “लू का इलाज समय पर मिल जाए तो ज़्यादातर मरीज़ एक-दो दिन में ठीक हो जाते हैं,” उन्होंने कहा। अस्पताल में अब तक भर्ती हुए 64 में से 51 मरीज़ों को छुट्टी दी जा चुकी है।"),
    ], []),
    "samachar-setu-06": ([
        ("h", "अगले साल के लिए सबक"),
        ("p", "ज़िला प्रशासन ने मणिकर्णिका घाट के पास हुई अव्यवस्था की समीक्षा करने की बात कही है। अधिकारियों के मुताबिक़ अगले साल संकरी गलियों में एकतरफ़ा आवाजाही और जगह-जगह संकेतक लगाने पर विचार किया जाएगा। रमेश यादव ने कहा कि स्थानीय निवासियों को भी इस योजना में शामिल किया जाना चाहिए, क्योंकि वे गलियों को सबसे अच्छी तरह जानते हैं।"),
    ], []),
    "samachar-setu-07": ([
        ("h", "अब राज्य चैंपियनशिप पर नज़र"),
        ("p", "ख़िताब जीतने के बाद रोहतक रेडर्स के कई खिलाड़ियों की नज़र अब अगले महीने होने वाली राज्य कबड्डी चैंपियनशिप पर है। टीम के कोच सतबीर नांदल ने बताया कि लीग में अच्छा प्रदर्शन करने वाले पाँच खिलाड़ियों को ज़िला टीम के चयन शिविर में बुलाया गया है, जिनमें अमित दहिया और नवीन सांगवान भी शामिल हैं।"),
        ("p", "नांदल ने कहा कि लीग की सबसे बड़ी उपलब्धि यह है कि गाँवों के युवा खिलाड़ियों को बड़े दर्शकों के सामने खेलने का मौक़ा मिल रहा है। “पहले ये लड़के सिर्फ़ गाँव के दंगलों और मेलों में खेलते थे। यहाँ उन्हें मैट, कोचिंग और वीडियो विश्लेषण की सुविधा मिल रही है,” उन्होंने कहा।"),
        ("p", "सोनीपत सुल्तान्स के रेडर सुनील मलिक ने पूरे टूर्नामेंट में 112 रेड अंक जुटाए और वे लीग के सबसे सफल रेडर रहे। फ़ाइनल की हार के बावजूद उन्होंने कहा कि यह सत्र उनके करियर का सबसे अच्छा सत्र रहा। “पहले हाफ़ तक सब ठीक था। एक सुपर रेड ने मैच पलट दिया, कबड्डी में यही होता है,” उन्होंने कहा।"),
        ("p", "आयोजकों ने बताया कि ज़िला खेल परिसर में दर्शकों की बढ़ती संख्या को देखते हुए अगले सत्र से पहले अस्थायी दीर्घाओं की क्षमता बढ़ाई जाएगी। जगदीप हुड्डा के मुताबिक़ अगला सत्र नवंबर में शुरू होगा और इस बार दो नई टीमों को भी लीग में शामिल किया जा सकता है।"),
    ], [("सतबीर नांदल", "PER"), ("नांदल", "PER")]),
    "samachar-setu-08": ([
        ("h", "सरकार से मदद की माँग"),
        ("p", "सभा ने राज्य सरकार से माँग की है कि सहकारी कोल्ड स्टोर तक जाने वाली सड़कों को पक्का किया जाए, क्योंकि बरसात में भारी ट्रकों का आना-जाना मुश्किल हो जाता है। कुलदीप ठाकुर ने कहा कि अगर सड़क और बिजली की आपूर्ति भरोसेमंद रही, तो दूसरे इलाकों के बागवान भी ऐसी सभाएँ बनाने के लिए आगे आएँगे।"),
    ], []),
}


def lengthened(a):
    """The story with its MORE section after its last paragraph (the article unchanged without one)."""
    return with_more_section(a, MORE)


def make(a, amp=True, id_=None, variant_of=None, notes=None):
    a = lengthened(a)
    html_text, blocks, served = page(a, amp)
    phen = list(a["phenomena"]) + ["split-body", "teasers-in-article"]
    if not amp:
        phen.remove("amp")
    art = Article(
        id=id_ or a["id"], site=SITE, url=served, language="hi", headline=a["headline"],
        published=pub_iso(a["pub"]), modified=pub_iso(a["upd"]) if a.get("upd") else None,
        authors=a["authors"], summary=a.get("summary", ""), blocks=blocks, entities=a["entities"],
        phenomena=phen, notes=((notes if notes is not None else a.get("notes", "")) + a.get("extra_note", "")).strip(), variant_of=variant_of)
    if (art.variant_of or art.id) in RELATIVE:
        art, html_text = relative_visible_date(art, html_text, RELATIVE[art.variant_of or art.id], drop_other_metadata=True)
    p = emit(art, html_text, "utf-8")
    raw = (p.parents[1] / "raw_html" / f"{art.id}.html").stat().st_size
    print(f"{art.id}\t{raw / 1024:.1f} KB")


def pub_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M") + "+05:30"


def build():
    for a in ARTICLES:
        make(a)
    base = next(a for a in ARTICLES if a["id"] == VARIANT["of"])
    make(base, amp=False, id_=VARIANT["id"], variant_of=VARIANT["of"],
         notes="Minimal pair of samachar-setu-03: differs only in amp (the canonical non-AMP page of the same story: img, video "
               "and script-loaded ads instead of AMP components, a consent div instead of amp-consent). " + base["notes"])


if __name__ == "__main__":
    build()
