"""`newsbench check-submission`: a predictions file checked and scored without writing a run; results merged into the leaderboard."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsbench.api import check_submission, evaluate
from newsbench.report.leaderboard import render, update
from newsbench.score.reference import SubmissionError, merge, reference
from newsbench.store.folder import RunFolder

TOWNS = {"tiny-01": "Ostrava", "tiny-02": "Brno", "tiny-03": "Olomouc"}


def _write(path: Path, lines: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def _go_port(tmp_path: Path, name: str = "go-port", pages: tuple[str, ...] = tuple(TOWNS)) -> Path:
    return _write(tmp_path / f"{name}.jsonl", [
        {"extractor": name, "version": "1.2.0", "page_id": pid, "headline": f"Ferry service to {TOWNS[pid]} resumes",
         "body": "The Hollin Ferry Company said on Friday that service would resume."} for pid in pages])


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsbench", *args], capture_output=True, text=True, timeout=300)


def test_a_valid_submission_is_scored_in_a_temporary_folder(tiny_dataset: Path, tmp_path: Path) -> None:
    check = check_submission(_go_port(tmp_path), tiny_dataset)
    assert check.ok and check.systems == ("go-port",) and not check.shadowed
    (entry,) = [e for e in check.results.entries(field="headline") if e.extractor == "go-port"]  # type: ignore[union-attr]
    assert entry.primary.f1 == 1.0 and entry.pages == 3
    (body,) = [e for e in check.results.entries(field="body") if e.extractor == "go-port"]  # type: ignore[union-attr]
    assert 0 < body.primary.f1 < 1  # one of the two gold paragraphs
    assert set(check.documents) == {"go-port"}
    assert not list(tmp_path.glob("**/manifest.json"))  # nothing written beside the file


def test_the_command_prints_the_figures_and_writes_one_json_per_system(tiny_dataset: Path, tmp_path: Path) -> None:
    done = _cli("check-submission", str(_go_port(tmp_path)), "--corpus", str(tiny_dataset), "--resamples", "50",
                "--permutations", "50", "--write", str(tmp_path / "results"))
    assert done.returncode == 0, done.stderr
    assert "go-port" in done.stdout and "1.000" in done.stdout
    document = json.loads((tmp_path / "results" / "go-port.json").read_text())
    assert [e["name"] for e in document["extractors"]] == ["go-port"]
    assert {e["extractor"] for e in document["leaderboard"]} == {"go-port"}


def test_a_name_taken_by_a_builtin_unknown_pages_and_bad_lines_are_refused(tiny_dataset: Path, tmp_path: Path) -> None:
    taken = _cli("check-submission", str(_go_port(tmp_path, "trafilatura")), "--corpus", str(tiny_dataset))
    assert taken.returncode == 1 and "'trafilatura' is taken by the built-in extractor" in taken.stderr
    unknown = _write(tmp_path / "unknown.jsonl", [{"extractor": "x", "version": "1", "page_id": "nope", "body": ""}])
    done = _cli("check-submission", str(unknown), "--corpus", str(tiny_dataset))
    assert done.returncode == 1 and "unknown page: unknown.jsonl:1: nope" in done.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"extractor": "x", "version": "1", "page_id": "tiny-01"}\n{"extractor": "x", "bodyy": 1}\n')
    done = _cli("check-submission", str(bad), "--corpus", str(tiny_dataset))
    assert done.returncode == 1 and "bad.jsonl:2" in done.stderr and "bodyy" in done.stderr


def test_a_partial_submission_scores_its_missing_pages_as_failures(tiny_dataset: Path, tmp_path: Path) -> None:
    check = check_submission(_go_port(tmp_path, pages=("tiny-01", "tiny-02")), tiny_dataset)
    assert check.ok and check.report is not None and check.report.missing == {"go-port": ["tiny-03"]}
    (entry,) = [e for e in check.results.entries(field="headline") if e.extractor == "go-port"]  # type: ignore[union-attr]
    assert entry.failed == 1 and entry.primary.f1 == pytest.approx(2 / 3)


def test_submitted_results_merge_into_the_leaderboard(tiny_dataset: Path, tmp_path: Path) -> None:
    evaluate(["oracle", "fulltext"], tiny_dataset, output=tmp_path / "run")
    ref = reference(RunFolder(tmp_path / "run"))
    check = check_submission(_go_port(tmp_path), tiny_dataset)
    merged = merge(ref, {"go-port.json": check.documents["go-port"]})
    assert {e["name"] for e in merged["extractors"]} == {"fulltext", "oracle", "go-port"}
    # a submitted system is external: the leaderboard labels it so
    assert "| go-port (external) |" in render(merged, {}) and "go-port" not in render(ref, {})
    # The same system twice, other data, or other statistics settings are refused, naming the file.
    with pytest.raises(SubmissionError, match="already on the leaderboard"):
        merge(merged, {"again.json": check.documents["go-port"]})
    other = {**check.documents["go-port"], "corpora": [{**c, "fingerprint": "0" * 64} for c in ref["corpora"]]}
    with pytest.raises(SubmissionError, match="other.json.*score it on the reference's dataset version"):
        merge(ref, {"other.json": other})
    with pytest.raises(SubmissionError, match="settings differ"):
        merge(ref, {"s.json": {**check.documents["go-port"], "settings": {**ref["settings"], "seed": 1}}})


def test_leaderboard_update_merges_every_json_beside_the_reference(tiny_dataset: Path, tmp_path: Path) -> None:
    evaluate(["fulltext"], tiny_dataset, output=tmp_path / "run")
    root = tmp_path / "root"
    results = root / "benchmark" / "results"
    results.mkdir(parents=True)
    (results / "reference.json").write_text(json.dumps(reference(RunFolder(tmp_path / "run"))))
    (root / "benchmark" / "published.json").write_text("{}")
    update(root)
    assert "go-port" not in (root / "benchmark" / "LEADERBOARD.md").read_text()
    check = check_submission(_go_port(tmp_path), tiny_dataset)
    (results / "go-port.json").write_text(json.dumps(check.documents["go-port"]))
    assert update(root, check=True)  # stale: a new system arrived
    update(root)
    assert "| go-port (external) |" in (root / "benchmark" / "LEADERBOARD.md").read_text()


def test_a_submission_with_markdown_is_scored_for_structure_and_body(tiny_dataset: Path, tmp_path: Path) -> None:
    first = "The Hollin Ferry Company said on Friday that service would resume."
    lines = [{"extractor": "md-port", "version": "1", "page_id": pid,
              "markdown": f"# Ferry service to {TOWNS[pid]} resumes\n\n{first}\n\n## “We are ready,” said Mara Quint."}
             for pid in TOWNS]
    check = check_submission(_write(tmp_path / "md.jsonl", lines), tiny_dataset)
    assert check.ok
    (structure,) = [e for e in check.results.entries(field="structure") if e.extractor == "md-port"]  # type: ignore[union-attr]
    # the headline heading is neutral; the first paragraph right; the quote line given as a heading: 1 fp, 1 fn
    assert structure.primary.precision == 0.5 and structure.primary.recall == 0.5
    (body,) = [e for e in check.results.entries(field="body") if e.extractor == "md-port"]  # type: ignore[union-attr]
    assert body.primary.recall == 1.0  # the text parsed from the Markdown is the body
    bad = _write(tmp_path / "bad.jsonl", [{**lines[0], "markdown": ["# not a string"]}])
    with pytest.raises(Exception, match="must be a string"):
        check_submission(bad, tiny_dataset)
