import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit

"""दिशाबोध (dishabodh-news): a Hindi regional news portal for the Hindi belt, in the style of a
PHP newspaper CMS rebuilt with a responsive theme: a top strip with the date in Hindi (Devanagari
digits on the newer templates), a city picker, a breaking-news ticker, a long state/city menu,
a red kicker over the headline, byline with "प्रकाशित"/"अपडेटेड" stamps in IST, a sticky share
bar, numbered ad slots, "यह भी पढ़ें" inserts, related and most-read lists, a cookie banner and a
long footer. OpenGraph and JSON-LD carry ISO dates with +05:30."""

import dataclasses as _dc
import datetime as _dt
import html as _html
import json as _json

SITE = "dishabodh-news"
HOST = "https://www.dishabodh.example"
IMG = "https://img.dishabodh.example"
NAME = "दिशाबोध"
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30))
HMONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
HDAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
DEVA = str.maketrans("0123456789", "०१२३४५६७८९")


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hdate(d, deva=False, weekday=False):
    s = f"{d.day} {HMONTHS[d.month - 1]} {d.year}"
    if weekday:
        s = f"{HDAYS[d.weekday()]}, {s}"
    return s.translate(DEVA) if deva else s


def hstamp(t, style):
    if style == "latin":
        h = t.hour % 12 or 12
        return f"{HDAYS[t.weekday()]}, {hdate(t)}, {h:02d}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'} (IST)"
    if style == "deva-words":
        part = "सुबह" if t.hour < 12 else ("दोपहर" if t.hour < 16 else ("शाम" if t.hour < 20 else "रात"))
        h = t.hour % 12 or 12
        return f"{hdate(t, deva=True)}, {part} {h}:{t.minute:02d} बजे (IST)".translate(DEVA)
    if style == "deva-ampm":
        h = t.hour % 12 or 12
        return f"{hdate(t, deva=True)}, {h:02d}:{t.minute:02d}".translate(DEVA) + f" {'AM' if t.hour < 12 else 'PM'} IST"
    raise ValueError(style)


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

NAV = [
    ("होम", "/", []),
    ("ताज़ा खबर", "/latest", []),
    ("देश", "/national", []),
    ("विदेश", "/world", []),
    ("उत्तर प्रदेश", "/uttar-pradesh", [("लखनऊ", "lucknow"), ("कानपुर", "kanpur"), ("वाराणसी", "varanasi"), ("प्रयागराज", "prayagraj"), ("आगरा", "agra"), ("गोरखपुर", "gorakhpur"), ("मेरठ", "meerut"), ("बरेली", "bareilly")]),
    ("बिहार", "/bihar", [("पटना", "patna"), ("गया", "gaya"), ("भागलपुर", "bhagalpur"), ("मुजफ्फरपुर", "muzaffarpur"), ("दरभंगा", "darbhanga"), ("पूर्णिया", "purnia")]),
    ("मध्य प्रदेश", "/madhya-pradesh", [("भोपाल", "bhopal"), ("इंदौर", "indore"), ("जबलपुर", "jabalpur"), ("ग्वालियर", "gwalior"), ("उज्जैन", "ujjain"), ("सागर", "sagar")]),
    ("राजस्थान", "/rajasthan", [("जयपुर", "jaipur"), ("जोधपुर", "jodhpur"), ("उदयपुर", "udaipur"), ("कोटा", "kota"), ("अजमेर", "ajmer"), ("बीकानेर", "bikaner")]),
    ("दिल्ली-एनसीआर", "/delhi-ncr", [("नई दिल्ली", "new-delhi"), ("नोएडा", "noida"), ("गाजियाबाद", "ghaziabad"), ("गुरुग्राम", "gurugram"), ("फरीदाबाद", "faridabad")]),
    ("हरियाणा", "/haryana", []),
    ("झारखंड", "/jharkhand", []),
    ("उत्तराखंड", "/uttarakhand", []),
    ("छत्तीसगढ़", "/chhattisgarh", []),
    ("कारोबार", "/business", [("शेयर बाजार", "market"), ("आपका पैसा", "personal-finance"), ("प्रॉपर्टी", "property"), ("खेती-किसानी", "agriculture")]),
    ("खेल", "/sports", [("क्रिकेट", "cricket"), ("फुटबॉल", "football"), ("कबड्डी", "kabaddi"), ("अन्य खेल", "other")]),
    ("मनोरंजन", "/entertainment", [("बॉलीवुड", "bollywood"), ("भोजपुरी", "bhojpuri"), ("टीवी", "tv"), ("ओटीटी", "ott")]),
    ("लाइफस्टाइल", "/lifestyle", [("सेहत", "health"), ("खान-पान", "food"), ("यात्रा", "travel")]),
    ("धर्म", "/religion", [("राशिफल", "rashifal"), ("पंचांग", "panchang"), ("व्रत-त्योहार", "festivals")]),
    ("शिक्षा", "/education", [("बोर्ड रिजल्ट", "results"), ("प्रवेश परीक्षा", "entrance"), ("करियर", "career")]),
    ("नौकरी", "/jobs", []),
    ("टेक", "/tech", []),
    ("ऑटो", "/auto", []),
    ("वीडियो", "/videos", []),
    ("फोटो", "/photos", []),
    ("वेब स्टोरीज़", "/web-stories", []),
    ("ई-पेपर", "/epaper", []),
]

TICKER = [
    "मौसम अपडेट: कई जिलों में आज बारिश के आसार, विभाग ने जारी किया पीला अलर्ट",
    "बोर्ड परीक्षा की कॉपियों का मूल्यांकन अगले सोमवार से, 42 केंद्र बनाए गए",
    "रेलवे स्टेशन पर नई पार्किंग व्यवस्था लागू, पहले 15 मिनट मुफ्त",
    "शहर में दो दिन बिजली कटौती, इन इलाकों में सुबह 10 से 2 बजे तक आपूर्ति बंद",
    "सब्जी मंडी में टमाटर के दाम गिरे, प्याज अब भी महंगा",
]

# (headline, section path, days before publication)
POOL = [
    ("नगर बस सेवा में जुड़ेंगी 60 नई इलेक्ट्रिक बसें, किराया नहीं बढ़ेगा", "city", 1),
    ("पुराने शहर की तंग गलियों में अब ई-रिक्शा से होगा कूड़ा संग्रह", "city", 2),
    ("सरकारी अस्पताल में शुरू हुई मुफ्त डायलिसिस यूनिट, रोज 20 मरीजों का इलाज", "health", 3),
    ("गंगा घाटों पर सफाई अभियान, 300 स्वयंसेवकों ने निकाला 12 टन कचरा", "city", 4),
    ("किसानों के लिए नई मोबाइल ऐप, मंडी भाव और मौसम की जानकारी एक जगह", "agriculture", 2),
    ("विश्वविद्यालय में स्नातक प्रवेश की अंतिम तिथि बढ़ी, अब 30 तक आवेदन", "education", 5),
    ("शहर के 14 चौराहों पर लगेंगे स्मार्ट ट्रैफिक सिग्नल", "city", 3),
    ("महिला स्वयं सहायता समूहों के उत्पादों का तीन दिवसीय मेला शुरू", "business", 6),
    ("पुलिस ने साइबर ठगी गिरोह का भंडाफोड़ किया, चार गिरफ्तार", "crime", 1),
    ("जिला स्टेडियम में बनेगा सिंथेटिक ट्रैक, खिलाड़ियों में खुशी", "sports", 7),
    ("पुस्तकालय अब रात 10 बजे तक खुलेगा, प्रतियोगी छात्रों को राहत", "education", 4),
    ("नाले की सफाई न होने से कॉलोनी में भरा पानी, लोगों ने किया प्रदर्शन", "city", 2),
    ("सरसों की फसल पर माहू का प्रकोप, कृषि वैज्ञानिकों ने दी सलाह", "agriculture", 8),
    ("रेलवे ने चलाई दो जोड़ी त्योहार स्पेशल ट्रेनें, बुकिंग शुरू", "national", 3),
    ("शहर की पहली महिला ऑटो चालक को मिला सम्मान", "city", 9),
    ("निजी स्कूलों की फीस बढ़ोतरी पर अभिभावकों ने जताई नाराजगी", "education", 5),
]

MOST_READ = [
    "आज का राशिफल: जानें कैसा रहेगा आपका दिन",
    "सोने-चांदी के भाव में बड़ी गिरावट, जानें आज के रेट",
    "बोर्ड परीक्षा परिणाम: ऐसे चेक करें अपना रिजल्ट",
    "पेट्रोल-डीजल के नए दाम जारी, आपके शहर में क्या है कीमत",
    "गर्मी में लू से बचने के लिए डॉक्टरों की पांच सलाह",
    "राशन कार्ड में नाम जोड़ने की प्रक्रिया हुई ऑनलाइन",
    "सरकारी नौकरी: 2,400 पदों पर भर्ती, जानें योग्यता",
]

