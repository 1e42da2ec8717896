"""Attribution verbs and the patterns of who said a quotation: "…,” the army said", "X said: “…”", "according to X".

Read by `attribution` and `speakers`. Written on Reuters and AFP wire copy and the web collections'
development pages (each pattern names the case it was written for).
"""

from __future__ import annotations

import re

from .cues import PERSON_ROLES, SPEECH_VERBS, TITLES
from .quote_cues import (
    BACK_REFERENCES,
    INTRODUCED_ROLES,
    OWN_SPOKESPEOPLE,
    PERSON_BACK_REFERENCES,
    PRE_QUOTE_VERBS,
    STAFF,
)
from .text import TITLE_ABBREVIATIONS

# Verbs of comment that make their subject the speaker of the words beside them: "“…,” Benioff weighed in".
_COMMENT_VERBS = r"weighed\s+in|chimed\s+in|piped\s+up"
# A document that reads its words: "“…,” the statement read" (a banner or a sign that reads is no one's).
_READ_AFTER = "|".join(rf"(?<={noun}\s)" for noun in ("statement", "letter", "release", "message"))
_DOCUMENT_READS = rf"(?:{_READ_AFTER})reads?"
# An adverb before the verb ("quickly said"), not a noun ending so that speaks ("the Messi family said").
_ADVERB = r"(?!(?:family|ally|assembly|supply|rally|bully)\b)[a-z]+ly"
_VERBS = rf"(?:{SPEECH_VERBS}|{_COMMENT_VERBS}|according\s+to|{_DOCUMENT_READS})"
# A passive before "saying" after the quotation: "“…,” the minister, Ali Obeidi, was quoted as saying".
_QUOTED_AS = r"(?:(?:was|were|is|has\s+been)\s+(?:quoted|cited)\s+as\s+)?"
# "…,” the army said" / "…,” she told AFP" / "…,” Heller said": the speaker right after the quotation.
# A speaker written after its verb: a few lower-case words (a role, "a spokesman for"), then a
# name of capitalised words and particles; or a short noun phrase ("the army"), or a pronoun.
_CAPITALISED = r"(?:[A-Z]\.\s?)*[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|al|el|de|van|von|bin|and))*"
# "said Hope Relief Agency director Grace Achieng", "said Lindqvist Air general counsel Ola
# Berg": a body, a role of up to three lower-case words, then the name.
_ROLE_WORDS = "|".join(sorted(PERSON_ROLES | TITLES, key=lambda w: (-len(w), w)))
# "said the Spears staffer": a name qualifying someone of the person's, who speaks for themselves.
_STAFF_WORDS = "|".join(sorted(STAFF, key=lambda w: (-len(w), w)))
# "said Festival of Lights President JD Wexler": a body's name holding "of" or "for", a role in capitals, the name.
_CAPITAL_ROLES = "|".join(sorted((w.capitalize() for w in PERSON_ROLES | TITLES), key=lambda w: (-len(w), w)))
_BODY_ROLE_NAME = (
    rf"{_CAPITALISED}\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){{1,4}}(?:{_CAPITAL_ROLES})\s+{_CAPITALISED}"
)
_SPEAKER = (
    rf"(?:{_BODY_ROLE_NAME}|(?:[a-z’'-]+\s+){{0,4}}?{_CAPITALISED}(?:\s+(?:[a-z]+\s+){{0,2}}(?:{_ROLE_WORDS})\s+{_CAPITALISED}"
    rf"|\s+(?:{_STAFF_WORDS}|{_ROLE_WORDS})\b)?"
    # "said a spokesman for the firm.": a role for a body the story named before, by its kind.
    r"|(?:the|a|an|another|one)\s+[a-z]+\s+(?:for|of|at|with)\s+the\s+(?:[a-z]+\s+)?[a-z]+(?=[,.;:!?]|\s*$)"
    r"|(?:the|a|an|another|one)\s+[a-z]+(?:-[a-z]+)?(?:\s+[a-z]+)?|he|she|it|they)"
)
# A dot that ends an initial or a title's abbreviation, not a sentence: "Army spokesman Col. Adolphe
# Manirakiza told Reuters".
_NAME_DOT = "(?:(?<=[A-Z])" + "".join(f"|(?<={title})" for title in TITLE_ABBREVIATIONS) + r")\."
# A long body and role may stand before the name: "Universal Music Group International chairman
# and chief executive Lucian Grainge said" (100 characters).
# A show's name in marks may stand in the phrase ("“…,” the "Pose" actor previously said"), and an
# adverb before the verb.
WHO_THEN_VERB = re.compile(
    rf"^[\s,.!?…—–-]*(?P<who>(?:[^,.;:“”\"!?]|{_NAME_DOT}|\"[^\",.]{{1,30}}\"){{1,100}}?)"
    rf"\s+(?:{_ADVERB}\s+)?{_QUOTED_AS}(?P<verb>{_VERBS})\b"
)
# Words after a quotation that go on with its sentence, not name its speaker: "promised “real
# changes” from his Government as a Cabinet ally warned" (the ally speaks of something else), "would
# be “very surprised” if Mr Graham was charged", "saying “we should be going” while Max Verstappen agreed".
PREPOSITION_LED = re.compile(
    r"^[\s,]*(?:from|in|on|at|for|with|by|to|of|into|over|under|about|after|before|during|since|as"
    r"|if|when|because|unless|although|though|whether|than|while|whilst|whereas)\s"
)
# "…,” said analyst Sam Heller, of …" / "…”, according to the Observatory": verb first. Right after
# the closing mark, a present tense that elsewhere may be a plural noun is the verb too ("…,” comments
# Johnston in a statement", "…,” reports the Federal Trade Commission").
_AFTER_QUOTE_VERBS = (
    "comments|reports|reported|notes|explains|recalls|warns|insists|argues|observes|remarks"
    # "“Yes it was,” admits the director": an admission or a reply in the present.
    "|admits|concedes|confirms|replies|answers"
)
VERB_THEN_WHO = re.compile(rf"^[\s,.!?…—–-]*(?P<verb>{_VERBS}|{_AFTER_QUOTE_VERBS})\s+(?P<who>{_SPEAKER})")
# "…,” Dauster, a delegate at the symposium, told journalists": a name, an aside, then the verb.
# The aside may run to two places and an institution ("Lucas Paganini, a planetary scientist at
# the Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington,
# D.C., said": 130 characters).
# An initial's dot may stand in the name ("James P. Steyer, CEO and founder of Common Sense, said").
WHO_ASIDE_VERB = re.compile(
    rf"^[\s,.!?…—–-]*(?P<who>(?:[^,.;:“”\"!?]|{_NAME_DOT}){{1,60}}),[^“”\"]{{1,160}}?,\s+{_QUOTED_AS}(?P<verb>{_VERBS})\b"
)
# "…,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank
# told CBS News": a name and a role that never closes its comma, then the verb.
WHO_ROLE_VERB = re.compile(
    rf"^[\s,.!?…—–-]*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,3}}),\s+(?:a|an|the)\s[^“”\"]{{1,120}}?"
    rf"\s(?P<verb>{_VERBS})\b"
)
# "…” and were fighting, said the Syrian Observatory." / "…”, the ministry said.": the attribution
# closes the sentence the quotation stands in.
SENTENCE_END_WHO = re.compile(
    rf",\s+(?:(?P<verb>{_VERBS})\s+(?P<who>{_SPEAKER})[^,;“”\"]{{0,60}}"
    rf"|(?P<who2>(?:[^,.;:“”\"!?]|{_NAME_DOT}){{1,60}}?)\s+(?P<verb2>{_VERBS})\b[^,;“”\"]{{0,60}})"
    # "…” announced in October, said Derek Scissors, a China scholar with the institute.": an
    # appositive may close the sentence after the name, or name the one the verb's phrase only
    # describes ("…, said another witness in the probe, former adviser Fiona Hill.").
    rf"(?P<apposition>,\s+(?:a|an|the|who|former|then)\s[^“”\"]{{0,160}})?\s*[.!?]?$"
)
# A speech verb before the quotation: "Human Rights Watch warned the fighting “raises …", "X said: “…";
# or a verb that only introduces a quotation ("The Arab League called it an “extremely adverse
# development”", "with Foreign Minister Ayman Safadi warning of “dangerous consequences”"), but
# never a word's second half ("the so-called “cultural industries”", "so- called" as wires key it);
# a dash set off by spaces closes an aside, not a word ("Jo Lee - who lost an eye - described").
VERB_WORD = re.compile(rf"(?<!-)(?<!\w-\s)\b(?:{_VERBS}|According\s+to|{PRE_QUOTE_VERBS})\b")
# A name followed by a speech verb, maybe after an adverb ("Lyng said", "Lyng also told").
SPEAKS_AFTER = re.compile(rf"^\s+(?:[a-z]+\s+)?(?:{SPEECH_VERBS})\b")
# A name's spokesperson as the subject of a speech verb: "Swift's rep told Fox News that …" speaks for Swift.
SPOKEN_FOR_AFTER = re.compile(
    rf"^['’]s\s+(?:{'|'.join(sorted(OWN_SPOKESPEOPLE))})\s+(?:[a-z]+\s+)?(?:{SPEECH_VERBS})\b"
)
# A speech verb right before the opening mark: "and said, “…", "he told reporters: “…".
# "said in a statement, “…”": three words of where or how it was said.
INTRODUCED_BY_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+[a-z]+){{0,3}}\s*[,:]\s*$")
# The comma before a name in apposition to a speaker phrase, after the last word or two of a
# role the phrase's two words left out ("said the pop-star culture minister, Rui Tavares", "said the
# Var sub-prefect, Anne Roux").
# Or the role words between a body and its member: "said Messenger principal investigator Sean Solomon".
# A role in apposition, opening with an article: "a growth officer of the agency", "the head of Acme".
ROLE_OPENING = re.compile(r"\s*(?:a|an|the)\s+[a-z]")
APPOSED = re.compile(r"(?:\s+[a-z][a-z-]*){0,2},\s+|(?:\s+[a-z][a-z-]+){1,3}\s+")
# A role someone else has, ending a speaker phrase: "Bruce Steinberg’s sister", "Cruise's lawyer", and
# after a name ending in s, its bare apostrophe ("ECIS' spokesman", "the Yankees’ spokesman"); a role of
# several words too ("Sweden's deputy director of public prosecutions, Eva Berg, said").
POSSESSED_ROLE = re.compile(r"(?:['’]s|[sS]['’])\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}$")
# Lower-case role words between a body and a person of one noun phrase ("spokeswoman", "chief executive").
ROLE_GAP = re.compile(r"^\s+(?:[a-z]+\s+){1,3}$")
POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t)\b")
# A subordinate clause or a phrase opening a sentence, whose names are not its subject: "When he
# was first detained, the Department of Foreign Affairs raised concern …: “…”", "In an Instagram
# post, Van Der Beek … noted “…”".
LEADING_CLAUSE = re.compile(
    r"\s*(?:When|After|Before|While|As|Since|If|Although|Though|Because|Once|Until|Unless|Whether"
    r"|In|On|At|During|Following|Via|Through|With|Then)\b[^,]{0,120},"
)
# A body named by its kind as a sentence's subject, not its possessor: "the firm released a statement:".
BODY_SUBJECT = re.compile(rf"\s*[Tt]he\s+(?P<noun>{'|'.join(sorted(BACK_REFERENCES))})\b(?!['’])")
# A role standing as a sentence's subject: "the troubled singer blew him kisses and whispered, “…”".
ROLE_SUBJECT = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{'|'.join(sorted(PERSON_BACK_REFERENCES))})\b")
ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[^,;“”\"]{1,80}?),?\s*$")
# "The agency quoted him as saying", "it cited him as saying": the one quoted speaks; not "was quoted by
# the Times as saying", where the subject does.
QUOTED_AS = re.compile(r"\b(?:quot|cit)(?:ed|es|ing)\s+(?!by\b)(?P<who>[^,;“”\"]{1,60}?),?\s+as\s+$")
# A verb reporting what someone else did before the verb that introduces a quotation: "he said the
# allies had agreed to “…”" (the reporter's words), with the reporter before it.
REPORTING_VERB = re.compile(r"(?<=\w)\s+(?:said|says|told\s+\w+|added|announced)\s+(?:that\s+)?(?=[a-z])")
# The aside may be long ("Balladur, responding to remarks by … that …, said"); 160 characters.
ASIDE_END = re.compile(r"(?P<who>[^,;“”\"]{1,80}),(?P<aside>[^,“”\"]{1,160}),\s*$")
# An aside set off by dashes between the subject and its verb: "The Alliance - which represents 70
# councils - said:", "Jo Lee — who lost an eye — described"; the subject is the words before it.
DASH_ASIDE = re.compile(r"^(?P<who>[^-–—]+?)\s+[-–—]\s[^“”\"]{1,160}?\s[-–—]$")


