"""A right-to-left override in a printed name or organisation stays inside its own text: the
line below it in the same cell, and the ring label below a circle's name, print in order.

pypdf gives text back in the order it was written (logical order), which hides the problem;
poppler's pdftotext -layout reads the page as drawn, left to right, as a person would."""

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from networkcircles.printing.output import PrintOptions, write_pdf
from networkcircles.services import circles, contacts

RLO = "\u202e"
TODAY = date(2026, 11, 2)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def as_drawn(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_an_override_does_not_reverse_the_lines_below_it(store, qapp, tmp_path):
    contacts.create(
        f"Mallory{RLO}gnp.exe",
        "peers",
        organization=f"Evil{RLO}Corp",
        role="Engineer",
        how_known="met at the job club",
    )
    circles.update("family", name=f"Kin{RLO}folk")
    contacts.create("Ann Smith", "family")
    target = tmp_path / "bidi.pdf"
    write_pdf(target, PrintOptions(network_name="Sam", today=TODAY))
    drawn = as_drawn(target)
    assert "Engineer" in drawn  # the role under the organisation, in its cell
    assert "reenignE" not in drawn
    assert "1 person" in drawn  # under the circle's name on the diagram's ring label
    assert "nosrep 1" not in drawn
    assert "met at the" in drawn
