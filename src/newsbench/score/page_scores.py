"""Scoring: gold x stored predictions -> one row per (page, extractor, field, metric), nothing aggregated.

What counts how (the rules every figure derives from):
- A field the extractor does not produce is not scored for it (no rows).
- A produced field that came out empty ("found nothing") is scored as the empty prediction.
- A failed prediction (crash, timeout, exception, ...) is scored as the empty prediction for
  every field the extractor produces, and its rows carry status "failed".
- Entities: a page whose prediction carries no entity list although the extractor produces
  entities had no NER backend for its language; it gets status "no-backend" and no values.
Rows: corpus, split, page_id, language, site, phenomena, extractor, field, metric, value
(float, null where undefined, e.g. AEB precision of a prediction without shingles), status.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Mapping
from typing import Any

import pyarrow as pa

from newsbench.corpus.pages import PageGold
from newsbench.errors import NewsbenchError
from newsbench.metrics import (
    aeb,
    authors,
    blocks,
    body,
    dates,
    entities,
    entity_spans,
    headline,
    rouge,
    segment,
    snippets,
    structure,
    tokenize,
    wcxb,
)
from newsbench.metrics.prf import Counts, multiset_counts

SCORE_SCHEMA = pa.schema([
    ("corpus", pa.string()), ("split", pa.string()), ("page_id", pa.string()), ("language", pa.string()),
    ("site", pa.string()), ("phenomena", pa.list_(pa.string())), ("extractor", pa.string()),
    ("field", pa.string()), ("metric", pa.string()), ("value", pa.float64()), ("status", pa.string()),
])

Row = tuple[str, str, float | None]  # field, metric, value


class ScoringError(NewsbenchError):
    """A run that cannot be scored (its corpus changed, predictions missing)."""


def _prf(field: str, name: str, prf: Any) -> Iterator[Row]:
    yield field, f"{name}.precision", prf.precision
    yield field, f"{name}.recall", prf.recall
    yield field, f"{name}.f1", prf.f1


def _counts(field: str, name: str, counts: Counts) -> Iterator[Row]:
    # The page's tp, fp and fn, summed over pages for the micro average.
    yield field, f"{name}.tp", float(counts.tp)
    yield field, f"{name}.fp", float(counts.fp)
    yield field, f"{name}.fn", float(counts.fn)


@functools.lru_cache(maxsize=256)
def _body(gold_blocks: tuple[tuple[str, bool], ...], predicted: str, extended: bool) -> tuple[Row, ...]:
    """The body rows of one prediction: a function of the gold blocks and the predicted text alone, so the
    extractors of a page that return the same body (the empty body of failures; tools built on one library) get
    them computed once. Of the (page, body) pairs, 8% repeat in the synthetic 100k-page run, 21-26% in the
    reference run's real corpora."""
    return tuple(_body_rows(list(gold_blocks), predicted, extended))


def _body_rows(gold_blocks: list[tuple[str, bool]], predicted: str, extended: bool) -> Iterator[Row]:
    counts = body.body_token_counts(gold_blocks, predicted)
    assert counts is not None
    yield from _prf("body", "tokens", counts.prf)
    yield from _counts("body", "tokens", counts)
    # ROUGE-LSum is in the default scoring since its union LCS became bit-parallel and compiled (metrics/_lcs.c);
    # `extended` is kept for metrics too slow for the default (none at present).
    yield from _prf("body", "rouge_lsum", rouge.rouge_lsum(gold_blocks, predicted))
    yield from _prf("body", "blocks", blocks.block_scores(gold_blocks, predicted))
    # WCXB and AEB compare against one reference text: the required blocks plus the optional
    # blocks the prediction includes (`body.included_optional`), so optional blocks stay neutral.
    included = body.included_optional(gold_blocks, segment.text_tokens(predicted))
    reference = "\n\n".join(text for (text, _), keep in zip(gold_blocks, included, strict=True) if keep)
    yield from _prf("body", "wcxb", wcxb.wcxb_page(reference, predicted))
    page = aeb.aeb_page(reference, predicted)
    yield "body", "aeb.precision", None if page is None else page.precision
    yield "body", "aeb.recall", None if page is None else page.recall


