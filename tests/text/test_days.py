"""Days written in page text, in the forms and languages our pages and real ones use."""

from __future__ import annotations

from datetime import date

import pytest

from newsbench.text.days import page_mentions_day

DAY = date(2024, 3, 12)


@pytest.mark.parametrize("text", [
    "2024-03-12T08:15", "12.03.2024", "3/12/2024", "2024年3月12日", "2024년 3월 12일", "20240312",
    "12 March 2024", "Mar 12, 2024", "12 de marzo de 2024", "12. März 2024", "12 mars 2024",
    "12 марта 2024", "12 березня 2024", "12 במרץ 2024", "Τρίτη 12 Μαρτίου 2024", "ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2024",
    "Jumanne, Machi 12, 2024", "١٢ مارس ٢٠٢٤", "१२ मार्च २०२४", "12 Mart 2024", "12 marca 2024",
])
def test_the_day_is_found_in_every_form(text: str) -> None:
    assert page_mentions_day(f"<p>Published {text}</p>", DAY)


@pytest.mark.parametrize("text", ["13 March 2024", "12 April 2024", "2024-03-21", "Τρίτη 12 Απριλίου 2024",
                                  "12 квітня 2024", "112.03.2024", "12 Machi 2023"])
def test_another_day_is_not_taken_for_it(text: str) -> None:
    assert not page_mentions_day(text, DAY)


def test_greek_accents_fold_both_ways() -> None:
    assert page_mentions_day("5 ΜΑΪΟΥ 2020", date(2020, 5, 5)) and page_mentions_day("5 Μαΐου 2020", date(2020, 5, 5))
