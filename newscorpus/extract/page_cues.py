"""What marks the parts of a scraped page: word lists and patterns read by `page.py`.

Each pattern matches the text of one block, whitespace collapsed. They are written for what any
news site prints around its stories (seen across the 408 sites of a 2008 Google News crawl and
the 126 sites of a 2019 crawl, and checked on Reuters and AFP wire copy, which holds none of
them): menus, share bars, prompts, photo credits, copyright lines, comment forms, link lists.
"""

from __future__ import annotations

import re

from .agency_names import AGENCY_ALTERNATION, AGENCY_FORMS

# --- furniture: navigation, widgets, prompts, timestamps, share bars, copyright lines ---------

# Whole blocks that are a page's own controls and prompts, never a story's words: "Advertisement",
# "Subscribe", "Share this article", "Print", "Email this story", "Skip to content", "Log in".
_CONTROL_WORDS = (
    r"advertisement|advertising|advertise(?: with us| here)?|sponsored(?: content| links?)?|ad(?:vert)?s? by \w+"
    r"|skip to (?:main )?content"
    r"|subscribe(?: now| today| to [\w .'’-]+)?|sign (?:in|up|out|on)(?: for [\w .'’-]+)?|log ?(?:in|out)|register"
    r"|share(?: this| on| via)?(?: article| story| page)?|tweet(?: this)?|e-?mail(?: this| to a friend)?(?: story"
    r"| article)?|(?:send|e-?mail|refer) (?:this )?(?:story |article )?to (?:a )?friend(?:[\W_]+font size)?"
    r"|print(?: this)?(?: story| article| page)?|printer[- ]friendly(?: version)?|save(?: article| story)?"
    r"|bookmark(?: this)?|recommend(?: this)?|follow us(?: on [\w ]+)?|like us on facebook|text size|font size"
    r"|a\+?|a-|increase font size|decrease font size|back to top|top of page|home(?: ?page)?|menu|search|close|next"
    r"|previous|prev"
    # A label over the story's text: "Article:", "Full story".
    r"|article|story|full (?:story|text|article)"
    r"|more|continue reading(?: (?:the )?(?:main |full |rest of (?:the |this )?)?(?:story|article))?"
    r"|read (?:more|full story|the full story|next)|click here(?: [\w .'’-]+)?|loading\W*"
    r"|watch(?: video| now)?|play video|listen|video|photos?|gallery|view gallery|enlarge(?: this)? (?:image|photo)"
    r"|comments?(?: \(\d+\))?|\d+ comments?|post a comment|add (?:a |your )?comment|leave a comment|reply|report abuse"
    r"|permalink|trackback|rss|rss feeds?|newsletters?|alerts?|contact us|about us|privacy(?: policy)?"
    r"|terms(?: of use| of service)?"
    r"|site ?map|help|faq|feedback|careers|jobs|classifieds|weather|horoscopes?|puzzles|games|crosswords?|obituaries"
    r"|related|related (?:articles?|stories|news|links|content|coverage|videos?|topics|tags)|see also"
    r"|more on this(?: story)?"
    r"|most (?:read|popular|viewed|emailed|e-mailed|shared|commented)|top stories|latest (?:news|stories|headlines)"
    r"|trending(?: now)?|recommended(?: for you)?|you may (?:also )?like|editor'?s? picks?|in other news|don'?t miss"
    r"|tags?|topics?|filed under|categories|keywords|story highlights|what'?s this\??"
)
# An advertisement's label run into the control under it: "Advertisement Continue reading the main story".
CONTROL = re.compile(rf"^[\W_]*(?:advertisement[\W_]+)?(?:{_CONTROL_WORDS})[\W_]*(?::.*)?$", re.I)
# The same controls run together as a bar: "Email | Print | Share", "FacebookEmail Twitter".
CONTROL_TOKEN = re.compile(
    r"facebook|twitter|linkedin|pinterest|reddit|whatsapp|digg|delicious|del\.icio\.us|stumbleupon|newsvine|email"
    r"|e-?mailed|e-mail|this ?(?:page|article|story)|most|printed"  # "E-mail this page … Most printed"
    r"|print|share|comments?|tweet|google\+?|messenger|sms|copy link|save|flipboard|tumblr|more|rss|myspace|yahoo"
    # "Print Email To Editor Post Comments": a letter to the editor and a comment are controls too.
    r"|(?:letter ?)?to ?(?:the ?)?editor|post ?(?:a ?)?comments?",
    re.I,
)
# Link-list separators: a block of several items joined by bars, bullets or double colons; or by
# a question mark between capitalised items, a bullet a page saved in the wrong encoding lost
# ("Premier League ? Championship ? SPL ? Champions League").
SEPARATORS = re.compile(r"\s[|•·»›]\s|\s::\s|\s\|\s?|\s?\|\s|\s\?\s(?=[A-Z])")
# A mark every separator holds: a block without one is not searched for them.
SEPARATOR_MARK = re.compile(r"[|•·»›:?]")
# Copyright and rights lines: "© 2008 The Associated Press. All rights reserved.", "Copyright 2008 Reuters".
# (Two patterns, as `is_copyright` tries them: the opening mark, then the words anywhere, their first
# letters looked at first.)
_COPYRIGHT_MARK = re.compile(r"^\W*(?:\(c\)|©|copyright\b)", re.I)
_COPYRIGHT_WORDS = re.compile(
    r"\b(?=[amt])(?:all rights reserved\b|may not be (?:published|reproduced|redistributed)|this material may not\b)",
    re.I,
)


