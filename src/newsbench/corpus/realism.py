"""How far one corpus is from others, feature by feature: the distributions of `corpus.profile` compared.

Booleans are compared by their share of True, numbers by their quartiles and the two-sample
Kolmogorov-Smirnov statistic; each feature says whether the reference corpus lies inside the
range the other corpora span. `report.profile` renders the comparison as a table.
"""

from __future__ import annotations

import json  # noqa: F401  (used by the doctest of to_json)
from collections.abc import Iterable
from typing import Any

import pandas as pd

from newsbench.corpus.profile import ID_COLUMNS

Row = dict[str, Any]


def _values(frame: pd.DataFrame, feature: str) -> list[Any]:
    return [] if feature not in frame else [v for v in frame[feature].tolist() if v is not None and v == v]


def _kind(values: Iterable[list[Any]]) -> str | None:
    present = [v for vs in values for v in vs]
    if not present or any(isinstance(v, str) for v in present):
        return None
    return "boolean" if all(isinstance(v, bool) for v in present) else "number"


def _summary(values: list[Any], kind: str) -> Row:
    if not values:
        return {"n": 0, "share": None, "median": None, "q1": None, "q3": None}
    if kind == "boolean":
        return {"n": len(values), "share": sum(values) / len(values), "median": None, "q1": None, "q3": None}
    q1, median, q3 = (float(q) for q in pd.Series(values, dtype=float).quantile([0.25, 0.5, 0.75]))
    return {"n": len(values), "share": None, "median": median, "q1": q1, "q3": q3}


def _distance(reference: list[Any], other: list[Any], kind: str) -> float | None:
    if not reference or not other:
        return None
    if kind == "boolean":
        return abs(sum(reference) / len(reference) - sum(other) / len(other))
    from scipy.stats import ks_2samp

    return float(ks_2samp([float(v) for v in reference], [float(v) for v in other]).statistic)


def compare(frames: dict[str, pd.DataFrame], reference: str) -> list[Row]:
    """Per feature and corpus: the distribution's summary and its distance from `reference`.

    Booleans: `share` of True among the `n` pages with a value; distance = |share - reference
    share|. Numbers: `median`, `q1`, `q3` (linear interpolation) of the `n` pages with a
    value; distance = two-sample Kolmogorov-Smirnov statistic (scipy's `ks_2samp`) against
    the reference's values. A corpus without values has None there. Every row of a feature
    also carries `low` and `high`, the range of the other corpora's centres (share or median),
    `inside` (the reference's centre lies in it; None without centres) and `outside_by`
    (reference centre minus the nearer bound: > 0 above, < 0 below, 0 inside). Per-page
    figures are macro: every page counts once. Text-valued (categorical) features are
    skipped; their classes are booleans of their own.

    >>> f = {"ours": pd.DataFrame({"x": [True, True]}), "real": pd.DataFrame({"x": [False, True, None]})}
    >>> [(r["corpus"], r["n"], r["share"], r["distance"], r["outside_by"]) for r in compare(f, "ours")]
    [('ours', 2, 1.0, 0.0, 0.5), ('real', 2, 0.5, 0.5, 0.5)]
    """
    if reference not in frames:
        raise ValueError(f"reference corpus {reference!r} is not among {sorted(frames)}")
    features = list(dict.fromkeys(c for f in frames.values() for c in f.columns if c not in ID_COLUMNS))
    rows: list[Row] = []
    for feature in features:
        values = {name: _values(frame, feature) for name, frame in frames.items()}
        kind = _kind(values.values())
        if kind is None:
            continue
        summaries = {name: _summary(v, kind) for name, v in values.items()}
        centres = {name: s["share" if kind == "boolean" else "median"] for name, s in summaries.items()}
        others = [c for name, c in centres.items() if name != reference and c is not None]
        low, high = (min(others), max(others)) if others else (None, None)
        ours = centres[reference]
        inside = None if ours is None or low is None or high is None else low <= ours <= high
        outside_by = None if inside is None else 0.0 if inside else ours - (high if ours > high else low)
        for name, summary in summaries.items():
            rows.append({"feature": feature, "kind": kind, "corpus": name, "reference": reference, **summary,
                         "distance": _distance(values[reference], values[name], kind),
                         "low": low, "high": high, "inside": inside, "outside_by": outside_by})
    return rows


def to_json(rows: list[Row]) -> dict[str, Any]:
    """The comparison as a JSON-serialisable dict (for ``--json``): reference, corpora and the rows.

    >>> json.dumps(to_json([]))
    '{"schema_version": 1, "reference": null, "corpora": [], "rows": []}'
    """
    return {"schema_version": 1, "reference": rows[0]["reference"] if rows else None,
            "corpora": list(dict.fromkeys(r["corpus"] for r in rows)), "rows": [dict(r) for r in rows]}
