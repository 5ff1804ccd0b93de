"""The report, the inspection and the review app in a real headless Chromium: what a person sees.

- the token diff of a known page shows the expected missed and extra spans, in two colours;
- the page in the sandbox runs no script and requests nothing (checked against a control: the
  same page opened directly does both);
- a review saved through the form lands in gold/reviews/ of a temporary corpus copy;
- screenshots are not blank.
"""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import chromium, colours
from conftest import PAGE, gold, write_corpus

from newsbench.report import render
from newsbench.report.inspection import Inspection
from newsbench.report.inspectpage import write
from newsbench.score.results import Results, Settings
from newsbench.store.folder import RunFolder

pytestmark = pytest.mark.slow


@pytest.fixture
def beacon() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server on 127.0.0.1 recording every path asked of it."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"x")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


def hostile_page(base: str) -> str:
    """The tiny page plus an inline script that rewrites the DOM and resources on the local beacon server."""
    extras = (f'<img src="{base}/img.png"><iframe src="{base}/frame"></iframe><script src="{base}/s.js"></script>'
              f'<div style="background-image:url({base}/bg.png)">x</div>'
              '<script>document.body.innerHTML = "SCRIPT RAN"; document.title = "SCRIPT RAN";'
              f'new Image().src = "{base}/from-script";</script>')
    return PAGE.replace("<footer>", extras + "<footer>").replace(
        "</head>", f'<link rel="stylesheet" href="{base}/style.css"><meta http-equiv="refresh" content="0;url={base}/away"></head>')


def test_the_diff_of_a_known_page_shows_its_missed_and_extra_spans(mixed_run: Path, tmp_path: Path) -> None:
    write(Inspection(RunFolder(mixed_run)), tmp_path)
    from selenium.webdriver.common.by import By

    with chromium() as browser:
        browser.get((tmp_path / "inspect" / "dataset" / "tiny-01.html").as_uri() + "#x-go-port")
        section = browser.find_element(By.ID, "x-go-port").find_element(By.XPATH, "..")
        assert section.get_attribute("open") is not None  # following the link unfolded it
        missed = [e.text for e in section.find_elements(By.CSS_SELECTOR, "del.missed")]
        assert missed == ["on Friday that service would resume", "We are ready,” said Mara Quint"]
        assert section.find_elements(By.CSS_SELECTOR, "ins.extra") == []
        browser.get((tmp_path / "inspect" / "dataset" / "tiny-01.html").as_uri() + "#x-fulltext")
        section = browser.find_element(By.ID, "x-fulltext").find_element(By.XPATH, "..")
        extra = [e.text for e in section.find_elements(By.CSS_SELECTOR, "ins.extra")]
        assert extra[0] == "Home News Ferry service to Ostrava resumes" and "2024" in extra[-1]
        red = browser.find_element(By.CSS_SELECTOR, "del.missed")
        green = section.find_element(By.CSS_SELECTOR, "ins.extra")
        assert red.value_of_css_property("background-color") != green.value_of_css_property("background-color")
        png = browser.get_screenshot_as_png()
        (tmp_path / "inspection.png").write_bytes(png)
        assert colours(png) > 20


def _check_sandbox(browser: Any, url: str, asked: list[str]) -> None:
    """The page behind `url` shows the hostile page in its sandboxed frame: no script ran, nothing was fetched."""
    from selenium.webdriver.common.by import By

    browser.get(url)
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.page")
    assert frame.get_attribute("sandbox") == ""
    browser.switch_to.frame(frame)
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "SCRIPT RAN" not in text and "The Hollin Ferry Company said on Friday" in text
    outlined = browser.find_elements(By.CSS_SELECTOR, ".nb-gold")
    assert [e.text for e in outlined][:1] == ["The Hollin Ferry Company said on Friday that service would resume."]
    browser.switch_to.default_content()
    assert "SCRIPT RAN" not in browser.title
    browser.execute_script("return 1")  # a round trip, so that the page's loads have been attempted
    assert asked == []  # no image, frame, script, stylesheet, background or refresh was fetched


