"""Mozilla Readability.js (npm @mozilla/readability with jsdom), run by one long-running node process."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from newsbench.corpus.pages import Page
from newsbench.extractors.base import Adapter, Prediction
from newsbench.extractors.memory import lift_memory_limit, memory_limit_mb
from newsbench.text.htmlblocks import html_to_blocks, join_blocks

JS_DIR = Path(__file__).resolve().parent / "js"
PACKAGE = JS_DIR / "node_modules" / "@mozilla" / "readability" / "package.json"


class ReadabilityJs(Adapter):
    """`new Readability(new JSDOM(html, {url}).window.document).parse()` in node.

    Headline from `title`, authors from `byline` (one string, as the tool gives it), published
    from `publishedTime`, body from `content` (HTML) split into blocks, because `textContent`
    glues adjacent blocks together without whitespace. Set up with
    `npm ci --prefix src/newsbench/extractors/js`; jsdom runs no scripts and loads no resources.
    """

    name = "readability-js"
    distribution = None
    produces = frozenset({"headline", "published", "authors", "body"})

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        self._node: subprocess.Popen[str] | None = None

    def unavailable(self) -> str | None:
        """Why Readability.js cannot run here, if it cannot."""
        if shutil.which("node") is None:
            return "node is not on PATH"
        if not PACKAGE.is_file():
            return f"npm packages missing: run `npm ci --prefix {JS_DIR}`"
        return None

    def version(self) -> str:
        """The installed @mozilla/readability version."""
        return str(json.loads(PACKAGE.read_text(encoding="utf-8"))["version"])

    def _process(self) -> subprocess.Popen[str]:
        if self._node is None or self._node.poll() is not None:
            # node reserves gigabytes of address space for WebAssembly, so the worker's
            # address-space cap is lifted for it and its heap capped with V8's own flag instead.
            limit = memory_limit_mb()
            heap = [f"--max-old-space-size={limit}"] if limit else []
            self._node = subprocess.Popen(
                ["node", *heap, str(JS_DIR / "readability_server.js")], cwd=JS_DIR, text=True, encoding="utf-8",
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=1,
                preexec_fn=lift_memory_limit,
            )
        return self._node

    def extract(self, page: Page) -> Prediction:
        """Send the page to the node process and read its answer."""
        answer = self._answer(page)
        blocks = html_to_blocks(answer.get("content") or "")
        byline = (answer.get("byline") or "").strip()
        return Prediction(
            headline=answer.get("title") or "", published=answer.get("publishedTime") or "",
            authors=(byline,) if byline else (), body=join_blocks(blocks), blocks=blocks,
        )

    def content(self, page: Page) -> str:
        """Readability.js's `content` (the article as HTML) of the page."""
        return str(self._answer(page).get("content") or "")

    def _answer(self, page: Page) -> dict[str, Any]:
        node = self._process()
        assert node.stdin is not None and node.stdout is not None
        node.stdin.write(json.dumps({"html": page.html, "url": page.url}) + "\n")
        node.stdin.flush()
        line = node.stdout.readline()
        if not line:
            raise RuntimeError(f"the node process exited (status {node.poll()})")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"Readability.js: {answer['error']}")
        return answer

    def close(self) -> None:
        """Stop the node process."""
        if self._node is not None and self._node.poll() is None:
            self._node.kill()
            self._node.wait()
