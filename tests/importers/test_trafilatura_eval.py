"""The trafilatura evaluation-set importer on a tiny hand-written copy of its format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importers.sources import import_rows, make_trafilatura, write

from newsbench.importers.base import ImportFailure
from newsbench.importers.trafilatura_eval import TrafilaturaEvalImporter


def test_with_snippets_are_blocks_and_the_rest_is_in_notes(tmp_path: Path) -> None:
    summary, rows = import_rows("trafilatura_eval", make_trafilatura(tmp_path / "src"), tmp_path / "out")
    assert list(rows) == ["broken.example", "orchard.example.pears"]
    page = rows["orchard.example.pears"]
    assert page["blocks"] == [{"kind": "paragraph", "text": "Pear harvest starts", "optional": False},
                              {"kind": "paragraph", "text": "ladders are checked", "optional": False}]
    assert json.loads(page["notes"]) == {"without": ["Imprint", "Home Sport Weather"], "comments": ["Lovely pears!"]}
    assert page["url"] == "https://orchard.example/pears" and page["language"] == "de"
    reasons = dict(summary.exclusions)  # type: ignore[attr-defined]
    assert reasons == {"missing.example": "page file missing.example.html not in tests/cache or tests/eval"}


def test_title_date_and_author_are_gold_where_the_entry_has_them(tmp_path: Path) -> None:
    _, rows = import_rows("trafilatura_eval", make_trafilatura(tmp_path / "src"), tmp_path / "out")
    pears = rows["orchard.example.pears"]
    assert pears["headline"] == "Pear harvest starts" and pears["published"] == "2021-09-14"
    assert pears["authors"] == ["Ina Obst", "Jo Baum"]  # trafilatura's "; " between authors
    broken = rows["broken.example"]  # empty title and author: not annotated; a malformed date is noted
    assert broken["headline"] is None and broken["authors"] is None and broken["published"] is None
    assert "'2022-11-1' is not a full ISO 8601 date" in json.loads(broken["notes"])["date"]
    manifest = json.loads((tmp_path / "out" / "MANIFEST.json").read_text())
    assert manifest["source"]["fields"] == ["headline", "published", "authors", "body", "blocks"]
    assert manifest["decoding"]["pages"] == {"broken.example": 2}  # \xff\xfe became two U+FFFD, counted
    item = {"file": "orchard.example.pears.html", "with": ["Pear"], "without": ["Imprint"], "author": ["A B", " C "]}
    source = make_trafilatura(tmp_path / "src2")
    (source / "tests" / "evaldata.py").unlink()
    write(source / "tests" / "evaldata.json", {"https://a.example/": item})
    (page,) = list(TrafilaturaEvalImporter().read(source))
    assert page.authors == ("A B", "C") and page.headline is None and page.published is None
    # month and day swapped, as on two pages of the real set: that entry's date gold is null with a note, and the
    # corpus still imports (a date of that form naming no real day is otherwise an ImportFailure: files.iso_date)
    write(source / "tests" / "evaldata.json", {"https://a.example/": {**item, "date": "2022-29-11"}})
    (page,) = list(TrafilaturaEvalImporter().read(source))
    assert page.published is None and json.loads(page.notes)["date"] == (
        "source date '2022-29-11' names no real day; published left null")
    write(source / "tests" / "evaldata.json", {"https://a.example/": {**item, "title": 3}})
    with pytest.raises(ImportFailure, match="expected a string") as err:
        list(TrafilaturaEvalImporter().read(source))
    assert err.value.field == "https://a.example/.title"


def test_the_json_form_is_read_and_two_urls_on_one_file_keep_the_first(tmp_path: Path) -> None:
    source = make_trafilatura(tmp_path / "src")
    (source / "tests" / "evaldata.py").unlink()
    item = {"file": "orchard.example.pears.html", "with": ["Pear harvest starts"], "without": ["Imprint"]}
    write(source / "tests" / "evaldata.json", {"https://a.example/": item, "https://b.example/": item})
    pages = list(TrafilaturaEvalImporter().read(source))
    assert [(p.id, p.excluded) for p in pages] == [
        ("orchard.example.pears", None), ("orchard.example.pears~1", "file already annotated under another URL")]


def test_evaldata_without_eval_pages_or_with_code_is_refused(tmp_path: Path) -> None:
    source = make_trafilatura(tmp_path / "src")
    write(source / "tests" / "evaldata.py", "OTHER = {}\n")
    with pytest.raises(ImportFailure, match="no such top-level assignment") as err:
        list(TrafilaturaEvalImporter().read(source))
    assert err.value.field == "EVAL_PAGES"
    write(source / "tests" / "evaldata.py", "EVAL_PAGES = dict(open('/etc/passwd'))\n")  # never executed
    with pytest.raises(ImportFailure, match="not a literal"):
        list(TrafilaturaEvalImporter().read(source))
    write(source / "tests" / "evaldata.py", "EVAL_PAGES = {'https://x.example/': {'file': 'x.html', 'with': 'one'}}\n")
    with pytest.raises(ImportFailure, match="expected a list of strings") as err:
        list(TrafilaturaEvalImporter().read(source))
    assert err.value.field == "https://x.example/.with"


def test_an_imported_snippet_corpus_is_scored_for_snippets_not_body(tmp_path: Path) -> None:
    from newsbench.api import evaluate

    import_rows("trafilatura_eval", make_trafilatura(tmp_path / "src"), tmp_path / "corpus")
    results = evaluate(["oracle", "fulltext"], tmp_path / "corpus", output=tmp_path / "run")
    entries = {(e.field, e.extractor): e for e in results.leaderboard if e.corpus == "corpus"}
    assert ("body", "fulltext") not in entries  # snippets are not a full-text reference
    oracle = entries[("snippets", "oracle")].primary  # the oracle's body is the `with` snippets themselves
    assert (oracle.precision, oracle.recall, oracle.tp, oracle.fp, oracle.fn, oracle.tn) == (1.0, 1.0, 3, 0, 0, 3)
    assert oracle.accuracy == 1.0
    # fulltext is all visible text: on the pear page both `with` snippets and both `without` ones (the
    # navigation and the "Imprint" footer); the undecodable page has no text, so its snippets are fn and tn.
    fulltext = entries[("snippets", "fulltext")].primary
    assert (fulltext.tp, fulltext.fp, fulltext.fn, fulltext.tn) == (2, 2, 1, 1)
    assert (fulltext.precision, fulltext.recall, fulltext.accuracy) == (0.5, 2 / 3, 0.5)
