"""The library's public face: run extractors over corpora, score a run folder, or both; the CLI only wraps these.

    >>> import newsbench
    >>> results = newsbench.evaluate(["trafilatura", "fulltext"], jobs=2)      # doctest: +SKIP
    >>> results.main_scores()[("newsbench", "body", "trafilatura")]          # doctest: +SKIP

Defaults live in one place each: the run folder (`paths.default_run`), the corpus ("dataset", the
embedded one), the statistics (`score.results.Settings`) and the limits (`run.pool.Limits`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbench.corpus.pages import Corpus, resolve_corpus
from newsbench.errors import NewsbenchError
from newsbench.extractors.registry import DEFAULT
from newsbench.paths import default_run
from newsbench.run.external import ImportReport, import_predictions, shadowed_names, system_names
from newsbench.run.pipeline import Engine, RunResult, run
from newsbench.run.pool import Limits
from newsbench.score.results import Results, Settings
from newsbench.store.folder import RunFolder

# Scoring (pandas, the metrics) is imported where it is used: a run that only extracts, or a
# rerun that finds every prediction stored, starts without it.

Progress = Callable[[int, int, int], None]


def _corpora(corpus: str | Path | Sequence[str | Path]) -> list[Corpus]:
    items = [corpus] if isinstance(corpus, str | Path) else list(corpus)
    specs = [s for item in items for s in (str(item).split(",") if isinstance(item, str) else [str(item)]) if s]
    return [resolve_corpus(spec) for spec in specs]


def run_extractors(extractors: Sequence[str] | None = None, corpus: str | Path | Sequence[str | Path] = "dataset",
                   *, output: Path | None = None, jobs: int = 1, limits: Limits | None = None,
                   progress: Progress | None = None, argv: Sequence[str] | None = None,
                   isolate_network: bool = False, engine: Engine | None = None) -> RunResult:
    """Run extractors (default: every built-in) over corpora ("dataset" or dataset folders) into a run folder.

    Nothing is scored. A rerun into the same folder computes only what the store lacks. `engine`
    (`run.pipeline.Engine`) chooses forked workers here (default) or the tasks of a Ray cluster;
    `isolate_network` runs every local worker in a network namespace of its own (Linux; see `run.sandbox`).
    """
    names = list(extractors) if extractors else list(DEFAULT)
    folder = RunFolder(output if output is not None else default_run())
    return run(_corpora(corpus), names, folder, jobs=jobs, limits=limits, progress=progress, argv=argv,
               isolate_network=isolate_network, engine=engine)


def score_run(output: Path | None = None, *, settings: Settings | None = None, extended: bool = False,
              jobs: int = 1) -> Results:
    """Score a run folder (scores.parquet, in `jobs` processes) and aggregate the figures (results.json).

    Either step is skipped when its inputs did not change since it last ran (`score.scoring`).
    """
    from newsbench.score.figures import compute_results
    from newsbench.score.scoring import score_run as score_pages

    folder = RunFolder(output if output is not None else default_run())
    with folder.lock():
        score_pages(folder, extended=extended, jobs=jobs)
        return compute_results(folder, settings)


def evaluate(extractors: Sequence[str] | None = None, corpus: str | Path | Sequence[str | Path] = "dataset",
             *, output: Path | None = None, jobs: int = 1, limits: Limits | None = None,
             settings: Settings | None = None, extended: bool = False, progress: Progress | None = None,
             argv: Sequence[str] | None = None, isolate_network: bool = False,
             engine: Engine | None = None) -> Results:
    """`run_extractors`, then `score_run` on the same folder: extractors and corpora in, results out."""
    result = run_extractors(extractors, corpus, output=output, jobs=jobs, limits=limits, progress=progress, argv=argv,
                            isolate_network=isolate_network, engine=engine)
    return score_run(result.folder.path, settings=settings, extended=extended, jobs=jobs)


@dataclass(frozen=True, slots=True)
class SubmissionCheck:
    """What `check_submission` found: the systems, names taken by registered extractors, the import, the figures.

    `documents` are the per-system result documents (`score.reference.per_system`) that
    `newsbench check-submission --write benchmark/results` writes, one JSON per system.
    """

    systems: tuple[str, ...]
    shadowed: dict[str, str]
    report: ImportReport | None = None
    results: Results | None = None
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """No name taken, every line names a page of the corpus, and the figures were computed."""
        return not self.shadowed and self.report is not None and not self.report.unknown and self.results is not None


def check_submission(file: Path, corpus: str | Path = "dataset", *, settings: Settings | None = None) -> SubmissionCheck:
    """Validate an external predictions file (JSONL, `run.external`) against a corpus and score it, writing nothing.

    The file is checked line by line (format, fields, pages of the corpus); a system named like a
    registered extractor is refused; otherwise the predictions are imported into a temporary run
    folder and scored there, exactly as `newsbench import-predictions` then `newsbench score`
    would. Raises `run.external.ImportError_` naming the line for a malformed file.
    """
    from newsbench.score.reference import per_system, reference

    systems = tuple(system_names(file))
    shadowed = shadowed_names(list(systems))
    if shadowed:
        return SubmissionCheck(systems, shadowed)
    targets = _corpora(corpus)
    if len(targets) != 1:
        raise NewsbenchError(f"a submission is checked against one corpus, not {len(targets)}", field="corpus")
    target = targets[0]
    with tempfile.TemporaryDirectory(prefix="newsbench-submission-") as tmp:
        folder = RunFolder(Path(tmp) / "run")
        report = import_predictions(Path(file), target, folder)
        if report.unknown:
            return SubmissionCheck(systems, shadowed, report)
        results = score_run(folder.path, settings=settings)
        documents = per_system(reference(folder))
    return SubmissionCheck(systems, shadowed, report, results, documents)
