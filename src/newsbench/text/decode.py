"""Decoding a page's raw bytes as a browser would: BOM, transport charset, meta charset, detection."""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

from newsbench.errors import DecodeError

# The WHATWG Encoding Standard: every label (228) -> one of its 40 encodings, from `webencodings`
# (which carries the standard's table), with each encoding's name as the standard spells it.
# Browsers decode some legacy encodings as supersets; so do we, through these Python codecs:
# Shift_JIS -> cp932 (windows-31j), EUC-KR -> cp949 (UHC), Big5 -> big5hkscs, GBK -> gb18030
# (the standard's GBK decoder is its gb18030 decoder), windows-874 -> cp874.
WHATWG_NAMES = (
    "UTF-8", "IBM866", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7",
    "ISO-8859-8", "ISO-8859-8-I", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16",
    "KOI8-R", "KOI8-U", "macintosh", "windows-874", "windows-1250", "windows-1251", "windows-1252",
    "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258",
    "x-mac-cyrillic", "GBK", "gb18030", "Big5", "EUC-JP", "ISO-2022-JP", "Shift_JIS", "EUC-KR", "replacement",
    "UTF-16BE", "UTF-16LE", "x-user-defined",
)
CODEC_OVERRIDES = {"Shift_JIS": "cp932", "EUC-KR": "cp949", "Big5": "big5hkscs", "GBK": "gb18030",
                   "windows-874": "cp874"}
# The replacement encoding (labels such as iso-2022-kr, hz-gb-2312) decodes any input to one U+FFFD:
# browsers refuse these encodings because they can hide markup from filters.
REPLACEMENT = "replacement"


def _label_table() -> dict[str, tuple[str, str]]:
    """Every WHATWG label (lower case) -> (the encoding's name as the standard spells it, a Python codec name)."""
    from webencodings import LABELS, PYTHON_NAMES

    spelled = {name.lower(): name for name in WHATWG_NAMES}
    table = {}
    for label, lower in LABELS.items():
        name = spelled[lower]
        codec = CODEC_OVERRIDES.get(name) or PYTHON_NAMES.get(lower, lower)
        table[label] = (name, codec)
    return table


_LABELS: dict[str, tuple[str, str]] = _label_table()
# Encodings whose decoder webencodings implements itself (no Python codec of that name).
_OWN_CODECS = ("x-user-defined",)

_BOMS = ((codecs.BOM_UTF8, "UTF-8"), (codecs.BOM_UTF16_LE, "UTF-16LE"), (codecs.BOM_UTF16_BE, "UTF-16BE"))
_META_OPEN = re.compile(rb"<meta\b", re.I)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HEAD_END = re.compile(rb"</head\s*>", re.I)
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
    """The charset label declared by the first <meta> in the head that has one, or None.

    The head is the page up to `</head>` or PRESCAN_BYTES, comments removed. A meta tag runs
    from `<meta` to the next `>`; its label is the first `charset=` in it, as an attribute
    (`<meta charset="utf-8">`) or inside a content value (`<meta http-equiv="Content-Type"
    content="text/html; charset=windows-1251">`, in either attribute order). Linear in the head.

    >>> meta_charset(b'<head><!-- <meta charset="x"> --><meta content="text/html; charset=koi8-r" http-equiv="content-type">')
    'koi8-r'
    """
    head = raw[:PRESCAN_BYTES]
    end = _HEAD_END.search(head)
    if end:
        head = head[: end.start()]
    head = _without_comments(head)
    pos = 0
    while (tag := _META_OPEN.search(head, pos)) is not None:
        close = head.find(b">", tag.end())
        found = _CHARSET.search(head, tag.end(), close if close >= 0 else len(head))
        if found:
            return found.group(1).decode("ascii")
        if close < 0:
            return None
        pos = close + 1
    return None


