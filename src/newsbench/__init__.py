"""newsbench: a dataset and benchmark for news article extraction.

The public face: `load` (the embedded dataset), `evaluate` (run extractors and score them),
`run_extractors` and `score_run` (the two halves). Everything else is reached through the
stage packages (`corpus`, `run`, `store`, `score`, `report`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsbench.version import __version__

if TYPE_CHECKING:
    from newsbench.api import evaluate, run_extractors, score_run
    from newsbench.corpus.loading import load

_LAZY = {"load": "newsbench.corpus.loading", "evaluate": "newsbench.api", "run_extractors": "newsbench.api",
         "score_run": "newsbench.api"}


def __getattr__(name: str) -> Any:
    # Lazy so that `import newsbench` stays cheap and does not import `datasets`.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsbench' has no attribute {name!r}")


__all__ = ["__version__", "evaluate", "load", "run_extractors", "score_run"]
