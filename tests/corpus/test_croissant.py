"""croissant.json: valid Croissant 1.0 + RAI (mlcroissant), every column typed, records equal to the Parquet rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from conftest import REPO

from newsbench.corpus import release
from newsbench.corpus.columns import SCHEMA
from newsbench.corpus.croissant import CROISSANT

mlc = pytest.importorskip("mlcroissant", reason="mlcroissant is in the [dev] extra (pip install -e '.[dev]')")


def _plain(value: Any, column: str) -> Any:
    """A value as mlcroissant yields it (text as bytes, keys prefixed by the field id) back to Python data."""
    if isinstance(value, bytes):
        return value if column == "raw_html" else value.decode("utf-8")
    if isinstance(value, list):
        return [_plain(v, column) for v in value]
    if isinstance(value, dict):
        return {k.rsplit("/", 1)[-1]: _plain(v, column) for k, v in value.items()}
    return value


def _records(folder: Path, split: str) -> list[dict[str, Any]]:
    dataset = mlc.Dataset(jsonld=str(folder / CROISSANT))
    return [{k.rsplit("/", 1)[-1]: _plain(v, k.rsplit("/", 1)[-1]) for k, v in record.items()}
            for record in dataset.records(record_set=split)]


def _rows(folder: Path, split: str) -> list[dict[str, Any]]:
    return pq.read_table(folder / "data" / f"{split}-00000-of-00001.parquet").to_pylist()


def test_records_loaded_through_mlcroissant_equal_the_parquet_rows(tiny_dataset: Path) -> None:
    assert _records(tiny_dataset, "test") == _rows(tiny_dataset, "test")


@pytest.mark.slow
def test_the_committed_dataset_loads_through_mlcroissant_as_its_parquet_rows() -> None:
    folder = REPO / "dataset"
    for split in ("dev", "test"):
        records, rows = _records(folder, split), _rows(folder, split)
        assert len(records) == len(rows) and records == rows, split


def test_every_column_is_a_typed_field_and_the_files_are_checksummed() -> None:
    doc = json.loads((REPO / "dataset" / CROISSANT).read_text())
    manifest = json.loads((REPO / "dataset" / "MANIFEST.json").read_text())
    assert "http://mlcommons.org/croissant/1.0" in doc["conformsTo"]
    assert "http://mlcommons.org/croissant/RAI/1.0" in doc["conformsTo"]
    released = {r.fingerprint: r.version for r in release.releases()}
    assert doc["version"] == manifest["version"] == released.get(manifest["fingerprint"], "unreleased")
    assert manifest["fingerprint"] in doc["description"]
    for file in doc["distribution"]:
        assert manifest["files"][file["contentUrl"]] == file["sha256"]
    assert [rs["name"] for rs in doc["recordSet"]] == ["dev", "test"]
    for record_set in doc["recordSet"]:
        assert [f["name"] for f in record_set["field"]] == SCHEMA.names

        def leaves(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [leaf for f in fields for leaf in (leaves(f["subField"]) if "subField" in f else [f])]

        assert all(f.get("dataType") in ("sc:Text", "sc:Boolean", "sc:Integer") for f in leaves(record_set["field"]))
    # Responsible-AI fields: made by language models, reviewed by nobody, no personal information.
    assert "language-model agents" in doc["rai:dataCollection"]
    assert "No person has reviewed" in doc["rai:annotatorDemographics"][0]
    assert doc["rai:personalSensitiveInformation"][0].startswith("None.")
    assert doc["rai:dataLimitations"] and doc["rai:dataUseCases"]


def test_mlcroissant_validates_the_committed_description() -> None:
    dataset = mlc.Dataset(jsonld=str(REPO / "dataset" / CROISSANT))  # raises ValidationError on any error
    assert dataset.metadata.name == "newsbench"
    assert [rs.name for rs in dataset.metadata.record_sets] == ["dev", "test"]
