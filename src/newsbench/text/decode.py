"""Decoding a page's raw bytes as a browser would: BOM, transport charset, meta charset, detection."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsbench.errors import DecodeError

# WHATWG Encoding Standard labels -> (canonical name, Python codec). Browsers treat several
# legacy labels as supersets (latin1 -> windows-1252, gb2312 -> GBK, shift_jis -> windows-31j).
_LABELS: dict[str, tuple[str, str]] = {}


def _register(name: str, codec: str, *labels: str) -> None:
    for label in (name, *labels):
        _LABELS[label.lower()] = (name, codec)


_register("UTF-8", "utf-8", "utf8", "unicode-1-1-utf-8")
_register("UTF-16LE", "utf-16-le", "utf-16", "unicode")
_register("UTF-16BE", "utf-16-be")
_register("windows-1252", "cp1252", "iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "iso8859-1",
          "iso_8859-1", "cp1252", "x-cp1252", "cp819")
_register("windows-1250", "cp1250", "cp1250", "x-cp1250")
_register("windows-1251", "cp1251", "cp1251", "x-cp1251")
_register("windows-1253", "cp1253", "cp1253")
_register("windows-1254", "cp1254", "iso-8859-9", "latin5", "cp1254")
_register("windows-1255", "cp1255", "cp1255")
_register("windows-1256", "cp1256", "cp1256")
_register("windows-1257", "cp1257", "cp1257")
_register("windows-874", "cp874", "tis-620", "iso-8859-11", "dos-874")
_register("ISO-8859-2", "iso8859-2", "latin2", "iso8859-2", "iso_8859-2", "l2")
_register("ISO-8859-5", "iso8859-5", "cyrillic", "iso8859-5", "iso_8859-5")
_register("ISO-8859-6", "iso8859-6", "arabic", "iso8859-6", "iso_8859-6")
_register("ISO-8859-7", "iso8859-7", "greek", "iso8859-7", "iso_8859-7")
_register("ISO-8859-8", "iso8859-8", "hebrew", "iso8859-8", "iso_8859-8", "visual")
_register("ISO-8859-15", "iso8859-15", "latin9", "iso8859-15", "iso_8859-15")
_register("KOI8-R", "koi8-r", "koi8", "koi")
_register("KOI8-U", "koi8-u")
_register("gb18030", "gb18030")
_register("GBK", "gb18030", "gb2312", "chinese", "csgb2312", "x-gbk", "euc-cn", "gb_2312-80")
_register("Big5", "big5hkscs", "big5-hkscs", "cn-big5", "x-x-big5")
_register("Shift_JIS", "cp932", "shift-jis", "sjis", "ms_kanji", "windows-31j", "x-sjis", "csshiftjis")
_register("EUC-JP", "euc-jp", "x-euc-jp")
_register("ISO-2022-JP", "iso2022-jp")
_register("EUC-KR", "cp949", "ks_c_5601-1987", "windows-949", "korean", "cp949")

_BOMS = ((codecs.BOM_UTF8, "UTF-8"), (codecs.BOM_UTF16_LE, "UTF-16LE"), (codecs.BOM_UTF16_BE, "UTF-16BE"))
_META = re.compile(
    rb"""<meta\b[^>]*?(?:charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|http-equiv\s*=\s*["']?content-type["']?[^>]*?content\s*=\s*["'][^"']*?charset\s*=\s*([A-Za-z0-9._:-]+))""",
    re.I | re.S,
)
_CONTENT_FIRST = re.compile(
    rb"""<meta\b[^>]*?content\s*=\s*["'][^"']*?charset\s*=\s*([A-Za-z0-9._:-]+)[^>]*?http-equiv\s*=\s*["']?content-type""",
    re.I | re.S,
)
# Browsers honour a meta charset met while parsing the head; we look as far as </head> or 64 KiB.
PRESCAN_BYTES = 65536


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded page: its text, the canonical encoding name and where that name came from."""

    text: str
    encoding: str
    source: str  # "bom" | "declared" | "meta" | "utf-8-valid" | "detected"


def lookup(label: str) -> tuple[str, str]:
    """Canonical name and Python codec of an encoding label; DecodeError when unknown."""
    try:
        return _LABELS[label.strip().lower()]
    except KeyError:
        raise DecodeError(f"unknown encoding label {label!r}") from None


def meta_charset(raw: bytes) -> str | None:
    """The charset label declared by the first <meta charset> or http-equiv Content-Type in the head."""
    head = raw[:PRESCAN_BYTES]
    end = re.search(rb"</head\s*>", head, re.I)
    if end:
        head = head[: end.start()]
    head = re.sub(rb"<!--.*?-->", b"", head, flags=re.S)
    found = _META.search(head) or _CONTENT_FIRST.search(head)
    if not found:
        return None
    return next(g for g in found.groups() if g).decode("ascii")


def _detect(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    # Browsers only ever detect WHATWG encodings: skip candidates such as mac_cyrillic.
    for match in from_bytes(raw):
        if _whatwg_name(str(match.encoding)) is not None:
            return str(match.encoding)
    return None


def _whatwg_name(codec: str) -> str | None:
    """The WHATWG name of a Python codec name, or None when browsers do not support it."""
    key = codec.replace("_", "-").lower()
    if key in _LABELS:
        return _LABELS[key][0]
    if key.startswith("cp") and ("windows-" + key[2:]) in _LABELS:
        return _LABELS["windows-" + key[2:]][0]
    return {"cp932": "Shift_JIS", "cp949": "EUC-KR", "big5hkscs": "Big5", "euc-jis-2004": "EUC-JP"}.get(key)


def decode(raw: bytes, declared: str | None = None, *, strict: bool = True) -> Decoded:
    """Decode page bytes in the browser's order of precedence.

    1. a byte-order mark; 2. `declared` (the transport charset: an HTTP header, or the
    encoding confirmed in the gold); 3. a meta charset in the head; 4. UTF-8 when the bytes are
    valid UTF-8; 5. statistical detection (charset-normalizer), recorded as source "detected".
    With `strict`, bytes that the chosen encoding cannot decode raise DecodeError; otherwise
    they become U+FFFD as in a browser.
    """
    if not raw:
        raise DecodeError("page is empty (0 bytes)")
    errors = "strict" if strict else "replace"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return Decoded(_decode(raw[len(bom):], name, errors), name, "bom")
    for label, source in ((declared, "declared"), (meta_charset(raw), "meta")):
        if label:
            name = lookup(label)[0]
            # A page labelled UTF-16 in meta is ASCII-compatible on the wire: browsers use UTF-8.
            if source == "meta" and name.startswith("UTF-16"):
                name = "UTF-8"
            return Decoded(_decode(raw, name, errors), name, source)
    try:
        return Decoded(raw.decode("utf-8"), "UTF-8", "utf-8-valid")
    except UnicodeDecodeError:
        pass
    guess = _detect(raw)
    if guess is None:
        raise DecodeError("no charset declared, not valid UTF-8, and detection found no encoding")
    name = _whatwg_name(guess) or guess
    return Decoded(_decode(raw, name, errors), name, "detected")


def _decode(raw: bytes, name: str, errors: str) -> str:
    codec = _LABELS[name.lower()][1] if name.lower() in _LABELS else name
    try:
        return raw.decode(codec, errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"bytes {exc.start}-{exc.end} are not valid {name} (page declares or was detected as {name})"
        ) from None
    except LookupError:
        raise DecodeError(f"no codec for encoding {name!r}") from None
