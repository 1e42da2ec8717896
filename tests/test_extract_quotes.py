"""Quotation speakers in the attribution patterns of modern wire copy, from sentences written for these tests.

Each case pins one rule; the comment above it says which. The first paragraph of every text is a
neutral opening line, so that no case depends on being the story's lead.
"""

from __future__ import annotations

import pytest

from newscorpus.config import Config
from newscorpus.extract import extract_article
from newscorpus.model import Article, Quote, Source, SourceMeta

CONFIG = Config()
OPENING = "Opening line of the story goes here.\n\n"


def article(text: str) -> Article:
    result = extract_article(Source(id="story", path="story.txt", text=OPENING + text, meta=SourceMeta()), CONFIG)
    assert result is not None
    return result


def quote_starting(text: str, start: str) -> Quote:
    quotes = article(text).quotes
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, f"no quotation starts {start!r}: {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # "X said" after the quotation: the named person.
        ("“The road is closed,” Maria Olsen said.", "The road is closed", "Maria Olsen"),
        # "said X" after the quotation: verb first, then the name.
        ("“The road is closed,” said Maria Olsen.", "The road is closed", "Maria Olsen"),
        # "X, the minister, said": a name, an appositive role in commas, then the verb.
        ("“We will not pay,” Karim Haddad, the finance minister, said.", "We will not pay", "Karim Haddad"),
        # "X, a role, told reporters": the same with an indefinite role.
        ("“Talks broke down,” Jonas Berg, a union negotiator, told reporters.", "Talks broke down", "Jonas Berg"),
        # "according to X" after the quotation.
        ("Troops were “moving towards the border”, according to Colonel Lena Voss.", "moving towards", "Lena Voss"),
        # "X told AFP": the agency is the audience, not the speaker.
        ("“Nobody came to help us,” Amina Diallo told AFP.", "Nobody came to help", "Amina Diallo"),
        # "X told Reuters by telephone": the same for another agency, with words after it.
        ("“We are safe for now,” Pedro Alves told Reuters by telephone.", "We are safe", "Pedro Alves"),
        # "X said in a statement": an organisation speaking in a statement.
        (
            "“The figures are provisional,” Nordbank Holdings said in a statement.",
            "The figures are provisional",
            "Nordbank Holdings",
        ),
        # "the ministry said": refers back to the ministry named earlier.
        (
            "The Health Ministry published new figures on Monday.\n\n“Cases are falling,” the ministry said.",
            "Cases are falling",
            "Health Ministry",
        ),
        # Titles before names: "Treasury Secretary James Baker said" -> the person, without the title.
        ("“The dollar is too high,” Treasury Secretary James Baker said.", "The dollar is too high", "James Baker"),
        # A title written after the verb: "said Prime Minister X".
        ("“We stand together,” said Prime Minister Ana Ribeiro.", "We stand together", "Ana Ribeiro"),
        # "X said:" before the quotation.
        ("Defence chief Tomas Lind said: “The operation is over.”", "The operation is over", "Tomas Lind"),
        # "a spokesman for X said" -> X.
        (
            "“We have no comment at this stage,” a spokesman for Halvorsen Shipping Ltd said.",
            "We have no comment",
            "Halvorsen Shipping Ltd",
        ),
        # "an X spokeswoman said" -> X, the organisation named inside the phrase.
        (
            "Corvin Motors Inc recalled 2,000 cars.\n\n“Safety comes first,” a Corvin spokeswoman said.",
            "Safety comes first",
            "Corvin Motors Inc",
        ),
        # "X, 45, said": an age between commas is no part of the attribution.
        ("“I have lived here all my life,” Fatima Noor, 45, said.", "I have lived here", "Fatima Noor"),
        # "said X, who …": a relative clause after the name.
        ("“We saw the smoke first,” said Luis Ortega, who lives nearby.", "We saw the smoke", "Luis Ortega"),
        # "said X, 34, a role": age and role after the name.
        ("“We waited for hours,” said Ahmed Karimi, 34, a father of three.", "We waited for hours", "Ahmed Karimi"),
        # An acronym after a described body: the body's acronym speaks.
        ("“Needs are growing fast,” the UN's humanitarian office OCHA said.", "Needs are growing fast", "OCHA"),
        # "X wrote on social media".
        (
            "“The vote was stolen,” opposition leader Ivan Horvat wrote on Facebook.",
            "The vote was stolen",
            "Ivan Horvat",
        ),
        # "X said, adding that …" before a partial quotation: the same speaker.
        (
            "Minister Aiko Tanaka said rates would hold, adding that the yen was “broadly stable”.",
            "broadly stable",
            "Aiko Tanaka",
        ),
        # "X said …, adding: “…”": the speaker of the sentence's first verb.
        (
            "Coach Pia Lund praised the defence, adding: “We can beat anyone at home.”",
            "We can beat anyone",
            "Pia Lund",
        ),
        # "…, adding:" after a body, a role and a name: the person adds it, not the body.
        (
            "“Talks failed,” Ministry of Fisheries director Ola Brun told reporters, adding: “We will try again.”",
            "We will try again",
            "Ola Brun",
        ),
        # "“…,” said X, adding, “…”": the second quotation is the same speaker's.
        (
            "“We are ready,” said Captain Owen Price, the team's leader, adding, “The rest is up to them.”",
            "The rest is up to them",
            "Owen Price",
        ),
        # "quoted X as saying": the person quoted, not the outlet quoting.
        (
            "Ministry chief Tariq Aziz spoke at length.\n\nThe agency quoted him as saying the strait "
            "“can be closed with artillery alone”.",
            "can be closed",
            "Tariq Aziz",
        ),
        # "told AFP, asking not to be named": an unnamed source with the agency as audience.
        (
            "“The talks have collapsed,” a source close to the negotiations told AFP, asking not to be named.",
            "The talks have collapsed",
            None,
        ),
        # "In a statement, the ministry said": the attribution opens the sentence.
        (
            "The Interior Ministry denied the reports.\n\nIn a statement, the ministry said: “No arrests were made.”",
            "No arrests were made",
            "Interior Ministry",
        ),
        # "According to X, “…”": the source named after the verb, before the quotation.
        (
            "According to the Red Cross, “thousands of families have fled the area”.",
            "thousands of families",
            "Red Cross",
        ),
        # "X told AFP:" ending a paragraph, the quotation in the next paragraph.
        (
            "Camp manager Yusuf Bello told AFP:\n\n“We have no more tents and no more water.”",
            "We have no more tents",
            "Yusuf Bello",
        ),
        # A long appositive naming an organisation: the person, not the body.
        (
            "“The toll is rising,” Rami Saad, who heads the Geneva-based Monitor for Civil Rights, told AFP.",
            "The toll is rising",
            "Rami Saad",
        ),
        # A role and organisation before the name after "said".
        (
            "“We expect more arrivals,” said Hope Relief Agency director Grace Achieng.",
            "We expect more arrivals",
            "Grace Achieng",
        ),
        # "the agency said" after "the news agency IRNA": the body called an agency, though its name is not.
        (
            "The official news agency KONA reported the attack.\n\n“The raid was repelled,” the agency said.",
            "The raid was repelled",
            "KONA",
        ),
        # "the newspaper said" after a newspaper was named: that newspaper.
        (
            "The Lakeside Herald said output fell.\n\n“Supply is short,” the newspaper said.",
            "Supply is short",
            "Lakeside Herald",
        ),
        # "the statement said": whoever was said to issue the statement.
        (
            "Halvik Foods Inc said in a statement it would cut 300 jobs.\n\n“The decision was hard,” the statement said.",
            "The decision was hard",
            "Halvik Foods Inc",
        ),
        (
            "Minister Jan Kowal met Trask Oil Corp.\n\nThe Foreign Ministry issued a statement on Friday.\n\n"
            "“We reject these claims,” the statement said.",
            "We reject these claims",
            "Foreign Ministry",
        ),
        # Unnamed speakers tied to no named body: no entity.
        ("“Prices will keep climbing,” one trader said.", "Prices will keep climbing", None),
        ("“It was chaos,” a witness told AFP.", "It was chaos", None),
        ("“Talks are going well,” a senior diplomat said.", "Talks are going well", None),
        # A role of several lower-case words between the body and the name after the verb: the person.
        (
            "“We will file again on Monday,” said Lindqvist Air general counsel Ola Berg.",
            "We will file again",
            "Ola Berg",
        ),
        # A stray comma before the verb: the capitalised phrase holding a person's name is the subject,
        # not an aside after the clause that opens the sentence.
        (
            "When the exchange first proposed the rule in May, Exchange President Ann Lee, said, "
            "“This will bring in new traders from Asia.”",
            "This will bring in new traders",
            "Ann Lee",
        ),
        # A long aside opening in lower case between the subject and the verb: the subject speaks.
        (
            "Mirela Petrescu, answering criticism from Economy Minister Dan Ionescu that the central bank "
            "had been slow to act on inflation, said “We acted as soon as the figures allowed it.”",
            "We acted as soon",
            "Mirela Petrescu",
        ),
        # "a company spokesman": the company named before speaks through him.
        (
            "Shares in Varga Holdings Ltd rose after the announcement.\n\n"
            "The deal could be worth “several hundred million dollars,” a company spokesman told Reuters.",
            "several hundred million",
            "Varga Holdings Ltd",
        ),
    ],
)
def test_attribution_patterns(text: str, start: str, speaker: str | None) -> None:
    quote = quote_starting(text, start)
    got = quote.speaker if quote.speaker_kind is not None else None
    assert got == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # "he added" resolves to the last named man as a subject.
        (
            "Economist Felix Brandt spoke at the forum.\n\n“Growth will slow,” he added.",
            "Growth will slow",
            "Felix Brandt",
        ),
        # "she said" resolves to the last named person, skipping organisations named since.
        (
            "Governor Hana Sato met Orbis Energy Corp executives.\n\n“We need more power plants,” she said.",
            "We need more power",
            "Hana Sato",
        ),
        # "the analyst said" refers back to the analyst just named.
        (
            "Analyst Rita Gomez expects a cut.\n\n“The bank has room to move,” the analyst said.",
            "The bank has room",
            "Rita Gomez",
        ),
        # ... but not a person named as a subject paragraphs before, in another role.
        (
            "Premier Li Wen resigned in January.\n\nThe party has been on the offensive since.\n\n"
            "Growth slowed in the spring.\n\nThe economist said, “Reform is always risky.”",
            "Reform is always risky",
            None,
        ),
        # "he said" after an unnamed official was the subject is that official, not a person named before.
        (
            "President Omar Saleh left for talks.\n\nA senior aide said the trip was planned.\n\n"
            "“This is a routine visit,” he said.",
            "This is a routine visit",
            None,
        ),
        # "he said" after an unnamed official of a named organisation speaks for it.
        (
            "Supplies were cut, a senior Kestrel Oil Co official said.\n\n“We have yet to decide,” he said.",
            "We have yet to decide",
            "Kestrel Oil Co",
        ),
        # ... but a person opening a sentence after the unnamed source is whom "he" means.
        (
            "Rates may fall, a senior Norland Bank official said.\n\nBoard member Erik Vik also told the "
            "conference rates were high.\n\n“Stability matters most,” he said.",
            "Stability matters most",
            "Erik Vik",
        ),
        # "The X president said …, adding …": the back-reference of the verb before "adding".
        (
            "Company president Rolf Ek spoke to staff.\n\nThe Ekholm president said sales were good, adding "
            "he saw no “major obstacles ahead”.",
            "major obstacles ahead",
            "Rolf Ek",
        ),
        # "said one analyst who …" then "The analyst … said": unnamed, not a person quoted in between.
        (
            "“Jon Berg will never sell,” said one analyst who doubted the rumours.\n\n"
            "The analyst, who asked not to be named, said, “I would not believe it.”",
            "I would not believe it",
            None,
        ),
        # "a New York trader": a place in the phrase is no organisation the source speaks for.
        (
            "Prices fell on the New York Mercantile Exchange.\n\nPrices will recover, one New York trader said.\n\n"
            "“Nobody is selling,” he added.",
            "Nobody is selling",
            None,
        ),
        # An object ("bought an investment dealer, adding") is no source; "he" is still the person named.
        (
            "Chairman Tom Reuben spoke on Monday.\n\nHe said the bank might buy an investment dealer, adding "
            "that prices seem “fairly high”.",
            "fairly high",
            "Tom Reuben",
        ),
        # An unnamed official who "told Reuters" speaks for no news agency.
        (
            "Trade talks stalled.\n\nAn official told Reuters the offer was poor.\n\n“We are far apart,” he said.",
            "We are far apart",
            None,
        ),
        # "the spokesman said" after "a Brannock spokesman" was introduced: the organisation.
        (
            "Brannock Mining Ltd halted output.\n\nA Brannock spokesman said the mine was flooded.\n\n"
            "“We expect to reopen next week,” the spokesman said.",
            "We expect to reopen",
            "Brannock Mining Ltd",
        ),
    ],
)
def test_back_references(text: str, start: str, speaker: str | None) -> None:
    quote = quote_starting(text, start)
    got = quote.speaker if quote.speaker_kind is not None else None
    assert got == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # Posts: "X tweeted" after the quotation.
        ("“See you all in Madrid,” Lena Sorensen tweeted on Sunday.", "See you all in Madrid", "Lena Sorensen"),
        # "X wrote on Facebook:" before it.
        ("Mayor Anton Krug wrote on Facebook: “The bridge reopens on Monday.”", "The bridge reopens", "Anton Krug"),
        # "In a tweet, X said" before it.
        (
            "In a tweet, Senator Rosa Vidal said “the vote was rigged from the start.”",
            "the vote was rigged",
            "Rosa Vidal",
        ),
        # "X posted" with the quotation after a colon.
        (
            "Singer Mia Laine posted a photo with the caption: “Back in the studio at last.”",
            "Back in the studio",
            "Mia Laine",
        ),
        # A louder verb of web news: "gushed X".
        ("“We were fantastic,” gushed coach Dario Conti.", "We were fantastic", "Dario Conti"),
        # A colon introduces the words of the sentence's subject, whatever the verb.
        (
            "Ministry spokesman Neil Harper repeated the official line in an email: “The case is closed.”",
            "The case is closed",
            "Neil Harper",
        ),
        # A subordinate clause opening the sentence holds no subject of it.
        (
            "Felix Amari was detained in 2002.\n\nWhen he was first held, the Ministry of Justice raised concern "
            "in a press release: “Juveniles are too often the victims.”",
            "Juveniles are too often",
            "Ministry of Justice",
        ),
        # "…, called X a “…” and said, “…”": the coordinated verbs share the sentence's subject.
        (
            "Karl Weiss was arrested in April.\n\nDuring the call, he asked about the council, called Mayor Ana Ruiz "
            "a “traitor” and said, “somebody ought to stop her,” the prosecutor's office said.",
            "somebody ought to stop",
            "Karl Weiss",
        ),
        # "recalled that he said, “…”": the pronoun right before the verb.
        (
            "Karl Weiss called the office twice.\n\nThe clerk who took the call recalled that he said, "
            "“I will come back tomorrow.”",
            "I will come back",
            "Karl Weiss",
        ),
        # A verb that only introduces a quotation: "called it an “…”".
        ("The Arab League called it an “extremely adverse development” on Monday.", "extremely adverse", "Arab League"),
        # ... but not the second half of "so-called".
        ("Critics attacked the so-called “cultural industries” rule.", "cultural industries", None),
        # The body and the person of one noun phrase: the person speaks.
        (
            "State Department spokeswoman Ella Varga stressed the aid was expected, and told reporters “We support "
            "the reforms.”",
            "We support the reforms",
            "Ella Varga",
        ),
        # "Said X:": an inverted attribution opening the sentence.
        (
            "Tom Dawes is a member of the panel.\n\nSaid Dawes: “We have concluded an inquiry is warranted.”",
            "We have concluded",
            "Tom Dawes",
        ),
        # "<Place> police said": the police force the story named.
        (
            "The Slidell Police Department arrested him on Friday.\n\n“Most people laugh at the thought,” Slidell "
            "police said in a news release.",
            "Most people laugh",
            "Slidell Police Department",
        ),
        # "the organization announced": the body named before.
        (
            "The Recording Academy of Northland replied on Monday.\n\nIt must “overcome the explicit barriers,” the "
            "organization announced.",
            "overcome the explicit barriers",
            "Recording Academy of Northland",
        ),
        # A role standing as the subject of coordinated verbs: the person the role refers back to.
        (
            "Nora Vale appeared at the gala on Friday.\n\nThe hall fell silent, and the troubled singer blew "
            "kisses and whispered, “I love you all.”",
            "I love you all",
            "Nora Vale",
        ),
        # An opening phrase holds no subject: "In an Instagram post, X … and noted “…”".
        (
            "Actor Tom Reed lost his job.\n\nIn an Instagram post, Reed touched upon the loss and noted “zero shame” "
            "in it.",
            "zero shame",
            "Tom Reed",
        ),
        # A role before the name, then the name in apposition, is the sentence's subject.
        (
            "Analyst Paul Moser expects growth.\n\nBut the head of the union federation, Edmond Marin, meeting the "
            "premier today, renewed demands.\n\n“We want indexation,” he said.",
            "We want indexation",
            "Edmond Marin",
        ),
        # "The church has responded": the auxiliary is the verb's; the church is the one named before.
        (
            "The Church of Latter Light denies the claims.\n\nThe church has responded, calling the book “a "
            "bigoted assault.”",
            "a bigoted assault",
            "Church of Latter Light",
        ),
        # An unnamed role, then the name in an aside: the person named ("a local member of parliament, X,").
        (
            "“It's a scene of horror,” a local member of parliament, Eric Ciotto, told France Info.",
            "It's a scene of horror",
            "Eric Ciotto",
        ),
        # A name and a role whose comma never closes before the verb.
        (
            "“This is mainly due to the wind,” Kurinji Selva, a research analyst at the Council on Energy, "
            "Environment and Water think tank told CBS News.",
            "This is mainly due",
            "Kurinji Selva",
        ),
        # "to describe his city as a “…”": the infinitive introduces the quotation too.
        (
            "Chief Minister Arvind Kejri turned to Twitter last month to describe his city as a “gas chamber.”",
            "gas chamber",
            "Arvind Kejri",
        ),
        # A participle after the quotation goes with the sentence's subject, not the name after it;
        # the given name alone is the full name the story wrote before.
        (
            "Her father Bassem Odeh spoke on Monday.\n\n"
            "Bassem called the indictment a “political trial” saying Arcadia dug up old incidents.",
            "political trial",
            "Bassem Odeh",
        ),
        # "dismissed … as “…”": the dismissing body's words.
        (
            "The Kremlin dismissed the report as “nothing concrete at all.”",
            "nothing concrete",
            "Kremlin",
        ),
        # "According to X" between two quotations of a paragraph: the second is not the first speaker's.
        (
            "The Kremlin dismissed the report as “nothing concrete at all.” According to their report, "
            "“the evidence in the files suggests otherwise.”",
            "the evidence",
            None,
        ),
        # A long aside between the speaker and the verb: a role at two places and an institution.
        (
            '"Liquid water is somewhat hard to find beyond Earth," study lead author Lucas Pagan, a planetary '
            "scientist at the Goddard Space Flight Center in Greenbelt, Maryland, and Arcadia University in "
            "Washington, D.C., said in a statement.",
            "Liquid water",
            "Lucas Pagan",
        ),
        # "Coun" shortens "Councillor" in British papers: a title, not part of the name.
        (
            'Coun Dana Whitfield, leader of Oakvale Council, said: "I believe the games will be good for us."',
            "I believe the games",
            "Dana Whitfield",
        ),
        # A hyphenated role after "said the", then the name in apposition after the role's last words.
        (
            '"Thefts like this were not done by locals," said the pop-star culture minister, Rui Tavares.',
            "Thefts like this",
            "Rui Tavares",
        ),
    ],
)
def test_web_attribution(text: str, start: str, speaker: str | None) -> None:
    quote = quote_starting(text, start)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # "she said": not the man named last, whose given name says he is a man.
        (
            "Coach Maria Lindqvist criticised referee Peter Hollis after the match.\n\n“We deserved more,” she said.",
            "We deserved more",
            "Maria Lindqvist",
        ),
        # Names inside an earlier quotation are the speaker's words, not the story's subjects.
        (
            "Tomas Berg addressed the union on Friday. “Peter Hahn has betrayed us,” he said.\n\n"
            "“We will not wait any longer,” he said.",
            "We will not wait",
            "Tomas Berg",
        ),
        # "Mr" says a man: "he" skips the woman and the man after a preposition.
        (
            "Later, at a rally, Mr Darko Lukic addressed a message to Mr Ivo Saric and interim president Lena Kapanadze."
            "\n\n“I will not stop until you listen,” he said.",
            "I will not stop",
            "Darko Lukic",
        ),
        # "He told reporters after meeting X": the pronoun carries on the person named before.
        (
            "Energy minister Arif Subandi said output was within the ceiling.\n\n"
            "He told reporters after meeting President Joko Harsono that prices would recover.\n\n"
            "He denied any cheating. “Below the ceiling,” he replied.",
            "Below the ceiling",
            "Arif Subandi",
        ),
        # "the coach": the person introduced with that role, not the player named since.
        (
            "Lions coach Marco Feretti praised striker Joao Almeida, who scored twice.\n\n"
            "“We took a risky approach,” added the coach.",
            "We took a risky",
            "Marco Feretti",
        ),
        # "the Kansas Republican": the person whose title holds the role, not the ally named in his appositive.
        (
            "Senate Republican leader Tom Harlan, a key Reagan ally, told reporters the report was damning.\n\n"
            "“It would seem to me that they should move on,” the Kansas Republican said.",
            "It would seem to me",
            "Tom Harlan",
        ),
        # "X said Y should": Y stands in a clause of its own; the speaker is X.
        (
            "House Speaker Jim Wrexham said President Roy Alden should accept a tax rise.\n\n"
            "“There is no other way,” the Texas Democrat told reporters.",
            "There is no other way",
            "Jim Wrexham",
        ),
        # "said the regional manager for one of the oil companies": someone new, unnamed.
        (
            "Analyst Paul Moser said prices would fall.\n\n“Buyers will return in spring,” said the regional "
            "manager for one of the major oil companies.",
            "Buyers will return",
            None,
        ),
        # A role names its holder however far back the story introduced them.
        (
            "Commissioner Bud Selig ordered the report.\n\nSenator Henry Wax asked questions.\n\nThe hearing went "
            "on.\n\nIt lasted hours.\n\nMore came out.\n\nWax spoke again.\n\n“We all have to take "
            "responsibility,” the commissioner said.",
            "We all have to take",
            "Bud Selig",
        ),
        # The story's own "she" after its subject says a woman is meant, whatever the given name
        # says elsewhere ("Ilhan" is a man's in Turkey): "She added" is hers, not the last woman's by name.
        (
            "Rep. Ilhan Vardar spoke on Monday.\n\nRep. Helen Korsgaard linked the incident to comments on "
            "Vardar’s work.\n\nVardar asked for compassion in a letter, saying she did not want a harsh "
            "sentence. She added, “We must teach love.”",
            "We must teach love",
            "Ilhan Vardar",
        ),
        # A "she" after a person who is not the sentence's subject says nothing of that person.
        (
            "Singer Maria Lenz is mourning her cousin.\n\nThe singer posted photos of herself with Tomas "
            "Okafor, writing that she missed him.\n\nIn the video he says, “Be grateful for life.”",
            "Be grateful for life",
            "Tomas Okafor",
        ),
        # "In a statement, X said": the statement named before its issuer, the sentence's subject;
        # not the person named after the verb, nor one who spoke in an earlier statement.
        (
            "“We are grieved,” Dana Whitlock, head of the clinic, said in the statement.\n\nIn a statement, "
            "Larkspur Tours spokeswoman Nell Ostrander said the guide was Ruth Calloway.\n\n“Nine guests "
            "were aboard,” the statement said.",
            "Nine guests were aboard",
            "Nell Ostrander",
        ),
        # "The statement noted the Fund expressed …": the Fund is what the statement speaks of, not its issuer.
        (
            "The Treasury said it would help.\n\nThe one-page statement noted the Monetary Fund of Arcadia "
            "expressed confidence.\n\n“Arcadia will qualify,” the statement said.",
            "Arcadia will qualify",
            None,
        ),
        # "he said" after "X's solicitor, Carl Brandt, said …": the role's holder in apposition is
        # the sentence's subject, not the man whose solicitor he is.
        (
            "Judge Peter Hale dismissed all charges against Tomas Erik Berg.\n\n"
            "Outside court, Mr Berg's solicitor, Carl Brandt, said the driver was someone else.\n\n"
            "“We are certain the car was not his,” he said.",
            "We are certain",
            "Carl Brandt",
        ),
        # "the singer and guitarist told …": a band's player, the person last named as a subject.
        (
            "Founding members Tom Jansen, Michael Ode and Pat Simmons will reunite for a tour.\n\n"
            "Simmons teased the tour during the band's set on Monday night.\n\n"
            "After the last chord, the singer and guitarist told the audience, “maybe we should go on the road.”",
            "maybe we should",
            "Pat Simmons",
        ),
        # A quotation paragraph after one a body opens, naming no one, is the body's words.
        (
            "Sony has also changed its registration system so that users can opt in.\n\n"
            "“Starting this beta, you can choose to be added automatically.”",
            "Starting this beta",
            "Sony",
        ),
        # Not after a body's possessive: "NASA's telescope has spotted …" names no speaker.
        (
            "NASA's Hubble telescope has spotted plumes on the moon.\n\n“Essential elements are found everywhere.”",
            "Essential elements",
            None,
        ),
        # "Rams boss Paul Jewell remained confident …": the person after the club and the role.
        (
            "Derby County could sign Mile Sterjovski this week.\n\n"
            "Rams boss Paul Jewell remained confident that he will land his man.\n\n"
            "“We are hoping we can get things done.”",
            "We are hoping",
            "Paul Jewell",
        ),
        # "it" after a quotation naming a platform's rules is the firm named before, not the rules.
        (
            "In a statement, Twitter said it had closed the account.\n\n"
            "“We closed the account for violating Twitter Platform Terms of Service,” it said.",
            "We closed the account",
            "Twitter",
        ),
    ],
)
def test_referents(text: str, start: str, speaker: str | None) -> None:
    quote = quote_starting(text, start)
    got = quote.speaker if quote.speaker_kind is not None else None
    assert got == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paragraph opening a quotation without closing it goes on in the next paragraph: one
        # quote per paragraph, both the speaker's.
        (
            "“The first part runs on without an end,\n\n“and here the speaker finishes,” said Erik Dahl.",
            [("The first part runs on without an end", "Erik Dahl"), ("and here the speaker finishes", "Erik Dahl")],
        ),
        # The attribution in the first paragraph carries through every paragraph the quotation runs over.
        (
            "Coach Ines Varga said: “We made too many mistakes.\n\n“The second half was better.\n\n"
            "“We will be ready on Sunday.”\n\nThe club travels on Friday.",
            [
                ("We made too many mistakes.", "Ines Varga"),
                ("The second half was better.", "Ines Varga"),
                ("We will be ready on Sunday.", "Ines Varga"),
            ],
        ),
        # Mixed marks, as web pages print them: a curly opening closed by a straight mark.
        ('“We knew the risks," said pilot Omar Haddad.', [("We knew the risks", "Omar Haddad")]),
        # A closing curly mark turned round to open a quotation.
        ("”Nothing was left standing,” Chief Anna Berg said.", [("Nothing was left standing", "Anna Berg")]),
        # A quotation paragraph after an attributed one, with no attribution: the same speaker goes on.
        (
            "“We lost everything,” said farmer Joseph Mwangi.\n\n“The river took the house and the cattle.”",
            [("We lost everything", "Joseph Mwangi"), ("The river took the house and the cattle.", "Joseph Mwangi")],
        ),
        # Two speakers in one paragraph: each quotation has its own attribution.
        (
            "“We will win,” said Carla Mendes, but Rui Costa said “the count is not over.”",
            [("We will win", "Carla Mendes"), ("the count is not over.", "Rui Costa")],
        ),
        # A quotation inside a quotation: the inner marks do not end the outer quotation.
        (
            "“He told me ‘leave now or stay forever’ and I left,” said Nadia Karim.",
            [("He told me ‘leave now or stay forever’ and I left", "Nadia Karim")],
        ),
        # "X said. “…”": a second quotation in the same paragraph, unattributed, is the same speaker's.
        (
            "“We will stay,” Nina Roth said. “We have nowhere else to go.”",
            [("We will stay", "Nina Roth"), ("We have nowhere else to go.", "Nina Roth")],
        ),
        # A sentence split by its attribution: two quotations, one speaker.
        (
            "“We will stay,” Nina Roth said, “because we have nowhere else to go.”",
            [("We will stay", "Nina Roth"), ("because we have nowhere else to go.", "Nina Roth")],
        ),
        # "she said" resolves, and the speaker goes on through the next quotation paragraph.
        (
            "Hospital director Li Na said the ward was full.\n\n“We are turning people away,” she said. "
            "“There are no beds.”\n\n“Nobody is helping us.”",
            [
                ("We are turning people away", "Li Na"),
                ("There are no beds.", "Li Na"),
                ("Nobody is helping us.", "Li Na"),
            ],
        ),
        # Straight double marks paired in order.
        ('"We are ready," said General Ivan Petrov.', [("We are ready", "Ivan Petrov")]),
    ],
)
def test_quotation_spans(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in article(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British single marks quote someone's words.
        ("‘We will rebuild the town,’ said Mayor Alan Hughes.", [("We will rebuild the town", "Alan Hughes")]),
        # An apostrophe inside the words ("don’t") does not close a single-mark quotation.
        (
            "‘We don’t know where they are,’ Sarah Price told the BBC.",
            [("We don’t know where they are", "Sarah Price")],
        ),
        # A plural possessive ("rebels’ successes") is an apostrophe, not a closing mark.
        (
            "‘The rebels’ successes surprised us all,’ said Colonel Mark Evans.",
            [("The rebels’ successes surprised us all", "Mark Evans")],
        ),
        # Apostrophes alone make no quotation: elisions and possessives outside any quotation.
        ("The rebels’ gains and the army’s losses weren’t reported until ’87.", []),
        # A double-mark quotation holding single marks: one quotation, the inner marks kept.
        (
            "“They called it ‘a total success’ on television,” said Tom Reed.",
            [("They called it ‘a total success’ on television", "Tom Reed")],
        ),
        # Straight single marks stay apostrophes: too ambiguous to read as quotations.
        ("The farmers' union said 'no' twice and didn't budge.", []),
    ],
)
def test_british_single_marks(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in article(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page saved in a lost encoding: every curly mark is "?". A "?" before a word opens, one
        # after a comma closes, one between letters is an apostrophe.
        (
            "?We don?t know where they went,? said Mayor Ruth Olsen.",
            [("We don?t know where they went", "Ruth Olsen")],
        ),
        # On such a page a "?" after a letter is the question's own mark, and the quotation goes on.
        (
            "The coach shrugged at the team?s record.\n\n?Is it hard? A little bit at times,? Karl Moen said.",
            [("Is it hard? A little bit at times", "Karl Moen")],
        ),
        # The question closing the quotation: its mark, then the lost closing mark.
        (
            "The guard?s question stayed with him.\n\n?Are you sure this is the road?? asked Lena Holt.",
            [("Are you sure this is the road?", "Lena Holt")],
        ),
        # "?" standing for a lost pound sign or dash opens nothing.
        ("The club?s offer of ?15m was turned down ? the fee was too low, said its owner.", []),
        # On any page, a "?" after a comma before a space closes a quotation opened with a mark.
        (
            '"We are proud to work with the band,? said chairman Paul Grant.',
            [("We are proud to work with the band", "Paul Grant")],
        ),
        # Doubled straight marks keyed for one.
        (
            '""The lens bends the light of the galaxies,"" she said of Dr Ada Lund\'s map.',
            [("The lens bends the light of the galaxies", None)],
        ),
        # A straight-mark quotation inside another: the outer one runs on past the inner close.
        (
            'Nordvik Oil Co moved its launch.\n\n"We moved the date. This is "the big one" that will shake the market,"'
            " the company said.",
            [('We moved the date. This is "the big one" that will shake the market', "Nordvik Oil Co")],
        ),
        # A mark after "said," reopens a quotation whose close was left out: two quotations, not one nested.
        (
            '"We have had success with the plan, Tor Berg said, "and we will go on."',
            [("We have had success with the plan, Tor Berg said", "Tor Berg"), ("and we will go on.", "Tor Berg")],
        ),
        # A page quoting with single marks holds a double-marked title: its single marks still quote,
        # and an elision ('til) opens nothing.
        (
            "The wait 'til next year was over.\n\n'It happened. Chicago, it happened,' Anthony Rizzo said.\n\n"
            "Fans sang \"Go Cubs Go\" in the rain.\n\n'We did it, we are champions,' Joe Maddon said.",
            [
                ("It happened. Chicago, it happened", "Anthony Rizzo"),
                ("Go Cubs Go", None),
                ("We did it, we are champions", "Joe Maddon"),
            ],
        ),
    ],
)
def test_marks_written_otherwise(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in article(text).quotes] == expected


