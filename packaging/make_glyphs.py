"""Write resources/icons/glyphs.json: the outlines of the window's icons (ui/icons.ICONS),
taken once from qtawesome's icon fonts, so the app draws them without importing qtawesome
(about 37 MiB and 170 ms at every start, PERFORMANCE.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_glyphs.py

Run it again after changing ICONS; tests/ui/test_icons.py fails while the file is stale.
Each glyph is stored as qtawesome's "path" drawing takes it: the outline at SIZE pixels with
the baseline at the font's ascent, and the box (advance x ascent + descent) it is centred by.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = 1000  # pixels: the outlines are stored at this glyph size, rounded to 0.1
OUTPUT = ROOT / "resources" / "icons" / "glyphs.json"


def outline(path) -> str:
    """A QPainterPath as SVG-like path data: M, L and C commands, absolute."""
    parts, element_type = [], type(path.elementAt(0).type)
    move, line, curve = (
        element_type.MoveToElement,
        element_type.LineToElement,
        element_type.CurveToElement,
    )
    n = 0
    while n < path.elementCount():
        e = path.elementAt(n)
        if e.type == move:
            parts.append(f"M{e.x:.1f} {e.y:.1f}")
        elif e.type == line:
            parts.append(f"L{e.x:.1f} {e.y:.1f}")
        elif e.type == curve:
            c1, c2 = path.elementAt(n + 1), path.elementAt(n + 2)
            parts.append(f"C{e.x:.1f} {e.y:.1f} {c1.x:.1f} {c1.y:.1f} {c2.x:.1f} {c2.y:.1f}")
            n += 2
        n += 1
    return "".join(parts)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    import qtawesome as qta

    from networkcircles.ui.icons import ICONS

    fonts = qta._instance()
    glyphs = {}
    for name, spec in sorted(ICONS.items()):
        prefix, glyph_name = spec.split(".", 1)
        char = fonts.charmap[prefix][glyph_name]  # the glyph's character
        raw = fonts.rawfont(prefix, SIZE)
        glyph = raw.glyphIndexesForString(char)[0]
        advance = raw.advancesForGlyphIndexes((glyph,))[0]
        path = raw.pathForGlyph(glyph)
        path.translate(0, raw.ascent())
        glyphs[name] = {
            "box": [round(abs(advance.x()), 1), round(raw.ascent() + raw.descent(), 1)],
            "path": outline(path),
        }
    record = {"size": SIZE, "source": "qtawesome (Material Design Icons 6)", "glyphs": glyphs}
    OUTPUT.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(glyphs)} glyphs")


if __name__ == "__main__":
    main()
