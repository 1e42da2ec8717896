"""Reports that speak for whoever issued them, and a title's full stop in a name closing a sentence, on sentences
written for these tests.

"X said in a new report" makes X the issuer that "the report stated", "the 40-page report noted that"
and "The earlier report also asked" speak for; a report the story names no issuer for gives no one.
"…,” which covers …, Mr. Ostrand wrote." names its speaker at the sentence's end, the title's full stop
no end of the sentence.
"""

from __future__ import annotations

from .conftest import named, quote_of

REPORT = (
    "Both sides still recruit young fighters, Commissioner Lena Ostrand said in a new report made public today.\n\n"
    "Covering the past year, the 40-page report noted that “neither side has kept its pledge to stop.”\n\n"
)


def test_the_report_is_the_words_of_who_said_it_in_a_report() -> None:
    text = REPORT + "“The northern faction showed bad faith,” the report stated."
    assert named(quote_of(text, "neither side")) == "Lena Ostrand"
    assert named(quote_of(text, "The northern faction")) == "Lena Ostrand"


def test_the_earlier_report_is_the_same_issuer_s() -> None:
    text = REPORT + "The earlier report also asked all parties to “keep schools out of the fighting.”"
    assert named(quote_of(text, "keep schools")) == "Lena Ostrand"


def test_reports_received_by_a_body_make_it_no_issuer() -> None:
    text = (
        "Some 260 children were recruited, according to reports received by the Harbour Relief Fund.\n\n"
        "“Recruitment has fallen by half,” the report stated."
    )
    assert named(quote_of(text, "Recruitment has")) is None


def test_a_title_s_full_stop_in_the_name_closing_the_sentence() -> None:
    text = (
        "Lena Ostrand published the review on Monday.\n\n"
        "The factions failed to “release every child in their ranks,” which covers the camps, Mr. Kessler wrote."
    )
    assert named(quote_of(text, "release every child")) == "Kessler"