def _without_comments(head: bytes) -> bytes:
    """`head` without its comments (`<!--` to the next `-->`); an unterminated one is left as text."""
    kept, pos = [], 0
    while (start := head.find(b"<!--", pos)) >= 0:
        end = head.find(b"-->", start + 4)
        if end < 0:
            break
        kept.append(head[pos:start])
        pos = end + 3
    kept.append(head[pos:])
    return b"".join(kept)


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


def decode(raw: bytes, declared: str | None = None, *, strict: bool = True, errors: str | None = None) -> Decoded:
    """Decode page bytes in the browser's order of precedence.

    1. a byte-order mark; 2. `declared` (the transport charset: an HTTP header, or the
    encoding confirmed in the gold; an unknown label is a DecodeError); 3. a meta charset in the
    head (an unknown label is ignored, as browsers do); 4. UTF-8 when the bytes are
    valid UTF-8; 5. statistical detection (charset-normalizer), recorded as source "detected".
    With `strict`, bytes that the chosen encoding cannot decode raise DecodeError; otherwise
    they become U+FFFD as in a browser (`errors` names another registered handler for that).
    """
    if not raw:
        raise DecodeError("page is empty (0 bytes)")
    errors = "strict" if strict else errors or "replace"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return Decoded(_decode(raw[len(bom):], name, errors), name, "bom")
    for label, source in ((declared, "declared"), (meta_charset(raw), "meta")):
        if not label:
            continue
        if source == "meta" and label.strip().lower() not in _LABELS:
            continue  # browsers ignore a meta charset they do not know and go on to the next step
        name = lookup(label)[0]
        # A meta charset is only found by an ASCII-compatible prescan, so browsers read a page
        # labelled UTF-16 there as UTF-8, and x-user-defined as windows-1252 (WHATWG prescan).
        if source == "meta" and name.startswith("UTF-16"):
            name = "UTF-8"
        if source == "meta" and name == "x-user-defined":
            name = "windows-1252"
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


@dataclass(frozen=True, slots=True)
class Lenient:
    """A page decoded as a browser renders it: invalid bytes replaced, and how many bytes that was."""

    decoded: Decoded
    replaced_bytes: int


_COUNTED = "newsbench-replace-counted"
_replaced = threading.local()


def _replace_counted(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: one U+FFFD for each invalid byte sequence, its bytes added to a per-thread count."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _replaced.count += exc.end - exc.start
    return "\ufffd", exc.end


codecs.register_error(_COUNTED, _replace_counted)


def decode_lenient(raw: bytes, declared: str | None = None) -> Lenient:
    """`decode` as a browser renders a page: the same choice of encoding, each invalid byte sequence
    becoming U+FFFD (one per maximal invalid subsequence, as Python's "replace" handler does), and
    the number of bytes so replaced. A page in the replacement encoding counts all its bytes as
    replaced. DecodeError only for an empty page, an unknown declared label, or no encoding found.

    >>> lenient = decode_lenient(b"caf\\xe9 ok", "utf-8")
    >>> lenient.decoded.text, lenient.replaced_bytes
    ('caf\\ufffd ok', 1)
    """
    try:
        return Lenient(decode(raw, declared), 0)
    except DecodeError:
        pass
    _replaced.count = 0
    decoded = decode(raw, declared, strict=False, errors=_COUNTED)
    return Lenient(decoded, len(raw) if decoded.encoding == REPLACEMENT else _replaced.count)


def _decode(raw: bytes, name: str, errors: str) -> str:
    if name == REPLACEMENT:
        if errors == "strict":
            raise DecodeError("the page is labelled with the replacement encoding (e.g. iso-2022-kr, hz-gb-2312), "
                              "which browsers decode as one U+FFFD")
        return "\ufffd"
    codec = _LABELS[name.lower()][1] if name.lower() in _LABELS else name
    try:
        if codec in _OWN_CODECS:
            import webencodings

            return str(webencodings.lookup(codec).codec_info.decode(raw, errors)[0])
        return raw.decode(codec, errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"bytes {exc.start}-{exc.end} are not valid {name} (page declares or was detected as {name})"
        ) from None
    except LookupError:
        raise DecodeError(f"no codec for encoding {name!r}") from None
