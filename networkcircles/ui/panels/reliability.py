"""The reliability flag: should this acquaintance hear that you are looking?"""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkcircles.services.reliability import Reason, VerdictKind, verdict
from networkcircles.store import circle_queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import EditContactExtrasCommand
from networkcircles.ui.panels.lazy import postponed
from networkcircles.ui.text import plain_label
from networkcircles.ui.widgets import TriStateCombo

_COLOURS = {
    VerdictKind.TELL: "#2b8a3e",
    VerdictKind.NOT_YET: "#868e96",
    VerdictKind.LEAVE_OUT: "#c92a2a",
}


class ReliabilityPanel(QWidget):
    """The four answers and the verdict with its reason. Each change is one undoable edit."""

    def __init__(
        self, bridge: StoreBridge, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge, self._stack = bridge, undo_stack
        self._contact_id: int | None = None
        self._filling = False

        self.title = plain_label()  # a name from a vCard is never markup
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.hint = QLabel(
            self.tr(
                "Acquaintances meet many people every day. Tell only those with useful "
                "contacts who can convey your situation accurately; leave out those who "
                "pass along gossip."
            )
        )
        self.hint.setWordWrap(True)
        self.useful = TriStateCombo()
        self.useful_note = QLineEdit()
        self.useful_note.setPlaceholderText(self.tr("Whom, or which field, do they know?"))
        self.convey = TriStateCombo()
        self.gossip = TriStateCombo()
        self.people = QSpinBox()
        self.people.setRange(-1, 100_000)
        self.people.setSpecialValueText(self.tr("Not known"))
        self.people.setSuffix(self.tr(" a day"))
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Has useful contacts"), self.useful)
        form.addRow(self.tr("Whom they know"), self.useful_note)
        form.addRow(self.tr("Can accurately convey my situation"), self.convey)
        form.addRow(self.tr("Just passes along gossip"), self.gossip)
        form.addRow(self.tr("People they meet"), self.people)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.reason_label)
        layout.addStretch(1)

        self.useful.activated.connect(
            lambda: self._edit("has_useful_contacts", self.useful.value())
        )
        self.convey.activated.connect(lambda: self._edit("can_convey", self.convey.value()))
        self.gossip.activated.connect(lambda: self._edit("passes_gossip", self.gossip.value()))
        self.useful_note.editingFinished.connect(
            lambda: self._edit("useful_contacts_note", self.useful_note.text().strip())
        )
        self.people.editingFinished.connect(
            lambda: self._edit("people_per_day", self._people_value())
        )
        bridge.contacts_changed.connect(self._contacts_changed)
        bridge.network_changed.connect(self.refresh)
        self.show_contact(None)

    def contact_id(self) -> int | None:
        return self._contact_id

    def show_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        extras = None
        if self._contact_id is not None:
            extras = circle_queries.contact_extras(self._contact_id)
        if extras is None:
            self._contact_id = None
        editors = (self.useful, self.useful_note, self.convey, self.gossip, self.people)
        for editor in editors:
            editor.setEnabled(extras is not None)
        self._filling = True
        try:
            if extras is None:
                self.title.setText(self.tr("No contact selected"))
                for combo in (self.useful, self.convey, self.gossip):
                    combo.set_value(None)
                self.useful_note.clear()
                self.people.setValue(-1)
                self.verdict_label.clear()
                self.reason_label.clear()
                return
            self.title.setText(extras.name)
            self.hint.setVisible(extras.circle_key == "acquaintances")
            self.useful.set_value(extras.has_useful_contacts)
            self.convey.set_value(extras.can_convey)
            self.gossip.set_value(extras.passes_gossip)
            if self.useful_note.text() != extras.useful_contacts_note:
                self.useful_note.setText(extras.useful_contacts_note)
            self.people.setValue(-1 if extras.people_per_day is None else extras.people_per_day)
            result = verdict(extras.has_useful_contacts, extras.can_convey, extras.passes_gossip)
            self.verdict_label.setText(self.verdict_text(result.kind))
            self.verdict_label.setStyleSheet(
                f"font-weight: bold; font-size: 14px; color: {_COLOURS[result.kind]};"
            )
            self.reason_label.setText(self.reason_text(result, extras.people_per_day))
        finally:
            self._filling = False

    def verdict_text(self, kind: VerdictKind) -> str:
        return {
            VerdictKind.TELL: self.tr("Tell them"),
            VerdictKind.NOT_YET: self.tr("Not yet"),
            VerdictKind.LEAVE_OUT: self.tr("Leave out"),
        }[kind]

    def reason_text(self, result, people_per_day: int | None) -> str:
        questions = {
            "has_useful_contacts": self.tr("whether they have useful contacts"),
            "can_convey": self.tr("whether they can convey your situation"),
            "passes_gossip": self.tr("whether they pass along gossip"),
        }
        text = {
            Reason.GOSSIP: self.tr(
                "They just pass along gossip: your news would travel as a rumour."
            ),
            Reason.CANNOT_CONVEY: self.tr("They cannot accurately convey your situation."),
            Reason.NO_USEFUL_CONTACTS: self.tr("They have no useful contacts for your search."),
            Reason.UNANSWERED: self.tr("Still to find out: {}.").format(
                ", ".join(questions[q] for q in result.unanswered)
            ),
            Reason.RELIABLE: self.tr(
                "They have useful contacts and can convey your situation accurately."
            ),
        }[result.code]
        if result.kind is VerdictKind.TELL and people_per_day:
            text += " " + (
                self.tr("They meet about one person a day.")
                if people_per_day == 1
                else self.tr("They meet about %n people a day.", "", people_per_day)
            )
        return text

    def _edit(self, field: str, value) -> None:
        if self._filling or self._contact_id is None:
            return
        extras = circle_queries.contact_extras(self._contact_id)
        if extras is None or getattr(extras, field) == value:
            return
        self._stack.push(
            EditContactExtrasCommand(
                self._bridge, self._contact_id, {field: value}, self.tr("Edit reliability")
            )
        )

    def _contacts_changed(self, ids: list) -> None:
        if self._contact_id in ids:
            self.refresh()

    def _people_value(self) -> int | None:
        return None if self.people.value() < 0 else self.people.value()

    def sizeHint(self):  # a dock's natural width
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 300))
        return hint
