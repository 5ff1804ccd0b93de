"""The registry of extractors: built-in names and the `newsbench.extractors` entry-point group."""

from __future__ import annotations

import difflib
import functools
import importlib
import importlib.metadata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsbench.errors import NewsbenchError
from newsbench.extractors.base import Extractor, config_hash

GROUP = "newsbench.extractors"

# name -> "module:attribute"; the attribute is a class or a function returning an Extractor.
BUILTIN: dict[str, str] = {
    "trafilatura": "newsbench.extractors.trafilatura:Trafilatura",
    "trafilatura-precision": "newsbench.extractors.trafilatura:precision",
    "trafilatura-recall": "newsbench.extractors.trafilatura:recall",
    "readability-lxml": "newsbench.extractors.readability_lxml:ReadabilityLxml",
    "readability-js": "newsbench.extractors.readability_js:ReadabilityJs",
    "trafilatura-md": "newsbench.extractors.markdown:TrafilaturaMarkdown",
    "readability-lxml-md": "newsbench.extractors.markdown:ReadabilityLxmlMarkdown",
    "readability-js-md": "newsbench.extractors.markdown:ReadabilityJsMarkdown",
    "newspaper4k": "newsbench.extractors.newspaper4k:Newspaper4k",
    "goose3": "newsbench.extractors.goose3:Goose3",
    "justext": "newsbench.extractors.justext:JusText",
    "boilerpy3": "newsbench.extractors.boilerpy3:BoilerPy3",
    "inscriptis": "newsbench.extractors.fulltext_tools:Inscriptis",
    "html-text": "newsbench.extractors.fulltext_tools:HtmlText",
    "resiliparse": "newsbench.extractors.resiliparse:Resiliparse",
    "news-please": "newsbench.extractors.news_please:NewsPlease",
    "htmldate": "newsbench.extractors.htmldate:HtmlDate",
    "magic-html": "newsbench.extractors.magic_html:MagicHtml",
    "fulltext": "newsbench.extractors.baselines:FullText",
    "title-tag": "newsbench.extractors.baselines:TitleTag",
    "metadata": "newsbench.extractors.baselines:Metadata",
    "naive-article": "newsbench.extractors.baselines:NaiveArticle",
    "largest-p-block": "newsbench.extractors.baselines:LargestParagraphBlock",
    "og-meta": "newsbench.extractors.baselines:OpenGraphMeta",
    "oracle": "newsbench.extractors.baselines:Oracle",
    "justext+metadata": "newsbench.extractors.baselines:justext_metadata",
    "resiliparse+metadata": "newsbench.extractors.baselines:resiliparse_metadata",
    "trafilatura+spacy-en": "newsbench.extractors.ner:trafilatura_spacy",
    "gold-body+spacy-en": "newsbench.extractors.ner:gold_body_spacy",
    "trafilatura+spacy": "newsbench.extractors.ner:trafilatura_spacy_all",
    "gold-body+spacy": "newsbench.extractors.ner:gold_body_spacy_all",
}

# What `newsbench run` runs when no --extractors is given: every built-in.
DEFAULT = tuple(BUILTIN)


class RegistryError(NewsbenchError):
    """An unknown or duplicate extractor name, or an entry point that does not load."""


@dataclass(frozen=True, slots=True)
class ExtractorRecord:
    """What is known of one extractor without running it: version, config, fields, and why it cannot run here.

    A run's manifest records one per extractor; `newsbench extractors` prints one per registered name.
    """

    name: str
    version: str | None
    distribution: str | None
    config: dict[str, Any]
    config_hash: str
    produces: tuple[str, ...]
    skipped: str | None  # the reason it cannot run here, or None
    origin: str = "built-in"  # "built-in", the distribution of a plugin, or "import" (external predictions)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for the manifest."""
        return {"name": self.name, "version": self.version, "distribution": self.distribution,
                "config": self.config, "config_hash": self.config_hash, "produces": list(self.produces),
                "skipped": self.skipped, "origin": self.origin}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExtractorRecord:
        """Inverse of `as_dict` (a manifest entry written before `origin` existed is built-in)."""
        return cls(data["name"], data["version"], data["distribution"], dict(data["config"]), data["config_hash"],
                   tuple(data["produces"]), data["skipped"], data.get("origin", "built-in"))


@dataclass(frozen=True, slots=True)
class Role:
    """How a leaderboard treats an extractor: a reference that reads the gold, or fields repeated from another."""

    uses_gold: bool = False
    repeats: dict[str, str] = field(default_factory=dict)  # field -> extractor whose prediction it returns


