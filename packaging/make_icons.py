"""Render resources/icons/konnektive-desk.svg into the PNG, ICO and ICNS icons.

Usage: ``.venv/bin/python packaging/make_icons.py`` (needs Pillow next to PySide6).
The SVG is rendered with Qt's QSvgRenderer at each size, so small sizes are drawn
from the vector shapes and not scaled down from one large bitmap.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "konnektive-desk"
PNG_SIZES = (256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg_path: Path, size: int) -> Image.Image:
    """Render the SVG into a square RGBA image of ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"{svg_path} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    """Write the PNG, ICO and ICNS files next to the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # Qt's painting classes expect a QGuiApplication
    svg_path = ICON_DIR / f"{NAME}.svg"
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: render(svg_path, size) for size in sizes}

    for size in PNG_SIZES:
        images[size].save(ICON_DIR / f"{NAME}-{size}.png", optimize=True)

    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        ICON_DIR / f"{NAME}.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest_ico])

    largest_icns = max(ICNS_SIZES)
    images[largest_icns].save(
        ICON_DIR / f"{NAME}.icns", format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != largest_icns])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
