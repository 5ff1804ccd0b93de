"""Run the docstring examples of every metrics module, so that `pytest tests/metrics` checks them too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsbench.metrics

MODULES = sorted(info.name for info in pkgutil.iter_modules(newsbench.metrics.__path__, "newsbench.metrics."))


def test_every_module_is_listed() -> None:
    assert len(MODULES) == 20


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0


@pytest.mark.parametrize("name", MODULES)
def test_every_public_function_documents_itself_with_an_example(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__ and "\n" not in module.__doc__.strip(), "a one-line module docstring"
    for attribute, value in vars(module).items():
        if callable(value) and getattr(value, "__module__", None) == name and not attribute.startswith("_"):
            assert value.__doc__, f"{name}.{attribute} has no docstring"
            if not isinstance(value, type):
                assert ">>>" in value.__doc__, f"{name}.{attribute} has no doctest"
