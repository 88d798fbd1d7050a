"""Import in the window, then undo: the sequence that once deleted a person."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from networkcircles.store import queries
from networkcircles.store.db import db
from networkcircles.ui.commands import MoveContactCommand
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog

CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Imogen Newby
EMAIL:imogen@example.net
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Odile Merged
EMAIL:{email}
TEL:+1 555 010 0009
END:VCARD
"""


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(
        QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def test_delete_newest_import_undo_redo_keeps_everyone(
    window, tmp_path, monkeypatch, exact_rows, dump_store, demo_store
):
    monkeypatch.setattr(questions, "confirm_delete", lambda *args, **kwargs: True)
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, plan: None))
    at_start = dump_store(demo_store)
    newest = max(row.id for row in queries.contact_rows())
    window.select_contact(newest)
    window.delete_selected()
    assert queries.contact_row(newest) is None
    before_import = exact_rows(demo_store)

    email = db.execute_sql("SELECT address FROM contact_email ORDER BY id LIMIT 1").fetchone()[0]
    cards = tmp_path / "phone.vcf"
    cards.write_text(CARDS.format(email=email), "utf-8")
    _drop(window, cards)
    imogen = next(row.id for row in queries.contact_rows() if row.name == "Imogen Newby")
    assert imogen > newest  # the deleted contact's id is not handed out again
    after_import = exact_rows(demo_store)

    window.undo_stack.undo()  # the import
    assert queries.contact_row(imogen) is None
    assert exact_rows(demo_store) == before_import
    assert window.contacts_model.rowCount() == len(queries.contact_rows())
    window.undo_stack.undo()  # the delete: that contact back under their own id
    assert dump_store(demo_store) == at_start
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert exact_rows(demo_store) == after_import
    assert queries.contact_row(imogen).name == "Imogen Newby"


def test_a_failing_edit_is_reported_and_leaves_no_step(window, monkeypatch, error_dialogs):
    row = next(row for row in queries.contact_rows() if row.circle_key == "family")
    before = window.undo_stack.count()

    def broken(*args):
        raise RuntimeError("disk said no")

    monkeypatch.setattr(window.bridge, "move_contact", broken)
    window.undo_stack.push(MoveContactCommand(window.bridge, row.id, "family", "peers"))
    assert window.undo_stack.count() == before  # never left on the stack
    assert len(error_dialogs) == 1 and "disk said no" in error_dialogs[0][1]
    error_dialogs.clear()
    assert queries.contact_row(row.id).circle_key == "family"
