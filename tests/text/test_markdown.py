"""Markdown into typed blocks (markdown-it-py) on hand-written documents of every construct."""

from __future__ import annotations

from newsbench.text.markdown import markdown_blocks, markdown_text


def test_every_block_construct_gets_its_kind() -> None:
    document = "\n".join([
        "Storm hits the coast", "====================", "",
        "## Damage", "", "Winds *reached* 120 km/h, [officials](https://x.example) said.", "",
        "1. Roads closed", "2. Ferries stopped", "", "   A second paragraph of item two.", "",
        "> Stay indoors.", "> - even in the garden", "",
        "| Town | Rain |", "|---|---|", "| Brest | 40 mm |", "", "---", "",
        "```", "print('code')", "```", "", "<aside>Raw <b>HTML</b> block</aside>", "",
        "![A flooded road](road.jpg)", "",
    ])
    assert markdown_blocks(document) == (
        ("heading", "Storm hits the coast"), ("heading", "Damage"),
        ("paragraph", "Winds reached 120 km/h, officials said."),
        ("list_item", "Roads closed"), ("list_item", "Ferries stopped"),
        ("list_item", "A second paragraph of item two."),
        ("quote", "Stay indoors."), ("list_item", "even in the garden"),
        ("table", "Town\tRain\nBrest\t40 mm"),
        ("paragraph", "print('code')"), ("paragraph", "Raw HTML block"), ("paragraph", "A flooded road"),
    )


def test_text_is_the_blocks_joined_by_blank_lines() -> None:
    body, blocks, kinds = markdown_text("# Title\n\nLine one\nline two  \nthree\n\n\n")
    assert body == "Title\n\nLine one line two three" and kinds == ("heading", "paragraph")
    assert blocks == ("Title", "Line one line two three")
    assert markdown_text("") == ("", (), ())
