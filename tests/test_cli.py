"""The command-line contract of DESIGN.md: demo, stats, exit statuses."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from networkcircles.cli import main
from networkcircles.store.db import close_store

KEYS = ["family", "coworkers", "peers", "associations", "acquaintances"]


@pytest.fixture(autouse=True)
def _close():
    yield
    close_store()


def test_demo_then_stats_json(tmp_path: Path, capsys):
    db = tmp_path / "n.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert list(figures) == [
        "contacts",
        "unplaced",
        "circles",
        "events",
        "organizations",
        "interactions",
        "referrals",
        "leads",
    ]
    assert list(figures["circles"]) == KEYS
    assert figures["contacts"] == 60
    assert all(figures["circles"][key] > 0 for key in KEYS)


def test_demo_size(tmp_path: Path, capsys):
    db = tmp_path / "n.sqlite"
    assert main(["demo", "--db", str(db), "--size", "500"]) == 0
    main(["stats", "--db", str(db), "--json"])
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["contacts"] == 500


def test_demo_refuses_a_network_with_contacts(tmp_path: Path, capsys):
    db = tmp_path / "n.sqlite"
    main(["demo", "--db", str(db), "--size", "5"])
    assert main(["demo", "--db", str(db)]) == 1
    assert "already holds contacts" in capsys.readouterr().err


def test_a_foreign_file_exits_1_and_stays_untouched(tmp_path: Path, capsys):
    db = tmp_path / "holiday.jpg"
    db.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    assert main(["stats", "--db", str(db)]) == 1
    assert "not an SQLite database" in capsys.readouterr().err
    assert db.read_bytes() == b"\xff\xd8\xff\xe0 not a database"


def test_wrong_usage_exits_2(tmp_path: Path):
    with pytest.raises(SystemExit) as stopped:
        main(["stats"])
    assert stopped.value.code == 2
    with pytest.raises(SystemExit) as stopped:
        main(["demo", "--db", str(tmp_path / "x.sqlite"), "--size", "many"])
    assert stopped.value.code == 2


def test_python_m_runs_the_command_line(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "networkcircles", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.startswith("networkcircles ")


def test_demo_speaks_the_users_language(tmp_path: Path, capsys):
    """`demo` under a German locale (QLocale(), as the window decides) writes German."""
    from PySide6.QtCore import QLocale

    from networkcircles.store.db import db

    before = QLocale()
    titles = {}
    try:
        for language in ("de_DE", "en_GB"):
            QLocale.setDefault(QLocale(language))
            assert main(["demo", "--db", str(tmp_path / f"{language}.sqlite"), "--size", "8"]) == 0
            titles[language] = {t for (t,) in db.execute_sql("SELECT title FROM event").fetchall()}
            close_store()
    finally:
        QLocale.setDefault(before)
    assert {"Bewerbungstreff", "PMI-Regionaltreffen"} <= titles["de_DE"]
    assert {"Job club", "PMI chapter meeting"} <= titles["en_GB"]
