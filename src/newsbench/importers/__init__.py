"""The registry of corpus importers: name -> "module:Class", each module loaded when first asked for."""

from __future__ import annotations

import difflib
import importlib
import inspect
from pathlib import Path
from typing import TYPE_CHECKING

from newsbench.importers.base import ImportFailure
from newsbench.paths import imported_corpus

if TYPE_CHECKING:
    from newsbench.importers.base import Importer

IMPORTERS: dict[str, str] = {
    "aeb": "newsbench.importers.aeb:AebImporter",
    "readability": "newsbench.importers.readability:ReadabilityImporter",
    "fundus": "newsbench.importers.fundus:FundusImporter",
    "wcxb": "newsbench.importers.wcxb:WcxbImporter",
    "webis": "newsbench.importers.webis:WebisImporter",
    "trafilatura_eval": "newsbench.importers.trafilatura_eval:TrafilaturaEvalImporter",
    "htmldate_eval": "newsbench.importers.htmldate_eval:HtmldateEvalImporter",
    "warc": "newsbench.importers.warc:WarcImporter",
}


class UnknownCorpus(ImportFailure):
    """A corpus name no importer is registered under."""


def names() -> tuple[str, ...]:
    """Every registered corpus name, sorted."""
    return tuple(sorted(IMPORTERS))


def get(name: str, **options: str) -> Importer:
    """A fresh instance of the importer registered as `name`, with its `options` (e.g. wcxb's `split`).

    An unknown name suggests close ones; an option the importer does not take is an UnknownCorpus
    error naming the options it does take.
    """
    if name not in IMPORTERS:
        close = difflib.get_close_matches(name, list(IMPORTERS), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(names())}"
        raise UnknownCorpus(f"unknown corpus {name!r}{hint}")
    module_name, _, attr = IMPORTERS[name].partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    taken = set(inspect.signature(cls).parameters)
    if set(options) - taken:
        raise UnknownCorpus(f"corpus {name!r} takes no option {', '.join(sorted(set(options) - taken))}"
                            f" (its options: {', '.join(sorted(taken)) or 'none'})")
    importer: Importer = cls(**options)
    return importer


def default_output(name: str) -> Path:
    """Where an imported corpus goes when no --output is given: $XDG_DATA_HOME/newsbench/corpora/NAME."""
    return imported_corpus(name)
