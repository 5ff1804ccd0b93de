"""The run manifest's corpus records: the dataset version is optional and older manifests still read."""

from __future__ import annotations

from newsbench.store.manifest import CorpusRecord, Manifest, ManifestError

FP = "3cd2e1761dc8e7c29befba98659c55c30e35b70a61f1e01402be1d4d18b18c5d"


def _manifest(corpus: dict[str, object]) -> dict[str, object]:
    return {"schema_version": 2, "status": "complete", "started": "2026-12-01T00:00:00Z",
            "finished": "2026-12-01T00:01:00Z", "argv": [], "environment": {"newsbench": "0.1.0", "python": "3.11"},
            "corpora": [corpus], "extractors": [], "limits": {}, "counts": {}}


def test_a_corpus_record_round_trips_its_version() -> None:
    record = CorpusRecord("newsbench", "/data/dataset", FP, 256, "gold", None, "1.0.0")
    assert record.as_dict()["version"] == "1.0.0"
    assert CorpusRecord.from_dict(record.as_dict()) == record
    read = Manifest.from_dict(_manifest(record.as_dict()))
    assert read.corpora == (record,) and read.to_dict()["corpora"][0]["version"] == "1.0.0"


def test_a_manifest_written_before_versions_reads_as_version_none() -> None:
    old = {"name": "newsbench", "folder": "/data/dataset", "fingerprint": FP, "pages": 256}
    (record,) = Manifest.from_dict(_manifest(old)).corpora
    assert record.version is None and "version" not in record.as_dict()


def test_a_version_that_is_not_a_string_is_refused() -> None:
    bad = {"name": "newsbench", "folder": "/d", "fingerprint": FP, "pages": 1, "version": 1}
    try:
        Manifest.from_dict(_manifest(bad))
    except ManifestError as exc:
        assert "$.corpora[0].version" in str(exc)
    else:
        raise AssertionError("a numeric version was accepted")
