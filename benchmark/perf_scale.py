"""Scale: the run's memory and time from 10k to 100k pages, Ray against local, scoring 10 x 100k, a projection.

    python3 benchmark/perf_scale.py [--sizes 10000,50000,100000] [--work /tmp/newsbench-scale]
                                    [--skip ray,score] [--score-pages 100000] [--keep]

Synthetic corpus: the embedded dataset's pages replicated; copy k of a page has unique bytes (an
HTML comment naming the copy before </html>) and a unique word in its gold's last block, so no
page, gold or prediction repeats and no cache is hit across copies. Written once at the largest
size by `corpus.folder.write_folder` (10,000 rows a file); the smaller sizes are its first files.
Everything goes under --work and is deleted at the end (unless --keep).

Measured, each in a fresh process (`newsbench run ... --no-score --quiet`):
1. html-text (the cheapest tool) at each size, --jobs 2: the parent's peak resident set (VmHWM
   from /proc, sampled until it exits), the largest resident set of any process of the run
   (getrusage of the children, as /usr/bin/time -v reports it) and wall seconds per 1,000 pages.
2. The same 10k-page run with --engine ray (a local 2-CPU instance, started by the run) against
   --engine local.
3. Scoring 10 extractors x --score-pages pages: predictions of 10 body extractors on the
   embedded dataset (run once), replicated onto the copies (each body with its copy's word), then
   `newsbench score --split all --jobs 2` cold: peak memory, wall time and CPU seconds (all
   processes; divided by the pages x extractors: the one-core cost), then a rerun (cached).
4. A projection to 1M pages and a 10-node cluster from these rates, printed as such.
The machine may be shared: figures are single runs unless --repeat is given (medians then).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SCORE_EXTRACTORS = ("trafilatura", "readability-lxml", "goose3", "justext", "boilerpy3", "inscriptis", "html-text",
                    "resiliparse", "fulltext", "newspaper4k")
ROWS_PER_FILE = 10_000
SCORE_JOBS = (2,)  # one run: --jobs 1 on 100k pages takes an hour or more; CPU seconds give the one-core figure


def _copy_row(row: dict[str, Any], k: int) -> dict[str, Any]:
    """Copy k of a dataset row: unique bytes, unique id, a unique word at the end of the gold's last block."""
    from hashlib import sha256

    tag = f"<!-- copy {k} -->".encode()
    raw = row["raw_html"]
    at = raw.rfind(b"</html>")
    raw = raw + tag if at < 0 else raw[:at] + tag + raw[at:]
    html = row["html"]
    at_html = html.rfind("</html>")
    html = html + tag.decode() if at_html < 0 else html[:at_html] + tag.decode() + html[at_html:]
    blocks = [dict(b) for b in row["blocks"] or []]
    if blocks:
        blocks[-1]["text"] = f"{blocks[-1]['text']} copy{k}"
    body = "\n\n".join(b["text"] for b in blocks) if row["body"] is not None else None
    return {**row, "id": f"{row['id']}-c{k:06d}", "raw_html": raw, "html": html, "html_sha256": sha256(raw).hexdigest(),
            "blocks": blocks if row["blocks"] is not None else None, "body": body}


