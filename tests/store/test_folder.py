"""The run folder: a damaged manifest is named, compaction from the command line keeps every used prediction."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsbench.api import run_extractors
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import ManifestError


@pytest.mark.parametrize("key", ["counts", "corpora", "extractors"])
def test_a_manifest_missing_a_key_is_an_error_naming_the_file_and_key(tiny_dataset: Path, tmp_path: Path,
                                                                       key: str) -> None:
    folder = RunFolder(tmp_path / "run")
    run_extractors(["fulltext"], tiny_dataset, output=folder.path)
    data = json.loads(folder.manifest_path.read_text())
    del data[key]
    folder.manifest_path.write_text(json.dumps(data))
    with pytest.raises(ManifestError, match=rf"manifest.json: not a valid manifest: \$: '{key}' is a required"):
        folder.read_manifest()


def test_compaction_from_the_command_line_keeps_every_prediction_in_one_shard(tiny_dataset: Path,
                                                                              tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    run_extractors(["fulltext"], tiny_dataset, output=folder.path)
    run_extractors(["title-tag"], tiny_dataset, output=folder.path)
    before = folder.store().rows()
    assert len(folder.store().shards()) == 2
    done = subprocess.run([sys.executable, "-m", "newsbench", "compact", str(folder.path)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "6 predictions in 1 shard(s)" in done.stdout
    assert folder.store().rows() == before


def test_missing_or_corrupt_scores_are_errors_naming_the_file_whichever_way_they_are_read(tmp_path: Path) -> None:
    from newsbench.store.folder import RunFolderError

    folder = RunFolder(tmp_path / "run")
    readers = (lambda: folder.read_scores(["value"]), lambda: list(folder.scores_batches(["value"])))
    for read in readers:
        with pytest.raises(RunFolderError, match="no scores") as missing:
            read()
        assert missing.value.file == str(folder.scores_path)
    folder.scores_path.parent.mkdir(parents=True)
    folder.scores_path.write_bytes(b"PAR1 this is not a Parquet file PAR1")
    for read in readers:
        with pytest.raises(RunFolderError, match="unreadable scores") as corrupt:
            read()
        assert corrupt.value.file == str(folder.scores_path)
