"""The gold records (frozen dataclasses) and the JSON Schema contract they mirror."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

BLOCK_KINDS = ("paragraph", "heading", "list_item", "quote", "table", "caption", "note")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    """The gold JSON Schema shipped with the package (resources/gold.schema.json)."""
    text = resources.files("newsbench").joinpath("resources/gold.schema.json").read_text("utf-8")
    return dict(json.loads(text))


@lru_cache(maxsize=1)
def phenomena() -> dict[str, str]:
    """The controlled vocabulary of phenomenon tags: tag -> definition, in vocabulary order."""
    text = resources.files("newsbench").joinpath("resources/phenomena.json").read_text("utf-8")
    groups = json.loads(text)["groups"]
    return {tag: desc for group in groups.values() for tag, desc in group.items()}


def _check_keys(cls: type, data: dict[str, Any]) -> None:
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)} for {cls.__name__}")


@dataclass(frozen=True, slots=True)
class Block:
    """One body block: its kind, its text and whether its membership in the body is debatable."""

    kind: str
    text: str
    optional: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        """Build from a gold JSON object; unknown keys are rejected."""
        _check_keys(cls, data)
        return cls(kind=data["kind"], text=data["text"], optional=bool(data.get("optional", False)))


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention: `text` is `block_text[start:end]` of body block `block` or the headline."""

    text: str
    type: str
    block: int | Literal["headline"]
    start: int
    end: int

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        """Build from a gold JSON object; unknown keys are rejected."""
        _check_keys(cls, data)
        return cls(data["text"], data["type"], data["block"], data["start"], data["end"])


@dataclass(frozen=True, slots=True)
class Gold:
    """The gold annotation of one page; see gold/GUIDELINES.md for the meaning of every field."""

    id: str
    url: str
    language: str
    site: str
    headline: str
    published: str | None
    modified: str | None
    authors: tuple[str, ...]
    summary: str
    body: tuple[Block, ...]
    entities: tuple[Entity, ...]
    phenomena: tuple[str, ...]
    license: str
    notes: str
    encoding: str | None = None
    variant_of: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Gold:
        """Build from a schema-valid gold JSON object; unknown keys are rejected."""
        _check_keys(cls, data)
        return cls(
            id=data["id"], url=data["url"], language=data["language"], site=data["site"],
            headline=data["headline"], published=data["published"], modified=data["modified"],
            authors=tuple(data["authors"]), summary=data["summary"],
            body=tuple(Block.from_dict(b) for b in data["body"]),
            entities=tuple(Entity.from_dict(e) for e in data["entities"]),
            phenomena=tuple(data["phenomena"]), license=data["license"], notes=data["notes"],
            encoding=data.get("encoding"), variant_of=data.get("variant_of"),
        )

    def block_text(self, block: int | str) -> str:
        """The text an entity's `block` refers to (a body block, or the headline)."""
        return self.headline if block == "headline" else self.body[int(block)].text

    @property
    def body_text(self) -> str:
        """All body blocks joined by blank lines (optional ones included)."""
        return "\n\n".join(b.text for b in self.body)