SISTER = ["दिशाबोध बिजनेस", "दिशाबोध खेल", "दिशाबोध सेहत", "दिशाबोध टेक", "दिशाबोध धर्म", "दिशाबोध नौकरी",
          "दिशाबोध ऑटो", "दिशाबोध रसोई", "दिशाबोध English", "दिशाबोध मराठी", "दिशाबोध ई-पेपर", "रेडियो दिशा 92.1"]

FOOTER_COLS = [
    ("प्रमुख खंड", ["ताज़ा खबर", "देश", "विदेश", "कारोबार", "खेल", "मनोरंजन", "लाइफस्टाइल", "धर्म", "शिक्षा", "नौकरी", "टेक", "ऑटो"]),
    ("राज्य", ["उत्तर प्रदेश", "बिहार", "मध्य प्रदेश", "राजस्थान", "दिल्ली-एनसीआर", "हरियाणा", "झारखंड", "उत्तराखंड", "छत्तीसगढ़", "हिमाचल प्रदेश", "पंजाब"]),
    ("प्रमुख शहर", ["लखनऊ", "पटना", "भोपाल", "जयपुर", "कानपुर", "वाराणसी", "इंदौर", "जोधपुर", "रांची", "देहरादून", "रायपुर", "गया"]),
    ("हमारे बारे में", ["हमारे बारे में", "संपर्क करें", "विज्ञापन दें", "करियर", "संपादकीय नीति", "शिकायत निवारण", "गोपनीयता नीति", "उपयोग की शर्तें", "कुकी नीति", "साइटमैप", "आरएसएस"]),
]

SLUGS = {"ताज़ा खबर": "latest", "देश": "national", "विदेश": "world", "कारोबार": "business", "खेल": "sports",
         "मनोरंजन": "entertainment", "लाइफस्टाइल": "lifestyle", "धर्म": "religion", "शिक्षा": "education",
         "नौकरी": "jobs", "टेक": "tech", "ऑटो": "auto"}

CSS = """
:root{--db-red:#d0021b;--db-ink:#222;--db-muted:#6d6d6d;--db-line:#e6e6e6;--db-soft:#f5f5f5;--db-navy:#0b2a4a}
*{box-sizing:border-box}
body{margin:0;font-family:"Mukta","Noto Sans Devanagari","Hind",Arial,sans-serif;color:var(--db-ink);background:#fff;font-size:16px;line-height:1.6}
a{color:inherit;text-decoration:none}a:hover{color:var(--db-red)}
img{max-width:100%;height:auto;display:block}
.container{max-width:1200px;margin:0 auto;padding:0 15px}
.db-strip{background:var(--db-navy);color:#dfe6ee;font-size:13px}
.db-strip .container{display:flex;justify-content:space-between;align-items:center;height:34px}
.db-strip a{color:#fff;margin-left:14px}
.db-strip__date{display:flex;gap:12px;align-items:center}
.db-masthead{display:flex;align-items:center;justify-content:space-between;padding:12px 0}
.db-logo{font:800 40px/1 "Mukta",sans-serif;color:var(--db-red);letter-spacing:-1px}
.db-logo small{display:block;font-size:12px;color:var(--db-muted);letter-spacing:0;font-weight:400}
.db-city{border:1px solid var(--db-line);padding:6px 10px;border-radius:20px;font-size:14px}
.db-search input{border:1px solid var(--db-line);padding:7px 12px;border-radius:20px;width:220px}
.db-menu{background:var(--db-red);position:sticky;top:0;z-index:40}
.db-menu ul{list-style:none;margin:0;padding:0;display:flex;overflow-x:auto;white-space:nowrap;scrollbar-width:none}
.db-menu>div>ul>li{position:relative}
.db-menu a{display:block;color:#fff;font-weight:600;padding:10px 12px;font-size:16px}
.db-menu .dd{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:170px;box-shadow:0 4px 14px rgba(0,0,0,.15);flex-direction:column}
.db-menu .dd a{color:#222;font-weight:400;padding:8px 14px;font-size:15px}
.db-menu li:hover .dd{display:flex}
.db-ticker{display:flex;gap:12px;align-items:center;border-bottom:1px solid var(--db-line);padding:8px 0;font-size:14px;overflow:hidden;white-space:nowrap}
.db-ticker b{background:var(--db-red);color:#fff;padding:2px 8px;border-radius:2px}
.db-ticker ul{display:flex;gap:28px;list-style:none;margin:0;padding:0;animation:tick 40s linear infinite}
@keyframes tick{from{transform:translateX(0)}to{transform:translateX(-60%)}}
.ad-slot{background:var(--db-soft);margin:16px auto;text-align:center;position:relative;display:flex;align-items:center;justify-content:center}
.ad-slot .ad-lbl{position:absolute;top:2px;right:6px;font-size:10px;color:#999}
.ad-728{width:728px;max-width:100%;min-height:90px}
.ad-300{width:300px;min-height:250px}
.ad-300x600{width:300px;min-height:600px}
.ad-inread{width:100%;min-height:280px}
.db-bc{font-size:13px;color:var(--db-muted);margin:12px 0}
.db-bc a{color:var(--db-navy)}
.db-bc span{margin:0 5px}
.db-grid{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:30px}
.db-kicker{display:inline-block;color:var(--db-red);font-weight:700;font-size:15px;border-bottom:2px solid var(--db-red);margin-bottom:6px}
.db-art h1{font:700 32px/1.35 "Mukta",sans-serif;margin:0 0 10px}
.db-sum{font-size:19px;line-height:1.55;color:#444;margin:0 0 12px;font-weight:500}
.db-meta{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;font-size:14px;color:var(--db-muted);border-top:1px solid var(--db-line);border-bottom:1px solid var(--db-line);padding:8px 0;margin-bottom:14px}
.db-meta .auth{color:var(--db-navy);font-weight:700}
.db-meta .auth img{width:34px;height:34px;border-radius:50%;display:inline-block;vertical-align:middle;margin-right:6px}
.db-share{display:flex;gap:8px;margin-left:auto}
.db-share a,.db-share button{width:34px;height:34px;border-radius:50%;border:0;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:12px;font-weight:700}
.db-share .wa{background:#25d366}.db-share .fb{background:#3b5998}.db-share .x{background:#111}.db-share .tg{background:#229ed9}.db-share .cp{background:#888}
.db-fig{margin:0 0 16px}
.db-fig figcaption{font-size:14px;color:#555;background:var(--db-soft);padding:6px 10px}
.db-body{font-size:19px;line-height:1.75}
.db-body p{margin:0 0 18px}
.db-body h2,.db-body h3{font-size:22px;margin:24px 0 10px;color:var(--db-navy)}
.db-body ul{margin:0 0 18px 22px;padding:0}
.db-body li{margin-bottom:6px}
.db-ybp{border-left:4px solid var(--db-red);background:#fff7f7;padding:8px 12px;font-weight:600;font-size:17px}
.db-vid{border:1px solid var(--db-line);padding:10px 12px;display:flex;gap:10px;align-items:center;font-weight:600;font-size:17px}
.db-vid i{width:40px;height:40px;border-radius:50%;background:var(--db-red);display:inline-block;flex:none}
.db-tags{margin:16px 0;display:flex;gap:8px;flex-wrap:wrap;font-size:14px}
.db-tags a{background:var(--db-soft);padding:4px 10px;border-radius:14px}
.db-bio{display:flex;gap:12px;background:var(--db-soft);padding:14px;margin:18px 0;font-size:15px}
.db-bio img{width:70px;height:70px;border-radius:50%}
.db-bio h4{margin:0 0 4px;font-size:17px}
.db-follow{background:#eef4fa;padding:12px;margin:18px 0;font-size:15px}
.db-rel h3,.db-side h3{font-size:20px;border-left:4px solid var(--db-red);padding-left:8px;margin:20px 0 10px}
.db-rel ul,.db-side ol{list-style:none;margin:0;padding:0}
.db-rel li{display:flex;gap:10px;padding:10px 0;border-bottom:1px dashed var(--db-line)}
.db-rel img{width:110px;height:62px;object-fit:cover;flex:none}
.db-rel h4{margin:0;font-size:16px;line-height:1.4}
.db-rel time,.db-side time{font-size:12px;color:var(--db-muted)}
.db-side ol{counter-reset:n}
.db-side ol li{counter-increment:n;display:flex;gap:8px;padding:8px 0;border-bottom:1px solid var(--db-line);font-size:15px}
.db-side ol li:before{content:counter(n);color:var(--db-red);font-weight:800;font-size:22px;min-width:20px;line-height:1}
.db-foot{background:#1d1d1d;color:#bdbdbd;margin-top:36px;padding:28px 0 16px;font-size:14px}
.db-foot a{color:#e0e0e0}
.db-foot .cols{display:grid;grid-template-columns:repeat(4,1fr);gap:20px}
.db-foot h5{color:#fff;font-size:16px;margin:0 0 8px}
.db-foot ul{list-style:none;margin:0;padding:0}
.db-foot li{padding:2px 0}
.db-foot .sis{display:flex;flex-wrap:wrap;gap:8px 18px;border-top:1px solid #333;border-bottom:1px solid #333;margin:18px 0;padding:12px 0}
.db-foot .copy{font-size:12px;color:#888}
.db-ck{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid var(--db-red);box-shadow:0 -2px 12px rgba(0,0,0,.2);padding:14px 18px;z-index:100;font-size:14px;display:none}
.db-ck.on{display:flex;gap:16px;align-items:center;justify-content:space-between}
.db-ck button{background:var(--db-red);color:#fff;border:0;padding:8px 16px;border-radius:3px;font-weight:700}
.db-ck button.sec{background:#fff;color:var(--db-red);border:1px solid var(--db-red)}
@media (max-width:991px){.db-grid{grid-template-columns:1fr}.db-side{display:none}.db-foot .cols{grid-template-columns:repeat(2,1fr)}}
@media (max-width:600px){.db-art h1{font-size:25px}.db-body{font-size:18px}.db-search{display:none}}
"""


