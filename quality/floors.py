"""The quality floors: one table for every gate, read by the quality scripts and the gate tests.

A floor only goes up. Each quality script prints its figures, compares them with its rows here
through `failures` and exits non-zero when any figure is below its floor.
"""

from __future__ import annotations

from collections.abc import Mapping

FLOORS: dict[str, dict[str, float]] = {
    # quality/score_metadata.py on the 60 Reuters-21578 stories of labels/metadata.json (all stories).
    # Raised with the rules on names after a kinship word and places told by the words around them
    # (people 0.985, places 0.971).
    "reuters-metadata": {
        "people F1": 0.985,
        "organizations F1": 0.885,
        "places F1": 0.971,
        "dateline": 1.0,
        "agency": 1.0,
        "quotes found": 0.95,
        "speaker": 0.95,
    },
    # quality/score_web_entities.py on the 40 scraped web stories of labels/web_entities.json (all pages).
    # Raised with the rules on bodies named by a noun ("the journal X", "a law firm, X,"), chambers,
    # venues, indexes and firms named after their founders (people 0.898, organisations 0.760).
    # Raised with clubs named by a club's word or a division, bookmakers quoting odds, and towns that
    # stand for clubs in football copy (people 0.901, organisations 0.772, places 0.870).
    # Raised with honorifics without a full stop, full names listed among people, beside a result or
    # before their surname alone, names after kinship words, places told by a word for land, "city of"
    # or a state after them, streets as no places and clubs' nicknames joined to their full names
    # (people 0.923, organisations 0.776, places 0.885).
    # Raised with a portfolio after an office's "of" kept out of the name, words run on into a full
    # name cut off, clubs named by a city and a plural in sport copy and features "of" a name as places
    # (people 0.924, organisations 0.778, places 0.888).
    # Raised with groups named in the plural read as bodies ("the Spice Girls"; organisations 0.781).
    # Raised with the speaker rules carrying "he said" on from the quotation before, an unnamed
    # journalist of a named outlet speaking for it and a clause going on after a quotation (0.865).
    # Raised with provinces and states of other countries and countries' former names as places (0.891).
    # Raised with the wrong-hub rules: air bases, capes, mountains, "Air" no airline's word (0.783, 0.898).
    "web-entities": {
        "people F1": 0.924,
        "organizations F1": 0.783,
        "places F1": 0.898,
        "quotes found": 0.966,
        "speaker": 0.865,
    },
    # The same script on the 43 further development stories of labels/web_entities_dev.json.
    # Raised with the same rules and "they said" or "the company's statement said" read as the company
    # (organisations 0.841, speaker 0.911). Raised with the rules on clubs and teams (organisations 0.846).
    # Raised with the same rules (people 0.918, organisations 0.858, places 0.943). Raised with the rule
    # on the writers the text's own credit lines name, read as people (people 0.923).
    # Raised with carmakers that race as teams read as bodies, not towns (organisations 0.861, places 0.945).
    # Raised with provinces and states of other countries as places (places 0.951).
    # Raised with a party named as a descriptor as no body ("GOP presidential rival"; organisations 0.864).
    # Raised with "Air" read as an airline's word ("Nature Air"; organisations 0.867).
    "web-entities-dev": {
        "people F1": 0.922,
        "organizations F1": 0.871,  # raised with the wrong-hub rules (air bases, "Air", a town's spokesman)
        "places F1": 0.951,
        "quotes found": 0.999,
        "speaker": 0.911,
    },
    # The same script on the 30 fresh development stories of labels/web_entities_dev2.json, labelled
    # for organisations and quotation speakers only; first scored at organisations F1 0.580 and
    # speaker 0.750, before any rule was written on them. Raised with the rules on state codes after
    # towns, bodies named by a noun, venues and indexes, and "they said" after a company (0.733, 0.868).
    # Raised with the rules on clubs and teams ("AFC West", "the clash with Wigan"; 0.745).
    # Raised with the rules on clubs' records and towns' possessives before players, and names after
    # kinship words (organisations 0.752, speaker 0.875).
    # Raised with the speaker rules on a participle's subject, a stray comma before the verb and a
    # clause opened by a subordinator after a quotation (speaker 0.894).
    # Raised with mastheads, a member's body named before a role and a name, and British parties (0.758).
    # Raised with a body's word before an office, leaked papers and an event's numbered edition as no bodies (0.766).
    # Raised with an outlet's name with its article read as the outlet ("the People’s Daily warned"; speaker 0.914).
    "web-entities-dev2": {"organizations F1": 0.766, "quotes found": 0.999, "speaker": 0.914},
    # The same script on the 30 fresh development stories of labels/web_entities_dev4.json, labelled
    # for quotation speakers only; first scored at quotes found 1.000 and speaker 0.712, before any rule
    # was written on them. Raised with the speaker rules carrying "he said" or "added the champion" on
    # from the quotation before, a lone surname read as the full name written before, a member named
    # after a body and role words, a possessor as no participle's subject and a pronoun opening a
    # verb phrase before "telling" (speaker 0.784). Raised with two names the entity finder runs
    # together ("Steve Irwin Paul Watson", the first and third words given names) read as the second (0.848).
    "web-entities-dev4": {
        "quotes found": 1.0,
        "speaker": 0.848,
    },
    # The same script on the 15 development stories of labels/web_entities_dev6.json, rich in
    # quotations and labelled for speakers only; first scored at quotes found 1.000 and speaker 0.711 (79 of 111),
    # before any rule was written on them. Raised with a one-word speaker read as the one longer name
    # the story writes around it ("said Ashish Arora" where the entity finder kept "Arora"; 0.747).
    # Raised with a name in apposition to a body's spokeswoman ("said the spokeswoman, Hua Chunying")
    # and a name before a role missing its closing comma ("X, a director of Acme said:"; 0.774).
    # Raised with "the firm" opening a sentence that introduces a statement read as the firm named
    # before (0.801). Raised with "dubbing the launch an “…”" and "to warn of “…”" introducing words (0.819).
    # Raised with a month after a given name kept as its surname ("Theresa May") and a diminutive written
    # before the full name kept apart from it ("Andy Murray", "Andrew Murray"; 0.846).
    "web-entities-dev6": {"quotes found": 1.0, "speaker": 0.846},
    # The same script on the 15 check stories of labels/web_entities_check6.json, drawn with dev6 and
    # only scored, never read for misses; first scored at quotes found 0.936 and speaker 0.757 (78 of 103).
    # Raised with the month-surname and diminutive rules of dev6's last raise, none read here (speaker 0.776).
    "web-entities-check6": {"quotes found": 0.936, "speaker": 0.776},
    # The same script on the 12 development stories of labels/web_entities_dev7.json, rich in quotations and
    # labelled for speakers only; first scored at quotes found 1.000, speaker 0.769 (80 of 104), before any rule.
    # Raised with a place word opening a person's name read as the person ("Kim said"), a surname merged into
    # another name read as the one written in full with it, "he" after a subject whose given name only a
    # locale's list gives to women, "the group" called so in apposition and campaigners as roles (0.875).
    "web-entities-dev7": {"quotes found": 1.0, "speaker": 0.875},
    # The same script on the 12 check stories of labels/web_entities_check7.json, drawn with dev7 and only
    # scored, never read for misses; first scored at quotes found 1.000 and speaker 0.807 (92 of 114).
    "web-entities-check7": {"quotes found": 1.0, "speaker": 0.807},
    # The same script on the 30 fresh development stories of labels/web_entities_dev3.json, labelled
    # for people, organisations and places only; first scored at people F1 0.901, organisations 0.503
    # and places 0.894, before any rule was written on them. Raised with titles of works and venues as
    # no people, nationalities cut off full names, racing carmakers, media named as a report's source,
    # plural groups, firms with capitals inside, plural possessives in bodies' names and currency codes
    # as no places (people 0.924, organisations 0.661, places 0.911). Raised with a newborn or a parent,
    # cousin or partner before a town's name making it a person's ("newborn Hayes"; places 0.917).
    # Raised with a word cited "according to" that is no given or family name read as a body (0.671).
    # Raised with transliterated Russian given names and models' names as no people (people 0.932).
    # Raised with trades and techniques written in capitals as no bodies ("an annoying DJ"; 0.696).
    # Raised with a town and a numbered nickname read as a club ("Philadelphia 76ers"; 0.706).
    # Raised with mastheads, a member's body named before a role and a name, and British parties (0.720).
    # Raised with provinces and countries' former names as places (organisations 0.725, places 0.930).
    # Raised with a body's word before an office and an event's numbered edition as no bodies (0.736).
    "web-entities-dev3": {
        "people F1": 0.932,
        "organizations F1": 0.736,
        "places F1": 0.930,
    },
    # The same script on the 9 fresh development stories of labels/web_entities_dev5.json, labelled for
    # people, organisations and places only; first scored at people F1 0.909, organisations 0.604 and
    # places 0.958, before any rule was written on them. Raised with mastheads, a member's body named
    # before a role and a name, events as no people and a story's opening credit as no body (people
    # 0.937, organisations 0.711, places 1.0). Raised with a party named as a descriptor as no body (0.727).
    # Raised with a founder's name in the possessive owning no noun as the business ("McDonald's") and
    # names listed after a plural noun of bodies ("chains such as") as bodies (0.782).
    "web-entities-dev5": {
        "people F1": 0.937,
        "organizations F1": 0.782,
        "places F1": 1.0,
    },
    # The same script on the 8 stories of labels/web_entities_check5.json, drawn with dev5 and never
    # tuned on (its misses are not read); first scored at people F1 0.459 (a team sheet of surnames),
    # organisations 0.315 and places 0.647, before any rule was written.
    "web-entities-check5": {
        "people F1": 0.466,  # raised with the wrong-hub rules, not tuned on these pages
        "organizations F1": 0.315,
        "places F1": 0.685,  # raised with the wrong-hub rules, not tuned on these pages
    },
    # quality/score_metadata.py on the 30 further quotation stories of labels/metadata_extra.json.
    "reuters-metadata-extra": {
        "people F1": 1.0,
        "organizations F1": 0.892,
        "dateline": 1.0,
        "agency": 0.966,
        "quotes found": 0.95,
        "speaker": 0.95,
    },
    # quality/score_web.py on scraped pages, held-out half: L3S-GN1 story words and headline block,
    # and the 130 hand-labelled pages of labels/web_metadata.json. Where the extractor stands; the
    # targets it is meant to reach are story F1 0.92 (met), headline block 0.95, headline 0.95,
    # dateline 0.95, credit 0.97, byline 0.9, publication date 0.9 (met): raise these as it gets there.
    "web-stories": {
        "l3s story F1": 0.952,
        # Raised with slogans, kickers, topic labels, score lines and a call to message the newsroom (0.857),
        # then a title line printed twice and headlines up to 40 blocks over the story (0.863).
        "l3s headline block": 0.863,
        # Benchmark pages' markup headline: 0.739 untuned (dev 0.870), 0.768 (dev 0.935) with those rules.
        "aeb headline": 0.768,
        "headline": 0.888,  # raised with the same rules
        # Raised with the rules on a dateline's dash lost to '?' and a title-case place's "St." (0.9365).
        "dateline": 0.936,
        # Raised with the rules on credits where no dateline or byline holds them, bylines with a
        # bracketed service and day-first sites (0.921, 0.873).
        "agency": 0.92,
        "byline": 0.873,
        "published": 0.984,  # raised with headlines found further over the story, beside their stamp
    },
    # The same script on the 70 fresh development pages of labels/web_metadata_dev2.json ("dev, fresh"),
    # labelled before any rule was tuned on them: headline 0.900, dateline 0.957, credit 0.914, byline
    # 0.857, published 0.929 then, the estimate of the extractor on unseen pages. Raised with the rules
    # on bylines by bars, roles and addresses, colon datelines and ISO stamps (0.900, 0.971, 0.914,
    # 0.943, 0.943); credit stays where it was, the rule on cited wires being left out. Raised with the
    # rules on credits, bracketed services in bylines and day-first sites (0.943, 0.957, 0.957). Raised
    # with the rules on slogans, kickers in capitals and a site's link for advertisers (headline 0.943),
    # wires written of as another's (credit 0.971), a writer and outlet under the headline and a blog
    # post's "Posted by" footer (byline 0.986). Raised with the rule on lists of links and a story's
    # summary lines over the story, whose entries are no headline (headline 0.957, published 0.971).
    # Raised with the rules on post lines giving date and writer under the headline (byline 1.000).
    # Raised with the rule on a wire's slug under its copy, which dates it (published 0.986).
    "web-stories-fresh": {"headline": 0.957, "dateline": 0.97, "agency": 0.971, "byline": 1.0, "published": 0.985},
    # The same script on the 70 pages of labels/web_metadata_dev3.json ("dev, fresh 3"), a third draw
    # labelled once the second had been tuned on, before any rule was changed for it: headline 0.900,
    # dateline 0.957, credit 0.843, byline 0.886, published 0.900 then, the estimate on unseen pages;
    # 0.900, 0.957, 0.943, 0.900, 0.914 with the rules on wire credits ("With files from", a service in a
    # byline's brackets, "(Reuters) -" without a place, a dash and the wire closing the story), bylines
    # ended at a bracket and numeric stamps read day first on day-first countries' sites. Raised with the
    # rules on score lines under a sport code, datelines whose dash the host dropped, headlines over
    # their byline past a call to message the newsroom, hours in four figures and decks opening with a
    # preposition (0.943, 0.971, 0.943, 0.914, 0.929). Raised with the rules on stamps in other
    # languages' month names and year first, post lines, a writer's label alone over the name, a writer
    # over the stamp over the headline and two writers joined over the stamp (headline 0.957, byline
    # 0.971, published 0.943), and the rule on a deck printed again as the first paragraph (headline 0.971).
    # Raised with the rule on a title-case place with an outlet's bracketed credit for its dash (dateline 0.985).
    "web-stories-fresh3": {"headline": 0.971, "dateline": 0.985, "agency": 0.942, "byline": 0.971, "published": 0.942},
    # The same script on the 42 pages of labels/web_metadata_dev4.json ("dev, fresh 4"), a fourth draw
    # labelled once the third had been tuned on, before any rule was changed for it: headline 0.905,
    # dateline 0.929, credit 0.905, byline 0.905, published 0.905 then, the estimate on unseen pages.
    # Raised with the rules on a dateline's dash set without spaces (dateline 0.952), editors' initials
    # over the agencies used and an agency alone under a caption (credit 0.976), a bureau's city run on
    # to the writer's name, a brand's role line and a mangled space before the service (byline 0.952),
    # and a feed's "originally appeared on" line (published 0.929). Raised with the rule that a wire a signed
    # story's writers spoke to is their source, not their credit (credit 1.000).
    "web-stories-fresh4": {"headline": 0.904, "dateline": 0.952, "agency": 1.0, "byline": 0.952, "published": 0.928},
    # The same script on the 45 pages of labels/web_metadata_dev5.json ("dev, fresh 5"), a fifth draw
    # labelled once the fourth had been tuned on, before any rule was changed for it: headline 0.889,
    # dateline 0.933, credit 0.978, byline 0.844, published 0.867 then, the estimate on unseen pages.
    # Raised with the rules on a dateline's dash lost to '?', a title-case place's "St." (dateline 1.000),
    # a writer's label and name in one line, a name alone under a "By" line, "Posted by" under the
    # headline, a deck between headline and byline (byline 0.933), dates joined by hyphens and a date
    # labelled as another thing's (published 0.955). Raised with the rule on a blog's name over a post's
    # title (headline 0.911). Raised with the rule on a title line printed twice (headline 0.933).
    "web-stories-fresh5": {"headline": 0.933, "dateline": 1.0, "agency": 0.977, "byline": 0.933, "published": 0.955},
    # The same script on the 24 pages of labels/web_metadata_dev6.json ("dev, fresh 6"), a sixth draw labelled
    # once the fifth had been tuned on, before any rule was changed for it: headline 0.958, dateline 0.917,
    # credit 0.917, byline 0.875, published 0.875 then, the estimate on unseen pages. Raised with the rules
    # on an outlet's bracketed credit after a title-case place and under the story's highlights (dateline
    # 0.958), wires cited "according to" them, a "Source: <wire>" line in the story (credit 1.000) and a
    # byline run into the first paragraph before the wire's credit (byline 0.916). Raised with the rule on a
    # club's name under the headline (byline 0.958), and headlines 40 blocks over the story (1.000, 0.916).
    "web-stories-fresh6": {"headline": 1.0, "dateline": 0.958, "agency": 1.0, "byline": 0.958, "published": 0.916},
    # The same script on the 24 pages of labels/web_metadata_check6.json ("check 6"), the other half of the
    # sixth draw, labelled alike but whose misses are never read: headline 0.958, dateline 0.958, credit 1.000,
    # byline 0.792, published 0.917 before any rule was changed for the draw. It says whether the rules
    # tuned on the development pages transfer to pages nobody tuned on.
    "web-stories-check6": {"headline": 0.958, "dateline": 0.958, "agency": 1.0, "byline": 0.791, "published": 0.916},
    # quality/score_matching.py, clean wire copy: the labelled Reuters-21578 pairs of labels/pairs.json
    # among distractors, synthetic versions with known edits (complete ground truth) and digests.
    "reuters-matching": {
        "labelled P": 0.98,
        "labelled R": 0.98,
        "synthetic P": 0.99,
        "synthetic R": 0.99,
        "digests kept apart": 1.0,
    },
    # The same script, scraped web news: the held-out half of labels/web_pairs.json (News-Cluster
    # records and L3S-GN1 pages as scraped, the story found by the build's own detection),
    # unambiguous pairs and all pairs. Where matching stands on pages as scraped, below the
    # annotated-story row: story detection's misses (a link read as a one-block story's headline)
    # still cost pairs. Targets: P 0.98, R 0.97.
    "web-matching": {
        "unambiguous P": 0.95,
        "unambiguous R": 0.904,
        "all F1": 0.895,
    },
    # The same script on labels/web_pairs_dev.json, a further development-only draw ("dev, more"):
    # 192 pairs outside the first file's candidates, 3 of them versions (two ends of one agency's
    # write-through chain, a paywalled page keeping only the wire headline), the rest hard negatives
    # (one outlet's furniture or an agency's copyright line on different stories, two agencies' stories
    # of one event).
    "web-matching-dev-more": {
        "unambiguous P": 1.0,
        "unambiguous R": 1.0,
        "all F1": 1.0,
    },
    # The same script on labels/web_pairs_dev2.json, a fresh development-only draw ("dev, fresh")
    # judged before the matcher was tuned on it: 149 pairs, every one a different-story pair (the
    # collections hold no version pair outside the first two files), so what it measures is the share
    # of hard negatives kept apart (furniture, shared quotations, one event's write-ups): 149 of 149
    # before any change to the matcher (one false merge would be 0.993).
    "web-matching-dev-fresh": {
        "unambiguous kept apart": 0.99,
        "all kept apart": 0.99,
    },
    # The same script on synthetic web versions (quality/synth_web.py): 40 L3S-GN1 stories, each set in
    # other pages' furniture as an original, a reprint, a re-top, a trim and a four-step write-through
    # chain, digests of two stories and one story reprinted 130 times (complete ground truth).
    # Before the rules on a write-through's new lede and on conflicts in a widely reprinted story:
    # P 1.000, R 0.926, big story 0.992 in one group (chain versions joined to their original 0.90,
    # 0.63, 0.30, 0.20: a new lede's names read as another item's subject); with them 1.000 / 0.995 / 1.000.
    "web-matching-synthetic": {"P": 1.0, "R": 0.99, "digests kept apart": 1.0, "big story in one group": 1.0},
    # The same pairs with L3S-GN1 pages given as their annotated story (--annotated-story):
    # matching measured apart from story detection.
    "web-matching-annotated": {
        "unambiguous P": 0.95,
        "unambiguous R": 0.95,
        "all F1": 0.88,
    },
    # quality/version_map.py: every link of every story's version map resolves on its page, and
    # every map's cells agree with the versions' edits (Reuters re-sends; web collections).
    "version-map-reuters": {"links resolve": 1.0, "cells agree": 1.0},
    "version-map-web": {"links resolve": 1.0, "cells agree": 1.0},
    # quality/score_merge.py: labels/alias_pairs.json merged by a build of each corpus, and the
    # share of hubs (3+ articles) of a whole Reuters build and of the web build whose articles
    # mostly write their name. The held-out rows are where the merge stands, below the targets
    # it is meant to reach (precision 0.98, recall 0.9): raise them as it gets there.
    "alias-merge": {
        # Raised with the rules on vowels and doubled letters, umlauts, monarchs' names and bodies
        # with their country after them (dev 1.000 / 0.872, held-out 0.933 / 0.683).
        "dev precision": 0.993,  # with initials after the company's name they open in their article ("IMS")
        # Recall counts the pairs whose two forms the build still writes (a form the entity finder no
        # longer writes, "Associated Press Massa", leaves nothing to merge): dev 0.924, held-out 0.718 (28 of 39);
        # dev 0.937 with a body's name joining the only name a body word longer; 0.943 with initials
        # going to the body they are written beside far more ("EC") and given names in other letters;
        # 0.949 with names run on past their angle bracket and misspelt words of the language.
        "dev recall": 0.968,  # with the "IMS" rule and a body's one country's word ("U.K. Unlisted Securities Market")
        "held-out precision": 0.93,
        # 0.744 (29 of 39) with surnames resolved in their article in another case or before a generation,
        # letters moved, and hyphenated given names compared whole.
        "held-out recall": 0.74,
        # labels/alias_pairs_dev.json, the development-only draw of transliterations, initials, legal
        # forms and short given names: 0.971 / 0.635 before the rules on given names that agree,
        # legal forms that disagree and tickers; 0.977 / 0.808 with them; 0.979 / 0.904 with given
        # names' diminutives and other spellings, and short forms in the article naming one in full;
        # 1.000 / 0.923 with a group's name kept from its one company ("Mitsubishi") and initials going
        # to the body written beside them far more ("EMS").
        "more dev precision": 0.99,
        "more dev recall": 0.92,
        # labels/alias_pairs_dev2.json, a fresh draw of the first file's types judged before any rule for
        # them: 1.000 / 0.742 then (the estimate on pairs no rule was tuned on); 1.000 / 0.871 with the
        # rules above; 1.000 / 0.903 with initials spelt out beside a body far more than written with a
        # legal form the body's ("ICO"); 1.000 / 0.933 once a ticker in other case ends the name before it
        # ("Reuters Holdings Plc <RtrSY>" is no longer written, a miss counted apart, not merged).
        "fresh dev precision": 0.99,
        "fresh dev recall": 0.93,
        # labels/alias_pairs_dev3.json, a further fresh draw judged before any rule for it: 0.900 / 0.730
        # then; 0.903 / 0.757 with initials in brackets after a name in their article that name's;
        # 0.966 / 0.757 with initials spelt out in brackets as another body going to no other body
        # ("BIL") and a surname whose article says she kept from a man of that name; 1.000 / 0.811 with a
        # country's embassy one body per host country, a slip of a body's name waiting for its country
        # waiting with it ("General Service Administration") and initials opening a company's name in
        # their article ("HCC Industries"); 1.000 / 0.865 with a misspelt word of the language in a long
        # body's name ("Coodination") and a company with its home country after "of" ("Alitalia of Italy");
        # 1.000 / 0.892 with a long, rare surname alone in other vowels joining the one person named in
        # full by it ("Ahmedinajad").
        "fresh 2 dev precision": 0.99,
        "fresh 2 dev recall": 0.918,  # with a one-word name and its trade ("JiJi News Agency")
        # labels/alias_pairs_dev4.json, a fourth fresh draw judged before any rule for it: 1.000 / 0.682
        # then (15 of 22), the floor set at that untuned score; 0.773 (17 of 22) with initials after their
        # company's full name and legal form ("IML") and a name without its first given name ("Tayyip Erdogan").
        "fresh 3 dev precision": 1.0,
        "fresh 3 dev recall": 0.863,  # 0.818 with "Williams Pipeline Co"; 0.863 with "ANA Airlines", a trade
        # labels/alias_pairs_dev5.json, a fifth fresh draw judged before any rule for it: 0.944 / 0.895 then
        # (17 of 19; "Citizens Bank" of one town merged with another town's; missed "Aluminium" beside
        # "Aluminum" and a surname beside a title's word run on), the floors set at that untuned score; 0.947 /
        # 1.000 with a body's name opening with "International", "World" or "Global" no one country's, so one
        # however a word of it is spelt ("International Primary Aluminium Institute").
        "fresh 4 dev precision": 0.947,
        "fresh 4 dev recall": 1.0,
        # labels/alias_pairs_dev6.json, a sixth fresh draw judged before any rule for it: 0.938 / 0.750 then
        # (15 of 20; "Federal Home Loan Bank", the board, merged with the "Federal Home Loan Banks"; missed
        # "ANZ", "Fuju Bank", "Organisation", "Westchester, Pa.", "Mazar-i-Sharif"), the floors set at that
        # untuned score; 1.000 / 0.850 (17 of 20) with a body named in the plural in several articles kept from
        # the singular unless the articles agree, a company's registered name one however a word of it is spelt,
        # and a place's hyphens read as a space or nothing in the gazetteer ("Mazar-i-Sharif").
        "fresh 5 dev precision": 1.0,
        # Raised by the short word's slip in a registered name ("Fuju Bank Ltd"): 0.900.
        "fresh 5 dev recall": 0.9,
        # labels/alias_pairs_dev7.json and alias_pairs_check7.json, one tenth draw dealt pair by pair into a
        # development file and a check file (never shown), judged before any rule: 1.000 / 0.909 (10 of 11)
        # and 1.000 / 0.818 (9 of 11) then, the floors set at those untuned scores.
        "fresh 6 dev precision": 1.0,
        # Raised by initials counting the company's articles by all its names ("RMJ"): 1.000.
        "fresh 6 dev recall": 1.0,
        "check 6 precision": 1.0,
        "check 6 recall": 0.818,
        # alias_pairs_dev8.json, _check8.json (eleventh draw, dealt alike): untuned 1.000 / 0.857, 0.909 / 0.625;
        # fresh 7 recall raised with a city's other name where its articles name its country ("Oporto").
        "fresh 7 dev precision": 1.0,
        "fresh 7 dev recall": 0.928,
        "check 7 precision": 0.909,
        "check 7 recall": 0.625,
        "reuters hubs named in their articles": 1.0,
        "web hubs named in their articles": 1.0,
    },
}


def failures(gate: str, figures: Mapping[str, float]) -> list[str]:
    """Return a line for every figure of a gate below its floor (a missing figure fails too)."""
    lines = []
    for name, floor in FLOORS[gate].items():
        value = figures.get(name)
        if value is None:
            lines.append(f"{gate}: {name} was not measured (floor {floor:.3f})")
        elif value < floor - 1e-9:
            lines.append(f"{gate}: {name} {value:.3f} is below its floor {floor:.3f}")
    return lines


def report(gate: str, figures: Mapping[str, float]) -> int:
    """Print the gate's verdict and return the exit status: 0 when every floor is met, else 1."""
    lines = failures(gate, figures)
    for line in lines:
        print(f"BELOW FLOOR  {line}")
    if not lines:
        print(f"{gate}: every figure meets its floor ({len(FLOORS[gate])} floors)")
    return 1 if lines else 0
