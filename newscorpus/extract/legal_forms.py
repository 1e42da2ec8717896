"""Legal-form words of company names, one place for every step that reads them."""

from __future__ import annotations

# Legal-form words and the one spelling each stands for: "Chrysler Corporation" is "Chrysler
# Corp", "Texaco" is "Texaco Inc" with its form left out, but "X Inc" and "X Ltd" are two
# companies (a parent and its subsidiary, as Reuters' company news names them).
LEGAL_FORMS: dict[str, str] = {
    "corp": "corp",
    "corporation": "corp",
    "inc": "inc",
    "incorporated": "inc",
    "co": "co",
    "company": "co",
    "ltd": "ltd",
    "limited": "ltd",
    "plc": "plc",
    "llc": "llc",
    "ag": "ag",
    "sa": "sa",
    "nv": "nv",
    "bv": "bv",
    "gmbh": "gmbh",
    "spa": "spa",
}


# Legal forms after which "of" a place says where the company is, not its name: "Suzuki Motor Co
# Ltd of Japan", "Kabivitrum Inc of Alameda". "Corp of America" and "Co of New Mexico" are
# names ("Financial Corp of America", "Public Service Co of New Mexico").
SUFFIX_THEN_WHERE = frozenset({"inc", "ltd", "plc", "ag", "sa", "nv", "bv", "gmbh", "spa", "llc"})


# Legal forms the merge reads only at the end of a name: partnerships, thrifts, Malaysian, Japanese
# and Australian companies ("NRM Energy Co LP", "Northeast Savings F.A.", "Nippon Kokan KK"), an American national
# bank's N.A. ("Citibank NA", "Mellon Bank N.A."), and the Gulf's shareholding companies of Bahrain, Kuwait and Qatar
# ("Gulf International Bank BSC", "Gulf Bank KSC", "Doha Bank Ltd QSC").
END_LEGAL_FORMS = frozenset(
    {"lp", "fa", "bhd", "kk", "pty", "ab", "asa", "oy", "se", "sarl", "srl", "na", "bsc", "ksc", "qsc"}
)
