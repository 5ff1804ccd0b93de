"""Every registered extractor honours the contract on a hand-written article page."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsbench.corpus.pages import Page, PageGold
from newsbench.corpus.schema import Block, Entity
from newsbench.extractors.base import FIELDS, STRUCTURE, ContractError, Mention, Prediction
from newsbench.extractors.registry import BUILTIN, RegistryError, create, describe_all, targets
from newsbench.run.pool import extract_one
from newsbench.text.htmlblocks import html_to_blocks

PARAGRAPHS = [
    "The Hollin Ferry Company said on Friday that its service between the two banks of the Oder would resume "
    "next week after repairs to the landing stage, which was damaged by ice in February.",
    "Engineers from the regional transport office inspected the pontoons on Thursday and found them sound, "
    "according to a statement signed by the company's operations director, Mara Quint.",
    "The crossing carries about 1,400 passengers a day in summer. Commuters have had to drive 40 kilometres "
    "around through the nearest bridge since the closure, a detour that local traders say has cost them trade.",
    "Quint said the company would add an early sailing at 5.45 on weekdays for the first month to clear the "
    "backlog of freight bookings, and that season tickets would be extended by the weeks lost.",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry service across the Oder resumes",
      "datePublished": "2021-05-14T09:30:00+02:00", "dateModified": "2021-05-14T11:00:00+02:00",
      "author": [{"@type": "Person", "name": "Tomas Lenk"}]}
HTML = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry service across the Oder resumes | Test Gazette</title>
<meta property="og:title" content="Ferry service across the Oder resumes">
<meta property="article:published_time" content="2021-05-14T09:30:00+02:00">
<meta name="author" content="Tomas Lenk">
<script type="application/ld+json">{json.dumps(LD)}</script>
<script>window.dataLayer = [];</script><style>body {{ margin: 0 }}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Ferry service across the Oder resumes</h1>
<p class="byline">By Tomas Lenk | <time datetime="2021-05-14T09:30:00+02:00">14 May 2021, 09:30</time></p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main><aside><h2>Most read</h2><ul><li><a href="/a">Council approves budget</a></li></ul></aside>
<footer><p>Copyright 2024 Test Gazette</p></footer></body></html>"""
PAGE = Page("contract-01", "https://gazette.example/2021/05/14/ferry", "en", "gazette", "test",
            HTML.encode(), HTML, "UTF-8", "0" * 64)
GOLD = PageGold(
    id="contract-01", split="test", language="en", site="gazette", sha256="0" * 64,
    headline="Ferry service across the Oder resumes", published="2021-05-14T09:30:00+02:00", modified=None,
    authors=("Tomas Lenk",), blocks=tuple(Block("paragraph", p) for p in PARAGRAPHS),
    entities=(Entity("Oder", "LOC", "headline", 26, 30),
              Entity("Mara Quint", "PER", 1, PARAGRAPHS[1].index("Mara Quint"), PARAGRAPHS[1].index("Mara Quint") + 10)),
    phenomena=())


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_every_builtin_honours_the_contract(name: str) -> None:
    extractor = create(name)
    reason = extractor.unavailable()
    if reason is not None:
        pytest.skip(f"{name} cannot run here: {reason}")
    assert extractor.version()
    assert extractor.produces <= {*FIELDS, STRUCTURE}
    page = replace(PAGE, gold=GOLD) if extractor.uses_gold else PAGE
    result = extract_one(extractor, page)
    assert result["error"] is None, result["error"]
    for field in FIELDS:
        assert (result[field] is None) == (field not in extractor.produces), field
    # Typed blocks exactly when the extractor produces structure, one kind per block.
    assert (result["block_kinds"] is None) == (STRUCTURE not in extractor.produces)
    if STRUCTURE in extractor.produces:
        assert len(result["block_kinds"]) == len(result["blocks"]) > 0
        assert set(result["block_kinds"]) <= {"paragraph", "heading", "list_item", "quote", "table", "caption", "note"}
    if "body" in extractor.produces:
        assert "1,400 passengers" in result["body"], result["body"][:300]
    if "headline" in extractor.produces:
        assert "Ferry service across the Oder resumes" in result["headline"]


def test_oracle_returns_the_gold_with_offsets_into_its_body() -> None:
    result = extract_one(create("oracle"), replace(PAGE, gold=GOLD))
    assert result["body"] == "\n\n".join(PARAGRAPHS)
    (quint,) = [m for m in result["entities"] if m["type"] == "PER"]
    assert result["body"][quint["start"]:quint["end"]] == "Mara Quint"
    assert result["published"] == GOLD.published and result["modified"] == ""


