"""The validator: a valid corpus passes; every broken input is reported with file, path and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PAGE, REPO, gold, write_corpus

from newsbench.cli import main
from newsbench.corpus.validate import validate


def problems(root: Path) -> list[str]:
    return [str(p) for p in validate([root])]


def test_valid_tiny_corpus_passes(tiny: Path) -> None:
    assert problems(tiny) == []


@pytest.mark.slow
def test_embedded_corpus_passes() -> None:
    assert problems(REPO) == []
    assert main(["validate", str(REPO)]) == 0


def test_malformed_json_gives_line_and_column(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), '{\n  "id": "tiny-01",\n  "url" "x"\n}')})
    [msg] = problems(root)
    assert msg.startswith("gold/tiny-01.json: $: malformed JSON at line 3, column 9")


def test_unknown_field_and_wrong_type_are_both_reported(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), gold(colour="red", authors="Mara Quint"))})
    msgs = problems(root)
    assert "gold/tiny-01.json: $.colour: unknown field (not in gold.schema.json)" in msgs
    assert any(m.startswith("gold/tiny-01.json: $.authors: 'Mara Quint' is not of type 'array'") for m in msgs)


def test_entity_offsets_that_do_not_match(tmp_path: Path) -> None:
    bad = gold()
    bad["entities"][2]["start"] = 20  # type: ignore[index]
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), bad)})
    assert problems(root) == ["gold/tiny-01.json: $.entities[2]: offsets 20:31 select ' Mara Quint', not 'Mara Quint'"]


def test_block_absent_from_page(tmp_path: Path) -> None:
    body = gold()["body"] + [{"kind": "paragraph", "text": "A sentence the page lacks.", "optional": False}]  # type: ignore[operator]
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), gold(body=body))})
    assert problems(root) == ["gold/tiny-01.json: $.body[2].text: text not found in the page: 'A sentence the page lacks.'"]


def test_date_not_on_page(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), gold(published="2021-05-15"))})
    assert problems(root) == ["gold/tiny-01.json: $.published: 2021-05-15 is not written anywhere in the page, its metadata or URL"]


def test_missing_and_empty_page(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, {"tiny-01": (b"", gold())})
    assert problems(root) == ["raw_html/tiny-01.html: (page): page file is empty (0 bytes)"]
    (root / "raw_html" / "tiny-01.html").unlink()
    assert problems(root) == ["gold/tiny-01.json: $: page file raw_html/tiny-01.html is missing"]


def test_duplicate_id_and_id_file_mismatch(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), gold()), "tiny-02": (PAGE.encode(), gold())})
    msgs = problems(root)
    assert "gold/tiny-02.json: $.id: id 'tiny-01' does not match the file name 'tiny-02'" in msgs
    assert "gold/tiny-02.json: $.id: duplicate id 'tiny-01', also in gold/tiny-01.json" in msgs


def test_undeclared_legacy_encoding_needs_confirmation(tmp_path: Path) -> None:
    text = "<html><body><h1>Паром до Остравы снова ходит</h1><p>Компания Холлин сообщила в пятницу, что паромное сообщение возобновится 14.05.2021 после долгого перерыва.</p></body></html>"
    raw = text.encode("cp1251")
    g = gold(headline="Паром до Остравы снова ходит", published="2021-05-14", language="ru", entities=[],
             body=[{"kind": "paragraph", "optional": False,
                    "text": "Компания Холлин сообщила в пятницу, что паромное сообщение возобновится 14.05.2021 после долгого перерыва."}])
    root = write_corpus(tmp_path, {"tiny-01": (raw, g)})
    [msg] = problems(root)
    assert msg.startswith("gold/tiny-01.json: $.encoding: page declares no charset")
    write_corpus(tmp_path, {"tiny-01": (raw, {**g, "encoding": "windows-1251"})})
    assert problems(root) == []


def test_page_of_20_mb_is_refused(tmp_path: Path) -> None:
    big = PAGE.encode() + b"<!--" + b"x" * (20 * 2**20) + b"-->"
    root = write_corpus(tmp_path, {"tiny-01": (big, gold())})
    assert problems(root) == ["raw_html/tiny-01.html: (page): page is 20.0 MiB, over the 8 MiB limit"]


def test_all_errors_reported_in_one_run_and_exit_status(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, {"a-01": (PAGE.encode(), gold(id="a-01", published="2020-01-01")),
                                   "b-01": (PAGE.encode(), "{")})
    assert len(problems(root)) == 2
    assert main(["validate", str(root)]) == 1
    assert main(["validate", str(tmp_path / "nowhere")]) == 2


def test_schema_enum_matches_vocabulary() -> None:
    from newsbench.corpus.schema import json_schema, phenomena

    assert json_schema()["$defs"]["phenomenon"]["enum"] == list(phenomena())
    gold_files = sorted((REPO / "gold").glob("*.json"))
    assert all(json.loads(p.read_text())["license"] for p in gold_files)


def test_empty_corpus_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    assert [p.reason for p in validate([tmp_path])] == ["no gold files found"]


def test_confirmed_encoding_conflicting_with_meta_is_reported(tmp_path: Path) -> None:
    raw = PAGE.replace('<meta charset="utf-8">', '<meta charset="x-no-such-charset">').encode()
    root = write_corpus(tmp_path, {"tiny-01": (raw, gold(encoding="UTF-8"))})
    assert problems(root) == ["gold/tiny-01.json: $.encoding: gold says UTF-8 but the page declares x-no-such-charset"]
