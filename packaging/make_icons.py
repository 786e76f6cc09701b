#!/usr/bin/env python3
"""Make the app's raster icons from resources/timeline-app.svg.

    python packaging/make_icons.py png     resources/icons/timeline-app-<N>.png (N = 16 ... 256),
                                           the hicolor icons of the Linux package (committed)
    python packaging/make_icons.py ico     build/icons/timeline-app.ico   (Windows)
    python packaging/make_icons.py icns    build/icons/timeline-app.icns  (macOS)
    python packaging/make_icons.py all     all three

The SVG is rendered with rsvg-convert when it is installed (librsvg, the renderer of the Linux
desktops), otherwise with Qt's own SVG renderer (PySide6, which the build environment has
anyway). The .ico and .icns files are written by this script itself, so it needs neither
Pillow, ImageMagick nor png2icns:
- .ico: 16, 24, 32, 48, 64 and 128 px as 32-bit BMP images (every Windows version and Inno
  Setup read them) and 256 px as PNG (the Vista+ form for the large size);
- .icns: PNG images in the types macOS 10.7+ reads (icp4 16 px ... ic10 1024 px, with the @2x
  variants), plus a table of contents.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "timeline-app.svg"
PNG_DIR = ROOT / "resources" / "icons"
OUT_DIR = ROOT / "build" / "icons"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size) of the PNG-based icns entries.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # ic10 = 512@2x
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),  # 16@2x ... 256@2x
)


def png_path(size: int) -> Path:
    return PNG_DIR / f"timeline-app-{size}.png"


# --- rendering -------------------------------------------------------------------------------


class Renderer:
    """Renders the SVG to PNG bytes and to raw BGRA rows at any size."""

    def __init__(self, svg: Path = SVG, *, prefer: str = "auto") -> None:
        self.svg = svg
        self.rsvg = shutil.which("rsvg-convert") if prefer in ("auto", "rsvg") else None
        if prefer == "rsvg" and not self.rsvg:
            raise SystemExit("make_icons.py: rsvg-convert is missing (apt install librsvg2-bin)")
        self._qt_app = None
        self._cache: dict[int, bytes] = {}

    @property
    def name(self) -> str:
        return "rsvg-convert" if self.rsvg else "Qt (QSvgRenderer)"

    def _qt(self):  # type: ignore[no-untyped-def]
        if self._qt_app is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            self._qt_app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
        return self._qt_app

    def qimage(self, size: int):  # type: ignore[no-untyped-def]
        """A QImage (ARGB32, not premultiplied) of the icon at size x size."""
        self._qt()
        from PySide6.QtGui import QImage

        image = QImage.fromData(self.png(size), "PNG")
        if image.isNull():
            raise SystemExit(f"make_icons.py: could not decode the {size} px PNG")
        return image.convertToFormat(QImage.Format.Format_ARGB32)

    def png(self, size: int) -> bytes:
        if size in self._cache:
            return self._cache[size]
        if self.rsvg:
            data = subprocess.run(
                [
                    self.rsvg,
                    "--width",
                    str(size),
                    "--height",
                    str(size),
                    "--format",
                    "png",
                    str(self.svg),
                ],
                check=True,
                capture_output=True,
            ).stdout
        else:
            self._qt()
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
            from PySide6.QtGui import QImage, QPainter
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(str(self.svg))
            if not renderer.isValid():
                raise SystemExit(f"make_icons.py: Qt cannot read {self.svg}")
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            array = QByteArray()
            buffer = QBuffer(array)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
            data = bytes(array.data())
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            raise SystemExit(f"make_icons.py: the {size} px rendering is not a PNG")
        self._cache[size] = data
        return data


# --- writers ---------------------------------------------------------------------------------


def bmp_entry(image, size: int) -> bytes:  # type: ignore[no-untyped-def]
    """An ICO image entry as a 32-bit BMP: BITMAPINFOHEADER (height doubled for the AND mask),
    bottom-up BGRA rows, then the 1-bit AND mask (all zero: the alpha channel decides)."""
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])  # ARGB32 is B, G, R, A in memory (little endian)
    mask_stride = ((size + 31) // 32) * 4
    return header + b"".join(rows) + b"\0" * (mask_stride * size)


def write_ico(renderer: Renderer, path: Path, sizes: tuple[int, ...] = ICO_SIZES) -> None:
    images = []
    for size in sizes:
        data = renderer.png(size) if size >= 256 else bmp_entry(renderer.qimage(size), size)
        images.append((size, data))
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _size, data in images:
        out += data
    path.write_bytes(bytes(out))


def write_icns(renderer: Renderer, path: Path) -> None:
    chunks = [(ostype, renderer.png(size)) for ostype, size in ICNS_TYPES]
    toc = b"".join(ostype + struct.pack(">I", 8 + len(data)) for ostype, data in chunks)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(ostype + struct.pack(">I", 8 + len(data)) + data for ostype, data in chunks)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def write_pngs(renderer: Renderer, out_dir: Path = PNG_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in HICOLOR_SIZES:
        target = out_dir / f"timeline-app-{size}.png"
        target.write_bytes(renderer.png(size))
        written.append(target)
    return written


def _atomic(path: Path, write) -> None:  # type: ignore[no-untyped-def]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("png", "ico", "icns", "all"))
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for .ico and .icns")
    parser.add_argument("--renderer", choices=("auto", "rsvg", "qt"), default="auto")
    ns = parser.parse_args(argv)
    renderer = Renderer(prefer=ns.renderer)
    print(f"make_icons.py: rendering {SVG.relative_to(ROOT)} with {renderer.name}")
    if ns.what in ("png", "all"):
        for p in write_pngs(renderer):
            print(f"  {p.relative_to(ROOT)} ({p.stat().st_size:,} bytes)")
    if ns.what in ("ico", "all"):
        target = ns.out / "timeline-app.ico"
        _atomic(target, lambda p: write_ico(renderer, p))
        print(f"  {target} ({target.stat().st_size:,} bytes)")
    if ns.what in ("icns", "all"):
        target = ns.out / "timeline-app.icns"
        _atomic(target, lambda p: write_icns(renderer, p))
        print(f"  {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