def fid(seed, n):
    return str(1100000 + (seed * 7331 + n * 911) % 800000)


# ---------------------------------------------------------------- page parts

def head(a, m):
    pub, mod = m["pub"], m.get("mod")
    desc = a.summary or a.blocks[0].text[:160]
    title = m.get("title", a.headline)
    img = m["image"]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a.url},
        "headline": a.headline, "description": desc, "inLanguage": "hi-IN",
        "datePublished": pub.isoformat(), "dateModified": (mod or pub).isoformat(),
        "articleSection": m["section"], "keywords": m["tags"],
        "image": [{"@type": "ImageObject", "url": img, "width": 1200, "height": 675}],
        "author": ({"@type": "Organization", "name": "दिशाबोध डेस्क", "url": HOST + "/"} if m.get("ld_author") == "desk" else
                   [{"@type": "Person", "name": n, "url": f"{HOST}/author/{m['author_slug']}"} for n in a.authors]),
        "publisher": {"@type": "Organization", "name": NAME, "alternateName": "Dishabodh",
                      "logo": {"@type": "ImageObject", "url": f"{IMG}/assets/logo-amp.png", "width": 600, "height": 60}},
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": HOST + u} for i, (n, u) in enumerate(m["crumbs"])]}
    site = {"@context": "https://schema.org", "@type": "WebSite", "name": NAME, "url": HOST + "/",
            "potentialAction": {"@type": "SearchAction", "target": HOST + "/search?q={search_term_string}", "query-input": "required name=search_term_string"}}
    modm = f'\n<meta property="article:modified_time" content="{mod.isoformat()}">\n<meta http-equiv="last-modified" content="{mod.isoformat()}">' if mod else ""
    meta_pub = m.get("meta_pub", pub)
    meta_pub = meta_pub.astimezone(_dt.timezone.utc).isoformat().replace("+00:00", "Z") if m.get("meta_utc") else meta_pub.isoformat()
    ld_tags = (f'<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>\n' if m.get("jsonld", True) else "") + \
        f'<script type="application/ld+json">{_json.dumps(crumbs, ensure_ascii=False)}</script>\n<script type="application/ld+json">{_json.dumps(site, ensure_ascii=False)}</script>'
    author_meta = f'\n<meta property="article:author" content="{attr(a.authors[0])}">' if m.get("meta_author", True) else ""
    return f"""<!doctype html>
<html lang="hi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{attr(title)}</title>
<meta name="description" content="{attr(desc)}">
<meta name="keywords" content="{attr(', '.join(m['tags']))}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="language" content="hindi">
<meta name="geo.region" content="IN">
<link rel="canonical" href="{a.url}">
<link rel="amphtml" href="{HOST}/amp{a.url[len(HOST):]}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{NAME}">
<meta property="og:locale" content="hi_IN">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{a.url}">
<meta property="og:image" content="{img}">
{'' if m.get("no_meta_pub") else f'<meta property="article:published_time" content="{meta_pub}">'}{modm}
<meta property="article:section" content="{attr(m['section'])}">
{author_meta}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@dishabodh">
<meta name="twitter:title" content="{attr(title)}">
<meta name="twitter:image" content="{img}">
<meta name="theme-color" content="#d0021b">
<link rel="icon" href="{IMG}/assets/favicon.ico">
<link rel="preconnect" href="https://fonts.dishabodh.example">
<link rel="stylesheet" href="https://fonts.dishabodh.example/css2?family=Mukta:wght@400;600;700;800&amp;display=swap">
<style>{CSS}</style>
{ld_tags}
<style>{ATOMS}</style>
<script>window.__dbCmp={_json.dumps({"version": 4, "lang": "hi", "vendors": _vendors("dishabodh-news", 95)}, ensure_ascii=False)};</script>
<script>window.__dbMenu={_json.dumps({url: [{"name": n, "href": f"{HOST}{url}/{sl}"} for n, sl in subs] for _, url, subs in NAV if subs}, ensure_ascii=False)};</script>
<script>
var dbPage={{"type":"article","id":"{m['aid']}","sec":"{m['sec_slug']}","subsec":"{m['sub_slug']}","lang":"hi","pubTs":{int(pub.timestamp())},"author":"{m['author_slug']}"}};
window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('consent','default',{{ad_storage:'denied',analytics_storage:'denied',wait_for_update:500}});
gtag('js',new Date());gtag('config','MX-DB93K1Q7',{{content_group:dbPage.sec,article_id:dbPage.id}});
</script>
<script async src="https://tags.tallyhub.example/gtag/js?id=MX-DB93K1Q7"></script>
<script>
var adq=window.adq||{{slots:[]}};
adq.slots.push({{id:"div-ad-top-728",unit:"/70213/dishabodh/{m['sec_slug']}/article/top",sizes:[[728,90],[970,90]]}});
adq.slots.push({{id:"div-ad-rhs-1",unit:"/70213/dishabodh/{m['sec_slug']}/article/rhs1",sizes:[[300,250]]}});
adq.slots.push({{id:"div-ad-rhs-2",unit:"/70213/dishabodh/{m['sec_slug']}/article/rhs2",sizes:[[300,600],[300,250]]}});
adq.slots.push({{id:"div-ad-inread",unit:"/70213/dishabodh/{m['sec_slug']}/article/inread",sizes:[[1,1],[300,250],[336,280]]}});
adq.slots.push({{id:"div-ad-btf",unit:"/70213/dishabodh/{m['sec_slug']}/article/btf",sizes:[[728,90],[300,250]]}});
adq.target={{sec:"{m['sec_slug']}",city:"{m['sub_slug']}",aid:"{m['aid']}"}};
adq.prebid={_json.dumps(_prebid(m["aid"], [("div-ad-top-728", [[728, 90], [970, 90]]), ("div-ad-rhs-1", [[300, 250]]), ("div-ad-rhs-2", [[300, 600], [300, 250]]), ("div-ad-inread", [[300, 250], [336, 280]]), ("div-ad-btf", [[728, 90], [300, 250]])]))};
</script>
<script async src="https://ads.adgrid.example/tag/js/adgrid.js"></script>
<script async src="https://native.plistly.example/widget/dishabodh.js"></script>
</head>"""


def header(m):
    items = []
    for name, url, subs in NAV:
        dd = '<span class="dd-arrow" aria-hidden="true"><svg width="8" height="8"><use href="#db-down"></use></svg></span>' if subs else ""
        items.append(f'<li><a href="{HOST}{url}">{name}</a>{dd}</li>')
    tick = "".join(f'<li><a href="{HOST}/latest/{fid(i, 4)}">{t}</a></li>' for i, t in enumerate(TICKER))
    if m.get("today"):
        date_html = f'<span id="dbToday">{hdate(m["today"], deva=m.get("deva_today", False), weekday=True)}</span>'
    else:
        date_html = '<span id="dbToday" data-fill="today"></span>'
    return f"""
<body class="article-detail {m['sec_slug']}">
{SPRITE}
<div id="db-page" class="db-page"><div class="db-page__inner">
<noscript><img height="1" width="1" style="display:none" src="https://px.tallyhub.example/tr?id=41120077&amp;ev=PageView&amp;noscript=1" alt=""></noscript>
<div class="db-ck" id="dbCookie" role="dialog" aria-label="कुकी सहमति">
  <p>हम आपके अनुभव को बेहतर बनाने, विज्ञापन दिखाने और ट्रैफिक का विश्लेषण करने के लिए कुकीज़ का उपयोग करते हैं। साइट का इस्तेमाल जारी रखकर आप हमारी <a href="{HOST}/cookie-policy">कुकी नीति</a> और <a href="{HOST}/privacy-policy">गोपनीयता नीति</a> से सहमत होते हैं।</p>
  <div><button id="dbCkOk">स्वीकार करें</button> <button class="sec" id="dbCkNo">केवल ज़रूरी</button></div>
</div>
<div class="db-strip"><div class="container">
  <div class="db-strip__date">{date_html}<span class="db-wx">{m['city']} {m['temp']}°C</span></div>
  <div><a href="{HOST}/epaper">ई-पेपर</a><a href="{HOST}/english">English</a><a href="{HOST}/app">ऐप डाउनलोड करें</a><a href="{HOST}/login">लॉग इन</a></div>
</div></div>
<header class="container db-masthead">
  <a class="db-logo" href="{HOST}/">{NAME}<small>सच के साथ, हर दिन</small></a>
  <select class="db-city" aria-label="अपना शहर चुनें"><option>अपना शहर चुनें</option><option>लखनऊ</option><option>पटना</option><option>भोपाल</option><option>जयपुर</option><option>कानपुर</option><option>इंदौर</option><option>वाराणसी</option><option>रांची</option></select>
  <form class="db-search" action="{HOST}/search"><input type="search" name="q" placeholder="खोजें..."></form>
</header>
<nav class="db-menu" aria-label="मुख्य मेन्यू"><div class="container"><ul>{''.join(items)}</ul></div></nav>
<div class="container db-ticker"><b>ब्रेकिंग</b><ul>{tick}</ul></div>
<div class="container"><div class="ad-slot ad-728" id="div-ad-top-728"><span class="ad-lbl">विज्ञापन</span></div></div>
"""


