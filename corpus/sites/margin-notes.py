import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import drop_date_metadata, Article, Block, emit

"""Margin Notes (margin-notes): an invented newsletter platform in the Substack mould. Every writer
runs a publication on a subdomain (<pub>.marginnotes.example/p/<slug>) with the platform's single
post template: a slim publication bar (logo, Home/Notes/Archive/About, Subscribe, Sign in), the post
title and subtitle, an avatar byline with the date as "Mar 4, 2021" (UTC), or "2 hr ago" when the
page was served soon after posting, or no date at all for publications using the minimal header
theme; like/comment/restack/share buttons; a rich-text body with footnotes, captioned images, pull
quotes, embedded social posts and in-body subscribe widgets; an author bio, an end-of-post
subscribe box, the comment thread ("Discussion"), "More from" and "Top posts" lists, the writer's
recommendations and the platform footer. A preload JSON blob carries post ids, counts and the post
date (no text). Times in metadata are UTC.

Annotation decisions kept across the site: footnotes are author text but sit apart from the
running text, so they are optional note blocks after the body (the footnote markers sit at the
ends of paragraphs and are not part of the gold text); embedded social posts, subscribe widgets
and share buttons inside the body are not body; the subtitle is the standfirst."""

import dataclasses
import datetime as _dt
import html as _html
import json as _json

SITE = "margin-notes"
PLATFORM = "https://marginnotes.example"
CDN = "https://cdn.marginnotes.example"
UTC = _dt.timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def attr(s):
    return _html.escape(s, quote=True).replace("&#x27;", "'")


def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def short(d):
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def dt(y, mo, d, h, mi):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=UTC)


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s.replace("’", "").replace("'", ""))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:80]


