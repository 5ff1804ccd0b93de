"""Checking gold files against the schema and against their pages; every problem is reported."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from newsbench.corpus.schema import Gold, json_schema
from newsbench.corpus.sources import GoldSource, SourceRefused, find_sources, read_gold, read_page
from newsbench.errors import DecodeError
from newsbench.metrics.dates import parse_iso
from newsbench.text.days import fold_page, mentions_day
from newsbench.text.decode import decode, lookup, meta_charset
from newsbench.text.normalize import searchable_text, squash


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation failure: the file, the JSON path (or page location) and the reason."""

    file: str
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.reason}"


def _json_path(parts: Iterable[Any]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise ValueError(f"duplicate key(s) {', '.join(map(repr, dup))}")
    return dict(pairs)


def parse_gold(text: str, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Parse one gold file's text and check it against the JSON Schema."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        return None, [Problem(file, "$", f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")]
    except ValueError as exc:
        return None, [Problem(file, "$", str(exc))]
    except RecursionError:
        return None, [Problem(file, "$", "JSON nested too deeply to read")]
    validator = Draft202012Validator(json_schema())
    problems = []
    try:
        errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    except RecursionError:
        return None, [Problem(file, "$", "JSON nested too deeply to check")]
    for err in errors:
        path = _json_path(err.absolute_path)
        if err.validator == "additionalProperties":
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            path = ", ".join(f"{path}.{k}" for k in extra) or path
            problems.append(Problem(file, path, "unknown field (not in gold.schema.json)"))
        else:  # the message quotes the value: keep a long or deeply nested one readable
            problems.append(Problem(file, path, err.message if len(err.message) <= 200 else err.message[:197] + "..."))
    return (data if not problems else None), problems


def _canonical(label: str) -> str:
    """The WHATWG name of an encoding label; the label itself when unknown (so it never matches)."""
    try:
        return lookup(label)[0]
    except DecodeError:
        return label


class _PageCheck:
    """The checks of one gold record against its decoded page."""

    def __init__(self, gold: Gold, file: str, raw: bytes) -> None:
        self.gold, self.file, self.raw = gold, file, raw
        self.problems: list[Problem] = []

    def add(self, path: str, reason: str) -> None:
        self.problems.append(Problem(self.file, path, reason))

    def run(self) -> list[Problem]:
        markup = self._decode()
        if markup is not None:
            self._text(markup)
            self._dates(markup)
        self._entities()
        return self.problems

    def _decode(self) -> str | None:
        try:
            page = decode(self.raw, self.gold.encoding)
        except DecodeError as exc:
            self.add("$.encoding", f"page cannot be decoded: {exc.reason}")
            return None
        if page.source == "detected":
            self.add("$.encoding", "page declares no charset (no BOM, no meta) and is not valid UTF-8; "
                     f"detection guesses {page.encoding}: confirm it by setting \"encoding\" in the gold")
        declared = meta_charset(self.raw)
        if self.gold.encoding and declared and _canonical(declared) != page.encoding:
            self.add("$.encoding", f"gold says {self.gold.encoding} but the page declares {declared}")
        return page.text

    def _text(self, markup: str) -> None:
        haystack = searchable_text(markup)

        def need(path: str, text: str) -> None:
            if squash(text) not in haystack:
                self.add(path, f"text not found in the page: {text[:60]!r}")

        need("$.headline", self.gold.headline)
        for n, line in enumerate(self.gold.summary.split("\n")):
            if line.strip():
                need(f"$.summary (line {n + 1})", line)
        for i, block in enumerate(self.gold.body):
            path = f"$.body[{i}].text"
            if block.kind == "table":
                for cell in block.text.replace("\t", "\n").split("\n"):
                    if cell.strip():
                        need(path, cell)
            else:
                need(path, block.text)

    def _dates(self, markup: str) -> None:
        where = fold_page(html.unescape(markup) + "\n" + self.gold.url)
        stamps = {}
        for name in ("published", "modified"):
            value = getattr(self.gold, name)
            if value is None:
                continue
            try:
                stamps[name] = parse_iso(value)
            except ValueError as exc:
                self.add(f"$.{name}", f"unusable date: {exc}")
                continue
            if not mentions_day(where, stamps[name].day):
                self.add(f"$.{name}", f"{value[:10]} is not written anywhere in the page, its metadata or URL")
        if "published" in stamps and "modified" in stamps and stamps["modified"].day < stamps["published"].day:
            self.add("$.modified", "modified is earlier than published")

    def _entities(self) -> None:
        for i, ent in enumerate(self.gold.entities):
            path = f"$.entities[{i}]"
            if ent.block != "headline" and ent.block >= len(self.gold.body):
                self.add(f"{path}.block", f"block {ent.block} does not exist (body has {len(self.gold.body)} blocks)")
                continue
            text = self.gold.block_text(ent.block)
            if not 0 <= ent.start < ent.end <= len(text):
                self.add(path, f"offsets {ent.start}:{ent.end} outside the block text (length {len(text)})")
            elif text[ent.start:ent.end] != ent.text:
                self.add(path, f"offsets {ent.start}:{ent.end} select {text[ent.start:ent.end]!r}, not {ent.text!r}")


def check_source(src: GoldSource) -> tuple[Gold | None, list[Problem]]:
    """All problems of one gold file and its page; the parsed Gold when the file itself is sound."""
    file = src.gold_label
    try:
        text = read_gold(src.gold_path, src.root).decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(file, "$", f"gold file is not UTF-8 (byte {exc.start})")]
    except SourceRefused as exc:
        return None, [Problem(file, "$", exc.reason)]
    except OSError as exc:
        return None, [Problem(file, "$", f"gold file cannot be read: {exc.strerror or exc}")]
    data, problems = parse_gold(text, file)
    if data is None:
        return None, problems
    gold = Gold.from_dict(data)
    if gold.id != src.id:
        problems.append(Problem(file, "$.id", f"id {gold.id!r} does not match the file name {src.id!r}"))
    try:
        raw = read_page(src.page_path, src.root)
    except FileNotFoundError:
        return gold, [*problems, Problem(file, "$", f"page file {src.page_label} is missing")]
    except SourceRefused as exc:
        return gold, [*problems, Problem(src.page_label, "(page)", exc.reason)]
    except OSError as exc:
        return gold, [*problems, Problem(src.page_label, "(page)", f"page file cannot be read: {exc.strerror or exc}")]
    if not raw:
        return gold, [*problems, Problem(src.page_label, "(page)", "page file is empty (0 bytes)")]
    return gold, problems + _PageCheck(gold, file, raw).run()


def validate(paths: Iterable[Path]) -> Iterator[Problem]:
    """Every problem in the gold files (and pages) under `paths`, file by file, then corpus-wide."""
    paths = list(paths)
    sources, orphans = find_sources(paths)
    if not sources and not orphans:
        yield Problem(", ".join(map(str, paths)), "$", "no gold files found")
    seen: dict[str, str] = {}
    golds: dict[str, Gold] = {}
    for page in orphans:
        yield Problem(page, "(page)", "page has no gold file")
    for src in sources:
        gold, problems = check_source(src)
        yield from problems
        if gold is None:
            continue
        if gold.id in seen:
            yield Problem(src.gold_label, "$.id", f"duplicate id {gold.id!r}, also in {seen[gold.id]}")
        seen.setdefault(gold.id, src.gold_label)
        golds[gold.id] = gold
    for gold in golds.values():
        if gold.variant_of and gold.variant_of not in golds and len(golds) > 1:
            yield Problem(seen[gold.id], "$.variant_of", f"no page with id {gold.variant_of!r}")