def share(a, cls=""):
    u = a.url
    return (f'<div class="db-share {cls}" aria-label="शेयर करें">'
            f'<a class="wa" href="https://chat.example/send?text={u}" aria-label="व्हाट्सऐप पर शेयर करें">WA</a>'
            f'<a class="fb" href="https://social.example/sharer?u={u}" aria-label="फेसबुक पर शेयर करें">FB</a>'
            f'<a class="x" href="https://x.example/intent/post?url={u}" aria-label="एक्स पर शेयर करें">X</a>'
            f'<a class="tg" href="https://tg.example/share?url={u}" aria-label="टेलीग्राम पर शेयर करें">TG</a>'
            f'<button class="cp" data-copy="{u}" aria-label="लिंक कॉपी करें">🔗</button></div>')


def related(m, pub):
    lis = []
    for k in m["related"]:
        h, sec, back = POOL[k]
        d = (pub - _dt.timedelta(days=back)).replace(hour=8 + (k * 3) % 12, minute=(k * 13) % 60)
        u = f"{HOST}/{m['sec_slug']}/{m['sub_slug']}/news/{fid(k, d.day)}"
        stamp = hdate(d, deva=m.get("deva_rel", False))
        when = f'<time datetime="{d.isoformat()}">{stamp}</time>' if m.get("rel_time") else f'<span class="db-card__date">{stamp}</span>'
        lis.append(f'<li><div class="db-card"><a href="{u}"><img loading="lazy" src="{IMG}/thumb/{d.year}/{d.month:02d}/{fid(k, 1)}_220x124.jpg" width="110" height="62" alt=""></a>'
                   f'<div class="db-card__text"><h4><a href="{u}">{h}</a></h4>{when}</div></div></li>')
    return f'<section class="db-rel"><h3>{m.get("rel_title", "संबंधित खबरें")}</h3><ul>{"".join(lis)}</ul></section>'


def side(m):
    mr = ""
    if m.get("most_read"):
        mr = '<section><h3>सबसे ज्यादा पढ़ी गईं</h3><ol>' + "".join(
            f'<li><a href="{HOST}/trending/{fid(i, 7)}">{h}</a></li>' for i, h in enumerate(MOST_READ)) + "</ol></section>"
    return f"""<aside class="db-side">
<div class="ad-slot ad-300" id="div-ad-rhs-1"><span class="ad-lbl">विज्ञापन</span></div>
{mr}
<div class="ad-slot ad-300x600" id="div-ad-rhs-2"><span class="ad-lbl">विज्ञापन</span></div>
<section class="db-side-vid"><h3>वीडियो</h3><ul>
<li><a href="{HOST}/videos/{fid(1, 2)}">देखें: पुराने शहर की गलियों में सुबह की चाय</a></li>
<li><a href="{HOST}/videos/{fid(2, 2)}">बारिश के बाद झरनों पर उमड़े सैलानी</a></li>
<li><a href="{HOST}/videos/{fid(3, 2)}">हस्तशिल्प मेले में मिट्टी के बर्तनों की धूम</a></li>
</ul></section>
</aside>"""


def footer(m):
    cols = "".join(
        f"<div><h5>{h}</h5><ul>" + "".join(f'<li><a href="{HOST}/{SLUGS.get(x, fid(len(x), 3))}">{x}</a></li>' for x in xs) + "</ul></div>"
        for h, xs in [(h, xs[:6]) for h, xs in FOOTER_COLS[::3]])
    sis = "".join(f'<a href="https://site{i}.dishabodh.example/">{s}</a>' for i, s in enumerate(SISTER[:4]))
    return f"""
<footer class="db-foot"><div class="container">
<div class="cols">{cols}</div>
<div class="sis"><b>हमारी अन्य वेबसाइट:</b> {sis}</div>
<p>हमें फॉलो करें: <a href="https://social.example/dishabodh">फेसबुक</a> · <a href="https://x.example/dishabodh">एक्स</a> · <a href="https://video.example/dishabodh">यूट्यूब</a> · <a href="https://chat.example/channel/dishabodh">व्हाट्सऐप चैनल</a></p>
<p class="copy">© {m['year']} दिशाबोध मीडिया प्राइवेट लिमिटेड। सर्वाधिकार सुरक्षित।</p>
</div></footer>
</div></div>
<script>
(function(){{
 var d=document,k='db_ck_v2';
 try{{if(!localStorage.getItem(k)){{d.getElementById('dbCookie').classList.add('on');}}}}catch(e){{}}
 function done(v){{try{{localStorage.setItem(k,v);}}catch(e){{}}d.getElementById('dbCookie').classList.remove('on');gtag('consent','update',{{ad_storage:v=='all'?'granted':'denied',analytics_storage:'granted'}});}}
 d.getElementById('dbCkOk').onclick=function(){{done('all');}};d.getElementById('dbCkNo').onclick=function(){{done('min');}};
 var t=d.querySelector('[data-fill=today]');if(t){{var n=new Date(),M=['जनवरी','फरवरी','मार्च','अप्रैल','मई','जून','जुलाई','अगस्त','सितंबर','अक्टूबर','नवंबर','दिसंबर'];t.textContent=n.getDate()+' '+M[n.getMonth()]+' '+n.getFullYear();}}
 d.querySelectorAll('[data-rel-ts]').forEach(function(el){{var s=(Date.now()/1000-parseInt(el.getAttribute('data-rel-ts'),10));if(s>0&&s<86400){{el.textContent=(s<3600?Math.max(1,Math.floor(s/60))+' मिनट पहले':Math.floor(s/3600)+' घंटे पहले');}}}});
 d.querySelectorAll('[data-copy]').forEach(function(b){{b.onclick=function(){{navigator.clipboard&&navigator.clipboard.writeText(b.getAttribute('data-copy'));}};}});
}})();
</script>
<script async src="https://push.bellnote.example/sdk/v3.js" data-site="dishabodh"></script>
</body>
</html>"""


def body_html(items):
    out = []
    for it in items:
        k = it[0]
        if k == "p":
            out.append(f"<p>{text(it[1])}</p>")
        elif k == "h":
            out.append(f"<h3>{text(it[1])}</h3>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{text(x)}</li>" for x in it[1]) + "</ul>")
        elif k == "fig":
            _, src, cap, credit = it
            out.append(f'<figure class="db-fig"><img loading="lazy" src="{src}" width="1200" height="675" alt="{attr(cap)}"><figcaption>{text(cap)} <small>फोटो: {credit}</small></figcaption></figure>')
        elif k == "ybp":
            _, h, u, mode = it
            if mode == "p":
                out.append(f'<p><strong>यह भी पढ़ें:</strong> <a href="{u}">{h}</a></p>')
            else:
                out.append(f'\x00<aside class="db-ybp"><span>यह भी पढ़ें:</span> <a href="{u}">{h}</a></aside>\x00')
        elif k == "vid":
            _, h, u = it
            out.append(f'\x00<div class="db-vid"><i></i><div><span>वीडियो देखें:</span> <a href="{u}">{h}</a></div></div>\x00')
        elif k == "ad":
            out.append('\x00<div class="ad-slot ad-inread" id="div-ad-inread"><span class="ad-lbl">विज्ञापन</span></div>\x00')
    parts = "\n".join(out).split("\x00")
    return "\n".join(p.strip() if k % 2 else f'<div class="db-body" id="artBody{k // 2 or ""}"><div class="db-body__inner">\n{p.strip()}\n</div></div>'
                     for k, p in enumerate(parts) if p.strip())


