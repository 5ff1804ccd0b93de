"""The corpus profile: page features on tiny hand-written pages, the per-corpus frame and the comparison."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import newsbench.corpus.profile
import newsbench.corpus.realism
from newsbench.corpus.profile import FEATURES, in_split, of_page_type, of_site, page_features, profile_corpus
from newsbench.corpus.realism import compare, to_json
from newsbench.report.profile import profile_markdown

BODY = ["Tram line four will run again from Monday, the city said.", "Repairs took nine weeks."]


def gold(**changes: Any) -> dict[str, Any]:
    """Gold for the tram pages below, with fields replaced by `changes`."""
    data: dict[str, Any] = {
        "headline": "Tram line four reopens", "published": "2022-03-07T08:15:00+01:00", "modified": None,
        "authors": ["Ilse Varga"], "body": "\n\n".join(BODY),
        "blocks": [{"kind": "paragraph", "text": t, "optional": False} for t in BODY],
    }
    data.update(changes)
    return data


def page(head: str = "", body: str = "") -> str:
    """A small page: `head` markup inside <head>, `body` markup inside <body>."""
    return f"<!doctype html><html><head><title>Tram line four reopens | Lindau Post</title>{head}</head><body>{body}</body></html>"


ARTICLE = "<h1>Tram line four reopens</h1>" + "".join(f"<p>{t}</p>" for t in BODY)
URL = "https://lindaupost.example/city/tram-line-four"


def features(head: str = "", body: str = ARTICLE, url: str = URL, **gold_changes: Any) -> dict[str, Any]:
    return page_features(page(head, body), url, gold(**gold_changes))


def test_every_feature_is_returned_in_order() -> None:
    assert list(features()) == list(FEATURES)
    assert len(set(FEATURES)) == len(FEATURES)


def test_features_needing_gold_are_none_without_it() -> None:
    out = page_features(page(body=ARTICLE), URL, {})
    needs_gold = [k for k in FEATURES if k.startswith(("headline_", "title_", "og_title_is", "jsonld_headline",
                                                       "body_", "article_non", "blocks_", "jsonld_date", "meta_date",
                                                       "time_date", "metadata_date", "date_in", "author_meta"))]
    assert needs_gold and all(out[k] is None for k in needs_gold)
    assert out["gold_has_published"] is None and out["gold_has_authors"] is None
    assert out["h1_count"] == 1 and out["element_count"] > 0


def test_gold_has_published_tells_unannotated_from_undated() -> None:
    assert features(published=None)["gold_has_published"] is False
    assert features()["gold_has_published"] is True
    assert features(authors=[])["gold_has_authors"] is False
    assert features(authors=[])["author_meta"] is None


def test_structure_counts() -> None:
    html = ("<html><head><title>T</title><script>var a = 1;</script>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T"}</script></head>'
            "<body><div><div><p>x<b>y</b></p></div></div><!-- a comment --></body></html>")
    out = page_features(html, URL, {}, raw=b"x" * 1234)
    # html, head, title, script, script, body, div, div, p, b: ten elements; html > body > div > div > p > b
    assert (out["element_count"], out["max_depth"], out["script_count"]) == (10, 6, 2)
    assert out["jsonld_present"] is True and out["jsonld_article"] is True
    assert out["page_bytes"] == 1234
    assert page_features("<p>é</p>", URL, {})["page_bytes"] == len("<p>é</p>".encode())


def test_headline_sources() -> None:
    head = ('<meta property="og:title" content="Tram line four reopens">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line 4 reopens"}</script>')
    out = features(head)
    assert out["headline_is_first_h1"] is True
    assert out["title_is_headline"] is False  # site name appended
    assert out["og_title_is_headline"] is True
    assert out["jsonld_headline_is_headline"] is False
    assert features()["og_title_is_headline"] is None and features()["jsonld_headline_is_headline"] is None


def test_h1_counts_and_first_h1() -> None:
    logo = features(body='<h1 class="logo">Lindau Post</h1>' + ARTICLE)
    assert (logo["h1_count"], logo["several_h1"], logo["headline_is_first_h1"]) == (2, True, False)
    none = features(body=ARTICLE.replace("h1", "h2"))
    assert (none["no_h1"], none["headline_is_first_h1"]) == (True, False)


def test_body_token_shares() -> None:
    nav = "<nav>Home City Sport Weather</nav>"
    teaser = "<p>Read more: bus fares rise</p>"
    out = features(body=f"{nav}<article>{ARTICLE}{teaser}</article><script>var hidden = 'words';</script>")
    body = [t.lower().strip(".,") for t in " ".join(BODY).split()]
    headline, nav_words, teaser_words = 4, 4, 5  # "tram line four reopens", the menu, "read more bus fares rise"
    visible = len(body) + headline + nav_words + teaser_words
    inside = len(body) + headline + teaser_words
    # every body token is in the article; tram/line/four of the headline are shared with the body multiset only once
    assert out["visible_tokens"] == visible
    assert out["body_share_of_visible"] == pytest.approx(len(body) / visible)
    assert out["body_in_article_share"] == 1.0 and out["body_mostly_outside_article"] is False
    assert out["article_non_body_share"] == pytest.approx(1 - len(body) / inside)
    assert out["article_share_of_visible"] == pytest.approx(inside / visible)
    outside = features(body=f"<article><h2>Related</h2><p>Bus fares rise</p></article>{ARTICLE}")
    assert outside["body_in_article_share"] == 0.0 and outside["body_mostly_outside_article"] is True
    assert features()["article_non_body_share"] is None


def test_nested_articles_count_once() -> None:
    out = features(body=f"<article>{ARTICLE}<article><p>Bus fares rise</p></article></article>")
    assert out["article_count"] == 2 and out["several_articles"] is True
    assert out["article_share_of_visible"] == 1.0


def test_paragraph_blocks_in_p_div_and_other() -> None:
    div_br = f"<div class='text'>{BODY[0]}<br><br>{BODY[1]}</div>"
    out = features(body="<h1>Tram line four reopens</h1>" + div_br)
    assert (out["blocks_located_share"], out["blocks_in_p_share"], out["blocks_in_div_share"]) == (1.0, 0.0, 1.0)
    assert out["body_mostly_div"] is True
    mixed = features(body=f"<p>{BODY[0]}</p><ul><li><span>{BODY[1]}</span></li></ul>")
    assert (mixed["blocks_in_p_share"], mixed["blocks_in_div_share"], mixed["body_mostly_div"]) == (0.5, 0.0, False)
    spans = features(body=f"<p><span>{BODY[0][:20]}</span>{BODY[0][20:]}</p><p>{BODY[1]}</p>")
    assert spans["blocks_in_p_share"] == 1.0
    hidden = features(body=f"<p>{BODY[0]}</p><noscript><p>{BODY[1]}</p></noscript>")
    assert (hidden["blocks_located_share"], hidden["blocks_in_p_share"]) == (0.5, 1.0)
    optional = [{"kind": "caption", "text": "A tram.", "optional": True}, {"kind": "paragraph", "text": "x", "optional": True}]
    assert features(blocks=optional)["blocks_located_share"] is None


JSONLD = '<script type="application/ld+json">{{"@graph": [{{"@type": "WebPage"}}, {{"@type": "NewsArticle", {0}}}]}}</script>'


def test_date_classes_per_source() -> None:
    head = (JSONLD.format('"datePublished": "2022-03-09T10:00:00+01:00"')
            + '<meta property="article:published_time" content="2022-03-01">')
    body = '<aside><time datetime="2022-03-07T07:15:00Z">related</time></aside>' + ARTICLE
    out = features(head, body, modified="2022-03-09T10:00:00+01:00")
    assert (out["jsonld_date"], out["meta_date"], out["time_date"]) == ("modified", "wrong", "published")
    assert out["jsonld_date_modified"] is True and out["jsonld_date_published"] is False
    assert out["meta_date_wrong"] is True and out["time_date_absent"] is False
    assert out["metadata_date_is_published"] is False  # JSON-LD first, as the metadata baseline reads it
    bare = features()
    assert (bare["jsonld_date"], bare["meta_date"], bare["time_date"]) == ("absent", "absent", "absent")
    assert bare["metadata_date_is_published"] is False
    # without a gold modified date the class cannot occur: not a 0 by construction, but no value
    assert bare["jsonld_date_modified"] is None and bare["jsonld_date_wrong"] is False


def test_dates_are_read_on_the_gold_clock_and_in_other_forms() -> None:
    # 23:30 UTC on the 6th is 00:30 on the 7th in the page's zone (+01:00)
    assert features('<meta name="date" content="2022-03-06T23:30:00Z">')["meta_date"] == "published"
    assert features('<meta name="pubdate" content="1646637300">')["meta_date"] == "published"  # 07:15 UTC, 7 March
    assert features('<meta name="pubdate" content="1646637300000">')["meta_date"] == "published"
    assert features('<meta name="DC.date" content="Mon Mar 07 08:15:00 CET 2022">')["meta_date"] == "published"
    assert features('<meta name="DC.date" content="Mar 07">')["meta_date"] == "wrong"
    assert features(JSONLD.format('"datePublished": "7 March 2022"'))["jsonld_date"] == "published"
    assert features(published=None)["meta_date"] is None


def test_date_in_text_and_url() -> None:
    byline = "<p class='byline'>7 March 2022, 08:15</p>"
    out = features(body=ARTICLE + byline, url="https://lindaupost.example/2022/03/07/tram")
    assert (out["date_in_text"], out["date_in_url"]) == (True, True)
    hidden = features('<meta name="date" content="2022-03-07">', ARTICLE + "<script>'2022-03-07'</script>")
    assert (hidden["date_in_text"], hidden["date_in_url"]) == (False, False)


@pytest.mark.parametrize(("markup", "expected"), [
    ('<meta name="author" content="Ilse Varga">', "equal"),
    (JSONLD.format('"author": [{"@type": "Person", "name": "ILSE VARGA"}]'), "equal"),
    ('<meta name="author" content="Ilse Varga (iv)">', "partial"),
    (JSONLD.format('"author": {"@type": "NewsMediaOrganization", "name": "Lindau Post"}'), "organisation"),
    ('<meta name="author" content="City Desk">', "organisation"),
    ('<meta name="author" content="LPN">', "organisation"),
    ('<meta property="article:author" content="https://social.example/ilse.varga">', "wrong"),
    ('<meta name="author" content="Otto Brenner">', "wrong"),
    ("", "missing"),
])
def test_author_classes(markup: str, expected: str) -> None:
    out = features(markup)
    assert out["author_meta"] == expected
    assert out[f"author_meta_{expected}"] is True
    assert sum(out[f"author_meta_{c}"] for c in ("equal", "partial", "organisation", "missing", "wrong")) == 1


def test_author_bylines_of_several_names_in_one_string() -> None:
    out = features('<meta name="author" content="Ilse Varga and Tomas Reh">', authors=["Ilse Varga", "Tomas Reh"])
    assert out["author_meta"] == "equal"
    one_string_gold = features(JSONLD.format('"author": [{"name": "Ilse Varga"}, {"name": "Tomas Reh"}]'),
                               authors=["Ilse Varga, Tomas Reh"])
    assert one_string_gold["author_meta"] == "equal"
    address = features('<meta name="author" content="ilse.varga@lindaupost.example">')
    assert (address["author_meta"], address["author_meta_address"]) == ("wrong", True)


def test_broken_markup_and_jsonld_do_not_raise() -> None:
    out = page_features('<script type="application/ld+json">{not json</script><p>x', URL, gold())
    assert out["jsonld_present"] is False and out["h1_count"] == 0
    assert page_features("", "", gold())["element_count"] >= 1
    assert page_features("<!-- only a comment -->", "", gold())["visible_tokens"] == 0


def test_profile_corpus_rows_and_filter(tiny_dataset: Path) -> None:
    frame = profile_corpus(tiny_dataset, "tiny")
    assert list(frame.columns) == ["corpus", "page_id", "language", *FEATURES]
    assert len(frame) == 3 and set(frame["corpus"]) == {"tiny"}
    assert frame["headline_is_first_h1"].tolist() == [True, True, True]
    assert frame["meta_date_published"].tolist() == [True, True, True]
    one = profile_corpus(tiny_dataset, filter=lambda row: row["id"] == "tiny-02")
    assert one["page_id"].tolist() == ["tiny-02"]
    assert profile_corpus(tiny_dataset, filter=in_split("no-such-split")).empty
    assert len(profile_corpus(tiny_dataset, filter=of_site("tiny"))) == len(frame)


def test_filters() -> None:
    assert of_page_type("article")({"notes": "page type: article"})
    assert not of_page_type("article")({"notes": "page type: product; page type: article"})
    assert not of_page_type("article")({"notes": None})


def _ks(a: list[float], b: list[float]) -> float:
    """The two-sample KS statistic by brute force: the largest gap between the empirical CDFs."""
    return max(abs(sum(x <= v for x in a) / len(a) - sum(y <= v for y in b) / len(b)) for v in a + b)


def test_compare_against_independent_computation() -> None:
    ours = pd.DataFrame({"corpus": "ours", "size": [1.0, 2.0, 3.0, 4.0], "flag": [True, True, True, None],
                         "kind": ["a", "b", "a", "a"]})
    real_a = pd.DataFrame({"corpus": "a", "size": [3.0, 5.0, 7.0, None], "flag": [True, False, False, False],
                           "kind": ["a"] * 4})
    real_b = pd.DataFrame({"corpus": "b", "size": [2.0, 6.0], "flag": [False, True], "kind": ["b", "b"]})
    rows = compare({"ours": ours, "a": real_a, "b": real_b}, "ours")
    by = {(r["feature"], r["corpus"]): r for r in rows}
    assert {r["feature"] for r in rows} == {"size", "flag"}  # text-valued features are skipped
    assert by["size", "a"]["n"] == 3 and by["size", "a"]["median"] == 5.0
    assert (by["size", "ours"]["q1"], by["size", "ours"]["median"], by["size", "ours"]["q3"]) == (1.75, 2.5, 3.25)
    assert by["size", "a"]["distance"] == pytest.approx(_ks([1, 2, 3, 4], [3, 5, 7]))
    assert by["size", "b"]["distance"] == pytest.approx(_ks([1, 2, 3, 4], [2, 6]))
    assert by["size", "ours"]["distance"] == 0.0
    # medians: ours 2.5, a 5.0, b 4.0 -> range 4..5, ours below by 1.5
    assert (by["size", "ours"]["low"], by["size", "ours"]["high"]) == (4.0, 5.0)
    assert by["size", "ours"]["inside"] is False and by["size", "b"]["outside_by"] == -1.5
    # shares: ours 3/3, a 1/4, b 1/2 -> above by 0.5
    assert (by["flag", "ours"]["share"], by["flag", "a"]["share"]) == (1.0, 0.25)
    assert by["flag", "a"]["distance"] == 0.75 and by["flag", "ours"]["outside_by"] == 0.5
    with pytest.raises(ValueError, match="reference"):
        compare({"a": real_a}, "ours")


def test_compare_corpus_without_values() -> None:
    rows = compare({"ours": pd.DataFrame({"x": [0.5]}), "a": pd.DataFrame({"x": [None]}),
                    "b": pd.DataFrame({"x": [0.7, 0.9]})}, "ours")
    by = {r["corpus"]: r for r in rows}
    assert by["a"]["n"] == 0 and by["a"]["median"] is None and by["a"]["distance"] is None
    assert (by["ours"]["low"], by["ours"]["high"], by["ours"]["outside_by"]) == (0.8, 0.8, pytest.approx(-0.3))


def test_markdown_and_json() -> None:
    rows = compare({"ours": pd.DataFrame({"x": [True], "y": [3.0]}), "a": pd.DataFrame({"x": [False], "y": [3.0]})},
                   "ours")
    text = profile_markdown(rows)
    assert "| feature | ours | a | ours vs the others' range |" in text
    assert "| x | 1.00 n1 | 0.00 n1 d1.00 | above by 1.00 |" in text
    assert "| y | 3.00 [3.00, 3.00] n1 | 3.00 [3.00, 3.00] n1 d0.00 | inside |" in text
    assert "n1" not in profile_markdown(rows, detail=False)
    data = json.loads(json.dumps(to_json(rows)))
    assert data["reference"] == "ours" and data["corpora"] == ["ours", "a"] and len(data["rows"]) == 4


@pytest.mark.parametrize("module", [newsbench.corpus.profile, newsbench.corpus.realism])
def test_docstring_examples(module: Any) -> None:
    failures, tried = doctest.testmod(module)
    assert failures == 0 and tried > 0


@pytest.mark.slow
def test_every_page_of_our_corpus_carries_exactly_its_mechanical_tags() -> None:
    """The tags that are functions of page and gold (GUIDELINES section 10) agree with the page, on every page."""
    from conftest import REPO

    from newsbench.corpus.profile import MECHANICAL_TAGS, implied_tags
    from newsbench.text.decode import decode

    wrong = []
    for path in sorted((REPO / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = (REPO / "raw_html" / f"{path.stem}.html").read_bytes()
        page = decode(raw, data.get("encoding")).text
        gold_data = {"headline": data["headline"], "published": data["published"], "modified": data["modified"],
                     "authors": data["authors"], "blocks": data["body"],
                     "body": "\n\n".join(b["text"] for b in data["body"])}
        implied = implied_tags(page_features(page, data["url"], gold_data, raw=raw))
        typed = set(data["phenomena"]) & set(MECHANICAL_TAGS)
        if typed != implied:
            wrong.append(f"{path.name}: tagged {sorted(typed - implied)} not implied, implied {sorted(implied - typed)}")
        if "article-per-teaser" in data["phenomena"] and page.lower().count("<article") < 2:
            wrong.append(f"{path.name}: article-per-teaser with fewer than two <article> elements")
    assert not wrong, "\n".join(wrong[:20])
