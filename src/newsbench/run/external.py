"""External predictions: a JSONL format for systems we cannot run here, imported into a run's store.

One line a page, a JSON object:

    {"extractor": "gotrafilatura", "version": "1.4.0", "page_id": "kaveri-ledger-01",
     "headline": "...", "published": "2024-05-01T09:30:00+05:30", "modified": null,
     "authors": ["..."], "body": "...", "entities": [{"text": "...", "type": "PER"}]}

- `extractor` and `version` are required; `page_id` or `page_sha256` (of the raw bytes) names the page.
- Optional `config` (an object) describes how the system was run; it is recorded.
- A field key present on any line of a system means the system produces that field; on a line
  where it is missing or null it counts as "found nothing". A field absent from every line is
  "not produced" and is not scored for that system.
- Optional `error` (a string) marks a page the system failed on.
- Optional `markdown` (a string): the system's Markdown output. It is parsed (`text.markdown`,
  markdown-it-py) into typed blocks, scored for structure, and into the body text when the line
  has no `body`; a system with `markdown` on any line produces body and structure.

Every line must name a page of the corpus; an unknown page is an error and nothing is imported.
Pages of the corpus without a line are imported as failures (`error_kind` "missing") and
reported, so that a partial submission scores as what it is.

An external system may not take the name of an extractor newsbench runs (built-in or plugin),
nor of one the run folder holds predictions of from a run: its figures would pass for that
extractor's. `force=True` (`--force`) imports it under that name anyway. Either way its manifest
entry has `origin` "import", which every report shows.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbench.corpus.pages import Corpus
from newsbench.errors import NewsbenchError
from newsbench.extractors.base import FIELDS, STRUCTURE, ContractError, Prediction, config_hash, config_json
from newsbench.extractors.registry import ExtractorRecord
from newsbench.run.pipeline import corpus_record
from newsbench.run.provenance import environment, now
from newsbench.store.folder import RunFolder
from newsbench.store.manifest import Manifest
from newsbench.store.rows import RowError, checked
from newsbench.text.markdown import markdown_text

_META = {"extractor", "version", "page_id", "page_sha256", "config", "error", "markdown"}


@dataclass(frozen=True, slots=True)
class _Page:
    id: str
    sha256: str


class ImportError_(NewsbenchError):
    """A predictions file that breaks the format."""


@dataclass
class ImportReport:
    """What an import found: rows per system, unknown page references, pages without a line."""

    imported: dict[str, int] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    missing: dict[str, list[str]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        out = [f"imported {n} predictions of {name}" for name, n in self.imported.items()]
        out += [f"unknown page: {u}" for u in self.unknown]
        for name, pages in self.missing.items():
            out.append(f"{name}: {len(pages)} pages without a prediction (imported as failures): "
                       + ", ".join(pages[:10]) + (" ..." if len(pages) > 10 else ""))
        return out


def _parse(path: Path) -> list[tuple[int, dict[str, Any]]]:
    lines = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except ValueError as exc:
            raise ImportError_(f"not JSON: {exc}", file=f"{path}:{number}") from exc
        except RecursionError as exc:
            raise ImportError_("JSON nested too deeply to read", file=f"{path}:{number}") from exc
        if not isinstance(obj, dict):
            raise ImportError_("a line must be a JSON object", file=f"{path}:{number}")
        unknown = set(obj) - _META - set(FIELDS)
        if unknown:
            raise ImportError_(f"unknown key(s) {', '.join(sorted(unknown))}", file=f"{path}:{number}")
        for key in ("extractor", "version"):
            if not isinstance(obj.get(key), str) or not obj[key]:
                raise ImportError_("required, a non-empty string", file=f"{path}:{number}", field=key)
        if not (obj.get("page_id") or obj.get("page_sha256")):
            raise ImportError_("page_id or page_sha256 is required", file=f"{path}:{number}")
        lines.append((number, obj))
    if not lines:
        raise ImportError_("no predictions in the file", file=str(path))
    return lines


def system_names(path: Path) -> list[str]:
    """The names of the systems a predictions file holds, in order of first appearance (the file is checked)."""
    return list(dict.fromkeys(obj["extractor"] for _, obj in _parse(Path(path))))


def shadowed_names(names: list[str]) -> dict[str, str]:
    """The names among `names` that a registered extractor already has (built-in or plugin) -> its origin.

    An external system must not take such a name: its figures would be read as the tool's own.
    """
    from newsbench.extractors.registry import targets

    registered = targets()
    return {name: registered[name][1] for name in names if name in registered}


def _prediction(obj: dict[str, Any], where: str) -> Prediction:
    data = {k: obj.get(k) for k in FIELDS}
    markdown = obj.get("markdown")
    if markdown is not None:
        if not isinstance(markdown, str):
            raise ImportError_("must be a string (Markdown)", file=where, field="markdown")
        body, blocks, kinds = markdown_text(markdown)
        data.update({"body": body if data["body"] is None else data["body"], "blocks": blocks, "block_kinds": kinds})
    for key in ("authors",):
        if data[key] is not None and not isinstance(data[key], list):
            raise ImportError_("must be a list of strings", file=where, field=key)
    if data["entities"] is not None:
        if not isinstance(data["entities"], list):
            raise ImportError_("must be a list of objects", file=where, field="entities")
        data["entities"] = [{"start": None, "end": None, **m} for m in data["entities"]]
    try:
        return Prediction.from_dict(data)
    except (ContractError, TypeError) as exc:
        raise ImportError_(str(exc), file=where) from exc


def _check_names(systems: dict[tuple[str, str], dict[str, Any]], manifest: Manifest, path: Path) -> None:
    """ImportError_ for a system named like a registered extractor (`shadowed_names`) or one the run folder ran."""
    shadowed = shadowed_names([name for name, _ in systems])
    ran = {e.name: e.origin for e in manifest.extractors if e.origin != "import"}
    for (name, _), system in systems.items():
        if name in shadowed:
            owner = "a built-in extractor" if shadowed[name] == "built-in" else f"an extractor of {shadowed[name]}"
        elif name in ran:
            owner = f"an extractor this run folder ran ({ran[name]})"
        else:
            continue
        raise ImportError_(f"{name!r} is the name of {owner}: imported figures would pass for its own; name the "
                           "external system differently, or pass --force to import it under this name (marked "
                           "as imported)", file=f"{path}:{system['first']}", field="extractor")


def import_predictions(path: Path, corpus: Corpus, folder: RunFolder, *, force: bool = False) -> ImportReport:
    """Check the file against the corpus and, when every line names a known page, store its predictions.

    A system named like a registered extractor or one the run folder ran is refused unless `force`.
    """
    path = Path(path)
    lines = _parse(path)
    file_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    pages = [_Page(i, sha) for i, sha in zip(*(corpus.index().column(c).to_pylist() for c in ("id", "html_sha256")),
                                              strict=True)]
    by_id = {p.id: p for p in pages}
    by_sha = {p.sha256: p for p in pages}
    report = ImportReport()
    systems: dict[tuple[str, str], dict[str, Any]] = {}
    for number, obj in lines:
        page = by_id.get(obj.get("page_id", "")) or by_sha.get(obj.get("page_sha256", ""))
        if page is None:
            report.unknown.append(f"{path.name}:{number}: {obj.get('page_id') or obj.get('page_sha256')}")
            continue
        system = systems.setdefault((obj["extractor"], obj["version"]),
                                    {"config": obj.get("config") or {}, "produces": set(), "lines": {}, "first": number})
        system["produces"] |= {k for k in FIELDS if k in obj} | ({"body", STRUCTURE} if "markdown" in obj else set())
        if page.sha256 in system["lines"]:
            raise ImportError_(f"second prediction of {obj['extractor']} for page {page.id}", file=f"{path}:{number}")
        system["lines"][page.sha256] = (number, obj)
    if report.unknown:
        return report
    with folder.lock():
        _store(path, file_sha, pages, systems, folder, corpus, report, force)
    return report


def _store(path: Path, file_sha: str, pages: list[_Page], systems: dict[tuple[str, str], dict[str, Any]],
           folder: RunFolder, corpus: Corpus, report: ImportReport, force: bool) -> None:
    """Check every line, then write the predictions and the manifest (under the run folder's lock)."""
    manifest = _manifest_for(folder, corpus)
    if not force:
        _check_names(systems, manifest, path)
    pending: list[dict[str, Any]] = []  # every line is checked before anything is written
    records = []
    for (name, version), system in systems.items():
        config = {"config": system["config"], "imported_from": path.name, "file_sha256": file_sha}
        chash = config_hash(config)
        produced = frozenset(system["produces"])
        for page in pages:
            base = {"extractor": name, "version": version, "config_hash": chash,
                    "config": config_json(config), "page_id": page.id, "page_sha256": page.sha256,
                    "seconds": None, "source": f"import:{path.name}", "repairs": None}
            entry = system["lines"].get(page.sha256)
            if entry is None:
                report.missing.setdefault(name, []).append(page.id)
                row = {**Prediction().to_dict(), "error": f"no prediction in {path.name}", "error_kind": "missing"}
            else:
                number, obj = entry
                prediction = _prediction(obj, f"{path}:{number}").settled(produced)
                error = obj.get("error")
                row = {**(Prediction() if error else prediction).to_dict(), "error": error,
                       "error_kind": "exception" if error else None}
            try:
                pending.append(checked({**base, **row}))
            except RowError as exc:
                raise ImportError_(f"page {page.id}: {exc}", file=str(path)) from exc
        report.imported[name] = len(system["lines"])
        records.append(ExtractorRecord(name, version, None, config, chash, tuple(sorted(produced)), None, "import"))
    with folder.store().writer(f"import-{file_sha[:12]}") as writer:
        for row in pending:
            writer.append(row)
    folder.write_manifest(manifest.with_extractors(records))


def _manifest_for(folder: RunFolder, corpus: Corpus) -> Manifest:
    """The folder's manifest, or a new one for `corpus` when the folder has none; refuses a folder of other corpora."""
    if not folder.has_manifest():
        return Manifest(status="complete", started=now(), finished=now(), argv=(), environment=environment(),
                        corpora=(corpus_record(corpus),), extractors=(), limits={})
    manifest = folder.read_manifest()
    if corpus.fingerprint not in {c.fingerprint for c in manifest.corpora}:
        raise ImportError_(f"the run folder is for other corpora, not {corpus.name}; import into a new --output",
                           file=str(folder.manifest_path))
    return manifest
