"""Third-party extractors arrive through the `newsbench.extractors` entry-point group."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsbench.store.folder import RunFolder

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

    rows = RunFolder(tmp_path / "run").store().rows()
    assert sorted(r["headline"] for r in rows) == ["echo tiny-01", "echo tiny-02", "echo tiny-03"]


def test_a_plugin_may_not_take_a_builtin_name(tmp_path: Path) -> None:
    site = _install(tmp_path, "trafilatura")
    listed = _newsbench(site, "extractors")
    assert listed.returncode == 1
    assert "extractor name 'trafilatura' from nb-echo-plugin is already registered by built-in" in listed.stderr


@pytest.fixture(autouse=True)
def _needs_setuptools() -> None:
    pytest.importorskip("setuptools", reason="building the test plugin needs setuptools (no build isolation offline)")


def _readme_plugin() -> tuple[str, str]:
    """The plugin's module and pyproject.toml, exactly as README's "Plugins" paragraph shows them."""
    import re

    from conftest import REPO

    readme = (REPO / "README.md").read_text()
    section = readme[readme.index("**Plugins.**"):]
    python = re.search(r"```python\n(.*?)```", section, re.S)
    toml = re.search(r"```toml\n(.*?)```", section, re.S)
    assert python and toml, "README's Plugins paragraph lost its code blocks"
    return python.group(1), toml.group(1)


def _install_package(tmp_path: Path, files: dict[str, str]) -> Path:
    src = tmp_path / f"pkg-{len(list(tmp_path.glob('pkg-*')))}"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text)
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(site), str(src)], check=True, capture_output=True, timeout=300)
    return site


@pytest.mark.slow
def test_the_readme_plugin_builds_installs_and_runs(tmp_path: Path, tiny_dataset: Path) -> None:
    module, pyproject = _readme_plugin()
    site = _install_package(tmp_path, {"my_extractor.py": module, "pyproject.toml": pyproject})
    listed = _newsbench(site, "extractors")
    assert listed.returncode == 0, listed.stderr
    (line,) = [ln for ln in listed.stdout.splitlines() if ln.startswith("first-paragraph")]
    assert "0.1.0" in line and "installed" in line and "[my-extractor]" in line
    ran = _newsbench(site, "run", "--corpus", str(tiny_dataset), "--extractors", "first-paragraph,fulltext",
                     "--output", str(tmp_path / "run"), "--quiet")
    assert ran.returncode == 0, ran.stderr
    rows = [r for r in RunFolder(tmp_path / "run").store().rows()
            if r["extractor"] == "first-paragraph"]
    assert sorted(r["headline"] for r in rows) == [f"Ferry service to {t} resumes" for t in ("Brno", "Olomouc",
                                                                                             "Ostrava")]
    assert {r["body"] for r in rows} == {"The Hollin Ferry Company said on Friday that service would resume."}


BROKEN = '''
"""A plugin that forgot `produces` and `extract`."""


class Broken:
    name = "broken-plugin"
    distribution = "nb-broken-plugin"
    config = {}
    uses_gold = False

    def unavailable(self):
        return None

    def version(self):
        return "0.0.1"
'''

BROKEN_TOML = textwrap.dedent("""
    [build-system]
    requires = ["setuptools>=61"]
    build-backend = "setuptools.build_meta"
    [project]
    name = "nb-broken-plugin"
    version = "0.0.1"
    [project.entry-points."newsbench.extractors"]
    broken-plugin = "nb_broken_plugin:Broken"
    unimportable-plugin = "nb_broken_plugin_missing_module:Nothing"
    [tool.setuptools]
    py-modules = ["nb_broken_plugin"]
""")


@pytest.mark.slow
def test_a_broken_plugin_is_listed_as_broken_and_the_others_still_run(tmp_path: Path, tiny_dataset: Path) -> None:
    _install(tmp_path, "echo-plugin")
    site = _install_package(tmp_path, {"nb_broken_plugin.py": BROKEN, "pyproject.toml": BROKEN_TOML})
    listed = _newsbench(site, "extractors")
    assert listed.returncode == 0, listed.stderr
    lines = {ln.split()[0]: ln for ln in listed.stdout.splitlines()}
    assert "skipped: broken plugin (nb-broken-plugin):" in lines["broken-plugin"]
    assert "it lacks produces, extract" in lines["broken-plugin"]
    assert "ModuleNotFoundError" in lines["unimportable-plugin"]
    assert "installed" in lines["echo-plugin"] and "installed" in lines["fulltext"]
    ran = _newsbench(site, "run", "--corpus", str(tiny_dataset), "--extractors", "echo-plugin,broken-plugin",
                     "--output", str(tmp_path / "run"), "--quiet")
    assert ran.returncode == 0, ran.stderr
    assert "broken-plugin" in ran.stdout and "skipped: broken plugin" in ran.stdout
    import json

    rows = RunFolder(tmp_path / "run").store().rows()
    assert sorted(r["headline"] for r in rows) == ["echo tiny-01", "echo tiny-02", "echo tiny-03"]
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    (broken,) = [e for e in manifest["extractors"] if e["name"] == "broken-plugin"]
    assert broken["skipped"].startswith("broken plugin") and broken["origin"] == "nb-broken-plugin"


def test_a_missing_member_is_named() -> None:
    from newsbench.extractors.registry import missing_members

    class Partial:
        name = "partial"
        distribution = None
        produces = frozenset({"body"})
        extract = None  # not callable

    assert missing_members(Partial()) == ["config", "uses_gold", "unavailable", "version", "extract"]
    from newsbench.extractors.baselines import FullText

    assert missing_members(FullText()) == []
