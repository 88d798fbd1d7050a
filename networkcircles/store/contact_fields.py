"""The contact columns that each hold one plain value (text or a day), named once for the
file readers (interchange.records) and the services (services.contacts). It imports
nothing: both sides load it without pulling in each other's libraries (the readers'
phonenumbers must not load before the window's first paint)."""

# What a contacts file fills, in the order of ImportedContact.scalar_values().
IMPORTED_FIELDS = (
    "name",
    "how_known",
    "organization",
    "role",
    "address",
    "website",
    "linkedin",
    "notes",
    "tags",
)

# Every such column: the imported ones, then those only the window sets.
SCALAR_FIELDS = (
    *IMPORTED_FIELDS,
    "knows_looking_on",
    "last_contacted",
    "next_follow_up",
    "follow_up_note",
    "warmth",
)
