"""Writing a dataset folder replaces only a folder newsbench wrote, never a source, and one writer at a time."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_newsbench, tiny_pages, write_corpus
from importers.sources import make_aeb

import newsbench
from newsbench.corpus.build import build
from newsbench.corpus.folder import MARKER, OutputRefused
from newsbench.lock import Busy, exclusive, lock_path


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path -> sha256): what must survive a refused write."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", tiny_pages(2))


@pytest.mark.parametrize("where", ["root", "parent", "gold", "raw_html"])
def test_build_never_replaces_the_corpus_it_reads(corpus: Path, where: str) -> None:
    out = {"root": corpus, "parent": corpus.parent, "gold": corpus / "gold", "raw_html": corpus / "raw_html"}[where]
    before = tree(corpus)
    with pytest.raises(OutputRefused):
        build(corpus, out)
    assert tree(corpus) == before


def test_the_command_refuses_the_repository_root_as_output_with_a_usage_error(corpus: Path) -> None:
    before = tree(corpus)
    done = run_newsbench("build", "--root", str(corpus), "--output", str(corpus))
    assert done.returncode == 2
    assert done.stderr.strip() == (f"error: {corpus}: the output would replace {corpus}, which this command reads "
                                   "from; choose another output folder")
    assert tree(corpus) == before


def test_another_corpus_source_is_never_replaced(corpus: Path, tmp_path: Path) -> None:
    other = write_corpus(tmp_path / "other", tiny_pages(1))
    before = tree(other)
    with pytest.raises(OutputRefused, match="holds gold/ and raw_html/: a corpus source is never replaced"):
        build(corpus, other)
    assert tree(other) == before


def test_a_folder_newsbench_did_not_write_is_refused(corpus: Path, tmp_path: Path) -> None:
    mine = tmp_path / "thesis"
    mine.mkdir()
    (mine / "chapter1.tex").write_text("All my work.")
    with pytest.raises(OutputRefused, match="a folder newsbench did not write"):
        build(corpus, mine)
    (mine / "MANIFEST.json").write_text('{"files": {}}')  # a manifest, but not a dataset folder's
    with pytest.raises(OutputRefused, match="a folder newsbench did not write"):
        build(corpus, mine)
    assert (mine / "chapter1.tex").read_text() == "All my work."
    a_file = tmp_path / "notes.txt"
    a_file.write_text("keep")
    with pytest.raises(OutputRefused, match="exists and is not a folder"):
        build(corpus, a_file)
    assert a_file.read_text() == "keep"


def test_our_folder_with_files_added_is_refused_naming_them(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    build(corpus, out)
    (out / ".gitattributes").write_text("*.parquet filter=lfs\n")
    (out / "data" / "extra.parquet").write_bytes(b"x")
    with pytest.raises(OutputRefused, match=r"files newsbench did not write \(.gitattributes, data/extra.parquet\)"):
        build(corpus, out)
    assert (out / ".gitattributes").exists()


def test_our_own_folder_an_empty_one_and_a_legacy_one_are_replaced(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    build(corpus, out)
    manifest = json.loads((out / "MANIFEST.json").read_text())
    assert manifest[MARKER[0]] == MARKER[1]
    build(corpus, out)  # a rebuild
    del manifest[MARKER[0]]  # as written before the marker existed
    (out / "MANIFEST.json").write_text(json.dumps(manifest))
    build(corpus, out)
    (tmp_path / "empty").mkdir()
    build(corpus, tmp_path / "empty")
    assert json.loads((tmp_path / "empty" / "MANIFEST.json").read_text())["rows"] == 2


def test_import_never_replaces_its_source_folder(tmp_path: Path) -> None:
    source = make_aeb(tmp_path / "aeb")
    before = tree(source)
    for out in (source, tmp_path):
        done = run_newsbench("import", "aeb", str(source), "--output", str(out))
        assert done.returncode == 2, done.stderr
        assert "which this command reads from" in done.stderr
    assert tree(source) == before


def test_a_second_writer_stops_with_a_clear_message_while_the_first_holds_the_folder(corpus: Path,
                                                                                      tmp_path: Path) -> None:
    out = tmp_path / "ds"
    build(corpus, out)
    before = tree(out)
    with exclusive(out.resolve(), "dataset folder"):  # what a first `newsbench build` holds while it writes
        done = run_newsbench("build", "--root", str(corpus), "--output", str(out))
        assert done.returncode == 1
        assert done.stderr.strip().startswith(f"error: {out}: the dataset folder is in use by pid {os.getpid()}, `newsbench")
        assert done.stderr.strip().endswith(f"; wait for it to finish or write elsewhere (lock file {lock_path(out)})")
        with pytest.raises(Busy):
            build(corpus, out)
    assert tree(out) == before
    assert not lock_path(out).exists()  # released and removed
    build(corpus, out)


def test_a_writer_killed_with_sigkill_leaves_no_stale_lock(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from newsbench.lock import exclusive\n"
        f"with exclusive(Path({str(out)!r})):\n    print('locked', flush=True); time.sleep(600)")],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(Path(newsbench.__file__).parents[1])})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(Busy, match=f"pid {holder.pid}"):
            build(corpus, out)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_path(out).exists()  # the file stays behind, its lock does not
    build(corpus, out)
    assert not lock_path(out).exists()
