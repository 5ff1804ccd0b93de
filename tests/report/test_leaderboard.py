"""The committed reference results and LEADERBOARD.md: current, explained, and reproducible from a run."""

from __future__ import annotations

import json
from pathlib import Path

from newsbench.api import evaluate
from newsbench.report.leaderboard import MARGIN, paths, render, side_by_side, update
from newsbench.score.reference import reference
from newsbench.store.folder import RunFolder

REPO = Path(__file__).resolve().parents[2]


def test_committed_leaderboard_is_current() -> None:
    assert not update(REPO, check=True), "benchmark/LEADERBOARD.md is stale: run `newsbench leaderboard`"


def test_every_difference_from_a_published_figure_over_the_margin_is_explained() -> None:
    ref_path, pub_path, _ = paths(REPO)
    ref, published = json.loads(ref_path.read_text()), json.loads(pub_path.read_text())
    supplements = {p.stem: json.loads(p.read_text()) for p in (ref_path.parent / "supplements").glob("*.json")}
    tables, unexplained = side_by_side(ref, published, supplements)
    assert not unexplained, f"F1 differs from the published figure by more than {MARGIN} without a note: {unexplained}"
    assert any(row[0] == "trafilatura" for t in tables for row in t.rows)  # AEB's row of the tool we run
    (trafilatura_table,) = [t for t in tables if t.corpus == "trafilatura_eval"]
    assert len(trafilatura_table.rows) == len(published["trafilatura_eval"]["systems"])  # every published row we run


def test_the_trafilatura_table_is_reproduced_where_the_call_is_the_same() -> None:
    # Same version and call as trafilatura's evaluation: within 0.003 F of the published row.
    ref_path, pub_path, _ = paths(REPO)
    published = json.loads(pub_path.read_text())["trafilatura_eval"]["systems"]
    doc = json.loads((ref_path.parent / "supplements" / "trafilatura_eval.json").read_text())
    ours = {e["extractor"]: e["primary"] for e in doc["leaderboard"]
            if e["corpus"] == "trafilatura_eval" and e["field"] == "snippets"}
    for system in ("goose3 3.1.22", "news-please 1.6.16", "html_text 0.7.1", "boilerpy3 1.0.7 (article mode)",
                   "trafilatura 2.2.0 (standard)"):
        pub = published[system]
        assert abs(ours[pub["ours"]]["f1"] - pub["f1"]) <= 0.003, system
        assert abs(ours[pub["ours"]]["accuracy"] - pub["accuracy"]) <= 0.003, system
    assert "page" not in json.dumps(doc["predictions_sha256"])  # fingerprints only


def test_structure_figures_for_every_extractor_that_gives_typed_blocks() -> None:
    ref_path, _, out = paths(REPO)
    doc = json.loads((ref_path.parent / "supplements" / "structure_markdown.json").read_text())
    structured = {e["name"] for e in doc["extractors"] if "structure" in e["produces"]}
    assert structured == {"oracle", "trafilatura-md", "readability-lxml-md", "readability-js-md"}
    board = {(e["extractor"]): e for e in doc["leaderboard"] if e["corpus"] == "newsbench" and e["field"] == "structure"}
    assert set(board) == structured and board["oracle"]["primary"]["f1"] == 1.0
    text = out.read_text()
    assert "### structure\\_markdown, newsbench: structure" in text and "| trafilatura-md |" in text


def test_the_reference_covers_our_dataset_and_the_shared_corpora() -> None:
    ref = json.loads(paths(REPO)[0].read_text())
    assert {c["name"] for c in ref["corpora"]} == {"newsbench", "aeb", "readability", "fundus", "wcxb"}
    board = {(e["corpus"], e["field"], e["extractor"]): e for e in ref["leaderboard"]}
    assert board[("newsbench", "body", "oracle")]["primary"]["f1"] == 1.0
    fulltext = board[("newsbench", "body", "fulltext")]["primary"]
    # All visible text: near-complete recall except on the pages whose body is only in
    # hydration JSON or <noscript> (not visible text by design; 0.9998 on the other test pages).
    assert fulltext["recall"] > 0.9 and fulltext["precision"] < 0.6
    assert "page" not in json.dumps(ref["predictions_sha256"])  # fingerprints only, no page text


def test_reference_and_render_from_a_scored_run(tiny_dataset: Path, tmp_path: Path) -> None:
    evaluate(["oracle", "fulltext"], tiny_dataset, output=tmp_path / "run")
    ref = reference(RunFolder(tmp_path / "run"))
    assert set(ref["predictions_sha256"]["dataset"]) == {"oracle", "fulltext"}
    text = render(ref, {})
    assert "### dataset: body" in text and "| oracle |" in text
    assert "service would resume" not in json.dumps(ref)  # no page text in the reference


