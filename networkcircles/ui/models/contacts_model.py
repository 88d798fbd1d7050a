"""The contacts table model (one row per ContactRow) and the proxy that searches and filters it."""

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.ui.text import literal

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNPLACED = ""  # the circle filter's key for the unplaced tray

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    CIRCLE = 1
    ORGANIZATION = 2
    ROLE = 3
    EMAIL = 4
    PHONE = 5
    LAST_CONTACTED = 6
    NEXT_FOLLOW_UP = 7


_HEADERS = {
    Column.NAME: "Name",
    Column.CIRCLE: "Circle",
    Column.ORGANIZATION: "Organisation",
    Column.ROLE: "Role",
    Column.EMAIL: "E-mail",
    Column.PHONE: "Phone",
    Column.LAST_CONTACTED: "Last contact",
    Column.NEXT_FOLLOW_UP: "Next follow-up",
}


def _date_text(day: date | None) -> str:
    return day.isoformat() if day else ""


class ContactsTableModel(QAbstractTableModel):
    """All contacts as rows. Edits arrive one id at a time through update_contact()."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._row_of: dict[int, int] = {}
        self._circle_names: dict[str | None, str] = {}

    # loading and single-row updates

    def set_circles(self, circles: list[CircleRow]) -> None:
        self._circle_names = {c.key: c.name for c in circles}
        self._circle_names[None] = QCoreApplication.translate("contacts", "Unplaced")
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.CIRCLE), self.index(len(self._rows) - 1, Column.CIRCLE)
            )

    def set_contacts(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.id: n for n, row in enumerate(self._rows)}
        self.endResetModel()

    def update_contact(self, row: ContactRow) -> None:
        """Add or replace one contact's row."""
        n = self._row_of.get(row.id)
        if n is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._row_of[row.id] = len(self._rows)
            self._rows.append(row)
            self.endInsertRows()
        else:
            self._rows[n] = row
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(Column) - 1))

    def remove_contact(self, contact_id: int) -> None:
        n = self._row_of.get(contact_id)
        if n is None:
            return
        self.beginRemoveRows(QModelIndex(), n, n)
        del self._rows[n]
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endRemoveRows()

    def contact_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        return self._row_of.get(contact_id)

    # Qt's model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("contacts", _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == CONTACT_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value = self._value(row, Column(index.column()))
            if role == SORT_ROLE and isinstance(value, str):
                return value.casefold()
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.NAME:
            return literal(row.name)  # a tooltip would render markup
        return None

    def _value(self, row: ContactRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.CIRCLE:
                return self._circle_names.get(row.circle_key, row.circle_key or "")
            case Column.ORGANIZATION:
                return row.organization
            case Column.ROLE:
                return row.role
            case Column.EMAIL:
                return row.email
            case Column.PHONE:
                return row.phone
            case Column.LAST_CONTACTED:
                return _date_text(row.last_contacted)
            case Column.NEXT_FOLLOW_UP:
                return _date_text(row.next_follow_up)


class ContactsFilterProxy(QSortFilterProxyModel):
    """Search text (name, organisation, e-mail, tags) and one circle, over ContactsTableModel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._circle: str | None = None  # None: every circle; UNPLACED: the tray
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_circle(self, circle_key: str | None) -> None:
        self.beginFilterChange()
        self._circle = circle_key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def circle(self) -> str | None:
        return self._circle

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().contact_at(source_row)
        if self._circle is not None and (row.circle_key or UNPLACED) != self._circle:
            return False
        if not self._words:
            return True
        haystack = f"{row.name} {row.organization} {row.email} {row.tags}".casefold()
        return all(word in haystack for word in self._words)
