"""The package shows its flow: the import-linter contract of pyproject.toml holds, and it catches a stage importing a later one."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LINT = shutil.which("lint-imports")


def _lint(src: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    assert LINT is not None
    return subprocess.run([LINT, "--config", str(config), "--no-cache"], capture_output=True, text=True, env=env,
                          cwd=src, timeout=300)


pytestmark = pytest.mark.skipif(LINT is None, reason="import-linter is not installed (pip install -e '.[test]')")


def test_the_stage_contract_holds() -> None:
    done = _lint(REPO / "src", REPO / "pyproject.toml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 kept, 0 broken" in done.stdout


@pytest.mark.parametrize(("module", "later"), [("score/page_scores.py", "newsbench.run.pool"),
                                               ("store/folder.py", "newsbench.score.results"),
                                               ("corpus/pages.py", "newsbench.extractors.base"),
                                               ("metrics/body.py", "newsbench.text.normalize")])
def test_a_stage_importing_a_later_one_breaks_the_contract(tmp_path: Path, module: str, later: str) -> None:
    src = tmp_path / "src"
    shutil.copytree(REPO / "src" / "newsbench", src / "newsbench", ignore=shutil.ignore_patterns("node_modules"))
    path = src / "newsbench" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\nimport {later}  # noqa\n", encoding="utf-8")
    done = _lint(src, REPO / "pyproject.toml")
    assert done.returncode != 0 and "BROKEN" in done.stdout.upper(), done.stdout
    assert later in done.stdout


def test_no_private_helper_is_imported_across_packages() -> None:
    """A name with one leading underscore is private to its package: no other package imports it."""
    offenders = []
    for path in (REPO / "src" / "newsbench").rglob("*.py"):
        package = path.relative_to(REPO / "src").parent.as_posix().replace("/", ".")
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if not (stripped.startswith("from newsbench") and " import " in stripped):
                continue
            module, names = stripped[5:].split(" import ", 1)
            if package in (module, module.rsplit(".", 1)[0]) or module.startswith(package + "."):
                continue
            private = [n.strip() for n in names.strip("()").split(",")
                       if n.strip().startswith("_") and not n.strip().startswith("__")]
            if private:
                offenders.append(f"{path.relative_to(REPO)}: {stripped}")
    assert not offenders, offenders