def page(a, m, items):
    pub, mod = m["pub"], m.get("mod")
    crumbs = '<span>›</span>'.join(f'<a href="{HOST}{u}">{n}</a>' for n, u in m["crumbs"])
    kicker = f'<span class="db-kicker">{m["kicker"]}</span>' if m.get("kicker") else ""
    summ = f'<p class="db-sum">{text(a.summary)}</p>' if a.summary else ""
    if m.get("relative"):
        stamp = f'<span class="ts" data-rel-ts="{int(pub.timestamp())}">{m["relative"]}</span>'
    else:
        if m.get("time_el"):
            stamp = f'<span class="ts">प्रकाशित: <time datetime="{pub.isoformat()}">{hstamp(pub, m["stamp"])}</time></span>'
            if mod:
                stamp += f' <span class="ts">अपडेटेड: <time datetime="{mod.isoformat()}">{hstamp(mod, m["stamp"])}</time></span>'
        else:
            stamp = f'<span class="ts">प्रकाशित: {hstamp(pub, m["stamp"])}</span>'
            if mod:
                stamp += f' <span class="ts">अपडेटेड: {hstamp(mod, m["stamp"])}</span>'
    lead = ""
    if m.get("lead"):
        src, cap, credit = m["lead"]
        lead = f'<figure class="db-fig"><img src="{src}" width="1200" height="675" alt="{attr(cap)}"><figcaption>{text(cap)} <small>फोटो: {credit}</small></figcaption></figure>'
    bio = ""
    if m.get("bio"):
        bio = (f'<div class="db-bio"><img loading="lazy" src="{IMG}/authors/{m["author_slug"]}.jpg" alt="{attr(a.authors[0])}">'
               f'<div><h4>लेखक के बारे में: {a.authors[0]}</h4><p>{text(m["bio"])}</p><a href="{HOST}/author/{m["author_slug"]}">सभी खबरें पढ़ें</a></div></div>')
    tags = "".join(f'<a href="{HOST}/tag/{fid(len(t), 5)}">{t}</a>' for t in m["tags"])
    place = f", {m['place']}" if m.get("place") else ""
    return head(a, m) + header(m) + f"""
<main class="container"><div class="db-wrap"><div class="db-row">
<div class="db-bc">{crumbs}</div>
<div class="db-grid"><div class="db-col db-col--main"><div class="db-col__inner">
<article class="db-art" data-aid="{m['aid']}"><div class="db-art__wrap">
{kicker}
<h1>{text(a.headline)}</h1>
{summ}
<div class="db-meta"><span class="auth"><img src="{IMG}/authors/{m['author_slug']}_60.jpg" alt="">{a.authors[0]}</span><span>{place.lstrip(', ')}</span>{stamp}{share(a)}</div>
{lead}
<div class="db-art__content">
{body_html(items)}
</div>
<div class="db-follow">दिशाबोध की ताज़ा खबरें सबसे पहले पाने के लिए हमें <a href="https://chat.example/channel/dishabodh">व्हाट्सऐप चैनल</a> और <a href="https://news.example/publication/dishabodh">गूगल न्यूज़</a> पर फॉलो करें।</div>
<div class="db-tags"><b>टैग:</b> {tags}</div>
{share(a, "db-share--bottom")}
{bio}
<div class="ad-slot ad-728" id="div-ad-btf"><span class="ad-lbl">विज्ञापन</span></div>
{related(m, pub)}
<div id="plistly-widget" data-widget="below-article" data-title="आपको यह भी पसंद आ सकता है"></div>
</div></article>
</div></div>
{side(m)}
</div>
</div></div></main>
""" + footer(m)


def blocks_of(items, summary="", lead_cap=None):
    out = [Block("paragraph", summary, optional=True)] if summary else []
    if lead_cap:
        out.append(Block("caption", lead_cap, optional=True))
    for it in items:
        if it[0] == "p":
            out.append(Block("paragraph", it[1]))
        elif it[0] == "h":
            out.append(Block("heading", it[1]))
        elif it[0] == "ul":
            out += [Block("list_item", x) for x in it[1]]
        elif it[0] == "fig":
            out.append(Block("caption", it[2], optional=True))
    return out


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=IST)


BASE_TAGS = ["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "ad-slots", "tag-list",
             "decoy-date", "local-time-zone", "split-body", "teasers-in-article", "json-ld"]
ATOMS = _atomic_css("db-")
SPRITE = _sprite("dishabodh-news", "db", ["down", "search", "menu", "whatsapp", "facebook", "x", "telegram", "link", "play",
                                          "bell", "user", "weather", "close", "arrow", "camera"])

ARTICLES = []

# 1 ------------------------------------------------------------------------------------------
HL1 = "लखनऊ में गोमती किनारे बनेगा 12 किलोमीटर लंबा साइकिल ट्रैक, 18 महीने में पूरा होगा काम"
S1 = "गोमती तट विकास परिषद ने 86 करोड़ रुपये की परियोजना को मंजूरी दी, ट्रैक के साथ पैदल पथ और 9 विश्राम स्थल भी बनेंगे"
CAP1 = "गोमती नदी के किनारे का वह हिस्सा जहां से साइकिल ट्रैक की शुरुआत होगी।"
IT1 = [
    ("p", "लखनऊ में गोमती नदी के किनारे 12 किलोमीटर लंबा साइकिल ट्रैक बनाया जाएगा। गोमती तट विकास परिषद की सोमवार को हुई बैठक में 86 करोड़ रुपये की इस परियोजना को मंजूरी दे दी गई। परिषद का कहना है कि काम अप्रैल में शुरू होकर 18 महीने में पूरा हो जाएगा।"),
    ("p", "परिषद के मुख्य अभियंता अनिल श्रीवास्तव ने बताया कि ट्रैक की चौड़ाई साढ़े तीन मीटर होगी और इसके साथ दो मीटर चौड़ा अलग पैदल पथ भी बनेगा। पूरे रास्ते में 9 विश्राम स्थल, पीने के पानी की व्यवस्था और शौचालय होंगे।"),
    ("p", "श्रीवास्तव ने कहा, \"हमारी कोशिश है कि लोग सुबह-शाम की सैर के अलावा दफ्तर आने-जाने के लिए भी साइकिल का इस्तेमाल करें। इसलिए ट्रैक को शहर की चार प्रमुख सड़कों से जोड़ा जाएगा।\""),
    ("ybp", "शहर के 14 चौराहों पर लगेंगे स्मार्ट ट्रैफिक सिग्नल, पहले चरण का काम शुरू", f"{HOST}/uttar-pradesh/lucknow/news/{fid(11, 2)}", "p"),
    ("p", "योजना के मुताबिक ट्रैक पर रात में रोशनी के लिए सौर ऊर्जा से चलने वाली 640 लाइटें लगाई जाएंगी। सुरक्षा के लिए हर 500 मीटर पर सीसीटीवी कैमरे लगेंगे और दो पुलिस सहायता केंद्र बनाए जाएंगे।"),
    ("ad",),
    ("p", "शहर के साइकिल प्रेमियों ने इस फैसले का स्वागत किया है। लखनऊ पैडलर्स क्लब की संस्थापक रश्मि सक्सेना ने कहा कि अभी शहर में साइकिल चलाना जोखिम भरा है, क्योंकि सड़कों पर साइकिल के लिए अलग लेन नहीं है। उन्होंने कहा, \"अगर ट्रैक पर अतिक्रमण न होने दिया जाए तो यह शहर की तस्वीर बदल सकता है।\""),
    ("h", "पेड़ों को लेकर चिंता"),
    ("p", "हालांकि पर्यावरण से जुड़े कुछ संगठनों ने परियोजना के रास्ते में आने वाले पेड़ों को लेकर सवाल उठाए हैं। हरित गोमती अभियान के संयोजक मोहम्मद आरिफ ने कहा कि परिषद को साफ करना चाहिए कि कितने पेड़ काटे जाएंगे और उनकी जगह कहां नए पेड़ लगेंगे।"),
    ("p", "इस पर श्रीवास्तव ने कहा कि ट्रैक का नक्शा इस तरह बनाया गया है कि ज्यादातर पेड़ बचे रहें। उनके अनुसार केवल 43 पेड़ों को दूसरी जगह लगाया जाएगा और उनके बदले 2,000 नए पौधे लगाए जाएंगे।"),
    ("p", "परियोजना का खर्च राज्य सरकार और नगर निगम मिलकर उठाएंगे। 86 करोड़ रुपये में से 60 करोड़ रुपये राज्य सरकार देगी, जबकि बाकी रकम नगर निगम अपने बजट से खर्च करेगा। परिषद ने निर्माण के लिए निविदा प्रक्रिया अगले सप्ताह शुरू करने की बात कही है।"),
    ("h", "किराये पर मिलेगी साइकिल"),
    ("p", "ट्रैक के साथ-साथ शहर में साइकिल किराये पर देने की योजना भी शुरू की जाएगी। परिषद के मुताबिक ट्रैक के किनारे 12 साइकिल स्टैंड बनेंगे, जहां मोबाइल ऐप के जरिए 10 रुपये प्रति घंटे की दर पर साइकिल ली जा सकेगी। विद्यार्थियों और वरिष्ठ नागरिकों को मासिक पास पर छूट देने का प्रस्ताव भी है।"),
    ("p", "शहरी परिवहन विशेषज्ञ प्रोफेसर अजय निगम ने कहा कि ऐसे ट्रैक तभी सफल होते हैं जब वे लोगों के घरों और दफ्तरों तक पहुंचें। उन्होंने कहा, \"सिर्फ नदी किनारे घूमने का रास्ता बनाना काफी नहीं है। अगर यह ट्रैक बाजारों, स्कूलों और मेट्रो स्टेशनों से जुड़ेगा, तभी लोग कार और बाइक छोड़कर साइकिल अपनाएंगे।\""),
    ("p", "नदी किनारे के बाजार संघ के अध्यक्ष सुरेश अग्रवाल ने कहा कि अगर ट्रैक पर लोगों की आवाजाही बढ़ती है तो आसपास की दुकानों का कारोबार भी बढ़ेगा। उन्होंने मांग की कि निर्माण के दौरान बाजार तक पहुंचने वाले रास्ते बंद न किए जाएं।"),
    ("p", "परियोजना के पहले चरण में करीब 5 किलोमीटर का हिस्सा तैयार होगा, जिसे अगले साल जनवरी तक खोलने का लक्ष्य रखा गया है। बाकी हिस्से पर काम दूसरे चरण में होगा।"),
    ("p", "परिषद ने लोगों से ट्रैक के डिजाइन पर 30 दिन के भीतर सुझाव भी मांगे हैं। सुझाव परिषद की वेबसाइट पर या नगर निगम के जोन कार्यालयों में जमा किए जा सकते हैं।"),
]
A1 = Article(
    id=f"{SITE}-01", site=SITE, url=f"{HOST}/uttar-pradesh/lucknow/news/gomti-riverfront-cycle-track-approved-{fid(1, 14)}",
    language="hi", headline=HL1, published="2023-03-14T11:20:00+05:30", modified=None, authors=["सुधा मिश्रा"],
    summary=S1, blocks=blocks_of(IT1, S1, CAP1),
    entities=[("लखनऊ", "LOC"), ("गोमती", "LOC"), ("गोमती तट विकास परिषद", "ORG"), ("अनिल श्रीवास्तव", "PER"),
              ("श्रीवास्तव", "PER"), ("लखनऊ पैडलर्स क्लब", "ORG"), ("रश्मि सक्सेना", "PER"),
              ("हरित गोमती अभियान", "ORG"), ("मोहम्मद आरिफ", "PER"), ("अजय निगम", "PER"), ("सुरेश अग्रवाल", "PER")],
    phenomena=BASE_TAGS + ["kicker", "standfirst", "localized-date", "photo-caption", "inline-related",
                           "subheadings", "most-read"],
    notes="The header shows the site's 'today' (16 मार्च 2023); the publication time is the 'प्रकाशित' stamp, in IST. The kicker 'लखनऊ' is not part of the headline.",
)
M1 = dict(pub=dt(2023, 3, 14, 11, 20), today=_dt.date(2023, 3, 16), year=2023, city="लखनऊ", temp=29,
          section="उत्तर प्रदेश", sec_slug="uttar-pradesh", sub_slug="lucknow", aid=fid(1, 14), author_slug="sudha-mishra",
          crumbs=[("होम", "/"), ("उत्तर प्रदेश", "/uttar-pradesh"), ("लखनऊ", "/uttar-pradesh/lucknow")],
          kicker="लखनऊ", stamp="latin", place="लखनऊ",
          lead=(f"{IMG}/images/2023/03/14/gomti-riverfront_{fid(1, 14)}.jpg", CAP1, "दिशाबोध"),
          image=f"{IMG}/images/2023/03/14/gomti-riverfront_{fid(1, 14)}.jpg",
          tags=["लखनऊ", "साइकिल ट्रैक", "गोमती नदी", "शहरी विकास"], related=[0, 6, 1, 3, 10], most_read=True)
