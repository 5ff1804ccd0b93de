"""The tripwire baselines do exactly what a new user's first rule does, on pages written for the purpose."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.registry import create

HTML = """<!doctype html><html><head><title>Quay reopens | Harbour Post</title>
<meta property="og:title" content="Quay reopens after repairs">
<meta property="article:published_time" content="2022-03-04T08:00:00+01:00">
<meta name="author" content="Harbour Post Desk">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quay reopens",
 "datePublished": "2022-03-03", "author": {"@type": "Person", "name": "Ines Faro"}}</script></head>
<body><header><h1 class="logo">Harbour Post</h1></header>
<article class="teaser"><p>Teaser: Ferry fares rise.</p></article>
<main><h2>Quay reopens</h2><div class="story">
<p>The north quay of Larsholm reopened on Friday after nine weeks of repairs.</p>
<p>Fishing boats returned at dawn, the harbour office said.</p>
<p>Repairs cost 2.1 million crowns.</p></div>
<aside><p>Most read: Storm warning.</p><p>Sign up for our letter.</p></aside></main>
<script>document.write("<p>not text</p>")</script></body></html>"""
PAGE = Page("t-01", "https://harbour.example/quay", "en", "t", "test", HTML.encode(), HTML, "UTF-8", "0" * 64)


def test_naive_article_takes_the_first_h1_and_the_paragraphs_of_the_first_article() -> None:
    prediction = create("naive-article").extract(PAGE)
    assert prediction.headline == "Harbour Post"  # the logo: the first <h1> is not the headline here
    assert prediction.body == "Teaser: Ferry fares rise."  # the first <article> is a teaser card


def test_naive_article_without_h1_or_article_finds_nothing() -> None:
    bare = "<html><body><h2>Title</h2><p>Text.</p></body></html>"
    prediction = create("naive-article").extract(Page("b", "", "en", "t", "test", bare.encode(), bare, "UTF-8", "1" * 64))
    assert (prediction.headline, prediction.body) == ("", "")


def test_largest_p_block_takes_the_container_with_the_most_paragraph_text() -> None:
    prediction = create("largest-p-block").extract(PAGE)
    assert prediction.blocks == ("The north quay of Larsholm reopened on Friday after nine weeks of repairs.",
                                 "Fishing boats returned at dawn, the harbour office said.",
                                 "Repairs cost 2.1 million crowns.")


def test_og_meta_reads_open_graph_and_the_author_meta_only() -> None:
    prediction = create("og-meta").extract(PAGE)
    assert (prediction.headline, prediction.published, prediction.authors) == (
        "Quay reopens after repairs", "2022-03-04T08:00:00+01:00", ("Harbour Post Desk",))
    assert create("metadata").extract(PAGE).published == "2022-03-03"  # the metadata baseline prefers JSON-LD
