"""What the per-page inspection shows, read from a run folder: pages, gold, predictions, per-page scores.

The run folder is read through `store.folder.RunFolder` (manifest, predictions, scores.parquet,
results.json when scored) and each corpus through `corpus.pages`. `Inspection` holds it all in
memory, keyed by (corpus, page id, extractor), and answers what the inspection pages ask: a
page's predictions and scores, an extractor's worst pages per field, failed pages by reason,
the pages of each phenomenon tag. `inspectpage` renders it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from newsbench.corpus.folder import fingerprint_of
from newsbench.corpus.pages import PageGold, read_gold, read_html
from newsbench.errors import NewsbenchError
from newsbench.extractors.registry import ExtractorRecord, Role
from newsbench.score.failures import reason
from newsbench.score.results import PAGE_SCORE, Results
from newsbench.store.folder import RunFolder

# The per-page figure that orders pages from worst to best, per field.
WORST_BY = {"body": "tokens.f1", "headline": "tokens.f1", "published": "day.correct", "modified": "day.correct",
            "authors": "set.f1", "entities": "typed.f1"}
WORST = 5  # pages listed per extractor and field


class InspectionError(NewsbenchError):
    """A run folder or a selection (page, extractor) that cannot be inspected."""


@dataclass(frozen=True, slots=True)
class Key:
    """A page of a run: its corpus and its id there."""

    corpus: str
    page: str


def _entity_f1(metrics: dict[str, float | None]) -> float | None:
    tp, fp, fn = (metrics.get(f"typed.{k}") for k in ("tp", "fp", "fn"))
    if tp is None or fp is None or fn is None:
        return None
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


PREDICTION_COLUMNS = ["page_id", "headline", "published", "modified", "authors", "body", "entities", "error", "error_kind",
                      "seconds"]


class Inspection:
    """The pages, gold, predictions and per-page scores of a run folder, optionally narrowed to pages, extractors
    or one corpus (to write a large run corpus by corpus, holding one in memory at a time)."""

    def __init__(self, folder: RunFolder, extractors: Sequence[str] | None = None,
                 pages: Sequence[str] | None = None, corpus: str | None = None) -> None:
        self.folder = folder
        self.manifest = folder.read_manifest()
        self.results = Results.read(folder) if folder.results_path.is_file() else None
        runnable = list(self.manifest.runnable())
        if extractors:
            unknown = sorted(set(extractors) - {e.name for e in runnable})
            if unknown:
                raise InspectionError(f"no extractor {unknown[0]!r} in this run; it has "
                                      f"{', '.join(e.name for e in runnable)}", file=str(folder.path),
                                      field="extractor")
            runnable = [e for e in runnable if e.name in extractors]
        self.extractors: list[ExtractorRecord] = runnable
        records = [r for r in self.manifest.corpora if corpus is None or r.name == corpus]
        if corpus is not None and not records:
            raise InspectionError(f"no corpus {corpus!r} in this run", file=str(folder.path), field="corpus")
        for record in records:  # as scoring does: a changed dataset is never shown as the run's
            found = fingerprint_of(Path(record.folder))
            if found != record.fingerprint:
                raise InspectionError(f"corpus {record.name} has fingerprint {found[:16]}, the run recorded "
                                      f"{record.fingerprint[:16]}: the pages changed since the run", file=record.folder)
        self.corpora: dict[str, dict[str, PageGold]] = {r.name: read_gold(Path(r.folder)) for r in records}
        self._folders = {r.name: Path(r.folder) for r in records}
        self._html: dict[str, dict[str, str]] = {}
        self.keys = self._select(pages)
        self.predictions: dict[tuple[Key, str], dict[str, Any]] = {}
        self.scores: dict[tuple[Key, str], dict[str, dict[str, float | None]]] = defaultdict(dict)
        self._read_predictions()
        self._read_scores()

    def _select(self, pages: Sequence[str] | None) -> list[Key]:
        every = [Key(name, page) for name, gold in self.corpora.items() for page in gold]
        if not pages:
            return every
        chosen = []
        for spec in pages:
            corpus, _, page = spec.rpartition("/")
            found = [k for k in every if k.page == page and corpus in ("", k.corpus)]
            if not found:
                raise InspectionError(f"no page {spec!r} in the corpora of this run", file=str(self.folder.path),
                                      field="page")
            chosen += found
        return list(dict.fromkeys(chosen))

    def _read_predictions(self) -> None:
        wanted = {e.name for e in self.extractors}
        selected = set(self.keys)
        for name, gold in self.corpora.items():
            for row in self.folder.predictions(gold, self.manifest, columns=PREDICTION_COLUMNS).to_pylist():
                key = Key(name, row["page_id"])
                if row["extractor"] in wanted and key in selected:
                    self.predictions[(key, row["extractor"])] = row

    def _read_scores(self) -> None:
        if not self.folder.scores_path.is_file():
            return
        import pyarrow.compute as pc

        table = self.folder.read_scores().select(["corpus", "page_id", "extractor", "field", "metric", "value"])
        table = table.filter(pc.is_in(table["corpus"], value_set=pa.array(list(self.corpora))))
        wanted = {e.name for e in self.extractors}
        selected = set(self.keys)
        columns = table.to_pydict()
        for corpus, page, extractor, field, metric, value in zip(*columns.values(), strict=True):
            key = Key(corpus, page)
            if extractor in wanted and key in selected:
                self.scores[(key, extractor)].setdefault(field, {})[metric] = value

    # questions the pages ask

    def gold(self, key: Key) -> PageGold:
        """The gold of a page."""
        return self.corpora[key.corpus][key.page]

    def page_html(self, key: Key) -> str:
        """The decoded HTML of a page (each corpus's pages are read on first use)."""
        if key.corpus not in self._html:
            self._html[key.corpus] = read_html(self._folders[key.corpus])
        return self._html[key.corpus][key.page]

    def record(self, name: str) -> ExtractorRecord:
        """The manifest record of an extractor of the run."""
        record = self.manifest.extractor(name)
        assert record is not None
        return record

    def role(self, name: str) -> Role:
        """The extractor's role (reference, repeats); an imported system has none."""
        from newsbench.extractors.registry import role

        return Role() if self.record(name).origin == "import" else role(name)

    def page_score(self, key: Key, extractor: str, field: str) -> float | None:
        """The per-page figure that orders pages (WORST_BY) of one field; None where not scored."""
        metrics = self.scores.get((key, extractor), {}).get(field)
        if metrics is None:
            return None
        value = _entity_f1(metrics) if field == "entities" else metrics.get(WORST_BY.get(field, ""))
        return None if value is None or math.isnan(value) else value

    def scored_fields(self, key: Key, extractor: str) -> list[str]:
        """The fields scored for an extractor on a page, in the contract's order."""
        have = self.scores.get((key, extractor), {})
        return [f for f in WORST_BY if f in have]

    def split_keys(self) -> list[Key]:
        """The selected pages of the split the results were computed on (every page without results)."""
        split = self.results.settings.split if self.results is not None else None
        return [k for k in self.keys if split is None or self.gold(k).split == split]

    def worst(self, extractor: str, field: str, corpus: str) -> list[tuple[Key, float]]:
        """The WORST lowest-scoring pages of one extractor and field in a corpus (of the results' split); pages
        scoring 1 are not listed."""
        scored = [(k, v) for k in self.split_keys() if k.corpus == corpus
                  and (v := self.page_score(k, extractor, field)) is not None and v < 1.0]
        return sorted(scored, key=lambda item: (item[1], item[0].page))[:WORST]

    def failures(self, extractor: str, corpus: str) -> dict[str, list[Key]]:
        """An extractor's failed pages of a corpus by reason (`score.failures.reason`), most pages first."""
        groups: dict[str, list[Key]] = defaultdict(list)
        for key in self.keys:
            row = self.predictions.get((key, extractor))
            if key.corpus == corpus and row is not None and row["error"] is not None:
                groups[f"{row['error_kind']}: {reason(row['error'])}"].append(key)
        return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))

    def phenomena(self, corpus: str) -> dict[str, list[Key]]:
        """The selected pages of a corpus carrying each phenomenon tag, tags sorted."""
        tags: dict[str, list[Key]] = defaultdict(list)
        for key in self.keys:
            if key.corpus == corpus:
                for tag in self.gold(key).phenomena:
                    tags[tag].append(key)
        return dict(sorted(tags.items()))

    def primary_metric(self, field: str) -> str:
        """The per-page score the leaderboards use for a field (for labels)."""
        return PAGE_SCORE.get(field) or WORST_BY.get(field, "")
