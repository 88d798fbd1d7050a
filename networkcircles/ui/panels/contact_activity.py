"""One contact's activity and circle details: interactions, follow-up, introductions,
vouching and references, the pitch, and whether they are someone you want to meet."""

from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from networkcircles.languages import counted
from networkcircles.services import references
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import ContactExtras, ReferenceRow
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import (
    AddReferralCommand,
    DeleteInteractionCommand,
    DeleteReferenceCommand,
    EditContactExtrasCommand,
    EditReferenceCommand,
    LogInteractionCommand,
    LogReferenceCommand,
    RemoveReferralCommand,
    SetFollowUpCommand,
)
from networkcircles.ui.dialogs.log_interaction import LogInteractionDialog
from networkcircles.ui.panels.lazy import postponed
from networkcircles.ui.text import isolate, isolated, plain_label
from networkcircles.ui.theme import set_error_style
from networkcircles.ui.widgets import TriStateCombo, day_text, parse_day

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ANY_INDEX = QModelIndex | QPersistentModelIndex


class PickerNames(QAbstractListModel):
    """Everyone's name for a picker of contacts (the contact's id under UserRole, what
    QComboBox.currentData reads), less the one contact left out (nobody introduces
    themselves); with `nobody`, a first row for no one (data None). Filled only when names
    change (10,000 take a while to list): choosing another contact is one row put back and
    one taken out."""

    def __init__(self, nobody: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nobody = nobody
        self._people: list[tuple[int, str]] = []
        self._position: dict[int, int] = {}  # contact id -> index in _people
        self._left_out: int | None = None  # index in _people of the contact left out

    def _offset(self) -> int:
        return 0 if self._nobody is None else 1

    def _row(self, position: int) -> int:
        left_out = self._left_out
        return self._offset() + position - (left_out is not None and position > left_out)

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self._offset() + len(self._people) - (self._left_out is not None)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1  # also when asked without a parent

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        position = index.row() - self._offset()
        if position < 0:
            person: tuple[int | None, str | None] = (None, self._nobody)
        else:
            if self._left_out is not None and position >= self._left_out:
                position += 1
            person = self._people[position]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return person[1]
        if role == Qt.ItemDataRole.UserRole:
            return person[0]
        return None

    def row_of(self, contact_id: int | None) -> int:
        """The row of a contact (or of "nobody" for None); -1 when not listed."""
        if contact_id is None:
            return 0 if self._nobody is not None else -1
        position = self._position.get(contact_id)
        if position is None or position == self._left_out:
            return -1
        return self._row(position)

    def set_people(self, people: list[tuple[int, str]], left_out: int | None) -> None:
        self.beginResetModel()
        self._people = people
        self._position = {contact_id: n for n, (contact_id, _name) in enumerate(people)}
        self._left_out = self._position.get(left_out) if left_out is not None else None
        self.endResetModel()

    def leave_out(self, contact_id: int | None) -> None:
        """List the contact left out before again, and leave out `contact_id` instead."""
        position = self._position.get(contact_id) if contact_id is not None else None
        if position == self._left_out:
            return
        if self._left_out is not None:
            row = self._offset() + self._left_out
            self.beginInsertRows(QModelIndex(), row, row)
            self._left_out = None
            self.endInsertRows()
        if position is not None:
            row = self._row(position)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._left_out = position
            self.endRemoveRows()


class ContactActivityPanel(QWidget):
    """Every change is one command on the undo stack; the panel follows the bridge's signals."""

    def __init__(
        self, bridge: StoreBridge, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge, self._stack = bridge, undo_stack
        self._contact_id: int | None = None
        # Everyone's names in the two pickers, by id: listed again only when a name came,
        # went or changed (_names_stale), not when another contact is chosen.
        self._picker_names: dict[int, str] = {}
        self._names_stale = True
        self._changed_ids: set[int] = set()  # edited since the names were last looked at
        self._today: date | None = None
        self._filling = False

        self.title = plain_label(self.tr("No contact selected"))  # names are never markup
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.title.setWordWrap(True)
        host = QWidget()
        body = QVBoxLayout(host)
        body.addWidget(self._interactions_box())
        body.addWidget(self._follow_up_box())
        body.addWidget(self._referrals_box())
        body.addWidget(self._coworker_box())
        body.addWidget(self._pitch_wish_box())
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)

        bridge.contacts_changed.connect(self._changed)
        bridge.interactions_changed.connect(self._changed)
        bridge.referrals_changed.connect(self._changed)
        bridge.references_changed.connect(self._changed)
        bridge.network_changed.connect(self._network_changed)
        self.show_contact(None)

    # building

    def _interactions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Interactions"))
        self.interactions = QListWidget()
        self.interactions.setAccessibleName(self.tr("Interactions"))
        self.interactions.setMinimumHeight(70)
        self.interactions.setMaximumHeight(130)
        self.log_button = QPushButton(self.tr("&Log interaction…"))
        self.log_button.clicked.connect(self.log_interaction)
        self.delete_interaction_button = QPushButton(self.tr("Delete"))
        self.delete_interaction_button.clicked.connect(self._delete_interaction)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.delete_interaction_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.interactions)
        layout.addLayout(buttons)
        return box

    def _follow_up_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next follow-up"))
        self.follow_up_day = QLineEdit()
        self.follow_up_day.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.follow_up_day.setAccessibleName(self.tr("Follow-up day"))
        self.follow_up_note = QLineEdit()
        self.follow_up_note.setPlaceholderText(self.tr("What to follow up on"))
        self.follow_up_note.setAccessibleName(self.tr("What to follow up on"))
        self.set_follow_up_button = QPushButton(self.tr("Set"))
        self.clear_follow_up_button = QPushButton(self.tr("Clear"))
        self.set_follow_up_button.clicked.connect(self._set_follow_up)
        self.follow_up_day.returnPressed.connect(self._set_follow_up)
        self.follow_up_note.returnPressed.connect(self._set_follow_up)
        self.clear_follow_up_button.clicked.connect(self._clear_follow_up)
        self.follow_up_error = QLabel()
        set_error_style(self.follow_up_error)
        self.follow_up_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.follow_up_day)
        row.addWidget(self.set_follow_up_button)
        row.addWidget(self.clear_follow_up_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.follow_up_note)
        layout.addWidget(self.follow_up_error)
        return box

    def _referrals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Introduced by"))
        self.introducers = QListWidget()
        self.introducers.setMaximumHeight(70)
        self.introducers.setAccessibleName(self.tr("Introduced by"))
        self.introducer_names = PickerNames(None, self)
        self.introducer_picker = QComboBox()
        self.introducer_picker.setEditable(True)
        self._take_names(self.introducer_picker, self.introducer_names)
        self.introducer_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.introducer_picker.setAccessibleName(self.tr("Who introduced them"))
        self.add_introducer_button = QPushButton(self.tr("Add"))
        self.add_introducer_button.clicked.connect(self._add_introducer)
        self.remove_introducer_button = QPushButton(self.tr("Remove"))
        self.remove_introducer_button.clicked.connect(self._remove_introducer)
        self.introduced_label = plain_label()
        self.introduced_label.setWordWrap(True)
        self.referral_error = QLabel()
        set_error_style(self.referral_error)
        self.referral_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.introducer_picker, 1)
        row.addWidget(self.add_introducer_button)
        row.addWidget(self.remove_introducer_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.introducers)
        layout.addLayout(row)
        layout.addWidget(self.referral_error)
        layout.addWidget(self.introduced_label)
        return box

    def _coworker_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Co-worker: vouching and references"))
        self.coworker_box = box
        self.vouches_work_ethic = QCheckBox(self.tr("Work ethic"))
        self.vouches_expertise = QCheckBox(self.tr("Expertise"))
        self.vouch_note = QLineEdit()
        self.vouch_note.setPlaceholderText(self.tr("What else they can speak to"))
        self.vouch_note.setAccessibleName(self.tr("What else they can speak to"))
        self.same_field = TriStateCombo()
        self.worked_where = QLineEdit()
        self.worked_when = QLineEdit()
        self.worked_when.setPlaceholderText(self.tr("e.g. 2018 to 2022"))
        vouches = QHBoxLayout()
        vouches.addWidget(self.vouches_work_ethic)
        vouches.addWidget(self.vouches_expertise)
        vouches.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Can vouch for"), vouches)
        form.addRow("", self.vouch_note)
        form.addRow(self.tr("Same field"), self.same_field)
        form.addRow(self.tr("Worked together at"), self.worked_where)
        form.addRow(self.tr("When"), self.worked_when)
        self.vouches_work_ethic.clicked.connect(
            lambda on: self._edit_extras("vouches_work_ethic", on)
        )
        self.vouches_expertise.clicked.connect(
            lambda on: self._edit_extras("vouches_expertise", on)
        )
        self.same_field.activated.connect(
            lambda: self._edit_extras("same_field", self.same_field.value())
        )
        for name in ("vouch_note", "worked_where", "worked_when"):
            editor: QLineEdit = getattr(self, name)
            editor.editingFinished.connect(
                lambda n=name, e=editor: self._edit_extras(n, e.text().strip())
            )
        self.reference_warning = QLabel()
        self.reference_warning.setObjectName("referenceWarning")
        set_error_style(self.reference_warning, "font-weight: bold;")
        self.reference_warning.setWordWrap(True)
        self.reference_warning.hide()
        self.references = QListWidget()
        self.references.setAccessibleName(self.tr("Reference requests"))
        self.references.setMaximumHeight(90)
        self.application = QLineEdit()
        self.application.setPlaceholderText(self.tr("Application (role at company)"))
        self.application.setAccessibleName(self.tr("Application (role at company)"))
        self.application.returnPressed.connect(self._ask_reference)
        self.ask_reference_button = QPushButton(self.tr("Asked today"))
        self.ask_reference_button.clicked.connect(self._ask_reference)
        self.agreed_button = QPushButton(self.tr("Agreed"))
        self.agreed_button.clicked.connect(lambda: self._edit_reference({"agreed": True}))
        self.declined_button = QPushButton(self.tr("Declined"))
        self.declined_button.clicked.connect(lambda: self._edit_reference({"agreed": False}))
        self.given_button = QPushButton(self.tr("Given today"))
        self.given_button.clicked.connect(
            lambda: self._edit_reference({"given_on": self.today(), "agreed": True})
        )
        self.delete_reference_button = QPushButton(self.tr("Delete"))
        self.delete_reference_button.clicked.connect(self._delete_reference)
        ask = QHBoxLayout()
        ask.addWidget(self.application, 1)
        ask.addWidget(self.ask_reference_button)
        answer = QHBoxLayout()
        for button in (
            self.agreed_button,
            self.declined_button,
            self.given_button,
            self.delete_reference_button,
        ):
            answer.addWidget(button)
        answer.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Reference log")))
        layout.addWidget(self.reference_warning)
        layout.addWidget(self.references)
        layout.addLayout(ask)
        layout.addLayout(answer)
        return box

    def _pitch_wish_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pitch and introductions"))
        self.heard_pitch_on = QLineEdit()
        self.heard_pitch_on.setPlaceholderText(self.tr("YYYY-MM-DD, empty: not yet"))
        self.heard_pitch_on.setAccessibleName(self.tr("Heard my pitch on"))
        self.heard_pitch_on.editingFinished.connect(self._heard_pitch_typed)
        self.heard_today_button = QPushButton(self.tr("Today"))
        self.heard_today_button.clicked.connect(
            lambda: self._edit_extras("heard_pitch_on", self.today())
        )
        self.pitch_error = QLabel()
        set_error_style(self.pitch_error)
        self.pitch_error.hide()
        heard = QHBoxLayout()
        heard.addWidget(self.heard_pitch_on, 1)
        heard.addWidget(self.heard_today_button)
        self.is_wish = QCheckBox(self.tr("Someone I want to meet"))
        self.is_wish.clicked.connect(lambda on: self._edit_extras("is_wish", on))
        self.possible_names = PickerNames(self.tr("Nobody yet"), self)
        self.possible_introducer = QComboBox()
        self._take_names(self.possible_introducer, self.possible_names)
        self.possible_introducer.setAccessibleName(self.tr("Who might introduce me"))
        self.possible_introducer.activated.connect(
            lambda: self._edit_extras("possible_introducer", self.possible_introducer.currentData())
        )
        form = QFormLayout(box)
        form.addRow(self.tr("Heard my pitch on"), heard)
        form.addRow("", self.pitch_error)
        form.addRow(self.is_wish)
        form.addRow(self.tr("Might introduce me"), self.possible_introducer)
        return box

    # what is shown

    def today(self) -> date:
        return self._today or date.today()

    def set_today(self, today: date | None) -> None:
        """Fix "today" (tests, or a window left open past midnight)."""
        self._today = today
        self.refresh()

    def contact_id(self) -> int | None:
        return self._contact_id

    def show_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        for label in (self.follow_up_error, self.referral_error, self.pitch_error):
            label.hide()
        self.refresh()

    @staticmethod
    def _take_names(picker: QComboBox, names: PickerNames) -> None:
        picker.setModel(names)
        # not as wide as the longest of 10,000 names, which it would measure one by one
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker.setMinimumContentsLength(16)

    def _changed(self, ids: list[int]) -> None:
        if not self._names_stale:
            self._changed_ids.update(ids)
        if self._contact_id is not None:
            self.refresh()

    def _network_changed(self) -> None:
        self._names_stale = True  # an import, its undo, another network: anyone may differ
        self.refresh()

    def refresh(self) -> None:
        """Show the chosen contact again. The pickers of everyone's names are filled again
        only when one of the contacts edited since came, went or changed name (10,000 names
        take longer to list than an edit takes), not when another contact is chosen."""
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        if self._changed_ids and not self._names_stale:
            names = circle_queries.contact_names_of(self._changed_ids)
            if any(self._picker_names.get(i) != names.get(i) for i in self._changed_ids):
                self._names_stale = True  # a name came, went or changed
        self._changed_ids.clear()
        extras = None
        if self._contact_id is not None:
            extras = circle_queries.contact_extras(self._contact_id)
        if extras is None:
            self._contact_id = None
        self.setEnabled(extras is not None)
        self._filling = True
        try:
            self._fill(extras)
        finally:
            self._filling = False

    def _fill(self, extras: ContactExtras | None) -> None:
        for widget in (self.interactions, self.introducers, self.references):
            widget.clear()
        if extras is None:
            self.title.setText(self.tr("No contact selected"))
            self.introduced_label.clear()
            self.reference_warning.hide()
            if self._names_stale:  # an import's undo, say: nobody who is gone
                self.introducer_names.set_people([], None)
                self.possible_names.set_people([], None)
            return
        self.title.setText(extras.name)
        kinds = {
            "call": self.tr("Call"),
            "email": self.tr("E-mail"),
            "meeting": self.tr("Meeting"),
            "event": self.tr("Event"),
            "message": self.tr("Message"),
        }
        for row in circle_queries.interactions_of(extras.id):
            text = f"{row.happened_on.isoformat()}  {kinds.get(row.kind, row.kind)}"
            if row.note:
                text += f": {isolate(row.note)}"
            if row.outcome:
                text += f" → {isolate(row.outcome)}"
            self._add_item(self.interactions, text, row.id)
        self._set_text(self.follow_up_day, day_text(extras.next_follow_up))
        self._set_text(self.follow_up_note, extras.follow_up_note)
        # introductions
        self._fill_pickers(extras)
        self.possible_introducer.setCurrentIndex(
            max(self.possible_names.row_of(extras.possible_introducer), 0)
        )
        for link in circle_queries.introduced_by(extras.id):
            text = link.introducer_name
            if link.introduced_on:
                text = f"{isolate(text)} ({link.introduced_on.isoformat()})"
            self._add_item(self.introducers, text, link.introducer_id)
        introduced = [r.introduced_name for r in circle_queries.introductions_by(extras.id)]
        self.introduced_label.setText(
            self.tr("Introduced you to: {names}").format(
                names=", ".join(isolate(name) for name in introduced)
            )
            if introduced
            else ""
        )
        self.introduced_label.setVisible(bool(introduced))
        # vouching and references
        self.vouches_work_ethic.setChecked(extras.vouches_work_ethic)
        self.vouches_expertise.setChecked(extras.vouches_expertise)
        self._set_text(self.vouch_note, extras.vouch_note)
        self.same_field.set_value(extras.same_field)
        self._set_text(self.worked_where, extras.worked_where)
        self._set_text(self.worked_when, extras.worked_when)
        for request in circle_queries.reference_requests(extras.id):
            self._add_item(self.references, self._reference_text(request), request.id)
        asked = references.times_asked(extras.id, self.today())
        too_often = asked > references.TOO_OFTEN_TIMES
        self.reference_warning.setText(
            counted(
                self.tr("Asked %n time(s) in the last {days} days: give them a rest.", "", asked),
                asked,
            ).format(days=references.TOO_OFTEN_DAYS)
            if too_often
            else ""
        )
        self.reference_warning.setVisible(too_often)
        # pitch and wish
        self._set_text(self.heard_pitch_on, day_text(extras.heard_pitch_on))
        self.is_wish.setChecked(extras.is_wish)
        self.possible_introducer.setEnabled(extras.is_wish)

    def _fill_pickers(self, extras: ContactExtras) -> None:
        """Everyone but the chosen contact, in the two pickers of names: listed again when
        names changed, else only the chosen contact left out instead of the last one."""
        picked = self.introducer_picker.currentData()
        if self._names_stale:
            everyone = [(c.id, c.name) for c in circle_queries.contact_names()]
            self.introducer_names.set_people(everyone, extras.id)
            self.possible_names.set_people(everyone, extras.id)
            self._picker_names = dict(everyone)
            self._names_stale = False
        else:
            self.introducer_names.leave_out(extras.id)
            self.possible_names.leave_out(extras.id)
        self.introducer_picker.setCurrentIndex(max(self.introducer_names.row_of(picked), 0))

    def _reference_text(self, row: ReferenceRow) -> str:
        if row.given_on:
            answer = self.tr("given {day}").format(day=row.given_on.isoformat())
        elif row.agreed is True:
            answer = self.tr("agreed")
        elif row.agreed is False:
            answer = self.tr("declined")
        else:
            answer = self.tr("no answer yet")
        return isolated(
            self.tr("{day}  {application}: {answer}"),
            day=row.asked_on.isoformat(),
            application=row.application,
            answer=answer,
        )

    @staticmethod
    def _add_item(widget: QListWidget, text: str, item_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        widget.addItem(item)

    @staticmethod
    def _set_text(editor: QLineEdit, text: str) -> None:
        if editor.text() != text:
            editor.setText(text)

    @staticmethod
    def _current_id(widget: QListWidget) -> int | None:
        item = widget.currentItem()
        if item is None:
            return None
        found: int | None = item.data(ID_ROLE)
        return found

    # edits

    def log_interaction(self) -> None:
        """Ask for the interaction's details and log it (the dot's menu can call this too)."""
        if self._contact_id is None:
            return
        extras = circle_queries.contact_extras(self._contact_id)
        if extras is None:  # deleted meanwhile
            return
        pending = None
        if extras.next_follow_up is not None:
            pending = (extras.next_follow_up, extras.follow_up_note)
        values = LogInteractionDialog.ask(self, self.title.text(), follow_up=pending)
        if values is None:
            return
        log = LogInteractionCommand(
            self._bridge,
            self._contact_id,
            values.happened_on,
            values.kind,
            values.note,
            values.outcome,
        )
        if pending is None or values.follow_up == "keep":
            self._stack.push(log)
            return
        # One undo step: the interaction and what it did to the follow-up.
        self._stack.beginMacro(log.text())
        self._stack.push(log)
        note = pending[1] if values.follow_up == "move" else ""
        self._stack.push(
            SetFollowUpCommand(self._bridge, self._contact_id, values.follow_up_day, note)
        )
        self._stack.endMacro()

    def _delete_interaction(self) -> None:
        interaction_id = self._current_id(self.interactions)
        if interaction_id is not None:
            self._stack.push(DeleteInteractionCommand(self._bridge, interaction_id))

    def _set_follow_up(self) -> None:
        if self._contact_id is None:
            return
        day = parse_day(self.follow_up_day.text())
        if isinstance(day, str):
            self._show(
                self.follow_up_error,
                isolated(self.tr("'{text}' is not a date (YYYY-MM-DD)"), text=day),
            )
            return
        self.follow_up_error.hide()
        note = self.follow_up_note.text().strip()
        extras = circle_queries.contact_extras(self._contact_id)
        if extras is None:  # deleted meanwhile
            return
        if (extras.next_follow_up, extras.follow_up_note) == (day, note if day else ""):
            return
        self._stack.push(SetFollowUpCommand(self._bridge, self._contact_id, day, note))

    def _clear_follow_up(self) -> None:
        if self._contact_id is None:
            return
        extras = circle_queries.contact_extras(self._contact_id)
        if extras is not None and extras.next_follow_up is not None:
            self._stack.push(SetFollowUpCommand(self._bridge, self._contact_id, None))

    def _add_introducer(self) -> None:
        introducer = self.introducer_picker.currentData()
        if self._contact_id is None or introducer is None:
            return
        if circle_queries.referral(introducer, self._contact_id) is not None:
            self._show(self.referral_error, self.tr("This introduction is already recorded."))
            return
        self.referral_error.hide()
        self._stack.push(AddReferralCommand(self._bridge, introducer, self._contact_id))

    def pick_introducer(self, contact_id: int) -> None:
        self.introducer_picker.setCurrentIndex(self.introducer_picker.findData(contact_id))

    def _remove_introducer(self) -> None:
        introducer = self._current_id(self.introducers)
        if introducer is not None and self._contact_id is not None:
            self._stack.push(RemoveReferralCommand(self._bridge, introducer, self._contact_id))

    def _edit_extras(self, field: str, value: object) -> None:
        if self._filling or self._contact_id is None:
            return
        extras = circle_queries.contact_extras(self._contact_id)
        if getattr(extras, field) != value:
            self._stack.push(
                EditContactExtrasCommand(self._bridge, self._contact_id, {field: value})
            )

    def _heard_pitch_typed(self) -> None:
        day = parse_day(self.heard_pitch_on.text())
        if isinstance(day, str):
            self._show(
                self.pitch_error, isolated(self.tr("'{text}' is not a date (YYYY-MM-DD)"), text=day)
            )
            return
        self.pitch_error.hide()
        self._edit_extras("heard_pitch_on", day)

    def _ask_reference(self) -> None:
        application = self.application.text().strip()
        if self._contact_id is None or not application:
            return
        self._stack.push(
            LogReferenceCommand(
                self._bridge, self._contact_id, application=application, asked_on=self.today()
            )
        )
        self.application.clear()

    def _edit_reference(self, changes: dict[str, object]) -> None:
        request_id = self._current_id(self.references)
        if request_id is not None and self._contact_id is not None:
            self._stack.push(
                EditReferenceCommand(self._bridge, self._contact_id, request_id, changes)
            )

    def select_reference(self, row: int) -> None:
        self.references.setCurrentRow(row)

    def _delete_reference(self) -> None:
        request_id = self._current_id(self.references)
        if request_id is not None:
            self._stack.push(DeleteReferenceCommand(self._bridge, request_id))

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()
