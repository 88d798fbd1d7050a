"""The reliability flag for acquaintances: should they hear that you are looking?"""

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from networkcircles.services import contact_extras
from networkcircles.services.errors import InvalidValue
from networkcircles.store import circle_queries

# The answers of the reliability questions, as contact columns.
ANSWER_FIELDS = (
    "has_useful_contacts",
    "can_convey",
    "passes_gossip",
    "useful_contacts_note",
    "people_per_day",
)


class VerdictKind(StrEnum):
    TELL = "tell"
    NOT_YET = "not_yet"
    LEAVE_OUT = "leave_out"


class Reason(StrEnum):
    """Why: the ui words each one (services carry no translated text)."""

    GOSSIP = "gossip"
    CANNOT_CONVEY = "cannot_convey"
    NO_USEFUL_CONTACTS = "no_useful_contacts"
    UNANSWERED = "unanswered"
    RELIABLE = "reliable"


_REASONS = {
    Reason.GOSSIP: "They just pass along gossip.",
    Reason.CANNOT_CONVEY: "They cannot accurately convey your situation.",
    Reason.NO_USEFUL_CONTACTS: "They have no useful contacts.",
    Reason.UNANSWERED: "Not answered yet: {}.",
    Reason.RELIABLE: "They have useful contacts and can convey your situation accurately.",
}
_QUESTIONS = {
    "has_useful_contacts": "useful contacts",
    "can_convey": "can convey my situation",
    "passes_gossip": "passes along gossip",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """`unanswered` lists the question fields still unknown (for NOT_YET)."""

    kind: VerdictKind
    code: Reason
    unanswered: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        """The reason in plain English (the ui uses `code` for translated text)."""
        text = _REASONS[self.code]
        return text.format(", ".join(_QUESTIONS[f] for f in self.unanswered))

    @property
    def is_flagged(self) -> bool:
        return self.kind is VerdictKind.LEAVE_OUT


def verdict(has_useful: bool | None, can_convey: bool | None, gossip: bool | None) -> Verdict:
    """A known reason to leave someone out wins over unknown answers: a gossip is left out
    even before the other questions are answered. Only three good answers say "tell them"."""
    if gossip is True:
        return Verdict(VerdictKind.LEAVE_OUT, Reason.GOSSIP)
    if can_convey is False:
        return Verdict(VerdictKind.LEAVE_OUT, Reason.CANNOT_CONVEY)
    if has_useful is False:
        return Verdict(VerdictKind.LEAVE_OUT, Reason.NO_USEFUL_CONTACTS)
    answers = {"has_useful_contacts": has_useful, "can_convey": can_convey, "passes_gossip": gossip}
    unanswered = tuple(name for name, value in answers.items() if value is None)
    if unanswered:
        return Verdict(VerdictKind.NOT_YET, Reason.UNANSWERED, unanswered)
    return Verdict(VerdictKind.TELL, Reason.RELIABLE)


def verdicts() -> dict[int, Verdict]:
    """Every contact's verdict, from one query (the diagram's flags, the list's filter)."""
    # Three answers of True, False or None: at most 27 verdicts, each worked out once.
    known: dict[tuple[bool | None, bool | None, bool | None], Verdict] = {}
    found = {}
    for contact_id, *answers, _people in circle_queries.reliability_answers():
        key = (answers[0], answers[1], answers[2])
        same = known.get(key)
        if same is None:
            same = known[key] = verdict(*key)
        found[contact_id] = same
    return found


def verdicts_of_kinds(kinds: Collection[VerdictKind]) -> dict[int, Verdict]:
    """The verdicts of the contacts whose verdict is of one of these kinds (the diagram's
    flags), by id: each verdict worked out once per set of answers, and only the ids of
    those contacts read out (verdicts() makes a row per contact)."""
    chosen = {}
    for answers in circle_queries.answer_sets():
        same = verdict(*answers)
        if same.kind in kinds:
            chosen[answers] = same
    return {
        contact_id: chosen[answers]
        for contact_id, answers in circle_queries.contacts_answering(list(chosen))
    }


def verdict_of(contact_id: int) -> Verdict | None:
    extras = circle_queries.contact_extras(contact_id)
    if extras is None:
        return None
    return verdict(extras.has_useful_contacts, extras.can_convey, extras.passes_gossip)


def set_answers(contact_id: int, answers: dict[str, Any]) -> dict[str, Any]:
    """Record some reliability answers; return the values before (for undo)."""
    for name in answers:
        if name not in ANSWER_FIELDS:
            raise InvalidValue(name, "not_reliability_answer")
    return contact_extras.update(contact_id, answers)