@functools.lru_cache(maxsize=1024)
def role(name: str) -> Role:
    """The role of the registered extractor `name` (its `uses_gold` and `repeats`); none for an unknown name.

    An unknown name (imported predictions, an uninstalled plugin) is an ordinary ranked system.
    Cached per process: creating an extractor scans the installed entry points. Callers must not
    change the returned mapping.

    >>> role("oracle").uses_gold, role("justext+metadata").repeats["body"], role("no-such-tool")
    (True, 'justext', Role(uses_gold=False, repeats={}))
    """
    try:
        extractor = create(name)
    except RegistryError:
        return Role()
    return Role(bool(getattr(extractor, "uses_gold", False)), dict(getattr(extractor, "repeats", None) or {}))


def targets() -> dict[str, tuple[str, str]]:
    """Every registered name -> (module:attribute, origin). Duplicate names are an error."""
    found = {name: (target, "built-in") for name, target in BUILTIN.items()}
    for ep in importlib.metadata.entry_points(group=GROUP):
        origin = ep.dist.name if ep.dist is not None else "entry point"
        if ep.name in found:
            raise RegistryError(
                f"extractor name {ep.name!r} from {origin} is already registered by {found[ep.name][1]}",
                field=GROUP,
            )
        found[ep.name] = (ep.value, origin)
    return found


# What the registry needs of an extractor (the `base.Extractor` protocol): attributes, then methods.
MEMBERS = ("name", "distribution", "produces", "config", "uses_gold")
METHODS = ("unavailable", "version", "extract")


def missing_members(obj: object) -> list[str]:
    """The members of the Extractor protocol that `obj` lacks (a method must be callable)."""
    return ([m for m in MEMBERS if not hasattr(obj, m)]
            + [m for m in METHODS if not callable(getattr(obj, m, None))])


class BrokenPlugin:
    """Stands for a plugin that cannot be loaded: listed and recorded as skipped with the reason, never run."""

    distribution: str | None = None
    produces: frozenset[str] = frozenset()
    config: Mapping[str, Any] = {}
    uses_gold = False

    def __init__(self, name: str, origin: str, reason: str) -> None:
        self.name, self.origin, self.reason = name, origin, reason

    def unavailable(self) -> str:
        """Why the plugin cannot run."""
        return f"broken plugin ({self.origin}): {self.reason}"

    def version(self) -> str:
        """A broken plugin has no version; `describe` never asks (it is unavailable)."""
        raise RegistryError(self.unavailable())

    def extract(self, page: Any) -> Any:
        """Never called: the runner skips unavailable extractors."""
        raise RegistryError(self.unavailable())


def _load(name: str, target: str, origin: str) -> Extractor:
    module_name, _, attr = target.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except Exception as exc:  # a plugin's import may fail in any way (ImportError, SyntaxError, its own errors)
        raise RegistryError(f"cannot load extractor {name!r} from {target} ({origin}): "
                            f"{type(exc).__name__}: {exc}") from exc
    try:
        extractor = factory()
    except Exception as exc:
        raise RegistryError(f"{target} ({origin}) failed to create extractor {name!r}: "
                            f"{type(exc).__name__}: {exc}") from exc
    missing = missing_members(extractor)
    if missing:
        raise RegistryError(f"{target} ({origin}) is not an extractor: it lacks {', '.join(missing)} "
                            f"(an extractor needs {', '.join(MEMBERS + METHODS)}; see README, \"Plugins\")")
    if not isinstance(extractor, Extractor):
        raise RegistryError(f"{target} ({origin}) did not return an Extractor")
    if extractor.name != name:
        raise RegistryError(f"{target} is registered as {name!r} but calls itself {extractor.name!r}")
    return extractor


def create(name: str) -> Extractor:
    """A fresh instance of the extractor registered as `name`; an unknown name suggests close ones.

    A plugin that cannot be loaded (import error, a missing member, a wrong name) comes back as a
    `BrokenPlugin`, which is listed and recorded as skipped with the reason, so that one broken
    plugin never stops the others; a built-in that cannot be loaded is a RegistryError.
    """
    registered = targets()
    if name not in registered:
        close = difflib.get_close_matches(name, list(registered), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(sorted(registered))}"
        raise RegistryError(f"unknown extractor {name!r}{hint}")
    target, origin = registered[name]
    try:
        return _load(name, target, origin)
    except RegistryError as exc:
        if origin == "built-in":
            raise
        return BrokenPlugin(name, origin, exc.reason)


def describe(extractor: Extractor, origin: str = "built-in") -> ExtractorRecord:
    """The record of an extractor, with its version when it can run here (a broken installation is a skip reason)."""
    reason = extractor.unavailable()
    version = None
    if reason is None:
        try:
            version = extractor.version()
        except Exception as exc:  # a broken installation is a skip reason, not a crash
            reason = f"version unknown: {type(exc).__name__}: {exc}"
    config = dict(extractor.config)
    return ExtractorRecord(extractor.name, version, extractor.distribution, config, config_hash(config),
                           tuple(sorted(extractor.produces)), reason, origin)


def describe_all() -> list[ExtractorRecord]:
    """Every registered extractor with its version, the fields it produces and whether it can run here."""
    return [describe(create(name), origin) for name, (_, origin) in sorted(targets().items())]
