"""A page made safe to show: the policy first, nothing that loads or navigates, gold blocks outlined."""

from __future__ import annotations

import html

from newsbench.corpus.pageview import CSP, safe_document, sandboxed_frame
from newsbench.corpus.schema import Block

PAGE = """<!doctype html><html><head><meta charset="windows-1251"><base href="http://127.0.0.1:9/">
<link rel="stylesheet" href="http://127.0.0.1:9/s.css"><link rel="dns-prefetch" href="//example.invalid">
<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/away"><title>T</title></head>
<body><nav><a href="http://127.0.0.1:9/home">Home</a></nav>
<article><p>The <b>mayor</b> opened the bridge.</p><p class="cap">Photo: the river</p></article>
<form action="http://127.0.0.1:9/post"><button formaction="http://127.0.0.1:9/x">Go</button></form>
<script>document.body.innerHTML = "changed"</script></body></html>"""
BLOCKS = (Block("paragraph", "The mayor opened the bridge."), Block("caption", "Photo: the river", optional=True),
          Block("paragraph", "Only in hydration JSON."))


def test_the_policy_comes_first_and_nothing_can_load_or_navigate() -> None:
    view = safe_document(PAGE, BLOCKS)
    head = view.document.split("<head>", 1)[1]
    assert head.startswith(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">')
    assert "default-src 'none'" in CSP and "script-src" not in CSP
    for gone in ("<link", "<base", 'http-equiv="refresh"', "href=", "action=", "formaction="):
        assert gone not in view.document, gone
    assert "<script>" in view.document  # kept, inert: the sandbox and the policy stop it


def test_gold_blocks_are_outlined_in_the_smallest_element() -> None:
    view = safe_document(PAGE, BLOCKS)
    assert (view.located, view.blocks) == (2, 3)
    assert '<p class="nb-gold" data-nb-block="0">The <b>mayor</b> opened the bridge.</p>' in view.document
    assert '<p class="cap nb-gold-optional" data-nb-block="1">' in view.document


def test_the_frame_grants_nothing() -> None:
    frame, _ = sandboxed_frame(PAGE, BLOCKS, title='a "title"')
    assert frame.startswith('<iframe class="page" sandbox="" referrerpolicy="no-referrer" title="a &quot;title&quot;"')
    srcdoc = frame.split('srcdoc="', 1)[1].rsplit('"', 1)[0]
    assert '"' not in srcdoc  # the whole document is one attribute
    assert html.unescape(srcdoc).startswith("<!DOCTYPE html>") and "<script>" in html.unescape(srcdoc)
    lean, _ = sandboxed_frame(PAGE, BLOCKS, keep_scripts=False)
    assert "<script" not in html.unescape(lean) and "The <b>mayor</b>" in html.unescape(lean)


def test_a_page_with_control_characters_or_nothing_still_shows() -> None:
    assert "mayor" in safe_document("<p>The mayor\x00 spoke\x0b.</p>", BLOCKS).document
    empty = safe_document("", BLOCKS)
    assert empty.located == 0 and "Content-Security-Policy" in empty.document
