"""A date and time field that takes what is typed: click on the hour and type 18:00, or select
everything and type the whole date and time.

QDateTimeEdit inserts at the cursor, so a click inside a full section ("1|8") turns each digit
typed into an invalid three-digit hour and drops it; after a digit that completes a section it
moves on by itself, and the separator typed next then skips a section the user meant to fill.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

SEPARATORS = set("-/.: ")


class TypedDateTimeEdit(QDateTimeEdit):
    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._moved_on = False  # the last digit completed its section and Qt moved on

        self.lineEdit().installEventFilter(self)  # clicks land on the line edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            line = self.lineEdit()
            if not line.hasSelectedText() or len(line.selectedText()) < 3:
                self._select_current_section()  # typing replaces the section clicked
            self._moved_on = False
        return super().eventFilter(watched, event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        line = self.lineEdit()
        if text.isdigit():
            if line.hasSelectedText() and line.selectedText() == line.text():
                self.setCurrentSectionIndex(0)  # everything selected: typing starts over
                self._select_current_section()
            elif not line.hasSelectedText() and self._section_is_full():
                self._select_current_section()  # the cursor sits in a full section
            before = self.currentSectionIndex()
            super().keyPressEvent(event)
            self._moved_on = self.currentSectionIndex() != before
            return
        if text and text in SEPARATORS:
            if self._moved_on:  # Qt has already moved past this separator
                self._moved_on = False
                event.accept()
                return
            index = self.currentSectionIndex()
            if index + 1 < self.sectionCount():
                self.setCurrentSectionIndex(index + 1)
                self._select_current_section()
            event.accept()
            return
        self._moved_on = False
        super().keyPressEvent(event)

    def _section_is_full(self) -> bool:
        section = self.currentSection()
        return len(self.sectionText(section)) >= (4 if section == self.Section.YearSection else 2)

    def _select_current_section(self) -> None:
        self.setSelectedSection(self.currentSection())
