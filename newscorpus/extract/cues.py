"""Cue words for the rule-based entity finder, kept apart from the logic that reads them."""

from __future__ import annotations

from .text import MONTHS, WEEKDAYS, words

# Words that open a sentence or a capitalised run without being part of a name: "The United
# Nations", "But Assad", "Over the past few hours" (a quotation's first word was taken for a name).
STOPWORDS = words(
    """
    a an the this that these those there their its his her our your my we they he she it i you but
    and or nor so yet for of in on at by to from with without within into onto over under after
    before since until till during while when where whereas why how what which who whom whose if
    then than though although because as also still just even only both either neither each every
    all any some most many much more few several such no not other another one two three four five
    six seven eight nine ten earlier later meanwhile however instead despite amid among following
    according under about above below between through throughout against toward towards around
    across along near outside inside upon via per is are was were be been has have had do does did
    will would can could may might must shall should here now today yesterday tomorrow tonight once
    twice again already yes mr mrs ms dr sir madam dear former ex acting then
    """
)

# Titles and roles written before a person's name ("President Bashar al-Assad", "Agriculture
# Secretary Richard Lyng", "Rep. Dan Rostenkowski"); dropped from the name, and a sign that a person follows.
TITLES = words(
    """
    president vice prime minister ministers premier chancellor secretary mr mrs ms miss dr prof
    professor sen senator rep representative gov governor mayor king queen prince princess crown
    sheikh emir sultan ayatollah pope cardinal bishop rabbi imam general gen lt lieutenant col
    colonel maj major capt captain sgt admiral adm commander marshal judge justice ambassador envoy
    chairman chairwoman chair director commissioner speaker deputy undersecretary under assistant
    chief executive officer spokesman spokeswoman spokesperson leader analyst economist treasurer
    president-elect attorney lord lady dame sir mp senior vice-president vice-chairman managing
    partner trader broker dealer official manager head member adviser advisor aide counsel counsellor
    democrat republican sens reps
    hojatoleslam hojjatoleslam archbishop patriarch reverend rev mullah maulvi mallam mvp sheriff
    writer writers correspondent ceo cfo coo cto
    coach superintendent detective inspector const trooper councillor councilman councilwoman
    sergeant corporal striker midfielder defender goalkeeper quarterback actor actress
    coun cllr famer famers administrator
    """
)
# "Coun"/"Cllr" are how British papers shorten "Councillor" ("Coun Kris Hopkins, leader of the
# council"); "Famer" closes a descriptor before a name ("Hall of Famer Dave Winfield"); "Administrator" heads
# agencies ("NASA Administrator Jim Bridenstine", "EPA Administrator Scott Pruitt"). The two lines
# before are the titles of web news ("Coach Bob Stoops", "Superintendent Jennifer
# McCormick", "Const. Dave Woodford", "Striker Robbie Keane"). Words that open companies' names
# ("Dean Witter", "Host Marriott", "Hugo Boss") and that are surnames or given names too
# ("Brian Singer", "Pastor Maldonado", "Bunu Sheriff Musa", "John Constable") are left out.

# Title words that qualify things as well ("Senior Notes", "Official Bulletin", "Executive Committee"): before one
# word alone, the thing's name, no person's.
QUALIFYING_TITLES = words("senior official officials vice under assistant deputy acting executive managing")

# Titles that say a man or a woman is meant ("Mr Gachechiladze", "Dame Mary").
MALE_TITLES = words("mr mr. sir lord king prince duke father brother sheikh emir sultan monsieur herr")
FEMALE_TITLES = words(
    "mrs mrs. ms ms. miss lady dame queen princess duchess mother sister madam madame mme mme. frau sheikha"
)

