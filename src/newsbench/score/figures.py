"""From per-page scores to the figures a report prints: leaderboards with bootstrap CIs, significance, breakdowns.

Per field, one *primary* figure family, and how it is averaged:
- body: `tokens` P/R/F1, macro over pages (mean of per-page values), and `tokens_micro` (token
  counts summed over pages; likewise `tokens_micro` for headline and `set_micro` for authors). Also `aeb` (mean per-page
  P over pages whose prediction has a shingle, mean R, F1 of the two means, as Zyte's
  benchmark), `wcxb` and `blocks` (macro), `rouge_lsum` (macro).
- headline: `tokens` P/R/F1 macro, and `exact` (share of pages with an exact match).
- published, modified: `day` P/R/F1 micro over pages (TP/FP/FN counted once per page, after
  htmldate), also `minute` and `within_1_day`; `took_modified`: share of eligible pages where
  the modified day was returned as the published one.
- authors: `set` P/R/F1 macro.
- entities: `typed` P/R/F1 micro over pages (document-level strict), `untyped`, and per type;
  pages without an NER backend are left out and counted.
- structure (extractors that give typed blocks): `structure` P/R/F1 macro over pages (typed-block
  counts of `metrics.structure` summed over kinds per page) and `structure_micro`; per block kind
  (`heading`, `list_item`, `table`, `quote`, `paragraph`, `caption`, `note`) P/R/F1 micro over pages;
  `order`: mean per-page Kendall tau of the matched blocks (pages with two or more), as a rate.
- snippets (trafilatura's evaluation set): `snippets` P/R/F1 and accuracy micro over pages
  (snippet counts summed, as trafilatura's evaluation; `metrics.snippets`).
Confidence intervals: percentile bootstrap over pages (default 1,000 resamples, seeded), the
same resampled pages for every extractor (paired). Significance: paired approximate
randomisation (10,000 sign-flip resamples) on the per-page primary score (macro: per-page F1; dates: 1 for a correct day,
or for rightly no date, else 0), every pair of extractors producing the field, Holm-corrected per field and corpus.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

import newsbench.metrics.aggregate as aggregate_module
import newsbench.metrics.bootstrap as bootstrap_module
from newsbench.corpus.pages import page_ids_and_shas, page_shas
from newsbench.files import file_sha256
from newsbench.metrics.aggregate import f_measures, macro_mean, micro_prf_arrays
from newsbench.metrics.bootstrap import paired_tests, percentile_interval, resampled_means
from newsbench.metrics.snippets import snippet_scores
from newsbench.metrics.structure import KINDS as STRUCTURE_KINDS
from newsbench.score.failures import group as group_failures
from newsbench.score.resamples import Draws, Weights
from newsbench.score.results import (
    PAGE_SCORE,
    POOLED,
    Agreement,
    Breakdown,
    Entry,
    Failure,
    Figure,
    Operation,
    Results,
    Settings,
    Test,
)
from newsbench.score.scoring import inputs_digest
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import Manifest
from newsbench.store.rows import key_mask

FloatArray = npt.NDArray[np.float64]
MACRO = {"body": ("tokens", "wcxb", "blocks", "rouge_lsum"), "headline": ("tokens",), "authors": ("set",),
         "structure": ("structure",)}
MICRO = {"published": ("day", "minute", "within_1_day"), "modified": ("day", "minute", "within_1_day"),
         "entities": ("typed", "untyped", "PER", "ORG", "LOC", "MISC"),
         # micro counterparts of the macro families: tp, fp, fn summed over pages (figure "<family>_micro")
         "body": ("tokens",), "headline": ("tokens",), "authors": ("set",),
         "snippets": ("snippets",),
         "structure": ("structure", *STRUCTURE_KINDS)}


Pages = npt.NDArray[np.int64]
"""The pages a figure is over: the sorted category codes of their page ids (categories in lexical order)."""


@dataclasses.dataclass(frozen=True, slots=True)
class _Values:
    """One entry's score rows by metric: each metric's page codes and values, in row order. Taken from the frame once:
    a boolean mask of the frame per metric, in both passes of the figures, cost the reference run's figures a
    quarter of their time."""

    rows: dict[str, tuple[npt.NDArray[np.int64], FloatArray]]

    @classmethod
    def of(cls, frame: pd.DataFrame) -> _Values:
        codes, metrics = pd.factorize(frame["metric"], sort=False)
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(len(metrics) + 1))
        pages = frame["page_id"].cat.codes.to_numpy().astype(np.int64)
        values = frame["value"].to_numpy(dtype=np.float64)
        groups = np.split(order, bounds[1:-1]) if len(metrics) else []
        return cls({str(metric): (pages[rows], values[rows]) for metric, rows in zip(metrics, groups, strict=True)})

    def __contains__(self, metric: str) -> bool:
        return metric in self.rows


_NONE = (np.zeros(0, dtype=np.int64), np.zeros(0))


def _matrix(values: _Values, metric: str, pages: Pages) -> FloatArray:
    """One metric's per-page values in the order of `pages`, NaN where a page has none (one row per page and metric:
    scoring writes one)."""
    codes, found = values.rows.get(metric, _NONE)
    out = np.full(len(pages), np.nan)
    out[np.searchsorted(pages, codes)] = found
    return out


def _ci(samples: FloatArray, settings: Settings) -> tuple[float, float]:
    return percentile_interval(samples, settings.confidence)


def _macro(values: _Values, family: str, pages: Pages, w: Weights, settings: Settings) -> Figure | None:
    """Means over pages of per-page P, R and F1 (`metrics.aggregate.macro_mean`), pages without a value left out."""
    out: dict[str, object] = {}
    for part in ("precision", "recall", "f1"):
        v = _matrix(values, f"{family}.{part}", pages)
        if np.isnan(v).all():
            return None
        out[part] = macro_mean(v, abstention="skip")
        out[f"{part}_ci"] = _ci(resampled_means(v, w), settings)
    return Figure(**out)  # type: ignore[arg-type]


def _aeb(values: _Values, pages: Pages, w: Weights, settings: Settings) -> Figure | None:
    """Zyte's benchmark: mean P over pages whose prediction has a shingle, mean R, and the F1 of the two means."""
    p, r = _matrix(values, "aeb.precision", pages), _matrix(values, "aeb.recall", pages)
    if np.isnan(r).all():
        return None
    one = np.ones((1, len(pages)))
    (pm,), (rm,) = resampled_means(p, one), resampled_means(r, one)
    pw, rw = resampled_means(p, w), resampled_means(r, w)
    return Figure(precision=float(pm), recall=float(rm), f1=float(f_measures(pm, rm)), precision_ci=_ci(pw, settings),
                  recall_ci=_ci(rw, settings), f1_ci=_ci(f_measures(pw, rw), settings),
                  empty_predictions=int(np.isnan(p).sum()))


