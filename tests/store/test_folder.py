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
