"""The run manifest (manifest.json): what a run was computed on and with, typed and checked against its JSON Schema.

`resources/manifest.schema.json` is the contract; `Manifest.from_dict` validates a document
against it (after migrating an older schema version) and `to_dict` writes one. Version history:
1 -> 2: the always-empty `seeds` object is gone (seeds belong to scoring and are in results.json),
extractor entries carry `origin`. Within version 2, a corpus entry may carry `version` (the
dataset's release, e.g. "1.0.0"); a manifest written before it reads as version None.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from newsbench.errors import NewsbenchError
from newsbench.extractors.registry import ExtractorRecord

MANIFEST_VERSION = 2


class ManifestError(NewsbenchError):
    """A run folder without a readable, valid manifest."""


@cache
def json_schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in the package's resources/ (e.g. "manifest.schema.json")."""
    return dict(json.loads(resources.files("newsbench").joinpath(f"resources/{name}").read_text("utf-8")))


@cache
def _validator(name: str) -> Any:
    # Built once per schema: a run reads its manifest several times.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json_schema(name))


def schema_problems(data: Any, name: str) -> list[str]:
    """Every violation of the schema `name` by `data`, as "json.path: reason" (empty when valid)."""
    out = []
    for err in sorted(_validator(name).iter_errors(data), key=lambda e: list(map(str, e.path))):
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.absolute_path)
        out.append(f"{path}: {err.message[:200]}")
    return out


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    """What a manifest says of one corpus: where it was read, its fingerprint and the nature of its gold."""

    name: str
    folder: str
    fingerprint: str
    pages: int
    gold_nature: str
    gold_fields: tuple[str, ...] | None  # fields an imported corpus has gold for; None: all (our corpus)
    version: str | None = None  # the dataset's release ("1.0.0"), when its MANIFEST.json states one

    def as_dict(self) -> dict[str, Any]:
        """Plain data for manifest.json (`version` only when known, so older readers see no new key)."""
        out = {"name": self.name, "folder": self.folder, "fingerprint": self.fingerprint, "pages": self.pages,
               "gold_nature": self.gold_nature,
               "gold_fields": None if self.gold_fields is None else list(self.gold_fields)}
        return out if self.version is None else {**out, "version": self.version}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CorpusRecord:
        """Inverse of `as_dict`; an entry written before `version` existed has version None."""
        fields = data.get("gold_fields")
        return cls(data["name"], data["folder"], data["fingerprint"], data["pages"], data.get("gold_nature", ""),
                   None if fields is None else tuple(fields), data.get("version"))


@dataclass(frozen=True, slots=True)
class RunCounts:
    """Predictions planned, computed by this run, reused from the store; failures per extractor; store rows."""

    planned: int = 0
    computed: int = 0
    reused: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    store_rows: int = 0
    set_aside: int = 0  # stored rows of other versions or configs of these extractors, not used


@dataclass(frozen=True, slots=True)
class Manifest:
    """A run's record: status, times, argv, environment, corpora, extractors, limits, counts, earlier runs."""

    status: str  # "complete" or "interrupted"
    started: str
    finished: str
    argv: tuple[str, ...]
    environment: dict[str, Any]
    corpora: tuple[CorpusRecord, ...]
    extractors: tuple[ExtractorRecord, ...]
    limits: dict[str, Any]  # timeout_s, memory_mb, jobs (empty for a folder made by an import of predictions)
    counts: RunCounts = RunCounts()
    history: tuple[dict[str, Any], ...] = ()
    schema_version: int = MANIFEST_VERSION

    def runnable(self) -> tuple[ExtractorRecord, ...]:
        """The extractors that ran (not skipped), in manifest order."""
        return tuple(e for e in self.extractors if e.skipped is None)

    def keys(self) -> set[tuple[str, str | None, str]]:
        """(name, version, config hash) of every runnable extractor: the store rows this run uses."""
        return {(e.name, e.version, e.config_hash) for e in self.runnable()}

    def extractor(self, name: str) -> ExtractorRecord | None:
        """The record of extractor `name`, if the run has one."""
        return next((e for e in self.extractors if e.name == name), None)

    def with_extractors(self, records: list[ExtractorRecord]) -> Manifest:
        """This manifest with `records` replacing the entries of the same names (appended otherwise)."""
        names = {r.name for r in records}
        return replace(self, extractors=tuple(e for e in self.extractors if e.name not in names) + tuple(records))

    def to_dict(self) -> dict[str, Any]:
        """The manifest as JSON-ready data (manifest.json, and inside results.json)."""
        c = self.counts
        return {
            "schema_version": self.schema_version, "status": self.status, "started": self.started,
            "finished": self.finished, "argv": list(self.argv), "environment": self.environment,
            "corpora": [r.as_dict() for r in self.corpora], "extractors": [e.as_dict() for e in self.extractors],
            "limits": self.limits,
            "counts": {"planned": c.planned, "computed": c.computed, "reused": c.reused, "failures": dict(c.failures),
                       "store_rows": c.store_rows, "set_aside": c.set_aside},
            "history": list(self.history),
        }

    @classmethod
    def from_dict(cls, data: Any, file: str = "manifest.json") -> Manifest:
        """A manifest from JSON data: migrated to the current version, then checked against the schema."""
        data = migrate(data, file)
        problems = schema_problems(data, "manifest.schema.json")
        if problems:
            raise ManifestError(f"not a valid manifest: {problems[0]}" + (f" (and {len(problems) - 1} more)"
                                                                          if len(problems) > 1 else ""), file=file)
        counts = data["counts"]
        return cls(
            status=data["status"], started=data["started"], finished=data["finished"], argv=tuple(data["argv"]),
            environment=data["environment"], corpora=tuple(CorpusRecord.from_dict(c) for c in data["corpora"]),
            extractors=tuple(ExtractorRecord.from_dict(e) for e in data["extractors"]), limits=data["limits"],
            counts=RunCounts(counts.get("planned", 0), counts.get("computed", 0), counts.get("reused", 0),
                             dict(counts.get("failures", {})), counts.get("store_rows", 0), counts.get("set_aside", 0)),
            history=tuple(data.get("history", ())), schema_version=data["schema_version"],
        )


def migrate(data: Any, file: str) -> Any:
    """An older manifest document brought to MANIFEST_VERSION; a newer or unknown version is refused."""
    if not isinstance(data, dict):
        raise ManifestError("a manifest must be a JSON object", file=file)
    version = data.get("schema_version")
    if version == 1:
        data = {k: v for k, v in data.items() if k != "seeds"}
        data["extractors"] = [{"origin": "built-in", **e} if isinstance(e, dict) else e
                              for e in data.get("extractors", [])]
        data["schema_version"] = version = 2
    if version != MANIFEST_VERSION:
        raise ManifestError(f"manifest schema version {version!r}; this newsbench reads 1 to {MANIFEST_VERSION}",
                            file=file, field="schema_version")
    return data