def _micro(values: _Values, family: str, pages: Pages, w: Weights, settings: Settings) -> Figure | None:
    """tp, fp and fn summed over pages, then P/R/F1 (`metrics.aggregate.micro_prf_arrays`); pages without counts left out."""
    tp, fp, fn = (_matrix(values, f"{family}.{k}", pages) for k in ("tp", "fp", "fn"))
    keep = ~np.isnan(tp)
    if not keep.any():
        return None
    # Without a page left out the weights are used as they are (a copy of each block of them otherwise).
    tp, fp, fn, wk = (tp, fp, fn, w) if keep.all() else (tp[keep], fp[keep], fn[keep], w[:, keep])
    p, r, f1 = micro_prf_arrays(tp.sum(), fp.sum(), fn.sum())
    pw, rw, fw = micro_prf_arrays(wk @ tp, wk @ fp, wk @ fn)
    tn = _matrix(values, f"{family}.tn", pages)
    return Figure(precision=float(p), recall=float(r), f1=float(f1), precision_ci=_ci(pw, settings),
                  recall_ci=_ci(rw, settings), f1_ci=_ci(fw, settings), tp=float(tp.sum()), fp=float(fp.sum()),
                  fn=float(fn.sum()), tn=None if np.isnan(tn).all() else float(np.nansum(tn)))


def _figures(values: _Values, field: str, pages: Pages, w: Weights, settings: Settings) -> dict[str, Figure]:
    figures: dict[str, Figure] = {}
    for family in MACRO.get(field, ()):
        if fig := _macro(values, family, pages, w, settings):
            figures[family] = fig
    for family in MICRO.get(field, ()):
        if fig := _micro(values, family, pages, w, settings):
            figures[f"{family}_micro" if family in MACRO.get(field, ()) else family] = fig
    if field == "body" and (fig := _aeb(values, pages, w, settings)):
        figures["aeb"] = fig
    if field == "headline" and "exact" in values:
        exact = _matrix(values, "exact", pages)
        figures["exact"] = Figure(rate=macro_mean(exact, abstention="skip"),
                                  rate_ci=_ci(resampled_means(exact, w), settings))
    if field == "structure" and "order.tau" in values:
        tau = _matrix(values, "order.tau", pages)
        figures["order"] = Figure(rate=macro_mean(tau, abstention="skip"),
                                  rate_ci=_ci(resampled_means(tau, w), settings))
    if field == "snippets" and (fig := figures.get("snippets")) is not None:
        figures["snippets"] = _with_accuracy(values, fig, pages, w, settings)
    if field == "published":
        took = values.rows.get("took_modified", _NONE)[1]
        figures["took_modified"] = Figure(confused=int(took.sum()), eligible=len(took))
    return figures