def make_corpus(work: Path, pages: int) -> tuple[Path, list[str]]:
    """The synthetic corpus of `pages` pages under work/corpus; returns it and each row's fingerprint line."""
    import pyarrow.parquet as pq

    from newsbench.corpus.folder import CARD, data_files, fingerprint_line, write_folder
    from newsbench.paths import default_dataset

    base = [row for path in data_files(default_dataset()) for row in pq.read_table(path).to_pylist()]
    lines: list[str] = []

    def rows() -> Any:
        for i in range(pages):
            row = _copy_row(base[i % len(base)], i // len(base))
            lines.append(fingerprint_line("test", row))
            yield row

    out = work / "corpus"
    write_folder(out, {"test": rows()}, lambda facts: {CARD: f"synthetic corpus of {pages} pages\n"},
                 rows_per_file=ROWS_PER_FILE)
    return out, lines


def subset(work: Path, corpus: Path, lines: list[str], pages: int) -> Path:
    """A dataset folder of the corpus's first `pages` rows (hard links to its first files)."""
    import hashlib

    out = work / f"corpus-{pages}"
    shutil.rmtree(out, ignore_errors=True)
    (out / "data").mkdir(parents=True)
    files = sorted((corpus / "data").glob("*.parquet"))[: pages // ROWS_PER_FILE]
    for path in files:
        os.link(path, out / "data" / path.name)
    digest = hashlib.sha256()
    for line in sorted(lines[:pages], key=lambda text: text.split("\t", 2)[1]):
        digest.update(line.encode())
    (out / "MANIFEST.json").write_text(json.dumps({"fingerprint": digest.hexdigest(), "rows": pages}))
    return out


def _hwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(pid: int) -> int | None:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    return int(children[0]) if children else None


def measured(args: list[str]) -> dict[str, float]:
    """Run `newsbench ARGS` under /usr/bin/time in a fresh process: wall seconds, the parent's peak RSS (VmHWM,
    sampled) and the largest RSS of any process of the run (time's %M)."""
    report = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsbench-scale-time-{os.getpid()}"
    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M %U %S", "-o", str(report), sys.executable, "-m", "newsbench",
                             *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak, parent = 0, None
    while proc.poll() is None:
        parent = parent or _child(proc.pid)
        if parent:
            peak = max(peak, _hwm(parent))
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"newsbench {' '.join(args)} failed: {proc.stderr.read() if proc.stderr else ''}")
    largest, user, system = report.read_text().split()[-3:]
    report.unlink()
    return {"seconds": seconds, "parent_peak_mb": peak / 2**20, "largest_mb": int(largest) * 1024 / 2**20,
            "cpu_seconds": float(user) + float(system)}


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def run_sizes(work: Path, corpus: Path, lines: list[str], sizes: list[int], repeat: int) -> dict[int, dict[str, float]]:
    """html-text at each size, --jobs 2."""
    out = {}
    for size in sizes:
        folder = subset(work, corpus, lines, size)
        runs = []
        for n in range(repeat):
            target = work / f"run-{size}-{n}"
            runs.append(measured(["run", "--corpus", str(folder), "--extractors", "html-text", "--jobs", "2",
                                  "--output", str(target), "--no-score", "--quiet"]))
            shutil.rmtree(target, ignore_errors=True)
        out[size] = _median(runs)
        out[size]["s_per_1000"] = out[size]["seconds"] / size * 1000
        print(f"html-text, {size:>7} pages, --jobs 2: {out[size]['seconds']:8.1f} s "
              f"({out[size]['s_per_1000']:.2f} s per 1,000 pages), parent peak RSS "
              f"{out[size]['parent_peak_mb']:.0f} MB, largest process {out[size]['largest_mb']:.0f} MB", flush=True)
    return out


def ray_against_local(work: Path, corpus: Path, lines: list[str], local: dict[str, float] | None) -> None:
    folder = subset(work, corpus, lines, 10_000)
    if local is None:
        local = measured(["run", "--corpus", str(folder), "--extractors", "html-text", "--jobs", "2", "--output",
                          str(work / "run-local"), "--no-score", "--quiet"])
    ray = measured(["run", "--engine", "ray", "--jobs", "2", "--corpus", str(folder), "--extractors", "html-text",
                    "--output", str(work / "run-ray"), "--no-score", "--quiet", "--shard-pages", "1000"])
    print(f"10,000 pages, html-text: local --jobs 2 {local['seconds']:.1f} s, ray (local 2-CPU instance, start-up "
          f"included) {ray['seconds']:.1f} s: ray/local {ray['seconds'] / local['seconds']:.2f}; driver peak RSS "
          f"{ray['parent_peak_mb']:.0f} MB", flush=True)


def scoring(work: Path, corpus: Path, lines: list[str], pages: int) -> float:
    """10 extractors x `pages` pages, scored cold; returns the CPU milliseconds per page and extractor."""
    from newsbench.corpus.pages import read_corpus
    from newsbench.paths import default_dataset
    from newsbench.store.folder import RunFolder

    real = RunFolder(work / "run-real")
    measured(["run", "--corpus", str(default_dataset()), "--extractors", ",".join(SCORE_EXTRACTORS), "--jobs", "2",
              "--output", str(real.path), "--no-score", "--quiet"])
    folder = subset(work, corpus, lines, pages)
    target = RunFolder(work / "run-score")
    manifest = real.read_manifest()
    by_sha: dict[str, list[dict[str, Any]]] = {}
    for row in real.store().rows():
        by_sha.setdefault(row["page_sha256"], []).append(row)
    base_shas = read_corpus(default_dataset()).index().column("html_sha256").to_pylist()
    index = read_corpus(folder).index()
    with target.store().writer("synthetic", flush_rows=20_000) as writer:
        for i, (page_id, sha) in enumerate(zip(index.column("id").to_pylist(), index.column("html_sha256").to_pylist(),
                                               strict=True)):
            k = i // len(base_shas)
            for row in by_sha[base_shas[i % len(base_shas)]]:
                body = row["body"] if row["body"] is None or row["error"] else f"{row['body']} copy{k}"
                writer.append({**row, "page_id": page_id, "page_sha256": sha, "body": body, "blocks": None})
    from dataclasses import replace

    from newsbench.run.pipeline import corpus_record

    target.write_manifest(replace(manifest, corpora=(corpus_record(read_corpus(folder)),)))
    ms_per_pair = float("nan")
    for jobs in SCORE_JOBS:
        target.cache_path.unlink(missing_ok=True)
        m = measured(["score", str(target.path), "--split", "all", "--jobs", str(jobs)])
        pairs = pages * len(SCORE_EXTRACTORS)
        ms_per_pair = m["cpu_seconds"] / pairs * 1000
        print(f"scoring {len(SCORE_EXTRACTORS)} extractors x {pages:,} pages, --jobs {jobs}: {m['seconds']:.0f} s wall, "
              f"{m['cpu_seconds']:.0f} s CPU ({m['cpu_seconds'] / pairs * 1000:.2f} ms CPU per page and extractor), "
              f"peak RSS parent {m['parent_peak_mb']:.0f} MB, largest process {m['largest_mb']:.0f} MB", flush=True)
    m = measured(["score", str(target.path), "--split", "all", "--jobs", "1"])
    print(f"  rerun, nothing changed: {m['seconds']:.1f} s", flush=True)
    return ms_per_pair


def projection(runs: dict[int, dict[str, float]], ms_per_pair: float | None, nodes: int = 10, cores: int = 2) -> None:
    """Arithmetic on the measured rates, printed as a projection: 1M pages here, and on `nodes` nodes of `cores` CPUs.

    Extraction on a cluster is `run --engine ray` (tasks spread over the nodes; Ray against local
    on one machine is measured above); `score` runs on one machine, `--jobs` processes.
    """
    print(f"projection (arithmetic on the rates above, not a measurement; {nodes} nodes of {cores} CPUs like this one):")
    if runs:
        largest = runs[max(runs)]
        core_seconds = largest["s_per_1000"] * 1000 * cores  # per 1M pages, html-text
        print(f"  run, html-text, 1,000,000 pages: {core_seconds / cores / 3600:.1f} h on this machine, about "
              f"{core_seconds / (nodes * cores) / 60:.0f} min on the cluster (Ray start-up and scheduling aside); the "
              f"parent's memory {largest['parent_peak_mb']:.0f} MB at {max(runs):,} pages (flat if the sizes above "
              "show it). Other tools cost their own ms a page (LEADERBOARD.md); html-text is the cheapest.")
    if ms_per_pair is not None:
        for extractors in (10, 20):
            cpu_hours = ms_per_pair * extractors * 1_000_000 / 1000 / 3600
            print(f"  score, {extractors} extractors x 1,000,000 pages: {cpu_hours:.1f} CPU-hours at "
                  f"{ms_per_pair:.2f} ms a pair: {cpu_hours / cores:.1f} h on this machine with --jobs {cores}; "
                  f"{cpu_hours / (nodes * cores):.1f} h only if scoring were spread over all {nodes * cores} CPUs, "
                  "which `score` does not do (one machine, --jobs processes)")


def main() -> None:
    """Measure and print."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--work", type=Path, default=Path("/tmp/newsbench-scale"))
    ap.add_argument("--skip", default="", help="comma-separated: runs, ray, score")
    ap.add_argument("--score-pages", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the generated corpora and runs")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    skip = set(args.skip.split(","))
    args.work.mkdir(parents=True, exist_ok=True)
    try:
        start = time.perf_counter()
        corpus, lines = make_corpus(args.work, max([*sizes, *([] if "score" in skip else [args.score_pages])]))
        print(f"synthetic corpus: {len(lines):,} pages written in {time.perf_counter() - start:.0f} s", flush=True)
        results = {} if "runs" in skip else run_sizes(args.work, corpus, lines, sizes, args.repeat)
        if "ray" not in skip:
            ray_against_local(args.work, corpus, lines, results.get(10_000))
        ms_per_pair = None if "score" in skip else scoring(args.work, corpus, lines, args.score_pages)
        projection(results, ms_per_pair)
    finally:
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
