"""The wheel: built from the checkout, installed (not editable) into a fresh venv, it runs on a corpus given by path.

Also: the extras are read from the pin files (one source of truth) and the core pulls in no
extractor, NER model, plotting or test tool.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("setuptools", reason="building the wheel offline needs setuptools (no build isolation)")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "--wheel-dir", str(out), str(REPO)], check=True, capture_output=True, timeout=600)
    (built,) = out.glob("newsbench-*.whl")
    return built


def _requirements(path: Path) -> list[str]:
    """The requirements of a pin file, without comments (a comment may follow a requirement after " #")."""
    lines = (ln.split(" #", 1)[0].strip() for ln in path.read_text().splitlines())
    return [ln for ln in lines if ln and not ln.startswith("#")]


@pytest.mark.slow
def test_the_extras_are_the_pin_files_and_the_core_is_lean(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        (name,) = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")]
        meta = Parser().parsestr(z.read(name).decode())
        names = set(z.namelist())
    requires = meta.get_all("Requires-Dist") or []
    extras = {}
    for line in requires:
        req, _, marker = line.partition(";")
        extra = marker.split("==")[-1].strip().strip('"') if "extra ==" in marker else ""
        extras.setdefault(extra, []).append(req.strip())
    assert extras["extractors"] == _requirements(REPO / "benchmark" / "requirements-extractors.txt")
    assert extras["ner"] == _requirements(REPO / "benchmark" / "requirements-ner.txt")
    assert extras["dev"] == extras["test"] == _requirements(REPO / "requirements" / "dev.txt")
    assert {"plots", "ray"} <= set(extras)
    core = {r.split(">")[0].split("=")[0].split("[")[0].lower() for r in extras[""]}
    assert not core & {"spacy", "trafilatura", "news-please", "matplotlib", "ray", "pytest", "mypy", "scrapy"}
    # What a wheel install needs besides the code: the dataset, the schemas, the Readability.js runner.
    assert {"newsbench/dataset/MANIFEST.json", "newsbench/dataset/croissant.json", "newsbench/dataset/README.md",
            "newsbench/dataset/data/test-00000-of-00001.parquet", "newsbench/resources/manifest.schema.json",
            "newsbench/extractors/js/package-lock.json", "newsbench/extractors/js/readability_server.js",
            "newsbench/metrics/_lcs.c"} <= names
    # The compiled kernel of the LCS metrics, built with the wheel (its C source beside it for the score cache's digest).
    assert [n for n in names if n.startswith("newsbench/metrics/_lcs.") and n.endswith(".so")], sorted(names)


@pytest.mark.slow
def test_a_wheel_install_runs_an_extractor_on_a_corpus_given_by_path(wheel: Path, tmp_path: Path,
                                                                     tiny_dataset: Path) -> None:
    venv = tmp_path / "venv"
    # --system-site-packages reuses the installed dependencies offline; the wheel itself goes into the venv.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--ignore-installed", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), HF_DATASETS_OFFLINE="1")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(python), *args], capture_output=True, text=True, env=env, cwd=tmp_path,
                              timeout=300)

    where = run("-c", "import newsbench, newsbench.paths as p, newsbench.metrics._lcs; print(newsbench.__file__); "
                      "print(p.checkout())")
    assert where.returncode == 0, where.stderr
    file, checkout = where.stdout.split()
    assert file.startswith(str(venv)) and checkout == "None", where.stdout  # the wheel, not the checkout
    ran = run("-m", "newsbench", "run", "--corpus", str(tiny_dataset), "--extractors", "fulltext",
              "--output", str(tmp_path / "run"), "--quiet")
    assert ran.returncode == 0, ran.stderr
    assert "fulltext" in ran.stdout
    assert (tmp_path / "run" / "results.json").is_file()
    # The embedded dataset ships in the wheel.
    loaded = run("-c", f"import newsbench; ds = newsbench.load(cache_dir={str(tmp_path / 'cache')!r}); "
                       "print(ds.num_rows)")
    test_rows = sum(pq.ParquetFile(f).metadata.num_rows for f in (REPO / "dataset" / "data").glob("test-*.parquet"))
    assert loaded.returncode == 0 and loaded.stdout.strip() == str(test_rows), loaded.stderr
    # The commands that read the corpus sources say what they need.
    validate = run("-m", "newsbench", "validate")
    assert validate.returncode == 1 and "--root" in validate.stderr
    # Readability.js's skip message names the runner's folder, which the wheel installed.
    listed = run("-m", "newsbench", "extractors")
    (line,) = [ln for ln in listed.stdout.splitlines() if ln.split()[:1] == ["readability-js"]]
    if "npm ci --prefix" in line:
        folder = Path(line.split("npm ci --prefix ", 1)[1].rstrip("`"))
        assert folder.is_dir() and (folder / "package-lock.json").is_file() and str(folder).startswith(str(venv))
    else:
        assert "node is not on PATH" in line


def test_ci_runs_readmes_test_command_verbatim() -> None:
    import re

    readme = (REPO / "README.md").read_text()
    commands = re.findall(r"```sh\n(python3 -m pip install [^\n]+)\n```", readme)
    assert len(commands) == 2 and commands[0].endswith("newsbench run --jobs 2")
    assert commands[1].endswith("python3 -m pytest -q")
    assert commands[1] in (REPO / ".ci" / "run").read_text().splitlines()
