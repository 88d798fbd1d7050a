"""The first-start dialog: begin an empty network or explore a demo one."""

from enum import Enum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeChoice(Enum):
    EMPTY = "empty"
    DEMO = "demo"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to networkcircles"))
        self.choice: WelcomeChoice | None = None
        intro = QLabel(
            self.tr(
                "<h2>Your network, ring by ring</h2>"
                "<p>Think of your network as the ripples from a stone dropped in a calm lake: "
                "family and friends at the centre, then former co-workers, fellow job seekers, "
                "associations, and acquaintances from the rest of life.</p>"
                "<p>Reach out to every circle, not only the nearest.</p>"
            )
        )
        intro.setWordWrap(True)
        start = QPushButton(self.tr("&Start my network"))
        start.setDefault(True)
        demo = QPushButton(self.tr("&Explore a demo network"))
        start.clicked.connect(lambda: self._choose(WelcomeChoice.EMPTY))
        demo.clicked.connect(lambda: self._choose(WelcomeChoice.DEMO))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(start)
        layout.addWidget(demo)
        self.setMinimumWidth(420)

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> WelcomeChoice | None:
        """Show the dialog; None when the user closes it without choosing."""
        dialog = cls(parent)
        dialog.exec()
        return dialog.choice