ARTICLES.append((A1, M1, IT1))

# 2 ------------------------------------------------------------------------------------------
HL2 = "पटना: गंगा पर नया पीपा पुल खुला, दियारा के २२ गांवों को मिला सीधा रास्ता"
CAP2 = "पीपा पुल से गुजरते दोपहिया वाहन। बाढ़ के मौसम में पुल को खोलकर किनारे रखा जाएगा।"
IT2 = [
    ("p", "पटना के पास गंगा नदी पर बना नया पीपा पुल शनिवार को आवाजाही के लिए खोल दिया गया। करीब ८४० मीटर लंबे इस पुल से दियारा इलाके के २२ गांवों के लोगों को अब शहर आने के लिए नाव का इंतजार नहीं करना पड़ेगा।"),
    ("p", "पुल का निर्माण गंगा सेतु निर्माण निगम ने ९ करोड़ ६० लाख रुपये की लागत से किया है। निगम के कार्यपालक अभियंता विनोद कुमार सिन्हा ने बताया कि पुल पर दोपहिया वाहन, ई-रिक्शा और हल्के चारपहिया वाहन चल सकेंगे, लेकिन ट्रक और बसों के लिए इसे नहीं बनाया गया है।"),
    ("ybp", "गंगा घाटों पर सफाई अभियान, ३०० स्वयंसेवकों ने निकाला १२ टन कचरा", f"{HOST}/bihar/patna/news/{fid(3, 9)}", "aside"),
    ("p", "सिन्हा के मुताबिक पुल ७२ लोहे के पीपों पर टिका है और हर पीपे की भार क्षमता ११ टन है। बाढ़ के मौसम में, यानी जून के मध्य से सितंबर के अंत तक, पुल को खोलकर किनारे रख दिया जाएगा ताकि तेज बहाव में उसे नुकसान न पहुंचे।"),
    ("fig", f"{IMG}/images/2024/10/19/pipa-pul-patna_{fid(2, 19)}.jpg", CAP2, "दिशाबोध"),
    ("p", "दियारा के गांवों में रहने वाले करीब ३५ हजार लोगों के लिए अब तक नाव ही एकमात्र साधन थी। सब्जी उगाने वाले किसान रामबाबू यादव ने कहा, \"पहले सुबह की पहली नाव पकड़ने के लिए चार बजे घाट पर पहुंचना पड़ता था। अब साइकिल से आधे घंटे में मंडी पहुंच जाएंगे।\""),
    ("vid", "पीपा पुल खुलने पर दियारा के लोगों ने कैसे मनाया जश्न", f"{HOST}/videos/bihar/{fid(2, 20)}"),
    ("p", "स्थानीय स्कूलों के शिक्षकों का कहना है कि पुल से बच्चों की उपस्थिति पर भी असर पड़ेगा। एक मध्य विद्यालय की प्रधानाध्यापिका अंजना कुमारी ने बताया कि बारिश और कोहरे के दिनों में आधे से ज्यादा बच्चे स्कूल नहीं आ पाते थे।"),
    ("ad",),
    ("p", "पुल पर रात में आवाजाही फिलहाल बंद रहेगी। निगम ने कहा है कि दोनों सिरों पर रोशनी और सुरक्षा गार्ड की व्यवस्था होने के बाद ही २४ घंटे आवाजाही की अनुमति दी जाएगी।"),
    ("p", "इलाके के लोग लंबे समय से यहां पक्के पुल की मांग कर रहे हैं। सिन्हा ने कहा कि पक्के पुल का प्रस्ताव भी तैयार किया जा रहा है, लेकिन उसके बनने में कम से कम चार साल लगेंगे।"),
]
A2 = Article(
    id=f"{SITE}-02", site=SITE, url=f"{HOST}/bihar/patna/news/{fid(2, 19)}",
    language="hi", headline=HL2, published="2024-10-19T16:35:00+05:30", modified="2024-10-20T09:10:00+05:30",
    authors=["अमरेंद्र झा"], summary="", blocks=blocks_of(IT2),
    entities=[("पटना", "LOC"), ("गंगा", "LOC"), ("गंगा सेतु निर्माण निगम", "ORG"), ("विनोद कुमार सिन्हा", "PER"),
              ("सिन्हा", "PER"), ("रामबाबू यादव", "PER"), ("अंजना कुमारी", "PER")],
    phenomena=BASE_TAGS + ["kicker", "localized-date", "updated-date", "photo-caption", "inline-related",
                           "inline-video-teaser"],
    notes="Dates are written with Devanagari digits and Hindi month names ('१९ अक्टूबर २०२४, शाम ४:३५ बजे'); the header date २१ अक्टूबर २०२४ is the site's today. 'दियारा' is a common noun for riverine land here and is not tagged.",
)
M2 = dict(pub=dt(2024, 10, 19, 16, 35), mod=dt(2024, 10, 20, 9, 10), today=_dt.date(2024, 10, 21), deva_today=True,
          deva_rel=True, year=2024, city="पटना", temp=31,
          section="बिहार", sec_slug="bihar", sub_slug="patna", aid=fid(2, 19), author_slug="amarendra-jha",
          crumbs=[("होम", "/"), ("बिहार", "/bihar"), ("पटना", "/bihar/patna")],
          kicker="बिहार", stamp="deva-words", place="पटना",
          image=f"{IMG}/images/2024/10/19/pipa-pul-patna_{fid(2, 19)}.jpg",
          tags=["पटना", "गंगा", "पीपा पुल", "बिहार"], related=[3, 13, 4, 8, 12, 7], rel_title="ये भी पढ़ें", no_meta_pub=True, jsonld=False, time_el=True, rel_time=True)
