import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import relative_visible_date, Article, Block, emit

"""ДелоПоток (delopotok): an invented Russian business news portal (UTF-8). Numeric article URLs
(/news/<id>), a rubric label and an <h1>, a lead paragraph, a meta line with the date in Moscow
time ("12 марта 2024, 08:15"), the author and reading time, the text inside <article>, in-text
ads and "Читайте также" links, tags, "Читайте также" cards, a "Главное" rail, a currency widget
rendered from JSON and a short footer. Some articles are for subscribers: the page serves the first
paragraphs and a subscription prompt (paywall-teaser), and the gold body is what the page serves.

Metadata personality: article:published_time and JSON-LD datePublished are written in UTC ("Z")
while the page shows Moscow time (+03:00); gold keeps the visible Moscow time, the same instant.
JSON-LD author is the reporter on most pages; on one page only a profile URL is given as meta
author, on one there is no author metadata. <title> is the bare headline on some pages, the headline
with " — ДелоПоток" on others, an SEO wording on two."""

import datetime as _dt
import html as _html
import json as _json
import random as _random
import re as _re

SITE = "delopotok"
NAME = "ДелоПоток"
HOST = "https://delopotok.example"
IMG = "https://img.delopotok.example"
MSK = _dt.timezone(_dt.timedelta(hours=3))
UTC = _dt.timezone.utc
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]

json_dumps = lambda o: _json.dumps(o, ensure_ascii=False, separators=(",", ":"))  # noqa: E731


def esc(s):
    return _html.escape(s, quote=True)


def dt(y, mo, d, hh, mm):
    return _dt.datetime(y, mo, d, hh, mm, tzinfo=MSK)


def ru_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


RUBRICS = [("economy", "Экономика"), ("finance", "Финансы"), ("business", "Бизнес"), ("tech", "Технологии"), ("realty", "Недвижимость"),
           ("regions", "Регионы"), ("agro", "Агро"), ("transport", "Транспорт"), ("retail", "Потребрынок")]

MAIN = ["Минимальные остатки на складах: почему ритейлеры снова закупают впрок", "Экспортёры зерна ждут решения по пошлинам",
        "Кредиты малому бизнесу подорожали второй месяц подряд", "Девелоперы переносят старты продаж на осень",
        "Спрос на грузовые перевозки по железной дороге вырос", "Региональные банки наращивают ипотечные портфели",
        "Производители упаковки жалуются на нехватку сырья", "Маркетплейсы меняют условия для продавцов",
        "Цены на стройматериалы стабилизировались", "Выручка ресторанов в регионах выросла на 12%",
        "Авиакомпании расширяют летнюю программу", "Фермеры сокращают посевы подсолнечника"]

CSS = """
:root{--dp-ink:#15171a;--dp-sub:#5f6670;--dp-line:#e3e6ea;--dp-accent:#0a6e5c;--dp-bg:#fff;--dp-font:"PT Sans","Helvetica Neue",Arial,sans-serif;--dp-serif:"PT Serif",Georgia,serif}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 var(--dp-font);color:var(--dp-ink);background:var(--dp-bg)}a{color:inherit}
.dp-top{background:#0b1f1b;color:#c7d6d2;font-size:13px}.dp-top__in{max-width:1240px;margin:0 auto;padding:6px 20px;display:flex;gap:18px}
.dp-rates span{margin-right:12px}.dp-rates b{color:#fff}
.dp-head{border-bottom:1px solid var(--dp-line)}.dp-head__in{max-width:1240px;margin:0 auto;padding:14px 20px;display:flex;align-items:center;gap:28px}
.dp-logo{font:700 26px/1 var(--dp-serif);text-decoration:none;color:var(--dp-accent)}
.dp-nav{display:flex;gap:16px;font-size:15px}.dp-nav a{text-decoration:none}.dp-nav a.is-on{color:var(--dp-accent);font-weight:700}
.dp-wrap{max-width:1240px;margin:0 auto;padding:24px 20px;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:40px}
@media (max-width:1000px){.dp-wrap{grid-template-columns:1fr}.dp-aside{display:none}}
.dp-rubric{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--dp-accent);text-decoration:none;font-weight:700}
.dp-article h1{font:700 34px/1.2 var(--dp-serif);margin:8px 0 14px}.dp-kicker{color:#b42318;margin-right:8px}
.dp-lead{font-size:20px;line-height:1.45;color:#2b2f33;margin:0 0 16px}
.dp-meta{font-size:14px;color:var(--dp-sub);display:flex;flex-wrap:wrap;gap:6px 16px;margin-bottom:20px}
.dp-text{font:18px/1.65 var(--dp-serif)}.dp-text p{margin:0 0 18px}.dp-text h2{font:700 22px/1.3 var(--dp-font);margin:26px 0 12px}
.dp-text blockquote{margin:0 0 18px;padding:0 0 0 16px;border-left:3px solid var(--dp-accent)}
.dp-text ul{margin:0 0 18px;padding-left:22px}.dp-text table{border-collapse:collapse;width:100%;font:15px var(--dp-font);margin:0 0 18px}
.dp-text td,.dp-text th{border-bottom:1px solid var(--dp-line);padding:6px;text-align:left}
.dp-inline{font:15px/1.4 var(--dp-font);border-left:3px solid var(--dp-accent);padding:4px 0 4px 12px;margin:0 0 18px}
.dp-ad{background:#f4f5f7;min-height:250px;margin:8px 0 24px;text-align:center;font-size:11px;color:#9aa1a9;text-transform:uppercase;letter-spacing:.08em}
.dp-paywall{position:relative;margin:-60px 0 24px;padding:80px 24px 24px;background:linear-gradient(rgba(255,255,255,0),#fff 60px);text-align:center}
.dp-paywall__box{border:1px solid var(--dp-line);border-radius:10px;padding:22px;background:#f7faf9}
.dp-paywall__box h3{margin:0 0 8px;font-size:20px}.dp-paywall__box a.btn{display:inline-block;margin-top:10px;background:var(--dp-accent);color:#fff;padding:10px 22px;border-radius:6px;text-decoration:none}
.dp-tags a{display:inline-block;border:1px solid var(--dp-line);border-radius:14px;padding:2px 10px;margin:0 6px 6px 0;font-size:13px;text-decoration:none}
.dp-cards{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;margin:24px 0}.dp-card h3{font-size:15px;margin:6px 0 0}.dp-card a{text-decoration:none}
.dp-aside h2{font-size:15px;text-transform:uppercase;letter-spacing:.05em;border-bottom:2px solid var(--dp-ink);padding-bottom:6px}
.dp-aside ol{padding-left:18px}.dp-aside li{margin-bottom:10px;font-size:15px}
.dp-foot{background:#0b1f1b;color:#9fb3ae;font-size:13px}.dp-foot__in{max-width:1240px;margin:0 auto;padding:22px 20px;display:flex;flex-wrap:wrap;gap:12px 22px}
.dp-foot a{color:#c7d6d2;text-decoration:none}
"""


def utility_css():
    out = []
    for bp, w in (("", 0), ("md", 768), ("lg", 1024), ("xl", 1280)):
        sfx = f"-{bp}" if bp else ""
        rules = [f".dp-col{sfx}-{i}{{flex:0 0 {i / 12 * 100:.4f}%;max-width:{i / 12 * 100:.4f}%}}" for i in range(1, 13)]
        rules += [f".dp-{p}{sfx}-{k}{{{prop}:{v}px!important}}" for k, v in enumerate((0, 4, 8, 12, 16, 24, 32, 48))
                  for p, prop in (("mt", "margin-top"), ("mb", "margin-bottom"), ("pt", "padding-top"), ("pb", "padding-bottom"), ("px", "padding-left"))]
        rules += [f".dp-d{sfx}-{d}{{display:{d}!important}}" for d in ("none", "block", "flex", "grid")]
        out.append(f"@media (min-width:{w}px){{" + "\n".join(rules) + "}" if w else "\n".join(rules))
    for name, col in (("green", "#0a6e5c"), ("red", "#b42318"), ("gray", "#5f6670"), ("blue", "#175cd3"), ("gold", "#b54708")):
        for k in range(1, 13):
            out.append(f".dp-badge-{name}-{k}{{color:{col};border:1px solid {col};border-radius:{k}px;padding:{k % 4}px {k % 6 + 4}px;font-size:{10 + k % 5}px}}"
                       f".dp-btn-{name}-{k}{{background:{col};color:#fff;border-radius:{k}px;padding:{4 + k % 4}px {10 + k}px}}")
    return "\n".join(out)


def sprite(seed):
    r = _random.Random(seed)
    out = []
    for nm in ("search", "menu", "close", "vk", "tg", "ok", "mail", "link", "clock", "eye", "lock", "arrow", "user", "bookmark"):
        d = [f"M{r.randint(1, 23)} {r.randint(1, 23)}"] + [c + " ".join(f"{r.uniform(0, 24):.2f}" for _ in range({"L": 2, "C": 6, "Q": 4}[c]))
                                                          for c in (r.choice("LCQ") for _ in range(r.randint(10, 22)))]
        out.append(f'<symbol id="dp-i-{nm}" viewBox="0 0 24 24"><path d="{"".join(d)}Z"/></symbol>')
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(out) + "</svg>"


