"""Where the project's corpus, dataset, run folders and imported corpora live, resolved from the package, not the working directory.

Two installations are supported. From a source checkout (`pip install -e .`), the package sits
in `src/` beside `raw_html/`, `gold/` and `dataset/`, and the commands that read the sources
(`validate`, `build`, `stats`, `datasheet`, `agreement`, `leaderboard`) use them. From a wheel,
there is no checkout: the built dataset ships inside the package (`newsbench/dataset`, a link to
the checkout's `dataset/` folder when built), so `newsbench.load()` and `--corpus dataset` work,
and the source commands need `--root`.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsbench.errors import DatasetIntegrityError

PACKAGE = Path(__file__).resolve().parent


def checkout() -> Path | None:
    """The source checkout the package is installed from (the folder holding gold/), or None for a wheel install."""
    root = PACKAGE.parents[1]
    return root if (root / "gold").is_dir() and (root / "raw_html").is_dir() else None


def default_root() -> Path:
    """The source checkout holding raw_html/, gold/ and dataset/; DatasetIntegrityError for a wheel install."""
    root = checkout()
    if root is None:
        raise DatasetIntegrityError(
            f"no raw_html/ and gold/ beside the package at {PACKAGE.parents[1]}: this command reads the corpus "
            "sources, which only a source checkout has; pass --root CHECKOUT (or install with `pip install -e .` "
            "from a checkout)"
        )
    return root


def default_dataset() -> Path:
    """The embedded dataset folder: the one inside the package (in a checkout, a link to ROOT/dataset)."""
    folder = PACKAGE / "dataset"
    if not (folder / "MANIFEST.json").is_file():
        raise DatasetIntegrityError("the embedded dataset is missing from the package; run `newsbench build` in a "
                                    "checkout, or pass a dataset folder", file=str(folder))
    return folder


def data_home() -> Path:
    """newsbench's folder under $XDG_DATA_HOME (default ~/.local/share/newsbench)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsbench"


def imported_corpus(name: str) -> Path:
    """Where `newsbench import NAME` writes a corpus when no --output is given: DATA_HOME/corpora/NAME."""
    return data_home() / "corpora" / name


def default_run() -> Path:
    """The run folder used when none is given: ROOT/runs/default in a checkout, DATA_HOME/runs/default otherwise."""
    root = checkout()
    return (root if root is not None else data_home()) / "runs" / "default"
