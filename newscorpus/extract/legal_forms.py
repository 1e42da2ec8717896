"""Legal-form words of company names, one list for every step that reads them."""

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