def _with_accuracy(values: _Values, figure: Figure, pages: Pages, w: Weights, settings: Settings) -> Figure:
    """The snippet figure with trafilatura's accuracy, (tp + tn) / all snippets, summed over pages (micro)."""
    tp, fp, fn, tn = (np.nan_to_num(_matrix(values, f"snippets.{k}", pages)) for k in ("tp", "fp", "fn", "tn"))
    total, right = tp + fp + fn + tn, tp + tn
    accuracy = snippet_scores(tp.sum(), fp.sum(), fn.sum(), tn.sum()).accuracy
    with np.errstate(invalid="ignore", divide="ignore"):
        resampled = np.where(w @ total > 0, (w @ right) / (w @ total), 0.0)
    return dataclasses.replace(figure, accuracy=float(accuracy), accuracy_ci=_ci(resampled, settings))


Errors = Mapping[tuple[str, str, str], tuple[str, str]]
"""(corpus, page id, extractor) -> (error kind, error text) of every failed prediction."""


def _failures(errors: Errors | None, corpus: str, extractor: str, failed: list[str]) -> tuple[Failure, ...] | None:
    """The failed pages of one entry grouped by reason; None when the errors were not given."""
    if errors is None:
        return None
    items = []
    # a language view's pages are its corpus's
    corpus = next((corpus.removesuffix(f":{v}") for v in (ENGLISH, OTHER) if corpus.endswith(f":{v}")), corpus)
    for page in failed:
        where, page_id = page.split("/", 1) if corpus == POOLED else (corpus, page)
        kind, error = errors.get((where, page_id, extractor), ("unknown", "the error is not in the prediction store"))
        items.append((page, kind, error))
    return group_failures(items)


def leaderboard(scores: pd.DataFrame, seconds: pd.DataFrame, settings: Settings, *,
                corpora: Sequence[str] | None = None, multilingual: set[str] | None = None,
                errors: Errors | None = None, draws: Draws | None = None) -> list[Entry]:
    """One entry per (corpus, field, extractor): every figure family with CIs, counts, failures, timing.

    With `errors`, each entry also carries its failed pages grouped by reason (`score.failures`).

    The bootstrap is paired: one draw of resampled pages per page count (`metrics.bootstrap.resample_weights`,
    seeded), the same for every extractor and field scored on that many pages. `corpora` (every
    corpus of the run) and `multilingual` (those with English and other pages) default to what
    `scores` holds; they are given when `scores` holds one field of a larger table, with `draws` to share the
    bootstrap's draws across those calls.
    """
    entries = []
    draws = draws or Draws(settings.seed, settings.n_resamples)
    for corpus, by_corpus in _corpus_frames(_with_page_codes(scores), corpora, multilingual):
        entries += _corpus_entries(by_corpus, corpus, seconds, draws, settings, errors)
        del by_corpus  # the next corpus's frame is built without this one's rows
    return entries


def _corpus_entries(by_corpus: pd.DataFrame, corpus: str, seconds: pd.DataFrame, draws: Draws, settings: Settings,
                    errors: Errors | None) -> list[Entry]:
    """The entries of one corpus (or view): its (field, extractor) groups in sorted order, each taken by a mask (a
    groupby would sort a copy of every row)."""
    entries = []
    names = by_corpus["page_id"].cat.categories
    codes = by_corpus["page_id"].cat.codes.to_numpy()
    for field in sorted(map(str, by_corpus["field"].unique())):
        in_field = (by_corpus["field"] == field).to_numpy()
        # The pages a field is scored on in this corpus (pooled: pages of the corpora with gold for it).
        pages = np.unique(codes[in_field]).astype(np.int64)
        for extractor in sorted(map(str, by_corpus.loc[in_field, "extractor"].unique())):
            frame = by_corpus[in_field & (by_corpus["extractor"] == extractor).to_numpy()]
            entries.append(_entry(frame, corpus, field, extractor, pages, names, seconds, draws, settings, errors))
    return entries