def test_the_sandboxed_page_runs_no_script_and_requests_nothing(tmp_path: Path, beacon: tuple[str, list[str]]) -> None:
    from newsbench.api import evaluate
    from newsbench.corpus.build import build
    from newsbench.corpus.reviewapp import App, handler

    base, asked = beacon
    root = write_corpus(tmp_path / "corpus", {"tiny-01": (hostile_page(base).encode(), gold())})
    build(root, tmp_path / "dataset")
    evaluate(["fulltext"], tmp_path / "dataset", output=tmp_path / "run",
             settings=Settings(n_resamples=20, n_permutations=20, split=None))
    write(Inspection(RunFolder(tmp_path / "run")), tmp_path / "report")
    # The review app keeps the page's scripts in its copy: the sandbox and the policy alone stop them.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler(App(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with chromium() as browser:
            _check_sandbox(browser, f"http://127.0.0.1:{server.server_address[1]}/page/tiny-01", asked)
            _check_sandbox(browser, (tmp_path / "report" / "inspect" / "dataset" / "tiny-01.html").as_uri(), asked)
            # The control: the same page opened directly runs its script (which fetches /from-script), loads its
            # resources and follows its refresh, so the checks above can fail.
            browser.get((root / "raw_html" / "tiny-01.html").as_uri())
            browser.execute_script("return 1")
    finally:
        server.shutdown()
        server.server_close()
    assert {"/from-script", "/img.png", "/s.js"} <= set(asked)


def test_a_review_saved_in_the_browser_round_trips_into_gold_reviews(tmp_path: Path) -> None:
    import json

    root = write_corpus(tmp_path / "corpus", {"tiny-01": (PAGE.encode(), gold())})
    app = subprocess.Popen([sys.executable, "-m", "newsbench", "review", "--root", str(root), "--port", "0",
                            "--reviewer", "Grace Hopper"], stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        url = app.stdout.readline().split(" at ", 1)[1].split(" ", 1)[0]
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.ui import WebDriverWait

        with chromium() as browser:
            browser.get(url)
            browser.find_element(By.LINK_TEXT, "tiny-01").click()
            WebDriverWait(browser, 30).until(expected_conditions.element_to_be_clickable(
                (By.CSS_SELECTOR, 'input[name="headline-verdict"][value="correct"]'))).click()
            browser.find_element(By.CSS_SELECTOR, 'input[name="body-verdict"][value="corrected"]').click()
            browser.find_element(By.NAME, "body-correction").send_keys("The quote is a separate paragraph.")
            browser.find_element(By.NAME, "authors-note").send_keys("no byline on the page")
            png = browser.get_screenshot_as_png()
            browser.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
            # the click returns before the POST's redirect has loaded: wait for the new page, not a fixed time
            saved = WebDriverWait(browser, 30).until(
                expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "p.saved"))).text
            assert saved.startswith("Saved as gold/reviews/tiny-01/") and saved.endswith("-grace-hopper.json.")
        (path,) = (root / "gold" / "reviews" / "tiny-01").glob("*.json")
        review = json.loads(path.read_text())
        assert review["reviewer"] == "Grace Hopper" and review["fields"]["headline"]["verdict"] == "correct"
        assert review["fields"]["body"] == {"verdict": "corrected", "correction": "The quote is a separate paragraph.",
                                            "note": ""}
        assert review["fields"]["authors"] == {"verdict": "not reviewed", "correction": None,
                                               "note": "no byline on the page"}
        assert colours(png) > 20
    finally:
        app.terminate()
        app.wait(timeout=30)


def test_a_screenshot_of_the_report_is_not_blank(mixed_run: Path, tmp_path: Path) -> None:
    render(Results.read(RunFolder(mixed_run)), ["plots", "html"], tmp_path)
    from selenium.webdriver.common.by import By

    with chromium() as browser:
        browser.get((tmp_path / "report.html").as_uri())
        assert browser.find_element(By.TAG_NAME, "h1").text == "newsbench report"
        images = browser.find_elements(By.CSS_SELECTOR, "figure img")
        assert images and all(browser.execute_script("return arguments[0].naturalWidth", i) > 0 for i in images)
        png = browser.get_screenshot_as_png()
    (tmp_path / "report.png").write_bytes(png)
    assert png.startswith(b"\x89PNG") and colours(png) > 20
