"""The dev/test split: computed, never typed; whole sites on one side, stratified by language."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np

from newsbench.corpus.schema import Gold

SEED = 20261127
FOLDS = 7  # the dev split is one fold of seven: about 15% of the pages
METHOD = (f"scikit-learn StratifiedGroupKFold(n_splits={FOLDS}, shuffle=True, random_state={SEED}) over pages "
          "sorted by id, groups = site, classes = language; the first fold's held-out pages are `dev`, the rest `test`")


def assign(golds: Sequence[Gold]) -> dict[str, str]:
    """Split name ("dev" or "test") per page id. With fewer sites than folds, every page is test.

    Grouping by site keeps a site's pages (and so every minimal-pair variant with its
    original) on one side, so dev and test never share a template.
    """
    from sklearn.model_selection import StratifiedGroupKFold

    ordered = sorted(golds, key=lambda g: g.id)
    sites = [g.site for g in ordered]
    if len(set(sites)) < FOLDS:
        return {g.id: "test" for g in ordered}
    languages = [g.language.split("-")[0] for g in ordered]
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    with warnings.catch_warnings():
        # Languages served by a single site cannot be spread over folds; stratification is
        # best-effort by design (whole sites move together), so sklearn's notice is expected.
        warnings.filterwarnings("ignore", message="The least populated class in y", category=UserWarning)
        _, dev = next(iter(folds.split(np.zeros(len(ordered)), languages, groups=sites)))
    chosen = set(dev.tolist())
    return {g.id: "dev" if i in chosen else "test" for i, g in enumerate(ordered)}