def test_interview_answers_are_the_guests() -> None:
    # A question-and-answer interview: plain questions, each answered by a paragraph in quotation
    # marks with no attribution; the answers are the guest's, the one the introduction names and
    # the answers do not talk about.
    text = (
        "With Nora Vale topping the charts, who will win this year? One man who might know is Ben Carver, the "
        "host of a new quiz show.\n\n"
        "What are you up to this year?\n\n"
        "“We look back at the year, then a panel predicts what happens next.”\n\n"
        "That's got to be a Nora Vale year, surely?\n\n"
        "“Absolutely! Nora Vale is everywhere.”"
    )
    assert [(q.text, q.speaker) for q in article(text).quotes] == [
        ("We look back at the year, then a panel predicts what happens next.", "Ben Carver"),
        ("Absolutely! Nora Vale is everywhere.", "Ben Carver"),
    ]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # An appositive may close the sentence after the name the verb gives.
        (
            "“The president wants a bigger deal,” announced in May, said Derek Holm, a scholar with the institute.",
            "The president wants",
            "Derek Holm",
        ),
        # ... or name the one the verb's phrase only describes.
        (
            "Holm was known for telling others “he was in charge of trade” in those years, said another "
            "witness in the probe, former adviser Fiona Lind.",
            "he was in charge",
            "Fiona Lind",
        ),
        # A title's abbreviation with its dot, and a long body and role, before the name and the verb.
        (
            "“The battalion was due to leave,” Army spokesman Col. Adolphe Mani told Reuters.",
            "The battalion",
            "Adolphe Mani",
        ),
        (
            "“We are proud to be working with the band,” Nordic Music Group International chairman and chief "
            "executive Lucas Grant said in a statement.",
            "We are proud",
            "Lucas Grant",
        ),
        # A role someone else has, then the person in an aside: the person speaks.
        (
            "“We are in utter shock,” Bruce Stein’s sister, Tamara Stein Jacobs, wrote on Facebook.",
            "We are in utter shock",
            "Tamara Stein Jacobs",
        ),
        # A show's name in marks and an adverb between the role and the verb.
        (
            "Actor James Beek left the show.\n\n“Hearing the heartbeat was special,” the “Pose” actor previously said.",
            "Hearing the heartbeat",
            "James Beek",
        ),
        # A paragraph closing with a colon introduces the quotation paragraph after it: its subject's words.
        (
            "Dr. Drew Parr flew to Florida to plead for her. The judge in the case, Daniel Perry, agreed, with "
            "a warning:\n\n“I don’t want her on TV. I am over that.”",
            "I don’t want her",
            "Daniel Perry",
        ),
        # A source "according to" is one "he said" may refer to.
        (
            "Mohammadmian Soomro told the cabinet there was no autopsy.\n\nAn autopsy is mandatory, according "
            "to leading lawyer Athar Minallah.\n\n“It is absurd,” he said.",
            "It is absurd",
            "Athar Minallah",
        ),
        # The name in apposition to a role after the verb.
        ("“Her eyes were wild,” said the friend, Ilona Hermann.", "Her eyes were wild", "Ilona Hermann"),
        # An office "of" a place before the name: the place is no part of the name.
        ("“I am in contact with the police,” Mayor of London Sadiq Khan said.", "I am in contact", "Sadiq Khan"),
        # A sheriff's title and the body the sheriff is of.
        (
            "Sheriff Joseph Lombardo of the Las Vegas Metropolitan Police Department spoke.\n\n"
            "“I can’t get into his mind,” Sheriff Lombardo said.",
            "I can’t get into his mind",
            "Joseph Lombardo",
        ),
        # A country speaking for its government.
        ("Japan warned its residents to “duck and cover at once” on Friday.", "duck and cover", "Japan"),
        # A spokesman of a body the story names, not of another body sharing one of its words.
        (
            "British Transport Police closed the line.\n\nA Transport for London spokesman said: “We are working "
            "with the emergency services.”",
            "We are working",
            "Transport for London",
        ),
        # A given name alone tells a man from a woman: "she says" is not Tom's.
        (
            "Maria Jindal met him at school. “He was tall,” Tom says of himself.\n\n"
            "“He gave me a tour of the river,” she says.",
            "He gave me a tour",
            "Maria Jindal",
        ),
        # "CEO" is a title before the name.
        ("“We were pulled into the enterprise,” CEO Tim Cook said Tuesday.", "We were pulled", "Tim Cook"),
        # "she said" after a sentence whose subject is a role: the person named in that role.
        (
            "Oscar-winning actress Mary Steen wrote a song. Her son, filmmaker Charlie Dow, was worried.\n\n"
            "Despite the few roles, the actress wasn’t itching to do something else. “I had liked music,” she said.",
            "I had liked music",
            "Mary Steen",
        ),
        # A relative clause holding the verb: whom "which" or "who" follows speaks, not the
        # sentence's subject.
        (
            "The paper cited remarks by the Central Bank of Norland, which published the figures on Monday and "
            "said the gap was caused by “large one-off payments abroad.”",
            "large one-off payments abroad",
            "Central Bank of Norland",
        ),
        (
            "The team met Ann Reyes, who runs the clinic and said “we have never seen anything like it.”",
            "we have never seen anything like it",
            "Ann Reyes",
        ),
        # "they said" after a sentence a company opens, or names as its subject between commas:
        # British copy makes a company plural.
        (
            "Apex Records have twice denied doing anything wrong.\n\n"
            "“At no point did we say she could not perform,” they said in a statement.",
            "At no point did we say",
            "Apex Records",
        ),
        (
            "The company that runs the show, Ray Dorsey Productions, denies it.\n\n"
            "“Any final agreement needs to be made with her team,” they said.",
            "Any final agreement",
            "Ray Dorsey Productions",
        ),
        # "the company's statement said": the company named last before it.
        (
            "The trip was run by Berkeley, California-based Trailways.\n\n"
            "“Our thoughts are with the families,” the company’s statement said.",
            "Our thoughts are with the families",
            "Trailways",
        ),
        # ... not when a person is named nearer, nor a body the sentence does not open with.
        (
            "Police met Ann Lee at the Apex Corp offices.\n\n“We found nothing at all,” they said.",
            "We found nothing",
            None,
        ),
        (
            "Ann Lee and Tom Ray spoke to Apex Records.\n\n“We found nothing at all,” they said.",
            "We found nothing",
            None,
        ),
    ],
)
def test_attribution_around_names(text: str, start: str, speaker: str | None) -> None:
    quote = quote_starting(text, start)
    assert (quote.speaker if quote.speaker_kind is not None else None) == speaker
