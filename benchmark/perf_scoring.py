"""Scoring and statistics performance: the two targets of the scoring issue, on one core.

    python3 benchmark/perf_scoring.py [RUN_FOLDER]

1. Scoring all fields for 10 extractors x 1,000 pages (target < 10 s): the real predictions of
   a run folder (default ROOT/runs/default, made by `newsbench run`) for the first 10
   extractors that produce a body, paired with their pages' gold, cycled to 1,000 pages per
   extractor, scored with `score.pages.page_rows` (default metrics, as `newsbench score`).
2. 1,000 bootstrap resamples for 15 systems x 4 fields x 1,000 pages (target < 5 s): the
   leaderboard's confidence intervals (`score.figures.leaderboard`) on a synthetic score table of
   that shape (body tokens P/R/F1 and headline tokens P/R/F1 macro, authors set P/R/F1
   macro, published day TP/FP/FN micro).
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd


def scoring(folder: Path) -> None:
    """Time the scoring of 10 x 1,000 (gold, prediction) pairs."""
    from newsbench.corpus.pages import read_gold
    from newsbench.score.page_scores import page_rows
    from newsbench.store.folder import RunFolder

    run = RunFolder(folder)
    manifest = run.read_manifest()
    gold = read_gold(Path(manifest.corpora[0].folder))
    produces = {e.name: frozenset(e.produces) for e in manifest.runnable()}
    chosen = [n for n in produces if "body" in produces[n] and n != "oracle"][:10]
    rows = [r for r in run.predictions(gold, manifest).to_pylist() if r["extractor"] in chosen]
    by_extractor = {n: [r for r in rows if r["extractor"] == n] for n in chosen}
    pairs = [(gold[r["page_id"]], r, produces[n]) for n in chosen
             for r in itertools.islice(itertools.cycle(by_extractor[n]), 1000)]
    start = time.process_time()
    count = sum(1 for g, r, p in pairs for _ in page_rows(g, r, p))
    seconds = time.process_time() - start
    print(f"scoring: {len(chosen)} extractors x 1000 pages ({len(gold)} distinct pages cycled), "
          f"{count} score rows: {seconds:.2f} s CPU (target < 10 s)")
    print("  extractors: " + ", ".join(chosen))


def bootstrap() -> None:
    """Time the leaderboard's bootstrap CIs on a 15 x 4 x 1,000 table."""
    from newsbench.score.figures import leaderboard
    from newsbench.score.results import Settings

    rng = np.random.default_rng(0)
    pages = [f"p{i:04d}" for i in range(1000)]
    parts: list[pd.DataFrame] = []
    for s in range(15):
        for field, family, kinds in (("body", "tokens", ("precision", "recall", "f1")),
                                     ("headline", "tokens", ("precision", "recall", "f1")),
                                     ("authors", "set", ("precision", "recall", "f1")),
                                     ("published", "day", ("tp", "fp", "fn", "tn"))):
            for kind in kinds:
                values = rng.integers(0, 2, 1000).astype(float) if field == "published" else rng.uniform(0, 1, 1000)
                parts.append(pd.DataFrame({"corpus": "c", "page_id": pages, "extractor": f"sys{s:02d}",
                                           "field": field, "metric": f"{family}.{kind}", "value": values,
                                           "status": "ok"}))
    frame = pd.concat(parts, ignore_index=True)
    start = time.process_time()
    entries = leaderboard(frame, pd.DataFrame(columns=["extractor", "corpus", "seconds"]), Settings(n_resamples=1000))
    seconds = time.process_time() - start
    print(f"bootstrap: 1000 resamples, {len(entries)} (system, field) leaderboard entries over 1000 pages, "
          f"P/R/F1 intervals each: {seconds:.2f} s CPU (target < 5 s)")


def main() -> None:
    """Run both measurements."""
    import os

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from newsbench.paths import default_run

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default_run()
    scoring(folder)
    bootstrap()


if __name__ == "__main__":
    main()
