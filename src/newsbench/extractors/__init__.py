"""Extractors: the contract (base), the registry, and one adapter module per tool.

What a plugin needs is importable from here: `from newsbench.extractors import Extractor,
Prediction, Page` (and `Mention` for entities, `Adapter` as an optional base class).
"""

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Extractor, Mention, Prediction

__all__ = ["Adapter", "Extractor", "Mention", "Page", "Prediction"]
