"""The results of a scored run (results.json), typed: settings, manifest, leaderboard entries, tests, breakdowns,
how each extractor ran (operations) and, for corpora without gold, agreement between extractors.

`resources/results.schema.json` is the contract. `Results.from_dict` migrates an older document
and validates it; `to_dict` writes one. Every leaderboard entry names its primary figure family
and carries its `main_score` (the primary F1), as MTEB's task results do.

Version history: 1 -> 2: an entry's copy of its primary figure (`primary`) is replaced by
`primary_family` and `main_score`; `settings.split` defaults to "test"; the manifest is version 2.
2 -> 3: an entry carries `failures`, its failed pages grouped by reason (migrated as null: not
recorded; `newsbench score` records them again).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any

from newsbench.errors import NewsbenchError
from newsbench.extractors.base import FIELDS
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import Manifest, ManifestError, schema_problems

RESULTS_VERSION = 3

# The primary figure family of each field (its F1 is the entry's main score), and the per-page
# score that significance tests and breakdowns use.
PRIMARY = {"body": "tokens", "headline": "tokens", "published": "day", "modified": "day", "authors": "set",
           "entities": "typed", "snippets": "snippets", "structure": "structure"}
PAGE_SCORE: dict[str, str | None] = {"body": "tokens.f1", "headline": "exact", "published": "day.correct",
                                     "modified": "day.correct", "authors": "set.f1", "entities": None,
                                     "snippets": None, "structure": "structure.f1"}
POOLED = "pooled"  # the corpus name of the figures over every page of every corpus of a run

Interval = tuple[float | None, float | None]


class ResultsError(NewsbenchError):
    """A results document that is missing, unreadable, of an unknown version or of the wrong shape."""


def _clean(value: Any) -> Any:
    """NaN and infinities become None (JSON has no NaN); tuples become lists."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    """How the figures were computed: resamples, seed, confidence, alpha and the split; recorded in the results."""

    n_resamples: int = 1000  # bootstrap resamples for confidence intervals
    n_permutations: int = 10000  # randomisation-test resamples: the smallest p is 1/(n+1), which after Holm
    # over m pairs must still fall below alpha (21 extractors: 210 pairs -> n >= 4,200)
    seed: int = 20261127
    confidence: float = 0.95
    alpha: float = 0.05
    split: str | None = "test"  # None: every page


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure family of one entry: P/R/F1 with intervals, counts, or a rate; absent parts are None."""

    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    precision_ci: Interval | None = None
    recall_ci: Interval | None = None
    f1_ci: Interval | None = None
    tp: float | None = None
    fp: float | None = None
    fn: float | None = None
    tn: float | None = None
    empty_predictions: int | None = None  # AEB: pages whose prediction has no shingle (left out of precision)
    rate: float | None = None  # headline exact: share of pages
    rate_ci: Interval | None = None
    accuracy: float | None = None  # snippets: (tp + tn) / all snippets
    accuracy_ci: Interval | None = None
    confused: int | None = None  # took_modified: pages where the modified day was returned as published
    eligible: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The parts that exist, as JSON-ready data."""
        return {f.name: _clean(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        """Inverse of `to_dict`."""
        kw: dict[str, Any] = {k: (tuple(v) if k.endswith("_ci") and v is not None else v) for k, v in data.items()}
        return cls(**kw)


@dataclass(frozen=True, slots=True)
class Failure:
    """Failed pages of one entry that share a reason: the error kind, the error's first line, how many, examples."""

    kind: str
    reason: str
    pages: int
    examples: tuple[str, ...] = ()  # up to three page ids, sorted

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {"kind": self.kind, "reason": self.reason, "pages": self.pages, "examples": list(self.examples)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Failure:
        """Inverse of `to_dict`."""
        return cls(data["kind"], data["reason"], data["pages"], tuple(data["examples"]))


@dataclass(frozen=True, slots=True)
class Entry:
    """The figures of one extractor on one field of one corpus, with counts of pages, failures and timing."""

    corpus: str
    field: str
    extractor: str
    pages: int
    failed: int
    no_backend: int
    figures: dict[str, Figure]
    median_ms: float | None = None
    abstained: int | None = None  # dates: pages where the extractor gave no date
    failures: tuple[Failure, ...] | None = None  # failed pages by reason; None: not recorded (older results)

    @property
    def primary_family(self) -> str:
        """The name of the field's primary figure family."""
        return PRIMARY.get(self.field, "")

    @property
    def primary(self) -> Figure:
        """The primary figure (empty when the family was not computed)."""
        return self.figures.get(self.primary_family, Figure())

    @property
    def main_score(self) -> float | None:
        """The primary F1: what a leaderboard ranks by."""
        value = self.primary.f1
        return None if value is None or math.isnan(value) else value

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        out: dict[str, Any] = {"corpus": self.corpus, "field": self.field, "extractor": self.extractor,
                               "pages": self.pages, "failed": self.failed, "no_backend": self.no_backend,
                               "primary_family": self.primary_family, "main_score": self.main_score,
                               "figures": {k: v.to_dict() for k, v in self.figures.items()},
                               "median_ms": _clean(self.median_ms),
                               "failures": None if self.failures is None else [f.to_dict() for f in self.failures]}
        if self.abstained is not None:
            out["abstained"] = self.abstained
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        """Inverse of `to_dict`."""
        return cls(data["corpus"], data["field"], data["extractor"], data["pages"], data["failed"], data["no_backend"],
                   {k: Figure.from_dict(v) for k, v in data["figures"].items()}, data.get("median_ms"),
                   data.get("abstained"),
                   None if data.get("failures") is None else tuple(Failure.from_dict(f) for f in data["failures"]))


@dataclass(frozen=True, slots=True)
class Test:
    """A paired approximate-randomisation test of extractors `a` and `b` on one field of one corpus."""

    corpus: str
    field: str
    metric: str
    a: str
    b: str
    difference: float | None  # mean per-page score of a minus b
    p_value: float | None
    p_holm: float | None
    significant: bool


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Mean per-page primary score of one extractor on one field over the pages of one group (language, site, tag)."""

    corpus: str
    field: str
    metric: str
    by: str  # "language", "site" or "phenomenon"
    group: str
    extractor: str
    mean: float | None
    pages: int


@dataclass(frozen=True, slots=True)
class Operation:
    """How an extractor ran on one corpus: predictions, failures (all, and by kind), median time per page."""

    corpus: str
    extractor: str
    pages: int
    failed: int
    failures: dict[str, int]  # error kind -> predictions (timeout, crash, memory, exception, ...)
    median_ms: float | None


@dataclass(frozen=True, slots=True)
class Agreement:
    """How often two extractors agree on one corpus without gold (`score.agreement`): the mean per-page value
    over the pages where both gave one, with a percentile bootstrap interval."""

    corpus: str
    measure: str  # "body.tokens_f1" or "published.same_day"
    a: str
    b: str
    pages: int
    mean: float | None
    ci: Interval | None


def _plain(item: Any) -> dict[str, Any]:
    return {f.name: _clean(getattr(item, f.name)) for f in fields(item)}


@dataclass(frozen=True, slots=True)
class Results:
    """Everything `newsbench score` computed for a run folder, with the run's manifest."""

    settings: Settings
    manifest: Manifest
    leaderboard: tuple[Entry, ...]
    significance: tuple[Test, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()
    operations: tuple[Operation, ...] = ()
    agreement: tuple[Agreement, ...] = ()  # corpora without gold only
    schema_version: int = field(default=RESULTS_VERSION)

    def entries(self, corpus: str | None = None, field: str | None = None) -> list[Entry]:
        """The leaderboard entries of one corpus and/or field, in stored order."""
        return [e for e in self.leaderboard if (corpus is None or e.corpus == corpus)
                and (field is None or e.field == field)]

    def origin(self, extractor: str) -> str:
        """Where an extractor's predictions came from: "built-in", a plugin's distribution, or "import"
        (an external system's file, `newsbench import-predictions`), as the manifest records it."""
        return next((e.origin for e in self.manifest.extractors if e.name == extractor), "built-in")

    def main_scores(self) -> dict[tuple[str, str, str], float | None]:
        """(corpus, field, extractor) -> main score."""
        return {(e.corpus, e.field, e.extractor): e.main_score for e in self.leaderboard}

    def fields(self) -> list[str]:
        """The scored fields, in the contract's order."""
        present = {e.field for e in self.leaderboard}
        return [f for f in FIELDS if f in present] + sorted(present - set(FIELDS))

    def to_dict(self) -> dict[str, Any]:
        """results.json as JSON-ready data."""
        return {"schema_version": self.schema_version, "settings": _plain(self.settings),
                "manifest": self.manifest.to_dict(), "leaderboard": [e.to_dict() for e in self.leaderboard],
                "significance": [_plain(t) for t in self.significance],
                "breakdowns": [_plain(b) for b in self.breakdowns],
                "operations": [_plain(o) for o in self.operations], "agreement": [_plain(a) for a in self.agreement]}

    @classmethod
    def from_dict(cls, data: Any, file: str = "results.json") -> Results:
        """Results from JSON data: migrated to the current version, then checked against the schema."""
        data = migrate(data, file)
        problems = schema_problems(data, "results.schema.json")
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ResultsError(f"not a valid results document: {problems[0]}{more}", file=file)
        try:
            manifest = Manifest.from_dict(data["manifest"], f"{file}: manifest")
        except ManifestError as exc:
            raise ResultsError(exc.reason, file=file, field="manifest") from exc
        return cls(Settings(**data["settings"]), manifest,
                   tuple(Entry.from_dict(e) for e in data["leaderboard"]),
                   tuple(Test(**t) for t in data["significance"]), tuple(Breakdown(**b) for b in data["breakdowns"]),
                   tuple(Operation(**o) for o in data.get("operations", ())),
                   tuple(Agreement(**{**a, "ci": None if a["ci"] is None else tuple(a["ci"])})
                         for a in data.get("agreement", ())),
                   data["schema_version"])

    @classmethod
    def read(cls, folder: RunFolder) -> Results:
        """The results.json of a run folder, validated."""
        try:
            return cls.from_dict(folder.read_results(), str(folder.results_path))
        except NewsbenchError as exc:
            raise ResultsError(exc.reason, file=exc.file or str(folder.results_path), field=exc.field) from exc

    def write(self, folder: RunFolder) -> None:
        """Write results.json into the run folder."""
        folder.write_results(self.to_dict())


def migrate(data: Any, file: str) -> Any:
    """An older results document brought to RESULTS_VERSION; a newer or unknown version is refused."""
    if not isinstance(data, dict):
        raise ResultsError("a results document must be a JSON object", file=file)
    version = data.get("schema_version")
    if version == 1:
        data = dict(data)
        entries = []
        for entry in data.get("leaderboard", []):
            if isinstance(entry, dict):
                entry = {k: v for k, v in entry.items() if k != "primary"}
                family = PRIMARY.get(str(entry.get("field")), "")
                entry["primary_family"] = family
                figures = entry.get("figures")
                f1 = figures.get(family, {}).get("f1") if isinstance(figures, dict) else None
                entry["main_score"] = f1
            entries.append(entry)
        data["leaderboard"] = entries
        data["schema_version"] = version = 2
    if version == 2:
        data = dict(data)  # the reasons of failures were not recorded: null, not an empty list
        data["leaderboard"] = [{**e, "failures": None} if isinstance(e, dict) else e for e in data.get("leaderboard", [])]
        data["schema_version"] = version = 3
    if version != RESULTS_VERSION:
        raise ResultsError(f"results schema version {version!r}; this newsbench reads 1 to {RESULTS_VERSION}",
                           file=file, field="schema_version")
    return data
