"""The computed dev/test split, annotator agreement, and the NER pipelines."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import gold

from newsbench.corpus.agreement import compare, summary
from newsbench.corpus.schema import Gold
from newsbench.corpus.splits import assign


def _golds(sites: int, per_site: int = 3) -> list[Gold]:
    langs = ["en", "de", "fr", "ja"]
    return [Gold.from_dict(gold(id=f"s{s:02d}-{n}", site=f"s{s:02d}", language=langs[s % 4]))
            for s in range(sites) for n in range(per_site)]


def test_dev_and_test_never_share_a_site_and_dev_is_about_a_seventh() -> None:
    golds = _golds(21)
    split = assign(golds)
    dev_sites = {g.site for g in golds if split[g.id] == "dev"}
    test_sites = {g.site for g in golds if split[g.id] == "test"}
    assert dev_sites and not dev_sites & test_sites
    assert 0.08 <= sum(v == "dev" for v in split.values()) / len(golds) <= 0.25
    assert assign(list(reversed(golds))) == split  # deterministic, order-free


def test_too_few_sites_for_a_dev_split_keeps_everything_in_test() -> None:
    assert set(assign(_golds(3)).values()) == {"test"}


def test_agreement_of_identical_annotations_is_perfect() -> None:
    first = Gold.from_dict(gold())
    page = compare(first, first)
    assert (page.body_f1, page.headline, page.published_exact, page.entity_fp, page.entity_fn) == (1.0, True, True, 0, 0)
    assert summary([page])["entity_strict_f1"] == 1.0


def test_agreement_counts_each_disagreement() -> None:
    first = Gold.from_dict(gold())
    second = Gold.from_dict(gold(
        headline="Ferry service to Ostrava resumes today", published="2021-05-14",
        entities=[{"text": "Ostrava", "type": "LOC", "block": "headline", "start": 17, "end": 24},
                  {"text": "Hollin Ferry Company", "type": "MISC", "block": 0, "start": 4, "end": 24}],
        phenomena=["nav-menu", "json-ld"]))
    page = compare(first, second)
    assert not page.headline and not page.published_exact and page.published_day
    assert (page.entity_tp, page.entity_fp, page.entity_fn) == (1, 1, 2)  # MISC vs ORG, Mara Quint missing
    assert sorted(page.type_pairs) == [("LOC", "LOC"), ("ORG", "MISC")]
    assert page.tags_jaccard == 0.5


def test_agreement_command_reads_gold_second(tmp_path: Path) -> None:
    from newsbench.corpus.agreement import agreement_markdown

    (tmp_path / "gold" / "second").mkdir(parents=True)
    (tmp_path / "gold" / "tiny-01.json").write_text(json.dumps(gold()))
    (tmp_path / "gold" / "second" / "tiny-01.json").write_text(json.dumps(gold(headline="Other")))
    text = agreement_markdown(tmp_path)
    assert "1 doubly annotated pages" in text and "| headline | 0.000 |" in text


def test_the_ner_pipeline_maps_ontonotes_to_conll_and_reports_other_languages() -> None:
    from newsbench.corpus.pages import Page, PageGold
    from newsbench.corpus.schema import Block
    from newsbench.extractors.registry import create

    pipeline = create("gold-body+spacy-en")
    if pipeline.unavailable():
        pytest.skip(f"spaCy pipeline not installed: {pipeline.unavailable()}")
    g = PageGold(id="p", split="test", language="en", site="s", sha256="0" * 64,
                 headline="Ferry service to Ostrava resumes", published=None, modified=None, authors=(),
                 blocks=(Block("paragraph",
                               "Mara Quint of the Hollin Ferry Company met German engineers in Ostrava on Friday."),),
                 entities=(), phenomena=())
    page = Page("p", "", "en", "s", "test", b"", "", "utf-8", "0" * 64, gold=g)
    prediction = pipeline.extract(page)
    types = {m.text: m.type for m in prediction.entities or ()}
    assert types.get("Mara Quint") == "PER" and types.get("German") == "MISC"
    assert "Friday" not in types  # DATE has no CoNLL type
    body = [m for m in prediction.entities or () if m.start is not None]
    assert all(prediction.body[m.start:m.end] == m.text for m in body)  # type: ignore[index]
    assert pipeline.extract(replace(page, language="de")).entities is None


def test_french_pages_get_entities_from_the_french_pipeline() -> None:
    from newsbench.corpus.pages import Page, PageGold
    from newsbench.corpus.schema import Block
    from newsbench.extractors.ner import FRENCH, MODELS
    from newsbench.extractors.registry import create

    pipeline = create("gold-body+spacy")
    if pipeline.unavailable():
        pytest.skip(f"spaCy pipelines not installed: {pipeline.unavailable()}")
    assert FRENCH in MODELS and FRENCH.licence.startswith("LGPL-LR")
    text = "Mara Quint, de la Compagnie des bacs de Hollin, a rencontré des ingénieurs à Lyon vendredi."
    g = PageGold(id="p", split="test", language="fr", site="s", sha256="0" * 64, headline="Le bac reprend à Lyon",
                 published=None, modified=None, authors=(), blocks=(Block("paragraph", text),), entities=(),
                 phenomena=())
    page = Page("p", "", "fr", "s", "test", b"", "", "utf-8", "0" * 64, gold=g)
    prediction = pipeline.extract(page)
    types = {m.text: m.type for m in prediction.entities or () if m.start is not None}
    assert types.get("Mara Quint") == "PER" and types.get("Lyon") == "LOC"
    assert set(types.values()) <= {"PER", "LOC", "ORG", "MISC"}
    assert all(prediction.body[m.start:m.end] == m.text  # type: ignore[index]
               for m in prediction.entities or () if m.start is not None)
    # The English-only pipeline still has no backend for French; the multi-language one still serves English.
    assert create("gold-body+spacy-en").extract(page).entities is None
    english = pipeline.extract(replace(page, language="en-GB"))
    assert english.entities is not None and pipeline.extract(replace(page, language="de")).entities is None