def test_metadata_reads_jsonld_before_meta_tags() -> None:
    prediction = create("metadata").extract(PAGE)
    assert prediction == Prediction(headline=LD["headline"], published=LD["datePublished"],
                                    modified=LD["dateModified"], authors=("Tomas Lenk",))


def test_title_tag_keeps_the_site_name() -> None:
    assert create("title-tag").extract(PAGE).headline == "Ferry service across the Oder resumes | Test Gazette"


def test_fulltext_has_the_boilerplate_too() -> None:
    body = create("fulltext").extract(PAGE).body or ""
    assert "Council approves budget" in body and PARAGRAPHS[3] in body and "dataLayer" not in body


def test_a_pipeline_is_named_and_combines_its_parts() -> None:
    pipeline = create("resiliparse+metadata")
    if pipeline.unavailable():
        pytest.skip(str(pipeline.unavailable()))
    prediction = pipeline.extract(PAGE)
    assert prediction.headline == LD["headline"] and "1,400 passengers" in (prediction.body or "")
    assert pipeline.config["body"] == "resiliparse" and pipeline.config["meta"] == "metadata"


def test_unknown_names_suggest_close_ones() -> None:
    with pytest.raises(RegistryError, match="did you mean trafilatura"):
        create("trafilatur")


def test_describe_lists_every_builtin_with_its_state() -> None:
    infos = {i.name: i for i in describe_all()}
    assert set(BUILTIN) <= set(infos)
    assert infos["magic-html"].skipped == "needs Python >= 3.12" or infos["magic-html"].version
    assert set(targets()) == set(infos)


def test_prediction_rejects_wrong_types() -> None:
    with pytest.raises(TypeError, match="authors must be a tuple of str"):
        Prediction(authors=["not", "a", "tuple"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="headline must be str"):
        Prediction(headline=3)  # type: ignore[arg-type]
    assert Prediction.from_dict(Prediction(entities=(Mention("Oder", "LOC"),)).to_dict()).entities == (
        Mention("Oder", "LOC"),)


def test_html_blocks_split_at_block_elements_and_skip_scripts() -> None:
    assert html_to_blocks("<div><h2>Hi</h2><p>a <b>b</b></p><script>x</script><ul><li>one</li><li>two</li></ul></div>") \
        == ("Hi", "a b", "one", "two")
    assert html_to_blocks("") == ()


def test_goose3_several_dates_and_nested_authors_are_normalised() -> None:
    from newsbench.extractors.goose3 import _first, _flatten

    assert _first(["2024-03-01T10:00:00+01:00", "2024-03-02"]) == "2024-03-01T10:00:00+01:00"
    assert _first(None) == "" and _first([]) == ""
    assert _flatten([["Ana Lima | The Desk"], "Ana Lima | The Desk", None, "Bo Ek"]) == ["Ana Lima | The Desk", "Bo Ek"]


def test_the_markdown_configurations_keep_headings_and_lists() -> None:
    html = HTML.replace(f"<p>{PARAGRAPHS[0]}</p>", f"<h2>Timetable</h2><ul><li>{PARAGRAPHS[0]}</li></ul>")
    page = replace(PAGE, raw=html.encode(), html=html)
    for name in ("readability-lxml-md", "trafilatura-md"):
        extractor = create(name)
        if (reason := extractor.unavailable()) is not None:
            pytest.skip(f"{name} cannot run here: {reason}")
        result = extract_one(extractor, page)
        kinds = dict(zip(result["blocks"], result["block_kinds"], strict=True))
        assert kinds.get(PARAGRAPHS[0]) == "list_item", (name, kinds)
        assert kinds.get("Timetable") == "heading", (name, kinds)


def test_a_prediction_with_kinds_of_another_length_or_vocabulary_is_refused() -> None:
    with pytest.raises(ContractError, match="same length"):
        Prediction(body="a", blocks=("a",), block_kinds=("heading", "paragraph"))
    with pytest.raises(ContractError, match="unknown kind"):
        Prediction(body="a", blocks=("a",), block_kinds=("sidebar",))
    settled = Prediction(body="a", blocks=("a",)).settled(frozenset({"body", STRUCTURE}))
    assert settled.blocks == () and settled.block_kinds == ()  # typed blocks tried, none given
