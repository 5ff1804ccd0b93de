"""The `newsbench` command: one subcommand per stage; handlers parse, call one function, map errors."""

from __future__ import annotations

import argparse
import math
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsbench.corpus.folder import OutputRefused
from newsbench.errors import NewsbenchError
from newsbench.extractors.registry import RegistryError
from newsbench.paths import default_root, default_run
from newsbench.score.results import Results, Settings
from newsbench.store.manifest import Manifest
from newsbench.version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
SPLITS = ("test", "dev", "all")  # what --split accepts: a split of the dataset, or every page


def _validate(args: argparse.Namespace) -> int:
    from newsbench.corpus.validate import validate

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
    from newsbench.corpus.build import build

    root = args.root or default_root()
    out = args.output or root / "dataset"
    summary = build(root, out)
    print(f"built {summary.rows} pages into {out} (fingerprint {summary.fingerprint[:16]})")
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    from newsbench.corpus.coverage import coverage_markdown

    print(coverage_markdown(args.root or default_root()))
    return EXIT_OK


def _extractors(args: argparse.Namespace) -> int:
    from newsbench.extractors.registry import describe_all

    records = describe_all()
    width = max(len(r.name) for r in records)
    for r in records:
        state = "installed" if r.skipped is None else f"skipped: {r.skipped}"
        print(f"{r.name:<{width}}  {r.version or '-':<12}  {','.join(r.produces):<45}  {state}"
              + ("" if r.origin == "built-in" else f"  [{r.origin}]"))
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


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(n_resamples=args.resamples, n_permutations=args.permutations, seed=args.seed,
                    split=None if args.split == "all" else args.split)


def _run(args: argparse.Namespace) -> int:
    from newsbench.api import run_extractors, score_run
    from newsbench.run.pipeline import Engine
    from newsbench.run.pool import Limits, RunInterrupted

    extractors = [n for n in args.extractors.split(",") if n] if args.extractors else None
    bar, update = _progress_bar() if not args.quiet else (None, None)
    engine = Engine(args.engine, args.address, args.shard_pages, retry_transient=not args.keep_failures)
    try:
        result = run_extractors(extractors, args.corpus, output=args.output, jobs=args.jobs,
                                limits=Limits(args.timeout, args.memory or None), progress=update,  # type: ignore[arg-type]
                                argv=sys.argv, isolate_network=args.isolate_network, engine=engine)
    except RunInterrupted as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 130
    finally:
        if bar is not None:
            bar.close()  # type: ignore[attr-defined]
    print(f"run folder: {result.folder.path}")
    print(_run_summary(result.manifest))
    if not args.no_score:
        print()
        print(_leaderboard_text(score_run(result.folder.path, settings=_settings(args), jobs=args.jobs)))
    return EXIT_OK


def _run_summary(manifest: Manifest) -> str:
    counts = manifest.counts
    lines = ["corpora: " + ", ".join(f"{c.name} ({c.pages} pages, {c.fingerprint[:12]})" for c in manifest.corpora),
             f"predictions: {counts.computed} computed, {counts.reused} reused from the store",
             "extractor                 version       failures"]
    for e in manifest.extractors:
        if e.skipped:
            lines.append(f"{e.name:<25} {'-':<13} skipped: {e.skipped}")
        else:
            lines.append(f"{e.name:<25} {e.version or '-':<13} {counts.failures.get(e.name, 0)}")
    return "\n".join(lines)


def _datasheet(args: argparse.Namespace) -> int:
    from newsbench.corpus.datasheet import update

    stale = update(args.root or default_root(), check=args.check)
    if args.check:
        print("DATASHEET.md is stale: run `newsbench datasheet`" if stale else "DATASHEET.md is current",
              file=sys.stderr)
        return EXIT_FAILED if stale else EXIT_OK
    print("DATASHEET.md updated" if stale else "DATASHEET.md already current", file=sys.stderr)
    return EXIT_OK