def is_copyright(text: str) -> bool:
    """Return True for a copyright or rights line (`_COPYRIGHT_MARK` opening it, or `_COPYRIGHT_WORDS` in it)."""
    return bool(_COPYRIGHT_MARK.match(text) or _COPYRIGHT_WORDS.search(text))


# A legal notice opening with its copyright, however long: "All Content is Copyright © 2008 … and AFP".
COPYRIGHT_OPENING = re.compile(
    r"^\W*(?:all (?:content|material|text)s? (?:is |are |on this site (?:is |are )?)?)?(?:\(c\)|©|copyright\b)", re.I
)
# Prompts that invite the reader to do something: newsletters, apps, cookies, paywalls.
PROMPT = re.compile(
    r"^(?:sign up|subscribe|get (?:the|our) (?:latest|free|daily)|download (?:the|our) app|click here|follow (?:us|@)"
    r"|join (?:us|the conversation)|we use cookies|by using this (?:site|website)|you have \d+ free"
    r"|already a subscriber|to continue reading|support (?:our|independent) journalism"
    r"|become a (?:member|subscriber)|this (?:site|website) uses|have your say"
    r"|please (?:enable|log in|sign in|register|note|read)|send us (?:your|a) (?:news|story|tip)"
    r"|to read (?:this|the) (?:full )?(?:article|story)|your account (?:has|is)"
    r"|(?:premium|registered|subscriber) (?:article|content)|register (?:now|for free|free)"
    r"|not a (?:member|subscriber)|submit (?:a|your) (?:story|photo|news tip|tip|letter|comment)"
    # A call for readers' tips: "We pay for your stories! Do you have a story for …", "Got a tip?".
    r"|we pay for (?:your )?(?:stories|videos|pictures|photos)"
    # A pointer to the page's video or a call to subscribe: "Scroll down for video", "Keep up with this story and more
    # by subscribing now".
    r"|scroll down for (?:the )?(?:video|more)|keep up with this story"
    # A call to message the newsroom: "Chat with us in Facebook Messenger. Find out what's happening …".
    r"|chat with us (?:in|on|via) (?:facebook )?messenger"
    # A widget's error message: "Something went wrong with the connection!", "An error occurred. Please try again".
    r"|(?:oops\W+)?(?:something went wrong(?: with (?:the|your) (?:connection|request|server))?"
    r"|an error (?:has )?occurred)(?:\W*please try again(?: later)?)?(?=\W*$)"
    r"|(?:do you have|got) a (?:story|tip|news tip)(?=\s*(?:\?|for\b|$))"
    # A link to the story's message board, maybe after a bullet: "» Discuss this story on the league's message board".
    r"|[^\w\s]{0,2}\s*(?:discuss|comment on) this (?:story|article))\b",
    re.I,
)

# --- supplemental: captions, photo and video credits (the patterns in `page_captions`) ---------

# A credit line naming an agency and nothing else, as photo credits print it ("THE ASSOCIATED PRESS").
AGENCY_ONLY = re.compile(rf"^\W*(?:the\s+)?(?:{AGENCY_ALTERNATION})\W*$", re.I)

