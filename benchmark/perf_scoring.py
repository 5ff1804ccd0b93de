"""Scoring and statistics performance: the two targets of the scoring issue, on one core.

    python3 benchmark/perf_scoring.py [RUN_FOLDER] [--only scoring,rouge,bootstrap] [--extended]

1. Scoring all fields for 10 extractors x 1,000 pages (target < 10 s): the real predictions of
   a run folder (default ROOT/runs/default, made by `newsbench run`) for the first 10
   extractors that produce a body, paired with their pages' gold: the run's first 1,000 pages, each
   once (a run of fewer pages is cycled to 1,000, which flatters the figure), scored with
   `score.page_scores.page_rows` (default metrics, as `newsbench score`; `--extended` adds the
   extended ones, as `newsbench score --extended`). The sha256 of every score row is printed, to
   show that two implementations (PYTHONPATH=OTHER/src) give the same figures.
2. ROUGE-LSum alone (`metrics.rouge.rouge_lsum`) on the same 10,000 (gold, prediction) pairs: its
   share of 1., in ms a page. Run against another checkout's code (PYTHONPATH=OTHER/src) to
   compare implementations on the same pairs.
3. 1,000 bootstrap resamples for 15 systems x 4 fields x 1,000 pages (target < 5 s): the
   leaderboard's confidence intervals (`score.figures.leaderboard`) on a synthetic score table of
   that shape (body tokens P/R/F1 and headline tokens P/R/F1 macro, authors set P/R/F1
   macro, published day TP/FP/FN micro).
"""

from __future__ import annotations

import hashlib
import itertools
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd


def _pairs(folder: Path) -> tuple[list[str], list[tuple[Any, dict[str, Any], frozenset[str]]]]:
    """The first 10 body extractors of a run folder and 1,000 (gold, prediction, produces) pairs for each.

    The pages are the first 1,000 of the run's corpora in order, each once; a run of fewer pages
    is cycled to 1,000, which flatters the figure (repeated texts hit the metrics' caches), and the
    printed line says how many distinct pages there were. Pairs come page by page.
    """
    from newsbench.corpus.pages import read_gold
    from newsbench.store.folder import RunFolder

    run = RunFolder(folder)
    manifest = run.read_manifest()
    produces = {e.name: frozenset(e.produces) for e in manifest.runnable()}
    chosen = [n for n in produces if "body" in produces[n] and n != "oracle"][:10]
    by_extractor: dict[str, list[tuple[Any, dict[str, Any]]]] = {n: [] for n in chosen}
    for corpus in manifest.corpora:
        if all(len(pairs) >= 1000 for pairs in by_extractor.values()):
            break
        gold = read_gold(Path(corpus.folder))
        for row in run.predictions(gold, manifest).to_pylist():
            if row["extractor"] in by_extractor and len(by_extractor[row["extractor"]]) < 1000:
                by_extractor[row["extractor"]].append((gold[row["page_id"]], row))
    # Page by page, every extractor of a page together: the order `newsbench score` meets them in
    # (a run's store holds them page batch by page batch), which the metrics' per-page memos rely on.
    columns = [list(itertools.islice(itertools.cycle(by_extractor[n]), 1000)) for n in chosen]
    return chosen, [(g, r, produces[r["extractor"]]) for row in zip(*columns, strict=True) for g, r in row]


def scoring(folder: Path, extended: bool) -> None:
    """Time the scoring of 10 x 1,000 (gold, prediction) pairs."""
    from newsbench.score.page_scores import page_rows

    chosen, pairs = _pairs(folder)
    start = time.process_time()
    rows = [row for g, r, p in pairs for row in page_rows(g, r, p, extended)]
    seconds = time.process_time() - start
    count = len(rows)
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
    print(f"scoring{' --extended' if extended else ''}: {len(chosen)} extractors x 1000 pages "
          f"({len({id(g) for g, _, _ in pairs})} distinct pages), {count} score rows: {seconds:.2f} s CPU "
          f"(target < 10 s); rows sha256 {digest}")
    print("  extractors: " + ", ".join(chosen))


def rouge(folder: Path) -> None:
    """Time ROUGE-LSum alone on the same pairs, and print a digest of its figures (to compare implementations)."""

    from newsbench.metrics.rouge import rouge_lsum

    _, pairs = _pairs(folder)
    inputs = [(list(g.gold_blocks), "" if r["error"] is not None else (r["body"] or ""))
              for g, r, _ in pairs]
    start = time.process_time()
    figures = [rouge_lsum(blocks, body) for blocks, body in inputs]
    seconds = time.process_time() - start
    digest = hashlib.sha256(repr([(f.precision, f.recall, f.f1) for f in figures if f]).encode()).hexdigest()[:16]
    print(f"rouge: ROUGE-LSum on {len(inputs)} pairs: {seconds:.2f} s CPU, {seconds / len(inputs) * 1000:.2f} ms a "
          f"page; figures sha256 {digest}")


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
                parts.append(pd.DataFrame({"corpus": "c", "page_id": pages, "language": "en", "extractor": f"sys{s:02d}",
                                           "field": field, "metric": f"{family}.{kind}", "value": values,
                                           "status": "ok"}))
    frame = pd.concat(parts, ignore_index=True)
    start = time.process_time()
    entries = leaderboard(frame, pd.DataFrame(columns=["extractor", "corpus", "seconds"]), Settings(n_resamples=1000))
    seconds = time.process_time() - start
    print(f"bootstrap: 1000 resamples, {len(entries)} (system, field) leaderboard entries over 1000 pages, "
          f"P/R/F1 intervals each: {seconds:.2f} s CPU (target < 5 s)")


def main() -> None:
    """Run the measurements chosen with --only (default: all three)."""
    import argparse
    import os

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from newsbench.paths import default_run

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", nargs="?", type=Path, help="run folder (default: ROOT/runs/default)")
    parser.add_argument("--only", default="scoring,rouge,bootstrap", help="comma-separated: scoring, rouge, bootstrap")
    parser.add_argument("--extended", action="store_true", help="score the extended metrics too")
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    if chosen - {"scoring", "rouge", "bootstrap"}:
        parser.error(f"unknown measurement(s): {', '.join(sorted(chosen - {'scoring', 'rouge', 'bootstrap'}))}")
    folder = args.run or default_run()
    if "scoring" in chosen:
        scoring(folder, args.extended)
    if "rouge" in chosen:
        rouge(folder)
    if "bootstrap" in chosen:
        bootstrap()


if __name__ == "__main__":
    main()