ARTICLES.append((A2, M2, IT2))

# 3 ------------------------------------------------------------------------------------------
HL3 = "जयपुर में जल संकट: 40 कॉलोनियों में टैंकरों से सप्लाई, मुख्य पाइपलाइन की मरम्मत अटकी"
IT3 = [
    ("p", "भीषण गर्मी के बीच जयपुर की 40 से ज्यादा कॉलोनियों में पिछले चार दिनों से नलों में पानी नहीं आया है। मुख्य पाइपलाइन में रिसाव की मरम्मत का काम पूरा न होने के कारण इन इलाकों में जल आपूर्ति टैंकरों के भरोसे चल रही है।"),
    ("p", "राजधानी जल प्रबंधन मंडल के अधीक्षण अभियंता दिनेश चौधरी ने बताया कि पाइपलाइन में 28 मई को तीन जगह रिसाव मिला था। उन्होंने कहा कि मरम्मत के लिए जरूरी बड़े वाल्व दूसरे राज्य से मंगाए गए हैं, जिनके मंगलवार तक पहुंचने की उम्मीद है।"),
    ("p", "मंडल के मुताबिक प्रभावित इलाकों में रोज 180 टैंकर चक्कर लगा रहे हैं, लेकिन लोगों का कहना है कि यह नाकाफी है। मानसरोवर की एक कॉलोनी में रहने वाली गृहिणी सुमन शर्मा ने कहा, \"टैंकर दिन में एक बार आता है और दस मिनट में खाली हो जाता है। जिसके घर में मोटर है, वही पानी भर पाता है।\""),
    ("p", "कई कॉलोनियों में निजी टैंकर वाले एक टैंकर के 900 से 1,200 रुपये तक वसूल रहे हैं, जबकि सामान्य दिनों में यही टैंकर 400 रुपये में मिल जाता है।"),
    ("p", "मंडल के अनुसार सबसे ज्यादा असर इन इलाकों में है:"),
    ("ul", ["मानसरोवर के सेक्टर 5 से 12", "प्रतापनगर के पश्चिमी ब्लॉक", "झोटवाड़ा की 11 कॉलोनियां", "सांगानेर रोड से सटी बस्तियां"]),
    ("ad",),
    ("h", "नियंत्रण कक्ष बनाया, हेल्पलाइन जारी"),
    ("p", "मंडल ने शिकायतों के लिए 24 घंटे चलने वाला नियंत्रण कक्ष बनाया है। चौधरी ने कहा कि निजी टैंकरों की मनमानी वसूली की शिकायत मिलने पर उनके खिलाफ कार्रवाई की जाएगी और टैंकरों के फेरे बढ़ाए जाएंगे।"),
    ("p", "पूर्वानुमान के मुताबिक अगले तीन दिन तापमान 45 डिग्री सेल्सियस के आसपास रहने की संभावना है, जिससे पानी की मांग और बढ़ेगी।"),
    ("p", "नागरिक संगठन जयपुर जल अधिकार मंच के सचिव विकास मीणा ने मांग की कि जब तक आपूर्ति सामान्य न हो, टैंकरों की संख्या दोगुनी की जाए और हर कॉलोनी में उनके आने का समय पहले से बताया जाए।"),
    ("p", "पाइपलाइन की मरम्मत में देरी पर पार्षदों ने भी सवाल उठाए हैं। नगर निगम की बैठक में पार्षद रेखा सैनी ने कहा कि हर साल गर्मी में यही हालात बनते हैं, लेकिन पुरानी पाइपलाइनों को बदलने का काम कागजों से आगे नहीं बढ़ता।"),
    ("p", "मंडल के आंकड़ों के मुताबिक शहर की करीब 30 प्रतिशत पाइपलाइनें 35 साल से ज्यादा पुरानी हैं। मंडल ने पिछले साल 210 किलोमीटर पाइपलाइन बदलने का प्रस्ताव भेजा था, जिसमें से अब तक केवल 48 किलोमीटर का काम हो पाया है।"),
    ("h", "अस्पतालों और स्कूलों को प्राथमिकता"),
    ("p", "चौधरी ने बताया कि टैंकरों के वितरण में अस्पतालों, छात्रावासों और वृद्धाश्रमों को प्राथमिकता दी जा रही है। प्रभावित इलाकों के सरकारी स्कूलों में पीने के पानी के लिए अलग से टैंकर भेजे जा रहे हैं।"),
    ("p", "झोटवाड़ा के एक निजी अस्पताल के प्रबंधक अशोक जैन ने बताया कि अस्पताल को रोज करीब 40 हजार लीटर पानी की जरूरत होती है। उन्होंने कहा, \"हम पिछले चार दिन से निजी टैंकर मंगा रहे हैं। इसका खर्च आखिरकार मरीजों पर ही पड़ता है।\""),
    ("p", "डॉक्टरों ने लोगों को सलाह दी है कि टैंकर से आए पानी को उबालकर या छानकर ही पिएं, क्योंकि गर्मी में दूषित पानी से पेट की बीमारियां तेजी से फैलती हैं।"),
]
A3 = Article(
    id=f"{SITE}-03", site=SITE, url=f"{HOST}/rajasthan/jaipur/jaipur-water-crisis-tankers-40-colonies-pipeline-repair",
    language="hi", headline=HL3, published="2025-06-02T13:10:00+05:30", modified=None, authors=["कविता राठौड़"],
    summary="", blocks=blocks_of(IT3),
    entities=[("जयपुर", "LOC"), ("राजधानी जल प्रबंधन मंडल", "ORG"), ("दिनेश चौधरी", "PER"), ("चौधरी", "PER"),
              ("मानसरोवर", "LOC"), ("सुमन शर्मा", "PER"), ("प्रतापनगर", "LOC"), ("झोटवाड़ा", "LOC"),
              ("सांगानेर", "LOC"), ("जयपुर जल अधिकार मंच", "ORG"), ("विकास मीणा", "PER"), ("रेखा सैनी", "PER"),
              ("अशोक जैन", "PER")],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "ad-slots", "json-ld",
               "tag-list", "decoy-date", "local-time-zone", "relative-date", "date-only-in-metadata", "subheadings",
               "list-in-body", "most-read"],
    notes="The byline shows only '3 घंटे पहले'; the exact time (2025-06-02 13:10 IST) is only in JSON-LD and article:published_time (the latter in UTC, 07:40Z). The header date is filled by script and empty in the markup; related-story dates are decoys. '28 मई' in the body is the day the leak was found, not the publication date.",
)
M3 = dict(pub=dt(2025, 6, 2, 13, 10), today=None, year=2025, city="जयपुर", temp=44,
          section="राजस्थान", sec_slug="rajasthan", sub_slug="jaipur", aid=fid(3, 2), author_slug="kavita-rathore",
          crumbs=[("होम", "/"), ("राजस्थान", "/rajasthan"), ("जयपुर", "/rajasthan/jaipur")],
          relative="3 घंटे पहले", place="जयपुर",
          image=f"{IMG}/images/2025/06/02/jaipur-water-tanker_{fid(3, 2)}.jpg",
          tags=["जयपुर", "जल संकट", "पानी", "गर्मी"], related=[11, 0, 8, 15, 4], most_read=True, meta_utc=True, rel_time=True)
ARTICLES.append((A3, M3, IT3))

