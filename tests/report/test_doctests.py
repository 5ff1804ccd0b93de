"""Run the docstring examples of the report modules."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["newsbench.report.tables", "newsbench.report.latex", "newsbench.report.markdown", "newsbench.report.csvfiles",
           "newsbench.score.failures", "newsbench.extractors.registry"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    failures, tried = doctest.testmod(importlib.import_module(name))
    assert tried and failures == 0
