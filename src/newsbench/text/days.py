"""Recognising a calendar day written on a page in the forms news sites use, in many languages."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from newsbench.text.normalize import clean, to_ascii_digits

# Month names (and common abbreviations) by month number, for the languages of our corpora (Hebrew, Greek,
# Swahili and Ukrainian added in December 2026).
# Matching is case-insensitive after NFKC; any language's names are accepted on any page.
_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "enero", "ene", "januar", "jänner", "janvier", "janv", "января", "январь", "जनवरी",
        "يناير", "كانون الثاني", "ژانویه", "janeiro", "gennaio", "ocak", "stycznia", "januari", "ינואר",
        "Ιανουαρίου", "Ιανουάριος", "Ιαν", "січня", "січень"),
    2: ("february", "feb", "febrero", "februar", "février", "févr", "февраля", "февраль", "फ़रवरी", "फरवरी",
        "فبراير", "شباط", "فوریه", "fevereiro", "febbraio", "şubat", "lutego", "februari", "פברואר",
        "Φεβρουαρίου", "Φεβρουάριος", "Φεβ", "лютого", "лютий"),
    3: ("march", "mar", "marzo", "märz", "maerz", "mär", "mars", "марта", "март", "मार्च", "مارس", "آذار",
        "março", "mart", "marca", "maart", "מרץ", "מרס", "Μαρτίου", "Μάρτιος", "Μαρ", "machi", "березня",
        "березень"),
    4: ("april", "apr", "abril", "abr", "avril", "avr", "апреля", "апрель", "अप्रैल", "أبريل", "ابريل",
        "نيسان", "آوریل", "aprile", "nisan", "kwietnia", "אפריל", "Απριλίου", "Απρίλιος", "Απρ", "aprili",
        "квітня", "квітень"),
    5: ("may", "mayo", "mai", "мая", "май", "मई", "مايو", "أيار", "مه", "maio", "maggio", "mayıs", "maja",
        "mei", "מאי", "Μαΐου", "Μαΐου", "Μάιος", "Μαΐ", "травня", "травень"),
    6: ("june", "jun", "junio", "juni", "juin", "июня", "июнь", "जून", "يونيو", "يونيه", "حزيران", "ژوئن",
        "junho", "giugno", "haziran", "czerwca", "יוני", "Ιουνίου", "Ιούνιος", "Ιουν", "червня", "червень"),
    7: ("july", "jul", "julio", "juli", "juillet", "juil", "июля", "июль", "जुलाई", "يوليو", "يوليه", "تموز",
        "ژوئیه", "julho", "luglio", "temmuz", "lipca", "יולי", "Ιουλίου", "Ιούλιος", "Ιουλ", "julai", "липня",
        "липень"),
    8: ("august", "aug", "agosto", "ago", "août", "августа", "август", "अगस्त", "أغسطس", "آب", "اوت",
        "ağustos", "sierpnia", "augustus", "אוגוסט", "Αυγούστου", "Αύγουστος", "Αυγ", "agosti", "серпня",
        "серпень"),
    9: ("september", "sep", "sept", "septiembre", "setiembre", "septembre", "сентября", "сентябрь", "सितंबर",
        "सितम्बर", "سبتمبر", "أيلول", "سپتامبر", "setembro", "settembre", "eylül", "września", "ספטמבר",
        "Σεπτεμβρίου", "Σεπτέμβριος", "Σεπ", "septemba", "вересня", "вересень"),
    10: ("october", "oct", "octubre", "oktober", "okt", "octobre", "октября", "октябрь", "अक्टूबर", "أكتوبر",
        "اكتوبر", "تشرين الأول", "اکتبر", "outubro", "ottobre", "ekim", "października", "אוקטובר", "Οκτωβρίου",
        "Οκτώβριος", "Οκτ", "oktoba", "жовтня", "жовтень"),
    11: ("november", "nov", "noviembre", "novembre", "ноября", "ноябрь", "नवंबर", "नवम्बर", "نوفمبر",
        "تشرين الثاني", "نوامبر", "novembro", "kasım", "listopada", "נובמבר", "Νοεμβρίου", "Νοέμβριος", "Νοε",
        "novemba", "листопада", "листопад"),
    12: ("december", "dec", "diciembre", "dic", "dezember", "dez", "décembre", "déc", "декабря", "декабрь",
        "दिसंबर", "दिसम्बर", "ديسمبر", "كانون الأول", "دسامبر", "dezembro", "dicembre", "aralık", "grudnia",
        "דצמבר", "Δεκεμβρίου", "Δεκέμβριος", "Δεκ", "desemba", "грудня", "грудень"),
}


# Greek is written with and without accents (capitals drop them: "ΜΑΪΟΥ" is "Μαΐου"): fold them away.
_GREEK_MARKS = re.compile("(?<=[\u0370-\u03ff\u1f00-\u1fff])[\u0300-\u036f]+")


def fold_page(text: str) -> str:
    """The form `mentions_day` searches: NFKC, ASCII digits, whitespace collapsed, case-folded, Greek accents dropped.

    A page is folded once and searched for each of its dates.

    >>> fold_page("Le 14\u00a0MARS \u0662\u0660\u0662\u0662")
    'le 14 mars 2022'
    """
    folded = clean(to_ascii_digits(unicodedata.normalize("NFKC", text))).casefold()
    return unicodedata.normalize("NFC", _GREEK_MARKS.sub("", unicodedata.normalize("NFD", folded)))


def day_patterns(day: date) -> list[re.Pattern[str]]:
    """Regular expressions, over `fold_page`d text, that match `day` written in a common form.

    Every pattern has a bounded reach (the gaps are at most 24 characters), so one search is
    linear in the text. Numeric forms: Y-M-D, Y/M/D, Y.M.D, YYYYMMDD, D.M.Y, D/M/Y, M/D/Y (with or without zero
    padding), CJK `Y年M月D日` and Korean `Y년 M월 D일`. Named forms: day, month name and year
    within a short window in either order ("21 October 2024", "Oct 21, 2024", "14 de mayo de
    2021", "14. März 2022", "21 अक्टूबर 2024").
    """
    y, m, d = day.year, day.month, day.day
    mm, dd = rf"0?{m}", rf"0?{d}"
    nb, ne = r"(?<![0-9])", r"(?![0-9])"
    numeric = [
        rf"{nb}{y}[-/.]{mm}[-/.]{dd}{ne}", rf"{nb}{y}{m:02d}{d:02d}{ne}",
        rf"{nb}{dd}[./-]{mm}[./-]{y}{ne}", rf"{nb}{mm}/{dd}/{y}{ne}",
        rf"{y}\s*年\s*{mm}\s*月\s*{dd}\s*日", rf"{y}\s*년\s*{mm}\s*월\s*{dd}\s*일",
    ]
    names = "|".join(re.escape(fold_page(n)) for n in sorted(_MONTHS[m], key=len, reverse=True))
    gap = r"[^0-9]{0,24}?"
    named = [
        rf"{nb}{dd}{ne}{gap}(?:{names})(?![^\W\d_]){gap}{y}{ne}",
        rf"(?<![^\W\d_])(?:{names})(?![^\W\d_]){gap}{dd}{ne}{gap}{y}{ne}",
    ]
    return [re.compile(p) for p in numeric + named]


def mentions_day(folded: str, day: date) -> bool:
    """True when `day` is written somewhere in `folded` (a `fold_page` result: markup, metadata and URL)."""
    return any(p.search(folded) for p in day_patterns(day))


def page_mentions_day(page_text: str, day: date) -> bool:
    """True when `day` is written somewhere in `page_text` (markup, metadata and URL included)."""
    return mentions_day(fold_page(page_text), day)
