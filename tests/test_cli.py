"""`newsbench run`, `extractors` and `import-predictions` from the command line."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_newsbench

from newsbench.cli import main
from newsbench.corpus.pages import read_corpus
from newsbench.store.folder import RunFolder

REPO = Path(__file__).resolve().parents[1]


def newsbench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsbench", *args], capture_output=True, text=True, timeout=600)


def test_run_writes_predictions_and_a_manifest(tiny_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    done = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext,oracle,magic-html",
                     "--output", str(out), "--jobs", "2", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "predictions: 6 computed, 0 reused" in done.stdout
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "complete"
    assert manifest["corpora"][0]["fingerprint"] == read_corpus(tiny_dataset).fingerprint
    names = {e["name"]: e for e in manifest["extractors"]}
    assert names["fulltext"]["version"] == manifest["environment"]["newsbench"]
    if sys.version_info < (3, 12):
        assert names["magic-html"]["skipped"] == "needs Python >= 3.12"
    assert manifest["environment"]["python"] == sys.version.split()[0]
    assert manifest["limits"] == {"timeout_s": 60.0, "memory_mb": 4096, "jobs": 2, "isolate_network": False}
    assert manifest["started"] <= manifest["finished"]
    assert RunFolder(out).store().count() == 6
    again = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext,oracle", "--output", str(out),
                      "--quiet")
    assert "predictions: 0 computed, 6 reused" in again.stdout
    assert json.loads((out / "manifest.json").read_text())["history"][0]["computed"] == 6


def test_a_missing_corpus_is_a_usage_error(tmp_path: Path) -> None:
    done = newsbench("run", "--corpus", str(tmp_path / "nope"), "--output", str(tmp_path / "r"))
    assert done.returncode == 2
    assert f"corpus folder {tmp_path / 'nope'} does not exist" in done.stderr


def test_an_unknown_extractor_is_a_usage_error(tiny_dataset: Path, tmp_path: Path) -> None:
    done = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "goose", "--output", str(tmp_path / "r"))
    assert done.returncode == 2 and "unknown extractor 'goose'; did you mean goose3" in done.stderr


def test_a_corrupt_dataset_is_refused_naming_the_file(tiny_dataset: Path, tmp_path: Path) -> None:
    (parquet,) = (tiny_dataset / "data").glob("*.parquet")
    parquet.write_bytes(parquet.read_bytes()[:500])
    done = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext", "--output", str(tmp_path / "r"))
    assert done.returncode == 1 and f"{parquet}: unreadable Parquet file" in done.stderr


def test_extractors_lists_versions_fields_and_state() -> None:
    done = newsbench("extractors")
    assert done.returncode == 0
    lines = {ln.split()[0]: ln for ln in done.stdout.splitlines()}
    assert "headline" in lines["oracle"] and "installed" in lines["oracle"]
    assert {"trafilatura", "readability-js", "htmldate", "fulltext", "metadata"} <= set(lines)


def _jsonl(path: Path, lines: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_import_predictions_stores_them_like_a_run(tiny_dataset: Path, tmp_path: Path) -> None:
    corpus = read_corpus(tiny_dataset)
    lines: list[dict[str, object]] = [
        {"extractor": "go-port", "version": "1.2.0", "page_id": "tiny-01", "headline": "Ferry", "body": "text"},
        {"extractor": "go-port", "version": "1.2.0", "page_sha256": corpus.index().column("html_sha256")[1].as_py(), "headline": None},
    ]
    done = newsbench("import-predictions", str(_jsonl(tmp_path / "p.jsonl", lines)), "--corpus", str(tiny_dataset),
                     "--output", str(tmp_path / "run"))
    assert done.returncode == 0, done.stderr
    assert "imported 2 predictions of go-port" in done.stdout
    assert "go-port: 1 pages without a prediction (imported as failures): tiny-03" in done.stdout
    rows = {r["page_id"]: r for r in RunFolder(tmp_path / "run").store().rows()}
    assert (rows["tiny-01"]["headline"], rows["tiny-01"]["body"], rows["tiny-01"]["published"]) == ("Ferry", "text", None)
    assert (rows["tiny-02"]["headline"], rows["tiny-02"]["body"]) == ("", "")  # produced, found nothing
    assert rows["tiny-03"]["error_kind"] == "missing"
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    (system,) = manifest["extractors"]
    assert system["origin"] == "import" and system["produces"] == ["body", "headline"]


def test_import_refuses_unknown_pages_and_writes_nothing(tiny_dataset: Path, tmp_path: Path) -> None:
    lines: list[dict[str, object]] = [{"extractor": "x", "version": "1", "page_id": "tiny-01", "body": "a"},
                                      {"extractor": "x", "version": "1", "page_id": "not-a-page", "body": "b"}]
    done = newsbench("import-predictions", str(_jsonl(tmp_path / "p.jsonl", lines)), "--corpus", str(tiny_dataset),
                     "--output", str(tmp_path / "run"))
    assert done.returncode == 1
    assert "unknown page: p.jsonl:2: not-a-page" in done.stdout
    assert not (tmp_path / "run").exists()


def test_import_names_the_line_of_a_bad_record(tiny_dataset: Path, tmp_path: Path) -> None:
    lines: list[dict[str, object]] = [{"extractor": "x", "version": "1", "page_id": "tiny-01", "body": "a"},
                                      {"extractor": "x", "version": "1", "page_id": "tiny-02", "authors": "Ann"}]
    path = _jsonl(tmp_path / "p.jsonl", lines)
    done = newsbench("import-predictions", str(path), "--corpus", str(tiny_dataset), "--output", str(tmp_path / "r"))
    assert done.returncode == 1 and f"{path}:2: authors: must be a list of strings" in done.stderr


def test_every_subcommand_says_what_it_does_with_an_example() -> None:
    from newsbench.cli import ABOUT, parser

    p = parser()
    (sub,) = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(sub.choices) == set(ABOUT)
    for name, command in sub.choices.items():
        text = command.format_help()
        description, example = ABOUT[name]
        assert description.split()[0] in text and f"example:\n  {example}" in text, name
        assert example.startswith(f"newsbench {name}"), name


def test_corpus_name_finds_a_corpus_imported_to_the_default_location(tiny_dataset: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from newsbench.corpus.pages import resolve_folder
    from newsbench.paths import imported_corpus

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shutil.copytree(tiny_dataset, imported_corpus("mycorpus"))
    assert resolve_folder("mycorpus") == (imported_corpus("mycorpus"), "mycorpus")
    with pytest.raises(FileNotFoundError, match=r"no corpus imported under that name .* \(imported there: mycorpus;"):
        resolve_folder("mycorpsu")
    monkeypatch.chdir(tmp_path)
    done = subprocess.run([sys.executable, "-m", "newsbench", "run", "--corpus", "mycorpus", "--extractors",
                           "fulltext", "--output", str(tmp_path / "run"), "--quiet", "--no-score"],
                          capture_output=True, text=True, timeout=300, env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert "mycorpus (3 pages" in done.stdout


# Issue 12: usage errors, and faults of the system or the input, end in one clear line and the right exit code.
@pytest.mark.parametrize(("args", "message"), [
    (["run", "--timeout", "0"], "argument --timeout: must be a finite number of seconds above 0, not 0"),
    (["run", "--timeout", "nan"], "argument --timeout: must be a finite number of seconds above 0, not nan"),
    (["run", "--timeout", "inf"], "argument --timeout: must be a finite number of seconds above 0, not inf"),
    (["run", "--timeout", "-3"], "argument --timeout: must be a finite number of seconds above 0, not -3"),
    (["run", "--timeout", "soon"], "argument --timeout: 'soon' is not a number of seconds"),
    (["run", "--jobs", "0"], "argument --jobs: must be at least 1, not 0"),
    (["run", "--memory", "-1"], "argument --memory: must be at least 0, not -1"),
    (["score", "--resamples", "-5"], "argument --resamples: must be at least 1, not -5"),
    (["score", "--permutations", "0"], "argument --permutations: must be at least 1, not 0"),
    (["score", "--seed", "-1"], "argument --seed: must be at least 0, not -1"),
    (["run", "--seed", "1.5"], "argument --seed: '1.5' is not a whole number"),
    (["score", "--split", "validation"], "argument --split: invalid choice: 'validation' (choose from 'test', 'dev', 'all')"),
])
def test_impossible_limits_and_statistics_settings_are_usage_errors(args: list[str], message: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    assert capsys.readouterr().err.strip().endswith(f"error: {message}")


def _with_file_size_limit(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # a write past it fails with EFBIG, as on a full disk


def test_a_build_that_runs_out_of_space_prints_one_line_and_keeps_the_old_dataset(tmp_path: Path) -> None:
    from conftest import tiny_pages, write_corpus

    root = write_corpus(tmp_path / "corpus", tiny_pages(2))
    out = tmp_path / "ds"
    assert run_newsbench("build", "--root", str(root), "--output", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_corpus(root, tiny_pages(3))
    done = run_newsbench("build", "--root", str(root), "--output", str(out), preexec_fn=lambda: _with_file_size_limit(512),
                         env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith(f"error: {out}: ") and "File too large" in line
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before  # the data survives
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ds")] == []  # no temporary folder or lock left


def test_a_run_that_runs_out_of_space_prints_one_error_line(tiny_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    done = run_newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext", "--output", str(out),
                         "--quiet", preexec_fn=lambda: _with_file_size_limit(0), env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "File too large" in errors[0] and str(out) in errors[0], done.stderr


def test_writing_to_a_full_device_names_the_file(tiny_dataset: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    done = run_newsbench("profile", str(tiny_dataset), "--json", "/dev/full")
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["error: /dev/full: No space left on device"]


def test_input_nested_too_deeply_anywhere_is_one_error_line(tiny_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    assert run_newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext", "--output", str(out),
                         "--quiet").returncode == 0
    (out / "results.json").write_text("[" * 100_000 + "]" * 100_000)
    done = run_newsbench("report", str(out), "--format", "md")
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("error: ") and "Traceback" not in done.stderr
    lines = "\n".join(json.dumps({"extractor": "x", "version": "1", "page_id": "tiny-01", "body": "b",
                                   "authors": [[[]]]}) for _ in range(1))
    deep = lines.replace("[[[]]]", "[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text(deep + "\n")
    done = run_newsbench("import-predictions", str(tmp_path / "deep.jsonl"), "--corpus", str(tiny_dataset),
                         "--output", str(tmp_path / "imported"))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"error: {tmp_path / 'deep.jsonl'}:1: JSON nested too deeply to read"]


# Issue 12: an external system cannot pass for an extractor newsbench runs.
def test_an_external_system_named_like_a_built_in_is_refused_unless_forced(tiny_dataset: Path, tmp_path: Path) -> None:
    from newsbench.api import score_run
    from newsbench.score.results import Settings

    out = tmp_path / "run"
    assert run_newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "trafilatura", "--output", str(out),
                         "--quiet", "--no-score").returncode == 0
    before = (out / "manifest.json").read_text()
    lines: list[dict[str, object]] = [{"extractor": "go-port", "version": "1", "page_id": "tiny-01", "body": "x"}]
    lines += [{"extractor": "trafilatura", "version": "2.3.1", "page_id": f"tiny-0{n}", "body": "Ferry"}
              for n in (1, 2, 3)]
    path = _jsonl(tmp_path / "p.jsonl", lines)
    done = run_newsbench("import-predictions", str(path), "--corpus", str(tiny_dataset), "--output", str(out))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: {path}:2: extractor: 'trafilatura' is the name of a built-in extractor: imported figures would pass "
        "for its own; name the external system differently, or pass --force to import it under this name (marked "
        "as imported)"]
    assert (out / "manifest.json").read_text() == before  # nothing imported, not even go-port
    done = run_newsbench("import-predictions", str(path), "--corpus", str(tiny_dataset), "--output", str(out), "--force")
    assert done.returncode == 0, done.stderr
    origins = {e["name"]: e["origin"] for e in json.loads((out / "manifest.json").read_text())["extractors"]}
    assert origins == {"trafilatura": "import", "go-port": "import"}
    results = score_run(out, settings=Settings(n_resamples=50, n_permutations=50, split=None))
    assert results.origin("trafilatura") == "import" and results.origin("go-port") == "import"
    stored = json.loads((out / "results.json").read_text())["manifest"]["extractors"]
    assert {e["name"]: e["origin"] for e in stored} == origins


def test_an_external_system_may_be_imported_again_but_not_over_a_plugin_that_ran(tiny_dataset: Path,
                                                                                tmp_path: Path) -> None:
    out = tmp_path / "run"
    path = _jsonl(tmp_path / "p.jsonl", [{"extractor": "acme", "version": "1", "page_id": "tiny-01", "body": "x"}])
    for _ in range(2):  # a corrected file of the same external system replaces the first
        done = run_newsbench("import-predictions", str(path), "--corpus", str(tiny_dataset), "--output", str(out))
        assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["extractors"][0]["origin"] = "acme-extractors"  # as if a plugin, since uninstalled, had run here
    (out / "manifest.json").write_text(json.dumps(manifest))
    done = run_newsbench("import-predictions", str(path), "--corpus", str(tiny_dataset), "--output", str(out))
    assert done.returncode == 1
    assert "'acme' is the name of an extractor this run folder ran (acme-extractors)" in done.stderr


def test_an_interrupted_command_exits_130_with_one_line(tmp_path: Path) -> None:
    """Ctrl-C while a download waits on a server that never answers (on 127.0.0.1): no traceback, no partial file."""
    import signal
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    table = tmp_path / "downloads.json"
    table.write_text(json.dumps({"corpora": {"aeb": {
        "url": f"http://127.0.0.1:{server.getsockname()[1]}/aeb.tar.gz", "version": "x", "format": "tar.gz",
        "sha256": None, "size": None, "pinned": False}}}))
    env = {**os.environ, "PYTHONPATH": str(Path(main.__code__.co_filename).parents[1])}
    process = subprocess.Popen([sys.executable, "-m", "newsbench", "download", "aeb", "--downloads", str(table),
                                "--output", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), "--yes",
                                "--trust-unpinned"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        server.settimeout(120)
        connection, _ = server.accept()  # the command now waits for an answer that never comes
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
        server.close()
    connection.close()
    assert process.returncode == 130
    assert "Traceback" not in stderr and stderr.strip().splitlines()[-1] == "interrupted"
    assert [p for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []
    assert not (tmp_path / "out").exists()


# Issue 12: a lone surrogate in an external system's predictions is stored repaired, and scores.
def test_imported_predictions_with_a_lone_surrogate_are_stored_repaired_and_scored(tiny_dataset: Path,
                                                                                   tmp_path: Path) -> None:
    lines: list[dict[str, object]] = [{"extractor": "go-port", "version": "1", "page_id": f"tiny-0{n}",
                                       "body": "caf\ud800 open", "authors": ["Ann \udfff"]} for n in (1, 2, 3)]
    path = _jsonl(tmp_path / "p.jsonl", lines)
    assert "\\ud800" in path.read_text()  # the escape as JSON carries it
    done = newsbench("import-predictions", str(path), "--corpus", str(tiny_dataset), "--output", str(tmp_path / "run"))
    assert done.returncode == 0, done.stderr
    rows = RunFolder(tmp_path / "run").store().rows()
    assert {(r["body"], tuple(r["authors"])) for r in rows} == {("caf\ufffd open", ("Ann \ufffd",))}
    assert {r["repairs"] for r in rows} == {"lone surrogates replaced with U+FFFD in: authors, body"}
    scored = newsbench("score", str(tmp_path / "run"), "--resamples", "20", "--permutations", "20", "--split", "all")
    assert scored.returncode == 0, scored.stderr
    assert "go-port" in scored.stdout


# Issue 12: a results.json of the wrong shape is one error line naming the file, never a traceback.
@pytest.mark.parametrize("document", ['{"schema_version": 3}', '[]', '{"schema_version": 3, "settings": 5, '
                                      '"manifest": {}, "leaderboard": [1], "significance": [], "breakdowns": []}',
                                      '{"schema_version": 99}'])
def test_a_results_document_of_the_wrong_shape_is_one_error_line(tiny_dataset: Path, tmp_path: Path,
                                                                  document: str) -> None:
    out = tmp_path / "run"
    assert run_newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext", "--output", str(out),
                         "--quiet").returncode == 0
    (out / "results.json").write_text(document)
    for command in (["report", str(out), "--format", "md", "--output", str(tmp_path / "rep")],
                    ["inspect", str(out), "--output", str(tmp_path / "insp")]):
        done = run_newsbench(*command)
        assert done.returncode != 0 and "Traceback" not in done.stderr, (command, done.stderr)
        [line] = done.stderr.splitlines()
        assert line.startswith(f"error: {out / 'results.json'}"), line