def _structure(gold: PageGold, predicted: list[tuple[str, str]]) -> Iterator[Row]:
    """Typed-block counts per kind and in total, page P/R/F1 and the order agreement (`metrics.structure`)."""
    found = structure.structure_scores([(b.kind, b.text, b.optional) for b in gold.blocks or ()], predicted,
                                       gold.headline or "")
    assert found is not None
    yield from _prf("structure", "structure", found.prf)
    yield from _counts("structure", "structure", found.total)
    for kind, counts in found.per_kind.items():
        yield from _counts("structure", kind, counts)
    if found.order is not None:
        yield "structure", "order.tau", found.order


def _date(field: str, gold: str | None, predicted: str) -> Iterator[Row]:
    value = predicted or None  # found nothing is an abstention: a false negative
    for name, match in (("day", dates.same_day), ("minute", dates.same_minute), ("within_1_day", dates.within_one_day)):
        outcome = dates.date_outcome(gold, value, match)
        for kind in ("TP", "FP", "FN", "TN"):
            yield field, f"{name}.{kind.lower()}", float(outcome == kind)
        # Per-page correctness (the right day, or rightly no date): breakdowns and tests use it.
        yield field, f"{name}.correct", float(outcome in ("TP", "TN"))


def _entities(gold: PageGold, predicted: list[dict[str, Any]], body_text: str) -> Iterator[Row]:
    gold_items = [(e.type, e.text) for e in gold.entities or ()]
    predicted_items = [(m["type"], m["text"]) for m in predicted]
    for kind in (*entities.ENTITY_TYPES, None):
        counts = entities.entity_counts(gold_items, predicted_items, entity_type=kind)
        assert counts is not None
        name = kind or "typed"
        yield "entities", f"{name}.tp", counts.tp
        yield "entities", f"{name}.fp", counts.fp
        yield "entities", f"{name}.fn", counts.fn
    untyped = entities.entity_counts(gold_items, predicted_items, typed=False)
    assert untyped is not None
    yield "entities", "untyped.tp", untyped.tp
    yield "entities", "untyped.fp", untyped.fp
    yield "entities", "untyped.fn", untyped.fn
    if body_text == gold.body:
        # Offsets are comparable only when the prediction's text is the gold body itself; headline
        # mentions have no body offsets.
        gold_spans = [(e.type, *span) for e in gold.entities or () if (span := gold.body_span(e)) is not None]
        spans = entity_spans.span_counts(gold_spans, [(m["type"], m["start"], m["end"]) for m in predicted
                                                      if m["start"] is not None and m["end"] is not None])
        assert spans is not None
        for schema, c in spans.items():
            for part in ("cor", "inc", "par", "mis", "spu"):
                yield "entities", f"span_{schema}.{part}", float(getattr(c, part))


def _check_gold_dates(gold: PageGold) -> None:
    """ScoringError naming the page and field when a gold date cannot be used (validation lets none through)."""
    for field in ("published", "modified"):
        value = getattr(gold, field)
        if value is not None:
            try:
                dates.parse_iso(value)
            except ValueError as exc:
                raise ScoringError(f"page {gold.id}: unusable gold date: {exc}; validate or re-import the corpus",
                                   field=field) from exc