# --- related and comments ---------------------------------------------------------------------

# Other languages' prompts to read another story, as sites set them over a link or a list of links: Italian "Leggi
# anche", German "Lesen Sie auch", French "Lire aussi", Spanish "Leer más", Portuguese "Leia também", Dutch "Lees ook".
_READ_ALSO = (
    r"leggi (?:anche|pure|tutto)|vedi anche|guarda anche|(?:ti )?potrebbe(?:ro)? (?:interessarti|anche interessare)"
    r"|(?:articoli|notizie) correlat[ei]"
    r"|lesen sie (?:auch|mehr|hier)|lies auch|mehr zum thema|siehe auch|auch interessant|weiterlesen"
    r"|(?:à )?lire (?:aussi|également|la suite)|voir aussi|sur le même sujet"
    r"|le[ea] (?:también|más)|leer más|ver también|(?:te|le) puede interesar|noticias relacionadas"
    r"|leia (?:também|mais)|veja (?:também|mais)|saiba mais|notícias relacionadas"
    r"|lees (?:ook|meer|verder)|zie ook"
)
# A heading that opens a list of links to other stories.
RELATED_HEADING = re.compile(
    rf"^\W*(?:{_READ_ALSO})\b.*|"
    r"^\W*(?:related(?: \w+)?|see also|more (?:on|about|from|in|stories|news|headlines)\b.*|also (?:on|in|read)\b.*"
    r"|read (?:more|also|next)\b.*|recommended\b.*|most (?:read|popular|viewed|emailed|e-mailed|shared)\b.*"
    r"|top (?:stories|news|headlines)|latest (?:news|stories|headlines)|you (?:may|might) (?:also )?(?:like"
    r"|be interested)\b.*"
    r"|other (?:news|stories)|in (?:other|related) news|external links?|elsewhere on \w+.*|popular (?:stories|now)"
    r"|what(?:'s| is) hot|trending\b.*|next (?:article|story)\b.*|previous (?:article|story)\b.*|more headlines"
    # A writer's other stories: "Also by this author", "More by the writer".
    r"|(?:also|more) by (?:this|the) (?:author|writer|reporter|columnist)"
    # An advertiser's links: "Sponsored Links", "Ads by Google", "Promoted Stories", "Around the Web".
    r"|sponsored (?:links|stories|content)|ads by \w+|promoted (?:links|stories|content)|around the web)\W*$",
    re.I,
)
# A pointer to another page inside the text: "Read more: …", "READ MORE: …", "See also: …"; a link's headline with
# "Read more" after it ("Storm closes schools across the county Read more"), matched as a pointer with its headline
# after it.
# Another language's prompt is one whether it stands alone or leads a short line, with or without a colon ("Leggi
# anche Il comune chiude la piscina").
RELATED_POINTER = re.compile(
    r"^\W*(?:read more|read also|see also|also read|related|watch|more)\s*[:»›>|-]"
    rf"|^\W*(?:{_READ_ALSO})(?:\s*[:»›>|-]|\W*$|\s+(?=.{{1,120}}$))"
    r"|^(?=[^.!?]{10,200}\s(?-i:Read more|READ MORE)$)",
    re.I,
)
# A prompt to read another story standing alone on its line ("Leggi anche", "Read more:"): the line under it is
# the link.
PROMPT_ALONE = re.compile(rf"^\W*(?:read more|read also|see also|also read|{_READ_ALSO})\W*$", re.I)
# A line holding no word of a story: a rule drawn with characters ("___", "-----", "* * *"), dots, or a
# template's name for a box left in the text ("more-in", "story_body": words in small letters joined by hyphens).
BARE_LINE = re.compile(r"^(?:[\W_]+|[^\W\d_A-Z]+(?:[-_][^\W\d_A-Z]+)+)$")
# A story's trailer under its last paragraph: a label and an address or two ("More AP NBA: https://apnews.com/NBA and
# https://twitter.com/AP_Sports", "Jane Roe: http://example.com/janeroe"), an address alone; a short label over such
# lines ("Online:"); a call to follow someone at an address ("Follow Jane Roe on Twitter at https://…").
TRAILER_LINK = re.compile(
    r"^\W*(?:[^:\s][^:]{0,59}:\s*)?(?:https?://|www\.)\S+(?:\s*(?:,|and|&|\|)\s*(?:https?://|www\.)\S+)*\s*$", re.I
)
TRAILER_LABEL = re.compile(r"^\W*\w+(?:\s+\w+){0,2}\s*:\s*$")
# (Not "Follow Jane Roe on Twitter: @janeroe", which may sign the story off under "Email the author.")
FOLLOW_AT = re.compile(r"^\W*Follow\s.{1,80}\s(?:on|at)\s.{0,40}(?:https?://|www\.)\S*\W*$", re.I)
# A heading or control that opens readers' comments; what follows it is theirs, not the story's.
COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:(?:reader|readers'?|user|your)\s+)?(?:comments?|responses?|reactions?|discussion|views)"
    r"(?:\s*\(\d+\))?(?:\s+(?:on|about|to) (?:this|the) (?:story|article|post))?\W*$"
    r"|^\W*(?:post|add|leave|write|submit|read|view|show|see) (?:a |your |all |the )?(?:\d+ )?comments?\b"
    r"|^\W*(?:have your say|join the (?:discussion|conversation)|what do you think\??|talk back|speak up"
    r"|comments? (?:are|is) (?:closed|now closed|moderated)|you must be logged in to (?:post|comment)"
    r"|to protect our readers|by submitting (?:this|a|your) comment|comments? powered by)",
    re.I,
)
# A reader's signature opening or closing a comment: "Posted by joe at 10:45 PM", "Said K Ramesh on 2008-01-19".
# (Two patterns, as `is_comment_signature` tries them: the line's shape from its start, then a control's
# words anywhere, their first letters looked at first.)
_COMMENT_SIGNATURE_LINE = re.compile(
    r"^\d{1,4}\.\s+(?:posted\s+)?by\s+\S+$"
    r"|^(?:posted|written|submitted|said|commented)\s+by\b|^(?:said|posted)\s+\S+(?:\s\S+)?\s+(?:on|at)\s+\d"
    r"|^[^.!?]{2,120}\s(?:wrote|said|says|writes):$|^\d+ agree\b"
    r"|^[-–—]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*,\s*[A-Z][\w .,]*$",
    re.I,
)
_COMMENT_CONTROL_WORDS = re.compile(
    r"\b(?=[rv])(?:report (?:this|abuse|as inappropriate)|recommend(?:ed)? by \d+|reply to this"
    r"|vote on this comment)\b",
    re.I,
)