def test_the_committed_leaderboard_keeps_reference_rows_apart_and_summarises_failures() -> None:
    text = paths(REPO)[2].read_text(encoding="utf-8")
    body = text.split("### newsbench: body")[1].split("###")[0]
    ranked, apart = body.split("*Not ranked:*")
    for name in ("oracle", "gold-body+spacy-en", "trafilatura+spacy-en", "justext+metadata"):
        assert f"| {name} |" not in ranked and f"| {name} |" in apart
    assert "| reference: reads the gold |" in apart and "| repeats justext |" in apart
    assert "- Failures: none." in body  # no environment failure of ours (punkt_tab, windows-874) is left
    assert "- boilerpy3: 2 failed pages: 2 × HTMLExtractionError" in text  # the tools' own failures are listed


def test_a_name_in_the_reference_is_escaped_and_reasons_are_listed(tiny_dataset: Path, tmp_path: Path) -> None:
    evaluate(["oracle", "fulltext"], tiny_dataset, output=tmp_path / "run")
    ref = reference(RunFolder(tmp_path / "run"))
    for entry in ref["leaderboard"]:
        if entry["extractor"] == "fulltext":
            entry["extractor"] = "<script>x</script>"
            entry.update(failed=1, failures=[{"kind": "timeout", "reason": "timed out after 60 s", "pages": 1,
                                              "examples": ["tiny-01"]}])
    text = render(ref, {})
    assert "<script>" not in text and "&lt;script&gt;x&lt;/script&gt;" in text
    assert "- &lt;script&gt;x&lt;/script&gt;: 1 failed page: 1 × timed out after 60 s" in text
    assert ref["schema_version"] == 2 and all(e["failures"] == [] for e in reference(RunFolder(tmp_path / "run"))
                                               ["leaderboard"])


def test_an_external_system_in_the_reference_is_labelled(tiny_dataset: Path, tmp_path: Path) -> None:
    evaluate(["oracle", "fulltext"], tiny_dataset, output=tmp_path / "run")
    ref = reference(RunFolder(tmp_path / "run"))
    assert {e["origin"] for e in ref["extractors"]} == {"built-in"}
    for record in ref["extractors"]:
        if record["name"] == "fulltext":
            record["origin"] = "import"
    text = render(ref, {})
    assert "| fulltext (external) |" in text and "| fulltext |" not in text


def test_the_structure_table_has_per_kind_columns_and_counts_the_gold(structured_dataset: Path, tmp_path: Path) -> None:
    evaluate(["readability-lxml-md", "fulltext", "oracle"], structured_dataset, output=tmp_path / "run")
    text = render(reference(RunFolder(tmp_path / "run")), {})
    table = text.split("### structured: structure")[1].split("###")[0]
    assert "| F1 | 95% CI | order tau | heading F1 | list item F1 | table F1 | quote F1 | failures |" in table
    (row,) = [line for line in table.splitlines() if line.startswith("| readability-lxml-md |")]
    cells = [c.strip() for c in row.strip("|").split("|")]
    # P 5/6 (the navigation line is a paragraph), R 1; no gold table or quote and none predicted: "–", not 1
    assert cells[3:6] == ["0.833", "1.000", "0.909"] and cells[8:12] == ["1.000", "1.000", "–", "–"]
    assert "- Required gold blocks per kind (per kind F1 is micro over pages): heading 1, list item 2, table 0, " \
           "quote 0." in table
    assert "| fulltext |" not in table  # text only: not produced


def test_the_predictions_digest_covers_typed_blocks(structured_dataset: Path, tmp_path: Path) -> None:
    import shutil

    from newsbench.store.predictions import Store

    evaluate(["readability-lxml-md", "fulltext"], structured_dataset, output=tmp_path / "run")
    before = reference(RunFolder(tmp_path / "run"))["predictions_sha256"]["structured"]
    folder = tmp_path / "run" / "predictions"
    rows = Store(folder).open().rows()
    shutil.rmtree(folder)
    with Store(folder).open().writer("edited") as writer:  # the same rows, one block given as another kind
        for row in rows:
            writer.append({**row, "block_kinds": ["quote", *row["block_kinds"][1:]]} if row["block_kinds"] else row)
    after = reference(RunFolder(tmp_path / "run"))["predictions_sha256"]["structured"]
    assert after["fulltext"] == before["fulltext"] and after["readability-lxml-md"] != before["readability-lxml-md"]
