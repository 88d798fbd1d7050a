"""The file name endings each import reads, in a module of their own: the window's file
dialogs and drop handling need them at start-up, the readers (and what they import) only
once a file is read."""

VCARD_SUFFIXES = {".vcf", ".vcard"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
ICS_SUFFIXES = {".ics", ".ical", ".ifb", ".icalendar"}