# A personal name of two or three words, which the entity finder may not have made ("Sbastien Humbert"
# where a lost encoding dropped a letter): after a role in apposition, or after lower-case role words
# ending in an agent noun ("said planetary geologist Rosaly Lopes of …").
_NAME_WORD = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*"
PERSONAL_NAME = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?=\s*(?:[.,;]|$))")
ROLE_THEN_NAME = re.compile(
    rf"^(?:[a-z-]+\s+){{0,2}}(?P<role>{_ROLE_WORDS}|[a-z-]+(?:ist|er|or|ian|ect|man|woman))"
    rf"\s+(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})$"
)
# One to four capitalised words: a name, even one no entity was made of.
NAME_PHRASE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$")
# An auxiliary closing a speaker phrase belongs to the verb after it ("The church has responded").
AUXILIARY_END = re.compile(r"\s+(?:has|have|had|was|were|is|are|will|would|did|does|also)$")
# Words after a role that introduce someone new ("the manager for one of the oil companies", "the woman who").
INTRODUCED = re.compile(r"\s+(?:for|of|at|with|who|from)\b")
# A role with "the" as the subject of a verb: "the actress wasn't", "the coach has said".
ROLE_AS_SUBJECT = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{'|'.join(sorted(PERSON_BACK_REFERENCES))})\s+(?:[a-z]+ly\s+)?"
    r"(?:is|was|has|had|did|does|will|would|isn['’]t|wasn['’]t|hasn['’]t|didn['’]t|[a-z]{2,}(?:ed|s))\b"
)
# Names that end as a company's do: "the company said" refers to one of these first.
COMPANY_NAME = re.compile(r"\b(?:Corp|Corporation|Inc|Co|Company|Ltd|Plc|PLC|LLC|AG|SA|NV|Group|Holdings)\.?$")
_UNNAMED_WHO = (
    # "The PCB official said …" introduces a source as "A PCB official" does: "the" before a body's name only.
    r"(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he(?=\s+[A-Z]))\s+"
    r"(?P<phrase>(?:(?!(?:the|and|but|who|said|says|told|quoted|cited)\b)[\w’'().&/-]+\s+){0,6}?"
    rf"(?P<role>{'|'.join(sorted(INTRODUCED_ROLES))})s?)\b"
    r"(?P<tail>\s+(?:for|of|at|with)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z&][\w’'.&-]*|of|and))*)?"
)
# The source as a clause's subject, opening it ("A Brannock spokesman said", "…, a senior official
# said"), not an object ("acquired an investment dealer, adding …"); or right after the verb
# ("said one analyst who …").
UNNAMED_SOURCE = re.compile(
    rf"(?:^|[.,;:!?”\"]\s+|[.,;:!?]”\s+){_UNNAMED_WHO},?(?:\s+[^\s.;“”\"]+){{0,6}}?,?\s+(?:{SPEECH_VERBS})\b"
    rf"|\b(?:said|says|told|added|quoted|cited)\s+{_UNNAMED_WHO.replace('?P<', '?P<v_')}"
)
# Farthest a speech verb may stand before the quotation it introduces, in characters.
MAX_VERB_TO_QUOTE = 200
# What ends a clause before a speech verb: a comma (not one inside a number, "$300,000"), a semicolon, a mark.
CLAUSE_END_MARK = re.compile(r",(?!\d)|[;”\"]")
