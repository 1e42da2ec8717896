"""Quotations, key figures, dates, agencies, bylines and language, from sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscorpus.config import Config
from newscorpus.extract import date_patterns, extract_article
from newscorpus.extract.authors import find_authors
from newscorpus.extract.dates import resolve_weekday
from newscorpus.extract.figures import find_figures
from newscorpus.model import Article, Source, SourceMeta

CONFIG = Config()


def article(text: str, meta: SourceMeta | None = None) -> Article:
    result = extract_article(Source(id="story", path="story.txt", text=text, meta=meta or SourceMeta()), CONFIG)
    assert result is not None
    return result


# --- quotations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # Speaker after the quotation, name then verb.
        ("“We will rebuild the bridge,” Mayor Tomas Berg said.", "We will rebuild", "Tomas Berg"),
        # Verb then speaker, with a role before the name.
        ("“Prices will fall,” said analyst Ines Duarte of the bank.", "Prices will fall", "Ines Duarte"),
        # A noun phrase speaker the text names only so: the phrase itself.
        ('"Our units have pulled back to new lines," the navy said.', "Our units have", "the navy"),
        # "he said" after a named speaker is that speaker.
        (
            "Coach Anton Weiss praised the team.\n\n“They fought to the end,” he said.",
            "They fought",
            "Anton Weiss",
        ),
        # "she told AFP by telephone": the woman named before, not the agency.
        (
            "Dana, a 40-year-old teacher, stayed home.\n\n“The streets are empty,” she told AFP by telephone.",
            "The streets",
            "Dana",
        ),
        # Speaker before the quotation, with words between verb and quotation.
        ("Greenpeace warned the plan “puts whole species at risk” in a report.", "puts whole species", "Greenpeace"),
        # A name, an aside, then the verb.
        ("“Talks are stuck,” Okoro, a delegate at the summit, told reporters.", "Talks are stuck", "Okoro"),
        # "the company said" refers back to the company named before.
        (
            "Lindqvist Paper Corp cut its forecast.\n\n“Demand has weakened,” the company said.",
            "Demand has weakened",
            "Lindqvist Paper Corp",
        ),
        # The attribution closes the sentence after a short quoted phrase.
        ("Troops entered the town “from two sides” and took the bridge, said the army.", "from two sides", "the army"),
        # A quotation with no speaker named anywhere.
        ("The banner read “no more war” in red letters.", "no more war", None),
    ],
)
def test_quote_speakers(text: str, quote_start: str, speaker: str | None) -> None:
    quotes = article("Opening line of the story goes here.\n\n" + text).quotes
    quote = next(q for q in quotes if q.text.startswith(quote_start))
    assert quote.speaker == speaker


def test_quote_spanning_paragraphs_is_one_quotation() -> None:
    # An opening mark with no closing one goes on where the next paragraph reopens it: one
    # quotation, one quote per paragraph, the attribution at its end giving both their speaker.
    text = "Opening line.\n\n“The first part runs on,\n\n“and the second part ends here,” said Minister Ola Nordmann."
    quotes = article(text).quotes
    assert [q.text for q in quotes] == ["The first part runs on", "and the second part ends here"]
    assert [q.speaker for q in quotes] == ["Ola Nordmann", "Ola Nordmann"]


def test_unattributed_quote_after_a_speaker_is_theirs() -> None:
    # A quotation paragraph right after a speaker's quotation continues their words.
    text = (
        "Opening line.\n\nLeila, a 19-year-old student, waited.\n\n"
        "“We hear shelling all night,” she told reporters.\n\n“We cannot sleep.”"
    )
    quotes = article(text).quotes
    assert [(q.text, q.speaker) for q in quotes][-1] == ("We cannot sleep.", "Leila")


@pytest.mark.parametrize(
    "text",
    [
        # Straight and curly marks both open quotations.
        '"Water is rising fast," said Governor Ruth Kamau.',
        "“Water is rising fast,” said Governor Ruth Kamau.",
    ],
)
def test_straight_and_curly_marks(text: str) -> None:
    quotes = article(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Water is rising fast", "Ruth Kamau")]


def test_single_scare_quoted_word_is_not_a_quotation() -> None:
    assert article("Opening.\n\nHe called the plan “outrageous” on Monday.").quotes == ()


# --- key figures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "counts"),
    [
        # A count with the outcome later in the sentence.
        ("Officials said 412 people, most of them fishermen, were killed.", "412", 412, None, "people killed"),
        # Thousands separators.
        ("Some 48,500 residents were newly displaced by the floods.", "48,500", 48500, None, "residents displaced"),
        # Percent written as words, with a hyphen after the number.
        ("He ordered a 30-per cent raise in nurses’ pay.", "30-per cent", 30, "pct", "raise"),
        ("Sales rose 12.5 percent last year.", "12.5 percent", 12.5, "pct", None),
        # Wire style: scale words and "dlrs".
        ("The company will sell 5.93 mln dlrs of notes.", "5.93 mln dlrs", 5930000, "dlrs", "of"),
        # A number word counts with a unit.
        ("Output fell nine pct in March.", "nine pct", 9, "pct", None),
        # A currency sign.
        ("The fine was $2.5 billion in total.", "$2.5 billion", 2.5e9, "dlrs", "in"),
        # Fractions in prices.
        ("The stock closed at 87-3/4 dlrs.", "87-3/4 dlrs", 87.75, "dlrs", None),
        # A fraction alone, with its unit (without one, "12/16" is a date).
        ("Lenders cut the margin to 7/8 pct.", "7/8 pct", 0.875, "pct", None),
        # A price move in eighths, written alone after the word that moves it.
        ("The stock closed down 1/4 at 15-3/4.", "1/4", 0.25, None, None),
        # A count after a word that numbers things elsewhere ("Flight 370") still counts.
        ("The flight carried 239 people.", "239", 239, None, "people"),
        # An early year is read only alone: a plural after it makes it a count; a figure after a name and
        # before a full stop, with no comma, is no age.
        ("Power returned in 1500 homes.", "1500", 1500, None, "homes"),
        ("Exports to Japan rose to 450.", "450", 450, None, None),
        # South Asian scales and the rupee's signs: a lakh is 100,000, a crore ten million.
        ("The state will give Rs 1 lakh to each family.", "Rs 1 lakh", 100000, "rupees", None),
        ("The line will cost Rs. 500 crore in all.", "Rs. 500 crore", 5e9, "rupees", None),
        ("Tickets cost ₹2,000 at the gate.", "₹2,000", 2000, "rupees", None),
        ("Imports fell to 7.68 billion rupees in February.", "7.68 billion rupees", 7.68e9, "rupees", None),
    ],
)
def test_figures(sentence: str, text: str, value: float, unit: str | None, counts: str | None) -> None:
    figures = article("Opening line.\n\n" + sentence).figures
    figure = next(f for f in figures if f.text == text)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.sentence == sentence
    if counts not in (None, "of", "in"):
        assert figure.counts == counts


@pytest.mark.parametrize(
    "sentence",
    [
        # Years, ages, days of the month and clock times are not key figures.
        "The war began in 2011.",
        "A 22-year-old student spoke.",
        # A number in a compound adjective describes, it does not count.
        "The 10-year note yield fell.",
        "The offensive began on November 27.",
        "The strike began at 6 a.m.",
        # "one" alone is too weak to be a figure.
        "It was one of the worst days.",
        # Numbers that name a thing: ordinals, models glued to a letter, a number after the word it numbers.
        "The fire broke out on the 24th floor of the tower.",
        "The set plays 4K video.",
        "The console's version 5.50 update lets owners set time limits.",
        "Flight 370 vanished over the sea.",
        "The Cubs won Game 7 in the rain.",
        # A number after a capitalised word names a model or a sequel.
        "The pilot of the Boeing 777 reported a loss of power.",
        "Shoppers queued for the new Pixel 8000 all night.",
        # Parts of a clock time, a date, a score, a record, a decade or a telephone number.
        "The goal came at 00:48 of the second half.",
        "Residents saw the light on 12/26 from the coast.",
        "The Cubs were 3-1 down in the series.",
        "Chicago finished with a 103-58 record this season.",
        "He coached them to a 50-32-1 record.",
        "Yao hit 14-of-21 shots and went 8-of-9 from the line.",
        "The shortstop went 3-for-5 with a homer.",
        "Prices were higher in the 60s and 70s.",
        "Readers can call 0207 782 4368 with news.",
        # An age between commas after a name.
        "Fans cheered, said Fadiyla Mance, 25, as she waved a flag.",
        "She spoke of her children, ages 7 and 10.",
        "Friends threw a party for Bruce, who turned 50 on Sunday.",
        "He lived with his girlfriend, Marilou Danley, 62.",
        "Players over the age of 18 may enter the draw.",
        "“Fame is but wind,” Thomas Coryate wrote, in 1611.",
        # A counter's total, and a name with an apostrophe before its number.
        "Hide Caption 23 of 59",
        "Time 36 of 41 Skip in Skip",
        # A clock time in wire style, a shirt number.
        "Shares were quoted by 1228 gmt in London.",
        "Receiver DeAndre Hopkins (10) reaches for the ball.",
        "The probe is known as Chang’e 4.",
        # A clock time with its "p.m" unfinished, a model named in camel case, a model before "is", a
        # passer's record ("20 of 29 for 226 yards").
        "5.50 p.m: Police say the search is over.",
        "Owners of the iPhone 6 will get new batteries.",
        "The Google Pixel 2 is the best rated camera.",
        "Yates was 7 of 16 for the Texans.",
        # A plural's ending glued to a number names a team.
        "Nolan will fill his staff, but the 49ers already have dropped three coaches.",
        # A unit's word capitalised inside a sentence in lower case is a name's ("50 Cent", a rapper).
        "The drugs were shipped to 50 Cent under a false name, the newspaper said.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert article("Opening line.\n\n" + sentence).figures == ()


@pytest.mark.parametrize(
    ("line", "text"),
    [("Oil Prices Jump 5 Percent As Supply Falls", "5 Percent"), ("SHARES RISE 50 CENTS AFTER RESULTS", "50 CENTS")],
)
def test_units_in_capitals_of_a_title_or_a_wire_still_measure(line: str, text: str) -> None:
    assert [f.text for f in find_figures([line], 10)] == [text]


def test_a_number_named_once_is_a_name_in_the_whole_article() -> None:
    # "system update 5.50" names the update: "5.50 allows" later speaks of it, counts nothing; a
    # price with its unit still counts.
    text = "Sony detailed system update 5.50.\n\nBut 5.50 allows you to pick a wallpaper. It costs 5.50 dollars."
    assert [f.text for f in article(text).figures] == ["5.50 dollars"]
    # Flight 446, then "446 took off".
    assert article("Opening line.\n\nFlight 446 was delayed.\n\n446 took off at night.").figures == ()


def test_a_measure_after_a_numbering_word_still_counts() -> None:
    # "hole" numbers holes in golf, but "a hole 460 feet to the west" measures.
    figures = article("Opening line.\n\nThey drilled another hole 460 feet to the west.").figures
    assert [(f.text, f.counts) for f in figures] == [("460", "feet")]
    # A small number after its numbering word ("Game 2") does not hide a count of other things.
    figures = article("Opening line.\n\nThey won Game 2.\n\nThey scored 2 goals and lost 3 players.").figures
    assert [f.text for f in figures] == ["2", "3"]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # A range with a unit or a plural after it is no score: it counts.
        ("The truck moved at 20-25 mph through the crowd.", [("20", "mph")]),
        ("Bills of 180-270 days yielded 3.67 pct.", [("180", "days"), ("3.67 pct", None)]),
        # A plural after the number counts, whatever name stands before it.
        ("Brazil stopped paying 10 days ago.", [("10", "days")]),
        ("The list gave Indonesia 24,516 and Thailand 19,000 in all.", [("24,516", None), ("19,000", None)]),
        ("Buyers were China (419,196 tonnes) and Egypt (301,909).", [("419,196 tonnes", None), ("301,909", None)]),
        # What a number counts starts right after it: a comma or another number first counts nothing.
        ("Despite carding a 68, Trahan was surprised.", [("68", None)]),
        ("They sacked 20,000 of the 28,000 workers.", [("20,000", None), ("28,000", "workers")]),
        # A capital after a counted word starts a name; a unit glued to the number is read whole.
        ("They waited 40 years Break the news.", [("40", "years")]),
        ("It runs at 5GHz speeds in tests.", [("5", "GHz speeds")]),
        # A letter alone opens an abbreviation; "a" before the counted word is skipped; "vs" ends it.
        (
            "Taiwan bought 25,000 tonnes U.S. soybeans at 203.40 dlrs a tonne.",
            [("25,000 tonnes", None), ("203.40 dlrs", "tonne")],
        ),
        ("Profit was 16 cts vs 22 cts a year ago.", [("16 cts", None), ("22 cts", "year")]),
        # A preposition, a time phrase or a pronoun opens the next phrase; "per" counts after a first word.
        ("It will pay 1.05 billion dlrs under the accord.", [("1.05 billion dlrs", None)]),
        ("Exports reached 400 mln dlrs this year.", [("400 mln dlrs", None)]),
        ("The dividend is 1.12 dlrs per share.", [("1.12 dlrs", "per share")]),
        ("Told to hit 40 miles per hour, she crashed.", [("40", "miles")]),
        ("Holders sold 419,867 of its 745,976 warrants.", [("419,867", None), ("745,976", "warrants")]),
        # "of" after the counted word ends it: what follows is what the measure is of.
        ("The talks ran 14 hours of the night.", [("14", "hours")]),
        ("The phone has 8 GB of memory.", [("8", "GB")]),
        # A dash between words, or an auxiliary or pronoun after the counted word, ends it.
        ("We thank our 350 partners - you made it happen.", [("350", "partners")]),
        ("The melee saw 10 people being ejected from the ground.", [("10", "people")]),
        # A pronoun's contraction ends it as the pronoun does; so do "all" and "both".
        ("In the 50 years we’ve been sailing, it never sank.", [("50", "years")]),
        ("In the 12 seasons they'd played there, it never rained.", [("12", "seasons")]),
        ("Kits cost up to 900 dollars all told, the shop said.", [("900 dollars", None)]),
        # An adverb, a direction, an irregular past or another number after a counted word opens the next
        # phrase; so does a participle after a plural (an outcome word is still added).
        ("Some 1,200 women came forward that week.", [("1,200", "women")]),
        ("The jet landed 300 feet short of the runway.", [("300", "feet")]),
        ("The band drew 4,000 fans according to police.", [("4,000", "fans")]),
        ("It stands 200 miles south of the capital.", [("200", "miles")]),
        ("They lost 30 games one after another.", [("30", "games")]),
        ("Some 5,000 fans packed into the hall.", [("5,000", "fans")]),
        ("There were 25 passengers suffering from flu.", [("25", "passengers")]),
        ("Police said 300 residents were evacuated.", [("300", "residents evacuated")]),
        ("The 3 bridges closed for repairs.", [("3", "bridges")]),
        ("Delegates held 2 summit meetings there.", [("2", "summit meetings")]),
        # Other letters glued to a number are a measure's and still count.
        ("The shares eased back to 481p on Friday.", [("481", None)]),
        ("Weighing just 910g, the laptop is lighter.", [("910", None)]),
    ],
)
def test_what_a_figure_counts(sentence: str, counted: list[tuple[str, str | None]]) -> None:
    figures = article("Opening line.\n\n" + sentence).figures
    assert [(f.text, f.counts) for f in figures] == counted


# --- dates -----------------------------------------------------------------------------------

# A Thursday: "on Thursday" in an article of this day is this day.
THURSDAY = "2024-12-05"


@pytest.mark.parametrize(
    ("sentence", "text", "date", "granularity"),
    [
        # Weekday on the day of publication: that day, not a week before.
        ("Rebels entered the city on Thursday.", "on Thursday", "2024-12-05", "day"),
        # A weekday before the publication day: the latest one.
        ("The ministry spoke on Wednesday.", "on Wednesday", "2024-12-04", "day"),
        ("Talks collapsed on Friday.", "on Friday", "2024-11-29", "day"),
        # The future tense looks ahead.
        ("The council will vote on Monday.", "on Monday", "2024-12-09", "day"),
        # "last Thursday" is strictly before.
        ("They met last Thursday.", "last Thursday", "2024-11-28", "day"),
        # Weeks as ISO weeks.
        ("The violence erupted last week.", "last week", "2024-W48", "week"),
        # A day of the month without a year: the nearest one.
        ("The offensive began on November 27.", "November 27", "2024-11-27", "day"),
        # A month alone after a preposition, nearest year.
        ("Prices rose in October.", "October", "2024-10", "month"),
        # Years.
        ("Protests began in 2011.", "2011", "2011", "year"),
        # Month and year.
        ("It has fallen since January 2023.", "January 2023", "2023-01", "month"),
        ("He left yesterday.", "yesterday", "2024-12-04", "day"),
        # Outside the future tense, a day months ahead is last year's; weeks ahead, or in the future, ahead.
        ("He was charged over a March 21 phone call.", "March 21", "2024-03-21", "day"),
        ("Talks resume Jan. 20 in Geneva.", "Jan. 20", "2025-01-20", "day"),
        ("The trial is scheduled for May 4.", "May 4", "2025-05-04", "day"),
        # A weekday before a day of the month picks the year the day falls on it.
        ("The show was held on Saturday, May 18, in the capital.", "May 18", "2024-05-18", "day"),
        ("The fair opens on Sunday, May 18, in the capital.", "May 18", "2025-05-18", "day"),
    ],
)
def test_dates(sentence: str, text: str, date: str, granularity: str) -> None:
    dates = article("Opening line.\n\n" + sentence, SourceMeta(date=THURSDAY)).dates
    found = next(d for d in dates if d.text == text)
    assert (found.date, found.granularity) == (date, granularity)


def test_a_weekday_before_a_day_of_the_month_is_no_date_of_its_own() -> None:
    dates = article(
        "Opening line.\n\nThe show was held on Saturday, May 18, in the capital.", SourceMeta(date=THURSDAY)
    ).dates
    assert [d.text for d in dates] == ["May 18"]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # A bare number after "roughly", "nearly", "up to" and a counted word is a count.
        ("There may be roughly 2000 planets per star.", []),
        ("Up to 1500 troops left in 2004.", ["2004"]),
        # After a year's preposition, or before a preposition, it is a year however approximate.
        ("The mill closed in nearly 1990 terms.", ["1990"]),
        ("It was built almost 1900 in Leeds.", ["1900"]),
        # "Over", "than" and "about" compare years as often as counts: years.
        ("Output rose over 1986 levels, about 1987 forecasts said.", ["1986", "1987"]),
    ],
)
def test_a_number_after_a_counting_word_is_no_year(sentence: str, years: list[str]) -> None:
    dates = article("Opening line.\n\n" + sentence).dates
    assert [d.text for d in dates if d.granularity == "year"] == years


def test_relative_dates_unresolved_without_a_reference() -> None:
    dates = article("Opening line.\n\nRebels entered the city on Thursday in 2011.").dates
    assert {d.text: d.date for d in dates} == {"on Thursday": None, "2011": "2011"}


@pytest.mark.parametrize(
    ("weekday", "future", "strictly", "expected"),
    [
        (3, False, False, dt.date(2024, 12, 5)),  # Thursday, past: the same day
        (3, False, True, dt.date(2024, 11, 28)),  # "last Thursday": a week before
        (3, True, True, dt.date(2024, 12, 12)),  # "next Thursday": a week on
        (0, True, False, dt.date(2024, 12, 9)),  # "will … on Monday": the coming Monday
        (6, False, False, dt.date(2024, 12, 1)),  # "on Sunday": the Sunday before
    ],
)
def test_resolve_weekday(weekday: int, future: bool, strictly: bool, expected: dt.date) -> None:
    assert resolve_weekday(weekday, dt.date(2024, 12, 5), future=future, strictly=strictly) == expected


# --- agencies, bylines, metadata, language -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meta", "agency", "how"),
    [
        # Dateline credits.
        ("HELSINKI (AP) — Finland closed its border.\n\nMore follows.", None, "AP", "dateline"),
        ("LONDON (Reuters) - Shares fell.\n\nMore follows.", None, "Reuters", "dateline"),
        # Bylines.
        ("By Reuters\n\nShares fell in early trade.", None, "Reuters", "byline"),
        ("By The Associated Press\n\nThe storm hit the coast.", None, "AP", "byline"),
        # Sign-offs: Reuters' "Reuter" and its reporting credit line.
        ("Shares fell in early trade.\n\nReuter", None, "Reuters", "signoff"),
        ("Shares fell.\n\n(Reporting by Jan Novak; Editing by Ann Lee)", None, "Reuters", "signoff"),
        ("Shares fell. (Reporting by Jan Novak; Editing by Ann Lee)", None, "Reuters", "signoff"),
        # Attribution in the body.
        ("The town was empty, a resident told AFP by telephone.", None, "AFP", "body"),
        # Metadata says so first.
        ("The town was empty.", SourceMeta(agency="Agence France-Presse"), "AFP", "metadata"),
        # No credit anywhere.
        ("The town was empty on Sunday.", None, None, None),
    ],
)
def test_agency(text: str, meta: SourceMeta | None, agency: str | None, how: str | None) -> None:
    result = article(text, meta)
    assert result.agency == agency
    if how is not None:
        assert result.agencies[0].how == how
        assert result.agencies[0].evidence


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("By Maria Lopez and Tom Brandt\n\nThe storm hit the coast.", ("Maria Lopez", "Tom Brandt")),
        ("By Maria Lopez, Reuters\n\nThe storm hit the coast.", ("Maria Lopez",)),
        ("The storm hit.\n\n(Reporting by Jan Novak; Editing by Ann Lee)", ("Jan Novak",)),
        # The writer's address and telephone after the name.
        ("By Maria Lopez marial@harbourgazette.com (555) 123-4567\n\nThe storm hit the coast.", ("Maria Lopez",)),
        # Reuters' credit line run on to the last paragraph.
        ("The storm hit the coast. (Reporting by Jan Novak; editing by Ann Lee)", ("Jan Novak",)),
        # The desk's writer and the editor of a Reuters credit line are not the story's reporters.
        ("The storm hit.\n\n(Reporting by Jan Novak; Writing by Ann Lee; Editing by Sam Poe)", ("Jan Novak",)),
        ("The storm hit the coast. (Writing by Greg Stutchbury; Editing by John O'Brien)", ()),
        # A paragraph opening with "By" and a lower-case word is prose.
        ("By early afternoon, the storm hit the coast.", ()),
    ],
)
def test_byline_authors(text: str, authors: tuple[str, ...]) -> None:
    assert article(text).authors == authors


@pytest.mark.parametrize(
    "bylines",
    [
        # A wire's role with its desk, in a block of its own under the name, is no name.
        ["By MARIA LOPEZ", "AP Golf Writer"],
        ["By MARIA LOPEZ", "Reuters Energy Correspondent"],
        ["MARIA LOPEZ, Associated Press Travel Writer"],
    ],
)
def test_wire_role_with_a_desk_is_no_author(bylines: list[str]) -> None:
    assert find_authors(SourceMeta(), bylines, []) == ("Maria Lopez",)


def test_byline_is_not_the_headline() -> None:
    result = article("Storm hits coast\n\nBy Maria Lopez\n\nThe storm hit the coast on Monday.")
    assert result.title == "Storm hits coast"
    assert result.authors == ("Maria Lopez",)
    assert result.blocks[0].text.startswith("The storm")


def test_metadata_outlet_and_date_pass_through() -> None:
    meta = SourceMeta(outlet="The Harbour Gazette", date="2024-12-05T14:02:00+00:00", language="en-GB")
    result = article("The storm hit.", meta)
    assert (result.outlet, result.published, result.language) == (
        "The Harbour Gazette",
        "2024-12-05T14:02:00+00:00",
        "en",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council said on Monday that it was going to vote on the plan for the new harbour in the spring.", "en"),
        ("Le conseil a dit lundi que le vote sur le plan pour le nouveau port est prévu pour la fin du mois.", "fr"),
        (
            "Der Rat hat am Montag gesagt, dass die Abstimmung über den Plan für den neuen Hafen im Frühjahr und nicht im Winter ist.",
            "de",
        ),
        (
            "El consejo dijo el lunes que la votación sobre el plan para el nuevo puerto será en la primavera y no en el invierno.",
            "es",
        ),
        # Too short to tell.
        ("Storm hits.", None),
    ],
)
def test_language(text: str, language: str | None) -> None:
    assert article(text).language == language


# --- robustness --------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400), st.sampled_from([None, "2024-12-05", "not a date"])
)
def test_extraction_never_raises(text: str, date: str | None) -> None:
    # Any text, any date string: an article or None, never an exception.
    result = extract_article(Source(id="x", path="x.txt", text=text, meta=SourceMeta(date=date)), CONFIG)
    assert result is None or result.word_count >= 0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["“", "”", '"', "Al", "al-", "Assad", "HTS", "(", ")", "said", "he", "told", "AFP", "50", "per cent",
             "on", "Thursday", "\n\n", "By", "Reuter", ",", ".", "Minister", "of", "and", "Corp", "<X>", "<A B>",
             "‘", "’", "rebels’", "a spokesman", "the statement", "according to", "quoted him as saying", "adding",
             "(DTC)", "Ltd", "(HK)", "/"]
        ),
        max_size=60,
    ).map(" ".join)
)  # fmt: skip
@example(". said “")  # a speaker phrase of punctuation alone
def test_extraction_never_raises_on_news_like_fragments(text: str) -> None:
    # Fragments chosen to trip the quote, title and particle rules in every order.
    extract_article(Source(id="x", path="x.txt", text=text, meta=SourceMeta(date="2024-12-05")), CONFIG)


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # The verb nearest the quotation introduces it, not an earlier one in the sentence.
        (
            "The minister said he spoke at a meeting in which President Rosa Lind declared “a war on waste” at once.",
            "a war on waste",
            "Rosa Lind",
        ),
        # A name, an aside in commas, then the verb and a colon.
        (
            "Premier Ivo Sandor, who has vowed to cut the tax, told reporters: “We will not back down.”",
            "We will not back down",
            "Ivo Sandor",
        ),
        # "He said …, and added:" — the pronoun is the sentence's subject.
        (
            "Vice-Premier Li Wen spoke on Friday.\n\nHe said many objected, and added: “It is rather complicated.”",
            "It is rather complicated",
            "Li Wen",
        ),
        # "it said" is the organisation named last as a subject.
        (
            "Halden Steel Corp reported a loss.\n\n“Demand remains weak,” it said.",
            "Demand remains weak",
            "Halden Steel Corp",
        ),
        # A quotation paragraph after a paragraph that opens with a person: that person's words.
        (
            "Union leader Marta Kovac accused the employers of bad faith.\n\n“They are not serious about talks.”",
            "They are not serious",
            "Marta Kovac",
        ),
    ],
)
def test_quote_speakers_from_context(text: str, quote_start: str, speaker: str | None) -> None:
    quotes = article("Opening line of the story goes here.\n\n" + text).quotes
    quote = next(q for q in quotes if q.text.startswith(quote_start))
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # An unnamed spokesman of a named organisation speaks for it.
        (
            "Vantor Bank NV cut rates.\n\n“We did not expect this,” a Vantor spokesman said.",
            "We did not expect",
            "Vantor Bank NV",
        ),
        # "the minister said" refers back to the minister named as a subject before.
        (
            "Finance Minister Karl Edvard spoke on Monday.\n\n“Rates will stay,” the minister said.",
            "Rates will stay",
            "Karl Edvard",
        ),
        # An unnamed official stays a phrase.
        ("“No comment,” a senior official said.", "No comment", "a senior official"),
    ],
)
def test_speaker_back_references(text: str, quote_start: str, speaker: str) -> None:
    quotes = article("Opening line of the story goes here.\n\n" + text).quotes
    assert next(q for q in quotes if q.text.startswith(quote_start)).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # A quotation never closed: the attribution ends its paragraph.
        ("“We will not accept new quotas, Minister Dale Brock said.", "We will not accept", "Dale Brock"),
        # The attribution closes the sentence, with words after the verb.
        (
            "“We may appeal” the ruling, the Harkin spokeswoman said in reply to a query.",
            "We may appeal",
            "the Harkin spokeswoman",
        ),
        ("“Prices are low” this year, Tom Hale told Reuters.", "Prices are low", "Tom Hale"),
        # A title with dots inside the speaker's words.
        ("“It was a U.N. matter,” Israeli U.N. Spokesman Eyal Arazi said.", "It was a U.N.", "Eyal Arazi"),
        # "quoted X as saying".
        (
            "The daily quoted Governor Sami Toru as saying “rates will not change.”",
            "rates will not change",
            "Sami Toru",
        ),
        # A long title before the name after the verb.
        (
            "“It is a relief,” said Gentex Labs President and Chief Executive Officer Joseph Bourke.",
            "It is a relief",
            "Joseph Bourke",
        ),
        # Unnamed "one exporter" stays a phrase.
        ("“Brazil must decide,” one exporter said.", "Brazil must decide", "one exporter"),
    ],
)
def test_speaker_patterns(text: str, quote_start: str, speaker: str) -> None:
    quotes = article("Opening line of the story goes here.\n\n" + text).quotes
    assert next(q for q in quotes if q.text.startswith(quote_start)).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # The sentence's pronoun subject, not a name inside the reported clause.
        (
            "Defence chief Ray Colter spoke.\n\nHe said President Lo Han was the cause of it and said “we will respond.”",
            "we will respond",
            "Ray Colter",
        ),
        # "the Fed chairman" is the chairman named before, not the Fed.
        (
            "Fed Chairman Paul Vollmer spoke to Congress.\n\n“Inflation remains a concern,” the Fed chairman said.",
            "Inflation remains",
            "Paul Vollmer",
        ),
    ],
)
def test_speaker_subjects(text: str, quote_start: str, speaker: str) -> None:
    quotes = article("Opening line of the story goes here.\n\n" + text).quotes
    assert next(q for q in quotes if q.text.startswith(quote_start)).speaker == speaker


@pytest.mark.parametrize(
    ("text", "authors", "agencies"),
    [
        # An agency closing a byline without a comma, names in capitals as AP writes them.
        ("By JANE ROE and TOM LEE Associated Press\n\nThe storm hit the coast.", ("Jane Roe", "Tom Lee"), ["AP"]),
        # An agency quoted as a source is no credit.
        ("The storm hit the coast, the state news agency Tass reported.", (), []),
    ],
)
def test_byline_agency_suffix_and_sources(text: str, authors: tuple[str, ...], agencies: list[str]) -> None:
    result = article(text)
    assert result.authors == authors
    assert [c.name for c in result.agencies] == agencies


_DATES = date_patterns.DATE_EXPRESSION
# The same expressions without the look-ahead at their first character.
_DATES_LOOKING_EVERYWHERE = re.compile(_DATES.pattern.replace(date_patterns._OPENING, "", 1), _DATES.flags)


@pytest.mark.parametrize(
    "sentence",
    [
        "They met on Monday and again last week.",  # a weekday after its preposition, a relative week
        "Sales rose in December, from 1986, to March 5, 1987.",  # a month after "in", a year, a full date
        "On 5 March the board met; it meets again tomorrow.",  # day before month, a relative day
        "Earlier this month prices fell; in mid 2011 they rose.",  # relative phrases, a year after "mid"
        "Yesterday's talks ran until Friday, April 3.",  # a relative day opening the sentence
    ],
)
def test_date_patterns_look_at_the_opening_character_without_missing_any(sentence: str) -> None:
    # The look-ahead at an expression's first character only turns away boundaries no expression opens at.
    found = [(m.span(), m.lastgroup) for m in _DATES.finditer(sentence)]
    assert found == [(m.span(), m.lastgroup) for m in _DATES_LOOKING_EVERYWHERE.finditer(sentence)]
    assert found


_DATE_WORDS = [
    "in",
    "on",
    "since",
    "last",
    "next",
    "this",
    "mid",
    "early",
    "the",
    "May",
    "March",
    "Dec.",
    "Monday",
    "week",
    "today",
    "5",
    "1987",
    "2011",
    "of,",
    "pct",
    "12th",
    "said",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=12).map(" ".join))
def test_date_patterns_find_the_same_with_or_without_the_look_ahead(sentence: str) -> None:
    everywhere = [m.span() for m in _DATES_LOOKING_EVERYWHERE.finditer(sentence)]
    assert [m.span() for m in _DATES.finditer(sentence)] == everywhere


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # The page's author fields, the site's publisher first: a company is no writer.
        ("Harbour Media; Maria Lopez", ("Maria Lopez",)),
        ("Harbour Media; Maria Lopez; John Roe", ("Maria Lopez", "John Roe")),
        # One writer written twice, once with a middle initial: the fuller form, once.
        ("Maria Lopez; Maria T Lopez", ("Maria T Lopez",)),
        ("John Roe; Maria Lopez", ("John Roe", "Maria Lopez")),
    ],
)
def test_metadata_writers_leave_out_the_publisher_and_a_name_written_twice(
    byline: str, authors: tuple[str, ...]
) -> None:
    assert find_authors(SourceMeta(byline=byline), [], [], frozenset({"Maria", "John"})) == authors


def test_the_one_a_letter_is_addressed_to_is_no_writer() -> None:
    assert find_authors(SourceMeta(), ["By", "TO KEVIN ROE"], []) == ()
    assert find_authors(SourceMeta(), ["By KEVIN ROE"], []) == ("Kevin Roe",)
