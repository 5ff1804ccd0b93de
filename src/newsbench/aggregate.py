"""From per-page scores to the figures a report prints: leaderboards with bootstrap CIs, significance, breakdowns.

Per field, one *primary* figure family, and how it is averaged:
- body: `tokens` P/R/F1, macro over pages (mean of per-page values), and `tokens_micro` (token
  counts summed over pages; likewise `tokens_micro` for headline and `set_micro` for authors). Also `aeb` (mean per-page
  P over pages whose prediction has a shingle, mean R, F1 of the two means, as Zyte's
  benchmark), `wcxb` and `blocks` (macro), `rouge_lsum` (macro, when scored with --extended).
- headline: `tokens` P/R/F1 macro, and `exact` (share of pages with an exact match).
- published, modified: `day` P/R/F1 micro over pages (TP/FP/FN counted once per page, after
  htmldate), also `minute` and `within_1_day`; `took_modified`: share of eligible pages where
  the modified day was returned as the published one.
- authors: `set` P/R/F1 macro.
- entities: `typed` P/R/F1 micro over pages (document-level strict), `untyped`, and per type;
  pages without an NER backend are left out and counted.
Confidence intervals: percentile bootstrap over pages (default 1,000 resamples, seeded), the
same resampled pages for every extractor (paired). Significance: paired approximate
randomisation (10,000 sign-flip resamples) on the per-page primary score (macro: per-page F1; dates: 1 for a correct day,
or for rightly no date, else 0), every pair of extractors producing the field, Holm-corrected per field and corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from newsbench.metrics.bootstrap import paired_tests

FIELDS = ("body", "headline", "published", "modified", "authors", "entities")
MACRO = {"body": ("tokens", "wcxb", "blocks", "rouge_lsum"), "headline": ("tokens",), "authors": ("set",)}
MICRO = {"published": ("day", "minute", "within_1_day"), "modified": ("day", "minute", "within_1_day"),
         "entities": ("typed", "untyped", "PER", "ORG", "LOC", "MISC"),
         # micro counterparts of the macro families: tp, fp, fn summed over pages (figure "<family>_micro")
         "body": ("tokens",), "headline": ("tokens",), "authors": ("set",)}
PRIMARY = {"body": "tokens", "headline": "tokens", "published": "day", "modified": "day", "authors": "set",
           "entities": "typed"}
# The per-page score significance tests and breakdowns use, per field.
PAGE_SCORE = {"body": "tokens.f1", "headline": "exact", "published": "day.correct", "modified": "day.correct",
              "authors": "set.f1", "entities": None}


@dataclass(frozen=True, slots=True)
class Settings:
    """Statistics settings; recorded in the results."""

    n_resamples: int = 1000  # bootstrap resamples for confidence intervals
    n_permutations: int = 10000  # randomisation-test resamples: the smallest p is 1/(n+1), which after Holm
    # over m pairs must still fall below alpha (21 extractors: 210 pairs -> n >= 4,200)
    seed: int = 20261127
    confidence: float = 0.95
    alpha: float = 0.05


def _weights(pages: int, settings: Settings) -> npt.NDArray[np.float64]:
    rng = np.random.default_rng(settings.seed)
    return rng.multinomial(pages, np.full(pages, 1 / pages), size=settings.n_resamples).astype(np.float64)


def _interval(resampled: npt.NDArray[np.float64], settings: Settings) -> tuple[float, float]:
    resampled = resampled[~np.isnan(resampled)]
    if resampled.size == 0:
        return float("nan"), float("nan")
    low, high = np.quantile(resampled, [(1 - settings.confidence) / 2, (1 + settings.confidence) / 2])
    return float(low), float(high)


def _f1(p: npt.NDArray[np.float64], r: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(p + r > 0, 2 * p * r / (p + r), 0.0)


def _matrix(frame: pd.DataFrame, metric: str, pages: list[str]) -> npt.NDArray[np.float64]:
    values = frame[frame["metric"] == metric].set_index("page_id")["value"]
    return values.reindex(pages).to_numpy(dtype=np.float64)


def _macro(frame: pd.DataFrame, family: str, pages: list[str], w: npt.NDArray[np.float64],
           settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in ("precision", "recall", "f1"):
        v = _matrix(frame, f"{family}.{part}", pages)
        if np.isnan(v).all():
            return {}
        out[part] = float(np.nanmean(v))
        out[f"{part}_ci"] = _interval(w @ np.nan_to_num(v) / w.shape[1], settings)
    return out


def _aeb(frame: pd.DataFrame, pages: list[str], w: npt.NDArray[np.float64], settings: Settings) -> dict[str, Any]:
    p, r = _matrix(frame, "aeb.precision", pages), _matrix(frame, "aeb.recall", pages)
    if np.isnan(r).all():
        return {}

    def means(values: npt.NDArray[np.float64], weights: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        valid = ~np.isnan(values)
        with np.errstate(invalid="ignore", divide="ignore"):
            return (weights @ np.where(valid, values, 0.0)) / (weights @ valid.astype(np.float64))

    one = np.ones((1, len(pages)))
    pm, rm = means(p, one)[0], means(r, one)[0]
    pw, rw = means(p, w), means(r, w)
    return {"precision": float(pm), "recall": float(rm), "f1": float(_f1(np.array(pm), np.array(rm))),
            "precision_ci": _interval(pw, settings), "recall_ci": _interval(rw, settings),
            "f1_ci": _interval(_f1(pw, rw), settings), "empty_predictions": int(np.isnan(p).sum())}


def _micro(frame: pd.DataFrame, family: str, pages: list[str], w: npt.NDArray[np.float64],
           settings: Settings) -> dict[str, Any]:
    tp, fp, fn = (_matrix(frame, f"{family}.{k}", pages) for k in ("tp", "fp", "fn"))
    keep = ~np.isnan(tp)
    if not keep.any():
        return {}
    tp, fp, fn, wk = tp[keep], fp[keep], fn[keep], w[:, keep]

    def prf(t: Any, f: Any, n: Any) -> tuple[Any, Any, Any]:
        with np.errstate(invalid="ignore", divide="ignore"):
            nothing = (t + f + n) == 0
            p = np.where(nothing, 1.0, np.where(t + f > 0, t / (t + f), 0.0))
            r = np.where(nothing, 1.0, np.where(t + n > 0, t / (t + n), 0.0))
        return p, r, _f1(p, r)

    p, r, f1 = prf(tp.sum(), fp.sum(), fn.sum())
    pw, rw, fw = prf(wk @ tp, wk @ fp, wk @ fn)
    out = {"precision": float(p), "recall": float(r), "f1": float(f1), "precision_ci": _interval(pw, settings),
           "recall_ci": _interval(rw, settings), "f1_ci": _interval(fw, settings),
           "tp": float(tp.sum()), "fp": float(fp.sum()), "fn": float(fn.sum())}
    tn = _matrix(frame, f"{family}.tn", pages)
    if not np.isnan(tn).all():
        out["tn"] = float(np.nansum(tn))
    return out


def leaderboard(scores: pd.DataFrame, seconds: pd.DataFrame, settings: Settings) -> list[dict[str, Any]]:
    """One entry per (corpus, field, extractor): every figure family with CIs, counts, failures, timing."""
    entries = []
    weights: dict[int, npt.NDArray[np.float64]] = {}  # one draw per page count: the same for every extractor
    for corpus, by_corpus in _with_pooled(scores).groupby("corpus", sort=True):
        for (field, extractor), frame in by_corpus.groupby(["field", "extractor"], sort=True):
            # The pages a field is scored on in this corpus (pooled: pages of the corpora with gold for it).
            pages = sorted(by_corpus[by_corpus["field"] == field]["page_id"].unique())
            if len(pages) not in weights:
                weights[len(pages)] = _weights(len(pages), settings)
            w = weights[len(pages)]
            per_page = frame.drop_duplicates("page_id").set_index("page_id")["status"].reindex(pages)
            entry: dict[str, Any] = {
                "corpus": corpus, "field": field, "extractor": extractor, "pages": len(pages),
                "failed": int((per_page == "failed").sum()), "no_backend": int((per_page == "no-backend").sum()),
            }
            figures: dict[str, Any] = {}
            for family in MACRO.get(field, ()):
                if fig := _macro(frame, family, pages, w, settings):
                    figures[family] = fig
            for family in MICRO.get(field, ()):
                if fig := _micro(frame, family, pages, w, settings):
                    figures[f"{family}_micro" if family in MACRO.get(field, ()) else family] = fig
            if field == "body" and (fig := _aeb(frame, pages, w, settings)):
                figures["aeb"] = fig
            if field == "headline" and (frame["metric"] == "exact").any():
                exact = _matrix(frame, "exact", pages)
                figures["exact"] = {"rate": float(np.nanmean(exact)),
                                    "rate_ci": _interval(w @ np.nan_to_num(exact) / len(pages), settings)}
            if field in ("published", "modified"):
                empty = frame[(frame["metric"] == "day.fn") & (frame["value"] == 1.0)]
                entry["abstained"] = int(len(empty))
            if field == "published":
                took = frame[frame["metric"] == "took_modified"]["value"]
                figures["took_modified"] = {"confused": int(took.sum()), "eligible": int(len(took))}
            entry["figures"] = figures
            entry["primary"] = figures.get(PRIMARY[field], {})
            mine = seconds["extractor"] == extractor
            if corpus != POOLED:
                mine &= seconds["corpus"] == corpus
            times = seconds[mine]["seconds"].dropna()
            entry["median_ms"] = float(times.median() * 1000) if len(times) else None
            entries.append(entry)
    return entries


POOLED = "pooled"


def _with_pooled(scores: pd.DataFrame) -> pd.DataFrame:
    """The scores plus, when there are several corpora, a "pooled" corpus of all their pages."""
    corpora = scores["corpus"].unique()
    if len(corpora) < 2:
        return scores
    pooled = scores.assign(page_id=scores["corpus"] + "/" + scores["page_id"], corpus=POOLED)
    return pd.concat([scores, pooled], ignore_index=True)


def significance(scores: pd.DataFrame, settings: Settings) -> list[dict[str, Any]]:
    """Paired approximate-randomisation tests of every pair of extractors, per corpus and field, Holm-corrected."""
    out = []
    for corpus, by_corpus in scores.groupby("corpus", sort=True):
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
                out.append({"corpus": corpus, "field": field, "metric": metric, "a": names[test.first],
                            "b": names[test.second], "difference": test.difference, "p_value": test.p_value,
                            "p_holm": test.p_holm, "significant": test.p_holm <= settings.alpha})
    return out


def breakdowns(scores: pd.DataFrame) -> list[dict[str, Any]]:
    """Mean per-page primary score per (corpus, field, extractor) and language, site and phenomenon tag."""
    out = []
    for field, metric in PAGE_SCORE.items():
        if metric is None:
            continue
        frame = scores[(scores["field"] == field) & (scores["metric"] == metric)]
        if frame.empty:
            continue
        for by in ("language", "site"):
            grouped = frame.groupby(["corpus", "extractor", by], sort=True)["value"].agg(["mean", "count"])
            for (corpus, extractor, group), row in grouped.iterrows():
                out.append({"corpus": corpus, "field": field, "metric": metric, "by": by, "group": group,
                            "extractor": extractor, "mean": float(row["mean"]), "pages": int(row["count"])})
        tags = frame.explode("phenomena").dropna(subset=["phenomena"])
        grouped = tags.groupby(["corpus", "extractor", "phenomena"], sort=True)["value"].agg(["mean", "count"])
        for (corpus, extractor, group), row in grouped.iterrows():
            out.append({"corpus": corpus, "field": field, "metric": metric, "by": "phenomenon", "group": group,
                        "extractor": extractor, "mean": float(row["mean"]), "pages": int(row["count"])})
    return out
