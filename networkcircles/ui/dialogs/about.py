"""Help > About."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from networkcircles import __version__


def show_about(parent: QWidget) -> None:
    text = QCoreApplication.translate(
        "about",
        "<h3>networkcircles {version}</h3>"
        "<p>Your job-search network as concentric circles: family and friends, former "
        "co-workers and bosses, fellow job seekers, associations and acquaintances.</p>"
        "<p>Reach out to every circle, not only the nearest.</p>"
        "<p>Your data stays on this computer, in one file you choose.</p>",
    ).format(version=__version__)
    QMessageBox.about(parent, QCoreApplication.translate("about", "About networkcircles"), text)
