"""jusText: paragraph classification with a language's stoplist (body text only)."""

from __future__ import annotations

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction

# ISO 639-1 -> jusText stoplist name, for the languages of our corpora that jusText has.
STOPLISTS = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fa": "Persian", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "id": "Indonesian", "it": "Italian", "ko": "Korean", "nl": "Dutch",
    "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "tr": "Turkish", "uk": "Ukrainian",
}


class JusText(Adapter):
    """`justext.justext(html, stoplist)`, keeping the paragraphs not classed as boilerplate.

    jusText needs the page's language for its stoplist. For a language it has no stoplist
    for (zh, ja, th), it runs in its documented language-independent mode: an empty stoplist
    with `stopwords_low=0` and `stopwords_high=0`.
    """

    name = "justext"
    distribution = "jusText"
    requires = ("justext",)
    produces = frozenset({"body"})

    def extract(self, page: Page) -> Prediction:
        """Run jusText on the decoded page."""
        import justext

        language = page.language.split("-")[0].lower()
        stoplist_name = STOPLISTS.get(language)
        if stoplist_name and stoplist_name in justext.get_stoplists():
            paragraphs = justext.justext(page.html, justext.get_stoplist(stoplist_name))
        else:
            paragraphs = justext.justext(page.html, frozenset(), stopwords_low=0, stopwords_high=0)
        blocks = tuple(p.text.strip() for p in paragraphs if not p.is_boilerplate and p.text.strip())
        return Prediction(body="\n\n".join(blocks), blocks=blocks)