def state(a):
    r = _random.Random(a["nid"])
    rates = [{"code": c, "value": round(v * (1 + (r.random() - .5) / 20), 4), "delta": round((r.random() - .5) * 2, 2)}
             for c, v in (("USD", a["usd"]), ("EUR", a["usd"] * 1.09), ("CNY", a["usd"] / 7.1), ("Brent", 70 + r.random() * 20))]
    feed = [{"id": a["nid"] - 17 * (i + 1), "title": MAIN[(a["nid"] + i) % len(MAIN)], "rubric": RUBRICS[i % len(RUBRICS)][0],
             "img": f"{IMG}/c/{a['nid'] - 17 * (i + 1)}_480x270.jpg", "paid": i % 5 == 0, "views": r.randint(800, 64000),
             "srcset": [f"{IMG}/c/{a['nid'] - 17 * (i + 1)}_{w}x{w * 9 // 16}.webp {w}w" for w in (320, 480, 768, 1024)],
             "tracking": {"pos": i, "list": "feed", "exp": f"e{r.randint(1, 9)}"},
             "published": (a["pub"] - _dt.timedelta(hours=2 + i * 3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")} for i in range(120)]
    ads = {s: {"sizes": sz, "lazy": s != "dp-ad-top", "floor": round(r.uniform(0.2, 1.4), 2), "partners": [f"dsp{r.randint(10, 99)}" for _ in range(4)]}
           for s, sz in (("dp-ad-top", [[970, 90], [728, 90]]), ("dp-ad-in1", [[300, 250], [336, 280]]), ("dp-ad-in2", [[300, 250]]),
                         ("dp-ad-side", [[300, 600], [300, 250]]), ("dp-ad-bottom", [[728, 90]]))}
    return json_dumps({"article": {"id": a["nid"], "rubric": a["rubric"], "paid": bool(a.get("paywall")), "words": a.get("words", 0)},
                       "rates": rates, "feed": feed, "ads": ads,
                       "subscription": {"price": 390, "trialDays": 7, "plans": [{"id": "m", "price": 390}, {"id": "y", "price": 3490}]}})


def render(parts, blocks):
    out = []
    for p in parts:
        k = p[0]
        if k == "p":
            out.append(f"<p>{esc(p[1])}</p>")
            blocks.append(Block("paragraph", p[1]))
        elif k == "h":
            out.append(f"<h2>{esc(p[1])}</h2>")
            blocks.append(Block("heading", p[1]))
        elif k == "q":
            out.append(f"<blockquote><p>{esc(p[1])}</p></blockquote>")
            blocks.append(Block("quote", p[1]))
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in p[1]) + "</ul>")
            blocks += [Block("list_item", x) for x in p[1]]
        elif k == "table":
            rows = p[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" +
                       "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
            blocks.append(Block("table", "\n".join("\t".join(r) for r in rows)))
    return "\n".join(out)


def page(a, inline_rel=False):
    pub = a["pub"]
    rub = dict(RUBRICS)[a["rubric"]]
    url = a["url"] + a.get("query", "")
    canon = a["url"]
    blocks = [Block("paragraph", a["lead"], optional=True)] if a.get("lead") else []
    parts = a["parts"]
    body = []
    if a.get("paywall"):
        body.append('<div class="dp-text dp-text--free">' + render(parts, blocks) + "</div>")
        body.append('<div class="dp-paywall" data-paywall="subscribe"><div class="dp-paywall__box"><h3>Статья доступна по подписке</h3>'
                    '<p>Чтобы дочитать материал, оформите подписку на ДелоПоток: аналитика, эксклюзивные интервью и архив за 10 лет.</p>'
                    '<p>Первые 7 дней — бесплатно, далее 390 ₽ в месяц.</p><a class="btn" href="/subscribe/?from=paywall">Оформить подписку</a> '
                    '<a href="/login/?from=paywall">Уже подписаны? Войти</a></div></div>')
    else:
        cuts = a.get("cuts", [])
        prev, pieces = 0, []
        for c in cuts + [len(parts)]:
            pieces.append(parts[prev:c])
            prev = c
        for n, piece in enumerate(pieces):
            html_piece = render(piece, blocks)
            if inline_rel and n == 0 and not cuts:
                # the minimal pair's one change: a "Читайте также" line inside the text
                k = a["inline_at"]
                first, rest = piece[:k], piece[k:]
                blocks_tmp = []
                html_piece = (render(first, blocks_tmp) + "\n" +
                              f'<p class="dp-inline">Читайте также: <a href="/news/{a["nid"] - 311}">{esc(a["related"][0])}</a></p>\n' + render(rest, blocks_tmp))
            body.append('<div class="dp-text">' + html_piece + "</div>")
            if n < len(pieces) - 1:
                body.append(f'<div class="dp-ad" id="dp-ad-in{n + 1}">Реклама</div>')
                if n == 0:
                    body.append(f'<p class="dp-inline">Читайте также: <a href="/news/{a["nid"] - 311}">{esc(a["related"][0])}</a></p>')
    authors = a["authors"]
    title = a["title"]
    h = ["<!DOCTYPE html>", '<html lang="ru">', "<head>", '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{esc(title)}</title>", f'<meta name="description" content="{esc(a["desc"])}">', f'<link rel="canonical" href="{canon}">',
         '<meta property="og:type" content="article">', f'<meta property="og:site_name" content="{NAME}">',
         f'<meta property="og:title" content="{esc(a.get("og", a["headline"]))}">', f'<meta property="og:description" content="{esc(a["desc"])}">',
         f'<meta property="og:url" content="{canon}">', f'<meta property="og:image" content="{IMG}/a/{a["nid"]}_1200x630.jpg">',
         f'<meta property="article:section" content="{rub}">']
    if a.get("meta_pub", True):
        h.append(f'<meta property="article:published_time" content="{zulu(pub)}">')
    if a.get("meta_author"):
        h.append(f'<meta name="author" content="{esc(a["meta_author"])}">')
    h.append('<meta name="twitter:card" content="summary_large_image">')
    if a.get("jsonld", True):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon, "headline": a.get("ld_headline", a["headline"]),
              "description": a["desc"], "image": [f"{IMG}/a/{a['nid']}_1200x630.jpg"], "datePublished": zulu(pub), "dateModified": zulu(a.get("upd") or pub),
              "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": f"{IMG}/logo-600.png"}},
              "inLanguage": "ru", "isAccessibleForFree": not a.get("paywall")}
        if a.get("ld_author", True):
            ld["author"] = [{"@type": "Person", "name": n, "url": f"{HOST}/authors/{a['slugs'][i]}/"} for i, n in enumerate(authors)]
        if a.get("paywall"):
            ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".dp-paywall"}
        h.append('<script type="application/ld+json">' + json_dumps(ld) + "</script>")
    h.append("<style>" + CSS + "</style>")
    h.append('<style id="dp-utils">' + utility_css() + "</style>")
    h.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"article_view","articleId":%d,"rubric":"%s","paid":%s});'
             "(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();k=e.createElement(t),"
             "a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window,document,'script','https://stat.delopotok.example/tag.js','dpm');"
             "dpm(48221077,'init',{clickmap:true,trackLinks:true,webvisor:false});</script>" % (a["nid"], a["rubric"], "true" if a.get("paywall") else "false"))
    h.append("</head>")
    h.append('<body class="dp dp-article">')
    h.append(sprite(a["nid"]))
    h.append('<div class="dp-page"><div class="dp-top"><div class="dp-top__in"><span class="dp-rates" id="dp-rates"></span>'
             '<a href="/subscribe/">Подписка</a><a href="/login/">Войти</a></div></div>')
    h.append('<header class="dp-head"><div class="dp-head__in"><a class="dp-logo" href="/">ДелоПоток</a><nav class="dp-nav">' +
             "".join(f'<a href="/{k}/"' + (' class="is-on"' if k == a["rubric"] else "") + f">{v}</a>" for k, v in RUBRICS) + "</nav></div></header>")
    h.append('<div class="dp-ad" id="dp-ad-top" style="min-height:90px">Реклама</div>')
    h.append('<div class="dp-layout"><div class="dp-wrap"><main class="dp-main"><div class="dp-main__in"><div class="dp-main__col">')
    h.append(f'<article class="dp-article" itemid="{canon}"><div class="dp-article__in"><div class="dp-article__body">')
    h.append(f'<a class="dp-rubric" href="/{a["rubric"]}/">{rub}</a>')
    if a.get("kicker"):
        h.append(f'<h1><span class="dp-kicker">{esc(a["kicker"])}</span>{esc(a["headline"])}</h1>')
    else:
        h.append(f"<h1>{esc(a['headline'])}</h1>")
    if a.get("lead"):
        h.append(f'<p class="dp-lead">{esc(a["lead"])}</p>')
    when = f'<time datetime="{zulu(pub)}">{ru_date(pub)}</time>' if a.get("time_tag") else f"<span>{ru_date(pub)}</span>"
    who = ", ".join(f'<a href="/authors/{a["slugs"][i]}/">{esc(n)}</a>' for i, n in enumerate(authors))
    h.append(f'<div class="dp-meta">{when}<span>Автор{"ы" if len(authors) > 1 else ""}: {who}</span>'
             f'<span>Время чтения: {a.get("read", 4)} мин</span></div>')
    h.append('<div class="dp-share">Поделиться: <a href="https://vk.example/share.php?url=' + canon + '">ВКонтакте</a> '
             '<a href="https://t.example/share/url?url=' + canon + '">Telegram</a> <a href="https://connect.ok.example/offer?url=' + canon + '">Одноклассники</a></div>')
    h.append("\n".join(body))
    h.append('<div class="dp-tags">' + "".join(f'<a href="/tags/{esc(t)}/">{esc(t)}</a>' for t in a["tags"]) + "</div>")
    h.append("</div></div></article>")
    card_tag = "article" if a.get("cards") else "div"
    h.append('<section class="dp-related"><h2>Читайте также</h2><div class="dp-cards">' + "".join(
        f'<{card_tag} class="dp-card"><a href="/news/{a["nid"] - 311 * (i + 1)}"><img src="{IMG}/c/{a["nid"] - 311 * (i + 1)}_480x270.jpg" alt="" loading="lazy" width="240" height="135">'
        f"<h3>{esc(t)}</h3></a></{card_tag}>" for i, t in enumerate(a["related"][:3])) + "</div></section>")
    h.append('<div class="dp-ad" id="dp-ad-bottom" style="min-height:90px">Реклама</div>')
    h.append("</div></div></main>")
    h.append('<aside class="dp-aside"><div class="dp-ad" id="dp-ad-side">Реклама</div><h2>Главное</h2><ol>' +
             "".join(f'<li><a href="/news/{a["nid"] + 7 * (i + 1)}">{esc(t)}</a></li>' for i, t in enumerate(MAIN[a["nid"] % 5:a["nid"] % 5 + 5])) +
             "</ol></aside></div></div>")
    h.append(f'<footer class="dp-foot"><div class="dp-foot__in"><span>© 2012–{pub.year} ДелоПоток</span><a href="/about/">О проекте</a>'
             '<a href="/ads/">Реклама</a><a href="/privacy/">Политика конфиденциальности</a><a href="/rss/">RSS</a>'
             "<span>Сетевое издание. 18+</span></div></footer></div>")
    h.append('<div class="dp-cookie" id="dp-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь '
             'с <a href="/privacy/">политикой обработки данных</a>. <button type="button" data-cookie="ok">Понятно</button></div>')
    h.append('<script id="__DP_STATE__" type="application/json">' + state(a) + "</script>")
    h.append('<script>(function(){var s=JSON.parse(document.getElementById("__DP_STATE__").textContent),el=document.getElementById("dp-rates");'
             'if(el){el.innerHTML=s.rates.map(function(r){return r.code+" <b>"+r.value.toFixed(2)+"</b>"}).join(" ");}})();</script>')
    h.append('<script src="https://static.delopotok.example/build/app.7f3c1e.js" defer></script>')
    h.append("</body></html>")
    return "\n".join(h), blocks


# Adjudicated (Dec 2026): the rubric link above the <h1> is a kicker (GUIDELINES 3); the sidebar "Главное" is an editors'
# top-stories list (a related-list), not a most-read, trending or popular list.
COMMON = ["share-bar", "cookie-banner", "nav-menu", "footer-links", "tag-list", "related-list", "kicker", "ad-slots", "decoy-date", "localized-date",
          "local-time-zone", "standfirst"]


ARTICLES = []

