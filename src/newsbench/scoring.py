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

import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsbench.errors import NewsbenchError
from newsbench.metrics import aeb, authors, blocks, body, dates, entities, entity_spans, headline, rouge, tokenize, wcxb
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


def _body(gold: dict[str, Any], predicted: str, extended: bool) -> Iterator[Row]:
    gold_blocks = [(b["text"], b["optional"]) for b in gold["blocks"]]
    counts = body.body_token_counts(gold_blocks, predicted)
    assert counts is not None
    yield from _prf("body", "tokens", counts.prf)
    yield from _counts("body", "tokens", counts)
    if extended:  # ROUGE-LSum's union LCS costs ~20 ms a page: opt-in (`newsbench score --extended`)
        yield from _prf("body", "rouge_lsum", rouge.rouge_lsum(gold_blocks, predicted))
    yield from _prf("body", "blocks", blocks.block_scores(gold_blocks, predicted))
    # WCXB and AEB compare against one reference text: the required blocks plus the optional
    # blocks the prediction includes (`body.included_optional`), so optional blocks stay neutral.
    included = body.included_optional(gold_blocks, tokenize.tokens(predicted))
    reference = "\n\n".join(text for (text, _), keep in zip(gold_blocks, included, strict=True) if keep)
    yield from _prf("body", "wcxb", wcxb.wcxb_page(reference, predicted))
    page = aeb.aeb_page(reference, predicted)
    yield "body", "aeb.precision", None if page is None else page.precision
    yield "body", "aeb.recall", None if page is None else page.recall


def _date(field: str, gold: str | None, predicted: str) -> Iterator[Row]:
    value = predicted or None  # found nothing is an abstention: a false negative
    for name, match in (("day", dates.same_day), ("minute", dates.same_minute), ("within_1_day", dates.within_one_day)):
        outcome = dates.date_outcome(gold, value, match)
        for kind in ("TP", "FP", "FN", "TN"):
            yield field, f"{name}.{kind.lower()}", float(outcome == kind)
        # Per-page correctness (the right day, or rightly no date): breakdowns and tests use it.
        yield field, f"{name}.correct", float(outcome in ("TP", "TN"))


def _entities(gold: dict[str, Any], predicted: list[dict[str, Any]], body_text: str) -> Iterator[Row]:
    gold_items = [(e["type"], e["text"]) for e in gold["entities"]]
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
    gold_text = "\n\n".join(b["text"] for b in gold["blocks"])
    if body_text == gold_text:
        # Offsets are comparable only when the prediction's text is the gold body itself.
        starts, pos = [], 0
        for b in gold["blocks"]:
            starts.append(pos)
            pos += len(b["text"]) + 2
        gold_spans = [(e["type"], starts[e["block"]] + e["start"], starts[e["block"]] + e["end"])
                      for e in gold["entities"] if e["block"] is not None]  # body mentions; headline ones have no body offsets
        spans = entity_spans.span_counts(gold_spans, [(m["type"], m["start"], m["end"]) for m in predicted
                                                      if m["start"] is not None and m["end"] is not None])
        assert spans is not None
        for schema, c in spans.items():
            for part in ("cor", "inc", "par", "mis", "spu"):
                yield "entities", f"span_{schema}.{part}", float(getattr(c, part))


