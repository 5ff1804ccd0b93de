"""The `newsbench` command: one subcommand per stage; handlers parse, call one function, map errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsbench import __version__
from newsbench.errors import NewsbenchError
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
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failure found, 2 usage or input error)."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NewsbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
