"""`networkcircles print` writes the summary in the user's language, as the window prints it."""

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from networkcircles.services import contacts
from networkcircles.store.db import close_store


def _print(store: Path, target: Path, lang: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "networkcircles", "print", "--db", str(store), "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)


def test_the_command_line_prints_in_german_under_a_german_locale(store, tmp_path):
    contacts.create("Анна Petrova", "family")
    close_store()
    german = _print(store, tmp_path / "de.pdf", "de_DE.UTF-8")
    assert "Das ganze Netzwerk" in german and "Familie und Freunde" in german
    assert "The whole network" not in german and "Анна Petrova" in german
