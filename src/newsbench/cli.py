"""The `newsbench` command: one subcommand per stage; handlers parse, call one function, map errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsbench import __version__
from newsbench.errors import NewsbenchError
from newsbench.extractors.registry import RegistryError
from newsbench.paths import default_root

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _validate(args: argparse.Namespace) -> int:
    from newsbench.validate import validate

    paths = args.paths or [default_root()]
    count = 0
    for problem in validate(paths):
        print(problem)
        count += 1
    if count:
        print(f"{count} problem(s) found", file=sys.stderr)
        return EXIT_FAILED
    print("all gold files valid", file=sys.stderr)
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from newsbench.build import build

    root = args.root or default_root()
    out = args.output or root / "dataset"
    summary = build(root, out)
    print(f"built {summary.rows} pages into {out} (fingerprint {summary.fingerprint[:16]})")
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    from newsbench.coverage import coverage_markdown

    print(coverage_markdown(args.root or default_root()))
    return EXIT_OK


def _extractors(args: argparse.Namespace) -> int:
    from newsbench.extractors.registry import describe

    infos = describe()
    width = max(len(i.name) for i in infos)
    for info in infos:
        state = "installed" if info.unavailable is None else f"skipped: {info.unavailable}"
        print(f"{info.name:<{width}}  {info.version or '-':<12}  {','.join(info.produces):<45}  {state}"
              + ("" if info.origin == "built-in" else f"  [{info.origin}]"))
    return EXIT_OK


def _progress_bar() -> tuple[object, object]:
    from tqdm import tqdm

    bar = tqdm(total=None, unit="prediction", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)

    def update(done: int, total: int, failures: int) -> None:
        if bar.total != total:
            bar.reset(total=total)
        bar.set_postfix(failures=failures, refresh=False)
        bar.update(done - bar.n)

    return bar, update


def _run(args: argparse.Namespace) -> int:
    from newsbench.extractors.registry import DEFAULT
    from newsbench.run import resolve_corpus, run
    from newsbench.runner import Limits, RunInterrupted

    corpora = [resolve_corpus(spec) for spec in args.corpus.split(",") if spec]
    names = [n for n in args.extractors.split(",") if n] if args.extractors else list(DEFAULT)
    folder = args.output or default_root() / "runs" / "default"
    bar, update = _progress_bar() if not args.quiet else (None, None)
    try:
        result = run(corpora, names, folder, jobs=args.jobs, limits=Limits(args.timeout, args.memory or None),
                     progress=update, argv=sys.argv)  # type: ignore[arg-type]
    except RunInterrupted as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 130
    finally:
        if bar is not None:
            bar.close()  # type: ignore[attr-defined]
    print(f"run folder: {result.folder}")
    print(_run_summary(result.manifest))
    return EXIT_OK


def _run_summary(manifest: dict) -> str:
    counts = manifest["counts"]
    lines = ["corpora: " + ", ".join(f"{c['name']} ({c['pages']} pages, {c['fingerprint'][:12]})" for c in manifest["corpora"]),
             f"predictions: {counts['computed']} computed, {counts['reused']} reused from the store",
             "extractor                 version       failures"]
    for e in manifest["extractors"]:
        if e["skipped"]:
            lines.append(f"{e['name']:<25} {'-':<13} skipped: {e['skipped']}")
        else:
            lines.append(f"{e['name']:<25} {e['version']:<13} {counts['failures'].get(e['name'], 0)}")
    return "\n".join(lines)


def _import_predictions(args: argparse.Namespace) -> int:
    from newsbench.external import import_predictions
    from newsbench.run import resolve_corpus

    corpus = resolve_corpus(args.corpus)
    folder = args.output or default_root() / "runs" / "default"
    report = import_predictions(args.file, corpus, folder)
    for line in report.lines():
        print(line)
    return EXIT_OK if not report.unknown else EXIT_FAILED


def parser() -> argparse.ArgumentParser:
    """The argument parser of the `newsbench` command."""
    p = argparse.ArgumentParser(prog="newsbench", description="A dataset and benchmark for news article extraction.")
    p.add_argument("--version", action="version", version=f"newsbench {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check gold files against the schema and their pages")
    v.add_argument("paths", nargs="*", type=Path, help="corpus root, gold directory or gold files (default: the repo)")
    v.set_defaults(func=_validate)
    b = sub.add_parser("build", help="build the Parquet dataset and its card from raw_html/ and gold/")
    b.add_argument("--root", type=Path, help="corpus root holding raw_html/ and gold/ (default: the repo)")
    b.add_argument("--output", type=Path, help="dataset folder to write (default: ROOT/dataset)")
    b.set_defaults(func=_build)
    s = sub.add_parser("stats", help="print the corpus coverage tables (languages, sites, phenomena)")
    s.add_argument("--root", type=Path, help="corpus root (default: the repo)")
    s.set_defaults(func=_stats)
    e = sub.add_parser("extractors", help="list every registered extractor, its version, fields and state")
    e.set_defaults(func=_extractors)
    r = sub.add_parser("run", help="run extractors over a corpus into a run folder (predictions + manifest)")
    r.add_argument("--corpus", default="dataset",
                   help="'dataset' (the embedded one) or dataset folder paths, comma-separated (default: dataset)")
    r.add_argument("--extractors", help="comma-separated extractor names (default: every built-in)")
    r.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    r.add_argument("--output", type=Path, help="run folder (default: ROOT/runs/default)")
    r.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per extraction (default 60)")
    r.add_argument("--memory", type=int, default=4096, help="MiB of address space per worker; 0 for no limit (default 4096)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=_run)
    i = sub.add_parser("import-predictions", help="import an external system's predictions (JSONL) into a run folder")
    i.add_argument("file", type=Path, help="JSONL file, one line a page (see README: external predictions)")
    i.add_argument("--corpus", default="dataset", help="the corpus the predictions are for (default: dataset)")
    i.add_argument("--output", type=Path, help="run folder (default: ROOT/runs/default)")
    i.set_defaults(func=_import_predictions)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failure found, 2 usage or input error)."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RegistryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE if "unknown extractor" in exc.reason else EXIT_FAILED
    except NewsbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
