"""Setting extractors up without trusting them: constructors, `unavailable()` and `version()` run in a guarded child.

The parent of a run never builds an extractor. A forked child with the workers' restrictions
(socket guard, memory cap, killed with its parent, a time limit) builds each named extractor
and describes it (`extractors.registry.describe`); the parent receives plain records as JSON.
An extractor whose set-up crashes or hangs the child, or whose `unavailable()` or `version()`
raises, is recorded as skipped with the reason; what the registry reports as a RegistryError (an
unknown name, a built-in that cannot be loaded or built) is raised in the parent, as before.
Workers build their own instances from `factories` (`registry.create` by name).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from newsbench.extractors.base import Extractor, config_hash
from newsbench.extractors.memory import limit_memory
from newsbench.extractors.registry import ExtractorRecord, RegistryError, create, describe, targets
from newsbench.run.sandbox import install_network_guard
from newsbench.run.wire import read_exact, write_all
from newsbench.run.worker import die_with_parent

SETUP_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class Prepared:
    """The extractors of a run as the parent knows them: records, factories, and which ones read the gold."""

    records: dict[str, ExtractorRecord]
    factories: dict[str, Callable[[], Extractor]]
    uses_gold: frozenset[str]


def _child(names: Sequence[str], origins: dict[str, str], memory_mb: int | None, out: int, parent: int) -> None:
    die_with_parent(parent)
    limit_memory(memory_mb)
    install_network_guard()
    answers: dict[str, dict[str, Any]] = {}
    for name in names:
        try:
            extractor = create(name)
        except RegistryError as exc:
            answers[name] = {"registry_error": exc.reason}
            continue
        except (Exception, SystemExit) as exc:
            answers[name] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
            continue
        try:
            record = describe(extractor, origins[name])
            answers[name] = {"record": record.as_dict(), "uses_gold": bool(extractor.uses_gold)}
        except (Exception, SystemExit) as exc:
            answers[name] = {"error": f"describing it failed: {type(exc).__name__}: {exc}"[:500]}
    data = json.dumps(answers, ensure_ascii=True, default=str).encode()
    write_all(out, len(data).to_bytes(8, "big") + data)


def _in_child(names: Sequence[str], origins: dict[str, str], memory_mb: int | None) -> dict[str, Any] | str:
    """The child's answers, or why the child gave none."""
    read_end, write_end = os.pipe()
    process = mp.get_context("fork").Process(target=_child, args=(names, origins, memory_mb, write_end, os.getpid()),
                                             daemon=True)
    process.start()
    os.close(write_end)
    try:
        import select

        if not select.select([read_end], [], [], SETUP_SECONDS)[0]:
            return f"setting it up took more than {SETUP_SECONDS:g} s"
        header = read_exact(read_end, 8)
        data = None if header is None else read_exact(read_end, int.from_bytes(header, "big"))
        if data is None:
            process.join(5)
            return f"setting it up ended the process (exit status {process.exitcode})"
        answers = json.loads(data)
        return answers if isinstance(answers, dict) else "setting it up gave a malformed answer"
    finally:
        os.close(read_end)
        if process.is_alive():
            process.kill()
        process.join(5)


def _skipped(name: str, reason: str, origin: str) -> ExtractorRecord:
    return ExtractorRecord(name, None, None, {}, config_hash({}), (), reason, origin)


def prepare(names: Sequence[str], memory_mb: int | None = 4096) -> Prepared:
    """Describe the named extractors in a guarded child; an unknown name raises RegistryError (suggesting close ones)."""
    registered = targets()
    for name in names:
        if name not in registered:
            create(name)  # raises the registry's error with its suggestions
    origins = {name: registered[name][1] for name in names}
    answers = _in_child(names, origins, memory_mb) if names else {}
    if isinstance(answers, str):  # one of them broke the child: find which, one child each
        answers = {}
        for name in names:
            single = _in_child([name], origins, memory_mb)
            answers[name] = single.get(name, {"error": "no answer"}) if isinstance(single, dict) else {"error": single}
    records, uses_gold = {}, set()
    for name in names:
        answer = answers.get(name) or {"error": "no answer"}
        if "registry_error" in answer:
            raise RegistryError(str(answer["registry_error"]))
        if "record" in answer:
            records[name] = ExtractorRecord.from_dict(answer["record"])
            if answer.get("uses_gold"):
                uses_gold.add(name)
        else:
            records[name] = _skipped(name, f"could not be set up: {answer.get('error')}", origins[name])
    return Prepared(records, {name: partial(create, name) for name in names}, frozenset(uses_gold))
