"""Spreadsheet formulas in CSV cells: the guard our CSV export writes and its reader removes.

Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as
a formula (OWASP, "CSV Injection"): "=HYPERLINK(...)", "+cmd|' /C calc'!A0", "@SUM(...)".
exporting.py writes such a cell with a leading apostrophe, which spreadsheets show as text
and hide; csv_formats.py takes exactly that apostrophe off again, so re-importing our own
export gives every text back unchanged. The two functions are exact inverses.
"""

import re

# A cell that is only a number or a phone number ("+1 555 0100", "-3") runs nothing and
# stays as it is, so phone numbers reach other programs without an apostrophe.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_NUMBER_LIKE = re.compile(r"[+\-]?[0-9][0-9 ().\-/]*")


def needs_formula_guard(cell: str) -> bool:
    """True for a cell a spreadsheet would run, or one that looks like a guarded one
    ("'=1"): guarding those too keeps escape and unescape exact inverses."""
    return bool(_FORMULA_START.match(cell)) and not _NUMBER_LIKE.fullmatch(cell)


def escape_formula(cell: str) -> str:
    """The cell as our CSV export writes it: `'` before a formula-like cell."""
    return "'" + cell if needs_formula_guard(cell) else cell


def unescape_formula(cell: str) -> str:
    """What escape_formula() was given: the CSV reader calls this on every cell, so our
    own export reads back unchanged. A cell escape_formula() cannot have written is kept."""
    if cell.startswith("'") and needs_formula_guard(cell[1:]):
        return cell[1:]
    return cell
