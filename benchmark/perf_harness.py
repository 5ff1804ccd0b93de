"""Harness performance: overhead against a plain loop, scaling with --jobs, and reruns from a full store.

    python3 benchmark/perf_harness.py [--corpus dataset|PATH] [--extractors a,b,...] [--repeat N] [--each]

Each measurement runs in a fresh process and includes interpreter start-up, imports and
reading the corpus, the same for the plain loop and for `newsbench run`. The plain loop calls
the same extractors' `extract` on the same pages in one process, with no isolation, no store
and no manifest; `newsbench run` is called with --no-score, so both sides only extract. Prints a table and the ratios the harness issue sets targets for:
--jobs 1 / plain <= 1.05, --jobs 2 efficiency (--jobs 1 / (2 x --jobs 2)) >= 0.9, rerun / first run < 0.05,
for the extraction alone and for a whole `newsbench run` (extraction and scoring) rerun with nothing changed.

--each instead runs every extractor alone with --jobs 1 and --jobs 2 and prints, per extractor, both wall
times, the efficiency and the cores it keeps busy with --jobs 1 (CPU seconds of all processes / wall
seconds): a tool that already uses more than one core with one worker (node's helper threads) cannot
double its speed with two workers on two cores, whatever the harness costs.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time

PLAIN = """
import sys
from newsbench.extractors.registry import create
from newsbench.corpus.pages import resolve_corpus
from dataclasses import replace
corpus = resolve_corpus(sys.argv[1])
extractors = [e for e in (create(name) for name in sys.argv[2].split(",")) if not e.unavailable()]
gold = corpus.gold if any(e.uses_gold for e in extractors) else {}
for page in corpus.pages:  # streamed and read once, as the harness reads each page once for every extractor
    for extractor in extractors:
        try:
            extractor.extract(replace(page, gold=gold[page.id]) if extractor.uses_gold else page)
        except Exception:
            pass
for extractor in extractors:  # as a worker does: a helper process (node) is waited for, so its CPU is counted
    close = getattr(extractor, "close", None)
    if callable(close):
        close()
"""


def _timed(cmd: list[str]) -> float:
    """Wall seconds of `cmd`; its CPU seconds (user + system, with every process it waited for) go to CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


CPU: list[float] = []


def each(corpus: str, extractors: list[str], repeat: int) -> None:
    """--jobs 1 and --jobs 2 of every extractor alone (medians of `repeat`)."""
    print(f"{'extractor':24} {'--jobs 1 s':>10} {'--jobs 2 s':>10} {'efficiency':>10} {'cores at --jobs 1':>18}")
    for name in extractors:
        run = [sys.executable, "-m", "newsbench", "run", "--corpus", corpus, "--extractors", name, "--quiet",
               "--no-score"]
        walls: dict[int, list[float]] = {1: [], 2: []}
        cores: list[float] = []
        for _ in range(repeat):
            for jobs in (1, 2):
                with tempfile.TemporaryDirectory() as out:
                    walls[jobs].append(_timed([*run, "--jobs", str(jobs), "--output", out]))
                if jobs == 1:
                    cores.append(CPU[-1] / walls[1][-1])
        j1, j2 = statistics.median(walls[1]), statistics.median(walls[2])
        print(f"{name:24} {j1:10.2f} {j2:10.2f} {j1 / (2 * j2):10.2f} {statistics.median(cores):18.2f}", flush=True)


def main() -> None:
    """Measure and print."""
    from newsbench.extractors.registry import DEFAULT

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="dataset")
    ap.add_argument("--extractors", default=",".join(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="repetitions; the median is reported")
    ap.add_argument("--each", action="store_true", help="every extractor alone, --jobs 1 against --jobs 2")
    args = ap.parse_args()
    if args.each:
        each(args.corpus, args.extractors.split(","), args.repeat)
        return
    run = [sys.executable, "-m", "newsbench", "run", "--corpus", args.corpus, "--extractors", args.extractors,
           "--quiet", "--no-score"]
    plain, jobs1, jobs2, rerun, full, full_rerun = [], [], [], [], [], []
    scored = [*(a for a in run if a != "--no-score"), "--jobs", "2"]
    cpu: dict[str, list[float]] = {"plain": [], "jobs1": [], "jobs2": []}
    for _ in range(args.repeat):
        plain.append(_timed([sys.executable, "-c", PLAIN, args.corpus, args.extractors]))
        cpu["plain"].append(CPU[-1])
        with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two, \
                tempfile.TemporaryDirectory() as three:
            jobs1.append(_timed([*run, "--jobs", "1", "--output", one]))
            cpu["jobs1"].append(CPU[-1])
            jobs2.append(_timed([*run, "--jobs", "2", "--output", two]))
            cpu["jobs2"].append(CPU[-1])
            rerun.append(_timed([*run, "--jobs", "2", "--output", two]))
            full.append(_timed([*scored, "--output", three]))
            full_rerun.append(_timed([*scored, "--output", three]))
    p, j1, j2, r, f, fr = (statistics.median(x) for x in (plain, jobs1, jobs2, rerun, full, full_rerun))
    from newsbench.corpus.pages import resolve_corpus

    pages = resolve_corpus(args.corpus).rows
    print(f"corpus {args.corpus}: {pages} pages; {len(args.extractors.split(','))} extractors; median of {args.repeat}")
    print(f"plain loop           {p:8.2f} s")
    print(f"newsbench --jobs 1   {j1:8.2f} s   overhead {j1 / p:.3f}x  (target <= 1.05)")
    print(f"newsbench --jobs 2   {j2:8.2f} s   {j2 / j1:.3f}x of --jobs 1, efficiency {j1 / (2 * j2):.2f}  (target >= 0.9)")
    print(f"rerun, full store    {r:8.2f} s   {r / j2:.3%} of the first --jobs 2 run  (target < 5%)")
    print(f"run + score          {f:8.2f} s   rerun with nothing changed {fr:.2f} s = {fr / f:.3%}  (target < 5%)")
    c = {k: statistics.median(v) for k, v in cpu.items()}
    print(f"CPU seconds (all processes): plain {c['plain']:.2f}, --jobs 1 {c['jobs1']:.2f} ({c['jobs1'] / c['plain']:.3f}x), "
          f"--jobs 2 {c['jobs2']:.2f} ({c['jobs2'] / c['plain']:.3f}x)")


if __name__ == "__main__":
    main()