def _entry(frame: pd.DataFrame, corpus: str, field: str, extractor: str, pages: Pages, names: pd.Index,
           seconds: pd.DataFrame, draws: Draws, settings: Settings, errors: Errors | None) -> Entry:
    first = frame.drop_duplicates("page_id")
    status = np.full(len(pages), None, dtype=object)
    status[np.searchsorted(pages, first["page_id"].cat.codes.to_numpy())] = first["status"].to_numpy(dtype=object)
    abstained = None
    if field in ("published", "modified"):
        abstained = int(len(frame[(frame["metric"] == "day.fn") & (frame["value"] == 1.0)]))
    mine = seconds["extractor"] == extractor
    if corpus != POOLED:
        mine &= seconds["corpus"] == corpus  # a language view matches no corpus: no timing of its own
    times = seconds[mine]["seconds"].dropna()
    values = _Values.of(frame)
    failed = [str(names[pages[i]]) for i in np.flatnonzero(status == "failed")]
    return Entry(corpus=corpus, field=field, extractor=extractor, pages=len(pages), failed=len(failed),
                 no_backend=int((status == "no-backend").sum()),
                 figures=draws.apply(len(pages), lambda w: _figures(values, field, pages, w, settings)),
                 median_ms=float(times.median() * 1000) if len(times) else None, abstained=abstained,
                 failures=_failures(errors, corpus, extractor, failed))


def _with_page_codes(scores: pd.DataFrame) -> pd.DataFrame:
    """`scores` with corpus and page id as categoricals whose categories are in lexical order (as `_read` gives)."""
    out = scores
    for name in ("corpus", "page_id"):
        column = out[name]
        if not isinstance(column.dtype, pd.CategoricalDtype) or list(column.cat.categories) != sorted(
                column.cat.categories):
            values = column.astype(object)
            out = out.assign(**{name: pd.Categorical(values, categories=sorted(values.unique()))})
    return out


def _corpus_frames(scores: pd.DataFrame, corpora: Sequence[str] | None = None,
                   multilingual: set[str] | None = None) -> Iterator[tuple[str, pd.DataFrame]]:
    """Each corpus's rows, then (sorted by name with them) the "pooled" corpus of all their pages when there are
    several corpora, and the language views of the multilingual ones (`_views`); built one at a time, not joined
    into one frame (at 100,000 pages a field's rows are 17 million)."""
    parts: list[tuple[str, Callable[[], pd.DataFrame]]] = []
    for corpus in sorted(map(str, scores["corpus"].unique())):
        parts.append((corpus, functools.partial(_rows_of, scores, corpus)))
    if len(scores["corpus"].unique() if corpora is None else corpora) >= 2:
        parts.append((POOLED, lambda: scores.assign(page_id=_pooled_ids(scores), corpus=POOLED)))
    parts += _views(scores, multilingual)
    for name, frame in sorted(parts, key=lambda part: part[0]):
        yield name, frame()


def _rows_of(scores: pd.DataFrame, corpus: str) -> pd.DataFrame:
    """The rows of one corpus (`scores` itself, not a copy, when they are all its rows)."""
    mine = (scores["corpus"] == corpus).to_numpy()
    return scores if mine.all() else scores[mine]


def _pooled_ids(scores: pd.DataFrame) -> pd.Categorical[str]:
    """"corpus/page id" of every row, as a categorical in lexical order; one string per distinct page, not per row."""
    corpus, page = scores["corpus"].cat, scores["page_id"].cat
    width = len(page.categories) + 1
    pairs, inverse = np.unique(corpus.codes.to_numpy().astype(np.int64) * width + page.codes.to_numpy(),
                               return_inverse=True)
    names = [f"{corpus.categories[k // width]}/{page.categories[k % width]}" for k in pairs.tolist()]
    order = sorted(range(len(names)), key=names.__getitem__)
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))
    return pd.Categorical.from_codes(rank[inverse.reshape(-1)], categories=pd.Index([names[i] for i in order]))


ENGLISH, OTHER = "en", "other"


def language_view(corpus: str, group: str) -> str:
    """The name of a corpus's language view: "newsbench:en" (English pages), "newsbench:other" (the rest)."""
    return f"{corpus}:{group}"