def _typed_blocks(gold: PageGold, prediction: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (kind, text) blocks of a prediction; ScoringError when it has blocks without their kinds."""
    blocks, kinds = prediction.get("blocks") or (), prediction.get("block_kinds")
    if kinds is None and blocks:
        raise ScoringError(f"page {gold.id}: the prediction of {prediction.get('extractor', 'an extractor')} has blocks "
                           "but no block_kinds, although the extractor produces structure (stored before block kinds "
                           "existed?); rerun the extractor", field="block_kinds")
    if len(kinds or ()) != len(blocks):
        raise ScoringError(f"page {gold.id}: {len(kinds or ())} block kinds for {len(blocks)} blocks",
                           field="block_kinds")
    return list(zip(kinds or (), blocks, strict=True))


def page_rows(gold: PageGold, prediction: Mapping[str, Any], produces: set[str] | frozenset[str],
              extended: bool = False) -> Iterator[tuple[Row, str]]:
    """Every (field, metric, value) of one page's prediction, with its status; `extended` adds the slow metrics (none now).

    An unusable predicted date is a wrong prediction and a predicted entity span with start >= end
    a spurious one; an unusable gold date, or typed blocks without their kinds, is a ScoringError
    naming the page.
    """
    failed = prediction["error"] is not None
    if {"published", "modified"} & set(produces):
        _check_gold_dates(gold)
    status = "failed" if failed else "ok"

    def text(name: str) -> str:
        return "" if failed else (prediction[name] or "")

    if "body" in produces:
        for row in _body(gold.gold_blocks, text("body"), extended):
            yield row, status
    if "structure" in produces:
        for row in _structure(gold, [] if failed else _typed_blocks(gold, prediction)):
            yield row, status
    if "snippets" in produces and gold.snippets is not None:
        # trafilatura's evaluation set: the body searched for must-appear and must-not-appear snippets
        found = snippets.snippet_counts(*gold.snippets, text("body"))
        assert found is not None
        for kind in ("tp", "fp", "fn", "tn"):
            yield ("snippets", f"snippets.{kind}", float(getattr(found, kind))), status
    if "headline" in produces:
        gold_headline = gold.headline or ""
        exact = headline.headline_exact(gold_headline, text("headline"))
        yield ("headline", "exact", float(bool(exact))), status
        counts = multiset_counts(tokenize.tokens(gold_headline), tokenize.tokens(text("headline")))
        for row in (*_prf("headline", "tokens", counts.prf), *_counts("headline", "tokens", counts)):
            yield row, status
    if "published" in produces:
        for row in _date("published", gold.published, text("published")):
            yield row, status
        confused = dates.took_modified(gold.published, gold.modified, text("published") or None)
        if confused is not None:
            yield ("published", "took_modified", float(confused)), status
    if "modified" in produces:
        for row in _date("modified", gold.modified, text("modified")):
            yield row, status
    if "authors" in produces:
        names = [] if failed else list(prediction["authors"] or [])
        counts = authors.author_counts(list(gold.authors or ()), names)
        for row in (*_prf("authors", "set", counts.prf), *_counts("authors", "set", counts)):
            yield row, status
    if "entities" in produces:
        if not failed and prediction["entities"] is None:
            yield ("entities", "no_backend", 1.0), "no-backend"
        else:
            for row in _entities(gold, [] if failed else prediction["entities"], text("body")):
                yield row, status


def add_rows(columns: dict[str, list[Any]], page: PageGold, prediction: Mapping[str, Any], fields: frozenset[str],
             corpus: str, extended: bool = False, imported: bool = False) -> None:
    """Append the score rows of one prediction on one page to `columns` (SCORE_SCHEMA's columns as lists).

    For an imported corpus (`imported`), a field whose gold is null on the page was not annotated
    there and is not scored on that page. In our own corpus a null date means the page states
    none, which is scored (a prediction is then a false positive).
    """
    if imported:
        fields = frozenset(f for f in fields if page.has(f))
    rows = list(page_rows(page, prediction, fields, extended))
    if not rows:
        return
    # The columns that are the same on every row of the page are extended at once (one list of phenomena, shared).
    for name, item in (("corpus", corpus), ("split", page.split), ("page_id", page.id), ("language", page.language),
                       ("site", page.site), ("phenomena", list(page.phenomena)), ("extractor", prediction["extractor"])):
        columns[name] += [item] * len(rows)
    triples, statuses = zip(*rows, strict=True)
    names, metrics, values = zip(*triples, strict=True)
    columns["field"] += names
    columns["metric"] += metrics
    columns["value"] += [None if value is None or math.isnan(value) else float(value) for value in values]
    columns["status"] += statuses


def score(gold: Mapping[str, PageGold], predictions: pa.Table, produces: Mapping[str, frozenset[str]],
          corpus: str, extended: bool = False, imported: bool = False) -> pa.Table:
    """The long score table of one corpus held in memory: every prediction (with its page id) against its page's gold.

    `score.scoring.score_run` streams a run folder through `add_rows` instead; both give the same rows.
    """
    columns: dict[str, list[Any]] = {name: [] for name in SCORE_SCHEMA.names}
    for prediction in predictions.to_pylist():
        add_rows(columns, gold[prediction["page_id"]], prediction, produces[prediction["extractor"]], corpus,
                 extended, imported)
    return pa.table(columns, schema=SCORE_SCHEMA)
