"""newsbench: a dataset and benchmark for news article extraction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsbench.loading import load


def __getattr__(name: str) -> Any:
    # Lazy so that `import newsbench` stays cheap and does not import `datasets`.
    if name == "load":
        from newsbench.loading import load

        return load
    raise AttributeError(f"module 'newsbench' has no attribute {name!r}")


__all__ = ["__version__", "load"]