# 4 ------------------------------------------------------------------------------------------
HL4 = "भोपाल के सरकारी स्कूल के बच्चों ने कबाड़ से बनाया खेत सींचने वाला रोबोट, राज्य स्तर पर मिला पहला इनाम"
S4 = "कक्षा ९ के चार विद्यार्थियों की टीम ने पुरानी साइकिल के पुर्जों और खराब मोबाइल चार्जर से तैयार किया मॉडल; अब जिले के ३० और स्कूलों में खुलेगी ऐसी प्रयोगशाला"
CAP4 = "प्रदर्शनी में अपने रोबोट के साथ विजेता टीम के विद्यार्थी और उनके शिक्षक।"
IT4 = [
    ("p", "भोपाल के एक सरकारी उच्चतर माध्यमिक विद्यालय के चार विद्यार्थियों ने कबाड़ से ऐसा रोबोट बनाया है जो मिट्टी की नमी मापकर खुद ही खेत में पानी छोड़ देता है। इस मॉडल को बुधवार को राज्य स्तरीय बाल विज्ञान प्रदर्शनी में पहला पुरस्कार मिला।"),
    ("p", "कक्षा ९ में पढ़ने वाले आयुष पटेल, निधि विश्वकर्मा, समीर खान और पूजा अहिरवार की टीम ने यह रोबोट पुरानी साइकिल की चेन, खराब मोबाइल चार्जर और प्लास्टिक की बोतलों से तैयार किया है। इसकी कुल लागत करीब १,८०० रुपये आई।"),
    ("p", "टीम की सदस्य निधि विश्वकर्मा ने बताया, \"मेरे दादाजी रोज सुबह खेत में पानी देने जाते हैं, चाहे जरूरत हो या न हो। हमने सोचा कि अगर मशीन बता सके कि मिट्टी सूखी है या नहीं, तो पानी भी बचेगा और मेहनत भी।\""),
    ("fig", f"{IMG}/images/2018/09/05/bhopal-school-robot-team_{fid(4, 5)}.jpg", CAP4, "दिशाबोध"),
    ("p", "स्कूल के विज्ञान शिक्षक राकेश दुबे ने बताया कि विद्यार्थियों ने पिछले छह महीने स्कूल की नई रोबोटिक्स प्रयोगशाला में काम किया। यह प्रयोगशाला नर्मदा विज्ञान न्यास की मदद से पिछले साल शुरू की गई थी।"),
    ("p", "दुबे ने कहा कि प्रयोगशाला में महंगे उपकरण नहीं हैं। \"हमारा जोर इस बात पर है कि बच्चे आसपास की चीजों से समाधान ढूंढना सीखें। ज्यादातर सामान बच्चे खुद घर से लाते हैं,\" उन्होंने कहा।"),
    ("ad",),
    ("p", "न्यास की कार्यक्रम निदेशक शालिनी जोशी ने बताया कि इस सफलता के बाद जिले के ३० और सरकारी स्कूलों में ऐसी प्रयोगशालाएं खोलने की योजना है। हर प्रयोगशाला पर करीब २ लाख ५० हजार रुपये खर्च होंगे।"),
    ("p", "विजेता टीम को ५१ हजार रुपये का नकद पुरस्कार मिला है। अब यह टीम नवंबर में होने वाली राष्ट्रीय प्रदर्शनी में राज्य का प्रतिनिधित्व करेगी।"),
]
A4 = Article(
    id=f"{SITE}-04", site=SITE, url=f"{HOST}/education/2018/09/05/bhopal-government-school-students-build-irrigation-robot-{fid(4, 5)}",
    language="hi", headline=HL4, published="2018-09-05T18:45:00+05:30", modified=None, authors=["नीलेश शुक्ला"],
    summary=S4, blocks=blocks_of(IT4, S4),
    entities=[("भोपाल", "LOC"), ("आयुष पटेल", "PER"), ("निधि विश्वकर्मा", "PER"), ("समीर खान", "PER"),
              ("पूजा अहिरवार", "PER"), ("राकेश दुबे", "PER"), ("दुबे", "PER"), ("नर्मदा विज्ञान न्यास", "ORG"),
              ("शालिनी जोशी", "PER")],
    phenomena=BASE_TAGS + ["kicker", "standfirst", "localized-date", "photo-caption", "author-bio", "date-in-url"],
    notes="Visible dates use Devanagari digits ('०५ सितंबर २०१८, ०६:४५ PM IST'); the header's ८ सितंबर २०१८ is the site's today. The kicker 'शिक्षा' is a section label above the headline. Visible 5 September 2018 18:45 IST preferred over article:published_time 2018-09-04T16:02+05:30 (the CMS creation time).",
)
M4 = dict(pub=dt(2018, 9, 5, 18, 45), today=_dt.date(2018, 9, 8), deva_today=True, deva_rel=True, year=2018,
          city="भोपाल", temp=27,
          section="शिक्षा", sec_slug="education", sub_slug="bhopal", aid=fid(4, 5), author_slug="nilesh-shukla",
          crumbs=[("होम", "/"), ("शिक्षा", "/education"), ("मध्य प्रदेश", "/madhya-pradesh"), ("भोपाल", "/madhya-pradesh/bhopal")],
          kicker="शिक्षा", stamp="deva-ampm", place="भोपाल",
          title="भोपाल: सरकारी स्कूल के बच्चों का कबाड़ से बना रोबोट राज्य स्तर पर अव्वल",
          image=f"{IMG}/images/2018/09/05/bhopal-school-robot-team_{fid(4, 5)}.jpg",
          bio="नीलेश शुक्ला दिशाबोध के भोपाल ब्यूरो में वरिष्ठ संवाददाता हैं और शिक्षा, विज्ञान व ग्रामीण विकास से जुड़ी खबरें लिखते हैं। पत्रकारिता में उनका अनुभव बारह वर्ष का है।",
          tags=["भोपाल", "शिक्षा", "रोबोटिक्स", "सरकारी स्कूल", "विज्ञान प्रदर्शनी"], related=[10, 5, 15, 2, 9],
          jsonld=False, meta_author=False, meta_pub=dt(2018, 9, 4, 16, 2))
A4.phenomena.append("title-differs-from-headline")
ARTICLES.append((A4, M4, IT4))


# Longer stories (realism wave: body length): one more section of reporting after the story's last paragraph,
# in the rendered items and (the same text) in the gold blocks. New people join the entity list.
MORE = {
    "dishabodh-news-01": ([
        ("h", "पुराने अनुभव से सबक"),
        ("p", "शहर में इससे पहले भी कुछ सड़कों पर साइकिल ट्रैक बनाए गए थे, लेकिन उनमें से ज्यादातर पर अब ठेले, खड़ी गाड़ियां और दुकानों का सामान दिखता है। रश्मि सक्सेना ने कहा कि नए ट्रैक का भी यही हाल न हो, इसके लिए परिषद को शुरुआत से ही निगरानी की व्यवस्था करनी चाहिए।"),
        ("p", "इस पर परिषद ने कहा है कि ट्रैक के दोनों ओर रेलिंग लगाई जाएगी और मोटर वाहनों को रोकने के लिए प्रवेश बिंदुओं पर खंभे लगेंगे। रखरखाव के लिए अलग दल बनाया जाएगा, जो हर सप्ताह ट्रैक का निरीक्षण करेगा और अपनी रिपोर्ट परिषद को देगा।"),
    ], []),
    "dishabodh-news-03": ([
        ("h", "टैंकर के इंतजार में कटते दिन"),
        ("p", "प्रतापनगर के पश्चिमी ब्लॉक में रहने वाले सेवानिवृत्त शिक्षक रामेश्वर प्रसाद गुप्ता ने बताया कि उनके मोहल्ले में लोग सुबह पांच बजे से बाल्टियां और ड्रम लेकर सड़क किनारे बैठ जाते हैं। उन्होंने कहा, \"टैंकर का कोई तय समय नहीं है। कभी सुबह आता है, कभी रात को। जो घर पर नहीं होता, उसकी बारी निकल जाती है।\""),
        ("p", "झोटवाड़ा की कुछ कॉलोनियों में लोगों ने आपस में मिलकर मोबाइल संदेश समूह बनाए हैं, जिन पर टैंकर के आने की सूचना दी जाती है। कई परिवारों ने रिश्तेदारों के घर से पानी लाना शुरू कर दिया है, जबकि कुछ लोग कपड़े धोने जैसे काम टाल रहे हैं।"),
        ("p", "कोचिंग संस्थानों के आसपास छात्रावासों में रहने वाले विद्यार्थियों को भी परेशानी हो रही है। मानसरोवर में एक छात्रावास चलाने वाली अनीता चतुर्वेदी ने बताया कि उन्हें रोज दो निजी टैंकर मंगाने पड़ रहे हैं, जिससे हर दिन करीब 2,000 रुपये का अतिरिक्त खर्च आ रहा है।"),
        ("p", "चौधरी ने दावा किया कि वाल्व पहुंचने के बाद मरम्मत में करीब 36 घंटे लगेंगे और उसके बाद चरणबद्ध तरीके से आपूर्ति शुरू की जाएगी। पहले उन कॉलोनियों में पानी छोड़ा जाएगा जहां सबसे ज्यादा दिनों से आपूर्ति बंद है। मंडल ने लोगों से अपील की है कि आपूर्ति सामान्य होने के बाद भी कुछ दिन पानी का इस्तेमाल सोच-समझकर करें।"),
    ], [("रामेश्वर प्रसाद गुप्ता", "PER"), ("अनीता चतुर्वेदी", "PER")]),
}


def lengthened(a, items):
    """The story with its MORE section after its last paragraph, in items and gold blocks (unchanged without one)."""
    if a.id not in MORE:
        return a, items
    extra, entities = MORE[a.id]
    last = max(i for i, it in enumerate(items) if it[0] == "p")
    at = max(i for i, b in enumerate(a.blocks) if b.kind == "paragraph" and b.text == items[last][1])
    return (_dc.replace(a, blocks=a.blocks[:at + 1] + blocks_of(extra) + a.blocks[at + 1:],
                        entities=list(a.entities) + [e for e in entities if e not in a.entities]),
            items[:last + 1] + extra + items[last + 1:])


def main():
    for a, m, items in ARTICLES:
        a, items = lengthened(a, items)
        html_page = page(a, m, items)
        emit(a, html_page, "utf-8")
        print(f"{a.id} {len(html_page.encode('utf-8')) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