def is_comment_signature(text: str) -> bool:
    """Return True for a reader comment's signature or controls ("Posted by …", "Report abuse")."""
    return bool(_COMMENT_SIGNATURE_LINE.match(text) or _COMMENT_CONTROL_WORDS.search(text))


# --- the story's own lines: bylines, credits, stamps ------------------------------------------

# A byline block: "By Jane Doe", "By JANE DOE, Associated Press Writer", "Jane Doe, Staff Writer",
# "By Agencies on Friday, January 18, 2008", "Staff and agencies".
BYLINE = re.compile(
    # A full stop inside a word ends no sentence: the writer's address ("By Ann Lee annl@gazette.com").
    r"^(?:By|BY|by):?\s+[A-Z\"“](?:[^.!]|(?<=\b[A-Z])\.|(?<=\b(?:Jr|Sr|St|Dr|Mr|Ms))\.|(?<=\w)\.(?=[a-z]{2,3}\b))*$"
    r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},?\s+(?:(?:AP|Associated Press|Reuters|AFP|CNN|[A-Z][a-z]+)\s+)?"
    r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ss]taff [Ww]riter|WRITER|REPORTER|CORRESPONDENT)s?\W*$"
    r"|^(?i:staff and agencies|agencies|staff reporter|special correspondent"
    r"|from (?:our )?correspondents?(?: in [\w ,]+)?"
    r"|special to (?:the )?[\w ]+"
    r"|[\w ]+ news service)\W*$"
)
# A writer's name as a byline line prints it: a given name, maybe an initial, one or two more names
# ("Erin Hitchcock", "Derrik J. Lang"); the given name is captured to be checked against the lists.
_WRITER = r"(?P<given>[A-Z][a-z]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}"
# A byline written without "By": a given name and surname, then the outlet, desk or place after a
# comma or "in" ("Erin Hitchcock, Burnaby Now", "Derrik J. Lang, THE ASSOCIATED PRESS", "Kate Connolly
# in Berlin"). Read only when the first word is a given name, so "Bush, Saudis Talk Oil" is a headline.
NAMED_BYLINE = re.compile(
    rf"^(?:By:?\s+)?{_WRITER}"
    r"(?:\s*,\s*|\s+in\s+|\s+for\s+)(?:the\s+|The\s+|THE\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\W*$"
)
# A writer's name alone, two or three words each capitalised or in capitals, maybe an initial between
# ("TAVITA OKONKWO", "Amira Tlili", "Wen-Jie K. Odhiambo"): the shape of a byline whose given name no list
# holds, read as one only where a byline stands and over the writer's role or a stamp.
_NAME_WORD = (
    r"(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)?|Mc[A-Z][a-z]+"
    r"|[A-ZÀ-Þ]{2,}(?:[-'’][A-ZÀ-Þ]+)?|[A-Z]['’][A-Z]{2,})"
)
NAME_SHAPE = re.compile(rf"^{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{_NAME_WORD}){{1,2}}$")
# A person's name alone, or followed by a role or a stamp: "Jeff Latzke", "michelle shephard national
# security reporter", "Chris Davies - Nov 19, 2019, 10:31 pm CST" (read as a byline only under a headline
# and only when the first word is a given name).
PERSON_LINE = re.compile(
    r"^(?P<given>[A-Za-z][a-z]+|[A-Z]+)(?:\s+[A-Z]\.)?(?:\s+(?:de|van|von|al|el)?\s*[A-Za-z][\w'’-]+){1,2}"
    r"(?:\s+(?:[\w ]{0,40}(?:writer|reporter|correspondent|editor|columnist))"
    r"|\s+(?:[-–—|?•]|--)\s+[\w ,.:/]*\d[\w ,.:/]*"
    # Or the writer's service in brackets, maybe a stamp: "Paul Meller (IDG News Service) 15/01/2008 07:25:00".
    r"|\s*\([A-Za-z][\w .&'’-]{1,40}\)(?:\s+[\w ,.:/]*\d[\w ,.:/]*)?)?"
    # Then the writer's handle, with or without a space, maybe an age: "Catherine Shu @catherineshu / 2
    # days", "Natasha Turak@NatashaTurak".
    r"(?:\s*@\w+(?:\s*[-–—/|•·]\s*[\w ]{1,20})?)?$",
    re.I,
)
# Two writers joined by "and", maybe their outlet after, without "By": "Jane Roe and Sam J. Poe Harbour
# Gazette", "Jane Roe and Sam Poe , Harbour News Service" (a comma set off by a space, as a site's template
# prints it; read as a byline only when both first words are given names), or in capitals: "ANN LEE and SAM POE".
WRITERS_LINE = re.compile(
    r"^(?P<given>[A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+\s+(?:and|&)\s+"
    r"(?P<other>[A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+(?:\s+,)?(?:\s+[A-Z][\w.'’&-]*){0,4}$"
    r"|^(?P<given_caps>[A-Z]{2,})(?:\s+[A-Z]\.)?\s+[A-Z][A-Z'’-]+\s+(?:and|&)\s+"
    r"(?P<other_caps>[A-Z]{2,})(?:\s+[A-Z]\.)?\s+[A-Z][A-Z'’-]+$"
)
# A wire's name opening a line, then what follows it: "Associated Press November 19, 2019, 9:02 AM".
AGENCY_OPENING = re.compile(rf"^\W*(?:the\s+)?(?:{AGENCY_ALTERNATION})\b[\s,|/•·–—-]*")
# A name and the wire it writes or shoots for: "Derrik J. Lang, THE ASSOCIATED PRESS", "Al Goldis,
# Associated Press", "Tom Davies Associated Press": a byline or a photo credit, never a headline.
NAME_AND_AGENCY = re.compile(
    rf"^(?:By:?\s+)?{_WRITER}(?:\s*,\s*|\s+)"
    rf"(?i:the\s+)?(?i:{AGENCY_ALTERNATION})\W*$"
)
# A stamp and then the byline: "5:45 AM PST 11/19/2019 by Patrick Shanley", "October 9, 2018 | by Jane Roe",
# maybe the writer's outlet after a comma: "Jan 14 2008 by Jane Roe, Harbour Gazette".
# STAMP_BY is the part before the name (a stamp when DATE_OR_TIME finds one in it), STAMP_BYLINE the whole line.
_STAMP_BY = r"^[\w ,.:/]*\d[\w ,.:/|]*?\s+by\s+"
STAMP_BY = re.compile(_STAMP_BY + r"(?=[A-Z])")
_OUTLET_AFTER = r"(?P<outlet>\s*,\s*(?:the\s+|The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?"
STAMP_BYLINE = re.compile(_STAMP_BY + _WRITER + _OUTLET_AFTER + r"\W*$")
# A byline run on to a bar of the page's controls: "Email | Print | Text size ? + By Jane Roe", "| By Jane Roe".
BAR_BYLINE = re.compile(r"^(?P<bar>.*[|+])\s*(?P<byline>By:?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})$")
# A photographer's line, whose credit the next block may carry: "Photo by Mark Jones", then "AP".
PHOTO_BY = re.compile(r"^\W*(?:photos?|pictures?|images?|photographs?)\s*(?:by\b|:)", re.I)
# "By" alone in its block, the writer's name in the next one.
BY_ALONE = re.compile(r"^(?:By|BY|by):?$")
# A writer's label alone in its block, the writer or desk in the next ("Author:", then "Jane Roe" or
# "Harbour Gazette Editorial Staff"), in the languages of the web's small sites.
AUTHOR_LABEL = re.compile(
    r"^(?i:authors?|written by|posted by|autor|autora|autore|auteur|publicado por|postado por|escrito por"
    r"|publié par|écrit par|scritto da|geschrieben von|verfasst von)\s*:?$"
)
# A byline in another language: its "by" ("Von", "Por", "Par", "Door") or its label ("Texto:", "Текст:",
# "Автор:") before a name of two or three words in any alphabet, alone or before a separator or a word of
# publishing and the stamp ("Von Jana Roe publiziert am 30. Juli 2018", "Текст: Анна Ли·24 сентября 2018").
_ANY_NAME_WORD = r"[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+(?:[-'’][A-ZÀ-Þа-яА-ЯЁ]?[a-zß-ÿа-яё]+)?"
FOREIGN_BYLINE = re.compile(
    r"^(?:(?:Von|VON|Por|POR|Par|PAR|Door|DOOR)\s+|(?:Texto|Texte|Testo|Текст|Автор|Авторы)\s*:\s*)"
    rf"{_ANY_NAME_WORD}(?:\s+{_ANY_NAME_WORD}){{1,2}}"
    r"(?P<rest>\s*[|·•,–—-].*|\s+(?:publiziert|veröffentlicht|publicado|publié)\b.*)?$"
)
# A writer's label and the name in one block, as post lines print them: "Author : Jane Roe", "Writer: Jane
# Roe". Read only when the name opens with a given name ("Author: Staff" names nobody).
LABELLED_BYLINE = re.compile(rf"^(?i:authors?|writer|reporter)\s*:\s*{_WRITER}\W*$")
# What a writer's label names: a few words, each capitalised or a name's particle (a name or a desk).
LABELLED_WRITER = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ&][\w.'’-]*|de|da|do|van|von|del|di)){1,5}$")
# A headline and its stamp kept on one line: "Scores killed as truck rams crowd in France Updated:
# 2016-07-15 13:14 By Agencies(China Daily USA)". Two blocks: the headline, then the stamp line.
_STAMP_WORD = r"(?:last\s+)?(?:updated|published|posted)\b"
HEADER_LINE = re.compile(rf"^(?P<title>[^\W\d].{{10,200}}?)\s+(?P<stamp>{_STAMP_WORD}\s*:\s*\d.{{0,100}})$", re.I)
# A stamp line under a headline says what it is first: "Updated: 2016-07-15 13:14 By Agencies".
STAMP_OPENING = re.compile(rf"^{_STAMP_WORD}", re.I)
# A blog post's own footer under its last paragraph, the writer then the stamp: "Posted by Jane Roe at December
# 29, 2007 12:03 PM | Email This", "Posted By: Jane M. Roe ( Email ) | December 13 2007". A reader's signature
# is the same line under a comment, below the comments' heading; a handle ("Posted by harbourfan on …") is no
# writer's name. A post's writer alone under its headline: "Posted by Jane Roe" (comments are signed so too).
POSTED_BY_ALONE = re.compile(r"^(?i:posted|written)\s+(?i:by)\s*:?\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}$")
POSTED_BY = re.compile(
    r"^(?i:posted|written)\s+(?i:by)\s*:?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+(?:at|on)\s+|\s*\|\s*)(?=\S*\d|[A-Z][a-z]+\.?\s+\d)"
)
# A post signed at its foot: "-- Aaron Gold".
SIGNATURE = re.compile(r"^[-–—]+\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s*$")
# A role or desk in a byline block rather than a name: "AP Sports Writer", "Technology Correspondent".
BYLINE_ROLE = re.compile(
    r"^(?:(?:AP|Associated Press|Reuters|AFP|Senior|Chief|Special|Staff|Sports|Business|Political|Technology|Science"
    r"|Health|Foreign|Diplomatic|Legal|Economics|Economic|Political|Entertainment|Tech|Music|Film)\s+)*"
    r"(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor)s?\W*$",
    re.I,
)
# A credit or sign-off line under a story naming the wire: "- REUTERS", "Brought to you by AAP",
# "Article from: Agence France-Presse", "With inputs from PTI", "AP contributed to this report",
# "With files from the Associated Press" (Canadian outlets' note on a story built on the wire's copy), "AP - AFP",
# "Some information for this report was provided by AFP and AP".
CREDIT_LINE = re.compile(
    rf"^\W*(?:(?:brought to you by|article from|source|from|via|with inputs from|inputs from|with files from"
    rf"|agencies|by|courtesy(?: of)?)\s*:?\s*)?"
    rf"(?:the\s+)?(?:{AGENCY_ALTERNATION})(?:\s*(?:and|&|/|,|\s[-–—]\s|;\s*with\s+files\s+from)\s*(?:the\s+)?"
    rf"(?:{AGENCY_ALTERNATION}))*\W*$"
    rf"|^\W*(?:the\s+)?(?:{AGENCY_ALTERNATION})\s+contributed\s+to\s+this\s+(?:report|story)\W*$"
    # A note of the wires the story used, naming none: "With Post wires", "With wire reports", "Staff and wire reports",
    # "From wire services", "Wire services contributed to this report".
    rf"|^\W*(?:with|from|staff\s+(?:and|&))\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,2}}wires?"
    rf"(?:\s+(?:reports|services|agencies|copy))?\W*$"
    rf"|^\W*wire\s+(?:reports|services)\s+contributed\s+to\s+this\s+(?:report|story)\W*$"
    rf"|^\W*(?:the\s+)?(?:{AGENCY_ALTERNATION}),\s+[A-Z][\w .'’-]{{1,30}},?\W*$"
    rf"|^\W*(?:with\s+)?(?:additional\s+)?(?:reporting|information|material)\s+(?:by"
    rf"|from)\s+(?:the\s+)?(?:{AGENCY_ALTERNATION})\b"
    # "Some information for this report was provided by AFP and AP".
    rf"|^\W*(?:some\s+)?(?:additional\s+)?(?:reporting|information|material)\s+(?:for|in)\s+this\s+(?:report|story"
    rf"|article)\s+(?:was\s+|were\s+)?(?:provided|contributed|supplied)\s+by\s+(?:the\s+)?(?:{AGENCY_ALTERNATION})\b",
    re.I,
)
# An agency named anywhere in a line (a copyright line under the story is its credit).
AGENCY_NAMED = re.compile(rf"\b(?:{AGENCY_FORMS})\b")
# Reuters' closing credit line: "(Reporting by Jane Doe; Editing by John Roe)".
REPORTING_BY = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b", re.I)

# A headline of four words or more run into the next text without a space: two lower-case letters, a
# figure or a question mark, then a capital ("… In DetroitIn the market", "… for 11/15You can", "… On
# The Rise?Violence is"); a name's own capital follows fewer ("McDonald", "iPhone").
# (Each word and the spaces after it are taken whole, "++": giving any back could not make the rest match.)
GLUED_HEADLINE = re.compile(r"^(?P<head>(?:\S++\s++){3,20}\S*(?:[a-z]{2}|\d|[?!]))(?=[A-Z][a-z'’]*\s)")
# Blocks never a headline: a menu path or bar ("CANADA | MANITOBA", "Home > Sport"), a site's address
# ("CBNNews.com"), a pointer to a gallery or clicks ("Click for the gallery", "Photo by Mark Jones").
# A page's stamp, its clock time after "Published", "Posted" or "Updated": "60 Published By - Google News -
# Entertainment - 2017.12.30. 18:26".
_PAGE_STAMP = r"\b(?:published|posted|updated)\b.{0,80}\b\d{1,2}:\d{2}\b"
PAGE_STAMP = re.compile(_PAGE_STAMP, re.I)
NOT_HEADLINE = re.compile(
    r"^\W*\d{1,2}/\d{1,2}/\d{2,4}\b|\(\d{1,2}:\d{2}\)"
    r"|^\W*(?:do more|share (?:this|your|knowledge)|discover|learn more|find out|see more|get the|join"
    r"|sign (?:up|in)|listen|download|go to|return to|back to (?:top|home|homepage|the top|index))\b"
    r"|\s[|»›]\s|\s>\s.*\s>\s|\b\w+\.(?:com|net|org|co\.uk|com\.au|ca|in)\b"
    # A breadcrumb's first step: "News > Choosing a President".
    r"|^[\w&'’ ]{2,30}\s>\s"
    # Page labels over a story: "About The Author", "From the Wires", "Where am I?", "Enlarge Image", "News".
    r"|^\W*(?:about the author|from the wires|where am i|enlarge\b|news\W*$)"
    # A wire's slug line: "BC-ME-GEN--Iraq, 8th Ld-Writethru,1264".
    r"|^[A-Z]{2}-[A-Z]{2,5}-[A-Z]{2,5}-|\bLd-Writethru\b"
    r"|^\W*(?:click|photo by|photos? by|you are in|you are here|home\s*[:>»/|])"
    # A breadcrumb's last step left open: "Telegraph > News >".
    r"|\s[>»›]\s*$"
    # A widget still loading when the page was saved: "Loading... Click here for news menu".
    r"|^\W*loading\s*(?:\.\.\.|…)"
    # A call to follow the site or a writer: "Follow CNN Business", "Follow us on Twitter", "Follow @janeroe".
    r"|^\W*follow\s+(?:us\b|@\w+)|^\W*(?-i:Follow(?:\s+[A-Z][\w.&'’-]*){1,3})\W*$"
    # A page's stamp (PAGE_STAMP); a label over a story's points, run into the first: "Story highlights …".
    rf"|{_PAGE_STAMP}|^\W*(?:story highlights|key points)\b"
    # A post's reading time: "Reading time: 2 minutes", "4 min read", "Tempo de leitura: 2 minutos".
    r"|^\W*(?:(?:estimated )?read(?:ing)? time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\s*:"
    r"|^\W*\d+\s*(?:min|mins|minutes?)\s+read\W*$"
    r"|^\W*(?:director|author|category|cast|starring|rating|genre|section|source|filed under|posted in|tags?|runtime"
    r"|running time|produced by|written by|location|venue|price|language|duration)\s*:"
    # A site's slogan under its name, over the stamp of a blog's post: "Sound Commentary on Current Events
    # in Seattle", "News and views from the valley", "Your source for local news".
    r"|^\W*(?:[\w'’-]+\s+){0,2}(?:commentary|news|views|opinions?|analysis)\s+(?:and\s+[\w'’-]+\s+)?on\s+current\s+"
    r"(?:events|affairs)\b|^\W*news\s+(?:and|&)\s+views\b|^\W*your\s+(?:source|home|destination)\s+for\b",
    re.I,
)

# A deck's opening: an article, a clause's preposition ("With six launches slated this year, experts fear
# …"), or "Ahmadinejad is", a sentence's subject and verb.
DECK_OPENING = re.compile(
    r"^(?:The|A|An|This|These|It|He|She|They|In|After|As|With|Amid|Despite)\s|^[A-Z]\w+\s(?:is|was|has|had|will|said|says)\s"
)

# --- sentence shape -------------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# Characters that close a sentence, before any closing quote or bracket ("。" and "！" in Chinese and Japanese).
SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
# A sentence ending inside a block, followed by more text: a paragraph of several sentences.
SENTENCE_MARK = re.compile(r"[.!?。！？][\"'”’)\]」』]*(?:\s|$)")
