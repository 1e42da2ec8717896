"""A caption, a photo credit, a reader's prompt or a pointer set between a story's paragraphs: the story goes on."""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract.page import label_page
from newscorpus.extract.page_blocks import split_blocks
from newscorpus.extract.page_captions import is_caption

CONFIG = Config()
MENU = ["Skip to content", "Home", "News", "Sport", "Business", "Opinion", "Weather", "Subscribe"]
HEADLINE = "Rangers find a rare orchid growing on the old quarry floor"
LEDE = "Rangers have found a rare orchid growing on the floor of the old quarry, the park said on Friday."
SECOND = "It is the first time the flower has been recorded in the park since it opened to the public in 1991."
# The rest of the story, written for these tests.
REST = [
    "The plant, a marsh helleborine, had not been seen in the county for more than forty years, botanists said.",
    "A volunteer counting butterflies noticed the white flowers in a damp hollow and sent photographs to the park.",
    "Botanists think seeds blew in from a reserve ten miles away and took root in the wet clay left by the diggers.",
    "The park will fence off the hollow for the summer and ask visitors to keep to the paths near the quarry.",
    "Quarrying stopped in 1987, and the pit has since filled with reeds, willows and a small lake in the north.",
    "The county's wildlife trust said the find showed how quickly old workings can become homes for rare plants.",
]


def labels(blocks: list[str]) -> dict[str, str]:
    return {b.text: b.label for b in label_page(split_blocks("\n".join(blocks)), CONFIG)}


# A caption longer than the two paragraphs above it, and a reader's prompt a site sets in the story.
CAPTION = (
    "A marsh helleborine in flower in a damp hollow of the quarry floor, where the volunteer found it while "
    "counting butterflies last week. The orchid grows in wet meadows and dune slacks and flowers in July, and "
    "its seeds are as fine as dust."
)
PROMPT_TEXT = (
    "the park's weekly letter by email: walks, events and the wildlife seen in the county's parks each week, with a "
    "ranger's note on what to look for in the coming days. Please verify you're not a robot by clicking the box. "
    "Invalid email address. Please re-enter. You must select a newsletter to subscribe to."
)
ASIDES = [
    CAPTION + " The white flowers of the plant (pictured) beside the reeds at the edge of the hollow",
    CAPTION + " Pictured, the white flowers of the plant beside the reeds at the edge of the hollow",
    CAPTION + " The white flowers of the plant are pictured",
    "Sign up for " + PROMPT_TEXT,
]


@pytest.mark.parametrize("aside", ASIDES)
def test_an_aside_under_the_opening_paragraphs_keeps_them(aside: str) -> None:
    page = labels([*MENU, HEADLINE, LEDE, SECOND, aside, *REST, *MENU])
    assert [page[LEDE], page[SECOND]] == ["story", "story"]
    assert page[aside] != "story"
    assert [page[p] for p in REST] == ["story"] * len(REST)


def test_an_aside_does_not_carry_the_story_into_teasers() -> None:
    # A caption under the story's last paragraph, then links to other stories: the story ends at its paragraph.
    caption = "The quarry lake at dusk last spring, reeds on the north shore (left)"
    teasers = [
        "Ferry fares to rise",
        "The operator said fuel costs had doubled since the spring.",
        "Council votes on parking",
        "The vote was put off after a long debate on Tuesday.",
        "New bus route for the coast",
        "The route links the villages with the station from June.",
    ]
    page = labels([*MENU, HEADLINE, LEDE, *REST, caption, "Related stories", *teasers, *MENU])
    assert page[REST[-1]] == "story"
    assert [page[t] for t in teasers if t.endswith(".")] == ["related"] * 3


def test_a_fact_box_question_in_capitals_is_no_dateline_opening_the_story() -> None:
    box = (
        "WHAT IS A MARSH HELLEBORINE? The marsh helleborine is an orchid of wet meadows and dune slacks. It flowers "
        "in July, and its seeds are as fine as dust, so the wind carries them for miles."
    )
    page = labels([*MENU, HEADLINE, LEDE, REST[0], box, *REST[1:], *MENU])
    assert page[LEDE] == "story"
    assert page[REST[0]] == "story"


@pytest.mark.parametrize(
    ("block", "caption"),
    [
        ("Firefighters at the scene on Tuesday. Pictured, the burnt-out warehouse from the air", True),
        ("PICTURED: The burnt-out warehouse on the harbour road", True),
        ("Pictured: Jane Roe with her award", True),
        ("The mayor opened the new bridge on Monday. The mayor is pictured left", True),
        ("Students celebrate their results outside the school. The head teacher is pictured", True),
        # A story's sentences that speak of a picture are no caption.
        ("He pictured himself on the podium long before the final, he said.", False),
        ("The painting, pictured in the sale's catalogue, sold for twice its estimate on Friday.", False),
        ("Pictured Rocks National Lakeshore drew a record number of visitors last summer.", False),
        ("Nobody is pictured in the leaked photographs, the lawyer told the court.", False),
    ],
)
def test_a_caption_says_who_or_what_is_pictured(block: str, caption: bool) -> None:
    assert is_caption(block) is caption