def page_rows(gold: dict[str, Any], prediction: dict[str, Any], produces: set[str],
              extended: bool = False) -> Iterator[tuple[Row, str]]:
    """Every (field, metric, value) of one page's prediction, with its status; `extended` adds ROUGE-LSum."""
    failed = prediction["error"] is not None
    status = "failed" if failed else "ok"

    def text(name: str) -> str:
        return "" if failed else (prediction[name] or "")

    if "body" in produces:
        for row in _body(gold, text("body"), extended):
            yield row, status
    if "headline" in produces:
        exact = headline.headline_exact(gold["headline"], text("headline"))
        yield ("headline", "exact", float(bool(exact))), status
        counts = multiset_counts(tokenize.tokens(gold["headline"]), tokenize.tokens(text("headline")))
        for row in (*_prf("headline", "tokens", counts.prf), *_counts("headline", "tokens", counts)):
            yield row, status
    if "published" in produces:
        for row in _date("published", gold["published"], text("published")):
            yield row, status
        confused = dates.took_modified(gold["published"], gold["modified"], text("published") or None)
        if confused is not None:
            yield ("published", "took_modified", float(confused)), status
    if "modified" in produces:
        for row in _date("modified", gold["modified"], text("modified")):
            yield row, status
    if "authors" in produces:
        names = [] if failed else list(prediction["authors"] or [])
        counts = authors.author_counts(gold["authors"], names)
        for row in (*_prf("authors", "set", counts.prf), *_counts("authors", "set", counts)):
            yield row, status
    if "entities" in produces:
        if not failed and prediction["entities"] is None:
            yield ("entities", "no_backend", 1.0), "no-backend"
        else:
            for row in _entities(gold, [] if failed else prediction["entities"], text("body")):
                yield row, status


def _has_gold(gold: dict[str, Any], field: str) -> bool:
    return bool(gold["blocks"]) if field == "body" else gold.get(field) is not None


def score(gold_rows: dict[str, dict[str, Any]], predictions: pa.Table, produces: dict[str, set[str]],
          corpus: str, extended: bool = False, imported: bool = False) -> pa.Table:
    """The long score table of one corpus: every stored prediction against its page's gold.

    For an imported corpus (`imported`), a field whose gold is null on a page was not annotated
    there and is not scored on that page. In our own corpus a null date means the page states
    none, which is scored (a prediction is then a false positive).
    """
    columns: dict[str, list[Any]] = {name: [] for name in SCORE_SCHEMA.names}
    for prediction in predictions.to_pylist():
        gold = gold_rows[prediction["page_id"]]
        fields = produces[prediction["extractor"]]
        if imported:
            fields = {f for f in fields if _has_gold(gold, f)}
        for (field, metric, value), status in page_rows(gold, prediction, fields, extended):
            for name, item in (("corpus", corpus), ("split", gold["split"]), ("page_id", gold["id"]),
                               ("language", gold["language"]), ("site", gold["site"]),
                               ("phenomena", gold["phenomena"]), ("extractor", prediction["extractor"]),
                               ("field", field), ("metric", metric),
                               ("value", None if value is None or math.isnan(value) else float(value)),
                               ("status", status)):
                columns[name].append(item)
    return pa.table(columns, schema=SCORE_SCHEMA)


def score_run(folder: Path, extended: bool = False) -> pa.Table:
    """Score every corpus of a run folder; writes and returns `scores.parquet`.

    Each corpus is read from the folder its manifest names and must still have the
    fingerprint the run recorded: a changed dataset is never scored silently.
    """
    from newsbench.pages import read_corpus
    from newsbench.run import predictions, read_manifest

    folder = Path(folder)
    manifest = read_manifest(folder)
    produces = {e["name"]: set(e["produces"]) for e in manifest["extractors"] if e["skipped"] is None}
    tables = []
    for record in manifest["corpora"]:
        corpus = read_corpus(Path(record["folder"]), name=record["name"])
        if corpus.fingerprint != record["fingerprint"]:
            raise ScoringError(f"corpus {record['name']} has fingerprint {corpus.fingerprint[:16]}, the run recorded "
                               f"{record['fingerprint'][:16]}; rerun `newsbench run` on it", file=record["folder"])
        gold = corpus.gold_rows()
        for row in gold.values():
            row["split"] = row.get("split", "test")
        if corpus.gold_fields is not None:  # an imported corpus: score only the fields it has gold for
            scored = {name: fields & corpus.gold_fields for name, fields in produces.items()}
        else:
            scored = produces
        tables.append(score(gold, predictions(folder, corpus, manifest), scored, corpus.name, extended,
                            imported=corpus.gold_fields is not None))
    table = pa.concat_tables(tables) if tables else SCORE_SCHEMA.empty_table()
    tmp = folder / "scores.parquet.tmp"
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, folder / "scores.parquet")
    return table