ICONS = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
<symbol id="mn-heart" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-width="2" d="M20.8 4.6a5.5 5.5 0 0 0-7.8 0L12 5.7l-1-1.1a5.5 5.5 0 0 0-7.8 7.8l1 1.1L12 21.2l7.8-7.7 1-1.1a5.5 5.5 0 0 0 0-7.8z"/></symbol>
<symbol id="mn-comment" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-width="2" d="M21 11.5a8.4 8.4 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.4 8.4 0 0 1-3.8-.9L3 21l1.9-5.7a8.4 8.4 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.4 8.4 0 0 1 3.8-.9h.5a8.5 8.5 0 0 1 8 8v.5z"/></symbol>
<symbol id="mn-restack" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-width="2" d="M17 1l4 4-4 4M3 11V9a4 4 0 0 1 4-4h14M7 23l-4-4 4-4M21 13v2a4 4 0 0 1-4 4H3"/></symbol>
<symbol id="mn-share" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-width="2" d="M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8M16 6l-4-4-4 4M12 2v13"/></symbol>
<symbol id="mn-search" viewBox="0 0 24 24"><circle cx="11" cy="11" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path stroke="currentColor" stroke-width="2" d="M21 21l-4.3-4.3"/></symbol>
<symbol id="mn-menu" viewBox="0 0 24 24"><path stroke="currentColor" stroke-width="2" d="M3 6h18M3 12h18M3 18h18"/></symbol>
<symbol id="mn-bell" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-width="2" d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0"/></symbol>
</svg>"""

CSS = """
:root{--mn-accent:#e8590c;--mn-ink:#1c1c1c;--mn-soft:#6d6d6d;--mn-line:#e6e6e6;--mn-bg:#ffffff;--mn-tint:#faf7f2;--mn-radius:8px}
*,*:before,*:after{box-sizing:border-box}
html{-webkit-font-smoothing:antialiased}
body{margin:0;background:var(--mn-bg);color:var(--mn-ink);font:17px/1.6 "Spectral",Georgia,"Times New Roman",serif}
a{color:inherit}
button{font:inherit;cursor:pointer}
img{max-width:100%;height:auto;display:block}
.mn-bar{position:sticky;top:0;z-index:20;background:rgba(255,255,255,.96);backdrop-filter:blur(6px);border-bottom:1px solid var(--mn-line);font:15px/1 "Inter",Helvetica,Arial,sans-serif}
.mn-bar__in{max-width:1100px;margin:0 auto;padding:0 20px;height:64px;display:flex;align-items:center;gap:16px}
.mn-bar__logo{width:36px;height:36px;border-radius:6px;object-fit:cover}
.mn-bar__name{font-weight:700;font-size:18px;text-decoration:none;flex:1}
.mn-bar nav a{text-decoration:none;color:var(--mn-soft);margin:0 8px}
.mn-bar nav a:hover{color:var(--mn-ink)}
.mn-btn{background:var(--mn-accent);color:#fff;border:0;border-radius:var(--mn-radius);padding:10px 16px;font:600 14px/1 "Inter",Helvetica,Arial,sans-serif;text-decoration:none;display:inline-block}
.mn-btn--ghost{background:transparent;color:var(--mn-ink);border:1px solid var(--mn-line)}
.mn-icon{width:20px;height:20px}
.mn-wrap{max-width:728px;margin:0 auto;padding:0 20px}
.mn-post__head{padding:40px 0 10px}
.mn-post__title{font:700 40px/1.15 "Spectral",Georgia,serif;letter-spacing:-.5px;margin:0 0 10px}
.mn-post__dek{font:400 21px/1.4 "Spectral",Georgia,serif;color:var(--mn-soft);margin:0 0 22px}
.mn-byline{display:flex;align-items:center;gap:12px;font:14px/1.35 "Inter",Helvetica,Arial,sans-serif}
.mn-byline img{width:40px;height:40px;border-radius:50%}
.mn-byline__name{font-weight:600;text-decoration:none}
.mn-byline__meta{color:var(--mn-soft);font-size:13px;text-transform:uppercase;letter-spacing:.3px}
.mn-actions{display:flex;align-items:center;gap:8px;border-top:1px solid var(--mn-line);border-bottom:1px solid var(--mn-line);padding:8px 0;margin:18px 0 28px;font:600 14px/1 "Inter",Helvetica,Arial,sans-serif;color:var(--mn-soft)}
.mn-actions button,.mn-actions a{display:inline-flex;align-items:center;gap:6px;border:1px solid var(--mn-line);background:#fff;border-radius:20px;padding:7px 12px;color:var(--mn-soft);text-decoration:none}
.mn-actions .mn-actions__share{margin-left:auto}
.mn-body{font-size:19px;line-height:1.65}
.mn-body p{margin:0 0 22px}
.mn-body h2,.mn-body h3{font:700 26px/1.25 "Spectral",Georgia,serif;margin:38px 0 14px}
.mn-body h3{font-size:22px}
.mn-body ul,.mn-body ol{margin:0 0 22px;padding-left:28px}
.mn-body li{margin-bottom:8px}
.mn-body li p{margin:0}
.mn-body hr{border:0;text-align:center;margin:34px 0}
.mn-body hr:after{content:"\\2022 \\2022 \\2022";color:var(--mn-soft);letter-spacing:10px}
.mn-body a{color:var(--mn-accent)}
.mn-body table{border-collapse:collapse;width:100%;font:15px/1.4 "Inter",Helvetica,Arial,sans-serif;margin:0 0 24px}
.mn-body th,.mn-body td{border-bottom:1px solid var(--mn-line);padding:9px 8px;text-align:left}
.mn-body th{font-weight:700;border-bottom:2px solid var(--mn-ink)}
.mn-fn{font:600 12px/1 "Inter",Helvetica,Arial,sans-serif;vertical-align:super;text-decoration:none;color:var(--mn-accent);margin-left:1px}
.mn-img{margin:30px 0}
.mn-img figcaption{font:14px/1.45 "Inter",Helvetica,Arial,sans-serif;color:var(--mn-soft);text-align:center;margin-top:8px}
.mn-pullquote{border:0;margin:34px 0;padding:0 10px;text-align:center;font:italic 600 26px/1.35 "Spectral",Georgia,serif;color:var(--mn-accent)}
.mn-pullquote p{margin:0}
.mn-subwidget{background:var(--mn-tint);border-radius:var(--mn-radius);padding:24px;margin:34px 0;text-align:center;font:15px/1.45 "Inter",Helvetica,Arial,sans-serif}
.mn-subwidget p{margin:0 0 12px}
.mn-subwidget form{display:flex;max-width:420px;margin:0 auto;border:1px solid var(--mn-line);border-radius:var(--mn-radius);overflow:hidden;background:#fff}
.mn-subwidget input{flex:1;border:0;padding:12px;font:inherit}
.mn-subwidget button{border:0;background:var(--mn-accent);color:#fff;padding:0 16px;font-weight:600}
.mn-sharewidget{text-align:center;margin:30px 0}
.mn-embed{border:1px solid var(--mn-line);border-radius:12px;padding:16px 18px;margin:30px 0;font:15px/1.45 "Inter",Helvetica,Arial,sans-serif;background:#fff}
.mn-embed__head{display:flex;align-items:center;gap:10px;margin-bottom:8px}
.mn-embed__head img{width:36px;height:36px;border-radius:50%}
.mn-embed__name{font-weight:700}.mn-embed__handle{color:var(--mn-soft)}
.mn-embed p{margin:0 0 8px}
.mn-embed__meta{color:var(--mn-soft);font-size:13px}
.mn-embed--frame iframe{width:100%;min-height:360px;border:0;border-radius:12px}
.mn-footnotes{border-top:1px solid var(--mn-line);margin-top:34px;padding-top:16px;font-size:16px}
.mn-footnote{display:flex;gap:10px;margin-bottom:12px}
.mn-footnote a.mn-footnote__num{font:600 13px/1.9 "Inter",Helvetica,Arial,sans-serif;color:var(--mn-accent);text-decoration:none}
.mn-footnote p{margin:0}
.mn-bio{display:flex;gap:16px;border:1px solid var(--mn-line);border-radius:var(--mn-radius);padding:20px;margin:36px 0;font:15px/1.5 "Inter",Helvetica,Arial,sans-serif}
.mn-bio img{width:64px;height:64px;border-radius:50%}
.mn-bio h4{margin:0 0 4px;font-size:16px}
.mn-bio p{margin:0 0 8px;color:#3b3b3b}
.mn-endsub{background:var(--mn-tint);border-radius:var(--mn-radius);padding:28px;text-align:center;margin:30px 0;font:15px/1.5 "Inter",Helvetica,Arial,sans-serif}
.mn-endsub h3{font:700 22px/1.25 "Spectral",Georgia,serif;margin:0 0 8px}
.mn-comments{margin:40px 0;font:15px/1.5 "Inter",Helvetica,Arial,sans-serif}
.mn-comments h3{font:700 20px/1.2 "Inter",Helvetica,Arial,sans-serif;margin:0 0 14px;display:flex;justify-content:space-between}
.mn-comments__box textarea{width:100%;min-height:80px;border:1px solid var(--mn-line);border-radius:var(--mn-radius);padding:10px;font:inherit}
.mn-comment{display:flex;gap:10px;padding:14px 0;border-bottom:1px solid var(--mn-line)}
.mn-comment img{width:32px;height:32px;border-radius:50%}
.mn-comment__who{font-weight:600}
.mn-comment__when{color:var(--mn-soft);font-size:13px;margin-left:6px}
.mn-comment__author{background:var(--mn-accent);color:#fff;font-size:11px;border-radius:4px;padding:1px 5px;margin-left:6px}
.mn-comment p{margin:4px 0}
.mn-comment__acts{color:var(--mn-soft);font-size:13px;display:flex;gap:14px}
.mn-comment--reply{margin-left:42px}
.mn-comments__more{display:block;margin:14px auto;background:#fff;border:1px solid var(--mn-line);border-radius:20px;padding:9px 18px}
.mn-lists{display:grid;grid-template-columns:1fr 1fr;gap:30px;margin:40px 0;font:15px/1.45 "Inter",Helvetica,Arial,sans-serif}
.mn-lists h4{font-size:13px;text-transform:uppercase;letter-spacing:.6px;color:var(--mn-soft);margin:0 0 10px}
.mn-lists ol,.mn-lists ul{list-style:none;margin:0;padding:0}
.mn-lists li{padding:10px 0;border-bottom:1px solid var(--mn-line)}
.mn-lists li a{text-decoration:none;font-weight:600;display:block}
.mn-lists li span{color:var(--mn-soft);font-size:13px}
.mn-recs{border-top:1px solid var(--mn-line);padding-top:20px;margin:30px 0;font:15px/1.45 "Inter",Helvetica,Arial,sans-serif}
.mn-recs h4{margin:0 0 12px}
.mn-rec{display:flex;gap:12px;align-items:flex-start;padding:10px 0}
.mn-rec img{width:44px;height:44px;border-radius:8px}
.mn-rec b{display:block}
.mn-rec span{color:var(--mn-soft);font-size:14px}
.mn-foot{border-top:1px solid var(--mn-line);margin-top:50px;padding:30px 20px 80px;text-align:center;font:14px/1.8 "Inter",Helvetica,Arial,sans-serif;color:var(--mn-soft)}
.mn-foot a{color:var(--mn-soft);margin:0 6px}
.mn-foot__platform{margin-top:18px}
.mn-foot__platform b{color:var(--mn-ink)}
.mn-cookie{position:fixed;left:16px;bottom:16px;max-width:420px;background:#fff;border:1px solid var(--mn-line);border-radius:12px;box-shadow:0 10px 40px rgba(0,0,0,.15);padding:18px;z-index:50;font:14px/1.5 "Inter",Helvetica,Arial,sans-serif;display:none}
.mn-cookie.show{display:block}
.mn-cookie__btns{display:flex;gap:8px;margin-top:10px}
.mn-modal{position:fixed;inset:0;background:rgba(0,0,0,.4);display:none;align-items:center;justify-content:center;z-index:60}
.mn-modal.open{display:flex}
.mn-modal__box{background:#fff;border-radius:12px;padding:28px;max-width:440px;width:92%;font:15px/1.5 "Inter",Helvetica,Arial,sans-serif}
.mn-plan{border:1px solid var(--mn-line);border-radius:var(--mn-radius);padding:14px;margin:10px 0}
.mn-plan b{display:block;font-size:16px}.mn-plan span{color:var(--mn-soft)}
.mn-plan ul{margin:8px 0;padding-left:18px;font-size:14px}
.mn-plan__note{font-size:12px;color:var(--mn-soft)}
.mn-lightbox{position:fixed;inset:0;background:rgba(0,0,0,.92);z-index:70;display:flex;align-items:center;justify-content:center}
.mn-lightbox[hidden]{display:none}
.mn-lightbox img{max-width:94vw;max-height:90vh}
.mn-lightbox__close{position:absolute;top:16px;right:20px;background:none;border:0;color:#fff;font-size:30px}
.mn-appbanner{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:1px solid var(--mn-line);display:flex;align-items:center;gap:10px;padding:10px 14px;z-index:40;font:14px/1.3 "Inter",Helvetica,Arial,sans-serif}
.mn-appbanner[hidden]{display:none}
.mn-appbanner div{flex:1}.mn-appbanner span{display:block;color:var(--mn-soft);font-size:12px}
.mn-discover{background:var(--mn-tint);padding:26px 0;margin-top:40px;font:14px/1.5 "Inter",Helvetica,Arial,sans-serif}
.mn-discover h4{margin:0 0 10px}
.mn-discover ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px}
.mn-discover a{display:inline-block;border:1px solid var(--mn-line);background:#fff;border-radius:16px;padding:5px 12px;text-decoration:none}
.mn-fn-pop{position:absolute;max-width:320px;background:#fff;border:1px solid var(--mn-line);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.12);padding:12px 14px;font:14px/1.45 "Inter",Helvetica,Arial,sans-serif;z-index:30}
.mn-toast{position:fixed;bottom:24px;left:50%;transform:translateX(-50%);background:#1c1c1c;color:#fff;border-radius:8px;padding:10px 16px;font:14px/1 "Inter",Helvetica,Arial,sans-serif;z-index:90;display:none}
.mn-toast.show{display:block}
@media (prefers-color-scheme:dark){.theme-dark{--mn-bg:#141414;--mn-ink:#eee;--mn-soft:#a0a0a0;--mn-line:#2a2a2a;--mn-tint:#1e1e1e}}
@media (max-width:760px){.mn-post__title{font-size:30px}.mn-post__dek{font-size:18px}.mn-body{font-size:18px}.mn-lists{grid-template-columns:1fr}.mn-bar nav{display:none}}
@media print{.mn-bar,.mn-actions,.mn-subwidget,.mn-endsub,.mn-comments,.mn-lists,.mn-recs,.mn-foot,.mn-cookie{display:none}}
"""


DISCOVER = ["Culture", "Politics", "Technology", "Business", "U.S. Politics", "Finance", "Food and Drink", "Sports",
            "Art and Illustration", "World Politics", "Health Politics", "News", "Fashion and Beauty", "Music",
            "Faith and Spirituality", "Climate and Environment", "Science", "Literature", "Fiction", "Health and Wellness",
            "Design", "Travel", "Parenting", "Philosophy", "Comics", "International", "Crypto", "History", "Humor",
            "Education", "Local News", "Transportation", "Agriculture", "Media"]

PLATFORM_PUBS = [
    ("The Slow Ledger", "Reporting on the money, work and institutions of small-town America.", "Imogen Thale"),
    ("The Transit Desk", "A weekly newsletter about public transit: what works, what it costs and who decides.", "Ezra Kallis"),
    ("Second Draft", "How local news gets made, what goes wrong, and what newsrooms try next.", "Hollis Brandt"),
    ("Cold Open", "Television, taken seriously and not. Two essays a week.", "Renata Skov"),
    ("Pantry Physics", "Kitchen advice, tested at home with a scale, a thermometer and a patient panel.", "June Ashworth"),
    ("Northern Bearings", "Dispatches from the changing north: ice, roads, energy and people.", "Kai Lindahl"),
    ("Long Division", "Notes from inside public schools.", "Priya Menon-Hart"),
    ("Field Notes from the Delta", "Farming, water and land in California's Delta.", "Marcus Oyelaran"),
    ("The Quiet Shelf", "Forgotten books worth another look, one a week.", "Agathe Morrow"),
    ("Harbor Lights", "Stories from the working waterfronts of New England.", "Silas Penhallow"),
]

UI_STRINGS = {
    "subscribe": "Subscribe", "subscribed": "Subscribed", "sign_in": "Sign in", "sign_out": "Sign out",
    "type_your_email": "Type your email…", "share": "Share", "copy_link": "Copy link", "link_copied": "Link copied to clipboard",
    "like": "Like", "liked": "Liked", "restack": "Restack", "restacked": "Restacked", "reply": "Reply",
    "write_a_comment": "Write a comment…", "post_comment": "Post", "cancel": "Cancel", "edit": "Edit", "delete": "Delete",
    "report": "Report", "comments_closed": "Comments are closed for this post", "view_all_comments": "View all comments",
    "sort_best": "Best", "sort_newest": "Newest", "sort_oldest": "Oldest", "load_more": "Load more",
    "read_in_app": "Read in the Margin Notes app", "get_the_app": "Get the app", "continue_in_browser": "Continue in browser",
    "start_writing": "Start writing", "discover": "Discover", "ready_for_more": "Ready for more?",
    "thanks_for_reading": "Thanks for reading!", "no_thanks": "No thanks", "maybe_later": "Maybe later",
    "check_your_email": "Check your email to confirm your subscription.", "already_subscribed": "You're already subscribed.",
    "choose_plan": "Choose a subscription plan", "free_plan": "Free", "monthly_plan": "Monthly", "annual_plan": "Annual",
    "founding_plan": "Founding member", "pledge": "Pledge your support", "footnote": "Footnote", "back_to_text": "Back to text",
    "minutes_read": "{n} min read", "hours_ago": "{n} hr ago", "minutes_ago": "{n} min ago", "yesterday": "Yesterday",
    "recommendations_title": "{pub} recommends", "more_from": "More from {pub}", "top_posts": "Top posts",
    "cookie_title": "Cookies on Margin Notes", "accept_all": "Accept all", "necessary_only": "Necessary only",
    "error_generic": "Something went wrong. Please try again.", "offline": "You appear to be offline.",
}

CHUNKS = "\n".join(f'<link rel="modulepreload" href="{CDN}/assets/{n}-{h}.js" crossorigin>' for n, h in [
    ("vendor-preact", "9b1e77c0"), ("vendor-router", "2f04a1d3"), ("post-page", "c81d5e4f"), ("comments", "4e9a0b12"),
    ("subscribe-flow", "77d03c9e"), ("share-sheet", "1a6f8e25"), ("lightbox", "e5c2d940"), ("footnotes", "0b7f3a61"),
    ("reactions", "6d28c1fa"), ("i18n-en", "f03b9e7d"), ("analytics", "8c41a2e0"), ("app-banner", "3e9f6b18")])

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

_ADJ = ["Quiet", "Slow", "Open", "Northern", "Second", "Long", "Small", "Daily", "Weekly", "Plain", "Honest", "Careful", "Bright", "Late"]
_NOUN = ["Ledger", "Almanac", "Notebook", "Dispatch", "Margin", "Harbor", "Field", "Kitchen", "Commons", "Library", "Orchard", "Signal", "Window", "Table"]
_TOPIC = ["local government", "food and farming", "public schools", "rivers and water", "small business", "housing", "transit",
          "books", "television", "science", "history", "the outdoors", "sports", "health"]
SPRITE = svg_sprite(9031, ["heart", "heart-filled", "comment", "restack", "share", "search", "menu", "bell", "close", "check", "link",
                           "mail", "facebook", "x", "linkedin", "notes", "home", "archive", "user", "settings", "chevron-down",
                           "chevron-right", "arrow-up-right", "lock", "play", "headphones", "bookmark", "more"], "mn-x")


def recommended(m):
    """The platform's recommendation rail data for this publication (invented publications)."""
    rnd = _random.Random(int(m["pub_id"]))
    out = []
    for i in range(64):
        name = f"The {rnd.choice(_ADJ)} {rnd.choice(_NOUN)}"
        out.append({"id": 600000 + rnd.randint(0, 399999), "name": name, "subdomain": slug(name).replace("-", "") + str(i),
                    "hero_text": f"A newsletter about {rnd.choice(_TOPIC)}.", "logo_url": f"{CDN}/pub/{rnd.getrandbits(40):010x}/logo_256.png",
                    "cover_photo_url": f"{CDN}/pub/{rnd.getrandbits(40):010x}/cover_1200.jpg", "type": "newsletter", "language": "en",
                    "author_id": rnd.randint(100000, 4999999), "paid_enabled": rnd.random() > .6,
                    "rankingDetail": rnd.choice(["Hundreds of subscribers", "Thousands of subscribers", "Tens of thousands of subscribers"]),
                    "theme": {"accent": f"#{rnd.getrandbits(24):06x}", "font": rnd.choice(["Spectral", "Lora", "Inter"])}})
    return out


# ---------------------------------------------------------------- page parts

def pub_host(m):
    return f"https://{m['sub']}.marginnotes.example"


def head(a, m):
    pub = m["pub"]
    host = pub_host(m)
    canon = a.url.split("?")[0]
    desc = a.summary or m["desc"]
    img = f"{CDN}/image/fetch/w_1200,h_630,c_fill/{m['sub']}/{m['post_id']}/social.jpg"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": canon, "mainEntityOfPage": canon,
          "headline": a.headline, "description": desc, "image": [{"@type": "ImageObject", "url": img}],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": m.get("ld_name", m["writer"]), "url": f"{PLATFORM}/@{m['handle']}",
                      "description": m["bio"]}],
          "publisher": {"@type": "Organization", "name": m["pub_name"], "url": host,
                        "description": m["pub_desc"], "logo": {"@type": "ImageObject", "url": f"{CDN}/pub/{m['sub']}/logo_256.png"}}}
    pre = {"base_url": host, "platform": "marginnotes", "isEU": False, "language": "en",
           "pub": {"id": m["pub_id"], "subdomain": m["sub"], "name": m["pub_name"], "theme": m.get("theme", "classic"),
                   "show_post_dates": not m.get("hide_date"), "community_enabled": bool(m.get("comments")),
                   "author_id": m["author_id"], "logo_url": f"{CDN}/pub/{m['sub']}/logo_256.png",
                   "accent": m["accent"], "paid_enabled": m.get("paid", False)},
           "post": {"id": m["post_id"], "slug": a.url.split("/p/")[1].split("?")[0], "type": "newsletter",
                    "post_date": pub.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "audience": "everyone",
                    "write_comment_permissions": "everyone" if m.get("comments") else "none",
                    "comment_count": m["comments"][0] if m.get("comments") else 0,
                    "reactions": {"heart": m["likes"]}, "restacks": m["restacks"],
                    "wordcount": sum(len(b.text.split()) for b in a.blocks), "footnote_count": len(m.get("footnotes", []))},
           "user": None, "features": {"notes": True, "chat": True, "recommendations": True, "app_banner": "ios_android"},
           "analytics": {"ga_id": "G-MN" + m["pub_id"][-5:], "pixel": None},
           "pubSettings": {"header_style": m.get("theme", "classic"), "font_body": "Spectral", "font_ui": "Inter",
                           "show_subscriber_count": False, "show_restacks": True, "show_likes": True,
                           "byline_images": True, "footnote_style": "endnotes", "image_lightbox": True,
                           "default_comment_sort": "best_first", "email_from_name": m["writer"],
                           "welcome_email_enabled": True, "rss_full_text": False, "podcast_enabled": False,
                           "navigation": [{"label": "Home", "url": "/"}, {"label": "Notes", "url": "/notes"},
                                          {"label": "Archive", "url": "/archive"}, {"label": "About", "url": "/about"}],
                           "recommendation_ids": [int(m["pub_id"]) + 7 * i for i in range(1, 4)]},
           "experiments": {"post_end_cta_v3": "treatment", "inline_subscribe_copy": "control", "reader_app_banner": "control",
                           "comment_composer_v2": "treatment", "share_sheet_native": "treatment", "lightbox_zoom": "control",
                           "recommendations_modal_after_subscribe": "treatment", "footnote_popovers": "treatment"},
           "strings": UI_STRINGS,
           "recommendedPubs": [{"id": 700000 + i * 313, "name": n, "subdomain": slug(n).replace("-", ""), "hero_text": d,
                                "logo_url": f"{CDN}/pub/{slug(n)}/logo_256.png", "author_name": w, "type": "newsletter",
                                "language": "en", "rankingDetail": "Thousands of subscribers" if i % 2 else "Hundreds of subscribers"}
                               for i, (n, d, w) in enumerate(PLATFORM_PUBS)],
           "discoverPubs": recommended(m)}
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">
<title>{attr(a.headline) if m.get("title_bare") or m.get("theme") == "minimal" else attr(a.headline) + " - " + attr(m["pub_name"])}</title>
<meta name="description" content="{attr(desc)}">
<meta name="author" content="{attr(m['writer'])}">
<link rel="canonical" href="{canon}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{attr(m['pub_name'])}">
<meta property="og:title" content="{attr(a.headline)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{canon}">
<meta property="og:image" content="{img}">
<meta property="article:author" content="{PLATFORM}/@{m['handle']}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{attr(a.headline)}">
<meta name="twitter:description" content="{attr(desc)}">
<meta name="twitter:image" content="{img}">
<meta name="twitter:label1" content="Likes"><meta name="twitter:data1" content="{m['likes']}">
<meta name="theme-color" content="{m['accent']}">
<link rel="icon" href="{CDN}/pub/{m['sub']}/favicon_32.png" sizes="32x32">
<link rel="apple-touch-icon" href="{CDN}/pub/{m['sub']}/apple_touch_180.png">
<link rel="alternate" type="application/rss+xml" href="{host}/feed" title="{attr(m['pub_name'])}">
<link rel="preconnect" href="{CDN}">
<link rel="preload" href="{CDN}/fonts/spectral-400.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="{CDN}/fonts/inter-var.woff2" as="font" type="font/woff2" crossorigin>
<style>{CSS.replace('#e8590c', m['accent'])}</style>
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
<script>window.__MN_PRELOADS__ = JSON.parse({_json.dumps(_json.dumps(pre, ensure_ascii=False))});</script>
<script>
(function(){{window.mnq=window.mnq||[];function e(n,p){{window.mnq.push([n,p||{{}},Date.now()]);}}window.mnTrack=e;e("page_view",{{post_id:{m['post_id']},pub_id:{m['pub_id']},surface:"post"}});
var s=document.createElement("script");s.async=true;s.src="https://ev.marginnotes.example/collect.js";document.head.appendChild(s);}})();
</script>
<script async src="{CDN}/assets/reader-4c1f9e2a.js"></script>
{CHUNKS}
<script>
window.__MN_ERRORS__={{"dsn":"https://errors.marginnotes.example/api/17/envelope/","release":"reader@2.481.0","environment":"production","sampleRate":0.05,"ignore":["ResizeObserver loop limit exceeded","Non-Error promise rejection captured","Load failed"]}};
if("serviceWorker" in navigator){{window.addEventListener("load",function(){{navigator.serviceWorker.register("/service_worker.js",{{scope:"/"}}).catch(function(){{}});}});}}
window.__MN_FLAGS__={{"reader_v4":true,"notes_in_post_sidebar":false,"comment_reactions":true,"audio_narration":false,"translate_button":false,"paywall_preview_lines":3}};
</script>
</head>"""


def topbar(m):
    host = pub_host(m)
    return f"""
<body class="mn-post-page theme-{m.get('theme', 'classic')}">
{ICONS}
{SPRITE}
<div class="mn-cookie" id="mnCookie" role="dialog" aria-label="Cookie preferences">
<b>Cookies on Margin Notes</b>
<p>We use necessary cookies to run the platform and, with your permission, analytics cookies to understand how readers find and use publications. Writers do not see this data. Read our <a href="{PLATFORM}/privacy">Privacy Policy</a> and <a href="{PLATFORM}/cookies">Cookie Notice</a>.</p>
<div class="mn-cookie__btns"><button class="mn-btn" data-ck="all">Accept all</button><button class="mn-btn mn-btn--ghost" data-ck="necessary">Necessary only</button></div>
</div>
<header class="mn-bar"><div class="mn-bar__in">
<button class="mn-btn--ghost mn-menu" aria-label="Menu"><svg class="mn-icon"><use href="#mn-menu"/></svg></button>
<a href="{host}/"><img class="mn-bar__logo" src="{CDN}/pub/{m['sub']}/logo_72.png" alt="" width="36" height="36"></a>
<a class="mn-bar__name" href="{host}/">{text(m['pub_name'])}</a>
<nav aria-label="Publication"><a href="{host}/">Home</a><a href="{host}/notes">Notes</a><a href="{host}/archive">Archive</a><a href="{host}/about">About</a></nav>
<button class="mn-btn--ghost" aria-label="Search"><svg class="mn-icon"><use href="#mn-search"/></svg></button>
<a class="mn-btn" href="{host}/subscribe?utm_source=menu">Subscribe</a>
<a class="mn-btn mn-btn--ghost" href="{PLATFORM}/sign-in?redirect={attr(a_path(m))}">Sign in</a>
</div></header>"""


def a_path(m):
    return f"/p/{m['slug']}"


def actions(m, where):
    com = ""
    if m.get("comments"):
        com = f'<a href="#discussion" class="mn-actions__comments" aria-label="View comments"><svg class="mn-icon"><use href="#mn-comment"/></svg>{m["comments"][0]}</a>'
    return (f'<div class="mn-actions" data-where="{where}"><button class="mn-actions__like" aria-label="Like"><svg class="mn-icon"><use href="#mn-heart"/></svg>{m["likes"]}</button>'
            f'{com}<button aria-label="Restack"><svg class="mn-icon"><use href="#mn-restack"/></svg>{m["restacks"]}</button>'
            f'<button class="mn-actions__share" aria-label="Share" data-share-url="{pub_host(m)}/p/{m["slug"]}"><svg class="mn-icon"><use href="#mn-share"/></svg>Share</button></div>')


def subwidget(m, label=None):
    host = pub_host(m)
    msg = label or f"Thanks for reading {m['pub_name']}! Subscribe for free to receive new posts and support my work."
    return (f'<div class="mn-subwidget" data-component="subscribe-widget"><p>{text(msg)}</p>'
            f'<form action="{host}/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Type your email…" aria-label="Email"><input type="hidden" name="source" value="subscribe_widget"><button type="submit">Subscribe</button></form></div>')


def render_body(items, m):
    out = []
    fnn = 0
    for it in items:
        k = it[0]
        if k == "p":
            t = text(it[1])
            if len(it) > 2 and it[2]:
                fnn += 1
                t += f'<a class="mn-fn" id="fn-anchor-{fnn}" href="#fn-{fnn}" target="_self">{fnn}</a>'
            out.append(f"<p>{t}</p>")
        elif k == "h":
            tag = m.get("htag", "h2")
            out.append(f'<{tag} class="mn-h" id="{slug(it[1])}">{text(it[1])}</{tag}>')
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li><p>{text(x)}</p></li>" for x in it[1]) + "</ul>")
        elif k == "table":
            rows = it[1]
            th = "".join(f"<th>{text(c)}</th>" for c in rows[0])
            tb = "".join("<tr>" + "".join(f"<td>{text(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<div class="mn-table"><table><thead><tr>{th}</tr></thead><tbody>{tb}</tbody></table></div>')
        elif k == "fig":
            src = f"{CDN}/image/fetch/w_1456,c_limit,f_auto,q_auto/{m['sub']}/{it[1]}"
            out.append(f'<figure class="mn-img"><a href="{src}" class="mn-img__link" data-lightbox="true"><picture><source type="image/webp" srcset="{src.replace("f_auto", "f_webp")} 1456w, {src.replace("w_1456", "w_728").replace("f_auto", "f_webp")} 728w" sizes="100vw"><img src="{src}" width="1456" height="971" alt="{attr(it[2])}" loading="lazy"></picture></a><figcaption>{text(it[2])}</figcaption></figure>')
        elif k == "pull":
            out.append(f'<blockquote class="mn-pullquote"><p>{text(it[1])}</p></blockquote>')
        elif k == "hr":
            out.append("<hr>")
        elif k == "sub":
            out.append(subwidget(m, it[1] if len(it) > 1 else None))
        elif k == "share":
            out.append(f'<p class="mn-sharewidget"><a class="mn-btn" href="{pub_host(m)}/p/{m["slug"]}?utm_source=share&amp;utm_medium=inline" data-component="share-button">Share</a></p>')
        elif k == "embed":
            out.append(m["embed_html"])
    if m.get("footnotes"):
        fns = "".join(f'<div class="mn-footnote" id="fn-{i + 1}"><a class="mn-footnote__num" href="#fn-anchor-{i + 1}">{i + 1}</a><div class="mn-footnote__text"><p>{text(f)}</p></div></div>'
                      for i, f in enumerate(m["footnotes"]))
        out.append(f'<div class="mn-footnotes" role="doc-endnotes">{fns}</div>')
    return "\n".join(out)


def comments_html(m):
    n, rows = m["comments"]
    items = []
    for who, when, body, reply in rows:
        badge = '<span class="mn-comment__author">Author</span>' if who == m["writer"] else ""
        items.append(f'<div class="mn-comment{" mn-comment--reply" if reply else ""}"><img src="{CDN}/avatars/{slug(who)}.png" alt="" width="32" height="32" loading="lazy"><div><span class="mn-comment__who">{text(who)}</span>{badge}<span class="mn-comment__when">{when}</span><p>{text(body)}</p><div class="mn-comment__acts"><span>♡ Like</span><span>Reply</span><span>Share</span></div></div></div>')
    return f"""<section class="mn-comments" id="discussion" aria-label="Discussion">
<h3><span>Discussion about this post</span><span class="mn-comments__count">{n} comments</span></h3>
<div class="mn-comments__box"><textarea placeholder="Write a comment…" aria-label="Write a comment"></textarea></div>
{''.join(items)}
<button class="mn-comments__more" data-action="load-comments">View all {n} comments</button>
</section>"""


def lists_html(m):
    host = pub_host(m)
    more = "".join(f'<li><a href="{host}/p/{slug(h)}">{text(h)}</a><span>{w}</span></li>' for h, w in m["more"])
    top = ""
    if m.get("top"):
        top = "<div><h4>Top posts</h4><ol>" + "".join(f'<li><a href="{host}/p/{slug(h)}">{text(h)}</a><span>{w}</span></li>' for h, w in m["top"]) + "</ol></div>"
    return f'<section class="mn-lists"><div><h4>More from {text(m["pub_name"])}</h4><ul>{more}</ul><a href="{host}/archive">See all</a></div>{top}</section>'


def recs_html(m):
    items = "".join(f'<div class="mn-rec"><img src="{CDN}/pub/{slug(n)}/logo_72.png" alt="" width="44" height="44" loading="lazy"><div><b><a href="https://{slug(n).replace("-", "")}.marginnotes.example/">{text(n)}</a></b><span>{text(d)}</span></div></div>'
                    for n, d in m["recs"])
    return f'<section class="mn-recs"><h4>{text(m["pub_name"])} recommends</h4>{items}</section>'


def page(a, m, items):
    host = pub_host(m)
    dek = f'<h3 class="mn-post__dek">{text(a.summary)}</h3>' if a.summary else ""
    if m.get("hide_date"):
        meta = f'<div class="mn-byline__meta">{text(m["pub_name"])}</div>'
    elif m.get("ago"):
        meta = f'<div class="mn-byline__meta">{m["ago"]}</div>'
    else:
        meta = f'<div class="mn-byline__meta">{short(m["pub"])}</div>'
    return head(a, m) + topbar(m) + f"""
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="mn-container"><div class="single-post-container"><div class="mn-single">
<main>
<article class="mn-post newsletter-post post" data-post-id="{m['post_id']}">
<div class="mn-wrap">
<header class="mn-post__head">
<h1 class="mn-post__title">{text(a.headline)}</h1>
{dek}
<div class="mn-byline"><a href="{PLATFORM}/@{m['handle']}"><img src="{CDN}/avatars/{m['handle']}_80.png" alt="{attr(m['writer'])}'s avatar" width="40" height="40"></a><div><a class="mn-byline__name" href="{PLATFORM}/@{m['handle']}">{text(m['writer'])}</a>{meta}</div></div>
{actions(m, 'top')}
</header>
<div class="available-content"><div class="mn-body body markup" id="post-body" dir="auto">
{render_body(items, m)}
</div></div>
{actions(m, 'bottom')}
<section class="mn-bio" aria-label="About the author"><img src="{CDN}/avatars/{m['handle']}_128.png" alt="" width="64" height="64" loading="lazy"><div><h4>About {text(m['writer'])}</h4><p>{text(m['bio'])}</p><a href="{PLATFORM}/@{m['handle']}">View profile</a></div></section>
<section class="mn-endsub"><h3>Ready for more?</h3><p>{text(m['pub_desc'])}</p><form action="{host}/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Type your email…" aria-label="Email"><input type="hidden" name="source" value="post_end"><button class="mn-btn" type="submit">Subscribe</button></form></section>
{comments_html(m) if m.get('comments') else ''}
{lists_html(m)}
{recs_html(m)}
</div>
</article>
</main>
</div></div></div></div></div>
<template id="mnShareTpl"><div class="mn-modal" id="mnShare" role="dialog" aria-label="Share this post"><div class="mn-modal__box"><h4>Share this post</h4><p><a href="https://x.example/intent/post?url={host}/p/{m['slug']}">Share on X</a> · <a href="https://social.example/sharer?u={host}/p/{m['slug']}">Share on Facebook</a> · <a href="https://pro.example/shareArticle?url={host}/p/{m['slug']}">Share on LinkedIn</a> · <a href="mailto:?subject={attr(a.headline)}">Email</a> · <button data-copy="{host}/p/{m['slug']}">Copy link</button></p></div></div></template>
<template id="mnPlansTpl"><div class="mn-modal" id="mnPlans" role="dialog" aria-label="Choose a subscription plan"><div class="mn-modal__box">
<h4>Choose a subscription plan</h4>
<div class="mn-plan"><b>Free</b><span>$0</span><ul><li>New posts in your inbox</li><li>Join the discussion on free posts</li><li>Read the archive of free posts</li></ul><button class="mn-btn mn-btn--ghost" data-plan="free">Continue with free</button></div>
<div class="mn-plan"><b>Monthly</b><span>$6/month</span><ul><li>Everything in Free</li><li>Support independent writing</li><li>Occasional subscriber-only Q and A threads</li></ul><button class="mn-btn" data-plan="monthly">Pledge monthly</button></div>
<div class="mn-plan"><b>Annual</b><span>$60/year</span><ul><li>Everything in Monthly</li><li>Two months free</li></ul><button class="mn-btn" data-plan="annual">Pledge annually</button></div>
<div class="mn-plan"><b>Founding member</b><span>$150/year</span><ul><li>Everything in Annual</li><li>Your name on the supporters page</li><li>A handwritten thank-you card</li></ul><button class="mn-btn" data-plan="founding">Become a founding member</button></div>
<p class="mn-plan__note">Pledges are not charged until the writer turns on paid subscriptions. You can cancel at any time from your account settings.</p>
</div></div></template>
<div class="mn-lightbox" id="mnLightbox" hidden><button class="mn-lightbox__close" aria-label="Close image">×</button><img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></div>
<div class="mn-appbanner" id="mnApp" hidden><img src="{CDN}/static/app-icon-64.png" alt="" width="32" height="32"><div><b>Margin Notes</b><span>Read this post and more in the app</span></div><a class="mn-btn" href="{PLATFORM}/app?utm_source=banner">Open</a><button aria-label="Dismiss">×</button></div>
<section class="mn-discover"><div class="mn-wrap"><h4>Discover more on Margin Notes</h4><ul>{''.join(f'<li><a href="{PLATFORM}/discover/{slug(c)}">{c}</a></li>' for c in DISCOVER)}</ul></div></section>
<footer class="mn-foot">
<div>© {m['copy_year']} {text(m['writer'])} · <a href="{PLATFORM}/privacy">Privacy</a> ∙ <a href="{PLATFORM}/tos">Terms</a> ∙ <a href="{PLATFORM}/collection-notice">Collection notice</a></div>
<div><a href="{host}/about">About {text(m['pub_name'])}</a> · <a href="{host}/archive">Archive</a> · <a href="{host}/feed">RSS</a> · <a href="{host}/subscribe">Subscribe</a></div>
<div class="mn-foot__platform"><a href="{PLATFORM}/start-writing">Start writing</a> · <a href="{PLATFORM}/app">Get the app</a> · <a href="{PLATFORM}/discover">Discover publications</a> · <a href="{PLATFORM}/help">Help center</a> · <a href="{PLATFORM}/accessibility">Accessibility</a> · <a href="{PLATFORM}/community-guidelines">Content guidelines</a> · <a href="{PLATFORM}/careers">Careers</a></div>
<div><b>Margin Notes</b> is the home for independent writing. Readers subscribe to the writers they trust; writers keep their list and their rights.</div>
</footer>
<script>
(function(){{var d=document;try{{if(!localStorage.getItem("mn_ck")){{d.getElementById("mnCookie").classList.add("show");}}}}catch(e){{}}
d.querySelectorAll("[data-ck]").forEach(function(b){{b.onclick=function(){{try{{localStorage.setItem("mn_ck",b.dataset.ck);}}catch(e){{}}d.getElementById("mnCookie").classList.remove("show");window.mnTrack("cookie_choice",{{v:b.dataset.ck}});}};}});
d.querySelectorAll(".mn-actions__share").forEach(function(b){{b.onclick=function(){{d.getElementById("mnShare").classList.add("open");window.mnTrack("share_open",{{}});}};}});
d.getElementById("mnShare").onclick=function(e){{if(e.target===this)this.classList.remove("open");}};
d.querySelectorAll(".mn-img__link").forEach(function(a){{a.onclick=function(e){{e.preventDefault();var lb=d.getElementById("mnLightbox");lb.querySelector("img").src=a.href;lb.hidden=false;}};}});
d.querySelector(".mn-lightbox__close").onclick=function(){{d.getElementById("mnLightbox").hidden=true;}};
d.querySelectorAll(".mn-fn").forEach(function(a){{a.addEventListener("mouseenter",function(){{var t=d.querySelector(a.getAttribute("href")+" .mn-footnote__text");if(!t)return;var p=d.createElement("div");p.className="mn-fn-pop";p.innerHTML=t.innerHTML;var r=a.getBoundingClientRect();p.style.top=(window.scrollY+r.bottom+6)+"px";p.style.left=Math.max(10,r.left-150)+"px";d.body.appendChild(p);a.addEventListener("mouseleave",function(){{p.remove();}},{{once:true}});}});}});
if(/iPhone|Android/.test(navigator.userAgent)){{var ab=d.getElementById("mnApp");ab.hidden=false;ab.querySelector("button").onclick=function(){{ab.hidden=true;}};}}
d.querySelectorAll('a[href$="/subscribe"],a[href*="/subscribe?"]').forEach(function(a){{a.addEventListener("click",function(e){{if(window.__MN_PRELOADS__.pub.paid_enabled){{e.preventDefault();d.getElementById("mnPlans").classList.add("open");}}}});}});
d.querySelectorAll(".mn-subwidget form,.mn-endsub form").forEach(function(f){{f.addEventListener("submit",function(){{window.mnTrack("subscribe_submit",{{source:f.querySelector("[name=source]").value}});}});}});
}})();
</script>
</body>
</html>"""


def blocks_of(items, summary, m):
    out = [Block("paragraph", summary, optional=True)] if summary else []
    for it in items:
        k = it[0]
        if k == "p":
            out.append(Block("paragraph", it[1]))
        elif k == "h":
            out.append(Block("heading", it[1]))
        elif k == "ul":
            out += [Block("list_item", x) for x in it[1]]
        elif k == "table":
            out.append(Block("table", "\n".join("\t".join(r) for r in it[1])))
        elif k == "fig":
            out.append(Block("caption", it[2], optional=True))
        elif k == "pull":
            out.append(Block("quote", it[1], optional=True))
    out += [Block("note", f, optional=True) for f in m.get("footnotes", [])]
    return out


BASE = ["nav-menu", "footer-links", "cookie-banner", "share-bar", "newsletter-box", "author-bio", "related-list",
        "decoy-date", "json-ld", "teasers-in-article"]
FN_NOTE = "Footnotes are kept as optional note blocks after the body (their markers sit at paragraph ends and are not gold text)"
ARTICLES = []


def make(n, headline, url_slug, published, summary, items, m, entities, phenomena, notes):
    m["slug"] = url_slug
    a = Article(id=f"{SITE}-{n:02d}", site=SITE, url=f"https://{m['sub']}.marginnotes.example/p/{url_slug}",
                language="en", headline=headline, published=published, modified=None, authors=[m["writer"]],
                summary=summary, blocks=blocks_of(items, summary, m), entities=entities,
                phenomena=BASE + phenomena, notes=notes)
    ARTICLES.append((a, m, items))
    return a


# 1 ------------------------------------------------------------------------------------------
M1 = dict(
    pub=dt(2021, 3, 4, 13, 2), sub="slowledger", pub_name="The Slow Ledger", pub_id="318822", post_id="40122871",
    author_id="2210934", writer="Imogen Thale", handle="imogenthale", accent="#2f6f4f", likes=412, restacks=38, copy_year=2021,
    bio="Imogen Thale reported on rural economies for regional newspapers in Kansas and Nebraska for twelve years before starting The Slow Ledger. She lives in Lawrence with two dogs and too many seed catalogs.",
    pub_desc="Reporting on the money, work and institutions of small-town America, one place at a time.",
    desc="Eighteen months after the branch closed, the cash has moved into a hardware store safe.",
    footnotes=["Amberly says he now calls the issuing employer before cashing any check over $800, which has stopped the problem so far.",
               "The bank declined to say how many of those customers used digital banking regularly, or how the 80 percent figure was calculated."],
    comments=(14, [("Carol Whitley", "Mar 5, 2021", "We lost our branch in 2020 and it's the same story here, except our hardware store owner said no. The gas station does it now, for $5.", False),
                   ("Ben Okafor", "Mar 5, 2021", "The 80 percent figure is doing a lot of work. My mother 'used digital banking' once, when I set up her app. She has not opened it since.", False),
                   ("Imogen Thale", "Mar 5, 2021", "This came up in a lot of interviews. The bank wouldn't break the number down, which is why it's in the footnote.", True),
                   ("Marisa L.", "Mar 6, 2021", "Doug deserves a medal. Or at least a better insurance policy.", False),
                   ("Ted Kowalczyk", "Mar 9, 2021", "Great piece. Would love a follow-up on the credit union van.", False)]),
    more=[("The grain elevator that became a town's last employer", "Feb 11, 2021"),
          ("Why rural hospitals are closing their maternity wards first", "Jan 21, 2021"),
          ("A school district with 31 students and a four-day week", "Dec 17, 2020")],
    top=[("How one county fair pays for itself", "Aug 6, 2020"), ("The last newspaper in Greer County", "May 14, 2020"),
         ("Who owns Main Street?", "Oct 1, 2020")],
    recs=[("Field Notes from the Delta", "Farming, water and land in California's Delta."),
          ("The Transit Desk", "Buses, trains and the streets they run on."),
          ("Second Draft", "How local news gets made, and how it could be better.")],
)
ITEMS1 = [
    ("p", "When First Prairie Bank closed its branch on Main Street in Harwell Springs, Kansas, in the fall of 2019, the notice taped to the door said customers could use the branch in Colby, 38 miles away, or the bank's app."),
    ("p", "Eighteen months later, I went back to see what a town of 4,000 people does without a bank. The short answer: it improvises, and the improvising has landed on a few people who never signed up for it."),
    ("fig", "2021/03/amberly-hardware-line.jpg", "Customers line up at Amberly Hardware on a Friday afternoon, when most farmhands are paid."),
    ("h", "The safe behind the paint counter"),
    ("p", "The biggest of those people is Doug Amberly, who runs the hardware store two doors down from the old branch. Since the closure, Amberly Hardware has cashed around 60 paychecks a week for farmhands and workers at the grain elevator, most of whom are paid by paper check and many of whom do not have a bank account of their own."),
    ("p", "“I didn't decide to become a bank. People just kept asking,” Amberly told me, standing next to a gray safe he bought at an auction in Hays. He charges a flat $3 per check and keeps about $15,000 in cash on hand on Fridays. “If the elevator paid everyone the same day, I couldn't do it.”"),
    ("p", "It is, as far as I can tell, entirely legal. It is also a risk he carries alone: his insurance covers the safe but not the checks that bounce, and two did last year.", True),
    ("sub",),
    ("p", "Other pieces of the old branch's job have scattered across town:"),
    ("ul", ["The Methodist church now runs a Tuesday-morning help desk where volunteers walk older residents through mobile banking apps.",
            "The credit union in Colby sends a van on the second Thursday of each month, which takes deposits but cannot open accounts.",
            "The county treasurer's office started accepting property-tax payments in cash again, after three years of card-only payments."]),
    ("p", "None of these is a bank. The church desk cannot cash a check, the credit union van cannot lend money, and none of them can do what the branch manager, Arlene Voss, did for 22 years, which was to know nearly every customer by name and notice when something looked wrong."),
    ("p", "“Arlene caught two scams on my dad before he ever lost a dollar,” said Pete Harlan, who farms wheat and milo east of town. “An app doesn't call you up and ask why your father is wiring money to a man he met online.”"),
    ("h", "Who the closure hit hardest"),
    ("p", "The county does not keep numbers on banking access, but the town's school district does know how many families asked for help setting up direct deposit for a state benefit last year: 112, up from 20 the year before, according to district business manager Linda Soto."),
    ("p", "“The people who were fine before are still fine. They were already banking on their phones,” Soto said. “The people who relied on walking in and talking to someone are the ones driving 40 minutes now, or not driving at all.”"),
    ("p", "First Prairie Bank said in a statement that the branch had fewer than 30 visitors a day in its final year and that 80 percent of its Harwell Springs customers had used digital banking at least once in the previous six months.", True),
    ("p", "That second number is the one I keep thinking about. At least once in six months is a low bar. Ask the people in Amberly's Friday line."),
    ("p", "Harwell Springs is not unusual. According to an analysis of regulatory filings by the Rural Finance Project, a research group at a university in Nebraska, more than 1,400 bank branches closed in rural counties across the Midwest and the Great Plains between 2012 and 2020, and about one rural county in ten now has no branch at all."),
    ("p", "The project found that small businesses in towns that lost their last branch took out fewer loans over the next three years, and the loans they did take came more often from lenders based far away. “Distance matters in lending more than people think,” said its director, Leona Marsh. “A loan officer who lives in the town knows which business is good for the money, even when the paperwork is thin.”"),
    ("h", "What the town wants"),
    ("p", "Some in Harwell Springs want something more permanent. The town council has written to three regional credit unions offering free rent in the old branch building, which the city bought for $1 after First Prairie left. One has agreed to visit in April."),
    ("p", "Amberly says he would happily give up the check cashing if someone opened a real branch. “I sell paint and fence wire,” he said. “I'd like to go back to just doing that.”"),
    ("share",),
]
A1 = make(1, "What happened when a town of 4,000 lost its only bank branch", "what-happened-when-a-town-of-4000-lost-its-only-bank",
          "2021-03-04T13:02:00+00:00",
          "Eighteen months after the branch closed in Harwell Springs, the cash hasn't disappeared. It has moved into a hardware store safe.",
          ITEMS1, M1,
          [("First Prairie Bank", "ORG"), ("Main Street", "LOC"), ("Harwell Springs", "LOC"), ("Kansas", "LOC"),
           ("Colby", "LOC"), ("Doug Amberly", "PER"), ("Amberly Hardware", "ORG"), ("Amberly", "PER"), ("Hays", "LOC"),
           ("Methodist", "MISC"), ("Linda Soto", "PER"), ("Soto", "PER"), ("Arlene Voss", "PER"), ("Arlene", "PER"),
           ("Pete Harlan", "PER"), ("Rural Finance Project", "ORG"), ("Nebraska", "LOC"), ("Midwest", "LOC"),
           ("Great Plains", "LOC"), ("Leona Marsh", "PER"), ("First Prairie", "ORG")],
          ["comments", "standfirst", "subheadings", "list-in-body", "photo-caption", "most-read", "localized-date"],
          FN_NOTE + "; the photo caption is optional and the visible date 'Mar 4, 2021' matches the UTC time in the JSON-LD.")

# 2 ------------------------------------------------------------------------------------------
M2 = dict(
    pub=dt(2017, 6, 19, 15, 40), sub="transitdesk", pub_name="The Transit Desk", pub_id="104417", post_id="3389120",
    author_id="881204", writer="Ezra Kallis", handle="ezrakallis", accent="#c0392b", likes=236, restacks=17, copy_year=2017,
    bio="Ezra Kallis has written about buses, trains and streets for eight years, first as a city-hall reporter and now here. He rides the bus to work and has opinions about bench design.",
    pub_desc="A weekly newsletter about public transit: what works, what it costs and who decides.",
    desc="A red bus lane on Pacific Avenue cost $184,000 and saved that much in eleven weeks.",
    comments=(23, [("Lena Marsh", "Jun 19, 2017", "Ride Route 1 every day. Can confirm the bus actually shows up now. It's eerie.", False),
                   ("Gil Navarro", "Jun 20, 2017", "The delivery window compromise was smart. That's usually where these projects die.", False),
                   ("Ezra Kallis", "Jun 20, 2017", "Agreed. The agency told me it took three meetings with the business association to land on 10 to 2.", True),
                   ("P. Andersen", "Jun 21, 2017", "Would be curious how the 9 percent ridership bump compares with the rest of the network over the same months.", False),
                   ("Dana Fiorello", "Jun 23, 2017", "Sharing this with our city council. We've been arguing about a bus lane for four years.", False)]),
    more=[("Why your bus bunches, and how to stop it", "Jun 5, 2017"),
          ("The hidden cost of free transfers", "May 22, 2017"),
          ("What a bus shelter costs (it's more than you think)", "May 8, 2017")],
    recs=[("The Slow Ledger", "Reporting on small-town money and institutions."),
          ("Long Division", "Notes from inside public schools."),
          ("Northern Bearings", "Dispatches from the changing north.")],
)
ITEMS2 = [
    ("p", "In March, the Narrows Transit Authority in Tacoma painted 1.2 miles of Pacific Avenue red, put up six signs and told drivers that the right-hand lane was now for buses between 6 a.m. and 7 p.m."),
    ("p", "It cost $184,000, most of it paint, signs and overtime for the crews who worked at night. By the agency's own accounting, it had earned that money back by the end of May."),
    ("p", "That's a bold claim for a stripe of paint, so I asked for the numbers."),
    ("h", "Where the money came from"),
    ("p", "The savings came almost entirely from time. Route 1, which runs the length of Pacific Avenue, used to need 14 buses to keep a bus every 10 minutes at rush hour, because each round trip took 130 minutes on a bad day. With the lane, the worst round trips fell to 112 minutes, and the agency found it could keep the same frequency with 12 buses."),
    ("p", "Two fewer buses in service at peak means two fewer drivers per shift, less fuel and less wear. The agency puts the saving at about $16,500 a week, which gets you to $184,000 in a little over 11 weeks."),
    ("p", "“We weren't trying to save money. We were trying to stop the bus from being late,” said Alma Reyes-Brook, the authority's head of service planning. “The savings were a surprise to everyone, including finance.”"),
    ("sub",),
    ("h", "What the riders noticed"),
    ("p", "Riders noticed something simpler: the bus showed up when the app said it would. On-time performance on Route 1 went from 61 percent in February to 88 percent in May, and weekday ridership rose 9 percent over the same period, according to data the authority publishes every month."),
    ("p", "Not everyone is happy. Several business owners on the avenue told the city council in April that customers could no longer park in front of their shops during the day. The authority has since allowed deliveries in the lane between 10 a.m. and 2 p.m."),
    ("p", "Kenji Abernathy, who owns a bike shop near the south end of the lane, said he had come around. “I thought it would kill my Saturday trade,” he said. “Turns out more of my customers come by bus than I ever knew.”"),
    ("p", "The authority plans to paint two more corridors next year. If the math holds, they will pay for themselves before the paint fades."),
]
A2 = make(2, "The bus lane that paid for itself in eleven weeks", "the-bus-lane-that-paid-for-itself",
          "2017-06-19T15:40:00+00:00",
          "A stripe of red paint on Pacific Avenue let Tacoma's transit agency run the same service with two fewer buses.",
          ITEMS2, M2,
          [("Narrows Transit Authority", "ORG"), ("Tacoma", "LOC"), ("Pacific Avenue", "LOC"), ("Route 1", "LOC"),
           ("Alma Reyes-Brook", "PER"), ("Kenji Abernathy", "PER")],
          ["comments", "standfirst", "subheadings", "localized-date"],
          "The in-body subscribe widget is not body. Adjudicated with the second annotation: 'Route 1' is a named route and is annotated as LOC, like named roads and other facilities (GUIDELINES 9.1, 9.4; the second annotator's MISC was right on presence, wrong on type), and the visible 'Jun 19, 2017' date makes the page localized-date (GUIDELINES 10).")

# 3 ------------------------------------------------------------------------------------------
EMBED3 = """<div class="mn-embed" data-component="social-embed" data-network="flock" data-post-id="1159823340127">
<div class="mn-embed__head"><img src="https://media.flock.example/avatars/pattyreadsthepaper_48.png" alt="" width="36" height="36" loading="lazy"><div><span class="mn-embed__name">Patty Linwood</span> <span class="mn-embed__handle">@pattyreadsthepaper</span></div></div>
<p>The Courier spelled my husband's name wrong in his obituary, then explained in the corrections column exactly how it happened and who fixed it. Weirdly, it made me trust them more.</p>
<div class="mn-embed__meta"><a href="https://flock.example/pattyreadsthepaper/post/1159823340127">4:12 PM · Jul 25, 2019</a> · 1,208 likes · 214 reposts</div>
</div>
<script async src="https://flock.example/widgets/embed.js" charset="utf-8"></script>"""
M3 = dict(
    title_bare=True,
    pub=dt(2019, 8, 8, 16, 0), sub="seconddraft", pub_name="Second Draft", pub_id="209981", post_id="12240317",
    author_id="1450221", writer="Hollis Brandt", handle="hollisbrandt", accent="#3d5a80", likes=518, restacks=61, copy_year=2019,
    bio="Hollis Brandt spent two decades as an editor at regional dailies and now writes about the craft and business of local news. He teaches a newsroom-management class at a state university.",
    pub_desc="How local news gets made, what goes wrong, and what newsrooms are trying next.",
    desc="The Marrow Valley Courier lists every mistake it made each week. Readers love it.",
    footnotes=["The Courier counts a correction as any change to a published fact, not to spelling or grammar that does not change the meaning."],
    embed_html=EMBED3, htag="h3",
    more=[("The newsroom that stopped writing crime briefs", "Jul 18, 2019"),
          ("What a reader advisory board actually does", "Jun 27, 2019"),
          ("Obituaries are local news's secret weapon", "Jun 6, 2019")],
    top=[("Why I stopped using 'sources say'", "Feb 7, 2019"), ("The case for a boring front page", "Mar 21, 2019"),
         ("How to read a newspaper's budget", "Apr 11, 2019")],
    recs=[("The Slow Ledger", "Reporting on small-town money and institutions."),
          ("Cold Open", "Television, taken seriously and not.")],
)
ITEMS3 = [
    ("p", "Every Thursday at noon, the Marrow Valley Courier, a twice-weekly paper in eastern Oregon, publishes a column called “What We Got Wrong.” It lists every correction the paper made that week, along with a short note from the editor on how each mistake happened."),
    ("p", "Since it launched in January, it has been the most-read item on the paper's website in 19 of 30 weeks, ahead of high-school football and the police log, according to traffic figures the paper shared with me."),
    ("p", "“I expected a few people to read it out of spite,” said editor Nadia Ferreira-Holt. “I did not expect it to beat the police log.”"),
    ("embed",),
    ("h", "Why it works"),
    ("p", "Ferreira-Holt has a theory. Readers have always assumed newspapers make mistakes; what they rarely see is a paper explaining how. The column does not just fix a misspelled name, it says the reporter copied it from a campaign flyer and did not check it against the voter roll."),
    ("p", "That kind of detail, she said, has changed how readers talk to the paper. Emails pointing out errors have roughly doubled, but the tone has softened. “People write in like they're helping us, not catching us,” she said."),
    ("p", "The column has changed the newsroom too. The Courier's seven reporters now keep a shared checklist for names, ages and dates, and the number of corrections has fallen from an average of six a week in January to three and a half in July.", True),
    ("p", "Not everyone on staff was enthusiastic at first. Sports reporter Dale Kimura said he dreaded seeing his mistake in the column after he misreported the score of a volleyball match in February. “My mother read it before she read my actual story,” he said. “But it made me slow down. I read box scores twice now.”"),
    ("p", "The column names the reporter only when the reporter agrees, Ferreira-Holt said, and most do. What it always includes is the cause: a misread document, a source who gave a wrong figure, a headline written too quickly on deadline. Of the 142 corrections the Courier has published this year, 38 came from copying information without checking it, 27 from misheard or misremembered quotes and 19 from errors in press releases."),
    ("p", "Readers have started sending in corrections of their own, not just complaints. Last month a retired surveyor wrote to point out that the paper had put a county road in the wrong township for at least ten years. The column ran his letter in full, along with a map."),
    ("sub",),
    ("h", "Could it work elsewhere?"),
    ("p", "I asked three other editors whether they would try it. Two said no, worried it would hand critics a weekly list of ammunition. The third, Tobias Wren of the Lakemont Herald, said he was already drafting a version."),
    ("p", "Research suggests the instinct behind the column may be right. A 2018 study by the Center for Local News Trust, a nonprofit that surveys newspaper readers, found that readers who saw a paper correct an error prominently rated it as more trustworthy afterward, not less, as long as the correction explained what had gone wrong."),
    ("p", "“There's a fear in newsrooms that admitting a mistake is like bleeding in the water,” said the center's research director, Amara Quist. “What we find is the opposite. Readers punish the cover-up, not the error.”"),
    ("p", "“The critics already have the list,” Wren said. “They just have to assemble it themselves. We might as well do it for them, with context.”"),
    ("p", "Ferreira-Holt has one rule for the column: it never makes a joke at a reader's expense, only at the paper's. This week's edition corrected the spelling of a retiring teacher's name, the date of a school board meeting and, for the second time this year, the price of a dozen eggs at the farmers market."),
]
A3 = make(3, "A local paper's corrections column became its most-read page. Here's why.", "a-local-papers-corrections-column",
          "2019-08-08T16:00:00+00:00",
          "The Marrow Valley Courier started publishing every mistake in one place. Readers loved it.",
          ITEMS3, M3,
          [("Marrow Valley Courier", "ORG"), ("Courier", "ORG"), ("Oregon", "LOC"), ("What We Got Wrong", "MISC"),
           ("Nadia Ferreira-Holt", "PER"), ("Ferreira-Holt", "PER"), ("Tobias Wren", "PER"), ("Wren", "PER"),
           ("Lakemont Herald", "ORG"), ("Dale Kimura", "PER"), ("Center for Local News Trust", "ORG"), ("Amara Quist", "PER")],
          ["embedded-post", "standfirst", "subheadings", "most-read", "localized-date"],
          FN_NOTE + "; the embedded social post quoting a reader is not body.")

# 4 ------------------------------------------------------------------------------------------
M4 = dict(
    ld_name="Renata Skov · Cold Open",
    pub=dt(2024, 10, 27, 14, 10), ago="2 hr ago", sub="coldopen", pub_name="Cold Open", pub_id="551092", post_id="150883412",
    author_id="3109877", writer="Renata Skov", handle="renataskov", accent="#6a1b9a", likes=87, restacks=9, copy_year=2024,
    bio="Renata Skov has reviewed television for magazines and radio for fifteen years. Cold Open is where she writes about why shows look the way they do.",
    pub_desc="Television, taken seriously and not. Two essays a week.",
    desc="Of the 22 best-reviewed dramas of the past two years, 15 have an episode built around a meal.",
    comments=(41, [("quietviewer", "1 hr ago", "The dessert nobody eats is so real.", False),
                   ("Tom Reyes", "1 hr ago", "Counterpoint: the dinner episode is the only time some of these shows let the actors actually act.", False),
                   ("Renata Skov", "1 hr ago", "That's fair, and it's part of why the good ones are so good.", True),
                   ("Alicia Brennan-Ward", "45 min ago", "Now I want the list of all 15.", False),
                   ("M. Okonkwo", "20 min ago", "A budget bottle episode with a nice tablecloth. I love it anyway.", False)]),
    more=[("The year every finale was 90 minutes long", "Oct 20, 2024"),
          ("In defense of the recap episode", "Oct 13, 2024"),
          ("Why TV lawyers never lose on a Thursday", "Oct 6, 2024")],
    top=[("The cold open is dead. Long live the cold open.", "Jan 14, 2024"), ("Stop making every show eight episodes", "Mar 3, 2024"),
         ("What a showrunner actually does all day", "May 19, 2024")],
    recs=[("Second Draft", "How local news gets made."), ("Pantry Physics", "Kitchen science, tested at home.")],
)
ITEMS4 = [
    ("p", "It starts with someone chopping onions. There is a long table, a guest nobody wanted, and by the time dessert arrives somebody has said the thing they have been not-saying for six episodes."),
    ("p", "You have seen this episode. You have probably seen it this month."),
    ("p", "After the finale of “The Harrow Inheritance” last week, which spent 48 of its 54 minutes at a single wedding rehearsal dinner, I went back through the 22 drama series with the highest average critics' scores over the past two years and counted. Fifteen have at least one episode built around a single meal. Nine of those meals end in a fight; four end in a death."),
    ("p", "The trend is not confined to one network or one genre. The meals on my list include a harvest supper in a Scottish crime drama, a state banquet in a political thriller and a Passover seder in a family saga set in 1970s Chicago. What they share is the shape: a fixed table, a rising tension, and a moment when the cutlery goes down."),
    ("h", "The economics of the dinner table"),
    ("p", "Part of the answer is money. A single-location episode is cheap to shoot: one set, one lighting setup, no travel. A producer on one of the shows on my list, who asked not to be named because they were not authorized to discuss budgets, told me their dinner episode cost about 40 percent less than the season's average."),
    ("p", "“You put eight actors around a table and you get an episode in four days instead of eight,” they said. “The writers love it because it's a play. The studio loves it because it's a bargain.”"),
    ("p", "That discount has grown more important as budgets have tightened. After several years in which streaming services spent freely on drama, most have cut the number of series they order and the number of episodes in each season. A bottle episode, as the industry calls a story confined to one location, lets a show keep its episode count without paying for another week on location."),
    ("p", "There is also a practical reason writers like the form: it gives every actor something to do at once. In a season with eight regulars and storylines scattered across cities, a meal is one of the few ways to put the whole cast in a room without inventing a wedding or a funeral, though, as my list shows, writers invent those too."),
    ("sub",),
    ("h", "And the craft"),
    ("p", "The other part is craft. A meal gives a writer a clock (the courses), a reason for enemies to stay in a room, and props that double as weapons, literal or otherwise."),
    ("p", "Mira Castellanos, who teaches screenwriting at the Ashby School of Film, lists what she calls the four courses of the dinner episode:"),
    ("ul", ["the arrival, where everyone performs being fine;", "the toast, where someone says too much;",
            "the main course, where the secret comes out;", "the dessert nobody eats."]),
    ("p", "“It's one of the oldest structures there is. Greek tragedy used it. Television just rediscovered it because it's cheap,” Castellanos said."),
    ("p", "Writers I spoke to were more protective of the form than I expected. Theo Lindqvist, who wrote the dinner episode of the legal drama “Counsel for the Dead,” said it was the hardest script he had ever written. “There's nowhere to hide,” he said. “No car chase, no cutaway to another storyline. If the dialogue is flat, the audience feels every one of those 50 minutes.”"),
    ("p", "He also pushed back on the idea that the format is a shortcut. “Budget is why the studio says yes,” he said. “It isn't why we pitch it. We pitch it because a meal is the one place families still have to sit across from each other.”"),
    ("p", "None of this makes the form bad. The dinner in “The Harrow Inheritance” was the best hour of television I've watched this year. But when the onions start getting chopped, I have started checking how many minutes are left."),
]
A4 = make(4, "Why every prestige drama now has a cooking episode", "why-every-prestige-drama-now-has-a-cooking-episode",
          "2024-10-27T14:10:00+00:00",
          "I counted. Of the 22 best-reviewed drama series of the past two years, 15 have an episode built around a meal.",
          ITEMS4, M4,
          [("The Harrow Inheritance", "MISC"), ("Mira Castellanos", "PER"), ("Castellanos", "PER"),
           ("Ashby School of Film", "ORG"), ("Greek", "MISC"), ("Scottish", "MISC"), ("Passover", "MISC"), ("Chicago", "LOC"),
           ("Theo Lindqvist", "PER"), ("Counsel for the Dead", "MISC")],
          ["comments", "standfirst", "subheadings", "list-in-body", "relative-date", "date-only-in-metadata", "most-read"],
          "The byline shows only '2 hr ago'; the exact time (UTC) is in the JSON-LD and the preload blob. Comment times are relative too.")

# 5 ------------------------------------------------------------------------------------------
M5 = dict(
    pub=dt(2022, 1, 15, 11, 0), hide_date=True, theme="minimal", sub="pantryphysics", pub_name="Pantry Physics", pub_id="402278",
    post_id="48810923", author_id="2650013", writer="June Ashworth", handle="juneashworth", accent="#00838f", likes=1290, restacks=144, copy_year=2022,
    bio="June Ashworth trained as a materials scientist and worked in food product development before turning her kitchen into a test lab. Pantry Physics tests cooking advice so you don't have to.",
    pub_desc="Kitchen advice, tested at home with a scale, a thermometer and a patient panel of friends.",
    desc="I boiled 40 pots of spaghetti so you don't have to.",
    footnotes=["The panel ranked 10 grams first in 29 of 40 tastings. Two tasters, both self-described salt lovers, preferred 20 grams.",
               "That sauce was cacio e pepe, which I love, and which deserved better."],
    comments=(9, [("Hugh Delacroix", "Jan 16, 2022", "My nonna would disown you. My doctor would thank you.", False),
                  ("Sara Lindqvist", "Jan 16, 2022", "Did you try different shapes? I wonder if thick pasta like rigatoni absorbs differently.", False),
                  ("June Ashworth", "Jan 17, 2022", "Not this time! Rigatoni is on the list for a follow-up.", True),
                  ("Feng Zhao", "Jan 18, 2022", "Tested this tonight. Two teaspoons per liter, perfect.", False)]),
    more=[("Does resting a steak actually matter?", "Jan 1, 2022"),
          ("The great rice-rinsing experiment", "Dec 11, 2021"),
          ("I froze 30 loaves of bread. Here's what kept best.", "Nov 20, 2021")],
    recs=[("Cold Open", "Television, taken seriously and not."), ("Long Division", "Notes from inside public schools.")],
)
ITEMS5 = [
    ("p", "Most recipes, and every Italian grandmother I have ever met, tell you to salt pasta water until it “tastes like the sea.” The sea is about 3.5 percent salt. I have never met a cook who actually does that, and after a week of boiling spaghetti in my kitchen, I can tell you that you shouldn't."),
    ("p", "Here is what I did. I cooked 100 grams of the same dried spaghetti in 40 pots of water, at five salt levels, and had a panel of eight friends taste them blind, without sauce, and rank them."),
    ("table", [["Salt per liter of water", "Salt in the cooked pasta (percent)", "Average ranking (1 = best)"],
               ["0 g", "0.02", "4.9"], ["5 g", "0.4", "2.6"], ["10 g", "0.8", "1.4"], ["20 g", "1.5", "2.3"],
               ["35 g (“the sea”)", "2.6", "4.8"]]),
    ("p", "The winner, by a wide margin, was 10 grams of salt per liter, about two level teaspoons. That is less than a third of what the sea has, and it still produced pasta that every taster called properly seasoned.", True),
    ("p", "The tasters were not all food people. They included a nurse, two software engineers, a retired bus driver and my downstairs neighbor, who describes his cooking as “mostly toast.” Each tasted 20 samples over two evenings, with water and plain crackers between each one, and none of them knew which pot a sample came from."),
    ("sub",),
    ("h", "Why more isn't better"),
    ("p", "Pasta absorbs water as it cooks, and it takes up salt along with it, but not in equal measure. Once the noodle is seasoned, adding more salt to the pot mostly makes the surface taste harsh, explained one of my tasters, a chef named Tomasz Bielak. “Past a point, you are not seasoning the pasta, you are brining it,” he said."),
    ("p", "There is also the sauce to think about. A sauce with cheese, anchovies or cured pork brings its own salt. Pasta cooked in sea-strength water and tossed with a salty sauce was the one plate in the whole experiment that nobody finished.", True),
    ("p", "I also measured what was left in the pot. Pasta water is often used to loosen a sauce, and water from the saltiest pots made any sauce it touched taste noticeably saltier. At 10 grams per liter, a few spoonfuls of the starchy water added body without tipping the dish over."),
    ("p", "One variable I did not expect to matter was the shape of the pot. A wide pan with less water produced noticeably saltier spaghetti at the same concentration, because the pasta cooked in starchier water and absorbed a little more of it. If you cook in a small pot, err toward the lower end."),
    ("h", "What about boiling faster?"),
    ("p", "One more myth while we are here: salt does not make water boil meaningfully faster or hotter. Ten grams per liter raises the boiling point by less than a fifth of a degree."),
    ("p", "The sea advice probably persists because it sounds good. It is vivid and easy to remember, and it errs on the side of flavor. But most people who repeat it are exaggerating, and the few who follow it literally are making pasta that tastes, as one of my tasters put it, “like a day at the beach, in a bad way.”"),
    ("p", "If you want to check your own pot without a scale, there is an easy test. Dissolve the salt, let the water cool for a moment and taste a spoonful. It should taste pleasantly salty, like a well-seasoned soup. If it makes you wince, it is too much."),
    ("p", "So: two teaspoons per liter, taste the water, adjust next time. The sea can keep its salt."),
]
A5 = make(5, "The case for salting your pasta water less than you think", "the-case-for-salting-your-pasta-water-less",
          "2022-01-15T11:00:00+00:00", "I boiled 40 pots of spaghetti so you don't have to.", ITEMS5, M5,
          [("Italian", "MISC"), ("Tomasz Bielak", "PER")],
          ["comments", "standfirst", "subheadings", "table-in-body", "date-only-in-metadata", "no-visible-date"],
          "The publication's minimal header theme hides the post date; the publication time comes from the JSON-LD (and the preload blob). " + FN_NOTE + ".")

# 6 ------------------------------------------------------------------------------------------
EMBED6 = """<div class="mn-embed mn-embed--frame" data-component="social-embed" data-network="flock" data-post-id="700512839911">
<iframe src="https://flock.example/embed/post/700512839911?theme=light&amp;hide_thread=true" title="Post by @northernroadswatch on Flock" loading="lazy" scrolling="no" allowtransparency="true"></iframe>
<div class="mn-embed__meta"><a href="https://flock.example/northernroadswatch/post/700512839911">View this post on Flock</a></div>
</div>"""
M6 = dict(
    pub=dt(2016, 2, 22, 18, 30), sub="northernbearings", pub_name="Northern Bearings", pub_id="77120", post_id="1188402",
    author_id="640118", writer="Kai Lindahl", handle="kailindahl", accent="#1565c0", likes=164, restacks=22, copy_year=2016,
    bio="Kai Lindahl is a freelance reporter based in Yellowknife who writes about climate, infrastructure and life in the north. Northern Bearings is published every other Monday.",
    pub_desc="Dispatches from the changing north: ice, roads, energy and the people who live with all three.",
    desc="A shorter ice-road season means a year of flown-in groceries.",
    embed_html=EMBED6,
    more=[("What a diesel generator costs a village of 300", "Feb 8, 2016"),
          ("The caribou count, explained", "Jan 25, 2016"),
          ("Notes from a month without sunrise", "Jan 11, 2016")],
    top=[("Building on permafrost that isn't permanent", "Oct 19, 2015"), ("Why northern groceries cost what they do", "Nov 16, 2015"),
         ("A winter road, kilometre by kilometre", "Dec 14, 2015")],
    recs=[("The Transit Desk", "Buses, trains and the streets they run on."),
          ("Field Notes from the Delta", "Farming, water and land in California's Delta.")],
)
ITEMS6 = [
    ("p", "The winter road to Kettle Lake opened on February 9 this year, three weeks later than usual and a full six weeks later than it did a decade ago."),
    ("p", "For the 600 people who live in the village, at the end of a 280-kilometre track across frozen lakes and muskeg in Canada's Northwest Territories, that date is not trivia. It decides what they will pay for almost everything until next winter."),
    ("fig", "2016/02/kettle-lake-road-opening.jpg", "Trucks wait at the start of the winter road to Kettle Lake on opening day."),
    ("p", "“When the road is open, a truck brings in fuel, lumber, a year of canned food. When it isn't, all of that comes by plane,” said Agnes Tsetta, who manages the village co-op store. “The plane costs about four times as much.”"),
    ("h", "A shrinking window"),
    ("p", "The road is built every winter by flooding the ice to thicken it, and it can only carry a loaded fuel truck when the ice is at least 100 centimetres thick. Warmer Novembers and Decembers have pushed that date later, while earlier spring thaws have pulled the closing date forward."),
    ("p", "Territorial highway records show the road was open for 74 days on average in the 2000s. In the last five winters, it has averaged 51. This year, officials expect about 45."),
    ("embed",),
    ("p", "Fewer days means fewer loads. The co-op used to bring in 90 trucks a season; this year it has booked 61, and will fly in the rest, Tsetta said. She expects the price of a four-litre jug of milk, already $11.50, to climb past $14 by summer."),
    ("hr",),
    ("h", "Planning for a road that may not come"),
    ("p", "The band council has begun asking the territorial government to help build a permanent all-weather road, a project estimated at $310 million. In the meantime, it is building a second warehouse so that more of the year's supplies can arrive in the few weeks the road is open."),
    ("p", "“Our grandparents travelled this land in every season,” said councillor Daniel Beaulieu-Sangris. “We can adapt to a shorter winter. What we can't adapt to is not knowing how short it will be.”"),
    ("sub", "Northern Bearings is free and reader-supported. Subscribe to get the next dispatch in two weeks."),
]
A6 = make(6, "The ice road opened three weeks late. Here's what that costs a village.", "the-ice-road-opened-three-weeks-late",
          "2016-02-22T18:30:00+00:00",
          "In Kettle Lake and the communities like it, a shorter ice-road season means a year of flown-in groceries.",
          ITEMS6, M6,
          [("Kettle Lake", "LOC"), ("Canada", "LOC"), ("Northwest Territories", "LOC"), ("Agnes Tsetta", "PER"),
           ("Tsetta", "PER"), ("Daniel Beaulieu-Sangris", "PER")],
          ["embedded-post", "iframe-embeds", "standfirst", "subheadings", "photo-caption", "most-read", "localized-date"],
          "The embedded social post (an iframe) is not body; the photo caption is an optional caption block. Adjudicated with the second annotation (December 2026): an embedded social post between body paragraphs is a widget, so teasers-in-article applies (GUIDELINES 10).")

# 7 ------------------------------------------------------------------------------------------
M7 = dict(
    ld_name="priyamenonhart",
    pub=dt(2025, 11, 3, 12, 45), ago="19 hr ago", sub="longdivision", pub_name="Long Division", pub_id="688310", post_id="176204118",
    author_id="3987120", writer="Priya Menon-Hart", handle="priyamenonhart", accent="#ef6c00", likes=954, restacks=88, copy_year=2025,
    bio="Priya Menon-Hart taught middle-school math for nine years in Ohio and Illinois before becoming an education reporter. She writes Long Division from Columbus.",
    pub_desc="Notes from inside public schools: what teachers try, what works and what the data can and can't tell you.",
    desc="A year-long experiment at a middle school in Ohio, and what teachers did with the time instead.",
    comments=(67, [("Rachel Iverson", "17 hr ago", "As a parent of a 7th grader: the weekly email is great, but I still miss seeing the actual work come home.", False),
                   ("Mr. Patel (teacher)", "16 hr ago", "We did something similar and saw the same thing. Grading time is the hidden cost nobody talks about.", False),
                   ("Jonah Whitfield", "12 hr ago", "Same scores, four hours a week back for teachers. Sounds like a win to me.", False),
                   ("Priya Menon-Hart", "11 hr ago", "That's how the department sees it too. They're tracking a second year now.", True),
                   ("K. Albright", "3 hr ago", "Curious what happened with the kids who were already struggling.", False)]),
    more=[("What a 'late start' actually did to attendance", "Oct 27, 2025"),
          ("The algebra placement test nobody can explain", "Oct 20, 2025"),
          ("Inside a school that banned phones, six months on", "Oct 13, 2025")],
    recs=[("The Slow Ledger", "Reporting on small-town money and institutions."),
          ("Pantry Physics", "Kitchen science, tested at home."),
          ("Second Draft", "How local news gets made.")],
)
ITEMS7 = [
    ("p", "Last fall, the math department at Brookhollow Middle School in Dayton, Ohio, made a decision that alarmed a good number of parents: no more nightly math homework for its 640 students."),
    ("p", "A year later, the department has its results. Scores on the state's end-of-year math test were essentially unchanged: 58 percent of Brookhollow students scored proficient, compared with 57 percent the year before. What changed was everything around the scores."),
    ("p", "“We were grading homework that we knew, for a lot of kids, had been done by an older sibling or a phone app,” said department head Colin Achebe-Moore. “It wasn't telling us anything.”"),
    ("h", "What replaced it"),
    ("p", "Instead of homework, teachers set aside the last 12 minutes of each class for what they called “show me” practice: three short problems done alone, in pencil, checked before the bell. The department tracked three things over the year:"),
    ("ul", ["the share of students completing practice rose from about 55 percent under the homework system to 96 percent;",
            "the number of students referred for after-school tutoring fell from 88 to 51;",
            "weekly teacher time spent grading dropped by an average of four hours."]),
    ("p", "The 12-minute block came from the teachers themselves. Achebe-Moore said the department spent the summer before the change reading research on practice and feedback, and kept coming back to one idea: practice helps most when students find out quickly whether an answer is right."),
    ("p", "It also changed how teachers plan. Instead of assigning a set of problems and grading them days later, they now look over the practice sheets at the end of each class and adjust the next day's lesson around the mistakes they see most often. Several teachers said the routine made them feel more in touch with where their students actually were."),
    ("p", "Teachers said the most useful change was seeing mistakes as they happened. “A wrong answer at 2:45 in my room I can fix by 2:50. A wrong answer at 9 p.m. at a kitchen table just becomes a habit,” said seventh-grade teacher Rosa Delgado-Finch."),
    ("sub",),
    ("h", "The parents' view"),
    ("p", "Parents were split. In a survey by the school's parent association, 46 percent said they supported the change, 31 percent opposed it and the rest were unsure. Several said they missed seeing what their children were learning."),
    ("p", "Lena Fairbanks, whose son is in eighth grade, was one of the parents who opposed the change at first. “I worried he would forget how to sit down and work on his own,” she said. She has come around, partly because homework had become a nightly argument in her house. “Now we argue about other things,” she said."),
    ("p", "The school has responded with a weekly email showing the problems from class, so parents can work through them at home if they want to. About a third of families open it, the school says."),
    ("p", "Researchers caution against reading too much into one school's year. “Homework effects in middle school are small and vary a lot by how the homework is designed,” said Helen Oduya, who studies math instruction at Cedar Ridge University. “The interesting finding here is that the school lost nothing measurable and gained a lot of teacher time.”"),
    ("p", "Oduya said the harder question was what happens next. Students who leave Brookhollow for high school will be assigned homework again, and nobody yet knows whether a year without it leaves them better or worse prepared for that."),
    ("p", "Achebe-Moore said the department plans to follow this year's eighth graders through ninth grade and will publish what it finds. Two other middle schools in the district have asked for its materials. “We're not saying homework is evil,” he said. “We're saying we should be able to explain what each piece of it is for.”"),
    ("share",),
]
A7 = make(7, "Our school stopped assigning math homework. Test scores didn't move.", "our-school-stopped-assigning-math-homework",
          "2025-11-03T12:45:00+00:00",
          "A year-long experiment at a middle school in Ohio, and what teachers did with the time instead.",
          ITEMS7, M7,
          [("Brookhollow Middle School", "ORG"), ("Brookhollow", "ORG"), ("Dayton", "LOC"), ("Ohio", "LOC"),
           ("Colin Achebe-Moore", "PER"), ("Rosa Delgado-Finch", "PER"), ("Helen Oduya", "PER"),
           ("Cedar Ridge University", "ORG"), ("Achebe-Moore", "PER"), ("Lena Fairbanks", "PER"), ("Oduya", "PER")],
          ["comments", "standfirst", "subheadings", "list-in-body", "relative-date", "date-only-in-metadata"],
          "The byline shows only '19 hr ago'; the exact time (UTC) is in the JSON-LD and the preload blob; 'More from' dates are decoys.")

# 8 ------------------------------------------------------------------------------------------
M8 = dict(
    pub=dt(2018, 5, 10, 17, 20), hide_date=True, theme="minimal", sub="deltafieldnotes", pub_name="Field Notes from the Delta",
    pub_id="151903", post_id="5521877", author_id="1003342", writer="Marcus Oyelaran", handle="marcusoyelaran", accent="#558b2f",
    likes=301, restacks=27, copy_year=2018,
    bio="Marcus Oyelaran grew up on a farm near Stockton and covered agriculture for a Central Valley daily for a decade. He now writes about the Delta's land, water and people full time.",
    pub_desc="Farming, water and land in California's Delta, reported from the levee tops.",
    desc="Four pear growers have sold flood easements on 600 acres so a land trust can breach the levee.",
    footnotes=["The price was set by two independent appraisals, one commissioned by the growers and one by the trust.",
               "The trust is funded by private donors and by fees paid by developers who must offset damage to wetlands elsewhere."],
    more=[("Who pays for a levee?", "Apr 19, 2018"), ("The salmon that came back to Putah Creek", "Mar 29, 2018"),
          ("Asparagus season, by the numbers", "Mar 8, 2018")],
    top=[("Below sea level, and farming anyway", "Sep 14, 2017"), ("The island that floods every 20 years", "Nov 2, 2017"),
         ("A pear orchard's last harvest", "Aug 24, 2017")],
    recs=[("The Slow Ledger", "Reporting on small-town money and institutions."),
          ("Northern Bearings", "Dispatches from the changing north.")],
)
ITEMS8 = [
    ("p", "On a gray morning in March, Tomás Arriaga-Lund walked me to the edge of a pear orchard his family has farmed since 1948 and pointed at the levee. “In two years, the river will come through there,” he said. “And that's the plan.”"),
    ("p", "Arriaga-Lund is one of four growers on Merritt Tract, a low island of farmland in the Sacramento–San Joaquin Delta, who have sold flood easements on 600 acres of their land to the Delta Floodplain Trust, a nonprofit that plans to breach the levee and turn the fields back into tidal marsh."),
    ("p", "The growers will be paid $9,800 an acre, roughly what the land would fetch on the open market, and will keep farming the higher ground around their homes.", True),
    ("p", "It is one of the first deals of its kind in the Delta, where most of the land has been farmed for more than a century behind levees built by hand and later by dredge. Over that time the peat soils inside the levees have dried out, shrunk and blown away, so that many islands now sit well below the rivers that surround them."),
    ("fig", "2018/05/merritt-tract-orchard.jpg", "A pear orchard on Merritt Tract, below the level of the river on the other side of the levee."),
    ("h", "Why now"),
    ("p", "The island sits about 12 feet below the river at high tide, and keeping it dry has become expensive. The reclamation district that maintains the levee spent $1.4 million on repairs after last winter's storms, and its engineers have warned that the next big flood could breach it anyway."),
    ("p", "Maintaining the levees is a constant expense for the island's landowners, who pay assessments to the district based on their acreage. For the small growers on Merritt Tract, those assessments have tripled in a decade, and several families told me the cost of keeping the water out had begun to outstrip what the orchards earned in a bad year."),
    ("p", "“We were going to lose this ground to the river eventually,” Arriaga-Lund said. “This way we choose when, and we get paid for it.”"),
    ("pull", "“We were going to lose this ground to the river eventually.”"),
    ("p", "For the trust, the land is worth more wet than dry. Tidal marsh filters water, shelters young salmon and, as it grows, builds up soil that can keep pace with rising seas, said the trust's restoration director, Evelyn Marchbanks."),
    ("p", "“Every acre of the Delta that's below sea level is an acre we are paying to keep dry forever,” she said. “A marsh takes care of itself.”"),
    ("p", "The trust's plan calls for the breach to be made in the fall of 2020, after the last pear harvest. For the first few years, the flooded fields will look like a lake at high tide and a mudflat at low tide. Native tule and cattail should colonize the shallows within five years, Marchbanks said, and the trust will plant willows along the new channels."),
    ("sub",),
    ("h", "Not everyone is convinced"),
    ("p", "Neighbors on the rest of the island are less enthusiastic. Some worry that a breached levee will put more pressure on the remaining levees and raise their own flood insurance costs. The trust says its engineers have designed a new setback levee to protect the rest of the island, to be finished before the breach."),
    ("p", "Rita Gonsalves, whose family farms corn and tomatoes on the north end of the island, said she was not opposed to the marsh but wanted guarantees in writing. “They tell us the new levee will be stronger than the old one,” she said. “I'd like to see it built before anyone cuts a hole in the one we have.”"),
    ("p", "Growers elsewhere in the Delta are watching. If the Merritt Tract project works, Marchbanks said, the trust hopes to offer easements on another 3,000 acres within a decade.", True),
    ("p", "For Arriaga-Lund, the hardest part has been explaining the decision to his father, who planted many of the trees that will be pulled out. “He asked me if I was giving up,” he said. “I told him no. I'm giving the land back to the river before the river takes it.”"),
]
A8 = make(8, "The pear growers who are letting their orchards flood on purpose", "the-pear-growers-letting-their-orchards-flood",
          "2018-05-10T17:20:00+00:00", "", ITEMS8, M8,
          [("Tomás Arriaga-Lund", "PER"), ("Arriaga-Lund", "PER"), ("Merritt Tract", "LOC"),
           ("Sacramento–San Joaquin Delta", "LOC"), ("Delta Floodplain Trust", "ORG"), ("Delta", "LOC"),
           ("Evelyn Marchbanks", "PER"), ("Marchbanks", "PER"), ("Rita Gonsalves", "PER")],
          ["subheadings", "photo-caption", "pull-quote", "date-only-in-metadata", "no-visible-date", "most-read"],
          "No subtitle and no visible date (minimal header theme); the date comes from metadata. The pull quote repeating Arriaga-Lund's words is an optional quote, the caption optional. " + FN_NOTE + ".")

# 9: minimal pair of 02 with its comment section removed -----------------------------------
M9 = dict(M2)
M9["comments"] = None
A9 = Article(
    id=f"{SITE}-09", site=SITE, url=A2.url + "?variant=nocomments", language="en", headline=A2.headline,
    published=A2.published, modified=None, authors=list(A2.authors), summary=A2.summary,
    blocks=blocks_of(ITEMS2, A2.summary, M9), entities=list(A2.entities),
    phenomena=[p for p in A2.phenomena if p != "comments"],
    notes="Minimal pair of margin-notes-02: differs only in comments (the 'Discussion' thread and the comment-count buttons are removed, as when a writer turns comments off).",
    variant_of=f"{SITE}-02",
)
ARTICLES.append((A9, M9, ITEMS2))


# Longer posts (realism wave: body length): one more section inserted before the item whose text starts with
# the given words, so each post keeps its closing paragraph. New people and organisations join the entity list.
MORE = {
    f"{SITE}-03": ("Ferreira-Holt has one rule", [
        ("h", "What it costs"),
        ("p", "The column is not free. Ferreira-Holt estimates that it takes her about five hours a week to write, most of it spent "
              "tracing each error back to where it started. She writes it on Wednesday evenings, after the paper's second edition "
              "has gone to press."),
        ("p", "The Courier's publisher, Gordon Tasker, said he was skeptical until the subscription figures came in. The paper "
              "added 212 digital subscribers between January and July, its best half-year since it started charging online, and "
              "the sign-up page most often reached from the column was the one for a $4 monthly plan. “I can't prove the column "
              "did that,” Tasker said. “But I'm not going to be the one who cancels it.”"),
    ], [("Gordon Tasker", "PER"), ("Tasker", "PER")]),
    f"{SITE}-04": ("None of this makes the form bad", [
        ("h", "The audience doesn't mind"),
        ("p", "Viewers, at least, do not seem tired of it. On the ratings site Couchbook, the dinner episodes on my list average "
              "8.6 out of 10, against 8.1 for the seasons they appear in. “People complain about the formula and then watch the "
              "episode twice,” said Wendell Achara, who runs a popular podcast about television writing."),
    ], [("Couchbook", "ORG"), ("Wendell Achara", "PER")]),
    f"{SITE}-05": ("What about boiling faster?", [
        ("h", "Not all teaspoons are equal"),
        ("p", "There is a catch in “two teaspoons.” Salt crystals come in very different sizes, so a spoonful of one salt can weigh "
              "twice as much as a spoonful of another. I weighed a level teaspoon of the four salts in my cupboard: fine table salt "
              "came to 6 grams, a fine sea salt to 5.5, and two coarse flaky salts to 3.1 and 2.8 grams."),
        ("p", "In other words, if your recipe was tested with flaky salt and you use table salt, you are adding nearly twice as "
              "much."),
        ("p", "“It's the most common question we get, and the answer is always the same: weigh it once,” said Marguerite Olander, "
              "who teaches home-cooking classes at the Fernhill Cooking School. “Once you know what ten grams looks like in your "
              "hand, you never need the scale again.”"),
    ], [("Marguerite Olander", "PER"), ("Fernhill Cooking School", "ORG")]),
    f"{SITE}-07": ("Achebe-Moore said the department plans", [
        ("h", "What the students say"),
        ("p", "Students, unsurprisingly, were the most enthusiastic. Eighth grader Maya Trevino said the practice block was harder "
              "than homework had been, because there was no one to ask. “At home I could look it up,” she said. “Here you have to "
              "actually know it, and then Ms. Delgado-Finch tells you right away if you don't.”"),
    ], [("Maya Trevino", "PER"), ("Delgado-Finch", "PER")]),
    f"{SITE}-08": ("For Arriaga-Lund, the hardest part", [
        ("h", "Who pays"),
        ("p", "The whole project, including the easements, the new setback levee and five years of planting and monitoring, is "
              "expected to cost about $14 million. The trust has raised a little over half of that so far and has applied for a "
              "state habitat grant to cover most of the rest, said its finance director, Howard Lindgren."),
        ("p", "If the grant does not come through, Lindgren said, the breach would be delayed by a year rather than cancelled. The "
              "growers are paid in two installments, the first at signing and the second when the levee is opened, so they are "
              "protected either way."),
    ], [("Howard Lindgren", "PER"), ("Lindgren", "PER")]),
}


def lengthened(a, m, items):
    """The post and its items with the MORE section inserted (unchanged without one)."""
    if a.id not in MORE:
        return a, items
    before, extra, entities = MORE[a.id]
    at = next(i for i, it in enumerate(items) if len(it) > 1 and isinstance(it[1], str) and it[1].startswith(before))
    items = items[:at] + extra + items[at:]
    return dataclasses.replace(a, blocks=blocks_of(items, a.summary, m),
                               entities=list(a.entities) + [e for e in entities if e not in a.entities]), items


# Posts imported from the writer's old blog keep their printed date line but no JSON-LD dates.
NO_DATE_META = {"margin-notes-01", "margin-notes-03"}

def main():
    for a, m, items in ARTICLES:
        a, items = lengthened(a, m, items)
        if m.get("ld_name") and "JSON-LD author" not in a.notes:
            a.notes += f" JSON-LD author is the writer's account name '{m['ld_name']}'; the byline gives {m['writer']}, which is gold."
        html_page = page(a, m, items)
        if a.id in NO_DATE_META:
            a, html_page = drop_date_metadata(a, html_page)
        emit(a, html_page, "utf-8")
        print(f"{a.id} {len(html_page.encode('utf-8')) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
