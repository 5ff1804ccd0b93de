"""`render`: every format into one folder, unknown formats refused before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from report_helpers import typed

from newsbench.errors import NewsbenchError
from newsbench.report import FORMATS, ReportError, render

EXPECTED = {"md": ["report.md"], "latex": ["report.tex", "latex/leaderboard-mini-body.tex"],
            "csv": ["leaderboard.csv", "significance.csv", "breakdowns.csv"], "json": ["results.json"],
            "html": ["report.html"], "plots": ["plots/pr-mini-body.png", "plots/heatmap-mini-body.pdf"]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_format_writes_its_files(results: dict[str, Any], tmp_path: Path, name: str) -> None:
    if name == "plots":
        pytest.importorskip("matplotlib")
    paths = render(typed(results), [name], tmp_path / "out")
    written = {p.relative_to(tmp_path / "out").as_posix() for p in paths}
    assert set(EXPECTED[name]) <= written
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)


def test_every_format_at_once_embeds_the_plots_in_the_page(results: dict[str, Any], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    paths = render(typed(results), ["html", "md", "plots", "md"], tmp_path)
    assert paths[-1].name == "report.html" and [p.name for p in paths].count("report.md") == 1
    assert "data:image/png;base64," in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_an_unknown_format_is_refused_by_name(results: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report format 'docx'") as caught:
        render(typed(results), ["md", "docx"], tmp_path / "out")
    assert isinstance(caught.value, NewsbenchError)
    assert not (tmp_path / "out").exists()


def test_a_real_run_renders_in_every_format(mixed_run: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from newsbench.score.results import Results
    from newsbench.store.folder import RunFolder

    paths = render(Results.read(RunFolder(mixed_run)), list(FORMATS), tmp_path, RunFolder(mixed_run))
    names = {p.relative_to(tmp_path).as_posix() for p in paths}
    assert {"report.md", "report.tex", "leaderboard.csv", "results.json", "report.html",
            "plots/pr-dataset-body.png", "inspect/index.html", "inspect/dataset/tiny-01.html"} <= names
