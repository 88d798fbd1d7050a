"""An organisation as one text: several units and several organisations, kept exactly.

A vCard's ORG holds the organisation and its units ("ORG:IBM;Accounting"), and a card may
have several ORG lines; Google's CSV has numbered organisations with a department each. The
store keeps one organisation text per contact, so units are joined with "; " and
organisations with " / ": "IBM; Accounting / City Volunteers". The exports split it again,
so import → export → import gives the same text.
"""

from collections.abc import Iterable, Sequence

UNIT_SEPARATOR = "; "
ORGANIZATION_SEPARATOR = " / "


def join_organizations(organizations: Iterable[Sequence[str]]) -> str:
    """One text for organisations given as [name, unit, unit, ...]; empty parts dropped."""
    texts = []
    for parts in organizations:
        text = UNIT_SEPARATOR.join(part.strip() for part in parts if part.strip())
        if text:
            texts.append(text)
    return ORGANIZATION_SEPARATOR.join(texts)


def split_organizations(text: str) -> list[list[str]]:
    """The organisations of a stored text, each as [name, unit, ...]: what an export writes."""
    found = []
    for organization in text.split(ORGANIZATION_SEPARATOR):
        parts = [part.strip() for part in organization.split(UNIT_SEPARATOR.strip())]
        parts = [part for part in parts if part]
        if parts:
            found.append(parts)
    return found
