"""The NLTK data newsbench ships for newspaper4k and news-please, and pointing NLTK at it offline."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# An NLTK data folder (tokenizers/punkt_tab/english/); where its files come from: README.md there.
NLTK_DATA = Path(__file__).resolve().with_name("nltk_data")


@contextmanager
def bundled_nltk_data() -> Iterator[None]:
    """While the block runs, NLTK looks in newsbench's data folder before any other; then its path is restored.

    First, so that every machine tokenises with the same pinned model rather than whatever a
    user's ~/nltk_data holds. Restored, so that other tools run later in the same worker do not
    see it (NLTK's own cache of loaded Punkt tokenizers stays, as it would after a normal load).
    Without NLTK installed this does nothing: the tool then fails or not on its own terms.
    """
    if importlib.util.find_spec("nltk") is None:
        yield
        return
    import nltk.data

    saved = list(nltk.data.path)
    nltk.data.path.insert(0, str(NLTK_DATA))
    try:
        yield
    finally:
        nltk.data.path[:] = saved
