"""What the diagram shows beyond warmth, fed from the services: reliability marks, people to
meet, introductions and the associations ring. Kept out of the window to keep it small."""

from dataclasses import dataclass

from PySide6.QtCore import QObject

from networkcircles.diagram.scene import ASSOCIATIONS, CirclesScene
from networkcircles.services import associations, referrals, reliability
from networkcircles.services.reliability import VerdictKind
from networkcircles.store import circle_queries, event_queries
from networkcircles.store.circle_queries import WishRow
from networkcircles.ui.bridge import StoreBridge

_VERDICT_MARKS = {VerdictKind.LEAVE_OUT: "leave_out", VerdictKind.TELL: "tell"}


@dataclass(frozen=True)
class FeedsRead:
    """Everything the feeds show, read from the store in one go (read_feeds)."""

    wishes: list[WishRow]
    marks: dict[int, frozenset[str]]
    lines: list[tuple[int, int]] | None  # None: not read (the lines were hidden)
    association_names: list[tuple[int, str]]
    association_groups: dict[int | None, list[int]]


def read_feeds(association_members: list[int], lines_shown: bool) -> FeedsRead:
    """Read what the feeds show. No Qt: a worker thread may call it (the window's reload
    after a bulk change reads there while the window keeps painting)."""
    wishes = circle_queries.wishes()
    marks: dict[int, set[str]] = {}
    for contact_id, found in reliability.verdicts_of_kinds(_VERDICT_MARKS).items():
        if found.kind in _VERDICT_MARKS:
            marks.setdefault(contact_id, set()).add(_VERDICT_MARKS[found.kind])
    for wish in wishes:
        marks.setdefault(wish.contact_id, set()).add("wish")
    return FeedsRead(
        wishes,
        {contact_id: frozenset(found) for contact_id, found in marks.items()},
        referrals.referral_pairs() if lines_shown else None,
        *_association_markers(association_members),
    )


def _association_markers(
    members: list[int],
) -> tuple[list[tuple[int, str]], dict[int | None, list[int]]]:
    """The associations by name, and the ring's members grouped under them: the ties of
    the ring's members only are read (at 50,000 the ring holds 7,421; reading everyone's,
    each contact matched against each association, took twice as long)."""
    names = [(row.id, row.name) for row in event_queries.organizations("association")]
    ties = event_queries.association_ties(members)
    return names, associations.association_groups(members, ties)


class DiagramFeeds(QObject):
    """Keeps the scene's marks, wishes, lines and association markers in step with the store."""

    def __init__(self, scene: CirclesScene, bridge: StoreBridge) -> None:
        super().__init__(scene)
        self.scene = scene
        self.lines_shown = False
        self._wish_ids: set[int] = set()
        bridge.referrals_changed.connect(lambda _ids: self.refresh_lines())
        bridge.organizations_changed.connect(lambda _ids: self.refresh_associations())
        bridge.events_changed.connect(lambda _ids: self.refresh_associations())

    def reload(self, read: FeedsRead | None = None) -> None:
        """Everything again: start-up, another file, an import. `read`: what read_feeds
        returned for the scene's present associations ring (read elsewhere), else read now."""
        if read is None:
            members = sorted(self.scene.group_members(ASSOCIATIONS))
            read = read_feeds(members, self.lines_shown)
        self._wish_ids = {wish.contact_id for wish in read.wishes}
        self.scene.set_marks(read.marks)
        wishes = [(wish.contact_id, wish.introducer_name) for wish in read.wishes]
        self.scene.set_wishes(wishes, reseat=True)
        if read.lines is None or not self.lines_shown:
            self.refresh_lines()
        else:
            self.scene.set_referral_lines(read.lines)
        self.scene.set_associations(read.association_names, read.association_groups)

    def is_wish(self, contact_id: int) -> bool:
        return contact_id in self._wish_ids

    def contacts_changed(self, ids: list[int]) -> None:
        """After an edit of a few contacts: their marks, and what else they take part in."""
        wishes_before = set(self._wish_ids)
        changed: dict[int, frozenset[str]] = {}
        answers = circle_queries.mark_answers_of(ids)
        kinds: dict[tuple[bool | None, bool | None, bool | None], VerdictKind] = {}
        for contact_id in ids:
            found_answers = answers.get(contact_id)
            found: set[str] = set()
            if found_answers is not None:
                *asked, is_wish = found_answers
                key = (asked[0], asked[1], asked[2])
                kind = kinds.get(key)
                if kind is None:  # at most 27 verdicts, each worked out once
                    kind = kinds[key] = reliability.verdict(*key).kind
                if kind in _VERDICT_MARKS:
                    found.add(_VERDICT_MARKS[kind])
                if is_wish:
                    found.add("wish")
                    self._wish_ids.add(contact_id)
                else:
                    self._wish_ids.discard(contact_id)
            else:
                self._wish_ids.discard(contact_id)
            changed[contact_id] = frozenset(found)
        self.scene.update_marks(changed)
        if self._wish_ids != wishes_before or wishes_before & set(ids):
            self.scene.set_wishes(
                [(wish.contact_id, wish.introducer_name) for wish in circle_queries.wishes()]
            )
        if self.lines_shown:
            self.refresh_lines()
        # Someone joining or leaving the associations ring takes or frees one seat (the
        # scene does that); regrouping the whole ring waits for organisation changes.

    def show_lines(self, shown: bool) -> None:
        """View ▸ Show Introductions."""
        self.lines_shown = shown
        self.refresh_lines()

    def refresh_lines(self) -> None:
        self.scene.set_referral_lines(referrals.referral_pairs() if self.lines_shown else None)

    def refresh_associations(self) -> None:
        names, groups = _association_markers(sorted(self.scene.group_members(ASSOCIATIONS)))
        self.scene.set_associations(names, groups)
