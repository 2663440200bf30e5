"""Render the app icon (resources/icons/nomos-desk.svg) into the files the platforms want.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

- nomos-desk.ico: 16 to 256 px, so Explorer, the taskbar and the title bar each get a
  size drawn for them at every scaling (a single 256 px image is scaled down blurry);
- nomos-desk.icns: 16 to 1024 px including the @2x sizes Retina screens use;
- nomos-desk.png: 256 px for Linux desktop files.
Both containers hold PNG images, which every supported Windows and macOS reads.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types with PNG data, and their pixel sizes.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def render(renderer: QSvgRenderer, size: int) -> bytes:
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
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + directory + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(struct.pack(">4sI", kind.encode("ascii"), 8 + len(images[size])) + images[size]
                    for kind, size in ICNS_TYPES)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(RESOURCES / "icons" / "nomos-desk.svg"))
    if not renderer.isValid():
        print("cannot read the SVG", file=sys.stderr)
        return 1
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in sizes}
    (RESOURCES / "nomos-desk.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (RESOURCES / "nomos-desk.icns").write_bytes(icns(images))
    (RESOURCES / "nomos-desk.png").write_bytes(images[256])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
