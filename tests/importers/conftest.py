"""Fixtures of the importer tests: tiny source corpora written into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from importers.sources import make_aeb, make_wcxb


@pytest.fixture
def aeb_source(tmp_path: Path) -> Path:
    """A tiny article-extraction-benchmark folder."""
    return make_aeb(tmp_path / "aeb-src")


@pytest.fixture
def wcxb_source(tmp_path: Path) -> Path:
    """A tiny WCXB folder."""
    return make_wcxb(tmp_path / "wcxb-src")