def test_a_photo_s_credit_under_its_caption_does_not_open_the_story_below_it() -> None:
    # A wire's name under a caption is the photo's credit; a credit line over a paragraph otherwise opens the story.
    caption, credit = "The marsh helleborine (pictured) in the quarry hollow", "Associated Press"
    page = labels([*MENU, HEADLINE, LEDE, SECOND, caption, credit, *REST, *MENU])
    assert [page[LEDE], page[SECOND]] == ["story", "story"]
    assert page[caption] == "supplemental"


def test_a_deck_over_the_lead_photo_stays_out_of_the_story() -> None:
    # One sentence under the headline, then the page's lead photo, then the story: the sentence is the deck.
    deck = "Rangers say the find shows how quickly old workings can become homes for rare plants."
    caption = (
        "A volunteer counting butterflies found the white flowers of the orchid in a damp hollow of the quarry floor "
        "last week, and sent photographs of them to the park. Photograph: Jane Roe/Getty Images"
    )
    page = labels([*MENU, HEADLINE, deck, caption, LEDE, *REST, *MENU])
    assert page[deck] != "story"
    assert page[LEDE] == "story"


def test_a_prompt_under_the_first_paragraph_keeps_it() -> None:
    # A prompt is no lead photo: one paragraph above it is the story's, as under a caption two are.
    prompt = "Sign up for " + PROMPT_TEXT
    page = labels([*MENU, HEADLINE, LEDE, prompt, *REST, *MENU])
    assert page[LEDE] == "story"
    assert page[prompt] == "furniture"


@pytest.mark.parametrize("pointer", ["More from the Harbour Gazette:", "Related coverage:", "Read more:"])
def test_a_heading_of_dropped_links_in_a_clean_story_is_related(pointer: str) -> None:
    # A reader kept the story and the heading over its links, not the links: the story goes on under it.
    page = labels([LEDE, *REST[:3], pointer, *REST[3:]])
    assert page[pointer] == "related"
    assert [page[p] for p in [LEDE, *REST]] == ["story"] * (len(REST) + 1)


def test_a_clean_story_s_own_heading_stays_in_it() -> None:
    # A subheading ending in a colon that points nowhere is the story's: "The findings:".
    heading = "What the botanists found:"
    page = labels([LEDE, *REST[:3], heading, *REST[3:]])
    assert page[heading] == "story"


@pytest.mark.parametrize(
    "aside",
    [
        "Scroll down for video",
        "Keep up with this story and more by subscribing now",
        "Marsh orchids return to the county's wet meadows Read more",
        "Facebook Twitter Pinterest A marsh helleborine in the hollow. Photograph: Jane Roe/Harbour Gazette",
        "WHAT IS A MARSH HELLEBORINE? An orchid of wet meadows and dune slacks, it flowers in July.",
    ],
)
def test_an_aside_in_a_clean_story_is_no_paragraph_of_it(aside: str) -> None:
    # One prompt, link, caption or fact box is too few to call the page furnished; it is no paragraph all the same.
    page = labels([LEDE, *REST[:3], aside, *REST[3:]])
    assert page[aside] != "story"
    assert [page[p] for p in [LEDE, *REST]] == ["story"] * (len(REST) + 1)


def test_a_prompt_closing_a_clean_story_is_no_paragraph_of_it() -> None:
    prompt = "We pay for your stories! Do you have a story for the newsroom? Email us or call the desk."
    page = labels([LEDE, *REST, prompt])
    assert page[prompt] == "furniture"
    assert [page[p] for p in [LEDE, *REST]] == ["story"] * (len(REST) + 1)


@pytest.mark.parametrize(
    ("block", "box"),
    [
        ("WHAT IS A SUPERMOON? A full moon at the point of its orbit closest to the Earth.", True),
        ("WHO IS JANE ROE? - Born in 1990 in Eastbrook - The daughter of two teachers", True),
        # A name whose apostrophe a scraper lost, and a question alone over its answer, are no box run into its answer.
        ("JANE ROE? coaching role with the club was confirmed last night.", False),
        ("WHAT HAPPENS NEXT?", False),
        ("What is a supermoon? A full moon at its closest to the Earth.", False),
    ],
)
def test_a_fact_box_s_question_in_capitals_run_into_its_answer(block: str, box: bool) -> None:
    assert is_caption(block) is box


