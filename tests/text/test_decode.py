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


# --- Every WHATWG encoding (https://encoding.spec.whatwg.org/encodings.json, as carried by webencodings) ---

# A sample in each encoding's script, written for this test, and a Python codec that encodes it
# independently of the codec newsbench picks to decode it.
WHATWG_SAMPLES = {
    "UTF-8": ("utf-8", "Phà Thủ Thiêm chạy lại — 渡し船"),
    "IBM866": ("cp866", "Паром снова ходит"),
    "ISO-8859-2": ("iso8859-2", "Prom do Świnoujścia pływa znów"),
    "ISO-8859-3": ("iso8859-3", "Ĝardeno ĉe la ĥoro, ŝipo kaj ĵurnalo"),
    "ISO-8859-4": ("iso8859-4", "Prāmis uz Klaipēdu atkal kursē; ŗ ļ ņ"),
    "ISO-8859-5": ("iso8859-5", "Паром снова ходит"),
    "ISO-8859-6": ("iso8859-6", "عادت العبارة إلى العمل"),
    "ISO-8859-7": ("iso8859-7", "Το πλοίο ξεκίνησε ξανά"),
    "ISO-8859-8": ("iso8859-8", "המעבורת חזרה לפעול"),
    "ISO-8859-8-I": ("iso8859-8", "המעבורת חזרה לפעול"),
    "ISO-8859-10": ("iso8859-10", "Ferjan siglir aftur til Þórshafnar; ŋ ĸ"),
    "ISO-8859-13": ("iso8859-13", "Keltas į Klaipėdą vėl plaukia"),
    "ISO-8859-14": ("iso8859-14", "Mae'r fferi'n hwylio eto i Ŵyl Ŷ"),
    "ISO-8859-15": ("iso8859-15", "Le bac reprend: 12 € l'aller, Œuvre"),
    "ISO-8859-16": ("iso8859-16", "Bacul spre Constanța circulă din nou; Ș ț"),
    "KOI8-R": ("koi8-r", "Паром снова ходит"),
    "KOI8-U": ("koi8-u", "Пором знову курсує до Їжакевичів; ґ є"),
    "macintosh": ("mac-roman", "Le bac reprend à Noël — ﬁn"),
    "windows-874": ("cp874", "เรือข้ามฟากกลับมาให้บริการ"),
    "windows-1250": ("cp1250", "Přívoz do Ostravy opět jezdí"),
    "windows-1251": ("cp1251", "Паром снова ходит"),
    "windows-1252": ("cp1252", "The ferry \u201cresumes\u201d \u2014 café"),
    "windows-1253": ("cp1253", "Το πλοίο ξεκίνησε ξανά"),
    "windows-1254": ("cp1254", "Feribot İstanbul'a yeniden başladı"),
    "windows-1255": ("cp1255", "המעבורת חזרה לפעול"),
    "windows-1256": ("cp1256", "عادت العبارة إلى العمل"),
    "windows-1257": ("cp1257", "Keltas į Klaipėdą vėl plaukia"),
    "windows-1258": ("cp1258", "Pha\u0300 Thu\u0309 Thiêm cha\u0323y la\u0323i"),
    "x-mac-cyrillic": ("mac-cyrillic", "Паром снова ходит"),
    "GBK": ("gbk", "轮渡服务在码头修复后恢复运营。"),
    "gb18030": ("gb18030", "轮渡服务恢复运营 \U00020000"),
    "Big5": ("big5", "渡輪服務在碼頭修復後恢復營運。"),
    "EUC-JP": ("euc-jp", "フェリーの運航が再開されました。"),
    "ISO-2022-JP": ("iso2022-jp", "フェリーの運航が再開されました。"),
    "Shift_JIS": ("shift_jis", "フェリーの運航が再開されました。"),
    "EUC-KR": ("euc-kr", "여객선 운항이 재개되었습니다."),
    "UTF-16BE": ("utf-16-be", "Ferry ⛴ resumes"),
    "UTF-16LE": ("utf-16-le", "Ferry ⛴ resumes"),
}


