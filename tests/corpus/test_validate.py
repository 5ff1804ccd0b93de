"""The validator: a valid corpus passes; every broken input is reported with file, path and reason."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import PAGE, REPO, gold, run_newsbench, write_corpus

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


# Issue 12: links, special files, directories and deep JSON are problems, never a hang or a traceback.
def test_a_page_linked_to_a_file_outside_the_corpus_is_refused_and_never_built(tmp_path: Path) -> None:
    from newsbench.corpus.build import build
    from newsbench.errors import GoldError

    root = write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})
    secret = tmp_path / "elsewhere.html"
    secret.write_bytes(PAGE.encode())  # a perfectly valid page: only where it lives is wrong
    page = root / "raw_html" / "tiny-01.html"
    page.unlink()
    page.symlink_to(secret)
    [msg] = problems(root)
    assert msg == f"raw_html/tiny-01.html: (page): page is a link to {secret}, outside the corpus root {root}"
    with pytest.raises(GoldError, match="outside the corpus root"):
        build(root, tmp_path / "dataset")
    assert not (tmp_path / "dataset").exists()


def test_links_inside_the_corpus_are_followed(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})
    (root / "shared").mkdir()
    page = root / "raw_html" / "tiny-01.html"
    page.rename(root / "shared" / "ferry.html")
    page.symlink_to(Path("..") / "shared" / "ferry.html")
    assert problems(root) == []


def test_a_gold_file_linked_outside_the_corpus_is_refused(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})
    outside = tmp_path / "outside.json"
    (root / "gold" / "tiny-01.json").rename(outside)
    (root / "gold" / "tiny-01.json").symlink_to(outside)
    assert problems(root) == [f"gold/tiny-01.json: $: gold file is a link to {outside}, outside the corpus root {root}"]


def test_a_fifo_page_is_refused_without_blocking(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})
    page = root / "raw_html" / "tiny-01.html"
    page.unlink()
    os.mkfifo(page)  # nobody ever writes to it: opening it for reading would block forever
    # in a subprocess with a deadline, so that a regression fails instead of hanging the suite
    done = run_newsbench("validate", str(root), timeout=120, cwd=tmp_path)
    assert done.returncode == 1
    assert "raw_html/tiny-01.html: (page): page is a FIFO (named pipe), not a regular file" in done.stdout


def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})
    page = root / "raw_html" / "tiny-01.html"
    page.unlink()
    page.symlink_to("/dev/zero")
    assert problems(root) == [f"raw_html/tiny-01.html: (page): page is a link to /dev/zero, outside the corpus root {root}"]


def test_a_device_inside_the_corpus_root_is_refused() -> None:
    # The corpus root is /dev itself here (a gold file given by path): /dev/zero is inside it but no file.
    from newsbench.corpus.sources import SourceRefused, read_page

    with pytest.raises(SourceRefused, match="a character device, not a regular file"):
        read_page(Path("/dev/zero"), Path("/dev"))


def test_directories_where_files_belong_are_problems(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})
    page = root / "raw_html" / "tiny-01.html"
    page.unlink()
    page.mkdir()
    (root / "gold" / "tiny-02.json").mkdir()
    assert problems(root) == ["raw_html/tiny-01.html: (page): page is a directory, not a regular file",
                              "gold/tiny-02.json: $: gold file is a directory, not a regular file"]


@pytest.mark.parametrize("depth", [50_000, 5_000])
def test_gold_json_nested_thousands_deep_is_a_problem(tmp_path: Path, depth: int) -> None:
    deep = "[" * depth + "]" * depth
    text = json.dumps(gold()).replace('"notes": ""', f'"notes": {deep}')
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), text)})
    assert problems(root) == ["gold/tiny-01.json: $: JSON nested too deeply to read"]
    assert main(["validate", str(root)]) == 1


def test_a_long_or_nested_wrong_value_is_quoted_short(tmp_path: Path) -> None:
    text = json.dumps(gold()).replace('"notes": ""', f'"notes": {"[" * 900 + "]" * 900}')
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), text)})
    [msg] = problems(root)
    assert msg.startswith("gold/tiny-01.json: $.notes: [[[[") and msg.endswith("...") and len(msg) < 250


@pytest.mark.parametrize(("published", "modified", "field", "reason"), [
    ("2021-02-30", None, "published", "'2021-02-30' is not a real date and time: day is out of range for month"),
    ("2021-13-14", None, "published", "'2021-13-14' is not a real date and time: month must be in 1..12"),
    ("2021-05-14T09:30:00+02:00", "2021-05-14T09:30:00+24:00", "modified",
     "'2021-05-14T09:30:00+24:00' is not a real date and time: UTC offset +24:00 out of range (under 24 hours)"),
    ("2021-05-14T09:30:00+02:00", "9999-12-31T23:59-05:00", "modified",
     "'9999-12-31T23:59-05:00' lies outside the years 1-9999 in UTC"),
    ("0001-01-01T00:00+05:00", None, "published", "'0001-01-01T00:00+05:00' lies outside the years 1-9999 in UTC"),
])
def test_an_impossible_gold_date_is_a_problem_naming_file_and_field(tmp_path: Path, published: str,
                                                                    modified: str | None, field: str,
                                                                    reason: str) -> None:
    root = write_corpus(tmp_path, {"tiny-01": (PAGE.encode(), gold(published=published, modified=modified))})
    assert problems(root) == [f"gold/tiny-01.json: $.{field}: unusable date: {reason}"]
    assert main(["validate", str(root)]) == 1
