"""Reviews of the gold by people: written as new files, checked against their schema, counted, served on loopback."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from conftest import PAGE, gold, write_corpus

from newsbench.corpus import review
from newsbench.corpus.reviewapp import App, handler
from newsbench.errors import GoldError


def verdicts(**changes: dict[str, Any]) -> dict[str, dict[str, Any]]:
    fields: dict[str, dict[str, Any]] = {f: {"verdict": "not reviewed", "correction": None, "note": ""}
                                         for f in review.FIELDS}
    fields.update(changes)
    return fields


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold()),
                                              "tiny-02": (PAGE.encode(), gold(id="tiny-02"))})


def test_a_review_is_a_new_file_with_the_gold_files_sha256(root: Path) -> None:
    document = review.make(root, "tiny-01", "Ada Lovelace", verdicts(headline={"verdict": "correct", "correction": None,
                                                                             "note": "ok"}))
    first, second = review.write(root, document), review.write(root, document)
    assert first != second and first.parent == root / "gold" / "reviews" / "tiny-01"
    assert first.name.endswith("-ada-lovelace.json") and second.name.endswith("-ada-lovelace-1.json")
    saved = json.loads(first.read_text())
    assert saved["gold_sha256"] == review.gold_sha256(root, "tiny-01") and saved["reviewer"] == "Ada Lovelace"
    assert review.problems(saved) == []


def test_counts_and_reviews_of_changed_gold_files(root: Path) -> None:
    assert "No page has been reviewed by a person yet" in review.summary_markdown(root)
    body = {"verdict": "corrected", "correction": "the second paragraph is a caption", "note": ""}
    review.write(root, review.make(root, "tiny-01", "A", verdicts(body=body)))
    review.write(root, review.make(root, "tiny-02", "B", verdicts()))
    s = review.summary(root)
    assert (s.pages, s.reviews, s.reviewers) == (2, 2, 2) and s.verdicts["body"]["corrected"] == 1
    (root / "gold" / "tiny-02.json").write_text(json.dumps(gold(id="tiny-02", headline="Changed")), encoding="utf-8")
    s = review.summary(root)
    assert (s.pages, s.reviews) == (1, 1) and [page for _, page in s.outdated] == ["tiny-02"]
    assert "1 reviews were made on an older version of their gold file" in review.summary_markdown(root)


def test_a_bad_review_is_refused_naming_the_file_and_field(root: Path) -> None:
    with pytest.raises(GoldError, match=r"\$\.fields\.body\.correction"):
        review.make(root, "tiny-01", "A", verdicts(body={"verdict": "corrected", "correction": "", "note": ""}))
    with pytest.raises(GoldError, match="no such gold file"):
        review.make(root, "tiny-09", "A", verdicts())
    bad = root / "gold" / "reviews" / "tiny-01" / "x.json"
    bad.parent.mkdir(parents=True)
    bad.write_text('{"schema_version": 1}', encoding="utf-8")
    with pytest.raises(GoldError, match="x.json: not a valid review"):
        review.summary(root)


def test_the_app_saves_a_posted_review_and_refuses_foreign_posts(root: Path) -> None:
    import http.server

    app = App(root, reviewer="Ada")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler(app))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with urllib.request.urlopen(base + "/page/tiny-01", timeout=30) as response:
            page = response.read().decode()
        assert 'sandbox=""' in page and 'value="Ada"' in page and f'value="{app.token}"' in page
        assert '<mark class="ORG" title="ORG">Hollin Ferry Company</mark>' in page
        assert "None" not in page and "(none)" in page  # the gold has no modified date: said so, not 'None'
        form = {"token": app.token, "reviewer": "Ada", "headline-verdict": "correct", "body-verdict": "corrected",
                "body-correction": "drop the quote", "note": "checked"}

        def post(data: dict[str, str], host: str | None = None) -> int:
            request = urllib.request.Request(base + "/page/tiny-01", data=urllib.parse.urlencode(data).encode())
            if host:
                request.add_header("Host", host)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    assert "Saved as gold/reviews/tiny-01/" in response.read().decode()
                    return int(response.status)
            except urllib.error.HTTPError as exc:
                return int(exc.code)

        assert post(form) == 200  # 303 to the page, which says where the review went
        assert post({**form, "token": "guessed"}) == 403
        assert post(form, host="attacker.example") == 403
        assert post({**form, "body-correction": ""}) == 400
        (path, saved), = review.read_all(root)
        assert saved["fields"]["body"] == {"verdict": "corrected", "correction": "drop the quote", "note": ""}
        assert saved["fields"]["headline"]["verdict"] == "correct" and saved["note"] == "checked"
    finally:
        server.shutdown()
        server.server_close()
