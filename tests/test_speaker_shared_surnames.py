"""A lone surname two people of the story may bear, a given name opening a sentence before a surname the
story writes after a listed given name, and an envoy's name run on from the country of the posting, on sentences
written for these tests."""

from __future__ import annotations

from tests.test_extract_entity_kinds import found

from .conftest import named, quote_of

SISTERS = (
    "Venus Williams beat Jana Novak 6-2, 6-3 on Tuesday to reach the quarter-finals.\n\n"
    "Her sister Serena was given a much harder match by Maria Lenz before winning in three sets.\n\n"
    "“I was tired at the end but I kept fighting,” Williams said."
)


def test_a_relative_named_since_by_given_name_bears_the_surname() -> None:
    assert named(quote_of(SISTERS, "I was tired")) == "Serena"


def test_a_relative_of_someone_else_does_not() -> None:
    text = (
        "Venus Williams beat Jana Novak on Tuesday.\n\n"
        "Novak's coach, Peter Lenz, watched with his wife Maria from the stands.\n\n"
        "“I was tired at the end,” Williams said."
    )
    assert named(quote_of(text, "I was tired")) == "Venus Williams"


def test_of_two_named_in_full_the_nearer_speaks() -> None:
    text = (
        "Venus Williams beat Jana Novak 6-2, 6-3 on Tuesday.\n\n"
        "Serena Williams was given a much harder match by Maria Lenz.\n\n"
        "“I was tired at the end,” Williams said."
    )
    assert named(quote_of(text, "I was tired")) == "Serena Williams"


COUPLE = (
    "This was her third child, so Anita Verma figured she knew what to expect.\n\n"
    "The midwife was Rohan Verma, her husband, who will be sworn in tomorrow as mayor.\n\n"
    "“Rohan called my dad to come and help,” Verma says.\n\n"
    "“The baby was screaming his head off,” Rohan says."
)


def test_the_bearer_the_story_never_calls_by_given_name_is_the_surname() -> None:
    assert named(quote_of(COUPLE, "Rohan called")) == "Anita Verma"
    assert named(quote_of(COUPLE, "The baby")) == "Rohan Verma"


def test_a_word_opening_a_sentence_before_the_surname_is_no_second_bearer() -> None:
    text = (
        "Todd Brown scored late to win it for the Raiders.\n\n"
        "Call Brown and Lee the best pair in the league?\n\n"
        "“We had to adjust the way we were playing,” Brown said."
    )
    assert named(quote_of(text, "We had to adjust")) == "Todd Brown"


def test_an_unlisted_given_name_opening_a_sentence_before_a_shared_surname_is_kept() -> None:
    text = "Supriya Jindal and her husband, Bobby Jindal, arrived at the rally on Monday."
    assert {"Supriya Jindal", "Bobby Jindal"} <= found(text, "people")


def test_a_country_a_posting_names_is_cut_off_the_envoys_name() -> None:
    text = (
        "China’s ambassador to Britain Liu Xiaming has said the unrest must end. The U.S. envoy to Japan Rahm "
        "Emanuel said talks went well."
    )
    assert {"Liu Xiaming", "Rahm Emanuel"} <= found(text, "people")
    assert {"Britain", "Japan"} <= found(text, "places")


COACH = (
    "Cardinals coach Brent Corvians retired on Monday after 40 years.\n\n"
    "“I will miss the game,” Corvians said.\n\n"
    "Corvians, 65, said family came first. His wife, Chris, told him their son, Jake, would soon turn 40.\n\n"
    "“It hit me like a ton of bricks,” Corvians said.\n\n"
    "Corvians plans on spending time in Phoenix.\n\n"
    "“I'll miss the players,” he said."
)


def test_a_surname_the_finder_took_for_a_people_s_name_is_the_one_person_named_with_it() -> None:
    # "Corvians" alone reads like "Syrians": written alone it is still the coach, whom "he" stands for.
    assert named(quote_of(COACH, "I'll miss")) == "Brent Corvians"


def test_a_relative_named_after_the_story_called_the_holder_by_surname_does_not_take_it() -> None:
    assert named(quote_of(COACH, "It hit me")) == "Brent Corvians"


def test_a_surname_two_people_share_is_not_added_for_either() -> None:
    text = (
        "Venus Corvians and Serena Corvians both won on Tuesday.\n\n"
        "Corvians plans on resting. Their coach, Ian Lee, agreed.\n\n"
        "“We are ready,” he said."
    )
    assert named(quote_of(text, "We are ready")) == "Ian Lee"
