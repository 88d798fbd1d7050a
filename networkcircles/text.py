"""User text placed inside our own sentences, on screen and on paper: bidi-isolated (no Qt)."""

import re
import unicodedata

FSI = "\u2068"  # first strong isolate: the text takes its own direction from its first letter
PDI = "\u2069"  # pop directional isolate: ends the isolate FSI began
_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
# Bidi classes that can move text around them: right-to-left letters, Arabic digits, and the
# explicit embeddings, overrides and isolates. Text without any is left as it is.
_REORDERING = frozenset(
    ("R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")
)

# The blocks where every character of those classes lies (Hebrew to Arabic, the marks and
# controls, the presentation forms, the historic right-to-left scripts): text with nothing
# in them is not looked at a letter at a time (an accented or CJK name, most non-ASCII text).
_MAY_REORDER = re.compile(
    "[\u0590-\u08ff\u200f-\u2069\ufb1d-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def needs_isolating(text: str) -> bool:
    """True when `text` holds anything that could reorder the words around it."""
    return (
        not text.isascii()
        and _MAY_REORDER.search(text) is not None
        and any(unicodedata.bidirectional(char) in _REORDERING for char in text)
    )


def isolate(text: str) -> str:
    """`text` wrapped in FSI … PDI, so a right-to-left override or an Arabic name in it
    cannot reorder the words around it ("Mallory\u202egnp.exe" stays inside its isolate).

    The PDI that closes the isolate also closes every embedding and override opened in it
    (Unicode's bidi algorithm, UAX #9 rule X6a), but it must be ours: a PDI in the text that
    matches nothing would end our isolate early and is dropped, and an isolate the text opens
    and never closes gets its PDI before ours. Text that cannot reorder anything (no
    right-to-left letter, no bidi control) comes back unchanged."""
    if not needs_isolating(text):
        return text
    kept, depth = [], 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    return FSI + "".join(kept) + PDI * depth + PDI


def isolated(template: str, **values: object) -> str:
    """`template.format(...)` with each text value isolated ("Follow up with {name}");
    numbers and dates go in as they are."""
    return template.format(
        **{
            key: isolate(value) if isinstance(value, str) else value
            for key, value in values.items()
        }
    )
