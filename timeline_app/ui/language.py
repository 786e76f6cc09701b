"""The language the app shows: chosen at start, before any window or export text is made.

The choice, first that applies: the environment variable ``TIMELINE_APP_LANGUAGE`` (en, de,
fr or system), the setting ``language`` (View › Language), the system's languages in order of
preference (``QLocale.system().uiLanguages()``); a language the app does not ship is English.

``install`` loads the app's translation (``resources/translations/timeline_app_xx.qm``, made
by ``packaging/translations.py build``) and Qt's own ``qtbase_xx.qm`` (the standard buttons and
dialogs), sends ``timeline_app.i18n`` to ``QCoreApplication.translate``, and gives it the
language's month and weekday names from QLocale. A missing translation file is logged and the
app runs in English. Only QtCore is used, so the command line's exports share it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from timeline_app import i18n
from timeline_app.resources_path import resource_path
from timeline_app.settings import LANGUAGE_CHOICES

log = logging.getLogger(__name__)

ENV = "TIMELINE_APP_LANGUAGE"
ENGLISH = "en"
SHIPPED = ("de", "fr")  # beside English, whose text is the source itself
# How each choice of View › Language is named: each language in its own words ("system" is
# translated, as the menu's other words are).
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}

_translators: list[QTranslator] = []  # installed ones, kept alive and removable
_current = ENGLISH


def _code(tag: str) -> str:
    """'de-DE', 'de_AT', 'DE' -> 'de'."""
    return tag.strip().replace("_", "-").split("-", 1)[0].lower()


def system_language(ui_languages: Sequence[str] | None = None) -> str:
    """The first of the system's preferred languages that the app ships, else English."""
    tags = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in tags:
        code = _code(tag)
        if code == ENGLISH or code in SHIPPED:
            return code
    return ENGLISH


def choose(
    setting: str = "system",
    environ: Mapping[str, str] | None = None,
    ui_languages: Sequence[str] | None = None,
) -> str:
    """The language to show: "en", "de" or "fr" (see the module's description)."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip()
    if value:
        code = "system" if value.lower() == "system" else _code(value)
        if code == "system":
            return system_language(ui_languages)
        if code == ENGLISH or code in SHIPPED:
            return code
        log.warning("%s=%r is not one of %s; ignored", ENV, value, ", ".join(LANGUAGE_CHOICES))
    if setting == ENGLISH or setting in SHIPPED:
        return setting
    return system_language(ui_languages)


def translation_file(language: str) -> Path:
    return resource_path(f"translations/timeline_app_{language}.qm")


def qt_translations_folder() -> Path:
    """Where Qt's own qtbase_xx.qm are: Qt's translations path, else PySide6's folder."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (folder / "qtbase_de.qm").is_file():
        return folder
    import PySide6

    return Path(PySide6.__file__ or "").parent / "Qt" / "translations"


def names_of(language: str) -> i18n.Names:
    """The language's month and weekday names as QLocale has them (Monday first): months as
    in a date ("14. Juli"), short months and weekdays as they stand alone (an axis label)."""
    locale = QLocale(language)
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return i18n.Names(
        months=tuple(locale.monthName(m, long) for m in range(1, 13)),
        months_short=tuple(locale.standaloneMonthName(m, short) for m in range(1, 13)),
        weekdays=tuple(locale.standaloneDayName(d, long) for d in range(1, 8)),
        weekdays_short=tuple(locale.standaloneDayName(d, short) for d in range(1, 8)),
    )


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    return translator


def install(language: str) -> str:
    """Show ``language`` from now on (needs the QCoreApplication); the language installed,
    which is English when the translation file cannot be loaded."""
    global _current
    uninstall()
    if language not in SHIPPED:
        _current = ENGLISH
        return _current
    app = translation_file(language)
    mine = _load(app)
    if mine is None:
        log.warning("No translation %s could be loaded; the app shows English", app)
        return _current
    translators = [mine]
    qt = qt_translations_folder() / f"qtbase_{language}.qm"
    theirs = _load(qt)
    if theirs is None:
        log.warning("Qt's translation %s could not be loaded; its own buttons stay English", qt)
    else:
        translators.append(theirs)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _translators.append(translator)
    i18n.install(QCoreApplication.translate)
    i18n.install_names(names_of(language))
    QLocale.setDefault(QLocale(language))
    _current = language
    return _current


def uninstall() -> None:
    """Back to English text, names and the system's locale."""
    global _current
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())
    i18n.reset()
    QLocale.setDefault(QLocale.system())
    _current = ENGLISH


def current() -> str:
    """The language installed: "en", "de" or "fr"."""
    return _current
