"""Page scanning is linear and means what the regular expressions it replaces meant (issue 12).

The validator scanned a page with regular expressions that rescan to the end of the page for
every unterminated `<script>`, `<!--`, `<` or quoted `<meta content="`: quadratic, a 243 KB page
took a minute. The linear scanners must find exactly what those expressions found; these
properties compare them on generated markup made of the characters that matter, and a
subprocess with a deadline shows that pages at the size limit are validated at all (the
timings themselves are measured by benchmark/perf_validate.py, not asserted here).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from conftest import run_newsbench
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbench.text.decode import meta_charset
from newsbench.text.normalize import _script_strings, strip_tags

# The expressions of newsbench 0.x, the reference meaning.
OLD_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
OLD_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.S | re.I)
OLD_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"', re.S)
OLD_META = re.compile(
    rb"""<meta\b[^>]*?(?:charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|http-equiv\s*=\s*["']?content-type["']?[^>]*?content\s*=\s*["'][^"']*?charset\s*=\s*([A-Za-z0-9._:-]+))""",
    re.I | re.S,
)


def old_strip_tags(markup: str) -> str:
    return html.unescape(OLD_TAG.sub(" ", markup))


def old_script_strings(markup: str) -> list[str]:
    out = []
    for script in OLD_SCRIPT.findall(markup):
        for literal in OLD_JSON_STRING.findall(script):
            try:
                value = json.loads(f'"{literal}"')
            except json.JSONDecodeError:
                continue
            if len(value) >= 2:
                out.append(old_strip_tags(value))
    return out


def old_meta_charset(head: bytes) -> str | None:
    head = re.sub(rb"<!--.*?-->", b"", head, flags=re.S)
    found = OLD_META.search(head)
    return next(g for g in found.groups() if g).decode("ascii") if found else None


# Markup from the pieces the scanners react to, in any order and number.
PIECES = ["<", ">", "<!--", "-->", "--", "!", "<script>", "<script type='x'>", "</script>", "</SCRIPT >", "<scripts>",
          '"', '\\"', "\\\\", "\\", "\n", "a", "é", " ", "&amp;", "&#x41;", "<p>", "</p>", '"ab"', '"x<b>y</b>"']
markup = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(markup)
def test_strip_tags_matches_the_regular_expression(text: str) -> None:
    assert strip_tags(text) == old_strip_tags(text)


@settings(max_examples=400, deadline=None)
@given(markup)
def test_script_strings_match_the_regular_expressions(text: str) -> None:
    assert _script_strings(text) == old_script_strings(text)


# Heads of meta tags whose attribute values are quoted properly (as the HTML a browser meets),
# at most one charset declaration a tag, with other tags, comments and unterminated fragments between.
value = st.sampled_from(["utf-8", "windows-1251", "koi8-r", "x-no-such", "text/html", "width=device-width"])
declaration = st.one_of(value.map(lambda v: f'charset="{v}"'), value.map(lambda v: f"charset={v}"),
                        value.map(lambda v: f'content="text/html; charset={v}"'))
other = st.sampled_from(['http-equiv="Content-Type"', 'name="viewport"', "content='width=device-width'", "itemprop=x"])
meta = st.tuples(st.lists(other, max_size=2), st.lists(declaration, max_size=1), st.lists(other, max_size=2)).map(
    lambda parts: "<meta " + " ".join(parts[0] + parts[1] + parts[2]) + ">")
filler = st.sampled_from(["<title>T</title>", "<!-- <meta charset=gbk> -->", "<!--", "<link rel=x>", "\n", "<"])
head = st.lists(st.one_of(meta, filler), max_size=8).map(lambda parts: "<head>" + "".join(parts))


@settings(max_examples=400, deadline=None)
@given(head)
def test_meta_charset_matches_the_regular_expression_on_well_formed_tags(text: str) -> None:
    assert meta_charset(text.encode()) == old_meta_charset(text.encode())


def test_the_first_declaration_in_a_tag_wins_as_in_the_html_prescan() -> None:
    # The old expression preferred a content charset after http-equiv over an earlier charset
    # attribute; the HTML standard's prescan (and now newsbench) takes the first declaration.
    tag = b'<meta http-equiv="Content-Type" charset="utf-8" content="text/html; charset=windows-1251">'
    assert meta_charset(tag) == "utf-8"
    assert meta_charset(tag.replace(b'charset="utf-8" ', b"") + b'<meta charset="utf-8">') == "windows-1251"


@pytest.mark.slow
def test_pages_at_the_size_limit_built_to_be_quadratic_validate_within_minutes(tmp_path: Path) -> None:
    """Each page would take hours to days with the old expressions; a deadline turns a regression into a failure."""
    start = "<html><head><title>T</title></head><body><h1>Quiet night</h1><p>The harbour was calm.</p>"
    pages = {  # each cut off after its unit, as by a truncated download: nothing closes what the unit opens
        "script-tags": start + "<script>var slot = 1;" * (7_900_000 // 21),
        "script-strings": start + '<script>var s = "' + 'a\\"' * (7_900_000 // 3) + "\n</script>",
        "comments": start + "<!-- a " * (7_900_000 // 7),
        "lone-lt": start + "< a " * (7_900_000 // 4),
        "meta-tags": start.replace("</head>", "") + '<meta content="abc charset= ' * (7_900_000 // 28),
    }
    root = tmp_path / "corpus"
    (root / "raw_html").mkdir(parents=True)
    (root / "gold").mkdir()
    for n, (shape, page) in enumerate(pages.items(), start=1):
        assert 7_800_000 < len(page) < 8 * 2**20
        (root / "raw_html" / f"s-{n:02d}.html").write_text(page, encoding="utf-8")
        gold = {"id": f"s-{n:02d}", "url": "https://x.example/a", "language": "en", "site": shape,
                "headline": "Quiet night", "published": None, "modified": None, "authors": [], "summary": "",
                "body": [{"kind": "paragraph", "text": "The harbour was calm.", "optional": False}],
                "entities": [], "phenomena": ["nav-menu"], "license": "CC-BY-4.0", "notes": ""}
        (root / "gold" / f"s-{n:02d}.json").write_text(json.dumps(gold), encoding="utf-8")
    done = run_newsbench("validate", str(root), timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
