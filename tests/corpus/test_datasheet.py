"""The generated sections of DATASHEET.md are current, and missing markers are an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbench.corpus.datasheet import DatasheetError, render, update

REPO = Path(__file__).resolve().parents[2]


def test_committed_datasheet_tables_are_current() -> None:
    assert not update(REPO, check=True), "DATASHEET.md is stale: run `newsbench datasheet`"


def test_a_datasheet_without_markers_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatasheetError, match="markers for the coverage section are missing"):
        render("# Datasheet\n", REPO, tmp_path / "DATASHEET.md")
