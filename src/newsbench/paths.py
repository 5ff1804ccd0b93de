"""Where the project's own corpus and dataset live, resolved from the package, not the working directory."""

from __future__ import annotations

from pathlib import Path

from newsbench.errors import DatasetIntegrityError


def default_root() -> Path:
    """The source checkout holding raw_html/, gold/ and dataset/ (the package is installed from it).

    Raises DatasetIntegrityError when the package was installed without its checkout.
    """
    root = Path(__file__).resolve().parents[2]
    if not (root / "gold").is_dir():
        raise DatasetIntegrityError(
            f"no gold/ folder beside the package at {root}; install newsbench from its source checkout "
            "(pip install -e .) or pass the corpus root explicitly"
        )
    return root


def default_dataset() -> Path:
    """The embedded dataset folder (ROOT/dataset)."""
    return default_root() / "dataset"


def default_run() -> Path:
    """The run folder used when none is given (ROOT/runs/default)."""
    return default_root() / "runs" / "default"