# ---------------------------------------------------------------- 01: retail chain expansion, <time> in UTC, split by an ad and a "Читайте также" line
ARTICLES.append(dict(
    id=f"{SITE}-01", nid=112407, rubric="retail", url=f"{HOST}/news/112407", pub=dt(2015, 4, 7, 11, 20), usd=53.4, time_tag=True,
    authors=["Ирина Соколова"], slugs=["sokolova"], cuts=[4],
    headline="Пекарни «Хлебный двор» откроют 40 точек в Поволжье до конца года",
    title="Пекарни «Хлебный двор» откроют 40 точек в Поволжье до конца года",
    desc="Казанская сеть пекарен «Хлебный двор» планирует открыть 40 новых точек в городах Поволжья.",
    lead="Казанская сеть рассчитывает удвоить выручку и выйти в три новых региона, несмотря на рост цен на муку.",
    tags=["Ритейл", "Пекарни", "Казань", "Франчайзинг"],
    related=["Цены на муку выросли на 18% с начала года", "Кофейни у дома: почему формат продолжает расти", "Малый бизнес в Татарстане получил льготы по аренде"],
    parts=[
        ("p", "Казанская сеть пекарен «Хлебный двор» до конца 2015 года откроет 40 новых точек в городах Поволжья, рассказал ДелоПотоку основатель компании "
              "Рустам Валиев. Сейчас у сети 56 пекарен, большая часть из них работает в Казани и городах Татарстана."),
        ("p", "По словам Валиева, около половины новых точек будут открыты по франшизе, остальные — за счёт собственных средств компании. Инвестиции в "
              "открытие одной пекарни составляют от 4 до 6 млн руб. в зависимости от площади и оборудования. Первые пекарни в Самаре и Ульяновске должны "
              "заработать уже в мае."),
        ("p", "«Мы долго присматривались к соседним регионам и поняли, что формат небольшой пекарни у дома там востребован не меньше, чем в Казани. "
              "Люди хотят свежий хлеб утром и выпечку к чаю вечером, а не через весь город в гипермаркет», — сказал Валиев."),
        ("p", "Выручка сети по итогам 2014 года выросла на 34% и составила 1,2 млрд руб. В этом году компания рассчитывает увеличить её почти вдвое за счёт "
              "новых точек и роста продаж в действующих пекарнях."),
        ("h", "Мука подорожала, но спрос держится"),
        ("p", "Расширение приходится на непростой период. С начала года оптовые цены на муку высшего сорта выросли почти на пятую часть, подорожали также "
              "сливочное масло, сахар и упаковка. «Хлебный двор» уже дважды повышал цены на продукцию — в среднем на 8%."),
        ("p", "Валиев признаёт, что рентабельность в этом году снизится, но рассчитывает компенсировать это за счёт масштаба. «Когда у тебя сто пекарен, "
              "ты покупаешь муку и оборудование совсем на других условиях, чем когда у тебя пятьдесят», — пояснил он."),
        ("p", "Аналитик агентства «Ритейл-Индекс» Елена Гордеева считает, что сегмент небольших пекарен пока остаётся одним из немногих растущих на "
              "потребительском рынке. «Покупатели экономят на крупных покупках, но продолжают тратить на небольшие радости вроде свежей выпечки. Средний чек "
              "там невысокий, а частота покупок большая», — говорит она."),
        ("p", "При этом, по словам Гордеевой, конкуренция в сегменте быстро растёт: в крупных городах Поволжья работают несколько региональных сетей, "
              "а федеральные ритейлеры открывают собственные пекарни внутри магазинов."),
        ("p", "Отдельное направление — корпоративные заказы. В прошлом году «Хлебный двор» начал поставлять выпечку в офисы и кофейни, и сейчас на этот канал приходится около 8% выручки. В компании рассчитывают, что к концу года доля вырастет до 12%, а в новых городах корпоративные клиенты помогут быстрее загрузить производство."),
        ("p", "Сеть также тестирует доставку: заказать хлеб и выпечку к определённому времени можно через сайт и мобильное приложение. Пока услуга работает только в двух районах Казани, но, по словам Валиева, спрос на неё оказался выше ожиданий — до 300 заказов в день."),
        ("h", "Ставка на франшизу"),
        ("p", "Франчайзинговая модель позволяет сети расти быстрее, но требует жёсткого контроля качества. В «Хлебном дворе» говорят, что тесто для всех "
              "пекарен будет по-прежнему готовиться на центральном производстве в Казани и доставляться в замороженном виде, а в самих пекарнях изделия "
              "только выпекаются."),
        ("p", "Для этого компания строит второй производственный цех площадью 3,5 тыс. кв. м. Он должен заработать осенью и увеличит мощность производства "
              "в два с половиной раза."),
        ("p", "Паушальный взнос для франчайзи составит 500 тыс. руб., роялти — 5% от выручки. По расчётам компании, пекарня окупается в среднем за "
              "полтора-два года. Заявки от потенциальных партнёров уже поступили из Нижнего Новгорода, Чебоксар и Пензы."),
        ("p", "Сейчас в компании работают около 900 человек, с открытием новых пекарен штат вырастет примерно на 500 сотрудников. Для обучения пекарей и продавцов «Хлебный двор» открыл собственный учебный центр, где новички проходят двухнедельную стажировку."),
        ("p", "В будущем Валиев не исключает выхода и на московский рынок, но не раньше 2017 года. «Москва — это совсем другие аренды и другая "
              "конкуренция. Сначала нужно доказать себе, что модель работает в десяти городах, а не в одном», — сказал он."),
    ],
    entities=[("Хлебный двор", "ORG"), ("Хлебном дворе", "ORG"), ("Поволжье", "LOC"), ("Поволжья", "LOC"), ("ДелоПотоку", "ORG"),
              ("Рустам Валиев", "PER"), ("Валиев", "PER"), ("Валиева", "PER"), ("Казани", "LOC"), ("Татарстана", "LOC"), ("Самаре", "LOC"),
              ("Ульяновске", "LOC"), ("Ритейл-Индекс", "ORG"), ("Елена Гордеева", "PER"), ("Гордеевой", "PER"),
              ("Нижнего Новгорода", "LOC"), ("Чебоксар", "LOC"), ("Пензы", "LOC"), ("Москва", "LOC"), ("Казанская", "MISC"), ("московский", "MISC")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related"],
    notes="The page shows Moscow time ('7 апреля 2015, 11:20'); article:published_time, JSON-LD and the <time> element give the same instant in UTC (08:20Z).",
))

# ---------------------------------------------------------------- 02: timber holding, bare title, cards as <article>
ARTICLES.append(dict(
    id=f"{SITE}-02", nid=168230, rubric="business", url=f"{HOST}/news/168230", pub=dt(2016, 9, 19, 9, 5), usd=64.2, cards=True,
    authors=["Дмитрий Веселов"], slugs=["veselov"], cuts=[5],
    headline="«Северный кедр» построит в Архангельской области завод клееных панелей для домостроения",
    title="«Северный кедр» построит завод CLT-панелей в Архангельской области — ДелоПоток",
    ld_headline="«Северный кедр» построит завод CLT-панелей в Архангельской области",
    desc="Лесопромышленный холдинг «Северный кедр» вложит 4,8 млрд руб. в завод по производству клееных перекрёстных панелей.",
    lead="Инвестиции составят 4,8 млрд руб., завод должен выпускать панели для многоэтажных деревянных домов.",
    tags=["Лесопром", "Деревянное домостроение", "Архангельская область", "Инвестиции"],
    related=["Спрос на деревянные дома вырос на четверть", "Лесопромышленники просят продлить льготы по экспорту", "Как работает рынок клееного бруса"],
    parts=[
        ("p", "Лесопромышленный холдинг «Северный кедр» построит в Архангельской области завод по производству клееных перекрёстных панелей (CLT), "
              "которые используются для строительства многоэтажных деревянных домов. Инвестиции в проект оцениваются в 4,8 млрд руб., сообщил "
              "генеральный директор компании Андрей Ложкин."),
        ("p", "Завод разместится рядом с действующим лесопильным комбинатом холдинга в Онеге. Его мощность составит 50 тыс. куб. м панелей в год. "
              "Запустить производство планируется в 2018 году, на предприятии будут работать около 200 человек."),
        ("p", "CLT-панели представляют собой склеенные под прессом слои досок, уложенные перпендикулярно друг другу. По прочности такие конструкции "
              "сопоставимы с железобетоном, но значительно легче и позволяют строить дома в несколько раз быстрее. В Европе и Северной Америке из них "
              "возводят жилые и офисные здания высотой до десяти этажей и выше."),
        ("p", "«Для нас это возможность продавать не пиломатериалы, а продукт с высокой добавленной стоимостью. Кубометр доски стоит одних денег, "
              "кубометр панели — в несколько раз больше», — пояснил Ложкин."),
        ("p", "Около 40% продукции компания рассчитывает поставлять на экспорт, прежде всего в Скандинавию и страны Балтии. Остальное предполагается "
              "продавать на внутреннем рынке, где спрос на деревянное домостроение пока только формируется."),
        ("p", "Оборудование для завода — пресс для склеивания панелей, линии сращивания и строгания, станки с программным управлением для раскроя — компания планирует закупить у европейских производителей. Поставки должны начаться в следующем году, монтаж займёт около шести месяцев."),
        ("p", "Для работы на новом производстве потребуются операторы, технологи и инженеры, которых в регионе практически нет. «Северный кедр» договорился с лесотехническим колледжем в Архангельске о подготовке специалистов и планирует отправить часть сотрудников на стажировку на зарубежные предприятия."),
        ("h", "Нормативы отстают от технологий"),
        ("p", "Главным препятствием для развития рынка в России участники отрасли называют строительные нормы. Действующие правила пожарной безопасности "
              "ограничивают высоту деревянных зданий, а для многоэтажных домов из CLT требуются специальные технические условия, согласование которых "
              "занимает месяцы."),
        ("p", "«Технология давно проверена, но нормативная база писалась под кирпич и бетон. Пока её не обновят, застройщики будут относиться к "
              "деревянным многоэтажкам как к экзотике», — говорит руководитель отраслевой ассоциации деревянного домостроения Вадим Тарасенко."),
        ("p", "По его оценке, объём российского рынка домов из клееных материалов сейчас не превышает 1 млн кв. м в год, однако может вырасти в "
              "несколько раз, если изменятся нормы и появятся льготные программы для покупателей."),
        ("p", "Участники рынка отмечают, что «Северный кедр» будет не первым производителем CLT в России, но одним из крупнейших. По оценке Тарасенко, суммарные мощности действующих заводов пока не превышают 100 тыс. куб. м в год, и новый завод может увеличить их почти наполовину."),
        ("h", "Финансирование и сырьё"),
        ("p", "Около 60% стоимости проекта «Северный кедр» планирует привлечь в виде кредита одного из крупных банков, остальное — из собственных средств. "
              "Компания также рассчитывает на статус приоритетного инвестиционного проекта, который даёт право на льготную аренду лесных участков."),
        ("p", "Сырьевой базой станут лесные участки холдинга в Онежском и Плесецком районах с расчётной лесосекой около 1,2 млн куб. м в год. "
              "Для производства панелей подходит ель и сосна, которой в регионе достаточно, отмечают в компании."),
        ("p", "В правительстве Архангельской области проект назвали одним из ключевых для развития глубокой переработки древесины. Региональные власти "
              "рассматривают возможность использовать панели при строительстве социальных объектов, в том числе школ и детских садов."),
    ],
    entities=[("Северный кедр", "ORG"), ("Архангельской области", "LOC"), ("Андрей Ложкин", "PER"), ("Ложкин", "PER"), ("Онеге", "LOC"),
              ("Европе", "LOC"), ("Северной Америке", "LOC"), ("Скандинавию", "LOC"), ("Балтии", "LOC"), ("России", "LOC"),
              ("Вадим Тарасенко", "PER"), ("Онежском", "LOC"), ("Плесецком", "LOC"), ("Архангельске", "LOC"), ("Тарасенко", "PER"), ("европейских", "MISC"), ("российского", "MISC")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser", "title-differs-from-headline"],
    notes="'Онежском и Плесецком районах' is annotated as two LOC mentions, the district adjectives without the shared noun.",
))

# ---------------------------------------------------------------- 03: bank branches, paywall (the page serves the first paragraphs)
ARTICLES.append(dict(
    id=f"{SITE}-03", nid=207719, rubric="finance", url=f"{HOST}/news/207719", pub=dt(2017, 12, 5, 14, 40), usd=58.9, paywall=True,
    authors=["Анна Крылова"], slugs=["krylova"],
    headline="Банк «Волжский кредит» закроет треть отделений и переведёт клиентов в приложение",
    title="Банк «Волжский кредит» закроет треть отделений — ДелоПоток",
    desc="Самарский банк «Волжский кредит» сократит сеть отделений на треть и переведёт обслуживание в мобильное приложение.",
    lead="Под сокращение попадут 38 офисов в небольших городах, 400 сотрудникам предложат переобучение.",
    tags=["Банки", "Самара", "Цифровизация", "Отделения"],
    related=["Региональные банки теряют вкладчиков", "Как банки закрывают офисы и чем это грозит клиентам", "Ипотечные ставки снизились до минимума"],
    parts=[
        ("p", "Самарский банк «Волжский кредит» до середины 2018 года закроет 38 из 112 отделений, сообщил ДелоПотоку председатель правления банка "
              "Олег Сафронов. Под сокращение попадут в основном офисы в небольших городах и районных центрах, где, по данным банка, число посещений за "
              "последние два года упало более чем вдвое."),
        ("p", "«Клиенты сами проголосовали ногами: большинство операций они уже делают в приложении. Держать отделение, куда приходят десять человек в "
              "день, — это расходы, которые в итоге оплачивают те же клиенты через ставки и комиссии», — сказал Сафронов."),
        ("p", "Около 400 сотрудников закрываемых офисов банк предложит переобучить и перевести в контактный центр или на удалённое обслуживание "
              "клиентов. Тем, кто откажется, выплатят компенсацию сверх установленной законом."),
    ],
    entities=[("Волжский кредит", "ORG"), ("ДелоПотоку", "ORG"), ("Олег Сафронов", "PER"), ("Сафронов", "PER"), ("Самарский", "MISC")],
    extra=["paywall-teaser", "title-differs-from-headline"],
    notes="Subscriber article: the page serves the lead and three paragraphs, then a subscription prompt; the gold body is what the page serves (GUIDELINES 7.5). Adjudicated with the second annotation (December 2026): the rubric link above the <h1> is a kicker (GUIDELINES 3) and the 'Главное' sidebar is an editors' top-stories list, not a most-read list (GUIDELINES 10); the place adjective 'Самарский' is MISC (GUIDELINES 9.4).",
))

# ---------------------------------------------------------------- 04: ice-cream exporter (base of the minimal pair): one text container, no inserts
ARTICLES.append(dict(
    id=f"{SITE}-04", nid=241856, rubric="agro", url=f"{HOST}/news/241856", pub=dt(2018, 6, 14, 8, 15), usd=62.1, inline_at=5,
    authors=["Анна Крылова"], slugs=["krylova"],
    headline="Вологодский производитель мороженого начал поставки в Китай",
    title="Вологодский производитель мороженого начал поставки в Китай",
    desc="Компания «Северная сливка» из Вологды отправила первую партию пломбира в Китай.",
    lead="Первая партия — 20 тонн пломбира; компания рассчитывает, что экспорт к 2020 году даст пятую часть выручки.",
    tags=["Экспорт", "Мороженое", "Вологда", "Китай"],
    related=["Молочные заводы Северо-Запада наращивают экспорт", "Как российским производителям попасть на полки в Китае", "Цены на сырое молоко выросли"],
    parts=[
        ("p", "Вологодская компания «Северная сливка» отправила в Китай первую партию мороженого — 20 тонн пломбира в вафельных стаканчиках и "
              "брикетах. Продукция будет продаваться в супермаркетах Харбина и Далянь, рассказал ДелоПотоку коммерческий директор компании Сергей Пахомов."),
        ("p", "Контракт с китайским дистрибьютором заключён на два года и предусматривает поставки не менее 300 тонн мороженого в год. Перевозка "
              "идёт в рефрижераторных контейнерах по железной дороге до границы, а дальше — автомобильным транспортом."),
        ("p", "«Китайских покупателей привлекает то, что пломбир сделан из натурального молока и сливок, без растительных жиров. Слово «советский» "
              "на упаковке там работает лучше любой рекламы», — говорит Пахомов."),
        ("p", "Подготовка к экспорту заняла больше года. Компании пришлось пройти регистрацию в китайских контролирующих органах, переделать упаковку "
              "с надписями на китайском языке и подтвердить происхождение молочного сырья. Часть расходов удалось компенсировать за счёт региональной "
              "программы поддержки экспортёров."),
        ("p", "По словам Пахомова, главным испытанием стали не документы, а требования к сроку годности. Китайские сети принимают товар, только если до окончания срока годности остаётся не меньше двух третей, поэтому заводу пришлось перестроить график производства и отгружать мороженое в течение нескольких дней после изготовления."),
        ("p", "Цена вологодского пломбира на полках китайских супермаркетов будет в полтора-два раза выше, чем в России, но это, по оценке компании, сопоставимо с ценами на европейское мороженое того же сегмента."),
        ("h", "Экспорт как способ пережить сезонность"),
        ("p", "Для производителей мороженого экспорт — это ещё и способ сгладить сезонные колебания спроса. Летом «Северная сливка» загружает мощности "
              "почти полностью, а зимой продажи падают в два-три раза. Поставки в Китай позволят заводу работать равномернее в течение года."),
        ("p", "Выручка компании в 2017 году составила 1,6 млрд руб. К 2020 году «Северная сливка» рассчитывает получать от экспорта до 20% выручки и "
              "рассматривает поставки также в Казахстан и Монголию."),
        ("p", "На внутреннем рынке компания тоже растёт: в прошлом году «Северная сливка» вывела на рынок линейку мороженого без сахара и начала поставки в две федеральные торговые сети. Доля продукции компании в магазинах Вологодской области, по её оценкам, превышает 30%."),
        ("p", "Для китайского рынка компания разработала отдельную линейку вкусов: помимо классического пломбира, туда поставляется мороженое с зелёным чаем и с красной фасолью. «Пробовать свои рецепты на чужом рынке рискованно, поэтому мы сделали ставку на то, что там уже знают и любят», — объясняет Пахомов."),
        ("p", "По данным отраслевого союза производителей мороженого, экспорт российского мороженого в Китай за последние три года вырос в несколько раз, "
              "хотя в абсолютных цифрах остаётся небольшим. Основная конкуренция там идёт с производителями из Европы и Новой Зеландии."),
        ("p", "Председатель союза Людмила Кравец отмечает, что главные риски для экспортёров связаны с логистикой: мороженое нужно перевозить при "
              "температуре не выше минус 18 градусов, и любой сбой в холодовой цепочке оборачивается потерей всей партии."),
        ("p", "«Для небольших компаний путь в Китай — это всегда марафон. Но те, кто прошёл его, получают рынок, на котором спрос растёт каждый год», — "
              "говорит Кравец."),
        ("p", "В дальнейшем «Северная сливка» рассчитывает выйти в другие провинции Китая через онлайн-площадки. Для этого компания ведёт переговоры с несколькими крупными маркетплейсами, но продажи через интернет требуют отдельной логистики с сохранением холода на всём пути до покупателя."),
        ("p", "Эксперты по внешней торговле отмечают, что для небольших производителей выход на китайский рынок часто начинается с приграничной торговли и участия в выставках. «Северная сливка» в прошлом году представила продукцию на продовольственной выставке в Харбине, где и познакомилась со своим нынешним дистрибьютором."),
        ("p", "Если поставки пойдут по плану, компания рассчитывает уже в следующем году увеличить объём контракта и добавить в ассортимент мороженое в рожках и семейные упаковки."),
        ("p", "«Северная сливка» работает с 1996 года и выпускает около 14 тыс. тонн мороженого в год. Завод закупает молоко у хозяйств Вологодской "
              "и Ярославской областей."),
    ],
    entities=[("Северная сливка", "ORG"), ("Китай", "LOC"), ("Харбина", "LOC"), ("Далянь", "LOC"), ("ДелоПотоку", "ORG"),
              ("Сергей Пахомов", "PER"), ("Пахомов", "PER"), ("Казахстан", "LOC"), ("Монголию", "LOC"), ("Европы", "LOC"),
              ("Новой Зеландии", "LOC"), ("Людмила Кравец", "PER"), ("Кравец", "PER"), ("Вологодской", "LOC"), ("Ярославской", "LOC"), ("Вологодской области", "LOC"), ("Китая", "LOC"), ("Харбине", "LOC"), ("Пахомова", "PER"), ("России", "LOC"),
              ("Вологодский", "MISC"), ("Вологодская", "MISC"), ("вологодского", "MISC"), ("китайским", "MISC"), ("Китайских", "MISC"), ("китайских", "MISC"), ("китайском", "MISC"), ("Китайские", "MISC"), ("китайского", "MISC"), ("китайский", "MISC"), ("советский", "MISC"), ("европейское", "MISC"), ("российского", "MISC")],
    extra=["subheadings"],
    notes="'Вологодской и Ярославской областей' is annotated as two LOC mentions, the region adjectives without the shared noun.",
))

# ---------------------------------------------------------------- 05: sugar beet harvest, SEO title, social og:title, <time>
ARTICLES.append(dict(
    id=f"{SITE}-05", nid=290348, rubric="agro", url=f"{HOST}/news/290348", pub=dt(2019, 10, 22, 19, 30), usd=63.9, time_tag=True, cuts=[5],
    authors=["Павел Громов"], slugs=["gromov"],
    headline="Курские аграрии собрали рекордный урожай сахарной свёклы, но заработают меньше",
    title="Урожай сахарной свёклы 2019: рекорд в Курской области и падение цен на сахар",
    ld_headline="Урожай сахарной свёклы 2019: рекорд в Курской области и падение цен на сахар",
    og="Рекордный урожай свёклы обвалил цены на сахар",
    desc="Аграрии Курской области собрали рекордный урожай сахарной свёклы, однако цены на сахар упали до многолетних минимумов.",
    lead="Переработчики не успевают принимать свёклу, а оптовые цены на сахар опустились ниже себестоимости.",
    tags=["Сахар", "Свёкла", "Курская область", "Урожай"],
    related=["Экспорт сахара может вырасти вдвое", "Сахарные заводы продлили сезон переработки", "Почему дешевеет сахар"],
    parts=[
        ("p", "Сельхозпроизводители Курской области завершают уборку сахарной свёклы с рекордным результатом: по оценке регионального отраслевого "
              "союза, валовой сбор превысит 5,5 млн тонн, что почти на 15% больше прошлогоднего. Однако высокий урожай обернулся для аграриев "
              "падением цен."),
        ("p", "Оптовые цены на сахар в центральных регионах с начала осени снизились примерно на 12% и, по словам участников рынка, опустились "
              "ниже себестоимости производства на многих заводах. Переработчики, в свою очередь, снижают закупочные цены на свёклу."),
        ("p", "«Урожай хороший, а денег меньше. Такое в нашем деле бывает: когда свёклы много у всех, цена падает у всех», — говорит директор "
              "агрохолдинга «Черноземье-Агро» Виктор Шляхов. Компания собрала в этом году около 900 тыс. тонн свёклы."),
        ("p", "По словам Шляхова, закупочная цена на свёклу в этом сезоне упала до 2 тыс. руб. за тонну против 2,6 тыс. руб. годом ранее. При этом "
              "затраты на удобрения, топливо и технику продолжают расти."),
        ("p", "Рекордный урожай стал результатом благоприятной погоды и роста урожайности: в среднем по области она превысила 50 тонн с гектара. Аграрии также всё шире используют семена новых гибридов и современную технику для уборки, что позволяет сократить потери."),
        ("p", "Сахарные заводы региона работают на пределе мощностей. Чтобы переработать весь урожай, им придётся продлить сезон до февраля, а часть "
              "свёклы будет храниться в кагатах — длинных буртах под открытым небом. Длительное хранение грозит потерями сахаристости."),
        ("p", "Руководители заводов признают, что продлённый сезон обходится дорого: растут расходы на топливо, зарплату сменам и ремонт оборудования, которое работает без остановки уже третий месяц. Один из заводов области даже арендовал дополнительные площадки для хранения свёклы у соседних хозяйств."),
        ("p", "Часть свёклы аграриям приходится везти на заводы соседних регионов, где очередь на приёмку короче. Но и там закупочные цены не выше, а транспортные расходы съедают значительную часть выручки."),
        ("h", "Надежда на экспорт"),
        ("p", "Выход из ситуации производители видят в экспорте. В этом сезоне российский сахар может стать конкурентоспособным на рынках Средней Азии "
              "и Ближнего Востока, считает аналитик отраслевого агентства «Агроконъюнктура» Марина Лыкова."),
        ("p", "«Если экспорт наберёт обороты, внутренний рынок разгрузится и цены могут восстановиться уже весной. Но для этого нужна логистика: "
              "вагоны, порты, долгосрочные контракты. Пока этого мало», — говорит она."),
        ("p", "Часть аграриев уже заявила о намерении сократить посевы свёклы в следующем году в пользу зерновых и масличных культур. По оценке "
              "Лыковой, площади под свёклой в стране могут уменьшиться на 5–10%."),
        ("p", "Ситуация на рынке сахара отражается и на инвестиционных планах. По словам Шляхова, его компания отложила покупку новых комбайнов и модернизацию хранилищ до следующего года. «Когда цена ниже себестоимости, любые вложения приходится пересчитывать заново», — говорит он."),
        ("p", "Переработчики, со своей стороны, призывают аграриев заключать долгосрочные контракты с фиксированной ценой. Это снижает риски для обеих сторон, но требует от заводов гарантированно принимать весь законтрактованный объём."),
        ("p", "Местные власти обсуждают с переработчиками возможность закупки части сахара в региональный фонд, чтобы поддержать цены. Однако, по мнению участников рынка, такие меры могут дать лишь кратковременный эффект."),
        ("p", "Для многих хозяйств свёкла остаётся одной из самых доходных культур в севообороте, поэтому массового отказа от неё эксперты не ожидают. «Рынок сахара цикличен: за годами низких цен обычно следуют годы дефицита», — напоминает Лыкова."),
        ("p", "Шляхов сокращать посевы не собирается. «Свёкла — это культура, к которой нужно долго готовить поля и технику. Бросать её из-за одного "
              "плохого по ценам года неразумно», — считает он."),
    ],
    entities=[("Курской области", "LOC"), ("Черноземье-Агро", "ORG"), ("Виктор Шляхов", "PER"), ("Шляхова", "PER"),
              ("Шляхов", "PER"), ("Средней Азии", "LOC"), ("Ближнего Востока", "LOC"), ("Агроконъюнктура", "ORG"), ("Марина Лыкова", "PER"),
              ("Лыковой", "PER"), ("Лыкова", "PER"), ("Курские", "MISC"), ("российский", "MISC")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related", "title-differs-from-headline"],
    notes="Place and nationality adjectives ('Курские аграрии', 'российский сахар') are MISC, like demonyms (GUIDELINES 9.4, as settled at the December 2026 adjudication). og:title is a shorter social headline.",
))

# ---------------------------------------------------------------- 06: grocery delivery, two authors, published just after midnight (UTC metadata on the previous day)
ARTICLES.append(dict(
    id=f"{SITE}-06", nid=331902, rubric="retail", url=f"{HOST}/news/331902", pub=dt(2020, 4, 16, 0, 45), usd=74.3, time_tag=True, cuts=[6],
    cards=True, authors=["Ольга Лебедева", "Сергей Марков"], slugs=["lebedeva", "markov"],
    headline="Екатеринбургский сервис доставки продуктов утроил число заказов за месяц",
    title="Екатеринбургский сервис доставки продуктов утроил число заказов за месяц — ДелоПоток",
    desc="Сервис доставки продуктов «Корзинка у двери» за месяц утроил число заказов и нанимает 600 курьеров.",
    lead="Компания нанимает 600 курьеров и сборщиков, но признаёт, что не успевает за спросом.",
    tags=["Доставка", "Екатеринбург", "Онлайн-торговля", "Занятость"],
    related=["Онлайн-продажи продуктов выросли в разы", "Курьерские службы ищут сотрудников", "Торговые центры остаются закрытыми"],
    parts=[
        ("p", "Екатеринбургский сервис доставки продуктов «Корзинка у двери» за последний месяц утроил число заказов — до 9 тыс. в сутки, сообщила "
              "сооснователь компании Юлия Ведерникова. Чтобы справиться с нагрузкой, сервис до конца апреля наймёт 600 курьеров и сборщиков заказов."),
        ("p", "«В обычное время рост в три раза за год считался бы отличным результатом. Сейчас он случился за три недели, и мы буквально перестраиваем "
              "компанию на ходу», — сказала Ведерникова."),
        ("p", "Сервис работает с 2017 года и до недавнего времени ориентировался в основном на молодые семьи, заказывающие продукты на неделю вперёд. "
              "Теперь среди клиентов много пожилых людей, которые впервые делают покупки через интернет, а средний чек вырос на 40%."),
        ("p", "Из-за наплыва заказов время ожидания доставки выросло с двух часов до двух-трёх суток. Компания ввела ограничения на количество "
              "некоторых товаров в одном заказе и временно отказалась от доставки в отдалённые районы."),
        ("p", "Вместе с ростом заказов изменилась и корзина покупателей. По данным сервиса, доля круп, консервов и замороженных продуктов в заказах выросла почти вдвое, а продажи бытовой химии и товаров для детей — в полтора раза. Зато спрос на готовую еду и выпечку снизился."),
        ("p", "Главной проблемой стали не курьеры, а склады. «Можно быстро нанять людей, но нельзя за неделю построить склад. Мы арендовали два "
              "дополнительных помещения и работаем в три смены», — рассказал операционный директор сервиса Константин Лаптев."),
        ("p", "В пиковые дни сборщики работают по двенадцать часов, а компания дополнительно арендовала микроавтобусы у местных туристических фирм, чьи машины простаивают из-за отмены экскурсий. По словам Лаптева, это позволило за неделю почти вдвое увеличить число ежедневных рейсов."),
        ("p", "Для снижения нагрузки на склады сервис ввёл доставку по временным окнам: клиент выбирает не точное время, а четырёхчасовой интервал, что позволяет сборщикам заранее комплектовать заказы по районам."),
        ("p", "Среди новых сотрудников много тех, кто потерял работу в общепите и торговых центрах. По словам Лаптева, обучение курьера занимает "
              "один день, сборщика — два-три дня."),
        ("h", "Поставщики не успевают"),
        ("p", "Рост спроса ударил и по поставщикам. Некоторые местные производители молочной продукции и хлеба не успевают отгружать нужные объёмы, "
              "поэтому сервис расширяет ассортимент за счёт федеральных брендов."),
        ("p", "Сервис также столкнулся с нехваткой упаковки и пакетов: их производители не успевают за ростом спроса. Компания временно перешла на многоразовые сумки, которые курьеры забирают при следующей доставке."),
        ("p", "По словам Ведерниковой, компания старается не повышать цены, несмотря на рост затрат. Доставка заказов от 2 тыс. руб. осталась бесплатной, а для пенсионеров сервис ввёл скидку 5%."),
        ("p", "Аналитик рынка электронной коммерции Станислав Бурцев считает, что после окончания ограничений часть клиентов вернётся в обычные магазины, "
              "но привычка заказывать продукты онлайн у многих сохранится. «Для таких компаний главное сейчас — не потерять качество сервиса, иначе "
              "новые клиенты запомнят не удобство, а задержки и пересортицу», — говорит он."),
        ("p", "В «Корзинке у двери» признают, что далеко не все заказы выполняются идеально. Компания выплачивает клиентам компенсации баллами за "
              "опоздания и заменённые товары и просит покупателей с пониманием относиться к задержкам."),
        ("p", "Конкуренция на рынке доставки продуктов в Екатеринбурге тоже усилилась: о запуске собственных сервисов объявили несколько местных сетей супермаркетов, а федеральные игроки расширили зону доставки."),
        ("p", "В «Корзинке у двери» считают, что смогут удержать клиентов за счёт ассортимента местных фермерских продуктов, которых нет у крупных сетей."),
        ("p", "Инвесторы сервиса уже обсуждают с основателями увеличение финансирования. По данным ДелоПотока, речь может идти о 300–500 млн руб. "
              "на расширение складской сети и выход в Челябинск и Тюмень."),
    ],
    entities=[("Корзинка у двери", "ORG"), ("Корзинке у двери", "ORG"), ("Юлия Ведерникова", "PER"), ("Ведерникова", "PER"),
              ("Константин Лаптев", "PER"), ("Лаптева", "PER"), ("Станислав Бурцев", "PER"), ("ДелоПотока", "ORG"), ("Челябинск", "LOC"),
              ("Тюмень", "LOC"), ("Ведерниковой", "PER"), ("Екатеринбурге", "LOC"), ("Екатеринбургский", "MISC")],
    extra=["multiple-authors", "subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser"],
    notes="Published at 00:45 Moscow time on 16 April 2020 (visible); article:published_time and JSON-LD give 2020-04-15T21:45:00Z, the same instant, "
          "which falls on the previous day in UTC. Gold keeps the page's Moscow time.",
))

# ---------------------------------------------------------------- 07: logistics warehouse, paywall
ARTICLES.append(dict(
    id=f"{SITE}-07", nid=371144, rubric="transport", url=f"{HOST}/news/371144", pub=dt(2021, 7, 8, 10, 10), usd=73.6, paywall=True,
    authors=["Никита Орлов"], slugs=["orlov"],
    headline="Логистическая компания «Сибирский терминал» построит под Новосибирском склад на 120 тыс. кв. м",
    title="«Сибирский терминал» построит склад на 120 тыс. кв. м под Новосибирском",
    desc="Компания «Сибирский терминал» построит под Новосибирском складской комплекс площадью 120 тыс. кв. м.",
    lead="Это будет крупнейший проект складской недвижимости в Сибири за последние пять лет.",
    tags=["Склады", "Логистика", "Новосибирск", "Недвижимость"],
    related=["Вакансия на складском рынке упала до минимума", "Маркетплейсы арендуют склады в регионах", "Транзит по Транссибу вырос"],
    parts=[
        ("p", "Логистическая компания «Сибирский терминал» начала строительство складского комплекса площадью 120 тыс. кв. м в посёлке Толмачёво под "
              "Новосибирском, рядом с аэропортом и федеральной трассой. Инвестиции в проект оцениваются в 6,5 млрд руб., рассказал ДелоПотоку "
              "генеральный директор компании Игорь Вахрушев."),
        ("p", "Первая очередь площадью 50 тыс. кв. м должна быть введена в эксплуатацию в третьем квартале 2022 года. По словам Вахрушева, около "
              "половины площадей уже предварительно законтрактованы — в основном интернет-ритейлерами и дистрибьюторами продуктов питания."),
        ("p", "«Складов современного класса в Сибири катастрофически не хватает. Свободных площадей в Новосибирске сейчас меньше 1%, арендаторы "
              "стоят в очереди», — сказал Вахрушев."),
    ],
    entities=[("Сибирский терминал", "ORG"), ("Новосибирском", "LOC"), ("Сибири", "LOC"), ("Толмачёво", "LOC"), ("ДелоПотоку", "ORG"),
              ("Игорь Вахрушев", "PER"), ("Вахрушева", "PER"), ("Вахрушев", "PER"), ("Новосибирске", "LOC")],
    extra=["paywall-teaser", "title-differs-from-headline"],
    notes="Subscriber article: the page serves the lead and three paragraphs before the subscription prompt; the gold body is what the page serves. Adjudicated with the second annotation (December 2026): the rubric link above the <h1> is a kicker (GUIDELINES 3) and the 'Главное' sidebar is an editors' top-stories list, not a most-read list (GUIDELINES 10).",
))

# ---------------------------------------------------------------- 08: pharmacy software, "Эксклюзив" kicker inside the <h1>
ARTICLES.append(dict(
    id=f"{SITE}-08", nid=418827, rubric="tech", url=f"{HOST}/news/418827", pub=dt(2022, 11, 29, 16, 25), usd=61.2, kicker="Эксклюзив. ",
    authors=["Мария Зуева"], slugs=["zueva"], cuts=[5],
    headline="Разработчик программ для аптек «Фармасофт-Урал» привлёк 700 млн руб. от фонда прямых инвестиций",
    title="«Фармасофт-Урал» привлёк 700 млн руб. — ДелоПоток",
    desc="Пермский разработчик программного обеспечения для аптек «Фармасофт-Урал» привлёк 700 млн руб. инвестиций.",
    lead="Деньги пойдут на замену иностранных систем учёта в аптечных сетях и на выход в Казахстан.",
    tags=["ИТ", "Аптеки", "Инвестиции", "Импортозамещение"],
    related=["Аптечные сети переходят на российское ПО", "Фонды прямых инвестиций вернулись в ИТ", "Рынок аптечных продаж вырос на 9%"],
    parts=[
        ("p", "Пермская компания «Фармасофт-Урал», разрабатывающая программы для учёта товаров и управления аптеками, привлекла 700 млн руб. от фонда "
              "прямых инвестиций «Камский капитал», рассказали ДелоПотоку два источника, знакомые с условиями сделки. Фонд получит около 25% компании."),
        ("p", "Сделку подтвердил основатель «Фармасофт-Урала» Георгий Бажин. Сумму инвестиций и размер доли он комментировать отказался, но сообщил, "
              "что средства пойдут на расширение команды разработки и внедрение системы в крупных аптечных сетях."),
        ("p", "«Фармасофт-Урал» был основан в 2009 году группой программистов, которые до этого разрабатывали учётные системы для оптовых фармацевтических компаний. Первые годы компания работала в основном с небольшими аптеками в Пермском крае и соседних регионах."),
        ("p", "По словам Бажина, до последнего времени развитие шло за счёт собственной прибыли, и привлечение внешнего инвестора было вынужденным шагом: без дополнительных денег компания не смогла бы взять в работу все поступившие заказы."),
        ("p", "Программы компании используют около 4,5 тыс. аптек в 40 регионах. Они позволяют вести учёт товаров, работать с системой маркировки "
              "лекарств, планировать закупки и анализировать продажи. Выручка компании по итогам 2021 года составила 860 млн руб."),
        ("p", "«Последний год всё перевернул. Раньше крупные сети смотрели на нас как на решение для небольших аптек, а сейчас сами приходят и "
              "просят заменить иностранную систему в сжатые сроки», — говорит Бажин."),
        ("p", "По его словам, в портфеле компании сейчас проекты по переходу трёх федеральных аптечных сетей, в каждой из которых больше тысячи точек. "
              "Для этого компании нужно почти вдвое увеличить штат разработчиков — до 350 человек."),
        ("p", "На рынке программного обеспечения для аптек работают несколько российских компаний, однако до недавнего времени крупнейшие сети использовали в основном зарубежные системы. После ухода части иностранных поставщиков сети оказались перед необходимостью быстро менять учётные системы."),
        ("h", "Конкуренция за разработчиков"),
        ("p", "Найти специалистов будет непросто: спрос на программистов со стороны банков, ритейлеров и промышленных компаний остаётся высоким. "
              "«Фармасофт-Урал» открывает офисы разработки в Екатеринбурге и Казани и предлагает сотрудникам возможность работать удалённо."),
        ("p", "Управляющий партнёр «Камского капитала» Денис Оленев объясняет интерес фонда тем, что рынок аптечного софта остаётся узким, но "
              "устойчивым. «Аптеке без учётной системы не прожить и дня. Это не модный сервис, а инфраструктура, и клиенты уходят из неё очень редко», — "
              "говорит он."),
        ("p", "Помимо российского рынка компания рассчитывает на Казахстан, где уже работают несколько её клиентов. Там «Фармасофт-Урал» планирует "
              "открыть представительство в следующем году."),
        ("p", "Стоимость внедрения системы в крупной аптечной сети может достигать нескольких сотен миллионов рублей с учётом доработок и интеграции с другими программами. Поэтому заказчики, по словам Бажина, выбирают поставщика не столько по цене, сколько по надёжности и скорости поддержки."),
        ("p", "Помимо учётных систем «Фармасофт-Урал» разрабатывает сервис для прогнозирования спроса на лекарства, который анализирует продажи, сезонность и данные о заболеваемости. Его пилотное внедрение прошло в двух региональных сетях, где, по данным компании, удалось сократить складские остатки на 12%."),
        ("p", "Эксперты отмечают, что переход крупных сетей на новые системы связан с рисками: сбои при внедрении могут на несколько дней "
              "парализовать работу аптек. Бажин признаёт, что именно поэтому компания переводит сети поэтапно, начиная с нескольких десятков точек."),
        ("p", "Инвестиции «Камского капитала» стали одной из крупнейших сделок на рынке отраслевого программного обеспечения в этом году. По данным отраслевых аналитиков, с начала года фонды прямых инвестиций вложили в российские ИТ-компании около 20 млрд руб., причём интерес смещается от потребительских сервисов к программам для бизнеса."),
        ("p", "Бажин говорит, что компания не планирует продавать контрольный пакет и рассматривает выход на биржу через три-четыре года, если рынок будет к этому готов."),
    ],
    entities=[("Фармасофт-Урал", "ORG"), ("Фармасофт-Урала", "ORG"), ("Камский капитал", "ORG"), ("Камского капитала", "ORG"),
              ("ДелоПотоку", "ORG"), ("Георгий Бажин", "PER"), ("Бажин", "PER"), ("Екатеринбурге", "LOC"), ("Казани", "LOC"),
              ("Денис Оленев", "PER"), ("Казахстан", "LOC"), ("Бажина", "PER"), ("Пермском крае", "LOC"), ("Пермская", "MISC"), ("российских", "MISC"), ("российского", "MISC"), ("российские", "MISC")],
    extra=["kicker", "subheadings", "split-body", "teasers-in-article", "inline-related", "title-differs-from-headline"],
    notes="'Эксклюзив.' inside the <h1> is a kicker and not part of the headline.",
))

# ---------------------------------------------------------------- 09: fishing fleet, long, JSON-LD without author, author profile URL as meta author
ARTICLES.append(dict(
    id=f"{SITE}-09", nid=452216, rubric="business", url=f"{HOST}/news/452216", pub=dt(2023, 3, 2, 13, 0), usd=75.4, cuts=[6, 12],
    ld_author=False, meta_author=f"{HOST}/authors/kim/", authors=["Артём Ким"], slugs=["kim"], read=8,
    headline="Приморская рыбопромышленная компания заказала шесть траулеров и ждёт первые суда через два года",
    title="Приморская рыбопромышленная компания заказала шесть траулеров и ждёт первые суда через два года",
    desc="«Тихоокеанский улов» из Владивостока заказал шесть траулеров-процессоров общей стоимостью 42 млрд руб.",
    lead="Компания обновит почти половину флота; суда будут строиться на верфи в Приморье в рамках программы инвестиционных квот.",
    tags=["Рыболовство", "Судостроение", "Владивосток", "Инвестиции"],
    related=["Экспорт минтая вырос на 7%", "Верфи Дальнего Востока загружены заказами", "Цены на рыбу в магазинах стабилизировались"],
    parts=[
        ("p", "Владивостокская компания «Тихоокеанский улов» подписала контракт на строительство шести траулеров-процессоров для промысла минтая и "
              "сельди. Общая стоимость контракта составляет около 42 млрд руб., сообщил генеральный директор компании Виталий Демченко."),
        ("p", "Суда будут построены на верфи в Приморье. Первые два траулера должны быть переданы компании в 2025 году, остальные — до конца 2027 года. "
              "Каждое судно длиной 80 метров сможет не только ловить рыбу, но и сразу перерабатывать её на борту — замораживать, филировать и "
              "производить рыбную муку."),
        ("p", "Новые траулеры заменят шесть судов, построенных ещё в 1980-х годах. «Средний возраст нашего флота — 34 года. Старые суда требуют всё "
              "больше денег на ремонт и всё чаще простаивают. Без обновления мы просто теряли бы промысловый сезон за сезоном», — сказал Демченко."),
        ("p", "Контракт заключён в рамках программы инвестиционных квот: компании, которые строят суда на российских верфях, получают право на "
              "дополнительные квоты вылова. Для «Тихоокеанского улова» это означает прибавку примерно в 40 тыс. тонн минтая в год."),
        ("p", "Финансирование проекта обеспечат собственные средства компании и кредит крупного банка, часть ставки по которому будет "
              "субсидироваться государством. Залогом по кредиту станут сами строящиеся суда."),
        ("p", "По словам Демченко, компания рассчитывает, что новые траулеры окупятся за восемь–десять лет за счёт большей производительности и "
              "выпуска продукции более глубокой переработки, которая продаётся дороже мороженой рыбы."),
        ("h", "Верфи загружены до предела"),
        ("p", "Судостроительные предприятия Дальнего Востока в последние годы получили десятки заказов на рыболовные суда. Это позволило загрузить "
              "мощности, но одновременно создало очередь: сроки постройки увеличиваются, а стоимость растёт вслед за ценами на металл и оборудование."),
        ("p", "Отраслевой аналитик Роман Юдин отмечает, что часть заказов по программе уже выполняется с задержками на полтора-два года. «Верфи "
              "набрали заказов больше, чем могут выполнить в срок. Рыбаки это понимают и закладывают в планы запас времени», — говорит он."),
        ("p", "Ещё одна проблема — поставки оборудования. Двигатели, рыбоперерабатывающие линии и навигационные системы для таких судов раньше "
              "закупались преимущественно за рубежом. Теперь их приходится искать у других поставщиков или заказывать российские аналоги, что требует "
              "времени на испытания."),
        ("p", "Демченко уверяет, что по контракту с «Тихоокеанским уловом» основное оборудование уже законтрактовано. «Мы специально не стали "
              "подписывать контракт, пока не были уверены в поставках ключевых узлов», — сказал он."),
        ("p", "Представитель верфи подтвердил, что строительство первого корпуса начнётся весной, а спуск на воду запланирован на конец 2024 года."),
        ("p", "На новых судах будет больше автоматизации, что позволит сократить экипаж с 90 до 70 человек. Вместе с тем компании понадобятся специалисты другого уровня — операторы автоматизированных линий, механики и электроники, которых на рынке сейчас не хватает. «Тихоокеанский улов» уже договорился с морским колледжем во Владивостоке о подготовке таких кадров."),
        ("h", "Рынок ждёт роста вылова"),
        ("p", "Обновление флота происходит на фоне роста вылова в дальневосточном бассейне. В прошлом году российские рыбаки выловили здесь больше "
              "3,5 млн тонн водных биоресурсов, значительная часть которых пришлась на минтай."),
        ("p", "При этом экспортёры сталкиваются с перестройкой логистики и рынков сбыта. Основным покупателем российского минтая остаётся Китай, "
              "растут поставки в Южную Корею. Часть компаний пытается увеличить продажи на внутреннем рынке, где спрос на филе и фарш растёт."),
        ("p", "«Современное судно — это возможность продавать не сырьё, а готовый продукт, — говорит Юдин. — Кто быстрее обновит флот, тот и будет "
              "диктовать условия через пять лет»."),
        ("p", "«Тихоокеанский улов» работает с 1994 года и располагает флотом из 14 судов. Выручка компании в 2022 году, по данным отчётности, "
              "составила 18,6 млрд руб."),
    ],
    entities=[("Тихоокеанский улов", "ORG"), ("Тихоокеанского улова", "ORG"), ("Тихоокеанским уловом", "ORG"),
              ("Приморье", "LOC"), ("Виталий Демченко", "PER"), ("Демченко", "PER"), ("Дальнего Востока", "LOC"), ("Роман Юдин", "PER"),
              ("Юдин", "PER"), ("Китай", "LOC"), ("Южную Корею", "LOC"), ("Владивостоке", "LOC"), ("Приморская", "MISC"), ("Владивостокская", "MISC"), ("российских", "MISC"), ("российские", "MISC"), ("российского", "MISC"), ("дальневосточном", "MISC")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related"],
    notes="JSON-LD has no author and the meta author holds only the author's profile URL; the byline's name is gold.",
))

# ---------------------------------------------------------------- 10: fitness chain, no author metadata, bare title, <time>
ARTICLES.append(dict(
    id=f"{SITE}-10", nid=497560, rubric="business", url=f"{HOST}/news/497560", pub=dt(2024, 3, 12, 8, 15), usd=91.3, time_tag=True, cuts=[5],
    ld_author=False, authors=["Ирина Соколова"], slugs=["sokolova"],
    headline="Петербургская сеть фитнес-клубов «Пульс-Нева» откроет 12 залов в спальных районах",
    title="Петербургская сеть фитнес-клубов «Пульс-Нева» откроет 12 залов в спальных районах",
    desc="Сеть фитнес-клубов «Пульс-Нева» откроет 12 небольших залов в спальных районах Петербурга и Ленинградской области.",
    lead="Компания делает ставку на компактные залы у дома с абонементом дешевле 2 тыс. руб. в месяц.",
    tags=["Фитнес", "Санкт-Петербург", "Сфера услуг", "Инвестиции"],
    related=["Спрос на абонементы в фитнес-клубы вырос", "Торговые центры сдают площади спортзалам", "Как изменились расходы петербуржцев на услуги"],
    parts=[
        ("p", "Сеть фитнес-клубов «Пульс-Нева» до конца 2024 года откроет 12 новых залов в спальных районах Петербурга и ближайших городах "
              "Ленинградской области, рассказал ДелоПотоку основатель компании Антон Лазарев. Сейчас у сети 19 клубов."),
        ("p", "Новые залы будут компактными — площадью 600–900 кв. м, без бассейнов и спа-зон. Их будут размещать на первых этажах жилых комплексов "
              "и в небольших торговых центрах. Инвестиции в открытие одного зала составляют около 45 млн руб."),
        ("p", "Оборудование для залов компания закупает у российских и азиатских производителей, а часть тренажёров для силовых зон собирает на собственном небольшом производстве в Ленинградской области. Это, по словам Лазарева, позволяет экономить до 20% на оснащении каждого зала."),
        ("p", "В каждом новом клубе будут залы для групповых программ — от йоги до функционального тренинга, а также детская комната, где родители смогут оставить ребёнка на время тренировки."),
        ("p", "«Люди хотят тренироваться рядом с домом и не тратить час на дорогу. Большой клуб с бассейном — это хорошо, но большинству клиентов "
              "нужны тренажёры, групповые занятия и удобный график», — пояснил Лазарев."),
        ("p", "Стоимость абонемента в новых залах составит от 1,9 тыс. руб. в месяц — примерно вдвое дешевле, чем в полноформатных клубах сети. "
              "Компания рассчитывает, что каждый зал будет обслуживать около 2,5 тыс. постоянных клиентов."),
        ("p", "По итогам 2023 года выручка «Пульс-Невы» выросла на 27% и превысила 1,4 млрд руб. Загрузка действующих клубов в вечерние часы, по "
              "словам Лазарева, достигла 90%, и часть клиентов жалуется на очереди к тренажёрам."),
        ("p", "Помимо открытия новых залов компания развивает онлайн-направление: клиенты могут записываться на занятия через приложение, а в части клубов доступны тренировки с персональным тренером по видеосвязи. На цифровые сервисы сейчас приходится около 5% выручки."),
        ("p", "Для новых залов «Пульс-Нева» планирует нанять около 150 тренеров и администраторов. Найти квалифицированных инструкторов непросто, поэтому сеть открыла собственную школу тренеров, где обучение длится три месяца."),
        ("h", "Аренда и оборудование дорожают"),
        ("p", "Расширение сети осложняется ростом затрат. Стоимость тренажёров за последние два года выросла примерно на 40%, а арендные ставки на "
              "первых этажах новых жилых комплексов — на 15–20%. Компания частично компенсирует это долгосрочными договорами аренды с девелоперами."),
        ("p", "Некоторые застройщики сами заинтересованы в появлении фитнес-клуба в своих проектах: наличие спортзала в доме повышает привлекательность "
              "квартир для покупателей. «Пульс-Нева» уже подписала соглашения с двумя девелоперами на открытие залов в строящихся кварталах."),
        ("p", "Аналитик консалтинговой компании «Городские сервисы» Виктория Шубина отмечает, что рынок фитнес-услуг в крупных городах смещается в "
              "сторону недорогих форматов. «Премиальный сегмент растёт медленно, а вот залы у дома по доступной цене — это то, за что люди готовы "
              "платить даже в период экономии», — говорит она."),
        ("p", "По оценке Шубиной, в Петербурге работает около 900 фитнес-клубов, однако в новых районах на окраинах их по-прежнему не хватает."),
        ("p", "Клиенты сети — в основном жители новых микрорайонов в возрасте от 25 до 45 лет. По данным компании, больше половины из них приходят на тренировки рано утром или поздно вечером, поэтому новые залы будут работать с 6 утра до полуночи."),
        ("p", "Лазарев рассчитывает, что окупаемость компактного зала составит около трёх лет — быстрее, чем у полноформатных клубов, где срок возврата вложений достигает пяти-шести лет."),
        ("p", "Финансировать расширение «Пульс-Нева» планирует за счёт собственных средств и банковского кредита. Лазарев не исключает, что в 2025 "
              "году компания откроет первые залы в Москве."),
    ],
    entities=[("Пульс-Нева", "ORG"), ("Пульс-Невы", "ORG"), ("Петербурга", "LOC"), ("Ленинградской области", "LOC"), ("ДелоПотоку", "ORG"),
              ("Антон Лазарев", "PER"), ("Лазарев", "PER"), ("Лазарева", "PER"), ("Городские сервисы", "ORG"), ("Виктория Шубина", "PER"),
              ("Шубиной", "PER"), ("Петербурге", "LOC"), ("Москве", "LOC"), ("Петербургская", "MISC"), ("российских", "MISC"), ("азиатских", "MISC")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related"],
    notes="No author metadata (JSON-LD without author, no meta author); the byline's name is gold. The page shows '12 марта 2024, 08:15' Moscow time; metadata gives 05:15Z.",
))

# ---------------------------------------------------------------- 11: building materials, paywall
ARTICLES.append(dict(
    id=f"{SITE}-11", nid=536904, rubric="realty", url=f"{HOST}/news/536904", pub=dt(2025, 5, 27, 11, 50), usd=79.8, paywall=True,
    authors=["Дмитрий Веселов"], slugs=["veselov"],
    headline="Производитель газобетона в Татарстане остановил одну из линий из-за падения спроса",
    title="Производитель газобетона в Татарстане остановил одну из линий из-за падения спроса",
    desc="Завод «Камский газобетон» остановил одну из трёх производственных линий из-за снижения спроса со стороны строителей.",
    lead="Продажи снизились на четверть; сотрудников остановленной линии переводят на другие участки.",
    tags=["Стройматериалы", "Татарстан", "Строительство", "Промышленность"],
    related=["Ввод жилья в регионах снизился", "Застройщики откладывают новые проекты", "Цены на цемент перестали расти"],
    parts=[
        ("p", "Завод «Камский газобетон» в Набережных Челнах остановил одну из трёх линий по производству газобетонных блоков. Причиной стало снижение "
              "спроса со стороны застройщиков и частных покупателей, сообщил ДелоПотоку коммерческий директор предприятия Руслан Гайнуллин."),
        ("p", "По его словам, продажи завода в январе–апреле снизились примерно на 25% по сравнению с тем же периодом прошлого года. «Застройщики "
              "переносят старты новых проектов, а частники откладывают строительство домов из-за дорогих кредитов», — сказал Гайнуллин."),
        ("p", "Около 60 сотрудников остановленной линии переведены на другие участки или в ремонтную службу. Сокращений персонала, по словам "
              "Гайнуллина, пока не планируется."),
    ],
    entities=[("Татарстане", "LOC"), ("Камский газобетон", "ORG"), ("Набережных Челнах", "LOC"), ("ДелоПотоку", "ORG"),
              ("Руслан Гайнуллин", "PER"), ("Гайнуллин", "PER"), ("Гайнуллина", "PER")],
    extra=["paywall-teaser"],
    notes="Subscriber article: the page serves the lead and three paragraphs before the subscription prompt; the gold body is what the page serves. Adjudicated with the second annotation (December 2026): the rubric link above the <h1> is a kicker (GUIDELINES 3) and the 'Главное' sidebar is an editors' top-stories list, not a most-read list (GUIDELINES 10).",
))

# ---------------------------------------------------------------- 12: Altai tour operator, <time>, cards as <article>
ARTICLES.append(dict(
    id=f"{SITE}-12", nid=571338, rubric="regions", url=f"{HOST}/news/571338", pub=dt(2026, 2, 10, 9, 30), usd=88.6, time_tag=True, cuts=[5],
    cards=True, authors=["Ольга Лебедева"], slugs=["lebedeva"],
    headline="Алтайский туроператор «Белуха Экспедиции» вложит 1,2 млрд руб. в горные базы для круглогодичного туризма",
    title="«Белуха Экспедиции» вложит 1,2 млрд руб. в горные базы на Алтае — ДелоПоток",
    ld_headline="«Белуха Экспедиции» вложит 1,2 млрд руб. в горные базы на Алтае", meta_pub=False,
    desc="Туроператор «Белуха Экспедиции» построит три горные базы, чтобы принимать туристов круглый год.",
    lead="Компания хочет сократить зависимость от короткого летнего сезона и привлечь зимних туристов.",
    tags=["Туризм", "Республика Алтай", "Инвестиции", "Гостиницы"],
    related=["Турпоток на Алтай вырос на 12%", "Горнолыжные курорты Сибири расширяют трассы", "Внутренний туризм: итоги зимнего сезона"],
    parts=[
        ("p", "Туроператор «Белуха Экспедиции» из Горно-Алтайска вложит 1,2 млрд руб. в строительство трёх горных баз в Республике Алтай, которые "
              "смогут принимать туристов круглый год. Об этом ДелоПотоку рассказала управляющий партнёр компании Екатерина Тобоева."),
        ("p", "Базы на 60–80 мест каждая появятся в Усть-Коксинском, Чемальском и Улаганском районах. Первая из них, у подножия хребта, должна "
              "принять гостей уже зимой 2027 года. Помимо гостевых домов на базах будут прокатные пункты, бани и небольшие рестораны."),
        ("p", "Сейчас компания организует в основном летние походы, конные и сплавные туры. «Наш сезон длится четыре месяца, а платить людям и "
              "содержать технику приходится круглый год. Нам нужно научиться зарабатывать зимой», — говорит Тобоева."),
        ("p", "За летний сезон компания проводит около 400 туров, в которых работают более 120 гидов, инструкторов и водителей. Зимой большая часть из них остаётся без работы, и многие уезжают на заработки в другие регионы. Круглогодичные базы, по словам Тобоевой, позволят сохранить команду."),
        ("p", "На базах будут работать около 70 человек, в основном жители окрестных сёл. Компания планирует обучать их гостиничному делу и работе гидами вместе с региональным колледжем."),
        ("p", "Зимой туроператор планирует предлагать туристам снегоходные маршруты, ски-тур, наблюдение за дикими животными и этнографические программы. "
              "По расчётам компании, это позволит увеличить годовую выручку почти вдвое — до 900 млн руб. к 2029 году."),
        ("p", "Около трети инвестиций составят собственные средства, остальное компания рассчитывает получить по льготной программе кредитования "
              "гостиничного строительства. Заявка уже подана."),
        ("p", "Строительство баз планируется вести с использованием местных материалов — дерева и камня, а проекты гостевых домов разработаны с учётом традиционной архитектуры. Компания также намерена установить на базах солнечные панели и системы очистки сточных вод, чтобы снизить нагрузку на окружающую среду."),
        ("h", "Инфраструктура отстаёт"),
        ("p", "Главным ограничением для развития зимнего туризма на Алтае участники рынка называют инфраструктуру: дороги к отдалённым сёлам зимой "
              "не всегда расчищаются, а мобильная связь есть далеко не везде. «Туристу нужно не только красиво, но и безопасно», — отмечает Тобоева."),
        ("p", "Руководитель регионального объединения туроператоров Аркадий Сабашкин считает, что зимний туризм в республике может вырасти в несколько "
              "раз, если будут решены вопросы транспорта и связи. По его оценке, сейчас на зимние месяцы приходится не более 15% турпотока."),
        ("p", "Спрос на путешествия по Алтаю в последние годы растёт: по данным региональных властей, в прошлом году республику посетили более 2,5 млн туристов. Однако большинство из них приезжает летом, и многие гостиницы в межсезонье простаивают."),
        ("p", "Местные жители относятся к проектам по-разному. В Улаганском районе часть сельчан рассчитывает на новые рабочие места, другие "
              "опасаются роста нагрузки на природу. В «Белухе Экспедициях» обещают нанимать персонал в ближайших сёлах и проводить общественные "
              "обсуждения до начала строительства."),
        ("p", "Местные власти поддерживают развитие круглогодичного туризма: в региональной программе предусмотрены субсидии на строительство туристической инфраструктуры в сельских районах и на подготовку гидов."),
        ("p", "Тобоева надеется, что новые базы станут примером для других туроператоров. «Алтай — это не только лето. Зимой здесь не менее красиво, просто об этом мало кто знает», — говорит она."),
        ("p", "В прошлом году «Белуха Экспедиции» обслужила около 11 тыс. туристов. Компания работает с 2012 года."),
    ],
    entities=[("Белуха Экспедиции", "ORG"), ("Белухе Экспедициях", "ORG"), ("Алтае", "LOC"), ("Горно-Алтайска", "LOC"),
              ("Республике Алтай", "LOC"), ("ДелоПотоку", "ORG"), ("Екатерина Тобоева", "PER"), ("Тобоева", "PER"),
              ("Усть-Коксинском", "LOC"), ("Чемальском", "LOC"), ("Улаганском", "LOC"), ("Аркадий Сабашкин", "PER"), ("Алтаю", "LOC"), ("Алтай", "LOC"), ("Тобоевой", "PER"), ("Алтайский", "MISC")],
    extra=["subheadings", "split-body", "teasers-in-article", "inline-related", "article-per-teaser", "title-differs-from-headline"],
    notes="'Усть-Коксинском, Чемальском и Улаганском районах' is annotated as three LOC mentions, the district adjectives without the shared noun.",
))

# ---------------------------------------------------------------- 13: minimal pair of 04 with an inline "Читайте также" line inside the text
VARIANT = dict(ARTICLES[3], id=f"{SITE}-13", query="?utm_source=rel", variant_of=f"{SITE}-04", inline_rel=True,
               extra=ARTICLES[3]["extra"] + ["inline-related"],
               notes="Minimal pair of delopotok-04: differs only in inline-related (a 'Читайте также' link line is inserted between two paragraphs of "
                     "the text; it is not body). " + ARTICLES[3]["notes"])


# News-feed stories show their age ("3 часа назад"); the feed template has no date meta and no JSON-LD
# dates, and the byline's <time datetime> (in UTC) is the only statement of the date.
RELATIVE = {'delopotok-01': '3 часа назад', 'delopotok-05': '2 часа назад', 'delopotok-10': '40 минут назад', 'delopotok-12': '5 часов назад'}


def build(a):
    html_text, blocks = page(a, a.get("inline_rel", False))
    phen = set(COMMON) | set(a.get("extra", []))
    if a.get("jsonld", True):
        phen.add("json-ld")
    if len(a["authors"]) > 1:
        phen.add("multiple-authors")
    from newsbench.metrics.tokenize import tokens
    if sum(len(tokens(b.text)) for b in blocks if not b.optional) < 120:
        phen.add("short-article")
    art = Article(id=a["id"], site=SITE, url=a["url"] + a.get("query", ""), language="ru", headline=a["headline"],
                  published=a["pub"].isoformat(), modified=None, authors=a["authors"], summary=a.get("lead", ""), blocks=blocks,
                  entities=a["entities"], phenomena=sorted(phen), notes=a.get("notes", ""), variant_of=a.get("variant_of"))
    if (art.variant_of or art.id) in RELATIVE:
        art, html_text = relative_visible_date(art, html_text, RELATIVE[art.variant_of or art.id], drop_other_metadata=True)
    p = emit(art, html_text, "utf-8")
    raw = (p.parents[1] / "raw_html" / f"{a['id']}.html").stat().st_size
    print(f"{a['id']}\t{raw / 1024:.1f} KB")


if __name__ == "__main__":
    for a in ARTICLES + [VARIANT]:
        build(a)