# Lower-case words written just before a name that make it a person ("analyst Sam Heller").
PERSON_CUES_BEFORE = words(
    """
    analyst analysts spokesman spokeswoman spokesperson minister president chairman economist
    director official officials leader chief trader dealer broker
    secretary governor senator lawyer attorney professor student resident witness author writer
    commander general mp ambassador envoy
    coach boss striker midfielder defender goalkeeper keeper winger forward quarterback linebacker
    pitcher captain teammate actor actress singer rapper star host presenter designer model candidate
    nominee superintendent sheriff detective councillor manager
    artist painter photographer filmmaker producer comedian musician chef architect poet novelist
    sculptor dancer pianist guitarist drummer songwriter biographer bystander umpire referee batsman
    bowler wicketkeeper all-rounder left-armer skipper rookie teammate teammates safety linebacker
    receiver cornerback shortstop outfielder catcher infielder co-author judge rabbi pastor priest
    opener paceman spinner seamer
    """
)
# The last eight lines are web news roles before names ("Milan coach Carlo Ancelotti", "Spurs
# striker Robbie Keane", "singer Amy Winehouse", "former England manager Steve McClaren",
# "Danish artist Olafur Eliasson", "wicketkeeper Denesh Ramdin", "safety John Lynch", "study
# co-author Anezina Solomonidou").

# Words that end or sit inside organisation names. "Syrian Observatory for Human Rights", "Century
# Foundation", "Human Rights Watch", "Quaker Oats Co", "New York Mercantile Exchange".
ORG_CUES = words(
    """
    corp corporation inc incorporated co company cos ltd limited plc llc lp ag sa nv bv spa gmbh kk
    group holdings holding bank banks bancorp banque trust fund funds partners associates securities
    brothers bros industries international enterprises ventures capital investments financial
    insurance air airlines airways motors petroleum oil energy resources mining mines steel chemical
    chemicals pharmaceuticals laboratories systems technologies electronics communications
    telecommunications railroad railway railways stores markets foods products manufacturing
    ministry department dept office agency authority administration commission committee council
    board bureau service services court tribunal parliament congress senate assembly house cabinet
    government army navy forces force police guard militia command party front movement alliance
    league union federation confederation association society institute institution foundation
    university college school academy observatory watch organisation organization organizations
    nations community brotherhood church chamber network exchange exchanges reserve treasury mint
    times post journal news press herald tribune gazette telegraph television radio broadcasting
    review magazine channel
    aerospace robotics machines embassy consulate rovers wanderers hotspur albion athletic fc afc
    forum labs media entertainment studios records software networks
    guild laboratory division shelter seminary clinic motorsports racing
    productions coalition consortium fame pictures films
    boys girls brigade brigades
    associations federations unions councils societies institutes foundations
    """
)
# The lines from "aerospace" to "productions" are web news: companies' and clubs' name words ("Firefly Aerospace",
# "Intuitive Machines", "US Embassy", "Newcastle United", "Kohelet Policy Forum", "Screen Actors
# Guild", "Jet Propulsion Laboratory", "Financial Crime Division", "Santa Fe Animal Shelter",
# "Dick Clark Productions", "WeWorkers Coalition", "International Consortium of Investigative Journalists",
# film studios: "Paramount Pictures", "Yash Raj Films");
# the one after, groups named in the plural, never one person: bands, gangs and armed wings ("the Beach Boys",
# "the Harbor Street Boys", "Martyrs Brigades"); the last, the plurals of bodies' words a federation of
# many bodies takes ("American Trucking Associations", "Irish Farmers Associations"), which left its
# name unknown or made it a person's, cut of its nationality.
# "Air" names airlines, also after a title word or a given name ("Envoy Air", "Delta Air Lines"),
# which made them a person ("Air") or a person's name.

