"""Third-party extractors arrive through the `newsbench.extractors` entry-point group."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN = '''
"""A tiny third-party extractor used by newsbench's plugin test."""
from newsbench.extractors.base import Adapter, Prediction


class Echo(Adapter):
    name = "{name}"
    distribution = "nb-echo-plugin"
    produces = frozenset({{"headline"}})

    def extract(self, page):
        return Prediction(headline="echo " + page.id)
'''


def _install(tmp_path: Path, name: str) -> Path:
    src = tmp_path / "plugin"
    src.mkdir()
    (src / "nb_echo_plugin.py").write_text(PLUGIN.format(name=name))
    (src / "pyproject.toml").write_text(textwrap.dedent(f"""
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "nb-echo-plugin"
        version = "0.0.1"
        [project.entry-points."newsbench.extractors"]
        {name} = "nb_echo_plugin:Echo"
        [tool.setuptools]
        py-modules = ["nb_echo_plugin"]
    """))
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(site), str(src)], check=True, capture_output=True, timeout=300)
    return site


def _newsbench(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "newsbench", *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.mark.slow
def test_an_installed_plugin_is_listed_and_runs(tmp_path: Path, tiny_dataset: Path) -> None:
    site = _install(tmp_path, "echo-plugin")
    listed = _newsbench(site, "extractors")
    assert listed.returncode == 0, listed.stderr
    (line,) = [ln for ln in listed.stdout.splitlines() if ln.startswith("echo-plugin")]
    assert "0.0.1" in line and "headline" in line and "installed" in line and "[nb-echo-plugin]" in line
    ran = _newsbench(site, "run", "--corpus", str(tiny_dataset), "--extractors", "echo-plugin",
                     "--output", str(tmp_path / "run"), "--quiet")
    assert ran.returncode == 0, ran.stderr
    import pyarrow.parquet as pq

    rows = pq.read_table(tmp_path / "run" / "predictions" / "predictions.parquet").to_pylist()
    assert sorted(r["headline"] for r in rows) == ["echo tiny-01", "echo tiny-02", "echo tiny-03"]


def test_a_plugin_may_not_take_a_builtin_name(tmp_path: Path) -> None:
    site = _install(tmp_path, "trafilatura")
    listed = _newsbench(site, "extractors")
    assert listed.returncode == 1
    assert "extractor name 'trafilatura' from nb-echo-plugin is already registered by built-in" in listed.stderr


@pytest.fixture(autouse=True)
def _needs_setuptools() -> None:
    pytest.importorskip("setuptools", reason="building the test plugin needs setuptools (no build isolation offline)")