def test_every_whatwg_label_resolves_to_its_encoding() -> None:
    from webencodings import LABELS

    from newsbench.text.decode import WHATWG_NAMES, lookup

    assert len(LABELS) == 228 and len(WHATWG_NAMES) == 40
    assert {n.lower() for n in WHATWG_NAMES} == set(LABELS.values())
    for label, name in LABELS.items():
        assert lookup(label)[0].lower() == name, label
        assert lookup(f" {label.upper()} ")[0].lower() == name, label  # case and surrounding space do not matter
    # A few labels checked by hand against the standard's table.
    assert lookup("csisolatin4")[0] == "ISO-8859-4"
    assert lookup("x-mac-ukrainian")[0] == "x-mac-cyrillic"
    assert lookup("iso-ir-58")[0] == "GBK"
    assert lookup("x-cp1258")[0] == "windows-1258"
    assert lookup("hz-gb-2312")[0] == "replacement"
    assert lookup("dos-874")[0] == "windows-874"


def test_labels_browsers_do_not_know_are_refused() -> None:
    from newsbench.text.decode import lookup

    for label in ("latin9", "cp949", "euc-cn", "utf-7", "x-foo"):
        with pytest.raises(DecodeError, match="unknown encoding label"):
            lookup(label)


@pytest.mark.parametrize("name", sorted(WHATWG_SAMPLES))
def test_every_whatwg_encoding_decodes_a_sample(name: str) -> None:
    codec, text = WHATWG_SAMPLES[name]
    raw = f"<html><head><title>t</title></head><body><p>{text}</p></body></html>".encode(codec)
    page = decode(raw, name)
    assert (page.encoding, page.source) == (name, "declared")
    assert f"<p>{text}</p>" in page.text


def test_the_sample_table_covers_every_encoding_but_the_two_without_text() -> None:
    from newsbench.text.decode import WHATWG_NAMES

    assert set(WHATWG_NAMES) - set(WHATWG_SAMPLES) == {"replacement", "x-user-defined"}


def test_x_user_defined_and_replacement_decode_as_in_browsers() -> None:
    raw = b"<p>ok \x80\xff</p>"
    assert decode(raw, "x-user-defined").text == "<p>ok \uf780\uf7ff</p>"
    assert decode(b"<p>anything</p>", "iso-2022-kr", strict=False).text == "\ufffd"
    with pytest.raises(DecodeError, match="replacement encoding"):
        decode(b"<p>anything</p>", "iso-2022-kr")


def test_meta_labels_as_the_prescan_reads_them() -> None:
    text = "Prāmis uz Klaipēdu"
    page = decode(f'<meta charset="csisolatin4"><p>{text}</p>'.encode("iso8859-4"))
    assert (page.encoding, page.source) == ("ISO-8859-4", "meta") and text in page.text
    # An unknown meta label is ignored (browsers go on to the next step), not an error.
    page = decode('<meta charset="latin9"><p>café</p>'.encode())
    assert (page.encoding, page.source) == ("UTF-8", "utf-8-valid")
    # x-user-defined in a meta is read as windows-1252 (WHATWG prescan).
    page = decode('<meta charset="x-user-defined"><p>caf\u00e9</p>'.encode("cp1252"))
    assert page.encoding == "windows-1252" and page.text.endswith("<p>café</p>")


@pytest.mark.parametrize(("label", "codec", "text"), [
    ("windows-1258", "cp1258", "Tha\u0300nh ph\u00f4\u0301 Hu\u00ea\u0301 m\u01a1\u0309 la\u0323i b\u00ea\u0301n pha\u0300"),
    ("iso-8859-4", "iso8859-4", "Prāmis uz Klaipēdu atkal kursē"),
])
def test_an_import_of_pages_declaring_rarer_encodings_decodes_them(label: str, codec: str, text: str,
                                                                   tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsbench.corpus.pages import read_corpus
    from newsbench.importers.base import ImportedPage, write_corpus

    raw = f'<html><head><meta charset="{label}"></head><body><p>{text}</p></body></html>'.encode(codec)
    page = ImportedPage(id="p1", source_file="p1.html", url="https://x.example/p1", raw=raw)
    write_corpus("aeb", [page], tmp_path / "out")
    (read,) = read_corpus(tmp_path / "out").pages
    assert text in read.html and read.encoding.lower() == label
