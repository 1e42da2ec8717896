"""A name a reflexive stresses before the verb speaks ("Prince himself once called “…”"), on sentences written for
these tests after a web story: though the name is also a title and no entity was made of it, the words are not
those of the person the sentence named before.
"""

from __future__ import annotations

from .conftest import named, quote_of


def test_a_one_word_name_then_himself_is_the_speaker_not_the_subject_before() -> None:
    text = (
        "Rumors swirled that Timberlake was planning a tribute to Prince that would include a hologram, the kind "
        "of homage Prince himself once called “the most demonic thing imaginable”. The idea was scrapped.\n\n"
        "Justin Timberlake performed at halftime."
    )
    assert named(quote_of(text, "the most demonic")) == "Prince"


def test_a_pronoun_then_himself_is_still_read_as_the_pronoun() -> None:
    text = "Mary Lee spoke first, then Tom Reyes. He himself said “we lost the game”."
    assert named(quote_of(text, "we lost")) == "Tom Reyes"