def multilingual_corpora(languages: pd.DataFrame) -> set[str]:
    """The corpora (of a frame with corpus and language columns) with English and other-language pages."""
    english, other = _language_groups(languages["language"])
    corpora = languages["corpus"].astype("category")
    codes = corpora.cat.codes.to_numpy()
    return {str(corpora.cat.categories[c]) for c in np.intersect1d(codes[english], codes[other]) if c >= 0}


def _views(scores: pd.DataFrame, multilingual: set[str] | None = None) -> list[tuple[str, Callable[[], pd.DataFrame]]]:
    """For every corpus with English and other-language pages, both language views, each built when called.

    English is every page whose language tag starts with "en"; "other" every page with another
    known language (undetermined "und" pages are in neither view). The views let a paper compare
    like with like: real corpora are mostly English, and some tools have no model for other scripts.
    """
    views: list[tuple[str, Callable[[], pd.DataFrame]]] = []
    english_rows, other_rows = _language_groups(scores["language"])
    multilingual = multilingual_corpora(scores) if multilingual is None else multilingual
    for corpus in sorted(map(str, scores["corpus"].unique())):
        if corpus in multilingual:
            mine = (scores["corpus"] == corpus).to_numpy()
            for group, rows in ((ENGLISH, mine & english_rows), (OTHER, mine & other_rows)):
                name = language_view(corpus, group)
                views.append((name, functools.partial(lambda n, r: scores[r].assign(corpus=n), name, rows)))
    return views


def _language_groups(language: pd.Series) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """For each row, whether its language is English (tag before any "-" is "en") and whether it is another known
    language (not "und"); decided once per distinct tag, not by a string per row (17 million at 100,000 pages).

    >>> [a.tolist() for a in _language_groups(pd.Series(["en-GB", "de", "und", "en"]))]
    [[True, False, False, True], [False, True, False, False]]
    """
    tags = language.astype("category")
    bases = [str(tag).split("-")[0] for tag in tags.cat.categories] + ["nan"]  # a missing tag (code -1) last
    codes = tags.cat.codes.to_numpy()
    english = np.array([base == "en" for base in bases], dtype=bool)
    other = np.array([base not in ("en", "und") for base in bases], dtype=bool)
    return english[codes], other[codes]


def significance(scores: pd.DataFrame, settings: Settings) -> list[Test]:
    """Paired approximate-randomisation tests of every pair of extractors, per corpus and field, Holm-corrected."""
    out = []
    for corpus in sorted(map(str, scores["corpus"].unique())):
        by_corpus = _rows_of(scores, corpus)  # a groupby would copy every row (17 million for the body at 100k pages)
        for field, metric in PAGE_SCORE.items():
            if metric is None:
                continue
            frame = by_corpus[(by_corpus["field"] == field) & (by_corpus["metric"] == metric)]
            table = frame.pivot_table(index="extractor", columns="page_id", values="value", aggfunc="first")
            table = table.dropna(axis=1)
            if len(table) < 2 or table.shape[1] < 2:
                continue
            rng = np.random.default_rng(settings.seed)
            names = list(table.index)
            for test in paired_tests(table.to_numpy(), rng=rng, n_resamples=settings.n_permutations):
                out.append(Test(str(corpus), field, metric, names[test.first], names[test.second], test.difference,
                                test.p_value, test.p_holm, bool(test.p_holm <= settings.alpha)))
    return out


def breakdowns(scores: pd.DataFrame) -> list[Breakdown]:
    """Mean per-page primary score per (corpus, field, extractor) and language, site and phenomenon tag."""
    out = []
    for field, metric in PAGE_SCORE.items():
        if metric is None:
            continue
        frame = scores[(scores["field"] == field) & (scores["metric"] == metric)]
        if frame.empty:
            continue
        for by, column in (("language", "language"), ("site", "site"), ("phenomenon", "phenomena")):
            # one (corpus, extractor) at a time: the tags of a million rows are twenty million
            for (corpus, extractor), rows in frame.groupby(["corpus", "extractor"], sort=True, observed=True):
                if by == "phenomenon":
                    rows = _exploded(rows)
                grouped = rows.groupby(column, sort=True, observed=True)["value"].agg(["mean", "count"])
                for group, mean, count in zip(grouped.index, grouped["mean"].to_numpy(), grouped["count"].to_numpy(),
                                              strict=True):
                    out.append(Breakdown(str(corpus), field, metric, by, str(group), str(extractor), float(mean),
                                         int(count)))
    return out