# Organisations with no cue word, often in the news under one name.
KNOWN_ORGS = words(
    """
    hezbollah hamas taliban opec gatt nato un unesco unicef who imf ifo wto eu ec eec asean
    al-qaeda al-qaida isis isil sana afp ap reuters upi dpa xinhua kyodo tass interfax irna
    tanjug yonhap bernama anadolu jiji
    cbs nbc abc cnn bbc fbi cia nasa pentagon kremlin fed bundesbank nymex cftc sec comex cbot lme
    greenpeace oxfam unhcr unrwa ocha icrc msf hrw wfp fao iaea opcw interpol
    facebook twitter youtube instagram google snapchat tiktok linkedin reddit myspace orkut wikipedia
    netflix spotify ladbrokes
    republicans democrats tories
    toyota honda nissan hyundai kia volkswagen audi bmw porsche volvo renault peugeot fiat opel chrysler
    tesla subaru mazda mitsubishi microsoft amazon apple walmart intel ibm samsung sony nintendo nvidia
    qualcomm cisco oracle paypal ebay uber lyft airbnb starbucks boeing airbus pfizer comcast verizon
    espn hbo mtv vh1 itv msnbc cnbc nfl nba mlb nhl nascar fifa uefa naacp
    ferrari mercedes mercedes-benz mclaren lamborghini maserati bugatti
    """
)
# The last seven lines are web news: web services named as bodies ("Orkut, Facebook or Hi5", "told
# YouTube"), parties named by their members ("Republicans", labelled so on Reuters too), and the
# carmakers, technology and retail companies, broadcasters and leagues web pages name with no
# word of a company ("Toyota said it plans", "a VW Phaeton", "broadcast live on VH1"). Names that
# are also surnames, animals or words ("Ford", "Dell", "Fox", "Shell", "Target") are left out. The
# last line: carmakers that race as teams ("Ferrari's driver", "the Mercedes team"), which gazetteers
# also hold as towns (Mercedes).
# Multi-word known organisations, folded.
# International bodies whose names carry no organisation word (and "Red" reads as a given name).
KNOWN_ORG_NAMES = frozenset(
    {"al qaeda", "al-qaeda", "al qaida", "al-qaida", "islamic state", "muslim brotherhood", "red cross",
     "red crescent", "doctors without borders", "medecins sans frontieres", "european union", "united nations",
     "human rights watch", "save the children", "islamic jihad", "amnesty international", "general electric",
     "general mills", "general dynamics", "general foods", "general instrument", "general signal",
     "merrill lynch", "morgan stanley", "goldman sachs", "dean witter", "paine webber", "smith barney",
     "wells fargo", "kidder peabody", "drexel burnham", "shearson lehman", "bear stearns", "morgan grenfell",
     "royal dutch shell", "lockheed martin", "red bull", "aston martin", "alfa romeo", "toro rosso",
     "force india", "freddie mac", "fannie mae", "sallie mae", "ginnie mae", "scotland yard"}
)  # fmt: skip
# Lines three to five from the end: banks, brokers and companies named after their founders, which
# read as people's names ("Merrill Lynch said", "Wells Fargo, which …"); the last two, carmakers and
# racing teams whose names read as a person's or a thing's ("Aston Martin", "his Red Bull"), and the
# mortgage agencies nicknamed like people ("Freddie Mac said"), and London's police known by its
# yard, which would read as a nation and a word ("Scotland Yard said").

# Upper-case words that are not organisations' acronyms.
NOT_ACRONYMS = words(
    """
    ceo cfo coo tv ok am pm gmt est edt bst utc usa us uk eu ii iii iv vi vii gdp gnp pct dlrs mln
    bln ad bc i a ok cet fob cif ps hq id aaa aa bbb bb ccc cc bpd
    a.m. p.m. pst pdt cst cdt mst mdt aest aedt ist jst irbm icbm
    led lcd hd hdtv uhd dvd cd usb gps pc ssd ram cpu gpu os ip vpn rgb ips nas ai vr ar iq ev evs suv
    suvs awd rwd fwd gt hvac abs mpg mph dna rna hiv mri ecg ct icu er atm ipo sms pdf faq url diy
    mvp rbi era pr et plc llc
    libor euribor hibor sibor ep
    obe mbe cbe kbe dbe gbe
    dj gp gsm cdma lte dvr voip isp psu mp3 ces
    kb mb gb tb ghz mhz khz fm oled tft wav wma wmv mpeg mp4 jpeg png gif avi aac flac html
    td ac hdr tm rss ict xrp btc
    vip ivf asap gprs vcr
    """
) - {"eu"}
# The last three lines are times, techniques, products and sports statistics of web news
# ("9.30 A.M.", "LED headlamps", "a condensed SUV", "AWD", "DNA testing", extraction-benchmark
# and L3S-GN1 development pages): capitals that name no body; and the interbank rates ("LIBOR")
# and a record's format ("an EP"); the British honours ("made MBE", "an OBE for his charity work");
# and trades and techniques written in capitals ("an annoying DJ", "a GP surgery", "GSM network",
# "a DVR", "a PSU", as Indian news calls a public-sector company).
# Then the electronics trade show ("at its annual CES press conference"), an event; and on the last
# line units of memory and frequency and formats of media files ("a 4GB player", "FM radio", "an
# OLED screen", "WMA and WAV files"), which name no body; and the line after them: a touchdown ("two TD passes"),
# a current, a picture's range and a trademark ("an AC power adapter", "HDR color", "TM"), a feed ("RSS"), a trade
# ("ICT") and crypto-currencies ("XRP", "BTC"); and last the words written in capitals that are common nouns ("the VIP
# area", "IVF clinics", "call ASAP", "GPRS", "a VCR"; not "SWAT", "RIP", "NYE": the words are folded, and "Swat",
# "Rip" and "Nye" are a valley, a given name and a surname).

