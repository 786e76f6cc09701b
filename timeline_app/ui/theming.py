"""Following the system's light or dark appearance, or forcing one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_original: QPalette | None = None


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202227",
        QPalette.ColorRole.WindowText: "#ECEFF3",
        # Fields, lists and the boxes of check boxes and radio buttons: lighter than the
        # window, or Fusion's unticked boxes vanish into it (it outlines them in a darker
        # shade of the window colour).
        QPalette.ColorRole.Base: "#2C3036",
        QPalette.ColorRole.AlternateBase: "#31353C",
        QPalette.ColorRole.ToolTipBase: "#2A2E34",
        QPalette.ColorRole.ToolTipText: "#ECEFF3",
        QPalette.ColorRole.Text: "#ECEFF3",
        QPalette.ColorRole.Button: "#363A41",
        QPalette.ColorRole.ButtonText: "#ECEFF3",
        # The 3-D shades (bevels, frames, the export preview's backdrop): dark ones, not
        # the light defaults.
        QPalette.ColorRole.Light: "#50555E",
        QPalette.ColorRole.Midlight: "#40444B",
        QPalette.ColorRole.Mid: "#2A2D33",
        QPalette.ColorRole.Dark: "#17191C",
        QPalette.ColorRole.Shadow: "#0B0C0E",
        QPalette.ColorRole.BrightText: "#FF6B6B",
        QPalette.ColorRole.Link: "#7DB7FF",
        QPalette.ColorRole.Highlight: "#3D6FB6",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.PlaceholderText: "#8C939D",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6C727B"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6C727B"))
    return p


def apply_palette(choice: str, dark: bool) -> None:
    """System: the platform's own palette. Light or dark: Fusion with a matching palette."""
    global _original
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _original is None:
        _original = QPalette(app.palette())
    if choice == "system" or not dark:
        app.setPalette(_original if choice == "system" else app.style().standardPalette())
    else:
        app.setPalette(_dark_palette())
