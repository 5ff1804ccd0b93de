"""Writing an imported corpus folder: determinism, atomicity, manifest, card, validation; the registry."""

from __future__ import annotations

import json
from hashlib import sha256
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from importers.sources import gz, html, write

from newsbench.corpus.columns import SCHEMA
from newsbench.corpus.folder import data_files
from newsbench.corpus.pages import read_corpus
from newsbench.corpus.schema import Block
from newsbench.importers import IMPORTERS, UnknownCorpus, get, names
from newsbench.importers.base import GOLD_NATURES, ImportedPage, ImportFailure, write_corpus


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_folder_is_deterministic_sorted_and_described_by_its_manifest(aeb_source: Path, tmp_path: Path) -> None:
    first = write_corpus("aeb", get("aeb").read(aeb_source), tmp_path / "one", version="v1")
    pages = list(get("aeb").read(aeb_source))
    write_corpus("aeb", reversed(pages), tmp_path / "two", version="v1")
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    table = pq.read_table(tmp_path / "one" / "data" / "test-00000-of-00001.parquet")
    assert table.schema == SCHEMA and table.column("id").to_pylist() == ["a1", "b2"]
    manifest = json.loads((tmp_path / "one" / "MANIFEST.json").read_text())
    assert manifest["rows"] == 2 and manifest["splits"] == {"test": 2}
    assert manifest["fingerprint"] == first.fingerprint == read_corpus(tmp_path / "one").fingerprint
    assert manifest["exclusions"] == [{"id": "c3", "reason": "no ground-truth entry"}]
    assert manifest["source"] == {"name": "aeb", "gold_nature": "independent human gold", "body_gold": "full text",
                                  "licence": get("aeb").licence, "fields": ["body", "blocks"],
                                  "url": "https://github.com/scrapinghub/article-extraction-benchmark",
                                  "version": "v1"}
    for name, digest in manifest["files"].items():
        assert sha256((tmp_path / "one" / name).read_bytes()).hexdigest() == digest
    assert set(manifest["files"]) == {"README.md", "data/test-00000-of-00001.parquet"}


def test_the_card_states_source_gold_terms_and_exclusions(aeb_source: Path, tmp_path: Path) -> None:
    write_corpus("aeb", get("aeb").read(aeb_source), tmp_path / "out", version="v1", url="https://mirror.example/a")
    card = (tmp_path / "out" / "README.md").read_text()
    from huggingface_hub import DatasetCard

    data = DatasetCard(card).data  # the front matter parses as a Hugging Face card
    assert (data.pretty_name, data.license, data.annotations_creators) == ("newsbench import of aeb", "other",
                                                                           "expert-generated")
    assert data.source_datasets == "extended|other" and "token-classification" in data.task_categories
    assert {"name": "raw_html", "dtype": "binary"} in data.dataset_info["features"]  # derived from the Arrow schema
    assert [s["name"] for s in data.dataset_info["splits"]] == ["test"]
    assert data.configs[0]["config_name"].startswith("aeb-") and data.configs[0]["default"] is True
    assert "## Uses" in card and "## Citation" in card and "## Contact" in card
    assert "Source: https://mirror.example/a (version `v1`)" in card
    assert "Nature: **independent human gold**" in card and get("aeb").terms in card
    assert "| c3 | no ground-truth entry |" in card
    assert "Gold columns null (the source has no such gold): headline, published" in card


def test_a_failed_import_leaves_the_previous_folder_untouched(aeb_source: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_corpus("aeb", get("aeb").read(aeb_source), out)
    before = _files(out)
    bad = write(aeb_source / "html" / "b2.html.gz", gz(b""))  # an empty page
    with pytest.raises(ImportFailure, match="page is empty") as err:
        write_corpus("aeb", get("aeb").read(aeb_source), out)
    assert (err.value.file, err.value.field) == (str(bad), "raw_html")
    assert _files(out) == before and sorted(p.name for p in tmp_path.iterdir()) == ["aeb-src", "out"]


def test_invalid_bytes_are_replaced_as_a_browser_does_and_counted(aeb_source: Path, tmp_path: Path) -> None:
    write(aeb_source / "html" / "b2.html.gz", gz(b"<html><body>caf\xe9 au lait \xff\xfe</body></html>"))  # not UTF-8
    summary = write_corpus("aeb", get("aeb").read(aeb_source), tmp_path / "out")
    (row,) = [r for p in data_files(tmp_path / "out") for r in pq.read_table(p).to_pylist() if r["id"] == "b2"]
    assert "caf\ufffd au lait \ufffd\ufffd" in row["html"] and row["encoding"] == "UTF-8"
    manifest = json.loads((tmp_path / "out" / "MANIFEST.json").read_text())
    assert manifest["decoding"] == {"replaced_bytes": 3, "pages_with_replacements": 1, "pages": {"b2": 3}}
    assert summary.exclusions == (("c3", "no ground-truth entry"),)  # the fixture's own exclusion only


def test_a_mostly_undecodable_page_is_excluded_with_its_count(aeb_source: Path, tmp_path: Path) -> None:
    write(aeb_source / "html" / "b2.html.gz", gz(b"\xff" * 60 + b"<p>ok</p>"))  # 60 of 69 bytes invalid UTF-8
    summary = write_corpus("aeb", get("aeb").read(aeb_source), tmp_path / "out")
    assert ("b2", "mostly undecodable: 60 of 69 bytes invalid in UTF-8") in summary.exclusions
    assert "b2" not in {r["id"] for p in data_files(tmp_path / "out") for r in pq.read_table(p, columns=["id"]).to_pylist()}


def _page(page_id: str, **changes: object) -> ImportedPage:
    fields: dict[str, object] = {"id": page_id, "source_file": f"/src/{page_id}.html", "raw": html("T", "Text."),
                                 "blocks": (Block("paragraph", "Text."),)}
    fields.update(changes)
    return ImportedPage(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("pages", "message", "field"), [
    ([_page("p1"), _page("p1")], "duplicate page id 'p1'", "id"),
    ([_page("a/b")], "an id must be a non-empty file name", "id"),
    ([_page("p1", blocks=(Block("sidebar", "x"),))], "unknown kind or no text", "blocks"),
    ([_page("p1", blocks=(Block("paragraph", "  "),))], "unknown kind or no text", "blocks"),
    ([_page("p1", published="last Tuesday")], "not an ISO 8601 date", "published"),
    ([_page("p1", raw=b"")], "page is empty", "raw_html"),
    ([ImportedPage.exclude("p1", "/src/p1.html", "gone")], "no page to write", None),
])
def test_bad_pages_are_refused_naming_file_and_field(pages: list[ImportedPage], message: str, field: str | None,
                                                     tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match=message) as err:
        write_corpus("aeb", pages, tmp_path / "out")
    assert err.value.field == field
    assert not (tmp_path / "out").exists()


def test_every_registered_importer_declares_its_provenance() -> None:
    assert names() == tuple(sorted(IMPORTERS))
    for name in names():
        importer = get(name)
        assert importer.name == name and importer.gold_nature in GOLD_NATURES
        assert importer.url.startswith("https://") and importer.licence and importer.terms and importer.description
        assert set(importer.fields) <= set(SCHEMA.names)


def test_an_unknown_corpus_suggests_close_names() -> None:
    with pytest.raises(UnknownCorpus, match="unknown corpus 'fundas'; did you mean fundus"):
        get("fundas")