def _leaderboard(args: argparse.Namespace) -> int:
    from newsbench.report.leaderboard import update
    from newsbench.score.reference import write_reference
    from newsbench.store.folder import RunFolder

    root = default_root()
    if args.supplement and not args.reference:
        print("error: --supplement names what --reference RUN is written as", file=sys.stderr)
        return EXIT_USAGE
    if args.reference and args.supplement:
        print(write_reference(RunFolder(args.reference), root / "benchmark" / "results" / "supplements", args.supplement))
    elif args.reference:
        print(write_reference(RunFolder(args.reference), root / "benchmark" / "results"))
    stale = update(root, check=args.check)
    if args.check:
        print("benchmark/LEADERBOARD.md is stale: run `newsbench leaderboard`" if stale
              else "benchmark/LEADERBOARD.md is current", file=sys.stderr)
        return EXIT_FAILED if stale else EXIT_OK
    print("benchmark/LEADERBOARD.md " + ("updated" if stale else "already current"), file=sys.stderr)
    return EXIT_OK


def _agreement(args: argparse.Namespace) -> int:
    from newsbench.corpus.agreement import agreement_markdown
    from newsbench.corpus.review import summary_markdown

    root = args.root or default_root()
    print(agreement_markdown(root))
    print("Reviews by people (gold/reviews/):\n")
    print(summary_markdown(root), end="")
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from newsbench.corpus.reviewapp import serve

    serve(args.root or default_root(), args.port, args.reviewer or "",
          ready=lambda url: print(f"review app at {url} (Ctrl-C stops); reviews are saved under "
                                  f"{(args.root or default_root()) / 'gold' / 'reviews'}", flush=True))
    return EXIT_OK