# Religious and ethnic group words, and nationality adjectives: capitalised, never entities here.
NOT_ENTITIES = words(
    """
    islam islamic islamist islamists shia shiite shiites sunni sunnis alawite alawites christian
    christians christianity muslim muslims jewish jews catholic catholics protestant kurd kurds
    kurdish arab arabs arabic druze orthodox western eastern northern southern reuter god internet
    telegram whatsapp x soviet socialist communist moslem
    dutchman frenchman englishman irishman scotsman welshman dutchwoman frenchwoman englishwoman
    irishwoman scotswoman briton britons aussie aussies yank yanks thai uzbek kazakh
    """
)
# The last two lines are nationality nouns web news writes for a person named elsewhere ("the Dutchman"),
# and their informal plurals for a people ("two million Britons", "the two Aussies"); then adjectives
# the gazetteer holds as towns' names, which alone name no body either ("Thai miners").
# Adjective endings of nationality words ("Syrian", "Japanese", "British").
DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "can", "ch", "i")
# Nationality adjectives ending in "i", listed because many surnames end so too ("Iwasaki", "Satoshi").
DEMONYMS_IN_I = words(
    """
    israeli iraqi pakistani saudi kuwaiti yemeni bangladeshi omani qatari emirati somali nepali
    azerbaijani afghani thai bahraini kazakhstani uzbeki tajiki punjabi bengali hindi marathi
    gujarati swahili zulu
    """
)
# "Malawi" and "Burundi" are left out: countries' names, whose people are "Malawians" and
# "Burundians", so "Burundi has pledged troops" names the country.

# Words that join the parts of a name; a run of capitalised words may hold them inside.
CONNECTORS = frozenset(
    {
        "of",
        "for",
        "and",
        "&",
        "de",
        "del",
        "do",
        "dos",
        "das",
        "du",
        "da",
        "van",
        "von",
        "der",
        "la",
        "le",
        "y",
        "al",
        "el",
        "bin",
        "ibn",
        "the",
    }
)
# After "and", these keep the run one company ("Goldman Sachs and Co").
AND_KEEPS = frozenset({"co", "co.", "company", "sons", "partners", "associates"})

# Verbs of speech, for attribution in quotes and to spot speakers' names.
SPEECH_VERBS = (
    "said|says|told|added|adds|stated|declared|warned|explained|noted|asked|replied|wrote|insisted|"
    "argued|continued|recalled|announced|acknowledged|admitted|suggested|stressed|claimed|urged|tells|"
    "saying|reiterated|predicted|cautioned|conceded|contended|complained|emphasised|emphasized|commented|"
    "remarked|observed|testified|quipped|vowed|pledged|promised|conceded|adding|"
    # Web news speaks louder and posts ("gushed Ancelotti", "yelled at the chairman", "she tweeted"),
    # from the L3S-GN1, extraction-benchmark and News-Cluster development pages.
    # Present tenses that are also plural nouns ("Swiss Franc notes", "Trump tweets") are left out.
    "gushed|yelled|shouted|screamed|whispered|tweeted|posted|writes|joked|laughed|sighed|boasted|"
    "responded|countered|mused|exclaimed|enthused|raved|fumed|lamented|reflected|revealed|confirmed|"
    "agreed|concluded|assured|threatened|hinted|reckoned|pleaded|begged|demanded|charged|alleged|"
    "maintained|recounted|interjected|retorted|snapped|blasted|slammed"
)

