"""Render the app icon's PNG sizes, .ico and .icns from resources/icons/networkcircles.svg.

Run after editing the SVG, then commit what it wrote:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Qt's image plugins write only one picture per .ico or .icns file, so both containers are
put together here from PNG entries (Windows Vista and macOS 10.7 on read those).
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no display needed

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "networkcircles.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # what freedesktop icon themes ask for
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can hold
ICNS_TYPES = (  # (OSType, pixels): the PNG-capable entries, @2x ones included
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 stands for 256), then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """'icns', total length, then (OSType, length including its 8-byte header, PNG) blocks."""
    blocks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not an SVG Qt can draw", file=sys.stderr)
        return 1
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    for size in HICOLOR_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "networkcircles.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    (ICONS / "networkcircles.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "networkcircles.icns").write_bytes(icns(pngs))
    print(f"make_icons: wrote {len(HICOLOR_SIZES)} PNGs, networkcircles.ico and .icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
