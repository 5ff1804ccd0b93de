"""The Ray engine on a local 2-CPU Ray instance bound to the loopback interface: same results as a local run,
a task killed mid-shard retried without losing or duplicating a prediction, a segfault still one failed prediction."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import tiny_pages, write_corpus
from hostile_extractors import KillsItsHostOnce, Segfaults

from newsbench.corpus.build import build
from newsbench.corpus.pages import read_corpus
from newsbench.extractors.base import Adapter
from newsbench.extractors.registry import describe
from newsbench.run.guarded import Prepared
from newsbench.run.pipeline import Engine, run
from newsbench.run.plan import make_plan
from newsbench.run.pool import Limits
from newsbench.run.ray_engine import run_on_ray
from newsbench.score.figures import compute_results
from newsbench.score.results import Settings
from newsbench.score.scoring import score_run
from newsbench.store.folder import RunFolder

pytestmark = pytest.mark.slow  # a Ray instance takes seconds to start
REPO = Path(__file__).resolve().parents[2]
EXTRACTORS = ["fulltext", "html-text", "metadata", "oracle", "title-tag"]
LIMITS = Limits(timeout=60, memory_mb=1024)  # each task declares this much memory: modest, for small CI machines


@pytest.fixture(scope="module")
def traces(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A local Ray instance (2 CPUs, loopback only, no usage statistics) whose workers can import the test modules."""
    folder = tmp_path_factory.mktemp("traces")
    saved = dict(os.environ)
    os.environ.update({"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_USAGE_STATS_ENABLED": "0",
                       "NEWSBENCH_TEST_DIR": str(folder),
                       "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "tests"),
                                                      os.environ.get("PYTHONPATH", "")])})
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        assert {n["NodeManagerAddress"] for n in ray.nodes()} == {"127.0.0.1"}
        yield folder
    finally:
        ray.shutdown()
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture
def four_pages(tmp_path: Path) -> Path:
    build(write_corpus(tmp_path / "src", tiny_pages(4)), tmp_path / "dataset")
    return tmp_path / "dataset"


def _untimed(folder: RunFolder) -> list[dict[str, object]]:
    return [{k: v for k, v in r.items() if k != "seconds"} for r in folder.store().rows()]


def test_a_ray_run_gives_what_a_local_run_gives(traces: Path, four_pages: Path, tmp_path: Path) -> None:
    corpus = read_corpus(four_pages)
    local, distributed = RunFolder(tmp_path / "local"), RunFolder(tmp_path / "ray")
    run([corpus], EXTRACTORS, local, jobs=2, limits=LIMITS)
    result = run([corpus], EXTRACTORS, distributed, jobs=2, limits=LIMITS, engine=Engine("ray", shard_pages=2))
    assert (result.summary.computed, result.manifest.limits["engine"]) == (20, "ray")
    assert _untimed(distributed) == _untimed(local)
    assert distributed.store().stored_rows() == 20
    settings = Settings(n_resamples=100, n_permutations=200, split=None)
    figures = []
    for folder in (local, distributed):
        score_run(folder)
        figures.append([{k: v for k, v in e.to_dict().items() if k != "median_ms"}
                        for e in compute_results(folder, settings).leaderboard])
    assert figures[0] == figures[1]


def _on_ray(corpus_folder: Path, extractor: Adapter, folder: RunFolder, shard_pages: int) -> None:
    """One test extractor through `run_on_ray` (built in the Ray workers from its importable class)."""
    prepared = Prepared({extractor.name: describe(extractor)}, {extractor.name: type(extractor)}, frozenset())
    store = folder.store()
    plan = make_plan([read_corpus(corpus_folder)], prepared.records, store.index())
    run_on_ray(plan, prepared, store, jobs=2, limits=LIMITS, log=None, progress=None, address=None,
               shard_pages=shard_pages)


def test_a_task_killed_mid_shard_is_retried_without_losing_or_duplicating(traces: Path, four_pages: Path,
                                                                         tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    _on_ray(four_pages, KillsItsHostOnce(), folder, shard_pages=4)
    assert (traces / "killed-host").exists()  # the first attempt died on page 02
    rows = folder.store().rows()
    assert sorted(r["page_id"] for r in rows) == ["tiny-01", "tiny-02", "tiny-03", "tiny-04"]
    assert all(r["error"] is None for r in rows)
    assert folder.store().stored_rows() == 4  # page 01, finished before the kill, was not computed again


def test_a_segfaulting_extractor_is_still_one_failed_prediction(traces: Path, four_pages: Path,
                                                               tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    _on_ray(four_pages, Segfaults(), folder, shard_pages=2)
    rows = {r["page_id"]: r for r in folder.store().rows()}
    assert len(rows) == 4 and rows["tiny-02"]["error_kind"] == "crash"
    assert "SIGSEGV" in rows["tiny-02"]["error"]
    assert [p for p, r in rows.items() if r["error"] is not None] == ["tiny-02"]


def test_the_command_line_starts_a_local_instance_and_runs_on_it(four_pages: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "newsbench", "run", "--engine", "ray", "--jobs", "2", "--corpus",
                           str(four_pages), "--extractors", "fulltext,title-tag", "--output", str(tmp_path / "run"),
                           "--memory", "1024", "--shard-pages", "3", "--quiet"], capture_output=True, text=True,
                          timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "predictions: 8 computed, 0 reused" in done.stdout and "fulltext" in done.stdout