def _profile(args: argparse.Namespace) -> int:
    import json

    from newsbench.corpus.pages import resolve_folder
    from newsbench.corpus.profile import profile_corpus
    from newsbench.corpus.realism import compare, to_json
    from newsbench.report.profile import profile_markdown

    def keep(row: dict[str, object]) -> bool:
        notes = str(row.get("notes") or "")
        typed = "page type:" in notes  # corpora that type their pages (WCXB): only the chosen types
        return ((not args.split or row["split"] == args.split)
                and (not args.site or row["site"] in args.site.split(","))
                and (not args.page_type or not typed or f"page type: {args.page_type}" in notes))

    frames = {}
    for spec in args.corpora:
        folder, name = resolve_folder(spec)
        frames[name] = profile_corpus(folder, name, filter=keep)
    rows = compare(frames, args.reference or next(iter(frames)))
    if args.json:
        args.json.write_text(json.dumps(to_json(rows), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(profile_markdown(rows, detail=not args.brief), end="")
    return EXIT_OK


def _score(args: argparse.Namespace) -> int:
    from newsbench.api import score_run
    from newsbench.store.folder import RunFolder

    folder = RunFolder(args.run or default_run())
    results = score_run(folder.path, settings=_settings(args), extended=args.extended, jobs=args.jobs)
    print(f"scored {folder.scores_path}; results in {folder.results_path}")
    print(_leaderboard_text(results))
    return EXIT_OK


def _compact(args: argparse.Namespace) -> int:
    from newsbench.store.folder import RunFolder

    folder = RunFolder(args.run or default_run())
    with folder.lock():
        store = folder.store()
        before = store.stored_rows()
        rows = store.compact()
    print(f"{folder.predictions_path}: {rows} predictions in {len(store.shards())} shard(s) "
          f"({before - rows} superseded or duplicate rows dropped)")
    return EXIT_OK


def _leaderboard_text(results: Results) -> str:
    from newsbench.report.terminal import leaderboard_text

    return leaderboard_text(results)


def _report(args: argparse.Namespace) -> int:
    from newsbench.report import render
    from newsbench.store.folder import RunFolder

    folder = RunFolder(args.run or default_run())
    results = Results.read(folder)
    out = args.output or folder.report_path
    paths = render(results, [f for f in args.format.split(",") if f], out, folder)
    for path in paths:
        if path.parent.parent.name != "inspect":  # one line for the inspection's page files
            print(path)
    pages = sum(1 for p in paths if p.parent.parent.name == "inspect")
    if pages:
        print(f"{out / 'inspect'}: {pages} page files")
    return EXIT_OK


def _inspect(args: argparse.Namespace) -> int:
    from newsbench.report.inspection import Inspection
    from newsbench.report.inspectpage import write_run
    from newsbench.store.folder import RunFolder

    folder = RunFolder(args.run or default_run())
    split = [item for value in args.page or () for item in value.split(",") if item]
    names = [item for value in args.extractor or () for item in value.split(",") if item]
    if args.serve:
        from newsbench.report.inspectserver import serve

        inspection = Inspection(folder, extractors=names or None, pages=split or None)
        serve(inspection, args.port, ready=lambda url: print(f"serving the inspection at {url} (Ctrl-C stops)",
                                                             flush=True))
        return EXIT_OK
    paths = write_run(folder, args.output or folder.report_path, names or None, split or None)
    print(f"{paths[0]} ({len(paths) - 1} page files)")
    return EXIT_OK


def _import_predictions(args: argparse.Namespace) -> int:
    from newsbench.corpus.pages import resolve_corpus
    from newsbench.run.external import import_predictions
    from newsbench.store.folder import RunFolder

    corpus = resolve_corpus(args.corpus)
    report = import_predictions(args.file, corpus, RunFolder(args.output or default_run()), force=args.force)
    for line in report.lines():
        print(line)
    return EXIT_OK if not report.unknown else EXIT_FAILED


def _check_submission(args: argparse.Namespace) -> int:
    import json
    import re

    from newsbench.api import check_submission

    check = check_submission(args.file, args.corpus, settings=_settings(args))
    print(f"systems: {', '.join(check.systems)}")
    for name, origin in check.shadowed.items():
        print(f"error: system name {name!r} is taken by the {origin} extractor of that name; rename it", file=sys.stderr)
    if check.report is not None:
        for line in check.report.lines():
            print(line)
    if check.results is None:
        print("not scored: fix the problems above", file=sys.stderr)
        return EXIT_FAILED
    print()
    print(_leaderboard_text(check.results))
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, document in check.documents.items():
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._+-]*", name) or name == "reference":
                print(f"error: {name!r} cannot be a file name in {args.write}; rename the system", file=sys.stderr)
                return EXIT_FAILED
            path = args.write / f"{name}.json"
            path.write_text(json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
            print(f"wrote {path}; `newsbench leaderboard` merges it into benchmark/LEADERBOARD.md")
    return EXIT_OK


def _import_corpus(args: argparse.Namespace) -> int:
    from newsbench.importers import UnknownCorpus, default_output, get
    from newsbench.importers.base import write_corpus

    try:
        importer = get(args.name, **({"split": args.split} if args.split else {}))
    except UnknownCorpus as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    out = args.output or default_output(args.name)
    if args.name == "warc":
        from newsbench.importers.warc import ROWS_PER_FILE, WarcImporter

        assert isinstance(importer, WarcImporter)
        for path in args.path:
            if not path.exists():
                raise FileNotFoundError(f"WARC file or folder {path} does not exist")
        summary = write_corpus(args.name, importer.read_files(args.path), out, sort=False,
                               rows_per_file=ROWS_PER_FILE, withhold_urls=args.withhold_urls)
    else:
        if len(args.path) != 1:
            print(f"error: {args.name} takes one source folder, got {len(args.path)}", file=sys.stderr)
            return EXIT_USAGE
        (path,) = args.path
        if not path.is_dir():
            raise FileNotFoundError(f"source folder {path} does not exist")
        summary = write_corpus(args.name, importer.read(path), out, version=importer.version(path),
                               read_from=path, withhold_urls=args.withhold_urls, importer=importer)
    print(_import_summary(summary))
    return EXIT_OK


def _download(args: argparse.Namespace) -> int:
    from newsbench.importers import UnknownCorpus, default_output, get
    from newsbench.importers.download import download

    try:
        importer = get(args.name)
    except UnknownCorpus as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if importer.restricts_redistribution:
        print(f"Terms of {args.name}:\n{importer.terms}", file=sys.stderr)
        if not args.yes:
            print("error: these terms restrict redistribution; pass --yes to accept them", file=sys.stderr)
            return EXIT_USAGE
    summary = download(args.name, args.output or default_output(args.name), args.cache, accept_terms=args.yes,
                       trust_unpinned=args.trust_unpinned, downloads=args.downloads)
    print(_import_summary(summary))
    return EXIT_OK


def _import_summary(summary: Any) -> str:
    from collections import Counter

    reasons = Counter(reason for _, reason in summary.exclusions)
    return "\n".join([f"imported {summary.rows} pages into {summary.folder} (fingerprint {summary.fingerprint[:16]}); "
                      f"{len(summary.exclusions)} excluded", *[f"  excluded {n}: {r}" for r, n in reasons.most_common()]])


def _count(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `least` (a usage error otherwise, exit 2)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be at least {least}, not {value}")
        return value
    return parse


def _seconds(text: str) -> float:
    """An argparse type: a finite number of seconds above zero (not 0, nan or inf)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds above 0, not {text}")
    return value


def _statistics_arguments(p: argparse.ArgumentParser) -> None:
    d = Settings()
    p.add_argument("--resamples", type=_count(1), default=d.n_resamples,
                   help=f"bootstrap resamples of the confidence intervals (default {d.n_resamples})")
    p.add_argument("--permutations", type=_count(1), default=d.n_permutations,
                   help=f"sign-flip resamples of the approximate-randomisation tests (default {d.n_permutations})")
    p.add_argument("--seed", type=_count(0), default=d.seed, help=f"seed of both resamplings (default {d.seed})")
    p.add_argument("--split", default=d.split, choices=SPLITS, help=f"split the figures are computed on; 'all' for every page "
                   f"(default {d.split})")


# What each subcommand does (its --help description) and an example (its epilog).
ABOUT: dict[str, tuple[str, str]] = {
    "validate": ("Check gold files against gold.schema.json and against their pages; print every problem as "
                 "'file: json-path: reason' and exit 1 if there is any.", "newsbench validate gold/kurier-krakowski-01.json"),
    "build": ("Validate raw_html/ and gold/, then write the dataset folder: Parquet per split, the card, "
              "croissant.json and MANIFEST.json (fingerprint and release version), replacing it atomically.",
              "newsbench build --root . --output dataset"),
    "stats": ("Print the corpus coverage tables: languages, sites, encodings, phenomena, field coverage.",
              "newsbench stats --root ."),
    "extractors": ("List every registered extractor (built-in and plugins): version, fields it produces, and whether "
                   "it can run here or why not.", "newsbench extractors"),
    "run": ("Run extractors over corpora in isolated worker processes (or as tasks of a Ray cluster: --engine ray) into "
            "a run folder (prediction store and manifest), then score it and print the leaderboard. A rerun computes "
            "only what is missing.",
            "newsbench run --corpus dataset,aeb --extractors trafilatura,fulltext --jobs 2 --output runs/mine"),
    "datasheet": ("Regenerate the generated sections of DATASHEET.md (coverage, agreement, releases and citation).",
                  "newsbench datasheet --check"),
    "leaderboard": ("Regenerate benchmark/LEADERBOARD.md from benchmark/results/ (the reference run and one JSON per "
                    "submitted system) and the published figures.", "newsbench leaderboard --reference /tmp/refrun"),
    "agreement": ("Print the agreement of the second annotations (gold/second/) with the gold, field by field, and "
                  "count the reviews by people (gold/reviews/), noting reviews of gold files changed since.",
                  "newsbench agreement --root ."),
    "review": ("Serve the corpus on 127.0.0.1 for people to check the gold: each page rendered (sandboxed) beside its "
               "gold; mark each field correct or give its correction; reviews are saved under gold/reviews/.",
               "newsbench review --reviewer 'Ada Lovelace' --port 8766"),
    "inspect": ("Write the per-page inspection of a run (every page's gold beside every prediction as a token "
                "diff, scores, errors, worst pages, failures by reason, pages by phenomenon), or serve it on "
                "127.0.0.1.", "newsbench inspect runs/mine --page kaveri-ledger-01 --extractor trafilatura"),
    "profile": ("Compare how corpora's pages are built and how honest their metadata is, feature by feature.",
                "newsbench profile dataset /tmp/corpora/aeb /tmp/corpora/wcxb --split test --page-type article "
                "--json profile.json"),
    "score": ("Score a run folder's predictions against the gold: scores.parquet (one row per page, extractor, field, "
              "metric) and results.json (leaderboards with CIs, significance, breakdowns); print the leaderboard.",
              "newsbench score runs/mine --resamples 1000 --split test"),
    "compact": ("Rewrite a run folder's prediction store as few shards, dropping superseded and duplicate rows; the "
                "new shards are swapped in atomically.", "newsbench compact runs/mine"),
    "report": ("Render a scored run's results.json as Markdown, LaTeX, CSV, JSON, HTML and plots, with the "
               "per-page inspection (inspect/).",
               "newsbench report runs/mine --format md,latex --output paper/tables"),
    "import-predictions": ("Import an external system's predictions (JSONL, one line a page; README, \"External "
                           "predictions\") into a run folder, to be scored with the others.",
                           "newsbench import-predictions go-port.jsonl --corpus dataset --output runs/mine"),
    "check-submission": ("Check an external predictions file before submitting it: format, pages of the corpus, names "
                         "not taken by a registered extractor; then score it in a temporary run folder and print the "
                         "figures it would get. --write saves one result JSON per system for benchmark/results/.",
                         "newsbench check-submission go-port.jsonl --write benchmark/results"),
    "import": ("Import a third-party corpus, as its publisher distributes it, into a dataset folder the harness runs on "
               "(default: $XDG_DATA_HOME/newsbench/corpora/NAME, then found by `--corpus NAME`); `import warc PATH "
               "[PATH ...]` takes the HTML responses of WARC files, without gold.",
               "newsbench import aeb ../shared/corpora/aeb && newsbench run --corpus aeb --extractors trafilatura"),
    "download": ("Download a corpus's pinned archive into a content-addressed cache, verify size and sha256, and "
                 "import it.", "newsbench download htmldate_eval --yes"),
}


def _document(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Give every subcommand its description and an example (ABOUT)."""
    for name, command in sub.choices.items():
        description, example = ABOUT[name]
        command.description = textwrap.fill(description, 100)
        command.epilog = f"example:\n  {example}"
        command.formatter_class = argparse.RawDescriptionHelpFormatter


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
                   help="'dataset' (the embedded one), a corpus imported by NAME, or dataset folder paths; comma-separated (default: dataset)")
    r.add_argument("--extractors", help="comma-separated extractor names (default: every built-in)")
    r.add_argument("--jobs", type=_count(1), default=1, help="worker processes (default 1)")
    r.add_argument("--output", type=Path, help="run folder (default: ROOT/runs/default)")
    r.add_argument("--timeout", type=_seconds, default=60.0, help="seconds allowed per extraction (default 60)")
    r.add_argument("--memory", type=_count(0), default=4096, help="MiB a worker may grow by beyond what it inherits; 0 for no limit (default 4096)")
    r.add_argument("--isolate-network", action="store_true",
                   help="run every worker in a network namespace of its own (Linux; for plugins you do not trust)")
    r.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: forked workers on this machine (default); ray: tasks of a Ray cluster (pip install "
                   "'newsbench[ray]'; README, Scaling out)")
    r.add_argument("--address", help="Ray: the cluster to join (default: start a local instance with --jobs CPUs)")
    r.add_argument("--shard-pages", type=_count(1), default=1000, help="Ray: pages per task (default 1000)")
    r.add_argument("--keep-failures", action="store_true",
                   help="reuse stored timeouts and memory failures instead of computing them again")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.add_argument("--no-score", action="store_true", help="only run; do not score and print the leaderboard")
    _statistics_arguments(r)
    r.set_defaults(func=_run)
    ds = sub.add_parser("datasheet", help="regenerate the coverage and agreement tables in DATASHEET.md")
    ds.add_argument("--root", type=Path, help="corpus root (default: the repo)")
    ds.add_argument("--check", action="store_true", help="only check; exit 1 when the tables are stale")
    ds.set_defaults(func=_datasheet)
    lb = sub.add_parser("leaderboard", help="regenerate benchmark/LEADERBOARD.md from benchmark/results/")
    lb.add_argument("--reference", type=Path, help="first distil this scored run folder into benchmark/results/")
    lb.add_argument("--supplement", metavar="NAME",
                    help="distil --reference RUN as benchmark/results/supplements/NAME.json: a run of other corpora or "
                         "extractors beside the reference (e.g. trafilatura's evaluation set), shown in its own section")
    lb.add_argument("--check", action="store_true", help="only check; exit 1 when LEADERBOARD.md is stale")
    lb.set_defaults(func=_leaderboard)
    ag = sub.add_parser("agreement", help="agreement between first and second annotations (gold/second/), and the "
                        "reviews by people (gold/reviews/)")
    ag.add_argument("--root", type=Path, help="corpus root (default: the repo)")
    ag.set_defaults(func=_agreement)
    pr = sub.add_parser("profile", help="compare how corpora's pages are built and how honest their metadata is")
    pr.add_argument("corpora", nargs="+", help="'dataset' (the embedded one), imported corpora's NAMEs or dataset folder paths")
    pr.add_argument("--reference", help="the corpus the others are compared with (default: the first)")
    pr.add_argument("--split", help="only pages of this split (imported corpora hold all their pages in 'test')")
    pr.add_argument("--site", help="only pages of these site templates (comma-separated)")
    pr.add_argument("--page-type", help="in corpora that type their pages (WCXB), only pages of this type, e.g. article")
    pr.add_argument("--json", type=Path, help="also write the comparison as JSON to this file")
    pr.add_argument("--brief", action="store_true", help="cells without page counts and distances")
    pr.set_defaults(func=_profile)
    rv = sub.add_parser("review", help="review the gold page by page in a browser (served on 127.0.0.1)")
    rv.add_argument("--root", type=Path, help="corpus root holding gold/ and raw_html/ (default: the repo)")
    rv.add_argument("--port", type=int, default=8766, help="port (default 8766; 0: any free port)")
    rv.add_argument("--reviewer", help="the reviewer's name, filled into every form")
    rv.set_defaults(func=_review)
    sc = sub.add_parser("score", help="score a run folder's predictions against the gold (scores.parquet, results.json)")
    sc.add_argument("run", nargs="?", type=Path, help="run folder (default: ROOT/runs/default)")
    sc.add_argument("--extended", action="store_true",
                    help="also score the metrics too slow for the default (none at present: ROUGE-LSum is in the default)")
    sc.add_argument("--jobs", type=int, default=1, help="scoring processes (default 1)")
    _statistics_arguments(sc)
    sc.set_defaults(func=_score)
    cp = sub.add_parser("compact", help="rewrite a run folder's prediction store as few shards, dropping unused rows")
    cp.add_argument("run", nargs="?", type=Path, help="run folder (default: ROOT/runs/default)")
    cp.set_defaults(func=_compact)
    rp = sub.add_parser("report", help="render a scored run as Markdown, LaTeX, CSV, JSON, HTML and plots")
    rp.add_argument("run", nargs="?", type=Path, help="run folder (default: ROOT/runs/default)")
    rp.add_argument("--format", default="md,latex,csv,json,html,plots,inspect",
                    help="comma-separated: md, latex, csv, json, html, plots, inspect (default: all)")
    rp.add_argument("--output", type=Path, help="report folder (default: RUN/report)")
    rp.set_defaults(func=_report)
    ins = sub.add_parser("inspect", help="per-page inspection of a run: gold beside every prediction, token diffs, "
                         "scores, errors (static HTML, or served on 127.0.0.1)")
    ins.add_argument("run", nargs="?", type=Path, help="run folder (default: ROOT/runs/default)")
    ins.add_argument("--page", action="append", help="only this page (ID or CORPUS/ID; repeat or comma-separate)")
    ins.add_argument("--extractor", action="append", help="only this extractor (repeat or comma-separate)")
    ins.add_argument("--output", type=Path, help="report folder to write inspect/ into (default: RUN/report)")
    ins.add_argument("--serve", action="store_true", help="serve on 127.0.0.1 instead of writing files")
    ins.add_argument("--port", type=int, default=8765, help="port to serve on (default 8765; 0: any free port)")
    ins.set_defaults(func=_inspect)
    i = sub.add_parser("import-predictions", help="import an external system's predictions (JSONL) into a run folder")
    i.add_argument("file", type=Path, help="JSONL file, one line a page (see README: external predictions)")
    i.add_argument("--corpus", default="dataset",
                   help="the corpus the predictions are for: 'dataset', an imported corpus's NAME or a folder (default: dataset)")
    i.add_argument("--output", type=Path, help="run folder (default: ROOT/runs/default)")
    i.add_argument("--force", action="store_true",
                   help="import a system named like an extractor newsbench runs (marked as imported all the same)")
    i.set_defaults(func=_import_predictions)
    im = sub.add_parser("import", help="import a third-party corpus, as its publisher distributes it, as a dataset folder")
    im.add_argument("name", help="corpus: aeb, readability, fundus, wcxb, webis, trafilatura_eval, htmldate_eval, or "
                    "warc (HTML responses of WARC files, without gold)")
    im.add_argument("path", type=Path, nargs="+", help="the corpus folder (a checkout or unpacked archive of its "
                    "source); for warc, WARC files or folders of them")
    im.add_argument("--output", type=Path, help="dataset folder to write (default: $XDG_DATA_HOME/newsbench/corpora/NAME)")
    im.add_argument("--split", help="the source's own split to import, for corpora that have several (wcxb: dev or test)")
    im.add_argument("--withhold-urls", action="store_true",
                    help="give extractors the HTML only (empty url; the source URL kept in notes), as htmldate's and "
                         "trafilatura's published evaluations do; run such a corpus into a run folder of its own")
    im.set_defaults(func=_import_corpus)
    dl = sub.add_parser("download", help="download a corpus's pinned archive, verify it and import it as a dataset folder")
    dl.add_argument("name", help="corpus: aeb, readability, fundus, wcxb, webis, trafilatura_eval or htmldate_eval "
                    "(warc has nothing to download: import your own WARC files)")
    dl.add_argument("--output", type=Path, help="dataset folder to write (default: $XDG_DATA_HOME/newsbench/corpora/NAME)")
    dl.add_argument("--cache", type=Path, help="download cache (default: $XDG_CACHE_HOME/newsbench/downloads)")
    dl.add_argument("--yes", action="store_true", help="accept the corpus's terms (needed when they restrict redistribution)")
    dl.add_argument("--trust-unpinned", action="store_true", help="import an archive whose sha256 is not pinned yet")
    dl.add_argument("--downloads", type=Path, help="downloads data file (default: the packaged resources/downloads.json)")
    dl.set_defaults(func=_download)
    cs = sub.add_parser("check-submission", help="validate an external predictions file and print the figures it would get")
    cs.add_argument("file", type=Path, help="JSONL file, one line a page (see README: external predictions)")
    cs.add_argument("--corpus", default="dataset",
                    help="the corpus the predictions are for: 'dataset', an imported corpus's NAME or a folder (default: dataset)")
    cs.add_argument("--write", type=Path, help="also write one result JSON per system into this folder (benchmark/results)")
    _statistics_arguments(cs)
    cs.set_defaults(func=_check_submission)
    _document(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failure found, 2 usage or missing path, 130 interrupted).

    Every error ends in an `error: file: reason` line on stderr, never a traceback: newsbench's
    own errors, and what the system or the input can cause anywhere (OSError such as a full disk,
    RecursionError from input nested too deeply, ValueError). A refused output path is a usage error.
    """
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except FileNotFoundError as exc:
        return _error(_os_reason(exc), EXIT_USAGE)
    except RegistryError as exc:
        return _error(str(exc), EXIT_USAGE if "unknown extractor" in exc.reason else EXIT_FAILED)
    except OutputRefused as exc:
        return _error(str(exc), EXIT_USAGE)
    except NewsbenchError as exc:
        return _error(str(exc), EXIT_FAILED)
    except OSError as exc:
        return _error(_os_reason(exc, _written(args)), EXIT_FAILED)
    except RecursionError:
        return _error("input nested too deeply to process (RecursionError)", EXIT_FAILED)
    except ValueError as exc:
        return _error(str(exc) or type(exc).__name__, EXIT_FAILED)


def _error(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _written(args: argparse.Namespace) -> Path | None:
    """The folder the command writes, named when an OSError names no file (a failed write(), a library's I/O)."""
    chosen = getattr(args, "output", None) or getattr(args, "run", None) or getattr(args, "json", None)
    return Path(chosen) if chosen is not None else None


def _os_reason(exc: OSError, fallback: Path | None = None) -> str:
    """`file: reason` of an OSError: the file it names, else `fallback`, else `reason` alone."""
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return f"{fallback}: {reason}" if fallback is not None else reason
    target = f"{exc.filename} -> {exc.filename2}" if exc.filename2 is not None else str(exc.filename)
    return f"{target}: {reason}"
