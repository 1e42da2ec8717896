"""The name lists, read from the packages once and kept between builds, give the same tables back."""

from __future__ import annotations

import pickle

from newscorpus.extract import name_genders
from newscorpus.extract.name_genders import (
    faker_given_names,
    given_name_genders,
    given_names,
    read_name_lists,
    use_name_lists,
)


def test_kept_name_lists_answer_as_the_packages_do() -> None:
    read = read_name_lists()
    genders, names = given_name_genders(), given_names()
    kept = pickle.loads(pickle.dumps(read))
    try:
        use_name_lists(kept)
        assert faker_given_names() == kept.faker_given
        assert given_name_genders() == genders
        assert given_names() == names
        assert read_name_lists() == read
    finally:
        use_name_lists(read)


def test_the_same_lists_again_keep_the_tables_made_from_them() -> None:
    lists = read_name_lists()
    use_name_lists(lists)
    genders = given_name_genders()
    use_name_lists(lists)
    assert given_name_genders() is genders


def test_other_lists_make_the_tables_again() -> None:
    lists = read_name_lists()
    other = name_genders.NameLists(lists.census, {"Zoltan": frozenset("m")}, frozenset({"Zoltan"}), frozenset(), {})
    try:
        use_name_lists(other)
        assert given_name_genders()["Zoltan"] == "m"
        assert "Helmut" not in faker_given_names()
    finally:
        use_name_lists(lists)
    assert faker_given_names() == lists.faker_given