def test_a_fact_box_in_a_furnished_page_is_no_paragraph_and_keeps_the_story_around_it() -> None:
    box = (
        "WHAT IS A MARSH HELLEBORINE? The marsh helleborine is an orchid of wet meadows and dune slacks. It flowers "
        "in July, and its seeds are as fine as dust, so the wind carries them for miles."
    )
    page = labels([*MENU, HEADLINE, LEDE, SECOND, box, *REST, *MENU])
    assert page[box] == "supplemental"
    assert [page[p] for p in [LEDE, SECOND, *REST]] == ["story"] * (len(REST) + 2)


def test_a_photo_s_credit_over_the_page_s_tools_does_not_open_the_story_below_them() -> None:
    # The photo box between the paragraphs: a control, the caption, its credit, then the page's tools.
    caption, credit = "The marsh helleborine (pictured) in the quarry hollow", "Associated Press"
    box = ["View Larger Image", caption, credit, "Email to a friend", "Printer friendly", "Font:"]
    page = labels([*MENU, HEADLINE, LEDE, SECOND, REST[0], *box, *REST[1:], *REST, *MENU])
    assert [page[LEDE], page[SECOND], page[REST[0]]] == ["story"] * 3


# A story in Italian, written for these tests, for another language's prompt to read another story.
ITALIAN = [
    "Il sindaco ha inaugurato sabato il nuovo ponte sul fiume, atteso da oltre dieci anni dai residenti del quartiere.",
    "I lavori, costati dodici milioni di euro, erano iniziati nel 2019 e si sono chiusi con sei mesi di ritardo.",
    "Secondo il comune il ponte ridurrà il traffico nel centro storico di almeno un terzo nelle ore di punta.",
    "La nuova linea di autobus passerà sul ponte da lunedì, con una corsa ogni dieci minuti fino a mezzanotte.",
    "I commercianti della piazza hanno chiesto più parcheggi e una zona di carico per le consegne del mattino.",
]
READ_ALSO = [
    "Leggi anche: Il comune chiude la piscina per i lavori estivi",
    "LEGGI ANCHE Il comune chiude la piscina per i lavori estivi",
    "Lesen Sie auch: Stadt schließt das Hallenbad im Sommer",
    "Lire aussi - La mairie ferme la piscine pour l'été",
    "Leer más: El alcalde abre el puente nuevo",
    "Leia também: Prefeito inaugura ponte sobre o rio",
    "Lees ook",
]


@pytest.mark.parametrize("pointer", READ_ALSO)
@pytest.mark.parametrize("furnished", [False, True])
def test_another_language_s_prompt_to_read_another_story_is_related(pointer: str, furnished: bool) -> None:
    # Alone or leading a short line, with or without a colon: a link, not a paragraph; the story goes on under it.
    page = [*ITALIAN[:3], pointer, *ITALIAN[3:]]
    page = labels([*MENU, "Il sindaco inaugura il nuovo ponte", *page, *MENU] if furnished else page)
    assert page[pointer] == "related"
    assert [page[p] for p in ITALIAN] == ["story"] * len(ITALIAN)


@pytest.mark.parametrize("prompt", ["Leggi anche", "Lesen Sie auch:", "Read more:"])
def test_the_link_under_a_prompt_standing_alone_is_related(prompt: str) -> None:
    link = "Il comune chiude la piscina per i lavori estivi"
    page = labels([*ITALIAN[:3], prompt, link, *ITALIAN[3:]])
    assert [page[prompt], page[link]] == ["related", "related"]
    assert [page[p] for p in ITALIAN] == ["story"] * len(ITALIAN)


def test_a_paragraph_opening_on_a_prompt_s_words_stays_in_the_story() -> None:
    # "Saiba mais" opening a long sentence is the story's, not a link.
    paragraph = (
        "Saiba mais sobre o programa no site da prefeitura, que publicou o edital nesta segunda-feira e abriu as "
        "inscrições para as famílias do bairro até o fim do mês."
    )
    page = labels([*ITALIAN[:3], paragraph, *ITALIAN[3:]])
    assert page[paragraph] == "story"


@pytest.mark.parametrize(
    ("block", "caption"),
    [
        # The photographer and agency close the caption, glued to its last sentence by the page's text.
        ("The orchid flowers in the quarry hollow on June 2, 2024.Ann Lee / AP file", True),
        ("Rangers walk the quarry floor. Sam Poe/Getty Images", True),
        # A slash inside a story's sentence is no credit.
        ("Visitors came in June / July, the park said.", False),
    ],
)
def test_a_caption_closing_on_its_photographer_and_agency(block: str, caption: bool) -> None:
    assert is_caption(block) is caption