def _exploded(frame: pd.DataFrame) -> pd.DataFrame:
    """Value and one phenomenon tag per (row, tag) of `frame`, rows in order (rows without a tag left out):
    `DataFrame.explode` with only the columns a breakdown groups on."""
    tags = frame["phenomena"].to_numpy()
    lengths = np.array([0 if t is None else len(t) for t in tags], dtype=np.int64)
    flat = np.concatenate([np.asarray(t, dtype=object) for t in tags if t is not None and len(t)]) if lengths.sum() \
        else np.empty(0, dtype=object)
    keep = pd.notna(flat)
    out = frame[["value"]].iloc[np.repeat(np.arange(len(tags)), lengths)[keep]]
    return out.assign(phenomena=flat[keep])


def _stored(folder: RunFolder, manifest: Manifest) -> pa.Table:
    """The store's used rows of the manifest's extractors: key, error kind, error and seconds (no body)."""
    table = folder.store().index(extra=("seconds", "error")).table
    masks = [key_mask(table, *key) for key in sorted(manifest.keys(), key=str)]
    return table.filter(functools.reduce(pc.or_, masks)) if masks else table.slice(0, 0)


def _errors(stored: pa.Table, manifest: Manifest) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(corpus, page id, extractor) -> (error kind, error) of every failed prediction of `_stored`."""
    failed = stored.filter(pc.is_valid(stored["error"])).select(["extractor", "page_sha256", "error_kind", "error"])
    if not failed.num_rows:
        return {}
    pages: dict[str, list[tuple[str, str]]] = {}
    for record in manifest.corpora:
        ids, shas = page_ids_and_shas(record.folder)
        for page_id, sha in zip(ids, shas, strict=True):
            pages.setdefault(sha, []).append((record.name, page_id))
    return {(corpus, page_id, r["extractor"]): (r["error_kind"] or "unknown", r["error"])
            for r in failed.to_pylist() for corpus, page_id in pages.get(r["page_sha256"], ())}


_KEYS = ["corpus", "page_id", "language", "extractor", "field", "metric", "status"]
_FIGURE_SOURCES = ("figures.py", "results.py", "failures.py", "resamples.py")


def _filters(settings: Settings, field: str | None, metric: str | None) -> list[tuple[str, str, str]] | None:
    """The row filters of a read of scores.parquet: the settings' split, one field, one metric (None: no filter)."""
    filters = [("split", "=", settings.split)] if settings.split is not None else []
    filters += [("field", "=", field)] if field is not None else []
    filters += [("metric", "=", metric)] if metric is not None else []
    return filters or None


def _read(folder: RunFolder, settings: Settings, columns: list[str], field: str | None = None,
          metric: str | None = None) -> pd.DataFrame:
    """Some key columns (`_KEYS`, site) and the value of scores.parquet, for one field (and metric); strings as
    categoricals in lexical order."""
    strings = [c for c in columns if c != "value"]
    frame = _frame(folder.scores_batches(columns, _filters(settings, field, metric), strings), columns, strings)
    for name in strings:
        frame[name] = frame[name].cat.reorder_categories(sorted(frame[name].cat.categories))
    pa.default_memory_pool().release_unused()  # the read's buffers (1.2 GB for a field at 100,000 pages) go back
    return frame


