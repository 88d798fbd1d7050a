"""Column names of contact exports written in another language, read as their English names.

Outlook (and the programs that copy its layout) writes the header of a CSV export in the
language of the user's Office: a German user's file says "Vorname;Nachname;E-Mail-Adresse",
a French one "Prénom,Nom,Adresse de messagerie". The readers in csv_formats.py know the
English names; this table names the same columns in the other languages Outlook is most often
set to, so such a file is read as what it is instead of being refused for want of a name
column. The keys are read as csv_formats._normalise reads a header cell (case-folded, spaces
collapsed).
"""

# Column by column, the English name Outlook gives the same field.
_GERMAN = {
    "vorname": "first name",
    "weitere vornamen": "middle name",
    "nachname": "last name",
    "suffix": "suffix",
    "firma": "company",
    "abteilung": "department",
    "position": "job title",
    "e-mail-adresse": "e-mail address",
    "e-mail-typ": "e-mail type",
    "e-mail: angezeigter name": "e-mail display name",
    "e-mail 2: adresse": "e-mail 2 address",
    "e-mail 2: typ": "e-mail 2 type",
    "e-mail 2: angezeigter name": "e-mail 2 display name",
    "e-mail 3: adresse": "e-mail 3 address",
    "e-mail 3: typ": "e-mail 3 type",
    "e-mail 3: angezeigter name": "e-mail 3 display name",
    "mobiltelefon": "mobile phone",
    "telefon geschäftlich": "business phone",
    "telefon geschäftlich 2": "business phone 2",
    "telefon privat": "home phone",
    "telefon (privat)": "home phone",
    "telefon privat 2": "home phone 2",
    "telefon (privat 2)": "home phone 2",
    "weiteres telefon": "other phone",
    "haupttelefon": "primary phone",
    "telefon firma": "company main phone",
    "autotelefon": "car phone",
    "fax geschäftlich": "business fax",
    "fax privat": "home fax",
    "weiteres fax": "other fax",
    "telefon assistent": "assistant's phone",
    "rückmeldung": "callback",
    "kategorien": "categories",
    "notizen": "notes",
    "webseite": "web page",
    "straße geschäftlich": "business street",
    "ort geschäftlich": "business city",
    "region geschäftlich": "business state",
    "bundesland/kanton geschäftlich": "business state",
    "postleitzahl geschäftlich": "business postal code",
    "land/region geschäftlich": "business country/region",
    "straße privat": "home street",
    "ort privat": "home city",
    "bundesland/kanton privat": "home state",
    "postleitzahl privat": "home postal code",
    "land/region privat": "home country/region",
    "weitere straße": "other street",
    "weiterer ort": "other city",
    "weitere postleitzahl": "other postal code",
    "weiteres/e land/region": "other country/region",
}

_FRENCH = {
    "prénom": "first name",
    "deuxième prénom": "middle name",
    "nom": "last name",
    "suffixe": "suffix",
    "société": "company",
    "service": "department",
    "adresse de messagerie": "e-mail address",
    "type de messagerie": "e-mail type",
    "nom complet de l'adresse de messagerie": "e-mail display name",
    "adresse de messagerie 2": "e-mail 2 address",
    "type de messagerie 2": "e-mail 2 type",
    "nom complet de l'adresse de messagerie 2": "e-mail 2 display name",
    "adresse de messagerie 3": "e-mail 3 address",
    "type de messagerie 3": "e-mail 3 type",
    "nom complet de l'adresse de messagerie 3": "e-mail 3 display name",
    "tél. mobile": "mobile phone",
    "téléphone (bureau)": "business phone",
    "téléphone 2 (bureau)": "business phone 2",
    "téléphone (domicile)": "home phone",
    "téléphone 2 (domicile)": "home phone 2",
    "téléphone (autre)": "other phone",
    "téléphone principal": "primary phone",
    "téléphone société": "company main phone",
    "téléphone (voiture)": "car phone",
    "télécopie (bureau)": "business fax",
    "télécopie (domicile)": "home fax",
    "télécopie (autre)": "other fax",
    "catégories": "categories",
    "page web": "web page",
    "rue (bureau)": "business street",
    "ville (bureau)": "business city",
    "dép/région (bureau)": "business state",
    "code postal (bureau)": "business postal code",
    "pays (bureau)": "business country",
    "pays/région (bureau)": "business country/region",
    "rue (domicile)": "home street",
    "ville (domicile)": "home city",
    "dép/région (domicile)": "home state",
    "code postal (domicile)": "home postal code",
    "pays (domicile)": "home country",
    "pays/région (domicile)": "home country/region",
}

# Keyed as header cells are normalised: casefold() makes "Straße" "strasse".
ENGLISH_COLUMNS: dict[str, str] = {
    " ".join(name.casefold().split()): english for name, english in {**_GERMAN, **_FRENCH}.items()
}


def english_columns(cells: list[str]) -> list[str]:
    """The header's normalised cells, each localised Outlook name read as its English one.

    Only a header that names a person in one of these languages (its first-name column) is
    read this way, so a plain English file with a column that happens to be called "Position"
    or "Service" keeps its own meaning."""
    if not any(ENGLISH_COLUMNS.get(cell) == "first name" for cell in cells):
        return cells
    return [ENGLISH_COLUMNS.get(cell, cell) for cell in cells]
