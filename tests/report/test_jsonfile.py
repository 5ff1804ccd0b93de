"""The JSON report: the results document as given, manifest included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from report_helpers import typed

from newsbench.report import jsonfile


def test_results_json_is_the_document_as_given(results: dict[str, Any], tmp_path: Path) -> None:
    (path,) = jsonfile.write(typed(results), tmp_path)
    assert path.name == "results.json"
    assert json.loads(path.read_text(encoding="utf-8")) == typed(results).to_dict()  # the document, migrated


def test_it_matches_the_file_compute_results_writes(scored: dict[str, Any], tmp_path: Path) -> None:
    (path,) = jsonfile.write(typed(scored), tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["manifest"] == scored["manifest"]