def _page_tags(folder: RunFolder, settings: Settings, field: str,
               metric: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(corpus, page id) -> the page's phenomenon tags, from the score rows of one field and metric (every row of a
    page carries the same tags): each page's tags become Python objects once, not once for each of its rows
    (twenty million tags at 100,000 pages, which `to_pandas` held twice over)."""
    tags: dict[tuple[str, str], tuple[str, ...]] = {}
    for batch in folder.scores_batches(["corpus", "page_id", "phenomena"], _filters(settings, field, metric),
                                       ["corpus", "page_id"]):
        corpus, page = batch["corpus"], batch["page_id"]  # dictionary-encoded: a batch's pages are its first rows
        corpora, pages = corpus.dictionary.to_pylist(), page.dictionary.to_pylist()
        corpus_codes, page_codes = (np.asarray(a.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
                                    for a in (corpus, page))
        _, first = np.unique(corpus_codes * (len(pages) + 1) + page_codes, return_index=True)
        new = [(i, key) for i in np.sort(first).tolist()
               if (key := (corpora[corpus_codes[i]], pages[page_codes[i]])) not in tags]
        if new:
            found = batch["phenomena"].take(pa.array([i for i, _ in new], pa.int64())).to_pylist()
            tags.update((key, tuple(value or ())) for (_, key), value in zip(new, found, strict=True))
    pa.default_memory_pool().release_unused()
    return tags


def _frame(batches: Iterable[pa.RecordBatch], columns: list[str], strings: list[str]) -> pd.DataFrame:
    """A frame of record batches whose `strings` columns are dictionary-encoded and the rest numbers, built a batch at
    a time: codes against categories in first-seen order. Converting a whole table instead held it twice over (1.7 GB
    for a field at 100,000 pages)."""
    parts: dict[str, list[npt.NDArray[Any]]] = {c: [] for c in columns}
    known: dict[str, dict[str, int]] = {c: {} for c in strings}
    for batch in batches:
        for name in columns:
            array = batch.column(name)
            if name in known:
                seen = known[name]
                # index -1 (a null) takes the last entry, -1: no category
                codes = [seen.setdefault(v, len(seen)) for v in array.dictionary.to_pylist()] + [-1]
                # the smallest integers that hold the codes so far (np.concatenate widens the earlier batches' codes)
                to_code = np.array(codes, dtype=np.min_scalar_type(-len(seen) - 1))
                parts[name].append(to_code[array.indices.fill_null(-1).to_numpy()])
            else:
                parts[name].append(array.to_numpy(zero_copy_only=False))
    data: dict[str, Any] = {}
    for name in columns:
        chunks = parts.pop(name)
        values = np.concatenate(chunks) if chunks else np.empty(0, dtype=np.int64)
        data[name] = pd.Categorical.from_codes(values, categories=pd.Index(list(known[name]))) if name in known else (
            values.astype(np.float64))
    return pd.DataFrame(data)


def _seconds(stored: pa.Table, manifest: Manifest) -> pd.DataFrame:
    """Extractor, corpus of the page, error kind and seconds of every prediction of `_stored`.

    Extractor and corpus are categoricals (categories sorted); a page hash is looked up once per distinct page, never
    turned into a Python string per row (at 100,000 pages x 10 extractors those strings took 0.8 GB).
    """
    corpus_of_sha: dict[str, str] = {}
    for record in manifest.corpora:
        for sha in page_shas(record.folder):
            corpus_of_sha.setdefault(sha, record.name)
    names = sorted({record.name for record in manifest.corpora})
    code = {name: i for i, name in enumerate(names)}
    shas = pc.dictionary_encode(stored["page_sha256"].combine_chunks())
    codes = np.array([code.get(corpus_of_sha.get(sha, ""), -1) for sha in shas.dictionary.to_pylist()], dtype=np.int64)
    extractor = stored["extractor"].combine_chunks().dictionary_encode().to_pandas()
    return pd.DataFrame({
        "extractor": extractor.cat.reorder_categories(sorted(extractor.cat.categories)),
        "corpus": pd.Categorical.from_codes(codes[shas.indices.to_numpy()], categories=pd.Index(names)),
        "error_kind": stored["error_kind"].to_pandas(), "seconds": stored["seconds"].to_pandas()})


def operations(seconds: pd.DataFrame) -> list[Operation]:
    """Predictions, failures (by kind) and median time of every extractor on every corpus (a stored-predictions frame
    with corpus, extractor, error_kind and seconds)."""
    out = []
    for (corpus, extractor), frame in seconds.dropna(subset=["corpus"]).groupby(["corpus", "extractor"], sort=True,
                                                                                observed=True):
        kinds = frame["error_kind"].dropna().value_counts()
        times = frame["seconds"].dropna()
        out.append(Operation(str(corpus), str(extractor), len(frame), int(kinds.sum()),
                             {str(k): int(n) for k, n in sorted(kinds.items())},
                             float(times.median() * 1000) if len(times) else None))
    return out


def agreement(table: pd.DataFrame, settings: Settings) -> list[Agreement]:
    """Mean per-page agreement of every pair of extractors per corpus and measure, with a percentile bootstrap
    interval over the pages (seeded, one draw per page count as for the leaderboard)."""
    out, draws = [], Draws(settings.seed, settings.n_resamples)
    for (corpus, measure, a, b), frame in table.groupby(["corpus", "measure", "a", "b"], sort=True):
        values = frame.sort_values("page_id", kind="stable")["value"].to_numpy(dtype=np.float64)
        n = len(values)
        ci = _ci(draws.apply(n, functools.partial(resampled_means, values)), settings) if n else None
        out.append(Agreement(str(corpus), str(measure), str(a), str(b), n, float(values.mean()) if n else None, ci))
    return out


def _ranks(manifest: Manifest) -> dict[tuple[str, str], int]:
    """(corpus, page id) -> the page's place in (sha256, corpus order): the order in which pages' scores were summed
    before scoring streamed, kept so that every mean is the same to the last bit."""
    out = {}
    for record in manifest.corpora:
        ids, shas = page_ids_and_shas(record.folder)
        for rank, i in enumerate(sorted(range(len(ids)), key=lambda i: (shas[i], i))):
            out[(record.name, ids[i])] = rank
    return out


def _inputs(folder: RunFolder, manifest: Manifest, settings: Settings) -> str:
    digest = hashlib.sha256(json.dumps({
        "scores": file_sha256(folder.scores_path), "settings": dataclasses.asdict(settings),
        "store": inputs_digest(folder, manifest, False), "extractors": sorted(map(str, manifest.keys())),
        "agreement": file_sha256(folder.agreement_path) if folder.agreement_path.is_file() else None,
        "corpora": [[c.name, c.folder, c.fingerprint] for c in manifest.corpora]}, sort_keys=True).encode())
    for name in _FIGURE_SOURCES:
        digest.update((Path(__file__).parent / name).read_bytes())
    for module in (aggregate_module, bootstrap_module):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


def _scored(folder: RunFolder, manifest: Manifest, settings: Settings, seconds: pd.DataFrame,
            errors: Errors) -> tuple[list[Entry], list[Test], list[Breakdown]]:
    """Leaderboard entries, tests and breakdowns from scores.parquet, read one field at a time."""
    languages = _read(folder, settings, ["corpus", "language"]).drop_duplicates()
    corpora, multilingual = sorted(map(str, languages["corpus"].unique())), multilingual_corpora(languages)
    fields = sorted(map(str, _read(folder, settings, ["field"])["field"].unique()))
    ranks = _ranks(manifest)
    entries, tests, parts = [], [], []
    draws = Draws(settings.seed, settings.n_resamples)
    for field in fields:
        frame = _read(folder, settings, _KEYS + ["value"], field)
        entries += leaderboard(frame, seconds, settings, corpora=corpora, multilingual=multilingual, errors=errors,
                               draws=draws)
        tests += significance(frame, settings)
        del frame
    for field, metric in PAGE_SCORE.items():
        if metric is not None and field in fields:
            frame = _read(folder, settings, _KEYS + ["value", "site"], field, metric)
            tags = _page_tags(folder, settings, field, metric)
            keys = list(zip(frame["corpus"].astype(str), frame["page_id"].astype(str), strict=True))
            frame = frame.assign(phenomena=pd.Series([tags[key] for key in keys], index=frame.index, dtype=object),
                                 rank=[ranks[key] for key in keys])
            parts += breakdowns(frame.sort_values("rank", kind="stable"))
    entries.sort(key=lambda e: (e.corpus, e.field, e.extractor))
    field_order = {f: i for i, f in enumerate(PAGE_SCORE)}
    tests.sort(key=lambda t: (t.corpus, field_order[t.field]))
    return entries, tests, parts


def compute_results(folder: RunFolder, settings: Settings | None = None,
                    progress: Callable[[str], None] | None = None) -> Results:
    """Aggregate a run folder's scores.parquet into results (written to results.json and returned).

    `settings.split` restricts every figure to one split (e.g. "test"); None uses every page.
    scores.parquet is read one field at a time, only the columns the figures need, so memory
    holds one field's per-page values. When neither the scores, the store, the settings nor the
    code changed since results.json was written, its figures are kept (with the current manifest).
    """
    settings = settings or Settings()
    manifest = folder.read_manifest()
    inputs = _inputs(folder, manifest, settings)
    if folder.recalls("results", inputs, folder.results_path):
        old = Results.read(folder)
        results = Results(settings, manifest, old.leaderboard, old.significance, old.breakdowns, old.operations,
                          old.agreement)
    else:
        stored = _stored(folder, manifest)
        seconds, errors = _seconds(stored, manifest), _errors(stored, manifest)
        del stored
        found = folder.read_agreement()
        pairs = agreement(found.to_pandas(), settings) if found is not None and found.num_rows else []
        entries, tests, parts = _scored(folder, manifest, settings, seconds, errors)
        results = Results(settings, manifest, tuple(entries), tuple(tests), tuple(parts),
                          tuple(operations(seconds)), tuple(pairs))
    results.write(folder)
    folder.remember("results", inputs, folder.results_path)
    return results
