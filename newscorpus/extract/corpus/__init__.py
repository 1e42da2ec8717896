"""Corpus-level step: one canonical name per entity across all articles, merged only on evidence.

Forms meet in steps, surest first, each a separate function (names.py, bodies.py, lone.py), on
what the steps share (state.py); rename.py names each group and renames the articles' entities:

1. the same name in other letters ("Al Qaida", "al-Qaida"; "NEW YORK", "New York"; not initials with a small
   letter inside in capitals, "TfL" and "TFL"), places the
   gazetteer gives one name (its hyphens also read as a space or nothing: "Mazar-i-Sharif",
   "Mazari Sharif"), a company's name the finder ran on past the angle bracket closing it
   ("Siemens AG> of West Germany", "Marriott Corp <mhs>": the name before it; not a unit's own name after its
   parent's possessive, "Hoechst AG's> Hoechst Celanese Corp"), a company written
   with its home country after "of" ("Alitalia of Italy") where its name's articles all name that
   country, and a body's words
   turned about "of" ("Department of the Treasury", "Treasury Department") when the qualifier or the
   articles agree, and a name with the two words either side of its "and" swapped ("Nippon Telephone and
   Telegraph Co", "Nippon Telegraph and Telephone Corp") written in only a few articles, none writing both;
2. spelling variants, when the evidence agrees: a close spelling relative to the word's length,
   not a common word, not two known places, given names agreeing, and either the variant is
   unknown elsewhere or both spellings' articles name the same people and places (a place whose umlaut
   written out the gazetteer knows, "Muellheim" for Müllheim, is known: no slip of "Muelheim"); words apart
   only in vowels or doubled letters ("Omar", "Omer"; "Dartell", "Drattell") only on the latter
   or both written in one article; an umlaut written out ("Schroeder", "Schroder") as a slip; a word
   of the language misspelt in a body's name of three words or more ("Management and Coodination
   Agency"), however often the slip is copied; a word of the language spelt each country's way only
   where the articles agree ("Center", "Centre"), or in a company's registered name, a legal form in
   both ("International Thomson Organisation Ltd"), or in a body's no one country's ("International
   Primary Aluminium Institute"); never a body its articles write as two countries' ("the Chinese Center for
   Disease Control", "the Centre for Disease Control (CDC) in the US"); a body named in the plural in two articles or
   more ("Federal Home Loan Banks", the lenders) not the singular's slip ("Federal Home Loan Bank",
   the board) unless the articles agree, nor where one article writes both (the plural names several
   bodies: "Citizens Bank", "Citizens Banks"); a company's registered name with a short word a letter off
   ("Fuju Bank Ltd") written once or twice beside the name written widely; a company's name spaced
   otherwise and a letter off ("William Pipe Line Co", "Williams Pipeline Co") where no article writes
   both and their articles name the same people and places;
3. a company with and without its legal form ("Texaco", "Texaco Inc", "Merck and Co Inc"; a national bank's "N.A.",
   "Citibank NA", and a Gulf company's "BSC", "KSC" or "QSC" are legal forms too; its "Co" and
   "Corp" in a few articles each naming the same things, one dateline's town counting as a name, or its "Co" in a
   story or two naming what the stories of its "Corp" name however many; "Co" and "Company" whatever else is written;
   an "Inc" written once for a "Ltd" written ten times as often, from the towns the Ltd's stories come from; never a
   bank's "Co" and "Corp", the bank and its holding company;
   never two legal forms of no country in common, "Unilever N.V." and "Unilever Plc", a group's two parents;
   its "Inc" and "Ltd" where no article writes both and the articles of each place it in one country; its "Co" and
   "Co Inc" unless a "Ltd" of it is written as well ("Kidder Peabody and Co"); the name written bare in as many
   articles as with American forms, each in a few, taking them ("Union Texas Petroleum"); a name no common word or
   place makes written only with American forms and bare, each but the most written in a few articles, none writing
   two and none placing it in two countries ("Enserch Inc", "Enserch Corp"), and an American form in a few articles
   placing the company in the country of its own form ("Swedish Match Co of Stockholm", "Swedish Match AB",
   legal_homes.py), and a company's name written with the ticker the one longer name opening with it is written
   with ("Royal Dutch <RD>", "Royal Dutch Petroleum <RD>", tickers.py), and a partnership's "and Co" in an article
   or two the one firm of its name with an American form, written more ("Paine Webber and Co", partners.py); not
   "Mitsubishi", a group whose other companies are written far more than "Mitsubishi Corp"), a
   person with and without a middle name, when only one entity could be meant, and with a given
   name and its short form or other spelling ("Rafa", "Rafael"; "Javy", "Javier"; "Eric", "Erik")
   when their articles agree, or when one article names the person in full and then by the short
   form, in no sentence both (of a surname borne widely, "Bill" and "William" Martin, only when their articles
   agree); a given name spelt otherwise, a letter or two apart for its length
   ("Narender Modi", "Narendra Modi"), written in only a few articles, none writing both, where no one else
   bears the surname or the articles agree; a name without its first given name ("Tayyip Erdogan", "Recep Tayyip
   Erdogan") whose first word opens no other name, where their articles agree; a name the finder
   ran on into the next word (not a part or branch of its own, a union's "Local" 222; "Associated Press Writer",
   "Mitsubishi Finance (Hong Kong) Ltd.
   Lead", "Dominion Textiles Inc. Samjens": past a legal form's full stop, whatever the word) or cut short of its last,
   a person's name run on from a word before it that is no given name
   ("Senators John Danforth", "Twitter Christian Estrosi") in only a few articles, a body's name run on from a word
   of the language opening no other name ("Enough European Community") to the body written widely, and a body with its
   country after it ("Bank Negara Malaysia") where every article of both names that country;
4. a body written without its country ("Congress", "Foreign Ministry") joins the one written with
   it ("U.S. Congress") in each article whose text, dateline or places say which country (where
   they do not, and the corpus writes it of several countries, it gets no hub; a slip of such a
   name, "General Service Administration", waits with it; a body every country has that the corpus
   never writes with its country, "Parliament", gets no hub in stories set in another country than
   the one most of its stories are set in, or in any when no country is most of them), and a
   body's name the one a word longer it is written as the short form of ("Federal Reserve",
   "Federal Reserve Board"), and one written in an article or two the only name the corpus writes a
   body word longer ("U.S. Treasury", "U.S. Treasury Department"), or that longer name written in an article or two
   the name written widely, where their articles agree ("Italian Treasury Ministry"); a name written with one country's
   or continent's word before it and no other's ("European Airbus Industrie") joins the name without it;
5. initials written alone join the name they are written in brackets after in their article
   ("Banque Internationale a Luxembourg SA (BIL)"), and a wire agency's initials its name in full
   where most articles writing them credit that wire ("AAP", Australian Associated Press); a name
   written alone ("IBM", "Fed", "Reagan")
   joins the one entity that has it as a form or whose initials or first letters it is (a clipped word written
   beside a body's name and beside that name a body's word longer, each in article after article, joins the two:
   "Fed", "Federal Reserve", "Federal Reserve Board", word_longer.py), initials
   the corpus spells out beside a body far more often than with a legal form that body ("ICO"); a
   surname several people share ("Baker") goes to the one named in full in its article, else to
   the one its article's other names point to, or stays ambiguous and gets no hub (so does the one person of that
   name where the article neither names nor points to them, and a given name alone, or a name no list holds written
   after a kin's word, "her father Bassem", unless the article names one person in full by it, or one of several
   twice as often as any other; and a name after a monarch's title written as a ship's, "the Queen Victoria"); a
   Chinese or Korean family name written first ("Xi Jinping") is the surname written alone ("Xi"); a surname after a
   title ("Chairman Mao") is the one person of it written in full after that title ("Chairman Mao Tse-tung"); a name
   written
   only after a monarch's title ("King Faisal") is no one's surname; initials still without a
   longer name join the one company's name they open in their articles ("HCC", "HCC Industries";
   not "NFL Network"), or that each article writing them names in full with its legal form before
   them ("IMS International Inc ... IMS"), or of three letters or more the only name they spell where every sentence
   writing them writes a word of it no body's name holds ("ESA ... space": European Space Agency) or that name in full
   ("the Securities Exchange of Thailand Index ... SET"), or their article
   names a body of its kind holding such a word ("the AHL's" beside the National Hockey League); a name written in
   an article or two run on into initials written alone widely, their letters its words' first ("Iranian News Agency
   IRNA"), those initials (initials_after.py); a company's
   one-word name takes the only other name opening with it, when its rest is its trade ("Jiji", "JiJi News
   Agency"); a company's distinctive first word alone ("Samsung"; a town's name the corpus writes alone as an
   organisation twice as often as a place, "Toyota") the one company the corpus names by it and writes with a
   legal form ("Samsung Electronics Co Ltd"), every other name opening with the word written only beside it or in
   a third as many articles at most ("Nissan": Nissan Motor Co Ltd, not its U.S. unit), no unit's name
   ("Citicorp Capital Investors Ltd"), where the articles name something in common, and so its first two words
   ("Drexel Burnham"); a company's name and its legal forms ("Hambrecht and Quist Inc") the one group the corpus names
   by it and "Group" ("Hambrecht and Quist Group"), no partnership's "and Co" among them (the group's brokerage,
   "Oppenheimer and Co"), no article writing the two apart; a town's name written as an
   organisation ("Bolton") the one club the corpus names by the town and club words only ("Bolton
   Wanderers"; and "City", "Town" or "County", "Derby County", where every article of both is sports copy or
   writes a club's role after the name), and a team's nickname ("Canucks") the one team of a known place and that
   word, where every article writing it names people or places the team's articles name (or, in sports copy, two
   people, places or rivals by their nicknames, "Coyotes" for the Phoenix Coyotes, that the team's articles or the
   nickname's articles agreeing so far name), and a town's name written as an
   organisation in sports copy ("Green Bay") the one team of the town and one word more ("Green Bay Packers") where
   every article writing it names people or places the team's articles name; a surname alone
   that no full name holds joins the one person named in full by it in other vowels, where the word is
   long and rare and the articles agree
   ("Ahmedinajad", Mahmoud Ahmadinejad);
6. a country's embassy or consulate written of two host countries or more ("U.S. Embassy" in
   Islamabad and in New Delhi) is one body in each, named with its host ("U.S. Embassy in
   Pakistan"), and gets no hub where its article does not say which.

Every form keeps the reason it was merged, for the hub pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...config import Config
from ...model import Article
from .angles import join_bracket_run_ons, join_home_countries
from .bodies import bodies_without_country, join_countries, join_run_ons, join_short_of_longer
from .brackets import join_bracketed_initials
from .given import (
    join_given_variants,
    join_short_given_in_one_article,
    join_short_given_names,
    join_without_first_given,
)
from .given_spelt import join_given_spellings
from .group_names import join_group_names
from .heads import join_company_heads
from .initials_after import join_names_before_initials
from .initials_words import join_initials_by_words
from .lead_run_on import join_lead_run_on_bodies, join_lead_run_ons
from .legal import join_legal_forms
from .legal_homes import join_by_homes
from .lone import join_lone_organizations, join_lone_surnames
from .lone_spelt import join_lone_spellings
from .longer import join_short_of_only_longer
from .names import join_middle_names, join_reordered, join_same_names, join_spellings
from .national import unlink_bodies_of_many_countries
from .opening import join_opening_initials, join_trade_names
from .partners import join_partnership_names
from .posts import hosted_posts, join_posts
from .qualified import join_qualified
from .rename import rename_all
from .spaced import join_spaced_spellings
from .state import Corpus
from .swapped import join_swapped_around_and
from .teams import join_team_nicknames, join_town_clubs, join_town_teams
from .tickers import join_by_tickers
from .waiting import defer_spellings
from .wires import join_wire_initials

__all__ = ["join_across_corpus", "merge_across_corpus"]


def merge_across_corpus(articles: Sequence[Article], config: Config | None = None) -> tuple[Article, ...]:
    """Return the articles with each entity renamed to its corpus-wide canonical name."""
    corpus = Corpus.of(articles, config or Config())
    join_across_corpus(corpus)
    return rename_all(corpus)


def join_across_corpus(corpus: Corpus) -> None:
    """Put the corpus's entities in groups, one per entity, each form with the reason it joined."""
    bodies = bodies_without_country(corpus)
    corpus.deferred = set(bodies)  # resolved one article at a time, by join_countries
    defer_spellings(corpus, bodies)
    posts = hosted_posts(corpus)  # resolved one article at a time, by join_posts
    join_same_names(corpus)
    join_bracket_run_ons(corpus)
    join_home_countries(corpus)
    join_reordered(corpus)
    join_swapped_around_and(corpus)
    join_spellings(corpus)
    join_spaced_spellings(corpus)
    join_legal_forms(corpus)
    join_by_homes(corpus)
    join_by_tickers(corpus)
    join_partnership_names(corpus)
    join_middle_names(corpus)
    join_short_given_names(corpus)
    join_short_given_in_one_article(corpus)
    join_given_variants(corpus)
    join_given_spellings(corpus)
    join_without_first_given(corpus)
    join_run_ons(corpus)
    join_lead_run_ons(corpus)
    join_lead_run_on_bodies(corpus)
    join_countries(corpus, bodies)
    join_short_of_longer(corpus)
    join_short_of_only_longer(corpus)
    join_qualified(corpus)
    join_bracketed_initials(corpus)
    join_wire_initials(corpus)
    join_lone_organizations(corpus)
    join_company_heads(corpus)
    join_group_names(corpus)
    join_opening_initials(corpus)  # after: initials the corpus spells out elsewhere keep that name
    join_initials_by_words(corpus)
    join_names_before_initials(corpus)
    join_trade_names(corpus)
    join_town_clubs(corpus)
    join_team_nicknames(corpus)
    join_town_teams(corpus)
    join_lone_surnames(corpus)
    join_lone_spellings(corpus)
    join_posts(corpus, posts)
    unlink_bodies_of_many_countries(corpus)  # last: only bare names no step joined to another
