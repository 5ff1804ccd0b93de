"""Failed pages grouped by reason in every leaderboard entry: per corpus, pooled and per language view."""

from __future__ import annotations

import pandas as pd

from newsbench.score.failures import reason
from newsbench.score.figures import leaderboard
from newsbench.score.results import Failure, Settings


def test_failures_follow_their_pages_into_pooled_and_language_views() -> None:
    rows = []
    for corpus in ("a", "b"):
        for page, language in (("p1", "en"), ("p2", "de"), ("p3", "en")):
            status = "failed" if (corpus, page) in (("a", "p2"), ("a", "p3"), ("b", "p1")) else "ok"
            rows.append({"corpus": corpus, "split": "test", "page_id": page, "language": language, "site": "s",
                         "phenomena": [], "extractor": "x", "field": "headline", "metric": "exact",
                         "value": 0.0 if status == "failed" else 1.0, "status": status})
    errors = {("a", "p2", "x"): ("exception", "LookupError: \n***\n  Resource 'punkt_tab' not found.\n  more"),
              ("a", "p3", "x"): ("timeout", "timed out after 60 s"),
              ("b", "p1", "x"): ("exception", "LookupError: \n***\n  Resource 'punkt_tab' not found.\n  more")}
    entries = {e.corpus: e for e in leaderboard(pd.DataFrame(rows), pd.DataFrame(columns=["extractor", "corpus",
                                                                                          "seconds"]),
                                                  Settings(n_resamples=10), errors=errors)}
    punkt = "LookupError: Resource 'punkt_tab' not found."
    assert entries["a"].failures == (Failure("exception", punkt, 1, ("p2",)),
                                     Failure("timeout", "timed out after 60 s", 1, ("p3",)))
    assert entries["a:other"].failures == (Failure("exception", punkt, 1, ("p2",)),)
    assert entries["a:en"].failures == (Failure("timeout", "timed out after 60 s", 1, ("p3",)),)
    assert entries["pooled"].failures == (Failure("exception", punkt, 2, ("a/p2", "b/p1")),
                                          Failure("timeout", "timed out after 60 s", 1, ("a/p3",)))
    assert all(sum(f.pages for f in e.failures or ()) == e.failed for e in entries.values())
    # without the errors (a caller that has none), nothing is made up
    (plain, *_) = leaderboard(pd.DataFrame(rows), pd.DataFrame(columns=["extractor", "corpus", "seconds"]),
                              Settings(n_resamples=10))
    assert plain.failures is None


def test_a_reason_is_one_informative_line() -> None:
    assert reason("RuntimeError: Readability.js: SyntaxError: \")\" is expected\n    at TokenStream.error (x.cjs)") \
        == "RuntimeError: Readability.js: SyntaxError: \")\" is expected"
    assert reason("the worker was killed by signal SIGKILL") == "the worker was killed by signal SIGKILL"
    assert reason("") == "(no message)"
    assert len(reason("ValueError: " + "x" * 500)) == 120
