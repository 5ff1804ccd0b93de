"""Decoding in browser order: BOM, declared, meta, valid UTF-8, detection; each legacy family decodes."""

from __future__ import annotations

import pytest

from newsbench.errors import DecodeError
from newsbench.text.decode import decode

SAMPLES = [
    ("windows-1251", "cp1251", "Паромное сообщение возобновлено после ремонта причала"),
    ("Shift_JIS", "shift_jis", "フェリーの運航が再開されました。港の修理が終わりました。"),
    ("gb18030", "gb18030", "轮渡服务在码头修复后恢复运营。"),
    ("ISO-8859-2", "iso8859-2", "Przewóz promowy wznowiono po naprawie nabrzeża w Świnoujściu."),
    ("UTF-8", "utf-8", "Ferry service résumé — ok"),
]


@pytest.mark.parametrize(("label", "codec", "text"), SAMPLES)
def test_meta_declared_encodings_decode(label: str, codec: str, text: str) -> None:
    raw = f'<html><head><meta charset="{label}"></head><body><p>{text}</p></body></html>'.encode(codec)
    page = decode(raw)
    assert text in page.text
    assert (page.source, page.encoding) == ("meta", label)


def test_http_equiv_content_type() -> None:
    raw = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Москва</p>'.encode("cp1251")
    assert decode(raw).text.endswith("Москва</p>")


def test_bom_wins_over_meta_and_declared_wins_over_meta() -> None:
    raw = b"\xef\xbb\xbf" + '<meta charset="windows-1252"><p>Łódź</p>'.encode()
    assert (decode(raw).encoding, decode(raw).source) == ("UTF-8", "bom")
    raw = '<meta charset="utf-8"><p>Москва</p>'.encode("cp1251")
    assert decode(raw, "windows-1251").text.endswith("Москва</p>")


def test_latin1_label_means_windows_1252_as_in_browsers() -> None:
    raw = '<meta charset="iso-8859-1"><p>\u201cquoted\u201d</p>'.encode("cp1252")
    page = decode(raw)
    assert page.encoding == "windows-1252" and "\u201cquoted\u201d" in page.text


def test_undeclared_legacy_page_is_detected_and_marked() -> None:
    text = "Паромное сообщение через реку возобновлено после долгого ремонта причала и проверки судов."
    page = decode(f"<p>{text}</p>".encode("cp1251"))
    assert page.source == "detected" and text in page.text


def test_bytes_invalid_for_declared_encoding_and_empty_page() -> None:
    with pytest.raises(DecodeError, match="not valid UTF-8"):
        decode(b'<meta charset="utf-8"><p>\xff\xfe\xfa</p>')
    with pytest.raises(DecodeError, match="empty"):
        decode(b"")
