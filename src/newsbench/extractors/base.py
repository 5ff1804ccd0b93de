"""The extractor contract: what an extractor is given (a Page), what it returns (a Prediction)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any, ClassVar, Protocol, runtime_checkable

from newsbench.corpus.pages import Page

# Fields an extractor can produce. A field the extractor does not produce is None in every
# prediction ("did not try"); a produced field that came out empty is "" or () ("found nothing").
FIELDS = ("body", "headline", "published", "modified", "authors", "entities")
# An extractor that gives typed blocks (`Prediction.block_kinds`) also produces "structure".
STRUCTURE = "structure"
BLOCK_KINDS = ("paragraph", "heading", "list_item", "quote", "table", "caption", "note")  # as the gold's


class ContractError(TypeError):
    """An extractor returned something that is not a valid Prediction."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention; `start`/`end` are code-point offsets into the predicted body, when known."""

    text: str
    type: str
    start: int | None = None
    end: int | None = None

    def __post_init__(self) -> None:
        # Offsets with start >= end are allowed here (scored as a spurious mention); wrong types are not.
        if not (isinstance(self.text, str) and isinstance(self.type, str)):
            raise ContractError(f"Mention text and type must be str, got {self.text!r:.40} and {self.type!r:.40}")
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ContractError(f"Mention.{name} must be an int or None, got {value!r:.40}")


@dataclass(frozen=True, slots=True)
class Prediction:
    """One extractor's output for one page. None means the extractor does not produce the field."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] | None = None
    body: str | None = None
    blocks: tuple[str, ...] | None = None  # the body as blocks, when the tool gives structure
    entities: tuple[Mention, ...] | None = None
    # The kind of each of `blocks` (BLOCK_KINDS), for an extractor that produces "structure".
    block_kinds: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        for name in ("headline", "published", "modified", "body"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ContractError(f"Prediction.{name} must be str or None, got {type(value).__name__}")
        for name in ("authors", "blocks", "block_kinds"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, tuple) and all(isinstance(v, str) for v in value)):
                raise ContractError(f"Prediction.{name} must be a tuple of str or None, got {value!r:.80}")
        if self.block_kinds is not None:
            if self.blocks is None or len(self.blocks) != len(self.block_kinds):
                raise ContractError("Prediction.block_kinds needs blocks of the same length")
            unknown = set(self.block_kinds) - set(BLOCK_KINDS)
            if unknown:
                raise ContractError(f"Prediction.block_kinds: unknown kind(s) {', '.join(sorted(unknown))}")
        if self.entities is not None and not (
            isinstance(self.entities, tuple) and all(isinstance(m, Mention) for m in self.entities)
        ):
            raise ContractError("Prediction.entities must be a tuple of Mention or None")

    def to_dict(self) -> dict[str, Any]:
        """The prediction as plain data (lists instead of tuples), for storage."""
        out: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("authors", "blocks", "block_kinds"):
            out[name] = list(out[name]) if out[name] is not None else None
        if self.entities is not None:
            out["entities"] = [{"text": m.text, "type": m.type, "start": m.start, "end": m.end} for m in self.entities]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Prediction:
        """Inverse of to_dict; unknown keys are an error."""
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise ContractError(f"unknown prediction field(s): {', '.join(sorted(unknown))}")
        kw = dict(data)
        for name in ("authors", "blocks", "block_kinds"):
            if kw.get(name) is not None:
                kw[name] = tuple(kw[name])
        if kw.get("entities") is not None:
            if not all(isinstance(m, Mapping) for m in kw["entities"]):
                raise ContractError("Prediction.entities must be a list of objects")
            kw["entities"] = tuple(Mention(**m) for m in kw["entities"])
        return cls(**kw)

    def settled(self, produced: frozenset[str]) -> Prediction:
        """This prediction with produced fields that came back None set to empty, others to None.

        A tool that produces headlines and found none returned "found nothing", not "did not try".
        Entities are the exception: None from an extractor that produces entities means it had
        no NER backend for this page's language, which is reported, not scored as a miss.
        """
        kw: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if name not in produced:
                kw[name] = None
            elif value is None and name != "entities":
                kw[name] = () if name in ("authors", "entities") else ""
            else:
                kw[name] = value
        kw["blocks"] = self.blocks if "body" in produced else None
        kw["block_kinds"] = self.block_kinds if STRUCTURE in produced else None
        if STRUCTURE in produced and self.block_kinds is None:  # typed blocks tried, none found
            kw["blocks"], kw["block_kinds"] = (), ()
        return Prediction(**kw)


@runtime_checkable
class Extractor(Protocol):
    """An extractor: a name, the distribution whose version is recorded, a config and `extract`."""

    @property
    def name(self) -> str: ...

    @property
    def distribution(self) -> str | None: ...

    @property
    def produces(self) -> frozenset[str]: ...

    @property
    def config(self) -> Mapping[str, Any]: ...

    @property
    def uses_gold(self) -> bool: ...

    def unavailable(self) -> str | None: ...

    def version(self) -> str: ...

    def extract(self, page: Page) -> Prediction: ...


class Adapter:
    """Base of the built-in adapters: imports the tool lazily, reports a missing one as a reason."""

    name: str = ""
    distribution: str | None = None
    requires: ClassVar[tuple[str, ...]] = ()  # importable module names
    min_python: ClassVar[tuple[int, int]] = (3, 11)
    produces: frozenset[str] = frozenset()
    uses_gold: bool = False
    # field -> the registered extractor whose prediction this one returns unchanged for that field
    # (a named pipeline): a leaderboard keeps such a row apart instead of ranking the same figures twice.
    repeats: Mapping[str, str] = MappingProxyType({})
    # Bumped when the adapter's own code changes what it returns: the revision is part of the
    # recorded config, so predictions stored by an older adapter are recomputed, not reused.
    revision: int = 1

    def __init__(self, **config: Any) -> None:
        self.config: dict[str, Any] = {"adapter_revision": self.revision, **config} if self.revision > 1 else dict(config)

    def unavailable(self) -> str | None:
        """None when the tool can run here, else why not (shown as 'skipped: reason')."""
        if sys.version_info[:2] < self.min_python:
            return f"needs Python >= {'.'.join(map(str, self.min_python))}"
        for module in self.requires:
            if importlib.util.find_spec(module) is None:
                return f"module {module!r} is not installed (pip install {self.distribution or module})"
        return None

    def version(self) -> str:
        """The installed version of the tool's distribution (newsbench's own for built-in baselines)."""
        return importlib.metadata.version(self.distribution or "newsbench")

    def extract(self, page: Page) -> Prediction:  # pragma: no cover - every adapter overrides
        raise NotImplementedError


def config_hash(config: Mapping[str, Any]) -> str:
    """A short stable digest of a config (sorted-key JSON)."""
    return hashlib.sha256(config_json(config).encode("utf-8")).hexdigest()[:16]


def config_json(config: Mapping[str, Any]) -> str:
    """A config as canonical JSON (sorted keys): the text stored with each prediction and hashed by `config_hash`."""
    return json.dumps(dict(config), sort_keys=True, ensure_ascii=False, default=str)
