"""Bidi isolation of user text placed inside our own sentences (networkcircles/text.py)."""

from networkcircles.text import FSI, PDI, isolate, isolated, needs_isolating

RLO, LRI, RLI = "\u202e", "\u2066", "\u2067"


def test_plain_left_to_right_text_is_left_alone():
    for text in ("", "Bob", "Zoë Ødegaard", "王芳", "Анна", "<b>Bob</b> & Co", "R2-D2 42"):
        assert not needs_isolating(text)
        assert isolate(text) == text


def test_overrides_and_right_to_left_letters_are_isolated():
    for text in (f"Mallory{RLO}gnp.exe", "שרה כהן", "محمد", f"a{LRI}b{PDI}c"):
        assert needs_isolating(text)
        assert isolate(text) == FSI + text + PDI


def test_a_stray_pdi_cannot_end_the_isolate_early():
    hostile = f"Eve{PDI}{RLO}evil"
    assert isolate(hostile) == f"{FSI}Eve{RLO}evil{PDI}"


def test_an_isolate_left_open_is_closed_before_ours():
    assert isolate(f"x{RLI}שלום") == f"{FSI}x{RLI}שלום{PDI}{PDI}"
    assert isolate(f"{RLI}a{PDI}{PDI}b") == f"{FSI}{RLI}a{PDI}b{PDI}"


def test_isolated_formats_with_only_text_values_isolated():
    name = f"Mallory{RLO}gnp.exe"
    assert isolated("{name}: {days} days overdue", name=name, days=3) == (
        f"{FSI}{name}{PDI}: 3 days overdue"
    )


def test_every_character_that_can_reorder_text_is_found_in_any_text():
    """needs_isolating looks at a text a letter at a time only when something in it lies in
    the blocks of right-to-left letters and bidi controls: each of those characters, behind
    an accented letter or a CJK one, is still found."""
    import sys
    import unicodedata

    from networkcircles.text import _REORDERING, needs_isolating

    reordering = [
        chr(point)
        for point in range(sys.maxunicode + 1)
        if unicodedata.bidirectional(chr(point)) in _REORDERING
    ]
    assert len(reordering) > 1000  # Hebrew, Arabic, ... and the controls
    missed = [char for char in reordering if not needs_isolating(f"é{char}名")]
    assert missed == []
    assert not needs_isolating("Zoë 名前 Ünal — ok")