# Institutions named by one capitalised word mid-sentence ("support in Congress").
INSTITUTIONS = words(
    """
    congress senate parliament cabinet pentagon kremlin bundestag bundesrat knesset duma diet majlis
    politburo vatican army navy legislature
    """
)
# The last words are web news bodies named alone ("a career Army officer", "the Legislature should direct").
# Lower-case words right after a surname that make it a person ("Reagan administration").
PERSON_CUES_AFTER = frozenset(
    {"administration", "government", "aide", "aides", "adviser", "advisers", "camp", "presidency"}
)
# Last words of those names that are also surnames after a given name ("Jason Day", "Jude Law"), save in
# the holidays below.
SURNAME_ENDINGS = frozenset({"Day", "Law"})
HOLIDAYS = frozenset({"victoria day", "columbus day"})
# Last words of runs that name laws, agreements and programmes, which are not organisations.
NOT_ORG_ENDINGS = frozenset(
    {
        "act",
        "agreement",
        "agreements",
        "accord",
        "accords",
        "treaty",
        "law",
        "bill",
        "program",
        "programme",
        "plan",
        "pact",
        "convention",
        "protocol",
        "amendment",
        "doctrine",
        # Events, shows and reports of web news, named like bodies or people ("Bastille Day", "The
        # Frank Skinner Show", "the Mitchell Report", "African Nations Cup", "Dakar Rally").
        "day",
        "show",
        "report",
        "awards",
        "festival",
        "cup",
        "championships",
        "prize",
        "rally",
        "summit",
        # Market indexes, named like bodies or people ("Hang Seng Index", "Dow Jones Industrial Average").
        "index",
        "average",
        # A hall of fame's members, named by it ("two Hall of Famers"), never a body or a person.
        "famer",
        "famers",
        # A revolt, named like a person by its colour or its flower ("the Orange Revolution", "Rose Revolution").
        "revolution",
        "uprising",
        "rebellion",
    }
)

# Last words of runs that name a site's or a platform's rules, which are not organisations: "violating
# Facebook Platform Terms of Service" (its last word is a body's, as in "Postal Service").
NOT_ORG_PHRASES = ("terms of service", "terms of use", "terms and conditions", "privacy policy", "community guidelines")

# Role nouns in an appositive after a name ("Okoro, a delegate at the summit,"): a person.
PERSON_ROLES = words(
    """
    delegate teacher student nurse doctor farmer resident worker engineer lawyer spokesman spokeswoman
    spokesperson official analyst economist director chairman chairwoman president founder owner
    minister leader commander general officer journalist reporter writer author activist mother father
    son daughter wife husband widow survivor witness trader dealer broker banker investor professor
    researcher scientist manager executive chief head member senator representative governor mayor
    diplomat ambassador envoy adviser advisor aide secretary representative negotiator delegate
    champion winner
    """
)
# The cue and role words before a name, in one set: looked up for every run a role may open.
PERSON_WORDS_BEFORE = PERSON_CUES_BEFORE | PERSON_ROLES

# Portfolio words between an organisation or place and a title ("Finance Ministry State
# Secretary", "West German Finance Minister"): part of the office, not of the body's name. A party's
# word there is a descriptor too ("Kentucky GOP Gov. Matt Bevin": Kentucky, and no party).
PORTFOLIOS = words(
    """
    state foreign finance economics economy trade defence defense interior justice agriculture energy
    labour labor transport transportation health education industry commerce treasury budget fisheries
    democratic republican gop mines
    """
)
# Last words of geographic features written as names ("South China Sea", "Bass Strait").
GEO_FEATURES = words(
    """
    sea ocean strait straits gulf bay river lake mountains mountain island islands peninsula desert
    valley canal coast basin delta plateau
    county area province district region prefecture territory
    """
)
# The last line names administrative areas as web news writes them ("Los Angeles County",
# "San Francisco Bay Area", "Punjab province").

# Last words of names of buildings and facilities ("Santa Barbara Biltmore Hotel", "Kansai
# airport", "the Gladys Porter Zoo", "the Billy Goat Tavern"): never a person, even when a given
# name opens them. Words that are also surnames (Tower, Field, Street, Bridge, Temple, Plant, Camp,
# Port) are left out.
FACILITIES = words(
    """
    hotel hospital airport stadium station building refinery harbour harbor palace mosque cathedral
    prison square avenue highway dam reactor terminal pipeline arena centre center museum zoo tavern
    planetarium aquarium garden gardens
    """
)


# Words that are never a name on their own: calendar words and the junk a capital letter brings.
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(m[:3] for m in MONTHS) | {"Sept"}
