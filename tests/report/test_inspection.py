"""The per-page inspection of a real run: files, what each page holds, the index, the server and the command."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsbench.report import ReportError, render
from newsbench.report.inspection import Inspection, InspectionError, Key
from newsbench.report.inspectpage import page_file, write
from newsbench.report.inspectserver import handler
from newsbench.score.results import Results
from newsbench.store.folder import RunFolder


@pytest.fixture(scope="module")
def written(mixed_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    write(Inspection(RunFolder(mixed_run)), out)
    return out / "inspect"


def test_an_index_and_one_file_per_page(written: Path) -> None:
    assert sorted(p.name for p in (written / "dataset").iterdir()) == ["tiny-01.html", "tiny-02.html", "tiny-03.html"]
    index = (written / "index.html").read_text()
    assert "Worst pages per extractor and field" in index and "Pages by phenomenon" in index
    assert '<a href="dataset/tiny-01.html">tiny-01</a>' in index
    # failed pages by reason, with links
    assert re.search(r"go-port <span class=\"note\">\(external\)</span>: 1 × <code>exception: LookupError: "
                     r"Resource &#x27;punkt_tab&#x27; not found.</code>: <a href=\"dataset/tiny-02.html\">", index)
    assert "missing: no prediction in go-port.jsonl" in index
    # phenomena: every tiny page carries nav-menu
    assert re.search(r"<th>nav-menu</th><td>3</td>", index)


def test_a_page_shows_gold_predictions_diffs_scores_and_errors(written: Path) -> None:
    page = (written / "dataset" / "tiny-01.html").read_text()
    assert '<iframe class="page" sandbox="" ' in page and "srcdoc=" in page
    assert "Content-Security-Policy" in page and "<script" not in page
    assert "2 of 2 gold body blocks located" in page
    # go-port predicted a part of the first paragraph: the rest is missed, nothing extra
    section = page.split('<span id="x-go-port">')[1].split("</details>")[0]
    assert "found 5 tokens, missed 12, extra 0" in section  # 17 gold tokens in two paragraphs
    assert '<del class="missed" title="missed: in the gold, not in the prediction">on Friday that service would resume' in section
    failed = (written / "dataset" / "tiny-02.html").read_text()
    assert "LookupError: \n*****\n  Resource &#x27;punkt_tab&#x27; not found." in failed
    assert '<span class="failed">failed (exception)</span>' in failed
    # fulltext's extra text (navigation, footer) is marked extra; its score is the stored one
    fulltext = page.split('<span id="x-fulltext">')[1].split("</details>")[0]
    assert '<ins class="extra"' in fulltext and "Home News" in fulltext and "tokens.precision" in fulltext


def test_the_counts_shown_are_the_stored_scores(mixed_run: Path, written: Path) -> None:
    inspection = Inspection(RunFolder(mixed_run))
    for key in inspection.keys:
        text = (written / page_file(key)).read_text()
        for name in ("fulltext", "justext", "go-port"):
            metrics = inspection.scores[(key, name)]["body"]
            shown = f"found {int(metrics['tokens.tp'])} tokens, missed {int(metrics['tokens.fn'])}, " \
                    f"extra {int(metrics['tokens.fp'])}"
            assert shown in text, (key, name)


def test_a_selection_of_pages_and_extractors(mixed_run: Path, tmp_path: Path) -> None:
    inspection = Inspection(RunFolder(mixed_run), extractors=["go-port"], pages=["dataset/tiny-02"])
    assert inspection.keys == [Key("dataset", "tiny-02")] and [e.name for e in inspection.extractors] == ["go-port"]
    paths = write(inspection, tmp_path)
    assert [p.name for p in paths] == ["index.html", "tiny-02.html"]
    with pytest.raises(InspectionError, match="no extractor 'nope'"):
        Inspection(RunFolder(mixed_run), extractors=["nope"])
    with pytest.raises(InspectionError, match="no page 'tiny-09'"):
        Inspection(RunFolder(mixed_run), pages=["tiny-09"])


def test_a_corpus_changed_since_the_run_is_refused(mixed_run: Path, tmp_path: Path) -> None:
    import json
    import shutil

    run = shutil.copytree(mixed_run, tmp_path / "run")
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["corpora"][0]["fingerprint"] = "0" * 64
    (run / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(InspectionError, match="the pages changed since the run"):
        Inspection(RunFolder(run))


def test_the_report_links_its_inspection(mixed_run: Path, tmp_path: Path) -> None:
    results = Results.read(RunFolder(mixed_run))
    render(results, ["inspect", "html"], tmp_path, RunFolder(mixed_run))
    assert 'href="inspect/index.html"' in (tmp_path / "report.html").read_text()
    with pytest.raises(ReportError, match="reads the run folder"):
        render(results, ["inspect"], tmp_path)


def test_the_server_answers_on_loopback_only(mixed_run: Path) -> None:
    import http.server

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler(Inspection(RunFolder(mixed_run))))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with urllib.request.urlopen(base + "/", timeout=30) as response:
            assert response.status == 200 and "Worst pages" in response.read().decode()
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        with urllib.request.urlopen(base + "/dataset/tiny-03.html", timeout=30) as response:
            assert "no prediction in go-port.jsonl" in response.read().decode()
        with pytest.raises(urllib.error.HTTPError, match="404"):
            urllib.request.urlopen(base + "/../../etc/passwd", timeout=30)
    finally:
        server.shutdown()
        server.server_close()


def test_the_command_writes_and_serves(mixed_run: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "newsbench", "inspect", str(mixed_run), "--page", "tiny-01",
                           "--output", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "inspect" / "dataset" / "tiny-01.html").is_file() and "(1 page files)" in done.stdout
    bad = subprocess.run([sys.executable, "-m", "newsbench", "inspect", str(mixed_run), "--extractor", "nope"],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and "no extractor 'nope'" in bad.stderr
    served = subprocess.Popen([sys.executable, "-m", "newsbench", "inspect", str(mixed_run), "--serve", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert served.stdout is not None
        line = served.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line
        with urllib.request.urlopen(url.group(0) + "dataset/tiny-01.html", timeout=30) as response:
            assert response.status == 200
    finally:
        served.terminate()
        served.wait(timeout=30)
